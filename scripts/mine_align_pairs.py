"""Weak training pairs for the fact scorer, mined from the Multi-News training stories (issue 14).

    python scripts/mine_align_pairs.py [--shared ../shared] [--stories 3000] --out pairs.npz

Each story's sentences are aligned to its reference summary's sentences: a sentence goes to the
summary sentence that holds the largest share of its concept weight (`align.features` concepts,
IDF-weighted over the story), when that share is at least `ALIGNED` and at least `MIN_SHARED`
concepts are shared. Among the align stage's own candidate pairs (`pairs.candidates`, so the same
blocking as at run time), a pair whose two sentences both align to the same summary sentence is a weak
positive (they are likely to state the same thing), one whose sentences align to different summary
sentences a weak negative (two different points the summary makes). Pairs with an unaligned sentence
are skipped. Writes the `rules.features` of each pair, its weak label and its story, for
`scripts/train_align.py --weak`. Noisy by design: the training text is partly lower-cased and truncated,
so the labelled tuning pairs calibrate what it learns. The training file only; never a dev file.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
from pathlib import Path

import numpy as np

from newsbrief import segment
from newsbrief.align.features import sentence_facts, story_casing
from newsbrief.align.pairs import candidates, compare, document_frequency, idf
from newsbrief.align.rules import features
from newsbrief.errors import NewsbriefError
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story

ROOT = Path(__file__).resolve().parents[1]
ALIGNED = 0.5
MIN_SHARED = 3


def _mass(cs, weight) -> float:
    return math.fsum(weight.get(c, 1.0) for c in cs)


def mine_story(docs: list[str], summary: str) -> list[tuple[dict[str, float], int]]:
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
    where: list[int | None] = []
    for f in facts:
        best, at = 0.0, None
        total = _mass(f.concepts, weight)
        for r in ref:
            shared = f.concepts & r.concepts
            if len(shared) < MIN_SHARED or not total:
                continue
            share = _mass(shared, weight) / total
            if share > best:
                best, at = share, r.index
        where.append(at if best >= ALIGNED else None)
    out = []
    for a, b in candidates(facts):
        if where[a] is None or where[b] is None:
            continue
        f = features(compare(facts[a], facts[b], wfacts, df))
        out.append((f, int(where[a] == where[b])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--stories", type=int, default=3000)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    xs, ys, groups, names = [], [], [], []
    with gzip.open(args.shared / "data" / "multinews-plus-train.jsonl.gz", "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if n >= args.stories:
                break
            row = json.loads(line)
            for f, y in mine_story(row["documents"], row["summaries"][0]):
                names = list(f)
                xs.append([f[k] for k in names])
                ys.append(y)
                groups.append(n)
    np.savez(args.out, x=np.array(xs), y=np.array(ys), groups=np.array(groups), names=np.array(names))
    print(f"{len(ys)} pairs from {args.stories} stories, {int(np.sum(ys))} weak positives -> {args.out}")


if __name__ == "__main__":
    main()
