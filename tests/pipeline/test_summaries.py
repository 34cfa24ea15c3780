"""The summarize stage end to end: real pipeline, real store, the app speaking HTTP to the fake Ollama."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from recordroute.errors import LLMError, LLMModelMissing, LLMTruncated
from recordroute.job_options import JobOptions
from recordroute.pipeline import runner
from recordroute.pipeline.summaries import summarize_recording
from recordroute.store import Segment
from tests.conftest import run_cli
from tests.fakes.fake_ollama import FakeOllama

MODEL = "qwen2.5:7b-instruct"


@pytest.fixture
def fake() -> FakeOllama:
    with FakeOllama(models={MODEL: {"context_length": 32768}}) as server:
        yield server


def _use(ctx, fake: FakeOllama, **extra: object) -> None:
    ctx.settings.ollama_host = fake.url
    ctx.settings.llm_backend = "ollama"
    ctx.settings.llm_model = MODEL
    for k, v in extra.items():
        setattr(ctx.settings, k, v)


def _meeting(ctx, minutes: int = 20, lang: str = "en") -> int:
    segs = []
    for i in range(minutes * 6):
        text = (
            f"Fact {i:04d}: budget line {i} is {i * 7} won."
            if lang == "en"
            else f"사실 {i:04d} 예산 항목은 {i}원입니다."
        )
        segs.append(Segment(idx=i, text=text, start=i * 10.0, end=i * 10.0 + 9.5))
    with ctx.store.db.tx() as con:
        rid = ctx.store.recordings.insert(
            con,
            content_hash=f"h{minutes}{lang}",
            kind="audio",
            source_name="m.wav",
            stored_name="h/m.wav",
            size_bytes=1,
            title="meeting",
            duration=minutes * 60.0,
            transcribe_state="done",
            language=lang,
        )
        ctx.store.transcripts.replace(con, rid, segs)
    return rid


def test_summary_streams_and_is_versioned(ctx, fake: FakeOllama) -> None:
    _use(ctx, fake)
    rid = _meeting(ctx, 5)
    tokens: list[str] = []
    rec = summarize_recording(ctx, rid, on_token=tokens.append)
    assert rec.state == "complete" and rec.version == 1 and rec.backend == f"ollama · {MODEL}"
    assert "".join(tokens).strip() and "## 1." in rec.markdown and rec.title
    assert ctx.store.recordings.get(rid).title == rec.title  # the LLM title becomes the display title
    assert all(r.options.get("num_ctx") == 8192 for r in fake.requests)  # sent explicitly from settings
    second = summarize_recording(ctx, rid, template="standup")
    assert second.version == 2 and ctx.store.summaries.latest(rid).id == second.id


@pytest.mark.parametrize(
    ("knob", "error"),
    [
        ("missing_model", LLMModelMissing),
        ("error_after_chunks", LLMError),
        ("force_done_reason", LLMTruncated),
    ],
)
def test_failures_keep_the_previous_complete_summary(ctx, fake: FakeOllama, knob: str, error: type) -> None:
    _use(ctx, fake)
    rid = _meeting(ctx, 3)
    good = summarize_recording(ctx, rid)
    if knob == "missing_model":
        ctx.settings.llm_model = "llama3:70b"
    elif knob == "error_after_chunks":
        fake.error_after_chunks = 2
    else:
        fake.force_done_reason = "length"
    with pytest.raises(error) as err:
        summarize_recording(ctx, rid)
    if knob == "missing_model":
        assert "ollama pull llama3:70b" in err.value.user_text()
    latest = ctx.store.summaries.latest(rid)
    assert latest is not None and latest.id == good.id and latest.markdown == good.markdown
    versions = ctx.store.summaries.list(rid)
    assert [v.state for v in versions] == ["failed", "complete"]
    assert ctx.store.recordings.get(rid).summarize_state == "done"


def test_cancel_keeps_previous_summary(ctx, fake: FakeOllama) -> None:
    from recordroute.errors import Cancelled
    from recordroute.progress import CancelToken

    _use(ctx, fake)
    rid = _meeting(ctx, 3)
    good = summarize_recording(ctx, rid)
    token = CancelToken()
    fake.token_delay = 0.05
    with pytest.raises(Cancelled):
        summarize_recording(ctx, rid, on_token=lambda _t: token.cancel(), cancel=token)
    assert ctx.store.summaries.latest(rid).id == good.id
    assert ctx.store.summaries.list(rid)[0].state == "cancelled"


def test_ninety_minutes_every_fact_reaches_the_model(ctx, fake: FakeOllama) -> None:
    _use(ctx, fake)
    rid = _meeting(ctx, 90)
    rec = summarize_recording(ctx, rid)
    assert not any(r.truncated for r in fake.requests)  # nothing cut from the front by the server
    seen = "\n".join(r.seen_text for r in fake.requests)
    missing = [i for i in range(90 * 6) if f"Fact {i:04d}:" not in seen]
    assert missing == []
    assert rec.llm_calls >= 3 and rec.meta["chunks"] >= 2


def test_no_server_falls_back_to_extractive_and_is_labelled(ctx) -> None:
    ctx.settings.llm_backend = "auto"  # OLLAMA_HOST points at a closed port (tests/conftest.py)
    rid = _meeting(ctx, 2)
    rec = summarize_recording(ctx, rid)
    assert rec.state == "complete" and rec.backend == "extractive (no LLM)"
    assert "extractive (no LLM)" in rec.markdown
    assert rec.meta.get("fallback_reason")
    assert ctx.store.recordings.get(rid).title == "meeting"  # a key sentence never renames the recording


@pytest.mark.slow
def test_process_runs_summary_stage_and_no_summary_skips_it(ctx, fake: FakeOllama, tmp_path: Path) -> None:
    _use(ctx, fake)
    doc = tmp_path / "notes.txt"
    doc.write_text(
        "Fact 0001: the budget is approved.\n\nFact 0002: Sarah owns the survey.", encoding="utf-8"
    )
    _, final = runner.process_file(ctx, doc)
    assert final.state == "done"
    assert ctx.store.summaries.latest(final.recording_id).state == "complete"
    assert any("Fact 0001" in r.seen_text for r in fake.requests)
    other = tmp_path / "other.txt"
    other.write_text("Another note.", encoding="utf-8")
    job_id, final = runner.process_file(ctx, other, options=JobOptions(no_summary=True))
    assert final.state == "done"
    stages = {s.name: s.state for s in ctx.store.jobs.get(job_id).stages}
    assert stages["summarize"] == "skipped" and ctx.store.summaries.latest(final.recording_id) is None


def test_cli_summarize_streams_and_llm_status(fake: FakeOllama, tmp_path: Path) -> None:
    doc = tmp_path / "회의.txt"
    doc.write_text("사실 0001 예산을 승인했습니다.\n\n사실 0002 설문 담당은 민수입니다.", encoding="utf-8")
    env = {"OLLAMA_HOST": fake.url, "RECORDROUTE_LLM_MODEL": MODEL}
    assert run_cli("process", str(doc), "--no-summary", env=env).returncode == 0
    res = run_cli("summarize", "1", "--language", "ko", "--backend", "ollama", "--json", env=env)
    assert res.returncode == 0, res.stderr
    record = json.loads(res.stdout.strip().splitlines()[-1])
    assert record["language"] == "ko" and record["state"] == "complete" and "주요 주제" in record["markdown"]
    assert "주요 주제" in res.stderr  # streamed while it was written
    status = run_cli("llm", "status", "--backend", "ollama", "--json", env=env)
    data = json.loads(status.stdout)
    assert status.returncode == 0 and data["reachable"] and MODEL in data["models"]
    down = run_cli("llm", "status", "--backend", "ollama", env={"OLLAMA_HOST": "http://127.0.0.1:9"})
    assert down.returncode == 1 and "reachable: no" in down.stdout
    missing = run_cli("summarize", "1", "--backend", "ollama", "--model", "nope:1b", env=env)
    assert (
        missing.returncode == 1
        and "ollama pull nope:1b" in missing.stderr
        and "Traceback" not in missing.stderr
    )


def test_correction_is_stored_beside_the_original(ctx, fake: FakeOllama) -> None:
    from recordroute.pipeline.summaries import correct_recording, with_corrections

    _use(ctx, fake, vocabulary=["Kubernetes"])
    with ctx.store.db.tx() as con:
        rid = ctx.store.recordings.insert(
            con,
            content_hash="c",
            kind="audio",
            source_name="c.wav",
            stored_name="c/c.wav",
            size_bytes=1,
            title="ops",
            transcribe_state="done",
            language="en",
        )
        ctx.store.transcripts.replace(
            con,
            rid,
            [
                Segment(idx=0, text="We moved the cluster to kubernetes yesterday.", start=0.0, end=4.0),
                Segment(idx=1, text="The rollout went fine.", start=4.0, end=7.0),
            ],
        )
    changed, _warnings = correct_recording(ctx, rid)
    assert changed == {0: "We moved the cluster to Kubernetes yesterday."}
    prompt = fake.requests[-1].seen_text
    assert "Kubernetes" in prompt  # the vocabulary is given as terms to spell exactly
    assert ctx.store.transcripts.segments(rid)[0].text.endswith("kubernetes yesterday.")  # original kept
    assert with_corrections(ctx, rid)[0].text == "We moved the cluster to Kubernetes yesterday."


def test_correction_needs_an_llm(ctx) -> None:
    from recordroute.errors import RecordRouteError
    from recordroute.pipeline.summaries import correct_recording

    rid = _meeting(ctx, 1)
    with pytest.raises(RecordRouteError, match="needs an LLM"):
        correct_recording(ctx, rid)
