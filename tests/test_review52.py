"""Review of session 52's landings (review52), on text written here."""

from __future__ import annotations

import time

from align_texts import link_kinds
from entity_mentions import mentions as _mentions

from newsbrief.align.features import sentence_facts, story_casing, tokens


def _predicates(text: str) -> list[str]:
    """The words of the claims' predicates the claim parser reads in one sentence."""
    casing = story_casing([text], [tokens(text)])
    return [text[c.at[0] : c.at[1]] for c in sentence_facts(0, 0, text, casing, None).claims]


_TAIL = (
    " officials said on monday that the event would go ahead, and the doors would open in the evening "
    "after a long delay over the cost of the new hall. the staff were told to wait for news."
)


def test_review52_a_famous_name_read_otherwise_is_no_person() -> None:
    """Caseless famous-name: a listed name's words before a body's head word ("the bill gates
    foundation"), or with its first word the verb it may be ("will smith start on sunday?" of a player
    Smith, "we hope hicks will testify"), name no person; the names themselves still do."""
    for text in (
        "the grant came from the bill gates foundation, and the school said it was grateful.",
        "the coach would not say. will smith start on sunday? the fans want to know.",
        "we hope hicks will testify, the senator told the clerk.",
    ):
        found = _mentions(text + _TAIL)
        assert not any(kind == "person" for kind, _ in found.values()), (text, found)
    found = _mentions(
        "will smith said he was sorry, and bill gates gave a talk. hope hicks told the panel little. "
        "will smith starred in the film, which bill gates saw, and the chief turned to hope hicks for help."
        + _TAIL
    )
    assert found["Will Smith"][0] == "person" and found["Bill Gates"][0] == "person", found
    assert found["Hope Hicks"] == ("person", ["hope hicks", "hope hicks"]), found


def test_review52_a_prefixed_irregular_participle_after_have_or_be_is_the_verb() -> None:
    """Rules be-complement / have-object read a participle the tables miss as a complement or object, no
    verb ("has undergone surgery" gave the claim "has"): an irregular participle after a verb prefix
    ("undergone", "withheld", "rebuilt", "forecast") and a few unlisted ones ("broadcast", "arisen") are
    the verb; a plural after "have" ("have outlets") stays the object."""
    assert _predicates("Lund has undergone surgery in Harwick.") == ["undergone"]
    assert _predicates("The firm has withheld payments in Harwick.") == ["withheld"]
    assert _predicates("The bridge was rebuilt in Harwick.") == ["rebuilt"]
    assert _predicates("Snow was forecast for Harwick.") == ["forecast"]
    assert _predicates("The debate was broadcast live from Harwick.") == ["broadcast"]
    assert _predicates("Problems have arisen in Harwick.") == ["arisen"]
    assert _predicates("The paper has outlets in Harwick.") == ["has"]


def test_review52_two_things_told_apart_by_which_one_give_no_conflict() -> None:
    """Rule which-apart: "the first body ... 2 miles" / "the second body ... 4 miles", "one boat" /
    "another boat": two things of a kind, each its own measure or count, never one slot's two values
    (measure-slot and numbers-differ made a conflict of them); the same thing both sides still clashes."""
    first = "The first body was found 2 miles from the dam near Harwick."
    second = "The second body was found 4 miles from the dam near Harwick."
    assert "conflict" not in link_kinds(first, second)
    one = "One boat carried 30 people off the coast of Harwick on Monday."
    other = "Another boat carried 50 people off the coast of Harwick on Monday."
    assert "conflict" not in link_kinds(one, other)
    same = "The boat sank 3 miles off the coast of Harwick on Monday."
    assert "conflict" in link_kinds(same, same.replace("3 miles", "5 miles"))


def test_review52_follow_box_pattern_takes_a_long_word_run_in_linear_time() -> None:
    """Clean rule follow-box-inline: a long run of letters after "Follow" is read once, not split every way
    before the pattern fails (about 5 s for 240 letters, and four times that for each doubling of it, when
    the repeat held an optional space); the box it cuts is still found."""
    from newsbrief.clean.rules import RULES

    pattern = next(r for r in RULES if r.name == "follow-box-inline").pattern
    started = time.perf_counter()
    assert pattern.search("Follow " + "a" * 240 + " b") is None
    assert time.perf_counter() - started < 0.5
    found = pattern.search("The vote is on Monday. Follow kdka-tv: facebook | twitter The rest")
    assert found is not None and found.group() == "Follow kdka-tv: facebook | twitter"
