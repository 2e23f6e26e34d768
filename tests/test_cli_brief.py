"""`newsbrief brief` and `newsbrief schema` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from newsbrief.cli import main
from newsbrief.schema import schema

ARTICLE_1 = (
    "The river ferry service will resume on Monday after a two-week strike by crew members ended. "
    "The operator said crews had accepted a pay rise of four percent over two years. "
    "Passengers had been forced to take buses that added an hour to their journeys."
)
ARTICLE_2 = (
    "Ferry crews voted to accept a four percent pay rise, ending a strike that lasted two weeks. "
    "Services across the river will restart on Monday morning, the operator announced. "
    "The union said it would keep pressing for better safety equipment on the older boats."
)


def _write(tmp_path: Path) -> list[str]:
    paths = []
    for i, text in enumerate((ARTICLE_1, ARTICLE_2), 1):
        p = tmp_path / f"a{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    return paths


def test_json_to_file_is_valid_and_cites_both(tmp_path: Path, capsys) -> None:
    out = tmp_path / "brief.json"
    code = main(["brief", *_write(tmp_path), "--format", "json", "-o", str(out), "--no-timings", "-w", "60"])
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema())
    assert {d for s in data["summary"] for d in s["sources"]} == {0, 1}
    assert not list(tmp_path.glob(".brief.json.*")), "temporary file left behind"


def test_markdown_to_stdout(tmp_path: Path, capsys) -> None:
    assert main(["brief", *_write(tmp_path), "--format", "md", "--sentences", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# ") and out.count("\n- ") >= 2


def test_stdin_input(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsbrief.cli", "brief", "-", "--format", "json", "--no-timings"],
        input=ARTICLE_1 + "\n|||||\n" + ARTICLE_2,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)["documents"]) == 2


def test_schema_command_prints_the_schema(capsys) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == schema()


def test_unknown_method_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["brief", *_write(tmp_path), "--method", "nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsbrief: error:") and "nope" in err and "\n" not in err
