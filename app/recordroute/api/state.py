"""What every route shares, as one object on `app.state.api`, and the dependency routes declare to get it:

@router.get("/api/thing")
def thing(state: StateDep) -> ...: ...
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from ..engines.slots import ModelKind
from ..pipeline.context import AppContext, embed_key
from ..pipeline.model_downloads import ModelDownloads
from ..pipeline.queue import JobQueue
from .config import ApiConfig
from .events import JobFeed
from .ops import Metrics
from .serving import Serving


@dataclass(eq=False)
class ApiState:
    ctx: AppContext
    token: str
    config: ApiConfig
    jobs: JobQueue  # the process's job queue (the desktop app's own when the API runs inside it)
    owns_queue: bool = False  # started and stopped with the API (`serve`); else its owner runs it
    metrics: Metrics = field(default_factory=Metrics)
    started: float = field(default_factory=time.monotonic)
    llm_models_cache: tuple[float, list[str]] | None = None  # (when, names) for /v1/models
    downloads: ModelDownloads = field(default_factory=ModelDownloads)  # /api/admin/models/download
    serving: Serving = field(init=False)
    events: JobFeed = field(init=False)

    def __post_init__(self) -> None:
        if not self.token:
            raise ValueError("the API needs a token (Settings.ensure_api_token())")
        self.serving = Serving(self.config, observe=self.metrics.observe_engine)
        self.events = JobFeed(self.jobs)
        self.metrics.bind(self)

    @classmethod
    def build(cls, ctx: AppContext, token: str, config: ApiConfig, job_queue: JobQueue | None) -> ApiState:
        """With `job_queue`, share it (the desktop app's); without, the API has its own, whose workers run
        when `config.run_jobs` is set."""
        if job_queue is not None:
            return cls(ctx, token, config, job_queue)
        return cls(ctx, token, config, JobQueue(ctx, workers=config.job_workers), owns_queue=True)

    def queued_jobs(self) -> int:
        return self.jobs.depth()

    # --- models (shared with the admin routes; idle ones are unloaded by the context's reaper) -----------------
    def unload_model(self, kind: str, name: str) -> bool:
        if kind == "stt":
            from ..engines.stt import MODEL_CACHE
            from ..engines.stt.models import canonical_name

            self.ctx.drop_model(self.ctx.stt_key(name))
            return MODEL_CACHE.unload(canonical_name(name))
        if kind == "embedding":
            from ..engines.embed import EMBED_CACHE

            self.ctx.drop_model(embed_key(name))
            for key in self.ctx.models.holding(
                ModelKind.EMBEDDING, name
            ):  # the pipeline's, if it is this one
                self.ctx.drop_model(key)
            self.serving.embed_cache.clear()
            return EMBED_CACHE.unload(name)
        return False

    def preload_stt(self) -> None:
        key = self.ctx.stt_key()
        with self.ctx.busy(key):
            self.ctx.stt().load()

    # --- lifecycle ------------------------------------------------------------------------------------------------
    def start(self) -> None:
        self.events.reopen()
        if self.config.preload_stt:
            self.serving.pool("stt").background(self.preload_stt)
        if self.owns_queue and self.config.run_jobs:
            self.jobs.start()

    def closing(self) -> None:
        """The server is about to stop: end event streams so in-flight requests can finish."""
        self.events.close()

    def stop(self) -> None:
        self.events.close()
        self.downloads.cancel_all()
        if self.owns_queue:
            self.jobs.stop()
        self.serving.stop()


def state_of(request: Request) -> ApiState:
    return request.app.state.api


StateDep = Annotated[ApiState, Depends(state_of)]
