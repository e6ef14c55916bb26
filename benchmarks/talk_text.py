"""Text for the synthesized talks the benchmark makes (espeak-ng reads it; see cases.py).

``TALK_A`` is a hand-written talk of ordinary sentences, used as the base of the
derived mismatch cases: long enough that a deleted or added sentence has
neighbours on both sides.  ``generated_sentences`` makes as many further distinct,
grammatical sentences as a long input needs (a ten- or sixty-minute talk), from a
seeded grammar, so no sentence repeats and every run makes the same text.
"""

from __future__ import annotations

import random

TALK_A = [
    "Good afternoon, and welcome to this short talk about the new city library.",
    "When we started the project three years ago, the old building was falling apart.",
    "The roof leaked every winter, and the heating failed at least twice a month.",
    "So the council asked us to find out what people really wanted from a library.",
    "We spoke with more than two thousand residents, from school children to retired teachers.",
    "Most of them asked for longer opening hours and quiet places to work.",
    "Many parents wanted a room where small children could read and play together.",
    "Students asked for fast internet, more power sockets, and tables near the windows.",
    "Older visitors told us that the stairs were difficult and the signs were too small.",
    "With these answers, the architects drew three very different designs.",
    "The first design kept the old walls and added a glass hall at the back.",
    "The second one replaced everything with a tall tower of six floors.",
    "The third design spread the library over two low buildings around a garden.",
    "After a public vote, the garden design won by a clear margin.",
    "Building work began in the spring and lasted almost eighteen months.",
    "There were problems, of course, especially with the foundations near the river.",
    "At one point the whole site was flooded for nearly two weeks.",
    "Still, the library opened only six weeks later than we had planned.",
    "In the first month, it welcomed forty thousand visitors.",
    "The children's room is now the busiest part of the building on weekends.",
    "We also see many people working in the garden when the weather is good.",
    "Energy use is less than half of what the old building needed.",
    "Next year we want to add a small workshop for repairing bicycles and radios.",
    "Thank you for listening, and I am happy to take your questions now.",
]

#: Sentences spoken nowhere in any case, used for "a sentence added that was never spoken".
NEVER_SPOKEN = [
    "We also plan to open a second branch near the railway station next autumn.",
    "The budget for the coming year includes a new line for staff training.",
    "and then we talked about the weather for a while before going home",
    "Please remember to switch off your phones before the meeting starts.",
]

#: Plain words used to substitute transcript words ("10% of words substituted").
SUBSTITUTES = (
    "apple window river garden yellow quickly engine silver market pencil winter orange "
    "basket doctor island candle pepper thunder bottle mountain ladder cotton rabbit "
    "marble violin harbor jacket lemon forest copper blanket tiger camera"
).split()

_SUBJECTS = ["the committee", "our small team", "the new manager", "every visitor", "the city council",
             "a local teacher", "the research group", "my neighbour", "the board of directors", "the students",
             "the young engineer", "our finance office", "the head nurse", "a group of farmers", "the museum staff"]
_VERBS = ["reviewed", "discussed", "approved", "questioned", "described", "improved", "planned", "measured",
          "rejected", "explained", "tested", "delayed", "repaired", "compared", "supported"]
_OBJECTS = ["the annual budget", "a plan for the harbour", "the winter timetable", "the results of the survey",
            "a proposal for new bicycle lanes", "the design of the bridge", "the hospital's night shifts",
            "a list of missing books", "the price of electricity", "the rules for public parking",
            "the school lunch menu", "an old water pipe", "the schedule for the summer festival",
            "the cost of cleaning the park", "a report about air quality"]
_TIMES = ["last week", "on Monday morning", "after a long debate", "before the holidays", "in the spring",
          "during the meeting", "for the second time", "without much noise", "late in the evening",
          "at the end of the year"]
_CLAUSES = ["because the numbers did not add up", "and everyone seemed quite pleased",
            "although nobody had asked for it", "so that the work could start sooner",
            "while the press waited outside", "but several people still had doubts",
            "which surprised many of the residents", "and the decision was made quickly",
            "since the old plan had failed", "even though it was raining heavily"]
_OPENERS = ["", "", "", "In the end, ", "As expected, ", "Surprisingly, ", "For now, ", "According to the minutes, "]


def generated_sentences(n: int, seed: int = 1) -> list[str]:
    """``n`` distinct sentences from a small seeded grammar (same seed, same sentences)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        s = (rng.choice(_OPENERS) + rng.choice(_SUBJECTS) + " " + rng.choice(_VERBS) + " "
             + rng.choice(_OBJECTS) + " " + rng.choice(_TIMES))
        if rng.random() < 0.5:
            s += ", " + rng.choice(_CLAUSES)
        s = s[0].upper() + s[1:] + "."
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out
