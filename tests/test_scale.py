"""Cost linear in the input: sparse similarity, bounded memory on a large story, per-story limits."""

from __future__ import annotations

import random
import subprocess
import sys
import tracemalloc

import pytest

from newsbrief import brief, limits
from newsbrief.errors import InputError
from newsbrief.model import Budget, Story
from newsbrief.summarize import get

WORDS = [
    "bridge",
    "council",
    "river",
    "ferry",
    "closure",
    "repairs",
    "steel",
    "inspectors",
    "budget",
    "mayor",
    "commuters",
]


def synthetic(sentences: int, seed: int = 0) -> str:
    """Made-up sentences over a small vocabulary: every sentence shares words with thousands."""
    rng = random.Random(seed)
    out = []
    for k in range(sentences):
        words = [rng.choice(WORDS) for _ in range(8)]
        out.append(f"The {' '.join(words)} report {k % 97} was read today.")
        if k % 6 == 5:
            out.append("\n\n")
    return " ".join(out)


def test_large_story_memory_is_bounded() -> None:
    """4,000 sentences in two documents, analysis on: a dense similarity alone would take 128 MB
    (4,000² x 8 bytes); the sparse one keeps each sentence's few best neighbours."""
    texts = [synthetic(2000, seed=1), synthetic(2000, seed=2)]
    tracemalloc.start()
    try:
        b = brief(texts=texts, words=100, timings=False, method="default")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert b.summary and b.claims
    assert peak < 80e6, f"peak {peak / 1e6:.0f} MB"


@pytest.fixture(scope="module")
def large_story() -> Story:
    from newsbrief.model import RawDoc
    from newsbrief.pipeline import prepare_story

    texts = [synthetic(2000, seed=3), synthetic(2000, seed=4)]
    return prepare_story([RawDoc(id=str(k), source=f"doc{k}", raw=t) for k, t in enumerate(texts)])


@pytest.mark.parametrize("method", ["default", "lexrank", "textrank", "mmr", "centroid"])
def test_summarizers_on_a_large_story_use_the_sparse_representation(large_story: Story, method: str) -> None:
    fresh = Story(large_story.documents, large_story.sentences)  # vectors built inside the measure
    tracemalloc.start()
    try:
        chosen = get(method).select(fresh, Budget(words=60))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert chosen
    assert peak < 100e6, f"peak {peak / 1e6:.0f} MB"  # dense: 4,000² x 8 bytes = 128 MB per matrix


def test_story_over_the_byte_limit_is_one_input_error(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_STORY_BYTES", 1_000)
    with pytest.raises(InputError, match=r"^story: over the limit of 1,000 bytes of text per story$"):
        brief(texts=["word " * 150, "more " * 150])


def test_story_over_the_sentence_limit_is_one_input_error(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_STORY_SENTENCES", 50)
    with pytest.raises(InputError, match=r"^story: 60 sentences, over the limit of 50 per story$"):
        brief(texts=["The council said that the old bridge would be closed for repairs. " * 60])


def test_cli_refuses_an_oversized_story_in_one_line(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Words in a line. " * (limits.MAX_STORY_BYTES // 17 + 10), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "newsbrief.cli", "brief", str(big)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        f"newsbrief: error: {big}: over the limit of {limits.MAX_STORY_BYTES:,} bytes of text per story"
    ]
