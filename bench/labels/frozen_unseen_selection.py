"""How the articles of `frozen-unseen.json` were drawn (fixed seed); prints them.

    python bench/labels/frozen_unseen_selection.py [--shared ../shared]

DUC 2006: 5 topics at random among those with at least 2 articles holding >= 8 quotations of 4+
words and <= 6,000 characters; 2 such articles at random in each. longbench-multinews-dev: 4 lines,
then a 5th (the first 14 articles held 144 quotes, short of the 150 aimed for), at random among
the lines no one had labelled or tuned on that have such an article; one such article per line.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

SEED = 20261130
USED_LINES = {5, 13, 18, 25, 27, 32, 33, 34, 44, 45, 46, 55, 59, 86, 96}  # analysis.json, heldout.json
_QUOTE = re.compile(r"``(.*?)''|“(.*?)”|\"([^\"]*)\"", re.S)


def quotations(doc: str) -> int:
    """Quotations of 4+ words (speech rather than titles and terms)."""
    return sum(len(max(m, key=len).split()) >= 4 for m in _QUOTE.findall(doc))


def eligible(doc: str) -> bool:
    return quotations(doc) >= 8 and len(doc) <= 6000


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    data = Path(ap.parse_args().shared) / "data"
    rng = random.Random(SEED)
    duc = _rows(data / "duc2006-dev.jsonl")
    cands = {r["id"]: [j for j, d in enumerate(r["documents"]) if eligible(d)] for r in duc}
    cands = {k: v for k, v in cands.items() if len(v) >= 2}
    picks: list[tuple[str, int, int | None]] = []
    for topic in sorted(rng.sample(sorted(cands), 5)):
        picks += [(topic, j, None) for j in sorted(rng.sample(cands[topic], 2))]
    lb = _rows(data / "longbench-multinews-dev.jsonl")
    lines = {
        i: c
        for i, r in enumerate(lb, 1)
        if i not in USED_LINES and (c := [j for j, d in enumerate(r["documents"]) if eligible(d)])
    }
    first = rng.sample(sorted(lines), 4)
    for i in sorted(first):
        picks.append((lb[i - 1]["id"], rng.choice(lines[i]), i))
    extra = rng.choice(sorted(set(lines) - set(first)))
    picks.append((lb[extra - 1]["id"], rng.choice(lines[extra]), extra))
    for story, doc, line in picks:
        print(story, doc, f"(line {line})" if line else "")


if __name__ == "__main__":
    main()
