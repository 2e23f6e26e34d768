"""Conflict links (issue 14, "Facts, not words"): the same slot with another value is a conflict, and
what only looks like one (a day of a month, another slot) is not; texts written for these tests."""

from __future__ import annotations

from newsbrief import segment
from newsbrief.align import align
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Story


def _links(a: str, b: str):
    docs = tuple(clean(r) for r in load_texts([a, b]))
    return align(Story(docs, segment.split_all(docs))).links


def _kinds(a: str, b: str) -> set[str]:
    return {k.kind for k in _links(a, b)}


def test_a_day_of_a_month_counts_nothing() -> None:
    from newsbrief.align.features import death_tolls
    from newsbrief.analyze.numbers import counts

    text = "Twin bombings in Harwick and Eastbrook on Aug. 7 killed 257 people, 11 of them in Eastbrook."
    assert [c.value for c in death_tolls(text)] == [257]
    assert 7 not in [c.value for c in counts(text)]
    assert [c.value for c in counts("The ship sank on Sept. 12 after two explosions.")] == [2]


def test_a_toll_of_one_event_two_ways_is_a_conflict_despite_a_date_before_it() -> None:
    links = _links(
        "Twin bombings at the embassies in Harwick and Eastbrook on Aug. 7 killed 257 people.",
        "The bombing of the embassy in Harwick on Aug. 7 killed 247 people.",
    )
    assert [k.kind for k in links] == ["conflict"]
    assert "values:257 people vs 247 people" in links[0].evidence


def test_people_who_died_or_had_died_are_a_death_toll() -> None:
    from newsbrief.align.features import death_tolls

    assert [c.value for c in death_tolls("Police said 32 people had died of cold exposure.")] == [32]
    assert [c.value for c in death_tolls("The dead included 71 people who died in landslides.")] == [71]
    assert [c.value for c in death_tolls("Police said 32 people in North Harwick had died.")] == [32]
    assert death_tolls("Police said 12 people were injured and three more had died.") == []
    links = _links(
        "Police said 32 people had died of cold exposure in Harwick during the freeze.",
        "The death toll from the freeze in Harwick rose to 40 on Thursday, police said.",
    )
    assert "conflict" in {k.kind for k in links}
