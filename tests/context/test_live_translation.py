"""A translation line under each live caption: in order, never holding up the captions, honest when it stops."""

from __future__ import annotations

import threading
import time

from recordroute.engines.llm.ollama_backend import OllamaBackend
from recordroute.pipeline.live_captions import Caption
from recordroute.pipeline.live_translation import LiveTranslator
from tests.context.helpers import translating_responder
from tests.fakes.fake_ollama import FakeOllama

MODEL = "qwen2.5:7b-instruct"


def _backend(url: str) -> OllamaBackend:
    return OllamaBackend(MODEL, host=url, num_ctx=4096, retries=0)


def _captions(n: int, offset: int = 0) -> list[Caption]:
    return [Caption(f"{i}번째 자막입니다.", i * 2.0, i * 2.0 + 1.5, True) for i in range(offset, offset + n)]


def test_each_caption_gets_its_translation_in_order() -> None:
    got: list[tuple[float, str]] = []
    with FakeOllama(models={MODEL: {"context_length": 4096}}, responder=translating_responder("EN:")) as fake:
        tr = LiveTranslator(_backend(fake.url), "en", lambda c, line: got.append((c.start, line)))
        tr.start()
        tr.submit(_captions(3))
        tr.submit([Caption("tentative", 6.0, 7.0, False)])  # only committed captions are translated
        tr.submit(_captions(2, offset=3))
        tr.stop()
    assert [t for t, _ in got] == [0.0, 2.0, 4.0, 6.0, 8.0]
    assert got[0][1] == "EN: 0번째 자막입니다." and tr.skipped == 0 and tr.error is None


def test_a_slow_model_skips_old_captions_instead_of_falling_behind() -> None:
    got: list[float] = []
    with FakeOllama(models={MODEL: {"context_length": 4096}}, responder=translating_responder()) as fake:
        fake.token_delay = 0.05
        tr = LiveTranslator(_backend(fake.url), "en", lambda c, _l: got.append(c.start), max_backlog=3)
        tr.start()
        tr.submit(_captions(1))
        time.sleep(0.05)  # the first request is under way: the rest piles up
        started = time.monotonic()
        tr.submit(_captions(10, offset=1))
        assert time.monotonic() - started < 0.1  # submitting never waits for the model
        tr.stop()
    assert tr.skipped >= 1 and got[-1] == 20.0 and len(got) <= 1 + 10 - tr.skipped


def test_a_server_that_goes_away_is_reported_once() -> None:
    errors: list[str] = []
    done = threading.Event()
    with FakeOllama(models={MODEL: {"context_length": 4096}}) as fake:
        url = fake.url
    tr = LiveTranslator(
        _backend(url), "en", lambda *_: None, on_error=lambda e: (errors.append(e), done.set())
    )
    tr.start()
    tr.submit(_captions(2))
    assert done.wait(30)
    tr.submit(_captions(2, offset=2))  # ignored: translation has stopped, captions go on
    tr.stop()
    assert len(errors) == 1 and tr.error
