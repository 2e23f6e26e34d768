"""`python -m newsbrief.clean.report` says a mistake as the `newsbrief` script does: one line
`newsbrief: error: ...`, exit 1 for an input and 2 for usage, never a traceback (were tracebacks)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.clean.report import main

NEWSBRIEF = Path(sys.executable).with_name("newsbrief")


def _error(capsys) -> str:  # type: ignore[no-untyped-def]
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and not captured.out, captured
    assert lines[0].startswith("newsbrief: error: "), lines
    return lines[0].removeprefix("newsbrief: error: ")


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        ([], 2, "no input: give text or HTML files, or JSONL stories files (or --help)"),
        (["-x"], 2, "-x: no such option (the only one is --help)"),
        (["/nonexistent-newsbrief-test-dir/a.txt"], 1, "/nonexistent-newsbrief-test-dir/a.txt: no such file"),
        (["/dev/null"], 1, "/dev/null: is a device, not a file"),
    ],
)
def test_a_mistake_is_one_line(capsys, args: list[str], code: int, expected: str) -> None:
    assert main(args) == code
    assert _error(capsys).startswith(expected)


@pytest.mark.parametrize(("rows", "why"), [("\n", ""), ("not json\n", " (1 bad row; the first: broken JSON")])
def test_a_stories_file_with_no_story_is_named(tmp_path: Path, capsys, rows: str, why: str) -> None:
    """Was a StatisticsError traceback (the median of no cleaning times)."""
    path = tmp_path / "s.jsonl"
    path.write_text(rows, encoding="utf-8")
    assert main([str(path)]) == 1
    assert _error(capsys).startswith(f"{path}: no usable story in the file{why}")


def test_help_is_the_module_text(capsys) -> None:
    assert main(["--help"]) == 0
    assert capsys.readouterr().out.startswith("What the cleaner removes, by reason")


def test_the_module_and_the_script_say_one_mistake_alike() -> None:
    missing = "/nonexistent-newsbrief-test-dir/a.txt"
    module = subprocess.run(
        [sys.executable, "-m", "newsbrief.clean.report", missing], capture_output=True, text=True, timeout=120
    )
    script = subprocess.run(
        [str(NEWSBRIEF), "brief", missing],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert (
        (module.returncode, module.stderr)
        == (script.returncode, script.stderr)
        == (
            1,
            f"newsbrief: error: {missing}: no such file or directory\n",
        )
    )
