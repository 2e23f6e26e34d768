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
