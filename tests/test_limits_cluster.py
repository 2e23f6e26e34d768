"""`cluster` reads at most `--max-articles` articles (`limits.ArticleBudget`, default
`CLUSTER_MAX_ARTICLES`) and that many times `CLUSTER_BYTES_PER_ARTICLE` bytes of their text: past
either it stops while reading, one line naming the input, the limit and `ingest --db`, nothing written.
Every copy of a row and every bad row is counted. The limits are set small through the option; the
texts are invented here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from read_counting import count_reads

from newsbrief import limits
from newsbrief.cli import main

ROW = {"id": "a", "text": "The ferry to the island sailed late. The harbour master blamed the fog."}


def _jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _refused(capsys, name: Path, over: str) -> None:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0] == (
        f"newsbrief: error: {name}: over the limit of {over} that `cluster` reads at once"
        " (--max-articles raises it); group more with `ingest --db`, which stores them a batch at a time"
    )


def test_copies_of_one_row_are_counted_and_refused_past_the_limit(tmp_path: Path, capsys) -> None:
    src = _jsonl(tmp_path / "copies.jsonl", [ROW] * 11)
    out = tmp_path / "stories.json"
    assert main(["cluster", str(src), "--max-articles", "10", "-f", "json", "-o", str(out)]) == 1
    _refused(capsys, src, "10 articles")
    assert not out.exists()
    assert main(["cluster", str(src), "--max-articles", "11", "-f", "json", "-o", str(out)]) == 0
    assert sum(len(s["documents"]) for s in json.loads(out.read_text())["stories"]) == 11


def test_the_reading_stops_at_the_limit(tmp_path: Path, capsys) -> None:
    """A truncated gzip after the limit is never reached: the limit is said, not the truncation."""
    data = gzip.compress(("\n".join(json.dumps(ROW) for _ in range(50)) + "\n").encode())
    src = tmp_path / "cut.jsonl.gz"
    src.write_bytes(data[: len(data) - 20])
    assert main(["cluster", str(src), "--max-articles", "5"]) == 1
    _refused(capsys, src, "5 articles")


def test_bad_rows_count_and_blank_lines_do_not(tmp_path: Path, capsys) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text("\n\n".join(["[]", "{broken", json.dumps(ROW)] * 2) + "\n" * 100, encoding="utf-8")
    assert main(["cluster", str(src), "--max-articles", "5"]) == 1
    _refused(capsys, src, "5 articles")
    assert main(["cluster", str(src), "--max-articles", "6"]) == 1  # the bad rows: warned, exit 1
    assert "2 articles in" in capsys.readouterr().out


def test_the_text_is_bounded_too(tmp_path: Path, capsys) -> None:
    long = {"id": "b", "text": "Word " * (limits.CLUSTER_BYTES_PER_ARTICLE // 5 + 100)}
    src = _jsonl(tmp_path / "long.jsonl", [long, long])
    assert main(["cluster", str(src), "--max-articles", "2"]) == 1
    _refused(capsys, src, f"{2 * limits.CLUSTER_BYTES_PER_ARTICLE:,} bytes of article text")
    assert main(["cluster", str(src), "--max-articles", "3"]) == 0


def test_every_input_counts_and_the_one_past_the_limit_is_named(tmp_path: Path, capsys) -> None:
    first = _jsonl(tmp_path / "first.jsonl", [ROW] * 3)
    folder = tmp_path / "folder"
    folder.mkdir()
    for k in range(3):
        (folder / f"{k}.txt").write_text(ROW["text"], encoding="utf-8")
    assert main(["cluster", str(first), str(folder), "--max-articles", "6"]) == 0
    capsys.readouterr()
    assert main(["cluster", str(first), str(folder), "--max-articles", "5"]) == 1
    _refused(capsys, folder, "5 articles")


def test_the_default_is_the_named_limit(tmp_path: Path, capsys) -> None:
    src = _jsonl(tmp_path / "one.jsonl", [ROW])
    assert main(["cluster", "--help"]) == 0
    assert "--max-articles" in capsys.readouterr().out
    budget = limits.ArticleBudget()
    assert (budget.max_articles, budget.max_bytes) == (
        limits.CLUSTER_MAX_ARTICLES,
        limits.CLUSTER_MAX_ARTICLES * limits.CLUSTER_BYTES_PER_ARTICLE,
    )
    assert main(["cluster", str(src)]) == 0


def test_blank_lines_are_read_by_the_chunk_not_one_at_a_time(tmp_path: Path, monkeypatch) -> None:
    """1 GB of blank lines kept `cluster` busy over 600 s, a Python step per line: now each read of
    the file is a chunk, and the rows keep their line numbers."""
    from newsbrief.cluster import sources

    calls = count_reads(monkeypatch)
    src = tmp_path / "blank.jsonl"
    src.write_text("\n" * 100_000 + " \t\r\n" * 1000 + json.dumps(ROW) + "\n\n", encoding="utf-8")
    assert [n for n, _ in sources._rows(src, str(src), [])] == [101_001]
    assert len(calls) < 10, len(calls)


def test_nonblank_lines_are_the_lines_bounded_lines_gives_that_hold_text() -> None:
    """Every chunk size and limit, on random lines of white space and text (a line over the limit,
    white space only or not, is None in both)."""
    import io
    import random

    from newsbrief.ingest.stories import bounded_lines, nonblank_lines

    rng = random.Random(45)
    pieces = ["\n", "\n", "\n", " ", "\r", "\t", "a", "b", "{", "\u2028", "\u00a0"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(40)))
        limit, chunk = rng.randrange(1, 8), rng.randrange(1, 10)
        lines = enumerate(bounded_lines(io.StringIO(text), limit), 1)
        want = [(n, line) for n, line in lines if line is None or line.strip()]
        assert list(nonblank_lines(io.StringIO(text), limit, chunk=chunk)) == want, (text, limit, chunk)


def test_a_folder_is_counted_file_by_file_as_it_is_read(tmp_path: Path, capsys, monkeypatch) -> None:
    """A folder was read whole, then its articles counted: 30,000 small files read (29 s), then
    refused. Now the file past the limit ends the reading (a skipped file counts, as a bad row)."""
    import sys

    load = sys.modules["newsbrief.ingest.load"]  # the package's `load` is the function
    folder = tmp_path / "folder"
    folder.mkdir()
    for k in range(40):
        (folder / f"{k:02d}.txt").write_text(ROW["text"], encoding="utf-8")
    (folder / "00-empty.txt").write_bytes(b"")
    read = []
    real = load.read_bytes
    monkeypatch.setattr(load, "read_bytes", lambda path, name: read.append(name) or real(path, name))
    assert main(["cluster", str(folder), "--max-articles", "5"]) == 1
    _refused(capsys, folder, "5 articles")
    assert len(read) == 6, read
