"""A real `recordroute serve` in its own process on loopback, with its own data dir and token: the "GPU box"
that remote-engine and MCP tests point at."""

from __future__ import annotations

import os
import re
import secrets
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.conftest import ROOT


@dataclass
class GpuBox:
    proc: subprocess.Popen[str]
    url: str
    token: str

    def stt_busy(self) -> float:
        res = httpx.get(f"{self.url}/metrics", headers={"Authorization": f"Bearer {self.token}"}, timeout=10)
        match = re.search(r'^recordroute_engine_busy\{engine="stt"\} (\S+)$', res.text, re.M)
        return float(match.group(1)) if match else 0.0


def start_box(tmp: Path) -> GpuBox:
    token = secrets.token_urlsafe(24)
    env = {
        **os.environ,
        "RECORDROUTE_DATA_DIR": str(tmp / "box-data"),
        "RECORDROUTE_CONFIG": str(tmp / "box-config" / "settings.toml"),
        "RECORDROUTE_API_TOKEN": token,
        "RECORDROUTE_STT_MODEL": "tiny.en",
        "RECORDROUTE_LANG": "en",  # the banner is read for its English "listening on URL"
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "recordroute", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert proc.stdout is not None
    url = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        if m := re.search(r"listening on (http://\S+)", line):
            url = m.group(1)
        if line.startswith("Press Ctrl-C"):
            break
    assert url is not None, proc.stderr.read() if proc.stderr else "no banner"
    return GpuBox(proc, url, token)
