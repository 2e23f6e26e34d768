"""Claims: shared points, single-source points and conflicts, on texts written for these tests."""

from __future__ import annotations

from newsbrief import brief

A = (
    "A landslide buried the main road into Kelso village on Sunday night.\n"
    "The slide killed 12 people, the regional police chief Anna Berg said on Monday.\n"
    "Rescue teams from Oslo arrived at dawn with sniffer dogs.\n"
    "The village school will stay closed for the rest of the week, the mayor told parents."
)
B = (
    "Rescuers are still digging after the Kelso landslide.\n"
    "Police chief Anna Berg said on Monday that 15 people had been killed by the slide.\n"
    "The main road into the village was buried on Sunday night under tonnes of mud.\n"
    "Engineers warned that the hillside above the church could move again if heavy rain returns."
)


def _claims():
    b = brief(texts=[A, B], words=60, timings=False)
    for c in b.claims:
        assert b.documents[c.doc].text[c.start : c.end] == c.text
        for s in c.sources:
            assert s.doc != c.doc and b.documents[s.doc].text[s.start : s.end]
    return b.claims


def test_the_same_point_in_other_words_is_shared() -> None:
    shared = [c for c in _claims() if c.kind == "shared"]
    texts = [" || ".join([c.text]) for c in shared]
    assert any(
        "buried the main road" in c.text or "main road into the village was buried" in c.text for c in shared
    ), texts
    for c in shared:
        assert {c.doc, *(s.doc for s in c.sources)} == {0, 1}


def test_different_numbers_for_the_same_point_are_flagged() -> None:
    killed = [c for c in _claims() if c.kind == "shared" and "killed" in c.text]
    assert len(killed) == 1
    assert killed[0].conflict is not None and "12" in killed[0].conflict and "15" in killed[0].conflict


def test_agreeing_numbers_are_not_a_conflict() -> None:
    b = brief(
        texts=[
            "The bridge over the Tay will close for 8 months from June, the council said.",
            "Repairs will close the Tay bridge for 8 months starting in June, according to the council.",
        ],
        timings=False,
    )
    shared = [c for c in b.claims if c.kind == "shared"]
    assert shared and shared[0].conflict is None


def test_single_source_points_are_few_and_from_one_document() -> None:
    single = [c for c in _claims() if c.kind == "single"]
    assert 1 <= len(single) <= 5
    assert all(not c.sources for c in single)
    assert any("hillside above the church" in c.text or "sniffer dogs" in c.text for c in single)


def test_one_document_has_no_claims() -> None:
    assert brief(texts=[A], timings=False).claims == ()
