"""The recording viewer: summary, transcript (with playback) and details tabs."""

from .pane import ViewerPane

__all__ = ["ViewerPane"]
