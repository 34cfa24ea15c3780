"""Build test media and documents on the fly (PyAV, reportlab, pypdf, espeak-ng). No system ffmpeg.

Every builder writes to the path it is given and returns it, so tests can keep generated files in tmp_path.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np

# fmt -> (container format, audio codec, sample rate, layout, default: add a video stream, video codec)
_FORMATS: dict[str, tuple[str, str, int, str, bool, str]] = {
    "wav": ("wav", "pcm_s16le", 16000, "mono", False, ""),
    "mp3": ("mp3", "libmp3lame", 16000, "mono", False, ""),
    "m4a": ("ipod", "aac", 44100, "mono", False, ""),
    "aac": ("adts", "aac", 22050, "mono", False, ""),
    "flac": ("flac", "flac", 16000, "mono", False, ""),
    "ogg": ("ogg", "vorbis", 44100, "stereo", False, ""),  # ffmpeg's native vorbis encoder is stereo-only
    "opus": ("opus", "libopus", 48000, "mono", False, ""),
    "webm": ("webm", "libopus", 48000, "stereo", False, ""),
    "mp4": ("mp4", "aac", 44100, "stereo", True, "libx264"),
    "mkv": ("matroska", "libopus", 48000, "mono", True, "libx264"),
    "mov": ("mov", "aac", 32000, "mono", True, "mpeg4"),
}
CONTAINER_FORMATS: tuple[str, ...] = tuple(_FORMATS)

_VIDEO_SIZE = 64
_VIDEO_FPS = 5


class EspeakMissing(RuntimeError):
    """espeak-ng is not installed; tests that need synthetic speech should skip."""


def read_wav_mono(src: Path) -> tuple[np.ndarray, int]:
    """Int16 mono samples and rate of a PCM wav (downmixes stereo)."""
    with wave.open(str(src), "rb") as w:
        rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
        raw = w.readframes(w.getnframes())
    if width != 2:
        raise ValueError(f"{src}: only 16-bit wav is supported here")
    data = np.frombuffer(raw, dtype="<i2").reshape(-1, channels)
    return data.mean(axis=1).astype(np.int16), rate


def write_wav(dst: Path, samples: np.ndarray, rate: int = 16000) -> Path:
    """Write mono samples (int16, or float in -1..1) as a 16-bit PCM wav."""
    if samples.dtype != np.int16:
        samples = (np.clip(samples, -1.0, 1.0) * 32767).astype(np.int16)
    dst.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(dst), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(samples.astype("<i2").tobytes())
    return dst


def make_tiled_wav(src_wav: Path, dst: Path, seconds: float) -> Path:
    """Repeat the fixture's speech until `seconds` long (long inputs without a long encode)."""
    samples, rate = read_wav_mono(src_wav)
    need = int(seconds * rate)
    reps = -(-need // len(samples))
    return write_wav(dst, np.tile(samples, reps)[:need], rate)


def _add_video(out: av.container.OutputContainer, codec: str) -> av.VideoStream:
    stream = out.add_stream(codec, rate=_VIDEO_FPS)
    stream.width = stream.height = _VIDEO_SIZE
    stream.pix_fmt = "yuv420p"
    return stream


def _video_frame(index: int) -> av.VideoFrame:
    frame = av.VideoFrame.from_ndarray(
        np.zeros((_VIDEO_SIZE, _VIDEO_SIZE, 3), dtype=np.uint8), format="rgb24"
    )
    frame.pts = index
    frame.time_base = Fraction(1, _VIDEO_FPS)
    return frame


def _audio_chunks(codec_ctx: av.AudioCodecContext, samples: np.ndarray, src_rate: int) -> list[av.AudioFrame]:
    """Resample to the encoder's format/rate/layout and cut into its frame size."""
    codec_ctx.open()  # frame_size is only known once the encoder is open
    fmt, rate = codec_ctx.format.name, codec_ctx.sample_rate
    resampler = av.AudioResampler(format=fmt, layout=codec_ctx.layout.name, rate=rate)
    layout = "stereo" if samples.ndim == 2 else "mono"  # (n, 2) interleaved channels, or mono
    src = av.AudioFrame.from_ndarray(samples.reshape(1, -1), format="s16", layout=layout)
    src.sample_rate = src_rate
    src.pts = 0
    src.time_base = Fraction(1, src_rate)
    fifo = av.AudioFifo()
    for frame in [*resampler.resample(src), *resampler.resample(None)]:
        frame.pts = None
        fifo.write(frame)
    size = codec_ctx.frame_size or 1024
    chunks, pts = [], 0
    while fifo.samples:
        chunk = fifo.read(min(size, fifo.samples))
        chunk.pts, chunk.time_base = pts, Fraction(1, rate)
        pts += chunk.samples
        chunks.append(chunk)
    return chunks


def make_container(src_wav: Path, dst: Path, fmt: str, *, video: bool | None = None) -> Path:
    """Transcode a 16-bit wav into `fmt` (see CONTAINER_FORMATS). mp4/mkv/mov carry a 64x64 black video
    by default (`video=False` for audio only, `video=True` to add one to any container that allows it)."""
    if fmt not in _FORMATS:
        raise ValueError(f"unknown fmt {fmt!r}; pick one of {', '.join(_FORMATS)}")
    container, acodec, rate, layout, default_video, vcodec = _FORMATS[fmt]
    samples, src_rate = read_wav_mono(src_wav)
    seconds = len(samples) / src_rate
    dst.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(dst), "w", format=container) as out:
        # Every stream must exist before the first packet is muxed (that writes the header).
        vstream = (
            _add_video(out, vcodec or "libx264") if (default_video if video is None else video) else None
        )
        options = {"strict": "experimental"} if acodec == "vorbis" else None
        astream = out.add_stream(acodec, rate=rate, layout=layout, options=options)
        chunks = _audio_chunks(astream.codec_context, samples, src_rate)
        n_video = max(1, round(seconds * _VIDEO_FPS)) if vstream is not None else 0
        next_video = 0
        for chunk in chunks:
            # Interleave by time so players and demuxers see a normal file.
            while next_video < n_video and next_video / _VIDEO_FPS <= chunk.pts / rate:
                out.mux(vstream.encode(_video_frame(next_video)))
                next_video += 1
            out.mux(astream.encode(chunk))
        while next_video < n_video:
            out.mux(vstream.encode(_video_frame(next_video)))
            next_video += 1
        if vstream is not None:
            out.mux(vstream.encode(None))
        out.mux(astream.encode(None))
    return dst


def make_video_without_audio(dst: Path, seconds: float = 3.0) -> Path:
    """An mp4 (or whatever the suffix says) with only a video stream."""
    fmt = {".mkv": "matroska", ".mov": "mov", ".webm": "webm"}.get(dst.suffix.lower(), "mp4")
    codec = "libvpx" if fmt == "webm" else "libx264"
    with av.open(str(dst), "w", format=fmt) as out:
        stream = _add_video(out, codec)
        for i in range(max(1, round(seconds * _VIDEO_FPS))):
            out.mux(stream.encode(_video_frame(i)))
        out.mux(stream.encode(None))
    return dst


def make_zero_length_wav(dst: Path, rate: int = 16000) -> Path:
    """A valid 44-byte WAV header with no sample frames."""
    return write_wav(dst, np.zeros(0, dtype=np.int16), rate)


def make_truncated(src: Path, dst: Path, fraction: float) -> Path:
    """Keep the first `fraction` of the bytes (an interrupted download or copy)."""
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * fraction)])
    return dst


def make_text_renamed(dst: Path, text: str = "This is not audio, just a note.\n") -> Path:
    """A text file wearing a media extension (e.g. notes.mp3)."""
    dst.write_text(text * 40, encoding="utf-8")
    return dst


# --- PDFs ------------------------------------------------------------------------------------------------
_CJK_FONT = "HYSMyeongJo-Medium"


def _needs_cjk(text: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in text)


def make_text_pdf(dst: Path, pages: list[str]) -> Path:
    """One PDF page per string (empty string = blank page). Korean/CJK text uses reportlab's CID font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(dst), pagesize=A4)
    if any(_needs_cjk(p) for p in pages):
        pdfmetrics.registerFont(UnicodeCIDFont(_CJK_FONT))
    for page in pages:
        font = _CJK_FONT if _needs_cjk(page) else "Helvetica"
        width_chars = 40 if font == _CJK_FONT else 85
        y = A4[1] - 60
        for para in page.split("\n"):
            words, line = para.split(" "), ""
            lines: list[str] = []
            for word in words:
                if line and len(line) + 1 + len(word) > width_chars:
                    lines.append(line)
                    line = word
                else:
                    line = f"{line} {word}" if line else word
            lines.append(line)
            for ln in lines:
                if ln:
                    c.setFont(font, 11)
                    c.drawString(50, y, ln)
                y -= 16
        c.showPage()
    c.save()
    return dst


def _encrypt(src: Path, dst: Path, user_password: str, owner_password: str, algorithm: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm=algorithm)
    with open(dst, "wb") as fh:
        writer.write(fh)
    return dst


def make_encrypted_pdf(dst: Path, text: str, user_password: str, *, algorithm: str = "AES-256") -> Path:
    """A PDF that needs `user_password` to open."""
    with tempfile.TemporaryDirectory() as tmp:
        plain = make_text_pdf(Path(tmp) / "plain.pdf", [text])
        return _encrypt(plain, dst, user_password, "owner-" + user_password, algorithm)


def make_owner_only_encrypted_pdf(dst: Path, pages: list[str], *, algorithm: str = "AES-128") -> Path:
    """Encrypted with an owner password only (empty user password): opens without asking, like 'no print'."""
    with tempfile.TemporaryDirectory() as tmp:
        plain = make_text_pdf(Path(tmp) / "plain.pdf", pages)
        return _encrypt(plain, dst, "", "owner-secret", algorithm)


def make_scanned_pdf(dst: Path, pages: int = 1) -> Path:
    """Image-only pages (a 'scan' of grey stripes), no text layer."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    img = Image.new("L", (200, 280), color=255)
    px = img.load()
    for y in range(20, 260, 12):  # dark bars where the text lines of a scan would be
        for x in range(20, 180):
            px[x, y] = px[x, y + 1] = 40
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    c = canvas.Canvas(str(dst), pagesize=A4)
    for _ in range(pages):
        buf.seek(0)
        c.drawImage(ImageReader(buf), 40, 40, width=A4[0] - 80, height=A4[1] - 80)
        c.showPage()
    c.save()
    return dst


# --- speech ----------------------------------------------------------------------------------------------
def espeak_wav(text: str, dst: Path, voice: str = "en", *, rate: int = 16000) -> Path:
    """Synthesize `text` with espeak-ng and save it as 16-bit mono wav at `rate` (default 16 kHz)."""
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise EspeakMissing("espeak-ng is not installed (apt-get install espeak-ng)")
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "raw.wav"
        subprocess.run(
            [exe, "-v", voice, "-w", str(raw), "--stdin"],
            input=text.encode("utf-8"),
            check=True,
            capture_output=True,
            timeout=120,
        )
        resampler = av.AudioResampler(format="s16", layout="mono", rate=rate)
        chunks: list[np.ndarray] = []
        with av.open(str(raw)) as src:
            for frame in src.decode(audio=0):
                chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(frame))
        chunks.extend(f.to_ndarray().reshape(-1) for f in resampler.resample(None))
    samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
    return write_wav(dst, samples.astype(np.int16), rate)


def make_two_voices(src_wav: Path, dst: Path, turn: float = 5.0, stretch: float = 1.25) -> Path:
    """`src_wav` cut into `turn`-s pieces, every second one played `stretch` times slower (a lower, slower
    voice): two speakers taking turns with no pause between them, for diarization benches."""
    samples, rate = read_wav_mono(src_wav)
    x = samples.astype(np.float32) / 32768
    n, pieces = int(turn * rate), []
    for k, at in enumerate(range(0, len(x), n)):
        piece = x[at : at + n]
        if k % 2:
            piece = np.interp(np.arange(0, len(piece), 1 / stretch), np.arange(len(piece)), piece)
        pieces.append(piece.astype(np.float32))
    return write_wav(dst, np.concatenate(pieces), rate)


def make_long_speech(
    src_wav: Path, dst: Path, seconds: float, *, gap: float = 1.0, stereo: bool = False
) -> tuple[Path, int]:
    """`src_wav` followed by `gap` s of silence, repeated to at least `seconds`, as 16 kHz mono Opus in Ogg
    (3 h is ~30 MB). One copy is encoded; its packets are muxed again at later times, so hours take seconds
    and the audio is never held whole. Returns (path, copies). `stereo`: a meeting recording's two channels,
    the second the same speech half a copy later."""
    samples, src_rate = read_wav_mono(src_wav)
    if src_rate != 16000:
        raise ValueError("the source must be 16 kHz")
    frame = 320  # 20 ms at 16 kHz, libopus's frame
    piece = np.concatenate([samples, np.zeros(int(gap * src_rate), dtype=samples.dtype)])
    piece = np.concatenate([piece, np.zeros(-len(piece) % frame, dtype=samples.dtype)])
    if stereo:
        piece = np.stack([piece, np.roll(piece, len(piece) // 2)], axis=1)
    copies = max(1, int(np.ceil(seconds * src_rate / len(piece))))
    dst.parent.mkdir(parents=True, exist_ok=True)
    with av.open(str(dst), "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=16000, layout="stereo" if stereo else "mono")
        ctx = stream.codec_context
        ctx.bit_rate = 32000  # speech; keeps 3 h near 40 MB
        packets = [
            (bytes(p), p.pts, p.duration) for c in _audio_chunks(ctx, piece, src_rate) for p in ctx.encode(c)
        ]
        packets += [(bytes(p), p.pts, p.duration) for p in ctx.encode(None)]
        step = round(len(piece) * 48000 / 16000)  # Opus packets are timed at 48 kHz
        base = packets[0][1] or 0
        for n in range(copies):
            for data, pts, duration in packets:
                if pts is None or pts - base >= step:
                    continue  # encoder flush beyond one copy's length
                pkt = av.Packet(data)
                pkt.pts = pkt.dts = pts + n * step
                pkt.duration = duration
                pkt.time_base = Fraction(1, 48000)
                pkt.stream = stream
                out.mux(pkt)
    return dst, copies
