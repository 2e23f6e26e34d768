"""The two seed articles: all page chrome removed with a reason, all body text kept, titles found.

Labels are positions, not text: the index of each non-blank line of a seed file and the reason the
cleaner must give it. The text itself is read from ../shared at test time, never copied here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief.clean import clean
from newsbrief.model import RawDoc

pytestmark = pytest.mark.shared

# seed file prefix -> {non-blank line index: reason}; negative indices count from the end.
CHROME: dict[str, dict[int, str]] = {
    "000_": {0: "browser-notice", 1: "headline", 2: "standfirst", 3: "promo-banner"},
    "001_": {
        0: "section-kicker",
        1: "headline",
        2: "standfirst",
        3: "caption",
        4: "duplicate-caption",
        -5: "author-bio",
        -4: "ad-widget",
        -3: "ad-widget",
        -2: "ad-widget",
        -1: "ad-widget",
    },
}
# Body lines that start with a wire dateline, which is removed as a prefix.
DATELINE_LINES: dict[str, set[int]] = {"000_": {4}, "001_": set()}


def _lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    out, pos = [], 0
    for line in raw.split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((pos + lead, pos + len(line.rstrip())))
        pos += len(line) + 1
    return out


def _seed(seeds: list[Path], prefix: str) -> tuple[str, list[tuple[int, int]], object]:
    (path,) = [p for p in seeds if p.name.startswith(prefix)]
    raw = path.read_text(encoding="utf-8")
    return raw, _lines(raw), clean(RawDoc(path.stem, str(path), raw))


@pytest.mark.parametrize("prefix", sorted(CHROME))
def test_every_piece_of_chrome_is_removed_with_its_reason(seeds: list[Path], prefix: str) -> None:
    raw, lines, doc = _seed(seeds, prefix)
    by_start = {r.start: r for r in doc.removed}
    text_lines = doc.text.split("\n")
    for index, reason in CHROME[prefix].items():
        start, end = lines[index]
        removed = by_start.get(start)
        assert removed is not None, f"line {index} not removed"
        assert removed.reason == reason, f"line {index}: {removed.reason} != {reason}"
        assert removed.end == end and raw[removed.start : removed.end] == removed.text
        assert " ".join(removed.text.split()) not in text_lines


@pytest.mark.parametrize("prefix", sorted(CHROME))
def test_the_whole_body_is_kept(seeds: list[Path], prefix: str) -> None:
    raw, lines, doc = _seed(seeds, prefix)
    chrome = {i % len(lines) for i in CHROME[prefix]}
    body = [i for i in range(len(lines)) if i not in chrome]
    text_lines = doc.text.split("\n")
    assert len(text_lines) == len(body), "one clean line per body paragraph"
    for k, i in enumerate(body):
        start, end = lines[i]
        expected = " ".join(raw[start:end].split())
        if i in DATELINE_LINES[prefix]:
            (cut,) = [r for r in doc.removed if r.start == start and r.reason == "dateline"]
            assert expected.startswith(cut.text) and len(cut.text.split()) <= 3
            expected = " ".join(raw[cut.end : end].split())
        assert text_lines[k] == expected, f"body line {i}"
    assert len(doc.text.split()) > 600


def test_removed_spans_index_raw(seeds: list[Path]) -> None:
    for prefix in CHROME:
        raw, _, doc = _seed(seeds, prefix)
        assert doc.removed and all(raw[r.start : r.end] == r.text for r in doc.removed)
        assert [r.start for r in doc.removed] == sorted(r.start for r in doc.removed)


def test_titles_and_deks_are_found(seeds: list[Path]) -> None:
    for prefix in CHROME:
        raw, lines, doc = _seed(seeds, prefix)
        assert doc.title == raw[lines[1][0] : lines[1][1]]
        assert doc.dek == raw[lines[2][0] : lines[2][1]]
    assert _seed(seeds, "000_")[2].title.startswith("Trump turns up the heat on Kim")
    assert _seed(seeds, "001_")[2].title.startswith("3 Steps Trump Should Take")


def test_doubled_caption_appears_at_most_once(seeds: list[Path]) -> None:
    raw, lines, doc = _seed(seeds, "001_")
    caption = raw[lines[3][0] : lines[3][1]]
    assert raw.count(caption) == 2
    assert doc.text.count(caption) <= 1


def test_author_from_the_bio(seeds: list[Path]) -> None:
    raw, lines, doc = _seed(seeds, "001_")
    bio = raw[lines[-5][0] : lines[-5][1]]
    assert doc.author == " ".join(bio.split()[:2])
