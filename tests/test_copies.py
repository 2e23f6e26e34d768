"""Wire copies in one brief (`newsbrief.copies`): a copy or version of an earlier document is one source,
not two, in the JSON, the agreement, the citations and the render. Texts written for these tests."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
from helpers import load_script

from newsbrief import brief
from newsbrief.copies import _commons, _Grams, _passage, _words, find_copies, mention_counts, of_documents
from newsbrief.model import SCHEMA_VERSION, CopyOf, Document, Entity, Mention
from newsbrief.render import render
from newsbrief.schema import schema

BODY = (
    "The storm brought down power lines across the northern districts, leaving about 40,000 homes "
    "without electricity, the utility company said.\n"
    "Crews from three neighbouring counties were sent to help restore power before the weekend.\n"
    "The mayor, Helen Okafor, told reporters that the city would open two emergency shelters at the "
    "central library and the old fire station.\n"
    "Schools in the district will remain closed on Thursday while engineers inspect the buildings.\n"
    "“We will keep the shelters open for as long as people need them,” Okafor said.\n"
    "Forecasters at the national weather office expect the winds to ease by Friday afternoon."
)
ORIGINAL = "A storm with winds of over 100 kilometres an hour struck Harbour City on Tuesday night.\n" + BODY
WRITETHRU = (  # a later version with a new top: the same wire text below it
    "Two people were injured by falling trees in Harbour City, police said on Wednesday, a day after a "
    "violent storm swept through the port.\n" + BODY
)
OTHER = (  # the same events in other words: a second, independent report
    "Harbour City is counting the cost of Tuesday's storm.\n"
    "Around 40,000 households lost electricity when power lines came down in the north of the city, "
    "according to the utility company.\n"
    "Helen Okafor, the mayor, said two emergency shelters would open at the central library and the old "
    "fire station.\n"
    "“We will keep the shelters open for as long as people need them,” Okafor said.\n"
    "Residents of the seafront said the waves reached the doors of their houses.\n"
    "Shopkeepers on the main street spent the morning sweeping up broken glass."
)
EARLIER = (  # a report whose own news fills its first half, its second half the wire's background
    "Harbour City's port was closed on Wednesday after a storm sank two fishing boats at their moorings.\n"
    "The harbour master said divers would inspect the wrecks before ships could enter again.\n"
    "A ferry bound for the islands was turned back and its 200 passengers spent the night in a hotel.\n"
    "Port officials said they hoped to reopen the main channel by the end of the week.\n"
    "Fishermen said the damage to the boats could cost them the rest of the season.\n" + BODY
)
FOLLOW_UP = (  # a report of its own that ends with the earlier one's paragraphs as background
    "Power was restored to most homes in Harbour City on Friday, three days after the storm.\n"
    "The utility company said fewer than 2,000 homes remained without electricity by the evening.\n"
    "Engineers had worked through the night on the damaged substation near the river, it said.\n"
    "The city council will meet next week to decide how to pay for the repairs to the seafront.\n"
    "Shop owners asked the council for help with the cost of replacing broken windows.\n"
    "Several roads in the north of the city remain closed to traffic while fallen trees are cleared.\n"
    "Insurance companies said they had received more than 3,000 claims since Wednesday morning.\n"
    "The mayor thanked the crews who had come from the neighbouring counties to restore power.\n" + BODY
)


def _doc(text: str) -> Document:
    return Document(id="d", source="d", raw=text, text=text)


def test_a_write_through_with_a_new_top_is_a_copy() -> None:
    copies = find_copies([_doc(ORIGINAL), _doc(OTHER), _doc(WRITETHRU)])
    assert copies[0] is None and copies[1] is None
    assert copies[2] is not None and copies[2].doc == 0 and copies[2].shared >= 0.5


def test_reports_in_other_words_are_not_copies() -> None:
    assert find_copies([_doc(ORIGINAL), _doc(OTHER)]) == (None, None)


def test_a_follow_up_that_reuses_a_report_as_background_is_no_copy() -> None:
    """Over half of the shorter one's text is shared, but only in its second half (rule shared-top)."""
    assert find_copies([_doc(EARLIER), _doc(FOLLOW_UP)]) == (None, None)


def test_the_brief_json_records_each_copy_and_validates() -> None:
    b = brief(texts=[ORIGINAL, OTHER, WRITETHRU], words=60, timings=False)
    data = json.loads(render(b, "json"))
    jsonschema.validate(data, schema())
    assert [d["copy_of"] for d in data["documents"][:2]] == [None, None]
    assert data["documents"][2]["copy_of"]["doc"] == 0
    assert data["schema_version"] == SCHEMA_VERSION
    assert of_documents(b.documents) == (0, 1, 0)
    assert render(b.from_dict(data), "json") == render(b, "json")


STATEMENT = (  # one statement two outlets print in full
    "“We are shocked by the collapse of the bridge and we are working with the engineers from the regional "
    "roads agency, who reached the river before dawn, to find out what went wrong, and we ask drivers to "
    "stay away from the valley road until the inspectors have finished their work,” the company said."
)
BRIDGE = (  # a report of its own around the statement
    "A road bridge over the Skelt river collapsed near Marrow on Sunday, sending two cars into the water.\n"
    + STATEMENT
    + "\nBoth drivers were pulled from the river by fishermen and taken to hospital with minor injuries.\n"
    "The bridge had been closed for repairs twice in the past five years, council records show.\n"
    "Traffic between Marrow and the coast was sent on a detour of about 40 kilometres."
)
DIVERS = "Police divers searched the river below the broken bridge near Marrow on Monday.\n" + STATEMENT


def test_two_reports_that_print_one_statement_are_no_copies() -> None:
    """Over half the shorter one's text is shared, all of it inside the quotation (rule own-text)."""
    assert find_copies([_doc(BRIDGE), _doc(DIVERS)]) == (None, None)
    assert find_copies([_doc(ORIGINAL), _doc(WRITETHRU)])[1] is not None  # narrative shared: still a copy
    # News style: a statement over two paragraphs opens each with "“" and closes only the last one
    two = STATEMENT.replace("dawn, to find", "dawn.\n“We want to find")
    assert "\n“" in two
    bridge, divers = BRIDGE.replace(STATEMENT, two), DIVERS.replace(STATEMENT, two)
    assert find_copies([_doc(bridge), _doc(divers)]) == (None, None)


def test_a_copy_is_no_second_source_of_a_summary_sentence_or_a_shared_point() -> None:
    b = brief(texts=[ORIGINAL, OTHER, WRITETHRU], words=200, timings=False)
    for s in b.summary:
        assert not {s.doc, *(x.doc for x in s.support)} >= {0, 2}, s
    for c in b.claims:
        docs = {c.doc, *(x.doc for x in c.sources)}
        assert not docs >= {0, 2}, c
        if c.kind == "shared":
            assert 1 in docs  # a point only the original and its copy state is no shared point
    # the forecast only the wire text gives is stated by one source, not "2 of 2 sources"
    assert not any("Forecasters" in c.text for c in b.claims if c.kind == "shared")


def test_the_render_says_how_many_documents_are_copies() -> None:
    b = brief(texts=[ORIGINAL, OTHER, WRITETHRU], words=60, timings=False)
    md = render(b, "markdown")
    assert "3 documents, 2 sources: 1 is a copy of another ([3] of [1])" in md
    assert "copy of 1, sharing" in md
    assert "of 3 sources" not in md
    html = render(b, "html")
    assert "3 documents, 2 sources: 1 is a copy of another" in html


def test_a_quote_repeated_in_a_copy_is_marked_once_for_its_source() -> None:
    b = brief(texts=[ORIGINAL, OTHER, WRITETHRU], words=60, timings=False)
    repeated = [q for q in b.quotes if q.doc == 0 and "shelters open" in q.text]
    assert repeated and {r.doc for r in repeated[0].repeats} == {1, 2}  # the JSON keeps every repeat
    md = render(b, "markdown")
    assert "as long as people need them” [1,2]" in md and "[1,2,3]" not in md


def _with_count(killed_copy: int) -> tuple[str, str, str]:
    """The original and its write-through say the storm killed 12 (the copy `killed_copy`), the other
    report 15."""
    body = BODY.replace(
        "Schools in the district",
        "The storm killed 12 people, the regional police chief Anna Berg said on Wednesday.\n"
        "Schools in the district",
    )
    other = OTHER.replace(
        "Residents of the seafront",
        "Police chief Anna Berg said on Wednesday that 15 people had been killed by the storm.\n"
        "Residents of the seafront",
    )
    copy = WRITETHRU.replace(BODY, body).replace("killed 12 people", f"killed {killed_copy} people")
    return ORIGINAL.replace(BODY, body), other, copy


def test_a_copy_giving_its_originals_value_is_no_second_outlet_of_a_conflict() -> None:
    b = brief(texts=list(_with_count(12)), words=60, timings=False)
    differ = [c for c in b.claims if c.kind == "conflict"]
    assert differ and differ[0].conflict == "numbers differ: 12 people [1] vs 15 people [2]"
    assert {x.doc for x in differ[0].sources} == {1}
    assert all("[1,3]" not in (s.conflict or "") for s in b.summary)


def test_session48_a_copy_giving_its_own_qualifier_is_an_outlet_of_that_value() -> None:
    """Rule `copy-own-value` (review47): a copy writing "nearly 12" of its original's "12" gives a value of
    its own (`cite.note_key`), which the note names; the claim lists the copy's sentence as that outlet's."""
    b = brief(texts=list(_with_count("nearly 12")), words=60, timings=False)
    assert b.documents[2].copy_of is not None
    differ = [c for c in b.claims if c.kind == "conflict"]
    note = "numbers differ: 12 people [1] vs 15 people [2] vs nearly 12 people [3]"
    assert differ and differ[0].conflict == note
    assert {x.doc for x in differ[0].sources} == {1, 2}


def test_session48_a_copy_whose_value_no_link_gives_is_no_second_outlet_whatever_the_order() -> None:
    """A copy writing "more than 12", which no conflict link sets against 15, gives no value of the note: its
    original (weighed first, rule `copy-own-value`) is the source's one outlet of the claim."""
    b = brief(texts=list(_with_count("more than 12")), words=60, timings=False)
    differ = [c for c in b.claims if c.kind == "conflict"]
    assert differ and differ[0].conflict == "numbers differ: 15 people [2] vs 12 people [1]"
    assert differ[0].doc == 1 and {x.doc for x in differ[0].sources} == {0}


def test_a_write_through_with_a_new_count_still_differs() -> None:
    b = brief(texts=list(_with_count(14)), words=60, timings=False)
    assert b.documents[2].copy_of is not None
    differ = [c for c in b.claims if c.kind == "conflict"]
    assert differ and "14 people [3]" in (differ[0].conflict or "")


def test_the_sparse_product_counts_the_shared_4_grams_as_sets_do() -> None:
    grams = [_Grams(t) for t in (ORIGINAL, OTHER, WRITETHRU, EARLIER, FOLLOW_UP, "")]
    assert _commons(grams, sparse_from=1) == _commons(grams, sparse_from=100)
    assert _commons(grams, sparse_from=1)[(0, 2)] == len(grams[0].all & grams[2].all) > 0


def _bench_align():
    """bench/bench_align.py as a module."""
    return load_script("bench/bench_align.py")


def test_bench_align_counts_a_pair_of_a_document_and_its_copy_apart() -> None:
    """A labelled fact pair of a document and its copy is no miss of the agreement: it is counted apart."""
    bench_align = _bench_align()
    crews = "Crews from three neighbouring counties were sent to help restore power before the weekend."
    a, b = ORIGINAL.index(crews), WRITETHRU.index(crews)
    pair = bench_align.Pair((0, a, a + len(crews)), (2, b, b + len(crews)), "fact")
    t = bench_align.score([("storm", [ORIGINAL, OTHER, WRITETHRU], [pair])], "align", False)
    assert t.copy_pairs == 1 and t.agreement.fn == 0 and t.agreement.tp == 0


def test_bench_align_errors_name_the_rule_and_hide_the_closed_stories() -> None:
    """`--errors` lists each wrong prediction with the kind/rule that decided it; a story `--closed` lists is
    counted but its text never printed."""
    bench_align = _bench_align()
    crews = "Crews from three neighbouring counties were sent to help restore power before the weekend."
    a = ORIGINAL.index(crews)
    pair = bench_align.Pair((0, a, a + len(crews)), (1, 0, len(OTHER.split(".")[0]) + 1), "fact")
    shown = bench_align.score([("storm", [ORIGINAL, OTHER], [pair])], "align", True)
    assert len(shown.errors) == 1 and " rule=" in shown.errors[0] and shown.hidden == 0
    hidden = bench_align.score([("storm", [ORIGINAL, OTHER], [pair])], "align", True, frozenset({"storm"}))
    assert hidden.errors == [] and hidden.hidden == 1


def test_one_source_is_one_source() -> None:
    md = render(brief(texts=[ORIGINAL, WRITETHRU], words=60, timings=False), "markdown")
    assert "2 documents, 1 source: 1 is a copy of another ([2] of [1])" in md


def test_a_point_only_a_later_version_states_is_not_all_sources() -> None:
    """[3] is a version of [1] with a new top that [1] does not state: "all 2 sources" would send a reader
    to [1] for it."""
    injured = "Police said on Wednesday that two people were injured by falling trees in Harbour City."
    b = brief(texts=[ORIGINAL, OTHER + "\n" + injured, WRITETHRU], words=60, timings=False)
    shown = tuple(dataclasses.replace(c, in_summary=False) for c in b.claims)  # as made with no summary
    md = render(dataclasses.replace(b, summary=(), claims=shown), "markdown")  # one it gives is not listed
    line = next(x for x in md.splitlines() if x.startswith("- Police said on Wednesday"))
    assert line.endswith("[2,3] — 2 of 2 sources"), line
    assert "[1,2] — all 2 sources" in md  # the shelters: both first documents state them


def test_a_name_a_copy_repeats_is_counted_once() -> None:
    """Okafor is named twice in [1], twice in [2] and twice again in [3], [1]'s copy: 4 mentions. Harbour
    City is named in [3]'s new top, which [1] does not hold: a mention of its own (3)."""
    b = brief(texts=[ORIGINAL, OTHER, WRITETHRU], words=60, timings=False)
    okafor = next(e for e in b.entities if e.name == "Helen Okafor")
    assert len(okafor.mentions) == 6  # the JSON keeps every mention
    md = render(b, "markdown")
    assert "Helen Okafor (4)" in md and "Harbour City (3)" in md
    assert ">×4</span>" in render(b, "html")


def test_one_document_a_source_names_the_own_or_the_earliest() -> None:
    from newsbrief.copies import one_per_source

    source = (0, 1, 0, 1, 4)  # [3] copies [1], [4] copies [2]
    assert one_per_source([2, 3, 4], source) == (2, 3, 4)
    assert one_per_source([0, 2, 3, 1], source) == (0, 1)
    assert one_per_source([0, 3], source, own=2) == (2, 3)  # a quote's own document stands for its source


def test_a_mention_passage_is_its_words_and_three_on_each_side() -> None:
    text = "On Monday the mayor, Helen Okafor, said the two shelters would stay open."
    words = _words(text)
    name = text.index("Helen Okafor")
    assert _passage(words, name, name + len("Helen Okafor")) == " monday the mayor helen okafor said the two "
    assert _passage(words, 0, 2) == " on monday the mayor "  # the first word: nothing before it
    assert (
        _passage(words, text.index("Okafor") + 2, text.index("Okafor") + 4)
        == " the mayor helen okafor said the two "
    )
    assert _passage(words, text.index("open"), len(text)) == " shelters would stay open "
    assert _passage(words, name - 1, name) == ""  # a space: no word
    assert _passage(words, len(text), len(text) + 5) == ""


def test_a_copy_repeating_a_mention_counts_it_once() -> None:
    text = "The mayor, Helen Okafor, opened two shelters. Later Okafor said they would stay open."
    docs = [_doc(text), Document(id="c", source="c", raw=text, text=text, copy_of=CopyOf(doc=0, shared=1.0))]
    spans = [(k, text.index(w)) for k in (0, 1) for w in ("Helen Okafor", "Okafor said")]
    e = Entity(
        name="Helen Okafor",
        kind="person",
        mentions=tuple(Mention(doc=k, start=s, end=s + 6) for k, s in spans),
    )
    assert mention_counts([e], docs) == (2,)
