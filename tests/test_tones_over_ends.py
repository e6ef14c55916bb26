"""An end carried past the phone pass's end over a steady tone in the voice's band -- Morse next door, a pigeon's
coo -- goes back to where the tone took over; a carry over the voice's own fading fundamental, or over a hiss, stays
(``tones_over_ends``)."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.align.placement import Placed
from aligner.align.another_voice import median_pitch
from aligner.align.tones_over_ends import end_before_tones
from aligner.audio.decode import Audio
from aligner.document import Segment, Word

RATE = 16000
START, VOICE_END, CARRIED = 1.0, 2.3, 2.5  #: the line's voice, and where a rule carried its end
PITCH = 200.0


def _voice(seconds: float, pitch: float) -> np.ndarray:
    """A voiced sound at ``pitch`` gliding 5 % up and back each 0.25 s (no voice holds its pitch), its harmonics
    falling 6 dB an octave."""
    t = np.arange(int(seconds * RATE)) / RATE
    phase = 2 * np.pi * np.cumsum(pitch * (1.0 + 0.05 * np.sin(2 * np.pi * 4 * t))) / RATE
    return sum(np.sin(h * phase) / h for h in range(1, 20))


def _recording(after: str) -> Audio:
    """Faint room noise; the line's voice from START to VOICE_END; then, to CARRIED, ``after``: ``"morse"`` (a 560 Hz
    tone from 0.1 s before the voice stops, 15 dB under the voice), ``"fundamental"`` (the voice's own fundamental
    alone, fading and falling from 0.75 to 0.6 times its pitch), ``"croak"`` (a frog's: 60 pulses a second of an 800 Hz
    ring dying in a few ms, from where the voice stops) or ``"hiss"`` (noise over 3 kHz, a final /s/)."""
    rng = np.random.default_rng(5)
    x = 0.0003 * rng.normal(size=int(3.5 * RATE))
    voice = 0.1 * _voice(VOICE_END - START, PITCH)
    a, b, c = int(START * RATE), int(VOICE_END * RATE), int(CARRIED * RATE)
    x[a:a + len(voice)] += voice
    level = np.std(voice)
    if after == "morse":
        t = np.arange(c - b + int(0.1 * RATE)) / RATE
        x[b - int(0.1 * RATE):c] += level * 10 ** (-15 / 20) * np.sqrt(2) * np.sin(2 * np.pi * 560.0 * t)
    elif after == "fundamental":
        falling = PITCH * np.linspace(0.75, 0.6, c - b)
        x[b:c] += (level * 10 ** (-15 / 20) * np.sqrt(2) * np.sin(2 * np.pi * np.cumsum(falling) / RATE)
                   * np.linspace(1, 0.2, c - b))
    elif after == "croak":
        ring = np.arange(int(RATE / 60)) / RATE
        pulse = np.sin(2 * np.pi * 800.0 * ring) * np.exp(-ring / 0.002)
        croak = np.tile(pulse, (c - b) // len(pulse) + 1)[:c - b]
        x[b:c] += level * 10 ** (-15 / 20) * croak / np.std(croak)
    else:
        spectrum = np.fft.rfft(rng.normal(size=c - b))
        spectrum[np.fft.rfftfreq(c - b, 1.0 / RATE) < 3000.0] = 0.0
        noise = np.fft.irfft(spectrum, c - b)
        x[b:c] += level * 10 ** (-15 / 20) * noise / np.std(noise)
    return Audio.from_float(x.astype(np.float32))


def _carried_line(phone_end: float, carried: float = CARRIED) -> Placed:
    """A line the phone pass ended at ``phone_end`` and a later rule carried to ``carried``."""
    words = (Word("Appuyez", START, START + 0.6, 0.9), Word("trois.", START + 0.6, carried, 0.9))
    item = Placed(Segment("Appuyez sur trois.", START, carried, words=words), ("exact", "exact"))
    item.phone_end = phone_end
    return item


def test_the_lines_own_pitch_is_read_over_its_voice():
    assert median_pitch(_recording("hiss"), START, VOICE_END) == pytest.approx(PITCH, rel=0.05)


@pytest.mark.parametrize("after, taken_back", [("morse", True), ("fundamental", False), ("hiss", False),
                                               ("croak", True)])
def test_an_end_carried_over_a_tone_over_the_voices_pitch_goes_back(after, taken_back):
    """A Morse dash at 2.8 times the line's pitch held the sound an end was carried over (``hy_fr_real_morse_avi``,
    "... appuyez sur 3." +103 ms): the end goes back to where the tone took over, never before the phone pass's end;
    so does one carried over a frog's croak, whose pulses hold their rate as no voice holds its pitch
    (``hy_it_real_frogs``, "... chiamata" +191 ms).
    A voice fading on its own fundamental (falling through 0.75-0.6 times its pitch, as real telephone voices end) or
    on a hiss is its own last sound: the carry stays."""
    items = [_carried_line(VOICE_END - 0.03)]
    moved = end_before_tones(items, _recording(after))
    end = items[0].segment.end
    assert (moved == 1) == taken_back, end
    if taken_back:
        assert VOICE_END - 0.03 <= end <= VOICE_END + 0.03, end
        assert items[0].segment.words[-1].end == end
    else:
        assert end == CARRIED


def test_a_line_the_phone_pass_did_not_place_is_left_alone():
    items = [_carried_line(VOICE_END - 0.03)]
    items[0].phone_end = None
    assert end_before_tones(items, _recording("morse")) == 0 and items[0].segment.end == CARRIED


def _music_box_under_a_fading_voice() -> Audio:
    """The line's voice from START to VOICE_END, its last 0.3 s fading by 40 dB (as a telephone voice's last syllable
    does), and a wind-up music box under the whole of it and on after it: a tine plucked every 0.25 s (one of three
    notes over 700 Hz, each ringing with its octave and dying over 0.5 s), 16 dB under the voice."""
    rng = np.random.default_rng(7)
    n = int(3.5 * RATE)
    x = 0.0003 * rng.normal(size=n)
    voice = 0.1 * _voice(VOICE_END - START, PITCH)
    fade = np.ones(len(voice))
    tail = int(0.3 * RATE)
    fade[-tail:] = 10 ** (np.linspace(0, -40, tail) / 20)
    a = int(START * RATE)
    x[a:a + len(voice)] += voice * fade
    level = np.std(voice)
    box = np.zeros(n)
    t = np.arange(int(0.8 * RATE)) / RATE
    for k, at in enumerate(np.arange(0.6, 3.3, 0.25)):
        note = (752.0, 845.0, 1004.0)[k % 3]
        tine = (np.sin(2 * np.pi * note * t) + 0.5 * np.sin(2 * np.pi * 2 * note * t)) * np.exp(-t / 0.25)
        i = int(at * RATE)
        box[i:i + len(tine)] += tine[:n - i]
    x += level * 10 ** (-16 / 20) * box / np.std(box[int(0.5 * RATE):int(3.3 * RATE)])
    return Audio.from_float(x.astype(np.float32))


def test_a_voice_fading_under_a_music_box_keeps_its_carried_end():
    """A music box's tines ring under the whole line and on after it (``ky_real_musicbox_srt``): where the voice fell
    under them, their period held from frame to frame and read as a tone that took over from the voice, and the end
    a rule had carried to within 40-65 ms of the voice's end went back to the phone pass's, 240-260 ms early.  The
    voice's own band (100-500 Hz, where the tines have nothing) goes on falling under them to its end: the carry
    stays."""
    audio = _music_box_under_a_fading_voice()
    items = [_carried_line(VOICE_END - 0.2, VOICE_END)]
    assert end_before_tones(items, audio) == 0
    assert items[0].segment.end == VOICE_END


def test_an_end_carried_on_over_the_music_box_goes_back_to_where_the_voice_stopped_under_it():
    """Carried on past the voice's end over the ringing tines, the end goes back to where the voice's own band fell
    away under them -- not to the phone pass's end, 0.2 s before the voice stopped."""
    items = [_carried_line(VOICE_END - 0.2, VOICE_END + 0.15)]
    assert end_before_tones(items, _music_box_under_a_fading_voice()) == 1
    assert VOICE_END - 0.05 <= items[0].segment.end <= VOICE_END + 0.03, items[0].segment.end


def test_an_end_carried_over_a_croak_that_stops_with_the_carry_goes_back_though_the_phone_pass_ended_in_it():
    """The phone pass put the end a little into a croak that began as the voice stopped, and a rule carried it to
    the croak's end (``hy_real_frogs_snoring_dashes``, "... message envelope." -41 -> +272 ms): the croak, not the
    voice, is what the carry followed -- it stopped with the carry and left the pause quiet, no tone ringing on
    after it -- so the end goes back to the phone pass's, as before the music box's reading was added."""
    items = [_carried_line(VOICE_END + 0.04)]
    assert end_before_tones(items, _recording("croak")) == 1
    assert items[0].segment.end == pytest.approx(VOICE_END + 0.04, abs=0.011)


ENGINE_HZ, ENGINE_DB, HISS_DB = 100.0, 14.0, 24.0
HISS_END = VOICE_END + 0.35  #: a slow voice's /s/


def _hiss_over_an_engine() -> Audio:
    """An engine idling at one pitch under the whole recording (ENGINE_HZ, its harmonics falling 6 dB an octave up to
    7 kHz), ENGINE_DB under the voice; the line's voice from START to VOICE_END; then, to HISS_END, its final /s/:
    noise over 3 kHz, HISS_DB under the voice."""
    rng = np.random.default_rng(11)
    n = int(3.5 * RATE)
    t = np.arange(n) / RATE
    engine = sum(np.sin(2 * np.pi * ENGINE_HZ * h * t) / h for h in range(1, int(7000 / ENGINE_HZ)))
    voice = 0.1 * _voice(VOICE_END - START, PITCH)
    level = np.std(voice)
    x = 0.0003 * rng.normal(size=n) + level * 10 ** (-ENGINE_DB / 20) * engine / np.std(engine)
    a, b, c = int(START * RATE), int(VOICE_END * RATE), int(HISS_END * RATE)
    x[a:a + len(voice)] += voice
    spectrum = np.fft.rfft(rng.normal(size=c - b))
    spectrum[np.fft.rfftfreq(c - b, 1.0 / RATE) < 3000.0] = 0.0
    hiss = np.fft.irfft(spectrum, c - b)
    x[b:c] += level * 10 ** (-HISS_DB / 20) * hiss / np.std(hiss)
    return Audio.from_float(x.astype(np.float32))


@pytest.mark.parametrize("last_word, kept", [("conference.", True), ("line.", False)])
def test_an_end_carried_over_its_final_hiss_keeps_it_though_an_engine_holds_its_pitch_under_it(last_word, kept):
    """``my_real_motorbike_plain_ts`` "Has left the conference." (j260): the final-hiss rule carried the end over
    its /s/ (-195 -> -18 ms); a motorbike under the whole line held its pitch under the /s/ too, and read as a tone
    the carry was made over, the end went back to the phone pass's (-195 ms).  The hiss is the line's own last
    sound: the end goes back no further than where it sinks into the pause.  A line whose last word ends in no
    hiss has no hiss of its own there: the held pitch takes the carry back as before."""
    words = (Word("Has", START, START + 0.6, 0.9), Word(last_word, START + 0.6, HISS_END, 0.9))
    item = Placed(Segment(f"Has left the {last_word}", START, HISS_END, words=words), ("exact", "exact"))
    item.phone_end = VOICE_END - 0.03
    end_before_tones([item], _hiss_over_an_engine())
    assert (item.segment.end >= HISS_END - 0.03) == kept, item.segment.end
