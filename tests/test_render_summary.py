"""How the summary reads in the Markdown and HTML brief: a quotation the splitter cut at its inner full
stop on one line, and a view document's label said once per run of its sentences."""

from __future__ import annotations

import dataclasses
import re

from newsbrief import brief
from newsbrief.model import SummarySentence
from newsbrief.render import render
from newsbrief.render.markdown import full_names, here_places, view_labels, writers_voice

NEWS = (
    "Ten volunteer firefighters were arrested on Tuesday in Robeson County. "
    '"Not accidental, set on fire. We have been doing this for six months," Sheriff Kenneth Sealey said. '
    '"Several fires in a week." Investigators say more arrests are possible. '
    '"We will find them all. They will answer for it," the chief said. '
    '"My wife heard it. It was gunshots. He emptied the clip," a neighbour said. Police came at dawn.'
)
VIEW = "The county should pay its firefighters. I think it must act now. Volunteers deserve better."


def _brief(pick: list[tuple[int, str]], kind: str = "news"):
    """A brief whose summary is exactly the sentences `pick` names (document, text)."""
    b = brief(texts=[NEWS, VIEW], words=60, timings=False)
    docs = list(b.documents)
    docs[1] = dataclasses.replace(docs[1], kind=kind)
    out = []
    for d, text in pick:
        start = docs[d].text.index(text)
        out.append(SummarySentence(text, d, start, start + len(text)))
    return dataclasses.replace(b, documents=tuple(docs), summary=tuple(out))


def test_a_quotation_cut_at_its_inner_full_stop_is_one_bullet() -> None:
    b = _brief(
        [
            (0, '"Not accidental, set on fire.'),
            (0, 'We have been doing this for six months," Sheriff Kenneth Sealey said.'),
            (0, '"Several fires in a week."'),
        ]
    )
    md = render(b, "markdown")
    lines = [x for x in md.splitlines() if x.startswith("- ")][: len(b.summary)]
    assert lines[0] == (
        '- "Not accidental, set on fire. We have been doing this for six months,"'
        " Sheriff Kenneth Sealey said. [1]"
    )
    assert lines[1] == '- "Several fires in a week." [1]'  # a quotation of its own: its own bullet
    html = render(b, "html")
    assert re.search(
        r'<li id="sum-0">&#34;Not accidental.*?\s*<span class="cont" id="sum-1">We have', html, re.S
    )
    assert re.search(r'<li id="sum-2">&#34;Several fires', html)


def test_sentences_not_next_to_each_other_stay_apart() -> None:
    # The first leaves a quotation open and the second closes one, but other sentences lie between them
    # in the article: two quotations, two bullets (only the text between them tells them apart).
    b = _brief(
        [
            (0, '"Not accidental, set on fire.'),
            (0, 'They will answer for it," the chief said.'),
        ]
    )
    lines = [x for x in render(b, "markdown").splitlines() if x.startswith("- ")]
    assert lines[0] == '- "Not accidental, set on fire. [1]'
    assert lines[1] == '- They will answer for it," the chief said. [1]'
    # the same two sentences next to each other in the article are one bullet
    c = _brief([(0, '"We will find them all.'), (0, 'They will answer for it," the chief said.')])
    lines = [x for x in render(c, "markdown").splitlines() if x.startswith("- ")]
    assert lines[0] == '- "We will find them all. They will answer for it," the chief said. [1]'


def test_a_quotation_cut_twice_is_one_bullet() -> None:
    # the middle part has no quotation mark of its own: the quotation goes on through it to its end,
    # and the sentence after the closing mark is a bullet of its own
    b = _brief(
        [
            (0, '"My wife heard it.'),
            (0, "It was gunshots."),
            (0, 'He emptied the clip," a neighbour said.'),
            (0, "Police came at dawn."),
        ]
    )
    lines = [x for x in render(b, "markdown").splitlines() if x.startswith("- ")][:2]
    assert lines == [
        '- "My wife heard it. It was gunshots. He emptied the clip," a neighbour said. [1]',
        "- Police came at dawn. [1]",
    ]
    html = render(b, "html")
    assert re.search(r'<span class="cont" id="sum-2">He emptied', html)
    assert re.search(r'<li id="sum-3">Police came', html)


def test_a_views_label_is_said_once_per_run() -> None:
    b = _brief(
        [
            (0, "Ten volunteer firefighters were arrested on Tuesday in Robeson County."),
            (1, "The county should pay its firefighters."),
            (1, "Volunteers deserve better."),
        ],
        kind="opinion",
    )
    md = render(b, "markdown")
    assert "- *Opinion — source 2:* The county should pay its firefighters. [2]" in md
    assert "- *Opinion (cont.):* Volunteers deserve better. [2]" in md
    html = render(b, "html")
    assert '<span class="view">Opinion — source 2:</span> The county' in html
    assert '<span class="view">Opinion (cont.):</span> Volunteers' in html


def test_here_is_shown_as_the_datelines_place() -> None:
    # session 18 (duc2006-D0637A): "The ongoing solar summit here this evening adopted ..." with the
    # dateline HARARE moved into the document's metadata: the brief says which place "here" is
    text = (
        "Leaders met here on Tuesday to sign the accord. "
        '"We are here to stay," the mayor said. '
        "Here is the list of the signatories."
    )
    b = brief(texts=[text], words=60, timings=False)
    doc = dataclasses.replace(b.documents[0], dateline="SINGAPORE, June 12")
    picked = []
    for sentence in ("Leaders met here", '"We are here', "Here is the list"):
        start = text.index(sentence)
        end = text.index(".", start) + 1 + (sentence.startswith('"'))
        picked.append(SummarySentence(text[start:end], 0, start, end))
    b = dataclasses.replace(b, documents=(doc,), summary=tuple(picked))
    lines = [x for x in render(b, "markdown").splitlines() if x.startswith("- ")][:3]
    assert lines[0].endswith("[1] *(here: SINGAPORE, June 12)*")
    assert "(here:" not in lines[1]  # the speaker's "here", inside the quotation
    assert "(here:" not in lines[2]  # a signpost's "Here is"
    assert render(b, "html").count('<span class="here">(here: SINGAPORE, June 12)</span>') == 1


def test_here_in_a_quotations_rest_or_a_figure_of_speech_is_no_place() -> None:
    # reviewer 9: the rest of a quotation (the speaker's "here") and "the issue here" (in this matter) got
    # "(here: DATELINE)"; a place's "here" after a noun keeps it
    text = (
        "“We will stay here until the job is done,” he said. "
        "The real issue here, experts say, is cost. "
        "Officials said two vehicles were used in the attack on the embassy here."
    )
    b = brief(texts=[text], words=60, timings=False)
    doc = dataclasses.replace(b.documents[0], dateline="NAIROBI, Kenya")
    picked = []
    for sentence in ("We will stay", "The real issue", "Officials said"):
        start = text.index(sentence)
        end = text.index(".", start) + 1
        picked.append(SummarySentence(text[start:end], 0, start, end))
    b = dataclasses.replace(b, documents=(doc,), summary=tuple(picked))
    assert here_places(b) == [None, None, "NAIROBI, Kenya"]


def _picked(text: str, starts: tuple[str, ...]):
    """A brief of `text` whose summary is the sentences opening with `starts`, in that order."""
    b = brief(texts=[text], words=80, timings=False)
    picked = []
    for sentence in starts:
        start = text.index(sentence)
        end = text.index(".", start) + 1
        picked.append(SummarySentence(text[start:end], 0, start, end))
    return dataclasses.replace(b, summary=tuple(picked))


SHOOTING = (
    "Modoc County Sheriff's Deputy Jack Hopkins was shot dead on Monday near Alturas. "
    "Officials said Hopkins was killed as he entered a property south of the town. "
    "Hopkins had served the county for twelve years. "
    "The suspect, Walter Breiner, was arrested on Tuesday."
)


def test_a_surname_alone_gets_the_full_name_once() -> None:
    # session 19 (pool WRITE, LongBench bd055...): "Modoc officials said Hopkins was killed ..." opened a
    # brief whose lead ("... Deputy Jack Hopkins was gunned down") was left out: who Hopkins is, the
    # reader cannot tell
    b = _picked(SHOOTING, ("Officials said Hopkins", "Hopkins had served", "The suspect"))
    assert full_names(b) == ["Hopkins: Jack Hopkins", None, None]
    lines = [x for x in render(b, "markdown").splitlines() if x.startswith("- ")][:3]
    assert lines[0].endswith("*(Hopkins: Jack Hopkins)*")
    assert "Jack Hopkins" not in lines[1]
    assert render(b, "html").count('<span class="names">(Hopkins: Jack Hopkins)</span>') == 1


def test_no_full_name_note_when_the_summary_gave_it_or_two_people_share_the_surname() -> None:
    b = _picked(SHOOTING, ("Modoc County", "Officials said Hopkins"))
    assert full_names(b) == [None, None]  # named in full before
    shared = (
        "Halima Fazul said the FBI behaved correctly. Omar Fazul said he knew nothing. "
        "Fazul was indicted in New York."
    )
    b = _picked(shared, ("Fazul was indicted",))
    assert full_names(b) == [None]  # which Fazul: a guess


def _lowered(b):
    """The brief as a story that lost its case would give it: each document's text and each summary
    sentence in lower case (the same offsets), the entities' names as the analysis writes them."""
    docs = tuple(dataclasses.replace(d, text=d.text.lower()) for d in b.documents)
    summary = tuple(dataclasses.replace(s, text=s.text.lower()) for s in b.summary)
    return dataclasses.replace(b, documents=docs, summary=summary)


def test_a_lower_cased_surname_alone_gets_the_full_name_once() -> None:
    """Session 22 (issue 16: "barbour said" with no first mention, the session-21 blind readers' first
    finding): in a story that lost its case the surname is written "hopkins" and the full name the
    analysis found "Jack Hopkins"; 13c91a5 compared them by case and gave no note (it glossed only a
    surname opening its sentence, capitalised there). Rule surname-any-case."""
    b = _lowered(_picked(SHOOTING, ("Officials said Hopkins", "Hopkins had served", "The suspect")))
    assert b.summary[0].text.startswith("officials said hopkins")
    assert full_names(b) == ["hopkins: Jack Hopkins", None, None]
    b = _lowered(_picked(SHOOTING, ("Modoc County", "Officials said Hopkins")))
    assert full_names(b) == [None, None]  # named in full before, in lower case
    text = SHOOTING.replace("Officials said Hopkins", "Officials said Mrs. Hopkins")
    b = _lowered(_picked(text, ("Officials said Mrs. Hopkins",)))
    assert full_names(b) == [None]  # rule surname-titled: "mrs. hopkins" may be his widow


def test_no_full_name_note_for_a_titled_surname() -> None:
    # session 19 review: "Mrs. Hopkins told reporters ..." about Jack Hopkins' death showed "(Hopkins: Jack
    # Hopkins)", the widow named as her husband (the entities fold her into his name); rule surname-titled
    text = (
        "Modoc County Sheriff's Deputy Jack Hopkins was shot dead on Monday near Alturas. "
        "Mrs. Hopkins told reporters her husband loved the job. "
        "Officials said Deputy Hopkins was killed as he entered a property. "
        "The suspect, Walter Breiner, was arrested on Tuesday."
    )
    b = brief(texts=[text], words=80, timings=False)
    picked = []
    for sentence in ("Mrs. Hopkins told reporters", "Officials said Deputy", "The suspect"):
        start = text.index(sentence)
        end = text.index(".", text.index(" ", start + 5)) + 1
        picked.append(SummarySentence(text[start:end], 0, start, end))
    b = dataclasses.replace(b, summary=tuple(picked))
    assert [s.text[:12] for s in b.summary] == ["Mrs. Hopkins", "Officials sa", "The suspect,"]
    assert full_names(b) == [None, None, None]
    assert "(Hopkins: Jack Hopkins)" not in render(b, "html")


def test_a_quote_a_wire_copy_repeats_is_listed_once() -> None:
    # two outlets carry the same wire story: one quote, shown once, with the marker of its one source
    # (the copy is named in the header: session 20, a wire copy is one source, not two)
    copy = NEWS.replace("Police came at dawn.", "Officers came at dawn.")
    b = brief(texts=[NEWS, copy], words=60, timings=False)
    assert len([q for q in b.quotes if q.text.startswith("Not accidental")]) == 2  # one per document (JSON)
    md = render(b, "md")
    line = next(x for x in md.splitlines() if x.startswith("- **Kenneth Sealey**"))
    assert line.count("Not accidental") == 1 and "[1]" in line and "[1,2]" not in line
    assert "1 is a copy of another ([2] of [1])" in md
    html = render(b, "html")
    section = html[html.index('<section id="quotes"') :]
    section = section[: section.index("</section>")]
    assert section.count("Not accidental, set on fire") == 1


def test_a_sentence_cut_on_a_lower_case_title_and_its_name_are_one_bullet() -> None:
    text = (
        "Charges were filed on tuesday against army spc. Alexis roe. "
        "Roe refused to deploy last year. Her lawyer spoke to the court."
    )
    b = brief(texts=[text], words=60, timings=False)
    picked = [
        "Charges were filed on tuesday against army spc.",
        "Alexis roe.",
        "Her lawyer spoke to the court.",
    ]
    out = []
    for t in picked:
        start = b.documents[0].text.index(t)
        out.append(SummarySentence(t, 0, start, start + len(t)))
    b = dataclasses.replace(b, summary=tuple(out))
    lines = [x for x in render(b, "markdown").splitlines() if x.startswith("- ")][:2]
    assert lines[0] == "- Charges were filed on tuesday against army spc. Alexis roe. [1]"
    assert lines[1] == "- Her lawyer spoke to the court. [1]"  # not next to it in the article: apart


VOICE = (
    "Ten volunteer firefighters were arrested on Tuesday in Robeson County. "
    "We could have guessed that from the way the fires began. "
    "Investigators say more arrests are possible. "
    "The sheriff told reporters we will see more arrests. "
    "Below is our take on what the county should do next."
)


def test_a_news_sentence_in_its_writers_first_person_is_labelled_the_writers_voice() -> None:
    """Session 22 (issue 16, whose view: "opinion stated as fact", seen by both blind readers of session
    21): a sentence of a news document in its writer's own first person is the writer's view, labelled
    like a view document's sentence ("We could have guessed that ...", "Below is our take ...": WRITE at
    150 words 16 such sentences in 633, all the writer's or a statement's own voice); one with a verb of
    saying or a quotation mark is left alone (the words may be another's). 13c91a5 labelled none."""
    b = _picked(VOICE, ("Ten volunteer", "We could have", "Investigators say", "The sheriff", "Below is"))
    voice = "Writer's voice — source 1"
    assert view_labels(b) == [None, voice, None, None, voice]
    assert f"- *{voice}:* We could have guessed" in render(b, "markdown")
    assert "voice — source 1:</span> We could have guessed" in render(b, "html")
    assert writers_voice("And i admire portman, and she will deserve her nomination.")
    assert not writers_voice("The victim died sunday in waterville, me.")  # Maine, not the writer
    assert not writers_voice("The un and us have welcomed his resignation.")  # "u.s." lower-cased
    assert not writers_voice("my father was my best friend.")  # the rest of a quotation
    assert writers_voice("i listened to a few minutes of it.")
    assert not writers_voice("``We feel really good about our fields.''")  # a DUC quotation
    # Rule first-person-case: a capitalised "I" after a capitalised word is a name's numeral, "Our/My/We/
    # Me" inside a sentence a name's word, "ME" a state (all labelled by 1605d67; session 22 review #3).
    for name in (
        "The memorial honours soldiers who died in World War I and World War II.",
        "Patients with Type I diabetes need insulin every day.",
        "Queen Elizabeth I ruled England for 44 years.",
        "Elizabeth I founded the school in 1560.",
        "Voters rejected the measure, known as Proposition I, by a wide margin.",
        "The service was held at Our Lady of Guadalupe Church in Dayton.",
        "Her memoir, My Life in France, sold a million copies.",
        "The film, titled Me Before You, opened on Friday.",
        "The company is based in Portland, ME, and employs 300 people.",
        "The show airs on WE tv on Sunday nights.",
    ):
        assert not writers_voice(name), name
    for mine in (
        "And I admire Portman, and she will deserve her nomination.",
        "In Dayton, I saw the worst of it.",
        "The mayor and I disagree on the stadium.",
        "Our view is that the plan fails.",
        "My take: the council got it wrong.",
        "All I know is that the road was closed.",
        "... We need to keep this out of the courts.",
    ):
        assert writers_voice(mine), mine
    # Rule numeral-i: "i" after a numbering word, or with a full stop after it, is no pronoun in any case
    # (lower-cased Multi-News+ leads labelled the writer's voice by 1605d67; session 22 late review #2).
    for numeral in (
        "Frank buckles, the last surviving american veteran of world war i, has died at 110.",
        "He was diagnosed with stage i skin cancer in 2009 but recovered.",
        "Buckles was the last veteran of world war i.",
        "He became the first openly gay athlete in division i men's basketball.",
        "The company, i.e. its parent firm, paid the fine.",
        "The company, i.e. its parent firm in Ohio, paid the fine.",
        "She was diagnosed with stage I breast cancer in 2012.",
        "Marijuana is classified as a schedule I drug under federal law.",
        "The hospital opened a level I trauma center in Dayton.",
        "He was charged with a class I felony after the crash.",
    ):
        assert not writers_voice(numeral), numeral


def test_writers_voice_reads_the_plain_verbs_of_saying_from_the_lexicon() -> None:
    """Session 23 (debt, one list per word class): rule writers-voice reads `lexicon.verbs.PLAIN_SAYING`,
    a named subset of `SPEECH_VERBS` (with the base forms it leaves out), not a list of render's own; a
    first-person sentence with one is someone's words, one with another verb of saying ("we reported",
    "I noted": the writer's own acts) stays the writer's voice. Fails on 819a28a (no `PLAIN_SAYING`)."""
    from newsbrief.lexicon.verbs import PLAIN_SAYING, SPEECH_VERBS, third_person
    from newsbrief.render import markdown

    speech = set(SPEECH_VERBS.split("|"))
    assert PLAIN_SAYING in markdown._SAYING.pattern
    for word in PLAIN_SAYING.split("|"):
        assert word in speech or third_person(word) in speech or word + " to" in speech, word
        assert not writers_voice(f"We {word} them more than once."), word
    assert writers_voice("We reported the story first.") and writers_voice("I noted the change in our log.")


def test_a_summary_line_opening_in_lower_case_is_shown_with_a_capital() -> None:
    """brief44: a lead whose dateline cleaning cut ("( cnn ) treasury secretary ...") or a lower-cased page's
    quotation is shown with its first word capitalised, in Markdown and HTML; the brief keeps it verbatim. A
    word with a capital or a full stop inside ("iPhone", "www.example.com") stays as written."""
    from newsbrief.render.markdown import sentence_case

    text = "treasury secretary jo roe announced thursday that he will not go to the summit. "
    b = brief(texts=["( cnn ) " + text + "He said so. " + NEWS], words=60, timings=False)
    lead = text.strip()
    start = b.documents[0].text.index(lead)
    b = dataclasses.replace(b, summary=(SummarySentence(lead, 0, start, start + len(lead)),))
    shown = "Treasury secretary jo roe announced thursday that he will not go to the summit."
    assert f"- {shown} [1]" in render(b, "markdown").splitlines()
    assert shown in render(b, "html")
    assert b.summary[0].text == lead  # the brief itself: verbatim
    assert sentence_case("\"it's bad.") == "\"It's bad."
    assert sentence_case("iPhone sales rose.") == "iPhone sales rose."
    assert sentence_case("www.example.com said so.") == "www.example.com said so."
    assert sentence_case("The vote.") == "The vote."
