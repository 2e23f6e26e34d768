"""A JSONL row with a key given twice kept the last value in silence (`{"id": "a", ..., "id": "b"}` was
story b; a document's `"text"` twice briefed the second): now the row is a bad row naming the file, the
line and the key, as the web app's bodies and `render`'s saved briefs already were (cli56, cli57)."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cluster.sources import read_jsonl_articles
from newsbrief.ingest.stories import StoryError, iter_stories

ARTICLE = (
    "The river ferry will run again on Monday after a two-week strike by its crews ended with a deal. "
    "Crews accepted a pay rise of four percent over two years, the operator said on Friday."
)
TEXT = json.dumps(ARTICLE)


def test_a_story_row_with_a_key_twice_is_a_bad_row(tmp_path: Path) -> None:
    src = tmp_path / "stories.jsonl"
    rows = [
        json.dumps({"id": "good", "documents": [ARTICLE]}),
        f'{{"id": "s1", "documents": [{TEXT}], "id": "s2"}}',
        f'{{"id": "s3", "documents": [{{"text": "x", "text": {TEXT}}}]}}',
    ]
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(iter_stories(src))
    assert [type(i).__name__ for i in items] == ["StoryRecord", "StoryError", "StoryError"]
    bad = [i for i in items if isinstance(i, StoryError)]
    assert [b.id for b in bad] == ["stories.jsonl-line-2", "stories.jsonl-line-3"]
    assert "line 2" in bad[0].reason and 'the key "id" is given twice in one object' in bad[0].reason
    assert "line 3" in bad[1].reason and 'the key "text" is given twice' in bad[1].reason


def test_an_article_row_with_a_key_twice_is_a_bad_row(tmp_path: Path) -> None:
    """`cluster` and `ingest` read rows of articles: the row is skipped, named with its line and key."""
    src = tmp_path / "articles.jsonl"
    rows = [json.dumps({"id": "a1", "text": ARTICLE}), f'{{"id": "a2", "text": "x", "text": {TEXT}}}']
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    bad: list[str] = []
    docs = read_jsonl_articles(src, "articles.jsonl", bad)
    assert len(docs) == 1
    assert bad == ['articles.jsonl: broken JSON on line 2: the key "text" is given twice in one object']
