"""`newsbrief eval` end to end on a tiny JSONL written here: output shape, bad data, jobs, per-story."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from test_baselines import DOCS, REFERENCE

from newsbrief.cli import main

SCORE = {
    "type": "object",
    "required": ["f", "p", "r"],
    "properties": {k: {"type": "number", "minimum": 0, "maximum": 1} for k in "fpr"},
}
SHAPE = {
    "type": "object",
    "required": ["methods", "data", "protocol", "versions"],
    "properties": {
        "methods": {
            "type": "object",
            "minProperties": 1,
            "additionalProperties": {
                "type": "object",
                "required": [
                    "rouge1",
                    "rouge2",
                    "rougeL",
                    "rougeLsum",
                    "rouge2_ci95",
                    "ms_per_story",
                    "stories",
                    "dangling_rate",
                ],
                "properties": {
                    "rouge1": SCORE,
                    "rouge2": SCORE,
                    "rougeL": SCORE,
                    "rougeLsum": SCORE,
                    "rouge2_ci95": {
                        "type": "array",
                        "items": {"type": "number"},
                        "minItems": 2,
                        "maxItems": 2,
                    },
                    "ms_per_story": {"type": "number", "minimum": 0},
                    "stories": {"type": "integer"},
                    "dangling_rate": {"type": "number", "minimum": 0, "maximum": 1},
                },
            },
        },
        "data": {
            "type": "object",
            "required": ["path", "sha256", "stories", "skipped"],
            "properties": {"sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"}},
        },
        "protocol": {"type": "object", "required": ["words", "measure", "seed"]},
        "versions": {"type": "object", "required": ["rouge-score", "newsbrief"]},
    },
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p = tmp_path_factory.mktemp("eval") / "tiny.jsonl"
    rows = [
        {"id": "flood", "documents": list(DOCS), "summaries": [REFERENCE, REFERENCE.upper()]},
        {"id": "flood-2", "documents": list(DOCS[1:]), "summaries": [REFERENCE]},
        {"id": "no-refs", "documents": list(DOCS)},
        {"id": "flood-3", "documents": ["", *DOCS[:2], "   "], "summaries": [REFERENCE]},
    ]
    p.write_text(
        "\n".join([json.dumps(r) for r in rows[:2]] + ["{broken", *map(json.dumps, rows[2:])]) + "\n"
    )
    return p


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_output_shape_and_bad_data(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "scores.json"
    per = tmp_path / "per.jsonl"
    code, stdout, err = _run(
        [
            "eval",
            str(data),
            "--words",
            "40",
            "--methods",
            "lead,lexrank,random,oracle",
            "--format",
            "json",
            "-o",
            str(out),
            "--per-story",
            str(per),
        ],
        capsys,
    )
    assert code == 1, err  # two stories skipped: a partial run, after writing what it scored
    assert stdout == ""
    rec = json.loads(out.read_text())
    jsonschema.validate(rec, SHAPE)
    assert list(rec["methods"]) == ["lead", "lexrank", "random", "oracle"]
    assert rec["data"]["stories"] == 3 and rec["data"]["read"] == 5
    assert {s["reason"] for s in rec["data"]["skipped"]} == {
        "broken JSON on line 3: Expecting property name enclosed in double quotes",
        "no reference summaries",
    }
    assert [d["reason"] for d in rec["data"]["dropped_documents"]] == [
        "document 1 is empty",
        "document 4 is empty",
    ]
    # One stderr line per skipped story, one for all documents left out, and the totals.
    assert "skipped story tiny.jsonl-line-3 (line 3): broken JSON" in err
    assert "skipped story no-refs: no reference summaries" in err
    assert "document 1 is empty" not in err  # listed in the JSON, not one line each
    assert [x for x in err.splitlines() if "left out" in x] == [
        "newsbrief: 2 documents of 1 story left out (no article text after cleaning or unusable); "
        "--format json lists them under dropped_documents"
    ]
    assert err.splitlines()[-1] == "newsbrief: scored 3 of 5 stories (2 skipped: tiny.jsonl-line-3, no-refs)"
    for m in rec["methods"].values():
        assert m["stories"] == 3
        lo, hi = m["rouge2_ci95"]
        assert lo <= m["rouge2"]["f"] <= hi
    assert rec["methods"]["oracle"]["rouge2"]["f"] >= rec["methods"]["lead"]["rouge2"]["f"]
    assert rec["protocol"]["measure"] == "f1" and rec["protocol"]["words"] == 40
    lines = [json.loads(x) for x in per.read_text().splitlines()]
    assert [x["id"] for x in lines] == ["flood", "flood-2", "flood-3"]
    assert set(lines[0]["methods"]) == {"lead", "lexrank", "random", "oracle"}
    assert lines[0]["methods"]["lead"]["words"] <= 40


def _scores(rec: dict) -> dict:
    return {
        m: {k: v[k] for k in ("rouge1", "rouge2", "rougeL", "rougeLsum", "rouge2_ci95")}
        for m, v in rec["methods"].items()
    }


def test_jobs_give_the_same_scores(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    recs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.json"
        args = [
            "eval",
            str(data),
            "-w",
            "30",
            "-m",
            "textrank,mmr,centroid,random",
            "--recall",
            "--seed",
            "7",
        ]
        code, _, err = _run([*args, "--jobs", jobs, "-f", "json", "-o", str(out)], capsys)
        assert code == 1, err  # the data's two bad stories are skipped
        recs.append(json.loads(out.read_text()))
    assert _scores(recs[0]) == _scores(recs[1])
    assert recs[0]["protocol"]["measure"] == "recall"


def test_table_output(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, stdout, _ = _run(["eval", str(data), "-w", "40", "-m", "lead,mmr", "--limit", "2"], capsys)
    assert code == 0
    assert "ROUGE f1" in stdout and "2 stories" in stdout
    for col in ("R1", "R2", "RL", "RLsum", "dangling %", "ms/story"):
        assert col in stdout
    assert "lead" in stdout and "mmr" in stdout


def test_usage_errors(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["eval", str(data), "-m", "lead,nosuch"], capsys)
    assert code == 2 and "unknown method nosuch" in err and "Traceback" not in err
    code, _, err = _run(["eval", str(data), "-f", "xml"], capsys)
    assert code == 2 and "--format" in err
    code, _, err = _run(["eval", str(tmp_path / "missing.jsonl")], capsys)
    assert code == 1 and "no such file" in err
    empty = tmp_path / "refless.jsonl"
    rows = [{"id": k, "documents": ["Some text here."]} for k in ("a", "b")]
    empty.write_text("".join(json.dumps(r) + "\n" for r in rows))
    code, _, err = _run(["eval", str(empty), "-m", "lead"], capsys)
    # one line: a warning per story came first (fuzz35)
    assert code == 1 and err.strip().splitlines() == [
        f"newsbrief: error: {empty}: no story could be scored (2 skipped; the first: no reference summaries)"
    ]
    for blank in ("", "\n  \n"):  # "no story could be scored": `batch` says the same cause in these words
        empty.write_text(blank)
        code, _, err = _run(["eval", str(empty), "-m", "lead"], capsys)
        assert code == 1 and err.strip().splitlines() == [
            f"newsbrief: error: {empty}: no stories in it (an empty file?)"
        ]
    code, _, err = _run(["eval", str(data), "-m", "lead", "--seed", "-1"], capsys)
    assert code == 2 and err.startswith("newsbrief: error: --seed: ")  # was a numpy ValueError traceback


def test_plain_eval_runs_every_method_but_the_slow_exact_one() -> None:
    from newsbrief.evaluation.command import parse_methods
    from newsbrief.evaluation.methods import names

    plain = parse_methods(None)
    assert "ilp" in names() and "ilp" not in plain
    assert {"default", "lead", "mmr", "random", "oracle"} <= set(plain)
    assert parse_methods("default,ilp") == ("default", "ilp")  # still there when asked for


@pytest.mark.parametrize(
    ("methods", "expected"),
    [
        (",", "--methods: no method named; choose from default"),
        ("", "--methods: no method named; choose from default"),  # ran every default method (cli43)
        ("lead,nosuch", "--methods: unknown method nosuch"),
    ],
)
def test_a_bad_method_list_names_the_option(methods: str, expected: str) -> None:
    """`-m ','` said "unknown method (none)", naming no option."""
    from newsbrief.errors import UsageError
    from newsbrief.evaluation.command import parse_methods

    with pytest.raises(UsageError) as e:
        parse_methods(methods)
    assert str(e.value).startswith(expected)


@pytest.mark.parametrize(
    ("reader", "code", "expected"),
    [
        ("xml", 2, "--reader: unknown format 'xml'; choose one of jsonl, multinews, folder"),  # was exit 1
        ("", 2, "--reader: no format named; choose one of jsonl, multinews, folder"),  # it guessed
        ("folder", 1, "{data}: is not a folder, which the folder format reads"),  # "cannot read further"
    ],
)
def test_a_bad_reader_is_named(
    data: Path, capsys: pytest.CaptureFixture[str], reader: str, code: int, expected: str
) -> None:
    """`--reader` (cli47): an unknown one named the data file, exit 1; `''` guessed; `folder` on a file
    said "cannot read further (Not a directory)". `JSONL` is `jsonl`, as `--format` reads any case."""
    got, out, err = _run(["eval", str(data), "-m", "lead", "--reader", reader], capsys)
    assert (got, out, err) == (code, "", f"newsbrief: error: {expected.format(data=data)}\n")
    got, out, _ = _run(["eval", str(data), "-m", "lead", "--reader", "JSONL", "-f", "json"], capsys)
    assert got == 1 and json.loads(out)["data"]["stories"] == 3  # 1: the story without references


def test_a_story_skipped_for_its_text_says_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A story in Greek was skipped as "no document with any text", where `batch` and `brief --story`
    said "not English" (cli47): the reason is `brief`'s now."""
    greek = "Το δημοτικό συμβούλιο ενέκρινε σήμερα το νέο σχέδιο για τη γέφυρα του λιμανιού. " * 3
    p = tmp_path / "mixed.jsonl"
    rows = [
        {"id": "greek", "documents": [greek, greek], "summaries": [REFERENCE]},
        {"id": "flood", "documents": list(DOCS), "summaries": [REFERENCE]},
    ]
    p.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    code, _, err = _run(["eval", str(p), "-m", "lead"], capsys)
    first = err.splitlines()[0]
    assert code == 1 and first.startswith("newsbrief: skipped story greek: greek#1: not English"), err


def test_a_repeated_story_id_is_scored_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A story id given twice was scored twice (twice in every mean, two --per-story rows of one id);
    now the later one is skipped as `batch` fails it (cli43)."""
    p = tmp_path / "twice.jsonl"
    row = json.dumps({"id": "flood", "documents": list(DOCS), "summaries": [REFERENCE]})
    p.write_text(row + "\n" + row + "\n")
    per = tmp_path / "per.jsonl"
    code, _, err = _run(["eval", str(p), "--methods", "lead", "--per-story", str(per), "-f", "json"], capsys)
    assert code == 1  # as eval ends with any skipped story
    assert "newsbrief: skipped story flood: duplicate story id (story 1 has it too)" in err
    assert [json.loads(line)["id"] for line in per.read_text().splitlines()] == ["flood"]


def test_a_story_id_that_is_an_object_is_a_bad_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`"id": {"a": 1}` became the id "{'a': 1}" (cli43)."""
    p = tmp_path / "obj.jsonl"
    p.write_text(json.dumps({"id": {"a": 1}, "documents": list(DOCS), "summaries": [REFERENCE]}) + "\n")
    code, _, err = _run(["eval", str(p), "--methods", "lead"], capsys)
    assert code == 1 and err.endswith('the first: "id" on line 1 is an object, not a string or number)\n')


@pytest.mark.parametrize("option", ["--per-story", "--output"])
def test_an_output_that_is_a_folder_is_refused_before_scoring(
    data: Path, tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    """`--per-story FOLDER` said "is a folder" only after every story was scored (cli43)."""
    from newsbrief.evaluation import run

    def scored(*a: object, **k: object) -> None:
        raise AssertionError("scored before the output was checked")

    monkeypatch.setattr(run, "evaluate", scored)
    code, _, err = _run(["eval", str(data), "--methods", "lead", option, str(tmp_path)], capsys)
    assert code == 1 and err == f"newsbrief: error: {tmp_path}: is a folder; give a file name\n"


def test_a_partial_run_fails_after_writing_its_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A skipped story ended `eval` with exit 0 while `batch` ended 1 for a failed one: a script could
    not tell a partial run from a whole one. Now 1, as batch, once the table is written; the last line
    counts the skips and names their ids (the first five; the JSON lists every one)."""
    good = json.dumps({"id": "flood", "documents": list(DOCS), "summaries": [REFERENCE]})
    bad = [json.dumps({"id": f"bare-{k}", "documents": list(DOCS)}) for k in range(7)]
    p = tmp_path / "partial.jsonl"
    p.write_text("\n".join([good, *bad]) + "\n")
    code, out, err = _run(["eval", str(p), "--methods", "lead"], capsys)
    assert code == 1
    assert "lead" in out  # the table of the story scored
    assert err.splitlines()[-1] == (
        "newsbrief: scored 1 of 8 stories (7 skipped: bare-0, bare-1, bare-2, bare-3, bare-4, and 2 more)"
    )
    p.write_text(good + "\n")
    code, out, err = _run(["eval", str(p), "--methods", "lead"], capsys)
    assert (code, err) == (0, "")


def test_a_reference_of_no_word_rouge_reads_is_not_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A reference of punctuation or of a script ROUGE does not read (its tokens are a-z and 0-9) scored
    0 and was averaged in: a story scored 0, or half its score, exit 0 (cli50). Such a reference is
    left out; a story with no other is skipped, naming why."""
    rows = [
        {"id": "read", "documents": list(DOCS), "summaries": [REFERENCE]},
        {"id": "and-marks", "documents": list(DOCS), "summaries": [REFERENCE, "... --- !!!"]},
        {"id": "marks", "documents": list(DOCS), "summaries": ["... --- !!!"]},
        {"id": "cyrillic", "documents": list(DOCS), "summaries": ["Шторм затопил город."]},
    ]
    path = tmp_path / "refs.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    per = tmp_path / "per.jsonl"
    code, _, err = _run(["eval", str(path), "-m", "lead", "-f", "json", "--per-story", str(per)], capsys)
    assert code == 1, err
    scores = {r["id"]: r for r in map(json.loads, per.read_text().splitlines())}
    assert sorted(scores) == ["and-marks", "read"]
    same = ("rouge1", "rouge2", "rougeL", "rougeLsum")
    assert [scores["and-marks"]["methods"]["lead"][k] for k in same] == [
        scores["read"]["methods"]["lead"][k] for k in same
    ]
    reason = "no reference summary has a word ROUGE reads (Latin letters or digits)"
    assert f"skipped story marks: {reason}" in err and f"skipped story cyrillic: {reason}" in err
