"""Weak training pairs for the fact scorer, mined from the Multi-News training stories (issue 14).

    python scripts/mine_align_pairs.py [--shared ../shared] [--stories 3000] [--skip 0] --out pairs.pkl

Each story's sentences are aligned to its reference summary's sentences: a sentence goes to the
summary sentence that holds the largest share of its concept weight (`align.features` concepts,
IDF-weighted over the story), when that share is at least `ALIGNED` and at least `MIN_SHARED`
concepts are shared. Among the align stage's own candidate pairs (`pairs.candidates`, so the same
blocking as at run time, and so same-topic pairs: the hard negatives), a pair whose two sentences both
align to the same summary sentence is a weak positive (they are likely to state the same thing), one
whose sentences align to different summary sentences a weak negative (two different points the summary
makes); `weak_label` decides, pairs with an unaligned sentence are left out. Writes each pair's
evidence (`pairs.Pair`, so the features can change without mining again; mine again when `Pair` or
`features.py` change), its story and where each sentence aligns, as a pickle for
`scripts/train_align.py --weak`. Noisy by design: the training text is lower-cased (then re-capitalised
at sentence starts) and truncated, so the cased features are near zero there and the labelled pairs
calibrate what it learns. The training file only; never a dev file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import pickle
from pathlib import Path

from newsbrief import segment
from newsbrief.align.features import sentence_facts, story_casing
from newsbrief.align.pairs import Pair, candidates, compare, document_frequency, idf
from newsbrief.errors import NewsbriefError
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story

ROOT = Path(__file__).resolve().parents[1]
ALIGNED = 0.5
MIN_SHARED = 3


def _mass(cs, weight) -> float:
    return math.fsum(weight.get(c, 1.0) for c in cs)


def mine_story(docs: list[str], summary: str) -> list[tuple[Pair, tuple[int, float], tuple[int, float]]]:
    """Every candidate pair of one training story with its evidence (`pairs.Pair`) and, for each of its
    two sentences, the reference-summary sentence holding the largest share of its concept weight and
    that share ((-1, 0.0) when no summary sentence shares `MIN_SHARED` concepts)."""
    raws = [RawDoc(id=str(i), source=f"train#{i}", raw=t) for i, t in enumerate(docs)]
    try:
        story = prepare_story(raws)
    except NewsbriefError:  # a training story that does not clean (empty, not English) is skipped
        return []
    if len(story.documents) < 2:
        return []
    sents = story.sentences
    summ = segment.split_text(summary)
    casing = story_casing([s.text for s in sents] + summ)
    facts = [sentence_facts(k, s.doc, s.text, casing, None) for k, s in enumerate(sents)]
    ref = [sentence_facts(k, -1, t, casing, None) for k, t in enumerate(summ)]
    weight = idf(facts + ref)
    df = document_frequency(facts)
    wfacts = idf(facts, df)
    where: list[tuple[int, float]] = []
    for f in facts:
        best, at = 0.0, -1
        total = _mass(f.concepts, weight)
        for r in ref:
            shared = f.concepts & r.concepts
            if len(shared) < MIN_SHARED or not total:
                continue
            share = _mass(shared, weight) / total
            if share > best:
                best, at = share, r.index
        where.append((at, round(best, 4)))
    memo: dict = {}
    return [(compare(facts[a], facts[b], wfacts, df, memo), where[a], where[b]) for a, b in candidates(facts)]


def weak_label(wa: tuple[int, float], wb: tuple[int, float], strong: float = ALIGNED) -> int | None:
    """1: both sentences go to one summary sentence, each with at least `strong` of its weight; 0: both
    aligned (`ALIGNED`) to different summary sentences; None (left out): anything in between."""
    (ra, sa), (rb, sb) = wa, wb
    if ra >= 0 and ra == rb and min(sa, sb) >= strong:
        return 1
    if ra >= 0 and rb >= 0 and ra != rb and min(sa, sb) >= ALIGNED:
        return 0
    return None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=3000)
    ap.add_argument("--skip", type=int, default=0, help="start after this many stories")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    rows = []
    with gzip.open(args.shared / "data" / "multinews-plus-train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n < args.skip:
                continue
            if n >= args.skip + args.stories:
                break
            row = json.loads(line)
            rows.extend((n, p, wa, wb) for p, wa, wb in mine_story(row["documents"], row["summaries"][0]))
    with open(args.out, "wb") as fh:
        pickle.dump(rows, fh, protocol=pickle.HIGHEST_PROTOCOL)
    ys = [y for _, _, wa, wb in rows if (y := weak_label(wa, wb)) is not None]
    print(f"{len(rows)} pairs from {args.stories} stories, {len(ys)} weakly labelled, {sum(ys)} positive")


if __name__ == "__main__":
    main()
