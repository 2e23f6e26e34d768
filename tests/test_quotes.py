"""Quotes and speakers on texts written for these tests."""

from __future__ import annotations

from newsbrief import brief
from newsbrief.analyze.quotes import spans


def _quotes(*texts: str):
    b = brief(texts=list(texts), words=40, timings=False)
    for q in b.quotes:
        assert b.documents[q.doc].text[q.start : q.end] == q.text
    return b


def _by_text(b, fragment: str):
    hits = [q for q in b.quotes if fragment in q.text]
    assert len(hits) == 1, (fragment, [q.text for q in b.quotes])
    return hits[0]


def test_quote_split_by_attribution_gives_both_halves_the_speaker() -> None:
    b = _quotes(
        "Mayor Helen Strand opened the new ferry terminal on Friday.\n"
        '"We waited twelve years for this," Strand said, "and it was worth every day."'
    )
    first = _by_text(b, "We waited twelve years")
    second = _by_text(b, "worth every day")
    assert first.speaker == second.speaker == "Helen Strand"


def test_curly_quotes_said_x_and_x_told() -> None:
    b = _quotes(
        "The harbour will reopen next week.\n"
        "“The damage was worse than we feared at first,” said Colonel Ivo Brandt, who leads the crews.\n"
        "Ivo Brandt told reporters: “Every crane on the east quay has to be checked again.”"
    )
    assert _by_text(b, "worse than we feared").speaker == "Ivo Brandt"
    assert _by_text(b, "Every crane").speaker == "Ivo Brandt"


def test_pronoun_speaker_resolves_to_the_last_fitting_person() -> None:
    b = _quotes(
        "Farmer Tom Ridley lost half his barley to the flood.\n"
        "His neighbour Grace Olsen lent him a pump.\n"
        "“Without that pump the whole field would be gone,” he said.\n"
        "“We look after each other out here,” she said."
    )
    assert _by_text(b, "Without that pump").speaker == "Tom Ridley"
    assert _by_text(b, "look after each other").speaker == "Grace Olsen"


def test_nicknames_and_scare_quotes_are_not_speech() -> None:
    b = _quotes(
        "The striker, known to fans as “The Hammer”, scored twice against the “old enemy” on Sunday.\n"
        "Critics called the new stadium a “concrete doughnut” when it opened in the spring."
    )
    # the critics' words are speech since session 16 (rule plural-description); the nickname and the
    # scare quote are not
    assert [(q.text, q.speaker) for q in b.quotes] == [("concrete doughnut", "Critics")]


def test_titles_of_works_are_not_speech() -> None:
    b = _quotes('She appeared on the programme "Morning Roundup With Jo Fairley" before the vote.')
    assert b.quotes == ()


def test_short_quote_with_adjacent_attribution_is_speech() -> None:
    b = _quotes('Asked whether he would stand again, Senator Paulo Reis smiled. "Never," Reis said.')
    assert _by_text(b, "Never").speaker == "Paulo Reis"


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        "The inspector described the scene to the court.\n"
        "“The door was open and the lights were off when we arrived.\n"
        "“Nobody answered when we called out, so we went in,” Inspector Mara Quist said."
    )
    b = _quotes(text)
    assert len(b.quotes) == 1
    q = b.quotes[0]
    assert q.text.startswith("The door was open") and q.text.endswith("so we went in,")
    assert "\n" in q.text and q.speaker == "Mara Quist"


def test_unattributed_quote_continues_the_previous_speaker() -> None:
    b = _quotes(
        "“We will rebuild the library before winter,” said Councillor Ade Bello.\n"
        "“The children of this town deserve nothing less.”"
    )
    assert _by_text(b, "children of this town").speaker == "Ade Bello"


def test_unnamed_sources_keep_their_description() -> None:
    b = _quotes(
        "The talks resumed late on Tuesday.\n"
        "“Nobody expects a deal this week,” said a senior trade ministry official.\n"
        "“It may take another month,” this person said."
    )
    assert _by_text(b, "Nobody expects").speaker == "a senior trade ministry official"
    assert _by_text(b, "another month").speaker == "a senior trade ministry official"


def test_speaker_is_named_by_full_name() -> None:
    b = _quotes(
        "Coach Rosa Lindqvist picked three new players for the final.\n"
        "“They earned it in training,” Lindqvist said."
    )
    assert _by_text(b, "earned it").speaker == "Rosa Lindqvist"


def test_according_to_and_organisation_speakers() -> None:
    b = _quotes(
        "The museum will close for a year, according to the Ministry of Culture, "
        "which said the roof “must be replaced before the next storm season.”"
    )
    q = _by_text(b, "must be replaced")
    assert q.speaker == "Ministry of Culture"


def test_duc_and_straight_quotes_are_paired() -> None:
    text = "He said ``the bridge is safe'' and left. Later she said \"the bridge is closed\" to the press."
    found = [text[s.start : s.end] for s in spans(text)]
    assert found == ["the bridge is safe", "the bridge is closed"]


def test_repeats_link_the_same_quote_in_other_sources() -> None:
    a = "The dam held overnight. “We were lucky this time, very lucky,” said engineer Lise Varga."
    c = "Engineer Lise Varga said the dam held. “We were lucky this time,” Varga said on Monday."
    b = _quotes(a, c)
    q = _by_text(b, "very lucky")
    assert [r.doc for r in q.repeats] == [1]


def test_she_follows_the_pronouns_the_text_uses_for_a_person() -> None:
    # "Jordan" is not on the list of mostly female names: "said her class" tells the gender
    b = brief(
        texts=[
            "Maria Lopez said the school had closed early.\n"
            "Jordan Ellis, a teacher, said her class had moved to the library. "
            "“We were lucky to have the space,” she said.",
            "The school closed early.",
        ],
        timings=False,
    )
    assert [(q.text, q.speaker) for q in b.quotes] == [("We were lucky to have the space,", "Jordan Ellis")]


def test_doubled_apostrophes_as_both_marks_are_paired() -> None:
    """Session 14: some DUC 2003 / 2006 files write ''…'' for both marks, with no `` anywhere (so
    cleaning keeps them): every quote of such a file was missed ("''We can solve this problem very
    easily,'' he told the British Broadcasting Corp.", DUC 2003 dev d30042t). A doubled apostrophe now
    opens or closes by the characters around it, as a straight mark does; an inch mark stays nothing."""
    text = (
        "Gadhafi said the suspects are ''very happy'' to be tried. ''We can solve this problem very "
        "easily,'' he told the BBC. The screen is 12'' wide."
    )
    found = [text[s.start : s.end] for s in spans(text)]
    assert found == ["very happy", "We can solve this problem very easily,"]
    b = _quotes(
        "Libyan leader Moammar Gadhafi spoke to the BBC on Tuesday.\n"
        "''We can solve this problem very easily,'' Gadhafi said in the interview."
    )
    assert _by_text(b, "solve this problem").speaker == "Moammar Gadhafi"


def test_an_opening_mark_ending_its_paragraph_closes_the_open_quote() -> None:
    """Session 14: an opening mark with nothing after it in its paragraph opens nothing; inside a quote
    it is a mistyped closing mark ("“All he did was uphold ideals of government sponsored education. ...
    He “" then a new paragraph, frozen4-unseen.json, a tuning file): the quote was lost."""
    text = (
        "“It is a good system,” an unconvinced Mann said afterwards. “All he did was uphold the ideals "
        "of public education. ... He “\n"
        "Jane Roe can be reached at the newsroom."
    )
    found = [text[s.start : s.end] for s in spans(text)]
    assert found == ["It is a good system,", "All he did was uphold the ideals of public education. ... He "]


def test_two_right_single_marks_close_a_quote() -> None:
    """Session 14: some papers close a quote with two right single marks ("1941’s “The Wolfman’’ that
    …", a LongBench dev review): the quote stayed open and swallowed the narrative after it."""
    text = "It was only with 1941’s “The Wolfman’’ that the genre got a face. He said, “It was a good year.’’"
    found = [text[s.start : s.end] for s in spans(text)]
    assert found == ["The Wolfman", "It was a good year."]


def test_an_opening_mark_set_off_by_spaces_after_a_comma_closes_the_quote() -> None:
    """Session 14: "“Sometimes, “ he said, “I’d like to hike …”" (LongBench dev): the second mark, with a
    space on each side after a comma, is a mistyped closing one; the quote and the one after it were lost."""
    b = _quotes(
        "In Warner Springs I met Rusty Green, 71, who did the thru-hike in 2003.\n"
        "“Sometimes, “ he said, “I’d like to hike without seeing a line of ants all the way to Canada.”"
    )
    assert _by_text(b, "Sometimes").speaker == "Rusty Green"
    assert _by_text(b, "line of ants").speaker == "Rusty Green"


# caseless35: one lost mark in a one-paragraph lower-cased document, as Multi-News+ gives them
_LOST_CLOSE = (
    "A missing hiker was found alive on saturday, three days after she was last seen on the ridge near "
    'harwick. Rescue leader tomas ferrell said he was glad to see her alive. " these moments are big for '
    'us because we do not get many of them, " he said. " to find someone with a strong spirit is a big win '
    'for all of us. Police will now try to learn how she got so far from the trail. " it is not an area '
    'you could reach by walking out on your own, " said sgt. Dana whitcombe. " there would have been a lot '
    'of climbing involved, " she said. " the rain kept her alive, " whitcombe said. Her roommate reported '
    "her missing on friday."
)
_LOST_OPEN = (
    "The host of the contest named the wrong winner on live television on sunday night in sydney, and "
    "the show's producers said on monday that the name had been read from the wrong card. \" i do not know "
    'what to say right now, " host mara quill told the audience. " i am so sorry, i do not know what to '
    'say. " this is a complete accident. I am so sorry. " quill, holding her head in her hands, said the '
    'name was given to her wrongly. " this is what happens on live television, " she said. The runner-up '
    'was gracious and hugged the winner. He replied: " i would do it all again. " the network said in a '
    "statement on monday that it had spoken to both women and that it would review how the cards are "
    "printed and handed to the host before the next season of the show begins in the spring."
)


def test_caseless35_a_spaced_mark_after_a_comma_before_an_attribution_closes_the_quote() -> None:
    """Rule spaced-evidence and spaced-resync (analyze/spans.py): in a one-paragraph document with spaced
    straight marks, one lost mark used to turn every later quotation inside out (narrative as quotes,
    quotes as narrative). A spaced mark after a comma with an attribution right after it closes a
    quotation: where the count says otherwise the pairing is put back in step, the mark before opening
    this quotation."""
    b = _quotes(_LOST_CLOSE)
    assert _by_text(b, "not an area").speaker == "Dana Whitcombe"
    assert _by_text(b, "a lot of climbing").speaker == "Dana Whitcombe"
    assert _by_text(b, "the rain kept her alive").speaker == "Dana Whitcombe"
    assert not [q for q in b.quotes if "roommate" in q.text or q.text.strip().startswith("said")]


def test_caseless35_the_narrative_between_two_quotes_is_no_quote() -> None:
    """Rule spaced-resync: the "quote" the out-of-step count closed ("quill, holding her head …, said the
    name …") is left out when its opening mark was not sure (no attribution before it, spaced); the words
    after "He replied:" open a quotation (a verb of saying and a colon before a spaced mark)."""
    b = _quotes(_LOST_OPEN)
    assert _by_text(b, "what happens on live television").speaker == "Mara Quill"
    assert not [q for q in b.quotes if "holding her head" in q.text or "runner-up" in q.text]
    assert [s for s in spans(_LOST_OPEN) if _LOST_OPEN[s.start : s.end].strip().startswith("i would do it")]


def test_caseless35_an_attribution_inside_the_quote_is_no_close() -> None:
    """Guards of spaced-evidence: "adding, " the couple have asked that …" (a verb inside the quotation's
    own clause) and "… verify what she said, " the lawyer said" keep their pairing."""
    text = (
        'The couple left on sunday. " we are just confirming that they have gone, " a spokesman said, '
        'adding, " the couple have asked that their privacy be respected. " the lawyer for the family '
        'spoke too. " we tried to meet the aunt and verify what she said, " the lawyer said. " they never '
        'made her available. "'
    )
    found = [text[s.start : s.end].strip() for s in spans(text)]
    assert "the couple have asked that their privacy be respected." in found
    assert "we tried to meet the aunt and verify what she said," in found
    assert "they never made her available." in found


def test_session40_a_doubled_opening_mark_quotes_nothing() -> None:
    """Session 40 (speakers40; Multi-News+ dev, case-less): rule doubled-open (spans). `states, " " the
    harm …` paired the two marks as a quotation of one space, which got the letter's writer as speaker,
    and every later mark of the paragraph out of step (the narrative after the letter read as a quote).
    Two marks with only a space between quote nothing; the quotation opens after the second."""
    text = (
        'a letter from her lawyer, jon reed, states, " " the harm you have done to our client cannot be '
        'undone by an offer. " the company did not reply.'
    )
    found = [text[s.start : s.end].strip() for s in spans(text)]
    assert found == ["the harm you have done to our client cannot be undone by an offer."], found
