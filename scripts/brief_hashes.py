"""A hash of every brief's JSON (no timings) over the dev sets, the seeds and the built-in example:
proof that a speed change changed no output.

    python scripts/brief_hashes.py [--shared DIR] [--out hashes.txt] [--compare other.txt] [--limit N]
                                   [--closed FILE] [--set NAME ...]
    python scripts/brief_hashes.py --against /path/to/other/checkout/src [--limit N] [--closed FILE]
                                   [--set NAME ...]

Briefs go through `newsbrief.pipeline.brief` exactly as `newsbrief brief FILE --story ID --format json
--no-timings` does (default method, 250 words, analysis on), over every story of
longbench-multinews-dev and duc2003-task2-dev (or of the dev sets `--set` names, repeatable: also
multinews-plus-dev, the lower-cased path, and duc2006-dev), the two seeds together and each alone, and the
built-in example (`newsbrief brief --example`). A story the tool refuses hashes its one-line error;
warnings are neither printed nor hashed. Prints one line per brief (`name sha256`) and an
overall hash; `--compare` names every brief whose hash differs from a file an earlier run wrote.
`--against SRC` runs the same briefs with another checkout's `src` (e.g. an export of main) in a
second process at the same time and compares: exit 1 when any brief's JSON differs.
`--closed FILE` (story ids, one a line, as bench/bench_align.py's) leaves those stories out: they are
neither read nor briefed nor printed.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

# ../shared beside the checkout, or NEWSBRIEF_SHARED (as the tests read it), or --shared.
SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", Path(__file__).resolve().parents[2] / "shared"))
# The dev sets `--set` accepts, and those hashed without it.
SETS = ("longbench-multinews-dev", "duc2003-task2-dev", "multinews-plus-dev", "duc2006-dev")
DEFAULT_SETS = ("longbench-multinews-dev", "duc2003-task2-dev")


def cases(
    shared: Path,
    limit: int | None,
    closed: frozenset[str] = frozenset(),
    sets: tuple[str, ...] = DEFAULT_SETS,
) -> Iterator[tuple[str, list[str], str | None]]:
    """(name, inputs, story id) of every brief to hash: the stories of `sets` (dev set names), those of
    `closed` left out, then the seeds and the example (which has no inputs)."""
    from newsbrief.ingest.stories import StoryRecord, iter_stories

    for name in sets:
        path = shared / "data" / f"{name}.jsonl"
        records = [s for s in iter_stories(str(path)) if isinstance(s, StoryRecord) and s.id not in closed]
        records = records[:limit]
        for s in records:
            yield s.id, [str(path)], s.id
    seeds = sorted(str(p) for p in (shared / "seeds").glob("*.txt"))
    yield "seeds", seeds, None
    for p in seeds:
        yield f"seed:{Path(p).name}", [p], None
    yield "example", [], None


def digest(inputs: list[str], story: str | None) -> str:
    """The hash of the brief's JSON, or of the one-line error of a story with nothing usable. Warnings
    are not printed (a dev set has hundreds) nor hashed (hashes stay those earlier runs wrote)."""
    from newsbrief.errors import InputError
    from newsbrief.pipeline import brief
    from newsbrief.render import render

    log = logging.getLogger("newsbrief")
    shown = log.handlers[:]
    log.handlers[:] = [logging.NullHandler()]
    try:
        if inputs:
            text = render(brief(inputs, story=story, timings=False), "json")
        else:  # the built-in example, as `newsbrief brief --example` reads it
            from newsbrief.example import example_docs

            text = render(brief(raws=example_docs(), timings=False), "json")
    except InputError as e:
        text = f"error: {e}"
    finally:
        log.handlers[:] = shown
    return hashlib.sha256(text.encode()).hexdigest()


def differing(before: list[str], now: list[str]) -> list[str]:
    """Names of the briefs whose hash is not the same in both lists of `name sha256` lines (the printed
    `N briefs, overall H` line, in a saved stdout, is not one)."""
    a = dict(line.split() for line in before if len(line.split()) == 2)
    b = dict(line.split() for line in now if len(line.split()) == 2)
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the hashes here too")
    ap.add_argument("--compare", type=Path, help="a file of hashes from another run")
    ap.add_argument("--against", type=Path, help="another checkout's src: hash its briefs too and compare")
    ap.add_argument("--limit", type=int, default=None, help="stories per data set")
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared folder (data/, seeds/)")
    ap.add_argument("--closed", type=Path, help="a file of story ids (one a line) to leave out")
    ap.add_argument(
        "--set",
        dest="sets",
        action="append",
        metavar="NAME",
        help=f"a dev set to hash (repeatable; one of {', '.join(SETS)}; default: {', '.join(DEFAULT_SETS)})",
    )
    args = ap.parse_args()
    sets = tuple(dict.fromkeys(args.sets or DEFAULT_SETS))
    unknown = [s for s in sets if s not in SETS]
    if unknown:
        sys.exit(f"brief_hashes: error: --set {unknown[0]}: not a dev set (one of {', '.join(SETS)})")
    if not (args.shared / "data").is_dir():
        sys.exit(f"brief_hashes: error: {args.shared / 'data'}: not found")
    missing = [name for name in sets if not (args.shared / "data" / f"{name}.jsonl").is_file()]
    if missing:
        sys.exit(f"brief_hashes: error: {args.shared / 'data' / missing[0]}.jsonl: not found")
    closed = frozenset(args.closed.read_text(encoding="utf-8").split()) if args.closed else frozenset()
    other = None
    if args.against:
        env = {**os.environ, "PYTHONPATH": str(args.against.resolve())}
        cmd = [sys.executable, __file__, "--shared", str(args.shared)]
        cmd += ["--limit", str(args.limit)] if args.limit else []
        cmd += ["--closed", str(args.closed.resolve())] if args.closed else []
        cmd += [a for name in sets for a in ("--set", name)]
        other = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    briefs = cases(args.shared, args.limit, closed, sets)
    lines = [f"{name} {digest(inputs, story)}" for name, inputs, story in briefs]
    total = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    print("\n".join(lines))
    print(f"{len(lines)} briefs, overall {total}")
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    if args.compare:
        differ = differing(args.compare.read_text().splitlines(), lines)
        print(f"differ from {args.compare}: {len(differ)}" + (": " + ", ".join(differ) if differ else ""))
        sys.exit(1 if differ else 0)
    if other is not None:
        out, _ = other.communicate()
        if other.returncode:
            sys.exit(f"brief_hashes: error: {args.against}: the run failed (exit {other.returncode})")
        theirs = [line for line in out.splitlines() if " briefs, overall " not in line]
        differ = differing(theirs, lines)
        print(f"differ from {args.against}: {len(differ)}" + (": " + ", ".join(differ) if differ else ""))
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
