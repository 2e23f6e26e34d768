"""What the cleaner removes, by reason: `python -m newsbrief.clean.report FILE_OR_JSONL...`.

Text/HTML files count as one story together; a JSONL stories file counts story by story. Prints, per
reason, how many spans were removed, their words and their share of all raw words, and the median
cleaning time per story (for a feel of speed; benchmarks live in bench/).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from ..model import RawDoc
from .clean import clean


def _stories(paths: list[str]) -> list[list[RawDoc]]:
    from ..ingest import load
    from ..ingest.stories import StoryRecord, iter_stories

    stories: list[list[RawDoc]] = []
    plain = [p for p in paths if not p.endswith((".jsonl", ".jsonl.gz"))]
    if plain:
        stories.append(load(plain))
    for p in paths:
        if p in plain:
            continue
        for s in iter_stories(Path(p)):
            if isinstance(s, StoryRecord):
                stories.append([RawDoc(f"{s.id}-{k}", s.id, d) for k, d in enumerate(s.documents, 1)])
    return stories


def report(paths: list[str]) -> str:
    """The removal table of these inputs, as plain text."""
    stories = _stories(paths)
    spans: Counter[str] = Counter()
    words: Counter[str] = Counter()
    total_words, times = 0, []
    for docs in stories:
        t = time.perf_counter()
        cleaned = [clean(d) for d in docs]
        times.append((time.perf_counter() - t) * 1000)
        for d in cleaned:
            total_words += len(d.raw.split())
            for r in d.removed:
                spans[r.reason] += 1
                words[r.reason] += len(r.text.split())
    n_docs = sum(len(s) for s in stories)
    lines = [f"{len(stories)} stories, {n_docs} documents, {total_words} raw words", ""]
    lines.append(f"{'reason':<20} {'spans':>6} {'words':>7} {'% words':>8}")
    for reason, count in sorted(spans.items(), key=lambda kv: (-kv[1], kv[0])):
        share = 100 * words[reason] / max(total_words, 1)
        lines.append(f"{reason:<20} {count:>6} {words[reason]:>7} {share:>7.2f}%")
    removed = sum(words.values())
    share = 100 * removed / max(total_words, 1)
    lines.append(f"{'all':<20} {sum(spans.values()):>6} {removed:>7} {share:>7.2f}%")
    lines.append("")
    lines.append(f"median clean time per story: {statistics.median(times):.2f} ms")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print(__doc__, file=sys.stderr)
        return 2
    sys.stdout.write(report(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
