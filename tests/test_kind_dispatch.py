"""The kind rules' dispatch (analyze/kinds.py `classify`): a rule is tried only on the pieces its `size`
and cue words allow, and the decisions are the plain loop's, which tries every rule on every piece."""

from __future__ import annotations

import pytest

from newsbrief.analyze import kinds
from newsbrief.analyze.rules import Candidate, recognise, tokens

# sentences written for the rules with bounds or cue words, and for trims that change what follows
SENTENCES = [
    "Ms. Maple and Mr Wilson met Cecile Richards, president of Planned Parenthood, on Monday.",
    "Fans queued for the film Jurassic World; the Zorvan Heights sequel opens in May.",
    "Charlotta Turner, professor in Analytical Chemistry, drank a bottle of Inca Kola.",
    "Minister of Electricity and Energy Osman Abaza said board Chairwoman Linda Holloway of Shawnee agreed.",
    "The retailer Borders and the journal Neurology were named by the former Dawson's Creek star.",
    "Despite Trump, Route 9 and Pier 39 stayed open in Oakland, Calif., said HAYS (AP) reporters.",
    "UC Regent Ward Connerly visited the Los Angeles Convention Center and Mount Rainier.",
    "MVP Taran Killam and Zeta Beta Tau joined CTV Winnipeg at 5:50 P.M. Sunday.",
    "Sheryl and Bob Nichols of West Milford said the Texans and MPs were at the Olympics.",
    "Shares of Monsanto rose after the House voted; Interfax reported.",
    "Irving Powless Jr. spoke to Nine-year-old Kieran near the Olorgesailie Basin.",
    "ALL GABLED ROOFS WILL FAIL, said STEW BAILEY: the spokesman for the Northvale Group agreed.",
]


def _plain(
    text: str,
    toks: list,
    piece: list[int],
    titled: bool,
    g: object,
    lower_vocab: set[str],
    out: list[Candidate],
) -> None:
    """Every rule on every piece, in table order (the loop before the dispatch)."""
    p = kinds.Piece(text, toks, piece, titled, g, lower_vocab, out)  # type: ignore[arg-type]
    for rule in kinds.KIND_RULES:
        p.rule = rule.name
        if not p._idx or rule.decide(p):
            return


def _found(text: str) -> list[Candidate]:
    starts = [0, *(i + 2 for i in range(len(text)) if text.startswith(". ", i))]
    return recognise(text, starts, set())


@pytest.mark.parametrize("text", SENTENCES)
def test_the_dispatch_decides_as_the_plain_loop(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # a guard: on the code before the dispatch `classify` was the plain loop, so it passes there too
    dispatched = _found(text)
    monkeypatch.setattr(kinds, "classify", _plain)
    assert _found(text) == dispatched
    assert dispatched


def _spy_table(monkeypatch: pytest.MonkeyPatch, rule: kinds.KindRule) -> list[str]:
    """The table with `rule` first, recording the words of each piece it is tried on."""
    seen: list[str] = []
    spy = kinds.KindRule(rule.name, _recorder(seen, rule.decide), rule.size, rule.before, rule.after)
    monkeypatch.setattr(kinds, "KIND_RULES", (spy, *kinds.KIND_RULES))
    return seen


def _recorder(seen: list[str], decide):  # type: ignore[no-untyped-def]
    def record(p: kinds.Piece) -> bool:
        seen.append(" ".join(p.words))
        return decide(p)

    return record


def test_a_rule_is_tried_only_on_pieces_of_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _spy_table(monkeypatch, kinds.KindRule("spy", lambda p: False, size=(2, 2)))
    _found("Yesterday Ann Marlowe met Corvin in Zell on Monday.")
    assert seen == ["Ann Marlowe"]


def test_a_cued_rule_is_tried_only_after_or_before_its_words(monkeypatch: pytest.MonkeyPatch) -> None:
    spy = kinds.KindRule("spy", lambda p: False, before=frozenset(["of"]), after=frozenset(["film"]))
    seen = _spy_table(monkeypatch, spy)
    _found("Yesterday the head of Corvin Labs saw Marlowe and the Zell film-maker Ann Pike.")
    assert seen == ["Corvin Labs", "Zell"]


def test_a_replaced_table_is_dispatched_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    # bench/entity_rules.py drops rules by replacing the table: the dispatch follows it
    _found("Yesterday Ann Marlowe met Corvin.")
    seen = _spy_table(monkeypatch, kinds.KindRule("spy", lambda p: False))
    _found("Yesterday Ann Marlowe met Corvin.")
    assert seen == ["Ann Marlowe", "Corvin"]


@pytest.mark.parametrize(
    ("before", "word"),
    [
        ("the president of ", "of"),
        ("said Mr. ", "Mr"),
        ("a micro-film ", "film"),
        ("(of ", "of"),
        ("Smith,", ""),
    ],
)
def test_the_word_before_a_piece(before: str, word: str) -> None:
    text = before + "Corvin said."
    toks = tokens(text, [0])
    k = next(i for i, t in enumerate(toks) if t.text == "Corvin")
    assert kinds.Piece(text, toks, [k], False, None, set()).word_before == word  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("after", "word"), [(" film-maker", "film"), (" & Co", ""), (", who", ""), ("  co-star", "co")]
)
def test_the_word_after_a_piece(after: str, word: str) -> None:
    text = "Yesterday Corvin" + after
    toks = tokens(text, [0])
    k = next(i for i, t in enumerate(toks) if t.text == "Corvin")
    assert kinds.Piece(text, toks, [k], False, None, set()).word_after == word  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("before", "the", "role"),
    [
        ("met the ", True, False),
        ("(the ", True, False),
        ("to bathe ", False, False),
        ("The\n", True, False),
        ("the, ", False, False),
        ("said spokesman ", False, True),
        ("said spokesman, ", False, True),
    ],
)
def test_the_words_before_a_piece_read_once(before: str, the: bool, role: bool) -> None:
    # `the_before` tries `_THE_BEFORE` only after the word "the": the same answer as the pattern alone
    from newsbrief.lexicon.gazetteer import gazetteer

    text = "Yesterday they " + before + "Corvin said."
    toks = tokens(text, [0])
    k = next(i for i, t in enumerate(toks) if t.text == "Corvin")
    p = kinds.Piece(text, toks, [k], False, gazetteer(), set())
    assert (p.the_before, p.role_before) == (the, role)
    assert p.the_before == (kinds._THE_BEFORE.search(p.before) is not None)
