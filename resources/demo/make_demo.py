#!/usr/bin/env python3
"""Make the built-in demo talk: a short synthesized interview and its web-page transcript.

The audio is spoken by espeak-ng sentence by sentence (two voices, one per
speaker) so the truth is known exactly; it is saved as Opus in Ogg to stay small.
The transcript has the shape talk pages publish -- page furniture, a
"Transcript" heading, `- ` speaker turns, `..` sentence ends and inline
timestamps -- and, like real ones, it is not quite right:

* its inline timestamps are off by several seconds;
* one sentence in it was never spoken (an editor's summary);
* one aside that was spoken is missing from it;
* numbers are written as digits where the speaker said words.

Run from the repository root: ``python resources/demo/make_demo.py`` (needs espeak-ng).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests"))
from synth import RATE, speak  # noqa: E402

HOST, GUEST = "en-us", "en-us+f3"

#: (voice, spoken text, transcript text or None when the transcript leaves it out, pause after)
SCRIPT = [
    (HOST, "Welcome back to the show.", "Welcome back to the show..", 0.5),
    (HOST, "Today I am talking with a sleep researcher about why we sleep at all.",
     "Today I am talking with a sleep researcher about why we sleep at all..", 0.8),
    (GUEST, "Thanks for having me.", "Thanks for having me..", 0.4),
    (GUEST, "I want to start with a question.", "I want to start with a question..", 0.3),
    (GUEST, "Why do we spend a third of our lives asleep?", "Why do we spend a third of our lives asleep?", 0.9),
    (HOST, "Good question.", "Good question.", 0.4),
    (HOST, "So, what is the short answer?", "So.. what is the short answer?", 0.9),
    (GUEST, "The short answer is that the brain needs time to clean and to sort.",
     "The short answer is that the brain needs time to clean and to sort..", 0.5),
    (GUEST, "During deep sleep, fluid washes waste out of the brain.",
     "During deep sleep, fluid washes waste out of the brain..", 0.4),
    (GUEST, "Sorry, I should say that this was first seen in mice.", None, 0.6),
    (GUEST, "And during dreaming sleep, the memories of the day are sorted and stored.",
     "And during dreaming sleep, the memories of the day are sorted and stored..", 1.0),
    (HOST, "How much sleep does an adult really need?", "How much sleep does an adult really need?", 0.8),
    (GUEST, "Most adults need seven to nine hours.", "Most adults need 7 to 9 hours..", 0.4),
    (GUEST, "About ten percent of people sleep less and feel fine, but that is rare.",
     "About 10% of people sleep less and feel fine, but that is rare..", 1.0),
    (None, None, "(The guest then summarised the findings of three recent studies.)", 0.0),
    (HOST, "Does a nap during the day make up for a short night?",
     "Does a nap during the day make up for a short night?", 0.8),
    (GUEST, "Partly. A short nap of twenty minutes helps you feel awake.",
     "Partly.. A short nap of 20 minutes helps you feel awake..", 0.4),
    (GUEST, "But it cannot replace the deep sleep you get at night.",
     "But it cannot replace the deep sleep you get at night..", 0.9),
    (HOST, "What about coffee in the afternoon?", "What about coffee in the afternoon?", 0.7),
    (GUEST, "Caffeine stays in the body for many hours, so a cup at four can still keep you up at eleven.",
     "Caffeine stays in the body for many hours, so a cup at 4 can still keep you up at 11..", 1.0),
    (HOST, "What is one thing listeners can do tonight?", "What is one thing listeners can do tonight?", 0.8),
    (GUEST, "Keep the same bedtime every night, even on the weekend.",
     "Keep the same bedtime every night, even on the weekend..", 0.4),
    (GUEST, "Your body clock loves a routine.", "Your body clock loves a routine..", 0.9),
    (HOST, "Thank you so much for coming in.", "Thank you so much for coming in..", 0.4),
    (GUEST, "It was a pleasure.", "It was a pleasure..", 0.6),
]
#: Inline stamps the page gives (index into SCRIPT, seconds the page is off by).
STAMPS = {2: +3.4, 7: -3.0, 11: +6.0, 16: -2.5, 20: +4.0, 23: +2.0}


def stamp(t: float) -> str:
    t = max(0.0, t)
    h, rem = divmod(t, 3600)
    m, s = divmod(rem, 60)
    return f"{int(h):02d}:{int(m):02d}:{int(s):02d},{int(round((s % 1) * 1000)) % 1000:03d}"


def main() -> None:
    rng = np.random.default_rng(7)
    parts = [np.zeros(int(1.2 * RATE), np.float32)]
    pos = len(parts[0])
    truth = []
    for k, (voice, spoken, written, pause) in enumerate(SCRIPT):
        if spoken is None:
            truth.append({"i": k, "text": written, "start": None, "end": None, "spoken": False})
            continue
        x = speak(spoken, voice=voice)
        truth.append({"i": k, "text": written or spoken, "start": pos / RATE, "end": (pos + len(x)) / RATE,
                      "in_transcript": written is not None})
        parts += [x, np.zeros(int(pause * RATE), np.float32)]
        pos += len(x) + int(pause * RATE)
    parts.append(np.zeros(int(1.0 * RATE), np.float32))
    audio = np.concatenate(parts)
    audio += rng.normal(0, 0.002, len(audio)).astype(np.float32)  # a quiet room, not digital silence
    write_opus(HERE / "talk.ogg", audio)

    lines = ["# Why do we sleep? -- Sleep Matters podcast, episode 12", "",
             "URL: https://example.org/podcast/why-do-we-sleep", "",
             "A sleep researcher explains what the brain does at night, how much sleep adults need, "
             "and one habit that helps.", "", "## Transcript", ""]
    turn, prev_voice = [], None
    for k, (voice, spoken, written, _) in enumerate(SCRIPT):
        if written is None:
            continue
        piece = written
        if k in STAMPS:
            piece = f"{stamp(truth[k]['start'] + STAMPS[k])} {piece}"
        if voice is not None and voice != prev_voice and turn:
            lines.append(" ".join(turn))
            turn = []
        if not turn and voice is not None:
            piece = "- " + piece
        turn.append(piece)
        prev_voice = voice or prev_voice
    lines.append(" ".join(turn))
    (HERE / "transcript.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "truth.json").write_text(json.dumps({"duration": len(audio) / RATE, "segments": truth}, indent=1),
                                     encoding="utf-8")
    print(f"demo talk: {len(audio) / RATE:.1f} s -> {HERE / 'talk.ogg'}")


def write_opus(path: Path, audio: np.ndarray) -> None:
    import av

    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    with av.open(str(path), "w", format="ogg") as out:
        stream = out.add_stream("libopus", rate=48000)
        stream.bit_rate = 32000
        stream.layout = "mono"
        resampler = av.AudioResampler(format="s16", layout="mono", rate=48000)
        for a in range(0, len(pcm), RATE):
            frame = av.AudioFrame.from_ndarray(pcm[None, a:a + RATE], format="s16", layout="mono")
            frame.sample_rate = RATE
            for f in resampler.resample(frame):
                for packet in stream.encode(f):
                    out.mux(packet)
        for f in resampler.resample(None):
            for packet in stream.encode(f):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)


if __name__ == "__main__":
    main()
