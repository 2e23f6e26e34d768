"""A saved brief renders again byte for byte: `Brief.from_dict` and `newsbrief render`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief import brief
from newsbrief.cli import main
from newsbrief.errors import InputError
from newsbrief.model import Brief
from newsbrief.render import render
from newsbrief.render.json import to_dict

FORMATS = ["json", "markdown", "md", "html", "terminal"]


@pytest.fixture(scope="module", params=["example", "seeds"])
def made(request: pytest.FixtureRequest) -> Brief:
    from newsbrief.example import example_docs

    if request.param == "example":
        return brief(raws=example_docs())  # with timings: they must come back too
    return brief([str(p) for p in request.getfixturevalue("seeds")])


def test_from_dict_gives_back_the_brief(made: Brief) -> None:
    again = Brief.from_dict(json.loads(render(made, "json")))
    assert again == made


@pytest.mark.parametrize("fmt", FORMATS)
def test_render_command_reproduces_every_format(made: Brief, fmt: str, tmp_path: Path, capsys) -> None:
    saved = tmp_path / "brief.json"
    saved.write_text(render(made, "json"), encoding="utf-8")
    assert main(["render", str(saved), "--format", fmt]) == 0
    assert capsys.readouterr().out == render(made, fmt)


def test_brief_then_render_on_the_command_line(tmp_path: Path, capsys) -> None:
    assert main(["brief", "--example", "--format", "json", "-o", str(tmp_path / "b.json")]) == 0
    assert (
        main(["brief", "--example", "--format", "html", "--no-timings", "-o", str(tmp_path / "b.html")]) == 0
    )
    assert main(["render", str(tmp_path / "b.json"), "--format", "html", "-o", str(tmp_path / "r.html")]) == 0
    assert (tmp_path / "r.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_a_batch_line_renders_too(made: Brief) -> None:
    assert Brief.from_dict({"id": "story-1", **to_dict(made)}) == made


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not a JSON brief"),
        ('{"documents": []}', "missing field 'summary'"),
        ("[1, 2]", "a JSON object was expected"),
    ],
)
def test_what_is_not_a_brief_is_one_line(tmp_path: Path, capsys, content: str, problem: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    assert main(["render", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsbrief: error: ") and problem in err and err.count("\n") == 1
    with pytest.raises(InputError):
        Brief.from_dict(json.loads(content)) if content != "not json" else Brief.from_dict(content)


def test_a_batch_output_and_a_story_list_are_named(example_json: dict, tmp_path: Path, capsys) -> None:
    """Two briefs a line said "not a JSON brief (Extra data: line 2 column 1 ...)" and a story list
    "missing field 'documents'" (cli43); a single batch line still renders."""
    line = json.dumps({"id": "s1", **example_json})
    batch, one, stories = tmp_path / "b.jsonl", tmp_path / "one.jsonl", tmp_path / "stories.json"
    batch.write_text(line + "\n" + line + "\n", encoding="utf-8")
    one.write_text(line + "\n", encoding="utf-8")
    stories.write_text(json.dumps({"schema_version": "1.2", "articles": 1, "stories": []}), encoding="utf-8")
    assert main(["render", str(batch)]) == 1
    assert capsys.readouterr().err == (
        f"newsbrief: error: {batch}: holds several JSON lines (a batch output?); render reads one brief:"
        " give one line, as `sed -n 1p FILE | newsbrief render -`\n"
    )
    assert main(["render", str(stories)]) == 1
    assert capsys.readouterr().err == (
        f"newsbrief: error: {stories}: is a story list (cluster or stories --format json), not a brief\n"
    )
    assert main(["render", str(one)]) == 0


@pytest.mark.parametrize(
    ("name", "content", "what"),
    [
        (
            "feed.rss",
            '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>',
            "an RSS or Atom feed",
        ),
        (
            "page.html",
            "<!DOCTYPE html><html><body><p>The ferry runs again.</p></body></html>",
            "an HTML page",
        ),
    ],
)
def test_markup_given_to_render_is_named(tmp_path: Path, capsys, name: str, content: str, what: str) -> None:
    """A feed or a page said "not a JSON brief (Expecting value: line 1 column 1 (char 0))" (cli48)."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["render", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"newsbrief: error: {path}: not a JSON brief: it looks like {what}; render reads a brief"
        " `brief --format json` saved\n"
    )


def test_an_empty_stdin_is_one_line_naming_it(capsys, monkeypatch) -> None:
    """It was `-: not a JSON brief (Expecting value: line 1 column 1 (char 0))`."""
    import io

    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b" \n")))
    assert main(["render", "-"]) == 1
    assert capsys.readouterr().err == "newsbrief: error: <stdin>: is empty, not a JSON brief\n"


@pytest.fixture(scope="module")
def example_json() -> dict:
    from newsbrief.example import example_docs

    return to_dict(brief(raws=example_docs(), timings=False))


@pytest.mark.parametrize(
    ("where", "problem"),
    [
        ("copy_of", "copy_of.doc 2 is no earlier document"),
        ("summary", "summary names document 9"),
    ],
)
@pytest.mark.parametrize("fmt", ["markdown", "html", "terminal"])
def test_a_document_index_out_of_place_is_one_line(
    example_json: dict, tmp_path: Path, capsys, where: str, problem: str, fmt: str
) -> None:
    data = json.loads(json.dumps(example_json))
    if where == "copy_of":
        data["documents"][0]["copy_of"] = {"doc": 2, "shared": 0.9}  # a copy of a later document
    else:
        data["summary"][0]["doc"] = 9
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["render", str(path), "--format", fmt]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsbrief: error: ") and problem in err and err.count("\n") == 1


def _set(data: dict, path: str, value: object) -> None:
    *keys, last = [int(k) if k.isdigit() else k for k in path.split(".")]
    for k in keys:
        data = data[k]
    data[last] = value


# Damaged saved briefs that rendered a wrong passage or raised a traceback (cli43): each now one line.
@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        ("documents.0.text", None, "document 0's text is null, not a string"),  # a TypeError traceback
        ("summary.0.start", 1.5, "summary span 1.5-"),  # html: a TypeError traceback
        ("summary.0.start", True, "summary span true-"),
        ("summary.0.start", -5, "summary span -5-"),
        ("summary.0.end", 10**9, "-1000000000 is not within document"),  # rendered, passage wrong
        ("quotes.0.end", 10**9, "quotes span "),
        ("schema_version", 1.3, 'schema_version 1.3 is no version string such as "1.3"'),  # json: traceback
        ("schema_version", "99.0", "schema_version 99.0 is newer than this newsbrief reads (1.3): update it"),
        ("summary", "text", "summary is a string, not a list"),  # "string indices must be integers"
        ("quotes", [1], "quotes holds a number, not objects"),
        # Python's words (cli47): "'<=' not supported between ...", "tuple indices must be integers ..."
        ("summary.0.doc", "0", 'summary names document "0" of '),
        ("summary.0.doc", 0.5, "summary names document 0.5 of "),
        ("quotes.0.doc", True, "quotes names document true of "),
        ("documents.1.copy_of", {"doc": "0", "shared": 0.9}, 'copy_of.doc "0" is no earlier document'),
        # a text field edited to another type (cli50): tracebacks ("'int' object has no attribute 'split'")
        ("quotes.0.text", 7, "quote 0's text is a number, not a string"),
        ("quotes.0.speaker", True, "quote 0's speaker is true, not a string or null"),
        ("entities.0.name", None, "entity 0's name is null, not a string"),
        ("entities.0.kind", ["place"], "entity 0's kind is a list, not a string"),
        ("documents.0.title", 3, "document 0's title is a number, not a string or null"),
        ("documents.0.source", {}, "document 0's source is an object, not a string"),
        ("documents.0.raw", None, "document 0's raw is null, not a string"),
        ("summary.0.text", 1, "summary sentence 0's text is a number, not a string"),
        ("summary.0.conflict", 2, "summary sentence 0's conflict is a number, not a string or null"),
        ("method", 5, "method is a number, not a string"),
        # other fields of another shape (cli50): a traceback, Python's words, or rendered wrong
        ("documents.1.copy_of", {"doc": 0, "shared": "most"}, "copy_of is an object, not null or an object"),
        ("summary.0.support", "none", "summary sentence 0's support is a string, not a list of objects"),
        (
            "entities.0.mentions.0.spans",
            [[1]],
            "a mention's spans is a list, not a list of [start, end] pairs",
        ),
        ("claims.0.in_summary", "no", "claim 0's in_summary is a string, not true or false"),
        ("budget", {"words": "250"}, "budget is an object, not an object of whole numbers"),
        ("documents.0.kind_cues", [1], "document 0's kind_cues is a list, not a list of strings"),
        (
            "documents.0.removed",
            [{"start": "1", "end": 4, "reason": "x", "text": "y"}],
            'removed span "1"-4 is no',
        ),
        (
            "documents.0.removed",
            [{"start": 0, "end": 4, "reason": 1, "text": "y"}],
            "removed reason is a number",
        ),
    ],
)
@pytest.mark.parametrize("fmt", ["json", "html", "markdown"])
def test_a_damaged_saved_brief_is_one_line(
    example_json: dict, tmp_path: Path, capsys, path: str, value: object, problem: str, fmt: str
) -> None:
    data = json.loads(json.dumps(example_json))
    _set(data, path, value)
    saved = tmp_path / "bad.json"
    saved.write_text(json.dumps(data), encoding="utf-8")
    assert main(["render", str(saved), "--format", fmt]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"newsbrief: error: {saved}: not a newsbrief brief: ") and err.count("\n") == 1, err
    assert problem in err, err


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_saved_1_0_brief_without_copy_of_still_renders(
    example_json: dict, tmp_path: Path, capsys, fmt: str
) -> None:
    data = json.loads(json.dumps(example_json))
    data["schema_version"] = "1.0"
    for d in data["documents"]:
        del d["copy_of"]
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["render", str(path), "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        assert json.loads(out)["schema_version"] == "1.0"
    else:
        assert out == render(Brief.from_dict(example_json), fmt)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32", "utf-16-le", "utf-16-be"])
def test_a_brief_saved_with_a_byte_order_mark_renders(
    made: Brief, tmp_path: Path, capsys, encoding: str
) -> None:
    """An editor's UTF-8 BOM, or PowerShell's `>` (UTF-16): was "not a JSON brief (Unexpected UTF-8 BOM)";
    UTF-16 without a mark was "not a JSON brief (Expecting property name ...)" (cli49)."""
    saved = tmp_path / "brief.json"
    saved.write_bytes(render(made, "json").encode(encoding))
    assert main(["render", str(saved), "--format", "markdown"]) == 0
    assert capsys.readouterr().out == render(made, "markdown")


def test_a_gzipped_brief_is_named_as_one(made: Brief, tmp_path: Path, capsys) -> None:
    """Was "not a JSON brief ('utf-8' codec can't decode byte 0x8b in position 1: invalid start byte)"."""
    import gzip

    saved = tmp_path / "brief.json.gz"
    saved.write_bytes(gzip.compress(render(made, "json").encode("utf-8")))
    assert main(["render", str(saved)]) == 1
    assert capsys.readouterr().err == f"newsbrief: error: {saved}: not a JSON brief: a gzip archive\n"
