"""How the articles of `caseless-entities-frozen35.json` were drawn (fixed seed); prints them.

    python bench/labels/caseless_entities35_selection.py [--shared ../shared] [--closed FILE]

multinews-plus-dev (lower-cased Multi-News validation text): the stories that no labels file in
bench/labels/ uses (this set's own file excepted) and that the closed list
(`/work/coord/s35/pool/closed.txt` by default, when it exists) does not name, whose first article is
800 to 3,000 characters long (short enough to label every name by hand). `random.Random(3537)` draws 2
of them; the first article of each is labelled (people and organisations only).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SEED = 3537
DATA = "multinews-plus-dev.jsonl"
STORIES = 2
MIN_CHARS, MAX_CHARS = 800, 3000
OWN = "caseless-entities-frozen35.json"


def used_stories(labels_dir: Path) -> set[str]:
    """Story ids of every labels file in bench/labels/ (this set's own file excepted)."""
    used: set[str] = set()
    for path in sorted(labels_dir.glob("*.json")):
        if path.name == OWN:
            continue
        data = json.loads(path.read_text(encoding="utf-8"))
        for row in [*data.get("stories", []), *data.get("items", [])]:
            if isinstance(row, dict) and "story" in row:
                used.add(str(row["story"]))
    return used


def draw(rows: list[dict], used: set[str], closed: set[str]) -> list[str]:
    """The drawn story ids, in draw order."""
    ids = sorted(
        r["id"]
        for r in rows
        if r["id"] not in used | closed and MIN_CHARS <= len(r["documents"][0]) <= MAX_CHARS
    )
    return random.Random(SEED).sample(ids, STORIES)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[3] / "shared"))
    ap.add_argument("--closed", default="/work/coord/s35/pool/closed.txt")
    args = ap.parse_args()
    text = (Path(args.shared) / "data" / DATA).read_text(encoding="utf-8")
    rows = [json.loads(line) for line in text.splitlines()]
    closed_path = Path(args.closed)
    closed = set(closed_path.read_text().split()) if closed_path.exists() else set()
    for story in draw(rows, used_stories(Path(__file__).resolve().parent), closed):
        row = next(r for r in rows if r["id"] == story)
        print(story, f"article 0, {len(row['documents'][0])} chars")


if __name__ == "__main__":
    main()
