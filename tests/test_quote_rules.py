"""Each attribution rule (analyze/attribution.py RULES) on text written for it, and the quote-mark
pairing of analyze/spans.py."""

from __future__ import annotations

import inspect

import pytest

from newsbrief import brief
from newsbrief.analyze import attribution
from newsbrief.analyze.coreference import DESCRIPTION, description
from newsbrief.analyze.rules import recognise
from newsbrief.analyze.spans import spans


def _quotes(*texts: str) -> dict[str, str | None]:
    b = brief(texts=list(texts), words=40, timings=False)
    return {q.text.strip(" ,."): q.speaker for q in b.quotes}


def test_rule_table_is_ordered_and_named() -> None:
    names = [r.name for r in attribution.RULES]
    # caseless-name (only in case-less text) reads "said anthony butler" before said-after (session 21)
    # apposed-title (session 21), preposition-title and naming-verb (session 22) read the frame of a title
    # or a name as named-term does, before any attribution; colon-opened (session 22, case-less text only)
    # gives a colon-opened quote its lead's speaker before caseless-name reads the next sentence's subject;
    # self-named, cue-copula and work-of (session 23, cased text) read the frame of a name, motto or title;
    # as-puts-it (session 23) the one who "put it"; host-after (session 26) a show's name before "host";
    # coordinated-term (session 28) a quote joined by "and"/"or" to a term those frame rules read
    # told-show (session 32) a show or an outlet right after "told"; work-frame (session 45) a part in a work
    # or a performance of one; clause-after-mark (session 54) a new "X said that …" after "?"/"!" before
    # caseless-name and said-after read X as the quote's speaker
    assert names[:16] == [
        "named-term", "apposed-title", "preposition-title", "work-frame", "host-after", "told-show",
        "naming-verb", "self-named", "cue-copula", "work-of", "coordinated-term", "as-puts-it",
        "colon-opened", "clause-after-mark", "caseless-name", "said-after",
    ]  # fmt: skip
    assert names[-1] == "unattributed"
    assert len(set(names)) == len(names)


@pytest.mark.parametrize(
    ("rule", "text", "quote", "speaker"),
    [
        (
            "said-after",
            "“The bridge will open in May,” said engineer Tova Lind.",
            "The bridge will open in May",
            "Tova Lind",
        ),
        (
            "asked-by",
            "Asked by Mara Voss, “Will you sell the farm this year?”",
            "Will you sell the farm this year?",
            "Mara Voss",
        ),
        (
            "intro-before",
            "Kiran Osei told reporters: “The vote will be close, very close.”",
            "The vote will be close, very close",
            "Kiran Osei",
        ),
        (
            "same-sentence",
            "Judge Ada Brandt said the appeal was “without any merit at all” and closed the case.",
            "without any merit at all",
            "Ada Brandt",
        ),
        (
            "interview-turn",
            "Pavel Dorn: You know, “we should have known about the flood much earlier.”",
            "we should have known about the flood much earlier",
            "Pavel Dorn",
        ),
        (
            "continued",
            "“We lost the roof,” said farmer Ines Kolar.\n“The barn is next, and then the house.”",
            "The barn is next, and then the house",
            "Ines Kolar",
        ),
    ],
)
def test_each_rule_attributes_its_case(rule: str, text: str, quote: str, speaker: str) -> None:
    assert attribution.BY_NAME[rule]  # the rule exists under that name
    assert _quotes(text)[quote] == speaker


def test_adjacent_clause_attributes_the_next_sentence() -> None:
    q = _quotes(
        "The “best barometer” for the deal, the envoy Ruth Amsel said, is the timetable. "
        "“The less detailed it is, the less likely it is to last.”"
    )
    assert q["The less detailed it is, the less likely it is to last"] == "Ruth Amsel"


def test_no_evidence_means_no_speaker() -> None:
    # a name earlier in the paragraph is not evidence: the second quote has no attribution
    q = _quotes(
        "Mayor Lene Holt opened the depot on Monday. Crowds came from three towns.\n"
        "Rail staff were cheerful. “Trains will run every ten minutes from now on.”"
    )
    assert q == {"Trains will run every ten minutes from now on": None}


def test_short_fragment_takes_the_sentence_speaker_but_nicknames_do_not() -> None:
    q = _quotes(
        "Governor Saul Pryce called the ruling “disgusting” on Friday. "
        "Fans of the striker “The Hammer” cheered the “concrete doughnut” stadium."
    )
    assert q == {"disgusting": "Saul Pryce"}


def test_speaker_is_never_a_fragment_of_the_sentence() -> None:
    q = _quotes("State Sen. Dina Savo (D-SI) applauded the deal and said it was “a win for every tenant.”")
    assert q["a win for every tenant"] == "Dina Savo"
    assert description("the serious challenges ahead") is None
    assert description("a senior trade ministry official, who asked not to be named") == (
        "a senior trade ministry official"
    )


def test_one_quote_one_speaker_across_articles() -> None:
    a = "The flood reached the mill by noon. “We have never seen water this high in forty years.”"
    b = "“We have never seen water this high in forty years,” said warden Olaf Brekke."
    got = brief(texts=[a, b], words=40, timings=False).quotes
    assert {q.speaker for q in got} == {"Olaf Brekke"}


def test_mojibake_closing_marks_still_close() -> None:
    text = "“We were lucky,�? said Ana Ruiz. “Next year we build higher.�? The river fell."
    assert [text[s.start : s.end] for s in spans(text)] == ["We were lucky,", "Next year we build higher."]
    q = _quotes(text)
    assert q["We were lucky"] == "Ana Ruiz"


def test_a_bare_surname_goes_to_the_person_the_story_names_most() -> None:
    filler = "The motorcade then drove slowly through the old town past the market and the river. " * 4
    b = brief(
        texts=[
            "President Donald Trump flew to Paris. Donald Trump met the mayor. Donald Trump spoke.\n"
            "Melania Trump visited a school.\n" + filler + "\n“The trip was a great success,” Trump said."
        ],
        words=40,
        timings=False,
    )
    assert [(q.speaker) for q in b.quotes] == ["Donald Trump"]


def test_passive_speech_verbs_name_no_speaker() -> None:
    q = _quotes("Tomas Reyes was declared a “danger to the public at large” by the court on Monday.")
    assert q.get("danger to the public at large") != "Tomas Reyes"


def test_participle_takes_the_subject_the_sentence_opens_with() -> None:
    q = _quotes("Nadia Farrow addressed the claims on Monday, saying, “I knew nothing about the accounts.”")
    assert q["I knew nothing about the accounts"] == "Nadia Farrow"


def test_interview_turn_labels_must_look_like_names() -> None:
    q = _quotes("ON HAPPINESS: “To be truly happy, you must give everything and expect nothing.”")
    assert q["To be truly happy, you must give everything and expect nothing"] is None


def test_a_named_attribution_wins_over_a_pronoun_in_another_article() -> None:
    a = (
        "Olaf Brekke met the farmer at the river. Then Peter Aalto showed him the tracks.\n"
        "“The bear had been seen twice this week,” he said."
    )
    b = "“The bear had been seen twice this week,” said Olaf Brekke, the park warden."
    got = brief(texts=[a, b], words=40, timings=False).quotes
    assert {q.speaker for q in got} == {"Olaf Brekke"}


def test_interview_exchange_keeps_host_and_guest_apart() -> None:
    q = _quotes(
        "In an interview with CNN host Alisyn Camerota on Tuesday, Senator Ron Blake defended the plan.\n"
        '"Some of them were lying," Blake said.\n'
        '"All of them," the CNN host said.\n'
        '"Says who?" he shot back.\n'
        'Camerota pressed him on the numbers. "The report says they were all false," she said.'
    )
    assert q["All of them"] == "Alisyn Camerota"
    assert q["Says who?"] == "Ron Blake"
    assert q["The report says they were all false"] == "Alisyn Camerota"


def test_definite_descriptions_name_the_organisation_and_acronyms_the_publication() -> None:
    q = _quotes(
        "The Hollywood Reporter first reported the deal. The case went to the Supreme Court in May.\n"
        '"The law was written to evade the ruling," the high court said.\n'
        '"Filming starts in June," THR reported.'
    )
    assert q["The law was written to evade the ruling"] == "Supreme Court"
    assert q["Filming starts in June"] == "Hollywood Reporter"


def test_a_short_fragment_needs_a_verb_that_reports_words() -> None:
    q = _quotes(
        "Mayor Ivo Lund called the plan “reckless” on Monday. "
        "But Lund also promised to work for the “winning conditions” that voters wanted."
    )
    assert q == {"reckless": "Ivo Lund"}


def test_a_pronoun_prefers_a_person_of_its_known_gender() -> None:
    q = _quotes(
        "The line comes from the local Zarvo Quentin candidate, Roger Paquin.\n"
        "“We are still a separatist party, and we say so,” he said."
    )
    assert q["We are still a separatist party, and we say so"] == "Roger Paquin"


def test_origin_after_a_name_still_names_the_speaker() -> None:
    q = _quotes(
        "“The merger will hurt small shops,” said Len Vlahos of the American Booksellers Association."
    )
    assert q["The merger will hurt small shops"] == "Len Vlahos"


def test_a_title_full_stop_ends_no_sentence_for_the_analysis() -> None:
    b = brief(
        texts=["The court freed Ms. Maple on Tuesday. “I was never afraid,” Ms. Maple said."], timings=False
    )
    assert [(e.name, e.kind) for e in b.entities] == [("Maple", "person")]
    assert [q.speaker for q in b.quotes] == ["Maple"]


def test_a_person_leading_into_a_quote_with_a_colon_speaks_it() -> None:
    q = _quotes(
        "Thomas Ekberg tends the garden. Then he makes a little joke: “The bugs are my extra protein.”\n"
        "Ekberg's work follows one principle: “If you kill part of nature, you damage all of it.”"
    )
    assert attribution.BY_NAME["colon-intro"]
    assert q["The bugs are my extra protein"] == "Thomas Ekberg"
    assert q["If you kill part of nature, you damage all of it"] == "Thomas Ekberg"


def test_a_quote_paragraph_after_reported_speech_is_the_reporters_subject() -> None:
    q = _quotes(
        "In an interview, Dr. Vera Lind said she was sorry. But if Paul Gantz escapes, she said, she "
        "deserved a pardon too.\n“He is getting special treatment because of who he is.”"
    )
    # "she" is not Paul (a listed male first name), though he is the only person in that sentence
    assert q["He is getting special treatment because of who he is"] == "Vera Lind"


def test_the_addressee_of_told_is_not_a_person_nor_the_speaker() -> None:
    b = brief(
        texts=[
            "Jon Bernthal told SiriusXM, “I lost a ton of respect for him.”\n"
            "“The kind of man he was made me lose all respect,” said Bernthal of finally working with him.\n"
            "“I was really happy to get out of there,” said the actor."
        ],
        words=40,
        timings=False,
    )
    assert "SiriusXM" not in [e.name for e in b.entities if e.kind == "person"]
    assert [q.speaker for q in b.quotes] == ["Jon Bernthal"] * 3


def test_a_name_in_apposition_to_a_description_is_the_speaker() -> None:
    q = _quotes(
        "His agent, Stephen Rice, told the trade paper, “Our position is no comment.”\n"
        "“The senator was happy to discuss his record,” said his spokeswoman, Lisette Mondello.\n"
        "More typical was Kenneth Turan of the Los Angeles Times, who called it “noticeably lacking in "
        "warmth and humor.”"
    )
    assert q["Our position is no comment"] == "Stephen Rice"
    assert q["The senator was happy to discuss his record"] == "Lisette Mondello"
    assert q["noticeably lacking in warmth and humor"] == "Kenneth Turan"


def test_a_title_after_according_to_is_no_quote() -> None:
    q = _quotes("According to License magazine, “Star Wars” films have had the highest product sales.")
    assert q == {}


def test_a_full_name_opening_a_sentence_is_confirmed_by_its_surname() -> None:
    b = brief(
        texts=[
            "Arne Owens, a Christian Coalition spokesman, denied the claim on Tuesday.\n"
            "“This message is not coming from the party,” Owens said."
        ],
        words=40,
        timings=False,
    )
    assert [q.speaker for q in b.quotes] == ["Arne Owens"]


def test_the_writer_of_an_article_is_its_speaker() -> None:
    q = _quotes(
        "The archive was opened in May. “A witness saw the man fire on the villagers as they fled the barn,” "
        "said the article, authored by Lund University historian Mara Velden."
    )
    assert q["A witness saw the man fire on the villagers as they fled the barn"] == "Mara Velden"


def test_agreed_reports_words_but_agreed_to_does_not() -> None:
    q = _quotes(
        "Prosecutors rarely pursue it. If the case went before a jury, “I think it would be problematic,” "
        "agreed Joel Russo, the former U.S. attorney."
    )
    assert q["I think it would be problematic"] == "Joel Russo"
    # "agreed to" reports no words, so it is no person cue, and a company opening a sentence is no person
    text = "Talks ended. Hollister Dynamics agreed to pay $5 million."
    found = {c.text: c for c in recognise(text, [0, 13], set())}
    assert not found["Hollister Dynamics"].person_cue and found["Hollister Dynamics"].kind != "person"
    ents = {e.name: e.kind for e in brief(texts=[text, "Riverside Pharmacy closed on Monday."]).entities}
    assert ents.get("Hollister Dynamics") != "person" and ents.get("Riverside Pharmacy") != "person"


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Hollister Dynamics, a defense contractor, agreed to pay $5 million.", False),
        ("Hollister Dynamics, the defense contractor, agreed to pay $5 million.", False),
        ("Hollister Dynamics, whose chief executive resigned, agreed to pay $5 million.", False),
        ("Riverside Pharmacy, the oldest store in town, closed on Monday.", False),
        ("Lasse Gustafsson, a party spokesman, said the talks would resume.", True),
        ("Yaakov Perry, who led the agency, said the talks would resume.", True),
    ],
)
def test_a_name_opening_a_sentence_is_a_person_only_by_a_persons_apposition(
    sentence: str, person: bool
) -> None:
    name = " ".join(sentence.split(",")[0].split())
    ents = {e.name: e.kind for e in brief(texts=["Talks ended. " + sentence]).entities}
    assert (ents.get(name) == "person") is person


def test_short_forms_and_possessives_name_the_right_speaker() -> None:
    q = _quotes(
        "Ledger clerk Rich Pomroy spoke first. “The rules are old,” Pomroy said. "
        "Dina Falk, spokeswoman for the guild, says Pomroy's office was closed early. "
        "“Nothing was lost in the move,” she says."
    )
    assert q["The rules are old"] == "Rich Pomroy"  # a first name that is also a word opens the name
    assert q["Nothing was lost in the move"] == "Dina Falk"  # "says Pomroy's office": Pomroy says nothing
    q = _quotes(
        "The economist Tamsin Alan Fox spoke at length. Fox said prices would rise next year. "
        "“Rents peak in the spring,” he said."
    )
    assert q["Rents peak in the spring"] == "Tamsin Alan Fox"  # "Fox said": the person, not the network
    q = _quotes("Critics faulted Holm. Holm's claims are “just a story to cover the losses,” he said.")
    assert q.get("just a story to cover the losses") != "Holm"  # "Holm's claims": a noun, no speech verb


def test_descriptions_end_at_their_head_and_relative_clauses_are_skipped() -> None:
    q = _quotes(
        "Crowds gathered at the palace on Sunday. “Down with the old guard!” shouted one woman standing "
        "outside the gates. “The vote will hold,” a Western diplomat who insisted on anonymity said. "
        "“We therefore conclude that the storms carry the heat,” Varga's group wrote."
    )
    assert q["Down with the old guard!"] == "one woman"
    assert q["The vote will hold"] == "a Western diplomat"
    assert q["We therefore conclude that the storms carry the heat"] == "Varga's group"
    q = _quotes("In 1995 a panel, where more than 2,000 scientists said in a report that “the seas rise.”")
    assert q.get("the seas rise") != "000 scientists"  # a number's comma is no appositive


def test_a_sentence_opening_surname_that_is_also_a_word_is_the_person() -> None:
    q = _quotes(
        "“Theft is down,” said Lotte Anne Fox, dean of the college. Crime fell again this year. "
        "Fox said the trend would turn soon. “Rates peak after school,” she said."
    )
    assert q["Rates peak after school"] == "Lotte Anne Fox"


def test_present_tense_reporting_verbs_of_reviews_attribute() -> None:
    q = _quotes(
        "Writer Mirela Ostrova finished the memoir in May. “The drug takes much away,” Ostrova concludes, "
        "“but it gives back as well.” She was a student with “the habits of a much younger child,” as "
        "she describes it."
    )
    assert q["The drug takes much away"] == "Mirela Ostrova"
    assert q["but it gives back as well"] == "Mirela Ostrova"
    assert q["the habits of a much younger child"] == "Mirela Ostrova"


def test_an_office_an_initial_and_a_workplace_do_not_cut_the_speaker_off() -> None:
    """Round 5: "… for Near Eastern Affairs Martin Indyk" (the office is no part of the name), "K. Lena
    Ostrom" (the initial is), "Ada Kell of the law school at the University of Tarn" (still Ada Kell)."""
    text = (
        "Deputy Secretary for Coastal Affairs Martin Orrel urged the ports to “stop these closures now.”\n"
        "“The harbour will be dredged before winter,” said K. Lena Ostrom, a pilot.\n"
        "“Most of the boats are old,” said analyst Ada Kell of the law school at the University of Tarn."
    )
    got = _quotes(text)
    assert got["stop these closures now"] == "Martin Orrel"
    assert got["The harbour will be dredged before winter"] == "K. Lena Ostrom"
    assert got["Most of the boats are old"] == "Ada Kell"


def test_a_workplace_named_by_a_possessive_place_still_names_the_speaker() -> None:
    """Session 7 (frozen7): ""…," said Julio Castro of Peru's board of medicine" gave no speaker: the
    workplace after the name opened with a possessive place, not "the"."""
    text = (
        "Doctors in Tarn said the claims were false.\n"
        "“We would not throw it out if it were worth that much,” said Ilse Varn of Tarn’s board of medicine. "
        "Others said the fat spoils too quickly."
    )
    assert _quotes(text)["We would not throw it out if it were worth that much"] == "Ilse Varn"


@pytest.mark.parametrize(
    ("text", "speech"),
    [
        ("He's said before that the ferry will run.", True),
        ("She's told reporters the ferry will run.", True),
        ("‘We will run the ferry’ said Mayor Ann Lee.", True),
        ("Lee's claims about the ferry were false.", False),
        ("The engineers' claims about the ferry were false.", False),
        ("The Harwick council's notes were published.", False),
    ],
)
def test_a_contraction_or_closing_mark_before_a_speech_verb_is_no_possessive(text: str, speech: bool) -> None:
    assert bool(attribution._verbs(text)) is speech


def test_round6_evidence_rules_on_written_text() -> None:
    """Round 6 (issue 15): a copy desk's "(cq)" inside a name, a clause after an inverted speaker
    ("said Orrel Friday when …"), "the officer" after "said a harbour officer", "they" after a plural
    source ("the engineers noted"), a plural document head ("the court papers say") and a description
    of the last person named ("the party's front-runner")."""
    text = (
        "“The tide came early this year,” joked Mira(cq) Talvens of Dunmore, as she pointed at the pier.\n"
        "“We will open the locks in May,” said Talvens Friday when visiting the harbour.\n"
        "The pier was closed for a week, said a harbour officer who asked not to be named.\n"
        "“Nobody told us anything,” the officer said.\n"
        "The repairs will cost more than planned, the engineers noted.\n"
        "“The steel is older than anyone thought,” they said.\n"
        "“The closure was never lawful,” the court papers say.\n"
        "Governor Anton Vasquel spoke to the dock workers on Monday.\n"
        "“Every one of you will be paid,” the party's front-runner told the meeting."
    )
    got = _quotes(text)
    assert got["The tide came early this year"] == "Mira Talvens"
    assert got["We will open the locks in May"] == "Mira Talvens"
    assert got["Nobody told us anything"] == "a harbour officer"
    assert got["The steel is older than anyone thought"] == "the engineers"
    assert got["The closure was never lawful"] == "the court papers"
    assert got["Every one of you will be paid"] == "Anton Vasquel"


@pytest.mark.parametrize("verb", ["shrieked", "rued", "exclaimed", "scoffed"])
def test_more_verbs_of_speech(verb: str) -> None:
    got = _quotes(f"“You have taken the money from the town!” {verb} Ilse Varnholt.")
    assert got["You have taken the money from the town!"] == "Ilse Varnholt"


def test_an_outlet_that_reports_is_no_speaker_when_a_person_said_it() -> None:
    """Round 6: a one-word name that "reported." is a news agency, so "He" is not it; and "Lee said the
    plan "…" the Harbour Evening News reported" gives the words to Lee, not to the newspaper."""
    text = (
        "General Oskar Vantrel said the army would stay in the valley, Trevnik reported.\n"
        "He said that the soldiers “have not fired a single shot at the villages.”\n"
        "Mayor Ilse Roon said the plan “will never be carried out in this town” the Harbour Evening News "
        "reported in its Thursday edition.\n"
        "Pavel Dunst, the harbour chief, said that by closing the port, the ministry was trying to “ruin "
        "every family in this town,” the newspaper said."
    )
    got = _quotes(text)
    assert got["ruin every family in this town"] == "Pavel Dunst"
    assert got["have not fired a single shot at the villages"] == "Oskar Vantrel"
    assert got["will never be carried out in this town"] == "Ilse Roon"
    b = brief(texts=[text], words=40, timings=False)
    assert {e.name: e.kind for e in b.entities}["Trevnik"] == "organization"


def test_a_closing_mark_glued_to_the_next_sentence_attributes_nothing() -> None:
    """Round 7: "… a long time." Officials say …" with no space after the closing mark is a paragraph break
    lost in extraction; the officials did not say the quote (before: same-sentence gave it to them)."""
    text = (
        "Marta Quell says the robbery was planned for weeks. "
        '"He had the keys made in March," Quell says. "I think he had been waiting for a long time."'
        "Officials say the keys were copied at a hardware store in Dunmore."
    )
    got = _quotes(text)
    assert got["He had the keys made in March"] == "Marta Quell"
    assert got.get("I think he had been waiting for a long time") in (None, "Marta Quell")


def test_the_person_after_a_relations_of_is_not_the_speaker() -> None:
    """Round 7: "The mother of missing … Lina Marsh says she "…"": not Lina Marsh's words (before:
    same-sentence gave them to her); a title's "of" still names the speaker."""
    text = (
        "Lina Marsh was last seen on Friday near her school.\n"
        "The mother of missing 9-year-old Lina Marsh says she “never trusted the man who took her daughter” "
        "last week.\n"
        "Secretary of State Ruth Abell said she “will not rest until the girl is home.”"
    )
    got = _quotes(text)
    assert got.get("never trusted the man who took her daughter") is None
    assert got["will not rest until the girl is home"] == "Ruth Abell"


def test_a_glued_full_stop_and_a_pronoun_subject_keep_the_participles_speaker() -> None:
    """Round 7: "… issued in Ohio.Dana Reel tells …, saying, "…"" (a full stop glued to the next sentence)
    and "She urges Holm to come forward, telling reporters, "…"" are Dana Reel's words, not Gary Holm's."""
    first = (
        "On Monday, Gary Holm picked the boy up from his school in Dover. Holm and the boy did not return "
        "home later that afternoon and the following day an alert was issued in Ohio.Dana Reel tells "
        "reporters she has not had custody of the boy for two years, "
        'saying, "I just wish I could see my boy again."'
    )
    assert _quotes(first)["I just wish I could see my boy again"] == "Dana Reel"
    second = (
        'Dana Reel was born in Akron. She urges Holm to come forward, telling reporters, "Bring him home, '
        'please, we are waiting for him."'
    )
    assert _quotes(second)["Bring him home, please, we are waiting for him"] == "Dana Reel"


def test_a_description_with_a_name_in_apposition_is_that_person() -> None:
    """Round 8: ""…," said one dejected lawmaker, Ruth Albers of the Farmers Party": the named person speaks,
    not the description (before: said-after gave the quote to "one dejected lawmaker")."""
    text = (
        "The bill passed its second reading on Tuesday.\n"
        "“It is just a formality, nothing more,” said one dejected lawmaker, Ruth Albers of the Farmers "
        "Party, which voted against it.\n"
        "“We will try again next year,” said a party spokesman."
    )
    got = _quotes(text)
    assert got["It is just a formality, nothing more"] == "Ruth Albers"
    assert got["We will try again next year"] == "a party spokesman"


def test_a_text_or_outlet_as_the_sentences_subject_gives_no_speaker() -> None:
    """Round 8: "The document said that the police "…"": whose words these are the sentence does not say,
    so the quote is unattributed (before: same-sentence gave it to "The document"); a person as subject
    still speaks."""
    text = (
        "The ministry issued a communique on Sunday about the raids.\n"
        "The document said that the police “are taking every measure to protect the villages from now on.”\n"
        "Colonel Ivo Brandt said the army “will leave the valley before the winter comes.”"
    )
    got = _quotes(text)
    assert got["are taking every measure to protect the villages from now on"] is None
    assert got["will leave the valley before the winter comes"] == "Ivo Brandt"


def test_a_person_the_reported_clause_names_is_not_the_descriptions_speaker() -> None:
    """Session 14 (named-in-clause): "the Foreign Ministry official said Ford's visit was "…"" is the
    official's words, about Ford (before: the description resolved to Robert Ford, the person last named);
    a description whose person the clause does not name still goes to the person introduced with it."""
    text = (
        "U.S. ambassador Robert Ford visited the city of Hama on Thursday. Syria protested the trip.\n"
        "According to the report, the Foreign Ministry official said Ford's visit was “clear evidence of "
        "the U.S. involvement in the ongoing events in the country and its bids to stir the unrest.”\n"
    )
    got = _quotes(text)
    assert list(got.values()) == ["the Foreign Ministry official"]
    kept = (
        "Foreign Ministry official Omar Haddad spoke on Thursday. Syria protested the trip.\n"
        "The Foreign Ministry official said the visit was “clear evidence of the U.S. involvement in the "
        "ongoing events in the country.”\n"
    )
    assert list(_quotes(kept).values()) == ["Omar Haddad"]


def test_case_less_text_carries_no_speaker_down_a_chain_of_quotes() -> None:
    """Round 8: in lower-cased text (multinews-plus) names cannot be seen, so a quote whose own "rick perry
    replied" names no one readable is not given the speaker of the quote before it (before: continued
    gave it to "the former governor"); with capitals the reply is Rick Perry's. Session 21: the entity pass
    reads "rick perry" in lower-cased text (analyze/caseless.py, a listed first name and a surname), so
    the reply is his there too, by its own attribution, never the chain's."""
    cased = (
        "The debate turned to health care late on Tuesday evening, and the two men argued about a law. "
        '"I will tell you what, ten thousand dollars, is that a bet?" the former governor said. '
        '"I am not in the betting business at all, my friend," Rick Perry replied.\n'
        "The two men then moved on to taxes, and neither of them raised the bet again.\n"
        "The crowd in the hall laughed at the exchange, and the moderators moved on to the next question "
        "before either of the two men could say any more about it or about the law they had argued over. "
        "Most of the people who watched it at home said later that it was the part of the night they would "
        "remember best."
    )
    lower = cased.replace("Rick Perry", "rick perry")
    lower = lower.replace("I will", "i will").replace("I am", "i am").replace("Tuesday", "tuesday")
    assert _quotes(cased)["I am not in the betting business at all, my friend"] == "Rick Perry"
    assert _quotes(lower)["i am not in the betting business at all, my friend"] == "Rick Perry"


def test_a_works_title_before_an_attribution_is_no_speech() -> None:
    """Round 8: "In "Forgetting the Rain," Vera Lind writes …" and "her 2007 memoir, "Spilling the Salt,"
    she recalled …" quote a title, not words said (before: said-after gave them to the writer); a short
    reply set off by its attribution still is speech."""
    text = (
        'In "Forgetting the Rain," Vera Lind also writes about the years she spent in Dunmore.\n'
        'In her 2007 memoir, "Spilling the Salt," Ada Brook recalled her first restaurant.\n'
        '"Yes, of course," Ada Brook said when asked about a sequel.'
    )
    got = _quotes(text)
    assert "Forgetting the Rain" not in got and "Spilling the Salt" not in got
    assert got["Yes, of course"] == "Ada Brook"


def test_a_compound_of_lower_case_words_is_one_word() -> None:
    """Round 8: "pills called "non-steroidal anti-inflammatory drugs," or NSAIDs" is a three-word term,
    not a five-word quotation shown as unattributed speech."""
    text = (
        "Millions of people depend on aspirin and a host of other pills for arthritis. Doctors call them "
        'by one name. "non-steroidal anti-inflammatory drugs," or NSAIDs, are sold in every shop.'
    )
    assert "non-steroidal anti-inflammatory drugs" not in _quotes(text)


def test_was_quoted_as_saying_reports_the_subjects_words() -> None:
    """Round 8: ""…," he was quoted as saying by reports" gives the words to "he" (before: the passive
    made it no attribution, so the quote was unattributed)."""
    text = (
        "Prime Minister Jon Arvid spoke in Calgary on Monday about the vote.\n"
        '"This is a reality check for every province in the country," he was quoted as saying by reports.'
    )
    assert _quotes(text)["This is a reality check for every province in the country"] == "Jon Arvid"


def test_round9_attributions_on_written_text() -> None:
    """A hyphenated surname named in full once stays whole; a name in apposition to a named person's
    relative speaks; a quote ending in a full stop and followed by a lower-case "said …" or an age is
    attributed after it; an age or description whose closing comma is missing still names the subject."""
    q = _quotes(
        "Israeli spokesman David Bar-Illan met the press on Monday.\nThe cabinet met on Tuesday. "
        "“We will build the homes on the hill this year,” Bar-Illan said."
    )
    assert q["We will build the homes on the hill this year"] == "David Bar-Illan"
    q = _quotes(
        "Walter Huang died in the crash on Friday.\nHuang's brother, Will, told the station KGO that Walter "
        'had "the car veered toward the same barrier."\n"He told me it happened seven times," Will said.'
    )
    assert q["the car veered toward the same barrier"] == "Will"
    q = _quotes(
        'The torch passed the wharf at noon.\n"We have got the route well covered and nobody will get near '
        'it." said Nathan Ballard about the security. Ballard is a spokesman for the mayor.'
    )
    assert q["We have got the route well covered and nobody will get near it"] == "Nathan Ballard"
    q = _quotes(
        "Matt Helmenstine, 30, a California high school teacher carrying a Tibetan flag told Reuters: "
        '"We came here to see the torch and to protest the crackdown."\nThe crowd was big.'
    )
    assert q["We came here to see the torch and to protest the crackdown"] == "Matt Helmenstine"
    q = _quotes(
        "The fire spread fast.\n“We tried to break the windows but nobody came to help us at all.” "
        "17-year-old Zuhir Hersi, one of the disc jockeys at the bash said Friday."
    )
    assert q["We tried to break the windows but nobody came to help us at all"] == "Zuhir Hersi"


def test_round9_descriptions_and_contrast_clauses() -> None:
    """ "the Arab official" after "said one Arab official" stays that unnamed source, not a person named in
    between; "he" after "While A and B said …, C is more pessimistic." is C, the main clause's subject."""
    q = _quotes(
        "Hamid Karzai, who lost his citizenship in 1994, would face swift action if he came back, said one "
        "Arab official.\nNow even the family of Hamid Karzai is helping the United States, the Arab official "
        "said. Hamid Karzai made a fortune in building. “U.S. officials have talked to members of the "
        "family,” the Arab official said."
    )
    assert q["U.S. officials have talked to members of the family"] == "the Arab official"
    q = _quotes(
        "Daniel Marcus of Orbital and Greg Clark said the launch went well.\nAs deputy commander at the "
        "base, "
        "Mike Kelly helps run about 60 satellites.\nWhile Marcus of Orbital and Greg Clark, president of "
        "Loral, another big company, said they expected no impact on their services, Kelly is more "
        "pessimistic.\n“I think it is very unlikely that we will lose a spacecraft,” he said."
    )
    assert q["I think it is very unlikely that we will lose a spacecraft"] == "Mike Kelly"


def test_a_relative_named_in_apposition_does_not_take_the_bare_surname() -> None:
    q = _quotes(
        "Vidal Sassoon opened his first salon in London.\nFew knew the stylist better than Eden Sassoon, the "
        "daughter of another industry icon Vidal Sassoon and a star of television.\n“He cared about every "
        "client who came in,” said Sassoon, who called him a mentor."
    )
    assert q["He cared about every client who came in"] == "Eden Sassoon"


def test_a_pronoun_skips_the_person_a_speaker_talks_about() -> None:
    """ "Ms. Lind said Oskar Brandt was charged …" names Lind as the one speaking: Brandt after her verb is
    what she spoke about, so "she added" later is Lind, not the last person named."""
    q = _quotes(
        "The trial opened in Boston on Monday.\nMs. Tova Lind said Oskar Brandt was charged with fraud and "
        "theft.\nCiting the many families who lost their savings, she added, “Every one of them deserves "
        "an answer from this court.”"
    )
    assert q["Every one of them deserves an answer from this court"] == "Tova Lind"


def test_a_participle_without_a_subject_continues_only_its_own_sentences_speaker() -> None:
    """ "“…,” Lind said, adding “…”" goes on with Lind; a participle opening another sentence whose subject
    the rules cannot name ("The state roads agency, which runs the barriers, released a note saying “…”")
    is not the last speaker's words."""
    q = _quotes(
        "“We will fix the road soon,” said engineer Tova Lind, adding “the barrier is the first job.”\n"
        "The state roads agency, which runs the barriers, released a note saying “replacement work was "
        "scheduled for the spring.”"
    )
    assert q["the barrier is the first job"] == "Tova Lind"
    assert q["replacement work was scheduled for the spring"] is None


def test_a_scare_quote_before_a_subjectless_participle_brings_back_no_earlier_speaker() -> None:
    """Only the quote right before, when it is speech with a speaker in the same sentence, lends its
    speaker: a scare quote ("the “smart” barriers") earlier in the sentence lends none, and the last
    speaker of an earlier sentence is not reached through it."""
    q = _quotes(
        "“We will fix the road soon,” said engineer Tova Lind.\n"
        "The state roads agency, which runs the “smart” barriers, released a note saying “replacement work "
        "was scheduled for the spring.”"
    )
    assert q["We will fix the road soon"] == "Tova Lind"
    assert q["replacement work was scheduled for the spring"] is None


def test_a_quote_opening_a_relative_clause_after_a_noun_is_the_things_words_not_the_speakers() -> None:
    text = (
        "Maria Lopez said the manager told her to install an app on their phones that "
        "“tracks every step you take, all day and all night.” "
        "Maria Lopez said she refused that “because nobody should be watched at home.”"
    )
    found = _quotes(text)
    assert found["tracks every step you take, all day and all night"] is None
    assert found["because nobody should be watched at home"] == "Maria Lopez"


def test_quoted_by_an_outlet_as_saying_reports_the_subjects_words() -> None:
    """Session 9: "… Grant was quoted by Reuters as saying" gives the words to the subject, not to no one
    (the outlet between "quoted" and "as saying" only carried them)."""
    text = (
        "Labour MP Bernie Grant criticised the hospital on Monday.\n"
        '"It is an outrage of enormous proportions," Grant was quoted by Reuters as saying. '
        '"It challenges the whole basis of the service."'
    )
    q = _quotes(text)
    assert q["It is an outrage of enormous proportions"] == "Bernie Grant"
    assert q["It challenges the whole basis of the service"] == "Bernie Grant"


def test_session9_attributions_from_frozen8s_census() -> None:
    """Session 9: "retorted" is a speech verb; newswire's "--" ends the name after an inverted verb; a role
    word without an article after a name (", researcher at …") is an appositive whose subject speaks."""
    q = _quotes(
        "The lawyer pressed the witness about the meeting on Tuesday.\n"
        "“That is simply not what happened in that room,” Dale Ormond retorted.\n"
        "“Every family should have a seat that fits the child,” said Ormond -- speaking in a state with "
        "weak laws.\n"
        "Nina Vastola, analyst at Harbor Research said “The market will not recover before the spring.”"
    )
    assert q["That is simply not what happened in that room"] == "Dale Ormond"
    assert q["Every family should have a seat that fits the child"] == "Dale Ormond"
    assert q["The market will not recover before the spring"] == "Nina Vastola"


def test_a_short_fragment_without_a_speaker_is_a_term() -> None:
    """Session 9: a fragment of three words or fewer inside a sentence whose speaker cannot be named (an
    unresolved "they") is a quoted term, not speech; with a known speaker it stays the speaker's words."""
    text = (
        "The salmon came back smaller this year.\n"
        "The drop in the number of returning fish “points to starvation,” they said.\n"
        "Marta Oduya, a biologist, said the season was “deeply worrying” for the fleet."
    )
    q = _quotes(text)
    assert "points to starvation" not in q
    assert q["deeply worrying"] == "Marta Oduya"


def test_the_role_after_an_unnamed_source_opening_a_sentence() -> None:
    """Session 9: "A spokesperson for … said …" opening a sentence introduces an unnamed source, so a later
    "The spokesperson said" is that source, not the speaker of the quote before (another spokesman)."""
    q = _quotes(
        'A spokesman for the organisers said "We regret the scenes we saw in the streets today."\n'
        "A spokesperson for the sports committee said that the committee was concerned. "
        'The spokesperson said "They have every right to express their views peacefully."'
    )
    assert q["We regret the scenes we saw in the streets today"] == "A spokesman"
    assert q["They have every right to express their views peacefully"] == "A spokesperson"


def test_a_quote_naming_its_own_speaker_is_no_continuation() -> None:
    """Session 10: a quote whose own sentence names another person after it ("…," Tomas Brek glowered,
    a verb the rules do not know) is not given the speaker of the quote before it (before: continued
    gave it to Ines Kolar); without a name after it the chain goes on."""
    text = (
        "“We lost the roof,” said farmer Ines Kolar.\n"
        "“The barn is next, and then the house,” Tomas Brek glowered at the meeting.\n"
        "“We will rebuild all of it before the winter,” said Ines Kolar.\n"
        "“The village will help us with the work.”"
    )
    got = _quotes(text)
    assert got["The barn is next, and then the house"] is None
    assert got["The village will help us with the work"] == "Ines Kolar"


def test_a_speaker_known_by_surname_takes_the_full_name_the_text_wrote() -> None:
    """Session 10: "Golongergen said" names the person the story introduced as "Sterling Golongergen"
    (an ordinary word as first name at a sentence start, which the name rules leave out), so the speaker
    is the full name (before: "Golongergen"); a title before a surname ("Coach Brill") is no first name."""
    text = (
        "Sterling Golongergen, a hunter from Savoonga, spoke at the meeting on Monday about the ice.\n"
        "“The ice packs left sooner this year and the game went with them,” Golongergen said.\n"
        "Coach Brill said the team “will play on the ice as long as the town wants us to.”"
    )
    got = _quotes(text)
    assert got["The ice packs left sooner this year and the game went with them"] == "Sterling Golongergen"
    assert got["will play on the ice as long as the town wants us to"] == "Brill"
    # a first name that is also a demonym ("Christian") is a first name here
    other = text.replace("Sterling Golongergen", "Christian Vane").replace("Golongergen said", "Vane said")
    assert (
        _quotes(other)["The ice packs left sooner this year and the game went with them"] == "Christian Vane"
    )


def test_a_pronoun_after_an_unnamed_subject_is_not_the_person_named_before() -> None:
    """Session 10: "A spokesman for the firm declined to comment. "…," he said" is the spokesman's, whom
    the text does not name, so the quote has no speaker (before: he resolved to Tom Reyes, named two
    sentences before); a spokeswoman does not stand in the way of "he", and a named subject still fits."""
    first = (
        "The company was founded by Tom Reyes in 1990. It grew fast.\n"
        "A spokesman for the firm declined to comment on the sale.\n"
        "“We do not discuss our clients with the press,” he said."
    )
    assert _quotes(first)["We do not discuss our clients with the press"] is None
    other = first.replace("A spokesman", "A spokeswoman")
    assert _quotes(other)["We do not discuss our clients with the press"] == "Tom Reyes"


def test_a_description_speaking_for_a_name_is_not_that_person() -> None:
    """Session 10: ""…," a lawyer for Reyes said" is the lawyer's, not Tom Reyes's (before: the name
    inside the phrase was taken as the speaker); the owner of a page or statement still speaks
    ("a look at Reyes's campaign page")."""
    text = (
        "Tom Reyes was charged on Monday with fraud in the city court.\n"
        "“He is innocent and we will prove it in court,” a lawyer for Reyes said.\n"
        "Reyes has not spoken since. A quick look at Reyes's Facebook page explains his view:\n"
        "“I have done nothing wrong and I will not resign from the board.”"
    )
    got = _quotes(text)
    assert got["He is innocent and we will prove it in court"] == "a lawyer for Reyes"
    assert got["I have done nothing wrong and I will not resign from the board"] == "Tom Reyes"


@pytest.mark.parametrize("verb", ["snapped", "pointed out", "beamed", "interjected", "sighed", "demanded"])
def test_more_speech_verbs_attribute_after_the_quote(verb: str) -> None:
    """Session 10: verbs of speech common in news features ("…," she beamed) attribute the quote (before:
    no speech verb, so the quote went unattributed or to the speaker of the quote before)."""
    first = "“We lost the roof,” said farmer Ines Kolar.\n"
    text = first + f"“The barn is next, and then the house,” Tomas Brek {verb}."
    assert _quotes(text)["The barn is next, and then the house"] == "Tomas Brek"


def test_session11_evidence_from_wire_text() -> None:
    """Session 11 (tuning files frozen5/6/8): an outlet that "quoted X as saying" is not the speaker, X is;
    a verb leading into the next quotation is not the attribution of a quote that ended its sentence
    (before: the next quote's speaker); an age or a proper name after a description's head stays in it,
    and a name whose apposition lost its comma still names the speaker."""
    q = _quotes(
        "El Diario quoted an Air Lumo pilot flying over the sea at the time as saying he saw "
        "“an intense burst of white light” in the sky."
    )
    assert q["an intense burst of white light"] == "an Air Lumo pilot"
    q = _quotes(
        "Tarvia has now pronounced tourism to be “the industry of the new century.” And if the barriers "
        "fall, one diplomat said, “the potential of the coast is very large indeed.”"
    )
    assert q.get("the industry of the new century") != "one diplomat"
    assert q["the potential of the coast is very large indeed"] == "one diplomat"
    q = _quotes(
        "Pets are a sign of success. As a 28-year-old in New York explained, “People are over the big "
        "houses and the fancy cars now.”\n“Uniforms set the tone of the classroom,” said Carl Askins a "
        "Jamaica Plain parent of two children.\nA spokesman for Beijing 2008 said “The torch relay will "
        "go on as planned.”"
    )
    assert q["People are over the big houses and the fancy cars now"] == "a 28-year-old in New York"
    assert q["Uniforms set the tone of the classroom"] == "Carl Askins"
    assert q["The torch relay will go on as planned"] == "A spokesman for Beijing 2008"
    assert description("a lawyer for the family") == "a lawyer"  # no proper name: cut at the head


def test_session11_a_carrier_and_an_asker_are_not_the_speaker() -> None:
    """Session 11: a text or outlet after the quote carries the words of the person or body its sentence
    named first ("the complaint states", "the Interfax news agency reported"); "Asked by X," introduces
    X's question, not the answer (before: the answer was X's); a name after a passive verb or "by" is no
    subject of "… and said" (issue 15's "Academy of Sciences"), and no stray place text speaks."""
    q = _quotes(
        "Nia Rolle says in her complaint that the manager, Tom Vick, “forced her to keep the app on at all "
        "hours,” the complaint states."
    )
    assert q["forced her to keep the app on at all hours"] == "Nia Rolle"
    q = _quotes(
        "A spokeswoman for the United Nations High Commissioner for Refugees said the convoy was delayed "
        "due to “security problems on the road to the border,” the Interfax news agency reported."
    )
    assert q.get("security problems on the road to the border") != "the Interfax news agency"
    q = _quotes("Asked by Mara Voss, “We have no plans to sell the farm.”")
    assert q.get("We have no plans to sell the farm") != "Mara Voss"
    q = _quotes(
        "The study was published by the National Academy of Sciences and said “the seas will rise faster "
        "than anyone thought.” A teacher was hurt at the school on 23rd Street and said “we were all "
        "terrified of the noise.”"
    )
    assert q.get("the seas will rise faster than anyone thought") != "National Academy of Sciences"
    assert not any(s and "Street" in s for s in q.values())


def test_session11_a_family_name_written_first_takes_the_full_name() -> None:
    """Session 11: "Zhu Muzhi said … “…,” said Zhu" gives Zhu Muzhi (before: "Zhu"; checked by eye on an
    unlabelled DUC 2006 article); two people sharing the family name keep the bare one."""
    q = _quotes(
        "Defending the 1989 crackdown, Wan Kuok-koi said troops were justified.\n“The soldiers were "
        "innocent and the crowd was not,” said Wan, who now heads a press office."
    )
    assert q["The soldiers were innocent and the crowd was not"] == "Wan Kuok-koi"
    q = _quotes(
        "Wan Kuok-koi and his brother Wan Kuok-hung were convicted on Tuesday.\n“The judge has been bought "
        "by my enemies,” Wan shrieked."
    )
    assert q["The judge has been bought by my enemies"] == "Wan"


def test_session11_wire_attributions_name_the_person_not_the_title_or_outlet() -> None:
    """Session 11, from reading unlabelled DUC 2003 dev articles: a title before a name is not part of
    the speaker ("said Defense Secretary Orlando Mercado"); a possessive description in apposition to a
    full name is that person ("Puerto Rico's Housing Secretary, Ana Carmen Alemany"), but not to a lone
    first name; an outlet that "quoted X as saying" after the quote gives X; "Treasury Secretary Robert
    Rubin … and said" is Rubin, not the Treasury."""
    q = _quotes(
        "“Catanduanes received the first punch and it was hard,” said Defense Secretary Orlando Mercado, "
        "who is overseeing relief.\n“Even though this has been a disaster, we will rebuild,” explained "
        "Puerto Rico's Housing Secretary, Ana Carmen Alemany.\n“We will wait for their final reply until "
        "Nov. 20,” it quoted Warawut Sumon, head of the technical committee, as saying.\nTreasury Secretary "
        "Robert Rubin welcomed the offer of new loans and said Japan “intends to help its neighbours.”"
    )
    assert q["Catanduanes received the first punch and it was hard"] == "Orlando Mercado"
    assert q["Even though this has been a disaster, we will rebuild"] == "Ana Carmen Alemany"
    assert q["We will wait for their final reply until Nov. 20"] == "Warawut Sumon"
    assert q["intends to help its neighbours"] == "Robert Rubin"
    q = _quotes(
        "Relatives of Ali Mohammed and of Samir Zughayar gathered on Saturday.\n“I didn't raise him to lose "
        "him like that,” said Zughayar's 54-year-old father, Mohammed."
    )
    assert q.get("I didn't raise him to lose him like that") != "Ali Mohammed"


def test_session11_no_speaker_from_the_object_of_a_preposition_or_a_fragment_of_shared_words() -> None:
    """Session 11, from reading unlabelled MultiLing dev articles (M004, M006; no label file uses them):
    the object of a preposition is not the subject ("In a phone call to CNN, the Haitian ambassador to
    the US, Raymond Joseph, said:" was CNN's); a short quote is the same words as a long one in another
    article only when its content words are in it, not its "on", "the" and "of" (Gordon Brown's speech
    was given to Yvo de Boer through his "on the brink of agreement")."""
    q = _quotes(
        "Aid was slow.\nIn a phone call to CNN, the Haitian ambassador to the US, Raymond Joseph, said: "
        "“I am calling on all friends of Haiti to help us now.”"
    )
    assert q["I am calling on all friends of Haiti to help us now"] == "Raymond Joseph"
    a = (
        "Delegates met on Monday.\n“The task of the talks is an agreement on the climate of the world, on "
        "which the future of all of us depends.”"
    )
    b = "Yesterday Yvo de Boer of the UN had said that the parties were “on the brink of agreement” at last."
    got = {q.text[:8]: q.speaker for q in brief(texts=[a, b], words=40, timings=False).quotes}
    assert got == {"The task": None, "on the b": "Yvo de Boer"}
    c = "“We have never seen water this high in forty years,” said warden Olaf Brekke."
    d = "The flood reached the mill. Locals said they “have never seen water this high” before."
    got = {q.text[:8]: q.speaker for q in brief(texts=[c, d], words=40, timings=False).quotes}
    assert got["We have "] == "Olaf Brekke"


def test_session11_a_text_leading_into_a_quote_names_no_speaker() -> None:
    """Session 11 (frozen6, frozen8): "The memo continued, "…"" and "The tweet concluded with "…"" give no
    speaker, as "The memo said that …" already did: the text's author is not named there (before: "The
    memo", "The tweet")."""
    q = _quotes(
        "Dan Roth wrote a memo after the meeting.\nThe memo continued, “They asked us to build on top of "
        "their system or compete with them.”\nThe tweet concluded with “Resign from the presidency at once.”"
    )
    assert q["They asked us to build on top of their system or compete with them"] is None
    assert q.get("Resign from the presidency at once") is None


def test_session12_a_single_mark_glued_to_the_closing_one_is_no_attribution_text() -> None:
    """Session 12, from reading unlabelled DUC 2006 dev articles: a quote ending in a quote inside it
    ("…,”' he said", DUC's `` … ''' ) keeps its attribution (before: not speech at all), and a name used
    as a noun's modifier ("the Okafor campaign") is no antecedent of "he"."""
    q = _quotes(
        "Victor Okafor opened the convention on Monday.\nIf any of this fazed Marcus Pruitt, 58, he did not "
        "show it. When the Okafor campaign considered inviting him, “they did not say, gee, you would be the "
        "right person to speak about trade, but we cannot have you,”' he said in a brief interview. “The "
        "fact that it is a non-issue is positive.”"
    )
    said = "they did not say, gee, you would be the right person to speak about trade, but we cannot have you"
    assert q[said] == "Marcus Pruitt"
    assert q["The fact that it is a non-issue is positive"] == "Marcus Pruitt"
    q = _quotes(
        "Victor Okafor opened the convention on Monday.\nIf any of this fazed Marcus Pruitt, 58, he did not "
        "show it. When the Okafor campaign considered inviting him, “they did not say you would be the right "
        "person to speak about trade,” he said in a brief interview."
    )
    assert q["they did not say you would be the right person to speak about trade"] == "Marcus Pruitt"


def test_session12_he_after_an_unnamed_source_or_a_described_subject() -> None:
    """Session 12, from reading unlabelled DUC 2003 dev articles: "he said" right after "a U.N. source
    said" is that source (before: Kofi Annan, named earlier); after a sentence whose subject is "The pope",
    he is the one pope the text names ("Pope John Paul II"), and no one when it names two (before: the
    last person named, Slavko Goldstein); "said Acadian student Eric Larocque" names Eric Larocque; "Ince
    called Kameron "…"" then "she said" stays Ince."""
    q = _quotes(
        "Kofi Annan met the envoys on Monday.\nBecause of recent developments, “there is now a good chance "
        "that the suspects might finally be brought” to trial, a U.N. source said on condition of anonymity. "
        "There is “a sense of optimism among the parties,” he said."
    )
    assert q["a sense of optimism among the parties"] == "a U.N. source"
    goldstein = (
        "“There is no question he saved hundreds of people,” said Slavko Goldstein, a community leader.\n"
    )
    pope = (
        "The pope seemed to address the critics. “Blessed Stepinac did not shed his blood in the strict "
        "sense of the word,” he said."
    )
    words = "Blessed Stepinac did not shed his blood in the strict sense of the word"
    one = _quotes("Pope John Paul II beatified the cardinal on Saturday.\n" + goldstein + pope)
    assert one[words] == "John Paul II"
    two = _quotes(
        "Pope Pius XII was silent during the war. Pope John Paul II beatified the cardinal on Saturday.\n"
        + goldstein
        + pope
    )
    assert two[words] is None
    q = _quotes(
        "Acadians are content. That recognition is enough to keep them content with the status quo, said "
        "Acadian student Eric Larocque. “Acadia was erased from the maps in the 1700s,” he said."
    )
    assert q["Acadia was erased from the maps in the 1700s"] == "Eric Larocque"
    q = _quotes(
        "Rhonda Ince taught at the school.\nInce called Kameron “the kindest-hearted little boy I ever "
        "taught.”\n“He loved to make everyone laugh,” she said in a statement."
    )
    assert q["He loved to make everyone laugh"] == "Rhonda Ince"


def test_session12_she_after_the_senator_is_the_senator_the_text_names() -> None:
    """Session 12 (an unlabelled DUC 2003 article): "The senator had to press hard …" then "…," she said is
    the senator the text wrote as "Sen. Carol Reyes" (a title's abbreviation names the role), and no one
    when the only senator named is a man (before: Dawn Clark Netsch, the woman named last)."""
    netsch = (
        "“I always thought she was going to be in a tough race this year,” said Dawn Clark Netsch, a "
        "Democrat.\n"
    )
    tail = (
        "The senator had to press hard to get a debate. “I could have made him show his true colors "
        "better,” she said."
    )
    words = "I could have made him show his true colors better"
    assert _quotes("Sen. Carol Reyes faces a close race.\n" + netsch + tail)[words] == "Carol Reyes"
    q = _quotes("The race between Carol Reyes and state Sen. Peter Fitzgerald is close.\n" + netsch + tail)
    assert q[words] is None


def test_session12_wire_attributions_from_reading_unlabelled_dev_articles() -> None:
    """Session 12, from reading unlabelled MultiLing 2011 and DUC dev articles (stories of no frozen set):
    "the governor commented that "…"" is the governor's (the word before "that" is his verb, not a noun as
    in "a statement that "…""); "X said in a statement that "…"" is X's; "according to a statement from the
    Foreign Ministry" is the ministry's; "Mr. Ocalan's lawyer, Ahmet Zeki Okcuoglu, told" is the lawyer
    named; a stray comma after an inverted verb ("said, Becky Buell, …") and an adverb before a pronoun
    ("Afterwards he said:") still attribute."""
    q = _quotes(
        "A spokesman for Florida governor Charlie Crist declined to comment. In a letter to the health "
        "secretary, the governor commented that “Florida's healthcare system is quickly reaching "
        "saturation,” and asked for help."
    )
    assert q["Florida's healthcare system is quickly reaching saturation"] == "Charlie Crist"
    q = _quotes("The Interior Ministry said in a statement that “the attackers will be found and punished.”")
    assert q["the attackers will be found and punished"] == "Interior Ministry"
    q = _quotes(
        "“The talks were very productive and we will meet again next week,” according to a statement from "
        "the Foreign Ministry."
    )
    assert q["The talks were very productive and we will meet again next week"] == "Foreign Ministry"
    q = _quotes(
        "Mr. Ocalan's lawyer, Ahmet Zeki Okcuoglu, told the Associated Press: “My client is in good health "
        "and is being treated well.”"
    )
    assert q["My client is in good health and is being treated well"] == "Ahmet Zeki Okcuoglu"
    q = _quotes("“Up to 80% of those killed were women,” said, Becky Buell, Oxfam's Policy Director.")
    assert q["Up to 80% of those killed were women"] == "Becky Buell"
    q = _quotes(
        "Michael Rasmussen kept the yellow jersey. Rasmussen did better than some expected. Afterwards he "
        "said: “I thought I had a fair chance, but from thinking to doing that can be a long way.”"
    )
    assert q["I thought I had a fair chance, but from thinking to doing that can be a long way"] == (
        "Michael Rasmussen"
    )


def test_session12_a_text_reads_its_words() -> None:
    """Session 12: after a quote, a text that "reads" is its speaker (""…," the report reads", "read an
    Astana Team statement"; labelled so on frozen6, frozen7 and frozen8: 5 quotes, before unattributed);
    "the statement read" after "In a statement, the ministry said …" gives the ministry, the text's author
    its own sentence named; "read" is no speech verb of a person ("I read the letter")."""
    q = _quotes(
        "Vinokourov won the stage.\n“The team has decided to withdraw from the Tour at once,” read an Astana "
        "Team statement. “Tour organizers have asked the team to leave.”\n“Russian-speaking criminals have "
        "led this market for years,” the report reads."
    )
    assert q["The team has decided to withdraw from the Tour at once"] == "an Astana Team statement"
    assert q["Tour organizers have asked the team to leave"] == "an Astana Team statement"
    assert q["Russian-speaking criminals have led this market for years"] == "the report"
    q = _quotes(
        "In a statement, the ministry said that the invitation “would only encourage terrorist activities.”\n"
        "The deputies had invited the rebel leader on Thursday.\n“We strongly protest the action of the "
        "deputies and await the government's decision,” the statement read."
    )
    assert q["We strongly protest the action of the deputies and await the government's decision"] == (
        "the ministry"
    )
    q = _quotes("“I read the letter twice before I believed it was real,” she said.")
    assert q["I read the letter twice before I believed it was real"] is None


def test_session12_wire_names_and_unnamed_sources_after_an_inverted_verb() -> None:
    """Session 12, from reading unlabelled DUC 2003/2006 dev articles: an abbreviated title's full stop
    ends no phrase ("said military spokesman Maj. Gen. Syamsul Ma'arif", "said the Rev. Al Sharpton"); a
    time after the name is not part of it ("said Pippig last fall"); "proclaimed" reports speech; an
    unnamed source's description may end in "here", a participle ("involved in China policy") or a head
    such as ambassador or scholar; "a report the group released" is no speaker (a relative clause)."""
    q = _quotes(
        "“We will not tolerate any activity that threatens our installations,” said military spokesman Maj. "
        "Gen. Syamsul Ma'arif.\n“I do not think they are as different as they say,” said the Rev. Al "
        "Sharpton, the civil rights leader."
    )
    assert q["We will not tolerate any activity that threatens our installations"] == "Syamsul Ma'arif"
    assert q["I do not think they are as different as they say"] == "Al Sharpton"
    q = _quotes(
        "Uta Pippig was suspended last year.\n“I don't wish any person on earth this,” said Pippig last "
        "fall, shortly after the suspension.\nFidel Castro seemed relieved in Cuba.\n“The first victory was "
        "to reduce the losses,” Castro proclaimed."
    )
    assert q["I don't wish any person on earth this"] == "Uta Pippig"
    assert q["The first victory was to reduce the losses"] == "Fidel Castro"
    q = _quotes(
        "“I'm quite sure that the Libyans want to solve the problem,” a Western ambassador here said.\n“They "
        "haven't had the growth they need to continue their reforms,” said a senior administration official "
        "involved in China policy.\n“A few months ago hardly anyone had heard of it,” said one political "
        "scholar in Beijing, who spoke on condition of anonymity.\n“In a jurisdiction that executes more "
        "people than any other, clemency is an empty gesture,” according to a report the group released."
    )
    assert q["I'm quite sure that the Libyans want to solve the problem"] == "a Western ambassador"
    assert q["They haven't had the growth they need to continue their reforms"] == (
        "a senior administration official"
    )
    assert q["A few months ago hardly anyone had heard of it"] == "one political scholar in Beijing"
    assert (
        q["In a jurisdiction that executes more people than any other, clemency is an empty gesture"] is None
    )


def test_session12_a_surname_read_as_a_place_and_a_clause_subject_after_said() -> None:
    """Session 12, from reading unlabelled DUC 2006 and LongBench dev articles: "London said" is Dr. Eric
    London when the text writes him so (the entity pass read "London" as the city; before: "London"), and
    "…, said Mars was surely habitable" makes Mars the subject of the clause, not a speaker, so "he said"
    after it is John Bridges (before: "Mars")."""
    q = _quotes(
        "Dr. Eric London is vice president of the alliance. The study found no cluster of cases in London. "
        "But, London said, the study might point to more cases.\n“The fact is that we simply do not have "
        "enough data,” London said."
    )
    assert q["The fact is that we simply do not have enough data"] == "Eric London"
    q = _quotes(  # session 12 review: a first name and the word inside a library's name is no person
        "The rally was held outside the Harold Washington Library in Chicago on Friday. "
        "“We will not accept a nuclear-armed Iran,” Washington said in a statement."
    )
    assert q["We will not accept a nuclear-armed Iran"] == "Washington"
    q = _quotes(
        "“Now we see that Mars must have been wet for a long period,” Michael Mumma added. John Bridges, a "
        "planetary scientist at Leicester University, who works on the rover mission, said Mars was surely "
        "habitable in the distant past. “We now know it is more continuous than we thought,” he said."
    )
    assert q["We now know it is more continuous than we thought"] == "John Bridges"


def test_session13_a_shared_surname_is_the_one_last_named_in_full_as_a_speaker() -> None:
    """Session 13, from reading unlabelled DUC 2003 and LongBench dev articles: "da Silva said" after
    "Gilberto Manuel da Silva, 40, …, said" is Gilberto, not the candidate Luiz Inacio Lula da Silva the
    story names more; "Trent tells" after "Shannon Trent tells PEOPLE" is the mother, not the missing
    Carlie Marie Trent (the blind reader of session 12 saw the mother's words given to her daughter).
    The entity pass takes the person named in the 300 characters before, else the one named most: a
    speaker introduced further back was lost."""
    gap = "The president said he would cut government costs, crack down on tax evaders and raise taxes. " * 4
    q = _quotes(
        "Luiz Inacio Lula da Silva, the candidate of the Workers Party, won 34 percent of the vote. The "
        "result was a blow to Luiz Inacio Lula da Silva. Aides to da Silva said he would run again.",
        "Cardoso won 51 percent of the vote, against 34 percent for his main rival, Luiz Inacio Lula da "
        "Silva.\nGilberto Manuel da Silva, 40, who owns an ice cream parlor, said that he expected the cuts "
        "to hurt him.\n" + gap + "\n“I'm thinking more about the country than of myself,” da Silva said.",
    )
    assert q["I'm thinking more about the country than of myself"] == "Gilberto Manuel da Silva"
    q = _quotes(
        "Police are searching for Carlie Marie Trent, 9. Carlie Marie Trent was last seen on Friday at her "
        "school. Officers believe Trent is with her uncle.",
        "The mother of missing 9-year-old Carlie Trent says she had a bad feeling about the man.\nShannon "
        "Trent tells PEOPLE she has not had custody of Carlie for about two years.\n"
        + gap
        + "\n“I've always had a bad feeling about him,” Trent tells PEOPLE.",
    )
    assert q["I've always had a bad feeling about him"] == "Shannon Trent"
    # a title keeps the person the entity pass named: "Mr Wilson" is the husband, not "Jane Wilson"
    q = _quotes(
        "Gary Wilson, 61, said the couple had walked the coast path for years. Jane Wilson, 58, said "
        "she loved the cliffs.\n" + gap + "\nMr Wilson said his wife went a short distance ahead of him.\n"
        "“She just disappeared from view,” Mr Wilson said."
    )
    assert q["She just disappeared from view"] == "Gary Wilson"


def test_session13_the_person_talked_about_is_not_the_pronoun_speaker() -> None:
    """Session 13, from reading unlabelled DUC 2006 dev articles: 'Charest "often looked hot-tempered …,"
    he said' after "…, Morton said." is Morton's (before: Charest, named in the words reported); "he was
    paying to Graham's case, he emphasized …" is not Graham (the object of "to")."""
    q = _quotes(
        "Bouchard attacked Jean Charest relentlessly during the campaign, Desmond Morton said. Charest "
        "“often looked hot-tempered and crotchety against the man many see as a saint,” he said."
    )
    words = "often looked hot-tempered and crotchety against the man many see as a saint"
    assert q[words] == "Desmond Morton"
    q = _quotes(
        "Gary Graham is to be put to death on Thursday. On Monday, aboard the plane, George Bush was more "
        "voluble on the death penalty than usual.\n"
        "Talking about how much attention he was paying to Graham's case, he emphasized that he had spent "
        "the entire “trip from the governor's mansion to the plane talking to a lawyer about it.”"
    )
    assert q["trip from the governor's mansion to the plane talking to a lawyer about it"] == "George Bush"


@pytest.mark.parametrize(
    "subject", ["Tom Smith, the chairman, was more cautious:", "Later, Tom Smith was blunt:"]
)
def test_the_subject_of_the_quotes_own_sentence_is_the_pronoun_speaker(subject: str) -> None:
    """Session 13 review: the Charest rule (`_talked_about`) also ruled out the subject of the quote's own
    sentence, so these were None; it now holds only for a name right against the opening mark."""
    text = f"Ann Jones spoke first. {subject} “We may still lose this fight,” he said."
    assert _quotes(text)["We may still lose this fight"] == "Tom Smith"


def test_session13_an_unnamed_subject_with_a_place_phrase_is_the_antecedent() -> None:
    """Session 13 (an unlabelled DUC 2006 article): "A former official in President George Bush's
    administration … contends …" then "But he noted …" and a quote: the official's, not George Bush's
    ("in" after the role word now ends the unnamed subject as "for", "of" and "at" did)."""
    q = _quotes(
        "A former official in President George Bush's administration contends that some conservatives see "
        "the issue as a way to “throw some red meat to the religious conservatives.”\nBut he noted that "
        "even Ralph Reed is urging Republicans to back away.\n“A tone of intolerance and exclusion plays "
        "very badly in today's America.”"
    )
    assert q["A tone of intolerance and exclusion plays very badly in today's America"] == "A former official"


def test_session13_a_clause_inside_an_appositive_leaves_the_subject_before_it() -> None:
    """Session 13 (the LongBench story the blind reader of session 12 read): "Graham, co-sponsor of
    legislation that would protect Mueller …, said he would be "glad to pass it tomorrow." But he
    insisted that …" is Graham's (before: Mueller's, through the next sentence's "he insisted that",
    which reports other words of its own); a bare attribution in the next sentence still counts."""
    q = _quotes(
        "The senators, Lindsey Graham of South Carolina and Susan Collins of Maine, urged special counsel "
        "Robert Mueller to go on.\nGraham, co-sponsor of legislation that would protect Mueller from being "
        "fired without a legal basis, said he would be “glad to pass it tomorrow.” But he insisted that "
        "Mueller's job appeared to be in no immediate danger."
    )
    assert q["glad to pass it tomorrow"] == "Lindsey Graham"
    q = _quotes(
        "Ahmed Faraj runs the clinic in the old town.\n“Three of our nurses were wounded and one is dead.” "
        "Faraj said."
    )
    assert q["Three of our nurses were wounded and one is dead"] == "Ahmed Faraj"


def test_session13_a_verb_of_a_subordinate_clause_after_a_quote_is_no_attribution() -> None:
    """Session 13 (an unlabelled DUC 2006 article): 'a supplement called "andro," made popular when
    slugger Mark McGwire admitted using it' is a name, and "admitted" the verb of a "when" clause, not an
    attribution (before: "andro" was McGwire's speech); a clause inside commas after the subject still
    leaves the subject's verb ("…," Smith, who …, said)."""
    q = _quotes(
        "An over-the-counter supplement called “andro,” made popular when baseball slugger Mark McGwire "
        "admitted using it in 1998, raises testosterone levels, according to a Harvard study."
    )
    assert "andro" not in q
    q = _quotes(
        "The study was published on Wednesday.\n“It is a steroid and people should know it,” Anne Leder, who "
        "led the study when she was at Harvard, said."
    )
    assert q["It is a steroid and people should know it"] == "Anne Leder"


def test_session13_a_long_quote_holding_a_short_one_keeps_its_own_speaker() -> None:
    """Session 13 (an unlabelled DUC 2006 story): Mark Mellman's long quote, which holds the words of George
    Bush's "I support the death penalty," in another article, took Bush as its speaker; a repeat gives a
    speaker only when it holds most of the quote's words (a short quote inside a long one still may)."""
    q = _quotes(
        "George Bush spoke in Austin on Wednesday.\n“I support the death penalty,” Bush said.",
        "Democratic pollster Mark Mellman spoke on Wednesday.\n“This is really a situation of the governor "
        "hanging himself,” Mellman said. “The reality is the public still supports the death penalty, but "
        "the level of support is shrinking fairly dramatically across the country.”",
    )
    assert q["I support the death penalty"] == "George Bush"
    long = "The reality is the public still supports the death penalty, but the level of support is shrinking"
    assert next(v for k, v in q.items() if k.startswith(long)) == "Mark Mellman"


@pytest.mark.parametrize(
    "text",
    [
        # a naming word before the mark: a term whatever attribution follows (session 13, dev and frozen7)
        "More hikers are expected on the trail thanks to the movie “Wild,” according to the Trail Board.",
        "The so-called “Federation of Student Unions,” a banned group, urged a strike, the paper said.",
        "The fence, known as “the big wall,” will be built next year, Mayor Ada Brandt said.",
        # "called" naming a thing: a participle after a noun, or after "is"
        "A pill called “andro,” made popular when slugger Mark Grell admitted using it, is sold in shops.",
        "The plan is called “Clean Water,” Mayor Ada Brandt said.",
        # a second name for the noun before it
        "The recorders, or “black boxes,” were found on Monday, a French official said.",
        # a short quote modifying the noun after "the"
        "Investigators said they had tied Lucas to the “orange socks” murder, Mayor Ada Brandt said.",
    ],
)
def test_named_term_frames_are_terms_not_speech(text: str) -> None:
    """Session 13, rule `named-term`: the frame around the quoted words decides; a word or phrase named
    (a title, a nickname, a coinage) is a term even when an attribution follows it."""
    assert _quotes(text) == {}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The results show “we are on the right track,” the minister said.",
            "we are on the right track",
            "the minister",
        ),
        (
            "The program “has saved hundreds of lives,” Mayor Ada Brandt said.",
            "has saved hundreds of lives",
            "Ada Brandt",
        ),
        ("He gave his word “that nothing would change,” Smith said.", "that nothing would change", "Smith"),
    ],
)
def test_a_work_noun_before_speech_makes_no_term(text: str, quote: str, speaker: str) -> None:
    """Session 13 review: `named-term` took a work noun of `_TITLE_CUE` ("show", "program", "word") before
    any quote of up to eight words as a title, so these lost their quotes; a work noun names a work only
    when the quoted words read as a title ("the movie "Jurassic World""), a naming word still whatever."""
    assert _quotes(text)[quote] == speaker
    assert _quotes("Tickets sold out for a movie “Jurassic World,” Mayor Ada Brandt said.") == {}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "called" with an object, after a name, or in "what X called": the speaker's words
        ("Governor Saul Pryce called the ruling “disgusting” on Friday.", "disgusting", "Saul Pryce"),
        ("Lehner called the doctor a “monster” in court.", "monster", "Lehner"),
        # "or" between two quoted words, and "the" before a quote ending the sentence: not the frames
        ("Mayor Ada Brandt said the vote was “good” or “very good.”", "very good", "Ada Brandt"),
        ("Ed Donovan said the man was “tackled fast” by the guards.", "tackled fast", "Ed Donovan"),
        ("Ed Donovan said the talks were still “the best chance” we have.", "the best chance", "Ed Donovan"),
    ],
)
def test_reported_fragments_stay_speech(text: str, quote: str, speaker: str) -> None:
    assert _quotes(text)[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Senator Ann Reyes denounced what she called a “witch hunt” on Friday.", "witch hunt"),
        ("Ann Reyes said the talks were part of what she called a “specific series of steps.”", None),
        ("The vote came after what Senator Ann Reyes described as “a bad day for the country.”", None),
    ],
)
def test_a_what_clause_gives_its_subject_as_the_speaker(text: str, quote: str | None) -> None:
    """Session 13: "what she called a "…"" (analysis.json, Kerry's "specific series of steps", missed at
    the start): the fragment is the words of the "what" clause's subject, a pronoun resolved as any other."""
    got = _quotes(text)
    assert list(got.values()) == ["Ann Reyes"]
    if quote:
        assert quote in got


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Donald Trump on Friday blasted the ruling as “disgusting.”", "disgusting", "Donald Trump"),
        ("Donald Trump labeled the ruling “disgusting” on Friday.", "disgusting", "Donald Trump"),
        (
            "Spokesman Geng Shuang dismissed the report as a product of a “Cold War mentality.”",
            "Cold War mentality",
            "Geng Shuang",
        ),
    ],
)
def test_a_judging_verb_gives_the_fragment_its_subject(text: str, quote: str, speaker: str) -> None:
    """Session 13: "blasted the ruling as "…"", "labeled the ruling "…"" (issue 15's missed fragments:
    "disgusting", "Cold War mentality"): the subject of a verb that judges a thing in words said them."""
    assert _quotes(text)[quote] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ann Reyes rejected the offer, which the union saw as “final” on Monday.",
        "Ann Reyes rejected the offer and the union saw it as “final” on Monday.",
        "Ann Reyes rejected the offer but the union saw it as “final” on Monday.",
    ],
)
def test_a_judging_verb_with_another_clause_between_gives_nothing(text: str) -> None:
    # the quote is in a clause of its own (after "which", "and", "but"): not what the judging verb's
    # object is judged as, so not its subject's words (no "the" right before the mark, where `named-term`
    # would take it first; each fails without `_judged_as`'s and/but/which check)
    assert _quotes(text) == {}


def test_session13_a_credit_in_brackets_and_a_narrative_paragraph_do_not_break_a_speaker() -> None:
    """Session 13, from reading unlabelled DUC 2006 dev articles: a news budget's credit after a quote
    ("… as adults.” (Susman, Palm Beach Post)") is no attribution of it, so the quote goes on with the
    speaker of the one before (session 12 noted it, left alone); a quote paragraph after one narrative
    paragraph that names no one, quotes nothing and reports no speech goes on with the speaker before it,
    and a narrative paragraph that names someone still breaks the chain."""
    q = _quotes(
        "ADHD has only recently been recognised in adults. “A lot of people were trained that people outgrew "
        "ADHD,” said Dr. Russell Barkley, a professor of psychiatry. “We now know that is not true for most "
        "of them.” (Susman, Palm Beach Post). MOVED."
    )
    assert q["We now know that is not true for most of them"] == "Russell Barkley"
    text = (
        "Thomas McCord, a geophysicist at the University of Hawaii, studies the Galileo data.\n"
        "“It is felt that carbon dioxide in the ocean made a fertile place for life on Earth,” McCord says.\n"
        "Carbonates create a less acidic environment, one more favorable for life.\n"
        "“Here we have, perhaps, a carbon dioxide-rich ocean. It could be a habitat for life.”"
    )
    assert _quotes(text)[
        "Here we have, perhaps, a carbon dioxide-rich ocean. It could be a habitat for life"
    ] == ("Thomas McCord")
    other = text.replace("Carbonates create", "Jane Alvarez of NASA thinks carbonates create")
    assert (
        _quotes(other)["Here we have, perhaps, a carbon dioxide-rich ocean. It could be a habitat for life"]
        is None
    )


@pytest.mark.parametrize(
    "brandt",
    [
        "Mayor Ada Brandt spoke to the union on Monday.\n“Our city has lost many jobs this year. We will "
        "fight for every worker, and we will not stop until the plant reopens,” she said.",
        "Mayor Ada Brandt spoke to the union on Monday. “Our city has lost many jobs,” Brandt said.\n"
        "“We will fight for every worker, and we will not stop until the plant reopens in the spring.”",
    ],
)
def test_a_long_quote_does_not_take_the_speaker_of_a_short_one_it_holds(brandt: str) -> None:
    """Session 13 review: a short quote said word for word inside a long one gave the long one its speaker
    (Reyes's "We will fight for every worker." took Brandt's quote, by pronoun or continued); only a short
    quote may take a long one's speaker, never the reverse (so Indyk's long quote, whose pronoun went
    astray, no longer takes his name from a seven-word stretch quoted elsewhere)."""
    reyes = "Senator Ann Reyes spoke at the rally.\n“We will fight for every worker,” Ann Reyes said."
    q = _quotes(reyes, brandt)
    assert q["We will fight for every worker"] == "Ann Reyes"
    assert next(v for k, v in q.items() if "every worker, and" in k) == "Ada Brandt"


def test_session13_a_full_name_just_before_a_surname_keeps_the_entity_pass_choice() -> None:
    """Session 13 (a LongBench dev story): "It was Autumn Veatch, 16, calling …, telling her father, David
    Veatch, …" then a "Veatch" the entity pass read as David, named just before: the shared-surname rule
    leaves it (it gave "the 49-year-old father" Autumn)."""
    q = _quotes(
        "Autumn Veatch, 16, said she walked for two days.\nIt was Autumn Veatch, 16, calling Monday from a "
        "hospital, telling her father, David Veatch, and friends a tale of survival. Veatch wept.\n"
        "“I just can't believe she went through all that she did,” the 49-year-old father said."
    )
    assert q["I just can't believe she went through all that she did"] == "David Veatch"


def test_session13_first_names_of_opposite_genders_are_two_people() -> None:
    """Session 13 late fix: "Smith said" after "John Smith, …, said" stayed Jane Smith, the one the story
    names more, as "Jane"/"John" (similarity 0.5) passed for one first name spelt two ways; a first name
    listed as female and one listed but not are two people. "Steve"/"Stephen" stays one name."""
    gap = "The president said he would cut government costs, crack down on tax evaders and raise taxes. " * 4
    q = _quotes(
        "Jane Smith, the mayor, opened the meeting. The budget of Jane Smith was cut. Critics of Jane Smith "
        "spoke at length. Officers believe Smith will run again.",
        "The mayor, Jane Smith, lost the vote.\nJohn Smith, who owns a shop on Main Street, said that he "
        "expected the taxes to hurt him.\n" + gap + "\n“We cannot pay any more,” Smith said.",
    )
    assert q["We cannot pay any more"] == "John Smith"
    q = _quotes(
        "Stephen Hadley, the adviser, opened the meeting. The budget of Stephen Hadley was cut. Critics of "
        "Stephen Hadley spoke at length. Officers believe Hadley will run again.",
        "The adviser, Stephen Hadley, lost the vote.\nSteve Hadley, who spoke to reporters, said that he "
        "expected the taxes to hurt him.\n" + gap + "\n“We cannot pay any more,” Hadley said.",
    )
    assert q["We cannot pay any more"] == "Stephen Hadley"


_WIRE_EXTRADITION = (
    "Portugal's attorney general's office is examining a request from lawmaker Tomas Ferreira that the "
    "former president be extradited.\nSara Pinto, a spokeswoman for the attorney general, said his "
    "office was looking at whether it's possible in Portuguese law.\nSuroyo, a three-star general and "
    "chairman of the military faction at Indonesia's Parliament, said such a handover would be "
    "“impossible.”\n"
)


def test_session14_he_after_a_named_speaker_of_unknown_gender_in_the_sentence_before() -> None:
    """Session 14 (a DUC 2003 dev article): "Roestandi, a three-star general …, said such a handover would be
    "impossible."" then ""…," he said": a one-word name no list gives a gender (and no entity) is the
    speaker just named, not the lawmaker named two sentences before."""
    q = _quotes(
        _WIRE_EXTRADITION + "“Moreover, it is unreasonable because the issue is an internal affair of "
        "Indonesia,” he said."
    )
    assert q["Moreover, it is unreasonable because the issue is an internal affair of Indonesia"] == "Suroyo"


def test_session14_a_sentence_split_inside_the_quote_is_no_step_back() -> None:
    """Session 14 (a DUC 2006 dev article): ""After a `Yes' vote, . . . the doors will be wide open …," he
    told reporters": the splitter ends a sentence at the ". . ." inside the marks, which made the sentence
    before the quote two steps back, past the reach of a speaker of unknown gender."""
    q = _quotes(
        _WIRE_EXTRADITION + "“After a vote in parliament, . . . the doors will be wide open to a trial at "
        "home,” he told reporters."
    )
    assert q["After a vote in parliament, . . . the doors will be wide open to a trial at home"] == "Suroyo"


def test_session14_said_x_in_an_editorial_ends_the_speaker_before_in_an() -> None:
    """Session 14 (a DUC 2006 dev article): ""Why get tough with Quebec now?" asked the Toronto Star in an
    editorial": the phrase ends before "in an" as before "in a", so the newspaper is the speaker (the whole
    phrase read as a description gave the prime minister named before)."""
    q = _quotes(
        "“Canada is my business, sir,” Prime Minister Jean Tremblay said.\n“Why get tough with the province "
        "now?” asked the Toronto Star in an editorial. “The separatists crave nothing more than a fight.”"
    )
    assert q["Why get tough with the province now?"] == "Toronto Star"
    assert q["The separatists crave nothing more than a fight"] == "Toronto Star"


def test_session14_a_bare_surname_no_entity_holds_is_the_person_named_in_full() -> None:
    """Session 14 (a DUC 2006 dev story): the entity pass kept no bare "Bouchard" in a story where one
    article read "polls show Bouchard's party" as a work's title, so "Bouchard said" stayed "Bouchard"; the
    one person of the story whose name ends in the word, named in full in the same article, is the
    speaker."""
    q = _quotes(
        "The latest polls show Bouchard's party running neck-and-neck with its rivals.",
        "Quebec's premier, Lucien Bouchard, vowed to hold a vote.\n“The rule has always been 50 percent plus "
        "one; that's democracy,” Bouchard said.",
    )
    assert q["The rule has always been 50 percent plus one; that's democracy"] == "Lucien Bouchard"


def test_session14_a_sentence_ending_in_said_x_attributes_the_quote_it_opens_with() -> None:
    """Session 14 (DUC 2006 dev articles): ""They were the dregs" of the army, said James Mulvenon, …" and
    ""I would respectfully disagree" with …, said … Robert Black": the sentence goes on past the quote and
    ends in an inverted attribution; its speaker said the quoted words (and the quote after goes on with
    him). Before, the first was no speech and the second unattributed."""
    q = _quotes(
        "Since 1989, numerous army units have transferred to the armed police.\n“They were the dregs” of the "
        "army, said James Mulvenon, a military expert with Rand Corp. in Washington.\n“I would respectfully "
        "disagree” with the chairman's reading, said party spokesman Robert Black. “It appears that the "
        "congressman has decided to speak at the convention.”"
    )
    assert q["They were the dregs"] == "James Mulvenon"
    assert q["I would respectfully disagree"] == "Robert Black"
    assert q["It appears that the congressman has decided to speak at the convention"] == "Robert Black"
    # a quote in brackets is an aside inside the sentence's subject, no quote the verb after it attributes
    q = _quotes(
        "The photographer reviewed the photographs. Stefan, who along with the others describes being "
        "heavily affected by the actress' claim (\"I was like, 'Did that just happen on my watch?' I started "
        'crying"), recalls the parents "not wanting the little girl being taken off the movie. We said we '
        'can remove her, remove him, remove both."'
    )
    assert q.get("I was like, 'Did that just happen on my watch?' I started crying") != "the parents"


def test_session14_said_x_during_an_interview_ends_the_speaker_before_during() -> None:
    """Session 14 (a DUC 2006 dev article): "said Meunier during a lunch-time interview just after he had
    finished filming": the phrase ends before "during", as before "in a"."""
    q = _quotes(
        "Claude Meunier makes heads turn in Montreal.\n“Basically what makes us different is that we are "
        "trying to help our language survive,” said Meunier during a lunch-time interview just after he had "
        "finished filming."
    )
    assert q["Basically what makes us different is that we are trying to help our language survive"] == (
        "Claude Meunier"
    )


def test_session14_a_family_name_no_entity_holds_is_the_name_written_with_it_first() -> None:
    """Session 14 (a MultiLing dev article): ""…," Ban stated" after "UN General Secretary Ban Ki-moon said":
    the entity pass holds no "Ban", and the one name the document writes with it first is the speaker."""
    q = _quotes(
        "UN General Secretary Ban Ki-moon said that US$10 million of emergency funds would be used.\n“We "
        "will do everything possible to help the Haitian people to overcome these difficulties,” Ban stated."
    )
    assert q["We will do everything possible to help the Haitian people to overcome these difficulties"] == (
        "Ban Ki-moon"
    )


def test_session14_a_speakers_surname_opening_the_sentence_before_is_the_pronouns_antecedent() -> None:
    """Session 14 (a DUC 2006 dev article): the entity pass read "UC Regent Ward Connerly" as a body, so
    "Connerly also said …. "…," he said" went back to the speaker before (Gary Zlotnick); a one-word subject
    that ends the name of an earlier speaker of the document is that speaker. Since session 15 the entity
    pass finds Ward Connerly (first-name-in-chain), so the rule is checked on a name it still misses."""
    text = (
        "Exposing a fissure in the party, UC Regent Ward Connerly and other members announced their "
        "opposition Thursday.\n“I support two people having the right to do whatever they want to do,” said "
        "Connerly.\n“There is this notion that we promote wedge-issue politics,” said Gary Zlotnick, the "
        "league's president.\nConnerly also said Republicans suffer from their public image.\n“We may have a "
        "more difficult time than the Democrats,” he said."
    )
    assert _quotes(text)["We may have a more difficult time than the Democrats"] == "Ward Connerly"
    q = _quotes(text.replace("Ward", "Wade"))
    assert q["We may have a more difficult time than the Democrats"] == "Connerly"


def test_session14_a_surname_misspelt_by_one_letter_is_the_person_named_in_full() -> None:
    """Session 14 (DUC 2006 dev articles): ""…," Homes says" after "David Holmes, who chairs …" and "Koble
    said" after "Rep. Jim Kolbe": a one-word speaker one slip of the keys (a letter left out, added,
    changed, or two swapped) from the surname of one person the document names in full is that person."""
    q = _quotes(
        "David Holmes, who chairs the society's panel of advisors, echoes the sentiments of the study.\n"
        "“Adult services for other disabilities are not often appropriate for autism,” Homes says."
    )
    assert q["Adult services for other disabilities are not often appropriate for autism"] == "David Holmes"
    q = _quotes(
        "Rep. Jim Kolbe, R-Ariz., agreed that an all-out debate made him squeamish.\nKoble said he was “not "
        "anxious for a long debate on this.”"
    )
    assert q["not anxious for a long debate on this"] == "Jim Kolbe"


def test_session15_a_name_in_the_possessive_before_a_role_is_no_pronouns_antecedent() -> None:
    """Session 15 (a DUC 2006 dev article): "Thompson's spokesman, Kevin Keane, did not hold out much hope
    …. "…," he said": a name in the possessive before a role word names whose spokesman, lawyer or brother
    the sentence is about, not its subject; the role's holder is (named in apposition, or no one)."""
    q = _quotes(
        "Gov. Tommy Thompson chairs the platform committee.\nThompson's spokesman, Kevin Keane, did not hold "
        "out much hope for the plan. “It all comes down to the delegates who vote on the platform,” he said."
    )
    assert q["It all comes down to the delegates who vote on the platform"] == "Kevin Keane"
    q = _quotes(
        "Gov. Tommy Thompson chairs the platform committee.\nThompson's longtime press spokesman, Kevin "
        "Keane, did not hold out much hope. “It all comes down to the delegates who vote on the platform,” "
        "he said."
    )
    assert q["It all comes down to the delegates who vote on the platform"] == "Kevin Keane"
    q = _quotes(
        "Gov. Tommy Thompson chairs the platform committee.\nThompson's spokesman did not hold out much hope "
        "for the plan. “It all comes down to the delegates who vote on the platform,” he said."
    )
    assert q["It all comes down to the delegates who vote on the platform"] is None
    # a role of the other gender leaves the possessor the pronoun's antecedent
    q = _quotes(
        "Gov. Tommy Thompson chairs the platform committee.\nThompson's wife did not attend the meeting. “It "
        "all comes down to the delegates who vote on the platform,” he said."
    )
    assert q["It all comes down to the delegates who vote on the platform"] == "Tommy Thompson"


def test_session15_a_person_named_in_an_opening_phrase_is_not_the_subject_after_its_comma() -> None:
    """Session 15 (a DUC 2006 dev article): "Speaking to reporters after meeting with Netanyahu, visiting
    … Martin Indyk Sunday reiterated …. "…," he said": the people named in a phrase that opens the
    sentence and ends at a comma are not its subject; the person named after the comma is."""
    q = _quotes(
        "Prime Minister Benjamin Netanyahu toured the site on Monday.\nSpeaking to reporters after meeting "
        "with Netanyahu, visiting U.S. envoy Martin Indyk on Sunday repeated the government's position. “We "
        "work very hard to ensure that unilateral actions are not taken,” he said."
    )
    assert q["We work very hard to ensure that unilateral actions are not taken"] == "Martin Indyk"


def test_session15_a_description_with_a_possessive_is_not_the_person_last_named() -> None:
    """Session 15 (a DUC 2006 dev article): ""…," says the family's daft daughter" gave the daughter's
    words to the actor named last (Serge Theriault): a description that names a person by a relation to
    someone else ("the family's daughter", "the victim's mother") stays a description unless the text
    introduced someone with that role."""
    q = _quotes(
        "Claude Meunier plays the father and his partner Serge Theriault plays the mother.\n“Then I wouldn't "
        "vote for independence,” says the family's daft daughter, “because it would be full of furniture.”"
    )
    assert q["Then I wouldn't vote for independence"] == "the family's daft daughter"


def test_session15_a_name_with_a_lower_case_particle_is_whole() -> None:
    """Session 15 (a DUC 2006 dev article): "said Seyyid al-Masri, Egypt's assistant foreign minister" left
    the quote unattributed: a name's lower-case particle ("al-", "bin", "van", "de") keeps the phrase a
    name."""
    q = _quotes(
        "Delegates urged a halt to construction.\n“Building new settlements has destructive effects on the "
        "peace process,” said Seyyid al-Masri, Egypt's assistant foreign minister."
    )
    assert q["Building new settlements has destructive effects on the peace process"] == "Seyyid al-Masri"


def test_session15_a_pronoun_right_before_the_speech_verb_is_its_subject() -> None:
    """Session 15 (a DUC 2006 dev article): "… but the chief message he said was: "…"": the attribution
    phrase "the chief message he" named no one; a subject pronoun right before the verb is the verb's
    subject (a relative clause: "the message [that] he said was")."""
    q = _quotes(
        "Dr. Andrew Wakefield said he took his cue from parents.\nHe said there is some suggestive "
        "laboratory work, but the chief message he said was: “Here is something we need to study.”"
    )
    assert q["Here is something we need to study"] == "Andrew Wakefield"


# --- session 15: the frame of a reporting verb in any form decides speech ---------------------------


def test_session15_rules_after_reported_clause_give_no_speaker_where_a_verb_of_saying_frames_it() -> None:
    """After reported-clause come only rules that give no speaker (unread-speaker: an attribution no rule
    could read; unattributed) or that give one where no verb of saying frames the quote, which
    reported-clause needs: subject-words (session 19, the clause's person and that person's own verb) and
    narrative-beat (session 23, a full sentence after a beat with no verb of saying)."""
    names = [r.name for r in attribution.RULES]
    assert names[names.index("reported-clause") + 1 :] == [
        *("unread-speaker", "subject-words", "narrative-beat", "unattributed")
    ]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # "but said": the subject the clause opens with
            "Governor Lena Marsh praised the council on Monday, but said “cities should not wait for the "
            "state to act.”",
            "cities should not wait for the state to act",
            "Lena Marsh",
        ),
        (  # an absolute phrase: the name after "with"
            "The union welcomed the deal, with chairman Tomas Reyd noting that “we have worked hard for this "
            "result and it shows.”",
            "we have worked hard for this result and it shows",
            "Tomas Reyd",
        ),
        (  # "went on to say": the subject before the helper
            "Mayor Ida Kern went on to say that she “will not sign any budget that closes the libraries.”",
            "will not sign any budget that closes the libraries",
            "Ida Kern",
        ),
        (  # a present tense the speech verbs lacked
            "The pastor, Dale Roon, affirmed “our right to worship as our faith and laws dictate.”",
            "our right to worship as our faith and laws dictate",
            "Dale Roon",
        ),
        (  # a party in brackets between the name and the verb
            "Whip Tara Lund (D-Md.) pleaded for the House to “abandon this reckless policy” of cuts.",
            "abandon this reckless policy",
            "Tara Lund",
        ),
        (  # a text as the subject speaks for itself
            "The appeal claims that “continuous and unrelenting publicity” denied him a fair trial.",
            "continuous and unrelenting publicity",
            "The appeal",
        ),
        (  # speech whose speaker the sentence does not name
            "The minister spoke for an hour. He did, however, say that the plan was “not compatible with the "
            "values of the town.”",
            "not compatible with the values of the town",
            None,
        ),
        (  # the subject's relative is a description, not the person named inside it
            "The mother of missing Carlie Trent says she “always had a bad feeling” about him.",
            "always had a bad feeling",
            None,
        ),
    ],
)
def test_session15_a_reporting_verb_in_any_form_makes_speech(
    text: str, quote: str, speaker: str | None
) -> None:
    found = _quotes(text)
    assert quote in found
    assert found[quote] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a title in apposition to the work it names
        "“The prisons are full,” said Vic Orr, a co-author of the report, “Hard Time: An Analysis of Prisons "
        "in the Plains States.”",
        # a passive: the words are the agent's, and here a name
        "In 1995 Governor Ross signed a similar law, described by some lawmakers as the “speed up the "
        "justice act.”",
        # quoted words modifying the noun after them
        "Both senators argued that the current “don't ask, don't tell” policy should go.",
        # a relative clause of its own between the verb and the quote
        "Nor would the campaign say whether he backs the party platform, which is that “the family is the "
        "first school of every child.”",
    ],
)
def test_session15_a_reporting_verb_does_not_make_names_speech(text: str) -> None:
    assert len(_quotes(text)) == (1 if "Vic Orr" in text else 0)


def test_session15_a_surname_read_once_as_a_works_title_stays_the_persons_elsewhere() -> None:
    """Session 15 (a DUC 2006 dev story): one article's "The latest polls show Bouchard's Parti Quebecois
    running neck-and-neck" read "Bouchard" as a work's title, and the story pass then left every "Bouchard"
    out, in every article, so "Bouchard, bolstered by the polls, … "…," he said" went to Charest (8
    speakers of the story wrong or missing). The surname of a person the story names in full stays his
    where it is no work."""
    q = _quotes(
        "The latest polls show Bouchard's Parti Quebecois running neck-and-neck with the Liberals.",
        "Premier Lucien Bouchard and Liberal leader Jean Charest campaigned on Sunday.\nCharest concedes "
        "nothing. “This is a campaign, period,” he said.\nBouchard, bolstered by the polls, has assumed an "
        "air of confidence. “The only true solution for Quebec,” he said, “is Quebec sovereignty.”",
    )
    assert q["This is a campaign, period"] == "Jean Charest"
    assert q["The only true solution for Quebec"] == "Lucien Bouchard"


def test_session15_a_name_opening_its_sentence_before_he_or_she_is_a_person() -> None:
    """Session 15 (a DUC 2006 dev article): "Dianne Hardy-Garcia of the … Lobby of Texas … questioned why
    …. She said …" then ""…," she said": a name known from no list, opening its sentence (so its capitals
    tell nothing), was left out, and the quotes had no speaker; the next sentence opening with "She" says
    a person was just named."""
    b = brief(
        texts=[
            "Maxey defended the leaflet on Monday.\nDianne Hardy-Garcia of the Lesbian Gay Rights Lobby of "
            "Texas questioned why a gay Republican would target him. She said the leaflet was harsh.\n“Glen "
            "has borne the brunt of being a gay politician in this state for a long time,” she said."
        ],
        words=40,
        timings=False,
    )
    assert "Dianne Hardy-Garcia" in {e.name for e in b.entities if e.kind == "person"}
    speakers = {q.text.strip(" ,."): q.speaker for q in b.quotes}
    assert speakers["Glen has borne the brunt of being a gay politician in this state for a long time"] == (
        "Dianne Hardy-Garcia"
    )
    # a name followed by a sentence about someone else ("It"): no evidence, left out as before
    b = brief(
        texts=["Mweya Safari Lodge sits above the channel. It was closed on Monday."], words=40, timings=False
    )
    assert "Mweya Safari Lodge" not in {e.name for e in b.entities if e.kind == "person"}


def test_session15_the_short_form_of_a_body_named_before_is_that_body() -> None:
    """Session 15 (a DUC 2006 dev article, read after the other session 15 rules): ""…," says the Tribune"
    and "says the Times" after "The Chicago Tribune …" and "The New York Times …" stayed unattributed; news
    writing names a paper or a body in full once and then by the last word of its name."""
    q = _quotes(
        "The Chicago Tribune issued a press release on Monday.\n“Texas' death penalty system has come under "
        "increased scrutiny since the governor announced his candidacy,” says the Tribune."
    )
    assert (
        q[
            "Texas' death penalty system has come under increased scrutiny since the governor announced his "
            "candidacy"
        ]
        == "Chicago Tribune"
    )
    # no body of that name before: no speaker, as before
    q = _quotes("“The system is under heightened scrutiny this year,” says the Tribune.")
    assert q.get("The system is under heightened scrutiny this year") is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # asked-question: a question put to someone (here a film character's line), not the asker's words
            "Actress Gera Chapman has been drafted to play the aged Gypsy woman Maleva, issuing dire "
            "warnings and asking Gwen, “Vill you condemn him or vill you set him free?”",
            "Vill you condemn him or vill you set him free?",
            None,
        ),
        (  # clause-subject: "in which he said" is a relative clause about someone else than the subject
            "In court papers, defense lawyer Will Fock cited a recent dissent by Justice Sam Brey in which "
            "he said that he believes the death penalty “now likely constitutes a legally prohibited "
            "punishment.”",
            "now likely constitutes a legally prohibited punishment",
            None,
        ),
        (  # indefinite-subject: "Another" names no one
            "Evan's father, Benton, joins in. “Is it working?” one asks. Another responds, half-jokingly, "
            "“I don't know about him, but it's comforting for us.”",
            "I don't know about him, but it's comforting for us",
            None,
        ),
        (  # said-aside: the name set off by commas after "said" inside another clause speaks
            "Director Bryan Sanger sued lawyer Jeff Hermon. “It is clear that Mr. Hermon is using these "
            "lawsuits to promote himself,” Sanger said. Hermon's 2009 suspension, said Sanger, indicated his "
            "“reputation for honesty as an attorney leaves a lot to be desired.”",
            "reputation for honesty as an attorney leaves a lot to be desired",
            "Bryan Sanger",
        ),
    ],
)
def test_session15_reported_clause_gives_a_speaker_only_on_evidence(
    text: str, quote: str, speaker: str | None
) -> None:
    found = _quotes(text)
    assert quote in found
    assert found[quote] == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # reported-clause: the verb has its own subject ("critics"), unnamed; not the sentence's opener
            "Senator John Kerry praised the plan, but critics said it “would never work in the real world.”",
            "would never work in the real world",
        ),
        (
            "Gov. Jane Doe signed the bill, and lawmakers who opposed it warned that it “will cost the state "
            "millions.”",
            "will cost the state millions",
        ),
        (
            "Mayor John Smith lost the vote, but party leaders urged him to “step aside now for the good "
            "of the city.”",
            "step aside now for the good of the city",
        ),
        (  # a lower-case sentence start after a real full stop is a new sentence ("eBay")
            "Mary Smith praised the phone. eBay sellers complained that the fees “were far too high for "
            "small shops.”",
            "were far too high for small shops",
        ),
        (  # the possessor is not the subject
            "John Smith's lawyer went on to say that the evidence “was obtained without a warrant.”",
            "was obtained without a warrant",
        ),
        (
            "The trial opened on Monday, with John Smith's lawyer noting that the evidence “was obtained "
            "without a warrant.”",
            "was obtained without a warrant",
        ),
        (  # the verb's own subject ("her son") follows the name
            "Mary Smith recalled the day her son told her he wanted “to fight for his country.”",
            "to fight for his country",
        ),
        (  # pronoun-after: "He" after a name with no listed first name makes no person of it
            "Westfield Dynamics cut 300 jobs on Monday. He said the cuts “were painful but necessary for the "
            "company.”",
            "were painful but necessary for the company",
        ),
    ],
)
def test_session15_review_the_named_subject_is_not_the_speakers(text: str, quote: str) -> None:
    """Review I of session 15: each gave a wrong speaker; no speaker is the rule's answer, or since session
    16 the plural description that is the verb's own subject ("but critics said", rule plural-description)."""
    found = _quotes(text)
    assert quote in found
    assert found[quote] in (None, "critics", "party leaders")


def test_session15_review_the_opening_subject_still_speaks_without_its_own() -> None:
    q = _quotes("Senator John Kerry praised the plan, but said it “would never work in the real world.”")
    assert q["would never work in the real world"] == "John Kerry"
    q = _quotes(
        "Senator John Kerry praised the plan and later warned that it “would never work in the real world.”"
    )
    assert q["would never work in the real world"] == "John Kerry"


def test_session15_review_a_role_after_as_is_the_possessors_own() -> None:
    # possessor: "Smith's election as mayor" names no one else's mayor; "he" is John Smith
    q = _quotes("John Smith's election as mayor surprised many. “I am humbled by this,” he said.")
    assert q["I am humbled by this"] == "John Smith"


def test_session16_a_shared_surname_is_the_relative_not_called_by_first_name() -> None:
    """Session 16 (a LongBench dev article no speaker label file holds): Autumn Veatch and her father David
    Veatch; the text calls her "Autumn" and him "Veatch", so ""I hear there's one down the hill," Veatch
    said" is the father's, not the daughter's (rule family-surname). Two relatives not called by first
    name leave the surname itself ("Dr. Mandel": Rob or Anne, not their son Sam)."""
    text = (
        "Autumn Veatch, 16, called her father, David Veatch, from a hospital on Monday.\n"
        "The small plane she had been traveling in with her step-grandparents had crashed in the rugged "
        "North Cascades on Saturday afternoon.\n"
        "Autumn had walked for two days before she reached a road. She followed a river down to a trail and "
        "then to the highway, where hikers gave her a ride.\n"
        "Veatch was taken to a hospital in Brewster with minor burns and dehydration, officials said.\n"
        "Autumn asked for food when her father arrived late Monday.\n"
        "“I hear there’s one down the hill,” Veatch said. “I’m going to get her nuggets.”"
    )
    q = _quotes(text)
    assert q["I hear there’s one down the hill"] == "David Veatch"
    # without the first name written alone, the surname stays the entity pass's choice
    q = _quotes(text.replace("Autumn had", "She had").replace("Autumn asked", "She asked"))
    assert q["I hear there’s one down the hill"] == "Autumn Veatch"
    q = _quotes(
        "Rob and Anne Mandel moved from Indiana to get their son, Sam Mandel, the help he needed.\n"
        "Sam is autistic. Sam now goes to a school in Princeton.\n"
        "“There is nothing back there like what we have here,” Dr. Mandel said."
    )
    assert q["There is nothing back there like what we have here"] == "Mandel"


def test_session16_a_bare_surname_after_an_honorific_stays_with_a_relative_of_that_gender() -> None:
    """Session 16 review (issue 15): rule family-surname gave ""We lost everything," Ms. Smith said" to
    John Smith (the relative the text does not call by first name) although "Ms." names a woman: after
    "Mr", "Mrs", "Ms" or "Miss" only a relative of that gender is a candidate."""
    text = (
        "Mary Smith and her husband, John Smith, lost their home in the fire on Sunday.\n"
        "The couple had lived there for thirty years. Mary said the fire came at night. Mary ran out first.\n"
        "“We lost everything,” Ms. Smith said."
    )
    assert _quotes(text)["We lost everything"] == "Mary Smith"
    assert _quotes(text.replace("Ms.", "Mrs."))["We lost everything"] == "Mary Smith"
    assert _quotes(text.replace("Ms.", "Mr."))["We lost everything"] == "John Smith"


def test_session16_the_name_after_a_long_title_is_the_speaker_whatever_its_kind() -> None:
    """Session 16 (a DUC 2006 dev article): ""At no time did we prevent him from calling the Canadian
    Embassy," former Gregg County District Attorney Odis Hill told The Associated Press" was left without
    a speaker: the entity pass read "Odis Hill" as a place and the phrase was too long to be read as a
    name. A title heads a person's name (rule name-after-title); a title with no name after it names no
    one."""
    q = _quotes(
        "The inmate had been on death row for 21 years.\n“At no time did we prevent or prohibit him from "
        "calling the Canadian Embassy,” former Gregg County District Attorney Odis Hill told The Associated "
        "Press."
    )
    assert q["At no time did we prevent or prohibit him from calling the Canadian Embassy"] == "Odis Hill"
    q = _quotes(
        "The inmate had been on death row for 21 years.\n“At no time did we prevent or prohibit him from "
        "calling the Canadian Embassy,” the former Gregg County District Attorney told The Associated Press."
    )
    # the title alone is a description of the speaker, no name
    assert q["At no time did we prevent or prohibit him from calling the Canadian Embassy"] == (
        "Gregg County District Attorney"
    )


def test_session16_a_body_named_after_a_titled_person_is_no_name_after_a_title() -> None:
    """Session 16 review (issue 15): rule name-after-title read "the" as a title modifier and cut a
    body's name into a person's ("the Queen Alia International Airport said" gave "Alia International
    Airport", "the Chairman Mao Memorial Hall said" gave "Mao Memorial Hall"): words that end in an
    organisation's or place's head are no person's name."""
    q = _quotes(
        "The airport reopened on Monday.\n“All flights will resume on Tuesday morning,” the Queen Alia "
        "International Airport said."
    )
    assert q["All flights will resume on Tuesday morning"] is None
    q = _quotes(
        "The museum reopened on Monday.\n“The hall will stay open all week for visitors,” the Chairman Mao "
        "Memorial Hall said."
    )
    assert q["The hall will stay open all week for visitors"] is None


def test_session16_a_possessive_description_gives_the_name_in_apposition() -> None:
    """Session 16 (a DUC 2006 dev article): "Faulder's niece, Barbara Allen, 39, of Jasper, Alberta, said
    she was "ecstatic"" gave the quote to "Faulder's niece": a description by a relation to someone named
    ("Faulder's niece") followed by a name in apposition is that name's (rule possessive-apposition)."""
    q = _quotes(
        "Joseph Faulder was granted a stay on Thursday.\nFaulder's niece, Barbara Allen, 39, of Jasper, "
        "Alberta, said she was “very happy and quite relieved tonight” about the stay."
    )
    assert q["very happy and quite relieved tonight"] == "Barbara Allen"


def test_session16_a_kind_of_body_between_its_place_and_name_is_where_the_speaker_works() -> None:
    """Session 16 (a DUC 2006 dev article): ""Generally speaking, people feel better economically," said
    Jean-Marc Leger of the Quebec polling firm Leger & Leger" was left without a speaker: "of the Quebec
    polling firm Leger & Leger" says where the person works, as "of the University" does (rule
    origin-firm)."""
    q = _quotes(
        "Quebec votes on Monday.\n“Generally speaking, people feel better economically,” said Jean-Marc "
        "Leger of the Quebec polling firm Leger & Leger."
    )
    assert q["Generally speaking, people feel better economically"] == "Jean-Marc Leger"


def test_session16_this_official_is_the_unnamed_source_just_introduced() -> None:
    """Session 16 (a DUC 2003 dev article): "A Clinton administration official acknowledged … "It is
    embarrassing," this official said" was left without a speaker, and the next quote's "he" went to
    "Clinton": "this official" is the unnamed source the sentence before introduced (rule
    demonstrative-source); with none introduced it stays as before."""
    q = _quotes(
        "A Clinton administration official acknowledged that the embassy in Kenya had received a specific "
        "warning.\n“It is embarrassing and very sad for all of us,” this official said."
    )
    assert q["It is embarrassing and very sad for all of us"] == "A Clinton administration official"
    q = _quotes(
        "The embassy in Kenya had received a specific warning.\n“It is embarrassing and very sad for all of "
        "us,” this official said."
    )
    assert q["It is embarrassing and very sad for all of us"] is None


def test_session16_adverbs_between_a_name_and_its_verb_leave_the_name_the_speaker() -> None:
    """Session 16 (a DUC 2006 dev article): "Gov. George Bush quickly and succinctly responded, "…"": adverbs
    between the subject and the verb of saying leave the name its subject (rule adverb-before-verb), for
    words reported (four or more); a noun in -ly is no adverb ("the Bush family said")."""
    q = _quotes(
        "Asked whether people were getting fair trials, Gov. George Bush quickly and succinctly responded, "
        "“That's what the appellate process is for in this state.”"
    )
    assert q["That's what the appellate process is for in this state"] == "George Bush"
    q = _quotes(
        "Gov. George Bush spoke on Monday.\nAsked about the trial, the Bush family responded, “We are "
        "grateful for all the prayers and support.”"
    )
    assert q["We are grateful for all the prayers and support"] == "the Bush family"


def test_session16_a_name_after_in_inside_the_attribution_is_no_speaker() -> None:
    """Session 16 (a DUC 2006 dev article, second sample): "Dr. Ronald Greeley of Arizona State University
    in Tempe, a member of the Galileo science team, said, "…"" gave the quote to "Tempe" (read as a
    person): a name after "in", "at" or "near" inside the phrase is where the speaker works (rule
    place-object)."""
    q = _quotes(
        "NASA plans a mission to Europa.\nDr. Ronald Greeley of Arizona State University in Tempe, a member "
        "of the Galileo science team, said, “The likelihood is that, yes, there are liquid oceans on Europa.”"
    )
    assert q["The likelihood is that, yes, there are liquid oceans on Europa"] == "Ronald Greeley"


def test_session16_one_word_is_the_person_this_article_names_in_full_with_it() -> None:
    """Session 16 (a DUC 2006 dev story, second sample): one article names Falun Gong's Li Hongzhi,
    another the labour minister Li Boyong; ""But no such outcome will go off," Li emphasized" in the second
    is Li Boyong's (rule first-word-here): the one word a name opens with is the person the article itself
    names in full with it."""
    q = _quotes(
        "Li Hongzhi, the founder of Falun Gong, lives in New York. Li Hongzhi has not spoken since July.\nLi "
        "Hongzhi's followers marched in Beijing.",
        "Li Boyong, a delegate to the congress, said deepening reforms in state-owned enterprises will "
        "bring about certain pressure on employment in urban areas in China, but it is within the handling "
        "capacity of the society, and is far from touching off any social unrest in the cities or in the "
        "countryside, where millions of peasants have become idle.\n“But no such disastrous outcome as "
        "predicted by some overseas figures will go off,” Li emphasized.",
    )
    said = "But no such disastrous outcome as predicted by some overseas figures will go off"
    assert q[said] == "Li Boyong"


def test_session16_an_adverb_before_the_verb_leaves_its_subject_the_speaker() -> None:
    """Session 16 (frozen4-unseen, a tuning file: "Dennis Ross bluntly dismissed the settlement activity as
    "destructive""): an "-ly" adverb of manner between the subject and a verb of saying or judging belongs
    to the verb; the subject before it said the fragment. A noun in "-ly" is no adverb ("the family")."""
    assert _quotes("Envoy Dennis Ross bluntly dismissed the settlement plan as “destructive” to peace.") == {
        "destructive": "Dennis Ross"
    }
    assert _quotes("Mayor Ada Brandt angrily called the ruling “disgusting” on Monday.") == {
        "disgusting": "Ada Brandt"
    }
    assert _quotes("The Brandt family later called the ruling “a disgrace to the city.”") == {
        "a disgrace to the city": "The Brandt family"
    }
    # a passive stays a passive past the adverb: whoever called him that is not named
    assert _quotes("Ada Brandt was widely called “a hero” after the fire.") == {}


def test_session16_likened_to_and_compared_to_frame_the_subjects_words() -> None:
    """Session 16 (frozen8-unseen, a tuning file: "a hideous scene that … Lennart Olin likened to a "gas
    chamber.""): "liken"/"compare" a thing to a quoted phrase report the subject's words, as
    "described as" does; "compared" with no "to" before the mark does not."""
    olin = {"gas chamber": "Lennart Olin"}
    assert _quotes("Fire chief Lennart Olin likened the scene to a “gas chamber.”") == olin
    brandt = {"blank check": "Ada Brandt"}
    assert _quotes("Senator Ada Brandt compared the bill to a “blank check.”") == brandt
    assert _quotes("Senator Ada Brandt compared notes with the “Star Wars” crew.") == {}


def test_session16_referred_to_as_names_a_thing_and_gives_no_speaker() -> None:
    """Session 16 review (issue 15): "refer to X as "…"" names a thing by its nickname, it reports no
    one's words ("Engineers referred to the device as the "black box" of the plane" had the speaker
    Engineers), so "refer" is no judging verb."""
    assert _quotes("Engineers referred to the device as the “black box” of the plane.") == {}


def test_session16_a_judging_verb_on_a_possessed_quality_frames_the_subjects_words() -> None:
    """Session 16 (frozen5-unseen, a tuning file: "Cecile Richards … praised Davis' "unwavering
    courage""): a judging verb whose object is someone's quality named in quotes gives the words to the
    verb's subject."""
    assert _quotes("Activist Cecile Richards praised Davis' “unwavering courage” on Friday.") == {
        "unwavering courage": "Cecile Richards"
    }


def test_session16_what_the_subject_calls_in_the_present_is_speech() -> None:
    """Session 16 (issue 15's frames): "denounced what she calls a "…"" reports the words of the "what"
    clause's subject, in the present tense as in the past ("what she called")."""
    assert _quotes("Mayor Ada Brandt denounced what she calls “cheap politics” at the hearing.") == {
        "cheap politics": "Ada Brandt"
    }


def test_session16_two_titles_joined_by_and_head_one_name() -> None:
    """Session 16 fix L (a DUC 2006 dev article): "In two recent speeches, widely publicized by the official
    media, President and Communist Party Chief Jiang Zemin stressed … and said that any threats … would be
    "annihilated in the early stages"" had no speaker: two titles joined by "and" with no article are one
    person's (rule joint-title); "X stressed … and Y said" stays Y's."""
    intro = "Chinese people are fairly free to voice dissenting opinions in private.\n"
    said = "annihilated in the early stages"
    q = _quotes(
        intro + "In two recent speeches, widely publicized by the official media, President and Communist "
        "Party Chief Jiang Zemin stressed the overriding importance of protecting social stability and said "
        "that any threats to the supremacy of the Communist Party would be “annihilated in the early stages.”"
    )
    assert q[said] == "Jiang Zemin"
    q = _quotes(
        intro + "In two recent speeches, President Jiang Zemin stressed the overriding importance of "
        "protecting social stability and Premier Li Peng said that any threats to the supremacy of the "
        "Communist Party would be “annihilated in the early stages.”"
    )
    assert q[said] == "Li Peng"


def test_session16_the_pope_is_the_one_introduced_as_pope() -> None:
    """Session 16 fix L (DUC 2003 and LongBench dev articles): "The pope said Stepinac "…"" and "The pope
    said he "invokes God's peace …"" had no speaker: "pope" and "pontiff" were no role words. The pope or
    the pontiff is the person the text introduced as "Pope …" (rule pontiff-pope), else the description,
    never the person named last (rule pope-by-title)."""
    words = "the Cuban people must be the protagonists of their own history"
    q = _quotes(
        "Pope John Paul II arrived in Havana on Wednesday, where he met Fidel Castro.\nThe pontiff said "
        "“the Cuban people must be the protagonists of their own history.”"
    )
    assert q[words] == "John Paul II"
    q = _quotes(
        "Pope John Paul II arrived in Havana on Wednesday, where he met Fidel Castro.\nThe pope said "
        "“the Cuban people must be the protagonists of their own history.”"
    )
    assert q[words] == "John Paul II"
    q = _quotes(
        "Fidel Castro greeted the visitor in Havana on Wednesday.\nThe pope said “the Cuban people must be "
        "the protagonists of their own history.”"
    )
    assert q[words] == "The pope"


def test_session16_the_agent_of_as_asserted_by_is_the_speaker() -> None:
    """Session 16 fix L (a DUC 2006 dev article): "NTSB staff had concluded that "there were no unresolved
    safety issues," as asserted Friday by NTSB chairman Jim Hall" gave the words to the NTSB; the agent of a
    passive verb of saying after the quote said them (rule passive-agent); "as reported by" an outlet does
    not."""
    words = "there were no unresolved safety issues"
    q = _quotes(
        "Egypt questioned the findings.\nThe Egyptian concerns appeared to question why NTSB staff had "
        "concluded that “there were no unresolved safety issues,” as asserted Friday by NTSB chairman Jim "
        "Hall, who released the documents at a news conference."
    )
    assert q[words] == "Jim Hall"
    q = _quotes(
        "The talks ended.\n“The country will not bow to terror at any price,” as stated by the minister."
    )
    assert q["The country will not bow to terror at any price"] == "the minister"
    q = _quotes(
        "The talks ended.\n“The country will not bow to terror at any price,” as reported by the Daily "
        "Telegraph on Friday."
    )
    assert q["The country will not bow to terror at any price"] is None


def test_session16_a_plural_description_speaks_its_fragments() -> None:
    """Session 16 fix N (issue 15; tuned: "local officials called them a "sneak attack""): a plural
    description of people (determiners and adjectives, then a group noun or a role word's plural) before a
    verb of saying or judging is the subject, shown as written (rule plural-description); a plural of no
    people ("Reports", "Critics' reports") is none, nor one opening a clause after the quote ("… for
    "legal hairsplitting," but former prosecutors say")."""
    q = _quotes("The town met on Monday.\nLocal officials called them a “sneak attack” on the town.")
    assert q["sneak attack"] == "Local officials"
    q = _quotes("The town met on Monday.\nCritics called the plan “reckless” and walked out.")
    assert q["reckless"] == "Critics"
    q = _quotes("The plant closed on Monday.\nResidents described the smell as “unbearable.”")
    assert q["unbearable"] == "Residents"
    assert "disaster" not in _quotes("The storm hit on Monday.\nReports called it a “disaster” for the town.")
    assert "disaster" not in _quotes("The storm hit on Monday.\nCritics' reports called it a “disaster.”")
    q = _quotes(
        "The vote was held.\nPoliticians have chastised Clinton for “legal hairsplitting,” but former "
        "prosecutors say he should not be faulted."
    )
    assert "legal hairsplitting" not in q


def test_session17_a_full_stop_after_the_closing_mark_ends_the_quotes_sentence() -> None:
    # British punctuation puts the full stop outside the marks: the next sentence's attribution belongs to
    # the quote it introduces, not to the term before it
    text = (
        'Some survivors, such as Ruth Hale, have been angered by the council\'s offer of a "review". '
        'Writing on her weblog, Ms Hale says: "We asked for an inquiry and we were given a leaflet."'
    )
    quotes = _quotes(text)
    assert "review" not in quotes
    assert quotes["We asked for an inquiry and we were given a leaflet"] == "Ruth Hale"


@pytest.mark.parametrize(
    "sentence",
    [
        'the democratic lawmakers "are doing exactly what we ask workers not to do, and it is wrong," said '
        "brewer, herself a former state lawmaker.",
        'obama is "quiet on the issue because most people know this has to be done," barbour said.',
    ],
)
def test_session17_unread_speaker_a_frame_after_the_quote_makes_speech_without_a_name(sentence: str) -> None:
    """Rule unread-speaker: in lower-cased text (multinews-plus) "said brewer" names no one a rule can read,
    yet the quote set off by its comma is speech: unattributed, not dropped. A title before an attribution
    stays out."""
    text = "The budget fight in the state capitol went on for a third week on monday.\n" + sentence
    got = _quotes(text)
    assert len(got) == 1 and next(iter(got.values())) is None
    titled = 'in "Forgetting the Rain," lind writes about her years in dunmore.'
    assert _quotes("The budget fight went on for a third week on monday.\n" + titled) == {}


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ('Asked whether he would run again, Gary Lund said, "Never."', "Never"),
        ('Asked about the plan, Gary Lund answered: "Absolutely Not."', "Absolutely Not"),
        ("Mary Lund leans into her son's face. Then she asks, \"Where's Mommy?\"", "Where's Mommy?"),
    ],
)
def test_session17_speech_opens_a_verb_and_a_comma_before_the_mark_open_speech(
    sentence: str, quote: str
) -> None:
    """Rule speech-opens: after a verb of saying and a comma or colon, a short Title Case quote is a reply,
    not a title or a name (before: "said, "Never."" was dropped as a title). A title after a noun stays
    out."""
    text = "The hearing in the county court went on for a third day on Monday.\n" + sentence
    assert quote in _quotes(text)
    titled = (
        'The hearing went on for a third day on Monday.\nLund said the film "Never Again" was his favourite.'
    )
    assert "Never Again" not in _quotes(titled)


@pytest.mark.parametrize(
    "text",
    [
        "Eric Hauser, a spokesman, said he supported a review of the “don't ask, don't tell” policy.",
        "Mayor Ada Brandt said she backed the “shoot first, ask questions later” approach to crime.",
    ],
)
def test_session18_a_quote_between_the_or_a_possessive_and_its_noun_is_a_name(text: str) -> None:
    """Rule noun-modifier (in `named-term`): up to six quoted words between "the" or a possessive and the
    noun they modify name a known thing (a policy, a slogan), not the speaker's words."""
    assert _quotes(text) == {}


def test_session18_an_indefinite_or_a_pronouns_noun_phrase_keeps_the_speakers_words() -> None:
    """After "a"/"an" a quoted modifier describes, after "his"/"her" it is often the speaker's own word:
    both stay speech (noun-modifier takes "the" and a noun's possessive only)."""
    q = _quotes("Ann Reyes, a critic, called it a “long, slow and painful” film on Monday.")
    assert q == {"long, slow and painful": "Ann Reyes"}
    q = _quotes("In her memoir, Ann Reyes says that she treats her “profound” duty as a judge with care.")
    assert q == {"profound": "Ann Reyes"}


def test_session18_a_quote_after_a_demonstrative_keeps_its_speaker() -> None:
    """Rule noun-modifier takes no "this"/"these"/"those": before a quote a demonstrative is a pronoun
    object as often as a determiner ("said this "could be the end" soon enough": the mayor's words)."""
    q = _quotes("Ann Reyes, the mayor, said this “could be the end” soon enough.")
    assert q == {"could be the end": "Ann Reyes"}


def test_session18_as_x_put_it_after_a_quote_names_its_speaker() -> None:
    """Rule as-put-it (in `said-after`): ""…," as Reyes put it" gives the words to the one who put it."""
    q = _quotes(
        "Ann Reyes, a teacher, spoke last. The policy is “a step in the wrong direction,” as Reyes put it."
    )
    assert q == {"a step in the wrong direction": "Ann Reyes"}


def test_session18_a_text_that_states_that_is_the_speaker_of_its_words() -> None:
    """ "states that" is a verb of saying (`reported-clause`): the platform's words are speech, and the
    text that states them, "The party platform", is given as their source."""
    b = brief(
        texts=[
            "The party platform states that marriage “is the union of one man and one woman” and opposes it."
        ],
        words=40,
        timings=False,
    )
    assert [(q.text, q.speaker) for q in b.quotes] == [
        ("is the union of one man and one woman", "The party platform")
    ]


def test_session18_a_quote_after_the_concept_of_is_a_name() -> None:
    """`named-term` reads "the concept of", "the notion of", "the doctrine of", "the principle of" before
    the mark as naming the quoted words: a term, not the speaker's words."""
    text = "Steve Lane said the plan hardly echoes the concept of “compassionate conservatism” at all."
    assert _quotes(text) == {}


# --- session 19: several quoted words that name nothing are someone's words --------------------------

_APPEALED = (
    "Pope Anselm Kovac appealed to a country that has suffered from war “to forgive and reconcile and to "
    "purify one's memory of hatred” and “the desire for revenge.”"
)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (  # a verb no list holds ("appealed"); the second quote of the sentence too
            _APPEALED,
            "to forgive and reconcile and to purify one's memory of hatred",
            "Anselm Kovac",
        ),
        (
            _APPEALED,
            "the desire for revenge",
            "Anselm Kovac",
        ),
        (  # "…, who" opens a clause whose subject is the name before it, not the sentence's "he"
            "Asked to leave, he studied for two years with Fundi Mohammed Ali, an older teacher, who "
            "remembers him as “brilliant, respectful to others, deeply religious and very calm.”",
            "brilliant, respectful to others, deeply religious and very calm",
            "Fundi Mohammed Ali",
        ),
        (  # a pronoun subject and a comma before the quote
            "Laura Silsby led the group. She defended the lack of any authority from Haitian officials, “I "
            "was going to come back here to do the paperwork,” asserting that her intentions were good.",
            "I was going to come back here to do the paperwork",
            "Laura Silsby",
        ),
    ],
)
def test_session19_subject_words(text: str, quote: str, speaker: str) -> None:
    """Rule subject-words (session 19, WRITE: DUC 2003 d31002t, d31038t): a quote of four words or more
    inside a sentence whose clause opens with a person, the person's own verb outside the marks."""
    found = _quotes(text)
    assert found.get(quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the quote is the predicate itself: someone else's words about the subject
        ("A spokeswoman for Kevin Spacey has confirmed it. Spacey is “taking the time necessary to seek "
         "evaluation and treatment.”", "taking the time necessary to seek evaluation and treatment"),
        # a text's words, not those of the one holding it
        ("Ellen Rogovinhart held a sign that read, “The eyes of the world are watching to see what we do "
         "here” at the rally.", "The eyes of the world are watching to see what we do here"),
        # a passive: the subject is seen so by others ("widely viewed as")
        ("Senator Alfonse D'Amato met voters. D'Amato continues to be widely viewed as “the kind of person "
         "who gets things done for the voters” in the state.", "the kind of person who gets things done for "
         "the voters"),
        # a subordinate clause's subject, not the sentence's
        ("While Alfonse D'Amato campaigned upstate, “the kind of person who gets things done for the "
         "voters” was what the polls found.", "the kind of person who gets things done for the voters"),
        # another clause with its own subject between
        ("Maria Lopez sold the farm in May, and buyers now plan “to build two hundred new homes on "
         "it.”", "to build two hundred new homes on it"),
    ],
)  # fmt: skip
def test_session19_subject_words_not_the_subjects(text: str, quote: str) -> None:
    found = _quotes(text)
    assert found.get(quote) is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # "that" before a subject opens a clause of its own
        ("Mayor John Carter denied reports that he had “secretly negotiated with the union leaders” last "
         "year.", "secretly negotiated with the union leaders"),
        ("Governor Ann Wells cited a study finding that the program had “saved thousands of lives every "
         "year”.", "saved thousands of lives every year"),
        # a quote right after "of" names a thing
        ("Mayor John Carter dismissed the report's finding of “widespread abuse in the city system” on "
         "Monday.", "widespread abuse in the city system"),
        ("Mayor John Carter faces charges of “abuse of power and obstruction of justice”.",
         "abuse of power and obstruction of justice"),
        ("Maria Lopez ignored the crowd's shouts of “shame on you, shame on you”.",
         "shame on you, shame on you"),
        # a verb of perceiving: another's words
        ("Coach Tom Brady watched the crowd chant “we want a new coach now”.", "we want a new coach now"),
        ("John Smith heard the gunman yell “everybody get down on the floor”.",
         "everybody get down on the floor"),
        # "what" opens a clause of its own
        ("Governor Ann Wells signed what supporters call “the most important reform in a generation”.",
         "the most important reform in a generation"),
        # "who" and no verb of the relative clause's right after it: others' words about the name
        ("Mayor John Carter, who critics regard as “the most corrupt mayor in city history,” resigned.",
         "the most corrupt mayor in city history"),
        ("Mayor John Carter, who neighbors remember as “the most corrupt mayor in city history,” resigned.",
         "the most corrupt mayor in city history"),
        ("Mayor John Carter, who prosecutors have portrayed as “the most corrupt mayor in city history,” "
         "resigned.", "the most corrupt mayor in city history"),
    ],
)  # fmt: skip
def test_session19_subject_words_not_across_another_clause(text: str, quote: str) -> None:
    """Rule subject-words (session 19 review): another clause or a verb of perceiving between the subject
    and the quote, "of" right before it, or "who" not followed by its verb: not the subject's words."""
    found = _quotes(text)
    assert found.get(quote) is None


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # past thirty words and a relative pronoun right before the quote
            "Federal prosecutors in Manhattan said Wednesday that one of the men accused of conspiring to "
            "bomb the U.S. Embassies in Kenya and Tanzania in August had met earlier with Osama bin Laden, "
            "the suspected mastermind of the attacks, and “asked him for a mission.”",
            "asked him for a mission",
        ),
        (
            "The indictment asserted that bin Laden's organization, Al Qaeda, worked on its own and through "
            "Al Jihad, Islamic Group and others, which “operated under its umbrella.”",
            "operated under its umbrella",
        ),
        (  # a subordinate clause inside it, closed by its comma
            "Senior Erica Muxie on the other hand said that if forced to wear a uniform, “I wouldn't feel "
            "like myself anymore.”",
            "I wouldn't feel like myself anymore",
        ),
    ],
)
def test_session19_content_clause(text: str, quote: str) -> None:
    """Rule content-clause (in reported-clause; session 19 WRITE: DUC 2003 d31038t): the clause of what was
    said ("said Wednesday that …") runs to the sentence's end, so a quote anywhere in it is speech, past
    thirty words, a relative pronoun right before the marks or a subordinate clause inside it."""
    assert quote in _quotes(text)


def test_session19_content_clause_keeps_other_clauses_out() -> None:
    # a subordinate clause before any clause of what was said ("until …, when …") is a clause of its own
    found = _quotes(
        "Tom Wu had not told her until five years ago, when they sat down “to talk about the family farm.”"
    )
    assert found.get("to talk about the family farm") is None


def test_session20_noun_modifier_is_the_align_stages_rule_too() -> None:
    """Rule noun-modifier has one source (`lexicon.naming.names_a_thing`), which the align stage's
    `quoted-name` reads too: one lower-case word may stand between "the" and the quote ("the murky "…"
    policy", a name in align before session 20 and speech here), a degree word may not ("the most "…""
    grades a word)."""
    assert (
        _quotes("Ann Reyes, the mayor, said she backs a review of the murky “don't ask, don't tell” policy.")
        == {}
    )
    q = _quotes(
        "Ann Reyes, the mayor, said even the most “long, slow and painful” talks would not end the strike."
    )
    assert q == {"long, slow and painful": "Ann Reyes"}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Under questioning, Ann Reyes conceded that the police had used “a little” force on Monday.",
            "a little",
        ),
        ("Ann Reyes acknowledged that “innocent” people were hurt in the raid on Monday.", "innocent"),
        ("Ann Reyes confirmed that the talks had been “disappointing” so far this year.", "disappointing"),
        ("Speaking on Monday, Ann Reyes recalled seeing “thugs” throw rocks at the police.", "thugs"),
    ],
)
def test_session20_a_verb_of_saying_gives_a_fragment_its_speaker(text: str, quote: str) -> None:
    """Rule reporting-verb (in same-sentence; session 20 census, tuned: 7 fragments the convention calls
    speech were dropped for their verb): a verb that reports a statement ("conceded", "acknowledged",
    "confirmed", "recalled") gives a short quoted fragment the sentence's speaker, as "said"
    does; a verb of a promise does not ("promised to work for the "winning conditions""), nor "announced"
    (a Random(2005) training story: what is announced is often named, "their "signing store"")."""
    assert _quotes(text) == {quote: "Ann Reyes"}
    assert _quotes("Ann Reyes promised to work for the “winning conditions” on Monday.") == {}
    assert _quotes("Ann Reyes announced that the creation of their “signing store” will add 20 jobs.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Reyes observed a “moment of silence” for the victims of the fire on Monday.",
        "Ann Reyes maintained her “tough on crime” image throughout the campaign.",
        "Ann Reyes suggested a “grand bargain” with the unions on Monday.",
        "Ann Reyes reported a “significant” drop in crime across the state.",
        "Ann Reyes confirmed a “fair pay” deal with the unions on Monday.",
        "Ann Reyes confirmed that “fair pay” deal with the unions on Monday.",
        "Ann Reyes maintained that “tough on crime” image throughout the campaign.",
        "Ann Reyes observed that “moment of silence” for the victims of the fire.",
        "Ann Reyes confirmed the deal that unions hailed as “fair pay” on Monday.",
    ],
)
def test_session20_a_verb_of_saying_with_a_plain_object_gives_a_fragment_no_speaker(text: str) -> None:
    """Rule reporting-verb, clause-object (session 20 review): the verbs of saying added in session 20
    ("observed", "maintained", "suggested", "reported", "confirmed" …) also take a plain object that is no
    speech ("observed a "moment of silence""): they give a short fragment its speaker only when what they
    report is a clause ("that" right after the verb, or after an adverb, a comma-set phrase or a short
    phrase such as "on Monday"; "recalled seeing"). A determiner "that" ("confirmed that "fair pay"
    deal": no finite verb after the quote) or a relative one ("the deal that unions hailed as "…"") is
    no clause."""
    assert _quotes(text) == {}
    q = _quotes("Ann Reyes reported that crime had seen a “significant” drop across the state.")
    assert q == {"significant": "Ann Reyes"}
    q = _quotes("Ann Reyes confirmed on Monday that the talks had been “disappointing” so far.")
    assert q == {"disappointing": "Ann Reyes"}
    q = _quotes("Ann Reyes confirmed, in a short statement, that the talks had been “disappointing.”")
    assert q == {"disappointing": "Ann Reyes"}


def test_session20_a_fragment_after_the_names_a_thing() -> None:
    """Rule definite-fragment (in named-term; session 20 census, tuned: 2 labelled terms given a speaker):
    one to three quoted words right after a lower-case "the" name a thing the sentence talks about, whatever
    attribution follows; the speaker's framing ("what Reyes called the "…"") or a sentence the fragment
    opens ("The "…" for …, Reyes said, is") keeps them speech."""
    assert _quotes("When he heard about the “two-girl special,” Tom Wu said he was willing to pay.") == {}
    assert _quotes("The plan and the “war of words” between the two towns have helped, Ann Reyes said.") == {}
    q = _quotes("The council will discuss what Ann Reyes called the “road map.” The vote is on Monday.")
    assert q == {"road map": "Ann Reyes"}
    q = _quotes("The “best barometer” for the talks, Ann Reyes said, is the tone of the next meeting.")
    assert q == {"best barometer": "Ann Reyes"}


def test_session20_reports_or_states_after_a_number_preposition_or_verb_is_a_noun() -> None:
    """Rule plural-noun (in `_verbs`; session 20 census, tuned: 1 labelled term given a speaker by "asked
    states"): "states", "reports", "claims", "notes" after a number, a preposition, a verb or a news
    modifier are plural nouns, no verb of saying to give a fragment its speaker; "Fox News reports" is."""
    text = (
        "Ann Reyes, the chairwoman, asked states Monday to start setting up “fitting stations” for parents."
    )
    assert _quotes(text) == {}
    q = _quotes("Fox News reports, “The ring was found in a drawer at the hospital on Monday night.”")
    assert q == {"The ring was found in a drawer at the hospital on Monday night": "Fox News"}


def test_session20_news_reports_after_an_outlet_name_is_a_verb_in_lower_case_text() -> None:
    """Rule outlet-news (in plural-noun; session 20 review): lower-cased text writes "fox news reports", whose
    "reports" is the outlet's verb as in "Fox News reports"; "news reports" after a modifier of news ("local",
    "the", "cable") stay a plural noun."""

    def verbs(text: str) -> list[str]:
        return [m.group() for m in attribution._verbs(text)]

    assert verbs("The ring was found in a drawer, fox news reports.") == ["reports"]
    assert verbs("Abc news reports that the ring was found in a drawer.") == ["reports"]
    for modifier in ("local", "the", "cable", "chinese"):
        assert verbs(f"The ring was found in a drawer, {modifier} news reports said.") == ["said"]


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "In a series of posts on Sunday, Ann Reyes attacked the council, calling it “disgusting.”",
            "disgusting",
            "Ann Reyes",
        ),
        (
            "“We can see a way forward,” Ann Reyes said, describing the talks as the “one area” of progress.",
            "one area",
            "Ann Reyes",
        ),
        (
            "The council met on Monday, with spokesman Tom Wu calling the plan “incomprehensible” for all.",
            "incomprehensible",
            "Tom Wu",
        ),
    ],
)
def test_session20_a_participles_subject_frames_a_fragment(text: str, quote: str, speaker: str) -> None:
    """The subject of "calling it"/"describing … as" (in same-sentence; session 20 census, tuned: 3 fragments
    the convention calls speech left out) is the person after a fronted phrase of time or place ("In a
    series of posts on Sunday, Ann Reyes …"), the subject after the quote before it (""…," Ann Reyes said,
    describing"), or the person after "with" ("with spokesman Tom Wu calling it")."""
    assert _quotes(text).get(quote) == speaker


def test_session20_its_before_a_quote_is_a_verb_not_a_possessive() -> None:
    """The possessive of `_looks_like_title` (session 20 census, tuned: 2 fragments the
    convention calls speech and 1 labelled quote left out): "it's", "that's", "there's" before the mark are
    a verb, not a possessive naming a title ("CNN's "…"")."""
    q = _quotes(
        "Ann Reyes said that if one dog tests positive, it’s “almost 100 percent” certain others are."
    )
    assert q == {"almost 100 percent": "Ann Reyes"}
    q = _quotes("But Ann Reyes writes that in Texas, it's “technically a crime, and doctors must report it.”")
    assert q == {"technically a crime, and doctors must report it": "Ann Reyes"}


# case-less text, as Multi-News+ writes it (marks spaced, a capital only where a sentence seems to open)
_SONG_STORY = (
    "A music publisher will pay $ 14 million to end a lawsuit over the english language's most popular "
    'song, " happy birthday to you. " additionally, the deal sets aside money for the singers who paid '
    'to use it. The party fired off a mass email titled: " what the average family can buy with $ 10,000. " '
    'Its new slogan, " no tax is fair. " hung above the stage. The " real housewives of new jersey " stars '
    'will give their first interview on friday. " we are glad it is over, " said jane parker, a lawyer for '
    "the singers. The publisher said on monday that it would not appeal, and that the money would be paid "
    "to the singers before the end of the year, when the court closes the case."
)


def test_session21_a_title_set_off_by_a_comma_or_colon_is_no_speech() -> None:
    """Rule apposed-title: a title after a naming cue and a comma or colon ("an email titled: "…"", "its new
    slogan, "…"") or, in case-less text, after a work noun ("most popular song, "…"") names a thing; and
    named-term's noun-modifier reads spaced marks ("the " real housewives of new jersey " stars"). Before
    (frozen2, tuned) these were reported as speech, given to the nearest speaker or to none."""
    q = _quotes(_SONG_STORY)
    assert not any(
        k.startswith(("happy birthday", "what the average", "no tax", "real housewives")) for k in q
    ), q
    assert q.get("we are glad it is over") == "Jane Parker", q


def test_session21_a_work_noun_before_words_said_keeps_them_speech() -> None:
    """Guards of apposed-title: a work noun after a preposition opens words from or about the work ("in
    the book, "…""), a verb of saying after the marks reports them ("the show, "…," said …"), and in
    cased text words that do not read as a title stay speech; a title-like one is a title."""
    lower = _SONG_STORY + (
        ' Jane parker wrote in her book, " i never wanted to leave home at all, " and it sold well. '
        'She liked the show, " it was a mistake to cancel it, " said jane parker.'
    )
    q = _quotes(lower)
    assert q.get("i never wanted to leave home at all") == "Jane Parker", q
    assert q.get("it was a mistake to cancel it") == "Jane Parker", q
    cased = _quotes(
        'Ada Brook said she regretted ending the show, "We had no choice at all," and left the room.\n'
        'She sang her best-known song, "Spilling the Salt," to close the night.'
    )
    assert cased.get("We had no choice at all") == "Ada Brook" and "Spilling the Salt" not in cased, cased


# case-less text, as Multi-News+ writes it: a show, a film or a book right after "in" / "on", and a name given
_TITLE_STORY = (
    'The senator spoke out again on sunday. Appearing on " face the week, " lane said that the vote would '
    'be close. Lane wrote in " night of the lemons " that dogs are loyal. Lane said she would leave in '
    '" a very short time. " Lane said that '
    'a dancer named " pixie " kicked him. Lane said other guests nicknamed it " the quiet room. " Lane said '
    'the agent was on " deep cover " for years. Lane said she saw him there on " a regular basis. " '
    '" we will win this vote, " said senator anna lane, who leads the committee, and she said the count '
    "would end on friday. The "
    "committee has met twice a week since the spring, and the members who oppose the bill say that the "
    "state cannot pay for it without a new tax on fuel, which the governor in the capital has ruled out for "
    "this year and for the next one as well, whatever the committee decides to do when it meets again."
)


def test_session22_a_title_after_in_or_on_and_a_name_given_are_no_speech() -> None:
    """Rules preposition-title and naming-verb (session 22 census: 3 titles after "in"/"on" on the WRITE pool
    and the training draw and 1 in frozen2, 3 names after "named"/"nicknamed it" in the draw, all given a
    speaker, tuned): a quote right after "on" names the show it was said on, after "wrote in" the work it
    sits in, a quote after a
    naming verb the name given, whatever attribution follows; not a state after a copula ("was on "deep
    cover""), and in case-less text "in" only after a verb of saying or writing ("wrote in "…""; "leave in
    "a very short time"" is speech). Before, "face the week" went to Lane and "pixie" to the sentence's
    speaker."""
    q = _quotes(_TITLE_STORY)
    titles = ("face the week", "night of the lemons", "pixie", "the quiet room")
    assert not any(k.startswith(titles) for k in q), q
    assert "deep cover" in q, q  # a state after a copula: the speaker's words
    assert "a very short time" in q, q  # case-less "in" without a verb of saying or writing
    assert "a regular basis" in q, q  # a phrase opening with "a", no name
    assert q.get("we will win this vote") == "Anna Lane", q


def test_session22_cased_words_after_in_or_on_must_read_as_a_title() -> None:
    """Guard of preposition-title: in cased text the quoted words after "in"/"on" are a title only when they
    open with a capital and read as one ("Night of the Lemons"); "firing on "thugs"" keeps its speaker
    (frozen3, tuned: the convention's speech)."""
    q = _quotes(
        "Ada Brook said troops were right in firing on “thugs” who threw rocks at them.\n"
        "Ada Brook said she cried in “Night of the Lemons” when the dog died."
    )
    assert q.get("thugs") == "Ada Brook" and "Night of the Lemons" not in q, q


def test_session23_a_name_a_motto_a_headline_or_a_title_is_no_speech() -> None:
    """Session 23 (census of cased newswire): a name someone gives himself ("who called himself "Rook,""),
    a motto or a headline ("her motto was "…"", "headlined a story …: "…"") and a work's title after its
    maker ("the writer of "…," said") are terms whatever attribution follows; before, said-after,
    subject-words and unattributed reported them as speech. A lower-case phrase after "called himself"
    is his own words, and a quote that only mentions a motto stays speech."""
    text = (
        "Police spoke to a buyer who called himself “Rook,” according to a police report.\n"
        "Mayor Dana Pell went to so many openings that friends joked her motto was “You cut, I come.”\n"
        "In 2016, the Evening Post headlined a story on the vote: “End of the Pier?”.\n"
        "Lena Ruiz, the author of “A Map of Salt,” said the river had never been so low.\n"
        "Anton Weir called himself “a very patient man,” at the hearing on Monday.\n"
        "“Our motto has not changed in forty years,” said Ida Marsh, who runs the club."
    )
    got = _quotes(text)
    for term in ("Rook", "You cut, I come", "End of the Pier?", "A Map of Salt"):
        assert term not in got
    assert got["a very patient man"] == "Anton Weir"
    assert got["Our motto has not changed in forty years"] == "Ida Marsh"


def test_session23_accused_of_reports_the_accusers_words() -> None:
    """Session 23 (census of cased newswire): "accused X of "…"" is a judging verb like "dismissed X as":
    the words are the accuser's (before: no rule read the verb, the fragment was left out). A passive
    ("was accused of "…"") names no accuser, so its fragment stays out."""
    text = (
        "The union held a rally on Friday.\n"
        "Lawyer Ana Pike accused the firm of “careless” bookkeeping in its filings.\n"
        "The chief judge, Omar Sato, accused the ministry on Monday of hiding “the true cost of the dam from "
        "the public” for years.\n"
        "The trucker was accused of “reckless” driving after the crash."
    )
    got = _quotes(text)
    assert got["careless"] == "Ana Pike"
    assert got["the true cost of the dam from the public"] == "Omar Sato"
    assert "reckless" not in got


def test_session23_as_he_puts_it_names_who_chose_the_words() -> None:
    """Session 23 (census of cased newswire): "as he puts it" after the closing mark or before the opening
    one names whose words they are (before: no rule read the frame and the words were left out; "as
    Brandt bluntly put it" gave no speaker)."""
    text = (
        "Rita Okafor ran the mill for thirty years.\n"
        "Late in life she felt a kind of regret - or “quiet shame” as she puts it - for the jobs she cut.\n"
        "When Goran Vidal looks at the mill it is, as he puts it, “a machine that eats money every day.”\n"
        "Peter Brandt ran the docks.\n"
        "The port was, as Brandt bluntly put it, “a place where money goes to die.”"
    )
    got = _quotes(text)
    assert got["quiet shame"] == "Rita Okafor"
    assert got["a machine that eats money every day"] == "Goran Vidal"
    assert got["a place where money goes to die"] == "Peter Brandt"  # an adverb of manner is no part of who


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The deal was, as one might put it, “a marriage of convenience for both of them.”",
            "a marriage of convenience for both of them",
        ),
        (
            "Life is short, or, as the old saying puts it, “A stitch in time saves nine.”",
            "A stitch in time saves nine",
        ),
        (
            "The deal was “a marriage of convenience for both of them,” as you might put it.",
            "a marriage of convenience for both of them",
        ),
    ],
)
def test_session23_as_one_might_put_it_names_no_one_whose_words_they_are(sentence: str, words: str) -> None:
    """Review S2: rule as-puts-it read "as one might put it" and "as the old saying puts it" as a speaker's
    frame and made a term or a proverb speech with no speaker (819a28a: left out); one no one put is a
    term."""
    assert words not in _quotes(f"Tom Reed defended the plan.\n{sentence}\nThe vote is next week.")


def test_session23_the_title_case_test_is_written_once() -> None:
    """Review S4a: work-of, _named_work and _looks_like_title each wrote their own Title-Case test; one
    `_title_case` now decides for all three."""
    assert attribution._title_case(["The", "Kabbalah", "of", "Money"])
    assert attribution._title_case(["State", "of", "the", "Union"])
    assert not attribution._title_case(["a", "marriage", "of", "convenience"])
    assert inspect.getsource(attribution).count("isupper() or len(") == 1


def test_session24_a_repeat_that_describes_its_speaker_does_not_replace_a_name() -> None:
    # rule name-over-description (quotes._one_speaker)
    named = (
        "The storm killed hundreds.\n“They were overconfident,” said Hugh Parmer, head of disaster relief "
        "for the agency. “When the thing hit, they were totally unprepared to respond.”"
    )
    described = (
        "The government denies those accounts, but an official of the agency said it was clear that overall, "
        "“when the thing hit, they were totally unprepared to respond.”"
    )
    b = brief(texts=[named, described], words=40, timings=False)
    speakers = {(q.doc, q.text.strip(" ,.").lower()): q.speaker for q in b.quotes}
    assert speakers[(0, "when the thing hit, they were totally unprepared to respond")] == "Hugh Parmer"


def test_session25_a_name_opening_with_an_initial_is_no_description() -> None:
    # session 25 review M5: DESCRIPTION read "A.J." as the article "A"
    assert not DESCRIPTION.match("A.J. Tallis") and not DESCRIPTION.match("7-Eleven")
    assert DESCRIPTION.match("a state wildlife official") and DESCRIPTION.match("7,000 protesters")


def test_session24_one_person_described_by_a_demonym_alone_is_a_description() -> None:
    # rule demonym-head (coreference.description): "said one Indonesian" names an unnamed source
    assert description("one Indonesian") == "one Indonesian"
    assert description("an Iraqi in Baghdad") == "an Iraqi in Baghdad"
    assert description("the Chinese") is None  # a people, not one source
    text = (
        "Indonesia's economy is plunging. “In my country, the fund means ruin,” said one Indonesian during a "
        "question-and-answer period at the opening session."
    )
    assert _quotes(text)["In my country, the fund means ruin"] == "one Indonesian"


def test_session24_a_long_description_names_its_head_before_a_modifier() -> None:
    # rule head-then-modifier: past eight words, an indefinite description up to its head and a preposition
    assert (
        description("one House Republican with a good antenna for the speaker's intentions")
        == "one House Republican"
    )
    assert description("the House Republican with a good antenna for the speaker's intentions") is None
    # (in DUC 2003 d30050t "Still, one House Republican with … said that should …, "I think he will try …""
    # now has that speaker: the rule is read on the phrase an attribution rule found)


def test_session24_a_verb_after_a_clause_of_its_own_is_no_attribution() -> None:
    # rule own-clause-between (_adjacent_after): "…," the map was removed, and the government announced
    text = (
        "Within a matter of days, the Libyan leader pronounced that “the Arab world is finished,” the map of "
        "the Arab world was removed from state television, and the government announced that it had closed "
        "its ministry."
    )
    # not the government's: unattributed, or (rule pronounced-verb) the Libyan leader's
    assert _quotes(text).get("the Arab world is finished") in (None, "the Libyan leader")


def test_session24_a_sentence_opening_with_but_or_and_does_not_attribute_the_quote_before() -> None:
    # rule contrast-next: not the next sentence's speaker; and (session 25 review M1) not the speaker before
    # either: that sentence names someone else, so whose words they are is unsure
    text = (
        "“You cannot have hearings where the star witness is not called,” said Rep. Martin Meehan, D-Mass. "
        "“You have to have her testify.” And Rep. John Conyers, D-Mich., the senior Democrat on the "
        "committee, said Thursday that Starr would be someone the Democrats would want in the witness chair."
    )
    assert _quotes(text)["You have to have her testify"] is None
    text = (
        "“We will get to the bottom of this,” council leader Dana Whitcombe said on Friday. “I will not "
        "resign over a few emails.” But on Monday, Mayor Jon Tallis said he would step down after all."
    )
    assert _quotes(text)["I will not resign over a few emails"] is None


def test_session24_a_pronoun_right_before_a_reported_clause_verb_is_its_subject() -> None:
    # rule pronoun-subject in reported-clause: "…, and in that regard he says that "…""
    text = (
        "Yvo de Boer declared that he does not expect the summit to agree on targets. However, making the "
        'decision to launch talks is a prerequisite, and in that regard he says that "for me the summit is '
        'very much a make or a break."'
    )
    assert _quotes(text)["for me the summit is very much a make or a break"] == "Yvo de Boer"


def test_session24_pronounced_reports_words_but_not_as_an_adjective_or_a_verdict() -> None:
    # rule pronounced-verb
    text = (
        "“The president is going to remain in office,” pronounced Rep. James Moran, D-Va. “That's a foregone "
        "conclusion.”"
    )
    quotes = _quotes(text)
    assert quotes["The president is going to remain in office"] == "James Moran"
    assert quotes["That's a foregone conclusion"] == "James Moran"
    assert not attribution._VERB.search("the effect was more pronounced")
    assert not attribution._VERB.search("He was pronounced dead at the scene")


def test_session25_pronounced_a_verdict_reports_no_words() -> None:
    # rule pronounced-verb, session 25 review M4: a verdict with an object or an adverb gives no speaker
    for verdict in (
        "Judge Dana Whitcombe later pronounced Jon Tallis the winner.",
        "Jon Tallis was later pronounced the winner.",
        "Jon Tallis was then pronounced the winner of the race.",
    ):
        text = f"The Harwick council race went to a recount.\n“We never gave up on this town.” {verdict}"
        assert _quotes(text).get("We never gave up on this town") is None, verdict


def test_session26_pronounced_after_a_comma_is_a_verdict() -> None:
    # rule pronounced-verb, session 26 review M3: only the closing mark lies between a quotation and a
    # reporting "pronounced"; after a comma it is a verdict, and the quote keeps its own speaker or none
    head = "The Harwick council race went to a recount on Monday.\n"
    text = head + (
        "“We never gave up on this town,” Jon Tallis said. “The count was fair.” Dana Whitcombe, the judge, "
        "pronounced him the winner."
    )
    assert _quotes(text)["The count was fair"] == "Jon Tallis"
    text = head + (
        "“We never gave up on this town.” Judge Dana Whitcombe, smiling, pronounced Jon Tallis the winner."
    )
    assert _quotes(text).get("We never gave up on this town") is None


def test_session24_a_name_after_a_preposition_and_an_article_is_no_subject() -> None:
    # rule preposition-object: "In a Treasury statement, Rubin … said" is Rubin's, not the Treasury's
    text = (
        "Treasury Secretary Robert Rubin spoke on Saturday. In a Treasury statement, Rubin welcomed Japan's "
        "offer of new loans and said Miyazawa “explained his government's intention to take all possible "
        "steps.”"
    )
    assert _quotes(text)["explained his government's intention to take all possible steps"] == "Robert Rubin"


def test_session24_a_name_after_a_persons_name_and_of_is_no_antecedent() -> None:
    # rule affiliation-of (coreference.antecedent): "Baker of Rutgers noted": "he" is Baker, not Rutgers
    text = (
        "Ross Baker of Rutgers University studies the Senate. Even so, Baker of Rutgers noted, maverick "
        "Republicans break ranks. “It's such an individualistic institution,” he said."
    )
    assert _quotes(text)["It's such an individualistic institution"] == "Ross Baker"


def test_session24_to_which_opens_no_relative_clause() -> None:
    # rule reply-lead (coreference._named_in_phrase)
    text = (
        "This case is about law-breaking, they said, and not about illicit sex. To which Rep. John Conyers "
        "Jr. of Michigan, the committee's senior Democrat, retorted: “This is not about law, it is about "
        "politics.”"
    )
    assert _quotes(text)["This is not about law, it is about politics"] == "John Conyers Jr."


def test_session24_one_unnamed_person_of_a_place_is_a_description() -> None:
    # rule source-of (coreference.description): indefinite, a person's head, then "of"
    assert description("a resident of the nearby Abu Rummaneh district") == "a resident"
    assert description("a resident of Gaza") == "a resident of Gaza"
    assert description("a committee of lawmakers") in (None, "a committee of lawmakers")
    text = (
        "Heavy clashes were reported. “The explosions shook the entire apartment and the windows shattered,” "
        "said a resident of the nearby Abu Rummaneh district who spoke on condition of anonymity."
    )
    quotes = _quotes(text)
    assert quotes["The explosions shook the entire apartment and the windows shattered"] == "a resident"


def test_a_colon_lead_that_names_someone_and_goes_on_is_no_interview_turn() -> None:
    # rule label-is-name (turn_speaker), session 24 review M3: a paragraph-opening lead "John Parr was
    # sentenced on Monday:" fell through colon-intro's guards to interview-turn, which gave the quote to
    # the person inside the lead; a transcript's label is the name itself
    quote = "“We will rebuild every house on this street before the winter comes.”"
    said = "We will rebuild every house on this street before the winter comes"
    opening = "The inquiry into the harbour fire opened in Lanford on Monday.\n"
    for lead in ("John Parr was sentenced on Monday:", "Harold Whitcombe's widow was blunt:"):
        assert _quotes(f"{opening}{lead} {quote}")[said] is None
    assert _quotes(f"{opening}Robert Ricks: {quote}")[said] == "Robert Ricks"


def test_session25_a_verb_of_evidence_after_a_noun_is_no_noun_phrase() -> None:
    """Rule evidence-verb: "He added that the documents show that "…"" read "the documents show" as a noun
    phrase ("a statement that "…"": a thing's words), so the quote had no speaker; "show", "found",
    "suggests" after a noun are the clause's verb, and the quote is the subject's of "added"."""
    got = _quotes(
        "John Whitcombe, a historian in Lanford, studied the papers for a year. He added that the documents "
        "show that “the army was paying the militias all along.”"
    )
    assert got == {"the army was paying the militias all along": "John Whitcombe"}
    got = _quotes(
        "John Whitcombe, a historian in Lanford, studied the papers for a year. He said the report found "
        "that “the army was paying the militias all along.”"
    )
    assert got == {"the army was paying the militias all along": "John Whitcombe"}


def test_session25_a_plural_title_before_a_surname_is_no_first_name() -> None:
    """Rule plural-title (session 24's left-over: LongBench WRITE "Ministers Sa’ar, Shalom criticize …" gave
    the speaker "Ministers Sa’ar"): a title or role word in the plural before a surname is not the first
    name `full_name` looks for; the surname stays as written when nothing else names the person in full."""
    got = _quotes(
        "Senators Tallis and Harwick met on Monday in Lanford to talk about the flood.\n\n"
        "“We should have acted in May, not in June,” Tallis said."
    )
    assert got == {"We should have acted in May, not in June": "Tallis"}


@pytest.mark.parametrize(
    "tail",
    [
        "a neighbour whose house was flooded, and who has lived there for 40 years, told reporters.",
        "a neighbour whose house was flooded, but who stayed, told reporters.",
        "one resident, who was evacuated on Sunday, and whose car was swept away, told reporters.",
    ],
)
def test_session25_a_quote_with_a_verb_of_its_own_is_not_the_speaker_before(tail: str) -> None:
    # session 25 review M6: own-clause-between reads ", and who …" as the description's clause, and rule
    # own-verb-after keeps continued from giving such a quote to the speaker before
    text = (
        "The storm hit Harwick on Sunday.\n“We lost four homes on the river,” Jon Tallis said. “We will "
        f"rebuild every house on this street,” {tail}"
    )
    assert _quotes(text)["We will rebuild every house on this street"] != "Jon Tallis"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # review M5: a name opening with an initial is a name, so it replaces the carried one
        ("said A.J. Tallis, a state wildlife official.", "A.J. Tallis"),
        # review M2: rule name-over-description needs a tie (quotes._tied): the bereaved father's carried
        # name does not keep the words another document gives "a state wildlife official" directly
        ("a state wildlife official said on Monday.", "a state wildlife official"),
    ],
)
def test_session25_a_carried_name_keeps_no_quote_another_document_attributes_directly(
    attribution: str, speaker: str
) -> None:
    assert _bear_story_speakers("in the Harwick park", attribution) == {0: speaker, 1: speaker}


def _bear_story_speakers(place: str, attribution: str, where: str = "") -> dict[int, str | None]:
    """Issue 15's bear story: the father's article carries his name over the quote (continued), the other
    (the bear killed a hiker `where`, else `place`) attributes the same words directly; the speaker of that
    quote in each document."""
    carried = (
        f"Jon Smith lost his son to a bear attack {place} on Sunday.\n“We lost our boy, and nobody warned "
        "us,” Smith said.\n“The bear should have been moved out of the park years ago.”"
    )
    direct = (
        f"A bear killed a hiker {where or place} on Sunday.\n“The bear should have been moved out of the "
        f"park years ago,” {attribution}"
    )
    b = brief(texts=[carried, direct], words=80, timings=False)
    return {q.doc: q.speaker for q in b.quotes if q.text.startswith("The bear should")}


@pytest.mark.parametrize(
    ("phrase", "described"),
    [
        ("a member of the Tallis family", "a member of the Tallis family"),
        ("a spokesman of the ministry", "a spokesman of the ministry"),
        ("an official of the agency", "an official of the agency"),
        ("a resident of Gaza", "a resident of Gaza"),
        ("a resident of the area", "a resident"),
    ],
)
def test_session25_source_of_keeps_the_body_a_later_head_names(phrase: str, described: str) -> None:
    # rule source-of, session 25 review S1: "a member of the Tallis family" was cut to "a member"
    assert description(phrase) == described


def test_session25_a_time_or_year_glued_before_a_description_is_no_part_of_it() -> None:
    """Rule time-before-description (issue 15: "stray text as speaker"; Multi-News+ train gave "2017 a yale
    admissions officer" and "37 a.m. Et a law enforcement source"): in case-less text a caption's date or a
    dateline's clock time runs into the sentence; before a determiner it is cut from the description."""
    assert description("2017 a yale admissions officer") == "a yale admissions officer"
    assert description("9:37 a.m. ET a law enforcement source") == "a law enforcement source"
    assert description("two officials") == "two officials"
    got = _quotes(
        "dana lee ( @dlee ) may 9, 2017 a yale admissions officer wrote a friendly note: "
        '"as a fellow lover of pizza, i laughed out loud after reading your application. " the note went '
        "viral on friday in new haven."
    )
    assert got == {  # read case-less (casing's named-short), the listed body's name keeps its capital
        "as a fellow lover of pizza, i laughed out loud after reading your application": (
            "a Yale admissions officer"
        )
    }


def test_session25_will_capitalised_before_a_verb_of_saying_is_a_name() -> None:
    """Rule auxiliary-lower (frozen6 tuning: ""…" Will said" was unattributed): `_TRAIL_JUNK` stripped "will"
    in any case from the end of a subject, so the brother named Will lost his quote; only the lower-case
    auxiliary is stripped now ("Whitcombe will say" keeps Whitcombe)."""
    got = _quotes(
        "Huang's brother, Will, told the station that Walter had complained about the car.\n"
        "“He wanted it fixed. He took it into the dealership many times,” Will said."
    )
    assert got == {"He wanted it fixed. He took it into the dealership many times": "Will"}


def test_session25_a_surname_that_is_a_word_speaks_when_the_document_names_its_bearer() -> None:
    """Rule surname-word: "“…,” May said" had no speaker (a month is a listed non-name, so the phrase was no
    name); when the document names a person in full with that surname ("Theresa May"), the word is her."""
    got = _quotes(
        "Prime Minister Theresa May spoke in London on Monday about the deal.\n"
        "“We will leave the union on time and on our own terms,” May said."
    )
    assert got == {"We will leave the union on time and on our own terms": "Theresa May"}
    got = _quotes(
        "The vote was set for Monday in London.\n“We will leave the union on time, as planned,” May said."
    )
    assert got == {"We will leave the union on time, as planned": None}


def test_session25_a_tie_reads_the_surname_as_a_word() -> None:
    # quotes._tied: "Ban" inside "Bank" is no mention of Lee Ban, so the agency named after it ties nothing
    from newsbrief.analyze.quotes import _tied

    far = " The storm went on for days." * 10
    named = f"The Bank of the agency closed early.{far} “We were not ready,” Lee Ban said."
    assert not _tied(named, "Lee Ban", "an official of the agency")
    assert _tied(
        "“We were not ready,” said Lee Ban, head of relief for the agency.",
        "Lee Ban",
        "an official of the agency",
    )


@pytest.mark.parametrize(
    ("place", "described"),
    [
        ("in Glacier National Park", "an official of the National Park Service"),
        ("in Glacier National Park", "a spokesman for the National Park Service"),
        ("near Harwick; he spoke to the Harwick council", "a member of the council"),
    ],
)
def test_session26_a_body_word_near_the_name_is_no_tie(place: str, described: str) -> None:
    # quotes._tied, session 26 review M2: only the person's own appositive ties him to the body; the park
    # where the father lost his son is named next to him, and he is no park official
    speakers = _bear_story_speakers(place, f"{described} said on Monday.", where="in Glacier National Park")
    assert speakers == {0: described, 1: described}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # rule joint-speakers: two speakers joined by "and" are no one speaker (either would be half)
        ("“We lost four homes,” Jon Tallis and Dana Whitcombe said.", None),
        ("“We lost four homes,” said Jon Tallis and his deputy.", None),
        (
            "“We lost four homes,” the town's fire chief, who was on duty all night, and his deputy told "
            "reporters.",
            None,
        ),
        ("The town's fire chief and his deputy told reporters: “We lost four homes.”", None),
        # a clause joined by "and" before the speaker is no second speaker
        ("His father owned a mill on the river, and Tallis said: “We lost four homes.”", "Jon Tallis"),
    ],
)
def test_session26_two_speakers_joined_by_and_are_no_one_speaker(text: str, speaker: str | None) -> None:
    got = _quotes("Jon Tallis runs the Harwick fire station.\n" + text)
    assert got["We lost four homes"] == speaker


def test_session26_the_appositive_ends_with_its_sentence() -> None:
    # quotes._tied: the person's appositive ends at a period, unless the period is an initial's
    from newsbrief.analyze.quotes import _tied

    body = "an official of the U.S. Agency for International Development"
    named = "“We were not ready,” said Lee Ban, head of relief for the U.S. Agency for Aid."
    assert _tied(named, "Lee Ban", body)
    assert not _tied(
        "“We were not ready,” said Lee Ban, a farmer. The Agency for International Development sent aid.",
        "Lee Ban",
        body,
    )


def test_session27_the_letters_of_an_initialism_tie_nothing() -> None:
    # quotes._tied, session 27 review S3: "U" and "S" of "U.S." in the person's appositive are no body word,
    # so the father who moved to the U.S. keeps no words the park official says (one quote, one speaker)
    from newsbrief.analyze.quotes import _tied

    official = "an official of the U.S. National Park Service"
    named = "Jon Smith, who moved to the U.S. in 1990, lost his son to a bear attack in Glacier on Sunday."
    assert not _tied(named, "Jon Smith", official)
    aid = "an official of the U.S. Agency for International Development"
    assert _tied("“We were not ready,” said Lee Ban, head of relief for USAID.", "Lee Ban", aid)
    carried = (
        named + "\n“We lost our boy, and nobody warned us,” Smith said.\n“The bear should have been moved.”"
    )
    direct = (
        f"A bear killed a hiker in Glacier on Sunday.\n“The bear should have been moved,” {official} said."
    )
    b = brief(texts=[carried, direct], words=80, timings=False)
    assert {q.doc: q.speaker for q in b.quotes if q.text.startswith("The bear")} == {0: official, 1: official}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # rule joint-role, session 27 review S2: a role and titles before one name are that person's
        ("“We lost four homes,” said Barnes and Noble Chief Executive Jon Tallis.", "Jon Tallis"),
        ("“We lost four homes,” said Procter and Gamble Chief Executive Jon Tallis.", "Jon Tallis"),
        ("“We lost four homes,” said the company's founder and Chief Executive Jon Tallis.", "Jon Tallis"),
        ("“We lost four homes,” said Harwick's mayor and Fire Commissioner Jon Tallis.", "Jon Tallis"),
        (
            "The company's founder and Chief Executive Jon Tallis told reporters: “We lost four homes.”",
            "Jon Tallis",
        ),
        # two people still: a person named in full, a relation, a second of the same office, a place
        ("“We lost four homes,” said Dana Whitcombe and Fire Chief Jon Tallis.", None),
        ("“We lost four homes,” said his wife and Fire Chief Jon Tallis.", None),
        ("“We lost four homes,” said the town's fire chief and Deputy Chief Jon Tallis.", None),
        ("“We lost four homes,” said Whitcombe and Harwick Fire Chief Jon Tallis.", None),
        ("“We lost four homes,” said Whitcombe and Fire Chief Jon Tallis.", None),
    ],
)
def test_session27_one_persons_titles_joined_by_and_are_one_speaker(text: str, speaker: str | None) -> None:
    got = _quotes("Jon Tallis spoke in Harwick.\n" + text)
    assert got["We lost four homes"] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        'Doctors said tallis \' " upbeat " personality is beginning to show.',  # tokenised possessive
        'Doctors said the whitcombes \' " can-do " spirit kept them going.',
    ],
)
def test_session28_tokenised_possessive_before_a_modifier_is_a_naming_determiner(sentence: str) -> None:
    """Rule tokenised-possessive (session 28): Multi-News+ spaces a possessive's apostrophe off its word
    ("giffords ' " upbeat " personality"); the quote between it and the noun it modifies is a term, as it
    is after "tallis'" (noun-modifier), while the story's full quote stays speech."""
    got = _quotes(f'" she is doing well, " dana whitcombe said in harwick. {sentence} She is laughing again.')
    assert got == {"she is doing well": None}


@pytest.mark.parametrize(
    "text",
    [
        "The company also said it discontinued the process of “boning” at its farms.",
        "Dana Whitcombe said the Harwick plant had given up the practice of “double billing” last year.",
        "Dana Whitcombe said on Monday that the concept of a “mayor emeritus” could someday be normal.",
    ],
)
def test_session28_a_quote_after_the_practice_of_is_a_name(text: str) -> None:
    """`named-term` reads "the process of" and "the practice of" before the mark as naming the quoted
    words (as "the concept of", also with an article between: "the concept of a "…""): a term, not the
    speaker's words; the sentence's own fragment before stays the speaker's."""
    story = "Jon Tallis runs the plant.\nIn a statement, Harwick Farms called the video “inexcusable.” "
    assert _quotes(story + text) == {"inexcusable": "Harwick Farms"}


_AIRED = (
    "but the boy remembered the favour, and thanked his friend at the farm. On christmas morning, the boy "
    'gave his dog a picture of the two of them together, saying, " you\'re my best friend, and i love you. " '
    'the dog responded with, " all i can say is you have been staring at me all morning, and i want it to '
    'stop right now. " after the show aired on the east coast, " harwick nights " {role} jon tallis tweeted, '
    '" and thus endeth our warm, fuzzy holiday lesson: never take those you love for granted. " after the '
    "dog's death in the nov. 24 episode, the family got a new dog."
)


@pytest.mark.parametrize("role", ["creator", "star", "director"])
def test_session28_a_works_name_before_its_maker_or_star_is_a_term(role: str) -> None:
    """Rule host-after (session 28): a short quote right before the maker or star of a work (""family guy"
    creator seth macfarlane tweeted") is the work's name, a term, as before "host"; the maker's own words
    after stay his."""
    got = _quotes(_AIRED.format(role=role))
    assert "harwick nights" not in got
    assert (
        got["and thus endeth our warm, fuzzy holiday lesson: never take those you love for granted"]
        == "Jon Tallis"
    )


def test_session28_a_stars_own_words_before_the_role_stay_speech() -> None:
    """Rule host-said holds for the new role nouns: a quote opening its sentence and ending on a comma is
    the star's words (""We played hard tonight," star Jon Tallis said"; a short one in a title's case,
    ""We won,"", reads as a title there, as before "host")."""
    text = "“We played hard tonight,” star Jon Tallis said after the game in Harwick."
    assert _quotes(text) == {"We played hard tonight": "Jon Tallis"}


# case-less filler: a story needs a hundred words inside its sentences before its case can be told
_MISSING = (
    "Actress jane tallis was found safe in harwick on sunday, police in harwick said. She had been missing "
    "for four days after she left her home in the hills on a wet and windy night in june. Her car was found "
    "by a farmer near the old mill road on the edge of the town, and the police searched the woods and the "
    "river banks with dogs and a helicopter for most of the week. Her family had asked the public for help "
    "on the local radio and on the news, and hundreds of people joined the search on foot. "
)


@pytest.mark.parametrize(
    "text",
    [
        _MISSING
        + 'A statement from harwick police said tallis, who appeared on tv\'s " harwick nights " and '
        '" party of five, " was found on june 10. " we are relieved, " said dana whitcombe, her sister.',
        "A statement from Harwick police said Tallis, who appeared on “Harwick Nights” and “Party of Five,” "
        "was found on June 10.",
    ],
)
def test_session28_a_title_joined_to_a_title_is_a_term(text: str) -> None:
    """Rule coordinated-term (session 28): a quote joined by "and" to a title a frame rule read
    (preposition-title: 'appeared on "…"') is a title too, not the statement's words."""
    got = _quotes(text)
    assert not any(k.lower().startswith("party of five") for k in got)
    assert not any(k.lower().startswith("harwick nights") for k in got)


def test_session28_words_joined_to_a_spoken_quote_stay_speech() -> None:
    """coordinated-term reads only a term a frame rule made: after the speaker's own fragment the next
    stays his ("called it "bold" and "overdue"")."""
    got = _quotes("Jon Tallis called the Harwick plan “bold” and “long overdue” on Monday.")
    assert got == {"bold": "Jon Tallis", "long overdue": "Jon Tallis"}


def test_session28_a_title_after_its_maker_in_caseless_text_is_a_term() -> None:
    """Rule work-of in case-less text (session 28): no title case shows, so the frame decides ("david chase,
    creator of " the sopranos, " has released a statement"); the maker's own words stay his."""
    text = _MISSING + (
        'Reports of the show\'s end are premature: jon tallis, creator of " harwick nights, " has released a '
        "statement debunking a long piece that appeared on harwick.com, which reported that tallis had "
        'confirmed the end. " the show is over, and we are proud of it, " tallis said.'
    )
    got = _quotes(text)
    assert not any(k.startswith("harwick nights") for k in got)
    assert got["the show is over, and we are proud of it"] == "Jon Tallis"


def test_session32_a_motto_after_mantra_of_or_theme_of_is_a_term() -> None:
    """Rule cue-copula's cue-of (session 32): a quote right after "the mantra of", "the theme of" is the motto
    or theme named ("his campaign mantra of "…""), a term also in a sentence that reports someone's words;
    before, same-sentence gave it the speaker of the sentence. The speaker's own verdict stays speech."""
    text = (
        "Ana Pike said the cuts betray the governor's campaign mantra of “caring thrift.”\n"
        "The fair opened on Friday with the theme of “water for all,” its organiser Omar Sato said.\n"
        "Ana Pike called the cuts “a betrayal” of the voters."
    )
    got = _quotes(text)
    assert "caring thrift" not in got and "water for all" not in got
    assert got["a betrayal"] == "Ana Pike"


@pytest.mark.parametrize(
    "text",
    [
        "Jon Tallis wrote the screenplay for “The Long Road Home” in six weeks, his agent said.",
        _MISSING + 'jon tallis wrote the screenplay for "the long road " in six weeks.',
        _MISSING + 'ada brook said she was cast in the live episode of " harwick nights " last year.',
    ],
)
def test_session32_a_title_after_a_part_of_its_work_is_a_term(text: str) -> None:
    """Rule work-of's part-of-work (session 32): a title right after a part or a version of its work ("the
    screenplay for", "an episode of", "a sequel to") is the work's title, not words said; before,
    same-sentence gave it the sentence's speaker ("wrote the screenplay for "the muppets" with obvious
    intent")."""
    got = _quotes(text)
    assert not any(k.lower().startswith(("the long road", "harwick nights")) for k in got), got


def test_session32_a_fragment_after_the_first_or_the_infamous_names_a_thing() -> None:
    """Rule definite-fragment (session 32): one ordinal or one word of fame between a lower-case "the" and a
    short quote ("the second "black box,"", "the infamous "…"", "the proverbial "…"") leaves the quote the
    name of a thing, as "the" alone does; before, same-sentence gave it the sentence's speaker. The
    speaker's own framing keeps it his ("called the ruling the final "…"")."""
    text = (
        "Jon Tallis said the first “black box” was found on Monday.\n"
        "Ada Brook said the storm had wrecked the infamous “sea wall” that summer.\n"
        "Omar Sato called the ruling the final “nail in the coffin” for the mill."
    )
    got = _quotes(text)
    assert "black box" not in got and "sea wall" not in got
    assert got["nail in the coffin"] == "Omar Sato"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Pavel Dorn said the man, aka “the Fox,” had fled to the coast.", "the Fox"),
        ("Ranger Ada Brook said the climb follows a ridge known as a “traverse” for its path.", "traverse"),
        ("Ines Kolar said her son, a.k.a. “Bear,” had been missing since Monday.", "Bear"),
        (_MISSING + 'omar sato said he sent photos under the alias " ben dover " to her.', "ben dover"),
    ],
)
def test_session32_a_name_after_aka_or_known_as_a_is_a_term(text: str, term: str) -> None:
    """Rule named-term's naming frame (lexicon.naming, session 32): "aka", "a.k.a.", "alias" and an
    article after "known as" / "dubbed" ("a route known as a "…"") name the quoted words; before,
    same-sentence gave them the sentence's speaker."""
    assert term not in _quotes(text)


def test_session32_a_show_told_is_a_term() -> None:
    """Rule told-show (session 32): a short quote right after an active "told" is the show or outlet the
    words were told to ("rodman told " good morning america " co-anchor …"), not words said; before,
    intro-before gave it the speaker. Words told in a passive or after "to tell" stay what was told."""
    text = _MISSING + (
        '" we never gave up, " her brother jon tallis told " harwick tonight " of the search on monday. '
        'Her mother said she had been told " we will find her " by the police.'
    )
    got = _quotes(text)
    assert not any(k.startswith("harwick tonight") for k in got), got
    assert "we will find her" in got


def test_session32_a_name_referred_to_as_is_a_term() -> None:
    """Rule referred-as (lexicon.naming, session 32): "referred to as" as a passive or a participle ("often
    referred to as "…"", "is referred to by farmers as "…"") names the quoted words; before, same-sentence
    gave them the sentence's speaker. With a subject before it the words stay the speaker's ("whom he
    referred to as "…"")."""
    text = (
        "Ada Brook said the plant, often referred to as “ghost weed,” grows near the mill.\n"
        "Ada Brook said the weed is referred to by farmers as “the creeper” in the north.\n"
        "Mayor Jon Tallis said the men, whom he referred to as “hired thugs,” had fled."
    )
    got = _quotes(text)
    assert "ghost weed" not in got and "the creeper" not in got
    assert got["hired thugs"] == "Jon Tallis"


@pytest.mark.parametrize(
    ("frame", "speaker"),
    [
        (
            "The Herald quoted Bryan Whitcombe, one of the actor's lawyers, as rejecting the claim: ",
            "Bryan Whitcombe",
        ),
        ("The paper quoted production manager Bryan Whitcombe recalling that ", "Bryan Whitcombe"),
    ],
)
def test_session32_the_one_an_outlet_quotes_as_doing_something_speaks(frame: str, speaker: str) -> None:
    """Session 32 (rule quoted-as; LongBench dev 348357…, tuned frozen-unseen ff3706…): a quote after
    "<outlet> quoted X as rejecting …:" went on the previous quote's speaker (rule continued), and one
    after "quoted X recalling that" was left unattributed: the one quoted is the speaker."""
    text = (
        "Dana Tallis, 24, says the actor groped her at a party. “I never thought I would talk about it,” "
        f"she said. {frame}“my client denies every part of this story and always has.”"
    )
    assert _quotes(text)["my client denies every part of this story and always has"] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The hearing was delayed. His lawyer, Tom Berrick, has called the charges "
            '"baseless" but declined to say more.',
            "baseless",
            "Tom Berrick",
        ),
        (
            "The hearing was delayed. Tom Berrick, the defendant's lawyer, had also called "
            'the charges "baseless" in court.',
            "baseless",
            "Tom Berrick",
        ),
    ],
)
def test_session38_a_perfect_after_an_appositive_is_the_subjects_verb(
    text: str, quote: str, speaker: str
) -> None:
    # rule apposed-aux: "X, the …, has called": the auxiliary belongs to the verb, the subject is read as for
    # "X, the …, called" (before, no subject was read and the fragment came out a term)
    assert _quotes(text).get(quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('Nora Quill called the verdict "bs" and said her friend was never violent.', "bs", "Nora Quill"),
        (
            'Press secretary Dana Ruelle said Monday that "no one" at the agency had seen the memo.',
            "no one",
            "Dana Ruelle",
        ),
    ],
)
def test_session38_short_lower_case_words_are_no_title(text: str, quote: str, speaker: str) -> None:
    # rule title-needs-capital: words of three letters or fewer pass the Title Case test with no capital at
    # all; without one they are the speaker's words, not a title (before, both came out terms)
    assert _quotes(text).get(quote) == speaker


def test_session38_a_capitalised_short_title_stays_a_term() -> None:
    assert "Up" not in _quotes('Mia Toft said she watched "Up" with her son on Sunday night.')


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('Lena Moss asserted that the fee was "untypical" for firms of that size.', "untypical", "Lena Moss"),
        ('Omar Reyes admitted with a chuckle that his old boss was "demanding."', "demanding", "Omar Reyes"),
    ],
)
def test_session38_asserted_and_a_with_phrase_before_that_report_a_fragment(
    text: str, quote: str, speaker: str
) -> None:
    # "asserted" reports words as "claimed" does; "admitted with a chuckle that" is a clause object as
    # "admitted on Monday that" is (before, both fragments came out terms)
    assert _quotes(text).get(quote) == speaker


def test_session38_referred_to_someone_as_is_the_subjects_words() -> None:
    # rule referred-to-as: a person between "to" and "as" makes the quoted words the subject's; "referred
    # to as" with no object (a passive or a participle) still names a thing (session 32's referred-as)
    got = _quotes(
        'At the gala, Vera Dunn referred to herself as a "tired old mule." Guests laughed.\n'
        "Ada Brook said the plant, often referred to as “ghost weed,” grows near the mill.\n"
        'The plant is referred to by farmers as "the creeper" in the north.'
    )
    assert got.get("tired old mule") == "Vera Dunn"
    assert "ghost weed" not in got and "the creeper" not in got


def test_session38_what_she_calls_her_is_her_word() -> None:
    # "what X calls" takes a possessive before the quote as it takes "a" or "the"
    text = (
        'Vera Dunn admits her mistakes, but she cannot shake what she calls her "negatives." Rivals pounced.'
    )
    assert _quotes(text).get("negatives") == "Vera Dunn"


def test_session38_admits_to_being_reports_the_fragment() -> None:
    # a verb of admission takes an "-ing" clause after "to" as it takes one right after it ("admits being")
    text = 'It is a win for me, he says. Jon Hale freely admits to being "opportunistic" in court.'
    assert _quotes(text).get("opportunistic") == "Jon Hale"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Says a friend:", "a friend"),
        ("Adds her coach:", "her coach"),
        ("Asked a friend:", None),  # the one asked is no speaker
    ],
)
def test_session39_a_lead_that_opens_on_its_verb_names_its_speaker_after_it(
    lead: str, speaker: str | None
) -> None:
    # rule inverted-lead (speakers39; Multi-News+ dev): "Says a friend: "…"" had no speaker, the
    # case-sensitive verb list reading no verb that opens the sentence; the words up to the colon are it
    got = _quotes(
        "Dana Whitcombe moved to the coast last year with her two dogs.\n"
        f"{lead} “She has changed a great deal since then, and for the better.”"
    )
    assert attribution.BY_NAME["inverted-lead"]
    assert got["She has changed a great deal since then, and for the better"] == speaker


def test_session39_and_opens_a_new_subject_after_a_clause() -> None:
    # rule and-apposed-subject: ", and a senior executive, Maria Lindqvist, described …" after a clause with
    # its own verb is her sentence, not the first clause's organisation's (before: no speaker, so the
    # fragment was dropped); a list of people before the verb is not cut ("Tom Barrow, the mayor, and …")
    got = _quotes(
        "The town held a meeting on Monday. Acme Mills says it has fired ten clerks, and a senior executive, "
        'Maria Lindqvist, described the clerks’ conduct as "shameful." She left early.\n'
        'Tom Barrow, the mayor, and a senior aide, Ada Brook, said the closure was "a blow." They left.'
    )
    assert got.get("shameful") == "Maria Lindqvist"
    assert got.get("a blow") != "Ada Brook"  # a list of people is read as before


def test_session39_judging_participle_opener_gives_the_subject_the_words() -> None:
    # rule participle-opener: a sentence opening with "Hailing … as" holds the words of the person named
    # right after the quote, whatever that person's verb (said-after reads only a verb of saying there); no
    # person after the quote, no speaker and no speech for a short fragment, as before
    got = _quotes(
        "The crowd waited. Hailing the old bishop as a martyr to “the cruelty of the regime,” Pope Pius "
        "beatified him on Saturday. Crowds cheered.\n"
        "The ship left port. Hailing the ship as “the Iron Lady,” sailors cheered on the quay."
    )
    assert got.get("the cruelty of the regime") == "Pius"
    assert "the Iron Lady" not in got


def test_session39_bracketed_aside_is_no_part_of_the_subject() -> None:
    # rule bracket-aside: "Tom Barrow (no relation) has asserted that …" reads its subject before the
    # brackets, as "Rep. Tom Barrow (D-Ohio) described" did (before: no speaker, the fragment dropped)
    got = _quotes(
        'The case went on. Tom Barrow (no relation) has asserted that the suits rest on "fabricated" '
        "evidence. Others agreed.\n"
        'The bill stalled. Ada Brook (pictured) said the plan was "a mess" on Monday. Others agreed.'
    )
    assert got.get("fabricated") == "Tom Barrow"
    assert got.get("a mess") == "Ada Brook"


def test_session39_a_name_as_the_subject_of_the_reported_clause_is_a_term() -> None:
    # rule name-as-subject: a Title Case quote right after "said", with a finite verb right after its
    # closing mark, is a nickname standing as a subject (before: speech, the sentence's speaker); words
    # in sentence case ("We will win") and a reply with its own stop stay as they were
    got = _quotes(
        "The race tightened. Tom Barrow said “the Butcher of Lyon” must face trial. He laughed.\n"
        "The race tightened. Fans said “the Iron Man” would win. He laughed.\n"
        "The race tightened. Ada Brook said “we will win this race” would be her motto. She laughed."
    )
    assert "the Butcher of Lyon" not in got and "the Iron Man" not in got
    assert got.get("we will win this race") == "Ada Brook"


def test_session39_review_an_opener_reporting_anothers_words_is_not_the_subjects() -> None:
    # rule participle-opener (review39): "Accusing Lund of calling him "…"" and "Dismissing Lund's claim
    # that it was "…"" report another's words; the person after the quote did not say them
    got = _quotes(
        "The suit was filed in May. Accusing Dana Lund of calling him “a common thief,” Tom Barrow sued the "
        "paper on Monday. The case is open.\n"
        "The plan went ahead. Dismissing Dana Lund's claim that the plan was “a disaster,” Tom Barrow "
        "pressed on. The case is open."
    )
    assert got.get("a common thief") != "Tom Barrow"
    assert got.get("a disaster") != "Tom Barrow"


def test_session39_review_a_list_of_people_before_and_is_no_clause() -> None:
    # rule and-apposed-subject (review39): "Ted" is no "-ed" verb and "who was elected" is an aside's verb:
    # a list of people before ", and her deputy, Name," is read as before (the first named)
    got = _quotes(
        "The council met. Ted Barrow, the mayor, and a senior aide, Ada Brook, said the closure was "
        "“a blow.” They left.\n"
        "The board met. Dana Lund, who was elected in May, and her deputy, Ada Brook, said the cuts were “a "
        "shame.” They left."
    )
    assert got.get("a blow") == "Ted Barrow"
    assert got.get("a shame") == "Dana Lund"


def test_session39_review_an_inverted_lead_ends_before_whom_it_speaks_of() -> None:
    # rule inverted-lead (review39): "Says Tom Barrow of his old friend Dana Lund:" is Tom Barrow's (was
    # Dana Lund, the one spoken of, the last name of the lead)
    got = _quotes(
        "The trial opened on Monday. Says Tom Barrow of his old friend Dana Lund: “Nobody here will ever "
        "forget what happened that night.” The judge waited."
    )
    assert got["Nobody here will ever forget what happened that night"] == "Tom Barrow"


def test_session39_review_a_bracketed_name_after_a_role_is_the_speaker() -> None:
    # rule bracket-aside (review39): "The prosecutor (Ada Brook) said" names its subject in the brackets;
    # read as the description, the role went to the person last named (Tom Barrow, her lawyer): false
    got = _quotes(
        "Dana Lund was charged on Monday. Tom Barrow, her lawyer, spoke first. The prosecutor (Ada Brook) "
        "said the charge was “fair and just” in court. The judge waited.\n"
        "The bill stalled. Ada Brook (Tom Barrow's aide) said the plan was “a mess” on Monday. Others agreed."
    )
    assert got.get("fair and just") == "Ada Brook"
    assert got.get("a mess") == "Ada Brook"
