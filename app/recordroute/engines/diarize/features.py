"""Acoustic features in plain numpy: framing, mel filterbanks, log-mel, MFCC, Kaldi-style fbank, energy VAD."""

from __future__ import annotations

import numpy as np

SAMPLE_RATE = 16000
WIN = 400  # 25 ms
HOP = 160  # 10 ms: one feature frame every 10 ms everywhere in this package
N_FFT = 512


def frames(samples: np.ndarray, win: int = WIN, hop: int = HOP) -> np.ndarray:
    """(n_frames, win) view-free copy of overlapping frames (no centre padding)."""
    x = np.asarray(samples, dtype=np.float32)
    if len(x) < win:
        x = np.pad(x, (0, win - len(x)))
    n = 1 + (len(x) - win) // hop
    idx = np.arange(win)[None, :] + hop * np.arange(n)[:, None]
    return x[idx]


def power_spectrum(fr: np.ndarray, window: np.ndarray, n_fft: int = N_FFT) -> np.ndarray:
    return np.abs(np.fft.rfft(fr * window, n=n_fft, axis=1)).astype(np.float32) ** 2


def _hz_to_mel_slaney(f: np.ndarray) -> np.ndarray:
    f = np.asarray(f, dtype=np.float64)
    lin = f / (200.0 / 3)
    log = 15.0 + np.log(np.maximum(f, 1e-9) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(f >= 1000.0, log, lin)


def _mel_to_hz_slaney(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float64)
    lin = m * (200.0 / 3)
    log = 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0))
    return np.where(m >= 15.0, log, lin)


def mel_filterbank(
    n_mels: int,
    *,
    n_fft: int = N_FFT,
    sr: int = SAMPLE_RATE,
    fmin: float = 0.0,
    fmax: float | None = None,
    htk: bool = False,
) -> np.ndarray:
    """(n_fft//2+1, n_mels) triangular filters: Slaney-normalised (librosa's default) or HTK (Kaldi's)."""
    fmax = fmax or sr / 2
    freqs = np.linspace(0, sr / 2, n_fft // 2 + 1)
    if htk:
        to_mel = lambda f: 1127.0 * np.log1p(np.asarray(f) / 700.0)  # noqa: E731
        to_hz = lambda m: 700.0 * (np.exp(np.asarray(m) / 1127.0) - 1.0)  # noqa: E731
    else:
        to_mel, to_hz = _hz_to_mel_slaney, _mel_to_hz_slaney
    edges = to_hz(np.linspace(to_mel(fmin), to_mel(fmax), n_mels + 2))
    fb = np.zeros((len(freqs), n_mels))
    for i in range(n_mels):
        lo, mid, hi = edges[i], edges[i + 1], edges[i + 2]
        up = (freqs - lo) / max(mid - lo, 1e-9)
        down = (hi - freqs) / max(hi - mid, 1e-9)
        fb[:, i] = np.maximum(0.0, np.minimum(up, down))
        if not htk:
            fb[:, i] *= 2.0 / (hi - lo)
    return fb.astype(np.float32)


_CACHE: dict[tuple[int, bool], np.ndarray] = {}


def _fb(n_mels: int, htk: bool) -> np.ndarray:
    key = (n_mels, htk)
    if key not in _CACHE:
        _CACHE[key] = mel_filterbank(n_mels, htk=htk, fmin=20.0 if htk else 0.0)
    return _CACHE[key]


def log_mel(samples: np.ndarray, n_mels: int = 40) -> np.ndarray:
    """(n_frames, n_mels) log10 mel power, Hamming window (the d-vector embedder's recipe)."""
    return log_mel_of(frames(samples), n_mels)


def log_mel_of(fr: np.ndarray, n_mels: int = 40) -> np.ndarray:
    """`log_mel` of frames already cut (every feature here is computed frame by frame, so a stream of blocks
    gives the same rows as the whole recording)."""
    spec = power_spectrum(fr, np.hamming(WIN).astype(np.float32))
    return np.log10(spec @ _fb(n_mels, False) + 1e-10).astype(np.float32)


def kaldi_fbank(samples: np.ndarray, n_mels: int = 80) -> np.ndarray:
    """(n_frames, n_mels) Kaldi-compatible log fbank (WeSpeaker / 3D-Speaker / NeMo-style ONNX embedders)."""
    return kaldi_fbank_of(frames(np.asarray(samples, dtype=np.float32)), n_mels)


def kaldi_fbank_of(fr: np.ndarray, n_mels: int = 80) -> np.ndarray:
    """`kaldi_fbank` of frames already cut."""
    fr = fr * 32768.0
    fr = fr - fr.mean(axis=1, keepdims=True)
    fr = np.concatenate([fr[:, :1] * (1 - 0.97), fr[:, 1:] - 0.97 * fr[:, :-1]], axis=1)
    povey = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(WIN) / (WIN - 1))) ** 0.85
    spec = power_spectrum(fr, povey.astype(np.float32))
    return np.log(np.maximum(spec @ _fb(n_mels, True), np.finfo(np.float32).eps)).astype(np.float32)


def energy_db(fr: np.ndarray) -> np.ndarray:
    """Mean power of each frame in dB: what the energy VAD thresholds."""
    return (10 * np.log10((fr**2).mean(axis=1) + 1e-12)).astype(np.float32)


def mfcc(logmel: np.ndarray, n: int = 20) -> np.ndarray:
    """(n_frames, n) DCT-II (orthonormal) of log-mel frames."""
    m = logmel.shape[1]
    k = np.arange(n)[:, None]
    dct = np.cos(np.pi * k * (2 * np.arange(m)[None, :] + 1) / (2 * m)) * np.sqrt(2.0 / m)
    dct[0] /= np.sqrt(2.0)
    return (logmel @ dct.T).astype(np.float32)


def speech_regions(
    samples: np.ndarray, *, min_silence: float = 0.3, min_speech: float = 0.25, sr: int = SAMPLE_RATE
) -> list[tuple[float, float]]:
    """Voiced regions in seconds from frame energy against an adaptive floor (robust to level changes)."""
    if len(samples) == 0:
        return []
    return regions_from_energy(energy_db(frames(samples)), len(samples), min_silence, min_speech, sr)


def regions_from_energy(
    energy: np.ndarray,
    n_samples: int,
    min_silence: float = 0.3,
    min_speech: float = 0.25,
    sr: int = SAMPLE_RATE,
) -> list[tuple[float, float]]:
    """`speech_regions` from the frames' energies (`energy_db`) of a recording of `n_samples`."""
    if n_samples == 0 or len(energy) == 0:
        return []
    floor = np.percentile(energy, 10)
    peak = np.percentile(energy, 95)
    if peak - floor < 6.0:  # no dynamic range: all speech or all silence
        return [(0.0, n_samples / sr)] if peak > -60 else []
    voiced = energy > floor + 0.3 * (peak - floor)
    regions: list[list[float]] = []
    step = HOP / sr
    for i in np.flatnonzero(voiced):
        t = float(i) * step
        if regions and t - regions[-1][1] <= min_silence:
            regions[-1][1] = t + WIN / sr
        else:
            regions.append([t, t + WIN / sr])
    return [(a, b) for a, b in regions if b - a >= min_speech]
