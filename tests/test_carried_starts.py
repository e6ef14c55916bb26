"""A line's start is carried back only over sound that runs on into its voice (j274, :mod:`.carried_starts`): not
over a crunch that died away before the voice rose, nor over a touch tone held flat under the voice's onset; still
over an opening vowel or a hiss the phone pass left out; nor over a struck object's ring fading into the voice's
onset (the fifty-first round); nor over more unvoiced sound than the line's first phone has (the fifty-fourth)."""

from __future__ import annotations

import numpy as np

from tests.test_foreign_sounds import RATE, _extended, _talk, _tone, _voice


def _crunch(seconds: float, amp: float, fall_db: float) -> np.ndarray:
    """Broadband noise struck at once and decaying ``fall_db`` over its length (a crisp bitten)."""
    n = int(seconds * RATE)
    decay = 10.0 ** (-fall_db * np.linspace(0.0, 1.0, n) / 20.0)
    return (amp * decay * np.random.default_rng(5).normal(0.0, 1.0, n)).astype(np.float32)


def test_a_crunch_dying_away_before_the_voice_does_not_carry_the_start():
    """``oy_real_crisps_srt`` "I'm afraid ..." -14 -> -201 ms: a crunch 0.15 s before the voice, loud as the voice,
    decayed into a valley 22 dB under it and never under the line's bar; the start went to the crunch."""
    audio = _talk((0.12, _crunch(0.18, 0.08, 30.0)), (0.3, _voice(1.2, 180.0, 0.2)))
    assert abs(_extended(audio).start - 0.3) <= 0.015


def test_touch_tones_held_under_the_voices_onset_do_not_carry_the_start():
    """``oy_real_keypad_vtt_avi`` "Your message is too short." +21 -> -137 ms: a key's two tones (770 and 1336 Hz)
    held flat for 140 ms up to the voice's onset; no one line holds the sound, so no tone was read."""
    dtmf = _tone(0.2, 770.0, 0.02) + _tone(0.2, 1336.0, 0.02)
    audio = _talk((0.15, dtmf), (0.3, _voice(1.2, 180.0, 0.2)))
    assert abs(_extended(audio, start=0.32).start - 0.3) <= 0.025


def _mug_set_down(seconds: float, ring_hz: float, amp: float, db_per_frame: float) -> np.ndarray:
    """A mug set down on the desk: a knock (a low thump dying in 30 ms) and the glaze ringing at ``ring_hz``, its level
    falling ``db_per_frame`` every 10 ms from the knock on."""
    t = np.arange(int(seconds * RATE)) / RATE
    ring = amp * np.sin(2 * np.pi * ring_hz * t) * 10.0 ** (-db_per_frame * t / 0.01 / 20.0)
    knock = 2 * amp * np.sin(2 * np.pi * 110.0 * t) * np.exp(-t / 0.01)
    return (ring + knock).astype(np.float32)


def test_a_mugs_ring_fading_into_the_voices_onset_does_not_carry_the_start():
    """``wy_real_mug_vtt_mov`` "Press 7 ...": the glaze rang at 1.4 kHz from the knock 0.11 s before the voice, falling
    0.7-1.0 dB a frame without a rise, and the voice rose 9 dB over it: the phone pass's start (-7 ms) was carried
    back to the knock (-104 ms).  Off the rule (``rings_down_into_the_voice`` reading None) it goes to the knock."""
    import aligner.align.carried_starts as carried_starts

    audio = _talk((0.17, _mug_set_down(0.2, 1400.0, 0.05, 0.9)), (0.3, _voice(1.2, 180.0, 0.2)))
    assert abs(_extended(audio).start - 0.3) <= 0.015
    judged, carried_starts.rings_down_into_the_voice = carried_starts.rings_down_into_the_voice, lambda *a: None
    try:
        assert _extended(audio).start < 0.2  # the mutant: the knock
    finally:
        carried_starts.rings_down_into_the_voice = judged


def test_an_opening_vowel_the_phone_pass_started_late_is_still_reached():
    """The rule's own job: a first vowel 80 ms before the phone pass's start."""
    audio = _talk((0.22, _voice(1.28, 180.0, 0.2)))
    assert abs(_extended(audio).start - 0.225) <= 0.015


def test_a_hiss_running_into_the_first_vowel_is_still_reached():
    """An opening /s/ ("Sorry ...") running straight into its vowel has no valley before the voice: the start is
    carried over it."""
    hiss = np.random.default_rng(3).normal(0.0, 0.01, int(0.08 * RATE)).astype(np.float32)
    audio = _talk((0.22, hiss), (0.3, _voice(1.2, 180.0, 0.2)))
    assert abs(_extended(audio, first="Sorry").start - 0.225) <= 0.015


def test_unvoiced_sound_longer_than_the_lines_opening_does_not_carry_the_start():
    """``yy_real_gaslift_page`` "Press 0 ...": an office chair's gas lift let down, its hiss running on into the voice;
    the phone pass's start was carried back over it to -142 ms (a lighter's strike and roar did the same to three
    starts of ``zy_real_lighter_page``).  A line opening on a vowel, a nasal or a liquid ("Leave ...") has no unvoiced
    sound before its voice but its breath, one opening on a stop ("Press ...") its burst and aspiration; only a hiss
    ("Sorry ...") may have more.  Off the rule (a start carried as far as the sound goes) each goes to the hiss's
    start."""
    import aligner.align.carried_starts as carried_starts
    from aligner.align.carried_starts import VOICELESS_STOP_LEAD, VOICED_OPENING_LEAD

    n = int(0.2 * RATE)
    hiss = (np.random.default_rng(3).normal(0.0, 0.01, n) * np.linspace(0.3, 1.0, n)).astype(np.float32)  # swelling
    audio = _talk((0.1, hiss), (0.3, _voice(1.2, 180.0, 0.2)))
    leave, press = _extended(audio).start, _extended(audio, first="Press").start
    assert 0.3 - VOICED_OPENING_LEAD - 0.01 <= leave <= 0.3
    assert 0.3 - VOICELESS_STOP_LEAD - 0.01 <= press < leave - 0.03
    assert _extended(audio, first="Sorry").start < 0.12  # a hiss's line: carried over it, as before
    judged = carried_starts.no_longer_unvoiced_than_its_opening
    carried_starts.no_longer_unvoiced_than_its_opening = lambda audio, env, edge, carried, *a: carried
    try:
        assert _extended(audio).start < 0.12 and _extended(audio, first="Press").start < 0.12  # the mutant
    finally:
        carried_starts.no_longer_unvoiced_than_its_opening = judged


def test_a_stops_burst_and_aspiration_before_its_voice_are_still_reached():
    """"Press ...": a /p/'s burst and 60 ms of aspiration before the vowel, the phone pass's start in the vowel: the
    start is carried back over them (VOICELESS_STOP_LEAD is longer)."""
    aspiration = np.random.default_rng(4).normal(0.0, 0.008, int(0.07 * RATE)).astype(np.float32)
    audio = _talk((0.23, aspiration), (0.3, _voice(1.2, 180.0, 0.2)))
    assert abs(_extended(audio, start=0.33, first="Press").start - 0.235) <= 0.015


def test_a_start_the_phone_pass_pulled_early_over_unvoiced_sound_moves_on_to_the_voice():
    """``zy_real_freewheel_dashes``-like: the phone pass began a line opening on a vowel over the swelling hiss before
    it, earlier than Whisper had it; it moves on to VOICED_OPENING_LEAD before the voice, never past Whisper's start.  A
    start the phone pass did not place, or put later than Whisper, is the rules' own to judge."""
    from aligner.align.activity import Envelope
    from aligner.align.boundaries import phone_starts_as_openings_allow
    from aligner.align.carried_starts import VOICED_OPENING_LEAD
    from aligner.align.placement import Placed
    from aligner.document import Segment, Word

    n = int(0.2 * RATE)
    hiss = (np.random.default_rng(3).normal(0.0, 0.01, n) * np.linspace(0.3, 1.0, n)).astype(np.float32)
    audio = _talk((0.1, hiss), (0.3, _voice(1.2, 180.0, 0.2)))

    def line(start: float) -> Placed:
        words = (Word("I'm", start, 0.6, 0.9), Word("sorry.", 0.6, 1.5, 0.9))
        return Placed(Segment("I'm sorry.", start, 1.5, words=words), ("exact", "exact"))

    items = [line(0.12), line(0.12), line(0.12)]
    moved = phone_starts_as_openings_allow(items, [True, False, True], [0.35, 0.35, 0.1], audio, Envelope(audio), "en")
    assert moved == 1
    assert 0.3 - VOICED_OPENING_LEAD - 0.01 <= items[0].segment.start <= 0.3
    assert items[0].segment.words[0].start == items[0].segment.start
    assert items[1].segment.start == items[2].segment.start == 0.12
