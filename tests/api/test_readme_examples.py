"""The README's client examples, run as written: every curl command of "Every route with curl" (in order, with
curl itself, against a real loopback server with the fake Ollama and the fake model hub behind it), and the
LangChain settings block (the real `langchain-openai` package)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from recordroute.api.config import ApiConfig
from tests.api.conftest import LLM_MODEL, Api
from tests.fakes.fake_hub import FakeHub
from tests.models.conftest import REPO, hub  # noqa: F401 - `hub` is a fixture

pytestmark = pytest.mark.slow  # real Whisper, diarization and embeddings
ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "speech_en_30s.m4a"
# The README downloads a real catalogue model; the fake hub serves a tiny one under its own repo id.
README_REPO = "Systran/faster-whisper-small"


def readme_block(heading: str, lang: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(f"\n{heading}", 1)[1]
    match = re.search(rf"```{lang}\n(.*?)```", section, re.S)
    assert match, f"no {lang} block under {heading}"
    return match.group(1)


def curl_commands() -> list[str]:
    block = readme_block("### Every route with curl", "sh")
    return [c.strip() for c in block.replace("\\\n", " ").splitlines() if c.strip()]


def test_readme_has_a_curl_example_per_route(api: Api) -> None:
    import httpx

    schema = httpx.get(f"{api.url}/openapi.json").json()
    shown = []
    for cmd in curl_commands():
        url = re.search(r"\$API(/[^\s\"?]*)", cmd)
        assert url, cmd
        method = re.search(r"-X (\w+)", cmd)
        verb = (
            method.group(1)
            if method
            else ("POST" if " -d " in cmd or " -F " in cmd or "--data" in cmd else "GET")
        )
        shown.append((verb, url.group(1)))
    missing = []
    for path, ops in schema["paths"].items():
        pattern = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$")
        for verb in ops:
            if not any(v == verb.upper() and pattern.match(u) for v, u in shown):
                missing.append(f"{verb.upper()} {path}")
    assert missing == [], "routes without a curl example in the README"


@pytest.mark.skipif(shutil.which("curl") is None or shutil.which("jq") is None, reason="needs curl and jq")
def test_readme_curl_examples_run(extra_server: Callable[..., Api], hub: FakeHub, tmp_path: Path) -> None:  # noqa: F811
    from tests.context.test_calendar import ICS
    from tests.fakes.fake_caldav import FakeCalDav

    shutil.copy(FIXTURE, tmp_path / "meeting.m4a")
    (tmp_path / "team.ics").write_text(ICS, encoding="utf-8")
    with FakeCalDav(ICS) as caldav:
        api = extra_server(
            ApiConfig(max_upload_bytes=10 * 1024**2, rate_per_second=1000, rate_burst=1000),
            settings={"calendar_url": caldav.url},
        )
        _run_curl_examples(api, tmp_path)
    assert any(method == "REPORT" for method, _ in caldav.requests)  # the sync really read the calendar


def _run_curl_examples(api: Api, tmp_path: Path) -> None:
    env = {"API": api.url, "TOKEN": api.token, "PATH": "/usr/bin:/bin"}
    for cmd in curl_commands():
        run = cmd.replace(README_REPO, REPO).replace(
            "curl -sS", "curl -sS --fail-with-body --max-time 300", 1
        )
        done = subprocess.run(
            ["bash", "-c", run], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=320
        )
        assert done.returncode == 0, f"{cmd}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        out = done.stdout
        if "/v1/chat/completions" in cmd and '"stream": true' not in cmd:
            assert json.loads(out)["choices"][0]["message"]["content"] == "echo: Three words on budgets"
        if cmd.endswith("/api/jobs/1/events"):
            assert '"state":"done"' in out.replace(" ", ""), out[-2000:]
        if "/speakers/S1" in cmd:
            speakers = {sp["label"]: sp for sp in json.loads(out)["speakers"]}
            assert speakers["S1"]["name"] == "Minji" and len(speakers) == 2
    assert (tmp_path / "minutes.docx").stat().st_size > 1000
    assert (tmp_path / "meeting-copy.m4a").read_bytes() == FIXTURE.read_bytes()


def test_readme_langchain_settings_work(api: Api) -> None:
    pytest.importorskip("langchain_openai")
    code = readme_block("**LangChain**", "python")
    code = code.replace('"http://127.0.0.1:8765/v1"', repr(f"{api.url}/v1"))
    code = code.replace('"<api_token from settings.toml>"', repr(api.token))
    scope: dict[str, object] = {"__name__": "readme_langchain"}
    exec(compile(code, "README.md (LangChain)", "exec"), scope)
    decision = scope["decision"]
    assert decision.votes_for == 5 and decision.topic  # type: ignore[attr-defined]
    sent = api.fake.requests[-2].body
    assert sent["format"]["properties"]["votes_for"]["type"] == "integer"  # with_structured_output -> format
    call = scope["call"]
    assert call["name"] == "book_room" and call["args"]["hours"] == 2  # type: ignore[index]
    assert api.fake.requests[-1].body["tools"][0]["function"]["name"] == "book_room"
    vector = scope["vector"]
    assert isinstance(vector, list) and len(vector) >= 128 and abs(sum(v * v for v in vector) - 1) < 1e-3
    assert LLM_MODEL in code
