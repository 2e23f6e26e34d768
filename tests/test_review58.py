"""Session 58's review: findings in the session's landed code; sentences written for these tests."""

from __future__ import annotations

import time


def test_surname_of_two_reads_a_long_hyphenated_run_in_linear_time() -> None:
    """`features.surnames_of_two` looks for the word before each bare surname: from every word boundary of
    a run like "a-a-a-..." its regex read the whole run again (40 KB of it took ~50 s);
    a given name is at most 41 letters, so each start reads at most that far."""
    from newsbrief import segment
    from newsbrief.align import features
    from newsbrief.clean import clean
    from newsbrief.ingest import load_texts
    from newsbrief.model import Story

    a = "Police saw dorvane at home. On wednesday, police charged dorvane, 51, with arson."
    docs = tuple(clean(r) for r in load_texts([a, "Keith dorvane, 50, was found dead."]))
    story = Story(docs, segment.split_all(docs))
    texts = [s.text for s in story.sentences]
    casing = features.story_casing(texts, None, story.caseless_given([features.tokens(t) for t in texts]))
    facts = [features.sentence_facts(k, s.doc, s.text, casing, None) for k, s in enumerate(story.sentences)]
    long_run = [*texts[:-1], "a-" * 20_000 + " was there."]
    start = time.perf_counter()
    kept = features.surnames_of_two(facts, long_run)
    assert time.perf_counter() - start < 5.0
    assert len(kept) == len(facts)
    # what it reads is unchanged: "paul" before the surname is a given name of it, as before
    named = [*texts[:-1], "Neighbors saw paul dorvane."]
    assert {x for f in features.surnames_of_two(facts, named) for x in f.named_ages if not x[1]} == set()


def test_not_participles_are_words_in_ing() -> None:
    """`readability._NOT_PARTICIPLES` is read only for an opener ending in "-ing": an entry that does not
    ("king's", "beijing's", "things", "xinjiang" were listed) can never be asked for."""
    from newsbrief import readability

    assert all(w.endswith("ing") for w in readability._NOT_PARTICIPLES)
    assert not readability._opens_own_clause(["King's", "aides", "said"])
    assert readability._opens_own_clause(["Wanting", "the", "locals", "to", "believe"])
    assert not readability._opens_own_clause(["During", "the", "trial,"])
