"""One decision whether a story lost its letter case (`casing.RULES`, `Story.caseless`), and the stages
that read it (session 21, caseless: before, readability, align and coreference each had a detector of
their own, and agreement none)."""

from __future__ import annotations

from test_agreement import COUNCIL as _COUNCIL
from test_agreement import MILL as _MILL

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


def test_a_story_decides_once_and_its_stages_read_it() -> None:
    story = _story(_MILL, _COUNCIL)
    assert story.caseless
    assert story.alignment is not None and story.caseless  # align reads the story's decision
    assert not _story(_MILL.replace("oct.", "Oct."), _COUNCIL.replace("monday", "Monday")).caseless
