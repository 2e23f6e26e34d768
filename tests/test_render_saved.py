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
        ('{"documents": []}', "missing field 'schema_version'"),
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
        ("documents.0.text", None, "documents[0].text: expected a string, got null"),  # a traceback
        ("summary.0.start", 1.5, "summary[0].start: expected a whole number, got 1.5"),  # html: a traceback
        ("summary.0.start", True, "summary[0].start: expected a whole number, got true"),
        ("summary.0.start", -5, "summary[0].start: expected 0 or more, got -5"),
        ("summary.0.end", 10**9, "summary span 0-1000000000 is not within document 1's"),  # rendered wrong
        ("quotes.0.end", 10**9, "quotes span 576-1000000000 is not within document 0's"),
        ("schema_version", 1.3, 'schema_version 1.3 is no version string such as "1.3"'),  # json: traceback
        ("schema_version", "99.0", "schema_version 99.0 is newer than this newsbrief reads (1.3): update it"),
        ("summary", "text", 'summary: expected a list, got "text"'),  # "string indices must be integers"
        ("quotes", [1], "quotes[0]: expected an object, got 1"),
        # Python's words (cli47): "'<=' not supported between ...", "tuple indices must be integers ..."
        ("summary.0.doc", "0", 'summary[0].doc: expected a whole number, got "0"'),
        ("summary.0.doc", 0.5, "summary[0].doc: expected a whole number, got 0.5"),
        ("quotes.0.doc", True, "quotes[0].doc: expected a whole number, got true"),
        (
            "documents.1.copy_of",
            {"doc": "0", "shared": 0.9},
            'documents[1].copy_of.doc: expected a whole number, got "0"',
        ),
        # a text field edited to another type (cli50): tracebacks ("'int' object has no attribute 'split'")
        ("quotes.0.text", 7, "quotes[0].text: expected a string, got 7"),
        ("quotes.0.speaker", True, "quotes[0].speaker: expected a string or null, got true"),
        ("entities.0.name", None, "entities[0].name: expected a string, got null"),
        (
            "entities.0.kind",
            ["place"],
            "entities[0].kind: expected one of person, organization, place, date, number, got a list",
        ),
        ("documents.0.title", 3, "documents[0].title: expected a string or null, got 3"),
        ("documents.0.source", {}, "documents[0].source: expected a string, got an object"),
        ("documents.0.raw", None, "documents[0].raw: expected a string, got null"),
        ("summary.0.text", 1, "summary[0].text: expected a string, got 1"),
        ("summary.0.conflict", 2, "summary[0].conflict: expected a string or null, got 2"),
        ("method", 5, "method: expected a string, got 5"),
        # other fields of another shape (cli50): a traceback, Python's words, or rendered wrong
        (
            "documents.1.copy_of",
            {"doc": 0, "shared": "most"},
            'documents[1].copy_of.shared: expected a number, got "most"',
        ),
        ("summary.0.support", "none", 'summary[0].support: expected a list, got "none"'),
        (
            "entities.0.mentions.0.spans",
            [[1]],
            "entities[0].mentions[0].spans[0]: expected at least 2 items, got 1",
        ),
        ("claims.0.in_summary", "no", 'claims[0].in_summary: expected a boolean, got "no"'),
        ("budget", {"words": "250"}, 'budget.words: expected a whole number, got "250"'),
        ("documents.0.kind_cues", [1], "documents[0].kind_cues[0]: expected a string, got 1"),
        (
            "documents.0.removed",
            [{"start": "1", "end": 4, "reason": "x", "text": "y"}],
            'documents[0].removed[0].start: expected a whole number, got "1"',
        ),
        (
            "documents.0.removed",
            [{"start": 0, "end": 4, "reason": 1, "text": "y"}],
            "documents[0].removed[0].reason: expected a string, got 1",
        ),
        # values the schema does not allow, rendered before the schema was read (session 51)
        ("documents.0.kind", "blog", "documents[0].kind: expected one of news, analysis, opinion, review,"),
        ("claims.0.kind", "rumour", "claims[0].kind: expected one of shared, point, conflict, single, got"),
        ("summary.12.support.0.kind", "guess", "summary[12].support[0].kind: expected one of quote, fact,"),
        ("budget.words", 0, "budget.words: expected 1 or more, got 0"),
        ("entities.0.mentions.0.count", 0, "entities[0].mentions[0].count: expected 1 or more, got 0"),
        ("documents.1.copy_of", {"doc": 0, "shared": 2}, "documents[1].copy_of.shared: expected 1 or less"),
        ("documents.1.copy_of", "x", 'documents[1].copy_of: expected null or an object, got "x"'),
        ("documents", [], "documents: expected at least 1 item, got 0"),
        ("timings_ms", {"analyze": "fast"}, 'timings_ms.analyze: expected a number, got "fast"'),
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


def _older(data: dict, version: str) -> dict:
    """`data` as a brief of schema `version` was saved: without the fields added since (1.3: see_also and
    about; 1.2: in_summary; the earliest 1.0: a support was a bare span, no conflicts, no document kind,
    cues, copy or repairs, no speaker rule)."""
    data = json.loads(json.dumps(data), object_hook=lambda o: {k: v for k, v in o.items() if k != "about"})
    data["schema_version"] = version
    for s in data["summary"]:
        del s["see_also"]
        if version == "1.0":
            del s["conflicts"], s["conflict"]
            s["support"] = [{k: x[k] for k in ("doc", "start", "end")} for x in s["support"]]
    for c in data["claims"]:
        if version < "1.2":
            del c["in_summary"]
        if version == "1.0" and c["kind"] not in ("shared", "single"):
            c["kind"] = "single"
    for d in data["documents"]:
        if version == "1.0":
            del d["kind"], d["kind_cues"], d["copy_of"], d["repaired"]
    for q in data["quotes"] if version == "1.0" else ():
        del q["speaker_rule"]
    return data


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_brief_of_each_older_version_renders(
    example_json: dict, tmp_path: Path, capsys, version: str, fmt: str
) -> None:
    """The schema's `required` lists today's fields: a brief saved under an older version, which lacks
    some, still renders (session 51: render checks a saved brief with the schema)."""
    path = tmp_path / "old.json"
    path.write_text(json.dumps(_older(example_json, version)), encoding="utf-8")
    assert main(["render", str(path), "--format", fmt]) == 0
    out, err = capsys.readouterr()
    assert out and not err
    if fmt == "json":
        assert json.loads(out)["schema_version"] == version


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


def test_a_saved_brief_s_plain_values_are_checked_without_a_validator_each(
    example_json: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """render's schema check made a jsonschema validator for every value of a brief (9,800 for one of 25
    documents: 492 M instructions, cli52); its plain values (numbers, strings, their lists and objects)
    are now read without one (`_sure`; the example: 997 -> 69), and what is wrong in one is named as
    jsonschema names it."""
    from newsbrief.render import json as rj

    kind = type(rj._validator())
    held, made = kind.descend, []
    monkeypatch.setattr(kind, "descend", lambda self, *a, **k: made.append(1) or held(self, *a, **k))
    assert rj._schema_problem(example_json) is None
    assert 0 < len(made) < 100  # the documents' copy_of (oneOf), the spans by $ref
    data = json.loads(json.dumps(example_json))
    _set(data, "entities.2.mentions.0.spans", [[0, 4], [5, -1]])
    problem = "entities[2].mentions[0].spans[1][1]: expected 0 or more, got -1"
    assert rj._schema_problem(data) == problem
    _set(data, "entities.2.mentions.0.spans", [[0, 4.0], [5.0, 7]])  # 4.0 is an integer to JSON Schema
    assert rj._schema_problem(data) is None


@pytest.mark.parametrize("data", [b"\xef\xbb\xbf", b"\xef\xbb\xbf \r\n", b"\xff\xfe", b"\xff\xfe \x00\n\x00"])
def test_a_byte_order_mark_alone_is_empty(tmp_path: Path, capsys, data: bytes) -> None:
    """A file of a byte-order mark (and white space) alone was `not a JSON brief (Expecting value: line
    1 column 1 (char 0))`, json's words (cli58): it is empty, as a file of white space is."""
    path = tmp_path / "b.json"
    path.write_bytes(data)
    assert main(["render", str(path)]) == 1
    assert capsys.readouterr().err == f"newsbrief: error: {path}: is empty, not a JSON brief\n"
