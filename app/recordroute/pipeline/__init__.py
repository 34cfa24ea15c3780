"""Jobs that chain the engines for one recording. Qt-free; shared by the CLI, the GUI and the API.

Importing the package registers the stages in pipeline order: ingest → transcribe → diarize → summarize → index.
"""

from . import diarization, indexing, reindex, stages, summaries  # noqa: F401  (registration side effects)
