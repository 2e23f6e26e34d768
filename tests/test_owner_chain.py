"""One walk back to whom a "he" / "his" sentence naming no one is about (`owner_chain.chain_lead`), for
analyze's `owners` and align's `features.pronoun_owners` alike, on texts written for these tests."""

from __future__ import annotations

from newsbrief.align.features import pronoun_owners, sentence_facts, story_casing
from newsbrief.analyze import find_entities
from newsbrief.analyze.owners import owner
from newsbrief.ingest.load import load_texts
from newsbrief.owner_chain import MAX_CHAIN, chain_lead
from newsbrief.pipeline import prepare_story

# the lead, then four sentences naming no one that open on "he" or "his": the last is past MAX_CHAIN
CHAIN = (
    "Marcus Bellamy, 19, of Harwick, was charged with arson. He was held overnight at the county jail. "
    "He asked for a lawyer at dawn. He waited in a cell until noon. His bond was set at $50,000."
)


def test_chain_lead_walks_back_through_passing_sentences_only() -> None:
    def walk(i: int, passing: set[int], docs: tuple[int, ...] = (0,) * 6) -> tuple[int, str] | None:
        return chain_lead(i, lambda j: docs[j] == docs[i], {0: "A"}.get, lambda j: j in passing)

    assert walk(1, set()) == (0, "A") and walk(3, {1, 2}) == (0, "A")
    assert walk(4, {1, 2, 3}) is None  # rule owner-chain: "A" is 4 back, past MAX_CHAIN
    assert chain_lead(4, lambda j: True, {0: "A"}.get, lambda j: True, limit=4) == (0, "A")
    assert walk(3, {2}) is None  # sentence 1 does not pass: the walk stops there
    assert walk(2, {1}, (1, 0, 0, 0, 0, 0)) is None  # another document's lead is no one's here
    assert walk(0, set()) is None


def test_align_walks_past_max_chain_and_analyze_does_not() -> None:
    """One walk, two limits: a listed point's `Claim.about` at most `MAX_CHAIN` back (say less), align's
    `Facts.owner` any number back (an owner keeps two people's same words apart)."""
    assert MAX_CHAIN == 3
    story = prepare_story(load_texts([CHAIN]))
    sents = story.sentences
    ents = find_entities(story)
    casing = story_casing([s.text for s in sents])
    facts = pronoun_owners([sentence_facts(k, s.doc, s.text, casing, None) for k, s in enumerate(sents)])
    assert len(sents) == 5
    assert [owner(sents, ents, i) is not None for i in range(5)] == [False, True, True, True, False]
    assert [f.owner for f in facts] == [None] + ["E:bellamy"] * 4
