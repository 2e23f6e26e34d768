"""Session 17 (issue 15): every speaker comes from a row of one table of named rules, and the brief says
which (`Quote.speaker_rule`, `speaker_rule` in the JSON), so a reader can check the evidence."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from newsbrief import brief
from newsbrief.analyze import attribution, coreference, find_entities, known_speakers, quotes
from newsbrief.model import RawDoc
from newsbrief.pipeline import prepare_story
from newsbrief.render import render
from newsbrief.render.json import from_dict
from newsbrief.schema import schema


def _rules(*texts: str) -> dict[str, tuple[str | None, str | None]]:
    b = brief(texts=list(texts), words=40, timings=False)
    return {q.text.strip(" ,."): (q.speaker, q.speaker_rule) for q in b.quotes}


def test_speaker_rule_table_is_ordered_and_named() -> None:
    names = [r.name for r in coreference.SPEAKER_RULES]
    assert names[0] == "joint-speakers" and names[-1] == "description"
    assert len(set(names)) == len(names)


# the session 16 rules, once branches inside coreference, each named on the quote it decides (the texts
# are those of their session 16 tests)
SESSION16 = [
    (
        "family-surname",
        [
            "Autumn Veatch, 16, called her father, David Veatch, from a hospital on Monday.\n"
            "The small plane she had been traveling in had crashed in the North Cascades on Saturday.\n"
            "Autumn had walked for two days before she reached a road.\n"
            "Veatch was taken to a hospital in Brewster, officials said.\n"
            "Autumn asked for food when her father arrived late Monday.\n"
            "“I hear there’s one down the hill,” "
            "Veatch said."
        ],
        "I hear there’s one down the hill",
        "David Veatch",
    ),
    (
        "name-after-title",
        [
            "The inmate had been on death row for 21 years.\n“At no time did we prevent or prohibit him from "
            "calling the Canadian Embassy,” former Gregg County District Attorney Odis Hill told The "
            "Associated Press."
        ],
        "At no time did we prevent or prohibit him from calling the Canadian Embassy",
        "Odis Hill",
    ),
    (
        "possessive-apposition",
        [
            "Joseph Faulder was granted a stay on Thursday.\nFaulder's niece, Barbara Allen, 39, of Jasper, "
            "Alberta, said she was “very happy and quite relieved tonight” about the stay."
        ],
        "very happy and quite relieved tonight",
        "Barbara Allen",
    ),
    (
        "origin-firm",
        [
            "Quebec votes on Monday.\n“Generally speaking, people feel better economically,” said Jean-Marc "
            "Leger of the Quebec polling firm Leger & Leger."
        ],
        "Generally speaking, people feel better economically",
        "Jean-Marc Leger",
    ),
    (
        "demonstrative-source",
        [
            "A Clinton administration official acknowledged that the embassy in Kenya had received a "
            "specific warning.\n“It is embarrassing and very sad for all of us,” this official said."
        ],
        "It is embarrassing and very sad for all of us",
        "A Clinton administration official",
    ),
    (
        "adverb-before-verb",
        [
            "Asked whether people were getting fair trials, Gov. George Bush quickly and succinctly "
            "responded, “That's what the appellate process is for in this state.”"
        ],
        "That's what the appellate process is for in this state",
        "George Bush",
    ),
    (
        "place-object",
        [
            "NASA plans a mission to Europa.\nDr. Ronald Greeley of Arizona State University in Tempe, a "
            "member of the Galileo science team, said, “The likelihood is that, yes, there are liquid oceans "
            "on Europa.”"
        ],
        "The likelihood is that, yes, there are liquid oceans on Europa",
        "Ronald Greeley",
    ),
    (
        "first-word-here",
        [
            "Li Hongzhi, the founder of Falun Gong, lives in New York. Li Hongzhi has not spoken since "
            "July.\nLi Hongzhi's followers marched in Beijing.",
            "Li Boyong, a delegate to the congress, said deepening reforms in state-owned enterprises will "
            "bring about certain pressure on employment in urban areas in China, but it is within the "
            "handling capacity of the society, and is far from touching off any social unrest in the cities "
            "or in the countryside, where millions of peasants have become idle.\n“But no such disastrous "
            "outcome as predicted by some overseas figures will go off,” Li emphasized.",
        ],
        "But no such disastrous outcome as predicted by some overseas figures will go off",
        "Li Boyong",
    ),
]


@pytest.mark.parametrize(("rule", "texts", "quote", "speaker"), SESSION16, ids=[c[0] for c in SESSION16])
def test_session17_each_session16_rule_is_named_on_the_quote_it_decides(
    rule: str, texts: list[str], quote: str, speaker: str
) -> None:
    assert _rules(*texts)[quote] == (speaker, rule)


def test_session17_the_speaker_rule_names_the_row_or_the_attribution_rule() -> None:
    q = _rules(
        "“The bridge will open in May,” said engineer Tova Lind. “It will carry 4,000 cars a day.”\n"
        "Lind spoke on Monday. “We are on time and on budget for the whole project,” she said."
    )
    assert q["The bridge will open in May"] == ("Tova Lind", "name-in-phrase")
    assert q["It will carry 4,000 cars a day"] == ("Tova Lind", "continued")  # an attribution rule's own
    assert q["We are on time and on budget for the whole project"] == ("Tova Lind", "pronoun-antecedent")
    known = {r.name for r in attribution.RULES} | {r.name for r in coreference.SPEAKER_RULES}
    assert {rule for _, rule in q.values()} <= known


def test_session17_speaker_rule_is_in_the_json_and_reads_back() -> None:
    b = brief(
        texts=["Storm Elsa closed three schools.\n“We had no choice with the roads under water,” said head "
               "teacher Maya Collins."],
        words=40,
        timings=False,
    )  # fmt: skip
    data = json.loads(render(b, "json"))
    jsonschema.validate(data, schema())
    assert [q["speaker_rule"] for q in data["quotes"]] == ["name-in-phrase"]
    assert from_dict(data).quotes == b.quotes
    # a brief saved before session 17 (no speaker_rule) still reads
    for q in data["quotes"]:
        del q["speaker_rule"]
    jsonschema.validate(data, schema())
    assert from_dict(data).quotes[0].speaker_rule is None


# case-less text, as Multi-News+ writes it: names lower-cased, a capital only where a sentence seems to open
_SCHOOL = (
    "A class assignment at roberts middle school in cuyahoga falls is causing a stir among families. Last "
    "week students in an eighth grade social studies class were told to choose who should survive an "
    "apocalypse on earth from a list of twelve people. It was an assignment called whom to leave behind. "
    "The district said on monday that the lesson was part of a unit on ethics, and that its teachers would "
    "talk with every family that was upset by it. Some parents said they would raise it at the next meeting "
    "of the school board. "
)
_HARTMAN = (
    'Parents say the assignment is insensitive. " what does being female have to do with it, " said '
    "bernadette hartman. hartman says her son received the assignment in an eighth grade social studies "
    "class last week. It left her at a loss for words, and she says it made her son feel uncomfortable "
    "about going back to class."
)


def test_session17_a_quote_opening_after_a_full_stop_opens_a_sentence() -> None:
    """Session 17 (Multi-News+ train, the WRITE half of a seeded sample: 2 wrong speakers there, 3 in the
    CHECK half, all now none): in case-less text the splitter keeps "… for middle schoolers. " what does …"
    in one sentence, so "Parents say" was read as the quote's speaker (it is "said bernadette hartman" after
    it, whom case-less text does not let the rules name). A full stop and a space before a quotation's opening
    mark end a sentence (rule quote-opens-sentence); an abbreviation's full stop does not."""
    q = _rules(_SCHOOL + _HARTMAN)
    # speech, never "Parents"; session 21: the entity pass reads "bernadette hartman" ("hartman says":
    # analyze/caseless.py, rule confirmed-pair), so the quote is hers
    # session 36: "bernadette" is a listed first name now, so rule caseless-name reads the same speaker first
    assert q["what does being female have to do with it"] == ("Bernadette Hartman", "caseless-name")
    cased = _rules(
        "The board met on Monday. Parents say the plan is unfair to the youngest children. "
        '"what does her faith have to do with any of it," she asked.'
    )
    assert cased["what does her faith have to do with any of it"][0] is None  # was "Parents"
    kept = _rules(
        'Bill Lee met Sen. "Smiling" Jim Hatch on Monday. "We agreed on every point today," Lee said.'
    )
    assert kept["We agreed on every point today"][0] == "Bill Lee"


def test_session17_according_to_after_a_speakers_own_verb_names_the_report_not_the_speaker() -> None:
    """Session 17 (Multi-News+ train, WRITE half): "At least one onlooker yelled, "don't choke him!"
    according to the washington post" gave the words to the Post. "according to" after a quote that a
    speaker's own verb leads into names where it was reported (rule according-to-report); without such
    a verb it still names the source."""
    q = _rules(
        "A crowd gathered outside the hall on Saturday.\nA protester was punched after he was tackled.\n"
        "At least one onlooker yelled, “Don't choke him! Don't choke him!” according to The Washington Post."
    )
    assert q["Don't choke him! Don't choke him!"][0] is None
    q = _rules(
        "A crowd gathered outside the hall on Saturday.\n“We saw him fall to the ground outside the hall,” "
        "according to Ann Lee, a witness."
    )
    assert q["We saw him fall to the ground outside the hall"][0] == "Ann Lee"


def test_session17_in_caseless_text_a_first_name_and_surname_at_the_verb_is_the_speaker() -> None:
    """Session 17 (Multi-News+ train, WRITE half: 21 of 90 evident but unattributed quotes; CHECK half: 7
    quotes, all right): case-less text shows no capitals, so no name was read and "…," said neighbor
    janice palm" had no speaker. Next to the verb after the quote, a known first name and the word after it
    are a person's name (rule caseless-name); so is one word the document writes after a known first name,
    one person only ("matthew cordle" … "cordle said")."""
    q = _rules(
        _SCHOOL + '" the neighbors went to her and said please this is causing a problem, " said neighbor '
        "janice palm. The school said it would look into the matter."
    )
    assert q["the neighbors went to her and said please this is causing a problem"] == (
        "Janice Palm",
        "caseless-name",
    )
    q = _rules(
        _SCHOOL + "Dressed in a green prison uniform, 22-year-old matthew cordle addressed the courtroom. "
        '" whatever my sentence may be, the true punishment is living, " cordle said.'
    )
    assert q["whatever my sentence may be, the true punishment is living"] == (
        "Matthew Cordle",
        "caseless-name",
    )


def test_session17_a_caseless_surname_of_two_possible_people_names_no_one() -> None:
    """Session 17 (Multi-News+ train, WRITE half): "jose antonio elena rodriguez, 16" (the son) …
    "rodriguez said" (his mother) gave "Elena Rodriguez": a first name after another name word is inside a
    longer name, and a surname after a word no list holds may be anyone's; then no speaker."""
    q = _rules(
        _SCHOOL + "Jose antonio elena rodriguez, 16, was walking along a street in his hometown of nogales. "
        'Rodriguez said she had gotten no answers. " i want to know who these people were, " rodriguez said.'
    )
    assert q["i want to know who these people were"] in (
        (None, "unattributed"),
        (None, "unread-speaker"),
    )  # speech, no speaker


def test_session17_a_caseless_name_starts_no_pronoun_chain() -> None:
    """Session 17 (Multi-News+ train, WRITE half): after "…," said gerald joyce", "president obama asked
    … He said the new development raised "genuine concerns"" went to Joyce: in case-less text the people
    named between (obama) cannot be seen, so a name read by caseless-name is no antecedent of a pronoun.
    Session 21: the entity pass reads "president obama" (analyze/caseless.py, rule titled-name), so "He"
    is Obama, the person named between, and still never Joyce."""
    q = _rules(
        _SCHOOL + '" it is very powerful to be able to own every letter in a genome, " said gerald joyce, a '
        "biologist. In response, president obama asked the commission to complete a study within six months. "
        'He said the new development raised " genuine concerns about the future, " though he said no more.'
    )
    assert q["it is very powerful to be able to own every letter in a genome"][0] == "Gerald Joyce"
    assert q["genuine concerns about the future"][0] == "Obama"


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ("said mary jane smith.", None),
        ("said john paul jones.", None),
        ("said sarah jessica parker.", None),
        ("mary jane smith said.", None),
        ("said lawyers representing john smith.", None),
        # session 21: the title abbreviation is a name word and the title before the name a role-before-name:
        # the governor himself, never "Virginia Gov"
        ("said virginia gov. terry mcauliffe.", "Terry McAuliffe"),
        ("said neighbor janice palm.", "Janice Palm"),
    ],
)
def test_fixV_a_caseless_name_is_only_a_name_after_a_role_or_title(tail: str, speaker: str | None) -> None:
    """Session 17 review (fixV): rule caseless-name read "…," said mary jane smith" as Jane Smith, "said
    lawyers representing john smith" as John Smith (the lawyers spoke) and "said virginia gov. terry
    mcauliffe" as Virginia Gov: only a determiner, role, title or age may come before the first name, and
    a title is no surname. Unattributed is better than wrong."""
    q = _rules(_SCHOOL + '" we will keep fighting for the children of this town, " ' + tail)
    assert q["we will keep fighting for the children of this town"][0] == speaker


def test_fixV_a_naming_verb_opens_no_speech() -> None:
    """Session 17 review (fixV): rule speech-opens took "called:" as a verb of saying, so the title in
    "His new novel is called: "The Long Road Home."" was speech: a naming verb opens none."""
    q = _rules(
        "The author spoke to reporters on Monday in Boston.\nHis new novel is called: “The Long Road Home.” "
        "It comes out in May."
    )
    assert "The Long Road Home" not in q


def test_fixV_according_to_after_an_organisations_intro_names_no_one() -> None:
    """Session 17 review (fixV): rule according-to-report left "The Tribune reported, "…," according to
    Mayor John Smith" to the intro, which named the Tribune: an intro whose subject is an organisation
    and no person leaves the quote speech with no speaker."""
    q = _rules(
        "The author spoke to reporters on Monday in Boston.\nThe Tribune reported, “The plan will cost the "
        "city far more than anyone expected,” according to Mayor John Smith."
    )
    assert q["The plan will cost the city far more than anyone expected"][0] is None


def test_fixV_every_speaker_rule_of_the_rule_tests_is_named_in_one_tuple() -> None:
    """Session 17 review (fixV): `speaker_rule` takes values beyond the two tables (role-last-named,
    subject-head, one-speaker, …): quotes.SPEAKER_RULE_NAMES lists every one."""
    assert len(set(quotes.SPEAKER_RULE_NAMES)) == len(quotes.SPEAKER_RULE_NAMES)
    for _, texts, _, _ in SESSION16:
        for _, rule in _rules(*texts).values():
            assert rule in quotes.SPEAKER_RULE_NAMES


@pytest.mark.shared
@pytest.mark.slow  # analyses every tuning story
def test_fixV_every_speaker_rule_on_the_tuning_files_is_named_in_one_tuple(shared, monkeypatch) -> None:
    import label_scoring as labels

    seen: set[str | None] = set()
    attributed = quotes.attributed

    def spy(*args, **kwargs):
        found, repeats = attributed(*args, **kwargs)
        seen.update(q.speaker_rule for _, q in found)
        return found, repeats

    monkeypatch.setattr(quotes, "attributed", spy)
    bench = Path(__file__).resolve().parents[1] / "bench" / "labels"
    for name in TUNING:
        labels.evaluate(labels.load(bench / f"{name}.json", shared), "rules")
    assert seen and seen <= set(quotes.SPEAKER_RULE_NAMES)


TUNING = ("analysis", "heldout", *(f"frozen{k}-unseen" for k in ("", "3", "4", "5", "6", "7", "8")))


def test_a_surname_two_people_share_is_the_surname_as_written() -> None:
    """Rule surname-of-two (a blind reader's case, session 17): "Singer" after "Marty Singer, Bryan
    Singer's lawyer" is not the story's best-known Singer; with no speech subject to choose by, the brief
    says "Singer", as the text does, and a continued quote follows it."""
    got = _rules(
        "Director Bryan Singer has been named in a new lawsuit filed in Los Angeles on Monday.\n"
        "Marty Singer, Bryan Singer's lawyer, has accused the plaintiff's attorney of reckless conduct.\n"
        "“Clearly, Mr. Herman doesn’t want to litigate this case,” Singer has said. “He just wants to "
        "hold press conferences and issue press releases for the media.”"
    )
    assert got["Clearly, Mr. Herman doesn’t want to litigate this case"] == ("Singer", "surname-of-two")
    continued = got["He just wants to hold press conferences and issue press releases for the media"]
    assert continued[0] == "Singer"


def test_a_surname_one_person_bears_is_still_their_full_name() -> None:
    got = _rules(
        "Director Bryan Singer has been named in a new lawsuit filed in Los Angeles on Monday.\n"
        "His lawyer has accused the plaintiff's attorney of reckless conduct.\n"
        "“Clearly, Mr. Herman doesn’t want to litigate this case,” Singer has said."
    )
    assert got["Clearly, Mr. Herman doesn’t want to litigate this case"][0] == "Bryan Singer"


# Session 18 (issue 15): rules from reading the WRITE half of twelve DUC 2006 dev topics (cased wire copy)
# sentences enough that the entity pass no longer gives a bare surname the full name written before it
_FILLER = "".join(
    f"The delegates met again on day {k} to discuss the platform and its planks.\n" for k in range(1, 16)
)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“We need a clear question and a clear majority,” said Prime Minister Jean Chretien last "
            "December.",
            "Jean Chretien",
        ),
        (
            "“They want to be separatist so nobody makes them do anything,” said Lina Jacques of nearby "
            "Lennoxville.",
            "Lina Jacques",
        ),
        (
            "“One in every three deaths in the sugar sector is caused by AIDS,” Director of Planning "
            "Kang'ethe Gitu in the ministry said.",
            "Kang'ethe Gitu",
        ),
    ],
)
def test_session18_a_place_or_time_after_the_name_leaves_the_name_the_speaker(
    sentence: str, speaker: str
) -> None:
    """Rule modifier-after-name: a phrase of place ("of nearby Lennoxville", "in the ministry") or of time
    ("last December") after a name modifies it; the name still heads the attribution phrase."""
    got = _rules("The debate went on in the provincial capital for a third week.\n" + sentence)
    assert [(who, rule) for who, rule in got.values()] == [(speaker, "modifier-after-name")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“It was a mistake,” investigators who questioned John Smith last week said.", "investigators"),
        ("“He was in good spirits,” friends who visited John Smith in the hospital said.", "friends"),
        ("“We heard a loud bang,” residents who saw John Smith last night said.", "residents"),
    ],
)
def test_session18_a_name_in_a_relative_clause_of_the_phrase_is_not_the_speaker(
    sentence: str, speaker: str
) -> None:
    """Rule relative-object: the name after "who"/"whom"/"that"/"which" in the attribution phrase is the
    object of that clause; modifier-after-name does not make it the speaker (reviewer finding 2)."""
    got = _rules("Police searched the house on Friday.\n" + sentence)
    assert [who for who, _ in got.values()] == [speaker]


def test_session18_a_bare_surname_is_the_one_person_this_article_named_in_full() -> None:
    """Rule surname-here: "Adams, Buchanan's spokesman, agreed" in an article that named "His spokesman, Bob
    Adams" first is Bob Adams, not Cathie Adams, whom only the story's other article names."""
    other = (
        "Cathie Adams, president of the Eagle Forum of Texas, criticized the convention on Thursday.\n"
        "“My heart is crying,” Cathie Adams wrote. Adams said she would pray for the delegates.\n"
        "Cathie Adams also said she would not leave the party."
    )
    here = (
        "Buchanan and other conservatives remain adamant. His spokesman, Bob Adams, said Buchanan had not "
        "abandoned the fight.\n"
        + _FILLER
        + "Adams, Buchanan's spokesman, agreed. “It hasn't come up, and we "
        "haven't been making it an issue,” he said."
    )
    got = _rules(other, here)
    assert got["It hasn't come up, and we haven't been making it an issue"][0] == "Bob Adams"


def test_session18_a_bare_surname_goes_to_the_full_name_here_unless_a_title_stands_before() -> None:
    """Rule surname-here moves a bare surname to the one person this article names in full with it
    (Chelsea Clinton, not the other article's Bill Clinton), but leaves it when the article also writes
    the surname after a title ("President Clinton"): the surname may stand for a person the reader knows
    without a full name."""
    other = "President Bill Clinton spoke in Chicago on Monday.\nBill Clinton said the economy was strong."
    here = "Chelsea Clinton visited the school on Tuesday.\n" + _FILLER
    quote = "“We are very proud of this school,” Clinton said."
    assert _rules(other, here + quote)["We are very proud of this school"] == (
        "Chelsea Clinton",
        "surname-here",
    )
    got = _rules(other, here + "President Clinton spoke later.\n" + quote)
    assert got["We are very proud of this school"][0] == "Bill Clinton"


@pytest.mark.parametrize(
    ("relative", "quote", "speaker"),
    [
        (
            "Cherie Blair, the prime minister's wife, visited a hospital on Tuesday.\n",
            "“We are making progress in Northern Ireland,” Blair said in the Commons.",
            "Tony Blair",
        ),
        (
            "Earl Woods, his father, watched from the gallery on Sunday.\n",
            "“I played well today,” Woods said.",
            "Tiger Woods",
        ),
        (
            "Teresa Heinz Kerry, his wife, visited a school on Tuesday.\n",
            "“We will win this election,” Kerry said.",
            "John Kerry",
        ),
    ],
)
def test_session18_a_bare_surname_is_not_moved_to_a_relative_named_here(
    relative: str, quote: str, speaker: str
) -> None:
    """Rule surname-here leaves a surname whose full name in this article stands by a family word ("Cherie
    Blair, the prime minister's wife"): the article names a relative of the surname's other bearer, whom
    another article names in full and who may go on by surname (reviewer finding 3)."""
    other = f"{speaker} spoke to reporters on Monday.\n{speaker} said the work would go on."
    got = _rules(other, relative + _FILLER + quote)
    assert next(iter(got.values()))[0] == speaker


def test_session18_he_after_his_relation_named_in_the_sentence_is_not_the_relation() -> None:
    """Rule relation-of-pronoun: "his longtime comedic partner Serge Theriault" inside a sentence about
    "him" is another man than the "he" who goes on speaking (Meunier); the same relation as the sentence's
    subject ("His lawyer, John Doe, said …") is still the antecedent."""
    got = _rules(
        "“Basically what makes Quebecers different is that we are trying to help our culture survive,” said "
        "Claude Meunier during a lunch-time interview.\nHis oddball comedy is a cross between two sitcoms, "
        "with him as the father of a strange family and his longtime comedic partner Serge Theriault as the "
        "mother. It is impenetrable to viewers outside of Quebec.\n“It's about life, about Quebecois life,” "
        "he says."
    )
    assert got["It's about life, about Quebecois life"][0] == "Claude Meunier"
    got = _rules(
        "Robert Smith was charged with fraud on Monday.\nHis lawyer, John Doe, said the charges were false.\n"
        "“My client has done nothing wrong and will be cleared,” he said."
    )
    assert got["My client has done nothing wrong and will be cleared"][0] == "John Doe"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Carl Berg was charged on Monday.\nThe court heard from his lawyer Tom Hall after the hearing.\n"
            "“My client is innocent,” he said.",
            "Tom Hall",
        ),
        (
            "Bill Gates stepped down on Monday.\nThe board named his longtime deputy John Lee as chief "
            "executive.\n“I have big shoes to fill,” he said.",
            "John Lee",
        ),
        (
            "Mary Stone died on Monday.\nThe family thanked her younger sister Ann Jones for the "
            "arrangements.\n“She was my best friend,” she said.",
            "Ann Jones",
        ),
    ],
)
def test_session18_he_after_his_relation_in_a_sentence_not_about_him_is_the_relation(
    text: str, speaker: str
) -> None:
    """Rule relation-of-pronoun needs the sentence to name the relation's owner as "him" ("her") too:
    "The court heard from his lawyer Tom Hall" alone tells no other "he" than the lawyer, and walking back
    past him gave the quote to his client (reviewer finding 1)."""
    assert next(iter(_rules(text).values()))[0] == speaker


def test_session18_the_gender_a_bare_surname_shows_goes_to_the_person_it_names_here() -> None:
    """Rule gender-as-named: "Reeves … she" sentences are about Samantha Reeves (the surname's speaker
    named in full first), so her "she" does not make her father Jack Reeves, whom the entity pass chose
    for the surname, a woman, and "he said" after his multi-paragraph quote is his."""
    fill = "".join(
        f"The tennis federation met again on day {k} to discuss its testing rules.\n" for k in range(1, 8)
    )
    got = _rules(
        "When Samantha Reeves, a young tennis player, wanted to get back into shape, she said she decided to "
        "try a supplement.\n" + fill + "Reeves failed a drug test in December. Reeves said she had no "
        "intention of cheating.\nHer father, Jack Reeves, said the family was shocked. Jack Reeves is a "
        "lawyer. Jack Reeves lives in Wisconsin.\n“We thought it was good news,” said Jack Reeves, who would "
        "not permit his daughter to be interviewed. “Then we were told the board had decided to pursue the "
        "case.\n“It's been a very troublesome, frustrating experience,” he said."
    )
    assert [who for who, _ in got.values()] == ["Jack Reeves", "Jack Reeves"]


def test_session18_a_phrase_opening_the_sentence_is_not_the_subject_before_the_appositive() -> None:
    """Rule opening-clause: in "Asked if Forbes would appoint …, his campaign manager, Bill Dal Col, said:"
    the subject is the manager named in apposition, not the opening question's Forbes."""
    got = _rules(
        "Steve Forbes, the wealthy publisher, flatly opposes any concessions.\nAsked if Forbes would "
        "appoint an openly gay person to his administration, his campaign manager, Bill Dal Col, said: “If "
        "the person is qualified, that's fine.”"
    )
    assert got["If the person is qualified, that's fine"][0] == "Bill Dal Col"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Sterling Marlin, a driver from Columbia, Tenn., said: “We had a good car all day.”",
            "We had a good car all day",
            "Sterling Marlin",
        ),
        (
            "Channing Tatum, 35, the star of the film, told reporters: “I never thought it would get made.”",
            "I never thought it would get made",
            "Channing Tatum",
        ),
        (
            "Fleming Rose, the editor, and Carsten Juste, the publisher, said: “We stand by the decision.”",
            "We stand by the decision",
            "Fleming Rose",
        ),
    ],
)
def test_session18_a_first_name_in_ing_opens_no_clause(text: str, quote: str, speaker: str) -> None:
    """Rule opening-clause takes a participle followed by a lower-case word ("Speaking to reporters"), not
    a first name ending in -ing ("Sterling Marlin", "Channing Tatum", "Fleming Rose"): the named subject
    keeps its quote."""
    assert _rules(text)[quote][0] == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Pope John Paul II arrived in Zagreb on Saturday for a two-day visit.\n"
            "Thousands of people waited for hours in the rain to see him.\n"
            "“We all know the context of this death,” John Paul said.",
            "We all know the context of this death",
            "John Paul II",
        ),
        (
            "William Clay Ford III joined the company's board in 1995.\n"
            "The family still controls 40 percent of the voting shares.\n"
            "“We are not going to sell,” said William Clay Ford.",
            "We are not going to sell",
            "William Clay Ford III",
        ),
    ],
)
def test_session19_a_regnal_numeral_ends_the_name_as_jr_does(text: str, quote: str, speaker: str) -> None:
    """Rule regnal-suffix (entities): "II", "III", "IV" after a person's name end it as "Jr." does, so the
    name written later without it ("John Paul said") is the same person, shown by the full form the story
    gives (the labels' convention: the fullest name)."""
    assert _rules(text)[quote][0] == speaker


def test_session19_two_words_opening_the_one_fuller_name_are_that_person() -> None:
    """Rule name-opens-fuller (entities): "Fundi Twawilou" after "Fundi Twawilou Abdulfateh" (a title and a
    patronymic; "Hugo Chavez" of "Hugo Chavez Frias", a double surname) is the one person whose fuller name
    opens with those two words, shown by the fuller name; two such names ("Kim Jong Il", "Kim Jong Un")
    leave it alone."""
    text = (
        "At 7 he began studying with a professional teacher, Fundi Twawilou Abdulfateh, in Moroni.\n"
        "By the age of 9, he knew the Koran by heart.\n"
        "“He sometimes had a strange attitude,” Fundi Twawilou said."
    )
    assert _rules(text)["He sometimes had a strange attitude"][0] == "Fundi Twawilou Abdulfateh"
    two = (
        "Kim Jong Il died in December and his son Kim Jong Un took power in Pyongyang.\n"
        "The funeral was held in the snow.\n"
        "“We will carry on his work,” Kim Jong said."
    )
    assert _rules(two)["We will carry on his work"][0] not in ("Kim Jong Il", "Kim Jong Un")


def test_session19_a_speaker_is_named_as_the_article_writes_the_name_in_full() -> None:
    """Rule name-as-written: an article that never writes the story's name for a person ("Hugo Chavez
    Frias", written in full by the other article) names the speaker by the fullest form it writes itself
    ("Hugo Chavez"), as each article introduces a person in full for its own reader; the article that
    writes the fuller name keeps it."""
    full = (
        "President-elect Hugo Chavez Frias spoke to Congress on Tuesday.\n"
        "The address lasted two hours.\n"
        "“This constitution is going to die,” Chavez said in his address."
    )
    short = (
        "Hugo Chavez won Venezuela's presidential election on Sunday with 56 percent of the vote.\n"
        "His supporters danced in the streets of Caracas.\n"
        "“Venezuela is being born again,” Chavez declared."
    )
    got = _rules(full, short)
    assert got["This constitution is going to die"][0] == "Hugo Chavez Frias"
    assert got["Venezuela is being born again"][0] == "Hugo Chavez"


def test_session19_he_opening_the_clause_of_and_replied_is_its_speaker_not_a_parenthetical() -> None:
    """Rule pronoun-and-verb: "…, a relative said, he pointed at his heart and replied: "…"": the pronoun
    opening the last clause is the subject of both its verbs, so the quote is his (the antecedent), not
    the parenthetical relative's, who only reports the scene."""
    text = (
        "Tom Baker now wears trousers and sometimes a suit.\n"
        "When teased about the Western dress by his father, a relative said, he pointed at his heart and "
        "replied: “Proving you fear God is not in your clothes. It's in here.”"
    )
    assert _rules(text)["Proving you fear God is not in your clothes. It's in here"][0] == "Tom Baker"


def test_session19_she_after_his_wife_is_the_wife() -> None:
    """Rule possessive-subject: after "His wife cannot say …", a "she" (the other gender than "his", so not
    his) is the wife: the person introduced as "his wife, Halima Badroudine Fazul" (rule role-apposition),
    else the last person the text tells is a woman (not Nuru Moussa, of no gender the text tells, named
    last); "Omar, as well as his wife" introduces no wife."""
    text = (
        "Police questioned his brother, Omar, as well as his wife, Halima Badroudine Fazul, 22, on Monday.\n"
        "Nuru Moussa, who lives next door, said the family kept to itself.\n"
        "His wife cannot identify his boss or say exactly what he does.\n"
        "“He goes away at 8 and comes back at 6,” she said."
    )
    assert _rules(text)["He goes away at 8 and comes back at 6"][0] == "Halima Badroudine Fazul"
    chapa = (
        "Hilario Chapa says he had trouble controlling his emotions at first.\n"
        "“I am proud of my sister,” Hilario Chapa said.\n"
        "Her brother says the support is lifting spirits.\n"
        "“It makes us all stronger,” he says."
    )
    assert _rules(chapa)["It makes us all stronger"][0] == "Hilario Chapa"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "“While you were chairman of the Commerce Committee, that committee set a record.”\n"
            "- Steve Carell\nFootage from Comedy Central's coverage.",
            "While you were chairman of the Commerce Committee, that committee set a record",
            "Steve Carell",
        ),
        (
            "Ms North also quotes other survivors:\n"
            '"I just want to know what happened, I want to know why." - "Fiona"\n'
            "An enquiry would make sure the lessons were learnt.",
            "I just want to know what happened, I want to know why",
            "Fiona",
        ),
    ],
)
def test_session19_a_dash_and_a_name_ending_the_line_credit_the_quotation(
    text: str, quote: str, speaker: str
) -> None:
    """Rule dash-credit: a quotation alone on its line followed by a dash and a name that ends the line
    (an epigraph's or a list's credit line) is that person's."""
    assert _rules(text)[quote][0] == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (  # an outlet's credit, not a person's
            "The markets fell sharply on Monday.\n“Stocks will keep falling through the end of the year”\n"
            "- Reuters\nTraders expect more losses.",
            "Stocks will keep falling through the end of the year",
        ),
        (
            "The markets fell sharply on Monday.\n“Stocks will keep falling through the end of the year”\n"
            "- The New York Times\nTraders expect more losses.",
            "Stocks will keep falling through the end of the year",
        ),
        (  # a song's title and its singer
            "His best songs:\n“Love the Way You Lie Again”\n- Eminem\n“Not Afraid”\n- Eminem",
            "Love the Way You Lie Again",
        ),
    ],
)
def test_session19_dash_credit_needs_a_person_and_no_title(text: str, quote: str) -> None:
    """Rule dash-credit (session 19 review): the credit names a person and the quotation is no title."""
    assert _rules(text).get(quote, (None,))[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another subject after "said" or "as": hers, not his
        ("Mayor John Carter met Mary Jones on Monday. He said she cried and added, “we will rebuild this "
         "town together.”", "Mary Jones"),
        ("Mayor John Carter met Mary Jones on Monday. He watched as she stood up and said: “we will "
         "rebuild this town together.”", "Mary Jones"),
        # no one the text names
        ("Mayor John Carter spoke on Monday. He said she cried and added, “we will rebuild this town "
         "together.”", None),
        ("Mayor John Carter spoke on Monday. He watched as his son stood up and said: “we will rebuild "
         "this town together.”", None),
    ],
)  # fmt: skip
def test_session19_pronoun_and_verb_stops_at_another_subject(text: str, speaker: str | None) -> None:
    """Rule pronoun-and-verb (session 19 review): the pronoun's clause ends at "as", "while", "when" or
    "said", where another subject may begin; colon-intro does not read a sentence whose speech verb
    intro-before found no subject for."""
    assert _rules(text)["we will rebuild this town together"][0] == speaker


def test_session20_speaker_rule_names_come_from_the_rule_tables() -> None:
    """Session 20: `SPEAKER_RULE_NAMES` is derived, not a hand list: each row of the attribution and speaker
    tables with the more specific names it may give its decision instead (`subrules`), one-speaker and
    (session 56) pronoun-known-speaker."""
    rows = [*attribution.RULES, *coreference.SPEAKER_RULES]
    derived = {name for r in rows for name in (r.name, *r.subrules)}
    derived |= {"one-speaker", known_speakers.RULE, known_speakers.SURNAME_RULE}
    assert set(quotes.SPEAKER_RULE_NAMES) == derived
    assert len(quotes.SPEAKER_RULE_NAMES) == len(derived)
    the_role = next(r for r in coreference.SPEAKER_RULES if r.name == "the-role")
    assert "role-last-named" in the_role.subrules


FIRES = (
    "Ten volunteer firefighters were arrested on Tuesday in Robeson County. "
    '"Not accidental, set on fire. We have been doing this for six months," Sheriff Kenneth Sealey said. '
    '"Several fires in a week." Investigators say more arrests are possible. '
    '"We will find them all. They will answer for it," the chief said.'
)


def test_session20_own_content_a_verb_with_a_clause_of_its_own_after_a_finished_quote() -> None:
    """Session 20, rule own-content (tests/test_render_summary.py's story): after a quote that ends its
    sentence, "Investigators say more arrests are possible." says its own clause; the sheriff's quote
    before goes on (rule continued), so the words are his, not "Investigators'" (and "the chief" after
    them is no longer "Investigators" either)."""
    q = _rules(FIRES)
    assert q["Several fires in a week"] == ("Kenneth Sealey", "continued")
    assert q["We will find them all. They will answer for it"][0] != "Investigators"


def test_session20_own_content_keeps_the_subject_when_no_other_speaker_goes_on() -> None:
    """Session 20, own-content: with no quote before it going on with another speaker, ""…." Brandt said
    the work …" stays the subject's (wire copy often writes a speaker's quote so)."""
    q = _rules(
        "Mayor Ada Brandt opened the new bridge over the river on Monday morning.\n"
        '"It is finished at last." Brandt said the work had cost less than the city planned.'
    )
    assert q["It is finished at last"][0] == "Ada Brandt"


def test_session20_addressee_the_one_told_is_not_the_speaker() -> None:
    """Session 20, rule addressee: in an intro whose subject no rule reads, the name after "told" or
    "asked" is the one spoken to, never the speaker ("…, told DeGeneres, "…"" is not DeGeneres's)."""
    q = _rules(
        "The talk show host Ellen DeGeneres had a guest on Monday.\n"
        "The reality star, whose new book came out this week after a long delay, told DeGeneres, "
        '"I want to remember my nights out and sometimes I just do not."'
    )
    assert q["I want to remember my nights out and sometimes I just do not"][0] != "Ellen DeGeneres"


def test_session20_host_not_guest_the_host_is_not_the_person_named_last() -> None:
    """Session 20, rule host-not-guest (issue 15's "interview turns swapped"): "the CNN host asked" after
    the guest is named is not the guest: only a person introduced as host ("CNN host Jake Tapper") is."""
    guest = "Senator Jane Smith appeared on CNN on Sunday to defend the bill.\n"
    q = _rules(
        guest
        + '"How many of the voters have you heard from?" the CNN host asked.\n"All of them," Smith said.'
    )
    assert q["How many of the voters have you heard from?"] == ("the CNN host", "host-not-guest")
    assert q["All of them"][0] == "Jane Smith"
    q = _rules(
        "CNN host Jake Tapper interviewed Senator Jane Smith on Sunday about the bill.\n"
        '"Have you heard from the voters?" the CNN host asked.\n"All of them," Smith said.'
    )
    assert q["Have you heard from the voters?"][0] == "Jake Tapper"


def test_session20_stray_word_a_title_or_indefinite_alone_is_no_speaker() -> None:
    """Session 20, rule stray-word (issue 15's "stray text as speaker"): one capitalised word opening the
    sentence that is only a title or names no one ("Another called the move: "…"", "He'll also say that
    … "…"") is no speaker."""
    q = _rules(
        "Hundreds of people marched in Cardiff on Saturday against the new name of the bridge.\n"
        'Another called the move: "pointless and expensive propaganda for the crown."'
    )
    assert q["pointless and expensive propaganda for the crown"][0] is None


def test_session20_first_frame_a_later_outlet_or_hearer_is_not_the_speaker() -> None:
    """Session 20, rule first-frame: after a quote its comma sets off, the first verb of saying attributes
    it; when no rule reads that verb's speaker (case-less text, as Multi-News+ writes it), the report or
    hearer a later phrase names is not the speaker."""
    text = (
        "The currency of iran has lost half its value against the dollar this year, and prices have "
        "soared. The judiciary has blamed enemies for the fall, and more than 40 people have been arrested "
        'in Tehran. "the current special economic conditions are considered an economic war, " judiciary '
        "chief ayatollah sadeq amoli larijani said in a letter to khamenei, calling for special courts, the "
        "television report said."
    )
    words = "the current special economic conditions are considered an economic war"
    assert _rules(text)[words] == (None, "unread-speaker")
    # all lower case, the short story reads as case-less (casing's none-capitalised, session 40): the
    # speaker's words are then a description, and still no speaker
    assert _rules(text.replace("Tehran", "tehran"))[words] == (None, "description")


def test_session20_nearest_frame_an_earlier_reporter_is_not_the_speaker() -> None:
    """Session 20, rule nearest-frame: when the verb of saying nearest the quote has a subject of its own
    that no rule reads ("the man, who had been drinking …, shouted"), the subject of an earlier verb
    ("Police say") reports the words but did not say them."""
    q = _rules(
        "Officers were called to the bar on Main Street late on Friday.\nPolice say the man, who had been "
        'drinking since noon on Friday, shouted "you will all pay for this one day" at officers.'
    )
    assert q["you will all pay for this one day"][0] != "Police"
    q = _rules(  # the same subject's second verb: "…, but emphasized"
        "Senator John Kerry spoke in Islamabad on Monday.\nKerry said he understood why Pakistanis were "
        'upset, but emphasized "the extraordinary circumstances behind the raid on the compound."'
    )
    assert q["the extraordinary circumstances behind the raid on the compound"][0] == "John Kerry"


def test_session20_caseless_end_the_next_sentence_does_not_attribute() -> None:
    """Session 20, rule caseless-end: in case-less text (Multi-News+) a quote ending its sentence is
    followed by the next sentence, whose capital was lost: its verb ("police said the damage …") does not
    attribute the quote."""
    q = _rules(
        "The police were called to the house on the west side of the city late on saturday night. "
        "Neighbors said the party had gone on for hours and that dozens of cars were parked in the street. "
        "Some of them said they had called the police twice before on other nights this summer, and that "
        "nobody had come to the house or talked to the parents about the noise or the cars. The house "
        "belongs to a couple who were away for the weekend, and their son had asked some friends over while "
        "they were gone. "
        '"there were swarms of teenagers leaving the house. " police said the damage to the house is '
        "estimated at $ 20,000."
    )
    assert q["there were swarms of teenagers leaving the house"] == (None, "unattributed")


@pytest.mark.parametrize(
    ("sentence", "speaker", "rule"),
    [
        (
            "“The flood plan is too timid,” said Anna Berg of the Clean Rivers Fund's Water Watch campaign.",
            "Anna Berg",
            "name-of-body",
        ),
        (
            "“The flood plan is too timid,” said Pavel Orlov of the Marsh Institute think tank.",
            "Pavel Orlov",
            "name-of-body",
        ),
        (
            "“The flood plan is too timid,” said Ruth K. Mayer of the Centre for Coastal Studies near Hull.",
            "Ruth K. Mayer",
            "name-of-body",
        ),
        (
            "“The flood plan is too timid,” said Deputy Minister Tomas Vile afterward.",
            "Tomas Vile",
            "modifier-after-name",
        ),
    ],
)
def test_session21_a_body_after_the_name_leaves_the_name_the_speaker(
    sentence: str, speaker: str, rule: str
) -> None:
    """Session 21, rule name-of-body: "X of <a body's name> [its kind] [near <place>]" is X, as "X of
    Arkansas" is (cased WRITE: 5 quotes left unattributed and 2 continued after them); "afterward" is a
    time after the name."""
    got = _rules("The council voted on the river plan on Tuesday.\n" + sentence)
    assert list(got.values()) == [(speaker, rule)]


def test_session21_name_of_body_not_for_one_of_two_coordinated_names() -> None:
    """Two names joined by "and" before "at <body>" are two speakers: name-of-body does not pick the
    second ("Donna Taylor and Belinda Durham at Catholic Charities said …")."""
    got = _rules(
        "The council voted on the river plan on Tuesday.\n"
        "Mary Olsen and Jane Price at Harbour Aid said in a letter that “the plan leaves the poor behind.”"
    )
    assert [rule for _, rule in got.values()] != ["name-of-body"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "“The flood plan is too timid,” said the head of the river trust in Hull, the Rev. Paul Aske.",
            "Paul Aske",
        ),
        (
            "“The flood plan is too timid,” the port's harbour master, Capt. Ivo Petrov, said Tuesday.",
            "Ivo Petrov",
        ),
    ],
)
def test_session21_titled_apposition_a_name_with_its_own_title_after_a_description(
    sentence: str, speaker: str
) -> None:
    """Session 21, rule titled-apposition: "said the head of …, the Rev. Manfred Kock", "the Russian navy
    commander, Adm. Vladimir Kuroyedov, said": the name in apposition is the speaker though a title
    opens it (cased WRITE: 2 unattributed and 2 described speakers now named)."""
    got = _rules("The council voted on the river plan on Tuesday.\n" + sentence)
    assert list(got.values()) == [(speaker, "titled-apposition")]


def test_session21_narrative_after_a_name_in_the_next_sentence_does_not_stop_the_speaker() -> None:
    """Session 21, rule narrative-after (in continued): a quote that ends its own sentence with a full stop
    inside the marks, followed by a narrative sentence naming someone without a verb of saying, goes on
    with the speaker before ("… Rosenberg said. "We had to teach him what language was for." At first,
    Evan was oblivious."); cased WRITE: 2 unattributed quotes, both right."""
    got = _rules(
        "The clinic opened a new wing in March.\n"
        "“We had to teach him how to point,” Gruber said. “We had to teach him what words were for.” At "
        "first, Peter Lang was puzzled."
    )
    assert got["We had to teach him what words were for"] == ("Gruber", "narrative-after")


@pytest.mark.parametrize("verb", ["bellowed", "sniffed", "ruminated", "summed up", "coos", "asserts"])
def test_session21_more_verbs_of_saying(verb: str) -> None:
    """Session 21: verbs of saying the list lacked (cased WRITE: "he bellowed over loudspeakers", "Whaley
    sniffed", "Wiley ruminated", "Putin summed up", "she coos", "he asserts": 6 quotes and 2 continued)."""
    got = _rules(
        f"The vote was held on Sunday.\n“The people have spoken and they want change,” Ortega {verb}."
    )
    assert list(got.values()) == [("Ortega", "name-in-phrase")]


def test_session21_a_pronoun_finds_a_person_named_with_a_capitalised_role() -> None:
    """Session 21: "Marisol Teague, an Inuit leader, …" is a person, so "she said" after it is hers."""
    got = _rules(
        "The ice melted early this spring.\n"
        "Marisol Teague, an Inuit leader, was quoted as saying the hunters cannot travel.\n"
        "“If this rate of change continues, our lifestyle may change forever,” she said."
    )
    assert list(got.values()) == [("Marisol Teague", "pronoun-antecedent")]


def test_session21_caseless_adjacent_the_quote_after_the_attribution_goes_on() -> None:
    """Session 21, rule caseless-adjacent (in continued): in case-less text a quote right after the one
    sentence that attributes the quote before it is the same speaker's ("…," cordle said. "…"); continued
    was off in case-less text (Multi-News+ train draw Random(2104), 100 stories: 9 quotes, 11 with the
    pronoun chains after them, all the right person; tuned frozen2 right on found 21 -> 28 of 133)."""
    q = _rules(
        _SCHOOL + "Dressed in a green prison uniform, 22-year-old matthew cordle addressed the courtroom. "
        '" whatever my sentence may be, the true punishment is living, " cordle said. " i am sorry for what '
        'i did to the family. "'
    )
    assert q["i am sorry for what i did to the family"] == ("Matthew Cordle", "caseless-adjacent")


def test_session21_caseless_adjacent_not_after_a_question() -> None:
    """After a question and "asked", the next quote is the answer: another speaker's."""
    q = _rules(
        _SCHOOL + "Dressed in a green prison uniform, 22-year-old matthew cordle addressed the courtroom. "
        '" do you understand the sentence? " the judge asked. " i understand it very well. "'
    )
    assert q["i understand it very well"][0] is None


@pytest.mark.parametrize(
    "where", ["in an alaska courtroom", "after his mask was removed", "at the task force hearing"]
)
def test_session29_caseless_adjacent_asked_gap_is_the_word_ask(where: str) -> None:
    """Rule asked-gap: only the word "ask…" in the attribution between two quotes makes the second an
    answer. A second `_ASKED` further down attribution.py (a case-sensitive "ask" anywhere in a word) had
    replaced it, so "alaska", "mask", "task" stopped caseless-adjacent (Multi-News+ train Random(2990)
    draw: see the commit)."""
    q = _rules(
        _SCHOOL + "Dressed in a green prison uniform, 22-year-old matthew cordle addressed the courtroom. "
        f'" whatever my sentence may be, the true punishment is living, " cordle said {where}. " i am sorry '
        'for what i did to the family. "'
    )
    assert q["i am sorry for what i did to the family"] == ("Matthew Cordle", "caseless-adjacent")


def test_session29_subject_of_speech_reads_whole_speech_verbs() -> None:
    """A mention opening its sentence is a speech verb's subject (`DocView._subject_of_speech`, the
    `_bearers` a bare surname is read by) only for a whole verb of saying as written: a second
    `_SPEECH_VERB` further down coreference.py (any case, inside any word) had replaced it, so "United
    States", "untold", "essay" made a speaker."""
    for text in ("moved to the United States", "whose untold story", "in an essay", "States"):
        assert coreference._SPEECH_VERB.search(text) is None, text
    assert coreference._SPEECH_VERB.search("a nurse, said on Monday").group() == "said"


def test_session21_adjacent_clause_reads_an_inverted_said_name() -> None:
    """Session 21, adjacent-clause: a quote standing as its own sentence after "…, said Geraldine Dawson,
    professor …" is the named person's: the phrase after an inverted verb is the sentence's speaker."""
    got = _rules(
        "Researchers believe the condition runs in families.\n"
        "That points to a strong genetic component, said Mirela Costa, professor of genetics at the "
        "University of Lisbon. “We believe at least five genes are involved.”"
    )
    assert got["We believe at least five genes are involved"][0] == "Mirela Costa"


def test_session21_caseless_name_before_said_after() -> None:
    """Session 21: in case-less text caseless-name reads "said anthony butler" before said-after, which
    took the phrase and found no name in it when "Butler's" opening the next sentence made an entity of the
    surname (train draw: 2 quotes and 1 pronoun after them; WRITE 1; tuned frozen2 2, all right)."""
    q = _rules(
        _SCHOOL + '" losing my daughter once was enough to kill most people, " said anthony butler. '
        "Butler's daughter was 11 days old when she died in 2014."
    )
    assert q["losing my daughter once was enough to kill most people"] == ("Anthony Butler", "caseless-name")


def test_session21_caseless_adjacent_starts_no_chain_past_other_words() -> None:
    """A speaker carried by caseless-adjacent is, like a caseless-name, no antecedent for a "he said" with
    words between (people there cannot be seen: tuned frozen2's publisher joel martin, given to the lawyer
    before him); right after its quote it is ("…" he added: "…"). The quote before the publisher's sentence
    has no speaker: that sentence says and names someone (rule caseless-adjacent stands down)."""
    q = _rules(
        _SCHOOL + '" the song was original, " said adam simpson, a lawyer for the publisher. " we won the '
        'case. " speaking by phone, publisher joel martin said he had been waiting for years. " it is a '
        'big relief for everyone, " he said.'
    )
    assert q["we won the case"][0] is None
    assert q["it is a big relief for everyone"][0] != "Adam Simpson"


@pytest.mark.parametrize(
    ("quote", "after"),
    [
        ("he is wrong about the vote", "council leader mary jones shook her head."),  # a person, no verb
        ("he is wrong about the vote", "jones replied on twitter."),  # a verb caseless-name does not read
        ("he is wrong about the vote", "that was the reply from council leader mary jones."),
        # late review, must-fix 1: a pronoun that does not agree with the speaker replies to him
        ("he is wrong about the vote", "she said smith had lied to the voters."),
        ("he is wrong about the vote", "they said smith had lied to the voters."),
        # the quote names the previous speaker: it speaks of him, not as him
        ("smith is a liar and a cheat", "smith shrugged it off."),
    ],
)
def test_session21_caseless_adjacent_not_when_the_next_sentence_names_a_speaker(
    quote: str, after: str
) -> None:
    """Case-less text names a reply's speaker in the sentence after the quote: when that sentence holds a
    verb of saying or a person, caseless-adjacent does not carry the speaker before (early review,
    must-fix 1: the start code left these unattributed; say less, never a wrong speaker). A pronoun before
    the verb of saying goes on with the speaker only when it agrees with him ("he", never "she" or
    "they"), and never when the quote itself names him (late review, must-fix 1)."""
    q = _rules(
        _SCHOOL + 'Mayor john smith spoke at the rally on monday. " we will win this vote, " smith said. '
        f'" {quote}. " ' + after
    )
    assert q["we will win this vote"][0] == "John Smith"
    assert q[quote][0] is None


def test_session21_pronoun_subject_reads_no_capital_she_nor_they() -> None:
    """Rule pronoun-subject reads a lower-case "he"/"she" after a lower-case word or comma only: a second
    definition of its pattern (for caseless-adjacent) made it read "The message She said was" as Mary
    Jones's words (late review, must-fix 2)."""
    assert attribution._PRONOUN_BEFORE.search("The message She ") is None
    assert attribution._PRONOUN_BEFORE.search("the only message they ") is None
    assert attribution._PRONOUN_BEFORE.search("the chief message he ") is not None
    q = _rules(
        _AGENCY + 'Mayor John Smith met Mary Jones on Monday. The message She said was: "We will not leave '
        'this square until the mayor resigns."'
    )
    assert q["We will not leave this square until the mayor resigns"][0] is None


def test_session21_text_words_are_one_list() -> None:
    """The texts of text-speaker and of the text that "reads" come from one word list (late review,
    should-fix), each pattern joined from it."""
    words = set(attribution._TEXT_WORDS)
    assert set(attribution._SPEAKING_TEXTS) | set(attribution._READ_TEXTS) == words
    for w in attribution._SPEAKING_TEXTS:
        assert attribution._TEXT_SPEAKER.fullmatch("the " + w)
    for w in attribution._READ_TEXTS:
        assert attribution._TEXT_HOLDS.match(w + " that read")


@pytest.mark.parametrize(
    "after",
    [
        "smith had spoken to the council twice that week.",  # opens with the speaker's surname
        "council leader mary jones did not respond to requests for comment.",  # says she did not speak
        "he said jones had never met the voters.",  # a pronoun's verb: the speaker goes on
    ],
)
def test_session21_caseless_adjacent_goes_on_past_a_sentence_naming_no_new_speaker(after: str) -> None:
    """The sentence after the quote names the speaker again, someone who did not speak, or a person after
    the speaker's "he said": caseless-adjacent still carries the speaker (Multi-News+ WRITE and tuned
    frozen2-unseen: "… wattley did not respond", "woodard had only a few classes …", "he said koon has …")."""
    q = _rules(
        _SCHOOL + 'Mayor john smith spoke at the rally on monday. " we will win this vote, " smith said. '
        '" he is wrong about the vote. " ' + after
    )
    assert q["he is wrong about the vote"] == ("John Smith", "caseless-adjacent")


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        ('" the plane fell short of the runway, " said lion air spokesman edward sirait.', "Edward Sirait"),
        (
            '" they see everybody as they are, " 6th grade language arts teacher amy warnock said.',
            "Amy Warnock",
        ),
    ],
)
def test_session21_caseless_role_before_name(tail: str, speaker: str) -> None:
    """Session 21, rule role-before-name (caseless-name): a role right before a known first name and
    surname, whatever names its body before it, leaves the name the speaker; up to eight words may stand
    before the verb; not after "of"/"for"/"to"… (a relation's or client's name). Train draw 4 quotes,
    WRITE 1, tuned frozen2 2, all right."""
    q = _rules(_SCHOOL + tail)
    assert next(iter(q.values()))[0] == speaker


def test_session21_caseless_role_before_name_not_after_a_relation_word() -> None:
    """ "a lawyer for officer edward sirait said": the lawyer speaks, not the officer."""
    q = _rules(_SCHOOL + '" the plane fell short of the runway, " a lawyer for officer edward sirait said.')
    assert next(iter(q.values()))[0] != "Edward Sirait"


def test_session21_caseless_long_subject_after_a_quote_without_comma_is_the_next_sentence() -> None:
    """A quote without its comma ends its sentence: a long subject and verb after it ("… to new zealand "
    national party president peter goodfellow said …") begin the next sentence and are not its speaker."""
    q = _rules(
        _SCHOOL + 'martin said he was glad the rapper had not been needed to travel to " new zealand for the '
        'hearing " national party president peter goodfellow said he was disappointed.'
    )
    assert q["new zealand for the hearing"][0] != "Peter Goodfellow"


def test_session21_caseless_titled_surname_is_a_person() -> None:
    """Session 21, rule titled-surname (caseless-name): in case-less text a surname the document writes
    after a title ("president trump … " … " trump said") and never after a first name is a person, shown
    by the surname (train draw: 3 quotes of one story, the right person)."""
    q = _rules(
        _SCHOOL + "President mcintyre, asked about the plan, said he did not want to talk about it. "
        '" i do not want to talk about plan b, " mcintyre said.'
    )
    assert q["i do not want to talk about plan b"] == ("McIntyre", "caseless-name")


@pytest.mark.parametrize(
    ("tail", "speaker"),
    [
        (
            '" clashes broke out, " mohammed al-hijazy, a spokesman for the security office, said by phone.',
            "Mohammed Al-Hijazy",
        ),
        ('" i am troubled by this, " sen. susan collins, r-maine, said in a statement.', "Susan Collins"),
        (
            '" it was wrong of them, " said rep. kathleen rice, d-n.y., who blasted the payouts.',
            "Kathleen Rice",
        ),
    ],
)
def test_session21_caseless_apposition_and_abbreviated_title(tail: str, speaker: str) -> None:
    """Session 21, caseless-name: an apposition set off by commas between the name and its verb (rule
    apposition-before-verb), and an abbreviated title ("sen.", "rep.") before the name (rule titled-name).
    Train draw 2 quotes, Multi-News+ WRITE 3, all right; tuned frozen2 identical."""
    q = _rules(_SCHOOL + tail)
    assert next(iter(q.values())) == (speaker, "caseless-name")


def test_session21_caseless_adjacent_not_for_a_quote_ending_in_a_comma() -> None:
    """A case-less quote ending in a comma has its own attribution after it (""…," circuit judge patricia
    ann millet wrote"): caseless-adjacent does not give it the speaker before (found on Multi-News+ CHECK)."""
    q = _rules(
        _SCHOOL + 'the recession has become " the new normal, " the ruling said. " the commission sensibly '
        'concluded that the exception applied, " circuit judge zorya quillfeather wrote.'
    )
    assert q["the commission sensibly concluded that the exception applied"][0] != "the ruling"


_AGENCY = "The agency has handled adoptions from China since 1991.\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The memorandum said "we have never seen a child mistreated in any of the homes we visited."',
            "The memorandum",
        ),
        ('According to the memo, officials "will normally do nothing further in the case."', "the memo"),
        (
            '"Children are fed and clothed well in every home we visited," the petition stated.',
            "the petition",
        ),
        (
            "The memorandum says the agency has placed 5,000 children.\n"
            '"Not one of our parents has reported any mistreatment of a child," it said.',
            "The memorandum",
        ),
        (
            'The platform states that marriage "is the union of one man and one woman."\n'
            'It also says: "The family is the basic unit of our society."',
            "The platform",
        ),
    ],
)
def test_session21_a_text_that_speaks_is_the_speaker(text: str, speaker: str) -> None:
    """Session 21, rule text-speaker (issue 15): a text as the subject of the verb of saying, no author
    named before, keeps its description as the labels do ("the report", "a banner"); "it" only for the text
    the sentence before opens with (cased WRITE: 3 quotes were unattributed: "According to the memo",
    "According to a training video", "It says that" after "The platform")."""
    got = _rules(_AGENCY + text)
    last = list(got.values())[-1]
    assert last == (speaker, "text-speaker")


@pytest.mark.parametrize(
    "text",
    [
        # author-named: the labels give a memo's words to its author
        "The ministry said in a memorandum on Sunday that the talks would go on.\n"
        'The memorandum said "we will not stop the talks before the end of the year."',
        'John Smith wrote the memo in May.\nThe memo said "we will close the plant in March next year."',
        "Mayor Smith's letter reached the council on Monday.\n"
        'The letter said "we will close the plant in March next year."',
        # late review, must-fix 4: an author named beside the text, or in its apposition
        'The letter, signed by Senator Mary Jones and 40 others, said: "We will not raise taxes this year."',
        "Senator Mary Jones drafted the letter last week.\n"
        'The letter said: "We will not raise taxes this year."',
        'The email, which Smith wrote on Monday, said: "We will not raise taxes this year, whatever."',
        "The platform, written by Senator Smith, states that taxes are too high. "
        'It also says: "We will fight this plan in every court in the land."',
        # it-text: "it" names no text when the sentence before opens with none
        "The agency says it has placed 5,000 children.\n"
        '"Not one of our parents has reported any mistreatment," it said.',
    ],
)
def test_session21_no_text_speaker_when_the_author_is_named_or_it_is_no_text(text: str) -> None:
    """Guards of text-speaker: a text whose author the document names before the quote, and an "it" that
    points back to no text, give no speaker (both fail without their guard)."""
    got = _rules(_AGENCY + text)
    assert list(got.values())[-1][0] is None


def test_session21_a_person_the_text_quotes_keeps_their_words() -> None:
    """Never a person's words given to a document: "The memo said that Jones told staff "…"" is Jones's;
    a short fragment after "the memo said" stays a term."""
    got = _rules(
        _AGENCY + 'The memo said that Jones told staff "we will close the plant in March next year."'
    )
    assert list(got.values()) == [("Jones", "name-in-phrase")]
    got = _rules(_AGENCY + 'The first goal, the memo said, was to "establish ownership" of the market.')
    assert all(speaker is None for speaker, _ in got.values())


@pytest.mark.parametrize("surname", ["young", "hunter"])
def test_fixpron_caseless_the_speaker_of_the_sentence_before_is_the_pronoun(surname: str) -> None:
    """Session 21 review (fixpron): in case-less text ""…," young said. He said … " i was not in the
    room. "" went to Peter Hartwell, named sentences before: the speaker, read by caseless-name, was no
    antecedent once any text stood between the quote and the pronoun, and the surname, an ordinary word,
    is no entity mention. Rule own-attribution-between: only the quote's own attribution (the speaker's
    name and a verb of saying) between, the speaker of the sentence just before is "he"; the person
    named inside quotation marks ("a brass 'hartwell' plaque") never is."""
    q = _rules(
        _SCHOOL + "The district confirmed on friday that peter hartwell had offered to pay for a new gym. "
        f"\" i would not put a big brass'hartwell'plaque on a school, \" district spokesman tom {surname} "
        f'said. " we never took it seriously, " {surname} said. He said he could not say more because " i '
        'was not in the room. "'
    )
    assert q["we never took it seriously"][0] == f"Tom {surname.capitalize()}"
    assert q["i was not in the room"] == (f"Tom {surname.capitalize()}", "pronoun-antecedent")


def test_fixpron_caseless_another_sentence_between_still_breaks_the_chain() -> None:
    """A guard: with more than the attribution between (another sentence naming no one the entity pass
    sees), the case-less speaker is still no antecedent: nothing, or someone seen, rather than a guess."""
    q = _rules(
        _SCHOOL + "The district confirmed on friday that peter hartwell had offered to pay for a new gym. "
        '" i would not put a brass plaque on a school, " district spokesman tom young said. " we never took '
        'it seriously, " young said. The board chair met the coach on monday. He said he could not say more '
        'because " i was not in the room. "'
    )
    assert q["we never took it seriously"][0] == "Tom Young"
    # (rule far-object, session 54: the man named two sentences back inside a "that" clause is no one
    # either, and a short quote without a speaker is no speech)
    assert q.get("i was not in the room", (None,))[0] != "Tom Young"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("district police sgt. Ben baxter said.", "Ben Baxter"),
        ("the rev. Jesse jackson told the paper.", "Jesse Jackson"),
        ("said district police sgt. Ben baxter.", "Ben Baxter"),
    ],
)
def test_session22_a_lower_case_title_ends_no_sentence_in_caseless_text(
    attribution: str, speaker: str
) -> None:
    """Session 22, rule caseless-title-stop: Multi-News+ writes a title in lower case and capitalises the word
    after its full stop ("police sgt. Ben baxter said"), so the attribution window ended at "sgt." and the
    quote went unattributed (train draw Random(2204), 100 stories: 7 quotes, all right; WRITE 1)."""
    q = _rules(
        _SCHOOL + f'" we found two people on the ground beside the garage, " {attribution} The crews left.'
    )
    assert q["we found two people on the ground beside the garage"][0] == speaker


def test_session22_caseless_adjacent_after_an_attribution_ending_on_a_short_word() -> None:
    """Session 22: the one sentence between two quotes may end on a word of three letters or fewer ("the rev.
    Jesse jackson told cnn."); caseless-adjacent counted no sentence end there and stood down (train draw
    Random(2204): 2 quotes, both right). Now the gap's own closing full stop is its end, none before it."""
    q = _rules(
        _SCHOOL + '" this is bound to escalate tensions, " the rev. Jesse jackson told cnn. " this is a very '
        'provocative report. " the town was tense.'
    )
    assert q["this is a very provocative report"] == ("Jesse Jackson", "caseless-adjacent")


def test_session22_caseless_adjacent_carries_no_surname_two_people_here_bear() -> None:
    """Rule several-bearers: a bare surname that two people of the document bear in full ("max shacknai",
    "dina shacknai") is not carried to the next quote (WRITE 48191: the boy's words went to the boy)."""
    q = _rules(
        _SCHOOL + "The boy, max shacknai, died in july. His mother, dina shacknai, hired two experts. "
        '" i can\'t imagine anyone in the world wanting to harm him, " shacknai told the paper. " he was the '
        'most sweet and gentle boy. " the case is open.'
    )
    assert q["he was the most sweet and gentle boy"][0] is None


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("assistant police chief kert thomas told the station.", "Kert Thomas"),
        ("said senior study author dr. Saad omer, a researcher at emory university.", "Saad Omer"),
        ("said rwadan ziadeh, a representative of the syrian national council.", "Rwadan Ziadeh"),
        ("said lili bernard, one of the accusers, outside the courthouse.", "Lili Bernard"),
        # guards: no role, title or apposition says the two words are a person's name; session 36: before
        # the verb, the entity pass reads them as one (analyze/caseless.py, rule pair-before-verb: the pair
        # is the whole subject of a verb of saying; 100 open dev stories: 10 new mentions, all right)
        ("zelko smith said.", "Zelko Smith"),
        ("said rwadan ziadeh at the courthouse.", None),
    ],
)
def test_session22_an_unlisted_first_name_after_a_role_or_before_an_apposition(
    attribution: str, speaker: str | None
) -> None:
    """Session 22, rule unlisted-first-name (in caseless-name): two words no ordinary English at the verb,
    after a role or title or followed by an apposition describing them, are a name whose first name no
    list holds (train draw Random(2204): 5 quotes, WRITE 1, tuned frozen2 1; all right)."""
    q = _rules(_SCHOOL + f'" we have to keep going on with the work here, " {attribution} They left.')
    assert q["we have to keep going on with the work here"][0] == speaker


def test_session22_a_colon_opened_quote_is_its_leads_not_the_next_sentences_subject() -> None:
    """Session 22, rule colon-opened: in case-less text the words after a colon-opened quote that ends
    without a comma open the next sentence (no capital shows it), so their subject is not its speaker:
    the lead's ("chief deputy joel heape tells people in a statement: "…" massimiani says that …" went to
    Massimiani; "media caption jay carney: "…" brazilian president dilma rousseff has called off …" to
    Rousseff; train draw Random(2204): 2 quotes, both now right; tuned files' speakers identical)."""
    q = _rules(
        _SCHOOL
        + "Her mother, pam massimiani, wrote on facebook that a letter had come. Sheriff chief deputy "
        'joel heape tells people in a statement: " we are still looking to '
        'confirm that it is truly her. " massimiani says that the letter is from her daughter.'
    )
    assert q["we are still looking to confirm that it is truly her"][0] == "Joel Heape"


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        (
            'Protesters waved signs mocking donald trump: " make america great again now " parents said they '
            "were upset.",
            "make america great again now",
            "Donald Trump",
        ),
        (
            'The post showed a photo of tom hanks: " this is what a hero looks like " the teacher wrote on '
            "monday.",
            "this is what a hero looks like",
            "Tom Hanks",
        ),
        (
            'Parents quoted the worksheet from mary smith: " choose the twelve people who should '
            'survive " the district said.',
            "choose the twelve people who should survive",
            "Mary Smith",
        ),
    ],
)
def test_session22_colon_opened_takes_no_name_that_is_the_leads_object(
    text: str, words: str, named: str
) -> None:
    """Session 22 review, rule name-opens-lead (in colon-opened): the name right before the colon is the
    speaker only when it opens the lead; after a verb or preposition it is what the lead is about."""
    q = _rules(_SCHOOL + text)
    assert q.get(words, (None, None))[0] != named


@pytest.mark.parametrize("label", ["Video: ", ""])
def test_session22_colon_opened_takes_a_name_opening_the_lead(label: str) -> None:
    """Rule name-opens-lead: a name alone before the colon, or right after a caption label (a page's chrome
    may precede the label), is the quote's speaker, not the next sentence's subject (train draw
    Random(2204): "media playback is unsupported on your device media caption jay carney: "…" brazilian
    president dilma rousseff has called off …"; that "media caption" form is cut by clean since session 34:
    the test below)."""
    q = _rules(
        _SCHOOL
        + f'{label}jay carney: " we are still looking at the options here " brazilian president dilma '
        "rousseff has called off a visit."
    )
    assert q["we are still looking at the options here"] == ("Jay Carney", "colon-opened")


@pytest.mark.parametrize(
    "label",
    [
        "Media caption ",
        "Media playback is unsupported on your device media caption ",
        "Media caption the bbc's ",
    ],
)
def test_session34_a_video_caption_s_quotation_is_furniture_cut_before_speakers(label: str) -> None:
    """Clean rule quoted-caption-inline (1b79a49): a video's caption on one speaker's quotation, run into
    the lead, is page furniture cut with its quotation (the lead after it kept), so no quote is left for
    the speaker rules (the session 22 test above read "jay carney" as its speaker)."""
    b = brief(
        texts=[
            _SCHOOL + f'{label}jay carney: " we are still looking at the options here " brazilian president '
            "dilma rousseff has called off a visit."
        ],
        words=40,
        timings=False,
    )
    assert not any("still looking at the options" in q.text for q in b.quotes)
    assert "rousseff has called off a visit" in b.documents[0].text


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("the male character says in the spot.", "the male character"),
        ("the embassy wrote on twitter.", "the embassy"),
        ("the arizona republican said on tuesday.", "the Arizona republican"),  # place cased (names47)
        ("a dispatcher asks.", "a dispatcher"),
        ("the suit claims.", "the suit"),
    ],
)
def test_session22_more_heads_of_a_description_that_speaks(attribution: str, speaker: str) -> None:
    """Session 22: "character", "dispatcher", "embassy", "consulate", "republican", "democrat" and "suit" head
    a description that speaks (lexicon speaking_heads.txt): the quote keeps the description rather than no
    speaker (train draw Random(2204): 4 quotes, WRITE 5, all right; cased files identical)."""
    q = _rules(_SCHOOL + f'" we have to keep going on with the work here, " {attribution} They left.')
    assert q["we have to keep going on with the work here"][0] == speaker


def test_session22_caseless_adjacent_before_a_sentence_opening_with_the_speakers_surname() -> None:
    """Session 22: caseless-name stands down on a long subject after a quote with no comma (the next
    sentence's: "lillie acknowledged the situations are preventable and said …"), and so blocked the
    continuation from the quote before; now caseless-adjacent decides first (train draw Random(2204): 1
    quote, right)."""
    q = _rules(
        _SCHOOL
        + '" i would have much rather been the one suffering, " stephen lillie said. " understand that '
        'there was not an ounce in my soul that wanted this. " lillie acknowledged the situations are '
        "preventable and said he wants others to learn."
    )
    assert q["understand that there was not an ounce in my soul that wanted this"][0] == "Stephen Lillie"


def test_session22_caseless_name_after_explains() -> None:
    """Session 22: "explains" joins the verbs caseless-name reads a name at (""…," explains study author
    emily ansell of the yale university …"; Multi-News+ WRITE: 2 quotes with the continuation, right)."""
    q = _rules(
        _SCHOOL + '" our research shows that when we help others we also help ourselves, " explains study '
        "author emily ansell of the yale university school of medicine. They left."
    )
    assert q["our research shows that when we help others we also help ourselves"][0] == "Emily Ansell"


def test_session22_a_name_in_a_photo_credit_is_no_antecedent() -> None:
    """Session 22, rule photo-credit: the photographer named in a credit ("( photo: angela weiss, afp/getty
    images )") is no participant of the text: "she" is not her (tuned frozen2: 3 quotes of Bette Midler's
    given to the photographer, now unattributed; Multi-News+ WRITE: 3 quotes given to "Vince bucci/ getty
    images", now 2 unattributed)."""
    q = _rules(
        _SCHOOL
        + "\nVince bucci/ getty images just in to the show exclusively from the actor's publicist: \" the "
        'actor and his partner have amicably separated after many years. " more on the actor.'
    )
    assert q["the actor and his partner have amicably separated after many years"][0] != "Vince Bucci"


def test_session22_the_rep_is_not_the_person_named_last() -> None:
    """Session 22, rule proxy-not-principal (the-role): "the rep", "the spokesman" speaks for someone, whom
    the text more likely named last: only one introduced with that role, else the description (train draw
    Random(2204): "the rep said" after "O'Donnell's rep told …" went to O'Donnell's wife; WRITE 1 alike)."""
    q = _rules(
        "Rosie O'Donnell and her wife, Michelle Rounds, have adopted a baby girl. O'Donnell's rep told ABC "
        'News that the couple adopted her in January. "Moms and baby are happy and healthy," the rep said.'
    )
    assert q["Moms and baby are happy and healthy"][0] == "the rep"


def test_session22_a_middle_name_after_a_role() -> None:
    """Session 22: after a role or title caseless-name reads a listed first name between the first name and
    the surname as a middle name ("circuit judge patricia ann millet wrote"; Multi-News+ WRITE 1, right);
    alone, "said mary jane smith" still names no one (test_fixV_a_caseless_name_is_only_a_name_after_…)."""
    q = _rules(
        _SCHOOL
        + '" the commission sensibly concluded that the rate should hold, " circuit judge patricia ann '
        "millet wrote on behalf of the court. They left."
    )
    assert q["the commission sensibly concluded that the rate should hold"][0] == "Patricia Ann Millet"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        (
            "A spokesman at the ministry, Peter Vandermolen, said he had no word on the talks.",
            "Peter Vandermolen",
        ),
        ("A member of the survey team, Peter Vandermolen plans to map the reef.", "Peter Vandermolen"),
    ],
)
def test_session23_a_name_in_apposition_names_the_unnamed_subject(lead: str, speaker: str) -> None:
    """Session 23, rule named-apposition: a sentence opening "A spokesman at …, NAME, said" named its
    subject, yet the pronoun after it stopped at the unnamed "A spokesman" (CASED_WRITE: 3 quotes, all
    right: Jim Landale, Arezou, Tim Horbury). Guard: with no name set off after it, still no one."""
    text = (
        "Officials met in Geneva on Monday to discuss the harbour dispute.\n"
        f"{lead} “We are following the discussions closely and hope for an early agreement,” he said."
    )
    assert (
        _rules(text)["We are following the discussions closely and hope for an early agreement"][0] == speaker
    )
    unnamed = _rules(
        "Peter Vandermolen met officials in Geneva on Monday.\n"
        "A spokesman at the ministry said he had no word. "
        "“We are following the discussions closely and hope for an early agreement,” he said."
    )
    assert unnamed["We are following the discussions closely and hope for an early agreement"][0] is None


@pytest.mark.parametrize(
    "attribution",
    [
        "said Harold P. Whitcombe of Lanford Securities and a former president of the Boston Reserve.",
        "said Harold P. Whitcombe spokesperson for Lanford Community College.",
    ],
)
def test_session23_the_person_heading_a_phrase_speaks_not_the_body_after(attribution: str) -> None:
    """Session 23, rule person-heads-bodies: one person opening the phrase and bodies tied to him by "of" or
    a role after him ("… of Goldman Sachs and a former president of the New York Federal Reserve"): the
    last body named was the speaker (CASED_WRITE: 2 quotes, both wrong before: E. Gerald Corrigan, Conor
    Lloyd). Guard: a person who is only the body's object ("a lawyer for …") is no head."""
    text = (
        "Markets fell in Asia on Monday after the central bank raised rates.\n"
        f"“The region is being hit by shocks from outside this time,” {attribution}"
    )
    assert (
        _rules(text)["The region is being hit by shocks from outside this time"][0] == "Harold P. Whitcombe"
    )
    lawyer = text.split("” ")[0] + "” said a lawyer for Harold P. Whitcombe of Lanford Securities."
    speaker = _rules(lawyer)["The region is being hit by shocks from outside this time"][0]
    assert speaker != "Harold P. Whitcombe"


_BEAT = "The inquiry into the harbour fire opened in Lanford on Monday.\n"


@pytest.mark.parametrize(
    ("beat", "speaker"),
    [
        ("Harold Whitcombe shakes his head.", "Harold Whitcombe"),
        ("Harold Whitcombe, the harbour master, described the scene.", "Harold Whitcombe"),
        ("Harold Whitcombe ran the port for years. He shakes his head.", "Harold Whitcombe"),
        (
            "Harold Whitcombe, a reporter for the Courier, was in the area when it started.",
            "Harold Whitcombe",
        ),
        # an appositive whose comma is never closed (CASED_WRITE MultiLing: "Domersant, an employee for …")
        ("Harold Whitcombe, an employee of the harbour board described the scene.", "Harold Whitcombe"),
        ("Harold Whitcombe looked at Mary Tolland.", None),
        ("Harold Whitcombe had a fiery temper.", None),
        # the subject undergoes the beat: the quote is the family's, a witness's, the prosecutor's
        ("Harold Whitcombe died in the fire on Monday.", None),
        ("John Parr was shot dead outside his home in Lanford.", None),
        ("Harold Whitcombe was arrested at his home on Monday.", None),
        ("John Parr was sentenced to life in prison.", None),
        ("Harold Whitcombe ran the port for years. He was killed in the explosion on Monday.", None),
        # a role named past the subject: the judge's words, not the convict's
        (
            "Harold Whitcombe stood up in the dock on Monday, and the judge's words to the packed courtroom "
            "were blunt:",
            None,
        ),
        ("Harold Whitcombe stood in the dock as prosecutors turned to face the families.", None),
        (
            "Harold Whitcombe was sentenced to life in prison on Monday, and the judge's words to the "
            "packed courtroom were blunt:",
            None,
        ),
    ],
)
def test_session23_a_quote_after_a_persons_beat_is_that_persons(beat: str, speaker: str | None) -> None:
    """Session 23, rule narrative-beat: a quoted sentence right after a sentence of its paragraph whose
    subject, a person named at its start or a he/she, acts without a verb of saying ("Herman shakes his
    head. "…"", "Joseph Guyler Delva, a reporter for Reuters, was in the area. "…"") is that person's
    (CASED_WRITE: 5 quotes, all right; tuned +1, Jim Leary). Guards: another person named in the beat, by
    name or by a role past the subject's appositive ("the judge's words"); a beat that tells what was done
    to the subject ("was arrested", "died in the fire"); the quote speaking of the subject in the third
    person ("… had a fiery temper. "We called him …"")."""
    quote = (
        "We called him the volcano because he never stopped."
        if "temper" in beat
        else ("Everything started shaking and people were screaming in the streets.")
    )
    got = _rules(_BEAT + f"{beat} “{quote}”\nThe hearing goes on.")
    assert got[quote.rstrip(".")][0] == speaker


@pytest.mark.parametrize(
    ("act", "speaker"),
    [
        ("exploded", "Harold Whitcombe"),
        # a verb of saying in the lead: the words may be the one it reports (the letter's)
        ("looked up as the letter said", None),
        # a quotation in the lead: other rules read such a sentence
        ("held up the “Safety First” sign and exploded", None),
    ],
)
def test_session23_a_long_beat_ending_in_a_colon_leads_into_its_subjects_quote(
    act: str, speaker: str | None
) -> None:
    """Session 23, rule narrative-beat after a colon: a sentence too long for colon-intro (16 words) whose
    subject acts and leads in with a colon ("At that Barksdale _ normally a calm and unerringly polite
    witness _ exploded: "…"", tuned DUC 2003 +1). Guards: the lead holds a verb of saying or a quotation."""
    text = (
        _BEAT
        + "At that Harold Whitcombe, normally a calm and unfailingly polite witness before the panel of "
        f"the inquiry, {act}: “I was in the room and I know what was said there.”\nThe hearing goes on."
    )
    assert _rules(text)["I was in the room and I know what was said there"][0] == speaker


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        # a role named past the subject: the judge's words, not the convict's (fixbeat's row, 16 words)
        (
            "Harold Whitcombe stood up on Monday, and the judge's words to the packed courtroom were blunt:",
            None,
        ),
        # the subject undergoes the lead: the sentence is passed on him, the words are the court's
        ("John Parr was sentenced on Monday:", None),
        ("Mary Tolland wept. She was sentenced on Monday:", None),
        # the subject speaks: a verb of saying, or a lead with no role past her appositive
        ("Smith said:", "John Smith"),
        ("Smith told reporters:", "John Smith"),
        ("Smith put it bluntly:", "John Smith"),
        ("John Smith, a lawyer for the families, put it bluntly:", "John Smith"),
        ("Then he makes a little joke:", "John Smith"),
    ],
)
def test_session23_a_short_colon_lead_gives_no_quote_to_a_subject_that_does_not_speak(
    lead: str, speaker: str | None
) -> None:
    """Session 23, rule colon-intro (a colon lead of 16 words or fewer) reads narrative-beat's guards: a
    lead that tells what was done to its subject (`_beat_undergoes`) or names a role past the subject's
    appositive (`_beat_other_role`) gives the quote to no one (the start gave it to the subject). The
    ordinary leads ("Smith said:", "Smith told reporters:", "Smith put it bluntly:") still attribute.
    CASED_WRITE and Multi-News+ WRITE: colon-intro speakers 2 -> 2 and 0 -> 0 (no quote moves)."""
    text = (
        "The inquiry into the harbour fire opened in Lanford on Monday. John Smith met the families.\n"
        f"The hearing was short. {lead} “You are a danger to everyone in this town and will stay in "
        "prison.”\n"
        "The hearing goes on."
    )
    got = _rules(text)["You are a danger to everyone in this town and will stay in prison"]
    assert got[0] == speaker


def test_session23_a_surname_with_its_particle_is_no_name_in_full() -> None:
    """Session 23: a bare "da Silva" (a surname and its particle) counted as a name written in full, so in
    a story whose best-known da Silva is the candidate Luiz Inacio Lula da Silva the bare "da Silva" after
    "Josue da Silva" kept the candidate's name (CASED_WRITE DUC 2003: 2 quotes wrong -> Josue da Silva).
    Rule surname-here now reads a surname with its particles as one surname: the one person this article
    named in full with it before; the bare form is no full name of anyone."""
    text = (
        "When Josue da Cunha lost his job in June, his family moved to a smaller flat.\n"
        "“I took on debts that I have no way of paying back,” da Cunha, a former clerk, said.\n"
        "The mayor, Paulo Ricardo da Cunha, 52, says the city has no money for new jobs."
    )
    story = prepare_story([RawDoc(id="0", source="test", raw=text)])
    dd = coreference.DocView(0, story.documents[0], list(story.sentences), find_entities(story))
    assert [dd.text[a:b] for a, b, _ in dd.in_full_by_surname["Cunha"]] == [
        "Josue da Cunha",
        "Paulo Ricardo da Cunha",
    ]
    assert _rules(text)["I took on debts that I have no way of paying back"] == (
        "Josue da Cunha",
        "surname-here",
    )


def test_session26_a_name_before_a_role_noun_gives_no_gender_to_the_name() -> None:
    """Session 26 (Multi-News+ train Random(2630), story 42791): "Harry Potter author reaches out to a
    survivor …, who … when she appeared …" made the text call Harry Potter "she" (text_gender), so a
    later "she said" went to Harry Potter. Rule name-before-role: a name right before a role noun is that
    role's modifier, not the subject its sentence's pronouns name; no one fits here (unattributed)."""
    text = (
        "Harry Potter author reaches out to a young survivor of a family shooting, who made national news "
        "when she appeared at a memorial held in honor of her family.\n"
        "The girl, who survived by pretending to be dead, read a passage from Harry Potter at the ceremony.\n"
        "“Happiness can be found in the darkest of times, if one only remembers to turn on the light,” "
        "she said."
    )
    got = _rules(text)[
        "Happiness can be found in the darkest of times, if one only remembers to turn on the light"
    ]
    assert got[0] != "Harry Potter"


@pytest.mark.parametrize(
    "text",
    [
        "A judge vacated the conviction of Paul Gatling for the 1963 shooting death of Lawrence Rothbort.\n"
        "“Paul Gatling repeatedly proclaimed his innocence even as he faced the death penalty,” Brooklyn "
        "District Attorney Ken Thompson said. “He was pressured to plead guilty and did not receive a fair "
        "trial.” Gatling, who walked with a cane as he entered the court, said he came from a civic-minded "
        "family.",
        _SCHOOL + "A judge vacated the conviction of 81-year-old paul gatling for the 1963 shooting death. "
        '" paul gatling repeatedly proclaimed his innocence even as he faced the death penalty, " '
        'brooklyn district attorney ken thompson said. " he was pressured to plead guilty and did not '
        'receive a fair trial. " gatling, who walked with a cane as he entered the court, said he came '
        'from a civic-minded family and " this has stopped me from voting. "',
    ],
)
def test_session26_a_quote_between_two_speakers_own_content_after_is_unsure(text: str) -> None:
    """Session 26 (Multi-News+ train Random(2630), story 2347): a quote ending its sentence right after
    another speaker's attributed quote, then "Gatling, who …, said he came from …": the verb says a clause
    of its own (rule own-content reads a subject pronoun and a word after the verb too, and a clause that
    runs into a quote of its own), so the quote is Thompson's going on or Gatling's: the text does not say
    (rule own-content-unsure: speech, no speaker; it went to Gatling, whom it is about)."""
    got = _rules(text)
    key = next(k for k in got if k.lower().startswith("he was pressured"))
    assert got[key][0] is None


def test_session26_a_bracketed_credit_with_a_slash_names_no_participant() -> None:
    """Session 26 (Multi-News+ train Random(2630), story 10581): "( linda davidson/the washington post )"
    is a photo credit: rule photo-credit reads brackets holding a name, a slash and its outlet, so "the
    board chairman" is not the photographer (role-last-named gave Linda Davidson)."""
    text = (
        _SCHOOL + "Members of the school board met on thursday. ( linda davidson/the washington post ) the "
        'meeting ran late. " we found no credible evidence of wrongdoing by anyone at the school, " the '
        "board chairman said."
    )
    got = _rules(text)["we found no credible evidence of wrongdoing by anyone at the school"]
    assert got == ("the board chairman", "role-description")


def test_session26_the_role_is_not_the_man_its_clause_calls_him() -> None:
    """Session 26 (Multi-News+ train Random(2630), story 10581): rule other-role, object-pronoun: "the board
    chairman dismissed the allegations against him as lacking "…"": the "him" is the man named last, so he
    is not the chairman (role-last-named gave Wayne Pacelle, the chief executive)."""
    text = (
        "Humane Society chief executive Wayne Pacelle resigned on Friday amid complaints from staff.\n"
        "It came two hours after the board chairman dismissed the allegations against him as lacking "
        "“credible evidence of wrongdoing by anyone at the society.”"
    )
    got = _rules(text)["credible evidence of wrongdoing by anyone at the society"]
    assert got == ("the board chairman", "other-role")


def test_session26_the_role_is_not_an_unnamed_source_of_another_role() -> None:
    """Session 26 (Multi-News+ train Random(2630), story 10427, "story highlights"): rule other-role
    (the-role): an unnamed source of another head just quoted ("an official") is not "the governor": the
    description stands (role-last-named gave "an official")."""
    text = (
        "The suspect is in serious condition, officials said on Saturday.\n“He is intubated and sedated,” an "
        "official said. “We found no credible evidence of wrongdoing by anyone at the society,” the "
        "governor said."
    )
    got = _rules(text)["We found no credible evidence of wrongdoing by anyone at the society"]
    assert got == ("the governor", "other-role")


def test_session26_lower_case_words_after_of_are_the_topic() -> None:
    """Session 26 (LongBench dev WRITE 778d1fdd6453): rule topic-of (name-in-phrase): "says Young of
    cannabis-related cases": lower-case words after "of" say what the words are about, and the name still
    heads the phrase (it was read as a description: no speaker, and none for the quote after it)."""
    text = (
        "Lt. Dennis Young of the Humboldt County Sheriff's Office said the cases are hard to investigate.\n"
        '"No one wants to cooperate with a missing persons investigation," says Young of cannabis-related '
        'cases. "Many people from throughout the state come to Humboldt County to work in the cannabis '
        'industry."'
    )
    got = _rules(text)
    assert got["No one wants to cooperate with a missing persons investigation"] == (
        "Dennis Young",
        "topic-of",
    )
    assert (
        got["Many people from throughout the state come to Humboldt County to work in the cannabis industry"][
            0
        ]
        == "Dennis Young"
    )


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Sources close to the actress say the letter had the desired effect.\n"
            '"I\'m sure it would have been a very emotional read for her," the source shared. "I think this '
            'letter was a hint at the old Tom."',
            "the source",
        ),
        ("Jon Tallis shared a photo of the crowd on Monday.", None),
    ],
)
def test_session26_shared_reports_words_only_alone(text: str, speaker: str | None) -> None:
    """Session 26 (LongBench dev WRITE 38e4f1355f3b): rule shared-alone: "shared" reports words when only a
    comma or the sentence's end follows it (""…," the source shared."), not "shared a photo"."""
    got = _rules(text)
    if speaker is None:
        assert not got
    else:
        assert got["I'm sure it would have been a very emotional read for her"] == (
            "the source",
            "description",
        )
        assert got["I think this letter was a hint at the old Tom"][0] == "the source"


def test_session26_caseless_name_reads_a_lone_surname_after_the_verb() -> None:
    """Session 26 (Multi-News+ train Random(2630), story 19774): rule surname-after (caseless-name): ""…,"
    said lane, who sat …" after "cornerback jeremy lane": the one person this document names in full with
    that surname, as surname-here reads a surname before the verb (it was left unattributed)."""
    text = (
        _SCHOOL + "Seattle cornerback jeremy lane sat during the national anthem before the game on friday. "
        '" i thought about it for a week or so and i just think it is okay for me to do it, " said lane, who '
        "sat during the anthem again."
    )
    got = _rules(text)["i thought about it for a week or so and i just think it is okay for me to do it"]
    assert got[0] == "Jeremy Lane"


@pytest.mark.parametrize(
    "lead",
    [
        "Rep. Joe Wilson requested a minute of time, closing with his standard sign-off:",
        "Rep. Joe Wilson (R-S.C.) requested a minute of time to speak his mind, closing with his standard "
        "sign-off:",
    ],
)
def test_session26_a_colon_lead_opened_by_a_title_and_a_name_is_that_persons(lead: str) -> None:
    """Session 26 (session 25's open item, quotes after a colon; tuned frozen5 fcd1ab's shape): rule
    titled-subject: colon-intro's and narrative-beat's subject is the person named at the lead's start
    after titles alone ("Rep. Joe Wilson …: "…""), as without the title (it was left unattributed)."""
    text = (
        lead + " “God bless our troops, and we will never forget September the 11th.” After that, the House "
        "moved on."
    )
    assert (
        _rules(text)["God bless our troops, and we will never forget September the 11th"][0] == "Joe Wilson"
    )


def test_session26_a_sentence_end_glued_to_a_description_is_no_part_of_it() -> None:
    """Session 26 (Multi-News+ train Random(2631), story 21943): rule glued-stop (description): "just
    after 1 am.another driver called chp to report a driver who was "…"": the words up to the glued full
    stop are the sentence before, so the speaker is "another driver", not "1 am.another driver"."""
    text = (
        _SCHOOL + "The actor was arrested on the freeway just after 1 am.another driver called the highway "
        'patrol to report a driver in a mercedes who was " weaving all over the roadway at slow speeds. "'
    )
    got = _rules(text)["weaving all over the roadway at slow speeds"]
    assert got == ("another driver", "description")


@pytest.mark.parametrize(
    "tail, title",
    [
        (
            '" i think it could go on a while, " the 2008 republican presidential nominee said on nbc\'s '
            '" meet the press. " mccain, who endorsed mitt romney, said the debates hurt them all.',
            "meet the press",
        ),
        (
            '" i always took classified material seriously, " she told " face the nation " host john '
            "dickerson.",
            "face the nation",
        ),
    ],
)
def test_session26_a_show_named_after_an_outlets_possessive_or_before_host_is_a_term(
    tail: str, title: str
) -> None:
    """Session 26 (Multi-News+ train Random(2631), stories 18281 and 28891): a show's name after "on" and an
    outlet's possessive (preposition-title: "said on nbc's "meet the press."") or right before "host"/"anchor"
    (rule host-after: "told "face the nation" host john dickerson") is a term, not speech (they went to
    McCain and Clinton)."""
    got = _rules(_SCHOOL + "Sen. john mccain and hillary clinton spoke on sunday. " + tail)
    assert not any(k.lower().startswith(title) for k in got)


_ROGERS = (
    "Rogers told Lynn Sweet that she saw her role as turning the White House into the “people's house,” and "
    "Michelle Obama praised her in a statement for “welcoming scores of everyday Americans through its "
    "doors, from wounded warriors to local schoolchildren.”"
)


@pytest.mark.parametrize(
    "text",
    [
        "Desiree " + _ROGERS,
        _SCHOOL + _ROGERS.lower().replace("“", '" ').replace("”", ' "').replace("rogers told", "Rogers told"),
    ],
)
def test_session26_a_quote_in_another_persons_clause_is_not_the_first_speakers(text: str) -> None:
    """Session 26 (Multi-News+ train Random(2631), story 36786): rule named-next-clause (same-sentence):
    between the verb of saying and the quote a clause joined by "and"/"but" opens with another person
    ("…, and Michelle Obama praised her in a statement for "…""): the quote is in that person's clause,
    so not the first speaker's; whose words the text leaves unsure (it went to Rogers)."""
    got = _rules(text)
    key = next(k for k in got if k.lower().startswith("welcoming scores"))
    assert got[key][0] is None


def test_session26_a_pollster_is_a_role_before_a_name() -> None:
    """Session 26 (Multi-News+ train Random(2631), story 3106): "pollster" joins the role words, so
    caseless-name reads ""…," says democratic pollster chris anderson" (a role before the first name) and
    the quote going on (it was left unattributed: the words before the name made it no speaker's)."""
    text = (
        _SCHOOL + '" one thing that is clear from our poll is that clinton has been losing support, " says '
        'democratic pollster chris anderson. " and this process appears to have accelerated since the '
        'contests in iowa. "'
    )
    got = _rules(text)
    assert (
        got["one thing that is clear from our poll is that clinton has been losing support"][0]
        == "Chris Anderson"
    )


def test_session26_a_staffer_is_a_description_that_speaks() -> None:
    """Session 26 (Multi-News+ train Random(2631), story 39558): "staffer" joins the speaking heads, so
    ""…," said one staffer from the conservative think tank" keeps its description (it had no speaker)."""
    got = _rules(
        "The senator said he would leave.\n“I'd secretly wished for it,” said one staffer from the think "
        "tank."
    )
    assert got["I'd secretly wished for it"][0] == "one staffer"


_FIRE = "The fire spread across the county over the weekend and crews worked through the night to hold it.\n"


@pytest.mark.parametrize(
    "text",
    [
        _FIRE + "Tallis also said the fires cost taxpayers thousands of dollars. “This investigation is not "
        "about any particular fire department,” Insurance Commissioner and State Fire Marshal Dana Whitcombe "
        "said.",
        _FIRE + "“This investigation is not about any particular fire department,” said Insurance "
        "Commissioner and State Fire Marshal Dana Whitcombe.",
    ],
)
def test_session27_titles_joined_by_and_before_one_name_are_that_persons(text: str) -> None:
    """Session 27 (LongBench dev WRITE 7cfbf3): rule joint-title reads two titles joined by "and" before
    one name when the first title ends on a title word ("Insurance Commissioner and State Fire Marshal
    Mike Causey said"), not only when it opens on one ("President and …"): the quote went to Sealey,
    named in the sentence before, or to no one."""
    got = _rules(text)
    assert got["This investigation is not about any particular fire department"][0] == "Dana Whitcombe"


def test_session27_a_lawyer_for_two_people_speaks_for_them() -> None:
    """Session 27 (issue 15 brief; session 26's joint-speakers left it): rules object-pair and
    principal-pair: in "a lawyer for Jon Tallis and Dana Whitcombe said" both names are the lawyer's
    principals, so the speaker is the description whole (it was Dana Whitcombe, the last person)."""
    got = _rules(_FIRE + "“We will appeal,” a lawyer for Jon Tallis and Dana Whitcombe said.")
    assert got["We will appeal"][0] == "a lawyer for Jon Tallis and Dana Whitcombe"


@pytest.mark.parametrize("case", ["cased", "lower"])
def test_session27_the_role_after_an_unnamed_source_with_an_abbreviation_is_that_source(case: str) -> None:
    """Session 27 (Multi-News+ train Random(2730), story 27529): rule unnamed-source-before reads a
    description with an abbreviation among its words ("a senior U.S. State Department official", up to
    four words before the head): ""…," said the official" went to the president named after it
    (role-last-named: Hosni Mubarak)."""
    text = (
        "A senior U.S. State Department official said President Jon Tallis “was not particularly "
        "forthcoming” in his speech early Saturday. “Our initial impression is that he emphasized security "
        "far more than reform,” said the official, who was not authorized to speak on the record."
    )
    if case == "lower":
        text = _SCHOOL + text.lower().replace("“", '" ').replace("”", ' "')
    got = _rules(text)
    key = next(k for k in got if k.lower().startswith("our initial impression"))
    assert got[key][0] is not None and got[key][0].lower() == "a senior u.s. state department official"


def test_session27_a_verb_inside_brackets_has_its_subject_there() -> None:
    """Session 27 (Multi-News+ train Random(2730), story 38587): rule bracket-subject: the subject of a
    verb of saying inside an open bracket is inside it ("He is robotic ( his own wife asserted … that
    "he made me laugh" …)"): the quote went to "He", the man (Mitt Romney)."""
    text = _SCHOOL + (
        "it makes no sense to carp about jon tallis and the campaign he's running. his faults as a "
        "politician are manifest. he is robotic, unknowable ( his own wife asserted at the national "
        'convention that " he made me laugh " and then failed to cite a single humorous moment ), and out '
        "of touch."
    )
    got = _rules(text)
    assert got["he made me laugh"][0] in (None, "his own wife")


_MOTHER = "her mother, kate everett, thanked the town on monday. "


@pytest.mark.parametrize(
    "text",
    [
        _SCHOOL + _MOTHER + 'in a facebook post, the father of amy " dolly " everett called for more '
        "awareness of bullying.",
        _SCHOOL + _MOTHER + 'the family of amy " dolly " everett, who was once the face of a hat company, '
        "said they wanted to spare others.",
    ],
)
def test_session27_a_nickname_inside_a_name_is_no_speech(text: str) -> None:
    """Session 27 (Multi-News+ train Random(2730), story 37624): rule name-nickname: one or two quoted
    words between a listed first name and the next word of the name are a nickname (it was speech, given
    to her mother); not after a first name that is an ordinary word ("airbus will "provide" helicopters",
    Multi-News+ dev WRITE 48813, kept)."""
    got = _rules(text)
    assert "dolly" not in got
    kept = _rules(_SCHOOL + 'but the report says that airbus will " provide " helicopters for its service.')
    assert "provide" in kept


def test_session27_a_party_bracket_between_name_and_verb() -> None:
    """Session 27 (Multi-News+ train Random(2730), stories 17350, 41492): rule party-bracket: in case-less
    text a party and state in brackets between the name and its verb ("senate minority leader mitch
    mcconnell ( r-ky. ) said", "rep. reid ribble ( r-wis. ) said after …") leave caseless-name its
    speaker, and the bracket's full stop ends no sentence for the quote going on (caseless-adjacent; a
    title's full stop opening the attribution, "rep.", neither); both were unattributed."""
    got = _rules(
        _SCHOOL + '" jon tallis made a compelling case to support it tonight, " rep. dana whitcombe '
        '( r-wis. ) said after leaving the session. " he feels that it is time to start fresh. "'
    )
    assert got["jon tallis made a compelling case to support it tonight"][0] == "Dana Whitcombe"
    assert got["he feels that it is time to start fresh"][0] == "Dana Whitcombe"


@pytest.mark.parametrize("head", ["one juror", "an insider videographer"])
def test_session27_a_juror_or_videographer_is_a_description_that_speaks(head: str) -> None:
    """Session 27 (Multi-News+ train Random(2730), stories 13962, 19290): "juror", "jurors" and
    "videographer" join the speaking heads, so ""…," said one juror" and ""…?" an iditarod insider
    videographer asked" keep their description (they had no speaker)."""
    got = _rules(_SCHOOL + f'" we just could not find the boy liable for what happened, " said {head}.')
    assert got["we just could not find the boy liable for what happened"][0] == head


def test_session27_a_role_and_an_unlisted_name_lead_a_colon_quote() -> None:
    """Session 27 (issue 15 brief, session 26's report): rule role-name-lead (colon-opened): in case-less
    text a lead that is a role and a name no list holds, nothing else, speaks the quote after its colon
    ("republican pollster daron shaw: "…"", unattributed before); an object after a verb is no lead
    ("signs mocking daron shaw: "…"")."""
    quote = '" the numbers have not moved at all this month. "'
    got = _rules(_SCHOOL + "the race is close in the state. republican pollster daron shaw: " + quote)
    assert got["the numbers have not moved at all this month"][0] == "Daron Shaw"
    got = _rules(_SCHOOL + "the crowd held signs mocking daron shaw: " + quote)
    assert got["the numbers have not moved at all this month"][0] is None


@pytest.mark.parametrize("role", ["pitcher", "sox right-hander"])
def test_session27_a_player_position_is_a_role_before_a_name(role: str) -> None:
    """Session 27 (Multi-News+ train Random(2730), story 26499): player positions join the role words
    (pitcher, catcher, quarterback, cornerback, linebacker, outfielder, infielder, shortstop, reliever,
    right-hander, left-hander, goalkeeper, goalie, midfielder, defenseman), so caseless-name reads
    ""…," pitcher james shields said" (the words before the name made it no speaker's)."""
    got = _rules(_SCHOOL + f'" it crushes us in this clubhouse, " {role} james shields said.')
    assert got["it crushes us in this clubhouse"][0] == "James Shields"


def test_session27_tweeted_is_a_verb_of_saying_next_to_a_caseless_name() -> None:
    """Session 27 (Multi-News+ train Random(2730), story 36890): "tweeted" and "tweets" join the verbs
    caseless-name reads next to a name, so ""…," rnc chairwoman ronna mcdaniel tweeted last year" keeps
    its speaker (it had none)."""
    got = _rules(
        _SCHOOL + '" returning his money should be a no-brainer, " rnc chair ronna mcdaniel tweeted.'
    )
    assert got["returning his money should be a no-brainer"][0] == "Ronna McDaniel"


def test_session27_two_peoples_names_side_by_side_are_no_antecedent() -> None:
    """Session 27 (Multi-News+ train Random(2730), story 3016): rule name-run: "Jean-louis goldwater
    bourgeois, 76, …" read as Robert Goldwater's and Louise Bourgeois's surnames side by side opens its
    sentence with a person no entity holds, so a "he" after it has no antecedent (three quotes went to
    Robert Goldwater, his father)."""
    got = _rules(
        _SCHOOL + "the art historian jon goldwater died in 1973, and the sculptor dana bourgeois died in "
        "2010. Jean-louis goldwater bourgeois, 76, an architectural historian, is giving his house away. "
        '" i have a romance with the history of the city, " he told the post.'
    )
    assert got["i have a romance with the history of the city"][0] is None


def test_session27_a_caseless_subject_with_an_apposition_and_no_entity_is_no_antecedent() -> None:
    """Session 27 (Multi-News+ train Random(2731), stories 21252, 32676): rule unseen-subject: in
    case-less text a sentence that opens on two or three words no ordinary English and an apposition
    ("gunhild ninis rosqvist, a professor of geography …, said she was …") opens on a person the entity
    pass could not read, so a "she" after it has no antecedent there: ""…," she added" went to the
    reporter named in the byline, and ""…," she said" after "jodie anderson, the executive director of …"
    to Joan Jett, the singer the story is about."""
    got = _rules(
        _SCHOOL + "by dana tallis. the glacier is shrinking fast. gunhild ninis rosqvist, a professor of "
        'geography, said she was surprised by it. " when we got up there, i could see the surface of the '
        'glacier looked different, " she added.'
    )
    assert got["when we got up there, i could see the surface of the glacier looked different"][0] is None


def test_session27_another_first_name_before_a_known_surname_is_another_person() -> None:
    """Session 27 (issue 15 brief, session 26's report: "cissy houston says" went to Whitney Houston): rule
    other-first-name (name-in-phrase): in case-less text a word in lower case, no ordinary English, title or
    role, right before a person's bare surname at a verb of saying, not that person's first name, is
    another first name: the speaker is the name as written. Not a word of a clause ("whereupon tallis
    denied"), nor a capital ("Cdr tallis said": an abbreviation)."""
    story = _SCHOOL + "dana tallis died in a hotel in 2012. the singer had struggled for years. "
    quote = '" she was a good girl and she loved her family, " '
    got = _rules(story + quote + "cissy tallis says in the interview.")
    assert got["she was a good girl and she loved her family"][0] == "Cissy Tallis"
    got = _rules(story + quote + "Cdr tallis said in the interview.")
    assert got["she was a good girl and she loved her family"][0] != "Cdr Tallis"


def test_session27_a_verb_inside_an_object_relative_clause_attributes_nothing() -> None:
    """Session 27 (Multi-News+ train Random(2731), story 13726): rule object-relative (said-after): a verb
    after "that/which/whom" and a possessive subject ("— based on a story … that his daughter wrote") is the
    relative clause's, not an attribution of the quote before it: "what he calls "step three"" went to "his
    daughter" (now the man who calls it so)."""
    got = _rules(
        _SCHOOL + "jon tallis spoke on the house floor. he fantasizes about what will happen if the research "
        'continues — if it reaches what he calls " step three " — based on a story about harvesting organs '
        "that his daughter wrote: my own daughter wrote a little story about it."
    )
    assert got.get("step three", (None,))[0] != "his daughter"


def test_session27_a_relative_clause_about_the_speaker_does_not_break_the_quote_going_on() -> None:
    """Session 27 (Multi-News+ train Random(2730), story 24693): rule who-aside (caseless-adjacent): a
    relative clause about the speaker after the name (""…," said sibona, whose research will be published in
    january by the hawaii international conference on system sciences.") does not count toward the fifteen
    words an attribution between two quotes may hold, so the speaker goes on (it was unattributed)."""
    got = _rules(
        _SCHOOL + '" researchers spend a lot of time on how people form friendships, " said jon tallis, '
        "whose research will be published in january by the hawaii international conference on system "
        'sciences. " perhaps this will help us develop a theory of the entire cycle. "'
    )
    assert got["perhaps this will help us develop a theory of the entire cycle"][0] == "Jon Tallis"


_LIVED = "Jon Tallis lived in Harwick.\n"
_MESS = "It was a complete mess, with papers everywhere"
_ROOM = "“a tiny room above the old bakery on Main Street,”"


@pytest.mark.parametrize(
    "text",
    [
        "Jon Tallis won a prize in Harwick.\n"
        "The award Jon Tallis shared, “the Harwick Medal for Bravery and Service,” was given by the mayor.",
        _LIVED + f"The flat Jon Tallis shared, {_ROOM} burned down on Monday.",
        _LIVED + f"“{_MESS}.” Police searched the flat Jon Tallis shared.",
        _LIVED + f"The flat that Jon Tallis shared, {_ROOM} burned down.",
    ],
)
def test_session27_shared_closing_a_relative_clause_says_nothing(text: str) -> None:
    """Session 27 review M2: rule shared-subject: "the flat Jon Tallis shared." closes a relative clause;
    its words are no one's."""
    assert all(speaker is None for speaker, _ in _rules(text).values())


@pytest.mark.parametrize(
    "text, speaker",
    [
        (_LIVED + f"“{_MESS},” Jon Tallis shared.", "Jon Tallis"),
        (_LIVED + f"“{_MESS},” a close friend shared.", "a close friend"),
        (_LIVED + f"Jon Tallis shared, “{_MESS}.”", "Jon Tallis"),
    ],
)
def test_session27_shared_after_a_quote_or_opening_its_clause_still_says(text: str, speaker: str) -> None:
    """Rule shared-subject keeps the subject right after a closing mark or opening the clause."""
    assert _rules(text)[_MESS][0] == speaker


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        # rule host-said, session 27 review S1: a quote opening its sentence and ending on a comma inside its
        # marks before "host"/"anchor"/"moderator" and a name is the host's words
        (
            "Jon Tallis hosts the Harwick morning show.\n“We lost four homes,” host Jon Tallis told viewers.",
            "We lost four homes",
            "Jon Tallis",
        ),
        (
            "Dana Whitcombe anchors the Harwick news.\n“Good evening, everyone,” anchor Dana Whitcombe said.",
            "Good evening, everyone",
            "Dana Whitcombe",
        ),
        (
            "Jon Tallis was at the scene.\n“It is over now,” moderator Dana Whitcombe said at the debate.",
            "It is over now",
            "Dana Whitcombe",
        ),
        # a show's name: after "on", bare, or in a title's case
        (
            "Jon Tallis spoke on Sunday.\nAppearing on “Meet the Press,” host Chuck Todd said it was close.",
            "",
            None,
        ),
        ("Jon Tallis spoke on Sunday.\n“Meet the Press” host Chuck Todd said the vote was close.", "", None),
        ("Jon Tallis spoke on Sunday.\n“Meet the Press,” host Chuck Todd said, would air at nine.", "", None),
    ],
)
def test_session27_a_quote_opening_its_sentence_before_host_is_the_hosts(
    text: str, quote: str, speaker: str | None
) -> None:
    got = _rules(text)
    if speaker is None:
        assert not got
    else:
        assert got[quote][0] == speaker


def test_session27_a_clause_after_a_quote_that_ends_its_sentence_is_not_its_attribution() -> None:
    """Session 27 (issue 15 brief: "Stiviano's words -> another person"; session 26's Random(2631), story
    34563): rule stop-then-clause (caseless-name): after a quote that is a sentence of its own and ends in a
    full stop, "sterling told stiviano in the recording that …" opens the next sentence and reports
    something else: the quote went to Donald Sterling; now it has no speaker (hers was read by no rule). A
    fragment inside a sentence ('… backsliding " to a cold war status. " kerry told reporters that …') is
    left to caseless-name."""
    got = _rules(
        _SCHOOL + 'owner jon tallis sits with v. whitcombe. " there were a number of conversations like this '
        'one, " whitcombe told a reporter on friday. " part of what the world heard was only 15 minutes. " '
        "tallis told whitcombe in the recording that she should not post the photos."
    )
    assert got.get("part of what the world heard was only 15 minutes", (None,))[0] != "Jon Tallis"
    got = _rules(
        _SCHOOL + 'secretary of state jon tallis said no one wanted to see backsliding " to a kind of cold '
        'war status. " tallis told reporters at a news briefing that the stance could be posturing.'
    )
    assert got["to a kind of cold war status"][0] == "Jon Tallis"


def test_session27_a_she_is_not_a_man_the_list_names_even_when_she_opens_the_next_sentence() -> None:
    """Session 27 (the rfspeak helper's note): rule list-before-text. text_gender counts a "she" opening
    the sentence after one that names only John Tallis as his, so the very pronoun being resolved made him
    "f" and "She said, “…”" went to him. A first name the list gives to men alone, before a surname, now
    says "m" before the text's votes; a name borne by both (Chris) and a bare surname (Clinton) still take
    the text's word, as before."""
    quote = "It was a long day for everyone"
    text = "{} arrived late at the Harwick town hall on Monday. She said, “It was a long day for everyone.”"
    assert _rules(text.format("John Tallis"))[quote][0] is None
    assert _rules(text.format("Chris Tallis"))[quote][0] == "Chris Tallis"
    assert _rules(text.format("John Tallis").replace("She", "He"))[quote][0] == "John Tallis"
    assert coreference.name_gender("John Tallis") == "m"
    assert coreference.name_gender("Clinton") == "m"  # no text: the list's word, as before


def test_session27_what_a_person_described_as_leads_into_the_quote_after_it() -> None:
    """Session 27 (speakers2; DUC 2003 d30042t, a tuned file's wrong speaker): rule what-described-as. In
    '… declares their country is a “state of the masses,” has created what Jon Tallis described as “not
    exactly a service-oriented economy.”' the verb of a free relative ("what X described as") leads into
    the quote after it: the first quote went to Jon Tallis (said-after, then same-sentence); now it has no
    speaker, and the second stays his. A quote before "is what he said" is not read by this rule."""
    got = _rules(
        "Jon Tallis studies Harwick. The ideology of the town's founders, which declares it a “state of the "
        "masses,” has created what Tallis described as “not exactly a service-oriented economy.”"
    )
    assert got["state of the masses"][0] is None
    assert got["not exactly a service-oriented economy"][0] == "Jon Tallis"


def test_session27_the_one_told_is_not_the_she_who_goes_on() -> None:
    """Session 27 (speakers2; LongBench 6c7741bd…4bbeba, frozen7-unseen, a tuned file's wrong speaker):
    rule addressee. "The reality star-turned-author … told Dana Whitcombe, “…” She went on to admit, “…”"
    gave the second quote to Dana Whitcombe, the one told (the pronoun's antecedent walk found no one else
    named); the teller, whom the sentence does not name, goes on: now no speaker. When the sentence names
    the teller ("Jon Tallis told Dana Whitcombe that …. “…,” she said"), the one told stays hers."""
    quote = "I don't want to be a role model"
    got = _rules(
        "Dana Whitcombe hosts a daytime show. The reality star-turned-author, whose book hit shelves "
        "yesterday, told Whitcombe, “I want to remember my night.” She went on to admit, “I don't want to be "
        "a role model.”"
    )
    assert got[quote][0] is None
    got = _rules(
        "Jon Tallis phoned Dana Whitcombe from Harwick. Over the phone, Tallis told Whitcombe that his "
        "family was hiding. She told him not to give up. “It was very spontaneous,” she said."
    )
    assert got["It was very spontaneous"][0] == "Dana Whitcombe"


def test_session27_the_he_after_a_when_clause_is_its_subject() -> None:
    """Session 27 (speakers2; LongBench 37c635…08f998ac, frozen4-unseen, a tuned file's wrong speaker):
    rule clause-subject (in definite-subject). "At Tallis's condo Saturday, a valet driver wondered …. When
    the valet learned the chief was snared in a sting, he shook his head. “Oh, wow!” he said." gave both
    quotes to Jon Tallis, the chief named before; the he of the main clause goes on naming the when-clause's
    subject, a role no one named holds: now no speaker. "valet" and "doorman" join the role words."""
    got = _rules(
        "Police chief Jon Tallis was arrested on Friday. At Tallis's condo Saturday, a valet driver wondered "
        "if the chief had made a date. When the valet learned the chief was snared in a sting, he shook his "
        "head. “Oh, wow!” he said. “That's some bad luck.”"
    )
    assert got["Oh, wow!"][0] is None
    assert got["That's some bad luck"][0] is None


def test_session27_the_one_prompted_to_warn_is_not_the_one_who_commented() -> None:
    """Session 27 (speakers2; MultiLing en M008, frozen8-unseen, a tuned file's wrong speaker): rule
    caused-to. "The Harwick Gazette's Jon Tallis commented that the speed was too low, prompting the
    agency to warn against “hasty interpretation or speculation”": the words are the agency's, not the
    commenter's; same-sentence gave them to Jon Tallis, now no speaker. A clause that asks ("urging
    residents to remain “calm and vigilant”") leaves the words the asker's."""
    got = _rules(
        "The Harwick Gazette's Jon Tallis commented that the plane's speed was too low, prompting the "
        "agency to warn against “hasty interpretation or speculation” about the cause."
    )
    assert got.get("hasty interpretation or speculation", (None,))[0] is None
    got = _rules(
        "Mayor Jon Tallis said on Monday that the storm would pass, urging residents to remain "
        "“calm and vigilant” through the night."
    )
    assert got["calm and vigilant"][0] == "Jon Tallis"


def test_session27_the_tweet_is_the_one_who_tweeted() -> None:
    """Session 27 (speakers2; LongBench …ae18dd8, frozen6-unseen, a tuned file's wrong speaker): rule
    text-verb (in text-author). "Jon Tallis later tweeted Sunday afternoon saying Dana Whitcombe is “being
    protected by the media.” “She is not a talented person or politician. The media refuses to expose!”
    The tweet said." gave the second quote to "The tweet": the verb that made the text ("tweeted") points
    back to it as a noun ("a tweet") did, so it is Jon Tallis's; and the two sentences back are counted
    from the quote's opening, not from "The tweet", past the quote's own sentences."""
    got = _rules(
        "Jon Tallis later tweeted Sunday afternoon saying Dana Whitcombe is “being protected by the media.” "
        "“She is not a talented person or politician. The media refuses to expose!” The tweet said."
    )
    assert got["She is not a talented person or politician. The media refuses to expose!"][0] == "Jon Tallis"


def test_session28_another_voice_inside_a_turn_is_not_the_turn_speaker() -> None:
    """Session 28 (speakers3; LongBench …cff9c9, an oral history, cased WRITE text): rule
    turn-other-voice. Inside "JON TALLIS: …" the words after "They’re like," or "they basically said to
    him," are the writers' or the network's, not the one who has the floor: interview-turn gave them to
    the turn's speaker, now speech without a speaker. "I just said to him, “…”" stays the turn's."""
    got = _rules(
        "The storm crossed the coast over the weekend and crews worked through the night.\n"
        "JON TALLIS: The writers called me into their office. They’re like, “You can’t change our jokes "
        "anymore, we are the ones who write them.” I didn’t know what to say.\n"
        "DANA WHITCOMBE: I definitely advocated for him. I just said to him, “You can put this through "
        "your prism and make it smarter.” Then they basically said to him, “Welcome aboard, this is how we "
        "do things here.” It was a mess."
    )
    assert got["You can’t change our jokes anymore, we are the ones who write them"][0] is None
    assert got["Welcome aboard, this is how we do things here"][0] is None
    assert got["You can put this through your prism and make it smarter"][0] == "DANA WHITCOMBE"


def test_session28_a_possessor_before_a_capitalised_party_word_is_not_the_subject() -> None:
    """Session 28 (speakers3; DUC 2003 d30050t, cased WRITE text): rule possessor, now past a capitalised
    party or demonym before the role ("Tallis's Republican opponent, state Sen. Mark Whitcombe, … said
    Wednesday that he would make it an issue. “…” he said"), "opponent" a role there: the "he" was Jon
    Tallis (the possessor), now the opponent named in apposition."""
    got = _rules(
        "Jon Tallis has voted with the party on many occasions. Tallis's Republican opponent, state Sen. "
        "Mark Whitcombe, has called on the governor to resign, and said Wednesday that he would make it an "
        "issue. “The Congress can't turn a blind eye to this,” he said."
    )
    assert got["The Congress can't turn a blind eye to this"][0] == "Mark Whitcombe"


def test_session28_the_words_one_recalls_another_saying_are_not_hers() -> None:
    """Session 28 (speakers3; LongBench …69b046, cased WRITE text): rule recalls-saying. "“Mommy,” she
    recalls him saying. “Help me, help me.”": the son's words, which said-after gave to his mother (and the
    quote after them by continuation); now speech without a speaker. "“…,” she said" stays an
    attribution."""
    got = _rules(
        "When Carter Whitcombe woke up with a fever, his mother, Dana Whitcombe, figured that he was coming "
        "down with a cold. The next morning, she found him collapsed on his bedroom floor. “Mommy, please "
        "come here,” she recalls him saying. “Help me, help me.” He could barely stand when she picked him "
        "up. “It was the worst morning of my life,” Dana Whitcombe said."
    )
    assert got["Mommy, please come here"][0] is None
    assert got["Help me, help me"][0] is None
    assert got["It was the worst morning of my life"][0] == "Dana Whitcombe"


def test_session28_a_radio_or_television_is_a_head_that_speaks() -> None:
    """Session 28 (speakers3; DUC 2003 d31027t, cased WRITE text): speaking heads radio and television.
    "Harwick radio said people queued …. “…,” the radio said. “…”": the description was refused as no
    speaking head (no speaker for either quote); now "the radio", as "the newspaper" or "the station"."""
    got = _rules(
        "Harwick radio said people queued in long lines to vote on Friday. “People voted for the republic,” "
        "the radio said. “People's participation is unprecedented and unique.”"
    )
    assert got["People voted for the republic"][0] == "the radio"
    got = _rules(
        "State television said the vote went well. “People voted for the republic in large numbers,” the "
        "television said."
    )
    assert got["People voted for the republic in large numbers"][0] == "the television"


def test_session28_a_plural_subjects_present_verb_attributes() -> None:
    """Session 28 (speakers3; LongBench …6ad28d, cased WRITE text): rule plural-present. "“…,” the
    authors write." was unattributed: the verb list holds "writes" and "wrote", not a plural subject's
    "write"; now the description, as "the authors said" would be. A verb with its own object after it
    ("the students write essays") is no attribution."""
    got = _rules(
        "The study looked at the pages of many editions of the encyclopaedia. “Our analysis shows that most "
        "important historical figures are born in western countries,” the authors write."
    )
    quote = "Our analysis shows that most important historical figures are born in western countries"
    assert got[quote][0] == "the authors"
    got = _rules(
        "The school asked its pupils about the war. “We remember the ones who did not come home from the "
        "front,” the students write essays about it every year."
    )
    assert got.get("We remember the ones who did not come home from the front", (None,))[0] != "the students"


def test_session28_a_clause_of_her_own_tells_nothing_of_his_gender() -> None:
    """Session 28 (speakers3; LongBench …69b046, cased WRITE text): rule other-clause-subject in the text's
    own genders. "Carter could barely stand when she picked him up, and his neck was arched backward.
    “…,” she said": the sentence gave Carter both "she" and "his", so no gender, and "she" went back to
    him; the "she" opening a clause of its own ("when she picked him up") is another person, so the
    sentence tells "he" for Carter, and "she" is his mother."""
    got = _rules(
        "When Carter Whitcombe woke up with a fever, his mother, Dana Whitcombe, figured that he was coming "
        "down with a cold. The next morning, she found him on his bedroom floor. Carter could barely stand "
        "when she picked him up, and his neck was arched backward. “What was most alarming was that he had "
        "no control over his right arm,” she said."
    )
    assert got["What was most alarming was that he had no control over his right arm"][0] == "Dana Whitcombe"


def test_session30_a_role_written_as_another_s_is_not_the_named_person_s() -> None:
    """Session 30 (speakers30; LongBench dev …65b66505, cased): rule role-of-another (the-role). "The chief
    prosecutor in Hosni Mubarak's trial accused …" then "“…,” said the prosecutor" gave Mubarak's words to
    Mubarak: `_by_role` read "prosecutor" among the three words before the name as his role. A preposition
    (or "whose") between a role and a name makes the role another's: no role-introduced, and then the text
    introduced the role's bearer by the role alone, so the person named last (Mubarak's son) is no bearer
    either: the description stands. A role right before the name, after titles, or in the name's apposition
    still introduces it."""
    got = _rules(
        "The chief prosecutor in Jon Tallis's trial accused the former mayor of taking bribes on Monday. His "
        "son, Mark Tallis, is on trial with him.\n“Here we have a mayor who sold the city to his friends for "
        "ten years,” said the prosecutor."
    )
    assert got["Here we have a mayor who sold the city to his friends for ten years"] == (
        "the prosecutor",
        "role-of-another",
    )
    got = _rules(
        "The lawyer for Jon Tallis asked the court on Monday to drop the charges.\n"
        "“My client has done nothing wrong and the city knows it,” the lawyer said."
    )
    assert got["My client has done nothing wrong and the city knows it"] == ("the lawyer", "role-of-another")
    got = _rules(
        "Bob Adams, spokesman for the mayor, spoke to reporters on Monday.\n"
        "“We have done nothing wrong and the city knows it,” the mayor said."
    )
    assert got["We have done nothing wrong and the city knows it"] == ("the mayor", "role-of-another")
    for intro in (
        "Medical examiner Dr. Dana Whitcombe wrote the report.",
        "Dana Whitcombe, the medical examiner, wrote the report.",
    ):
        got = _rules(
            intro + "\n“The heart showed no sign of any disease at all,” the medical examiner noted."
        )
        assert got["The heart showed no sign of any disease at all"] == ("Dana Whitcombe", "role-introduced")


@pytest.mark.parametrize(
    ("intro", "said", "name"),
    [
        (
            "Secretary of State Dana Whitcombe arrived in Harwick on Monday.",
            "the secretary said",
            "Dana Whitcombe",
        ),
        (
            "Minister of Defence Dana Whitcombe visited the Harwick base on Monday.",
            "the minister said",
            "Dana Whitcombe",
        ),
        (
            "Chief of Police Dana Whitcombe spoke to reporters in Harwick on Monday.",
            "the chief said",
            "Dana Whitcombe",
        ),
        ("Mayor of Harwick Jon Tallis opened the new bridge on Monday.", "the mayor said", "Jon Tallis"),
        (
            "Minister for Health Jon Tallis opened the new clinic on Monday.",
            "the minister said",
            "Jon Tallis",
        ),
    ],
)
def test_session30_a_capitalised_title_with_of_is_the_person_s_own(intro: str, said: str, name: str) -> None:
    """Session 30 review S3 (30bafd0 role-of-another): "Secretary of State Dana Whitcombe … the secretary
    said" gave the description, the "of" read as making the role another's. Rule role-own-title: a
    capitalised role whose "of"/"for" is followed by a capitalised word before the name is the person's own
    title."""
    quote = "We will not accept any deal that leaves the border open"
    got = _rules(f"{intro}\n“{quote},” {said}.")
    assert got[quote] == (name, "role-introduced")


@pytest.mark.parametrize(
    "intro",
    [
        "Widow of Senator Jon Tallis, Dana Whitcombe, asked for the report on Monday.",
        "Widow of Senator Jon Tallis Demands Answers At Harwick Inquiry.",
        "Lawyer for Sen. Jon Tallis, Dana Whitcombe, asked for the report on Monday.",
    ],
)
def test_session31_a_role_before_a_titled_name_is_another_s(intro: str) -> None:
    """Session 31 review S2 (1f6b8ca role-own-title): a role opening a sentence or a headline is capitalised
    there whatever it is; "Senator" right before the name is the name's own title, so "Widow of" is the
    senator's widow's role, not Tallis's (gave Jon Tallis, role-introduced)."""
    quote, role = "Nobody has told us the truth about that night", "the " + intro.split()[0].lower()
    got = _rules(f"The Harwick inquiry into the crash opened on Monday. {intro}\n“{quote},” {role} said.")
    assert got[quote] == (role, "role-of-another")


def test_session30_a_lower_case_role_for_a_name_stays_another_s() -> None:
    """Session 30 review S3: rule role-own-title needs a capitalised title; "Lawyer for Jon Tallis" ends its
    title at "for" with the name right after, and stays another's role."""
    quote = "My client has done nothing wrong and the city knows it"
    for intro in (
        "The lawyer for Jon Tallis asked the court",
        "Lawyer for Jon Tallis Bob Adams asked the court",
    ):
        got = _rules(f"{intro} on Monday to drop the charges.\n“{quote},” the lawyer said.")
        assert got[quote] == ("the lawyer", "role-of-another"), intro


def test_session30_an_abbreviated_rank_ends_no_attribution() -> None:
    """Session 30 (speakers30; LongBench dev …3da26d7a, cased): rule abbreviated-rank. "“…,” Israel's top
    military spokesman, Brig. Gen. Yoav Mordechai, told Israel's Channel 2 television." was unattributed:
    the full stop of "Brig." ended the attribution phrase, as those of "Spc.", "Pfc.", "Msgr." and "Amb."
    did ("Army Spc. Charles Graner"; "“…,” said Amb. Dana Whitcombe" gave "Amb"), and a name in apposition
    to a capitalised possessor's description was read only with no title before it. They end no phrase
    now, as "Gen." and "Sgt." did; such a title read as a name ("Brig") names no one, and the description
    before a titled name leaves it to titled-apposition."""
    quote = "We are in the process of expanding the campaign"
    for title in ("Brig. Gen.", "Army Spc.", "Pfc.", "Msgr.", "Amb."):
        for phrase in (f"{title} Dana Whitcombe told the radio.", f"said {title} Dana Whitcombe."):
            got = _rules(f"Troops moved south on Monday. “{quote},” {phrase}")
            assert got[quote][0] == "Dana Whitcombe", phrase
    for described in ("Harwick's top military spokesman", "the army spokesman"):
        got = _rules(
            f"Troops moved south on Monday. “{quote},” {described}, Brig. Gen. Dana Whitcombe, said."
        )
        assert got[quote] == ("Dana Whitcombe", "titled-apposition"), described


def test_session30_a_pronoun_chain_skips_the_one_told_about() -> None:
    """Session 30 (speakers30; LongBench dev …696bd0e1, cased): rule pronoun-chain. "… told the
    BBC that Spacey tried to seduce him …. He said Spacey asked him to share his bed, but he slept on the
    sofa …. He said he didn't believe anything sexual took place, but added, "…"" gave the accuser's words
    to Spacey, the first person named in the sentence before. A sentence whose subject is the same pronoun
    telling what it said names the one told about after its verb: the chain goes on before it. Another
    pronoun's sentence ("She said …" for a "he") is no such link."""
    text = (
        "Actor Jon Tallis told a radio host on Monday that Mark Whitcombe tried to kiss him at a party in "
        "1990 when he was 17. He said Whitcombe asked him to stay the night, but he slept on the sofa. He "
        "said he did not believe anything else took place, but added, “I was uncomfortable at best, and "
        "scared at worst.”"
    )
    assert _rules(text)["I was uncomfortable at best, and scared at worst"] == (
        "Jon Tallis",
        "pronoun-antecedent",
    )
    text = (
        "Dana Tallis told a radio host on Monday about the party. She said Mark Whitcombe asked her friend "
        "to stay the night. “I was uncomfortable at best, and scared at worst,” he said."
    )
    assert _rules(text)["I was uncomfortable at best, and scared at worst"][0] == "Mark Whitcombe"


@pytest.mark.parametrize("role", ["lawyer for Jon Tallis", "chief prosecutor in the Tallis trial"])
def test_session31_the_role_of_another_names_the_name_in_apposition(role: str) -> None:
    """Session 31 (review N3, rule role-of-apposition): "The lawyer for Jon Tallis, Dana Whitcombe, asked
    …. "…," the lawyer said." gave "the lawyer" (role-of-another read Tallis as the lawyer's other and
    found no bearer): the name in apposition after "the <role> <preposition> X," is the role's bearer, as
    "Jon Tallis's lawyer, Dana Whitcombe," was. A list after the name is no apposition."""
    quote = "My client has done nothing wrong"
    lead = "Jon Tallis was charged with fraud on Monday. "
    text = f"{lead}The {role}, Dana Whitcombe, asked the court for more time. “{quote},” the "
    word = role.split(" for ")[0].split(" in ")[0].split()[-1]
    assert _rules(text + f"{word} said.")[quote] == ("Dana Whitcombe", "role-introduced")
    listed = f"{lead}The {role}, Dana Whitcombe and Bob Hale, asked for time. “{quote},” the {word} said."
    assert _rules(listed)[quote][0] != "Dana Whitcombe"


@pytest.mark.parametrize(
    "verb", ["elaborates", "boasts", "averred", "avers", "insists", "responds", "stresses"]
)
def test_session31_every_form_of_a_listed_speech_verb_says(verb: str) -> None:
    """Session 31 (issue 15): `SPEECH_VERBS` held "elaborated" and "boasted" but not "elaborates" or
    "boasts" (nor "responds", "stresses", … of the verbs it lists), and no "aver": "“…,” Tallis
    elaborates." after a sentence on Whitcombe was hers (narrative-beat). Each form names the speaker."""
    text = (
        "Jon Tallis runs the mill in Harwick. Dana Whitcombe, his partner, joined him last year. "
        f"“We will hire forty people this year,” Tallis {verb}."
    )
    assert _rules(text)["We will hire forty people this year"] == ("Jon Tallis", "name-in-phrase")


def test_session31_a_statement_that_names_the_person_is_not_theirs() -> None:
    """Session 31 (rule text-of-another, LongBench dev …2454f): "Hagel … reiterates “…,” according to a
    statement released by the Department of Defense. “Secretary Hagel also expressed …,” the statement
    said." gave the statement's words to Hagel (text-author: "the statement" is the quote before's
    speaker's): a text that speaks of that person by surname is whoever issued it, not theirs."""
    lead = (
        "Harwick Mayor Jon Tallis met the governor on Monday and said “the bridge will be built this year,” "
        "according to a statement released by his office. "
    )
    got = _rules(lead + "“Mayor Tallis also thanked the governor for her support,” the statement said.")
    assert got["the bridge will be built this year"][0] == "Jon Tallis"
    assert got["Mayor Tallis also thanked the governor for her support"][0] != "Jon Tallis"
    got = _rules(lead + "“The work starts in May and ends before the winter,” the statement said.")
    assert got["The work starts in May and ends before the winter"][0] == "Jon Tallis"


def test_session31_a_statement_that_names_the_person_is_its_issuers() -> None:
    """Rule text-of-another, its issuer (LongBench dev …2454f: "according to a statement released by the
    Department of Defense. “Secretary Hagel also expressed …,” the statement said" is the Pentagon's): the
    body named right after the text's noun ("released by", "from") speaks it; none named, no one."""
    text = (
        "Harwick Mayor Jon Tallis met the governor on Monday and said “the bridge will be built this year,” "
        "according to a statement released by the Harwick City Council. "
        "“Mayor Tallis also thanked the governor for her support,” the statement said."
    )
    got = _rules(text)
    assert got["the bridge will be built this year"][0] == "Jon Tallis"
    assert got["Mayor Tallis also thanked the governor for her support"][0] == "Harwick City Council"


@pytest.mark.parametrize(
    "subject",
    [
        "Tourism is new there, and the ideology propounded by Col. Jon Tallis, the Harwick leader, declares",
        "The policy proposed by Sen. Jon Tallis states",
        "A spokesman hired by Jon Tallis said",
    ],
)
def test_session31_the_agent_of_a_participle_is_no_speaker(subject: str) -> None:
    """Session 31 (rule agent-of-modifier; DUC 2003 d30042t, which a new "declares" of SPEECH_VERBS
    reached): "the ideology propounded by Col. Moammar Gadhafi … declares their country is a “…”" gave
    Gadhafi the ideology's words. A name after a participle's "by" that modifies the subject's noun is not
    the subject, but a text's maker is ("A report released by …")."""

    def speakers(text: str) -> list[str | None]:
        story = prepare_story([RawDoc(id="0", source="test", raw=text)])
        found, _ = quotes.attributed(story.documents, story.sentences, find_entities(story), story.caseless)
        return [q.speaker for _, q in found]

    tail = " the mill is “a danger to the town and its people.”"
    assert "Jon Tallis" not in speakers(subject + tail)
    assert speakers("A report released by Jon Tallis declares that" + tail) == ["Jon Tallis"]


@pytest.mark.parametrize("noun", ["speech", "remarks", "address", "testimony", "interview", "sermon"])
def test_session32_words_said_aloud_speak_for_their_maker(noun: str) -> None:
    """Session 31 review N2: rule agent-of-modifier takes a text's maker as its speaker ("A report released
    by ... declares"); a speech, remarks, an address, testimony, an interview or a sermon are made texts
    too, said aloud."""
    text = f"The {noun} given by Jon Tallis on Monday declares, “We will rebuild the Harwick bridge.”"
    assert _rules(text)["We will rebuild the Harwick bridge"][0] == "Jon Tallis"


@pytest.mark.parametrize(
    "text",
    [
        "Irving Tallis Jr., the chief of the Harwick nation, wants a land deal. “We have lived here for a "
        "thousand years,” said Tallis. His father, Irving Tallis Sr., also served as chief. The talks go on. "
        "“We will not leave our land,” Tallis said.",
        "Irene Tallis, president of the union and the daughter of former Gov. Ann Tallis, praised the deal. "
        "“We will not leave our land,” Tallis said.",
    ],
)
def test_session31_a_relative_named_for_another_is_not_the_surname(text: str) -> None:
    """Session 31 (rule relative-not-bearer; tuned frozen5 …b3f731, frozen7 D0601A): a bare surname the
    entity pass gave to the nearest full name, a relative named only as another bearer's ("his father,
    Irving Powless Sr.", "the daughter of former Texas Gov. Ann Richards"), stands for the bearer the
    article writes about."""
    got = _rules(text)["We will not leave our land"]
    assert got[0] in ("Irving Tallis Jr.", "Irene Tallis")
    assert got[1] == "relative-not-bearer"


@pytest.mark.parametrize(
    "text",
    [
        # the relative named speaking: a later bare surname may go on with that speaker
        "Jon Tallis, 19, was hurt when his car hit a tree in Harwick on Monday.\nHis father, Mark Tallis, "
        "said the family was shaken.\n“He is the bravest boy in the town,” Tallis said.",
        "Jon Tallis, 19, was hurt when his car hit a tree in Harwick on Monday.\nHis father, Mark Tallis, a "
        "nurse at Harwick Hospital, asked drivers to slow down.\n“Nobody should go through it,” Tallis said.",
        # the bearer's death told before the quote: the dead man does not speak
        "Jon Tallis, 19, was killed when his car hit a tree in Harwick on Monday.\nHis father, Mark Tallis, "
        "drove to the scene at night.\n“He was the bravest boy in the town,” Tallis said.",
    ],
)
def test_session32_a_relative_who_speaks_or_a_dead_bearer_keeps_the_relative(text: str) -> None:
    """Session 31 review M1: rule relative-not-bearer gave a father's words on his dead son to the son. The
    rule holds back when the document named the relative speaking, or told of the bearer's death in a
    sentence naming him before the quote."""
    (got,) = _rules(text).values()
    assert got == ("Mark Tallis", "name-in-phrase")


def test_session31_a_relative_called_by_first_name_keeps_the_surname_for_the_other() -> None:
    """Rule relative-not-bearer leaves family-surname's case: the article calls the daughter "Autumn", so
    "Veatch" is her father, named as "her father, David Veatch"."""
    text = (
        "Autumn Veatch, 16, called her father, David Veatch, from a hospital. Autumn had walked for two "
        "days. Autumn was found on Monday. “She is a strong girl,” Veatch said."
    )
    assert _rules(text)["She is a strong girl"][0] == "David Veatch"


def test_session32_a_hometown_with_its_own_comma_is_an_apposition_of_the_subject() -> None:
    """Session 32 (rule hometown; tuned frozen7 44aa93…): "Before the surgery, Kieran, from Bushey,
    Hertfordshire, said: "…"" was left unattributed: the comma inside the place made "from Bushey" read as
    the subject. And the speaker is the name, not the age before it (rule age-not-first-name: "Nine-year-old
    Kieran" at the sentence's start is no first name and surname)."""
    text = (
        "Nine-year-old Oliver was born deaf. Before the surgery, Oliver, from Bushey, Hertfordshire, said: "
        "“I have always wanted big ears, and now I am going to have them.”"
    )
    assert _rules(text)["I have always wanted big ears, and now I am going to have them"][0] == "Oliver"


@pytest.mark.parametrize(
    "subject",
    [
        "The Harwick Department of Transportation (HDT), which runs the barriers,",
        "The Harwick Water Board",
    ],
)
def test_session32_a_body_opening_the_sentence_is_the_participle_s_subject(subject: str) -> None:
    """Session 32 (rule body-subject; LongBench dev a88892…, tuned frozen6): "The California Department of
    Transportation (CalTrans), which …, released a statement to KGO saying "…"" was left unattributed: the
    participle's subject was sought only among persons. An organisation opening the sentence is it; one
    before a possessive or a role is not ("The Harwick Water Board's lawyer …", "… Board director …")."""
    text = f"{subject} released a statement on Monday saying “the work on the pipes was scheduled.”"
    assert _rules(text)["the work on the pipes was scheduled"][0] in subject
    for other in (
        "The Harwick Water Board's lawyer released a statement on Monday saying “the work was done.”",
        "Harwick Water Board director Sam Tallis released a statement on Monday saying “the work was done.”",
    ):
        assert _rules(other)["the work was done"][0] != "Harwick Water Board"


@pytest.mark.parametrize(
    "after",
    [
        "council leader mary jones was first elected in 2010.",  # the subject of a form of "be"
        "council leader mary jones, 52, and her deputy have been in office since 2010.",
        "police have not named mary jones as a suspect.",  # the object of a verb before it
    ],
)
def test_session33_a_person_told_about_after_the_quote_names_no_new_speaker(after: str) -> None:
    """Rule told-about: in case-less text, the sentence after the quote tells about a person (what she is,
    or what was done to her), so she is no one who answers it: caseless-adjacent carries the speaker
    before (Multi-News+ dev: "… conklin was 17 when …", "… katz is believed to have …")."""
    q = _rules(
        _SCHOOL + 'Mayor john smith spoke at the rally on monday. " we will win this vote, " smith said. '
        '" the count will be done by friday. " ' + after
    )
    assert q["the count will be done by friday"] == ("John Smith", "caseless-adjacent")


@pytest.mark.parametrize(
    "after",
    [
        "council leader mary jones shook her head.",  # an act of hers: she may be who answers
        "asked about it, council leader mary jones frowned.",  # a comma: no object of the verb before
    ],
)
def test_session33_a_person_who_acts_after_the_quote_still_stops_the_chain(after: str) -> None:
    """Rule told-about reads no act: a person who does something in the sentence after the quote may be
    the one who answers it, so the quote keeps no speaker."""
    q = _rules(
        _SCHOOL + 'Mayor john smith spoke at the rally on monday. " we will win this vote, " smith said. '
        '" the count will be done by friday. " ' + after
    )
    assert q["the count will be done by friday"][0] is None


@pytest.mark.parametrize("subject", ["the council", "Norway"])
def test_session33_what_he_terms_is_nearer_than_the_sentence_s_verb(subject: str) -> None:
    """Rule what-calls-nearest: "what he terms "…"" right before the marks names whose words they are,
    nearer than a verb of saying earlier in the sentence, whose subject only reports its own words."""
    q = _rules(
        "Under pressure from its neighbours to halt new building, "
        + subject
        + " has said it would not build new towns but Mayor Jon Tallis supports growing the old ones to fit"
        ' what he terms "natural growth."'
    )
    assert q["natural growth"][0] == "Jon Tallis"


def test_session33_a_relative_clause_after_the_apposition_is_an_aside() -> None:
    """Rule who-after-apposition: in case-less text, "said X, a teacher at … who has worked …" is one
    attribution however long its relative clause, so the quote right after it goes on with X
    (caseless-adjacent counts the attribution's words without the clause)."""
    q = _rules(
        _SCHOOL + '" it is a shock to all of us, " said mary jones, a teacher at the high school who has '
        'worked with the board on the plan for ten years. " we will talk with every family that wrote to us '
        'this week. " the meeting is on friday.'
    )
    said = q["we will talk with every family that wrote to us this week"]
    assert said == ("Mary Jones", "caseless-adjacent")


@pytest.mark.parametrize(
    "text",
    [
        "The Harwick Water Board, which had stayed silent for days, released a video showing Jon Tallis "
        "saying “we will win this fight in the courts.”",
        "The Harwick Water Board fired Jon Tallis on Monday, with his lawyer later saying “this is an "
        "outrage and we will sue.”",
        "The Harwick Police Department arrested Jon Tallis, who was seen leaving the bank saying “nobody "
        "move or you will get hurt.”",
        "The Harwick Police Department arrested a man who was seen leaving the bank saying “nobody move "
        "or you will get hurt.”",
    ],
)
def test_session33_a_body_is_not_the_subject_of_another_s_participle(text: str) -> None:
    """Session 33 review M1 (rule body-subject, 15cb3db): a person named or a "with"/"who" between the
    organisation opening the sentence and the participle of saying may be its subject: the organisation is
    not. Its own aside ("The Harwick Water Board, led by Jon Tallis, released …") does not count."""
    said = text[text.index("“") + 1 : text.rindex("”")].rstrip(".,")
    assert _rules(text)[said][0] not in ("Harwick Water Board", "Harwick Police Department")
    own = "The Harwick Water Board, led by Jon Tallis, released a statement saying “the water is safe.”"
    assert _rules(own)["the water is safe"][0] == "Harwick Water Board"


@pytest.mark.parametrize("verb", ["warned", "predicted", "argued"])
def test_session33_the_pronoun_chain_walks_past_any_verb_of_saying(verb: str) -> None:
    """Session 33 review M3 (rule pronoun-chain; D0635H's loss in 8012a2b): "He <verb of saying> that … Tom
    Ross …" tells of Ross, it does not hand the next "he said" to him; the chain read only said/told/added."""
    text = (
        "“Voters do not care about this at all,” said Jon Tallis, whose group studies the courts. He "
        f"{verb} that the ruling would cost Tom Ross votes. “Fair means that the courts treat everyone the "
        "same way,” he said."
    )
    assert _rules(text)["Fair means that the courts treat everyone the same way"][0] == "Jon Tallis"


_RALLY = 'Mayor john smith spoke at the rally on monday. " we will win this vote, " smith said. '


@pytest.mark.parametrize("verb", ["quipped", "conceded", "interjected", "then shouted"])
def test_session33_review_a_verb_opening_the_sentence_after_the_quote_attributes_it(verb: str) -> None:
    """Rule told-about reads a person as the object of a verb only with the verb's subject before it: in
    ""…" quipped council leader mary jones" she is the subject, the attribution of the quote (by a verb
    case-less text does not read), so the quote is not carried on to the speaker before (review33b M1)."""
    q = _rules(
        _SCHOOL + _RALLY + f'" you are wrong about the count. " {verb} council leader mary jones at the '
        "meeting on monday."
    )
    assert q["you are wrong about the count"][0] is None


@pytest.mark.parametrize(
    "after",
    [
        "it was council leader mary jones who answered him first.",
        "council leader mary jones, 52, was blunt in her reply.",
    ],
)
def test_session33_review_a_sentence_telling_her_reply_names_the_next_speaker(after: str) -> None:
    """Rule told-about stands down where the sentence after the quote tells that the person answered: the
    quote is her answer, not the previous speaker's (review33b M2)."""
    q = _rules(_SCHOOL + _RALLY + '" you are wrong about the count. " ' + after)
    assert q["you are wrong about the count"][0] is None


@pytest.mark.parametrize(
    "middle",
    [
        "a teacher at the high school, as a neighbour who lost her car in the flood told reporters about it",
        "a teacher, and the principal who wrote to every family in the district about the plan on monday",
    ],
)
def test_session33_review_a_who_clause_after_another_comma_part_is_no_aside(middle: str) -> None:
    """Rule who-after-apposition reads a relative clause after the speaker's apposition ("a …", "the …"),
    not after another comma part of the sentence ("as a neighbour who … told reporters", "and the
    principal who …"), whose words count: the quote after them is not carried on (review33b M3)."""
    q = _rules(
        _SCHOOL + '" it is a shock to all of us, " said mary jones, ' + middle + '. " we were never warned '
        'about the water. " the meeting is on friday.'
    )
    assert q["we were never warned about the water"][0] is None


@pytest.mark.parametrize(
    "text",
    [
        "The Harwick Water Board, which said nothing for days, released a video showing Jon Tallis saying "
        "“we will win this fight in the courts.”",
        "The Harwick Water Board, which had repeatedly said it was blameless, fired Jon Tallis on Monday, "
        "with his lawyer later saying “this is an outrage and we will sue.”",
    ],
)
def test_session34_a_verb_of_saying_in_the_body_s_own_aside_gives_it_no_participle(text: str) -> None:
    """Rule aside-verb (session 33 review N6): a verb of saying inside the organisation's relative aside
    ("…, which said nothing for days, …") is the aside's; it does not make the organisation the subject of
    a participle after the aside that another may be the subject of. Its own participle stays its own."""
    said = text[text.index("“") + 1 : text.rindex("”")].rstrip(".,")
    assert _rules(text)[said][0] != "Harwick Water Board"
    own = (
        "The Harwick Water Board, which said nothing for days, released a statement on Tuesday saying "
        "“the water is safe.”"
    )
    assert _rules(own)["the water is safe"][0] == "Harwick Water Board"
    person = "Jon Tallis, who said nothing for days, released a statement saying “the water is safe.”"
    assert _rules(person)["the water is safe"][0] == "Jon Tallis"


def test_session34_a_name_credited_before_a_slash_is_no_antecedent() -> None:
    """Rule credit-name: "view slideshow paul tallis/associated press" credits a photograph; the
    photographer is no person of the story, so a "he" after it whose subject the rules cannot read
    ("43-year-old plumber tetsu oda handed …") is not his: no one."""
    q = _rules(
        _SCHOOL + "View slideshow paul tallis/associated press a girl, 12, left a note at the school gate in "
        "cuyahoga falls. Outside the school, parents laid flowers and wrote messages. Some were upset. On "
        "thursday, at the school office on main street, 43-year-old plumber tetsu oda handed a letter to two "
        'staff members. " this is not what school is for, " he said, turning away.'
    )
    assert q["this is not what school is for"][0] is None


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("the specialist said", "the specialist"),
        ("the older gymnast said", "the older gymnast"),
        ("said the Harwick air traffic controller", "the Harwick air traffic controller"),
    ],
)
def test_session34_a_specialist_a_gymnast_a_controller_head_a_description(said: str, speaker: str) -> None:
    """Speaking heads (lexicon/data/speaking_heads.txt): "the specialist", "the older gymnast", "the …
    air traffic controller" name an unnamed source as a clean description; before, no head matched and
    the quote went unattributed."""
    q = _rules(f"Ann Cole met reporters on Monday. “We cannot afford this plan at all,” {said}.")
    assert q["We cannot afford this plan at all"][0] == speaker


@pytest.mark.parametrize("relation", ["spokeswoman", "agent"])
def test_session34_she_after_her_relation_s_quote_is_the_owner_not_the_relation(relation: str) -> None:
    """Rule owner-not-relation: after ""…," her spokeswoman said", a "she said" goes on naming the woman the
    "her" stands for, not the spokeswoman, who is someone else (before, the she chained to "her
    spokeswoman"). "agent" heads a description too (lexicon/data/speaking_heads.txt)."""
    q = _rules(
        f"Ann Cole died on Monday at 79. “She loved every minute of it,” her {relation} said. In a 2009 "
        "interview, she said of her work: “It kept me alive for forty years.”"
    )
    assert q["She loved every minute of it"][0] == f"her {relation}"
    assert q["It kept me alive for forty years"][0] == "Ann Cole"


def test_session34_a_possessive_after_a_noun_opens_the_description() -> None:
    """Rule possessive-restart: in "a birthday her spokeswoman said "…"" the description is "her
    spokeswoman", not "a birthday her spokeswoman"; and the "she" after it is the woman (owner-not-relation).
    "a friend of her mother" keeps its preposition's object."""
    q = _rules(
        "Ann Cole will turn 80 in June, a birthday her spokeswoman said “meant more to her than any prize.” "
        "She said: “I am not done yet.”"
    )
    assert q["meant more to her than any prize"][0] == "her spokeswoman"
    assert q["I am not done yet"][0] == "Ann Cole"
    assert coreference.description("a friend of her mother") == "a friend of her mother"


@pytest.mark.parametrize(
    ("text", "said", "speaker"),
    [
        # kin speak for themselves: the mother's talk goes on (d11a6fe gave the dead girl)
        (
            "Ann Cole, 12, died in the Harwick fire on Monday. “She was a wonderful girl,” her mother said. "
            "“We miss her every day,” she added.",
            "We miss her every day",
            "her mother",
        ),
        (
            "Ann Cole, 12, died in the Harwick fire on Monday. “She was a wonderful girl,” her mother said. "
            "She added: “We miss her every day.”",
            "We miss her every day",
            "her mother",
        ),
        # a quote opening the very next sentence goes on with the one just quoted
        (
            "Jon Tallis was fined on Monday. “He will appeal,” his lawyer said. “This fine is unfair,” he "
            "added.",
            "This fine is unfair",
            "his lawyer",
        ),
    ],
)
def test_review34_kin_and_a_quote_that_goes_on_keep_the_relation(text: str, said: str, speaker: str) -> None:
    """Rule owner-not-relation (d11a6fe) reads "her spokeswoman" as another than a "she" in a sentence of its
    own after it; but kin speak for themselves, and a quote opening the sentence right after the relation's
    quote goes on with it (`coreference._goes_on`), so the "she added" is the mother's, the "he added" the
    lawyer's."""
    assert _rules(text)[said][0] == speaker


def test_caseless34_a_name_four_lower_words_after_for_is_the_object_not_the_speaker() -> None:
    """Rule object-of (`_OBJECT_OF`): in "a spokeswoman for orange county district attorney lena markovic
    said" the spokeswoman speaks, not the prosecutor named four lower-case words after "for" (before, only
    two words were allowed there, so once role-and-name read the name the prosecutor became the speaker)."""
    q = _rules(
        _SCHOOL
        + '" it will take weeks, " a spokeswoman for orange county district attorney lena markovic said.'
    )
    assert next(iter(q.values()))[0] == "a spokeswoman", q


def test_session35_a_credit_lines_outlet_after_a_slash_is_not_the_speaker() -> None:
    """Rule credit-slash (`_PHRASE_END`): "said Ann Cole/Harwick Post" is a credit line's "Name/Outlet": the
    words are Ann Cole's, not the outlet's (the outlet was the speaker)."""
    q = _rules('Shoppers waited at the door. "We will reopen soon," said Ann Cole/Harwick Post.')
    assert q["We will reopen soon"][0] == "Ann Cole", q


def test_session36_own_attribution_wins_over_a_later_plural_generic() -> None:
    """Rules own-attribution-first and own-frame-first: a short lower-cased paragraph (too short to be told
    caseless, so no name is read) where "…," mayor x said. and "…," engineer y told reporters. stand
    around "…, officials said.": before session 36 both quotes went to "officials" (said-after read past
    the quote's own full stop, adjacent-clause took the sentence before); now each is speech whose speaker
    is not read, and "officials" speaks for no quote. Review35's note; a title-like role after the quote's
    comma and the space Multi-News+ writes before the closing mark no longer makes it a title."""
    q = _rules(
        'the bridge over the harlan river was closed twice this year. " we will not close it, " mayor dana '
        'whitcombe said. the repairs will take two more months, officials said. " it is safe for now, " '
        "engineer ravi patel told reporters."
    )
    assert q == {
        "we will not close it": (None, "unread-speaker"),
        "it is safe for now": (None, "unread-speaker"),
    }, q


def test_session36_a_lower_case_honorific_gives_its_person_a_gender() -> None:
    """Rule lower-honorific: in case-less text "mr. Simmons" is a man, so "she said" after it is not his
    (before session 36 only a capitalised "Mr." told it; the quote went to Simmons)."""
    q = _rules(
        _SCHOOL + "Her music languished for two years after the label dropped her. She stayed tied to mr. "
        'Simmons for years, and he did not return calls on monday. " it sent me into a deep depression, " '
        "she said. Her career never recovered, and she later went to law school."
    )
    assert q["it sent me into a deep depression"][0] is None, q


def test_session36_a_role_names_no_one_named_three_paragraphs_back() -> None:
    """Session 36 (speakers36; DUC 2006 D0617H, cased): rule role-far (the-role). "“…,” the captain said"
    of another crash, told as an example, went to a vessel read as a person three paragraphs before (the
    person last named). The person last named stands for "the <role>" only when the text names them in the
    role's paragraph or the two before; else the description stands. Named two paragraphs before, still the
    person. (Since session 49 a vessel's name is no person, `vessel-name`: the text names a person here.)"""
    far = (
        "The diver Dana Whitcombe left port on Monday with a robot on board.\n"
        "The robot found the recorder in deep water.\n"
        "Investigators will read it this week.\n"
        "In an earlier crash at sea, the recorder caught the last words of the crew.\n"
        "“We are losing height and nothing answers,” the captain said."
    )
    assert _rules(far)["We are losing height and nothing answers"] == ("the captain", "role-far")
    near = (
        "Jon Tallis spoke about his new film on Monday.\n"
        "He left the set early in the spring.\n"
        "“I was really happy to get out of there,” said the actor."
    )
    assert _rules(near)["I was really happy to get out of there"] == ("Jon Tallis", "role-last-named")


def test_session36_a_text_named_by_its_kind_keeps_its_description() -> None:
    """Session 36 (speakers36; DUC 2006 D0614E, D0619A, cased): an opinion, an editorial or a leaflet
    speaks as a report or a letter does (lexicon speaking_heads.txt): "“…,” the leaflet says" keeps its
    description, as the labels' convention keeps a text's ("the report"), where it had no speaker."""
    for head in ("opinion", "editorial", "leaflet", "brochure", "indictment"):
        got = _rules(
            "The board met on Monday in Austin to discuss the case.\n"
            f"“The process fails every basic test of fairness in the state,” the {head} said."
        )
        assert got["The process fails every basic test of fairness in the state"] == (
            f"the {head}",
            "description",
        )


def test_session36_a_verb_of_meaning_after_a_noun_is_the_clause_s_verb() -> None:
    """Session 36 (speakers36; DUC 2006 D0619A, cased): rule evidence-verb. "…, who said the session meant
    that "…"" read "the session meant that" as a thing's words ("a statement that "…""), so the quote had
    no speaker; "meant" is the verb of the clause the speaker said, as "showed" is."""
    got = _rules(
        "Included was former Rep. Jon Tallis of Ohio, who said the meeting meant that “never again will a "
        "candidate be able to run against us in this state.”"
    )
    assert got["never again will a candidate be able to run against us in this state"] == (
        "Jon Tallis",
        "name-in-phrase",
    )


def test_session36_a_middle_initial_after_a_first_name_ends_no_sentence() -> None:
    """Rule caseless-initial: Multi-News+ capitalises the word after "ted a." as if a sentence began there,
    so the attribution's window ended at the initial and the quote had no speaker; after a listed first
    name a one-letter word and its stop are an initial."""
    q = _rules(
        _SCHOOL + 'The bureau warned workers about sleeping at their desks. " while at work, our behavior '
        "sends a message, \" ted a. Johnson, the bureau's acting human resources director, said in the memo. "
        "Workers were told to stay awake."
    )
    assert q["while at work, our behavior sends a message"][0] == "Ted A. Johnson", q


def test_session37_a_role_is_not_the_person_its_own_quote_names() -> None:
    """Session 37 (speakers37; frozen2 tuning, Multi-News+): rule named-in-quote (the-role). "“…we tried to
    reach Dana Pell…,” the lawyer said" gave the lawyer's words to Dana Pell, the person named last, whom
    the quote itself talks about: the description instead."""
    got = _rules(
        "Dana Pell died in 2011, court papers show. The agency sued her estate anyway.\n"
        "“We tried to reach Dana Pell and check what she had told us,” the lawyer said."
    )
    assert got["We tried to reach Dana Pell and check what she had told us"] == (
        "the lawyer",
        "named-in-quote",
    )


@pytest.mark.parametrize(
    ("intro", "speaker", "rule"),
    [
        (
            "Air Canada said its flight from Oslo landed safely after an engine failed.",
            "Air Canada",
            "org-by-kind",
        ),
        # a name of another kind despite its mark
        ("The Air Force said its plane from Oslo landed safely.", "the airline", "org-kind-description"),
        ("Delta Air Lines cancelled 300 flights on Friday.", "Delta Air Lines", "org-by-kind"),
        # another body named after the airline: no evidence which of the two "the airline" is
        (
            "Delta Air Lines cancelled 300 flights on Friday. Boeing said the planes were safe.",
            "the airline",
            "org-kind-description",
        ),
        # a person named after it: the speaker may be the body that person speaks for
        (
            "Delta Air Lines cancelled 300 flights on Friday. A spokeswoman for Skyways, Dana Pell, declined "
            "to comment.",
            "the airline",
            "org-kind-description",
        ),
        # no name shows the kind: the description, never the body named last
        ("Skyways Holdings cancelled 300 flights on Friday.", "the airline", "org-kind-description"),
    ],
)
def test_session37_an_organisation_called_by_its_kind(intro: str, speaker: str, rule: str) -> None:
    """Session 37 (speakers37; frozen2 tuning, Multi-News+): rule org-by-kind. "“…,” the airline said" had
    no speaker ("airline" is no speaking head): the one organisation named before whose name shows the
    kind, if it is the one named last, else the description."""
    got = _rules(
        intro + "\n“The crew handled the incident with great skill,” the airline said in a statement."
    )
    assert got["The crew handled the incident with great skill"] == (speaker, rule)


def test_session37_a_body_called_by_its_own_head_word() -> None:
    """Session 37 (speakers37; LongBench dev, cased): rule body-head (the-body). "“…,” the party said in a
    statement" had no speaker ("party" is no speaking head): the body named before whose name ends in the
    word, as "the court" gives the court."""
    got = _rules(
        "Officials from the Harwick Labor Party, which Dana Pell leads, met the envoy on Monday.\n"
        "Any deal must rest on “the return of the elected council to its chamber,” the party said in a "
        "statement."
    )
    assert got["the return of the elected council to its chamber"] == ("Harwick Labor Party", "the-body")


def test_session37_a_narrator_speaks() -> None:
    """Session 37 (speakers37; LongBench dev, cased): "“…,” the video's narrator says" had no speaker:
    a narrator is a speaking head (lexicon speaking_heads.txt)."""
    got = _rules(
        "The group showed the clip on Monday.\n"
        "“The best way to protect the birds is to leave them alone,” the video’s narrator says."
    )
    assert got["The best way to protect the birds is to leave them alone"] == (
        "the video’s narrator",
        "description",
    )


def test_session37_a_colon_paragraph_introduces_the_quote_after_it() -> None:
    """Session 37 (speakers37; LongBench dev, cased): rule colon-paragraph (colon-intro). A quote opening
    the paragraph after one ending in a colon ("Mayor Jon Tallis then released this statement:") had no
    speaker: the lead was read from the quote's own sentence, which has none."""
    got = _rules(
        "The city manager fired the chief within an hour. Mayor Jon Tallis then released this statement:\n"
        "“We remain committed to integrity on every level of the city's work.”\n"
        "The chief had served for 30 years."
    )
    assert got["We remain committed to integrity on every level of the city's work"][0] == "Jon Tallis"


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("Harwick Academy released this statement on Tuesday:", "Harwick Academy"),
        # a body doing anything else leads no words of its own
        ("Harwick Academy closed its doors for the day:", None),
        # the body passes on another's words: theirs, not its own (review37)
        ("Harwick Academy released this statement from the Pell family:", None),
        ("Harwick Academy issued a statement on behalf of the Pell family:", None),
    ],
)
def test_session37_a_body_that_issued_a_text_leads_its_quote(lead: str, speaker: str | None) -> None:
    """Session 37 (speakers37; LongBench dev, cased): rule body-statement (colon-intro). "The academy
    released a statement:" then the statement in its own paragraph had no speaker: the body that issued
    the text the colon opens."""
    got = _rules(
        f"Dana Pell was a student at Harwick Academy. {lead}\n"
        "“The whole community is offering its every prayer for the family tonight.”"
    )
    assert got["The whole community is offering its every prayer for the family tonight"][0] == speaker


def test_session38_a_place_before_a_surname_the_story_gives_a_person_is_a_first_name() -> None:
    """Session 38 (speakers38; LongBench dev, cased): rule place-given-name (entities). "Dallas Swonger
    wants …" was read as the place Dallas and the person Swonger, so the "he says" opening the article had
    no antecedent: a listed place split off a run of two capitalised words whose second word the story
    gives a person ("Brennick says") is that person's first name."""
    b = brief(
        texts=[
            "Dallas Brennick wants the town to hear one thing.\n"
            "“I never touched the fence,” he says, lighting a cigarette.\n"
            "The 19-year-old was seen on a camera near the water tower on Monday night.\n"
            "“It was a stupid dare,” Brennick says."
        ],
        words=40,
        timings=False,
    )
    got = {q.text.strip(" ,."): q.speaker for q in b.quotes}
    assert got == {"I never touched the fence": "Dallas Brennick", "It was a stupid dare": "Dallas Brennick"}
    assert [(e.kind, e.name) for e in b.entities] == [("person", "Dallas Brennick")]


def test_a_dateline_in_capitals_before_a_surname_is_no_first_name() -> None:
    """review38: rule place-given-name read "WASHINGTON Brennick said" (a dateline whose dash the page
    lost) as one person, "WASHINGTON Brennick"; a place in capitals is a dateline, no first name."""
    b = brief(
        texts=[
            "WASHINGTON Brennick said on Monday that the plan would pass the senate.\n"
            "Brennick told reporters the vote would be close but that the votes were there."
        ],
        words=40,
        timings=False,
    )
    assert "WASHINGTON Brennick" not in {e.name for e in b.entities}


@pytest.mark.parametrize(
    ("scene", "speaker"),
    [
        # his mother opens the door: "she" may be hers; Brennick's gender no list tells
        ("As Brennick stood on the porch, his mother opened the door.", None),
        ("Brennick waited on the porch with his sister.", None),
        # a name the pronoun's gender is known to fit stays the antecedent
        ("As Mary Brennick stood on the porch, her husband opened the door.", "Mary Brennick"),
    ],
)
def test_session38_a_relative_of_the_pronouns_gender_leaves_an_unknown_name_out(
    scene: str, speaker: str | None
) -> None:
    """Session 38 (speakers38; LongBench dev, cased): rule relative-of-gender (pronoun antecedent). "As
    Swonger stood outside …, his mother suddenly opened the front door. "…," she says" gave the mother's
    words to Swonger, a name of no known gender: a sentence naming a relative of the pronoun's gender
    ("his mother" for "she") leaves such a name out, so the quote has no speaker."""
    got = _rules(f"Police cited Jorvan Brennick, 19, on Monday. {scene} “Come inside now, please,” she says.")
    assert got["Come inside now, please"][0] == speaker


def test_session38_a_family_surname_goes_on_with_the_relative_named_speaking_after_a_description() -> None:
    """Session 38 (speakers38; Multi-News+ dev, case-less): rule apposed-speaker (`_bearers`). ""…," said
    the boy's mother, dina …" then ""…," [surname] told …" gave the second quote to the dead boy, the
    bearer of the surname the story names most: the name set off after the description that follows an
    inverted verb of saying is a speaker, whom a later bare surname goes on naming (speaker-surname)."""
    got = _rules(
        _SCHOOL
        + "The 8-year-old son of hotel owner gregory tallis, owen tallis, was found at the foot of the "
        "stairs. Police said owen tallis fell over a railing, and the death of owen tallis was ruled an "
        'accident. " it is the worst day of my life, " said the boy\'s mother, marta tallis, who wants the '
        "case reopened. Tallis hired two experts, a pathologist and an engineer, to review the evidence, and "
        "both of them concluded that the boy was beaten before the fall and had not simply slipped on the "
        "stairs that night, which the police of the town had said in the days after it. "
        '" nobody in the world could have wanted to hurt him, " tallis told reporters.'
    )
    assert got["it is the worst day of my life"][0] == "Marta Tallis"
    assert got["nobody in the world could have wanted to hurt him"] == ("Marta Tallis", "speaker-surname")


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("the instructor said", "the instructor"),
        ("the caller asked", "the caller"),
        ("the brand said in a statement", "the brand"),
    ],
)
def test_session38_a_caller_an_instructor_a_brand_head_a_description(said: str, speaker: str) -> None:
    """Session 38 (speakers38; open Multi-News+/LongBench dev): speaking heads (lexicon
    speaking_heads.txt) "caller", "instructor", "brand": ""…," the instructor said" had no speaker (no
    head matched); the description is the clean speaker. ("memorandum" stays out: a memorandum whose
    author the text names keeps no speaker of its own, rule text-speaker's guard.)"""
    q = _rules(f"Ann Cole met reporters on Monday. “We cannot afford this plan at all,” {said}.")
    assert q["We cannot afford this plan at all"][0] == speaker


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Rep. Peter bishop said he would run. ", "Peter Bishop"),
        # the document uses the word as a noun: it may be the bishop, no surname
        ("Rep. Peter bishop said he would run. The bishop of the diocese spoke too. ", None),
    ],
)
def test_session38_a_caseless_title_word_alone_is_the_surname_of_the_one_person_named_with_it(
    before: str, speaker: str | None
) -> None:
    """Session 38 (speakers38; Multi-News+ dev, case-less): rule title-surname (caseless-name). ""…," king
    told the hill" after "rep. peter king" had no speaker: a title word ("king", "bishop") is no plain
    surname; alone before the verb, in a document that never writes it after an article, it is the one
    person named in full with it."""
    q = _rules(
        _SCHOOL + before + '" this is not a game i am playing, i am serious, " bishop told the paper after a '
        "week of visits."
    )
    assert q["this is not a game i am playing, i am serious"][0] == speaker


@pytest.mark.parametrize(
    ("role", "speaker"),
    [
        ("the actress", "the actress"),  # a woman's role: not the man named last, the description stands
        ("the actor", "Karl Tallis"),  # a role of his gender: the person named last, as before
    ],
)
def test_session39_a_gendered_role_is_not_the_last_named_person_of_the_other_gender(
    role: str, speaker: str
) -> None:
    """Session 39 (speakers39; Multi-News+ dev, case-less): rule role-other-gender (the-role). ""…!" the
    actress says in the video" went to the fiancé, the man named last (role-last-named). A role word of one
    gender is no person whose name says the other; the description is the speaker."""
    q = _rules(
        "Karl Tallis asked for her hand on Sunday night in a small restaurant by the sea.\n"
        f"“We are going to be married in the spring!” {role} says in the video."
    )
    assert q["We are going to be married in the spring!"][0] == speaker


def test_session39_a_co_role_before_a_caseless_name_is_a_role() -> None:
    """Session 39 (speakers39; Multi-News+ dev, case-less): role words "co-author", "co-founder" and the
    like (role_words.txt). ""…," said study co-author jon tallis, an ecologist at …" had no speaker: a word
    no role list held before the first name made the name another's (caseless-name's guard)."""
    q = _rules(
        _SCHOOL + '" it can be a useful way to lose heat on a hot day, " said study co-author jon tallis, an '
        "ecologist at the state university."
    )
    assert q["it can be a useful way to lose heat on a hot day"][0] == "Jon Tallis"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("( watch: dana whitcombe says the plan is dead )", "Matthew Cordle"),
        ("• dana whitcombe, who ran against him, said nothing.", "Matthew Cordle"),
        ("play facebook twitter embed dana whitcombe on the case 2: 20", "Matthew Cordle"),
        # no chrome: a person the next sentence names may be the quote's speaker, so none
        ("dana whitcombe shook her head.", None),
    ],
)
def test_session39_caseless_adjacent_goes_on_past_page_chrome(after: str, speaker: str | None) -> None:
    """Session 39 (speakers39; Multi-News+ dev, case-less): rule chrome-after (caseless-adjacent). A person
    named in the sentence after the quote stopped the previous speaker going on, also when that sentence is
    a video link or a bullet glued to the text; the people chrome names speak no quote."""
    q = _rules(
        _SCHOOL + "Dressed in a green prison uniform, 22-year-old matthew cordle addressed the courtroom. "
        '" whatever my sentence may be, the true punishment is living, " cordle said. " i am sorry for what '
        f'i did to the family. " {after}'
    )
    assert q["i am sorry for what i did to the family"][0] == speaker


def test_session40_initials_after_an_article_end_no_caseless_attribution() -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less): rule caseless-initials-stop. The data
    capitalised the word after lower-case initials (""…," an n.f.l. Spokesman said in a statement"); the
    segmenter joins the two, but the attribution's window ended at the initials' full stop, so the quote
    and the one after it had no speaker. Initials after an article are the noun's modifier, no sentence
    end."""
    q = _rules(
        _SCHOOL + '" the gift was made for a dinner that our staff were asked to attend, " an n.f.l. '
        'Spokesman said in a statement. " we have asked for the gift back. "'
    )
    assert q["the gift was made for a dinner that our staff were asked to attend"][0] == "an n.f.l. Spokesman"
    assert q["we have asked for the gift back"][0] == "an n.f.l. Spokesman"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # rule previous-reports: the sentence is the previous speaker's own report
        ("council leader mary jones has tried to stop the vote for weeks, smith says.", "John Smith"),
        # rule joint-subject: two people act together, no verb of saying
        ("council leader mary jones and police chief ada tallis have ordered a review.", "John Smith"),
        # rule told-about, an aside of up to 60 characters before "is"
        ("council leader mary jones, the third of her family to lead the board, is a foe.", "John Smith"),
        # ... but a relative clause that long tells of her own deeds: she may answer (review40)
        ("council leader mary jones, who has led the board for ten long years, is a foe.", None),
        # a joint statement: the two may be the quote's speakers, so no one
        ("council leader mary jones and police chief ada tallis said so in a statement.", None),
        # an act of one person: she may be who answers (as before)
        ("council leader mary jones shook her head.", None),
    ],
)
def test_session40_a_person_the_next_sentence_names_who_does_not_answer(
    after: str, speaker: str | None
) -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less): caseless-adjacent's guard (a person named in the
    sentence after the quote may be its speaker) left 9 open dev quotes unattributed whose previous speaker
    was right; three narrowings carry it on in 4 of them: the sentence is the previous speaker's report
    (previous-reports), the person acts jointly with another (joint-subject) or is told about past a longer
    aside (told-about)."""
    q = _rules(_SCHOOL + _RALLY + '" the count will be done by friday. " ' + after)
    assert q["the count will be done by friday"][0] == speaker


def test_session40_a_site_link_glued_before_the_subject_is_no_part_of_it() -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less): rule chrome-lead. A news site's "advertisement
    continue reading the main story" glued before the subject of a reported clause made the subject too
    long to read, and the quote had no speaker."""
    q = _rules(
        _SCHOOL + "The mayor spent the week at the lake. advertisement continue reading the main story "
        'senator jane tallis of ohio, an early backer of the mayor, noted that " for him, a long dinner with '
        'the council is hard work. " the mayor did not reply.'
    )
    assert q["for him, a long dinner with the council is hard work"][0] == "Jane Tallis"


_ASKED_OF_THEM = '" we did not know what the lesson would ask of them, " '


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # rule surname-speaks: the second word alone is a speaker elsewhere in the document
        (
            "zarela stone said at a meeting on monday. Stone also said the school had not called her.",
            "Zarela Stone",
        ),
        ("zarela stone said at a meeting on monday. The school did not call her.", None),  # no such evidence
        # rule role-apposed: a listed role and its body set off after the two words
        ("said zarela quist, social studies coordinator for the district.", "Zarela Quist"),
        ("said zarela quist, social studies in the district.", None),  # no role word
        (
            "nasa officials said at a meeting on monday. Officials also said so.",
            "NASA officials",
        ),  # a group, cased (names47)
    ],
)
def test_session40_two_unlisted_words_at_the_verb_are_a_name_by_evidence(
    after: str, speaker: str | None
) -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less): ""…," samaria rice said" and ""…," said letitia
    hill, social media director for …" had no speaker (unread-speaker): no list holds the first name and
    the surname is an ordinary word, or the apposition opens on no article. Two words are a name when the
    document writes the second alone as a speaker elsewhere (surname-speaks), or a role phrase follows them
    (role-apposed)."""
    q = _rules(_SCHOOL + _ASKED_OF_THEM + after)
    assert q["we did not know what the lesson would ask of them"][0] == speaker


def test_session40_a_long_subject_whose_verb_opens_the_next_quote_is_its_attribution() -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less): rule leads-next. ""… you know? " a letter from
    her lawyer, jon reed, states, " …"" gave the speaker's own words before it to the lawyer: a quote that
    ends its sentence, then a long subject whose verb opens the next quotation, is that quotation's
    attribution. The quote before keeps no speaker rather than a wrong one."""
    q = _rules(
        _SCHOOL + '" i never thought it would come to this, " ada tallis said. " i did not expect it to be '
        'so much, you know? " a letter from her lawyer, jon reed, states, " the harm you have done to our '
        'client cannot be undone. "'
    )
    assert q["i did not expect it to be so much, you know?"][0] is None
    assert q["the harm you have done to our client cannot be undone"][0] == "Jon Reed"


@pytest.mark.parametrize(
    ("quote", "after", "speaker"),
    [
        # a couple told as kin: the quote may be theirs, so no one (as before joint-subject)
        (
            "we lost everything in the fire",
            "mary jones and her husband tom jones have lived here for years.",
            None,
        ),
        ("i lost every photo i had", "mary jones and her son tom jones have run the shop since 1990.", None),
        # two officials acting together: still no answer to the quote (joint-subject, kept)
        (
            "we will find out",
            "sheriff mary jones and police chief ada tallis have also ordered a review.",
            "John Smith",
        ),
    ],
)
def test_review40_a_person_and_her_kin_may_answer_the_quote(
    quote: str, after: str, speaker: str | None
) -> None:
    """Review40: rule joint-subject read "mary jones and her husband tom jones" as two people acting together
    who answer no quote, and carried a resident's "we lost everything" on to the mayor who spoke before: a
    false speaker. A person joined by "and her" / "his" / "their" to the other is kin, whom the quote may be
    said by or for."""
    q = _rules(_SCHOOL + _RALLY + f'" {quote}. " {after}')
    assert q[quote][0] == speaker


def test_session40_a_caseless_surname_a_relative_also_bears_is_read_story_wide() -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less; found in the end read, so tuned): rule
    kin-of-bearer. ""…," tallis said" after "jane tallis's father, roger, has given …" went to Jane Tallis,
    the one full name with a listed first name: a family word by that name names a relative who bears the
    surname too. The case-less reading leaves it to the story-wide one, which names Roger Tallis from the
    other article."""
    first = (
        _SCHOOL + "Jane tallis's father, roger, has given his first interview since the lesson. In an "
        'interview on monday, tallis said he had talked with the teacher twice. " our talk was short, and i '
        'told her that i did not like the lesson at all, " tallis said.'
    )
    second = _SCHOOL + "Roger tallis, 70, gave an interview to the paper on monday about the lesson."
    q = _rules(first, second)
    assert q["our talk was short, and i told her that i did not like the lesson at all"][0] == "Roger Tallis"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        # the previous speaker reports what another said or denied: the quote may be hers, so no one
        ("council treasurer mary jones denies taking it, smith says.", None),
        ("council treasurer mary jones has insisted on it since may, smith says.", None),
        # the previous speaker's report of a deed: still his quote (previous-reports, kept)
        ("council treasurer mary jones has kept the books for years, smith says.", "John Smith"),
    ],
)
def test_review40_a_report_of_another_s_words_leaves_the_quote_to_no_one(
    after: str, speaker: str | None
) -> None:
    """Review40: rule previous-reports carried ""i never touched the money." jones denies taking it, smith
    says." on to Smith, the speaker before, though the sentence tells of Jones's own denial: the quote may be
    hers (a false speaker). A report of what the person it names said, replied or denied is no such report."""
    q = _rules(_SCHOOL + _RALLY + f'" i never touched the money. " {after}')
    assert q["i never touched the money"][0] == speaker


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("he said. The count is on friday.", "John Smith"),  # the sentence says only who spoke
        ("he said the count is on friday.", None),  # the next sentence reports something else
    ],
)
def test_session40_a_pronoun_and_its_verb_ending_the_sentence_attribute_the_quote(
    after: str, speaker: str | None
) -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less; found in the end read, so tuned): rule
    pronoun-said-stop. In case-less text a quote that ends its sentence is followed by the next one, so
    ""… by a lot. " he said." had no speaker; a pronoun and a verb of saying that end their sentence say
    nothing but who spoke."""
    q = _rules(
        _SCHOOL
        + 'Mayor john smith spoke at the rally on monday. " we will win this vote by a lot. " '
        + after
    )
    assert q["we will win this vote by a lot"][0] == speaker


def test_review40_a_long_relative_clause_about_the_person_after_the_quote_leaves_it_to_no_one() -> None:
    """Review40: told-about's aside of up to 60 characters (session 40) carried a resident's "we lost
    everything" on to the mayor who spoke before, past "mary jones, whose house on elm street burned down on
    sunday night, is a widow": a false speaker. An aside over 30 characters is read only when it is no
    relative clause ("kim, the third of his line to rule north korea, is a basketball fan")."""
    after = "mary jones, whose house on elm street burned down on sunday night, is a widow."
    q = _rules(_SCHOOL + _RALLY + f'" we lost everything in the fire. " {after}')
    assert q["we lost everything in the fire"][0] is None


@pytest.mark.parametrize(
    ("clause", "speaker", "rule"),
    [
        ("the senator is turning to a former rival.", "Jon Tallis", "role-last-named"),  # a new clause
        ("the senator from Ohio, is turning to a former rival.", "Mark Hale", "role-introduced"),  # apposed
    ],
)
def test_session41_a_role_opening_a_clause_after_a_name_is_no_apposition(
    clause: str, speaker: str, rule: str
) -> None:
    """Session 41 (speakers41; Multi-News+ dev, case-less; found in the first read, so tuned): rule
    role-opens-clause. "after a run of losses to Mark Hale, the senator is turning to …" read "Mark Hale,
    the senator" as an apposition, and "the senator said" went to Hale: a verb after the role opens a new
    clause whose subject the role is, so the text introduces nobody with it there."""
    got = _rules(
        f"Hoping to recover after a run of losses to Mark Hale, {clause} Jon Tallis said on Monday that "
        'Dana Whitcombe will be his running mate. If chosen, "I will run with my partner, Dana Whitcombe," '
        "the senator said at a rally in Harwick."
    )
    assert got["I will run with my partner, Dana Whitcombe"] == (speaker, rule)


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ('the harwick democrat said on " meet the press. "', "John Smith"),  # a show's name (party-head)
        ('smith told a crowd here on tuesday night, some waving " smith-mania " signs.', "John Smith"),
        ('smith said. jones called it " a stunt. "', None),  # another sentence, another person
    ],
)
def test_session41_quoted_words_inside_the_attribution_do_not_cut_the_speaker_off(
    attribution: str, speaker: str | None
) -> None:
    """Session 41 (speakers41; Multi-News+ dev, case-less; open dev stories, so tuned): rule title-in-gap.
    The quoted name of a show or a sign inside the one sentence that attributes a quote was read as the
    quote before the next one, which caseless-adjacent then left without a speaker: that sentence still
    closes the quote before it, so the next quote goes on with the same speaker."""
    q = _rules(
        _SCHOOL
        + 'mayor john smith spoke on sunday. " i back the plan but i fault him for his silence, " '
        + attribution
        + ' " he let others tell the story for two months. " the plan goes to a vote in june.'
    )
    assert q["he let others tell the story for two months"][0] == speaker


@pytest.mark.parametrize(
    ("apposition", "speaker"),
    [
        ("a senior scientist at the harwick institute, and senior author on the new paper.", "John Smith"),
        ("a senior scientist at the harwick institute, at a meeting with judge mary jones on monday.", None),
        ("a senior scientist at the harwick institute, as the crowd of students and parents said no.", None),
    ],
)
def test_session41_a_long_apposition_after_said_and_the_name_does_not_end_the_speaker(
    apposition: str, speaker: str | None
) -> None:
    """Session 41 (speakers41; Multi-News+ dev, case-less; found in the first read, so tuned): rule
    apposed-aside. ""…," said dr. john smith, a senior scientist at …, and senior author on the new paper."
    runs over caseless-adjacent's 15 words, so the quote after it lost its speaker; what follows the name's
    comma is about the speaker, unless it names another person or holds a verb of saying."""
    q = _rules(
        _SCHOOL
        + 'the study was led by a team in harwick. " these people have no memory of their own past, " '
        + f'said dr. john smith, {apposition} " they can learn facts but cannot relive them. " there is no '
        + "history of injury in any of them."
    )
    assert q["they can learn facts but cannot relive them"][0] == speaker


@pytest.mark.parametrize(
    ("sayer", "speaker"),
    [
        ("Portland police", "Portland police"),
        ("Portland man", None),  # no body: a person left undescribed
        ("Harwick police", None),  # no listed place
    ],
)
def test_session41_a_place_s_police_is_a_source(sayer: str, speaker: str | None) -> None:
    """Session 41 (speakers41; a training-file story, found in the first read, so tuned): rule place-body.
    ""…," Portland police said." had no speaker though "police said" has one: a listed place's police,
    officials, authorities, prosecutors or investigators are a source as plain."""
    q = _rules(
        "Jane Harwick was stopped by officers on a downtown street late on Saturday night after she ran a "
        f'red light. "Harwick was calm and polite throughout the stop," {sayer} said. The weather was mild '
        "for the season and the roads were mostly clear that evening."
    )
    assert q["Harwick was calm and polite throughout the stop"][0] == speaker


@pytest.mark.parametrize(
    ("first", "speech"),
    [
        ('a song like the singer\'s " lose the night "', False),  # a song's name, quoted again
        ('the word " lose the night "', True),  # a term: a speaker may use it
        ("a song like the singer's hit", True),  # never quoted before as a name
    ],
)
def test_session41_a_work_s_name_quoted_again_is_no_speech(first: str, speech: bool) -> None:
    """Session 41 (speakers41; Multi-News+ dev, case-less; found in the first read, so tuned): rule
    title-named-before. A song's name quoted a second time ("the party's claim that "lose yourself" was
    not original") was read as the sentence speaker's words; the document quoted it before as a work's name
    (a work cue before it or before its owner's possessive), so it is that name again."""
    q = _rules(
        _SCHOOL
        + f"a party used {first} in its ads, a judge ruled. speaking from harwick, label owner john martin "
        + 'said he had been angry at the party\'s claim that " lose the night " was not new. the party said '
        + "it would appeal."
    )
    assert ("lose the night" in q) == speech


@pytest.mark.parametrize("cased", [True, False])
def test_session41_the_subject_of_a_relative_clause_s_verb_says_the_words(cased: bool) -> None:
    """Session 41 (speakers41; Multi-News+ dev, case-less; found in the first read, so tuned): rule
    relative-subject. In "the driver who a county court judge said committed one of the "…"" the verb's
    subject is the judge the relative clause names, not the driver the clause is about (the cased text gave
    the driver, the case-less one no one)."""
    text = (
        'The driver who a county court judge said committed one of the "most cruel acts in the history of '
        'this town" will stay in jail for now. The bond was set at $50,000.'
    )
    q = _rules(text if cased else _SCHOOL + text.lower().replace('"', ' " '))
    assert q["most cruel acts in the history of this town"][0] == "a county court judge"


@pytest.mark.parametrize("cased", [True, False])
def test_review41_a_relative_clause_with_its_own_verb_leaves_the_speaker_before_it(cased: bool) -> None:
    """Rule relative-subject read "the aide who the senator fired said the plan was "…"" as the senator's
    words (then no speaker at all: "the senator fired" is no description), where the start code gave the
    aide: a past form inside the relative clause is its own verb, so the clause ends before "said"."""
    text = (
        'The aide who the senator fired last week said the plan was "a total mistake from the very first '
        'day." The hearing goes on in June.'
    )
    q = _rules(text if cased else _SCHOOL + text.lower().replace('"', ' " '))
    assert q["a total mistake from the very first day"][0] == ("The aide" if cased else "the aide")


@pytest.mark.parametrize("cased", [True, False])
def test_mend41_a_relative_clause_with_a_present_verb_leaves_the_speaker_before_it(cased: bool) -> None:
    """Rule clause-verb: relative-subject read "the teacher who the students love said the plan was "…""
    as the students' words (then no speaker: "the students love" is no description), where the start code
    gave the teacher. The pattern cannot tell "love" from a noun, but the verb of saying runs on into no
    verb of the relative clause ("said committed", "said was"), so the clause ended before it."""
    text = (
        'The teacher who the students love said the plan was "a total mistake from the very first day." The '
        "hearing goes on in June."
    )
    q = _rules(text if cased else _SCHOOL + text.lower().replace('"', ' " '))
    assert q["a total mistake from the very first day"][0] == ("The teacher" if cased else "the teacher")


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ('smith said on " meet the press, " and jones replied.', None),  # title-in-gap's reach: a reply
        ('smith said, before jones called it " a stunt. "', None),
        ("smith said, and jones replied.", None),  # the start code's own gap
        ("smith said in a statement posted to his website.", "John Smith"),  # a text's participle
        ('smith said on " meet the press. "', "John Smith"),  # one sayer: as before
    ],
)
def test_review41_a_second_verb_of_saying_between_two_quotes_leaves_the_next_unattributed(
    attribution: str, speaker: str | None
) -> None:
    """Rule one-sayer: caseless-adjacent gave the next quote the speaker before it over another sayer's verb
    (""…," smith said, and jones replied. "…""), and past a quote of no speech once title-in-gap read there
    (""…," smith said, before jones called it "a stunt." "…""): whose words come next is unsure, so none;
    a text's participle ("a statement posted to …") is no sayer."""
    q = _rules(
        _SCHOOL
        + 'mayor john smith spoke on sunday. " i back the plan but i fault him for his silence, " '
        + attribution
        + ' " he let others tell the story for two months. " the plan goes to a vote in june.'
    )
    assert q["he let others tell the story for two months"][0] == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "rule"),
    [
        # cased: the phrase is the description, not the person spoken for
        (
            "Governor Dana Whitcombe toured the flooded valley on Monday.\n“We will rebuild every bridge "
            "before the winter comes,” Whitcombe's spokeswoman said in an email.",
            "Whitcombe's spokeswoman",
            "possessive-proxy",
        ),
        # case-less: the comma cuts the phrase before the name set off after it
        (
            _SCHOOL + "governor dana whitcombe toured the valley on monday. "
            '" we will rebuild every bridge before the winter comes, " said whitcombe\'s spokeswoman, '
            "ann tallis, in an email.",
            "Ann Tallis",
            "possessive-apposition",
        ),
    ],
)
def test_speakers42_possessive_proxy_is_not_the_person_spoken_for(text: str, speaker: str, rule: str) -> None:
    """Rule possessive-proxy (session 42, a training-file fresh read: "said trump's spokeswoman, stephanie
    grisham" gave Melania Trump's name): a named person's spokeswoman, lawyer or kin speaks, not the person
    named: the name set off after the phrase, else the phrase itself."""
    assert list(_rules(text).values()) == [(speaker, rule)]


@pytest.mark.parametrize("dash", ["–", "—", "--"])
@pytest.mark.parametrize("cased", [True, False])
def test_speakers42_an_aside_set_off_by_dashes_reads_as_one_set_off_by_commas(dash: str, cased: bool) -> None:
    """Rule dash-aside (session 42, a training-file fresh read: "coleman – who is expecting the couple's
    fourth child – said in an affidavit" left the quote unattributed): two dashes between the subject and
    its verb set off an aside as two commas do."""
    text = (
        "Mayor Dana Whitcombe spoke to the council on Monday about the flooded valley.\n"
        f"“We will rebuild every bridge before the winter comes,” Whitcombe {dash} who is expecting a "
        f"report on the damage {dash} said in a statement."
    )
    if not cased:
        text = _SCHOOL + text.lower().replace("“", ' " ').replace("”", ' " ')
    assert [speaker for speaker, _ in _rules(text).values()] == ["Dana Whitcombe"]


@pytest.mark.parametrize("dash", ["–", "—", "--"])
def test_speakers42_a_dash_aside_adding_a_speaker_is_two_speakers(dash: str) -> None:
    """Rule dash-aside (session 42 review): an aside that adds a speaker ("Whitcombe – and her deputy –
    said") is no aside: the two are joint-speakers, no one speaker, as before dash-aside (it gave
    Whitcombe)."""
    text = (
        "Mayor Dana Whitcombe spoke to the council on Monday about the flooded valley.\n"
        f"“We will rebuild every bridge before the winter comes,” Whitcombe {dash} and her deputy on the "
        f"council {dash} said in a statement."
    )
    assert list(_rules(text).values()) == [(None, "joint-speakers")]


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ('" we will fund it all from the reserve. " the vote is in june.', "John Smith"),
        # a comma leaves room for the quote's own frame, whatever its verb
        (
            '" we will fund it all from the reserve, " jones concluded. the vote is in june.',
            None,
        ),
        # a person named after the quote may be the one who answers
        (
            '" we will fund it all from the reserve. " council leader mary jones shook her head.',
            None,
        ),
    ],
)
def test_speakers42_caseless_quote_after_an_attribution_clause_is_its_subjects(
    quote: str, speaker: str | None
) -> None:
    """Rule caseless-adjacent-clause (session 42, a training-file fresh read: "… analyst sucharita mulpuru
    said she was skeptical. " it doesn't sound like …"" left unattributed): in case-less text too, a quote
    standing as its own sentence right after a sentence whose verb of saying has a person as subject is that
    person's, when it ends its sentence and no person is named after it."""
    text = _SCHOOL + "mayor john smith spoke on sunday. the plan will cost more than expected, smith said. "
    assert [s for s, _ in _rules(text + quote).values()] == [speaker]


@pytest.mark.parametrize(
    ("people", "speaker"),
    [
        ("council member dervla whitcombe", "Dervla Whitcombe"),
        # two full names share the first name: whose words they are is unsure
        ("council members dervla whitcombe and dervla tallis", None),
    ],
)
@pytest.mark.parametrize("frame", ["said dervla in an interview.", "dervla said."])
def test_speakers42_caseless_first_name_alone_is_the_one_full_name_with_it(
    people: str, speaker: str | None, frame: str
) -> None:
    """Rule first-name-here (session 42, a training-file fresh read: ""…," said jermaine in an interview"
    after "jermaine jackson says" left unattributed): in case-less text a first name alone at the verb, one
    no list holds too when the entity pass read a person by it, is the one full name the document writes
    with it."""
    text = _SCHOOL + f"{people} spoke at the meeting on monday. "
    text += f'" we will keep the school open for every family, " {frame}'
    assert [s for s, _ in _rules(text).values()] == [speaker]


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("dervla, 55, also said she wanted michael to stay in the school.", "Dervla Whitcombe"),
        # another surname after the first name: another person (and two full names share the first name)
        ("dervla ruiz, 55, also said she wanted michael to stay in the school.", None),
    ],
)
def test_speakers42_caseless_next_sentence_opening_on_the_speakers_first_name_lets_the_quote_go_on(
    after: str, speaker: str | None
) -> None:
    """Rule opens-with-speaker (session 42, a training-file fresh read: after ""…," said jermaine …" the next
    quote stayed unattributed because the sentence after it, "jermaine, 55, also said … michael …", named
    Michael first): in case-less text a sentence opening on the previous speaker's own first name, no other
    surname after it, names no other speaker."""
    text = (
        _SCHOOL
        + "council member dervla whitcombe and her son michael whitcombe spoke at the meeting on monday. "
        '" we will keep the school open for every family, " said dervla in an interview. '
        '" the district has the money to do it and the will to do it. " '
    )
    assert _rules(text + after)["the district has the money to do it and the will to do it"][0] == speaker


def test_session46_a_caseless_weekday_after_the_name_leaves_the_name_the_speaker() -> None:
    """Rule caseless-day (session 46, training-file read of short quotations: "… mitt romney on friday called
    the jobs report a " kick in the gut. "" had no speaker and was dropped as a term): in case-less text the
    weekday after a name is lower-cased, and it still only dates the verb, as "on Friday" does (rule
    modifier-after-name). A fragment the verb reports is then the speaker's words."""
    q = _rules(
        _SCHOOL + "Local school board member janice palm on tuesday called the assignment a "
        '" cruel game. " The board will meet again next month.'
    )
    assert q["cruel game"] == ("Janice Palm", "modifier-after-name")
    q = _rules(_SCHOOL + 'Local school board member janice palm called it a " cruel game. " The board met.')
    assert q["cruel game"] == ("Janice Palm", "name-in-phrase")  # no weekday: as before


def test_session46_what_x_is_calling_names_whose_words() -> None:
    """Rule what-called (session 46, training-file read of short quotations: "… uploaded today in what spriggs
    is calling an " initial set. "" was dropped as a term): "is calling" and the past "called" name the words
    as the subject's, as "what she calls" does. In case-less text the subject must be a person the entity
    pass read; "what many call" names no one."""
    q = _rules(
        _SCHOOL + "The district put twelve lessons online today in what janice palm is calling an "
        '" opening set. " More lessons will follow next week.'
    )
    assert q["opening set"][0] == "Janice Palm"
    q = _rules(_SCHOOL + 'The district put ten lessons online in what many are calling an " opening set. "')
    assert "opening set" not in q


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'He held what former Secretary of State George Shultz called in a memoir "the quiet seat."',
            "Shultz",
        ),
        ('He held what former Defense Secretary Robert Gates termed "the quiet seat."', "Gates"),
    ],
)
def test_session47_what_clause_with_a_titled_subject(sentence: str, speaker: str) -> None:
    """Rule what-titled-subject (session 47, the "what … Shultz called in a memoir" line fragments46 left):
    a lower-case "former" before a title, or an office "of" a body, is part of the "what" clause's subject;
    before, the fragment was dropped as a term."""
    q = _rules("The two men worked side by side for years in the capital. " + sentence + " He rarely spoke.")
    assert q["the quiet seat"][0].endswith(speaker)


def test_session47_a_lower_case_what_subject_is_the_speaker_not_the_sentence() -> None:
    """Rule what-plain-subject (session 47): "The deal was what critics called "…"" gave the speaker "The
    deal was what critics" (stray text); the "what" clause's own subject speaks when its verb leads into
    the marks ("what aides described as "…"", a dev read). "what many called" names no one; and "believed
    what the child said because they considered him a "…"" is not the child's (the verb does not lead in)."""
    q = _rules(
        'The talks went on for a year. The deal was what critics called "a bad bargain." They met again.'
    )
    assert q["a bad bargain"][0] == "critics"
    q = _rules('The talks went on for a year. The deal was what many called "a bad bargain." They met again.')
    assert "a bad bargain" not in q
    q = _rules(
        "The talks went on for a year. The crew believed what the child said because they considered the man "
        '"a menace." They met again.'
    )
    assert q.get("a menace", (None,))[0] != "the child"


@pytest.mark.parametrize(("subject", "speaker"), [("critics", "critics"), ("the report", "the report")])
def test_review47_a_lower_case_what_subject_speaks_a_speech_length_quote_too(
    subject: str, speaker: str
) -> None:
    """Rule what-plain-subject (review47): a quote of speech length after "what critics called" goes by the
    intro rule, which read the words before the verb and gave "The deal was what critics" (stray text; the
    session 47 test's three-word fragment went by the sentence rule only)."""
    q = _rules(
        "The talks went on for a year. The deal was what "
        f'{subject} called "a giveaway to the rich and the powerful" last week. They met again.'
    )
    assert q["a giveaway to the rich and the powerful"][0] == speaker


def test_session49_a_party_tag_leaves_the_legislator_the_verbs_subject() -> None:
    """Rule party-tag (session 49, speakers49; LongBench dev …f352f4 with "Osama" as a given name): "Sen.
    Tom Reyes (D-Mass.) said" hid the verb from the name, and the "he" after it went to the first person
    of the sentence, the victim of "the raid that killed …"."""
    q = _rules(
        "Officials met for talks on Monday. The city agreed to return the boat that was damaged during the "
        "raid that killed Ivan Petrov, Sen. Tom Reyes (D-Mass.) said here Monday, part of what he called a "
        '"specific series of steps" aimed at calming things.'
    )
    assert q["specific series of steps"] == ("Tom Reyes", "pronoun-antecedent")


def test_session49_the_object_of_a_relative_clause_is_no_antecedent() -> None:
    """Rule relative-object (session 49): in the pronoun's own sentence, a name right after the verb of a
    relative clause ("the raid that killed Ivan Petrov") is the one the clause tells about, not the he."""
    q = _rules(
        "Officials met for talks on Monday. The city agreed to return the boat that was damaged during the "
        "raid that killed Ivan Petrov, Sen. Tom Reyes, a Democrat, who leads the panel, said here Monday, "
        'part of what he called a "specific series of steps" aimed at calming things.'
    )
    assert q["specific series of steps"] == ("Tom Reyes", "pronoun-antecedent")


def test_session49_a_role_beside_a_name_in_its_sentence_is_someone_else() -> None:
    """Rule role-beside-name (session 49; the training file's tenant whose claimed "diplomatic immunity"
    went to the landlord): "the tenant" opening a clause after "after" in a sentence whose subject is the
    landlord is not the landlord; in apposition ("Baumann, the landlord, said") the name still speaks."""
    head = "Rolf Baumann rented his flat to a diplomat in 2015. He fitted new locks on the doors. "
    q = _rules(
        head + "But now Baumann is stuck in a costly court fight after the tenant claimed "
        '"we owe nothing at all to anyone here" to skip two months of rent. "This is a growing trend," '
        "said Baumann."
    )
    assert q["we owe nothing at all to anyone here"] == ("the tenant", "role-beside-name")
    assert q["This is a growing trend"][0] == "Rolf Baumann"
    q = _rules(head + 'Baumann, the landlord, said "we owe nothing at all to anyone here" to the press.')
    assert q["we owe nothing at all to anyone here"][0] == "Rolf Baumann"
    # a role after "but" is no subordinate clause's subject: it may go on naming the main clause's subject
    q = _rules(
        head + "Baumann admitted he had changed the locks, but the landlord told the court "
        '"we owe nothing at all to anyone here" in his defence.'
    )
    assert q["we owe nothing at all to anyone here"][0] == "Rolf Baumann"


def test_session49_a_plural_after_a_preposition_is_no_verb_of_the_subject() -> None:
    """Rule head-not-preposition (session 49; the training file's "said the actor" given to a producer the
    sentence before names only as an object): "The game of lights actor had …" opens on a role, so "the
    actor" is no one named later in that sentence; the role speaks as its description."""
    q = _rules(
        "Jason Marsh has something to say about that old joke. The game of lights actor had his words come "
        "back to haunt him after a video of the panel started making headlines in the wake of allegations "
        "against Harvey Wilson and, closer to home, his costar Ben Hale apologizing for an old incident. "
        '"As far as fantasy goes, I love that genre because you can do anything at all," said the actor to '
        "some laughter."
    )
    assert q["As far as fantasy goes, I love that genre because you can do anything at all"][0] == "the actor"


def test_session49_a_sentence_on_the_same_pronoun_carries_an_unnamed_speaker() -> None:
    """Rule pronoun-carries (session 49, speakers49's fresh read: D0614E's sitcom daughter): a sentence
    opening on the same "she" and naming no one, between a described speaker's quote and the "she says"
    after it, is no step away from that speaker; before, the quote was left unattributed."""
    q = _rules(
        "The show follows a family in a small town. "
        '"We would all move to the coast," says the family\'s eldest daughter, "because the sea is calm '
        'there." She was thinking of a trip the family once took. "That would be a very fine thing for us," '
        "she says."
    )
    assert q["That would be a very fine thing for us"][0] == "the family's eldest daughter"


def test_session49_a_role_skips_the_that_clause_of_a_pronouns_sentence() -> None:
    """Rule pronoun-reports (session 49; `frozen2-unseen.json`'s CIA director whose quote "the former
    kansas republican congressman said" went to the candidate a "He didn't mention that …" sentence
    names as helped): the people of a he/she sentence's "that" clause are what it tells about."""
    q = _rules(
        'Cia director tom reyes spoke on thursday against the group. "The group walks like a hostile '
        'service," reyes said at the center. Reyes also pointed to the conclusion that the group served as a '
        "middleman for foreign services. He did not mention that the same report found the effort was aimed "
        'at helping donald hale defeat ann ruiz. "In january of this year, our community determined that the '
        'group had been used to release data of victims," the former kansas republican congressman said '
        "thursday."
    )
    got = [who for text, (who, _) in q.items() if text.startswith("In january of this year")]
    assert got == ["Tom Reyes"]


def test_session49_the_one_told_about_is_not_the_teller_a_he_goes_on_naming() -> None:
    """Rule reported-not-teller (session 49, speakers49; LongBench dev …e1 numbered accusers: the words of
    an accuser called only ""John"" went to the accused): a sentence naming people only after "told …
    that", its teller no person, gives the he/she after it no antecedent; a named teller still speaks."""
    tail = (
        " told the paper's Ann Ruiz on Monday that Tom Hale tried to hire him in 1984 when he was 17. He "
        "said Hale asked him to stay, but he left at once. He said he did not believe anything bad took "
        'place, but added, "I was uneasy at best, scared at worst." The paper did not name him.'
    )
    q = _rules('The claims came one after another in November. 13. "Ben"' + tail)
    assert q["I was uneasy at best, scared at worst"][0] is None
    q = _rules("The claims came one after another in November. Ben Ruiz" + tail)
    assert q["I was uneasy at best, scared at worst"][0] == "Ben Ruiz"


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # the role opening the sentence is the participle's subject, and its role names the mayor
        ("The mayor", "Dana Whitlow"),
        ("The former mayor", "Dana Whitlow"),
        ("The mayor also", "Dana Whitlow"),
        # a function word after the role: no subject and verb there ("The mayor of …", "The mayor and …")
        ("The mayor of the county", None),
        ("The mayor and her aide", None),
        # a role word modifying a body's noun ("justice department") is no subject of its own
        ("The county justice department", None),
        # another doer named before the participle is the one it may go with
        ("The mayor stood beside Deputy Tom Hale as he", None),
    ],
)
def test_session50_a_role_opening_the_sentence_speaks_its_participle(
    opening: str, speaker: str | None
) -> None:
    """Rule role-subject (session 50, speakers50's fresh read, multinews-train-26140: "The president-elect
    made the announcement on twitter, telling his followers, "…"" had no speaker): a definite role opening
    the sentence, a verb after it, is the subject a participle of saying goes on from."""
    q = _rules(
        "Mayor Dana Whitlow toured the flooded streets of the old town on Sunday. "
        f'{opening} made the call on Monday morning, telling reporters, "We will rebuild every bridge we '
        'lost this year."'
    )
    assert q["We will rebuild every bridge we lost this year"][0] == speaker


def test_session50_the_president_elect_and_the_studio_are_speakers() -> None:
    """Session 50 (speakers50's fresh read, multinews-train-26140 and -35359): "president-elect" is a role
    (`role_words.txt`: "The president-elect wrote: "…"" is the one introduced as "President-elect …") and
    "studio" a head that speaks (`speaking_heads.txt`: "The studio said it is "…"")."""
    q = _rules(
        "The board sent its thanks to President-elect Dana Whitlow on Friday. The president-elect wrote on "
        'her page: "I will hold a news conference in the capital with my family next week." Harwick '
        'Pictures pulled the film. The studio said it is now "looking at other ways to release the film '
        'to viewers."'
    )
    assert q["I will hold a news conference in the capital with my family next week"][0] == "Dana Whitlow"
    assert q["looking at other ways to release the film to viewers"][0] == "The studio"


@pytest.mark.parametrize(
    ("named", "speaker"),
    [
        # the party names a person as a role does: the one named last
        ("Sen. Dana Hale", "Dana Hale"),
        # rule party-other: the document ties that person to the other party
        ("Sen. Dana Hale, D-Ohio,", "the Ohio Republican"),
        ("Democratic Sen. Dana Hale", "the Ohio Republican"),
        # nor one named by a single word: the name may be cut short
        ("Dana", "the Ohio Republican"),
    ],
)
def test_session50_the_ohio_republican_is_the_one_named_last(named: str, speaker: str) -> None:
    """Rules party-head and party-other (session 50; speakers49's census moved a Grassley quote to "the iowa
    republican", and 15 of 1,500 training stories showed "the texas republican" for Cornyn and the like):
    "the Ohio Republican said" is read as a role, the person named last, unless tied to the other party."""
    q = _rules(
        f'{named} spoke against the bill on Tuesday. "We will not wait for the other side to come back to '
        'the table," the Ohio Republican said.'
    )
    assert q["We will not wait for the other side to come back to the table"][0] == speaker


def test_review50_the_ohio_democrat_is_not_the_last_named_when_another_is_of_ohio() -> None:
    """Rule party-place (review50): "the Ohio Democrat" is not the person named last when the document ties
    another person to Ohio ("Sen. Dana Hale of Ohio") and never the last named: the description stands, as
    the writer meant Hale, not the governor who answered her. With no one tied to the place, party-head goes
    on reading the person named last."""
    tail = ' answered her in a long speech. "We will not let this bill pass," the Ohio Democrat said.'
    q = _rules("Sen. Dana Hale of Ohio spoke first on Monday. Gov. Mark Pell" + tail)
    assert q["We will not let this bill pass"][0] == "the Ohio Democrat"
    q = _rules("Sen. Dana Hale spoke first on Monday. Ohio Gov. Mark Pell" + tail)
    assert q["We will not let this bill pass"][0] == "Mark Pell"


def test_session50_a_role_no_one_holds_in_the_text_leads_no_participle() -> None:
    """Rule role-subject's bearer (session 50, speakers50's second training census, multinews-train-7655:
    "The president lectured …, saying several times, "…"" went to the congressman named last): only a
    role the text introduced someone with gives the participle a subject."""
    q = _rules(
        "Rep. Tom Hale met the leaders at noon. The president lectured them on the need to drop the "
        'posturing, saying several times, "we are done with this game and the clock is running."'
    )
    assert q["we are done with this game and the clock is running"][0] is None


def test_session50_a_party_names_no_namesake_the_document_never_writes_in_full() -> None:
    """Rule party-other (session 50, speakers50's second census, multinews-train-22128: "former president
    bill clinton … she asked clinton …, "drive," the democrat told her" went to Hillary Clinton, to whom
    the story linked the bare surname): the person named last must be written in full in the document."""
    raws = [
        RawDoc(id="a", source="test", raw="Former Sen. Ann Hale spoke in Ohio on Monday about the race."),
        RawDoc(id="b", source="test", raw="Sen. Tom Hale spoke on Tuesday. The host asked Hale about it."),
    ]
    story = prepare_story(raws)
    ents = find_entities(story)
    by_doc = [[s for s in story.sentences if s.doc == d] for d in range(2)]
    views = [coreference.DocView(d, story.documents[d], by_doc[d], ents, story.caseless) for d in range(2)]
    end = [len(doc.text) for doc in story.documents]
    assert coreference._written_in_full(views[0], "Ann Hale", end[0])
    assert not coreference._written_in_full(views[1], "Ann Hale", end[1])
    assert coreference._written_in_full(views[1], "Tom Hale", end[1])
