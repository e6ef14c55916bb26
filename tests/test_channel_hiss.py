"""A line heard through a two-way radio ends in the channel's hiss, which hides the rest of its fade: the review queue
doubts that end where the hiss goes away between overs (the channel's, not the room's), and an end left on a squelch
tail; the same line under a room's steady hiss at the same level, under a roar that swells and fades over seconds
(a leaf blower walking past), or over a clean channel, is not doubted."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.channel_hiss import end_on_squelch_tail, end_under_channel_hiss, keyed_channel
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio import Audio
from aligner.document import END_ON_SQUELCH_TAIL, END_UNDER_CHANNEL_HISS, LOW_CONFIDENCE, Segment, Word

RATE = 16000
VOICE = 0.1


def _line(seconds: float, f0: float = 140.0) -> np.ndarray:
    """A voiced line: harmonics of ``f0`` up to 3 kHz, its level swinging at 4 Hz as syllables do, fading out over
    its last 0.3 s by 50 dB as a prompt's last syllable does (its last 26 dB under a hiss 24 dB under the voice)."""
    t = np.arange(int(seconds * RATE)) / RATE
    x = sum(np.sin(2 * np.pi * f0 * k * t) / k for k in range(1, int(3000 / f0)))
    x = x * (0.55 + 0.45 * np.cos(2 * np.pi * 4 * t))
    fade = int(0.3 * RATE)
    x[-fade:] *= 10 ** (np.linspace(0.0, -50.0, fade) / 20)
    return (x * (VOICE / np.sqrt(np.mean(x[:-fade] ** 2)))).astype(np.float64)


def _noise(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
    x = rng.normal(0, 1, int(seconds * RATE))
    return x * (level / np.sqrt(np.mean(x ** 2)))


def _talk(rng: np.random.Generator, keyed: bool, hiss_db: float = 24.0, tail: bool = True
          ) -> tuple[Audio, list[tuple[float, float]], list[float]]:
    """Four lines, each followed by the rest of its over and a pause.  ``keyed``: a radio -- the channel's hiss
    (``hiss_db`` under the voice) only while keyed (0.25 s before each line to 0.15 s after it), a squelch tail
    (``tail``; 0.15 s of noise at the voice's level), then the squelched receiver, 45 dB under the voice, 0.8 s;
    not ``keyed``: the same hiss all through (a room's).  Returns the audio, each line's span and where the line's
    voice stands just over the hiss (where the pause pass ends it: the end we would give)."""
    hiss = VOICE * 10 ** (-hiss_db / 20)
    quiet = VOICE * 10 ** (-45 / 20) if keyed else hiss
    parts, spans, heard = [_noise(0.6, quiet, rng)], [], []
    at = 0.6
    for seconds in (1.6, 1.2, 1.4, 1.1):
        x = _line(seconds)
        parts.append(_noise(0.25, hiss, rng))
        at += 0.25
        parts.append(x + _noise(len(x) / RATE, hiss, rng))
        spans.append((at, at + seconds))
        heard.append(at + seconds - 0.3 * (1 - hiss_db / 50))  # the fade reaches the hiss's level here
        at += seconds
        rest = [_noise(0.15, hiss, rng)] + ([_noise(0.15, VOICE, rng)] if keyed and tail else [])
        rest.append(_noise(0.8, quiet, rng))
        parts += rest
        at += sum(len(p) for p in rest) / RATE
    return Audio.from_float(np.concatenate(parts).astype(np.float32)), spans, heard


def _lines(spans: list[tuple[float, float]], heard: list[float]) -> list[Segment]:
    """The talk's lines as we would time them: each from its start to where its voice meets the hiss."""
    return [Segment("Press one to record your greeting", start, end) for (start, _), end in zip(spans, heard)]


def _after(heard: list[float], k: int) -> float:
    """Where the line after line ``k`` starts (well after its end: the rest of the over and the pause)."""
    return heard[k + 1] - 1.0 if k + 1 < len(heard) else heard[k] + 1.0


def test_an_end_in_a_radio_channel_s_hiss_is_doubted_and_one_in_a_room_s_hiss_is_not():
    rng = np.random.default_rng(3)
    audio, spans, heard = _talk(rng, keyed=True)
    env = Envelope(audio)
    assert keyed_channel(env, _lines(spans, heard))  # the hiss after every line closes before the next
    for k, ((start, _), end) in enumerate(zip(spans, heard)):
        assert end_under_channel_hiss(env, start, end, _after(heard, k), True)
    room, spans, heard = _talk(np.random.default_rng(3), keyed=False)
    env = Envelope(room)
    assert not keyed_channel(env, _lines(spans, heard))  # the room's hiss holds through every pause
    for k, ((start, _), end) in enumerate(zip(spans, heard)):
        # even told the talk is keyed: a room's hiss is the talk's floor
        assert not end_under_channel_hiss(env, start, end, _after(heard, k), True)


def test_a_crackle_that_stops_before_each_next_line_is_no_channel(monkeypatch):
    """The talk keyed as above, but what sounds after each end and stops before the next line is a crackle -- clicks
    far apart for their length, sheets torn off a pad (``xy_real_tear_page``) -- not a channel's hiss: read with the
    audio, the talk is not keyed."""
    def crackle(seconds: float, level: float, rng: np.random.Generator) -> np.ndarray:
        n = int(seconds * RATE)
        x = (rng.random(n) < 400.0 / RATE) * rng.uniform(0.3, 1.0, n) * rng.choice((-1.0, 1.0), n)
        spectrum = np.fft.rfft(x)
        spectrum[np.fft.rfftfreq(n, 1 / RATE) < 1500.0] = 0.0
        x = np.fft.irfft(spectrum, n)
        return x * (level / max(np.sqrt(np.mean(x ** 2)), 1e-12))

    audio, spans, heard = _talk(np.random.default_rng(3), keyed=True)
    assert keyed_channel(Envelope(audio), _lines(spans, heard), audio)  # a channel's hiss, read with the audio too
    monkeypatch.setattr(__import__(__name__), "_noise", crackle)
    audio, spans, heard = _talk(np.random.default_rng(3), keyed=True, tail=False)
    env = Envelope(audio)
    assert keyed_channel(env, _lines(spans, heard))  # by the levels alone it closes after every over
    assert not keyed_channel(env, _lines(spans, heard), audio)


def _blower(audio: Audio, at: float, rise: float, hold: float, hiss: float, rng: np.random.Generator) -> Audio:
    """``audio`` with a roar laid over it from ``at`` s: broadband noise rising out of the quiet over ``rise`` s (40
    dB in level), standing ``hiss`` under the voice for ``hold`` s, fading back over ``rise`` s -- a leaf blower
    walking past, over lines and pauses alike; the talk's own quiet goes on until the roar has faded."""
    x = audio.samples.astype(np.float64) / 32767.0
    quiet = VOICE * 10 ** (-45 / 20)
    x = np.concatenate([x, _noise(max(0.0, at + 2 * rise + hold + 0.5 - len(x) / RATE), quiet, rng)])
    n = len(x)
    gain_db = np.full(n, -40.0)
    a, r, h = int(at * RATE), int(rise * RATE), int(hold * RATE)
    gain_db[a:a + r] = np.linspace(-40.0, 0.0, r)
    gain_db[a + r:a + r + h] = 0.0
    gain_db[a + r + h:a + 2 * r + h] = np.linspace(0.0, -40.0, r)
    roar = _noise(n / RATE, VOICE * 10 ** (-hiss / 20), rng) * 10 ** (gain_db / 20)
    return Audio.from_float((x + roar).astype(np.float32))


def test_an_end_under_a_roar_that_swells_and_fades_over_seconds_is_no_channel_s_hidden_fade():
    # four lines in a quiet room (the hiss 45 dB under the voice, no channel), a blower passing over all four: the
    # voice stands 24 dB over it, its roar is steady after every end and the quiet around lies 20 dB under it -- as a
    # radio's squelched receiver would -- but it holds through every pause: it does not come and go with the lines
    quiet, spans, heard = _talk(np.random.default_rng(7), keyed=False, hiss_db=45.0)
    audio = _blower(quiet, at=0.3, rise=1.5, hold=spans[-1][1] - 1.2, hiss=24.0, rng=np.random.default_rng(8))
    env = Envelope(audio)
    lines = _lines(spans, heard)
    assert not keyed_channel(env, lines)
    for k, ((start, _), end) in enumerate(zip(spans, heard)):
        # each end alone reads as one in a channel's hiss: only whether the talk is keyed tells them apart
        assert end_under_channel_hiss(env, start, end, _after(heard, k), True)
        assert not end_under_channel_hiss(env, start, end, _after(heard, k), False)
    st = Stretch([0, 1, 2, 3], 0.0, audio.duration)
    items = [_placed(s.text, s.start, s.end) for s in lines]
    for k in range(4):
        assert END_UNDER_CHANNEL_HISS not in surroundings(items, k, [], env, st, audio=audio,
                                                          keyed=keyed_channel(env, lines))[4]


def test_a_clean_channel_or_sound_close_to_the_voice_is_no_hidden_fade():
    for hiss_db in (40.0, 5.0):  # the fade is heard down to 40 dB; 5 dB under the voice is no usable channel's hiss
        audio, spans, heard = _talk(np.random.default_rng(4), keyed=True, hiss_db=hiss_db)
        env = Envelope(audio)
        keyed = keyed_channel(env, _lines(spans, heard))
        for k, ((start, _), end) in enumerate(zip(spans, heard)):
            assert not end_under_channel_hiss(env, start, end, _after(heard, k), keyed), hiss_db


def test_an_end_left_where_a_squelch_tail_is_cut_off_is_doubted():
    rng = np.random.default_rng(5)
    audio, spans, heard = _talk(rng, keyed=True)
    env = Envelope(audio)
    for (start, end), _ in zip(spans, heard):
        cut = end + 0.30  # the rest of the over's hiss (0.15 s), then the tail (0.15 s)
        assert end_on_squelch_tail(env, audio, start, cut)
        assert not end_on_squelch_tail(env, audio, start, end)  # the line's own fade
    audio, spans, _ = _talk(np.random.default_rng(5), keyed=True, tail=False)
    env = Envelope(audio)
    for start, end in spans:
        assert not end_on_squelch_tail(env, audio, start, end + 0.15)  # the over's hiss cut off: no tail


def _placed(text: str, start: float, end: float) -> Placed:
    words = text.split()
    step = (end - start) / len(words)
    seg = Segment(text, start, end, words=tuple(Word(w, start + k * step, start + (k + 1) * step, 1.0)
                                                for k, w in enumerate(words)))
    return Placed(seg, ("exact",) * len(words), (0.9,) * len(words))


def test_a_line_ending_in_the_channel_s_hiss_goes_to_review_in_any_language_and_nothing_moves():
    audio, spans, heard = _talk(np.random.default_rng(6), keyed=True)
    env = Envelope(audio)
    st = Stretch([0, 1, 2, 3], 0.0, audio.duration)
    items = [_placed("Press one to record your greeting", start, end) for (start, _), end in zip(spans, heard)]
    keyed = keyed_channel(env, [item.segment for item in items])
    for k, english in ((1, True), (2, False)):
        around = surroundings(items, k, [], env, st, audio=audio, english=english, keyed=keyed)
        assert END_UNDER_CHANNEL_HISS in around[4]
        seg = finish_segment(items[k], *around)
        assert seg.confidence < LOW and seg.has(END_UNDER_CHANNEL_HISS) and seg.has(LOW_CONFIDENCE)
        assert seg.end == heard[k]  # a doubt only: nothing moves


def test_the_review_queue_says_where_the_end_may_lie():
    from ui import review

    seg = Segment("Press one.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(END_UNDER_CHANNEL_HISS)
    assert "later" in review.segment_reason(seg)
    seg = Segment("Press one.", 1.0, 2.0).with_flag(LOW_CONFIDENCE).with_flag(END_ON_SQUELCH_TAIL)
    assert "earlier" in review.segment_reason(seg)
