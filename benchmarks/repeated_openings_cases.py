"""Fast talks whose lines open with the same words, a run of them under bells (``rd55_*``, issue 7, nineteenth round,
j90).

The twelfth aside set's bells talk (fast flite speech, bells over a run of lines, RealAudio 1.0) had its lines
under the bells placed 10-28 s *late* by the first placement, and left seconds early after the stretch was heard
again told its text.  Its lines often opened with the same words.  These dev talks make that kind, with seeds,
voices and openings the aside did not use, chosen before any was run:

* fast speech (x1.35-1.5), flite (``slt``, ``rms``, ``kal``, ``awb``) and espeak-ng, 16-22 lines;
* several lines (under the noise and after it) opening with the same 2-5 words (:func:`opening_lines`: talk_text's
  grammar, its opener replaced), and in one talk a whole short line said twice ("Thank you.");
* a noise hiding words over 4-5 consecutive lines: church bells (bells_cases.bells_over) or a siren
  (barely_heard_cases' siren), the bells 10-12 dB under the speech while they ring, the siren 3 dB over it;
  those four hid almost no word (every line within 1 s of its truth), so two more were added with bells 5-6 dB
  under the speech, then (those too within 1 s) one with bells 1 dB under it, one with a siren 10 dB over it,
  one whose lines under the bells are said 24 dB softer than the rest, and last (all of those within 1 s) one made
  to hold what the aside's first placement showed: a siren 15 dB over five lines, silent over the first 0.9 s of
  the last of them, whose opening two of the hidden lines share;
* four stored through RealAudio 1.0 (``real_144``), three not.

The truth is the dry speech's segment bounds (synthesized lines), exact; the codec's delay moved into the truth.

    .venv/bin/python benchmarks/cases.py rd55_flite_openings_bells_rm ...   # make one (run.py makes them as needed)
    .venv/bin/python benchmarks/repeated_openings_cases.py --check         # make every rd55_* case, check its truth
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import aside4_cases as a4
import aside8_cases as a8
import aside9_cases as a9
import aside12_cases as a12
import bells_cases as bc
import unseen_cases as uc
from aside_common import lines_talk, voices_need
from check_command import check_main
from synth_cases import Voice
from talk_text import _OPENERS, _SUBJECTS, generated_sentences

E, F = "espeak", "flite"


def opening_lines(n: int, text_seed: int, opening: str, at: tuple[int, ...], subject: str = "",
                  said_twice: Optional[tuple[str, tuple[int, ...]]] = None) -> list[str]:
    """``n`` lines of talk_text's grammar (``text_seed``) where the lines ``at`` open with ``opening`` (their own
    opener dropped) and, given, ``subject`` in place of their own; ``said_twice`` = (a short line, the two indices
    where it is said) inserted as lines of their own."""
    extra = len(said_twice[1]) if said_twice else 0
    out = generated_sentences(n - extra, seed=text_seed)
    if said_twice:
        for i in sorted(said_twice[1]):
            out.insert(i, said_twice[0])
    for k in at:
        s = out[k]
        for o in _OPENERS:
            if o and s.startswith(o):
                s = s[len(o):]
                break
        if subject:
            own = next(x for x in _SUBJECTS if s.lower().startswith(x))
            s = subject + s[len(own):]
        out[k] = opening + " " + s[0].lower() + s[1:]
    return out


@dataclass
class Spec(a8.Spec):
    """An English synthesized talk (aside8_cases.Spec) with a noise over ``covered`` (consecutive line indices):
    ``cover`` is "bells" (bells_cases.bells_over), "siren", or "faint bells" (the lines ``cover_db`` softer, bells 6 dB
    under the rest's speech); ``cover_db`` under the speech while it sounds."""

    covered: tuple[int, ...] = ()
    cover: str = "bells"
    cover_db: float = 10.0
    repeats: tuple[int, ...] = field(default_factory=tuple)  #: the lines that open alike (for the tests)


def siren_over(made, lines: tuple[int, ...], seed: int, under_db: float):
    """A wailing siren (barely_heard_cases.lay_over) over ``lines``, ``under_db`` under the speech (negative:
    louder)."""
    import barely_heard_cases as bh

    return bh.lay_over(made, bh.Over("siren", lines, -under_db), seed)


def siren_with_a_clear_opening(made, lines: tuple[int, ...], seed: int, over_db: float, clear: float):
    """A siren ``over_db`` over the speech over ``lines``, silent for the first ``clear`` s of the last of them (its
    opening heard in the clear, the rest of it not)."""
    import numpy as np

    import barely_heard_cases as bh
    from synth_cases import RATE

    a, _ = bh.covered_span(made, lines)
    last = made.segments[lines[-1]]
    cut, b = int((last["start"] - 0.05) * RATE), int((last["start"] + clear) * RATE)
    _, end = bh.covered_span(made, lines[-1:])
    y = made.samples.copy()
    level = a4.speech_rms(made) * 10 ** (over_db / 20)
    x = bh.siren(end - a, np.random.default_rng(seed))
    y[a:cut] += bh._ramped(x[:cut - a]) * level
    y[b:end] += bh._ramped(x[b - a:]) * level
    note = (f"siren over lines {list(lines)}, {over_db:+g} dB against the speech, silent over the first {clear:g} s "
            f"of line {lines[-1]}")
    return type(made)(y.astype(np.float32), made.segments, made.notes + [note], made.words)


def catalogue() -> dict[str, Spec]:
    d = "dev"
    r1 = (2, 6, 8, 10, 13)
    r2 = (3, 8, 9, 11, 12, 15)
    r3 = (4, 7, 9, 10, 14)
    r4 = (1, 6, 7, 9, 11, 16)
    r5 = (3, 5, 7, 9, 12, 15)
    r6 = (4, 6, 8, 10, 11, 14)
    r7 = (4, 6, 8, 10, 13, 16)
    r8 = (3, 5, 7, 9, 12, 14)
    r9 = (4, 5, 7, 9, 11, 15)
    r10 = (2, 4, 6, 8, 12)
    return {
        "rd55_flite_openings_bells_rm": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(18, 55201, "According to the minutes,", r1),
                       [Voice(F, "slt", 1.4), Voice(F, "rms", 1.4)], 55101, pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=55301, covered=(6, 7, 8, 9, 10), cover_db=10.0, codec="rm", repeats=r1),
        "rd55_flite_openings_bells": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(20, 55202, "In the end,", r2, "the city council"),
                       [Voice(F, "kal", 1.45), Voice(F, "awb", 1.35)], 55102, pause=(0.25, 0.8), turn=3)],
            room=("pink", 30), seed=55302, covered=(8, 9, 10, 11), cover_db=12.0, repeats=r2),
        "rd55_espeak_thanks_bells_rm": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(16, 55203, "As expected,", r3, said_twice=("Thank you.", (5, 12))),
                       [Voice(E, "en-us+m3", 1.4), Voice(E, "en-gb+f3", 1.35)], 55103, pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=55303, covered=(6, 7, 8, 9, 10), cover_db=11.0, codec="rm", repeats=r3),
        "rd55_flite_openings_siren": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(22, 55204, "For the second year running,", r4, "our small team"),
                       [Voice(F, "rms", 1.5), Voice(F, "slt", 1.45)], 55104, pause=(0.25, 0.8), turn=3)],
            room=("fan", 30), seed=55304, covered=(7, 8, 9, 10), cover="siren", cover_db=-3.0, repeats=r4),
        # added after the first four ran: their noise hid almost no word (every line within 1 s); louder bells
        "rd55_flite_openings_loud_bells_rm": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(18, 55205, "For the time being,", r5),
                       [Voice(F, "awb", 1.45), Voice(F, "slt", 1.4)], 55105, pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=55305, covered=(5, 6, 7, 8, 9), cover_db=5.0, codec="rm", repeats=r5),
        "rd55_espeak_openings_loud_bells": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(18, 55206, "Last of all,", r6, "the new manager"),
                       [Voice(E, "en-us+m7", 1.4), Voice(E, "en-gb+f2", 1.4)], 55106, pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=55306, covered=(6, 7, 8, 9, 10), cover_db=6.0, repeats=r6),
        # added after those two also ran within 1 s: bells as loud as the speech, most words under them lost
        "rd55_flite_openings_drowned_rm": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(18, 55207, "At the same time,", r7),
                       [Voice(F, "kal", 1.45), Voice(F, "rms", 1.4)], 55107, pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=55307, covered=(6, 7, 8, 9, 10), cover_db=1.0, codec="rm", repeats=r7),
        # and (that too within 1 s) a siren 10 dB over the speech, as rd27's barely heard lines
        "rd55_espeak_openings_loud_siren": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(17, 55208, "Once again,", r8, "the research group"),
                       [Voice(E, "en-us+f4", 1.4), Voice(E, "en-gb+m3", 1.35)], 55108, pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=55308, covered=(5, 6, 7, 8, 9), cover="siren", cover_db=-10.0, repeats=r8),
        # and (still within 1 s) lines turned 24 dB down under bells: few of their words can be heard
        "rd55_flite_openings_faint_bells_rm": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(18, 55209, "On the other hand,", r9, "the head nurse"),
                       [Voice(F, "slt", 1.45), Voice(F, "awb", 1.4)], 55109, pause=(0.25, 0.9), turn=3)],
            room=("pink", 32), seed=55309, covered=(5, 6, 7, 8, 9), cover="faint bells", cover_db=24.0,
            codec="rm", repeats=r9),
        # and (still within 1 s) the aside's finding made directly: a loud siren hides lines 4-8 whole but for
        # line 8's opening, which lines 4 and 6 share
        "rd55_espeak_openings_siren_gap": Spec(d, "synth", recordings=[
            lines_talk(opening_lines(16, 55210, "For now,", r10),
                       [Voice(E, "en-us+m3", 1.35), Voice(E, "en-gb", 1.35)], 55110, pause=(0.3, 0.9), turn=3)],
            room=("pink", 32), seed=55310, covered=(4, 5, 6, 7, 8), cover="siren gap", cover_db=-15.0, repeats=r10),
    }


NAMES = ["rd55_flite_openings_bells_rm", "rd55_flite_openings_bells", "rd55_espeak_thanks_bells_rm",
         "rd55_flite_openings_siren", "rd55_flite_openings_loud_bells_rm", "rd55_espeak_openings_loud_bells",
         "rd55_flite_openings_drowned_rm", "rd55_espeak_openings_loud_siren", "rd55_flite_openings_faint_bells_rm",
         "rd55_espeak_openings_siren_gap"]


def names(which: str = "all") -> list[str]:
    """The rd55_* names (all development), without building the catalogue."""
    return list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return voices_need(catalogue()[name].recordings)


def make(name: str) -> uc.Built:
    """The talk (its voices in place, the noise over its lines, then the room), stored through its codec."""
    spec = catalogue()[name]
    problem = missing_packages(name)
    if problem:
        raise SystemExit(f"{name} needs: {problem}")
    made = a8._placed(spec)
    if spec.cover == "bells":
        made = bc.bells_over(made, spec.covered, spec.seed + 93, spec.cover_db)
    elif spec.cover == "faint bells":  # the lines turned down cover_db, bells 6 dB under the rest's speech
        import barely_heard_cases as bh

        made = bh.lay_over(made, bh.Over("mumble", spec.covered, spec.cover_db), spec.seed + 92)
        made = bc.bells_over(made, spec.covered, spec.seed + 93, 6.0)
    elif spec.cover == "siren gap":  # cover_db < 0: over the speech
        made = siren_with_a_clear_opening(made, spec.covered, spec.seed + 93, -spec.cover_db, 0.9)
    else:
        made = siren_over(made, spec.covered, spec.seed + 93, spec.cover_db)
    made = a8.spoil(made, spec)  # the room (aside6_cases.spoil), no sample clipping
    encoded = None
    if spec.codec:
        made, encoded = a9.store_codec(made, spec.codec, a12.CODECS)
    return uc.Built(made, notes=list(made.notes), encoded=encoded)


def main() -> None:
    check_main(__doc__.split("\n")[0], "rd55_*", names)


if __name__ == "__main__":
    main()
