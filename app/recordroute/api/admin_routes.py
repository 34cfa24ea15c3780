"""/api/admin/models: which models exist, which are loaded, load and unload them (idle ones are unloaded by the
context's reaper after `settings.model_idle_ttl`). Downloads, delete and verify: models_routes.py."""

from __future__ import annotations

import time

from fastapi import APIRouter

from ..engines.slots import ModelKind, SlotKey
from ..pipeline.context import AppContext, embed_key
from .openai_audio import check_model_name
from .schemas import AdminModel, AdminModelList, ModelAction, ModelActionResult
from .state import ApiState, StateDep


def _idle(ctx: AppContext, keys: list[SlotKey]) -> float | None:
    """Seconds since the most recent use of any of the context's slots `keys` (None: not loaded there)."""
    idle = [t for t in (ctx.idle_seconds(k) for k in keys) if t is not None]
    return min(idle) if idle else None


def _stt_keys(ctx: AppContext, name: str) -> list[SlotKey]:
    """The context's speech slots holding `name` (a slot is keyed by the name it was asked for)."""
    return [ctx.stt_key(name), *ctx.models.holding(ModelKind.SPEECH, name)]


def _embed_keys(ctx: AppContext, name: str) -> list[SlotKey]:
    return [embed_key(name), *ctx.models.holding(ModelKind.EMBEDDING, name)]


def list_admin_models(state: ApiState) -> AdminModelList:
    from ..engines.embed import EMBED_CACHE, list_embed_models
    from ..engines.stt import MODEL_CACHE, list_available_models

    ctx = state.ctx
    loaded_stt = set(MODEL_CACHE.loaded())
    items = [
        AdminModel(
            type="stt",
            name=m.name,
            loaded=m.name in loaded_stt,
            source=m.source,
            idle_seconds=_idle(ctx, _stt_keys(ctx, m.name)),
        )
        for m in list_available_models(ctx.settings.model_dir)
    ]
    loaded_embed = set(EMBED_CACHE.names())
    for spec in list_embed_models(ctx.settings.model_dir):
        items.append(
            AdminModel(
                type="embedding",
                name=spec.name,
                loaded=spec.name in loaded_embed,
                source=spec.source,
                idle_seconds=_idle(ctx, _embed_keys(ctx, spec.name)),
            )
        )
    return AdminModelList(items=items, idle_ttl=ctx.idle_ttl)


def load_model(state: ApiState, kind: str, name: str) -> ModelActionResult:
    t0 = time.perf_counter()
    ctx, s = state.ctx, state.ctx.settings
    if kind == "stt":
        from ..engines.stt import resolve_model

        resolved = resolve_model(name, model_dir=s.model_dir)  # ModelNotFoundError -> 404
        with ctx.busy(ctx.stt_key(name)):  # the slot's idle clock starts when the load ends
            ctx.stt(name).load()
        label = resolved.name
    else:
        from ..engines.embed import get_embedder

        embedder = get_embedder(name, model_dir=s.model_dir, backend=s.embed_backend, host=s.ollama_host)
        label = embedder.name
        ctx.model(embed_key(label), lambda: embedder)  # tracked by the context's idle reaper
    return ModelActionResult(
        type=kind,  # type: ignore[arg-type]
        name=label,
        loaded=True,
        seconds=round(time.perf_counter() - t0, 3),
    )


router = APIRouter(prefix="/api/admin", tags=["admin"])


@router.get("/models", response_model=AdminModelList, summary="Speech and embedding models, loaded or not")
def models(state: StateDep) -> AdminModelList:
    return list_admin_models(state)


@router.post("/models/load", response_model=ModelActionResult, summary="Load a model now (keeps it warm)")
async def load(body: ModelAction, state: StateDep) -> ModelActionResult:
    check_model_name(body.name, "name")
    pool = state.serving.pool("stt" if body.type == "stt" else "embed")
    return await pool.run(load_model, state, body.type, body.name)


@router.post("/models/unload", response_model=ModelActionResult, summary="Unload a model (frees its memory)")
def unload(body: ModelAction, state: StateDep) -> ModelActionResult:
    check_model_name(body.name, "name")
    state.unload_model(body.type, body.name)
    return ModelActionResult(type=body.type, name=body.name, loaded=False)
