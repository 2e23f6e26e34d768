"""Time and peak memory of one brief as the input grows: is the cost linear in the input size?

    python bench/bench_memory.py [--sizes 0.1,0.5,1,2,5] [--docs 4] [--cap-gb 4]

For each size the input is built at run time from real dev articles (`../shared/data`,
English files only, each article once, in file order) and written to a temporary folder as
`--docs` text files of equal size; nothing is committed. Each size runs `newsbrief brief` in a
fresh child process (default method, analysis on, JSON to a temporary file) and the table gives
its wall time and peak RSS (`os.wait4`'s ru_maxrss of that child alone). A child is limited to
`--cap-gb` of address space so a quadratic build fails instead of swapping the machine; such a
row reads "over the cap". The last column is MB of RSS per MB of input above the 0.1 MB row:
roughly constant when the cost is linear.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"
FILES = (  # English dev files, article text only
    "longbench-multinews-dev.jsonl",
    "multinews-plus-dev.jsonl",
    "duc2003-task2-dev.jsonl",
    "duc2006-dev.jsonl",
    "multiling2011-en-dev.jsonl",
)


def articles() -> Iterator[str]:
    for name in FILES:
        path = DATA / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                for doc in json.loads(line).get("documents", []):
                    text = doc if isinstance(doc, str) else doc.get("text", "")
                    if text.strip():
                        yield text.strip()


def build(total: int, docs: int, folder: Path) -> list[Path]:
    """`docs` files of about total/docs bytes each, filled with whole articles."""
    per = total // docs
    source = articles()
    paths = []
    for k in range(docs):
        parts, size = [], 0
        while size < per:
            try:
                text = next(source)
            except StopIteration:
                raise SystemExit(f"not enough dev articles in {DATA} for {total:,} bytes") from None
            text = text.encode("utf-8")[: per - size].decode("utf-8", "ignore")
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
        path = folder / f"doc{k + 1}.txt"
        path.write_text("\n\n".join(parts), encoding="utf-8")
        paths.append(path)
    return paths


def run(paths: list[Path], out: Path, cap: int) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB and the outcome of one `newsbrief brief` child."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    cmd = [sys.executable, "-m", "newsbrief.cli", "brief", *map(str, paths), "--format", "json"]
    t = time.perf_counter()
    proc = subprocess.Popen(
        [*cmd, "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=limit
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines() if proc.stderr else []
    code = os.waitstatus_to_exitcode(status)
    outcome = "ok" if code == 0 else "over the cap" if "MemoryError" in "\n".join(err) else (err or ["?"])[-1]
    return wall, usage.ru_maxrss / 1024, outcome


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="0.1,0.5,1,2,5", help="input sizes in MB (10**6 bytes)")
    ap.add_argument("--docs", type=int, default=4, help="documents the input is split into")
    ap.add_argument("--cap-gb", type=float, default=4.0, help="address-space limit of each child")
    args = ap.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    cap = int(args.cap_gb * 2**30)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            folder = Path(tmp) / f"{mb}"
            folder.mkdir()
            paths = build(int(mb * 1e6), args.docs, folder)
            wall, rss, outcome = run(paths, Path(tmp) / "out.json", cap)
            sentences = "?"
            if outcome == "ok":
                data = json.loads((Path(tmp) / "out.json").read_text(encoding="utf-8"))
                sentences = f"{sum(len(d['text']) for d in data['documents']) / 1e6:.2f} MB clean"
            rows.append((mb, wall, rss, outcome, sentences))
            print(f"  {mb} MB: {wall:.1f} s, {rss:.0f} MB, {outcome}", file=sys.stderr, flush=True)
    base_mb, base_rss = rows[0][0], rows[0][2]
    print(f"| input MB ({args.docs} docs) | wall s | peak RSS MB | MB RSS per MB input | outcome |")
    print("|---|---|---|---|---|")
    for mb, wall, rss, outcome, _ in rows:
        slope = f"{(rss - base_rss) / (mb - base_mb):.0f}" if mb > base_mb and outcome == "ok" else "–"
        print(f"| {mb} | {wall:.1f} | {rss:.0f} | {slope} | {outcome} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
