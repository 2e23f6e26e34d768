"""Cleaning over the dev benchmark files: offsets always hold, and it never eats an article."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import pytest

from newsbrief.clean import clean
from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import RawDoc

pytestmark = [pytest.mark.shared]

# Reasons that may take a whole document: pages that are nothing but a site notice (archive crawl
# notices, "page not found", tweet-location boxes), and embedded social posts, which are quoted
# embeds rather than the article's own prose.
WHOLE_PAGE_CHROME = {"site-notice", "ad-widget"}
EMBEDS = {"embedded-tweet"}
MAX_REMOVED_SHARE = 0.30


def _docs(data_dir, name: str):
    for story in iter_stories(data_dir / name):
        if isinstance(story, StoryRecord):
            for k, raw in enumerate(story.documents):
                yield story.id, k, raw


def test_longbench_dev_offsets_and_removal_share(data_dir) -> None:
    stories, reasons = set(), Counter()
    for sid, k, raw in _docs(data_dir, "longbench-multinews-dev.jsonl"):
        stories.add(sid)
        doc = clean(RawDoc(f"{sid}-{k}", sid, raw))
        for r in doc.removed:
            assert 0 <= r.start < r.end <= len(raw) and raw[r.start : r.end] == r.text, (sid, k)
            reasons[r.reason] += 1
        spans = sorted((r.start, r.end) for r in doc.removed)
        assert all(a[1] <= b[0] for a, b in pairwise(spans)), (sid, k, "overlap")
        total = len(raw.split())
        kinds = {r.reason for r in doc.removed}
        if not doc.text and kinds <= WHOLE_PAGE_CHROME:
            continue  # the whole "article" is a site notice
        removed = sum(len(r.text.split()) for r in doc.removed if r.reason not in EMBEDS)
        assert removed < MAX_REMOVED_SHARE * total, (sid, k, removed, total, sorted(kinds))
        assert doc.text.strip(), (sid, k)
    assert len(stories) == 100
    for reason in ("caption", "dateline", "share-prompt", "related-links", "headline", "byline"):
        assert reasons[reason] >= 5, reason


def test_duc_text_is_unwrapped_and_quotes_normalised(data_dir) -> None:
    checked = 0
    for sid, k, raw in _docs(data_dir, "duc2003-task2-dev.jsonl"):
        doc = clean(RawDoc(f"{sid}-{k}", sid, raw))
        lines = doc.text.split("\n")
        assert sum(len(x) for x in lines) / len(lines) > 120, (sid, k)  # paragraphs, not 70-char lines
        assert "``" not in doc.text
        assert all(raw[r.start : r.end] == r.text for r in doc.removed)
        checked += 1
    assert checked >= 250
