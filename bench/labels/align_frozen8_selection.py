"""How the stories of `align-frozen8.json` were drawn (fixed seed); prints the draw and writes the WORK file.

    python bench/labels/align_frozen8_selection.py [--shared ../shared] --out WORK.json

No LongBench dev story is left that no labels file uses but line 57 (one of its two documents is the Internet
Archive's crawl notice) and line 100 (one document), and every DUC 2006 topic has documents in some labels
file, so the stories are DUC 2006 topics (AP, NYT and Xinhua newswire in normal case) made of documents that
no labels file of DRAWN_AGAINST holds (every file there was at the draw). Per topic (`documents`): among its
documents with MIN_SENTENCES labellable sentences that repeat no labelled document
(`frozen3_selection.repeats`: half or more of the 5-word runs in the other), the pair from two different
agencies with the highest TF-IDF cosine, then one at a time the one with the highest summed cosine to those
chosen, at most MAX_AGENCY from one agency and never a wire version of one chosen (either way round), up to
DOCS. The set is the N_STORIES topics whose documents report the same events most (`overlap`: cross-document
sentence pairs at TF-IDF cosine >= CLOSE; ties in a Random(SEED) order): a seeded draw of topics gave stories
whose outlets shared almost no claim. Only generic scores are used, never a method's output. Pairs are
`align_candidates.candidates` with the frozen sets' QUOTAS, each story filled up to FILL pairs (cosine
0.1-0.2, then random), seeded per story as before; the WORK file (sentence texts, for the annotator) goes
outside the repository.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

# run as a script: its folder is on sys.path
from align_candidates import QUOTAS, _labellable, prepare, to_original, write
from frozen3_selection import labelled_texts, repeats, runs
from frozen8_selection import used_articles

from newsbrief.model import Story

SEED = 20261201 + 8
DATA = "duc2006-dev.jsonl"
N_STORIES, DOCS, MIN_SENTENCES = 8, 4, 5
CLOSE = 0.3  # TF-IDF cosine of two sentences that `overlap` counts
MAX_AGENCY = 2  # documents of one agency in a story
FILL = 26  # pairs a story: the quotas, then cosine 0.1-0.2, then random
# Every labels file there was when this set was drawn (later ones must not change the draw).
DRAWN_AGAINST = tuple(
    f"{name}.json"
    for name in (
        *(f"align-frozen{k}" for k in ("", 2, 3, 4, 5, 6, 7)), "align-tune", "align-tune2", "analysis",
        *(f"context-frozen{k}" for k in ("", 2, 3, 4)), "frozen-unseen",
        *(f"frozen{k}-unseen" for k in range(2, 10)), "heldout",
    )
)  # fmt: skip


def documents(row: dict, used: set[int], seen: list[set]) -> list[int]:
    """DOCS documents of the topic from at least two agencies (at most MAX_AGENCY from one): the pair of
    different agencies with the highest TF-IDF cosine, then one at a time the one with the highest summed
    cosine to those chosen; never one that a labels file holds, that repeats a labelled or chosen document,
    or that has fewer than MIN_SENTENCES labellable sentences. [] when there are not DOCS such documents."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    eligible = []
    for i, text in enumerate(row["documents"]):
        if i in used or repeats(text, seen):
            continue
        story, originals = prepare(row, [i])
        if _labellable(story, to_original(story, originals))[0] >= MIN_SENTENCES:
            eligible.append(i)
    agency = [row["doc_ids"][i][:3] for i in eligible]
    matrix = TfidfVectorizer(stop_words="english").fit_transform([row["documents"][i] for i in eligible])
    cos = (matrix @ matrix.T).toarray()

    def fits(chosen: list[int], j: int) -> bool:
        return (
            j not in chosen
            and sum(agency[c] == agency[j] for c in chosen) < MAX_AGENCY
            and not _copies(row, [eligible[c] for c in chosen], eligible[j])
        )

    pairs = [(a, b) for a in range(len(eligible)) for b in range(a + 1, len(eligible))]
    pairs = [(a, b) for a, b in pairs if agency[a] != agency[b] and fits([a], b)]
    if not pairs:
        return []
    chosen = list(max(pairs, key=lambda p: (cos[p], -p[0], -p[1])))
    while len(chosen) < DOCS:
        rest = [j for j in range(len(eligible)) if fits(chosen, j)]
        if not rest:
            return []
        chosen.append(max(rest, key=lambda j: (sum(cos[j, c] for c in chosen), -j)))
    return [eligible[j] for j in chosen]


def overlap(story: Story, keys: dict) -> int:
    """Cross-document pairs of labellable sentences at TF-IDF cosine >= CLOSE (the outlets report the same
    events: a generic score, no method output)."""
    sim = story.vectors.neighbours.toarray()
    idx = sorted(keys)
    sents = story.sentences
    return sum(sim[a, b] >= CLOSE for a in idx for b in idx if a < b and sents[a].doc != sents[b].doc)


def _copies(row: dict, chosen: list[int], i: int) -> bool:
    """Document `i` repeats one of `chosen` or one of them repeats it (a wire version, the longer or the
    shorter)."""
    text = row["documents"][i]
    return repeats(text, [runs(row["documents"][c]) for c in chosen]) or any(
        repeats(row["documents"][c], [runs(text)]) for c in chosen
    )


def draw(shared: Path) -> list:
    """(line, row, story, originals, keys, docs, data) of the drawn stories: the N_STORIES topics with the
    highest `overlap`, ties in a Random(SEED) order."""
    rows = [json.loads(line) for line in (shared / "data" / DATA).read_text(encoding="utf-8").splitlines()]
    used = used_articles(Path(__file__).resolve().parent, DRAWN_AGAINST)
    seen = [runs(t) for t in labelled_texts(shared / "data", used)]
    order = random.Random(SEED).sample(range(len(rows)), len(rows))
    scored = []
    for rank, k in enumerate(order):
        row = rows[k]
        docs = documents(row, used.get(row["id"], set()), seen)
        if docs:
            story, originals = prepare(row, docs)
            keys = to_original(story, originals)
            scored.append((-overlap(story, keys), rank, (k + 1, row, story, originals, keys, docs, DATA)))
    return [item for *_, item in sorted(scored, key=lambda t: t[:2])[:N_STORIES]]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[3] / "shared")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    if not (args.shared / "data" / DATA).exists():
        raise SystemExit(f"align_frozen8_selection: no {DATA} under {args.shared / 'data'}")
    part = draw(args.shared)
    for _n, row, _story, _originals, _keys, docs, _data in part:
        print(f"{row['id']}: " + ", ".join(f"{i} {row['doc_ids'][i]}" for i in docs))
    write(args.out, part, QUOTAS, FILL)


if __name__ == "__main__":
    main()
