"""A hash of every brief's JSON (no timings) over the dev sets and the seeds: proof that a speed change
changed no output.

    python scripts/brief_hashes.py [--out hashes.txt] [--compare other.txt] [--limit N]

Briefs go through `newsbrief.pipeline.brief` exactly as `newsbrief brief FILE --story ID --format json
--no-timings` does (default method, 250 words, analysis on), over every story of
longbench-multinews-dev and duc2003-task2-dev, the two seeds together and each alone. Prints one line
per brief (`name sha256`) and an overall hash; `--compare` names every brief whose hash differs from a
file an earlier run wrote. To compare two commits, run the same script on both checkouts
(`PYTHONPATH=<checkout>/src`), then `--compare`.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SETS = ("longbench-multinews-dev.jsonl", "duc2003-task2-dev.jsonl")


def cases(limit: int | None) -> Iterator[tuple[str, list[str], str | None]]:
    """(name, inputs, story id) of every brief to hash."""
    from newsbrief.ingest.stories import StoryRecord, iter_stories

    for name in SETS:
        path = SHARED / "data" / name
        records = [s for s in iter_stories(str(path)) if isinstance(s, StoryRecord)][:limit]
        for s in records:
            yield s.id, [str(path)], s.id
    seeds = sorted(str(p) for p in (SHARED / "seeds").glob("*.txt"))
    yield "seeds", seeds, None
    for p in seeds:
        yield f"seed:{Path(p).name}", [p], None


def digest(inputs: list[str], story: str | None) -> str:
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    b = brief(inputs, story=story, timings=False)
    return hashlib.sha256(render(b, "json").encode()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the hashes here too")
    ap.add_argument("--compare", type=Path, help="a file of hashes from another run")
    ap.add_argument("--limit", type=int, default=None, help="stories per data set")
    args = ap.parse_args()
    if not (SHARED / "data").is_dir():
        sys.exit(f"brief_hashes: error: {SHARED / 'data'}: not found")
    lines = [f"{name} {digest(inputs, story)}" for name, inputs, story in cases(args.limit)]
    total = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    print("\n".join(lines))
    print(f"{len(lines)} briefs, overall {total}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    if args.compare:
        before = dict(line.split() for line in args.compare.read_text().splitlines() if line.strip())
        now = dict(line.split() for line in lines)
        differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        print(f"differ from {args.compare}: {len(differ)}" + (": " + ", ".join(differ) if differ else ""))
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
