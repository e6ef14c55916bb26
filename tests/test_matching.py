"""Which transcript tokens Whisper heard (aligner.align.matching): a close spelling is paired whichever way the edit
path splits the stretch between two exact blocks into replacements and insertions or deletions.

The token streams are the words of ``long_60min``'s line 436 and of lines of the same talk (Whisper heard "And
expected, the museum's suffering at the end of the cost of cleaning ..." for "As expected, the museum staff
rejected the cost of cleaning ..."); no model is run.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from aligner.align.matching import match_tokens


def _close_spellings(transcript: str, heard: str) -> list[tuple[str, str]]:
    t, h = transcript.split(), heard.split()
    return [(t[m.t], h[m.h]) for m in match_tokens(t, h) if not m.exact]


def _edits(transcript: str, heard: str) -> list[tuple[str, list[str], list[str]]]:
    t, h = transcript.split(), heard.split()
    return [(op.tag, t[op.src_start:op.src_end], h[op.dest_start:op.dest_end])
            for op in Levenshtein.opcodes(t, h) if op.tag != "equal"]


def test_a_close_spelling_the_edit_path_inserts_before_the_replaced_words_is_still_paired():
    transcript = "as expected the museum staff rejected the cost of cleaning the park"
    heard = "and expected the museum's suffering at the end of the cost of cleaning the park"
    # the tie this is about: three heard words too many, put *before* the replaced ones -- "museum's" is inserted
    # and "museum" replaced by "the"
    assert ("insert", [], ["museum's", "suffering", "at"]) in _edits(transcript, heard)
    assert _close_spellings(transcript, heard) == [("museum", "museum's")]


def test_a_close_spelling_the_edit_path_deletes_after_the_replaced_words_is_still_paired():
    transcript = "the old report about air quality last week was read aloud"
    heard = "the old report about equality last week was read aloud"
    assert ("delete", ["quality"], []) in _edits(transcript, heard)  # "air" replaced by "equality"
    assert _close_spellings(transcript, heard) == [("quality", "equality")]


def test_a_word_heard_as_two_keeps_its_close_spelling_and_the_next_words():
    transcript = "and then every visitor reviewed the plan for the harbour"
    heard = "and then every visit or renewed the plan for the harbour"
    assert _close_spellings(transcript, heard) == [("visitor", "visit"), ("reviewed", "renewed")]


def test_words_heard_otherwise_that_share_no_spelling_stay_unpaired():
    transcript = "as expected the museum staff rejected the cost of cleaning the park"
    heard = "and expected the boat crew painted at the end of the cost of cleaning the park"
    assert _close_spellings(transcript, heard) == []


def test_a_word_heard_off_the_cheapest_path_is_not_paired_however_alike():
    # ``dx_espeak_flips_ahem_page``: "on" was heard first where "about air quality on" was written; pairing the two
    # costs two edits more than replacing, and pulled "about air quality" into no time at all
    transcript = "the committee compared a report about air quality on monday morning so that the work could start"
    heard = "the committee compared the report on how to apply the online monday morning so that the work could start"
    assert ("on", "on") not in _close_spellings(transcript, heard)


def test_a_close_spelling_beside_words_heard_run_together_is_paired():
    # "a long debate" heard "along the beat": "long"/"along" is one place off the replacements' diagonal, and costs
    # no more than the replacements once a close spelling counts as a match
    transcript = "in the end my neighbour delayed the annual budget after a long debate for now the work"
    heard = "in the end name of late manual manga taster along the beat for now the work"
    assert ("long", "along") in _close_spellings(transcript, heard)
    assert ("annual", "manual") in _close_spellings(transcript, heard)
