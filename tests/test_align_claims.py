"""Clause claims (`align/claims.py`): each clause's predicate and arguments, and rule `same-claim`: two
sentences that share one claim, one of them saying more besides, are one fact. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from align_texts import links as _links

from newsbrief.align.claims import _owned_from, clash, match
from newsbrief.align.features import Facts, sentence_facts, story_casing, tokens
from newsbrief.align.pairs import equivalents


def _facts(*texts: str) -> list[Facts]:
    casing = story_casing(list(texts), [tokens(t) for t in texts])
    return [sentence_facts(k, k, t, casing, None) for k, t in enumerate(texts)]


def _predicates(text: str) -> list[str]:
    (f,) = _facts(text)
    return [text[c.at[0] : c.at[1]] for c in f.claims]


def _match(a: str, b: str):
    fa, fb = _facts(a, b)
    return match(fa.claims, fb.claims, {}, equivalents(), fa.names, fb.names)


def test_a_claim_stated_among_others_is_one_fact_with_its_clauses_in_the_evidence() -> None:
    a = (
        "On Monday, police said 35-year-old Dana Whitcombe was arrested on a burglary charge at Fernhill "
        "Middle School in Oakdale, where he is employed as a janitor."
    )
    b = "Dana Whitcombe, 35, was arrested at Fernhill Middle School the very next day."
    (link,) = _links(a, b)
    assert link.kind == "fact" and link.evidence[0] == "rule:same-claim"
    ev = link.evidence
    assert "predicate:arrest" in ev and "argument:whitcombe" in ev and "argument:school" in ev
    (span,) = [e for e in ev if e.startswith("claim:")]
    (sa, ea), (sb, eb) = (tuple(map(int, x.split("-"))) for x in span[len("claim:") :].split("/"))
    assert (a[sa:ea], b[sb:eb]) == (a[: a.index(", where")], b)  # the clauses, in the sentences' order


def test_predicates_are_verbs_written_as_verbs() -> None:
    # after an auxiliary, a past form, a present form after a name; the reporting verb is the wrapper
    assert _predicates("Police said the driver was arrested and charged on Friday.") == [
        "arrested",
        "charged",
    ]
    assert _predicates("Harlow calls the ruling a disgrace.") == ["calls"]
    # a plural noun after an adjective or a name is no present-tense verb
    assert _predicates("Kurdish rebels fighting for autonomy wage raids from camps.") == []
    # light verbs carry no claim alone; "-ed" after a determiner or a preposition is an adjective
    assert _predicates("In 1994 he made his first visit to the waves of armed rebels.") == []


def test_a_clause_after_the_first_has_its_own_claim_at_its_own_verb() -> None:
    # `_verbs` gives offsets in the sentence, for a clause that starts past its first word too (session
    # 18: they were counted twice, so a later clause's claim was lost or read off another word)
    text = "The storm hit the coast on Monday, and the mayor of Oakdale resigned on Tuesday."
    assert _predicates(text) == ["hit", "resigned"]
    (f,) = _facts(text)
    assert "E:oakdale" in f.claims[1].before and f.claims[1].predicate == "resign"


def test_the_reporter_is_not_an_argument_of_the_claim() -> None:
    (f,) = _facts("Officials in Oakdale said the mayor resigned.")
    (c,) = f.claims
    assert c.predicate == "resign" and "E:oakdale" not in c.args and "mayor" in c.args


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # a reduced relative: a participle after a noun, then a preposition
        ("The memo concerns a dossier compiled by a former spy.", "compiled"),
        # a relative clause opened by its pronoun, to the next comma
        ("Voters chose the council that oversees the supreme leader.", "oversees"),
        ("He spoke of Timor, a colony that Jakarta invaded in 1975 and later annexed.", "annexed"),
        ("Rebels who have been fighting since 1984 want autonomy.", "fighting"),
        # a participle naming the noun before it
        ("The 13-year-old lion named Mohawk had been in fights.", "named"),
        # an infinitive
        ("Ben Tully was the second of the three victims to have been identified.", "identified"),
        # a sentence opening on a preposition, to its comma
        ("In addition to the 19 villagers killed in two days, the shelling went on.", "killed"),
        # a side stretch (`subordinate.stretches`): what the sentence says only on the side
        ("Elena is at the center of a custody battle since fishermen rescued her.", "rescued"),
    ],
)
def test_a_verb_said_on_the_side_is_no_predicate(text: str, verb: str) -> None:
    assert verb in text and verb not in _predicates(text)


def test_another_thing_is_not_the_thing() -> None:
    """ "played another member of the family" is not "played Bran": an object opening on "another"."""
    a = "Actor Tom Keel has played Bran Stark since 2014."
    assert _match(a, "Tom Keel has played Bran Stark on the show.") is not None
    assert _match(a, "Tom Keel played another Stark, Bran's uncle, back in season three.") is None


def test_claims_whose_arguments_disagree_are_not_one() -> None:
    # two weekdays
    assert _match("Troops shelled Grozny on Tuesday.", "Troops shelled Grozny on Friday.") is None
    assert _match("Troops shelled Grozny on Tuesday.", "Troops shelled Grozny and Argun on Tuesday.")
    # one counted thing, two values
    a = "Rebels seized 12 villages near Kidal."
    assert _match(a, "Rebels seized 30 villages near Kidal.") is None
    assert _match(a, "Rebels seized 12 villages and two towns near Kidal.")
    assert _match(a, "Rebels seized three towns near Kidal.") is None
    # a denial and an affirmation; a modal and a fact
    assert (
        _match("The council approved the Oakdale budget.", "The council never approved the Oakdale budget.")
        is None
    )
    assert (
        _match(
            "The council approved the Oakdale budget.", "The council may have approved the Oakdale budget."
        )
        is None
    )
    # each names two participants the other sentence never names, or each object side one
    fa, fb = _facts(
        "Mayor Ed Harlow and Vance met Cole in Oslo.", "Ed Harlow and Vance met Cole and Brandt in Oslo."
    )
    assert not clash(fa.claims[0], fb.claims[0], fa.names, fb.names)
    fa, fb = _facts("Mayor Ed Harlow and Vance met Cole in Oslo.", "Ed Harlow and Vance met Brandt in Oslo.")
    assert clash(fa.claims[0], fb.claims[0], fa.names, fb.names)
    fa, fb = _facts("Mayor Ed Harlow met Cole and Moss in Oslo.", "Ed Harlow met Brandt and Ibsen in Oslo.")
    assert clash(fa.claims[0], fb.claims[0], fa.names, fb.names)


def test_a_shared_participant_alone_is_too_little() -> None:
    """One shared argument (`MIN_ARGS`) is too little to call two claims one: "Mayor Ed Harlow resigned" /
    "Ed Harlow resigned from the board in protest" share only the subject."""
    assert _match("Mayor Ed Harlow resigned.", "Ed Harlow resigned from the board in protest.") is None
    assert _match("Ed Harlow resigned from the board.", "Ed Harlow resigned from the board in protest.")


def test_the_subjects_must_agree() -> None:
    """ "Four of those swimmers were banned for two years" / "She was banned for two years": one predicate,
    a shared object, no subject alike: two claims."""
    a = "Four Olympic swimmers were banned from racing for two years."
    assert _match(a, "She was banned from racing for two years.") is None
    assert _match(a, "The four Olympic swimmers were banned from racing for two years on Monday.")


def test_an_argument_said_on_the_side_is_not_the_claim_s() -> None:
    """ "A strong earthquake struck Haiti again, eight days after a 7.0 magnitude quake ...": the 7.0 is the
    earlier quake's, so it is no argument of "struck" and never agrees with another 7.0 quake."""
    (f,) = _facts("A strong earthquake struck Haiti again, eight days after a 7.0 magnitude quake hit it.")
    (c,) = [c for c in f.claims if c.predicate == "struck"]
    assert "N:day:8" in c.args and not any(x.startswith("N:magnitud") for x in c.args)


def test_two_places_after_one_predicate_are_two_events() -> None:
    """ "a man was found dead in Debin" / "a man was found dead in a Warsaw park": each object side names a
    place the other sentence never names."""
    a = "Police said a man was found dead in Debin on Friday."
    assert _match(a, "Police said a man was found dead in a Warsaw park on Friday.") is None
    assert _match(a, "A man was found dead in Debin, near Lodz, on Friday.")


def test_no_matter_what_is_no_denial() -> None:
    """ "has declared it will continue building, no matter what happens" affirms; "declared that it will
    no longer continue" denies (`features._NOT_NEGATION`): the two claims are not one."""
    a = "Israel has declared it will keep building in Adumim, no matter what happens."
    (f,) = _facts(a)
    assert not any(c.negated for c in f.clauses)
    assert _match(a, "Israel declared that it will no longer keep building in Adumim.") is None
    assert _match(a, "Israel has declared it will keep building in Adumim.")


def test_a_passive_claim_is_not_the_active_one() -> None:
    """ "Smith was killed in Baghdad" / "Smith killed three soldiers in Baghdad": one verb, two voices, two
    claims (Smith dies in one, kills in the other)."""
    a = "Smith was killed in Baghdad."
    assert _match(a, "Smith killed three soldiers in Baghdad in an ambush.") is None
    assert _match(a, "Smith was killed in Baghdad in an ambush.")
    assert [c.passive for c in _facts(a)[0].claims] == [True]
    assert [c.passive for c in _facts("Smith killed three soldiers in Baghdad in an ambush.")[0].claims] == [
        False
    ]
    # a coordinated participle shares the voice; a progressive is active
    assert [
        c.passive for c in _facts("Police said the driver was arrested and charged on Friday.")[0].claims
    ] == [
        True,
        True,
    ]
    assert [c.passive for c in _facts("Rebels have been fighting in Kidal.")[0].claims] == [False]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Smith was arrested in Dallas in 1998.",
            "Police said Smith was arrested in Dallas in 2004 on a capital murder charge.",
        ),
        (
            "Smith was arrested in Dallas at 10:30 a.m.",
            "Police said Smith was arrested in Dallas at 4:15 p.m. on a capital murder charge.",
        ),
    ],
)
def test_same_claim_is_no_fact_past_another_year_or_time(a: str, b: str) -> None:
    """Rule `same-claim` keeps the guards of the rules it passes over with little shared (another year,
    day, time, a negation, participants missing): the same arrest in 1998 / 2004, at 10:30 a.m. / 4:15
    p.m. was a fact."""
    assert "fact" not in {k.kind for k in _links(a, b)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Troops killed a rebel commander in Chechnya.",
            "Troops killed a civilian in Chechnya during a sweep.",
        ),
        ("The company fired its chief executive in London.", "The company fired 300 workers in London."),
    ],
)
def test_two_objects_of_one_verb_are_two_claims(a: str, b: str) -> None:
    """ "killed a rebel commander in Chechnya" / "killed a civilian in Chechnya": the objects differ, the
    shared place is no claim of its own."""
    assert _match(a, b) is None
    assert all(link.evidence[0] != "rule:same-claim" and link.kind != "fact" for link in _links(a, b))


def test_one_object_with_a_place_or_a_time_beside_it_is_one_claim() -> None:
    """The object sides share their object; a place or a time said by one only is more detail."""
    a = "Troops killed a rebel commander in Chechnya."
    assert _match(a, "Troops killed a rebel commander in Chechnya during a sweep on Friday.")
    assert _match(
        "In Dallas, police arrested Smith on Monday.", "In Dallas, police arrested Smith on Monday night."
    )


def test_a_place_in_the_opening_phrase_still_clashes() -> None:
    """ "In Dallas, police arrested Smith" / "... arrested Smith in Houston": the opening phrase holds no
    verb of the claim, but its place is one the other claim's object side contradicts."""
    a = "In Dallas, police arrested Smith on Monday."
    assert _match(a, "In Dallas, police arrested Smith in Houston on Monday.") is None
    assert _match(a, "Police arrested Smith in Dallas on Monday after a chase.")
    (c,) = _facts(a)[0].claims
    assert "E:dallas" in c.opening and "E:dallas" not in c.args


def test_a_passive_claim_is_the_active_one_with_its_subject_as_the_object() -> None:
    """ "Dana Whitcombe was arrested at Fernhill Middle School on Monday" / "Police arrested Dana Whitcombe
    at Fernhill Middle School on Monday": one predicate in two voices, the passive's subject the active's
    object: one claim (route `voice`, rule `claim-voice`); the passive's subject as the active's subject
    is another claim ("Smith killed three soldiers")."""
    a = "Dana Whitcombe was arrested at Fernhill Middle School on Monday."
    b = "Police arrested Dana Whitcombe at Fernhill Middle School on Monday after a long chase."
    m = _match(a, b)
    assert m is not None and m.route == "voice" and m.predicate == "arrest"
    assert _match(b, a).route == "voice"
    # the passive's subject on the active's subject side: no match
    assert _match(a, "Dana Whitcombe arrested a burglar at Fernhill Middle School on Monday.") is None
    # the active's object is someone else: no match
    assert _match(a, "Police arrested Lee Harlow at Fernhill Middle School on Monday.") is None
    # the rest of the longer sentence says much more: only the claim makes it one fact
    a = "Whitcombe, a janitor, was arrested on Monday at Fernhill Middle School after a parent's complaint."
    b = (
        "Detectives from the county sheriff's office, acting on a tip from a neighbour, arrested Whitcombe on"
        " Monday at the school's gym, the district's spokeswoman told reporters in a statement that also"
        " thanked teachers."
    )
    (link,) = _links(a, b)
    assert (
        link.kind == "fact" and link.evidence[0] == "rule:claim-voice" and "predicate:arrest" in link.evidence
    )
    c = b.replace("arrested Whitcombe", "Whitcombe arrested a burglar")
    assert "fact" not in {k.kind for k in _links(a, c)}


def test_an_adverb_is_no_verb_and_a_participle_after_a_determiner_and_an_adverb_is_an_adjective() -> None:
    """ "the originally scheduled time for McGinn's execution" names a time, it claims no scheduling; "did
    not immediately respond" claims "respond", not "immediately"."""
    assert _predicates(
        "Bush granted the stay minutes before the originally scheduled time of the execution."
    ) == ["granted"]
    # an adverb is never the verb, nor stops the voice: "was originally scheduled", "has reportedly written"
    (c,) = _facts("The execution was originally scheduled for April 27.")[0].claims
    assert c.predicate == "schedul" and c.passive
    assert _predicates("Tom Cruise has reportedly written a letter to Katie Holmes.") == ["written"]
    assert _match(
        "Marlow Foods did not immediately respond for comment.",
        "Marlow Foods did not respond to comment requests by press time.",
    )


def test_a_learned_predicate_pair_is_one_claim_when_its_arguments_agree() -> None:
    """`data/predicates.txt` (learned from the Multi-News training stories by scripts/mine_predicates.py,
    shipped with the default install) pairs "filed" with "sued": one claim when subject and object
    agree, none for another defendant or the two parties turned round."""
    from newsbrief.align.claims import predicate_pairs

    assert "su" in predicate_pairs()["file"]
    a = "Marisol Arias has sued Intermex in federal court."
    m = _match(a, "Marisol Arias filed a lawsuit against Intermex in federal court on Monday.")
    assert m is not None and m.route == "learned" and m.predicate == "su=file"
    assert _match(a, "Marisol Arias filed a lawsuit against Westpac in federal court on Monday.") is None
    assert _match(a, "Intermex filed a lawsuit against Marisol Arias in federal court on Monday.") is None


def test_a_learned_pair_across_voices_reads_the_passive_subject_as_the_object(monkeypatch) -> None:
    """A learned pair "resign" / "dismiss+p" ("resigned" / "was ousted") also holds with the other claim's
    voice turned: "the mayor of Oakdale resigned" is "councillors ousted the mayor of Oakdale" (route
    `learned`, the subject of one the object of the other), never "the mayor of Oakdale ousted ..."."""
    from newsbrief.align import claims

    monkeypatch.setattr(claims, "predicate_pairs", lambda: {"resign": {"dismiss+p"}, "dismiss+p": {"resign"}})
    a = "The mayor of Oakdale resigned on Monday."
    m = _match(a, "Councillors ousted the mayor of Oakdale on Monday after a long night of debate.")
    assert m is not None and m.route == "learned" and m.predicate == "resign=dismiss"
    assert _match(a, "The mayor of Oakdale ousted two councillors on Monday.") is None
    assert _match(a, "The mayor of Oakdale was ousted on Monday.").route == "learned"


def test_session50_a_learned_pair_shows_the_training_stories_that_wrote_one_verb_for_the_other() -> None:
    """Rule `claim-learned`'s evidence gives the pair's row of `data/predicates.txt` as `mined:<n>` (its
    training stories), after the predicate, in either order and with one voice turned ("Police arrested"
    / "was booked" by the row "arrest+p book+p"); a claim of one predicate shows none."""
    from newsbrief.align import claim_evidence
    from newsbrief.align.claims import _pair_stories

    rows = _pair_stories()
    a = "Marisol Arias has sued Intermex in federal court."
    b = "Marisol Arias filed a lawsuit against Intermex in federal court on Monday."
    c = "Police arrested Jon Tallis in Harwick on Monday."
    d = "Jon Tallis was booked into the Harwick jail on Monday."
    for (x, y), row in (((a, b), ("file", "su")), ((c, d), ("arrest+p", "book+p"))):
        for one, other in ((x, y), (y, x)):
            got = claim_evidence(_match(one, other))
            assert got[2] == f"mined:{rows[row]}" and got[1].startswith("predicate:")
    same = claim_evidence(_match(a, "Marisol Arias sued Intermex in federal court on Monday."))
    assert not any(e.startswith("mined:") for e in same)


def test_a_clause_s_only_verb_is_its_predicate_even_after_a_noun() -> None:
    """Rule `only-verb`: a past form after a noun and before a preposition reads as a reduced relative ("a
    dossier compiled by a former spy"), unless the clause writes no other verb: "The bill died in the
    House", "Harlow's mother and 10 others perished in November" state their own claim."""
    assert _predicates("The bill died in the House.") == ["died"]
    # "concerns" is no verb this reader sees, but the second determiner shows a second noun phrase
    assert _predicates("The memo concerns a dossier compiled by a former spy.") == []
    # an auxiliary after it: the participle names the subject ("the chemical found in the soil was ...")
    # (its claim is the copula's since session 22, rule `copula`: "was a nerve agent", never "found")
    assert _predicates("He said the chemical found in the soil was a nerve agent.") == ["was"]
    assert _match(
        "Harlow's mother and 10 others died in an attempt to reach Florida.",
        "His mother and 10 others perished in November when their boat sank on the way to Florida.",
    )


def test_a_four_letter_past_form_is_a_verb() -> None:
    """ "died", "sued", "tied": a two-letter stem and "e", then "-ed", is a past form like "arrested";
    "need", "seed", "shed" are none."""
    assert _predicates("Marisol Arias sued Intermex in federal court.") == ["sued"]
    assert _predicates("Mara Quill died at her home in Harwick.") == ["died"]
    assert _predicates("Growers need seed money and a shed.") == []


def test_the_one_who_dies_is_the_subject_as_a_passive_s() -> None:
    """Rule `claim-undergone`: "died" / "is dead" say of their subject what "was killed" says of its
    subject and "killed" of its object: "37,000 people died in the war" is "the war killed 37,000 people"
    (a group of `equivalents.txt` in two voices), never "37,000 soldiers killed ..."."""
    a = "About 37,000 people died in the war in Harwick."
    m = _match(a, "The war in Harwick killed about 37,000 people.")
    assert m is not None and m.predicate == "dead=kill"
    assert _match(a, "About 37,000 people were killed in the war in Harwick.")
    assert _match(a, "About 37,000 people killed two guards in the war in Harwick.") is None
    assert _match(
        "Mara Quill died in Harwick on Monday.", "Mara Quill is dead in Harwick, police said on Monday."
    )


def test_review_j_a_passive_s_by_agent_is_the_active_s_subject() -> None:
    """Rule `claim-agent` (review J, issue 14): "Acme Corp. was bought by Google" is not "Microsoft bought
    Acme Corp.", nor "The mayor was attacked by Smith" "Jones attacked the mayor": the passive's "by" agent
    and the active's subject share nothing. The same agent, or none, still matches (route `voice`)."""
    a = "Acme Corp. was bought by Google for $3 billion on Monday."
    b = (
        "Microsoft, after months of talks, bought Acme Corp. for $3 billion on Monday, the company's founder"
        " told staff in an email that also thanked customers for years of loyalty."
    )
    assert _match(a, b) is None and _match(b, a) is None
    assert "rule:claim-voice" not in {e for k in _links(a, b) for e in k.evidence}
    assert _match(a, b.replace("Microsoft", "Google")).route == "voice"
    c = "The mayor was attacked by Smith in Dallas."
    d = (
        "Jones attacked the mayor in Dallas on his way home from a long council meeting about the budget,"
        " witnesses told local reporters."
    )
    assert _match(c, d) is None
    assert "rule:claim-voice" not in {e for k in _links(c, d) for e in k.evidence}
    assert _match(c.replace("Smith", "Jones"), d).route == "voice"
    # no agent: the passive's subject as the active's object is enough
    assert _match(
        "Whitcombe was arrested in Dallas on Monday.", "Detectives arrested Whitcombe in Dallas on Monday."
    )


def test_review_j_creating_a_lab_is_not_naming_its_head() -> None:
    """The learned pair "creat" / "name" is excluded (`scripts/mine_predicates.py` EXCLUDED): "Microsoft
    created a research lab in Beijing in 2005" is not "Microsoft named a new head for its research lab"."""
    from newsbrief.align.claims import predicate_pairs

    assert "name" not in predicate_pairs().get("creat", ())
    a = "Microsoft created a research lab in Beijing in 2005."
    b = "Microsoft named a new head for its research lab in Beijing in 2005."
    assert _match(a, b) is None


def test_session16_a_clause_ending_on_its_reporter_still_states_its_claim() -> None:
    """Rule `trailing-attribution`: a long clause that ends on who reports it (", Fox said.", ", police
    said.") states what comes before the comma; the reporting verb hid every predicate before it, and the
    reporter is none of the claim's arguments."""
    assert _predicates(
        "The Harwick probe will carry a chip loaded with photos of Eugene Parker and a copy of his 1958"
        " paper, Fox said."
    ) == ["carry"]
    b = (
        "In Oakdale, 32 people died, most of them homeless or others who passed out in the cold after"
        " drinking alcohol, Harwick police said."
    )
    (f,) = _facts(b)
    (c,) = f.claims
    assert c.predicate == "dead" and "N:dead:32" in c.args and "E:harwick" not in c.args
    a = "A cold wave that hit Oakdale a week ago has killed 32 people, police said Monday."
    (link,) = _links(a, b)
    assert link.kind == "fact" and link.evidence[0] == "rule:same-claim"
    # a report that leads the clause after an opening phrase is no trailing one: its claim follows it
    assert _predicates("On Tuesday, police said the gunman shot two officers.") == ["shot"]
    assert _predicates("In Kabul, the ministry said 12 soldiers died.") == ["died"]
    swapped = _links(
        "On Sunday, police said Israel accused Iran of spying.",
        "On Sunday, police said Iran accused Israel of spying.",
    )
    assert all(x.kind not in ("fact", "quote") for x in swapped)


def test_session16_that_after_a_reporting_verb_opens_what_is_reported() -> None:
    """Rule `reported-that`: "that" a few words after a reporting verb ("said Friday that", "said in a
    statement that", "told reporters that"), or "and that" after such a "that", opens what is reported,
    not a relative clause said on the side: its verbs are the sentence's claims. A "that" after a noun
    still opens a relative clause ("The report that officials released ...")."""
    assert _predicates(
        "Viktor Kazantsev said Friday that the first stage of the operation has been completed and that"
        " federal troops have assumed control over one third of the territory."
    ) == ["completed", "assumed"]
    assert _predicates("The report that officials released on Monday was long.") == []
    a = (
        "Harwick and Oakdale are mulling a new proposal to settle their dispute over the Tarn valley, and"
        " talks between the two sides are at a crucial stage, according to a U.N. envoy."
    )
    b = (
        "In Lisbon, Jamsheed Marker, the U.N. envoy for the Tarn valley, said late Thursday that Harwick and"
        " Oakdale are mulling a new United Nations proposal that envisages autonomy for the Tarn valley."
    )
    (link,) = _links(a, b)
    assert link.kind == "fact" and link.evidence[0] == "rule:same-claim"


def test_session17_a_present_tense_after_a_common_noun_is_the_predicate() -> None:
    # rule `present-verb` (`data/verbs.txt`, mined by scripts/mine_verbs.py): a lemma written as a verb,
    # hardly ever after a determiner, is the clause's verb where a subject may end before it
    assert _predicates("The brain disorder interferes with their ability to speak.") == ["interferes"]
    assert _predicates("Many scientists believe the emissions contribute to warming.") == [
        "believe",
        "contribute",
    ]
    assert _predicates("The new rules now require developers to obtain federal permits.") == ["require"]


@pytest.mark.parametrize(
    "text",
    [
        "The costs of the new permits rose in March.",  # "costs": a noun as often as a verb
        "They want to remove the statue from the park.",  # after "to": an infinitive
        "Crews pressed the remove button.",  # after a determiner: a noun's modifier
        "The bruises looked like both rings were pulled off.",  # "like": a preposition
    ],
)
def test_session17_a_present_form_where_no_subject_ends_is_no_verb(text: str) -> None:
    assert not {"remove", "like", "costs"} & set(_predicates(text))


def test_session17_two_sentences_sharing_a_present_tense_claim_are_one_fact() -> None:
    # "denies" after an adverb after a name: the start code read no verb in `a` and left the pair related
    a = "Kenneth Darrow vehemently denies the serious, false and defamatory allegations made against him."
    b = (
        "The allegations made against Mr. Darrow are vehemently denied and will be defended at any trial of "
        "these matters, his lawyer said in a statement."
    )
    assert _predicates(a) == ["denies"]
    (link,) = _links(a, b)
    assert (link.kind, link.evidence[0]) == ("fact", "rule:claim-voice")


def test_session17_he_after_a_named_person_is_that_person_as_a_claim_s_subject() -> None:
    # rule `pronoun-subject` (`features.pronoun_speakers`): "he" opening a clause, the sentence before
    # opening on one person by full name
    a = (
        "Stephen Marlow lost his job as Miami Gardens police chief after being arrested Friday by undercover "
        "deputies in Dania Beach."
    )
    b = (
        "Stephen Marlow had led the Miami Gardens department since 2015. On Friday night, he lost his job "
        "after being arrested and charged at a Dania Beach hotel."
    )
    facts = [(k.a, k.b) for k in _links(a, b) if k.kind == "fact"]
    assert facts == [(0, 2)]
    (f,) = _facts("On Friday night, he lost his job after being arrested.")
    assert f.claims[0].pronoun and not f.claims[0].before


def test_session17_he_with_no_one_person_before_is_no_subject() -> None:
    # the sentence before names two people: "he" is left unresolved, the claim keeps no subject
    a = (
        "Stephen Marlow lost his job as Miami Gardens police chief after being arrested Friday by undercover "
        "deputies in Dania Beach."
    )
    b = (
        "Stephen Marlow and Cameron Benson had led the Miami Gardens department since 2015. On Friday night, "
        "he lost his job after being arrested and charged at a Dania Beach hotel."
    )
    assert not [k for k in _links(a, b) if k.kind == "fact" and k.b == 2]


def test_session17_a_claim_under_a_modal_is_not_the_event() -> None:
    # rule `claim-modal`: "can grant" says what may be done, "granted" what was (the start code cited it)
    a = "This month, Governor Perry granted Ricky McGinn a 30-day reprieve so that he could pursue DNA tests."
    b = "Perry only can grant a one-time, 30-day reprieve to McGinn unless the board recommends otherwise."
    assert _match(a, b) is None
    assert not [k for k in _links(a, b) if k.kind in ("quote", "fact")]
    (f,) = _facts("Smith will not be charged and could face trial.")
    assert [c.modal for c in f.claims] == [True, True]
    (g,) = _facts("Smith was charged and faced trial.")
    assert [c.modal for c in g.claims] == [False, False]


def test_session17_he_after_a_woman_or_beside_another_person_is_no_subject() -> None:
    # rule `pronoun-subject`: "he" is the person the sentence before opens on only when the first name
    # is listed for a man and no other person, named or by a noun ("her husband"), may be meant
    a = "Mary Marlow lost her job as Miami Gardens police chief after being arrested Friday."
    b = (
        "Mary Marlow called her husband from the Miami Gardens station on Friday. On Friday night, he lost "
        "his job after being arrested and charged."
    )
    assert not [k for k in _links(a, b) if k.kind == "fact" and k.b == 2]
    facts = _facts(
        "Mary Marlow called her husband from the station.",
        "Mary Marlow had led the department since 2015.",
        "Stephen Marlow had led the department since 2015.",
        "Stephen Marlow met Mr. Benson at the station.",
        "Stephen Marlow met the officer at the station.",
    )
    assert [f.lead_pronoun for f in facts] == ["", "she", "he", "", ""]


def test_session18_cannot_is_a_denial() -> None:
    # "cannot" is "can not": a denial, as "can't" is (the start code cited the first pair and not the second)
    a = "Governor Rick Perry cannot halt the execution of Gary Graham in Huntsville."
    assert not [k for k in _links(a, a.replace("cannot halt", "halted")) if k.kind in ("quote", "fact")]
    b = "The court ruled that Quebec cannot separate from Canada unilaterally."
    c = "The court ruled on Thursday that Quebec can't separate from Canada unilaterally."
    assert [k.kind for k in _links(b, c)] == ["fact"]
    (f,) = _facts("Quebec cannot simply decide to separate.")
    assert f.clauses[0].negated


def test_session18_a_habit_is_not_one_event() -> None:
    # rule `claim-habitual`: an adverb of frequency in the verb group tells what happens as a rule
    a = "A pediatrician in Oakdale diagnosed Kyle with asthma and prescribed Ventolin."
    b = (
        "In Oakdale, where asthma is common, pediatricians routinely prescribe Ventolin or generic"
        " alternatives to schoolchildren, mainly boys, two or three times a day."
    )
    assert _match(a, b) is None
    assert not [k for k in _links(a, b) if k.kind in ("quote", "fact")]
    (f,) = _facts("Doctors have often said they usually prescribe it, and prescribed it to Kyle on Monday.")
    assert [c.habitual for c in f.claims] == [True, False]


def test_session19_a_subject_naming_no_one_is_matched_on_a_shared_object() -> None:
    # rule `unnamed-subject`: "They" (or "The 67-year-old singer") names no one, so the other claim's named
    # subject may be whom it means, when the object sides share a participant or a number
    a = "They analysed water samples from 31 wells across the valley and found traces of arsenic."
    b = "A team of geologists led by Maria Oduya analysed water samples from 31 wells in Nevada."
    (link,) = [k for k in _links(a, b) if k.kind == "fact"]
    assert link.evidence[0] == "rule:same-claim" and "argument:N:well:31" in link.evidence
    c = "The 67-year-old singer has cancelled 12 concerts of his autumn tour, his publicist said."
    d = "Paul Anders has cancelled 12 concerts after a fall at his home in Ohio last week."
    assert [k.kind for k in _links(c, d)] == ["fact"]
    # no shared participant or number, only a place, or two named subjects: no claim in common
    assert _match(a.replace("31 wells", "the wells"), b.replace("31 wells", "the wells")) is None
    e = "They analysed water samples in Nevada on Monday and found traces of arsenic."
    assert _match(e, "Geologists led by Maria Oduya analysed water samples in Nevada.") is None
    f = "Maria Oduya analysed water samples from 31 wells in Nevada."
    assert _match(f, f.replace("Maria Oduya", "Tom Brandt")) is None


def test_session19_two_subjects_naming_no_one_are_not_matched_on_a_shared_object() -> None:
    # rule `unnamed-subject` needs exactly one subject to name someone: "The suspect" / "Police",
    # "Rebels" / "Protesters" name no one, two descriptions of two doers (each pair was a `fact`)
    a = "The suspect shot three officers at the mall before he fled on foot."
    b = "Police shot three officers near the entrance of the mall on Friday night, a witness said."
    assert _match(a, b) is None
    assert [k.kind for k in _links(a, b)] == ["related"]
    c = "Rebels attacked the U.S. embassy and two hotels overnight."
    d = "Protesters attacked the U.S. embassy on Tuesday, witnesses said."
    assert _match(c, d) is None
    assert [k.kind for k in _links(c, d)] == ["related"]


def test_session23_a_counted_subject_is_not_the_one_person_the_other_names() -> None:
    # rule `counted-subject`: "at least 19 people ... had been killed" counts a group of its own, not the
    # one man the other sentence names as killed (a same-claim fact on 819a28a, sharing only "attack" and
    # the attacker on the object side)
    a = (
        "Health officials in Dunmore said at least 19 people, including five children, had been killed over "
        "two days of air attacks by Harwick, and dozens had been wounded."
    )
    b = "Officials on both sides confirmed Mr. Fenwick was killed in the attack by the Harwick air force."
    assert _match(a, b) is None
    assert not [k for k in _links(a, b) if k.kind in ("quote", "fact")]
    # a guard: one counted person is whom the name means ("One man was killed" / "Mr. Fenwick was killed")
    c = "One man was killed in the attack by the Harwick air force on the Dunmore market, officials said."
    assert _match(c, b) is not None


def test_session19_a_report_inside_a_relative_clause_is_the_relative_s() -> None:
    # rule `relative-report`: "who police said drowned" reports the relative's claim; the sentence's own
    # claim before it stays (the start code read "said" as the sentence's wrapper and lost "awarded")
    a = "A jury in Oakdale awarded $3 million to the family of a man who police said drowned in the lake."
    # "the victim's family" (session 45: "the man's family" is the man's now, rule `owner-base`, and then
    # `stated-within`, before `same-claim`, cites the pair)
    b = "On Tuesday, the Oakdale jury awarded the victim's family $3 million in damages."
    assert _predicates(a) == ["awarded"]
    assert [(k.kind, k.evidence[0]) for k in _links(a, b)] == [("fact", "rule:same-claim")]
    # the relative's own verb after the report is on the side too; the main verb after it is the claim
    assert _predicates("The man who police said drowned in the reservoir was found on Friday.") == ["found"]


def test_session20_probably_hedges_as_likely_does() -> None:
    # "probably" says what may be, as "likely" does: the two claims are one (both hedged); against a
    # plain "will not" the claims differ (a hedge on one side only)
    a = "Parliament will probably not vote on the Fenwick pension bill before the Dunmore recess in June."
    b = "Parliament, busy with the budget, will likely not vote on the Fenwick pension bill before June."
    fa, fb = _facts(a, b)
    assert all(c.hedged for c in fa.claims) and all(c.hedged for c in fb.claims)
    assert [k.kind for k in _links(a, b)] == ["fact"]
    c = "Parliament will not vote on the Fenwick pension bill before the Dunmore recess in June."
    assert _match(a, c) is None


def test_session20_a_that_further_after_a_reporting_verb_opens_what_is_reported() -> None:
    # rule `reported-that-far`: "told a group of donors in Boston on Friday that she ..." reports her claim
    # (the start code read the "that", six words after "told", as a relative pronoun and lost the claim)
    a = "Jane Doe told a group of donors in Boston on Friday that she is considering a run for governor."
    assert _predicates(a) == ["considering"]
    # past ten words, or before a verb, the "that" is still a relative pronoun
    b = "Jane Doe told a group of donors in Boston on Friday about the budget that was approved on Monday."
    assert "approved" not in _predicates(b)


def test_session20_a_participle_between_commas_and_a_clause_of_time_are_asides() -> None:
    # rules `participle-aside` and `time-clause`: "Smith, charged with murder in May, ..." and "... when he
    # died in December 2011" say something on the side; the claim is the other verb's
    assert _predicates("Smith, charged with murder in May, was released on bail on Friday.") == ["released"]
    assert _predicates("Kim was grooming his son as his successor when he died in December 2011.") == [
        "grooming"
    ]
    assert _predicates("Kim died in December 2011.") == ["died"]


_CASELESS_A = (
    "Marla quennell was detained by immigration agents after she was released from a county jail on monday, "
    "a day her lawyer had called the worst possible moment for her two young children and the small shop "
    "she runs. the county jail said it had no say in the matter. her lawyer said "
    "she would fight the order in court and that her family was shocked by the news of the detention. the "
    "agents took her to a holding centre two hours away from the town where she has lived for ten years."
)
_CASELESS_B = (
    "Marla quennell, a mother of two who ran a bakery on the high street for a decade, was detained by "
    "federal immigration agents as she left the jail with her brother and her lawyer. she had "
    "served three months of a six-month term for a traffic offence that her family says was a mistake. a "
    "spokesman for the agents would not say when she might be deported or where she is being held now."
)


def test_session20_in_a_lower_cased_story_a_rare_shared_word_anchors_a_claim() -> None:
    # rule `caseless-anchor`: lower-cased text (Multi-News+) reads no name as a participant, so two claims
    # could never share one; a shared word most news does not use ("quennell") stands for it
    a = "Marla quennell was detained by immigration agents after she was released from a county jail."
    b = "Marla quennell was detained by immigration agents after finishing her sentence last week."
    fa, fb = _facts(a, b)
    assert match(fa.claims, fb.claims, {}, equivalents()) is None
    assert match(fa.claims, fb.claims, {}, equivalents(), caseless=True) is not None
    c, d = (x.replace("Marla quennell", "A woman") for x in (a, b))
    fc, fd = _facts(c, d)
    assert match(fc.claims, fd.claims, {}, equivalents(), caseless=True) is None  # common words only
    links = _links(_CASELESS_A, _CASELESS_B)
    assert [(k.a, k.b, k.evidence[0]) for k in links if k.kind == "fact"] == [(0, 4, "rule:same-claim")]
    # the same story with its names capitalised reads "Marla Quennell" as a participant: linked as before
    cased = [x.replace("Marla quennell", "Marla Quennell") for x in (_CASELESS_A, _CASELESS_B)]
    assert "fact" in [k.kind for k in _links(*cased)]


def test_session20_what_is_known_or_thought_is_the_claim() -> None:
    # rule `thought-that`: "have known for decades that ..." wraps its clause as "said that" does (the start
    # code read "known" as the claim, so two sentences of what astronomers know were one claim)
    assert _predicates("Astronomers have known for decades that black holes have swallowed stars.") == [
        "swallowed"
    ]
    assert _predicates("Astronomers have known the comet for decades.") == ["known"]


def test_session20_the_month_may_is_no_hedge() -> None:
    # rule `month-may`: "in May" is a month (the start code's case-blind hedge test read the modal there, so
    # the claim was hedged and matched no plain one); the modal still hedges, also opening a sentence
    a = "The Dunmore council closed the Elm Street library in May."
    b = "The Dunmore council closed the Elm Street library, which opened in 1920."
    (fa,) = _facts(a)
    assert not any(c.hedged for c in fa.claims)
    assert _match(a, b) is not None
    assert all(
        c.hedged for c in _facts("The Dunmore council may vote to close the Elm Street library.")[0].claims
    )
    assert all(c.hedged for c in _facts("May the Dunmore council vote to close the library?")[0].clauses)


def test_session20_the_month_may_is_no_auxiliary_nor_modal() -> None:
    # rule `month-may` in the claims: "voted in May to close" (the start code read "May" as an auxiliary,
    # lost "voted" as the clause's only verb and made no claim) and "in May voted" (read as a modal claim);
    # lower-cased text ("in may", "may 12") is the month too; the modal stays one
    a = "The Dunmore council voted in May to close the Elm Street library."
    assert _predicates(a) == ["voted"]
    for text in (a, "The Dunmore council in May voted to close the Elm Street library."):
        assert not any(c.modal or c.hedged for c in _facts(text)[0].claims)
    for text in ("the dunmore council voted in may to close the library.", "it met on may 12 and voted."):
        assert not any(c.modal or c.hedged for c in _facts(text)[0].claims)
    assert all(c.modal and c.hedged for c in _facts("The council may vote to close the library.")[0].claims)
    assert all(c.modal for c in _facts("the council said it may close the library in may.")[0].claims)


def test_session21_a_reporting_verb_in_a_free_relative_reports_that_clause() -> None:
    # rule `free-relative`: "in what aides said was ..." opens a clause on the side, as "which" does; the
    # start code read "said" as the sentence's reporting verb, took all before it for the reporter and
    # made no claim ("met" stood as a participle after "The mayor", dropped at the reporting verb)
    a = "The Dunmore mayor met with Governor Alice Tran on Monday in what aides said was a frank talk."
    assert _predicates(a) == ["met"]
    assert _predicates("Tran met the mayor in what she called a frank talk.") == ["met"]
    # so the claim is there to match (at the start, rule `shared-point`: related)
    b = "Dunmore's mayor met Governor Tran on Monday to discuss the Elm Street bridge."
    assert [(k.kind, k.evidence[0]) for k in _links(a, b)] == [("fact", "rule:same-claim")]
    # the reporting verb of a sentence still wraps its claim
    assert _predicates("Aides said the mayor met with Governor Alice Tran on Monday.") == ["met"]


def test_session21_a_long_or_quoted_trailing_reporter_leaves_the_claim() -> None:
    # rule `trailing-attribution`: up to twelve words before the reporting verb (", three people with direct
    # knowledge of the settlement told the Dunmore Herald."), and after a quotation's closing mark ('," said
    # ...', Multi-News+'s ', " said ...'); the start code took all before "told" / "said" for the reporter
    # and made no claim
    a = (
        "The Dunmore council secretly paid $250,000 to settle the claims of two former clerks, three people "
        "with direct knowledge of the settlement told the Dunmore Herald."
    )
    assert _predicates(a) == ["paid"]
    b = 'Governor Tran visited Dunmore "to show that we stand with the town," said spokeswoman Jane Doe.'
    assert _predicates(b) == ["visited"]
    assert _predicates('" we are rebuilding the elm street bridge, " said mark dunn.') == ["rebuilding"]
    # a report that leads, or one whose own claim follows, is still no trailing one
    assert _predicates("Three people told the Dunmore Herald that the council paid $250,000.") == ["paid"]


def test_session21_a_present_form_after_get_is_no_passive() -> None:
    # rule `present-no-passive`: "the pushback I'm getting reminds me": "getting" is no auxiliary of
    # "reminds" (the start code read a passive, so the claim differed from "The pushback I'm seeing reminds
    # me ..." by voice, `guards.claims_differ`)
    (f,) = _facts("The pushback I'm getting reminds me of the early days of the scandal.")
    assert [(c.predicate, c.passive) for c in f.claims] == [("remind", False)]
    (g,) = _facts("The mayor was reminded of the scandal by his aides.")
    assert [c.passive for c in g.claims] == [True]


def test_session21_a_paraphrase_the_scorer_takes_for_one_fact_with_one_predicate_is_cited() -> None:
    # rule `scored-claim`: past every clash, a pair the fact scorer takes for one fact whose sentences each
    # state it with one predicate ("found") is a fact (the start code: `one-sided`, related); the predicate
    # is in the evidence
    from newsbrief.align.claims import shared_predicate

    a = (
        "The Fenwick survey of 900 pupils in Dunmore schools found that 2.7 percent admitted to using "
        "steroids, with the rates almost the same for girls as for boys."
    )
    b = (
        "A study published in May by the Fenwick Journal found that nearly 3 percent of boys and girls at "
        "four Dunmore schools were using steroids to build bigger bodies."
    )
    (link,) = _links(a, b)
    assert (link.kind, link.evidence[0]) == ("fact", "rule:scored-claim")
    assert "predicate:find" in link.evidence  # "found" is "find" (rule `irregular-base`, session 22)
    # one predicate with objects that share nothing is two claims
    c = "Fenwick fever can cause fatal swelling of the brain, usually among the elderly and the very young."
    d = "The disease can cause a rash and sore joints and can be dangerous to the elderly and the very young."
    fc, fd = _facts(c, d)
    assert shared_predicate(fc.claims, fd.claims, equivalents()) is None
    # in two voices, when the passive's subject is the active's object ("shattered ... arm" / "arm was
    # shattered"); not when it is not ("Smith was shot" / "Smith shot a guard")
    e, f = "One bullet shattered the woman's upper right arm.", "The woman's upper right arm was shattered."
    fe, ff = _facts(e, f)
    assert shared_predicate(fe.claims, ff.claims, equivalents()) == "shatter"
    g, h = "Officer Smith was shot near the bank.", "Officer Smith shot a guard near the bank."
    fg, fh = _facts(g, h)
    assert shared_predicate(fg.claims, fh.claims, equivalents()) is None


def test_session21_in_lower_case_a_given_name_is_no_shared_predicate() -> None:
    # rule `caseless-name-verb`: in a story that lost its letter case "jared" (an "-ed" word) and "ward"
    # after "bill" read as verbs; the same predicate of two sentences is then no evidence of one fact
    from newsbrief.align.claims import shared_predicate

    a = "jared loughner admitted to killing six people and wounding 13 others outside a grocery store."
    b = "jared lee loughner pleaded guilty to killing six people and wounding 13 others."
    fa, fb = _facts(a, b)
    assert any(c.name_like for c in fa.claims)
    assert shared_predicate(fa.claims, fb.claims, equivalents(), caseless=True) is None
    e, f = "The court found Smith guilty of fraud.", "A jury found Smith guilty of fraud on Monday."
    fe, ff = _facts(e, f)
    assert shared_predicate(fe.claims, ff.claims, equivalents(), caseless=True) == "find"  # `irregular-base`


def test_session21_a_reporting_verb_after_a_noun_and_its_pronoun_is_a_relative_clause() -> None:
    # rule `contact-relative`: "a memo they wrote that alleges ...", "the benefits he said would come": a
    # relative clause with no relative pronoun, on the side; the start code read "wrote" / "said" as the
    # sentence's reporter and dropped the claim before it ("voted", "underscored")
    a = "The Dunmore council has voted to release a memo they wrote that alleges misconduct by the mayor."
    assert _predicates(a) == ["voted"]
    assert _predicates("He underscored the benefits he said would come from the takeover.") == ["underscored"]
    # a pronoun after a comma or a conjunction is the reporter's subject, as before
    assert _predicates("But he wrote that the council had voted.") == ["voted"]
    assert _predicates("In the memo, they wrote that the mayor misused funds.") == ["misused"]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("On Monday they said the mayor resigned after the vote.", ["resigned"]),
        ("In March they said the mayor resigned after the vote.", ["resigned"]),
        ("Later she wrote that the council had misused funds.", ["misused"]),
        ("Now he says the mayor resigned after the vote.", ["resigned"]),
        ("Last week they said the mayor resigned after the vote.", ["resigned"]),
        # session 29: a second `_TIME_NOUNS` further down claims.py (complement-time's) had replaced this
        # rule's, without "morning", "afternoon", "evening"; one set now serves both rules
        ("This morning they said the mayor resigned after the vote.", ["resigned"]),
        ("Last evening she wrote that the council had misused funds.", ["misused"]),
        ("Last summer they said the mayor resigned after the vote.", ["resigned"]),
        # not "Asked": it is no claim ("took bribes" is, since session 22: rule `light-object`)
        ("Asked about it she said the mayor took bribes.", ["took"]),
    ],
)
def test_session21_contact_relative_not_after_a_time_word(sentence: str, claim: list[str]) -> None:
    # rule `contact-relative`: a weekday, a month, "later", "now", "it", a span after "last" are no noun a
    # relative clause hangs on; before the fix (early review) the reporter was read as a relative clause's
    # and the claim was lost ("resigned", "misused") or another verb taken for it ("Asked")
    assert _predicates(sentence) == claim
    assert _predicates("The letter he wrote was read in court.") == ["read"]  # still a relative clause


def test_session21_a_long_inverted_reporter_leaves_the_claim() -> None:
    # rule `trailing-attribution`: a reporter of up to twelve words after the verb, an appositive among them
    # (", said the Information Center for Human Rights and Democracy in Hong Kong.", ", said Dr. Laura
    # Alvarez, a pulmonologist at the university."), and "say", "stated", "wrote", "noted" as reporting verbs
    # (", the study stated."); the start code dropped the claim before them
    a = (
        "Almost 200 dissidents signed a letter protesting the arrests, said the Information Center for "
        "Human Rights and Democracy in Hong Kong."
    )
    assert _predicates(a) == ["signed"]
    b = "Smokers' bacteria resisted the drug, said Dr. Laura Alvarez, a pulmonologist at the university."
    assert _predicates(b) == ["resisted"]
    assert _predicates("The bacteria resisted the drug four times longer, the study stated.") == ["resisted"]
    # a verb after the reporter is still a claim of its own
    assert _predicates("The mayor resigned, officials said, and the council voted.") == ["resigned", "voted"]


def test_session21_states_and_reports_as_nouns_report_nothing() -> None:
    # rule `noun-states`: "the united states" in lower-cased text, "electoral-vote-rich states", "news
    # reports": nouns, not reporting verbs (the start code took all before them for the reporter and lost
    # the claim); before "that", a comma or the end, or after a pronoun, they still report
    assert _predicates("north korea warned the united states against any military strike.") == ["warned"]
    assert _predicates("Gay voters are concentrated in states such as Ohio and Florida.") == ["concentrated"]
    assert _predicates("The report states that the mayor resigned.") == ["resigned"]
    assert _predicates("The mayor resigned, CNN reports.") == ["resigned"]


def test_session21_a_report_in_a_subordinate_clause_leaves_the_main_claim() -> None:
    # rule `subordinate-report`: "... was arrested on Monday after witnesses said ...": the reporting verb is
    # the "after" clause's; the start code took all before it for the reporter and lost "arrested" / "won"
    a = "The man was arrested on Monday after witnesses said he had grabbed a reporter."
    assert _predicates(a)[0] == "arrested"
    b = "Gianforte won the House seat on Thursday, despite a charge after witnesses said he hit a reporter."
    assert _predicates(b)[0] == "won"
    assert _predicates("Witnesses said the man was arrested on Monday.") == ["arrested"]


def test_session21_added_adds_a_thing_unless_it_reports() -> None:
    # rule `added-in`: "Employers added 114,000 jobs", "the House added in a delay": a claim, not a
    # reporting verb (the start code took all before it for the reporter); before "that", a comma or the
    # end, or after a pronoun, it reports as before
    assert _predicates("Employers in Dunmore added 114,000 jobs last month.") == ["added"]
    assert _predicates("He added that the council had voted.") == ["voted"]
    assert _predicates("The council voted, he added.") == ["voted"]
    # a time or place phrase between the verb and "that" (review-late of session 21): it still reports
    assert _predicates("The mayor added on Monday that the plant would close in June.") == ["close"]
    assert _predicates("He added Tuesday that the plant would close in June.") == ["close"]
    assert _predicates("The mayor added in a statement that the plant would close in June.") == ["close"]
    assert _predicates("The House added in a yearlong delay that angered the unions.")[0] == "added"


def test_session22_an_irregular_past_names_its_base_s_predicate() -> None:
    # rule `irregular-base`: "found" is "find" as "discovered" is "discover", so a group of equivalents.txt
    # ("find, discover, recover") or one verb in two voices reads it too
    a = "Deputies found a sawed-off shotgun and 41 cannabis plants at the Harlow farmhouse on Sunday."
    b = "A sawed-off shotgun and 41 cannabis plants were recovered at the Harlow farmhouse, deputies said."
    m = _match(a, b)
    assert m is not None and m.predicate == "find=recov"
    c = "The Harlow mill could lose 70 percent of its orders next year."
    d = "Up to 70 percent of the Harlow mill's orders could be lost next year."
    m = _match(c, d)
    assert m is not None and m.predicate == "lose" and m.route == "voice"


def test_session22_the_irregular_base_reads_only_its_own_forms() -> None:
    from newsbrief.align.claims import base_concept

    assert base_concept("found") == "find" and base_concept("sold") == "sell" and base_concept("won") == "win"
    # a form that is also another word's base or a common noun stays itself; a regular word is no form
    others = ("lay", "saw", "wound", "felt", "left", "ground", "arrested")
    assert [base_concept(w) for w in others] == [None] * len(others)


def test_session22_an_irregular_form_in_a_fixed_phrase_keeps_the_phrase_s_concept() -> None:
    # rule `phrase-keeps-form`: "found guilty" is the "convict" concept (concepts.txt), so `irregular-base`
    # does not read its "found" as "find"; a training draw lost "found guilty" / "convicted" links
    a = "A Harlow jury found the former mayor Dana Whitcombe guilty of fraud on Tuesday."
    b = "Former mayor Dana Whitcombe was convicted of fraud by a Harlow jury on Tuesday."
    c = "Former mayor Dana Whitcombe was found guilty of fraud by a Harlow jury on Tuesday."
    (fc,) = _facts(c)
    assert [k.predicate for k in fc.claims] == ["convict"]
    m = _match(c, b)
    assert m is not None and m.predicate == "convict"
    (fa,) = _facts(a)
    assert next(k.predicate for k in fa.claims) == "find"  # "found" alone is still "find"


def test_session22_a_copula_or_light_verb_gives_a_claim_with_its_complement_as_predicate() -> None:
    # rules `copula`, `light-object`: a clause with no verb read but "is" / "was" ("has been", "will be") or
    # a light verb ("have", "take", "use" ...) and a noun phrase: the claim's predicate is the verb and the
    # complement's words, the subject side before it, the object side after the phrase; the start code read
    # no claim at all from these clauses
    def linked(text: str) -> list[tuple[str, frozenset[str], frozenset[str]]]:
        (f,) = _facts(text)
        return [(c.predicate, c.before, c.after) for c in f.claims if c.linking]

    ((pred, before, after),) = linked(
        "Dunmore is a province of Eastland, the largest of its three republics."
    )
    assert pred == "be>province" and "dunmor" in before | {c.removeprefix("E:") for c in before}
    assert "E:eastland" in after
    assert [p for p, _, _ in linked("Jane Tran is a former senator from Ohio.")] == ["be>former senator"]
    assert [p for p, _, _ in linked("Jane Tran has been Mark Dunn's lawyer since 2001.")] == [
        "be>mark dunn's lawyer"
    ]
    assert [p for p, _, _ in linked("Kosovo is in southern Serbia.")] == ["be>in southern serbia"]
    # rule `linking-tense`: "be" and "have" in the past have a lemma of their own; other light verbs do not
    assert [p for p, _, _ in linked("Jane Tran had been Mark Dunn's lawyer.")] == [
        "be.past>mark dunn's lawyer"
    ]
    assert [p for p, _, _ in linked("Harlow Bank had a branch in Dayton.")] == ["have.past>branch"]
    assert [p for p, _, _ in linked("Federal troops have now taken control of the valley.")] == [
        "take>control"
    ]
    assert [p for p, _, _ in linked("Ana Morel used satellite data to map the valley.")] == [
        "use>satellite data"
    ]
    # no subject to check, or the verbs' own reading (a participle, "to", a progressive): no such claim
    for text in ("It is a shame.", "There was no sign of the bodies.", "Jane Tran was arrested in Dayton."):
        assert linked(text) == []
    assert linked("The estate is to be split between her children.") == []
    assert linked("A woman who was a senator spoke in Dayton.") == []  # in a relative clause: on the side


def test_session22_a_copula_claim_matches_only_the_same_complement() -> None:
    # the complement is checked whole: the same one with the subject and arguments alike is one claim; a
    # modifier more ("former"), or another noun after one possessor, is another claim
    a = "Eastern Air Flight 902 was an Airbus A330 bound for Dunmore when it vanished from radar."
    b = "Flight 902 of Eastern Air was an Airbus A330 bound for Dunmore, the airline said."
    m = _match(a, b)
    assert m is not None and m.predicate == "be.past>airbus a 330 bound"
    assert _match("Jane Tran is a former senator from Ohio.", "Jane Tran is a senator from Ohio.") is None
    assert (
        _match("Jane Tran was Mark Dunn's wife in Dayton.", "Jane Tran was Mark Dunn's lawyer in Dayton.")
        is None
    )
    # another subject: two claims
    assert _match("Dunmore is a province of Eastland.", "Tallin is a province of Eastland.") is None
    # rule `linking-tense`: "was" / "had been" / "had" is not "is" / "has been" / "has" (the review of
    # 1605d67 found these four `fact` / same-claim there; `related` at 13c91a5)
    for past, now in (
        (
            "Maria Lopez was Dunn's wife for ten years before their divorce in Dayton last spring.",
            "Maria Lopez is Dunn's wife and lives with him in Dayton, neighbours said.",
        ),
        (
            "Jane Tran, who lost her seat to Democrat Bill Ames in a bitter 2010 race, was a senator from "
            "Ohio for two terms.",
            "Jane Tran is a senator from Ohio and chairs the farm committee.",
        ),
        (
            "Jane Tran had been Mark Dunn's lawyer until she quit in 2009 over a dispute about fees in "
            "Dayton.",
            "Jane Tran has been Mark Dunn's lawyer since the trial began in Dayton, court records show.",
        ),
        (
            "Harlow Bank had a branch in Dayton until it was closed in 2012 amid heavy losses.",
            "Harlow Bank has a branch in Dayton, where the robbery happened on Monday morning.",
        ),
    ):
        assert _match(past, now) is None
        assert [k.kind for k in _links(past, now) if k.kind in ("quote", "fact")] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jane Tran is a former senator from Ohio who now runs a charity in Dayton.",
            "Jane Tran is a senator from Ohio who now runs a charity in Dayton.",
        ),
        (
            "Jane Tran was Mark Dunn's wife for twelve years before the scandal broke in Dayton.",
            "Jane Tran was Mark Dunn's lawyer for twelve years before the scandal broke in Dayton.",
        ),
    ],
)
def test_session22_shared_words_around_another_complement_are_no_citation(a: str, b: str) -> None:
    # rule `other-complement` (`guards.other_complement`, part of `rules.clashes`): one subject, one linking
    # verb, one complement with a word more or the two sharing a word before another last one: two facts;
    # the start code cited each pair (`same-words`)
    assert [k.kind for k in _links(a, b) if k.kind in ("quote", "fact")] == []


def test_session22_other_complement_reads_a_word_more_or_another_last_word() -> None:
    from newsbrief.align.guards import other_complement

    def claim(text: str):
        (f,) = _facts(text)
        (c,) = f.claims
        return c

    senator, former = claim("Jane Tran is a senator."), claim("Jane Tran is a former senator.")
    governor = claim("Jane Tran is a former governor.")
    assert other_complement(senator, former) and other_complement(former, governor)
    assert not other_complement(senator, claim("Jane Tran is a lawyer."))  # nothing shared: not read here
    assert not other_complement(former, claim("Mark Dunn is a former governor."))  # another subject
    assert not other_complement(claim("Tran is the last hope."), claim("Tran is the final hope."))


def test_session22_one_last_word_after_other_modifiers_may_be_one_thing() -> None:
    # "the last step" / "the final step": no word more, one last word: `other-complement` stays silent (a
    # tuned same-fact pair it cost when any shared word fired it)
    a = "Beatification is the last step before possible sainthood."
    b = "Beatification is the final step before sainthood."
    assert [k.kind for k in _links(a, b)] == ["fact"]


def test_session22_a_subject_held_apart_by_an_aside_is_the_next_clause_s() -> None:
    # rule `subject-before-aside`: "Dana Lee Whitcombe, who ..., died" splits at "who" (a name of three words
    # or more); the claim after the relative clause (or a dash's aside) has for subject the verbless clause's
    # words up to its comma or dash (the start code read no subject there and matched nothing)
    a = "Dana Lee Whitcombe, who rose to fame as the host of a radio show, died on Saturday in Dunmore."
    b = "Dana Whitcombe, the Fenwick radio host, has died in Dunmore, his family said."
    m = _match(a, b)
    assert m is not None and m.predicate == "dead" and "E:dunmore" in m.shared
    c = "Dana Whitcombe — known to listeners as the Voice of Fenwick — was found dead in Dunmore on Sunday."
    (f,) = _facts(c)
    (claim,) = f.claims
    assert {"whitcomb", "dana"} & {x.removeprefix("E:") for x in claim.before}
    # a subject of its own stays: nothing is added to it
    d = "Dana Whitcombe, who hosted a radio show, said the station closed on Saturday in Dunmore."
    (f,) = _facts(d)
    assert all(not {"E:whitcombe", "dana"} & x.before for x in f.claims if x.predicate == "close")
    # a clause with a form of "be" is a clause of its own, not a subject held apart
    e = "Dana Lee Whitcombe was the third host to leave this year, and at least two are scheduled to go soon."
    (f,) = _facts(e)
    assert all(not x.before for x in f.claims if x.predicate == "schedul")


def test_session22_a_complement_ends_before_a_gerund_and_never_on_a_degree_word() -> None:
    # "no qualms hiring nurses" is "no qualms" as "no qualms about hiring nurses" is, and "most at risk"
    # has no complement to read ("most" alone): else `other-complement` read a word more, two facts
    from newsbrief.align.guards import other_complement

    (a,) = _facts("Mayor Tran would have no qualms about hiring nurses.")[0].claims
    (b,) = _facts("Mayor Tran would have no qualms hiring nurses.")[0].claims
    assert a.predicate == b.predicate == "have>no qualms" and not other_complement(a, b)
    assert [c for c in _facts("The elderly are most at risk.")[0].claims if c.linking] == []


def test_session22_a_hyphenated_participle_is_an_adjective_unless_prefixed() -> None:
    # rule `compound-adjective`: "state-owned", "fenwick-based" are no verbs (the start code read them as the
    # clause's first predicate, which took the subject side from the real one); "re-elected" still is
    assert _predicates("The state-owned utility sold its stake in the Harlow mine.") == ["sold"]
    (f,) = _facts("Prominent fenwick-based lawyer Dana Whitcombe was found dead on Sunday morning.")
    (claim,) = f.claims
    assert claim.predicate == "find" and {"lawyer", "E:whitcombe"} <= claim.before
    assert _predicates("The mayor was re-elected on Tuesday in Dunmore.") == ["re-elected"]


def test_session22_a_hyphenated_verb_before_a_determiner_keeps_its_claim_and_place() -> None:
    # rule `compound-adjective`: a hyphenated word before a determiner is a verb ("test-fired a", "e-mailed
    # the"); a compound adjective is followed by its noun. Read as an adjective, "test-fired" left the
    # sentence no claim, so the place guard had nothing to read and "near Semnan" / "near Qom" was one fact
    t = "Iran test-fired a new long-range missile in the desert near {} on Sunday, state television reported."
    assert _predicates(t.format("Semnan")) == ["test-fired"]
    assert "fact" not in {k.kind for k in _links(t.format("Semnan"), t.format("Qom"))}
    # lower-cased, the claim is back too; "semnan" / "qom" are then no places (as at 1605d67), so that pair
    # is still one fact: a gap of lower-cased place names, not of this rule
    assert _predicates(t.format("Semnan").lower()) == ["test-fired"]
    assert _predicates("The state-owned utility sold its stake in the Harlow mine.") == ["sold"]


def test_session23_an_article_inside_a_complement_is_no_word_more() -> None:
    # rule `complement-article`: "made him a cardinal" and "made him cardinal" have one complement; the start
    # code kept the inner "a", so `other-complement` read a word more and the same sentence less an article
    # was no fact (`one-sided`)
    from newsbrief.align.guards import other_complement

    (a,) = _facts("Bishop Ruiz later made him a cardinal.")[0].claims
    (b,) = _facts("Bishop Ruiz later made him cardinal.")[0].claims
    assert a.predicate == b.predicate == "make>him cardinal" and not other_complement(a, b)
    assert [
        k.kind
        for k in _links("Bishop Ruiz later made him cardinal.", "Bishop Ruiz later made him a cardinal.")
    ] == ["fact"]
    # a word more that is no article is still another complement
    (c,) = _facts("Bishop Ruiz later made him a senior cardinal.")[0].claims
    assert other_complement(a, c)


def test_session23_a_day_after_a_reporting_verb_is_the_report_s_not_the_claim_s() -> None:
    # rule `report-day`: "said Tuesday that she had met" tells when she said it; the start code put
    # "Tuesday" on the met claim's subject side, where `clash` read it against the meeting's "Monday night"
    (f,) = _facts("Fenwick envoy Dana Whitcombe said Tuesday that she had met with Mayor Jon Tallis.")
    (claim,) = f.claims
    assert claim.predicate == "meet" and "E:tuesday" not in claim.args
    (f,) = _facts("Police said on Monday the gunman shot two officers in Dunmore.")
    (claim,) = f.claims
    assert claim.before == {"gunman"}
    # a day's possession is no day of the report: "Monday's attack" is the claim's subject
    (f,) = _facts("Police said Monday's attack killed two officers in Dunmore.")
    (claim,) = f.claims
    assert "E:monday" in claim.before
    # ... nor with its time of day (session 23 review, S3: the optional "night" gave itself back, and the
    # match ended on " Monday" before "night's attack")
    from newsbrief.align.claims import _REPORT_DAY

    assert _REPORT_DAY.match("Police said Monday night's attack killed two.", 11) is None
    assert _REPORT_DAY.match("Police said Monday night the attack killed two.", 11)[0] == " Monday night"
    (f,) = _facts("Police said Monday night's attack killed two officers in Dunmore.")
    (claim,) = f.claims
    assert "E:monday" in claim.before
    a = "The Fenwick envoy met with Mayor Jon Tallis of Dunmore late Monday night in the mayor's office."
    b = "Fenwick envoy Dana Whitcombe said Tuesday that she had met with Mayor Jon Tallis of Dunmore."
    assert [k.kind for k in _links(a, b) if k.kind in ("quote", "fact")] == ["fact"]


def test_a_clause_is_read_on_one_list_of_words_each_lower_cased_once() -> None:
    # the verb tests read each word's lower-cased form from the clause's word list (`claims._words`), not
    # by lower-casing it again at each look; the words are `_WORD`'s, numbers with their separators
    from newsbrief.align.claims import _WORD, _words

    text = "The U.S. Senate, which Reed-Smith chairs, voted 1,000, then ADJOURNED."
    words = _words(text, 4, len(text))
    assert [w for w, _, _, _ in words] == _WORD.findall(text, 4, len(text))
    assert all(text[s:e] == w and low == w.lower() for w, s, e, low in words)
    assert "1,000," in [w for w, _, _, _ in words] and ("ADJOURNED", "adjourned") in [
        (w, low) for w, *_, low in words
    ]


def test_session23_a_negation_both_sentences_make_on_one_claim_is_no_clash() -> None:
    # rule `claim-negation`: the only negated clause of each sentence holds one claim the two make alike,
    # negated alike; the start code read the first sentence's one clause against the second's un-negated
    # clause after ", but" (`negation-differs`)
    a = (
        "Mayor Jon Tallis has not visited Fenwick but has made several trips to other towns of the valley, "
        "always preaching calm in an area torn by floods."
    )
    b = (
        "Mayor Jon Tallis has not visited Fenwick, but he has made several trips to towns of the valley, "
        "always preaching calm in an area torn by floods."
    )
    assert [k.kind for k in _links(a, b) if k.kind in ("quote", "fact")] == ["fact"]
    # a negation in another clause than the claim both make still says something against the other
    c = "Mayor Jon Tallis visited Fenwick on Monday, but he did not meet the flood victims there."
    d = "Mayor Jon Tallis visited Fenwick on Monday, and he met the flood victims there."
    assert [k.kind for k in _links(c, d) if k.kind in ("quote", "fact")] == []


def test_session23_in_lower_case_a_given_name_is_no_claim_two_sentences_match_on() -> None:
    # rule `caseless-name-verb` in `match` too: in a story that lost its letter case "mohamed" (an "-ed"
    # word) reads as a verb, and two sentences naming "officer mohamed noor" matched on it (`same-claim`:
    # "... officer mohamed noor shot ..." / "... officer mohamed noor was hired as a cadet"); the start code
    # kept the guard to `shared_predicate`
    a = "Before officer mohamed noor shot a woman through the window of his squad car, a man slapped it."
    b = "The records show officer mohamed noor was hired as a cadet in march 2015."
    fa, fb = _facts(a, b)
    assert any(c.name_like for c in fa.claims)
    assert match(fa.claims, fb.claims, {}, equivalents(), caseless=True) is None
    # a verb no name stands for still matches in lower case
    c = "Marla quennell was detained by immigration agents after she was released from a county jail."
    d = "Marla quennell was detained by immigration agents after finishing her sentence last week."
    fc, fd = _facts(c, d)
    assert match(fc.claims, fd.claims, {}, equivalents(), caseless=True) is not None


def test_linking_tense_reads_were_as_the_past() -> None:
    """Rule `linking-tense` with "were" (session 22 tested "was", "had been" and "had" only): "The Tran
    sisters were Dunn's lawyers" is the past's claim, not "are Dunn's lawyers". Sentences written for this
    test; it passes on 819a28a and fails with "were" taken out of `claims._PAST_LINKER`."""
    (f,) = _facts("The Tran sisters were Mark Dunn's lawyers.")
    assert [c.predicate for c in f.claims if c.linking] == ["be.past>mark dunn's lawyers"]
    past = "The Tran sisters were Mark Dunn's lawyers for ten years before the trial in Dayton last spring."
    now = "The Tran sisters are Mark Dunn's lawyers and live near him in Dayton, neighbours said."
    assert _match(past, now) is None
    assert [k.kind for k in _links(past, now) if k.kind in ("quote", "fact")] == []


def test_align_reads_the_claims_of_the_sentences_it_compares_and_of_those_a_he_leans_on(monkeypatch) -> None:
    # `features.StoryClaims`: align reads a sentence's claims only when a pair compares it (or a "he" in one
    # leans on it); the start code read every sentence's claims, compared or not. Since session 30 only when
    # a rule reads them (`features.claims_of`, `pairs._Later`): pair (0, 3) is ruled `side-only` first. Since
    # session 33 a match reads the second sentence's claims only when it writes a predicate that may pair
    # with one of the first's (`pairs.may_match`): sentence 2's ("had led") pairs with none of sentence 0's
    from newsbrief.align import features

    read: list[str] = []
    real = features.clause_claims

    def counted(text, clauses, side):
        read.append(text)
        return real(text, clauses, side)

    monkeypatch.setattr(features, "clause_claims", counted)
    a = (
        "Stephen Marlow lost his job as Miami Gardens police chief after being arrested Friday by undercover "
        "deputies in Dania Beach. Tickets for the county fair went on sale on Monday morning."
    )
    b = (
        "Stephen Marlow had led the Miami Gardens department since 2015. On Friday night, he lost his job "
        "after being arrested and charged at a Dania Beach hotel. The weather in Florida was mild all week."
    )
    assert [(k.a, k.b) for k in _links(a, b)] == [(0, 2), (0, 3)]
    # sentence 0 of pair (0, 2); and sentence 2's, since session 40's `point-roles` (`pairs._roles_apart`)
    # reads both claims of a pair whose shared point it weighs (Marlow, Miami Gardens)
    assert [t.split()[2] for t in read] == ["lost", "had"]
    assert "Tickets for the county fair went on sale on Monday morning." not in read
    assert "The weather in Florida was mild all week." not in read


def test_claims_read_on_first_use_are_the_claims_read_for_every_sentence() -> None:
    # one rule `pronoun-subject` either way: `StoryClaims` on demand, backwards along a run of sentences
    # each leaning on the one before, gives what `pronoun_speakers` gives every sentence
    from newsbrief.align.features import StoryClaims, pronoun_speakers

    texts = [
        "Stephen Marlow was arrested Friday in Dania Beach.",
        "He lost his job as police chief the same night.",
        "He had led the Miami Gardens department since 2015.",
        "Then he hired a lawyer in Fort Lauderdale.",
    ]
    casing = story_casing(texts, [tokens(t) for t in texts])
    full = pronoun_speakers([sentence_facts(k, 0, t, casing, None) for k, t in enumerate(texts)])
    bare = [sentence_facts(k, 0, t, casing, None, with_claims=False) for k, t in enumerate(texts)]
    claims = StoryClaims(bare, texts)
    assert claims[3] == full[3].claims and set(claims.done) == {0, 1, 2, 3}
    assert [claims[k] for k in range(4)] == [f.claims for f in full]
    assert "E:marlow" in full[1].claims[0].before and "E:marlow" in claims[1][0].before


def test_two_names_crossing_a_transfer_verb_are_no_shared_fact() -> None:
    # session 24 review M1: rule claim-converse (dcccf86, reverted) matched a receiver and a sender on the two
    # names alone, whatever was sent: "sent Dana Whitcombe home" cited "received a letter from" as one fact
    a = "Dana Whitcombe received a letter from Jon Tallis on Monday."
    b = "Jon Tallis sent Dana Whitcombe home on Monday."
    assert [k.kind for k in _links(a, b) if k.kind in ("quote", "fact")] == []


def test_event_noun_reads_a_visit_by_someone_as_their_visiting() -> None:
    # rule `event-noun`: "a visit to Hama by Robert Ford" states what "Ford visited Hama" states
    a = "Friday's protests followed a visit to Hama by Robert Ford, the US ambassador to Syria."
    b = "Ambassador Robert Ford visited Hama on Thursday to show support for the protesters."
    m = _match(a, b)
    assert m is not None and m.predicate == "visit" and {"E:ford", "E:hama"} <= m.shared
    assert [link.kind for link in _links(a, b)] == ["fact"]


def test_event_noun_reads_the_arrest_of_someone_as_their_being_arrested() -> None:
    a = "The arrest of Dana Whitcombe in Oakdale on Monday stunned the small town."
    b = "Police arrested Dana Whitcombe in Oakdale after a three-week search."
    m = _match(a, b)
    assert m is not None and m.predicate == "arrest" and m.route == "voice"


@pytest.mark.parametrize(
    "a",
    [
        "A planned visit to Hama by Robert Ford was called off on Friday.",  # not done
        "Friday's protests followed a second visit to Hama by Robert Ford.",  # another one
        "Friday's protests followed a visit to Hama by Syrian officials.",  # another visitor
        "Friday's protests followed a visit to Homs by Robert Ford.",  # another place
    ],
)
def test_event_noun_reads_no_planned_or_other_visit(a: str) -> None:
    b = "Ambassador Robert Ford visited Hama on Thursday to show support for the protesters."
    m = _match(a, b)
    assert m is None or m.predicate != "visit"


def test_role_appositive_reads_the_role_as_the_person_its_appositive_names() -> None:
    # rule `role-appositive`: "Robert Ford, the US ambassador to Syria" makes "the U.S. ambassador to Syria"
    # of another report Ford, so its visit is Ford's visit
    a = "The U.S. ambassador to Syria visited the embattled town of Hama on Thursday."
    b = "Friday's protests followed a visit to Hama by Robert Ford, the US ambassador to Syria."
    assert [(link.kind, link.evidence[0]) for link in _links(a, b)] == [("fact", "rule:same-claim")]


@pytest.mark.parametrize(
    "a",
    [
        "The U.S. ambassador to Iraq visited the embattled town of Hama on Thursday.",  # to another place
        "The British ambassador to Syria visited the embattled town of Hama on Thursday.",  # another one
    ],
)
def test_role_appositive_reads_no_other_ambassador_as_the_person(a: str) -> None:
    b = "Friday's protests followed a visit to Hama by Robert Ford, the US ambassador to Syria."
    assert not [link for link in _links(a, b) if link.kind in ("quote", "fact")]


def test_thought_clause_gives_a_clause_after_a_verb_of_thinking_its_own_subject() -> None:
    # rule `thought-clause`: "Police believe he gunned down ...": "he" gunned, not the police
    (f,) = _facts("Police believe he gunned down two people in Fort Worth early Sunday morning.")
    (c,) = f.claims
    assert c.pronoun == "he" and not c.before
    a = "CTV News has learned former instructor Stephen Vogelsang has been charged in two bank robberies."
    b = "Former broadcaster Stephen Vogelsang has been charged with two bank robberies in Alberta."
    m = _match(a, b)
    assert m is not None and "E:vogelsang" in m.a.before


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        ("He learned the hard way to cook a meal for six.", ["learned"]),  # no clause after it
        ("The man is believed to have been killed on Monday.", ["believed"]),  # an infinitive
        ("They fear, officials said, the worst.", []),  # a comma after it
        # two sentences glued: the thinking verb comes after another verb, whose claim stays
        (
            "The works were stolen from her home over two years she suspects a handyman was a con artist.",
            ["stolen", "suspects"],
        ),
    ],
)
def test_thought_clause_reads_no_clause_where_none_follows(text: str, predicates: list[str]) -> None:
    assert _predicates(text) == predicates


def test_thought_clause_reads_a_verb_of_thinking_after_and_as_opening_a_clause() -> None:
    (f,) = _facts(
        "She said her parents were under stress and John Bramhall believed his wife was suffering dementia."
    )
    assert [c.predicate for c in f.claims][-1:] == ["suffer"] and "E:bramhall" not in f.claims[-1].before


def test_event_noun_reads_no_event_a_question_asks_about() -> None:
    a = "Could the death of Karlie Hall in her dorm room at Millersville have been avoided?"
    b = "Karlie Hall died in her dorm room at Millersville early Saturday, police said."
    m = _match(a, b)
    assert m is None or m.predicate != "dead"


_VISITED = "Senator Jon Tallis visited Harwick on Thursday to meet the families of the flood victims."
_ARRESTED = "Police arrested Jon Tallis in Harwick after a three-week search."
_DIED = "Jon Tallis died at his home in Harwick early Saturday, police said."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # rule `event-noun-governor`: a word governing the noun phrase makes the event not done
        ("Friday's storm forced the cancellation of a visit to Harwick by Jon Tallis.", _VISITED),
        ("Harwick officials called off Jon Tallis's visit to Harwick.", _VISITED),
        ("Officials in Dunmore are preparing for a visit to Harwick by Jon Tallis.", _VISITED),
        ("Dana Whitcombe called for the arrest of Jon Tallis in Harwick.", _ARRESTED),
        ("Rumours of the death of Jon Tallis spread through Harwick.", _DIED),
        # rule `event-noun-owner`: the thing of "the death of Jon Tallis's father" is the father
        ("Police are investigating the death of Jon Tallis's father in Harwick.", _DIED),
        # rule `event-noun-modal`: the clause's modal is the event's
        ("Dana Whitcombe said the arrest of Jon Tallis in Harwick would be a mistake.", _ARRESTED),
    ],
)
def test_event_noun_reads_no_event_its_governor_or_modal_leaves_undone(a: str, b: str) -> None:
    assert [link.kind for link in _links(a, b) if link.kind in ("quote", "fact")] == []


def test_event_noun_still_reads_a_death_an_inquiry_presupposes() -> None:
    a = "Police are investigating the death of Jon Tallis in Harwick."
    m = _match(a, _DIED)
    assert m is not None and m.predicate == "dead"


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        # rule `thought-clause-stop`: a subordinate clause after the verb's object is no thought clause
        ("Jon Tallis knew Dana Whitcombe when she was mayor of Harwick.", ["knew"]),
        ("Jon Tallis learned Spanish while he was living in Harwick.", ["learned"]),
    ],
)
def test_thought_clause_reads_the_verb_s_own_claim_before_a_subordinate_clause(
    text: str, predicates: list[str]
) -> None:
    assert _predicates(text) == predicates


@pytest.mark.parametrize(
    ("texts", "roles"),
    [
        # rule `role-appositive-person`: a day, a place or an opening "On"/"In" is no person; `_ROLE` first
        (
            [
                "On Monday, the Syrian leader met the envoy in Hama.",
                "Syrian leader Bashar Assad met the envoy.",
            ],
            {"syrian leader": "assad"},
        ),
        (["In Damascus, the US ambassador to Syria met rebels."], {}),
        (["Rebels met in Damascus, the US ambassador to Syria said."], {}),
        # an indefinite role is one of many: "a US envoy" is no "the US envoy"
        (["Jon Tallis, a US envoy, met Dana Whitcombe in Harwick."], {}),
    ],
)
def test_role_appositive_reads_only_a_person_named_with_the_role(texts: list[str], roles: dict) -> None:
    assert story_casing(texts, [tokens(t) for t in texts]).roles == roles


@pytest.mark.parametrize(
    "a",
    [
        # rule `event-noun-modal`: only "would/could/might be" leaves the event undone; "will" tells what the
        # event that happened will bring
        "Dana Whitcombe hopes Jon Tallis's death in Harwick will save other lives.",
        "The death of Jon Tallis in Harwick will be investigated by the state police.",
    ],
)
def test_event_noun_reads_a_death_another_modal_follows(a: str) -> None:
    m = _match(a, _DIED)
    assert m is not None and m.predicate == "dead"


def test_a_name_after_an_opening_phrase_is_the_subject_not_one_name_with_the_day() -> None:
    """Rule name-run-comma: "On Friday, Dana Whitcombe sued ..." names Friday and Whitcombe, two names a
    comma cuts apart; read as one name ("Friday Dana Whitcombe"), the subject went into the opening
    phrase and the weekday was lost: the claim had no subject, and another weekday no clash."""
    arrival = (
        "At about 6:20 p.m. Friday, Jon Tallis arrived at an unidentified hotel in Harwick with two bags."
    )
    (f,) = _facts(arrival)
    (arrived,) = [c for c in f.claims if c.predicate == "arriv"]
    assert "E:tallis" in arrived.before and "E:friday" in f.concepts
    (link,) = _links(
        arrival, "When Jon Tallis arrived at the hotel in Harwick, he was let in and handed over the money."
    )
    assert link.kind == "fact" and link.evidence[0] == "rule:same-claim"
    (link,) = _links(
        "On Friday, Dana Whitcombe sued the Harwick council over the mill.",
        "Dana Whitcombe sued the Harwick council on Tuesday, her lawyer said.",
    )
    assert link.kind == "related"  # another weekday: it was a fact (stated-within)


def test_a_weekday_after_a_name_is_a_name_of_its_own() -> None:
    """Rule name-run-day: "the town of Hama Thursday" names Hama and Thursday; read as one name, "Hama
    Thursday" kept only Thursday: the place was lost, so "visited ... Hama Thursday" / "visited the town of
    Homs on Thursday" were one claim (fact), and "arrested ... in Dania Beach Friday" lost the beach."""
    (f,) = _facts("The ambassador visited the embattled town of Hama Thursday as part of a tour.")
    assert {"E:hama", "E:thursday"} <= f.concepts
    hama = "The ambassador visited the embattled town of Hama Thursday as part of a tour."
    (link,) = _links(hama, "The ambassador visited the town of Homs on Thursday, officials said.")
    assert link.kind == "related"  # was fact (same-claim)
    (link,) = _links(hama, "The ambassador visited Hama on Friday, officials said.")
    assert link.kind == "related"  # another weekday; was fact (same-claim)
    (link,) = _links(
        "Chief Jon Tallis was arrested for soliciting a prostitute in Dania Beach Friday, officials said.",
        "Chief Jon Tallis, 53, was arrested Friday by detectives posing as escorts in a Dania Beach motel.",
    )
    assert link.kind == "fact" and link.evidence[0] == "rule:same-claim"


@pytest.mark.parametrize(
    ("phrase", "thing"),
    [
        ("the arrest of Jon O'Brien", "the arrest of Jon O'Brien"),
        ("the death of Dana D’Angelo", "the death of Dana D’Angelo"),
        ("the death of Jon Tallis's father", " father"),
        ("the death of Jon Tallis' father", " father"),
        ("the death of the Smiths’ son", " son"),
        ("the arrest of Jon O'Brien's son", " son"),
    ],
)
def test_event_noun_owner_reads_a_possessive_not_a_name_apostrophe(phrase: str, thing: str) -> None:
    """Rule `event-noun-owner` (`claims._owned_from`): the thing begins after the last possessive, never
    after the apostrophe inside a name ("O'Brien", "D'Angelo": session 26 review S5)."""
    assert phrase[_owned_from(phrase, 0, len(phrase)) :] == thing


def test_a_sentence_opening_on_a_full_name_leads_with_its_surname() -> None:
    """Rule lead-surname: "Steve Tallis", both words written alone in the story, gives two participants; the
    lead was the first in sort order (steve), which the other report ("Stephen Tallis has been charged")
    never names, so rule other-participant made two people of one. The lead is now the name's last word."""
    links = _links(
        "Steve Tallis has been charged in the robberies. Friends said Steve was quiet, and police said Tallis"
        " had no lawyer.",
        "Harwick News has learned former college instructor Stephen Tallis has been charged in connection"
        " with two Harwick bank robberies.",
    )
    (link,) = [k for k in links if (k.a, k.b) == (0, 2)]
    assert link.kind == "fact" and link.evidence[0] == "rule:same-claim"


@pytest.mark.parametrize(("short", "full"), [("Dan", "Daniel"), ("Ann", "Annie")])
def test_session28_lead_surname_compares_whole_words(short: str, full: str) -> None:
    """Rule lead-surname (`features._surname`) finds each participant of the opening name as whole words:
    "dan" is inside "Dan Jordan"'s surname, and the lead was dan, which "Daniel Jordan has been charged"
    never names (start 18117b4: related other-participant; session 28 review S5)."""
    sur = "Jordan" if short == "Dan" else "Hannigan"
    links = _links(
        f"{short} {sur} has been charged in the robberies. Friends said {short} was quiet, and police said"
        f" {sur} had no lawyer.",
        f"Harwick News has learned former college instructor {full} {sur} has been charged in connection"
        " with two Harwick bank robberies.",
    )
    (link,) = [k for k in links if (k.a, k.b) == (0, 2)]
    assert link.kind == "fact" and link.evidence[0] == "rule:same-claim"


def test_session28_mined_pairs_state_one_event_with_its_participants() -> None:
    """`scripts/mine_predicates.py` (session 28: anchored sentences, the substitution read in them) learns
    "charged" / "filed charges", "was arrested" / "was booked": one claim when the participants agree,
    never for another person. "was murdered" / "was killed" and "was pronounced dead" / "died" of one
    person stay one fact without their pairs ("kill+p" / "murder+p", "dead+p" / "pronounc+p", excluded in
    session 29: `stated-within`)."""
    from newsbrief.align.claims import predicate_pairs

    pairs = predicate_pairs()
    assert "file" in pairs["charg"] and "book+p" in pairs["arrest+p"]
    for a, b in [
        (
            "Dana Whitcombe was murdered in her Harwick home on Monday.",
            "Dana Whitcombe was killed in her Harwick home on Monday, police said.",
        ),
        (
            "Dana Whitcombe was pronounced dead at the scene in Harwick on Monday.",
            "Dana Whitcombe died at the scene in Harwick on Monday.",
        ),
    ]:
        assert [k.kind for k in _links(a, b)] == ["fact"]
    other = _match(
        "Jon Tallis was murdered in Harwick on Monday.", "Dana Whitcombe was killed in Harwick on Monday."
    )
    assert other is None


def test_session28_excluded_pairs_are_two_events() -> None:
    """The counts also keep two steps of one case and two events of one scene; `EXCLUDED` drops them:
    "was shot" is not "was killed", "was arrested" not "was charged", "was convicted" not "was sentenced",
    a bill that passed is not one that died."""
    for a, b in [
        ("Jon Tallis was shot in Harwick on Monday.", "Jon Tallis was killed in Harwick on Monday."),
        ("Jon Tallis was arrested in Harwick on Monday.", "Jon Tallis was charged in Harwick on Monday."),
        ("Jon Tallis was convicted in Harwick on Monday.", "Jon Tallis was sentenced in Harwick on Monday."),
        ("The Harwick bill died in the Senate on Monday.", "The Harwick bill passed the Senate on Monday."),
        (
            "The gunman opened fire in the Harwick mall on Monday.",
            "The gunman shot two guards in the Harwick mall on Monday.",
        ),
    ]:
        assert _match(a, b) is None
        assert not {"fact", "quote"} & {k.kind for k in _links(a, b)}


def test_session28_a_learned_pair_matches_whichever_sentence_comes_first() -> None:
    """Rule `learned-either-side`: a learned pair ("arrest+p" / "book+p") holds with either claim's voice
    turned, so "Police arrested Jon Tallis ..." / "Jon Tallis was booked ..." is one claim in both orders
    (before, only when the passive came first); never when the active's object is someone else."""
    a = "Police arrested Jon Tallis in Harwick on Monday."
    b = "Jon Tallis was booked into the Harwick jail on Monday."
    for x, y in ((a, b), (b, a)):
        m = _match(x, y)
        assert m is not None and m.route == "learned"
    c = "Jon Tallis arrested Dana Whitcombe in Harwick on Monday."
    assert _match(c, b) is None and _match(b, c) is None


@pytest.mark.parametrize(
    "other",
    [
        "Dana Whitcombe filed fraud charges against Jon Tallis in Harwick on Monday.",
        "Jon Tallis was charged with fraud by Dana Whitcombe in Harwick on Monday.",
        "Dana Whitcombe brought fraud charges against Jon Tallis in Harwick on Monday.",
    ],
)
def test_session29_roles_reversed_with_other_predicates_are_two_claims(other: str) -> None:
    """Rule `roles-reversed`: who did it and to whom the other way round, whatever the verbs ("charged" /
    "filed charges against", a passive with "by"), is another claim, never a citation."""
    a = "Jon Tallis charged Dana Whitcombe with fraud in Harwick on Monday."
    assert not {"fact", "quote"} & {k.kind for k in _links(a, other)}


@pytest.mark.parametrize(
    "other",
    [
        "Dana Whitcombe was charged with fraud by Jon Tallis in Harwick on Monday.",
        "Jon Tallis filed fraud charges against Dana Whitcombe in Harwick on Monday.",
    ],
)
def test_session29_roles_kept_in_other_words_stay_one_fact(other: str) -> None:
    """The same doer and the same one done to, in another voice or with "against": still one fact."""
    a = "Jon Tallis charged Dana Whitcombe with fraud in Harwick on Monday."
    assert "fact" in {k.kind for k in _links(a, other)}


def test_session29_roles_reversed_skips_verbs_told_either_way() -> None:
    """A verb a report may tell either way round (`guards._TWO_WAY`: "beat" / "lost to") says no direction."""
    a = "Jon Tallis beat Dana Whitcombe in the Harwick final on Monday."
    b = "Dana Whitcombe lost to Jon Tallis in the Harwick final on Monday."
    assert "fact" in {k.kind for k in _links(a, b)}


def test_session29_an_accusation_is_not_a_charge() -> None:
    """`pairs.ACTIONS`: "accused of fraud" and "charged with fraud" are two acts (an accusation, a formal
    charge), so no citation of one for the other."""
    for a, b in [
        (
            "Jon Tallis was accused of fraud in Harwick on Monday.",
            "Jon Tallis was charged with fraud in Harwick on Monday.",
        ),
        (
            "Dana Whitcombe accused Jon Tallis of fraud in Harwick on Monday.",
            "Dana Whitcombe charged Jon Tallis with fraud in Harwick on Monday.",
        ),
    ]:
        assert not {"fact", "quote"} & {k.kind for k in _links(a, b)}


def test_session29_one_act_alike_makes_other_acts_asides() -> None:
    """Rule `shared-act`: two clauses that name one act alike ("accused of fraud") are not two events for
    the acts each names on the side ("convictions" / "charges")."""
    a = (
        "Jon Tallis, already known in Harwick for his convictions for battery, has never been accused of "
        "fraud."
    )
    b = (
        "Jon Tallis, whose Harwick record includes charges of battery, has not previously been accused of "
        "fraud."
    )
    assert "fact" in {k.kind for k in _links(a, b)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was convicted of murder in Harwick on Monday.",
            "Jon Tallis was convicted on drug charges in Harwick on Monday.",
        ),
        (
            "Jon Tallis was found guilty of murder in Harwick on Monday.",
            "Jon Tallis was found guilty on fraud charges in Harwick on Monday.",
        ),
        (
            "Jon Tallis pleaded guilty to murder in Harwick on Monday.",
            "Jon Tallis pleaded guilty to drug charges in Harwick on Monday.",
        ),
        (
            "Jon Tallis was convicted of murder and arson in Harwick on Monday.",
            "Jon Tallis was convicted on six of the seven charges he faced in Harwick on Monday.",
        ),
    ],
)
def test_session29_one_verb_about_two_crimes_is_no_shared_act(a: str, b: str) -> None:
    """Rule `shared-act` holds only when what the shared verb is about agrees (`pairs._object_actions`):
    a conviction for murder is no conviction on drug charges (start 26fb776: fact stated-within /
    same-claim; session 29 review M1), either order, cased or lower-cased."""
    for x, y in ((a, b), (b, a), (a.lower(), b.lower()), (b.lower(), a.lower())):
        assert "fact" not in {k.kind for k in _links(x, y)}


def test_session30_a_crime_each_side_names_alone_is_no_shared_act() -> None:
    """Rule `other-crime` (in `shared-act`): one sentence's conviction is for a crime the other never names,
    and the other names a crime of its own outside the convicting clause: two crimes, no fact (start
    a0d586b: fact same-fact; session 29 review N18), either order, cased or lower-cased. Naming no crime
    there ("who was arrested in May") or the same one ("on murder charges") stays one conviction."""
    a = "Jon Tallis was convicted of murder in Harwick on Monday."
    b = "Jon Tallis, who was arrested on drug charges in Harwick in May, was convicted on Monday."
    for x, y in ((a, b), (b, a), (a.lower(), b.lower()), (b.lower(), a.lower())):
        assert "fact" not in {k.kind for k in _links(x, y)}
    for b in (
        "Jon Tallis, who was arrested in Harwick in May, was convicted on Monday.",
        "Jon Tallis, who was arrested on murder charges in Harwick in May, was convicted on Monday.",
    ):
        assert "fact" in {k.kind for k in _links(a, b)}


@pytest.mark.parametrize("crime", ["for fraud", "for bribery", "after he stole a car"])
def test_session31_other_crime_reads_the_kinds_two_crimes_reads(crime: str) -> None:
    """Rule `other-crime` reads the one crime table (`_CRIME_KINDS`) that `two-crimes` reads: a crime of a
    kind no word of `ACTIONS` names ("fraud", "bribery"), elsewhere in the other sentence, is a crime of its
    own too (start d849089: fact stated-within / same-fact; "stole", a word of `ACTIONS`, was read before),
    either order, cased or lower-cased."""
    a = "Jon Tallis was convicted of murder in Harwick on Monday."
    b = f"Jon Tallis, who was arrested {crime} in Harwick in May, was convicted on Monday."
    for x, y in ((a, b), (b, a), (a.lower(), b.lower()), (b.lower(), a.lower())):
        assert "fact" not in {k.kind for k in _links(x, y)}


def test_session31_a_charge_of_no_named_kind_is_no_other_crime() -> None:
    """Rule `other-crime`: a charge of no named kind ("arrested on charges") may be the very crime the other
    sentence names: one conviction, a fact (start d849089: related other-action, when `_CRIMES` took any
    charge for a crime); a kind named with it ("on weapons charges") is another crime, as before."""
    a = "Jon Tallis was convicted of murder in Harwick on Monday."
    b = "Jon Tallis, who was arrested on charges in Harwick in May, was convicted on Monday."
    assert "fact" in {k.kind for k in _links(a, b)}
    b = "Jon Tallis, who was arrested on weapons charges in Harwick in May, was convicted on Monday."
    assert "fact" not in {k.kind for k in _links(a, b)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("convicted of murder", "convicted of fraud"),
        ("convicted of tax evasion", "convicted of arson"),
        ("arrested on suspicion of murder", "arrested on suspicion of drunk driving"),
    ],
)
def test_session30_two_crimes_outside_the_actions_are_two_acts(a: str, b: str) -> None:
    """Rule `two-crimes` (`pairs._two_crimes`): a crime after each shared verb, of two kinds (`_CRIME_KINDS`;
    most are no word of `ACTIONS`), is another act (start 30bafd0: fact stated-within / same-fact, session 30
    review S4): related other-action, either order, cased or lower-cased; one kind in other words ("of
    murder" / "of homicide") or a crime more on one side ("of conspiracy and murder") stays a fact."""
    x, y = (f"Jon Tallis was {w} in Harwick on Monday." for w in (a, b))
    for p, q in ((x, y), (y, x), (x.lower(), y.lower()), (y.lower(), x.lower())):
        assert [(k.kind, "rule:other-action" in k.evidence) for k in _links(p, q)] == [("related", True)]
    for w in ("homicide", "conspiracy and murder"):
        c = f"Jon Tallis was convicted of {w} in Harwick on Monday."
        assert [k.kind for k in _links(c, "Jon Tallis was convicted of murder in Harwick on Monday.")] == [
            "fact"
        ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was charged with arson in Harwick on Monday.",
            "Jon Tallis faces Dana Whitcombe in the Harwick mayoral race on Monday.",
        ),
        (
            "Jon Tallis was charged with arson in Harwick on Monday.",
            "Jon Tallis faces a tough race for mayor of Harwick on Monday.",
        ),
        (
            "Jon Tallis was pronounced the winner of the Harwick race on Tuesday.",
            "Jon Tallis was dead on Tuesday.",
        ),
        (
            "Two Harwick men were killed by a falling tree on Monday.",
            "Two Harwick men were murdered on Monday.",
        ),
        (
            "Jon Tallis was killed in a car crash in Harwick on Monday.",
            "Jon Tallis was murdered in Harwick on Monday.",
        ),
    ],
)
def test_session29_a_verb_of_many_senses_is_no_learned_pair(a: str, b: str) -> None:
    """`EXCLUDED` drops "charg+p" / "face", "dead+p" / "pronounc+p" and "kill+p" / "murder+p" (session 29
    review M1): a learned pair keys the verb alone, so "faces" anything was "was charged", "was pronounced"
    anything "was dead" and a killing by a tree a murder, one fact (rule `claim-learned`), either order."""
    for x, y in ((a, b), (b, a)):
        assert "fact" not in {k.kind for k in _links(x, y)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was booked on a flight to Harwick on Monday.",
            "Jon Tallis was arrested for drunk driving on Monday.",
        ),
        (
            "Jon Tallis filed a report with Harwick police on Monday.",
            "Jon Tallis sued the Harwick council for 5 million dollars on Monday.",
        ),
    ],
)
def test_session29_a_learned_verb_counts_in_its_own_sense_only(a: str, b: str) -> None:
    """Rule `learned-sense` (`claims.LEARNED_SENSES`): "booked" is "arrested" only with a word of custody or
    charges after it, "filed" is "sued" only with a lawsuit, complaint, charges or petition (start 1a0bf68:
    fact claim-learned, either order); "booked into the Harwick jail", "filed a complaint against" stay."""
    for x, y in ((a, b), (b, a)):
        assert [k.kind for k in _links(x, y)] == ["related"]  # linked, as no fact (session 30 review N8)
    m = _match(
        "Marisol Arias has sued Intermex in federal court.",
        "Marisol Arias filed a complaint against Intermex in federal court on Monday.",
    )
    assert m is not None and m.route == "learned"


@pytest.mark.parametrize(
    "a",
    [
        "Dana Whitcombe filed a complaint against Jon Tallis with the Harwick ethics board on Monday.",
        "Dana Whitcombe filed a complaint against Jon Tallis with Harwick police on Monday.",
        "Dana Whitcombe filed a petition against Jon Tallis with the Harwick council on Monday.",
    ],
)
def test_session29_a_complaint_to_a_board_is_no_lawsuit(a: str) -> None:
    """Rule `complaint-to-body` (`claims._in_sense`): a complaint or petition filed with a body that is no
    court (an ethics board, police, a council) is not "sued" (start b972125: fact claim-learned; session 29
    review S5); with a court named it still is ("in federal court")."""
    b = "Dana Whitcombe sued Jon Tallis on Monday."
    for x, y in ((a, b), (b, a), (a.lower(), b.lower()), (b.lower(), a.lower())):
        assert [k.kind for k in _links(x, y)] == ["related"]  # linked, as no fact (session 30 review N8)
    m = _match(
        "Marisol Arias has sued the Harwick police department in federal court.",
        "Marisol Arias filed a complaint against the Harwick police department in federal court on Monday.",
    )
    assert m is not None and m.route == "learned"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Jon Tallis was booked on a flight to Harwick on Monday.",
            "Jon Tallis was arrested in Harwick on Monday.",
        ),
        (
            "Dana Whitcombe filed a complaint against Jon Tallis with the Harwick ethics board on Monday.",
            "Dana Whitcombe sued Jon Tallis in Harwick on Monday.",
        ),
    ],
)
def test_session30_a_learned_verb_out_of_its_sense_is_no_fact_by_shared_words(a: str, b: str) -> None:
    """Rule `learned-sense` read as a clash (`claims.out_of_sense`, `guards.claims_differ`): with a place
    both name, the scorer's `same-fact` cited the two acts as one (start 30bafd0; session 30 review S3);
    now related, either order, cased or lower-cased (there sharing a rare word: start 30bafd0, same-fact too
    with no place)."""
    for x, y in ((a, b), (b, a), (a.lower(), b.lower()), (b.lower(), a.lower())):
        assert [k.kind for k in _links(x, y)] == ["related"]


def test_session29_roles_reversed_reads_two_claims_of_one_event_only() -> None:
    """Rule `roles-reversed` compares claims of one event (`guards._one_event`): "was asked to resign by the
    Harwick council" and "resigned as mayor of Harwick" are two acts, and "Harwick" only modifies the council
    and the office, so nothing is turned round (rfalign29's note: a57df2a lost this citation)."""
    a = "Jon Tallis was asked to resign by the Harwick council, and on Monday he resigned."
    b = "Jon Tallis resigned as mayor of Harwick on Monday."
    assert "fact" in {k.kind for k in _links(a, b)}


def test_session30_an_adverb_after_an_aside_is_no_subject_and_its_verb_no_participle() -> None:
    """Rule `aside-adverb`: "Dana Whitcombe, who ..., recently met with ..." has for subject the name the
    aside held apart (an adverb is no subject side), and "met" after the adverb and the aside's comma is the
    clause's verb, not a participle after a noun ("a report recently compiled by"). Start a0d586b: no claim
    for "met", and "recent" alone before "died", so neither pair was cited."""
    a = "Unlike Jon Tallis, however, Whitcombe met with the Fenwick Rowing Club."
    b = (
        "Senator Dana Whitcombe, who is also running for governor of the state next year, recently met with"
        " the Fenwick Rowing Club in Harlow."
    )
    m = _match(a, b)
    assert m is not None and m.predicate == "meet" and "E:whitcombe" in m.shared
    assert [k.evidence[0] for k in _links(a, b) if k.kind == "fact"] == ["rule:same-claim"]
    (f,) = _facts("Jon Tallis, who hosted a radio show for years, recently died in Dunmore.")
    (claim,) = f.claims
    assert "E:tallis" in claim.before
    # a participle right after its noun stays one: the clause's verb is "was leaked"
    assert _predicates("The report recently compiled by the agency was leaked.") == ["leaked"]


def test_session30_notes_that_reports_the_clause_after_it() -> None:
    """Rule `notes-that`: "note" and "notes" before "that" report what follows, as "noted" does ("the
    producers note that they removed Whitcombe": the claim is "removed", its subject side "they", not the
    producers); after a determiner they are a noun ("the notes that Tallis left"). Start a0d586b: no claim in
    "... note that they removed ...", so the two producers' accounts were only `related`."""
    a = (
        "The producers told the Harwick Herald they removed Whitcombe from the set after hearing the claim,"
        " and later urged the girl's parents to call the police."
    )
    b = (
        "In interviews, the film's producers Jon Tallis and Mara Lee note that they removed Whitcombe from"
        " the set as soon as they heard about it."
    )
    assert _predicates(b) == ["removed"]
    assert _predicates("Tallis notes that the board removed Whitcombe on Monday.") == ["removed"]
    assert "note" not in {c.predicate for c in _facts("The notes that Tallis left were found.")[0].claims}
    assert [k.evidence[0] for k in _links(a, b) if k.kind == "fact"] == ["rule:same-claim"]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Police found two handwritten notes that described the attack on the Harwick bank.", "found"),
        ("Investigators recovered notes that described the attack on the Harwick bank.", "recovered"),
        ("Jon Tallis left a suicide note that was found on Monday in the Harwick flat.", "left"),
        ("Police found 2 notes that were written by Jon Tallis in the Harwick flat.", "found"),
    ],
)
def test_session31_notes_after_a_count_or_before_a_relative_that_are_a_noun(
    text: str, predicate: str
) -> None:
    """Rule `notes-that` (session 31 review N1, on b06243c): "note(s)" after a count ("two handwritten
    notes", "a suicide note") or before a "that" a verb follows ("notes that described": a relative clause)
    is a noun, so the clause keeps its claim (was none: "notes" read as the report)."""
    assert _predicates(text)[:1] == [predicate]


def test_session30_a_hedge_after_a_claim_s_next_verb_leaves_it_unhedged() -> None:
    """Rule `hedge-after`: a clause's "if" hedges the claims it comes before or in, not one whose next
    verb stands before it ("removed ..., reviewed ... and urged ... if they felt unsafe": "removed" and
    "reviewed" are told as done). Start a0d586b: the whole clause hedged, so "removed" matched no unhedged
    "removed" and the pair was only `related`."""
    a = "Producer Jon Tallis removed Dana Whitcombe from the Harwick set, the studio said."
    b = (
        "Jon Tallis removed Whitcombe from the set within hours of hearing the claim, reviewed the footage"
        " and urged the crew members to call police if they felt unsafe at any point."
    )
    assert [(c.predicate, c.hedged) for c in _facts(b)[0].claims] == [
        ("remov", False),
        ("review", False),
        ("urg", True),
        ("felt", True),
    ]
    assert [k.evidence[0] for k in _links(a, b) if k.kind == "fact"] == ["rule:same-claim"]
    # a modal later in the clause still hedges every claim of it (whose modal it is, the reader cannot tell)
    d = (
        "Jon Tallis removed Whitcombe from the set within hours, reviewed the footage and urged the crew"
        " members to call police as they could not stay."
    )
    assert all(c.hedged for c in _facts(d)[0].claims)
    # a hedge before the claim's own verb still hedges it: no fact
    c = "Jon Tallis said he might remove Whitcombe from the set if the studio agreed, and left for Harwick."
    assert "fact" not in {k.kind for k in _links(a, c)}


@pytest.mark.parametrize(
    "condition",
    [
        ", if the studio's account is true",
        " only if the studio's account is true",
        ", unless the account is false",
    ],
)
def test_session31_a_condition_after_the_last_verb_hedges_every_claim_before_it(condition: str) -> None:
    """Rule `condition-after` (session 31 review S1, on b06243c `hedge-after`): an "if" / "unless" written
    after the clause's last predicate, no "to"-infinitive between, conditions the coordinated verbs before
    it too: "removed" is hedged as "reviewed" is, and no fact is cited (was `same-claim`)."""
    a = "Producer Jon Tallis removed Dana Whitcombe from the Harwick set, the studio said."
    b = "Jon Tallis removed Whitcombe from the set within hours of hearing the claim and reviewed the footage"
    assert [(c.predicate, c.hedged) for c in _facts(b + condition + ".")[0].claims][:2] == [
        ("remov", True),
        ("review", True),
    ]
    assert "fact" not in {k.kind for k in _links(a, b + condition + ".")}
    # a condition after a "to"-infinitive is the infinitive's; right after its verb it is what was asked
    for lifted in (
        " and urged the crew to call police if they felt unsafe.",
        " and asked if the studio knew.",
    ):
        assert ("remov", False) in [(c.predicate, c.hedged) for c in _facts(b + lifted)[0].claims]


def test_session37_a_later_predicate_after_a_clause_opener_has_its_own_subject() -> None:
    """Rule `own-subject` (session 37, issue 14): a predicate after "that" / "and" ... with words of its own
    before it takes those for subject, not the clause's first ("detectives ... suffered stab wounds"), and
    they are no object of the predicate before; with none, or a list with commas, the subject is shared."""
    (f,) = _facts("Homicide detectives determined that Jon Tallis suffered several stab wounds to his neck.")
    assert [(c.predicate, "E:tallis" in c.before) for c in f.claims] == [
        ("determin", False),
        ("suffer", True),
    ]
    (f,) = _facts("Police arrested Jon Tallis on Monday and prosecutors charged him with burglary.")
    arrest, charge = f.claims
    assert "prosecutor" not in arrest.after and charge.before == frozenset({"prosecutor"})
    (f,) = _facts("Police arrested Jon Tallis and charged him with burglary.")
    assert f.claims[0].before == f.claims[1].before == frozenset({"polic"})
    # a later subject that is only "he" is none of the sentence before's (a reader takes the sentence's own)
    (f,) = _facts("Jon Tallis was arrested on Monday and he was charged with burglary.")
    assert f.claims[1].before == frozenset() and f.claims[1].pronoun == ""


def test_session37_a_light_verb_after_a_determiner_is_a_noun() -> None:
    """Rule `light-noun` (session 37): "the plan" is no verb, so the clause's one participle is its verb
    (`only-verb`), also after an adverb; "her" may still stand before a verb."""
    assert _predicates("The union agreed to accept the plan.") == ["agreed"]
    assert _predicates("The union later decided to accept the plan.") == ["decided"]


def test_session37_a_clause_after_an_opening_phrase_is_no_appositive() -> None:
    """Rule `opening-then-clause` (session 37): ", the Moon will offer ...," holds a verb group with a modal:
    the sentence's clause after an opening date, not an aside; an appositive with a relative clause in it is
    still one."""
    from newsbrief.align.subordinate import stretches

    text = "Next 31 Jan. 2027, the Moon will offer a total eclipse, visible from Karsh."
    assert stretches(text) == () and _predicates(text) == ["offer"]
    assert stretches("Dana Whitcombe, the janitor who was arrested, left Oakdale.") == ((14, 44),)
    # after a name, not an opening phrase: an appositive whatever verb it holds (review37)
    text = "Dana Whitcombe, the janitor police had sought for years, left Oakdale."
    assert stretches(text) == ((14, 55),)


def test_session50_a_that_clause_opens_on_its_own_phrase_and_a_number_s_comma_ends_no_stretch() -> None:
    """Rules `that-opening` and `number-comma` of `subordinate.stretches` (session 50, issue 14; main_clause
    mended both for itself alone in session 49): after "said that early in its climb," the ", the ..." with a
    modal verb group is the clause's, not an appositive (as after an opening phrase at the sentence's start),
    and a stretch runs past the comma of "18,000" to the clause's comma. After a name the appositive stays."""
    from newsbrief.align.subordinate import stretches

    text = (
        "Based on the flight log, inspectors said on Monday that early in its 20,000-foot climb, the glider"
        " may have lost a wing panel, though it kept flying until it reached 18,000 feet."
    )
    tail = ", though it kept flying until it reached 18,000 feet."
    assert [text[a:b] for a, b in stretches(text)] == [tail]
    text = "Inspectors said that Dana Whitcombe, the pilot police had sought for years, left Oakdale."
    assert [text[a:b] for a, b in stretches(text)] == [", the pilot police had sought for years"]


def test_session37_a_participial_tail_states_the_clause_subject_s_claim() -> None:
    """Rule `participial-tail` (session 37): ", killing 11 people" after "A car bomb exploded ..." is what the
    bomb did, read by `match` only; a tail after another verb is that verb's ("accused him of blowing up a
    jet ..., killing 270": not the accusers'), and "saying", "including" ... are no deeds."""
    (f,) = _facts("A car bomb exploded in the Karsh market on Sunday morning, killing 11 people.")
    tail = f.claims[-1]
    assert (tail.predicate, tail.before, tail.nominal) == ("kill", frozenset({"bomb", "car"}), True)
    assert "N:dead:11" in tail.after
    (f,) = _facts("Karsh and Oakdale accused Jon Tallis of blowing up a jet in 1988, killing 270 people.")
    assert [c.predicate for c in f.claims] == ["accus"]
    # the clause's "not" is not the tail's: "sparing the town" is told as done, so no claim (review37)
    (f,) = _facts("The storm did not hit the coast on Monday, sparing the fishing town of Karsh.")
    assert [c.predicate for c in f.claims] == ["hit"]
    (f,) = _facts("The mayor resigned on Monday, saying the council had lost faith.")
    assert "say" not in [c.predicate for c in f.claims]
    a = "A car bomb exploded in the Karsh market on Sunday, killing 11 people and wounding dozens."
    b = "The Karsh market bomb killed 11 people."
    assert _match(a, b) is not None


def test_session37_a_reported_clause_on_his_or_her_thing_is_about_its_reporter() -> None:
    # rule `reporter-owner`: "Dana Whitcombe said her brother filed ..." is about Whitcombe's brother, so
    # the one reporter anchors the two reported claims (before: no participant among the shared arguments,
    # no match)
    a = "Dana Whitcombe said her brother filed a report on the break-in with police last month."
    b = "Dana Whitcombe said her brother filed a police report and handed photographs to the detectives."
    m = _match(a, b)
    assert m is not None and m.predicate == "file" and m.a.owner == m.b.owner == {"E:whitcombe"}
    # another thing filed: the objects share nothing, no match
    assert _match(a, "Dana Whitcombe said her brother filed a lawsuit against the landlord.") is None
    # no possessive, or two reporters: no owner read
    fd, fe = _facts(
        "Dana Whitcombe said the brother filed a complaint.",
        "Dana Whitcombe and Jon Tallis said their brother filed a complaint.",
    )
    assert all(not c.owner for f in (fd, fe) for c in f.claims if c.predicate == "file")
    # the owner is whose the subject is, never the subject: "Dana Whitcombe filed ..." is not her brother's
    assert _match(a, "Dana Whitcombe filed a report on the break-in with police last month.") is None


def test_session38_a_verb_of_saying_with_a_plain_object_is_the_claim() -> None:
    """Rule `speech-object`: "wrote a letter", "confirmed the closure" state a deed of their own; with a
    "that" or a clause after them they still report it."""
    assert _predicates("Marlow wrote a letter to the bishop.") == ["wrote"]
    assert _predicates("Marlow wrote that the plant would close.") == ["close"]
    assert _predicates("The mayor confirmed the plant would close.") == ["close"]
    links = _links(
        "The Harwick council confirmed the closure of the Dunmore plant on Monday after a long dispute over "
        "wages.",
        "Officials in Harwick confirmed the closure of the Dunmore plant, which employed 300 people.",
    )
    assert [(k.kind, k.evidence[0]) for k in links] == [("fact", "rule:same-claim")]


def test_session38_a_verb_also_a_noun_is_a_verb_before_its_object() -> None:
    """Rule `noun-verb`: "costs", "face", "honors" after a subject and before a sum, a name or a determiner;
    never as a noun ("Health costs rose", "at all costs, Lund said")."""
    assert _predicates("A ticket to the final now costs $250.") == ["costs"]
    assert _predicates("The new stand honors Bill Lund.") == ["honors"]
    assert _predicates("The two brothers face a trial in Harwick.") == ["face"]
    assert _predicates("Health costs rose in May.") == ["rose"]
    assert _predicates("Officials sought to avoid leaks at all costs, Lund said.") == []
    assert _predicates("The faces of the dead were shown.") == ["shown"]


def test_session38_a_short_verb_after_an_auxiliary_is_a_verb() -> None:
    """Rule `short-verb`: "will pay", "could win": a verb of three letters after an auxiliary."""
    assert _predicates("Dunmore will pay $2 million to the club.") == ["pay"]
    assert _predicates("Lund could win the race in May.") == ["win"]
    assert "jon" not in _predicates("The new host is Jon Lund.")  # a name, no lemma (session 39)


def test_session46_a_report_joined_by_and_ends_the_stated_claim() -> None:
    """Rule `and-said`: "Police arrested Lund on Monday and said he was armed": the stated claim is the
    arrest; the report after "and" took its place before. A report after a subordinator stays rule
    `subordinate-report`'s; another subject's report ("and his lawyer said") is no `and-said`."""
    assert _predicates("Harwick police arrested Dana Lund on Monday and said he was armed.") == ["arrested"]
    assert _predicates("Dana Lund denied the charge and later told reporters he was innocent.") == ["denied"]
    said = "Lund said the Harwick council deplored the arrests and said the protests were lawful."
    # two reports: the later one, as before ("were lawful": "be>lawful", rule `be-complement`)
    assert _predicates(said) == ["were"]
    m = _match(
        "Harwick police arrested Dana Lund on Monday and said he was armed.",
        "Dana Lund was arrested by Harwick police on Monday.",
    )
    assert m is not None and m.predicate == "arrest"


def test_session46_the_who_is_no_relative_pronoun() -> None:
    """Rule `who-agency`: "WHO" in capitals is the agency, no "who" opening a relative clause that took
    the reported claim to the side."""
    assert _predicates("The WHO said the Harwick outbreak has killed 300 people.") == ["killed"]
    assert "visited" not in _predicates("Officials who visited Harwick said it was calm.")  # a relative


def test_session46_a_day_word_between_an_auxiliary_and_its_verb_is_no_verb() -> None:
    """Rule `day-between`: "has today decided", "was yesterday named": the day word is no predicate."""
    assert _predicates("The Harwick board has today decided to close the plant.") == ["decided"]
    assert _predicates("Dana Lund was yesterday named the new coach of Oakdale.") == ["named"]


def test_session46_a_short_present_verb_after_its_subject_is_a_verb() -> None:
    """Rule `short-present`: a three-letter lemma in the present right after its subject ("Kenyans die"),
    not one before an auxiliary or a past form, where it is the subject's noun ("Back pay was cut")."""
    assert _predicates("Nearly 400 Harwick miners die of silicosis every year.") == ["die"]
    assert _predicates("The two families sue the Oakdale council.") == ["sue"]
    assert _predicates("Back pay was cut in May.") == ["cut"]
    assert _predicates("The union pay rose in May.") == ["rose"]
    assert _predicates("The family will sue the council.") == ["sue"]  # `short-verb`, as before
    a = "Officials said nearly 400 Harwick miners die of silicosis every year, the union said."
    b = (
        "Lund told the meeting that nearly 400 Harwick miners die of silicosis every year, a toll he called"
        " shameful."
    )
    m = _match(a, b)
    assert m is not None and m.predicate == "dead"


def test_session39_a_present_verb_after_an_appositive_is_the_subjects_verb() -> None:
    """Rule `appositive-subject`: "Name, aside, verbs ...": the aside closed by a name or a number, an
    object after the verb; not a list ("his arms, face and chest")."""
    assert _predicates("Dana Lund, the mayor of Harwick, opposes the plan.") == ["opposes"]
    assert _predicates("The two brothers, Tod and Hal, face bribery charges in the same case.") == ["face"]
    assert _predicates("He burned his arms, face and chest.") == ["burned"]
    assert _predicates("Staff wore gloves, paper suits, face masks and gowns.") == ["wore"]
    m = _match(
        "Hal Rook and the mayor's other brother, Tod, are facing bribery charges, and two aides are held.",
        "The two brothers, Tod and Hal, face bribery charges in the same case.",
    )
    assert m is not None and m.predicate == "face"


def test_session39_a_place_the_agent_names_says_whose_doers() -> None:
    """Rule `place-doer`: "Police in Harwick arrested" / "arrested by Harwick police": one doer; "by Dover
    police" stays another."""
    active = "Police in Harwick arrested seven men after the riot on Monday, the mayor said."
    m = _match(active, "Seven men were arrested by Harwick police on Monday after the riot.")
    assert m is not None and m.route == "voice"
    assert _match(active, "Seven men were arrested by Dover police on Monday after the riot.") is None


def test_session39_review_a_place_both_name_is_not_one_doer_alone() -> None:
    """Rule `place-doer` (review39): the place keeps the doers one only when the passive also writes the
    doer's own words; "Protesters in Harwick attacked" / "attacked by Harwick police" are two doers (was a
    `voice` match, a fact)."""
    a = "Protesters in Harwick attacked seven men after the riot on Monday, the mayor said."
    assert _match(a, "Seven men were attacked by Harwick police on Monday after the riot.") is None
    b = "Gunmen in Harwick killed seven soldiers on Monday, the mayor said."
    assert _match(b, "Seven soldiers were killed by Harwick troops on Monday.") is None


def test_session40_a_relative_clause_s_apposition_is_no_subject_of_the_verb_after_its_comma() -> None:
    """Rule `aside-comma`: in "Dana Whitcombe, who hosted "Night Owls," a radio show known for its callers,
    died on Saturday", the comma before "died" closes the relative clause, and its apposition ("a radio show
    ...") is no subject: the name before "who" is. Start f51ec17: the show was the subject, no match."""
    a = (
        'Dana Lee Whitcombe, who rose to fame as the host of "Night Owls," a Fenwick radio show known for its'
        " late callers and odd guests, died on Saturday in Dunmore."
    )
    b = "Dana Whitcombe, the Fenwick radio host, has died in Dunmore, his family said."
    m = _match(a, b)
    assert m is not None and m.predicate == "dead" and "E:dunmore" in m.shared
    (f,) = _facts(a)
    assert [c.before for c in f.claims if c.predicate == "dead"] == [frozenset({"E:whitcombe", "dana"})]
    # a word between the comma and the verb other than an auxiliary or adverb: the rule stays silent
    c = "Dana Whitcombe, who hosted a show on WFNK, the Fenwick station, and Tallis later met in Dunmore."
    (f,) = _facts(c)
    assert all(not {"E:dana", "E:whitcombe"} & x.before for x in f.claims if x.predicate == "meet")


def test_session40_a_participle_before_a_clause_of_time_is_the_clause_s_only_verb() -> None:
    """Rule `only-verb-tail`: "Forty people died in Harwick when the quake hit": the verb of the clause of
    time ("hit") is no rival to the participle-like "died", which `only-verb` then keeps (start f51ec17:
    no claim). A verb after the time clause's own is the main clause's ("The stage built for the mayor
    when she spoke collapsed": no "built")."""
    assert _predicates("Forty people died in Harwick when the quake hit.") == ["died"]
    assert _predicates("Forty people died in Harwick when the quake hit the town and flooded it.") == ["died"]
    assert _predicates("The couple divorced in Dover after Tallis filed the papers.") == ["divorced"]
    assert "built" not in _predicates("The stage built for the mayor when she spoke collapsed.")
    assert "died" in _predicates("Forty people died in Harwick as the quake hit.")


def test_session40_face_charges_is_a_verb_and_its_object() -> None:
    """Rule `face-charges`: "face" / "faces" before what one faces in court with no determiner ("face
    charges", "faces trial") is the verb (start f51ec17: read only before a determiner, a sum or a name, so
    these clauses read no claim); a face before another word stays a noun."""
    assert _predicates("The two men face charges of fraud in Dover.") == ["face"]
    assert _predicates("Dana Lund faces trial in Harwick next month.") == ["faces"]
    assert "face" not in _predicates("Their face masks looked odd.")


def test_session47_a_without_denies_its_phrase_not_the_verb() -> None:
    """Rule `without-phrase`: "Four bodies were found in Harwick without any sign of a struggle" tells the
    bodies found, "Without a permit, the crew dumped ..." the dumping; another negation in the clause keeps
    the clause's."""

    def negated(text: str) -> list[bool]:
        (f,) = _facts(text)
        return [c.negated for c in f.claims]

    assert negated("Four bodies were found in Harwick on Monday without any sign of a struggle.") == [False]
    assert negated("Without a permit, the Harwick crew dumped 300 tons of waste.") == [False]
    assert negated("A man walked into the Harwick bank without a disguise, demanded money and left.") == [
        False,
        False,
    ]
    assert negated("Four bodies were not found in Harwick without a search.") == [True]
    m = _match(
        "Four bodies were found in Harwick on Monday without any sign of a struggle, police said.",
        "Police said four bodies were found in Harwick on Monday.",
    )
    assert m is not None and m.predicate == "find"


def test_session48_a_modal_in_a_question_or_a_saying_after_the_verb_is_not_its_hedge() -> None:
    """Rules `wh-modal`, `said-modal` (session 48, issue 14): a modal in a clause that a question word or a
    participle of saying opens after the claim's verb hedges what is asked or said, not the claim told as
    done ("disagreed over who would run the depot": the disagreeing happened). Before, the whole clause was
    hedged, so the claim matched no unhedged one. A modal before the verb, or after "as", still hedges."""

    def hedges(text: str) -> list[tuple[str, bool]]:
        (f,) = _facts(text)
        return [(c.predicate, c.hedged) for c in f.claims]

    assert hedges("Harwick and Brill disagreed over who would run the depot.") == [("disagre", False)]
    said = "The Harwick council's account retweeted a post saying Mayor Jon Tallis should resign."
    assert hedges(said) == [("retweet", False), ("resign", True)]
    assert hedges("The Harwick council could disagree over who would run the depot.") == [("disagre", True)]


_ROW = (
    "Harwick Transit and Brill clashed on Monday over the depot's night shifts, a row that has dragged on for"
    " a year and angered riders across the county."
)


def test_session48_two_verbs_of_one_paraphrase_group_with_two_participants_are_one_claim() -> None:
    """Rule `claim-paraphrase` (session 48, issue 14): "clashed" / "disagreed", one group of
    `data/paraphrases.txt`, the claims sharing two participants (Harwick Transit, Brill), are one claim; the
    link's evidence names the two predicates and the shared arguments. Before: `one-sided` (related)."""
    b = (
        "Officials said on Monday that Brill and Harwick Transit disagreed over who would pay for the depot's"
        " night shifts."
    )
    (k,) = _links(_ROW, b)
    assert (k.kind, k.evidence[0]) == ("fact", "rule:claim-paraphrase")
    assert "predicate:clash=disagre" in k.evidence and {"argument:brill", "argument:transit"} <= set(
        k.evidence
    )
    # a verb of no group ("talked") is no paraphrase; one participant and no number or year is too little
    talked = b.replace("disagreed", "talked")
    assert "fact" not in {k.kind for k in _links(_ROW, talked)}
    one = "Brill clashed over the depot's night shifts, a row that has dragged on for a year."
    assert "fact" not in {
        k.kind for k in _links(one, "Officials said Brill disagreed over who would pay for the shifts.")
    }


@pytest.mark.parametrize(
    "b",
    [
        "Officials said on Monday that Harwick Transit disagreed with the drivers' union over Brill's night"
        " shifts.",
        "Officials said on Monday that Harwick Transit and Brill disagreed with the union over the depot's"
        " night shifts.",
    ],
)
def test_session49_a_paraphrase_with_another_party_is_another_act(b: str) -> None:
    """Rule `paraphrase-party` (session 49, issue 14): "clashed" / "disagreed" share the group and both named
    participants, but one claim names the other party of its act ("with the drivers' union", "with the
    union") and the other claim does not: Harwick Transit and Brill clashing with each other is not their
    quarrel with a union. Before: `claim-paraphrase` (fact), a false citation. The party the other claim
    names as a doer keeps the link ("Brill disagreed with Harwick Transit")."""
    assert "fact" not in {k.kind for k in _links(_ROW, b)}
    same = "Officials said on Monday that Brill disagreed with Harwick Transit over the depot's night shifts."
    assert "fact" in {k.kind for k in _links(_ROW, same)}


def test_session48_placed_under_arrest_is_an_arrest() -> None:
    """concepts.txt (session 48): "placed under arrest" is the arrest concept, so its claim is an arrest
    ("Pinochet ... was placed under arrest in London Friday" / "... was arrested by the British police on
    Friday", duc2003 d30003t); before, the claim's predicate was "place"."""
    (f,) = _facts("Jon Tallis was placed under arrest in Harwick on Monday by state police.")
    assert [(c.predicate, c.passive) for c in f.claims] == [("arrest", True)]


def test_review48_two_paraphrase_verbs_of_other_objects_are_two_acts() -> None:
    """Rule `paraphrase-head` (review48): "built a new depot" / "created a stir", two verbs of one group of
    `data/paraphrases.txt` sharing both participants and the night buses, are other acts: each object a plain
    noun phrase of another head. Before: `claim-paraphrase` (fact), a false citation."""
    a = (
        "Harwick Transit and Brill built a new depot on Monday for the county's night buses, a project that"
        " has dragged on for a year and angered riders across the county."
    )
    b = (
        "Officials said on Monday that Brill and Harwick Transit created a stir over who would pay for the"
        " night buses."
    )
    assert "fact" not in {k.kind for k in _links(a, b)}
    drew = ", a move that drew anger across the county."
    posted = "Senator Ann Tallis retweeted a post on Monday praising Jon Brill" + drew
    photo = "Officials said Senator Ann Tallis reposted an old photo on Monday mocking Jon Brill."
    assert "fact" not in {k.kind for k in _links(posted, photo)}
    # one object alike on both sides is still one act
    alike = "Senator Ann Tallis retweeted a photo on Monday mocking Jon Brill" + drew
    assert [k.evidence[0] for k in _links(alike, photo) if k.kind == "fact"] == ["rule:claim-paraphrase"]


def test_review48_which_or_what_before_a_modal_still_hedges_the_claim() -> None:
    """Rule `wh-modal` (review48): "which" and "what" open no question of their own here; "shot down what may
    have been a drone" and "…, a claim which could not be verified" hedge the shooting itself, as they did
    before session 48. "who would" after the verb still leaves it told as done."""

    def hedges(text: str) -> list[tuple[str, bool]]:
        (f,) = _facts(text)
        return [(c.predicate, c.hedged) for c in f.claims]

    assert hedges("Harwick troops shot down what may have been a Brill spy drone on Monday.") == [
        ("shoot", True)
    ]
    claim = "Rebels shot down a Harwick army helicopter on Monday, a claim which could not be verified."
    assert hedges(claim) == [("shoot", True)]
    assert hedges("Harwick and Brill disagreed over who would run the depot.") == [("disagre", False)]


def test_session49_a_street_address_one_side_gives_is_where_not_another_place() -> None:
    """Rule `address-apart`: a street address only one claim gives ("in the 400 block of Alder Lane") is
    no count set against the other's age and no other place than its district, so the one finding told
    in two voices is one fact; two addresses, one on each side, or an address and another street, are
    still two places."""
    a = (
        "Dana Whitcombe, 52, was found dead on Monday in the back garden of his house in the 400 block of "
        "Alder Lane."
    )
    b = (
        "Neighbours found the 52-year-old Whitcombe on Monday in the back garden of a house in the quiet "
        "Fernhill district."
    )
    assert [k.kind for k in _links(a, b)] == ["fact"]
    other = (
        "Neighbours found Whitcombe dead on Monday in the back garden of a house in the 900 block of "
        "Birch Road."
    )
    assert not {k.kind for k in _links(a, other)} & {"fact", "quote"}
    # nor when the other names a street of its own without an address: two streets, two places
    street = (
        "Neighbours found the 52-year-old Whitcombe on Monday in the back garden of a house on Birch Road."
    )
    assert not {k.kind for k in _links(a, street)} & {"fact", "quote"}


def test_session52_a_word_is_a_verb_only_where_a_verb_stands() -> None:
    # rule `be-complement`: after a form of "be" only a participle is a verb; an adjective or a noun there
    # is the complement, read as "be>..." (it was the predicate, passive: "indicative", "crucial")
    assert _predicates("The vote will be crucial for the mayor of Harwick.") == ["be"]
    (f,) = _facts("The ruling is not indicative of a trend, Lund said.")
    assert [c.predicate for c in f.claims] == ["be>indicative"]
    assert _predicates("The faces of the dead were shown on Harwick television.") == ["shown"]
    assert _predicates("The Harwick march was led by Dana Lund.") == ["led"]  # a participle of three letters
    assert _predicates("The Harwick depot was closed and the drivers were sent home.") == ["closed", "sent"]
    # rule `have-object`: after "have" only a past participle is a verb; any other word opens its object
    assert _predicates("The smugglers have hideouts in the hills above Harwick.") == ["have"]
    assert "custody" not in _predicates("Her aunt had once had custody of Dana Lund in Harwick.")
    assert _predicates("The Harwick council has cut the depot's budget.") == ["cut"]
    # rule `owner-adjective`: an "-ed" word after an owner's "'s" is an adjective; after a pronoun's, a verb
    assert _predicates("Lund's unexpected decision stunned the council in Harwick.") == ["stunned"]
    # rule `preposition-adjective`: ... and so is one after a preposition
    assert _predicates("Jets carried out airstrikes against suspected rebel bases in Harwick.") == ["carried"]
    # rule `demonym-noun`: a plural after a nationality's word is a noun, no present-tense verb
    assert _predicates("He was somewhere in the Kurdish regions that stretch over Harwick.") == ["was"]
    assert _predicates("Blair calls the Harwick ruling a disgrace.") == ["calls"]
    # rule `bracket-open`: a word right after an opening bracket has no subject: no verb
    assert _predicates("Harwick's council voted to close the depot ( associated press )") == ["voted"]


def test_session52_a_verb_group_of_its_own_after_and_ends_the_claim_before_it() -> None:
    # rule `and-group`: "and" with a subject and an auxiliary of its own ends the claim before it, though
    # the verb after that auxiliary is light: the second bequest is no object of "left"
    (f,) = _facts("Dana Lund was left $15,000 and Hal Brook was given $20,000 in the will.")
    (left,) = f.claims
    assert "E:lund" in left.before and "N:$:15000" in left.after
    assert not any("brook" in c or "20000" in c for c in left.after)
    # a coordinated verb with no auxiliary still shares the clause: "arrested and charged with theft"
    (f,) = _facts("Police said Dana Lund was arrested and charged with theft in Harwick.")
    assert [c.predicate for c in f.claims] == ["arrest", "charg"]


def test_session52_a_pronoun_with_its_auxiliary_written_on_opens_a_verb_group() -> None:
    # rule `contracted-auxiliary`: "we're", "she's", "he'll" are a subject and its auxiliary: the verb after
    # is one ("-ing" too), a participle after "'s" is passive, "'ll" a modal; a complement is still none
    assert _predicates("We're seeking a new trial in Harwick.") == ["seeking"]
    (f,) = _facts("She’s accused of theft in Harwick.")
    assert [(c.predicate, c.passive) for c in f.claims] == [("accus", True)]
    (f,) = _facts("He'll pay the Harwick fine on Monday.")
    assert [(c.predicate, c.modal) for c in f.claims] == [("pay", True)]
    assert "unclear" not in _predicates("It's unclear whether Lund will stay in Harwick.")


def test_session52_a_verb_of_claiming_before_that_wraps_what_is_claimed() -> None:
    # rule `claimed-that`: the "that" a few words after "complained" opens what is claimed, no relative
    # clause: its verb is the claim
    text = "Lund complained in court on Friday that the officer entered her Harwick flat illegally."
    assert _predicates(text) == ["entered"]
    assert _predicates("Lund warned the council in Harwick.") == ["warned"]  # no "that": the verb's own claim
    # ... though it looks like a participle after a noun ("complained in" as "compiled by"): lower-cased
    assert _predicates("lund complained in court on friday that the officer entered her flat.") == ["entered"]
