"""Session 53 (issue 14): quotation shapes the quote rules missed. One short remark quoted whole alike in
both sentences, about one participant (rule `same-short-quote`); a long run of one sentence's quoted words
that the other reports without quotation marks (rule `quote-reported`). Sentences written for these tests."""

from __future__ import annotations

from newsbrief import segment
from newsbrief.align import align
from newsbrief.align.features import sentence_facts, story_casing, tokens
from newsbrief.align.pairs import quote_variant, reported_run, same_short_quote
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Story


def _links(a: str, b: str) -> list[tuple[str, str]]:
    docs = tuple(clean(r) for r in load_texts([a, b]))
    story = Story(docs, segment.split_all(docs))
    return [(k.kind, k.evidence[0]) for k in align(story).links]


def _facts(*texts: str):
    casing = story_casing(list(texts), [tokens(t) for t in texts])
    return [sentence_facts(k, k, t, casing, None) for k, t in enumerate(texts)]


def test_one_short_remark_quoted_whole_alike_about_one_participant_is_one_quotation() -> None:
    a = (
        "At a briefing on Tuesday, spokeswoman Dana Whitcombe declined to explain the mayor's posts, saying "
        'they "speak for themselves."'
    )
    b = (
        "Asked to clarify the posts, the mayor's spokeswoman, Dana Whitcombe, said she would let them "
        '"speak for themselves."'
    )
    assert ("quote", "rule:same-short-quote") in _links(a, b)


def test_a_short_remark_quoted_alike_about_no_one_named_in_both_is_no_quotation() -> None:
    a = 'The council said on Monday that the new figures "speak for themselves."'
    b = 'Critics of the Harwick plan say the results "speak for themselves."'
    assert not any(kind == "quote" for kind, _ in _links(a, b))
    fa, fb = _facts(a, b)
    assert same_short_quote(fa, fb)  # the quotation alone is alike: the rule asks a participant both name


def test_a_short_quotation_only_part_of_the_other_is_not_read_by_same_short_quote() -> None:
    fa, fb = _facts(
        'Dana Whitcombe called the vote "a fair result."',
        'Dana Whitcombe said: "It was a fair result for the town."',
    )
    assert not same_short_quote(fa, fb)  # `quoted-whole` reads a short quotation inside a longer one


def test_a_long_run_of_quoted_words_reported_unquoted_is_one_quotation() -> None:
    a = (
        '"This report is really a wake-up call to the farming community that a large number of wells '
        'are running dry," she said.'
    )
    b = (
        "The authors believe their report is a wake-up call to the farming community, which should be "
        "watching its water levels."
    )
    assert ("quote", "rule:quote-reported") in _links(a, b)


def test_a_stock_phrase_run_reported_unquoted_is_no_quotation() -> None:
    # seven words alike, two of them no stop words: a stock phrase, not one statement
    quoted = '"We will log the data so that we can evaluate the performance of the new pumps," he said.'
    report = "The firm records when its filters run so that we can evaluate the performance of the filters."
    fa, fb = _facts(quoted, report)
    assert reported_run(fa.quotes, fb, fa.words) == 0
    assert not any(kind == "quote" for kind, _ in _links(quoted, report))


def test_a_quotation_left_open_into_its_attribution_reports_nothing() -> None:
    # the closing mark is another kind than the opening one: the quotation read runs on into "said ...",
    # which the other sentence writes as its attribution
    a = (
        '“It is a tribute to a lifetime of work that shaped the field and my own research," said Dana '
        "Whitcombe, associate director of the Harwick Science Center."
    )
    b = (
        '"This is the first time the center has named a telescope for a living person," said Dana '
        "Whitcombe, associate director of the Harwick Science Center."
    )
    fa, fb = _facts(a, b)
    assert not fa.quoted and fb.quoted
    assert not any(rule == "rule:quote-reported" for _, rule in _links(a, b))


def test_one_statement_quoted_in_two_wordings_is_one_quotation() -> None:
    a = '"If you can lift a young player\'s confidence, you can alter their whole path in sport."'
    b = (
        '"If you can raise the confidence of a player at this young age, you can change their whole path in '
        'sport," the coach said.'
    )
    assert ("quote", "rule:quote-variant") in _links(a, b)


def test_two_quotations_alike_but_one_word_put_for_its_opposite_are_no_quotation() -> None:
    a = 'Dana Whitcombe said: "We expect to win this fight in the courts before the end of the year."'
    b = 'Dana Whitcombe said: "We expect to lose this fight in the courts before the end of the year."'
    fa, fb = _facts(a, b)
    assert quote_variant(fa.quotes, fb.quotes)  # alike but one word: `rules.clashes` reads the opposite
    assert not any(rule == "rule:quote-variant" for _, rule in _links(a, b))


def test_a_name_quoted_in_one_and_written_in_the_other_is_no_reported_quotation() -> None:
    # rule `name-run`: six words alike, but no function word besides "the": an agency's name, two statements
    quoted = (
        '"that fire is still under investigation by the harwick county arson task force," a spokeswoman said.'
    )
    report = "nobody was hurt, and the harwick county arson task force is looking into it, the chief said."
    fa, fb = _facts(quoted, report)
    assert reported_run(fa.quotes, fb, fa.words) == 0
