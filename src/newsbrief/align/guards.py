"""Two claims that one predicate and one subject make different: part of the one check every citation rule
makes (`rules.clashes`), so no rule that cites can state two facts as one.

Rule `same-claim` came with guards (`claims.match`): the two claims agree in voice, negation and modality,
their object sides share something, their arguments do not clash (another weekday, value, place). The
older citation rules (`same-words`, `same-numbers`, `stated-within`, `same-fact`, `stated-in-main`) read
bags of shared words and never saw them: "Sergeant Smith was killed in Baghdad." / "Sergeant Smith killed
three soldiers in Baghdad." was a `same-fact` fact, "Police arrested Smith in Dallas on Monday." /
"... in Houston on Monday." a `stated-within` one. `rules.clashes(p)` is what each of them (and
`same-claim`) asks of a pair before it cites: no clash of counted values, years, days of a month, clock
times, negation, participants (`rules.MISSING` on each side), nor two claims that one predicate and one
subject make different (`claims_differ` here, computed once per pair in `pairs.compare`).

Session 16 (30+ written pairs of ordinary news, each told another way): two doers in two voices
("Acme Corp. was bought by Google" / "Microsoft bought Acme Corp.": `agents_differ`), who did it and to
whom swapped ("Johnson defeated Williams" / "Williams defeated Johnson": `roles_swapped`), one claim in
two voices saying different things beyond it ("sentenced Garza to death" / "Garza was sentenced to life
in prison": `voice_objects_differ`), and one text with a name, modal, opposite or number put for another
("sued Samsung" / "sued Google", "raised" / "cut", "could" / "will": `substituted`) were citations.
Session 17 (34 more written pairs, 28 cited at the start, mostly `same-words`): one text with a common word
put for another that is another thing, a described doer, an object or an act ("two teachers" / "two
students", "federal agents" / "state agents", "cocaine" / "heroin", "destroyed" / "damaged"): `substituted`
reads two words news writing joins with "and" / "or" as two things (rule `coordinated`), which synonyms
seldom are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from ..analyze.numbers import MEASURES
from ..lexicon.gazetteer import word_list
from ..lexicon.roles import SPEAKS_FOR
from ..lexicon.verbs import FALL_VERBS, RISE_VERBS, present_forms
from ..represent import STOP_WORDS, stem
from .claims import PAST, WEEKDAYS, doer_side, doers_differ, object_side, out_of_sense, same_object
from .features import INTENT, common, data_lines, lexicon

if TYPE_CHECKING:
    from .claims import ClauseClaim


def claims_differ(
    xs: tuple[ClauseClaim, ...],
    ys: tuple[ClauseClaim, ...],
    groups: dict[str, int],
    names_a: frozenset[str],
    names_b: frozenset[str],
) -> bool:
    """Some claim of each sentence has one predicate (or two words of one `equivalents.txt` group) and a
    subject alike, and the two say different things: one passive, the other active with an object
    ("Smith was killed" / "Smith killed three soldiers": the subject is the victim in one, the killer in
    the other; "the arm was shattered" / "the arm shattered when ...": one event), or, both active,
    object sides that share nothing ("killed a rebel commander" / "killed a civilian": `_other_object`),
    or another weekday or place (`_when_or_where`). Values are the pair's to compare (`Pair.clash`,
    `value_clash`). A passive claim whose subject is the other's object ("Smith was arrested" / "police
    arrested Smith") shares no subject, so it is not read here."""
    preds_x, preds_y = {c.predicate for c in xs}, {c.predicate for c in ys}
    for x in xs:
        gx = groups.get(x.predicate)
        for y in ys:
            if x.nominal or y.nominal:  # rule `event-noun`: read by `claims.match` only
                continue
            if x.linking or y.linking:  # rules `copula`, `light-object` (`claims._linked`)
                if other_complement(x, y) or (
                    other_acts(x, y) and x.predicate not in preds_y and y.predicate not in preds_x
                ):
                    return True  # rule `other-act`: "were taken hostage" / "were killed"
                continue
            if (
                (opposite_acts(x, y) or out_of_sense(x, y) or other_acts(x, y))
                and x.predicate not in preds_y
                and y.predicate not in preds_x
            ):
                return True  # `OPPOSITES`; rules `learned-sense`, `other-act`
            if x.predicate != y.predicate and (gx is None or groups.get(y.predicate) != gx):
                continue
            if agents_differ(x, y, groups) or roles_swapped(x, y):
                return True
            if not (x.before & y.before) - WEEKDAYS:
                continue  # no subject alike: nothing to compare them on
            if (
                (x.passive != y.passive and object_side(y if x.passive else x))
                or _other_object(x, y)
                or _when_or_where(x, y)
            ):
                return True
    return False


def other_complement(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Rule `other-complement`: two claims of one linking verb (`claims._linked`: "is", "have", "take" ...)
    with a subject alike (a concept, or one "he" / "she"), one complement the other with a word more ("Tran
    is a former senator" / "Tran is a senator") or the two sharing a word before another last one ("Tran
    was Dunn's wife" / "Tran was Dunn's lawyer", "a former senator" / "a former governor"): what each says
    the subject is or has is two facts, however many words around it the two sentences share. One last word
    after other words ("the last step" / "the final step") may be one thing: not read here; nor two copies of
    one text (`pairs.one_text`: a copy cut inside its complement states the same claim)."""
    if not (x.linking and y.linking) or x.predicate == y.predicate:
        return False
    vx, _, cx = x.predicate.partition(">")
    vy, _, cy = y.predicate.partition(">")
    vx, vy = vx.removesuffix(PAST), vy.removesuffix(PAST)  # rule `linking-tense`: another complement in
    # another tense is still another complement ("was Dunn's wife" / "is Dunn's lawyer")
    subject = (x.before & y.before) - WEEKDAYS or (x.pronoun and x.pronoun == y.pronoun)
    if vx != vy or not subject:
        return False
    wx, wy = cx.split(), cy.split()
    more = set(wx) < set(wy) or set(wy) < set(wx)
    return more or (wx[-1] != wy[-1] and bool(set(wx[:-1]) & set(wy[:-1])))


def _other_object(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Both active, object sides that share nothing (`claims.same_object`: "killed a rebel commander" /
    "killed a civilian"), each with a word that is no name: a name on one side may be what the other
    describes ("invaded the territory of 800,000 people" / "invaded East Timor")."""
    return (
        not same_object(x, y)
        and any(":" not in c for c in object_side(x))
        and any(":" not in c for c in object_side(y))
    )


def _when_or_where(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Two weekdays ("published Friday" / "published Saturday"), or each claim a place the other does not
    state ("arrested Smith in Dallas" / "arrested Smith in Houston"; the opening phrase counts): the
    weekday and place parts of `claims.clash`, whose other parts (numbers with no value alike, a
    participant on each object side the other sentence never names) cost right links in the older rules
    ("invaded the territory of 800,000 people in December 1975" / "invaded East Timor in 1975";
    "returned control ... to the Tudjman government" / "... to the Croatian government")."""
    dx, dy = (x.args | x.opening) & WEEKDAYS, (y.args | y.opening) & WEEKDAYS
    if dx and dy and not dx & dy:
        return True
    return bool(
        x.places and y.places and not x.places & (y.args | y.opening) and not y.places & (x.args | x.opening)
    )


def agents_differ(x: ClauseClaim, y: ClauseClaim, groups: dict[str, int]) -> bool:
    """One predicate (or two words of one group) in two voices, the passive's subject the active's
    object, and who did it named on both sides with nothing alike: "Acme Corp. was bought by Google" /
    "Microsoft bought Acme Corp." (rule `claim-agent` of `claims.match`, for the older rules too)."""
    if x.passive == y.passive:
        return False
    gx = groups.get(x.predicate)
    if x.predicate != y.predicate and (gx is None or groups.get(y.predicate) != gx):
        return False
    p, a = (x, y) if x.passive else (y, x)
    if not (p.before & a.after) - WEEKDAYS:
        return False  # the passive's subject is not the active's object: nothing to compare
    return doers_differ(p.agent, doer_side(a, p), groups)


def voice_objects_differ(x: ClauseClaim, y: ClauseClaim) -> bool:
    """One predicate in two voices, the passive's subject the active's object (`claims.match`, route
    "voice"), and what each says beyond it holds one of `OPPOSITES` each: "The court sentenced Garza to
    death" / "Garza was sentenced to life in prison" (not "fired Johnson and named ... interim chief" /
    "Johnson was fired from his $165,000-a-year job": other words, no opposite)."""
    if x.passive == y.passive:
        return False
    p, a = (x, y) if x.passive else (y, x)
    rest_a, rest_p = object_side(a) - p.before, object_side(p) - p.agent
    return any(frozenset((c, d)) in _opposite_concepts() for c in rest_a for d in rest_p)


@lru_cache(maxsize=1)
def _opposite_concepts() -> frozenset[frozenset[str]]:
    """`OPPOSITES` as concepts (`_concept`)."""
    return frozenset(frozenset(map(_concept, pair)) for pair in OPPOSITES)


def opposite_acts(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Two predicates of `OPPOSITES`, in any voice, with a participant or thing alike that is no weekday
    or place: "The hostages were freed by the rebels" / "The rebels seized the hostages" (the opposite
    act done to the same people). `claims_differ` reads it only when neither sentence also writes the
    other's predicate ("killed 5 and wounded 20" / "wounded 20": one of its facts)."""
    if frozenset((x.predicate, y.predicate)) not in _opposite_concepts():
        return False
    return bool((x.args & y.args) - WEEKDAYS - x.places - y.places)


# rule `other-act` (session 35): acts done to someone that are two facts, never one told two ways ("an
# Indonesian soldier was killed early Friday in Manufahi, about 40 kilometers southeast of Dili" / "The
# soldiers were abducted in an attack by 50 rebels in Manufahi, about 40 kilometers southeast of Dili" was
# a `same-fact` citation: "attack" is of the killing's event group, so rule `other-action` let it pass):
# one kind of act a line, each act of a line another fact than each act of another line
_OTHER_ACTS = """
kill killed murdered slain executed beheaded assassinated
abducted kidnapped seized captured snatched
"""


@lru_cache(maxsize=1)
def _act_kinds() -> dict[str, int]:
    """`_OTHER_ACTS` as concepts (`_concept`) -> its line."""
    lines = _OTHER_ACTS.strip().splitlines()
    return {_concept(w): n for n, line in enumerate(lines) for w in line.split()}


def other_acts(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Rule `other-act`: predicates of two lines of `_OTHER_ACTS`, in any voice, with a participant or
    thing alike that is no weekday or place (as `opposite_acts` asks): "The soldier was killed" / "The
    soldiers were abducted" are two acts done to them. `claims_differ` reads it only when neither sentence
    also writes the other's predicate ("were kidnapped and killed" / "were killed": one of its facts)."""
    kx, ky = _act_kind(x), _act_kind(y)
    if kx is None or ky is None or kx == ky:
        return False
    return bool((x.args & y.args) - WEEKDAYS - x.places - y.places)


# rule `held-captive`: "taken hostage", "held captive", "took two journalists prisoner": a light verb's claim
# (`claims._linked`, "take>hostage") that is an abduction, the act of the second line of `_OTHER_ACTS`
_CAPTIVE_VERBS = frozenset(["take", "hold"])
_CAPTIVE = frozenset(["hostage", "hostages", "captive", "captives", "prisoner", "prisoners"])
_ABDUCTED = "abducted"


def _act_kind(c: ClauseClaim) -> int | None:
    """The line of `_OTHER_ACTS` claim `c`'s act is of, or None; rule `held-captive`: a claim of "take" or
    "hold" whose complement holds a word of captivity (`_CAPTIVE`) is the abduction's."""
    kinds = _act_kinds()
    if not c.linking:
        return kinds.get(c.predicate)
    verb, _, complement = c.predicate.partition(">")
    if verb.removesuffix(PAST) in _CAPTIVE_VERBS and not _CAPTIVE.isdisjoint(complement.split()):
        return kinds[_concept(_ABDUCTED)]
    return None


# rule `roles-reversed`: verbs whose two participants a report may name either way round and state one fact
# ("Tallis married Whitcombe" / "Whitcombe married Tallis", "sold the mill to" / "bought the mill from";
# "beat" is not listed, but "Tallis beat Whitcombe" / "Whitcombe lost to Tallis" is read through "lost"):
# never read as who did it to whom
_TWO_WAY = (
    "marry married wed met meet divorce dated date talk talked spoke speak negotiate fought fight played "
    "play tied tie debate debated face faced lose lost bought buy sold sell received receive got get joined "
    "join succeeded succeed replaced replace followed follow traded trade swapped swap shook hug hugged kiss"
)


# rule `roles-reversed`: verbs that carry an act named in their object ("filed fraud charges against",
# "brought a lawsuit against"): one event with that act's verb ("charged", "sued")
_SUPPORT = "file filed bring brought lodge lodged press pressed launch launched"


@lru_cache(maxsize=2)
def _concepts(words: str) -> frozenset[str]:
    """The words of `words` (`_TWO_WAY`, `_SUPPORT`) as concepts (`_concept`)."""
    return frozenset(map(_concept, words.split()))


def _doer_done(c: ClauseClaim) -> set[tuple[str, str]]:
    """(who did it, to whom) for each two participants (`E:`, no place nor weekday) claim `c` puts on its two
    sides: an active verb's subject and object side ("Tallis charged Whitcombe", "Whitcombe filed charges
    against Tallis"), a passive's "by" side and subject ("Whitcombe was charged by Tallis"). Linking,
    event-noun and `_TWO_WAY` claims say no direction."""
    if c.linking or c.nominal or c.predicate.removesuffix(PAST) in _concepts(_TWO_WAY):
        return set()
    subject = {e for e in c.before - c.places - WEEKDAYS if e[:2] == "E:"}
    if c.passive:
        doers, done = {e for e in c.agent - c.places if e[:2] == "E:"}, subject
    else:
        doers, done = subject, {e for e in c.after - c.places - WEEKDAYS if e[:2] == "E:"}
    return {(d, t) for d in doers for t in done if d != t}


def _one_event(
    x: ClauseClaim, y: ClauseClaim, groups: dict[str, int], actions: Callable[[frozenset[str]], set[int]]
) -> bool:
    """Two claims tell one event: one predicate, two words of one `equivalents.txt` group or one event group
    (`actions`: `pairs.ACTIONS`), or a verb of `_SUPPORT` whose object names the other's act ("filed fraud
    charges against" / "charged"; "brought a lawsuit against" / "sued"), never two acts merely told near
    each other ("was asked to resign by the council" / "resigned as mayor of Harwick")."""
    px, py = x.predicate.removesuffix(PAST), y.predicate.removesuffix(PAST)
    if px == py or (px in groups and groups.get(py) == groups[px]):
        return True
    if actions(frozenset([px])) & actions(frozenset([py])):
        return True
    for s, o in ((x, y), (y, x)):
        op = o.predicate.removesuffix(PAST)
        if s.predicate.removesuffix(PAST) in _concepts(_SUPPORT) and (
            op in s.after or actions(frozenset([op])) & actions(s.after)
        ):
            return True
    return False


def roles_reversed(
    xs: tuple[ClauseClaim, ...],
    ys: tuple[ClauseClaim, ...],
    groups: dict[str, int],
    actions: Callable[[frozenset[str]], set[int]],
) -> bool:
    """Rule `roles-reversed`: two claims of one event (`_one_event`) with two participants both name, who
    did it and to whom one way round in one and the other way in the other ("Jon Tallis charged Dana
    Whitcombe with fraud" / "Dana Whitcombe filed fraud charges against Jon Tallis", "sued" / "brought a
    lawsuit against");
    not when either sentence also tells it the other's way ("Tallis sued Whitcombe after Whitcombe accused
    him")."""
    rx = {c: _doer_done(c) for c in xs}
    ry = {c: _doer_done(c) for c in ys}
    all_x, all_y = set().union(*rx.values()), set().union(*ry.values())
    for x, dx in rx.items():
        for y, dy in ry.items():
            if not dx or not dy or not _one_event(x, y, groups, actions):
                continue
            if any((t, d) in dy and (t, d) not in all_x and (d, t) not in all_y for d, t in dx):
                return True
    return False


def roles_swapped(x: ClauseClaim, y: ClauseClaim) -> bool:
    """One predicate in one voice, a participant the subject of one and the object of the other, and
    the other way round: "Johnson defeated Williams" / "Williams defeated Johnson", "Israel accused Iran"
    / "Iran accused Israel": who did it and to whom are swapped."""
    if x.passive != y.passive or x.predicate != y.predicate:
        return False
    return any(c[:2] == "E:" for c in (x.before & y.after) - WEEKDAYS) and any(
        c[:2] == "E:" for c in (x.after & y.before) - WEEKDAYS
    )


# `substituted`: two sentences that are one text (`COPIED` of the shorter one's words in runs both write
# alike) with a word put for another in one place (`SWAP_SPAN` words at most a side). News copy puts
# synonyms for words all the time ("cellphone" / "phone", "deal" / "agreement", "asked" / "urged"), so
# only what is provably another thing counts: a name for a name, a modal for a modal, an opposite, a number
COPIED = 0.6
SWAP_SPAN = 3
NAME_PREFIX = 5
# how sure or how meant a claim is ("could seek" / "will seek"); the forms one report writes for the other
# ("will" in a quotation, "would" reported) as one
_MODAL_CLASS = {"may": "may", "might": "may", "could": "can", "can": "can", "will": "will", "would": "will"}
_MODAL_CLASS |= {"should": "should", "must": "must"}
# who reports a claim is not the claim ("officials said" / "authorities said"; `pairs.speaker_run`)
REPORTING = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "stated",
        "noted",
        "explained",
        "according",
        "reported",
        "reports",
        "announced",
    ]
)
ROUNDED = 0.02  # two numbers this close are one value reported round (`pairs.ROUNDED`)
_SCALE_AFTER = frozenset(["hundred", "thousand", "million", "billion", "trillion", "percent", "per", "cent"])
# opposites of news English, one pair a line: one put for the other in a copied text says the opposite
_OPPOSITES = """
raised cut
raise cut
raises cuts
rose fell
rise fall
increased decreased
increase decrease
approved rejected
accepted rejected
won lost
win lose
opened closed
reopened closed
acquitted convicted
guilty innocent
death life
higher lower
up down
gained lost
arrested released
arrested freed
before after
killed injured
killed wounded
dead injured
dead wounded
died injured
freed seized
released seized
freed captured
released captured
raised lowered
raise lower
raises lowers
upheld overturned
uphold overturn
upheld struck
passed rejected
rose dropped
increased reduced
increase reduce
confirmed denied
confirm deny
"""
# rule `keep-lose` and other acts news writes one for the other's opposite ("kept his job" / "lost his job";
# session 40: "strengthened her hand" / "weakened her hand")
_OPPOSED_ACTS = """
kept lost
keep lose
keeps loses
retained lost
approved blocked
granted denied
grant deny
allowed banned
hired fired
added eliminated
supported opposed
support oppose
backed opposed
began ended
started ended
strengthened weakened
strengthen weaken
strengthens weakens
strengthening weakening
"""
OPPOSITES = frozenset(
    frozenset(line.split())
    for line in (_OPPOSITES + _OPPOSED_ACTS).strip().splitlines()
    if len(line.split()) == 2
) | frozenset(frozenset((u, d)) for u in RISE_VERBS for d in FALL_VERBS)
# rule `direction` (session 22): a rise and a fall written as other verbs ("oil prices climbed 5 percent" /
# "oil prices slid 5 percent"): every verb of one list (`lexicon.verbs`) is the opposite of every verb of
# the other


def substituted(
    wa: Sequence[str], wb: Sequence[str], names_a: frozenset[str], names_b: frozenset[str]
) -> bool:
    """Two sentences that are one text but for a word put for another that is provably another thing:
    a name for a name the other sentence never writes ("Apple sued Samsung" / "Apple sued Google", "held
    in Singapore" / "in Hanoi", "began on Monday" / "on Thursday"), a modal for another ("could seek" /
    "will seek"), one of `OPPOSITES` for the other the other sentence never writes ("raised interest
    rates" / "cut interest rates", "sentenced Garza to death" / "to life in prison"; not "seized the
    hostages in March and freed them" / "freed the hostages"), a number for another not reported round
    ("had risen to 64" / "to 2,975"), a modal or plan added before one verb (`intent-added`: "plans
    to cut" / "cut"), or a word for one news writing joins with it by "and" / "or" (`coordinated`:
    "two students" / "two teachers", "destroyed" / "damaged"). The copy says another thing in that
    place, so the two are two facts however many words they share. `wa`, `wb`: `Facts.words` split;
    `names_a`, `names_b`: their participants (`Facts.names`)."""
    short = min(len(wa), len(wb))
    if short < SWAP_SPAN or len(set(wa) & set(wb)) < COPIED * short:
        return False  # the cheap bound first: most pairs share too few words to be one text
    sm = SequenceMatcher(None, wa, wb, autojunk=False)
    ops = sm.get_opcodes()
    if sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal") < COPIED * short:
        return False
    for tag, i1, i2, j1, j2 in ops:
        if tag in ("insert", "delete") and (_intent_added(wb, j1, j2, wa) or _intent_added(wa, i1, i2, wb)):
            return True
        if tag != "replace" or i2 - i1 > SWAP_SPAN or j2 - j1 > SWAP_SPAN:
            continue
        xs, ys = wa[i1:i2], wb[j1:j2]
        if _reporter(wa, i1, i2) or _reporter(wb, j1, j2):
            continue  # who says it ("officials said" / "authorities said"): the attribution, not the claim
        if (
            _other_names(_own_names(wa, i1, i2, names_a, names_b), _own_names(wb, j1, j2, names_b, names_a))
            or _other_modal(xs, ys)
            or any(frozenset((x, y)) in OPPOSITES and x not in wb and y not in wa for x in xs for y in ys)
            # not moved: "aged 2, 3 and 4"
            or (_other_number(xs, ys, wa, wb) and xs[0] not in wb and ys[0] not in wa)
            or _coordinated_apart(xs, ys, wa, wb, names_a | names_b)
        ):
            return True
    return False


# a name's adjective or its people ("Croatian", "Jewish", "Jovian", "Republican", "Japanese", "Islamic"):
# a qualifier one copy writes for another name of the same thing ("the Tudjman government" / "the Croatian
# government", "Jupiter moons" / "Jovian moons", "the GOP House leadership" / "the Republican leadership")
_ADJECTIVE_ENDS = ("an", "ish", "ese", "ic")


def _own_names(ws: Sequence[str], i: int, j: int, own: frozenset[str], other: frozenset[str]) -> list[str]:
    """The words of `ws[i:j]` that are participants of their sentence (`E:` + the word) the other never
    names, no name's adjective (`_ADJECTIVE_ENDS`) unless a surname (`_surname`)."""
    return [
        w
        for k, w in enumerate(ws[i:j], i)
        if ("E:" + w) in own
        and ("E:" + w) not in other
        and (not w.endswith(_ADJECTIVE_ENDS) or _surname(ws, k))
    ]


def _surname(ws: Sequence[str], k: int) -> bool:
    """Rule `given-name-first`: a word right after a given name (`first_names.txt`) is a surname however
    it ends ("Bob Dylan", "Pat Buchanan", "Bernard Lewis"), not a name's adjective as "the Croatian
    government" is; not after a modal ("will", "may" are given names too)."""
    return k > 0 and ws[k - 1] not in _MODAL_CLASS and ws[k - 1].capitalize() in _given_names()


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    return word_list("first_names.txt")


# rule `intent-added`: a modal or a word of intent before "to" ("will", "could", "plans to", "is
# expected to") written in one copy before a verb the other writes bare ("The company plans to cut 3,000
# jobs" / "The company cut 3,000 jobs"): a plan or a possibility against an act, even where the past is
# written as the base ("cut", "hit", "set"), so no "-ed" tells them apart (`Facts.done`)
_INTENT_WORDS = frozenset(INTENT.split())


def _intent_added(ws: Sequence[str], i: int, j: int, other: Sequence[str]) -> bool:
    """`ws[i:j]`, written in one copy only, is a modal or ends on a word of intent and "to", with a word
    after it that both write (`intent-added` above), and the `other` copy never writes that modal or
    word of intent (not moved: "He now can only wiggle a toe" / "Carter ... can now only move ...")."""
    if not 0 < j - i <= SWAP_SPAN or j >= len(ws):
        return False
    last = ws[j - 1]
    if last in _MODAL_CLASS:
        return last not in other
    return last == "to" and j - i >= 2 and ws[j - 2] in _INTENT_WORDS and ws[j - 2] not in other


def _coordinated_apart(
    xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str], names: frozenset[str]
) -> bool:
    """Rule `coordinated`: a word of `xs` put for a word of `ys`, two words news writing joins with "and" /
    "or" (`data/coordinated.txt`, `scripts/mine_coordinated.py`), so two things: "arrested two teachers" /
    "two students", "destroyed 60 homes" / "damaged 60 homes", "federal agents" / "state agents". Neither
    word is written in the other copy (not moved), nor is a stop word or a participant (`names`: names are
    `_other_names`' to compare; "the Republican leadership" / "the GOP House leadership" is one). Rule
    `alike-and-more`: a pair the tables make one thing (`coordinated-alike`) excuses only itself, so a span
    with another free word on each side still says another thing ("Two soldiers were killed" / "Two
    civilians died": kill/die is one event, soldiers/civilians are not one people)."""
    pairs = _coordinated()
    xs_stems, ys_stems = _free_stems(xs, wb, names), _free_stems(ys, wa, names)
    if any(frozenset((sx, sy)) in pairs for sx in xs_stems for sy in ys_stems):
        return True
    alike = [p for p in _coordinated_alike() if p & xs_stems and p & ys_stems]
    return any(xs_stems - p and ys_stems - p for p in alike)


def _free_stems(ws: Sequence[str], other: Sequence[str], names: frozenset[str]) -> set[str]:
    """The stems of the words of `ws` that `_coordinated_apart` may pair: alphabetic, no stop word, not
    written in the `other` copy, no participant in `names` (each stemmed once, not once per pair)."""
    free = [w for w in ws if w.isalpha() and w not in STOP_WORDS and w not in other]
    return {stem(w) for w in free if "E:" + w not in names}


@lru_cache(maxsize=1)
def _coordinated() -> frozenset[frozenset[str]]:
    """The pairs of `data/coordinated.txt` but those the project's own tables write as one thing (rule
    `coordinated-alike`): one concept (`data/concepts.txt`: "arrest" / "detain") or one event
    (`data/equivalents.txt`: "kill" / "die", so "was killed" / "died" in one copied text is one fact)."""
    return _coordinated_all() - _coordinated_alike()


@lru_cache(maxsize=1)
def _coordinated_alike() -> frozenset[frozenset[str]]:
    """The pairs of `data/coordinated.txt` the tables write as one thing (`coordinated-alike`)."""
    return frozenset(p for p in _coordinated_all() if _one_thing(*p))


@lru_cache(maxsize=1)
def _coordinated_all() -> frozenset[frozenset[str]]:
    return frozenset(
        frozenset(line.split()) for line in data_lines("coordinated.txt") if len(line.split()) == 2
    )


def _one_thing(a: str, b: str) -> bool:
    """Two stems one concept folds together, or that one group of equivalents joins."""
    words, eq = lexicon().words, equivalents()
    fa, fb = words.get(a, a), words.get(b, b)
    return fa == fb or (fa in eq and eq[fa] == eq.get(fb))


def _other_names(xs: list[str], ys: list[str]) -> bool:
    """A name on each side and none alike (`NAME_PREFIX` letters written alike first: "Palestines" /
    "Palestinians" are one name)."""
    return bool(xs and ys) and not any(x[:NAME_PREFIX] == y[:NAME_PREFIX] for x in xs for y in ys)


def _other_modal(xs: Sequence[str], ys: Sequence[str]) -> bool:
    mx = {_MODAL_CLASS[w] for w in xs if w in _MODAL_CLASS}
    my = {_MODAL_CLASS[w] for w in ys if w in _MODAL_CLASS}
    return bool(mx and my and not mx & my)


def _reporter(ws: Sequence[str], i: int, j: int) -> bool:
    """The stretch `ws[i:j]` is who reports the claim: a reporting verb right after it ("officials
    said") or right before it ("said Smith")."""
    return (j < len(ws) and ws[j] in REPORTING) or (i > 0 and ws[i - 1] in REPORTING)


def _other_number(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """One number put for another in a copied text ("the death toll had risen to 64" / "... to 2,975"),
    not one reported round (`ROUNDED`): the same slot, another value, however far apart. Each may have
    the noun it counts after it (rule `other-count`, numbers41: "as many as seven men stormed" / "as many
    as 10 assailants stormed": what one says seven the other says ten, whatever each calls them); never a
    scale or a measure ("2 weeks" / "14 days" may be one stretch of time), nor a noun its sentence
    (`wa`, `wb`: the words of `xs`, `ys`'s) counts again ("1 count of arson ... five counts of arson" /
    "six counts of arson": one total told in parts)."""
    if not (0 < len(xs) <= 2 and 0 < len(ys) <= 2):
        return False
    if (len(xs) == 2 and not _counted(xs[1], wa)) or (len(ys) == 2 and not _counted(ys[1], wb)):
        return False
    try:
        x, y = float(xs[0].replace(",", "")), float(ys[0].replace(",", ""))
    except ValueError:
        return False
    return abs(x - y) > ROUNDED * max(abs(x), abs(y))


def _counted(w: str, ws: Sequence[str]) -> bool:
    """Rule `other-count`: `w` may be the noun a number before it counts: a word, no stop word, scale
    ("million") nor measure ("percent", "days": `numbers.MEASURES`), its stem written once in `ws`."""
    if not w.isalpha() or w in STOP_WORDS or w in _SCALE_AFTER:
        return False
    s = stem(w)
    return s not in MEASURES and sum(x[:1] == w[:1] and stem(x) == s for x in ws) == 1


# `slot_differs` (issue 14, session 21): two sentences that share a run of words (`pairs.same_words`) or are
# one text (`COPIED`), read on the words they do not share. Each stretch one writes where the other writes
# another (`SWAP_SPAN` words at most a side, not who reports it) is a slot; a table of named rules says
# which two fillers of one slot are two facts. `substituted` reads names only as participants (`E:`),
# which a sentence's first word or a story that lost its letter case never gives ("Dunmore voters ..." /
# "Harwick voters ...", "john whitcombe was charged" / "mary fenwick was charged"), and common words
# only as `coordinated.txt` pairs.
_PERSON = {"he": "he", "him": "he", "his": "he", "himself": "he"}
_PERSON |= {"she": "she", "her": "she", "hers": "she", "herself": "she"}
# words that set a clause against the act the other states ("voted to close" / "voted against closing")
_AGAINST = frozenset(["against", "not", "never", "no", "without", "cannot"])
# words after which the next is a thing, not an act ("the plane" / "the bus")
_THING_BEFORE = frozenset(["a", "an", "the", "new", "his", "her", "their", "its", "our", "this", "these"])


def _other_person(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `other-person`: one pronoun put for a pronoun of the other sex ("He was charged" / "She was
    charged"); not "he" for a name, which may be the one person."""
    return len(xs) == len(ys) == 1 and {_PERSON.get(xs[0]), _PERSON.get(ys[0])} == {"he", "she"}


def _name_words(ws: Sequence[str], other: Sequence[str]) -> tuple[list[str], list[str]]:
    """The words of `ws` the `other` sentence never writes that name someone or somewhere: given names
    (`first_names.txt`), and alphabetic words no stop word nor verb form (`_act`: "baptised" /
    "christened") whose concept `common.txt` does not list."""
    given, rest = [], []
    for w in ws:
        if not w.isalpha() or w in STOP_WORDS or w in other or w in REPORTING:
            continue
        if w.capitalize() in _given_names():
            given.append(w)
        elif _concept(w) not in common() and not _act(w):
            rest.append(w)
    return given, rest


def _other_given_name(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `other-given-name`: a given name for another (`NAME_PREFIX` letters alike are one name):
    "john whitcombe was charged" / "mary fenwick was charged" in a story that lost its letter case. A
    given name for a surname may be one person ("Maria has worked" / "Lopez has worked")."""
    return _other_names(_name_words(xs, wb)[0], _name_words(ys, wa)[0])


def _other_doer(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `other-doer` (read only in the subject's slot, `_subject_slot`): a word no common word for
    another (`NAME_PREFIX` letters alike are one name): "Dunmore voters approved" / "Harwick voters
    approved"; rare words elsewhere are as often one thing told two ways ("head-on collision" / "car
    wreck") as two."""
    return _other_names(_name_words(xs, wb)[1], _name_words(ys, wa)[1])


def _other_thing(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `other-thing` (read only in the head of the noun phrase that opens both sentences,
    `_head_slot`): one common word (`common.txt`: a name may be what the other describes, "the vessel" /
    "the Kursk") put for another, neither a verb form, the two no concept, `equivalents.txt` group nor
    `NAME_PREFIX` letters alike: "The plane carrying the team" / "The bus carrying the team". Further in,
    a noun for another is as often one thing told two ways ("The cause of the explosions" / "of the
    accident") as two."""
    if len(xs) != 1 or len(ys) != 1:
        return False
    x, y = xs[0], ys[0]
    if not (x.isalpha() and y.isalpha()) or x in STOP_WORDS or y in STOP_WORDS or x in wb or y in wa:
        return False
    if x[:NAME_PREFIX] == y[:NAME_PREFIX]:
        return False
    cx, cy = _concept(x), _concept(y)
    groups = equivalents()
    return (
        cx != cy
        and cx in common()
        and cy in common()
        and (groups.get(cx) is None or groups.get(cx) != groups.get(cy))
        and not _act(x)
        and not _act(y)
    )


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    """The role nouns of `lexicon/data/role_words.txt` ("patient", "nurse", "coach"), lower case."""
    return word_list("role_words.txt")


def _role(w: str) -> str | None:
    """`w` as a listed role noun, a plural read as its singular ("nurses": nurse), else None."""
    roles = _roles()
    if w in roles:
        return w
    return w[:-1] if w.endswith("s") and w[:-1] in roles else None


def _other_role(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `other-role` (session 39): one listed role noun put for another, neither written in the other
    sentence, no concept, `equivalents.txt` group nor `NAME_PREFIX` letters alike: "The hospital
    confirmed the death of a patient" / "... of a nurse" are two people, in any slot; unlike other
    nouns (`other-thing`), a role names who, which two wordings of one thing rarely swap."""
    if len(xs) != 1 or len(ys) != 1:
        return False
    x, y = xs[0], ys[0]
    rx, ry = _role(x), _role(y)
    if rx is None or ry is None or rx == ry or x in wb or y in wa or x[:NAME_PREFIX] == y[:NAME_PREFIX]:
        return False
    cx, cy = _concept(rx), _concept(ry)
    groups = equivalents()
    return cx != cy and (groups.get(cx) is None or groups.get(cx) != groups.get(cy))


def _against(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `against`: a word that sets the clause against the act (`_AGAINST`, "-n't") written in one
    slot only, the other sentence never writing one: "voted to close the library" / "voted against
    closing the library"."""
    nx = any(w in _AGAINST or w.endswith("n't") for w in xs)
    ny = any(w in _AGAINST or w.endswith("n't") for w in ys)
    return nx != ny and not any(w in _AGAINST or w.endswith("n't") for w in (wb if nx else wa))


def _other_value(xs: Sequence[str], ys: Sequence[str], wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `other-number`: a number for another not reported round, or one of `OPPOSITES` for the other,
    neither written in the other sentence (`substituted`'s checks, for the pairs it does not read)."""
    if _other_number(xs, ys, wa, wb) and xs[0] not in wb and ys[0] not in wa:
        return True
    return any(frozenset((x, y)) in OPPOSITES and x not in wb and y not in wa for x in xs for y in ys)


# rule `someone-else` (session 22): a relation one copy writes before a name the other writes bare makes
# the claim someone else's ("kim's aide said" / "kim said", "the wife of john smith was arrested" / "john
# smith was arrested"): people beside someone, never the person; not a spokesman,
# representative, lawyer, publicist or agent, whose words are the principal's ("Representatives for
# Intermex did not respond" / "Intermex did not respond", "Attorneys for Singer and Goddard have denied" /
# "Singer and Goddard have denied": tuned, labelled facts)
_RELATION = frozenset(
    [
        *("aide", "aides", "wife", "husband", "widow", "son", "sons", "daughter", "daughters", "brother"),
        *("brothers", "sister", "sisters", "mother", "father", "parents", "family", "relatives", "friend"),
        *("friends", "adviser", "advisers", "advisor", "advisors", "assistant", "girlfriend", "boyfriend"),
        *("fiancee", "fiance", "supporters", "critics", "opponents", "allies", "ally", "deputy", "cousin"),
        *("uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather"),
        *("children", "child", "ex-wife", "ex-husband", "partner", "bodyguard", "killer", "accuser"),
        *("accusers", "doctor", "doctors"),
    ]
)
_HOLDER = frozenset(["of", "for"])  # "the wife of", "the son of"


def _someone_else(xs: Sequence[str], ys: Sequence[str], other: Sequence[str]) -> bool:
    """Rule `someone-else`: `xs`, written where the other copy writes `ys` (or nothing), makes the claim
    someone else's: a relation (`_RELATION`) the other copy never writes, after the possessive of a word
    `ys` writes ("kim's aide" / "kim") or before "of" / "for" ending the stretch, with nothing in its place
    ("the wife of" / ""). Read on one text only (`slot_differs`): told in other words, a relation is as
    often the same person named two ways ("shellie zimmerman called 911" / "george zimmerman's wife
    shellie called the police": training draw, 3 right links of 4 lost when read on every pair)."""
    rel = [k for k, w in enumerate(xs) if w in _RELATION and w not in other]
    if not rel:
        return False
    if not ys:
        return xs[-1] in _HOLDER
    return _after_possessive(xs, ys, rel)


def _after_possessive(xs: Sequence[str], ys: Sequence[str], rel: Sequence[int]) -> bool:
    """One of the words of `xs` at `rel` follows the possessive of a word `ys` writes ("kim's aide" /
    "kim")."""
    return any(k > 0 and xs[k - 1][-2:] in ("'s", "’s") and xs[k - 1][:-2] in ys for k in rel)


# rule `other-sayer` (session 33): one copy's speaker speaks for the other's ("a lawyer for X said", "X's
# attorney said", "an aide to X said" / "X said") and the subject of what is said differs too ("the state
# would appeal" / "she would appeal"): another sayer, another doer, two claims. Either alone is left to the
# rules above: a spokesman's words are the principal's (`someone-else`), and "X said the state would" /
# "X said she would" may be one act
_SPEAKS_FOR = SPEAKS_FOR  # `lexicon.roles`: coreference's joint-role reads the same list
_SPEAKS_HOLDER = frozenset(["for", "to"])  # "a lawyer for X", "an aide to X"
_REPORTED_AUX = frozenset([*_MODAL_CLASS, "was", "is", "were", "are", "has", "had", "have", "did"])


def _speaks_for(xs: Sequence[str], ys: Sequence[str], other: Sequence[str]) -> bool:
    """`xs`, written where the other copy writes `ys` (or nothing) before a name both write, is one who speaks
    for that name (`_SPEAKS_FOR`, the other copy never writing it): "a lawyer for" before the name, or the
    name's possessive before it ("whitcombe's attorney" / "whitcombe")."""
    rel = [k for k, w in enumerate(xs) if w in _SPEAKS_FOR and w not in other]
    if not rel:
        return False
    return xs[-1] in _SPEAKS_HOLDER or _after_possessive(xs, ys, rel)


def _other_sayer(wa: Sequence[str], wb: Sequence[str], ops: Sequence[tuple[str, int, int, int, int]]) -> bool:
    """Rule `other-sayer` (above): a stretch before the first reporting verb (`REPORTING`) of both copies
    where one speaks for the other's speaker (`_speaks_for`), and one after it where each writes its own
    subject before one modal or auxiliary (`_REPORTED_AUX`: "the state would" / "she would")."""
    ra = next((k for k, w in enumerate(wa) if w in REPORTING), -1)
    rb = next((k for k, w in enumerate(wb) if w in REPORTING), -1)
    if ra < 0 or rb < 0:
        return False
    sayer = doer = False
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        xs, ys = wa[i1:i2], wb[j1:j2]
        if i2 <= ra and j2 <= rb:
            sayer = sayer or _speaks_for(xs, ys, wb) or _speaks_for(ys, xs, wa)
        elif tag == "replace" and i1 > ra and j1 > rb and i2 < len(wa) and wa[i2] in _REPORTED_AUX:
            doer = doer or (j2 < len(wb) and wb[j2] == wa[i2])
    return sayer and doer


# rule `other-as` (session 34): a verb that says what its object is or is taken for, with "as"
# ("identified the gunman as Jon Tallis", "described the attack as terrorism", "was named as interim chief"),
# written in both sentences with complements that share no word: what each says the thing is are two facts,
# however many words around them the two share ("Police identified the attack at the Harwick mall as
# terrorism." / "Police identified the gunman at the Harwick mall as Jon Tallis."). Read on every pair a
# citing rule reaches (`pairs.Pair.slot`), not only on one text
_AS_VERBS = frozenset(
    stem(w)
    for w in (
        *("identified", "described", "named", "labelled", "labeled", "branded", "classified", "listed"),
        *("characterized", "characterised", "designated", "declared", "confirmed", "portrayed", "hailed"),
        *("ruled", "regarded", "viewed", "treated", "appointed", "elected", "nominated", "chosen"),
        *("selected", "served", "sworn", "installed", "known", "referred", "dismissed", "billed", "cast"),
    )
)
_AS_REACH = 8  # the verb stands at most this many words before "as"
_AS_WORDS = 4  # a complement's first words read (no stop word but those of `_AS_SKIPPED`)
_AS_SKIPPED = frozenset(["a", "an", "the", "of", "his", "her", "its", "their", "our"])
# "as" that opens no complement: "such as", "as well as", "as many as", "as soon as", "as part of"
_AS_NOT_BEFORE = frozenset(["such", "well", "so", "as", "just", "same", "much", "many"])
_AS_NOT_AFTER = frozenset(["well", "many", "much", "soon", "long", "far", "if", "though", "part", "of"])


def _as_complements(ws: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """(the verb's stem, its complement's words) for each "as" after a verb of `_AS_VERBS` (`_AS_REACH`)."""
    if "as" not in ws:
        return []
    out = []
    for k, w in enumerate(ws):
        if w != "as" or k == 0 or k + 1 >= len(ws):
            continue
        if ws[k - 1] in _AS_NOT_BEFORE or ws[k + 1] in _AS_NOT_AFTER:
            continue
        verb = next((s for v in reversed(ws[max(0, k - _AS_REACH) : k]) if (s := stem(v)) in _AS_VERBS), None)
        if verb is None:
            continue
        comp: list[str] = []
        for v in ws[k + 1 :]:
            if v in _AS_SKIPPED:
                continue
            if v in STOP_WORDS or not v.isalpha() or len(comp) == _AS_WORDS:
                break
            comp.append(v)
        if comp:
            out.append((verb, tuple(comp)))
    return out


def other_as(wa: Sequence[str], wb: Sequence[str]) -> bool:
    """Rule `other-as` (above): one verb of `_AS_VERBS` in both sentences, each with an "as" complement, and
    two complements with no word alike (a concept, an `equivalents.txt` group or `NAME_PREFIX` letters), each
    holding a word the other sentence never writes."""
    xs, ys = _as_complements(wa), _as_complements(wb)
    if not xs or not ys:
        return False
    groups = equivalents()
    for vx, cx in xs:
        for vy, cy in ys:
            if vx != vy or not set(cx) - set(wb) or not set(cy) - set(wa):
                continue
            kx, ky = {_concept(w) for w in cx}, {_concept(w) for w in cy}
            if kx & ky or {groups.get(k) for k in kx} & {groups.get(k) for k in ky} - {None}:
                continue
            if not any(x[:NAME_PREFIX] == y[:NAME_PREFIX] for x in cx for y in cy):
                return True
    return False


# name, rule, the slot it is read in ("": any; "subject": `_subject_slot`; "head": `_head_slot`); rule
# `someone-else` is read before these, on every stretch one copy writes alone or for another, and
# `other-sayer` after them, on the two sentences' stretches together
SLOT_RULES = (
    ("other-person", _other_person, ""),
    ("other-given-name", _other_given_name, ""),
    ("other-doer", _other_doer, "subject"),
    ("other-thing", _other_thing, "head"),
    ("other-role", _other_role, ""),
    ("against", _against, ""),
    ("other-number", _other_value, ""),
)


def slot_differs(wa: Sequence[str], wb: Sequence[str]) -> str:
    """`someone-else` or the first of `SLOT_RULES` that two sentences' words (`Facts.words` split) meet in
    a slot where each writes its own words (and the slot the rule is read in), else `other-sayer`, or "":
    the two state two facts however many words they share."""
    sm = SequenceMatcher(None, wa, wb, autojunk=False)
    ops = sm.get_opcodes()
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal" or i2 - i1 > SWAP_SPAN or j2 - j1 > SWAP_SPAN:
            continue
        xs, ys = wa[i1:i2], wb[j1:j2]
        if _someone_else(xs, ys, wb) or _someone_else(ys, xs, wa):
            return "someone-else"  # read first: "kim's aide said" is who says it, and someone else
        if tag != "replace":
            continue
        if _speaker(wa, i1, i2) or _speaker(wb, j1, j2):
            continue  # who says it ("officials said" / "authorities said"): the attribution, not the claim
        where = {
            "": True,
            "subject": _subject_slot(wa, wb, i1, j1),
            "head": _head_slot(wa, i1, i2) and _head_slot(wb, j1, j2) and wb[j1 - 1] == wa[i1 - 1],
        }
        for name, rule, slot in SLOT_RULES:
            if where[slot] and rule(xs, ys, wa, wb):
                return name
    return "other-sayer" if _other_sayer(wa, wb, ops) else ""


# a word after a stretch that "said" opens that makes the stretch the reported clause's subject ("police
# said john whitcombe was charged"), not who said it ("said John Smith, the mayor")
_SUBJECT_AFTER = frozenset(["was", "is", "were", "are", "has", "had", "have", "will", "would", "did"])


def _speaker(ws: Sequence[str], i: int, j: int) -> bool:
    """`_reporter`, but a stretch after "said" with an auxiliary after it is the reported subject."""
    if j < len(ws) and ws[j] in REPORTING:
        return True
    return i > 0 and ws[i - 1] in REPORTING and not (j < len(ws) and ws[j] in _SUBJECT_AFTER)


def _subject_slot(wa: Sequence[str], wb: Sequence[str], i: int, j: int) -> bool:
    """The slot opens both sentences, or follows one verb of saying in both ("police said ...")."""
    return (i == 0 and j == 0) or (i > 0 and j > 0 and wa[i - 1] in REPORTING and wb[j - 1] == wa[i - 1])


def _head_slot(ws: Sequence[str], i: int, j: int) -> bool:
    """`ws[i:j]` is the second word, after a word of `_THING_BEFORE`, and comes before a stop word or a
    verb form: the head of the noun phrase that opens the sentence, not a modifier ("The retail book
    market")."""
    return i == 1 and ws[0] in _THING_BEFORE and j < len(ws) and (ws[j] in STOP_WORDS or _act(ws[j]))


def _concept(w: str) -> str:
    """A word stemmed and folded to its concept as `features` folds a sentence's words."""
    s = stem(w)
    return lexicon().words.get(s, s)


def _act(w: str) -> bool:
    """A verb form: "-ed", "-ing", or a listed present form (`lexicon.verbs.present_forms`)."""
    return w.endswith(("ed", "ing")) or w in present_forms()


@lru_cache(maxsize=1)
def equivalents() -> dict[str, int]:
    """Concept -> group of `data/equivalents.txt` (each word stemmed and folded as `features` folds it)."""
    words = lexicon().words
    out: dict[str, int] = {}
    for n, line in enumerate(data_lines("equivalents.txt")):
        for w in line.split(","):
            s = stem(w.strip().lower())
            out.setdefault(words.get(s, s), n)
    return out


# rule `values-of-others` (issue 14, session 40): one value said of two named things ("the Nasdaq slid
# 3.1 %" / "the Dow lost 530.94 points, or 3.1 %": two indices, two facts). A value shared is a fact shared
# only when the two say it of one thing; read where each names what the value is said of, the words before
# the verb the value follows
_HOLDER_VERBS = RISE_VERBS | FALL_VERBS | frozenset(["lost", "down", "up", "scored", "won"])
_HOLDER_AUX = frozenset(["was", "is", "were", "are", "has", "had", "have", "been"])
_HOLDER_GAP = 3  # words between the verb and the value ("lost 530.94 points, or 3.1 %")
_HOLDER_WORDS = 3  # words of the holder read before the verb ("the Dow Jones industrials")


def _holders(ws: Sequence[str], value: float) -> list[tuple[str, ...]]:
    """For each place `ws` writes `value`, the words before the verb it follows (`_HOLDER_VERBS`, an
    auxiliary skipped, no verb form between: "the nasdaq slid 3.1": nasdaq), up to a stop word; none
    where no such verb comes just before it."""
    out = []
    for k, w in enumerate(ws):
        if not w[:1].isdigit() or _value(w) != value:
            continue
        v = next((i for i in range(k - 1, max(k - 2 - _HOLDER_GAP, -1), -1) if ws[i] in _HOLDER_VERBS), None)
        if v is None or any(_act(x) for x in ws[v + 1 : k]):
            continue
        i = v - 1
        while i >= 0 and ws[i] in _HOLDER_AUX:
            i -= 1
        held: list[str] = []
        while i >= 0 and len(held) < _HOLDER_WORDS and ws[i].isalpha() and ws[i] not in STOP_WORDS:
            held.append(ws[i])
            i -= 1
        if held:
            out.append(tuple(held))
    return out


def _value(w: str) -> float | None:
    try:
        return float(w.rstrip(".,").replace(",", ""))
    except ValueError:
        return None


def values_of_others(
    wa: Sequence[str],
    wb: Sequence[str],
    values: frozenset[float],
    names_a: frozenset[str],
    names_b: frozenset[str],
    caseless: bool,
) -> bool:
    """Rule `values-of-others`: a value both sentences give (`values`) that each says of its own named thing
    (`_holders`): each holds a name (a participant, or in a story that lost its letter case a word
    `common.txt` does not list) the other sentence never writes. "The fare rose 5 %" / "the Harlow ferry
    fare rose 5 %" (no name on one side) or "Acme shares rose 5 %" / "shares of Acme" (one name) are one
    thing, not read."""
    sa, sb = set(wa), set(wb)
    for value in values:
        for ha in _holders(wa, value):
            for hb in _holders(wb, value):
                if _holder_named(ha, sb, names_a, caseless) and _holder_named(hb, sa, names_b, caseless):
                    return True
    return False


def _holder_named(held: Sequence[str], other: set[str], names: frozenset[str], caseless: bool) -> bool:
    """The holder (`_holders`: its head first) names something the `other` sentence never writes, nor any
    word before its head: "the Harwick index" / "the Cotswold index" are two things of one kind, "the
    Harwick index" / "the Harwick composite" may be one."""
    if any(w in other for w in held[1:]):
        return False
    if not caseless:
        return any(w not in other and "E:" + w in names for w in held)
    return any(w not in other and _concept(w) not in common() and not _act(w) for w in held)
