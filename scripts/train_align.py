"""Rebuild `src/newsbrief/align/weights.json`: the fact scorer's logistic weights and threshold.

    python scripts/mine_align_pairs.py --stories 20000 --out /tmp/weak.npz
    python scripts/train_align.py --weak /tmp/weak.npz [--labels bench/labels/align-tune.json
                                  bench/labels/align-tune2.json] [--shared ../shared]
                                  [--precision 0.97] [--write]

The weights are fitted (scikit-learn, the `[train]` extra; the brief itself never imports it) on the
WEAK pairs only: pairs mined from the Multi-News training stories, never a labelled pair. Logistic
regression over `newsbrief.align.rules.features`, class weights balanced, C=`--c`. The hand-labelled
TUNING pairs then calibrate: the threshold is the lowest one at which the rule table with these weights
(`rules.decide`, the same code the stage runs, over the stage's own candidate pairs) reaches
`--precision` on citation (quote+fact) decisions over all labelled pairs. Never point `--labels` at
the frozen set.

For comparison the script also prints the same table for a scorer fitted on the labelled pairs
themselves, leave-one-story-out (each story scored by a model fitted on the other stories), so both
rows are out-of-sample for the weights. Deterministic (lbfgs, no randomness). `--write` stores the
weak-fitted weights and the chosen threshold.
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
from newsbrief.align.pairs import Pair, candidates, compare, document_frequency, idf  # noqa: E402
from newsbrief.align.rules import decide, features  # noqa: E402
from newsbrief.model import RawDoc  # noqa: E402
from newsbrief.pipeline import prepare_story  # noqa: E402

WEIGHTS = ROOT / "src" / "newsbrief" / "align" / "weights.json"
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.50, 0.96, 0.05))
SUPPORT = ("quote", "fact")


def labelled(files: list[Path], shared: Path) -> list[tuple[int, Pair | None, bool]]:
    """(story number, the pair's evidence or None when blocking never compares it, labelled quote/fact)
    for every labelled pair of the files."""
    out: list[tuple[int, Pair | None, bool]] = []
    g = 0
    for path in files:
        stories, _ = load(path, shared)
        for sid, originals, pairs in stories:
            raws = [RawDoc(id=str(i), source=f"{sid}#{i}", raw=o) for i, o in enumerate(originals)]
            story = prepare_story(raws)
            sents = story.sentences
            casing = story_casing([s.text for s in sents])
            years = [article_year(d.date) for d in story.documents]
            facts = [sentence_facts(k, s.doc, s.text, casing, years[s.doc]) for k, s in enumerate(sents)]
            df = document_frequency(facts)
            weight = idf(facts, df)
            compared = set(candidates(facts))
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
                ev = compare(facts[a], facts[b], weight, df) if (a, b) in compared else None
                out.append((g, ev, p.label in SUPPORT))
            g += 1
    return out


def weights_of(model: LogisticRegression, names: list[str], threshold: float) -> dict:
    return {
        "bias": round(float(model.intercept_[0]), 4),
        "coef": {n: round(float(c), 4) for n, c in zip(names, model.coef_[0], strict=True)},
        "threshold": threshold,
    }


def table(rows: list[tuple[int, Pair | None, bool]], weights_for) -> dict[float, tuple[float, float]]:
    """Citation precision/recall per threshold; `weights_for(story)` gives the weights for a story."""
    out = {}
    for t in THRESHOLDS:
        tp = fp = fn = 0
        for g, ev, gold in rows:
            w = dict(weights_for(g), threshold=t)
            pred = ev is not None and decide(ev, w)[0] in SUPPORT
            tp += pred and gold
            fp += pred and not gold
            fn += gold and not pred
        out[t] = (tp / max(1, tp + fp), tp / max(1, tp + fn))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--weak", type=Path, required=True, help="pairs from scripts/mine_align_pairs.py")
    ap.add_argument(
        "--labels",
        type=Path,
        nargs="+",
        default=[ROOT / "bench" / "labels" / f for f in ("align-tune.json", "align-tune2.json")],
    )
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--precision", type=float, default=0.97)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    if any("frozen" in p.name for p in args.labels):
        sys.exit("train_align: never fit or calibrate on the frozen set")
    weak = np.load(args.weak)
    names = [str(n) for n in weak["names"]]
    rows = labelled(args.labels, args.shared)
    probe = next(ev for _, ev, _ in rows if ev is not None)
    if list(features(probe)) != names:
        sys.exit("train_align: the weak pairs were mined with other features: mine them again")

    def model() -> LogisticRegression:
        return LogisticRegression(C=args.c, class_weight="balanced", max_iter=3000)

    fitted = model().fit(weak["x"], weak["y"])
    weak_w = weights_of(fitted, names, 0.5)
    weak_table = table(rows, lambda g: weak_w)

    # the comparison: fitted on the labelled pairs, leave one story out
    xs = [(g, [features(ev)[n] for n in names], gold) for g, ev, gold in rows if ev is not None]
    loso: dict[int, dict] = {}
    for g in sorted({g for g, _, _ in rows}):
        train = [(x, gold) for h, x, gold in xs if h != g]
        m = model().fit(np.array([x for x, _ in train]), np.array([gold for _, gold in train]))
        loso[g] = weights_of(m, names, 0.5)
    loso_table = table(rows, lambda g: loso[g])

    n_pos = sum(gold for _, _, gold in rows)
    print(f"weak pairs: {len(weak['y'])} ({int(weak['y'].sum())} weak positives); labelled: {len(rows)}")
    print(f"({n_pos} quote/fact) from {', '.join(p.name for p in args.labels)}; citation P / R by threshold:")
    print(f"{'threshold':>9}  {'weak-fitted':>13}  {'labelled LOSO':>13}")
    chosen = None
    for t in THRESHOLDS:
        (p, r), (lp, lr) = weak_table[t], loso_table[t]
        print(f"{t:9.2f}  {p:6.3f} {r:6.3f}  {lp:6.3f} {lr:6.3f}")
        if chosen is None and p >= args.precision:
            chosen = t
    out = dict(weights_of(fitted, names, chosen if chosen is not None else 0.95))
    out["note"] = (
        f"scripts/train_align.py: fitted on {len(weak['y'])} weak pairs from the Multi-News training stories "
        f"(C={args.c}, balanced); threshold: lowest with citation precision >= {args.precision} on "
        f"{', '.join(p.name for p in args.labels)}"
    )
    print(json.dumps(out, indent=2))
    if args.write:
        WEIGHTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
