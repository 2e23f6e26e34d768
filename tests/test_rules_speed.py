"""The rules path's speed changes keep its output (issue 15 speed line): the token pattern written for
the regex engine finds what its plain form finds, sentence-initial marks are the plain loop's, and the
per-word and per-name memo tables give what the functions they stand for give."""

from __future__ import annotations

import re
from bisect import bisect_left

import pytest
from helpers import Counted

from newsbrief import casing
from newsbrief.analyze import attribution, entities, kinds, rules
from newsbrief.lexicon.gazetteer import gazetteer
from newsbrief.model import Document

# the token pattern as first written (one group step per character, the acronym branch a repeat)
PLAIN_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[^\W_](?:&(?:amp|AMP);(?=\w)|[\w'’&\-])*(?:(?:\.[a-z\d\-]+)*\."
    + rules.DOMAIN_ENDINGS
    + r"\b)?"
)

TEXTS = [
    "AT&AMP;T and PG&amp;E, A&amp; B &amp;c &AMP;x R&D Q&A x&&y x&amp;&amp;y 4&amp;5 Procter & Gamble",
    "www.hud.gov freep.com bbc.co.uk a.b.c.com NBCLatino.com dan(at)pni.com http://islam.org/list.html",
    "U.S. J.C. A.B a.b. e.g. x--y don't O'Brien ’s Bush’s Jones' _a a_b ü Ü 3rd 42nd 101st Airborne",
    "Trump-Kim summit; Mary Ann Dewey-Plante; pro-Gadhafi rebels; California-based Bar-Illan said.",
    "HEADLINE: Fire At The Old Mill Closes Main Street\nBry(cq) Conley said: “Never.” (Then) [he] `left`",
    "\n  \nThe end.  Two spaces\tand a tab.\n“Quoted” start and 'single' ones: Colon Next",
]


# the lower-case word pattern as first written (a leading `\b`: the engine tries every position)
PLAIN_LOWER_WORD = re.compile(r"\b[a-z][a-z'’\-]+\b")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_token_pattern_finds_what_its_plain_form_finds() -> None:
    for text in TEXTS:
        assert _spans(rules._TOKEN, text) == _spans(PLAIN_TOKEN, text)
        assert _spans(rules._TOKEN, text.lower()) == _spans(PLAIN_TOKEN, text.lower())


def test_lower_word_pattern_finds_what_its_plain_form_finds() -> None:
    for text in [*TEXTS, "a-b x'y ’tis o’clock -ab ab- _ab a_b 3ab éab aé-b"]:
        assert _spans(entities._LOWER_WORD, text) == _spans(PLAIN_LOWER_WORD, text)
        assert _spans(entities._LOWER_WORD, text.lower()) == _spans(PLAIN_LOWER_WORD, text.lower())


def _plain_initial(text: str, toks: list[rules.Tok], starts: set[int]) -> list[bool]:
    """The sentence-initial marks as the plain two-pass loop set them."""
    marks = []
    prev_end = 0
    for tok in toks:
        gap = text[prev_end : tok.start]
        opens = tok.start in starts or prev_end == 0
        opens = opens or (gap != " " and ("\n" in gap or gap[-1:] in '“"‘([`' or gap.rstrip()[-1:] == ":"))
        marks.append(opens)
        prev_end = tok.end
    line_start, k = 0, 0
    at = [t.start for t in toks]
    for line in text.split("\n"):
        line_end = line_start + len(line)
        end = bisect_left(at, line_end, k)
        words = [j for j in range(k, end) if toks[j].start >= line_start and toks[j].text[0].isalpha()]
        k = end
        if len(words) >= 4 and sum(toks[j].text[0].isupper() for j in words) >= 0.7 * len(words):
            for j in words:
                marks[j] = True
        line_start = line_end + 1
    return marks


def test_initial_marks_are_the_plain_loops() -> None:
    lines = [
        "One Two Three Four Five Six Seven eight nine ten",  # 70 % capitalised: a title-case line
        "One Two Three Four Five Six seven eight nine ten\nAn Even Shorter one",  # 60 %, then 75 %
        "One 2 Three Four 5 Six Seven eight nine 10\nab cd ef Gh\n3 4 5 6 Seven",  # numbers count no word
    ]
    for text in [*TEXTS, *lines, " A leading space", "Trump-Kim: x", "x Trump-Kim"]:
        for starts in ([0], [], [m.start() for m in re.finditer(r"(?<=\. )\w", text)]):
            toks = rules.tokens(text, starts)
            assert [t.initial for t in toks] == _plain_initial(text, toks, set(starts))


def test_title_opener_table_gives_what_title_len_reads() -> None:
    g = gazetteer()
    assert rules._may_open_title(g, "Sen.") and rules._may_open_title(g, "Senators")
    assert not rules._may_open_title(g, "Smith")
    assert rules._title_len(g, ["Senators", "Kerry", "and", "Lugar"], 0) == 1
    assert rules._title_len(g, ["Smith", "Jones"], 0) == 0
    assert rules._title_len(g, ["Smith"], 1) == 0
    # every listed title opens by its first word
    assert all(rules._may_open_title(g, t[0]) for t in g.titles)


def test_title_opener_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Session 30 review N6: the memo of `_may_open_title` starts over when full (a server reads on), and
    answers the same."""
    g = gazetteer()
    monkeypatch.setattr(rules, "_TITLE_MEMO_MAX", 50)
    for i in range(200):
        assert not rules._may_open_title(g, f"Smith{i}x")
        assert len(rules._TITLE_OPENERS[2]) <= 50
    assert rules._may_open_title(g, "Senators") and not rules._may_open_title(g, "Smith")


def test_person_words_are_worked_out_once_per_name() -> None:
    entities._person_words.cache_clear()
    assert entities._person_words("Irving Powless Jr.") == ("Irving", "Powless")
    assert entities._person_words("John Paul II") == ("John", "Paul")
    assert entities._person_words('Nicole "Snooki" Polizzi') == ("Nicole", "Snooki", "Polizzi")
    entities._person_words("Irving Powless Jr.")
    assert entities._person_words.cache_info().hits == 1


GUARDED = [
    "the Minister of Health Joshua Angatia",
    "Chancellor of the Exchequer Gordon Brown",
    "Commissioner for Human Rights Navi Pillay",
    "Mayor of\u00a0Lanford Dana Whitcombe",
    "a proof of\n\tX and of the\u2003Y, the offer off X, Chief of  Staff Reince Priebus",
    "of X",
    " of X",
]


def test_word_and_space_before_holds_wherever_the_patterns_match() -> None:
    for text in [*GUARDED, *TEXTS]:
        for at in range(len(text) + 1):
            lo = max(0, at - 40)
            if rules._OF_BEFORE.search(text, lo, at):
                assert rules._word_and_space_before(text, at, rules._OF_THE)
            if rules._OFFICE_OF_BEFORE.search(text, lo, at):
                assert rules._word_and_space_before(text, at, rules._OF_FOR)


def test_org_list_opening_found_as_the_plain_pattern_finds_it() -> None:
    plain = re.compile(kinds._ORG_LIST_OPENING)
    texts = [
        "advertisers including Ford, Allstate and Geico",
        "carmakers (Ford, GM)",
        "Xcompanies, such as Acme",
        "the firms  among them Acme",
        "firms,including Acme",
        "banks\u00a0like\nAcme",
        "banks like",
        "stores (",
        "the studio like Acme",
        "its labels (Sony) and sites from Acme",
        *TEXTS,
    ]
    for text in texts:
        kinds._has_org_list.cache_clear()
        assert kinds._has_org_list(text) == (plain.search(text) is not None), text


def _windows(texts: list[str]) -> list[str]:
    """Every window the rules search: each text's prefixes of up to 100 characters, at every end."""
    return [t[max(0, e - 100) : e] for t in texts for e in range(len(t) + 1)]


QUOTE_FRAMES = [
    "his motto was: “You die, I fly.” and the slogan IS, “x” the headline read “y” headlined a story: “z”",
    "the writer of “The Kabbalah” and author OF THE “Book”, the creator of “x”, star of  “y”",
    "he called himself “Snooki” and identified herself as “x”, goes by the “y”, went by “z”",
    "the song, “x”; the book: “y”; titled: “z”; the show ,  “w”; motto was",
    "the motto waſ “x”, the slogan ıs “y”, the headlıne read: “z”, author oſ “w”, callıng himſelf “v”",
]


def test_quote_frame_tests_hold_wherever_the_patterns_match() -> None:
    patterns = (
        attribution._CUE_COPULA,
        attribution._MAKER_OF,
        attribution._SELF_NAMED,
        attribution._APPOSED_CUE,
    )
    windows = _windows(QUOTE_FRAMES)
    assert all(any(p.search(w) for w in windows) for p in patterns)  # each is tried where it matches
    for w in windows:
        if attribution._CUE_COPULA.search(w):
            pre = w.rstrip()
            assert pre.endswith(":") or attribution._may_end_with(
                pre.removesuffix(","), attribution._COPULA_ENDS
            )
        if attribution._MAKER_OF.search(w):
            assert attribution._may_end_with(w, ("of", "the"))
        if attribution._SELF_NAMED.search(w):
            assert attribution._may_end_with(w, attribution._SELF_NAMED_ENDS)
        if attribution._APPOSED_CUE.search(w):
            assert w.rstrip().endswith((",", ":"))


def test_case_counts_read_from_the_words_alone_are_those_read_with_their_places() -> None:
    # a sentence without a capital after a stop is counted from its words alone; with one, word by word
    texts = [
        "the u.s. And its allies met in texas on monday, said Mr. Smith",
        "Smith said: Yes. it is i who met Obama in china!  Then  he left? Maybe",
        "obama met the fbi and cnn on tuesday in paris",
        "One Two three 4 Five",
        "word",
        "",
        "...  A.  B. c: D",
    ]
    for t in texts:
        tokenized = [[(m[0], m.start(), m.end()) for m in casing.TOKEN.finditer(t)]]
        assert casing.case_counts([t]) == casing.case_counts([t], tokenized)
    assert casing.case_counts(texts).lower_names > 0  # the test reads lower-case names too


def test_the_lower_vocabulary_is_read_once_per_story(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = Counted(entities._LOWER_WORD)
    monkeypatch.setattr(entities, "_LOWER_WORD", counted)
    entities._lower_vocabulary.cache_clear()
    docs = [
        Document(id=str(i), source="", raw=t, text=t) for i, t in enumerate(["The cat sat.", "A dog ran."])
    ]
    first = entities.lower_vocabulary(docs)
    assert entities.lower_vocabulary(docs) == first == {"cat", "sat", "dog", "ran"}
    assert len(counted.texts) == 2  # each document once, though asked twice
    entities._lower_vocabulary.cache_clear()


def test_lost_case_stops_counting_once_the_story_is_cased() -> None:
    cased = ["Anna Berg met Tom Hale in Oslo on Monday."] * 30 + ["the rest is all in lower case here"] * 5
    full = casing.case_counts(cased)
    assert casing._case_counts(cased, None, until_cased=True).inside < full.inside  # stopped early
    assert casing.cased_by(full) == "few-capitals"
    assert casing.lost_case(cased) is False
    caseless = ["anna berg met tom hale in oslo on monday and i said so."] * 30
    assert casing.cased_by(casing.case_counts(caseless)) is None
    assert casing.lost_case(caseless) is True
