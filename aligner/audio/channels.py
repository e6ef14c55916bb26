"""Which channels of a recording the aligner hears, and how they are folded to one: decided once per file.

Why this exists (issues 7 and 9): :func:`~.decode.load_audio` folds a file to mono as a player's mono button does (a
stereo file as its channels' mean, more channels through FFmpeg's downmix), and for the user's playback, waveform and
clips that is right.  For the aligner two kinds of file lose their voice in that fold.

**A stereo pair with one capsule wired upside down** (the seventeenth aside set's ``inverted_capsule``) stores the
voice upright on one channel and upside down on the other, and the mean subtracts the two voices: under the off-axis
capsule's roll-off (3-4.5 kHz) the direct voice fell 11-14 dB more than the fold's 6, while the room's two tails,
which differ at each capsule, and each channel's own hiss did not cancel.  What was left was a thin voice and a room
tail standing almost as loud, so ends were carried onto that tail (median end +57/+58 ms on ``fx_real_inverted_srt``
and ``fx_festival_bleeps_inverted``).  The channels themselves tell which fold keeps the voice: sound that reaches
both capsules (the voice, and anything the pair heard together) makes their cross-correlation peak near lag 0 --
positive when the two are wired alike (at a spaced pair's delay of a millisecond or so, still positive), negative
when one is wired upside down.  A recording whose strongest shared sound is upside down on one channel is heard as
the channels' difference, which adds the two voices instead; anything else (the two alike, a spaced pair, a voice on
one channel and hum on the other, whose channels share almost nothing) keeps the mean, so those files are heard
exactly as before.

**A file of more than two channels** (the eighteenth aside set's film 5.1 soundtracks; a field recorder's four
tracks, a conference recorder's microphone per speaker, an ambisonic B-format file) rarely holds the voice on all of
them: a film mix puts dialogue in the front centre and ambience, music and rumble in the rest, and FFmpeg's downmix
laid the centre's voice under four channels of ambience -- the ends of lines went under what the edge rules count as
the pause (``ex_real_surround_srt`` 59 % of boundaries within 100 ms; heard on its centre channel alone, 84 %).
No channel number is assumed: each channel is asked how far its voice band (:data:`VOICE_BAND`) stands over its own
quiet floor (its loud frames' power over its quiet frames', :func:`channel_voice`), which is the voice-to-noise
ratio that channel would give the aligner.  The channels within :data:`KEPT_WITHIN` of the best are heard (a
conference recorder's channels, each holding its own talker, stand alike and are all kept; a lavalier's track
stands far over a room mic's, a wind track's or the LFE's, and is heard alone), summed with the weights that make
the most of their voice over their noise (maximal-ratio combining: each channel by its voice's amplitude over its
noise's power, turned upright when its voice is upside down against the best channel's).  The note the user is told
names the channels.

This is only what the aligner hears: the waveform, the player and exported clips keep the user's audio as it was
decoded; mono files and stereo pairs wired alike come back as the very object that was loaded.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np

from ..errors import AudioError
from ..progress import CancelToken
from .decode import SAMPLE_RATE, Audio, AudioStream, _Growing

log = logging.getLogger(__name__)

#: How much of the file the channels are compared over, from its start (s): the wiring of a recorder and a mix's
#: layout do not change within a file, and a few minutes of a talk hold speech enough; an hour costs what five
#: minutes do.
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



#: The band a channel's voice is measured in (Hz): the telephone band, where speech's formants are and over which
#: the LFE's rumble, wind on a microphone (mostly under 300 Hz) and mains hum hardly reach.
VOICE_BAND = (300.0, 3400.0)
#: The frames a channel's voice-band power is measured over (samples at 16 kHz: 32 ms, a syllable's part).
FRAME = 512
#: A channel's quiet floor is this percentile of its frames' voice-band power, its voice this one of its voiced
#: frames' (the others counted as silent): a talk speaks in far more than 5 % of its frames and pauses in more
#: than 10 % of them.
FLOOR_PERCENTILE, VOICE_PERCENTILE = 10.0, 95.0
#: The voice's pitch periods (s: 400 Hz down to 80 Hz), where a voiced frame's autocorrelation peaks.
PITCH_PERIODS = (1 / 400, 1 / 80)
#: A frame is voiced when its voice band, whitened by the channel's own long-term spectrum, has a normalized
#: autocorrelation reaching this at a pitch period: a pitch tracker's voicing threshold (Praat's is 0.45).  Sound
#: that comes and goes without a pitch -- wind's gusts, a swelling ambience, handling noise -- stands far over its
#: own floor too, but does not count as voice; whitening keeps a coloured noise (wind's, whose voice band is its
#: 300-400 Hz slope) from ringing like a pitch.
VOICED = 0.5
#: A channel is heard when its voice-to-floor ratio is at least this fraction of the best channel's (a quarter:
#: within 6 dB).  Not tuned: maximal-ratio combining adds channels' voice-to-noise ratios, so one a quarter of the
#: best's would add at most 1 dB were it the same voice -- while its own noise, if its loud frames were not voice
#: after all (a swell of ambience, gusts), would cost more; a channel holding another talker of its own (a
#: conference recorder's) stands as high as the best and is kept.  The eighteenth set's 5.1 files' centres stood
#: 38-43 dB over their floors, their fronts (the dialogue's spill) 13-17 dB; the surrounds and the LFE held no
#: voiced frames.
KEPT_WITHIN = 0.25
#: A channel further down than :data:`KEPT_WITHIN` is heard all the same when in most of its voiced, loud frames it
#: comes nearer its own voice's level than every channel kept so far comes to theirs, by :data:`KEPT_WITHIN`'s
#: margin: it holds a talker of its own (a conference recorder's microphone with more noise than its neighbour's,
#: where the neighbour hears that talker only as faint spill), not the kept channels' voice again (a room mic's, a
#: spill's, which are loud when they are).  A majority, not tuned.
OWN_TALKER = 0.5


@dataclass
class ChannelVoice:
    """One channel's voice as :func:`channel_voice` measured it."""

    floor: float  #: its frames' voice-band power at :data:`FLOOR_PERCENTILE` (sums of squared int16 spectra, +1)
    loud: float  #: its voiced frames' power at :data:`VOICE_PERCENTILE`, the unvoiced ones counted as silent
    power: np.ndarray  #: each frame's voice-band power
    voiced: np.ndarray  #: each frame: voiced (:data:`VOICED`)

    @property
    def ratio(self) -> float:
        """The voice's power over the floor's (0 when no voiced frame stands over it)."""
        return max(self.loud / self.floor - 1.0, 0.0)

    @property
    def amplitude(self) -> float:
        """The voice's amplitude over the floor's (the root of the power between them)."""
        return float(np.sqrt(max(self.loud - self.floor, 0.0)))

    def speaking(self) -> np.ndarray:
        """Frames where this channel's voice sounds: voiced, and nearer its voice's level than its floor (over their
        geometric mean)."""
        return self.voiced & (self.power > np.sqrt(self.floor * self.loud))


def channel_voice(x: np.ndarray) -> ChannelVoice:
    """A channel's quiet floor and its voice's level in :data:`VOICE_BAND`, and each frame's power and voicing."""
    m = len(x) // FRAME
    if m == 0:
        return ChannelVoice(1.0, 1.0, np.ones(0), np.zeros(0, bool))
    size = 2 * FRAME  # room for the autocorrelation's lags without wrapping round
    freqs = np.fft.rfftfreq(size, 1.0 / SAMPLE_RATE)
    band = (freqs >= VOICE_BAND[0]) & (freqs <= VOICE_BAND[1])
    window = np.hanning(FRAME)
    # the window's own autocorrelation: dividing by it undoes the taper's fall at long lags (Boersma 1993)
    tapered = np.fft.irfft(np.abs(np.fft.rfft(window, size)) ** 2, size)
    lo, hi = int(PITCH_PERIODS[0] * SAMPLE_RATE), int(PITCH_PERIODS[1] * SAMPLE_RATE)
    step = 2048  # frames a piece
    spectra = []  # kept for the second look (float32: 20 MB for five minutes)
    for a in range(0, m, step):
        frames = x[a * FRAME:min(m, a + step) * FRAME].astype(np.float64).reshape(-1, FRAME) * window
        spectra.append((a, (np.abs(np.fft.rfft(frames, size, axis=1)) ** 2).astype(np.float32)))
    longterm = sum(s.sum(axis=0, dtype=np.float64) for _, s in spectra) / m + 1e-9
    power, voiced = np.empty(m), np.empty(m, bool)
    for a, spec in spectra:
        b = a + len(spec)
        power[a:b] = (spec * band).sum(axis=1) * 2.0 / size + 1.0
        ac = np.fft.irfft(spec * band / longterm, size, axis=1)
        peak = np.max(ac[:, lo:hi + 1] / tapered[lo:hi + 1], axis=1) / (ac[:, 0] / tapered[0] + 1e-12)
        voiced[a:b] = peak >= VOICED
    floor = float(np.percentile(power, FLOOR_PERCENTILE))
    loud = float(np.percentile(np.where(voiced, power, 1.0), VOICE_PERCENTILE))
    return ChannelVoice(floor, loud, power, voiced)


def voice_weights(measured: np.ndarray) -> np.ndarray:
    """How much of each channel of ``measured`` (``(n, channels)`` int16 at 16 kHz) the aligner hears: 0 for a channel
    left out, negative for one whose voice is upside down against the best channel's; scaled so the voice stays at
    the best channel's level (a file whose voice is on one channel is heard as that channel, sample for sample).
    All zeros when no channel holds a voice at all.

    The best channel and those within :data:`KEPT_WITHIN` of it are summed by maximal-ratio weights; a channel
    further down is kept too when it holds a talker of its own (:data:`OWN_TALKER`), at the weight that brings its
    voice to the best channel's level."""
    voices = [channel_voice(measured[:, c]) for c in range(measured.shape[1])]
    ratio = np.array([v.ratio for v in voices])
    best = int(np.argmax(ratio))
    weights = np.zeros(len(voices))
    if ratio[best] <= 0.0:  # no channel holds a voice over its floor: nothing to choose by (heard as loaded)
        return weights
    amplitude = np.array([v.amplitude for v in voices])
    for c in np.flatnonzero(ratio >= KEPT_WITHIN * ratio[best]):
        upright = c == best or channel_correlation(measured[:, best], measured[:, c])[0] >= 0.0
        weights[c] = (1.0 if upright else -1.0) * amplitude[c] / voices[c].floor
    weights *= amplitude[best] / float(np.sum(np.abs(weights) * amplitude))
    # each frame: how near the kept channels come to their own voice's level (1: there)
    kept = np.max([voices[c].power / voices[c].loud for c in np.flatnonzero(weights)], axis=0)
    for c in sorted(np.flatnonzero((weights == 0) & (ratio > 0)), key=lambda c: -ratio[c]):
        near = voices[c].power / voices[c].loud
        speaking = voices[c].speaking()
        # its own talker where it comes nearer its voice's level than any kept channel does, by KEPT_WITHIN's margin
        if speaking.any() and np.mean(near[speaking] * KEPT_WITHIN >= kept[speaking]) >= OWN_TALKER:
            weights[c] = amplitude[best] / amplitude[c]
            kept = np.maximum(kept, near)
    log.info("channels' voice over floor %s dB: heard with weights %s",
             " ".join(f"{10 * np.log10(r + 1e-12):.0f}" for r in ratio), np.round(weights, 3).tolist())
    return weights


def _channel_names(stream: AudioStream) -> list[str]:
    """Each channel as the note calls it: its number, and its place where the file's layout names one."""
    count = stream.source_channels
    try:
        places = [c.description for c in stream.track.layout.channels]
    except (AttributeError, TypeError, ValueError):
        places = []
    if len(places) != count:
        places = [""] * count
    places = [p.replace("center", "centre") if p and "unknown" not in p and "user" not in p.lower() else ""
              for p in places]
    return [f"{i + 1} ({p})" if p else f"{i + 1}" for i, p in enumerate(places)]


def _listing(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def channels_note(count: int, layout: str, names: list[str], weights: np.ndarray) -> str:
    """The one line the user is told about a file of more than two channels: which channels were heard."""
    kept = [names[c] for c in np.flatnonzero(weights)]
    which = f"channel {kept[0]}" if len(kept) == 1 else f"channels {_listing(kept)} together"
    shape = f" ({layout})" if layout and not layout.endswith(("channels", "c")) else ""
    return (f"This recording has {count} channels{shape}; the aligner listened to {which}, where the voice is. "
            f"The file itself is unchanged.")


def _inverted_pair(measured: np.ndarray) -> bool:
    """Whether the sound both channels of a stereo pair hold is upside down on one of them (see the module
    docstring)."""
    r, lag = channel_correlation(measured[:, 0], measured[:, 1])
    if r > INVERTED_BELOW:
        return False
    log.info("one channel is inverted (correlation %.2f at %+.1f ms): hearing their difference", r, 1000 * lag)
    return True


def _difference(chunk: np.ndarray) -> np.ndarray:
    """A stereo block as its channels' difference over two (int16, the scale of the mean fold)."""
    return ((chunk[:, 0].astype(np.int32) - chunk[:, 1]) // 2).astype(np.int16)


def _weighted(weights: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
    """A block of many channels as the sum :func:`voice_weights` chose (int16, clipped)."""
    w = weights.astype(np.float32)
    return lambda chunk: np.clip(np.rint(chunk.astype(np.float32) @ w), -32768, 32767).astype(np.int16)


def heard_channels(audio: Audio, cancel: Optional[CancelToken] = None) -> tuple[Audio, Optional[str]]:
    """``audio`` as the aligner should hear it, and what the user is told about it (None: nothing was changed).

    A mono file, a stereo pair wired alike, or audio with no file behind it come back as the very object given.  A
    stereo pair with one channel upside down is heard as its channels' difference (the note :data:`INVERTED_NOTE`);
    a file of more than two channels as the channels holding its voice (:func:`voice_weights`).  The file is read
    once, at 16 kHz with all its channels: its first :data:`MEASURED` seconds decide, and the rest is folded as it
    is decoded (a file heard as loaded is read no further than that).  ``cancel`` stops it (a long file of many
    channels is decoded once more here: seconds a minute of it) with :class:`~aligner.errors.Cancelled`."""
    if not audio.path:
        return audio, None
    try:
        with AudioStream(audio.path, SAMPLE_RATE) as stream:
            count = stream.source_channels
            if count < 2:
                return audio, None
            chunks = stream.chunks(cancel)
            head, have = [], 0
            for chunk in chunks:
                head.append(chunk)
                have += len(chunk)
                if have >= MEASURED * SAMPLE_RATE:
                    break
            measured = np.concatenate(head)[:int(MEASURED * SAMPLE_RATE)] if head else np.zeros((0, count), np.int16)
            if count == 2:
                if not _inverted_pair(measured):
                    return audio, None
                fold, note = _difference, INVERTED_NOTE
            else:
                weights = voice_weights(measured)
                if not weights.any():
                    return audio, None
                fold = _weighted(weights)
                note = channels_note(count, stream.track.layout.name, _channel_names(stream), weights)
            buf = _Growing(len(audio.samples))
            for chunk in head:
                buf.append(fold(chunk))
            for chunk in chunks:
                buf.append(fold(chunk))
            samples = buf.result()
    except (AudioError, OSError) as e:  # the file moved or changed since it was loaded: hear what was loaded
        log.info("channels of %s not compared (%s)", audio.path, e)
        return audio, None
    if len(samples) != len(audio.samples):  # not the recording that was loaded: hear what was loaded
        log.info("channels of %s not folded again: %d samples, %d loaded", audio.path, len(samples),
                 len(audio.samples))
        return audio, None
    return Audio(audio.path, samples, audio.sample_rate, audio.warnings), note
