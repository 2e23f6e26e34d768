"""Rebuild `src/newsbrief/align/weights.json`: the fact scorer's logistic weights and threshold.

    python scripts/train_align.py [--labels bench/labels/align-tune.json] [--shared ../shared]
                                  [--precision 0.9] [--write]

Fits a logistic regression (scikit-learn, the `[train]` extra; the brief itself never imports it) on
the interpretable features of `newsbrief.align.rules.features` for the labelled pairs of the TUNING
set (label quote or fact = 1, anything else = 0), with class weights balanced and C=0.5. The
threshold is the lowest score whose leave-one-story-out cross-validated precision reaches
`--precision`, so the figure it prints is not measured on the pairs it was fitted on. Never point
`--labels` at the frozen set. Deterministic (lbfgs, no randomness). Prints the cross-validated
precision/recall table; `--write` stores the weights.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from bench_align import load, sentence_of  # noqa: E402
from label_scoring import Aligner  # noqa: E402

from newsbrief.align.features import article_year, sentence_facts, story_casing  # noqa: E402
from newsbrief.align.pairs import compare, document_frequency, idf  # noqa: E402
from newsbrief.align.rules import features  # noqa: E402
from newsbrief.model import RawDoc  # noqa: E402
from newsbrief.pipeline import prepare_story  # noqa: E402

WEIGHTS = ROOT / "src" / "newsbrief" / "align" / "weights.json"


def rows(labels: Path, shared: Path) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    stories, _ = load(labels, shared)
    names: list[str] = []
    xs, ys, groups = [], [], []
    for g, (sid, originals, pairs) in enumerate(stories):
        raws = [RawDoc(id=str(i), source=f"{sid}#{i}", raw=o) for i, o in enumerate(originals)]
        story = prepare_story(raws)
        sents = story.sentences
        casing = story_casing([s.text for s in sents])
        years = [article_year(d.date) for d in story.documents]
        facts = [sentence_facts(k, s.doc, s.text, casing, years[s.doc]) for k, s in enumerate(sents)]
        df = document_frequency(facts)
        weight = idf(facts, df)
        docs = {d.id: k for k, d in enumerate(story.documents)}
        aligners = {k: Aligner(originals[int(d.id)], d.text) for k, d in enumerate(story.documents)}
        for p in pairs:
            idx = []
            for d, s, e in (p.a, p.b):
                k = docs.get(str(d))
                m = aligners[k].map_partial(s, e) if k is not None else None
                idx.append(sentence_of(story, k, m) if m else None)
            if None in idx or idx[0] == idx[1]:
                continue
            a, b = sorted(idx)
            f = features(compare(facts[a], facts[b], weight, df))
            names = list(f)
            xs.append([f[n] for n in names])
            ys.append(int(p.label in ("quote", "fact")))
            groups.append(g)
    return names, np.array(xs), np.array(ys), np.array(groups)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--labels", type=Path, default=ROOT / "bench" / "labels" / "align-tune.json")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--precision", type=float, default=0.9)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if "frozen" in args.labels.name:
        sys.exit("train_align: never fit on the frozen set")
    names, x, y, groups = rows(args.labels, args.shared)

    def model() -> LogisticRegression:
        return LogisticRegression(C=0.5, class_weight="balanced", max_iter=1000)

    cv = np.zeros(len(y))
    for g in np.unique(groups):
        held = groups == g
        if len(np.unique(y[~held])) < 2:
            continue
        cv[held] = model().fit(x[~held], y[~held]).predict_proba(x[held])[:, 1]
    print(f"{len(y)} pairs, {int(y.sum())} quote/fact; leave-one-story-out:")
    print(f"{'threshold':>9} {'P':>6} {'R':>6}")
    chosen = None
    for t in np.arange(0.30, 0.96, 0.05):
        pred = cv >= t
        tp = int((pred & (y == 1)).sum())
        p = tp / max(1, int(pred.sum()))
        r = tp / max(1, int(y.sum()))
        print(f"{t:9.2f} {p:6.3f} {r:6.3f}")
        if chosen is None and pred.sum() and p >= args.precision:
            chosen = float(round(t, 2))
    full = model().fit(x, y)
    out = {
        "bias": round(float(full.intercept_[0]), 4),
        "coef": {n: round(float(c), 4) for n, c in zip(names, full.coef_[0], strict=True)},
        "threshold": chosen if chosen is not None else 0.95,
        "note": f"scripts/train_align.py on {args.labels.name} (C=0.5, balanced, LOSO P>={args.precision})",
    }
    print(json.dumps(out, indent=2))
    if args.write:
        WEIGHTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
