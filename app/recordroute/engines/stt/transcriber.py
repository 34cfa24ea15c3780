"""Speech to text with faster-whisper: warm models, progress with ETA, sub-second cancel, clean-up rules.

English-only models (tiny.en): a forced non-English language or the translate task raises
ModelCapabilityError before any decoding. Whisper itself would silently transcribe as English, which turns
Korean speech into confident English nonsense; an error the user can act on is better. Language "auto" with an
English-only model simply reports "en".
"""

from __future__ import annotations

import concurrent.futures
import functools
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

import numpy as np

from ...errors import InputError, NoAudioError
from ...progress import CancelToken, Progress, ProgressCallback
from ...vocab import Task
from ..memory import tune_allocator
from .batched import BatchedDecoder, Layout, batch_size_for, plan_windows
from .cache import MODEL_CACHE, ModelCache, pick_device, replica_plan
from .collect import POLL_SECONDS, Run, clean_segments, collect, keep_speech, send_segments
from .data import Segment, SttOptions, Transcript, Word
from .decoding import DECODE_DEFAULTS, build_initial_prompt, decode_kwargs, temperatures
from .languages import mixed_prompt, normalise_languages, pick_language
from .models import ModelCapabilityError, ResolvedModel, resolve_model
from .recovery import gap_kwargs, merge
from .recovery import work as recover_work
from .workers import drain, follow, started, wait_drained

if TYPE_CHECKING:
    from faster_whisper import WhisperModel

log = logging.getLogger(__name__)

SAMPLE_RATE = 16_000
_LOADER = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="recordroute-model-loader")
_worker_ids = itertools.count(1)


def _as_audio(audio: np.ndarray) -> np.ndarray:
    if not isinstance(audio, np.ndarray):
        raise TypeError(
            "SttEngine.transcribe takes 16 kHz mono float32 samples (decode files with engines.audio)"
        )
    audio = np.squeeze(audio)
    if audio.ndim != 1:
        raise ValueError(f"expected mono audio, got shape {audio.shape}")
    if audio.size == 0:
        raise NoAudioError.said("no_audio_samples")
    return audio.astype(np.float32, copy=False)


def _batched_info(kwargs: dict[str, Any], layout: Layout, vad: bool) -> SimpleNamespace:
    """What faster-whisper's TranscriptionInfo tells collect() sequentially: the language (a detected one was
    sent already and wins), and the speech the VAD kept (the packed audio), so keep_speech need not run the
    VAD again."""
    return SimpleNamespace(
        language=kwargs["language"] or "",
        language_probability=1.0,
        duration_after_vad=layout.seconds if vad else None,
    )


class SttEngine:
    """Transcribes audio arrays. Cheap to create: the model is resolved and loaded on first use and kept in
    `cache` (shared by default), so consecutive files reuse the warm model."""

    def __init__(
        self,
        model: str = "base",
        *,
        model_dir: Path | None = None,
        device: str = "auto",
        cache: ModelCache = MODEL_CACHE,
        cpu_threads: int = 0,
    ) -> None:
        tune_allocator()  # before the decoders' threads allocate (engines/memory.py)
        self.model_name = model
        self.model_dir = model_dir
        self.device, self.compute_type = pick_device(device)
        self.cpu_threads = cpu_threads
        self.cache = cache
        self._resolved: ResolvedModel | None = None
        self._resolve_lock = threading.Lock()

    @property
    def resolved(self) -> ResolvedModel:
        with self._resolve_lock:
            if self._resolved is None:
                self._resolved = resolve_model(self.model_name, model_dir=self.model_dir)
            return self._resolved

    def load(self) -> WhisperModel:
        """Resolve and load the model now (e.g. at app start) so the first file does not pay for it."""
        return self.cache.get(self.resolved, self.device, self.compute_type, self.cpu_threads)

    def load_batched(self) -> WhisperModel:
        """The model batched decoding runs on: on a CPU, a second load with replicas (cache.replica_plan), which
        decode batches side by side; elsewhere the ordinary model."""
        weights = Path(self.resolved.path_or_name) / "model.bin"
        size = weights.stat().st_size if weights.is_file() else 0
        workers, threads = replica_plan(self.device, self.cpu_threads, model_bytes=size)
        if workers <= 1:
            return self.load()
        return self.cache.get(self.resolved, self.device, self.compute_type, threads, workers)

    def which_model(self) -> str | None:
        """The name of the model this engine uses, once resolved (None before the first load)."""
        with self._resolve_lock:
            return self._resolved.name if self._resolved is not None else None

    def is_loaded(self) -> bool:
        """True once the model is in memory (in this engine's cache, or the shared one)."""
        name = self.which_model()
        return name is not None and bool(self.cache.models_named(name))

    def release(self) -> list[WhisperModel]:
        """Forget the loaded model in this engine's cache and the shared one (it reloads on next use);
        returns the models that were loaded, so a caller can check nothing else still holds them."""
        name = self.which_model()
        if name is None:
            return []
        released: list[WhisperModel] = []
        for cache in {id(c): c for c in (MODEL_CACHE, self.cache)}.values():
            released += cache.models_named(name)
            cache.unload(name)
        return released

    def detect_language(self, audio: np.ndarray) -> list[tuple[str, float]]:
        """All languages with probabilities, most likely first (first 30 s); [("en", 1.0)] if English-only."""
        language, prob, all_probs = self.load().detect_language(_as_audio(audio))
        return [(str(lang), float(p)) for lang, p in (all_probs or [(language, prob)])]

    def check_options(self, model: WhisperModel, options: SttOptions) -> None:
        language = decode_kwargs(options)["language"]
        if options.task not in tuple(Task):
            raise InputError.said("unknown_task", task=options.task)
        if not model.model.is_multilingual:
            if options.task == Task.TRANSLATE:
                raise ModelCapabilityError.said("english_only_cannot_translate", name=self.resolved.name)
            if language not in (None, "en"):
                raise ModelCapabilityError.said(
                    "english_only_cannot_transcribe", name=self.resolved.name, language=language
                )
        elif language is not None and language not in model.supported_languages:
            raise InputError.said("unknown_language_code", language=language)

    def _load_cancellable(self, cancel: CancelToken | None, batched: bool = False) -> None:
        """Load on one long-lived thread: a model loaded on a short-lived worker thread made later
        transcriptions erratically slow (CTranslate2 keeps per-thread state); cancel still acts while waiting."""
        future = _LOADER.submit(self.load_batched if batched else self.load)
        while True:
            try:
                future.result(timeout=POLL_SECONDS)
                return
            except concurrent.futures.TimeoutError:
                if cancel is not None:
                    cancel.raise_if_cancelled()

    def batch_size(self, options: SttOptions, duration: float) -> int:
        """Windows decoded together for `duration` seconds of audio (0: one at a time)."""
        if duration < options.batch_min_seconds:
            return 0
        return batch_size_for(options.batch_size, self.device)

    def transcribe(
        self,
        audio: np.ndarray,
        options: SttOptions | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelToken | None = None,
        on_segment: Callable[[Segment], None] | None = None,
    ) -> Transcript:
        """Transcribe (or translate) `audio`, 16 kHz mono float32.

        `on_segment` sees each cleaned segment as soon as Whisper finishes its window (or batch of windows);
        the returned Transcript is cleaned again as a whole (identical neighbours across windows get merged).
        Raises Cancelled within ~0.2 s of `cancel` firing, even mid-window or mid-batch.
        """
        options = options or SttOptions()
        if cancel is not None:
            cancel.raise_if_cancelled()
        audio = _as_audio(audio)
        duration = audio.shape[0] / SAMPLE_RATE
        report = progress or (lambda _p: None)
        report(Progress("transcribe", 0.0, "loading the speech model"))
        batch = self.batch_size(options, duration)
        self._load_cancellable(cancel)
        if batch > 0:
            self._load_cancellable(cancel, batched=True)
        model = self.load()
        wait_drained(model, cancel, report)

        stop = threading.Event()
        inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
        orders: queue.Queue[Callable[[], None] | None] = queue.Queue()
        worker = threading.Thread(
            target=self._work,
            args=(audio, options, batch, inbox, stop, orders),
            name=f"recordroute-stt-{next(_worker_ids)}",
            daemon=True,  # a cancelled window finishes in the background; exit waits for it (workers.py)
        )
        worker.start()
        started(worker, stop)
        try:
            run = collect(inbox, options, duration, report, cancel, on_segment)
        except BaseException:
            stop.set()  # the worker drops whatever it produces from now on
            drain(model, worker)
            raise
        recovered = 0.0
        if options.recover:
            recovered = self._recover(model, audio, options, run, report, cancel, (worker, orders, stop))
        segments = clean_segments(run.raw, options)
        flagged, speech_seconds = keep_speech(run, audio, options)
        run.dropped += len(run.flagged) - len(flagged)
        report(Progress("transcribe", 1.0, "done", 0.0))
        language, probability = run.picked or run.detected or ("", 0.0)
        return Transcript(
            segments=segments,
            language=language,
            language_probability=probability,
            duration=duration,
            model=self.resolved.name,
            task=options.task,
            dropped=run.dropped,
            flagged=flagged,
            speech_seconds=speech_seconds,
            recovered_seconds=recovered,
        )

    def _recover(
        self,
        model: WhisperModel,
        audio: np.ndarray,
        options: SttOptions,
        run: Run,
        report: ProgressCallback,
        cancel: CancelToken | None,
        worker: tuple[threading.Thread, queue.Queue[Callable[[], None] | None], threading.Event],
    ) -> float:
        """Decode again, alone, the speech no segment covers (recovery.py); returns the seconds recovered.
        On the first pass's worker thread (`worker`: it, its orders, its stop flag), so cancel acts within
        POLL_SECONDS."""
        language = (run.picked or run.detected or ("", 0.0))[0] or None
        kwargs = decode_kwargs(options)
        if options.mixed_ko_en and not options.initial_prompt and language:
            kwargs["initial_prompt"] = mixed_prompt(language, kwargs["initial_prompt"])
        thread, orders, stop = worker
        inbox: queue.Queue[tuple[str, Any]] = queue.Queue()
        segments = [*run.raw, *run.flagged]
        by_words = options.task != Task.TRANSLATE
        job = functools.partial(
            recover_work, model, audio, segments, gap_kwargs(kwargs, language), inbox, stop, by_words
        )
        told = Progress("transcribe", 0.99, "recovering skipped speech")
        report(told)
        orders.put(job)
        try:
            # recovered segments come out of time order: the live view gets none, the transcript all of them
            extra = collect(
                inbox, options, audio.shape[0] / SAMPLE_RATE, lambda _p: report(told), cancel, None
            )
        except BaseException:
            stop.set()
            drain(model, thread)
            raise
        return merge(run, extra)

    def _decode_args(
        self,
        model: WhisperModel,
        audio: np.ndarray,
        options: SttOptions,
        inbox: queue.Queue,
        layout: Layout | None = None,
    ) -> dict[str, Any]:
        """decode_kwargs plus language control: with auto-detect and a list of languages (or the mixed
        Korean-English prompt, which needs to know the language), detect first and pick among them. Batched
        decoding (`layout` planned) always detects first, so that every batch decodes in the same language,
        and on the first 30 s of speech it found: the VAD has run already."""
        kwargs = decode_kwargs(options)
        allowed = normalise_languages(options.languages)
        multilingual = model.model.is_multilingual
        batched = layout is not None
        if kwargs["language"] is None and (batched or (multilingual and (allowed or options.mixed_ko_en))):
            if not multilingual:
                language, probability = "en", 1.0
            else:
                probs = self._language_probs(model, audio, options, layout)
                language, probability = pick_language(probs, allowed)
            kwargs["language"] = language
            inbox.put(("language", (language, probability)))
        if options.mixed_ko_en and not options.initial_prompt:
            kwargs["initial_prompt"] = mixed_prompt(kwargs["language"], kwargs["initial_prompt"])
        return kwargs

    @staticmethod
    def _language_probs(
        model: WhisperModel, audio: np.ndarray, options: SttOptions, layout: Layout | None
    ) -> list[tuple[str, float]]:
        if layout is not None and layout.seconds > 0:
            return list(model.detect_language(layout.first())[2])
        try:
            return list(model.detect_language(audio, vad_filter=options.vad)[2])
        except (ValueError, RuntimeError, IndexError):  # VAD found no speech: score the raw audio
            return list(model.detect_language(audio)[2])

    def _work(
        self,
        audio: np.ndarray,
        options: SttOptions,
        batch: int,
        inbox: queue.Queue,
        stop: threading.Event,
        orders: queue.Queue[Callable[[], None] | None],
    ) -> None:
        """Worker thread: load, decode, and pass segments on until done or told to stop.

        faster-whisper only yields after each ~30 s window (batched: after each batch), so the caller waits on
        the queue with a timeout instead of on the generator. Between windows (batches) the stop flag is
        checked and the generator closed, so a cancelled job costs at most one more window (batch) of CPU,
        during which the next transcription on this model waits (see workers.wait_drained).
        """
        generator = None
        try:
            model = self.load()
            self.check_options(model, options)
            if stop.is_set():
                return
            layout = Layout(audio, plan_windows(audio, options.vad)) if batch > 0 else None
            kwargs = self._decode_args(model, audio, options, inbox, layout)
            if layout is not None:
                decoder = BatchedDecoder(self.load_batched(), audio, kwargs, batch, stop, layout)
                log.info("batched decoding: %d windows, %d at a time", len(decoder.windows), batch)
                generator = decoder.segments()
                inbox.put(("info", _batched_info(kwargs, layout, options.vad)))
            else:
                generator, info = model.transcribe(audio, **kwargs)
                inbox.put(("info", info))
            if stop.is_set():  # before the first window, the costly part
                return
            send_segments(generator, inbox, stop)
        except BaseException as exc:  # handed to the calling thread, which raises it
            if not stop.is_set():
                inbox.put(("error", exc))
        finally:
            close = getattr(generator, "close", None)
            if close is not None:
                close()
        if options.recover:
            follow(orders, stop)


__all__ = [
    "DECODE_DEFAULTS",
    "Segment",
    "SttEngine",
    "SttOptions",
    "Transcript",
    "Word",
    "build_initial_prompt",
    "decode_kwargs",
    "temperatures",
]
