"""Mojibake repaired before cleaning (ftfy, and lost quote marks), every change recorded against `raw`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief import brief
from newsbrief.ingest.repair import repair_text
from newsbrief.render.json import from_dict, to_dict

BODY = (
    " on Monday, the operator said. It is the first time in two weeks that the crews have agreed to work, "
    "and passengers said they were glad the long detour by bus was over."
)


@pytest.mark.parametrize(
    ("text", "fixed", "reason"),
    [
        ("He said â€œhelloâ€\x9d and left. Itâ€™s fine.", "He said “hello” and left. It’s fine.", "mojibake"),
        ("The cafÃ© in Hydro-QuÃ©bec", "The café in Hydro-Québec", "mojibake"),
        ("he said. \ufffd?It's big,\ufffd? she said.", "he said. “It's big,” she said.", "lost-quote-mark"),
    ],
)
def test_repairs_and_their_records(text: str, fixed: str, reason: str) -> None:
    new, changes = repair_text(text)
    assert new == fixed
    assert changes and {c.reason for c in changes} == {reason}
    rebuilt, at = [], 0  # putting each `was` back gives the original text
    for c in changes:
        rebuilt += [new[at : c.start], c.was]
        at = c.end
    assert "".join([*rebuilt, new[at:]]) == text


@pytest.mark.parametrize(
    "text",
    [
        "Plain “curly” quotes, an em dash — and café stay as written.",
        "Is it a caf\ufffd? Nobody knows.",  # one lost letter before a real question mark: left alone
    ],
)
def test_good_text_is_left_alone(text: str) -> None:
    assert repair_text(text) == (text, ())


def test_the_brief_records_repairs_and_keeps_the_offsets_contract() -> None:
    b = brief(texts=["He said â€œthe ferry will runâ€\x9d" + BODY], timings=False)
    doc = b.documents[0]
    assert "“the ferry will run”" in doc.text and "â€" not in doc.text
    assert [(doc.raw[r.start : r.end], r.was) for r in doc.repaired] == [
        ("“the", "â€œthe"),
        ("run”", "runâ€\x9d"),
    ]
    assert all(doc.raw[r.start : r.end] == r.text for r in doc.removed)
    data = to_dict(b)
    assert data["documents"][0]["repaired"][0] == {
        "start": 8,
        "end": 12,
        "reason": "mojibake",
        "was": "â€œthe",
    }
    assert from_dict(json.loads(json.dumps(data))) == b


@pytest.mark.shared
def test_lost_quote_marks_in_the_dev_data_are_repaired(data_dir: Path) -> None:
    with (data_dir / "longbench-multinews-dev.jsonl").open(encoding="utf-8") as f:
        row = next(r for r in map(json.loads, f) if any("\ufffd?" in d for d in r["documents"]))
    b = brief(texts=row["documents"], timings=False, analysis=False)
    assert not any("\ufffd?" in d.text for d in b.documents)
    fixes = [r for d in b.documents for r in d.repaired if r.reason == "lost-quote-mark"]
    assert len(fixes) >= 2 and all("\ufffd?" in r.was for r in fixes)


@pytest.mark.parametrize(
    ("text", "in_place"),
    [
        ("It’s “here” and itâ€™s there: donâ€™t go. " * 40, True),  # words fixed in place: one pass
        ("a Â\u00a0b and câ€™s " * 20, False),  # a space piece changes: difflib
    ],
)
def test_word_stretches_are_difflibs(text: str, in_place: bool) -> None:
    from newsbrief.ingest import repair

    new, changes = repair_text(text)
    a, b = repair._PIECES.findall(text), repair._PIECES.findall(new)
    want = [(i1, i2, j1, j2) for op, i1, i2, j1, j2 in repair._matcher(a, b) if op != "equal"]
    got = repair._in_place(a, b)
    assert got == want if in_place else got is None
    a_at, b_at = repair._offsets(a), repair._offsets(b)
    assert [(c.start, c.end, c.was) for c in changes] == [
        (b_at[j1], b_at[j2], text[a_at[i1] : a_at[i2]]) for i1, i2, j1, j2 in want
    ]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("plain text", False),
        ("“Curly” quotes — and a dash… ’", False),  # past ASCII, none of U+0080-U+00FF
        ("a café", True),
        ("a lone \x85 control", True),
    ],
)
def test_the_latin1_test_before_the_mojibake_pattern(text: str, held: bool) -> None:
    from newsbrief.ingest.repair import _SUSPECT, _past_ascii_in_latin1

    assert _past_ascii_in_latin1(text) is held
    assert held or _SUSPECT.search(text) is None  # the pattern cannot match where the test says none
