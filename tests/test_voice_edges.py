"""The review queue's voicing evidence: an edge in sound with no voice in it (applause, typing) is in doubt."""

from __future__ import annotations

import numpy as np
import pytest

from synth import espeak_available, speak

RATE = 16000


def _claps(n: int, rng: np.random.Generator) -> np.ndarray:
    """Applause or typing: short broadband bursts (2-8 ms, decaying) 15-40 a second, none of them periodic."""
    y = np.zeros(n)
    at = 0
    while at < n:
        m = int(rng.uniform(0.002, 0.008) * RATE)
        burst = rng.normal(size=m) * np.exp(-np.arange(m) / (0.3 * m))
        y[at:at + m] += burst[: n - at]
        at += int(rng.uniform(1 / 40, 1 / 15) * RATE)
    return y


@pytest.fixture(scope="module")
def talk():
    """A sentence 1 s into the recording, applause in the 0.6 s before it and typing in the 0.7 s after it,
    both about as loud as the speech; (audio, where its sound starts, where it ends)."""
    if not espeak_available():
        pytest.skip("espeak-ng is needed to make the speech")
    from aligner.audio.decode import Audio

    spoken = speak("We will be right back after the break")
    rng = np.random.default_rng(11)
    level = float(np.sqrt(np.mean(spoken ** 2)))
    n = len(spoken) + 2 * RATE
    y = np.zeros(n)
    y[RATE:RATE + len(spoken)] = spoken
    for a, b in ((int(0.4 * RATE), RATE - int(0.02 * RATE)), (RATE + len(spoken) + int(0.02 * RATE),
                                                               RATE + len(spoken) + int(0.7 * RATE))):
        noise = _claps(b - a, rng)
        y[a:b] += noise / np.sqrt(np.mean(noise ** 2)) * level * 0.7
    y += 0.0005 * rng.normal(size=n)
    return Audio.from_float(y.astype(np.float32)), 1.0, 1.0 + len(spoken) / RATE


def test_a_start_in_applause_and_an_end_in_typing_are_in_doubt_and_the_right_edges_are_not(talk):
    from aligner.align.activity import Envelope
    from aligner.align.voice_edges import end_after_voice, start_before_voice, unvoiced_lead, unvoiced_tail

    audio, start, end = talk
    env = Envelope(audio)
    assert not start_before_voice(audio, env, start, end) and not end_after_voice(audio, env, start, end)
    assert unvoiced_lead(audio, env, start, end) < 0.15 and unvoiced_tail(audio, env, start, end) < 0.25
    early = start - 0.45  # a start put on the applause (its claps pass for a first /f/ or /t/)
    assert start_before_voice(audio, env, early, end)
    assert not end_after_voice(audio, env, early, end)
    late = end + 0.5  # an end carried over key clicks
    assert end_after_voice(audio, env, start, late)
    assert not start_before_voice(audio, env, start, late)


def test_the_review_queue_says_which_edge_is_in_no_voice(talk):
    from aligner.align.activity import Envelope
    from aligner.align.placement import Placed
    from aligner.align.scoring import finish_segment, surroundings
    from aligner.align.stretches import Stretch
    from aligner.document import END_AFTER_VOICE, LOW_CONFIDENCE, START_BEFORE_VOICE, Segment, Word

    audio, start, end = talk
    env = Envelope(audio)
    st = Stretch([0], 0.0, audio.duration)

    def placed(a: float, b: float) -> Placed:
        words = (Word("We", a, a + 0.3, 1.0), Word("will", a + 0.3, a + 0.5, 1.0), Word("break", b - 0.4, b, 1.0))
        return Placed(Segment("We will break", a, b, words=words), ("exact",) * 3, (0.9,) * 3)

    for a, b, reason in ((start, end, None), (start - 0.45, end, START_BEFORE_VOICE), (start, end + 0.5, END_AFTER_VOICE)):
        around = surroundings([placed(a, b)], 0, [], env, st, audio=audio)
        seg = finish_segment(placed(a, b), *around)
        if reason is None:
            # (the typing right after the right end holds as a voice would: sound_holds_after's doubt, not these)
            assert not (around[4] & {START_BEFORE_VOICE, END_AFTER_VOICE})
            assert not (seg.flags & {START_BEFORE_VOICE, END_AFTER_VOICE})
        else:
            assert reason in around[4] and seg.has(reason) and seg.has(LOW_CONFIDENCE)
