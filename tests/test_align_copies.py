"""Two copies of one sentence state one claim (rules `one-text`, `complement-time`): `guards.claims_differ`
is never True for them. Sentences written for these tests, each modelled on a copy a training draw of
session 22 lost its link on after the copula rules (`other-complement` read a cut complement as a word
more)."""

from __future__ import annotations

from test_align_claims import _facts, _links  # one story's links, sentences' facts: the claims tests' helpers

from newsbrief.align.pairs import one_text


def _cited(a: str, b: str) -> list[str]:
    return [k.kind for k in _links(a, b) if k.kind in ("quote", "fact")]


def test_session22_one_sentence_with_and_without_its_marks_and_dots_is_cited() -> None:
    # "u.s." cut the complement at "u" ("the last u" / "the last us ambassador"): `other-complement` read a
    # word more in one copy, and the copy lost its `same-words` link at 50f363a
    a = '"to the best of my knowledge, sarah kline was the last u.s. Envoy to eastland to be barred there."'
    b = "to the best of my knowledge, sarah kline was the last us envoy to eastland to be barred there."
    assert _cited(a, b) == ["fact"]


def test_session22_a_paragraph_cut_short_is_the_same_claim() -> None:
    # the shorter copy ends inside the complement ("on board a fenwick plane" / "... plane headed to ...")
    a = (
        "dunmore ( ap ) — the defense ministry says a widely revered fenwick charity doctor was on board a "
        "fenwick plane headed to dunmore that crashed into the sea shortly after takeoff."
    )
    b = (
        "dunmore ( ap ) — the defense ministry says a widely revered fenwick charity doctor was on board a "
        "fenwick plane"
    )
    assert _cited(a, b) == ["fact"]


def test_session22_one_text_reads_copies_only() -> None:
    (fa, fb, fc, fd, fe) = _facts(
        "Jane Tran was the last U.S. envoy to Eastland to be barred from going there.",
        "Jane Tran was the last US envoy to Eastland to be barred from going there.",
        "Jane Tran was the last US envoy to Eastland",
        "Jane Tran is a former senator from Ohio who now runs a charity in Dayton.",
        "Jane Tran is a senator from Ohio who now runs a charity in Dayton.",
    )
    assert one_text(fa.words, fb.words) and one_text(fa.words, fc.words)
    assert not one_text(fd.words, fe.words)  # a word more inside: another complement, not a copy
    short = _facts("Jane Tran was a senator.", "Jane Tran was a senator from Ohio for two terms.")
    assert not one_text(short[0].words, short[1].words)  # too short to say it is a cut copy


def test_session22_a_time_phrase_is_no_part_of_the_complement() -> None:
    # rule `complement-time`: "had no children last year" and "have no children" say one thing of the
    # subject; the complement "no children last year" made `other-complement` read them as two
    (f,) = _facts("Many women with a degree had no children last year.")
    assert [c.predicate.partition(">")[2] for c in f.claims if c.linking] == ["no children"]
    (f,) = _facts("Jane Tran is the last envoy to Eastland.")
    assert [c.predicate.partition(">")[2] for c in f.claims if c.linking] == ["last envoy"]
    a = (
        "Today about one in five women ages 40 to 44 with a master's degree ( 22 % ) have no children, down "
        "from 30 % in 1994, according to an analysis of census data by the Fenwick center."
    )
    b = (
        "Just 22 % of women ages 40 to 44 with a master's degree had no children last year, down from 30 % "
        "in 1994, according to a new analysis of census data by the Fenwick center."
    )
    assert _cited(a, b) == ["fact"]
