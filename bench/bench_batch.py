"""Batch throughput: stories/s and peak memory for --jobs 1, --jobs 2 and a Dask LocalCluster.

    python bench/bench_batch.py [--data-dir ../shared/data] [--repeats 3] [--method default]
                                [--only longbench] [--profile]

Each run is the real command in a fresh process (`newsbrief batch FILE -o OUT --restart --quiet`).
"wall/s" is stories per second of wall time including start-up (imports, forking or starting the
cluster, model warm-up); "steady/s" is the rate after start-up, from the command's own final line.
Memory is sampled every 50 ms over the whole process tree (psutil, which comes with distributed):
the peak of the summed PSS (shared pages counted once) and of the summed RSS. "CPU s" is the user +
system time of the whole process tree: unlike wall time it barely moves when other jobs load the
machine, so (CPU s / stories) is the per-story cost to compare. Medians over repeats.
`--profile` adds a cProfile of the per-story function in one process: where a story's time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
FILES = {"multinews-plus": "multinews-plus-dev.jsonl", "longbench": "longbench-multinews-dev.jsonl"}
CONFIGS = {
    "--jobs 1": ["--jobs", "1"],
    "--jobs 2": ["--jobs", "2"],
    "dask local (2)": ["--dask", "local", "--jobs", "2"],
}
STEADY = re.compile(r"then ([\d.]+) stories/s")


class TreeMemory:
    """Peak summed PSS and RSS of a process and all its descendants, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.05) -> None:
        self.pid, self.every = pid, every
        self.pss = self.rss = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        try:
            root = psutil.Process(self.pid)
        except psutil.NoSuchProcess:
            return
        while not self.stop.is_set():
            pss = rss = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.NoSuchProcess:
                return
            for p in procs:
                try:
                    m = p.memory_full_info()
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
                pss += getattr(m, "pss", m.rss)
                rss += m.rss
            self.pss, self.rss = max(self.pss, pss), max(self.rss, rss)
            self.stop.wait(self.every)

    def __enter__(self) -> TreeMemory:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()


def run_once(data: Path, args: list[str], method: str) -> tuple[float, float, float, float, float]:
    """(wall s, steady stories/s, CPU s of the whole process tree, peak PSS MB, peak RSS MB) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "newsbrief.cli", "batch", str(data), "-o", f"{tmp}/out.jsonl"]
        cmd += [*args, "--method", method, "--restart", "--quiet"]
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            import psutil  # noqa: F401

            with TreeMemory(proc.pid) as mem:
                _, err = proc.communicate()
            pss, rss = mem.pss / 2**20, mem.rss / 2**20
        except ImportError:  # no psutil: the largest single process, from the kernel's accounting
            _, err = proc.communicate()
            pss = rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        wall = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise SystemExit(f"batch failed ({proc.returncode}): {err.strip()}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    m = STEADY.search(err)
    return wall, float(m.group(1)) if m else float("nan"), cpu, pss, rss


def profile(data: Path, method: str, limit: int) -> None:
    """cProfile of the per-story function over `limit` stories, after a warm-up, in this process."""
    from newsbrief.batch.sources import iter_items
    from newsbrief.batch.work import Options, Task, run_story, warm_up
    from newsbrief.ingest.stories import StoryRecord

    opts = Options(method=method)
    warm_up(method, True)
    tasks = [Task(i, s.id, s.documents) for i, s in enumerate(iter_items(data)) if isinstance(s, StoryRecord)]
    tasks = tasks[:limit]
    prof = cProfile.Profile()
    t = time.perf_counter()
    prof.enable()
    for task in tasks:
        run_story(task, opts)
    prof.disable()
    ms = (time.perf_counter() - t) * 1000 / len(tasks)
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    stats.sort_stats("cumulative").print_stats(r"newsbrief", 25)
    stats.sort_stats("tottime").print_stats(15)
    print(f"\nprofile: {len(tasks)} stories of {data.name}, {ms:.1f} ms/story under cProfile (one process)")
    print(out.getvalue())


ROW = "{:16} {:>7} {:16} {:>7} {:>7} {:>8} {:>7} {:>7} {:>7}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=DATA)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--method", default="default")
    ap.add_argument("--only", choices=list(FILES), default=None)
    ap.add_argument(
        "--configs", default=",".join(CONFIGS), help="comma-separated subset of: " + ", ".join(CONFIGS)
    )
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    files = {k: v for k, v in FILES.items() if args.only in (None, k)}
    configs = [c.strip() for c in args.configs.split(",")]
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"method={args.method}, medians of {args.repeats} runs (configs interleaved); load average {load}")
    print(
        ROW.format("file", "stories", "config", "wall s", "wall/s", "steady/s", "CPU s", "PSS MB", "RSS MB")
    )
    for name, fname in files.items():
        data = args.data_dir / fname
        n = sum(1 for line in data.open(encoding="utf-8") if line.strip())
        runs: dict[str, list[tuple[float, ...]]] = {c: [] for c in configs}
        for _ in range(args.repeats):  # interleaved, so a burst of load from elsewhere hits every config
            for label in configs:
                runs[label].append(run_once(data, CONFIGS[label], args.method))
        for label in configs:
            wall, steady, cpu, pss, rss = (statistics.median(x) for x in zip(*runs[label], strict=True))
            cells = (
                f"{wall:.2f}",
                f"{n / wall:.1f}",
                f"{steady:.1f}",
                f"{cpu:.1f}",
                f"{pss:.0f}",
                f"{rss:.0f}",
            )
            print(ROW.format(name, n, label, *cells), flush=True)
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if args.profile:
        profile(args.data_dir / FILES[args.only or "longbench"], args.method, 100)


if __name__ == "__main__":
    main()
