"""A speaker trailing off next to a loud line: the end reaches the fade's last sound, judged against the pause's
floor, not against 30 % of the loud line's peak (j123, issue 7)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.activity import Envelope
from aligner.align.boundaries import reach_last_sounds
from aligner.align.placement import Placed
from aligner.audio.decode import Audio
from aligner.document import Segment, Word
from tests.synth import RATE, espeak_available, speak

pytestmark = pytest.mark.skipif(not espeak_available(), reason="needs espeak-ng")

LOUD_AT, GAP, PAUSE = 0.5, 0.4, 1.5  #: where the loud line starts, the pause after it, the pause after ours (s)
QUIET_DB = -20.0  #: our line against the loud one (dB)
FADE, FADE_DB = 0.6, 10.0  #: our line's last FADE s fall FADE_DB, as a speaker trailing off does
NOISE_DB = -62.0  #: the room's quiet noise (dBFS)
OVER_NOISE_DB = 6.0  #: the line's last sound: where it last stands this far over the noise


def _talk(burst_db: float | None = None, whirr_after: float | None = None
          ) -> tuple[Audio, tuple[float, float], tuple[float, float], float]:
    """A loud espeak-ng line, then a quiet one whose last FADE s fall FADE_DB, then a pause on a quiet noise floor;
    with ``burst_db``, 0.1 s of noise that loud (dBFS) 0.08 s after our line (a cough, a listener, a rustle); with
    ``whirr_after``, a slide projector changing slides that long (s) after our line's last sound: a clunk 30 dB over
    the noise, then its motor's whirr (a 700 Hz hum and its harmonics) 20 dB over it for 0.4 s.
    Returns the audio, the two lines' spans and where our line's sound last stands OVER_NOISE_DB over the noise."""
    loud = speak("We open the meeting with the budget.")
    ours = speak("Please stay on the line.") * np.float32(10 ** (QUIET_DB / 20))
    n = int(FADE * RATE)
    ours[-n:] *= (10 ** (-np.linspace(0.0, FADE_DB, n) / 20)).astype(np.float32)
    a = int(LOUD_AT * RATE)
    b = a + len(loud) + int(GAP * RATE)
    rng = np.random.default_rng(3)
    x = (rng.standard_normal(b + len(ours) + int(PAUSE * RATE)) * 10 ** (NOISE_DB / 20)).astype(np.float32)
    x[a:a + len(loud)] += loud
    x[b:b + len(ours)] += ours
    if burst_db is not None:
        c = b + len(ours) + int(0.08 * RATE)
        x[c:c + int(0.1 * RATE)] += (rng.standard_normal(int(0.1 * RATE)) * 10 ** (burst_db / 20)).astype(np.float32)
    hop = int(0.01 * RATE)
    k = len(ours) // hop
    level = 10 * np.log10(np.mean(ours[:k * hop].reshape(k, hop).astype(np.float64) ** 2, axis=1) + 1e-20)
    last = (np.flatnonzero(level > NOISE_DB + OVER_NOISE_DB)[-1] + 1) * 0.01
    if whirr_after is not None:
        c = b + int((last + whirr_after) * RATE)
        clunk, m = int(0.02 * RATE), int(0.4 * RATE)
        x[c:c + clunk] += (rng.standard_normal(clunk) * 10 ** ((NOISE_DB + 30) / 20)).astype(np.float32)
        t = np.arange(m) / RATE
        hum = sum(np.sin(2 * np.pi * 700.0 * h * t) / h for h in (1, 2, 3))
        x[c + clunk:c + clunk + m] += (hum / np.sqrt(np.mean(hum ** 2)) * 10 ** ((NOISE_DB + 20) / 20)).astype(np.float32)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, (a / RATE, (a + len(loud)) / RATE), (b / RATE, (b + len(ours)) / RATE), b / RATE + last


def _lines(loud: tuple[float, float], ours: tuple[float, float], end: float) -> list[Placed]:
    """The two lines as the phone pass leaves them, ours ended at ``end``."""
    def two(text: str, first: str, last: str, a: float, b: float) -> Placed:
        words = (Word(first, a, a + 0.5, 0.9), Word(last, a + 0.5, b, 0.9))
        return Placed(Segment(text, a, b, words=words), ("exact", "exact"))
    return [two("We open the meeting with the budget.", "We", "budget.", *loud),
            two("Please stay on the line.", "Please", "line.", ours[0], end)]


def test_a_trailing_line_next_to_a_loud_one_ends_at_its_fades_last_sound():
    audio, loud, ours, last_sound = _talk()
    env = Envelope(audio)
    # the bar of sound the loud line sets lies over the fade's last 0.1 s: the edge rules before stopped there
    assert env.threshold(*ours, frac=0.3) - env.floor(*ours) > 12.0
    items = _lines(loud, ours, last_sound - 0.2)
    stats = reach_last_sounds(items, audio, env, [True, True], 0.0, audio.duration)
    assert abs(items[1].segment.end - last_sound) <= 0.03, (items[1].segment.end, last_sound)
    assert stats["quiet_last_sounds"] == 1
    assert items[1].segment.words[-1].end == items[1].segment.end
    assert abs(items[0].segment.end - loud[1]) <= 0.01  # the loud line ended where its sound stops: it stays


def test_a_projectors_whirr_later_in_the_pause_does_not_hide_the_lines_last_sound():
    """A slide projector changing slides 0.3 s after the line: its clunk and whirr, 20-30 dB over the pause's noise,
    fill a third of the pause the noise is read over.  The pause's noise is read before they come in: read over them,
    its top stood over the line's fading last sound, which stayed the pause's (fy's 8 kHz "menu.", -174 ms; j215)."""
    audio, loud, ours, last_sound = _talk(whirr_after=0.3)
    env = Envelope(audio)
    items = _lines(loud, ours, last_sound - 0.2)
    stats = reach_last_sounds(items, audio, env, [True, True], 0.0, audio.duration)
    assert stats["quiet_last_sounds"] == 1
    assert abs(items[1].segment.end - last_sound) <= 0.03, (items[1].segment.end, last_sound)


def test_the_pauses_noise_is_read_after_the_lines_sound_and_before_another_comes_in():
    """The pause is read from 0.15 s after the end: an end put 0.2 s early leaves the line's fading sound in its first
    frames (8 kHz "greeting.": 5 dB over the pause); a clunk and a whirr end it.  Neither is the pause's noise.  A
    pause of noise alone is read whole, and so is one a cricket chirps in now and then (``ey_real_crickets_page``: read
    from after its first chirps to before its next, the pause's top fell under them and an end was carried 84 ms on
    into them)."""
    from aligner.align.quiet_last_sounds import quiet_frames

    rng = np.random.default_rng(7)
    noise = -50.0 + rng.uniform(-1.5, 1.5, 40)
    tail = np.array([-45.0, -43.0, -44.0, -46.0])
    assert quiet_frames(np.concatenate([tail, noise[:15], [-26.0, -30.0], np.full(20, -33.0)])) == slice(4, 19)
    assert quiet_frames(noise) == slice(0, 40)
    chirps = noise.copy()
    chirps[[1, 2, 5, 6, 25, 26]] = -33.0  # a cricket chirping on and off: the pause's own sound, read with it
    assert quiet_frames(chirps) == slice(0, 40)


def test_a_louder_burst_after_a_trailing_line_is_not_its_last_sound():
    audio, loud, ours, last_sound = _talk(burst_db=-40.0)
    env = Envelope(audio)
    items = _lines(loud, ours, last_sound - 0.2)
    reach_last_sounds(items, audio, env, [True, True], 0.0, audio.duration)
    assert items[1].segment.end < ours[1] + 0.05, (items[1].segment.end, ours[1])


@pytest.mark.parametrize("language", ["en", "fr", "sv", None])
def test_the_phone_pass_s_early_end_reaches_the_last_sound_whatever_the_language(language, monkeypatch):
    """The rule reads the sound and the pause's noise, which are no language's: a line's quiet last sound that the
    phone pass gave to the pause is the line's in French as in English (the /l/ of "étoile" under an espresso pump
    on the twenty-fifth set's real French prompts, 208 ms of it, was left while the rule ran on English only; j191).
    The phone pass is taken as having placed both lines where they are, ours 0.2 s short of its last sound."""
    from aligner.align import boundaries
    monkeypatch.setattr(boundaries.PhoneticRefiner, "refine", lambda self, items, *args: [True] * len(items))
    audio, loud, ours, last_sound = _talk()
    env = Envelope(audio)
    items = _lines(loud, ours, last_sound - 0.2)
    stats = boundaries.refine_stretch(items, audio, env, 0.0, audio.duration, phonetic=True, language=language)
    assert stats["quiet_last_sounds"] == 1
    assert abs(items[1].segment.end - last_sound) <= 0.03, (items[1].segment.end, last_sound)


def _over_a_rumble(swell_db: float, tail: bool) -> tuple[Audio, float, float]:
    """A line (a vowel, then a hiss) over a 20 Hz rumble 10 dB over a soft hiss of the room (a building's, a handled
    microphone's: under every octave a voice is heard in), the rumble swelling by ``swell_db`` over the 0.1 s after
    the line and settling; with ``tail``, the line's hiss fading on for 0.12 s into the room.  Returns the audio, the
    line's start and the end the phone pass gave it (where its loud hiss stops)."""
    from tests.synth import at_rms, telephone_fricative, telephone_vowel

    rng = np.random.default_rng(5)
    n, a = 3 * RATE, RATE // 2
    line = np.concatenate([at_rms(telephone_vowel(0.6), 0.1), at_rms(telephone_fricative(0.15, rng), 0.05)])
    b = a + len(line)
    gain, m = np.ones(n), RATE // 10
    gain[b:b + m] = 10 ** (swell_db / 20 * np.sin(np.pi * np.arange(m) / m))
    t = np.arange(n) / RATE
    x = np.sqrt(2) * 10 ** (-40 / 20) * np.sin(2 * np.pi * 20.0 * t) * gain + rng.normal(0, 10 ** (-50 / 20), n)
    x[a:b] += line
    if tail:
        k = int(0.12 * RATE)
        x[b:b + k] += at_rms(telephone_fricative(0.12, rng), 0.05) * 10 ** (-np.linspace(6, 40, k) / 20)
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), a / RATE, b / RATE


def test_a_rumble_swelling_under_the_voices_octaves_is_not_the_lines_last_sound():
    """Over the whole band a rumble under every octave a voice is heard in swells 6 dB after a line's hiss and
    passes for its last sound; in no octave from 100 Hz up does it stand over the pause's top (j206: "message." under
    a murmur was carried 0.2 s on into its prompt's own rumble, ``ey_real_pour_shredder_dashes``).  The line's hiss
    fading on over the same rumble is still followed."""
    from aligner.align.quiet_last_sounds import quiet_last_sound_end

    audio, start, end = _over_a_rumble(6.0, tail=False)
    assert quiet_last_sound_end(audio, Envelope(audio), start, end, audio.duration, 0.5, 0.15) is None
    audio, start, end = _over_a_rumble(0.0, tail=True)
    followed = quiet_last_sound_end(audio, Envelope(audio), start, end, audio.duration, 0.5, 0.15)
    assert followed is not None and followed >= end + 0.03, (followed, end)


def _release_under_thunder() -> tuple[Audio, float, float, float]:
    """A vowel, a stop's closure (30 ms), its release (a 40 ms burst of noise over 500-7000 Hz), then a pause, all
    under a rumble of 100-450 Hz noise (thunder) that sets the whole band's level: the release stands 20 dB over the
    pause in the octaves above 500 Hz and under the rumble in the whole band.  Returns the audio, the line's start,
    the end the phone pass gave it (in the closure) and where the release stops."""
    from tests.synth import at_rms, smooth_band, telephone_vowel

    rng = np.random.default_rng(7)
    n, a = 3 * RATE, RATE // 2
    vowel = at_rms(telephone_vowel(0.6), 0.1)
    closure_at = a + len(vowel)
    release_at = closure_at + int(0.03 * RATE)
    release_end = release_at + int(0.04 * RATE)
    x = at_rms(smooth_band(rng.normal(size=n), 100.0, 450.0), 0.03) + rng.normal(0, 10 ** (-80 / 20), n)
    x[a:closure_at] += vowel
    x[release_at:release_end] += at_rms(smooth_band(rng.normal(size=release_end - release_at), 500.0, 7000.0), 0.01)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    return audio, a / RATE, closure_at / RATE + 0.01, release_end / RATE


def test_a_release_under_a_rumble_that_fills_the_whole_band_is_the_lines_last_sound():
    """A stop's release after its closure, under a low rumble 5 dB over it in the whole band, stands over the pause's
    top in every octave from 500 Hz up at once: it is the line's (``bx_sv_espeak_thunder``'s "... takt." was left in
    its /k/ closure under thunder, -146 ms, while only the whole band was read for sound)."""
    from aligner.align.quiet_last_sounds import pause_top, quiet_last_sound_end

    audio, start, end, release_end = _release_under_thunder()
    env = Envelope(audio)
    assert env.power(release_end - 0.04, release_end) < pause_top(env, end, audio.duration)
    followed = quiet_last_sound_end(audio, env, start, end, audio.duration, 0.5, 0.15)
    assert followed is not None and abs(followed - release_end) <= 0.015, (followed, release_end)


def _line_then_a_compander_hiss() -> tuple[Audio, float, float]:
    """A vowel through an analogue wireless microphone: its compander lets the link's hiss (1-7 kHz) through 20 dB
    louder while the voice lasts and closes on it over 0.15 s after, so the hiss stands 5-14 dB over the pause's top in
    the octaves from 1 kHz up and only falls; a noise above 7 kHz sets the whole band's level, so the whole band does
    not hear the hiss.  Returns the audio, the line's start and where its vowel stops."""
    from tests.synth import at_rms, smooth_band, telephone_vowel

    rng = np.random.default_rng(7)
    n, a = 3 * RATE, RATE // 2
    vowel = at_rms(telephone_vowel(0.6), 0.1)
    b = a + len(vowel)
    gain_db = np.zeros(n)
    gain_db[a:b] = 20.0
    gain_db[b:b + int(0.15 * RATE)] = np.linspace(20.0, 0.0, int(0.15 * RATE))
    hiss = at_rms(smooth_band(rng.normal(size=n), 1000.0, 7000.0), 10 ** (-70 / 20)) * 10 ** (gain_db / 20)
    x = at_rms(smooth_band(rng.normal(size=n), 7300.0, 8000.0), 0.01) + hiss + rng.normal(0, 10 ** (-90 / 20), n)
    x[a:b] += vowel
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), a / RATE, b / RATE


def test_a_compander_s_hiss_closing_after_a_line_is_not_its_last_sound():
    """The hiss a compander lets through with the voice stands over the pause's top in three octaves at once after the
    vowel stops, as a release does, but it never rises into them: it was there all along and falls as the expander
    closes (``jx_ru_real_n95_wireless_avi``: vowel and nasal ends followed +27 -> +103..+109 ms onto it).  The end
    stays at the vowel; reading every burst across octaves as the line's, it went 85 ms on into the hiss."""
    from aligner.align.quiet_last_sounds import quiet_last_sound_end

    audio, start, end = _line_then_a_compander_hiss()
    followed = quiet_last_sound_end(audio, Envelope(audio), start, end, audio.duration, 0.5, 0.15)
    assert followed is None or followed <= end + 0.015, (followed, end)


def _vowel_on_a_quiet_room(seed: int) -> tuple[np.ndarray, np.random.Generator, int, int]:
    """3 s of a quiet room (-66 dBFS) with a line in it from 0.5 s: 0.8 s of a vowel.  Returns the samples, the
    room's generator and where the vowel starts and stops (samples)."""
    from tests.synth import at_rms, telephone_vowel

    rng = np.random.default_rng(seed)
    vowel = at_rms(telephone_vowel(0.8), 0.1)
    a = RATE // 2
    b = a + len(vowel)
    x = rng.normal(0, 10 ** (-66 / 20), 3 * RATE)
    x[a:b] += vowel
    return x, rng, a, b


def _line_then_a_clunk(whirr: bool) -> tuple[Audio, float, float]:
    """A line (0.8 s of a vowel) on a quiet room, 0.11 s of the room, then a slide projector's change: the changer's
    clunk (30 ms of noise, 12 dB under the vowel) and, with ``whirr``, the tray's motor whirring round after it (a
    400 Hz whine and air noise, 26 dB under, 0.5 s).  Returns the audio, the line's start and where its vowel stops."""
    from tests.synth import at_rms

    x, rng, a, b = _vowel_on_a_quiet_room(7)
    c = b + int(0.11 * RATE)
    k = int(0.03 * RATE)
    x[c:c + k] += at_rms(rng.normal(0, 1, k), 0.1 * 10 ** (-12 / 20)) * np.exp(-np.arange(k) / (0.015 * RATE))
    if whirr:
        m = int(0.5 * RATE)
        t = np.arange(m) / RATE
        x[c + k:c + k + m] += at_rms(np.sin(2 * np.pi * 400 * t) + 0.5 * rng.normal(0, 1, m), 0.1 * 10 ** (-26 / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), a / RATE, b / RATE


@pytest.mark.parametrize("text, whirr, followed", [("In the end, we met in the spring.", False, False),
                                                   ("In the end, we met at the market.", False, True),
                                                   ("In the end, we met in the spring.", True, False),
                                                   ("In the end, we met at the market.", True, False)])
def test_a_clunk_after_a_line_that_ends_on_its_fade_is_not_its_release(text, whirr, followed):
    """Sound that comes back after a dip is a stop's release or a fricative's hiss -- which a word ending in a vowel,
    a nasal or a liquid does not have: a slide projector's clunk 0.1 s after "... in the spring." carried the end on
    to it (``fy_flite_projector_plain``, +21 -> +126 ms; j212).  After a word that ends in a stop, the same lone
    clunk is taken for its release, as it was (what the rule was built for).  With the tray's whirr after the clunk,
    neither is followed: the pause's noise is read where it is quiet (:func:`.quiet_last_sounds.quiet_frames`, j215),
    and the clunk and whirr run on to the reach's limit as one sound -- no fade of the line's."""
    from aligner.align.boundaries import follow_quiet_last_sounds

    audio, start, end = _line_then_a_clunk(whirr)
    words = (Word("In", start, start + 0.3, 0.9), Word(text.split()[-1], start + 0.3, end, 0.9))
    items = [Placed(Segment(text, start, end, words=words), ("exact", "exact"))]
    moved = follow_quiet_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration, language="en")
    assert (moved == 1 and items[0].segment.end > end + 0.1) == followed, (items[0].segment.end, end)


def _fade_then_a_stamp(stamp: bool) -> tuple[Audio, float, float]:
    """A line (0.8 s of a vowel) on a quiet room whose voice goes on 50 ms more 30 dB under it (a fade still over the
    room's noise, no dip), then, with ``stamp``, a clerk's stamp landing: a body struck at once (90, 140, 210 Hz),
    6 dB under the vowel, ringing 0.1 s (decay time 30 ms) and stopped.  Returns the audio, the line's start and
    where its vowel stops."""
    from tests.synth import at_rms

    x, _, a, b = _vowel_on_a_quiet_room(7)
    n = int(0.05 * RATE)
    x[b:b + n] += at_rms(np.sin(2 * np.pi * 130 * np.arange(n) / RATE), 0.1 * 10 ** (-30 / 20))
    if stamp:
        t = np.arange(int(0.1 * RATE)) / RATE
        body = sum(np.sin(2 * np.pi * f * t + p) for f, p in ((90.0, 0.3), (140.0, 1.1), (210.0, 2.0)))
        x[b + n:b + n + len(t)] += at_rms(body, 0.1 * 10 ** (-6 / 20)) * np.exp(-t / 0.03)
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), a / RATE, b / RATE


@pytest.mark.parametrize("stamp", [True, False])
def test_a_stamp_jumping_out_of_a_lines_fade_is_not_its_last_sound(stamp, monkeypatch):
    """A line voiced to its end has no release: what jumps out of its fading last sound is another sound's onset.  A
    clerk's stamp 50 ms after "... in the evening.", the fade between still over the pause's noise, was followed with
    it and over the stamp's ring (``uy_festival_stamp_liptrill_dashes``, +5 -> +213 ms, the forty-second set's
    look).  The fade alone is followed to where it stops; with the stamp the end stays (and with the jump left
    unread, as before, it went over the stamp)."""
    from aligner.align import quiet_last_sounds
    from aligner.align.boundaries import follow_quiet_last_sounds

    audio, start, end = _fade_then_a_stamp(stamp)

    def followed_to() -> float:
        words = (Word("In", start, start + 0.3, 0.9), Word("evening.", start + 0.3, end, 0.9))
        items = [Placed(Segment("In the end, we met in the evening.", start, end, words=words), ("exact", "exact"))]
        follow_quiet_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration, language="en")
        return items[0].segment.end - end

    if stamp:
        assert followed_to() < 0.06
        monkeypatch.setattr(quiet_last_sounds, "sound_jumps_in", lambda *args: None)
        assert followed_to() > 0.1
    else:
        assert 0.03 <= followed_to() <= 0.07


@pytest.mark.parametrize("text, language, followed", [("Ci siamo visti nel parco.", "it", False),
                                                      ("Il est sept.", "fr", True),
                                                      ("Nos vimos al final del mes.", "es", True)])
def test_outside_english_the_last_phone_as_the_phone_pass_reads_it_decides_too(text, language, followed):
    """The same reading in every language the phone pass speaks, the last phone from espeak-ng's pronunciation
    (:func:`.sibilant_ends.last_phones`): a frog's croak 0.1 s after a real Italian "... nell'elenco." carried the end
    on to it (``hy_it_real_frogs``, +15 -> +242 ms; until j231 every language but English was let come back after a
    dip).  A French line ending on a stop's release, a Spanish one on its /s/, still come back."""
    from aligner.align.boundaries import follow_quiet_last_sounds

    audio, start, end = _line_then_a_clunk(False)
    words = (Word(text.split()[0], start, start + 0.3, 0.9), Word(text.split()[-1], start + 0.3, end, 0.9))
    items = [Placed(Segment(text, start, end, words=words), ("exact", "exact"))]
    moved = follow_quiet_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration, language=language)
    assert (moved == 1 and items[0].segment.end > end + 0.1) == followed, (items[0].segment.end, end)


def _line_then_a_short_sound(kind: str, after: float) -> tuple[Audio, float, float]:
    """An espeak-ng line ending on a stop ("... now muted."), a pink room 40 dB under it, then ``after`` s past the
    line's last sound one short sound 24 dB over the room: a dripping tap's ``"plink"`` (a 1.6 kHz sine gliding up 45 %
    over 25 ms, dying to a twentieth, over a 1 ms splash: :func:`benchmarks.aside29_cases.plink`'s make), a heating
    pipe's ``"tick"`` (a 1.3 kHz ring and its 2.76 partial dying over 20 ms) or a ``"burst"`` of noise over
    500-7000 Hz as long (a stop's release); or a cat's ``"purr"``: pulses of low noise 25 a second from 30 ms
    after the line's end, each dying over 4 ms from 17 dB over the room, from ``after`` s on over 10 ms from 25 dB.
    Returns the audio, the line's start and where its sound stops."""
    from tests.synth import at_rms, smooth_band

    rng = np.random.default_rng(11)
    line = speak("You are now muted.")
    hop = int(0.01 * RATE)
    k = len(line) // hop
    level = 10 * np.log10(np.mean(line[:k * hop].reshape(k, hop).astype(np.float64) ** 2, axis=1) + 1e-20)
    last = (np.flatnonzero(level > level.max() - 45)[-1] + 1) * hop  # its sound, not espeak-ng's trimmed silence
    a = RATE // 2
    x = at_rms(smooth_band(rng.normal(size=a + last + 2 * RATE), 50.0, 7000.0), 1.0) * np.sqrt(np.mean(line ** 2))
    x *= 10 ** (-40 / 20)
    room = np.sqrt(np.mean(x ** 2))
    x[a:a + len(line)] += line
    x[a + last:a + len(line)] = x[a + last + RATE:a + len(line) + RATE]  # nothing of espeak-ng's after its sound
    m = int(0.025 * RATE)
    t = np.arange(m) / RATE
    c = a + last + int(after * RATE)
    if kind == "plink":
        f = 1600.0 * (1.0 + 0.45 * t / t[-1])
        sound = np.sin(2 * np.pi * np.cumsum(f) / RATE) * np.exp(-3.0 * t / t[-1])
        sound[:RATE // 1000] += 0.3 * rng.normal(size=RATE // 1000)
    elif kind == "purr":  # pulses 25 a second from 30 ms after the line's end, each dying over a frame or two
        k = int(0.04 * RATE)
        t = np.arange(k) / RATE
        for p in range(a + last + int(0.03 * RATE), c + int(0.06 * RATE), k):
            pulse = smooth_band(rng.normal(size=k), 100.0, 1500.0) * np.exp(-t / (0.01 if p >= c else 0.004))
            head = np.sqrt(np.mean(pulse[:RATE // 200] ** 2))
            x[p:p + k] += pulse * room * 10 ** ((25 if p >= c else 17) / 20) / head
        return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), a / RATE, (a + last) / RATE
    elif kind == "tick":
        sound = sum(np.sin(2 * np.pi * 1300.0 * r * t) * np.exp(-t * r / 0.02) / (j + 1)
                    for j, r in enumerate((1.0, 2.76)))
    else:
        sound = smooth_band(rng.normal(size=m), 500.0, 7000.0) * np.exp(-3.0 * t / t[-1])
    x[c:c + m] += at_rms(sound, room * 10 ** (24 / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), a / RATE, (a + last) / RATE


@pytest.mark.parametrize("kind, after, followed", [("plink", 0.1, False), ("plink", 0.17, False),
                                                   ("tick", 0.12, False), ("tick", 0.19, False),
                                                   ("burst", 0.1, True), ("purr", 0.15, False)])
def test_a_drips_plink_or_a_pipes_tick_after_a_line_is_not_its_release(kind, after, followed):
    """Sound that comes back after a dip no longer than a stop's closure is the word's release or hiss only when it is
    noise: a dripping tap's plink 0.15-0.2 s after "... muted." -- a tone at its own pitch, one narrow line -- carried
    the end on to it (``gy_real_drips_dashes``: three ends -13..-3 -> +185..+224 ms; j220), and so would a heating
    pipe's tick.  The same place holding a burst of noise over kHz is taken for the stop's release, as it was.  Nor
    is a cat's purr's pulse a release: its pulses come 25 a second in the dip too (:func:`.quiet_last_sounds.
    pulses_through_the_dip`; ``ly_real_long_mix_bwf`` "... now locked." -9 -> +190 ms, j253)."""
    from aligner.align.boundaries import follow_quiet_last_sounds

    audio, start, end = _line_then_a_short_sound(kind, after)
    words = (Word("You", start, start + 0.3, 0.9), Word("muted.", start + 0.3, end, 0.9))
    items = [Placed(Segment("You are now muted.", start, end, words=words), ("exact", "exact"))]
    moved = follow_quiet_last_sounds(items, audio, Envelope(audio), [True], 0.0, audio.duration, language="en")
    assert (moved == 1 and items[0].segment.end > end + after) == followed, (items[0].segment.end - end)


@pytest.mark.parametrize("kind, followed", [("tick", False), ("plink", False), ("burst", True)])
def test_a_tick_that_runs_on_from_a_lines_end_is_not_its_last_sound(kind, followed):
    """Sound that runs on unbroken from a line's end is its last sound (:func:`.boundaries.extend_to_sound`) only when
    it is no tone: a heating pipe's ticks 10-20 ms after "Press 0 for help." ran on from it as one sound and carried
    the end from -35 to +123 ms (``gy_real_radiator_page``; j220).  Noise there is followed, as it was."""
    from aligner.align.boundaries import extend_to_sound

    audio, start, end = _line_then_a_short_sound(kind, 0.01)
    words = (Word("You", start, start + 0.3, 0.9), Word("muted.", start + 0.3, end, 0.9))
    items = [Placed(Segment("You are now muted.", start, end, words=words), ("exact", "exact"))]
    extend_to_sound(items, audio, Envelope(audio), [True], 0.0, audio.duration)
    assert (items[0].segment.end > end + 0.02) == followed, (items[0].segment.end - end)


#: ``rx_real_long_mix_f4v`` "... you're calling." as the envelope reads it (dB, 10 ms frames from 292.39 s): the
#: line, its nasal fading from 292.59 s (the phone pass's end) to the voice's last frame at 292.76-292.77 (truth
#: 292.771), 2 dB over the pause's top, and the pause's noise, a low bump in it 30-70 ms after the voice.
CALLING_DB = [
    -20.4, -20.6, -21.3, -22.2, -24.2, -25.3, -23.1, -20.3, -19.0, -19.6, -19.8, -22.7, -26.0, -26.6, -27.1, -27.5,
    -27.2, -29.4, -33.3, -34.3, -36.2, -39.2, -37.9, -36.1, -39.6, -38.3, -40.2, -39.4, -42.2, -38.8, -42.2, -41.2,
    -43.2, -43.1, -44.2, -51.3, -48.4, -51.3, -53.4, -53.9, -54.8, -53.9, -52.5, -51.5, -52.2, -52.8, -54.9, -54.3,
    -56.0, -54.6, -54.1, -55.3, -55.3, -55.4, -55.0, -54.1, -54.4, -53.4, -54.1, -55.0, -54.6, -53.9, -54.0, -54.0,
    -54.2, -54.3, -53.8, -55.4, -54.1, -53.9, -54.2, -54.5, -54.4, -55.6, -55.5, -55.5, -56.2, -54.1, -54.7, -54.3,
    -54.8, -54.5, -54.7, -54.9, -54.4, -55.0, -55.7, -54.8, -54.9, -54.5, -55.1, -55.7, -55.9, -55.1, -55.3, -55.1]


def test_the_fades_last_frame_under_the_bar_is_not_read_as_the_pause_after_the_end():
    """j215 reads the pause's noise after the line's fade (its first three frames here are the nasal's last): right,
    but the 50 ms the end is judged by (``BEYOND``) were still read from the end on, and held the fade's last frame, 2
    dB over the pause's top and under the bar of sound: their mean stood 0.1 dB over the top and the end stayed at the
    phone pass's, 181 ms early.  Read from where the pause's noise begins, they lie in it."""
    from aligner.align.quiet_last_sounds import quiet_last_sound_end

    rng = np.random.default_rng(11)
    hop = int(0.01 * RATE)
    levels = [-20.0] * 20 + CALLING_DB + [-20.0] * 30  # the line before; the next line from 1.17 s
    frames = []
    for db in levels:  # white noise at each frame's measured level, exactly as the envelope reads it
        f = rng.standard_normal(hop)
        f -= f.mean()
        frames.append(f / np.sqrt(np.mean(f ** 2)) * 32768.0 * 10 ** (db / 20) / 32767.0)
    x = np.concatenate(frames)
    audio = Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE)
    env = Envelope(audio)
    assert abs(env.db[20 + 35] - CALLING_DB[35]) < 0.2
    end = quiet_last_sound_end(audio, env, 0.0, 0.4, 1.17, 0.46, 0.0)  # the phone pass's end: 292.59 s
    assert end is not None and abs(end - 0.565) <= 0.011, end  # 292.755 s: the fade's last frame over the bar


def _vowel_over_a_held_chord() -> tuple[Audio, float, float]:
    """A line (0.8 s of a vowel) on a quiet room, with an organ's chord under it -- a 98 Hz pedal and four pipes at
    fixed pitches, 24 dB under the vowel -- held on 0.34 s past the vowel and then let go.  Returns the audio, the
    line's start and where its vowel stops."""
    from tests.synth import at_rms

    x, _, a, b = _vowel_on_a_quiet_room(11)
    c0, c1 = a - RATE // 4, b + int(0.34 * RATE)
    t = np.arange(c1 - c0) / RATE
    chord = sum(np.sin(2 * np.pi * f * t) / (1 + k) for k, f in enumerate((98.0, 196.0, 247.0, 294.0, 392.0)))
    x[c0:c1] += at_rms(chord, 0.1 * 10 ** (-24 / 20))
    return Audio(None, (np.clip(x, -1, 1) * 32767).astype(np.int16), RATE), a / RATE, b / RATE


def test_a_chord_held_across_the_end_is_not_the_lines_fade():
    """An organ's chord held at one pitch and level across a line's end and let go 0.34 s later is the pause's own
    sound, not the line's fade: read as the fade, the pause's noise was read after the chord only, and the chord
    stood over it (``ky_real_organ_vtt_ismv``, an end carried -6 -> +339 ms onto it).  The end stays at the vowel."""
    from aligner.align.quiet_last_sounds import quiet_last_sound_end

    audio, start, end = _vowel_over_a_held_chord()
    followed = quiet_last_sound_end(audio, Envelope(audio), start, end, audio.duration, 0.5, 0.2)
    assert followed is None or followed <= end + 0.03, (followed, end)
