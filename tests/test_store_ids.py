"""Story ids of the store as a user writes them (`store/ids.py`): `brief --db X --story N` and the
story pages' paths. "²" (a digit to `str.isdigit`, no number to `int`) and a number past SQLite's
INTEGER were tracebacks on the command line and 500s on the pages (cli45)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.store.ids import MAX_STORY_ID, page_number, story_number

ARTICLE = (
    "The harbour council voted on Tuesday to rebuild the old ferry pier, which a storm damaged last winter. "
    "The mayor said the work would begin in the spring and take about eight months to finish.\n"
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("12", 12),
        ("0", 0),
        (str(MAX_STORY_ID), MAX_STORY_ID),
        (str(MAX_STORY_ID + 1), None),
        ("9" * 5000, None),
        ("²", None),
        ("٣", None),
        ("-1", None),
        (" 1", None),
        ("1e3", None),
        ("", None),
    ],
)
def test_a_story_number_is_ascii_digits_within_an_integer_column(text: str, number: int | None) -> None:
    assert story_number(text) == number


def test_a_page_number_past_its_range_is_the_first_page() -> None:
    assert [page_number(p) for p in ("3", "0", "²", "x", "10000000")] == [3, 1, 1, 1, 1]


def test_brief_db_story_is_one_line_for_any_id(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", db]) == 0
    capsys.readouterr()
    for story, code, line in [
        ("1" + "0" * 30, 1, f"no story 1{'0' * 30} in the store"),  # OverflowError traceback
        ("²", 2, "--story '²': a story id of the store is a number such as 12 (ASCII digits)"),  # ValueError
        ("-1", 2, "--story '-1': a story id of the store is a number such as 12 (ASCII digits)"),
        ("7", 1, "no story 7 in the store"),
    ]:
        assert main(["brief", "--db", db, "--story", story]) == code
        assert capsys.readouterr().err == f"newsbrief: error: {line}\n"
