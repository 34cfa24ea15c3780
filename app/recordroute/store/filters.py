"""Recording filters (kind, language, dates, trash) as SQL conditions shared by listing, keyword and semantic
search, so every path filters alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class ListFilter:
    text: str | None = None  # substring of title / source name
    kind: str | None = None
    language: str | None = None
    since: float | None = None
    until: float | None = None
    include_deleted: bool = False
    only_deleted: bool = False


def filter_conditions(
    *,
    alias: str = "",
    kind: str | None = None,
    language: str | None = None,
    since: float | None = None,
    until: float | None = None,
    deleted: str = "exclude",
) -> tuple[list[str], list[Any]]:
    """SQL conditions on recordings shared by listing, keyword and semantic search, so every path filters alike.

    Dates use the recording date when known, else the import date, so no document falls through a date filter.
    """
    p = f"{alias}." if alias else ""
    conds: list[str] = []
    args: list[Any] = []
    if deleted == "exclude":
        conds.append(f"{p}deleted_at IS NULL")
    elif deleted == "only":
        conds.append(f"{p}deleted_at IS NOT NULL")
    for column, value in (("kind", kind), ("language", language)):
        if value:
            conds.append(f"{p}{column} = ?")
            args.append(value)
    if since is not None:
        conds.append(f"COALESCE({p}recorded_at, {p}imported_at) >= ?")
        args.append(since)
    if until is not None:
        conds.append(f"COALESCE({p}recorded_at, {p}imported_at) < ?")
        args.append(until)
    return conds, args


def search_where(flt: ListFilter | None, alias: str = "r") -> tuple[str, list[Any]]:
    """One WHERE clause for search: the filter's kind, language and dates; trashed recordings never match."""
    flt = flt or ListFilter()
    conds, args = filter_conditions(
        alias=alias, kind=flt.kind, language=flt.language, since=flt.since, until=flt.until
    )
    return " AND ".join(conds), args
