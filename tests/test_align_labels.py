"""The alignment labels files still point at the shared text they were labelled on.

`bench/labels/check_align_labels.py` checks every span and hash of every `align-*.json` (no method
is run, nothing is scored: safe on a frozen file); a file that drifted from ../shared fails here.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytestmark = pytest.mark.shared

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels"


def _checker():
    spec = importlib.util.spec_from_file_location("check_align_labels", LABELS / "check_align_labels.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
