"""`newsbrief --version`: the installed version, one line, exit 0, without loading the pipeline."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata

import pytest

import newsbrief
from newsbrief.cli import main, version_text


@pytest.mark.parametrize("args", [["--version"], ["--version", "brief"], ["--version", "--help"]])
def test_version_prints_the_package_version(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """There was no `--version` ("no such option", exit 2); it is eager, as in every well-kept tool."""
    assert main(args) == 0
    out = capsys.readouterr()
    assert (out.out, out.err) == (f"newsbrief {metadata.version('newsbrief')}\n", "")


def test_version_falls_back_to_the_source_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tree run from `src` without being installed has no metadata: the source's `__version__`."""

    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert version_text() == f"newsbrief {newsbrief.__version__}\n"


def test_version_loads_no_pipeline_module() -> None:
    """Fast: what `--help` loads (typer and the command modules), no numpy, rich or the pipeline."""
    code = (
        "import sys; from newsbrief.cli import main; rc = main(['--version']); "
        "heavy = [m for m in ('numpy', 'rich', 'trafilatura', 'newsbrief.pipeline') if m in sys.modules]; "
        "print(rc, heavy)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.splitlines()[-1] == "0 []", r.stderr


def test_version_to_a_full_disk_is_one_line() -> None:
    """`--version > /dev/full`: one line naming <stdout>, exit 1, as every command's output."""
    with open("/dev/full", "w") as full:
        r = subprocess.run(
            [sys.executable, "-m", "newsbrief", "--version"], stdout=full, stderr=subprocess.PIPE
        )
    assert r.returncode == 1
    assert r.stderr.decode() == "newsbrief: error: <stdout>: cannot write it (No space left on device)\n"
