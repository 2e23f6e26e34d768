"""The kernel types: one options record validated once, and the alignment's helpers."""

from __future__ import annotations

import pytest

from newsbrief.errors import UsageError
from newsbrief.model import Alignment, BriefOptions, Budget, Link, RawDoc, Story


def test_kernel_types_import_from_model() -> None:
    assert RawDoc("1", "x", "text").kind == "text"
    assert Story((), ()).doc_lengths == []


def test_sentences_replace_the_word_budget() -> None:
    assert BriefOptions().budget == Budget(words=250)
    assert BriefOptions(words=100, sentences=3).budget == Budget(words=None, sentences=3)


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (BriefOptions(words=0), "--words"),
        (BriefOptions(sentences=-1), "--sentences"),
        (BriefOptions(words=None), "--words"),
        (BriefOptions(method="nope"), "--method"),
        (BriefOptions(method="oracle"), "--method"),
        (BriefOptions(ner="bert"), "--ner"),
    ],
)
def test_validate_names_the_bad_option(options: BriefOptions, named: str) -> None:
    with pytest.raises(UsageError, match=named):
        options.validate()


def test_validate_returns_good_options() -> None:
    opts = BriefOptions(words=None, sentences=2, method="lexrank", analysis=False)
    assert opts.validate() is opts


def test_alignment_helpers() -> None:
    links = (Link(0, 3, "fact", 0.6), Link(0, 5, "related", 0.3), Link(2, 3, "quote", 0.9))
    al = Alignment(links)
    assert al.of(3) == (links[0], links[2])
    assert al.supporting(0) == (links[0],)
    assert al.supporting(5) == ()
