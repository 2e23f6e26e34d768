"""Story readers: JSONL (plain and gzip) with bad lines, Multi-News .src/.tgt, folder layout."""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest
from read_counting import count_reads

from newsbrief.errors import InputError
from newsbrief.ingest.stories import StoryError, StoryRecord, detect_format, iter_stories

GOOD = {"id": "s1", "documents": ["First text.", "Second text."], "summaries": ["A summary."], "source": "me"}


def _lines(rows: list[object]) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows)


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "stories.jsonl"
    p.write_text(
        _lines(
            [
                GOOD,
                "{not json",
                {"id": "s2", "documents": [], "summaries": ["x"]},
                "",
                {"id": "s3", "documents": ["ok", 3], "summaries": []},
                {"id": "s4", "documents": ["Only text."]},
                [1, 2],
            ]
        )
    )
    items = list(iter_stories(p))
    assert [type(i).__name__ for i in items] == [
        "StoryRecord",
        "StoryError",
        "StoryError",
        "StoryError",
        "StoryRecord",
        "StoryError",
    ]
    first = items[0]
    assert isinstance(first, StoryRecord)
    assert first.documents == ("First text.", "Second text.") and first.references == ("A summary.",)
    assert first.meta == {"source": "me"}
    broken = items[1]
    assert isinstance(broken, StoryError) and broken.line == 2 and "broken JSON" in broken.reason
    assert items[2].reason == "no documents" and items[2].id == "s2"
    assert items[4].references == ()  # no summaries: fine for the reader, eval skips it


def test_jsonl_gzip_and_multinews_newlines(tmp_path: Path) -> None:
    row = {"id": "g", "documents": ["Para one. NEWLINE_CHAR NEWLINE_CHAR Para two."], "summaries": ["S."]}
    p = tmp_path / "stories.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write(_lines([row, GOOD]))
    items = list(iter_stories(p))
    assert [i.id for i in items] == ["g", "s1"]
    assert items[0].documents == ("Para one.\n\nPara two.",)


def test_multinews_src_tgt(tmp_path: Path) -> None:
    src, tgt = tmp_path / "test.src", tmp_path / "test.tgt"
    src.write_text(
        "Doc one line. NEWLINE_CHAR NEWLINE_CHAR Doc one more. ||||| Doc two. |||||\n"
        " ||||| \n"
        "Third story only doc.\n"
    )
    tgt.write_text("– The first summary. NEWLINE_CHAR Second line.\n– Empty story.\n– Third summary.\n")
    assert detect_format(src) == "multinews" and detect_format(tgt) == "multinews"
    items = list(iter_stories(tgt))  # either half of the pair works
    assert len(items) == 3
    a, b, c = items
    assert isinstance(a, StoryRecord) and a.documents[:2] == ("Doc one line.\n\nDoc one more.", "Doc two.")
    assert a.references == ("The first summary.\nSecond line.",)
    assert isinstance(b, StoryError) and b.reason == "no documents" and b.line == 2
    assert isinstance(c, StoryRecord) and c.id == "test.src-3"


def test_multinews_pair_of_unequal_length(tmp_path: Path) -> None:
    """The lines past the shorter half are counted in the one error (cli38: "differ in length at line 2"
    said nothing of the lines after it)."""
    (tmp_path / "x.src").write_text("A doc.\nAnother doc.\nA third doc.\n")
    (tmp_path / "x.tgt").write_text("A summary.\n")
    items = list(iter_stories(tmp_path / "x.src"))
    assert len(items) == 2 and isinstance(items[0], StoryRecord)
    assert isinstance(items[1], StoryError) and items[1].line == 2
    assert (
        items[1].reason
        == "x.src has 3 lines and x.tgt 1: lines 2-3 of x.src have no partner and are not read"
    )
    (tmp_path / "x.tgt").write_text("A summary.\nAnother.\nA third.\nA fourth.\n")
    *_, last = iter_stories(tmp_path / "x.src")
    assert last.reason == "x.tgt has 4 lines and x.src 3: line 4 of x.tgt has no partner and is not read"


def test_multinews_missing_half(tmp_path: Path) -> None:
    (tmp_path / "y.src").write_text("A doc. ||||| Another doc.\n")
    # A .src alone is enough for batch: stories without references.
    (item,) = iter_stories(tmp_path / "y.src")
    assert item.documents == ("A doc.", "Another doc.") and item.references == ()
    # A .tgt without its .src is an error naming the missing file.
    (tmp_path / "z.tgt").write_text("A summary.\n")
    with pytest.raises(InputError, match=r"z\.src"):
        list(iter_stories(tmp_path / "z.tgt"))


def test_folder_layout(tmp_path: Path) -> None:
    for name, text in {
        "doc1.txt": "One.",
        "doc2.txt": "Two.",
        "doc10.txt": "Ten.",
        "ref1.txt": "R1.",
    }.items():
        (tmp_path / "b-story" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "b-story" / name).write_text(text)
    (tmp_path / "a-empty").mkdir()
    (tmp_path / "a-empty" / ".hidden").write_text("not a document")
    (tmp_path / "c-story").mkdir()
    (tmp_path / "c-story" / "doc1.txt").write_text("Alone.")
    (tmp_path / "c-story" / "ref1.txt").write_text("First ref.")
    (tmp_path / "c-story" / "ref2.txt").write_text("Second ref.")
    assert detect_format(tmp_path) == "folder"
    items = list(iter_stories(tmp_path))
    assert [i.id for i in items] == ["a-empty", "b-story", "c-story"]
    assert isinstance(items[0], StoryError)
    assert items[1].documents == ("One.", "Two.", "Ten.")  # natural order: doc2 before doc10
    assert items[2].references == ("First ref.", "Second ref.")
    # A folder that itself holds doc*.txt is one story.
    assert [i.id for i in iter_stories(tmp_path / "c-story")] == ["c-story"]


def test_unknown_format_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("a,b\n")
    with pytest.raises(InputError, match="format"):
        iter_stories(tmp_path / "data.csv")
    with pytest.raises(InputError, match="no such file"):
        iter_stories(tmp_path / "nope.jsonl")


def test_multinews_line_with_a_lone_carriage_return_stays_one_story(tmp_path: Path) -> None:
    """A lone "\\r" in a .src line split it in two (universal newlines): every later story was paired
    with the summary of the story before it, and scored against it without a word."""
    (tmp_path / "z.src").write_bytes(b"Doc one.\nDoc two.\rStill two. ||||| Two again.\r\nDoc three.\n")
    (tmp_path / "z.tgt").write_bytes(b"- Sum one.\n- Sum two.\r\n- Sum three.\n")
    items = list(iter_stories(tmp_path / "z.src"))
    assert [type(i) for i in items] == [StoryRecord] * 3
    assert [i.references for i in items] == [("Sum one.",), ("Sum two.",), ("Sum three.",)]
    assert items[1].documents == ("Doc two.\rStill two.", "Two again.")
    assert items[2].documents == ("Doc three.",)


def test_a_nul_past_the_binary_sniff_in_a_multinews_line_is_a_replacement_character(tmp_path: Path) -> None:
    """The binary sniff reads a stories file's first 8 KB: a NUL after it reached the brief raw (in
    `batch`'s JSON, `\\u0000`); it is U+FFFD, as a JSON row's `"\\u0000"` is."""
    filler = b"A long first story about the harbour. " * 300  # past the sniffed 8 KB
    (tmp_path / "n.src").write_bytes(filler + b"\nThe pier\x00 opened. ||||| Boats came.\n")
    (tmp_path / "n.tgt").write_bytes(b"- Sum one.\n- The\x00 pier.\n")
    items = list(iter_stories(tmp_path / "n.src"))
    assert [type(i) for i in items] == [StoryRecord] * 2
    assert items[1].documents == ("The pier\ufffd opened.", "Boats came.")
    assert items[1].references == ("The\ufffd pier.",)


def test_jsonl_with_crlf_line_ends_reads_as_with_lf(tmp_path: Path) -> None:
    rows = [{"id": "a", "documents": ["One doc."]}, {"id": "b", "documents": ["Another doc."]}]
    (tmp_path / "s.jsonl").write_bytes(b"\r\n".join(json.dumps(r).encode() for r in rows) + b"\r\n")
    assert [i.id for i in iter_stories(tmp_path / "s.jsonl")] == ["a", "b"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_stories_file_in_utf16_or_utf32_with_a_bom_is_read(tmp_path: Path, codec: str) -> None:
    """PowerShell's `>` writes UTF-16: read as UTF-8, every story was "not text" or broken JSON."""
    bom = {"utf-16-be": "\ufeff"}.get(codec, "")  # "utf-16" and "utf-32" write their own
    rows = [{"id": "a", "documents": ["One doc."], "summaries": ["One."]}, {"id": "b", "documents": ["Two."]}]
    (tmp_path / "s.jsonl").write_bytes((bom + "".join(json.dumps(r) + "\n" for r in rows)).encode(codec))
    items = list(iter_stories(tmp_path / "s.jsonl"))
    assert [(i.id, i.documents) for i in items] == [("a", ("One doc.",)), ("b", ("Two.",))]
    (tmp_path / "m.src").write_bytes((bom + "Doc one. ||||| Doc two.\nDoc three.\n").encode(codec))
    (tmp_path / "m.tgt").write_bytes((bom + "- Sum one.\n- Sum two.\n").encode(codec))
    items = list(iter_stories(tmp_path / "m.src"))
    assert [i.references for i in items] == [("Sum one.",), ("Sum two.",)]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_stories_file_in_utf16_without_a_bom_is_read(tmp_path: Path, codec: str) -> None:
    """`brief` reads an article in UTF-16 without a mark; a stories file in it was every row "broken
    JSON" in `batch`, `eval`, `cluster` and `ingest` (cli49)."""
    from newsbrief.cluster.sources import read_jsonl_articles

    rows = [{"id": "a", "documents": ["One doc."]}, {"id": "b", "documents": ["Two."]}]
    (tmp_path / "s.jsonl").write_bytes("".join(json.dumps(r) + "\n" for r in rows).encode(codec))
    items = list(iter_stories(tmp_path / "s.jsonl"))
    assert [(i.id, i.documents) for i in items] == [("a", ("One doc.",)), ("b", ("Two.",))]
    assert [d.raw for d in read_jsonl_articles(tmp_path / "s.jsonl", "s.jsonl")] == ["One doc.", "Two."]


def test_cluster_reads_a_utf16_jsonl_file(tmp_path: Path) -> None:
    """`cluster`'s JSONL reader (its own, articles not stories) reads text as the stories readers do."""
    from newsbrief.cluster.sources import read_jsonl_articles

    rows = [{"id": "a", "documents": ["One doc.\rStill one."]}, {"id": "b", "documents": ["Two."]}]
    (tmp_path / "s.jsonl").write_bytes("".join(json.dumps(r) + "\n" for r in rows).encode("utf-16"))
    docs = read_jsonl_articles(tmp_path / "s.jsonl", "s.jsonl")
    assert [d.raw for d in docs] == ["One doc.\rStill one.", "Two."]


def test_folder_story_reads_a_utf16_document(tmp_path: Path) -> None:
    """A folder story's files were read as UTF-8 whatever their byte-order mark (`brief` reads them)."""
    story = tmp_path / "s1"
    story.mkdir()
    (story / "doc1.txt").write_bytes("The pier opens in May.\r\nIt was shut.".encode("utf-16"))
    (story / "doc2.txt").write_text("The pier is open again.")
    (story / "ref1.txt").write_bytes("The pier reopens.".encode("utf-32"))
    (item,) = iter_stories(tmp_path)
    assert item.documents == ("The pier opens in May.\nIt was shut.", "The pier is open again.")
    assert item.references == ("The pier reopens.",)


@pytest.mark.parametrize(
    ("documents", "reason"),
    [
        ({"a": "The ferry sails at noon."}, '"documents" on line 1 is an object, not a list'),
        ("The ferry sails at noon.", '"documents" on line 1 is a string, not a list'),
        (["The ferry sails at noon.", 7], "document 2 on line 1 is a number, not a string"),
        ([None], "document 1 on line 1 is null, not a string"),
        ([], "no documents"),
    ],
)
def test_a_row_whose_documents_are_no_list_of_strings_says_what_they_are(
    tmp_path: Path, documents: object, reason: str
) -> None:
    """A row whose "documents" was an object (not a list) said "no documents" (`batch`) or that it had
    neither "text" nor "html" nor "documents" (`cluster`, `ingest`): now the field, its type and the line."""
    from newsbrief.cluster.sources import _articles_of_row

    (tmp_path / "s.jsonl").write_text(json.dumps({"id": "f", "documents": documents}) + "\n")
    (item,) = iter_stories(tmp_path / "s.jsonl")
    assert isinstance(item, StoryError) and (item.id, item.reason, item.line) == ("f", reason, 1)
    if isinstance(documents, dict | str):  # `cluster` reads a list's strings and leaves out the rest
        bad: list[str] = []
        assert _articles_of_row({"id": "f", "documents": documents}, 1, "s.jsonl", bad) == []
        assert bad == [reason]


@pytest.mark.parametrize(
    ("row", "hint"),
    [
        ({"id": "a1", "text": "The ferry sails."}, True),
        ({"id": "a1", "html": "<p>It sails.</p>"}, True),
        ({"id": "a1", "title": "Ferry"}, False),
        ({"id": "a1", "text": "It sails.", "documents": []}, False),
    ],
)
def test_a_row_of_an_article_where_stories_are_read_says_so(tmp_path: Path, row: dict, hint: bool) -> None:
    """`brief arts.jsonl` (rows of articles, as `cluster` reads) said only "no documents" (cli55)."""
    (tmp_path / "s.jsonl").write_text(json.dumps(row) + "\n")
    (item,) = iter_stories(tmp_path / "s.jsonl")
    assert isinstance(item, StoryError) and item.reason.startswith("no documents")
    assert ('{"text": ...}, as `cluster` and `ingest` read' in item.reason) is hint


def test_folder_story_documents_are_read_as_brief_reads_a_file(tmp_path: Path) -> None:
    """A folder story's files were UTF-8 with replacement whatever their bytes: a Latin-1 document lost
    its accents and a binary one was read as text. Now `brief`'s reader: Latin-1 decoded, binary refused
    (the story is a bad one, naming the file)."""
    story = tmp_path / "s1"
    story.mkdir()
    (story / "doc1.txt").write_bytes("The café near the quay reopens.\r\nIt had been shut.".encode("latin-1"))
    (story / "doc2.txt").write_text("The quay is busy again.")
    (item,) = iter_stories(tmp_path)
    assert isinstance(item, StoryRecord)
    assert item.documents == ("The café near the quay reopens.\nIt had been shut.", "The quay is busy again.")
    (story / "doc3.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02 some bytes")
    (item,) = iter_stories(tmp_path)
    assert isinstance(item, StoryError) and item.id == "s1"
    assert item.reason == f"{story / 'doc3.txt'}: not a text file: looks like a PDF file"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ({"text": 42}, '"text" on line 1 is a number, not a string'),
        ({"text": ["The ferry sails.", "At noon."]}, '"text" on line 1 is a list, not a string'),
        ({"text": None}, '"text" on line 1 is null, not a string'),
        ({"html": {"body": "x"}}, '"html" on line 1 is an object, not a string'),
        ({"title": "Ferry"}, 'line 1 has neither "text" nor "html" nor "documents"'),
    ],
)
def test_an_article_row_whose_text_is_no_string_says_what_it_is(row: dict, reason: str) -> None:
    """`cluster` and `ingest` said a row with `"text": 42` had neither "text" nor "html" (cli44)."""
    from newsbrief.cluster.sources import _articles_of_row

    bad: list[str] = []
    assert _articles_of_row(row, 1, "a.jsonl", bad) == []
    assert bad == [reason]


@pytest.mark.parametrize(
    ("value", "named", "reason"),
    [
        (True, None, '"id" on line 3 is true, not a string or number'),
        ({"a": 1}, None, '"id" on line 3 is an object, not a string or number'),
        ([1], None, '"id" on line 3 is a list, not a string or number'),
        (None, "line-3", None),  # as none: the line's
        (7, "7", None),
        (1.5, "1.5", None),
    ],
)
@pytest.mark.parametrize("documents", [False, True], ids=["article", "story"])
def test_a_row_id_of_each_json_type(
    value: object, named: str | None, reason: str | None, documents: bool
) -> None:
    """`cluster` and `ingest` named a row's articles by its id as Python writes it: "True", "None",
    "{'a': 1}" (cli55); as `batch` reads a story row, such an id is a bad row and `null` none."""
    from newsbrief.cluster.sources import _articles_of_row

    row = (
        {"id": value, "documents": ["The ferry sails."]} if documents else {"id": value, "text": "It sails."}
    )
    bad: list[str] = []
    got = _articles_of_row(row, 3, "a.jsonl", bad)
    assert bad == ([reason] if reason else [])
    assert [d.id for d in got] == ([] if named is None else [f"{named}/1" if documents else named])


def test_stories_jsonl_blank_lines_are_read_by_the_chunk(tmp_path: Path, monkeypatch) -> None:
    """`batch` and `eval` read a stories file's blank lines a Python step each (10 M: 1.6-1.9 s of CPU
    in the reader); now by the chunk, as `cluster` reads them (0.08 s), a bad row keeping its number."""
    calls = count_reads(monkeypatch)
    p = tmp_path / "blank.jsonl"
    p.write_text("\n" * 100_000 + " \t\r\n" * 1000 + json.dumps(GOOD) + "\n\n{broken\n\n", encoding="utf-8")
    items = list(iter_stories(p))
    assert isinstance(items[0], StoryRecord) and items[0].id == "s1"
    assert isinstance(items[1], StoryError) and items[1].id == "blank.jsonl-line-101003" and len(items) == 2
    assert len(calls) < 10, len(calls)


def test_a_folder_story_with_a_broken_link_fails_naming_it(tmp_path: Path) -> None:
    """A story folder's link to nothing was left out in silence: the story briefed one article short
    (cli46). Now the story fails, naming the link."""
    story = tmp_path / "s1"
    story.mkdir()
    (story / "doc1.txt").write_text("First text.", encoding="utf-8")
    (story / "doc2.txt").symlink_to(tmp_path / "nowhere.txt")
    (item,) = iter_stories(tmp_path)
    assert isinstance(item, StoryError) and item.id == "s1"
    assert item.reason == f"{story / 'doc2.txt'}: a symbolic link to nothing (to {tmp_path / 'nowhere.txt'})"


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_a_folder_story_with_a_fifo_fails_naming_it(tmp_path: Path) -> None:
    """A FIFO among a story folder's documents was left out in silence, as a broken link was (cli51);
    a story folder of FIFOs only said "has no files"."""
    import os

    story = tmp_path / "s1"
    story.mkdir()
    (story / "doc1.txt").write_text("First text.", encoding="utf-8")
    os.mkfifo(story / "doc2.txt")
    (item,) = iter_stories(tmp_path)
    assert isinstance(item, StoryError) and item.id == "s1"
    assert item.reason == f"{story / 'doc2.txt'}: is a FIFO (named pipe), not a file; pipe it into - instead"
