"""Lines replaced in the transcript by sentences never spoken (``rd39_*``; issue 7, sixteenth round, j74).

The tenth aside set's ``mx_espeak_tiled_substituted`` (one spoken line replaced in the transcript by another never
spoken, the written one standing where the spoken one was) was missed: the unspoken line was laid over the spoken
one's sound, so nothing was reported as unscripted and the line was not flagged as not heard.  Its one dev twin
(``rd31_real_gaps_substituted_adpcm``) is one length and one room.  These are more, made the same way
(``aside10_cases``: its voices, rooms, spoilers and :func:`aside10_cases.substituted`), the replacement chosen by
*how it relates to the spoken line*:

* ``same``: about as long (0.8-1.25 x its characters) -- the line is laid over the spoken one whole;
* ``shorter``: at most 0.6 x -- laid over part of it, the rest unscripted;
* ``longer``: at least 1.6 x (two unused sentences written as one line where no single one is) -- the spoken
  one inside it;
* ``similar``: the unused sentence sharing the most words of four letters or more with it, at most half of its
  own (talk_text's grammar repeats "the museum staff", "the winter timetable"; the prompts "Please enter ...
  followed by the pound key") -- a replacement a mishearing rule could take for the spoken line misheard; more
  than half shared would be an edited wording of the spoken line, not a sentence never spoken.

Development prompts and text seeds only; two cases (:data:`LATER`) are built and kept out of every run until the
rule is final.  The real talks' truth is each prompt's voice span where its file went, the synthesized ones'
segment bounds exact on the dry speech (as in ``aside10_cases``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Optional

import aside9_cases as a9
import aside10_cases as a10
import unseen_cases as uc
from aside_common import generated_talk, ready_spec
from synth_cases import Made, Voice

E, F = "espeak", "flite"


@dataclass
class Replaced:
    """A case: aside10_cases' spec (its transcript "substituted") and how the replacement relates to the line."""

    spec: a10.Spec
    how: str  #: "same", "shorter", "longer" or "similar"


def catalogue() -> dict[str, Replaced]:
    d, q = "dev", a10.QUIET_DB
    R, S = uc.RealTalk, a9.Shift

    def real(seed: int, **kw) -> a10.Spec:
        return a10.Spec(d, "real", "substituted", real=R(seed, 16, wideband=True, snr_db=q, gap=(0.3, 1.3)),
                        seed=seed + 10, **kw)

    def synth(voices: list[Voice], seed: int, **kw) -> a10.Spec:
        return a10.Spec(d, "synth", "substituted", recordings=[generated_talk(voices, seed, seed + 100, 12,
                                                                              pause=(0.3, 1.1), turn=2)],
                        seed=seed + 10, **kw)

    return {
        "rd39_real_same_murmur": Replaced(real(39101, room=("murmur", 28)), "same"),
        "rd39_real_shorter_tiled": Replaced(real(39102, room=("pink", 32), tiled=True), "shorter"),
        "rd39_real_similar_fast": Replaced(real(39103, room=("fan", 30), shift=S(100, 1.2)), "similar"),
        "rd39_espeak_longer_rain": Replaced(synth([Voice(E, "en-us+Annie", 1.0), Voice(E, "en-gb+Andy", 1.05)],
                                                  39104, room=("pink", 32), rain_db=16), "longer"),
        "rd39_espeak_similar_tiled": Replaced(synth([Voice(E, "en-us+Robert", 0.95),
                                                     Voice(E, "en-gb-x-rp+Belinda", 1.0)], 39105,
                                                    room=("pink", 32), tiled=True), "similar"),
        "rd39_flite_same_fan": Replaced(synth([Voice(F, "slt", 1.0), Voice(F, "rms", 0.95)], 39106,
                                              room=("fan", 28)), "same"),
        # ---- kept out of every run until the rule is final
        "rd39_real_longer_tiled": Replaced(real(39107, room=("pink", 30), tiled=True), "longer"),
        "rd39_espeak_shorter_murmur": Replaced(synth([Voice(E, "en-us+Caleb", 1.1), Voice(E, "en-gb+Linda", 1.0)],
                                                     39108, room=("murmur", 26)), "shorter"),
    }


LATER = ["rd39_real_longer_tiled", "rd39_espeak_shorter_murmur"]
NAMES = list(catalogue())


def names(which: str = "seen") -> list[str]:
    """The development cases ("seen"), the two kept out ("later") or all."""
    return [n for n in NAMES if (n in LATER) == (which == "later")] if which != "all" else list(NAMES)


def missing_packages(name: str) -> Optional[str]:
    """What must be installed before ``name`` can be made, or None."""
    return _missing(catalogue()[name].spec)


def _missing(spec: a10.Spec) -> Optional[str]:
    import shutil

    from aside_common import voices_need

    need = [m for m in [a10.a6.missing_for(spec), voices_need(spec.recordings)] if m]
    if shutil.which("sox") is None:
        need.append("apt-get install sox")
    return "; ".join(need) if need else None


def replacement(spoken: str, pool: list[str], how: str, seed: int) -> str:
    """The sentence a transcriber wrote instead of ``spoken``, from ``pool`` (sentences not in the talk)."""
    n = len(spoken)
    rng = random.Random(seed)
    if how == "similar":
        def long_words(t: str) -> set[str]:
            return {w for w in t.lower().replace(",", " ").replace(".", " ").split() if len(w) >= 4}

        mine = long_words(spoken)
        # at most half of the written line's long words said: an edited wording of the spoken line is not a
        # sentence never spoken ("Please check the number and dial again." for "... and try again.")
        apart = [t for t in pool if 2 * len(mine & long_words(t)) <= len(long_words(t))]
        best = max(len(mine & long_words(t)) for t in apart)
        return rng.choice([t for t in apart if len(mine & long_words(t)) == best])
    if how == "longer":  # one unused sentence at least 1.6 x as long, else two or more written as one line
        chosen = [t for t in pool if len(t) >= 1.6 * n]
        if chosen:
            return rng.choice(chosen)
        order = rng.sample(pool, len(pool))
        line = order.pop()
        while len(line) < 1.6 * n and order:
            line += " " + order.pop()
        if len(line) < 1.6 * n:
            raise SystemExit(f"the unused sentences together are not longer than {spoken!r}")
        return line
    fits = {"same": lambda t: 0.8 * n <= len(t) <= 1.25 * n, "shorter": lambda t: len(t) <= 0.6 * n}[how]
    chosen = [t for t in pool if fits(t)]
    if not chosen:
        raise SystemExit(f"no unused sentence is {how} than {spoken!r}")
    return rng.choice(chosen)


def make(name: str) -> uc.Built:
    case = ready_spec(lambda: {k: v.spec for k, v in catalogue().items()}, missing_packages, name)
    how = catalogue()[name].how
    made = a10.spoil(a10._placed(case), case)
    encoded = None
    if case.codec:
        made, encoded = a9.store_codec(made, case.codec, a10.CODECS)
    built = uc.Built(made, notes=list(made.notes), encoded=encoded)
    n = len(made.segments)
    at = random.Random(case.seed + 71).randint(n // 3, 2 * n // 3)
    pool = a10._unused_sentence(case, {s["text"] for s in made.segments})
    if case.kind == "synth":  # a bigger pool than aside10's 40, so every kind of replacement exists
        from talk_text import generated_sentences

        used = {s["text"] for s in made.segments}
        pool = [t for t in generated_sentences(200, seed=case.seed + 70) if t not in used]
    text = replacement(made.segments[at]["text"], pool, how, case.seed + 72)
    segs, built.derived = a10.substituted(made.segments, at, text)
    built.derived["replacement"] = how
    built.made = Made(made.samples, segs, made.notes, a10._reindexed(made.words, at))
    built.notes.append(f"transcript: line {at} as spoken replaced by a sentence never spoken, {how} "
                       f"({len(text)} characters for {len(made.segments[at]['text'])}): {text!r}")
    return built
