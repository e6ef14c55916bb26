"""Line ends that reach a sentence's faded last sound over a noisy line, outside English (aligner.align.faded_tails)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.faded_tails import dry_room, follow_faded_tails
from aligner.audio import Audio, load_audio
from placing import placed_over
from synth import espeak_available, synthesize_talk

RATE = 16000
FIRST, SECOND = "Je suis désolée, ce numéro n'est pas valide.", "Merci de votre patience."

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")


def _over_a_line(x: np.ndarray, snr_db: float, rng: np.random.Generator) -> np.ndarray:
    """``x`` in a telephone band (300-3400 Hz) with mains hum and a little hiss ``snr_db`` under the speech."""
    spectrum = np.fft.rfft(x)
    hz = np.fft.rfftfreq(len(x), 1 / RATE)
    spectrum[(hz < 300) | (hz > 3400)] = 0
    y = np.fft.irfft(spectrum, len(x))
    t = np.arange(len(x)) / RATE
    hum = sum(np.sin(2 * np.pi * f * t + rng.uniform(0, 6)) / k for k, f in enumerate((50, 150, 250, 350), 1))
    hum = hum + 0.3 * rng.normal(0, 1, len(x))
    speech = np.sqrt(np.mean(y[np.abs(y) > 1e-4] ** 2))
    return y + hum / np.sqrt(np.mean(hum ** 2)) * speech * 10 ** (-snr_db / 20)


def _talk(tmp_path, room: bool = False):
    wav = tmp_path / "fr.wav"
    truth = synthesize_talk([FIRST, SECOND], wav, pauses=[0.8], voices=("fr",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    rng = np.random.default_rng(7)
    if room:  # RT60 0.45 s: noise decaying 60 dB in 0.45 s
        n = int(0.45 * RATE)
        impulse = rng.normal(0, 1, n) * 10 ** (-3 * np.arange(n) / n)
        impulse[0] = 8.0
        x = np.convolve(x, impulse)[:len(x)]
    y = _over_a_line(x, 14.0, rng)
    return Audio.from_float((0.3 * y / np.abs(y).max()).astype(np.float32)), truth


def test_a_line_end_cut_in_its_fading_last_syllable_goes_to_where_the_sound_meets_the_lines_noise(tmp_path):
    """Over a telephone line with hum at 14 dB SNR, the first line ended 150 ms early, inside its last
    syllable: the end goes to where that sound falls to the pause's noise (espeak-ng's last ~90 ms, 30 dB
    under the voice, lie under the hum: the truth's end is not audible). The second line, ending in the
    quiet already, stays."""
    audio, truth = _talk(tmp_path)
    env = Envelope(audio)
    assert dry_room(env, 0.0, audio.duration)
    early = truth[0].end - 0.15
    items = [placed_over(FIRST, truth[0].start, early), placed_over(SECOND, truth[1].start, truth[1].end + 0.02)]
    assert follow_faded_tails(items, env, 0.0, audio.duration) == 1
    assert early + 0.05 < items[0].segment.end, (items[0].segment.end, early)
    assert truth[0].end - 0.1 < items[0].segment.end <= truth[0].end + 0.02, (items[0].segment.end, truth[0].end)
    assert items[0].segment.words[-1].end == items[0].segment.end
    assert items[1].segment.end == truth[1].end + 0.02


def test_in_a_reverberant_room_the_decay_after_a_line_is_not_taken_for_its_tail(tmp_path):
    """The same talk in a room (RT60 0.45 s): the room's decay after a voice stops cannot be told from a faded
    syllable by its level, so no end moves there."""
    audio, truth = _talk(tmp_path, room=True)
    env = Envelope(audio)
    assert not dry_room(env, 0.0, audio.duration)
    items = [placed_over(FIRST, truth[0].start, truth[0].end - 0.15), placed_over(SECOND, truth[1].start, truth[1].end)]
    assert follow_faded_tails(items, env, 0.0, audio.duration) == 0
    assert items[0].segment.end == truth[0].end - 0.15


def _under_a_low_bed(x: np.ndarray, snr_db: float, rng: np.random.Generator) -> np.ndarray:
    """``x`` under a noise that fills the octaves under 1.5 kHz only (as a baby's crying, a cassette's rumble or
    hum would), ``snr_db`` under the speech: the whole band's level in a pause is that noise's."""
    spectrum = np.fft.rfft(rng.normal(0, 1, len(x)))
    hz = np.fft.rfftfreq(len(x), 1 / RATE)
    spectrum[(hz < 80) | (hz > 1500)] = 0
    bed = np.fft.irfft(spectrum, len(x))
    speech = np.sqrt(np.mean(x[np.abs(x) > 1e-3] ** 2))
    return x + bed / np.sqrt(np.mean(bed ** 2)) * speech * 10 ** (-snr_db / 20)


def test_a_final_s_under_a_low_bed_is_followed_in_its_own_octave(tmp_path):
    """espeak-ng's "patience." ends in a weak /s/ (110 ms at 4-7 kHz, 25-30 dB under the vowels).  Under a bed
    that fills the octaves under 1.5 kHz, the whole band cannot see it (the pause's level is the bed's), but in
    its own octave it stands far over the pause's noise: a line ended where the /s/ begins goes to where it
    stops.  Read over the whole band alone (no audio, as before), the end stays early."""
    wav = tmp_path / "patience.wav"
    first, second = "Merci de votre patience.", "Au revoir."
    truth = synthesize_talk([first, second], wav, pauses=[0.8], voices=("fr",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    y = _under_a_low_bed(x, 18.0, np.random.default_rng(3))
    audio = Audio.from_float((0.3 * y / np.abs(y).max()).astype(np.float32))
    env = Envelope(audio)
    early = truth[0].end - 0.11  # where the /s/ begins: the vowel's last frame
    for with_audio in (False, True):
        items = [placed_over(first, truth[0].start, early), placed_over(second, truth[1].start, truth[1].end)]
        moved = follow_faded_tails(items, env, 0.0, audio.duration, audio if with_audio else None)
        if with_audio:
            assert moved == 1
            assert truth[0].end - 0.03 <= items[0].segment.end <= truth[0].end + 0.02, (items[0].segment.end, truth[0])
        else:
            assert moved == 0 and items[0].segment.end == early
        assert items[1].segment.end == truth[1].end


def test_a_chirp_touching_a_line_end_is_no_faded_tail(tmp_path):
    """Birdsong: a chirp (a line sweeping 2.8-3.6 kHz, 80 ms) starting where a line really ends stands over the
    pause's noise as a faded sound would, and falls back to it at once.  Read over the whole band, whistles
    and all (no audio, as before), the end went on over it; it is the pause's noise, and the end stays."""
    wav = tmp_path / "chirp.wav"
    truth = synthesize_talk([FIRST, SECOND], wav, pauses=[0.8], voices=("fr",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    rng = np.random.default_rng(5)
    speech = np.sqrt(np.mean(x[np.abs(x) > 1e-3] ** 2))
    x = x + rng.normal(0, speech * 0.01, len(x))
    a, n = int(truth[0].end * RATE), int(0.08 * RATE)
    k = np.arange(n)
    x[a:a + n] += speech * 0.1 * np.sqrt(2) * np.sin(2 * np.pi * (2800 + 800 * k / n) * k / RATE)
    audio = Audio.from_float((0.3 * x / np.abs(x).max()).astype(np.float32))
    env = Envelope(audio)
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, truth[1].start, truth[1].end)]
    assert follow_faded_tails(items, env, 0.0, audio.duration) == 1  # the whole band alone: onto the chirp
    assert items[0].segment.end > truth[0].end + 0.05
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, truth[1].start, truth[1].end)]
    assert follow_faded_tails(items, env, 0.0, audio.duration, audio) == 0
    assert items[0].segment.end == truth[0].end


def test_a_low_ring_falling_as_a_rooms_tail_is_not_followed_in_its_octave(tmp_path, monkeypatch):
    """After a line that ends where its voice does, a 200 Hz ring falls 0.6 dB per 10 ms from 15 dB under the
    speech (a room's low frequencies ringing on), under a hiss above 2 kHz that hides it from the whole band.
    In the 100-500 Hz octave it stands over the pause's noise for 170 ms, as a faded sound would; but it falls
    as a straight line in dB, as a room's tail does, and the end stays.  Without that check it is followed."""
    from aligner.align import faded_tails

    wav = tmp_path / "ring.wav"
    truth = synthesize_talk([FIRST, SECOND], wav, pauses=[0.8], voices=("fr",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    rng = np.random.default_rng(9)
    speech = np.sqrt(np.mean(x[np.abs(x) > 1e-3] ** 2))
    spectrum = np.fft.rfft(rng.normal(0, 1, len(x)))
    spectrum[np.fft.rfftfreq(len(x), 1 / RATE) < 2000] = 0
    hiss = np.fft.irfft(spectrum, len(x))
    y = x + hiss / np.sqrt(np.mean(hiss ** 2)) * speech * 10 ** (-20 / 20)
    a, n = int(truth[0].end * RATE), int(0.3 * RATE)
    k = np.arange(n)
    y[a:a + n] += speech * 10 ** (-15 / 20) * np.sqrt(2) * np.sin(2 * np.pi * 200 * k / RATE) * 10 ** (-0.6 * k / 160 / 20)
    audio = Audio.from_float((0.3 * y / np.abs(y).max()).astype(np.float32))
    env = Envelope(audio)
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, truth[1].start, truth[1].end)]
    assert follow_faded_tails(items, env, 0.0, audio.duration, audio) == 0
    assert items[0].segment.end == truth[0].end
    monkeypatch.setattr(faded_tails, "room_tail_from", lambda *a, **k: None)  # the check this test is about
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, truth[1].start, truth[1].end)]
    assert follow_faded_tails(items, env, 0.0, audio.duration, audio) == 1
    assert items[0].segment.end > truth[0].end + 0.1


def test_a_speakerphone_switched_down_mid_pause_leaves_the_rooms_noise_no_tail(tmp_path):
    """A half-duplex speakerphone: the microphone's path goes 22 dB down from the middle of the pause until 0.15 s
    into the next line, the line's noise with it.  The pause's quieter half is then the switched-down noise, and
    the line's ordinary noise in the pause's first 0.25 s stood 20 dB over it, held and then stopped as a faded
    syllable does: a line ended right was moved onto it, 0.25 s late (espeak-ng Polish through a speakerphone, j106).
    That noise is the line's own, no tail: the end stays.  A line ended inside its faded last syllable still goes
    to where that sound meets the line's noise."""
    wav = tmp_path / "duplex.wav"
    truth = synthesize_talk([FIRST, SECOND], wav, pauses=[0.5], voices=("fr",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    y = _over_a_line(x, 14.0, np.random.default_rng(7))
    gain = np.ones(len(y))
    gain[int((truth[0].end + truth[1].start) / 2 * RATE):int((truth[1].start + 0.15) * RATE)] = 10 ** (-22 / 20)
    y = y * gain
    audio = Audio.from_float((0.3 * y / np.abs(y).max()).astype(np.float32))
    env = Envelope(audio)
    assert dry_room(env, 0.0, audio.duration)
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, truth[1].start, truth[1].end)]
    follow_faded_tails(items, env, 0.0, audio.duration, audio)
    assert items[0].segment.end <= truth[0].end + 0.03, (items[0].segment.end, truth[0].end)
    early = truth[0].end - 0.15
    items = [placed_over(FIRST, truth[0].start, early), placed_over(SECOND, truth[1].start, truth[1].end)]
    assert follow_faded_tails(items, env, 0.0, audio.duration, audio) == 1
    assert truth[0].end - 0.1 < items[0].segment.end <= truth[0].end + 0.03, (items[0].segment.end, truth[0].end)


def test_a_murmur_swelling_at_a_line_end_is_no_faded_tail(tmp_path):
    """A murmur (pink noise swelling and sinking 0.6 of its level at 0.7 Hz) under telephone-band speech, its crest
    at the first line's right end and its trough a second on, in a 1.3 s pause.  Read over the whole pause, the
    noise is the trough's: the crest hovered at the bar and sank under it as a faded syllable does, and the right
    end was carried 0.2 s on into the swell (real French under a murmur, ``dx_fr_real_clicks_aifc64``: +176 and
    +230 ms).  The noise near the end is the crest's: the end stays.  A line ended inside its faded last syllable
    still goes to where that sound meets the noise it was heard over."""
    wav = tmp_path / "murmur.wav"
    truth = synthesize_talk([FIRST, SECOND], wav, pauses=[1.3], voices=("fr",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    spectrum = np.fft.rfft(x)
    hz = np.fft.rfftfreq(len(x), 1 / RATE)
    spectrum[(hz < 300) | (hz > 3400)] = 0
    y = np.fft.irfft(spectrum, len(x))
    rng = np.random.default_rng(11)
    pink = np.fft.irfft(np.fft.rfft(rng.normal(size=len(x))) * ((hz > 50) / np.sqrt(np.maximum(hz, 1))), len(x))
    t = np.arange(len(x)) / RATE
    swell = 1.0 + 0.6 * np.cos(2 * np.pi * 0.7 * (t - truth[0].end))  # the crest at the first line's end
    speech = np.sqrt(np.mean(y[np.abs(y) > 1e-4] ** 2))
    y = y + pink / np.sqrt(np.mean(pink ** 2)) * swell * speech * 10 ** (-20 / 20)
    audio = Audio.from_float((0.3 * y / np.abs(y).max()).astype(np.float32))
    env = Envelope(audio)
    assert dry_room(env, 0.0, audio.duration)
    items = [placed_over(FIRST, truth[0].start, truth[0].end), placed_over(SECOND, truth[1].start, truth[1].end)]
    follow_faded_tails(items, env, 0.0, audio.duration, audio)
    assert items[0].segment.end <= truth[0].end + 0.05, (items[0].segment.end, truth[0].end)
    early = truth[0].end - 0.15
    items = [placed_over(FIRST, truth[0].start, early), placed_over(SECOND, truth[1].start, truth[1].end)]
    assert follow_faded_tails(items, env, 0.0, audio.duration, audio) >= 1
    assert truth[0].end - 0.1 < items[0].segment.end <= truth[0].end + 0.05, (items[0].segment.end, truth[0].end)


def _chirps(n: int, every: float, rng: np.random.Generator) -> np.ndarray:
    """Chirps over ``n`` samples, one every ``every`` s from the first sample on, each four pulses 14 ms long and 30 ms
    apart (the gaps between them shorter than a stop's closure), each pulse a burst of hiss over 2 kHz: a cricket's
    pulses as a band's level reads them where they are not a clean tone (a pure tone's frames are a whistle's, which
    :func:`follow_faded_tails` already takes for pause)."""
    w = int(0.014 * RATE)
    out = np.zeros(n)
    for at in np.arange(0.0, n / RATE, every):
        for p in range(4):
            i = int((at + 0.030 * p) * RATE)
            if i + w <= n:
                out[i:i + w] += np.diff(np.diff(rng.normal(size=w + 2))) * np.hanning(w)
    return out / np.abs(out).max()


def test_a_crickets_chirps_in_the_pause_after_a_line_are_no_faded_tail():
    """A cricket chirping in the pause after a line, its first chirp right at the line's end: pulses 14 ms long, 20 dB
    under the voice over a quiet room, their gaps shorter than a stop's closure.  Each stands over the pause's noise as
    a faded syllable does, so the tail was followed over the chirp (real Spanish under crickets: two ends carried
    +90 and +120 ms late); a tail lasts, a chirp's pulses do not (:mod:`aligner.align.ticking_ends`): the end on the
    voice's last sound stays."""
    from synth import at_rms, telephone_fricative, telephone_vowel

    rng = np.random.default_rng(3)
    room = np.zeros(int(0.5 * RATE))
    gap = np.zeros(int(0.06 * RATE))  # syllables apart: a dry line falls steeply between them (dry_room)
    line = np.concatenate([part for _ in range(4) for part in (at_rms(telephone_vowel(0.25), 0.15), gap)]
                          + [at_rms(telephone_vowel(0.25), 0.15), at_rms(telephone_fricative(0.1, rng), 0.04)])
    pause = _chirps(int(1.2 * RATE), 0.45, rng) * 0.15 / 10 ** (20 / 20)
    nxt = at_rms(telephone_vowel(0.8, 150.0), 0.15)
    y = np.concatenate([room, line, pause, nxt])
    audio = Audio.from_float((y + rng.normal(0, 0.0003, len(y))).astype(np.float32))
    env = Envelope(audio)
    voice_end = (len(room) + len(line)) / RATE
    assert dry_room(env, 0.0, audio.duration)
    items = [placed_over("Uno dos tres.", 0.5, voice_end), placed_over("Cuatro.", voice_end + 1.2, audio.duration)]
    follow_faded_tails(items, env, 0.0, audio.duration, audio)
    assert abs(items[0].segment.end - voice_end) <= 0.03, (items[0].segment.end, voice_end)


def test_a_sound_rising_over_the_pause_after_an_end_is_no_faded_tail():
    """fy_no_espeak_mosquito_zipper's "... den lille øya." (j213), its whole band after the right end (dB over the
    tail's bar; its first 120 ms as measured, then sinking): a mosquito circling in rose 3.6 dB over 70 ms and sank
    over 0.3 s, and the end was followed +190 ms onto it.  A faded last sound only falls; a release after a stop's closure rises out of the closure's quiet,
    which breaks the run from the end, and is still followed."""
    from aligner.align.faded_tails import swells_after_end

    mosquito = np.array([2.8, 3.3, 4.3, 4.6, 5.3, 5.9, 6.1, 6.4, 6.1, 6.2, 5.9, 5.4, 4.5, 3.2, 2.0, 0.5, -1.0, -3.0])
    fading = np.array([8.0, 7.6, 7.9, 6.5, 5.8, 5.9, 4.2, 3.0, 2.1, 0.4, -2.0, -4.0])
    released = np.array([4.0, 3.0, 1.0, -3.0, -4.0, 5.0, 6.0, 2.0, -5.0, -6.0])
    assert swells_after_end(mosquito)
    assert not swells_after_end(fading) and not swells_after_end(released)


def test_a_drone_flickering_after_a_line_end_is_no_faded_tail(tmp_path, monkeypatch):
    """A line that stops dead (espeak-ng), its end put 20 ms inside its last sound, then a 25 Hz drone for 0.25 s
    from there -- a tumble dryer's drum through a wall -- its 10 ms frames flickering 11 dB, every other one over the
    whole band's bar.  Bridged as a closure's breaks, it is held over the pause's noise and then stops, as a faded
    syllable is, and the end was followed onto it (``ny_eu_espeak_dryer`` "... ematen da.": +3 -> +273 ms).  A faded
    syllable glides down; this jumps frame to frame as impacts do: the end stays.  Without that check it is
    followed."""
    from aligner.align import faded_tails

    wav = tmp_path / "drone.wav"
    truth = synthesize_talk([FIRST, SECOND], wav, pauses=[1.0], voices=("fr",))
    x = load_audio(str(wav)).samples.astype(np.float64) / 32768
    rng = np.random.default_rng(11)
    speech = np.sqrt(np.mean(x[np.abs(x) > 1e-3] ** 2))
    y = x + rng.normal(0, speech * 10 ** (-40 / 20), len(x))
    a, n = int((truth[0].end - 0.03) * RATE), int(0.28 * RATE)
    y[a:a + n] += np.sin(2 * np.pi * 25 * np.arange(n) / RATE) * np.sqrt(2) * speech * 10 ** (-16 / 20)
    audio = Audio.from_float((0.3 * y / np.abs(y).max()).astype(np.float32))
    env = Envelope(audio)
    assert dry_room(env, 0.0, audio.duration)
    inside = truth[0].end - 0.02

    def lines():
        return [placed_over(FIRST, truth[0].start, inside), placed_over(SECOND, truth[1].start, truth[1].end)]

    items = lines()
    follow_faded_tails(items, env, 0.0, audio.duration, audio)
    assert items[0].segment.end <= truth[0].end + 0.03, (items[0].segment.end, truth[0].end)
    monkeypatch.setattr(faded_tails, "flickers", lambda *a, **k: False)  # the check this test is about
    items = lines()
    assert follow_faded_tails(items, env, 0.0, audio.duration, audio) == 1
    assert items[0].segment.end > truth[0].end + 0.15, (items[0].segment.end, truth[0].end)
