"""/api/admin/models: which models exist, which are loaded, load and unload them (idle ones unload by TTL)."""

from __future__ import annotations

import time

from fastapi import APIRouter

from .openai_audio import check_model_name
from .schemas import AdminModel, AdminModelList, ModelAction, ModelActionResult
from .state import ApiState, StateDep


def list_admin_models(state: ApiState) -> AdminModelList:
    from ..engines.embed import EMBED_CACHE, list_embed_models
    from ..engines.stt import MODEL_CACHE, list_available_models

    tracker = state.serving.models
    loaded_stt = set(MODEL_CACHE.loaded())
    items = [
        AdminModel(type="stt", name=m.name, loaded=m.name in loaded_stt, source=m.source,
                   idle_seconds=tracker.last_used("stt", m.name))
        for m in list_available_models(state.ctx.settings.model_dir)
    ]
    any_embedder = len(EMBED_CACHE) > 0
    for spec in list_embed_models(state.ctx.settings.model_dir):
        idle = tracker.last_used("embedding", spec.name)
        items.append(AdminModel(type="embedding", name=spec.name, loaded=any_embedder and idle is not None,
                                source=spec.source, idle_seconds=idle))
    return AdminModelList(items=items, idle_ttl=state.config.model_idle_ttl)


def load_model(state: ApiState, kind: str, name: str) -> ModelActionResult:
    t0 = time.perf_counter()
    s = state.ctx.settings
    if kind == "stt":
        from ..engines.stt import resolve_model

        resolved = resolve_model(name, model_dir=s.model_dir)  # ModelNotFoundError -> 404
        state.ctx.stt(name).load()
        label = resolved.name
        state.serving.models.touch("stt", label)
    else:
        from ..engines.embed import get_embedder

        embedder = get_embedder(name, model_dir=s.model_dir, backend=s.embed_backend, host=s.ollama_host)
        label = embedder.name
        state.serving.models.touch("embedding", label)
    return ModelActionResult(type=kind, name=label, loaded=True,  # type: ignore[arg-type]
                             seconds=round(time.perf_counter() - t0, 3))


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
    state.serving.models.forget(body.type, body.name)
    return ModelActionResult(type=body.type, name=body.name, loaded=False)
