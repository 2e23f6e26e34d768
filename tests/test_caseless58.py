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
        "Data from flightaware showed the plane turned back, and earthjustice said it would sue. "
        "The aclu and the naacp joined, and major league baseball said nothing."
    )
    for name in (
        "WWE",
        "Yelp",
        "Daily Beast",
        "FlightAware",
        "Earthjustice",
        "ACLU",
        "NAACP",
        "Major League Baseball",
    ):
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


def test_a_soft_hyphen_inside_a_name_joins_it() -> None:
    """Rule soft-hyphen: "vladi\\xadmir putin" (a soft hyphen a page left in the word) is Vladimir Putin
    (before: the people "Vladi" and "Mir Putin")."""
    found = _entities(
        "Officials said russian president vladi\xadmir putin met the envoy on monday. Putin said little."
    )
    assert found.get("Vladimir Putin") == "person", found
    assert "Vladi" not in found and "Mir Putin" not in found, found


def test_a_given_name_opening_a_sentence_opens_the_name() -> None:
    """Rule opening-first-name: "Mark david chapman shot john lennon" is Mark David Chapman (before: "David
    Chapman"); mid-sentence the verb stays out ("to mark david bowie's birthday")."""
    found = _entities(
        "Mark david chapman shot john lennon in 1980, and chapman is still in prison. "
        "Fans gathered to mark david bowie's birthday."
    )
    assert found.get("Mark David Chapman") == "person", found
    assert "David Chapman" not in found, found
    assert found.get("David Bowie") == "person" and "Mark David Bowie" not in found, found


def test_a_title_written_in_full_ends_its_sentence() -> None:
    """Rule full-title-stop: "he was their leader. Enlarge image close" gives no person "Enlarge" (a title
    written in full before a stop ends the sentence); "sen. Rand paul" still joins."""
    text = (
        "The pope took four minutes to convince fellow cardinals he was their leader. Enlarge image close "
        "associated press cardinal bergoglio, right, with others. Sen. Rand paul said no. "
    ) * 2
    found = caseless.candidates([Document(id="0", source="test", raw=text, text=text)])[0]
    names = {c.text for c in found}
    assert "Enlarge" not in names and "Rand Paul" in names, names


def test_known_speaker_reads_the_first_name_as_a_whole_word() -> None:
    """Rule first-name-word (`known_speakers`): the first name is cut from the words before a surname only
    when it ends them as a whole word ("and hinda" before "miller" -> "and"; "said joann" keeps its
    "joann", which ends on "ann" but is no "ann")."""
    from newsbrief.analyze.known_speakers import _before_first

    assert _before_first("and hinda", "hinda") == "and"
    assert _before_first("hinda", "hinda") == ""
    assert _before_first("said joann", "ann") == "said joann"
    assert _before_first("o'ann", "ann") == "o'ann"


def test_a_middle_initial_between_two_unknown_words_names_a_person() -> None:
    """Rule initial-name: "vitaly i. churkin", "viktor f. yanukovych" (first names the lists lack) are people
    (before: nothing); an ordinary word on either side names no one ("plan b. then")."""
    found = _entities(
        "The russian ambassador to the united nations, vitaly i. churkin, spoke in new york. "
        "He noted that viktor f. yanukovych had fled. They had a plan b. Then the talks ended."
    )
    assert found.get("Vitaly I. Churkin") == "person", found
    assert found.get("Viktor F. Yanukovych") == "person", found
    assert not any(name.startswith("Plan") for name in found), found


def test_a_title_an_ordinary_given_name_and_a_shown_surname() -> None:
    """Rule titled-shown-pair: "arizona gov. Jan brewer vetoed …" … "brewer said" is Jan Brewer (before:
    nothing, "jan" a month's short form and "brewer" an ordinary word); no surname shown, no person."""
    found = _entities("Arizona gov. Jan brewer vetoed a bill wednesday. Brewer said she was right.")
    assert found.get("Jan Brewer") == "person", found
    found = _entities("Arizona gov. Jan brewer vetoed a bill wednesday. The brewer made beer.")
    assert "Jan Brewer" not in found, found
