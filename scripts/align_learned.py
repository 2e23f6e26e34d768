"""A learned same-fact decision trained on the labelled align files, scored leave-one-file-out (issue 14).

    python scripts/align_learned.py [--files align-tune ...] [--models lr gb] [--features wide]
                                    [--weak PKL ...] [--weak-weight 1.0] [--precision 0.95]

Session 11's experiment (not shipped: docs/HISTORY.md, session 11). Each labelled pair of the tuning
align files goes through the align stage's own steps once (`align_lofo.collect`). The pairs a learned
decision may type are those the stage compares, that no `same-quotation` rule cites and no veto
(`VETOES`: a clash of numbers, years, days, people, negation, a part of a count, ...) stops, as the
rule table types them with the shipped weights. A classifier (scikit-learn, the `[train]` extra:
`lr` logistic regression with standardised features, classes balanced; `gb` gradient-boosted trees
of depth 3) over `features` says whether such a pair states one fact (labelled quote/fact:
positive; related, unrelated, conflict: negative); `--weak` adds the weak pairs that
`scripts/mine_align_pairs.py` mines from the Multi-News training stories (weak_label; the same
population; features `rules` only, as the pickles keep `Pair`s), each of weight `--weak-weight`,
to every fit. Two decisions are scored: `alone` (a citation
is `same-quotation` or the classifier) and `union` (the rules' own citations too).

Leave-one-file-out, nested: for each held-out file F the threshold is the one with the highest
citation recall at which the other files reach `--precision`, read from scores each of those files
gets from a model fitted on the remaining ones (so no score used to choose it is in-sample); then a
model fitted on all files but F scores F at that threshold. Pooled over the folds, beside the rule
table's own citations on the same files (tuned on all of them: flattered) and the classifier's
in-sample figure (fitted and thresholded on every file: tuned, for contrast). The frozen files never
open here (`align_lofo.collect` refuses them).
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from align_lofo import FILES, SUPPORT, Row, collect  # noqa: E402
from mine_align_pairs import weak_label  # noqa: E402

from newsbrief.align.pairs import _split  # noqa: E402
from newsbrief.align.rules import decide  # noqa: E402
from newsbrief.align.rules import features as rule_features  # noqa: E402

# rules before `same-fact` that type a pair anything but quote/fact whatever the scorer says: the
# learned decision never overrides them (the must-nots: other numbers, a part of a count, negation, ...)
_VETOES = """no-comment other-participant part-of-count numbers-differ ages-differ other-age other-measure
side-only first-person counts-differ-loosely not-yet other-year other-day other-time negation-differs
participant-missing other-action too-little-shared other-value"""
VETOES = frozenset(_VETOES.split())
_FLAGS = """year_clash year_alone negation_clash hedge_clash action_clash not_yet side_only part_of_count
value_clash measure_clash day_clash time_clash first_person lead_clash two_events scope_clash age_clash
no_comment same_words"""
FLAGS = tuple(_FLAGS.split())
THRESHOLDS = np.round(np.arange(0.30, 0.996, 0.005), 3)


def _mass(concepts, weight: dict[str, float]) -> float:
    return math.fsum(weight.get(c, 1.0) for c in concepts)


def _cover(x, y, weight: dict[str, float]) -> float:
    m = _mass(x, weight)
    return _mass(x & y, weight) / m if m else 0.0


def wide(r: Row) -> dict[str, float]:
    """`rules.features` and the score, the pair's flags and counts, then whole-sentence evidence: IDF
    mass shared and left over (weighted Jaccard), names and numbers each side, word bigrams, how much
    of each sentence's main words (outside its side stretches) and first clause the other states."""
    p, (fa, fb), w = r.pair, r.facts, r.weight or {}
    assert p is not None
    f = dict(rule_features(p))
    f["score"] = decide(p)[2]
    f |= {"b_" + k: float(getattr(p, k)) for k in FLAGS}
    f["clash"] = float(p.clash is not None)
    f["same_numbers"] = min(p.same_numbers, 3)
    f["quote_run"] = min(p.quote_run, 10) / 10
    f["both_names"] = min(p.both_names, 4) / 4
    ca, cb = fa.concepts, fb.concepts
    both = ca & cb
    ma, mb, ms = _mass(ca, w), _mass(cb, w), _mass(both, w)
    f["jaccard"] = ms / max(1e-9, ma + mb - ms)
    f["left_short"] = math.log1p(max(0.0, min(ma, mb) - ms))
    f["left_long"] = math.log1p(max(0.0, max(ma, mb) - ms))
    f["mass_shared"] = math.log1p(ms)
    wa, wb = fa.words.split(), fb.words.split()
    f["len_lo"], f["len_hi"] = sorted((math.log1p(len(wa)), math.log1p(len(wb))))
    n = len(fa.names & fb.names)
    f["names_lo"], f["names_hi"] = sorted(n / len(x) if x else 1.0 for x in (fa.names, fb.names))
    f["names_alone"] = min(len(fa.names - fb.names), len(fb.names - fa.names))
    na, nb = ({c for c in x if c.startswith("N:")} for x in (ca, cb))
    f["numbers_shared"] = len(na & nb)
    f["numbers_alone"] = min(len(na - nb), len(nb - na))
    ga, gb = set(pairwise(wa)), set(pairwise(wb))
    g = len(ga & gb)
    f["bigram_lo"], f["bigram_hi"] = sorted((g / max(1, len(ga)), g / max(1, len(gb))))
    f["max_idf"] = max((w.get(c, 1.0) for c in both), default=0.0)
    f["quoted"] = float(fa.quoted) + float(fb.quoted)
    (main_a, side_a), (main_b, side_b) = _split(fa), _split(fb)
    f["main_lo"], f["main_hi"] = sorted((_cover(main_a, main_b, w), _cover(main_b, main_a, w)))
    f["stated_lo"], f["stated_hi"] = sorted((_cover(main_a, cb, w), _cover(main_b, ca, w)))
    side = max(_mass(both & (side_a - main_a), w), _mass(both & (side_b - main_b), w))
    f["side_share"] = side / (ms or 1.0)
    c0a, c0b = fa.clauses[0].concepts, fb.clauses[0].concepts
    f["first_lo"], f["first_hi"] = sorted((_cover(c0a, cb, w), _cover(c0b, ca, w)))
    return f


FEATURES: dict[str, Callable[[Row], dict[str, float]]] = {
    "rules": lambda r: rule_features(r.pair) | {"score": decide(r.pair)[2]},  # type: ignore[arg-type]
    "wide": wide,
}


def model(kind: str, c: float):
    if kind == "lr":
        return make_pipeline(
            StandardScaler(), LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        )
    return GradientBoostingClassifier(
        n_estimators=150, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0
    )


class Data:
    """The labelled pairs as arrays: gold, file, the rules' verdicts, the learned population, features."""

    def __init__(
        self, rows: list[Row], features: str, weak: tuple[np.ndarray, np.ndarray] | None = None
    ) -> None:
        verdict = [decide(r.pair)[:2] if r.pair is not None else (None, "not compared") for r in rows]
        self.gold = np.array([r.gold for r in rows])
        self.file = np.array([r.file for r in rows])
        self.rules = np.array([k in SUPPORT for k, _ in verdict])
        self.quote = np.array([rule == "same-quotation" for _, rule in verdict])
        compared = np.array([r.pair is not None for r in rows])
        self.pop = compared & ~self.quote & ~np.array([rule in VETOES for _, rule in verdict])
        feats = [FEATURES[features](r) if p else None for r, p in zip(rows, self.pop, strict=True)]
        self.names = sorted(next(f for f in feats if f))
        self.x = np.array([[f[k] for k in self.names] if f else [0.0] * len(self.names) for f in feats])
        self.weak = weak  # (features in `names` order, weak labels), weighed `weak_weight` in each fit
        self.weak_weight = 1.0

    def scores(self, kind: str, c: float, train: np.ndarray, test: np.ndarray) -> np.ndarray:
        x, y = self.x[train & self.pop], self.gold[train & self.pop]
        w = np.ones(len(y))
        if self.weak is not None:
            x, y = np.vstack([x, self.weak[0]]), np.concatenate([y, self.weak[1]])
            w = np.concatenate([w, np.full(len(self.weak[1]), self.weak_weight)])
        m = model(kind, c)
        m.fit(x, y, **({"logisticregression__sample_weight": w} if kind == "lr" else {"sample_weight": w}))
        out = np.zeros(len(self.gold))
        if (test & self.pop).any():
            out[test & self.pop] = m.predict_proba(self.x[test & self.pop])[:, 1]
        return out

    def cited(self, s: np.ndarray, t: float, union: bool) -> np.ndarray:
        d = self.quote | (self.pop & (s >= t))
        return d | self.rules if union else d


def weak_pairs(paths: list[Path], names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The weakly labelled pairs of `mine_align_pairs.py` pickles that the learned decision would
    type, as (features, labels) in `names` order (features `rules`)."""
    x, y = [], []
    for path in paths:
        with open(path, "rb") as fh:
            mined = pickle.load(fh)  # our own file (mine_align_pairs.py)
        for _, p, wa, wb in mined:
            label = weak_label(wa, wb)
            _, rule, score = decide(p)
            if label is None or rule == "same-quotation" or rule in VETOES:
                continue
            f = rule_features(p) | {"score": score}
            x.append([f[k] for k in names])
            y.append(bool(label))
    return np.array(x), np.array(y)


def counts(gold: np.ndarray, cited: np.ndarray) -> np.ndarray:
    return np.array([np.sum(gold & cited), np.sum(~gold & cited), np.sum(gold & ~cited)])


def pick(d: Data, s: np.ndarray, mask: np.ndarray, union: bool, precision: float) -> float:
    """The threshold with the highest citation recall at `precision` or more over `mask` (ties: the
    higher threshold); the highest threshold when none reaches it."""
    best, at = -1, float(THRESHOLDS[-1])
    for t in THRESHOLDS:
        tp, fp, _ = counts(d.gold[mask], d.cited(s, t, union)[mask])
        if tp >= precision * max(1, tp + fp) and tp >= best:
            best, at = tp, float(t)
    return at


def lofo(
    d: Data, files: list[str], kind: str, c: float, union: bool, precision: float
) -> dict[str, np.ndarray]:
    """Per held-out file: tp, fp, fn at the threshold chosen on the other files' out-of-fold scores."""
    out = {}
    for f in files:
        test = d.file == f
        oof = np.zeros(len(d.gold))
        for g in files:
            if g != f:
                oof += d.scores(kind, c, ~test & (d.file != g), d.file == g)
        t = pick(d, oof, ~test, union, precision)
        out[f] = counts(d.gold[test], d.cited(d.scores(kind, c, ~test, test), t, union)[test])
    return out


def pr(n: np.ndarray) -> str:
    tp, fp, fn = (int(v) for v in n)
    return f"{tp / max(1, tp + fp):.3f} / {tp / max(1, tp + fn):.3f} ({tp}/{fp}/{fn})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", nargs="+", default=list(FILES))
    ap.add_argument("--models", nargs="+", choices=("lr", "gb"), default=["lr", "gb"])
    ap.add_argument("--features", choices=sorted(FEATURES), default="wide")
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation of `lr`")
    ap.add_argument("--weak", type=Path, nargs="+", help="pickles from mine_align_pairs.py")
    ap.add_argument("--weak-weight", type=float, default=1.0)
    ap.add_argument("--precision", type=float, default=0.95)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    if args.weak and args.features != "rules":
        ap.error("--weak needs --features rules (the mined pickles keep only each pair's evidence)")
    d = Data([r for f in args.files for r in collect(f, args.shared)], args.features)
    print(f"{len(d.gold)} pairs, {int(d.gold.sum())} quote/fact; the learned decision types")
    print(f"{int(d.pop.sum())} ({int((d.gold & d.pop).sum())} quote/fact)", end="")
    print(f"; features: {args.features} ({len(d.names)})")
    if args.weak:
        d.weak, d.weak_weight = weak_pairs(args.weak, d.names), args.weak_weight
        print(f"weak pairs: {len(d.weak[1])} ({int(d.weak[1].sum())} positive), weight {args.weak_weight}")
    print()
    rules = {f: counts(d.gold[d.file == f], d.rules[d.file == f]) for f in args.files}
    table = {"rules (tuned on all files)": rules}
    everything = np.ones(len(d.gold), dtype=bool)
    tuned = {}
    for kind in args.models:
        s = d.scores(kind, args.c, everything, everything)
        for union in (False, True):
            name = f"{kind} {'union' if union else 'alone'}"
            table[name + " LOFO"] = lofo(d, args.files, kind, args.c, union, args.precision)
            t = pick(d, s, everything, union, args.precision)
            tuned[name] = (t, counts(d.gold, d.cited(s, t, union)))
    width = max(map(len, args.files))
    print(f"citation P / R (tp/fp/fn), threshold for precision >= {args.precision}")
    for name, per in table.items():
        print(f"\n{name}")
        for f in args.files:
            print(f"  {f:{width}}  {pr(per[f])}")
        print(f"  {'pooled':{width}}  {pr(sum(per.values(), np.zeros(3, dtype=int)))}")
    print("\nin-sample (fitted and thresholded on every file: tuned, for contrast)")
    for name, (t, n) in tuned.items():
        print(f"  {name:10} threshold {t:.3f}  {pr(n)}")


if __name__ == "__main__":
    main()
