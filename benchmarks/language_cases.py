"""Talks in other languages with exact segment truth, for the languages table (bench_languages.py).

The shared cases are English only, and no French or Swedish recording with timing truth can be
fetched from here.  Two kinds of case stand in:

* ``real``: human speech.  Debian's ``asterisk-core-sounds-{fr,es,it}-wav`` packages hold the
  prompts of a telephone system read by professional speakers (fr-CA June Wallack, es-MX Allison
  Smith, it-IT Carlo; CC-BY-SA 3.0), one prompt per file, 8 kHz, with every prompt's text in
  ``core-sounds-XX.txt``.  A talk is a run of the prompts that are whole sentences, joined with
  pauses over a low room noise; the truth is where each file went ("file-offsets": a prompt starts
  at its first and ends at its last 10 ms frame louder than -34 dB below its loudest frame -- the
  recordings are clean, so that is where the voice starts and stops).  There is no Swedish set
  (nor any Swedish speech recording in Debian, PyPI or npm that we found).
* ``tight``: the same prompts with 0-100 ms between them: boundaries no pause marks.
* ``gsm``, ``gsmtight`` (dev only): ``real`` and ``tight`` talks of other dev prompts, each prompt passed
  through a GSM full-rate codec first (narrow band and coded, as the held-out second speaker's files are).
* ``echo``, ``echotight`` (dev only): ``real`` and ``tight`` talks of dev prompts in an order where each
  prompt's last two words recur in the next one (:func:`_echoing`): anchors that may match the wrong copy.
* ``real2``, ``tight2``: a second French speaker (France, GSM files with a click and a thump at each start):
  held-out from SECOND_SPEAKER_TEXTS, dev from SECOND_SPEAKER_DEV_TEXTS (other prompts of hers).
* ``breathy``, ``synthtight`` (dev only): espeak-ng talks in German, Dutch and Portuguese (:func:`synth_case`):
  breaths and pink noise in the pauses, or sentences 0-100 ms apart; new sentences, voices and seeds.
* ``synthtight2``, ``phone2`` (dev only): espeak-ng talks in Danish, Catalan, Romanian and Dutch, sentences
  0-100 ms apart under a fan or over a telephone line with hum (:func:`more_synth_case`); ``synthtight2aside``,
  ``phone2aside``: the same in Polish, Czech, Norwegian and Portuguese, kept aside until a change is final.
* ``quietbuzz3``, ``phonetight3`` (dev only, j48): espeak-ng talks in the same eight languages with other voice
  variants (:func:`third_synth_case`): a ground loop's buzz 12 dB under speech recorded at -40 dBFS, or sentences
  0-100 ms apart over a telephone line; ``quietbuzz3aside``, ``phonetight3aside`` (pl, cs, nb, pt) kept aside.
* ``spoiled``: espeak-ng voices of the language spoiled the way recordings are (speed, noise,
  reverberation, telephone band, breaths; synth_cases.py), on sentences not in bench_languages'
  dev talks.  The stand-in for Swedish.

Every kind comes in a ``dev`` and a ``heldout`` set with no prompt, sentence or seed in common.

    apt-get install asterisk-core-sounds-fr-wav asterisk-core-sounds-fr   # (and -es, -it) for the real cases
"""

from __future__ import annotations

import gzip
import random
import re
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

import synth_cases as sc

RATE = 16000
SOUNDS = Path("/usr/share/asterisk/sounds")
DOCS = Path("/usr/share/doc")
#: The speaker folder of each language's core sounds.
SPEAKERS = {"fr": "fr_CA_f_June", "es": "es_MX_f_Allison", "it": "it_IT_m_Carlo"}


@dataclass
class Case:
    name: str
    lang: str
    kind: str  #: "real" or "spoiled"
    samples: np.ndarray
    segments: list[dict]  #: {"text", "start", "end"}
    notes: str

    def write(self, folder: Path) -> tuple[Path, Path]:
        wav, txt = folder / f"{self.name}.wav", folder / f"{self.name}.txt"
        pcm = (np.clip(self.samples, -1, 1) * 32767).astype(np.int16)
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(pcm.tobytes())
        txt.write_text("\n".join(s["text"] for s in self.segments) + "\n", encoding="utf-8")
        return wav, txt


# ------------------------------------------------------------------ real prompts
#: Another prompt's "name: text" entry run into a text of the listing.
MERGED_ENTRY = re.compile(r"\s*\b[a-z]+(?:-[a-z0-9]+)+:")


def listing_entries(lang: str, folder: Path):
    """(prompt name, text as listed) for each entry of the language's prompt listing with a recording in
    ``folder`` itself (not its sub-folders of digits and letters); nothing when the packages are missing."""
    listing = DOCS / f"asterisk-core-sounds-{lang}" / f"core-sounds-{lang}.txt.gz"
    if not listing.exists() or not folder.is_dir():
        return
    for line in gzip.open(listing, "rt", encoding="utf-8-sig"):
        name, sep, text = line.partition(":")
        name = name.strip()
        if not sep or name.startswith(";") or "/" in name or not (folder / f"{name}.wav").exists():
            continue
        yield name, text


def prompt_texts(lang: str) -> dict[str, str]:
    """Prompt name -> its text, for the prompts that are a sentence of four words or more and have a file."""
    out = {}
    for name, text in listing_entries(lang, SOUNDS / SPEAKERS[lang]):
        text = text.strip().strip("\"“”« »").strip()
        # the listing has lines where the next prompt's entry ran on ("... sur dièse.vm-review-nonurgent: Pour
        # enlever ..."): that text is another file's, never said in this one
        text = MERGED_ENTRY.split(text)[0].strip()
        if re.search(r"[\[\]()<>{}*]|\.\.\.", text) or not 4 <= len(text.split()) <= 30:
            continue
        if sum(len(w) == 1 and w.isupper() for w in text.split()) > 1:  # spelled out: "M I S D N"
            continue
        out[name] = text
    return out


# ------------------------------------------------------------------ a second speaker (held-out only)
#: A second speaker of the same telephone system's prompts (France, where the core sounds' June is from
#: Canada), in Debian without text.  Installing the package puts its files into the ``fr`` alternative,
#: which asterisk-core-sounds-fr points at June's folder, and a later install of the core sounds takes
#: them away; so it is unpacked here instead.  (``asterisk-prompt-es-co``, a Colombian speaker, would be
#: a second Spanish one; its texts are not written yet.)
SECOND_SPEAKERS = {
    "fr": {"package": "asterisk-prompt-fr-armelle", "speaker": "fr_FR_f_Armelle (France, 2006, GSM 8 kHz)"},
}
for _lang, _sp in SECOND_SPEAKERS.items():
    _sp["folder"] = (Path(__file__).resolve().parent / "out" / "debs" / _sp["package"] / "usr" / "share" / "asterisk"
                     / "sounds" / _lang)
    _sp["setup"] = (f"held-out second-speaker cases need: apt-get download {_sp['package']} && dpkg -x "
                    f"{_sp['package']}_*.deb benchmarks/out/debs/{_sp['package']}")
#: What the second speaker says.  Her wording is her own (a different French translation of the same
#: English prompts: only 2 of 113 say the listed fr-CA text, benchmarks/check_prompt_texts.py), so the text is
#: written here: from Whisper base's transcript of each file, corrected where it misheard ("tapé" -> "tapez",
#: "touche pièce" -> "touche dièse", "boîte à l'être" -> "boîte aux lettres"); prompts whose transcript was too
#: garbled to be sure of every word are left out.  The timing truth does not depend on the text (it is where
#: each file went); a word wrong here is a transcript error a real user may have too.
SECOND_SPEAKER_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "agent-pass": "S'il vous plaît, entrez votre mot de passe, suivi de la touche dièse.",
        "agent-user": "Identification de l'agent. S'il vous plaît, entrez votre numéro d'agent suivi de la touche "
                      "dièse.",
        "conf-getconfno": "S'il vous plaît, entrez votre numéro de conférence, suivi de la touche dièse.",
        "conf-getpin": "S'il vous plaît, entrez le code de la conférence.",
        "conf-invalid": "Ce n'est pas un numéro de conférence valide. S'il vous plaît, essayez encore.",
        "conf-kicked": "Vous avez été sortie de la conférence.",
        "conf-leaderhasleft": "Le responsable a quitté la conférence.",
        "conf-locked": "Cette conférence est verrouillée.",
        "conf-onlyperson": "Vous êtes pour l'instant la seule personne dans cette conférence.",
        "conf-otherinparty": "d'autres participants dans la conférence.",
        "conf-placeintoconf": "Vous êtes maintenant entrée dans la conférence.",
        "conf-unlockednow": "La conférence est maintenant déverrouillée.",
        "dir-nomatch": "Aucun dossier ne correspond à votre recherche.",
        "dir-nomore": "Il n'y a plus d'entrée correspondante dans le répertoire.",
        "invalid": "Je suis désolée, ce n'est pas une extension valide. S'il vous plaît, essayez à nouveau.",
        "privacy-incorrect": "Je suis désolée. Ce numéro n'est pas valide.",
        "privacy-unident": "Le destinataire que vous essayez de joindre n'accepte pas les appels non identifiés.",
        "queue-periodic-announce": "Tous les représentants sont occupés pour le moment. S'il vous plaît, restez en "
                                   "ligne et votre appel sera repris par le prochain représentant disponible.",
        "queue-thankyou": "Merci de votre patience.",
        "queue-youarenext": "Votre appel est maintenant le prochain dans la liste et vous serez connecté au prochain "
                            "représentant disponible.",
        "ss-noservice": "Le numéro que vous avez entré n'est pas en service. S'il vous plaît, vérifiez le numéro et "
                        "essayez à nouveau.",
        "transfer": "S'il vous plaît, restez en ligne pendant que j'essaie cette extension.",
        "vm-dialout": "Veuillez patienter pendant que je connecte votre appel.",
        "vm-enter-num-to-call": "S'il vous plaît, entrez le numéro que vous souhaitez appeler.",
        "vm-forward": "Tapez 1 pour utiliser une extension. Tapez 2 pour entrer dans le répertoire.",
        "vm-helpexit": "Tapez sur étoile pour l'aide ou sur dièse pour sortir.",
        "vm-mailboxfull": "Désolée, cette boîte aux lettres ne peut plus prendre de messages.",
        "vm-mismatch": "Les mots de passe que vous avez entrés et réentrés ne correspondent pas. S'il vous plaît, "
                       "essayez encore.",
        "vm-msgsaved": "Votre message a été sauvegardé.",
        "vm-newpassword": "S'il vous plaît, entrez votre nouveau mot de passe, suivi de la touche dièse.",
        "vm-nobodyavail": "Personne n'est disponible pour prendre votre appel en ce moment.",
        "vm-nobox": "Vous ne pouvez pas répondre à ce message, car l'auteur du message n'a pas de boîte aux lettres.",
        "vm-opts": "Tapez 2 pour changer de dossier. Tapez 3 pour les options avancées. Tapez 0 pour les options de "
                   "boîte aux lettres.",
        "vm-reenterpassword": "S'il vous plaît, entrez à nouveau le mot de passe, suivi de la touche dièse.",
        "vm-repeat": "Tapez 5 pour répéter le message courant.",
        "vm-review": "Tapez 1 pour accepter cet enregistrement. Tapez 2 pour l'écouter. Tapez 3 pour réenregistrer "
                     "votre message.",
        "vm-tocancelmsg": "Tapez étoile pour annuler ce message.",
        "vm-torerecord": "Tapez 3 pour réenregistrer votre message.",
        "vm-toreply": "Tapez 1 pour envoyer une réponse.",
        "vm-undelete": "Tapez 7 pour restaurer ce message.",
    },
}

#: Dev prompts of the second speaker (none of them is in SECOND_SPEAKER_TEXTS, the held-out ones), written the
#: same way from Whisper base's transcripts (``check_prompt_texts.py --unwritten``), for the dev kinds ``real2dev``
#: and ``tight2dev``: her voice, her files' click and thump and their GSM coding looked at on prompts of our own.
SECOND_SPEAKER_DEV_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "agent-incorrect": "Login incorrect. S'il vous plaît, tapez votre numéro d'agent suivi de la touche dièse.",
        "agent-newlocation": "S'il vous plaît, entrez une nouvelle extension suivie de dièse.",
        "auth-incorrect": "Mot de passe incorrect. S'il vous plaît, entrez votre mot de passe suivi de la touche "
                          "dièse.",
        "conf-invalidpin": "Ce n'est pas un code de conférence valide. S'il vous plaît, essayez à nouveau.",
        "conf-lockednow": "La conférence est maintenant verrouillée.",
        "conf-muted": "Votre micro est maintenant coupé.",
        "conf-onlyone": "Il y a en ce moment un autre participant dans cette conférence.",
        "conf-usermenu": "S'il vous plaît, tapez 1 pour couper ou restaurer votre micro, 2 pour verrouiller ou "
                         "déverrouiller la conférence, 4 ou 6 pour diminuer ou augmenter le volume de la conférence, "
                         "7 ou 9 pour diminuer ou augmenter votre volume, 8 pour sortir.",
        "dir-instr": "S'il s'agit de la personne que vous recherchez, tapez 1, sinon, appuyez sur la touche étoile.",
        "dir-intro": "Bienvenue dans le répertoire. Entrez les trois premières lettres du nom de famille de votre "
                     "destinataire à l'aide du clavier de votre téléphone. Tapez 7 pour Q et 9 pour Z.",
        "indigen-dialout": "Merci de rester en ligne pendant que nous recherchons votre correspondant.",
        "indigen-extension": "Si vous connaissez l'extension de votre correspondant, composez-la maintenant.",
        "priv-introsaved": "Merci. S'il vous plaît, restez en ligne pendant que j'essaie de connecter votre "
                           "destinataire.",
        "privacy-prompt": "S'il vous plaît, entrez votre numéro de téléphone.",
    },
}


def second_speaker_folder(lang: str) -> Optional[Path]:
    folder = SECOND_SPEAKERS[lang]["folder"] if lang in SECOND_SPEAKER_TEXTS else None
    return folder if folder is not None and folder.is_dir() else None


def read_any(path: Path) -> np.ndarray:
    """Any audio file ffmpeg reads (the second speakers' are GSM), as _read_prompt resamples a WAV."""
    import subprocess

    rate = 8000
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", str(rate), "-"],
                         capture_output=True, check=True).stdout
    x = np.frombuffer(raw, dtype=np.int16).astype(np.float32) / 32768
    n = int(round(len(x) * RATE / rate))
    return np.interp(np.linspace(0, len(x) - 1, n), np.arange(len(x)), x).astype(np.float32)


def real_available(lang: str) -> bool:
    return len(prompt_texts(lang)) >= 20


def _read_prompt(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        rate = w.getframerate()
        x = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32) / 32768
    n = int(round(len(x) * RATE / rate))
    return np.interp(np.linspace(0, len(x) - 1, n), np.arange(len(x)), x).astype(np.float32)


def voice_span(x: np.ndarray, floor_db: float = -34.0) -> tuple[int, int]:
    """First and last sample of the 10 ms frames louder than ``floor_db`` below the loudest frame."""
    hop = RATE // 100
    frames = x[: len(x) // hop * hop].reshape(-1, hop)
    rms = np.sqrt(np.mean(frames.astype(np.float64) ** 2, axis=1))
    loud = np.flatnonzero(rms > rms.max() * 10 ** (floor_db / 20))
    return int(loud[0] * hop), int((loud[-1] + 1) * hop)


def voice_span_clicked(x: np.ndarray, floor_db: float = -34.0, over_noise_db: float = 12.0) -> tuple[int, int]:
    """:func:`voice_span` for the second speaker's files, which begin with a click and a low thump.

    Every one of her files starts with a click and a decaying low-frequency thump (a step in the
    recording where it was cut) louder than her voice, and ends on a noise floor near -34 dB re the
    loudest frame, so plain ``voice_span`` gave the whole file.  Here the level is measured on the
    first difference of the signal (a high-pass that leaves the thump 30-40 dB down), without the
    first and last 20 ms, and above the louder of ``floor_db`` re the loudest frame and
    ``over_noise_db`` over the file's noise floor (its 10th-percentile frame).
    """
    hop = RATE // 100
    y = np.diff(x.astype(np.float64), prepend=float(x[0]))
    frames = y[: len(y) // hop * hop].reshape(-1, hop)
    db = 20 * np.log10(np.sqrt(np.mean(frames ** 2, axis=1)) + 1e-9)
    db[:2] = db[-2:] = -400.0
    inner = db[2:-2]
    threshold = max(float(inner.max()) + floor_db, float(np.percentile(inner, 10)) + over_noise_db)
    loud = np.flatnonzero(db > threshold)
    # ... and many end on a click where the recording was cut: a frame or two over the threshold in the
    # file's last 0.1 s, after a pause (conf-muted: voice to 2.6 s, clicks at 3.01 and 3.03 s of 3.06 s)
    while len(loud) > 1 and loud[-1] >= len(db) - 12 and loud[-1] - loud[0] > 0:
        run = np.flatnonzero(np.diff(loud) > 20)  # pauses of 0.2 s or more between loud frames
        if not len(run) or loud[-1] - loud[run[-1] + 1] > 6:
            break
        loud = loud[:run[-1] + 1]
    # ... and a few begin, after the thump, with a click of their own: a run of at most 60 ms, then 0.12 s or more
    # under the threshold before her voice (dir-intro: a click at 0.07-0.13 s 31 dB under her loudest, her voice
    # from 0.44 s; conf-invalidpin, vm-newpassword): not voice either
    while len(loud) > 1:
        run = np.flatnonzero(np.diff(loud) > 12)
        if not len(run) or loud[run[0]] - loud[0] >= 6:
            break
        loud = loud[run[0] + 1:]
    return int(loud[0] * hop), int((loud[-1] + 1) * hop)


def gsm_coded(x: np.ndarray) -> np.ndarray:
    """``x`` (16 kHz) through a GSM 06.10 full-rate codec at 8 kHz and back (ffmpeg's libgsm), as a phone system
    stores its prompts: the band ends at 4 kHz and the codec smears quiet tails.  libgsm adds no delay, so
    the truth (where the voice is in the uncoded prompt) stays where it was."""
    import subprocess

    pcm = (np.clip(x, -1, 1) * 32767).astype(np.int16).tobytes()
    raw = subprocess.run(["ffmpeg", "-v", "error", "-f", "s16le", "-ar", str(RATE), "-ac", "1", "-i", "-",
                          "-ar", "8000", "-c:a", "libgsm", "-f", "gsm", "-"], input=pcm, capture_output=True,
                         check=True).stdout
    back = subprocess.run(["ffmpeg", "-v", "error", "-f", "gsm", "-ar", "8000", "-i", "-", "-f", "s16le", "-ac", "1",
                           "-ar", "8000", "-"], input=raw, capture_output=True, check=True).stdout
    y = np.frombuffer(back, dtype=np.int16).astype(np.float32) / 32768
    n = int(round(len(y) * RATE / 8000))
    y = np.interp(np.linspace(0, len(y) - 1, n), np.arange(len(y)), y).astype(np.float32)
    out = np.zeros(len(x), np.float32)
    out[:min(len(x), len(y))] = y[:len(x)]
    return out


def _echoing(texts: dict[str, str], names: list[str], prng: random.Random, prompts: int) -> list[str]:
    """``prompts`` names in an order where each prompt's last two words recur in the next one where possible
    (a phone system's prompts repeat "... de la conferencia", "... la tecla numeral"): the same words
    heard twice within seconds, where an anchor may be matched to the wrong one."""
    words = {n: re.findall(r"\w+", texts[n].lower()) for n in names}
    chosen = [prng.choice(names)]
    while len(chosen) < prompts:
        tail = " ".join(words[chosen[-1]][-2:])
        free = [n for n in names if n not in chosen]
        echo = [n for n in free if tail in " ".join(words[n])]
        chosen.append(prng.choice(echo or free))
    return chosen


def real_case(lang: str, which: str, talk: int, prompts: int = 10, tight: bool = False,
              second: bool = False, gsm: bool = False, echo: bool = False) -> Case:
    """A talk of ``prompts`` real prompts; dev and held-out draw from alternate prompts of the sorted list.

    ``tight``: the prompts follow each other with 0-100 ms between voices, as
    sentences run together in fast speech -- boundaries that no pause marks.
    ``second``: the second speaker's recordings (any of her checked prompts: SECOND_SPEAKER_TEXTS held-out,
    SECOND_SPEAKER_DEV_TEXTS dev).
    ``gsm``: every prompt through a GSM codec (:func:`gsm_coded`) before it is placed; the truth is the
    uncoded prompt's voice span (dev only: the second speaker's held-out files are GSM recordings).
    """
    texts = prompt_texts(lang)
    names = sorted(texts)[(0 if which == "dev" else 1)::2]
    seed = {"dev": 11, "heldout": 23}[which] * 100 + talk + (50 if tight else 0) + (7 if gsm else 0) + \
        (13 if echo else 0)
    folder, ext, speaker = SOUNDS / SPEAKERS[lang], "wav", SPEAKERS[lang]
    if second:  # her held-out prompts, or her dev ones: no prompt in both
        texts = (SECOND_SPEAKER_TEXTS if which == "heldout" else SECOND_SPEAKER_DEV_TEXTS)[lang]
        names = sorted(texts)
        seed += 1000
        folder, ext, speaker = SECOND_SPEAKERS[lang]["folder"], "gsm", SECOND_SPEAKERS[lang]["speaker"]
    gap = (0.0, 0.1) if tight else (0.35, 1.4)
    prng, rng = random.Random(seed), np.random.default_rng(seed)
    chosen = _echoing(texts, names, prng, prompts) if echo else prng.sample(names, prompts)
    voice_end = int(prng.uniform(0.5, 1.0) * RATE)  # where the last voice stopped (the lead-in at first)
    parts, segs = [], []
    for name in chosen:
        x = read_any(folder / f"{name}.gsm") if second else _read_prompt(folder / f"{name}.{ext}")
        a, b = voice_span_clicked(x) if second else voice_span(x)
        if gsm:
            x = gsm_coded(x)
        at = max(0, voice_end + (int(prng.uniform(*gap) * RATE) if parts else 0) - a)
        parts.append((at, x))  # files overlap only where they are silent
        segs.append({"text": texts[name], "start": round((at + a) / RATE, 4), "end": round((at + b) / RATE, 4),
                     "prompt": name})
        voice_end = at + b
    total = max(at + len(x) for at, x in parts) + int(prng.uniform(0.5, 1.0) * RATE)
    y = np.zeros(total, np.float32)
    for at, x in parts:
        y[at:at + len(x)] += x
    speech = np.sqrt(np.mean(np.concatenate([x for _, x in parts]) ** 2))
    y += sc.background(total, "pink", rng) * speech * 10 ** (-35 / 20)  # a quiet room, not digital silence
    kind = ("gsmtight" if gsm and tight else "gsm" if gsm else "tight" if tight else "real") + ("2" if second else "")
    kind = ("echotight" if tight else "echo") if echo else kind
    return Case(f"{kind}_{lang}_{which}{talk}", lang, kind, y, segs,
                f"{prompts} asterisk prompts ({speaker}), 8 kHz telephone recordings, "
                f"{gap[0]:g}-{gap[1]:g} s between them, pink room noise at 35 dB SNR; truth = voice span of each file")


# ------------------------------------------------------------------ spoiled synthetic
#: Sentences for the spoiled talks, written for this file (none is in bench_languages' dev talks).
SENTENCES = {
    "sv": {
        "dev": [
            "Välkomna hit i kväll, det är roligt att se så många här.",
            "Jag ska prata om hur städer påverkar fåglarnas liv.",
            "Först lite historia om de gamla hamnarna i Göteborg.",
            "Där byggdes de första fyrarna redan på sextonhundratalet.",
            "Fåglarna lärde sig snabbt att ljuset betydde fisk.",
            "Sedan kom fabrikerna och vattnet blev smutsigt.",
            "Många arter försvann under nästan femtio år.",
            "Nu ser vi att de sakta kommer tillbaka igen.",
            "Det beror mest på att reningsverken blivit bättre.",
            "Tack så mycket, och ställ gärna frågor efteråt.",
        ],
        "heldout": [
            "Hej allihop, och tack för att ni kom trots regnet.",
            "Min forskning handlar om hur barn lär sig läsa.",
            "Vi följde tvåhundra elever under tre hela skolår.",
            "Varje vecka fick de läsa högt för en vuxen.",
            "Det visade sig att korta stunder räckte långt.",
            "Barnen som läste hemma gjorde störst framsteg.",
            "Men skillnaden mellan skolorna var också stor.",
            "Lärarnas erfarenhet spelade en mycket viktig roll.",
            "I höst börjar vi en ny studie i Norrland.",
            "Nu har vi en stund kvar för era frågor.",
        ],
    },
    "fr": {
        "dev": [
            "Bonjour à tous, et merci d'être venus si nombreux ce matin.",
            "Je vais vous parler de la lecture chez les jeunes enfants.",
            "Nous avons suivi deux cents élèves pendant trois ans.",
            "Chaque semaine, ils lisaient à voix haute avec un adulte.",
            "Les progrès ont été rapides dès le premier trimestre.",
            "Ceux qui lisaient aussi à la maison ont le plus avancé.",
            "Mais l'écart entre les écoles restait très important.",
            "L'expérience des enseignants a beaucoup compté.",
            "L'an prochain, nous commencerons une étude à Lyon.",
            "Il nous reste un peu de temps pour vos questions.",
        ],
        "heldout": [
            "Bonsoir et bienvenue à cette soirée consacrée aux villes.",
            "Les rues de Paris ont beaucoup changé depuis dix ans.",
            "On y voit moins de voitures et plus de vélos.",
            "Les habitants ont d'abord protesté contre ces travaux.",
            "Aujourd'hui, la plupart d'entre eux les trouvent utiles.",
            "Le bruit a baissé presque partout dans le centre.",
            "L'air est aussi un peu plus propre qu'avant.",
            "Il reste pourtant beaucoup à faire en banlieue.",
            "Nous publierons nos résultats au printemps prochain.",
            "Merci à tous, et bonne fin de soirée.",
        ],
    },
}
VOICES = {"sv": ["sv", "sv+m3", "sv+f2", "sv+f4"], "fr": ["fr-fr", "fr-fr+m3", "fr-fr+f2", "fr-be+f4"]}
#: How each spoiled talk is spoiled (dev / held-out differ in every setting).
SPOILS = {
    "dev": dict(speeds=(1.15, 0.9), snr_db=18, noise="murmur", rt60=0.45, phone=False, breaths=0.5, seed=501),
    "heldout": dict(speeds=(0.85, 1.2), snr_db=14, noise="hum", rt60=None, phone=True, breaths=0.3, seed=601),
}


def spoiled_case(lang: str, which: str) -> Case:
    sp = SPOILS[which]
    names = VOICES[lang][:2] if which == "dev" else VOICES[lang][2:]
    voices = [sc.Voice("espeak", n, s) for n, s in zip(names, sp["speeds"])]
    rec = sc.Recording(sentences=10, voices=voices, seed=sp["seed"], text_seed=0, pause=(0.3, 1.3),
                       snr_db=sp["snr_db"], noise=sp["noise"], rt60=sp["rt60"], phone=sp["phone"],
                       breaths=sp["breaths"], turn=5, texts=SENTENCES[lang][which])
    made = sc.make_recording(rec)
    segs = [{"text": s["text"], "start": s["start"], "end": s["end"]} for s in made.segments]
    return Case(f"spoiled_{lang}_{which}", lang, "spoiled", made.samples, segs, "; ".join(made.notes))


#: Sentences for the dev telephone talks in German, Spanish and Italian (French and Swedish use SENTENCES' dev ones).
PHONE_SENTENCES = {
    "de": [
        "Guten Morgen und danke, dass Sie so zahlreich gekommen sind.",
        "Ich spreche heute darüber, wie kleine Kinder lesen lernen.",
        "Wir haben zweihundert Schüler drei Jahre lang begleitet.",
        "Jede Woche lasen sie einem Erwachsenen laut vor.",
        "Die Fortschritte kamen schon im ersten Halbjahr.",
        "Wer auch zu Hause las, kam am weitesten.",
        "Aber der Abstand zwischen den Schulen blieb groß.",
        "Die Erfahrung der Lehrer hat viel ausgemacht.",
        "Nächstes Jahr beginnen wir eine Studie in Hamburg.",
        "Wir haben noch etwas Zeit für Ihre Fragen.",
    ],
    "es": [
        "Buenos días a todos y gracias por venir tan temprano.",
        "Hoy les hablaré de cómo aprenden a leer los niños pequeños.",
        "Seguimos a doscientos alumnos durante tres años.",
        "Cada semana leían en voz alta con un adulto.",
        "Los avances llegaron ya en el primer trimestre.",
        "Los que también leían en casa avanzaron más.",
        "Pero la diferencia entre las escuelas siguió siendo grande.",
        "La experiencia de los maestros contó mucho.",
        "El año que viene empezaremos un estudio en Sevilla.",
        "Nos queda un poco de tiempo para sus preguntas.",
    ],
    "it": [
        "Buongiorno a tutti e grazie di essere venuti così numerosi.",
        "Oggi vi parlerò di come i bambini imparano a leggere.",
        "Abbiamo seguito duecento alunni per tre anni.",
        "Ogni settimana leggevano ad alta voce con un adulto.",
        "I progressi sono arrivati già nel primo trimestre.",
        "Chi leggeva anche a casa è andato più avanti.",
        "Ma la distanza tra le scuole è rimasta grande.",
        "L'esperienza degli insegnanti ha contato molto.",
        "L'anno prossimo cominceremo uno studio a Torino.",
        "Ci resta un po' di tempo per le vostre domande.",
    ],
}
#: Dev telephone voices: none of them is a held-out voice (those are sv+f2/sv+f4, fr-fr+f2/fr-be+f4).
PHONE_VOICES = {"fr": ["fr-fr+f1", "fr-fr+m2"], "sv": ["sv+f1", "sv+m2"], "de": ["de+f1", "de+m2"],
                "es": ["es+f1", "es+m2"], "it": ["it+f1", "it+m2"]}


def phone_case(lang: str) -> Case:
    """Dev only: espeak-ng voices over a telephone line (300-3400 Hz, mu-law) with mains hum at 16 dB SNR.

    The way the held-out spoiled talks are spoiled, with other voices, speeds, sentences and seeds, so
    that a fix for telephone audio is made on speech of our own (the held-out set is looked at once).
    """
    texts = PHONE_SENTENCES.get(lang) or SENTENCES[lang]["dev"]
    voices = [sc.Voice("espeak", n, s) for n, s in zip(PHONE_VOICES[lang], (1.1, 0.95))]
    rec = sc.Recording(sentences=10, voices=voices, seed=701 + sorted(PHONE_VOICES).index(lang), text_seed=0,
                       pause=(0.3, 1.3), snr_db=16, noise="hum", rt60=None, phone=True, breaths=0.3, turn=5,
                       texts=texts)
    made = sc.make_recording(rec)
    segs = [{"text": s["text"], "start": s["start"], "end": s["end"]} for s in made.segments]
    return Case(f"phone_{lang}_dev", lang, "phone", made.samples, segs, "; ".join(made.notes))


def real_phone_case(lang: str) -> Case:
    """Dev only: a real talk (asterisk prompts) passed through the telephone line again, with hum at 16 dB SNR."""
    c = real_case(lang, "dev", 2)
    y = sc.telephone(c.samples)
    speech = float(np.sqrt(np.mean(y.astype(np.float64) ** 2)))
    y = y + sc.background(len(y), "hum", np.random.default_rng(801)) * speech * 10 ** (-16 / 20)
    return Case(f"realphone_{lang}_dev", lang, "realphone", y.astype(np.float32), c.segments,
                c.notes + "; then telephone band + mu-law, hum at 16 dB SNR")


def real_spoiled_case(lang: str, talk: int, tight: bool = False) -> Case:
    """Dev only: real prompts spoiled at the held-out spoiled talks' levels, so their misses can be looked at here.

    Talk 0: telephone band + mu-law with mains hum at 14 dB SNR (the held-out ``spoiled`` line); talk 1: a room
    (RT60 0.45 s reverberation, truth on the dry prompts) with a murmur at 14 dB SNR.  ``tight``: the prompts
    0-100 ms apart, as in ``tight``.  The prompts are dev prompts (talks 3 and 4 of :func:`real_case`'s draw).
    """
    c = real_case(lang, "dev", 3 + talk, tight=tight)
    rng = np.random.default_rng(901 + talk + (10 if tight else 0))
    if talk == 0:
        y, noise, how = sc.telephone(c.samples), "hum", "telephone band + mu-law, hum at 14 dB SNR"
    else:
        y, noise, how = sc.convolve(c.samples, sc.room_impulse(0.45, rng)), "murmur", "RT60 0.45 s, murmur at 14 dB SNR"
    speech = float(np.sqrt(np.mean(y.astype(np.float64) ** 2)))
    y = y + sc.background(len(y), noise, rng) * speech * 10 ** (-14 / 20)
    kind = "spoiledtight" if tight else "spoiledreal"
    return Case(f"{kind}_{lang}_dev{talk}", lang, kind, y.astype(np.float32), c.segments, c.notes + "; then " + how)


#: Dev espeak-ng talks at several speaking rates, spoiled as the held-out spoiled talks are (telephone, hum 14 dB),
#: with dev voices and sentences: (voices, speed) per talk.
RATE_TALKS = {"fr": [(["fr-fr", "fr-fr+m3"], 0.8), (["fr-fr+f1", "fr-fr+m2"], 1.0), (["fr-fr", "fr-fr+f1"], 1.35)],
              "sv": [(["sv", "sv+m3"], 0.8), (["sv+f1", "sv+m2"], 1.0), (["sv", "sv+f1"], 1.35)]}


def rate_case(lang: str, talk: int) -> Case:
    """Dev only: espeak-ng at one speaking rate (0.8, 1.0 or 1.35) over a telephone line with hum at 14 dB SNR."""
    names, speed = RATE_TALKS[lang][talk]
    voices = [sc.Voice("espeak", n, speed) for n in names]
    rec = sc.Recording(sentences=10, voices=voices, seed=951 + talk + 10 * sorted(RATE_TALKS).index(lang),
                       text_seed=0, pause=(0.2, 1.0), snr_db=14, noise="hum", rt60=None, phone=True, breaths=0.3,
                       turn=5, texts=SENTENCES[lang]["dev"])
    made = sc.make_recording(rec)
    segs = [{"text": s["text"], "start": s["start"], "end": s["end"]} for s in made.segments]
    return Case(f"rate_{lang}_dev{talk}", lang, "rate", made.samples, segs, "; ".join(made.notes))


#: Sentences for the dev espeak-ng talks in German, Dutch and Portuguese (kinds ``breathy`` and ``synthtight``),
#: written for this file: none is said by another case, and neither the voices nor the settings are the third
#: aside set's German talk's (de+m5 / de+f4, pink noise at 18 dB, breaths before half the sentences).
SYNTH_SENTENCES = {
    "de": [
        "Herzlich willkommen, schön, dass heute Abend so viele hier sind.",
        "Mein Thema sind die alten Wassermühlen an der Weser.",
        "Im Mittelalter gab es an fast jedem Bach eine Mühle.",
        "Die Müller mahlten Korn, sägten Holz und pressten Öl.",
        "Mit der Dampfmaschine verloren die Mühlen ihre Arbeit.",
        "Viele wurden abgerissen oder sind einfach verfallen.",
        "Seit zwanzig Jahren kümmert sich ein Verein um die letzten.",
        "Drei davon drehen sich sonntags wieder für Besucher.",
        "Im nächsten Frühjahr kommt eine vierte dazu.",
        "Vielen Dank, und jetzt gern Ihre Fragen.",
    ],
    "nl": [
        "Goedenavond allemaal, fijn dat jullie er zijn.",
        "Vanavond vertel ik over de oude windmolens van Holland.",
        "Vroeger stonden er meer dan negenduizend in het land.",
        "Ze pompten water uit de polders en maalden graan.",
        "Toen de stoomgemalen kwamen, raakten ze hun werk kwijt.",
        "Veel molens werden afgebroken of vielen langzaam uit elkaar.",
        "Nu zorgen vrijwillige molenaars voor de laatste exemplaren.",
        "Op zaterdag draaien de meeste weer voor bezoekers.",
        "Volgend jaar openen we een museum bij de dijk.",
        "Dank u wel, en stel gerust uw vragen.",
    ],
    "pt": [
        "Boa noite a todos e obrigado por terem vindo.",
        "Hoje vou falar dos antigos moinhos de maré do Tejo.",
        "No século dezoito havia dezenas deles ao longo do rio.",
        "A água da maré enchia um lago e fazia girar as mós.",
        "Com a chegada das fábricas, os moinhos foram abandonados.",
        "Muitos caíram em ruínas durante quase cem anos.",
        "Há vinte anos, uma associação começou a recuperá-los.",
        "Dois deles voltaram a moer farinha aos domingos.",
        "No próximo verão abrimos um pequeno museu.",
        "Muito obrigado pela vossa atenção.",
    ],
}
#: Per language: the voices (speed) of the ``breathy`` talk and of the ``synthtight`` talk, dev variants only.
SYNTH_VOICES = {
    "de": ([("de+m4", 0.88), ("de+f5", 1.18)], [("de+m1", 1.05), ("de+f2", 0.95)]),
    "nl": ([("nl+m3", 0.9), ("nl+f1", 1.15)], [("nl+m2", 1.1), ("nl+f3", 0.95)]),
    "pt": ([("pt+m4", 0.9), ("pt+f2", 1.2)], [("pt+m1", 1.0), ("pt+f5", 1.1)]),
}


def synth_case(lang: str, tight: bool) -> Case:
    """Dev only: ten espeak-ng sentences in German, Dutch or Portuguese, two voices at two rates, turns of three.

    ``breathy``: pauses of 0.3-1.3 s, breaths before 60 % of the sentences, pink noise at 20 dB SNR (a talk
    spoiled the way the third aside set's German one was, with other voices, rates, sentences and seeds);
    ``synthtight`` (``tight``): 0-0.1 s between sentences, a fan at 26 dB SNR -- joins no pause marks.
    """
    voices = [sc.Voice("espeak", n, s) for n, s in SYNTH_VOICES[lang][1 if tight else 0]]
    seed = 1301 + 10 * sorted(SYNTH_VOICES).index(lang) + (1 if tight else 0)
    settings = (dict(pause=(0.0, 0.1), snr_db=26, noise="fan") if tight else
                dict(pause=(0.3, 1.3), snr_db=20, noise="pink", breaths=0.6))
    rec = sc.Recording(sentences=10, voices=voices, seed=seed, text_seed=0, turn=3, texts=SYNTH_SENTENCES[lang],
                       **settings)
    made = sc.make_recording(rec)
    segs = [{"text": s["text"], "start": s["start"], "end": s["end"]} for s in made.segments]
    kind = "synthtight" if tight else "breathy"
    return Case(f"{kind}_{lang}_dev", lang, kind, made.samples, segs, "; ".join(made.notes))


#: Sentences for the espeak-ng talks of kinds ``synthtight2`` / ``phone2`` (dev half: da, ca, ro, nl) and
#: ``synthtight2aside`` / ``phone2aside`` (kept aside: pl, cs, nb, pt), written for this file: none is said by
#: another case.  About a third hold a comma, as a talk's sentences do (a pause of the sentence's own).
MORE_SENTENCES = {
    "da": [
        "Godaften, og tak fordi I er kommet i så stort tal.",
        "I aften vil jeg fortælle om fyrtårnene langs den jyske vestkyst.",
        "Det ældste blev tændt for mere end to hundrede år siden.",
        "Fyrpasseren boede med sin familie i et lille hus ved tårnet.",
        "Om vinteren, når stormene kom, måtte han holde vagt hele natten.",
        "Lampen blev først drevet af olie og senere af elektricitet.",
        "I dag styres de fleste fyr automatisk fra land.",
        "Nogle af husene er blevet til museer, og andre er solgt.",
        "Næste sommer åbner vi en udstilling i Skagen.",
        "Tak for opmærksomheden, og nu er der tid til spørgsmål.",
    ],
    "ca": [
        "Bona tarda a tothom, i gràcies per haver vingut.",
        "Avui parlarem dels ponts de pedra del Pirineu.",
        "Molts d'ells es van construir fa més de vuit-cents anys.",
        "Els pagesos hi passaven amb els ramats cada primavera.",
        "Quan arribaven les riuades, però, alguns queien al riu.",
        "Els veïns els tornaven a aixecar amb les mateixes pedres.",
        "Ara, una associació en cuida una trentena.",
        "Aquest estiu en restaurarem dos més, a prop de la Seu.",
        "Qui vulgui ajudar pot apuntar-se a la sortida.",
        "Moltes gràcies per la vostra atenció.",
    ],
    "ro": [
        "Bună seara tuturor și vă mulțumesc că ați venit.",
        "Astăzi vă voi vorbi despre mănăstirile pictate din Bucovina.",
        "Cele mai multe au fost ridicate acum aproape cinci sute de ani.",
        "Pereții lor exteriori sunt acoperiți cu scene din Biblie.",
        "Culorile, mai ales albastrul, au rezistat ploilor și vântului.",
        "Pictorii foloseau pigmenți făcuți din pământ și din plante.",
        "Astăzi, câteva dintre ele sunt în patrimoniul mondial.",
        "În fiecare vară, mii de turiști vin să le vadă.",
        "Anul viitor vom deschide un mic muzeu la Suceava.",
        "Vă mulțumesc pentru atenție și aștept întrebările voastre.",
    ],
    "nl": [
        "Goedemiddag, en welkom bij deze lezing over bijen.",
        "Ik ga het vandaag hebben over wilde bijen in de stad.",
        "In Nederland leven meer dan driehonderd soorten.",
        "De meeste daarvan wonen niet in een kast, maar alleen.",
        "Ze maken hun nest in de grond of in holle stengels.",
        "Een tuin vol bloemen helpt ze door de zomer.",
        "Toch gaat het met de helft van de soorten slecht.",
        "Gemeenten zaaien daarom bermen in met wilde planten.",
        "Volgend voorjaar tellen we ze opnieuw, samen met scholen.",
        "Bedankt voor het luisteren, zijn er nog vragen?",
    ],
    "pl": [
        "Dzień dobry państwu i dziękuję za przybycie.",
        "Dzisiaj opowiem o drewnianych kościołach w Małopolsce.",
        "Najstarsze z nich zbudowano ponad pięćset lat temu.",
        "Cieśle nie używali gwoździ, tylko drewnianych kołków.",
        "Wnętrza zdobią malowidła, które przetrwały wiele wojen.",
        "Niektóre kościoły spłonęły, ale mieszkańcy je odbudowali.",
        "Dziś kilka z nich jest na liście światowego dziedzictwa.",
        "Latem odwiedzają je tysiące turystów z całej Europy.",
        "W przyszłym roku otworzymy małe muzeum w Lipnicy.",
        "Dziękuję za uwagę, chętnie odpowiem na pytania.",
    ],
    "cs": [
        "Dobrý večer, vážení přátelé, a vítejte na přednášce.",
        "Dnes budeme mluvit o starých vodních mlýnech na Šumavě.",
        "Ještě před sto lety jich tu pracovalo několik desítek.",
        "Mlynáři mleli obilí, a v zimě také řezali dřevo.",
        "Po válce se většina mlýnů zavřela a chátrala.",
        "Před dvaceti lety začal spolek opravovat ty poslední.",
        "Dnes se tři z nich o víkendech znovu točí.",
        "Návštěvníci si mohou sami vyzkoušet, jak se mele mouka.",
        "Příští rok chceme otevřít malou expozici v Kašperských Horách.",
        "Děkuji za pozornost a těším se na vaše otázky.",
    ],
    "nb": [
        "God kveld, alle sammen, og takk for at dere kom.",
        "I kveld skal jeg snakke om stavkirkene i Norge.",
        "Den eldste ble bygget for nesten ni hundre år siden.",
        "Håndverkerne brukte furu, som de lot stå og tørke i årevis.",
        "Det var en gang over tusen slike kirker i landet.",
        "I dag står det bare igjen omtrent tretti.",
        "Mange brant, og andre ble revet for å gi plass til nye.",
        "Om sommeren kommer turister fra hele verden for å se dem.",
        "Neste år åpner vi en utstilling i Lom.",
        "Tusen takk for oppmerksomheten, og still gjerne spørsmål.",
    ],
    "pt": [
        "Boa tarde, caros amigos, e bem-vindos a esta palestra.",
        "Hoje vamos falar dos azulejos antigos de Lisboa.",
        "Os primeiros chegaram de Espanha há mais de quinhentos anos.",
        "Durante muito tempo, eram pintados apenas de azul e branco.",
        "Depois do terramoto, cobriram as fachadas de muitas casas.",
        "Protegiam as paredes da chuva e do calor do verão.",
        "Infelizmente, muitos foram roubados e vendidos.",
        "Agora existe uma lei que proíbe retirá-los dos prédios.",
        "No próximo ano abrimos uma oficina para crianças.",
        "Muito obrigado, e agora fico à espera das vossas perguntas.",
    ],
}
#: Which half each language's talks are in: ``dev`` (looked at while a change is made) or ``aside`` (run once,
#: when it is final).
MORE_HALVES = {"da": "dev", "ca": "dev", "ro": "dev", "nl": "dev", "pl": "aside", "cs": "aside", "nb": "aside",
               "pt": "aside"}
#: Voice variants and speeds, per kind: none is a (language, variant, speed) of the ``breathy``/``synthtight`` talks.
MORE_VOICES = {"synthtight2": [("+m6", 0.85), ("+f4", 1.25)], "phone2": [("+m5", 1.2), ("+f1", 0.9)]}


def more_synth_case(lang: str, kind: str) -> Case:
    """Espeak-ng talks in eight more voices of languages (half kept aside, :data:`MORE_HALVES`), spoiled as before.

    ``synthtight2``: sentences 0-0.1 s apart under a fan at 26 dB SNR (as ``synthtight``), at 0.85 and 1.25 times
    espeak-ng's speed; ``phone2``: pauses of 0.3-1.3 s over a telephone line (300-3400 Hz, mu-law) with hum at 16 dB
    SNR and breaths before a third of the sentences (as ``phone``), at 1.2 and 0.9.  Turns of three sentences.
    """
    voices = [sc.Voice("espeak", lang + variant, speed) for variant, speed in MORE_VOICES[kind]]
    seed = 1501 + 10 * sorted(MORE_SENTENCES).index(lang) + (1 if kind == "phone2" else 0)
    settings = (dict(pause=(0.0, 0.1), snr_db=26, noise="fan") if kind == "synthtight2" else
                dict(pause=(0.3, 1.3), snr_db=16, noise="hum", phone=True, breaths=0.3))
    rec = sc.Recording(sentences=10, voices=voices, seed=seed, text_seed=0, turn=3, texts=MORE_SENTENCES[lang],
                       **settings)
    made = sc.make_recording(rec)
    segs = [{"text": s["text"], "start": s["start"], "end": s["end"]} for s in made.segments]
    name = kind + ("aside" if MORE_HALVES[lang] == "aside" else "")
    return Case(f"{name}_{lang}_{MORE_HALVES[lang]}", lang, name, made.samples, segs, "; ".join(made.notes))


#: Kinds of the third round of espeak-ng talks (j48), each with voice variants and speeds no talk of the language used
#: (``synthtight2`` took +m6/+f4, ``phone2`` +m5/+f1): ``quietbuzz3`` (a ground loop's buzz 12 dB under the speech,
#: recorded at -40 dBFS, as the fifth aside set's Spanish talk) and ``phonetight3`` (sentences 0-0.1 s apart over a
#: telephone line with hum: tight joins and the telephone band at once).
THIRD_VOICES = {"quietbuzz3": [("+m2", 1.0), ("+f3", 1.1)], "phonetight3": [("+m7", 0.95), ("+f5", 1.15)]}
#: How the third round's talks are spoiled (synth_cases.Recording settings; the buzz and the level after it).
THIRD_SETTINGS = {"quietbuzz3": dict(pause=(0.3, 1.3), snr_db=None),
                  "phonetight3": dict(pause=(0.0, 0.1), snr_db=16, noise="hum", phone=True)}
#: The buzz under ``quietbuzz3`` (dB under the speech), the room over it (pink, dB) and the speech's RMS (dBFS).
BUZZ_UNDER, BUZZ_ROOM, BUZZ_DBFS = 12.0, 34.0, -40.0


def third_synth_case(lang: str, kind: str) -> Case:
    """A third round of espeak-ng talks in the eight :data:`MORE_SENTENCES` languages, half kept aside (:data:`MORE_HALVES`).

    ``quietbuzz3``: pauses of 0.3-1.3 s, a ground loop's buzz (60 Hz and 30 harmonics, aside5_cases.buzz) 12 dB
    under the speech, pink room noise 34 dB under, the whole turned down to -40 dBFS speech RMS (the fifth aside
    set's ``qx_es_tux_quiet_buzz`` was 67 % with five boundaries > 1 s; here with voices whose truth is exact);
    ``phonetight3``: sentences 0-0.1 s apart over a telephone line (300-3400 Hz, mu-law) with hum at 16 dB.
    Every spoiler is laid over the finished talk or is a gain: no voice span moves.
    """
    voices = [sc.Voice("espeak", lang + variant, speed) for variant, speed in THIRD_VOICES[kind]]
    seed = 1701 + 10 * sorted(MORE_SENTENCES).index(lang) + (1 if kind == "phonetight3" else 0)
    rec = sc.Recording(sentences=10, voices=voices, seed=seed, text_seed=0, turn=3, texts=MORE_SENTENCES[lang],
                       **THIRD_SETTINGS[kind])
    made = sc.make_recording(rec)
    if kind == "quietbuzz3":
        import aside4_cases as a4
        import aside5_cases as a5
        n = len(made.samples)
        made = a5.add_bed(made, a5.buzz(n, np.random.default_rng(seed + 2)), BUZZ_UNDER,
                          "a ground loop's 60 Hz buzz with 30 harmonics")
        made = a5.quiet(a4.headroom(a4.add_room(made, "pink", BUZZ_ROOM, seed + 1)), BUZZ_DBFS)
    segs = [{"text": s["text"], "start": s["start"], "end": s["end"]} for s in made.segments]
    name = kind + ("aside" if MORE_HALVES[lang] == "aside" else "")
    return Case(f"{name}_{lang}_{MORE_HALVES[lang]}", lang, name, made.samples, segs, "; ".join(made.notes))


def cases(which: str, langs: list[str], kinds: list[str], talks: int = 2) -> list[Case]:
    out = []
    for lang in langs:
        if "real" in kinds and lang in SPEAKERS and real_available(lang):
            out += [real_case(lang, which, t) for t in range(talks)]
        if "tight" in kinds and lang in SPEAKERS and real_available(lang):
            out.append(real_case(lang, which, 0, tight=True))
        if second_speaker_folder(lang) and (which == "heldout" or SECOND_SPEAKER_DEV_TEXTS.get(lang)):
            if "real2" in kinds:
                out += [real_case(lang, which, t, second=True) for t in range(talks)]
            if "tight2" in kinds:
                out.append(real_case(lang, which, 0, tight=True, second=True))
        if "spoiled" in kinds and lang in SENTENCES:
            out.append(spoiled_case(lang, which))
        if "phone" in kinds and which == "dev" and lang in PHONE_VOICES:
            out.append(phone_case(lang))
        if "gsm" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out += [real_case(lang, which, t, gsm=True) for t in range(talks)]
        if "gsmtight" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out.append(real_case(lang, which, 0, tight=True, gsm=True))
        if "echo" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out += [real_case(lang, which, t, echo=True) for t in range(talks)]
        if "echotight" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out.append(real_case(lang, which, 0, tight=True, echo=True))
        if "realphone" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out.append(real_phone_case(lang))
        if "spoiledreal" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out += [real_spoiled_case(lang, t) for t in range(2)]
        if "spoiledtight" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out += [real_spoiled_case(lang, t, tight=True) for t in range(2)]
        if "tightmore" in kinds and which == "dev" and lang in SPEAKERS and real_available(lang):
            out += [real_case(lang, which, t, tight=True) for t in (1, 2)]
        if "breathy" in kinds and which == "dev" and lang in SYNTH_SENTENCES:
            out.append(synth_case(lang, tight=False))
        if "synthtight" in kinds and which == "dev" and lang in SYNTH_SENTENCES:
            out.append(synth_case(lang, tight=True))
        if "rate" in kinds and which == "dev" and lang in RATE_TALKS:
            out += [rate_case(lang, t) for t in range(len(RATE_TALKS[lang]))]
        for kind in ("synthtight2", "phone2"):  # the half kept aside only by its own kind name
            half = MORE_HALVES.get(lang)
            if which == "dev" and half and (kind if half == "dev" else kind + "aside") in kinds:
                out.append(more_synth_case(lang, kind))
        for kind in THIRD_VOICES:
            half = MORE_HALVES.get(lang)
            if which == "dev" and half and (kind if half == "dev" else kind + "aside") in kinds:
                out.append(third_synth_case(lang, kind))
    return out


def missing_real(langs: list[str]) -> Optional[str]:
    absent = [f"asterisk-core-sounds-{x}-wav asterisk-core-sounds-{x}" for x in langs
              if x in SPEAKERS and not real_available(x)]
    return ("real cases need: apt-get install " + " ".join(absent)) if absent else None
