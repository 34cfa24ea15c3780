"""Audio capture straight to disk (no Qt): microphones, system audio, and both at once (meeting mode).

A source delivers 16-bit PCM blocks from its own thread; a `Recorder` queues them and a writer thread appends
them to a WAV file whose header is patched about once a second, so a crash or power loss keeps everything
recorded up to the last second as a playable file (and `repair_wav` fixes the sizes of one cut short).
"""

from .loopback import (
    NoLoopbackDeviceError,
    WasapiLoopbackSource,
    describe,
    list_devices,
    microphone_source,
    system_source,
)
from .meeting import CHANNEL_NAMES, MeetingSource
from .pulse import PulseSource
from .recorder import MARKER_SUFFIX, CaptureEvent, Recorder, marker_path
from .sources import (
    BlockCallback,
    CaptureError,
    CaptureSource,
    DeviceLostError,
    ErrorCallback,
    FakeSource,
    InputDevice,
    NoInputDeviceError,
    SoundDeviceSource,
    WavFileSource,
    list_input_devices,
)
from .wav import SAMPLE_WIDTH, IncrementalWav, WavCheck, check_wav, repair_wav

__all__ = [
    "CHANNEL_NAMES",
    "MARKER_SUFFIX",
    "SAMPLE_WIDTH",
    "BlockCallback",
    "CaptureError",
    "CaptureEvent",
    "CaptureSource",
    "DeviceLostError",
    "ErrorCallback",
    "FakeSource",
    "IncrementalWav",
    "InputDevice",
    "MeetingSource",
    "NoInputDeviceError",
    "NoLoopbackDeviceError",
    "PulseSource",
    "Recorder",
    "SoundDeviceSource",
    "WasapiLoopbackSource",
    "WavCheck",
    "WavFileSource",
    "check_wav",
    "describe",
    "list_devices",
    "list_input_devices",
    "marker_path",
    "microphone_source",
    "repair_wav",
    "system_source",
]
