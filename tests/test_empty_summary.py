"""An empty summary is refused where a user asked for one, the command line (`empty_summary.py`): `brief`
says why in one line naming its input, exit 1; `batch` records the story as failed and briefs the rest;
`cluster --brief` warns it not briefed. A `--words` below the shortest usable sentence is a usage error.
The Python API still briefs a short text (read for its names and quotes) to an empty summary."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief import pipeline
from newsbrief.cli import main
from newsbrief.empty_summary import RULES, check_words, why_empty
from newsbrief.errors import UsageError
from newsbrief.model import Budget

PROSE = (
    "The river ferry will run again on Monday after a two-week strike by its crews ended with a deal. "
    "Crews accepted a pay rise of four percent over two years, the operator said on Friday."
)
LINKS = "https://example.org/a\nhttps://example.org/b\n"
FEW_WORDS = "Ferry strike over\n"
# a page of 5 words or more (under 5 the story list takes it for page chrome: `cluster.engine.CHROME_WORDS`)
# with no sentence a summary may use: stored and clustered as an article, refused when briefed
SHORT_LINES = "Ferry strike over. Crews back at work. Deal signed on Friday. Fares unchanged.\n"
NO_PROSE = "no prose to brief: no sentence of 6 to 80 words that ends like one"
CHROME = "nothing to brief (page chrome only)"


def _error(capsys) -> str:  # type: ignore[no-untyped-def]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("newsbrief: error: "), err
    return err[0].removeprefix("newsbrief: error: ")


@pytest.mark.parametrize(
    ("text", "said"),
    [(LINKS, CHROME), (FEW_WORDS, CHROME), (SHORT_LINES, NO_PROSE)],
)
def test_brief_refuses_a_story_with_no_prose(tmp_path: Path, capsys, text: str, said: str) -> None:
    """Was an empty summary with exit 0 (a list of links, a few words); under `CHROME_WORDS` words the page
    is page chrome, in the words `brief --db --story` says of it stored (review60)."""
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "brief.md"
    code = main(["brief", str(tmp_path / "a.txt"), "-o", str(out)])
    assert _error(capsys) == f"{tmp_path / 'a.txt'}: {said}"
    assert code == 1 and not out.exists()


def test_brief_names_the_shortest_sentence_a_small_budget_misses(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    code = main(["brief", str(tmp_path / "a.txt"), "-w", "8", "--no-timings"])
    assert code == 1
    assert _error(capsys).endswith(
        "a.txt: no sentence fits --words 8: the shortest a summary may use has 16 words"
    )


@pytest.mark.parametrize("words", ["1", "5", "0", "-3"])
@pytest.mark.parametrize("command", ["brief", "batch", "cluster", "eval"])
def test_a_word_budget_below_every_usable_sentence_is_a_usage_error(
    tmp_path: Path, capsys, words: str, command: str
) -> None:
    """`--words 1..5` gave an empty summary, exit 0: no sentence a summary may use is that short. `--words 0`
    and below were told "greater than or equal to 1" (then `-w 1` "give 6 or more": cli53)."""
    (tmp_path / "a.txt").write_text(PROSE, encoding="utf-8")
    row = {"id": "a", "documents": [PROSE], "summaries": ["The ferry runs again."]}
    (tmp_path / "a.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    args = {
        "brief": ["brief", str(tmp_path / "a.txt")],
        "batch": ["batch", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl")],
        "cluster": ["cluster", str(tmp_path / "a.txt"), "--brief"],
        "eval": ["eval", str(tmp_path / "a.jsonl"), "-m", "lead"],  # a table of zeros, exit 0
    }[command]
    code = main([*args, "-w", words])
    assert code == 2
    assert _error(capsys) == (
        f"--words: {words} is below 6, the fewest words of a sentence a summary may use; give 6 or more"
    )


def test_a_sentence_budget_replaces_a_small_word_budget() -> None:
    check_words(3, 2)  # `--sentences` overrides `--words`: nothing to refuse
    with pytest.raises(UsageError):
        check_words(5, None)
    with pytest.raises(UsageError):
        check_words(0, 2)  # no budget at all, whatever replaces it
    check_words(6, None)


def test_the_python_api_still_briefs_a_short_text() -> None:
    """The refusal is the command line's: a library user briefs a few lines for their names."""
    b = pipeline.brief(texts=[FEW_WORDS], timings=False)
    assert b.summary == ()


def test_batch_records_a_story_with_no_prose_as_failed_and_briefs_the_rest(tmp_path: Path, capsys) -> None:
    rows = [
        {"id": "a", "documents": [PROSE]},
        {"id": "links", "documents": [LINKS]},
        {"id": "c", "documents": [PROSE]},
    ]
    src = tmp_path / "stories.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["batch", str(src), "-o", str(out), "-j", "1", "-q"])
    assert code == 1
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "c"]
    errors = [
        json.loads(line) for line in Path(f"{out}.errors.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert errors == [{"id": "links", "reason": NO_PROSE}]


def test_the_batch_api_keeps_an_empty_summary(tmp_path: Path) -> None:
    from newsbrief import batch

    [(sid, brief)] = list(batch([{"id": "links", "documents": [LINKS]}], jobs=1))
    assert sid == "links" and brief["summary"] == []


def test_cluster_brief_warns_a_story_with_no_prose_not_briefed(tmp_path: Path, capsys) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "lines.txt").write_text(SHORT_LINES, encoding="utf-8")
    out = tmp_path / "stories.json"
    code = main(["cluster", str(tmp_path / "in"), "--brief", "-f", "json", "-o", str(out)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1, err
    assert err[0].startswith("newsbrief: warning: story ") and err[0].endswith(f"{NO_PROSE}; not briefed")
    assert [s["brief"] for s in json.loads(out.read_text(encoding="utf-8"))["stories"]] == [None]


def test_cluster_brief_leaves_a_story_of_page_chrome_unbriefed_without_a_warning(
    tmp_path: Path, capsys
) -> None:
    """A page of two links (under `CHROME_WORDS` words) is page chrome: the list marks it, its brief is
    null, and nothing is refused (exit 0); `brief --db --story` on it says so in one line (exit 1)."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "links.txt").write_text(LINKS, encoding="utf-8")
    (tmp_path / "in" / "a.txt").write_text(PROSE, encoding="utf-8")
    out = tmp_path / "stories.json"
    code = main(["cluster", str(tmp_path / "in"), "--brief", "-f", "json", "-o", str(out)])
    assert code == 0 and capsys.readouterr().err == ""
    stories = json.loads(out.read_text(encoding="utf-8"))["stories"]
    assert [(s["documents"][0]["rule"], s["brief"] is None) for s in stories] == [
        ("thin", False),
        ("chrome", True),
    ]
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "in" / "links.txt"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["brief", "--db", db, "--story", "1"]) == 1
    assert _error(capsys) == "story 1: nothing to brief (page chrome only)"


def test_the_rules_say_why_in_order() -> None:
    story = pipeline.prepare_story(_raws(PROSE))
    assert [name for name, _, _ in RULES] == ["no prose", "over the word budget", "none chosen"]
    assert why_empty(story, Budget(words=8), "default").startswith("no sentence fits --words 8")
    assert why_empty(story, Budget(words=100), "ilp") == "method ilp chose no sentence within --words 100"
    assert (
        why_empty(story, Budget(words=None, sentences=1), "x")
        == "method x chose no sentence within --sentences 1"
    )


def _raws(text: str) -> list:
    from newsbrief.ingest import load_texts

    return load_texts([text])


def test_brief_db_refuses_a_stored_story_with_no_prose(tmp_path: Path, capsys) -> None:
    (tmp_path / "lines.txt").write_text(SHORT_LINES, encoding="utf-8")
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(tmp_path / "lines.txt"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["brief", "--db", db, "--story", "1"]) == 1
    assert _error(capsys) == f"{tmp_path / 'lines.txt'}: {NO_PROSE}"


@pytest.mark.parametrize(
    ("text", "said"),
    [("Sign in now", "page chrome only"), (None, "a site notice only")],
)
def test_a_page_with_no_news_is_refused_alike_from_a_file_and_from_a_store(
    tmp_path: Path, capsys, text: str | None, said: str
) -> None:
    """review60: `brief FILE` on a page of three words said "no prose to brief: ...", and on a sign-in wall
    briefed the wall (exit 0), where `brief --db --story` on the same page stored said "story 1 has nothing
    to brief (...)": now one line in the same words, exit 1, each naming what it briefed."""
    from cluster_texts import SIGN_IN_WALL

    page = tmp_path / "page.txt"
    page.write_text(text or SIGN_IN_WALL, encoding="utf-8")
    assert main(["brief", str(page)]) == 1
    assert _error(capsys) == f"{page}: nothing to brief ({said})"
    db = str(tmp_path / "s.db")
    assert main(["ingest", str(page), "--db", db]) == 0
    capsys.readouterr()
    assert main(["brief", "--db", db, "--story", "1"]) == 1
    assert _error(capsys) == f"story 1: nothing to brief ({said})"
