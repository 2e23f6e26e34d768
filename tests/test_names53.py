"""A short text that lost its letter case (session 53, names53), on text written here."""

from __future__ import annotations

from entity_mentions import mentions as _mentions

from newsbrief.casing import lost_case


def test_names53_a_short_lower_case_text_with_a_name_cased_english_capitalises_lost_its_case() -> None:
    """Rule named-short: eight words or more after the sentences' first, none capitalised, one of them a word
    cased English always capitalises ("i", "monday", "texas"), tell a short text lost its case, so its names
    are read ("rachel jeantel"); with no such word, or a capital inside, a short text keeps its case."""
    text = "Juror: i felt sorry for the witness rachel jeantel, who was hard to follow on the stand."
    assert lost_case([text])
    assert _mentions(text)["Rachel Jeantel"][0] == "person"
    assert not lost_case(["The juror felt sorry for the witness, who was hard to follow on the stand."])
    assert not lost_case(["Juror: i felt sorry for the witness Rachel Jeantel, who was hard to follow."])
    assert not lost_case(["Juror: i felt sorry for her."])  # under eight words: cannot tell


def test_names53_a_word_of_an_address_tells_no_case() -> None:
    """Rule address-word: a site or an e-mail is written in lower case whatever the text's case, so "bbc" of
    "bbc.co.uk" does not make a short cased text case-less; "u.s." is no address."""
    assert not lost_case(["The clip spread on bbc.co.uk and on the-sun.co.uk within hours of the storm."])
    assert not lost_case(["Reach the reporter on this story at jo@cnn.com or by mail any day of the week."])
    assert lost_case(["The clip spread across the u.s. and abroad within hours of the storm on monday."])


def test_names53_a_short_lower_case_quote_has_its_speaker() -> None:
    """Named-short read case-less: '"i am gutted," donovan said.' after a lower-case sentence names its
    speaker (read as cased before, the quote was left unattributed)."""
    from newsbrief import brief

    b = brief(
        texts=[
            "The budget fight in the state capitol went on for a third week on monday.\n"
            '"i am gutted," donovan said.'
        ],
        words=40,
        timings=False,
    )
    assert [(q.text.rstrip(","), q.speaker) for q in b.quotes] == [("i am gutted", "Donovan")]


def test_names53_a_famous_name_after_a_title_is_read_whole() -> None:
    """Rule titled-famous: after a title, a listed famous name of three words ("justice ruth bader
    ginsburg") is that person whole; titled-name alone took the first name and one word ("Ruth Bader"). A
    title before a name of two ("president bill clinton", "sen. rand paul") names them as before."""
    tail = (
        " the court met on monday in washington, and the justices heard the case of the fbi agent who sued"
        " the state of texas over his pay and lost."
    )
    found = _mentions("that seat went to justice ruth bader ginsburg in the end." + tail)
    assert found["Ruth Bader Ginsburg"] == ("person", ["ruth bader ginsburg"]), found
    assert "Ruth Bader" not in found, found
    found = _mentions("sen. rand paul met president bill clinton." + tail)
    assert found["Rand Paul"][0] == "person" and found["Bill Clinton"][0] == "person", found


def test_names53_a_listed_place_before_based_is_the_place() -> None:
    """Rule based-place: in lower-cased text "a utah-based company", "a new york-based firm" name the place
    (the hyphened word was read as one, so no place was found); a word no place ("a web-based tool", "a
    plant-based diet") names nothing."""
    tail = (
        " the talks went on for a third day on monday, and the envoy from the u.s. left for the coast after"
        " the vote was delayed again by the long dispute over the cost of the new plan for the region."
    )
    found = _mentions(
        "a utah-based company and a new york-based firm will run it with a web-based tool." + tail
    )
    assert found["Utah"] == ("place", ["utah"]), found
    assert found["New York"] == ("place", ["new york"]), found
    assert not any("web" in n.lower() or "based" in n.lower() for n in found), found
