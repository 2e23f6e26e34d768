"""The align stage on the built-in example and on texts written for these tests: typed links, citations
resting only on quote/fact links, conflicts on the summary line, furniture never linked."""

from __future__ import annotations

import json

import jsonschema
import pytest
from align_texts import links as _links

from newsbrief import brief, segment
from newsbrief.align import align, fact_groups
from newsbrief.align.features import is_furniture
from newsbrief.clean import clean
from newsbrief.example import example_docs
from newsbrief.ingest import load_texts
from newsbrief.model import Story
from newsbrief.render import render
from newsbrief.schema import schema


def _story(raws) -> Story:
    docs = tuple(clean(r) for r in raws)
    return Story(docs, segment.split_all(docs))


def _other_text(story: Story, link, i: int) -> str:
    """The text of the end of `link` that is not sentence `i`."""
    return story.sentences[link.b if link.a == i else link.a].text


@pytest.fixture(scope="module")
def example():
    story = _story(example_docs())
    return story, align(story)


def _index(story: Story, doc: int, words: str) -> int:
    return next(k for k, s in enumerate(story.sentences) if s.doc == doc and words in s.text)


def test_links_are_typed_sorted_and_between_documents(example) -> None:
    story, al = example
    assert al.links == tuple(sorted(al.links, key=lambda k: (k.a, k.b, k.kind)))
    for k in al.links:
        assert k.a < k.b and story.sentences[k.a].doc != story.sentences[k.b].doc
        assert k.kind in ("quote", "fact", "conflict", "related")
        assert k.evidence[0].startswith("rule:") and k.evidence[1].startswith("cover:")


def test_schools_are_not_supported_by_a_closed_road_lane(example) -> None:
    story, al = example
    schools = _index(story, 0, "Schools in Eastbrook closed")
    lane = _index(story, 1, "Police closed one lane")
    assert not al.same_fact(schools, lane)
    assert not al.supporting(schools)


def test_since_2013_and_in_eleven_years_are_one_fact(example) -> None:
    story, al = example
    eleven = _index(story, 0, "first walkout on the network in eleven years")
    since = _index(story, 1, "the first such stoppage since 2013")
    assert al.same_fact(eleven, since)
    assert any(eleven in g and since in g for g in fact_groups(al, [s.doc for s in story.sentences]))


def test_the_1500_vs_1200_conflict_is_a_conflict_link_not_support(example) -> None:
    story, al = example
    fifteen = _index(story, 2, "1,500 workers were taking part")
    twelve = _index(story, 0, "About 1,200 signal workers")
    (link,) = [k for k in al.of(fifteen) if twelve in (k.a, k.b)]
    assert link.kind == "conflict"
    assert "values:about 1,200 workers vs 1,500 workers" in link.evidence
    assert not any(twelve in (k.a, k.b) for k in al.supporting(fifteen))


def test_the_conflict_is_on_the_summary_line() -> None:
    # the summary states the strike's size once, from one side of the conflict (since session 38's near-fact
    # the 1,200 sentence, which the 1,500 one restates); its line shows both values, and no outlet of the
    # other value is cited for it
    b = brief(raws=example_docs(), timings=False, words=300)
    (s,) = [s for s in b.summary if "1,500 workers" in s.text or "1,200 signal workers" in s.text]
    assert s.conflict is not None and "1,500 workers [3]" in s.conflict and "1,200 workers [1" in s.conflict
    others = {c.doc for c in s.conflicts}
    assert others and not others & set(s.sources) and all(c.kind == "conflict" for c in s.conflicts)
    assert f"⚠ differs: {s.conflict}" in render(b, "markdown")


def test_session45_a_conflict_of_a_supporting_source_is_on_the_summary_line() -> None:
    """Session 45 (cite45, item 4; multinews-val-46451): "killing at least 11 people [2,3]" carried no
    warning though source 2, which it cites, writes an exact 11 that source 1's "at least 13" contradicts
    ("at least 11" and "at least 13" may both hold, so the line itself has no conflict link): rule
    `conflict-through-support` shows it, the outlets of each value named: on the line's side only the
    supporting source whose exact value the other contradicts."""
    from newsbrief.cite import cite

    quake = "a 5.7-magnitude earthquake"
    story = _story(
        load_texts(
            [
                "A magnitude 5.7 earthquake has killed at least 13 people and injured 203 in northern "
                "Harwick, the authorities said.",
                f"Officials said 11 people were killed and 192 injured after {quake} struck in northern "
                "Harwick on Saturday.",
                f"{quake.capitalize()} shook the lake region of northern Harwick on Saturday, killing at "
                "least 11 people, a police official said.",
            ]
        )
    )
    al = align(story)
    line = next(n for n, x in enumerate(story.sentences) if x.doc == 2)
    assert not any(k.kind == "conflict" for k in al.of(line))
    (s,) = cite(story, [line], al)
    assert [x.doc for x in s.support] == [1] and [c.doc for c in s.conflicts] == [0]
    # the 11 side names the source that writes it exactly, not the line's own "at least 11" (review45)
    assert s.conflict == "11 people [2] vs at least 13 people [1]"


def test_no_analysis_changes_no_citation() -> None:
    with_analysis = brief(raws=example_docs(), timings=False)
    without = brief(raws=example_docs(), timings=False, analysis=False)
    assert with_analysis.summary == without.summary
    assert any(s.support for s in without.summary)


def test_support_carries_its_link_kind_and_evidence_in_the_json() -> None:
    b = brief(raws=example_docs(), timings=False)
    data = json.loads(render(b, "json"))
    jsonschema.validate(data, schema())
    links = [x for s in data["summary"] for x in s["support"]]
    assert links and all(x["kind"] in ("quote", "fact") for x in links)
    assert all(x["evidence"][0].startswith("rule:") for x in links)


def test_the_same_quotation_is_a_quote_link() -> None:
    story = _story(
        load_texts(
            [
                'The minister said: "We will not raise taxes on working families this year."\n'
                "Her opponents called the promise empty.",
                '"We will not raise taxes on working families this year," the minister told reporters.\n'
                "The budget is due in March.",
            ]
        )
    )
    (link,) = align(story).links
    assert link.kind == "quote"


def test_a_different_year_is_another_fact_and_no_conflict() -> None:
    story = _story(
        load_texts(
            [
                "In 2015, 21 cases of the fever were confirmed in Harwick, officials said.",
                "Officials said 50 cases of the fever were confirmed in Harwick in 2016.",
            ]
        )
    )
    assert all(k.kind == "related" for k in align(story).links)


def test_a_negated_statement_is_not_the_same_fact() -> None:
    story = _story(
        load_texts(
            [
                "The company confirmed that the Harwick plant will close next spring.",
                "The company said the Harwick plant will not close next spring.",
            ]
        )
    )
    assert not any(k.kind == "fact" for k in align(story).links)


@pytest.mark.parametrize(
    "text",
    [
        "(Learn more about how feathers evolved.)",
        "Share this article",
        "Read More: The Best Of The Week",
        "For reference, that is the Harwick mayor on the left and his brother on the right:",
        "Send us a tip using the form at tips.example.org.",
        "If you have worked at the Harwick plant, we'd like to hear from you.",
        "--Northern Europe: JANE ROE in Harwick at 55-01-02-03; fax, 55-01-02-04.",
        "EDITORS: Visit the Harwick Syndicate Web site for more information on this package.",
    ],
)
def test_furniture_never_states_a_fact(text: str) -> None:
    assert is_furniture(text)


def test_a_fax_or_a_hotline_in_a_claim_is_not_furniture() -> None:
    assert not is_furniture("The Harwick council sent a fax to the ministry on Monday, its clerk said.")
    assert not is_furniture("Anyone with information is asked to call the Harwick hotline at 555-0100.")


def test_a_quoted_appeal_to_readers_is_not_furniture() -> None:
    said = '"We would like to hear from you if you saw the van," the Harwick police chief said.'
    assert not is_furniture(said)


def test_one_document_has_no_links() -> None:
    assert (
        align(_story(load_texts(["One article only, with a sentence or two. And another one here."]))).links
        == ()
    )


# The six points the two seed articles share in other words (issue 14): a phrase of each side.
SEED_POINTS = (
    ("propaganda tool", "public relations coup"),
    ("real preparation", "prepare"),
    ("denuclearization of the Korean Peninsula", "denuclearization"),
    ("nuclear deal with Iran", "Iran nuclear negotiations"),
    ("removal of U.S. troops", "reductions in U.S. military posture"),
    ("pressure", "respond to pressure"),
)


@pytest.fixture(scope="module")
def seeds_brief(seeds):
    from newsbrief.ingest import load

    return brief(raws=load([str(p) for p in seeds]), timings=False)


@pytest.mark.shared
def test_seeds_four_of_the_six_shared_points_are_found(seeds_brief) -> None:
    b = seeds_brief
    found = 0
    for mine, theirs in SEED_POINTS:
        for c in b.claims:
            if c.kind not in ("shared", "point") or len(c.sources) != 1:
                continue
            x = c.sources[0]
            texts = {c.doc: c.text, x.doc: b.documents[x.doc].text[x.start : x.end]}
            if mine in texts.get(0, "") and theirs in texts.get(1, ""):
                found += 1
                break
    assert found >= 4


@pytest.mark.shared
def test_seeds_no_false_citation_or_agreement(seeds_brief) -> None:
    b = seeds_brief
    for s in b.summary:
        if "minimum would be a relationship" in s.text:
            assert s.sources == (0,)
    assert not any(
        "minimum would be a relationship" in c.text for c in b.claims if c.kind in ("shared", "point")
    )
    # every listed point is a stretch of each sentence, not a whole sentence the other never states
    for c in b.claims:
        if c.kind == "point":
            x = c.sources[0]
            assert len(c.text.split()) < 20 and len(b.documents[x.doc].text[x.start : x.end].split()) < 20


# Rule `point-made` (session 31 audit, P1): a point in other words shares what was done or said, not only
# who and where. Each pair shares names, a title, a role or a place, and nothing else near them.
NO_POINT = {
    "names and a title": (
        "Chancellor Weber on Monday praised North Korea's untapped mining wealth, and said one gain North "
        "Korea would see if it opened its borders could be a ski resort in its mountains. The visit ended on "
        "Tuesday.",
        "Chancellor Anna Weber showed North Korea leader Kim Jong Un the inside of her armoured train on "
        "Monday as their talks in Vladivostok came to a close. Reporters waited outside.",
    ),
    "a role in an appositive": (
        "Inspector Lena Ortiz, the head of the dive unit, told the court that the ferry had sunk near the "
        "harbour wall in high seas. The court rose at noon.",
        "Inspector Lena Ortiz, the head of the dive unit, said her divers found the hull at first light once "
        "the wind dropped. Families laid flowers.",
    ),
    "a place named twice over": (  # North Korea is north_korea and korea: one place, not two concepts
        "The delegates said the embargo on North Korea would stay in force, and the talks broke up early.",
        "Reporters were barred from the hotel, where the embargo against North Korea was the first item on "
        "the agenda.",
    ),
    # session 37 audit: rule `point-values`, two stretches whose numbers differ are two places
    "two numbered streets": (
        "The second robbery took place at a flat in the 5500 block of East 84th Street in Harwick.",
        "Officers later found the stolen van in the 4200 block of East 68th Street, close to the flats.",
    ),
    # rule `point-ways`: one goes from where the other goes to
    "two moves": (
        "Police said Dana Orr and her husband moved from Harwick to Nelby after she left her post at Fenwick "
        "College, and the couple later split.",
        "The college said Orr had taught there part-time since moving back to Harwick from Nelby in 2014, up "
        "until this past summer.",
    ),
    # the same, each move in a sentence's second clause (review37: the rule read a clause's spot numbers,
    # which count from its first character, as word places in the sentence)
    "two moves in second clauses": (
        "Dana Orr left her post at Fenwick College last spring, and police said she and her husband moved "
        "from Harwick to Nelby.",
        "The college said Orr taught there part-time for years, and that she had moved back to Harwick from "
        "Nelby in 2014.",
    ),
    # rule `based-in`: "Harwick-based" says where a firm is
    "a firm and its base": (
        "Harwick-based Norvane Gas offered a reward of $5,000 for the arrest of the men on Tuesday.",
        "Harwick-based Norvane Gas, where the victim works, posted $5,000 for tips.",
    ),
    # rules `according-to` and `point-told`: who tells each ("according" once folded with "deal")
    "the same source": (
        "The raccoon that bit Dana Orr later tested positive for rabies, according to the Harwick health "
        "office.",
        "Dana Orr was bitten while gardening, according to the Harwick health office, which urged residents "
        "to report raccoons.",
    ),
    # rule `point-name-piece` (session 38 audit): the one word made is a name's next word in both
    "a name written twice": (
        "Attorneys for Harwick Marathon bomber Jon Tallis appealed his conviction and sentence on Monday, "
        "arguing that publicity made a fair trial in the city impossible.",
        "Very few of those men fall into the same category as the Harwick Marathon bomber, whose involvement "
        "in acts of public violence brought a national spotlight on them.",
    ),
    # rule `point-when` (session 38 audit): a time of day alone
    "a time of day": (
        "The 19-year-old filmed loitering around the Harwick Lake Reservoir system early Wednesday morning "
        "has given his first interview to a local radio show.",
        "The Harwick teen is under fire after a camera caught him climbing into a city reservoir early "
        "Wednesday morning, so the water board drained the tank.",
    ),
    # rule `point-piece` (session 39 audit): "84th" keeps "th" as a word, no concept of a point
    "an ordinal's suffix": (
        "The second fire broke out at a flat in the 5500 block of East 84th Street in Harwick on Monday.",
        "Crews were sent to the area of East 84th Terrace and Elm Circle, west of the Harwick ring road.",
    ),
    # rule `point-light` (session 39 audit): "the rest of", "followed" make no point alone
    "a light noun": (
        "Harwick officials fear that a meltdown in Norland would take the rest of Latin America with it, and "
        "bring the crisis home.",
        "The Norland banker said that faced with pressures on Latin America and the rest of the developing "
        "world, the loan would be enough.",
    ),
    "a light verb": (
        "The mayor declined to comment on Dana Orr's tweet and others that followed on Monday.",
        "Dana Orr's tweet followed an interview in which the mayor said he would have won the vote.",
    ),
    # rule `point-police` (session 40 audit): a police force's name alone, the force saying one thing in
    # one sentence and blamed for another in the other
    "a police force's name": (
        "St. Harwick county police said on Monday that they closed the bridge to traffic for safety.",
        '"They just wanted the reporters gone," a council clerk said of the St. Harwick county police.',
    ),
    # rule `point-senses` (session 40 audit): one word in two senses, a newspaper and writing paper
    "a word in two senses": (
        "A spokesman for the bishop, Dana Orr, told the paper the bishop had received Tallis's letter and "
        "replied.",
        "The typed letter on Tallis's own writing paper, printed in full by the weekly, is signed in a shaky "
        "hand.",
    ),
    "a stage production and a production assistant": (
        "As a boy he saw the Harwick Nights star perform in a production of an old play in Nelby.",
        "A former production assistant on Harwick Nights said the star shouted at him on the set.",
    ),
    # rule `point-roles` (session 40 audit): the fund oversees in one, is overseen in the other
    "who does it and to whom reversed": (
        "The Norland Bank generally loans money for roads in poor towns, and the HDF oversees rescue efforts "
        "for towns in financial trouble.",
        "Harwick wants to raise the power of the board that oversees the HDF, while Tarn threatens to "
        "default on its loans unless it is given billions.",
    ),
    # rule `point-place-name` (session 43): a place's name, written as a word where the story lost its
    # case, says where; "former ohio gov. Dana orr" in both is who, not a point (a poll line pointed at
    # "... orr's church")
    "a caseless place name": (
        "tallis, the longtime harwick councillor, led the field of candidates including former bakery owner "
        "amy brandt with 23 %, former ohio gov. Dana orr with 4 % and former city mayor hugo pell with 3 %.",
        "perkins also addressed the growing dispute over former ohio gov. Dana orr's church.",
    ),
    # rule `point-institution` (session 44): the body a senator sits in says who, as the title does
    "a senator and her senate": (
        "After the senate on wednesday voted unanimously to allow dogs in the senate chamber, sen. Dana orr "
        "( d-os ) brought her spaniel to the floor for a vote on the budget.",
        "Sen. Dana orr and daughter maile have made senate history.",
    ),
    # rule `point-who-many`: a count of people at large, said of two things
    "a count of people": (
        "The new law will affect millions of single American women over the next decade, the report said.",
        "The agency says 3 million women in the United States drink during the first weeks of pregnancy.",
    ),
}


@pytest.mark.parametrize("case", sorted(NO_POINT))
def test_a_point_of_who_and_where_alone_is_no_point(case: str) -> None:
    links = _links(*NO_POINT[case])
    assert links and not [k for k in links if "rule:shared-point" in k.evidence], links


def _script_point(a: str, b: str):
    """The shared point of two one-sentence documents as the scripts read them (`align_lofo.py`, the
    mining): `sentence_facts` with its marks read up front, `pairs.compare`."""
    from newsbrief.align.features import sentence_facts, story_casing
    from newsbrief.align.pairs import compare, document_frequency, idf

    story = _story(load_texts([a, b]))
    texts = [x.text for x in story.sentences]
    casing = story_casing(texts)
    facts = [sentence_facts(k, x.doc, x.text, casing, None) for k, x in enumerate(story.sentences)]
    df = document_frequency(facts)
    return compare(facts[0], facts[1], idf(facts, df), df, {}).point


@pytest.mark.parametrize(
    "case",
    [
        "a word in two senses",
        "a stage production and a production assistant",
        "who does it and to whom reversed",
    ],
)
def test_point_senses_and_roles_run_on_facts_made_with_their_marks(case: str) -> None:
    """`Facts.text` is kept however the facts are made, so rules `point-senses` and `point-roles` run in
    the scripts too (they read only `with_marks=False` facts, the align stage's, before session 41)."""
    assert _script_point(*NO_POINT[case]) is None
    kept = (
        "Finds reported in three papers published online on Thursday in Nature suggest the tools are older.",
        "Now three new papers, published in Nature, show that such tools were made far earlier than thought.",
    )
    assert _script_point(*kept) is not None


def test_a_word_of_two_senses_beside_one_word_alike_is_a_point_made() -> None:
    # Rule `point-senses` keeps a word of several senses that both sentences write beside one word alike:
    # "papers published in" twice is one sense (the shape of the "paper" pair of `NO_POINT`, kept)
    links = _links(
        "Finds reported in three papers published online on Thursday in Nature suggest the tools are older.",
        "Now three new papers, published in Nature, show that such tools were made far earlier than thought.",
    )
    assert [k for k in links if "rule:shared-point" in k.evidence], links


def test_police_doing_one_thing_is_still_a_point() -> None:
    # Rule `point-police` takes "police" for who acts, not what: what they did is still a point
    links = _links(
        "The man was held by two uniformed Harwick police officers near the gate.",
        "A man who climbed the palace fence on Tuesday was caught by uniformed Harwick police officers with "
        "guns drawn.",
    )
    assert [k for k in links if "rule:shared-point" in k.evidence], links


def test_one_verb_with_its_roles_alike_is_still_a_point() -> None:
    # Rule `point-roles` reads who does it: the board oversees the HDF in both, a point (the shape of the
    # reversed pair of `NO_POINT`, kept)
    links = _links(
        "The Norland Bank generally loans money for roads in poor towns, and critics of the board that "
        "oversees the HDF want it gone.",
        "Harwick wants to raise the power of the board that oversees the HDF, while Tarn threatens to "
        "default on its loans unless it is given billions.",
    )
    assert [k for k in links if "rule:shared-point" in k.evidence], links


def test_a_word_after_two_names_is_a_point_made() -> None:
    # Rule `point-name-piece` reads one name written twice: "nuclear" after "U.S." in one and after "Iran"
    # in the other says what the deal is (the seeds' Iran-deal point, kept).
    links = _links(
        "The other model that the Harwick leader will surely weigh is the U.S. nuclear deal with Iran, which "
        "the talks may copy.",
        "In the Iran nuclear negotiations, the United States slowly lowered its aims as the talks went on.",
    )
    assert [k.evidence[0] for k in links] == ["rule:shared-point"], links


def test_a_role_stated_as_what_someone_is_is_a_point_made() -> None:
    # Rule `role-stated` (session 32): "is the father" says who the father is, the point both make; the
    # summary reads this link to keep one of the two out (`summarize.redundancy`).
    a = (
        "The singer Dana Whitcombe is pregnant with her first child, the Harwick Post reported on Monday. "
        "“The pop star is roughly three months pregnant, and the baby’s father is her boyfriend, Dario "
        "Vantelli, according to the paper, which also notes that in May she denied the reports on a morning "
        "show.” Her tour is due to start in June."
    )
    b = (
        "Dana Whitcombe has a new album out this week. Whitcombe's obviously nervous boyfriend, Dario "
        "Vantelli, is thought to be the father. The album was recorded in Harwick."
    )
    links = [k for k in _links(a, b) if "entity:vantelli" in k.evidence]
    assert links and links[0].evidence[0] == "rule:shared-point", links
    # one side only naming the role ("Whitcombe's boyfriend, Dario Vantelli, flew in") states no one's role
    c = b.replace("is thought to be the father", "flew in from Harwick to meet the father")
    links = [k for k in _links(a, c) if "entity:vantelli" in k.evidence]
    assert not [k for k in links if "rule:shared-point" in k.evidence], links


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Police said as many as seven assailants stormed the hotel in Nairobi on Tuesday night.",
            "As many as 10 assailants stormed the Nairobi hotel on Tuesday, police said.",
            "values:as many as seven assailants vs as many as 10 assailants",
        ),
        (
            "The girls, aged 2½, 3 and 2, were found unharmed in the car outside Leeds on Sunday.",
            "The three girls, aged 2, 3 and 4, were found unharmed in a car near Leeds on Sunday.",
            "values:ages 2½, 3 and 2 vs ages 2, 3 and 4",
        ),
    ],
)
def test_approximate_counts_and_listed_ages_that_differ_are_conflicts(a: str, b: str, values: str) -> None:
    (link,) = align(_story(load_texts([a, b]))).links
    assert link.kind == "conflict" and values in link.evidence


def test_the_same_ages_in_another_order_are_no_conflict() -> None:
    (link,) = align(
        _story(
            load_texts(
                [
                    "The girls, aged 2, 3 and 4, were found unharmed in the car outside Leeds on Sunday.",
                    "The three girls, aged 4, 3 and 2, were found unharmed in a car near Leeds on Sunday.",
                ]
            )
        )
    ).links
    assert link.kind == "fact"


def test_the_same_words_word_for_word_are_one_fact() -> None:
    (link,) = align(
        _story(
            load_texts(
                [
                    "The other stuff is just kind of shameful and gross, the actor told the magazine.",
                    "He said the other stuff is just kind of shameful and gross, and I don't know why.",
                ]
            )
        )
    ).links
    assert link.kind == "fact" and link.evidence[0] == "rule:same-words"


def test_two_people_opening_two_sentences_are_two_claims_and_no_conflict() -> None:
    links = _links(
        "Marcus Bellamy, 19, of Harwick, is charged with four counts of felony arson and nine counts of "
        "felony conspiracy.",
        "Marcus Redfern, 18, of Harwick, was charged with four counts of felony arson and 12 counts of "
        "felony conspiracy.",
    )
    assert links and all(k.kind == "related" for k in links)
    assert links[0].evidence[0] == "rule:other-participant"


def test_session23_a_surname_and_its_appositive_open_on_a_person() -> None:
    """Rule `surname-lead` (session 23): "Bellamy, a former Harwick police officer, ..." opens on a person
    as a full name does, so two people charged in one list are two claims (a fact on 819a28a)."""
    links = _links(
        "Bellamy, a former Harwick police officer is charged with one count of felony, arson, burning "
        "church, uninhabited house, store, one count felony, conspiracy, His bond was set at $200,000. "
        "Police said Bellamy was arrested at home.",
        "Marcus Redfern, 18, of Harwick, was charged with two counts of felony setting fire to grass, brush "
        "or woods, two counts of felony arson burning a church, uninhabited house or store and four counts "
        "of felony conspiracy.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)


def test_session23_a_surname_lead_the_other_sentence_names_is_one_person() -> None:
    """A guard: the surname the other sentence names in full is the same person, no clash."""
    links = _links(
        "Bellamy, a former Harwick police officer, was charged with arson on Tuesday. Bellamy was held.",
        "Marcus Bellamy was charged with arson on Tuesday after a fire at a church in Harwick.",
    )
    assert [k.kind for k in links] == ["fact"]


def test_session36_one_bond_sentence_after_two_people_is_two_claims() -> None:
    """Rule `pronoun-owner` (session 36): a sentence naming no one that opens on "his" / "her" is about the
    person the sentence before opens on, so the same words after two people are two claims, and after
    one person one fact."""
    story = _story(
        load_texts(
            [
                "Marcus Bellamy, 19, of Harwick, was charged with one count of felony arson. His bond was "
                "set at $250,000. Lena Okafor, 22, of Harwick, was charged with two counts of felony "
                "conspiracy. Her bond was set at $90,000.",
                "Dara Quist, 24, of Harwick, was charged with six counts of felony arson. His bond was set "
                "at $250,000. Marcus Bellamy, 19, of Harwick, was charged with one count of felony arson "
                "and one count of conspiracy. His bond was set at $250,000.",
            ]
        )
    )
    kinds = {(k.a, k.b): k.kind for k in align(story).links}
    bellamy = _index(story, 0, "His bond")
    quist, again = (k for k, s in enumerate(story.sentences) if s.doc == 1 and "His bond" in s.text)
    assert kinds.get((bellamy, quist)) not in ("quote", "fact")
    assert kinds.get((bellamy, again)) == "fact"


def test_session37_one_bond_sentence_after_two_people_of_one_surname_is_two_claims() -> None:
    """Rule `owner-given` (session 37): the person a "his" sentence is about is keyed by surname, so two
    people of one surname need their given names told apart; the same given name stays one person."""
    story = _story(
        load_texts(
            [
                "Mark Kelly, 45, of Harwick, was arrested on Monday at his home. His bond was set at "
                "$200,000 by a judge.",
                "Scott Kelly, 43, of Harwick, was arrested on Monday at a friend's home. His bond was set "
                "at $200,000 by a judge. Mark Kelly, 45, was held at the same jail. His bond was set at "
                "$200,000 by a judge.",
            ]
        )
    )
    kinds = {(k.a, k.b): k.kind for k in align(story).links}
    mark = _index(story, 0, "His bond")
    scott, again = (k for k, s in enumerate(story.sentences) if s.doc == 1 and "His bond" in s.text)
    assert kinds.get((mark, scott)) not in ("quote", "fact")
    assert kinds.get((mark, again)) == "fact"


def test_session38_a_bond_sentence_naming_a_weekday_still_has_its_owner() -> None:
    """Rule `owner-date` (session 38): a weekday or a month the "his" sentence names is no one it names,
    so the person the sentence before opens on is still whom it is about: two people, two claims."""
    story = _story(
        load_texts(
            [
                "Marcus Bellamy, 19, of Harwick, was charged with one count of felony arson. His bond was "
                "set at $250,000 on Tuesday.",
                "Dara Quist, 24, of Harwick, was charged with six counts of felony arson. His bond was set "
                "at $250,000 on Tuesday.",
            ]
        )
    )
    kinds = {(k.a, k.b): k.kind for k in align(story).links}
    bellamy = _index(story, 0, "His bond")
    quist = _index(story, 1, "His bond")
    assert kinds.get((bellamy, quist)) not in ("quote", "fact")


def test_the_same_person_with_other_counts_is_still_a_conflict() -> None:
    (link,) = _links(
        "Marcus Bellamy, 19, of Harwick, is charged with nine counts of felony conspiracy.",
        "Marcus Bellamy, 19, of Harwick, was charged with 12 counts of felony conspiracy.",
    )
    assert link.kind == "conflict"


def test_a_shared_phrase_in_two_claims_is_not_one_fact() -> None:
    """Eight words or more in a row make one fact only when they are half the shorter sentence."""
    links = _links(
        "The magazine posted a long story on Monday about how the actor was told to leave the set of a "
        "crime thriller called Night Harbour (shot as Low Tide) after a complaint by a member of the crew.",
        "Reporters spoke to a dozen people who worked with him on the production of a crime thriller "
        "called Night Harbour (shot as Low Tide) in the spring of that year.",
    )
    assert not any(k.kind in ("quote", "fact") for k in links)


def test_a_list_of_values_is_a_comparison_not_a_conflicting_slot() -> None:
    links = _links(
        "Younger patients with advanced tumours were more likely to have surgery than older patients, "
        "72 percent versus 63 percent, the study found.",
        "Radiation was used more often in younger patients than in older patients, 53 percent versus "
        "48 percent, the study found.",
    )
    assert not any(k.kind == "conflict" for k in links)


def test_a_count_dated_on_one_side_only_is_no_conflict() -> None:
    links = _links(
        "Health officials in Harwick confirmed 21 cases of the fever in 2015, a record at the time.",
        "Health officials in Harwick have confirmed 32 cases of the fever so far, a record.",
    )
    assert not any(k.kind == "conflict" for k in links)


def test_one_quotation_with_its_numbers_written_two_ways_is_a_quote() -> None:
    (link,) = _links(
        'His brother said the car "swerved seven to 10 times" near the Harwick barrier before the crash.',
        'The car "swerved 7-10 times," his brother told reporters, always near the Harwick barrier.',
    )
    assert link.kind == "quote"


def test_two_people_of_one_family_with_other_ages_are_two_claims() -> None:
    """The same charges for "Ellis Marlow, 17," and "Dana Marlow, 19,": two people, never one fact."""
    links = _links(
        "Ellis Marlow, 17, of Harwick, is charged with two counts of felony arson, burning a barn, and four "
        "counts of felony conspiracy.",
        "Dana Marlow, 19, of Harwick, was charged with two counts of felony arson burning a barn and four "
        "counts of felony conspiracy.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)
    assert links[0].evidence[0] == "rule:other-age"


def test_the_same_short_sentence_naming_someone_is_one_fact() -> None:
    (link,) = _links(
        "The board met at noon to vote. And what has Harwick Mills done?",
        "Workers marched on Tuesday to the gates. And what has Harwick Mills done?",
    )
    assert link.kind == "fact" and link.evidence[0] == "rule:same-words"


def test_two_events_around_one_death_are_two_claims() -> None:
    """Charged over a death / suing over the same death: what happened differs, so no citation."""
    links = _links(
        "A total of seven men have been charged in the 2014 hazing death of Harwick College student "
        "Owen Tully.",
        "The Kappa Sigma Rho fraternity is suing a group of Harwick College students connected with the "
        "2014 hazing death of Owen Tully.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)
    assert links[0].evidence[0] == "rule:other-action"


def test_deposed_and_ousted_are_one_action() -> None:
    """Rule `other-action` reads "deposed" as "ousted" ("dismiss" in `pairs._ACTION_GROUPS`): one meeting
    told twice is one claim, not two events."""
    links = _links(
        "The Northland Union's top diplomat met with Arvid Koll late Monday night in what people close to "
        "the ousted president said was his first meeting with someone outside Libya's military.",
        "Northland Union foreign policy chief Mira Tasse met Monday night with deposed Libyan president "
        "Arvid Koll, two days after clashes left about 80 dead.",
    )
    assert any(k.kind == "fact" for k in links), links


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was told to resign by the Harwick board on Monday.",
            "Jon Tallis resigned from the Harwick board on Monday.",
        ),
        (
            "Jon Tallis was told to pay $5 million to the Harwick school board.",
            "Jon Tallis paid $5 million to the Harwick school board.",
        ),
    ],
)
def test_an_order_is_not_the_act_ordered(a: str, b: str) -> None:
    """Rule ordered-to (`features.ORDERED`, session 25 review S3): what one is told to do has not been done
    yet (`not-yet`), an irregular past ("paid") included."""
    links = _links(a, b)
    assert not any(k.kind in ("fact", "quote") for k in links), links


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was told to leave the Harwick film set in 2003.",
            "Jon Tallis left the Harwick film set in 2003.",
        ),
        (
            "Jon Tallis was asked to see the Harwick files on Monday.",
            "Jon Tallis saw the Harwick files on Monday.",
        ),
    ],
)
def test_an_order_is_not_the_act_told_by_a_past_left_out_of_the_predicates(a: str, b: str) -> None:
    """Rules `done-past` (`claims.done_concept`: "left", "saw") and `pending-stop-verb` ("to see"):
    session 26 review S2's cases, fact `stated-within` before."""
    links = _links(a, b)
    assert not any(k.kind in ("fact", "quote") for k in links), links


def test_a_plan_and_the_act_word_for_word_around_them_are_no_fact() -> None:
    """Session 38 audit: `same-words` yields to `not-yet` ("expected to charge" / "charged", the rest of a
    long run the same)."""
    links = _links(
        "Police expected to charge a man on Monday who they say might have been inspired by a notorious "
        "arsonist after two barns burned in a quiet rural county.",
        "Dayton police on Monday charged a man who they say might have been inspired by a notorious arsonist "
        "after two barns burned in a quiet rural county.",
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:not-yet")], links


@pytest.mark.parametrize(
    "a",
    [
        "Jon Tallis, who was told to resign by the Harwick board, resigned on Monday.",
        "Jon Tallis was told to resign on Friday and resigned from the Harwick board on Monday.",
    ],
)
def test_an_order_told_beside_the_act_done_leaves_the_act_done(a: str) -> None:
    """Rule `done-spot` (`features._clause`): the act told in the past beside its order is done, so the
    fact link stays (session 26 review S2: `pending` was the sentence's, the link related `not-yet`)."""
    links = _links(a, "Jon Tallis resigned from the Harwick board on Monday.")
    assert [k.kind for k in links] == ["fact"], links


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was asked to leave the Harwick film set on Monday, but his crew left it instead.",
            "Jon Tallis left the Harwick film set on Monday.",
        ),
        (
            "Jon Tallis was ordered to pay the Harwick bank $5 million on Monday, and the company paid it.",
            "Jon Tallis paid the Harwick bank $5 million on Monday.",
        ),
        (
            "Jon Tallis was asked to see the Harwick files on Monday, but he never saw them.",
            "Jon Tallis saw the Harwick files on Monday.",
        ),
    ],
)
def test_an_order_then_the_act_by_another_or_not_at_all_is_not_the_act(a: str, b: str) -> None:
    """Rule `done-other-doer` (`features._other_doer`): after an order, the act told in the past after
    "but"/"and" and a subject of its own or a negation is not the one ordered's (start 18117b4: fact
    `stated-within`; session 28 review N10); "and then resigned", "but he resigned" still are."""
    assert not any(k.kind in ("fact", "quote") for k in _links(a, b))
    for c in ("and then resigned", "but he resigned"):
        d = f"Jon Tallis was told to resign on Friday {c} from the Harwick board on Monday."
        links = _links(d, "Jon Tallis resigned from the Harwick board on Monday.")
        assert [k.kind for k in links] == ["fact"], links


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was asked to resign by the board, and on Monday he resigned as mayor of Harwick.",
            "Jon Tallis resigned as mayor of Harwick on Monday.",
        ),
        (
            "Jon Tallis was asked to resign by the board, and he promptly resigned as mayor on Monday.",
            "Jon Tallis resigned as mayor of Harwick on Monday.",
        ),
        (
            "Jon Tallis was ordered to pay the Harwick fine, and last week he paid it.",
            "Jon Tallis paid the Harwick fine last week.",
        ),
    ],
)
def test_session29_he_after_time_words_is_the_one_ordered(a: str, b: str) -> None:
    """Rule `done-other-doer` reads a subject of its own only: "he"/"she" with time words ("on Monday",
    "last week") or an -ly adverb ("promptly") between "and" and the act is the one ordered, so the act
    is done and the fact link stays (start 1a0bf68: related not-yet; session 29 review S3); another
    subject ("last week they paid it", "and on Monday the company paid it") is still another doer."""
    assert [k.kind for k in _links(a, b)] == ["fact"]
    for other in ("last week they paid it", "on Monday the company paid it", "last week Kelly paid it"):
        c = f"Jon Tallis was ordered to pay the Harwick fine, and {other}."
        assert "fact" not in {k.kind for k in _links(c, "Jon Tallis paid the Harwick fine last week.")}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was ordered to pay the Harwick fine, and last week the family paid it.",
            "Jon Tallis paid the Harwick fine last week.",
        ),
        (
            "jon tallis was ordered to pay the harwick fine, and last week emily paid it.",
            "jon tallis paid the harwick fine last week.",
        ),
        (
            "jon tallis was ordered to pay the harwick fine, and last week kelly paid it.",
            "jon tallis paid the harwick fine last week.",
        ),
    ],
)
def test_session29_a_word_in_ly_is_no_adverb_of_the_one_ordered(a: str, b: str) -> None:
    """Rule `done-other-doer` reads the adverbs it names (`features._SAME_DOER`), not any "-ly"
    word: "the family", a lower-cased "emily" or "kelly" paid it, not the one ordered (start 472f150:
    fact same-fact; session 29 review M3); "and he promptly resigned" stays his."""
    for x, y in ((a, b), (b, a)):
        assert "fact" not in {k.kind for k in _links(x, y)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was asked to resign as Harwick mayor, and two days later his deputy resigned.",
            "Jon Tallis resigned as Harwick mayor on Monday.",
        ),
        (
            "Jon Tallis was ordered to pay the Harwick fine, and the next day the insurer paid it.",
            "Jon Tallis paid the Harwick fine on Tuesday.",
        ),
    ],
)
def test_session30_another_doer_after_a_long_time_phrase_is_still_another(a: str, b: str) -> None:
    """Rule `done-other-doer` reads up to `features._DOER_WORDS` words after the last "and"/"but" (start
    30bafd0: fact stated-within, stated-in-main; four words were read, session 30 review S5); a number word
    holds no subject: "and two days later he resigned" is the one ordered's act, a fact."""
    for x, y in ((a, b), (b, a)):
        assert [k.kind for k in _links(x, y)] == ["related"]
    c = "Jon Tallis was asked to resign as Harwick mayor, and two days later he resigned."
    assert [k.kind for k in _links(c, "Jon Tallis resigned as Harwick mayor on Monday.")] == ["fact"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Harwick residents were urged to leave their homes on Monday, but few left.",
            "Harwick residents left their homes on Monday.",
        ),
        (
            "The Harwick councillors were asked to resign on Monday, and two resigned.",
            "The Harwick councillors resigned on Monday.",
        ),
        (
            "The Harwick councillors were asked to resign on Monday, and a few resigned.",
            "The Harwick councillors resigned on Monday.",
        ),
        (
            "Jon Tallis was asked to resign as Harwick mayor, and two days later, his deputy resigned.",
            "Jon Tallis resigned as Harwick mayor on Monday.",
        ),
        (
            "Jon Tallis was ordered to pay the Harwick fine, and on Tuesday, the insurer paid it.",
            "Jon Tallis paid the Harwick fine on Tuesday.",
        ),
    ],
)
def test_session30_a_counted_subject_or_a_comma_leaves_the_act_anothers(a: str, b: str) -> None:
    """Rule `done-other-doer`: a counting word holds no subject only before a time unit ("but few left",
    "and two resigned" name the doers; start 75ae247: fact same-fact / stated-within, session 30 live
    review S1), and a comma after the time phrase does not end the words read (review S2: fact at
    start); "and a few hours later, he resigned" stays the one ordered's act."""
    for x, y in ((a, b), (b, a)):
        assert [k.kind for k in _links(x, y)] == ["related"]
    c = "Jon Tallis was asked to resign as Harwick mayor, and a few hours later, he resigned."
    assert [k.kind for k in _links(c, "Jon Tallis resigned as Harwick mayor on Monday.")] == ["fact"]


@pytest.mark.parametrize("later", ["an hour later", "a few minutes later,", "two full days later"])
def test_session31_an_hour_or_minutes_or_full_days_later_hold_no_other_doer(later: str) -> None:
    """Rule `done-other-doer` (session 31 review N3): "hour", "minute(s)" are time units and "full" / "whole"
    may stand between the count and the unit, so the act is still the one ordered's (was related not-yet)."""
    a = f"Jon Tallis was asked to resign as Harwick mayor, and {later} he resigned."
    assert [k.kind for k in _links(a, "Jon Tallis resigned as Harwick mayor on Monday.")] == ["fact"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was deposed on Monday in the lawsuit against the Harwick school board.",
            "The Harwick school board ousted Jon Tallis on Monday.",
        ),
        (
            "Lawyers for the Harwick school board deposed Jon Tallis for six hours on Monday.",
            "The Harwick school board dismissed Jon Tallis on Monday.",
        ),
    ],
)
def test_a_deposition_is_no_ouster(a: str, b: str) -> None:
    """Rule deposed-in-court (`pairs._actions`, session 25 review M3): "deposed" beside a lawsuit's words
    is questioned under oath, an event of its own, so no fact link to an ouster."""
    links = _links(a, b)
    assert not any(k.kind in ("fact", "quote") for k in links), links


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        (
            "Neighbours often saw Mara Quill walking her dog outside her $9 million apartment in Harwick.",
            False,
        ),
        ("Mara Quill, the actress who died in Harwick, left behind an estate worth $20 million.", True),
    ],
)
def test_two_sums_conflict_only_when_they_price_the_same_thing(b: str, conflict: bool) -> None:
    links = _links(
        "Mara Quill, the actress who died in Harwick last month, left behind a $26.6 million estate and "
        "provided for her dog.",
        b,
    )
    assert any(k.kind == "conflict" for k in links) is conflict


def test_a_death_toll_with_or_without_its_noun_is_one_slot() -> None:
    (link,) = _links(  # "stood at": "rose to 14" is a running count's later level (`running-count`)
        "The car bomb in Harwick killed 12 on Tuesday, police said.",
        "The death toll from Tuesday's car bomb in Harwick stood at 14, police said.",
    )
    assert link.kind == "conflict" and "values:12 dead vs 14 dead" in link.evidence
    (link,) = _links(  # "at least 12" allows 14
        "At least 12 people were killed by the car bomb in Harwick on Tuesday, police said.",
        "The death toll from Tuesday's car bomb in Harwick rose to 14, police said.",
    )
    assert link.kind != "conflict"


def test_two_parties_giving_no_comment_are_not_one_fact() -> None:
    (link,) = _links(
        "Northvale Rail did not immediately respond to a request for comment on Tuesday.",
        "A spokesman for the Harwick council did not immediately respond to a request for comment.",
    )
    assert link.kind == "related" and link.evidence[0] == "rule:no-comment"
    (link,) = _links(
        "Northvale Rail did not immediately respond to a request for comment on Tuesday.",
        "Northvale Rail did not respond to requests for comment.",
    )
    assert link.kind == "fact"


def test_a_quoted_title_is_no_quotation() -> None:
    links = _links(
        'Her memoir, "Forgetting to Be Afraid," goes on sale to the general public on Tuesday.',
        'In "Forgetting to Be Afraid," Davis also writes about her childhood in Texas.',
    )
    assert not any(k.kind in ("quote", "fact") for k in links)


def test_a_quotation_inside_a_noun_phrase_names_a_thing() -> None:
    """Rule `quoted-name`: 'the military's "don't ask, don't tell" policy' names a policy; two sentences
    naming it share no quotation (DUC 2006 WRITE pool: two false `quote` links)."""
    links = _links(
        "Marlow said he supported a review of the murky \"don't ask, don't tell\" policy on gays in Harwick.",
        "Ellis has said he supports the military's \"don't ask, don't tell\" policy that lets gays serve.",
    )
    assert not any(k.kind in ("quote", "fact") for k in links)
    # the same words said, after an article, with no noun after them: still one quotation
    links = _links(
        'Harwick\'s mayor is a "bro with no ho," according to his colleague, Sen. Mark Kirk.',
        '"He\'s a bro with no ho," Kirk said, apparently talking to a colleague in Harwick.',
    )
    assert "quote" in {k.kind for k in links}


def test_a_bridge_toll_is_no_death_toll() -> None:
    """A bare "toll" counts the dead only beside a death word: two fares are no conflict of tolls."""
    links = _links(
        "The toll on the Harwick bridge rose to 8 dollars for cars on Monday, the council said.",
        "The toll on the Harwick bridge rose to 9 dollars for cars on Monday, the council said.",
    )
    assert not any("dead" in e for k in links for e in k.evidence)


def test_the_same_number_twice_keeps_the_other_count() -> None:
    """'12 people were injured and 12 were killed': the injured count is not swapped for the toll."""
    from newsbrief.align.features import _with_deaths, death_tolls
    from newsbrief.analyze.numbers import counts

    text = "Police said 12 people were injured and 12 were killed in the blast in Harwick."
    units = sorted(c.unit for c in _with_deaths(tuple(counts(text)), death_tolls(text), text))
    assert units == ["dead", "people"]


def test_no_comment_does_not_hide_a_conflict_of_tolls() -> None:
    (link,) = _links(
        "The blast killed 12 people at the plant, and the company did not respond to requests for comment.",
        "The blast killed 14 people at the plant; the company could not be reached for comment.",
    )
    assert link.kind == "conflict"


def test_two_long_quotations_sharing_a_few_words_are_not_one_quotation() -> None:
    """A run of four quoted words is one quotation only when it is over half the shorter quotation."""
    links = _links(
        "“If there had been no water on the ground, I do not know what I would have done,” Ellis said.",
        "“There was some muddy water on the ground by the gate, so I took the long way round to the "
        "barn,” Marlow said.",
    )
    assert not any(k.kind in ("quote", "fact") for k in links)
    (link,) = _links(
        "“We are not going to close the plant,” the Harwick mayor said on Tuesday.",
        "The mayor told reporters: “We are not going to close the plant.”",
    )
    assert link.kind == "quote"


def test_a_quotation_running_over_sentences_is_still_quoted_words() -> None:
    """A sentence that closes a quotation opened in the sentence before it: its words are quoted."""
    from newsbrief.align.features import quoted_spans

    text = "That is all we could do for the families of Harwick.”"
    assert quoted_spans(text) == [(0, len(text), False)]
    assert quoted_spans("“We stay open. And we will not leave.")[0][2] is False
    assert quoted_spans('He said "no" twice.') == [(8, 12, True)]
    (link,) = _links(
        "The council met for hours. That is all we could do for the families of Harwick.”",
        "“That is all we could do for the families of Harwick,” the mayor said.",
    )
    assert link.kind == "quote"


def test_a_source_quoting_a_few_words_of_a_long_quotation_does_not_cite_it() -> None:
    """Rule `quote-part`: a quote link supports a sentence only when the other holds half its quoted words
    or more (`quoted:` evidence): "a strange, strange night for all of us" is all the second source quotes of
    the first sentence's two quotations, so it cites the first no more, while the first cites it."""
    from newsbrief.cite import supports

    story = _story(
        load_texts(
            [
                'Coach Dalton said it was "a strange, strange night for all of us" and that "I would slip '
                'out at half time to ring my brother about the old farm."',
                '"It was a strange, strange night for all of us," Dalton told the Harwick radio station.',
            ]
        )
    )
    (link,) = align(story).links
    assert link.kind == "quote" and link.evidence[-1].startswith("quoted:")
    long, short = (link.a, link.b) if story.sentences[link.a].doc == 0 else (link.b, link.a)
    assert supports(link, short, story.sentences[short].text, story.sentences[long].text)
    assert not supports(link, long, story.sentences[long].text, story.sentences[short].text)


def test_a_quotation_the_other_source_cuts_in_two_sentences_is_still_cited_whole() -> None:
    """Rule `quote-part` reads the other sentence with its document's next one: a quotation the segmenter
    cut in two is held whole, and each half's quote link still cites the whole."""
    from newsbrief.cite import supports

    story = _story(
        load_texts(
            [
                '"It was not a real gun, it was just a silly prank with a plastic toy," the official said.',
                '"It was not a real gun.\nIt was just a silly prank with a plastic toy," the club said.',
            ]
        )
    )
    whole = _index(story, 0, "the official said")
    links = [k for k in align(story).links if k.kind == "quote" and whole in (k.a, k.b)]
    assert links and all(
        supports(k, whole, story.sentences[whole].text, _other_text(story, k, whole)) for k in links
    )


def test_a_sentence_with_no_quotation_mark_is_cited_by_a_quote_only_for_most_of_its_words() -> None:
    """Rule `quote-unquoted`: a sentence with no quotation mark counts all its words as quoted: a report
    quoting four of them ("people familiar with the matter") does not cite it, while a source quoting the
    whole statement, as its author wrote it, does."""
    from newsbrief.cite import supports

    def link_and_plain(a: str, b: str):
        story = _story(load_texts([a, b]))
        (link,) = [k for k in align(story).links if k.kind == "quote"]
        plain = link.a if story.sentences[link.a].doc == 0 else link.b
        return link, plain, story.sentences[plain].text, _other_text(story, link, plain)

    link, plain, text, other = link_and_plain(
        "An old ferry sank off Harwick harbour on Monday, said people familiar with the matter, the worst "
        "accident of its kind in years.",
        'The report was attributed to anonymous "people familiar with the matter."',
    )
    assert not supports(link, plain, text, other)
    link, plain, text, other = link_and_plain(
        "The council will close the Harwick bridge for repairs from Monday until the end of March.",
        'The council said: "The council will close the Harwick bridge for repairs from Monday until the '
        'end of March."',
    )
    assert supports(link, plain, text, other)


def test_a_report_around_a_short_quotation_is_cited_by_it_only_when_the_quotation_is_its_point() -> None:
    """Rule `quote-point`: a source quoting a sentence's few quoted words does not cite the long report
    around them (the crews, the debris, the park are not what it states: it is "see also"), while it
    cites a sentence that is mostly the quotation, with only its speaker around it."""
    from newsbrief.cite import cite, supports

    story = _story(
        load_texts(
            [
                "Mayor Dana Whitcombe said Harwick will rebuild the old bandstand "
                '"with or without the council," as crews cleared the last of the flood debris from the '
                "riverside park on Friday. "
                '"We will rebuild the bandstand with or without the council," Whitcombe said on Friday.',
                '"We will rebuild the bandstand with or without the council," the mayor told the Harwick '
                "Gazette.",
            ]
        )
    )
    report, said = _index(story, 0, "crews cleared"), _index(story, 0, "Whitcombe said on Friday")
    links = {(k.a, k.b): k for k in align(story).links if k.kind == "quote"}
    other = _index(story, 1, "Harwick Gazette")
    to_report = links[tuple(sorted((report, other)))]
    assert not supports(to_report, report, story.sentences[report].text, story.sentences[other].text)
    assert supports(
        links[tuple(sorted((said, other)))], said, story.sentences[said].text, story.sentences[other].text
    )
    cited = {x.start: x for x in cite(story, [report, said], align(story))}
    first, second = cited[story.sentences[report].start], cited[story.sentences[said].start]
    assert not first.support and [x.doc for x in first.see_also] == [1]  # offered, not cited
    assert [x.doc for x in second.support] == [1]


def test_a_quotation_with_only_who_when_and_where_around_it_is_cited_by_it() -> None:
    """Rule `quote-attribution` (session 44): the words around a quotation that only say who said it, how,
    when and where ("the ag wrote to the station in a twitter post early thursday") make it no less the
    sentence's point; one more claim around it ("after the council voted ...") still does."""
    from newsbrief.align.features import quotation_part
    from newsbrief.cite import supports

    said = (
        '"We will rebuild the bandstand," Mayor Dana Whitcombe told reporters outside City Hall in '
        "Harwick early on Friday morning."
    )
    voted = '"We will rebuild the bandstand," Whitcombe said after the council voted to cut its budget.'
    assert quotation_part(said) < 0.5 and quotation_part(said, attribution=True) == 1.0
    assert quotation_part(voted, attribution=True) == quotation_part(voted) < 0.5
    for text, cited in ((said, True), (voted, False)):
        story = _story(load_texts([text, 'Whitcombe said: "We will rebuild the bandstand."']))
        (link,) = [k for k in align(story).links if k.kind == "quote"]
        mine = link.a if story.sentences[link.a].doc == 0 else link.b
        assert supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine)) is cited


def test_a_quotation_another_source_gives_to_someone_else_is_not_cited_by_it() -> None:
    """Rule `quote-attribution-named` (review44): who said a quotation is part of what a sentence around it
    states; '"...," Governor Ross Palmer told reporters ...' is not stated by a source giving the words to
    Whitcombe (it was cited so by `quote-attribution`), while a source naming the same speaker, or one of
    the two naming no one ("he said", "the mayor told"), still cites it."""
    from newsbrief.align.features import quotation_part
    from newsbrief.cite import supports

    whitcombe = 'Whitcombe said: "We will rebuild the bandstand."'
    he = 'Later he said: "We will rebuild the bandstand."'
    around = " told reporters outside City Hall in Harwick early on Friday morning."
    palmer = '"We will rebuild the bandstand," Governor Ross Palmer' + around
    cases = (
        (palmer, whitcombe, False),
        ('"We will rebuild the bandstand," Mayor Dana Whitcombe' + around, whitcombe, True),
        (palmer, he, True),
        (
            '"We will rebuild the bandstand," the mayor told reporters early on Friday morning.',
            whitcombe,
            True,
        ),
    )
    for text, other, cited in cases:
        story = _story(load_texts([text, other]))
        (link,) = [k for k in align(story).links if k.kind == "quote"]
        mine = link.a if story.sentences[link.a].doc == 0 else link.b
        assert quotation_part(text) < 0.5
        assert supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine)) is cited, text


def test_quote_attribution_named_compares_who_spoke_not_places() -> None:
    """Session 45 (cite45, item 2): rule `quote-attribution-named` compared every capitalised word outside
    the quotations, places too: '"...," Palmer said ... in Harwick' was not cited by a source whose "the
    governor said ... in London" names no speaker (Harwick and London read as two names), and
    'Palmer, in Harwick, said' was cited by 'Whitcombe, in Harwick, said' (the place read as a shared
    name). It compares who spoke (`features.who_spoke`): the speakers, else the names but a place's."""
    from newsbrief.align.features import quotation_part
    from newsbrief.cite import supports

    said = " told reporters at a press conference outside City Hall"
    cases = (
        (
            '"We will rebuild the bandstand," Palmer' + said + " in Harwick early on Friday morning.",
            '"We will rebuild the bandstand," the governor said in London.',
            True,
        ),
        (
            "Palmer, in Harwick," + said + ' early on Friday morning: "We will rebuild the bandstand."',
            'Whitcombe said in Harwick: "We will rebuild the bandstand."',
            False,
        ),
    )
    for text, other, cited in cases:
        assert (quotation_part(text, True, other) == 1.0) is cited, text
        story = _story(load_texts([text, other]))
        (link,) = [k for k in align(story).links if k.kind == "quote"]
        mine = link.a if story.sentences[link.a].doc == 0 else link.b
        assert supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine)) is cited, text


def test_quote_attribution_named_reads_from_as_who_spoke() -> None:
    """Session 45 review of 42cfccae: "from" opens no place for `who_spoke`: '"...," said a statement from
    Palmer' names Palmer, so it is not cited by '"...," Whitcombe said' (it was, Palmer read as a place)."""
    from newsbrief.align.features import quotation_part
    from newsbrief.cite import supports

    text = (
        '"We will rebuild the bandstand," said a statement from Palmer to reporters at a press conference '
        "early on Friday."
    )
    other = '"We will rebuild the bandstand," Whitcombe said.'
    assert quotation_part(text, True, other) < 1.0
    story = _story(load_texts([text, other]))
    (link,) = [k for k in align(story).links if k.kind == "quote"]
    mine = link.a if story.sentences[link.a].doc == 0 else link.b
    assert not supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine))


def test_a_short_quotation_given_to_another_named_speaker_is_not_cited() -> None:
    """Rule `quote-other-speaker` (review44): a sentence that is mostly its quotation ('"...," Governor
    Palmer said') was cited by a source giving the words to someone else (`quote-point` held, so
    `quote-attribution-named` never ran); a source naming the same speaker, after the verb too ("said
    Ross Palmer"), or no one ("he said", "the governor said"), or an outlet relaying it ("KHWK reports")
    still cites it."""
    from newsbrief.cite import cite, supports

    palmer = '"We will rebuild the bandstand," Governor Palmer said.'
    whitcombe = 'Whitcombe said: "We will rebuild the bandstand."'
    cases = (
        (palmer, whitcombe, False),
        (palmer, '"We will rebuild the bandstand," said Mayor Dana Whitcombe.', False),
        (palmer, '"We will rebuild the bandstand," said Ross Palmer.', True),
        (palmer, 'Later he said: "We will rebuild the bandstand."', True),
        (palmer, 'The governor said: "We will rebuild the bandstand."', True),
        ('"We will rebuild the bandstand," he said.', whitcombe, True),
        (palmer, 'KHWK reports: "We will rebuild the bandstand."', True),  # an outlet relays the words
    )
    for text, other, cited in cases:
        story = _story(load_texts([text, other]))
        (link,) = [k for k in align(story).links if k.kind == "quote"]
        mine = link.a if story.sentences[link.a].doc == 0 else link.b
        got = supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine))
        assert got is cited, other
    story = _story(load_texts([palmer, whitcombe]))
    (only,) = cite(story, [0], align(story))
    assert not only.support


def test_apostrophes_written_two_ways_are_one_quotation() -> None:
    (link,) = _links(
        "“Don’t shoot the messenger,” Ellis told the Harwick council.",
        'Ellis told the Harwick council: "Don\'t shoot the messenger."',
    )
    assert link.kind == "quote"


def test_first_person_words_sharing_a_few_common_ones_are_not_one_fact() -> None:
    """Two people's own words: 'I can't believe this has happened' is not the neighbour's belief."""
    links = _links(
        "A neighbour said he can't believe it happened on his street.",
        "I can't believe this has happened.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)
    assert links[0].evidence[0] == "rule:first-person"


def test_a_roman_numeral_i_is_no_first_person_word() -> None:
    from newsbrief.align.features import sentence_facts, story_casing

    def first_person(text: str) -> bool:
        return sentence_facts(0, 0, text, story_casing([text]), 2024).first_person

    assert not first_person("The Harwick museum honours veterans of World War I this week.")
    assert first_person("I can't believe this has happened.")
    assert first_person("Then I went home.")


def test_the_us_in_a_lower_cased_text_is_the_country_not_a_pronoun() -> None:
    """Session 31 audit M4 (rule `the-us`): Multi-News+ writes "the us" for the country; read as the
    pronoun, rule first-person kept two reports of one statement apart."""
    from newsbrief.align.features import sentence_facts, story_casing

    said = "on monday the mayor said the us should pay for the new harbour wall only if norway paid half."
    assert not sentence_facts(0, 0, said, story_casing([said]), 2024).first_person
    told = "they told us the wall would be paid for by the town."
    assert sentence_facts(0, 0, told, story_casing([told]), 2024).first_person
    links = _links(
        "In a radio interview on monday, the mayor said the us should pay for the new harbour wall only if "
        "norway was ready to pay half of it. Aides would not comment.",
        "Speaking on the radio on monday, mayor ann holt said the u.s. should pay for the new harbour wall "
        "only if norway is willing to pay half. The wall is 300 years old.",
    )
    assert [k.kind for k in links] == ["fact"], links


def test_a_present_tense_word_ending_in_ed_is_no_past_event() -> None:
    """'may need' and 'need' are not an event to happen and one done."""
    from newsbrief.align.features import sentence_facts, story_casing

    text = "The Harwick hospital need more nurses this winter."
    facts = sentence_facts(0, 0, text, story_casing([text]), 2024)
    assert not facts.done


def test_digits_of_any_script_are_numbers() -> None:
    """The cheap number test lets through every digit the number patterns read (fullwidth '１２' too)."""
    (link,) = _links(
        "The blast killed １２ people at the Harwick plant on Monday, the police said.",
        "The blast killed 14 people at the Harwick plant on Monday, the police said.",
    )
    assert link.kind == "conflict"


def test_a_phrase_is_only_words_written_side_by_side() -> None:
    """'voted Monday in favor' holds no 'voted in' (elected): the name between the words counts."""
    from newsbrief.align.features import sentence_facts, story_casing

    def concepts(text: str) -> frozenset[str]:
        return sentence_facts(0, 0, text, story_casing([text]), 2024).concepts

    assert "vote" in concepts("The Harwick council voted Monday in favor of the plan.")
    assert "elect" in concepts("The Harwick council voted in a new mayor.")


def test_an_event_that_may_happen_is_not_the_event_that_happened() -> None:
    links = _links(
        "The Harwick council may vote as soon as Monday to close the old rail depot.",
        "Despite protests, the Harwick council voted on Monday for closing the rail depot.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)
    assert links[0].evidence[0] == "rule:not-yet"


def test_two_blocks_of_one_street_conflict_and_of_two_streets_do_not() -> None:
    (link,) = _links(
        "Harwick police said officers were called to a home in the 900 block of Mill Springs Drive.",
        "Police in Harwick are still investigating the shooting in the 800 block of Mill Springs Drive.",
    )
    assert link.kind == "conflict" and "values:900 block vs 800 block" in link.evidence
    (link,) = _links(  # a day after the street is not part of its name
        "Harwick police said officers were called to the 900 block of Mill Springs Drive Monday night.",
        "Police in Harwick are still investigating the shooting in the 800 block of Mill Springs Drive.",
    )
    assert link.kind == "conflict"
    links = _links(
        "Harwick police said officers were called to a home in the 900 block of Mill Springs Drive.",
        "Police in Harwick are still investigating the shooting in the 800 block of East 84th Street.",
    )
    assert not any(k.kind == "conflict" for k in links)


@pytest.mark.parametrize(
    ("b", "kind"),
    [
        ("The Harwick mayor told the Gazette on Oct. 29 that the harbour plan was dead.", "related"),
        ("The Harwick mayor told the Gazette on Oct. 30 that the harbour plan was dead.", "fact"),
    ],
)
def test_another_day_of_the_month_is_another_event(b: str, kind: str) -> None:
    a = "In a Gazette article posted Oct. 30, the Harwick mayor said the harbour plan was dead."
    assert [k.kind for k in _links(a, b)] == [kind]


def test_the_same_words_denied_in_one_sentence_are_not_one_fact() -> None:
    """A denial of the same words ("did not approve" / "approved") is never support; a denial outside
    the shared words ("... - NOT!") leaves them one statement."""
    affirmed = "The Harwick council approved the new budget for the Linden Street library on Tuesday."
    for denied in (
        "The Harwick council did not approve the new budget for the Linden Street library on Tuesday.",
        "The Harwick council didn't approve the new budget for the Linden Street library on Tuesday.",
        "The Harwick council never approved the new budget for the Linden Street library on Tuesday.",
    ):
        assert all(k.kind not in ("quote", "fact") for k in _links(affirmed, denied)), denied
    (link,) = _links(
        "Doing my best to disregard the many inflammatory statements and roadblocks from the council.",
        "Doing my best to disregard the many inflammatory statements and roadblocks from the council - NOT!",
    )
    assert link.kind == "fact" and link.evidence[0] == "rule:same-words"


def test_the_same_words_on_another_day_are_not_one_fact() -> None:
    a = "The Harwick council approved the harbour budget on Oct. 30, the mayor said."
    assert all(k.kind != "fact" for k in _links(a, a.replace("30", "29")))


def test_the_fact_score_weighs_only_the_features_its_weights_name() -> None:
    """weights.json chooses its features from `rules.features` (scripts/train_align.py --features)."""
    import math

    from newsbrief.align import rules
    from newsbrief.align.features import sentence_facts, story_casing
    from newsbrief.align.pairs import compare, document_frequency, idf

    a = "Police charged Marcus Bellamy with setting fire to the Linden Street warehouse on Friday."
    b = "Marcus Bellamy was charged with arson at the Linden Street warehouse in Harwick on Friday."
    casing = story_casing([a, b])
    fa, fb = sentence_facts(0, 0, a, casing, None), sentence_facts(1, 1, b, casing, None)
    df = document_frequency([fa, fb])
    pair = compare(fa, fb, idf([fa, fb], df), df)
    f = rules.features(pair)
    assert set(rules._weights()["coef"]) <= set(f)
    assert 0 < f["shared"] < 1
    one = {"bias": -1.0, "coef": {"shared": 2.0}, "threshold": 0.5}
    assert rules.fact_score(pair, one) == pytest.approx(1 / (1 + math.exp(1.0 - 2.0 * f["shared"])))


def test_one_counted_noun_about_two_events_is_no_conflict() -> None:
    """The same noun counted near different words ("the arrest of four students" / "wounding six
    students") is two slots of one topic, not one slot told two ways."""
    links = _links(
        "Harwick schools closed last week after the arrest of four students who allegedly planned an "
        "attack will reopen on Monday.",
        "A student opened fire at a Harwick school on Thursday, wounding six students in the library.",
    )
    assert not any(k.kind == "conflict" for k in links)


def test_one_counted_noun_about_one_event_is_still_a_conflict() -> None:
    (link,) = _links(
        "The fever has killed five people in Harwick and sickened dozens more in the county this summer.",
        "The fever killed seven people in Harwick this summer, health officials said.",
    )
    assert link.kind == "conflict" and "values:five people vs seven people" in link.evidence


def test_two_running_counts_dated_differently_are_no_conflict() -> None:
    links = _links(
        "Health officials said confirmed cases of the fever have been reported in 17 states through July.",
        "As of November 13, health officials had confirmed reports of the fever in 32 states.",
    )
    assert not any(k.kind == "conflict" for k in links)


def test_two_shares_of_two_things_are_no_conflict() -> None:
    """A share says what it is of only around it: nothing shared there, two slots."""
    links = _links(
        "In Harwick, where the union is strongest, Delphi's public offering this spring sold nearly 18 "
        "percent of its stock to investors.",
        "In Harwick, where the union is strongest, workers have urged the carmaker to keep a 51 percent "
        "stake in the parts maker after the spinoff of Delphi.",
    )
    assert not any(k.kind == "conflict" for k in links)


def test_the_same_words_with_another_multiple_are_not_one_fact() -> None:
    """A measure is no conflict slot ("three hours" / "two hours" often tell two things), but the
    same words around two multiples that do not overlap are not one claim either."""
    links = _links(
        "That is about eight times closer to the sun than any other spacecraft has been before, NASA said.",
        "On its last orbits the probe will fly seven times closer to the sun than any other spacecraft has "
        "been before.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)
    (link,) = _links(
        "That is about eight times closer to the sun than any other spacecraft has been before, NASA said.",
        "On its last orbits the probe will fly eight times closer to the sun than any other spacecraft has "
        "been before.",
    )
    assert link.kind == "fact"


def test_two_bounds_of_one_count_are_not_one_fact() -> None:
    """ "nearly 40,000" and "more than 32,000" can both hold, but a fact needs the same value; the
    same value with other approximation words is one fact."""
    a = "Nearly 40,000 villagers were forced out of their homes by the floods, relief officials said."
    links = _links(
        a, "More than 32,000 villagers were forced out of their homes by the floods, relief officials said."
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)
    links = _links(
        a, "About 40,000 villagers were forced out of their homes by the floods, relief officials said."
    )
    assert any(k.kind == "fact" for k in links)


def test_the_same_words_at_two_clock_times_are_not_one_fact() -> None:
    """Two clock times, none the same: two moments, two events ("at 02:41" / "at 06:57")."""
    a = "A further aftershock shook the coastal town of Harwick at 02:41 local time, the observatory said."
    links = _links(
        a, "A further aftershock shook the coastal town of Harwick at 06:57 local time, the observatory said."
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)
    links = _links(
        a, "A further aftershock shook the coastal town of Harwick at 2:41 local time, the observatory said."
    )
    assert any(k.kind == "fact" for k in links)


def test_two_values_at_two_clock_times_are_no_conflict() -> None:
    """A count at 10 p.m. and at 4 p.m.: two moments, both values may be right."""
    a = "At 10 p.m., about 300 villagers were sheltering in the Harwick stadium from the storm, police said."
    b = "At 4 p.m., about 370 villagers were sheltering in the Harwick stadium from the storm, police said."
    assert not any(k.kind in ("conflict", "fact") for k in _links(a, b))
    assert any(k.kind == "conflict" for k in _links(a, b.replace("At 4 p.m., about", "About")))


def test_a_count_is_placed_where_it_is_written_not_inside_a_longer_number() -> None:
    from newsbrief.align.features import written_at
    from newsbrief.analyze.numbers import counts

    text = "Police said 18 students were hurt and 8 students were arrested; 8 more were questioned."
    found = counts(text)
    at = written_at(text, found)
    for c, i in zip(found, at, strict=True):
        assert text[i : i + len(c.text)] == c.text
        assert i == 0 or not text[i - 1].isalnum()
    assert len(set(at)) == len(at)  # a repeated value gets its own place
    assert text.index(" 8 students") + 1 in at


@pytest.mark.parametrize(
    ("b", "fact"),
    [
        (
            "The boy has been at the centre of a bitter international custody fight since fishermen found "
            "Tomas Verrel clinging to a wooden door off the Harwick coast on Easter Sunday.",
            False,
        ),
        (
            "Fishermen found Tomas Verrel clinging to a wooden door off the Harwick coast on Easter Sunday, "
            "the coast guard said.",
            True,
        ),
    ],
)
def test_a_claim_said_only_on_the_side_of_the_other_sentence_is_no_fact(b: str, fact: bool) -> None:
    """The convention of the labelled files: a claim shared only by a subordinate clause is `related`."""
    (link,) = _links(
        "Tomas Verrel was found clinging to a wooden door off the Harwick coast on Easter Sunday.", b
    )
    assert (link.kind == "fact") is fact
    assert fact or link.evidence[0] == "rule:side-only"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (
            "Governor Lina Marsh declared four provinces in the flooded south under a state of emergency.",
            "Governor Lina Marsh declared Corvale and three other provinces in the flooded south under a "
            "state of emergency.",
            False,
        ),
        (
            "Governor Lina Marsh declared four provinces in the flooded south under a state of emergency.",
            "Governor Lina Marsh declared three provinces in the flooded south under a state of emergency.",
            True,
        ),
        (
            "The ferry carried 15 sailors when it was seized by coast guard vessels near Harwick on Monday.",
            "The captain was freed on Tuesday, but the other 14 sailors seized near Harwick are still held.",
            False,
        ),
        (
            "The ferry carried 15 sailors when it was seized by coast guard vessels near Harwick on Monday.",
            "The ferry carried 14 sailors when it was seized by coast guard vessels near Harwick on Monday.",
            True,
        ),
        (  # the same value written again as a part ("four more") leaves the first count a whole
            "Four people died when the bus crashed near Harwick on Monday, and four more were injured.",
            "Seven people died when the bus crashed near Harwick on Monday, police said.",
            True,
        ),
        (  # each place read on its own: the whole "14 sailors" conflicts, "the other 14 sailors" is a part
            "The ferry carried 15 sailors when it was seized by coast guard vessels near Harwick on Monday.",
            "The ferry carried 14 sailors when it was seized near Harwick on Monday; the other 14 sailors "
            "of its sister ship were freed.",
            True,
        ),
    ],
)
def test_a_count_of_others_is_a_part_not_another_value(a: str, b: str, conflict: bool) -> None:
    """ "three other provinces" / "the other 14 sailors": besides one already counted, no conflict."""
    assert any(k.kind == "conflict" for k in _links(a, b)) is conflict


_TOTAL = "Police said 17 people were killed when the bomb exploded at the Harwick market on Tuesday."


@pytest.mark.parametrize(
    "part",
    [
        "Police said another 12 were killed when the bomb exploded at the Harwick market on Tuesday.",
        "The bomb that exploded at the Harwick market on Tuesday killed 5 others, police said.",
        "Police said 12 more people were killed when the bomb exploded at the Harwick market on Tuesday.",
        "Another 12 were hurt when the bomb exploded at the Harwick market on Tuesday, police said.",
        # the part sentence's own total and its others add up to the other's total: still no conflict
        "Police said 12 people were killed when the bomb exploded at the Harwick market on Tuesday and "
        "another 5 were killed nearby.",
    ],
)
def test_a_count_of_others_is_neither_the_total_nor_a_conflict_with_it(part: str) -> None:
    """`part-of-count`: "another 12", "5 others", "12 more" is a part; "17 killed" a total. Neither one
    fact (no citation) nor two values of one count (no conflict), read in both directions."""
    for a, b in ((part, _TOTAL), (_TOTAL, part)):
        links = _links(a, b)
        assert links and all(k.kind == "related" for k in links)
        assert links[0].evidence[0] == "rule:part-of-count"


def test_a_rate_of_money_is_no_total_a_part_could_belong_to() -> None:
    """ "$40 a day" (unit `$/day`) is a wage, not a count "another 12" could be a part of: before, the
    rate was read as a total and `part-of-count` decided the pair."""
    part = "Another 12 workers were hired at the Harwick plant on Monday, the union said."
    rate = "The workers hired at the Harwick plant on Monday are paid $40 a day, the union said."
    for a, b in ((part, rate), (rate, part)):
        assert all(k.evidence[0] != "rule:part-of-count" for k in _links(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [  # the same group told as a part and as a count: the values agree, so the rule stays silent
        (
            "Three soldiers were killed and another 12 were wounded in the ambush near Harwick on Monday.",
            "Three soldiers were killed and 12 were wounded in the ambush near Harwick on Monday.",
        ),
        (  # "X and three other provinces" are four
            "Governor Lina Marsh declared four provinces in the flooded south under a state of emergency.",
            "Governor Lina Marsh declared Corvale and three other provinces in the flooded south under a "
            "state of emergency.",
        ),
    ],
)
def test_a_part_that_agrees_with_the_other_count_stays_one_fact(a: str, b: str) -> None:
    assert [k.kind for k in _links(a, b)] == ["fact"]


def test_session23_two_counts_of_others_with_no_value_alike_are_no_fact() -> None:
    """Rule `other-parts` (session 23): "Seventeen others died" / "Thirty other people died" in one place
    are two values of one count of others, not one fact (a same-words fact on 819a28a)."""
    links = _links(
        "Seventeen others died in landslides in nearby Marlow province, he said.",
        "Thirty other people died in landslides in nearby Marlow province and another 102 people were "
        "injured by flying debris in Corvale province.",
    )
    assert links and all(k.kind == "related" for k in links)
    assert links[0].evidence[0] == "rule:other-parts"


def test_a_rate_is_a_share_and_number_words_count() -> None:
    """ "14 out of every 100 Kenyans" is 14 %, not 14 "out"; "one in every seven" / "One in seven" one
    share (so the two are compared and cited); "Seventeen", "a dozen" count as digits do."""
    from newsbrief.analyze.numbers import counts

    (rate,) = counts("According to reports, 14 out of every 100 Kenyans are infected with HIV.")
    assert (rate.value, rate.unit, rate.noun) == (14.0, "%", "kenyans")
    assert [(c.value, c.unit) for c in counts("One in seven colon cancer patients is under 50.")] == [
        (14.29, "%")
    ]
    assert [c.value for c in counts("Seventeen others died in landslides.")] == [17.0]
    assert [(c.value, c.unit) for c in counts("with a dozen crew members on board")] == [(12.0, "workers")]
    assert counts("dozens of people") == []
    assert [c.value for c in counts("half a dozen people")] == [6.0]  # rule `half-dozen`
    assert [c.value for c in counts("a half-dozen Democrats")] == [6.0]  # not a dozen
    assert counts("He was one in a million.") == []
    a = "Recent data showed that one in every seven colorectal cancer patients was younger than 50."
    b = "One in seven colon cancer patients is under 50, the study of registry data found."
    assert any("number:14.29 %" in k.evidence for k in _links(a, b))  # compared, one share
    shares = _links(
        "Media reports say 14 out of every 100 Kenyans are infected with the virus that causes AIDS.",
        "Media reports say 18 percent of girls aged 15 to 19 are infected with the virus that causes AIDS.",
    )
    assert not any(k.kind == "conflict" for k in shares)  # shares of two groups: two slots


def test_a_conversion_in_parentheses_agrees_but_never_clashes() -> None:
    """ "about 10 kph (6.2 mph)" / "11 kph (7 mph)": the speeds agree, their conversions, rounded twice,
    differ; no conflict. Two values without a conversion still conflict."""
    from newsbrief.analyze.numbers import counts

    assert [c.conversion for c in counts("moving at about 10 kph (6.2 mph) toward the coast")] == [
        False,
        True,
    ]
    a = "The storm was moving at about 10 kph (6.2 mph) toward the south China coast, forecasters said."
    b = "The storm was moving at 11 kph (7 mph) toward the south China coast, forecasters said on Sunday."
    assert not any(k.kind == "conflict" for k in _links(a, b))
    a = "Investigators are pursuing tips on possible sightings of the couple in 11 states, police said."
    b = "Investigators are pursuing tips on possible sightings of the couple in 19 states, police said."
    assert any(k.kind == "conflict" for k in _links(a, b))


def test_an_html_entity_breaks_no_clause() -> None:
    """ "Barnes &AMP; Noble" (newswire text keeps the entity) is one name, not two clauses."""
    from newsbrief.align.features import clause_spans
    from newsbrief.align.subordinate import stretches

    t = "Mary Keating, a spokeswoman for Barnes &AMP; Noble, said the company was providing information."
    assert clause_spans(t) == [(0, len(t))]
    assert [t[a:b] for a, b in stretches(t)] == [", a spokeswoman for Barnes &AMP; Noble"]
    assert len(clause_spans("The union called the strike; the company said it would talk.")) == 2


def test_a_comma_that_closes_a_quotation_still_ends_a_clause() -> None:
    """ "'He will be very sorely missed,' the company said": the attribution after a quotation's
    closing comma is its own clause (it weighs less), as it is after a plain comma; so the trimmed
    copy of the quotation is cited."""
    from newsbrief.align.features import clause_spans

    t = "He will be very sorely missed,” the company said in a statement."
    assert [t[a:b] for a, b in clause_spans(t)] == [
        "He will be very sorely missed",
        "the company said in a statement.",
    ]
    t = '"a criminal investigation has been opened," though police said they could not confirm it.'
    assert len(clause_spans(t)) == 2
    links = _links(
        "He will be very sorely missed,” the company said in a statement.", "He will be sorely missed.”"
    )
    assert [k.kind for k in links] in (["quote"], ["fact"])


def test_who_reports_a_claim_in_front_of_it_weighs_as_an_attribution() -> None:
    """ "A spokesperson for the district said Heath has been placed on leave": the reporter, in front of
    the claim, weighs a quarter (as "..., X said" does), so the claim alone is stated by the bare one;
    a claim about the reporter ("PAL says it is unable ...") keeps the reporter a participant."""
    from newsbrief.align import features as F

    def background(t: str) -> frozenset[str]:
        toks = F.tokens(t)
        return F.sentence_facts(0, 0, t, F.story_casing([t], [toks]), None, toks).background

    assert "polic" in background("Police said 17 people were killed in the blast at the market.")
    assert "E:ministry" in background("Turkey's Foreign Ministry said Mubarak was expected in Ankara.")
    assert "E:pal" not in background("PAL says it is unable to make payments on its debts.")
    assert not background("Seventeen people were killed in the blast at the market.")


def test_two_values_given_alike_are_one_claim() -> None:
    """`same-numbers`: "a dozen crew members and 216 passengers" / "12 crew members and 216 passengers"
    are one claim though few words are shared."""
    links = _links(
        "The Airbus had departed from Harwick on Sunday night, with a dozen crew members and 216 passengers "
        "on board, a spokeswoman said.",
        "The plane was carrying 12 crew members and 216 passengers, of whom 126 were men.",
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("fact", "rule:same-numbers")]


def test_session33_two_spans_of_years_are_two_periods() -> None:
    """Rule `other-span`: "from 2004 to 2012" / "from 2004 to 2015" share a year but tell two periods, so
    the same words around them make no citation (before: `same-words`, a fact)."""
    links = _links(
        "Dana Whitcombe taught history at Harwick College from 2004 to 2012, the college said on Monday.",
        "Dana Whitcombe taught history at Harwick College from 2004 to 2015, the college said on Monday.",
    )
    assert links and all(k.kind == "related" for k in links)


@pytest.mark.parametrize("dash", ["-", "–"])
def test_session33_a_span_of_years_written_with_a_dash_is_a_period(dash: str) -> None:
    """Rule `other-span` (review33b S3): "in 2004-2012" / "in 2004–2015" tell two periods too."""
    links = _links(
        f"Dana Whitcombe taught history at Harwick College in 2004{dash}2012, the college said on Monday.",
        f"Dana Whitcombe taught history at Harwick College in 2004{dash}2015, the college said on Monday.",
    )
    assert links and all(k.kind == "related" for k in links)


@pytest.mark.parametrize(
    "b",
    [
        "Dana Whitcombe taught history at Harwick College in 2004-2012, the college said on Monday.",
        "Dana Whitcombe taught history at Harwick College between 2004 and 2012, the college said on Monday.",
        "Dana Whitcombe, who taught history at Harwick College from 2004 to 2012, retired in 2016.",
    ],
)
def test_session33_one_span_of_years_written_twice_is_one_period(b: str) -> None:
    a = "Dana Whitcombe taught history at Harwick College from 2004 to 2012, the college said on Monday."
    assert any(k.kind == "fact" for k in _links(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (  # the same range of two groups
            "Once thought to afflict only children, the disorders are now diagnosed in 3 percent to 5 "
            "percent of adults, too.",
            "Experts estimate that 3 percent to 5 percent of schoolchildren in Harwick have the disorders.",
        ),
        (  # one distance written twice (a conversion), two events at it
            "Soldiers were stabbed to death on Friday night in Weberek, 40 kilometers (25 miles) southeast "
            "of Dili.",
            "The soldiers were abducted by rebels in Manufahi, about 40 kilometers (25 miles) southeast of "
            "Dili.",
        ),
    ],
)
def test_a_range_or_a_conversion_is_not_two_values_alike(a: str, b: str) -> None:
    assert all(k.evidence[0] != "rule:same-numbers" and k.kind != "fact" for k in _links(a, b))


def test_a_run_of_dotted_digits_is_no_value_and_no_crash() -> None:
    """ "from 12.05.2020 to 14.05.2020" reads as a range of two runs that are no numbers (dates): the
    pair is still compared (before: `same-numbers` raised ValueError on such a date)."""
    links = _links(
        "The festival ran from 12.05.2020 to 14.05.2020 in Vienna, with 300 bands and 40,000 visitors, "
        "organisers said on Monday.",
        "Organisers said the festival in Vienna drew 300 bands and 40,000 visitors from 12.05.2020 to "
        "14.05.2020 this year.",
    )
    assert [k.kind for k in links] == ["fact"]


def test_not_until_is_no_denial() -> None:
    """ "is not scheduled to reconvene until Monday" says it reconvenes on Monday: no negation; "did not
    reconvene on Monday" still is one."""
    from newsbrief.align import features as F

    def negated(t: str) -> bool:
        toks = F.tokens(t)
        return F.sentence_facts(0, 0, t, F.story_casing([t], [toks]), None, toks).clauses[0].negated

    assert not negated("The Senate is not scheduled to reconvene until Monday afternoon.")
    assert not negated("The Senate won't reconvene until Monday afternoon.")
    assert negated("The Senate did not reconvene on Monday afternoon.")


def test_the_other_side_of_a_comparison_is_no_denial() -> None:
    """Rule `compared-not` (session 48): "compared to not cycling" names what is compared against, no claim
    denied; "did not report" still is one."""
    from newsbrief.align import features as F

    def negated(t: str) -> bool:
        toks = F.tokens(t)
        return F.sentence_facts(0, 0, t, F.story_casing([t], [toks]), None, toks).clauses[0].negated

    assert not negated("Commuters reported less back pain after cycling to work compared to not cycling.")
    assert not negated("Walking daily, as opposed to never walking, cut the risk by a third.")
    assert negated("Commuters did not report less back pain after cycling to work.")


def test_a_comparison_baseline_does_not_deny_the_shared_finding() -> None:
    """The same finding, one side naming its baseline with "compared to not ...": one fact (before, the
    baseline's "not" read as a denial of the words the two share, rule `aside-denied`)."""
    links = _links(
        "The Harwick study found office workers who cycled to work reported less back pain after six months.",
        "Office workers who cycled to work reported less back pain after six months compared to not cycling "
        "at all, the Harwick study found.",
    )
    assert [k.kind for k in links] == ["fact"]


def test_two_claims_need_three_participants_missing_on_each_side() -> None:
    """`participant-missing`: two names more on each side is often one claim told in more detail
    (pooled over the align files it stopped two true pairs and no false one); three is two claims."""
    from dataclasses import replace

    from newsbrief.align import rules
    from newsbrief.align.features import sentence_facts, story_casing, tokens
    from newsbrief.align.pairs import compare, idf

    texts = [
        "The council approved the new budget for schools on Monday.",
        "The council passed a school budget.",
    ]
    toks = [tokens(t) for t in texts]
    casing = story_casing(texts, toks)
    facts = [sentence_facts(k, k, t, casing, None, toks[k]) for k, t in enumerate(texts)]
    p = replace(compare(facts[0], facts[1], idf(facts)), content=3)
    assert rules.decide(replace(p, missing=3))[1] == "participant-missing"
    assert rules.decide(replace(p, missing=2))[1] != "participant-missing"


def test_a_sentence_with_only_a_fraction_gives_its_share() -> None:
    """ "half of" with no digit or number word in the sentence still reaches the count reader."""
    from newsbrief.align.features import sentence_facts, story_casing, tokens

    t = "The rebels now control half of the nation, including its northern towns."
    f = sentence_facts(0, 0, t, story_casing([t], [tokens(t)]), None)
    assert [(c.value, c.unit) for c in f.counts] == [(50.0, "%")]


@pytest.mark.parametrize(
    ("a", "b", "fact"),
    [
        (
            "The Orvane ferry was carrying 80 passengers from Harwick and nine Danish crew members when it "
            "sank off the coast.",
            "The nine crew members were Danish.",
            True,
        ),
        (
            "But the canonisation of Bishop Halloran, the last step before possible sainthood, is "
            "controversial because many critics accuse him of ties to the junta.",
            "Canonisation is the last step before possible sainthood.",
            False,
        ),
    ],
)
def test_a_short_claim_the_other_sentence_states_as_its_own_is_one_fact(a: str, b: str, fact: bool) -> None:
    """`stated-in-main`: a paraphrase the scorer takes for one fact, whose shorter sentence the longer
    one states in its main words, is a citation even though the longer says much more; stated only in
    an appositive of the longer ("..., the last step before possible sainthood, ...") it is not."""
    (link,) = _links(a, b)
    assert (link.kind == "fact") is fact
    assert link.evidence[0] == ("rule:stated-in-main" if fact else "rule:one-sided")


def test_main_words_stated_are_none_when_none_are_shared_or_there_are_none() -> None:
    """`main_stated`: a sentence with no main words ("It has since accepted an investment offer ...",
    all a "since" side stretch, DUC 2003 d31041t) states nothing, and one sharing none of them scores 0,
    not 1.0 and 1/total (the weight of an empty set is no 1.0)."""
    from newsbrief.align.pairs import main_stated

    assert main_stated(frozenset(), frozenset({"x"}), {}) == 0.0
    assert main_stated(frozenset({"a", "b"}), frozenset({"c"}), {}) == 0.0
    assert main_stated(frozenset({"a", "b"}), frozenset({"a"}), {"a": 3.0}) == 0.75


def test_an_opening_conjunction_and_an_aside_between_dashes_are_said_on_the_side() -> None:
    """ "After learning that ..., the group said": the opening clause is background; so is an aside
    between two dashes, unless it breaks down a count ("100 passengers _ 96 Germans, two Danes _")."""
    from newsbrief.align.subordinate import stretches

    t = "After learning that the ministry issued 2,600 tenders, the group said talks would suffer."
    assert [t[a:b] for a, b in stretches(t)] == ["After learning that the ministry issued 2,600 tenders"]
    t = "The case _ the first such trial in the city _ has set a precedent."
    assert [t[a:b] for a, b in stretches(t)] == [" _ the first such trial in the city _ "]
    t = "The jet carried 100 passengers _ 96 Germans, two Danes and an Austrian _ and nine crew."
    assert stretches(t) == ()
    assert stretches("After 1999 the plant closed, he said.") == ()


def test_a_toll_and_another_count_of_its_noun_are_not_one_fact() -> None:
    """A crash "killed all 64 people aboard" counts people, "killed 70 people" is a toll of people: the same
    counted noun with another value is no `fact` (rule `other-value`), while the same value, either
    way round, still is."""
    (link,) = _links(
        "The Valdora airliner crashed shortly after takeoff from Marrin, killing all 64 people aboard.",
        "The crash of the Valdora airliner shortly after takeoff from Marrin killed 70 people.",
    )
    assert link.kind == "related" and link.evidence[0] == "rule:other-value"
    (link,) = _links(
        "The Valdora airliner crashed shortly after takeoff from Marrin, killing all 64 people aboard.",
        "All 64 people aboard the Valdora airliner were killed shortly after takeoff from Marrin.",
    )
    assert link.kind == "fact"


def _facts(a: str, b: str):
    from newsbrief.align.features import sentence_facts, story_casing, tokens

    toks = [tokens(a), tokens(b)]
    casing = story_casing([a, b], toks)
    return [sentence_facts(k, k, t, casing, None, toks[k]) for k, t in enumerate((a, b))]


def test_an_estimated_toll_is_a_toll() -> None:
    """ "has killed an estimated 4,200 people" counts the dead, as "Nearly 4,200 people have died" does."""
    fa, fb = _facts(
        "Nearly 4,200 people have died in the uprising.", "The uprising has killed an estimated 4,200 people."
    )
    assert [c.unit for c in fa.counts] == [c.unit for c in fb.counts] == ["dead"]


def test_words_of_one_event_are_one_fact_only_with_an_anchor() -> None:
    """`pairs.bridged`: "killed" / "died" count as one word when the pair gives one number alike (evidence
    `equivalent:dead=kill`); with nothing named or counted alike there is nothing to bridge."""
    from newsbrief.align.pairs import bridged

    (link,) = _links(
        "Nearly 4,200 people have died in the uprising.", "The uprising has killed an estimated 4,200 people."
    )
    # the claim rule reads it first since "died" is the passive's voice (rule `claim-undergone`)
    assert link.kind == "fact" and {"equivalent:dead=kill", "predicate:dead=kill"} & set(link.evidence)
    got = bridged(
        *_facts("Nearly 4,200 people have died in the uprising.", "The uprising has killed 4,200 people.")
    )
    assert got is not None and got[1] == ("dead=kill",)
    assert (
        bridged(*_facts("Many people have died in the uprising.", "The uprising has killed many people."))
        is None
    )


def test_one_who_hired_an_instructor_did_not_teach() -> None:
    """Session 43 review: "instructor, taught, teach" in `data/equivalents.txt` (taken back) joined a role to
    the act whoever held the role: "hired a flight instructor" / "taught flying", Eastbrook and 2002 alike,
    was one fact (`equivalent:instructor=taught`); the one who teaches may be the other participant."""
    links = _links(
        "Jon Tallis hired a flight instructor at Eastbrook in 2002.",
        "Jon Tallis taught flying at Eastbrook in 2002.",
    )
    assert not [k for k in links if k.kind in ("quote", "fact")]


def test_an_equivalent_word_catches_none_of_its_stem_s_other_senses() -> None:
    """Review, session 13: "blaze, fire" bridged "opened fire" (shooting) to "a blaze" and made the Marrin
    pair a fact (evidence `equivalent:fire=blaze`); the stems "inform" ("information") and "design" ("the
    design") left the groups the same way."""
    from newsbrief.align.pairs import equivalents

    (link,) = _links(
        "Police opened fire on protesters in Marrin on Monday, killing two.",
        "A blaze broke out among protesters in Marrin on Monday, killing two.",
    )
    assert link.kind == "related"
    assert not any(e.startswith("equivalent:") for e in link.evidence)
    assert not {"fire", "inform", "design"} & set(equivalents())


def test_the_bridged_pair_and_the_data_loader_are_public() -> None:
    """`pairs.compare_bridged` (the stage and scripts/align_lofo.py judge the same bridged pair) and
    `features.data_lines` (the loader `pairs.equivalents` reads with) are no private names."""
    from newsbrief.align.features import data_lines
    from newsbrief.align.pairs import compare_bridged, document_frequency, idf

    fa, fb = _facts("Nearly 4,200 people have died in the uprising.", "The uprising has killed 4,200 people.")
    df = document_frequency([fa, fb])
    got = compare_bridged(fa, fb, idf([fa, fb], df), df)
    assert got is not None and got.bridged == ("dead=kill",)
    assert "dead, kill" in data_lines("equivalents.txt")


def test_bridged_words_never_make_a_conflict() -> None:
    """Only a `fact` counts from a bridged pair: two tolls told with "killed" / "died" stay as the table
    typed them without the bridge (since session 19 a conflict of tolls, rule `toll-close`: two tolls of
    one uprising need only the uprising shared; never by the bridge's words)."""
    links = _links(
        "Nearly 4,200 people have died in the uprising.", "The uprising has killed an estimated 3,000 people."
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("conflict", "rule:numbers-differ")]
    assert not any(e.startswith("equivalent:") for k in links for e in k.evidence)
    # bridged (rebel=insurg, seiz=captur), the rules would type this pair a conflict of counts
    (link,) = _links("Rebels seized 12 soldiers on Monday.", "Insurgents captured 15 soldiers on Monday.")
    assert link.kind == "related" and not any(e.startswith("equivalent:") for e in link.evidence)


def test_a_span_of_years_names_its_last_year_too() -> None:
    """Session 13 (a vetoed true pair of align-frozen4, the rule a fact of English): "the 1994-96 war"
    ended in 1996, so a sentence dating the war's end "in 1996" names no other year."""
    from newsbrief.analyze.numbers import years

    assert years("Rebels fought a war against Russia in 1994-96.") == {"1994", "1996"}
    assert years("The code 2010-55-12 and the 1998–99 season.") == {"2010", "1998", "1999"}
    links = _links(
        "Kelso, where rebels fought a war for independence from Harwick in 1994-96, has seen a sharp rise "
        "in kidnappings for ransom.",
        "Kidnappings for ransom have become common in Kelso since the end of its war for independence "
        "from Harwick in 1996.",
    )
    assert links and not any("rule:other-year" in k.evidence for k in links)


def test_a_short_quotation_held_whole_in_the_speakers_longer_one_is_the_same_quotation() -> None:
    """Rule `quoted-whole`: 'Dickson Wright said she had enjoyed a "fantastic life".' reports the statement
    that '"I've had a fantastic life and ..."' quotes: one quotation, when the report names its speaker
    and the other sentence names no one else. A phrase many quote ("a clear majority") with no speaker,
    or one the other sentence gives another speaker, is not."""
    from newsbrief.align.features import sentence_facts, story_casing
    from newsbrief.align.pairs import quoted_whole

    def kinds(a: str, b: str) -> set[str]:
        return {k.kind for k in _links(a, b)}

    report = 'Dickson Wright said she had enjoyed a "fantastic life".'
    quote = "She recently said: \"I've had a fantastic life and I've done everything I could have wanted.\""
    assert kinds(report, quote) == {"quote"}
    # no speaker named for the phrase, or another person named beside the quotation: no link of that kind
    assert "quote" not in kinds(
        'The court left it to politicians to decide what a "clear majority" is.', quote
    )
    texts = [
        'The court left it to politicians to decide what a "clear majority" meant for Quebec.',
        '"We need a clear question and a clear majority," Chretien said last December.',
        'Bouchard said a "clear majority" would do.',
    ]
    casing = story_casing(texts)
    f = [sentence_facts(k, k, t, casing, None) for k, t in enumerate(texts)]
    assert not quoted_whole(f[0], f[1])
    assert not quoted_whole(f[2], f[1])  # Bouchard's words, not Chretien's


def test_a_word_opening_words_said_after_a_comma_or_colon_is_no_name() -> None:
    """Rule `quoted-opening`: "... to kind of go, ‘Wait a minute.”" opens words said on "Wait", as a sentence
    opens on its first word: no participant "Wait", so the quotation names no one else and the report of
    its short quotation is one quotation with it (it was `first-person`, related). A title in quotation
    marks after a word keeps its names ('suing "X-Men" director Jon Tallis')."""
    from newsbrief.align.features import sentence_facts, story_casing

    said = "But he said: “We live in this culture of outrage, so we go, ‘Wait a minute.”"
    titled = 'Dana Whitcombe is suing "Harwick Mills" director Jon Tallis.'
    casing = story_casing([said, titled])
    assert sentence_facts(0, 0, said, casing, None).names == frozenset()
    assert "E:mills" in sentence_facts(1, 1, titled, casing, None).names
    (link,) = _links(
        'In the interview, Jon Tallis says there is a "spectrum" to behavior, and that we live in a "culture'
        ' of outrage."',
        "But he said: “We live in this culture of outrage and injury, that we are going to have to correct"
        " enough to kind of go, ‘Wait a minute.”",
    )
    assert link.kind == "quote" and link.evidence[0] == "rule:quoted-whole"


def test_session20_quoted_name_is_the_quote_stages_noun_modifier() -> None:
    """Rule `quoted-name` reads the quote stage's noun-modifier rule (`lexicon.naming`): a quote after "a"
    describes rather than names ("a "long, slow and painful" recovery": the mayor's words), so two reports
    of it share a quotation (before session 20 the align stage's own rule read it as a name)."""
    links = _links(
        "Mayor Ann Reyes said Harwick faces a “long, slow and painful” recovery after the flood on Monday.",
        "Reyes warned on Monday that Harwick faced a “long, slow and painful” recovery after the flood.",
    )
    assert "quote" in {k.kind for k in links}


def test_session23_month_names_have_one_home_in_the_lexicon() -> None:
    """Session 23 review, S4 (b): the month names align reads (days of a month, months with no day, the
    clause reader's "may") come from `lexicon.months`, not from lists of their own (7f8bd1b: four)."""
    from newsbrief.align import claims, features
    from newsbrief.analyze import agreement
    from newsbrief.lexicon.months import BEFORE_MONTH, MONTHS, spellings

    assert not hasattr(claims, "_BEFORE_MONTH") and not hasattr(agreement, "_MONTHS")
    assert "last" in BEFORE_MONTH and claims.month_may("they met last may", 14)
    for m in MONTHS:
        assert [x[1] for x in features.months(f"It was signed in {m} 2012.")] == [f"{m} 2012"]
        for written in spellings(m):
            assert features._DAY.findall(f"It was signed on {written}. 30.") == [(written, "30")]
    assert spellings("September") == ("September", "Sept", "Sep") and spellings("May") == ("May",)


def test_a_state_written_short_is_the_state() -> None:
    """`data/names.tsv`: "Alta." is "Alberta" (AP abbreviations of one-word states and provinces), so the
    two places of one charge are one place, not two (`claims.clash`)."""
    links = _links(
        "Former Harwick broadcaster Steve Karlo has been charged with two counts of robbery involving two "
        "separate banks in Alberta.",
        "Karlo, 53, was charged with two counts of robbery in connection to two bank robberies in Medicine "
        "Hat, Alta.",
    )
    assert any(k.kind == "fact" for k in links), links


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The Ark Encounter drew 10,000 visitors on Monday.",
            "The Arkansas fair drew 10,000 visitors on Monday.",
        ),
        (
            "Tex Watson was denied parole on Friday for the 18th time.",
            "A Texas inmate was denied parole on Friday for the 18th time.",
        ),
    ],
)
def test_a_state_abbreviation_inside_a_name_is_no_state(a: str, b: str) -> None:
    """`data/names.tsv`'s flag "alone" (session 25 review S2): an AP abbreviation names its state only alone
    or ending a run ("Medicine Hat, Alta."), not opening a name ("Ark Encounter", "Tex Watson")."""
    assert not any(k.kind in ("fact", "quote") for k in _links(a, b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Dana Whitcombe was told to leave the Harwick film set in 2003, Jon Tallis said.",
            "Jon Tallis was told to leave the Harwick film set in 2003.",
        ),
        (
            "Actress Dana Whitcombe, Jon Tallis's co-star, was told to leave the Harwick film set in 2003.",
            "Jon Tallis was told to leave the Harwick film set in 2003.",
        ),
        (
            "Jon Tallis told Dana Whitcombe to leave the Harwick film set in 2003.",
            "Dana Whitcombe told Jon Tallis to leave the Harwick film set in 2003.",
        ),
        (
            "Jon Tallis said Dana Whitcombe was told to leave the Harwick film set in 2003.",
            "Jon Tallis was told to leave the Harwick film set in 2003.",
        ),
        (
            "Dana Whitcombe resigned from the Harwick school board on Monday, Jon Tallis said.",
            "Jon Tallis resigned from the Harwick school board on Monday.",
        ),
    ],
)
def test_the_same_words_said_of_two_people_are_no_fact(a: str, b: str) -> None:
    """Rule `run-subjects` (`pairs.run_subjects_differ`, session 25 review S4): a shared run that opens on a
    verb group is one fact only when who does it, the words before the run, is one; the reporter ("..., Jon
    Tallis said") and an owner ("Jon Tallis's co-star") are not who does it."""
    assert [(k.kind, k.evidence[0]) for k in _links(a, b)] == [("related", "rule:run-subjects")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Smith, 42, was arrested on Monday at his home in Dallas on murder charges.",
            "Police said Smith was arrested on Monday at his home in Dallas on murder charges.",
        ),
        (
            "Jon Tallis was told to leave the Harwick film set in 2003, Dana Whitcombe said.",
            "Jon Tallis was told to leave the Harwick film set in 2003.",
        ),
        (
            "William Kendall Strickland, 18, of Fairmont, N.C., is charged with one count of misdemeanor "
            "larceny and one count of injury to property.",
            "William Kendall Strickland, 18, of Fairmont was charged with one count of misdemeanor larceny "
            "and one count of injury to property.",
        ),
        (  # the subject further back, before "and"
            "Erin and Leah Finan, both 38, pleaded guilty to mail fraud charges and were sentenced to 71 "
            "months and 68 months in prison.",
            "Erin and Leah Finan, both 38 years old, were sentenced to 71 months and 68 months in prison.",
        ),
        (  # "according to ..." is an aside, not who does it
            "Eide, according to a release from the Omaha Police Department, was aggressive toward staff and "
            "showed signs of intoxication.",
            "Eide was aggressive toward staff and showed signs of intoxication, police said.",
        ),
        (  # a verb after a phrase of time: its subject ("He") further back
            "He is due to appear at Leeds Magistrates Court on Friday charged with carrying out an activity "
            "ancillary to an aviation function while impaired by drink.",
            "Faiz was charged with carrying out an activity ancillary to an aviation function while impaired "
            "by drink.",
        ),
    ],
)
def test_the_same_words_of_one_subject_stay_a_fact(a: str, b: str) -> None:
    """Rule `run-subjects` reads two subjects only where it can tell them apart."""
    assert any(k.kind == "fact" for k in _links(a, b))


def test_a_claim_one_sentence_gives_as_its_reason_and_the_other_beside_its_own_is_no_fact() -> None:
    """Rule `side-clause` (`pairs.side_only`): the shared words are the "because ..." of one sentence and
    one of two clauses the other joins with "but", whose other clause is its own: the convention's "a claim
    shared only by a subordinate clause of one sentence is related" (it was a same-words fact)."""
    links = _links(
        "But the stadium plan, the council's biggest project, is controversial because many residents of "
        "Harwick accuse Mayor Tallis of hiding its true cost.",
        "Supporters in the business community hail the project as a landmark for the region, but many "
        "residents of Harwick accuse Mayor Tallis of hiding its true cost.",
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:side-only")]


def test_a_count_on_a_day_and_the_same_count_since_a_time_are_no_fact() -> None:
    """Rule `day-or-since` (`pairs.day_or_since`): one count dated to a weekday, the other to a period since
    (it was a stated-within fact): two periods; not a conflict either, the values agree."""
    links = _links(
        "The Harwick fire service said 37 homes were destroyed by the wildfire on Friday and 12 more were "
        "damaged.",
        "The Harwick fire service said 37 homes had been destroyed by the wildfire since midweek, while 12 "
        "more were damaged.",
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:day-or-since")]


def test_one_phrase_quoted_after_two_subjects_is_two_statements() -> None:
    """Rule `quote-subjects` (`pairs._quote_runs`): the run two quotations share opens on an auxiliary
    after two different subjects ("I didn't ..." / "People didn't ..."): not one quotation (it was a
    same-quotation quote), nor one fact."""
    links = _links(
        '"I didn\'t want to believe it or hear it," Dana Whitcombe said of the Harwick verdict.',
        'Jon Tallis said of the Harwick verdict: "People didn\'t want to believe it."',
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:quote-subjects")]


def test_a_short_phrase_two_quotations_share_sets_nothing_aside() -> None:
    """Rule `quote-subjects` reads only a run that would make one quotation (`pairs.QUOTE_RUN` words):
    "is not a" after "mayor" / "Celibacy" added a related link (Multi-News+ training story 22758)."""
    links = _links(
        '"I think that the Harwick mayor is not a unique case," Dana Whitcombe said.',
        '"Celibacy is not a dogma," Jon Tallis said in answer to a question.',
    )
    assert all(k.evidence[0] != "rule:quote-subjects" for k in links), links


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (  # a third-person pronoun may be the other's noun: one statement transcribed two ways
            '"We always tried to have Harwick Nights be a true reflection of the town we live in," she said.',
            '"I\'ve always tried to have it be a true reflection of the town we live in," Dana Whitcombe '
            "said.",
            "quote",
        ),
        (  # a weekday of the report, both counts since a time
            "The Harwick council has recorded about 1,800 complaints since the new mayor took office seven "
            "weeks ago, far more than expected.",
            "Complaints to the Harwick council have risen to nearly 1,800 in the seven weeks since the new "
            "mayor took office, far more than expected, the clerk told a hearing on Monday.",
            "fact",
        ),
    ],
)
def test_quote_subjects_and_day_or_since_leave_one_statement_or_period_alone(
    a: str, b: str, kind: str
) -> None:
    """Rules `quote-subjects` and `day-or-since` read two subjects / two periods only where they can: a
    check on Multi-News+ training Random(2624) lost a right quote and a right fact to them."""
    assert kind in {k.kind for k in _links(a, b)}


def test_told_to_is_a_claim_not_a_report() -> None:
    """Rule `told-to` (`claims._verb_kind`): "was told to leave" is an order, the claim of the one told,
    not a reporting verb wrapping what follows."""
    links = _links(
        "The Harwick Reporter posted a story late Monday recounting how Harlan, then 42, allegedly was told "
        "to leave the Utah set of a crime thriller called Born Killers after the child told her mother.",
        "Actor Tom Harlan was told to leave a Utah film set in 2003 after an 11-year-old actress told her "
        "mother that he had touched her, The Harwick Reporter has learned.",
    )
    assert any(k.kind == "fact" for k in links), links


def test_a_negation_in_a_side_stretch_is_about_something_else() -> None:
    """Rule `negation-aside` (session 31 audit M2): the only "not" of a sentence sits in its ", even as ..."
    stretch, which writes nothing the other sentence states: the shared claim is not denied, and the pair
    is read as the same sentence without that "not" is (a fact; `negation-differs` before)."""
    other = (
        "A joint statement issued Tuesday said Harwick and Dunmore would cooperate in searches for "
        "stolen freight on the northern rail line. Traders welcomed the news."
    )
    kinds = {}
    for aside in ("decision not to alert the port authority", "decision to keep the port authority unaware"):
        links = _links(
            "Harwick and Dunmore agreed on Tuesday to work together in any future searches for stolen "
            "freight on the northern rail line, even as a Harwick police chief defended the force's "
            f"{aside} about last month's raid. The talks resume in May.",
            other,
        )
        kinds[aside] = [(k.kind, k.evidence[0]) for k in links if k.a == 0 and k.b == 2]
    assert (
        kinds["decision not to alert the port authority"]
        == kinds["decision to keep the port authority unaware"]
    )
    assert kinds["decision not to alert the port authority"][0][0] == "fact"


@pytest.mark.parametrize(
    "aside",
    ["even as the mayor refused to sign it and did not attend", "while the mayor refused to sign it"],
)
def test_session34_a_denied_side_stretch_the_other_affirms_is_no_citation(aside: str) -> None:
    """Rule `aside-denied` (session 34, review33 S1): the side stretch that holds the only negation writes
    none of the words the two matched main clauses share, but the other sentence affirms it in a clause of
    its own ("and the mayor signed it"): that outlet says the opposite of the aside, so the pair is no
    citation (was `same-fact`; `stated-within` with "while"). Sentences written for this test."""
    links = _links(
        f"The Harwick council approved the budget on Monday, {aside}.",
        "The Harwick council approved the budget on Monday, and the mayor signed it at the meeting he "
        "attended.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links), links


def test_session34_a_denied_side_stretch_the_other_never_states_still_cites() -> None:
    """A guard of rule `aside-denied`: the other sentence says nothing of what the aside denies, so the shared
    main clause is still one fact (`same-words` before and after)."""
    links = _links(
        "The Harwick council approved the budget on Monday, even as the mayor refused to sign it.",
        "The Harwick council approved the budget on Monday.",
    )
    assert [k.kind for k in links] == ["fact"], links


def test_session34_where_the_things_named_lie_is_said_on_the_side() -> None:
    """Rule `located-aside` (session 34 audit, a DUC 2003 dev story): ", both located in the Harwick region
    ..." says on the side where the counties just named lie, so a sentence whose claim is the region
    ("Among the worst-hit areas was the Harwick region ...") shares only that aside (`side-only`, related;
    was a `same-words` fact). Sentences written for this test."""
    from newsbrief.align.subordinate import stretches

    t = "Twelve died in Kent county and 40 were hurt in Dunmore county, both located in the Harwick region."
    assert [t[a:b] for a, b in stretches(t)] == [", both located in the Harwick region."]
    links = _links(
        "Among the worst-hit areas was the poor Harwick region along the country's eastern coast.",
        "Twelve people died in floods in nearby Kent county and 40 people were hurt in Dunmore county, both "
        "located in the poor Harwick region along the country's eastern coast.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links), links


def test_session34_a_located_aside_leaves_the_main_claim_cited() -> None:
    """A guard of rule `located-aside`: the main claim both write is still one fact."""
    links = _links(
        "Another 40 people were hurt by falling trees in Dunmore county, also part of the Harwick region, "
        "officials said.",
        "Twelve people died in floods in nearby Kent county and another 40 people were hurt by falling trees "
        "in Dunmore county, both located in the poor Harwick region along the country's eastern coast.",
    )
    assert [k.kind for k in links] == ["fact"], links


def test_session34_a_fragment_the_splitter_cut_is_no_source_of_a_fact() -> None:
    """Rule `fragment-source` (session 34 audit, DUC 2006 dev: "by the National Transportation Safety Board.",
    "said Dr. ..., associate professor of psychiatry ..." as sentences of their own): a sentence of a cased
    story that opens in lower case on a stop word or a verb of saying states no claim of its own, so no fact
    rests on it (was `same-words`). Sentences written for this test."""
    links = _links(
        "Autism has also been linked to children born to mothers who took drugs to control their epilepsy, "
        "said Dr. Jon Tallis, associate professor of psychiatry at the Harwick School of Medicine. The study "
        "ran for two years.",
        "The study looked at 300 children in Harwick over two years.\n\nsaid Dr. Jon Tallis, associate "
        "professor of psychiatry at the Harwick School of Medicine.\n\nThe results come out next month.",
    )
    got = [(k.kind, k.evidence[0]) for k in links if (k.a, k.b) == (0, 3)]
    assert got == [("related", "rule:fragment-source")], links


@pytest.mark.parametrize(
    ("text", "caseless", "fragment"),
    [
        ("by the Harwick Transport Board.", False, True),
        ("said Dr. Jon Tallis, a professor at Harwick.", False, True),
        ("“and then Tallis left,” he said.", False, True),
        ("to the best of my knowledge, sarah kline was the last envoy.", False, False),  # a lower-cased copy
        ("eBay said sales rose 5 percent in May.", False, False),  # a name written in lower case first
        ("iPhone sales rose 10 percent in Harwick in May.", False, False),  # "i" + capital: no stop word "i"
        ("honestly the scariest thing is the photo", False, False),  # no stop word: a sentence as written
        ("by the harwick transport board.", True, False),  # a story that lost its case opens every line so
    ],
)
def test_session34_is_fragment(text: str, caseless: bool, fragment: bool) -> None:
    from newsbrief.align.features import is_fragment

    assert is_fragment(text, caseless) is fragment


def test_a_negation_in_a_side_stretch_still_denies_what_the_stretch_shares() -> None:
    """A guard of rule `negation-aside`: the side stretch holding the "not" writes what the two share
    ("who did not attend the budget meeting"): the pair is no citation."""
    links = _links(
        "Councillor Jon Tallis, who did not attend the budget meeting in Harwick on Monday, resigned.",
        "Councillor Jon Tallis attended the budget meeting in Harwick on Monday.",
    )
    assert links and not any(k.kind in ("quote", "fact") for k in links)


def test_session42_the_same_bond_words_after_the_same_person_are_compared_however_common() -> None:
    """Rule `owned-whole` (session 42): "His bond was set at $100,000." after each of eight people in each
    article is a key too common to block on, so no pair was compared; the same words after the same person
    (`Facts.owner`) are compared, and linked, and after two people still are not."""
    people = ["Marcus Bellamy", "Dara Quist", "Owen Pardo", "Luis Amaro", "Tomas Ferreira", "Ivan Kolar",
              "Peter Lindqvist", "Hugo Brandt"]  # fmt: skip
    doc = " ".join(
        f"{p}, 19, of Harwick, was charged with arson. His bond was set at $100,000." for p in people
    )
    story = _story(
        load_texts([doc, doc.replace("was charged with arson", "is charged with one count of arson")])
    )
    kinds = {(k.a, k.b): k.kind for k in align(story).links}
    bonds = [
        [k for k, s in enumerate(story.sentences) if s.doc == d and "His bond" in s.text] for d in (0, 1)
    ]
    assert [kinds.get((a, b)) for a, b in zip(*bonds, strict=True)] == ["fact"] * len(people)
    assert kinds.get((bonds[0][0], bonds[1][1])) not in ("quote", "fact")


def test_session42_a_straight_mark_opening_a_quotation_inside_a_sentence() -> None:
    """Rule `open-inside` (session 42): a lone straight mark after a space and before a word opens a
    quotation the next sentence goes on with, so a summary line quoting it is cited by the other's quote
    (its whole sentence shares too little with a long report for a fact's citation); a lone mark after a
    word or a comma opens none."""
    from newsbrief.align.features import quoted_spans

    text = 'The mayor vowed that "we will rebuild the bandstand before the summer festival.'
    assert quoted_spans(text) == [(21, len(text), False)]
    assert quoted_spans('It will be bigger," she said.') == []  # after a comma: opens nothing
    story = _story(
        load_texts(
            [
                'The storm tore the roof off the bandstand. Mayor Jane Holt was defiant, saying: "We will '
                'rebuild the bandstand before the summer festival. It will be bigger than before."',
                "Crews cleared the park. Speaking at a news conference after touring the wrecked stage with "
                'fire officials, the mayor vowed that "we will rebuild the bandstand before the summer '
                'festival. It will be bigger than before."',
            ]
        )
    )
    a, b = _index(story, 0, "Mayor Jane Holt"), _index(story, 1, "Speaking at")
    assert {(k.a, k.b): k.kind for k in align(story).links}.get((a, b)) == "quote"


def test_session42_two_people_named_alike_with_two_values_alike_are_no_fact_without_a_shared_word() -> None:
    """`same-numbers` needs a content word shared: two participants named alike with their values do not
    stand in for it, as the acts may differ ("fined" / "donated": review42's counter-example, which a
    session-42 relaxation cited); the bequest, the same act in other verbs, is left uncited with it."""
    fined = _links(
        "Ilsa Brennan was fined $15,000 and Maria Okonjo was fined $20,000.",
        "Maria Okonjo donated $20,000 while Ilsa Brennan gave $15,000.",
    )
    left = _links(
        "Her will also remembered two of her staff: Ilsa Brennan was left $15,000 and Maria Okonjo was "
        "given $20,000.",
        "Housekeeper Maria Okonjo received $20,000 while Ilsa Brennan got $15,000.",
    )
    assert not [k for k in (*fined, *left) if k.kind in ("fact", "quote")]


def test_session42_a_round_sum_with_its_cents_is_the_sum_after_the_same_person() -> None:
    """Rule `owned-whole`: "His bond was set at $100,000.00." is the same words as "... $100,000." (a key
    too common to block on without it)."""
    people = ["Marcus Bellamy", "Dara Quist", "Owen Pardo", "Luis Amaro", "Tomas Ferreira", "Ivan Kolar",
              "Peter Lindqvist", "Hugo Brandt"]  # fmt: skip
    doc = " ".join(
        f"{p}, 19, of Harwick, was charged with arson. His bond was set at $100,000." for p in people
    )
    cents = doc.replace("was charged with arson", "is charged with one count of arson")
    cents = cents.replace("$100,000.", "$100,000.00.")
    story = _story(load_texts([doc, cents]))
    kinds = {(k.a, k.b): k.kind for k in align(story).links}
    bonds = [
        [k for k, s in enumerate(story.sentences) if s.doc == d and "His bond" in s.text] for d in (0, 1)
    ]
    assert [kinds.get((a, b)) for a, b in zip(*bonds, strict=True)] == ["fact"] * len(people)


def test_session42_two_values_swapped_between_two_people_are_no_fact() -> None:
    """`values-swapped` (session 42 review): the same two values and the same two people, but each value
    written after the other person, is who has which value told two ways, never one fact (it was
    `same-numbers`, then the two participants standing in for a shared word)."""
    links = _links(
        "Tom Hadley was sentenced to 12 years and Rosa Vance to 5 years.",
        "Rosa Vance served 12 years while Tom Hadley served 5 years.",
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:values-swapped")]  # no see also


def test_session42_a_swapped_score_is_no_fact() -> None:
    """`values-swapped`: "Hadley scored 21 ... Vance 14" / "Vance scored 21 ... Hadley 14" (was a fact by
    `stated-within`)."""
    links = _links(
        "Tom Hadley scored 21 points and Rosa Vance added 14.",
        "Rosa Vance scored 21 points while Tom Hadley had 14.",
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:values-swapped")]


def test_session45_an_owner_s_word_is_the_word() -> None:
    """Rule `owner-base`: "the firm's founder" names the firm "who founded the firm" names (the two stemmed
    "firm'" and "firm" apart), so the two sentences are one fact; "it’s" (a curly mark) is the stop word
    "it's", no concept."""
    from newsbrief.align.features import _word, lexicon

    lex = lexicon()
    assert _word("firm's", lex)[1] == _word("firm", lex)[1] != ""
    assert _word("it\u2019s", lex)[1] == ""
    # rule `curly-apostrophe`: "don\u2019t", "i\u2019m" are stop words as "don't", "i'm" are, no content word
    # two quotations share; "world\u2019s" is the world
    assert _word("don\u2019t", lex)[1] == _word("i\u2019m", lex)[1] == _word("they\u2019re", lex)[1] == ""
    assert _word("world\u2019s", lex)[1] == _word("world", lex)[1] != ""
    links = _links(
        "The firm's founder, Jon Tallis, stepped down on Friday.",
        "Jon Tallis, who founded the firm, has stepped down, it said on Friday.",
    )
    assert [k.kind for k in links] == ["fact"]


@pytest.mark.parametrize(
    ("other", "cites"),
    [
        (
            "The driver was taken to Harwick General Hospital with life-threatening injuries after the "
            "crash, police said.",
            False,
        ),
        (
            "Police said the driver suffered life-threatening injuries in the crash and was taken to Harwick "
            "General Hospital.",
            False,
        ),
        (
            "Police said the driver suffered no life-threatening injuries in the crash and was taken to "
            "Harwick General Hospital.",
            True,
        ),
    ],
)
def test_session46_non_life_threatening_denies_as_no_does(other: str, cites: bool) -> None:
    """Rule `denying-prefix` (session 46, cite46 item 3): "non-life-threatening injuries" states "no
    life-threatening injuries" (one fact, was `negation-differs`) and denies "life-threatening injuries" (no
    citation, was `same-words` / `stated-within`). Sentences written for this test."""
    line = (
        "The driver was taken to Harwick General Hospital with non-life-threatening injuries after the "
        "crash, police said."
    )
    assert any(k.kind == "fact" for k in _links(line, other)) == cites, _links(line, other)


@pytest.mark.parametrize(
    ("text", "other", "cited"),
    [
        ('"{q}," said a statement from Palmer.', '"{q}," Whitcombe said.', False),
        ('"{q}," Whitcombe said.', '"{q}," said a spokesman for Governor Palmer.', False),
        ('"{q}," said a statement from Governor Palmer.', '"{q}," Palmer said.', True),
        (
            'Palmer, in Harwick, told reporters on Friday: "{q}."',
            'Whitcombe, in Harwick, told reporters on Friday: "{q}."',
            False,
        ),
        (
            'Palmer, in Harwick, told reporters on Friday: "{q}."',
            'Palmer, in Harwick, told reporters on Friday: "{q}."',
            True,
        ),
        (
            'Palmer, in Harwick, told reporters on Friday: "{q}."',
            'He told reporters in Harwick on Friday: "{q}."',
            True,
        ),
    ],
)
def test_session46_who_spoke_is_read_past_a_place_aside_and_a_statement_from(
    text: str, other: str, cited: bool
) -> None:
    """Rules `speaker-voice` and `speaker-aside` (session 46, cite46 item 2): '"...," said a statement from
    Palmer' names Palmer as who spoke, and so does 'Palmer, in Harwick, told reporters'; a source giving the
    words to Whitcombe states neither (`quote-other-speaker`; both were cited, by `quote-point` and by
    sentence cover 0.89). The same speaker, or none ("he told"), still cites. Sentences written for this
    test."""
    from newsbrief.cite import supports

    q = "We will rebuild the bandstand at the edge of the park this year"
    text, other = text.format(q=q), other.format(q=q)
    story = _story(load_texts([text, other]))
    (link,) = [k for k in align(story).links if k.kind == "quote"]
    mine = link.a if story.sentences[link.a].doc == 0 else link.b
    assert supports(link, mine, story.sentences[mine].text, _other_text(story, link, mine)) is cited


_PRIEST = "Beatification of the Harwick priest is the final step before sainthood"


@pytest.mark.parametrize(
    ("line", "cited"),
    [
        (_PRIEST + ", and the rite was controversial.", False),
        (
            "Beatification is the final step before sainthood for the Harwick priest, and the rite was odd.",
            False,
        ),
        (_PRIEST + ", and nearly 500 pilgrims came.", False),
        (_PRIEST + ", and it is the last step.", True),
        ("The rite was controversial, and the b" + _PRIEST[1:] + ".", False),
        ("Critics called the rite odd, but the b" + _PRIEST[1:] + ".", False),
        (_PRIEST + ".", True),
    ],
)
def test_session47_a_joined_claim_the_source_does_not_state_is_not_cited(line: str, cited: bool) -> None:
    """Rule `joined-claim` (session 47, cite47 item 2): a clause joined by ", and" that opens on its own
    subject and verb is a second claim; a source that writes a third or less of its words does not state the
    line (the three were cited, by `same-words` or `stated-within`); nor, when there is such a clause, does a
    source that writes only it state the line (rule `joined-first`: the last two were cited). The source
    still cites the line that says only what it says. Sentences written for this test."""
    from newsbrief.cite import supports

    story = _story(load_texts([line, _PRIEST + "."]))
    facts = [k for k in align(story).links if k.kind == "fact"]
    mine = 0  # the line is document 0's only sentence
    assert (
        any(supports(k, mine, story.sentences[mine].text, _other_text(story, k, mine)) for k in facts)
        is cited
    )


def test_session47_a_list_or_a_verb_phrase_after_and_is_no_joined_claim() -> None:
    from newsbrief.cite import joined_unstated

    other = "The towns of Harwick, Eastbrook, Varna and Selby enacted smoking bans."
    assert (
        joined_unstated("The towns of Harwick, Eastbrook, and Varna also enacted smoking bans.", other)
        is None
    )
    assert joined_unstated("The bans passed in May, but are milder than the old rules.", other) is None
    assert joined_unstated("The bans passed, and the mayor was furious about the vote.", other) == (
        "the mayor was furious about the vote."
    )
