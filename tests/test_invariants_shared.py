"""The spine's promises on every story of the shared dev files: verbatim citations, budget, determinism."""

from __future__ import annotations

import json

import pytest

from newsbrief.ingest.stories import StoryRecord, iter_stories
from newsbrief.model import RawDoc
from newsbrief.pipeline import brief
from newsbrief.render.json import to_dict

pytestmark = [pytest.mark.shared, pytest.mark.slow]


def _stories(data_dir, name):
    return [s for s in iter_stories(data_dir / name) if isinstance(s, StoryRecord)]


def _brief(story: StoryRecord, words: int, method: str = "default") -> dict:
    raws = [RawDoc(id=str(i), source=f"{story.id}#{i}", raw=d) for i, d in enumerate(story.documents)]
    return to_dict(brief(raws=raws, words=words, method=method, timings=False, analysis=False))


@pytest.mark.parametrize(
    ("name", "words"), [("longbench-multinews-dev.jsonl", 250), ("duc2003-task2-dev.jsonl", 100)]
)
def test_every_dev_story_cites_exact_offsets_within_budget(data_dir, name: str, words: int) -> None:
    stories = _stories(data_dir, name)
    assert len(stories) >= 30
    for story in stories:
        data = _brief(story, words)
        assert data["summary"], story.id
        assert sum(len(s["text"].split()) for s in data["summary"]) <= words, story.id
        for s in data["summary"]:
            assert data["documents"][s["doc"]]["text"][s["start"] : s["end"]] == s["text"], story.id
            for sup in s["support"]:
                assert sup["doc"] != s["doc"]
                assert 0 <= sup["start"] < sup["end"] <= len(data["documents"][sup["doc"]]["text"])


def test_briefs_are_byte_identical_across_runs(data_dir) -> None:
    for story in _stories(data_dir, "longbench-multinews-dev.jsonl")[:5]:
        one = json.dumps(_brief(story, 250), ensure_ascii=False)
        two = json.dumps(_brief(story, 250), ensure_ascii=False)
        assert one == two
