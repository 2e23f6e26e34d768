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

from ..errors import InputError, counted
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
        items = list(iter_stories(Path(p)))
        good = [s for s in items if isinstance(s, StoryRecord)]
        if not good:  # an empty file, or bad rows only: was a StatisticsError traceback (no median)
            bad = [s for s in items if not isinstance(s, StoryRecord)]
            why = f" ({len(bad)} bad row{'s' * (len(bad) != 1)}; the first: {bad[0].reason})" if bad else ""
            raise InputError(f"no usable story in the file{why}", p)
        stories.extend([RawDoc(f"{s.id}-{k}", s.id, d) for k, d in enumerate(s.documents, 1)] for s in good)
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
    counts = [counted(len(stories), "story"), counted(n_docs, "document"), counted(total_words, "raw word")]
    lines = [", ".join(counts), ""]
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
    """The table of the inputs on stdout, exit 0; `-h`/`--help` this module's text. A mistake is one
    line and exit code as `newsbrief`'s (`errors.error_line`: 1 for an input, 2 for usage): a missing
    file, a device, an option were tracebacks, and no input printed the whole text with exit 2."""
    from ..errors import NewsbriefError, UsageError, error_line
    from ..io import emit

    args = sys.argv[1:] if argv is None else argv
    try:
        if args in (["-h"], ["--help"]):
            emit(__doc__, None)
            return 0
        if not args:
            raise UsageError("no input: give text or HTML files, or JSONL stories files (or --help)")
        option = next((a for a in args if a.startswith("-") and a != "-"), None)
        if option is not None:
            raise UsageError("no such option (the only one is --help)", option)
        emit(report(args), None)
    except NewsbriefError as e:
        print(error_line(e), file=sys.stderr)
        return e.exit_code
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
