"""Bad input on the command line: one line naming the input and the problem, the right exit code,
never a traceback. Good-but-odd input (malformed HTML, one document, a broken JSONL row) still works."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsbrief.cli import main
from newsbrief.ingest import MAX_INPUT_BYTES

ARTICLE = (
    "The river ferry will run again on Monday after a two-week strike by its crews ended with a deal. "
    "Crews accepted a pay rise of four percent over two years, the operator said on Friday. "
    "Passengers had been taking buses that added an hour to each journey."
)


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(["brief", *args, "--no-timings", "--no-analysis"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def _error_line(err: str) -> str:
    errors = [line for line in err.strip().splitlines() if line.startswith("newsbrief: error:")]
    assert len(errors) == 1, err
    return errors[0]


def test_missing_file(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.txt"
    code, _, err = _run([str(missing)], capsys)
    assert code == 1
    assert _error_line(err) == f"newsbrief: error: {missing}: no such file or directory"


@pytest.mark.parametrize("name", ["data:text/html,hello", "mailto:desk@example.org", "http:/example.org/a"])
def test_a_missing_input_named_as_a_url_of_another_kind_says_which_urls_are_fetched(
    name: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    """`brief data:text/html,x` said "no such file or directory" alone, as if a file were meant (cli52)."""
    monkeypatch.chdir(tmp_path)
    code, _, err = _run([name], capsys)
    assert code == 1 and _error_line(err) == (
        f"newsbrief: error: {name}: no such file or directory; "
        "as a URL: only http:// and https:// ones are fetched"
    )


def test_folder_with_nothing_readable(tmp_path: Path, capsys) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_text(ARTICLE)
    code, _, err = _run([str(tmp_path)], capsys)
    assert code == 1
    line = _error_line(err)
    assert str(tmp_path) in line and "no readable text or HTML files" in line
    # one line, as for a JSONL of bad rows: the count and the first (there were a warning per file first)
    assert err.strip() == line and line.endswith(
        f"(2 files skipped; the first: {tmp_path / 'empty.txt'}: file is empty)"
    )


def test_a_folder_of_story_folders_names_batch(tmp_path: Path, capsys) -> None:
    """`brief dir/` where dir holds story folders said only "no readable text or HTML files": now it
    says that `batch` reads a folder of story folders. A folder with nothing in it gets no such hint."""
    for story in ("s1", "s2"):
        (tmp_path / "stories" / story).mkdir(parents=True)
        (tmp_path / "stories" / story / "a.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = _run([str(tmp_path / "stories")], capsys)
    assert (code, err) == (
        1,
        f"newsbrief: error: {tmp_path / 'stories'}: no readable text or HTML files in this folder (only "
        "folders in it: `newsbrief batch` reads a folder of story folders)\n",
    )
    (tmp_path / "empty").mkdir()
    code, _, err = _run([str(tmp_path / "empty")], capsys)
    assert err == f"newsbrief: error: {tmp_path / 'empty'}: no readable text or HTML files in this folder\n"


def test_folder_with_one_readable_file_warns_of_each_skipped_one(tmp_path: Path, capsys) -> None:
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ferry.txt").write_text(ARTICLE)
    code, _, err = _run([str(tmp_path)], capsys)
    assert code == 0
    assert [line.split(": ")[2] for line in err.strip().splitlines()] == [
        str(tmp_path / "empty.txt"),
        str(tmp_path / "scan.pdf"),
    ]


def test_empty_folder(tmp_path: Path, capsys) -> None:
    code, _, err = _run([str(tmp_path)], capsys)
    assert code == 1 and "no readable" in _error_line(err)


@pytest.mark.parametrize(("data", "problem"), [(b"", "file is empty"), (b"  \n\t\n", "no text in it")])
def test_empty_file(tmp_path: Path, capsys, data: bytes, problem: str) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    code, _, err = _run([str(path)], capsys)
    assert code == 1
    line = _error_line(err)
    assert str(path) in line and problem in line


@pytest.mark.parametrize(
    ("name", "data", "what"),
    [
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        ("article.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        ("data.txt", b"some text\x00\x00\x01\x02 more", "NUL bytes"),
    ],
)
def test_binary_file(tmp_path: Path, capsys, name: str, data: bytes, what: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, _, err = _run([str(path)], capsys)
    assert code == 1
    line = _error_line(err)
    assert line.startswith(f"newsbrief: error: {path}: not a text file") and what in line


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path, capsys) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse: no disk, no memory
        f.truncate(5 * MAX_INPUT_BYTES)
    code, _, err = _run([str(path)], capsys)
    assert code == 1
    line = _error_line(err)
    assert str(path) in line and "too large" in line and "20 MB" in line


def test_malformed_html_still_works(tmp_path: Path, capsys) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><div><p>{ARTICLE}<p><b>Unclosed <i>tags</div></span><table><td>", "utf-8")
    code, out, err = _run([str(path), "--format", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert "four percent" in data["documents"][0]["text"] and data["summary"]


def test_jsonl_with_a_broken_line_uses_the_good_rows(tmp_path: Path, capsys) -> None:
    path = tmp_path / "stories.jsonl"
    good = {"id": "ferry", "documents": [ARTICLE, ARTICLE.replace("Monday", "Tuesday")]}
    path.write_text('{"id": "bad", "documents": [\n' + json.dumps(good) + "\n", encoding="utf-8")
    code, out, err = _run([str(path), "--format", "json"], capsys)
    assert code == 0, err
    assert "warning" in err and "line 1" in err and "skipped" in err
    assert [d["id"] for d in json.loads(out)["documents"]] == ["ferry-1", "ferry-2"]


def test_unknown_story_id(tmp_path: Path, capsys) -> None:
    path = tmp_path / "stories.jsonl"
    path.write_text(json.dumps({"id": "ferry", "documents": [ARTICLE]}) + "\n", encoding="utf-8")
    code, _, err = _run([str(path), "--story", "bridge"], capsys)
    assert code == 1
    line = _error_line(err)
    assert str(path) in line and "'bridge'" in line


def test_story_option_without_a_stories_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = _run([str(path), "--story", "ferry"], capsys)
    assert code == 2 and "--story" in _error_line(err)


def test_a_story_with_one_document_works(tmp_path: Path, capsys) -> None:
    path = tmp_path / "only.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, out, err = _run([str(path), "--format", "json"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert len(data["documents"]) == 1 and data["summary"]


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("none.jsonl", json.dumps({"id": "x", "documents": []}) + "\n", "no usable story"),
        ("bundle.txt", " ||||| \n|||||", "no documents"),
        (
            "chrome.txt",
            "Advertisement\n\nShare this article\n\nSign up for our newsletter\n",
            "chrome.txt: no article text left after cleaning",
        ),
    ],
)
def test_zero_documents(tmp_path: Path, capsys, name: str, content: str, problem: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    code, _, err = _run([str(path)], capsys)
    assert code == 1 and problem in _error_line(err)


def test_unknown_format_is_a_usage_error(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    code, _, err = _run([str(path), "--format", "pdf"], capsys)
    assert code == 2
    assert "'pdf'" in _error_line(err)


def test_errors_from_a_real_process_are_one_line(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsbrief.cli", "brief", "-"],
        input=b"%PDF-1.5\n binary",
        capture_output=True,
        timeout=120,
    )
    err = proc.stderr.decode()
    assert proc.returncode == 1
    assert err.strip() == "newsbrief: error: <stdin>: not a text file: looks like a PDF file"


@pytest.mark.parametrize(
    "command",
    [
        ["brief", "{a}", "{b}", "-o", "{a}", "--no-timings"],
        ["brief", "{stories}", "--story", "s1", "-o", "{stories}"],
        ["brief", "--db", "{db}", "--story", "1", "-o", "{db}"],
        ["cluster", "{a}", "{b}", "-o", "{a}"],
        ["render", "{brief}", "-o", "{brief}"],
        ["eval", "{stories}", "-m", "lead", "-o", "{stories}"],
        ["eval", "{stories}", "-m", "lead", "--per-story", "{stories}"],
        ["batch", "{stories}", "-o", "{stories}", "-j", "1", "--restart"],
        ["stories", "--db", "{db}", "-o", "{db}"],
    ],
    ids=lambda c: " ".join(c[:1] + [a for a in c if a.startswith("-") and a != "--no-timings"]),
)
def test_an_output_that_is_an_input_is_refused_and_kept(tmp_path: Path, capsys, command) -> None:
    """Each of these replaced what it read (the article, the stories file, the saved brief, the store)
    with its own output, exit 0; now one line and nothing written."""
    other = "Ferry crews ended their strike after two weeks. Service resumes on Monday, the operator said."
    files = {"a": tmp_path / "a.txt", "b": tmp_path / "b.txt", "stories": tmp_path / "stories.jsonl"}
    files["a"].write_text(ARTICLE + "\n")
    files["b"].write_text(other + "\n")
    row = {"id": "s1", "documents": [ARTICLE, other], "summaries": ["Ferry crews end their strike."]}
    files["stories"].write_text(json.dumps(row) + "\n")
    files["brief"] = tmp_path / "brief.json"
    files["db"] = tmp_path / "n.db"
    if "{brief}" in command:
        assert main(["brief", str(files["a"]), "-f", "json", "--no-timings", "-o", str(files["brief"])]) == 0
    if "{db}" in command:
        pytest.importorskip("sqlalchemy")
        assert main(["ingest", str(files["a"]), "--db", str(files["db"]), "--workers", "0"]) == 0
    capsys.readouterr()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    args = [a.format(**files) for a in command]
    assert main(args) == 1
    out, err = capsys.readouterr()
    target = args[args.index("-o" if "-o" in args else "--per-story") + 1]
    assert err.strip() == f"newsbrief: error: {target}: is also an input; not replaced"
    assert out == ""
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("command", ["brief", "batch"])
def test_an_input_named_through_a_missing_folder_and_dotdot_is_refused_and_kept(
    tmp_path: Path, capsys, command: str
) -> None:
    """`brief a.txt -o new/../a.txt` replaced the article with its brief, exit 0 (cli47): the output
    could not be looked up (there is no `new`), so it was not seen to be the input."""
    src = tmp_path / ("a.txt" if command == "brief" else "stories.jsonl")
    src.write_text(
        ARTICLE + "\n" if command == "brief" else json.dumps({"id": "s1", "documents": [ARTICLE]}) + "\n"
    )
    before = src.read_bytes()
    target = str(tmp_path / "new" / ".." / src.name)
    args = [command, str(src), "-o", target] + (["-j", "1"] if command == "batch" else ["--no-timings"])
    assert main(args) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"newsbrief: error: {target}: is also an input ({src}); not replaced"
    assert src.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [src.name]


@pytest.mark.parametrize("command", ["brief", "cluster"])
def test_an_output_made_in_an_input_folder_is_refused_and_nothing_written(
    tmp_path: Path, capsys, command: str
) -> None:
    """`brief articles/ -o articles/brief.md` ran, exit 0, and the next `brief articles/` briefed the
    brief as one of the articles (cli47); the first run is refused now, nothing written."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE + "\n")
    target = str(folder / "out.md")
    assert main([command, str(folder), "-o", target]) == 1
    problem = (
        f"is in the input folder {folder}, whose files are read as articles (the next run would read it)"
    )
    assert capsys.readouterr().err == f"newsbrief: error: {target}: {problem}; give a path outside it\n"
    assert [p.name for p in folder.iterdir()] == ["a.txt"]


@pytest.mark.parametrize(
    ("command", "target"),
    [
        (["batch", "{src}", "-o", "{tgt}", "-j", "1", "--restart"], "{tgt}"),
        (["batch", "{src}.gz", "-o", "{tgt}.gz", "-j", "1"], "{tgt}.gz"),
        (["eval", "{src}", "-m", "lead", "-o", "{tgt}"], "{tgt}"),
        (["eval", "{tgt}.gz", "-m", "lead", "--per-story", "{src}.gz"], "{src}.gz"),
        (["batch", "{errors}", "-o", "{out}", "-j", "1", "--restart"], "{errors}"),
        (["batch", "{lock}", "-o", "{out}", "-j", "1"], "{lock}"),  # deleted at the end as the lock (cli51)
        (["brief", "{folder}", "-o", "{folder}/a.txt", "--no-timings"], "{folder}/a.txt"),
        (["cluster", "{folder}", "-o", "{folder}/b.txt"], "{folder}/b.txt"),
        (["batch", "{stories}", "-o", "{stories}/s1/doc1.txt", "-j", "1"], "{stories}/s1/doc1.txt"),
    ],
    ids=lambda c: " ".join(c[:3]) if isinstance(c, list) else "",
)
def test_an_output_that_is_a_file_the_input_reads_is_refused_and_kept(
    tmp_path: Path, capsys, command: list[str], target: str
) -> None:
    """The guard knows the files each reader reads beside the one named (fuzz36): a Multi-News `.src`'s
    `.tgt` (plain or gzipped; `batch x.src -o x.tgt` replaced the references), a folder's articles
    (`brief articles/ -o articles/brief.md` run twice briefed the first brief as an article, then replaced
    it), a folder of story folders, and batch's `<output>.errors.jsonl` (an input so named was replaced)
    and `<output>.lock` (an input so named was deleted when the run ended)."""
    import gzip

    other = "Ferry crews ended their strike after two weeks. Service resumes on Monday, the operator said."
    files = {k: str(tmp_path / n) for k, n in (("src", "m.src"), ("tgt", "m.tgt"), ("folder", "arts"))}
    files |= {"stories": str(tmp_path / "stories"), "out": str(tmp_path / "o.jsonl")}
    files["errors"], files["lock"] = files["out"] + ".errors.jsonl", files["out"] + ".lock"
    Path(files["src"]).write_text(f"{ARTICLE} ||||| {other}\n")
    Path(files["tgt"]).write_text("Ferry crews end their strike.\n")
    for k in ("src", "tgt"):
        Path(files[k] + ".gz").write_bytes(gzip.compress(Path(files[k]).read_bytes()))
    Path(files["folder"]).mkdir()
    Path(files["folder"], "a.txt").write_text(ARTICLE + "\n")
    Path(files["folder"], "b.txt").write_text(other + "\n")
    Path(files["stories"], "s1").mkdir(parents=True)
    Path(files["stories"], "s1", "doc1.txt").write_text(ARTICLE + "\n")
    row = {"id": "s1", "documents": [ARTICLE, other]}
    Path(files["errors"]).write_text(json.dumps(row) + "\n")
    Path(files["lock"]).write_text(json.dumps(row) + "\n")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main([a.format(**files) for a in command]) == 1
    out, err = capsys.readouterr()
    assert err.strip() == f"newsbrief: error: {target.format(**files)}: is also an input; not replaced"
    assert out == ""
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_eval_output_and_per_story_scores_in_one_file_is_a_usage_error(tmp_path: Path, capsys) -> None:
    """`eval -o s.jsonl --per-story s.jsonl` wrote the scores per story, then replaced them with the
    table (exit 0, fuzz36): two outputs in one file are refused before any work, under any spelling."""
    stories = tmp_path / "stories.jsonl"
    other = "Ferry crews ended their strike after two weeks. Service resumes on Monday, the operator said."
    stories.write_text(json.dumps({"id": "s1", "documents": [ARTICLE, other], "summaries": [other]}) + "\n")
    scores = tmp_path / "scores.jsonl"
    for spelling in (scores, tmp_path / "." / "scores.jsonl"):
        assert (
            main(["eval", str(stories), "-m", "lead", "-o", str(spelling), "--per-story", str(scores)]) == 2
        )
        err = capsys.readouterr().err.strip()
        assert err == f"newsbrief: error: --per-story {scores}: is also --output; give two files"
        assert not scores.exists()


def test_lone_surrogates_in_a_file_name_and_in_json_are_stored_and_written(tmp_path: Path, capsys) -> None:
    """A file name with a byte that is no UTF-8 and a JSON escape "\\ud800" (valid JSON, no character)
    made strings no UTF-8 can hold: ingest failed with a traceback in SQLite, cluster in its print.
    Each such character is now U+FFFD."""
    pytest.importorskip("sqlalchemy")
    odd = tmp_path / os.fsdecode(b"ferry\xff.txt")
    odd.write_text(ARTICLE + "\n")
    rows = tmp_path / "rows.jsonl"
    other = "Ferry crews ended their strike after two weeks. Service resumes on Monday, the operator said."
    rows.write_text(json.dumps({"id": "x\ud800", "title": "Ferry \udcff", "text": other}) + "\n")
    db = str(tmp_path / "n.db")
    assert main(["ingest", str(odd), str(rows), "--db", db, "--workers", "0"]) == 0
    assert "2 articles added" in capsys.readouterr().err
    assert main(["cluster", str(odd), str(rows), "-f", "json"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # a surrogate left would raise here, as a UTF-8 stdout did
    assert "ferry\ufffd.txt" in out and '"x\ufffd"' in out.replace("\\ufffd", "\ufffd")


def test_a_count_past_the_largest_index_means_all(tmp_path: Path, capsys) -> None:
    """`eval --limit` and `ingest --batch` of 10**30 were a ValueError traceback (islice takes at most
    sys.maxsize); now all the stories, and one transaction."""
    other = "Ferry crews ended their strike after two weeks. Service resumes on Monday, the operator said."
    data = tmp_path / "stories.jsonl"
    data.write_text(json.dumps({"id": "s1", "documents": [ARTICLE, other], "summaries": [other]}) + "\n")
    huge = "9" * 30
    assert main(["eval", str(data), "-m", "lead", "--limit", huge, "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["methods"]["lead"]["stories"] == 1
    pytest.importorskip("sqlalchemy")
    (tmp_path / "a.txt").write_text(ARTICLE + "\n")
    db = str(tmp_path / "n.db")
    assert main(["ingest", str(tmp_path / "a.txt"), "--db", db, "--workers", "0", "--batch", huge]) == 0
    assert "1 article added" in capsys.readouterr().err


NO_TEXT_DEEP = "no text found in this HTML above the 256 levels of nesting the HTML parser reads"


@pytest.mark.parametrize("depth, deep", [(200, False), (300, True)])
def test_html_nested_past_the_parser_depth_says_so(depth: int, deep: bool, tmp_path: Path, capsys) -> None:
    """The HTML parser reads 256 levels of nesting: an article below that was "no text found in this
    HTML", which was not true (cli38); now the message says where the parser stopped."""
    f = tmp_path / "deep.html"
    sentence = "The tram to Wexley Moor runs again from Monday after the flood, the city said."
    f.write_text(
        f"<html><body>{'<div>' * depth}<p>{sentence} Riders were glad.</p>{'</div>' * depth}</body></html>"
    )
    code, _out, err = _run([str(f)], capsys)
    if deep:
        assert code == 1
        assert err == f"newsbrief: error: {f}: {NO_TEXT_DEEP}\n"
    else:
        assert code == 0 and "Traceback" not in err


def test_html_with_an_xml_encoding_declaration_and_no_text_is_one_line(tmp_path: Path, capsys) -> None:
    """review38: an XHTML page that declares its encoding and holds no text was a ValueError traceback
    (lxml refuses a str with an encoding declaration in the depth check); it is the one-line error."""
    f = tmp_path / "empty.xhtml.html"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
        "</title></head><body><div></div></body></html>\n"
    )
    code, _out, err = _run([str(f)], capsys)
    assert code == 1
    assert err == f"newsbrief: error: {f}: no text found in this HTML\n"


NAV_PAGE = (
    "<!DOCTYPE html><html><head><title>Start</title></head><body><header><a href='/'>Start</a></header>"
    "<nav><ul><li><a href='/a'>Rivers</a></li><li><a href='/b'>Hills</a></li><li><a href='/c'>Towns</a>"
    "</li></ul></nav><footer><a href='/d'>Imprint</a> | Made by Nobody Ltd</footer></body></html>"
)
ONLY_NAV = "no article in this HTML: only navigation (links, menus, a header or footer)"


def test_a_navigation_only_page_is_no_article_in_brief_cluster_and_ingest(tmp_path: Path, capsys) -> None:
    """A page of nothing but a menu: `ingest` stored a story titled by the page, of the menu's words,
    `cluster` listed it and `brief` printed an empty summary with exit 0. Now all three refuse it, as a
    page with no text: one line, exit 1; a fragment of links (a feed entry's body) is still read."""
    f = tmp_path / "menu.html"
    f.write_text(NAV_PAGE)
    assert main(["brief", str(f)]) == 1
    assert capsys.readouterr().err == f"newsbrief: error: {f}: {ONLY_NAV}\n"
    assert main(["cluster", str(f)]) == 1
    assert capsys.readouterr().err == f"newsbrief: error: {f}: {ONLY_NAV}\n"
    pytest.importorskip("sqlalchemy")
    assert main(["ingest", str(f), "--db", str(tmp_path / "n.db"), "--workers", "0"]) == 1
    assert capsys.readouterr().err == f"newsbrief: error: {f}: {ONLY_NAV}\n"
    from newsbrief.ingest.html import read_html

    assert (
        read_html("<a href='/x'>Rivers rise in the hills</a>", "feed", "e1").raw == "Rivers rise in the hills"
    )
    article = NAV_PAGE.replace("</nav>", "</nav><p>The rivers rose in the hills overnight, wardens said.</p>")
    assert "The rivers rose" in read_html(article, "page", "p1").raw


def test_html_over_the_extraction_limit_is_refused_at_once(tmp_path: Path, capsys, monkeypatch) -> None:
    """A 20 MB HTML page took ~5 minutes in trafilatura under load (cli38); a page whose markup is over
    `MAX_HTML_BYTES` (its scripts and styles left out) is refused before extraction, naming its size."""
    import newsbrief.ingest.html
    import newsbrief.limits

    monkeypatch.setattr(newsbrief.limits, "MAX_HTML_BYTES", 2_000)
    monkeypatch.setattr(newsbrief.ingest.html, "EMPTY_CODE_OVER", 1_000)
    f = tmp_path / "long.html"
    para = "<p>The ferry to Oskel Point runs twice a day again, the harbour office said on Friday.</p>"
    f.write_text(f"<html><body>{para * 40}</body></html>")
    code, _out, err = _run([str(f)], capsys)
    assert code == 1
    assert err == (
        f"newsbrief: error: {f}: 0.0 MB of HTML without its scripts, over the limit of 0 MB read as a page;"
        " give the article's text instead\n"
    )
    # the same page with a long script: the script's code does not count
    script = f"<script>var x = '{'y' * 5_000}';</script>"
    f.write_text(f"<html><head>{script}</head><body>{para * 3}</body></html>")
    code, _out, err = _run([str(f)], capsys)
    assert code == 0 and err == ""


def test_without_code_empties_scripts_and_styles_but_json_ld() -> None:
    from newsbrief.ingest.html import without_code

    page = (
        '<p>a</p><SCRIPT src=x>var s = "<script>";</script ><style>p{}</style>'
        '<script type="application/ld+json">{"author": "Mira Tallis"}</script><p>b</p><script>open'
    )
    assert without_code(page) == (
        "<p>a</p><SCRIPT src=x></script ><style></style>"
        '<script type="application/ld+json">{"author": "Mira Tallis"}</script><p>b</p><script>open'
    )
    assert without_code("<p>no code</p>") == "<p>no code</p>"


def test_without_code_leaves_a_custom_element_named_like_style_or_script() -> None:
    """`<style-guide>` and `<script-note>` are custom elements holding text, not code (review39 N4:
    "\\b" fell before the hyphen and emptied the text up to the next style or script end tag)."""
    from newsbrief.ingest.html import without_code

    text = "<style-guide><p>Keep this.</p></style-guide><script-note>And this.</script-note>"
    assert without_code(text + "<style>p{}</style>") == text + "<style></style>"


def test_xhtml_page_declaring_entities_is_refused_in_a_pages_words(tmp_path: Path, capsys) -> None:
    """An XHTML page whose doctype declares entities was refused as "the feed's doctype ..." (the feed
    sniffer took every such doctype); it is the page reader's refusal now."""
    f = tmp_path / "page.xhtml"
    f.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
        '"xhtml1-strict.dtd" [<!ENTITY co "Tarrow Mills">]>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><p>The mill reopened on Monday, &co; said.</p></body></html>\n"
    )
    code, _out, err = _run([str(f)], capsys)
    assert code == 1
    assert err == (
        f"newsbrief: error: {f}: the page's doctype declares XML entities (a news page needs none; "
        "refused unread)\n"
    )


def test_html_extraction_limit_counts_bytes_not_characters(tmp_path: Path, capsys, monkeypatch) -> None:
    """`MAX_HTML_BYTES` was compared with the page's characters: a page of accented or non-Latin text
    passed with up to four times the bytes the name says. Now its UTF-8 bytes."""
    import newsbrief.ingest.html
    import newsbrief.limits

    monkeypatch.setattr(newsbrief.limits, "MAX_HTML_BYTES", 4_000)
    monkeypatch.setattr(newsbrief.ingest.html, "EMPTY_CODE_OVER", 1_000)
    f = tmp_path / "wide.html"
    para = "<p>The ferry to Ølberg — “the noon one” — runs again, the office said… ★★★★★★★★★★★★★★★★</p>"
    page = f"<html><body>{para * 35}</body></html>"
    assert len(page) <= 4_000 < len(page.encode())
    f.write_text(page, encoding="utf-8")
    code, _out, err = _run([str(f)], capsys)
    assert code == 1
    assert err.startswith(f"newsbrief: error: {f}: 0.0 MB of HTML without its scripts, over the limit of ")


@pytest.mark.parametrize("command", ["brief", "eval", "cluster"])
def test_a_gz_file_that_is_no_gzip_says_so(tmp_path: Path, capsys, command: str) -> None:
    """A plain JSONL file named .jsonl.gz said "Not a gzipped file (b'{\\"')", the decompressor's words
    and the bytes' repr (cli44)."""
    p = tmp_path / "stories.jsonl.gz"
    p.write_text(json.dumps({"id": "s1", "documents": [ARTICLE], "summaries": [ARTICLE]}) + "\n")
    assert main([command, str(p)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.endswith(" (not gzip data, though the name ends in .gz)\n")
    assert err.startswith(f"newsbrief: error: {p}: cannot read ")


@pytest.mark.parametrize(
    ("n", "noun", "said"),
    [
        (1, "article", "1 article"),
        (0, "article", "0 articles"),
        (1, "story", "1 story"),
        (2, "story", "2 stories"),
        (3, "entry", "3 entries"),
        (2, "day", "2 days"),  # a vowel before the y
        (1_200, "new article", "1,200 new articles"),
    ],
)
def test_a_count_in_a_message_is_singular_for_one(n: int, noun: str, said: str) -> None:
    """Messages said "1 articles added", "1 stories updated", "scored 1 of 1 stories" (cli51)."""
    from newsbrief.errors import counted

    assert counted(n, noun) == said


def test_a_byte_of_a_file_name_that_is_no_utf8_is_named_as_the_byte(tmp_path: Path, capsys) -> None:
    """`brief 'missing\\xff.txt'` said "missing\\udcff.txt: no such file or directory": Python's surrogate
    escape of the byte, not the byte (cli54). Escaped text stays as written."""
    from newsbrief.errors import shown

    missing = tmp_path / os.fsdecode(b"missing\xff.txt")
    assert main(["brief", str(missing)]) == 1
    assert (
        capsys.readouterr().err
        == f"newsbrief: error: {tmp_path}/missing\\xff.txt: no such file or directory\n"
    )
    assert shown(os.fsdecode(b"new\nline\xfe")) == "new\\nline\\xfe"
    assert shown("a\\" + os.fsdecode(b"\x80")) == "a\\\\\\x80"
    assert shown("as typed: \\udcff") == "as typed: \\udcff"
