"""usable.py: `not_english`'s shortcut (`_surely_english`) never answers otherwise than its full count."""

from __future__ import annotations

import random

from newsbrief import usable


def _counted(text: str) -> bool:
    """`not_english`'s verdict by its full word count alone (True: judged English or too short)."""
    words = usable._WORD.findall(text[: usable.SAMPLE_CHARS].lower())
    if len(words) < usable.MIN_WORDS_TO_JUDGE:
        return True
    common = sum(map(usable.FUNCTION_WORDS.__contains__, words))
    return common >= usable.MIN_FUNCTION_WORDS * len(words)


def test_plain_prose_takes_the_shortcut() -> None:
    text = "The council said that the plan was ready for a vote, and the mayor agreed with it. " * 5
    assert usable._surely_english(text.lower())
    assert usable.not_english(text) is None


def test_the_shortcut_agrees_with_the_count_on_made_up_mixtures() -> None:
    # made-up word mixtures: function words, words of other scripts, a dotted capital I that lower-casing
    # turns into two characters, digits and dashes (no real text)
    common = ["the", "of", "and", "said"]
    other = ["x", "İİ", "ΣΑΣ", "l'été", "42", "—", "zorp", "ünd", "a-b", "’s", "q.r"]
    rng = random.Random(3)
    for _ in range(1000):
        share = rng.random() * 0.12  # around `MIN_FUNCTION_WORDS`, where the shortcut's bound matters
        words = [rng.choice(common if rng.random() < share else other) for _ in range(rng.randint(1, 300))]
        text = " ".join(words)
        if usable._surely_english(text.lower()):
            assert _counted(text)
        assert (usable.not_english(text) is None) == _counted(text)


def _by_letters(text: str) -> tuple[bool, bool]:
    """`few_letters` and `other_script` refusing `text`, by their full letter counts alone."""
    sample = text[: usable.SAMPLE_CHARS]
    visible = sum(map(len, sample.split()))
    letters, other = usable._letters(sample)
    few = bool(visible) and letters < usable.MIN_LETTER_SHARE * visible
    script = bool(letters) and len(other) > (1 - usable.MIN_ASCII_LETTERS) * letters
    return few, script


def test_the_letter_shortcuts_agree_with_the_counts_on_made_up_mixtures() -> None:
    # made-up words of Latin, Cyrillic and Greek letters, digits, symbols and odd spaces (no real text)
    pieces = ["abc", "q", "жзи", "ΣΑ", "été", "123", "%$#", "—", "\u00a0", "\n", "  ", "x7", "★★"]
    rng = random.Random(5)
    for _ in range(2500):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 200)))
        few, script = _by_letters(text)
        assert (usable.few_letters(text) is not None) == few
        assert (usable.other_script(text) is not None) == (script and not text.isascii())


def test_the_long_word_shortcut_agrees_with_the_split_on_made_up_runs() -> None:
    # runs of made-up letters of many lengths (one over `LONG_WORD` now and then) between spaces of
    # several kinds: the verdict is the one the whole split gives
    rng = random.Random(9)
    for _ in range(800):
        runs = ["z" * rng.choice([1, 5, 99, 100, 150, 199, 200, 201, 260]) for _ in range(rng.randint(1, 30))]
        text = "".join(r + rng.choice([" ", "\n", "\u00a0", "\t "]) for r in runs)
        assert (usable.one_long_word(text) is not None) == _split_verdict(text)


def _split_verdict(text: str) -> bool:
    """`one_long_word` refusing `text` by its split alone."""
    lengths = list(map(len, text[: usable.SAMPLE_CHARS].split()))
    if max(lengths, default=0) <= usable.LONG_WORD:
        return False
    return sum(n for n in lengths if n > usable.LONG_WORD) > 0.5 * sum(lengths)
