"""Session 55 review (review55): mends to this session's landings, on text written here."""

from __future__ import annotations

import random
import re

import pytest
from align_texts import link_kinds
from entity_mentions import mentions

from newsbrief.clean.rules import AD_LABEL_AFTER, RULES

_AD_GUARD = next(r for r in RULES if r.name == "advertisement-inline").guard


class _Watched(str):
    """A paragraph that records the longest slice taken of it."""

    longest = 0

    def __getitem__(self, key: object) -> str:
        piece = super().__getitem__(key)  # type: ignore[index]
        _Watched.longest = max(_Watched.longest, len(piece))
        return piece


def test_the_ad_label_guard_reads_only_the_paragraphs_first_words() -> None:
    # advertisement-inline's guard split all of the paragraph before each label: a paragraph of many labels
    # was quadratic (88,000 characters of ". Advertisement x." cleaned in 8.2 s, 0.12 s before the rule).
    assert _AD_GUARD is not None
    text = _Watched(
        "The team met on a cold morning in the old hall. " * 2000 + "Advertisement the talks went on."
    )
    m = re.search("Advertisement", text)
    assert m is not None and m.string is text
    _Watched.longest = 0
    assert _AD_GUARD(m, text)
    assert _Watched.longest < 1000


def test_the_ad_label_guard_counts_words_as_splitting_does() -> None:
    assert _AD_GUARD is not None
    pick = random.Random(55)
    for _ in range(2000):
        words = [pick.choice(["a", "bb", ".", "X", "c.", "\n"]) for _ in range(pick.randint(0, 30))]
        text = "".join(pick.choice(["", " ", "  ", "\n", "\t"]) + w for w in words)
        for m in re.finditer("X", text):
            assert _AD_GUARD(m, text) == (len(text[: m.start()].split()) >= AD_LABEL_AFTER)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a possessive is the owner or the country, not a part of the name
        (
            "Japan's Harwick said it would recall 2,000 cars sold in Ohio.",
            "Rival Harwick said it would recall 3,000 cars sold in Ohio.",
        ),
        # offices and an office's generic place word are no part of a name either
        (
            "Sheriff Lund said the fire in Harwick killed 12 people.",
            "Commissioner Lund said the fire in Harwick killed 16 people.",
        ),
        (
            "Brook Sheriff Lund said the fire killed 12 people.",
            "County Sheriff Lund said the fire killed 16 people.",
        ),
    ],
)
def test_name_fronts_apart_reads_no_possessive_office_or_place_word_as_a_name(a: str, b: str) -> None:
    # Rule name-fronts-apart (e99426a1) read "Japan's" / "Rival", "Sheriff" / "Commissioner" and "Brook" /
    # "County" before one key as two firms' names, and hid the true conflict of one party's two counts.
    assert "conflict" in link_kinds(a, b)


def test_name_fronts_apart_still_tells_two_firms_apart() -> None:
    recall = "{} said it would recall {} jars of peanut butter sold in Ohio."
    assert "conflict" not in link_kinds(
        recall.format("Harwick Foods", "2,000"), recall.format("Brook Foods", "3,000")
    )


def test_surname_cued_reads_no_run_when_two_runs_end_in_the_cued_word() -> None:
    # Rule surname-cued (355caf9e): "Green tweeted" cued "Tavio Green", and the story-level pass then made the
    # places "Ealing Green" and "Tooting Green" persons too: the cue tells of one run, not which.
    found = mentions(
        "Tavio Green fans met on Monday. Green tweeted that he owed millions. Police closed Ealing Green and "
        "Tooting Green for the day."
    )
    assert not any(name.endswith("Green") for name in found), found
    one = mentions(
        "A Tavio Brown fan set up a page on Monday. Brown tweeted on Sunday that he owed millions."
    )
    assert one["Tavio Brown"][0] == "person", one


def test_the_command_line_loads_no_logging() -> None:
    # web/server.py, which `cli` imports for `serve`'s options, imported `logging` at module level (cli55's
    # log filter): every `newsbrief --help` paid for it; it loads with uvicorn now.
    import subprocess
    import sys

    code = "import sys, newsbrief.cli; print('logging' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
