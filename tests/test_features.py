"""Sentence features of the default summarizer: shape, groups, case independence, concepts."""

from __future__ import annotations

import numpy as np

from newsbrief.model import Document, Sentence, Story
from newsbrief.summarize import features as F

DOCS = [
    [
        "The city council approved a new budget for the public library on Tuesday night.",
        "The budget adds evening hours and hires four librarians for the branch offices.",
        "He said the vote was the first unanimous one in a decade.",
        "Residents had asked for longer opening hours at several public meetings.",
    ],
    [
        "A new budget for the public library won approval from the city council on Tuesday.",
        "Council members praised the librarians who organised the reading programme.",
        "The library will open on Sundays starting next month, officials said.",
    ],
]


def make_story(docs: list[list[str]], lower: bool = False) -> Story:
    documents, sentences = [], []
    for d, sents in enumerate(docs):
        text, spans = "", []
        for s in sents:
            s = s.lower() if lower else s
            start = len(text) + (1 if text else 0)
            text = f"{text} {s}" if text else s
            spans.append((start, start + len(s)))
        documents.append(Document(id=str(d), source=f"doc{d}", raw=text, text=text))
        for i, (a, b) in enumerate(spans):
            sentences.append(Sentence(d, i, a, b, text[a:b]))
    return Story(tuple(documents), tuple(sentences))


def test_matrix_shape_and_groups() -> None:
    feats = F.compute(make_story(DOCS))
    assert feats.matrix.shape == (7, len(F.NAMES))
    assert np.isfinite(feats.matrix).all()
    assert set(F.FEATURES.values()) == set(F.GROUPS)
    assert feats.candidate.all()
    assert feats.rank.tolist() == [0, 1, 2, 3, 0, 1, 2]


def test_features_do_not_depend_on_case() -> None:
    a = F.compute(make_story(DOCS)).matrix
    b = F.compute(make_story(DOCS, lower=True)).matrix
    np.testing.assert_allclose(a, b)


def test_position_and_surface_values() -> None:
    feats = F.compute(make_story(DOCS))
    col = {n: feats.matrix[:, k] for k, n in enumerate(F.NAMES)}
    assert col["pos_first"].tolist() == [1, 0, 0, 0, 1, 0, 0]
    assert col["dangling"].tolist() == [0, 0, 1, 0, 0, 0, 0]  # "He said ..."
    assert col["attribution"][6] == 1 and col["attribution"][0] == 0
    # The two lead sentences say the same thing: they support each other across documents.
    assert col["support_max"][0] == col["support_max"].max()


def test_concepts_need_two_documents() -> None:
    story = make_story(DOCS)
    con = F.concepts(story)
    weights = con.named(story)
    assert ("public", "librari") in weights  # stemmed bigram used by both documents
    assert weights[("public", "librari")] == 1.0
    assert all(0 < w <= 1 for w in weights.values())
    assert ("even", "hour") not in weights  # one document only
    # The sentences holding a concept are the ones whose terms contain the bigram.
    terms = story.vectors.terms
    for i in range(len(story.sentences)):
        held = {(a, b) for a, b in zip(terms[i], terms[i][1:], strict=False)} & set(weights)
        got = {k for k, c in zip(con.keys, range(len(con.keys)), strict=True) if c in set(con.of(i).tolist())}
        assert len(got) == len(held)
    np.testing.assert_allclose(
        con.gain(len(story.sentences)), F.compute(story).matrix[:, F.NAMES.index("concept_sum")]
    )
    covered = np.ones(len(con.weight), dtype=bool)
    assert not con.gain(len(story.sentences), covered).any()


def test_word_bigrams_keep_stop_words_but_not_two() -> None:
    story = make_story(DOCS)
    weights = F.word_bigrams(story).named(story)
    assert weights[("public", "librari")] == 1.0  # both documents
    assert ("the", "public") in weights  # a stop word and a content word: an ICSI concept
    assert ("for", "the") not in weights  # two stop words: not a concept
    assert ("even", "hour") not in weights  # one document only
    assert not F.word_bigrams(make_story([])).named(make_story([]))


def test_word_bigrams_need_a_share_of_the_documents() -> None:
    filler = ["Officials met on a quiet morning to talk about roads and parking downtown."]
    said = ["The nerve agent was found in the house, police said."]
    # Ten documents: a bigram in two of them is left out, in three it counts (COVERAGE_SHARE 0.3).
    for holders, kept in ((2, False), (3, True)):
        story = make_story([said if d < holders else filler for d in range(10)])
        weights = F.word_bigrams(story).named(story)
        assert (("nerv", "agent") in weights) is kept
        if kept:
            assert weights[("nerv", "agent")] == 0.3
    con = F.word_bigrams(make_story([said, said, filler]))
    assert con.of(0).tolist() == con.of(1).tolist() and len(con.of(0)) and not len(con.of(2))


def test_empty_story_has_empty_features() -> None:
    feats = F.compute(make_story([]))
    assert feats.matrix.shape == (0, len(F.NAMES)) and not feats.candidate.any()


def test_quotes_group_only_when_asked_for() -> None:
    story = make_story(
        [["“We will reopen the library soon,” the mayor said on Tuesday night.", *DOCS[0][:2]], DOCS[1]]
    )
    full = F.compute(story).matrix
    quotes = [k for k, n in enumerate(F.NAMES) if F.FEATURES[n] == "quotes"]
    assert full[0, quotes].all()  # quoted, opens on a quote, attributed
    lean = F.compute(story, [n for n in F.NAMES if F.FEATURES[n] != "quotes"]).matrix
    others = [k for k in range(len(F.NAMES)) if k not in quotes]
    np.testing.assert_allclose(lean[:, others], full[:, others])
    assert not lean[:, F.NAMES.index("quote_frac")].any()


CASED = [
    "The Dutch court on Thursday ordered Facebook to hand over the identity of the user in Amsterdam.",
    "the offending account was deleted before any request for user data reached the company in Menlo Park.",
    "The woman who sued Facebook appeared on Dutch television on Friday with her lawyer Peter Smith.",
]


def test_lower_case_opening_is_a_fragment_only_in_cased_text() -> None:
    cased = F.compute(make_story([CASED]))
    assert cased.fragment.tolist() == [False, True, False]
    # Multi-News+ lower-cases the text and capitalises some sentence starts: no fragments there.
    lowered = [s[0] + s[1:].lower() for s in CASED]
    assert not F.compute(make_story([lowered])).fragment.any()


def test_only_furniture_words_bar_a_sentence() -> None:
    story = make_story(
        [
            [
                "The court said the video of the woman was posted from a fake account in 2011.",
                "Click here to subscribe to our free newsletter about the court case today.",
                "Her lawyer said the company must comply with the ruling within two weeks.",
            ]
        ]
    )
    feats = F.compute(story)
    assert feats.furniture.tolist() == [False, True, False]
    assert feats.matrix[0, F.NAMES.index("junk")] == 1.0  # "video" still lowers the learned score
