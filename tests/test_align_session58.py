"""Session 58 (issue 14, facts not words): conflict guards and kinds; sentences written for these tests."""

from __future__ import annotations

from align_texts import kinds_and_rules

_BROTHERS_A = (
    "Ocean township - paul dorvane, accused of trying to burn down his house, was seen at home on tuesday."
    " On wednesday, police charged dorvane, 51, with aggravated arson for an attempt to burn down his house."
    " Dorvane's brother, keith dorvane, was found dead on his property."
)
_BROTHERS_B = (
    "Keith dorvane, 50, was found shot to death in a yard on his property after firefighters came,"
    " authorities said. Neighbors painted a portrait of paul dorvane as friendly."
)


def _ages_differ(a: str, b: str) -> bool:
    return ("conflict", "rule:ages-differ") in kinds_and_rules(a, b)


def test_session58_a_bare_surname_of_two_people_gives_no_one_an_age() -> None:
    """Rule `surname-of-two` (training 14780's shape: two brothers): "police charged dorvane, 51," names no
    one when the story also names "paul dorvane" and "Keith dorvane, 50,", so the two ages are no
    conflict; with one given name in the story, the bare surname is that person's."""
    assert not _ages_differ(_BROTHERS_A, _BROTHERS_B)
    one = _BROTHERS_A.replace("paul dorvane", "the suspect").replace("keith dorvane", "the victim")
    alone = _BROTHERS_B.replace("paul dorvane", "him")
    assert _ages_differ(one, alone)


def test_session58_a_capitalised_or_listed_given_name_counts_for_surname_of_two() -> None:
    """`surnames_of_two` reads a given name from an age's name, a capitalised word before the surname or
    a listed given name in lower case, never a verb or a stop word before it ("charged dorvane")."""
    from newsbrief import segment
    from newsbrief.align import features
    from newsbrief.clean import clean
    from newsbrief.ingest import load_texts
    from newsbrief.model import Story

    def bare_ages(a: str, b: str) -> set[tuple[str, str, str]]:
        docs = tuple(clean(r) for r in load_texts([a, b]))
        story = Story(docs, segment.split_all(docs))
        texts = [s.text for s in story.sentences]
        casing = features.story_casing(texts, None, story.caseless_given([features.tokens(t) for t in texts]))
        facts = [
            features.sentence_facts(k, s.doc, s.text, casing, None) for k, s in enumerate(story.sentences)
        ]
        kept = features.surnames_of_two(facts, texts)
        return {x for f in kept for x in f.named_ages if not x[1]}

    assert bare_ages(_BROTHERS_A, _BROTHERS_B) == set()
    verbs = "Police saw dorvane at home. On wednesday, police charged dorvane, 51, with arson."
    assert bare_ages(verbs, "Keith dorvane, 50, was found dead.") == {("dorvane", "", "51")}


def test_session58_one_person_two_years_apart_is_two_moments() -> None:
    """Rule `two-moments` (`pairs.AGE_GAP` 1, training 13536's shape): one full name given ages two years
    apart is more often two moments (an earlier arrest and a later one) than one misprint: no conflict;
    one year apart (a birthday between two articles, a misprint) stays one."""
    a = "Larry leroy fenwick, 22, was arrested jan. 8 by an ocala police officer on a warrant for a robbery."
    b = "Ocala police arrested larry leroy fenwick, {}, on one count of aggravated domestic battery."
    assert not _ages_differ(a, b.format(24))
    assert _ages_differ(a, b.format(23))


def test_session58_a_toll_its_own_article_adds_to_is_an_update() -> None:
    """Rule `grows-later`: "killing two people. A third victim later died in hospital" beside "killing
    three people" is the outlet's own update, not a disagreement between outlets (`related`); a third
    death that came later is no sign when the other value is not the grown one (four), nor a bare "a
    third" with no later death."""
    two = (
        "The gunman opened fire in the market in Harwick on Friday, killing two people."
        " A third victim later died in hospital."
    )
    three = "The gunman opened fire in the market in Harwick on Friday, killing three people."
    assert kinds_and_rules(two, three) == [("related", "rule:grows-later")]
    four = three.replace("three", "four")
    assert ("conflict", "rule:numbers-differ") in kinds_and_rules(two, four)
    bare = two.replace("A third victim later died in hospital.", "A third of the stalls were shut.")
    assert ("conflict", "rule:numbers-differ") in kinds_and_rules(bare, three)
    another = two.replace("A third victim", "Another victim")
    assert kinds_and_rules(another, three) == [("related", "rule:grows-later")]


def test_session58_a_bound_is_a_conflict_only_when_the_count_breaks_it() -> None:
    """Rules `lower-bound` and `upper-bound` (issue 14's "at least eight bodies" / "18 bodies"): a count a
    bound allows is no conflict (a close bound may be one fact, as the tuning labels take "more than
    5,400" / "more than 5,000"); one it rules out is."""
    tail = "bodies from the wreckage of the collapsed building in Harwick."
    count = f"Rescuers have recovered 18 {tail}"
    for bound in ("at least eight", "more than eight", "fewer than 20", "up to 20"):
        kinds = {k for k, _ in kinds_and_rules(f"Rescuers have recovered {bound} {tail}", count)}
        assert "conflict" not in kinds, bound
    for bound in ("at least 30", "more than 20", "fewer than 10", "up to 15"):
        kinds = {k for k, _ in kinds_and_rules(f"Rescuers have recovered {bound} {tail}", count)}
        assert kinds == {"conflict"}, bound


def test_session58_a_total_and_its_parts_are_no_conflict() -> None:
    """Issue 14's "all 33" / "27 passengers and six crew": a total and the parts that add up to it are
    no two values of one count."""
    total = "The plane crashed near Harwick, killing all 33 people on board."
    parts = "The plane crashed near Harwick, killing 27 passengers and six crew."
    assert "conflict" not in {k for k, _ in kinds_and_rules(total, parts)}


def test_session58_a_title_before_a_surname_is_no_second_given_name() -> None:
    """Rule `surname-of-two`: "Sheriff Marlow" or "Coach Marlow" is the one person a given name names
    elsewhere, so "Marlow, 51," beside "Ellis Marlow, 50," stays one man given two ages."""
    a = "Sheriff Marlow spoke to reporters in Harwick on Monday. Marlow, 51, has led the county force."
    b = "Ellis Marlow, 50, has led the county force in Harwick since 2009, officials said."
    assert _ages_differ(a, b)


def test_session58_a_bare_surname_is_whom_its_document_last_named() -> None:
    """Rule `surname-of-two`: of two people of one surname, a bare "dorvane, 51," is the one its document
    named in full last before it, as a reader takes it: the other brother's age beside it is no conflict,
    his own is."""
    a = (
        "Paul dorvane was seen at his home in Harwick on tuesday. Keith dorvane, a banker, lived ten miles"
        " away. Police said dorvane, 51, was found shot to death in a yard on his property."
    )
    b = "Keith dorvane, 50, was found shot to death in a yard on his property, authorities said."
    assert _ages_differ(a, b)
    assert not _ages_differ(a.replace("Keith dorvane, a banker", "Ann dorvane, a banker"), b)
