"""The alignment labels files still point at the shared text they were labelled on.

`bench/labels/check_align_labels.py` checks every span and hash of every `align-*.json` (no method
is run, nothing is scored: safe on a frozen file); a file that drifted from ../shared fails here.
A story may name its own data file and some of its row's documents (`data`, `docs`: DUC topics);
`bench_align.load` and the checker read both.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from helpers import load_script

pytestmark = pytest.mark.shared

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels"


def _checker():
    return load_script(LABELS / "check_align_labels.py")


@pytest.mark.parametrize("name", sorted(p.name for p in LABELS.glob("align-*.json")))
def test_alignment_labels_map_back(name, shared) -> None:
    problems, counts = _checker().check(LABELS / name, shared)
    assert problems == 0
    assert counts["pairs"] == sum(counts[k] for k in ("quote", "fact", "conflict", "related", "unrelated"))


def test_checker_catches_a_moved_span(tmp_path, shared) -> None:
    data = json.loads((LABELS / "align-tune.json").read_text(encoding="utf-8"))
    pair = data["stories"][0]["pairs"][0]
    pair["a"][1] += 1  # one character less at the start: the hash no longer matches
    data["stories"][0]["pairs"].append(dict(pair, label="guess"))  # twice, with an unknown label
    path = tmp_path / "align-broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems, _ = _checker().check(path, shared)
    assert problems == 2 + 1 + 1  # two hash mismatches, one unknown label, one pair labelled twice


def test_frozen2_is_big_enough(shared) -> None:
    _, counts = _checker().check(LABELS / "align-frozen2.json", shared)
    assert counts["stories"] >= 25 and counts["pairs"] >= 400


def test_frozen3_is_big_enough(shared) -> None:
    _, counts = _checker().check(LABELS / "align-frozen3.json", shared)
    assert counts["stories"] >= 25 and counts["pairs"] >= 400


def _duc_story_file(tmp_path: Path, shared: Path, docs: list[int]) -> tuple[Path, list[str]]:
    """A labels file with one DUC 2006 story of the documents `docs` of line 1 and one pair (the
    first 40 characters of its first two documents), next to a longbench story of the file's data."""
    with open(shared / "data" / "duc2006-dev.jsonl", encoding="utf-8") as f:
        row = json.loads(f.readline())
    texts = [row["documents"][i] for i in docs]
    hashes = [_checker().span_hash(t[:40]) for t in texts[:2]]
    data = json.loads((LABELS / "align-tune.json").read_text(encoding="utf-8"))
    duc = {
        "story": row["id"],
        "line": 1,
        "data": "duc2006-dev.jsonl",
        "docs": docs,
        "pairs": [
            {
                "a": [0, 0, 40, hashes[0]],
                "b": [1, 0, 40, hashes[1]],
                "stratum": "random",
                "label": "unrelated",
            }
        ],
    }
    data["stories"] = [data["stories"][0], duc]
    path = tmp_path / "align-duc.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, texts


def test_a_story_with_its_own_data_file_and_documents(tmp_path, shared) -> None:
    path, texts = _duc_story_file(tmp_path, shared, [3, 1, 2])
    problems, counts = _checker().check(path, shared)
    assert problems == 0 and counts["stories"] == 2
    bench_align = load_script("bench/bench_align.py")
    stories, drift = bench_align.load(path, shared)
    assert drift == 0 and stories[1][0] == "duc2006-D0601A" and stories[1][1] == texts
    assert stories[1][2][0].a == (0, 0, 40)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["stories"][1]["docs"] = [1, 3, 2]  # other documents at the same indices: the hashes no longer match
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _checker().check(path, shared)[0] == 2


def test_frozen4_is_big_enough(shared) -> None:
    _, counts = _checker().check(LABELS / "align-frozen4.json", shared)
    assert counts["stories"] >= 25 and counts["pairs"] >= 400


def test_frozen5_is_big_enough(shared) -> None:
    _, counts = _checker().check(LABELS / "align-frozen5.json", shared)
    assert counts["stories"] >= 25 and counts["pairs"] >= 400


def test_frozen6_is_big_enough(shared) -> None:
    _, counts = _checker().check(LABELS / "align-frozen6.json", shared)
    assert counts["stories"] == 14 and counts["pairs"] >= 250


def _is_the_draw(name: str, work: Path) -> bool:
    """Every pair of the labels file `name` but the reader's is the WORK file's draw, in that order."""
    drawn = [
        (p["story"], p["docs"], p["stratum"], p["a"], p["b"]) for p in json.loads(work.read_text("utf-8"))
    ]
    data = json.loads((LABELS / name).read_text(encoding="utf-8"))
    labelled = [
        (s["story"], s["docs"], p["stratum"], p["a"], p["b"])
        for s in data["stories"]
        for p in s["pairs"]
        if p["stratum"] != "reader"
    ]
    return labelled == drawn


def test_frozen7_is_big_enough_and_its_seeded_draw(tmp_path, shared) -> None:
    _, counts = _checker().check(LABELS / "align-frozen7.json", shared)
    assert counts["stories"] == 8 and counts["pairs"] >= 220
    # every pair but the reader's is what `align_candidates.py --set frozen7` draws, in that order
    candidates = load_script(LABELS / "align_candidates.py")
    work = tmp_path / "work.json"
    candidates.write(work, candidates.frozen7_stories(shared), candidates.QUOTAS, candidates.FILL7)
    assert _is_the_draw("align-frozen7.json", work)


def test_frozen8_is_big_enough(shared) -> None:
    _, counts = _checker().check(LABELS / "align-frozen8.json", shared)
    assert counts["stories"] == 8 and counts["pairs"] >= 200
    assert counts["quote"] + counts["fact"] >= 40


@pytest.mark.slow
def test_frozen8_is_its_seeded_draw(tmp_path, shared, monkeypatch) -> None:
    # every pair but the reader's is what `align_frozen8_selection.py` draws, in that order, with the
    # sentence splitter of its time: session 16's rule that a name's initials ("George H.W. Bush") end no
    # sentence moves sentence boundaries in its stories, so the draw is reproduced with that rule off
    from newsbrief import segment

    monkeypatch.setattr(segment, "_ends_in_name_initials", lambda piece: False)
    if str(LABELS) not in sys.path:
        sys.path.insert(0, str(LABELS))  # the selection scripts import one another, as when run
    selection = load_script(LABELS / "align_frozen8_selection.py")
    assert "align-frozen8.json" not in selection.DRAWN_AGAINST
    work = tmp_path / "work.json"
    selection.write(work, selection.draw(shared), selection.QUOTAS, selection.FILL)
    assert _is_the_draw("align-frozen8.json", work)
