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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .claims import _WEEKDAYS, _object, _same_object

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
    for x in xs:
        gx = groups.get(x.predicate)
        for y in ys:
            if x.predicate != y.predicate and (gx is None or groups.get(y.predicate) != gx):
                continue
            if not (x.before & y.before) - _WEEKDAYS:
                continue  # no subject alike: nothing to compare them on
            if (
                (x.passive != y.passive and _object(y if x.passive else x))
                or _other_object(x, y)
                or _when_or_where(x, y)
            ):
                return True
    return False


def _other_object(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Both active, object sides that share nothing (`claims._same_object`: "killed a rebel commander" /
    "killed a civilian"), each with a word that is no name: a name on one side may be what the other
    describes ("invaded the territory of 800,000 people" / "invaded East Timor")."""
    return (
        not _same_object(x, y)
        and any(":" not in c for c in _object(x))
        and any(":" not in c for c in _object(y))
    )


def _when_or_where(x: ClauseClaim, y: ClauseClaim) -> bool:
    """Two weekdays ("published Friday" / "published Saturday"), or each claim a place the other does not
    state ("arrested Smith in Dallas" / "arrested Smith in Houston"; the opening phrase counts): the
    weekday and place parts of `claims.clash`, whose other parts (numbers with no value alike, a
    participant on each object side the other sentence never names) cost right links in the older rules
    ("invaded the territory of 800,000 people in December 1975" / "invaded East Timor in 1975";
    "returned control ... to the Tudjman government" / "... to the Croatian government")."""
    dx, dy = (x.args | x.opening) & _WEEKDAYS, (y.args | y.opening) & _WEEKDAYS
    if dx and dy and not dx & dy:
        return True
    return bool(
        x.places and y.places and not x.places & (y.args | y.opening) and not y.places & (x.args | x.opening)
    )
