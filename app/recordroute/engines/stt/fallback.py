"""Deterministic temperature fallback.

Whisper's fallback decodes a failed window again at temperatures 0.2 ... 1.0 by random sampling. CTranslate2
samples with a random generator owned by the model's worker thread, seeded once when that thread first
samples: `ctranslate2.set_random_seed` does not reset it, so the same audio gave different text from run to
run (and, now and then, kept a few invented words on noise). Here every sampling request becomes beam search
that is pushed further away from repetition as the temperature rises: the fallback still finds a different
reading of a window that looped or was unsure, and the same audio always gives the same transcript.
"""

from __future__ import annotations

from typing import Any

# At fallback temperature T: repetition penalty 1 + T * REPETITION_PER_DEGREE, and no n-gram of
# NO_REPEAT_NGRAM tokens twice (the loops the compression-ratio check catches).
REPETITION_PER_DEGREE = 0.5
NO_REPEAT_NGRAM = 3


def deterministic_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """CTranslate2 `generate` arguments with random sampling replaced by penalised beam search."""
    temperature = float(kwargs.get("sampling_temperature", 1.0))
    if int(kwargs.get("sampling_topk", 1)) == 1 or temperature <= 0.0:
        return kwargs  # already deterministic (greedy or beam search)
    out = dict(kwargs)
    hypotheses = int(out.pop("num_hypotheses", 1))
    out["sampling_topk"] = 1
    out["sampling_temperature"] = 1.0
    out["beam_size"] = max(2, hypotheses, int(kwargs.get("beam_size", 1)))
    out["num_hypotheses"] = 1
    out["repetition_penalty"] = max(
        float(kwargs.get("repetition_penalty", 1.0)), 1.0 + temperature * REPETITION_PER_DEGREE
    )
    out["no_repeat_ngram_size"] = int(kwargs.get("no_repeat_ngram_size", 0)) or NO_REPEAT_NGRAM
    return out


class DeterministicWhisper:
    """Wraps a `ctranslate2.models.Whisper`: `generate` never samples; everything else passes through."""

    def __init__(self, model: Any) -> None:
        self._model = model

    def generate(self, *args: Any, **kwargs: Any) -> Any:
        return self._model.generate(*args, **deterministic_kwargs(kwargs))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


def make_deterministic(whisper_model: Any) -> Any:
    """Wrap the CTranslate2 model inside a faster-whisper `WhisperModel` (once) and return the WhisperModel."""
    if not isinstance(whisper_model.model, DeterministicWhisper):
        whisper_model.model = DeterministicWhisper(whisper_model.model)
    return whisper_model
