"""Session 31 (issue 15): a rank or title written abbreviated with no name after it ("“Yes,” said Brig.",
"Brig. Gen." before its verb) is a title: no person in the entity pass (kinds rule lone-title) and no speaker
(coreference rule stray-word); before a name it titles that name."""

from __future__ import annotations

import pytest
from helpers import speakers_and_rules

from newsbrief import brief


def _people(text: str) -> set[str]:
    b = brief(texts=[text], words=40, timings=False)
    return {e.name for e in b.entities if e.kind == "person"}


@pytest.mark.parametrize("title", ["Brig.", "Amb.", "Spc.", "Sgt.", "Msgr.", "Brig. Gen."])
def test_session31_a_rank_alone_is_no_person_and_no_speaker(title: str) -> None:
    for text in (
        f"Troops moved south on Monday. “We are ready,” said {title}",
        f"Troops moved south on Monday. “We are ready,” {title} said.",
    ):
        assert not _people(text) & {title.rstrip("."), title.split(".")[0]}, text
        assert speakers_and_rules(text)["We are ready"] == (None, "stray-word"), text


def test_session31_a_rank_before_a_name_titles_that_person() -> None:
    text = (
        "Troops moved south on Monday. “We are ready,” said Brig. Gen. Dana Whitcombe. "
        "Army Spc. Carl Ruiz was charged on Tuesday. Police Const. Marc Roy closed the road."
    )
    assert _people(text) == {"Dana Whitcombe", "Carl Ruiz", "Marc Roy"}
    assert speakers_and_rules(text)["We are ready"][0] == "Dana Whitcombe"
