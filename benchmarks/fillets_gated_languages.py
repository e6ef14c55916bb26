"""The Fish Fillets talks again with each take's end gated at the voice (``rd25_<lang>_fillets_*``, dev).

The seventh aside set's Dutch and Czech talks (``aside7_languages``: ``kx_nl_fillets_*``, ``kx_cs_fillets_*``, and
the twins ``rd21_*``) gate every actor's take 40 dB under its loudest 5 ms, and take each line's truth end there.
The takes carry their studio's reverberation: after the voice the level falls steadily, 25-45 dB a second, from
15-20 dB under the peak down to that gate, so the truth end lies a median 0.55 s into the room's tail and every
tool ends the lines 0.2-0.8 s before it (``dry_ends.py`` measures it).  Which end a user wants is the voice's.

These talks are the same ten talks -- the same recordings in the same runs, the same seeds, the same spoilers
(aside7_languages' catalogue entry, :data:`SOURCES`) -- with each take's end gated :data:`END_GATE_DB` dB under its
loudest instead (the start's gate as before), so the tail is not in the audio and the truth end is where the sound stops.
And each take is read without its infrasound (``aside7_languages.without_infrasound``, under 60 Hz): six of the 60
Dutch takes in these talks open with a ~120 ms thump under 20 Hz, 17-20 dB under the voice's peak, that the start's
gate counts as voice (the level it reads keeps the DC), 140-450 ms before the voice; ours started five of those lines
+142..+322 ms "late" (the sixth is in a talk through a wall, refused).  Taken out, those six starts move to the voice
and no other start moves by more than 1 ms (``dry_ends.py --takes``, ``head``).
One recording differs: ``rd25_cs_fillets_dialogue`` skips ``experiments/bank-m-jejda`` (gated at the voice, its last
sound stands apart from the rest, so unseen_cases.place_prompts finds no single end) and takes the next of its run.
20 dB is where the Fillets takes' surplus over dry speech is nearly all there (``dry_ends.py --takes``): the distance
from the 40-dB truth end back to the last 30 ms window within 15/20/25/30 dB of the peak is 642/555/453/299 ms (medians)
on the 120 Fillets takes and 222/172/100/24 ms on 77 dry asterisk prompts (gated to silence, no room), a surplus of
420/383/353/275 ms: the tail begins 15-20 dB under the peak.  The price: a weak last sound of a line (a fricative,
a breath) under 20 dB is gated off with the tail, in the audio and in the truth alike, so the two agree.

Dev only (``bench_languages.py --set dev25``); built on demand like every case (``cases.py NAME``).
"""

from __future__ import annotations

from typing import Optional

import aside7_languages as a7l
import aside4_cases as a4
import aside7_cases as a7
import unseen_cases as uc

#: Version of this generator's output (cases.GENERATOR_VERSION is every case's; this says which of these).
VERSION = 2
#: How far (dB) under the take's loudest 5 ms the end's gate closes.
END_GATE_DB = 20.0

#: Each talk here and the aside7_languages talk it remakes (same recordings, seeds and spoilers).
SOURCES = {
    "rd25_nl_fillets_thuds_agc": "rd21_nl_fillets_thuds_agc",
    "rd25_cs_fillets_wall_rings": "rd21_cs_fillets_wall_rings",
    "rd25_nl_fillets_dialogue": "kx_nl_fillets_dialogue",
    "rd25_nl_fillets_thuds": "kx_nl_fillets_thuds",
    "rd25_nl_fillets_wall_rings": "kx_nl_fillets_wall_rings",
    "rd25_nl_fillets_overdriven_tight": "kx_nl_fillets_overdriven_tight",
    "rd25_cs_fillets_dialogue": "kx_cs_fillets_dialogue",
    "rd25_cs_fillets_laptop_agc": "kx_cs_fillets_laptop_agc",
    "rd25_cs_fillets_long_silence": "kx_cs_fillets_long_silence",
    "rd25_cs_fillets_cheers_thuds": "kx_cs_fillets_cheers_thuds",
}
LANGS = "nl,cs"  #: bench_languages' default languages for dev25


def names(which: str = "dev") -> list[str]:
    return list(SOURCES) if which == "dev" else []


def catalogue() -> dict[str, a7l.LangSpec]:
    """Each talk's aside7_languages entry (its spoilers, language and kind)."""
    source = a7l.catalogue()
    return {name: source[src] for name, src in SOURCES.items()}


def missing_packages(name: str) -> Optional[str]:
    return a7l.missing_packages(SOURCES[name])


def make(name: str) -> uc.Built:
    """The case's audio and truth: aside7_languages.make's, from takes gated at :data:`END_GATE_DB`."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made = uc.place_prompts(spec.real, a7l.pool(spec.lang, spec.which, spec.run),
                            a7l.reader(spec.lang, END_GATE_DB, drop_infrasound=True))
    made.notes[0] = (made.notes[0].replace("real prompts (8 kHz WAV)", f"real {spec.lang} recordings (Fish Fillets "
                                           "NG's two actors, the game's subtitles as text)")
                     .replace(f", pink room noise at {a4.QUIET_DB:g} dB SNR", ""))
    floor = a4.recorded_floor(made)
    made = a7.spoil(made, spec, floor)
    return uc.Built(made, notes=list(made.notes) + [
        f"{SOURCES[name]} remade with each take's end gated {END_GATE_DB:g} dB under its loudest 5 ms and its "
        f"infrasound taken out (fillets_gated_languages v{VERSION}): the studio's reverberation tail is not in the "
        "audio, and no take's truth starts at a thump"])

