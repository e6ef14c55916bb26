"""Languages table: talks in French, German, Spanish, Italian and Swedish, aligned with no flags.

Three sets of talks (``--set``):

* ``clean`` (dev): the talks below, synthesized with espeak-ng sentence by sentence
  (tests/synth.py) in two voices of their language, so every segment's true
  start and end are exact;
* ``dev2`` and ``aside2`` (unseen_languages.py): real Russian, French, Spanish and
  Italian prompts no other case says and festival voices in Italian, Catalan,
  Finnish and Czech, built into benchmarks/out/cases (``rd2_*``, ``nx_*``).
  **``aside2`` is run by the lead only, once, at the end.**  An inserted line
  of a mismatch case has no truth and is not scored;
* ``dev5`` and ``aside3`` (aside3_languages.py): real Colombian Spanish and a second
  Italian speaker no case heard, French and Russian prompts no case says, festival
  Russian, Finnish and Czech male voices, espeak-ng German and Swedish (``rd5_*``, ``ux_*``).
  **``aside3`` is run by the lead only, once, at the end of its round;**
* ``dev9`` and ``aside4`` (aside4_languages.py): real speakers no case heard (Tux Paint's spoken
  stamp descriptions) in Romanian, Greek, Belarusian, Spanish, French, Catalan and Russian, festival's
  Czech child voice and Hindi, espeak-ng Portuguese, Dutch and Polish (``rd9_*``, ``vx_*``).
  **``aside4`` is run by the lead only, once, at the end of its round;**
* ``dev12`` and ``aside5`` (aside5_languages.py): Tux Paint's Danish reader (no case heard
  it), festival Marathi, Telugu and its fourth Czech voice, espeak-ng Hungarian, Turkish and Ukrainian;
  cross-talk, packet loss, a buzz, a car, -40 dBFS (``rd12_*``, ``qx_*``).
  **``aside5`` is run by the lead only, once, at the end of its round;**
* ``dev17`` and ``aside6`` (aside6_languages.py): Tux Paint recordings no case used (French, Spanish,
  Romanian readers heard before), espeak-ng Chinese (Mandarin), Slovak, Indonesian, Croatian, Vietnamese and
  Swedish variants; a hall's PA, music, wind, a crowd, a pumping gain control, a slow speaker
  (``rd17_*``, ``zx_*``).  **``aside6`` is run by the lead only, once, at the end of its round;**
* ``dev21`` and ``aside7`` (aside7_languages.py): Fish Fillets NG's Dutch and Czech actors (real voices no case
  heard), espeak-ng French, Swedish and Chinese variants; knocks at line edges, a telephone ringing, a thin laptop
  microphone, a voice through a wall, an overdriven converter, a 30-45 s silence (``rd21_*``, ``kx_*``).
  **``aside7`` is run by the lead only;**
* ``dev22`` and ``aside8`` (aside8_languages.py): Tux Paint recordings no case used (French, Spanish and Romanian
  readers heard before), espeak-ng Japanese (said from kana, written in kanji), Norwegian, Malay and Swedish
  variants; a train carriage, a cafe, a telephone ringing over the speech, a gain control that pumps hard, an
  English voice under the speaker (``rd22_*``, ``yx_*``).  **``aside8`` is run by the lead only;**
* ``dev26`` and ``aside9`` (aside9_languages.py): Tux Paint recordings no case used (French and Spanish readers
  heard before, three talks with the reader transformed by sox into another speaker), espeak-ng Arabic (right to
  left), German, Italian, Swedish variants and Mandarin (new sentences); mains hum, a siren, an AMR-NB phone codec,
  Opus at 6 kb/s, a long room (``rd26_*``, ``px_*``).  **``aside9`` is run by the lead only;**
* ``dev31`` and ``aside10`` (aside10_languages.py): the last Tux Paint French and Spanish recordings no case used,
  espeak-ng Persian (right to left; no case had it), Japanese (new sentences), French, German, Spanish, Italian and
  Swedish variants at x0.8 and x1.3; rain, a ticking clock, a vacuum cleaner, a tiled room's slap-back, joins across
  noise, G.711 mu-law, IMA ADPCM, MPEG Layer II (``rd31_*``, ``mx_*``).  **``aside10`` is run by the lead only;**
* ``dev40`` and ``aside11`` (aside11_languages.py): Fish Fillets' Dutch and Czech actors in lines no case used,
  espeak-ng Bulgarian (no case had it), Hebrew (right to left), Mandarin (new sentences), French, German, Spanish,
  Italian and Swedish variants at x0.7, x1.45 and stepping from x0.8 to x1.45; an air conditioner cycling, a
  television in another room, coughs and laughter, pages turned, a stairwell's flutter echo, joins across a
  television, WMA, AC-3 in Matroska, G.726, a WebM video (``rd40_*``, ``lx_*``).  **``aside11`` is run by the lead
  only;**
* ``dev48`` and ``aside12`` (aside12_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng German, Dutch and Polish in variants no case used, festival's Czech child at x0.75; a dog
  barking (over the lines of a talk with no pauses), birdsong through a window, church bells, a speaker walking away
  from the microphone and back, A-law, Nellymoser in Flash video, RealAudio 1.0, Bluetooth SBC, E-AC-3 (``rd48_*``,
  ``sx_*``; dev48 has French and Italian twins of the aside's French talk under birdsong too).
  **``aside12`` is run by the lead only;**
* ``dev54`` and ``aside13`` (aside13_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish (an interview: a fast interviewer and a slow guest; a talk) and French in variants no
  case used; a sneeze in the pauses, a baby crying, lost packets concealed by repeated frames, a cassette transfer,
  G.723.1, Yamaha ADPCM, CRI ADX, DFPWM, Microsoft ADPCM (``rd54_*``, ``wx_*``);
* ``dev57`` and ``aside14`` (aside14_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German and Dutch (two speakers and a question from the audience) in variants no case
  used; plosive pops inside the line edges, a phone's noise suppressor, a podcast's jingle ducked under the first
  line, PA feedback howling, a phone vibrating on the table, 8-bit PCM at 11.025 kHz, Flash ADPCM, RoQ DPCM,
  Argonaut ADPCM (``rd57_*``, ``ox_*``);
* ``dev58`` and ``aside15`` (aside15_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Polish on new sentences; a real laugh or cough inside a line,
  a chair creaking across line edges, a half-duplex speakerphone switching the lines' first syllables down, aptX,
  WMA v1, True Audio, Apple Lossless (``rd58_*``, ``hx_*``);
* ``dev59`` and ``aside16`` (aside16_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, Dutch (two speakers) and German on new sentences; a listener's interjections over line
  ends, a livestream of the talk heard in the room, a spaced microphone pair folded to mono, WavPack, G.722 in a WAV,
  float Wave64, 24-bit CAF, MPEG-2 audio in a transport stream (``rd59_*``, ``gx_*``);
* ``dev60`` and ``aside17`` (aside17_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; censor bleeps inside lines, a speaker
  trailing off, a mobile phone's radio interference, a stereo recorder with one capsule wired upside down, a
  dictaphone halving its rate without a filter, Ogg Vorbis, FLAC, DVD LPCM in a VOB, Creative Voice, IRCAM
  (``rd60_*``, ``fx_*``);
* ``dev61`` and ``aside18`` (aside18_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, Dutch (two speakers) and German on new sentences; a mistuned single-sideband radio
  relay, a speaker's footsteps on a wooden stage, a whiteboard marker squeaking, a helicopter passing over, a film's
  5.1 soundtrack folded to mono, RF64, SoX's native format, 24-bit AIFF, PCM in NUT (``rd61_*``, ``ex_*``);
* ``dev62`` and ``aside19`` (aside19_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; a voice with a tremor, a speaker
  clearing the throat next to lines, mouth clicks and lip smacks at line edges, a video call switching band inside
  lines, a four-track field recorder folded to mono, 64-bit float AIFF-C, PCM in AST (``rd62_*``, ``dx_*``).
  **``aside19`` is run by the lead only;**
* ``dev63`` and ``aside20`` (aside20_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; two recorders mixed that drift apart,
  a cassette's print-through, takes edited together with their own room tones, a lacquer transcription disc, a
  simultaneous interpreter saying each line in English, Blu-ray LPCM in M2TS, AC-3 as S/PDIF in a WAV (``rd63_*``,
  ``cx_*``).  **``aside20`` is run by the lead only;**
* ``dev64`` and ``aside21`` (aside21_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; an FM broadcast chain, a laptop's
  echo canceller leaving an English far end's residue, a face mask or a visor, a wireless microphone's compander, a
  phase vocoder's speed-up (truth scaled), 24-bit PCM in MOV, MP3 in AVI (``rd64_*``, ``jx_*``).  **``aside21`` is run by the lead only;**
* ``dev65`` and ``aside22`` (aside22_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; a Bluetooth headset's CVSD link, a
  two-way radio's push-to-talk with its squelch tails, a megaphone out of doors, AMR-NB in 3GP, WMA v2 in a Windows
  Media video (``rd65_*``, ``tx_*``).  **``aside22`` is run by the lead only;**
* ``dev66`` and ``aside23`` (aside23_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; a panel's automatic microphone
  mixer, a Dolby B cassette played back without it, a PA's chime before announcements, AAC in 3GPP2 and in a Flash
  MP4 video (``rd66_*``, ``rx_*``).  **``aside23`` is run by the lead only;**
* ``dev67`` and ``aside24`` (aside24_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; a MiniDisc's transform codec, a
  podcast's de-esser, thunder, a road drill outside, MPEG-1 Layer II in Matroska and Vorbis in a WebM video
  (``rd67_*``, ``bx_*``).  **``aside24`` is run by the lead only;**
* ``dev68`` and ``aside25`` (aside25_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Swedish, German (two speakers) and Dutch on new sentences; an espresso machine behind the
  counter, a leaf blower walking past outside, a kettle coming to the boil, a podcast's aural exciter, Opus in
  Matroska audio and E-AC-3 in an MP4 video (``rd68_*``, ``ix_*``).  **``aside25`` is run by the lead only;**
* ``dev69`` and ``aside26`` (aside26_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Brazilian Portuguese, Turkish (two speakers) and Danish on new sentences; an underground train
  passing under the hall, a lift arriving next door, a ceiling fan's slow beat, an office laser printer, AAC in a
  QuickTime MOV and MP3 in a Matroska video (``rd69_*``, ``ax_*``).  **``aside26`` is run by the lead only;**
* ``dev70`` and ``aside27`` (aside27_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Finnish, Ukrainian (two speakers) and Hungarian on new sentences; crickets chirping at an
  evening talk outdoors, water poured into a glass at the lectern, the sea breaking below a terrace, a paper shredder
  by the desk, AAC in an MPEG transport stream and IMA ADPCM in a camera's AVI (``rd70_*``, ``ey_*``).  **``aside27``
  is run by the lead only;**
* ``dev71`` and ``aside28`` (aside28_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Croatian, Indonesian (two speakers) and Norwegian on new sentences; press photographers' camera
  shutters, a mosquito circling the microphone, a slide carousel projector, a bag's zipper in the audience, AAC in
  Matroska and Opus in MP4 (``rd71_*``, ``fy_*``).  **``aside28`` is run by the lead only;**
* ``dev72`` and ``aside29`` (aside29_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Slovak, Bulgarian and Malay (two speakers) on new sentences; central heating's pipes knocking, a
  wind chime outside an open window, a tap dripping in the kitchenette, table tennis in the next room, AC-3 in an
  AVCHD M2TS and MPEG-1 Layer II in an MPEG program stream (``rd72_*``, ``gy_*``).  **``aside29`` is run by the lead
  only;**
* ``dev73`` and ``aside30`` (aside30_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Vietnamese, Hindi and Persian (two speakers) on new sentences; pigeons cooing on the windowsill,
  frogs croaking in a pond, a ham radio next door sending Morse, someone snoring in the audience, Microsoft ADPCM in a
  Video for Windows AVI and MP3 in Flash video (``rd73_*``, ``hy_*``).  **``aside30`` is run by the lead only;**
* ``dev74`` and ``aside31`` (aside31_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Belarusian (two speakers), Marathi and Hebrew on new sentences; geese honking overhead, a sewing
  machine in the next room, someone with hiccups, a cuckoo clock striking the hour, IMA ADPCM in a QuickTime movie
  and AC-3 in a DVD's VOB (``rd74_*``, ``iy_*``).  **``aside31`` is run by the lead only;**
* ``dev75`` and ``aside32`` (aside32_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Slovenian (two speakers), Estonian and Korean on new sentences; an organist practising, a
  typewriter at the back of the hall, a wind-up music box, sheep bleating in the field, MPEG-1 Layer II in a Windows
  Media Center recording and AAC in a Smooth Streaming MP4 (``rd75_*``, ``ky_*``).  **``aside32`` is run by the lead
  only;**
* ``dev76`` and ``aside33`` (aside33_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Lithuanian (two speakers), Icelandic and Welsh on new sentences; fireworks over the talk, an
  accordion busker outside, a cat in the room, a dishwasher through the wall, MPEG-1 Layer II in a Broadcast Wave
  file and 24-bit PCM in an MXF file (``rd76_*``, ``ly_*``).  **``aside33`` is run by the lead only;**
* ``dev77`` and ``aside34`` (aside34_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Latvian (two speakers), Afrikaans and Albanian on new sentences; cows lowing, a motorbike
  revving past, a handsaw next door, a piano practised next door, Opus in a transport stream and AC-3 in an MP4
  (``rd77_*``, ``my_*``).  **``aside34`` is run by the lead only;**
* ``dev78`` and ``aside35`` (aside35_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Macedonian (two speakers), Basque and Swahili on new sentences; a drummer rehearsing next door,
  a skateboard rolling past, a trumpet practised upstairs, a tumble dryer through the wall, FLAC in Matroska and MP3
  in an MP4 (``rd78_*``, ``ny_*``).  **``aside35`` is run by the lead only;**
* ``dev79`` and ``aside36`` (aside36_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Serbian (two speakers), Azerbaijani and Tamil on new sentences (Kazakh in the dev twin); a
  caller keying numbers on a speakerphone, a choir rehearsing next door, a woodpecker drumming in the garden,
  someone eating crisps beside the microphone, AAC in 3GPP and 16-bit PCM in AVI (``rd79_*``, ``oy_*``).
  **``aside36`` is run by the lead only;**
* ``dev80`` and ``aside37`` (aside37_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Armenian (two speakers), Urdu and Maltese on new sentences (Nepali in the dev twin); someone
  humming a tune beside the microphone, someone stirring tea with a teaspoon, an electric toothbrush through the
  bathroom door, someone with a cold sniffing, AAC in Flash video and AC-3 in AVI (``rd80_*``, ``py_*``).
  **``aside37`` is run by the lead only;**
* ``dev81`` and ``aside38`` (aside38_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Georgian (two speakers), Bengali and Tatar on new sentences (Sinhala in the dev twin); someone
  yawning beside the microphone, someone chopping vegetables on a board, a lawn sprinkler in the garden, a bus
  stopping outside, E-AC-3 in Matroska and 16-bit PCM in a QuickTime MOV (``rd81_*``, ``qy_*``).
  **``aside38`` is run by the lead only;**
* ``dev82`` and ``aside39`` (aside39_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Kannada (two speakers), Punjabi and Amharic on new sentences (Malayalam in the dev twin);
  someone practising the cello next door, someone spraying deodorant, a car's windscreen wipers, someone pumping up
  a bicycle tyre, 16-bit PCM in Matroska and Apple Lossless in a CAF (``rd82_*``, ``ry_*``).
  **``aside39`` is run by the lead only;**
* ``dev83`` and ``aside40`` (aside40_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Gujarati (two speakers), Bosnian and Assamese on new sentences (Latin, two speakers, in the dev
  twin); a didgeridoo busker outside, a dog panting, someone striking matches, someone skipping with a rope, AAC in
  an audiobook's M4B and FLAC in Ogg (``rd83_*``, ``sy_*``).
  **``aside40`` is run by the lead only;**
* ``dev84`` and ``aside41`` (aside41_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Lithuanian (two speakers), Telugu and Burmese on new sentences (Welsh, two speakers, in the dev
  twin); a hurdy-gurdy player at the market, someone taking notes with a pencil, a car outside that will not
  start, someone mixing cocktails, 24-bit PCM in a Broadcast Wave and mu-law in a camera's AVI (``rd84_*``,
  ``ty_*``).
  **``aside41`` is run by the lead only;**
* ``dev85`` and ``aside42`` (aside42_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Estonian (two speakers), Slovenian and Icelandic on new sentences (Hungarian, two speakers, in
  the dev twin); a clerk stamping forms, a singer warming up with lip trills, someone shuffling and dealing cards,
  popcorn popping in a microwave, 32-bit float PCM in a Core Audio file and 16-bit big-endian PCM in a
  camera's MOV (``rd85_*``, ``uy_*``).
  **``aside42`` is run by the lead only;**
* ``dev86`` and ``aside43`` (aside43_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Latvian (two speakers), Albanian and Swahili on new sentences (Afrikaans, two speakers, in the
  dev twin); electric cars pulling out of a car park, someone scraping burnt toast, a shop's roller shutter going up,
  someone folding laundry and shaking out towels, IMA ADPCM in a Core Audio file and 16-bit big-endian PCM in a Sun
  AU file (``rd86_*``, ``vy_*``).
  **``aside43`` is run by the lead only;**
* ``dev87`` and ``aside44`` (aside44_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Macedonian (two speakers), Maltese and Nepali on new sentences (Azerbaijani, two speakers, in the
  dev twin); the speaker setting a mug down before lines, a singing bowl sung over line ends, someone spinning a coin
  on the table, someone twanging a ruler on the desk's edge, 16-bit PCM in a camera's MP4 and G.711 A-law in a
  QuickTime movie (``rd87_*``, ``wy_*``).
  **``aside44`` is run by the lead only;**
* ``dev88`` and ``aside45`` (aside45_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Kazakh (two speakers), Latin and Malayalam on new sentences (Basque, two speakers, in the dev
  twin); sheets torn off a pad over line ends, a pen clicked until just before lines, a door creaking open and
  latching shut, someone cracking their knuckles, Opus in Matroska and 8-bit PCM in an old webcam's AVI (``rd88_*``,
  ``xy_*``).
  **``aside45`` is run by the lead only;**
* ``dev89`` and ``aside46`` (aside46_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Uzbek (two speakers), Maori and Cantonese on new sentences (Turkmen, two speakers, in the
  dev twin); an office chair's gas lift let down over line starts, a tape measure snapping back over line ends, a
  pencil sharpener cranked over line ends, a rotary telephone dialled, G.726 in a security camera's AVI and Apple
  Lossless in a QuickTime movie (``rd89_*``, ``yy_*``).
  **``aside46`` is run by the lead only;**
* ``dev90`` and ``aside47`` (aside47_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Luxembourgish (two speakers), Haitian Creole and Bashkir on new sentences (Hawaiian in the dev
  twin); a Zippo lighter lit before line starts, a curtain drawn across line starts, a pop-up toaster popping before
  line ends, a bicycle's back wheel spun, MPEG-1 Layer II in a TV capture card's AVI and WavPack in Matroska
  (``rd90_*``, ``zy_*``).
  **``aside47`` is run by the lead only;**
* ``dev91`` and ``aside48`` (aside48_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Sindhi (two speakers), Thai and Hawaiian on new sentences (Maori in the dev twin); a
  packing-tape dispenser pulled over line ends, a wine cork pulled before line starts, a pepper mill ground across
  line starts, a wind-up egg timer, AAC in a dashcam's AVI and MP3 in a compact camera's MOV (``rd91_*``, ``bz_*``).
  **``aside48`` is run by the lead only;**
* ``dev92`` and ``aside49`` (aside49_languages.py): the telephone system's real French, Spanish, Italian and Russian
  prompts, espeak-ng Sinhala (two speakers), Turkmen and Korean on new sentences (Welsh in the dev twin); a hole
  punch pressed before line starts, dice thrown over line ends, eggs whisked across line starts, a shop's till
  opened, ALAC in a screen recorder's Matroska and float PCM in a video editor's MOV (``rd92_*``, ``cz_*``).
  **``aside49`` is run by the lead only;**
* ``dev36`` (cjk_bed_cases.py): espeak-ng Japanese (kanji-heavy and kana-only text) and Mandarin (simplified and
  traditional characters) under rain, a fan, a cafe, and clean (``rd36_*``); ``dev36later``: its two talks kept out
  until the rule for scripts without spaces was final;
* ``dev25`` (fillets_gated_languages.py): the ten Fish Fillets talks of ``dev21``/``aside7`` made again from the same
  recordings with each take's end gated at the voice, so the studio's reverberation tail is not in the truth
  (``rd25_*``; dry_ends.py measures that tail);
* ``dev28`` (room_tail_cases.py): real takes, dry (asterisk's French, Spanish and Italian prompts, Fish Fillets'
  Dutch and Czech actors gated at the voice), in synthetic rooms of RT60 0.4-1.5 s; truth on the dry voice
  (``rd28_*``; ``dev28later``: the one language talk kept out until j61's rule was final);
* ``dev`` and ``heldout`` (language_cases.py): real human speech in French,
  Spanish and Italian (telephone prompts from Debian's asterisk-core-sounds
  packages, truth = where each recording went) and espeak-ng voices spoiled with
  speed changes, noise, reverberation and a telephone band in Swedish and French.
  Look at ``heldout`` only to report.

``ours`` runs the engine as a new user would (default install, no --model, no
--language: the language is detected, the model chosen by it).  ``aeneas``
(``--aeneas-python``: a Python with aeneas installed, default
benchmarks/.venv-aeneas) uses espeak-ng in the talk's language.  ``stable-ts``
(benchmarks/.venv-peers, setup_peers.sh) runs ``align()`` with the multilingual
``base`` model our engine uses for these languages, told the language.  Reported
per case and pooled per language: segment boundaries within 100 ms, median
absolute error, the signed median of starts and of ends (output minus truth:
negative = early), the worst error and the wall time.

    .venv/bin/python benchmarks/bench_languages.py                              # clean set, ours
    .venv/bin/python benchmarks/bench_languages.py --set dev --tools ours,aeneas,stable-ts
    .venv/bin/python benchmarks/bench_languages.py --set heldout --langs fr,sv
    .venv/bin/python benchmarks/bench_languages.py --engine-args "--no-refine"

The clean dev sentences below were written for this benchmark.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(BENCH_DIR))

from engine_under_test import describe, engine_env, engine_root  # noqa: E402
from peer_text import peer_transcript  # noqa: E402

#: Dev talks: ten sentences each, as a lecturer would say them (numbers, elisions, compounds included).
TALKS = {
    "fr": (["fr-fr", "fr-fr+f3"], [
        "Bonsoir à tous et bienvenue à cette conférence sur les oiseaux de mer.",
        "Ce soir, nous allons voir comment les goélands trouvent leur nourriture.",
        "La plupart d'entre eux suivent les bateaux de pêche pour les restes.",
        "Certains ont appris à laisser tomber des coquillages sur les rochers.",
        "L'homme qu'il a rencontré au port lui a montré un nid abandonné.",
        "Le goéland argenté peut vivre plus de trente ans.",
        "Les jeunes oiseaux restent bruns pendant environ quatre ans.",
        "En 1998, on en comptait près de 2500 couples sur cette côte.",
        "Aujourd'hui, leur nombre a baissé de moitié.",
        "Merci de votre attention et bonne fin de soirée.",
    ]),
    "de": (["de", "de+f3"], [
        "Guten Abend und herzlich willkommen zu diesem Vortrag über Seevögel.",
        "Heute sehen wir uns an, wie Möwen ihr Futter an der Küste finden.",
        "Die meisten Möwen folgen den Fischerbooten wegen der Abfälle.",
        "Einige haben gelernt, Muscheln auf Felsen fallen zu lassen.",
        "Andere stehlen den Menschen am Strand das Mittagessen.",
        "Die Silbermöwe kann mehr als dreißig Jahre alt werden.",
        "Junge Vögel bleiben etwa vier Jahre lang braun.",
        "Im Jahr 1998 zählte man an dieser Küste fast 2500 Brutpaare.",
        "Die Vogelschutzgebiete der Nordseeküste sind heute streng geschützt.",
        "Vielen Dank für Ihre Aufmerksamkeit und noch einen schönen Abend.",
    ]),
    "es": (["es", "es+f3"], [
        "Buenas tardes a todos y bienvenidos a esta charla sobre las aves marinas.",
        "Hoy veremos cómo las gaviotas encuentran su comida en la costa.",
        "La mayoría de las gaviotas siguen a los barcos de pesca.",
        "Algunas han aprendido a dejar caer conchas sobre las rocas.",
        "Otras roban la comida de la gente que almuerza en la playa.",
        "La gaviota argéntea puede vivir más de treinta años.",
        "Los pájaros jóvenes son marrones durante unos cuatro años.",
        "En 1998 había casi 2500 parejas en esta costa.",
        "Hoy en día su número ha bajado a la mitad.",
        "Muchas gracias por su atención y que tengan una buena noche.",
    ]),
    "it": (["it", "it+f3"], [
        "Buonasera a tutti e benvenuti a questa conferenza sugli uccelli marini.",
        "Stasera vedremo come i gabbiani trovano il cibo lungo la costa.",
        "La maggior parte dei gabbiani segue le barche dei pescatori.",
        "Alcuni hanno imparato a lasciar cadere le conchiglie sugli scogli.",
        "Altri rubano il pranzo alle persone sulla spiaggia.",
        "Il gabbiano reale può vivere più di trent'anni.",
        "Gli uccelli giovani restano marroni per circa quattro anni.",
        "Nel 1998 c'erano quasi 2500 coppie su questa costa.",
        "Oggi il loro numero si è dimezzato rispetto all'anno scorso.",
        "Grazie per l'attenzione e buona serata.",
    ]),
    "sv": (["sv", "sv+f3"], [
        "God kväll allihop och välkomna till den här föreläsningen om sjöfåglar.",
        "I kväll ska vi se hur måsarna hittar sin mat längs kusten.",
        "De flesta måsar följer fiskebåtarna för att få rester.",
        "Några har lärt sig att släppa snäckor på klipporna.",
        "Andra stjäl maten från människor som äter lunch på stranden.",
        "Gråtruten kan bli mer än trettio år gammal.",
        "Unga fåglar förblir bruna i ungefär fyra år.",
        "År 1998 fanns det nästan 2500 par längs den här kusten.",
        "Fågelskyddsområdena är i dag noga skyddade.",
        "Tack för att ni lyssnade och ha en trevlig kväll.",
    ]),
    "pl": (["pl", "pl+f3"], [
        "Dobry wieczór wszystkim i witam na wykładzie o ptakach morskich.",
        "Dziś zobaczymy, jak mewy znajdują pożywienie na wybrzeżu.",
        "Większość mew podąża za kutrami rybackimi po resztki.",
        "Niektóre nauczyły się zrzucać muszle na skały.",
        "Inne kradną ludziom drugie śniadanie na plaży.",
        "Mewa srebrzysta może żyć ponad trzydzieści lat.",
        "Młode ptaki pozostają brązowe przez mniej więcej cztery lata.",
        "W roku 1998 na tym wybrzeżu żyło prawie 2500 par.",
        "Dzisiaj ich liczba spadła o połowę.",
        "Dziękuję za uwagę i życzę państwu miłego wieczoru.",
    ]),
}
PAUSES = [0.45, 0.8, 0.35, 1.1, 0.6, 0.5, 0.9, 0.4, 0.7]



@dataclass
class Talk:
    name: str
    lang: str
    kind: str
    wav: Path
    txt: Path
    truth: list  #: (start, end) per line


def clean_talk(lang: str, folder: Path) -> Talk:
    from synth import synthesize_talk

    voices, sentences = TALKS[lang]
    wav, txt = folder / f"clean_{lang}.wav", folder / f"clean_{lang}.txt"
    per_sentence = [voices[0]] * 5 + [voices[1]] * 5
    truth = synthesize_talk(sentences, wav, pauses=PAUSES, lead_in=0.7, tail=0.8, voices=per_sentence, seed=7)
    txt.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return Talk(f"clean_{lang}", lang, "clean", wav, txt, [(t.start, t.end) for t in truth])


#: The sets made by a case generator (``--set`` -> the generator's module, the half it names, the languages run by
#: default): adding a set is one row.
BUILT_SETS = {
    "dev2": ("unseen_languages", "dev", "ru,fr,es,it,ca,fi,cs"),
    "aside2": ("unseen_languages", "aside", "ru,fr,es,it,ca,fi,cs"),
    "dev5": ("aside3_languages", "dev", "fr,es,it,ru,fi,cs,de,sv"),
    "aside3": ("aside3_languages", "aside", "fr,es,it,ru,fi,cs,de,sv"),
    "dev9": ("aside4_languages", "dev", "ro,el,be,es,fr,ca,ru,cs,hi,pt,nl,pl"),
    "aside4": ("aside4_languages", "aside", "ro,el,be,es,fr,ca,ru,cs,hi,pt,nl,pl"),
    "dev12": ("aside5_languages", "dev", "ro,fr"),
    "aside5": ("aside5_languages", "aside", "da,el,es,ca,ru,mr,te,cs,hu,tr,uk"),
    "dev17": ("aside6_languages", "dev", "ro,zh"),
    "aside6": ("aside6_languages", "aside", "fr,es,ro,zh,sv,sk,id,hr,vi"),
    "dev21": ("aside7_languages", "dev", "nl,cs"),
    "aside7": ("aside7_languages", "aside", "nl,cs,fr,sv,zh"),
    "dev22": ("aside8_languages", "dev", "fr,sv"),
    "aside8": ("aside8_languages", "aside", "fr,es,ro,sv,no,ms,ja"),
    "dev25": ("fillets_gated_languages", "dev", "nl,cs"),
    "dev26": ("aside9_languages", "dev", "fr,sv"),
    "aside9": ("aside9_languages", "aside", "fr,es,sv,de,it,zh,ar"),
    "dev28": ("room_tail_cases", "dev", "fr,es,it,nl,cs"),
    "dev28later": ("room_tail_cases", "later", "fr,es,it,nl,cs"),
    "dev31": ("aside10_languages", "dev", "fr,de"),
    "dev37": ("slap_back_cases", "dev", "fr,de,es"),
    "aside10": ("aside10_languages", "aside", "fr,es,de,it,sv,ja,fa"),
    "dev40": ("aside11_languages", "dev", "nl,de"),
    "aside11": ("aside11_languages", "aside", "nl,cs,fr,de,es,it,sv,zh,he,bg"),
    "dev48": ("aside12_languages", "dev", "fr,nl,it"),
    "aside12": ("aside12_languages", "aside", "fr,es,it,ru,de,nl,pl,cs"),
    "dev54": ("aside13_languages", "dev", "fr"),
    "aside13": ("aside13_languages", "aside", "fr,es,it,ru,sv"),
    "dev57": ("aside14_languages", "dev", "fr"),
    "aside14": ("aside14_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev58": ("aside15_languages", "dev", "fr,pl"),
    "aside15": ("aside15_languages", "aside", "fr,es,it,ru,sv,de,pl"),
    "dev59": ("aside16_languages", "dev", "fr,nl"),
    "aside16": ("aside16_languages", "aside", "fr,es,it,ru,sv,nl,de"),
    "dev60": ("aside17_languages", "dev", "fr,de"),
    "aside17": ("aside17_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev61": ("aside18_languages", "dev", "fr,nl"),
    "aside18": ("aside18_languages", "aside", "fr,es,it,ru,sv,nl,de"),
    "dev62": ("aside19_languages", "dev", "fr,de"),
    "aside19": ("aside19_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev63": ("aside20_languages", "dev", "fr,de"),
    "aside20": ("aside20_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev64": ("aside21_languages", "dev", "fr,de"),
    "aside21": ("aside21_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev65": ("aside22_languages", "dev", "fr,de"),
    "aside22": ("aside22_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev66": ("aside23_languages", "dev", "fr,de"),
    "aside23": ("aside23_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev67": ("aside24_languages", "dev", "fr,de"),
    "aside24": ("aside24_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev68": ("aside25_languages", "dev", "fr,de"),
    "aside25": ("aside25_languages", "aside", "fr,es,it,ru,sv,de,nl"),
    "dev69": ("aside26_languages", "dev", "fr,de"),
    "aside26": ("aside26_languages", "aside", "fr,es,it,ru,pt,tr,da"),
    "dev70": ("aside27_languages", "dev", "fr,de"),
    "aside27": ("aside27_languages", "aside", "fr,es,it,ru,fi,uk,hu"),
    "dev71": ("aside28_languages", "dev", "fr,it"),
    "aside28": ("aside28_languages", "aside", "fr,es,it,ru,hr,id,no"),
    "dev72": ("aside29_languages", "dev", "fr,de"),
    "aside29": ("aside29_languages", "aside", "fr,es,it,ru,sk,bg,ms"),
    "dev73": ("aside30_languages", "dev", "fr,sv"),
    "aside30": ("aside30_languages", "aside", "fr,es,it,ru,vi,hi,fa"),
    "dev74": ("aside31_languages", "dev", "fr,nl"),
    "aside31": ("aside31_languages", "aside", "fr,es,it,ru,be,mr,he"),
    "dev75": ("aside32_languages", "dev", "fr,de"),
    "aside32": ("aside32_languages", "aside", "fr,es,it,ru,sl,et,ko"),
    "dev76": ("aside33_languages", "dev", "fr,nl"),
    "aside33": ("aside33_languages", "aside", "fr,es,it,ru,lt,is,cy"),
    "dev77": ("aside34_languages", "dev", "fr,da"),
    "aside34": ("aside34_languages", "aside", "fr,es,it,ru,lv,af,sq"),
    "dev78": ("aside35_languages", "dev", "fr,hr"),
    "aside35": ("aside35_languages", "aside", "fr,es,it,ru,mk,eu,sw"),
    "dev79": ("aside36_languages", "dev", "fr,kk"),
    "aside36": ("aside36_languages", "aside", "fr,es,it,ru,sr,az,ta"),
    "dev80": ("aside37_languages", "dev", "fr,ne"),
    "aside37": ("aside37_languages", "aside", "fr,es,it,ru,hy,ur,mt"),
    "dev81": ("aside38_languages", "dev", "fr,si"),
    "aside38": ("aside38_languages", "aside", "fr,es,it,ru,ka,bn,tt"),
    "dev82": ("aside39_languages", "dev", "fr,ml"),
    "aside39": ("aside39_languages", "aside", "fr,es,it,ru,kn,pa,am"),
    "dev83": ("aside40_languages", "dev", "fr,la"),
    "aside40": ("aside40_languages", "aside", "fr,es,it,ru,gu,bs,as"),
    "dev84": ("aside41_languages", "dev", "fr,cy"),
    "aside41": ("aside41_languages", "aside", "fr,es,it,ru,lt,te,my"),
    "dev85": ("aside42_languages", "dev", "fr,hu"),
    "aside42": ("aside42_languages", "aside", "fr,es,it,ru,et,sl,is"),
    "dev86": ("aside43_languages", "dev", "fr,af"),
    "aside43": ("aside43_languages", "aside", "fr,es,it,ru,lv,sq,sw"),
    "dev87": ("aside44_languages", "dev", "fr,az"),
    "aside44": ("aside44_languages", "aside", "fr,es,it,ru,mk,mt,ne"),
    "dev88": ("aside45_languages", "dev", "fr,eu"),
    "aside45": ("aside45_languages", "aside", "fr,es,it,ru,kk,la,ml"),
    "dev89": ("aside46_languages", "dev", "fr,tk"),
    "aside46": ("aside46_languages", "aside", "fr,es,it,ru,uz,mi,yue"),
    "dev90": ("aside47_languages", "dev", "fr,haw"),
    "aside47": ("aside47_languages", "aside", "fr,es,it,ru,lb,ht,ba"),
    "dev91": ("aside48_languages", "dev", "fr,mi"),
    "aside48": ("aside48_languages", "aside", "fr,es,it,ru,sd,th,haw"),
    "dev92": ("aside49_languages", "dev", "fr,cy"),
    "aside49": ("aside49_languages", "aside", "fr,es,it,ru,si,tk,ko"),
    "dev36": ("cjk_bed_cases", "dev", "ja,zh"),
    "dev36later": ("cjk_bed_cases", "later", "ja,zh"),
}
#: The languages ``clean``, ``dev`` and ``heldout`` run by default.
DEFAULT_LANGS = "fr,de,es,it,sv"


def built_talks(which: str, langs: list[str], voice_ends: bool = False) -> list[Talk]:
    """The talks of a set made by a case generator (:data:`BUILT_SETS`), made into benchmarks/out/cases where
    missing."""
    import importlib
    import json

    import cases

    module, half, _ = BUILT_SETS[which]
    maker = importlib.import_module(module)
    out = []
    for name in maker.names(half):
        spec = maker.catalogue()[name]
        if spec.lang not in langs:
            continue
        d = cases.CASES_DIR / name
        if not cases._is_current(d):
            problem = maker.missing_packages(name)
            if problem:
                print(f"{name} left out: {problem}", file=sys.stderr)
                continue
            cases.write_case(cases._make(name), d)
        truth = json.loads((d / "truth.json").read_text(encoding="utf-8"))
        if voice_ends and which in ("dev21", "aside7") and spec.real is not None:
            import dry_ends  # a Fillets talk's ends where each take's voice stops, its reverberation left out

            truth["segments"] = dry_ends.dry_truth(name)
        lines = [s for s in truth["segments"] if s.get("in_transcript", True) is not False]
        out.append(Talk(name, spec.lang, spec.kind, d / "audio.wav", d / "transcript.txt",
                        [(s["start"], s["end"]) if s.get("start") is not None else None for s in lines]))
    return out


def talks(which: str, langs: list[str], kinds: list[str], folder: Path, voice_ends: bool = False) -> list[Talk]:
    if which == "clean":
        return [clean_talk(lang, folder) for lang in langs if lang in TALKS]
    if which in BUILT_SETS:
        return built_talks(which, langs, voice_ends)
    import language_cases

    problem = language_cases.missing_real(langs) if "real" in kinds else None
    if problem:
        print(problem, file=sys.stderr)
    for lang in langs:
        if which == "heldout" and {"real2", "tight2"} & set(kinds) and lang in language_cases.SECOND_SPEAKERS \
                and not language_cases.second_speaker_folder(lang):
            print(language_cases.SECOND_SPEAKERS[lang]["setup"], file=sys.stderr)
    out = []
    for c in language_cases.cases(which, langs, kinds):
        wav, txt = c.write(folder)
        out.append(Talk(c.name, c.lang, c.kind, wav, txt, [(s["start"], s["end"]) for s in c.segments]))
    return out


def run_ours(wav: Path, txt: Path, out: Path, extra: list[str], engine: Optional[Path] = None
             ) -> tuple[list[tuple[float, float]], float, str]:
    """Our CLI on one talk: the engine of ``engine`` (default: the current directory's, as ``run.py`` runs it,
    :mod:`engine_under_test`), not necessarily this script's checkout's."""
    root = engine or engine_root()
    cmd = [sys.executable, "-m", "aligner", "align", str(wav), str(txt), "-o", str(out), "-q", *extra]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=root, env=engine_env(root))
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip())
    data = json.loads(out.read_text(encoding="utf-8"))
    lines = txt.read_text(encoding="utf-8").splitlines()
    return spans_by_line(data["segments"], lines), wall, p.stderr.strip()


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def spans_by_line(segments: list[dict], lines: list[str]) -> list[tuple[float, float]]:
    """One (start, end) per transcript line: ours splits a line of two sentences into two segments."""
    spans, k = [], 0
    for line in (ln for ln in lines if ln.strip()):
        want, got, first, last = _letters(line), "", None, None
        while k < len(segments) and len(got) < len(want):
            s = segments[k]
            got += _letters(s["text"])
            if s.get("start") is not None:
                first = s["start"] if first is None else first
                last = s["end"]
            k += 1
        if first is not None:
            spans.append((first, last))
        else:
            spans.append((float("nan"), float("nan")))
    return spans


AENEAS_CODES = {"sv": "swe", "fr": "fra", "de": "deu", "es": "spa", "it": "ita", "ru": "rus", "ca": "cat", "fi": "fin",
                "cs": "ces", "ro": "ron", "el": "ell", "be": "bel", "pt": "por", "nl": "nld", "pl": "pol", "hi": "hin",
                "da": "dan", "mr": "mar", "te": "tel", "hu": "hun", "tr": "tur", "uk": "ukr", "zh": "cmn", "sk": "slk",
                "id": "ind", "hr": "hrv", "vi": "vie", "no": "nor", "ms": "msa", "ja": "jpn",
                "ar": "ara", "fa": "fas", "he": "heb", "bg": "bul",
                "sl": "slv", "et": "est", "ko": "kor", "lt": "lit", "is": "isl", "cy": "cym",
                "lv": "lav", "af": "afr", "sq": "sqi", "mk": "mkd", "eu": "eus", "sw": "swa",
                "sr": "srp", "az": "aze", "ta": "tam", "kk": "kaz",
                "hy": "hye", "ur": "urd", "mt": "mlt", "ne": "nep",
                "ka": "kat", "bn": "ben", "tt": "tat", "si": "sin",
                "kn": "kan", "pa": "pan", "am": "amh", "ml": "mal",
                "gu": "guj", "bs": "bos", "as": "asm", "la": "lat",
                "my": "mya", "yue": "yue",
                "uz": "uzb", "mi": "mri",  # the forty-sixth set's: aeneas's espeak-ng table lacks these two (and kaz)
                "lb": "ltz", "ht": "hat", "ba": "bak",  # the forty-seventh's: aeneas's table lacks all three
                "sd": "snd", "th": "tha", "haw": "haw",  # the forty-eighth's: its espeak-ng table lacks all three
                "tk": "tuk"}  # the forty-ninth's Turkmen (its Sinhala and Korean are above): aeneas lacks it


def run_aeneas(wav: Path, txt: Path, lang: str, python: str) -> tuple[list[tuple[float, float]], float]:
    """aeneas's execute_task with espeak-ng's voice for the language (its own MFCC + DTW alignment).

    Two settings a careful user would make: espeak-ng writes 22050 Hz and aeneas
    1.7.3's pure-Python path reads that as 16 kHz (the synthesized text comes out
    1.38 times too long and everything drifts by seconds), so the audio is taken at
    22050 Hz too; and pauses are cut out of the lines (``nonspeech REMOVE``), as for
    subtitles, instead of each line running on to the next one's start.
    """
    if not Path(python).exists():
        raise RuntimeError(f"no aeneas Python at {python}")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.json"
        t0 = time.perf_counter()
        p = subprocess.run([python, "-m", "aeneas.tools.execute_task", str(wav), str(txt),
                            f"task_language={AENEAS_CODES[lang]}|is_text_type=plain|os_task_file_format=json"
                            "|task_adjust_boundary_nonspeech_min=0.2|task_adjust_boundary_nonspeech_string=REMOVE",
                            str(out), "-r=tts=espeak-ng|ffmpeg_sample_rate=22050"], capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            raise RuntimeError((p.stderr or p.stdout).strip().splitlines()[-1])
        frags = json.loads(out.read_text())["fragments"]
    return [(float(f["begin"]), float(f["end"])) for f in frags], wall


def run_stable_ts(wav: Path, txt: Path, lang: str, out: Path, python: str) -> tuple[list[tuple[float, float]], float]:
    """stable-ts ``align()`` with the packaged multilingual base (the model ours uses here), told the language."""
    from aligner.align.models import multilingual_model

    if not Path(python).exists():
        raise RuntimeError(f"no stable-ts Python at {python}: run bash benchmarks/setup_peers.sh")
    model = multilingual_model().path
    t0 = time.perf_counter()
    p = subprocess.run([python, str(BENCH_DIR / "peers" / "stable_ts_runner.py"), str(wav), str(txt), str(out),
                        "--model", model, "--language", lang, "--threads", "2"], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if p.returncode != 0 or not out.exists():
        raise RuntimeError((p.stderr or p.stdout or "no output").strip().splitlines()[-1])
    data = json.loads(out.read_text(encoding="utf-8"))
    return [(s["start"], s["end"]) for s in data["segments"]], wall


def errors(spans, truth) -> dict:
    """Signed start and end errors (output minus truth) per line; a missing line is an infinite miss."""
    starts, ends = [], []
    for (a, b), t in zip(spans, truth):
        if t is None:  # a line never spoken (a mismatch case's inserted sentence): nothing to score
            continue
        ts, te = t
        if a != a:  # not placed
            starts.append(float("inf"))
            ends.append(float("inf"))
            continue
        starts.append(a - ts)
        ends.append(b - te)
    missing = abs(len(truth) - len(spans))
    return {"starts": starts, "ends": ends, "missing": missing}


def score(errs_list: list[dict]) -> dict:
    starts = [e for d in errs_list for e in d["starts"]]
    ends = [e for d in errs_list for e in d["ends"]]
    absolute = [abs(e) for e in starts + ends] + [float("inf")] * 2 * sum(d["missing"] for d in errs_list)
    return {"within_100ms": 100.0 * sum(e <= 0.1 for e in absolute) / len(absolute),
            "median_ms": 1000 * statistics.median(absolute), "max_ms": 1000 * max(absolute),
            "start_signed_ms": 1000 * statistics.median(starts) if starts else None,
            "end_signed_ms": 1000 * statistics.median(ends) if ends else None,
            "over_1s": sum(e > 1.0 for e in absolute), "boundaries": len(absolute)}


def _row(what: str, tool: str, r: dict, wall: float) -> str:
    def signed(v):
        return "-" if v is None else f"{v:+.0f}"

    return (f"| {what} | {tool} | {r['within_100ms']:.0f}% | {r['median_ms']:.0f} | {signed(r['start_signed_ms'])} | "
            f"{signed(r['end_signed_ms'])} | {r['max_ms']:.0f} | {r['over_1s']} | {wall:.1f} s |")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", default="clean", choices=["clean", "dev", "heldout", *BUILT_SETS])
    ap.add_argument("--langs", default=None, help=f"default: {DEFAULT_LANGS} (" + "; ".join(
        f"{langs} for {which}" for which, (_, _, langs) in BUILT_SETS.items()) + ")")
    ap.add_argument("--kinds", default="real,spoiled", help="dev/heldout only, comma list: real, tight, spoiled; real2, tight2 (a second French speaker, language_cases.SECOND_SPEAKERS; held-out and dev prompts of hers); dev only: phone (espeak-ng over a telephone line with hum), realphone (real prompts through the same), gsm, gsmtight (other real prompts through a GSM codec), echo, echotight, spoiledreal, spoiledtight (real prompts at the held-out spoiled levels: phone line + hum, or a room + murmur, at 14 dB SNR), tightmore (two more tight talks), rate (espeak-ng fr/sv at 0.8, 1.0, 1.35 over a phone line), breathy, synthtight (espeak-ng de/nl/pt: breaths and pink noise, or sentences 0-0.1 s apart; --langs de,nl,pt), synthtight2, phone2 (espeak-ng da/ca/ro/nl: sentences 0-0.1 s apart under a fan, or over a telephone line with hum; --langs da,ca,ro,nl), synthtight2aside, phone2aside (the same in pl/cs/nb/pt, kept aside until a change is final); quietbuzz3, phonetight3 (espeak-ng da/ca/ro/nl, other voices: a buzz 12 dB under speech at -40 dBFS, or sentences 0-0.1 s apart over a telephone line; --langs da,ca,ro,nl), quietbuzz3aside, phonetight3aside (pl/cs/nb/pt, kept aside); benchmarks/language_misses.py lists their misses")
    ap.add_argument("--voice-ends", action="store_true", help="dev21/aside7: score the Fish Fillets talks' line ends "
                    "where each take's voice stops, not in its studio's reverberation (dry_ends.dry_truth)")
    ap.add_argument("--tools", default="ours")
    ap.add_argument("--engine-args", default="")
    ap.add_argument("--json", help="also write the numbers here")
    ap.add_argument("--keep", help="keep the talks and every tool's output in this folder")
    ap.add_argument("--aeneas-python", default=str(BENCH_DIR / ".venv-aeneas" / "bin" / "python"),
                    help="a Python with aeneas installed (default: benchmarks/.venv-aeneas)")
    ap.add_argument("--peers-python", default=str(BENCH_DIR / ".venv-peers" / "bin" / "python"),
                    help="a Python with stable-ts installed (default: benchmarks/.venv-peers)")
    args = ap.parse_args(argv)
    tools = args.tools.split(",")
    if "ours" in tools:
        print(describe(engine_root()), file=sys.stderr)
    rows, results, pooled = [], {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        langs = (args.langs or (BUILT_SETS[args.set][2] if args.set in BUILT_SETS else DEFAULT_LANGS)).split(",")
        for talk in talks(args.set, langs, args.kinds.split(","), folder, args.voice_ends):
            for tool in tools:
                out = folder / f"{talk.name}.{tool}.json"
                try:
                    said = ""
                    if tool == "ours":
                        spans, wall, said = run_ours(talk.wav, talk.txt, out, args.engine_args.split())
                    elif tool == "aeneas":
                        spans, wall = run_aeneas(talk.wav, peer_transcript(talk.txt, folder, talk.name), talk.lang,
                                                 args.aeneas_python)
                    elif tool == "stable-ts":
                        spans, wall = run_stable_ts(talk.wav, peer_transcript(talk.txt, folder, talk.name), talk.lang,
                                                    out, args.peers_python)
                    else:
                        raise SystemExit(f"unknown tool {tool}")
                except Exception as e:  # a peer that fails is a result too
                    rows.append(f"| {talk.name} | {tool} | failed: {str(e)[:70]} | | | | | | |")
                    continue
                e = errors(spans, talk.truth)
                r = score([e])
                r["wall_s"] = wall
                results[f"{talk.name}/{tool}"] = r
                key = (f"{talk.lang} {talk.kind}", tool)
                pooled.setdefault(key, ([], []))
                pooled[key][0].append(e)
                pooled[key][1].append(wall)
                rows.append(_row(talk.name, tool, r, wall))
                if said:
                    print(f"{talk.name}: {said.splitlines()[0]}", file=sys.stderr)
    head = ["| {} | tool | boundaries within 100 ms | median ms | start signed ms | end signed ms | worst ms "
            "| > 1 s | wall |", "|---|---|---|---|---|---|---|---|---|"]
    lines = [f"## Languages, {args.set} set: per language and kind, pooled", ""] + \
        ([describe(engine_root()), ""] if "ours" in tools else []) + [head[0].format("language")] + head[1:]
    for (what, tool), (errs, walls) in sorted(pooled.items()):
        r = score(errs)
        results[f"{what}/{tool}"] = dict(r, wall_s=sum(walls))
        lines.append(_row(what, tool, r, sum(walls)))
    lines += ["", "## Per talk", "", head[0].format("talk"), head[1]] + rows
    print("\n".join(lines))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
