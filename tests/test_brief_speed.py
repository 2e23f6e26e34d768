"""A brief's shortcuts outside align (issue 16's speed line) give what the long way gives: each cheap test
only rules out work whose answer it already knows."""

from __future__ import annotations

import re

import pytest

from newsbrief.summarize import candidates

# (function, the pattern it searches) of each rule that looks for the pattern's words before searching it
_GATED = [
    ("_caption_date", ["_CAPTION_DATE"]),
    ("_caption_date_place", ["_STAMP_PLACE"]),
    ("_pictured", ["_PICTURED"]),
    ("_photo_caption", ["_PHOTO_CAPTION"]),
    ("_teaser", ["_TEASER", "_HANDOFF"]),
    ("_embedded", ["_EMBEDDED"]),
]

_SENTENCES = [
    "In this Saturday, July 1, 2017, photo, people line up outside the store.",
    "FILE - In this Nov. 20, 2018, file photo an American flag flies over the court.",
    "A man walks past the ruins in Guayaquil, Ecuador, Saturday, April 16, 2016.",
    "A man walks past the ruins in Guayaquil, Ecuador, Saturday, April 16, 2016 .  ",
    "The new law takes effect January 1, 2025.",
    "Police released this still image from surveillance video of the suspect.",
    "Devin Nunes (above) spoke to reporters.",
    "Jane Roe, left, and John Doe arrive at the court.",
    "Pippa, pictured at the back of the group, smiled.",
    "Pictured: the house after the fire.",
    "He was pictured on CCTV leaving the bank.",
    "This undated photo provided by the U.S. Army shows Pvt. Jane Roe.",
    "The suspect is shown in this undated handout photo.",
    "Dallas Swonger wants the world to just know one thing.",
    'She said she wanted to tell them "three things."',
    "The two leaders agreed on one thing.",
    "Dan Noyes has an exclusive report.",
    "The ABC7 I-Team has word of a major development in the investigation.",
    "pic.twitter.com/abc — Jane Roe (@janeroe) May 3, 2016",
    "Text size - + reset and in New York, the rain fell.",
    "The council met on Monday to vote on the budget.",
    # letters a case-insensitive pattern reads as "s" or "i" that str.lower keeps apart
    "The ſuspect was pictured with the mayor.",
    "ın thıs undated photo, the mayor speaks.",
    "İN THIS photo, the mayor speaks on Monday, May 2, 2016.",
    "PİCTURED: the house after the fire.",
    "THE SUSPECT IS SHOWN İN THIS UNDATED HANDOUT PHOTO.",
    "",
    "  ",
    "2016",
    "Tuesday, May 2, 2016\n",
]


@pytest.mark.parametrize(("name", "patterns"), _GATED)
def test_gated_rule_gives_the_pattern_answer(name: str, patterns: list[str]) -> None:
    rule = getattr(candidates, name)
    for text in _SENTENCES:
        t = text.rstrip() if name == "_teaser" else text
        whole = any(getattr(candidates, p).search(t) is not None for p in patterns)
        if name == "_teaser":
            whole = whole and t[-1:] in ".:\"”’'"
        assert rule(text) == whole, text


class _NoSearch:
    def search(self, text: str) -> re.Match[str] | None:
        raise AssertionError(f"searched: {text!r}")


@pytest.mark.parametrize(("name", "patterns"), _GATED)
def test_gated_rule_does_not_search_a_sentence_without_its_words(
    name: str, patterns: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for p in patterns:
        monkeypatch.setattr(candidates, p, _NoSearch())
    for text in ("The council met on Monday to vote on the budget.", "Prices rose 3 percent in May."):
        assert getattr(candidates, name)(text) is False


_FIRST_PERSON = [
    "I think the plan will fail.",
    "I'm sure that's true, Rush, but the vote is close.",
    "Politicians have lost their power to frighten me.",
    "It was me.",
    "I myself saw it.",
    'I"never" said that.',  # the quotation blanked out, "I" stands before a space
    "We've been told that the deal is off.",
    "A Vegas insider told us that the show will close.",
    "we spoke with two officials.",
    'He said "I was there" and left.',
    "‘I want to go see my lawyer’ she wrote.",
    "World War I and II changed the map.",
    "Louis I of France was king.",
    "Some of the time the game went on.",
    "The US Senate voted on Monday.",
]


def test_writer_gate_never_rules_out_the_writer() -> None:
    from newsbrief.readability import unquoted

    for text in _FIRST_PERSON:
        found = candidates._writer_i(candidates._SINGLE_QUOTED.sub(" ", unquoted(text)))
        assert not found or candidates._may_be_writer(text), text
    assert not candidates._may_be_writer("Some of the time the game went on.")
    assert not candidates._may_be_writer("The US Senate voted on Monday.")


def test_unpossessed_is_the_possessive_pattern() -> None:
    from newsbrief.readability import _unpossessed

    words = ("Lee's", "Lee’s", "Jones'", "Jones’", "Lee", "'s", "'", "", "s", "Lee''", "Lee's's", "Lee’’s")
    for word in words:
        assert _unpossessed(word) == re.sub(r"['’]s?$", "", word), word


def test_same_sum_pairs_read_without_sparse_indexing() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix

    from newsbrief.summarize.redundancy import SameFact

    n = 6
    pairs = csr_matrix((np.ones(2, dtype=bool), ([0, 1], [1, 0])), shape=(n, n))
    # sentences 2, 3 give sum 0; 3, 4 give sum 1; 5 gives sum 2
    sums = csr_matrix((np.ones(5, dtype=bool), ([2, 3, 3, 4, 5], [0, 0, 1, 1, 2])), shape=(n, 3))
    clash = SameFact(pairs, sums)
    a = np.array([0, 1, 2, 3, 2, 4, 5, 3, 0])
    b = np.array([1, 0, 3, 4, 4, 3, 5, 3, 5])
    assert clash.has(a, b).tolist() == [True, True, True, True, False, True, False, False, False]

    class Sums:  # the CSR arrays only: `has` indexes no sparse matrix
        indptr, indices, nnz = sums.indptr, sums.indices, sums.nnz

    assert SameFact(pairs, Sums()).has(a, b).tolist() == clash.has(a, b).tolist()


def test_clashes_with_every_sentence_read_from_the_rows() -> None:
    import numpy as np
    from scipy.sparse import csr_matrix

    from newsbrief.summarize.redundancy import SameFact

    n = 6
    pairs = csr_matrix((np.ones(4, dtype=bool), ([0, 1, 1, 5], [1, 0, 5, 1])), shape=(n, n))
    sums = csr_matrix((np.ones(4, dtype=bool), ([2, 3, 3, 4], [0, 0, 1, 1])), shape=(n, 2))
    clash = SameFact(pairs, sums)
    assert clash.plain
    rows = np.array([3, 1, 0])
    want = [
        [False, False, True, False, True, False],  # 3: the same sum as 2 and as 4, not itself
        [True, False, False, False, False, True],
        [False, True, False, False, False, False],
    ]
    assert clash.dense(rows).tolist() == want
    assert clash.dense(rows, np.arange(n)).tolist() == want  # the sparse products' answer


class _Seen:
    """A pattern that records the texts it is searched in."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.texts = pattern, []

    def search(self, text: str) -> re.Match[str] | None:
        self.texts.append(text)
        return self.pattern.search(text)


def test_superseded_reads_only_the_sentences_with_a_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    from test_features import make_story

    cue = "Police earlier said two people died in the fire."
    story = make_story(
        [
            [cue, "The mayor spoke to reporters on Monday.", "The fire began in a kitchen, officials said."],
            ["The fire chief later said three people died in the fire on Sunday."],
        ]
    )
    seen = _Seen(candidates._CONTRAST)
    monkeypatch.setattr(candidates, "_CONTRAST", seen)
    out = candidates.superseded(story)
    assert seen.texts == [cue]  # the other sentences hold no cue word
    assert out.tolist() == [False, False, False, False]  # its document says nothing was corrected


def test_surname_speaker_splits_no_sentence_without_a_surname_in_it() -> None:
    from newsbrief import readability

    class Text(str):
        def split(self, *args: object, **kwargs: object) -> list[str]:  # type: ignore[override]
            raise AssertionError("split")

    base = readability.Context("", "", "before", False, (), surnames={"Yoffie"})
    c = base._replace(text=Text("The mayor said the vote was close."))
    assert readability._surname_speaker(c) is False
    said = base._replace(text="“It was a horse,” Yoffie said.")
    assert readability._surname_speaker(said) == "yoffie"


# Letters and marks around the places where a word boundary decides: a word character (letters, digits,
# "_", an accented letter) or none before "I", "me", "myself" and a capital.
_EDGES = ("", " ", "x", "_", "9", "é", "'", "’", '"', "“", "‘", "-", ".", "\n", "(", "I", "m", "e", "A", "Z")
_CORES = ("I", "I'm", "I’ve", "I ", 'I"', "I“", "I‘", "me", "me.", "mes", "me_", "myself", "Myself", "ME")


def test_word_boundary_as_a_look_behind_finds_what_the_boundary_finds() -> None:
    """`\\bX` written as `X(?<!\\wX)` (the letters first, so the engine scans for them in C): the same
    matches on every text."""
    from itertools import product

    from newsbrief.readability import _FULL_NAME

    writer = re.compile(r"\bI['’\s“\"‘]|\bme\b|myself")
    name = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+([A-Z][a-z][\w'’-]*)")
    texts = [a + core + b for a, core, b in product(_EDGES, _CORES, _EDGES)]
    texts += [a + "Jon " + b + "Tallis" + c for a, b, c in product(_EDGES, _EDGES, _EDGES)]
    texts += [*_FIRST_PERSON, *_SENTENCES]
    texts += ["Mayor Dana Whitcombe met xJon Tallis and éAnna Berg, said A. B. Carr's aide_Ian Oakes."]
    for text in texts:
        assert (candidates._WRITER_I_HINT.search(text) is None) == (writer.search(text) is None), text
        spans = [m.span(1) for m in _FULL_NAME.finditer(text)]
        assert spans == [m.span(1) for m in name.finditer(text)], text


def test_named_words_are_those_whose_unpossessed_form_is_a_surname() -> None:
    from newsbrief.readability import _named, _unpossessed

    surnames = {"Lee", "Jones", "Lee's", "Tallis'", "O'Neil", "s"}
    cores = ["Lee", "Lee's", "Lee’s", "Lees", "Jones", "Jones'", "Jones’", "Jones's", "Tallis'", "Tallis",
             "Tallis''", "O'Neil", "O'Neil's", "s", "'s", "", "'", "lee", "Lee''", "Lee's's"]  # fmt: skip
    want = [k for k, core in enumerate(cores) if _unpossessed(core) in surnames]
    assert _named(cores, surnames) == want
    assert _named(cores, frozenset()) == []


def test_first_person_pattern_finds_what_the_word_boundary_form_finds() -> None:
    """clean.kinds' `_FIRST_PERSON`, its branches opening with their letters (only whether a text holds a
    match is read): a match in the same texts as `\\b(?:I|I'm|I've|I'd|me|my|mine|myself)\\b`."""
    from itertools import product

    from newsbrief.clean import kinds

    plain = re.compile(r"\b(?:I|I'm|I've|I'd|me|my|mine|myself)\b")
    words = ("I", "I'm", "I’m", "I've", "I'd", "Id", "Im", "me", "my", "mine", "myself", "mi", "mey", "Me")
    words += ("MY", "m", "mines", "myselfs", "meme", "army", "im", "i")
    texts = [a + w + b for a, w, b in product(_EDGES, words, _EDGES)] + [*_FIRST_PERSON, *_SENTENCES]
    for text in texts:
        assert (kinds._FIRST_PERSON.search(text) is None) == (plain.search(text) is None), text


def test_glued_sentence_pattern_finds_what_the_word_character_form_finds() -> None:
    """candidates' `_GLUED_SENTENCE`, the comma first and the word character before it a look-behind:
    a match in the same texts as `\\w, (?:His|...) [a-z]`."""
    from itertools import product

    plain = re.compile(r"\w, (?:His|Her|He|She|They|Their|Its|It|We|Our) [a-z]")
    glued = (", His a", ", He said", ",His a", ", Its x", ", It's", ", We b", ",  He a", ", HE a", ", TheyA")
    texts = [a + g + b for a, g, b in product(_EDGES, glued, _EDGES)] + [*_FIRST_PERSON, *_SENTENCES]
    texts += ["The court fined him, conspiracy, His bond was set at $200,000.", "é, Her x", "_, Our y"]
    for text in texts:
        assert (candidates._GLUED_SENTENCE.search(text) is None) == (plain.search(text) is None), text


def test_glue_pattern_finds_what_the_look_behind_first_form_finds() -> None:
    """segment's `_ANY_GLUE`, the stop first: the same matches as `(?<=[A-Za-z0-9])[.?!](?=[A-Za-z"…])`,
    over a whole text and over a span of it (the look-behind reads before the span's start, as before)."""
    from itertools import product

    from newsbrief.segment import _ANY_GLUE as _GLUE

    plain = re.compile(r"(?<=[A-Za-z0-9])[.?!](?=[A-Za-z\"“”'‘’])")
    sides = ("", "a", "Z", "9", "_", "é", ".", " ", "U.S", "A")
    texts = [a + "." + b for a, b in product(sides, sides)]
    texts += ["County.Sheriff said.It was U.S.Army.", 'people.but now?the 5 p.m."It', *_SENTENCES]
    for text in texts:
        assert [m.span() for m in _GLUE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        for start, end in product(range(len(text) + 1), repeat=2):
            got, want = _GLUE.search(text, start, end), plain.search(text, start, end)
            assert (got and got.span()) == (want and want.span()), (text, start, end)


def test_elsewhere_cosine_is_each_row_s_best_from_another_source() -> None:
    """`_Elsewhere.cosine` reads every sentence's answer from one pass over the stored neighbours
    (`_best_other`): the highest cosine of its exact row among another source's sentences, 0.0 with none."""
    import numpy as np
    from test_features import make_story

    from newsbrief.analyze.agreement import _Elsewhere
    from newsbrief.model import Alignment

    story = make_story(
        [
            ["The storm cut power to the city on Monday.", "Yes.", "The mayor asked people to stay home."],
            ["Power was cut to the city by the storm.", "Schools will stay closed on Tuesday."],
            ["The mayor asked residents to stay home.", "The storm cut power to the city on Monday."],
        ]
    )
    vectors = story.vectors
    assert vectors.exact
    for src in ([s.doc for s in story.sentences], [0, 0, 0, 1, 1, 0, 0], [0] * len(story.sentences)):
        elsewhere = _Elsewhere(story, Alignment(), src)
        for i in range(len(story.sentences)):
            row = vectors.rows([i])[0]
            other = (row > 0) & (np.asarray(src) != src[i])
            want = float(row[other].max()) if other.any() else 0.0
            assert elsewhere.cosine(i) == want == float(elsewhere._best_other[i]), (src, i)
    assert _Elsewhere(story, Alignment(), [0] * len(story.sentences))._best_other.tolist() == [0.0] * 7


def _in_listed_long_way(f: object, i: int) -> bool:
    """`caseless._in_listed` as it read before the opening word's longest listed name was asked first."""
    from newsbrief.analyze import caseless

    for s in (i - 1, i - 2):
        if s < 0 or not all(caseless._joined(f, j) for j in range(s + 1, i + 1)):
            continue
        for n in range(caseless._listed_openings().get(f.ws[s].low, 0), i - s + 1, -1):
            key = tuple(w.low for w in f.ws[s : s + n])
            if (
                len(key) == n
                and key in caseless._listed()
                and all(caseless._joined(f, j) for j in range(s + 1, s + n))
            ):
                return True
    return False


_CASELESS_TEXTS = [
    "officials at the federal bureau of investigation and the new york police department said so.",
    "the federal bureau. of investigation, the new. york police department and los angeles police said.",
    "agents of the federal bureau of investigation. investigation bureau chief john doe of new york.",
    "the census bureau said the u.s. census bureau and the los angeles county sheriff's office agreed.",
    "new york new york police department police department federal federal bureau of of investigation.",
    "a b. c federal bureau of investigation's agents, the new york  police department's officers.",
]


def test_in_listed_asks_a_listed_name_first_and_answers_as_the_long_way() -> None:
    """Rule listed-holds-head's shortcut: every word of invented lower-cased text gets the answer the long
    way gives (checked by mutation: a guard one word too eager fails)."""
    from newsbrief.analyze import caseless

    hits = 0
    for text in _CASELESS_TEXTS:
        f = caseless.Found(text)
        for i in range(len(f.ws)):
            got = caseless._in_listed(f, i)
            assert got == _in_listed_long_way(f, i), (text, i)
            hits += got
    assert hits >= 6  # the texts do hold heads inside listed names


def test_in_listed_reads_no_gap_when_no_listed_name_opens_before_the_head(monkeypatch) -> None:
    """... and a word after words that open no listed name long enough is answered without a gap read."""
    from newsbrief.analyze import caseless

    f = caseless.Found("police officers met after lunch near a small river, said mayor jane roe.")

    def joined(*_args: object) -> bool:
        raise AssertionError("_joined read")

    monkeypatch.setattr(caseless, "_joined", joined)
    assert not any(caseless._in_listed(f, i) for i in range(len(f.ws)))


def test_caseless_word_is_built_by_plain_assignment_and_hashed_as_a_frozen_one() -> None:
    """`caseless.Word` (one per word of a lower-cased story) is no frozen dataclass, whose `__init__` sets
    each field through `object.__setattr__`; it compares and hashes by its fields as the frozen one did."""
    from newsbrief.analyze.caseless import Word, words

    assert not Word.__dataclass_params__.frozen  # type: ignore[attr-defined]
    a, b = words("jane roe's dog met mr. doe"), words("jane roe's dog met mr. doe")
    assert a == b and a[1] == Word(5, 8, "roe", False) and a[4].dot
    assert {*a, *b} == set(a) and len(set(a)) == 6
    assert hash(a[0]) == hash(Word(0, 4, "jane", False)) and a[0] != Word(0, 4, "jane", True)


class _NoFind:
    def finditer(self, text: str):
        raise AssertionError(f"searched: {text!r}")


def test_chrome_searches_a_sentence_only_with_the_rules_whose_anchors_it_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from dataclasses import replace

    from newsbrief.analyze import agreement

    caption = agreement.CHROME[0]
    assert caption.name == "caption"
    # the sentence holds none of the caption rule's literals ("photo", "image", "(", "ap", ...)
    monkeypatch.setattr(agreement, "CHROME", (replace(caption, pattern=_NoFind()), *agreement.CHROME[1:]))
    assert agreement.has_chrome("Thank you for reading 5 free articles on our website this month.")
    assert not agreement.has_chrome("The council met on Monday to vote on the budget.")


_TITLED = [
    ("Sen. Tom Ray", 5, "senator"),
    ("said Vice President Ann Roe", 20, "vice president"),
    ("the Prime  Minister Jo Lee", 20, "prime minister"),
    ("MRS. Wilson", 5, "mrs"),
    ("first lady Ann", 11, "first lady"),
    ("Gov \nRoe", 5, "governor"),  # `$` before a last newline
    ("Gov\nRoe", 4, None),
    ("the judges Roe", 11, None),
    ("said Roe", 5, None),
    ("(King Tut", 6, "king"),
    ("ſen. Ray", 5, "ſen"),  # the long s: IGNORECASE reads it as "s"
    ("Mıss Ray", 5, "mıss"),  # the dotless i as "i"
    ("", 0, None),
]


@pytest.mark.parametrize(("text", "start", "title"), _TITLED)
def test_title_before_gives_the_pattern_answer(text: str, start: int, title: str | None) -> None:
    from newsbrief.analyze.entities import _TITLE_BEFORE, title_before

    m = _TITLE_BEFORE.search(text, max(0, start - 30), start)
    assert (m is not None) == (title is not None)
    assert title_before(text, start) == title


def test_title_before_does_not_search_text_ending_on_no_title(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.analyze import entities

    monkeypatch.setattr(entities, "_TITLE_BEFORE", _NoSearch())
    for text in ("Officials said John Smith", "the judges Roe", "In 2010 Roe"):
        assert entities.title_before(text, text.rindex(" ") + 1) is None


class _NoFindall:
    def findall(self, text: str) -> list[str]:
        raise AssertionError(f"searched: {text!r}")


def test_shingle_words_count_no_foreign_word_where_few_characters_are_past_ascii(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsbrief.cluster import vectors
    from newsbrief.represent import words

    text = "“We will rebuild,” the mayor said on Monday — and the café reopened."
    assert vectors.shingle_words(text) == words(text)
    greek = "Η γέφυρα του Ρίου άνοιξε το 2004 στην Πάτρα."
    assert vectors.shingle_words(greek)[:3] == ["η", "γέφυρα", "του"]
    monkeypatch.setattr(vectors, "_FOREIGN_WORD", _NoFindall())
    assert vectors.shingle_words(text) == words(text)  # 4 characters past ASCII, 12 words: no search
