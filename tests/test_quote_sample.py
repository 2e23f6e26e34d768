"""bench/quote_sample.py draws its WRITE / CHECK halves by story, the same way each time, outside every
frozen set's stories and every labelled article."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.shared
@pytest.mark.slow  # reads the 20,000 stories of the training file
def test_the_sample_is_seeded_split_by_story_and_outside_the_frozen_stories(shared, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("quote_sample", None)
    import quote_sample
    import read_speakers

    drawn = quote_sample.draw(shared, 1717, 6, 2)
    again = quote_sample.draw(shared, 1717, 6, 2)
    assert [(h, sid) for h, sid, _ in drawn] == [(h, sid) for h, sid, _ in again]
    ids = [sid for _, sid, _ in drawn]
    wire = sum(not s.startswith("multinews-train") for s in ids)
    assert [h for h, _, _ in drawn] == ["write", "check"] * 3 + ["write", "check"][:wire]
    assert len(set(ids)) == 6 + wire and wire <= 2  # session 49: few wire stories are outside the frozen sets
    assert not set(ids) & read_speakers.frozen_stories(shared)
    assert all(len(row["documents"]) <= quote_sample.ARTICLES for _, _, row in drawn[6:])
    rows = quote_sample.quotations(drawn[0][2])
    assert rows and all(r["context"].count("⟦") == 1 for r in rows)


def test_a_quotations_context_ends_with_the_sentence_the_analysis_cut(monkeypatch) -> None:
    """Session 17 review (fixV): the context's end was looked up in the splitter's sentences by an index
    into the analysis' sentences, which rule quote-opens-sentence can cut in two: the context then ran on
    to a later sentence."""
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("quote_sample", None)
    import quote_sample

    from newsbrief.analyze import coreference

    def cut_at_quotes(text, sents, quotes):  # the splitter kept a sentence that the rule cuts
        out = []
        for s in sents:
            at = [q.open_at for q in quotes if s.start < q.open_at < s.end]
            for a, b in zip([s.start, *at], [*at, s.end], strict=True):
                out.append(coreference.replace(s, start=a, end=b, text=text[a:b]))
        return out

    monkeypatch.setattr(coreference, "_quote_opens_sentence", cut_at_quotes)
    text = (
        "The council met on Monday night.\n\nThe mayor spoke first and “we will rebuild the old bridge this "
        "year,” she said. The vote comes next week. Nobody objected."
    )
    rows = quote_sample.quotations({"id": "t", "documents": [text]})
    assert rows and rows[0]["context"].endswith("she said.")


def test_a_story_with_no_usable_text_is_recorded_and_the_rest_go_on(monkeypatch) -> None:
    """multinews-train-25720 (seed 4242, --stories 600), all page chrome, raised InputError and stopped
    the sample (cli43): now it is recorded, with its reason, and the other stories are listed."""
    monkeypatch.syspath_prepend(str(BENCH))
    sys.modules.pop("quote_sample", None)
    import quote_sample

    chrome = {"id": "chrome", "documents": ["Home | News | Sport | Weather", "Advertisement"]}
    text = "The mayor spoke first and “we will rebuild the old bridge this year,” she said on Monday."
    drawn = [
        ("write", "chrome", chrome),
        ("check", "other", {"id": "o", "documents": [text]}),
        ("write", "good", {"id": "good", "documents": [text]}),
    ]
    rows, skipped = quote_sample.sample_rows(drawn, "write")
    assert [sid for sid, _ in skipped] == ["chrome"] and "no article text left" in skipped[0][1]
    assert rows and {r["story"] for r in rows} == {"good"}
