"""Names in a story that lost its letter case (`Story.caseless`: Multi-News+, lower-cased but for sentence
starts), each by evidence a reader can check in the text: an ordered table of small named rules.

In such a story no name shows by its capitals ("said sen. rand paul"), and a capital a sentence's start
gives ("Ranta was freed") is seen in lower case elsewhere, so the capitalised-run rules (`rules.py`,
`kinds.py`) find little and what they find alone is often a fragment ("Gabrielle" of "rep. Gabrielle
giffords", "Judy" of "dr. Judy melinek"). The rules here read the words whatever their case ("us" after "the"
read as "u.s.", `the-us`: the country, "moved to the us", never the pronoun, which takes no article):

- `credit-name`: the photographer after an agency's "photo/" in a credit, up to its bracket ("( ap
  photo/mark lennihan )"), first: whatever its words, no guess by the lists;
- `sheriff-office`: a county's sheriff's office ("broward county sheriff's office"), first: its possessive
  parts the words the head-noun rules read;
- `spelled-acronym`: a name whose initials an acronym in brackets after it spells, with a body's head
  word ("the federal bureau of prisons ( bop )": "bureau of prisons" and "bop"; a small word's letter given
  or not), and the acronym wherever the story writes it alone, but an ordinary word ("who", "is") only in
  its brackets; no name without a head ("post-traumatic stress disorder ( ptsd )") or an event's;
- `call-sign`: a station's call sign and band ("whp-tv", "kiis-fm"), and the sign alone in a story that
  writes it with its band too (`call-sign-alone`: "kgo-tv" … "a kgo spokesperson");
- `company-cue`: a one-word name beside words only a company takes ("shares of huawei", "the head office of
  statoil", "statoil's headquarters", "huawei shares fell"; "shares" as a noun only, before a market's
  verb), the company wherever the story writes it alone; no ordinary word, first name, nationality or word
  the document writes before a body's head ("census headquarters" of "the census bureau"), nor the end of
  a listed name (`listed-not-company`: "the new york stock exchange");
- `outlet-name`: a journal, magazine or newspaper by its kind's word ("published in the journal plos one",
  "the shukan asahi magazine", "told time magazine"): an ordinary word only right after a verb or
  preposition, no nationality, no title that goes on after "of" ("the journal proceedings of …"), no listed
  place alone before "newspaper" (`outlet-place`: "uk newspaper the financial times" gives the place);
- `facility-name`: a facility named after a person, after "the" ("the betty ford center"), whole, no
  person, and the person's name alone where a place's stands in that story ("she left betty ford"); a
  university or college so with no "the" (`person-university`: "james cook university", "john jay
  college"), an ordinary word a surname can be the surname before "university";
- `person-led-body`: a person's name, one or two words of a body's own, then a hospital's, an institute's,
  a foundation's or a research or medical center's head ("fred hutchinson cancer research center", "beth
  israel deaconess medical center"): the body whole, no person; before another center the words give
  nothing;
- `listed-person-body`: a listed body of two words or more whose first two hold a given name ("booz allen
  hamilton", "marie claire", "morgan stanley"), before the person rules would read a person there; not
  after a title nor before a word that could be a surname;
- `place-outlet`: a listed place, then an outlet's or a public body's words ("hawaii news now", "the
  indiana daily student", "the springfield news-leader", "told the buffalo news.", "mississippi today /
  …"): the outlet whole, no place ("news" alone only after "the" and at the name's end, "today" only before
  a credit's slash);
- `ocean-name`: "the atlantic" is the ocean ("the atlantic ocean" whole) with no magazine's cue round it
  (a verb of telling or writing, a doing of the magazine, other outlets beside it), and nothing before
  another word ("atlantic gray whale");
- `titled-name`: a person's title and a listed first name, then a surname ("sen. rand paul", "gov. jerry
  brown": an ordinary word may be the surname after a title, `titled-plain-surname`, not after one a
  first name alone follows, "prince harry looks"; a listed given name that is an ordinary word, then an
  ordinary word the document shows is a surname, `titled-shown-pair`: "gov. Jan brewer" … "brewer said"; a
  famous name of two words or more after the title is
  famous-name's, whole, `titled-famous`: "justice ruth bader ginsburg", not "Ruth Bader"); or a title and
  one word no ordinary English ("president obama", "mr. Ranta"), and an ordinary word after that one the
  story shows is a surname (`titled-shown-surname`: "secretary of state condoleezza rice" … "Rice said"), a
  listed place or organisation too ("mr. bloomberg", "mayor washington"; but a town the place data lists
  in an apposition is the post's place, `post-place`: "marzio babille, unicef representative erbil, 5
  august"), and after an honorific any noun
  (`honorific-surname`: "ms. Baker", "ms. Rice"; no adverb, `adverb-not-surname`: "mr. Simmons
  professionally"); no regular past of a word seen in lower case is a surname (`past-not-surname`: "the
  president railed against");
- `royal-name`: a royal title and a listed first name nothing goes on ("prince harry his blessing",
  "queen elizabeth said"): the person by the first name, and that first name alone elsewhere in the story
  (`first-name-again`); never before a head word ("prince george's county", "queen elizabeth hospital"),
  nor after "the" or a ship's word (`royal-thing`: "the ocean liner queen mary", a ship);
- `famous-name`: a name of `famous_people.txt` written whole ("bill clinton", "kanye west", "eminem", "kim
  jong il"): people news names so often that the full name alone is theirs, whose names the rules below
  miss or cut short (a name list, no evidence from the text: kept small, by hand); its surname then goes
  to surname-again ("clinton said"); not before a head word ("the bill gates foundation"), nor where its
  first word is a verb ("will smith start on sunday?", "we hope hicks will testify");
- `first-and-surname`: a listed first name that is no ordinary word (nor the last word of a full name the
  document gave: `surname-not-first`, "hillary clinton" … "clinton e-mails"), then a word that is none either
  ("lindsay lohan", "patricia krenwinkel"), a middle initial allowed ("joel p. bennett"); not before an
  organisation's or a place's head word ("the donald j. trump foundation"), nor a city that is a first
  name too before its state ("austin texas", "charlotte carolina"); the surname may be a double one
  (`double-surname`: "kim kardashian-west", not "obama-era"), and a third word when the document writes
  it alone before a verb of saying (`third-name`: "sarah huckabee sanders" … "sanders added"); with no
  title an ordinary word is the surname, after a listed first name or an unlisted word no ordinary
  English, only when the story writes it alone as a person's (`shown-plain-surname`: "condoleezza rice"
  … "ms. Rice said", "kanye west" … ". West said"; not "john said", "a toy gun said"); a word opening a
  clause before an auxiliary (". Stone was") only after a listed first name opening the name
  (`aux-surname`: "roger stone"; not "usain bolt" beside "Bolt is");
- `initial-name`: two words no ordinary English, listed names, titles or heads round a middle initial
  ("vitaly i. churkin", "viktor f. yanukovych"), for first names the lists lack; not after "the" or a
  possessive, nor before a head ("the john f. kennedy center", "rene a. rost middle school");
- `confirmed-pair`: two words no ordinary English whose second the document writes alone before a verb
  of saying ("carly fiorina" … "fiorina said", or the pair itself opening the verb's subject,
  `pair-before-verb`: "…, bette midler said"; or another article of the story writes it so,
  `spoken-elsewhere`; or the document writes it after "mr.", "mrs." or "ms.", `honorific-shown`:
  "christos vasiliades" … "mr. Vasiliades"; a verb of answering a charge or telling news shows it too,
  `answer-verbs`: "cain denied"), for first names the lists lack; not a place's demonym first
  (`place-demonym`: "queenslander ware"), nor after a possessive or a laugh (`owner-or-laugh`: "his ex
  chyna", "hahahaha chyna");
- `suffix-pair`: two words no ordinary English before a generation's mark ("mercutio southall jr."), as
  only a person's name takes one; confirmed-pair's guards, and none inside a longer name ("martin luther
  king jr.");
- `aged-pair`: two words no ordinary English (the first may be a listed given name that is one, "don",
  `listed-ordinary-first`, as in confirmed-pair with the surname said in the document and name-then-role)
  then an age in apposition ("irfan faiz, 54, from …"); suffix-pair's guards, no kin or role word first
  ("their sons zach, 12,", "his ex chyna, 29,");
- `particle-name`: a listed first name, ordinary word or not, then a particle and a word the story writes
  alone before a verb of saying ("marine le pen" … "le pen wrote"), and that particle and word alone
  wherever the story writes them (`particle-again`, once every document has run the table); "el" is a
  particle too (`el-particle`: "christina el moussa", no "Christina El"), for couple-name as well;
- `head-noun-org`: an organisation by its head noun, "department", "university", "bureau" … before "of" and a
  name ("california department of corrections and rehabilitation", "university of maryland"), or last after a
  listed name or a word no ordinary English and at most two ordinary nouns ("u.s. census bureau", "evanston
  township high school"; a company's suffix too, `company-suffix`: "zorbex corp.", or head, "qatar airways",
  "x consulting", but a listed name the head ends is listed-name's, `listed-company`: "ap american airlines"
  is two bodies; "national" or "international" after "the" opening ordinary nouns, `national-opens-body`: "the
  national restaurant association", and after it heads too common to name a body alone, `national-heads`: "the
  national weather service"; none read from after a glued "&", `ampersand-cut`: no "M University" of "texas
  a&m university"), a stop after the head no bar; never a verb, an article or a person's first name inside,
  nor a head inside a listed name (`listed-holds-head`: "federal bureau of investigation" is listed-name's),
  nor a name opening on a state after a town (`state-after-town`: "newton, kansas police department"); a
  committee, commission or board whose name joins two runs by "and" after "the" or a chamber (`and-in-name`:
  "the homeland security and governmental affairs committee"); "court", "hospital", "foundation" and
  "authority" too, but never where the words before name a kind (`place-led-head`: "a dutch court", "a new
  york hospital", "the probate court", "chicago federal court"; `place-school-kind`: "a florida high school"),
  and no body's name, nor a part of it, where the name goes on past the head (`head-goes-on`: "earls court
  exhibition center", "ohio state university medical center"); a newspaper's head ("dispatch", "times",
  "post") only after "the" and a name (`paper-head`: "the columbus dispatch reports", not the place Columbus;
  not "the columbus post office"); "union" after two words or more that name no kind (`union-name`: "the
  chicago teachers union"; not "a swedish union", "a white-collar union"); a school's or a utility's district
  whole, a name before it (`school-district`: "coatesville area school district"; not "the pennsylvania school
  district", nor "… school" cut short);
- `place-led-body`: a listed place, one to four words of a body's own (one may be "and"), then a body's
  head ("texas health presbyterian hospital", "oregon health and science university"): the body whole, no
  place; not after an article of a kind, and before a hospital or college only with a word between no
  ordinary English ("the dallas county hospital" names a kind), before a center ordinary words only when the
  last makes it a body's (`venue-centre`: "maryland shock trauma center", not "the anchorage correctional
  center", a prison); "college" is a head too (`college-head`: "valencia college"; "a wisconsin college
  student" keeps the place);
- `head-noun-place`: a place by its head noun, "airport", "jail", "lane", "park" … after a name, as
  head-noun-org reads a body's ("goose bay airport", "monroe county jail"), never a kind ("a dutch prison",
  a state alone before a jail or theater: `state-kind`, "from california jail");
- `county-name`: a county by "county" after a listed place or one word no ordinary English ("chester
  county", "los angeles county", "san mateo county"), not where the name goes on to a body or an office
  ("chester county sheriff", "… county school district") nor after an ordinary word ("the rural county");
- `initials-name`: a name whose initials an acronym the story writes alone spells, no brackets to tie
  them ("the congressional budget office" … "the cbo said"): the name's last word a body's head, or its
  first before "of", every word a body's, no hyphened word, no place's or body's head right after it
  ("baltimore washington international airport"); run after the head-noun rules, the acronym alone
  with spelled-acronym's (an acronym the story writes in brackets anywhere is left to that rule);
- `team-nickname`: a team's nickname that is no English word but the team's ("yankees", "knicks"), with
  the listed place before it ("new york yankees");
- `based-place`: a listed place before "-based" ("a utah-based company", "a new york-based firm"), the
  place alone: the suffix says a place, and the word regex reads the hyphened word as one;
- `listed-name`: a place or an organisation the hand lists hold (`lexicon/data`), several words ("los
  angeles", "associated press"; a listed place before a listed "daily" paper is that city's paper,
  `city-paper`: "the philadelphia daily news") or one that is no ordinary word and no first name
  ("minnesota", "cnn"; not "china", "turkey"; but "italy", "beijing": `listed-suffix`, no guess by a
  word's ending); no body before its model's number (`maker-model`: "a boeing 737"); not a
  place before a currency's name (`currency-place`: "new zealand dollars"), nor a
  place that is a given name too before a surname ("paris hilton", "israel folau": half a person's name,
  so nothing rather than a false place), nor one after a ship's prefix (`ship-name`: "uss wisconsin")
  or a peer's title and "of" (`peerage`: "the duke of cambridge", a person, no place), nor after the
  title "miss" (`pageant-title`: "the 2013 miss usa pageant"; the verb keeps it: "will miss america"); a
  name that holds a possessive is read with it (`possessive-listed`: "mcdonald's", "moody's"); no acronym
  that spells a word (`acronym-word`: "j s fry & sons" names no Federal Republic of Yugoslavia);
- `outlet-word`: an outlet or a company whose one-word name is an ordinary word, which listed-name leaves
  ("fox", "onion", "emirates"), by the nouns only its business takes after it ("the fox network", "the onion
  article", "an emirates flight") or, for a network, a verb of telling before it or its possessive ("told
  fox", "on fox's glee"); never after a determiner, a first name, an initial or a word no ordinary English
  ("a fox's den", "michael j fox", "judge elden fox's ruling"), nor glued to digits ("fox59"); after
  "century" the studio whole (`century-studio`: "a 21st century fox spokeswoman");
- `ordinary-place`: a listed country cased English writes in lower case too ("china", "turkey", "guinea";
  listed-name leaves them) is the place with evidence: the story writes its people's name
  (`ordinary-place-demonym`: "chinese", "turkish"), or a place's preposition or a compass word before it
  and no word of its own after (`ordinary-place-cue`: "a trip to china.", "in turkey and", "eastern
  china"), or its possessive (`ordinary-place-possessive`: "dubbed china's"); never after a determiner
  ("a turkey", "the guinea worm", "bone china") nor before a noun it names a kind of ("guinea pig");
- `team-again`: a team's plural nickname alone ("the warriors won") in a story that names the team in full
  ("the golden state warriors", a listed name: orgs.txt holds the major leagues' teams), with the
  evidence its kind needs (`_NICKNAME_EVIDENCE`): an invented word ("yankees") none; an ordinary plural
  ("giants") "the" before it and no "of" or "who" after it, or a word of the game after it ("giants
  fans"); a demonym ("texans") a word of the game, "the" and a result ("the texans won"), or "the" in a
  story that never writes it for people (`demonym-people`: "many texans", "the texans who lost homes",
  `demonym-passive`: "the texans were moved to shelters", in a story on the houston texans are no team);
- `party-leaning`: a party by the leaning a writer gives it, a word parties are named by, then "party"
  ("the conservative national party", "the ruling socialist party"; not "the national party apparatus"),
  and body-again writes it again in that story ("national party president peter goodfellow");
- `town-of-region`: one to three words, a comma, then the country, US state (its AP abbreviation too,
  `region-abbreviation`: "flint, mich.", the abbreviation a place as well) or British nation GeoNames puts
  that city in ("austin, texas", "flint, michigan", "leeds, england"): the town, an ordinary word though it
  is; none inside a longer name, nor a listed given name no place bears as one (`given-name-town`:
  "warren");
- `town-and-state`: a state's AP abbreviation after a comma and the town before it ("indio, calif.",
  "columbia, s.c.": `dotted-state`; a place's opening word too, `two-word-town`: "new milford, n.j."), and
  a town the place data lists (`namedata`) after "in", "near" or "outside" ("in evanston"), or where only
  a place stands (`place-cue`: "the town of sinjar", "west of mosul", "the sinjar region"), and after
  "mount" with it (`mount-name`: "mount sinjar"; not "to mount"), or before a comma and a US state
  spelled out (`town-comma-state`: "laurel, indiana");
- `settlement-of`: one or two words no ordinary English after "village of", "town of" … ("the village of
  gumsuri", "the tiny spanish village of castrillo matajudios"), listed or not: the place, and place-again
  reads the one word alone elsewhere; no first name, no surname of the story's people;
- `role-and-name`: a role word, then two words no ordinary English and no listed name ("coach zdenek
  zeman", "secretary-general jens stoltenberg"), for first names the lists lack; the role may be a
  speaking head that is a person's ("controller pavel …", `speaking_heads.txt`) or, after an age, a noun
  in "-man" (`role-after-age`: "43-year-old salaryman …"); or, a role word or a title and a comma before
  them, the two closed by a comma or a stop (`role-comma-name`: "a prominent rabbi, chaskel werzberger,");
- `name-then-role`: two words no ordinary English and no listed name, then an apposition that names a
  role ("deodatus kinawila, the district commissioner of bukoba, …", "don faul, a director").
- `wider-place`: a place or a body the rules above read one or two words late, where the words before
  make with its first words a town of two words or more the place data lists ("west des moines", not
  "Des Moines"; "new albany high school", not "Albany High School"); no closed-class word or article
  opens it ("the netherlands" stays "Netherlands"); a body's name takes "metropolitan" or "metro" before it
  (`metro-body`: "metropolitan nashville police department").

Words join a name across a stop only after an initial, an abbreviated title (`full-title-stop`: "sen. Rand",
never "their leader. Enlarge") or a saint's short form (`saint-stop`: "st. Louis", whose capital the
lower-caser gave; "st." opens no person's name: "st. Gox said"); a soft hyphen inside a word joins it
(`soft-hyphen`: "vladi\xadmir putin"); a listed given name that is an ordinary word, capitalised at a
sentence's start, opens the name after it (`opening-first-name`: "Mark david chapman"); a place or
a body read by its head takes that short form in too (`saint-in-name`: "the st. Johns river"). A middle
name is no middle name where the document writes it with the surname apart from the first name and never
the first name with the surname (`first-not-middle`: "primary victor john mccain" beside "john mccain"). A
word glued after a credit's slash opens no name (`credit-slash`: "photos/rex/shutterstock swank also"). A
word written with "'s" before a word for a person's own people shows a surname (`kin-possessive`: "and
brown's family" makes "michael brown" a person). Names are cased with "Mc" and a capital (`mc-name`:
"McCain"). "vs" is no surname (`versus-not-surname`: "piers morgan vs. heather mills"). A university's
medical center or hospital after its name is the body named (`head-first-hospital`: "the university of
cincinnati medical center"), and "medical center" after a listed name or a word no ordinary English is a
hospital's name's end (`medical-centre`: "maine medical center"; not "a boston medical center"); a title
word after a body's head may stand in a name its bracketed initials spell (`head-then-title`: "the
directorate general of civil aviation ( dgca )"). An irregular past is no word of a body's name
(`past-ends-body`: "the ministry of information brought …" is the ministry). After a title and a listed
first name, a word that owns what follows is the surname whatever else it is (`titled-owning-surname`:
"prime minister theresa may's decision"; such a word, "may", is never read alone after). A place that is a
given name too ("bristol", "chelsea", "jordan": `more-given-places`) before a word that could be a surname
is half a person's name, no place, in lower case and where a sentence's start capitalised it
(`capital-half-name`: "Bristol palin is responding").

`listed-name` also reads a listed name glued to a participle of holding (`listed-compound`:
"taliban-held", "kremlin-backed") and a listed name of two words or more written with hyphens
(`hyphened-listed`: "al-jazeera" for "Al Jazeera").

Then, apart from the table and once every document has run it (`candidates`), `middle-name`: a pair the
table read and a word after it that with the first name is a person the story names ("hillary rodham" then
"clinton" beside "hillary clinton") are one name; `pair-again` (`known-name` for three words): two words
the story reads as a person's full name elsewhere are that person wherever no rule took them ("as jaylen
fryberg" beside "Jaylen fryberg, who …"); `body-again`: a body head-noun-org read anywhere in the story,
written whole again where no rule took it ("a tabbot foundation spokesman" beside "the tabbot foundation");
`body-opener`: the first word of a university, a college or a hospital the table read, alone ("according to
emory" beside "emory university hospital"), when no ordinary word, listed name, first name, surname or word
that describes ("hebrew"), and never one the story writes as a town's ("in wingate", "wingate police");
`surname-again`: the
surname of a person the table found anywhere in the story, alone ("krenwinkel was", "Krenwinkel",
"palin's"), when it is no ordinary word ("rice", "brown" alone are not the person; but one only its
ending makes look ordinary is the surname, `guessed-ordinary`: "brantly"), with a listed first name before
it that no rule took another person of that family (`kin-first-name`: "years ago, mark schreiber" beside
"paul schreiber"; an ordinary first name only after a comma or a kin word), and never when the
story writes another word before it that could be another person's first name ("finley boyle" beside
"ashley boyle"): then `surname-of-another` reads it as a person of its own, no one's full name. A surname
the story also writes where a town stands ("residents of eagar", "eagar, ariz.", "eagar resident …")
counts only where it stands as a person does, a subject or before an apposition, and never where a town
stands (`town-not-surname`); a capitalised one the recogniser found there ("Eagar, arizona ( cnn )", a
dateline's capital) is left out too. Last, `couple-name` ("terri and peter pazdernik": Terri Pazdernik)
and `first-name-again`: a listed first name alone ("hilary laughs") is the one person of the story named
in full with it, none when two are; `first-name-spoken`: one the story never names in full, written alone
before a verb of saying somewhere ("adele wrote"), is a person by that one name at each lone mention ("adele
continued"); `kin-name`: a listed first name no ordinary word after a kin noun or "friend", the name ending
there, is a person of its own ("his wife, jane,", "her husband mike and"). Last of all, `place-again`: a
word place-cue or "in" showed a place
anywhere in the story is that place wherever it stands alone and untaken ("surrounding sinjar"), but a
surname of the story's people, after a first name or a title, or before a head word, a verb of saying or
a word no ordinary English.

"No ordinary word" is Punkt's English table (`rules.common`): a word it saw written in lower case is one; a
few nouns for what happens that it never saw so ("outbreak", "pandemic": `event-noun`) are no surname either.
Each candidate names the rule that found it (`Candidate.rule`, "caseless-…"); its text is the name as cased
English writes it ("Rand Paul", "Los Angeles"), which is what the story-level pass (`entities.resolve`)
merges and shows. Where one of these overlaps a candidate of the capitalised-run rules, it wins.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..lexicon import data_lines
from ..lexicon.gazetteer import gazetteer, lower_listed, word_list
from ..lexicon.gazetteer import key as _key
from ..lexicon.titles import ABBREVIATED_TITLES
from ..lexicon.verbs import SPEECH_WORDS, listed_form, present_forms, third_person
from ..model import Document
from .kinds import MAKERS, MODEL_AFTER, STATE_ABBREV
from .namedata import city_regions, data_places
from .rules import _SEEN_LOWER, CURRENCIES, DOMAIN_ENDINGS, Candidate, _ortho, common

# a word: letters with inner apostrophes or hyphens ("o'rourke", "macintyre-yee"), accented ones too
# (rule accented-word: "tisäter", "dáil", no "tis" cut at the "ä"), or dotted initials ("u.s."), or a team's
# nickname opening on digits (rule digit-nickname: "49ers", "76ers", which no word held); rule soft-hyphen: a
# soft hyphen (U+00AD) a page left inside a word ("vladi\xadmir putin") joins it, the word read without it
# (no "Vladi" and "Mir Putin"); a trailing full
# stop is read apart (`Word.dot`); rule spaced-o: an Irish "O'" the scrape wrote with spaces round its
# apostrophe ("martin o ' malley") is one word, "o'malley", as "martin o'malley" is
_WORD = re.compile(
    r"(?<![\w'’\-])[Oo] ['’] [^\W\d_]{2,}(?:['’\-][^\W\d_]+)*"
    r"|(?:[A-Za-z]\.){2,}|(?<![\w\-])(?:49|76)ers\b|[^\W\d_]+(?:(?:['’\-]|\xad+)[^\W\d_]+)*"
)
_POSSESSIVE = re.compile(r"['’]s$")
_CLOSED = word_list("closed_class.txt")
# titles a name follows, written in full, that no ordinary word follows ("president obama", "pope
# francis"; not "general vma categories", "deputy parole commissioner", "director labels wikileaks")
_OFFICES = frozenset(
    [
        *("president", "president-elect", "vice president", "senator", "representative", "congressman"),
        *("congresswoman", "governor", "mayor", "judge", "justice", "chancellor", "premier", "ambassador"),
        *("prime minister", "secretary of state", "speaker", "house speaker", "pope", "cardinal"),
        *("archbishop", "bishop", "rabbi", "imam", "sheikh", "ayatollah", "sir", "dame", "sheriff"),
        *("detective", "councilman", "councilwoman", "assemblyman", "assemblywoman", "professor"),
    ]
)
# rule el-particle: "el" too ("christina el moussa"), no surname alone ("Christina El")
_PARTICLES = frozenset(["van", "von", "de", "der", "del", "della", "di", "da", "du", "le", "la", "bin", "el"])


@dataclass(slots=True, unsafe_hash=True)
class Word:
    """One word of a document (`words`). Not frozen, but hashed by its fields as a frozen one is, as
    `align.features.Facts`: nothing assigns to one once it is built, and a frozen dataclass's `__init__`
    sets each field through `object.__setattr__`, several times an assignment's cost, for every word of a
    lower-cased story."""

    start: int
    end: int
    low: str  # lower case, no possessive
    dot: bool  # a full stop right after it ("sen.", "p.")


# the ending of a web address after a dot ("vma.mtv.com"), at the end of the run of letters, digits, dots and
# hyphens the word sits in (a sentence's stop after it left out)
_ADDRESS_END = re.compile(r"\.(?:" + DOMAIN_ENDINGS + r")\.?$")
# rule glued-possessive: a plural's possessive mark with no space after it ("jobs'death", "parents'saliva",
# a scrape's lost space): two words, the owner and the next, not one name "Jobs'Death"
_GLUED_POSSESSIVE = re.compile(r"[A-Za-z]+s['’](?=[A-Za-z]{2,}$)")


# rule ordinal-suffix: an ordinal's ending the word regex reads apart from its digits ("84th", "21st")
_ORDINAL_ENDS = frozenset(["st", "nd", "rd", "th"])


def words(text: str) -> list[Word]:
    """The words of a text, lower-cased, a possessive "'s" left out of the word, a word glued to a
    plural's possessive mark read apart (`glued-possessive`), no ordinal's ending glued to its digits
    (`ordinal-suffix`: "the 84th academy awards" gives no body "Th Academy")."""
    out = []
    for m in _WORD.finditer(text):
        s, e, t = m.start(), m.end(), m[0]
        marked = "'" in t or "’" in t  # both possessive patterns need a mark: most words have none
        g = _GLUED_POSSESSIVE.match(t) if marked and "-" not in t else None
        if g:
            owner = g.end() - 1
            out.append(Word(s, s + owner, t[:owner].lower(), False))
            s, t = s + g.end(), t[g.end() :]
        p = _POSSESSIVE.search(t) if marked else None
        if p and len(t) > 2:
            e -= 2
            t = t[:-2]
        if t in _ORDINAL_ENDS and s > 0 and text[s - 1].isdigit():
            continue  # rule ordinal-suffix: "84th academy awards", "86th floor": no word of a name
        low = t.lower().replace(" ", "") if " " in t else t.lower()  # rule spaced-o: "o ' malley"
        if "\xad" in low:
            low = low.replace("\xad", "")  # rule soft-hyphen: "vladi\xadmir" is the word "vladimir"
        out.append(Word(s, e, low, text[e : e + 1] == "."))
    return out


def _the_us(text: str, ws: list[Word]) -> list[Word]:
    """Rule the-us: "us" right after "the" is the country written without its stops ("moved to the us",
    "the us department of agriculture"), never the pronoun, which takes no article: every rule reads it as
    "u.s." (its words kept, its offsets too)."""
    for k in range(1, len(ws)):
        if ws[k].low == "us" and ws[k - 1].low == "the" and text[ws[k - 1].end : ws[k].start] == " ":
            ws[k] = Word(ws[k].start, ws[k].end, "u.s.", ws[k].dot)
    return ws


# rule mc-name: a name's "Mc" takes a capital after it ("McCain", "McDonald's"); not "Mac", which opens as
# many names that keep a small letter ("Mack", "Macy", "Macon") as names that take one ("MacArthur")
_MC = re.compile(r"(?:^|(?<=[\s'’\-]))Mc([a-z])(?=[a-z])")


def cased(low: str) -> str:
    """A lower-cased name as cased English writes it: "o'rourke" -> "O'Rourke", "al-abadi" -> "Al-Abadi",
    "mccain" -> "McCain" (`mc-name`)."""
    return mc_name(re.sub(r"(^|[\s'’\-])([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), low))


def mc_name(name: str) -> str:
    """Rule mc-name on a name cased word by word: "Mccain" -> "McCain"."""
    return _MC.sub(lambda m: "Mc" + m.group(1).upper(), name) if "Mc" in name else name


# a scrape's spaced apostrophe inside a name ("o ' neill", "d ' souza")
_SPACED_APOSTROPHE = re.compile(r"(?<=\w) (['’]) (?=\w)")
_POSSESSIVE_END = re.compile(r"(['’]s?)$")


def unspaced(text: str) -> str:
    """A scrape's spaced apostrophe closed up: "essena o ' neill" -> "essena o'neill"."""
    return _SPACED_APOSTROPHE.sub(r"\1", text)


def cased_as(written: str, name: str) -> str:
    """Rule caseless-shown-name: a person's name as a case-less story writes it ("essena o ' neill", "robert
    k. mericle", "crutcher's") shown as the person's entity `name` writes it ("Essena O'Neill"), its spaced
    apostrophes closed up and each word the entity's name holds cased so ("Robert K. Mericle" beside
    "Robert Mericle"); any other lower-case word cased as a name (`cased`), a possessive's "'s" kept."""
    text = unspaced(" ".join(written.split()))
    if text.lower() == name.lower():
        return name
    by_word = {w.lower(): w for w in name.split()}

    def word(w: str) -> str:
        m = _POSSESSIVE_END.search(w) if len(w) > 2 else None
        stem, end = (w[: m.start()], m.group(1)) if m else (w, "")
        if stem.lower() in by_word:
            return by_word[stem.lower()] + end
        return cased(stem) + end if stem == stem.lower() else w

    return " ".join(word(w) for w in text.split())


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|[^l]ed)$")  # "tossing", "booted"; not "allred"
# rule adverb-not-surname: adverbs Punkt's table never saw in lower case ("mr. Simmons professionally"):
# endings no surname has ("mcnally", "kelly", "daly" keep theirs)
_ADVERB = re.compile(r"[a-z]{2,}(?:ionally|ically|cially|edly|ously|ively|fully|lessly|ately|ingly)$")


def _adverb_of_word(low: str) -> bool:
    """Rule adverb-of-word: an "-ly" adverb Punkt's table never saw, made of a word of five letters or more
    it saw in lower case ("the late senator bitterly feuded": "bitter"; "angrily": "angry"), no surname;
    not a shorter stem's ("blake lively", "wisely" keep theirs) nor one no word makes ("kelly", "mcnally")."""
    if len(low) < 7 or not low.endswith("ly"):
        return False
    stem = low[:-3] + "y" if low.endswith("ily") else low[:-2]
    return len(stem) >= 5 and bool(_ortho().get(stem, 0) & _SEEN_LOWER)


# stems whose past is irregular: "sayed", "payed", "layed" are names ("mr. sayed"), no verb's past
_IRREGULAR_STEMS = frozenset(["say", "pay", "lay"])
_VOWELS = frozenset("aeiou")


def _past_of_word(low: str) -> bool:
    """Rule past-not-surname: a regular past of a word Punkt's table saw in lower case ("railed" of
    "rail", "smiled" of "smile", "stopped" of "stop"), which `_PARTICIPLE` leaves to Punkt past an "l"
    ("the president railed against": no "Railed"); not a name of that shape English never forms so
    ("hamed": "ham" would double, "sayed": "say" is irregular, "fareed": no "e" before "ed")."""
    if len(low) < 5 or not low.endswith("ed"):
        return False
    stem = low[:-2]
    stems = [low[:-1]]  # "smiled": "smile"
    if not stem.endswith("e") and stem not in _IRREGULAR_STEMS:
        short = len(stem) <= 4 and stem[-1] not in _VOWELS | {"w", "x", "y"} and stem[-2] in _VOWELS
        if not short or stem[-3] in _VOWELS:
            stems.append(stem)  # "rail", "play", "visit"; not "ham" (would be "hammed")
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
        stems.append(stem[:-1])  # "stopped": "stop"
    return any(len(t) >= 3 and bool(_ortho().get(t, 0) & _SEEN_LOWER) for t in stems)


def _lower_word(low: str) -> bool:
    """A word English writes in lower case: one Punkt's table saw so, a closed-class one, a participle
    ("tossing", "booted"), a compound whose last part is one ("hand-picked"), a contraction in "n't"
    ("president shouldn't": no "Shouldn'T"). Unlike `ordinary`, an ending alone does not make "brantly"
    one."""
    last = low.rsplit("-", 1)[-1]
    return (
        low in _CLOSED
        or low.endswith(("n't", "n’t"))
        or bool(_ortho().get(last, 0) & _SEEN_LOWER)
        or _PARTICIPLE.match(last) is not None
        or low.capitalize() in gazetteer().not_names
    )


def ordinary(low: str) -> bool:
    """A word cased English writes in lower case (Punkt's table, the name lists' ordinary words)."""
    return low in _CLOSED or common(low.capitalize(), set())


def _seen_lower(low: str) -> bool:
    """Rule listed-suffix: a listed one-word name cased English writes in lower case too ("china",
    "congress"): Punkt's table saw it so, or the lists hold it as a closed-class or ordinary word. Not
    `ordinary`'s guess by an ending ("-ly", "-ing", "-ed" for a word Punkt never saw), which a listed
    name has no need of and which made "italy", "sicily", "beijing", "wyoming" and "boeing" ordinary."""
    return (
        low in _CLOSED
        or low.capitalize() in gazetteer().not_names
        or bool(_ortho().get(low, 0) & _SEEN_LOWER)
    )


@lru_cache(maxsize=1)
def _all_first_names() -> frozenset[str]:
    """Listed first names, lower-cased, but closed-class words ("will", "may")."""
    g = gazetteer()
    return frozenset(f.lower() for f in g.first_names | g.female_names) - _CLOSED


@lru_cache(maxsize=1)
def _first_names() -> frozenset[str]:
    """Listed first names that are no ordinary word ("lindsay", not "will", "mark", "grace")."""
    return frozenset(f for f in _all_first_names() if not ordinary(f))


@lru_cache(maxsize=1)
def _not_surnames() -> frozenset[str]:
    """Words that are no surname whatever Punkt's table says: role words ("missionary"), group nouns,
    nationalities, the head words of places and bodies ("st", "corp")."""
    g = gazetteer()
    words = g.roles | g.not_names | g.demonyms | g.org_last | g.place_last
    return frozenset(w.lower().rstrip(".") for w in words) | _EVENT_NOUNS


# rule event-noun: nouns for what happens to a place or a people, which Punkt's table never saw in lower
# case, so `ordinary` misses them; never a surname ("the plant manager ebola outbreak plans": no person)
_EVENT_NOUNS = frozenset(
    [
        *("outbreak", "outbreaks", "epidemic", "pandemic", "disease", "syndrome", "infection", "infections"),
        *("hurricane", "typhoon", "cyclone", "earthquake", "quake", "tsunami", "wildfire", "wildfires"),
        *("flood", "floods", "drought", "crisis", "scandal", "shooting", "shootings", "bombing", "bombings"),
        *("massacre", "attack", "attacks", "blast", "explosion", "crash", "outage", "recall", "shutdown"),
    ]
)


@lru_cache(maxsize=1)
def _titles() -> dict[tuple[str, ...], int]:
    """Person titles in lower case ("sen", "vice president") -> their length in words."""
    return {tuple(w.lower() for w in t): len(t) for t in gazetteer().titles}


# rule body-word: listed bodies one ordinary word names, which news writes alone for that one body ("asked
# congress to act", "the politburo met"); `_listed_name` takes them but after "a" or "party" ("a party
# congress", "its congress": a meeting of some other body)
_BODY_WORDS = frozenset(["congress", "politburo"])
_NOT_BEFORE_BODY_WORD = frozenset(["a", "an", "party", "its", "their", "annual", "national", "world"])


@lru_cache(maxsize=1)
def _listed() -> dict[tuple[str, ...], str]:
    """Listed places, organisations and aliases in lower case -> the name as listed ("los angeles" ->
    "Los Angeles", "u.s." -> "U.S."); one word only when it is no ordinary word and no first name."""
    return {k: n for k, n in lower_listed(orgs=True, aliases=True).items() if not _common_word(k)}


# rule acronym-word: listed acronyms whose letters spell an English word Punkt's table never saw in lower case
# ("FRY", the Federal Republic of Yugoslavia: "j s fry & sons" gave that place); read only as capitals
_WORD_ACRONYMS = frozenset(["fry"])


def _common_word(k: tuple[str, ...]) -> bool:
    """A one-word name that is an ordinary word or a first name ("will", "may"), a body word aside, or an
    acronym that spells a word (`acronym-word`)."""
    return (
        len(k) == 1
        and k[0] not in _BODY_WORDS
        and (_seen_lower(k[0].rstrip(".")) or k[0] in _all_first_names() or k[0] in _WORD_ACRONYMS)
    )


def _longest(names: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """First word -> the most words a name opening with it has (a word opening none is not looked up)."""
    out: dict[str, int] = {}
    for k in names:
        for first in {k[0], k[0].rstrip(".")}:  # "calif." looked up from "calif", the word less its stop
            out[first] = max(out.get(first, 0), len(k))
    return out


@lru_cache(maxsize=1)
def _listed_openings() -> dict[str, int]:
    return _longest(_listed())


@lru_cache(maxsize=1)
def _title_openings() -> dict[str, int]:
    return _longest(_titles())


def _listed_word(low: str) -> bool:
    """A word the lists hold as a place or an organisation's whole name ("washington", "cnn")."""
    return (low,) in _listed()


@lru_cache(maxsize=1)
def _place_first_names() -> frozenset[str]:
    """Listed first names that are listed places too ("austin", "jackson", "madison", "charlotte")."""
    g = gazetteer()
    return frozenset(w for w in _all_first_names() if g.kind_of((cased(w),)) == "place")


# the words a US state's name ends with, after a city ("austin texas", "charlotte carolina")
_STATE_WORDS = frozenset(
    [
        *("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware"),
        *("florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky"),
        *("louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi"),
        *("missouri", "montana", "nebraska", "nevada", "hampshire", "jersey", "mexico", "york", "carolina"),
        *("dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont"),
        *("virginia", "washington", "wisconsin", "wyoming"),
    ]
)


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """Head words that make a name before them an organisation's or a place's ("foundation", "county")."""
    g = gazetteer()
    return frozenset(w.lower() for w in g.org_last | g.place_last)


@dataclass
class Found:
    """The candidates a document's rules found so far, and the surnames of the people among them."""

    text: str
    ws: list[Word] = field(default_factory=list)
    out: list[Candidate] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # word indices inside a candidate
    surnames: set[str] = field(default_factory=set)
    rule: str = ""  # the rule being run: its candidates carry "caseless-" and its name
    shown: frozenset[str] = frozenset()  # ordinary words the story shows are surnames (`_shown_words`)
    shown_aux: frozenset[str] = frozenset()  # ... or opens a clause on before an auxiliary (`aux-surname`)
    acronyms: dict[str, tuple[str, str]] = field(default_factory=dict)  # spelled out: name, kind
    story_spoken: frozenset[str] = frozenset()  # every document's `spoken()` (`spoken-elsewhere`)
    particle_spoken: frozenset[tuple[str, str]] = frozenset()  # "le pen" before "wrote" (`particle-name`)
    particle_names: dict[tuple[str, str], str] = field(default_factory=dict)  # "le pen" -> "Marine le Pen"
    call_signs: dict[str, str] = field(default_factory=dict)  # the story's, by the sign alone: with band
    teams: dict[str, str] = field(default_factory=dict)  # the story's named in full, by nickname: full name
    people: frozenset[str] = frozenset()  # team demonyms the story writes for people (`demonym-people`)
    cue_places: set[str] = field(default_factory=set)  # one-word places shown by a cue (`place-again`)
    demonym_places: frozenset[str] = frozenset()  # `ordinary-place-demonym`: the story writes their people
    companies: frozenset[str] = frozenset()  # one-word names beside a company's cue (`company-cue`)
    doubles: dict[str, str] = field(default_factory=dict)  # `double-surname`: second word -> first
    story_doubles: dict[str, str] = field(default_factory=dict)  # ... of every document of the story

    def __post_init__(self) -> None:
        self.ws = _the_us(self.text, words(self.text))
        self.counts = Counter(w.low for w in self.ws)
        self._spoken: set[str] | None = None
        self._starts: dict[int, int] | None = None
        self._pairs: dict[tuple[str, str], list[int]] | None = None  # `_pair_places`, built once
        self.spelled: dict[str, tuple[int, int, str]] = {}  # `_acronyms_spelled`, read once
        self.initials: dict[str, tuple[int, int, str]] = {}  # `_initials_named`: no brackets
        self.own_facilities: dict[tuple[str, str], tuple[int, str, str]] = {}  # `_facility_pairs`
        self.facilities: dict[tuple[str, str], tuple[str, str]] = {}  # the story's: name, kind

    def word_at(self, start: int) -> int | None:
        """The index of the word starting at `start`, if one does."""
        if self._starts is None:
            self._starts = {w.start: k for k, w in enumerate(self.ws)}
        return self._starts.get(start)

    def spoken(self) -> set[str]:
        """The document's `_spoken_surnames`, read once."""
        if self._spoken is None:
            self._spoken = _spoken_surnames(self)
        return self._spoken

    def emit(self, i: int, j: int, name: str, kind: str, dot: bool = False, tail: int = 0) -> None:
        """Words i..j-1 as one candidate (none when a word is taken or inside a web address:
        `in-address`), with the stop after them (`dot`) or the `tail` characters of a name's own possessive
        ("mcdonald's": `possessive-listed`)."""
        if any(k in self.taken for k in range(i, j)) or self.in_address(i) or self.in_address(j - 1):
            return
        s, e = self.ws[i].start, self.ws[j - 1].end + dot + tail
        self.out.append(
            Candidate(s, e, name, kind, person_cue=kind == "person", rule=f"caseless-{self.rule}")
        )
        self.taken.update(range(i, j))

    def in_address(self, k: int) -> bool:
        """Rule in-address: word k is a middle part of a web address, a dot before it and the address's
        ending after it ("vma.mtv.com", "pic.twitter.com", "www.facebook.com/…"): no name of its own (the
        recogniser reads the whole address as the site's name, or a link as naming nothing). A word glued
        to the next by a lost space ("phones.mike korinek") is no address, and a site named by its own
        address ("on msnbc.com") keeps its name."""
        t, w = self.text, self.ws[k]
        if t[w.start - 1 : w.start] != ".":
            return False
        s = w.start
        while s > 0 and (t[s - 1].isalnum() or t[s - 1] in ".-"):
            s -= 1
        e = w.end
        while e < len(t) and (t[e].isalnum() or t[e] in ".-"):
            e += 1
        m = _ADDRESS_END.search(t, s, e)
        return m is not None and m.start() >= w.end and "." in t[s:e]


# rule saint-stop: the short forms of "saint" that open a place's name ("st. Louis", "ste. Genevieve"): their
# stop is no sentence's end, though the lower-caser capitalised the word after it; never a first name
# ("mt. Gox said" is a bitcoin exchange, so "mt." and "ft." stay out)
_SAINT_STOPS = frozenset(["st", "ste"])


# rule full-title-stop: the titles whose full stop is an abbreviation's, which a name goes on after ("sen.
# Rand", "lt. Gen."); a title written in full before a stop ends its sentence ("he was their leader. Enlarge
# image close", which had given the person "Enlarge")
_STOP_TITLES = frozenset([*(t.lower() for t in ABBREVIATED_TITLES), "dr", "dc", "di", "ds", "pc", "mx"])


def _joined(f: Found, k: int) -> bool:
    """Word k goes on the name before it: one space between, or a full stop and a space after an initial,
    an abbreviated title or a saint's short form ("p. bennett", "sen. Rand", "st. Louis": `saint-stop`),
    never a sentence's end ("... paul. Ryan said", "their leader. Enlarge": `full-title-stop`)."""
    prev, gap = f.ws[k - 1], f.text[f.ws[k - 1].end : f.ws[k].start]
    if gap == " ":
        return True
    return gap == ". " and (len(prev.low) == 1 or prev.low in _SAINT_STOPS or prev.low in _STOP_TITLES)


def _after_title(f: Found, k: int) -> bool:
    """Word k follows a title, which makes it a name whatever the lists hold ("mr. bloomberg", "mayor
    washington"); not a capital after a title's stop, where the lower-caser saw a sentence end ("the
    opposition leader. France said")."""
    prev = f.ws[k - 1]
    return (prev.low,) in _titles() and (f.text[prev.end] == " " or f.text[f.ws[k].start].islower())


def _surname_at(f: Found, k: int, apart: bool = False) -> int:
    """The end (word index) of a surname starting at word k, or -1: a word no ordinary English, no role,
    nationality or head word, no verb form, none opening on a digit ("francisco 49ers"), not followed by a
    head word ("trump foundation"); joined to the word before unless `apart`."""
    ws = f.ws
    if k >= len(ws) or len(ws[k].low) < 2 or "." in ws[k].low or ws[k].low[0].isdigit():
        return -1
    if not apart and not _joined(f, k):
        return -1
    low = ws[k].low
    prev = ws[k - 1].low if k > 0 else ""
    lower = (
        _lower_word(low) or _ADVERB.search(low) is not None or _past_of_word(low) or _adverb_of_word(low)
    ) and not (prev in _first_names() and _double_surname(low))
    if low in _not_surnames() or listed_form(low) or lower or (low,) in _titles() or low in _VERSUS:
        return -1  # "virginia gov. terry mcauliffe": a title is no surname; "piers morgan vs. …": no "Vs"
    if prev not in _all_first_names() and len(prev) > 1 and _listed_word(low) and not _after_title(f, k):
        return -1  # "president obama washington": a place after a name, no second part of it
    if prev in _place_first_names() and low in _STATE_WORDS:
        return -1  # "austin texas", "charlotte carolina": a city that is a first name too, then its state
    if k + 1 < len(ws) and ws[k + 1].low in _heads() and ws[k].end + 1 == ws[k + 1].start:
        return -1
    return k + 1


# rule versus-not-surname: "piers morgan vs. heather mills": the word of a contest, no surname
_VERSUS = frozenset(["vs", "versus"])

# the last parts of compound words after a name ("obama-era", "trump-like", "putin-style"), no surname
_COMPOUND_TAILS = frozenset(["era", "like", "style", "type", "free", "based", "born", "esque", "ism", "ist"])


def _double_surname(low: str) -> bool:
    """Rule double-surname: a hyphenated word whose first part is no ordinary word, no role, head word or
    listed name and whose second is no participle or compound ending ("kardashian-west", not "obama-era",
    "trump-backed"): a double surname, after a listed first name (`_surname_at`: "kim kardashian-west")."""
    parts = low.split("-")
    return (
        len(parts) == 2
        and len(parts[0]) >= 3
        and len(parts[1]) >= 3
        and not _lower_word(parts[0])
        and parts[0] not in _not_surnames()
        and not listed_form(parts[0])
        and not _listed_word(parts[0])
        and parts[1] not in _COMPOUND_TAILS
        and _PARTICIPLE.match(parts[1]) is None
    )


def _person(f: Found, i: int, titled: bool, plain: bool = False) -> bool:
    """A first name at word i, a middle initial maybe, then a surname: one person (`plain`: after a title,
    the surname may be an ordinary word, `titled-plain-surname`)."""
    ws = f.ws
    if ws[i].low not in _first_names() and not (titled and ws[i].low in _all_first_names()):
        return False  # after a title an ordinary word may be the first name ("gov. mark dayton"), not "will"
    if i + 1 < len(ws) and (ws[i].low, ws[i + 1].low) in _listed():
        return False  # "al jazeera", "abu dhabi": a listed name, no person
    if not titled and ws[i].low in f.surnames and _full_name_ends(f, ws[i].low):
        return False  # rule surname-not-first: "hillary clinton" … "handling clinton e-mails": her surname
    if i > 0 and _joined(f, i) and (ws[i - 1].low == "the" or ws[i - 1].low in _first_names()):
        return False  # "the albert edward infirmary", "donald john trumpdems": no name inside another
    k = i + 1
    if k < len(ws) and len(ws[k].low) == 1 and ws[k].dot:  # "joel p. bennett"
        k += 1
    elif k < len(ws) and ws[k].low in _first_names() and _joined(f, k) and _surname_at(f, k + 1) > 0:
        # rule middle-joined: a middle name follows the first with one space ("the narrator, evan ( ben
        # stiller )": a character, then the actor, no person "Evan Ben Stiller")
        three = titled and "-" not in ws[k + 1].low
        if f.counts[ws[k + 1].low] == 1 and not _AGED.match(f.text, ws[k + 1].end) and not three:
            # a middle name when the surname comes again ("donald john trump"), an age closes the three
            # words (rule aged-full-name: "grandmother marie carmen alvarez, 87,") or a title opens them
            # (rule titled-three-names: "president asif ali zardari", not "President Asif Ali"; no hyphened
            # word, which may be a verb: "judge richard leon green-lit the merger")
            return False  # "royal albert edward infirmary", "donald john trumpdems": where does it end?
        if _pair_apart(f, ws[k].low, ws[k + 1].low, ws[i].low) and not _pair_apart(
            f, ws[i].low, ws[k + 1].low, ""
        ):
            # rule first-not-middle: a middle name and the surname the document writes apart from the first
            # name too, and never the first name with the surname, open the name; the word before is no part
            # of it ("arizona senate primary victor john mccain" beside "john mccain"; "donald john trump"
            # beside "donald trump" keeps it, "wanda lee ann podgurski" written so each time too)
            return False
        k += 1
    particle = k + 1 < len(ws) and ws[k].low in _PARTICLES and _joined(f, k)
    if particle:
        k += 1  # "peter van eerden", "mary de la cruz" less the second particle
    end = _surname_at(f, k)
    if end < 0 and plain and ws[i].low in _first_names() and k < len(ws) and _joined(f, k):
        # rule titled-plain-surname: after a title a listed first name no ordinary word, then an ordinary
        # word that can be a surname ("gov. jerry brown", "president george bush"; not "gov. jerry said"),
        # not after a title or a kin word that takes a first name alone ("prince harry looks", "his wife
        # melania won")
        alone = i > 0 and f.ws[i - 1].low in _FIRST_NAME_ALONE
        end = k + 1 if not alone and _plain_surname(f, k) else -1
    elif end < 0 and plain and k == i + 1 and k < len(ws) and _joined(f, k) and not ws[i].dot:
        # rule titled-shown-pair: after a title a listed given name that is an ordinary word too ("jan",
        # "mark"), then an ordinary word the document shows is a surname ("gov. jan brewer" … "brewer
        # said"): the person, whom neither word alone shows
        alone = i > 0 and f.ws[i - 1].low in _FIRST_NAME_ALONE
        end = k + 1 if not alone and _plain_surname(f, k) and _shown_surname(f, k) else -1
    elif end < 0 and not titled and k == i + 1 and k < len(ws) and _joined(f, k):
        # rule shown-plain-surname: with no title, the ordinary word is the surname only when the document
        # shows it as one ("kanye west" … "west said"; not "john said", "sandy hook elementary")
        alone = i > 0 and (f.ws[i - 1].low in _FIRST_NAME_ALONE or _after_role(f, i))
        shown = _shown_surname(f, k) or (f.ws[k].low in f.shown_aux and _opens_name(f, i))  # aux-surname
        end = k + 1 if not alone and _plain_surname(f, k) and shown else -1
    if end < 0:
        return False
    if end < len(ws) and ws[end].low.startswith(("al-", "el-")) and _joined(f, end):
        end += 1  # "abdul fattah el-sissi"
    elif _surname_at(f, end) == end + 1 and ws[end].low in f.spoken():
        end += 1  # rule third-name: "sarah huckabee sanders" … "sanders added": the name goes on to it
    elif _suffix_after(f, end):
        end += 1  # rule suffix-after-third: "james alex fields jr.": the mark makes "fields" the surname
    elif _double_surname_again(f, end):
        end += 1  # rule double-surname: "andres manuel lopez obrador" … "lopez obrador will take office"
        f.doubles[ws[end - 1].low] = ws[end - 2].low
    if not titled and _opening_first_name(f, i):
        i -= 1  # rule opening-first-name: "Mark david chapman shot …" is Mark David Chapman
    parts = [w.low if w.low in _PARTICLES else cased(w.low) + "." * (len(w.low) == 1) for w in ws[i:end]]
    surname, dot = ws[end - 1].low, False
    if end < len(ws) and ws[end].low in _GENERATIONS and f.text[ws[end - 1].end : ws[end].start] == " ":
        # rule generation-suffix: "robert s. mueller iii", "jarrod tutko jr.": the mark ends the name
        dot = ws[end].dot and ws[end].low in ("jr", "sr")
        parts.append(ws[end].low.upper() if ws[end].low.startswith("i") else cased(ws[end].low) + "." * dot)
        end += 1
    f.emit(i, end, " ".join(parts), "person", dot=dot)
    f.surnames.add(surname)
    if particle and end == k + 1:
        # rule particle-surname: the particle goes with the surname where the story writes it alone ("osama
        # bin laden" … "bin laden's compound": `particle-again`, no bare "Laden")
        f.particle_names[(ws[k - 1].low, surname)] = " ".join(parts)
    return True


def _verb_s(low: str) -> bool:
    """A present-tense "-s" of a word Punkt's table saw in lower case ("pauses", "eschews"): a verb after
    a name, no second surname."""
    if len(low) < 5 or not low.endswith("s"):
        return False
    stems = [low[:-1], low[:-2]] if low.endswith("es") else [low[:-1]]
    return any(len(t) >= 4 and bool(_ortho().get(t, 0) & _SEEN_LOWER) for t in stems)


def _double_surname_again(f: Found, end: int) -> bool:
    """Rule double-surname: word `end` goes on the surname before it, a word no ordinary English the
    document writes after that surname again ("lopez obrador", "garcia marquez": two of them, both times
    joined, not the same word after each, as a headline or a caption said twice writes: "laura ingraham
    scolds trump" twice): a surname of two words."""
    ws = f.ws
    if _surname_at(f, end) != end + 1:
        return False
    low = ws[end].low
    if _listed_word(low) or low in _all_first_names() or _verb_s(low) or low in _GENERATIONS:
        return False  # "james carter iv" … "carter iv said": generation-suffix's mark, no surname
    after = [
        ws[k + 1].low if k + 1 < len(ws) and _joined(f, k + 1) and not ws[k].dot else ""
        for k in _pair_places(f).get((ws[end - 1].low, low), ())
    ]
    distinct = {a or f"#{n}" for n, a in enumerate(after)}  # a clause's end differs from any word
    return len(after) >= 2 and len(distinct) >= 2  # a headline said twice is one sentence


def _pair_places(f: Found) -> dict[tuple[str, str], list[int]]:
    """Each two joined words of the document (no stop after the first), the places of the second: read once a
    document (`double-surname` read every word again for each name: a 16,000-word page took 26 s)."""
    if f._pairs is None:
        ws, f._pairs = f.ws, {}
        for k in range(1, len(ws)):
            if _joined(f, k) and not ws[k - 1].dot:
                f._pairs.setdefault((ws[k - 1].low, ws[k].low), []).append(k)
    return f._pairs


def _opening_first_name(f: Found, i: int) -> bool:
    """Rule opening-first-name: the word before the name at word i is a listed given name that is an ordinary
    word too ("mark", "frank", "bill"), capitalised by a sentence's start and joined to it ("Mark david
    chapman shot …"): it opens the name (before: "David Chapman"); mid-sentence it may be the verb ("to mark
    david's birthday"), so only where the lower-caser gave it its capital."""
    if i == 0 or not _joined(f, i) or i - 1 in f.taken or f.ws[i - 1].dot:
        return False
    w = f.ws[i - 1]
    start = i - 1 == 0 or f.text[: w.start].rstrip().endswith((".", "!", "?", '"'))
    return w.low in _all_first_names() and f.text[w.start].isupper() and start


def _ordinary_first(low: str) -> bool:
    """An ordinary English word that is no listed given name; rule listed-ordinary-first lets a listed one
    ("don", "mark", "frank") open a name whose surname has evidence of its own (an age, a role in
    apposition, the surname said alone in the document: "don faul, a director …", "faul said")."""
    return _lower_word(low) and low not in _all_first_names()


def _suffix_after(f: Found, k: int) -> bool:
    """Rule suffix-after-third: word k, joined to the name before it and no closed-class word or initial, is
    followed by a generation's mark ("jr.", "iii"), which only ends a surname: the name goes on to word k
    ("james alex fields jr.", where "fields" is an ordinary word and "alex" a first name)."""
    ws = f.ws
    if k + 1 >= len(ws) or not (_joined(f, k) and _joined(f, k + 1)) or ws[k - 1].dot or ws[k].dot:
        return False
    mark, low = ws[k + 1], ws[k].low
    if mark.low not in _GENERATIONS or (mark.low in ("jr", "sr")) != mark.dot:
        return False
    return len(low) > 1 and low not in _CLOSED and low not in _NOT_BODY and not low[0].isdigit()


# rule aged-full-name: an age in apposition closes a person's full name ("marie carmen alvarez, 87, said")
_AGED = re.compile(r",\s+\d{1,3}\s*,")


def _pair_apart(f: Found, a: str, b: str, first: str) -> int:
    """How often the document writes the words `a` and `b` one after the other as one name ("john mccain")
    with no `first` right before them."""
    ws = f.ws
    return sum(
        1
        for j in range(len(ws) - 1)
        if ws[j].low == a
        and ws[j + 1].low == b
        and _joined(f, j + 1)
        and not (j > 0 and ws[j - 1].low == first and _joined(f, j))
    )


def _full_name_ends(f: Found, low: str) -> bool:
    """A person the document names in full so far ends on the word ("Hillary Clinton" on "clinton"; not
    "George" of "president george h.w. Bush")."""
    return any(c.kind == "person" and c.text.lower().endswith(" " + low) for c in f.out)


def _titled_name(f: Found) -> None:
    """Rule titled-name: "sen. rand paul", "gov. jerry brown" (a listed first name after a title, then any
    surname), "president obama", "mr. Ranta" (one word no ordinary English after a title)."""
    ws, titles, opening = f.ws, _titles(), _title_openings()
    for i in range(len(ws)):
        for n in range(opening.get(ws[i].low, 0), 0, -1):
            if tuple(w.low for w in ws[i : i + n]) not in titles:
                continue
            k = i + n
            if k >= len(ws) or not _joined(f, k) or _famous_at(f, k) > 1:
                break  # a famous name of two words or more after the title is famous-name's, whole
            office = " ".join(w.low for w in ws[i:k]) in _OFFICES
            if not _person(f, k, True, plain=True) and (ws[k - 1].dot or office):
                end = k  # words no ordinary English after the title: "rep. Gabrielle giffords", "mr. Ranta"
                while end < min(k + 2, len(ws)) and (end == k or _joined(f, end)):
                    if _surname_at(f, end) != end + 1:
                        break
                    end += 1
                if end == k and _honorific_surname(f, i, k):
                    end = k + 1
                elif end == k + 1 and end < len(ws) and ws[k].low not in _all_first_names():
                    # rule titled-shown-surname: an unlisted first name, then an ordinary word the story
                    # shows is a surname ("secretary of state condoleezza rice" … "rice said")
                    end += _joined(f, end) and _plain_surname(f, end) and _shown_surname(f, end)
                elif end == k + 1 and _owning_surname(f, end):
                    end += 1  # rule titled-owning-surname: "prime minister theresa may's decision"
                    if _ordinary_word_surname(ws[end - 1].low):
                        f.emit(k, end, " ".join(cased(w.low) for w in ws[k:end]), "person")
                        break  # "may" alone elsewhere is the verb: no surname for surname-again
                if end == k + 1 and _post_place(f, i, k):
                    f.emit(k, end, cased(ws[k].low), "place")
                elif end > k:
                    f.emit(k, end, " ".join(cased(w.low) for w in ws[k:end]), "person")
                    f.surnames.add(ws[end - 1].low)
            break


def _owning_surname(f: Found, k: int) -> bool:
    """Rule titled-owning-surname: word k, after a title and a listed first name, owns what follows ("prime
    minister theresa may's decision"): a possessive makes a noun of it, so it is the surname, whatever
    else the word is; not a title, role or head word ("president donald's ...")."""
    ws = f.ws
    if k >= len(ws) or not _joined(f, k) or ws[k - 1].dot or len(ws[k].low) < 3 or not ws[k].low.isalpha():
        return False
    owns = f.text[ws[k].end : ws[k].end + 2] in ("'s", "’s")
    return owns and (ws[k].low,) not in _titles() and ws[k].low not in _roles() and ws[k].low not in _heads()


def _ordinary_word_surname(low: str) -> bool:
    """A surname that is a closed-class word or a month ("may"): read whole after the title, never alone."""
    return low in _CLOSED or low in _CALENDAR


def _post_place(f: Found, i: int, k: int) -> bool:
    """Rule post-place: one word the place data lists after a title (words i..k-1) in an apposition, a
    comma before the title and its body's name of up to two words no ordinary English and a comma right
    after the word ("marzio babille, unicef representative erbil, 5 august"): the post's place, whose
    holder the words before the comma name; not a person called so."""
    ws, t = f.ws, f.text
    if ws[k].low not in _data_places() or t[ws[k].end : ws[k].end + 1] != ",":
        return False
    for j in range(i, max(i - 3, 0), -1):
        if t[ws[j - 1].end : ws[j].start] == ", ":
            return all(not _lower_word(w.low) for w in ws[j:i])
        if _lower_word(ws[j - 1].low) or not _joined(f, j):
            return False
    return False


# rule royal-name: the titles a royal's first name alone follows, as the royal's whole name, and the
# pronouns that end a name as a closed-class word does ("gave prince harry his blessing")
_ROYAL_TITLES = frozenset(["prince", "princess", "king", "queen"])
_PRONOUNS_AFTER = frozenset(["his", "her", "their", "its", "him", "them", "me", "us", "my", "our", "your"])


@lru_cache(maxsize=1)
def _famous() -> dict[tuple[str, ...], str]:
    """Rule famous-name's table (`famous_people.txt`): each name's and spelling's words in lower case ->
    the name as it is written."""
    out: dict[tuple[str, ...], str] = {}
    for line in data_lines("famous_people.txt"):
        name, *spellings = line.split("\t")
        for written in (name, *spellings):
            out[tuple(w.low for w in words(written))] = name
    return out


# first words of famous names that a sentence reads as a verb ("will smith play?", "we hope hicks will")
_FAMOUS_VERB_FIRST = frozenset(["will", "hope"])
_SUBJECT_PRONOUNS = frozenset(["i", "we", "you", "they"])
_SENTENCE_STOP = re.compile(r"[.!?]")


def _famous_misread(f: Found, i: int, n: int) -> bool:
    """The words i..i+n of a famous name read otherwise: a head word after them names a body or a place
    (`famous-in-name`: "the bill gates foundation"), or the first word is the verb it may be
    (`famous-verb-first`: "will smith play on sunday?", "we hope hicks will testify": a base verb after
    the name, or a subject before it)."""
    ws, end = f.ws, i + n
    if end < len(ws) and _joined(f, end) and ws[end].low in _heads():
        return True
    if n < 2 or ws[i].low not in _FAMOUS_VERB_FIRST:
        return False
    if i > 0 and ws[i - 1].low in _SUBJECT_PRONOUNS:
        return True
    nxt = ws[end].low if end < len(ws) and _joined(f, end) else ""
    # a base form is a listed form whose "-s" form is listed too ("testify"/"testifies"; not "says")
    if nxt in present_forms() and third_person(nxt) in present_forms():
        return True
    # a question the name opens, a plain word after it ("will smith start on sunday?"; not "will smith's")
    before = f.text[max(0, ws[i].start - 8) : ws[i].start].rstrip(" \"'“”‘’")
    opens = not before or before[-1] in ".!?"
    stop = _SENTENCE_STOP.search(f.text, ws[end - 1].end)
    plain = nxt.isalpha() and nxt not in _CLOSED and not nxt.endswith(("s", "ed"))
    return opens and plain and stop is not None and stop.group() == "?"


def _famous_at(f: Found, i: int) -> int:
    """How many words a famous name takes at word i, as famous-name reads it (0: none there); rule
    titled-famous: titled-name leaves it whole to famous-name ("justice ruth bader ginsburg", not "Ruth
    Bader": the title's first name and one surname)."""
    table, ws = _famous(), f.ws
    for n in (3, 2, 1):
        key = tuple(x.low for x in ws[i : i + n])
        if len(key) == n and key in table and all(_joined(f, k) for k in range(i + 1, i + n)):
            return 0 if _famous_misread(f, i, n) else n
    return 0


def _famous_name(f: Found) -> None:
    """Rule famous-name: a name of `famous_people.txt` written whole ("bill clinton", "kanye west",
    "eminem", "kim jong il"), the longest first, not where its words read otherwise (`_famous_misread`);
    its last word then a surname the story may write alone (surname-again)."""
    table, ws = _famous(), f.ws
    firsts = {k[0] for k in table}
    for i, w in enumerate(ws):
        if w.low not in firsts or i in f.taken:
            continue
        for n in (3, 2, 1):
            key = tuple(x.low for x in ws[i : i + n])
            if len(key) == n and key in table and all(_joined(f, k) for k in range(i + 1, i + n)):
                if _famous_misread(f, i, n):
                    break
                f.emit(i, i + n, table[key], "person")
                if n > 1:
                    f.surnames.add(key[-1])
                break


def _royal_name(f: Found) -> None:
    """Rule royal-name: a royal title, then a listed first name that nothing goes on ("prince harry his
    blessing", "prince william and harry's", "queen elizabeth said"): that person, named by the first name
    as news names a royal; not a place's or a body's name ("prince george's county", "queen elizabeth
    hospital", "prince edward island": a head word after it), nor a first name a word may go on ("king
    james bible", "queen mary 2"), nor after "the" or a ship's word (`royal-thing`: "the queen mary
    arrived", "the ocean liner queen mary": a ship)."""
    ws = f.ws
    for i in range(len(ws) - 1):
        k = i + 1
        if ws[i].low not in _ROYAL_TITLES or ws[k].low not in _first_names() or not _joined(f, k):
            continue
        if i > 0 and ws[i - 1].low in _THING_BEFORE_ROYAL:
            continue
        if k + 1 < len(ws) and ws[k + 1].low in _heads():
            continue  # "prince george's county": no space between, the possessive
        ends = _nothing_after(f, k) or (k + 1 < len(ws) and ws[k + 1].low in _PRONOUNS_AFTER)
        if ends and not f.text[ws[k].end : ws[k].end + 2].strip(" ").startswith(tuple("0123456789")):
            f.emit(k, k + 1, cased(ws[k].low), "person")


_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx"])
# idioms of an honorific and an adjective or noun, no one's surname ("still waiting for mr. right",
# "playing mr. nice guy", review36 S5)
_HONORIFIC_IDIOMS = frozenset(["right", "wrong", "nice", "perfect", "clean", "cool", "tough", "big", "fixit"])


# titles and kin words a first name alone follows ("prince harry", "queen elizabeth", "his wife melania")
_FIRST_NAME_ALONE = frozenset(
    [
        *("prince", "princess", "king", "queen", "pope", "duke", "duchess", "lord", "lady", "sir", "dame"),
        *("saint", "emperor", "empress", "sister", "brother", "father", "mother", "wife", "husband", "son"),
        *("daughter", "uncle", "aunt", "cousin", "nephew", "niece", "widow", "fiance", "fiancee", "baby"),
    ]
)
# past forms no verb list holds that follow a name as its verb ("melania won", "charles took")
_IRREGULAR_PAST = frozenset(
    [
        *("won", "took", "made", "gave", "went", "came", "got", "left", "met", "ran", "saw", "sent", "kept"),
        *("held", "brought", "bought", "thought", "found", "lost", "paid", "led", "fell", "felt", "began"),
        *("became", "spent", "stood", "sat", "wore", "chose", "drove", "flew", "grew", "knew", "threw"),
        *("broke", "spoke", "woke", "rode", "rose", "hid", "hit", "put", "set", "cut", "let", "shut"),
    ]
)


def _plain_surname(f: Found, k: int) -> bool:
    """Word k can be a surname though it is an ordinary word ("brown", "rice", "bush"): no closed-class
    word, verb form, participle or adverb, no role, title or head word, no day or month, no idiom's word,
    and no other surname right after it."""
    low = f.ws[k].low
    return (
        len(low) >= 3
        and low not in _CLOSED
        and low not in _NOT_BODY
        and not listed_form(low)
        and _PARTICIPLE.match(low) is None
        and _ADVERB.search(low) is None
        and low not in _not_surnames()
        and (low,) not in _titles()
        and low not in _CALENDAR
        and low not in _SAID
        and low not in _HONORIFIC_IDIOMS
        and low not in _IRREGULAR_PAST
        and _surname_at(f, k + 1) < 0
    )


# the verbs of saying after a person's surname alone ("rice said"); no auxiliary: "the mansion was", "bolt is"
_SURNAME_FRAME = frozenset(["said", "says", "told", "added", "wrote", "writes"])
_WHO = re.compile(r", (?:who|whose)\b")


def _aux_words(f: Found) -> set[str]:
    """Rule aux-surname: the words a document writes opening a sentence or a clause, alone, before an
    auxiliary (". Stone was", ", stone has"): a surname's place, but a thing's too ("Bolt is", a car), so
    it is evidence only after a listed first name that is no ordinary word and opens the name ("roger
    stone", `_person`, `_opens_name`), never after an unlisted one ("usain bolt") as a verb of saying is
    (`_shown_words`)."""
    ws, out = f.ws, set()
    for j in range(len(ws) - 1):
        if ws[j + 1].low in _AUXILIARIES and _joined(f, j + 1) and not (j > 0 and _joined(f, j)):
            out.add(ws[j].low)
    return out


def _opens_name(f: Found, i: int) -> bool:
    """Rule aux-surname: word i opens a name, no word before it that no ordinary English is ("jim santi
    owen furniture", a credit's name; "san diego mansion")."""
    return not (i > 0 and _joined(f, i) and not _lower_word(f.ws[i - 1].low))


def _shown_words(f: Found) -> set[str]:
    """Rule shown-plain-surname: the words a document writes alone as only a person's surname is written:
    after an honorific ("ms. Rice"), before "'s" and a word for a person's own people ("and brown's
    family", `kin-possessive`), or opening its clause (a sentence's start, a comma or a quote before
    it) before a verb of saying or ", who" ("… . Rice said", ", rice, who …"); not after any word ("the west
    said", "a toy gun said", "huffington post said", "kanye west said": the pair is no proof, as "john said"
    is no name)."""
    ws, out = f.ws, set()
    for j, w in enumerate(ws):
        prev = ws[j - 1].low if j > 0 and _joined(f, j) else ""
        if prev in _HONORIFICS or (f.text[w.end : w.end + 1] in ("'", "’") and _kin_possessive(f, j, prev)):
            out.add(w.low)
            continue
        framed = j + 1 < len(ws) and ws[j + 1].low in _SURNAME_FRAME and _joined(f, j + 1)
        if not (framed or _WHO.match(f.text, w.end)):
            continue
        if not prev:
            out.add(w.low)
    return out


# rule kin-possessive: the people only a person has ("brown's family", "rice's lawyer")
_KIN = frozenset(
    [
        *("family", "mother", "father", "parents", "wife", "husband", "son", "daughter", "brother", "sister"),
        *("widow", "lawyer", "attorney", "attorneys", "lawyers", "relatives", "children"),
    ]
)
_OWNER_BEFORE = frozenset(
    ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"]
)


def _kin_possessive(f: Found, j: int, prev: str) -> bool:
    """Rule kin-possessive: word j written with "'s" before a word for a person's own people ("and brown's
    family", "rice's lawyer"), no article or owner before it ("the nation's mother"): a surname's place,
    as a verb of saying after it is."""
    ws, t, end = f.ws, f.text, f.ws[j].end
    if t[end : end + 3] not in ("'s ", "’s ") or j + 1 >= len(ws) or ws[j + 1].start != end + 3:
        return False
    return ws[j + 1].low in _KIN and prev not in _OWNER_BEFORE


def _after_role(f: Found, i: int) -> bool:
    """Rule shown-plain-surname does not read a name after a role word ("district spokesman tom young"), as
    titled-plain-surname does not: a new person there became a later pronoun's speaker across a sentence
    (test_fixpron_caseless_another_sentence_between_still_breaks_the_chain)."""
    return i > 0 and _joined(f, i) and _role_word(f, i - 1)


def _shown_surname(f: Found, k: int) -> bool:
    """Rule shown-plain-surname: word k, an ordinary word after a first name, is a surname some document of
    the story writes alone as a person's (`_shown_words`, read for the whole story: `Found.shown`)."""
    return f.ws[k].low in f.shown


def _honorific_surname(f: Found, i: int, k: int) -> bool:
    """Rule honorific-surname: "ms. Baker", "mr. King", "ms. Rice": after "mr.", "mrs." or "ms." one word
    is a surname even when it is an ordinary word, as nothing else follows an honorific; not an idiom
    ("mr. right", `_HONORIFIC_IDIOMS`), a closed-class word, a verb form, a role, title or head word, a
    day or a month, nor a word before another surname."""
    return f.ws[i].low in _HONORIFICS and _plain_surname(f, k)


def _first_and_surname(f: Found) -> None:
    """Rule first-and-surname: "lindsay lohan", "joel p. bennett": a listed first name no ordinary word,
    then a surname no ordinary word."""
    for i in range(len(f.ws)):
        if i not in f.taken and not _person(f, i, False) and not _ordinary_first_spoken(f, i):
            _unlisted_first(f, i)


# rule ordinary-first-spoken: words before a given name that is an ordinary word ("bob", "mark", "drew")
# that make it the word, not a name ("to mark", "will", "she drew", "the bill")
_NOT_BEFORE_ORDINARY_FIRST = frozenset(
    [
        *("to", "will", "would", "can", "could", "should", "may", "might", "must", "did", "didn't", "not"),
        *("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"),
        *("your", "i", "we", "you", "they", "he", "she", "it", "also", "never", "who", "which", "and"),
    ]
)


def _ordinary_first_spoken(f: Found, i: int) -> bool:
    """Rule ordinary-first-spoken: a listed given name that is an ordinary word too ("bob woodward", "mark
    geragos"), then a surname no ordinary English the story writes alone before a verb of saying
    ("woodward said": `Found.story_spoken`): the person, emitted; not after a word that makes the first
    one a verb or a noun (`_NOT_BEFORE_ORDINARY_FIRST`), nor after another given name."""
    ws = f.ws
    low = ws[i].low
    if low not in _all_first_names() or low in _first_names() or i + 1 >= len(ws):
        return False
    if _surname_at(f, i + 1) != i + 2 or ws[i + 1].low not in f.story_spoken or ws[i].dot:
        return False
    if (i + 1) in f.taken or (i + 2 < len(ws) and _joined(f, i + 2) and _surname_at(f, i + 2) > 0):
        return False  # "bob woodward smith": where does it end?
    if i > 0 and _joined(f, i) and not ws[i - 1].dot:
        before = ws[i - 1].low
        according = before == "to" and i > 1 and ws[i - 2].low == "according"  # "according to bob woodward"
        blocked = before in _NOT_BEFORE_ORDINARY_FIRST and not according
        if blocked or before in _all_first_names() or not _lower_word(before):
            return False
    f.emit(i, i + 2, f"{cased(low)} {cased(ws[i + 1].low)}", "person")
    f.surnames.add(ws[i + 1].low)
    return True


def _unlisted_first(f: Found, i: int) -> None:
    """Rule shown-plain-surname for a first name the lists lack: word i no ordinary English, no listed or
    head word, title, day or month, opening its name, then an ordinary word the document shows is a surname
    (`_shown_surname`: "condoleezza rice" … "ms. Rice said")."""
    ws, k = f.ws, i + 1
    first = ws[i].low
    if k >= len(ws) or k in f.taken or not _joined(f, k) or first in _all_first_names():
        return
    if _lower_word(first) or listed_form(first) or first in _not_surnames() or _listed_word(first):
        return
    if _place_demonym(first) or first in _CALENDAR or (first,) in _titles() or len(first) < 3 or "." in first:
        return
    before = ws[i - 1].low if i > 0 and _joined(f, i) else ""
    if before in _CLOSED or before in ("the", "a", "an") or (before and not _lower_word(before)):
        return  # "the chevrolet bolt", "huffington post": a thing's name, or inside a longer name
    if (first, ws[k].low) in _listed() or before in _FIRST_NAME_ALONE or "-" in first or _after_role(f, i):
        return
    if any(_lower_word(w) for w in _singulars(first)):
        return  # "preachers graham", "battleground states": a plural noun, no first name
    if ordinary(ws[k].low) and _plain_surname(f, k) and _shown_surname(f, k):
        f.emit(i, k + 1, f"{cased(first)} {cased(ws[k].low)}", "person")
        f.surnames.add(ws[k].low)


# rule kin-name: the kin or friend a person is named as, right before the given name ("his wife, jane,")
_KIN_NOUNS = frozenset(
    [
        *("wife", "husband", "son", "daughter", "brother", "sister", "mother", "father", "stepson"),
        *("stepdaughter", "grandson", "granddaughter", "niece", "nephew", "widow", "widower", "friend"),
        *("fiance", "fiancé", "fiancee", "fiancée", "boyfriend", "girlfriend"),
    ]
)


def _kin_name(f: Found) -> None:
    """Rule kin-name: a kin noun or "friend" (`_KIN_NOUNS`), a comma or not, then a listed first name no
    ordinary word, the name ending there ("his wife, jane,", "her husband mike and", "son isaac, age 6"): a
    person, who the lists and the story's case cannot show otherwise; with the word after it when that is no
    ordinary English, no listed word, no head and no first name, and the name ends after it (a surname: "his
    wife, diana loesch,"). Where an ordinary word follows ("jeremy seaman", "father jim wrote") or more name
    does ("kate scott turner", "fatima al himidi"), the other rules read it. Not after "named", which animals
    and ships take too ("a chimpanzee named tommy")."""
    ws, first_names = f.ws, _first_names()
    for i in range(1, len(ws)):
        if i in f.taken or ws[i].low not in first_names or ws[i - 1].low not in _KIN_NOUNS:
            continue
        if f.text[ws[i - 1].end : ws[i].start] not in (" ", ", ") or ws[i - 1].dot:
            continue
        end = i + 1
        if _kin_goes_on(f, end) and not ordinary(ws[end].low) and ws[end].low not in _all_first_names():
            if ws[end].low in _not_surnames() or _listed_word(ws[end].low) or "." in ws[end].low:
                continue
            end += 1  # a surname: "diana loesch"
        if _kin_goes_on(f, end):
            continue  # an ordinary word or more name after it: the other rules' to read
        f.emit(i, end, " ".join(cased(w.low) for w in ws[i:end]), "person")
        if end - i == 2:
            f.surnames.add(ws[end - 1].low)


def _kin_goes_on(f: Found, k: int) -> bool:
    """Rule kin-name: word k goes on the name before it: joined to it, no stop before it, and no closed-class
    word ("and", "who", "to")."""
    return k < len(f.ws) and _joined(f, k) and not f.ws[k - 1].dot and f.ws[k].low not in _CLOSED


# listed places that are given names too, which the first-name lists leave out so that the place is found
# alone ("flights to paris"); before a surname they are half a name ("paris hilton", "israel folau",
# "savannah guthrie", "orlando bloom", "brooklyn beckham")
_PLACE_GIVEN_NAMES = frozenset(
    [
        *("paris", "sydney", "israel", "india", "georgia", "savannah", "brooklyn", "orlando", "santiago"),
        # rule more-given-places (session 57): "bristol palin", "chelsea manning", "jordan peele", "chad
        # johnson", "victoria beckham", "madison keys"
        *("bristol", "chelsea", "jordan", "chad", "victoria", "madison", "charlotte", "florence", "austin"),
        *("dallas", "lincoln", "regina", "eugene", "helena", "aurora", "camden", "phoenix"),
    ]
)


# words before a place rather than a person's name ("the paris shootings", "fled to india", "north georgia")
_BEFORE_PLACE = frozenset(
    [
        *("the", "a", "an", "in", "to", "from", "at", "near", "outside", "into", "of", "across", "north"),
        *("south", "east", "west", "central", "northern", "southern", "eastern", "western", "downtown"),
    ]
)


def _singulars(low: str) -> list[str]:
    """What a word may be the plural of: "shootings" -> "shooting", "emergencies" -> "emergency"."""
    out = [low[:-1]] if low.endswith("s") else []
    out += [low[:-2]] if low.endswith("es") else []
    return out + ([low[:-3] + "y"] if low.endswith("ies") else [])


def _half_name(f: Found, i: int) -> bool:
    """Word i is a place that is a given name too, before a word that could be a surname ("paris hilton",
    "sydney smith"): not before a listed place (`_surname_at`: "paris france"), a day, a month, a plural
    or a contraction ("sydney monday", "paris shootings", "paris isn't"), nor after an article, a
    preposition or a compass word ("the paris observatory", "fled to india dalai lama", "north georgia")."""
    ws = f.ws
    if ws[i].low not in _PLACE_GIVEN_NAMES or _surname_at(f, i + 1) < 0:
        return False
    nxt = ws[i + 1].low
    plural = any(_lower_word(w) for w in _singulars(nxt))
    before = ws[i - 1].low if i > 0 and _joined(f, i) else ""
    return (
        nxt not in _CALENDAR
        and not plural
        and "'" not in nxt
        and "’" not in nxt
        and before not in _BEFORE_PLACE
    )


def _listed_name(f: Found) -> None:
    """Rule listed-name: the longest listed place or organisation at each word ("los angeles", "cnn"); not
    a place that is a given name too before a surname, half a person's name (`_half_name`: "paris hilton"
    gives nothing, rather than the place Paris)."""
    ws, listed, opening = f.ws, _listed(), _listed_openings()
    i = 0
    while i < len(ws):
        longest = max(opening.get(ws[i].low, 0), opening.get(_owned_low(f, i), 0))
        for n in range(min(longest, len(ws) - i), 0, -1):
            k = tuple(w.low + ("." if w.dot and "." not in w.low and n == 1 else "") for w in ws[i : i + n])
            name = listed.get(k) or listed.get(tuple(w.low for w in ws[i : i + n])) or _owned_listed(f, i, n)
            if name and all(_joined(f, j + 1) for j in range(i, i + n - 1)):
                kind = gazetteer().kind_of(tuple(name.split()))
                paper = _city_paper(f, i + n) if kind == "place" else 0
                if _ship_name(f, i) or _peerage(f, i) or (kind == "place" and _pageant_title(f, i)):
                    i += (
                        n - 1
                    )  # "uss wisconsin": a ship's name, no place; "duke of cambridge", "miss usa": a title
                elif paper:
                    f.emit(
                        i,
                        i + n + paper,
                        " ".join([name, *_listed()[_ws_key(f, i + n, paper)].split()]),
                        "organization",
                    )
                    i += n + paper - 1
                elif name in MAKERS and MODEL_AFTER.match(f.text, ws[i + n - 1].end):
                    i += n - 1  # rule maker-model: "a boeing 737 aircraft", the product, no body there
                elif kind == "place" and _currency_at(f, i + n):
                    i += n - 1  # rule currency-place: "600,000 new zealand dollars", the money, no place
                elif kind == "place" and n == 1 and _initials_before(f, i):
                    pass  # rule after-initials: "his spokesman, r.c. hammond", "george h.w. bush": a surname
                elif kind and not (n == 1 and (_half_name(f, i) or _generic_body_word(f, i) or _care(f, i))):
                    owned = name.endswith("'s") and _owned_low(f, i + n - 1) != ws[i + n - 1].low
                    f.emit(i, i + n, name, kind, tail=2 * owned)
                    i += n - 1
                break
        else:
            if not _hyphened_listed(f, i):
                _listed_compound(f, i)
        i += 1


_INITIALS = re.compile(r"(?:[a-z]\.){2,}")
# rule after-initials: abbreviations of two letters or more that are no person's initials
_NOT_INITIALS = frozenset(["a.m.", "p.m.", "e.g.", "i.e.", "a.k.a.", "u.s.a.", "et.al."])


def _initials_before(f: Found, i: int) -> bool:
    """Rule after-initials: word i right after a person's initials ("r.c.", "h.w."; no listed name as
    "u.s." or "d.c."), one space between."""
    if i == 0 or f.text[f.ws[i - 1].end : f.ws[i].start] != " ":
        return False
    low = f.ws[i - 1].low
    return _INITIALS.fullmatch(low) is not None and (low,) not in _listed() and low not in _NOT_INITIALS


def _owned_low(f: Found, k: int) -> str:
    """Rule possessive-listed: word k with the "'s" `words` cut off it, where the text writes one
    ("mcdonald's", "moody's"), else its lower form: a listed name that ends in or holds a possessive
    ("McDonald's", "People's Daily") is looked up as written, a curly mark as the lists' straight one."""
    w = f.ws[k]
    return w.low + "'s" if f.text[w.end : w.end + 2] in ("'s", "’s") else w.low


def _owned_listed(f: Found, i: int, n: int) -> str | None:
    """Rule possessive-listed: the listed name words i..i+n-1 spell with their possessives kept, or None
    (no word of them written with one: most runs)."""
    key = tuple(_owned_low(f, k) for k in range(i, i + n))
    return _listed().get(key) if key != _ws_key(f, i, n) else None


def _currency_at(f: Found, k: int) -> bool:
    """Rule currency-place: word k, joined to the name before it, is a currency's name ("dollars")."""
    return k < len(f.ws) and f.ws[k].low in CURRENCIES and _joined(f, k)


def _ws_key(f: Found, i: int, n: int) -> tuple[str, ...]:
    """Words i..i+n-1 as a key of the hand lists."""
    return tuple(w.low for w in f.ws[i : i + n])


def _listed_place(f: Found, s: int, k: int) -> bool:
    """Words s..k-1 are a listed name, and the name is a place's."""
    name = _listed().get(_ws_key(f, s, k - s))
    return name is not None and gazetteer().kind_of(tuple(name.split())) == "place"


def _city_paper(f: Found, i: int) -> int:
    """Rule city-paper: the number of words of a listed paper named "daily" something ("daily news", "daily
    telegraph") at word i, joined to the listed place before it, which names that city's paper ("the
    philadelphia daily news", "the new york daily news"), or 0."""
    if i >= len(f.ws) or f.ws[i].low != "daily" or not _joined(f, i) or f.ws[i - 1].dot:
        return 0
    if i + 1 < len(f.ws) and _joined(f, i + 1) and not f.ws[i].dot:
        name = _listed().get(_ws_key(f, i, 2))
        if name and gazetteer().kind_of(tuple(name.split())) == "organization":
            return 2
    return 0


# rule tender-care: words before "tlc" that make it tender loving care, no network ("getting some tlc")
_CARE_BEFORE = frozenset(["some", "little", "of", "needs", "need", "needed", "extra", "more", "and"])


def _care(f: Found, i: int) -> bool:
    """Rule tender-care: "tlc" after a word of quantity or need ("some tlc", "a lot of tlc") is tender
    loving care, not the network TLC."""
    return f.ws[i].low == "tlc" and i > 0 and _joined(f, i) and f.ws[i - 1].low in _CARE_BEFORE


def _based_place(f: Found) -> None:
    """Rule based-place: a listed place before "-based" ("a utah-based company", "a new york-based firm",
    "china-based"): the place, whatever its words (the suffix says a place; the word regex reads the
    hyphened word as one, so listed-name never sees the place alone); up to two words before the hyphened
    one, none taken."""
    ws, listed = f.ws, _listed()
    for i, w in enumerate(ws):
        if not w.low.endswith("-based") or len(w.low) <= 6 or i in f.taken:
            continue
        stem = tuple(w.low[:-6].split("-"))
        for n in (2, 1, 0):
            if i - n < 0 or any(j in f.taken or not _joined(f, j + 1) for j in range(i - n, i)):
                continue
            name = listed.get(tuple(x.low for x in ws[i - n : i]) + stem)
            if name and gazetteer().kind_of(tuple(name.split())) == "place":
                s = ws[i - n].start
                f.out.append(Candidate(s, w.end - 6, name, "place", rule=f"caseless-{f.rule}"))
                f.taken.update(range(i - n, i + 1))
                break


# rule ordinary-place: listed countries cased English writes in lower case too (`_seen_lower`, so listed-name
# leaves them), with the words for their people that are the rule's story-wide evidence
_ORDINARY_PLACES = {
    "china": ("China", ("chinese",)),
    "turkey": ("Turkey", ("turkish", "turks")),
    "guinea": ("Guinea", ("guinean", "guineans")),
}
# before the word: the ordinary word's determiners and modifiers ("a turkey", "the guinea worm", "bone china")
_ORDINARY_BEFORE = frozenset(
    [
        *("a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my"),
        *("your", "some", "no", "every", "each", "fine", "bone", "wild", "roast", "roasted", "whole", "cold"),
    ]
)
# after it: nouns the ordinary word names a kind of ("guinea pig", "china cabinet", "turkey dinner")
_ORDINARY_AFTER = frozenset(
    [
        *("pig", "pigs", "worm", "worms", "fowl", "hen", "hens", "shop", "cabinet", "cabinets", "plate"),
        *("plates", "doll", "dolls", "set", "dinner", "dinners", "day", "breast", "leg", "legs", "sandwich"),
        *("farm", "farms", "farmer", "farmers", "hunt", "hunting", "vulture", "vultures", "fryer", "fryers"),
        *("bacon", "burger", "burgers", "trot", "pardon", "pardoning", "feathers", "baster", "shoot", "call"),
    ]
)
# a place's prepositions and verbs of travel before it ("a trip to china.", "visiting turkey,")
_ORDINARY_CUE_BEFORE = frozenset(
    [
        *("in", "to", "from", "with", "across", "into", "throughout", "toward", "towards", "near", "against"),
        *("by", "visiting", "visit", "visited", "northern", "southern", "eastern", "western", "central"),
        *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
    ]
)


def _ordinary_place(f: Found) -> None:
    """Rule ordinary-place: "china", "turkey", "guinea" (`_ORDINARY_PLACES`) as the place, with evidence:
    `ordinary-place-demonym` (the story writes their people: "chinese"), `ordinary-place-cue` (a place's
    preposition or a compass word before it, and the name ends there: a stop, a mark or a closed-class word
    after it: "a trip to china.", "in turkey and"), `ordinary-place-possessive` ("dubbed china's"); never
    after a determiner or a modifier of the ordinary word (`_ORDINARY_BEFORE`: "a turkey", "bone china")
    nor before a noun it names a kind of (`_ORDINARY_AFTER`: "guinea pig", "turkey dinner")."""
    ws, t = f.ws, f.text
    for i, w in enumerate(ws):
        if w.low not in _ORDINARY_PLACES or i in f.taken:
            continue
        before = ws[i - 1].low if i and _joined(f, i) else None
        after = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not w.dot else None
        if before in _ORDINARY_BEFORE or after in _ORDINARY_AFTER:
            continue
        possessive = t.startswith(("'s", "’s"), w.end)
        cue = before in _ORDINARY_CUE_BEFORE and (after is None or after in _CLOSED)
        if w.low in f.demonym_places or cue or possessive:
            f.emit(i, i + 1, _ORDINARY_PLACES[w.low][0], "place")


def _hyphened_listed(f: Found, i: int) -> bool:
    """Rule hyphened-listed: one word whose hyphened parts are a listed name of as many words ("al-jazeera"
    for "Al Jazeera", "al-arabiya"): the word regex reads the hyphened word as one, and the lists give the
    name the way cased English most often writes it, with a space."""
    w = f.ws[i]
    parts = tuple(w.low.split("-"))
    name = _listed().get(parts) if len(parts) >= 2 else None
    kind = gazetteer().kind_of(tuple(name.split())) if name else None
    if kind and i not in f.taken:
        f.out.append(Candidate(w.start, w.end, name, kind, rule="caseless-hyphened-listed"))
        f.taken.add(i)
        return True
    return False


# rule ship-name: the prefixes of a ship's name ("uss wisconsin", "hms belfast"): the listed place after one
# names the ship, not the place (entities39's read)
_SHIP_PREFIXES = frozenset(["uss", "usns", "hms", "hmas", "hmcs", "rms", "mv"])
# rule royal-thing (review44): words before a royal title and a first name that make the two a thing's name
# ("the queen mary", "liner queen mary", "rms queen mary": a ship), no person
_THING_BEFORE_ROYAL = frozenset(
    ["the", "liner", "ship", "vessel", "steamer", "steamship", "yacht", *_SHIP_PREFIXES]
)


# rule peerage: the titles "of" and a place follow, which name a person, not the place
_PEERAGES = frozenset(
    ["duke", "duchess", "earl", "countess", "marquess", "marquis", "baron", "baroness", "prince", "princess"]
)


def _peerage(f: Found, i: int) -> bool:
    """Rule peerage: a listed place at word i after a peer's title and "of" ("the duke of cambridge", "the
    prince of wales"): the title's, no place; the person goes unnamed rather than named as the place."""
    return i >= 2 and f.ws[i - 1].low == "of" and f.ws[i - 2].low in _PEERAGES and _joined(f, i - 1)


# rule pageant-title: the words before the verb "miss" ("will miss america", "i miss france", "don't miss
# italy"), which the title "miss" never follows
_MISS_VERB_BEFORE = frozenset(
    [
        *("to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does"),
        *("i", "we", "you", "they", "he", "she", "it", "who", "not", "never", "also", "still", "really"),
    ]
)


def _pageant_title(f: Found, i: int) -> bool:
    """Rule pageant-title: a listed place at word i after the title "miss" ("the 2013 miss usa pageant",
    "former miss belgium claudia …"): a pageant's title, no place; not after the verb ("will miss
    america", `_MISS_VERB_BEFORE`, or a word in "n't")."""
    if i < 1 or f.ws[i - 1].low != "miss" or not _joined(f, i):
        return False
    before = f.ws[i - 2].low if i >= 2 and _joined(f, i - 1) and not f.ws[i - 2].dot else ""
    return before not in _MISS_VERB_BEFORE and not before.endswith(("n't", "n’t"))


def _ship_name(f: Found, i: int) -> bool:
    """Rule ship-name: word i follows one of `_SHIP_PREFIXES`, joined to it."""
    return i > 0 and f.ws[i - 1].low in _SHIP_PREFIXES and _joined(f, i)


def _generic_body_word(f: Found, i: int) -> bool:
    """Rule body-word: one of `_BODY_WORDS` after a word that makes it some other meeting or body ("a
    party congress", "its politburo"), or inside a longer name the lists lack ("the world santa claus
    congress", "congress party"): no listed body."""
    w = f.ws[i]
    if w.low not in _BODY_WORDS:
        return False
    before = f.ws[i - 1].low if i > 0 and _joined(f, i) else ""
    after = f.ws[i + 1].low if i + 1 < len(f.ws) and _joined(f, i + 1) else ""
    # a name word before it ("the world santa claus congress", "the world uyghur congress") makes it the
    # head of a longer name, no listed body; an ordinal's letters ("105th congress") do not
    named = bool(before) and not _lower_word(before) and before not in ("st", "nd", "rd", "th")
    return before in _NOT_BEFORE_BODY_WORD or named or after == "party"


# the participles a compound makes of a body or a place that holds, leads or backs something
# ("taliban-held", "kremlin-backed", "nato-led", "state-run")
_HOLDER_TAILS = frozenset(
    ["held", "led", "backed", "run", "controlled", "owned", "funded", "allied", "linked"]
)


def _listed_compound(f: Found, i: int) -> None:
    """Rule listed-compound: a listed name one word long glued by a hyphen to a participle of holding
    ("taliban-held", "kremlin-backed"): the name before the hyphen is the body or place (the word
    regex reads the compound as one word, so `listed-name` never saw it)."""
    w = f.ws[i]
    head, _, tail = w.low.partition("-")
    name = _listed().get((head,))
    kind = gazetteer().kind_of(tuple(name.split())) if name and tail in _HOLDER_TAILS else None
    if kind and i not in f.taken:
        f.out.append(Candidate(w.start, w.start + len(head), name, kind, rule="caseless-listed-compound"))
        f.taken.add(i)


@lru_cache(maxsize=1)
def _state_abbreviations() -> dict[str, str]:
    """AP-style state abbreviations in lower case, without their last stop ("calif", "n.y") -> as written."""
    return {a.lower().rstrip("."): a.rstrip(".") + "." for a in STATE_ABBREV}


@lru_cache(maxsize=1)
def _data_places() -> frozenset[str]:
    """One-word places the data packages list (`namedata`), lower-cased: no ordinary word, no first name."""
    return (
        frozenset(k[0].lower() for k in data_places() if len(k) == 1 and not _lower_word(k[0].lower()))
        - _all_first_names()
    )


_PLACE_BEFORE = frozenset(["in", "near", "outside"])  # not "from": "from humble beginnings", "from sim"


# rule region-abbreviation: the AP abbreviations of US states, lower-cased without their last stop, as
# town-of-region reads them ("flint, mich.", "reading, pa."): the state they stand for
_AP_STATES = {
    **{"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado"},
    **{"conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois"},
    **{"ind": "indiana", "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana"},
    **{"md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota"},
    **{"miss": "mississippi", "mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada"},
    **{"okla": "oklahoma", "ore": "oregon", "pa": "pennsylvania", "tenn": "tennessee", "vt": "vermont"},
    **{"va": "virginia", "wash": "washington", "wis": "wisconsin", "wyo": "wyoming", "n.h": "new hampshire"},
    **{"n.j": "new jersey", "n.m": "new mexico", "n.y": "new york", "n.c": "north carolina"},
    **{"n.d": "north dakota", "r.i": "rhode island", "s.c": "south carolina", "s.d": "south dakota"},
    **{"w.va": "west virginia"},
}


def _region_at(f: Found, r: int) -> str:
    """The lower-cased country, US state or British nation the one to three words from word r name, joined
    and ending the phrase (a stop or a comma after them, or the text's end: no "texas department …"), or
    ""."""
    ws = f.ws
    w = ws[r]
    if (w.dot or w.low.endswith(".")) and w.low.rstrip(".") in _AP_STATES:
        return _AP_STATES[w.low.rstrip(".")]  # rule region-abbreviation: "mich.", "n.y." (its stop in it)
    for n in (3, 2, 1):
        e = r + n
        if e > len(ws) or not all(_joined(f, k) for k in range(r + 1, e)):
            continue
        if any(w.dot for w in ws[r : e - 1]):
            continue
        name = " ".join(w.low for w in ws[r:e])
        if name not in _regions():
            continue
        after = f.text[ws[e - 1].end : ws[e - 1].end + 1]
        return name if ws[e - 1].dot or after in ("", ",", ";", ")", ".") else ""
    return ""


@lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Every region `city_regions` names."""
    return frozenset(r for regions in city_regions().values() for r in regions)


def _town_of_region(f: Found) -> None:
    """Rule town-of-region: one to three words, a comma, then the country, US state or British nation that
    GeoNames puts that city in ("austin, texas", "palo alto, california", "flint, michigan", "leeds,
    england"): the town is a place, an ordinary word or a first name though it is, as the pair is the
    evidence; none inside a longer name (an unlisted word no ordinary English joined before it). The
    region is listed-name's."""
    ws = f.ws
    for r in range(1, len(ws)):
        if f.text[ws[r - 1].end : ws[r].start] != ", " or ws[r - 1].dot:
            continue
        region = _region_at(f, r)
        if not region:
            continue
        for n in (3, 2, 1):
            s = r - n
            if s < 0 or any(k in f.taken for k in range(s, r)):
                continue
            if not all(_joined(f, k) for k in range(s + 1, r)):
                continue
            if region not in city_regions().get(tuple(w.low for w in ws[s:r]), ()):
                continue
            if ws[s].low in _CLOSED or (s > 0 and _joined(f, s) and not _lower_word(ws[s - 1].low)):
                break  # "the dominican, …", "jose luis austin, texas": no town's name read from there
            if r - s == 1 and ws[s].low in _all_first_names() and ws[s].low not in _place_first_names():
                break  # rule given-name-town: "warren, mich." the entity pass reads as a person: none
            f.emit(s, r, " ".join(cased(w.low) for w in ws[s:r]), "place")
            if r - s == 1 and not _lower_word(ws[s].low):
                f.cue_places.add(ws[s].low)  # as place-after-in's: place-again reads it alone elsewhere
            abbreviation = ws[r].low.rstrip(".")
            if abbreviation in _AP_STATES and r not in f.taken:  # town-and-state stops at an ordinary town
                dotted = ws[r].low.endswith(".")
                f.emit(r, r + 1, _state_abbreviations().get(abbreviation, ""), "place", dot=not dotted)
            break


def _town_and_state(f: Found) -> None:
    """Rule town-and-state: "indio, calif.", "woodbury, n.y.": a state's AP abbreviation after a comma (its
    dotted initials one word with their stop, `dotted-state`: "columbia, s.c.") is
    a place, and so is the word no ordinary English right before the comma (the town). Rule place-after-in:
    "in evanston", "near peekskill": one word the place data lists (`namedata`) after "in", "near",
    or "outside" is a place. The towns before a state go first, so "in palo alto, calif." is one town
    (`two-word-town`), not "Palo" after "in" and "Alto" before the state."""
    ws, states = f.ws, _state_abbreviations()
    for i, w in enumerate(ws):
        dotted = w.low.endswith(".")  # rule dotted-state: "s.c.", "n.y." are one word, their stop in it
        state = states.get(w.low[:-1] if dotted else w.low) if w.dot or dotted else None
        if state and i > 0 and f.text[ws[i - 1].end : w.start] == ", " and not _lower_word(ws[i - 1].low):
            f.emit(i, i + 1, state, "place", dot=not dotted)
            if (
                _town_word(f, i - 1)
                and _joined(f, i - 1)
                and (_town_word(f, i - 2) or _town_opener(f, i - 2))
            ):
                f.emit(i - 2, i, cased(f.text[ws[i - 2].start : ws[i - 1].end].lower()), "place")
            if _town_word(f, i - 1):
                f.emit(i - 1, i, cased(ws[i - 1].low), "place")
    for i, w in enumerate(ws):
        if w.low not in _data_places() or i in f.taken or not i or not _joined(f, i) or not _lone_place(f, i):
            continue
        if f.text[w.end : w.end + 1] in ("'", "’"):
            continue  # "in rodriguez's car", "near temple's campus": an owner, a person's or a body's
        if i + 1 < len(ws) and ws[i + 1].low in _heads() - _PLACE_AFTER and _joined(f, i + 1):
            continue  # "in monroe county": the county's
        if ws[i - 1].low == "mount" and (i < 2 or ws[i - 2].low not in _CAN_MOUNT):
            f.emit(i - 1, i + 1, "Mount " + cased(w.low), "place")  # rule mount-name: "mount sinjar"
        elif ws[i - 1].low in _PLACE_BEFORE or _place_cue(f, i):
            f.emit(i, i + 1, cased(w.low), "place")
            f.cue_places.add(w.low)


# rule place-cue: the words round a one-word name the place data lists that make it a place there: "the
# town of sinjar", "west of mosul", "the sinjar region", "the evanston area"
_PLACE_OF = frozenset(
    [
        *("residents", "resident", "town", "city", "village", "suburb", "outskirts", "province", "district"),
        *("region", "state", "governorate"),
    ]
)
_COMPASS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"])
_PLACE_AFTER = frozenset(["region", "area"])
# words before "mount" that make it a verb ("to mount sinjar's defence"), no mountain's name
_CAN_MOUNT = frozenset(["to", "will", "would", "could", "can", "may", "might", "must", "should", "did"])


def _place_cue(f: Found, i: int) -> bool:
    """Rule place-cue: word i, a place the data lists, stands where only a place stands: after "town of",
    "province of", "residents of" … (`_PLACE_OF`) or a compass point and "of" ("west of"; not a title's
    opening, a capital, a quotation mark or a possessive before it: "2016's west of eden"), before a
    comma and a US state spelled out (`town-comma-state`: "midland, texas"), or before "region" or
    "area" ("the sinjar region")."""
    ws, t = f.ws, f.text
    if ws[i - 1].low == "of" and i > 1 and _joined(f, i - 1):
        if ws[i - 2].low in _COMPASS:
            c = ws[i - 2].start
            lead = t[:c].rstrip()
            return t[c].islower() and not lead.endswith(("'s", "’s")) and lead[-1:] not in _QUOTE_MARKS
        return ws[i - 2].low in _PLACE_OF
    if i + 1 < len(ws) and t[ws[i].end : ws[i + 1].start] == ", " and _state_at(f, i + 1):
        return True  # rule town-comma-state: "midland, texas", "laurel, indiana", "novi, new york"
    return i + 1 < len(ws) and ws[i + 1].low in _PLACE_AFTER and _joined(f, i + 1)


# the second words of a state's two-word name, which stand for no state alone ("york", "carolina")
_STATE_SECONDS = frozenset(["hampshire", "jersey", "mexico", "york", "carolina", "dakota"])


def _state_at(f: Found, k: int) -> bool:
    """Rule town-comma-state: word k opens a US state's name spelled out ("texas", "new york", "west
    virginia", "rhode island")."""
    ws, low = f.ws, f.ws[k].low
    if low in _STATE_WORDS and low not in _STATE_SECONDS:
        return True
    if low not in ("new", "north", "south", "west", "rhode") or k + 1 >= len(ws) or not _joined(f, k + 1):
        return False
    return ws[k + 1].low in _STATE_SECONDS or ws[k + 1].low in ("virginia", "island")


# rule idiom-noun: abstract nouns' endings, which before "of" make a phrase of the word ("in defiance of",
# "in remembrance of"), no place the data lists
_IDIOM_NOUN = re.compile(r"(?:ance|ence|ment|tion|ness|ity)$")


def _lone_place(f: Found, i: int) -> bool:
    """Word i may name a place by itself (`place-cue`, `place-again`): three letters or more, no ordinary
    word nor one for what happens ("hurricane"); not inside a longer name: no word no ordinary English
    right before or after it ("rian rodriguez", "sarwan qala area", "cuito cuanavale"), no particle after
    it ("ponce de leon inlet"), no spaced apostrophe ("dara ' a"), no body's head and "of" before it ("the
    islamic society of wichita"); nor a title's: no quotation mark round it, no possessive before it
    ("nolan's dunkirk", a film)."""
    ws, t = f.ws, f.text
    low, start, end = ws[i].low, ws[i].start, ws[i].end
    if len(low) < 3 or ordinary(low) or low in _EVENT_NOUNS or t[end : end + 3] in (" ' ", " ’ "):
        return False
    lead = t[max(0, start - 4) : start].rstrip()
    close = "" if t.startswith(("'s", "’s"), end) else t[end : end + 2].strip()[:1]  # "windsor's": an owner
    if lead.endswith(("'s", "’s")) or lead[-1:] in _QUOTE_MARKS or close in _QUOTE_MARKS:
        return False
    after = ws[i + 1] if i + 1 < len(ws) and _joined(f, i + 1) and not ws[i].dot else None
    if after is not None and (after.low in _PARTICLES or not _lower_word(after.low)):
        return False
    if after is not None and after.low == "of" and _IDIOM_NOUN.search(low):
        return False  # rule idiom-noun: "in defiance of un sanctions", no town Defiance
    before = ws[i - 1] if i > 0 and _joined(f, i) else None
    if before is not None and before.low == "of" and i > 1 and ws[i - 2].low in _org_heads()[0]:
        return False
    return before is None or before.dot or _lower_word(before.low) or (before.low,) in _listed()


def _place_again(f: Found, places: frozenset[str]) -> None:
    """Rule place-again: a word some document of the story showed a place by a cue (`place-cue`, `in`
    …: "the town of sinjar") is that place wherever the story writes it alone ("surrounding sinjar"):
    not after a first name or a title, nor before a head word, a verb of saying or a word no ordinary
    English (a name that goes on: "sinjar khalil"), nor a surname of the story's people."""
    ws = f.ws
    heads = (_heads() | _PLACE_HEADS) - _PLACE_AFTER
    for i, w in enumerate(ws):
        if w.low not in places or i in f.taken or w.low in f.surnames or not _lone_place(f, i):
            continue
        before = ws[i - 1].low if i > 0 and _joined(f, i) else ""
        after = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not w.dot else ""
        if before in _all_first_names() or (before,) in _titles():
            continue
        if after and (after in heads or after in _SAID or not _lower_word(after)):
            continue
        if after and i + 2 < len(ws) and _joined(f, i + 2) and ws[i + 2].low in heads and not ws[i + 1].dot:
            continue  # "jasper national park": the park's
        f.emit(i, i + 1, cased(w.low), "place")


def _town_word(f: Found, k: int) -> bool:
    """Rule two-word-town: word k may be a word of a town's name before its state ("palo alto, calif."):
    untaken, longer than two letters, no ordinary English, no first name (a person's name before the
    state, "rep. darrell issa, calif.", is taken by then or opens with one)."""
    low = f.ws[k].low if k >= 0 else ""
    return len(low) > 2 and k not in f.taken and not _lower_word(low) and low not in _all_first_names()


def _town_opener(f: Found, k: int) -> bool:
    """Rule two-word-town: word k opens a town's name as a place's opening word does ("new milford, n.j.",
    "west chester, n.y."), untaken, no stop after it, the word before it no name of its own."""
    return (
        k >= 0
        and k not in f.taken
        and f.ws[k].low in _PLACE_OPENERS
        and not f.ws[k].dot
        and (k == 0 or _lower_word(f.ws[k - 1].low) or not _joined(f, k))
    )


# verbs of saying after a name; the present too (rule said-present: "suresh prabhu tells dgca", "gatti
# writes"), as news summaries write them
_SAID = frozenset(
    [
        *("said", "says", "told", "added", "wrote", "explained", "noted", "argued", "insisted"),
        *("tells", "adds", "writes", "explains", "notes", "argues", "insists"),
    ]
)


# rule answer-verbs: verbs of answering a charge or telling news that show a surname as a verb of saying
# does ("cain denied the allegations"), read only where spoken-surnames reads its subject
_ANSWERS = frozenset(
    [
        *("denied", "denies", "admitted", "admits", "acknowledged", "acknowledges", "replied", "replies"),
        *("responded", "testified", "testifies", "tweeted", "announced", "conceded", "concedes", "claimed"),
    ]
)


def _spoken_surnames(f: Found) -> set[str]:
    """Words no ordinary English the document writes alone before a verb of saying ("fiorina said"), or
    after one other such word that opens the clause (rule pair-before-verb: "…, bette midler said": the
    pair is the whole subject, so its second word is a surname as much as "midler said" would show)."""
    ws = f.ws
    return {
        ws[i].low
        for i in range(len(ws) - 1)
        if (ws[i + 1].low in _SAID or ws[i + 1].low in _ANSWERS)
        and _joined(f, i + 1)
        and not _lower_word(ws[i].low)
        and ws[i].low not in _GENERATIONS
        and (i == 0 or not _joined(f, i) or _lower_word(ws[i - 1].low) or _opens_pair(f, i - 1))
    }


# words of a shape that describes a person rather than names one (hyphenated, agent and member nouns:
# "singer-songwriter", "marathoner", "olympian", "republican", "frontman", "teammate", "grandson"; their
# plurals, rule plural-describes, wherever the surname is spoken: "the best preachers graham knew"), as
# coreference's describing-word reads them less its endings that unlisted given names share ("laurent")
_DESCRIBES = re.compile(r".*-.*|.+(?:er|or|ist|ian|ican|man|men|mate|son|ess)")
_PLURAL_DESCRIBES = re.compile(r".+(?:ers|ors|ists|ians)")  # rule plural-describes: no first name at all
_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])  # "james carter iv said": no surname "iv"


# rule linking-adverb: adverbs that open a clause, which the word table may lack ("whereupon mccain denied")
_LINKING_ADVERBS = frozenset(
    ["whereupon", "whereas", "whereby", "hence", "thereby", "thereupon", "meanwhile"]
)


def _opens_pair(f: Found, k: int) -> bool:
    """Word k, no ordinary English, no title, listed name or head word, opens its clause (a sentence's
    start, a comma or an ordinary word before it): the first word of a two-word subject."""
    low = f.ws[k].low
    if low in _LINKING_ADVERBS:
        return False
    if _lower_word(low) or "." in low or low in _not_surnames() or (low,) in _titles() or _listed_word(low):
        return False
    if _DESCRIBES.fullmatch(low) or _role_word(f, k):
        return False  # "singer-songwriter whitcombe said", "marathoner whitcombe said": who, not a name
    return k == 0 or not _joined(f, k) or (_lower_word(f.ws[k - 1].low) and f.ws[k - 1].low not in _NOT_BODY)


def _honorific_shown(f: Found) -> set[str]:
    """Rule honorific-shown: words no ordinary English the document writes after "mr.", "mrs." or "ms."
    ("mr. Vasiliades is innocent"): a surname as much as one written before a verb of saying; not where
    another such word goes on after it ("mr al shakarji": "al" opens the surname, no surname itself)."""
    ws = f.ws
    return {
        ws[i + 1].low
        for i in range(len(ws) - 1)
        if ws[i].low in _HONORIFICS
        and _joined(f, i + 1)
        and not _lower_word(ws[i + 1].low)
        and ws[i + 1].low not in _GENERATIONS
        and not (i + 2 < len(ws) and _joined(f, i + 2) and not _lower_word(ws[i + 2].low))
    }


def _place_demonym(low: str) -> bool:
    """Rule place-demonym: a listed place and "er" ("queenslander", "londoner", "vermonter") names where
    someone is from, no given name."""
    return low.endswith("er") and ((low[:-2],) in _listed() or low[:-2] in _data_places())


def _initial_name(f: Found) -> None:
    """Rule initial-name: two words no ordinary English round a middle initial ("vitaly i. churkin", "viktor
    f. yanukovych"): only a person's name sets an initial between two such words, so the first name need
    not be listed; neither word a listed name, title, day, month, head word or demonym, nor after "the" or
    a possessive ("the kenneth j. ..." opens a body), and the surname alone goes to surname-again."""
    ws = f.ws
    for i in range(len(ws) - 2):
        mid, last = ws[i + 1], ws[i + 2]
        if len(mid.low) != 1 or not mid.dot or i in f.taken or i + 1 in f.taken or i + 2 in f.taken:
            continue
        if f.text[mid.end : last.start] != ". " or not _joined(f, i + 1) or ws[i].dot:
            continue
        if not all(_plain_name_word(w.low) for w in (ws[i], last)):
            continue
        before = ws[i - 1].low if i > 0 and _joined(f, i) else ""
        if before in ("the", "a", "an") or before in _POSSESSIVES:
            continue
        if _head_soon(f, i + 3):
            continue  # "the john f. kennedy center", "rene a. rost middle school": a body's name
        f.emit(i, i + 3, f"{cased(ws[i].low)} {mid.low.upper()}. {cased(last.low)}", "person")
        f.surnames.add(last.low)


def _head_soon(f: Found, k: int) -> bool:
    """Rule initial-name: a body's or a place's head word at word k or the one after, joined to the name
    ("kennedy center", "rost middle school")."""
    for j in (k, k + 1):
        if j >= len(f.ws) or not _joined(f, j) or f.ws[j - 1].dot:
            return False
        if f.ws[j].low in _heads():
            return True
    return False


def _plain_name_word(low: str) -> bool:
    """Rule initial-name: a word that may be a first name or a surname: letters, no ordinary English, no
    listed name, title, day, month, demonym or head word."""
    if len(low) < 3 or "." in low or _lower_word(low) or _listed_word(low) or low in _CALENDAR:
        return False
    return not ((low,) in _titles() or _place_demonym(low) or low in _not_surnames() or low in _heads())


def _confirmed_pair(f: Found) -> None:
    """Rule confirmed-pair: two words no ordinary English, the second of which the document writes alone
    before a verb of saying ("carly fiorina" … "fiorina said"): a person's full name though the first name
    is not listed; not a listed name, a day, a month or a head word. The surname alone may stand before the
    verb in another article of the story (`spoken-elsewhere`: "said camilo ruggero, phd" … "ruggero said"
    in the next one), or after an honorific in the document (`honorific-shown`: "christos vasiliades" …
    "mr. Vasiliades")."""
    ws, own = f.ws, f.spoken() | _honorific_shown(f)
    spoken = own | f.story_spoken
    for i in range(len(ws) - 1):
        if ws[i + 1].low not in spoken or i in f.taken or not _joined(f, i + 1):
            continue
        first = ws[i].low
        ordinary_first = _ordinary_first(first) or (_lower_word(first) and ws[i + 1].low not in own)
        if ordinary_first or listed_form(first) or first in _not_surnames() or (first,) in _listed():
            continue
        if _place_demonym(first):
            continue  # "queenslander ware said": where she is from, no first name
        if f.text[ws[i].start - 1 : ws[i].start] == "@":
            continue  # rule handle-not-name: "rt @emilyrs romney's son": a user's handle, no first name
        if f.text[ws[i].start - 1 : ws[i].start] == "/":
            continue  # rule credit-slash: "mj photos/variety/rex/shutterstock swank also": a credit's last
            # agency, glued to the story's next word, no first name
        if ws[i + 1].low not in own and (_DESCRIBES.fullmatch(first) or _role_word(f, i)):
            continue  # spoken elsewhere only: "singer-songwriter whitcombe said" describes, names no one
        if _PLURAL_DESCRIBES.fullmatch(first):
            continue  # "the best preachers graham knew": people described, no first name
        if (i > 0 and ws[i - 1].low in _POSSESSIVES) or _LAUGH.fullmatch(first) or first in _LINKING_ADVERBS:
            continue  # rule owner-or-laugh: "his ex chyna", "hahahaha chyna": no first name
        if any(_lower_word(w) for w in _singulars(ws[i + 1].low)):
            continue  # "the duggar sisters said", "cyber bullies said": a plural noun, no surname
        if (
            i > 0
            and _joined(f, i)
            and (
                ws[i - 1].low in _CLOSED
                or ws[i - 1].low in ("the", "a", "an")
                or not _lower_word(ws[i - 1].low)
            )
        ):
            continue  # "a vintage arians …"; "jose antonio elena rodriguez": inside a longer name
        if (
            first in _CALENDAR
            or (first,) in _titles()
            or len(first) < 2
            or "." in first
            or (first in _SAINT_STOPS and ws[i].dot)
        ):
            continue
        if _surname_at(f, i + 1) == i + 2 and (first, ws[i + 1].low) not in _listed():
            f.emit(i, i + 2, f"{cased(first)} {cased(ws[i + 1].low)}", "person")
            f.surnames.add(ws[i + 1].low)


def _suffix_pair(f: Found) -> None:
    """Rule suffix-pair: two words no ordinary English before a generation's mark ("mercutio southall jr.",
    "… iii"): a person's full name though the first name is not listed, as only a person's name takes the
    mark; the guards of confirmed-pair (no listed name, head, title, day or month; not inside a longer
    name: "martin luther king jr." gives no "Luther King")."""
    ws = f.ws
    for i in range(len(ws) - 2):
        mark = ws[i + 2]
        if mark.low not in _GENERATIONS or (mark.low in ("jr", "sr")) != mark.dot or i in f.taken:
            continue
        if not (_joined(f, i + 1) and _joined(f, i + 2)) or ws[i + 1].dot:
            continue
        first = ws[i].low
        if _lower_word(first) or listed_form(first) or first in _not_surnames() or (first,) in _listed():
            continue
        if (
            first in _CALENDAR
            or (first,) in _titles()
            or len(first) < 2
            or "." in first
            or _place_demonym(first)
        ):
            continue
        if i > 0 and _joined(f, i) and not ws[i - 1].dot and not _lower_word(ws[i - 1].low):
            continue  # "martin luther king jr.": inside a longer name
        if _surname_at(f, i + 1) == i + 2 and (first, ws[i + 1].low) not in _listed():
            suffix = mark.low.upper() if mark.low.startswith("i") else cased(mark.low) + "."
            f.emit(i, i + 3, f"{cased(first)} {cased(ws[i + 1].low)} {suffix}", "person", dot=mark.dot)
            f.surnames.add(ws[i + 1].low)


_POSSESSIVES = frozenset(["his", "her", "their", "my", "our", "your", "its"])
# "hahahaha", "hehe", "lol": a laugh, no first name; a syllable repeated, so a name that merely spells
# with these letters ("hill", "hall", "hal", "lolo") stays a possible first name (review56)
_LAUGH = re.compile(r"(?:ha|he|hi|ah){2,}h?|lol(?:ol)*")


def _aged_pair(f: Found) -> None:
    """Rule aged-pair: two words no ordinary English (the first may be a listed given name that is one:
    "don"), then an age in apposition ("irfan faiz, 54, from …"): a person's full name though the lists lack
    the first name, as only a person is given an age so; the guards of suffix-pair (no listed name, head,
    title, day or month; not inside a longer name)."""
    ws = f.ws
    for i in range(len(ws) - 1):
        if i in f.taken or i + 1 in f.taken or not _joined(f, i + 1) or ws[i + 1].dot:
            continue
        if not _AGED.match(f.text, ws[i + 1].end):
            continue
        first = ws[i].low
        if _ordinary_first(first) or listed_form(first):
            continue
        if first in _not_surnames() or (first,) in _listed() or _place_demonym(first):
            continue
        if first in _CALENDAR or (first,) in _titles() or len(first) < 2 or "." in first:
            continue
        if i > 0 and _joined(f, i) and not ws[i - 1].dot and not _lower_word(ws[i - 1].low):
            continue  # "jose antonio elena, 54,": inside a longer name, its start unknown
        if _role_word(f, i) or _DESCRIBES.fullmatch(first) or _PLURAL_DESCRIBES.fullmatch(first):
            continue  # "plumber smith, 54,": who, then the surname
        if any(_lower_word(w) for w in _singulars(first)) or (i > 0 and ws[i - 1].low in _POSSESSIVES):
            continue  # "their other sons zach, 12,", "his ex chyna, 29,": kin named by the given name
        if _surname_at(f, i + 1) == i + 2 and (first, ws[i + 1].low) not in _listed():
            f.emit(i, i + 2, f"{cased(first)} {cased(ws[i + 1].low)}", "person")
            f.surnames.add(ws[i + 1].low)


def _particle_spoken(f: Found) -> set[tuple[str, str]]:
    """A particle and the word after it that the document writes before a verb of saying, the two alone
    the subject ("le pen wrote on twitter", ". De niro said"): a surname with its particle."""
    ws = f.ws
    return {
        (ws[i].low, ws[i + 1].low)
        for i in range(len(ws) - 2)
        if ws[i].low in _PARTICLES
        and ws[i + 2].low in _SAID
        and _joined(f, i + 1)
        and _joined(f, i + 2)
        and len(ws[i + 1].low) >= 2
        and ws[i + 1].low not in _CLOSED
        and (i == 0 or not _joined(f, i) or _lower_word(ws[i - 1].low))
    }


def _particle_name(f: Found) -> None:
    """Rule particle-name: a listed first name, ordinary word or not, then a particle and a word the story
    writes alone before a verb of saying ("marine le pen" … "le pen wrote"): the person, whole, though
    "marine" and "pen" are ordinary words."""
    ws = f.ws
    for i in range(len(ws) - 2):
        pair = (ws[i + 1].low, ws[i + 2].low)
        if pair not in f.particle_spoken or ws[i].low not in _all_first_names():
            continue
        if not (_joined(f, i + 1) and _joined(f, i + 2)) or any(k in f.taken for k in range(i, i + 3)):
            continue
        name = f"{cased(ws[i].low)} {ws[i + 1].low} {cased(ws[i + 2].low)}"
        f.emit(i, i + 3, name, "person")
        f.particle_names[pair] = name


def _particle_again(f: Found, names: dict[tuple[str, str], str]) -> None:
    """Rule particle-again: the surname with its particle alone ("le pen's national rally"), the one person
    of the story `particle-name` named in full with it."""
    ws = f.ws
    for i in range(len(ws) - 1):
        name = names.get((ws[i].low, ws[i + 1].low))
        if name is not None and _joined(f, i + 1):
            f.emit(i, i + 2, name, "person")


# speaking heads (`speaking_heads.txt`) that name a text, a body or anyone at all rather than a person's
# role: no role before a name ("the newspaper asahi shimbun", "a statement …")
_NOT_ROLE_HEADS = frozenset(
    [
        *("ad", "advert", "advertisement", "broadcaster", "channel", "character", "complaint", "decision"),
        *("document", "family", "filing", "firm", "government", "head", "lawsuit", "letter", "memo"),
        *("message", "notice", "panel", "paper", "release", "report", "ruling", "site", "statement"),
        *("study", "suit", "survey", "tweet", "website", "man", "woman", "boy", "girl", "person", "child"),
        *("couple", "source", "men", "women", "children", "people"),
        *("opinion", "editorial", "leaflet", "brochure", "pamphlet", "flier", "flyer", "commentary"),
        *("communique", "indictment", "bulletin"),
    ]
)


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """Role words in lower case (`role_words.txt`: "spokesman", "coach"), and the speaking heads that are a
    person's role (`speaking_heads.txt`: "controller", "specialist", "dispatcher"; not a plural, an
    organisation's or a place's head word, nor `_NOT_ROLE_HEADS`)."""
    g = gazetteer()
    heads = {w.lower() for w in g.org_last | g.place_last}
    people = {w for w in g.speaking_heads if not w.endswith("s") and w not in heads} - _NOT_ROLE_HEADS
    return frozenset(w.lower() for w in g.roles) | people


# an age before a noun ("43-year-old salaryman", "a six-month-old"): the noun after it is a person's
_AGE_WORDS = frozenset(["year-old", "month-old"])
_COMPOUND_PERSON = re.compile(r"[a-z]{3,}(?:man|woman)$")  # "salaryman", "policewoman"


def _role_word(f: Found, i: int) -> bool:
    """Word i is a role word, or a hyphenated one whose last part is one ("secretary-general",
    "co-founder"), or a noun in "-man"/"-woman" after an age (`role-after-age`: "43-year-old salaryman";
    not a surname such as "zimmerman" alone)."""
    low = f.ws[i].low
    if low in _roles() or ("-" in low and low.rsplit("-", 1)[-1] in _roles()):
        return True
    aged = i > 0 and f.ws[i - 1].low in _AGE_WORDS and _joined(f, i)
    return (
        aged
        and _COMPOUND_PERSON.match(low) is not None
        and low not in _all_first_names()
        and low not in _demonyms()  # "a 19-year-old german …": a nationality, no role
    )


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    """Nationalities in lower case (`demonyms.txt`: "german", "omani")."""
    return frozenset(w.lower() for w in gazetteer().demonyms)


# a noun for people ("instructor", "supervisor", "pianist"), no first name; its plural ("riders",
# "officers", "journalists"), no surname
_AGENT = re.compile(r"(?:tor|sor|ist)s?$")
_AGENT_PLURAL = re.compile(r"(?:er|or|ist|ian|ant|ent)s$")


def _role_and_name(f: Found) -> None:
    """Rule role-and-name: a role word, then two words no ordinary English, no listed place, organisation,
    title, role or head word ("coach zdenek zeman", "secretary-general jens stoltenberg"): a person
    though the lists lack the first name; not a first name the lists hold (`first-and-surname` decides),
    a day or a month, a noun for people first ("instructor robin") or its plural second ("motorcycle
    riders"), nor three such words in a row or the two before an article (a verb: "labels wikileaks a").
    After a role word a listed first name may be an ordinary word, as after a title (`role-first-name`:
    "editor-in-chief bill keller", "columnist mark brennan"): a person when a surname follows it. The pair
    may follow the role after a comma when a comma or a stop closes it (`role-comma-name`: "a prominent
    rabbi, chaskel werzberger, following …")."""
    ws = f.ws
    for i in range(len(ws) - 2):
        if not _role_word(f, i) or ws[i].dot or i + 1 in f.taken or not _joined(f, i + 1):
            if _apposed_pair(f, i):
                _role_comma_name(f, i)
            continue
        first = ws[i + 1].low
        if first in _all_first_names():
            _person(f, i + 1, True)  # role-first-name: "editor-in-chief bill keller", as after a title
            continue
        if first in _CALENDAR or "." in first or (first,) in _listed():
            continue
        if _surname_at(f, i + 1) != i + 2 or _surname_at(f, i + 2) != i + 3:
            continue
        if (first, ws[i + 2].low) in _listed() or _surname_at(f, i + 3) == i + 4:
            continue
        if _AGENT.search(first) or _AGENT_PLURAL.search(ws[i + 2].low):
            continue  # "chief instructor robin o'…", "guard motorcycle riders": no first name and surname
        if i + 3 < len(ws) and ws[i + 3].low in ("a", "an", "the") and _joined(f, i + 3):
            continue  # "director labels wikileaks a …": an article right after, so a verb inside
        f.emit(i + 1, i + 3, f"{cased(first)} {cased(ws[i + 2].low)}", "person")
        f.surnames.add(ws[i + 2].low)


def _apposed_pair(f: Found, i: int) -> bool:
    """Rule role-comma-name: after word i, a role word or a title, a comma, then two joined words closed by
    a comma or a stop ("a prominent rabbi, chaskel werzberger, following …"): a pair in apposition."""
    ws, t = f.ws, f.text
    if i + 2 >= len(ws) or t[ws[i].end : ws[i + 1].start] != ", " or not _joined(f, i + 2):
        return False
    if not (_role_word(f, i) or (ws[i].low,) in _titles()) or ws[i].dot:
        return False
    return t[ws[i + 2].end : ws[i + 2].end + 1] in (",", ".", ";") and not ws[i + 2].dot


def _role_comma_name(f: Found, i: int) -> None:
    """Rule role-comma-name: the apposed pair (`_apposed_pair`) is a person when both words are no ordinary
    English nor listed (a listed first name is first-and-surname's), as role-and-name reads them."""
    ws = f.ws
    first = ws[i + 1].low
    if i + 1 in f.taken or first in _all_first_names() or first in _CALENDAR or (first,) in _listed():
        return
    if _surname_at(f, i + 1, apart=True) != i + 2 or _surname_at(f, i + 2) != i + 3:
        return
    if (first, ws[i + 2].low) in _listed() or _AGENT.search(first) or _AGENT_PLURAL.search(ws[i + 2].low):
        return
    f.emit(i + 1, i + 3, f"{cased(first)} {cased(ws[i + 2].low)}", "person")
    f.surnames.add(ws[i + 2].low)


# ", the district commissioner of …", ", a spokesman for …": an apposition whose article opens a role
_APPOSED_ROLE = re.compile(r", (?:the|a|an) ")


def _name_then_role(f: Found) -> None:
    """Rule name-then-role: two words no ordinary English, no listed name, title, role or head word, then
    an apposition that names a person's role within its first three words ("deodatus kinawila, the
    district commissioner of bukoba, told …", "… kinawila, a spokesman for …"): a person though the lists
    lack the first name; not three such words in a row (where would the name start?), nor after a word
    that could open the name (`confirmed-pair`'s test), nor a day or a month."""
    ws = f.ws
    for i in range(len(ws) - 2):
        if i in f.taken or i + 1 in f.taken or not _joined(f, i + 1):
            continue
        first, last = ws[i].low, ws[i + 1].low
        m = _APPOSED_ROLE.match(f.text, ws[i + 1].end)
        if m is None or first in _CALENDAR or "." in first or len(first) < 2:
            continue
        if _ordinary_first(first) or _surname_at(f, i + 1) != i + 2 or (first, last) in _listed():
            continue
        if (first,) in _listed() or listed_form(first) or first in _not_surnames() or (first,) in _titles():
            continue
        if i > 0 and _joined(f, i) and not ws[i - 1].dot and not _lower_word(ws[i - 1].low):
            continue  # "jose antonio elena, the …": a longer name, its start unknown
        role = next(
            (k for k in range(i + 2, min(i + 5, len(ws))) if ws[k].start >= m.end() and _role_word(f, k)),
            None,
        )
        if role is None or any(f.text[ws[k].end : ws[k + 1].start] != " " for k in range(i + 2, role)):
            continue
        f.emit(i, i + 2, f"{cased(first)} {cased(last)}", "person")
        f.surnames.add(last)


_CALENDAR = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january"),
        *("february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december"),
    ]
)


def _full_pairs(found: Sequence[Found]) -> dict[tuple[str, str], str]:
    """The story's two-word full names of people the table found, lower-cased words -> the name."""
    out: dict[tuple[str, str], str] = {}
    for f in found:
        for c in f.out:
            ws = c.text.lower().split()
            if c.kind == "person" and len(ws) == 2 and _CLEAN_NAME.fullmatch(c.text):
                out.setdefault((ws[0], ws[1]), c.text)
    return out


def _pair_again(f: Found, pairs: dict[tuple[str, str], str]) -> None:
    """Rule pair-again: two words another place of the story reads as a person's full name, where no rule
    took them here ("identified the shooter as jaylen fryberg" beside "Jaylen fryberg, who …"): that
    person, whole, so the surname alone is not read as another bearer's (`surname-again`: "Andrew
    Fryberg")."""
    for i in range(len(f.ws) - 1):
        name = pairs.get((f.ws[i].low, f.ws[i + 1].low))
        if name is not None and _joined(f, i + 1):
            f.emit(i, i + 2, name, "person")


def _surname_again(f: Found, surnames: set[str], towns: frozenset[str] = frozenset()) -> None:
    """Rule surname-again: a surname of a person the story names in full, alone ("krenwinkel said"); one
    the story writes as a town too (`towns`, rule town-not-surname) only as a subject or before an
    apposition (`_person_frame`); never a generation's mark ("jesse jackson jr." … "jackson jr.": no "Jr")."""
    for i, w in enumerate(f.ws):
        # rule guessed-ordinary: a word `ordinary` calls so by its ending alone ("-ly": "brantly", which
        # Punkt never saw in lower case, `_lower_word`) stays the surname the table read in full
        alone = i not in f.taken and w.low in surnames and w.low not in _GENERATIONS
        alone = alone and not (ordinary(w.low) and _lower_word(w.low))
        if alone and (w.low not in towns or (_person_frame(f, i) and not _town_at(f, i))):
            if _kin_first_name(f, i):  # rule kin-first-name: "his wife candy carson", not Ben Carson
                f.emit(i - 1, i + 1, f"{cased(f.ws[i - 1].low)} {cased(w.low)}", "person")
            elif i > 0 and f.story_doubles.get(w.low) == f.ws[i - 1].low and _joined(f, i):
                f.emit(i - 1, i + 1, f"{cased(f.ws[i - 1].low)} {cased(w.low)}", "person")  # double-surname
            elif _double_opens(f, i):
                f.emit(i, i + 2, f"{cased(w.low)} {cased(f.ws[i + 1].low)}", "person")  # "pinkett smith's"
            else:
                f.emit(i, i + 1, cased(w.low), "person")


def _double_opens(f: Found, i: int) -> bool:
    """Rule double-surname: word i opens a surname of two words the story names in full ("jada pinkett
    smith" … "pinkett smith's husband"), its second word next."""
    ws = f.ws
    if i + 1 >= len(ws) or (i + 1) in f.taken or not _joined(f, i + 1) or ws[i].dot:
        return False
    return f.story_doubles.get(ws[i + 1].low) == ws[i].low


def _kin_first_name(f: Found, i: int) -> bool:
    """Rule kin-first-name: a listed first name before a known surname, word i, that no rule took, names
    another person of that family ("his wife candy carson", "tina b" beside "ben carson"): one no ordinary
    English ("her sister tina carson"), or an ordinary one right after a kin word or a comma ("his wife,
    candy carson"; not "the bill carson signed", "they drew dixon")."""
    ws = f.ws
    if i < 1 or i - 1 in f.taken or not _joined(f, i) or ws[i - 1].dot:
        return False
    first = ws[i - 1].low
    if first not in _all_first_names() or first in _CLOSED or ws[i].low in _all_first_names():
        return False  # "donald john trump": a first name after a first name is a middle name, no surname
    if not ordinary(first):
        return True
    k = i - 2
    return (
        k >= 0 and (ws[k].low in _KIN_NOUNS or f.text[ws[k].end : ws[i - 1].start] == ", ") and not ws[k].dot
    )


# a full name of plain words: an apostrophe only after one letter ("O'Rourke"; not "Jobs'Death")
_CLEAN_NAME = re.compile(r"[^\W\d_]+(?:[ \-](?:[A-Za-z]['’])?[^\W\d_]+\.?)+")


def _full_names_by_first(found: Sequence[Found]) -> dict[str, set[str]]:
    """A listed first name (no ordinary word) -> the full names of the story's people that open with it."""
    out: dict[str, set[str]] = {}
    for f in found:
        for c in f.out:
            ws = c.text.lower().split()
            if (
                c.kind == "person"
                and (len(ws) >= 2 or c.rule == "caseless-royal-name")
                and ws[0] in _first_names()
                and (len(ws) == 1 or _CLEAN_NAME.fullmatch(c.text))
            ):
                out.setdefault(ws[0], set()).add(c.text)
    return out


def _first_name_again(f: Found, firsts: dict[str, set[str]]) -> None:
    """Rule first-name-again: a listed first name alone ("hilary laughs", "terri says") when one person
    of the story, and only one, is named in full with it ("Hilary swank"): that person, as feature and
    celebrity writing names its subject; not before a word that could be a surname ("hilary clinton" is
    another person), nor after a first name or a title, nor a first name that is a listed place ("flew to
    austin", "in virginia": the place as often, review36). Rule couple-name: "terri and peter pazdernik":
    the first name before "and" and a full name shares its surname (`_couple_name`, run first)."""
    for i, w in enumerate(f.ws):
        if (
            _alone_first_name(f, i)
            and len(firsts.get(w.low, ())) == 1
            and _nothing_after(f, i)
            and gazetteer().kind_of((cased(w.low),)) != "place"
        ):
            f.emit(i, i + 1, next(iter(firsts[w.low])), "person")


# rule spoken-object: a name right after one of these before a verb of saying is the object of a phrase, the
# subject being another ("police in eugene said", "a spokesman for tiffany said"): no evidence of a person
_SAYER_NOT_AFTER = frozenset(
    [
        *("in", "at", "of", "from", "for", "near", "outside", "inside", "with", "by", "to", "on", "into"),
        *("across", "around", "throughout", "against", "about", "toward", "towards", "within", "behind"),
    ]
)
# rule spoken-it: the verb of saying goes on in a body's own voice, "it" with what a body does ("chelsea said
# it would appeal", "... that it had filed suit") or "its" with what a body has ("tiffany said in a statement
# that its sales rose"): a body says so, not a person; "adele said it was an honour" (the "it" a thing) or
# "... it would appeal to fans" is no such evidence (people50: of 25 "<first name> said it"s in the
# first 20,000 training stories, 23 are a person's; the bodies: "it will "fully comply"", "it didn't want
# to comment")
_BODY_DOES = (
    r"appeal(?!\s+to\b)|appealing\s+(?:the|against)|appealed|file|filed|filing|sue|sued|suing|challenge|"
    r"contest|cooperate|co-operate|comply|complied|review|investigate|hire|hired|cut|close|closed|recall|recalled|refund|"
    r"fire|fired|suspend|suspended|settle|settled|seek|sought|take\s+legal|comment"
)
_BODY_HAS = (
    r"sales|shares|profits?|revenue|earnings|stores|shops|plants|factories|offices|employees|staff|workers|"
    r"members|players|squad|customers|clients|shareholders|investors|board|lawyers|executives|stadium"
)
_IT_SAYS = re.compile(
    r"(?:\s+(?:in|on)\s+(?:an?\s+)?[a-z\-]+(?:\s+[a-z\-]+)?,?)?\s+(?:that\s+)?"
    r"(?:it\s+(?:would|will|had|has|is|was|could|may|might|does|plans\s+to|planned\s+to|intends\s+to|"
    r"(?:didn['’]t|did\s+not|doesn['’]t|does\s+not)\s+want\s+to)\s+"
    r"(?:\"\s*)?(?:(?:not|also|now|still|soon|then|immediately|fully)\s+)?(?:\"\s*)?(?:" + _BODY_DOES + r")"
    r"|its\s+(?:own\s+)?(?:" + _BODY_HAS + r"))\b"
)


def _spoken_first_names(found: Sequence[Found], firsts: dict[str, set[str]], surnames: set[str]) -> set[str]:
    """Rule first-name-spoken: the listed first names (no ordinary word) the story writes alone right before
    a verb of saying ("adele wrote", "gabrielle said") and never with a surname (`firsts`; no person's
    surname either, nor a listed place, nor after a word that opens a place's name: "fort lee said"): a person
    the story names by that one name, as a singer or a child is. Not where it is no subject alone
    (`_within_phrase`), nor a name the story once has speak in a body's voice ("chelsea said in a statement
    that it would appeal", "... that its players": rule `spoken-it`): a body, not a person."""
    out: set[str] = set()
    bodies: set[str] = set()
    for f in found:
        for i in range(len(f.ws) - 1):
            w = f.ws[i]
            if (
                f.ws[i + 1].low in _SAID
                and _joined(f, i + 1)
                and _alone_first_name(f, i)
                and not _after_place_opener(f, i)
                and not _within_phrase(f, i)
                and w.low not in firsts
                and w.low not in surnames
                and gazetteer().kind_of((cased(w.low),)) is None
            ):
                (bodies if _IT_SAYS.match(f.text, f.ws[i + 1].end) else out).add(w.low)
    return out - bodies


def _within_phrase(f: Found, i: int) -> bool:
    """Word i is no subject alone: it follows a preposition (rule `spoken-object`: "police in eugene said", a
    place) or a word no ordinary English (rule `spoken-after-name`: "jo-ellen darcy said", a surname)."""
    if i == 0 or not _joined(f, i):
        return False
    prev = f.ws[i - 1].low
    return prev in _SAYER_NOT_AFTER or not _lower_word(prev)


def _first_name_spoken(f: Found, spoken: set[str]) -> None:
    """Rule first-name-spoken: each mention of such a name alone where nothing goes on it (`_nothing_after`:
    "adele continued", "adele's album"), that person."""
    for i, w in enumerate(f.ws):
        if (
            w.low in spoken
            and _alone_first_name(f, i)
            and _nothing_after(f, i)
            and not _after_place_opener(f, i)
        ):
            f.emit(i, i + 1, cased(w.low), "person")


def _after_place_opener(f: Found, i: int) -> bool:
    """Word i ends a place's name a word such as "fort" or "lake" opens ("rosemarie arnold of fort lee said":
    Fort Lee, the town; `_PLACE_OPENERS`)."""
    return i > 0 and _joined(f, i) and f.ws[i - 1].low.rstrip(".") in _PLACE_OPENERS


def _nothing_after(f: Found, i: int) -> bool:
    """No word goes on the name at word i: a stop, comma or possessive after it, or a closed-class word or a
    verb ("hilary laughs", "terri says", "hilary and philip"); not a noun or any other word that may be a
    surname the rules could not confirm ("kyle plush", "abu ghosh restaurant")."""
    if i + 1 >= len(f.ws) or not _joined(f, i + 1) or f.ws[i].dot:
        return True
    nxt = f.ws[i + 1].low
    return (
        nxt in _CLOSED
        or nxt in _AFTER_SUBJECT
        or nxt in SPEECH_WORDS
        or listed_form(nxt)
        or _PARTICIPLE.match(nxt) is not None
    )


_AFTER_SUBJECT = frozenset(["both", "also", "later", "then", "now", "still", "never", "always", "once"])


def _alone_first_name(f: Found, i: int) -> bool:
    """Word i is a listed first name, no ordinary word, in no name the rules found, after no first name
    or title."""
    ws = f.ws
    if i in f.taken or ws[i].low not in _first_names() or ws[i].dot:
        return False
    return not (
        i > 0 and _joined(f, i) and (ws[i - 1].low in _all_first_names() or (ws[i - 1].low,) in _titles())
    )


def _couple_name(f: Found) -> None:
    """Rule couple-name: "terri and peter pazdernik": a listed first name alone before "and" and a full
    name is that surname's bearer too ("Terri Pazdernik")."""
    for i, w in enumerate(f.ws):
        couple = _couple_surname(f, i) if _alone_first_name(f, i) else None
        if couple:
            shown = " ".join(p if p in _PARTICLES else cased(p) for p in couple.split())
            f.emit(i, i + 1, f"{cased(w.low)} {shown}", "person")


def _couple_surname(f: Found, i: int) -> str | None:
    """Rule couple-name: word i, a listed first name, then "and" and a person the table found in full,
    first name and surname ("terri and peter pazdernik"): the surname, else None."""
    ws = f.ws
    if i + 3 >= len(ws) or ws[i + 1].low != "and" or not _joined(f, i + 1) or not _joined(f, i + 2):
        return None
    c = next((c for c in f.out if c.start == ws[i + 2].start and c.kind == "person"), None)
    parts = c.text.split() if c else []
    if len(parts) == 3 and parts[1] in _PARTICLES:  # rule el-particle: "tarek and christina el moussa"
        parts = [parts[0], f"{parts[1]} {parts[2]}"]
    return parts[-1].lower() if len(parts) == 2 and parts[0].lower() in _all_first_names() else None


# the words after a person's surname as a subject ("hampton was", "hampton had suffered") or before an
# apposition or a relative clause ("hampton, a senior", "hampton, who played")
_AUXILIARIES = frozenset(["is", "was", "has", "had", "will", "would", "could", "can", "did", "does"])
_APPOSITION = re.compile(r", (?:a|an|the|who|whose)\b")


def _person_frame(f: Found, i: int) -> bool:
    """Word i, a surname alone, stands as a person does: before a verb ("hampton said", "hampton was
    taken", "hampton appeared") or an apposition ("hampton, a senior at …", "hampton, who played …")."""
    w = f.ws[i]
    if f.text[w.end : w.end + 1] in ("'", "’"):
        return True  # "hampton's father": a possessive, as before
    if _APPOSITION.match(f.text, w.end):
        return True
    if i + 1 >= len(f.ws) or not _joined(f, i + 1):
        return False
    nxt = f.ws[i + 1].low
    return nxt in _AUXILIARIES or nxt in _SAID or listed_form(nxt) or _PARTICIPLE.match(nxt) is not None


# words before a town rather than a person ("residents of eagar"; not "of" alone, "the arrest of plusnin",
# nor "in": "confidence in cruz", "photographed in mcqueen designs"), and after one ("eagar resident bob
# meador", "an eagar native")
_TOWN_OF = frozenset(["residents", "resident", "town", "city", "village", "suburb", "outskirts"])
_TOWN_AFTER = frozenset(["resident", "residents", "native", "natives"])
_DATELINE = re.compile(r" (?:\(|--|—)")  # "eagar, arizona ( cnn ) --": the state of a dateline


def _town_at(f: Found, k: int) -> bool:
    """Word k (no possessive) stands where a town stands: after "residents of" or "town of", before
    "resident(s)" or "native(s)", or before a comma and a US state's AP abbreviation ("eagar, ariz.") or a
    state spelled out opening a dateline ("eagar, arizona ( cnn )"; not "ted cruz, texas and …"); never
    before a head word ("outside trump tower")."""
    ws, w = f.ws, f.ws[k]
    if f.text[w.end : w.end + 1] in ("'", "’"):
        return False  # "in smith's office": the person's
    before = ws[k - 1].low if k > 0 and _joined(f, k) and not ws[k - 1].dot else ""
    before2 = ws[k - 2].low if k > 1 and before == "of" and _joined(f, k - 1) else ""
    after = ws[k + 1].low if k + 1 < len(ws) and _joined(f, k + 1) else ""
    if after in _heads():
        return False  # "outside trump tower": a name inside a building's, no town
    if before2 in _TOWN_OF or after in _TOWN_AFTER:
        return True
    nxt = ws[k + 1] if k + 1 < len(ws) else None
    if nxt is None or f.text[w.end : nxt.start] != ", ":
        return False
    if nxt.dot:
        return nxt.low in _state_abbreviations()
    return nxt.low in _STATE_WORDS and _DATELINE.match(f.text, nxt.end) is not None


def _towns(found: Sequence[Found], surnames: set[str]) -> set[str]:
    """Rule town-not-surname: the surnames the story also writes where a town stands (`_town_at`: "eagar,
    arizona", "residents of eagar", "eagar resident bob meador"): a town no place list holds that a
    person of the story is named after ("brannon eagar"), so the word alone is the town as often as the
    person, and `surname-again` reads it as the person only where it stands as one, a subject or before an
    apposition ("hampton was taken", "hampton, a senior"; not "residents of hampton and …", "out of
    hampton as …")."""
    return {w.low for f in found for k, w in enumerate(f.ws) if w.low in surnames and _town_at(f, k)}


def _word_before(f: Found, k: int) -> str | None:
    """The word right before word k on the same name (no stop or comma between), outside every name the
    table found, or None."""
    if k == 0 or k - 1 in f.taken or not _joined(f, k) or f.ws[k - 1].dot:
        return None
    return f.ws[k - 1].low


def _shared_surnames(found: Sequence[Found], surnames: set[str]) -> set[str]:
    """Rule surname-of-another (fixpron, session 21): the surnames of people named in full that the story
    also writes, outside those names, after a word that could be another person's first name: a listed
    first name that no full name with that surname opens ("dina shacknai" beside "max shacknai"), or a
    word no ordinary English, no title, role, head word, listed place or organisation, day or month, that
    the story writes before the surname twice or more ("finley boyle" beside "ashley boyle": "finley" is
    no listed first name; not "mocks trump" once). In a story that lost its case such a surname alone
    ("Boyle's parents") may be either person, so it stays a person of its own ("Boyle",
    `entities._decide`), neither counted for the full name nor glossed with it."""
    firsts: dict[str, set[str]] = {}  # surname -> the first words of the full names the table found
    for f in found:
        for c in f.out:
            ws = c.text.lower().split()
            if c.kind == "person" and len(ws) >= 2:
                firsts.setdefault(ws[-1], set()).add(ws[0])
    pairs: Counter[tuple[str, str]] = Counter()
    for f in found:
        for k, w in enumerate(f.ws):
            before = _word_before(f, k) if w.low in surnames and k not in f.taken else None
            if before is not None and before not in firsts.get(w.low, set()):
                pairs[before, w.low] += 1
    return {
        surname
        for (before, surname), n in pairs.items()
        if before in _all_first_names()
        or (
            n >= 2
            and len(before) >= 2
            and "." not in before
            and not _lower_word(before)
            and not listed_form(before)
            and before not in _not_surnames()
            and (before,) not in _titles()
            and not _listed_word(before)
            and before not in _CALENDAR
        )
    }


# rule company-suffix: the word a company's legal name ends with ("zorbex corp.", "acme widgets inc."), a head
# as "bureau" is, its stop kept in the name
_COMPANY_SUFFIXES = frozenset(["inc", "corp", "corporation", "llc", "ltd", "plc"])
# rule head-noun-org: an organisation's head nouns, written before "of" ("department of corrections",
# "university of maryland") or last ("census bureau", "high school"), in lower case as after a name
_HEAD_FIRST = frozenset(["department", "university", "bureau", "ministry", "archdiocese", "diocese"])
_HEAD_LAST = frozenset(
    [
        *("department", "bureau", "university", "commission", "committee", "council", "agency"),
        *("ministry", "association", "academy", "league", "school", "institute", "observatory"),
        "college",  # rule college-head: "valencia college", "providence college"
        *_COMPANY_SUFFIXES,
        *("court", "hospital", "foundation", "authority"),  # rule place-led-head's
        *("airways", "airlines", "strategies", "consulting", "consultants", "ventures"),
    ]
)
# rule listed-company: a company's heads, after which a listed name the head ends is listed-name's whole
# ("american airlines"), no longer body with a listed one before it ("ap american airlines")
_COMPANY_HEADS = frozenset(["airways", "airlines", "strategies", "consulting", "consultants", "ventures"])
# rule paper-head: the last word of a newspaper's name, a body only after "the" and a name ("the columbus
# dispatch reports", "the tampa bay times"), where a listed place alone would be read before it; never
# before "office" ("the columbus post office", a building)
_PAPER_HEADS = frozenset(
    [
        *("dispatch", "tribune", "times", "post", "herald", "gazette", "journal", "chronicle", "inquirer"),
        *("enquirer", "courier", "sentinel", "observer", "examiner", "telegraph", "globe", "register"),
    ]
)
# rule place-led-head: heads a place or a nationality also puts before in a kind, no name ("a new york
# hospital", "a dutch court", "her houston hospital room"): one body only with no such word before
_PLACE_LED_HEADS = frozenset(["court", "hospital", "foundation", "authority", "college"])
_KIND_BEFORE = frozenset(["a", "an", "another", "her", "his", "their", "its", "our", "my", "your", "local"])
# words that end the name after "of" though they are nouns: the people, texts and doings of the body
# ("the department of justice officials", "university of maryland study")
_AFTER_BODY = re.compile(r"(?:s|ment|ing|ion)$")  # checked only past the name's first noun
# fields of study and trade in "-ing", which end a department's or a school's name, no participle ("the
# department of mechanical engineering": no "Department of Mechanical", entities41's end read)
_ING_FIELDS = frozenset(
    ["engineering", "nursing", "accounting", "marketing", "planning", "computing", "mining"]
)
_BODY_PLURALS = frozenset(
    ["affairs", "services", "statistics", "standards", "resources", "vehicles", *_ING_FIELDS]
)
# sports, arts and pastimes that Punkt's table saw capitalised only (sentence-initially), so they pass as
# "no ordinary English" before a head; they name a kind of school or league, not one body ("a karate school",
# "the hockey league suspended him", "a youth soccer league"): review35's M12
_PASTIMES = frozenset(
    [
        *("karate", "judo", "taekwondo", "kung", "jiu-jitsu", "boxing", "kickboxing", "wrestling", "fencing"),
        *("soccer", "hockey", "football", "baseball", "basketball", "softball", "volleyball", "lacrosse"),
        *("rugby", "cricket", "golf", "tennis", "bowling", "cheerleading", "gymnastics", "swimming"),
        *("skating",),
        *("ballet", "dance", "yoga", "pilates", "chess", "poker", "bridge", "cooking", "culinary", "driving"),
        *("flight", "surf", "ski", "hip-hop", "jazz", "music", "art", "drama", "acting", "modeling"),
    ]
)


# words the closed-class list leaves out that never stand inside a body's name ("the agency", "its council")
_NOT_BODY = frozenset(
    [
        *("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my"),
        *("via", "per", "amid", "despite", "across", "around", "about", "like", "including", "than"),
        *("your", "which", "who", "whose", "what", "it", "he", "she", "they", "we", "i", "you", "not"),
    ]
)


# rule past-ends-body: an irregular past after a body's name is its verb, no word of it ("the ministry of
# information brought …", "the bureau of prisons took …"); not "rose", a name's word as often
_PAST_ENDS_BODY = _IRREGULAR_PAST - {"rose"}


def _body_word(low: str) -> bool:
    """A word that may stand inside a body's name: no closed-class word, no verb form or participle (nor an
    irregular past, `past-ends-body`), no title, role, day or month, no text or generic noun
    (`_NOT_ROLE_HEADS`)."""
    return (
        low not in _CLOSED
        and low not in _NOT_BODY
        and low not in _SAID
        and low not in _PAST_ENDS_BODY
        and not listed_form(low)
        and (_PARTICIPLE.match(low) is None or low in _ING_FIELDS)
        and (low,) not in _titles()
        and low not in _roles()
        and low not in _CALENDAR
        and low not in _NOT_ROLE_HEADS
    )


def _name_word(f: Found, k: int) -> bool:
    """Word k goes on the body's name before it: joined to it (no stop between, but a saint's short form's:
    `saint-in-name`, "the st. Johns river", "st. jude children's hospital") and a `_body_word`."""
    prev = f.ws[k - 1]
    return _joined(f, k) and (not prev.dot or prev.low in _SAINT_STOPS) and _body_word(f.ws[k].low)


def _body_name(ws: Sequence[Word]) -> str:
    """A body's name as cased English writes it: listed words as listed ("U.S."), "of" and "and" lower."""
    out = []
    for w in ws:
        listed = _listed().get((w.low,))
        out.append(w.low if w.low in _CLOSED else listed or cased(w.low))
    return " ".join(out)


def _listed_ends(f: Found, i: int) -> bool:
    """A listed name of two or three words ends on word i ("american airlines")."""
    return any(
        i - n + 1 >= 0
        and _ws_key(f, i - n + 1, n) in _listed()
        and all(_joined(f, j) for j in range(i - n + 2, i + 1))
        for n in (2, 3)
    )


def _listed_before(f: Found, i: int) -> int:
    """The first word index of the longest listed place or organisation ending right before word i, joined
    to it ("california", "u.s.", "los angeles"), or i when there is none."""
    for n in (3, 2, 1):
        s = i - n
        if s < 0 or not all(_joined(f, j) for j in range(s + 1, i + 1)):
            continue
        key = tuple(w.low for w in f.ws[s:i])
        if key in _listed() and key[0] not in _NOT_BODY and not any(f.ws[j].dot for j in range(s, i - 1)):
            return s
    return i


# rule department-of-charge: words a department's kind is named by before "department" ("the police
# department", "the justice department"), after which "of" opens a charge or a part, no name ("accused the
# police department of bias", "the justice department of surveillance abuses")
_DEPARTMENT_KINDS = frozenset(["police", "justice", "fire", "sheriff's", "sheriffs", "health", "defense"])


def _kind_before_head(f: Found, i: int) -> bool:
    """Rule department-of-charge: word i is "department" right after a department's kind."""
    return f.ws[i].low == "department" and i > 0 and _joined(f, i) and f.ws[i - 1].low in _DEPARTMENT_KINDS


# rule of-adjective-noun: a field's adjective ends no name after "of": the noun after it does ("department
# of environmental protection", "department of germanic studies", "… of cryospheric sciences")
_FIELD_ADJECTIVE = re.compile(r"[a-z]{3,}(?:al|ic)$")


def _of_tail(f: Found, k: int) -> int:
    """The end (word index) of the name after "of" at word k-1: a listed name there ("new york",
    "maryland"), else one to three nouns, "and" joining one more run ("corrections and rehabilitation",
    "labor statistics"); -1 when none."""
    ws = f.ws
    for n in range(min(_listed_openings().get(ws[k].low if k < len(ws) else "", 0), len(ws) - k), 0, -1):
        if tuple(w.low for w in ws[k : k + n]) in _listed() and all(_joined(f, j) for j in range(k, k + n)):
            return k + n
    j = k
    while j < len(ws) and j - k < 3 and _name_word(f, j):
        if j > k and _AFTER_BODY.search(ws[j].low) and ws[j].low not in _BODY_PLURALS:
            break
        j += 1
        if ws[j - 1].low in _ING_FIELDS:
            break  # a field ends the name ("… of civil engineering said")
    if j == k:
        return -1
    last = ws[j - 1].low
    field = _FIELD_ADJECTIVE.fullmatch(last) and not _listed_word(last) and not ws[j - 1].dot
    if field and j < len(ws) and _joined(f, j) and _name_word(f, j):
        j += 1  # rule of-adjective-noun: "of environmental protection", "of germanic studies"
    if j + 1 < len(ws) and ws[j].low == "and" and _joined(f, j) and _name_word(f, j + 1):
        e = j + 1
        while e < len(ws) and e - j <= 2 and _name_word(f, e):
            if e > j + 1 and _AFTER_BODY.search(ws[e].low) and ws[e].low not in _BODY_PLURALS:
                break
            e += 1
        return e
    return j


# rule airline-cue: an ordinary word before "airlines" or "airways" names the airline only before one of its
# own nouns, singular ("a spirit airlines flight", "a frontier airlines spokeswoman"); never a kind of
# airline ("major airlines", "budget airlines", "chinese airlines")
_AIRLINE_CUES = frozenset(
    ["flight", "spokesman", "spokeswoman", "spokesperson", "ceo", "jet", "plane", "pilot"]
)
_AIRLINE_KINDS = frozenset(
    [
        *("major", "budget", "regional", "domestic", "foreign", "other", "commercial", "international"),
        *("national", "rival", "big", "small", "low-cost", "local", "private", "state-owned", "cheap"),
    ]
)


def _airline_cue(f: Found, i: int) -> bool:
    """Rule airline-cue: word i is "airlines" or "airways", after one untaken ordinary word no kind of
    airline and no nationality, before one of `_AIRLINE_CUES`."""
    ws = f.ws
    if ws[i].low not in ("airlines", "airways") or i < 1 or i + 1 >= len(ws) or (i - 1) in f.taken:
        return False
    word = ws[i - 1].low
    if word in _AIRLINE_KINDS or word in _demonyms() or not _body_word(word) or not _name_word(f, i):
        return False
    return ws[i + 1].low in _AIRLINE_CUES and _joined(f, i + 1) and not ws[i].dot


def _head_noun_org(f: Found) -> None:
    """Rule head-noun-org: an organisation by its head noun: one of `_HEAD_FIRST` then "of" and a name
    (`_of_tail`: "department of corrections and rehabilitation", "university of maryland"), a listed
    place before it taken in ("california department of …"); or a listed place or a word no ordinary
    English, up to two more nouns, then one of `_HEAD_LAST` ("u.s. census bureau", "evanston township
    high school"). Not after a person's name ("the obama administration" is no head here), nor a head
    alone or after ordinary words only ("the agency", "a city council")."""
    ws = f.ws
    for i, w in enumerate(ws):
        if i in f.taken:
            continue
        if _in_listed(f, i):
            continue  # "federal bureau of investigation": listed-name takes it whole
        if w.low in _HEAD_FIRST and i + 2 < len(ws) and ws[i + 1].low == "of" and _joined(f, i + 1):
            if _kind_before_head(f, i):
                continue  # rule department-of-charge: "accused the police department of bias"
            end = _of_tail(f, i + 2) if _joined(f, i + 2) else -1
            if end > 0:
                s = _listed_before(f, i)
                end += _hospital_tail(f, end)
                f.emit(s, end, _body_name(ws[s:end]), "organization")
                continue
        if w.low in _NATIONAL_HEADS and not _head_next(f, i):
            s = _name_before(f, i)
            if s < i and ws[s].low in _NAME_OPENERS:  # rule national-heads: "the national weather service"
                f.emit(s, i + 1, _body_name(ws[s : i + 1]), "organization")
                continue
        if w.low == "union":
            s = _name_before(f, i)
            if s < i and _union_name(f, s, i):
                f.emit(s, i + 1, _body_name(ws[s : i + 1]), "organization")
            continue
        if w.low in _PAPER_HEADS:
            s = _paper_place(f, i)
            if s < i:
                f.emit(s, i + 1, _body_name(ws[s : i + 1]), "organization")
            continue
        if w.low in _AND_HEADS and not _head_next(f, i):
            s = _and_name_before(f, i)
            if s < i:
                f.emit(s, i + 1, _body_name(ws[s : i + 1]), "organization")
                continue
        if _district_next(f, i):
            s = _name_before(f, i)
            kind = ws[s].low in _STATE_WORDS and s > 0 and ws[s - 1].low in _ONE_OF_KIND
            if s < i and _listed_before(f, i) != s and len(ws[s].low) > 2 and not kind:
                f.emit(s, i + 2, _body_name(ws[s : i + 2]), "organization")
            continue
        if w.low in _COMPANY_HEADS and _listed_ends(f, i):
            continue  # rule listed-company: "american airlines", listed-name's
        if _airline_cue(f, i):
            f.emit(i - 1, i + 1, _body_name(ws[i - 1 : i + 1]), "organization")
            continue
        if w.low in _HEAD_FIRST and i + 1 < len(ws) and ws[i + 1].low == "of" and _joined(f, i + 1):
            continue  # rule of-name-cut: the name goes on past "of", where its reading failed: no body cut
        if (w.low in _HEAD_LAST or _medical_centre(f, i)) and not _head_next(f, i):  # a stop ends the name
            s = _name_before(f, i)
            if s < i and _head_goes_on(f, i):
                f.taken.update(range(s, i + 1))  # no name of its own, nor a part of it ("ohio")
                continue
            if s < i and not _state_after_town(f, s) and not _place_led_kind(f, s, i):
                stop = w.dot and w.low in _COMPANY_SUFFIXES  # "Corp.": the abbreviation's own stop
                f.emit(s, i + 1, _body_name(ws[s : i + 1]) + "." * stop, "organization", dot=stop)


# rule place-led-body: heads of a body's name a listed place opens with words of its own between ("texas
# health presbyterian hospital", "oregon health and science university"), and how many words may stand
# between ("and" one of them)
_PLACE_LED_BODY_HEADS = frozenset(
    [
        *("hospital", "university", "college", "institute", "commission", "council", "association"),
        *("center", "centre"),
    ]
)
_PLACE_LED_BODY_GAP = 4


def _place_led_body(f: Found) -> None:
    """Rule place-led-body: a listed place, then one to four words of a body's name (one may be "and", none
    listed, a place or a head), then one of `_PLACE_LED_BODY_HEADS`: the body whole, no place ("texas health
    presbyterian hospital", "oregon health and science university"; the place alone there names no place
    and gave a wrong kind). Not after an article or possessive of one of a kind (`_KIND_BEFORE`: "a texas
    health care center"), and before a hospital or a college only with a word between no ordinary English
    ("presbyterian"): ordinary words there name a kind ("the dallas county hospital"); before a center,
    ordinary words only when the last makes it a body's (`venue-centre`: "maryland shock trauma center",
    not "the anchorage correctional center", a prison, a place)."""
    ws = f.ws
    for i, w in enumerate(ws):
        if w.low not in _PLACE_LED_BODY_HEADS or i in f.taken or _head_next(f, i) or i < 2:
            continue
        for gap in range(1, min(_PLACE_LED_BODY_GAP, i - 1) + 1):
            s = _listed_before(f, i - gap)
            if s == i - gap or any(k in f.taken for k in range(s, i)):
                continue
            if _place_led_body_name(f, s, i - gap, i):
                f.emit(s, i + 1, _body_name(ws[s : i + 1]), "organization")
            break


def _place_led_body_name(f: Found, s: int, b: int, i: int) -> bool:
    """Rule place-led-body: words b..i-1 between the listed place opening at word s and the head, word i,
    are a body's name: joined, body words or one "and" between two, none listed or a head; the place a
    place, no article of a kind before it."""
    ws = f.ws
    if not _listed_place(f, s, b):
        return False
    if s > 0 and _joined(f, s) and ws[s - 1].low in _KIND_BEFORE:
        return False
    between = ws[b:i]
    if ws[b].low == "and" or ws[i - 1].low == "and" or sum(x.low == "and" for x in between) > 1:
        return False
    for k in range(b, i + 1):
        if not _joined(f, k) or ws[k - 1].dot:
            return False
    for x in between:
        if x.low != "and" and (not _body_word(x.low) or _listed_word(x.low) or x.low in _HEAD_LAST):
            return False
    plain = all(_lower_word(x.low) for x in between)
    if ws[i].low in _CENTRES:  # rule venue-centre: a prison's or a venue's "center" is a place, no body
        kind = all(_lower_word(x.low) or _ADJECTIVE_END.search(x.low) for x in between)  # "correctional"
        return not kind or ws[i - 1].low in _BODY_CENTRES
    return not (ws[i].low in ("hospital", "college") and plain)


# rule head-first-hospital: the words after "university of X" that make its hospital or school a body of
# its own ("the university of cincinnati medical center")
_HOSPITAL_TAILS = (("medical", "center"), ("medical", "centre"), ("medical", "school"), ("health", "system"))


def _hospital_tail(f: Found, k: int) -> int:
    """Rule head-first-hospital: how many words from word k go on a body named by its first head ("university
    of cincinnati" + "medical center", + "hospital"): its hospital, medical school or health system is the
    body the text names, not the university ("taken to the university of cincinnati medical center")."""
    ws = f.ws
    if k < len(ws) and ws[k].low == "hospital" and _joined(f, k) and not ws[k - 1].dot:
        return 1
    for tail in _HOSPITAL_TAILS:
        n = len(tail)
        words = tuple(w.low for w in ws[k : k + n])
        if words == tail and not ws[k - 1].dot and all(_joined(f, j) for j in range(k, k + n)):
            return n
    return 0


# rule head-noun-place: the last words of a place's name, a facility's or a street's ("goose bay airport",
# "monroe county jail", "coach side lane", "bear mountain state park")
_PLACE_HEADS = frozenset(
    [
        *("airport", "jail", "prison", "lane", "street", "avenue", "boulevard", "tower", "theatre"),
        *("theater", "stadium", "arena", "bridge", "river", "lake", "strait", "island", "valley", "park"),
        "cemetery",
        # rule more-place-heads (session 56): heads no verb or everyday phrase ends on after a name ("terramar
        # road", "gresham square", "coos bay"); not "falls", "drive" or "summit" ("if trump falls")
        *("road", "square", "highway", "canyon", "bay", "harbor", "harbour", "plaza", "penitentiary"),
        *("creek", "trail", "peninsula", "mall"),
    ]
)


def _union_name(f: Found, s: int, i: int) -> bool:
    """Rule union-name: words s..i-1 before "union" (word i) name one union ("the chicago teachers union",
    "the cta rail workers union"), no kind of union: two words or more, not a listed name alone ("a new
    york union", "the uaw union": the body is the acronym's), not a nationality with fewer than two words
    after it ("a swedish union", "the french union", "the soviet union"), no hyphened compound of ordinary
    words ("a white-collar union")."""
    ws = f.ws
    if i - s < 2 or _listed_before(f, i) == s:
        return False
    if ws[s].low in _demonyms() or ws[s].low in ("soviet", "european"):
        return i - s >= 3
    return not any("-" in w.low and all(_lower_word(p) for p in w.low.split("-")) for w in ws[s:i])


def _paper_place(f: Found, i: int) -> int:
    """Rule paper-head: the first word of a listed place of up to three words right before word i, a
    newspaper's head, after "the" ("the des moines register"), or i: none when the name goes on past the
    head ("the new england journal of medicine", "the tampa bay times forum", "the post and courier",
    "the columbus post office") or is no place ("the reddit post", "the european journal")."""
    ws = f.ws
    after = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not ws[i].dot else ""
    if after in ("of", "and", "office", "offices", "forum") or after in _heads():
        return i
    for n in (3, 2, 1):
        s = i - n
        if s < 1 or ws[s - 1].low != "the" or not all(_joined(f, k) for k in range(s, i + 1)):
            continue
        name = _listed().get(tuple(w.low for w in ws[s:i]))
        if name and gazetteer().kind_of(tuple(name.split())) == "place" and not f.taken & set(range(s, i)):
            return s
    return i


# rule county-name: the words after "county" that carry the name on to a body, an office or a building ("…
# county sheriff", "… county police", "… county school district", "… county superior court"), whose rules read
# it, or that make it a kind ("county fair", "county line"): no county of its own there
_COUNTY_GOES_ON = frozenset(
    [
        *("sheriff", "sheriffs", "police", "fire", "school", "schools", "district", "board", "commission"),
        *("council", "court", "courts", "superior", "circuit", "supreme", "probate", "family", "municipal"),
        *("jail", "prison", "courthouse", "department", "health", "library", "public", "government"),
        *("governments", "medical", "fair", "line", "seat", "executive", "attorney", "regional", "office"),
        *("coroner", "clerk", "treasurer", "assessor", "sheriff's", "fairgrounds", "hospital", "airport"),
        *("common", "detention", "correctional", "juvenile", "adult", "animal", "fc", "afc"),
    ]
)


def _county_name(f: Found) -> None:
    """Rule county-name: a county's name, "county" after a listed place of one to three words ("los
    angeles county", "dallas county") or after one word no ordinary English ("chester county"; a first
    name too, "wayne county"), maybe after a place's opening word ("san mateo county", "st. louis
    county"): a place. None where the name goes on (`_COUNTY_GOES_ON`: "chester county sheriff", "…
    county school district"), after an ordinary word ("the rural county", "a neighbouring county", "king
    county": nothing rather than a guess), nor after a nationality ("the english county") or a word glued
    to an ordinary one ("then-luzerne county"), nor where a word is another rule's ("kamala harris
    county visit"); a sheriff's title after it keeps the county (`county-sheriff`: "kern county sheriff
    donny youngblood")."""
    ws = f.ws
    for i, w in enumerate(ws):
        if w.low != "county" or i == 0 or i in f.taken or not _joined(f, i) or ws[i - 1].dot:
            continue
        nxt = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not w.dot else ""
        if (nxt in _COUNTY_GOES_ON or nxt in _HEAD_LAST or nxt in _PLACE_HEADS) and not _county_sheriff(f, i):
            continue
        s = _listed_before(f, i)
        if s == i:
            k = i - 1
            if not _county_word(f, k):
                continue
            s = k - 1 if k > 0 and _county_opener(f, k - 1) else k
        elif i - s == 1 and ws[s].low in _STATE_WORDS and s > 0 and ws[s - 1].low in _ONE_OF_KIND:
            continue  # "that wisconsin county", "one texas county": a county of the state, unnamed
        if not any(k in f.taken for k in range(s, i)):
            f.emit(s, i + 1, cased(f.text[ws[s].start : w.end].lower()), "place")


def _county_sheriff(f: Found, i: int) -> bool:
    """Rule county-sheriff: "sheriff" after "county" (word i) as a person's title, no possessive after it and
    a name after it, a listed first name or a word no ordinary English ("pinal county sheriff paul babeu"):
    the county is the place, the sheriff's (the labels' convention); "… county sheriff's office", "… county
    sheriff department" and "the franklin county sheriff said" (the office) stay a body's words."""
    k = i + 1
    if f.ws[k].low != "sheriff" or f.text[f.ws[k].end : f.ws[k].end + 1] in ("'", "’"):
        return False
    after = f.ws[k + 1].low if k + 1 < len(f.ws) and _joined(f, k + 1) else ""
    return bool(after) and (after in _all_first_names() or not _lower_word(after))


# rule county-name: the words before a state and "county" that make it a county of the state, no name
_ONE_OF_KIND = frozenset(["a", "an", "that", "this", "one", "each", "every", "another", "any", "which"])
# rule county-name: the endings of adjectives Punkt's table never saw in lower case ("populous",
# "northwesternmost"), which no county's name has
_ADJECTIVE_ENDINGS = ("most", "ous", "ful", "ive", "ern", "est")


def _county_word(f: Found, k: int) -> bool:
    """Rule county-name: word k may be a county's name before "county": no ordinary word, nationality or
    adjective ("the rural county", "the english county", "the most populous county"), no word glued to a
    digit ("32nd county") or to an ordinary word ("then-luzerne county")."""
    low, t = f.ws[k].low, f.text
    return not (
        _lower_word(low)
        or not _body_word(low)
        or "." in low
        or low in _demonyms()
        or low.endswith(_ADJECTIVE_ENDINGS)
        or t[f.ws[k].start - 1 : f.ws[k].start].isdigit()
        or ("-" in low and _lower_word(low.split("-")[0]))
    )


def _county_opener(f: Found, k: int) -> bool:
    """Rule county-name: word k opens the county's name before its one word: a place's opening word ("san
    mateo county") or a particle ("van buren county"), joined to it; "st." too ("st. louis county")."""
    low = f.ws[k].low
    if f.ws[k].dot:
        return low in ("st", "ste", "mt", "ft") and f.text[f.ws[k].end : f.ws[k + 1].start] == ". "
    return (low in _PLACE_OPENERS or low in _PARTICLES) and _joined(f, k + 1)


def _head_noun_place(f: Found) -> None:
    """Rule head-noun-place: a place by its head noun (`_PLACE_HEADS`) after a listed name or one or two
    words no ordinary English and up to two ordinary nouns, as `head-noun-org` reads a body's ("goose bay
    airport", "coach side lane"); never where the words before name a kind (`place-led-head`: "a new york
    jail", "her downtown street"), nor a head a noun follows, where the name goes on ("coachella valley
    music festival"), nor "of" ("the lake of the ozarks"; `place-led-head`)."""
    ws = f.ws
    for i, w in enumerate(ws):
        if w.low not in _PLACE_HEADS or i in f.taken or _in_listed(f, i):
            continue
        nxt = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not w.dot else ""
        if nxt and f.text[w.end] == " " and _body_word(nxt) and not _PARTICIPLE.match(nxt):
            continue  # "coachella valley music festival", "orchard park country club": the name goes on
        s = _name_before(f, i)
        if s < i and not _state_after_town(f, s) and not _place_led_kind(f, s, i) and _whole_place(f, s, i):
            f.emit(s, i + 1, _body_name(ws[s : i + 1]), "place")


_QUOTE_MARKS = frozenset("\"“”‘’'`")


def _whole_place(f: Found, s: int, i: int) -> bool:
    """Rule head-noun-place: words s..i are the place's whole name: no initial or abbreviation inside ("t.j.
    lane", a person), nothing glued before ("25,000-acre park", "fort lauderdale – hollywood … airport"),
    no word before that is no article or closed-class word, where it may begin sooner ("new britain
    avenue", "southeast texas county jail", "st. johns river"), no adverb first ("forbiddingly craggy
    island"), and no quotation mark round it (a title: "shutter island")."""
    ws, t = f.ws, f.text
    # a saint's short form may stand in it (`saint-in-name`: "the st. johns river")
    if any("." in w.low or (w.dot and w.low not in _SAINT_STOPS) for w in ws[s:i]):
        return False
    if ws[s].low.endswith("ly"):
        return False
    lead = t[max(0, ws[s].start - 2) : ws[s].start]
    if (lead[-1:] and not lead[-1:].isspace()) or lead[:1] in _QUOTE_MARKS or lead[:1] in "-–—":
        return False
    if t[ws[i].end : ws[i].end + 1] in _QUOTE_MARKS or t[ws[i].end + 1 : ws[i].end + 2] in _QUOTE_MARKS:
        return False
    before = ws[s - 1].low if s > 0 and ws[s - 1].end + 3 >= ws[s].start else ""
    return not before or before == "the" or before in _CLOSED or before in _PLACE_BEFORE


# rule medical-centre: "medical center" after a name is a hospital's name's end, a body as "hospital" is
# ("maine medical center", "tufts medical center"; not "the medical center", "a boston medical center")
_CENTRES = frozenset(["center", "centre"])


def _medical_centre(f: Found, i: int) -> bool:
    """Rule medical-centre: word i is "center" or "centre" right after "medical"."""
    return f.ws[i].low in _CENTRES and i > 0 and f.ws[i - 1].low == "medical" and _joined(f, i)


def _place_led_kind(f: Found, s: int, i: int) -> bool:
    """Rule place-led-head: a name before one of `_PLACE_LED_HEADS` (word i) from word s that names a kind,
    no body: a nationality first ("a dutch court", "north korean supreme court"), an article or possessive
    before ("a new york hospital", "her houston hospital room"), or "of" after the head, where the name
    goes on past what is read ("the u.s. court of appeals for …"); a name opening on no listed one,
    with an adjective first or an ordinary word before it, neither."""
    if f.ws[i].low == "school" and _place_school_kind(f, s, i):
        return True
    medical = _medical_centre(f, i)  # rule medical-centre: read as "hospital"
    if f.ws[i].low not in _PLACE_LED_HEADS and f.ws[i].low not in _PLACE_HEADS and not medical:
        return False
    before = f.ws[s - 1].low if s > 0 and _joined(f, s) else ""
    after = f.ws[i + 1].low if i + 1 < len(f.ws) and _joined(f, i + 1) else ""
    if f.ws[s].low in _demonyms() or before in _KIND_BEFORE or after == "of":
        return True
    if _head_goes_on(f, i):
        return True  # "the oklahoma hospital discount pharmacy": the head of a longer name, cut
    if i - s == 1 and f.ws[s].low in _STATE_WORDS and f.ws[i].low in _MANY_PER_STATE:
        return True  # rule state-kind: "released from california jail", "the colorado theater shooting"
    if f.text[f.ws[s].start - 1 : f.ws[s].start].isalnum():
        return True  # "9th district court": a number's ending, no name
    if f.ws[i - 1].low == "federal":
        return True  # "chicago federal court": the place of a federal court, no court's name
    if any(tuple(w.low for w in f.ws[s : s + n]) in _listed() for n in (1, 2, 3)):
        return False  # "cook county circuit court", "u.s. district court"
    # an unlisted first word: no adjective ("the probate court", "a recent appellate court"), and no
    # ordinary word before it, where the name may begin sooner ("aids healthcare foundation")
    # "national fish and wildlife foundation"; not a place's head, which "and" or "of" often comes before
    # (rule place-after-and: "between the pahoa cemetery and apaa street", "the corner of apaa street")
    joins = before in ("and", "of", "&") and f.ws[i].low not in _PLACE_HEADS
    loose = bool(before) and before != "the" and before not in _CLOSED
    adjective = _ADJECTIVE_END.search(f.ws[s].low) is not None
    unseen = i - s == 1 and not _lower_word(f.ws[s].low) and before not in ("the", *_KIND_BEFORE)
    if adjective and unseen and f.ws[i].low == "college":
        adjective = False  # rule unseen-adjective-college: "occidental college", no English adjective
    return adjective or joins or loose


_ADJECTIVE_END = re.compile(r"(?:ous|al|ate|ive|ic|ary|ile|ent|ant)$")
# rule place-school-kind: the levels of a school, between a place and "school"
_SCHOOL_LEVELS = frozenset(["high", "middle", "elementary", "primary", "secondary", "junior", "senior"])
# ... and its sorts, between the place and the level ("a pennsylvania catholic high school")
_SCHOOL_SORTS = frozenset(["catholic", "christian", "jewish", "public", "private", "charter", "boarding"])


def _place_school_kind(f: Found, s: int, i: int) -> bool:
    """Rule place-school-kind: an article, a listed place alone and a school's level before "school" (word
    i), a school's sort between them or not, name a kind of school in that place, no school ("a florida high
    school", "a manhattan middle school girl", "a pennsylvania catholic high school"); the place stays,
    listed-name's. A name of its own keeps its head ("marjory stoneman douglas high school", "the florida
    high school": no article of one of a kind)."""
    if s == 0 or not _joined(f, s) or f.ws[s - 1].low not in _ONE_OF_KIND:
        return False
    k = i - 1 if f.ws[i - 1].low in _SCHOOL_LEVELS else i
    if k - 1 > s and f.ws[k - 1].low in _SCHOOL_SORTS:
        k -= 1  # "a pennsylvania catholic high school"
    return k > s and _listed_place(f, s, k)


# rule state-kind: facilities a state has many of, so that its name alone before one names a kind ("from
# california jail", "the colorado theater shooting"); not a state's one stadium or avenue ("texas stadium")
_MANY_PER_STATE = frozenset(["jail", "prison", "theater", "theatre", "college"])
# rule head-goes-on: heads of a shop's name heads.tsv lacks ("the oklahoma hospital discount pharmacy")
_SHOP_HEADS = frozenset(["pharmacy", "clinic", "store", "shop"])


def _head_goes_on(f: Found, i: int) -> bool:
    """Rule head-goes-on: the name runs on past its head, word i, so the words up to it are the head of a
    longer name cut in the middle: one or two nouns after it in the same run end on a facility's, a
    place's or a shop's head ("earls court exhibition center", "the oklahoma hospital discount pharmacy";
    not "the aurea foundation group"), or a body's name is cut right after its head ("the texas court..."
    of "the texas court of criminal appeals")."""
    ws, t = f.ws, f.text
    cut = t[ws[i].end : ws[i].end + 3] == "..." or t[ws[i].end : ws[i].end + 1] == "…"
    if cut and ws[i].low in _PLACE_LED_HEADS:  # a body's name goes on ("court of …"), a river's seldom
        return True
    heads = _FACILITY_HEADS | _PLACE_HEADS | _SHOP_HEADS  # no body's own group or office after it
    for k in range(i + 1, min(i + 3, len(ws))):
        if ws[k - 1].dot or not _joined(f, k) or t[ws[k - 1].end : ws[k].start] != " ":
            return False
        if ws[k].low in heads:
            return True
        if not _body_word(ws[k].low) or _PARTICIPLE.match(ws[k].low):
            return False
    return False


def _state_after_town(f: Found, s: int) -> bool:
    """Rule state-after-town: a body's name that opens on a state after a town and a comma ("newton, kansas
    police department") is the town's body, no state's: where its name begins is unsure, so none."""
    return s > 0 and f.ws[s].low in _STATE_WORDS and f.text[f.ws[s - 1].end : f.ws[s].start] == ", "


def _in_listed(f: Found, i: int) -> bool:
    """Rule listed-holds-head: head word i inside a listed name opening one or two words before it and
    going on past it ("federal bureau of investigation"), which `listed-name` gives whole, not cut at its
    head ("Bureau of Investigation"); a listed name the head ends ("census bureau") is head-noun-org's,
    which takes a listed place before it too ("u.s. census bureau"). A word that opens no listed name
    long enough to go past the head is passed over before the gaps are read (most words)."""
    openings = _listed_openings()
    for s in (i - 1, i - 2):
        if s < 0:
            continue
        longest = openings.get(f.ws[s].low, 0)
        if longest <= i - s + 1 or not all(_joined(f, j) for j in range(s + 1, i + 1)):
            continue  # no listed name opening at s goes past i (the loop below has no length to try)
        for n in range(longest, i - s + 1, -1):
            key = tuple(w.low for w in f.ws[s : s + n])
            if len(key) == n and key in _listed() and all(_joined(f, j) for j in range(s + 1, s + n)):
                return True
    return False


# rule sheriff-office: a county's sheriff's office, a body US news names often ("the broward county sheriff's
# office"); the possessive parts its words, so no head-noun rule reads it (entities41's read: "thurston county
# sheriff's office" missed)
_SHERIFF_BODIES = frozenset(["office", "department"])
_SHERIFF_GAPS = frozenset(["'s ", "’s "])


# rule credit-name: a photo credit's agency and "photo/" before the photographer's name, which runs to the
# closing bracket ("( ap photo/charles rex arbogast )", "( afp photo/kin cheung )", "( ap photo/jessica
# hill, file )")
_CREDIT = re.compile(
    r"\b(?:ap|afp|reuters|epa|getty images|ap images) (?:photo|photos|images)/ ?"
    r"([a-z][a-z'’\-]*\.?(?: [a-z][a-z'’\-]*\.?){1,3})(?:, file)? ?\)"
)
# words of a credit that name no photographer ("courtesy of …", "file", "ifc films", "the fort …")
_NOT_CREDITED = frozenset(["courtesy", "file", "pool", "handout", "staff", "photo", "images", "films"])


def _credit_name(f: Found) -> None:
    """Rule credit-name: the name after an agency's "photo/" in a photo credit, two to four words up to the
    closing bracket ("( ap photo/jacquelyn martin )", "( ap photo/mark lennihan )"), is the photographer,
    a person, whatever the words ("mark", "bull", "hill"); none with a closed-class word or a
    word of the credit's own (`_NOT_CREDITED`: "( ap photo/courtesy of the family )", "ifc films")."""
    if "/" not in f.text:
        return
    for m in _CREDIT.finditer(f.text.lower()):
        i, j = f.word_at(m.start(1)), f.word_at(m.end(1) - len(m.group(1).split()[-1]))
        if i is None or j is None:
            continue
        low = [w.low.rstrip(".") for w in f.ws[i : j + 1]]
        if any(w in _CLOSED or w in _NOT_CREDITED or w in _NOT_BODY for w in low):
            continue
        f.emit(i, j + 1, cased(f.text[f.ws[i].start : f.ws[j].end].lower()), "person")


def _sheriff_office(f: Found) -> None:
    """Rule sheriff-office: a county's name, "county" or "parish", "sheriff's", then "office" or
    "department" is one organisation ("broward county sheriff's office"); the county's name is a listed
    place ("los angeles county …") or a word no ordinary English after an ordinary one, so "the county
    sheriff's office" or "a local county sheriff's office" names no one body, and "san juan county …"
    none rather than a cut "Juan County" (the end read of entities41)."""
    ws = f.ws
    for i in range(2, len(ws) - 1):
        if ws[i].low != "sheriff" or ws[i + 1].low not in _SHERIFF_BODIES:
            continue
        if f.text[ws[i].end : ws[i + 1].start] not in _SHERIFF_GAPS or ws[i - 1].low not in (
            "county",
            "parish",
        ):
            continue
        if not (_joined(f, i - 1) and _joined(f, i)):
            continue
        s = _listed_before(f, i - 1)  # a listed county name of more words ("los angeles county")
        if s == i - 1:
            county = ws[i - 2].low
            if _lower_word(county) and not _listed_word(county):
                continue
            s = i - 2
        if _name_goes_on(f, s):
            continue  # "san juan county": a name word before the county's, where the name may begin
        name = _listed().get(tuple(w.low for w in ws[s : i - 1])) or " ".join(
            cased(w.low) for w in ws[s : i - 1]
        )
        f.emit(s, i + 2, f"{name} {cased(ws[i - 1].low)} Sheriff's {cased(ws[i + 1].low)}", "organization")


# words a place's name of several words opens with, which Punkt saw in lower case too ("la plata", "st.
# lucie", "east baton rouge", "new hanover"): before a county's name, the county's is their rest
_PLACE_OPENERS = frozenset(
    [
        *("la", "le", "las", "los", "el", "de", "del", "des", "du", "san", "santa", "st", "ste", "saint"),
        *("fort", "ft", "mount", "mt", "port", "lake", "new", "east", "west", "north", "south", "upper"),
        *("lower", "little", "grand", "palm", "prince"),
    ]
)


def _name_goes_on(f: Found, s: int) -> bool:
    """Rule sheriff-office: the word before a county's name (word `s`) may be that name's first, so where it
    begins is unsure: a word no ordinary English joined to it ("san juan county"), or a place's opener
    (`_PLACE_OPENERS`) joined or after its stop ("la plata", "st. lucie", "east baton rouge": no cut "Plata
    County", nor "Baton Rouge Parish" for the listed "baton rouge"); a stop before a capital ends a
    sentence."""
    if s == 0:
        return False
    prev, gap = f.ws[s - 1], f.text[f.ws[s - 1].end : f.ws[s].start]
    if _joined(f, s) and not _lower_word(prev.low):
        return True
    return prev.low in _PLACE_OPENERS and (gap == " " or (gap == ". " and f.text[f.ws[s].start].islower()))


# rule school-district: the bodies whose district is a body too, as cased `head-word` reads them ("…
# School District", "… Water District")
_DISTRICT_BODIES = frozenset(["school", "schools", "water", "sanitation", "irrigation", "utility", "transit"])


def _district_next(f: Found, i: int) -> bool:
    """Rule school-district: word i is one of `_DISTRICT_BODIES` and "district" follows: the head is the
    district ("coatesville area school district", "jurupa unified school district"), never "… school" cut
    short; no body where a listed place alone names it ("the pennsylvania school district", a kind), a
    state after "a" opens it ("a tennessee county school district", `county-name`'s kind) or a word of
    one or two letters does ("the da faults school district": a district attorney faults it)."""
    ws = f.ws
    return (
        ws[i].low in _DISTRICT_BODIES
        and i + 1 < len(ws)
        and ws[i + 1].low == "district"
        and _joined(f, i + 1)
        and not ws[i].dot
    )


def _head_next(f: Found, i: int) -> bool:
    """Another head word right after word i: the name goes on to it ("illinois high school association")."""
    return i + 1 < len(f.ws) and f.ws[i + 1].low in _HEAD_LAST and _joined(f, i + 1) and not f.ws[i].dot


def _free_body(f: Found, k: int) -> bool:
    """Word k may stand inside a body's name before a head: untaken, a `_body_word`, joined to the next."""
    return k >= 0 and k not in f.taken and _body_word(f.ws[k].low) and _name_word(f, k + 1)


# rule and-in-name: the heads of a committee, commission or board whose name holds "and" ("the homeland
# security and governmental affairs committee", "house ways and means committee"); the chambers that open
# such a name without "the"
_AND_HEADS = frozenset(["committee", "subcommittee", "commission", "board"])
_CHAMBERS = frozenset(["house", "senate"])


def _and_name_before(f: Found, i: int) -> int:
    """Rule and-in-name: the first word of a body's name before its head, word i, that joins two runs of
    one to three body words by "and", after "the" or opening on a chamber ("the homeland security and
    governmental affairs committee", "house energy and commerce committee"), or i when none. Never a
    first name in it ("chairman frank lucas and senate agriculture committee"), a head in the first run
    ("the steering committee and ethical review committee"), an article after "and" ("the campaign and the
    national committee"), a listed name opening the second run ("the state and california lottery
    commission") or a word another rule took."""
    ws, r = f.ws, i
    while i - r < 3 and _free_body(f, r - 1):
        r -= 1
    if r == i or r < 3 or ws[r - 1].low != "and" or not _joined(f, r) or not _joined(f, r - 1):
        return i
    if any(tuple(w.low for w in ws[r : r + n]) in _listed() for n in (1, 2, 3) if r + n <= i):
        return i  # "sued the state and california lottery commission": a name of its own after "and"
    best, n = i, r - 1
    while r - 1 - n < 3 and n > 0 and n - 1 not in f.taken and _name_word(f, n - 1) and not ws[n - 1].dot:
        n -= 1
        if ws[n].low in _CHAMBERS or (n > 0 and ws[n - 1].low == "the"):
            best = n
    words = {w.low for w in ws[best:i]}
    if best == i or words & (_all_first_names() - _CHAMBERS) or words & (_HEAD_LAST | _AND_HEADS):
        return i
    return best


# rule national-opens-body: after "the", these open a body's name of ordinary nouns before its head ("the
# national restaurant association", "the international energy agency"); "a national trade association" and
# "the national association" (no noun between) stay no name
_NAME_OPENERS = frozenset(["national", "international"])
# rule national-heads: heads too common alone to name a body after any name ("a car service", "the
# memorial service", "the network"), a body's only after national-opens-body's "the national …" ("the
# national weather service", "the international astronomical union")
_NATIONAL_HEADS = frozenset(
    [
        *("service", "network", "union", "society", "center", "centre", "program", "programme"),
        *("federation", "board", "organization", "organisation", "fund", "administration", "alliance"),
        *("coalition", "trust", "museum", "library", "archives", "corporation", "survey", "laboratory"),
    ]
)


def _national_opener(f: Found, s: int, i: int) -> int:
    """Rule national-opens-body: the index of "national" (or "international") opening the ordinary nouns
    from word s to the head, word i, right after "the", with one or two nouns between it and the head;
    i when none."""
    ws = f.ws
    for k in (s, s - 1):
        if not (1 <= k < i - 1 and ws[k].low in _NAME_OPENERS and ws[k - 1].low == "the"):
            continue
        if (k == s or _free_body(f, k)) and _joined(f, k) and k not in f.taken and not ws[k - 1].dot:
            return k
    return i


def _glued_by_ampersand(f: Found, s: int) -> bool:
    """Rule ampersand-cut: word s follows "&" with no space ("a&m", "at&t"), so a name read from it is cut."""
    start = f.ws[s].start
    return start > 0 and f.text[start - 1] == "&"


def _name_before(f: Found, i: int) -> int:
    """The first word of a body's name before its head, word i (i when none): up to two ordinary nouns
    ("township high", "armed services"), and before them a listed place or organisation ("u.s.",
    "california", "senate"), or one or two words no ordinary English and no first name ("evanston",
    "stanford"); a verb or an ordinary word before those ends the name ("dixon left stanford …",
    "play taft …")."""
    ws, s = f.ws, i
    if _school_first_name(f, i):
        return i - 1  # rule school-first-name: "at troy university"
    while i - s < 2 and _free_body(f, s - 1) and _lower_word(ws[s - 1].low):
        s -= 1
    if _glued_by_ampersand(f, s):
        return i  # rule ampersand-cut: "texas a&m university" read from "m": no body, not a piece of one
    if (opener := _national_opener(f, s, i)) < i:
        return opener
    first = _listed_before(f, s)
    if first < s and not any(k in f.taken for k in range(first, s)):
        return first
    n = s
    while s - n < 2 and _free_body(f, n - 1) and not _lower_word(ws[n - 1].low):
        n -= 1
        if ws[n].low in _all_first_names():
            return i  # "john smith school": a person's name before the head, no body's here
    if n == s or any(ws[k].low == ws[k + 1].low for k in range(n, i)):
        return i  # no name before the ordinary nouns, or a word written twice (a page's stutter)
    if all(ws[k].low in _PASTIMES or _lower_word(ws[k].low) for k in range(n, i)):
        return i  # "karate school", "youth soccer league": a kind of body, no name
    if _kind_by_nationality(f, n, s, i):
        return i  # "a dutch high school student": a kind of school, no name
    return i if _glued_by_ampersand(f, n) else n


# rule school-first-name: the words before a given name alone and "university" or "college" that make the
# two a school's name ("at troy university", "a troy university professor"), not a person's object or
# subject ("taught emily college algebra")
_SCHOOL_BEFORE = frozenset(
    ["the", "a", "at", "of", "from", "for", "to", "in", "by", "with", "and", "attended"]
)


def _school_first_name(f: Found, i: int) -> bool:
    """Rule school-first-name: word i-1, a listed given name, alone right before "university" or
    "college" (word i), after one of `_SCHOOL_BEFORE`: the school's name."""
    ws = f.ws
    if i < 2 or ws[i].low not in _PERSON_SCHOOLS or (i - 1) in f.taken:
        return False
    k = i - 1
    if ws[k].low not in _all_first_names() or not _name_word(f, i) or not _body_word(ws[k].low):
        return False
    return ws[k - 1].low in _SCHOOL_BEFORE and _joined(f, k) and not ws[k - 1].dot


# rule facility-name: the heads of a facility or body named after a person ("the betty ford center")
_FACILITY_HEADS = frozenset(
    [
        *("center", "centre", "foundation", "institute", "hospital", "museum"),
        *("school", "university", "college", "airport", "stadium", "arena", "hall", "theater", "theatre"),
    ]
)
# words before a facility's name alone, as before a place ("she left betty ford", "at betty ford"); not "to"
# or "from", which a person's name takes as often ("a letter from betty ford", "wrote to betty ford")
_FACILITY_BEFORE = frozenset(["at", "into", "left", "entered", "leaving", "entering"])


# rule person-university: a university or college named after a person, whole with no "the" before it
# ("james cook university", "a george mason university professor", "john jay college"): a first name and
# a surname before these heads name the school, seldom a person ("taught emily college algebra" has none)
_PERSON_SCHOOLS = frozenset(["university", "college"])


def _facility_pairs(f: Found) -> dict[tuple[str, str], tuple[int, str, str]]:
    """Rule facility-name: each listed first name that is no ordinary word and the word after it, no
    ordinary English, that the document writes after "the" and before a facility's head ("the betty ford
    center"), or before "university" or "college" with no "the" (`person-university`, where an ordinary
    word a surname can be is the surname too: "james cook university") -> where it starts, the facility's
    name and kind (a place for an airport, a stadium …)."""
    out: dict[tuple[str, str], tuple[int, str, str]] = {}
    ws = f.ws
    if not any(f.counts[h] for h in _FACILITY_HEADS):
        return out
    for i in range(1, len(ws) - 2):
        first, last, head = ws[i].low, ws[i + 1].low, ws[i + 2].low
        if head not in _FACILITY_HEADS or first not in _first_names():
            continue
        bare = head in _PERSON_SCHOOLS  # rule person-university: no "the" needed
        if not (bare or ws[i - 1].low == "the"):
            continue
        if not (_joined(f, i) and _joined(f, i + 1) and _joined(f, i + 2)) or ws[i + 1].dot:
            continue
        if i + 3 < len(ws) and ws[i + 3].low == "of" and _joined(f, i + 3):
            continue  # "the albert einstein college of medicine": the name goes on
        if listed_form(last) or len(last) < 2:
            continue
        if ordinary(last) and not (head == "university" and _body_word(last) and _plain_surname(f, i + 1)):
            continue  # "james cook university": an ordinary word names a university after a first name
        kind = "place" if cased(head) in gazetteer().place_last else "organization"
        out.setdefault((first, last), (i, f"{cased(first)} {cased(last)} {cased(head)}", kind))
    return out


def _facility_name(f: Found) -> None:
    """Rule facility-name: a facility named after a person, whole ("the betty ford center": the Betty Ford
    Center, no person Betty Ford), and the person's name alone where a place's stands ("she left betty
    ford", "at betty ford") in a story that names the facility so (`Found.facilities`): the facility."""
    for i, name, kind in f.own_facilities.values():
        f.emit(i, i + 3, name, kind)
    ws = f.ws
    for i in range(1, len(ws) - 1):
        found = f.facilities.get((ws[i].low, ws[i + 1].low))
        if found and ws[i - 1].low in _FACILITY_BEFORE and _joined(f, i) and _joined(f, i + 1):
            f.emit(i, i + 2, found[0], found[1])


# rule person-led-body: heads of a body named after a person with words of its own between ("fred hutchinson
# cancer research center", "beth israel deaconess medical center"); the words before "center" that make it a
# body's, not a venue's ("research", "medical": a hospital or an institute)
_PERSON_BODY_HEADS = frozenset(["center", "centre", "hospital", "institute", "foundation"])
_BODY_CENTRES = frozenset(["research", "medical", "cancer", "health", "policy", "studies", "trauma"])


def _person_led_body(f: Found) -> None:
    """Rule person-led-body: a listed first name and a word no ordinary English (a person's name), then one
    or two words of the body's own, then one of `_PERSON_BODY_HEADS`: a body named after the person, no
    person ("fred hutchinson cancer research center", "beth israel deaconess medical center"): the body
    whole before a hospital, an institute, a foundation or a "research"/"medical" center; before another
    center (a venue or a body), or after a saint's short form ("the st. Louis va medical center", a place's
    name, no person's) the words are taken with no name at all; never after a title ("dr. john smith
    cancer center" aside: a title before makes it a person)."""
    ws = f.ws
    for i, w in enumerate(ws):
        if w.low not in _PERSON_BODY_HEADS or i < 3 or i in f.taken or _head_next(f, i):
            continue
        for gap in (1, 2):
            s = i - gap - 2
            if s < 0 or not _person_led_name(f, s, i):
                continue
            body = w.low not in _CENTRES or ws[i - 1].low in _BODY_CENTRES
            saint = s > 0 and ws[s - 1].low in _SAINT_STOPS and _joined(f, s)
            if body and not saint:
                f.emit(s, i + 1, _body_name(ws[s : i + 1]), "organization")
            elif not any(k in f.taken for k in range(s, i + 1)):
                f.taken.update(range(s, i + 1))
            break


def _person_led_name(f: Found, s: int, i: int) -> bool:
    """Rule person-led-body: words s, s+1 a person's name (a listed first name, a word no ordinary English,
    listed or not: "beth israel") and s+2..i-1 body words, all joined, nothing taken, no title before."""
    ws = f.ws
    first, last = ws[s].low, ws[s + 1].low
    if first not in _all_first_names() or _lower_word(last) or last in _all_first_names():
        return False
    if s > 0 and _joined(f, s) and (ws[s - 1].low,) in _titles():
        return False
    if any(k in f.taken for k in range(s, i + 1)) or any(ws[k].dot for k in range(s, i)):
        return False
    if not all(_joined(f, k) for k in range(s + 1, i + 1)):
        return False
    return all(_body_word(ws[k].low) and not _listed_word(ws[k].low) for k in range(s + 2, i))


# rule ocean-name: an ocean's one-word name that the lists also hold as a magazine's ("the atlantic"), the
# ocean unless a cue of the magazine's stands round it: a verb of telling or writing before it ("told the
# atlantic", "wrote in the atlantic", "writes for the atlantic") or one of its doings or texts after it
# ("the atlantic reported", "an atlantic piece", "the atlantic's editor")
_OCEANS = {"atlantic": "Atlantic"}
_MAGAZINE_BEFORE = frozenset(
    [*("told", "tells", "tell", "wrote", "writes", "writing", "write", "published", "via", "editor")]
)
_MAGAZINE_AFTER = frozenset(
    [
        *("reported", "reports", "wrote", "writes", "piece", "article", "essay", "story", "magazine"),
        *("editor", "writer", "reporter", "interview", "notes", "noted", "says", "said", "published"),
    ]
)


def _outlets_near(f: Found, i: int) -> bool:
    """Rule ocean-name: a listed organisation within four words of word i, a list of outlets ("the new
    yorker, the atlantic and vanity fair")."""
    ws, listed = f.ws, _listed()
    for k in [*range(max(0, i - 4), i), *range(i + 1, min(len(ws), i + 5))]:
        for n in (1, 2):
            if k + n > len(ws) or (k < i and k + n > i - 1):
                continue  # not "the atlantic" itself
            name = listed.get(_ws_key(f, k, n))
            if name and gazetteer().kind_of(tuple(name.split())) == "organization":
                return True
    return False


def _ocean_name(f: Found) -> None:
    """Rule ocean-name: "the atlantic" with no magazine's cue (a verb of telling or writing, a doing of
    the magazine, other outlets listed beside it: `_outlets_near`) is the ocean ("from the atlantic and",
    "across the atlantic"; "the atlantic ocean" whole), with one, listed-name's magazine; before another
    word, a modifier ("atlantic gray whale", "atlantic coast conference"): nothing."""
    ws = f.ws
    if not any(f.counts[o] for o in _OCEANS):
        return
    for i, w in enumerate(ws):
        name = _OCEANS.get(w.low)
        if name is None or i in f.taken or f.text.startswith(("'s", "’s"), w.end):
            continue
        after = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not w.dot else ""
        before = [x.low for x in ws[max(0, i - 3) : i]]
        if after in _MAGAZINE_AFTER or any(b in _MAGAZINE_BEFORE for b in before) or _outlets_near(f, i):
            continue
        if after in ("ocean", "seaboard", "city"):
            f.emit(i, i + 2, f"{name} {cased(after)}", "place")  # "atlantic city": the listed town
        elif not after or after in _CLOSED:
            f.emit(i, i + 1, name, "place")
        else:
            f.taken.add(i)  # "the north atlantic right whale", "atlantic coast conference": a modifier


# rule place-outlet: the words after a listed place that make it a news outlet's or a public body's name
# ("hawaii news now", "the indiana daily student", "the springfield news-leader", "akron public schools"),
# the name whole, no place; "news" alone only after "the" and at the name's end ("told the buffalo news.";
# not "the buffalo news conference"), "today" only before a credit's slash ("mississippi today / report
# for america")
_OUTLET_TAILS: tuple[tuple[str, ...], ...] = (
    *(("news", "now"), ("news", "leader"), ("news-leader",), ("daily", "student"), ("daily", "star")),
    *(("public", "radio"), ("public", "media"), ("public", "schools"), ("news",), ("today",)),
)


def _outlet_tail(f: Found, e: int) -> int:
    """Rule place-outlet: the number of words of an outlet's tail at word e, joined to the place before
    it, or 0."""
    ws = f.ws
    for tail in _OUTLET_TAILS:
        end = e + len(tail)
        if end > len(ws) or _ws_key(f, e, len(tail)) != tail:
            continue
        if not all(_joined(f, k) and not ws[k - 1].dot for k in range(e, end)):
            continue
        goes_on = end < len(ws) and _joined(f, end) and not ws[end - 1].dot
        if tail == ("news",) and goes_on:
            continue  # "the buffalo news conference", "the ohio news release"
        if tail == ("today",) and not f.text.startswith((" /", "/"), ws[end - 1].end):
            continue  # "voters in mississippi today chose": the day
        return len(tail)
    return 0


def _place_outlet(f: Found) -> None:
    """Rule place-outlet: a listed place of up to three words, then an outlet's tail (`_OUTLET_TAILS`):
    the outlet whole ("Hawaii News Now"); "news" alone only after "the"."""
    ws = f.ws
    if not any(f.counts[t[0]] for t in _OUTLET_TAILS):
        return
    for i in range(len(ws)):
        if i in f.taken:
            continue
        for n in (3, 2, 1):
            if i + n >= len(ws) or not _listed_place(f, i, i + n):
                continue
            if not all(_joined(f, k) and not ws[k - 1].dot for k in range(i + 1, i + n + 1)):
                continue
            t = _outlet_tail(f, i + n)
            if t == 1 and ws[i + n].low == "news" and not (i > 0 and ws[i - 1].low == "the"):
                t = 0
            if t:
                f.emit(i, i + n + t, " ".join(cased(w.low) for w in ws[i : i + n + t]), "organization")
            break


def _listed_person_body(f: Found) -> None:
    """Rule listed-person-body: a listed organisation of two words or more with a given name among its
    first two ("booz allen hamilton", "marie claire", "morgan stanley"), read before the person rules,
    which would take its words for a person's name ("Allen Hamilton"); not after a title ("dr. marie
    claire ..."), nor before a word that could go on as a surname ("marie claire dupont")."""
    ws, listed, opening, firsts = f.ws, _listed(), _listed_openings(), _all_first_names()
    for i, w in enumerate(ws):
        longest = opening.get(w.low, 0)
        if longest < 2 or i in f.taken:
            continue
        for n in range(min(longest, len(ws) - i), 1, -1):
            name = listed.get(_ws_key(f, i, n))
            if name is None or not (ws[i].low in firsts or ws[i + 1].low in firsts):
                continue
            if gazetteer().kind_of(tuple(name.split())) != "organization":
                break
            joined = all(_joined(f, j) and not ws[j - 1].dot for j in range(i + 1, i + n))
            titled = i > 0 and _joined(f, i) and (ws[i - 1].low,) in _titles()
            if joined and not titled and _surname_at(f, i + n) < 0:
                f.emit(i, i + n, name, "organization")
            break


# rule call-sign: a North American broadcaster's call sign and its band ("whp-tv", "kiis-fm")
_CALL_SIGN = re.compile(r"[kw][a-z]{2,3}-(?:tv|fm|am|dt)")
_CALL_SIGN_BAND = re.compile(r"-(?:tv|fm|am|dt)\b", re.IGNORECASE)


def _call_signs(f: Found) -> dict[str, str]:
    """A document's call signs with their band ("kgo-tv"), by the sign alone ("kgo"); none is an ordinary
    word ("kiss-fm")."""
    if _CALL_SIGN_BAND.search(f.text) is None:
        return {}  # most documents name no station: one search, not a match at each word
    return {
        w.low.split("-")[0]: w.low.upper()
        for w in f.ws
        if _CALL_SIGN.fullmatch(w.low) and not ordinary(w.low.split("-")[0])
    }


def _call_sign(f: Found) -> None:
    """Rule call-sign: a station's call sign, "k" or "w" and two or three letters, then its band ("cbs
    affiliate whp-tv", "kiis-fm"): a broadcaster, which no ordinary word is written as; and the sign alone
    where the story writes it with its band too (`call-sign-alone`: "kgo-tv" … "a kgo spokesperson":
    `Found.call_signs`, read for the whole story)."""
    if not f.call_signs:
        return
    for k, w in enumerate(f.ws):
        if _CALL_SIGN.fullmatch(w.low):
            f.emit(k, k + 1, w.low.upper(), "organization")
        elif w.low in f.call_signs:
            f.emit(k, k + 1, f.call_signs[w.low], "organization")


# rule spelled-acronym: words an acronym's letters skip ("federal bureau of prisons" is "bop")
_ACRONYM_SKIPS = frozenset(["of", "and", "for", "the", "on", "in", "to", "&"])
_ACRONYM_PAREN = re.compile(r" ?\( ?([a-z]{2,6}) ?\)")


@lru_cache(maxsize=1)
def _org_heads() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The head words (heads.tsv) of an organisation's name, last and first before "of", and of a place's,
    last, in lower case."""
    g = gazetteer()
    return tuple(frozenset(w.lower() for w in ws) for ws in (g.org_last, g.org_first, g.place_last))


@lru_cache(maxsize=1)
def _event_heads() -> frozenset[str]:
    """The last words of an event's name (heads.tsv), and "series", in lower case."""
    return frozenset(w.lower() for w in gazetteer().event_last) | {"series"}


def _acronym_kind(ws: Sequence[Word]) -> str | None:
    """The kind of a name an acronym spells out: its listed kind, else by its head words: an organisation's
    anywhere ("royal veterinary college", "dekalb county school district"; one of the first kind before
    "of"), else a place's last ("new south wales"); none without a head ("post-traumatic stress disorder",
    "artificial intelligence"), nor an event's ("… championship series")."""
    key = tuple(w.low for w in ws)
    if key in _listed():
        return gazetteer().kind_of(tuple(_listed()[key].split()))
    last, first, place = _org_heads()
    if any(k in _event_heads() for k in key):
        return None  # "national league championship series ( nlcs )": an event, no body
    if any(k in last or (k in first and key[n + 1 : n + 2] == ("of",)) for n, k in enumerate(key)):
        return "organization"  # "dekalb county school district": a school's district, no place
    return "place" if key[-1] in place else None


def _spelled_start(f: Found, j: int, acr: str, bracketed: bool = False) -> int:
    """The first word of the name right before word j whose initials are `acr`, a small word's
    (`_ACRONYM_SKIPS`) given or not ("bureau of prisons" is "bop", "federal bureau of investigation"
    "fbi"), the name opening on its own initial; -1 when none. Every word joined, none a verb form; a
    title word only after a body's head, when the acronym stands in brackets after the name
    (`head-then-title`: "the directorate general of civil aviation ( dgca )", no title "General" there)."""
    ws = f.ws
    heads = _org_heads()[0] | _org_heads()[1]

    def word(i: int) -> bool:  # word i - 1 may stand in the name
        low = ws[i - 1].low
        titled = bracketed and (low,) in _titles() and i > 1 and ws[i - 2].low in heads
        return _body_word(low) or titled

    def start(i: int, n: int) -> int:  # words before i spell acr[:n]
        if n == 0:
            return i if ws[i].low not in _ACRONYM_SKIPS else -1
        if i == 0 or (i < j and not _joined(f, i)):
            return -1
        low = ws[i - 1].low
        if low in _ACRONYM_SKIPS:
            got = start(i - 1, n - 1) if low[0] == acr[n - 1] else -1
            return got if got >= 0 else start(i - 1, n)
        if not word(i) or low[0] != acr[n - 1]:
            return -1
        return start(i - 1, n - 1)

    return start(j, len(acr)) if j > 0 else -1


def _acronyms_spelled(f: Found) -> dict[str, tuple[int, int, str]]:
    """Rule spelled-acronym: each acronym the document spells out in brackets right after a name whose
    words' initials it is ("the federal bureau of prisons ( bop )": `_spelled_start`) -> the name's first
    and end word and its kind (`_acronym_kind`)."""
    out: dict[str, tuple[int, int, str]] = {}
    ws = f.ws
    for m in _ACRONYM_PAREN.finditer(f.text):
        j = f.word_at(m.start(1))
        if j is None or ws[j].end != m.end(1):
            continue
        acr = ws[j].low
        if acr.upper() in gazetteer().not_acronyms:
            continue
        i = _spelled_start(f, j, acr, bracketed=True)
        kind = _acronym_kind(ws[i:j]) if i >= 0 else None
        if kind:
            out.setdefault(acr, (i, j, kind))
    return out


def _story_acronyms(found: Sequence[Found]) -> frozenset[str]:
    """Rule initials-name: the words of three to six letters a story writes alone that may be an acronym:
    no ordinary word, no listed name or first name, none an acronym list says is no acronym."""
    lows = {w.low for f in found for w in f.ws if 3 <= len(w.low) <= 6 and not w.dot and w.low.isalpha()}
    return frozenset(
        low
        for low in lows
        if low not in _all_first_names()
        and (low,) not in _listed()
        and low.upper() not in gazetteer().not_acronyms
        and not _lower_word(low)
        and not ordinary(low)
    )


def _initials_named(f: Found, acronyms: frozenset[str]) -> dict[str, tuple[int, int, str]]:
    """Rule initials-name: an organisation's name whose initials an acronym the story writes alone spells
    ("the federal election commission" … "the fec said"), with no brackets to tie the two: a body's head
    word in the name (`_acronym_kind`, "commission") and every word a body's (`_spelled_start`), as
    spelled-acronym reads them -> the acronym's name's first and end word."""
    by_last: dict[str, list[str]] = {}
    for acr in acronyms:
        by_last.setdefault(acr[-1], []).append(acr)
    out: dict[str, tuple[int, int, str]] = {}
    ws = f.ws
    heads, firsts = _org_heads()[0], _org_heads()[1]
    opened = -99  # the last word a first head before "of" stands at ("bureau of …")
    for e in range(1, len(ws) + 1):
        last = ws[e - 1].low
        if last in firsts and e < len(ws) and ws[e].low == "of":
            opened = e - 1
        if last not in heads and e - opened > 8:
            continue  # no head ends the name and none opens it near: `_initials_body` would say no
        for acr in by_last.get(last[0], ()) if last not in _ACRONYM_SKIPS else ():
            if acr in out or acr in f.acronyms:
                continue
            i = _spelled_start(f, e, acr)
            if i >= 0 and _initials_body(f, i, e):
                out[acr] = (i, e, "organization")
    return out


def _initials_body(f: Found, i: int, e: int) -> bool:
    """Rule initials-name: words i..e-1 name a body: the last an organisation's head ("commission"), or
    the first one before "of" ("bureau of land management"); no hyphened word ("bell-ringing for the
    salvation army"), and no head of a place or a body right after it ("baltimore washington
    international airport", a place)."""
    ws = f.ws
    last, first, place = _org_heads()
    key = [w.low for w in ws[i:e]]
    if any("-" in k for k in key) or not (key[-1] in last or (key[0] in first and key[1:2] == ["of"])):
        return False
    nxt = ws[e].low if e < len(ws) and _joined(f, e) and not ws[e - 1].dot else ""
    return nxt not in last and nxt not in place and nxt not in _PLACE_HEADS


def _initials_name(f: Found) -> None:
    """Rule initials-name: the name `_initials_named` read, where no rule before took a word of it (the
    acronym alone is spelled-acronym's, as a bracketed one's is)."""
    for i, j, kind in f.initials.values():
        f.emit(i, j, _body_name(f.ws[i:j]), kind)


def _spelled_acronym(f: Found) -> None:
    """Rule spelled-acronym: the name a document spells out and its acronym in brackets, then the acronym
    wherever the story writes it alone (`Found.acronyms`, read for the whole story), but an acronym that is
    an ordinary word ("who", "is") only in its brackets, and none glued to a number ("cop21")."""
    for i, j, kind in f.spelled.values():
        name = _body_name(f.ws[i:j])
        f.emit(i, j, name, kind)
        f.emit(j, j + 1, f.acronyms.get(f.ws[j].low, (name, kind))[0], kind)
    for k, w in enumerate(f.ws):
        spelled = f.acronyms.get(w.low)
        if spelled is None or k in f.taken:
            continue
        name, kind = spelled
        if not ordinary(w.low) and not f.text[w.end : w.end + 1].isalnum():
            f.emit(k, k + 1, name, kind)  # not "cop21", a meeting's number glued on


# heads of schools, of which a nationality and ordinary nouns name a kind ("a dutch high school"); a
# committee, ministry or agency so named is one body ("a russian interstate aviation committee official")
_SCHOOL_HEADS = frozenset(["school", "university", "academy"])


def _kind_by_nationality(f: Found, n: int, s: int, i: int) -> bool:
    """Rule nationality-kind: a nationality alone before a school's head (`_SCHOOL_HEADS`) and its ordinary
    nouns, after "a" or "an" ("a dutch high school student"), names a kind of school, not one; "the
    american heart association" and "a russian interstate aviation committee official" are bodies."""
    return (
        f.ws[i].low in _SCHOOL_HEADS
        and s - n == 1
        and f.ws[n].low in _demonyms()
        and n > 0
        and _joined(f, n)
        and f.ws[n - 1].low in ("a", "an")
    )


# rule team-nickname: the nicknames of teams.txt that English writes for nothing but the team ("yankees",
# "knicks"); not those that are ordinary plurals too ("giants", "eagles", "kings", "patriots", "saints"),
# which a story that lost its case writes for the thing as often
_TEAM_ONLY_WORDS = frozenset(
    [
        *("49ers", "76ers", "astros", "bengals", "blackhawks", "broncos", "canadiens", "canucks", "celtics"),
        *("diamondbacks", "dodgers", "knicks", "lakers", "mets", "phillies", "redskins", "seahawks"),
        *("sixers", "steelers", "timberwolves", "yankees", "cavs", "mavs"),
    ]
)


def _team_nickname(f: Found) -> None:
    """Rule team-nickname: a team by one of `_TEAM_ONLY_WORDS`, with the listed place joined right before
    it ("the mets", "new york yankees", "boston celtics"): an organisation, as kinds' `team` makes the
    capitalised nickname."""
    for i, w in enumerate(f.ws):
        if w.low in _TEAM_ONLY_WORDS and i not in f.taken:
            s = _listed_before(f, i)
            if any(k in f.taken for k in range(s, i)):
                s = i
            f.emit(s, i + 1, _body_name(f.ws[s : i + 1]), "organization")


@lru_cache(maxsize=1)
def _team_words() -> frozenset[str]:
    """The teams' nicknames (teams.txt) in lower case that are plurals ("warriors", "giants"): not "heat",
    "magic", "jazz", which news writes in their own sense beside a team's name."""
    return frozenset(w.lower() for w in gazetteer().teams if w.endswith("s"))


def _story_teams(f: Found) -> dict[str, str]:
    """A document's teams named in full, a listed organisation ending on a plural nickname ("golden state
    warriors"), by the nickname: the team's listed name."""
    out: dict[str, str] = {}
    nicknames, listed = _team_words(), _listed()
    for i, w in enumerate(f.ws):
        if w.low not in nicknames or i == 0:
            continue
        for n in (4, 3, 2):
            name = listed.get(tuple(x.low for x in f.ws[max(i - n + 1, 0) : i + 1])) if i + 1 >= n else None
            if name and gazetteer().kind_of(tuple(name.split())) == "organization":
                out.setdefault(w.low, name)
                break
    return out


# rule party-leaning: a party's name by the leaning a writer gives it ("the conservative national party", "the
# ruling socialist party"): a word political parties are named by, then "party", after a word of leaning;
# the word alone before "party" names a kind as often ("the national party apparatus"), so no leaning, no
# name (body-again then reads the name again in that story: "national party president peter goodfellow")
_LEANINGS = frozenset(
    [
        *("conservative", "liberal", "ruling", "governing", "opposition", "centrist", "separatist"),
        *("centre-right", "center-right", "centre-left", "center-left", "right-wing", "left-wing"),
        *("far-right", "far-left", "political"),
    ]
)
# not "people's" ("the liberal people's party" is one name) nor a leaning that may open one ("populist")
_PARTY_WORDS = frozenset(
    [
        *("national", "labour", "labor", "liberal", "conservative", "green", "socialist", "communist"),
        *("progressive", "reform", "freedom", "independence", "justice", "unity", "workers", "popular"),
        *("christian", "democratic", "republican", "social", "nationalist"),
    ]
)


def _party_leaning(f: Found) -> None:
    """Rule party-leaning: a word of `_LEANINGS`, one of `_PARTY_WORDS`, then "party": the party's name."""
    ws = f.ws
    for i in range(2, len(ws)):
        if ws[i].low != "party" or i in f.taken or ws[i - 1].low not in _PARTY_WORDS:
            continue
        if (
            ws[i - 2].low in _LEANINGS
            and ws[i - 2].low != ws[i - 1].low
            and _joined(f, i - 1)
            and _joined(f, i)
        ):
            f.emit(i - 1, i + 1, _body_name(ws[i - 1 : i + 1]), "organization")


def _team_again(f: Found) -> None:
    """Rule team-again: a team's nickname alone ("the warriors won") where the story names the team in full
    ("the golden state warriors": `Found.teams`, read for the whole story): that team, when the nickname's
    kind (`_nickname_kind`) has one of its evidence rules (`_NICKNAME_EVIDENCE`): "many texans lost
    everything", "the texans who lost homes", "two bills passed" are no team."""
    if not f.teams:
        return
    for i, w in enumerate(f.ws):
        if w.low in f.teams and any(_EVIDENCE[r](f, i) for r in _NICKNAME_EVIDENCE[_nickname_kind(w.low)]):
            f.emit(i, i + 1, f.teams[w.low], "organization")


# the team nicknames that are words for the people of a place or a nation too ("thousands of texans", "the
# texans who lost homes", "foreign nationals", "the islanders were evacuated")
_TEAM_DEMONYMS = frozenset(["texans", "indians", "islanders", "nationals"])


def _nickname_kind(low: str) -> str:
    """A nickname's kind: `invented` (`_TEAM_ONLY_WORDS`: "yankees", English's word for nothing but the
    team), `demonym` (`_TEAM_DEMONYMS`: "texans") or `ordinary` (an ordinary plural: "giants", "bills")."""
    if low in _TEAM_ONLY_WORDS:
        return "invented"
    return "demonym" if low in _TEAM_DEMONYMS else "ordinary"


def _after(f: Found, i: int) -> str:
    """The word right after word `i` with only a space between ("" at a comma or a sentence's end)."""
    return f.ws[i + 1].low if i + 1 < len(f.ws) and _joined(f, i + 1) else ""


def _the_nickname(f: Found, i: int) -> bool:
    """Rule the-nickname: word `i` right after "the", and neither "of" ("the kings of spain") nor a
    restrictive "who"/"whose" right after it ("the rangers who found them": some of a kind; a team takes
    "the giants, who won" with a comma); not "that", a clause's too ("told the cavaliers that he")."""
    return i > 0 and f.ws[i - 1].low == "the" and _after(f, i) not in ("of", "who", "whose")


def _nickname_team_word(f: Found, i: int) -> bool:
    """Rule nickname-team-word: word `i` right before one of `_TEAM_GAME_WORDS` ("cubs fans")."""
    return _after(f, i) in _TEAM_GAME_WORDS


def _the_demonym(f: Found, i: int) -> bool:
    """Rule the-demonym: `the-nickname`, for a demonym the story never writes for people
    (`demonym-people`): "the indians played toronto" in a story on the team alone."""
    return f.ws[i].low not in f.people and _the_nickname(f, i)


def _demonym_people(f: Found) -> set[str]:
    """Rule demonym-people: the team demonyms (`_TEAM_DEMONYMS`) a document writes for people, after a
    word of number or of people (`_PEOPLE_BEFORE`: "thousands of texans", "many texans", "for texans hit
    by", "native indians", "2 texans") or before a restrictive "who"/"whose" ("the texans who lost"), or
    before what is done to people in a storm or a war (`demonym-passive`: "the texans were moved to
    shelters", "islanders are evacuated")."""
    out = set()
    for i, w in enumerate(f.ws):
        if w.low in _TEAM_DEMONYMS and i > 0 and _joined(f, i):
            before, after = f.ws[i - 1].low, _after(f, i)
            passive = after in ("were", "are", "was", "is") and _after(f, i + 1) in _DONE_TO_PEOPLE
            if before in _PEOPLE_BEFORE or before.isdigit() or after in ("who", "whose") or passive:
                out.add(w.low)
    return out


# rule demonym-passive: what is done to people, not to a team, after "were"/"are" ("the texans were moved
# to shelters"); not "forced", "beaten", "eliminated", said of a team too
_DONE_TO_PEOPLE = frozenset(
    re.findall(
        r"\w+",
        "moved evacuated displaced rescued relocated sheltered stranded injured killed hurt affected urged"
        " warned trapped flooded",
    )
)


# rule demonym-people: words before a demonym that make it people, not a team
_PEOPLE_BEFORE = frozenset(
    re.findall(
        r"\w+",
        "many most some all few other fellow native american ordinary young of for thousands millions"
        " hundreds dozens two three four five six seven eight nine ten",
    )
)


def _the_nickname_result(f: Found, i: int) -> bool:
    """Rule the-nickname-result: word `i` right after "the" and right before one of `_TEAM_RESULT_WORDS`
    ("the texans won", "the indians beat the yankees"); "the texans lost homes" is no team."""
    return i > 0 and f.ws[i - 1].low == "the" and _after(f, i) in _TEAM_RESULT_WORDS


_EVIDENCE: dict[str, Callable[[Found, int], bool]] = {
    "named-in-full": lambda f, i: True,  # the story names the team in full: enough for an invented word
    "the-nickname": _the_nickname,
    "nickname-team-word": _nickname_team_word,
    "the-nickname-result": _the_nickname_result,
    "the-demonym": _the_demonym,
}

# the evidence a nickname alone needs, by its kind (`_nickname_kind`): any one rule of its row
_NICKNAME_EVIDENCE: dict[str, tuple[str, ...]] = {
    "invented": ("named-in-full",),  # "the yankees", "yankees lost": no other sense
    "ordinary": ("the-nickname", "nickname-team-word"),  # "the giants won"; not "giants of industry"
    # "texans fans", "the texans won"; "the texans" in a story that never writes "many texans"
    "demonym": ("nickname-team-word", "the-nickname-result", "the-demonym"),
}

# rule nickname-team-word (review44): the words of a team's game that follow its nickname ("cubs fans",
# "warriors players", "bears tight end"); not "star", said of any field ("texans star" is in the full name)
_TEAM_GAME_WORDS = frozenset(
    re.findall(
        r"\w+",
        "fan fans team teammate teammates player players coach coaches game games season seasons minicamp"
        " camp roster quarterback receiver tight running cornerback linebacker lineman pitcher outfielder"
        " infielder catcher pitching manager owner owners greats rookie rookies forward guard center uniform"
        " uniforms logo logos jersey jerseys stadium",
    )
)

# rule the-nickname-result: the words of a game's result after "the" and a nickname ("the texans won");
# not "lost", "lose" ("the texans lost homes")
_TEAM_RESULT_WORDS = frozenset(
    re.findall(r"\w+", "won win wins beat beats defeated edged routed swept clinched drafted traded")
)


# the rules whose place or body may open one or two words late, on the second part of a town's name
_WIDENED_RULES = frozenset(
    ["caseless-listed-name", "caseless-head-noun-org", "caseless-head-noun-place", "caseless-county-name"]
)


@lru_cache(maxsize=1)
def _town_openers() -> frozenset[str]:
    """The first words, lower-cased, of the places of two words or more the place data lists."""
    return frozenset(k[0].lower() for k in data_places() if len(k) > 1)


# rule metro-body: the word a city's own bodies open on before the city's name ("metropolitan nashville
# police department", "metro nashville police"), an adjective the lists read as an ordinary word
_METRO = frozenset(["metropolitan", "metro"])


def _metro_before(f: Found, i: int) -> bool:
    """Rule metro-body: "metropolitan" or "metro" right before a body's name (word i), free and joined to
    it, opens that name: "metropolitan nashville police department", not "Nashville Police Department"."""
    return i > 0 and f.ws[i - 1].low in _METRO and i - 1 not in f.taken and _joined(f, i)


def _wider_place(f: Found) -> None:
    """Rule wider-place: a place or a body the table read whose one or two words before it make, with its
    first words, a town the place data lists (`namedata`) opens on them: "west des moines" (not "Des
    Moines"), "new albany high school" (not "Albany High School"). The words before must be free, joined
    and no closed-class word ("the netherlands" is "Netherlands"), and the town of two words or more. A
    body's name takes "metropolitan" or "metro" before it the same way (`metro-body`)."""
    ws, places, openers = f.ws, data_places(), _town_openers()
    for n, c in enumerate(f.out):
        i = f.word_at(c.start) if c.kind in ("place", "organization") and c.rule in _WIDENED_RULES else None
        if not i:
            continue
        if c.kind == "organization" and _metro_before(f, i):
            f.out[n] = replace(c, start=ws[i - 1].start, text=cased(ws[i - 1].low) + " " + c.text)
            f.taken.add(i - 1)
            continue
        last = i
        while last + 1 < len(ws) and ws[last + 1].end <= c.end:
            last += 1
        for back in (1, 2):
            b = i - back
            if (
                b < 0
                or ws[b].low in _CLOSED
                or ws[b].low in ("the", "a", "an")
                or any(k in f.taken for k in range(b, i))
                or not all(_joined(f, k) for k in range(b + 1, i + 1))
            ):
                break
            if ws[b].low not in openers:
                continue  # no town the data lists opens on it: no cased key to build
            town = next(
                (
                    j
                    for j in range(min(last, i + 2), i - 1, -1)
                    if _key(cased(f.text[ws[b].start : ws[j].end])) in places
                ),
                None,
            )
            if town is not None:
                opening = cased(f.text[ws[b].start : ws[i].start])  # "west ", "new "
                f.out[n] = replace(c, start=ws[b].start, text=opening + c.text)
                f.taken.update(range(b, i))
                break


# rule settlement-of: the words before "of" that make the one or two words after it a settlement's name,
# listed or not ("the village of gumsuri", "the tiny spanish village of castrillo matajudios", "the town of
# emiworo"): only a place follows them so
_SETTLEMENTS = frozenset(
    ["village", "town", "hamlet", "township", "suburb", "municipality", "villages", "towns"]
)


def _settlement_of(f: Found) -> None:
    """Rule settlement-of: one word no ordinary English after a settlement's word and "of"
    (`_SETTLEMENTS`), a place wherever the story writes it alone too (`place-again`), or two such words
    ("castrillo matajudios"); not a first name nor a word the story writes as a person's surname."""
    ws = f.ws
    if not any(f.counts[w] for w in _SETTLEMENTS):
        return
    for i in range(2, len(ws)):
        if ws[i - 1].low != "of" or ws[i - 2].low not in _SETTLEMENTS or i in f.taken:
            continue
        if not (_joined(f, i - 1) and _joined(f, i)) or ws[i - 2].dot or ws[i - 1].dot:
            continue
        low = ws[i].low
        if low in _all_first_names() or low in f.surnames or listed_form(low) or not low.isalpha():
            continue
        if _lone_place(f, i):
            f.emit(i, i + 1, cased(low), "place")
            f.cue_places.add(low)
        elif _two_word_settlement(f, i):
            f.emit(i, i + 2, f"{cased(low)} {cased(ws[i + 1].low)}", "place")


def _two_word_settlement(f: Found, i: int) -> bool:
    """Words i and i+1 are both no ordinary English, joined, and a break or an ordinary word follows."""
    ws = f.ws
    if i + 1 >= len(ws) or not _joined(f, i + 1) or ws[i].dot or not ws[i + 1].low.isalpha():
        return False
    second = ws[i + 1].low
    if ordinary(ws[i].low) or ordinary(second) or len(ws[i].low) < 3 or len(second) < 3 or second in _heads():
        return False
    nxt = ws[i + 2] if i + 2 < len(ws) and _joined(f, i + 2) and not ws[i + 1].dot else None
    return nxt is None or _lower_word(nxt.low)


# rule company-cue: the words around a company's one-word name that only a company takes ("shares of huawei",
# "statoil's headquarters", "the head office of statoil", "jd.com ceo"): (words before, words after)
_COMPANY_BEFORE = frozenset(
    [
        ("shares", "of"),
        ("ceo", "of"),
        ("headquarters", "of"),
        ("head", "office", "of"),
        ("chief", "executive", "of"),
    ]
)
_COMPANY_AFTER = frozenset(["shares", "stock", "ceo", "headquarters"])
# after "shares", the market's verbs: "shares" as a verb does not take them ("the titan shares details")
_MARKET_VERBS = frozenset(
    [
        "rose",
        "fell",
        "jumped",
        "dropped",
        "slid",
        "closed",
        "gained",
        "tumbled",
        "surged",
        "plunged",
        "climbed",
    ]
)
_COMPANY_CUES = frozenset(["shares", "stock", "ceo", "headquarters", "office", "executive"])


def _company_word(f: Found, k: int) -> bool:
    """Word k may be a company's one-word name: three letters or more, no ordinary English, no verb form,
    first name, closed-class, title or head word, nor a listed name (listed-name's)."""
    low = f.ws[k].low
    return (
        len(low) >= 3
        and low[0].isalpha()
        and not _lower_word(low)
        and not listed_form(low)
        and low not in _all_first_names()
        and low not in _CLOSED
        and (low,) not in _titles()
        and low not in _heads()
        and (low,) not in _listed()
        and low not in _demonyms()
    )


def _company_words(f: Found) -> set[str]:
    """Rule company-cue: the document's one-word names a company's cue stands beside (`_COMPANY_BEFORE`,
    `_COMPANY_AFTER`): "shares of huawei", "statoil's headquarters"."""
    out: set[str] = set()
    if not any(f.counts[c] for c in _COMPANY_CUES):
        return out  # most documents write none: one look per cue, not a match at each word
    ws = f.ws
    for k, w in enumerate(ws):
        if (
            w.low in _COMPANY_AFTER
            and k > 1
            and _joined(f, k)
            and not ws[k - 1].dot
            and _company_word(f, k - 1)
            and _ADJECTIVE_END.search(ws[k - 1].low) is None  # "apple's secretive headquarters"
            and f.text[ws[k - 2].end : ws[k - 2].end + 1] not in ("'", "’")  # an owner before: its own word
            and (w.low != "shares" or (k + 1 < len(ws) and ws[k + 1].low in _MARKET_VERBS))
            and not _listed_ends(f, k - 1)  # rule listed-not-company: "new york stock exchange"
        ):
            out.add(ws[k - 1].low)
        if any(_cue_before(f, k, n) for n in (2, 3)) and _company_word(f, k) and _name_ends(f, k):
            out.add(w.low)
    heads = _heads()
    return {  # not a word the document writes before a head too: "census headquarters" of the census bureau
        c
        for c in out
        if not any(w.low == c and k + 1 < len(ws) and ws[k + 1].low in heads for k, w in enumerate(ws))
    }


def _cue_before(f: Found, k: int, n: int) -> bool:
    """The n words before word k are a company's cue of `_COMPANY_BEFORE`, joined to it ("shares of")."""
    return (
        k >= n
        and tuple(x.low for x in f.ws[k - n : k]) in _COMPANY_BEFORE
        and all(_joined(f, j) for j in range(k - n + 1, k + 1))
    )


def _name_ends(f: Found, k: int) -> bool:
    """The name ends on word k: a stop, a break or no word of a body's name after it ("of statoil in
    stavanger"; not "of acme widget co.")."""
    ws = f.ws
    return k + 1 >= len(ws) or not _joined(f, k + 1) or ws[k].dot or not _body_word(ws[k + 1].low)


def _company_cue(f: Found) -> None:
    """Rule company-cue: a one-word name the story writes beside a company's cue (`Found.companies`: "shares
    of huawei", "the head office of statoil"), the company wherever the story writes it alone; not inside
    a longer name (a head word after it, "statoil asa" aside)."""
    if not f.companies:
        return
    ws = f.ws
    for k, w in enumerate(ws):
        if w.low in f.companies and k not in f.taken:
            nxt = ws[k + 1].low if k + 1 < len(ws) and _joined(f, k + 1) and not w.dot else ""
            if nxt not in _heads():
                f.emit(k, k + 1, cased(w.low), "organization")


# rule outlet-name: a newspaper's or a magazine's name by its kind's word: "the journal" before it ("published
# in the journal nature", "the journal plos one"), or "magazine", "newspaper" or "tabloid" after it ("the
# shukan asahi magazine", "told people magazine"); an ordinary word names one only with no article before
# it ("told time magazine"; not "the new magazine", "a weekly newspaper")
_OUTLET_AFTER = frozenset(["magazine", "newspaper", "tabloid"])
_OUTLET_FRAME = frozenset(["told", "to", "in", "with", "by", "for", "from", "on"])


# rule journal-verb: words after "the journal" that are its doing, no name of it ("the journal reports:",
# "reported in the journal science substantially strengthens"): the name ends before them
_JOURNAL_DOINGS = frozenset(["reports", "reported", "found", "finds", "published", "publishes", "suggests"])


def _journal_stop(low: str) -> bool:
    """Rule journal-verb: a day or month, a verb of saying or a journal's doing, or an "-ly" adverb ends
    a journal's name."""
    return (
        low in _CALENDAR
        or low in _SAID
        or low in _JOURNAL_DOINGS
        or _ADVERB.search(low) is not None
        or _adverb_of_word(low)
    )


def _outlet_name(f: Found) -> None:
    """Rule outlet-name: a journal, magazine or newspaper named beside its kind's word (`_OUTLET_AFTER`,
    "the journal" before): one or two words, no verb form, closed-class word, day or month."""
    ws = f.ws
    if not (f.counts["journal"] or any(f.counts[h] for h in _OUTLET_AFTER)):
        return
    for k, w in enumerate(ws):
        if w.low == "journal" and k > 0 and ws[k - 1].low == "the" and _joined(f, k) and not w.dot:
            e = k + 1
            while e < min(k + 3, len(ws)) and _name_word(f, e) and not _journal_stop(ws[e].low):
                e += 1
                if ws[e - 1].dot:
                    break
            if e > k + 1 and not (e < len(ws) and ws[e].low in ("of", "and") and _joined(f, e)):
                f.emit(k + 1, e, " ".join(cased(x.low) for x in ws[k + 1 : e]), "organization")
        elif w.low in _OUTLET_AFTER and k > 0 and _joined(f, k) and not ws[k - 1].dot:
            s = k
            while s > k - 2 and s > 0 and _free_body(f, s - 1) and ws[s - 1].low not in _CALENDAR:
                s -= 1
            while s < k and ws[s].low in _demonyms():
                s += 1  # "the british newspaper the guardian", "german playboy magazine": no nationality
            if s == k or (s > 0 and not _joined(f, s)):
                continue
            before = ws[s - 1].low if s > 0 else ""
            plain = any(_lower_word(x.low) for x in ws[s:k])
            if w.low != "magazine" and _listed_place(f, s, k):
                # rule outlet-place: a listed place alone before "newspaper" or "tabloid" is the paper's
                # place ("uk newspaper the financial times", "the springfield newspaper the republican"), no
                # paper's name (listed-name gives the place); a magazine keeps a place's name ("new york
                # magazine")
                continue
            if (before in _OUTLET_FRAME and s == k - 1) if plain else before not in _KIND_BEFORE:
                f.emit(s, k, " ".join(cased(x.low) for x in ws[s:k]), "organization")


# rule outlet-word: outlets and companies whose one-word name is an ordinary word, which listed-name leaves
# ("fox", "onion", "emirates"), each by the nouns only its business takes right after it (`outlet-noun`: "the
# fox network", "the onion article", "an emirates flight"); a network also after a verb of telling
# (`outlet-told`: "told fox") or as the owner of a show or a staffer ("fox's 'the factor'"), but never after a
# determiner ("the fox's den") nor after a first name or an initial, half a person's name ("michael j fox",
# "liam fox") or any word no ordinary English ("judge elden fox's ruling"), nor glued to digits ("fox59",
# a station), nor after "arab" ("the united arab emirates" is the country); after "century", the studio
# whole with its ordinal (`century-studio`: "a 21st century fox spokeswoman"), or nothing
_MEDIA_NOUNS = frozenset(
    [
        *("network", "networks", "affiliate", "affiliates", "station", "studios", "studio", "broadcast"),
        *("broadcaster", "broadcasters", "website", "report", "reports", "reporter", "reporters", "story"),
        *("staffer", "staffers", "host", "hosts", "anchor", "anchors", "correspondent", "contributor"),
        *("commentator", "executives", "executive", "exec", "execs", "series", "sitcom", "drama", "poll"),
        *("article", "articles", "headline", "piece", "coverage", "crew", "producers", "spokesman"),
        *("spokeswoman", "spokesperson", "channel", "broadcasts", "programming", "lineup", "newsroom"),
    ]
)
_AIRLINE_NOUNS = frozenset(
    [
        *("flight", "flights", "airline", "airlines", "plane", "planes", "jet", "jets", "aircraft"),
        *("airbus", "boeing", "crew", "pilot", "pilots", "cabin", "passenger", "passengers", "spokesman"),
        "spokeswoman",
    ]
)
# the word -> the name as cased English writes it, the nouns after it that show it, whether a network's cues
# (a verb of telling before it, its possessive before a show) show it too
_OUTLET_WORDS: dict[str, tuple[str, frozenset[str], bool]] = {
    "fox": ("Fox", _MEDIA_NOUNS, True),
    "onion": ("Onion", _MEDIA_NOUNS - {"poll", "host", "story"}, False),
    "emirates": ("Emirates", _AIRLINE_NOUNS, False),
}
_TELLING = frozenset(["told", "tells", "tell", "telling", "via"])
_NOT_BEFORE_OUTLET = frozenset(
    [*("a", "an", "the", "this", "that", "his", "her", "its", "their", "arab", "red", "arctic", "silver")]
)


# rule century-studio: the studio's ordinal before "century fox", which the word regex reads as no word
_CENTURY_ORDINAL = re.compile(r"(?:20th|21st|twentieth|twenty-first) $")


def _century_studio(f: Found, i: int) -> None:
    """Rule century-studio: "21st century fox", "20th century fox" whole, the company (its ordinal is no
    word, so listed-name never sees the name); "century fox" with no ordinal, nothing."""
    m = _CENTURY_ORDINAL.search(f.text, max(0, f.ws[i - 1].start - 13), f.ws[i - 1].start)
    if m and i - 1 not in f.taken and i not in f.taken:
        first = "21st" if m.group().startswith(("21", "twenty-f")) else "20th"
        name = f"{first} Century Fox"
        f.out.append(Candidate(m.start(), f.ws[i].end, name, "organization", rule="caseless-century-studio"))
        f.taken.update((i - 1, i))


def _outlet_word(f: Found) -> None:
    """Rule outlet-word: one of `_OUTLET_WORDS` as the outlet or company, with the cue its business gives
    (`outlet-noun`, and for a network `outlet-told` or its possessive); no determiner's, first name's or
    initial's word (`_NOT_BEFORE_OUTLET`, `_all_first_names`)."""
    ws, t = f.ws, f.text
    if not any(f.counts[w] for w in _OUTLET_WORDS):
        return
    for i, w in enumerate(ws):
        entry = _OUTLET_WORDS.get(w.low)
        if entry is None or i in f.taken:
            continue
        name, nouns, network = entry
        before = ws[i - 1].low if i and _joined(f, i) else ""
        after = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not w.dot else ""
        if before in _all_first_names() or len(before) == 1 or (i and f.ws[i - 1].dot and _joined(f, i)):
            continue  # "michael j fox", "liam fox": half a person's name
        if (before and not _lower_word(before)) or t[w.end : w.end + 1].isdigit():
            continue  # "judge elden fox's ruling": a first name the lists lack; "fox59": a station's sign
        if before == "century":
            _century_studio(f, i)
            continue
        owner = t.startswith(("'s ", "’s "), w.end)
        noun = after in nouns and not owner
        told = network and before in _TELLING
        cue = told or (network and owner)
        if (noun and before != "arab") or (cue and before not in _NOT_BEFORE_OUTLET):
            f.emit(i, i + 1, name, "organization")


@dataclass(frozen=True, slots=True)
class CaselessRule:
    """One named rule over a document's words; the rules run in the table's order, the first to take a
    word keeps it."""

    name: str
    find: Callable[[Found], None]


CASELESS_RULES: tuple[CaselessRule, ...] = (
    CaselessRule("credit-name", _credit_name),
    CaselessRule("sheriff-office", _sheriff_office),
    CaselessRule("spelled-acronym", _spelled_acronym),
    CaselessRule("call-sign", _call_sign),
    CaselessRule("company-cue", _company_cue),
    CaselessRule("outlet-name", _outlet_name),
    CaselessRule("facility-name", _facility_name),
    CaselessRule("person-led-body", _person_led_body),
    CaselessRule("listed-person-body", _listed_person_body),
    CaselessRule("place-outlet", _place_outlet),
    CaselessRule("ocean-name", _ocean_name),
    CaselessRule("titled-name", _titled_name),
    CaselessRule("royal-name", _royal_name),
    CaselessRule("famous-name", _famous_name),
    CaselessRule("first-and-surname", _first_and_surname),
    CaselessRule("initial-name", _initial_name),
    CaselessRule("confirmed-pair", _confirmed_pair),
    CaselessRule("suffix-pair", _suffix_pair),
    CaselessRule("aged-pair", _aged_pair),
    CaselessRule("particle-name", _particle_name),
    CaselessRule("head-noun-org", _head_noun_org),
    CaselessRule("place-led-body", _place_led_body),
    CaselessRule("head-noun-place", _head_noun_place),
    CaselessRule("county-name", _county_name),
    CaselessRule("initials-name", _initials_name),
    CaselessRule("team-nickname", _team_nickname),
    CaselessRule("based-place", _based_place),
    CaselessRule("listed-name", _listed_name),
    CaselessRule("outlet-word", _outlet_word),
    CaselessRule("ordinary-place", _ordinary_place),
    CaselessRule("team-again", _team_again),
    CaselessRule("party-leaning", _party_leaning),
    CaselessRule("town-of-region", _town_of_region),
    CaselessRule("town-and-state", _town_and_state),
    CaselessRule("settlement-of", _settlement_of),
    CaselessRule("role-and-name", _role_and_name),
    CaselessRule("name-then-role", _name_then_role),
    CaselessRule("wider-place", _wider_place),
)


def candidates(documents: Sequence[Document]) -> list[list[Candidate]]:
    """Each document's candidates by the table, then the surnames of the story's people alone
    (`surname-again`, or `surname-of-another` for one another person may share), in text order."""
    return _candidates(documents)[0]


def _known_names(found: Sequence[Found]) -> dict[tuple[str, ...], str]:
    """The story's people the table named in full, two or three plain words ("Rahm Emanuel", "George W.
    Bush"), by their words in lower case."""
    out: dict[tuple[str, ...], str] = {}
    for f in found:
        for c in f.out:
            if c.kind != "person" or " " not in c.text:
                continue  # most candidates: no person's full name, no words to read
            key = tuple(w.low for w in words(c.text))
            if 2 <= len(key) <= 3 and _CLEAN_NAME.fullmatch(c.text):
                out.setdefault(key, c.text)
    return out


def _middle_name(f: Found, known: dict[tuple[str, ...], str]) -> None:
    """Rule middle-name: a first name and a second word the table read as a person ("hillary rodham"), then
    a word that with the first name is a person the story names ("hillary clinton"): one name of three
    words, "Hillary Rodham Clinton", not "Hillary Rodham" and a "clinton" of its own."""
    for n, c in enumerate(f.out):
        i = f.word_at(c.start) if c.kind == "person" else None
        if i is None or i + 2 >= len(f.ws) or f.ws[i + 1].end != c.end or (i + 2) in f.taken:
            continue
        last = f.ws[i + 2]
        if last.low == f.ws[i + 1].low:
            continue  # "judith clark clark was": a doubled word, no middle name
        if (f.ws[i].low, last.low) in known and _joined(f, i + 2) and not ordinary(last.low):
            text = f"{c.text} {known[(f.ws[i].low, last.low)].split()[-1]}"
            f.out[n] = replace(c, end=last.end, text=text, rule=f"caseless-{f.rule}")
            f.taken.add(i + 2)


def _known_name(f: Found, known: dict[tuple[str, ...], str]) -> None:
    """Rule known-name: a person the story names in full by three words elsewhere, written whole again where
    no rule of the table read it ("hillary rodham clinton" … "hillary rodham clinton's aides": the name, not
    "clinton" alone); `pair-again` reads a name of two words so."""
    ws, openings = f.ws, {k[0] for k in known if len(k) == 3}
    for i in range(len(ws) - 2):
        if i in f.taken or ws[i].low not in openings:
            continue
        key = tuple(w.low for w in ws[i : i + 3])
        if key in known and _joined(f, i + 1) and _joined(f, i + 2):
            f.emit(i, i + 3, known[key], "person")


_BODY_RULES = frozenset(["caseless-head-noun-org", "caseless-party-leaning"])  # what body-again writes again


def _known_bodies(found: Sequence[Found]) -> dict[tuple[str, ...], str]:
    """The organisations of two to five words the table read by a body's head (`head-noun-org`: "the
    tabbot foundation"), by their words in lower case."""
    out: dict[tuple[str, ...], str] = {}
    for f in found:
        for c in f.out:
            if c.kind == "organization" and c.rule in _BODY_RULES and " " in c.text:
                key = tuple(w.low for w in words(f.text[c.start : c.end]))
                if 2 <= len(key) <= 5:
                    out.setdefault(key, c.text)
    return out


def _body_again(f: Found, known: dict[tuple[str, ...], str]) -> None:
    """Rule body-again: a body `head-noun-org` read anywhere in the story, written whole again where no rule
    read it ("a tabbot foundation spokesman" beside "the tabbot foundation will assess": the body, though
    "a" before a head alone names a kind, `place-led-head`); not where a name goes on before them ("the
    donald j. trump foundation" beside "the trump foundation")."""
    ws, openings = f.ws, {k[0] for k in known}
    for i in range(len(ws)):
        if i in f.taken or ws[i].low not in openings:
            continue
        if i > 0 and _joined(f, i) and not _lower_word(ws[i - 1].low):
            continue  # "the donald j. trump foundation": a longer name the words end, no body of their own
        for key, name in known.items():
            n = len(key)
            if key[0] == ws[i].low and tuple(w.low for w in ws[i : i + n]) == key:
                if all(_joined(f, j) for j in range(i + 1, i + n)):
                    f.emit(i, i + n, name, "organization")
                break


# rule body-opener: the heads of a body a reader names by its first word alone ("emory university hospital"
# … "according to emory"); not a school's or a district's, whose first word is as often the town's
_OPENER_HEADS = frozenset(["university", "hospital", "college"])
# words before a town's name ("in wingate", "north of kona"), which the story never writes before the word
_TOWN_FRAME = frozenset(["in", "near", "outside", "of", "from", "lake", "mount", "mt", "fort", "port"])


def _body_openers(known: dict[tuple[str, ...], str], surnames: set[str]) -> dict[str, str]:
    """Rule body-opener: the first word of each body `_known_bodies` holds whose last word is one of
    `_OPENER_HEADS`, a word no ordinary English, no listed name or first name and no surname of the story's
    people -> the body's first word as its name ("Emory")."""
    out: dict[str, str] = {}
    for key in known:
        first = key[0]
        if key[-1] not in _OPENER_HEADS or len(first) < 3 or first in surnames:
            continue
        if _lower_word(first) or ordinary(first) or first in _all_first_names() or _listed_word(first):
            continue
        if _ADJECTIVE_END.search(first) or _DESCRIBES.fullmatch(first):
            continue  # "islamist", "planetary", "hebrew university": a word that describes, no name
        out[first] = cased(first)
    return out


def _town_framed(found: Sequence[Found], seconds: dict[str, set[str]]) -> set[str]:
    """Rule body-opener: the words the story writes after one of `_TOWN_FRAME` ("in wingate"), before a
    body's or a place's head ("harrisburg police", "penn state") or where a town stands (`_town_at`:
    "georgetown residents"): a town's name as often as the body's;
    not where the body's own second word follows ("from emory hospital")."""
    heads = (_heads() - _OPENER_HEADS) | {"state", "police"}
    out = set()
    for f in found:
        ws = f.ws
        for k in range(len(ws)):
            if k + 1 < len(ws) and ws[k + 1].low in seconds.get(ws[k].low, ()):
                continue
            if k > 0 and _joined(f, k) and ws[k - 1].low.rstrip(".") in _TOWN_FRAME:
                out.add(ws[k].low)
            if k + 1 < len(ws) and _joined(f, k + 1) and ws[k + 1].low in heads:
                out.add(ws[k].low)
            if _town_at(f, k):  # "georgetown residents", "residents of georgetown" (review47)
                out.add(ws[k].low)
    return out


def _body_opener(f: Found, openers: dict[str, str], seconds: dict[str, set[str]]) -> None:
    """Rule body-opener: the first word of a body the story names in full, alone where no rule took it
    ("emory doctors said", "according to emory"), the body; not before another word no ordinary English
    (a longer name) nor after one, nor before a head or the body's own second word (`seconds`)."""
    ws = f.ws
    for i, w in enumerate(ws):
        if i in f.taken or w.low not in openers:
            continue
        if i > 0 and _joined(f, i) and not ws[i - 1].dot and not _lower_word(ws[i - 1].low):
            continue
        nxt = ws[i + 1].low if i + 1 < len(ws) and _joined(f, i + 1) and not w.dot else ""
        if nxt and (not _lower_word(nxt) or nxt in _heads() or nxt in seconds.get(w.low, ())):
            continue  # "the hebrew university of jerusalem", "brigham young universityarchive": the body's
        f.emit(i, i + 1, openers[w.low], "organization")


def _candidates(documents: Sequence[Document]) -> tuple[list[list[Candidate]], list[Found], frozenset[str]]:
    """`candidates`, with each document's words and the surnames the story also writes as a town."""
    found = [Found(d.text) for d in documents]
    surnames: set[str] = set()
    shown = frozenset(w for f in found for w in _shown_words(f) if ordinary(w))
    shown_aux = frozenset(w for f in found for w in _aux_words(f) if ordinary(w))
    acronyms: dict[str, tuple[str, str]] = {}
    facilities: dict[tuple[str, str], tuple[str, str]] = {}
    for f in found:
        f.own_facilities = _facility_pairs(f)
        for pair, (_, name, kind) in f.own_facilities.items():
            facilities.setdefault(pair, (name, kind))
    signs = {sign: name for f in found for sign, name in _call_signs(f).items()}
    teams: dict[str, str] = {}
    for f in found:
        for nickname, name in _story_teams(f).items():
            teams.setdefault(nickname, name)
    people = frozenset(w for f in found for w in _demonym_people(f))
    companies = frozenset(w for f in found for w in _company_words(f))
    demonym_places = frozenset(
        p for p, (_, folk) in _ORDINARY_PLACES.items() if any(f.counts[d] for f in found for d in folk)
    )
    for f in found:
        f.facilities = facilities
        f.call_signs = signs
        f.teams = teams
        f.people = people
        f.companies = companies
        f.demonym_places = demonym_places
        f.spelled = _acronyms_spelled(f)
        for acr, (i, j, kind) in f.spelled.items():
            acronyms.setdefault(acr, (_body_name(f.ws[i:j]), kind))
    bracketed = {m.group(1) for f in found for m in _ACRONYM_PAREN.finditer(f.text)}
    alone = _story_acronyms(found) - set(acronyms) - bracketed
    for f in found:
        f.acronyms = acronyms  # the bracketed ones, which initials-name leaves to spelled-acronym
        f.initials = _initials_named(f, alone)
    for f in found:
        for acr, (i, j, kind) in f.initials.items():
            acronyms.setdefault(acr, (_body_name(f.ws[i:j]), kind))
    story_spoken = frozenset(w for f in found for w in f.spoken())
    particle_spoken = frozenset(p for f in found for p in _particle_spoken(f))
    for f in found:
        f.shown = shown
        f.shown_aux = shown_aux
        f.story_spoken = story_spoken
        f.particle_spoken = particle_spoken
        f.acronyms = acronyms
        for rule in CASELESS_RULES:
            f.rule = rule.name
            rule.find(f)
        surnames |= f.surnames
    known = _known_names(found)
    pairs = _full_pairs(found)
    for f in found:
        f.rule = "middle-name"
        _middle_name(f, known)
        f.rule = "pair-again"
        _pair_again(f, pairs)
        f.rule = "known-name"
        _known_name(f, known)
    bodies = _known_bodies(found)
    for f in found:
        f.rule = "body-again"
        _body_again(f, bodies)
    openers = _body_openers(bodies, surnames)
    seconds: dict[str, set[str]] = {}
    for key in bodies:
        seconds.setdefault(key[0], set()).add(key[1])
    if openers:
        framed = _town_framed(found, seconds)
        openers = {w: name for w, name in openers.items() if w not in framed}
    for f in found:
        f.rule = "body-opener"
        _body_opener(f, openers, seconds)
    particle_names: dict[tuple[str, str], set[str]] = {}
    for f in found:
        for pair, name in f.particle_names.items():
            particle_names.setdefault(pair, set()).add(name)
    for f in found:
        f.rule = "particle-again"
        _particle_again(f, {p: next(iter(n)) for p, n in particle_names.items() if len(n) == 1})
    shared = _shared_surnames(found, surnames)
    towns = frozenset(_towns(found, surnames))
    doubles = {second: first for f in found for second, first in f.doubles.items()}
    for f in found:
        f.story_doubles = doubles
        f.rule = "surname-again"
        _surname_again(f, surnames - shared, towns)
        f.rule = "surname-of-another"
        _surname_again(f, shared, towns)
    for f in found:
        f.rule = "couple-name"
        _couple_name(f)
    firsts = _full_names_by_first(found)
    for f in found:
        f.rule = "first-name-again"
        _first_name_again(f, firsts)
    spoken_firsts = _spoken_first_names(found, firsts, surnames)
    for f in found:
        f.rule = "first-name-spoken"
        _first_name_spoken(f, spoken_firsts)
    for f in found:
        f.rule = "kin-name"  # after first-name-again: a first name the story names in full is that person
        _kin_name(f)
    places = frozenset(w for f in found for w in f.cue_places) - surnames
    for f in found:
        f.rule = "place-again"
        _place_again(f, places)
    return [sorted(f.out, key=lambda c: c.start) for f in found], found, towns


_NEXT_WORD = re.compile(r" ([a-z][a-z'’\-]+)")
# rule after-saint: "st." in lower case right before a candidate ("near st. George", "st. Paul island")
_SAINT_BEFORE = re.compile(r"(?:^|[^A-Za-z])st\. $")


def _after_saint(text: str, c: Candidate) -> bool:
    """Rule after-saint: a recogniser's candidate right after a lower-case "st. " in a story that lost its
    case: the lower-caser capitalised it after the stop, and it is a saint's name of a place, a church or
    a street ("st. George", "st. Paul island"), no person or place of its own (entities41's end read)."""
    return _SAINT_BEFORE.search(text, max(c.start - 5, 0), c.start) is not None


def _first_name_fragment(text: str, c: Candidate) -> bool:
    """Rule first-name-fragment: a first name the capitalised-run rules found alone, a capital only where
    the lower-caser took a title's stop for a sentence's end ("rep. Jackie speier", "dr. Judy melinek"),
    before a word no rule here could confirm as the surname: half a name, left out."""
    m = _NEXT_WORD.match(text, c.end)
    return (
        " " not in c.text
        and c.text.lower() in _all_first_names()
        and m is not None
        and not _lower_word(m.group(1))
        and not listed_form(m.group(1))
    )


def _capital_town(f: Found, c: Candidate, towns: frozenset[str]) -> bool:
    """Rule town-not-surname on the recogniser's candidates: one word the story writes as a person's
    surname and as a town, capitalised only because it opens a sentence where a town stands ("Eagar,
    arizona ( cnn ) --", a dateline): the town, no mention of the person."""
    if " " in c.text or c.text.lower() not in towns:
        return False
    k = next((k for k, w in enumerate(f.ws) if w.start == c.start), None)
    return k is not None and _town_at(f, k)


def _capital_half_name(f: Found, c: Candidate) -> bool:
    """Rule capital-half-name: a place that is a given name too, which the recogniser found by the capital
    a sentence's start gave it, before a word that could be a surname ("Bristol palin is responding"):
    half a person's name (`_half_name`), as listed-name reads it in lower case, no place."""
    if c.kind != "place" or " " in c.text or c.text.lower() not in _PLACE_GIVEN_NAMES:
        return False
    k = next((k for k, w in enumerate(f.ws) if w.start == c.start), None)
    return k is not None and _half_name(f, k)


# rule after-initials: initials in lower case right before a capitalised word ("u.s. Cable", "r.c. Hammond")
_INITIALS_BEFORE = re.compile(r"(?:^|[\s(])((?:[a-z]\.){2,}) $")


def _after_initials(f: Found, c: Candidate) -> bool:
    """Rule after-initials: a recogniser's one-word candidate right after initials in lower case, which the
    lower-caser capitalised after their stop: an ordinary word after a listed place's ("a u.s. Cable
    channel", "the largest u.s. Bookstore chain"; not a listed body: "the u.s. Navy"), or a place after a
    person's initials ("his spokesman,
    r.c. Hammond", "george h.w. Bush"), half a name: no name of its own."""
    if " " in c.text:
        return False
    m = _INITIALS_BEFORE.search(f.text, max(c.start - 12, 0), c.start)
    if m is None:
        return False
    if (m.group(1),) in _listed():  # "the u.s. Navy" keeps the listed body
        return _lower_word(c.text.lower()) and gazetteer().kind_of((c.text,)) is None
    if m.group(1) in _NOT_INITIALS:
        return False  # "5: 30 a.m. Chicago ( cbs )": a time, then a dateline's place
    return c.kind == "place" or c.rule == "data-place" or gazetteer().kind_of((c.text,)) == "place"


def merged(documents: Sequence[Document], cands: Sequence[Sequence[Candidate]]) -> list[list[Candidate]]:
    """The recogniser's candidates with this table's: where two overlap, this table's wins; a first name
    the recogniser found alone before an unconfirmed surname is left out (`first-name-fragment`), and so
    are a place that is a given name too before a surname (`capital-half-name`: "Bristol palin"), a
    name right after a lower-case "st. " (`after-saint`) and one right after initials (`after-initials`:
    "u.s. Cable", "r.c. Hammond")."""
    out = []
    own_cands, found, towns = _candidates(documents)
    for d, own, f, theirs in zip(documents, own_cands, found, cands, strict=True):
        spans = [(c.start, c.end) for c in own]
        kept = [
            c
            for c in theirs
            if not any(c.start < e and s < c.end for s, e in spans)
            and not _first_name_fragment(d.text, c)
            and not _capital_town(f, c, towns)
            and not _capital_half_name(f, c)
            and not _after_saint(d.text, c)
            and not _after_initials(f, c)
        ]
        out.append(sorted([*own, *kept], key=lambda c: c.start))
    return out
