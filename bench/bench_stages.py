"""Median milliseconds per story for each pipeline stage; prints a table.

    python bench/bench_stages.py [--data ../shared/data/longbench-multinews-dev.jsonl] [--method default]
                                 [--limit N] [--no-analysis] [--cpu] [--repeat R]
    python bench/bench_stages.py --against /path/to/other/checkout/src [--rounds 3] [--limit N] ...

Each story is run through `newsbrief.pipeline.brief_raws` as the CLI runs it, after one warm-up story
(imports and model tables load once per process, as in a batch worker). By default the stages are timed
by wall clock (`time.perf_counter` around each stage); with `--cpu` by the process's CPU time
(`time.process_time`), which load from other processes on a shared machine barely moves. "total" is
the whole call, "other" the part of it outside the named stages. `--repeat` runs every story R times
and keeps its fastest run.

`--against SRC` compares this checkout with another (a `src` directory, e.g. an export of main) in the
same conditions: it runs this script `--rounds` times for each, alternating, in fresh processes (CPU time,
one BLAS thread), and prints each stage's median over the rounds for both and their ratio.
`--python PY` runs the `--against` side with another interpreter of the same Python version, given this
one's packages (its site-packages on `PYTHONPATH`): `--against src --python /usr/bin/python3.11` compares
two builds of CPython on one checkout (session 48: the venv's pyenv build has no PGO/LTO).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/longbench-multinews-dev.jsonl"
HERE_SRC = Path(__file__).resolve().parents[1] / "src"


class StageClock:
    """The pipeline's `Timer` interface (`stage(name)`, `ms`) on any clock; defined here so that this
    script can time any checkout of newsbrief, older ones included."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.ms: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        t = self.clock()
        yield
        self.ms[name] = self.ms.get(name, 0.0) + (self.clock() - t) * 1000


def measure(args: argparse.Namespace) -> dict[str, list[float]]:
    """Per-stage milliseconds of every story (its fastest of `args.repeat` runs)."""
    from newsbrief.ingest.stories import StoryRecord, iter_stories
    from newsbrief.model import BriefOptions, RawDoc
    from newsbrief.pipeline import brief_raws

    def raws(story: StoryRecord) -> list[RawDoc]:
        return [RawDoc(id=str(i), source=f"{story.id}#{i}", raw=d) for i, d in enumerate(story.documents)]

    clock = time.process_time if args.cpu else time.perf_counter
    options = BriefOptions(words=args.words, method=args.method, analysis=not args.no_analysis).validate()
    stories = [s for s in iter_stories(args.data) if isinstance(s, StoryRecord)][: args.limit]
    brief_raws(raws(stories[0]), options)  # warm-up: imports, tables, caches
    stages: dict[str, list[float]] = {}
    for story in stories:
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            timer = StageClock(clock)
            docs = raws(story)
            t = clock()
            brief_raws(docs, options, timer)  # type: ignore[arg-type]
            total = (clock() - t) * 1000
            run = {**timer.ms, "other": total - sum(timer.ms.values()), "total": total}
            if not best or run["total"] < best["total"]:
                best = run
        for name, ms in best.items():
            stages.setdefault(name, []).append(ms)
    return stages


def table(stages: dict[str, list[float]]) -> None:
    print(f"{'stage':12} {'median ms':>10} {'p90 ms':>8} {'mean ms':>8}")
    for name, values in stages.items():
        values = sorted(values)
        p90 = values[int(0.9 * (len(values) - 1))]
        print(f"{name:12} {statistics.median(values):10.2f} {p90:8.2f} {statistics.fmean(values):8.2f}")


def compare(args: argparse.Namespace) -> None:
    """Alternate fresh runs of this checkout and `args.against`; print medians over the rounds."""
    passed = ["--data", args.data, "--method", args.method, "--words", str(args.words)]
    passed += ["--repeat", str(args.repeat), *(["--limit", str(args.limit)] if args.limit else [])]
    passed += ["--no-analysis"] if args.no_analysis else []
    sides = {"this": str(HERE_SRC), "against": str(Path(args.against).resolve())}
    python = {"this": sys.executable, "against": args.python or sys.executable}
    if args.python:  # the other interpreter reads this one's packages
        sides["against"] += os.pathsep + sysconfig.get_paths()["purelib"]
    medians: dict[str, dict[str, list[float]]] = {side: {} for side in sides}
    for _ in range(args.rounds):
        for side, src in sides.items():
            env = {**os.environ, "PYTHONPATH": src, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
            cmd = [python[side], __file__, *passed, "--cpu", "--json"]
            done = subprocess.run(cmd, env=env, capture_output=True, text=True)
            if done.returncode:  # one line: the run's last, not a traceback of the call
                last = (done.stderr.strip().splitlines() or ["no message"])[-1]
                sys.exit(f"bench_stages: error: the run of {src} failed (exit {done.returncode}): {last}")
            out = done.stdout
            for name, ms in json.loads(out).items():
                medians[side].setdefault(name, []).append(ms)
    print(f"CPU ms per story, median of {args.rounds} alternating runs; this={sides['this']}")
    print(f"against={sides['against']}" + (f" with {args.python}" if args.python else ""))
    print(f"{'stage':12} {'this':>8} {'against':>8} {'ratio':>6}")
    names = list(dict.fromkeys([*medians["against"], *medians["this"]]))
    for name in names:
        a = statistics.median(medians["this"].get(name, [0.0]))
        b = statistics.median(medians["against"].get(name, [0.0]))
        print(f"{name:12} {a:8.2f} {b:8.2f} {a / b if b else float('nan'):6.2f}")


def other_python(python: str) -> str | None:
    """What keeps `python` from running the `--against` side with this interpreter's packages, or None."""
    version = "import sys; print('{}.{}'.format(*sys.version_info))"
    try:
        done = subprocess.run([python, "-c", version], capture_output=True, text=True, timeout=60)
    except OSError as e:
        return f"cannot run it ({e.strerror})"
    except subprocess.TimeoutExpired:
        return "cannot run it (no answer in 60 s)"
    mine = "{}.{}".format(*sys.version_info)
    if done.returncode or not done.stdout.strip():
        return "cannot run it (no Python version printed)"
    if done.stdout.strip() != mine:
        return f"Python {done.stdout.strip()}, this is {mine} (its packages are built for this one)"
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--method", default="default")
    ap.add_argument("--words", type=int, default=250)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-analysis", action="store_true")
    ap.add_argument("--cpu", action="store_true", help="time by CPU time (process_time), not wall clock")
    ap.add_argument("--repeat", type=int, default=1, help="runs per story; the fastest counts")
    ap.add_argument("--json", action="store_true", help="print only {stage: median ms} as JSON")
    ap.add_argument("--against", help="another checkout's src directory to compare with")
    ap.add_argument("--rounds", type=int, default=3, help="alternating runs per side with --against")
    ap.add_argument("--python", help="the interpreter that runs the --against side (same Python version)")
    args = ap.parse_args()
    if args.python and not args.against:
        ap.error("--python: needs --against (the side it runs)")
    if args.python and (problem := other_python(args.python)):
        ap.error(f"--python {args.python}: {problem}")
    if not Path(args.data).is_file():
        ap.error(f"--data {args.data}: not found")
    if args.against and not (Path(args.against) / "newsbrief").is_dir():
        ap.error(f"--against {args.against}: no newsbrief package in it (give a checkout's src)")
    if args.against:
        compare(args)
        return
    stages = measure(args)
    if args.json:
        print(json.dumps({name: statistics.median(v) for name, v in stages.items()}))
        return
    n = len(next(iter(stages.values())))
    clock = "CPU time" if args.cpu else "wall clock"
    print(f"{n} stories from {Path(args.data).name}, method={args.method}, words={args.words}, {clock}")
    table(stages)


if __name__ == "__main__":
    main()
