"""Where a whole brief spends its CPU time: a sampling profile of `brief_raws` over LongBench dev stories.

    python bench/bench_profile.py [--data FILE] [--limit 20] [--rounds 1] [--interval-ms 1]
                                  [--top 40] [--under FUNCTION] [--folded OUT]

Every story is briefed as the CLI briefs it (`newsbrief.pipeline.brief_raws`, 250 words, analysis on)
after one warm-up story, `--rounds` times. A CPU-time timer (`setitimer(ITIMER_PROF)`) interrupts the
process every `--interval-ms` of CPU (the kernel's tick makes it coarser: 4 ms on the project's machine,
about 20 samples a story) and records the Python stack. Nothing is traced, so a small function costs
what it costs (cProfile's hook on every call makes call-heavy code look several times dearer). Time in
C (a regex search, a dict lookup) counts for the Python line that called it. Printed: the share of the
samples by stage (the first function under `brief_raws` past the pipeline's own), then the top `--top`
lines and functions by their own time ("self": the innermost Python frame) and functions with their
callees; `--under NAME` keeps only the samples whose stack holds a function of that name (`align`,
`needs`), shares then of those. `--folded OUT` writes every distinct stack and its samples, one a line
(`frame;frame;... count`, as flame-graph tools read). `--rounds` above 1 briefs the same stories again
with the process's memo tables warm: a batch worker's steady state, not a first brief's.
"""

from __future__ import annotations

import argparse
import collections
import signal
import sys
from collections.abc import Iterable
from pathlib import Path
from types import FrameType

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/longbench-multinews-dev.jsonl"
PACKAGE_DIR = Path(__file__).resolve().parents[1] / "src" / "newsbrief"
# the package folder's path as resolved and as written (a checkout reached through a symlink)
_PACKAGE_PREFIXES = (f"{PACKAGE_DIR}/", f"{Path(__file__).parents[1] / 'src' / 'newsbrief'}/")


def frame_name(frame: FrameType, line: bool = False) -> str:
    """`module/path.py:function` of a frame (`:line` too), paths short: inside the package relative to it,
    in site-packages relative to it, else the file's name (never relative to a checkout that happens to be
    named newsbrief: a test's `tests/x.py` stays `x.py`)."""
    code = frame.f_code
    path = code.co_filename
    if path.startswith(_PACKAGE_PREFIXES):
        path = path[len(next(p for p in _PACKAGE_PREFIXES if path.startswith(p))) :]
    elif "/site-packages/" in path:
        path = path.split("/site-packages/", 1)[1]
    else:
        path = Path(path).name
    return f"{path}:{code.co_name}" + (f":{frame.f_lineno}" if line else "")


class Profile:
    """The stacks seen, each a tuple of `path:function:line` frames, outermost first, with its samples."""

    def __init__(self) -> None:
        self.stacks: collections.Counter[tuple[str, ...]] = collections.Counter()

    def sample(self, frame: FrameType | None) -> None:
        out: list[str] = []
        while frame is not None:
            out.append(frame_name(frame, line=True))
            frame = frame.f_back
        self.stacks[tuple(reversed(out))] += 1

    def total(self) -> int:
        return sum(self.stacks.values())


# frames between `brief_raws` and a stage's function: the pipeline, the collector's pause, a cached property
_PLUMBING = ("pipeline.py:", "contextlib.py:", "functools.py:", "gcpause.py:")
_SELF = {"bench_profile.py:<module>", "bench_profile.py:main", "bench_profile.py:run"}  # in every sample


def _function(frame: str) -> str:
    return frame.rsplit(":", 1)[0]


def tables(
    stacks: Iterable[tuple[tuple[str, ...], int]], top: int, stage_of: str = "pipeline.py:brief_raws"
) -> list[str]:
    """The report of (stack, samples) pairs: by stage, self by line, self by function, with callees."""
    stacks = list(stacks)
    total = sum(n for _, n in stacks) or 1
    by_stage: collections.Counter[str] = collections.Counter()
    self_line: collections.Counter[str] = collections.Counter()
    self_fn: collections.Counter[str] = collections.Counter()
    cum_fn: collections.Counter[str] = collections.Counter()
    for stack, n in stacks:
        if not stack:
            continue
        self_line[stack[-1]] += n
        self_fn[_function(stack[-1])] += n
        for name in {_function(f) for f in stack} - _SELF:
            cum_fn[name] += n
        fns = [_function(f) for f in stack]
        at = fns.index(stage_of) if stage_of in fns else -1
        stage = next((f for f in fns[at + 1 :] if not f.startswith(_PLUMBING)), "other")
        by_stage[stage if at >= 0 else "outside " + stage_of] += n
    out = [f"{total} samples"]
    for title, counts, k in (
        ("by stage (the first function under brief_raws past the pipeline's own)", by_stage, top),
        ("self, by line", self_line, top),
        ("self, by function", self_fn, top),
        ("with callees, by function", cum_fn, top),
    ):
        out.append(f"== {title}")
        out += [f"{100 * n / total:6.2f}%  {name}" for name, n in counts.most_common(k)]
    return out


def run(args: argparse.Namespace) -> Profile:
    from newsbrief.ingest.stories import StoryRecord, iter_stories
    from newsbrief.model import BriefOptions, RawDoc
    from newsbrief.pipeline import brief_raws

    records = [s for s in iter_stories(str(args.data)) if isinstance(s, StoryRecord)][: args.limit]
    if not records:
        raise SystemExit(f"bench_profile: error: {args.data}: no story in it")

    def raws(s: StoryRecord) -> list[RawDoc]:
        return [RawDoc(id=str(i), source=f"{s.id}#{i}", raw=d) for i, d in enumerate(s.documents)]

    options = BriefOptions(words=250).validate()
    brief_raws(raws(records[0]), options)  # warm-up: imports, tables
    profile = Profile()
    signal.signal(signal.SIGPROF, lambda _sig, frame: profile.sample(frame))
    seconds = args.interval_ms / 1000
    signal.setitimer(signal.ITIMER_PROF, seconds, seconds)
    try:
        for _ in range(args.rounds):
            for s in records:
                brief_raws(raws(s), options)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)
    return profile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=20, help="stories (after the warm-up one)")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--interval-ms", type=float, default=1.0, help="CPU time between two samples")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--under", help="only samples whose stack holds a function of this name")
    ap.add_argument("--folded", type=Path, help="write the stacks here, one a line")
    args = ap.parse_args()
    for name in ("limit", "rounds", "top"):
        if getattr(args, name) < 1:
            ap.error(f"--{name} takes a whole number of 1 or more")
    if not args.interval_ms > 0:
        ap.error("--interval-ms takes a number of milliseconds above 0")
    if not args.data.is_file():
        ap.error(f"--data {args.data}: not found")
    if args.folded is not None and not args.folded.parent.is_dir():
        ap.error(f"--folded {args.folded}: its folder does not exist")
    if not hasattr(signal, "setitimer"):
        sys.exit("bench_profile: error: this platform has no CPU-time timer (signal.setitimer)")
    profile = run(args)
    stacks = profile.stacks.items()
    if args.under:
        stacks = [(s, n) for s, n in stacks if any(_function(f).endswith(":" + args.under) for f in s)]
    rounds = f"{args.limit} stories x {args.rounds} round(s)"
    print(f"{args.data.name}: {rounds}, a sample per {args.interval_ms} ms CPU")
    print("\n".join(tables(stacks, args.top)))
    if args.folded is not None:
        lines = [";".join(s) + f" {n}" for s, n in profile.stacks.items()]
        args.folded.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
