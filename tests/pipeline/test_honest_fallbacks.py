"""A fallback says it is one, in every face: with the (fake) Ollama stopped, `summarize` writes extractive
minutes, exits 0 and warns on stderr, and the API returns the sentence in `warnings`; minutes that came back in
the wrong language make `summarize` exit non-zero naming the version kept aside, which `--show --include-kept`
prints. Real CLI subprocesses, a real API server, the fake Ollama over HTTP."""

from __future__ import annotations

import os
from typing import Any

from recordroute.pipeline.summaries import summary_warnings
from recordroute.store import Segment, Store
from tests.conftest import run_cli
from tests.fakes.fake_ollama import FakeOllama
from tests.pipeline.test_summary_language import ENGLISH, MODEL, _korean_meeting, english_always

EN = [
    "Good morning everyone, thanks for joining the weekly planning meeting.",
    "Today we need to review the budget for the new office.",
    "Sarah will send the updated schedule by Friday.",
]


def _english_meeting(store: Store) -> int:
    with store.db.tx() as con:
        rid = store.recordings.insert(
            con,
            content_hash="en-meeting",
            kind="audio",
            source_name="m.wav",
            stored_name="h/m.wav",
            size_bytes=1,
            title="meeting",
            duration=30.0,
            transcribe_state="done",
            language="en",
        )
        segs = [Segment(idx=i, text=t, start=i * 5.0, end=i * 5.0 + 4.0) for i, t in enumerate(EN)]
        store.transcripts.replace(con, rid, segs)
    return rid


def _stopped_ollama() -> str:
    with FakeOllama(models=[MODEL]) as fake:
        url = fake.url
    return url  # nothing listens there any more


def test_cli_summarize_warns_when_it_falls_back(ctx: Any) -> None:
    rid = _english_meeting(ctx.store)
    url = _stopped_ollama()
    res = run_cli("summarize", str(rid), env={"OLLAMA_HOST": url, "RECORDROUTE_LLM_MODEL": MODEL})
    assert res.returncode == 0, res.stderr
    assert f"recordroute: warning: Ollama at {url} does not answer: extractive minutes written instead" in (
        res.stderr
    )
    record = ctx.store.summaries.latest(rid)
    assert record is not None and record.extractive
    assert summary_warnings(record)[0].endswith("extractive minutes written instead")
    events = ctx.store.recordings.events(rid)
    assert any(e.level == "warning" and "does not answer" in e.message for e in events)


def test_cli_language_mismatch_exits_non_zero_and_names_the_kept_version(ctx: Any) -> None:
    rid = _korean_meeting(ctx)
    with FakeOllama(models=[MODEL], responder=english_always) as fake:
        env = {"OLLAMA_HOST": fake.url, "RECORDROUTE_LLM_MODEL": MODEL}
        res = run_cli("summarize", str(rid), "--language", "ko", env=env)
    assert res.returncode == 1, (res.stdout, res.stderr)
    assert "version 1 is kept aside" in res.stderr and "--show --include-kept" in res.stderr
    assert "title:" not in res.stderr  # no success line
    shown = run_cli("summarize", str(rid), "--show")
    assert shown.returncode == 1 and "version 1 was kept aside" in shown.stderr
    kept = run_cli("summarize", str(rid), "--show", "--include-kept")
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout.strip() == ENGLISH and "kept aside" in kept.stderr
    assert os.environ.get("OLLAMA_HOST") != fake.url  # the test's env stayed hermetic
