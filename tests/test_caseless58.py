"""Session 58 (issue 15, entities by evidence on case-less text): outlets and companies, and names cut or
padded wrong, on lower-cased text written here (Multi-News+ writes no capitals in names)."""

from __future__ import annotations

from newsbrief import brief
from newsbrief.analyze import caseless
from newsbrief.model import Document

# A case-less opening of my own, long enough for the story to be told case-less.
_BRIDGE = (
    "The county board met on tuesday to talk about the new bridge over the river near the old mill. The plan "
    "would cost about $ 4 million and take two years to build, officials said. Residents have long asked for "
    "a safer way to cross the water during the spring floods, and the board said it would vote next month "
    "after a last round of public meetings in the town hall. "
)


def _entities(text: str) -> dict[str, str]:
    b = brief(texts=[_BRIDGE + text], words=40, timings=False)
    return {e.name: e.kind for e in b.entities}


def test_listed_outlets_and_companies_read_alone() -> None:
    """orgs.txt's session-58 outlets and companies, written alone with no cue: "wwe", "yelp", "the daily
    beast", "flightaware", "earthjustice" (before: nothing)."""
    found = _entities(
        "In a statement released tuesday, wwe offered condolences to the family. "
        "The clinic is listed on yelp, and the daily beast first reported the claim. "
        "Data from flightaware showed the plane turned back, and earthjustice said it would sue."
    )
    for name in ("WWE", "Yelp", "Daily Beast", "FlightAware", "Earthjustice"):
        assert found.get(name) == "organization", (name, found)


def test_an_ordinary_word_outlet_by_its_business_nouns() -> None:
    """Rule outlet-word: "the fox network", "told fox", "fox's" before a show, "an emirates flight", "the
    onion article" are the outlet or company (before: nothing); the animal, "michael j fox" and "the united
    arab emirates" are not."""
    found = _entities(
        "He rejected a report by the fox network on monday. The fox story said more. "
        "A spokesman told fox on sunday that he would stay. "
        "An emirates flight landed in dubai, the capital of the united arab emirates. "
        "The onion article was satire. A fox ran across the yard, and actor michael j fox watched."
    )
    assert found.get("Fox") == "organization", found
    assert found.get("Emirates") == "organization", found
    assert found.get("Onion") == "organization", found
    assert found.get("United Arab Emirates") == "place", found


def test_the_century_studio_is_read_whole() -> None:
    """Rule century-studio: "a 21st century fox spokeswoman" is 21st Century Fox, not "Fox" alone (the
    ordinal is no word to the word regex, so listed-name never saw the name)."""
    found = _entities('"we don\'t comment on his tweets, " a 21st century fox spokeswoman said.')
    assert found.get("21st Century Fox") == "organization", found
    assert "Fox" not in found, found


def test_outlet_word_leaves_a_persons_fox_and_a_stations_sign() -> None:
    """Rule outlet-word: no outlet in "judge elden fox's ruling" (a first name the lists lack before it),
    "told fox59" (a station's call sign), "a fox's den" or "michael j fox's foundation"."""
    text = (
        "A judge overturned judge elden fox's ruling. He told fox59 about it. "
        "A fox's den was found, and michael j fox's foundation gave money. " * 3
    )
    doc = Document(id="0", source="test", raw=text, text=text)
    found = caseless.candidates([doc])[0]
    assert not [c for c in found if c.rule == "caseless-outlet-word"], found
