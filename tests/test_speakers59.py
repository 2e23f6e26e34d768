"""Session 59 (issue 15, speakers59): wrong speakers from a pronoun's walk, from a read of Multi-News+
training stories (`random.Random(5944)`): the pronoun's own sentence names its subject, not its object."""

from __future__ import annotations

from helpers import speakers

_AFTER = " the city council met later that week and voted on a new budget for the coming year."


def test_a_sentence_whose_subject_is_the_same_pronoun_names_no_antecedent_after_it() -> None:
    """Rule pronoun-subject-carries: "Along the way, he … called president hale's decision unwise …. The
    decision could "…," he said" is the he before, not Hale; "She criticized … rep. darrel voss … "…," she
    said" is the she before, not Voss."""
    text = (
        "prime minister ivan petrov made a tour of the region on monday. Along the way, he opened a new "
        "port and called president simon hale's decision on the border unwise, without naming hale. The "
        'decision could "start a new conflict, " he said at a news conference.' + _AFTER
    )
    assert speakers(text, lower=True)["start a new conflict"] == "Ivan Petrov"
    text = (
        '"where are the nurses? " rep. carla maddox asked early in the hearing. She criticized the '
        "committee chairman, rep. darrel voss, for the list of witnesses he chose. "
        '"we will not be sent back to that era, " she said.' + _AFTER
    )
    assert speakers(text, lower=True)["we will not be sent back to that era"] == "Carla Maddox"


def test_the_first_person_named_as_a_verb_s_subject_is_not_skipped_for_one_of_known_gender() -> None:
    """Rule subject-before-gender: "but the club's german coach ewald lienen has backed george kostas.
    "…," he said" is the coach (a first name no list holds), not the one he backed."""
    text = (
        "george kostas scored the winner on saturday and was criticised for his salute. "
        "But the club's german coach ewald lienen has backed george kostas. "
        '"he is a young man with no political ideas at all, " he said on sunday.' + _AFTER
    )
    assert speakers(text, lower=True)["he is a young man with no political ideas at all"] == "Ewald Lienen"


def test_a_pronoun_after_the_quote_is_no_one_its_own_clause_names() -> None:
    """Rule pronoun-binds-name, after the quote: ""…" he told channel 2's tom jones" is not Tom Jones, the
    one told; a name past the clause's comma ("…" he said, a call heard by … from tom jones) is no bar."""
    text = (
        "reporter tom jones spoke on sunday to a man who held on to a stolen car. "
        '"get my son out of that car, " he told channel 2\'s tom jones.' + _AFTER
    )
    assert speakers(text, lower=True)["get my son out of that car"] is None
    text = (
        "reporter tom jones spoke on sunday to a man who held on to a stolen car. "
        '"get my son out of that car, " he said, a call heard on the tape by tom jones.' + _AFTER
    )
    assert speakers(text, lower=True)["get my son out of that car"] == "Tom Jones"


def test_a_two_word_surname_the_document_writes_after_a_first_name_is_that_person() -> None:
    """Rule surname-known-speaker, a name of the document: ""…" wasserman schultz told the paper" after "…
    chairwoman, debbie wasserman schultz, …" is Debbie Wasserman Schultz; not where two first names go
    before it."""
    quote = "i have decided that i am not going to open the meeting"
    text = (
        "the meeting opened without its outgoing chairwoman, debbie wasserman schultz, after a loud morning. "
        f'"{quote}, " wasserman schultz told the local paper in an interview.' + _AFTER
    )
    assert speakers(text, lower=True)[quote] == "Debbie Wasserman Schultz"
    two = text.replace("a loud morning.", "a loud morning with her cousin, karen wasserman schultz.")
    # two bearers named in full before it: no full name is guessed. Since session 60's double-surname
    # reads "wasserman schultz" whole, rule surname-of-several gives the surname as written
    assert speakers(two, lower=True)[quote] in (None, "Wasserman Schultz")


def test_a_participle_s_words_are_not_the_object_s_of_its_main_clause() -> None:
    """Rule participle-object: "the city's mayor welcomed nora vance at the station, calling it "…"" is the
    mayor's, not Vance's (no speaker); "with nora vance describing them as "…"" stays Vance's."""
    quote = "a day of celebration for all of us here"
    text = (
        "nora vance came home on thursday after a long trial abroad. The city's mayor welcomed nora vance "
        f'at the station on thursday, calling it "{quote}. "' + _AFTER
    )
    assert speakers(text, lower=True)[quote] is None
    text = (
        "the two sides traded threats all week. The talks stalled on monday, with nora vance describing "
        f'them as "{quote}. "' + _AFTER
    )
    assert speakers(text, lower=True)[quote] == "Nora Vance"


def test_the_document_name_reading_keeps_its_offsets_past_a_letter_that_lower_cases_to_two() -> None:
    """Rule surname-known-speaker, a name of the document: the text is read as written, not lower-cased, so
    "İ" (U+0130, two characters lower-cased) before the name does not move the offsets `in_quote` is asked
    of (before: 30 of them put the name "inside" the quote after it, and no speaker)."""
    quote = "i have decided that i am not going to open the meeting"
    text = (
        f"the ferry called at port {' '.join(['İ'] * 30)} on its way. "
        "she sat down with debbie wasserman schultz. "
        f'"{quote}, " wasserman schultz told the local paper in an interview.' + _AFTER * 6
    )
    assert speakers(text, lower=True)[quote] == "Debbie Wasserman Schultz"
