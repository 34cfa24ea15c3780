"""Speech-to-text on another machine through any OpenAI-compatible `/v1/audio/transcriptions` server (another
RecordRoute `serve` on a GPU box, speaches, vLLM serving Whisper). Pure Python over httpx.

The file is uploaded as stored (compressed audio stays small on the wire) and `verbose_json` is asked for with
segment and word timestamps. Words come back as one list (OpenAI's shape); each is given to the segment its
midpoint falls in. Any failure (connection refused or dropped mid-answer, timeout, a non-2xx answer, a body
that is not the documented shape) raises RemoteEngineError and nothing partial is returned.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from ...errors import Cancelled, RemoteEngineError
from ...progress import CancelToken, Progress, ProgressCallback, null_progress
from .data import Segment, SttOptions, Transcript, Word

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = (
    3600.0  # one long recording on a busy server; a dead server is found by the connection, not this
)


def server_label(base_url: str) -> str:
    """'gpu-box:8765', for notes and the stored model name (never the key)."""
    parts = urlsplit(base_url)
    return parts.netloc or base_url


class RemoteTranscriber:
    def __init__(self, base_url: str, *, api_key: str = "", model: str = "whisper-1") -> None:
        base = base_url.rstrip("/")
        if urlsplit(base).scheme not in ("http", "https"):
            raise RemoteEngineError(
                f"the speech-to-text server URL must start with http:// or https://: {base_url!r}"
            )
        self.url = f"{base}/audio/transcriptions"
        self.api_key = api_key
        self.model = model
        self.label = server_label(base)

    def transcribe_file(
        self,
        path: Path,
        options: SttOptions,
        *,
        progress: ProgressCallback = null_progress,
        cancel: CancelToken | None = None,
    ) -> Transcript:
        cancel = cancel or CancelToken()
        progress(Progress("transcribe", 0.0, f"sending to {self.label}"))
        body = self._request(path, options, cancel)
        transcript = parse_verbose_json(body, model=f"{self.model}@{self.label}", task=options.task)
        progress(Progress("transcribe", 1.0, f"transcribed on {self.label}"))
        return transcript

    def _form(self, options: SttOptions) -> dict[str, str | list[str]]:
        form: dict[str, str | list[str]] = {
            "model": self.model,
            "response_format": "verbose_json",
            "temperature": "0",
            "timestamp_granularities[]": ["segment", "word"],
        }
        if options.language and options.language != "auto":
            form["language"] = options.language
        prompt = options.initial_prompt or (", ".join(options.vocabulary) if options.vocabulary else "")
        if prompt:
            form["prompt"] = prompt
        return form

    def _request(self, path: Path, options: SttOptions, cancel: CancelToken) -> dict[str, Any]:
        """The POST runs on a helper thread so a cancel returns at once (the client is closed under it)."""
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        timeout = httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT)
        client = httpx.Client(timeout=timeout, headers=headers)
        outcome: dict[str, Any] = {}

        def post() -> None:
            try:
                with open(path, "rb") as fh:
                    files = {"file": (path.name, fh, "application/octet-stream")}
                    outcome["response"] = client.post(self.url, data=self._form(options), files=files)
            except BaseException as exc:
                outcome["error"] = exc

        worker = threading.Thread(target=post, name="recordroute-remote-stt", daemon=True)
        worker.start()
        try:
            while worker.is_alive():
                if cancel.wait(0.2):
                    client.close()
                    raise Cancelled()
                worker.join(0.05)
        finally:
            client.close()
        return self._result(outcome)

    def _result(self, outcome: dict[str, Any]) -> dict[str, Any]:
        error = outcome.get("error")
        if error is not None:
            if isinstance(error, httpx.HTTPError):
                raise RemoteEngineError(
                    f"the speech-to-text server {self.label} failed: {type(error).__name__}: {error}"
                ) from error
            raise error
        res: httpx.Response = outcome["response"]
        if res.status_code != 200:
            detail = _error_message(res)
            raise RemoteEngineError(
                f"the speech-to-text server {self.label} answered HTTP {res.status_code}: {detail}"
            )
        try:
            data = res.json()
        except ValueError:
            raise RemoteEngineError(f"the speech-to-text server {self.label} did not answer JSON") from None
        if not isinstance(data, dict):
            raise RemoteEngineError(f"the speech-to-text server {self.label} answered an unexpected shape")
        return data


def _error_message(res: httpx.Response) -> str:
    try:
        err = res.json().get("error")
        return str(err.get("message") if isinstance(err, dict) else err)[:300]
    except (ValueError, AttributeError):
        return res.text[:300]


def parse_verbose_json(data: dict[str, Any], *, model: str, task: str) -> Transcript:
    """OpenAI's verbose_json -> Transcript. Segments are required; words are optional (servers differ: a flat
    `words` list as OpenAI documents it, or `words` inside each segment)."""
    try:
        raw_segments = data.get("segments")
        if not isinstance(raw_segments, list):
            raise TypeError("no segments")
        segments = [
            Segment(
                float(s["start"]),
                float(s["end"]),
                str(s.get("text", "")).strip(),
                [_word(w) for w in s.get("words") or []],
            )
            for s in raw_segments
        ]
        flat = [_word(w) for w in data.get("words") or []]
        duration = float(data.get("duration") or (segments[-1].t1 if segments else 0.0))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise RemoteEngineError(f"the speech-to-text server's answer is not verbose_json ({exc})") from None
    segments = [s for s in segments if s.text]  # before words are placed: none may land in a dropped one
    if not any(s.words for s in segments):
        _assign_words(segments, flat)
    return Transcript(
        segments=segments,
        language=str(data.get("language") or "unknown"),
        language_probability=1.0,
        duration=duration,
        model=model,
        task=task,
    )


def _word(w: dict[str, Any]) -> Word:
    # Whisper's words carry their leading space, so "".join(words) rebuilds the text; servers strip it.
    return Word(
        float(w["start"]), float(w["end"]), " " + str(w["word"]).strip(), float(w.get("probability", 1.0))
    )


def _assign_words(segments: list[Segment], words: list[Word]) -> None:
    """Each word goes to the segment its midpoint falls in (the last one that started before it)."""
    i = 0
    for word in sorted(words, key=lambda w: w.start):
        mid = (word.start + word.end) / 2
        while i < len(segments) - 1 and mid >= segments[i + 1].t0:
            i += 1
        if segments:
            segments[i].words.append(word)
