"""RecordRoute Desktop: local-first transcripts, minutes and search."""

import os as _os

__version__ = "0.1.0"

# No telemetry: huggingface_hub (imported later by faster-whisper and the model manager) otherwise fetches an
# "agent harness" registry from huggingface.co for its user agent, even when HF_ENDPOINT names a mirror. It reads
# this variable once, at import, so it is set before anything can import it.
_os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
