"""Speakers only with evidence (issue 15, session 43): each test is one named rule, from a training-file
fresh read (Random(4343)) or a known miss, with text written for the test."""

from __future__ import annotations

import pytest
from helpers import speakers_and_rules

from newsbrief import brief
from newsbrief.analyze import coreference

# case-less text (Multi-News+ style): enough of it that the story reads as case-less
_TOWN = (
    "The town council of millbrook met on tuesday to talk about the future of the old mill on river road. "
    "The building has stood empty for eleven years and its roof fell in during the storms last winter. "
    "Some residents want it torn down, while others want it turned into a market hall for local growers. "
    "The council said it would decide before the end of the year, after a survey of the site. "
)


def test_caseless_name_before_a_colon_and_a_quote_leads_the_next_quote() -> None:
    """Rule leads-next in caseless-name (fresh read, multinews-train-41817: a church president's message
    went to the spokesman named after it): ""…." eric hawkins, a church spokesman, said: "…"": a long
    subject, its verb, a colon and a quote mark introduce the next quote, not the one before."""
    q = speakers_and_rules(
        _TOWN + "Before the meeting, the council's chairman, thomas s. ward, sent out a message that seemed "
        'directed at the growers: "we will keep the mill for the town and for its growers. " peter olsen, a '
        'council spokesman, said: "no decision has been made yet.'
    )
    assert q["we will keep the mill for the town and for its growers"][0] != "Peter Olsen"
    assert q["no decision has been made yet"][0] == "Peter Olsen"


def test_a_bare_surname_of_two_full_named_people_is_the_surname_as_written() -> None:
    """Rule surname-of-several (fresh read, multinews-train-33942: a mother's words went to her infant
    daughter, the last full name with the surname): "Okafor" after "jane okafor" and "sam okafor" could be
    either, and no one of them spoke before: the surname as the text writes it, not the nearest bearer."""
    text = (
        _TOWN + "Jane okafor, 31, is charged over the death of her son, 2-year-old sam okafor, in june. "
        'Okafor was inside the shop for four hours. " no hurry, " she told the clerk, according to police.'
    )
    assert speakers_and_rules(text)["no hurry"][0] == "Okafor"


def test_the_role_is_not_the_person_the_text_says_died() -> None:
    """Rule role-the-dead (fresh read, multinews-train-7636: "The coroner called the labelling
    "inadequate"" went to the girl whose death the inquest heard): the person last named is one the
    document says died, so "the coroner" stays the description."""
    text = (
        "An inquest into the death of a teenager who fell ill on a flight ended on Friday in London. "
        "Mia Hart, who had a severe nut allergy, died after eating a cake she had bought at an airport cafe. "
        'The coroner called the cafe\'s allergy labelling "inadequate" on the last day of the inquest.'
    )
    assert speakers_and_rules(text)["inadequate"][0] == "The coroner"


_LIBRARY = (
    "The city council of Brockton voted on Tuesday to close the old library on Main Street. Mayor Ellen Holt "
    "pushed for the vote.\n"
)


@pytest.mark.parametrize(
    "subject",
    [
        "Holt – along with council member Dana Price –",
        "Holt — together with Dana Price —",
        "Holt, along with Dana Price,",
        "Holt, and her critics on the council,",
        "Holt, as well as council member Dana Price,",
    ],
)
def test_an_aside_adding_a_second_speaker_gives_the_quote_to_no_one_of_them(subject: str) -> None:
    """Rule joint-aside (issue 15's known miss: "Holt – along with Dana Price – said" and "Holt, and her
    critics, said" gave Holt alone): an aside between the subject and its verb that adds a speaker makes
    two speakers, and the quote has one: none (joint-speakers), never the first alone."""
    text = f"{_LIBRARY}“We cannot keep a building open that nobody uses,” {subject} said."
    assert list(speakers_and_rules(text).values()) == [(None, "joint-speakers")]


def test_an_aside_that_adds_no_speaker_leaves_the_subject() -> None:
    """Rule joint-aside reads only an aside that adds a speaker: "Holt, a council member, said" and "Holt –
    who chairs the council – said" stay Holt's."""
    for subject in ("Holt, who chairs the council,", "Holt – who chairs the council –"):
        text = f"{_LIBRARY}“We cannot keep a building open that nobody uses,” {subject} said."
        assert [s for s, _ in speakers_and_rules(text).values()] == ["Ellen Holt"]


def test_a_show_title_is_no_speech_of_the_sentences_source() -> None:
    """Rule according-after-title (fresh read, multinews-train-29398: a talk show's title went to "several
    people" named by "according to" at the end of its sentence): "according to" after other words names
    the source of the whole sentence, not a speaker of the title set off after "show,"."""
    text = (
        _TOWN + 'the mayor is preparing to return to her radio show, " mornings with anna and paul, " and '
        "move past the row, according to several people close to the station."
    )
    assert "mornings with anna and paul" not in speakers_and_rules(text)


def test_a_caseless_name_someone_calls_himself_is_no_speech() -> None:
    """Rule self-named-first-name (fresh read, multinews-train-42587: "a facebook user who called himself
    " eugene terrorblanche "" became a police spokesman's speech): in case-less text a known first name
    opening at most three words after "called himself" is the name he gives himself."""
    text = (
        _TOWN + "Police spokesman peter olsen said yesterday that officers called him after reading a sunday "
        "times report which stated that the photograph featured on the profile of a facebook user who called "
        'himself " william terrorblanche ". " i was told that the photograph came to light in 2007. "'
    )
    q = speakers_and_rules(text)
    assert "william terrorblanche" not in q
    assert q["i was told that the photograph came to light in 2007"][0] == "Peter Olsen"


def test_a_named_persons_manager_speaks_for_them_by_the_name_set_off_after() -> None:
    """Rule possessive-proxy reads "manager" as one who speaks for someone (fresh read,
    multinews-train-10052: "pitt's manager, cynthia pett-dante, told thr: "…"" left unattributed): the
    name set off after it (possessive-apposition), never the person spoken for."""
    text = (
        _TOWN + "The singer david hale cancelled his show at the mill. hale's manager, ruth keller, told the "
        'paper: " yes, the show is off. we are sorry for the trouble. "'
    )
    assert [s for s, _ in speakers_and_rules(text).values()] == ["Ruth Keller"]


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        ("Delta air lines is looking into the flood at its depot. ", "Delta Air Lines"),
        ("", None),  # no body the word opens: no speaker
    ],
)
def test_caseless_one_word_subject_before_a_colon_is_the_body_named_in_full(
    named: str, speaker: str | None
) -> None:
    """Rule org-first-word (fresh read, multinews-train-17510: "in a statement sent to the bbc, united said:
    "…"" left unattributed where the article names United Airlines): in case-less text a one-word subject
    of the colon's lead is the one body the document names in full with that first word."""
    text = (
        _TOWN + named + 'in a statement sent to the paper, delta said: " we are sorry for the flood. we will '
        'pay for the repairs. "'
    )
    assert [s for s, _ in speakers_and_rules(text).values()] == [speaker]


def test_a_unit_is_a_description_that_speaks() -> None:
    """Speaking head "unit" (fresh read, multinews-train-12830: ""…," the navy seal unit, which led the
    rescue, said on its facebook page" left unattributed): a unit speaks as a team or a department does."""
    text = (
        _TOWN + '" all four divers are out of the lake, " the police dive unit, which led the search, said.'
    )
    assert [s for s, _ in speakers_and_rules(text).values()] == ["the police dive unit"]


@pytest.mark.parametrize("cased", [True, False])
def test_the_one_recalled_saying_the_words_speaks_them(cased: bool) -> None:
    """Rule recalled-saying (fresh read, multinews-train-14266: ""oh no, sweetie, put your hand down,"
    cross recalled the flight attendant saying" left unattributed): the one recalled, remembered or heard
    saying the words is their speaker, not the one who recalls."""
    text = (
        "Dr. Ada Brook was on a flight to Denver when a man two rows ahead of her fell ill.\n"
        "“Sit down, please, we are looking for a real doctor,” Brook recalled the flight attendant saying."
    )
    if not cased:
        text = _TOWN + text.lower().replace("“", ' " ').replace("”", ' " ')
    assert [s for s, _ in speakers_and_rules(text).values()] == ["the flight attendant"]


def test_a_role_word_read_as_a_person_is_no_name() -> None:
    """Rule role-word-not-name (fresh read, multinews-train-42318: "The weinstein co. Exec insists he had
    no idea about "…"" gave the speaker "Exec", a sentence split after "co." capitalising the role): one
    word that is a role or a speaking head is no person's name; the phrase stands as the description."""
    text = (
        _TOWN + 'The millbrook co. Exec insists he had no idea about " the state of the roof " and is angry '
        "with the council."
    )
    assert speakers_and_rules(text)["the state of the roof"][0] != "Exec"


def test_leads_next_leaves_the_quote_its_own_lead() -> None:
    """Rule leads-next in caseless-name only withdraws the name after the quote (a training draw,
    Random(4344), multinews-train-2218: the first version left "columnist jonah goldberg wrote, "…"." another
    conservative, john nolte, wrote, "…"" without a speaker): the quote's own lead still names it."""
    text = (
        _TOWN + 'local columnist mary tallis wrote, " the council is losing this fight. " another writer, '
        'john brook, wrote, " the mill should stay. it is the heart of the town. "'
    )
    assert speakers_and_rules(text)["the council is losing this fight"][0] == "Mary Tallis"


def test_speakers44_a_regular_past_after_a_title_is_no_surname() -> None:
    """Rule past-not-surname (fresh read, multinews-train-16386: "the president railed against rival mitt
    romney's tax proposals" made a person "Railed", given two of the president's quotes): a regular past of
    a word English writes in lower case ("railed" of "rail") is the verb, no name after a title."""
    text = (
        _TOWN + "On monday the president railed against the mill's owner, mark jensen, and his plan for "
        'the site. " it\'s a sale in reverse, " the president added to loud applause from the crowd.'
    )
    b = brief(texts=[text], words=40, timings=False)
    assert not any(e.name == "Railed" for e in b.entities), [e.name for e in b.entities]
    assert speakers_and_rules(text)["it's a sale in reverse"][0] != "Railed"


def test_speakers44_a_pair_is_a_name_when_another_article_writes_its_surname_before_said() -> None:
    """Rule spoken-elsewhere in confirmed-pair (fresh read, multinews-train-8782: five quotes of "camilo
    ruggero" unattributed, "camilo" no listed first name): "said severo quintanilha, phd," is a name when
    the story's other article writes "quintanilha said"."""
    first = (
        _TOWN + '" a mill that stands empty costs the town more every year, " said severo quintanilha, '
        "phd, of the state university. The council will hear from him again in june."
    )
    second = (
        _TOWN + "The study's lead author was quoted at length in the local paper on wednesday morning. "
        '" we looked at twelve towns like this one, " quintanilha said.'
    )
    q = speakers_and_rules(first, second)
    assert q["a mill that stands empty costs the town more every year"][0] == "Severo Quintanilha", q


def test_speakers44_a_handle_opens_no_name() -> None:
    """Rule handle-not-name (a training draw, multinews-train-38007: "rt @emilyrs romney's son matt" made
    a person "Emilyrs Romney"): a word right after "@" is a user's handle, no first name."""
    text = (
        _TOWN + '" we will not sell, " dorit kessler said at the meeting. Kessler owns the land beside the '
        "mill. Rt @mikaylars kessler's brother wants the hall built. The post was shared widely."
    )
    b = brief(texts=[text], words=40, timings=False)
    assert not any("Mikaylars" in e.name for e in b.entities), [e.name for e in b.entities]


def test_speakers44_a_full_name_read_elsewhere_is_that_person_here() -> None:
    """Rule pair-again (a training draw, multinews-train-28326: a shooter's last post, "fryberg said", went
    to a victim of the same surname, the shooter's name unread after "as"): two words the story reads as
    a full name elsewhere are that person wherever they stand, so the bare surname near them is theirs."""
    first = (
        _TOWN + "Police identified the driver as tavish brenneke, 30, a worker at the old mill. "
        'Brenneke grew up in the town. " it won\'t happen again, " brenneke said in a post on monday.'
    )
    second = (
        _TOWN + "Two people hurt were named as orla brenneke and sam doyle. Orla brenneke, 16, is the "
        "driver's cousin. Tavish brenneke, who witnesses said drove the car, was held overnight."
    )
    q = speakers_and_rules(first, second)
    assert q["it won't happen again"][0] == "Tavish Brenneke", q


def test_speakers44_a_first_name_and_a_particle_surname_written_before_a_verb_of_saying() -> None:
    """Rule particle-name (fresh read, multinews-train-28116: three quotes of "marine le pen" unattributed,
    "marine" and "pen" ordinary words): "dawn la rue" is a person when the story writes "la rue wrote";
    `particle-again` reads "la rue" alone as her."""
    text = (
        _TOWN + "A court ordered dawn la rue to pay for the survey of the mill, the owner said on "
        'thursday. La rue\'s company bought the land in may. " i have seen it all now, " la rue wrote '
        'online. " it is unbelievable. " she later told reporters she would not pay.'
    )
    q = speakers_and_rules(text)
    assert q["i have seen it all now"][0] == "Dawn la Rue", q
    b = brief(texts=[text], words=40, timings=False)
    assert len(next(e for e in b.entities if e.name == "Dawn la Rue").mentions) == 3


def test_speakers44_no_middle_name_across_a_bracket() -> None:
    """Rule middle-joined (a training draw, multinews-train-25156: "the movie's narrator, evan ( ben
    stiller )" made a person "Evan Ben Stiller", shown as the speaker "evan ( ben stiller"): a middle name
    follows the first name with one space, never across a bracket."""
    text = (
        _TOWN + "The film opens on the narrator, gavin ( ben stiller ), who runs the mill shop. Critics "
        "liked ben stiller in the part, and gavin wins the town over by the end."
    )
    b = brief(texts=[text], words=40, timings=False)
    names = [e.name for e in b.entities]
    assert "Ben Stiller" in names and not any("Gavin Ben" in n for n in names), names


def test_speakers44_words_written_on_a_card_are_no_speech() -> None:
    """Rule written-words in naming-verb (a training draw, multinews-train-903: a card "addressed to
    "daddy" and affectionately signed "bean"" gave both words to the father the sentence is about): a short
    quote right after "addressed to" or "signed" is what is written on the thing, no one's speech."""
    text = (
        _TOWN + 'Still, thomas olsen told the paper that he was " very proud " of his son. Olsen, 74, shared '
        "family photos and handwritten notes to document the close bond he shared with his son, including a "
        'loving birthday card, addressed to "dad " and affectionately signed "your boy, " which he keeps.'
    )
    q = speakers_and_rules(text)
    assert q["very proud"][0] == "Thomas Olsen", q
    assert "dad" not in q and "your boy" not in q, q


_COMPTON = "Maria Lopez, 34, has lived in Compton for a decade. She lost her home in the fire last month. "
_SEAT = (
    'The seat is held by Rep. Nanette Barragan. "We need help now, and we need it from everyone," she said.'
)


def test_a_pronoun_after_an_object_name_is_not_that_persons_when_another_opened_the_story() -> None:
    """Rule object-not-speaker (session 45, issue 15's known miss): "held by Rep. Nanette Barragan. "…," she
    said" with Maria Lopez the woman the story opened on: the object position is no speaker's, the "she"
    may be either, so no speaker; with no other woman before, Barragan stays."""
    help_now = "We need help now, and we need it from everyone"
    assert speakers_and_rules(_COMPTON + _SEAT)[help_now][0] is None
    alone = "The fire destroyed forty homes in Compton last month. " + _SEAT
    assert speakers_and_rules(alone)[help_now][0] == "Nanette Barragan"
    man = "Mark Lopez, 34, has lived in Compton for a decade. He lost his home in the fire last month. "
    assert speakers_and_rules(man + _SEAT)[help_now][0] == "Nanette Barragan"
    # "with" may hold the speaker: "an interview with Tom Hale" (duc2003-task2-d30003t)
    talk = (
        man + 'The show included an interview with Tom Hale. "We are rebuilding, street by street," he said.'
    )
    assert speakers_and_rules(talk)["We are rebuilding, street by street"][0] == "Tom Hale"


def test_a_bare_surname_of_two_people_named_in_full_in_cased_text_is_the_surname_as_written() -> None:
    """Rule surname-of-several in cased text (session 45, issue 15's known miss: "Lopez" went to Richie Lopez,
    the nearest full name, when Jennifer Lopez is named too): the surname as written, a guess no longer;
    one bearer named in full keeps the full name."""
    two = (
        "Jennifer Lopez sang at the gala on Friday. The gala was organised by Richie Lopez, a promoter from "
        'Miami. "It was the best night of my life, and I will never forget it," Lopez said.'
    )
    best = "It was the best night of my life, and I will never forget it"
    assert speakers_and_rules(two)[best][0] == "Lopez"
    one = two.replace("Richie Lopez, a promoter", "Richie Allen, a promoter")
    assert speakers_and_rules(one)[best][0] == "Jennifer Lopez"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Anna Berg was arrested on Monday in Oslo. The police quoted her as saying: ", "Anna Berg"),
        ("Tom Reed was arrested on Monday in Oslo. Police quoted him as telling officers, ", "Tom Reed"),
    ],
)
def test_the_pronoun_an_outlet_quotes_is_the_speaker(lead: str, speaker: str) -> None:
    """Rule quoted-pronoun (session 45, issue 15's known miss: "the police quoted her as saying" left the
    quote without a speaker): the pronoun object of "quoted" is the one who spoke, by its antecedent."""
    assert speakers_and_rules(lead + '"I did it all by myself and nobody helped me."')[
        "I did it all by myself and nobody helped me"
    ] == (speaker, "quoted-pronoun")


@pytest.mark.parametrize("group", ["Police", "City officials", "The authorities"])
def test_a_fragment_after_a_participle_is_the_groups_that_opens_the_sentence(group: str) -> None:
    """Rule group-subject (session 45, training-file fresh read multinews-train-43881: "Police issued a
    statement via community alert, calling the news a "tragic reminder"" was left out): a group word
    opening the sentence as its subject speaks the participle's fragment."""
    text = f'{group} issued a statement on Tuesday, calling the news a "tragic reminder" about gun safety.'
    assert speakers_and_rules(text)["tragic reminder"][0] == group


def test_a_vice_president_is_not_the_president() -> None:
    """Rule second-in-rank (session 45, training-file read multinews-train-29577: "The president noted …"
    went to the vice president named last): "Vice President Joe Biden" holds another role than "the
    president", so the bare role is the one introduced as president; "the vice president" stays Biden."""
    lead = "On Monday afternoon, President Barack Obama and Vice President Joe Biden had lunch. "
    rest = 'president noted that while there were "profound differences" in the room, he was thankful.'
    assert speakers_and_rules(lead + "The " + rest)["profound differences"][0] == "Barack Obama"
    assert speakers_and_rules(lead + "The vice " + rest)["profound differences"][0] == "Joe Biden"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('His publicist says the actor, known for his roles in " red river, " has died at 68.', "red river"),
        (
            'The choir closed the service, leading the crowd in a rendition of " amazing grace, " said '
            "mayor tom hale.",
            "amazing grace",
        ),
    ],
)
def test_a_short_quote_after_a_part_in_a_work_or_a_performance_of_one_is_a_title(
    text: str, title: str
) -> None:
    """Rule work-frame (session 45, training-file read of 60 fragments: "known for his roles in "sin
    city,"" and "a moving rendition of "amazing grace."" were speech): the quote names the work."""
    assert title not in speakers_and_rules(_TOWN + text)


def test_the_question_after_asked_someone_is_the_askers_not_the_one_who_replies() -> None:
    """Rule asked-reply (session 45, training-file read multinews-train-26031: "zuckerberg asked the former
    president "why facebook," bush responded …" gave the question to Bush): the asker's words."""
    q = speakers_and_rules(
        'When Mark Zuckerberg asked the former president "why Facebook," Bush responded "because you have a '
        'lot of people on here and I am trying to sell books."'
    )
    assert q["why Facebook"][0] == "Mark Zuckerberg"
    assert q["because you have a lot of people on here and I am trying to sell books"][0] == "Bush"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            'Relatives believe investigators missed clues, calling them "irrelevant details"',
            "irrelevant details",
        ),
        (
            'Residents fear officials plans to close a clinic, calling it a "necessary saving".',
            "necessary saving",
        ),
        (
            'Afterwards the authorities issued a statement, calling the news a "tragic reminder".',
            "tragic reminder",
        ),
    ],
)
def test_a_group_word_after_a_subject_and_its_verb_is_no_group_subject(text: str, fragment: str) -> None:
    """Rule group-subject's review (session 45): the words before the group word name it ("City officials",
    "New York police"), never a subject and its verb ("Relatives believe investigators" was the speaker of
    a fragment the sentence gives no one for sure) nor an adverb ("Afterwards the authorities" was)."""
    assert speakers_and_rules(text).get(fragment, (None, None))[0] is None


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            'Police suspected the woman posted the video online, calling the raid "pure justice".',
            "pure justice",
        ),
        (
            'officials believed the pilot had tried to land, calling the weather "perfectly fine".',
            "perfectly fine",
        ),
        ('Police records show the man posted threats, calling the school a "soft target".', "soft target"),
    ],
)
def test_a_group_that_believes_or_a_group_word_before_a_noun_is_no_group_subject(
    text: str, fragment: str
) -> None:
    """Rule group-subject's narrowing (session 46, group46): a verb of belief or finding ("suspected",
    "believed") opens a clause with a subject of its own, whose the participle is, and a plural group's
    "-s" word is a noun ("Police records show"), not the group's verb: no speaker rather than the group."""
    for t in (text, text.lower()):
        assert speakers_and_rules(_TOWN + t).get(fragment, (None, None))[0] is None


def test_a_group_named_by_its_place_speaks_the_fragment() -> None:
    """Rule group-subject: a capitalised word before the group is its modifier ("New York police")."""
    text = 'New York police issued a statement on Tuesday, calling the news a "tragic reminder" for all.'
    assert speakers_and_rules(text)["tragic reminder"][0] == "New York police"


def test_a_who_clause_s_verb_of_saying_has_the_person_it_hangs_on_as_subject() -> None:
    """Rule relative-sayer (session 46, dev fragments read: "acquitted … by a State Supreme Court justice,
    who nonetheless called the testimony a "nest of perjury."" was no speech): the words are the person's
    the "who" clause hangs on, a description or a name; not a name after a preposition ("an adviser to Ada
    Brook who calls himself"), nor in the sentence after a quote that ended its own."""
    q = speakers_and_rules(
        "Tom Barrow was cleared of fraud in May by a county judge, who nonetheless called the evidence "
        'against him "a sorry mess." The case is closed.'
    )
    assert q["a sorry mess"][0] == "a county judge"
    q = speakers_and_rules(
        'The mill will close. The council heard from Ada Brook, who also said the plan was "a disgrace" on '
        "Monday. Nobody answered her."
    )
    assert q["a disgrace"][0] == "Ada Brook"
    q = speakers_and_rules(
        'The vote passed. "It was fair," said Tom Barrow, an adviser to Ada Brook who calls himself "the '
        'last honest man in town." The board met.'
    )
    assert q.get("the last honest man in town", (None,))[0] != "Ada Brook"
    q = speakers_and_rules(
        'Pickets shouted "Shame on all of you." A nurse who asked that she be named only as Jo said the '
        "pickets came every week."
    )
    assert q.get("Shame on all of you", (None,))[0] != "A nurse"


def test_the_verb_of_a_speaker_s_own_who_aside_is_no_second_sayer() -> None:
    """Rule one-sayer (session 46 fresh read, multinews-train-31927: the second of a teacher's two quotes was
    unattributed): in ""…," ada brook, a teacher in millbrook who said the mill hurt her family, tells the
    paper. "…"" the "said" of the who-aside is the speaker's own, so the next quote goes on with her."""
    q = speakers_and_rules(
        _TOWN + '" i really do hope they close it this year. it is a danger to the children, " ada brook, a '
        'teacher in millbrook who said the mill hurt her family in 1989, tells the paper. " this is the '
        'message that the council has needed to hear for a very long time. " the vote is next month.'
    )
    assert q["i really do hope they close it this year. it is a danger to the children"][0] == "Ada Brook"
    assert q["this is the message that the council has needed to hear for a very long time"][0] == "Ada Brook"


def test_a_who_clause_after_the_one_asked_or_a_phrase_run_over_a_verb_has_no_subject() -> None:
    """Rule relative-sayer (review46): "who" after the one asked is an indirect question ("Reporters asked
    Tom Barrow who called …": not his words), and "The judge asked the officer" is no one description (a
    description takes a clause after a preposition: "not helped by an official who told CNN")."""
    for text in (
        'The trial went on. Reporters asked Tom Barrow who called the defendant "a liar" that day.',
        'The trial went on. The judge asked the officer who called the defendant "a liar" to stand up.',
    ):
        assert speakers_and_rules(text).get("a liar", (None,))[0] is None, text


def test_a_who_aside_after_the_speaker_s_verb_is_another_sayer_s() -> None:
    """Rule one-sayer (review46): in ""…," tom barrow said of ada brook, who said the plan was a sham. "…""
    the aside's "said" is Ada Brook's, a second sayer: the next quote is not given on to Tom Barrow."""
    q = speakers_and_rules(
        _TOWN
        + '" we will keep the mill open for the town, " tom barrow said of ada brook, who said the plan '
        'was a sham in 1989. " it is over for the mill. " the vote is next month.'
    )
    assert q.get("it is over for the mill", (None, None))[1] != "caseless-adjacent"


@pytest.mark.parametrize(
    "text",
    [
        'Tom Barrow, 54, died on Sunday. The wife of Tom Barrow, who said she was "devastated by the news," '
        "asked for privacy.",
        'Tom Barrow, 54, died on Sunday. A lawyer for Sen. Tom Barrow, who called the claim "a plain lie," '
        "filed suit.",
        'Tom Barrow was elected in May. A spokesman for Mayor Tom Barrow said the city was "ready for it."',
        'Tom Barrow was elected in May. A friend of Sen. Tom Barrow said the senator was "ready for it."',
    ],
)
def test_a_relation_s_named_object_is_not_the_speaker(text: str) -> None:
    """Rules relation-antecedent (attribution) and titled-object (coreference), session 47 (issue 15, the
    review46 note): a relative's or spokesman's "of"/"for" names whose relation the speaker is. "The wife of
    Tom Barrow, who said" hangs its clause on the wife even after a comma, and "A spokesman for Mayor Tom
    Barrow said" is the spokesman, the name's own title between; before, both went to Tom Barrow."""
    said = [s for s, _ in speakers_and_rules(text).values()]
    assert said and all(s != "Tom Barrow" for s in said), said


def test_a_text_from_a_titled_name_is_still_that_person_s() -> None:
    """Rule titled-object (session 47) reads a title only after a person ("a spokesman for Mayor …"): the
    author of a text keeps the words ("a dissenting opinion from Judge Ada Brook described … as "…"")."""
    q = speakers_and_rules(
        "The court rejected the appeal on Monday. A dissenting opinion from Judge Ada Brook described the "
        'process as "totally inadequate" for the accused.'
    )
    assert q["totally inadequate"][0] == "Ada Brook"


@pytest.mark.parametrize("tie", ["with friends of the mill", "of the millbrook growers union"])
def test_a_caseless_name_then_its_body_and_a_comma_before_said_speaks(tie: str) -> None:
    """Rule affiliation-before-verb in caseless-name (session 47 fresh read, multinews-train-3461: ""…, "
    eddie garza with mercy for animals, said." was unattributed): the body a name speaks for, set off by a
    comma before the verb, stands between the name and "said"."""
    q = speakers_and_rules(
        _TOWN
        + '" this is a plan that has got to be stopped. they are using the money to bash the growers, " '
        f"eddie garza {tie}, said. the group filed a complaint."
    )
    assert q["this is a plan that has got to be stopped. they are using the money to bash the growers"][
        0
    ] == ("Eddie Garza")


@pytest.mark.parametrize("body", ["watchdog", "regulator", "corporation", "charity", "coalition"])
def test_a_body_s_description_speaks_a_fragment(body: str) -> None:
    """Speaking heads (session 47, issue 15 known-left item 3: "the watchdog called it "reckless"" lost the
    fragment): a body's description heads a speaker as "the company" does; a text ("an autopsy report")
    was one already."""
    for text in (
        f'The mill closed in May after the fire. The {body} called the decision "reckless" on Monday.',
        _TOWN + f'the {body} called the decision " reckless " on monday.',
    ):
        assert speakers_and_rules(text)["reckless"][0].lower() == f"the {body}", text


def test_a_bare_surname_of_two_bearers_against_its_pronoun_is_left_as_written() -> None:
    """Rule pronoun-not-bearer (session 47, issue 15 known-left item 1): "Clinton said she was "…"" in a
    story naming Hillary and Bill Clinton went to Bill Clinton, the surname's last full-named speaker,
    though the pronoun after the verb says a woman; now the surname as written. The pronoun that agrees
    keeps the bearer."""
    lead = (
        "Hillary Clinton spoke in Iowa on Monday. Bill Clinton said the crowd was large. Later, Clinton said "
    )
    q = speakers_and_rules(lead + 'she was "ready to lead this country on day one." The rally ended.')
    assert q["ready to lead this country on day one"][0] == "Clinton"
    q = speakers_and_rules(lead + 'he was "ready to lead this country on day one." The rally ended.')
    assert q["ready to lead this country on day one"][0] == "Bill Clinton"


def test_a_caption_s_time_before_a_description_is_no_part_of_the_speaker() -> None:
    """Rules time-before-description and clock-not-count (session 47, training read: "2016 ) a southern
    california high school student" and "15 p.m. University of connecticut guard" were speakers): a year
    and the caption's closing bracket before the description are cut; a clock time left opening the
    phrase is no count of people, so no description."""
    q = speakers_and_rules(
        _TOWN + '( published monday, may 9, 2016 ) a millbrook high school student says she was " saddened '
        'and hurt " when the paper printed the wrong name next to her photo.'
    )
    assert q["saddened and hurt"][0] == "a Millbrook High School student"  # cased (names47)
    q = speakers_and_rules(
        "The hall serves meals between 7 a.m. And 7: 15 p.m. Millbrook college guard tells reporters he "
        'sometimes goes to bed "starving" after a game.'
    )
    assert not q.get("starving", (None,))[0]


def test_a_finite_verb_ends_the_subject_that_speaks() -> None:
    """Rule verb-ends-subject (session 47, issue 15: "the group gloated in a message" and "the stockton
    teen was emotional in court" were speakers): a verb that says something ends the subject, which speaks;
    a verb that says nothing leaves no speaker, for the quote is not that subject's."""
    q = speakers_and_rules(
        _TOWN + '" the council should wonder how we read its mail for months now, " the group crowed in a '
        "message posted to its forum."
    )
    assert q["the council should wonder how we read its mail for months now"][0] == "the group"
    q = speakers_and_rules(
        _TOWN + "The ferry agency issued a statement in which it confirmed that the boats had finished the "
        '" yearly survey of the northern coast and its harbours ".'
    )
    assert q["yearly survey of the northern coast and its harbours"][0] == "The ferry agency"
    assert coreference.description("the millbrook teen was tearful in court") is None
    assert coreference.description("the group launched a new campaign") is None
    assert coreference.description("a complaint filed in millbrook county court") == (
        "a complaint filed in millbrook county court"
    )  # a participle, no finite verb


def test_a_speaker_a_verb_cut_names_rule_verb_ends_subject() -> None:
    """Session 48 (issue 15): a speaker (or no speaker) decided by rule verb-ends-subject names that subrule,
    not "description"; a description no verb cut keeps "description"."""
    q = speakers_and_rules(
        _TOWN + '" the council should wonder how we read its mail for months now, " the group crowed in a '
        "message posted to its forum."
    )
    assert q["the council should wonder how we read its mail for months now"] == (
        "the group",
        "verb-ends-subject",
    )
    assert coreference.described("the millbrook teen was tearful in court") == (None, "verb-ends-subject")
    assert coreference.described("a senior ministry official") == (
        "a senior ministry official",
        "description",
    )


def test_a_verb_after_whereupon_tells_the_next_event_not_the_quote() -> None:
    """Rule whereupon-clause (session 48, multinews-val-46412: one candidate's quoted word about his rival
    went to the rival, whose denial followed "whereupon"): the verb of a "whereupon" clause after the
    closing mark is no attribution of the quote."""
    q = speakers_and_rules(
        _TOWN
        + 'Tom Barrow latched onto the plan early in the race, blasting his rival for backing " handouts, " '
        "whereupon Jane Kell denied that she had ever backed them and turned to other matters."
    )
    assert q.get("handouts", (None,))[0] != "Jane Kell"


_HALES = (
    "The town council of Millbrook met on Tuesday to talk about the future of the old mill on River Road. "
    "Dr. Robert Hale, who runs the clinic on Main Street, and his sister Dr. Roberta Hale, a surgeon at the "
    "county hospital, both spoke at the meeting. The building has stood empty for eleven years and its roof "
    "fell in during the storms last winter. "
)


def test_a_surname_two_bearers_share_side_by_side_names_neither() -> None:
    """Rule bearers-side-by-side (session 48, issue 15): "Dr. Hale said" after one sentence naming Dr. Robert
    Hale and Dr. Roberta Hale went to Roberta, the one named last; nothing tells which spoke, so the
    surname stays as written. A gendered title that fits one of them still picks her."""
    key = "We cannot let the mill rot for another winter"
    q = speakers_and_rules(_HALES + f'" {key}, " Dr. Hale said after the vote.')
    assert q[key] == ("Hale", "bearers-side-by-side")
    q = speakers_and_rules(_HALES + f'" {key}, " Ms. Hale said after the vote.')
    assert q[key][0] == "Roberta Hale"
    q = speakers_and_rules(
        _TOWN + "Few know the mill as well as Eve Hale, the daughter of the late miller Robert Hale and a "
        f'teacher at the school. " {key}, " said Hale after the vote.'
    )
    assert q[key][0] == "Eve Hale"  # a relative named by "the daughter of": not joined by "and"


def test_a_title_after_a_showing_of_it_is_no_speech() -> None:
    """Rule work-frame, a showing (session 48, training census: "the showing of " trainwreck ""
    was the authorities' words): in case-less text a quote after "the premiere/screening/showing of" is the
    work's title, no speech."""
    q = speakers_and_rules(
        _TOWN.lower() + 'the man stood up about twenty minutes into the showing of " the last harbour " and '
        "began shouting at the crowd, police said friday."
    )
    assert "the last harbour" not in q


def test_a_stop_glued_to_the_next_sentence_ends_the_speaker() -> None:
    """Rule glued-stop-end (session 48, training census: "…," said sanchez.the stockton teen was emotional
    in court" had no speaker): a full stop glued between the speaker's last word and the next sentence's
    first word ends the attribution phrase; a web address's ending does not."""
    q = speakers_and_rules(
        _TOWN.lower()
        + 'the owner of the mill, peter olsen, spoke at the meeting. " we will keep the mill for the town '
        'and for its growers, " said olsen.the owner was emotional as he read a letter to the council.'
    )
    assert q["we will keep the mill for the town and for its growers"][0] == "Peter Olsen"


def test_a_club_or_an_orchestra_speaks_as_its_description() -> None:
    """Speaking heads club, orchestra, symphony, museum, zoo (session 48, training census: ""…," the
    dubai chess and culture club said", ""…," the symphony said in a facebook post" had no speaker): the
    body's description speaks, as "the company" does."""
    q = speakers_and_rules(
        _TOWN.lower()
        + '" we are saddened to hear of the loss of a great member of our family, " the millbrook '
        "chess club said in a statement."
    )
    assert (
        q["we are saddened to hear of the loss of a great member of our family"][0]
        == "the millbrook chess club"
    )


def test_a_statement_read_lends_its_speaker_to_the_next_quote() -> None:
    """Rule text-reads-adjacent (session 48, fresh read multinews-train-27294): in case-less text ""…," the
    statement read. "…"" goes on with the statement's speaker, as ""…," trump said. "…"" does."""
    q = speakers_and_rules(
        _TOWN.lower()
        + 'in a statement, mayor tom barrow said the town would keep the mill. " we will keep the mill '
        'for the town and for its growers, " the statement read. " we have no plans to sell it to anyone. "'
    )
    first = q["we will keep the mill for the town and for its growers"][0]
    assert first and q["we have no plans to sell it to anyone"][0] == first


def _fragments(text: str) -> dict[str, tuple[bool, str | None]]:
    """(speech, speaker) of each quotation of one case-less article, as the attribution rules leave it."""
    from newsbrief.analyze import find_entities
    from newsbrief.analyze.attribution import attribute
    from newsbrief.analyze.coreference import DocView
    from newsbrief.ingest.stories import StoryRecord, record_to_raws
    from newsbrief.pipeline import prepare_story

    story = prepare_story(record_to_raws(StoryRecord("t", (text,), (), {})))
    ents = find_entities(story)
    dd = DocView(0, story.documents[0], list(story.sentences), ents, story.caseless)
    for i, q in enumerate(dd.quotes):
        attribute(dd, i, q)
    return {dd.text[q.start : q.end].strip(" ,."): (q.speech, q.speaker) for q in dd.quotes}


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        # work-frame, a season, a shooting, a set (frags48's read: "before season 5 of "veep"" was HBO's)
        ('the mayor said the fees were paid before season 5 of " the harbour " had ended.', "the harbour"),
        ('the mayor claims the council held up the shooting of " mill town " for a month.', "mill town"),
        ('the mayor said a man was hurt on the set of " river road " last week.', "river road"),
        # passive-called: "the actor … was also labelled a "…" by the instagram user"
        (
            'the mayor, who won in may, was also labelled a " fraud " by a critic, who said she must quit.',
            "fraud",
        ),
        # text-calling: "he's noted trump's tweet calling … gillum a "thief,""
        (
            "peter olsen, the mayor's former aide, has watched it all from his farm. He has heard the "
            "mayor's talk of the mill; he's noted the mayor's tweet calling his rival, tom hale, a "
            '" crook, " without any evidence.',
            "crook",
        ),
        # carried-unread: "… man … told police that he went "bananas," an arrest report said"
        (
            "a millbrook man who is accused of damaging two trucks near his home told police that he went "
            '" wild, " an arrest report said.',
            "wild",
        ),
    ],
)
def test_frags48_a_fragment_not_said_by_the_sentence_speaker_gets_no_speaker(sentence: str, key: str) -> None:
    """Session 48, frags48 (training-file read Random(4849), 60 short fragments given a speaker): a title
    after a season/shooting/set of it (work-frame), a word someone else called the subject (passive-called),
    a text's word (text-calling), and another sayer's word a text carries (carried-unread) get no speaker."""
    assert _fragments(_TOWN.lower() + sentence)[key][1] is None


def test_frags48_the_sentence_speakers_own_fragments_keep_their_speaker() -> None:
    """The rules above leave a speaker's own fragments (called the plan "a disgrace") with the speaker."""
    q = _fragments(
        _TOWN.lower() + 'mayor tom hale called the plan " a disgrace " on friday, his office said.'
    )
    assert q["a disgrace"] == (True, "Tom Hale")


def test_frags48_a_text_keeps_the_words_no_one_else_said_before() -> None:
    """Rule carried-unread needs a verb that reports words before the quote: "he began experiencing "…,"
    according to the lawsuit" stays the lawsuit's ("began" is a verb of saying only of a quote's opener)."""
    q = _fragments(
        _TOWN.lower() + "The owner filed the suit in may saying she was hurt after the mill dismissed "
        'her husband. He then began experiencing issues with " extreme pain and fever, " according to the '
        "lawsuit."
    )
    assert q["extreme pain and fever"] == (True, "the lawsuit")


def test_frags48_an_email_the_subject_sent_calling_it_a_word_is_the_subjects() -> None:
    """Rule text-calling reads a text a name owns ("the mayor's tweet calling"), not one the subject sent
    (dev multinews-val-47728: "sent him an email calling it "extraordinary"" is the sender's word)."""
    q = _fragments(
        _TOWN.lower() + "mayor tom hale said he had not seen the plan before friday but sent the council an "
        'email calling it " shameful " after it came out.'
    )
    assert q["shameful"] == (True, "Tom Hale")


def test_a_title_after_a_gross_of_it_is_no_speech() -> None:
    """Rule work-frame, takings (session 49, speakers49; the training file's "disney said the domestic gross
    of "the force awakens "" was Disney's speech): a quote after "gross / ratings / ticket sales of" is a
    work's name, no speech."""
    q = speakers_and_rules(
        _TOWN.lower() + 'on thursday morning, disney said the domestic gross of " the harbour lights " '
        "stood at $ 76.4 million, a record for the studio."
    )
    assert "the harbour lights" not in q


def test_an_emphatic_did_write_keeps_the_name_the_verbs_subject() -> None:
    """Rule emphatic-do (session 49, speakers49; `frozen2-unseen.json`'s singer whose "she wrote" went to a
    rival named in a parenthesis): "vance did write that …" has the name as the subject of a verb of saying,
    so the "she" after it is hers, not the first woman the sentence names."""
    q = speakers_and_rules(
        'earlier this week, ada vance picked up seven award nominations for her hit song. " thank you, thank '
        'you all so much! " ada vance wrote in a post. and though she did not comment on her chances of '
        "winning ( which, despite the fact that she is up against heavy hitters like nora perry, lena gold, "
        "and britt spiers, are pretty good ), vance did write that she is already looking to the show "
        "itself. "
        '" i can not wait to see everyone on that stage this year, " she wrote.'
    )
    assert q["i can not wait to see everyone on that stage this year"][0] == "Ada Vance"
