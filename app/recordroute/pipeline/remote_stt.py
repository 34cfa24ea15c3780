"""Speech-to-text for a job: on the configured remote server when `stt_remote_url` is set, else here.

When the server fails (down, dropped mid-answer, nonsense), `stt_remote_fallback` decides: transcribe here and
say so (the recording's event log and the job's progress carry the note), or fail the job with the server's
error. Either way nothing partial is stored: the stage writes segments only after a whole transcript exists.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..engines.stt.data import SttOptions, Transcript
from ..errors import RemoteEngineError
from ..messages.notice import Notice
from ..progress import Progress
from .stages import StageRun

log = logging.getLogger(__name__)
REMOTE_FALLBACK = "remote_stt_fallback"


def remote_transcriber(settings: Any, model: str) -> Any:
    from ..engines.stt.remote import RemoteTranscriber

    return RemoteTranscriber(
        settings.stt_remote_url, api_key=settings.stt_remote_key, model=settings.stt_remote_model or model
    )


def transcribe(
    run: StageRun, media: Path, model: str, options: SttOptions
) -> tuple[Transcript, float | None]:
    """(transcript, audio duration) for the file at `media`."""
    settings = run.ctx.settings
    if settings.stt_remote_url:
        remote = remote_transcriber(settings, model)
        try:
            transcript = remote.transcribe_file(media, options, progress=run.progress, cancel=run.cancel)
            return transcript, transcript.duration
        except RemoteEngineError as exc:
            if not settings.stt_remote_fallback:
                raise
            # English in the event log; a face reads it back as its notice (cli/process_report.py)
            note = Notice(REMOTE_FALLBACK, {"reason": exc.message}).english()
            log.warning(note)
            run.ctx.store.recordings.log(
                run.recording_id, note, level="warning", stage="transcribe", job_id=run.job.id
            )
            running = Notice("remote_stt_fallback_progress", {"server": remote.label}).english()
            run.progress(Progress("transcribe", 0.0, running))
    return _local(run, media, model, options)


def _local(run: StageRun, media: Path, model: str, options: SttOptions) -> tuple[Transcript, float | None]:
    """Decoded and transcribed block by block through the shared step (transcriptions.transcribe_media)."""
    from .transcriptions import transcribe_media

    transcript = transcribe_media(run.ctx, model, media, options, progress=run.progress, cancel=run.cancel)
    return transcript, transcript.duration
