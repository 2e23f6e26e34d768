"""Session 56 (issue 14): the clause a verb of saying or finding reports ("Officials said on Monday that
...", "the study found that ...") is a piece of its own (`split` rule `that-clause`), so a sentence that
states that clause plainly is cited by the reporting one; never past "not" / "denied" (`denied-report`), never
the "that" of a relative clause, and a clause whose subject is a pronoun leans on the reporter's sentence
(`pronoun-leans`). Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import links

from newsbrief.align.split import pieces

REPORTED = (
    "In a second test, Lund's team at Harwick University found that salt-treated wheat seedlings became more "
    "resistant to root fungi, which attack young plants.",
    "Wheat seedlings treated with salt were also more resistant to root fungi, another threat that farmers "
    "in the dry north of the country have long feared.",
)


# three sentences a document; the middle two no rule of the sentence test decides (`unrelated`, the
# fall-through): one in seven, said plainly, is what the study found
STUDY = (
    "Doctors in Harwick have seen more young patients with colon cancer. An extensive analysis of "
    "national registry data from 1998 to 2011 showed that one in seven colorectal cancer patients was "
    "younger than 50. The study was published in the journal Cancer on Monday.",
    "Colon cancer is striking younger adults, a new study says. One in seven colon cancer patients is "
    "younger than 50. The authors call for screening to begin earlier.",
)


def _facts(a: str, b: str) -> list[tuple[str, ...]]:
    return [k.evidence for k in links(a, b) if k.kind in ("fact", "quote")]


def test_a_reported_clause_stating_the_other_sentence_cites() -> None:
    (evidence,) = _facts(*REPORTED)
    assert "split:that-clause" in evidence
    clause = next(e for e in evidence if e.startswith("clause:"))
    start, end = (int(x) for x in clause.split(":")[1].split("/")[0].split("-"))
    assert REPORTED[0][start:end].startswith("salt-treated wheat seedlings became")


@pytest.mark.parametrize(
    "a",
    [
        REPORTED[0].replace("found that", "did not find that"),
        REPORTED[0].replace("found that", "denied that"),
    ],
)
def test_no_piece_of_what_someone_did_not_say(a: str) -> None:
    assert not [p for p in pieces(a) if p.rule == "that-clause"]
    assert _facts(a, REPORTED[1]) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the verb, then the words a report puts between it and "that"
        (
            "The mayor of Harwick said in a statement on Monday that the port would stay closed for a week.",
            "the port would stay closed for a week.",
        ),
        (
            "The mayor of Harwick spoke for an hour, saying that the port closed because of the storm surge.",
            "the port closed because of the storm surge.",
        ),
        # a number's comma is no list's item
        (
            "The census of the Harwick district showed that 12,500 people, about a third, lived near the "
            "coast.",
            "12,500 people, about a third, lived near the coast.",
        ),
    ],
)
def test_that_clause_pieces(text: str, want: str) -> None:
    got = [text[p.start : p.end] for p in pieces(text) if p.rule == "that-clause"]
    assert got == [want]


def test_no_piece_after_a_relative_that() -> None:
    text = (
        "The inspectors found bloodstains that were inconsistent with any single pose of the body on the "
        "cloth."
    )
    assert not [p for p in pieces(text) if p.rule == "that-clause"]


def test_a_reported_pronoun_leans_on_its_reporter() -> None:
    """Rule `pronoun-leans`: "that he ..." is about whom the reporting text names."""
    text = "The Harwick teenager told police on Monday that he saw two men run from the bank with a bag."
    (piece,) = [p for p in pieces(text) if p.rule == "that-clause"]
    assert piece.leans


def test_a_pair_no_rule_decides_is_read_clause_by_clause() -> None:
    """`RETRY` holds the fall-through `unrelated`: a pair that shares enough words to pass `trivial` and
    `too-little-shared` but that no rule decides is read clause by clause too."""
    got = [k for k in links(*STUDY) if k.kind == "fact" and (k.a, k.b) == (1, 4)]
    assert [e for k in got for e in k.evidence if e.startswith("split:")] == ["split:that-clause"]


def test_an_undecided_pair_never_cuts_a_sentence_the_other_states_half_of() -> None:
    """Rule `one-way-share`: a clause link keeps the whole pair's share of the sentence cut, so in a pair no
    rule decided (which may share that much), a sentence the other states `ONE_WAY_SHARE` of is not cut:
    the other's outlet would support all of it (a fresh training story: "X is a train wreck, and the
    foreign policy of leading from behind" cited [4,3] by a sentence that states only the policy)."""
    from types import SimpleNamespace

    from newsbrief.align import ONE_WAY_SHARE, clause_fact

    texts = [
        STUDY[0].split(". ")[1] + ".",
        "The study found that one in seven colorectal cancer patients was 50.",
    ]
    whole = SimpleNamespace(sent_a=ONE_WAY_SHARE, sent_b=ONE_WAY_SHARE)
    got = clause_fact([None, None], texts, (0, 1, whole), (None, None, None, None), None, {}, True)  # type: ignore[arg-type]
    assert got is None


def test_a_split_rule_gate_is_in_every_match() -> None:
    """speed56: `that-clause` is tried only on a text holding its gate, which every match holds (a cut of
    cost, the same pieces)."""
    from newsbrief.align.split import SPLITS

    (rule,) = [r for r in SPLITS if r.name == "that-clause"]
    assert rule.gate == "that"
    tab = "Officials said on Monday\tthat the port closed after the storm hit the coast."
    texts = [*REPORTED, *STUDY, tab]
    for text in texts:
        for r in SPLITS:
            assert all(r.gate in m.group(0) for m in r.pattern.finditer(text))
    assert any(p.rule == "that-clause" for t in texts for p in pieces(t))
