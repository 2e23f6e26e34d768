"""The spine end to end on text written for these tests."""

from __future__ import annotations

import pytest

from newsbrief import brief, summarize
from newsbrief.errors import InputError
from newsbrief.render.json import render as render_json

A = (
    "The city council voted on Tuesday to close the old harbour bridge for repairs. "
    "Engineers found deep cracks in two of the bridge's steel supports during an inspection last month. "
    "The closure will last at least eight months, the council said in a statement. "
    "Commuters will be sent across the river on a temporary ferry service that starts next week. "
    "Local shop owners said they feared losing customers during the long closure."
)
B = (
    "The harbour bridge will close for at least eight months after inspectors found cracked steel supports. "
    "The council approved the closure in a vote on Tuesday evening. "
    "A free ferry will carry commuters across the river from next Monday. "
    "The repairs are expected to cost about 40 million dollars, according to the city's budget office."
)
C = (
    "Repairs to the harbour bridge will cost the city an estimated 40 million dollars. "
    "The mayor said the bridge had been neglected for decades and called the closure overdue. "
    "Cyclists will be allowed to use a lane on the railway bridge while the work goes on."
)


@pytest.fixture(scope="module")
def story_brief():
    return brief(texts=[A, B, C], words=60, timings=False)


def test_every_summary_sentence_is_verbatim_at_its_offsets(story_brief) -> None:
    assert story_brief.summary
    for s in story_brief.summary:
        assert story_brief.documents[s.doc].text[s.start : s.end] == s.text
        for sup in s.support:
            assert sup.doc != s.doc
            assert story_brief.documents[sup.doc].text[sup.start : sup.end]


def test_word_budget_holds_and_sentences_are_whole(story_brief) -> None:
    assert sum(len(s.text.split()) for s in story_brief.summary) <= 60
    assert all(s.text.endswith((".", "?", "!")) for s in story_brief.summary)


def test_shared_facts_are_cited_by_several_sources(story_brief) -> None:
    assert any(len(s.sources) >= 2 for s in story_brief.summary)


def test_sentence_budget() -> None:
    b = brief(texts=[A, B, C], words=None, sentences=2, timings=False)
    assert len(b.summary) == 2


def test_deterministic_json() -> None:
    one = render_json(brief(texts=[A, B, C], timings=False))
    two = render_json(brief(texts=[A, B, C], timings=False))
    assert one == two
    assert "timings_ms" not in one


def test_timings_are_reported_per_stage() -> None:
    b = brief(texts=[A, B], timings=True)
    assert {"ingest", "clean", "segment", "summarize", "cite"} <= set(b.timings_ms)


def test_one_document_still_works() -> None:
    b = brief(texts=[A], words=40, timings=False)
    assert b.summary and all(s.doc == 0 and not s.support for s in b.summary)


def test_no_text_is_an_input_error() -> None:
    with pytest.raises(InputError):
        brief(texts=["   ", "\n"])


@pytest.mark.parametrize("method", summarize.names())
def test_every_method_keeps_the_invariants(method: str) -> None:
    b = brief(texts=[A, B, C], words=50, method=method, timings=False, analysis=False)
    assert b.summary
    assert sum(len(s.text.split()) for s in b.summary) <= 50
    for s in b.summary:
        assert b.documents[s.doc].text[s.start : s.end] == s.text


def test_python_api_reads_files_and_picks_a_story(tmp_path) -> None:
    import json

    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    b = brief([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], words=50, timings=False)
    assert [d.id for d in b.documents] == ["a", "b"]
    rows = [{"id": "one", "documents": [C]}, {"id": "two", "documents": [A, B]}]
    stories = tmp_path / "s.jsonl"
    stories.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    assert len(brief([str(stories)], story="two", timings=False).documents) == 2
    with pytest.raises(InputError, match="three"):
        brief([str(stories)], story="three")


@pytest.mark.parametrize("which", ["example", "seeds"])
def test_no_analysis_never_changes_a_citation(which: str, request: pytest.FixtureRequest) -> None:
    from newsbrief.example import example_docs
    from newsbrief.ingest import load

    raws = example_docs() if which == "example" else load([str(p) for p in request.getfixturevalue("seeds")])
    full = brief(raws=raws, timings=False)
    bare = brief(raws=raws, timings=False, analysis=False)
    assert full.claims and not bare.claims
    assert full.summary == bare.summary
    if which == "example":  # its outlets repeat facts in near-identical words
        assert any(s.support for s in full.summary), "some summary sentence is cited by another source"


def test_citations_rest_on_the_alignment() -> None:
    from newsbrief.example import example_docs
    from newsbrief.pipeline import prepare_story

    story = prepare_story(example_docs())
    b = brief(raws=example_docs(), timings=False, analysis=False)
    where = {(s.doc, s.start, s.end): i for i, s in enumerate(story.sentences)}
    for s in b.summary:
        i = where[(s.doc, s.start, s.end)]
        linked = {where[(x.doc, x.start, x.end)] for x in s.support}
        assert linked <= {k.b if k.a == i else k.a for k in story.alignment.supporting(i)}
        assert all(x.kind in ("quote", "fact") and x.score > 0 and x.evidence for x in s.support)


def test_a_document_that_is_all_chrome_is_left_out_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    """As in eval and batch (one `prepare_story`): the brief names it in a warning and leaves it out."""
    chrome = "Trending Now\nSponsored Links by Taboola\nMore from Example News"
    b = brief(texts=[A, chrome], timings=False)
    assert [d.source for d in b.documents] == ["<text>#1"]
    assert all(s.doc == 0 for s in b.summary)
    assert [r.getMessage() for r in caplog.records] == ["<text>#2: left out: empty after cleaning"]


def test_citations_agree_with_the_shared_claims() -> None:
    from newsbrief.example import example_docs

    # The summary keeps one sentence per fact, so which member of a shared point it holds depends on
    # the budget: look at a few budgets.
    cited_any = False
    for words in (250, 300, 350, 500):
        b = brief(raws=example_docs(), words=words, timings=False)
        stated = {}
        for c in b.claims:
            if c.kind == "shared":  # the point's own sentence is stated by every source listed
                stated[(c.doc, c.start, c.end)] = {c.doc, *(x.doc for x in c.sources)}
        cited = [s for s in b.summary if (s.doc, s.start, s.end) in stated]
        cited_any = cited_any or bool(cited)
        for s in cited:
            assert stated[(s.doc, s.start, s.end)] == set(s.sources)
    assert cited_any, "the example's summary should contain points several outlets make"


def test_the_command_line_shows_library_warnings(tmp_path, capsys) -> None:
    from newsbrief.cli import main

    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "chrome.txt").write_text("Trending Now\nSponsored Links by Taboola\n", encoding="utf-8")
    assert main(["brief", str(tmp_path / "a.txt"), str(tmp_path / "chrome.txt"), "--format", "json"]) == 0
    err = capsys.readouterr().err
    assert err == f"newsbrief: warning: {tmp_path / 'chrome.txt'}: left out: empty after cleaning\n"


def test_the_cyclic_collector_is_off_during_a_brief_and_restored_after(monkeypatch) -> None:
    import gc

    from newsbrief import segment

    seen: list[bool] = []
    real = segment.split_all
    monkeypatch.setattr(segment, "split_all", lambda docs: (seen.append(gc.isenabled()), real(docs))[1])
    assert gc.isenabled()
    brief(texts=[A, B])
    assert seen == [False] and gc.isenabled()
    gc.disable()  # a caller that turned it off keeps it off
    try:
        brief(texts=[A, B])
        assert not gc.isenabled()
    finally:
        gc.enable()
