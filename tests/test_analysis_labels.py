"""The quotes-and-entities labels files still point at the shared text they were labelled on.

`bench/labels/check_labels.py` checks every span and hash of `analysis.json`, `heldout.json` and the
`frozen*-unseen.json` sets (no analysis is run, nothing is scored: safe on a frozen file); a file that
drifted from ../shared fails here. The five newest frozen sets are also checked against the seeded draws
that picked their articles (`frozen7_selection.py` ... `frozen11_selection.py`), and so are the entities-only
`entities-frozen35.json` (`entities_frozen35_selection.py`), the speakers set `speakers-frozen36.json`
(`speakers36_selection.py`), the entities-only `entities-frozen37.json` (`entities37_selection.py`) and the
short-spans sets `terms-frozen38.json` (`terms38_selection.py`) and `terms-tune39.json`
(`terms39_selection.py`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import load_script

pytestmark = pytest.mark.shared

LABELS = Path(__file__).resolve().parents[1] / "bench" / "labels"
FILES = [
    "analysis.json",
    "heldout.json",
    *sorted(p.name for p in LABELS.glob("frozen*-unseen.json")),
    "entities-frozen35.json",
    "speakers-frozen36.json",
    "entities-frozen37.json",
    "terms-frozen38.json",
    "terms-tune39.json",
    "caseless-entities-frozen56.json",
    "speakers-fresh56.json",
    "caseless-entities-fresh57.json",
    "speakers-fresh57.json",
    "caseless-entities-fresh58.json",
    "speakers-fresh58.json",
    "caseless-entities-fresh59.json",
    "speakers-fresh59.json",
    "caseless-entities-fresh60.json",
    "speakers-fresh60.json",
]


def _module(name: str):
    return load_script(LABELS / f"{name}.py")


@pytest.mark.parametrize("name", FILES)
def test_labels_map_back(name, shared) -> None:
    assert _module("check_labels").check(LABELS / name, shared) == 0


def test_checker_catches_a_moved_span(tmp_path, shared) -> None:
    data = json.loads((LABELS / "frozen7-unseen.json").read_text(encoding="utf-8"))
    doc = data["stories"][0]["docs"][0]
    doc["quotes"][0]["span"][0] += 1  # one character less at the start: the hash no longer matches
    doc["entities"][0][2] = "event"  # an unknown kind
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _module("check_labels").check(path, shared) == 2


def _labelled_docs(name: str, least: int, quotes: int = 150) -> list[tuple[str, int]]:
    """(story, document index) of a frozen set's articles, after checking it holds at least `least` of them
    and `quotes` quotes."""
    data = json.loads((LABELS / name).read_text(encoding="utf-8"))
    docs = [(st["story"], d["ref"]) for st in data["stories"] for d in st["docs"]]
    assert len(docs) >= least
    assert sum(len(d["quotes"]) for st in data["stories"] for d in st["docs"]) >= quotes
    return docs


def _rows(shared, *names: str) -> dict[str, list[dict]]:
    return {
        n: [json.loads(line) for line in (shared / "data" / n).read_text(encoding="utf-8").splitlines()]
        for n in names
    }


def test_frozen7_is_big_enough_and_is_the_seeded_draw(shared) -> None:
    docs = _labelled_docs("frozen7-unseen.json", 16)
    sel = _module("frozen7_selection")
    rows = _rows(shared, "duc2006-dev.jsonl", "longbench-multinews-dev.jsonl")
    used = _module("frozen3_selection").used_documents(LABELS, sel.DRAWN_AGAINST, quotes_only=True)
    labelled = _module("frozen3_selection").labelled_texts(shared / "data", used)
    duc, lb = sel.draw(rows["duc2006-dev.jsonl"], rows["longbench-multinews-dev.jsonl"], used, labelled)
    assert docs == duc + lb


def test_frozen8_is_big_enough_and_is_the_seeded_draw(shared) -> None:
    docs = _labelled_docs("frozen8-unseen.json", 18)
    sel = _module("frozen8_selection")
    rows = _rows(shared, sel.DUC2003, "duc2006-dev.jsonl", "longbench-multinews-dev.jsonl", sel.MULTILING)
    used = sel.used_articles(LABELS)
    labelled = _module("frozen3_selection").labelled_texts(shared / "data", used)
    other, lb = sel.draw(*rows.values(), used, labelled)
    assert docs == other + lb
    assert not any(story in sel.ALIGN_TOPICS for story, _ in docs)


def test_frozen9_is_big_enough_and_is_the_seeded_draw(shared) -> None:
    docs = _labelled_docs("frozen9-unseen.json", 18)
    sel = _module("frozen9_selection")
    rows = _rows(shared, sel.DUC2003, sel.MULTILING)
    used = sel.used_articles(LABELS, sel.DRAWN_AGAINST)
    labelled = _module("frozen3_selection").labelled_texts(shared / "data", used)
    assert docs == sel.draw(*rows.values(), used, labelled)
    assert not any(story in sel.ALIGN_TOPICS for story, _ in docs)
    # no article any earlier labels file holds
    assert not any(ref in used.get(story, ()) for story, ref in docs)


def test_frozen10_is_big_enough_and_is_the_seeded_draw(shared) -> None:
    docs = _labelled_docs("frozen10-unseen.json", 15)
    sel = _module("frozen10_selection")
    texts = _module("frozen3_selection").labelled_texts
    used = sel.used_articles(LABELS, sel.DRAWN_AGAINST)
    later = sel.used_articles(LABELS, sel.LANDED_MEANWHILE)
    rows = _rows(shared, "duc2006-dev.jsonl")["duc2006-dev.jsonl"]
    drawn = sel.draw(rows, used, texts(shared / "data", used), later, texts(shared / "data", later))
    assert docs == drawn
    # no article another labels file holds (those of the draw and the one landed meanwhile), one a topic
    assert not any(ref in used.get(story, ()) or ref in later.get(story, ()) for story, ref in docs)
    assert len({story for story, _ in docs}) == len(docs)


def test_frozen11_is_big_enough_and_is_the_seeded_draw(shared) -> None:
    docs = _labelled_docs("frozen11-unseen.json", 12, quotes=110)
    sel = _module("frozen11_selection")
    texts = _module("frozen3_selection").labelled_texts
    used = sel.used_articles(LABELS, sel.DRAWN_AGAINST)
    rows = _rows(shared, "duc2006-dev.jsonl")["duc2006-dev.jsonl"]
    assert docs == sel.draw(rows, used, texts(shared / "data", used))
    # one a topic, all of session 21's labeller's topics, no article another labels file holds (those of the
    # draw and any that landed later)
    later = tuple(
        p.name for p in LABELS.glob("*.json") if p.name not in {*sel.DRAWN_AGAINST, "frozen11-unseen.json"}
    )
    held = sel.used_articles(LABELS, sel.DRAWN_AGAINST + later)
    assert not any(ref in held.get(story, ()) for story, ref in docs)
    assert len({story for story, _ in docs}) == len(docs)
    assert all(story in sel.LABEL_TOPICS for story, _ in docs)


def test_entities_frozen35_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "entities-frozen35.json").read_text(encoding="utf-8"))
    docs = [(st["story"], d["ref"]) for st in data["stories"] for d in st["docs"]]
    assert sum(len(d["entities"]) for st in data["stories"] for d in st["docs"]) >= 150
    sel = _module("entities_frozen35_selection")
    closed = sel.closed_stories(LABELS)
    assert docs == [(story, ref) for _, story, ref in sel.draw(shared / "data", closed)]
    # one article a story, none of a closed story, none another labels file of the draw holds
    held = sel.used_articles(LABELS, sel.DRAWN_AGAINST)
    assert not any(ref in held.get(story, ()) or story in closed for story, ref in docs)
    assert len({story for story, _ in docs}) == len(docs)


def test_speakers_frozen36_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "speakers-frozen36.json").read_text(encoding="utf-8"))
    docs = sorted((st["story"], d["ref"]) for st in data["stories"] for d in st["docs"])
    assert len(docs) >= 12
    assert sum(len(d["quotes"]) for st in data["stories"] for d in st["docs"]) >= 100
    sel = _module("speakers36_selection")
    closed = sel.closed_stories(LABELS)
    assert docs == sorted((story, ref) for _, story, ref in sel.draw(shared / "data", closed))
    # no article of a closed story, none another labels file of the draw holds
    held = sel.used_articles(LABELS, sel.DRAWN_AGAINST)
    assert not any(ref in held.get(story, ()) or story in closed for story, ref in docs)


def test_entities_frozen37_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "entities-frozen37.json").read_text(encoding="utf-8"))
    docs = sorted((st["story"], d["ref"]) for st in data["stories"] for d in st["docs"])
    assert len(docs) == 12
    assert sum(len(d["entities"]) for st in data["stories"] for d in st["docs"]) >= 200
    sel = _module("entities37_selection")
    closed = sel.closed_stories(LABELS)
    assert docs == sorted((story, ref) for _, story, ref in sel.draw(shared / "data", closed))
    # no article of a closed story, none another labels file of the draw holds, at most two a story
    held = sel.used_articles(LABELS, sel.DRAWN_AGAINST)
    assert not any(ref in held.get(story, ()) or story in closed for story, ref in docs)
    assert max(sum(s == story for s, _ in docs) for story, _ in docs) <= sel.PER_STORY


def test_terms_frozen38_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "terms-frozen38.json").read_text(encoding="utf-8"))
    sel = _module("terms38_selection")
    excluded = sel.used_stories(LABELS) | set(sel.BUSY)
    drawn = sel.draw(shared / "data", excluded)
    assert [st["story"] for st in data["stories"]] == [row["id"] for _, row in drawn]
    # every short span of every article is labelled once, as a quote or a term
    for st, (_, row) in zip(data["stories"], drawn, strict=True):
        assert [d["ref"] for d in st["docs"]] == list(range(len(row["documents"])))
        for d in st["docs"]:
            text = row["documents"][d["ref"]]
            spans = [
                (a + len(t) - len(t.lstrip()), b - len(t) + len(t.rstrip()))
                for a, b in sel.short_spans(text)
                for t in [text[a:b]]
            ]
            labelled = [tuple(q["span"]) for q in d["quotes"]] + [(a, b) for a, b, _ in d["terms"]]
            assert sorted(labelled) == sorted(spans)
    assert sum(len(d["quotes"]) + len(d["terms"]) for st in data["stories"] for d in st["docs"]) >= 120


def test_terms_tune39_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "terms-tune39.json").read_text(encoding="utf-8"))
    sel = _module("terms39_selection")
    drawn = sel.draw(shared / "data", LABELS)
    by_doc = {(st["story"], d["ref"]): d for st in data["stories"] for d in st["docs"]}
    assert sorted(by_doc) == sorted((story, j) for _, story, j, _ in drawn)
    # every short span of every drawn article is labelled once, as a quote or a term
    for _, story, j, text in drawn:
        d = by_doc[(story, j)]
        spans = [
            (a + len(t) - len(t.lstrip()), b - len(t) + len(t.rstrip()))
            for a, b in sel.short_spans(text)
            for t in [text[a:b]]
        ]
        labelled = [tuple(q["span"]) for q in d["quotes"]] + [(a, b) for a, b, _ in d["terms"]]
        assert sorted(labelled) == sorted(spans)
    # no article of a closed story, none another labels file of the draw holds
    closed = sel.story_ids(LABELS, sel.CLOSED_FILES)
    held = sel.used_articles(LABELS, sel.DRAWN_AGAINST)
    assert not any(story in closed or j in held.get(story, ()) for story, j in by_doc)


def test_caseless_entities_frozen56_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "caseless-entities-frozen56.json").read_text(encoding="utf-8"))
    docs = [(st["story"], d["ref"]) for st in data["stories"] for d in st["docs"]]
    assert len(docs) == 40
    assert sum(len(d["entities"]) for st in data["stories"] for d in st["docs"]) >= 400
    sel = _module("caseless_entities56_selection")
    held = _module("draws").story_ids(LABELS, sel.DRAWN_AGAINST)
    drawn = sel.draw(sel.train_rows(shared), held, sel.SEED)  # the closed list only ever removes more
    assert [story for story, _ in docs] == drawn
    assert all(ref == 0 for _, ref in docs) and not set(drawn) & held


def test_caseless_entities_fresh57_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "caseless-entities-fresh57.json").read_text(encoding="utf-8"))
    docs = [(st["story"], d["ref"]) for st in data["stories"] for d in st["docs"]]
    assert len(docs) == 40
    assert sum(len(d["entities"]) for st in data["stories"] for d in st["docs"]) >= 500
    sel = _module("caseless_entities57_selection")
    assert "caseless-entities-fresh57.json" not in sel.DRAWN_AGAINST and sel.SEED == 5746
    held = _module("draws").story_ids(LABELS, sel.DRAWN_AGAINST)
    drawn = sel.draw(sel.train_rows(shared), held, sel.SEED)  # the closed list only ever removes more
    assert [story for story, _ in docs] == drawn
    assert all(ref == 0 for _, ref in docs) and not set(drawn) & held


def test_caseless_entities_fresh58_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "caseless-entities-fresh58.json").read_text(encoding="utf-8"))
    docs = [(st["story"], d["ref"]) for st in data["stories"] for d in st["docs"]]
    assert len(docs) == 40
    assert sum(len(d["entities"]) for st in data["stories"] for d in st["docs"]) >= 450
    sel = _module("caseless_entities58_selection")
    assert "caseless-entities-fresh58.json" not in sel.DRAWN_AGAINST and sel.SEED == 5846
    assert "caseless-entities-fresh57.json" in sel.DRAWN_AGAINST
    held = _module("draws").story_ids(LABELS, sel.DRAWN_AGAINST)
    drawn = sel.draw(sel.train_rows(shared), held, sel.SEED)  # the closed list only ever removes more
    assert [story for story, _ in docs] == drawn
    assert all(ref == 0 for _, ref in docs) and not set(drawn) & held


def test_caseless_entities_fresh59_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "caseless-entities-fresh59.json").read_text(encoding="utf-8"))
    docs = [(st["story"], d["ref"]) for st in data["stories"] for d in st["docs"]]
    assert len(docs) == 40
    assert sum(len(d["entities"]) for st in data["stories"] for d in st["docs"]) >= 400
    sel = _module("caseless_entities59_selection")
    assert "caseless-entities-fresh59.json" not in sel.DRAWN_AGAINST and sel.SEED == 5945
    assert "caseless-entities-fresh58.json" in sel.DRAWN_AGAINST
    held = _module("draws").story_ids(LABELS, sel.DRAWN_AGAINST)
    drawn = sel.draw(sel.train_rows(shared), held, sel.SEED)  # the closed list only ever removes more
    assert [story for story, _ in docs] == drawn
    assert all(ref == 0 for _, ref in docs) and not set(drawn) & held


def test_caseless_entities_fresh60_is_the_seeded_draw(shared) -> None:
    data = json.loads((LABELS / "caseless-entities-fresh60.json").read_text(encoding="utf-8"))
    docs = [(st["story"], d["ref"]) for st in data["stories"] for d in st["docs"]]
    assert len(docs) == 40
    assert sum(len(d["entities"]) for st in data["stories"] for d in st["docs"]) >= 450
    sel = _module("caseless_entities60_selection")
    assert "caseless-entities-fresh60.json" not in sel.DRAWN_AGAINST and sel.SEED == 6045
    assert "caseless-entities-fresh59.json" in sel.DRAWN_AGAINST
    held = _module("draws").story_ids(LABELS, sel.DRAWN_AGAINST)
    drawn = sel.draw(sel.train_rows(shared), held, sel.SEED)  # the closed list only ever removes more
    assert [story for story, _ in docs] == drawn
    assert all(ref == 0 for _, ref in docs) and not set(drawn) & held


def test_speakers_fresh56_is_the_first_of_the_seeded_draw(shared) -> None:
    """Training stories of two articles or more, none another labels file of the draw holds, every article."""
    data = json.loads((LABELS / "speakers-fresh56.json").read_text(encoding="utf-8"))
    sel = _module("speakers56_selection")
    assert "speakers-fresh56.json" not in sel.DRAWN_AGAINST
    ids = [st["story"] for st in data["stories"]]
    assert len(ids) == 14 and all(i.startswith("multinews-train-") for i in ids)
    assert not set(ids) & sel.story_ids(LABELS, sel.DRAWN_AGAINST)
    assert sum(len(d["quotes"]) for st in data["stories"] for d in st["docs"]) == 60
    docs = _module("check_labels").label_scoring._story_documents(shared / "data", set(ids))
    for st in data["stories"]:
        assert [d["ref"] for d in st["docs"]] == list(range(len(docs[st["story"]])))
        assert len(docs[st["story"]]) >= 2


def test_speakers_fresh57_is_the_first_of_the_seeded_draw(shared) -> None:
    """Drawn against every labels file of session 57, fresh56 among them; every article of its stories."""
    data = json.loads((LABELS / "speakers-fresh57.json").read_text(encoding="utf-8"))
    sel = _module("speakers57_selection")
    assert "speakers-fresh56.json" in sel.DRAWN_AGAINST and "speakers-fresh57.json" not in sel.DRAWN_AGAINST
    ids = [st["story"] for st in data["stories"]]
    assert len(ids) == 16 and all(i.startswith("multinews-train-") for i in ids)
    assert not set(ids) & sel.story_ids(LABELS, sel.DRAWN_AGAINST)
    assert sum(len(d["quotes"]) for st in data["stories"] for d in st["docs"]) == 60
    docs = _module("check_labels").label_scoring._story_documents(shared / "data", set(ids))
    for st in data["stories"]:
        assert [d["ref"] for d in st["docs"]] == list(range(len(docs[st["story"]])))
        assert len(docs[st["story"]]) >= 2


def test_speakers_fresh58_is_the_first_of_the_seeded_draw(shared) -> None:
    """Drawn against every labels file of session 58, fresh57 among them; every article of its stories."""
    data = json.loads((LABELS / "speakers-fresh58.json").read_text(encoding="utf-8"))
    sel = _module("speakers58_selection")
    assert "speakers-fresh57.json" in sel.DRAWN_AGAINST and "speakers-fresh58.json" not in sel.DRAWN_AGAINST
    assert sel.SEED == 5844
    ids = [st["story"] for st in data["stories"]]
    assert len(ids) == 15 and all(i.startswith("multinews-train-") for i in ids)
    assert not set(ids) & sel.story_ids(LABELS, sel.DRAWN_AGAINST)
    assert sum(len(d["quotes"]) for st in data["stories"] for d in st["docs"]) == 60
    docs = _module("check_labels").label_scoring._story_documents(shared / "data", set(ids))
    for st in data["stories"]:
        assert [d["ref"] for d in st["docs"]] == list(range(len(docs[st["story"]])))
        assert len(docs[st["story"]]) >= 2


def test_speakers_fresh59_is_the_first_of_the_seeded_draw(shared) -> None:
    """Drawn against every labels file of session 59, fresh58 among them; every article of its stories."""
    data = json.loads((LABELS / "speakers-fresh59.json").read_text(encoding="utf-8"))
    sel = _module("speakers59_selection")
    assert "speakers-fresh58.json" in sel.DRAWN_AGAINST and "speakers-fresh59.json" not in sel.DRAWN_AGAINST
    assert sel.SEED == 5943
    ids = [st["story"] for st in data["stories"]]
    assert len(ids) == 15 and all(i.startswith("multinews-train-") for i in ids)
    assert not set(ids) & sel.story_ids(LABELS, sel.DRAWN_AGAINST)
    assert sum(len(d["quotes"]) for st in data["stories"] for d in st["docs"]) == 60
    docs = _module("check_labels").label_scoring._story_documents(shared / "data", set(ids))
    for st in data["stories"]:
        assert [d["ref"] for d in st["docs"]] == list(range(len(docs[st["story"]])))
        assert len(docs[st["story"]]) >= 2


def test_speakers_fresh60_is_the_first_of_the_seeded_draw(shared) -> None:
    """Drawn against every labels file of session 60, fresh59 among them; every article of its stories."""
    data = json.loads((LABELS / "speakers-fresh60.json").read_text(encoding="utf-8"))
    sel = _module("speakers60_selection")
    assert "speakers-fresh59.json" in sel.DRAWN_AGAINST and "speakers-fresh60.json" not in sel.DRAWN_AGAINST
    assert sel.SEED == 6043
    ids = [st["story"] for st in data["stories"]]
    assert len(ids) == 22 and all(i.startswith("multinews-train-") for i in ids)
    assert not set(ids) & sel.story_ids(LABELS, sel.DRAWN_AGAINST)
    assert sum(len(d["quotes"]) for st in data["stories"] for d in st["docs"]) == 60
    docs = _module("check_labels").label_scoring._story_documents(shared / "data", set(ids))
    for st in data["stories"]:
        assert [d["ref"] for d in st["docs"]] == list(range(len(docs[st["story"]])))
        assert len(docs[st["story"]]) >= 2
