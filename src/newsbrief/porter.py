"""The Porter stemmer (M. F. Porter, "An algorithm for suffix stripping", 1980), NLTK flavour.

Gives the stems of `nltk.stem.porter.PorterStemmer()` in its default NLTK_EXTENSIONS mode, the
stemmer rouge-score uses (tests compare the two on a large vocabulary). Hand-written rather than
imported because `import nltk` loads its whole package, which pulls in scipy.stats and
scikit-learn: 0.5-1.5 s of start-up on every `newsbrief` run, for a 200-line algorithm.

NLTK's departures from the 1980 paper, kept here: a table of irregular forms; words of one or two
letters are left alone; "-ies" / "-ied" on four-letter words become "-ie"; "-ied" otherwise "-i";
"y" -> "i" only after a consonant that is not the whole stem; "bli" -> "ble", "fulli" -> "ful"
and "logi" -> "log" in step 2, with "alli" -> "al" applied before it; the "*o" condition also
holds for a two-letter vowel-consonant stem.
"""

from __future__ import annotations

from collections.abc import Callable

_VOWELS = frozenset("aeiou")
_IRREGULAR = {
    "skies": "sky",
    "sky": "sky",
    "dying": "die",
    "lying": "lie",
    "tying": "tie",
    "news": "news",
    "innings": "inning",
    "inning": "inning",
    "outings": "outing",
    "outing": "outing",
    "cannings": "canning",
    "canning": "canning",
    "howe": "howe",
    "proceed": "proceed",
    "exceed": "exceed",
    "succeed": "succeed",
}


# Each ASCII character as "v" (vowel), "c" (consonant) or "y" (decided by what comes before it).
_FORM = str.maketrans({c: "v" if c in _VOWELS else "y" if c == "y" else "c" for c in map(chr, range(128))})


def _form(word: str) -> str:
    """Per letter "c" (a consonant) or "v" (not): "y" is a consonant only at the start or after a vowel.
    Written as a string so the conditions below are substring tests (str.translate does ASCII in C)."""
    if word.isascii():
        form = word.translate(_FORM)
        if "y" not in form:
            return form
    out: list[str] = []
    for k, ch in enumerate(word):
        if ch in _VOWELS:
            out.append("v")
        elif ch == "y":
            out.append("c" if k == 0 or out[k - 1] == "v" else "v")
        else:
            out.append("c")
    return "".join(out)


def _measure(stem: str) -> int:
    """m in [C](VC){m}[V]: the number of vowel-to-consonant transitions."""
    return _form(stem).count("vc")


def _has_vowel(stem: str) -> bool:
    return "v" in _form(stem)


def _double_consonant(word: str) -> bool:
    return len(word) >= 2 and word[-1] == word[-2] and _form(word)[-1] == "c"


def _cvc(word: str) -> bool:
    """Condition *o: ends consonant-vowel-consonant, the last not w, x or y (NLTK: or is "vc")."""
    form = _form(word)
    if len(word) >= 3 and form[-3:] == "cvc" and word[-1] not in "wxy":
        return True
    return form == "vc"


def _m_above(k: int) -> Callable[[str], bool]:
    return lambda stem: _measure(stem) > k


def _by_last(rules: tuple[tuple[str, str], ...]) -> dict[str, tuple[tuple[str, str], ...]]:
    """A table's rules by the last letter of their suffix, in the table's order (only those can match)."""
    return {
        last: tuple(r for r in rules if r[0][-1] == last) for last in dict.fromkeys(r[0][-1] for r in rules)
    }


def _first_suffix(word: str, rules: dict[str, tuple[tuple[str, str], ...]], ok: Callable[[str], bool]) -> str:
    """Apply the rule of the first listed suffix the word ends with, if `ok(stem)`; else no change
    (`rules`: a table `_by_last`)."""
    for suffix, replacement in rules.get(word[-1:], ()):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            return stem + replacement if ok(stem) else word
    return word


_STEP1A = (("sses", "ss"), ("ies", "i"), ("ss", "ss"), ("s", ""))
_STEP2 = (
    ("ational", "ate"),
    ("tional", "tion"),
    ("enci", "ence"),
    ("anci", "ance"),
    ("izer", "ize"),
    ("bli", "ble"),
    ("alli", "al"),
    ("entli", "ent"),
    ("eli", "e"),
    ("ousli", "ous"),
    ("ization", "ize"),
    ("ation", "ate"),
    ("ator", "ate"),
    ("alism", "al"),
    ("iveness", "ive"),
    ("fulness", "ful"),
    ("ousness", "ous"),
    ("aliti", "al"),
    ("iviti", "ive"),
    ("biliti", "ble"),
    ("fulli", "ful"),
    ("logi", "log"),
)
_STEP3 = (
    ("icate", "ic"),
    ("ative", ""),
    ("alize", "al"),
    ("iciti", "ic"),
    ("ical", "ic"),
    ("ful", ""),
    ("ness", ""),
)
_STEP4 = (
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism",
    "ate", "iti", "ous", "ive", "ize",
)  # fmt: skip
_STEP1A_BY_LAST, _STEP2_BY_LAST, _STEP3_BY_LAST = _by_last(_STEP1A), _by_last(_STEP2), _by_last(_STEP3)
_STEP4_BY_LAST = {k: tuple(s for s, _ in v) for k, v in _by_last(tuple((s, "") for s in _STEP4)).items()}


def _step1a(w: str) -> str:
    if len(w) == 4 and w.endswith("ies"):
        return w[:-3] + "ie"
    return _first_suffix(w, _STEP1A_BY_LAST, lambda stem: True)


def _step1b(w: str) -> str:
    if w.endswith("ied"):
        return w[:-3] + ("ie" if len(w) == 4 else "i")
    if w.endswith("eed"):
        return w[:-1] if _measure(w[:-3]) > 0 else w
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and _has_vowel(w[: -len(suffix)]):
            stem = w[: -len(suffix)]
            break
    else:
        return w
    if stem.endswith(("at", "bl", "iz")):
        return stem + "e"
    if _double_consonant(stem):
        return stem if stem[-1] in "lsz" else stem[:-1]
    if _measure(stem) == 1 and _cvc(stem):
        return stem + "e"
    return stem


def _step1c(w: str) -> str:
    if w.endswith("y") and len(w) > 2 and _form(w[:-1])[-1] == "c":
        return w[:-1] + "i"
    return w


def _step2(w: str) -> str:
    if w.endswith("alli") and _measure(w[:-4]) > 0:
        return _step2(w[:-4] + "al")
    if w.endswith("logi"):  # the only rule whose condition looks at more than the stem
        return w[:-1] if _measure(w[:-3]) > 0 else w
    return _first_suffix(w, _STEP2_BY_LAST, _m_above(0))


def _step4(w: str) -> str:
    for suffix in _STEP4_BY_LAST.get(w[-1:], ()):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            ok = _measure(stem) > 1 and (suffix != "ion" or stem[-1:] in ("s", "t"))
            return stem if ok else w
    return w


def _step5(w: str) -> str:
    if w.endswith("e"):
        stem = w[:-1]
        m = _measure(stem)
        if m > 1 or (m == 1 and not _cvc(stem)):
            w = stem
    if w.endswith("ll") and _measure(w[:-1]) > 1:
        w = w[:-1]
    return w


def stem(word: str) -> str:
    """The Porter stem of a word (lower-cased first), as NLTK's PorterStemmer gives it."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(word) <= 2:
        return w
    w = _step1b(_step1a(w))
    w = _step1c(w)
    w = _first_suffix(_step2(w), _STEP3_BY_LAST, _m_above(0))
    return _step5(_step4(w))
