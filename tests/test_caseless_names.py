"""Names in a story that lost its letter case (analyze/caseless.py), on lower-cased text written here."""

from __future__ import annotations

import re

from newsbrief import brief
from newsbrief.analyze.namedata import data_places

# a story as Multi-News+ gives it: lower-cased, a capital only where the lower-caser saw a sentence start
_STORY = (
    "Sen. Rand paul said on tuesday that he will hold up the nomination in the senate. "
    "Paul has been hinting for weeks that he would act, his office said in a statement released in "
    "washington on monday. The kentucky republican wants a vote on a bill to audit the federal reserve. "
    "Lindsay lohan was not part of the story, but her name came up when a reporter asked about the show "
    "in los angeles. Dr. Judy melinek, a forensic pathologist, said the case was closed. "
    "Protesters gathered at 18th and spruce streets, where a grace period ended on friday. "
    "Paul's aides said the vote could come as soon as next month, and that the will of the voters in "
    "texas and kentucky was clear. The senator said he would not back down, and the fbi declined to "
    "comment on the matter when reached by phone on wednesday afternoon."
)


def _entities(text: str) -> dict[str, str]:
    b = brief(texts=[text], words=40, timings=False)
    return {e.name: e.kind for e in b.entities}


def test_session21_names_in_a_story_that_lost_its_case_are_found_by_evidence() -> None:
    """Rules titled-name ("sen. Rand paul", "dr. Judy melinek": a title before the name, the name whole,
    not the first name alone), first-and-surname ("lindsay lohan": a listed first name and a surname,
    neither an ordinary word) and listed-name ("los angeles", "fbi", "kentucky"). Before session 21 the
    brief listed "Judy" and "Paul" or nothing."""
    found = _entities(_STORY)
    assert found.get("Rand Paul") == "person", found
    assert found.get("Judy Melinek") == "person" and "Judy" not in found, found
    assert found.get("Lindsay Lohan") == "person", found
    assert found.get("Los Angeles") == "place" and found.get("Kentucky") == "place", found
    assert found.get("Federal Bureau of Investigation", found.get("FBI")) == "organization", found


def test_session21_a_surname_alone_is_the_person_named_in_full() -> None:
    """Rule surname-again: "Paul has been hinting", "Paul's aides": the surname of a person the story names
    in full counts as that person's mention (the section ranks people by mentions)."""
    b = brief(texts=[_STORY], words=40, timings=False)
    paul = next(e for e in b.entities if e.name == "Rand Paul")
    assert len(paul.mentions) == 3, paul


def test_session21_ordinary_words_are_no_names_in_a_story_that_lost_its_case() -> None:
    """No name without evidence: "grace period" (a first name that is an ordinary word), "the will of the
    voters", "the senator" (a title before no name) and a lone ordinal name nothing."""
    found = _entities(_STORY)
    assert not any(w in n for n in found for w in ("Grace", "Will", "18th", "Senator")), found


def test_session21_cased_text_is_left_to_the_capitalised_run_rules() -> None:
    """A guard: the table reads only stories that lost their case, so in cased text lower-case words stay
    words ("a lindsay lohan look-alike" is no name a reader could check by its capitals)."""
    text = (
        "A lindsay lohan look-alike appeared at the Los Angeles premiere on Monday, organisers said. "
        "The actress Emma Stone was also there, according to Reuters."
    )
    found = _entities(text)
    assert "Emma Stone" in found and "Lindsay Lohan" not in found, found


def test_session21_names_are_cut_where_the_evidence_ends() -> None:
    """A particle goes with the surname ("dr. Peter van eerden"), a middle initial too ("joel p. bennett");
    a name before an organisation's head word is no person ("the donald j. trump foundation"), and a name
    never runs on across a sentence's end ("... paul. Ryan said")."""
    text = (
        "The twins were delivered by dr. Peter van eerden at the hospital on monday, and joel p. bennett, "
        "a lawyer, said the family was well. The check came from the donald j. trump foundation in "
        "new york. They asked about paul. Ryan said nothing on tuesday. "
    ) * 3
    found = _entities(text)
    assert found.get("Peter van Eerden") == "person" and found.get("Joel P. Bennett") == "person", found
    assert not any("Trump" in n and found[n] == "person" for n in found), found
    assert "Paul Ryan" not in found, found


def test_session21_a_town_before_its_state_and_a_listed_town_after_in_are_places() -> None:
    """Rules town-and-state ("indio, calif.": the state's AP abbreviation and the town before its comma)
    and place-after-in ("in evanston": a town the place data lists, after "in"); not after "from" ("from
    humble beginnings") nor before a head word ("in monroe county" is the county's)."""
    text = (
        "The festival in indio, calif., drew a large crowd on friday, police in texas said. A school in "
        "evanston closed on monday. The mayor rose from humble beginnings, and the jail in monroe county "
        "was full. "
    ) * 5
    found = _entities(text)
    assert found.get("Indio") == "place" and found.get("Calif.") == "place", found
    if data_places():  # the [names] extra (GeoNames) is installed
        assert found.get("Evanston") == "place", found
    assert "Humble" not in found and "Monroe" not in found, found


def test_session21_a_pair_whose_second_word_speaks_alone_is_a_person() -> None:
    """Rule confirmed-pair: "carly fiorina" is a person's full name though "carly" is no listed first name,
    because the story writes "fiorina said"; "the duggar sisters said" (a plural noun) and "a vintage
    arians said" (a word after an article) are not."""
    text = (
        "The debate on tuesday drew carly fiorina to iowa. Fiorina said she would stay in the race, and "
        "the duggar sisters said they would watch. A reporter saw a vintage arians said to be rare. "
    ) * 5
    found = _entities(text)
    assert found.get("Carly Fiorina") == "person", found
    assert not any(n.startswith(("Duggar", "Vintage")) for n in found), found


# plain case-less sentences around the one a test reads, so that the story has lost its case
_PLAIN = (
    "The storm hit on tuesday and the senate was closed. Officials said the roads were closed until friday, "
    "and the fbi said it would help. The city said it would rebuild, and that the state had asked for "
    "federal help on monday. "
)


def _in_story(sentence: str) -> dict[str, str]:
    return _entities(_PLAIN + sentence + " " + _PLAIN + _PLAIN)


def test_session21_a_city_before_its_state_is_no_person() -> None:
    """Review must-fix 2: a first name that is a listed place too ("austin", "jackson", "madison",
    "charlotte") before a state is a city, no person ("crews in austin texas worked" gave the person
    "Austin Texas"); such a first name before a surname stays a person ("jackson browne")."""
    for sentence, state in [
        ("Crews in austin texas worked through the night.", "Texas"),
        ("Flights to jackson mississippi were cut.", "Mississippi"),
        ("Students in madison wisconsin marched.", "Wisconsin"),
        ("Traffic in charlotte carolina stopped.", None),
    ]:
        found = _in_story(sentence)
        assert "person" not in found.values(), (sentence, found)
        assert state is None or found.get(state) == "place", (sentence, found)
    found = _in_story(
        "The actress lindsay lohan, sen. rand paul, the singer jackson browne and chelsea clinton spoke."
    )
    for person in ("Lindsay Lohan", "Rand Paul", "Jackson Browne", "Chelsea Clinton"):
        assert found.get(person) == "person", found


def test_session21_a_name_after_a_title_is_a_person_whatever_the_lists_hold() -> None:
    """Review must-fix 3: the word right after a title is the name though a list holds it as a body or a
    place ("mr. bloomberg" gave the organisation Bloomberg, "mayor washington" the place Washington);
    after a name it is still a place ("president obama washington"), and after a title's stop the
    lower-caser took for a sentence's end it is no name ("... the opposition leader. France said")."""
    assert _in_story("Mr. bloomberg said the plan was good.").get("Bloomberg") == "person"
    assert _in_story("The mayor washington said the plan was good.").get("Washington") == "person"
    found = _in_story("The president obama washington visit was set.")
    assert found.get("Obama") == "person" and found.get("Washington") == "place", found
    found = _in_story("It was backed by the opposition leader. France said it would help.")
    assert found.get("France") == "place", found


def test_session21_a_place_that_is_a_given_name_before_a_surname_is_half_a_name() -> None:
    """Review must-fix 4: "reality star paris hilton said" listed the place Paris and no person; a listed
    place that is a given name too, before a word that could be a surname, is half a name, so nothing is
    said ("sydney smith", "israel folau"); alone or before a listed place it is still the place ("flights
    to paris", "sydney australia")."""
    for sentence, first in [
        ("The reality star paris hilton said on monday she was fine.", "Paris"),
        ("The writer sydney smith said it.", "Sydney"),
        ("The player israel folau said it.", "Israel"),
    ]:
        found = _in_story(sentence)
        assert first not in found, (sentence, found)
    found = _in_story("Flights to paris were cut, and flights from sydney australia were cancelled.")
    assert found.get("Paris") == "place" and found.get("Sydney") == "place", found


def test_session21_the_docstring_tells_the_table_and_surname_again_apart() -> None:
    """Review docs item: the module's rules are listed in the table's order, and `surname-again`, which
    runs apart from `CASELESS_RULES` once every document has run it, is told apart after them."""
    import newsbrief.analyze.caseless as caseless

    doc = caseless.__doc__ or ""
    bullets = re.findall(r"^- `([a-z-]+)`", doc, re.M)
    assert bullets == [r.name for r in caseless.CASELESS_RULES], bullets
    assert "surname-again" not in {r.name for r in caseless.CASELESS_RULES}
    assert "apart from the table" in " ".join(doc.split()) and "`surname-again`" in doc


def test_session21_a_contraction_after_a_title_is_no_name() -> None:
    """`_lower_word`: a word ending in "n't" is an ordinary word, so "president shouldn't" names no one
    (before, titled-name listed "Shouldn'T" and "Couldn'T" as people in a story that lost its case)."""
    text = _STORY + " Critics said president shouldn't sign it, and that president couldn't explain why."
    found = _entities(text)
    assert not any("'" in n or "’" in n for n in found), found
    assert found.get("Rand Paul") == "person", found


# fixpron (session 21 review): a child whose first name no list holds and a parent named in full share a
# surname; the surname alone may be either of them
_FAMILY = (
    "A 4-year-old boy who was hurt at a daycare in fresno has died, his family said on saturday. "
    "Tavin delgado died in a hospital on friday night with relatives at his side. "
    "Delgado's parents are preparing a second lawsuit against the daycare, their lawyer said. "
    "Doctors had told the family that tavin delgado would not wake up. "
    "His mother maria delgado asked for privacy as the family made plans for a funeral next week. "
    "Two weeks after delgado was hurt at the daycare, the state opened an inquiry into its staff. "
    "Inspectors said on monday that the daycare had been cited twice before for leaving children alone, "
    "and that its license was suspended while the inquiry went on. Parents of other children said they "
    "had been told nothing about the earlier citations when they enrolled their sons and daughters there."
)


def test_fixpron_a_surname_another_may_share_is_given_to_no_one() -> None:
    """Rule surname-of-another: the story names "maria delgado" in full and also writes "tavin delgado"
    ("tavin" no listed first name, so no full name), so "Delgado's parents" and "after delgado was hurt"
    are neither counted as Maria Delgado's mentions nor glossed with her name, but stay a person of their
    own, "Delgado" (before: "Maria Delgado" had 5 mentions and the summary's "Delgado's parents" the note
    "Delgado: Maria Delgado")."""
    from newsbrief.render import render

    b = brief(texts=[_FAMILY], words=400, timings=False)
    maria = next(e for e in b.entities if e.name == "Maria Delgado")
    assert len(maria.mentions) == 1, maria
    assert {e.name: e.kind for e in b.entities}.get("Delgado") == "person", b.entities
    md = render(b, "markdown")
    assert "Delgado's parents" in md and "Delgado: Maria Delgado" not in md, md


def test_fixpron_a_surname_only_its_person_writes_still_counts() -> None:
    """A guard: words before the surname that could be no first name ("the delgado family", "said
    delgado"), or a word no list holds written there once ("mocks delgado"), leave rule surname-again as it
    was: the lone surname is the person named in full."""
    text = _FAMILY.replace("Tavin delgado", "Their son").replace("tavin delgado", "the boy")
    text += " The delgado family thanked the nurses, said delgado. A blog post mocks delgado for it."
    b = brief(texts=[text], words=400, timings=False)
    maria = next(e for e in b.entities if e.name == "Maria Delgado")
    assert len(maria.mentions) == 6, maria


# caseless34: a name after a role word, and a double surname, in a story that lost its case
_ROLES = (
    "A cargo plane landed on a closed runway at a small airport in the north on sunday, officials said. "
    "The night shift manager teodor tavelli told investigators that the radio had failed. "
    "He said he had warned the crew twice. The spokesman said the airport would reopen on monday. "
    "The director general of the region and the secretary-general of the airport union met on tuesday. "
    "Union secretary-general marta okonkwo said the staff had asked for new radios for a year. "
    "The pilot, erin mcallister-stone, said she saw no lights. Investigators said they would report soon. "
    "Volunteer motorcycle riders met the crew, and the chief instructor robin hale thanked them. "
    "The airline said in a statement that it was working with the authorities and that no one on board "
    "had been hurt, and that the cargo would be moved to another plane by the end of the week."
)


def test_caseless34_a_role_word_before_two_unknown_words_names_a_person() -> None:
    """Rule role-and-name: "manager teodor tavelli", "secretary-general marta okonkwo" (a role word, then
    two words no ordinary English and no listed name) is a person though no list holds the first name
    (before: no name, so a later "he said" went to someone named earlier); "the spokesman said", "the director
    general", "the secretary-general of the airport union", "volunteer motorcycle riders" (a plural of
    a noun for people) and "chief instructor robin" (a noun for people first) name no one."""
    found = _entities(_ROLES)
    assert found.get("Teodor Tavelli") == "person", found
    assert found.get("Marta Okonkwo") == "person", found
    assert not any(w in n for n in found for w in ("General", "Said", "Spokesman", "Union")), found
    assert not any(w in n for n in found for w in ("Riders", "Instructor")), found


def test_caseless34_a_double_surname_after_a_listed_first_name_is_the_surname() -> None:
    """Rule double-surname: "erin mcallister-stone" is one person (before: "stone" is an ordinary word, so
    the hyphenated word was no surname and the name was missed); "barack obama-era rules" stays no name
    with a compound ending."""
    found = _entities(_ROLES)
    assert found.get("Erin McAllister-Stone") == "person", found
    other = _entities(_ROLES + " The barack obama-era rules were dropped last year, the report said.")
    assert not any("Era" in n for n in other), other


# caseless35: a name after a speaking head or an age, and a town the story writes as a surname too
_TOWER = (
    "A small plane landed on a closed runway at the airport near harwick on sunday, officials said. The "
    "night air traffic controller oskar vrabel said he had warned the crew twice. On monday, at the "
    'terminal gate, 51-year-old salaryman daisuke horie handed a letter to two staff members. " this is '
    'for the crew, " he said, bowing. Residents of tavelli and harwick were told to stay indoors, and '
    "deputy marco tavelli told them the fuel had been cleared. Trucks streamed out of tavelli as the "
    "deputy spoke. Tavelli said the roads would reopen soon. "
    "The airline said in a statement that no one on board had been hurt and that the plane would be moved "
    "to another field by the end of the week."
)


def test_caseless35_a_speaking_head_or_an_age_before_two_unknown_words_names_a_person() -> None:
    """Rule role-and-name reads the speaking heads that are a person's role ("controller oskar vrabel")
    and, after an age, a noun in "-man" (`role-after-age`: "51-year-old salaryman daisuke horie"), so
    the "he said" after it is his (before: no name, so the quote went to someone named earlier or to
    no one)."""
    found = _entities(_TOWER)
    assert found.get("Oskar Vrabel") == "person", found
    assert found.get("Daisuke Horie") == "person", found
    b = brief(texts=[_TOWER], words=40, timings=False)
    assert {q.text.strip(" ,"): q.speaker for q in b.quotes}["this is for the crew"] == "Daisuke Horie"


def test_caseless35_a_surname_alone_is_no_person_where_a_town_stands() -> None:
    """Rule town-not-surname: "residents of tavelli", "out of tavelli" are the town, not deputy Marco
    Tavelli, once the story writes the word where a town stands ("residents of tavelli"); before,
    surname-again counted each as his mention. "Tavelli said" (a subject) stays his."""
    b = brief(texts=[_TOWER], words=40, timings=False)
    marco = next(e for e in b.entities if e.name == "Marco Tavelli")
    assert len(marco.mentions) == 2, marco


def test_session35_an_illness_or_event_noun_is_no_surname_after_a_role() -> None:
    """Rule event-noun (`_not_surnames`): "the plant manager cholera outbreak plans" names no person (Punkt's
    table never saw "outbreak" in lower case, so role-and-name read "Cholera Outbreak" as a person); "coach
    zdenek zeman" still is one."""
    text = (
        "The plant manager cholera outbreak plans were pinned to the wall of the clinic on tuesday. "
        "Coach zdenek zeman said the team would stay home. " + _STORY
    )
    found = _entities(text)
    assert not any("Outbreak" in n for n in found), found
    assert found.get("Zdenek Zeman") == "person", found


def test_review35_a_nationality_after_an_age_is_no_role() -> None:
    """Rule role-after-age reads a noun in "-man" after an age ("51-year-old salaryman"), never a
    nationality: "a 19-year-old german youtuber bundesliga fan" names no "Youtuber Bundesliga"."""
    found = _entities("a 19-year-old german youtuber bundesliga fan posted the clip on monday. " + _STORY)
    assert not any("Bundesliga" in n for n in found), found


def test_orgs35_a_body_is_found_by_its_head_noun_in_lower_case() -> None:
    """Rule head-noun-org: a head noun before "of" and its name ("the ohio department of parks and
    recreation", "university of vermont"), or a name then ordinary nouns then a head ("u.s. weather
    bureau", "brattleboro union high school"), is one organisation; before, only the listed places
    inside showed ("Ohio", "Vermont", as places)."""
    text = (
        "The ohio department of parks and recreation said on monday that the trail would stay shut. "
        "A geologist at the university of vermont in burlington said the rocks were old. "
        "Figures from the u.s. weather bureau show the lake froze early. "
        "Students at brattleboro union high school held a vigil. " + _STORY
    )
    found = _entities(text)
    assert found.get("Ohio Department of Parks and Recreation") == "organization", found
    assert found.get("University of Vermont") == "organization", found
    assert found.get("U.S. Weather Bureau") == "organization", found
    assert found.get("Brattleboro Union High School") == "organization", found


def _orgs(text: str) -> list[str]:
    """The organisations rule head-noun-org finds in `text`, as written, all the rules run in order."""
    from newsbrief.analyze.caseless import CASELESS_RULES, Found

    f = Found(text)
    for rule in CASELESS_RULES:
        f.rule = rule.name
        rule.find(f)
    return [text[c.start : c.end] for c in f.out if c.rule == "caseless-head-noun-org"]


def test_orgs35_a_head_noun_takes_no_verb_article_or_generic_noun() -> None:
    """Rule head-noun-org stops at a verb ("… recreation said", "hale left harwell university" gives
    "Harwell University"), a preposition or article ("… recreation via a statement"), a noun for what a
    body says or does ("the department of energy officials"); a head after ordinary words only ("the
    agency", "a city council", "the state department") or after a person's first name ("a john smith
    school teacher") is no organisation."""
    assert _orgs("the ohio department of parks and recreation via a statement said") == [
        "ohio department of parks and recreation"
    ]
    assert _orgs("coach hale left harwell university in 2010") == ["harwell university"]
    assert _orgs("the agency said a city council met and the state department agreed") == []
    assert _orgs("he is a john smith school teacher") == []
    assert _orgs("the department of energy officials declined") == ["department of energy"]


def test_review35_a_pastime_before_a_head_is_no_body() -> None:
    """Rule head-noun-org: a sport or pastime before "school" or "league" names a kind of body, not one
    ("she runs a karate school", "the hockey league suspended him", "a youth soccer league"), while a
    place name before it still makes one ("brattleboro union high school")."""
    assert _orgs("she runs a karate school near the river") == []
    assert _orgs("the hockey league suspended him for a week") == []
    assert _orgs("he coached a youth soccer league for years") == []
    assert _orgs("students at brattleboro union high school held a vigil") == [
        "brattleboro union high school"
    ]


def test_entities39_a_nationality_after_a_or_an_names_a_kind_of_body() -> None:
    """Rule nationality-kind: "a dutch high school student" names a kind of school, no organisation
    (entities39's audit: "Dutch High School" reported); "the american heart association" and "a russian
    interstate aviation committee official" (a committee, no school) are bodies."""
    assert _orgs("he is just a dutch high school student who maps the war") == []
    assert _orgs("a study by the american heart association found") == ["american heart association"]
    assert _orgs("said a russian interstate aviation committee official") == [
        "russian interstate aviation committee"
    ]


# an invented story (session 36) for the rules below, lower-cased as Multi-News+ writes its stories
_FLOOD = (
    "The flood on the kagera river cut the main road on tuesday, and the water kept rising for two days. "
    "Deodatus kinawila, the district commissioner of bukoba, told the bbc that two villages were under "
    'water. " we are moving families to the schools, " he said later. The soldier was held in a '
    "taliban-held village for a year, and a kremlin-backed channel aired the video on friday. The group "
    "planned parenthood said it would sue the state, and wikileaks posted the letters online. Brannon eagar, "
    "14, was swept away by the water near his home; a day later eagar said he had held on to a tree.\n"
    "Eagar, arizona ( cnn ) -- A fire in the hills above the town burned for three days before the rain "
    "came. The town of eagar was never in danger, the fire chief said on monday."
)


def test_session36_name_then_role_is_a_person_and_the_speaker() -> None:
    """Rule name-then-role: two words no ordinary English then an apposition naming a role ("deodatus
    kinawila, the district commissioner of …"): a person, so "he said later" after it is his (caseless35's
    open item)."""
    b = brief(texts=[_FLOOD], words=40, timings=False)
    found = {e.name: e.kind for e in b.entities}
    assert found.get("Deodatus Kinawila") == "person", found
    q = {x.text.strip(" ,."): x.speaker for x in b.quotes}
    assert q["we are moving families to the schools"] == "Deodatus Kinawila", q


def test_session36_listed_bodies_whatever_their_case() -> None:
    """Listed-name reads the bodies orgs.txt lists in lower case ("planned parenthood", "wikileaks"), and
    rule listed-compound one glued to a participle of holding ("taliban-held", "kremlin-backed")."""
    found = _entities(_FLOOD)
    for name in ("Planned Parenthood", "WikiLeaks", "Taliban", "Kremlin"):
        assert found.get(name) == "organization", (name, found)


def test_session36_a_capitalised_dateline_town_is_no_mention_of_the_person() -> None:
    """Rule town-not-surname on the capitalised-run candidates: "Eagar, arizona ( cnn ) --" opens a
    sentence, so its capital is the lower-caser's; the town, not a mention of Brannon Eagar."""
    b = brief(texts=[_FLOOD], words=40, timings=False)
    eagar = next(e for e in b.entities if e.name == "Brannon Eagar")
    assert len(eagar.mentions) == 2, eagar.mentions  # "Brannon eagar", "eagar said"


# an invented feature story (session 36): people named in full once, then by first name or surname
_WEDDING = _STORY + (
    " Hilary swank is getting married this summer, her publicist said on monday. The actress met her fiance "
    'on a blind date in the city two years ago. " we talked for twelve hours, " hilary laughs. Terri and '
    'peter pazdernik were thrilled when their babies came home from the hospital in march. " it was hard '
    'to believe, " terri says. In a post on her page, bette midler said on thursday that she was sorry. '
    "Midler deleted the post an hour later. The white house press secretary sarah huckabee sanders said "
    'there was no link. " there is no way this is sexist, " sanders added.'
)


def test_session36_names_told_by_their_verb_and_their_partner() -> None:
    """Rules pair-before-verb ("…, bette midler said": two words no ordinary English opening the subject
    of a verb of saying), third-name ("sarah huckabee sanders" … "sanders added") and couple-name ("terri
    and peter pazdernik": Terri Pazdernik)."""
    found = _entities(_WEDDING)
    for name in ("Bette Midler", "Sarah Huckabee Sanders", "Terri Pazdernik", "Peter Pazdernik"):
        assert found.get(name) == "person", (name, found)
    assert "Sarah Huckabee" not in found, found


def test_session36_a_first_name_alone_is_the_one_person_named_in_full_with_it() -> None:
    """Rule first-name-again: "hilary laughs", "terri says" after "Hilary swank", "terri and peter
    pazdernik": the one person of the story with that first name, so the quotes are theirs."""
    b = brief(texts=[_WEDDING], words=40, timings=False)
    q = {x.text.strip(" ,."): x.speaker for x in b.quotes}
    assert q["we talked for twelve hours"] == "Hilary Swank", q
    assert q["it was hard to believe"] == "Terri Pazdernik", q
    assert q["there is no way this is sexist"] == "Sarah Huckabee Sanders", q
    swank = next(e for e in b.entities if e.name == "Hilary Swank")
    assert len(swank.mentions) == 2, swank.mentions


def test_session36_a_first_name_two_people_share_names_neither() -> None:
    """Rule first-name-again needs one person: with "hilary swank" and "hilary duff" both named, "hilary"
    alone is no one's mention."""
    text = _WEDDING + " Her friend hilary duff, a singer, was at the party too."
    b = brief(texts=[text], words=40, timings=False)
    q = {x.text.strip(" ,."): x.speaker for x in b.quotes}
    assert q["we talked for twelve hours"] is None, q


def test_session36_an_honorific_names_a_surname_that_is_an_ordinary_word() -> None:
    """Rules honorific-surname ("ms. Baker", "ms. Rice": nothing but a surname follows "ms."), adverb-not-
    surname ("mr. Simmons professionally" is Simmons) and, in attribution, lower-title-stop ("said ms.
    Baker, now a lawyer": the stop after a lower-case title ends no phrase)."""
    text = _STORY + (
        ' After the assault, ms. Baker remained tied to mr. Simmons professionally, she said. " i went into '
        'a cocoon, " said ms. Baker, now a lawyer. She said nothing more on monday.'
    )
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e.kind for e in b.entities}
    assert found.get("Baker") == "person" and found.get("Simmons") == "person", found
    assert "Simmons Professionally" not in found, found
    q = {x.text.strip(" ,."): x.speaker for x in b.quotes}
    assert q["i went into a cocoon"] == "Baker", q


def test_review36_a_first_name_that_is_a_place_is_left_to_the_place() -> None:
    """Rule first-name-again leaves a first name that is a listed place ("flew to austin", "in florence"):
    it stands for the town as often as for the one person named with it (review36: "Austin veldkamp"
    took "flew to austin on monday" as a mention)."""
    text = _STORY + (
        " Austin veldkamp scored 20 points in the final. The team flew to austin on monday. Florence dubrow"
        " painted the mural last year. The show in florence opened on sunday."
    )
    b = brief(texts=[text], words=40, timings=False)
    people = {e.name: len(e.mentions) for e in b.entities if e.kind == "person"}
    assert people.get("Austin Veldkamp") == 1 and people.get("Florence Dubrow") == 1, people


def test_review36_an_honorific_idiom_names_no_one() -> None:
    """Rule honorific-surname takes no idiom ("still waiting for mr. right", "no more mr. nice guy"): an
    adjective after "mr." there is no surname (review36 S5: a person "Right"); "ms. Baker" still is one."""
    text = _STORY + (
        " She is still waiting for mr. right, she joked. There will be no more mr. nice guy at the firm, the"
        " manager said. ms. Baker remained at the firm on monday."
    )
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e.kind for e in b.entities}
    assert "Right" not in found and "Nice" not in found, found
    assert found.get("Baker") == "person", found


def test_entities39_listed_bodies_in_lower_case() -> None:
    """Bodies entities39's audit found missed in lower-case stories, now listed (`orgs.txt`): "the u.s.
    postal service", "the free syrian army", "the hollywood reporter" (was the place Hollywood)."""
    found = _entities(
        "The u.s. postal service said on monday that stamps would cost more. Rebels of the free syrian army "
        "held the town, and the hollywood reporter said the film was shot there. " + _STORY
    )
    assert found.get("U.S. Postal Service") == "organization", found
    assert found.get("Free Syrian Army") == "organization", found
    assert found.get("Hollywood Reporter") == "organization", found
    assert "Hollywood" not in found, found


def test_entities39_congress_alone_is_the_body_but_not_a_party_congress() -> None:
    """Rule body-word: "congress" (an ordinary word, so listed-name skipped it) written alone in a
    lower-case story is the body ("asked congress to pass the bill"); "a party congress" and "the
    tolkien congress" are meetings, and "the library of congress" the library."""
    assert (
        _entities("President obama asked congress to pass the bill on thursday. " + _STORY).get("Congress")
        == "organization"
    )
    found = _entities("The party opened a party congress, and the library of congress shut. " + _STORY)
    assert "Congress" not in found, found
    assert found.get("Library of Congress") == "organization", found
    found = _entities("Fans met at the tolkien congress in oslo on monday. " + _STORY)
    assert "Congress" not in found, found


# an invented sports-and-media story as Multi-News+ gives it (session 40)
_STADIUM = (
    "The new york yankees beat the mets on sunday, and the giants lost again, al-jazeera and espn reported. "
    "A lucasfilm crew shot the game for a film, a photographer for getty images said. The equal employment "
    "opportunity commission said on monday that the eeoc had no comment on the team's hiring."
)


def test_session40_teams_media_and_hyphened_names_whatever_their_case() -> None:
    """Rules team-nickname ("new york yankees", "the mets": nicknames that are no other English word),
    hyphened-listed ("al-jazeera" for the listed "Al Jazeera") and orgs.txt's lines from entities40's read
    (espn, lucasfilm, getty images, the EEOC in full and by its acronym); "the giants" (an ordinary plural)
    names nothing."""
    b = brief(texts=[_STORY + " " + _STADIUM], words=40, timings=False)
    found = {e.name: e.kind for e in b.entities}
    for name in ("New York Yankees", "Mets", "Al Jazeera", "ESPN", "Lucasfilm", "Getty Images"):
        assert found.get(name) == "organization", (name, found)
    eeoc = next(e for e in b.entities if e.name == "Equal Employment Opportunity Commission")
    assert eeoc.kind == "organization" and len(eeoc.mentions) == 2, eeoc
    assert not any("Giants" in n for n in found), found


def test_session40_a_two_word_town_and_a_glued_possessive() -> None:
    """Rule two-word-town ("in palo alto, calif.": one town, not "Palo" after "in" and "Alto" before the
    state) and glued-possessive ("sandra ellis'car": a possessive with no space after it is two words, so
    the person "Sandra Ellis", not "Sandra Ellis'Car")."""
    text = _STORY + (
        " The police found sandra ellis'car near the creek. A small fire broke out at a home in palo "
        "alto, calif., on tuesday night, and the owners'dog was found safe."
    )
    found = _entities(text)
    assert found.get("Palo Alto") == "place" and "Palo" not in found and "Alto" not in found, found
    assert found.get("Sandra Ellis") == "person" and not any("'" in n for n in found), found


def test_session40_every_alias_full_name_is_listed_itself() -> None:
    """The full name an alias merges into is listed with the alias's kind, and so are US bodies news names
    often (entities40: "Environmental Protection Agency" was the full name of "EPA" but no listed name, so
    a story that lost its case found "epa" and not "the environmental protection agency")."""
    from newsbrief.lexicon.gazetteer import gazetteer, key

    g = gazetteer()
    unlisted = sorted(c for c in g.aliases.values() if not g.kind_of(key(c)))
    assert not unlisted, unlisted
    agreed = (
        " The environmental protection agency, the food and drug administration, the federal aviation "
        "administration and the census bureau agreed."
    )
    found = _entities(_STORY + agreed)
    bodies = ("Environmental Protection Agency", "Food and Drug Administration", "Census Bureau")
    for name in (*bodies, "Federal Aviation Administration"):
        assert found.get(name) == "organization", (name, found)


def test_session40_a_place_after_a_ships_prefix_names_the_ship() -> None:
    """Rule ship-name: "the uss wisconsin", "hms belfast": the listed place after a ship's prefix names the
    ship, so no place Wisconsin (entities39's read); "in wisconsin" stays the place."""
    found = _entities(_STORY + " The crew of the uss wisconsin and of hms belfast sailed on monday.")
    assert "Wisconsin" not in found and "Belfast" not in found, found
    found = _entities(_STORY + " The crew sailed for home in wisconsin on monday.")
    assert found.get("Wisconsin") == "place", found


def test_session40_a_listed_name_inside_a_web_address_is_no_name_of_its_own() -> None:
    """Rule in-address: "mtv" of "vma.mtv.com" is a part of the address, which the recogniser reads
    whole as the site; "on mtv" alone is the listed broadcaster."""
    b = brief(texts=[_STORY + " Watch the show on mtv, or go to vma.mtv.com for the clips."], words=40)
    spans = {(e.name, m.start, m.end) for e in b.entities for m in e.mentions}
    text = b.documents[0].text
    mtv = [s for n, s, e in spans if n == "MTV"]
    assert mtv == [text.index("on mtv") + 3], spans


def test_entities41_a_listed_name_is_not_made_ordinary_by_its_ending() -> None:
    """Rule listed-suffix: a listed one-word place or company ending "-ly" or "-ing" ("italy", "beijing",
    "boeing") is no ordinary word because of its ending; `ordinary` guesses so of words Punkt never saw,
    and no story that lost its case found "in italy". A listed name Punkt saw in lower case ("china",
    "turkey" on a plate) is still no name alone."""
    found = _entities(_STORY + " The mayor flew from italy to beijing, where boeing shipped fine china.")
    assert found.get("Italy") == "place" and found.get("Beijing") == "place", found
    assert found.get("Boeing") == "organization", found
    assert "China" not in found, found


def test_entities41_a_listed_name_holding_a_head_is_taken_whole() -> None:
    """Rule listed-holds-head: "the federal bureau of investigation" is the listed name, not head-noun-org's
    "Bureau of Investigation" cut at its head; a listed name the head ends is read as before ("u.s. census
    bureau" whole); a new head, "institute", after a word no ordinary English ("the merrow institute")."""
    found = _entities(
        _STORY + " Agents of the federal bureau of investigation met staff of the merrow institute on friday."
    )
    assert found.get("Federal Bureau of Investigation") == "organization", found
    assert "Bureau of Investigation" not in found, found
    assert found.get("Merrow Institute") == "organization", found
    assert _orgs("a research institute and the institute said") == []
    assert _orgs("data from the u.s. census bureau show") == ["u.s. census bureau"]


def test_entities41_listed_bodies_of_ordinary_words_are_found() -> None:
    """orgs.txt lines for bodies whose names are ordinary words or a first name before the head, which no
    rule can tell in a story that lost its case ("rice university", "howard university", "the interior
    department"); "a bowl of rice" stays no name."""
    text = (
        _STORY + " Experts at rice university and howard university told the interior department to eat rice."
    )
    found = _entities(text)
    for name in ("Rice University", "Howard University", "Interior Department"):
        assert found.get(name) == "organization", (name, found)
    assert "Rice" not in found, found


def test_entities41_a_county_sheriffs_office_is_one_body() -> None:
    """Rule sheriff-office: "the tarrow county sheriff's office" is one organisation (the possessive parted
    its words, so no head-noun rule read it); "the county sheriff's office" and "a local county sheriff's
    department" name no one body; a listed county of two words is whole ("los angeles"), and a name word
    before the county's ("san tarro") gives no body rather than a cut one."""
    found = _entities(_STORY + " Deputies of the tarrow county sheriff's office found the car on friday.")
    assert found.get("Tarrow County Sheriff's Office") == "organization", found
    found = _entities(_STORY + " The county sheriff's office and a local county sheriff's department agreed.")
    assert not any("Sheriff" in n for n in found), found
    found = _entities(
        _STORY + " The los angeles county sheriff's department and the san tarro county sheriff's office met."
    )
    assert found.get("Los Angeles County Sheriff's Department") == "organization", found
    assert not any("Tarro" in n for n in found), found  # where the county's name begins is unsure: none


def test_entities41_a_field_in_ing_ends_a_department_s_name() -> None:
    """A field of study in "-ing" is the last word of the department's name ("the department of civil
    engineering"), not a word after it as "the department of energy funding" is."""
    assert _orgs("staff of the department of civil engineering met") == ["department of civil engineering"]
    assert _orgs("the department of energy funding ran out") == ["department of energy"]


def test_entities41_a_name_after_a_lower_case_saint_is_no_person() -> None:
    """Rule after-saint: in a story that lost its case, the capital after "st. " is the lower-caser's
    ("near st. George", "to st. Paul island"): no person George, no place Paul; "sen. Rand paul" elsewhere
    is still a person."""
    found = _entities(_STORY + " The boat sank near st. George, and the crew went to st. Paul island.")
    assert "George" not in found and "Paul" not in found, found
    assert found.get("Rand Paul") == "person", found


def test_review41_a_county_after_a_place_opener_gives_no_cut_body() -> None:
    """Rule sheriff-office: a county whose name opens on a word Punkt saw in lower case ("la", "st.",
    "east", "new") was cut to its rest, another body's name ("Plata County Sheriff's Office" of "la plata",
    "Hanover County" of "new hanover", "Baton Rouge Parish" of "east baton rouge"): none now; a county
    after "the" or a sentence's end is read as before."""
    text = _STORY + (
        " Deputies of the la plata county sheriff's office, the st. lucie county sheriff's office and the"
        " new tarrow county sheriff's department met the east baton rouge parish sheriff's office."
    )
    assert not any("Sheriff" in n for n in _entities(text)), _entities(text)
    found = _entities(_STORY + " The car was found. Tarrow county sheriff's office deputies said so.")
    assert found.get("Tarrow County Sheriff's Office") == "organization", found


def test_entities42_an_accented_name_is_whole() -> None:
    """Rule accented-word: a word of the case-less table takes accented letters, so "marie tisäter" is one
    person, "Marie Tisäter", not "Marie Tis" cut at the "ä", and her surname alone is hers too."""
    found = _entities(_STORY + " The skier marie tisäter won on sunday, and tisäter said she was glad.")
    assert found.get("Marie Tisäter") == "person", found
    assert not any(n.startswith("Marie Tis") and n != "Marie Tisäter" for n in found), found


def test_entities42_after_a_role_word_an_ordinary_first_name_opens_a_name() -> None:
    """Rule role-first-name: after a role word a listed first name that is an ordinary word ("bill",
    "mark") opens a person's name as after a title ("editor-in-chief bill keller", "spokesman mark
    woodward"), and the surname alone is the person again; no surname after it, no person ("the manager
    grace period", "the director rose quickly")."""
    text = _STORY + (
        " The piece, written by editor-in-chief bill keller, ran on sunday. Later keller said it was fair."
        " The manager grace period ended, and the director rose quickly to leave."
    )
    b = brief(texts=[text], words=40, timings=False)
    keller = next((e for e in b.entities if e.name == "Bill Keller"), None)
    assert keller is not None and keller.kind == "person" and len(keller.mentions) == 2, b.entities
    assert not any(w in e.name for e in b.entities for w in ("Grace", "Rose")), b.entities


def test_entities42_a_company_suffix_and_a_head_before_a_stop_end_a_body_s_name() -> None:
    """Rules company-suffix ("zorbex corp.", "acme widgets inc.": the suffix is a head, its stop kept) and
    head-noun-org at a sentence's end ("he studied at carnegie mellon university.": the stop after the
    head was taken for no head at all); state-after-town: "newton, kansas police department" gives no
    "Kansas Police Department" (the town's body, its name's start unsure), and "kansas" stays the place."""
    text = _STORY + (
        " Officials at acme widgets inc. and zorbex corp. declined to comment. He studied at carnegie mellon"
        " university. The tip went to the newton, kansas police department on friday."
    )
    found = _entities(text)
    for name in ("Acme Widgets Inc.", "Zorbex Corp.", "Carnegie Mellon University"):
        assert found.get(name) == "organization", (name, found)
    assert not any("Police" in n for n in found) and found.get("Kansas") == "place", found


def test_entities42_after_a_title_an_ordinary_word_may_be_the_surname() -> None:
    """Rule titled-plain-surname: after a title, a listed first name no ordinary word and then an ordinary
    word that can be a surname is one person ("gov. jerry brown", "president george bush"), where the first
    name alone was found ("Jerry"); not after a title or kin word a first name alone follows ("prince harry
    looks", "his wife melania won"), nor before a verb ("gov. jerry said", "charles took")."""
    text = _STORY + (
        " Gov. jerry brown signed the bill, and president george bush said so. Prince harry looks well, and"
        " his wife melania won the bid. The general charles took the town."
    )
    found = _entities(text)
    assert found.get("Jerry Brown") == "person" and found.get("George Bush") == "person", found
    for wrong in ("Jerry", "Harry Looks", "Melania Won", "Charles Took"):
        assert wrong not in found, (wrong, found)


def test_entities42_a_broadcaster_s_news_outlet_is_listed_whole() -> None:
    """orgs.txt lines "BBC News", "CBC News", "CTV News", "ITV News": in a story that lost its case the
    listed acronym alone was found ("ctv" of "ctv news", a cut span); the outlet is whole now."""
    found = _entities(_STORY + " The crash was first reported by ctv news and bbc news on friday.")
    assert found.get("CTV News") == "organization" and found.get("BBC News") == "organization", found
    assert "CTV" not in found and "BBC" not in found, found


def test_names42_an_ordinary_surname_with_no_title_needs_the_document_to_show_it() -> None:
    """Rule shown-plain-surname: with no title, a first name no ordinary word (listed or not) and then an
    ordinary word is one person when the document writes that word alone as a person's ("condoleezza rice"
    … "ms. Rice said", "kanye west" … ". West said", "michael brown" … "mr. Brown's"); before, none was
    found ("Michael" alone, a fragment). No evidence, no name: "jessica brown arrived" (brown nowhere
    alone), "jessica west" beside "the west has", "john said", "nerf gun" beside "a toy gun said"."""
    shown = _STORY + (
        " Condoleezza rice, the former secretary, spoke first, and ms. Rice said she was done. Kanye west"
        " released an album on friday. West said it was his best. Michael brown was shot in august, and"
        " a march for mr. Brown's family was held."
    )
    found = _entities(shown)
    assert found.get("Condoleezza Rice") == "person" and found.get("Kanye West") == "person", found
    assert found.get("Michael Brown") == "person", found
    for wrong in ("Condoleezza", "Kanye", "Michael"):
        assert wrong not in found, (wrong, found)
    unshown = _STORY + (
        " Jessica brown arrived late. The west has been slow to act, jessica west wrote. John said nothing."
        " A boy holding a toy gun said nothing, and his nerf gun was found."
    )
    found = _entities(unshown)
    for wrong in ("Jessica Brown", "Jessica West", "John Said", "Nerf Gun", "Toy Gun"):
        assert wrong not in found, (wrong, found)


def test_entities43_an_acronym_the_story_spells_out_is_its_body() -> None:
    """Rule spelled-acronym: a body's name, then its acronym in brackets ("the tarrow water authority ( twa
    )"), gives the name whole and the acronym wherever the story writes it alone ("the twa said"); an
    acronym that is an ordinary word only in its brackets ("world health organization ( who )", not
    "officials who"); a name with no body's head ("post-traumatic stress disorder ( ptsd )") or an event's
    ("the tarrow league championship series ( tlcs )") gives none."""
    text = _STORY + (
        " The tarrow water authority ( twa ) fined the plant, and the twa said so. The world health"
        " organization ( who ) agreed, but officials who spoke said the post-traumatic stress disorder"
        " ( ptsd ) was real. Fans watched the tarrow league championship series ( tlcs ) on friday."
    )
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e for e in b.entities}
    twa = found.get("Tarrow Water Authority")
    assert twa is not None and twa.kind == "organization" and len(twa.mentions) == 3, found
    who = found.get("World Health Organization")
    assert who is not None and len(who.mentions) == 2, found
    assert not any("Stress" in n or "Championship" in n for n in found), found
    low = text.lower()
    spans = {low[m.start : m.end] for e in b.entities for m in e.mentions if m.doc == 0}
    assert not spans & {"ptsd", "tlcs"}, spans


def test_entities43_a_station_s_call_sign_is_a_broadcaster() -> None:
    """Rule call-sign: "the cbs affiliate wtrx-tv" and "kzzq-fm" are broadcasters in a story that lost its
    case (nothing found them before); "a w-2 form" and "the wto-era" are none."""
    found = _entities(_STORY + " The cbs affiliate wtrx-tv said so, and kzzq-fm aired a w-2 form story.")
    assert found.get("WTRX-TV") == "organization" and found.get("KZZQ-FM") == "organization", found
    assert not any("W-2" in n for n in found), found


def test_entities44_a_call_sign_alone_is_the_station_the_story_names_with_its_band() -> None:
    """Rule call-sign-alone: "kzzq" alone is the station where the story writes "kzzq-tv" too (one entity,
    every mention); without the band anywhere in the story, "kzzq" alone is nothing."""
    b = brief(
        texts=[_STORY + " The station kzzq-tv aired it. A kzzq spokesperson said so, and kzzq agreed."],
        words=40,
        timings=False,
    )
    found = {e.name: e for e in b.entities}
    station = found.get("KZZQ-TV")
    assert station is not None and station.kind == "organization" and len(station.mentions) == 3, found
    found_names = _entities(_STORY + " A kzzq spokesperson said so, and kzzq agreed.")
    assert not any("Kzzq" in n or "KZZQ" in n for n in found_names), found_names


def test_entities44_a_team_named_in_full_and_its_nickname_alone() -> None:
    """Rules listed-name (orgs.txt: the major leagues' teams), digit-nickname and team-again: "the golden
    state warriors" and "the san francisco 49ers" are teams, not a place ("San Francisco") nor a person
    ("Francisco 49ers"); "warriors" alone is the team where the story names it in full, and nothing where
    it does not; "heat" alone is no team even beside "the miami heat"."""
    text = _STORY + (
        " The golden state warriors beat the san francisco 49ers' record, and several warriors players"
        " spoke. The miami heat lost, and the heat wave went on."
    )
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e for e in b.entities}
    gsw = found.get("Golden State Warriors")
    assert gsw is not None and gsw.kind == "organization" and len(gsw.mentions) == 2, found
    assert (
        found.get("San Francisco 49ers") is not None and found["San Francisco 49ers"].kind == "organization"
    )
    assert "San Francisco" not in found and "Francisco 49ers" not in found, found
    heat = found.get("Miami Heat")
    assert heat is not None and len(heat.mentions) == 1, found
    alone = _entities(_STORY + " Several warriors players spoke.")
    assert not any("Warriors" in n for n in alone), alone


def test_review44_a_nickname_that_is_an_ordinary_plural_is_the_team_only_in_the_team_s_words() -> None:
    """Rules the-nickname and nickname-team-word (review44): in a story naming "the houston texans", "many
    texans lost everything" and "thousands of texans" are people of the state, not the team (team-again made
    both the team); "the texans won" and "texans fans" still are."""
    text = _STORY + (
        " The houston texans gave money to the shelters. Many texans lost everything in the flood, and"
        " thousands of texans are still in shelters."
    )
    b = brief(texts=[text], words=40, timings=False)
    texans = {e.name: e for e in b.entities}.get("Houston Texans")
    assert texans is not None and len(texans.mentions) == 1, b.entities
    b = brief(texts=[text + " The texans won on sunday, and texans fans cheered."], words=40, timings=False)
    texans = {e.name: e for e in b.entities}.get("Houston Texans")
    assert texans is not None and len(texans.mentions) == 3, b.entities


def test_review44_a_royal_title_and_first_name_after_the_or_a_ship_s_word_is_no_person() -> None:
    """Rule royal-thing (review44): "the ocean liner queen mary" and "the queen mary needs repairs" name a
    ship, so no person "Mary" (royal-name made one, and first-name-again took "mary" elsewhere); "queen
    mary said" is still she."""
    text = _STORY + (
        " The ocean liner queen mary arrived in long beach in 1967. Officials said the queen mary needs"
        " repairs, and a report found that the queen mary was in danger."
    )
    assert "Mary" not in _entities(text)
    assert _entities(_STORY + " Queen mary said the war was over.").get("Mary") == "person"


def test_teams44_a_demonym_or_ordinary_plural_nickname_needs_its_kind_s_evidence() -> None:
    """Rule team-again's table by nickname kind (teams44): in a story naming "the houston texans" and "the
    new york giants", "the texans who lost homes" and "the texans were moved to shelters" are people of
    the state (a demonym the story writes for people needs a word of the game or a result after "the"),
    and "the giants who built the railroads" some of a kind (a restrictive "who"); "the texans won",
    "texans fans" and "the giants lost" are the teams, and so is "the indians played" in a story that
    writes "indians" for the team alone."""
    text = _STORY + (
        " The houston texans and the new york giants gave money to the shelters. The texans who lost"
        " homes in the flood were grateful, and the texans were moved to shelters. A museum honors the"
        " giants who built the railroads."
    )
    found = {e.name: e for e in brief(texts=[text], words=40, timings=False).entities}
    assert len(found["Houston Texans"].mentions) == 1, found
    assert len(found["New York Giants"].mentions) == 1, found
    text += " The texans won on sunday, texans fans cheered, and the giants lost."
    found = {e.name: e for e in brief(texts=[text], words=40, timings=False).entities}
    assert len(found["Houston Texans"].mentions) == 3, found
    assert len(found["New York Giants"].mentions) == 2, found
    text = _STORY + " The cleveland indians changed the logo. When the indians played toronto, fans booed."
    found = {e.name: e for e in brief(texts=[text], words=40, timings=False).entities}
    assert len(found["Cleveland Indians"].mentions) == 2, found


def test_entities44_a_royal_by_the_first_name_and_a_peer_s_title_no_place() -> None:
    """Rule royal-name: "prince harry" is the person Harry ("gave prince harry his blessing"), and "harry"
    alone elsewhere is he (first-name-again); "prince george's county" and "queen elizabeth hospital" name
    no person. Rule peerage: "the duke of cambridge" names no place Cambridge."""
    text = _STORY + (
        " The duke of cambridge gave prince harry his blessing. The palace said harry's statement stood."
        " She lives in prince george's county, near queen elizabeth hospital."
    )
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e for e in b.entities}
    harry = found.get("Harry")
    assert harry is not None and harry.kind == "person" and len(harry.mentions) == 2, found
    assert "George" not in found and "Elizabeth" not in found and "Cambridge" not in found, found


def test_entities44_a_name_the_story_gives_in_full_is_whole_again() -> None:
    """Rules known-name ("mayor rahm emanuel" … "compare with rahm emanuel": the full name, not "emanuel"
    alone), middle-name ("hillary clinton" … "hillary rodham clinton": one name, not "Hillary Rodham" and
    "clinton") and surname-not-first ("handling clinton e-mails" is her surname, no person "Clinton
    E-Mails"); a doubled word is no middle name ("judith clark clark was"); "jr" alone is no surname."""
    text = _STORY + (
        " Mayor rahm emanuel spoke. Few compare with rahm emanuel, critics said. Hillary clinton agreed, and"
        " hillary rodham clinton's aides were handling clinton e-mails. Judith clark clark was jailed."
    )
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e for e in b.entities}
    low = text.lower()
    spans = {low[m.start : m.end] for e in b.entities for m in e.mentions}
    assert "rahm emanuel" in spans and "hillary rodham clinton" in spans, spans
    assert not any("Mails" in n or n.split()[-1] == "Rodham" for n in found), found
    assert "judith clark clark" not in spans, spans
    text = _STORY + (
        " Congressman jesse jackson spoke. Rep. Jesse jackson jr. Is at the clinic. A spokeswoman:"
        " congressmanjesse jackson jr. Has arrived."
    )
    b = brief(texts=[text], words=40, timings=False)
    assert not any(text[m.start : m.end].lower() == "jr" for e in b.entities for m in e.mentions), b.entities


def test_entities44_a_generation_s_mark_ends_the_name() -> None:
    """Rule generation-suffix: "robert s. mueller iii" and "donald trump jr." are the whole names, the mark
    with them (as the labels write "Robert F. Kennedy Jr."), not "Robert S. Mueller" and a stray "iii"."""
    text = _STORY + " Counsel robert s. mueller iii spoke with donald trump jr. on monday."
    b = brief(texts=[text], words=40, timings=False)
    spans = {text[m.start : m.end].lower() for e in b.entities for m in e.mentions}
    assert {"robert s. mueller iii", "donald trump jr."} <= spans, spans


def test_entities43_a_surname_shown_before_an_auxiliary_after_a_listed_first_name() -> None:
    """Rule aux-surname: "roger stone" is a person when the story writes "Stone was" opening a sentence
    (nothing before); not "usain bolt" beside "Bolt is" (an unlisted first name), nor "jim santi owen
    furniture" beside "Furniture was" (the first name opens no name there)."""
    found = _entities(_STORY + " Roger stone was charged on friday. Stone was arrested at his home.")
    assert found.get("Roger Stone") == "person", found
    found = _entities(_STORY + " Usain bolt ran, and the car was a chevrolet bolt. Bolt is cheap, they said.")
    assert not any("Bolt" in n for n in found), found
    found = _entities(_STORY + " Photo: jim santi owen furniture was moved. Furniture was moved outside.")
    assert not any("Furniture" in n for n in found), found


def test_entities43_a_title_an_unlisted_first_name_and_a_shown_surname() -> None:
    """Rule titled-shown-surname: "secretary of state zorabel rice" is the whole name when the story
    shows "rice" as a surname ("Rice said"), where only "Zorabel" was found; without that, no surname.
    (Written with "condoleezza rice" until session 53: famous_people.txt now lists her, whole.)"""
    found = _entities(_STORY + " Secretary of state zorabel rice met him. Rice said no.")
    assert found.get("Zorabel Rice") == "person" and "Zorabel" not in found, found
    found = _entities(_STORY + " Secretary of state zorabel rice met him on monday.")
    assert "Zorabel Rice" not in found, found


def test_entities43_a_court_hospital_or_foundation_by_its_head_and_a_name() -> None:
    """Rule place-led-head: "court", "hospital", "foundation" and "authority" are heads of a body after a
    name ("the tarrow district court", "at elwa hospital", "the arcto research foundation"); not where the
    place or nationality names a kind ("a dutch court", "a new york hospital", "her tarrow hospital room"),
    an adjective opens ("the probate court"), an ordinary word comes before ("aids healthcare
    foundation"), a number's ending ("9th district court") or "of" goes on ("the u.s. court of appeals")."""
    found = _entities(
        _STORY + " The tarrow district court ruled, and he died at elwa hospital. The arcto research"
        " foundation paid."
    )
    for name in ("Tarrow District Court", "Elwa Hospital", "Arcto Research Foundation"):
        assert found.get(name) == "organization", (name, found)
    found = _entities(
        _STORY + " A dutch court ruled, and a new york hospital and her tarrow hospital room were full. The"
        " probate court met the aids healthcare foundation in the 9th district court and the u.s. court"
        " of appeals."
    )
    heads = ("Court", "Hospital", "Foundation")
    assert not any(n.endswith(heads) for n in found if n != "Supreme Court"), found


def test_entities43_a_facility_named_after_a_person_is_the_facility() -> None:
    """Rule facility-name: "the betty ford center" is the Betty Ford Center, no person Betty Ford, and
    "she left betty ford" in that story is the centre too (before, both were the person, and "ford" in the
    centre's name a mention of her); "first lady betty ford" stays the person, and "a john smith school
    teacher" (no "the") names no school."""
    text = _STORY + " She checked into the betty ford center last year, and she left betty ford in may."
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e for e in b.entities}
    center = found.get("Betty Ford Center")
    assert center is not None and center.kind == "organization" and len(center.mentions) == 2, found
    assert "Betty Ford" not in found, found
    more = " First lady betty ford opened the betty ford center. He is a john smith school teacher."
    found2 = _entities(_STORY + more)
    assert found2.get("Betty Ford") == "person" and found2.get("Betty Ford Center") == "organization", found2
    assert not any("School" in n for n in found2), found2


def test_a_letter_from_or_to_the_person_a_facility_is_named_after_is_the_person() -> None:
    """Session 43 review: rule facility-name read the pair alone after "from" or "to" as the facility ("a
    letter from betty ford", "wrote to betty ford" were two mentions of the Betty Ford Center): a person's
    name takes those words as often as a place's, so they are no evidence of the facility."""
    text = _STORY + (
        " The clinic opened as the betty ford center in 1982. Years later, a letter from betty ford was found"
        " in a drawer. Her husband wrote to betty ford every week."
    )
    b = brief(texts=[text], words=40, timings=False)
    found = {e.name: e for e in b.entities}
    center = found.get("Betty Ford Center")
    assert center is not None and len(center.mentions) == 1, found


def test_entities43_television_networks_are_listed_and_tender_care_is_none() -> None:
    """orgs.txt's networks: "tlc", "c-span" and "comedy central" are organisations in a story that lost its
    case (none was found); rule tender-care: "getting some tlc" is tender loving care, no network.
    Cased text too: "Comedy Central president Doug Herzog" had made the network a person."""
    found = _entities(_STORY + " The show aired on tlc and c-span, and comedy central said so.")
    for name in ("TLC", "C-SPAN", "Comedy Central"):
        assert found.get(name) == "organization", (name, found)
    assert "TLC" not in _entities(_STORY + " The old house is getting some tlc this week.")
    cased = "The Daily Show premiered on Comedy Central in 1996. Comedy Central president Doug Herzog agreed."
    assert _entities(cased).get("Comedy Central") == "organization"


def test_entities43_a_place_by_its_head_noun_after_a_name() -> None:
    """Rule head-noun-place: "the tarrow county jail", "at marlo airport" and "on dusk avenue" are places in
    a story that lost its case (nothing found them); not a kind ("a dutch prison"), a person ("t.j.
    lane"), a title in quotation marks ("\\" shutter island \\""), a name going on past the head ("the
    tarrow valley music festival") or one glued to a number ("a 2,000-acre park")."""
    found = _entities(
        _STORY + " He is held in the tarrow county jail, and she landed at marlo airport on dusk avenue."
    )
    for name in ("Tarrow County Jail", "Marlo Airport", "Dusk Avenue"):
        assert found.get(name) == "place", (name, found)
    found = _entities(
        _STORY + ' A dutch prison held t.j. lane, who saw " shutter island " at the tarrow valley music'
        " festival in a 2,000-acre park."
    )
    assert not any(n.endswith(("Prison", "Lane", "Island", "Valley", "Park")) for n in found), found


def test_entfix43_a_head_the_name_goes_on_past_is_no_name_of_its_own() -> None:
    """Rule head-goes-on: where nouns after the head run on to a facility's or a shop's head ("earls court
    exhibition center", "the oklahoma hospital discount pharmacy") or a body's name is cut right after it
    ("the texas court..."), the words up to the head are the head of a longer name cut in the middle, no
    body: before, "Earls Court", "Oklahoma Hospital" and "Texas Court" were organisations. A verb or the
    body's own group after the head leaves the name ("the tarrow district court ruled")."""
    found = _entities(
        _STORY + " The gala was at earls court exhibition center, and he bought pills at the oklahoma"
        " hospital discount pharmacy. The texas court... ( ap ) The tarrow district court ruled."
    )
    assert not any(n.endswith(("Court", "Hospital")) for n in found if n != "Tarrow District Court"), found
    assert found.get("Tarrow District Court") == "organization", found


def test_entfix43_a_state_alone_before_a_jail_or_theater_names_a_kind() -> None:
    """Rule state-kind: a state has many jails, prisons and theaters, so its name alone before one names a
    kind ("released from california jail", "the colorado theater shooting": before, places "California
    Jail" and "Colorado Theater"), the state itself a place; "the tarrow county jail" stays a name."""
    found = _entities(
        _STORY + " He was released from california jail, and the colorado theater shooting was recalled. He"
        " had been held in the tarrow county jail."
    )
    assert not any(n.endswith(("Jail", "Theater")) for n in found if n != "Tarrow County Jail"), found
    assert found.get("Tarrow County Jail") == "place" and found.get("California") == "place", found


def test_entfix43_no_body_or_place_from_the_head_of_a_longer_name() -> None:
    """Rule head-goes-on, for every head of head-noun-org: "ohio state university medical center" gave the
    organisation "Ohio State University", cut in the middle (and "the oklahoma hospital discount pharmacy"
    the place "Oklahoma" once "Oklahoma Hospital" went): no part of such a name is a name of its own.
    "The tarrow university said" keeps its name."""
    found = _entities(
        _STORY + " He died at ohio state university medical center after the oklahoma hospital discount"
        " pharmacy sold him pills. The tarrow university said so."
    )
    assert not {"Ohio State University", "Ohio", "Oklahoma"} & set(found), found
    assert found.get("Tarrow University") == "organization", found
