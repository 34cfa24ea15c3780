"""Every error code that can reach a person: the codes of RecordRouteError and all its subclasses (from every
layer that defines some) plus the codes set without an exception class."""

from __future__ import annotations

import importlib

# Modules that define RecordRouteError subclasses (errors reaching the window from any layer).
ERROR_MODULES = (
    "recordroute.errors",
    "recordroute.engines.models.check",
    "recordroute.engines.models.hub",
    "recordroute.engines.capture.sources",
    "recordroute.engines.capture.loopback",
    "recordroute.engines.stt.models",
    "recordroute.pipeline.backup",
    "recordroute.pipeline.model_manager",
    "recordroute.api.server",
    "recordroute.safepaths",
    "recordroute.engines.caldav_fetch",
)
# Codes set without an exception class: the runner's crash and memory codes, triage's rejections.
EXTRA_CODES = ("internal", "memory", "too_many_files", "unreadable", "same_in_batch")


def error_codes() -> set[str]:
    for name in ERROR_MODULES:
        importlib.import_module(name)
    from recordroute.errors import RecordRouteError

    codes = {RecordRouteError.code}
    stack: list[type[RecordRouteError]] = [RecordRouteError]
    while stack:
        for sub in stack.pop().__subclasses__():
            codes.add(sub.code)
            stack.append(sub)
    return codes | set(EXTRA_CODES)
