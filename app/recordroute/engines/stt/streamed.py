"""Transcribe a recording block by block (engines.audio_stream), so memory stays flat however long it is.

Each block goes through `SttEngine.transcribe` as a file of its own would (VAD, windows, batching, guards), and
its segments are moved to the block's place in the file. What keeps the result that of one pass over the
whole file:

- Language: detected on the first block that has speech, then fixed for the rest (one pass detects once).
- Batching: decided on the whole file's duration, not a block's, so a short last block decodes like the rest.
- Cuts: blocks end at the quietest 0.1 s near their nominal end (audio_stream.quiet_cut), between words.
- Clean-up: the joined segments are cleaned again as a whole, as one pass does across its windows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from ...progress import CancelToken, Progress, ProgressCallback
from ..audio_stream import Block
from ..memory import release_freed_memory
from .collect import clean_segments
from .data import Segment, SttOptions, Transcript, Word
from .transcriber import SttEngine


def _shift(segment: Segment, offset: float) -> Segment:
    words = [Word(w.start + offset, w.end + offset, w.word, w.probability) for w in segment.words]
    # replace() keeps the rest (confidence, flag, decode scores)
    return replace(segment, start=segment.t0 + offset, end=segment.t1 + offset, words=words)


def _block_progress(report: ProgressCallback, block: Block, duration: float) -> ProgressCallback:
    """A block's progress as a share of the whole file (duration from the probe; 0 = unknown)."""

    def forward(p: Progress) -> None:
        if p.stage != "transcribe":
            return
        if duration <= 0:
            report(Progress("transcribe", 0.0, p.message))
            return
        done = min(0.99, (block.start + p.fraction * block.duration) / duration)
        report(Progress("transcribe", done, p.message))

    return forward


def transcribe_blocks(
    engine: SttEngine,
    blocks: Iterable[Block],
    options: SttOptions | None = None,
    *,
    duration: float = 0.0,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    on_segment: Callable[[Segment], None] | None = None,
) -> Transcript:
    """One Transcript for consecutive `blocks` of a file whose probed length is `duration` seconds."""
    options = options or SttOptions()
    report = progress or (lambda _p: None)
    if duration >= options.batch_min_seconds:
        options = replace(options, batch_min_seconds=0.0)  # the whole file decides, not each block
    segments: list[Segment] = []
    flagged: list[Segment] = []  # speech kept hidden as not recognised reliably (see guards.judge)
    speech: float | None = 0.0
    language, probability = "", 0.0
    dropped = 0
    recovered = 0.0  # each block recovers its own gaps (recovery.py), so no block is held past its turn
    end = 0.0
    segments_seen = False
    model = engine.model_name
    for block in blocks:
        if cancel is not None:
            cancel.raise_if_cancelled()
        shifted = None if on_segment is None else (lambda s, o=block.start: on_segment(_shift(s, o)))
        part = engine.transcribe(
            block.samples,
            options,
            progress=_block_progress(report, block, duration),
            cancel=cancel,
            on_segment=shifted,
        )
        segments.extend(_shift(s, block.start) for s in part.segments)
        flagged.extend(_shift(s, block.start) for s in part.flagged)
        speech = None if speech is None or part.speech_seconds is None else speech + part.speech_seconds
        dropped += part.dropped
        recovered += part.recovered_seconds
        model = part.model
        end = block.end
        if not segments_seen and part.language:
            language, probability = part.language, part.language_probability  # silent so far: a guess
        if not segments_seen and part.language and part.segments:
            segments_seen = True
            if options.language in (None, "", "auto"):
                options = replace(options, language=language)  # one language for the whole file
        release_freed_memory()  # or the heap keeps each block's buffers and grows with the file
    report(Progress("transcribe", 1.0, "done", 0.0))
    return Transcript(
        segments=clean_segments(segments, options),
        language=language,
        language_probability=probability,
        duration=end,
        model=model,
        task=options.task,
        dropped=dropped,
        flagged=flagged,
        speech_seconds=speech,
        recovered_seconds=recovered,
    )
