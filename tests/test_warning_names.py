"""A warning or summary line the code builds by hand names its input as an error line does
(`errors.shown`): a name with a newline or a terminal escape is shown escaped, the line stays one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief import pipeline
from newsbrief.cli import main
from newsbrief.model import RawDoc

PROSE = (
    "The river ferry will run again on Monday after a two-week strike by its crews ended with a deal. "
    "Crews accepted a pay rise of four percent over two years, the operator said on Friday."
)
NAMES = ["two\nlines", "red\x1b[31m"]


def _escaped(name: str) -> str:
    return repr(name)[1:-1]


def _lines(capsys, prefix: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The stderr lines starting with `prefix`; none of the others is a piece of a broken line."""
    err = capsys.readouterr().err
    assert "\x1b" not in err, err
    lines = err.splitlines()
    assert all(line.startswith("newsbrief") for line in lines), lines
    return [line for line in lines if line.startswith(prefix)]


@pytest.mark.parametrize("name", NAMES)
def test_a_file_given_twice(tmp_path: Path, capsys, name: str) -> None:
    path = tmp_path / f"{name}.txt"
    path.write_text(PROSE, encoding="utf-8")
    assert main(["brief", str(path), str(path), "--no-analysis", "-o", str(tmp_path / "b.md")]) == 0
    assert _lines(capsys, "newsbrief: warning:") == [
        f"newsbrief: warning: {_escaped(str(path))}: given twice; read once"
    ]


@pytest.mark.parametrize("name", NAMES)
def test_a_document_left_out(capsys, name: str) -> None:
    raws = [RawDoc("1", "good.txt", PROSE), RawDoc("2", name, "   ")]
    pipeline.brief(raws=raws, analysis=False)
    assert _lines(capsys, "newsbrief: warning:") == [f"newsbrief: warning: {_escaped(name)}: left out: empty"]


@pytest.mark.parametrize("name", NAMES)
def test_a_bad_row_of_a_jsonl_file(tmp_path: Path, capsys, name: str) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text(json.dumps({"id": "a", "text": PROSE}) + "\nnot json\n", encoding="utf-8")
    assert main(["cluster", str(path), "-o", str(tmp_path / "c.txt")]) == 1
    [line] = _lines(capsys, "newsbrief: warning:")
    assert line.startswith(f"newsbrief: warning: {_escaped(str(path))}: broken JSON on line 2")


@pytest.mark.parametrize("name", NAMES)
def test_batch_names_its_errors_file(tmp_path: Path, capsys, name: str) -> None:
    src = tmp_path / "stories.jsonl"
    src.write_text(json.dumps({"id": "a", "documents": ["https://example.org/a"]}) + "\n", encoding="utf-8")
    out = tmp_path / f"{name}.jsonl"
    assert main(["batch", str(src), "-o", str(out), "-j", "1", "-q"]) == 1
    [line] = _lines(capsys, "newsbrief batch:")
    assert line.endswith(f"; reasons in {_escaped(str(out))}.errors.jsonl")


@pytest.mark.parametrize("name", NAMES)
def test_eval_names_a_skipped_story(tmp_path: Path, capsys, name: str) -> None:
    src = tmp_path / "stories.jsonl"
    rows = [
        {"id": name, "documents": []},
        {"id": "b", "documents": [PROSE], "summaries": ["The ferry runs again."]},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert main(["eval", str(src), "-m", "lead", "-o", str(tmp_path / "scores.txt")]) == 1  # one skipped
    assert _lines(capsys, "newsbrief: skipped") == [
        f"newsbrief: skipped story {_escaped(name)} (line 1): no documents"
    ]
