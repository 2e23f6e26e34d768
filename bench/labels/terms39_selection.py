"""How the articles of `terms-tune39.json` were drawn (fixed seed); prints them and their short spans.

    python bench/labels/terms39_selection.py [--shared ../shared] [--spans]

A tuning set of short double-quoted spans (session 39, issue 15) from the sources of `frozen9-unseen.json`
(DUC 2003 and MultiLing 2011 en dev), whose quoted terms read as speech far more often than Multi-News+
text's. No story of these sources is outside every labels file any more (and MultiLing has no story outside
the frozen files), so the draw is by article: an article is eligible when its story is not closed (a story of
a file frozen at the draw, `CLOSED_FILES`: the stories of session 39's closed list) and no labels file there
was at the draw holds it (`DRAWN_AGAINST`: every file in bench/labels/). `random.Random(SEED)` shuffles the
eligible articles (in file order) and takes, in that order, every one that holds a short span and repeats
none taken before it (half or more of its 5-word runs in the other, `frozen3_selection.repeats`: DUC 2003
files one wire story under several topics). Only 19 articles are eligible; the 8 taken hold 32 short spans.
An article a tuning alignment file holds is not excluded by its text (those files label no quotes).

A short span is the text between two double quotation marks (TeX-style ``...'' in DUC, straight or curly)
paired in order inside one paragraph (a DUC paragraph starts on an indented line; a last unpaired mark is
dropped) of at most `MAX_WORDS` words. Every short span is labelled by hand: speech (with the speaker's
offsets when the text gives one) or term.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

# run as a script: its folder is on sys.path
from draws import story_ids
from frozen3_selection import repeats, runs
from frozen8_selection import used_articles
from terms38_selection import DRAWN_AGAINST as TERMS38_DRAWN_AGAINST

SEED = 3943
SOURCES = ("duc2003-task2-dev.jsonl", "multiling2011-en-dev.jsonl")
MAX_WORDS = 8
# Every labels file there was when this set was drawn (later ones must not change the draw)
DRAWN_AGAINST = (*TERMS38_DRAWN_AGAINST, "terms-frozen38.json")
# the files frozen at the draw: no article of their stories is eligible (only their story ids are read)
CLOSED_FILES = (
    "frozen9-unseen.json",
    "frozen10-unseen.json",
    "frozen11-unseen.json",
    "context-frozen4.json",
    "align-frozen7.json",
    "align-frozen8.json",
    "entities-frozen35.json",
    "caseless-frozen35.json",
    "speakers-frozen36.json",
    "entities-frozen37.json",
    "terms-frozen38.json",
)
# a paragraph ends at a Multi-News mark, a blank line or a line break before an indented line (DUC)
_PARAGRAPH = re.compile(r"(?:(?!NEWLINE_CHAR)(?!\n[ \t])(?!\n\n)[\s\S])+")
_MARK = re.compile(r"``|''|[\"“”]")


def short_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of double marks of one paragraph, at most MAX_WORDS words."""
    spans = []
    for para in _PARAGRAPH.finditer(text):
        marks = list(_MARK.finditer(text, para.start(), para.end()))
        for a, b in zip(marks[::2], marks[1::2], strict=False):  # an odd last mark pairs with none
            if 0 < len(text[a.end() : b.start()].split()) <= MAX_WORDS:
                spans.append((a.end(), b.start()))
    return spans


def draw(data_dir: Path, labels_dir: Path) -> list[tuple[str, str, int, str]]:
    """(source file, story id, document index, text) of the drawn articles, in draw order."""
    closed = story_ids(labels_dir, CLOSED_FILES)
    used = used_articles(labels_dir, DRAWN_AGAINST)
    pool = []
    for name in SOURCES:
        for line in (data_dir / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row["id"] not in closed:
                pool += [
                    (name, row["id"], j, d)
                    for j, d in enumerate(row["documents"])
                    if j not in used.get(row["id"], ())
                ]
    random.Random(SEED).shuffle(pool)
    picks: list[tuple[str, str, int, str]] = []
    seen: list[set] = []
    for pick in pool:
        # the same wire story sits in several clusters: count its spans once
        if short_spans(pick[3]) and not repeats(pick[3], seen):
            picks.append(pick)
            seen.append(runs(pick[3]))
    return picks


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--spans", action="store_true", help="also print each span's offsets")
    args = ap.parse_args()
    for name, story, j, text in draw(Path(args.shared) / "data", Path(__file__).resolve().parent):
        spans = short_spans(text)
        print(name, story, j, f"{len(spans)} short spans")
        if args.spans:
            for a, b in spans:
                print(f"  {a}-{b}")


if __name__ == "__main__":
    main()
