"""scripts/brief_hashes.py: the output-identity tool reads the shared folder it is given (--shared, or
NEWSBRIEF_SHARED), so a worktree outside the checkout's parent can use it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "brief_hashes.py"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_shared_option_names_the_folder_it_reads(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    done = _run("--shared", str(missing))
    assert done.returncode == 1
    assert done.stderr.strip() == f"brief_hashes: error: {missing / 'data'}: not found"


def test_env_sets_the_default_shared_folder(tmp_path: Path) -> None:
    missing = tmp_path / "elsewhere"
    done = _run(env={"NEWSBRIEF_SHARED": str(missing)})
    assert done.returncode == 1
    assert str(missing / "data") in done.stderr


def test_hashes_the_example_and_seeds_of_a_small_shared_folder(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    for name in ("longbench-multinews-dev.jsonl", "duc2003-task2-dev.jsonl"):
        (tmp_path / "data" / name).write_text("")
    (tmp_path / "seeds").mkdir()
    done = _run("--shared", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("2 briefs, overall ")
