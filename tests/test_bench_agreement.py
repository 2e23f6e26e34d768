"""bench/bench_agreement.py: an agreement item is genuine only when every sentence it names is labelled as
stating the point; one sentence labelled "no" makes it not genuine, one never labelled leaves it to read
(session 58, conflicts-fresh58)."""

from __future__ import annotations

import pytest
from bench_agreement import Tally, scored, verdict

LABELLED = [[0, 100, 200, "h1", "yes"], [1, 50, 150, "h2", "yes"], [2, 0, 80, "h3", "no"]]


def test_every_sentence_stating_it_is_genuine() -> None:
    item = {"sources": [[0, 100, 200, "h1"], [1, 60, 150, "h2"]]}
    assert verdict(item, LABELLED) == "yes"


def test_one_source_that_does_not_state_it_makes_the_item_not_genuine() -> None:
    item = {"sources": [[0, 100, 200, "h1"], [1, 50, 150, "h2"], [2, 0, 80, "h3"]]}
    assert verdict(item, LABELLED) == "no"


def test_a_sentence_never_labelled_leaves_the_item_unlabelled() -> None:
    item = {"sources": [[0, 100, 200, "h1"], [3, 0, 90, "h4"]]}
    assert verdict(item, LABELLED) == "?"


def test_the_tally_prints_the_share_genuine() -> None:
    line = Tally(genuine=18, not_genuine=2, unlabelled=1, gone=3).line()
    assert line.startswith("agreement items genuine 0.900 (18 / not 2); unlabelled 1;")


def test_a_citation_is_read_against_its_own_summary_sentence_labels_only() -> None:
    from bench_agreement import of_sentence

    gold = [
        {"sources": [[0, 0, 50, "a", "yes"], [1, 10, 60, "b", "no"]]},
        {"sources": [[0, 100, 200, "c", "yes"], [1, 10, 60, "b", "yes"]]},
    ]
    cited = {"sources": [[0, 100, 200, "c"], [1, 10, 60, "b"]]}
    assert verdict(cited, of_sentence(cited, gold)) == "yes"
    assert verdict({"sources": [[0, 0, 50, "a"], [1, 10, 60, "b"]]}, of_sentence(cited, gold)) == "?"


def test_the_citation_tally_prints_the_share_right() -> None:
    line = Tally(genuine=48, not_genuine=2, what="citations").line()
    assert line.startswith("citations right 0.960 (48 / not 2);")


def test_a_citation_set_story_with_nothing_labelled_is_still_scored() -> None:
    """A citation set's story whose brief had no citation and no agreement item when labelled is scored
    (before: left out, so an item the tool lists there later was never counted); a story of a conflicts set
    with no agreement items is not."""
    assert scored({"story": "s", "citations": [], "agreement": []})
    assert scored({"story": "s", "agreement": [{"sources": []}]})
    assert not scored({"story": "s"}) and not scored({"story": "s", "agreement": []})


@pytest.mark.parametrize(("name", "items"), [("citations-fresh60", 60), ("citations-tune60", 31)])
def test_citations_sets_60_are_labelled_whole(shared, name: str, items: int) -> None:
    """citations-fresh60 and the read draw citations-tune60 (session 60): every sentence of their agreement
    items and citations labelled by hand (the summary line itself "yes"), every span still the text it was
    read in."""
    import json
    from pathlib import Path

    from bench_conflicts import rows
    from label_scoring import span_hash

    spec = json.loads((Path(__file__).parents[1] / f"bench/labels/{name}.json").read_text("utf-8"))
    stories = spec["stories"]
    assert sum(len(st["agreement"]) for st in stories) >= items and all(st["agreement"] for st in stories)
    docs = {r["id"]: r["documents"] for r in rows(shared / "data" / spec["data"])}
    for st in stories:
        for kind in ("citations", "agreement"):
            for it in st[kind]:
                assert it["note"] and all(s[4] in ("yes", "no") for s in it["sources"])
                assert kind == "agreement" or it["sources"][0][4] == "yes"
                for doc, start, end, digest, _ in it["sources"]:
                    assert span_hash(docs[st["story"]][doc][start:end]) == digest
