"""Tests test the tree they live in: `newsbrief` comes from this tree's src, in pytest and in the
processes the tests start, whatever the venv's editable install points at (tests/conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsbrief

SRC = Path(__file__).resolve().parents[1] / "src"


def test_the_package_imported_is_this_trees() -> None:
    assert Path(newsbrief.__file__).resolve().is_relative_to(SRC)


def test_a_child_process_imports_this_trees_package() -> None:
    code = "import newsbrief; print(newsbrief.__file__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert Path(out.stdout.strip()).resolve().is_relative_to(SRC)


def test_the_console_script_runs_this_trees_package(tmp_path: Path) -> None:
    """The `newsbrief` script beside the interpreter (test_cli_errors.py runs it) reads PYTHONPATH too."""
    script = Path(sys.executable).with_name("newsbrief")
    if not script.exists():
        pytest.skip(f"no console script at {script}")
    probe = tmp_path / "sitecustomize.py"
    at_exit = "lambda: print(sys.modules['newsbrief'].__file__)"
    probe.write_text(f"import atexit, sys\natexit.register({at_exit})\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([os.environ.get("PYTHONPATH", ""), str(tmp_path)])}
    out = subprocess.run([str(script), "--version"], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip().splitlines()[-1]).resolve().is_relative_to(SRC)
