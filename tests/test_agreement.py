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


def test_different_numbers_for_the_same_point_are_flagged_never_agreed() -> None:
    killed = [c for c in _claims() if "killed" in c.text]
    assert len(killed) == 1 and killed[0].kind == "conflict"
    assert killed[0].conflict == "numbers differ: 12 people vs 15 people"


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


def _shared(a: str, b: str):
    return [c for c in brief(texts=[a, b], timings=False).claims if c.kind in ("shared", "conflict")]


def test_counts_of_the_same_thing_in_other_words_are_an_apparent_conflict() -> None:
    shared = _shared(
        "About 300 dock workers walked off the job at Harwick port on Friday, halting all cargo traffic.\n"
        "The port authority said ships would be diverted to Kelso.",
        "The Port Workers Federation said 450 of its members had joined the stoppage at the port on Friday.\n"
        "Ships were sent to Kelso instead.",
    )
    flagged = [c for c in shared if c.conflict]
    assert len(flagged) == 1 and flagged[0].conflict == "numbers differ: 300 workers vs 450 members"
    assert flagged[0].kind == "conflict"


def test_approximate_counts_and_other_years_are_not_conflicts() -> None:
    about = _shared(
        "About 1,200 workers joined the strike at the Harwick plant on Friday, the union said.",
        "The union said 1,180 workers joined the strike at the Harwick plant on Friday.",
    )
    assert about and about[0].conflict is None
    years = _shared(
        "In 2015, 21 cases of the fever were confirmed in Harwick, officials said.",
        "Officials said 50 cases of the fever were confirmed in Harwick in 2016.",
    )
    assert not any(c.conflict for c in years)  # other years: another fact, neither agreed nor in conflict


def test_what_a_number_counts() -> None:
    from newsbrief.analyze.numbers import counts

    def read(text: str) -> list[tuple[float, str, str]]:
        return [(c.value, c.unit, c.text) for c in counts(text)]

    assert read("About 1,200 signal workers") == [(1200.0, "workers", "1,200")]
    assert read("about 1,200 of its members") == [(1200.0, "workers", "1,200")]
    assert read("$26.6 million") == [(26.6e6, "$", "$26.6 million")]
    assert read("a 57-year-old man, his 40th birthday, traffic on Route 9, in 2013") == []
    assert read("one in five staff") == [(20.0, "%", "one in five")]  # a rate is a share, not a count
    (c,) = counts("more than 258,000 patients")
    assert (c.lo, c.hi) == (258000.0, 258000.0 * 1.25)


def test_a_fraction_of_something_is_a_share() -> None:
    """ "three-fifths of all poor renters" is 60 %, "more than half of their income" 50 % or more; "the
    second half of the year" is a stretch of time, no number."""
    from newsbrief.analyze.numbers import counts

    got = counts("About three-fifths of all poor renters spent more than half of their income on rent.")
    assert [(c.value, c.unit, c.lo, c.hi) for c in got] == [(60.0, "%", 54.0, 66.0), (50.0, "%", 50.0, 62.5)]
    assert [c.value for c in counts("Two thirds of voters backed it, a third of them twice.")] == [
        66.67,
        33.33,
    ]
    assert counts("in the second half of the year") == [] and counts("the other half of the team") == []
