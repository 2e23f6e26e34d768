"""Fit the learned join decision (`engine.JOIN_DECISION = "learned"`) on training-file stories (issue 17).

    python bench/learn_join.py fit [--piles 4] [--size 300]      # prints JOIN_WEIGHTS and the tune pile's F1
    python bench/learn_join.py check [--weights FILE]            # the held-out mixture: bar vs learned

The training file (`multinews-plus-train.jsonl.gz`) holds about 20,000 stories already grouped. `fit`
draws `--piles` + 1 piles of `--size` stories with `random.Random(SEED)` from the stories no report
measures (not the held-out mixture of `MIXTURE_SEED`, not the bench's `--train` draws check, write and
slice 53), mixes each pile as the bench mixes a file, and collects the candidate pairs the clusterer
weighs: (1) in a single pass in the one-shot order (`Clusterer.candidates` of each article before it is
added; the pass then goes on by the hand rule), (2) once the one-shot run has settled (each article
against its own story without it and the `engine.REFINE_CANDIDATES` stories its query terms point at
most, as a refinement round sees them). A pair is positive when most of the story's articles are of the
article's story. Each pair's features are `engine.join_features`; a logistic regression (scikit-learn,
here only) fits them on the first piles; the intercept is then shifted to the B-cubed F1's best on the
last pile (`SHIFTS`). The weights are printed as the table `engine.JOIN_WEIGHTS` holds (no scikit-learn
at run time). `check` scores the held-out mixture (300 stories, `MIXTURE_SEED`) with the hand rule and
with the learned decision: one-shot and the store in three ingests (`bench_cluster.incremental`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_cluster import DATA, FILES, TRAIN, TRAIN_SEED, bcubed, incremental, load

from newsbrief.cluster import engine
from newsbrief.cluster.vectors import cosine

SEED = 5448  # the draw of the training piles
MIXTURE_SEED = 5458  # the held-out mixture, never trained on
SHIFTS = [round(-0.5 + 0.25 * k, 2) for k in range(7)]  # intercept shifts tried on the tune pile


def stories(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return f.readlines()


def held_out(n: int, size: int = 300) -> set[int]:
    """The stories no fit may draw: the mixture and the bench's check, write and slice-53 draws."""
    drawn = list(range(n))
    random.Random(TRAIN_SEED).shuffle(drawn)
    out = set(drawn[: 2 * size]) | set(drawn[53 * size : 54 * size])
    return out | mixture(n, size)


def mixture(n: int, size: int = 300) -> set[int]:
    return set(random.Random(MIXTURE_SEED).sample(range(n), size))


def pile(lines: list[str], chosen: list[int], seed: int) -> tuple[list, dict[str, str]]:
    return load(Path("-"), seed, [json.loads(lines[k]) for k in sorted(chosen)])


def _majority(members: list[str], gold: dict[str, str], story: str) -> bool:
    return bool(members) and 2 * sum(gold[m] == story for m in members) >= len(members)


def pass_pairs(pieces: list, gold: dict[str, str], event: bool) -> list[tuple[tuple[float, ...], int]]:
    """The candidate pairs of a single pass in the one-shot order (the pass goes on by the hand rule)."""
    c = engine.Clusterer()
    out = []
    for p in sorted(pieces, key=engine.order):
        if p.vec and p.words >= engine.THIN_WORDS and c._copy_of(p) is None:
            terms = engine.event_terms(p.vec)
            for s in c.candidates(p.vec):
                st = c.stories[s]
                shared = engine.shared_event_count(p.vec, st.total, False, terms)
                x = engine.join_features(st.similarity(p.vec), st.n, shared, len(p.vec))
                out.append((x, int(_majority(st.members, gold, gold[p.id]))))
        c.add(p, event)
    return out


def settled_pairs(pieces: list, gold: dict[str, str], event: bool) -> list[tuple[tuple[float, ...], int]]:
    """Each article against its settled story without it and its candidate stories (a refinement
    round's view of the one-shot run's stories)."""
    groups, assignments = engine.cluster_pieces(pieces)
    by_id = {p.id: p for p in pieces}
    story_of, totals, members = {}, {}, {}
    for k, g in enumerate(groups):
        movable = [i for i in g if assignments[i].rule in engine.MOVABLE]
        if not movable:
            continue
        total: dict[str, float] = {}
        for i in movable:
            story_of[i] = k
            for t, w in by_id[i].vec.items():
                total[t] = total.get(t, 0.0) + w
        totals[k], members[k] = total, movable
    postings: dict[str, set[int]] = {}
    for k, total in totals.items():
        for t in engine.heaviest(total, engine.INDEX_TERMS * 2):
            postings.setdefault(t, set()).add(k)
    out = []
    for i, k in story_of.items():
        p = by_id[i]
        terms = engine.event_terms(p.vec)
        acc: dict[int, float] = {}
        for t, w in islice(p.vec.items(), engine.QUERY_TERMS):
            for s in postings.get(t, ()):
                if s != k:
                    acc[s] = acc.get(s, 0.0) + w
        ids = [s for s, _ in engine.top(acc, engine.REFINE_CANDIDATES)]
        if len(members[k]) > 1:
            rest = {t: w - p.vec.get(t, 0.0) for t, w in totals[k].items()}
            length = engine.norm(rest)
            sim = cosine(p.vec, rest) / length if length else 0.0
            shared = engine.shared_event_count(p.vec, totals[k], True, terms)
            x = engine.join_features(sim, len(members[k]) - 1, shared, len(p.vec))
            out.append((x, int(_majority([m for m in members[k] if m != i], gold, gold[i]))))
        for s in ids:
            length = engine.norm(totals[s])
            shared = engine.shared_event_count(p.vec, totals[s], False, terms)
            x = engine.join_features(cosine(p.vec, totals[s]) / length, len(members[s]), shared, len(p.vec))
            out.append((x, int(_majority(members[s], gold, gold[i]))))
    return out


def one_shot_f1(pieces: list, gold: dict[str, str]) -> tuple[float, float, float]:
    groups, _ = engine.cluster_pieces(pieces)
    return bcubed({i: k for k, g in enumerate(groups) for i in g}, gold)


def use(decision: str, weights: dict[str, float] | None = None) -> None:
    engine.JOIN_DECISION = decision
    if weights is not None:
        engine.JOIN_WEIGHTS.clear()
        engine.JOIN_WEIGHTS.update(weights)


def fit(args: argparse.Namespace) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    lines = stories(args.data_dir / TRAIN)
    out = held_out(len(lines), args.size)
    free = [k for k in range(len(lines)) if k not in out]
    drawn = random.Random(SEED).sample(free, (args.piles + 1) * args.size)
    xs, ys = [], []
    collect = not args.fitted and not (args.pairs and args.pairs.exists())
    for k in range(args.piles if collect else 0):
        docs, gold = pile(lines, drawn[k * args.size : (k + 1) * args.size], SEED + k)
        pieces = engine.pieces(docs)
        event = engine.event_pile(pieces)
        if not event:  # the learned decision is a pile of events' (a topic pile keeps the bar)
            print(f"pile {k}: not a pile of events, left out")
            continue
        pairs = pass_pairs(pieces, gold, event) + settled_pairs(pieces, gold, event)
        xs += [x for x, _ in pairs]
        ys += [y for _, y in pairs]
        print(f"pile {k}: {len(docs)} articles, {len(pairs)} pairs, {sum(y for _, y in pairs)} positive")
    if args.pairs and xs:
        np.savez(args.pairs, x=np.array(xs), y=np.array(ys))
    if args.fitted:
        weights = json.loads(args.fitted.read_text())
    else:
        if args.pairs and not xs:
            saved = np.load(args.pairs)
            xs, ys = list(saved["x"]), list(saved["y"])
        x, y = np.array(xs), np.array(ys)
        keep = [k for k, name in enumerate(engine.JOIN_FEATURES) if k and name not in args.drop]
        model = LogisticRegression(C=args.c, max_iter=5000).fit(x[:, keep], y)
        weights = dict.fromkeys(engine.JOIN_FEATURES, 0.0)
        weights["bias"] = float(model.intercept_[0])
        weights.update((engine.JOIN_FEATURES[k], float(w)) for k, w in zip(keep, model.coef_[0], strict=True))
    print("fitted:", json.dumps({k: round(v, 4) for k, v in weights.items()}))
    if not args.tune:
        return
    docs, gold = pile(lines, drawn[args.piles * args.size :], SEED + args.piles)
    pieces = engine.pieces(docs)
    use("bar")
    print(f"tune pile ({len(docs)} articles): bar P/R/F1 {fmt(one_shot_f1(pieces, gold))}")
    best = None
    for shift in args.shifts:
        shifted = dict(weights, bias=weights["bias"] + shift)
        use("learned", shifted)
        got = one_shot_f1(pieces, gold)
        print(f"  shift {shift:+.2f}: P/R/F1 {fmt(got)}")
        if best is None or got[2] > best[0]:
            best = (got[2], shift, shifted)
    use("bar")
    assert best is not None
    print(f"chosen shift {best[1]:+.2f} (tune F1 {best[0]:.4f})")
    table = {k: round(v, 4) for k, v in best[2].items()}
    print("JOIN_WEIGHTS =", json.dumps(table))
    if args.out:
        args.out.write_text(json.dumps(table) + "\n")


def fmt(prf: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.4f}" for v in prf)


def check(args: argparse.Namespace) -> None:
    if args.dev:
        docs, gold = load(args.data_dir / FILES[args.dev], 13)
        print(f"{args.dev}: {len(docs)} articles, {len(set(gold.values()))} stories")
    else:
        lines = stories(args.data_dir / TRAIN)
        chosen = sorted(mixture(len(lines), args.size))
        docs, gold = pile(lines, chosen, 13)
        print(f"mixture (seed {MIXTURE_SEED}): {len(docs)} articles, {len(chosen)} stories")
    pieces = engine.pieces(docs)
    weights = json.loads(args.weights.read_text()) if args.weights else dict(engine.JOIN_WEIGHTS)
    for decision in args.decisions:
        use(decision, weights)
        one = one_shot_f1(pieces, gold)
        incr = bcubed(incremental(docs), gold) if args.store else None
        print(
            f"{decision}: one-shot P/R/F1 {fmt(one)}" + (f"; store (3 ingests) {fmt(incr)}" if incr else "")
        )
    use("bar")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("fit", "check"))
    ap.add_argument("--data-dir", type=Path, default=DATA)
    ap.add_argument("--piles", type=int, default=4)
    ap.add_argument("--size", type=int, default=300)
    ap.add_argument("--c", type=float, default=1.0, help="the regression's inverse regularisation")
    ap.add_argument("--shifts", type=float, nargs="+", default=SHIFTS, help="fit: intercept shifts tried")
    ap.add_argument("--fitted", type=Path, help="fit: the fitted weights (JSON) instead of fitting again")
    ap.add_argument("--pairs", type=Path, help="fit: the collected pairs (NPZ), written once, then read")
    ap.add_argument("--drop", nargs="*", default=[], help="fit: features left out (weight 0)")
    ap.add_argument("--tune", action=argparse.BooleanOptionalAction, default=True, help="fit: tune the shift")
    ap.add_argument("--out", type=Path, help="fit: write the weights here (JSON)")
    ap.add_argument("--weights", type=Path, help="check: the weights (JSON; default the shipped table)")
    ap.add_argument("--decisions", nargs="+", choices=("bar", "learned"), default=["bar", "learned"])
    ap.add_argument("--dev", choices=sorted(FILES), help="check: a dev file (seed 13) instead of the mixture")
    ap.add_argument("--store", action="store_true", help="check: the store's path too")
    args = ap.parse_args()
    fit(args) if args.what == "fit" else check(args)


if __name__ == "__main__":
    main()
