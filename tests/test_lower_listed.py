"""The gazetteer's one lower-case lookup (`lower_listed`): the dateline's place test, the caseless dateline
rule's place-no-person guard and the case-less name finder all read it, each with its own filter."""

from __future__ import annotations

from newsbrief.analyze import caseless
from newsbrief.clean.clean import shown_dateline
from newsbrief.lexicon.gazetteer import gazetteer, lower_listed


def test_places_alone_unless_asked() -> None:
    places = lower_listed()
    assert places[("los", "angeles")] == "Los Angeles"
    assert len(places) == len({tuple(w.lower() for w in k) for k in gazetteer().places})
    assert ("cnn",) not in places
    assert ("cnn",) in lower_listed(orgs=True)
    assert ("u.s.",) in lower_listed(aliases=True)
    assert lower_listed() is lower_listed()  # read once


def test_the_callers_filter_stays_the_callers() -> None:
    listed = caseless._listed()
    assert ("los", "angeles") in listed
    # a first name alone is no place for the case-less finder, though the gazetteer lists it
    alone = [k for k in lower_listed(orgs=True, aliases=True) if k not in listed]
    assert alone and all(len(k) == 1 for k in alone)


def test_a_listed_place_is_shown_as_a_dateline() -> None:
    assert shown_dateline("caseless-dateline-prefix", "los angeles —", "the mayor spoke.")
    assert not shown_dateline("caseless-dateline-prefix", "apology —", "the mayor spoke.")
