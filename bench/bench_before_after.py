"""The default summarizer of this checkout against another's, on the five dev settings, story by story.

    python bench/bench_before_after.py --against /path/to/other/checkout/src
                                       [--settings duc03,lb,mn250,mn100,duc06] [--methods mmr,random]
                                       [--resamples 2000]

Each side runs in its own process with its own code (`PYTHONPATH`), preparing every story as `newsbrief
eval` does and scoring it with eval's ROUGE (recall on DUC, F1 elsewhere). Printed per setting: the
mean R1 / R2 of each side, this side minus the other with a paired bootstrap 95 % interval (stories
resampled, as in `bench_selection_gap.py`: a difference whose interval holds 0 is not a real one),
dangling summary sentences, and stories under 90 % of the budget among those whose articles hold
twice it. `--methods` also scores those methods on this side (the same prepared stories), with
the interval of this side's default minus each. Every setting is a dev file: tuning data.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
HERE_SRC = ROOT / "src"
SETTINGS = {  # name: (file, words, recall)
    "duc03": ("duc2003-task2-dev.jsonl", 100, True),
    "lb": ("longbench-multinews-dev.jsonl", 250, False),
    "mn250": ("multinews-plus-dev.jsonl", 250, False),
    "mn100": ("multinews-plus-dev.jsonl", 100, False),
    "duc06": ("duc2006-dev.jsonl", 250, True),
}
SHORT = 0.9  # as bench_fill.py: a summary under this share of its budget is short


def scores(data: Path, words: int, recall: bool, methods: list[str]) -> dict[str, list[list[float]]]:
    """Per method, per story: R1, R2 (percent), dangling sentences, sentences, short (0/1 or -1: the
    articles hold under twice the budget), with this process's code."""
    from newsbrief.evaluation.methods import get
    from newsbrief.evaluation.prepare import Prepared, prepare
    from newsbrief.evaluation.rouge import Rouge, truncate
    from newsbrief.ingest.stories import iter_stories
    from newsbrief.model import Budget
    from newsbrief.readability import dangling_count

    rouge, budget, m = Rouge(), Budget(words=words), "r" if recall else "f"
    summ = {name: get(name) for name in methods}
    out: dict[str, list[list[float]]] = {name: [] for name in methods}
    for rec in iter_stories(data):
        p = rec if hasattr(rec, "reason") else prepare(rec)
        if not isinstance(p, Prepared):
            continue
        sents = p.story.sentences
        text_words = sum(len(d.text.split()) for d in p.story.documents)
        caseless = getattr(p.story, "caseless", None)  # None: a checkout before `Story.caseless`
        for name, s in summ.items():
            chosen = s.select(p.story, budget)
            r = rouge.score(truncate([sents[i].text for i in chosen], words), p.references)
            got = sum(len(sents[i].text.split()) for i in chosen)
            args = () if caseless is None else (caseless,)
            dangling = dangling_count(sents, chosen, *args)
            short = -1.0 if text_words < 2 * words else float(got < SHORT * words)
            row = [
                100 * r["rouge1"][m],
                100 * r["rouge2"][m],
                dangling,
                len(chosen),
                short,
            ]
            out[name].append([float(x) for x in row])
    return out


def paired(diff: np.ndarray, resamples: int) -> str:
    from bench_selection_gap import paired_ci  # this folder, on sys.path when run as a script

    lo, hi = paired_ci(diff, resamples)
    return f"{diff.mean():+.2f} ({lo:+.2f} .. {hi:+.2f})"


def side(src: str, setting: str, methods: list[str]) -> dict[str, np.ndarray]:
    env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    cmd = [sys.executable, __file__, "--one", setting, "--methods", ",".join(methods)]
    out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    return {k: np.array(v) for k, v in json.loads(out).items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--against", help="another checkout's src directory (e.g. an export of main)")
    ap.add_argument("--settings", default=",".join(SETTINGS))
    ap.add_argument("--methods", default="", help="more methods to score on this side")
    ap.add_argument("--resamples", type=int, default=2000)
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: one setting, this process's code, JSON out
    args = ap.parse_args()
    methods = [m for m in args.methods.split(",") if m]
    if args.one:
        file, words, recall = SETTINGS[args.one]
        json.dump(scores(DATA / file, words, recall, ["default", *methods]), sys.stdout)
        return 0
    if not args.against:
        ap.error("--against: give another checkout's src directory")
    print(f"this={HERE_SRC}\nagainst={Path(args.against).resolve()}  (all settings are dev files: tuned on)")
    for setting in args.settings.split(","):
        file, words, recall = SETTINGS[setting]
        this = side(str(HERE_SRC), setting, methods)
        other = side(str(Path(args.against).resolve()), setting, [])["default"]
        new = this["default"]
        kind = "recall" if recall else "F1"
        print(f"\n{setting}: {file}, {words} words, {kind}, {len(new)} stories")
        print(f"  {'':10s} {'R1':>6s} {'R2':>6s}  dangling  short  this default minus it: R1, R2 (95 %)")
        rows = [("against", other), ("this", new), *((m, this[m]) for m in methods)]
        for name, s in rows:
            line = f"  {name:10s} {s[:, 0].mean():6.2f} {s[:, 1].mean():6.2f}"
            line += f"  {int(s[:, 2].sum()):3d}/{int(s[:, 3].sum()):4d}"
            line += f"  {int((s[:, 4] == 1).sum()):2d}/{int((s[:, 4] >= 0).sum()):3d}"
            if name != "this":
                if len(s) != len(new):
                    line += "  (different stories prepared: no pairing)"
                else:
                    d = new[:, :2] - s[:, :2]
                    line += f"  {paired(d[:, 0], args.resamples)}  {paired(d[:, 1], args.resamples)}"
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
