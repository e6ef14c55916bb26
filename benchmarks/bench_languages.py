"""Languages table: talks in French, German, Spanish, Italian and Swedish, aligned with no flags.

Each talk is synthesized with espeak-ng sentence by sentence (tests/synth.py),
in two voices of its language, so every segment's true start and end are
exact.  ``ours`` runs the engine as a new user would (default install, no
--model, no --language: the language is detected, the model chosen by it).
``aeneas`` (optional: a Python with aeneas installed, ``--aeneas-python``; it
uses espeak-ng in the talk's language) runs as a subprocess.  Reported per
language: segment boundaries within 100 ms, median error, the worst error and
the wall time.

    .venv/bin/python benchmarks/bench_languages.py                 # every language, ours
    .venv/bin/python benchmarks/bench_languages.py --langs fr,sv   # some
    .venv/bin/python benchmarks/bench_languages.py --engine-args "--no-refine"
    .venv/bin/python benchmarks/bench_languages.py --tools ours,aeneas

The dev sentences below were written for this benchmark; the numbers measure
what the pipeline does on clean synthetic speech, not on real recordings.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

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
}
PAUSES = [0.45, 0.8, 0.35, 1.1, 0.6, 0.5, 0.9, 0.4, 0.7]


def make_case(lang: str, folder: Path) -> tuple[Path, Path, list]:
    from synth import synthesize_talk

    voices, sentences = TALKS[lang]
    wav, txt = folder / f"{lang}.wav", folder / f"{lang}.txt"
    per_sentence = [voices[0]] * 5 + [voices[1]] * 5
    truth = synthesize_talk(sentences, wav, pauses=PAUSES, lead_in=0.7, tail=0.8, voices=per_sentence, seed=7)
    txt.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    return wav, txt, truth


def run_ours(wav: Path, txt: Path, out: Path, extra: list[str]) -> tuple[list[tuple[float, float]], float, str]:
    cmd = [sys.executable, "-m", "aligner", "align", str(wav), str(txt), "-o", str(out), "-q", *extra]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip())
    data = json.loads(out.read_text(encoding="utf-8"))
    return [(s["start"], s["end"]) for s in data["segments"]], wall, p.stderr.strip()


def run_aeneas(wav: Path, txt: Path, lang: str, python: str) -> tuple[list[tuple[float, float]], float]:
    """aeneas's execute_task with espeak-ng's voice for the language (its own MFCC + DTW alignment)."""
    code = {"sv": "swe", "fr": "fra", "de": "deu", "es": "spa", "it": "ita"}[lang]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "map.json"
        t0 = time.perf_counter()
        p = subprocess.run([python, "-m", "aeneas.tools.execute_task", str(wav), str(txt),
                            f"task_language={code}|is_text_type=plain|os_task_file_format=json", str(out),
                            "-r=tts=espeak-ng"], capture_output=True, text=True)
        wall = time.perf_counter() - t0
        if p.returncode != 0:
            raise RuntimeError((p.stderr or p.stdout).strip().splitlines()[-1])
        frags = json.loads(out.read_text())["fragments"]
    return [(float(f["begin"]), float(f["end"])) for f in frags], wall


def score(spans, truth) -> dict:
    errs = []
    for (a, b), t in zip(spans, truth):
        errs += [abs(a - t.start), abs(b - t.end)]
    if len(spans) != len(truth):
        errs += [float("inf")] * 2 * abs(len(truth) - len(spans))
    return {"within_100ms": 100.0 * sum(e <= 0.1 for e in errs) / len(errs),
            "median_ms": 1000 * statistics.median(errs), "max_ms": 1000 * max(errs),
            "over_1s": sum(e > 1.0 for e in errs), "boundaries": len(errs)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--langs", default=",".join(TALKS))
    ap.add_argument("--tools", default="ours")
    ap.add_argument("--engine-args", default="")
    ap.add_argument("--json", help="also write the numbers here")
    ap.add_argument("--aeneas-python", default=str(BENCH_DIR / ".venv-peers" / "bin" / "python"),
                    help="a Python with aeneas installed (default: benchmarks/.venv-peers)")
    args = ap.parse_args(argv)
    rows, results = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for lang in args.langs.split(","):
            wav, txt, truth = make_case(lang, folder)
            for tool in args.tools.split(","):
                try:
                    if tool == "ours":
                        spans, wall, said = run_ours(wav, txt, folder / f"{lang}.json", args.engine_args.split())
                    elif tool == "aeneas":
                        spans, wall = run_aeneas(wav, txt, lang, args.aeneas_python)
                        said = ""
                    else:
                        raise SystemExit(f"unknown tool {tool}")
                except Exception as e:  # a peer that fails is a result too
                    rows.append(f"| {lang} | {tool} | failed: {str(e)[:60]} | | | | |")
                    continue
                r = score(spans, truth)
                r["wall_s"] = wall
                results[f"{lang}/{tool}"] = r
                rows.append(f"| {lang} | {tool} | {r['within_100ms']:.0f}% | {r['median_ms']:.0f} ms | "
                            f"{r['max_ms']:.0f} ms | {r['over_1s']} | {wall:.1f} s |")
                if said:
                    print(f"{lang}: {said.splitlines()[0]}", file=sys.stderr)
    print("| language | tool | boundaries within 100 ms | median | worst | > 1 s | wall |")
    print("|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
