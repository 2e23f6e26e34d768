"""Entities by evidence on case-less text never tuned on (session 56, names56), on lower-cased text written
here: a person's age or a generation's mark as evidence, a body's name opened by "national"."""

from __future__ import annotations

from entity_mentions import mentions as _mentions

# lower-cased filler, so that the story reads case-less as Multi-News+ gives it
_FILLER = " ".join(
    ["The board met on monday and the head of the group said the plan would go ahead in the spring, "
     "though some members were not sure it was wise."] * 6
)  # fmt: skip


def _found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {name: found for name, found in _mentions(text, _FILLER).items()}


def test_names56_an_age_in_apposition_makes_an_unlisted_pair_a_person() -> None:
    """Rule aged-pair: "zorvan kleptik, 54," is a person though no list holds either word (before:
    nothing), and the surname alone after it too."""
    found = _found("Police said zorvan kleptik, 54, was arrested on monday. Kleptik was held overnight.")
    assert found["Zorvan Kleptik"] == ("person", ["zorvan kleptik", "kleptik"]), found


def test_names56_an_age_after_kin_or_a_possessive_names_no_pair() -> None:
    """Aged-pair's guards: a kin noun or a possessive before the given name ("their other sons zach, 12,",
    "his ex chyna, 29,") makes no two-word name."""
    found = _found("She came with their sons zach, 12, and max. He posted about his ex chyna, 29, online.")
    assert not any(name.lower().startswith(("sons", "ex ")) for name in found), found


def test_names56_a_listed_given_name_that_is_a_word_opens_a_name_with_a_role() -> None:
    """Rule listed-ordinary-first: "don" (a listed given name, an ordinary word) opens "don faul" before a
    role in apposition (name-then-role) and a surname the document says alone (confirmed-pair); before:
    nothing."""
    found = _found("The office will open soon, said don faul, a director of operations. Faul said so.")
    assert found["Don Faul"][0] == "person", found
    found = _found("Mark zelnick approved the plan on friday. Zelnick said it would help the town.")
    assert found["Mark Zelnick"][0] == "person", found


def test_names56_a_generation_mark_after_an_ordinary_word_ends_the_name_there() -> None:
    """Rule suffix-after-third: "james alex fields jr." is one person whole (before: "James Alex", the
    ordinary word "fields" left out and the name cut)."""
    found = _found("A man named james alex fields jr., 21, was charged. Fields was held in jail.")
    assert "James Alex" not in found, found
    assert found["James Alex Fields Jr."][0] == "person", found


def test_names56_national_after_the_opens_a_body_of_ordinary_nouns() -> None:
    """Rule national-opens-body: "the national restaurant association" is a body (before: nothing, its
    nouns all ordinary); "a national trade association" and "the national association" stay no name."""
    found = _found(
        "She got a settlement from the national restaurant association last year. It is a national trade "
        "association, and the national association said nothing."
    )
    assert found["National Restaurant Association"][0] == "organization", found
    assert len([n for n in found if "Association" in n]) == 1, found


def test_names56_no_body_is_read_from_after_a_glued_ampersand() -> None:
    """Rule ampersand-cut: "texas a&m university" gives no "M University" (before: that body)."""
    found = _found("The study was led by a texas a&m university professor, officials said on monday.")
    assert not any(name.startswith("M ") for name in found), found


def test_names56_a_town_before_the_region_geonames_puts_it_in_is_a_place() -> None:
    """Rule town-of-region: "austin, texas" and "flint, michigan" make the town a place though "austin" is a
    first name and "flint" an ordinary word (before: the state alone); a town the data puts in another
    region ("flint, ohio") stays no place by this rule."""
    found = _found(
        "The firm set up an office in austin, texas, last week. The water crisis began in flint, michigan, "
        "years ago. A man in flint, ohio, said he was not sure."
    )
    assert found.get("Austin", ("",))[0] == "place", found
    assert found.get("Flint", ("", []))[1] == ["flint"], found


def test_names56_a_common_head_names_a_body_only_after_the_national() -> None:
    """Rule national-heads: "service", "network", "federation" … head a body after "the national" ("the
    national weather service", before: nothing), never alone or after ordinary words ("the memorial
    service", "a car service")."""
    found = _found(
        "Forecasters at the national weather service said the storm would pass. The memorial service was "
        "held on friday, and a car service took the family home."
    )
    assert found["National Weather Service"][0] == "organization", found
    assert not any("Service" in name for name in found if name != "National Weather Service"), found


def test_names56_more_heads_name_a_place_after_a_name() -> None:
    """Rule more-place-heads: "road", "square", "bay", "highway" … end a place's name after a word no
    ordinary English ("terramar road", "gresham square", before: nothing), never after ordinary words
    ("the main road", "the town square")."""
    found = _found(
        "He found the boys at his home on terramar road, near gresham square, the sheriff said. "
        "The main road to the town square was closed on monday."
    )
    assert found.get("Terramar Road", ("",))[0] == "place", found
    assert found.get("Gresham Square", ("",))[0] == "place", found
    assert not any(name.lower() in ("main road", "town square") for name in found), found


def test_names56_a_surname_that_denies_or_admits_confirms_its_pair() -> None:
    """Rule answer-verbs: "cain denied" shows "cain" as a surname as "cain said" would, so "herman cain"
    is a person (before: nothing, neither word listed); a possessive or a laugh before such a surname opens
    no name (`owner-or-laugh`: "his ex chyna", "hahahaha chyna")."""
    found = _found("The group paid a woman who complained about herman cain. Cain denied the allegations.")
    assert found["Herman Cain"][0] == "person", found
    found = _found("He posted a video of his ex chyna on monday. Chyna responded. Hahahaha chyna, he wrote.")
    assert not any(name.lower().startswith(("ex ", "hahahaha")) for name in found), found


def test_names56_a_name_spelled_with_laugh_letters_is_no_laugh() -> None:
    """`owner-or-laugh` takes a laugh only as a repeated syllable ("hahahaha", "hehe", "lol"): "hill",
    "hall" and "lolo" may be first names (its first pattern read them as laughs)."""
    from newsbrief.analyze.caseless import _LAUGH

    assert all(_LAUGH.fullmatch(w) for w in ("hahahaha", "haha", "hehe", "lol", "lolol", "ahah"))
    names = ("hill", "hall", "hal", "hell", "hello", "lolo", "lo", "l", "ha")
    assert not any(_LAUGH.fullmatch(w) for w in names)


def test_names56_an_ap_state_abbreviation_after_its_city_makes_both_places() -> None:
    """Rule region-abbreviation: "flint, mich." is a town of that state, so both are places though "flint"
    is an ordinary word (before: neither, town-and-state stops at an ordinary town)."""
    found = _found("The stabbing took place at an airport in flint, mich., on wednesday, officials said.")
    assert found.get("Flint", ("",))[0] == "place", found
    assert any(kind == "place" and "mich." in said for kind, said in found.values()), found


def test_names56_a_given_name_town_before_its_state_is_left_out() -> None:
    """Rule given-name-town: "warren, michigan" makes no town of the listed given name "warren", which the
    entity pass would read as a person (a first draft of town-of-region gave the person "Warren")."""
    found = _found("General motors design in warren, michigan, will manage the work on the cars.")
    assert "Warren" not in found, found


def test_names56_a_linking_adverb_opens_no_name_and_a_region_town_is_read_again() -> None:
    """Rule linking-adverb: "whereupon mccain denied" gives no "Whereupon Mccain" (answer-verbs' first draft
    did); town-of-region's one-word town is a cue for place-again, as place-after-in's is ("in guayaquil,
    ecuador" … "portoviejo and guayaquil")."""
    found = _found("Critics blasted him, whereupon zelnicki denied it. Zelnicki said so on monday.")
    assert not any(name.lower().startswith("whereupon") for name in found), found
    found = _found("A bridge fell in guayaquil, ecuador, on saturday. Deaths came in manta and guayaquil.")
    assert found.get("Guayaquil", ("", []))[1] == ["guayaquil", "guayaquil"], found
