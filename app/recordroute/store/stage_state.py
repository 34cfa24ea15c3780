"""A recording's per-stage status (`recordings.<stage>_state`), written in one place.

Every store module that changes a stage's status (summaries, transcripts, speakers, the index marks) and the
pipeline's stages go through `write_stage_state`, so the columns, the vocabulary (`vocab.StageState`) and the
"only if it is still ..." guards are spelled once.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..vocab import StageState
from .models import Recording

# The stages that keep a status on the recording (ingest has none): every `<stage>_state` field of Recording.
STAGE_STATE_COLUMNS = tuple(name for name in Recording.__dataclass_fields__ if name.endswith("_state"))


def write_stage_state(
    con: sqlite3.Connection,
    rec_id: int,
    stage: str,
    state: StageState | str,
    *,
    only_from: StageState | None = None,
    **also: Any,
) -> bool:
    """Set `stage`'s status on recording `rec_id` (with the extra columns `also`, e.g. index_model); with
    `only_from`, only while the status is still that one. Returns whether a row changed; a stage without a
    status column changes nothing."""
    column = f"{stage}_state"
    if column not in STAGE_STATE_COLUMNS:
        return False
    sets = ", ".join([f"{column} = ?", *(f"{k} = ?" for k in also)])
    where = f"id = ? AND {column} = ?" if only_from is not None else "id = ?"
    args: list[Any] = [str(state), *also.values(), rec_id]
    if only_from is not None:
        args.append(str(only_from))
    return con.execute(f"UPDATE recordings SET {sets} WHERE {where}", args).rowcount > 0
