"""Numbers in a sentence and what they count: "about 1,200 of its members" -> 1,200 workers (1,080-1,320).

Hand-written (a regular expression and short word lists; no library reads counts out of English
news text without a parser). Each `Count` keeps the number as written, the counted noun (the first
plural after the number: "Seven gunmen killed 12 people" counts gunmen; a few synonyms share one class:
members/workers/employees, gunmen/assailants/attackers, troops/soldiers; one measure's spellings one
unit, "pounds"/"lbs", "kilometres"/"km", "dollars"/"$": rule `unit-alias`; a noun is otherwise
Porter-stemmed), and the interval the wording allows: "about"/"around" +-10%, "nearly"/"almost" up
to 15% less, "more than"/"at least"/"surpassed" up to 25% more, "up to"/"as much as"/"below" up to
25% less, "20-30" the range (a qualifier bounds a sum written with a space after its sign too, "at least $
52 million": rule `spaced-sign`); "dlrs 50 billion" (the wire services' dollars) is $50 billion. Years,
ordinals ("40th"), ages ("a 57-year-old"), days ("Aug. 7"; lower-cased, "oct. 26", "a march 4 incident":
rule `caseless-day`) and numbers inside names ("Route 9") are not counts. A
rate ("14 out of every 100 Kenyans", "one in seven patients") is a share, unit "%" (14, 14.29), not a
count of 14 "out"; so is a fraction of something ("three-fifths of all poor renters": 60 %, "more than
half of their income": 50 % or more); a rate per something ("12 deaths per 100,000 people") is no count at
all (rule `per-rate`), and "108 passengers and crew" counts people, both groups (rule `and-crew`), "three
brothers and sisters" one group of both (rule `and-plural`).
Number words count as digits do, the whole run of them ("Seventeen others", "a dozen crew members",
"Thirty-five", "three million", "two to three million").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..lexicon.verbs import FALL_VERBS, RISE_VERBS
from ..represent import stem

# Rule `range-ends`: a range is one count whatever way its ends are written: "3-6 percent", "3 to 6
# percent", "between 3 and 6 percent" ("and" only after "between"), the scale or sign on both ends ("3
# percent to 9 percent", "3%-6%", "between $3 million and $5 million"; the same on both, or no range);
# the first end takes the second's scale ("between 3 and 6 million people": 3 million, not 3 people).
# Rule `toll-noun`'s names: a number joined to another by a slash ("9/11", "24/7") is no count, nor one
# joined by a dash to a capitalised word other than a measure ("COVID-19", "I-95": `counts`).
_SCALE = r"million|billion|thousand|percent|per\s?cent|%"
_NUM = re.compile(
    r"(?<![\w.:,])(?<!\w/)(?:(?<=\bbetween\s)(?P<between>)|)(?P<cur>[$£€] ?|dlrs\s)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?P<frac>[½¼¾])?(?![:/\d]|(?:st|nd|rd|th)\b)"
    r"(?:\s?(?P<first>" + _SCALE + r"))?"
    r"(?:\s?(?:-|to|–|(?(between)and|(?!)))\s?(?(cur)(?P=cur)?)"
    r"(?P<hi>\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?)(?(first)\s?(?P=first)))?"
    r"(?:\s?(?P<scale>" + _SCALE + r"))?",
    re.IGNORECASE,
)
DENOMINATORS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
# "three-fifths of", "a third of", "half of" (not "the second half of the year": a stretch of time)
_FRACTION_OF = re.compile(
    r"(?<![\w-])(?:(a|one|two|three|four)[\s-]+)?(half|thirds?|quarters?|fifths?)(?=\s+of\s+(?!(?:the\s+)?"
    r"(?:year|season|century|decade|game|match|month|day|week|hour)s?\b))",
    re.IGNORECASE,
)
_TIME_HALF = re.compile(r"\b(?:first|second|latter|last|other|the)\s+$", re.IGNORECASE)
WORD_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
WORD_NUMBERS = frozenset(WORD_VALUES)
SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
# A number written in words is the whole run of its words (rule `number-words`): "thirty-five" is 35,
# "five hundred" 500, "three million" 3,000,000, "two hundred thousand" 200,000, "a million" and "one
# million" 1,000,000 ("a"/"one" only before a scale word); "two to three million" is the range 2-3
# million (the scale of the second end is the first's too); "one hundred and twenty" is 120. "half a
# dozen" and "a half-dozen" are six (rule `half-dozen`), "a dozen" twelve, "two dozen" 24 (rule `dozens`);
# "dozens of", "hundreds of" no number at all (no space after the word). Rule `tally`: two numbers joined by
# a dash or "to", the second the smaller ("a 21-14 vote", "ruled 5-4", "60 - 36 percent"; not after a verb
# of change and "from": rule `change-from` below), are a tally of two counts or two levels, no range: no
# count is read. After "between" the two ends are a range either way round ("between 350,000 and 260,000
# years ago": 260,000-350,000).
# Rule `change-from` (session 40): two numbers joined by "to" after "from" and a verb of change ("the fare
# rose from $4 to $6", "grew from 40 to 52 percent") are a change, an old value and a new one, no range
# (read as a range, they made "the fare is now $4" state it): the count is the new value, the old one
# its `was`, no conflict with a sentence that gives it (`pairs` rule `old-value`).
# The verbs of a change: a value that rose or fell (`lexicon.verbs`, align's list too) and those a change
# is told with here only: one that someone makes ("raised", "cut") or that says no way ("went", "moved");
# rule `change-noun` (numbers41): a noun or a present form of one ("a drop from 28 percent to 17 percent",
# "would fall from 16.4 % to 12.9 %": read as a tally, no count, or as a range, "a rise from 6,000 to 16,000")
_CHANGED = RISE_VERBS | FALL_VERBS | frozenset([
    "rise", "rises", "raised", "hiked", "cut", "reduced", "lowered", "went", "changed", "moved", "boosted",
    "doubled", "tripled",
    "drop", "drops", "fall", "falls", "increase", "increases", "decrease", "decreases", "decline", "declines",
    "jump", "jumps", "reduction", "growth", "hike", "hikes", "cuts", "climb", "climbs", "grow", "grows",
])  # fmt: skip
# rule `range-cue` (review41): a word between that spans the values, not a change's old and new ("rate
# increases ranging from 5 to 15 percent" is a range, none of whose values is the old one)
_RANGE_CUES = "ranging|ranged|range|ranges|varying|varied|vary|varies|anywhere|somewhere|spanning|running"
_CHANGE_FROM = re.compile(
    r"\b(?:" + "|".join(sorted(_CHANGED)) + rf")(?:\s+(?!(?:{_RANGE_CUES})\b)[a-z]+){{0,2}}\s+from\s+$",
    re.IGNORECASE,
)
_WORDS = "|".join(sorted(WORD_VALUES, key=len, reverse=True))
_NUMBER_WORDS = (
    r"(?:(?:a|one)(?=[\s-]+(?:hundred|thousand|million|billion)\b)|" + _WORDS + r")\b"
    r"(?:(?:-|(?<=hundred)\s+and\s+|\s+)(?:" + _WORDS + r"|one|thousand|million|billion)\b)*"
)
_WORD_NUMBER = re.compile(
    r"\b(" + _NUMBER_WORDS + r")(?:\s+(?:to|or)\s+(" + _NUMBER_WORDS + r"))?\s+([a-z]+)",
    re.IGNORECASE,
)
_RATE_NUM = r"(\d{1,3}(?:,\d{3})+|\d+|one|a|" + "|".join(WORD_VALUES) + r")"
_RATE = re.compile(
    r"(?<![\w.,])" + _RATE_NUM + r"\s+(?:in|out\s+of)\s+(?:every\s+)?" + _RATE_NUM + r"\b(?![.,]\d)",
    re.IGNORECASE,
)
# its look-behind after the first digit: searched only from "1" and "2" (as `align.aliases._LONG`)
_YEAR = re.compile(r"((?:1(?<![\w$£€.,]1)9|2(?<![\w$£€.,]2)0)\d\d)(?!\w|,\d)")
# a span of years with its end in two digits: "the 1994-96 war" ends in 1996
_YEAR_SPAN = re.compile(r"(?<![\w$£€.,])(19|20)(\d\d)[-–](\d\d)(?![\w-]|,\d)")
_RELATIVE_YEAR = re.compile(r"\b(?:this|last|next) year\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"[\s-]*years?[\s-]+old\b|[\s-]*year-old\b", re.IGNORECASE)
# rule `age-of` (issue 14): "died at the age of 68 at her home" is an age, as "at age 68" is: read as a count,
# its noun was the next word ("68 home vs 71 home")
_AGE_BEFORE = re.compile(r"\b(?:aged?|at age|the age of)\s+$", re.IGNORECASE)
# rule `bare-metres` (issue 14): a lone "m" after a spaced number is metres ("a camp at 3,700 m on the north
# face", "the 500 m race"; it was read as no unit, so "3,700 m" / "3,900 m" was no measure at all); not before
# a plural noun ("2.3 m people": millions), and never "5m" (the British press's millions) nor "$5 m" (money)
_BARE_METRES = re.compile(r"\s+m(?:\.(?=\s|$)|(?![\w.’'-]))(?:[\s,;:)]+([A-Za-z]+))?")
# rule `money-m` (issue 14): a lone "m" read as money by what follows it is millions, not metres ("the film
# took 12 m at the box office" was the metres conflict "12 m vs 15 m"); its currency unwritten, no unit
_MONEY_M = re.compile(
    r"\s+m\.?\s+(?:at\s+the\s+(?:\w+\s+)?box[\s-]office|in\s+(?:\w+\s+)?(?:sales|revenues?|profits?|takings"
    r"|receipts|funding|damages|debts?|bonuses|fines?)\b)",
    re.IGNORECASE,
)
_AGE_LIST_AFTER = re.compile(r"\s*(?:[,/½¼¾-]|\.\d|and\b|\d)")  # more ages, or a fraction of this one
# a conversion in parentheses right after a value: "10 kph (6.2 mph)", "40 kilometers (25 miles)"
_CONVERTED = re.compile(r"\d\s?(?:[A-Za-z]{1,12}\s?){1,2}\(\s?$")  # "10.4 billion pesos (dlrs 252.8 million)"
_FRACTION = {"½": 0.5, "¼": 0.25, "¾": 0.75}
_UNIT_WORDS = re.compile(r"[A-Za-z]+")
_UNIT_STOP = re.compile(r"[,.;:()!?\"“”\n]")
_VAGUE_BEFORE = re.compile(r"\b(?:several|few|many)\s+$", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b(?:one|\d+)\s+(?:in|out of)\s+$")
NAME_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
# rule `clock`: a time of day is no count ("found about 11.30am on the banks" counts no banks)
_CLOCK_AFTER = re.compile(r"\s?(?:a\.?m\.?|p\.?m\.?)(?!\w)", re.IGNORECASE)
# "Aug. 7", "Sept. 30": a day of a month (a full month name is caught as a name: "April 20")
MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.\s*$")
# rule `caseless-day`: in text that lost its letter case a month shows no capital ("oct. 26 at a party",
# "a march 4 incident", "the aug. 20 episode"): a number from 1 to 31 after one is a day too ("may" aside:
# a modal before a number is no date, and "in may" has none)
_DAY_BEFORE = re.compile(
    r"\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.\s*"
    r"|(?:january|february|march|april|june|july|august|september|october|november|december)\s+)$",
    re.IGNORECASE,
)
_IN_MONTH = re.compile(r"\bin\s+$", re.IGNORECASE)  # "in march 12 people died": a count
# rule `day-first`: a number from 1 to 31 before a month is a day, written day first ("the pope's
# resignation on 11 february", "on 18 February"), in any case; "march" and "may" only with their capital
# ("20 march in protest", "the 11 may yet")
_DAY_AFTER = re.compile(
    r"\s+(?:(?i:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.|(?i:january|february|april|june|july|august"
    r"|september|october|november|december)\b|(?:March|May)\b)"
)
_SKIP = frozenset([
    "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "for", "from", "by", "with", "more", "than",
    "about", "nearly", "almost", "its", "their", "his", "her", "our", "new", "other", "additional", "extra",
    "further", "some",
])  # fmt: skip
_AUX = frozenset([
    "is", "are", "was", "were", "be", "been", "will", "would", "could", "can", "may", "might", "has", "have",
    "had", "did", "do", "does",
])  # fmt: skip
_RELATIVE = frozenset(["where", "who", "whom", "which", "that", "when", "whose"])
# Counted nouns that name the same thing in other words: "1,200 of its members" / "1,500 workers".
_CLASS = {
    **dict.fromkeys(["worker", "workers", "member", "members", "employee", "employees", "staff", "staffers",
                     "strikers"], "workers"),
    **dict.fromkeys(["people", "persons", "individuals"], "people"),
    **dict.fromkeys(["dead", "deaths", "fatalities"], "deaths"),
}  # fmt: skip
# Counted nouns one class when they are the counted noun itself (never searched for past another noun:
# "three hostages held by gunmen" counts hostages): "as many as seven gunmen" / "as many as 10
# assailants" count one group of people, as "troops" / "soldiers", "kids" / "children" do.
_FOLD = {
    **dict.fromkeys(["gunmen", "gunman", "attackers", "attacker", "assailants", "assailant"], "attackers"),
    **dict.fromkeys(["soldiers", "troops"], "soldiers"),
    **dict.fromkeys(["children", "kids"], "children"),
    **dict.fromkeys(["protesters", "protestors", "demonstrators"], "protesters"),
    **dict.fromkeys(["ships", "vessels"], "ships"),
    **dict.fromkeys(["homes", "houses"], "homes"),
    # rule `unit-alias` (recall44): one measure however its unit is spelled ("53 million dollars" / "$53
    # million", "ten kilometers" / "ten kilometres" / "10 km", "75 pounds" / "75 lbs")
    **dict.fromkeys(["dollars", "dollar"], "$"),
    **dict.fromkeys(["kilometers", "kilometres", "kilometer", "kilometre", "km", "kms"], "km"),
    # rule `two-word-unit` (session 55): "9 solar radii" measures a distance in radii of the Sun (it was a
    # count of "solar"; "by 10 solar radii" / "within 9 solar radii" were "10 solar vs 9 solar", one slot)
    **dict.fromkeys(["radii", "radius", "radiuses"], "radius"),
    **dict.fromkeys(["pounds", "pound", "lbs", "lb"], "lb"),
    **dict.fromkeys(["meters", "metres", "meter", "metre"], "meter"),
    **dict.fromkeys(["feet", "foot", "ft"], "ft"),
}  # fmt: skip
# a number hyphenated to a singular noun ("27-member", "116-man"), then what follows up to punctuation
_COMPOUND = re.compile(r"-([A-Za-z]+)\b(?!-)([^,.;:()!?\"“”\n]{0,60})")
# The scale letters money is written with ("$5M", "£2bn", "$300K"); only after a currency sign.
_MONEY_SCALE = re.compile(r"(bn|m|b|k)\b", re.IGNORECASE)
_MONEY_SCALES = {"m": "million", "b": "billion", "bn": "billion", "k": "thousand"}
# a label, not a count: "stage 13", "round 3", "game 7", "page 12", "gate 5" (a capitalised one is a name);
# rule `label-word`: a number right after a word that names a rank, a tier or a kind, space or hyphen
# between, labels it too ("division 3 boys' golf" is no three boys; "omega-6 fatty acids" no six acids)
LABEL_BEFORE = re.compile(
    r"\b(stage|round|game|lap|chapter|page|section|article|lane|gate|room|suite|apartment|platform|exit"
    r"|phase|grade|category|hole|leg|no\.|flight|route|highway|interstate|terminal|pier|precinct|ward"
    r"|amendment|proposition|verse|volume|episode|division|level|tier|channel|size|omega)(?:\s+|-)$",
    re.IGNORECASE,  # "Flight 93 crashed ..." opening a sentence (inside one, a capitalised label is a name)
)
# rule `per-rate`: "12 deaths per 100,000 people", "22.3 births per 1,000 women", "10 cases per day" are
# rates, not counts of deaths, births or cases (nor of 100,000 people): neither number is read
_PER_AFTER = re.compile(
    r"\s+(?:[A-Za-z][\w-]*\s+){1,2}per\s+(?:\d|(?:capita|an?|each|every|day|week|month|year|hour|person|head"
    r"|household|game)\b)",
    re.IGNORECASE,
)
_PER_BEFORE = re.compile(r"\bper\s+$", re.IGNORECASE)
# rule `and-crew`: "all 108 passengers and crew", "10 students and staff" count both groups together, people
# (never the passengers alone: "101 passengers and 7 crew" is no other value of them)
_AND_CREW = re.compile(r"\s+and\s+(?:crew|staff)\b", re.IGNORECASE)
# rule `and-plural`: "three of her brothers and sisters", "14 soccer officials and marketing executives":
# two plural nouns joined by "and" (one word may stand before the second) count one group of both, never
# the first alone ("two brothers" is no other value of it); a participle ("12 people and wounded dozens")
# or a number ("five men and two women") after "and" joins no noun
_AND_PLURAL = re.compile(r"\s+and\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")
# rule `a-dozen`: "more than a dozen", "about a dozen" keep their qualifier ("a" between)
_ARTICLE_END = re.compile(r"\ba\s+$", re.IGNORECASE)
# rule `half-dozen`: "half a dozen", "a half-dozen", "a half dozen" are six (the "dozen" alone read twelve)
_HALF_BEFORE = re.compile(r"\bhalf(?:\s+a\s+|[\s-])$", re.IGNORECASE)
# rule `and-a-half-dozen`: "one and a half dozen" is 18, "two and a half dozen" 30 (the half alone read six);
# a number word one to ten only: "In 2019 and a half dozen times since", "arrested 9 and a half dozen others
# were questioned" join two numbers, not one (session 29 review S1)
_AND_A_HALF = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+a\s+$", re.IGNORECASE)
# plural nouns that do not end in "s": a counted noun before any class word after it ("Seven gunmen
# killed 12 people" counts seven gunmen, not seven people)
_PLURALS = frozenset(["men", "women", "children", "gunmen", "policemen", "firemen", "servicemen", "feet"])
# rule `two-word-unit`: a plural not ending in "s" that a modifier may come before ("9 solar radii")
_LATIN_PLURALS = frozenset(["radii"])
# Units that measure rather than count (a share, money, a duration, a size, an address; a temperature or a
# speed, which change with the hour and the place: "minus 12 Celsius" on Wednesday, "minus 26" a week before).
# rule `square-unit` (issue 14): "5,000 sq km", "1,900sq-mile", "300 square feet" measure an area in a unit of
# its own (the lone "sq" was the unit, so "1,900sq-mile" / "5,000 sq km", one area converted, was a conflict)
SQUARE_UNITS = frozenset(["sqmile", "sqkm", "sqft", "sqmeter"])
MEASURES = SQUARE_UNITS | frozenset(["%", "$", "£", "€"] + [stem(w) for w in [
    "second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "time", "mile",
    "foot", "feet", "ft", "inch", "meter", "metre", "km", "kilometer", "kilometre", "pound", "lb", "kg",
    "ton", "tonne", "degree", "gallon", "liter", "litre", "acre", "barrel", "cent", "dollar", "block",
    "celsius", "fahrenheit", "centigrade", "kph", "mph", "knot", "magnitude",
]] + ["radius"])  # fmt: skip
# rule `hyphen-measure`: a number joined by a hyphen to a measure word is that measure, never a count of the
# noun after it ("a magnitude-8.8 event" is no 8.8 events; "an 8.8-magnitude quake" reads its unit after)
_MEASURE_BEFORE = re.compile(r"\b([A-Za-z]+)-$")
# rule `spaced-sign`: Multi-News+ writes a sum with a space after its sign ("at least $ 52 million"): the
# sign is its unit as "$52 million"'s is (session 48; it was read as a number of the noun after it, "roughly
# $ 18 million for her first year" as 18 million "first"; `Count.text` keeps the space, as written), and its
# qualifier still bounds it
# rule `qualifier-article`: an article between a qualifier and its number ("about a 3 percent lower
# BMI", "more than a 50 percent chance") leaves the number qualified; not after a preposition that
# places a thing ("over a 10-year period", "under a $5 million contract": no bound on the number)
_QUALIFIER = re.compile(
    r"\b(about|around|roughly|approximately|some|estimated|close to|nearly|almost|just under|more than|"
    r"over|at least|upwards of|just over|above|in excess of|exceeded|exceeding|surpassed|topped|up to|"
    r"as many as|as much as|fewer than|less than|under|below"
    r"|(?:about|around|roughly|approximately|nearly|almost|more than|at least|less than|up to)\s+an?)"
    r"\s+(?:[$£€]\s)?$",  # rule `spaced-sign`
    re.IGNORECASE,
)
_ARTICLE_AFTER = re.compile(r"\s+an?$")
# rule `about-topic`: "about a" after a word that takes a topic is the preposition, no qualifier ("worried
# about a 20 percent tax increase" is a 20 percent increase, exactly)
_TOPIC_BEFORE = re.compile(
    r"\b(?:worr(?:y|ies|ied)|concern(?:s|ed)?|fears?|feared|talk(?:s|ed|ing)?|spoke|speak(?:s|ing)?|asked|"
    r"questions?|debate|news|complain(?:s|ed)?|warn(?:s|ed)|think(?:s|ing)?|thought|know|knew|learned|heard|"
    r"wrote|writes|stor(?:y|ies)|brought|bring(?:s|ing)?|upset|excited|angry)\s+about\s+an?\s+(?:[$£€]\s)?$",
    re.IGNORECASE,
)
_LOWER = frozenset([  # lower bounds ("property damage has surpassed $2 billion")
    "more than", "over", "at least", "upwards of", "just over", "above", "in excess of", "exceeded",
    "exceeding", "surpassed", "topped",
])  # fmt: skip
# upper bounds ("up to a dozen people were hurt"): any smaller value may hold too (rule `upper-bound`)
_UPPER = frozenset(["up to", "as many as", "as much as", "fewer than", "less than", "under", "below"])
_SPREAD = {  # qualifier -> (low, high) factors
    **dict.fromkeys(["about", "around", "roughly", "approximately", "some", "estimated", "close to"],
                    (0.9, 1.1)),
    **dict.fromkeys(["nearly", "almost", "just under"], (0.85, 1.0)),
    **dict.fromkeys(sorted(_LOWER), (1.0, 1.25)),
    **dict.fromkeys(sorted(_UPPER), (0.75, 1.0)),
}  # fmt: skip
QUALIFIERS = frozenset(_SPREAD)  # the qualifiers a count keeps (`Count.qualifier`)


@dataclass(frozen=True, slots=True)
class Count:
    """One number: `value` as written (a range's low end), the `unit` it counts (a noun class or stem,
    "%", a currency; "" when none), the interval `lo`-`hi` its wording allows, and its text."""

    value: float
    unit: str
    lo: float
    hi: float
    text: str  # "1,200", "$26.6 million", "20-30"
    noun: str = ""  # the counted noun as written ("members"), for display
    conversion: bool = False  # "(6.2 mph)" after "about 10 kph": the value before it in other units
    lower: bool = False  # a lower bound ("more than 600", "at least 12"): any larger value may hold too
    size: str = ""  # the thing a size compound gives the size of ("the 27-member committee": "committe")
    rough: tuple[float, float] | None = None  # a rate in words: the shares it may round (rule `rate-words`)
    upper: bool = False  # an upper bound ("up to 12", "fewer than 600"): any smaller value may hold too
    was: float | None = None  # the old value of a change ("rose from $4 to $6": 4; rule `change-from`)
    # the qualifier as written, lower-cased ("about", "as many as"), for display only (rule `note-qualifier`)
    qualifier: str = field(default="", compare=False)

    @property
    def measure(self) -> bool:
        return is_measure(self.unit)

    def overlaps(self, other: Count) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def rounds(self, other: Count) -> bool:
        """`other` within this rate's `rough` band (rule `rate-words`): a share a reporter would round to
        it, so no conflict, yet outside `lo`-`hi`, so no value stated alike either."""
        return self.rough is not None and self.rough[0] <= other.hi and other.lo <= self.rough[1]


def is_measure(unit: str) -> bool:
    """A unit that measures or labels rather than counts (`MEASURES`; "#stage": "stage 13" of a race)."""
    return unit in MEASURES or unit[:1] == "#"


def counts(text: str, ages: bool = False, caseless: bool = False, spelled: bool = True) -> list[Count]:
    """The numbers of a sentence that count or measure something (see the module docstring); with
    `ages`, ages too (as years: an anchor for the same point, never a conflict); with `caseless` (the
    story lost its letter case, `Casing.caseless`), a lower-cased month before 1-31 makes it a day (rule
    `caseless-day`: cased text writes "March 4", so "the protest march 20 people joined" is a count);
    `spelled=False`: the caller knows `text` writes no number word (`WORD_VALUES`, `SCALE_WORDS`), so
    only digits are read."""
    out, rated = _rates(text)
    placed: list[tuple[int, int, Count]] = []  # where each count of a unit is written (rule `past-value`)
    for m in _NUM.finditer(text):
        if rated and any(s <= m.start() < e for s, e in rated):
            continue  # a term of a rate
        cur, num, frac, hi = m.group("cur", "num", "frac", "hi")
        scale = m.group("first") or m.group("scale")
        cur = "$" if cur and cur[0] in "dD" else cur and cur[0]  # "dlrs 50 billion": the wire services' $
        v = float(num.replace(",", "")) + (_FRACTION[frac] if frac else 0.0)
        if 1900 <= v <= 2100 and not cur and not scale and "," not in num:
            continue  # a year; never one written with a thousands comma ("2,000 people": rule `comma-count`)
        before = text[max(0, m.start() - 25) : m.start()]
        name = NAME_BEFORE.search(before)
        if name and name.group(1)[0].isupper() and m.start() - len(before) + name.start(1) > 0:
            continue  # part of a name: "Route 9", "Boeing 737"
        joined = _MEASURE_BEFORE.search(before)
        if joined and joined.group(1)[0].isupper() and stem(joined.group(1).lower()) not in MEASURES:
            continue  # part of a name: "COVID-19", "I-95" (rule `toll-noun`'s names)
        if MONTH_BEFORE.search(before):
            continue  # a day: "on Aug. 7 killed 257 people" counts no one
        day = _DAY_BEFORE.search(before) if caseless and v <= 31 and not (cur or scale or frac) else None
        if day and not _IN_MONTH.search(before, 0, day.start()):
            continue  # rule `caseless-day`: "oct. 26", "a march 4 incident"
        if v <= 31 and not (cur or scale or frac) and _DAY_AFTER.match(text, m.end()):
            continue  # rule `day-first`: "on 11 february"
        if _CLOCK_AFTER.match(text, m.end()):
            continue  # rule `clock`: "at 11.30am", "by 5 p.m."
        abbr = _MONEY_SCALE.match(text, m.end()) if cur and not scale else None
        if abbr:  # "$5M", "$2bn": money's written scale, not a name
            scale = _MONEY_SCALES[abbr.group(1).lower()]
        elif text[m.end() : m.end() + 1].isupper():
            continue  # a name: "3Com executives"
        label = LABEL_BEFORE.search(before)
        if label:  # "won stage 13 of the Tour": which stage, a label like a day; never a count of tours
            out.append(Count(v, "#" + label.group(1).lower(), v, v, m.group().strip(), label.group(1)))
            continue
        if _RATIO_BEFORE.search(before) or _PER_BEFORE.search(before):
            continue  # "one in five", "per 100,000 people"
        aged = _AGE_BEFORE.search(before) is not None
        if not ages and (aged or _AGE_AFTER.match(text, m.end())):
            continue  # an age ("a 57-year-old man", "at 93"): people differ, sources need not
        mult = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get((scale or "").lower(), 1)
        unit = cur or ("%" if scale and (scale == "%" or "cent" in scale.lower()) else "")
        noun = ""
        size = ""
        hyphened = _MEASURE_BEFORE.search(before) if not unit else None
        if hyphened and stem(hyphened.group(1).lower()) in MEASURES:  # rule `hyphen-measure`
            noun = hyphened.group(1).lower()
            unit = _FOLD.get(noun, stem(noun))
        elif aged and not unit:
            if _AGE_LIST_AFTER.match(text, m.end()):
                continue  # "aged 2 1/2, 3 and 2": listed ages (`align.features.ages` reads them), no count
            unit, noun = "year", "years old"  # rule `age-of`: an age counts years, never the noun after it
        elif not unit:
            unit, noun = _joint(text, m.end(), *_unit_after(text, m.end()))
            size = _size_of(text, m.end())
            if unit and _PER_AFTER.match(text, m.end()):
                continue  # rule `per-rate`
        # rule `letter-shown` (issue 14): the text keeps a money scale letter as written ("€1.1m", never
        # "€1.1": a conflict note showed a false figure)
        letter = abbr.group(1) if abbr else ""
        written = m.group().strip() + letter
        # rule `whole-low` (review41): a low end written whole, with thousands commas, takes no scale word
        # of the high end's ("from 400,000 to 1.5 million": 400,000, not 400 billion)
        low_mult = 1 if hi and scale and not m.group("first") and "," in num else mult
        was = None
        if hi and m.group("between") is None and _CHANGE_FROM.search(before):
            # rule `change-from`: "rose from $4 to $6" is a change, no range: the new value, the old kept
            was, v, hi = v * low_mult, float(hi.replace(",", "")), None
            sign = m.group("cur") if cur and m.group("cur")[0] == cur else cur  # "$ 6" as written
            written = (sign or "") + text[m.start("hi") : m.end()].strip() + letter
            low_mult = mult  # `v` is the new value now
        if hi and float(hi.replace(",", "")) * mult < v * low_mult and m.group("between") is None:
            continue  # rule `tally`: "a 21-14 vote", "a 5-4 decision": two counts (for, against), no range
        if unit:
            top = float(hi.replace(",", "")) * mult if hi else v * mult
            # rule `tally`: "between 350,000 and 260,000"
            low, top = min(v * low_mult, top), max(v * low_mult, top)
            c = qualified_count(low, top, unit, written, noun, before)
            if size or was is not None:
                c = replace(c, size=size, was=was)
            out.append(replace(c, conversion=True) if _CONVERTED.search(before) else c)
            placed.append((m.start(), m.end(), out[-1]))
    for m in _WORD_NUMBER.finditer(text) if spelled else ():
        if rated and any(s <= m.start() < e for s, e in rated):
            continue
        before = text[max(0, m.start() - 25) : m.start()]
        if _RATIO_BEFORE.search(before) or (not ages and _AGE_AFTER.match(text, m.end(1))):
            continue
        if _VAGUE_BEFORE.search(before):
            continue  # "several hundred birds", "a few dozen": no number
        lo, scale = word_number(m.group(1))
        hi = lo
        changed = bool(m.group(2)) and _CHANGE_FROM.search(before) is not None
        was = None
        if m.group(2):
            hi, top = word_number(m.group(2))
            lo = lo * top if scale == 1 and top > 1 else lo  # "two to three million"
            if changed:
                was, lo = lo, hi  # rule `change-from`: "grew from two to five stores": five, once two
        if not lo or hi < lo:
            continue  # "a thousand" alone is read; "thousand" alone is no number
        unit, noun = _joint(text, m.start(3), *_unit_after(text, m.start(3)))
        start = m.start(2) if changed else m.start(1)
        if m.group(1).lower() == "dozen":
            half = _HALF_BEFORE.search(before)
            if half is not None:  # rule `half-dozen`
                whole = _AND_A_HALF.search(before, 0, half.start())
                n = _number(whole.group(1)) if whole else None
                cut = whole.start() if whole and n else half.start()
                lo = hi = (n + 0.5) * 12 if n else 6.0  # rule `and-a-half-dozen`
                start -= len(before) - cut
                before = before[:cut]
            before = _ARTICLE_END.sub("", before)  # rule `a-dozen`
        if unit:
            written = text[start : m.end(2) if m.group(2) else m.end(1)]
            c = qualified_count(lo, hi, unit, written, noun, before)
            out.append(replace(c, was=was) if was is not None else c)
            placed.append((start, m.end(2) if m.group(2) else m.end(1), out[-1]))
    if len(placed) > 1 and ("now" in text or "from" in text):
        return _past_values(text, out, placed)
    return out


# rule `past-value` (issue 14, numbers41): a value a sentence gives as what another of the same unit was
# before is that one's old value (`Count.was`, as `change-from` keeps it), no count of its own: "a ticket
# that cost $15.99 in May now costs $26.33" (a time word, then "now", between the two), "is 7 percent,
# down from 8 percent last year" ("up from" / "down from" just before it). Read as a count, it made "a
# ticket costs $15.99" state the sentence (`same-fact`). Not "compared with", which as often sets another
# place's value beside it ("7 percent, compared with 9 percent nationally").
_TIME_WORD = (
    r"(?:year|years|month|months|week|weeks|ago|earlier|before|then|previously|once|(?:19|20)\d\d|spring|summer"
    r"|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)"
)
_THEN_NOW = re.compile(
    r"[^;:!?]{0,40}?\b" + _TIME_WORD + r"\b[^;:!?]{0,20}?\bnow\b[^;:!?]{0,25}", re.IGNORECASE
)
_UP_FROM = re.compile(
    r"\b(?:up|down)\s+from\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+|just\s+|more\s+than\s+"
    r"|less\s+than\s+)?$",
    re.IGNORECASE,
)
_PAST_REACH = 60  # characters at most between a value and its old one (rule `past-value`)
# rule now-other-verb (mend41): a verb after "now" that is not the old value's own ("cost $15.99 in May now
# costs $26.33") counts another event: "employed 400 workers two years ago and is now hiring 50 workers"
# gives no old value of the 50, so both stay counts (as before `past-value`). Words of a state pass.
_NOW_VERB = re.compile(
    r"\bnow\s+([a-z]+)\b(?:\s+(?:about|around|nearly|almost|roughly|some|just|only|over|more\s+than))*[^a-z]*$",
    re.IGNORECASE,
)
_NOW_STATE = frozenset(
    {"is", "are", "was", "stands", "sits", "stood", "at", "about", "around", "nearly", "almost", "roughly"}
    | {"some", "just", "only", "more", "less", "over", "has", "have", "totals", "numbers"}
)
_LAST_WORD = re.compile(r"([a-z]+)\W*$", re.IGNORECASE)
# rule from-now (mend41): "five years from now, 10 years from now" names times to come, no then and now
_FROM_NOW = re.compile(r"\bfrom\s+now\b", re.IGNORECASE)


def _other_verb_now(text: str, old_start: int, between: str) -> bool:
    """Rule now-other-verb: the word right after "now" is a verb that is not the one right before the old
    value (its first four letters differ: "employed" / "hiring"; "cost" / "costs" is one verb)."""
    now = _NOW_VERB.search(between)
    if now is None or now.group(1).lower() in _NOW_STATE:
        return False
    last = _LAST_WORD.search(text, max(0, old_start - 30), old_start)
    return last is None or last.group(1).lower()[:4] != now.group(1).lower()[:4]


def _past_values(text: str, out: list[Count], placed: list[tuple[int, int, Count]]) -> list[Count]:
    """Rule `past-value`: of two counts of one unit, the nearer before the other (`placed`: (start, end,
    count) of each count of a unit), the old one goes, its value the other's `was`."""
    placed = sorted(placed, key=lambda p: p[0])
    old: dict[int, float] = {}  # id of the new count -> the old value
    gone: set[int] = set()  # ids of the old counts
    for k, (s2, _, c2) in enumerate(placed):
        j = next((j for j in range(k - 1, -1, -1) if placed[j][2].unit == c2.unit), None)
        if j is None or s2 - placed[j][1] > _PAST_REACH or id(placed[j][2]) in gone:
            continue
        c1, between = placed[j][2], text[placed[j][1] : s2]
        if ";" in between:
            continue
        then_now = _THEN_NOW.fullmatch(between) and not _FROM_NOW.search(between)
        then_now = then_now and not _other_verb_now(text, placed[j][0], between)
        if then_now and c2.was is None:
            new, was = c2, c1  # "cost $15.99 in May now costs $26.33"
        elif _UP_FROM.search(text, max(0, s2 - 25), s2) and c1.was is None:
            new, was = c1, c2  # "is 7 percent, down from 8 percent last year"
        else:
            continue
        old[id(new)] = was.value
        gone.add(id(was))
    if not gone:
        return out
    return [replace(c, was=old[id(c)]) if id(c) in old else c for c in out if id(c) not in gone]


def word_number(words: str) -> tuple[float, float]:
    """(value, largest scale) of a number written in words (see `_WORD_NUMBER`): "thirty-five" (35, 1),
    "five hundred" (500, 100), "two hundred thousand" (200,000, 1,000), "three million" (3,000,000,
    1,000,000); a bare scale word is one of it ("hundred": 100)."""
    total = current = 0.0
    top = 1.0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("a", "one"):
            current += 1
        elif w == "hundred":
            current = (current or 1) * 100
            top = max(top, 100.0)
        elif w == "dozen":  # rule `dozens`: "two dozen" is 24, a dozen times two (it was 2 + 12)
            current = (current or 1) * 12
        elif w in SCALE_WORDS:
            total += (current or 1) * SCALE_WORDS[w]
            current = 0.0
            top = max(top, SCALE_WORDS[w])
        else:
            current += WORD_VALUES.get(w, 0)
    return total + current, top


# rule `rate-words`: the most a rate in words widens its share, in points either side
_RATE_ROUND = 2.5


def _rates(text: str) -> tuple[list[Count], list[tuple[int, int]]]:
    """The rates and fractions of a sentence as shares ("14 out of every 100 Kenyans": 14 %, noun
    "kenyans"; "one in seven": 14.29 %, told to its denominator, 13.3 to 15.4 %, never more than 2.5
    points either side, the rest of that band its `rough` one: rule `rate-words`; "three-fifths of":
    60 %) and where each is written; a first term above the second is no rate ("10 in 3 days")."""
    out: list[Count] = []
    spans: list[tuple[int, int]] = []
    if " of " in text:
        for m in _FRACTION_OF.finditer(text):
            n = _number(m.group(1)) if m.group(1) else (1.0 if m.group(2).lower() == "half" else None)
            before = text[max(0, m.start() - 25) : m.start()]
            if n is None or (m.group(1) is None and _TIME_HALF.search(before)):
                continue  # "thirds of" alone says no number; "the second half of" is a stretch of time
            v = round(100 * n / DENOMINATORS[m.group(2).lower()], 2)
            out.append(qualified_count(v, v, "%", m.group(), "", before))
            spans.append(m.span())
    if " in " not in text and " out of " not in text:
        return out, spans
    for m in _RATE.finditer(text):
        a, b = (_number(g) for g in m.groups())
        if a is None or b is None or not 0 < a <= b or b == 1 or 1900 <= b <= 2100:
            continue
        before = text[max(0, m.start() - 25) : m.start()]
        _, noun = _unit_after(text, m.end())
        v = round(100 * a / b, 2)
        c = qualified_count(v, v, "%", m.group().strip(), noun, before)
        # rule `rate-words`: "one in five" is a share told to its denominator, "21 per cent" a round
        # fifth: the rate stands for the shares between a in b + 1/2 and a in b - 1/2 (18.2 to 22.2 %),
        # one value only as far as a share rounded to five points (`_RATE_ROUND`): "one in two" agrees
        # with 47.5 to 52.5 %; between that and the whole band (`Count.rough`, 40 to 66.7 %) a share is
        # a rounding of it, neither one value nor a conflict ("60 percent", "one in three" / "36 percent")
        # (from a / b itself, not its value rounded to two places: "one in three" reaches 40 %, review N9)
        exact = qualified_count(100 * a / b, 100 * a / b, "%", "", "", before)
        lo, hi = exact.lo * b / (b + 0.5), exact.hi * b / (b - 0.5)
        cap = replace(c, lo=max(lo, c.lo - _RATE_ROUND), hi=min(hi, c.hi + _RATE_ROUND))
        out.append(replace(cap, rough=(lo, hi)) if (lo, hi) != (cap.lo, cap.hi) else cap)
        spans.append(m.span())
    return out, spans


def _number(word: str) -> float | None:
    w = word.lower()
    if w in ("one", "a"):
        return 1.0
    if w in WORD_VALUES:
        return float(WORD_VALUES[w])
    return float(w.replace(",", "")) if w[0].isdigit() else None


def years(text: str, relative: bool = True) -> set[str]:
    """The years a sentence names ("in 2015", "last year"; both ends of "the 1994-96 war"): counts for
    different years are no conflict. `relative=False`: the years written in digits only (no "last year")."""
    out = set(_YEAR.findall(text))
    if relative:
        out.update(m.lower() for m in _RELATIVE_YEAR.findall(text))
    if "-" in text or "–" in text:
        out.update(m.group(1) + m.group(3) for m in _YEAR_SPAN.finditer(text) if m.group(3) > m.group(2))
    return out


def qualified_count(lo: float, hi: float, unit: str, text: str, noun: str, before: str) -> Count:
    """A count of `lo`-`hi` with the interval the qualifier ending `before` allows ("at least 12")."""
    q = _QUALIFIER.search(before)
    if q and _ARTICLE_AFTER.search(q.group(1)) and _TOPIC_BEFORE.search(before):
        q = None  # rule `about-topic`
    word = _ARTICLE_AFTER.sub("", q.group(1).lower()) if q else ""  # rule `qualifier-article`
    a, b = _SPREAD[word] if q else (1.0, 1.0)
    return Count(
        lo, unit, lo * a, hi * b, text, noun, lower=word in _LOWER, upper=word in _UPPER, qualifier=word
    )


def _unit_after(text: str, pos: int) -> tuple[str, str]:
    """(unit, noun as written) after a number: a known counted noun within four words ("1,200 signal
    workers"), else the first content word ("150 bodies") or the plural noun after one modifier ("40
    replacement buses"); people for a number right before "aboard" or "on board" (rule `aboard-people`:
    "all 109 on board" are "109 people aboard")."""
    tail = text[pos : pos + 60]
    cut = _UNIT_STOP.search(tail)
    ws = [w.lower() for w in _UNIT_WORDS.findall(tail[: cut.start()] if cut else tail)][:4]
    if ws[:1] == ["aboard"] or ws[:2] == ["on", "board"]:
        return "people", " ".join(ws[: 1 if ws[0] == "aboard" else 2])
    for w in ws:
        if w in _CLASS:
            return _CLASS[w], w
        if w in _AUX or w in _RELATIVE:
            break  # "four facilities where Tyson employees work" counts facilities
        if w not in _SKIP and _plural(w):
            break  # "Seven gunmen killed 12 people", "three buses carrying workers": the first plural
    if len(ws) > 1 and ws[0] in ("sq", "square"):
        base = _FOLD.get(ws[1], stem(ws[1]))
        if "sq" + base in SQUARE_UNITS:
            return "sq" + base, f"{ws[0]} {ws[1]}"  # rule `square-unit`: "5,000 sq km", "1,900sq-mile"
    metres = _BARE_METRES.match(tail)
    if metres and not _plural((metres.group(1) or "").lower()) and not _MONEY_M.match(tail):
        return "meter", "m"  # rule `bare-metres`: "a camp at 3,700 m on the north face"
    ws = [w for w in ws if w not in _SKIP]
    if not ws or ws[0] in _AUX or len(ws[0]) < 2:
        return "", ""
    if len(ws) > 1 and not ws[0].endswith("s") and _plural_form(ws[1]) and ws[1] not in _AUX:
        return _FOLD.get(ws[1], stem(ws[1])), ws[1]
    return _FOLD.get(ws[0], stem(ws[0])), ws[0]


def counted_unit(after: str) -> str:
    """The unit a count counts, read in the text `after` it as a number's (`_unit_after`): "soldi" of
    " of soldiers were killed" after "dozens", "" of " were wounded"."""
    return _unit_after(after, 0)[0]


def _joint(text: str, pos: int, unit: str, noun: str) -> tuple[str, str]:
    """(unit, noun) of a count whose noun, read after `pos`, is joined by "and" to the crew or the staff
    (rule `and-crew`): people, both groups; to another plural noun (rule `and-plural`): a group of both,
    "brother and sister"; else as given."""
    at = text[pos : pos + 60].lower().find(noun) if noun else -1
    if at < 0:
        return unit, noun
    joined = _AND_CREW.match(text, pos + at + len(noun))
    if joined:
        return "people", noun + " " + " ".join(joined.group().split()).lower()
    other = _AND_PLURAL.match(text, pos + at + len(noun)) if _plural(noun) and unit not in MEASURES else None
    if other is not None and not _joins_no_noun(other.group(1)):
        first, second = other.group(1), other.group(2)
        if _plural(first) and not _joins_no_noun(first, False):  # "cars and trucks"
            return f"{unit} and {stem(first)}", f"{noun} and {first}"
        if (
            second is not None and _plural(second) and not _joins_no_noun(second, False)
        ):  # "marketing executives"
            return f"{unit} and {stem(second)}", f"{noun} and {first} {second}"
    return unit, noun


_VAGUE = frozenset(["dozens", "scores", "hundreds", "thousands", "millions", "others", "tens"])


def _joins_no_noun(word: str, modifier: bool = True) -> bool:
    """Rule `and-plural`: a word after "and" that is no part of a noun: a past form ("and recovered
    diamonds"), a number, a word the counted-noun reader skips, a vague quantity ("and dozens more"); an
    "-ing" form only as the noun ("and marketing executives" joins a noun, "and injuring" none)."""
    return (
        word.endswith("ed")
        or (not modifier and word.endswith("ing"))
        or word in WORD_NUMBERS
        or word in _SKIP
        or word in _AUX
        or word in _VAGUE
    )


def _size_of(text: str, pos: int) -> str:
    """For a number joined to a singular noun by a hyphen ("the 27-member committee", "a 125-seat
    legislature", "the 10-member Kansas Board of Education"), the stem of the thing it gives the size of
    (the next word, or the last of a name's capitalised words: "committe", "legislatur", "board"; never
    a verb after it: "the 27-member committee wrote"), else "".
    Two sizes of two things are two slots ("27-member committee" / "10-member board"), as are a size
    and a count ("five moderate members" / "the 10-member board"); the unit stays the compound's noun,
    so "75 of the 125 seats" still agrees with "Quebec's 125-seat legislature". A measure ("a two-hour
    delay") is no size."""
    m = _COMPOUND.match(text, pos)
    if m is None or stem(m.group(1).lower()) in MEASURES:
        return ""
    head = ""
    for w in m.group(2).split()[:3]:
        low, name = w.lower(), w[0].isupper()
        if low in _SKIP or low in _AUX or low in _RELATIVE or (head and not name):
            break  # the first word, carried on only over a name's capitalised words ("Kansas Board")
        head = low
        if not name:
            break  # "the 27-member committee wrote": the noun, not the verb after it
    return stem(head) if head else ""


def _plural_form(w: str) -> bool:
    """A word written as a plural: ending in "s", or a known irregular plural (rule `two-word-unit`: "9 solar
    radii" counts radii, not "solar")."""
    return w.endswith("s") or w in _LATIN_PLURALS


def _plural(w: str) -> bool:
    """A plural noun by its ending ("buses", "activists") or a known irregular one ("gunmen")."""
    return w in _PLURALS or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))
