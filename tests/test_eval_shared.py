"""Eval on a few stories of both dev files: every method scores, the oracle is the ceiling."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.evaluation.command import run_eval

METHODS = "default,lead,lexrank,textrank,mmr,centroid,random,oracle"


@pytest.mark.shared
@pytest.mark.parametrize(
    ("name", "words", "recall"),
    [("longbench-multinews-dev.jsonl", 250, False), ("duc2003-task2-dev.jsonl", 100, True)],
)
def test_dev_files(data_dir: Path, tmp_path: Path, name: str, words: int, recall: bool) -> None:
    rec = run_eval(
        data_dir / name,
        words=words,
        methods=METHODS,
        recall=recall,
        limit=4,
        fmt="json",
        output=tmp_path / "s.json",
    )
    k = "r" if recall else "f"
    assert rec["data"]["stories"] == 4 and not rec["data"]["skipped"]
    assert len(rec["data"]["sha256"]) == 64
    oracle = rec["methods"]["oracle"]
    for m, v in rec["methods"].items():
        assert v["stories"] == 4
        assert 0.15 < v["rouge1"][k] < 0.8, m  # real summaries of real stories, not empty ones
        assert v["words_per_summary"] <= words
        if m != "oracle":
            assert oracle["rouge1"][k] >= v["rouge1"][k], m
            assert oracle["rouge2"][k] >= v["rouge2"][k], m
