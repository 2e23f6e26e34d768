"""Session 17 (issue 14): one text with a word put for another that news writing joins with it by "and" /
"or" ("students and teachers", "destroyed or damaged"): two things, so two facts, never a citation
(`guards.substituted`, rule `coordinated`, `data/coordinated.txt`); synonyms, which are seldom joined, and
names still cite. Two quotations of one speaker share only who said them (`pairs.speaker_run`, rule
`speaker-only` of `same-words`): two statements. Sentences written for these tests."""

from __future__ import annotations

import pytest
from align_texts import cited, link_kinds

from newsbrief.align.features import data_lines, is_fragment
from newsbrief.align.guards import _coordinated, substituted
from newsbrief.align.pairs import _attribution_outside, speaker_run
from newsbrief.represent import stem


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another doer, described rather than named (were `same-words`)
        (
            "Federal investigators searched the home of the former treasurer in Tulsa on Monday.",
            "State investigators searched the home of the former treasurer in Tulsa on Monday.",
        ),
        (
            "Two students were taken to hospital after the explosion in the chemistry lab at the school.",
            "Two teachers were taken to hospital after the explosion in the chemistry lab at the school.",
        ),
        # another object of one verb (was `same-words`)
        (
            "Border guards found 300 kilograms of cocaine hidden in a shipment of bananas.",
            "Border guards found 300 kilograms of heroin hidden in a shipment of bananas.",
        ),
        # another act on one object (was `same-words`)
        (
            "The flood destroyed the bridge over the river north of the town on Saturday.",
            "The flood damaged the bridge over the river north of the town on Saturday.",
        ),
    ],
)
def test_a_word_put_for_one_news_joins_with_it_is_no_citation(a: str, b: str) -> None:
    assert not link_kinds(a, b) & {"quote", "fact"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a synonym ("asked" / "urged" are never joined)
        (
            "Anyone with information about the robbery is asked to call the county sheriff's office.",
            "Anyone with information about the robbery is urged to call the county sheriff's office.",
        ),
        # one name for another name of one thing ("Republican" / "GOP" are joined in the training stories)
        (
            "Lawmakers said the Republican leadership had combined the two proposals into one bill.",
            "Lawmakers said the GOP leadership had combined the two proposals into one bill.",
        ),
    ],
)
def test_a_synonym_or_a_name_put_for_a_word_still_cites(a: str, b: str) -> None:
    assert link_kinds(a, b) & {"quote", "fact"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one event (`data/equivalents.txt`: dead, kill), though news also writes "killed and died"
        (
            "Jon Tallis, 34, was killed when his car hit a tree on Route 9 on Monday.",
            "Jon Tallis, 34, died Monday after his car struck a tree on Route 9.",
        ),
        (
            "Two men were killed in the shooting in Eastbrook on Friday.",
            "Two men died in the shooting in Eastbrook on Friday night.",
        ),
        # one concept (`data/concepts.txt`: arrest, detain)
        (
            "Jon Tallis was detained at the airport in Eastbrook on Monday.",
            "Jon Tallis was arrested at the Eastbrook airport on Monday.",
        ),
    ],
)
def test_two_joined_words_the_tables_make_one_thing_still_cite(a: str, b: str) -> None:
    """Session 43 (rule `coordinated-alike`, issue 14 cause 3): a pair of `coordinated.txt` that the concepts
    or the equivalents join is one thing, so a copy with one put for the other states the same fact (was
    `related`: `substituted`)."""
    assert link_kinds(a, b) & {"quote", "fact"}


def test_two_joined_words_the_tables_do_not_join_stay_two_facts() -> None:
    a = "Two men were killed in the shooting in Eastbrook on Friday."
    assert not link_kinds(a, a.replace("killed", "wounded")) & {"quote", "fact"}


def test_the_pairs_the_tables_make_one_thing_are_left_out() -> None:
    assert frozenset((stem("killed"), stem("died"))) not in _coordinated()
    assert frozenset((stem("arrested"), stem("detained"))) not in _coordinated()
    assert frozenset((stem("students"), stem("teachers"))) in _coordinated()


def _words(text: str) -> list[str]:
    return text.split()


def test_a_joined_word_counts_only_put_for_the_other_and_not_moved() -> None:
    a = _words("two students were hurt when a gas pipe exploded near the main building")
    assert substituted(a, [("teachers" if w == "students" else w) for w in a], frozenset(), frozenset())
    # both words in both copies: moved, not put for one another
    b = _words("two students and teachers were hurt when a gas pipe exploded near the main building")
    c = _words("two teachers and students were hurt when a gas pipe exploded near the main building")
    assert not substituted(b, c, frozenset(), frozenset())
    # a word news never joins with it ("pupils"): a style edit
    assert not substituted(a, [("pupils" if w == "students" else w) for w in a], frozenset(), frozenset())


def test_the_joined_pairs_are_two_sorted_stems_a_line() -> None:
    lines = data_lines("coordinated.txt")
    pairs = [tuple(line.split()) for line in lines]
    assert len(pairs) > 1000
    assert all(len(p) == 2 and p[0] < p[1] for p in pairs)
    assert pairs == sorted(set(pairs))
    assert (stem("students"), stem("teachers")) in pairs and (stem("chief"), stem("leader")) not in pairs


def test_two_quotations_of_one_speaker_share_only_who_said_them() -> None:
    """Rule `speaker-only` (`pairs.speaker_run`): two quotations of one speaker with one attribution are two
    statements; the same quotation with its attribution edited is still one."""
    a = '"We will not give up on this city," said Maria Lopez, director of the Tenants Union of Chicago.'
    b = '"Rents have doubled in five years," said Maria Lopez, director of the Tenants Union of Chicago.'
    assert not link_kinds(a, b) & {"quote", "fact"}
    c = (
        '"Rents have doubled in five years," said Maria Lopez, the director of the Tenants Union of Chicago, '
        "on Monday."
    )
    assert link_kinds(b, c) & {"quote", "fact"}


def test_a_run_is_who_said_it_only_outside_the_quotation_and_beside_a_verb_of_saying() -> None:
    words = _words("we will not give up said maria lopez director of the tenants union")
    quotes = [("we", "will", "not", "give", "up")]
    assert speaker_run(words, 5, 12, quotes)  # opens on "said"
    assert speaker_run(words, 6, 12, quotes)  # right after "said"
    assert not speaker_run(words, 0, 7, quotes)  # mostly the quotation
    assert not speaker_run(words, 6, 12, [])  # no quotation: reported speech is read as a claim
    assert not speaker_run(words, 7, 12, quotes)  # neither holds nor follows a verb of saying


def test_session50_two_reports_of_one_speaker_share_only_who_said_them() -> None:
    """Rule `attribution-run` (session 50, issue 14): two reported statements, no quotation marks, that end on
    one attribution after a comma (", said Maria Lopez, director of ...") share who said them, not what was
    said: no fact (they were `same-words`); a run after "authorities said" with no comma before it is what
    was said, and still one fact."""
    who = ", said Maria Lopez, professor of housing law and director of the Tenants Union of Harwick."
    a = "Rents in the old town have doubled in five years" + who
    b = "The city council has ignored every complaint the union filed since March" + who
    assert not link_kinds(a, b) & {"quote", "fact"}
    c = "Two officers were hurt, and authorities said the suspect fled across the river into Varna on Friday."
    d = "Nobody died, and authorities said the suspect fled across the river into Varna on Friday."
    assert "fact" in link_kinds(c, d)


def test_a_pair_the_tables_make_one_thing_excuses_only_itself() -> None:
    """Session 43 review (rule `alike-and-more`): "killed" / "died" is one event, but the same span puts
    "civilians" for "soldiers" too, so the two are two facts (was `fact` by `same-fact`)."""
    a = "Two soldiers were killed in the attack in Eastbrook on Friday."
    b = "Two civilians died in the attack in Eastbrook on Friday."
    assert not link_kinds(a, b) & {"quote", "fact"}


def test_session52_two_statements_of_one_long_named_sayer_share_only_who_made_them() -> None:
    """Rule `sayer-run` (session 52, conflicts52; the shape of Multi-News+ dev 50322): a long name opening
    both sentences, then a verb of saying or ruling (only a day between), is who speaks in both, not what
    either says: no fact (it was `same-words`). The same run going on into what is said is still one fact,
    and a quotation opening both sentences before its speaker is what is said."""
    court = "The Harwick Court of Appeals for the Northern District of the Varna Circuit"
    a = court + " on Friday said the rail commission was right in 2013 to let fares rise by 4 percent."
    b = court + " ruled that the emergency fares should not become permanent."
    assert not link_kinds(a, b) & {"quote", "fact"}
    c = court + " ruled on Friday that the emergency fares should not become permanent."
    assert "fact" in link_kinds(b, c)
    quote = '"It was a long night for all of us on the ward, and we did what we could," '
    assert "quote" in link_kinds(quote + "Dr. Lena Marsh told the Harwick Post.", quote + "Marsh said.")


def test_session53_an_elliptic_sentence_is_no_source_of_a_fact() -> None:
    """Rule `elliptic-fragment` (session 53, conflicts52's left case, the shape of a training story's
    "At least, for facebook ceo mark zuckerberg."): a short sentence that is only a limiting word and a
    phrase after a preposition leans on the sentence before it for its verb; cased or lower-cased, it is
    cited as stating nothing (it was `stated-in-main` of a whole post). Sentences written for this test."""
    post = "On tuesday, harwick mayor dana whitcombe posted a photo of the new bridge to mark its opening."
    for who in ("At least, for", "Especially for"):
        short = f"{who} harwick mayor dana whitcombe."
        assert not cited(short, post), short
    assert is_fragment("At least, for the mayor.", caseless=True)
    assert not is_fragment("At least 40 people were hurt in the crash.", caseless=False)
    assert not is_fragment("Not in Harwick, the mayor said, where the bridge opened.", caseless=True)


def test_session55_two_quotations_alike_only_in_their_attribution_are_two_statements() -> None:
    """Rule `attribution-only` (session 55, issue 14; the shape claims55 found): two quotations that share no
    word, each under one long attribution ("... wrote in a letter to ..."), share who said them, not what
    was said: no fact (it was `same-words`). The same quotation under the same attribution is still one
    quotation, and an attribution with a second clause after it ("after the council voted ...") may still
    carry a fact of its own."""
    tail = " party chairwoman Dana Whitcombe wrote in a letter to the station's owners on Tuesday."
    a = '"The station treated the whole debate in bad faith,"' + tail
    b = '"Its moderators set out to embarrass our candidates,"' + tail
    assert not link_kinds(a, b) & {"quote", "fact"}
    c = '"While debates should ask hard questions, its moderators set out to embarrass our candidates,"'
    assert not link_kinds(c + tail, '"The station treated the whole debate in bad faith,"' + tail.lower()) & {
        "quote",
        "fact",
    }  # one word ("debate") shared by the two quotations, lower-cased text too
    assert "quote" in link_kinds(a, '"The station treated the whole debate in bad faith,"' + tail)
    said = ("mayor", "ines", "varga", "said", "after", "the", "council", "voted")
    quote = ("we", "had", "no", "choice")
    assert _attribution_outside(list(quote + said[:4]), [quote])
    assert not _attribution_outside(list(quote + said), [quote])  # "after": a clause of its own
    assert not _attribution_outside(list(quote + said[:4]), [("no", "choice", "left")])  # not found
    # reported speech around a quoted word: what she wants, not who said it
    wants = ("she", "says", "she", "wants", "an", "exception", "to", "keep", "her", "name", "off")
    assert not _attribution_outside(list(wants), [("exception",)])
    assert _attribution_outside(list(wants[:2] + quote), [quote])
