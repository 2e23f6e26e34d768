"""Ingest: encodings, HTML, folders, stdin, Multi-News bundles, JSONL stories, URLs, ids."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from newsbrief.errors import InputError, UsageError
from newsbrief.ingest import load
from newsbrief.ingest.decode import decode_bytes, sniff_binary
from newsbrief.ingest.html import looks_like_html, read_html

TEXT = "The mayor’s café reopened on Monday — “finally,” said one regular. Naïve hopes were met."
PAGE = """<!DOCTYPE html>
<html><head>
<title>Harbour bridge to close for eight months | Example Gazette</title>
<meta property="og:title" content="Harbour bridge to close for eight months">
<meta property="og:site_name" content="Example Gazette">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2023-05-03">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour bridge to close for eight months</h1>
<p>The city council voted on Tuesday to close the old harbour bridge for eight months after
engineers found deep cracks in two of its steel supports during a routine inspection last month.</p>
<p>A temporary ferry will carry commuters across the river from next week, the council said in a
statement released after the vote, and cyclists will be allowed to use the railway bridge.</p>
<p>Shop owners near the bridge said they feared losing customers during the long closure, and asked
the council for help with their rents while the repairs go on.</p>
</article>
<footer>Copyright Example Gazette. Terms. Privacy.</footer>
</body></html>
"""


def _write(path: Path, data: str | bytes, encoding: str = "utf-8") -> str:
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return str(path)


# -- encodings ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # no BOM
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-nobom"],
)
def test_unicode_encodings(data: bytes) -> None:
    assert decode_bytes(data) == TEXT


def test_cp1252_and_latin1() -> None:
    assert decode_bytes(TEXT.encode("cp1252")) == TEXT
    latin = "Le maire a déclaré que le café rouvrirait bientôt, à la grande joie des habitués."
    assert decode_bytes(latin.encode("latin-1")) == latin


def test_a_stray_byte_in_utf8_does_not_crash() -> None:
    data = TEXT.encode("utf-8") + b" \xff " + TEXT.encode("utf-8")
    text = decode_bytes(data)
    assert text.startswith(TEXT) and text.endswith(TEXT) and "\ufffd" in text


def test_mostly_non_latin_legacy_text_goes_to_charset_normalizer() -> None:
    russian = "Мэр города заявил в понедельник, что старый мост будет закрыт на восемь месяцев. " * 3
    assert decode_bytes(russian.encode("cp1251")) == russian


@pytest.mark.parametrize(
    ("data", "what"),
    [(b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (b"abc\x00\x01\x02def\x00", "NUL")],
)
def test_binary_is_refused(data: bytes, what: str) -> None:
    assert what in (sniff_binary(data) or "")
    with pytest.raises(InputError, match="not a text file"):
        decode_bytes(data, "x.bin")


# -- files, folders, HTML ------------------------------------------------------------------------------


def test_plain_text_file_id_is_its_stem(tmp_path: Path) -> None:
    (doc,) = load([_write(tmp_path / "report-2023.txt", TEXT)])
    assert doc.id == "report-2023" and doc.kind == "text" and doc.raw == TEXT


def test_html_file_gives_body_and_metadata(tmp_path: Path) -> None:
    (doc,) = load([_write(tmp_path / "page.html", PAGE)])
    assert doc.kind == "html"
    assert doc.title == "Harbour bridge to close for eight months"
    assert doc.author == "Jane Roe" and doc.outlet == "Example Gazette" and doc.date == "2023-05-03"
    assert "deep cracks" in doc.raw and "feared losing customers" in doc.raw
    assert "Sport" not in doc.raw and "Privacy" not in doc.raw


def test_html_detected_by_content(tmp_path: Path) -> None:
    (doc,) = load([_write(tmp_path / "saved.txt", PAGE)])
    assert doc.kind == "html" and "deep cracks" in doc.raw
    assert looks_like_html("<div><p>One</p><p>Two</p></div>") and not looks_like_html("a < b and c > d")


def test_html_fragment_and_tiny_page(tmp_path: Path) -> None:
    frag = (
        "<p>The council voted on Monday to close the bridge after engineers found cracks.</p>"
        "<p>Repairs take months.</p>"
    )
    (doc,) = load([_write(tmp_path / "frag.html", frag)])
    assert "council voted on Monday" in doc.raw
    tiny = read_html("<b>Bridge shut.</b>", "tiny.html", "tiny")
    assert tiny.raw == "Bridge shut."


def test_malformed_html_still_gives_text(tmp_path: Path) -> None:
    broken = (
        "<html><body><div><p>The ferry resumes on Monday after a two-week strike by crews ended "
        "<b>with a deal <i>on pay</div><p>Crews accepted a rise of four percent over two years "
        "<table><tr><td>"
    )
    (doc,) = load([_write(tmp_path / "broken.html", broken)])
    assert "ferry resumes on Monday" in doc.raw


def test_folder_is_read_in_name_order_skipping_hidden_and_binary(tmp_path: Path, capsys) -> None:
    _write(tmp_path / "b.txt", "Second article text goes here.")
    _write(tmp_path / "a.txt", "First article text goes here.")
    _write(tmp_path / ".hidden.txt", "Never read.")
    _write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "sub").mkdir()
    docs = load([str(tmp_path)])
    assert [d.id for d in docs] == ["a", "b"]
    assert "photo.png" in capsys.readouterr().err


def test_a_folder_s_broken_and_looping_links_are_named_not_skipped_in_silence(tmp_path: Path, capsys) -> None:
    """A symbolic link to nothing, or to itself, was skipped without a word (`is_file` is False for
    it): an article lost (cli46). Now each is a warning naming it; a link to a folder is still none."""
    _write(tmp_path / "a.txt", "First article text goes here.")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "here").symlink_to(".")
    docs = load([str(tmp_path)])
    assert [d.id for d in docs] == ["a"]
    gone, loop, nowhere = tmp_path / "gone.txt", tmp_path / "loop.txt", tmp_path / "nowhere.txt"
    assert capsys.readouterr().err.splitlines() == [
        f"newsbrief: warning: {gone}: a symbolic link to nothing (to {nowhere}) (skipped)",
        f"newsbrief: warning: {loop}: cannot read it (Too many levels of symbolic links) (skipped)",
    ]
    with pytest.raises(InputError, match=r"gone.txt: a symbolic link to nothing \(to .*nowhere.txt\)$"):
        load([str(tmp_path / "gone.txt")])


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and /dev/null are POSIX")
def test_a_folder_s_fifo_socket_and_device_are_named_not_skipped_in_silence(tmp_path: Path, capsys) -> None:
    """A FIFO, a socket or a link to a device among a folder's files was left out without a word (only
    regular files and links to nothing were listed): an article lost, or "no readable text or HTML
    files" naming no file (cli51). Now each is a warning naming what it is, as when given alone."""
    import os
    import socket

    _write(tmp_path / "a.txt", "First article text goes here.")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").symlink_to("/dev/null")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(tmp_path / "d.txt"))
        docs = load([str(tmp_path)])
    assert [d.id for d in docs] == ["a"]
    assert capsys.readouterr().err.splitlines() == [
        f"newsbrief: warning: {tmp_path / 'b.txt'}: is a FIFO (named pipe), not a file; pipe it into -"
        " instead (skipped)",
        f"newsbrief: warning: {tmp_path / 'c.txt'}: is a device, not a file (skipped)",
        f"newsbrief: warning: {tmp_path / 'd.txt'}: is a socket, not a file (skipped)",
    ]


def test_ids_are_unique_across_inputs(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    docs = load([_write(tmp_path / "x" / "same.txt", "One."), _write(tmp_path / "y" / "same.txt", "Two.")])
    assert [d.id for d in docs] == ["same", "same-2"]


def test_multinews_bundle(tmp_path: Path) -> None:
    bundle = "First doc. NEWLINE_CHAR NEWLINE_CHAR More of it. ||||| Second doc. ||||| "
    docs = load([_write(tmp_path / "bundle.txt", bundle)])
    assert [d.id for d in docs] == ["bundle-1", "bundle-2"]
    assert docs[0].raw == "First doc.\n\nMore of it." and docs[0].source.endswith("bundle.txt#1")


def test_stdin(monkeypatch) -> None:
    data = ("Story one text. ||||| Story two text.").encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = load(["-"])
    assert [d.raw for d in docs] == ["Story one text.", "Story two text."]
    assert docs[0].source == "<stdin>#1"


# -- JSONL stories -------------------------------------------------------------------------------------


def _stories(path: Path, rows: list, broken_line: bool = False) -> str:
    lines = [json.dumps(r) for r in rows]
    if broken_line:
        lines.insert(1, '{"id": "broken", "documents": [')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


ROWS = [
    {"id": "s1", "documents": ["Story one, doc one. NEWLINE_CHAR Second para.", "Story one, doc two."]},
    {"id": "s2", "documents": ["Story two, only doc."], "summaries": ["A reference."]},
]


def test_jsonl_first_story_by_default_and_by_id(tmp_path: Path) -> None:
    path = _stories(tmp_path / "dev.jsonl", ROWS)
    docs = load([path])
    assert [d.id for d in docs] == ["s1-1", "s1-2"] and docs[0].raw == "Story one, doc one.\nSecond para."
    (only,) = load([path], story="s2")
    assert only.raw == "Story two, only doc." and only.source == f"{path}#s2/1"


def test_jsonl_unknown_story_names_the_id(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no story with id 'nope'"):
        load([_stories(tmp_path / "dev.jsonl", ROWS)], story="nope")


def test_jsonl_broken_line_is_skipped_with_a_warning(tmp_path: Path, capsys) -> None:
    path = _stories(tmp_path / "dev.jsonl", ROWS, broken_line=True)
    assert [d.id for d in load([path], story="s2")] == ["s2-1"]
    err = capsys.readouterr().err
    assert "line 2" in err and "skipped" in err


def test_a_rejected_file_is_one_error_counting_its_bad_rows(tmp_path: Path, capsys) -> None:
    path = tmp_path / "pretty.json"
    path.write_text(json.dumps({"id": "s", "documents": ["One doc."]}, indent=2), encoding="utf-8")
    with pytest.raises(
        InputError, match=r"no usable story in the file \(6 bad rows; the first: broken JSON on line 1"
    ):
        load([str(path)])
    assert capsys.readouterr().err == ""  # no warnings before the error


def test_bad_rows_before_a_good_story_are_warned_and_counted(tmp_path: Path, capsys) -> None:
    rows = "\n".join(["{", "[1]", *("{" for _ in range(6)), json.dumps({"id": "ok", "documents": ["A."]})])
    path = tmp_path / "rows.jsonl"
    path.write_text(rows, encoding="utf-8")
    assert [d.id for d in load([str(path)])] == ["ok-1"]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 6 and "3 more bad rows skipped" in err[-1]


def test_jsonl_detected_by_content_and_gzip(tmp_path: Path) -> None:
    assert [d.id for d in load([_stories(tmp_path / "stories.txt", ROWS)])] == ["s1-1", "s1-2"]
    gz = tmp_path / "dev.jsonl.gz"
    gz.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in ROWS).encode()))
    assert [d.id for d in load([str(gz)], story="s2")] == ["s2-1"]


def test_story_option_needs_a_stories_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--story"):
        load([_write(tmp_path / "a.txt", TEXT)], story="s1")


# -- URLs ----------------------------------------------------------------------------------------------


def test_urls_go_to_the_url_reader_in_input_order(tmp_path: Path, monkeypatch) -> None:
    from newsbrief.ingest import url as url_module
    from newsbrief.model import RawDoc

    seen = {}

    def fake_fetch(urls, cache_dir=None, on_error=None):
        seen["urls"], seen["cache"] = list(urls), cache_dir
        return [RawDoc(id=f"u{i}", source=u, raw=f"Text of {u}.") for i, u in enumerate(urls)]

    monkeypatch.setattr(url_module, "fetch_documents", fake_fetch)
    first = _write(tmp_path / "first.txt", "A local file.")
    docs = load(["https://example.org/a", first, "http://example.org/b"], cache_dir=tmp_path)
    assert [d.source for d in docs] == ["https://example.org/a", first, "http://example.org/b"]
    assert seen == {"urls": ["https://example.org/a", "http://example.org/b"], "cache": tmp_path}


def test_url_input_without_the_url_reader(monkeypatch) -> None:
    import newsbrief.ingest

    monkeypatch.delattr(newsbrief.ingest, "url", raising=False)
    monkeypatch.setitem(sys.modules, "newsbrief.ingest.url", None)  # import now raises ImportError
    with pytest.raises(InputError, match="URL input is not available"):
        load(["https://example.org/a"])


def test_a_line_over_the_row_limit_is_a_bad_row_not_held_in_memory(tmp_path: Path, monkeypatch) -> None:
    from newsbrief.ingest import stories
    from newsbrief.ingest.stories import StoryError, StoryRecord, iter_stories

    monkeypatch.setattr(stories, "MAX_ROW_CHARS", 100)
    good = json.dumps({"id": "ok", "documents": ["A short one."]})
    huge = json.dumps({"id": "huge", "documents": ["word " * 500]})
    path = tmp_path / "rows.jsonl"
    path.write_text(f"{huge}\n{good}\n{huge}", encoding="utf-8")
    items = list(iter_stories(path))
    assert [type(i) for i in items] == [StoryError, StoryRecord, StoryError]
    assert items[0].reason == "line 1 is too long (over 100 characters)" and items[1].id == "ok"
    assert items[2].reason == "line 3 is too long (over 100 characters)"


_FEED = (
    '\ufeff<?xml version="1.0"?>\n<!-- a comment -->\n<rss version="2.0"><channel><title>Valley Wire</title>'
    "<item><title>Bridge shut</title><link>https://example.org/a</link>"
    "<description>The Orlen bridge shut on Monday after cracks were found.</description></item>"
    "<item><title>Repairs</title><link>https://example.org/b</link>"
    "<description>Engineers said repairs to the Orlen bridge would take a month.</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize("name", ["wire.xml", "wire.rss", "wire.txt"])
def test_a_feed_file_is_one_document_per_entry_read_offline(tmp_path: Path, name: str) -> None:
    feed = tmp_path / name
    feed.write_text(_FEED, encoding="utf-8")
    docs = load([str(feed)])
    assert [d.source for d in docs] == ["https://example.org/a", "https://example.org/b"]
    assert [d.title for d in docs] == ["Bridge shut", "Repairs"]
    assert {d.outlet for d in docs} == {"Valley Wire"}
    assert "Orlen bridge shut on Monday" in docs[0].raw and "Valley Wire" not in docs[0].raw


def test_a_page_that_only_mentions_a_feed_is_no_feed(tmp_path: Path) -> None:
    page = tmp_path / "page.xml"
    page.write_text("<html><body><feedback>Tell us</feedback><p>The Orlen bridge shut.</p></body></html>")
    assert len(load([str(page)])) == 1
    broken = tmp_path / "broken.atom"
    broken.write_text("<feed><entry>", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.atom.*feed"):
        load([str(broken)])


def test_parse_json_gives_a_lone_surrogate_escape_as_a_replacement_character() -> None:
    from newsbrief.ingest.files import parse_json

    row = '{"id": "a\\ud800", "documents": ["b\\udcff c", "\\ud83d\\ude00"], "\\udfff": 1}'
    assert parse_json(row) == {"id": "a\ufffd", "documents": ["b\ufffd c", "\U0001f600"], "\ufffd": 1}
    assert parse_json(row.encode()) == parse_json(row)
    assert parse_json('{"id": "a\\\\ud800"}') == {"id": "a\\ud800"}  # an escaped backslash: no surrogate


def test_a_nul_escape_in_json_is_a_replacement_character_in_every_output(tmp_path: Path, capsys) -> None:
    """A `"\\u0000"` in a JSONL document went raw into the brief (its terminal, Markdown and HTML
    forms), which `grep` then called a binary file; now U+FFFD, as a lone surrogate's escape."""
    from newsbrief.cli import main
    from newsbrief.ingest.files import parse_json

    assert parse_json('{"documents": ["a\\u0000b"]}') == {"documents": ["a\ufffdb"]}
    assert parse_json(b'["a\\u0000b"]') == ["a\ufffdb"]
    text = "The pier at Kelsey Point reopened\\u0000 on Monday after repairs, the harbour office said."
    stories = tmp_path / "s.jsonl"
    stories.write_text('{"id": "p", "documents": ["' + text + '"]}\n', encoding="utf-8")
    for fmt in ("md", "html", "terminal"):
        assert main(["brief", str(stories), "-f", fmt, "--no-timings"]) == 0
        out = capsys.readouterr().out
        assert "\x00" not in out and "reopened\ufffd on Monday" in out


def test_a_raw_doc_s_names_hold_no_lone_surrogate() -> None:
    from newsbrief.model import RawDoc

    doc = RawDoc(id="a\udcff", source="dir/bad\udcff.txt", raw="text", title="T\ud800", outlet="Café")
    assert (doc.id, doc.source, doc.title, doc.outlet) == ("a\ufffd", "dir/bad\ufffd.txt", "T\ufffd", "Café")


def test_a_file_given_twice_is_read_once(tmp_path: Path, capsys) -> None:
    """`brief a.txt a.txt` (or a folder and a file in it) read the file twice: one article was two
    sources agreeing, cited "[1,2] (2: fact)" (too short for `copies` to call it a copy). Now each file
    is read once per run, by device and inode, with a warning; a URL given twice was fetched once."""
    folder = tmp_path / "arts"
    folder.mkdir()
    a, b = folder / "a.txt", folder / "b.txt"
    a.write_text("The tram line to Elmsworth reopens on Friday, the city said.\n")
    b.write_text("Elmsworth's tram depot will hire forty drivers this spring.\n")
    docs = load([str(a), str(a), str(folder), str(tmp_path / "arts" / ".." / "arts" / "b.txt")])
    assert [d.source for d in docs] == [str(a), str(b)]
    assert capsys.readouterr().err.splitlines() == [
        f"newsbrief: warning: {a}: given twice; read once",
        f"newsbrief: warning: {a}: given twice; read once",  # in the folder, under the same name
        f"newsbrief: warning: {tmp_path}/arts/../arts/b.txt: the same file as {b}, given before; read once",
    ]
    again = folder / ".." / "arts"  # the folder after one of its files: the rest of it is read
    assert [d.source for d in load([str(a), str(again)])] == [str(a), str(again / "b.txt")]


def test_cluster_reads_a_file_given_twice_once(tmp_path: Path, capsys) -> None:
    """`cluster` reads its inputs one at a time (`read_articles`): a file given twice, as a file, in a
    folder or as a JSONL of articles, was two articles (two stories of one article); now one."""
    from newsbrief.cluster.sources import read_articles

    a, rows = tmp_path / "a.txt", tmp_path / "rows.jsonl"
    a.write_text("The tram line to Elmsworth reopens on Friday, the city said.\n")
    rows.write_text('{"id": "r", "text": "Elmsworth will hire forty tram drivers this spring."}\n')
    docs = read_articles([str(a), str(tmp_path), str(a), str(rows), str(rows)])
    assert [d.source for d in docs] == [str(a), f"{rows}#r"]
    err = capsys.readouterr().err
    assert err.count("given twice; read once") == 3  # a in the folder, a again, rows again
    assert "rows.jsonl: a stories file inside a folder is not read" in err  # and not counted as read


@pytest.mark.parametrize(
    ("name", "data", "root"),
    [
        (
            "logo.xml",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>Ferry</text></svg>',
            "svg",
        ),
        (
            "books.txt",
            b'<?xml version="1.0"?>\n<catalog><book><title>Ferry</title></book></catalog>',
            "catalog",
        ),
    ],
)
def test_xml_that_is_no_feed_nor_page_is_refused(name: str, data: bytes, root: str) -> None:
    """An SVG or other XML read as text: `ingest` and `cluster` stored its few words ("Ferry") as an
    article, exit 0 (cli44 sweep); now one line naming its root element. XHTML is a page, read as one."""
    from newsbrief.ingest import load_bytes

    with pytest.raises(InputError) as e:
        load_bytes(name, data)
    assert str(e.value) == (
        f"{name}: XML that is neither an RSS or Atom feed nor a web page (its root element is <{root}>)"
    )
    page = b'<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><p>The ferry runs.'
    page += b"</p></body></html>"
    assert load_bytes("page.xml", page)
