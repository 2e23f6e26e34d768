"""Session 56 (issue 14, cites56): false multi-source citations of four kinds, each removed by one named
rule, while the same fact told alike still cites. Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import cited, kinds_and_rules

from newsbrief import segment
from newsbrief.align import align
from newsbrief.align.facts_apart import apart
from newsbrief.cite import joined_unstated, supports
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Story

_TITLE = "U.S. Mission to Harwick public affairs counsellor Dana Whitcombe"
_QUOTE = (
    '"Sorry to disappoint those of you hoping to attend this party, but such an event falls well outside our'
    ' area of expertise," '
)


@pytest.mark.parametrize("lower", [False, True])
def test_a_speaker_run_before_a_verb_of_writing_shares_who_wrote_not_what(lower: bool) -> None:
    """Rule `speaker-then-verb` (`pairs._says_next`): a long title and name shared word for word, a verb of
    writing right after it in the quoting sentence, is who wrote, not a fact both state (was `same-words`)."""
    a = f"{_TITLE} kept his apology lighthearted."
    b = f"{_QUOTE}{_TITLE} wrote in a later email."
    if lower:
        a, b = a.lower(), b.lower()
    assert not cited(a, b)


def test_a_quotation_and_other_reported_words_under_one_attribution_are_two_statements() -> None:
    """Rule `quote-and-report` (`pairs.quote_and_report`, rule `attribution-only`): one quotes, the other
    reports other words after the same long attribution (was `same-words`, then `same-fact`)."""
    who = "Dana Whitcombe, the public affairs counsellor of the U.S. Mission to Harwick,"
    a = f"{who} wrote that the invitation had been sent by mistake."
    b = f'"It was a training error made by one of our new staff," {who} wrote.'
    assert ("related", "rule:attribution-only") in kinds_and_rules(a, b)
    assert not cited(a, b)
    # the same statement quoted and reported still cites
    assert cited(
        "Mayor Jon Palmer said the city would rebuild the bridge by spring.",
        '"We will rebuild the bridge by spring," Mayor Jon Palmer said.',
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # was `stated-within`
            "Rebels in eastern Harwick claimed they shot down a government fighter jet on Tuesday.",
            "A government fighter jet was shot down over eastern Harwick on Tuesday.",
        ),
        (  # was `same-words`
            "Critics say the new Harwick bridge toll will hurt low-income commuters the most.",
            "The new Harwick bridge toll will hurt low-income commuters the most.",
        ),
        (  # was `same-words`
            "Prosecutors allege that Dana Whitcombe stole 2 million dollars from the Harwick pension fund.",
            "Dana Whitcombe stole 2 million dollars from the Harwick pension fund.",
        ),
    ],
)
def test_a_claim_framed_as_an_allegation_is_not_the_outlet_stating_it(a: str, b: str) -> None:
    """Rule `claim-frame` (`facts_apart`): a claim given as someone's allegation is not stated by a sentence
    that states it as fact."""
    assert not cited(a, b)


def test_a_frame_both_write_or_a_noun_after_claimed_tells_nothing_apart() -> None:
    def words(text: str) -> str:
        return f" {text.lower()} "

    assert apart(words("rebels claimed they shot down a jet"), words("a jet was shot down")) == "claim-frame"
    # both frame it, or the other calls it alleged
    assert not apart(
        words("rebels claimed they shot down a jet"), words("rebels claimed to have shot down a jet")
    )
    assert not apart(words("rebels claimed they shot down a jet"), words("the jet was allegedly shot down"))
    # "claimed the lives of", "claimed responsibility" take a noun, not a clause
    assert not apart(words("the storm claimed the lives of 12 people"), words("the storm killed 12 people"))
    assert not apart(
        words("the group claimed responsibility for the attack on the base"), words("the attack on the base")
    )
    assert cited(
        "The Harwick storm claimed the lives of 12 people on Tuesday.",
        "The storm in Harwick killed 12 people on Tuesday.",
    )


def _line_cited(line: str, other: str) -> bool:
    docs = tuple(clean(r) for r in load_texts([line, other]))
    story = Story(docs, segment.split_all(docs))
    s = story.sentences
    return any(
        supports(k, i, s[i].text, s[k.b if k.a == i else k.a].text)
        for k in align(story).links
        for i in (k.a, k.b)
        if s[i].doc == 0
    )


@pytest.mark.parametrize(
    ("line", "other"),
    [
        (
            "Harwick police said no one was hurt in the crash of the van on Main Street, adding that the"
            " driver fled.",
            "Harwick police said no one was hurt in the crash of the van on Main Street.",
        ),
        (
            "Mayor Jon Palmer said the Harwick bridge will close in May, adding that the city council"
            " approved the repair plan on Monday night.",
            "The city council approved the repair plan on Monday night, Mayor Jon Palmer said.",
        ),
    ],
)
def test_an_adding_that_tail_is_a_second_claim(line: str, other: str) -> None:
    """Rule `adding-that` (`cite.joined_unstated`): ", adding that ..." joins a second reported claim, so a
    source stating only one of the two does not cite the line (both were cited)."""
    assert not _line_cited(line, other)


def test_an_adding_that_tail_the_other_states_too_still_cites() -> None:
    line = (
        "Mayor Jon Palmer said the Harwick bridge will close in May, adding that the repairs will cost"
        " $2 million."
    )
    other = "Mayor Jon Palmer said the Harwick bridge will close in May and the repairs will cost $2 million."
    assert _line_cited(line, other)
    assert joined_unstated(line, other) is None


def test_a_quote_link_cites_a_line_by_its_cover_only_when_the_words_around_the_quotation_are_stated() -> None:
    """Rule `quote-report-stated` (`cite.OUTSIDE_STATED`, `features.outside_stated`): a quote link whose
    quotation is not the line's point (a short phrase closing a reported statement) cites the line by its
    cover only when the other also states the words around the quotation (the link's evidence as a story
    of several sources gave it: cited before)."""
    from newsbrief.align.features import outside_stated
    from newsbrief.model import Link

    line = (
        "The governor said that all too often, she has been called to the podium to mourn the deaths of"
        ' children killed by those "who had no trouble getting their hands on a gun."'
    )
    other = (
        "We do know that, once again, innocent children were killed because someone who wanted to do harm had"
        ' no trouble getting their hands on a gun."'
    )
    link = Link(0, 1, "quote", 0.9, ("rule:same-quotation", "sentence:0.53/0.38", "quoted:0.90/0.26"))
    assert outside_stated(line, other) < 0.5
    assert not supports(link, 0, line, other)
    # ... the words around it stated too: cited
    restated = (
        '"Too often I am called to the podium to mourn the deaths of children killed by those who had no'
        ' trouble getting their hands on a gun," the governor said.'
    )
    assert supports(link, 0, line, restated)
