"""Two facts a reading of shared words takes for one, told apart by one named rule each (session 44): part
of the one check every citation rule makes (`rules.clashes`, through `Pair.apart`).

* `released-not-arrested`: "Police briefly detained Mark Ellison and released him" / "Ellison was
  arrested": `data/concepts.txt` makes "detain" and "arrest" one concept, which holds for a detention
  that lasts, not for one the sentence says ended in a release.
* `other-commodity`: "Oil prices rose 2 percent" / "Gold prices rose 2 percent": one shape of numbers,
  another market.
* `other-cause`: "Dana Lowell died in a car crash" / "Dana Lowell died of cancer": the same person and the
  same outcome, another cause (the cause is a slot).
* `name-only` (session 45): "My name is Dana Lowell." says only what someone is called; a sentence that
  names Dana Lowell ("a petition bearing 275,000 names protesting the ouster of Dana Lowell") does not state
  it unless it says what she is called too ("named", "called", "her name is").
* `page-pointer` (session 51): "Final scores in the Solar Decathlon 2015 are shown below." points at a
  table, a video or a list on its page: it states a fact of the page, not of the story, so it states no
  other sentence's fact and no sentence states it ("A team of Clemson students will unveil their solar home
  as judging begins in the Solar Decathlon 2015" shares its names, not a fact); so is an embedded post's
  footer, "See more of Mark Zuckerberg on Facebook".
* `denied-frame`, `untrue-frame`, `hearsay-frame` (session 54): a frame one sentence only writes before
  the clause both share, which then states nothing: "The mayor rejected claims that he misled voters about X"
  / "The mayor misled voters about X" (a verb of `DENYING` and "that", or "claims/allegations/... that");
  '"It would be wrong to claim that sea levels threaten coastal towns"' (`untrue-frame`: "wrong to claim",
  "nobody believes", "hardly"); "There were unconfirmed reports that the gunman had been arrested"
  (`hearsay-frame`: rumours, unconfirmed reports, speculation). A frame both write, or a verb of denial in
  the other, tells nothing apart. `question-frame`: "Did the minister know about the payments ...?" and
  "Whether the airport will expand its runway remains unclear" ask what the other states; `possible-frame`:
  "the bridge could be closed ..." says only that it may be, beside "the bridge was closed ...".
* `claim-frame` (session 56): what a sentence opens as someone's claim or allegation ("Rebels claimed they
  shot down a jet", "Prosecutors allege that ...", "Critics say ...") is not the outlet stating it ("A jet
  was shot down"); a frame both write, a word of claiming in the other ("allegedly"), or the same party's
  saying in the other ("Prosecutors allege that X" / "X, prosecutors said": session 59) tells nothing apart.

Each reads the two sentences' lower-cased words (`Facts.words`, a space at each end). Sentences written
for these rules are in tests/test_align_facts_apart.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_DETAINED = re.compile(r" (?:detain|detains|detained|detaining|detention) ")
_RELEASED = re.compile(
    r" (?:release|releases|released|releasing|freed|let go|let him go|let her go|set free) "
)
_ARRESTED = re.compile(r" (?:arrest|arrests|arrested|arresting) ")


def _released_not_arrested(a: str, b: str) -> bool:
    """One sentence says someone was detained and released, the other that someone was arrested, with no
    release in it."""

    def detained_released(x: str) -> bool:
        return bool(_DETAINED.search(x) and _RELEASED.search(x))

    def arrested(x: str) -> bool:
        return bool(_ARRESTED.search(x) and not _RELEASED.search(x))

    return (detained_released(a) and arrested(b)) or (detained_released(b) and arrested(a))


# markets priced in the news, each a group of words that name it (longest first where one holds another)
_COMMODITIES: dict[str, tuple[str, ...]] = {
    "oil": ("oil", "crude", "brent", "petroleum"),
    "natural gas": ("natural gas",),
    "gasoline": ("gasoline", "gas prices", "gas price", "pump prices"),
    "gold": ("gold",),
    "silver": ("silver",),
    "copper": ("copper",),
    "platinum": ("platinum",),
    "palladium": ("palladium",),
    "wheat": ("wheat",),
    "corn": ("corn",),
    "soybeans": ("soybean", "soybeans", "soy"),
    "coffee": ("coffee",),
    "sugar": ("sugar",),
    "cotton": ("cotton",),
    "bitcoin": ("bitcoin",),
}
_PRICED = re.compile(r" (?:price|prices|futures|per barrel|a barrel|an ounce|per ounce|a bushel|per bushel) ")


_DEATH = re.compile(r" (?:die|dies|died|dying|dead|death|deaths|killed|kills|killing|fatal|fatally) ")
# causes of a death, each a group of phrases that name it; `None`: a word that names none in particular
# ("illness" may be any disease), so it tells no cause apart
_CAUSES: dict[str, tuple[str, ...]] = {
    "crash": ("car crash", "crash", "crashes", "collision", "car accident", "traffic accident", "wreck"),
    "cancer": ("cancer", "tumor", "tumour", "leukemia", "lymphoma"),
    "heart": ("heart attack", "cardiac arrest", "heart failure", "heart disease"),
    "stroke": ("stroke",),
    "overdose": ("overdose", "overdosed"),
    "suicide": ("suicide", "took his own life", "took her own life", "killed himself", "killed herself"),
    "shooting": ("shot", "shooting", "gunshot", "gunfire", "gunman"),
    "stabbing": ("stabbed", "stabbing", "knife attack"),
    "drowning": ("drowned", "drowning"),
    "fire": ("blaze", "house fire", "burned to death"),
    "pneumonia": ("pneumonia",),
}


def _named(x: str, groups: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """The groups whose phrases the words name, a phrase taken out once read (a later, shorter one in it
    then names nothing)."""
    found = set()
    for name, phrases in groups.items():
        for w in phrases:
            if f" {w} " in x:
                found.add(name)
                x = x.replace(f" {w} ", " ")
    return frozenset(found)


def _other_named(topic: re.Pattern[str], groups: dict[str, tuple[str, ...]]) -> Callable[[str, str], bool]:
    """A rule: both sentences match `topic` (prices, a death), each names one of `groups` (a market, a
    cause), the two none the same."""

    def differ(a: str, b: str) -> bool:
        if not (topic.search(a) and topic.search(b)):
            return False
        na, nb = _named(a, groups), _named(b, groups)
        return bool(na) and bool(nb) and na.isdisjoint(nb)

    return differ


# rule `name-only`: a sentence opening on whose name is what; the words that tell what someone is called
_NAME_IS = re.compile(r"^ (?:my|his|her|their|our|the \w+'s) (?:name|full name|real name) (?:is|was|'s) ")
_CALLED = re.compile(r" (?:named|called|known as|name is|name was|name's|names are|names were) ")


def _name_only(a: str, b: str) -> bool:
    """One sentence opens on "My name is ..." ("His name was ..."), the other never says what someone is
    called."""
    return bool(
        (_NAME_IS.search(a) and not _CALLED.search(b)) or (_NAME_IS.search(b) and not _CALLED.search(a))
    )


# rule `page-pointer`: "below is/are ..." opening a sentence, something "shown / listed ... below" or "above",
# "the video / chart / list ... below" or "above", "see / watch ... below" at the end: words about the page
# itself. "below"/"above" then ends the sentence or opens no level a value is compared with (a number or a
# determiner: "shares were listed above the offering price", "support in the poll below 40 percent"), and
# "see ... below" only ends one ("expect to see temperatures below freezing" is a forecast); and an embedded
# post's footer, "See more of <name> on Facebook" (a link, no statement: session 51)
_PAGE_THINGS = (
    "video|videos|list|chart|charts|table|graphic|map|photo|photos|picture|pictures|gallery|slideshow|tweet"
    "|tweets|clip|clips|image|images|tabs|links?|infographic|timeline|poll|player"
)
_NO_LEVEL_AFTER = r"(?= $| (?!(?:the|a|an|its|their|his|her|our|this|that|these|those) )[^\W\d_])"
_PAGE_POINTER = re.compile(
    r"^ below (?:is|are) "
    r"| (?:is|are|was|were) (?:shown|listed|pictured|embedded|displayed|included|featured) (?:below|above)"
    + _NO_LEVEL_AFTER
    + rf"| the (?:\w+ )?(?:{_PAGE_THINGS}) (?:below|above){_NO_LEVEL_AFTER}"
    r"| (?:see|watch|read|view|check out) (?:\w+ ){0,2}below $"
    r"|^ see more of (?:\S+ ){1,8}on (?:facebook|twitter|instagram|youtube) "
)


def _page_pointer(a: str, b: str) -> bool:
    """Either sentence points at its page (`_PAGE_POINTER`): no fact of the story to share."""
    return bool(_PAGE_POINTER.search(a) or _PAGE_POINTER.search(b))


# verbs that deny or reject what follows them: one table for `pairs.negated_within` (a verb of denial one
# copy of a claim writes) and the frames below
DENYING = frozenset(
    """deny denies denied denying reject rejects rejected rejecting dismiss dismisses dismissed dismissing
    refute refutes refuted refuting dispute disputes disputed disputing""".split()  # noqa: SIM905
)
# what a verb of denial rejects when a clause follows it ("rejected claims that", "dismissed reports that")
_DENIED_THINGS = (
    "claims?|allegations?|accusations?|reports?|suggestions?|assertions?|charges?|notion|idea|rumou?rs?"
    "|speculation|contention"
)
# ... not "could not confirm or deny that due to state law": "confirm or deny" says only no comment; nor the
# noun "dispute" before a relative clause ("a pay dispute that closed the port": review54), whose "that" a
# verb or an auxiliary follows
_RELATIVE_NEXT = r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|began|\w+ed) "
_DENIED_FRAME = re.compile(
    rf"(?<! confirm or)(?<! confirm nor) (?:{'|'.join(sorted(DENYING))}) "
    rf"(?:(?:the|these|those|any|all|such) )?(?:(?:{_DENIED_THINGS}) )?that "
    rf"(?!(?:(?<= dispute that )|(?<= disputes that )){_RELATIVE_NEXT})"
)
_UNTRUE_FRAME = re.compile(
    r" (?:wrong|false|untrue|misleading|unfair|absurd|ridiculous) to"
    r" (?:say|claim|suggest|think|believe|assume) "
    r"| (?:nobody|no one) (?:believes|thought|thinks|expects|expected|claims|says) | hardly "
    r"| (?:is|are|was|were|be|been|remains?|remained|seems?|seemed|looks?|still) far from "
    r"|^ far from (?!(?:the|a|an|his|her|their|its|home|where) )"
)
# ... a clause after it ("unconfirmed reports that the gunman ..."), not a thing ("amid unconfirmed reports of
# troop deployments" beside a claim of its own); a word of hearsay in the other ("That speculation was fueled
# because another 767 crashed ...") tells nothing apart
_HEARSAY = frozenset(
    """rumour rumours rumor rumors rumoured rumored unconfirmed unverified unsubstantiated speculation
    speculated""".split()  # noqa: SIM905
)
_HEARSAY_FRAME = re.compile(
    r" (?:rumou?rs?|unconfirmed|unverified|unsubstantiated|speculation|speculated)(?: \w+){0,3} that "
    r"| rumou?red (?:to|that) "
)

# rule `claim-frame` (issue 14, session 56): what a sentence gives as someone's claim or allegation, a verb of
# claiming or alleging before a clause ("Rebels claimed they shot down a jet", "prosecutors allege that the
# firm hid ...", "accused the firm of hiding ...") or a partisan side's saying ("Critics say the plan ..."),
# is not the same fact as an outlet stating it ("A jet was shot down"); a frame both write, or a word of
# claiming in the other ("the alleged attack", "reportedly"), tells nothing apart. "claimed the lives of",
# "claimed responsibility", "claimed the title" take a noun, no clause: not a frame
_SUBJECT_AFTER = r"(?:that|to|he|she|they|it|we|i|you|his|her|their|its|the|a|an) "
_SIDE_WORDS = r"(?:critics|opponents|detractors|skeptics|sceptics|rebels|insurgents|militants|separatists)"
_CLAIM_FRAME = re.compile(
    rf" (?:claim|claims|claimed|claiming|allege|alleges|alleged|alleging|contend|contends|contended) "
    rf"(?!the lives |the life |(?:the |sole |full )?responsibility |the (?:title|crown|prize|seat|victory) )"
    rf"{_SUBJECT_AFTER}"
    r"| (?:accuse|accuses|accused|accusing) (?:\w+ ){1,4}of "
    rf"| {_SIDE_WORDS} (?:\w+ ){{0,3}}"
    r"(?:say|said|says|claim|claimed|argue|argued|charge|charged|insist|insisted) "
)
# ... opening the sentence: at most this many shared words before it ("Rebels in eastern Harwick claimed";
# "... retaining counsel to sue the individuals, claiming they falsely represented themselves" frames a side
# clause of a statement the other makes too)
CLAIM_LEAD = 2
_CLAIMING = frozenset(
    """claim claims claimed claiming allege alleges alleged allegedly alleging allegation allegations contend
    contends contended accuse accuses accused accusing accusation accusations critics opponents detractors
    skeptics sceptics reportedly purportedly purported""".split()  # noqa: SIM905
)

# rule `question-frame`: a sentence that asks ("Did the minister know about the payments?", "Has the firm
# paid?": an auxiliary opens it, "will" aside, a name as often as not) or says it is not known ("Whether the
# airport will expand its runway remains unclear": an open question `pairs.open_question` leaves to its
# condition reading, "Whether or not ...")
_QUESTION_FRAME = re.compile(
    r"^ (?:did|does|do|is|are|was|were|has|have|had|can|could|should|would) (?!not )"
    r"|^ whether (?!or not )(?:\w+ )+(?:remains?|is|was)"
    r" (?:unclear|unknown|uncertain|undecided|not clear|not known|to be seen|an open question) "
)

FRAMED_WORD = 4  # letters of a word the frame rules count as shared (no "the", "was", "tom")


def _framed_shared(x: str, at: int, other: str) -> bool:
    """The words of `x` after its frame (from `at`) hold more of the words it shares with `other` (of
    `FRAMED_WORD` letters or more) than those before it, and two at least: the frame governs what the two
    share ("Because another 767 crashed in Thailand in 1991 ..., there has been speculation that ..." frames
    nothing the other says of that crash)."""
    theirs = {w for w in other.split() if len(w) >= FRAMED_WORD}
    before = sum(w in theirs for w in x[:at].split())
    after = sum(w in theirs for w in x[at:].split())
    return after >= max(2, before + 1)


def _shared_before(x: str, at: int, other: str) -> int:
    """Words of `x` before `at` (of `FRAMED_WORD` letters or more) that `other` writes too."""
    theirs = {w for w in other.split() if len(w) >= FRAMED_WORD}
    return sum(w in theirs for w in x[:at].split())


# rule `possible-frame`: what one sentence says only may be so, its modal right before the verb both write
# ("the bridge could be closed to traffic ..." / "the bridge was closed to traffic ..."); a modal or a hedge
# word in the other ("would rise" / "may rise") tells nothing apart, nor does a modal before a word the other
# never writes ("hundreds more could be tested" beside "seven children have been hospitalized": another
# clause). The word after it has `FRAMED_WORD` letters or more (not "could be a game-changer"), and "may"
# opens one only before "be" or "have" ("last may pamela anderson launched ..." is the month)
_POSSIBLE_FRAME = re.compile(
    r" (?:(?:could|might)(?: not)?(?: be| have been| have)?|may(?: not)? (?:be|have been|have)) (\w{4,})(?= )"
)
_POSSIBLE = frozenset(
    ["could", "may", "might", "would", "should", "possibly", "perhaps", "likely", "probably"]
)


def _possible_frame(a: str, b: str) -> bool:
    """Rule `possible-frame`: one sentence writes a modal of possibility before a word the other writes,
    the other writes no word of `_POSSIBLE`, and the modal comes before most of what the two share."""
    for x, other in ((a, b), (b, a)):
        if not _POSSIBLE.isdisjoint(other.split()):
            continue
        ws = set(other.split())
        for m in _POSSIBLE_FRAME.finditer(x):
            if m.group(1) in ws and _framed_shared(x, m.start(), other):
                return True
    return False


def _framed(
    frame: re.Pattern[str], also: frozenset[str] = frozenset(), lead: int | None = None
) -> Callable[[str, str], bool]:
    """A rule: one sentence writes `frame` before most of what it shares with the other (`_framed_shared`),
    the other neither writes it nor any word of `also`; with `lead`, at most that many shared words before
    the frame (it frames the sentence, not a side clause of it)."""

    def one_sided(a: str, b: str) -> bool:
        ma, mb = frame.search(a), frame.search(b)
        if bool(ma) == bool(mb):
            return False
        x, m, other = (a, ma, b) if ma else (b, mb, a)
        if lead is not None and _shared_before(x, m.start(), other) > lead:
            return False
        return also.isdisjoint(other.split()) and _framed_shared(x, m.start(), other)

    return one_sided


# ... unless the other sentence gives it as the same party's saying too ("Prosecutors allege that the
# firm hid losses" / "The firm hid losses, prosecutors said"): one allegation attributed alike on both sides.
# The party is the word before the verb of claiming (of `FRAMED_WORD` letters or more: not "they") or the
# side's own word ("critics"); the other writes it next to a verb of saying, or after "according to"
_SAYING = (
    r"(?:say|says|said|told|tell|tells|claim|claims|claimed|allege|alleges|alleged|charge|charges|charged"
    r"|argue|argues|argued|contend|contends|contended|insist|insists|insisted)"
)
_SIDES = re.compile(rf" {_SIDE_WORDS} ")
_NO_PARTY = frozenset("they them this that these those there which who".split())  # noqa: SIM905
_claimed_base = _framed(_CLAIM_FRAME, _CLAIMING, CLAIM_LEAD)


# rule `claimant-past-adverb` (session 60): an adverb or auxiliary between the party and its verb of claiming
# ("prosecutors also allege", "police have previously claimed") is no party: the word before it is
_BETWEEN = frozenset("also now still further again even later then previously have has had".split())  # noqa: SIM905
# ... but a word in "-ly" after one of these is a noun or a name, the party itself ("the family alleges", "in
# italy", "dr kelly claimed"), not an adverb
_NAMED_AFTER = frozenset("the a an his her their its our my your of in from for by mr mrs ms dr".split())  # noqa: SIM905


def _adverb_ly(before: list[str]) -> bool:
    """The last of `before` (two words or more) is an adverb in "-ly": not a noun after `_NAMED_AFTER`."""
    return before[-1].endswith("ly") and before[-2] not in _NAMED_AFTER


def _claimant(x: str, m: re.Match[str]) -> str | None:
    """Who the frame `m` of `x` gives the claim to: the side's word, or the word before the verb (past an
    adverb or auxiliary, `_BETWEEN` or `_adverb_ly`: rule `claimant-past-adverb`)."""
    side = _SIDES.match(x, m.start())
    if side:
        return side.group().strip()
    before = x[: m.start()].split()
    while len(before) > 1 and (before[-1] in _BETWEEN or _adverb_ly(before)):
        before.pop()
    who = before[-1] if before else ""
    return who if len(who) >= FRAMED_WORD and who.isalpha() and who not in _NO_PARTY else None


def _claim_frame(a: str, b: str) -> bool:
    """Rule `claim-frame`: `_framed` over `_CLAIM_FRAME`, unless the other sentence gives the claim to the
    same party (`_claimant`) with a verb of saying or "according to"."""
    if not _claimed_base(a, b):
        return False
    ma = _CLAIM_FRAME.search(a)
    x, m, other = (a, ma, b) if ma else (b, _CLAIM_FRAME.search(b), a)
    who = _claimant(x, m) if m else None
    if who is None:
        return True
    said = rf" {who} (?:\w+ )?{_SAYING} | {_SAYING} (?:\w+ ){{0,2}}{who} | according to (?:\w+ ){{0,2}}{who} "
    return re.search(said, other) is None


@dataclass(frozen=True)
class ApartRule:
    """One named rule: `differ(a, b)` holds when the two sentences' words state two facts."""

    name: str
    differ: Callable[[str, str], bool]


RULES: tuple[ApartRule, ...] = (
    ApartRule("released-not-arrested", _released_not_arrested),
    ApartRule("other-commodity", _other_named(_PRICED, _COMMODITIES)),
    ApartRule("other-cause", _other_named(_DEATH, _CAUSES)),
    ApartRule("name-only", _name_only),
    ApartRule("page-pointer", _page_pointer),
    ApartRule("denied-frame", _framed(_DENIED_FRAME, DENYING)),
    ApartRule("untrue-frame", _framed(_UNTRUE_FRAME)),
    ApartRule("hearsay-frame", _framed(_HEARSAY_FRAME, _HEARSAY)),
    ApartRule("question-frame", _framed(_QUESTION_FRAME)),
    ApartRule("claim-frame", _claim_frame),
    ApartRule("possible-frame", _possible_frame),
)


def apart(a: str, b: str) -> str:
    """The name of the first rule that tells the two sentences' facts apart (`Facts.words` each), or ""."""
    return next((r.name for r in RULES if r.differ(a, b)), "")
