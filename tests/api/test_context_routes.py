"""Notes, translations and calendar events over the real local API (uvicorn on loopback, bearer token)."""

from __future__ import annotations

from collections.abc import Callable

import srt

from recordroute.api.config import ApiConfig
from recordroute.pipeline import export
from tests.api.conftest import Api
from tests.context.helpers import add_recording, translating_responder
from tests.context.test_calendar import ICS
from tests.fakes.fake_ollama import FakeOllama

MODEL = "qwen2.5:7b-instruct"


def test_notes_translations_and_calendar_over_http(extra_server: Callable[..., Api]) -> None:
    with FakeOllama(models={MODEL: {"context_length": 8192}}, responder=translating_responder()) as fake:
        api = extra_server(ApiConfig(run_jobs=False), ollama_url=fake.url)
        segs = [(i * 10.0, i * 10.0 + 9, f"{i}번: 예산을 검토했습니다.") for i in range(30)]
        rid = add_recording(api.ctx, segs, language="ko")
        with api.http() as http:
            assert http.get(f"/api/recordings/{rid}/notes").json()["notes"] == []
            put = http.put(f"/api/recordings/{rid}/notes", json={"text": "[00:10] # 예산\n결론 없음"})
            assert put.status_code == 200 and [n["at"] for n in put.json()["notes"]] == [10.0, None]
            add = http.post(f"/api/recordings/{rid}/notes", json={"notes": [{"at": 95, "text": "follow-up"}]})
            assert [n["text"] for n in add.json()["notes"]] == ["# 예산", "결론 없음", "follow-up"]
            assert (
                http.post(f"/api/recordings/{rid}/notes", json={"notes": [{"text": ""}]}).status_code == 400
            )
            assert http.get("/api/recordings/999/notes").status_code == 404

            res = http.post(f"/api/recordings/{rid}/translations", json={"language": "en"})
            assert res.status_code == 200, res.text
            assert res.json()["lines"] == 30 and res.json()["warnings"] == []
            got = http.get(f"/api/recordings/{rid}/translations/en").json()["segments"]
            assert len(got) == 30 and got[4]["start"] == 40.0 and got[4]["translation"].startswith("EN: 4번")
            assert http.get(f"/api/recordings/{rid}/translations/ja").status_code == 404
            sub = http.get(f"/api/recordings/{rid}/export", params={"format": "srt"})
            assert sub.status_code == 200  # the plain export is unchanged by a translation

            cal = http.post("/api/calendar", json={"ics": ICS, "name": "work"})
            assert cal.status_code == 200 and cal.json()["events"] == 3
            bad = http.post("/api/calendar", json={"ics": "garbage"})
            assert bad.status_code == 400 and "iCalendar" in bad.json()["error"]["message"]
        with api.http() as anon:
            anon.headers.pop("Authorization")
            assert anon.get(f"/api/recordings/{rid}/notes").status_code == 401
    cues = list(srt.parse(export.render_bilingual(api.ctx.store, rid, "srt", "en")))
    assert len(cues) == 30


def test_recipes_over_http(extra_server: Callable[..., Api]) -> None:
    with FakeOllama(models={MODEL: {"context_length": 8192}}) as fake:
        api = extra_server(ApiConfig(run_jobs=False), ollama_url=fake.url)
        rid = add_recording(api.ctx, [(0.0, 9.0, "Fact 0007: is the budget final? Yes, it is.")])
        with api.http() as http:
            names = {r["name"] for r in http.get("/api/recipes").json()}
            assert {"follow-up-email", "questions"} <= names
            run = http.post(f"/api/recordings/{rid}/recipes/questions", json={})
            assert run.status_code == 200, run.text
            assert run.json()["version"] == 1 and "Fact 0007" in run.json()["markdown"]
            assert http.post(f"/api/recordings/{rid}/recipes/nope", json={}).status_code == 404
            assert http.post(f"/api/recordings/{rid}/recipes/..%2Fx", json={}).status_code in (404, 422, 400)
            runs = http.get(f"/api/recordings/{rid}/recipes").json()
            assert [r["recipe"] for r in runs] == ["questions"]
