"""One decision whether a story lost its letter case (`casing.RULES`, `Story.caseless`), and the stages
that read it (session 21, caseless: before, readability, align and coreference each had a detector of
their own, and agreement none)."""

from __future__ import annotations

import pytest
from test_agreement import COUNCIL as _COUNCIL
from test_agreement import MILL as _MILL

from newsbrief import align as align_stage
from newsbrief.align import features
from newsbrief.casing import RULES, case_counts, cased_by, lost_case
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story


def _story(*texts: str):
    return prepare_story([RawDoc(id=str(k), source=str(k), raw=t) for k, t in enumerate(texts)])


def test_the_decision_is_a_table_of_named_rules() -> None:
    assert [r.name for r in RULES] == ["enough-words", "few-capitals", "lower-name"]
    lowered = [s.text for s in _story(_MILL, _COUNCIL).sentences]
    assert cased_by(case_counts(lowered)) is None and lost_case(lowered)
    cased = [t.replace("monday", "Monday").replace("oct.", "Oct.") for t in lowered]
    assert cased_by(case_counts(cased)) == "lower-name"  # no name shows, but "Monday" keeps its capital
    assert cased_by(case_counts(lowered[:3])) == "enough-words"
    titled = [t.title() for t in lowered]
    assert cased_by(case_counts(titled)) == "few-capitals"


def test_a_story_decides_once_and_its_stages_read_it(monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story(_MILL, _COUNCIL)
    assert story.caseless
    assert not _story(_MILL.replace("oct.", "Oct."), _COUNCIL.replace("monday", "Monday")).caseless
    # align reads the story's decision, not a detector of its own: told the other way, it follows
    built: list[bool] = []

    def spy(*args, **kwargs):
        casing = features.story_casing(*args, **kwargs)
        built.append(casing.caseless)
        return casing

    monkeypatch.setattr(align_stage, "story_casing", spy)
    for decided in (True, False):
        told = _story(_MILL, _COUNCIL)
        told.__dict__["caseless"] = decided  # the cached decision, as another stage would find it
        align_stage.align(told)
    assert built == [True, False]


# a cased story that names no one (the study's words, written here): sentence starts are its only capitals
_FRIES = (
    "Mice that ate french fries every day for a month gained more weight than mice fed plain potatoes. "
    "The fries were cooked in oil that had been heated many times over, as it often is in fast food "
    "kitchens. Researchers weighed the animals each week and measured the fat around their livers. "
    "The mice on the fried diet also moved less and slept more during the day. Those fed boiled potatoes "
    "kept a steady weight through the whole study. The team said the oil, more than the potatoes "
    "themselves, seemed to drive the change. Further work will test whether fresh oil makes a "
    "difference, and whether the effect fades once the fried food is taken away."
)


def test_an_ap_style_lower_case_word_is_no_lost_name() -> None:
    """AP writes "french fries" in lower case, so "french" shows no lost case (`_LOWER_TOO`, as the module
    docstring says; the early review found it among `lower_names`): a cased story naming no one stays
    cased. "English", "American" and "German" are still names."""
    sentences = [s.text for s in _story(_FRIES).sentences]
    assert case_counts(sentences).lower_names == 0
    assert cased_by(case_counts(sentences)) == "lower-name"
    assert not lost_case(sentences)
    assert case_counts([s.replace("french", "german") for s in sentences]).lower_names == 1


def test_the_answers_below_a_story_are_casing_functions_by_name() -> None:
    """Segmentation (one paragraph, no story yet) and the summarizer's weights (per document) call
    `casing` by name; no stage keeps a copy of the test (session 22, debt: a guard, passes on the start's
    behaviour; the names are new)."""
    import inspect

    from newsbrief import casing, readability, segment
    from newsbrief.summarize import features as summary_features

    assert casing.paragraph_lost_case("It reopens in may. The mayor said so.")
    assert casing.paragraph_lost_case('"It reopens," he said. (it is late.)')
    assert not casing.paragraph_lost_case("It reopens in June. (Associated Press)")
    lower = "the mayor said, on monday, that the bridge would reopen in may after the repairs. " * 3
    assert not casing.document_keeps_case(lower)
    assert casing.document_keeps_case(lower.replace("monday", "Monday").replace("may", "May"))
    assert casing.document_keeps_case("the mayor said the bridge would reopen.")  # too short to tell
    assert casing.capitalises_inside("He met Lopez.") and not casing.capitalises_inside("He met lopez.")
    assert segment.paragraph_lost_case is casing.paragraph_lost_case
    from newsbrief.model import Story

    assert "document_keeps_case(" in inspect.getsource(Story.cased_docs.func)  # once per story
    assert "story.cased_docs" in inspect.getsource(summary_features.cased_docs)
    assert readability.capitalises_inside is casing.capitalises_inside
    for module in (segment, readability, summary_features):
        source = inspect.getsource(module)
        assert "MID_CAPITAL" not in source and "def _lost_case" not in source


def test_document_keeps_case_counts_in_one_pass_what_the_two_patterns_count() -> None:
    """`document_keeps_case` reads `MID_WORD`'s matches once and counts the capitals among their first
    characters: the counts of `MID_WORD` and `MID_CAPITAL` each (an output-identical speed-up)."""
    from newsbrief.casing import CASED_SHARE, DOC_WORDS, MID_CAPITAL, MID_WORD, document_keeps_case

    def by_two_patterns(text: str) -> bool:
        words = len(MID_WORD.findall(text))
        return words < DOC_WORDS or len(MID_CAPITAL.findall(text)) >= CASED_SHARE * words

    texts = [
        "the mayor said, on monday, that the bridge would reopen in may after the repairs. " * 3,
        "The Mayor said, on Monday; that the Bridge would reopen in May.\tIt Was late, Étienne said. " * 4,
        'words\nOn a new line, then a,b and c;D and e\u00a0F g\u2003H i 1 j 2 k "L" m (N) o ' * 5,
        "x " * 60 + "Y " * 2,
        "",
    ]
    for text in texts:
        assert document_keeps_case(text) == by_two_patterns(text)
    assert [document_keeps_case(t) for t in texts] == [False, True, True, False, True]


def test_session40_a_short_story_with_no_capital_inside_lost_its_case() -> None:
    """Rule enough-words' none-capitalised: under CASE_WORDS words, but SHORT_CASE_WORDS or more of which
    not one is capitalised (a one-page story as multinews-val-45791 is), the story lost its case; one
    capital inside ("Ms. Ortiz") and the few words cannot tell, so it keeps it."""
    text = (
        "The airport screeners at the main gate found a small knife in a carry-on bag on monday, and the "
        "passenger told them she had forgotten it was there after a camping trip. officials said she was "
        "allowed to fly after the knife was taken, and no charges were filed. the agency said such finds "
        "happen every week at the gate."
    )
    assert _story(text).caseless
    assert not _story(text.replace("the passenger", "Ms. Ortiz")).caseless


def test_entities41_a_listed_acronym_in_lower_case_shows_a_lost_case() -> None:
    """Rule lower-acronym: a listed body's acronym written in lower case ("hbo") shows the story lost its
    case, as "fbi" did by hand (a page naming only "abc" and "new york" read as cased and found no name:
    multinews-val-49472); "ice" and "sec" are words too, and a cased story naming no one stays cased."""
    review = _FRIES.replace("fast food kitchens", "the kitchens of a cooking show on hbo")
    sentences = [s.text for s in _story(review).sentences]
    assert case_counts(sentences).lower_names == 1 and lost_case(sentences)
    iced = [s.text for s in _story(_FRIES.replace("plain potatoes", "potatoes on ice for a sec")).sentences]
    assert case_counts(iced).lower_names == 0 and not lost_case(iced)


def test_mend41_a_name_set_in_capitals_is_no_acronym() -> None:
    """Rule styled-name: the lists hold "POLITICO" beside "Politico", a name set in capitals, not an
    acronym; its lower case "politico" is an English word (a party hack), no sign of a lost case."""
    review = _FRIES.replace("fast food kitchens", "the kitchens of an old politico")
    hack = [s.text for s in _story(review).sentences]
    assert case_counts(hack).lower_names == 0 and not lost_case(hack)


def test_entities42_a_person_s_name_in_lower_case_shows_a_lost_case() -> None:
    """Rule lower-person: a story with no capital inside its sentences and no listed place, body or
    weekday lost its case when it writes a person's name in lower case (a listed first name no ordinary
    word, then a word that is none either: "jennifer aniston"), as 20 of 1,500 training stories do (their
    names were read as cased and none found); a cased story naming no one stays cased, and so does one
    with a lower-case first name before an ordinary word ("jennifer said")."""
    named = _FRIES.replace("The team said", "The lead author, jennifer aniston, said")
    sentences = [s.text for s in _story(named).sentences]
    counts = case_counts(sentences)
    assert counts.lower_names == 0 and cased_by(counts) == "lower-name"  # the counts alone keep it cased
    assert lost_case(sentences) and _story(named).caseless
    plain = _FRIES.replace("The team said", "The lead author, jennifer, said")
    assert not _story(plain).caseless
    assert not _story(_FRIES).caseless


def test_session55_a_sentence_after_a_spaced_credit_keeps_a_paragraph_case_less() -> None:
    from newsbrief import casing
    from newsbrief.segment import split_text

    text = "Crowds fill the square... ( associated press ) The council thanked ohio gov. Ann roe on friday."
    assert casing.paragraph_lost_case(text)
    assert not casing.paragraph_lost_case("Crowds fill the square. (AP) The council thanked Gov. Ann Roe.")
    assert split_text(text)[-1] == "The council thanked ohio gov. Ann roe on friday."
