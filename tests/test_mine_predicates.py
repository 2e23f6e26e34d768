"""scripts/mine_predicates.py: which predicate pairs the Multi-News training stories show written for each
other (session 28); claims written for these tests."""

from __future__ import annotations

from helpers import load_script

_ANY = frozenset()


def _script():
    return load_script("scripts/mine_predicates.py")


def _strong(c: str) -> bool:
    return c in {"tallis", "harwick", "N:count:3"}


def test_anchored_sentences_substitute_even_when_the_article_writes_both_words_elsewhere() -> None:
    """Two sentences of two articles sharing two strong concepts ("tallis", "harwick"), one writing
    "was detained", the other "was arrested", substitute the two words, although article 1 also writes
    "detained" in another sentence (news varies its words: the session 15 article-wide test dropped
    exactly such synonyms)."""
    mp = _script()
    got = [
        (0, 0, "detain+p", frozenset({"tallis"}), frozenset({"harwick", "monday"}), ""),
        (1, 5, "arrest+p", frozenset({"tallis"}), frozenset({"harwick"}), ""),
        (1, 6, "detain+p", frozenset({"guard"}), frozenset({"gate"}), ""),
    ]
    seen, preds = mp.substitutions(got, _strong)
    assert seen == {("arrest+p", "detain+p")} and {"arrest+p", "detain+p"} <= preds


def test_no_substitution_without_two_strong_concepts_a_plain_claim_or_when_a_sentence_writes_both() -> None:
    mp = _script()
    one_anchor = [
        (0, 0, "detain+p", frozenset({"tallis"}), frozenset({"monday"}), ""),
        (1, 0, "arrest+p", frozenset({"tallis"}), frozenset({"monday"}), ""),
    ]
    assert mp.substitutions(one_anchor, _strong) == (set(), set())
    negated = [
        (0, 0, "detain+p", frozenset({"tallis"}), frozenset({"harwick"}), "n"),  # "was not detained"
        (1, 0, "arrest+p", frozenset({"tallis"}), frozenset({"harwick"}), ""),
    ]
    assert mp.substitutions(negated, _strong) == (set(), set())
    both = [  # "was arrested and charged": two steps written together, no substitution
        (0, 0, "arrest+p", frozenset({"tallis"}), frozenset({"harwick"}), ""),
        (0, 0, "charg+p", frozenset({"tallis"}), frozenset({"harwick"}), ""),
        (1, 0, "charg+p", frozenset({"tallis"}), frozenset({"harwick"}), ""),
    ]
    seen, _ = mp.substitutions(both, _strong)
    assert seen == set()


def test_every_excluded_pair_has_a_reason_and_stays_out_of_the_table() -> None:
    from newsbrief.align.claims import predicate_pairs

    mp = _script()
    pairs = predicate_pairs()
    for (p, q), why in mp.EXCLUDED.items():
        assert p < q and why
        assert q not in pairs.get(p, ())
