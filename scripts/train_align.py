"""Fit the fact scorer on weak Multi-News pairs; calibrate its threshold leave-one-file-out (issue 14).

    python scripts/mine_align_pairs.py --stories 5000 --out /tmp/weak-a.pkl     # [--skip N] for more
    python scripts/train_align.py --weak /tmp/weak-a.pkl [/tmp/weak-b.pkl ...] [--features SET]
                                  [--c 0.3] [--strong 0.5] [--precision 0.95] [--out W.json | --write]

The weights are fitted (scikit-learn, the `[train]` extra; the brief itself never imports it) on WEAK
pairs only: candidate pairs of the Multi-News *training* stories (`mine_align_pairs.py`), positive when
both sentences go to one reference-summary sentence with at least `--strong` of their weight each,
negative when they go to different ones (`mine_align_pairs.weak_label`), and only pairs whose link the
scorer decides (the rule table's verdict differs with and without a `fact` score: the rules veto the
rest at run time anyway; `--all-pairs` keeps them). Logistic regression over the `rules.features` of
`--features`, classes balanced, C=`--c`; deterministic (lbfgs). Also printed: the ROC AUC
of the fact score on the labelled pairs whose verdict the scorer decides.

The labelled alignment files then calibrate (`align_lofo.py`): for each file, the threshold with the
highest citation recall at which the other files reach `--precision`, and the held-out file's
citation precision / recall at it, beside the shipped weights' figures, so every printed figure is
out-of-sample for the weights and, in the LOFO columns, for the threshold. The threshold written is
the one chosen the same way on all the files. `--out` writes the table to a file (score it with
`align_lofo.py --weights`); `--write` replaces the shipped `weights.json`.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from align_lofo import FILES, THRESHOLDS, collect, lofo, pick, verdicts  # noqa: E402
from mine_align_pairs import weak_label  # noqa: E402

from newsbrief.align.rules import RULES, Score, _weights, fact_score, features  # noqa: E402

WEIGHTS = ROOT / "src" / "newsbrief" / "align" / "weights.json"
FEATURE_SETS = {
    # the session-5 scorer's features (cased ones included)
    "v1": [
        "cover_min",
        "cover_max",
        "sentence_min",
        "content",
        "names",
        "missing",
        "numbers_agree",
        "numbers_unmatched",
        "negation_clash",
        "hedge_clash",
        "quote_only",
        "length_ratio",
        "sentence_max",
        "rare",
        "rare_names",
        "context",
        "dates",
        "same_words",
        "point",
        "lead_clash",
    ],
    # case-insensitive: participants counted with words
    "plain": [
        "cover_min",
        "cover_max",
        "sentence_min",
        "sentence_max",
        "shared",
        "rare_all",
        "context",
        "numbers_agree",
        "numbers_unmatched",
        "dates",
        "negation_clash",
        "hedge_clash",
        "quote_only",
        "length_ratio",
        "same_words",
        "point",
    ],
}


def auc(rows: list, weights: dict) -> tuple[float, int]:
    """ROC AUC of the fact score on the labelled pairs whose verdict the scorer decides (`scored`),
    and how many there are."""
    got = [(fact_score(r.pair, weights), r.gold) for r in rows if r.pair is not None and scored(r.pair)]
    gold = [g for _, g in got]
    if all(gold) or not any(gold):
        return float("nan"), len(got)
    return float(roc_auc_score(gold, [s for s, _ in got])), len(got)


def _cited(p, fact: bool) -> bool:
    for rule in RULES:
        if rule.test(p, Score(fact, fact)):
            return rule.kind in ("quote", "fact")
    return False


def scored(p) -> bool:
    """The rule table's verdict on the pair depends on the scorer's."""
    return _cited(p, True) != _cited(p, False)


def weak_pairs(paths: list[Path], strong: float, every: bool) -> tuple[list, np.ndarray]:
    pairs, ys = [], []
    for path in paths:
        with open(path, "rb") as fh:
            rows = pickle.load(fh)  # our own file (mine_align_pairs.py)
        for _, p, wa, wb in rows:
            y = weak_label(wa, wb, strong)
            if y is not None and (every or scored(p)):
                pairs.append(p)
                ys.append(y)
    return pairs, np.array(ys)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--weak", type=Path, nargs="+", required=True, help="pickles from mine_align_pairs.py")
    ap.add_argument("--features", choices=sorted(FEATURE_SETS), default="plain")
    ap.add_argument("--c", type=float, default=0.3)
    ap.add_argument("--strong", type=float, default=0.5)
    ap.add_argument("--precision", type=float, default=0.95)
    ap.add_argument("--all-pairs", action="store_true", help="also pairs the rules decide alone")
    ap.add_argument("--files", nargs="+", default=list(FILES))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    names = FEATURE_SETS[args.features]
    pairs, y = weak_pairs(args.weak, args.strong, args.all_pairs)
    x = np.array([[features(p)[n] for n in names] for p in pairs])
    model = LogisticRegression(C=args.c, class_weight="balanced", max_iter=5000).fit(x, y)
    weights = {
        "bias": round(float(model.intercept_[0]), 4),
        "coef": {n: round(float(c), 4) for n, c in zip(names, model.coef_[0], strict=True)},
        "threshold": 0.5,
    }
    print(f"weak pairs: {len(y)} ({int(y.sum())} weak positives); features: {args.features}")

    rows = [r for f in args.files for r in collect(f, args.shared)]
    gold = np.array([r.gold for r in rows])
    shipped = _weights()
    a, n = auc(rows, shipped)
    print(f"\nshipped weights (weights.json): ROC AUC {a:.3f} on {n} pairs the scorer decides")
    lofo(rows, verdicts(rows, shipped), args.files, float(shipped["threshold"]), args.precision)
    cited = verdicts(rows, weights)
    weights["threshold"] = THRESHOLDS[pick(gold, cited, args.precision)]
    a, n = auc(rows, weights)
    print(f"\nthese weights (threshold on all files: {weights['threshold']}): ROC AUC {a:.3f} on {n} pairs")
    lofo(rows, cited, args.files, weights["threshold"], args.precision)
    every = " --all-pairs" if args.all_pairs else ""
    weights["note"] = (
        f"scripts/train_align.py --features {args.features} --c {args.c} --strong {args.strong}{every}: "
        f"fitted on {len(y)} weak pairs from the Multi-News training stories; threshold: highest "
        f"citation recall with precision >= {args.precision} on "
        f"{', '.join(args.files)} (leave-one-file-out figures: README)"
    )
    text = json.dumps(weights, indent=2) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    if args.write:
        WEIGHTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
