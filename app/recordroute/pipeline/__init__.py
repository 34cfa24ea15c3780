"""Jobs that chain the engines for one recording. Qt-free; shared by the CLI, the GUI and the API.

Importing the package registers the stages in pipeline order: ingest → transcribe → summarize → index.
"""

from . import indexing, stages, summaries  # noqa: F401  (registration side effects)
