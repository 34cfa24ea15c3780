"""Vault export and backup/restore on a synthetic library, as ratios against baselines run in the same process.

    python bench/library_io.py [--recordings 300] [--segments 80] [--original-kb 200]

- vault rerun ÷ first run: a second `export_vault` over an unchanged library reads every note but writes none.
- backup ÷ copy: `create_backup` (.tar, SHA-256 of every file, DB online backup) against copying the same data
  folder with shutil.copytree.
- verify ÷ backup and restore ÷ backup: reading the archive back (with and without extracting).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))

from recordroute.pipeline.backup import create_backup, restore_backup, verify_backup
from recordroute.pipeline.context import AppContext
from recordroute.pipeline.vault import export_vault
from recordroute.settings import Settings
from recordroute.store import Segment


def build(ctx: AppContext, n: int, segs: int, kb: int) -> None:
    store = ctx.store
    for i in range(n):
        name = f"{i:02x}/{i:064x}.wav"
        path = store.library.path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(os.urandom(kb * 1024))
        lines = [
            Segment(
                idx=j,
                text=f"Line {j} of meeting {i}: the budget item {j * 7} was discussed.",
                start=j * 10.0,
                end=j * 10.0 + 9,
            )
            for j in range(segs)
        ]
        with store.db.tx() as con:
            rid = store.recordings.insert(
                con,
                content_hash=f"{i:064x}",
                kind="audio",
                source_name=f"m{i}.wav",
                stored_name=name,
                size_bytes=kb * 1024,
                title=f"Meeting {i}",
                duration=segs * 10.0,
                transcribe_state="done",
                language="en",
            )
            store.transcripts.replace(con, rid, lines)
        sid = store.summaries.begin(rid, template="minutes", language="en", backend="bench", model=None)
        store.summaries.complete(
            sid,
            markdown="## 1. Main topics\n- budget\n## 4. Action items\n"
            "- Owner: A / Task: B / Due: C / Time: [00:10]\n",
            title=None,
            llm_calls=1,
        )


def timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return time.perf_counter() - t0, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--recordings", type=int, default=300)
    ap.add_argument("--segments", type=int, default=80)
    ap.add_argument("--original-kb", type=int, default=200)
    ap.add_argument(
        "--quick",
        action="store_true",
        help="tiny inputs, a few seconds: proves the bench still runs (tests/test_benches.py)",
    )
    args = ap.parse_args()
    if args.quick:
        args.recordings, args.segments, args.original_kb = 3, 5, 4
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        os.environ["RECORDROUTE_CONFIG"] = str(root / "settings.toml")
        ctx = AppContext.open(Settings(data_dir=root / "data"))
        build(ctx, args.recordings, args.segments, args.original_kb)
        first, _ = timed(export_vault, ctx.store, root / "vault")
        again, result = timed(export_vault, ctx.store, root / "vault")
        assert result.written == 0
        copy, _ = timed(shutil.copytree, root / "data", root / "copy")
        backup, info = timed(create_backup, ctx, root / "b.tar")
        verify, _ = timed(verify_backup, root / "b.tar")
        restore, _ = timed(restore_backup, root / "b.tar", root / "restored")
        ctx.close()
    print(
        f"{args.recordings} recordings × {args.segments} segments, {args.original_kb} KB originals; "
        f"archive {info.size / 1e6:.1f} MB, {len(info.files)} files"
    )
    print(f"vault: first {first:.2f} s, rerun {again:.2f} s  → rerun ÷ first {again / first:.2f}")
    print(f"backup {backup:.2f} s vs copytree {copy:.2f} s → {backup / copy:.2f}×")
    print(f"verify ÷ backup {verify / backup:.2f}, restore ÷ backup {restore / backup:.2f}")


if __name__ == "__main__":
    main()
