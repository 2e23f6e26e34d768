"""How the articles of `frozen2-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen2_selection.py [--shared ../shared]

multinews-plus-dev (Multi-News validation split, truncated and re-cased text): the articles of at
most 6,000 characters that hold at least 4 quotations of 4+ words, in stories that no labels file
in bench/labels/ uses. Stories are shuffled with a fixed seed; each contributes up to 2 such
articles (drawn at random when it has more), until the drawn articles hold at least 160 such
quotations (and at least 14 articles).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = 20261130 + 2
DATA = "multinews-plus-dev.jsonl"
TARGET_QUOTATIONS = 160
MIN_ARTICLES = 14
_QUOTE = re.compile(r"“(.*?)”|\"([^\"]*)\"", re.S)


def quotations(doc: str) -> int:
    """Quotations of 4+ words (speech rather than titles and terms)."""
    return sum(len(max(m, key=len).split()) >= 4 for m in _QUOTE.findall(doc))


def eligible(doc: str) -> bool:
    return quotations(doc) >= 4 and len(doc) <= 6000


def used_stories(labels_dir: Path) -> set[str]:
    """Story ids of every labels file already in bench/labels/ (this set's own file excepted)."""
    used: set[str] = set()
    for path in sorted(labels_dir.glob("*.json")):
        if path.name == "frozen2-unseen.json":
            continue
        for story in json.loads(path.read_text(encoding="utf-8")).get("stories", []):
            used.add(story["story"])
    return used


def draw(rows: list[dict], used: set[str]) -> list[tuple[str, int, int]]:
    """(story id, document index, 1-based line) of the drawn articles, in file order."""
    rng = random.Random(SEED)
    lines = {
        i: c
        for i, r in enumerate(rows, 1)
        if r["id"] not in used and (c := [j for j, d in enumerate(r["documents"]) if eligible(d)])
    }
    picks: list[tuple[str, int, int]] = []
    total = 0
    for i in rng.sample(sorted(lines), len(lines)):
        docs = sorted(rng.sample(lines[i], min(2, len(lines[i]))))
        picks += [(rows[i - 1]["id"], j, i) for j in docs]
        total += sum(quotations(rows[i - 1]["documents"][j]) for j in docs)
        if total >= TARGET_QUOTATIONS and len(picks) >= MIN_ARTICLES:
            break
    return sorted(picks, key=lambda p: (p[2], p[1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    data = Path(ap.parse_args().shared) / "data" / DATA
    rows = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines()]
    picks = draw(rows, used_stories(Path(__file__).resolve().parent))
    for story, doc, line in picks:
        n = quotations(rows[line - 1]["documents"][doc])
        print(story, doc, f"(line {line}, {n} quotations of 4+ words)")
    print(len(picks), "articles,", len({p[0] for p in picks}), "stories")


if __name__ == "__main__":
    main()
