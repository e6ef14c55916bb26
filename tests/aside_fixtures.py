"""The checks every aside set's test module makes of its own catalogues and flag (test_asideN_cases.py), written once.

Each set's tests had grown a copy of the same two dozen lines -- the halves named with their prefixes, no seed an
earlier set drew on, the aside refused without its flag and kept out of every dev run -- changed only in the set's
number, prefixes and dev round.  A copy that drifts checks less than its set believes (a new set copying an old
one's test inherits whatever it left out); one copy checks every set alike.  What a set's tests check beyond these
(its new kinds in its names, how many talks it holds) stays in its own module.

Nothing here builds a case or runs an aligner: catalogues, names and the tables of cases.py, run.py and
rebuild_check.py only.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from aside_common import catalogue_seeds


def assert_halves_named(english, languages, aside_prefix: str, dev_prefix: str) -> None:
    """The catalogues of a set's English (``english``) and language (``languages``) modules hold exactly the names of
    their two halves, no name twice across both, every aside name with the set's prefix (``"dx_"``) and every dev
    twin's with its round's (``"rd62_"``), and each spec's ``which`` the half its name says: a case filed in the
    wrong half would reach a dev run, or never be run."""
    assert all(n.startswith(aside_prefix) for n in english.names("aside") + languages.names("aside"))
    assert all(n.startswith(dev_prefix) for n in english.names("dev") + languages.names("dev"))
    assert set(english.catalogue()) == set(english.names("aside") + english.names("dev"))
    assert set(languages.catalogue()) == set(languages.names("aside") + languages.names("dev"))
    everything = english.names("aside") + english.names("dev") + languages.names("aside") + languages.names("dev")
    assert len(everything) == len(set(everything))
    for cat in (english.catalogue(), languages.catalogue()):
        assert all(s.which == ("aside" if n.startswith(aside_prefix) else "dev") for n, s in cat.items())


def assert_names_say_kinds(catalogue: dict, kinds: tuple[str, ...]) -> None:
    """Each name of ``catalogue`` (a set's English and language specs) says which of the set's new ``kinds`` its case
    holds, and the other way round (a ``_mix_`` name holds them all), and ends in its container where it has one: a
    name that says less than its case holds sends whoever reads a result to the wrong sound."""
    for name, spec in catalogue.items():
        for kind in kinds:
            assert bool(getattr(spec, kind)) == (f"_{kind}_" in name + "_") or ("_mix_" in name), (name, kind)
        assert spec.codec is None or name.endswith("_" + spec.codec), name


def assert_seeds_new(new: tuple, before: tuple) -> None:
    """The seeds the catalogues of ``new`` (a set's modules) draw on are each drawn once, and none of them by
    ``before`` (the sets before it): a seed drawn again would say a talk again."""
    seeds = catalogue_seeds(*new)
    assert len(seeds) == len(set(seeds))
    assert not set(seeds) & set(catalogue_seeds(*before))


def assert_refused_without_flag(number: int, english, languages, patterns: tuple[str, ...]) -> None:
    """A run without ``--asideN`` refuses each of ``patterns`` (the set's names, whole or by pattern), the flag runs
    exactly the English aside, and the set has been looked at once (it is seen; its dev twins never were unseen)."""
    import cases
    import run

    flag = f"aside{number}"
    for pattern in patterns:
        with pytest.raises(SystemExit, match="--" + flag):
            run.select_cases([pattern], False, False)
    assert run.select_cases(None, False, False, **{flag: True}) == english.names("aside")
    assert not any(cases.is_unseen_aside(n) for n in english.names("aside") + languages.names("aside"))  # looked at
    assert not any(cases.is_unseen_aside(n) for n in english.names("dev") + languages.names("dev"))
    assert set(english.names("aside")) <= set(cases.SEEN_ASIDE)


def assert_kept_to_the_lead(number: int, english, languages, patterns: tuple[str, ...], monkeypatch, tmp_path) -> None:
    """The set nobody has looked at yet: a run without ``--asideN`` refuses each of ``patterns``, why_off.py and
    rule_ab.py refuse its names (only the lead runs it), language_misses.py refuses a folder of it, every aside name
    is unseen and none of its dev twins, none is in SEEN_ASIDE, and the set before it is (looked at once)."""
    import sys

    import cases
    import language_misses
    import rule_ab
    import run
    import why_off

    prefix = english.names("aside")[0].split("_")[0]
    for pattern in patterns:
        with pytest.raises(SystemExit, match=f"--aside{number}"):
            run.select_cases([pattern], False, False)
    for tool, argv in ((why_off, ["--cases", f"{prefix}_*"]),
                       (rule_ab, [f"{prefix}_real_*", "--rule", "x", "--out", "o.json"])):
        monkeypatch.setattr(sys, "argv", [tool.__name__, *argv])
        with pytest.raises(SystemExit, match="only by the lead"):
            tool.main()
    with pytest.raises(SystemExit, match="unseen aside set"):
        language_misses.FolderCase(tmp_path / languages.names("aside")[-1])
    aside = english.names("aside") + languages.names("aside")
    assert all(map(cases.is_unseen_aside, aside))
    assert not any(map(cases.is_unseen_aside, english.names("dev") + languages.names("dev")))
    assert not set(aside) & set(cases.SEEN_ASIDE) and set(getattr(cases, f"ASIDE{number - 1}")) <= set(
        cases.SEEN_ASIDE)


def assert_out_of_dev_runs(number: int, english, languages, dev_round: int, ready: bool = True,
                           rebuild: bool = True) -> None:
    """No dev run holds an aside case of the set, cases.py's lists (``ASIDEn``, ``LANG_ASIDEn``, ``FRESHr_DEV``,
    ``LANGr_DEV`` for the dev round ``r``) are the modules' halves, with ``ready`` the English twins that can be made
    here are in the default run, and with ``rebuild`` rebuild_check.py's set holds every case of both halves."""
    import cases
    import rebuild_check

    dev = cases.all_case_names(long60=True)
    english_aside, languages_aside = getattr(cases, f"ASIDE{number}"), getattr(cases, f"LANG_ASIDE{number}")
    assert not (set(english_aside) | set(languages_aside)) & set(dev)
    assert english_aside == english.names("aside") and getattr(cases, f"FRESH{dev_round}_DEV") == english.names("dev")
    assert languages_aside == languages.names("aside") and getattr(cases, f"LANG{dev_round}_DEV") == languages.names(
        "dev")
    if ready:
        made_here = [n for n in english.names("dev") if english.missing_packages(n) is None]
        assert set(made_here) <= set(dev)  # the English twins are in the default run where they can be made
    if rebuild:
        assert set(rebuild_check.SETS[f"aside{number}"]()) == set(
            english.names("aside") + english.names("dev") + languages.names("aside") + languages.names("dev"))


def assert_bench_languages_knows(number: int, languages, dev_round: int) -> None:
    """bench_languages.py builds the set's language talks as ``--set asideN`` and its dev twins as ``--set devR``
    (``languages.LANGS`` and ``DEV_LANGS`` are exactly the languages of each half), and has an aeneas code for each
    aside language (the peer it is measured against)."""
    import bench_languages

    cat = languages.catalogue()
    module = f"aside{number}_languages"
    assert set(languages.LANGS.split(",")) == {s.lang for s in cat.values() if s.which == "aside"}
    assert bench_languages.BUILT_SETS[f"aside{number}"] == (module, "aside", languages.LANGS)
    assert bench_languages.BUILT_SETS[f"dev{dev_round}"] == (module, "dev", languages.DEV_LANGS)
    assert set(languages.DEV_LANGS.split(",")) == {s.lang for s in cat.values() if s.which == "dev"}
    assert all(lang in bench_languages.AENEAS_CODES for lang in languages.LANGS.split(","))


def where_bytes_differ(first: bytes, again: bytes) -> str:
    """Where a container written twice from the same talk came out different, in a line a CI log can hold: the
    lengths, how many bytes differ and the first offset, and for a transport stream (188-byte packets, or M2TS's
    192 with a 4-byte arrival stamp before each) the packet and the streams (PIDs) whose packets differ -- the
    picture's, the sound's or the tables'.  pytest's own explanation prints both files whole (megabytes under CI)
    and says none of this."""
    n = min(len(first), len(again))
    differ = [i for i in range(n) if first[i] != again[i]]
    said = f"{len(first)} and {len(again)} bytes; {len(differ)} of the first {n} differ"
    if differ:
        said += f", the first at byte {differ[0]}"
    for size, head in ((192, 4), (188, 0)):
        if n > 2 * size and first[head] == first[head + size] == 0x47:
            packets = sorted({i // size for i in differ})
            pids = sorted({((first[p * size + head + 1] & 0x1F) << 8) | first[p * size + head + 2] for p in packets})
            said += f"; {size}-byte packets: {len(packets)} differ (first #{packets[0] if packets else '-'}), " \
                    f"PIDs {', '.join(hex(p) for p in pids) or '-'}"
            break
    return said


def assert_written_again_the_same(first: bytes, again: bytes, what: str) -> None:
    """``again`` (a container written a second time from the same talk) is ``first``: a case rebuilt from its
    recipe must be the case measured (rebuild_check.py).  Byte for byte where it can be; where the bytes differ
    (:func:`where_bytes_differ` says where) but both decode to the same sound from the same time, it is the same case
    to every aligner, and the difference is told as a warning, not a failure: the forty-second round's CI once wrote
    an AVCHD M2TS whose sound packets differed from the first write's, in one process, and thirty writes in four
    processes here never did again (the muxer's packet order is not the talk).  A difference the decoder hears fails:
    the sound compared is what the aligner reads, on its timeline (``unseen_cases.decode``, ``what`` taken for the
    file's suffix), as the case's truth was measured on it."""
    import unseen_cases as uc  # here, not above: it loads the aligner's decoder

    if again == first:
        return
    where = where_bytes_differ(first, again)
    heard, heard_again = uc.decode(first, what), uc.decode(again, what)
    if heard.shape != heard_again.shape or not np.array_equal(heard, heard_again):
        pytest.fail(f"{what} written twice from the same talk differs, and so does its sound ({heard.size} and "
                    f"{heard_again.size} samples at 16 kHz): {where}")
    warnings.warn(f"{what} written twice from the same talk differs in its bytes but not in its sound: {where}")
