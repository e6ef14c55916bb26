"""A line's end carried on past where the phone pass ended it, further than a word's last sound lasts."""

from __future__ import annotations

import numpy as np

from aligner.align.activity import Envelope
from aligner.align.carried_ends import LAST_SOUND_RUN, end_carried_past_phones
from aligner.align.confidence import LOW
from aligner.align.placement import Placed
from aligner.align.scoring import finish_segment, surroundings
from aligner.align.stretches import Stretch
from aligner.audio.decode import Audio
from aligner.document import END_CARRIED_ON, LOW_CONFIDENCE, Segment, Word

RATE = 16000
START, PHONE_END = 1.0, 2.4  #: where the line's voice is, and where the phone pass ended its last word
TEXT = "We finished the report on time"


def _recording_samples() -> np.ndarray:
    """Faint noise; the line from START to PHONE_END, its last sound going on 0.15 s after it, 10 dB weaker."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    for a, b, level in ((START, PHONE_END, 0.2), (PHONE_END, PHONE_END + 0.15, 0.06)):
        x[int(a * RATE):int(b * RATE)] += level * rng.normal(size=int(b * RATE) - int(a * RATE))
    return x


def _recording() -> Envelope:
    return Envelope(Audio.from_float(_recording_samples().astype(np.float32)))


def _line(end: float, phone_end=PHONE_END) -> Placed:
    """"We finished the report on time", its last word ending at ``end``; the phone pass had ended it at
    ``phone_end`` (None: the phone pass did not place it)."""
    times = [(START, 1.3), (1.3, 1.7), (1.7, 1.8), (1.8, 2.1), (2.1, 2.2), (2.2, end)]
    words = tuple(Word(t, a, b, 1.0) for t, (a, b) in zip(["We", "finished", "the", "report", "on", "time"], times))
    return Placed(Segment(TEXT, START, end, words=words), ("exact",) * 6, (0.9,) * 6, phone_end=phone_end)


def test_an_end_carried_further_than_a_last_sound_lasts_is_doubted_and_a_last_sound_followed_is_not():
    """Followed 0.2 s on (a fading last vowel the phone model left to the pause): a correction.  Followed half a
    second on (a room's tail at the voice's level): the end was carried down it."""
    assert not end_carried_past_phones(_line(PHONE_END))
    assert not end_carried_past_phones(_line(PHONE_END + 0.2))
    assert not end_carried_past_phones(_line(PHONE_END + LAST_SOUND_RUN - 0.01))
    assert end_carried_past_phones(_line(PHONE_END + LAST_SOUND_RUN + 0.01))
    assert end_carried_past_phones(_line(PHONE_END + 0.5))
    # an end moved earlier than the phone pass put it, or a line the phone pass did not place, says nothing
    assert not end_carried_past_phones(_line(PHONE_END - 0.5))
    assert not end_carried_past_phones(_line(PHONE_END + 0.5, phone_end=None))


def test_a_carried_end_sends_its_english_line_to_review_with_its_reason():
    env = _recording()
    st = Stretch([0], 0.0, 4.5)
    for end, doubted in ((PHONE_END + 0.5, True), (PHONE_END + 0.15, False)):
        item = _line(end)
        around = surroundings([item], 0, [], env, st, english=True)
        assert (END_CARRIED_ON in around[4]) == doubted
        seg = finish_segment(item, *around)
        assert (seg.confidence < LOW) == doubted
        assert seg.has(END_CARRIED_ON) == doubted and seg.has(LOW_CONFIDENCE) == doubted
    # outside English (where other rules carry ends too, and it was not measured) it is not read
    assert END_CARRIED_ON not in surroundings([_line(PHONE_END + 0.5)], 0, [], env, st)[4]


def _voiced_rest() -> Audio:
    """The line as in :func:`_recording`, but what goes on after PHONE_END for 0.5 s is voiced: a 150 Hz vowel 10 dB
    under the line (a word's rest the phone model gave to the pause), and the same stretch as noise in a copy."""
    rng = np.random.default_rng(7)
    x = 0.001 * rng.normal(size=int(4.5 * RATE))
    a, b = int(START * RATE), int(PHONE_END * RATE)
    x[a:b] += 0.2 * rng.normal(size=b - a)
    t = np.arange(int(0.5 * RATE)) / RATE
    vowel = sum(np.sin(2 * np.pi * 150.0 * h * t) / h for h in range(1, 8))
    x[b:b + len(t)] += 0.06 * vowel / np.sqrt(np.mean(vowel ** 2))
    return Audio.from_float(x.astype(np.float32))


def test_an_end_carried_along_the_lines_own_voice_is_not_doubted():
    """j171: the phone pass ended the line half a second early and the rules after it followed its voiced rest on
    (a Dolby B tape played undecoded: rx_real_dolby_srt): the stretch followed is a voice, not a tail; carried as far
    along noise (:func:`_recording`), it is doubted."""
    voiced = _voiced_rest()
    assert not end_carried_past_phones(_line(PHONE_END + 0.5), voiced)
    noisy = Audio.from_float(np.asarray(_recording_samples(), dtype=np.float32))
    assert end_carried_past_phones(_line(PHONE_END + 0.5), noisy)
    st = Stretch([0], 0.0, 4.5)
    around = surroundings([_line(PHONE_END + 0.5)], 0, [], Envelope(voiced), st, audio=voiced, english=True)
    assert END_CARRIED_ON not in around[4]
