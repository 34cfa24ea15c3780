"""Speech to text with faster-whisper: warm models, progress with ETA, sub-second cancel, clean-up rules.

English-only models (tiny.en): a forced non-English language or the translate task raises
ModelCapabilityError before any decoding. Whisper itself would silently transcribe as English, which turns
Korean speech into confident English nonsense; an error the user can act on is better. Language "auto" with an
English-only model simply reports "en".
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ...errors import InputError, NoAudioError
from ...progress import CancelToken, EtaEstimator, Progress, ProgressCallback
from .cache import MODEL_CACHE, ModelCache, pick_device
from .data import Segment, SttOptions, Transcript, Word
from .guards import FALLBACK_TEMPERATURES, DecodeStats, failed_decode, guard_loops
from .languages import mixed_prompt, normalise_languages, pick_language
from .models import ModelCapabilityError, ResolvedModel, resolve_model
from .postprocess import postprocess

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
POLL_SECONDS = 0.2  # the calling thread checks the cancel token at least this often
_LOADER = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="recordroute-model-loader")
MAX_PROMPT_TERMS = 20
MAX_PROMPT_CHARS = 200

# Decoding settings of the original app (temperature and beam size come from SttOptions). The thresholds
# decide when a window is decoded again at the next temperature of the fallback (see guards.py).
DECODE_DEFAULTS: dict[str, Any] = {
    "no_speech_threshold": 0.6,
    "log_prob_threshold": -1.0,
    "compression_ratio_threshold": 2.4,
    "condition_on_previous_text": False,
}


def temperatures(value: float | tuple[float, ...] | list[float]) -> float | tuple[float, ...]:
    """0 means Whisper's temperature fallback (0.0, 0.2, ... 1.0), as in the OpenAI API; a single temperature
    pinned at 0 kept every repetition loop the greedy decoder produced."""
    if isinstance(value, (tuple, list)):
        return tuple(float(t) for t in value) or FALLBACK_TEMPERATURES
    return FALLBACK_TEMPERATURES if float(value) == 0.0 else float(value)


_worker_ids = itertools.count(1)


def build_initial_prompt(vocabulary: list[str]) -> str | None:
    """The 20 most frequent user keywords (case-insensitive; ties keep first-seen order, first spelling
    wins), comma-joined, at most 200 characters. None when there is nothing to say."""
    counts: dict[str, int] = {}
    first: dict[str, tuple[int, str]] = {}
    for i, term in enumerate(vocabulary):
        term = " ".join(str(term).split())
        if not term:
            continue
        key = term.casefold()
        counts[key] = counts.get(key, 0) + 1
        first.setdefault(key, (i, term))
    ranked = sorted(counts, key=lambda k: (-counts[k], first[k][0]))[:MAX_PROMPT_TERMS]
    picked: list[str] = []
    length = 0
    for key in ranked:
        term = first[key][1]
        extra = len(term) + (2 if picked else 0)
        if length + extra > MAX_PROMPT_CHARS:
            continue  # a shorter, less frequent term may still fit
        picked.append(term)
        length += extra
    return ", ".join(picked) or None


def decode_kwargs(options: SttOptions) -> dict[str, Any]:
    """faster-whisper transcribe() arguments for `options` (shared with the overhead benchmark)."""
    language = options.language
    if language is not None and language.strip().lower() in ("", "auto"):
        language = None
    return {
        "language": language.strip().lower() if language else None,
        "task": options.task,
        "beam_size": options.beam_size,
        "temperature": temperatures(options.temperature),
        "vad_filter": options.vad,
        "word_timestamps": options.word_timestamps,
        "initial_prompt": options.initial_prompt or build_initial_prompt(options.vocabulary),
        **DECODE_DEFAULTS,
    }


def _as_audio(audio: np.ndarray) -> np.ndarray:
    if not isinstance(audio, np.ndarray):
        raise TypeError("SttEngine.transcribe takes 16 kHz mono float32 samples (decode files with engines.audio)")
    audio = np.squeeze(audio)
    if audio.ndim != 1:
        raise ValueError(f"expected mono audio, got shape {audio.shape}")
    if audio.size == 0:
        raise NoAudioError("the recording has no audio samples")
    return audio.astype(np.float32, copy=False)


def _segment(raw: Any) -> Segment:
    words = [Word(float(w.start), float(w.end), str(w.word), float(w.probability)) for w in raw.words or []]
    return Segment(float(raw.start), float(raw.end), str(raw.text).strip(), words)


def _clean(segments: list[Segment], options: SttOptions) -> list[Segment]:
    """Hallucination guards first, then the original app's clean-up rules."""
    if options.guards:
        segments = guard_loops(segments)
    return postprocess(segments, filler_filter=options.filler_filter)


def _fmt(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    return f"{m}:{s:02d}"


class SttEngine:
    """Transcribes audio arrays. Cheap to create: the model is resolved and loaded on first use and kept in
    `cache` (shared by default), so consecutive files reuse the warm model."""

    def __init__(
        self,
        model: str = "base",
        *,
        model_dir: Path | None = None,
        device: str = "auto",
        cache: ModelCache = MODEL_CACHE,
        cpu_threads: int = 0,
    ) -> None:
        self.model_name = model
        self.model_dir = model_dir
        self.device, self.compute_type = pick_device(device)
        self.cpu_threads = cpu_threads
        self.cache = cache
        self._resolved: ResolvedModel | None = None
        self._resolve_lock = threading.Lock()

    @property
    def resolved(self) -> ResolvedModel:
        with self._resolve_lock:
            if self._resolved is None:
                self._resolved = resolve_model(self.model_name, model_dir=self.model_dir)
            return self._resolved

    def load(self) -> WhisperModel:
        """Resolve and load the model now (e.g. at app start) so the first file does not pay for it."""
        return self.cache.get(self.resolved, self.device, self.compute_type, self.cpu_threads)

    def detect_language(self, audio: np.ndarray) -> list[tuple[str, float]]:
        """All languages with probabilities, most likely first (first 30 s); [("en", 1.0)] if English-only."""
        language, prob, all_probs = self.load().detect_language(_as_audio(audio))
        return [(str(lang), float(p)) for lang, p in (all_probs or [(language, prob)])]

    def check_options(self, model: WhisperModel, options: SttOptions) -> None:
        language = decode_kwargs(options)["language"]
        if options.task not in ("transcribe", "translate"):
            raise InputError(f"unknown task '{options.task}'", hint="use 'transcribe' or 'translate'")
        if not model.model.is_multilingual:
            if options.task == "translate":
                raise ModelCapabilityError(
                    f"the model '{self.resolved.name}' is English-only and cannot translate to English"
                )
            if language not in (None, "en"):
                raise ModelCapabilityError(
                    f"the model '{self.resolved.name}' is English-only and cannot transcribe '{language}'"
                )
        elif language is not None and language not in model.supported_languages:
            raise InputError(f"unknown language code '{language}'", hint="use a code such as ko or en, or auto")

    def _load_cancellable(self, cancel: CancelToken | None) -> None:
        """Load on one long-lived thread: a model loaded on a short-lived worker thread made later
        transcriptions erratically slow (CTranslate2 keeps per-thread state); cancel still acts while waiting."""
        future = _LOADER.submit(self.load)
        while True:
            try:
                future.result(timeout=POLL_SECONDS)
                return
            except concurrent.futures.TimeoutError:
                if cancel is not None:
                    cancel.raise_if_cancelled()

    def transcribe(
        self,
        audio: np.ndarray,
        options: SttOptions | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        on_segment: Callable[[Segment], None] | None = None,
    ) -> Transcript:
        """Transcribe (or translate) `audio`, 16 kHz mono float32.

        `on_segment` sees each cleaned segment as soon as Whisper finishes its 30 s window; the returned
        Transcript is cleaned again as a whole (identical neighbours across windows get merged).
        Raises Cancelled within ~0.2 s of `cancel` firing, even mid-window.
        """
        options = options or SttOptions()
        if cancel is not None:
            cancel.raise_if_cancelled()
        audio = _as_audio(audio)
        duration = audio.shape[0] / SAMPLE_RATE
        report = progress or (lambda _p: None)
        eta = EtaEstimator()
        report(Progress("transcribe", 0.0, "loading the speech model"))
        self._load_cancellable(cancel)

        stop = threading.Event()
        inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
        worker = threading.Thread(
            target=self._work,
            args=(audio, options, inbox, stop),
            name=f"recordroute-stt-{next(_worker_ids)}",
            daemon=True,  # a cancelled window finishes in the background; never block app exit on it
        )
        raw: list[Segment] = []
        info: Any = None
        picked: tuple[str, float] | None = None
        dropped = 0
        fraction = 0.0
        worker.start()
        try:
            while True:
                try:
                    kind, payload = inbox.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    if cancel is not None:
                        cancel.raise_if_cancelled()
                    continue
                if cancel is not None:
                    cancel.raise_if_cancelled()
                if kind == "error":
                    raise payload
                if kind == "done":
                    break
                if kind == "language":
                    picked = payload
                    continue
                if kind == "info":
                    info = payload
                    report(Progress("transcribe", 0.0, f"0:00 / {_fmt(duration)}"))
                    continue
                seg = _segment(payload)
                fraction = max(fraction, min(0.99, seg.end / duration if duration else 0.99))
                report(Progress("transcribe", fraction, f"{_fmt(seg.end)} / {_fmt(duration)}", eta.eta(fraction)))
                reason = failed_decode(DecodeStats.of(payload)) if options.guards else None
                if reason is not None:
                    dropped += 1
                    log.info("dropped segment %.1f-%.1f s (%s): %.80s", seg.start, seg.end, reason, seg.text)
                    continue
                raw.append(seg)
                if on_segment is not None:
                    for clean in _clean([seg], options):
                        on_segment(clean)
        except BaseException:
            stop.set()  # the worker drops whatever it produces from now on
            raise
        segments = _clean(raw, options)
        report(Progress("transcribe", 1.0, "done", 0.0))
        language, probability = picked or (str(info.language), float(info.language_probability))
        return Transcript(
            segments=segments,
            language=language,
            language_probability=probability,
            duration=duration,
            model=self.resolved.name,
            task=options.task,
            dropped=dropped,
        )

    def _decode_args(self, model: WhisperModel, audio: np.ndarray, options: SttOptions,
                     inbox: queue.Queue) -> dict[str, Any]:
        """decode_kwargs plus language control: with auto-detect and a list of languages (or the mixed
        Korean-English prompt, which needs to know the language), detect first and pick among them."""
        kwargs = decode_kwargs(options)
        allowed = normalise_languages(options.languages)
        if kwargs["language"] is None and model.model.is_multilingual and (allowed or options.mixed_ko_en):
            try:
                _, _, probs = model.detect_language(audio, vad_filter=options.vad)
            except (ValueError, RuntimeError, IndexError):  # VAD found no speech: score the raw audio
                _, _, probs = model.detect_language(audio)
            language, probability = pick_language(probs, allowed)
            kwargs["language"] = language
            inbox.put(("language", (language, probability)))
        if options.mixed_ko_en and not options.initial_prompt:
            kwargs["initial_prompt"] = mixed_prompt(kwargs["language"], kwargs["initial_prompt"])
        return kwargs

    def _work(self, audio: np.ndarray, options: SttOptions, inbox: queue.Queue, stop: threading.Event) -> None:
        """Worker thread: load, decode, and pass segments on until done or told to stop.

        faster-whisper only yields after each ~30 s window, so the caller waits on the queue with a timeout
        instead of on the generator. Between windows the stop flag is checked and the generator closed, so a
        cancelled job costs at most one more window of CPU.
        """
        generator = None
        try:
            model = self.load()
            self.check_options(model, options)
            if stop.is_set():
                return
            generator, info = model.transcribe(audio, **self._decode_args(model, audio, options, inbox))
            inbox.put(("info", info))
            if stop.is_set():  # before the first window, the costly part
                return
            for raw in generator:
                if stop.is_set():
                    return
                inbox.put(("segment", raw))
            inbox.put(("done", None))
        except BaseException as exc:  # handed to the calling thread, which raises it
            if not stop.is_set():
                inbox.put(("error", exc))
        finally:
            close = getattr(generator, "close", None)
            if close is not None:
                close()


__all__ = [
    "Segment",
    "SttEngine",
    "SttOptions",
    "Transcript",
    "Word",
    "build_initial_prompt",
    "decode_kwargs",
]
