"""`recordroute serve` in a real subprocess: banner, token handling, loopback-only default, clean signal stop."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT

# The entry point registers `serve` through recordroute.launch; so does this launcher.
ENTRY = (
    "import sys; from recordroute import launch; from recordroute.cli.main import main; "
    "sys.exit(main(sys.argv[1:]))"
)


def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", ENTRY, "serve", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "RECORDROUTE_LANG": "en",
            **(env or {}),
        },  # the English banner (Korean: test_cli_help)
    )


def banner(proc: subprocess.Popen[str], timeout: float = 60) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Press Ctrl-C"):
            return lines
    proc.kill()
    raise AssertionError(f"no banner: {lines} {proc.stderr.read() if proc.stderr else ''}")


def stop(proc: subprocess.Popen[str], sig: int) -> tuple[int, str, str]:
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=30)
    return proc.returncode, out, err


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_where_the_token_is_and_stops_cleanly(isolated_env: Path, sig: int) -> None:
    proc = serve("--port", "0")
    lines = banner(proc)
    url = re.search(r"listening on (http://127\.0\.0\.1:\d+)", lines[0]).group(1)
    config = Path(os.environ["RECORDROUTE_CONFIG"])
    token = tomllib.loads(config.read_text(encoding="utf-8"))["api_token"]
    assert len(token) >= 32
    text = "\n".join(lines)
    assert f"stored in {config}" in text and token not in text  # where to find it, never the token itself
    assert httpx.get(f"{url}/health").status_code == 200
    assert httpx.get(f"{url}/v1/models").status_code == 401
    models = httpx.get(f"{url}/v1/models", headers={"Authorization": f"Bearer {token}"})
    assert models.status_code == 200 and any(m["id"] == "whisper-1" for m in models.json()["data"])
    code, out, _err = stop(proc, sig)
    assert code == 0
    assert "stopped" in out
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{url}/health", timeout=2)


def test_serve_token_from_environment_and_show_token(isolated_env: Path) -> None:
    proc = serve("--port", "0", "--show-token", env={"RECORDROUTE_API_TOKEN": "env-token-123456"})
    lines = banner(proc)
    text = "\n".join(lines)
    assert "RECORDROUTE_API_TOKEN" in text and "token value: env-token-123456" in text
    url = re.search(r"(http://127\.0\.0\.1:\d+)", lines[0]).group(1)
    r = httpx.get(f"{url}/api/recordings", headers={"Authorization": "Bearer env-token-123456"})
    assert r.status_code == 200
    assert stop(proc, signal.SIGTERM)[0] == 0


def test_serve_refuses_remote_without_flag(isolated_env: Path) -> None:
    proc = serve("--host", "0.0.0.0", "--port", "0")
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "--allow-remote" in err and "0.0.0.0" in err


def test_serve_allow_remote_warns(isolated_env: Path) -> None:
    proc = serve("--host", "0.0.0.0", "--port", "0", "--allow-remote")
    lines = banner(proc)
    port = re.search(r":(\d+)", lines[0]).group(1)
    # Inside a container the published port is reached as 127.0.0.1: the Host check still passes.
    assert httpx.get(f"http://127.0.0.1:{port}/health").status_code == 200
    code, _out, err = stop(proc, signal.SIGTERM)
    assert code == 0
    assert "warning: listening on 0.0.0.0" in err


def test_serve_says_where_everything_is_in_korean(isolated_env: Path) -> None:
    from tests.cli.test_cli_korean_words import HANGUL, english_words

    proc = serve(
        "--port", "0", "--show-token", env={"RECORDROUTE_LANG": "ko", "RECORDROUTE_API_TOKEN": "tok-1"}
    )
    assert proc.stdout is not None
    lines: list[str] = []
    while not lines or not lines[-1].startswith("멈추려면"):
        line = proc.stdout.readline()
        assert line, (lines, proc.stderr.read() if proc.stderr else "")
        lines.append(line.rstrip("\n"))
    url = re.search(r"(http://127\.0\.0\.1:\d+)", lines[0]).group(1)
    assert lines[0] == f"RecordRoute API가 {url}에서 요청을 받고 있습니다"
    assert lines[-1] == "멈추려면 Ctrl-C를 누르세요."
    assert "  토큰: 환경 변수 RECORDROUTE_API_TOKEN에서 읽음" in lines and "  토큰 값: tok-1" in lines
    products = {"RecordRoute", "API", "OpenAI", "URL", "MCP", "HTTP"}
    for line in lines:
        assert HANGUL.search(line) and not set(english_words(line.replace(url, " "))) - products, line
    code, out, _err = stop(proc, signal.SIGTERM)
    assert code == 0
    assert out.splitlines()[-2:] == ["멈추는 중(처리 중인 요청을 마저 끝냅니다)...", "멈췄습니다"]
