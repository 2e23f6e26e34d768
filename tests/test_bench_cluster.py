"""bench/bench_cluster.py --gap: the store's path against one-shot, with each side's precision and recall
(whether a store loses by splitting or by merging), on a dev file of invented stories."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from cluster_texts import STORIES

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "bench_cluster.py"


def test_gap_prints_each_sides_precision_and_recall(tmp_path: Path) -> None:
    rows = [{"id": name, "documents": texts} for name, texts in STORIES.items()]
    (tmp_path / "duc2003-task2-dev.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--gap",
            "--only",
            "duc2003",
            "--shuffles",
            "2",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    header, _, row = done.stdout.strip().splitlines()
    assert header.endswith("| one-shot P / R | incr. P / R per shuffle |")
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[0] == "duc2003" and len(cells) == 7
    pair = r"[01]\.\d{3} / [01]\.\d{3}"
    assert re.fullmatch(pair, cells[5])
    assert re.fullmatch(rf"{pair} {pair}", cells[6])
