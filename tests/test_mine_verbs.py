"""scripts/mine_verbs.py: which words the Multi-News training stories show to be verbs (session 17); counts
written for these tests."""

from __future__ import annotations

import json
from collections import Counter

from helpers import load_script

from newsbrief.lexicon.verbs import present_forms, third_person


def _script():
    return load_script("scripts/mine_verbs.py")


def test_third_person_forms() -> None:
    assert [third_person(b) for b in ("remove", "carry", "push", "go", "obey")] == [
        "removes",
        "carries",
        "pushes",
        "goes",
        "obeys",
    ]


def test_a_lemma_is_kept_when_written_as_a_verb_and_hardly_ever_after_a_determiner() -> None:
    mv = _script()
    line = json.dumps(
        {
            "documents": [
                "They want to remove it. Crews will remove it. It removes nothing. "
                "He wants to show it. They will show it. The show ended. The show ran. A show. The shows. "
                "She plans to always go. She will always go. They always go."  # a function word
            ]
        }
    )
    kept = {b for b, _, _ in mv.lemmas(*mv.count([line]))}
    assert "remove" in kept
    assert "show" not in kept  # 3 verb uses, 4 noun uses
    assert "always" not in kept
    verb, noun = mv.MIN_USES, 0
    assert mv.lemmas(Counter(), Counter(), Counter({"obey": verb - 1}), Counter({"obey": 1})) == [
        ("obey", verb, noun)
    ]
    assert mv.lemmas(Counter(), Counter({"obey": 1}), Counter({"obey": verb - 1}), Counter({"obey": 1})) == []


def test_the_shipped_table_holds_verbs_and_no_function_words() -> None:
    forms = present_forms()
    assert {"remove", "removes", "interferes", "require", "contribute"} <= forms
    assert not {"like", "the", "always", "costs", "show", "him", "rules"} & forms


def test_session39_a_given_name_is_never_a_lemma() -> None:
    """`NAMES`: the lower-cased training text writes "jon" after "to" and a modal; a name, not a verb."""
    mv = _script()
    uses = Counter({"jon": mv.MIN_USES})
    assert mv.lemmas(Counter(), Counter(), uses, uses) == []
    assert "jon" not in present_forms()


def test_session39_review_no_given_name_is_a_lemma() -> None:
    """`NAMES` (review39): "christine", "kate" and "lindsay" were lemmas as "jon" was: names, no verbs."""
    mv = _script()
    uses = Counter({n: mv.MIN_USES for n in ("christine", "kate", "lindsay")})
    assert mv.lemmas(Counter(), Counter(), uses, uses) == []
    assert not {"christine", "kate", "lindsay", "kates"} & present_forms()
