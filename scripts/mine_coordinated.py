"""Words news writing joins with "and" / "or": two different things (issue 14), `align/data/coordinated.txt`.

    python scripts/mine_coordinated.py [--shared ../shared] [--out FILE]

A plain fact of English: two words joined by "and" or "or" name two things, not one ("students and
teachers", "soldiers and civilians", "cocaine and heroin", "destroyed or damaged", "federal and state",
"north and south"). So one copy of a text that puts one of such a pair where the other copy writes the
other states another fact (`guards.substituted`, rule `coordinated`): "two teachers" / "two students",
"destroyed 60 homes" / "damaged 60 homes". Synonyms are seldom joined ("chief" / "leader", "asked" /
"urged", "pact" / "contract", "spacecraft" / "probe" are in no line), which is what tells the two apart
without a thesaurus.

Source: `multinews-plus-train.jsonl.gz` only (no dev file, no labelled story), less the 600 stories of
`random.Random(HELD_SEED).sample(stories, HELD)`, kept unread as session 17's check pool. Every
"<word> and|or <word>" in the lower-cased articles, both words letters only, neither a stop word, two
Porter stems; a pair of stems is kept when written `MIN_LIKE` times or more in one form (both plural in
"-s", both in "-ed", both in "-ing", or neither: words of one kind, "police and troops" aside) or
`MIN_ANY` times in any form ("shot and killed"): one joining of a noun ending one phrase and a verb opening
the next ("picked up the phone and called") is no pair. Deterministic: output sorted.

Session 17: 19,400 stories, 6,875 pairs at the defaults (2 / 5).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsbrief.represent import STOP_WORDS, stem

HELD_SEED = 1717
HELD = 600
MIN_LIKE = 2
MIN_ANY = 5
_JOINED = re.compile(r"\b([a-z][a-z]+) (?:and|or) ([a-z][a-z]+)\b")
HEADER = """\
# Two words news writing joins with "and" / "or" (Porter stems, one pair a line): two different things, so
# one written for the other in a copied text is another fact (`guards.substituted`, rule `coordinated`).
# Built by scripts/mine_coordinated.py from the Multi-News training stories; do not edit by hand.
"""


def form(word: str) -> str:
    """The inflection a word ends on: "s" (not "-ss"), "ed", "ing", or none."""
    for end in ("ing", "ed", "s"):
        if word.endswith(end) and not word.endswith("ss"):
            return end
    return ""


def mine(stories: list[dict]) -> list[tuple[str, str]]:
    like: Counter[tuple[str, str]] = Counter()
    every: Counter[tuple[str, str]] = Counter()
    stems: dict[str, str] = {}
    for story in stories:
        for doc in story["documents"]:
            for m in _JOINED.finditer(doc.lower()):
                x, y = m.group(1), m.group(2)
                if x in STOP_WORDS or y in STOP_WORDS:
                    continue
                sx = stems.get(x) or stems.setdefault(x, stem(x))
                sy = stems.get(y) or stems.setdefault(y, stem(y))
                if sx == sy:
                    continue
                key = (sx, sy) if sx < sy else (sy, sx)
                every[key] += 1
                if form(x) == form(y):
                    like[key] += 1
    kept = {k for k, n in like.items() if n >= MIN_LIKE} | {k for k, n in every.items() if n >= MIN_ANY}
    return sorted(kept)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1] / "../shared")
    ap.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "src/newsbrief/align/data/coordinated.txt",
    )
    args = ap.parse_args()
    with gzip.open(args.shared / "data" / "multinews-plus-train.jsonl.gz", "rt", encoding="utf-8") as fh:
        stories = [json.loads(line) for line in fh if line.strip()]
    held = {s["id"] for s in random.Random(HELD_SEED).sample(stories, HELD)}
    pairs = mine([s for s in stories if s["id"] not in held])
    args.out.write_text(HEADER + "".join(f"{a} {b}\n" for a, b in pairs), encoding="utf-8")
    print(f"{len(stories) - len(held)} stories, {len(pairs)} pairs -> {args.out}")


if __name__ == "__main__":
    main()
