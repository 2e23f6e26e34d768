"""Entity names by evidence (session 52, entities52), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions


def test_entities52_an_ordinary_word_after_a_title_and_before_a_verb_is_a_surname() -> None:
    """Rule titled-word-name: "President Park said", "President Moon met", "Judge Park ruled" name a person
    (title-chain dropped the one ordinary word as a chain of titles); a word of a listed title ("Attorney
    General said") and a word before the noun it modifies ("President Park officials") stay no name."""
    found = _mentions("President Park said she was tired. The talks went on, and the envoy left Seoul.")
    assert found["Park"] == ("person", ["park"]), found
    found = _mentions(
        "President Park Geun-hye met the envoy in Seoul. Later President Park said she was tired."
    )
    assert found["Park Geun-hye"] == ("person", ["park geun-hye", "park"]), found
    assert _mentions("President Moon met the envoy in Seoul on Monday.")["Moon"][0] == "person"
    assert _mentions("Judge Park ruled on Monday that the case could go on.")["Park"][0] == "person"
    found = _mentions(
        "President Park officials closed the gates. The Attorney General said so, and the Surgeon General "
        "warned them. The Chief Executive said the firm would grow."
    )
    assert not found, found


def test_entities52_a_party_named_by_its_leaning_in_lower_case() -> None:
    """Caseless party-leaning: "the conservative national party" is a party, and body-again reads "national
    party" again in that story; with no word of leaning ("the national party apparatus", "the state party
    chairman") the words name a kind, no party."""
    tail = (
        " officials said on monday that the vote would go ahead, and the count would begin in the evening "
        "after a long delay over the cost of the new machines. the staff were told to wait for news."
    )
    found = _mentions(
        "a court ordered the conservative national party to pay the costs. national party president maria "
        "vell said she was disappointed, and the ruling socialist party met on tuesday." + tail
    )
    assert found["National Party"] == ("organization", ["national party", "national party"]), found
    assert found["Socialist Party"][0] == "organization", found
    found = _mentions(
        "the national party apparatus was slow, and the state party chairman said so on friday." + tail
    )
    assert not any("Party" in name for name in found), found


def test_entities52_a_famous_name_in_lower_case() -> None:
    """Caseless famous-name: a listed name written whole is that person where no capital and no rule shows
    it ("bill clinton": "bill" is a word; "kanye west": "west" is one; "eminem"; "kim jong il", cut short
    to "Kim Jong" before), and surname-again reads its surname alone; a word of it alone is not read so."""
    tail = (
        " officials said on monday that the show would go ahead, and the doors would open in the evening "
        "after a long delay over the cost of the new stage. the staff were told to wait for news."
    )
    found = _mentions(
        "the crowd cheered when bill clinton and kanye west walked in, and eminem sang two songs. a film on "
        "kim jong il played later, and clinton said he enjoyed the night. the west wing was closed." + tail
    )
    assert found["Bill Clinton"] == ("person", ["bill clinton", "clinton"]), found
    assert found["Kanye West"] == ("person", ["kanye west"]), found
    assert found["Eminem"] == ("person", ["eminem"]), found
    assert found["Kim Jong Il"] == ("person", ["kim jong il"]), found


def test_entities52_listed_bodies_found_in_lower_case() -> None:
    """Listed: "National Oceanic and Atmospheric Administration" with its acronym NOAA as one body,
    "Washington Mutual" (not the place Washington), "JP Morgan" and "JP Morgan Chase" as JPMorgan's names."""
    tail = (
        " officials said on monday that the plan would go ahead, and the work would begin in the spring "
        "after a long delay over the cost of the new office. the staff were told to wait for news."
    )
    found = _mentions(
        "the campus houses the national oceanic and atmospheric administration, and noaa said the data was "
        "late. a card firm once owned by washington mutual, now owned by jp morgan, sent the letters, and "
        "jp morgan chase said so." + tail
    )
    noaa = "National Oceanic and Atmospheric Administration"
    assert found[noaa] == ("organization", ["national oceanic and atmospheric administration", "noaa"]), found
    assert found["Washington Mutual"][0] == "organization" and "Washington" not in found, found
    assert found["JPMorgan"] == ("organization", ["jp morgan"]), found
    assert found["JPMorgan Chase"] == ("organization", ["jp morgan chase"]), found


def test_a_family_name_before_a_present_verb_with_its_object_names_its_bearer() -> None:
    """Rule ordinary-family-name reads "Moon wants the ...", "Moon needs more ..." as the name and its verb
    (session 51 left "Moon wants / hopes" dropped: `verbs.txt` lists no lemma that is also a noun); a plural
    the name modifies, then its own verb ("Moon rocks that were", "Park rangers counted"), stays a noun."""
    text = (
        "President Moon Jae-in met the envoy in Seoul on Monday. Moon wants the two Koreas to march "
        "together, and Moon needs more time for the talks. Moon rocks that were brought back sat in a case "
        "nearby. Former president Park Geun-hye was in Busan. Park rangers counted the visitors at dusk."
    )
    found = _mentions(text)
    assert found["Moon Jae-in"] == ("person", ["moon jae-in", "moon", "moon"]), found
    assert found["Park Geun-hye"] == ("person", ["park geun-hye"]), found
