"""Where the default's selection loses to the ROUGE oracle and to the best baseline, per story.

    python bench/bench_selection_gap.py [--data ../shared/data] [--file duc2003-task2-dev.jsonl]
                                        [--words 100] [--f1] [--limit N] [--resamples 2000]

Error analysis for issue 16, on a dev file (every dev file is tuning data): every story is prepared
as `newsbrief eval` prepares it and summarised by the default, the baselines and the greedy ROUGE
oracle (eval's `oracle`, recall unless --f1). Prints (1) the mean R1 / R2 of each method and the
paired bootstrap 95 % interval of default minus each baseline (stories resampled, the same resamples
for every method), so a difference whose interval holds 0 is not a real one; (2) per story: default,
best baseline and oracle R2; (3) the sentences the oracle takes and the default does not, against
those the default takes and the oracle does not: candidate rank in their document, length, document
size rank, learned-score rank in the story, the share of the story's ten most shared word-bigram
concepts they hold, and why the default could not take them (not a candidate, furniture / question /
fragment, a context need, or eligible but not chosen).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from newsbrief.evaluation.methods import get
from newsbrief.evaluation.rouge import Rouge, truncate
from newsbrief.model import Budget
from newsbrief.readability import needs, requirements
from newsbrief.summarize import features as F
from newsbrief.summarize.candidates import _aside
from newsbrief.summarize.scorer import shipped

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))  # scripts/learn.py
import learn

ROOT = Path(__file__).resolve().parents[1]
BASELINES = ("lead", "lexrank", "textrank", "mmr", "centroid")
TOP_CONCEPTS = 10


def paired_ci(diff: np.ndarray, resamples: int, seed: int = 0) -> tuple[float, float]:
    """95 % percentile bootstrap interval of the mean of per-story differences."""
    idx = np.random.default_rng(seed).integers(0, len(diff), size=(resamples, len(diff)))
    means = diff[idx].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def why_not(story, feats, i: int, required: dict[int, tuple[int, ...]]) -> str:
    """Why the default could not take sentence i (or 'eligible')."""
    m = feats.matrix
    if not feats.candidate[i]:
        return "not a candidate"
    if (
        feats.furniture[i]
        or m[i, F.NAMES.index("question")]
        or feats.fragment[i]
        or _aside(story.sentences[i].text)
    ):
        return "furniture/question/fragment"
    if feats.words[i] < 6:
        return "too short"
    if i in required:
        return "context need" if required[i] else "context need unmet"
    return "eligible"


def describe(story, feats, q: np.ndarray, rows: list[int], required, con, top: set[int]) -> list[dict]:
    """One row per sentence in `rows`; `con` is the story's word bigrams (computed once by the caller)."""
    out = []
    cand = np.flatnonzero(feats.candidate)
    order = cand[np.argsort(-q[cand], kind="stable")]
    score_rank = np.full(len(q), -1)
    score_rank[order] = np.arange(len(order))
    doc = np.fromiter((s.doc for s in story.sentences), np.int64, len(story.sentences))
    size = np.bincount(doc, feats.words, minlength=len(story.documents))
    size_rank = np.argsort(np.argsort(-size, kind="stable"), kind="stable")
    for i in rows:
        held = set(con.of(i).tolist())
        out.append(
            {
                "rank": int(feats.rank[i]),
                "words": int(feats.words[i]),
                "doc_size_rank": int(size_rank[doc[i]]),
                "score_rank": int(score_rank[i]),
                "top_concepts": len(held & top),
                "why": why_not(story, feats, i, required),
            }
        )
    return out


def summary_rows(label: str, rows: list[dict]) -> None:
    if not rows:
        print(f"  {label}: none")
        return
    a = {
        k: np.array([r[k] for r in rows])
        for k in ("rank", "words", "doc_size_rank", "score_rank", "top_concepts")
    }
    ranked = a["score_rank"][a["score_rank"] >= 0]
    print(
        f"  {label:40s} n={len(rows):4d}  candidate rank median {np.median(a['rank']):4.1f}"
        f" (lead {np.mean(a['rank'] == 0):.0%}, >= 5 {np.mean(a['rank'] >= 5):.0%})"
        f"  words {np.median(a['words']):4.1f}  doc size rank {np.median(a['doc_size_rank']):3.1f}"
        f"  score rank {np.median(ranked) if len(ranked) else -1:5.1f}"
        f"  holds a top-{TOP_CONCEPTS} concept {np.mean(a['top_concepts'] > 0):.0%}"
    )
    whys: dict[str, int] = {}
    for r in rows:
        whys[r["why"]] = whys.get(r["why"], 0) + 1
    print(
        "    why: "
        + ", ".join(f"{k} {v / len(rows):.0%}" for k, v in sorted(whys.items(), key=lambda x: -x[1]))
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    ap.add_argument("--file", default="duc2003-task2-dev.jsonl")
    ap.add_argument("--words", type=int, default=100)
    ap.add_argument("--f1", action="store_true", help="F1 instead of recall")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--resamples", type=int, default=2000)
    args = ap.parse_args()

    prepared = learn.prepare_file(args.data / args.file)[: args.limit]
    measure = "f" if args.f1 else "r"
    budget = Budget(words=args.words)
    rouge = Rouge()
    methods = {
        "default": get("default"),
        **{b: get(b) for b in BASELINES},
        "oracle": get("oracle", measure=measure),
    }
    scores = {m: np.zeros((len(prepared), 2)) for m in methods}
    only_oracle: list[dict] = []
    only_default: list[dict] = []
    both: list[dict] = []
    picks = {}
    scorer = shipped()
    for k, p in enumerate(prepared):
        story = p.story
        for name, summ in methods.items():
            chosen = summ.select(story, budget)
            picks[name] = chosen
            s = rouge.score(truncate([story.sentences[i].text for i in chosen], args.words), p.references)
            scores[name][k] = 100 * s["rouge1"][measure], 100 * s["rouge2"][measure]
        feats = F.compute(story, scorer.features)
        q = scorer.score(feats.matrix)
        found = needs(story.sentences, story.caseless)
        required = requirements(story.sentences, found, story.doc_lengths)
        con = F.word_bigrams(story)
        top = set(np.argsort(-con.weight, kind="stable")[:TOP_CONCEPTS].tolist())
        d, o = set(picks["default"]), set(picks["oracle"])
        only_oracle += describe(story, feats, q, sorted(o - d), required, con, top)
        only_default += describe(story, feats, q, sorted(d - o), required, con, top)
        both += describe(story, feats, q, sorted(d & o), required, con, top)

    kind = "recall" if measure == "r" else "F1"
    print(
        f"{args.file}, {args.words} words, ROUGE {kind}, {len(prepared)} stories (a dev file: tuning data)\n"
    )
    print(f"{'method':10s} {'R1':>6s} {'R2':>6s}   default minus method, 95 % paired bootstrap: R1, R2")
    for name, s in scores.items():
        line = f"{name:10s} {s[:, 0].mean():6.2f} {s[:, 1].mean():6.2f}"
        if name != "default":
            diff = scores["default"] - s
            lo1, hi1 = paired_ci(diff[:, 0], args.resamples)
            lo2, hi2 = paired_ci(diff[:, 1], args.resamples)
            line += f"   {diff[:, 0].mean():+6.2f} ({lo1:+.2f} .. {hi1:+.2f})"
            line += f"  {diff[:, 1].mean():+6.2f} ({lo2:+.2f} .. {hi2:+.2f})"
        print(line)
    best = max(BASELINES, key=lambda b: scores[b][:, 1].mean())
    print(
        f"\nper story R2 (best baseline by mean R2: {best}); default below it in "
        f"{int((scores['default'][:, 1] < scores[best][:, 1]).sum())} of {len(prepared)}"
    )
    print(f"  {'story':40s} {'default':>8s} {best:>8s} {'oracle':>8s}")
    for k, p in enumerate(prepared):
        print(
            f"  {p.id[:40]:40s} {scores['default'][k, 1]:8.2f} {scores[best][k, 1]:8.2f}"
            f" {scores['oracle'][k, 1]:8.2f}"
        )
    print("\nsentences, by who takes them (ranks from 0; doc size rank 0 = the story's longest document)")
    summary_rows("oracle only (the default misses)", only_oracle)
    summary_rows("default only (the oracle does not take)", only_default)
    summary_rows("both", both)


if __name__ == "__main__":
    main()
