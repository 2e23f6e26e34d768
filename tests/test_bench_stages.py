"""bench/bench_stages.py: bad input is one line naming the option, not a traceback (a checkout's export
outside a worktree has no ../shared beside it, so the default --data is missing there)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "bench_stages.py"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True)


def test_missing_data_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "none.jsonl"
    for extra in ((), ("--against", str(Path(__file__).resolve().parents[1] / "src"))):
        done = _run("--data", str(missing), *extra)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert done.stderr.strip().splitlines()[-1].endswith(f"error: --data {missing}: not found")


def test_against_without_a_package_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "stories.jsonl"
    data.write_text("")
    done = _run("--data", str(data), "--against", str(tmp_path))
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"error: --against {tmp_path}: no newsbrief package in it" in done.stderr


def test_a_failed_run_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "stories.jsonl"
    data.write_text("")  # no story: the timed run fails
    src = tmp_path / "src"
    (src / "newsbrief").mkdir(parents=True)
    done = _run("--data", str(data), "--against", str(src), "--rounds", "1")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().startswith("bench_stages: error: the run of ")
    assert len(done.stderr.strip().splitlines()) == 1


def test_another_python_that_cannot_run_the_against_side_is_one_line(tmp_path: Path) -> None:
    data = tmp_path / "stories.jsonl"
    data.write_text("")
    src = str(Path(__file__).resolve().parents[1] / "src")
    fake = tmp_path / "python"
    fake.write_text("#!/bin/sh\necho 2.7\n")  # an interpreter of another version
    fake.chmod(0o755)
    cases = {
        str(tmp_path / "none"): "cannot run it (No such file or directory)",
        str(fake): f"Python 2.7, this is {sys.version_info[0]}.{sys.version_info[1]}",
    }
    for python, problem in cases.items():
        done = _run("--data", str(data), "--against", src, "--python", python)
        assert done.returncode == 2
        assert "Traceback" not in done.stderr
        assert f"error: --python {python}: {problem}" in done.stderr
    done = _run("--data", str(data), "--python", sys.executable)  # no side for it to run
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1].endswith("--python: needs --against (the side it runs)")
