"""Session 22 (issue 14, falsecite): a short quotation that is no clause and that the story keeps writing
("me and orson welles", "in the grip of the law") is the name of a film, a show or a book, not words said:
two sentences that name it share no quotation (`features.quoted_titles`, rule `quoted-title`). In a story
that lost its letter case `_is_title` cannot read it by its capitals. Sentences written for these tests."""

from __future__ import annotations

from newsbrief import segment
from newsbrief.align import align, features
from newsbrief.clean import clean
from newsbrief.ingest import load_texts
from newsbrief.model import Story


def _story(*texts: str) -> Story:
    docs = tuple(clean(r) for r in load_texts(list(texts)))
    return Story(docs, segment.split_all(docs))


def _quote_links(story: Story) -> list[tuple[str, str]]:
    sents = story.sentences
    return [(sents[k.a].text, sents[k.b].text) for k in align(story).links if k.kind == "quote"]


FILM_A = (
    "zac efron and claire danes take a turn on the dance floor in the period drama me and orson welles. "
    "The film opens wednesday in select cities after a long delay. "
    "Critics have mostly praised me and orson welles for its young cast."
)
FILM_B = (
    '" me and orson welles " is a frothy backstage pass to the early days of the great director. '
    "Christian mckay plays the director with a swagger that steals every scene he is in."
)


def test_a_film_title_the_story_keeps_writing_is_no_quotation() -> None:
    """The quoted title and the dance-floor caption state nothing alike (a quote link at the start)."""
    assert _quote_links(_story(FILM_A, FILM_B)) == []


SAID_A = (
    'The boy was " thrown away like a piece of trash, " the sheriff said on monday. '
    "The sheriff said the investigation is continuing and more charges may follow."
)
SAID_B = (
    'Prosecutors say she dumped his body " like a piece of trash " in a culvert near the home. '
    "She is being held without bail in the county jail."
)


def test_words_said_and_quoted_twice_stay_a_quotation() -> None:
    """A phrase two sentences quote, the story writing it nowhere else, is still words said (a guard: it
    passes on the start code too)."""
    assert len(_quote_links(_story(SAID_A, SAID_B))) == 1


def _titles_kept(*texts: str) -> list[tuple[str, ...]]:
    toks = [features.tokens(t) for t in texts]
    casing = features.story_casing(list(texts), toks, True)
    facts = [features.sentence_facts(k, k, t, casing, None, toks[k]) for k, t in enumerate(texts)]
    return [q for f in features.quoted_titles(facts) for q in f.quotes]


def test_a_phrase_the_story_also_quotes_inside_a_statement_is_no_title() -> None:
    """Written in three sentences but quoted inside words someone said ("today i am making good on my
    promise ... unjustified trade retaliation by foreign nations"), so it stays in every quotation."""
    quotes = _titles_kept(
        '" today i am making good on my promise to defend our farmers from unjustified trade retaliation by '
        'foreign nations, " trump tweeted.',
        'trump said he is keeping a promise to protect farmers against " unjustified trade retaliation by '
        'foreign nations. "',
        "farmers have suffered from unjustified trade retaliation by foreign nations, the secretary said.",
    )
    assert ("unjustified", "trade", "retaliation", "by", "foreign", "nations") in quotes


def test_a_title_leaves_every_quotation_of_the_story() -> None:
    """Rule `quoted-title` itself: the title is taken out of the sentence that quotes it; a clause quoted
    beside it stays."""
    quotes = _titles_kept(
        'in his memoir, " the night of the gun, " carr wrote: " i was a liar and a thug. "',
        "amc is making a miniseries of the night of the gun with bob odenkirk.",
        "odenkirk said he read the night of the gun when it came out in 2008.",
    )
    assert ("the", "night", "of", "the", "gun") not in quotes
    assert ("i", "was", "a", "liar", "and", "a", "thug") in quotes


OPINION = (
    'Dayton Mayor Ann Lee called the new Harlow stadium "a complete waste of money" on Monday. '
    "Residents were divided.",
    "The new Harlow stadium in Dayton is a complete waste of money. Construction began in 2019.",
    'Council member Bob Ray also called the Harlow stadium "a complete waste of money" at a meeting. '
    "The vote is in June.",
)


def _kinds(story: Story) -> list[str]:
    return [k.kind for k in align(story).links]


def test_words_called_something_stay_a_quotation_however_often_written() -> None:
    """Rule `said-not-title`: two speakers call the stadium "a complete waste of money" and one writer
    states it: the phrase is in three sentences, but someone calls something that, so it is no title and
    the three links stay quotations (at 1605d67 all three were facts: a mayor's opinion stated as fact)."""
    assert _kinds(_story(*OPINION)) == ["quote"] * 3
    caseless = [t[0] + t[1:].lower() for t in OPINION]
    assert _kinds(_story(*caseless)) == ["quote"] * 3


def test_words_described_as_something_stay_a_quotation_however_often_written() -> None:
    """Rule `said-not-title` with "described … as" (session 22 tested "called" only): two speakers describe
    the stadium as "a complete waste of money", one writer states it; the three links stay quotations.
    Passes on 819a28a; fails with the forms of "describe" taken out of the calling verbs."""
    story = _story(
        'Dayton Mayor Ann Lee described the new Harlow stadium as "a complete waste of money" on Monday. '
        "Residents were divided.",
        OPINION[1],
        'Council member Bob Ray also described the stadium as "a complete waste of money" at a meeting. '
        "The vote is in June.",
    )
    assert _kinds(story) == ["quote"] * 3


def test_a_phrase_quoted_right_after_said_is_no_title() -> None:
    """A demand quoted in three sentences, one of them right after "said": words said, quote links."""
    story = _story(
        'Dayton Mayor Ann Lee called for "a complete shutdown of the mill" on Monday after the leak. '
        "Residents were afraid.",
        'Union leaders said "a complete shutdown of the mill" would cost 900 jobs in Dayton. '
        "The leak was found on Sunday.",
        'Lee repeated her call for "a complete shutdown of the mill" at a town hall. '
        "The company declined to comment.",
    )
    assert _kinds(story) == ["quote"] * 3


# Late review of session 22: rule `said-not-title` read "called" / "dubbed" before a title as a verb of
# saying, so the title was a quotation again. A naming frame names the quotation (`lexicon.naming`).
CALLED_A = (
    'zac efron and claire danes take a turn on the dance floor in a new period drama called " me and orson '
    'welles. " '
    "The film opens wednesday in select cities after a long delay. "
    "Critics have mostly praised me and orson welles for its young cast."
)
DUBBED_A = (
    'The cruise line\'s newest ship, dubbed " explorer of the seas, " left miami on sunday with 3,000 '
    "passengers. "
    "The ship will sail the caribbean until april. "
    "Passengers aboard explorer of the seas were told to stay in their cabins."
)
DUBBED_B = (
    'More than 600 people fell ill aboard " explorer of the seas " on its caribbean cruise, officials said. '
    "The ship returned to new jersey two days early."
)


def test_a_film_called_by_its_title_is_no_quotation() -> None:
    """A "new period drama called "…"" names the film: no quote link (2 on 61d2207)."""
    assert _quote_links(_story(CALLED_A, FILM_B)) == []


def test_a_ship_dubbed_by_its_name_is_no_quotation() -> None:
    """The "newest ship, dubbed "…"" names the ship: no quote link (2 on 61d2207)."""
    assert _quote_links(_story(DUBBED_A, DUBBED_B)) == []


def test_called_with_its_object_between_stays_words_said() -> None:
    """Speech: "called the stadium "…"" reports words (a guard: "called" with its object names nothing)."""
    quotes = _titles_kept(
        'the mayor called the new stadium " a complete waste of public money " on monday.',
        "a complete waste of public money is how the council sees it.",
        "critics say a complete waste of public money is the wrong way to put it.",
    )
    assert ("a", "complete", "waste", "of", "public", "money") in quotes


# Session 23 (issue 14, precise): a quotation that names a show, a work or a person is no statement, read by
# what is written right before its opening mark or by its capitals (`features.quoted_name`). On the start
# code (819a28a) each pair below was a quote link: a marker naming an outlet that never said the thing.
SHOW_A = (
    '" the budget deal is dead on arrival, " senator ann lee told cnn\'s " state of the union " on sunday. '
    "She said talks would resume in march."
)
SHOW_B = (
    '" we expect a vote within two weeks, " the speaker told cnn\'s " state of the union. " '
    "He did not say which bills would come first."
)
STORY_A = (
    'The magazine retracted its 2014 story "a night at the lake " after the police report was released. '
    "The writer apologised."
)
STORY_B = (
    "Dean Harlow is suing the magazine for $3 million, saying a night at the lake cast her as a villain. "
    "The trial begins in May."
)
LABEL_A = (
    "The new plaintiff, identified only as “John Roe No. 41,” came forward after the first four lawsuits "
    "were filed, his lawyer said. The suits seek unspecified damages."
)
LABEL_B = (
    "John Roe No. 41 says he was 15 years old when the coach first contacted him online. "
    "The coach has denied every claim."
)


def test_session23_a_network_show_is_no_quotation() -> None:
    """Rule `outlet-show`: two people interviewed on one show share its name, not a statement."""
    assert _quote_links(_story(SHOW_A, SHOW_B)) == []


def test_session23_a_story_title_is_no_quotation() -> None:
    """Rule `work-title`: the story "…" names a work; the other sentence writes its title unquoted."""
    assert _quote_links(_story(STORY_A, STORY_B)) == []


def test_session23_a_capitalised_label_with_a_number_is_no_quotation() -> None:
    """Rule `capitalised-label`: "John Roe No. 41" is a plaintiff's name (`_is_title` wants two words of
    four letters), so the two sentences that name him share no quotation."""
    assert _quote_links(_story(LABEL_A, LABEL_B)) == []


def test_session23_words_said_on_a_show_stay_a_quotation() -> None:
    """A guard: the same words said by one person on a show, quoted by two outlets, stay a quote link
    (the show's name leaves the quotations, the words said do not)."""
    a = '" we expect a vote within two weeks, " the speaker told cnn\'s " state of the union " on sunday.'
    b = 'The speaker said " we expect a vote within two weeks " as talks on the budget resumed.'
    assert len(_quote_links(_story(a, b))) == 1


def test_session23_a_book_quoted_after_a_comma_stays_a_quotation() -> None:
    """A guard: "in his book, "…"" quotes what the book says; the rule wants the noun right before it."""
    a = 'In his book, "I was wrong about the war and I regret it," the general writes of 2003.'
    b = 'The general now says "I was wrong about the war and I regret it" in a memoir out this week.'
    assert len(_quote_links(_story(a, b))) == 1


def test_session23_a_show_after_said_on_is_no_quotation() -> None:
    """Rule `show-after-on`: two people quoted "on" one show share its name, not a statement."""
    a = '" the governor has a more pivotal job than any senator, " he said on " the big weekend report. "'
    b = 'The budget will pass before the recess, the speaker said on " the big weekend report " on sunday.'
    assert _quote_links(_story(a, b)) == []


def test_session23_a_sentence_closing_an_earlier_quotation_quotes_no_attribution() -> None:
    """Rule `closing-first`: the first straight mark after a comma, an attribution after it, closes a
    quotation opened a sentence before; paired with the next mark, the attribution ("he said on nbc's")
    was a quotation two such sentences shared (a quote link on 819a28a)."""
    spans = features.quoted_spans('it is going to be close, " the governor said on nbc\'s " morning line. "')
    assert [(s, closed) for s, _, closed in spans] == [(0, False), (54, True)]
    a = 'We have the votes for it, " the senator said on the radio. " we will see.'
    b = 'Nobody expects a deal this week, " the mayor said on the radio. " talks go on.'
    assert _quote_links(_story(a, b)) == []


def test_a_quotation_opened_after_a_comma_and_attributed_after_it_is_a_quotation() -> None:
    """Guard quoted-then-said (session 24 review M4): an attribution after the second mark too makes the
    marks one quotation of their own; `closing-first` quoted the sentence's opening instead, and another
    document's sentence with the same opening was a quote link (6207e42)."""
    a = (
        'In a statement on the Harwick flood relief fund, "he said nothing about the money," Dana Whitcombe '
        "told reporters."
    )
    assert [(s, closed) for s, _, closed in features.quoted_spans(a)] == [(49, True)]
    b = "In a statement on the Harwick flood relief fund, Jon Tallis said the money would be paid in May."
    assert _quote_links(_story(a, b)) == []


def test_session23_a_title_apposed_to_its_work_is_no_quotation() -> None:
    """Rule `work-apposed`: "…," the musical drama starring ... names a film; the other sentence writes the
    title unquoted, and the two state nothing alike (a quote link on 819a28a)."""
    a = (
        "The two films have little in common save for the date, oct. 5, the day on which both harbor lights "
        "and the long road home hit theaters."
    )
    b = (
        'early estimates show "harbor lights " is heading for a $ 60 million debut, while " the long road '
        'home, " the musical drama starring ann lee, is eyeing $ 28 million.'
    )
    assert _quote_links(_story(a, b)) == []


def test_session23_a_name_in_single_marks_is_no_quotation_either() -> None:
    """Session 23 review, S6: `features.quoted_name` reads quotations in single marks too (the branch of
    `sentence_facts` that fills `single_quotes`): a show after an outlet's name or a story's title after
    "story" is no quotation, words said in single marks stay one (819a28a kept both names)."""

    def single(text: str) -> tuple[tuple[str, ...], ...]:
        casing = features.story_casing([text], [features.tokens(text)])
        return features.sentence_facts(0, 0, text, casing, None).single_quotes

    assert (
        single("The senator told CNN's 'state of the union' on Sunday that the budget deal was dead.") == ()
    )
    assert single("The magazine retracted its story 'a night at the lake' after the police report.") == ()
    assert single("Critics called the stadium 'a complete waste of public money' on Monday.") == (
        ("a", "complete", "waste", "of", "public", "money"),
    )


def test_session23_a_title_inside_a_single_marked_span_is_still_a_title() -> None:
    """Rule `double-marks-say`: a tokenised closing single mark ("'harbor lights ' opens ...") reads as a
    quotation to the sentence's end; that span holding the title is no sign the title is words said, so
    the title the story writes in three sentences leaves every quotation (it stayed on 819a28a)."""
    quotes = _titles_kept(
        "'the long road home ' opens big, and that's why we know the studio loves the long road home.",
        'This is part of what makes "the long road home " such fun.',
        'If there is one lesson of " the long road home, " it is that the hero had a past.',
        'Ann lee wears a smirk throughout "the long road home " as the hero.',
    )
    assert ("the", "long", "road", "home") not in quotes


def _double_quotes(text: str) -> tuple[tuple[str, ...], ...]:
    casing = features.story_casing([text], [features.tokens(text)])
    return features.sentence_facts(0, 0, text, casing, None).quotes


def test_words_said_by_a_person_described_through_a_work_stay_a_quotation() -> None:
    """Session 24 review S1: `work-apposed` read any quotation before "the film's director said", "the drama
    teacher said" or "a single mother of three told" as a title, so the quotation left `Facts.quotes` and two
    outlets quoting the host shared a fact, not a quotation. A possessive work noun, or a verb of saying
    within three words after it, makes the words speech; a title apposed to its work stays a title."""
    for text in (
        '"We never expected crowds this big," the film\'s director, Dana Whitcombe, told reporters.',
        '"I was scared every single night," a single mother of three told the council.',
        '"It will run for five more years," the show\'s host said.',
        '"Learn your lines before the first night," the drama teacher said.',
        '"It was packed every night of the week," the comedy club owner said.',
    ):
        assert len(_double_quotes(text)) == 1, text
    assert _double_quotes('"The Long Road Home," the musical drama starring Ann Lee, is eyeing $28m.') == ()
    a = '"It will run for five more years," the show\'s host said on Monday.'
    b = 'The network expects the deal to hold: "It will run for five more years," the show\'s host said.'
    assert len(_quote_links(_story(a, b))) == 1


def test_a_quoted_phrase_after_focus_on_is_words_said() -> None:
    """Session 24 review S2: `show-after-on` let three words stand between a verb of saying and "on", so a
    phrase after "said she would focus on" or "spoke at length on" was read as a show. At most one word
    between now; "an appearance on" is a show's frame of its own."""
    assert len(_double_quotes('She said she would focus on "jobs, jobs and more jobs" in Dunmore.')) == 1
    assert len(_double_quotes('He spoke at length on "the need for change" at the rally.')) == 1
    assert _double_quotes('She said in an appearance on "the late late hour" that she would run.') == ()
    assert _double_quotes('He said Sunday on "the big weekend report" that talks would resume.') == ()
