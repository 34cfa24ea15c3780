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
) -> np.ndarray:
    """(n_fft//2+1, n_mels) Slaney-normalised triangular filters (librosa's default; Kaldi's: kaldi_mel_banks)."""
    fmax = fmax or sr / 2
    freqs = np.linspace(0, sr / 2, n_fft // 2 + 1)
    lo_hi = _hz_to_mel_slaney(np.array([fmin, fmax]))
    edges = _mel_to_hz_slaney(np.linspace(lo_hi[0], lo_hi[1], n_mels + 2))
    fb = np.zeros((len(freqs), n_mels))
    for i in range(n_mels):
        lo, mid, hi = edges[i], edges[i + 1], edges[i + 2]
        up = (freqs - lo) / max(mid - lo, 1e-9)
        down = (hi - freqs) / max(hi - mid, 1e-9)
        fb[:, i] = np.maximum(0.0, np.minimum(up, down)) * 2.0 / (hi - lo)
    return fb.astype(np.float32)


_CACHE: dict[int, np.ndarray] = {}


def _fb(n_mels: int) -> np.ndarray:
    if n_mels not in _CACHE:
        _CACHE[n_mels] = mel_filterbank(n_mels)
    return _CACHE[n_mels]


def log_mel(samples: np.ndarray, n_mels: int = 40) -> np.ndarray:
    """(n_frames, n_mels) log10 mel power, Hamming window (the d-vector embedder's recipe)."""
    return log_mel_of(frames(samples), n_mels)


def log_mel_of(fr: np.ndarray, n_mels: int = 40) -> np.ndarray:
    """`log_mel` of frames already cut (every feature here is computed frame by frame, so a stream of blocks
    gives the same rows as the whole recording)."""
    spec = power_spectrum(fr, np.hamming(WIN).astype(np.float32))
    return np.log10(spec @ _fb(n_mels) + 1e-10).astype(np.float32)


def kaldi_mel_banks(
    n_mels: int, *, n_fft: int = N_FFT, sr: int = SAMPLE_RATE, fmin: float = 20.0
) -> np.ndarray:
    """(n_fft//2+1, n_mels) Kaldi's mel filters (compute-fbank-feats defaults, as torchaudio.compliance.kaldi):
    triangles linear on the mel scale, not in Hz, so the narrow low bands still catch an FFT bin each; the
    Nyquist bin gets no weight."""
    mel = lambda f: 1127.0 * np.log1p(np.asarray(f, dtype=np.float64) / 700.0)  # noqa: E731
    lo, hi = mel(fmin), mel(sr / 2)
    delta = (hi - lo) / (n_mels + 1)
    left = lo + delta * np.arange(n_mels)
    centre, right = left + delta, left + 2 * delta
    bins = mel(np.arange(n_fft // 2) * sr / n_fft)[:, None]
    up = (bins - left) / (centre - left)
    down = (right - bins) / (right - centre)
    fb = np.maximum(0.0, np.minimum(up, down))
    return np.vstack([fb, np.zeros((1, n_mels))]).astype(np.float32)


_KALDI: dict[int, np.ndarray] = {}


def kaldi_fbank(samples: np.ndarray, n_mels: int = 80) -> np.ndarray:
    """(n_frames, n_mels) Kaldi log fbank of samples in [-1, 1], as 3D-Speaker computes it for its models
    (torchaudio.compliance.kaldi.fbank, dither 0; WeSpeaker scales by 32768 first, a constant per band that
    the embedders' per-window mean removal cancels)."""
    return kaldi_fbank_of(frames(np.asarray(samples, dtype=np.float32)), n_mels)


def kaldi_fbank_of(fr: np.ndarray, n_mels: int = 80) -> np.ndarray:
    """`kaldi_fbank` of frames already cut."""
    fr = fr - fr.mean(axis=1, keepdims=True)
    fr = np.concatenate([fr[:, :1] * (1 - 0.97), fr[:, 1:] - 0.97 * fr[:, :-1]], axis=1)
    povey = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(WIN) / (WIN - 1))) ** 0.85
    spec = power_spectrum(fr, povey.astype(np.float32))
    if n_mels not in _KALDI:
        _KALDI[n_mels] = kaldi_mel_banks(n_mels)
    return np.log(np.maximum(spec @ _KALDI[n_mels], np.finfo(np.float32).eps)).astype(np.float32)


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
