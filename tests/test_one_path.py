"""One story path: `brief FILE --story ID`, `batch` and `eval` make the same documents of a story."""

from __future__ import annotations

import json
from pathlib import Path

from newsbrief.cli import main
from newsbrief.evaluation.prepare import Prepared, prepare
from newsbrief.ingest.stories import iter_stories

DOCS = [
    "The harbour council voted on Tuesday to rebuild the old stone pier before the winter storms. "
    "Engineers said the work would take four months and cost less than first feared.\n\n"
    "Fishermen welcomed the decision, saying the pier had been unsafe for years.",
    "   ",
    "Trending Now\nSponsored Links by Taboola\nMore from Example News",
    "Work on the stone pier will start next month, the harbour council said after Tuesday's vote. "
    "The rebuilding is expected to take four months.\n\n"
    "Local fishermen said the old pier had been unsafe for years and welcomed the vote.",
]


def _stories(tmp_path: Path) -> Path:
    path = tmp_path / "stories.jsonl"
    rows = [
        {"id": "other", "documents": ["A different story about a new library opening in the town centre."]},
        {"id": "pier", "documents": DOCS, "summaries": ["The council will rebuild the pier."]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_brief_story_and_batch_give_the_same_documents_and_summary(tmp_path: Path, capsys) -> None:
    path = _stories(tmp_path)
    assert main(["brief", str(path), "--story", "pier", "--format", "json", "--no-timings"]) == 0
    single = json.loads(capsys.readouterr().out)
    out = tmp_path / "briefs.jsonl"
    assert main(["batch", str(path), "-o", str(out), "--jobs", "1", "--quiet"]) == 0
    rows = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    batched = rows["pier"]
    assert [d["id"] for d in single["documents"]] == ["pier-1", "pier-4"]  # blank and all-chrome left out
    assert batched.pop("id") == "pier"
    assert batched == single


def test_eval_prepares_the_same_documents(tmp_path: Path, capsys) -> None:
    record = next(r for r in iter_stories(_stories(tmp_path)) if r.id == "pier")
    p = prepare(record)
    assert isinstance(p, Prepared)
    assert [d.id for d in p.story.documents] == ["pier-1", "pier-4"]
    assert p.dropped == ("document 2 is empty", "document 3 is empty after cleaning")
