"""Instructions each stage executes per LongBench dev story, counted by cachegrind; prints a table.

    python bench/bench_instructions.py [--stages align,rules,brief] [--limit 30] [--data FILE]
                                       [--closed FILE] [--against OTHER/src] [--jobs 2] [--keep DIR]

CPU-time benches on this shared machine disagree by up to 20 % between two runs of the same code;
instruction counts under `valgrind --tool=cachegrind` (no cache simulation, `PYTHONHASHSEED=0`) repeat
within about 0.01 % (two trees of the same code differ by up to 0.03 %: their paths differ), so a
small output-identical cut can be read from them. A count is not a time (a cache miss costs more than
an add): quote it beside a timed bench, not instead of one.

Each tree runs one worker process per stage plus one baseline, each under cachegrind. Every worker
imports newsbrief, reads the first `--limit` stories of `--data` (less those of `--closed`), prepares
them (clean + segment) and warms each of `--stages` up on the first story (data tables load once per
process); a stage's worker then runs that stage once on each story. A stage's instructions are its
worker's count less the baseline's, so imports, reading and preparation cancel out. Stages:
  align   `align` on a fresh copy of each prepared story (as bench_align_speed.py times it)
  rules   the rules path of issue 15: `find_entities(story, "rules")` and `quotes.extract` on a fresh
          story, its sentences split before (as bench_analysis.py's speed table times it)
  brief   `brief_raws` at 250 words with analysis, from the raw documents (as bench_stages.py)
`--against SRC` counts another checkout's `src` the same way and prints the ratio (this / against).
`--keep DIR` keeps the cachegrind files there for `cg_annotate` (C-level functions: the interpreter).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from label_scoring import closed_ids

SHARED = Path(os.environ.get("NEWSBRIEF_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DEFAULT_DATA = SHARED / "data/longbench-multinews-dev.jsonl"
HERE_SRC = Path(__file__).resolve().parents[1] / "src"
STAGES = ("align", "rules", "brief")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")
_STORIES = re.compile(r"^stories (\d+)$", re.M)  # a worker's count of the stories it ran (its stdout)


def work(stage: str, warm: list[str], data: str, limit: int, closed: Path | None) -> None:
    """The worker: prepare the stories, warm the stages of `warm` up, then run `stage` ("none": the
    baseline)."""
    from newsbrief import segment
    from newsbrief.align import align
    from newsbrief.analyze import find_entities
    from newsbrief.analyze.quotes import extract
    from newsbrief.ingest.stories import StoryRecord, iter_stories
    from newsbrief.model import BriefOptions, RawDoc, Story
    from newsbrief.pipeline import brief_raws, prepare_story

    shut = frozenset(closed.read_text(encoding="utf-8").split()) if closed else frozenset()
    records = [s for s in iter_stories(data) if isinstance(s, StoryRecord) and s.id not in shut][:limit]
    raws = [
        [RawDoc(id=str(i), source=f"{r.id}#{i}", raw=d) for i, d in enumerate(r.documents)] for r in records
    ]
    stories = [prepare_story(r) for r in raws]
    options = BriefOptions(words=250, method="default", analysis=True).validate()

    # the rules path's fresh stories (their sentences split again, as bench_analysis.py's), made in every
    # worker before any stage runs: the split is no part of the path
    fresh = [Story(s.documents, segment.split_all(s.documents)) for s in stories]

    def rules(story: Story) -> None:
        extract(story.documents, story.sentences, find_entities(story, "rules"))

    jobs = {
        "align": lambda k: align(Story(stories[k].documents, stories[k].sentences)),
        "rules": lambda k: rules(fresh[k]),
        "brief": lambda k: brief_raws(raws[k], options),
    }
    for name in warm:  # the same warm-up in every worker of a tree, so that it cancels out
        jobs[name](0)
    fresh[0] = Story(stories[0].documents, segment.split_all(stories[0].documents))  # afresh
    print(f"stories {len(stories)}")  # fewer than --limit when the file (less --closed) holds fewer
    if stage != "none":
        for k in range(len(stories)):
            jobs[stage](k)


def count(src: str, stage: str, args: argparse.Namespace, keep: Path | None) -> tuple[int, int]:
    """Instructions of one worker process under cachegrind, and the stories it ran."""
    out = keep / f"cachegrind.{Path(src).parent.name}.{stage}" if keep else Path("/dev/null")
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", f"--cachegrind-out-file={out}"]
    cmd += [sys.executable, __file__, "--worker", stage, "--stages", args.stages, "--data", args.data]
    cmd += ["--limit", str(args.limit)]
    cmd += ["--closed", str(args.closed.resolve())] if args.closed else []
    env = {**os.environ, "PYTHONPATH": src, "PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1"}
    env["OPENBLAS_NUM_THREADS"] = "1"
    run = subprocess.run(cmd, env=env, capture_output=True, text=True)
    found, stories = _REFS.findall(run.stderr), _STORIES.search(run.stdout)
    if run.returncode or not found or not stories:
        raise SystemExit(f"worker {stage} on {src} failed:\n{run.stderr[-2000:]}")
    return int(found[-1].replace(",", "")), int(stories.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stages", default=",".join(STAGES), help=f"comma-separated, of {', '.join(STAGES)}")
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--limit", type=int, default=30)
    ap.add_argument("--closed", type=Path, help="a file of story ids (one a line) to leave out")
    ap.add_argument("--against", help="another checkout's src directory to count too")
    ap.add_argument("--jobs", type=int, default=2, help="cachegrind processes at once")
    ap.add_argument("--keep", type=Path, help="keep the cachegrind files in this directory")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        work(args.worker, [s for s in args.stages.split(",") if s], args.data, args.limit, args.closed)
        return
    closed_ids(ap, args.closed)  # a --closed that cannot be read: one line now, not a worker's traceback
    if args.limit < 1:
        ap.error("--limit takes a whole number of 1 or more")
    if not shutil.which("valgrind"):
        print("valgrind not found (apt-get install valgrind): no instruction counts")
        return
    stages = [s for s in args.stages.split(",") if s]
    if unknown := [s for s in stages if s not in STAGES]:
        raise SystemExit(f"unknown stage(s) {', '.join(unknown)}; known: {', '.join(STAGES)}")
    sides = {
        "this": str(HERE_SRC),
        **({"against": str(Path(args.against).resolve())} if args.against else {}),
    }
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    tasks = [(side, stage) for side in sides for stage in ["none", *stages]]
    with ThreadPoolExecutor(args.jobs) as pool:
        futures = {t: pool.submit(count, sides[t[0]], t[1], args, args.keep) for t in tasks}
        counts = {t: f.result()[0] for t, f in futures.items()}
        n = futures["this", "none"].result()[1]  # every worker reads the same stories
    print(f"cachegrind instructions per story (mean of {n} stories from {Path(args.data).name},")
    print(f"PYTHONHASHSEED=0), each stage less a baseline worker; this={sides['this']}")
    if args.against:
        print(f"against={sides['against']}")
    head = f"{'stage':8} {'this (M)':>10}" + (f" {'against (M)':>12} {'ratio':>7}" if args.against else "")
    print(head)
    for stage in stages:
        mine = (counts["this", stage] - counts["this", "none"]) / n / 1e6
        line = f"{stage:8} {mine:10.3f}"
        if args.against:
            theirs = (counts["against", stage] - counts["against", "none"]) / n / 1e6
            line += f" {theirs:12.3f} {mine / theirs:7.4f}"
        print(line)


if __name__ == "__main__":
    main()
