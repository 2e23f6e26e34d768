"""Literal anchors (clean/anchors.py): a rule is skipped only on text it cannot match."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from test_clean_rules import CASES

from newsbrief.clean import RULES
from newsbrief.clean.anchors import Anchors, AnchorTable, anchors, has_special, may_match, only_at_start


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?i)\bsign up\b", Anchors(lower=("sign up",))),
        (r"(?i)^(?:photo|image) credit\b", Anchors(lower=(" credit",))),
        (r"foo|bar(?:baz)?", Anchors(exact=("bar", "foo"))),
        (r"foo|[a-z]+", None),  # one branch has no literal
        (r"(?:read more)?x", None),  # optional: no anchor; one letter: too short
        (r"(?:ab)+cd", Anchors(exact=("ab",))),  # a repeat that must occur; the first of equally long
        (r"(?=abc)\w+", None),  # a look-ahead gives none
        (r"(?i:SKIP AD)|\bEMBED\b", Anchors(lower=("skip ad",), exact=("EMBED",))),  # scoped flags
        (r"caf\u00e9", Anchors(exact=("café",))),  # case-sensitive non-ASCII literal: as it is
        (r"(?i)\u00a9 2019", Anchors(lower=("© 2019",))),  # © has no case: an anchor even with IGNORECASE
        # rule `rare-character`: "@" is an anchor on its own, and weighs more than the common "or" / "and"
        (r"\w+@\w+", Anchors(exact=("@",))),
        (r"(?:or|and)\s\w+@\w+", Anchors(exact=("@",))),
        (r"(?:or|and)\s\w+(?:@|\(at\))\w+", Anchors(exact=("(at)", "@"))),
        (r"\w+ or \w+", Anchors(exact=(" or ",))),
    ],
)
def test_anchors_of_patterns(pattern: str, expected: Anchors | None) -> None:
    assert anchors(re.compile(pattern)) == expected


def test_ignorecase_non_ascii_literal_is_no_anchor() -> None:
    assert anchors(re.compile("\u00e9t\u00e9", re.I)) is None
    assert anchors(re.compile("\u00e9t\u00e9x", re.I)) is None  # runs cut at each é: "t", "x" (too short)


def test_special_letters_disable_the_filter() -> None:
    # IGNORECASE "s" matches the long s: text holding one is never skipped.
    pattern = re.compile("subscribe", re.I)
    text = "\u017fubscribe now"
    assert pattern.search(text)
    assert has_special(text)
    assert may_match(anchors(pattern), text, text.lower(), has_special(text))
    assert not may_match(anchors(pattern), "nothing here", "nothing here", False)


def test_exact_anchors_are_case_sensitive() -> None:
    found = anchors(re.compile(r"\bJUST WATCHED\b"))
    assert not may_match(found, "I just watched it", "i just watched it", False)
    assert may_match(found, "JUST WATCHED", "just watched", False)


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_rule_example_passes_the_filter(name: str) -> None:
    rule = next(r for r in RULES if r.name == name)
    found = anchors(rule.pattern)
    for text in CASES[name][0] + CASES[name][1]:
        if rule.pattern.search(text):
            assert may_match(found, text, text.lower(), has_special(text)), (name, text, found)


def test_filter_never_hides_a_match_of_any_rule_on_mixed_text() -> None:
    # Every rule example, changed in case and glued to others: wherever a rule matches, it is not skipped.
    texts = [t for must, must_not in CASES.values() for t in must + must_not]
    variants = texts + [t.upper() for t in texts] + [t.title() for t in texts]
    variants += [a + " " + b for a, b in pairwise(texts)]
    for rule in RULES:
        found = anchors(rule.pattern)
        for text in variants:
            if rule.pattern.search(text):
                assert may_match(found, text, text.lower(), has_special(text)), (rule.name, text, found)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^click here\b", True),
        (r"(?i)\A(?:photo|image) credit", True),
        (r"^a|^b", True),  # the parser takes the shared "^" out of the branches
        (r"^a|b", False),  # "b" may match anywhere
        (r"(?m)^a", False),  # any line start
        (r"\bclick here\b", False),
        (r"(?:^|\s)Mr\.$", False),
    ],
)
def test_only_at_start(pattern: str, expected: bool) -> None:
    assert only_at_start(re.compile(pattern)) is expected


def test_rules_only_at_start_match_only_at_position_zero() -> None:
    # Such a rule takes no anchors; check the claim on every rule example, also behind other text.
    texts = [t for must, must_not in CASES.values() for t in must + must_not]
    for rule in RULES:
        if only_at_start(rule.pattern):
            for text in texts + ["x " + t for t in texts] + [t + "\n" + t for t in texts]:
                m = rule.pattern.search(text)
                assert m is None or m.start() == 0, (rule.name, text)


def test_single_character_anchors_on_request() -> None:
    from newsbrief.clean.kinds import _STARS

    assert anchors(_STARS) is None  # "★" and "*" are shorter than MIN_ANCHOR
    found = anchors(_STARS, 1)
    assert found == Anchors(lower=("*", "grade:", "out of ", "rating:", "\u2605"))
    for text in ("\u2605\u2605\u2605\u00bd", "* * *", "three out of four stars", "Grade: B+", "RATING: 4"):
        assert _STARS.search(text) and may_match(found, text, text.lower(), has_special(text))
    assert not may_match(found, "No rating here.", "no rating here.", False)


def test_rare_character_is_an_anchor() -> None:
    """Rule `rare-character`: a one-character literal past ASCII anchors whatever `min_len`; an ASCII one
    shorter than it still leaves the pattern none."""
    found = anchors(re.compile(r"^(?:©|\(c\)|copyright\b)|\ball rights reserved\b", re.IGNORECASE))
    assert found == Anchors(lower=("(c)", "all rights reserved", "copyright", "©"))
    assert may_match(found, "© 2031 The Daily Lantern", "© 2031 the daily lantern", False)
    assert not may_match(found, "The mayor spoke at noon.", "the mayor spoke at noon.", False)
    assert anchors(re.compile(r"^(?:\*|note\b)", re.IGNORECASE)) is None


def test_anchor_table_says_what_may_match_says_of_each_rule() -> None:
    # One pass over a whole table's anchors gives the rules `may_match` passes, text by text: every rule
    # example, in other cases, glued to the next, and with a letter IGNORECASE equates with an ASCII one.
    texts = [t for must, must_not in CASES.values() for t in must + must_not]
    variants = texts + [t.upper() for t in texts] + [a + " " + b for a, b in pairwise(texts)]
    variants += ["\u017fign up", "nothing here", ""]
    found = [anchors(rule.pattern) for rule in RULES]
    table = AnchorTable(found)
    assert table.always and table.cased  # rules without anchors, rules with lower-case ones
    for text in variants:
        lowered, special = text.lower(), has_special(text)
        expected = {k for k, f in enumerate(found) if may_match(f, text, lowered, special)}
        assert table.may_match(text, lowered, special) == expected, text


class _Unhashable:
    """A rule's guard that cannot be hashed, so that hashing its rule raises."""

    __hash__ = None  # type: ignore[assignment]

    def __call__(self, m: re.Match[str], text: str) -> bool:
        return True


def test_rules_by_length_never_hash_the_rules() -> None:
    """`clean._within` groups a table's rules by paragraph length without hashing a rule (a rule's hash
    hashes its compiled pattern's code anew each time): a rule that cannot be hashed still gets its
    tables, and each length's rules are those with `max_words` at least that length, in table order."""
    from newsbrief.clean.clean import _within
    from newsbrief.clean.rules import Rule

    guard = _Unhashable()
    table = tuple(
        Rule(f"r{k}", "test", "line", re.compile(rf"\bword{k}\b"), max_words=k, guard=guard)
        for k in (3, 1, 2)
    )
    with pytest.raises(TypeError):
        hash(table[0])
    for n in range(6):
        rules, _ = _within(table, n)
        assert rules == tuple(r for r in table if r.max_words >= n)
