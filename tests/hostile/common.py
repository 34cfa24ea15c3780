"""Helpers shared by the hostile surface cases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

LIVE = "![b](http://attacker.example/b.png) [x](https://attacker.example/)"


def _ctx(work: Path) -> Any:
    from recordroute.pipeline.context import AppContext
    from recordroute.settings import Settings

    return AppContext.open(Settings(data_dir=work / "data", stt_model="tiny.en", llm_backend="extractive"))


def _recording(ctx: Any, title: str = "Weekly planning", texts: list[str] | None = None) -> int:
    from tests.helpers.library import add_recording

    return int(add_recording(ctx, title=title, texts=texts, minutes=f"## Decisions\n- {LIVE}"))


def _refusal(call: Callable[[], object], *codes: str) -> str:
    from recordroute.errors import RecordRouteError

    try:
        call()
    except RecordRouteError as exc:
        assert not codes or exc.code in codes, f"wrong code {exc.code}: {exc.message}"
        assert len(exc.user_text()) < 2000, f"{len(exc.user_text())}-character message"
        return f"refused ({exc.code}): {exc.message[:150]}"
    raise AssertionError("accepted")
