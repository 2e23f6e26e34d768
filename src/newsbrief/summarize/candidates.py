"""Which sentences a summary may use: an ordered table of named rules (`RULES`), each keeping out
sentences an editor would not publish, whatever their score.

The features' own tests come first (`features.compute`: too short or long, unfinished, page
furniture words, a question — not one someone asked, which its own frame reports: `features.reported_question`
—, a fragment); these rules add what reads as news only to a scorer:

- ``aside``: a sentence wholly in parentheses ("(When we reached out for comment, ...)");
- ``signpost``: it only announces what follows ("Here's what you need to know.");
- ``superseded``: an account as it stood at first, or earlier when its report says it was corrected,
  or the report under an editor's note that withdraws it ("Update: ... was, in fact, a test.");
- ``reference-page``: every sentence of a document with numbered citation marks ("[1]", "[12]") at
  least `REFERENCE_MARKS` times: an encyclopedia page linked from a story is background, never its news
  (news reports do not number their sources);
- ``paper-setup``: a paper's abstract given as a source (`paper_docs`): its sentences before the
  authors' first "we" (the field's background) and those telling what they did ("We used ...");
  what the study found stays;
- ``caption``: a photo-gallery caption glued into the text ("Caption Republicans and ...",
  "1 of 50 Full Screen ...", "Photo: ...");
- ``page-widget``: a page widget's words, the line breaks around them lost (Multi-News+), opening the
  sentence (a "Close" button, "Media playback is unsupported ...", "Image caption ...", "Related: ...",
  "Read more ...", "( watch: ... )", "Buzz60 ...", a clip's length "( 0: 55 ) ...", a paywall, a
  subscription form's "Sorry, this zipcode is not in our deliverable area ...") or inside it ("play
  facebook twitter embed", "image 1 of / 52 caption close", an archived tweet's embed box "Add this tweet
  to your website by copying the code below.");
- ``credit-opening``: a sentence opening with a photo credit in parentheses ("(Medicine Hat Police
  Service) The 53-year-old ...": a caption's tail glued to the text), a spaced "Photographer / Agency"
  ("Neil Warner / Splash News Britney Spears' ...") or a celebrity-photo agency ("Fame Flynet Pippa ..."),
  or, lower-cased, a slashed credit ("Reuters/jane roe more than ...") or a file photo's;
- ``dated-caption``: a bare date with its year opening a caption ("July 31, 2013 A woman waves ...")
  or a list's date line ("August 1974, speaking to President Richard Nixon ...");
- ``glued-credit``: a photo credit ("Photographer/Agency") inside the sentence ("| Mark Wilson/Getty
  Images House panel votes to release secret memo Earlier, Trey Gowdy lobbied ..."): a caption and
  its credit glued to the text;
- ``glued-dateline``: a wire dateline inside the sentence, after other words ("'Timecard' App Tracks
  Workers, Woman Says BAKERSFIELD, Calif. (CN) - A money-transfer company ..."): the headline is glued
  to the lead, and the sentence would open the summary with a headline;
- ``exclamation``: the writer's own exclamation ("Now that's a lot of Beggin' Strips!", "... needs
  our help!"): news is told, not exclaimed; a quotation's "!" is the speaker's and stays.
- ``teaser``: it announces a thing it does not say ("... wants the world to just know one thing.", a
  broadcast's hand-off: "Dan Noyes has an exclusive report.");
- ``pictured``: it points at a picture the brief does not show ("Police released this still image from
  ...", "... in this photo taken by ...", "she is pictured with ...", "Devin Nunes (above)", "Jane
  Roe, left, and ...");
- ``caption-date``: an AP-style photo caption, "In this Saturday, July 1, 2017, photo, ..." or one that
  ends on the picture's full date after its place or weekday ("... in Guayaquil, Ecuador, Saturday, April
  16, 2016."); prose dates an event with a preposition, news of the day with no year;
- ``photo-caption``: an AP photo caption with no date to see, the picture its subject: the wire's
  file-photo marker opening it ("File - this undated file photo provided by ..."), the picture and what it
  shows or who supplied it ("This undated photo provided by the Department of Defense shows ..."), or
  someone "shown in this ... photo";
- ``gallery-caption``: the sentence after an AP gallery's credit ("... ( associated press ) | a boy waits
  in a line ... monday, march 14, 2011 ...") that dates its picture with the weekday and the full date
  with its year: the gallery's next caption (`segment` cut the text there so the lead after the last
  credit is a sentence of its own);
- ``present-caption``: a caption in the simple present, someone in the picture doing what it shows ("A
  woman waves the flag during a protest in ...", "A police officer stands guard at the scene ...");
- ``dated-present-caption``: a caption naming its subject in the present, dated to a weekday at a place
  ("Mayor jane doe speaks to reporters on tuesday in springfield.") or shown "here";
- ``caption-date-place``: an AP caption's date stamp before the picture's place, closing it ("...,
  friday, april 13, 2018, in frankfort, ky."); not after "on" nor an "-ed" verb ("died sunday, ...");
- ``month-caption``: a photo caption with no verb, dated to a month ("Stephen k. Bannon at the white house
  in june.", "Nikolai glushkov in moscow in december 2000."): who or what is in the picture, where, when;
- ``glued-sentence``: a capitalised pronoun after a comma, outside quotations ("... conspiracy, His bond
  was set at $200,000."): two sentences or list lines the scraper glued into one;
- ``spoiler-warning``: a spoiler warning ("Warning: Contains spoilers for Game of Thrones Season 6.",
  "Spoiler alert!", "Spoilers ahead."): page furniture, not the story;
- ``stretched-interjection``: a letter-stretched interjection standing alone, as the sentence or set off
  at its start ("Annyyyyywayyy, the important thing ...", "Sooo."): a writer's filler, not news;
- ``highlights``: the lines of a "Story Highlights" box whose marker cleaning removed (the document's
  first short one-sentence paragraphs): the outlet's digest, not its lead;
- ``glued-highlights``: a "Story highlights" box run into the lead with no credit after it to end it
  (Multi-News+: "Story highlights the mayor says ... fares will double the council voted ..."): every
  sentence starting within the document's first `BOX_WORDS` words is the box or glued to it (cleaning
  cuts the box where CNN's spaced credit ends it: `highlights-credit-prefix`);
- ``video-title``: the first sentence of a video page's description whose "Published on <date>" stamp
  cleaning cut (`published-on-prefix`), at most `VIDEO_TITLE_WORDS` words ("possibly the scariest
  moment of my life.", "a band's official music video for ' ... '."): the uploader's title or tagline;
- ``pointer``: it points the page's reader at something on the page ("Read part of Damon's conversation
  with Travers below.", "Watch police detain some of the protesters here.", "Click here for ...", "Check
  your local ferry times here.") or at the site for more ("The official website provides detailed
  information.");
- ``tip-line``: an appeal to the page's reader for information ("Anyone with information is asked to call
  the tips hotline at ...", "If you can identify the woman, ... call police at ..."): a service line, not
  the news (not "people with knowledge of the talks said ...": sourcing);
- ``source-list``: a bulleted list line quoting what one outlet reported ("* BBC - "at least 124,000
  ...""): the page's sources side by side, not the story's own report (align still reads the figure);
- ``journal-reference``: a paper's reference line: a DOI, a volume and issue before a page ("Plos one
  9( 4 ): e95839."), or a bracketed year opening the sentence as a reference's title follows it;
- ``correction-apology``: the page apologises for its own error ("We apologize for the error.", "Getup
  apologises for any confusion our error may have caused."): a correction notice, not the story (a quoted
  or reported apology, "the store said", "apologized for the error", is news and stays, and so is an error the
  sentence goes on to tell, "Delta regrets the error that stranded 500 passengers", review50);
- ``trails-off``: the writer trails off on an ellipsis right after a word ("As for House Republicans,
  they'll be busy doing . . ."), outside a quotation;
- ``unpunctuated``: it ends on a closing bracket with no full stop, question or exclamation mark before
  it ("Czech weightlifter Zbynek Vacura dropped from team for testing positive for steroids (September
  7)", a promo "(Visit ... www.star-telegram.com)"): a chronology's or list's line, a heading or a
  credit, not a sentence (a written sentence ends on one of those marks);
- ``writer-first-person``: a news report's sentence in the writer's own first person ("I", "me", the
  newsroom's "we" reporting: "We've been told that ...", "an insider told us") outside quotations
  ("Politicians have lost their power to frighten me."): the writer's view or experience, shown with
  no author, would read as fact (views, analyses and transcripts are labelled with their kind and keep
  theirs).

`kept_out(story)` is the union; `why(story)` names the first rule that keeps each sentence out.

A quotation continues across its inner full stops until its closing mark, but the splitter ends a
sentence at each of them: `open_quotation` finds the sentences that open (or carry on) a quotation the
next sentence continues (or whose speaker it names: '"Oh, my God!" | Hernandez exclaimed.');
selection takes such a sentence only with the rest of the quotation, and
`whole_quotations` drops one left without it ('"I know opposing the nfl is like opposing the nra.'
with the rest lost). A lower-cased text (Multi-News+) comes cut after a title's full stop too, its
name capitalised as a sentence start ("... charges against army spc. | Alexis hutchinson."):
`title_cut` finds those sentences, and selection takes the two as one sentence or neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

import numpy as np

from ..casing import folds_apart, matches_at
from ..lexicon.months import MONTHS
from ..lexicon.titles import ends_on_title
from ..lexicon.verbs import SPEECH_VERBS
from ..model import Story
from ..readability import Need
from .features import cased_docs

# Cheap tests before costly patterns: a case-insensitive pattern's literal words are looked for in the
# lower-cased text first, and the pattern is searched only where one is (same answer, a fifth of the time).
# The letters the pattern reads as "s" or "i" and `str.lower` does not make one (`folds_apart`) still go to
# the pattern.


def _aside(text: str) -> bool:
    t = text.strip()
    return t.startswith("(") and t.rstrip(".").endswith(")")


_SIGNPOST = re.compile(
    r"^[\"“']?(?:(?:following|below) (?:is|are)\s+"
    r"(?:what|a look|how|why|who|everything|all|the latest|some|more"
    r"|a (?:rundown|timeline|breakdown|primer|guide|list|recap|summary|closer look|quick look))\b"
    # "Here is/are/'s ..." points at the page: what follows on it ("Here are eight of the most
    # interesting house races of 2014.", "Here's what you need to know.")
    r"|here(?:'|’)?s\s|here (?:is|are)\s)"
    r"[^:]*(?::\s*(?:\S+(?:\s+|$)){0,3})?$",  # each word whole: "\S+\s*" could split one long word many ways
    re.IGNORECASE,
)


def _signpost(text: str) -> bool:
    """A sentence that only announces what follows ("Here's what else you need to know about her.",
    "Following is a primer on the issue:"); one that goes on after a colon for more than three words is
    no signpost (three words or fewer, "Here's why: taxes rose.", still count as one)."""
    t = text.lstrip()
    return t[:1] in "HhFfBb\"“'" and _SIGNPOST.match(t.rstrip()) is not None


# "Police initially said …", "officials at first thought …": an account its own report replaced
# ("first reported in 1937" is history, not a replaced account: "first" alone is left out).
_AT_FIRST = re.compile(  # not after a comma: ", originally announced for June," describes what stands
    r"(?<![,;(]\s)\b(?:initially|originally|at first)\s+(?:said|says|reported|told|believed|thought|claimed|"
    r"stated|identified|described|announced|estimated|put)\b",
    re.IGNORECASE,
)
# "Police previously said …" is history, not news, when the same report says what changed.
_EARLIER = re.compile(
    r"\b(?:previously|earlier)\s+(?:said|reported|told|claimed|stated|identified|announced|estimated)\b",
    re.IGNORECASE,
)
_CORRECTED = re.compile(
    r"\b(?:now (?:say|says|said|believe|believes|believed|think|thinks|thought)"
    r"|later (?:said|told|found|determined|revised|corrected)"
    r"|corrected|revised|retracted|clarified|walked back|backtracked)\b",
    re.IGNORECASE,
)
_AT_FIRST_KEYS = ("nitially", "NITIALLY", "riginally", "RIGINALLY", "t first", "t First", "T FIRST")
_EARLIER_KEYS = ("reviously", "REVIOUSLY", "arlier", "ARLIER")
_CUE_WORDS = ("initially", "originally", "at first", "previously", "earlier")
# the words each match of `_AT_FIRST`, `_EARLIER`, `_CORRECTED` opens on, lower-cased (`casing.matches_at`)
_AT_FIRST_STARTS = ("initially", "originally", "at first")
_EARLIER_STARTS = ("previously", "earlier")
_CORRECTED_STARTS = (
    "now ",
    "later ",
    "corrected",
    "revised",
    "retracted",
    "clarified",
    "walked back",
    "backtracked",
)
# The sentence states the change itself ("… at first said Sunday, but … Saturday").
_CONTRAST = re.compile(r"\b(?:but|although|though|however|yet|while|whereas)\b", re.IGNORECASE)


# An editor's note opening a page that was not rewritten: "Update: The committee said late Wednesday
# that what it had earlier feared was ... an attempt to hack ..., was, in fact, an unauthorized
# 'simulated phishing test.' Read the updated story here." The report under it is the account the note
# withdraws.
_NOTE = re.compile(r"^[\"“(]*(?:update|updated|editor['’]s note|correction)\s*:", re.IGNORECASE)
_WITHDRAWN = re.compile(
    r"\b(?:was|were|is|are),? in fact,"
    r"|\bread the (?:updated|latest|new) (?:story|version|article)\b|\bthis (?:story|article|report) "
    r"(?:is|was) (?:out of date|outdated|no longer accurate)\b",
    re.IGNORECASE,
)
NOTE_SENTENCES = 3  # an editor's note is the page's first few sentences at most


def withdrawn(story: Story) -> np.ndarray:
    """The sentences under an editor's note that withdraws the page's account (`_NOTE` opening the
    document's first paragraph, `_WITHDRAWN` in that paragraph): the note is the news; the report
    below it is what the note says was wrong."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    first: dict[int, int] = {}
    for i, s in enumerate(sents):
        first.setdefault(s.doc, i)
    for d, i in first.items():
        if not _NOTE.match(sents[i].text):
            continue
        # the note: its first sentence and the next ones of its paragraph that withdraw ("Read the
        # updated story here.")
        end = i
        while (
            end + 1 < min(i + NOTE_SENTENCES, len(sents))
            and sents[end + 1].doc == d
            and sents[end + 1].paragraph == sents[i].paragraph
            and _WITHDRAWN.search(sents[end + 1].text)
        ):
            end += 1
        if not any(_WITHDRAWN.search(sents[j].text) for j in range(i, end + 1)):
            continue
        for j in range(end + 1, len(sents)):
            if sents[j].doc != d:
                break
            out[j] = True
    return out


def superseded(story: Story) -> np.ndarray:
    """Sentences that give an account as it stood at first ("Police initially said the gang killed 60"),
    or earlier when the same document says it was corrected or revised, or the report under an
    editor's note that withdraws it (`withdrawn`): presented alone they would read as current, so they
    are never taken (unless the sentence itself states the change)."""
    out = withdrawn(story)
    # Each document's text is searched once (in C); only the few documents with a cue are read by sentence.
    cued: dict[int, bool] = {}  # a document with a cue -> does it say the account was corrected
    for k, d in enumerate(story.documents):
        t = d.text  # plain substring tests first: most documents hold none of the cue words
        first = any(map(t.__contains__, _AT_FIRST_KEYS))
        earlier = any(map(t.__contains__, _EARLIER_KEYS))
        if not (first or earlier):
            continue
        low = None if folds_apart(t) else t.lower()
        first = first and matches_at(_AT_FIRST, t, low, _AT_FIRST_STARTS)
        if first or (earlier and matches_at(_EARLIER, t, low, _EARLIER_STARTS)):
            cued[k] = matches_at(_CORRECTED, t, low, _CORRECTED_STARTS)
    for i, s in enumerate(story.sentences):
        if s.doc not in cued:
            continue
        # a match of `_AT_FIRST` or `_EARLIER` holds one of these words (lower-cased): most sentences of a
        # cued document hold none, and then nothing else needs searching
        low = s.text.lower()
        if not any(map(low.__contains__, _CUE_WORDS)) and not folds_apart(s.text):
            continue
        if _CONTRAST.search(s.text) or _CORRECTED.search(s.text):
            continue
        if _AT_FIRST.search(s.text):
            out[i] = True
        elif _EARLIER.search(s.text):
            out[i] = cued[s.doc]
    return out


REFERENCE_MARKS = 3  # numbered citation marks that make a document a reference page
_CITATION = re.compile(r"\[\d{1,3}\]")


def reference_page(story: Story) -> np.ndarray:
    """Every sentence of a document holding `REFERENCE_MARKS` or more numbered citation marks."""
    pages = np.array(
        [
            len(_CITATION.findall(d.text)) >= REFERENCE_MARKS if "[" in d.text else False
            for d in story.documents
        ],
        dtype=bool,
    )
    doc = np.fromiter((s.doc for s in story.sentences), np.int64, len(story.sentences))
    return pages[doc] if len(pages) else np.zeros(len(doc), dtype=bool)


# A paper's abstract given as a source (Multi-News links a study's page beside the reports of it): its
# authors' "we" opens sentences on what they did or found ("Here, we present ...", "To determine whether
# ..., we exposed ...", "We found that ..."), outside any quotation. The verb tells the setup (what they
# did: a method) from the finding.
_PAPER_WE = re.compile(
    r"^(?:here,?\s|in\s+this\s+(?:study|paper|article|work|review),?\s|together,?\s|first,?\s|finally,?\s"
    r"|overall,?\s|to\s+(?:determine|investigate|examine|assess|test|evaluate|address|explore)\s[^.?!\"“”]{3,200}?,\s)?"
    r"we\s(?:also\s|further\s|then\s|additionally\s)?(?:(?P<setup>exposed|examined|investigated|conducted"
    r"|analy[sz]ed|performed|assessed|evaluated|measured|compared|used|hypothesi[sz]ed|propose|present"
    r"|describe|tested|estimated|sought|quantified|characteri[sz]ed|developed|studied|surveyed|recruited"
    r"|collected|obtained|reviewed|calculated|modell?ed|applied|combined|explored)"
    r"|found|identified|report|show|showed|demonstrate|demonstrated|observed|provide|detected|discovered"
    r"|conclude|suggest|argue)\b[^\"“”]*$",
    re.IGNORECASE,
)
# ... and a paper's own terms: its aims, its statistics, its conclusions ("95 % CI", "(n = 65)").
_PAPER_TERMS = re.compile(
    r"\b(?:to\s(?:determine|investigate|examine|assess|evaluate|test)\swhether|(?:these|our)\s(?:results|findings"
    r"|data)\s(?:suggest|indicate|show|demonstrate|reveal|support|provide)|we\sconclude|in\sconclusion"
    r"|taken\stogether|p\s?[<=]\s?0?\.\d|95\s?%\s?(?:ci|confidence\sinterval)|odds\sratio|hazard\sratio"
    r"|\(\s?n\s?=\s?\d)",
    re.IGNORECASE,
)
PAPER_WE = 2  # the authors' "we" sentences that make a document a paper without the paper's own terms


def paper_docs(story: Story) -> np.ndarray:
    """Per document: a paper's abstract, not a report of it: a structured one (cleaning cut its setup
    or its section labels: rules `abstract-setup-inline`, `abstract-label-inline`), or one whose
    sentences open on the authors' "we" (`_PAPER_WE`) at least PAPER_WE times, or once beside a
    paper's own terms (`_PAPER_TERMS`); never a transcript (a news conference's "We investigated
    ...")."""
    we = np.zeros(len(story.documents), dtype=np.int64)
    for s in story.sentences:
        if s.text[:1] in "WwHhIiTtFfOo" and _PAPER_WE.match(s.text) is not None:
            we[s.doc] += 1
    return np.array(
        [
            d.kind != "transcript"
            and (
                any(r.reason in ("abstract-setup", "abstract-label") for r in d.removed)
                or we[k] >= PAPER_WE
                or (we[k] == 1 and _PAPER_TERMS.search(d.text) is not None)
            )
            for k, d in enumerate(story.documents)
        ],
        dtype=bool,
    )


def paper_setup(story: Story) -> np.ndarray:
    """Rule `paper-setup`: an unstructured abstract's setup, its sentences before the authors' first
    "we" (the field's background: "Whole-body vibration has gained attention as ...") and those in
    which they say what they did ("We used ...", "To determine whether ..., we exposed ..."): what the
    study found is the news, not why or how it was done. A structured abstract's setup is cut in
    cleaning."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    papers = paper_docs(story)
    if not papers.any():
        return out
    structured = [any(r.reason == "abstract-setup" for r in d.removed) for d in story.documents]
    seen_we = np.zeros(len(story.documents), dtype=bool)
    for i, s in enumerate(sents):
        if not papers[s.doc] or structured[s.doc]:
            continue
        m = _PAPER_WE.match(s.text) if s.text[:1] in "WwHhIiTtFfOo" else None
        if m is not None:
            seen_we[s.doc] = True
            out[i] = m["setup"] is not None
        else:
            out[i] = not seen_we[s.doc]
    return out


# A gallery's caption words glued into the text: "Caption ...", "Photo: ...", "1 of 50 Full Screen ...".
_CAPTION = re.compile(
    r"^[\"“]?(?:Caption\s+(?=[\"“A-Z0-9])|(?:Photo|Image|Photograph|Slideshow|Gallery)s?\s*:\s*"
    r"|\d{1,3}\s+of\s+\d{1,3}(?:\s*[.:]|\s+(?:Full Screen|Photos?|Images?|Close|Caption|Next|Previous)\b))"
)
# "(Medicine Hat Police Service) The 53-year-old ...": capitalised words (an agency, a photographer,
# a credit line "AP Photo/Jane Roe") in parentheses, then the sentence.
_CREDIT = re.compile(
    r"^\((?:[A-Z][\w.&'’/-]*|of|the|and|for)(?:\s+(?:[A-Z][\w.&'’/-]*|of|the|and|for)){0,7}\)\s+[\"“A-Z]"
)


def _caption(text: str) -> bool:
    return _CAPTION.match(text.lstrip()) is not None


# A page widget's words opening the sentence, the line breaks around them lost (Multi-News+): a gallery's or
# video's "Close" button ("Close ted cruz says ..."; "Close to 37,000 people ..." is prose), a BBC player
# ("Media playback is unsupported on your device media caption ...", "Image caption ..."), a "related" link
# ("Related: ...", "Related coverage ...", "Read more ...", "Watch: ...", "( watch: ... )", 'More " ... "'), a
# video agency's name ("Buzz60 ..."), a clip's length ("( 0: 55 ) ...", '07: 39 " he ...'), a paywall, a
# gallery's counter or credit ("Image 2 of 2 ...", "Photograph courtesy of ..."); a share bar's buttons run
# into a caption ("Facebook twitter pinterest the bridge seen from ...", "Facebook twitter google plus embed
# 1: 03 ..."), a feed's invitation ("add nfl as an interest to stay up to date on the latest nfl news ..."),
# a graphic's label ("Map: ...", "Timeline: ...", "Interactive: ..."). Session 31: the audit found these
# listed as points one source makes (Multi-News+ training: 93 invitations, 85 share bars, 12 labels). Where
# the widget's end is sure, cleaning cuts it and the text after it stays a sentence: a video's bar ends on its
# clip's length (clean rule video-share-bar-inline), a label on a quotation that opens after its title
# (graphic-label-inline), a video's caption on its speaker's quotation (quoted-caption-inline), a photo's
# credit on its second copy (doubled-credit-inline).
_NETWORK = r"(?:facebook|twitter|pinterest|google plus|whatsapp|linkedin|reddit)"
_SHARE = rf"(?:{_NETWORK}|email)"
_BUTTON = rf"(?:{_SHARE}|print|share|embed)"
_WIDGET_OPENING = re.compile(
    r"^(?:Close\s+(?!(?:to|by|enough|behind|call|calls|friends?|ties|allies|ally|aides?|associates?|advisers?"
    r"|relatives?|contacts?|observers?|attention|scrutiny|range|quarters|encounters?|races?|second|up|on|in"
    r"|and|or|but)\b)(?=[\w\"“'])"
    r"|Media playback is unsupported\b|(?:Media|Image) caption\b|Image copyright\b|View (?:full )?caption\b"
    r"|View images?\b|View full size\b"
    # a page's "updated" stamp whose byline's end cleaning could not tell (rule updated-byline-prefix)
    r"|/\s?updated\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s\d{1,2},\s\d{4},\s\d{1,2}:\s?\d\d"
    r"\s[ap]m\sgmt\b"
    r"|Related(?:\s+(?:coverage|stories|story|links|content|articles?|videos?))?\s*:|Related\s+(?:coverage|stories"
    r"|story|links|content|articles?|videos?)\b|Read more\b|Watch\s*:\s|\(\s?(?:watch|read|related)\s?:"
    r"|More\s+(?:…|\.\.\.|[\"“']\s)|Buzz60\b|\(\s?\d{1,2}:\s?\d\d\s?\)\s|\d{1,2}: \d\d\s+[\"“']"
    r"|Re-enter zip code\b|Sorry, this zip ?code is not in our deliverable area\b|Notice you must log in\b"
    r"|(?:Photo|Photograph|Image) courtesy of\b"
    r"|Image \d+ of \d+\b"
    # a real run of buttons: three, two networks, or the whole sentence ("Twitter share prices fell ...",
    # "Email print shops ...", "Reddit email threads ..." are prose)
    rf"|{_SHARE}(?:\s+{_BUTTON}){{2,}}\b|{_NETWORK}\s+{_NETWORK}\b|{_SHARE}(?:\s+{_BUTTON})+\s*$"
    r"|add\s+(?:[\w'’&.-]+\s+){0,4}as an interest to stay up to date\b"
    r"|(?:Map|Graphic|Chart|Interactive|Infographic|Timeline)\s*:\s)",
    re.IGNORECASE,
)
# A widget's buttons inside the sentence: a video player's ("play facebook twitter embed", "skip in skip x
# embed x share", "itoggle caption") or a gallery's ("image 1 of / 52 caption close").
_WIDGET_INSIDE = re.compile(
    r"\bplay facebook twitter embed\b|\bskip in skip x embed x share\b|\bi?toggle caption\b"
    r"|\bimage \d+ of / \d+ caption close\b"
    # an archived tweet's embed box, alone or glued to its other buttons ("Learn more", "Saber máis ...")
    r"|\badd this (?:tweet|video) to your website by copying the code below\b",
    re.IGNORECASE,
)
_WIDGET_KEYS = ("mbed", "MBED", "aption", "APTION", "code below")


def _widget(text: str) -> bool:
    """A page widget's words open the sentence (`_WIDGET_OPENING`) or sit inside it (`_WIDGET_INSIDE`)."""
    t = text.lstrip()
    if _WIDGET_OPENING.match(t) is not None:
        return True
    return any(map(t.__contains__, _WIDGET_KEYS)) and _WIDGET_INSIDE.search(t) is not None


# A photo credit, "Photographer/Agency" ("Mark Wilson/Getty Images", "Mohammed Abed/AFP/Getty Images",
# "Charles Tasnadi/Associated Press"): body text never writes a name and an agency with a slash, so a
# sentence holding one is a caption glued to (or into) the text.
_PHOTO_CREDIT = re.compile(
    r"\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|Shutterstock"
    r"|Bloomberg|(?:The )?Associated Press|NurPhoto|Zuma|REX|Rex Features|WireImage|FilmMagic|Invision"
    r"|Corbis|Alamy|SIPA|Sipa|Demotix|Xinhua|TASS|Anadolu|PA|Polaris|Redux)\b"
    r"(?!['’]s\b|\s+[a-z])"  # "a new Ipsos/Reuters poll", "the Mbeki/Zuma split": the text goes on
)


def _glued_credit(text: str) -> bool:
    return "/" in text and _PHOTO_CREDIT.search(text) is not None


# A credit line at the sentence's start without parentheses: "Photographer / Agency" with spaces around
# the slash ("Neil Warner / Splash News Britney Spears' handlers ...", "Gerard Julien / AFP / Getty Images
# Pope John Paul II prays ..."; body text writes "GAZA/JERUSALEM", "AP/NORC" without them), or a
# celebrity-photo agency's name before the caption ("Fame Flynet Pippa in Paris this weekend, ...").
_SPACED_CREDIT = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+/\s+[A-Z]"
    r"|^(?:Fame\s*Flynet|Flynet|Splash News|WENN|BACKGRID|INFphoto|X17(?:online)?|Pacific Coast News|AKM-GSI)"
    r"(?:\.com)?\s+[\"“A-Z]"
)


# A credit line with a slash at the sentence's start in a text that lost its case (Multi-News+): an agency's
# ("Reuters/brian snyder more than half ...", "( ap photo/jacquelyn martin ) the president ...", "&#124; ap
# photo/...") or a photographer's and a paper's ("Daniel sato/the news journal jeremy mcdole, 28, ...": a
# name's second word in lower case, so never a cased text's), or a file photo's ("( jane roe, the daily news
# file photo ) five people ...", "File photo: ..."), or a handout's ("State archives of florida/courtesy
# henry flagler's railroad was destroyed ...", "( state archives of florida/courtesy ) the system ...":
# brief50, 20 "/courtesy" in the training file, every one a credit).
_LOWER_CREDIT = re.compile(
    r"^(?:&#124;\s*)?(?:\(\s?)?(?:[Aa]p photo|[Rr]euters|[Gg]etty(?: images)?|[Aa]fp|[Ee]pa|REUTERS|AFP|EPA)"
    r"\s?/\s?\w"
    r"|^[A-Z][a-z'’-]+ [a-z][\w.'’-]*(?: [a-z][\w.'’-]*)?/(?:the )?(?:[a-z]+ ){0,3}"
    r"(?:journal|times|post|news|star|tribune|herald|gazette|getty|ap|afp|reuters|epa)\b"
    r"|^\(\s?[^()]{1,60}\b[Ff]ile photo\s?\)\s|^[Ff]ile photo\s?:"
    r"|^(?:\(\s?)?(?:[Pp]hoto\s?:\s?)?[A-Za-z][\w.'’&-]*(?: [\w.'’&-]+){0,5}\s?/\s?[Cc]ourtesy\b"
)


def _credit_opening(text: str) -> bool:
    t = text.lstrip()
    if _LOWER_CREDIT.match(t) is not None:
        return True
    if t[:1] == "(":
        return _CREDIT.match(t) is not None
    return _SPACED_CREDIT.match(t) is not None


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# A sentence that opens on a bare date with its year (no preposition: "On Aug. 28, ..." is prose), then
# either a capitalised word with no punctuation between ("July 31, 2013 A woman waves the Egyptian flag
# ...": a photo caption's date stamp) or a comma and a lower-case phrase ("August 1974, speaking to
# President Richard Nixon ...", "18 August, 1988, during his acceptance speech ...": the date line of a
# list of quotations, without its quotation: a participle, a preposition or a time word, not a verb).
# Prose names the date inside the sentence or with "On".
_DATED = re.compile(
    rf"^(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+\d{{4}})"
    r"(?:\s+[\"“]?[A-Z]|,\s+(?:[a-z]+ing|during|at|on|in|as|when|while|after|before|upon|days?|weeks?|hours?"
    r"|shortly|just)\b)"  # not a verb: "March 3, 2014, was the day it began." is prose
)


def _dated_caption(text: str) -> bool:
    return _DATED.match(text.lstrip()) is not None


# An upper-case place, an optional region, an agency in parentheses, a dash: a wire dateline.
_GLUED_DATELINE = re.compile(
    r"[a-z0-9,;:'’\"”)]\s+[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
    r"\s*\([A-Za-z0-9][\w.&/'’ -]{0,30}\)\s*(?:—|–|--|-|_)\s"
)


def _glued_dateline(text: str) -> bool:
    return "(" in text and _GLUED_DATELINE.search(text) is not None


# An embedded social post glued into the text: its picture link or signature ("... pic.twitter.com/6kwlnxgjib
# — Sarah Hyland (@Sarah_Hyland) May 24, 2017 another side effect ..."), or a page's font-size widget
# ("Text size - + reset and in New York, ..."): cleaning removes them as lines (`embedded-tweet`,
# `text-size`); in text without line breaks they sit inside a sentence.
_EMBEDDED = re.compile(
    rf"\bpic\.twitter\.com/|\bhttps?://t\.co/|\(@\w{{1,30}}\)\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    r"|\btext size\s*[-–]\s*\+\s*reset\b",
    re.IGNORECASE,
)


def _embedded(text: str) -> bool:
    # every match holds a slash (the links), "(@" (a post's handle) or "+" (the text-size widget)
    return ("/" in text or "(@" in text or "+" in text) and _EMBEDDED.search(text) is not None


def _exclamation(text: str) -> bool:
    """Ends with "!" outside a quotation (an even number of straight marks, no curly one open)."""
    t = text.rstrip()
    return t.endswith("!") and t.count('"') % 2 == 0 and t.count("“") <= t.count("”")


# "Dallas Swonger wants the world to just know one thing.": it announces a thing it does not say (the
# next sentence does); a summary that takes it alone opens on a riddle. After a preposition the things
# are what a reported act was about ("The two leaders agreed on one thing.", "... disagreed about two
# things."): a statement, not a promise to tell.
_TEASER = re.compile(
    r"(?<!\bon )(?<!\bupon )(?<!\babout )(?<!\bover )"
    r"\b(?:one|two|three|a few|several|some|the following)\s+(?:things?|words?|questions?|facts?)"
    r"\s*[.:]?[\"”’']?$"
)


# A broadcast's hand-off to its reporter, a promise of the report rather than the report ("Dan Noyes has an
# exclusive report.", "The ABC7 I-Team has word of a major development in the investigation.").
_HANDOFF = re.compile(
    r"\b(?:has|have)\s+(?:an?\s+|the\s+)?(?:exclusive|full|latest|live)\s+(?:report|story|details)"
    r"\s*[.:]$|\b(?:has|have)\s+word\s+of\s+an?\s+(?:major\s+|new\s+|big\s+)?development\b"
)


_TEASER_ENDS = ("thing", "things", "word", "words", "question", "questions", "fact", "facts")


def _teaser(text: str) -> bool:
    t = text.rstrip()
    if t[-1:] not in ".:\"”’'":
        return False
    # `_TEASER` ends on one of its nouns, then `\s*[.:]?["”’']?$`; `_HANDOFF` starts with "has" or "have"
    end = t[:-1] if t[-1:] in "\"”’'" else t
    end = end[:-1] if end[-1:] in ".:" else end
    if end.rstrip().endswith(_TEASER_ENDS) and _TEASER.search(t) is not None:
        return True
    return ("has" in t or "have" in t) and _HANDOFF.search(t) is not None


# A sentence that points at a picture the brief does not show: "Police released this still image from
# surveillance video of ...", "The moon turns blood-red in this image of ...", "On the right she is
# pictured with ...", "... can be seen in this photo taken by ...": a caption, or a pointer to one.
# "pictured on CCTV" / "by a security camera" is news: a camera recorded someone, no picture is shown.
_PICTURED = re.compile(
    r"\bin (?:this|these|the above|the below) (?:undated |file |handout |archive |still |satellite )?"
    r"(?:photo(?:graph)?|image|picture|still|video still|file photo|screenshot|screen grab)s?\b"
    r"|\b(?:released|shared|provided|posted|published|tweeted) (?:this|these) "
    r"(?:undated |file |handout |still |surveillance |satellite )*"
    r"(?:photo(?:graph)?|image|picture|still|screenshot)s?\b"
    r"|\b(?:is|are|was|were) pictured\b(?!\s+(?:on|by)\s+(?:an? |the )?(?:cctv|(?:security |surveillance "
    r"|traffic |police |doorbell |speed )?(?:cameras?|footage|video)))"
    r"|^(?:Pictured|Above|Below|Inset|Top|Left|Right)\s*:"
    # a caption's pointer inside the sentence: "Devin Nunes (above)", "Gary Goddard (center), who ...",
    # "Jane Roe, left, and John Doe", "Pippa, pictured at the back of the group, ..."
    r"|\(\s?(?:above|below|pictured|left|right|center|centre|top|bottom|inset|far left|far right"
    r"|second from (?:left|right)|front|back|rear)\s?\)"
    # (not a list of the pointers' words: "Voters on the left, right, and center")
    r"|\b(?!(?:left|right|center|centre)\b)[A-Za-z.'’]+,\s+(?:left|right|center|centre|pictured|above|below"
    r"|top|bottom)\s*,"
    r"|,\s+pictured\s+(?:at|with|in|here|left|right|above|below|second|far|centre|center|alongside|next)\b"
    # the page's video pointed at ("... teases the interactive element in the above video", "... can be
    # seen in the video above."); not a sentence that says what the clip is ("In the clip below from a
    # satirical show, ...", multinews-val-45243: the story's own subject)
    r"|\bthe (?:above|below) (?:video|clip)s?\b|\b(?:video|clip)s? (?:above|below)\s*[.!]?[\"”]?\s*$",
    re.IGNORECASE,
)


# every match of `_PICTURED`, lower-cased, holds one of these words, starts with one of these, or matches
# `_PICTURED_HINT` (a pointer's bracket or comma): the pattern is searched only then
_PICTURED_WORDS = (
    "in this ",
    "in these ",
    "in the above ",
    "in the below ",
    "d this ",
    "d these ",
    "pictured",
    "video above",
    "video below",
    "clip above",
    "clip below",
)
_PICTURED_STARTS = ("above", "below", "inset", "top", "left", "right")
_PICTURED_HINT = re.compile(
    r"\(\s?(?:above|below|left|right|cent|top|bottom|inset|far |second |front|back|rear)"
    r"|,\s+(?:left|right|cent|above|below|top|bottom)"
)


def _pictured(text: str) -> bool:
    low = text.lower()
    if not (
        any(map(low.__contains__, _PICTURED_WORDS))
        or low.startswith(_PICTURED_STARTS)
        or _PICTURED_HINT.search(low) is not None
        or folds_apart(text)
    ):
        return False
    return _PICTURED.search(text) is not None


# An AP-style photo caption: "In this Saturday, July 1, 2017, photo, people line up ...", "File - in this
# Nov. 20, 2018, file photo an American flag flies ..." (the picture's date between "this" and "photo"),
# or a caption's closing date stamp: the picture's full date with its year, after a comma and its weekday
# or straight after the place's last word after a comma ("... in Guayaquil, Ecuador, Saturday, April 16,
# 2016.", "... in Kawasaki, Japan February 13, 2017."). Prose dates an event with a preposition ("on Aug.
# 26, 2001", "in June 2014") and news of the day gives no year at all. Either case: Multi-News+
# lower-cases its text. A comma must stand before or after the place's word ("in Windsor, May 19, 2018."):
# a date after a word with no comma is prose ("The new law takes effect January 1, 2025.", "The museum
# will reopen September 12, 2026."), which the rule's first form (session 19, any word before the date)
# dropped; "on Thursday, November 2, 2017." is prose too.
# A scraper's doubled comma after the place ("... in the oval office,, aug. 7, 2015.") is still one.
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PLACE_WORD = (
    r"[a-z][\w.'’-]*(?<!\bon)(?<!\bin)(?<!\bof)(?<!\bby)(?<!\bsince)(?<!\buntil)(?<!\bto)(?<!\bfrom)(?<!\band)"
    r"(?<!\bor)(?<!ed)(?<!\bborn)(?<!\beffective)(?<!\bdated)(?<!\bbefore)(?<!\bafter)(?<!\bthrough)(?<!ing)(?<!\bdue)"
)
_CAPTION_DATE = re.compile(
    rf"\bin this (?:(?:{_WEEKDAY}|{_MONTH}|\d{{1,2}}|\d{{4}}|file|undated|handout),?\s+){{1,6}}"
    r"(?:file\s+)?(?:photo(?:graph)?|image|picture|frame grab)s?\b"
    rf"|(?:,\s*{_WEEKDAY},?|,\s*{_PLACE_WORD},?|(?<!\bon)\s{_PLACE_WORD},{{1,2}})"
    rf"\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}\s*\.?\s*$",
    re.IGNORECASE,
)


def _caption_date(text: str) -> bool:
    # a match holds "in this " (lower-cased) or the text ends on a year: four digits, then at most a full stop
    if "in this " not in text.lower() and not _ends_on_year(text) and not folds_apart(text):
        return False
    return _CAPTION_DATE.search(text) is not None


def _ends_on_year(text: str) -> bool:
    """The text ends as `\\d{4}\\s*\\.?\\s*$` does: four digits, then only spaces and one full stop."""
    t = text.rstrip()
    t = t[:-1].rstrip() if t.endswith(".") else t
    return len(t) >= 4 and t[-4:].isdecimal()


# Rule caption-date-place (session 55, 25536): the AP caption's date stamp before the picture's place, closing
# it ("Teachers gather inside the capitol, friday, april 13, 2018, in frankfort, ky.", "Police investigate
# the scene at 2200 elm road monday, march 27, 2017 in houston."): the weekday after a comma or a noun, the
# full date with its year, then "in"/"at"/"near" and the place last. Not after "on" nor after an "-ed" verb
# ("He died sunday, april 26, 2015 in waterville, me." is prose), as `caption-date`'s stamp; the place up to
# twelve words ("..., near where three bodies were found, in east cleveland, ohio."). Census (MN+ dev and the
# first 3,000 training stories): 61 sentences kept out, all captions; the one prose sentence ("died") stays.
_STAMP_PLACE = re.compile(
    rf"(?:,\s*{_WEEKDAY},?|(?<!ed)(?<!\bon)\s{_WEEKDAY},|,\s*{_PLACE_WORD},{{1,2}})"
    rf"\s+{_MONTH}\s+\d{{1,2}},?\s+\d{{4}},?\s+(?:in|at|near)\s+(?:[a-z][\w'’&.-]*,?\s+){{0,11}}"
    r"[a-z][\w'’&.-]*\s*\.?\s*$",
    re.IGNORECASE,
)
# every match of `_STAMP_PLACE`, lower-cased, holds this
_STAMP_PLACE_HINT = re.compile(r"\d{4},?\s+(?:in|at|near)\s")


def _caption_date_place(text: str) -> bool:
    if _STAMP_PLACE_HINT.search(text.lower()) is None:
        return False
    return _STAMP_PLACE.search(text) is not None


# An AP photo caption whose subject is the picture, with no date for `caption-date` to see: it opens with
# the wire's file-photo marker ("File - this undated file photo provided by army spc. ...", "FILE- in
# this ..."), or with the picture itself and what it shows or who supplied it ("This undated photo
# provided by the u.s. Department of defense shows army pvt. ...", "In this tuesday night, april 10, 2018
# photo, ..."), or shows someone in it ("... is shown in this undated law enforcement handout photo
# ..."). Prose names a picture as a thing ("This photo of the bridge went viral.").
_PICTURE = r"(?:photo(?:graph)?|image|picture|frame grab|video still)s?"
# the picture's modifiers: its date ("tuesday night, april 10, 2018") or words that are no determiner,
# verb or participle ("undated law enforcement handout", "driver's license"): "This year police released
# images showing ..." is prose
_MODIFIERS = (
    rf"(?:(?:{_WEEKDAY}|{_MONTH}|\d{{1,4}}|night|morning|afternoon|evening),?\s+|undated\s+"
    r"|(?!(?:the|a|an|his|her|their|its|our|is|was|are|were|has|had|have)\b)[\w'’-]+(?<!ed)\s+){0,6}?"
)
_PHOTO_CAPTION = re.compile(
    r"^file\s*[-–—:]\s"
    rf"|^(?:in\s+)?this\s+{_MODIFIERS}{_PICTURE}(?:,|\s+(?:provided|released|made|taken|obtained|supplied"
    r"|courtesy|shows?|showing)\b)"
    rf"|\b(?:is|are|was|were)\s+(?:shown|seen)\s+in\s+this\s+{_MODIFIERS}{_PICTURE}\b",
    re.IGNORECASE,
)


# every match of `_PHOTO_CAPTION`, lower-cased, starts with "file", "this" or "in", or matches this
_PHOTO_CAPTION_HINT = re.compile(r"(?:shown|seen)\s+in\s+this\s")


def _photo_caption(text: str) -> bool:
    low = text.lower()
    if not (
        low.startswith(("file", "this", "in"))
        or _PHOTO_CAPTION_HINT.search(low) is not None
        or folds_apart(text)
    ):
        return False
    return _PHOTO_CAPTION.search(text) is not None


# A photo caption in the simple present, someone in the picture doing what it shows ("A woman waves the flag
# during a protest in ...", "A police officer stands guard at the scene ...", "Demonstrators sit down in the
# concourse and hold a sign ..."): a report tells what happened in the past or the perfect; a gesture verb
# right after a short subject with no verb of its own (no "who", "that") is the picture's. Not a verb that
# is news in the present ("A man stands accused", "stands trial", "walks free").
_GESTURES = (
    "wave|hold|carry|walk|stand|sit|gesture|react|pose|chant|shout|pray|mourn|cry|hug|embrace|kneel|ride"
    "|look on|watch|arrive|wait|march|gather"
)
# the verb agrees with its subject ("A man walks", "Protesters hold"), so a noun is never read as the verb:
# "A heat wave hits", "An hours-long rally"
_SINGULAR = "|".join(
    w[:-1] + "ies" if w.endswith("y") and w != "pray" else w + ("es" if w.endswith(("ch", "sh")) else "s")
    for w in _GESTURES.split("|")
    if " " not in w
)
_SUBJECT = r"(?:(?!(?:who|that|which|whose|to)\b)[a-z-]+\s){0,2}(?!(?:who|that|which|whose|to)\b)[a-z-]+"
_PRESENT_CAPTION = re.compile(
    rf"^(?:(?:An?\s{_SUBJECT}\s(?:" + _SINGULAR + rf"|looks on))|(?:(?:Two|Three|Several|Some)\s{_SUBJECT}"
    r"|Protesters|Demonstrators|Supporters|Mourners|Soldiers|Rescuers|Firefighters|Police officers"
    r"|Residents|Fans|Students|Children|Women|Men|People|Pilgrims|Worshippers|Workers|Migrants|Refugees)"
    rf"\s(?:{_GESTURES}))\b(?!\s(?:accused|trial|to|charged|convicted|free|ready|firm|by|behind)\b)"
)


def _present_caption(text: str) -> bool:
    return _PRESENT_CAPTION.match(text) is not None


# A photo caption that names its subject and dates the picture to a weekday, then its place (the AP's
# form: "Mayor jane doe speaks to reporters on tuesday in springfield.", "Sen. ann lee carries her bag ...,
# thursday, april 19, 2018 in washington."), or shows someone "here" ("Ali jr. is shown here in 2016 at
# ..."; not "is seen here as ..."): a report tells a past event in the past tense ("spoke on tuesday in
# ..."); the verb is one of a picture's actions, so a schedule in the present ("The board meets on sunday
# in lausanne") is no caption. Either case (Multi-News+ lowers its text).
_PICTURE_VERBS = (
    "speaks|talks|listens|arrives|leaves|walks|looks|delivers|addresses|attends|gestures|waves|poses|greets"
    "|shakes|signs|smiles|sits|stands|answers|testifies|campaigns|departs|exits|enters|reacts|pauses|prays"
    "|watches|discusses|visits|tours|celebrates|casts|rallies|hugs|embraces|applauds|cheers|wipes|kneels"
    "|laughs|points|rides|wears|carries|performs|sings|dances|jokes|chats|shouts|cries|mourns|marches|waits"
    "|boards|inspects|unveils|receives|accepts|presents|introduces|displays|raises|lifts|steps|participates"
    r"|(?:is|are)\s+(?:seen|shown|pictured|displayed|photographed|escorted|greeted)"
)
_NOT_SUBJECT = (
    r"(?!(?:who|that|which|whose|to|was|were|is|are|has|have|had|will|would|said|says|and|but|when|as|if)\b)"
)
_DATED_PRESENT = re.compile(
    rf"^[\"“']?(?:{_NOT_SUBJECT}[\w.'’&-]+,?\s+){{1,7}}?(?:{_PICTURE_VERBS})\b"
    # the rest of the sentence, up to the day (a full stop only inside an abbreviation: "sen.", "d.c.")
    r"(?:[^.;!?]|\.(?=\s?[a-z\d]))*?"
    rf"(?:\bon\s+{_WEEKDAY}|,\s*{_WEEKDAY})(?:,?\s+{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)?,?\s+(?:in|at)\s+[a-z]",
    re.IGNORECASE,
)
_SHOWN_HERE = re.compile(
    r"\b(?:is|are)\s+(?:shown|seen|pictured|photographed)\s+here\b(?!\s+as\b)", re.IGNORECASE
)
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
CAPTION_WORDS = 35  # as `summarize.opening`'s caption rule


def _dated_present(text: str) -> bool:
    """Rule `dated-present-caption` (above): a caption is one short line, at most CAPTION_WORDS words."""
    low = text.lower()
    if len(text.split()) > CAPTION_WORDS or not ("here" in low or any(map(low.__contains__, _DAYS))):
        return False
    return _DATED_PRESENT.match(text) is not None or _SHOWN_HERE.search(text) is not None


# A photo caption with no verb, dated to a month: who or what is in the picture, where, and when
# ("Stephen k. Bannon at the white house in june.", "Nikolai glushkov in moscow in december 2000.",
# "Secret service officers at the white house on march 18."): a short line, its subject first, a place
# or an event after it, ending on the month; no auxiliary, no common past or irregular verb, no "-ed"
# word, no pronoun opening it ("He is due in court on march 4." is news). Not a yearly date ("America
# votes on the tuesday after the first monday in november.": "the <weekday>", "every"), nor a schedule
# ("Repairs at the pier begin in june.", "The movie opens in the u.s. On june 1.", "Elections take place
# on march 17.").
_MONTH_END = re.compile(
    rf"\s(?:in|on)\s(?:{'|'.join(MONTHS)})(?:\s\d{{1,2}})?(?:,?\s\d{{4}})?\.$",
    re.IGNORECASE,
)
_FIRST_PLACE = re.compile(r"\s(?:at|in|during|on|outside|inside)\s", re.IGNORECASE)
_NOT_CAPTION_WORDS = frozenset(
    re.findall(
        r"\S+",
        "is are was were be been being am has have had do does did will would shall should can could"
        " may might must said says say told tells began begun ran run went gone met shot found made came"
        " come took taken got gave given held kept left lost put set sent spent stood sat saw seen won hit"
        " fell led paid brought bought built caught fought heard knew known meant read sold taught thought"
        " wore wrote written became become due every each monday tuesday wednesday thursday friday"
        " saturday sunday begin begins start starts end ends resume resumes return returns expire expires"
        " opens closes take takes airs premieres debuts votes falls happens occurs",
    )
)
_PRONOUN_SUBJECT = frozenset(
    re.findall(r"\S+", "he she they it we i you his her their its our this that these those there who")
)
MONTH_CAPTION_WORDS = 16  # a caption line; the subject at most 5 words


def _month_caption(text: str) -> bool:
    """Rule `month-caption` (above)."""
    if len(text.split()) > MONTH_CAPTION_WORDS or _MONTH_END.search(text) is None:
        return False
    place = _FIRST_PLACE.search(text)
    subject = text[: place.start()].split() if place else []
    if not 1 <= len(subject) <= 5 or not subject[0][:1].isupper():
        return False
    if subject[0].lower().strip(",") in _PRONOUN_SUBJECT or any(
        w.lower().endswith(("ly", "ing")) for w in subject
    ):
        return False
    words = re.findall(r"[\w'’]+", text.lower().replace("’", "'"))
    return not any(
        w in _NOT_CAPTION_WORDS
        or w.endswith(("ed", "n't", "'re", "'ve", "'ll", "'d"))
        or w.startswith(("he'", "she'", "it'"))
        for w in words
    )


# "..., one count felony, conspiracy, His bond was set at $200,000.": a capitalised pronoun after a
# comma starts another sentence; the scraper glued two sentences (or a list's lines) into one. Inside
# a quotation it is speech transcribed with a comma splice, and is left alone.
# (the comma first and the word character before it a look-behind, `,(?<=\w,)` for `\w,`: the engine scans
# for commas in C instead of trying a word character at every position; 9x faster on LongBench dev sentences)
_GLUED_SENTENCE = re.compile(r",(?<=\w,) (?:His|Her|He|She|They|Their|Its|It|We|Our) [a-z]")


def _glued_sentence(text: str) -> bool:
    if any(q in text for q in '"“”'):
        return False
    return _GLUED_SENTENCE.search(text) is not None


# "Warning: Contains spoilers for Game of Thrones Season 6.", "Spoiler alert!", "Spoilers ahead.",
# "Warning: spoilers": the whole sentence is the warning (what it warns about may follow "for ...");
# "Spoiler alert: the Fed raised rates." goes on with a statement and is left alone.
_SPOILER = re.compile(
    r"^[\"“(\[]*(?:(?:warning|caution|alert|note|heads up)\s*[:!,.-]+\s*)?"
    r"(?:(?:this|the following) (?:story|article|post|review|recap|piece|video|episode)\s+)?"
    r"(?:(?:contains|includes|may contain|has|beware(?: of)?)\s+)?"
    r"(?:(?:major|minor|mild|some|light|heavy|huge|big|massive|plot)\s+)*"
    r"spoilers?(?:\s+(?:alert|warning|ahead|below|follow|galore))?"
    r"(?:\s*[:,-]?\s*(?:for|about|from|of|on|in)\s+[^.!?:]{1,80})?"
    r"\s*[.!:)\]\"”]*\s*$",
    re.IGNORECASE,
)


def _spoiler_warning(text: str) -> bool:
    return "poiler" in text.lower() and _SPOILER.match(text.strip()) is not None


# A word with a letter written three times or more ("Annyyyyywayyy", "Sooo", "Hmmm") as the whole
# sentence or set off at its start by a comma, "!", "?", "..." or a dash: the writer's drawl, not news
# ("waaaay back in Season 3" inside a sentence is left alone: it is not standing alone).
_STRETCHED = re.compile(r"^(?=[^\W\d_]*?([^\W\d_])\1\1)[^\W\d_]{4,}(?=\s*(?:[,!?…]|\.\.|—|–|--?\s|\.?\s*$))")


def _stretched_interjection(text: str) -> bool:
    return _STRETCHED.match(text.lstrip()) is not None


HIGHLIGHT_WORDS = 20  # a highlights box's lines are short ...
HIGHLIGHT_LINES = 4  # ... and few
_HIGHLIGHTS_MARK = re.compile(r"^\s*(?:story )?highlights\s*$", re.IGNORECASE)


def highlights(story: Story) -> np.ndarray:
    """The lines of a "Story Highlights" box (USA Today, CNN pages): when cleaning removed the box's
    marker, the document's first one-sentence paragraphs of at most `HIGHLIGHT_WORDS` words (at most
    `HIGHLIGHT_LINES`). They are the outlet's digest of the report below them, not its lead: taken,
    they open the summary on a bullet and state again what the report states."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    marked = [any(_HIGHLIGHTS_MARK.match(r.text) for r in d.removed) for d in story.documents]
    if not any(marked):
        return out
    by_doc: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        if marked[s.doc]:
            by_doc.setdefault(s.doc, []).append(i)
    for rows in by_doc.values():
        for k, i in enumerate(rows[:HIGHLIGHT_LINES]):
            s = sents[i]
            alone = (k + 1 == len(rows) or sents[rows[k + 1]].paragraph != s.paragraph) and (
                k == 0 or sents[rows[k - 1]].paragraph != s.paragraph
            )
            if not alone or s.words > HIGHLIGHT_WORDS:
                break
            out[i] = True
    return out


# A "Story highlights" box run into the lead (Multi-News+, CNN's pages, the line breaks lost): where cleaning
# found no credit to end it (`highlights-credit-prefix`), the sentences starting within the first BOX_WORDS
# words of the document are the box or glued to it: of the 311 boxes the training file's credit ends, 5 %
# are shorter than 19 words and half 32 or more.
BOX_WORDS = 20
_GLUED_BOX = re.compile(r"^\s*story highlights\s", re.IGNORECASE)


def glued_highlights(story: Story) -> np.ndarray:
    """Rule ``glued-highlights``: the sentences of a document opening on a "Story highlights" box run into
    the text that start within its first `BOX_WORDS` words (the box, or its lines glued to the lead)."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    box_ends = [_box_end(d.text) if _GLUED_BOX.match(d.text) else -1 for d in story.documents]
    if max(box_ends, default=-1) < 0:
        return out
    for i, s in enumerate(sents):
        if s.start <= box_ends[s.doc]:
            out[i] = True
    return out


def _box_end(text: str) -> int:
    """Where the `BOX_WORDS`-th word of `text` starts (its length when shorter): a sentence starting there
    or before has fewer than `BOX_WORDS` words before it. One split of the text, not one per sentence."""
    words = text.split(maxsplit=BOX_WORDS - 1)
    return len(text) - len(words[-1]) if len(words) == BOX_WORDS else len(text)


# A video page's description (YouTube, Multi-News+: "Published on mar 1, 2015 possibly the scariest moment of
# my life. On the 14th of ..."): its first sentence, when short, is the uploader's title or tagline; of the
# 54 of 289 such descriptions in the training file that open on 10 words or fewer, 52 open on a title, a
# tagline, a link or a greeting ("a band's official music video for ...", "shop my closet!").
VIDEO_TITLE_WORDS = 10
_PUBLISHED_ON = re.compile(r"^published on\s", re.IGNORECASE)


def video_title(story: Story) -> np.ndarray:
    """Rule ``video-title``: the first sentence of a document whose opening "Published on <date>" stamp
    cleaning cut, when it has at most `VIDEO_TITLE_WORDS` words."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    stamped = [any(r.start == 0 and _PUBLISHED_ON.match(r.text) for r in d.removed) for d in story.documents]
    if not any(stamped):
        return out
    for i, s in enumerate(sents):
        if s.index == 0 and stamped[s.doc] and s.words <= VIDEO_TITLE_WORDS:
            out[i] = True
    return out


# "Read part of Damon's conversation with Travers below.", "Watch the video above.", "Click here for the
# full list.": an instruction to the page's reader about something on the page, which the brief does not
# carry; or a pointer to the site for more ("The official website provides detailed information.").
_POINTER = re.compile(
    r"^[\"“']?(?:read|watch|see|listen to|hear|check (?:out|your|the)|view|click|tap|scroll down"
    r"|take a look at|look at|find|get|sign up)\b[^.!?]*?\b(?:below|above|here|at right|at left|on the right"
    r"|on the left)"
    r"(?:\s*\([^)]*\))?\s*[.:!]?[\"”']?\s*$"
    r"|^[\"“']?(?:click|tap) (?:here|below|above|on the link|the link)\b"
    # the page's own site for more ("The official website provides detailed information.", "More
    # information is available on the festival's website."): a pointer with no news of its own
    r"|^(?:the|its|their|his|her|our)\s+(?:official\s+)?(?:website|web\s?site|web\s+page|homepage|home\s+page)"
    r"\s+(?:provides|has|offers|gives|lists|contains|carries)\s+(?:more|further|detailed|full|additional)\s+"
    r"(?:information|details|updates)(?:\s+(?:about|on)\s+[^.!?]{1,40})?[.!]?$"
    r"|^(?:more|further|detailed|full|additional)\s+(?:information|details)\s+(?:is|are|can\s+be)\s+"
    r"(?:available|found)\s+(?:on|at|from|via)\s+[^.!?]{0,50}\b(?:website|web\s?site|homepage|site)[.!]?$"
    # a gallery's or a video's pointer (brief54, training census on cleaned text 31 sentences, all read, all
    # pointers): "Click through the gallery to see ...", "Scroll through the slideshow ...", "Click through to
    # see for yourself!", "Scroll down for video."; not "Scroll down for video two marines have been ...",
    # the lead run into the pointer, nor a how-to's "Scroll down to "settings" and tap."
    r"|^[\"“']?(?:click|scroll)\s+through\b(?:\s+(?:the|our|this|these))?(?:\s+(?:following|photo|above|below))?"
    r"\s+(?:gallery|slideshow|slide\s+show|photos|pictures|images)\b[^.!?]{0,140}[.!?]?$"
    r"|^[\"“']?click\s+through\s+(?:to\s+(?:see|look|witness|find)|for\s+more)\b[^.!?]{0,140}[.!?]?$"
    r"|^[\"“']?scroll\s+down\s+(?:(?:for\s+|to\s+(?:watch|see|view)\s+)?(?:the\s+)?video|for\s+(?:stills|an\s+image\s+of\s+the\s+post)"
    r"|to\s+keep\s+reading(?:\s+the)?\s+story)\s*[.!]?$",
    re.IGNORECASE,
)


# A bulleted list of what each outlet reported, the outlet and a dash before its quotation ("* BBC - "at
# least 124,000 ..."", "* AP - "confirmed death toll passed 121,000 ...""): the page's sources side by
# side, a list line and not the story's own report. Align still reads each outlet's figure.
_SOURCE_LIST = re.compile(r"^[*•·]\s*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}(?:\s+[-–—]|:)\s+[\"“]")


# An appeal for tips: "anyone" with information asked to call or contact someone, or "if you" know, call.
_TIP_LINE = re.compile(
    r"\b(?:anyone|anybody)\s+(?:with|who\s+has|who\s+may\s+have)\s+(?:any\s+)?(?:information|info|tips?"
    r"|knowledge)\b[^.!?]*\b(?:call|contact|reach|e-?mail)\b"
    r"|^\W*if\s+you\s+(?:have|can|know|saw|see|recogni[sz]e)\b[^.!?]*\b(?:call|contact)\b",
    re.IGNORECASE,
)


_TIP_KEYS = ("nyone", "nybody", "f you", "NYONE", "NYBODY", "F YOU")  # the cheap test before the pattern


def _tip_line(text: str) -> bool:
    return any(map(text.__contains__, _TIP_KEYS)) and _TIP_LINE.search(text) is not None


def _source_list(text: str) -> bool:
    return _SOURCE_LIST.match(text.lstrip()) is not None


# A paper's reference line (a study's page cites itself: "Plos one 9( 4 ): e95839.", "Doi: 10.1371/...",
# "( 2014 ) marine litter distribution and density in european seas."): a DOI, a volume and issue before a
# page, or a bracketed year opening the sentence, as a reference's title follows its authors' names.
_JOURNAL_REFERENCE = re.compile(
    r"\bdoi:\s?10\.\d{4,}|\b\d{1,4}\s?\(\s?\d{1,3}\s?\)\s?:\s?e?\d+\b|^\(\s?(?:19|20)\d\d[a-z]?\s?\)\s",
    re.IGNORECASE,
)


# every branch of `_JOURNAL_REFERENCE` holds a digit: a sentence with none is not searched (most are not, and
# an alternation with no literal prefix is tried at every position)
_ANY_DIGIT = re.compile(r"\d")


def _journal_reference(text: str) -> bool:
    return _ANY_DIGIT.search(text) is not None and _JOURNAL_REFERENCE.search(text.lstrip()) is not None


# The page's own correction notice: its outlet or "we", in the present, apologising or regretting "the/any
# error/confusion/mistake"; no quotation mark and no verb of saying (a reported apology is news).
_CORRECTION_APOLOGY = re.compile(
    r"^(?:we|[A-Z][\w'’&-]*(?:\s[\w'’&-]+){0,2})\s+(?:greatly\s+|sincerely\s+|deeply\s+)?"
    r"(?:apologi[sz]es?\s+for|regrets?)\s+(?:the|any|this|our)\s+(?:[\w'’-]+\s+)?(?:errors?|confusion|mistakes?)\b",
    re.IGNORECASE,
)
_SAYING = re.compile(r"[\"“”]|\b(?:said|says|told|tells|wrote|writes|statement)\b", re.IGNORECASE)
# "Delta regrets the error that stranded 500 passengers": the error is the story's, told in a relative clause;
# a notice's own clause only says what the error may have caused ("any confusion that this may have caused").
_STORY_ERROR = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?!(?:[\w'’]+\s+){0,2}(?:may|might|could)\s+have\s+caused)", re.IGNORECASE
)


def _correction_apology(text: str) -> bool:
    t = text.lstrip()
    m = _CORRECTION_APOLOGY.match(t)
    return m is not None and _SAYING.search(text) is None and _STORY_ERROR.match(t, m.end()) is None


def _pointer(text: str) -> bool:
    return _POINTER.match(text.strip()) is not None


# "As for House Republicans, they'll be busy doing . . .": the writer trails off; the sentence says
# nothing whole (a quotation's own "..." is the speaker's and stays).
_TRAILING = re.compile(r"(?:\.\s?\.\s?\.|…)\s*$")


def _trails_off(text: str) -> bool:
    """Ends on an ellipsis right after a word (not after a full stop: "... capacity. ..." said its
    sentence whole), outside a quotation."""
    t = text.rstrip()
    m = _TRAILING.search(t)
    if m is None or t.count('"') % 2 or t.count("“") > t.count("”"):
        return False
    return t[: m.start()].rstrip()[-1:].isalnum()


# A written sentence ends on a full stop, question or exclamation mark, inside any closing brackets
# ("... (see below).", "(He declined.)"); a line whose closing bracket follows none is a list's line,
# a heading or a credit: "Czech weightlifter Zbynek Vacura dropped from team for testing positive for
# steroids (September 7)", "(Visit the Star-Telegram's online services ...: www.star-telegram.com)".
def _unpunctuated(text: str) -> bool:
    """Ends on a closing bracket with no sentence mark before it (brackets and quotes aside)."""
    t = text.rstrip()
    return t.endswith(")") and t.rstrip(")]\"'”’ ")[-1:] not in (".", "!", "?", "…")


# The writer's own first person ("Politicians have lost their power to frighten me.", "I'm sure that's
# true, Rush, but ...") outside quotations: in a report it is the writer's view or experience, not the
# news, and a news document's sentences are shown with no author, so it would read as fact.
_WRITER_I = re.compile(r"\bI(?:['’](?:m|ve|d|ll)\b|\s+[a-z])|\b(?:me|myself)\b")
# not "mine" ("the nearby coal mine"); "my" alone: see docs/HISTORY.md, session 15
_NUMERAL_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+$")  # "World War I and II", "Louis I of France"


# The newsroom's "we" as the reporter, outside quotations: "We've been told that ...", "a Vegas insider
# told us that ...", "we spoke with two outside ...", "We have learned that ...": the writer's own
# reporting, shown with no author, reads as fact from nobody (a gossip column's "told us" items).
_WRITER_WE = re.compile(
    r"\b[Ww]e(?:['’](?:ve|re)|\s+(?:have|had|are|were))?\s+(?:been\s+)?(?:told|learned|heard|hear|asked"
    r"|reached out|contacted|spoke|talked)\b"
    r"|\b(?:told|tell|tells|informed|assured|emailed)\s+us\b"
)


# The text `writer_first_person` reads has its quotations blanked out: a quoted span, which starts and
# ends with a quotation mark (or the text's end), becomes one space, so a word character beside a kept
# one there is beside it in the sentence too. A match of `_WRITER_I` then holds, in the sentence, "I"
# after no word character and before an apostrophe, a space or a quotation mark, or the word "me", or
# "myself"; one of `_WRITER_WE` holds one of these verbs. Each branch opens with its letters, the word
# boundary before them a look-behind (`I(?<!\wI)` is `\bI`: no word character before the "I"): a pattern
# whose every branch opens with a letter is scanned for those letters in C, where a leading `\b` has the
# engine try each position (5x faster on LongBench dev sentences, the same matches).
_WRITER_I_HINT = re.compile(r"I(?<!\wI)['’\s“\"‘]|me(?<!\wme)\b|myself")
_WRITER_WE_VERBS = ("told", "tell", "learned", "hear", "asked", "reached", "contacted", "spoke", "talked",
                    "informed", "assured", "emailed")  # fmt: skip


def _may_be_writer(text: str) -> bool:
    """Could `_writer_i` find the writer's first person in `text` with its quotations blanked out?"""
    return _WRITER_I_HINT.search(text) is not None or any(map(text.__contains__, _WRITER_WE_VERBS))


def _writer_i(text: str) -> bool:
    for m in _WRITER_I.finditer(text):
        if m.group()[0] != "I" or not _NUMERAL_BEFORE.search(text[: m.start()]):
            return True
    return _WRITER_WE.search(text) is not None


# words in single quotation marks ("the emotional 'please take me back' letter", "‘I want to go see my
# lawyer’"): someone else's words
_SINGLE_QUOTED = re.compile(r"‘[^’]*(?:’(?!\w)|$)|(?<!\w)'[^']*(?:'(?!\w)|$)")
# An interview's "NAME: ..." answer: a name, every word of it capitalised ("JON STEWART:", "Q:", "Kent Roe
# (writer, 1996-2001):"); not a series label or a lead-in ("Hiking the PCT: 2016 I set out ...", "Our
# advice to would-be hikers: ..."), whose first person is the writer's.
_SPEAKER_LABEL = re.compile(r"^(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*(?:\s\([^()]{0,60}\))?:\s")


def writer_first_person(story: Story) -> np.ndarray:
    """Sentences of a news document (`Document.kind` "news": views, analyses and transcripts are shown
    with their kind) in the writer's first person outside any quotation: not inside one opened in an
    earlier sentence of the paragraph (quotation marks counted as `readability.needs` does), nor an
    interview's answer under a speaker's name; not in a lower-cased document."""
    from ..readability import unquoted

    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    news = [d.kind == "news" for d in story.documents]
    para = (-1, -1)
    straight = curly = 0
    for i, s in enumerate(sents):
        if not news[s.doc]:
            continue
        if (s.doc, s.paragraph) != para:
            para, straight, curly = (s.doc, s.paragraph), 0, 0
        t = s.text
        inside = straight % 2 == 1 or curly > 0
        straight += t.count('"')
        curly = max(curly + t.count("“") - t.count("”"), 0)
        if inside or _SPEAKER_LABEL.match(t) or not _may_be_writer(t):
            continue
        out[i] = _writer_i(_SINGLE_QUOTED.sub(" ", unquoted(t)))
    if out.any():  # not in lower-cased text (Multi-News+): its quotation marks are spaced out, unpaired
        cased = cased_docs(story)
        doc = np.fromiter((s.doc for s in sents), np.int64, len(sents))
        out &= cased[doc]
    return out


# An AP photo gallery run into one line (Multi-News+): "... for his... ( associated press ) a boy waits in
# a line ... monday, march 14, 2011 following ...". `segment` ends a sentence after each credit, so the lead
# under the gallery is a sentence of its own, and so is the next caption. That caption dates its picture
# with the weekday and the full date with its year; a wire lead dates its news with the weekday alone.
_GALLERY_CREDIT = re.compile(r"\(\s?associated press\s?\)$", re.IGNORECASE)
_PICTURE_DATE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s+" + _MONTH + r"\s+\d{1,2},\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


def gallery_caption(story: Story) -> np.ndarray:
    """A sentence right after a gallery's credit ("... ( associated press )") in its document that dates
    a picture: the weekday and the full date with its year ("wednesday, may 22, 2013"): the next
    caption of the gallery, not the report's lead."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    for i in range(1, len(sents)):
        s, before = sents[i], sents[i - 1]
        if (
            before.doc == s.doc
            and _GALLERY_CREDIT.search(before.text) is not None
            and _PICTURE_DATE.search(s.text) is not None
        ):
            out[i] = True
    return out


_TEXT = attrgetter("text")


def _by_text(test: Callable[[str], bool]) -> Callable[[Story], np.ndarray]:
    """A rule over each sentence's text as a rule over the story."""

    def run(story: Story) -> np.ndarray:
        return np.fromiter(map(test, map(_TEXT, story.sentences)), bool, len(story.sentences))  # loops in C

    return run


@dataclass(frozen=True)
class Rule:
    """One named rule: `test(story)` is True for the sentences it keeps out of a summary."""

    name: str
    reason: str
    test: Callable[[Story], np.ndarray]


RULES: tuple[Rule, ...] = (
    Rule("aside", "a remark wholly in parentheses is not news", _by_text(_aside)),
    Rule("signpost", "it announces news it does not give", _by_text(_signpost)),
    Rule("superseded", "an account its own report replaced", superseded),
    Rule("reference-page", "an encyclopedia page is background, not the story's news", reference_page),
    Rule("paper-setup", "a paper's background or method, not what it found", paper_setup),
    Rule("caption", "a photo caption glued into the text", _by_text(_caption)),
    Rule("page-widget", "a page widget's words, not the story", _by_text(_widget)),
    Rule("credit-opening", "a photo credit glued to the sentence", _by_text(_credit_opening)),
    Rule("glued-credit", "a photo credit inside the sentence", _by_text(_glued_credit)),
    Rule("dated-caption", "a caption's or a list's date stamp, not a sentence", _by_text(_dated_caption)),
    Rule("glued-dateline", "a headline glued to the lead by its dateline", _by_text(_glued_dateline)),
    Rule("embedded-post", "a social post or a page widget glued into the sentence", _by_text(_embedded)),
    Rule("exclamation", "the writer's exclamation, not a report", _by_text(_exclamation)),
    Rule("teaser", "it announces a thing it does not say", _by_text(_teaser)),
    Rule("pictured", "it points at a picture the brief does not show", _by_text(_pictured)),
    Rule("caption-date", "an AP-style photo caption: the picture's date", _by_text(_caption_date)),
    Rule("photo-caption", "an AP photo caption: the picture is its subject", _by_text(_photo_caption)),
    Rule("gallery-caption", "the next caption of a photo gallery run into the text", gallery_caption),
    Rule("present-caption", "a caption: someone in the picture, in the present", _by_text(_present_caption)),
    Rule(
        "dated-present-caption",
        "a caption: someone in the picture, in the present, on a weekday at a place",
        _by_text(_dated_present),
    ),
    Rule(
        "caption-date-place",
        "an AP-style photo caption: the picture's date, then its place",
        _by_text(_caption_date_place),
    ),
    Rule(
        "month-caption", "a caption: who is in the picture, where, in which month", _by_text(_month_caption)
    ),
    Rule("glued-sentence", "two sentences glued into one by the scraper", _by_text(_glued_sentence)),
    Rule("spoiler-warning", "a spoiler warning is page furniture", _by_text(_spoiler_warning)),
    Rule("stretched-interjection", "a stretched interjection is filler", _by_text(_stretched_interjection)),
    Rule("highlights", "a highlights box restates the report below it", highlights),
    Rule("glued-highlights", "a highlights box run into the lead, its end unknown", glued_highlights),
    Rule("video-title", "a video's title or tagline, not a report", video_title),
    Rule("pointer", "it points the page's reader at something the brief does not carry", _by_text(_pointer)),
    Rule("tip-line", "it asks the page's reader for information: a service line", _by_text(_tip_line)),
    Rule(
        "source-list",
        "a bulleted list line quoting one outlet: the page's sources, not its report",
        _by_text(_source_list),
    ),
    Rule("journal-reference", "a paper's reference line, not news", _by_text(_journal_reference)),
    Rule("correction-apology", "the page's correction notice, not the story", _by_text(_correction_apology)),
    Rule("trails-off", "the writer trails off: nothing said whole", _by_text(_trails_off)),
    Rule("unpunctuated", "a list line: no sentence mark before its closing bracket", _by_text(_unpunctuated)),
    Rule("writer-first-person", "the writer's own view or experience in a report", writer_first_person),
)


def kept_out(story: Story) -> np.ndarray:
    """Per sentence: whether any rule keeps it out of a summary."""
    out = np.zeros(len(story.sentences), dtype=bool)
    for rule in RULES:
        out |= rule.test(story)
    return out


def why(story: Story) -> list[str | None]:
    """Per sentence: the name of the first rule that keeps it out (None: none does)."""
    out: list[str | None] = [None] * len(story.sentences)
    for rule in RULES:
        for i in np.flatnonzero(rule.test(story)):
            out[i] = out[i] or rule.name
    return out


_CONTINUES = ("quote-continues", "attribution-after-quotation")

# A lower-cased pair whose quotation is read surely though its marks are spaced out: the first sentence
# opens with its only mark, the next closes it with its only mark and names the speaker right after
# ('" investors are stunned. | Now the outlook is grim, " said jane roe ...'; rule `speaker-after`).
# The verbs of saying are the lexicon's (`SPEECH_VERBS`), as for attribution, coreference and align.
# The speaker may come with a title or an appositive before the verb, up to `SPEAKER_WORDS` words ('...
# nothing like this, " jo roe, of the city fire department told the paper.': brief52, training 19110,
# whose opening part came alone into the summary).
SPEAKER_WORDS = 8
_CLOSED_BY_SPEAKER = re.compile(
    rf'^[^"]*[,.!?]\s?"\s+(?:[^\s"]+\s+){{0,{SPEAKER_WORDS}}}?(?:{SPEECH_VERBS})\b'
)


def _speaker_after(a: str, b: str) -> bool:
    """Rule `speaker-after`: `a` opens a quotation that `b` closes with its speaker (see above)."""
    return (
        a.lstrip().startswith('"')
        and a.count('"') == 1
        and b.count('"') == 1
        and bool(_CLOSED_BY_SPEAKER.match(b))
    )


def open_quotation(story: Story, found: list[Need | None], cased: np.ndarray | None = None) -> np.ndarray:
    """Per sentence: the next sentence of its paragraph continues a quotation it leaves open
    (`readability` rule "quote-continues": the quotation mark is still open where it ends) or gives
    the speaker of the quotation it ends with "!" or "?" ("attribution-after-quotation"). Only in a
    document that keeps its letter case (`cased`, per document): a lower-cased one (Multi-News+)
    comes with its quotation marks spaced out and unpaired, so which sentence opens one is a guess,
    but for the sure pair of `_speaker_after`, an opening left open whose speaker the next names."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    for k in range(1, len(sents)):
        need = found[k]
        if need is not None and need.rule in _CONTINUES:
            a, b = sents[k - 1], sents[k]
            out[k - 1] = (
                a.doc == b.doc
                and a.paragraph == b.paragraph
                and (cased is None or bool(cased[a.doc]) or _speaker_after(a.text, b.text))
            )
    return out


def title_cut(story: Story) -> np.ndarray:
    """Per sentence: it ends on a lower-case title's full stop ("... against army spc.") and the next
    sentence of its paragraph, opening with a capital, is the name it titles ("Alexis hutchinson.").
    A cased text writes titles capitalised ("Spc."), and the splitter keeps those whole."""
    sents = story.sentences
    out = np.zeros(len(sents), dtype=bool)
    for k in range(len(sents) - 1):
        a, b = sents[k], sents[k + 1]
        if a.doc == b.doc and a.paragraph == b.paragraph and b.text[:1].isupper() and ends_on_title(a.text):
            out[k] = True
    return out


def whole_quotations(
    chosen: list[int], requires: dict[int, tuple[int, ...]], alone: np.ndarray | None
) -> list[int]:
    """`chosen` without a sentence that opens a quotation (not `alone`) whose next sentence (the
    rest of the quotation) is not chosen, in turn, and without what leaned on it."""
    if alone is None:
        return chosen
    keep = list(chosen)
    while True:
        held = set(keep)
        gone = {i for i in keep if not alone[i] and i + 1 not in held}
        gone |= {i for i in keep if i in requires and not any(j in held for j in requires[i])}
        if not gone:
            return keep
        keep = [i for i in keep if i not in gone]
