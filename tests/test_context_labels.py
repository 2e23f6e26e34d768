"""The context model's labels files still point at the shared text they were labelled on.

Only spans, hashes and the label values are checked: no context model runs and nothing is scored, so this is
safe on a frozen file. `context-frozen2.json` and `context-frozen3.json` are also checked against their own
draw's shape: at least 250 sentences, 10 a document in text order, no story of an earlier set;
`context-frozen4.json` (drawn by document) against the same shape with no document an earlier labels file
holds.
"""

from __future__ import annotations

import gzip
import itertools
import json
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.shared

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "bench" / "labels"
CUES = {"pron", "dem", "def", "also", "conn", "enum", "quote", "fragment"}
FURNITURE = {"caption", "subhead", "qsubhead", "transcript", "dateline", "promo", "readmore"}


def _problems(path: Path, shared: Path, strict: bool = True) -> list[str]:
    """Every span outside its document, every hash that no longer matches, every unknown label and (`strict`)
    every furniture item marked as needing the previous sentence."""
    if str(ROOT / "bench") not in sys.path:
        sys.path.insert(0, str(ROOT / "bench"))
    from label_scoring import span_hash

    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    docs: dict[tuple[str, str], list[str]] = {}
    for fname in sorted({it["file"] for it in items}):
        data = shared / "data" / fname  # the training file is gzipped
        with (gzip.open if data.suffix == ".gz" else open)(data, "rt", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                docs[(fname, row["id"])] = row["documents"]
    out: list[str] = []
    for n, it in enumerate(items):
        raw = docs[(it["file"], it["story"])][it["ref"]]
        s, e = it["span"]
        if not 0 <= s < e <= len(raw):
            out.append(f"item {n}: span {[s, e]} outside the document")
        elif span_hash(raw[s:e]) != it["hash"]:
            out.append(f"item {n}: hash mismatch")
        if it["furniture"] is not None and (
            it["furniture"] not in FURNITURE or (strict and it["needs_previous"])
        ):
            out.append(f"item {n}: furniture {it['furniture']!r} with needs_previous {it['needs_previous']}")
        if it["needs_previous"] != (it["cue"] is not None) or (it["cue"] and it["cue"] not in CUES):
            out.append(f"item {n}: needs_previous {it['needs_previous']} with cue {it['cue']!r}")
    return out


# context-frozen.json marks two captions (items 131 and 133) as also needing the previous sentence; it is not
# edited, so only the newer file is held to "furniture items carry needs_previous: false".
@pytest.mark.parametrize(
    ("name", "strict"),
    [
        ("context-frozen.json", False),
        ("context-frozen2.json", True),
        ("context-frozen3.json", True),
        ("context-frozen4.json", True),
        ("context-did50.json", True),
        ("context-fresh56.json", True),
        ("context-fresh57.json", True),
        ("context-fresh59.json", True),
        ("context-fresh60.json", True),
    ],
)
def test_context_labels_map_back(name, strict, shared) -> None:
    assert _problems(LABELS / name, shared, strict) == []


def test_a_moved_span_and_a_bad_cue_are_caught(tmp_path, shared) -> None:
    data = json.loads((LABELS / "context-frozen2.json").read_text(encoding="utf-8"))
    data["items"][0]["span"][0] += 1  # one character less at the start: the hash no longer matches
    data["items"][1].update(needs_previous=True, cue="anaphora")  # not a cue
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert len(_problems(path, shared)) == 2


@pytest.mark.parametrize(
    ("name", "earlier"),
    [
        ("context-frozen2.json", ("context-frozen.json",)),
        ("context-frozen3.json", ("context-frozen.json", "context-frozen2.json")),
    ],
)
def test_frozen_sets_are_new_draws_of_openings(name, earlier) -> None:
    items = json.loads((LABELS / name).read_text(encoding="utf-8"))["items"]
    used = {
        (it["file"], it["story"])
        for e in earlier
        for it in json.loads((LABELS / e).read_text(encoding="utf-8"))["items"]
    }
    assert not {(it["file"], it["story"]) for it in items} & used
    _assert_openings(items)


def _assert_openings(items: list[dict]) -> None:
    """At least 250 sentences, one document a story, 10 sentences a document in text order."""
    assert len(items) >= 250
    by_doc: dict[tuple[str, str, int], list[list[int]]] = {}
    for it in items:
        by_doc.setdefault((it["file"], it["story"], it["ref"]), []).append(it["span"])
    assert len({(f, s) for f, s, _ in by_doc}) == len(by_doc)  # one document a story
    for spans in by_doc.values():
        assert len(spans) == 10
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


def test_frozen2_is_the_seeded_draw(shared) -> None:
    """The stories and documents of `context-frozen2.json` are `context2_selection.py`'s draw, in its order
    (ids only: its labels are not read and nothing is scored). The draw runs the cleaner and splitter, so a
    change there that moves a document across the 10-sentence minimum shows here."""
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))
    import context2_selection as sel

    items = json.loads((LABELS / "context-frozen2.json").read_text(encoding="utf-8"))["items"]
    drawn = list(dict.fromkeys((it["file"], it["story"], it["ref"]) for it in items))
    assert drawn == sel.draw(sel.read_rows(shared), sel.used_stories())


def test_frozen3_is_the_seeded_draw(shared) -> None:
    """`context-frozen3.json`'s stories and documents are `context2_selection.py --set frozen3`'s draw, in
    its order (ids only: nothing is scored)."""
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))
    import context2_selection as sel

    items = json.loads((LABELS / "context-frozen3.json").read_text(encoding="utf-8"))["items"]
    drawn = list(dict.fromkeys((it["file"], it["story"], it["ref"]) for it in items))
    assert drawn == sel.draw_set("frozen3", shared)


def _selection():
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))
    import context2_selection as sel

    return sel


def test_frozen4_holds_no_labelled_document() -> None:
    """`context-frozen4.json` takes any DUC 2006 topic but no document (and no LongBench line) that a labels
    file of its draw holds; ids only, nothing is scored."""
    sel = _selection()
    import frozen8_selection  # beside context2_selection, on the path `_selection` set

    items = json.loads((LABELS / "context-frozen4.json").read_text(encoding="utf-8"))["items"]
    used = frozen8_selection.used_articles(LABELS, sel.frozen4_against())
    for it in items:
        assert it["ref"] not in used.get(it["story"], ())
        assert it["file"] != "longbench-multinews-dev.jsonl" or it["story"] not in used
    _assert_openings(items)


def test_frozen4_is_the_seeded_draw(shared) -> None:
    """`context-frozen4.json`'s stories and documents are `context2_selection.py --set frozen4`'s draw, in its
    order (ids only: nothing is scored)."""
    sel = _selection()
    items = json.loads((LABELS / "context-frozen4.json").read_text(encoding="utf-8"))["items"]
    drawn = list(dict.fromkeys((it["file"], it["story"], it["ref"]) for it in items))
    assert drawn == sel.draw_fourth(shared)


def test_fresh56_is_the_seeded_draw(shared) -> None:
    """`context-fresh56.json` holds `context_fresh56_selection.py`'s runs, in its order: one document a story,
    10 consecutive sentences from a drawn one (ids and spans only: no label is read, nothing is scored)."""
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))
    import context_fresh56_selection as sel
    import draws

    items = json.loads((LABELS / "context-fresh56.json").read_text(encoding="utf-8"))["items"]
    picks = sel.draw(sel.read_rows(shared), draws.story_ids(LABELS, sel.DRAWN_AGAINST))
    assert [(it["story"], it["ref"]) for it in items] == [(s, r) for s, r, _ in picks for _ in range(sel.RUN)]
    spans = [it["span"] for it in items]
    runs = [spans[k : k + sel.RUN] for k in range(0, len(spans), sel.RUN)]
    assert all(a[1] <= b[0] for run in runs for a, b in itertools.pairwise(run))


def test_fresh57_is_the_seeded_draw(shared) -> None:
    """`context-fresh57.json` holds `context_fresh57_selection.py`'s runs, in its order: one document a story,
    10 consecutive sentences from a drawn one (ids and spans only: no label is read, nothing is scored)."""
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))
    import context_fresh57_selection as sel
    import draws

    items = json.loads((LABELS / "context-fresh57.json").read_text(encoding="utf-8"))["items"]
    picks = sel.draw(sel.read_rows(shared), draws.story_ids(LABELS, sel.DRAWN_AGAINST))
    assert [(it["story"], it["ref"]) for it in items] == [(s, r) for s, r, _ in picks for _ in range(sel.RUN)]
    spans = [it["span"] for it in items]
    runs = [spans[k : k + sel.RUN] for k in range(0, len(spans), sel.RUN)]
    assert all(a[1] <= b[0] for run in runs for a, b in itertools.pairwise(run))


def test_fresh59_is_the_seeded_draw(shared) -> None:
    """`context-fresh59.json` holds `context_fresh59_selection.py`'s picks, in its order: 40 leads (each a
    document's first sentence) and then 11 runs of 10 consecutive sentences, one document a story (ids and
    spans only: no label is read, nothing is scored). Session 59's closed list at the draw removed no story
    the draw would take, so the draw is the same without it."""
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))
    import context_fresh59_selection as sel
    import draws

    items = json.loads((LABELS / "context-fresh59.json").read_text(encoding="utf-8"))["items"]
    picks = sel.draw(sel.read_rows(shared), draws.story_ids(LABELS, sel.DRAWN_AGAINST))
    assert len(items) == sel.LEADS + sel.RUNS * sel.RUN == 150
    assert [(it["story"], it["ref"]) for it in items] == [(s, r) for s, r, _, n in picks for _ in range(n)]
    assert [first for _, _, first, _ in picks[: sel.LEADS]] == [0] * sel.LEADS
    spans = [it["span"] for it in items[sel.LEADS :]]
    runs = [spans[k : k + sel.RUN] for k in range(0, len(spans), sel.RUN)]
    assert all(a[1] <= b[0] for run in runs for a, b in itertools.pairwise(run))


def test_fresh60_is_the_seeded_draw(shared) -> None:
    """`context-fresh60.json` holds `context_fresh60_selection.py`'s picks, in its order: 40 leads (each a
    document's first sentence) and then 11 runs of 10 consecutive sentences, one document a story (ids and
    spans only: no label is read, nothing is scored). Session 60's closed list at the draw removed no story
    the draw would take, so the draw is the same without it."""
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))
    import context_fresh60_selection as sel
    import draws

    items = json.loads((LABELS / "context-fresh60.json").read_text(encoding="utf-8"))["items"]
    picks = sel.draw(sel.read_rows(shared), draws.story_ids(LABELS, sel.DRAWN_AGAINST))
    assert len(items) == sel.LEADS + sel.RUNS * sel.RUN == 150
    assert [(it["story"], it["ref"]) for it in items] == [(s, r) for s, r, _, n in picks for _ in range(n)]
    assert [first for _, _, first, _ in picks[: sel.LEADS]] == [0] * sel.LEADS
    spans = [it["span"] for it in items[sel.LEADS :]]
    runs = [spans[k : k + sel.RUN] for k in range(0, len(spans), sel.RUN)]
    assert all(a[1] <= b[0] for run in runs for a, b in itertools.pairwise(run))
