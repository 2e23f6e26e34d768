"""bench/term_readings.py: its list of labelled terms that are speech by the convention stays true."""

from __future__ import annotations

import json

from helpers import load_script


def _module():
    return load_script("bench/term_readings.py")


def test_every_listed_entry_is_a_labelled_term_of_a_tuning_file() -> None:
    assert _module().check() == []


def test_the_check_catches_an_entry_that_is_no_term_and_a_frozen_file(tmp_path) -> None:
    tr = _module()
    data = json.loads(tr.READINGS.read_text(encoding="utf-8"))
    moved = list(data["speech"][0])
    moved[3] += 1  # a start that no labelled term has
    data["speech"].append(moved)
    data["unsure"].append(["frozen9-unseen.json", "x", 0, 1, 2, "never opened"])
    path = tmp_path / "readings.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = tr.check(path)
    assert any(p.startswith("not a labelled term") for p in problems)
    assert any(p.startswith("frozen file named") for p in problems)


def test_the_convention_reading_moves_listed_terms_to_the_quotes() -> None:
    tr = _module()
    labels = tr.labels
    doc = labels.LabelledDoc(0, "text", [], [(0, 4, "A")], [(10, 14), (20, 24)])
    story = labels.LabelledStory("s1", [doc], [])
    out = tr.convention("f.json", [story], {("f.json", "s1", "0", 10, 14): "Jane Roe"})
    assert out[0].docs[0].quotes == [(0, 4, "A"), (10, 14, "Jane Roe")]
    assert out[0].docs[0].terms == [(20, 24)]
    assert story.docs[0].terms == [(10, 14), (20, 24)]  # the labels as loaded are untouched
