"""Byte-identical briefs whatever the hash seed: no set or dict-of-strings order leaks into output.

Each seed runs the real `newsbrief batch` once over all its stories (one process per seed, so the
start-up is paid six times, not six times per story). Stories are read from ../shared at test time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.shared

NEWSBRIEF = Path(sys.executable).with_name("newsbrief")
SEEDS = ("0", "1", "2", "3", "42", "12345")
# The two stories that changed with the seed (issue 12), and one long scraped article set.
FEW = {
    "multinews-plus-dev.jsonl": ("multinews-val-47718",),
    "duc2003-task2-dev.jsonl": ("duc2003-task2-d31010t", "duc2003-task2-d30012t"),
    "longbench-multinews-dev.jsonl": (
        "longbench-multi_news-e45abfcb82a3c862c0f772e6f461866839955c11ea2f46a8",
    ),
}
ENGLISH_DEV = (
    "longbench-multinews-dev.jsonl",
    "multinews-plus-dev.jsonl",
    "duc2003-task2-dev.jsonl",
    "duc2006-dev.jsonl",
    "multiling2011-en-dev.jsonl",
)


def _stories(data_dir: Path, wanted: dict[str, tuple[str, ...] | None]) -> list[str]:
    rows: list[str] = []
    for name, ids in wanted.items():
        with (data_dir / name).open(encoding="utf-8") as f:
            rows += [line for line in f if line.strip() and (ids is None or json.loads(line)["id"] in ids)]
    return rows


def _briefs_per_seed(tmp_path: Path, rows: list[str], jobs: int, parallel: int) -> dict[str, list[str]]:
    """The batch output lines of each seed; `parallel` seeds run at a time."""
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(rows), encoding="utf-8")
    out: dict[str, list[str]] = {}
    for k in range(0, len(SEEDS), parallel):
        running = {}
        for seed in SEEDS[k : k + parallel]:
            dest = tmp_path / f"seed-{seed}.jsonl"
            cmd = [str(NEWSBRIEF), "batch", str(src), "-o", str(dest), "--jobs", str(jobs), "--quiet"]
            env = {**os.environ, "PYTHONHASHSEED": seed}
            running[seed] = (subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE), dest)
        for seed, (proc, dest) in running.items():
            _, err = proc.communicate(timeout=3600)
            assert proc.returncode in (0, 1), err.decode()  # 1: a story failed (its reason is compared too)
            errors = dest.with_name(dest.name + ".errors.jsonl")
            out[seed] = dest.read_text(encoding="utf-8").splitlines() + (
                errors.read_text(encoding="utf-8").replace(str(tmp_path), "").splitlines()
                if errors.exists()
                else []
            )
    return out


def _assert_identical(per_seed: dict[str, list[str]], n: int) -> None:
    first = per_seed[SEEDS[0]]
    assert len(first) == n  # a brief or an error line per story
    for seed, lines in per_seed.items():
        differ = [json.loads(a)["id"] for a, b in zip(first, lines, strict=True) if a != b]
        assert not differ, f"PYTHONHASHSEED={seed} changes {differ}"


def test_a_few_dev_stories_are_byte_identical_across_hash_seeds(tmp_path: Path, data_dir: Path) -> None:
    rows = _stories(data_dir, FEW)
    assert len(rows) == 4
    _assert_identical(_briefs_per_seed(tmp_path, rows, jobs=1, parallel=3), len(rows))


@pytest.mark.slow
def test_every_english_dev_story_is_byte_identical_across_hash_seeds(tmp_path: Path, data_dir: Path) -> None:
    rows = _stories(data_dir, dict.fromkeys(ENGLISH_DEV))
    _assert_identical(_briefs_per_seed(tmp_path, rows, jobs=2, parallel=1), len(rows))
