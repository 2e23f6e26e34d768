"""The analysis's caches and indexes (issue 15's speed line): each gives what the work it saves gives,
and the work is done once. No timings here: `bench/bench_analysis.py` measures the speed."""

from __future__ import annotations

import pytest

from newsbrief.analyze import coreference, find_entities
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story

_TEXT = (
    "Maria Lopez, the mayor of Springfield, said on Monday that the bridge would reopen. "
    '"We are nearly there," Lopez said. Her deputy, Tom Becker, agreed. '
    '"It took too long," Becker said. Lopez said she would cut the ribbon herself.'
)


def _view() -> coreference.DocView:
    story = prepare_story([RawDoc(id="0", source="test", raw=_TEXT)])
    ents = find_entities(story)
    sents = [s for s in story.sentences if s.doc == 0]
    return coreference.DocView(0, story.documents[0], sents, ents)


def test_a_mentions_name_is_worked_out_once(monkeypatch: pytest.MonkeyPatch) -> None:
    dd = _view()
    people = dd.people(0, len(dd.text))
    assert len(people) >= 4
    fresh = [_view().person_name_rule(f) for f in people]
    calls: list[coreference.Found] = []
    work = coreference.DocView._person_name_rule

    def counted(self: coreference.DocView, f: coreference.Found) -> tuple[str, str | None]:
        calls.append(f)
        return work(self, f)

    monkeypatch.setattr(coreference.DocView, "_person_name_rule", counted)
    twice = [dd.person_name_rule(f) for f in people] + [dd.person_name_rule(f) for f in people]
    assert twice == fresh + fresh  # the same names as a view that never cached
    assert sorted(calls, key=lambda f: f.start) == people  # each mention worked out once


def _in_full_by_scan(dd: coreference.DocView, surname: str, end: int | None) -> list[tuple[int, int, str]]:
    """What `_in_full` gives, read off every mention before `end` (the start code's way)."""
    stop = len(dd.text) if end is None else end
    return [
        (f.start, f.end, dd.ents.name(f))
        for f in dd.ents.within(dd.d, 0, stop, "person")
        if " " in dd.text[f.start : f.end].strip()
        and not dd.in_quote(f.start)
        and coreference._surname_form(" ".join(dd.text[f.start : f.end].split())).split()[-1] == surname
    ]


def test_the_full_names_by_surname_are_those_a_scan_of_the_mentions_finds() -> None:
    dd = _view()
    assert set(dd.in_full_by_surname) == {"Lopez", "Becker"}  # one pass, keyed by surname
    tom = dd.text.index("Tom Becker")
    for surname in ("Lopez", "Becker", "Smith"):
        for end in (None, 0, 20, tom + 5, tom + 10, len(dd.text)):
            assert coreference._in_full(dd, surname, end) == _in_full_by_scan(dd, surname, end)
    assert coreference._in_full(dd, "Becker", tom + 5) == []  # cut inside the name


def test_a_one_word_speakers_full_name_is_worked_out_once_per_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dd = _view()
    words = ["Lopez", "Becker", "Maria Lopez", "Springfield", "Smith"]
    fresh = [coreference.full_name(_view(), w) for w in words]
    assert fresh[:2] == ["Maria Lopez", "Tom Becker"]
    calls: list[str] = []
    work = coreference._full_name

    def counted(view: coreference.DocView, name: str) -> str:
        calls.append(name)
        return work(view, name)

    monkeypatch.setattr(coreference, "_full_name", counted)
    assert [coreference.full_name(dd, w) for w in words * 2] == fresh * 2
    assert calls == words


def test_a_pieces_context_is_read_once_and_again_after_a_trim() -> None:
    from newsbrief.analyze import kinds, rules
    from newsbrief.lexicon.gazetteer import gazetteer

    text = "On Monday the Springfield City Council met, said Maria Lopez."
    toks = rules.tokens(text, [0])
    at = {t.text: i for i, t in enumerate(toks)}
    p = kinds.Piece(text, toks, [at["Springfield"], at["City"], at["Council"]], False, gazetteer(), set())
    assert (p.before, p.after, p.next_word) == ("On Monday the ", " met, said Maria Lopez.", "met")
    assert {"before", "after", "next_word"} <= set(vars(p))  # kept for the rules that read them next
    p.idx = p.idx[1:2]  # a rule trims the piece to "City"
    assert (p.before, p.after, p.next_word) == (
        "On Monday the Springfield ",
        " Council met, said Maria Lopez.",
        None,
    )


def test_the_tokens_stand_where_the_token_pattern_matches() -> None:
    """`rules.tokens` finds each token after the one before instead of asking for match objects; that
    holds while the pattern matches at every letter and digit (a gap holds none). Passes on the start
    code too: it guards the invariant, not a behaviour."""
    from newsbrief.analyze import rules

    text = (
        "U.S. officials__said AT&AMP;T's and PG&amp;E's deal (cq) -- worth $5,000.50 -- went to "
        "www.example.co.uk_/a_b and Saint-Jean; “Ki-moon” said 'no' at 3:45 p.m. O'Neill's x_y_z ___ end."
    )
    spans = [(m.start(), m.end(), m[0]) for m in rules._TOKEN.finditer(text)]
    toks = rules.tokens(text, [0])
    assert all(text[t.start : t.end] == t.text for t in toks)
    plain = [(t.start, t.end, t.text) for t in toks if "-" not in t.text and not t.possessive]
    assert set(plain) <= set(spans)  # a plain word is exactly its match
    assert [t.text for t in toks][:3] == ["U.S.", "officials__said", "AT&AMP;T"]


def test_a_pattern_per_role_or_head_is_built_only_where_the_words_hold_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`_role_at`, `_by_indefinite` and `_introduced_unnamed` build a pattern around the role or head they
    look for (a new one is compiled per word, slower than the rest of the search): none for a word the
    text does not hold where the pattern looks; where it does, the patterns answer as before."""
    dd = _view()
    people = {dd.text[f.start : f.end]: f for f in dd.people(0, len(dd.text))}
    built: list[str] = []
    for name in ("compile", "match", "search"):
        real = getattr(coreference.re, name)

        def counted(pattern: str, *args: object, real: object = real, **kwargs: object) -> object:
            built.append(pattern)
            return real(pattern, *args, **kwargs)  # type: ignore[operator]

        monkeypatch.setattr(coreference.re, name, counted)
    assert all(coreference._role_at(dd, f, "treasurer") is None for f in people.values())
    assert coreference._by_indefinite(dd, len(dd.text), "treasurer") is None
    assert not coreference._introduced_unnamed(dd, len(dd.text), "the city treasurer")
    assert not [p for p in built if "treasurer" in p]
    assert coreference._role_at(dd, people["Maria Lopez"], "mayor") is True  # "Maria Lopez, the mayor"
    assert coreference._role_at(dd, people["Tom Becker"], "deputy") is True  # "Her deputy, Tom Becker,"
    assert [p for p in built if "mayor" in p] and [p for p in built if "deputy" in p]


def test_a_documents_quotes_are_in_text_order() -> None:
    """`in_quote` and the antecedent's speakers bisect `DocView._q_open`: the quotes open in text order,
    an unclosed one and a quotation going on over paragraphs included."""
    text = (
        '"We will rebuild," Maria Lopez said. "The bridge is first.\n'
        '"Then the school," she added. Tom Becker said "never, and left.\n'
        'He said: "Not now." Later, "maybe," he said.'
    )
    story = prepare_story([RawDoc(id="0", source="test", raw=text)])
    dd = coreference.DocView(0, story.documents[0], list(story.sentences), find_entities(story))
    assert len(dd.quotes) >= 4
    assert dd._q_open == sorted(dd._q_open) == [q.open_at for q in dd.quotes]
