"""Which fold of a stereo file's two channels the aligner hears: their sum, or their difference when one is inverted.

Why this exists (issues 7 and 9, the seventeenth aside set's ``inverted_capsule``): a stereo recorder's coincident
(XY) pair with one capsule wired upside down stores the voice upright on one channel and upside down on the other.
:func:`~.decode.load_audio` folds a stereo file to mono as the channels' mean, as a player's mono button does, and
that fold subtracts the two voices: under the off-axis capsule's roll-off (3-4.5 kHz) the direct voice fell 11-14 dB
more than the fold's 6, while the room's two tails, which differ at each capsule, and each channel's own hiss did
not cancel.  What was left was a thin voice and a room tail standing almost as loud, so ends were carried onto that
tail (median end +57/+58 ms on ``fx_real_inverted_srt`` and ``fx_festival_bleeps_inverted``).  No edge rule is the
cause: the aligner was listening to a fold that had taken the voice out.

The channels themselves tell which fold keeps the voice: sound that reaches both capsules (the voice, and anything
the pair heard together) makes their cross-correlation peak near lag 0 -- positive when the two are wired alike
(at a spaced pair's delay of a millisecond or so, still positive), negative when one is wired upside down.  A
recording whose strongest shared sound is upside down on one channel is heard as the channels' difference, which
adds the two voices instead; anything else (the two alike, a spaced pair, a voice on one channel and hum on the
other, whose channels share almost nothing) keeps the mean, so those files are heard exactly as before.  This is
only what the aligner hears: the waveform, the player and exported clips keep the user's audio as it was decoded.
"""

from __future__ import annotations

import logging
from typing import Iterator, Optional

import numpy as np

from ..errors import AudioError
from .decode import SAMPLE_RATE, Audio, AudioStream, _Growing

log = logging.getLogger(__name__)

#: How much of the file the channels are compared over, from its start (s): the wiring of a recorder does not
#: change within a file, and a few minutes of a talk hold speech enough; an hour costs what five minutes do.
MEASURED = 300.0
#: The pieces the cross-correlation is summed over (s), each with its own FFT.
BLOCK = 10.0
#: Lags the channels' shared sound is looked for at (s): a coincident pair's 0, a spaced pair's delay (the
#: sixteenth aside set's 0.4-1.2 ms; a metre between the microphones is 3 ms).
MOST_LAG = 0.003
#: The band whose shared sound is compared (Hz): the voice's, above mains hum and its first harmonics.
BAND = (150.0, 4000.0)
#: The channels' normalized cross-correlation at its strongest lag must be at least this far below zero for one of
#: them to count as upside down: at -0.5 the difference fold holds three times the power of the sum fold (equal
#: channels), where the voice is.  Not tuned: the five inverted pairs of the seventeenth set and its dev twins
#: stood at -0.88..-0.90 (lag 0), the five spaced pairs at +1.00 (lag 0.6-1.1 ms), files holding one talk on both
#: channels at +1.00, the voice on one channel and a fan on the other (``rd12_real_stereo_quiet_buzz``) at +0.01.
INVERTED_BELOW = -0.5
#: What the user is told when the difference is heard: the recording itself is not changed, but they may want to
#: know why its mono mix sounds thin (and fix the cable) -- said by the CLI and the window after aligning.
INVERTED_NOTE = ("One channel of this stereo recording is wired upside down (mixed to mono, its voice cancels): "
                 "the aligner listened to the channels' difference. The file itself is unchanged.")


def _stereo_blocks(path: str, seconds: Optional[float]) -> Iterator[np.ndarray]:
    """The file's first ``seconds`` (all of it when None) as ``(n, 2)`` int16 blocks at 16 kHz, in order."""
    limit = None if seconds is None else int(seconds * SAMPLE_RATE)
    with AudioStream(path, SAMPLE_RATE, 2) as stream:
        done = 0
        for chunk in stream.chunks():
            if limit is not None and done >= limit:
                return
            yield chunk if limit is None else chunk[:limit - done]
            done += len(chunk)


def channel_correlation(left: np.ndarray, right: np.ndarray, rate: int = SAMPLE_RATE) -> tuple[float, float]:
    """The two channels' normalized cross-correlation in :data:`BAND` at its strongest lag within :data:`MOST_LAG`.

    Returns ``(correlation, lag in s)``; the correlation is in [-1, 1], negative when the sound the channels share is
    upside down on one of them.  Summed over :data:`BLOCK`-long pieces, so a long input costs what its pieces do.
    """
    block = int(BLOCK * rate)
    most = int(round(MOST_LAG * rate))
    n = min(len(left), len(right))
    size = 1 << int(np.ceil(np.log2(block + most)))
    freqs = np.fft.rfftfreq(size, 1.0 / rate)
    band = (freqs >= BAND[0]) & (freqs <= BAND[1])
    shared = np.zeros(2 * most + 1)
    power_l = power_r = 0.0
    for a in range(0, n, block):
        lf = np.fft.rfft(left[a:a + block].astype(np.float64), size) * band
        rf = np.fft.rfft(right[a:a + block].astype(np.float64), size) * band
        cc = np.fft.irfft(lf * np.conj(rf), size)
        shared += np.concatenate([cc[-most:], cc[:most + 1]]) if most else cc[:1]
        power_l += float(np.fft.irfft(np.abs(lf) ** 2, size)[0])  # each channel's own power in the band
        power_r += float(np.fft.irfft(np.abs(rf) ** 2, size)[0])
    if power_l <= 0.0 or power_r <= 0.0:
        return 0.0, 0.0
    r = shared / np.sqrt(power_l * power_r)
    k = int(np.argmax(np.abs(r)))
    return float(r[k]), (k - most) / rate


def one_channel_inverted(left: np.ndarray, right: np.ndarray, rate: int = SAMPLE_RATE) -> bool:
    """Whether the sound both channels hold is upside down on one of them (see the module docstring)."""
    return channel_correlation(left, right, rate)[0] <= INVERTED_BELOW


def _difference(path: str) -> np.ndarray:
    """The whole file at 16 kHz as its channels' difference over two (int16, the scale of the mean fold)."""
    buf = _Growing(SAMPLE_RATE)
    for chunk in _stereo_blocks(path, None):
        buf.append(((chunk[:, 0].astype(np.int32) - chunk[:, 1]) // 2).astype(np.int16))
    return buf.result()


def heard_channels(audio: Audio) -> Audio:
    """``audio`` as the aligner should hear it: the channels' difference when one channel of a stereo file is
    inverted, else ``audio`` itself (the same object: a mono file, or stereo wired alike, moves nothing)."""
    if not audio.path:
        return audio
    try:
        with AudioStream(audio.path) as stream:
            if stream.source_channels != 2:
                return audio
        measured = np.concatenate(list(_stereo_blocks(audio.path, MEASURED)) or [np.zeros((0, 2), np.int16)])
        r, lag = channel_correlation(measured[:, 0], measured[:, 1])
        if r > INVERTED_BELOW:
            return audio
        samples = _difference(audio.path)
    except (AudioError, OSError) as e:  # the file moved or changed since it was loaded: hear what was loaded
        log.info("channels of %s not compared (%s)", audio.path, e)
        return audio
    if len(samples) != len(audio.samples):  # not the recording that was loaded: hear what was loaded
        log.info("channels of %s not folded again: %d samples, %d loaded", audio.path, len(samples),
                 len(audio.samples))
        return audio
    log.info("one channel of %s is inverted (correlation %.2f at %+.1f ms): hearing their difference",
             audio.path, r, 1000 * lag)
    return Audio(audio.path, samples, audio.sample_rate, audio.warnings)
