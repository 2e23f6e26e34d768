"""How the stories of `terms-frozen38.json` were drawn (fixed seed); prints them and their short spans.

    python bench/labels/terms38_selection.py [--shared ../shared] [--spans]

A set of short double-quoted spans (session 38, issue 15: quoted terms read as speech, short quoted
speech missed). The pool is every story of LongBench dev, Multi-News+ dev and DUC 2006 dev that no labels
file there was at the draw holds (`DRAWN_AGAINST`: every file in bench/labels/, so every closed story of
session 38's closed list too) and that another helper of session 38 was sampling for its own work (`BUSY`:
its stories stay open for it). DUC 2006 has no such story left. `random.Random(SEED)` shuffles the pool
(sorted ids); stories are taken in that order when their articles hold at least `MIN_SPANS` short spans,
until `TARGET_SPANS` are drawn.

A short span is the text between two double quotation marks paired in order inside one paragraph (a
paragraph ends at `NEWLINE_CHAR` or a newline; a last unpaired mark is dropped) of at most `MAX_WORDS`
words. Every short span of every article of a drawn story is labelled by hand: speech (with the speaker's
offsets when the text names one) or term.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

# run as a script: its folder is on sys.path
from draws import story_ids

SEED = 3840
SOURCES = ("longbench-multinews-dev.jsonl", "multinews-plus-dev.jsonl", "duc2006-dev.jsonl")
MAX_WORDS = 8
MIN_SPANS = 3
TARGET_SPANS = 130
# the stories of the pool that session 38's precision helper had drawn for its own sample before this draw
BUSY = (
    "longbench-multi_news-bd055a3f0452f7edde9adca712d720fc631bd09ebc59f476",
    *(f"multinews-val-{n}" for n in (45401, 46177, 46412, 46571, 46922, 47284, 47507, 48039, 48088)),
    *(f"multinews-val-{n}" for n in (48978, 49400, 49780, 50039, 50144, 50428, 50430, 50478)),
)
# Every labels file there was when this set was drawn (later ones must not change the draw)
DRAWN_AGAINST = (
    *(f"align-frozen{k}.json" for k in ("", 2, 3, 4, 5, 6, 7, 8)),
    "align-tune.json",
    "align-tune2.json",
    "analysis.json",
    "caseless-entities-frozen35.json",
    "caseless-frozen35.json",
    *(f"context-frozen{k}.json" for k in ("", 2, 3, 4)),
    "entities-frozen35.json",
    "entities-frozen37.json",
    *(f"frozen{k}-unseen.json" for k in ("", 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)),
    "heldout.json",
    "speakers-frozen36.json",
)
_PARAGRAPH = re.compile(r"(?:(?!NEWLINE_CHAR)[^\n])+")
_MARK = re.compile(r'["“”]')


def used_stories(labels_dir: Path) -> set[str]:
    """Story ids of the `DRAWN_AGAINST` files."""
    return story_ids(labels_dir, DRAWN_AGAINST)


def short_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of double marks of one paragraph, at most MAX_WORDS words."""
    spans = []
    for para in _PARAGRAPH.finditer(text):
        marks = [m.start() for m in _MARK.finditer(text, para.start(), para.end())]
        for a, b in zip(marks[::2], marks[1::2], strict=False):  # an odd last mark pairs with none
            words = text[a + 1 : b].split()
            if 0 < len(words) <= MAX_WORDS:
                spans.append((a + 1, b))
    return spans


def draw(data_dir: Path, excluded: set[str]) -> list[tuple[str, dict]]:
    """(source file, story row) of the drawn stories, in draw order."""
    rows = {}
    for name in SOURCES:
        for line in (data_dir / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] not in excluded:
                rows[row["id"]] = (name, row)
    order = random.Random(SEED).sample(sorted(rows), len(rows))
    picks, total = [], 0
    for story in order:
        name, row = rows[story]
        n = sum(len(short_spans(d)) for d in row["documents"])
        if n >= MIN_SPANS and total < TARGET_SPANS:
            picks.append((name, row))
            total += n
    return picks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--spans", action="store_true", help="also print each span's offsets")
    args = ap.parse_args()
    excluded = used_stories(Path(__file__).resolve().parent) | set(BUSY)
    for name, row in draw(Path(args.shared) / "data", excluded):
        spans = [(j, s) for j, d in enumerate(row["documents"]) for s in short_spans(d)]
        print(row["id"], name, f"{len(row['documents'])} articles, {len(spans)} short spans")
        if args.spans:
            for j, (a, b) in spans:
                print(f"  doc {j} {a}-{b}")


if __name__ == "__main__":
    main()
