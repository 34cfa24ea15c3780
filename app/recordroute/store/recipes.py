"""Versioned outputs of the user's saved prompts ("recipes"), kept apart from the minutes."""

from __future__ import annotations

import builtins
import time
from dataclasses import dataclass

from ..errors import NotFoundError
from .db import Database, inserted_id


@dataclass(frozen=True)
class RecipeRun:
    id: int
    recording_id: int
    recipe: str
    version: int
    language: str
    backend: str
    model: str | None
    state: str
    created_at: float
    finished_at: float | None
    markdown: str | None
    error: str | None


class RecipeRuns:
    def __init__(self, db: Database) -> None:
        self.db = db

    def begin(self, rec_id: int, recipe: str, *, language: str, backend: str, model: str | None) -> int:
        with self.db.tx() as con:
            version = con.execute(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM recipe_runs WHERE recording_id = ? AND recipe = ?",
                (rec_id, recipe),
            ).fetchone()[0]
            cur = con.execute(
                "INSERT INTO recipe_runs (recording_id, recipe, version, language, backend, model, state, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, 'running', ?)",
                (rec_id, recipe, version, language, backend, model, time.time()),
            )
            return inserted_id(cur)

    def finish(
        self, run_id: int, *, state: str, markdown: str | None = None, error: str | None = None
    ) -> None:
        with self.db.tx() as con:
            con.execute(
                "UPDATE recipe_runs SET state = ?, markdown = ?, error = ?, finished_at = ? WHERE id = ?",
                (state, markdown, error, time.time(), run_id),
            )

    def get(self, run_id: int) -> RecipeRun:
        row = self.db.connection().execute("SELECT * FROM recipe_runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no recipe run {run_id}")
        return RecipeRun(**dict(row))

    def latest(self, rec_id: int, recipe: str) -> RecipeRun | None:
        row = (
            self.db.connection()
            .execute(
                "SELECT * FROM recipe_runs WHERE recording_id = ? AND recipe = ? AND state = 'complete' "
                "ORDER BY version DESC LIMIT 1",
                (rec_id, recipe),
            )
            .fetchone()
        )
        return RecipeRun(**dict(row)) if row else None

    def list(self, rec_id: int) -> builtins.list[RecipeRun]:
        rows = self.db.connection().execute(
            "SELECT * FROM recipe_runs WHERE recording_id = ? ORDER BY recipe, version DESC", (rec_id,)
        )
        return [RecipeRun(**dict(r)) for r in rows]
