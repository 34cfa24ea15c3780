"""RecordRoute Desktop: local-first transcripts, minutes and search."""

__version__ = "0.1.0"
