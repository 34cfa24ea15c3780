"""The summarize stage streams the minutes through job events (`JobEvent.partial`), throttled at the source."""

from __future__ import annotations

from recordroute.pipeline import runner
from recordroute.pipeline.runner import JobEvent
from tests.fakes.fake_ollama import FakeOllama
from tests.helpers.library import add_recording

MODEL = "qwen2.5:7b-instruct"


def test_job_events_carry_the_minutes_so_far(ctx) -> None:
    texts = [f"Fact {i:04d}: budget line {i} is {i * 7} won." for i in range(40)]
    rid = add_recording(ctx, texts=texts, minutes=None)
    with FakeOllama(models={MODEL: {"context_length": 32768}}) as fake:
        fake.token_delay = 0.01
        ctx.settings.ollama_host, ctx.settings.llm_backend, ctx.settings.llm_model = fake.url, "ollama", MODEL
        events: list[JobEvent] = []
        job_id = runner.submit(ctx, recording_id=rid, stages=["summarize"])
        final = runner.run_job(ctx, job_id, listener=events.append)
    assert final.state == "done"
    partials = [e.partial for e in events if e.partial is not None]
    stored = ctx.store.summaries.latest(rid).markdown
    assert len(partials) >= 3 and partials[-1] == stored
    growing = [p for p in partials if p]
    assert all(b.startswith(a) or not a for a, b in zip(growing, growing[1:], strict=False))
    assert all(e.stage == "summarize" and e.state == "running" for e in events if e.partial is not None)
