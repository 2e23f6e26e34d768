"""The built-in example story: three scraped-looking articles that clean well and brief sensibly."""

from __future__ import annotations

import json
import re

import pytest

from newsbrief.clean import clean
from newsbrief.cli import main
from newsbrief.example import OUTLETS, example_docs


@pytest.fixture(scope="module")
def cleaned():
    return [clean(d) for d in example_docs()]


def test_three_articles_from_three_outlets() -> None:
    docs = example_docs()
    assert [d.id for d in docs] == sorted(OUTLETS)
    assert len({d.outlet for d in docs}) == 3 and all(d.outlet for d in docs)
    for d in docs:
        assert 350 <= len(d.raw.split()) <= 500, d.id


def test_every_article_has_title_and_clean_body(cleaned) -> None:
    for d in cleaned:
        assert d.title and d.title not in d.text
        assert 250 <= len(d.text.split()) <= 450, d.id
        assert all(d.raw[r.start : r.end] == r.text for r in d.removed)


def test_the_boilerplate_is_all_removed(cleaned) -> None:
    reasons = {r.reason for d in cleaned for r in d.removed}
    expected = {
        "browser-notice", "section-kicker", "headline", "standfirst", "promo-banner", "caption",
        "duplicate-caption", "share-prompt", "author-bio", "ad-widget", "byline", "dateline", "ad",
        "related-links", "copyright", "subscribe-prompt", "credit-line",
    }  # fmt: skip
    assert expected <= reasons
    chrome = re.compile(r"Trending|Sponsored|Share this|browser|Sign up|Read more|©|Photo:|FILE -|Twitter")
    for d in cleaned:
        assert not chrome.search(d.text), d.id


def test_shared_facts_quotes_and_one_conflicting_number(cleaned) -> None:
    texts = [d.text for d in cleaned]
    for fact in (
        r"48[- ]hour",
        r"3 percent",
        r"6 percent",
        r"Wednesday",
        r"mediator",
        r"40 (?:replacement )?buses",
    ):
        assert sum(bool(re.search(fact, t)) for t in texts) >= 2, fact
    assert sum("1,200" in t for t in texts) == 2 and sum("1,500" in t for t in texts) == 1
    for t in texts:
        assert t.count("said") >= 3
    joined = "\n".join(texts)
    assert "According to Nand" in joined and re.search(r"[\"“][^\"”]+,[\"”] she said", joined)


def test_the_example_brief(capsys) -> None:
    assert main(["brief", "--example", "--format", "json", "--no-timings", "--words", "120"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["outlet"] for d in data["documents"]] == [OUTLETS[k] for k in sorted(OUTLETS)]
    assert all(d["title"] for d in data["documents"])
    summary = data["summary"]
    assert summary and sum(len(s["text"].split()) for s in summary) <= 120
    assert len({src for s in summary for src in s["sources"]}) >= 2
    for s in summary:
        assert data["documents"][s["doc"]]["text"][s["start"] : s["end"]] == s["text"]
