"""Conflict links (issue 14, "Facts, not words"): the same slot with another value is a conflict, and
what only looks like one (a day of a month, another slot) is not; texts written for these tests."""

from __future__ import annotations

import pytest
from align_texts import links as _links


def _conflict_values(a: str, b: str) -> list[str]:
    """The `values:` evidence of the conflict links between `a` and `b`."""
    return [e for k in _links(a, b) if k.kind == "conflict" for e in k.evidence if e.startswith("values:")]


def _kinds(a: str, b: str) -> set[str]:
    return {k.kind for k in _links(a, b)}


def test_a_day_of_a_month_counts_nothing() -> None:
    from newsbrief.align.features import death_tolls
    from newsbrief.analyze.numbers import counts

    text = "Twin bombings in Harwick and Eastbrook on Aug. 7 killed 257 people, 11 of them in Eastbrook."
    assert [c.value for c in death_tolls(text)] == [257]
    assert 7 not in [c.value for c in counts(text)]
    assert [c.value for c in counts("The ship sank on Sept. 12 after two explosions.")] == [2]


def test_a_toll_of_one_event_two_ways_is_a_conflict_despite_a_date_before_it() -> None:
    links = _links(
        # the total gives its other part, so a reader can subtract: 246 in Harwick, not 247 (without it, a
        # total of two bombings and one bombing's toll: rule `events-total`, no conflict)
        "Twin bombings at the embassies in Harwick and Eastbrook on Aug. 7 killed 257 people, 11 of them in"
        " Eastbrook.",
        "The bombing of the embassy in Harwick on Aug. 7 killed 247 people.",
    )
    assert [k.kind for k in links] == ["conflict"]
    assert "values:257 people vs 247 people" in links[0].evidence


def test_people_who_died_or_had_died_are_a_death_toll() -> None:
    from newsbrief.align.features import death_tolls

    assert [c.value for c in death_tolls("Police said 32 people had died of cold exposure.")] == [32]
    assert [c.value for c in death_tolls("The dead included 71 people who died in landslides.")] == [71]
    assert [c.value for c in death_tolls("Police said 32 people in North Harwick had died.")] == [32]
    assert death_tolls("Police said 12 people were injured and three more had died.") == []
    links = _links(
        "Police said 32 people had died of cold exposure in Harwick during the freeze.",
        "The death toll from the freeze in Harwick stood at 40 on Thursday, police said.",
    )
    assert "conflict" in {k.kind for k in links}


def test_one_person_given_two_ages_is_a_conflict() -> None:
    links = _links(
        "Dr. Barnett A. Slepian, 52, was shot and killed through a kitchen window at his home in Harwick.",
        "Slepian, 51, is the third doctor killed in the state since 1993.",
    )
    assert [k.kind for k in links] == ["conflict"]
    assert links[0].evidence[0] == "rule:ages-differ" and "values:aged 52 vs aged 51" in links[0].evidence


def test_two_ages_of_one_surname_that_may_be_two_people_are_no_conflict() -> None:
    for a, b in [
        ("Ellis Marlow, 17, of Harwick, was charged on Monday.", "Dana Marlow, 18, of Harwick, was charged."),
        ("Marlow, 17, of Harwick, was charged with arson on Monday.", "Marlow, 18, of Harwick, was charged."),
        ("Ellis Marlow, 17, of Harwick, was charged on Monday.", "Marlow, 45, of Harwick, was charged."),
        (
            "Ellis Marlow, 17, of Harwick, was charged on Monday.",
            "Ellis Marlow, 17, of Harwick, was charged.",
        ),
    ]:
        assert "conflict" not in _kinds(a, b), (a, b)


def test_the_name_an_age_is_written_after() -> None:
    from newsbrief.align.features import named_ages

    assert named_ages("Dr. Barnett A. Slepian, 52, was shot.") == {("slepian", "barnett", "52")}
    assert named_ages("Slepian, 51, is the third.") == {("slepian", "", "51")}


def test_each_clause_its_own_value_when_a_sentence_gives_several() -> None:
    a = "The liberal Ellis Marlow finished third with about 7 percent of the vote, early returns showed."
    links = _links(
        a,
        "Dana Okafor of the Harwick Party finished second with a stronger-than-expected 29 percent, and the "
        "liberal Ellis Marlow finished third with 4 percent.",
    )
    assert [k.kind for k in links] == ["conflict"]
    assert links[0].evidence[-1] == "values:about 7 percent vote vs 4 percent"
    links = _links(  # the same 7 percent in the other clause: no conflict with the 29 percent
        a,
        "Dana Okafor of the Harwick Party finished second with a stronger-than-expected 29 percent, and the "
        "liberal Ellis Marlow finished third with 7 percent.",
    )
    assert "conflict" not in {k.kind for k in links}


def test_a_round_report_of_a_value_is_no_other_value() -> None:
    a = "The state of Harwick itself owes the water department $70,000, the report said."
    assert "conflict" not in _kinds(
        a, "The list shows that the state of Harwick owes the water department $70,246."
    )
    assert "conflict" in _kinds(
        a, "The list shows that the state of Harwick owes the water department $90,000."
    )


def test_two_lower_bounds_both_hold() -> None:
    a = "The military said its campaign in Harwick has hit more than 600 targets since Tuesday."
    assert "conflict" not in _kinds(
        a, "The military said it has now struck more than 250 targets in Harwick since Tuesday."
    )
    assert "conflict" in _kinds(
        a, "The military said it has now struck 250 targets in Harwick since Tuesday."
    )


def test_a_known_counted_noun_after_a_relative_word_is_not_what_is_counted() -> None:
    from newsbrief.analyze.numbers import counts

    (c,) = counts("The video was taken at four facilities where Tyson employees process chickens.")
    assert (c.value, c.noun) == (4, "facilities")
    (c,) = counts("About 1,200 signal workers walked off the job.")
    assert c.unit == "workers"


def test_counts_dated_this_year_and_since_an_event_are_two_counts() -> None:
    assert "conflict" not in _kinds(
        "Southern Harwick has been the target of more than 750 rockets fired from the border this year.",
        "Militants have fired around 300 rockets at Harwick from the border since the fighting began.",
    )


def test_a_sum_per_day_is_not_a_sum() -> None:
    from newsbrief.align.features import _money_noun
    from newsbrief.analyze.numbers import counts

    text = "Painkillers that cost about $2.40 a day."
    (c,) = counts(text)
    assert _money_noun(c, text).unit == "$/day"
    a = "When patients take Harwix twice a day, the cost of the drug swells to $2.86."
    assert "conflict" not in _kinds(
        a, "Other painkillers like Harwix cost about $2.40 a day, the drug maker said."
    )
    assert "conflict" in _kinds(
        a, "When patients take Harwix twice a day, the cost of the drug rises to $2.40."
    )


def test_two_shares_are_never_a_round_report_of_each_other() -> None:
    assert "conflict" in _kinds(
        "Ellis Marlow won 50 percent of the vote in the Harwick runoff on Sunday.",
        "Ellis Marlow won 49 percent of the vote in the Harwick runoff on Sunday.",
    )


def test_counts_in_two_places_neither_sentence_names_are_two_slots() -> None:
    a = "In Harwick, 21 people have died from the cold since Friday, police said."
    assert "conflict" not in _kinds(
        a, "Police said 32 people in Eastbrook had died from the cold since Friday."
    )
    assert "conflict" in _kinds(a, "Police said 32 people in Harwick had died from the cold since Friday.")


def test_a_rate_and_a_sum_of_one_currency_are_two_values_not_one_slot() -> None:
    a = "Last summer's strikes at two Harwick plants cost the carmaker about $2 billion, the company said."
    b = "The union pays $150 a week in benefits, a small price beside the $725 million in its strike fund."
    assert "conflict" not in _kinds(a, b)


def test_the_one_saying_a_count_names_no_other_slot() -> None:
    """'The Port Workers Federation said 450 of its members': the federation says the count, it is not
    where the count is (the conflict test in test_agreement.py); 'in Eastbrook' is another place."""
    a = "About 300 dock workers walked off the job at Harwick port on Friday, halting all cargo traffic."
    b = "The Port Workers Federation said 450 of its members had joined the stoppage at the port on Friday."
    assert "conflict" in _kinds(a, b)
    assert "conflict" not in _kinds(
        a, "About 450 dock workers walked off the job in Eastbrook on Friday, halting all cargo traffic."
    )


def test_several_hundred_is_no_number() -> None:
    from newsbrief.analyze.numbers import counts

    assert counts("Samples from several hundred birds and a few dozen horses were tested.") == []
    assert [c.value for c in counts("Samples from a dozen birds were tested.")] == [12]


def test_a_temperature_or_a_speed_is_a_measure_not_a_count() -> None:
    """A temperature and a wind speed change with the hour and the place: two values are two moments."""
    a = "On Wednesday, the low in Harwick was minus 12 Celsius (10 Fahrenheit)."
    assert "conflict" not in _kinds(
        a, "The cold front reached Harwick on Nov. 16 with temperatures as low as minus 26 Celsius."
    )
    assert "conflict" not in _kinds(
        "The typhoon hit Harwick on Friday with sustained winds of 275 kph, officials said.",
        "The typhoon hit Harwick on Friday with sustained winds of 130 kph, officials said.",
    )


def test_a_count_beside_an_event_the_other_never_names_is_another_slot() -> None:
    assert "conflict" not in _kinds(
        "The Harwick council rejected 214 candidates for Friday's election, officials said on Tuesday.",
        "The Harwick council approved 161 candidates for Friday's election, officials said on Tuesday.",
    )
    # the same event in both, in other words: still one slot
    assert "conflict" in _kinds(
        "An Arctic cold wave that hit Harwick a week ago has killed 32 people, police said Monday.",
        "In Harwick, 36 people died in the cold wave, most of them homeless, police said.",
    )


def test_a_forecast_and_a_result_are_two_moments_not_two_values() -> None:
    a = "Even the Harwick Daily estimated that 15 million people will vote, a turnout of 39 percent."
    b = "Nationwide, 45 percent of the Harwick electorate voted, the Eastbrook Times said."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" not in _kinds(
        "The liberal Ellis Marlow was projected to finish third with about 7 percent of the vote.",
        "The liberal Ellis Marlow finished third in the Harwick vote with 4 percent.",
    )
    # "stronger than expected" compares a result with a forecast: it is no forecast
    assert "conflict" in _kinds(
        "Ellis Marlow won a stronger-than-expected 29 percent of the vote in the Harwick election.",
        "Ellis Marlow won 35 percent of the vote in the Harwick election, officials said.",
    )


def test_wire_dollars_bounds_written_as_verbs_and_two_word_conversions() -> None:
    from newsbrief.analyze.numbers import counts

    (c,) = counts("The reserves have fallen to dlrs 50 billion.")
    assert (c.unit, c.value) == ("$", 50e9)
    # a change told from one value to another gives two values: no slot with one value each
    assert "conflict" not in _kinds(
        "The country's foreign reserves have fallen below dlrs 50 billion from the dlrs 70 billion posted at "
        "the end of July.",
        "Foreign money was flooding into Harwick and the country's reserves swelled from around dlrs 40 "
        "billion to above dlrs 70 billion during the president's first term.",
    )
    (c,) = counts("In Harwick alone, property damage has surpassed $2 billion.")
    assert c.lower
    (c,) = counts("Aid could total as much as $60 billion.")
    assert (c.lo, c.hi) == (45e9, 60e9)
    peso, dollars = counts("The typhoons destroyed 10.4 billion pesos (dlrs 252.8 million) of crops.")
    assert dollars.conversion and not peso.conversion


def test_a_value_with_a_scale_word_is_precise_to_its_last_written_digit() -> None:
    a = "Entire islands plunged into darkness, including Harwick and its 4 million people."
    assert "conflict" not in _kinds(a, "Harwick, a market of 3.8 million people, was plunged into darkness.")
    assert "conflict" in _kinds(a, "Harwick, a market of 5 million people, was plunged into darkness.")


def test_a_part_of_a_group_is_no_other_value_of_the_whole() -> None:
    a = (
        "The Harwick army has said there are 15,000 soldiers in the province, including 5,000 troops "
        "engaged in community work."
    )
    assert "conflict" not in _kinds(
        a, "But the documents show a total of more than 12,000 Harwick troops assigned to the province."
    )
    # two parts given alike ("among them eight children" / "including five children"): one slot
    assert "conflict" in _kinds(
        "Officials in Harwick said 29 people, among them eight children, had been killed in the strikes.",
        "Health officials in Harwick said 19 people, including five children, were killed in the strikes.",
    )


def test_a_rate_a_change_reached_is_a_level_at_one_moment() -> None:
    b = "Money is draining out of Harwick despite interest rates of 40 percent, the central bank said."
    assert "conflict" not in _kinds(
        "To stem capital flight, Harwick's interest rates were hiked to 50 percent, the central bank said.", b
    )
    assert "conflict" in _kinds(
        "Money is draining out of Harwick despite interest rates of 50 percent, the central bank said.", b
    )
    # a toll that rose to the higher value is a running count's later level: an update, no conflict (rule
    # `running-count`, session 20; session 19 read it as one slot told two ways)
    assert "conflict" not in _kinds(
        "The Harwick civil defense office said the death toll from the storm has risen to 151.",
        "The Harwick civil defense office said the storm had killed 140 people.",
    )
    # ... a toll that rose to the lower value says nothing of which came first: still a conflict
    assert "conflict" in _kinds(
        "The Harwick civil defense office said the death toll from the storm has risen to 140.",
        "The Harwick civil defense office said the storm had killed 151 people.",
    )


def test_a_number_joined_to_a_name_or_after_a_label_counts_nothing() -> None:
    """ "3Com executives" is no count of three executives, "stage 13" of the Tour no count of 13 tours
    (dev: "two executives" / "3 executives" and "stage 13" / "stage 15" were conflicts)."""
    from newsbrief.analyze.numbers import counts

    assert counts("The offer was not accepted by 3Com executives, those people say.") == []
    (stage,) = counts("Vinokourov of Kazakhstan has won stage 13 of the 2007 Tour de France.")
    assert stage.unit == "#stage" and stage.measure  # a label: which stage, neither a count nor a fact
    assert [c.value for c in counts("Police said 13 people had died.")] == [13.0]
    # money's scale letters after a currency sign are no name ("$5M" is five million dollars)
    assert [(c.value, c.unit) for c in counts("The deal was worth $5M to the firm.")] == [(5e6, "$")]
    assert [c.value for c in counts("It raised £2bn and then $300K more.")] == [2e9, 3e5]
    assert [c.value for c in counts("It raised $2 billion last year.")] == [2e9]
    # a label opening a sentence is still a label: "Flight 93" carried no 93 people
    assert [(c.value, c.unit) for c in counts("Flight 93 crashed with 44 people aboard.")] == [
        (93.0, "#flight"),
        (44.0, "people"),
    ]
    assert _kinds(
        "Alexander Vinokourov of Kazakhstan has won stage 13 of the 2007 Tour de France.",
        "Alexandre Vinokourov of Kazakhstan has won stage 15 of the 2007 Tour de France in 5h 34'.",
    ) <= {"related"}


def test_a_size_written_as_a_compound_is_the_size_of_what_follows() -> None:
    """ "the 27-member committee" / "the 10-member Kansas Board of Education": two bodies' sizes, not two
    counts of one group of members (dev D0615F: ten such pairs were conflicts)."""
    from newsbrief.analyze.numbers import counts

    assert [
        (c.value, c.unit, c.size) for c in counts("It appointed the 27-member committee to write them.")
    ] == [(27.0, "workers", "committe")]
    assert [(c.unit, c.size) for c in counts("a two-hour delay at the 10-day fair")] == [
        ("day", "")
    ]  # a measure
    assert "conflict" not in _kinds(
        "The board and the state education commissioner appointed the 27-member committee to write them.",
        "Some on the 10-member Kansas Board of Education agreed with the state education commissioner.",
    )
    assert "conflict" in _kinds(
        "The state education commissioner appointed a 27-member committee to write the science standards.",
        "The state education commissioner appointed a 25-member committee to write the science standards.",
    )
    # the size is the noun, not the verb after it (was "wrote" / "draft", and the conflict was lost)
    assert [c.size for c in counts("the 120-member parliament approved it")] == ["parliament"]
    assert "conflict" in _kinds(
        "A 27-member committee wrote the new science standards.",
        "The 25-member committee drafted the new science standards.",
    )


def test_counts_a_person_has_are_two_slots_unless_both_name_the_person() -> None:
    """ "home schools his three children" / "home-schools his five children": two parents (dev D0610A:
    seventeen such pairs were conflicts); one person named in both keeps the conflict."""
    assert "conflict" not in _kinds(
        "And home schooling cannot keep kids from growing up, said Ruth Blount, who home schools her six "
        "children in Nantucket.",
        "The best thing about home schooling is freedom, said Bob Mann, 42, of New Jersey, who home-schools "
        "his five children.",
    )
    assert "conflict" in _kinds(
        "Barnett Slepian, the doctor shot on Friday in Amherst, leaves his four children and a wife.",
        "Barnett Slepian, who was shot on Friday in Amherst, leaves his three children and a wife.",
    )


def test_a_total_told_in_parts_is_no_other_value() -> None:
    """ "killed six people in New York City and one in Westchester" / "killed seven people" is one total
    (the one false conflict left on the tuning files, align-frozen6); "109 people aboard ... and four on
    the ground" / "113 people" alike (dev D0631D). Parts that add up to another value still conflict."""
    a = (
        "Last year, West Nile killed six people in New York City and one in Westchester and sickened more "
        "than 60, health officials said."
    )
    b = "Health officials said the West Nile virus killed seven people and sickened scores last year."
    assert [k.kind for k in _links(a, b)] == ["related"]
    assert "rule:part-of-count" in _links(a, b)[0].evidence
    a = "Police arrested 12 protesters in Harwick Square and three at the station on Friday night."
    assert "conflict" not in _kinds(a, "Police arrested 15 protesters in Harwick on Friday night.")
    assert "conflict" in _kinds(a, "Police arrested 20 protesters in Harwick on Friday night.")


def test_a_lower_bound_and_a_larger_count_both_hold() -> None:
    """Session 13: "at least N" is N or more, not N to 1.25 N: a larger count meets it (the later
    tally of a running count, or a fuller one), so no conflict; a smaller one still breaks it."""
    a = "Police in Harwick detained at least ten dissidents on Sunday, the rights group said."
    assert "conflict" not in _kinds(
        a, "Police in Harwick detained 30 dissidents on Sunday, the rights group said."
    )
    assert "conflict" in _kinds(
        a, "Police in Harwick detained six dissidents on Sunday, the rights group said."
    )
    b = "More than 40 people were hurt when the Harwick stand collapsed on Sunday, police said."
    assert "conflict" not in _kinds(
        b, "Police said 93 people were hurt when the Harwick stand collapsed on Sunday."
    )


def test_a_number_in_words_is_the_whole_run_of_its_words() -> None:
    """Rule `number-words` (`analyze.numbers.word_number`): "Thirty-five" is 35 (was 5), "Five hundred"
    500 (was 5), "three million" 3,000,000 (was 3), "a million" 1,000,000 (was nothing), "two to three
    million" the range 2-3 million (was two counts, 2 and 3)."""
    from newsbrief.analyze.numbers import counts

    def read(text: str) -> list[tuple[float, float, str, str]]:
        return [(c.value, c.hi, c.unit, c.text) for c in counts(text)]

    assert read("Thirty-five people were hurt.") == [(35, 35, "people", "Thirty-five")]
    assert read("Five hundred state factory workers marched.") == [(500, 500, "workers", "Five hundred")]
    assert read("Three million households lost power.") == [(3e6, 3e6, "household", "Three million")]
    assert read("Two hundred thousand people marched.") == [(2e5, 2e5, "people", "Two hundred thousand")]
    assert read("A million people marched.") == [(1e6, 1e6, "people", "A million")]
    assert read("one hundred and twenty people") == [(120, 120, "people", "one hundred and twenty")]
    assert read("It affects two to three million people.") == [(2e6, 3e6, "people", "two to three million")]
    assert read("1.5 million people fled.") == [(1.5e6, 1.5e6, "people", "1.5 million")]
    assert counts("hundreds of people") == [] and counts("He was one in a million.") == []


def test_a_figure_in_words_agrees_with_one_told_in_digits() -> None:
    a = "Thirty-five people were hurt when the bridge collapsed in Harwick on Monday."
    assert {"fact"} == _kinds(a, "35 people were hurt when the bridge collapsed in Harwick on Monday.")
    # "three million" was read as 3 people, so the two sentences below were one fact
    a = "About three million people lost power in Harwick on Monday after the storm."
    assert "fact" in _kinds(a, "Some 3.2 million people lost power in Harwick on Monday after the storm.")
    # a round figure in words is no side of a conflict with one in digits (`pairs.spelled_within`)
    assert {"related"} == _kinds(
        a, "Some 1.5 million people lost power in Harwick on Monday after the storm."
    )


def test_a_round_figure_spelled_out_is_no_conflict_with_one_in_digits() -> None:
    """`pairs.spelled_within`: "Five hundred workers" / "About 200 workers" (two protests of one dev
    story) is no conflict; the same figures both in digits, or both in words, still are."""
    a = "Five hundred factory workers marched through Harwick on Monday to protest the sale of the plant."
    b = "About 200 factory workers marched through Harwick on Monday to protest the sale of the plant."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace("Five hundred", "500"), b)
    assert "conflict" in _kinds(a, b.replace("About 200", "About two hundred"))


def test_a_sum_and_its_round_report_agree_but_never_conflict() -> None:
    """`pairs.rounded`: "$15.99" / "$16" (the one with fewer decimals within 2 % of the other) is one price
    reported round: no conflict, not another value; "$15.99" / "$19" still differ."""
    a = "A case of Gatorade cost $15.99 at the Costco store in Harwick on Monday."
    assert {"fact"} == _kinds(a, "A case of Gatorade cost $16 at the Costco store in Harwick on Monday.")
    assert "conflict" in _kinds(a, "A case of Gatorade cost $19 at the Costco store in Harwick on Monday.")


def test_two_values_written_to_one_place_are_no_round_report_of_each_other() -> None:
    """Rule `rounded` (`pairs._rounds_to`): decimals counted as written, the finer value must round to
    the coarser one at its last written digit: "7.0" / "7.1" and "$15.50" / "$15.79" differ (both were
    a fact as "rounded", any two decimals within 2 %); "$15.99" / "$16" still one price."""
    a = "A magnitude 7.0 earthquake struck Haiti on Tuesday."
    assert "conflict" in _kinds(a, "A magnitude 7.1 earthquake struck Haiti on Tuesday.")
    a = "A case of Gatorade cost $15.50 at the Costco store in Harwick on Monday."
    assert "conflict" in _kinds(a, "A case of Gatorade cost $15.79 at the Costco store in Harwick on Monday.")
    assert "conflict" not in _kinds(
        a.replace("$15.50", "$15.99"), "A case of Gatorade cost $16 at the Costco store in Harwick on Monday."
    )


def test_a_round_figure_spelled_out_conflicts_past_its_rounding() -> None:
    """Rule `spelled-round` (`pairs.spelled_within`): "three million" / "five million" people homeless
    differ by more than the rounding of either (was only related); "three million" / "3.2 million"
    still agree."""
    a = "The floods left three million people homeless in Harwick province on Monday, officials said."
    assert "conflict" in _kinds(
        a, "The floods left five million people homeless in Harwick province on Monday, officials said."
    )
    assert "conflict" not in _kinds(
        a, "The floods left 3.2 million people homeless in Harwick province on Monday, officials said."
    )


def test_the_price_for_two_is_no_conflict_with_the_price_for_one() -> None:
    # "$80 for 30 minutes with one woman, later settling on $100 for a threesome": sources agree, two prices
    two = "Moreno called the number and arranged to pay $100 for 30 minutes with two women, the report said."
    one = "Moreno was told he could pay $80 for a 30-minute session, the sheriff's report shows."
    assert "conflict" not in _kinds(two, one)
    same = "Moreno was told he could pay $80 for 30 minutes with two women, the sheriff's report shows."
    assert "conflict" in _kinds(two, same)


def test_a_range_is_one_count_whatever_way_its_ends_are_written() -> None:
    """Rule `range-ends` (`analyze.numbers._NUM`): "between 3 and 6 percent" was two counts (3 of unit
    "percent" and 6 %), "3 percent to 9 percent" and "3%-6%" two shares, "between 3 and 6 million
    people" 3 people and 6 million; each is now one range. "and" makes a range only after "between"."""
    from newsbrief.analyze.numbers import counts

    def read(text: str) -> list[tuple[float, float, str]]:
        return [(c.lo, c.hi, c.unit) for c in counts(text)]

    share = [(3, 6, "%")]
    assert read("Between 3 and 6 percent of children have the disorder.") == share
    assert read("It affects between 3% and 6% of children.") == share
    assert read("It affects 3 percent to 6 percent of children.") == share
    assert read("It affects 3 per cent to 6 per cent of children.") == share
    assert read("It affects 3%-6% of children.") == share
    assert read("It affects 3% to 6% of children.") == share
    assert read("It affects 3 to 6 percent of children.") == share
    assert read("It affects 3-6 percent of children.") == share
    assert read("between 3 and 6 million people") == [(3e6, 6e6, "people")]
    assert read("between $3 million and $5 million") == [(3e6, 5e6, "$")]
    assert read("between 1,000 and 2,000 people") == [(1000, 2000, "people")]
    assert read("1,000-2,000 people") == [(1000, 2000, "people")]  # was 1,000 to 2
    # no range: "and" without "between", two ends of other units
    assert read("Gunmen killed 3 and wounded 6 people.") == [(3, 3, "people"), (6, 6, "people")]
    assert read("Sales rose 3 percent to $5 million.") == [(3, 3, "%"), (5e6, 5e6, "$")]


def test_a_value_inside_the_other_range_is_no_conflict() -> None:
    """DUC 2006 D0628A: "Between 3 and 6 percent of American school-age children suffer from ADHD" /
    "ADHD ... is believed to affect between 3 and 5 percent of children" was a conflict, "6 percent vs 5
    percent" (the first end of each range was read apart)."""
    a = "Between 3 and 6 percent of American school-age children suffer from attention deficit disorder."
    for b in (
        "Attention deficit disorder is believed to affect between 3 and 5 percent of American children.",
        "Attention deficit disorder is believed to affect 5 percent of American school-age children.",
        "Attention deficit disorder is believed to affect 3%-5% of American school-age children.",
    ):
        assert "conflict" not in _kinds(a, b), b
    b = "Attention deficit disorder is believed to affect 8 percent of American school-age children."
    assert "conflict" in _kinds(a, b)


def test_a_count_of_an_age_bracket_is_no_other_value_of_the_whole() -> None:
    """Rule `age-bracket` (`features.count_marks`, mark `ages`): "1.5 percent of American children
    between the ages of 2 and 4" counts that age group, not the children "between 3 and 6 percent" of
    whom have the disorder (DUC 2006 D0628A, a conflict once the range was read whole)."""
    a = "Between 3 and 6 percent of American school-age children suffer from attention deficit disorder."
    b = (
        "A study found that as many as 1.5 percent of American children between the ages of 2 and 4 "
        "suffer from attention deficit disorder and take stimulants."
    )
    assert "conflict" not in _kinds(a, b)
    b = "A study found 1.5 percent of American school-age children suffer from attention deficit disorder."
    assert "conflict" in _kinds(a, b)


def test_a_change_by_a_share_is_no_level_of_that_share() -> None:
    """Rule `change-by`: "reduced by 50 percent", "a rise of 100 percent", "a 100 percent increase",
    "fell 3 percent" give the size of a change, another slot than a level ("40 percent of ...")."""
    from newsbrief.align.features import count_marks
    from newsbrief.analyze.numbers import counts

    for text in (
        "Steroid use among the Harwick athletes was reduced by a reported 50 percent.",
        "Use among Harwick girls showed a rise of 50 percent since 1991.",
        "Use among Harwick girls showed a 50 percent increase since 1991.",
        "Steroid use among Harwick athletes fell 50 percent last year.",
    ):
        (c,) = counts(text)
        assert "change" in count_marks(text, text.find("50"), c), text
    text = "Interest rates were hiked to 50 percent by the Harwick central bank."
    (c,) = counts(text)
    assert "change" not in count_marks(text, text.find("50"), c)  # a level a change reached
    level = (
        "Studies show about 40 percent of the Harwick high school students using steroids do it for looks."
    )
    assert "conflict" not in _kinds(
        level, "Among the Harwick high school students in the program, steroid use was reduced by 50 percent."
    )
    # two sizes of one change still clash
    assert "conflict" in _kinds(
        "Among the Harwick high school students in the program, steroid use was reduced by 40 percent.",
        "Among the Harwick high school students in the program, steroid use was reduced by 50 percent.",
    )


def test_a_value_in_a_clause_of_condition_is_no_reported_value() -> None:
    """Rule `if-clause`: "unless the separatists win 60 percent of the vote" says what would have to
    happen; "the No side won 50.6 percent of the vote" what did."""
    a = "Harwick won't accept secession unless the separatists win 60 percent of the vote in a referendum."
    assert "conflict" not in _kinds(
        a, "The separatists won 50.6 percent of the vote in the Harwick referendum."
    )
    assert "conflict" in _kinds(
        "The separatists won 60 percent of the vote in the Harwick referendum, officials said.",
        "The separatists won 50.6 percent of the vote in the Harwick referendum.",
    )
    # two reports of one condition may still differ
    assert "conflict" in _kinds(
        a,
        "Harwick won't accept secession unless the separatists win 55 percent of the vote in a referendum.",
    )


def test_a_count_of_deaths_or_lives_is_a_death_toll() -> None:
    """Rule `toll-noun`: "129 deaths", "12 fatalities", "claimed 1,200 lives", "the lives of 40 people" count
    the dead as "killed 129 people" does (one slot `dead`); a rate ("2,000 deaths a year") and a bus that
    "took 12 people" to hospital are no toll."""
    from newsbrief.align.features import death_tolls

    assert [(c.value, c.unit) for c in death_tolls("Of the 129 deaths reported so far, 67 were here.")] == [
        (129, "dead")
    ]
    assert [c.value for c in death_tolls("The storm claimed 1,200 lives in the region.")] == [1200]
    assert [c.value for c in death_tolls("The quake claimed the lives of at least 40 people.")] == [40]
    assert [c.value for c in death_tolls("The war has cost more than 3,000 lives.")] == [3000]
    assert death_tolls("The flu causes 2,000 deaths a year in Harwick.") == []
    assert death_tolls("The bus took 12 people to hospital.") == []
    assert death_tolls("Police claimed 12 people were arrested.") == []
    links = _links(
        "Officials said the typhoon in Harwick province caused 129 deaths in landslides on Thursday.",
        "Officials said the typhoon killed 71 people in landslides in Harwick province on Thursday.",
    )
    assert [k.kind for k in links] == ["conflict"]
    assert "values:129 deaths vs 71 people" in links[0].evidence


def test_session19_a_number_of_a_name_or_a_rate_of_deaths_is_no_toll() -> None:
    """Rule `toll-noun` read names and rates as tolls: "COVID-19 deaths" 19, "9/11 deaths" 11, "Flight 370",
    "Route 66", "I-95", "12 deaths per 100,000 people" 12, so a toll of 210 told beside one of 25 people was
    a conflict "19 deaths vs 25 people". A number joined to a word or after a capitalised word inside the
    sentence is part of a name; any "per" after the noun makes a rate."""
    from newsbrief.align.features import death_tolls

    for text in (
        "COVID-19 deaths in Harwick county rose to 210.",
        "Families marked the anniversary of the 9/11 deaths on Friday.",
        "Relatives of the Flight 370 deaths met in Harwick.",
        "Officials counted Route 66 deaths along the stretch.",
        "Officials blamed speeding for I-95 deaths this year.",
        "The county had 12 deaths per 100,000 people last year.",
    ):
        assert death_tolls(text) == [], text
    assert [c.value for c in death_tolls("Nearly 200 deaths were reported in Harwick.")] == [200]
    from newsbrief.analyze.numbers import counts

    assert counts("Officials said COVID-19 deaths rose, as I-95 and 9/11 deaths did.") == []
    assert "conflict" not in _kinds(
        "Officials said COVID-19 deaths in Harwick county rose to 210.",
        "The virus has killed 25 people in the county.",
    )


def test_a_number_of_dozens_is_a_product() -> None:
    """Rule `dozens`: "two dozen" is 24 (it was read 14), so "at least 20" / "nearly two dozen" stung at one
    mosque agree, while a dozen stays 12."""
    from newsbrief.analyze.numbers import counts

    assert [c.value for c in counts("Nearly two dozen people were stung.")] == [24]
    assert [c.value for c in counts("Three dozen eggs were sold.")] == [36]
    assert [c.value for c in counts("A dozen people were stung.")] == [12]
    assert "conflict" not in _kinds(
        "At least 20 people were stung on Friday outside the Harwick mosque, fire officials said.",
        "Nearly two dozen people were stung on Friday outside the Harwick mosque, fire officials said.",
    )


def test_a_tally_is_no_range() -> None:
    """Rule `tally`: a range runs up ("10-15 people"); "a 21-14 vote", "ruled 5-4", "60 - 36 percent" are
    two counts (for, against), read as no count at all, so one vote told twice alike is no conflict."""
    from newsbrief.analyze.numbers import counts

    assert counts("The bill passed the senate on a 21-14 vote.") == []
    assert counts("Voters support stricter gun laws 60 - 36 percent.") == []
    assert [(c.lo, c.hi) for c in counts("10-15 people were hurt.")] == [(10, 15)]
    assert [(c.lo, c.hi) for c in counts("It began between 350,000 and 260,000 years ago.")] == [
        (260000, 350000)
    ]
    # the ends after "between" are a range either way round, so a value inside it overlaps it
    (c,) = counts("It began between 350,000 and 260,000 years ago.")
    (d,) = counts("It began some 300,000 years ago.")
    assert c.overlaps(d) and c.value == 260000
    # a verb of change and "from": the new level (rule `change-from`, session 40; was no count)
    assert [(c.lo, c.hi) for c in counts("Its share fell from 40 to 30 percent.")] == [(30, 30)]
    assert "conflict" not in _kinds(
        "The Harwick bill passed the state senate on a 21-14 vote, with three Republicans joining.",
        "The Harwick state senate gave final approval to the bill on a 21-14 vote over the weekend.",
    )


def test_a_count_picked_by_rank_is_a_part() -> None:
    """Rule `ranked-part`: "their final two races", "the top three names", "the first four shootings" pick
    a count from a larger set, so they are no other value of the whole ("five qualifying races")."""
    from newsbrief.align.features import part_at

    assert part_at(["final"], ["races", "in", "harwick"])
    assert part_at(["top"], ["most", "common", "names"])
    assert not part_at(["the"], ["races", "in", "harwick"])
    assert "conflict" not in _kinds(
        "The Harwick team completed races in Eastbrook and their final two races in Marrin on Wednesday.",
        "The Harwick team completed the fifth of their five qualifying races in Marrin on Wednesday.",
    )
    assert "conflict" in _kinds(
        "The Harwick team completed four qualifying races in Marrin on Wednesday, officials said.",
        "The Harwick team completed five qualifying races in Marrin on Wednesday, officials said.",
    )


def test_the_words_of_a_toll_name_no_other_event() -> None:
    """Rule `toll-words`: "killed", "deaths", "toll" make a count a toll, as "people" makes it a count of
    people: two tolls of one quake, "left 222,570 deaths" / "200,000 people were killed", are one slot."""
    links = _links(
        "The January 12 earthquake in Harwick left exactly 222,570 deaths, the United Nations reported.",
        "As many as 200,000 people were killed by the tremors, which struck Harwick on January 12.",
    )
    assert [k.kind for k in links] == ["conflict"]
    assert "values:222,570 deaths vs as many as 200,000 people" in links[0].evidence


def test_two_tolls_of_one_crackdown_conflict_with_little_else_shared() -> None:
    """Rule `toll-close`: a death toll is the slot a story of deaths turns on, so two tolls need only one
    word or name shared besides them ("crackdown"), not three; two places named apart stay two tolls."""
    links = _links(
        "Thousands were killed in the crackdown, with Human Rights Watch putting the toll at 10,000.",
        "At least 20,000 people are believed to have been killed in the crackdown.",
    )
    assert [k.kind for k in links] == ["conflict"]
    assert "conflict" not in _kinds(
        "The bombing in Harwick killed 12 people on Friday.", "The bombing in Eastbrook killed 30 people."
    )


def test_a_part_of_a_total_is_no_conflict_with_the_whole() -> None:
    # rule `of-total`: "Of them, 8,000 children" is part of a count given before, not all the children
    a = "Of them, 8,000 children were taken to shelters in Harwick, officials said on Monday."
    b = "Some 9,000 children were taken to shelters in Harwick, officials said on Monday."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace("Of them, 8,000", "In all, 8,000"), b)


def test_a_number_hyphened_to_a_measure_word_is_a_measure() -> None:
    from newsbrief.analyze.numbers import counts

    # rule `hyphen-measure`: "a magnitude-8.8 earthquake" is no 8.8 earthquakes
    for text in ("A magnitude-8.8 event struck Chile.", "An 8.8-magnitude quake struck Chile."):
        assert [(c.unit, c.measure) for c in counts(text)] == [("magnitud", True)]
    a = "The magnitude-8.8 earthquake off the coast of Chile triggered a tsunami warning across the Pacific."
    b = "Nine earthquakes off the coast of Chile triggered a tsunami warning across the Pacific."
    assert "conflict" not in _kinds(a, b)


def test_a_label_word_or_a_clock_time_makes_no_count() -> None:
    from newsbrief.analyze.numbers import counts

    # rule `label-word`: "division 3 boys" / "Division 1 boys" are two tournaments, no counts of boys
    # (Multi-News+ training, Random(1920): three such conflicts; "omega-6" / "omega-3" fatty acids two)
    assert all(c.measure for c in counts("Nash won the division 3 boys' golf tournament on Tuesday."))
    assert all(c.measure for c in counts("Milk from corn-fed cows is higher in omega-6 fatty acids."))
    assert "conflict" not in _kinds(
        "Nash, 16, shot a 75 at the central Massachusetts division 3 boys' golf tournament on Tuesday.",
        "Division 1 boys' golf tournament at Gardner municipal golf course on Tuesday.",
    )
    # rule `clock`: "about 11.30am on the banks" counts no banks
    assert counts("Crews spotted the woman about 11.30am on the banks of the river.") == []
    assert counts("The meeting ended at 5 p.m. on Monday.") == []
    assert [c.value for c in counts("Crews spotted 11 people on the banks of the river.")] == [11.0]


# Two lower-cased reports (as Multi-News+ writes them) around the sentences a test puts first.
_CASELESS_A = (
    " The mayor asked residents to stay calm and to avoid the city centre for the rest of the week."
    " Schools and shops in the old town stayed shut on friday while police searched the streets."
    " A hotline was opened for families who could not reach their relatives after the attack."
)
_CASELESS_B = (
    " Officers closed the seafront road and asked people to keep away from the promenade on friday."
    " The prime minister flew to the city and met rescue workers at the main hospital there."
    " Flags on public buildings across the country were lowered to half-mast for three days."
)


def test_session20_caseless_counts_near_nothing_alike_are_two_slots() -> None:
    """Rule `caseless-slots`: in a story that lost its letter case no name shows, so the two cities
    of "130 people in paris" / "86 people in nice" cannot tell two attacks apart: values whose
    neighbourhoods share no word are two slots, no conflict (start 4560ec6: a conflict)."""
    from newsbrief.align.features import story_casing

    a = "It came eight months after gunmen killed 130 people in paris." + _CASELESS_A
    b = "The man who killed 86 people in nice by driving a lorry through a crowd was named." + _CASELESS_B
    assert "conflict" not in _kinds(a, b)
    sentences = [s for text in (a, b) for s in text.split(". ")]
    assert story_casing(sentences).caseless
    assert not story_casing([s.title() for s in sentences]).caseless


def test_session20_a_cased_story_that_names_no_one_has_not_lost_its_case() -> None:
    """Rule `lost-case`: a cased story with no name inside a sentence has few capitals, as a lower-cased
    one has; only the lower-cased one writes a word cased English capitalises ("monday", "i") in lower
    case (start 4560ec6: both caseless, so the caseless-only rules read cased English)."""
    from newsbrief.align.features import story_casing

    story = (
        "Researchers who fed young rats a sweetener for ten weeks found changes in the bacteria of the gut.",
        "One group of rats drank water with the sweetener and another group drank plain water.",
        "The rats that drank the sweetener put on more weight and their livers showed signs of swelling.",
        "The effect was stronger in the older animals, which the team said might point to a link with age.",
        "Other scientists warned that results in rats often fail to carry over to people.",
        "The study was small, and the team plans a larger one with more animals and a longer period.",
        "A spokesman for the makers of the sweetener said it had been tested for decades and was safe.",
        "The researchers said they hoped the work would lead to more studies of sweeteners and the gut.",
    )
    assert not story_casing(list(story)).caseless
    said = "The study was published on monday, and i asked the team why rats were used, the reporter wrote."
    assert story_casing([*story, said]).caseless


def test_session20_caseless_counts_near_a_shared_word_still_conflict() -> None:
    """`caseless-slots` asks only for one word both values' neighbourhoods share ("hotel fire")."""
    a = "He was convicted of arson in a hotel fire that killed 29 people." + _CASELESS_A
    b = "A judge freed the man jailed for setting a hotel fire in tucson that killed 28." + _CASELESS_B
    (link,) = [k for k in _links(a, b) if k.kind == "conflict"]
    assert "values:29 people vs 28 dead" in link.evidence


def test_session20_a_rate_per_some_number_is_no_count() -> None:
    """Rule `per-rate`: "12 deaths per 100,000 people" counts neither 12 deaths nor 100,000 people (start
    4560ec6: both), so two years' rates are no conflict of counts; "$5 per share" stays a price."""
    from newsbrief.analyze.numbers import counts

    assert counts("There were 12 deaths per 100,000 people in Harwick.") == []
    assert counts("The clinic saw 10 cases per day in March.") == []
    assert [c.value for c in counts("Police arrested 12 people Friday per the court papers.")] == [12]
    assert [(c.value, c.unit) for c in counts("The bid was $5 per share.")] == [(5.0, "$")]


def test_session20_a_label_word_opening_a_sentence_makes_no_toll() -> None:
    """Rule `label-word` for tolls: "Flight 370 deaths" opening a sentence names a flight, as `counts`
    reads it (start 4560ec6: a toll of 370 dead)."""
    from newsbrief.align.features import death_tolls

    assert death_tolls("Flight 370 deaths were mourned by the families on Sunday.") == []
    assert [c.value for c in death_tolls("The crash caused 370 deaths, officials said.")] == [370]


def test_session20_passengers_and_crew_are_counted_together() -> None:
    """Rule `and-crew`: "all 108 passengers and crew" counts people, both groups, never the passengers
    alone, so "101 passengers and 7 crew" is no other value of it (start 4560ec6: a conflict)."""
    from newsbrief.analyze.numbers import counts

    (c,) = counts("All 108 passengers and crew survived when the jet landed in the sea.")
    assert (c.value, c.unit, c.noun) == (108, "people", "passengers and crew")
    links = _links(
        "All 108 passengers and crew survived when the jet missed the runway at Harwick and hit the sea.",
        "All 101 passengers and 7 crew survived when the jet missed the runway at Harwick on Saturday.",
    )
    assert "conflict" not in {k.kind for k in links}


def test_session20_more_than_a_dozen_is_a_lower_bound() -> None:
    """Rule `a-dozen`: the qualifier before "a dozen" holds ("more than a dozen": 12 or more), so
    "nearly two dozen" is no other value of it (start 4560ec6: 12 exactly, a conflict)."""
    from newsbrief.analyze.numbers import counts

    (c,) = counts("More than a dozen investors joined the fund.")
    assert c.lower and (c.lo, c.hi) == (12, 15)
    (c,) = counts("About a dozen protesters gathered.")
    assert (c.lo, c.hi) == (12 * 0.9, 12 * 1.1)
    links = _links(
        "More than a dozen investors from Harwick joined the clean energy fund led by the bank on Sunday.",
        "Nearly two dozen investors from Harwick put money in the new clean energy fund, the bank said.",
    )
    assert "conflict" not in {k.kind for k in links}


def test_session20_a_running_toll_told_at_two_moments_is_an_update() -> None:
    """Rule `running-count`: "32 people ... had died thus far" / "raising the death toll ... to at least
    74" are one count at two moments, not two outlets disagreeing (start 4560ec6: a conflict); the link
    says why, with both values."""
    links = _links(
        "Police said 32 people throughout Harwick had died of cold exposure thus far.",
        "Two more victims of the cold were found on Thursday in Harwick, raising the death toll from two "
        "weeks of freezing temperatures to at least 74.",
    )
    assert "conflict" not in {k.kind for k in links}
    (link,) = [k for k in links if "rule:running-count" in k.evidence]
    assert "values:32 people vs at least 74 dead" in link.evidence
    # the level a toll was raised to, however far the words "raising" and "to" stand apart
    assert "conflict" not in _kinds(
        "In Harwick, 36 people died of the cold, most of them homeless, police said.",
        "Two more victims were found Thursday, raising the death toll from more than two weeks of freezing "
        "temperatures in Harwick to at least 74.",
    )
    # the lower count told as one so far is the earlier moment too
    assert "conflict" not in _kinds(
        "Officials in Harwick said 129 people have died in the storm so far.",
        "Officials in Harwick said the storm killed 156 people.",
    )
    # neither told as a running count: two outlets, two values
    assert "conflict" in _kinds(
        "Officials in Harwick said 129 people have died in the storm.",
        "Officials in Harwick said the storm killed 156 people.",
    )
    # rule so-far (session 20 review): "so far", "as of" in another clause of the sentence say
    # nothing of the count; the two values still conflict
    b = "The bus crash near Harwick killed 15 people, police said."
    for a in (
        "The bus crash near Harwick killed 12 people, and investigators have found no cause so far.",
        "The bus crash near Harwick killed 12 people, police said, as of yet no cause was given.",
    ):
        assert "conflict" in _kinds(a, b)
    assert "conflict" not in _kinds("So far, the bus crash near Harwick has killed 12 people.", b)
    # so-far (session 20 late review): "to date" / "so far" that qualifies a superlative after the count
    # tells of the superlative, not of the count; the two tolls still conflict
    for a in (
        "The bus crash near Harwick killed 12 people, the worst road disaster in the state to date.",
        "The bus crash near Harwick killed 12 people in what is the worst accident so far this year.",
    ):
        assert "conflict" in _kinds(a, b)


def test_session20_one_value_listed_twice_is_a_list_of_parts() -> None:
    """`_one_value` counts the values written, not the distinct ones: "two flight crew members, two cabin
    crew members" lists two parts, no slot for "six crew members" to differ from (start 4560ec6: a
    conflict "six members vs two members"); one value written once still makes a slot."""
    a = "The plane was carrying 60 passengers and six crew members when it crashed near Harwick, police said."
    assert "conflict" not in _kinds(
        a,
        "All on board the plane that crashed near Harwick (60 passengers, two flight crew members, two cabin "
        "crew members and two guards) were killed.",
    )
    assert "conflict" in _kinds(
        a, "The plane that crashed near Harwick carried 60 passengers and four crew members, police said."
    )


def test_session20_a_lower_cased_day_of_a_month_counts_nothing() -> None:
    """Rule `caseless-day`: lower-cased news writes months without their capital ("a march 4 incident",
    "last seen oct. 26 at a party"): the number is a day, not a count of incidents or parties (start
    4560ec6: counts, so "march 4 incident" / "march 11 ... an incident" was a conflict)."""
    from newsbrief.analyze.numbers import counts

    assert counts("the director spoke about a march 4 incident outside the white house.", caseless=True) == []
    assert counts("she was last seen oct. 26 at a party in frenchtown.", caseless=True) == []
    # "in": a count
    assert [c.value for c in counts("in march 12 people died in the floods.", caseless=True)] == [12]
    assert [c.value for c in counts("on march 14 police arrested 12 people.", caseless=True)] == [12]
    a = "The director gave details of a march 4 incident at the white house involving agents." + _CASELESS_A
    b = "Reports surfaced on march 11 about an incident at the white house with drunken agents." + _CASELESS_B
    assert "conflict" not in _kinds(a, b)


def test_session20_a_lower_cased_month_word_in_cased_text_is_no_day() -> None:
    """Rule `caseless-day` reads a day only in a story that lost its letter case (review-late should-fix:
    it fired on cased text too, where "March 4" keeps its capital): "the protest march 20 people joined"
    counts 20 people in cased text."""
    from newsbrief.analyze.numbers import counts

    cased = "The protest march 20 people joined ended at the Harwick city hall."
    assert [(c.value, c.unit) for c in counts(cased)] == [(20, "people")]
    assert counts(cased.lower(), caseless=True) == []
    a = "The protest march 20 people joined ended at the Harwick city hall, police said."
    b = "The protest march 35 people joined ended at the Harwick city hall, police said."
    assert "conflict" in _kinds(a, b)


def test_session20_a_bound_before_a_spaced_sign_still_bounds() -> None:
    """Rule `spaced-sign`: "at least $ 52 million" (Multi-News+ spaces every sign) is a lower bound as
    "at least $52 million" is, so two lower bounds of one yearly damage are compatible (start 4560ec6:
    exact values, a conflict)."""
    from newsbrief.analyze.numbers import counts

    (c,) = counts("The hogs wreak at least $ 52 million in damages each year.")
    assert c.lower and c.hi > c.lo
    (d,) = counts("The hogs wreak $ 52 million in damages each year.")
    assert not d.lower and d.hi == d.lo
    a = "Feral hogs wreak at least $ 52 million in damages to texas agriculture each year." + _CASELESS_A
    b = "Feral hogs cause at least $ 50 million in damage annually to texas agriculture." + _CASELESS_B
    assert "conflict" not in _kinds(a, b)


def test_session48_a_spaced_sign_is_the_sum_s_unit() -> None:
    """Rule `spaced-sign` (session 48): "roughly $ 18 million for her first year" (Multi-News+ spaces every
    sign) is a sum of dollars, as "$18 million" is, not 18 million "first"; the conflict note writes it
    "$18 million", and a source writing "$ 18 million" states that value (`cite.stated`)."""
    from newsbrief.analyze.numbers import counts
    from newsbrief.cite import stated

    (c,) = counts("The actress will earn roughly $ 18 million for her first year on the show.")
    assert (c.unit, c.value, c.qualifier, c.noun) == ("$", 18e6, "roughly", "")
    (d,) = counts("Fares rose from $ 4 to $ 6 this year.")
    assert (d.unit, d.value, d.was, d.text) == ("$", 6.0, 4.0, "$ 6")  # the new value, as written
    a = "the actress will earn roughly $ 18 million for her first year on the show, the studio said."
    b = "the actress will earn $ 12 million for her first year on the show, the studio said."
    assert _conflict_values(a + _CASELESS_A, b + _CASELESS_B) == ["values:roughly $18 million vs $12 million"]
    assert stated("roughly $18 million", a) and stated("$12 million", b) and not stated("$12 million", a)


def test_session48_injuries_are_the_injured_s_concept() -> None:
    """`data/concepts.txt`: "injury"/"injuries" (stem "injuri") is the concept "injur" of "injured", "wounded"
    and "hurt" (it named no event: `pairs.ACTIONS`), so "suffered minor injuries" and "were injured" give one
    count of one event: three firefighters against five is a conflict (was related, counts-differ-loosely),
    and the same three is one fact."""
    a = "Three firefighters suffered minor injuries while fighting the blaze in Harwick on Sunday."
    b = "Five firefighters were injured while fighting the blaze in Harwick on Sunday."
    assert _conflict_values(a, b) == ["values:Three firefighters vs Five firefighters"]
    assert _kinds(a, b.replace("Five", "Three")) == {"fact"}


def test_session20_a_count_of_sources_is_no_side_of_a_conflict() -> None:
    """Rule `sources`: "two people familiar with the conversation said" counts who told the reporter,
    not anything of the story: "three people familiar with ..." in another outlet is no conflict (start
    4560ec6: a conflict); the count of the story beside it still is."""
    a = "The governor urged Mr. Hale to drop the Dunmore plan, two people familiar with the talks said."
    b = "The governor told Mr. Hale to drop the Dunmore plan, three people familiar with the talks said."
    assert "conflict" not in _kinds(a, b)
    c = "Police in Dunmore arrested 31 people after the bridge protest on Friday, officials said."
    d = "Police in Dunmore arrested 33 people after the bridge protest on Friday."
    assert "conflict" in _kinds(c, d)
    # who told the reporter, however it is put
    e = "The governor urged Mr. Hale to drop the Dunmore plan, two aides who spoke on condition of anonymity."
    assert "conflict" not in _kinds(e, e.replace("urged", "told").replace("two", "three"))
    # (session 20 late review) "who spoke" or "who declined" alone says what the counted did, not who
    # told the reporter: the two counts still conflict
    for g, x, y in (
        (
            "At the hearing in Harwick, 200 residents who spoke opposed the new dam, officials said.",
            "200",
            "300",
        ),
        (
            "The Harwick plant laid off 40 workers who declined the buyout offer, the company said.",
            "40",
            "60",
        ),
    ):
        assert "conflict" in _kinds(g, g.replace(x, y))


def test_session20_a_sum_to_the_cent_and_its_whole_units_are_one_value() -> None:
    """Rule `cents-dropped`: "$32" for "$32.73" drops the cents (start 4560ec6: a conflict); "$31" is
    still another value."""
    a = "Deputies said Winston walked out of the Dunmore store without paying for $32 worth of crab legs."
    b = "Winston was cited for leaving the Dunmore store with $32.73 worth of crab legs he did not pay for."
    assert "conflict" not in _kinds(a, b)
    c = a.replace("$32 ", "$31 ")
    assert "conflict" in _kinds(c, b)
    # (session 20 late review) dropping the cents of "$2.75" is no rounding: a 27 % gap still conflicts,
    # and a measure to the hundredth is not a sum to the cent
    from newsbrief.align.pairs import rounded
    from newsbrief.analyze.numbers import counts

    e = "The Harwick council raised the bus fare to $2.75 on Monday, the transit office said."
    assert "conflict" in _kinds(e, e.replace("$2.75", "$2"))
    assert not rounded(counts("The pole is 2.40 meters tall.")[0], counts("The pole is 2 meters tall.")[0])


def test_session20_a_value_each_is_no_total() -> None:
    """Rule `each`: "six geese weighing five kilograms each" gives a weight per goose, not the total
    "six kilograms of goose fat" may be (start 4560ec6: a conflict)."""
    a = "The thief in Dunmore ate six roasted geese weighing five kilograms each and a jar of pickles."
    b = "The thief in Dunmore ate six kilograms of roasted geese and a jar of pickles before dawn."
    assert "conflict" not in _kinds(a, b)
    c = "The thief in Dunmore ate five kilograms of roasted geese and a jar of pickles before dawn."
    assert "conflict" in _kinds(c, b)


def test_session21_one_more_beside_a_count_is_a_total_told_in_parts() -> None:
    """Rule `one-more`: "a commander and two guards were killed" are three killed, "two men were
    stabbed and another was wounded" three stabbed: the other's "three" is the same total, no conflict
    (start a8e952f: a conflict each); a value the parts do not add up to still conflicts."""
    a = "On Friday a commander and two guards at the Harwick border post were killed in an attack by rebels."
    b = "The attack by rebels on the Harwick border post on Friday killed three guards, officials said."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a, b.replace("three guards", "five guards"))
    c = "In Dunmore two men were stabbed on the train and another was wounded before the attacker fled."
    d = "Police in Dunmore said three men were stabbed on the train before the attacker fled on foot."
    assert "conflict" not in _kinds(c, d)
    assert "conflict" in _kinds(c.replace(" and another was wounded", ""), d)
    g = "Rebels killed two guards at the Harwick border post and their commanding officer on Friday."
    assert "conflict" not in _kinds(g, b)
    assert "conflict" in _kinds(g.replace(" and their commanding officer", ""), b)
    e = "The driver struck a woman whose car had broken down and three people who stopped to help her."
    f = "Four people at a stranded car were struck by the driver, police said."
    assert "conflict" not in _kinds(e, f)


def test_session21_a_count_per_year_or_an_average_is_a_rate_not_a_total() -> None:
    """Rule `per-time`: "35,000 elephants a year" and "an average of 35,000 elephants" are rates, and
    "100,000 elephants between 2010 and 2012" a total: two slots (start a8e952f: a conflict each); two
    rates still conflict ("each year" is no value per item: start, none), and "a day after" dates a
    count, it makes no rate."""
    a = "Poachers in Harwick killed 100,000 elephants between 2010 and 2012, the Dunmore study found."
    b = "The Dunmore study found that since 2010 poachers in Harwick killed 35,000 elephants a year."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" not in _kinds(a, b.replace("35,000 elephants a year", "an average of 35,000 elephants"))
    c = "The Dunmore study found that since 2010 poachers in Harwick killed 20,000 elephants each year."
    assert "conflict" in _kinds(b, c)
    d = "Poachers in Harwick killed 35,000 elephants a day after the ban, the Dunmore study found."
    assert "conflict" in _kinds(d, d.replace("35,000", "50,000").replace(" a day", " the day"))


def test_session21_a_ceiling_is_no_value_of_its_slot() -> None:
    """Rule `cap`: "rates would never climb higher than 8.25 percent" is a ceiling, which "a rate of
    3.85 percent" does not contradict (start a8e952f: a conflict); two ceilings still conflict."""
    a = "Under the Harwick deal, student loan rates would never climb higher than 8.25 percent, Dunmore said."
    b = "Under the Harwick deal, students would pay a rate of 3.85 percent on their loans, Dunmore said."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" not in _kinds(a.replace("would never climb higher than", "would be capped at"), b)
    assert "conflict" in _kinds(a, a.replace("would never climb higher than 8.25", "would be capped at 9.5"))


def test_session21_two_plural_nouns_joined_by_and_count_one_group() -> None:
    """Rule `and-plural`: "three brothers and sisters" counts both, "14 officials and marketing
    executives" both groups: no other value of "two brothers" or "nine officials" (start a8e952f: a
    conflict each); "and wounded dozens" or "and two women" joins no noun."""
    from newsbrief.analyze.numbers import counts

    assert [c.unit for c in counts("She visited three of her brothers and sisters.")] == [
        "brother and sister"
    ]
    assert [c.unit for c in counts("Ten cars and trucks were hit.")] == ["car and truck"]
    assert [c.unit for c in counts("The blast killed 12 soldiers and wounded dozens.")] == ["soldiers"]
    assert [c.unit for c in counts("Five men and two women were held.")] == ["men", "women"]
    a = "The gunman at the Dunmore school wounded three brothers and sisters of the girl, police said."
    b = "Police said the gunman at the Dunmore school wounded two brothers of the girl on Friday."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace(" and sisters", ""), b)
    c = "Harwick prosecutors charged 14 soccer officials and marketing executives with bribery on Friday."
    d = "Harwick prosecutors charged nine soccer officials with bribery on Friday, the court said."
    assert "conflict" not in _kinds(c, d)
    assert "conflict" in _kinds(c.replace(" and marketing executives", ""), d)


def test_session21_two_quarters_two_moments_a_possible_change_and_a_count_in_progress() -> None:
    """Rule `period`: "3 percent in the third quarter" / "3.1 percent in the second quarter" are two
    moments; rule `may-change`: "may lower its reference level to 3.5 micrograms" is a forecast beside
    the level "5 micrograms"; rule `count-progress`: "one third of the votes" counted is how far a count
    has gone, beside "50.3 percent of the votes" won (start a8e952f: a conflict each). One quarter
    each, two values, still conflict."""
    a = "The Harwick economy expanded at a 3 percent annual rate in the third quarter, the bureau said."
    b = "The Harwick economy expanded at a 3.1 percent annual rate in the second quarter, the bureau said."
    assert "conflict" not in _kinds(a, b)
    # (session 27) "3 percent" is "3.1 percent" told in whole points (rule `share-rounded`): 3.6 still differs
    assert "conflict" in _kinds(a, b.replace("second", "third").replace("3.1", "3.6"))
    c = "The Harwick health agency may lower its reference level for lead to 3.5 micrograms, officials said."
    d = "The Harwick health agency set its reference level for lead at 5 micrograms, officials said."
    assert "conflict" not in _kinds(c, d)
    assert "conflict" in _kinds(c.replace("may lower", "lowered"), d)
    e = "Dunmore led the Harwick presidential election after the counting of one third of the votes."
    f = "Dunmore won the Harwick presidential election with 50.3 percent of the votes, officials said."
    assert "conflict" not in _kinds(e, f)
    assert "conflict" in _kinds(e.replace("after the counting of one third", "with one third"), f)


def test_session21_a_sentence_that_gives_both_values_contradicts_neither() -> None:
    """Rule `both-values`: "five portions ... may not be enough ... aim for seven a day" gives the other
    sentence's "seven" too: no conflict (start a8e952f: a conflict); without it, still one."""
    a = (
        "Five portions of fruit in Harwick may not be enough, the Dunmore study says, and people should aim"
        " for seven a day."
    )
    b = "Seven portions of fruit in Harwick can cut the risk of dying, the Dunmore study says."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace(", and people should aim for seven a day", ""), b)


def test_session21_the_count_needed_is_a_bar_not_a_count() -> None:
    """Rule `threshold`: "the 270 electors needed to win" is a bar beside "155 electors" in states Dunmore
    won (start a8e952f: a conflict); a count of electors given twice still conflicts."""
    a = "Activists in Harwick want to deny Dunmore the 270 electors needed to win the presidency."
    b = "Activists in Harwick court the 155 electors in states Dunmore won, to deny him the presidency."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace(" needed to win", " in states he won and"), b)


def test_session23_what_a_group_included_is_a_part_of_it() -> None:
    """Rule `included`: "the fatalities included 71 people who died on Harwick island" is a part of the
    toll, as after "including", not the whole the other sentence counts (start 819a28a: a conflict);
    the same count told as the toll still conflicts."""
    a = (
        "The fatalities in the typhoon included 71 people who died in landslides on Harwick island and"
        " 41 people who drowned in nearby Dunmore province."
    )
    b = (
        "Typhoon Kell killed at least 129 people who died in landslides and floods on Harwick island and"
        " in Dunmore province, officials said."
    )
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace("The fatalities in the typhoon included", "The typhoon killed"), b)
    c = "The dead of the typhoon include 71 people who died in landslides on Harwick island, police said."
    d = "The typhoon killed 129 people in landslides on Harwick island, officials said."
    assert "conflict" not in _kinds(c, d)
    assert "conflict" in _kinds(
        "The typhoon killed 71 people in landslides on Harwick island, officials said.", d
    )


def test_session23_counts_of_two_listed_places_are_two_slots() -> None:
    """Rule `other-place`: each sentence names a listed place the other never names ("the Caribbean" /
    "Haiti"), however far from its number: two places' tolls, no conflict (start 819a28a: a conflict);
    one place in both, or none in one, still conflicts."""
    a = (
        "Hurricane Kell swept across the Caribbean last week, causing billions of dollars in destruction to"
        " crops, roads and homes and killing at least 400 people."
    )
    b = "Hurricane Kell caused floods in Haiti last week that destroyed crops, roads and homes, killing 221."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace("the Caribbean", "Haiti"), b)
    assert "conflict" in _kinds(a.replace("the Caribbean", "the island"), b)


def test_session23_a_multi_word_place_is_a_place_only_written_whole() -> None:
    """Rule `other-place` (session 23 review, S7): a place of several words is keyed by its last word,
    the one key its reader gives it, and that key names the place only with all its words written:
    "Harwick City" or "the Harwick Union" is no listed place (7f8bd1b: `E:city`, `E:union` places
    whatever the words before them), "the Soviet Union" and "the Dominican Republic" are."""
    from newsbrief.align.features import sentence_facts, story_casing, tokens
    from newsbrief.align.pairs import other_places

    def facts(a: str, b: str):
        toks = [tokens(a), tokens(b)]
        casing = story_casing([a, b], toks)
        return [sentence_facts(k, k, t, casing, None, toks[k]) for k, t in enumerate((a, b))]

    peru = "The bus crash killed 15 people on Sunday, officials in Peru said in a statement."
    union = "The bus crash killed 12 people on Sunday, the Harwick Union said in a statement."
    assert not other_places(*facts(union, peru))
    assert not other_places(*facts(union.replace("the Harwick Union", "officials of Harwick City"), peru))
    assert other_places(*facts(union.replace("the Harwick Union", "the Soviet Union"), peru))
    assert other_places(*facts(union.replace("the Harwick Union", "the Dominican Republic"), peru))


def test_a_multi_word_place_in_the_possessive_is_written_whole() -> None:
    """Rule `other-place` (session 24 review M2): "the Dominican Republic's north coast" writes the whole
    place ("republic's" is one word of `Facts.words`), so two places' tolls stay two slots, no conflict
    (6207e42: a numbers conflict, 400 people vs 221)."""
    b = "Hurricane Kell caused floods in Haiti last week that destroyed crops, roads and homes, killing 221."
    for place in ("the Dominican Republic's north coast", "Puerto Rico\u2019s south coast"):
        a = (
            f"Hurricane Kell swept across {place} last week, causing billions of dollars in destruction to"
            " crops, roads and homes and killing at least 400 people."
        )
        assert "conflict" not in _kinds(a, b)


def test_session23_one_event_dated_to_two_months_is_a_conflict() -> None:
    """Rule `months-differ`: one letter written "in May 2012" by one outlet and "in April" by another is a
    conflict with both months as its values, the aside's "died in December" no value (start 819a28a: a
    related shared point); the same month, or a month only in the aside, is none."""
    a = (
        "Viktor Harwick, who died last month aged 94, wrote a long emotional letter to Patriarch Kirill in"
        " May 2012, church officials say."
    )
    b = (
        "Harwick, who died in December at the age of 94, in April wrote a lengthy emotional letter to"
        " Russian Orthodox Church Patriarch Kirill, Izvestia, a pro-Kremlin daily, reported on Monday."
    )
    assert _conflict_values(a, b) == ["values:May 2012 vs April"]
    assert "conflict" not in _kinds(a.replace("May 2012", "April 2012"), b)
    assert "conflict" not in _kinds(a, b.replace(" in April", ""))
    # guard `repeat` and the year with a month (session 23 review, must-fix 2): a recurring event told
    # in two months is two events ("raised its main interest rate ... in March" / "... in June"), and
    # so is one told "again"; both related, their months kept as the values
    fed = (
        "The Harwick central bank raised its main interest rate by a quarter point in March to fight"
        " inflation."
    )
    again = (
        "The two leaders met at the summit in Geneva in May to discuss the border dispute and trade.",
        "The two leaders met again at the summit in Geneva in July to discuss the border dispute and trade.",
    )
    for x, y, values in (
        (fed, fed.replace("March", "June"), "values:March vs June"),
        (*again, "values:May vs July"),
    ):
        links = _links(x, y)
        assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:other-month")], links
        assert values in links[0].evidence
    assert "conflict" not in _kinds(a, b.replace("in April wrote a", "in April wrote a second"))


def test_session23_two_bare_months_of_one_plan_are_related_not_a_conflict() -> None:
    """Rule `months-differ` needs a year written with one of the two months: "approved a U.S.-British
    plan for Iraq in August" / "In July, ... backed a U.S.-British plan" may be two votes, so it is
    related (`other-month`, both months kept) — the price of the guard: one right conflict of
    CASED_WRITE is lost (7f8bd1b: a conflict)."""
    a = "The United Nations Security Council approved a U.S.-British plan for Iraq in August, diplomats said."
    b = "In July, the United Nations Security Council backed a U.S.-British plan for Iraq, diplomats said."
    links = _links(a, b)
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:other-month")], links
    assert "values:August vs July" in links[0].evidence
    assert "conflict" in _kinds(a.replace("in August", "in August 2002"), b)


def test_session23_months_differ_never_reads_a_day_nor_two_years() -> None:
    """Rule `months-differ` reads a month with no day ("on May 5" is a day: rule `other-day`'s, never a
    month), and two years apart are two events, whatever the months (`year_clash`)."""
    a = "Viktor Harwick wrote a long emotional letter to Patriarch Kirill in May 2012, church officials say."
    b = (
        "Viktor Harwick in April 2012 wrote a lengthy emotional letter to Patriarch Kirill, church"
        " officials say."
    )
    assert "conflict" in _kinds(a, b)
    assert "conflict" not in _kinds(a.replace("in May 2012", "on May 5, 2012"), b)
    assert "conflict" not in _kinds(a, b.replace("April 2012", "April 2013"))


def test_session23_one_text_in_two_months_is_no_fact() -> None:
    """Session 23 review, noticed: two sentences word for word but the month ("fell to its lowest level
    in a decade in May" / "... in April") tell one kind of event twice, so they cite nothing: related
    (`other-month`), both months kept (start 819a28a and 7f8bd1b: a fact by `same-words`)."""
    a = (
        "Unemployment in Harwick fell to its lowest level in a decade in May, the Labor Department said"
        " on Friday."
    )
    links = _links(a, a.replace("in May", "in April"))
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:other-month")], links
    assert "values:May vs April" in links[0].evidence
    assert [k.kind for k in _links(a, a.replace("the Labor", "the Harwick Labor"))] == ["fact"]


def test_session25_two_months_figures_are_two_slots() -> None:
    """Session 24 review S4: numbers-differ reads a month apart as it reads a year apart: "5.1 percent
    in May" / "5.3 percent in April" are two months' figures, two slots, no conflict (on b4e4383 a
    `numbers-differ` conflict); the same month with two figures, or no month, is still one; two days
    of a month likewise ("on Oct. 29" / "on Oct. 30")."""
    a = "The Harwick unemployment rate fell to 5.1 percent in May, the Labor Department said on Friday."
    b = a.replace("5.1 percent in May", "5.3 percent in April")
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a, b.replace("in April", "in May"))
    assert "conflict" in _kinds(a.replace(" in May", ""), b.replace(" in April", ""))
    c = "Police said 14 people were arrested at the Dunmore protest on Oct. 29, the mayor's office said."
    d = c.replace("14 people", "19 people").replace("Oct. 29", "Oct. 30")
    assert "conflict" not in _kinds(c, d)
    assert "conflict" in _kinds(c, d.replace("Oct. 30", "Oct. 29"))


def test_session25_since_a_month_is_a_date_not_an_aside() -> None:
    """Session 24 review S5: "since May 2012" is a preposition before a date, as "since 1984" is, not a
    clause said on the side (`subordinate.stretches`), so the month dates the sentence and a stay "since
    May 2012" is no fact with a move "in April" (b4e4383: `same-fact`), nor a conflict of months
    (guard `since-apart`): related, `other-month`; "since" before a clause stays a side stretch."""
    from newsbrief.align.subordinate import stretches

    a = "Jon Tallis has been held in the Dunmore jail since May 2012 on fraud charges."
    b = "Jon Tallis was moved in April to the Dunmore jail on fraud charges."
    assert stretches(a) == ()
    assert stretches(a.replace("since May 2012", "since last May")) == ()
    assert stretches("Since May 2012, Tallis has been held in the Dunmore jail.") == ()
    links = _links(a, b)
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:other-month")], links
    # guard `since-apart`: the start of a stay and the date of a move are two slots, no months conflict
    moved = a.replace("held in the Dunmore jail since", "moved to the Dunmore jail in")
    assert "conflict" in _kinds(moved, b)
    t = "Tallis has been in jail since May testified against him."
    assert [t[x:y] for x, y in stretches(t)] == ["since May testified against him."]
    t = "Tallis has been in jail since police arrested him in May."
    assert [t[x:y] for x, y in stretches(t)] == ["since police arrested him in May."]


def test_session25_a_rare_counted_noun_is_the_slot() -> None:
    """Rule `rare-noun`: a counted noun few sentences of the story use ("aftershocks") is the slot
    itself, so two counts of it with two words shared besides are a conflict (b4e4383: related,
    `counts-differ-loosely`: the two share too little else); a noun the story keeps using (here in six
    more sentences) needs the usual context."""
    a = (
        "At least 27 aftershocks were also recorded in Harwick, the strongest of which came in at 5.9"
        " magnitude."
    )
    b = (
        "According to the national seismology office, there were thirteen aftershocks after the first"
        " tremors, the strongest of which was 5.9 on the Richter scale; seven others measured 5.0 or higher."
    )
    assert _conflict_values(a, b) == ["values:at least 27 aftershocks vs thirteen aftershocks"]
    more = " ".join(
        f"The aftershocks woke residents of the {w} district."
        for w in ["north", "south", "east", "west", "old", "new"]
    )
    assert "conflict" not in _kinds(a, b + " " + more)


def test_session25_a_share_that_moved_or_a_count_added_is_no_level() -> None:
    """Rules `share-moves` and `added` (count marks `change`): "tumbled as much as 18 percent" is how far a
    share moved, not a stake of 32 percent; "add two people to the reservation" is an increment, not the
    reservation's four (b4e4383: both `numbers-differ` conflicts; found false in a training draw). One
    capital ("Monday") keeps the short story cased, as it was written for (all lower case it reads as
    case-less since session 40: casing's none-capitalised)."""
    a = (
        "tokyo ( reuters ) - shares in harwick co tumbled as much as 18 percent on Monday after the company"
        " said the dunmore game would have a limited impact on its earnings - their biggest setback so far."
    )
    b = (
        "in a statement friday, harwick said the impact of the dunmore game on its finances will be"
        ' " limited, " explaining that it only owns 32 percent of the dunmore company, which owns the game.'
    )
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace("tumbled as much as 18 percent", "owns 18 percent"), b)
    c = "She sent a text message to the host to confirm the reservation for four people at the Dunmore cabin."
    d = (
        "The host had confirmed by text message that she could pay extra to add two people to the"
        " reservation at the Dunmore cabin."
    )
    assert "conflict" not in _kinds(c, d)
    assert "conflict" in _kinds(c, d.replace("add two people to", "have two people on"))


def test_session25_those_hurt_and_those_who_died_are_two_counts() -> None:
    """Rule `hurt-or-dead`: "the three men stabbed" / "the two men who died" count those an attack hurt
    and those who died, two slots (b4e4383: a `numbers-differ` conflict; found false in a training
    draw); two counts of the stabbed are still one."""
    a = "Police are still working to identify him and the three men stabbed on the Dunmore train."
    b = "The two men who died on the Dunmore train were identified Saturday by police."
    assert "conflict" not in _kinds(a, b)
    c = "Police said three men were stabbed on the Dunmore train on Friday night."
    assert "conflict" in _kinds(c, c.replace("three men", "two men"))


def test_session25_a_count_of_those_who_do_not_is_another_slot() -> None:
    """Rule `denied-slot`: a denial right after a count ("13 % of adults say they do not use the
    internet") counts those of whom it is not so, another slot than "21 percent use the internet almost
    constantly" (d3babe3: a `numbers-differ` conflict, found false in a training draw); a denial far
    before the count ("offered no surprise since most of the 167 candidates") says nothing of it."""
    a = (
        "a great majority of americans go online every day, and 21 percent use the internet"
        ' " almost constantly, " according to a survey by the Harwick Research Center.'
    )  # cased: two lower-case sentences read case-less (casing's named-short), where a slot needs a verb
    b = "and in this survey, 13 % of adults say they do not use the internet at all."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a, b.replace("do not use the internet at all", "use the internet"))
    c = "Most of the 161 candidates in Friday's Harwick elections were hard-liners chosen by the council."
    d = (
        "The trend offered no surprise since most of the 167 candidates in Friday's Harwick elections were"
        " hard-liners."
    )
    assert "conflict" in _kinds(c, d)


def test_two_things_measured_apart_give_two_counts_no_conflict() -> None:
    """Rule `measured-apart` (`rules._conflict_context`): each sentence measures what it counts, the two
    measures apart (60kg / 95kg): two boulders, so 1,600 and 2,400 ounces are no conflict; one measure
    alike leaves the conflict."""
    kinds = {
        k.kind
        for k in _links(
            "Another 60kg boulder from the Harwick mine is estimated to contain 1,600 ounces of gold.",
            "The largest boulder from the Harwick mine, weighing 95kg, was found to contain 2,400 ounces of "
            "gold.",
        )
    }
    assert "conflict" not in kinds
    kinds = {
        k.kind
        for k in _links(
            "A 60kg boulder from the Harwick mine is estimated to contain 1,600 ounces of gold.",
            "A 60kg boulder from the Harwick mine was found to contain 2,400 ounces of gold.",
        )
    }
    assert "conflict" in kinds


def test_a_count_told_in_dozens_is_no_conflict_with_one_it_rounds() -> None:
    """Rule `dozen-step` (`pairs._dozen_step`): "nearly two dozen" is told in dozens, so 20 cases is the same
    count told exactly (related: the sentences differ); five dozen is not."""
    a = "A high school in Harwick is dealing with a chlamydia outbreak after 20 cases were reported."
    b = "The Harwick school district has confirmed nearly {} dozen cases of chlamydia among students."
    assert _kinds(a, b.format("two")) == {"related"}
    assert "conflict" in _kinds(a, b.format("five"))


_KILLED = "{} people were killed in the Harwick fire on Monday, police said."
_ARRESTED = "Police arrested {} people in Harwick on Monday after the protest."
_HOMES = "The fire destroyed {} homes in Harwick, Jon Tallis said."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (_KILLED.format("Six"), _KILLED.format("A dozen")),
        (_KILLED.format("Seventeen"), _KILLED.format("A dozen")),
        (_KILLED.format("Eighteen"), _KILLED.format("Two dozen")),
        (_KILLED.format("Thirty"), _KILLED.format("Two dozen")),
        (_ARRESTED.format("7"), _ARRESTED.format("a dozen")),
        (_HOMES.format("40"), _HOMES.format("three dozen")),
        (_KILLED.format("six").lower(), _KILLED.format("a dozen").lower()),
        (_ARRESTED.format("26"), _ARRESTED.format("nearly two dozen")),
        (_ARRESTED.format("7"), _ARRESTED.format("more than a dozen")),
    ],
)
def test_a_bare_dozen_is_exact_and_a_hedged_one_widens_its_way(a: str, b: str) -> None:
    """Rule `dozen-step` (session 26 review M1): "a dozen", "two dozen" are 12 and 24, as "12" is, so
    another count is another value (conflict or related, never one fact); a hedge widens a dozen only its
    way ("nearly two dozen" is 18 to 24, not 26; "more than a dozen" 12 to 18, not 7)."""
    kinds = _kinds(a, b)
    assert kinds and kinds <= {"conflict", "related"}


def test_a_hedged_dozen_agrees_with_a_count_its_way() -> None:
    """Rule `dozen-step`: "more than a dozen" holds 15, "about two dozen" holds 27: one fact."""
    assert _kinds(_ARRESTED.format("15"), _ARRESTED.format("more than a dozen")) == {"fact"}
    assert _kinds(_ARRESTED.format("27"), _ARRESTED.format("about two dozen")) == {"fact"}


def test_session27_an_article_after_a_qualifier_leaves_the_number_qualified() -> None:
    """Rule `qualifier-article` (`analyze.numbers._QUALIFIER`): "about a 3 percent lower blood pressure"
    is about 3 percent, as "about 3 percent" is, so "approximately 2.7 percent lower" is no conflict
    (start d04d540: "a" hid the qualifier, 3 exact, a conflict); a place, "over a 10 percent share",
    "under a $5 million contract", bounds nothing."""
    from newsbrief.analyze.numbers import counts

    (c,) = counts("Harwick walkers had about a 3 percent lower blood pressure.")
    assert (c.lo, c.hi) == (3 * 0.9, 3 * 1.1)
    (d,) = counts("The bank took more than a 50 percent share of the Harwick loans.")
    assert d.lower and d.hi > d.lo
    for text in ("The fund bought over a 10 percent share.", "Harwick signed under a $5 million contract."):
        (e,) = counts(text)
        assert e.lo == e.hi and not e.lower, text
    a = "harwick walkers had about a 3 percent lower blood pressure on average than other residents, "
    b = "harwick walkers had a blood pressure approximately 2.7 percent lower than other residents, "
    a, b = a + "the study found.", b + "the study found."
    assert "conflict" not in _kinds(a, b)


def test_session27_a_day_written_before_its_month_is_no_count() -> None:
    """Rule `day-first` (`analyze.numbers._DAY_AFTER`): "on 11 february" is a day, in any case, so two
    resignations dated "on 11 February" and "on 18 February" are no conflict of counts (start d04d540:
    11 and 18 counted "februari", numbers-differ); "20 march in protest" in lower case still counts."""
    from newsbrief.analyze.numbers import counts

    assert counts("Jon Tallis resigned on 11 February.") == []
    assert counts("jon tallis resigned on 11 february.", caseless=True) == []
    assert [c.value for c in counts("about 20 march in protest.", caseless=True)] == [20]
    a = "The four priests sent statements to the Harwick office the week before Jon Tallis's resignation "
    b = "In a statement on Monday, the church said the bishop had accepted Dana Whitcombe's resignation "
    assert "conflict" not in _kinds(a + "on 11 February.", b + "a week ago, on 18 February.")
    low = (a + "on 11 february.").lower(), (b + "a week ago, on 18 february.").lower()
    assert "conflict" not in _kinds(*low)


def test_session27_a_fall_and_a_rise_are_two_changes() -> None:
    """Rule `change-way` (`features._way`, marks `rise` and `fall`): "admissions fell 21 percent" after the
    clocks went back and "a 25 percent jump" after they went forward are two changes, no conflict (start
    d04d540: numbers-differ); two rises of one count still conflict."""
    fell = "Harwick heart attack admissions fell 21 percent in the week after the clocks went back, "
    fell += "the study found."
    rose = fell.replace("fell", "rose").replace("went back", "went forward")
    jump = "Harwick heart attack admissions showed a 25 percent jump in the week after the clocks went "
    jump += "forward, the study found."
    assert "conflict" not in _kinds(fell, jump)
    assert "conflict" in _kinds(rose, jump)


def test_session27_a_share_with_decimals_rounds_to_the_whole_share() -> None:
    """Rule `share-rounded` (`pairs._share_rounded`): "59.62 % of her body weight" and "60 percent of her
    body weight" are one share told to two precisions, no conflict (start d04d540: numbers-differ, a
    share's points being its precision); two whole shares a point apart still conflict."""
    a = "Dana Whitcombe lost 155 pounds, or 59.62 % of her body weight, on the Harwick show."
    b = "Dana Whitcombe lost 155 pounds, or 60 percent of her body weight, on the Harwick show."
    assert "conflict" not in _kinds(a, b)
    c = "Jon Tallis won 49 percent of the vote in the Harwick mayoral race on Tuesday."
    assert "conflict" in _kinds(c, c.replace("49", "50"))


def test_session27_a_rate_in_words_is_told_to_its_denominator() -> None:
    """Rule `rate-words` (`analyze.numbers._rates`): "one in five" stands for the shares between one in 5.5
    and one in 4.5 (18.2 to 22.2 %), so "21 per cent" of the same study is no conflict (start d04d540: 20
    exact, numbers-differ); "one in three" / "21 per cent" still is."""
    from newsbrief.analyze.numbers import counts

    (c,) = counts("one in five of them had it")
    assert c.value == 20 and round(c.lo, 1) == 18.2 and round(c.hi, 1) == 22.2
    a = "The Harwick study of 261 senior managers found one in five had clinically high psychopathy levels."
    b = "The Harwick study of 261 senior managers found 21 per cent had clinically high psychopathy levels."
    assert "conflict" not in _kinds(a, b)
    assert "conflict" in _kinds(a.replace("five", "three"), b)


_HURT = "{} people were hurt in the Harwick fire on Monday, police said."


def test_half_a_dozen_is_six() -> None:
    """Rule `half-dozen` (`numbers.counts`): "half a dozen" was no number (so "Ten" / "Half a dozen people
    were hurt" was one fact, same-words) and "a half-dozen" was read a dozen."""
    assert _kinds(_HURT.format("Ten"), _HURT.format("Half a dozen")) == {"conflict"}
    assert _kinds(_HURT.format("Twelve"), _HURT.format("A half-dozen")) == {"conflict"}
    assert _kinds(_HURT.format("Six"), _HURT.format("Half a dozen")) == {"fact"}
    assert _kinds(_HURT.format("Seven"), _HURT.format("Nearly half a dozen")) == {"conflict"}


def _rules_of(a: str, b: str) -> list[tuple[str, str]]:
    """(kind, rule) of each link between `a` and `b`."""
    return [(k.kind, next(e[5:] for e in k.evidence if e.startswith("rule:"))) for k in _links(a, b)]


def test_session27_caseless_a_count_written_as_a_part_is_no_conflict() -> None:
    """Rule `caseless-part`: without letter case no name tells groups apart, so "out of the 13 dogs that
    finished" (those of the 15 that finished) is no conflict with "tested 15 dogs" (start d09a1b6: a
    conflict); with no part word the two counts still conflict."""
    a = "Out of the 13 dogs that the team tested in the harwick study, most preferred praise." + _CASELESS_A
    b = "Researchers tested 15 dogs in the harwick study of praise and food, the team said." + _CASELESS_B
    assert ("related", "caseless-part") in _rules_of(a, b)
    assert "conflict" not in _kinds(a, b)
    c = "Researchers tested 13 dogs in the harwick study of praise and food, the report said." + _CASELESS_A
    assert "conflict" in _kinds(c, b)


def test_session27_caseless_no_verb_beside_both_counts_is_no_conflict() -> None:
    """Rule `caseless-verb`: two shares of one poll, one the approval rating, the other what independents
    say, share no verb beside their values: no conflict (start d09a1b6: a conflict); "have arrested 31
    people" / "have arrested 33 people" still is one, and so are two death tolls ("killed 29 people" /
    "killed 28", `test_session20_caseless_counts_near_a_shared_word_still_conflict`)."""
    a = "His overall approval rating in the new harwick poll was 47 percent, the lowest since september."
    b = "The new harwick poll shows that 60 percent of independents who follow prices approve of his rating."
    assert ("related", "caseless-verb") in _rules_of(a + _CASELESS_A, b + _CASELESS_B)
    assert "conflict" not in _kinds(a + _CASELESS_A, b + _CASELESS_B)
    c = "Police in three countries have arrested 31 people over the harwick diamond robbery." + _CASELESS_A
    d = "Police in three countries have arrested 33 people over the harwick diamond robbery at the airport."
    assert "conflict" in _kinds(c, d + _CASELESS_B)


@pytest.mark.parametrize(
    ("rate", "share"),
    [("One in two", "60"), ("One in three", "38"), ("One in four", "28"), ("Nine in 10", "86")],
)
def test_session28_a_rate_in_words_is_no_rougher_than_a_share_to_five_points(rate: str, share: str) -> None:
    """Rule `rate-words` widens a rate by at most 2.5 points (`analyze.numbers._RATE_ROUND`): "one in two" is
    47.5 to 52.5 %, not 40 to 66.7 %, so "60 percent" of the same poll is another share, never a fact (start
    18117b4: fact same-words, a citation of 60 % for "one in two"); "one in five" / "21 percent" stays one."""
    a = f"{rate} Harwick voters backed Jon Tallis in the mayoral race on Tuesday, the poll found."
    b = f"{share} percent of Harwick voters backed Jon Tallis in the mayoral race on Tuesday, the poll found."
    assert "fact" not in _kinds(a, b)
    assert "fact" in _kinds(a.replace(rate, "One in five"), b.replace(share, "21"))


@pytest.mark.parametrize("hedge", ["About a dozen", "Nearly a dozen", "Almost a dozen"])
def test_session28_a_dozen_hedged_below_reaches_a_quarter_of_it(hedge: str) -> None:
    """Rule `dozen-below` (`pairs._dozen_step`): below one dozen a hedge reaches nine, not six, so "Seven
    people were killed" is another value of "about a dozen" (start 4184f37: fact same-words, a citation;
    session 28 review N5); ten still agrees."""
    assert "fact" not in _kinds(_KILLED.format("Seven"), _KILLED.format(hedge))
    assert _kinds(_KILLED.format("Ten"), _KILLED.format(hedge)) == {"fact"}


def test_session28_about_a_after_a_topic_word_is_no_qualifier() -> None:
    """Rule `about-topic` (`analyze.numbers._TOPIC_BEFORE`): "worried about a 20 percent tax increase" is a
    20 percent increase, exactly, so "… about a 22 percent tax increase" is a conflict (start 4184f37: both
    about-qualified, related other-value; session 28 review N8); "had about a 3 percent lower" stays about."""
    from newsbrief.analyze.numbers import counts

    (c,) = counts("Harwick residents are worried about a 20 percent tax increase.")
    assert c.lo == c.hi == 20
    (d,) = counts("Harwick walkers had about a 3 percent lower blood pressure.")
    assert (d.lo, d.hi) == (3 * 0.9, 3 * 1.1)
    a = "Harwick residents are worried about a 20 percent tax increase the council will vote on Monday."
    assert "conflict" in _kinds(a, a.replace("20", "22"))


def test_session28_one_and_a_half_dozen_is_eighteen() -> None:
    """Rule `and-a-half-dozen` (`analyze.numbers._AND_A_HALF`): "one and a half dozen" is 18, not the half
    dozen alone, so "Six people were hurt" is another count (start 0e67b3c: 6, fact same-words; session 28
    review N6) and "Eighteen" the same."""
    from newsbrief.analyze.numbers import counts

    assert [c.value for c in counts("One and a half dozen people were hurt.")] == [18.0]
    assert [c.value for c in counts("Half a dozen people were hurt.")] == [6.0]
    a = "One and a half dozen people were hurt in the Harwick fire on Monday, police said."
    assert "fact" not in _kinds(a, "Six people were hurt in the Harwick fire on Monday, police said.")
    assert _kinds(a, "Eighteen people were hurt in the Harwick fire on Monday, police said.") == {"fact"}


def test_session29_caseless_places_of_one_kind_apart_are_two_slots() -> None:
    """Rule `caseless-place`: without letter case, two cities (or two states, two sides of a city) named at
    two counts that share a verb are two slots, no conflict ("arrested seven or eight protesters" in
    honolulu / "about 20" in atlanta; start 26fb776: a conflict); one place alike, or places of two kinds
    that may hold each other (a city, its country), still conflict."""
    a = (
        "Honolulu police arrested seven or eight protesters after they refused to leave the park."
        + _CASELESS_A
    )
    b = (
        "Atlanta police arrested about 20 protesters on the streets around the park late saturday."
        + _CASELESS_B
    )
    assert ("related", "caseless-place") in _rules_of(a, b)
    assert "conflict" not in _kinds(a, b)
    c = (
        "Atlanta police arrested seven or eight protesters after they refused to leave the park."
        + _CASELESS_A
    )
    assert "conflict" in _kinds(c, b)
    d = "Police arrested six people near delhi after the attack on the farmer, officials said." + _CASELESS_A
    e = "Police in india arrested eight people after the attack on the farmer, officials said." + _CASELESS_B
    assert "conflict" in _kinds(d, e)


def test_session29_places_named_by_kind() -> None:
    """`pairs.places_named`: gazetteer places by their section's kind, "state of ..." and "... county",
    a city's side; a verb after the place's word is no part of it."""
    from newsbrief.align.pairs import places_named

    assert places_named(" in the worst-hit state of andhra pradesh in the south 551 people died ") == {
        "state": frozenset({"andhra pradesh"})
    }
    assert places_named(" a leopard in the city of bangalore injured six people in india ") == {
        "city": frozenset({"bangalore"}),
        "country": frozenset({"india"}),
    }
    assert places_named(" seven people shot on the south side ") == {"side": frozenset({"south side"})}
    assert places_named(" the turkey was served ") == {}


def test_session29_caseless_a_ranked_count_is_another_slot() -> None:
    """Rule `caseless-rank`: without letter case, a count in a clause that ranks its thing among others ("the
    latest strike", "the second-largest") is another slot than an unranked count of the noun (start 29b57c9:
    a conflict); two unranked counts still conflict."""
    a = (
        "At least 20 suspected militants have been killed in harwick since july 28, officials said."
        + _CASELESS_A
    )
    b = (
        "The latest strike in harwick on wednesday killed seven suspected militants, officials said."
        + _CASELESS_B
    )
    assert ("related", "caseless-rank") in _rules_of(a, b)
    assert "conflict" not in _kinds(a, b)
    c = "The strike in harwick on wednesday killed seven suspected militants, officials said." + _CASELESS_B
    d = "The strike in harwick on wednesday killed nine suspected militants, officials said." + _CASELESS_A
    assert "conflict" in _kinds(d, c)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "An earthquake in eastern harwick killed 250 people on monday, officials in tehran said.",
            "An earthquake in eastern harwick killed 300 people on monday, a red cross spokesman in geneva"
            " said.",
        ),
        (
            "The storm left 40,000 homes without power in harwick on monday, the utility said in a statement"
            " from boston.",
            "The storm left 60,000 homes without power in harwick on monday, the utility said in a statement"
            " from chicago.",
        ),
        (
            "The flight from london crashed near harwick on monday, killing 45 people.",
            "The flight to paris crashed near harwick on monday, killing 47 people.",
        ),
    ],
)
def test_session29_caseless_place_reads_no_speaker_or_route_place(a: str, b: str) -> None:
    """Rule `caseless-place` reads neither the place an attribution clause names ("officials in tehran
    said", "said in a statement from boston": `Facts.background`) nor a route's ends ("the flight from
    london" / "to paris": `_ROUTE`): where someone spoke or a flight came from is not where the count is,
    so the two tolls, the two counts of homes still conflict (start e9b171a: related caseless-place;
    session 29 review S3)."""
    assert "conflict" in _kinds(a + _CASELESS_A, b + _CASELESS_B)


@pytest.mark.parametrize(("x", "y"), [("madison", "charlotte"), ("florence", "savannah")])
def test_session29_caseless_place_reads_no_given_name(x: str, y: str) -> None:
    """Rule `caseless-place` (`pairs._NOT_PLACES`): a given name the gazetteer also lists as a city ("a girl
    named madison" / "charlotte") names no two places, so the two tolls still conflict (start 773c296:
    related caseless-place; session 29 review S3)."""
    a = f"The fire at the harwick school killed 12 people on monday, including a girl named {x}."
    b = f"The fire at the harwick school killed 14 people on monday, including a girl named {y}."
    assert "conflict" in _kinds(a + _CASELESS_A, b + _CASELESS_B)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The fire at the harwick mill killed 12 people on monday, the second deadly fire in the town"
            " this year.",
            "The fire at the harwick mill killed 14 people on monday, officials said.",
        ),
        (
            "Police arrested 31 protesters in harwick on the second day of the protests, officials said.",
            "Police arrested 33 protesters in harwick on monday, officials said.",
        ),
        (
            "The bus crash in harwick killed 45 people on monday, the third such crash on the road.",
            "The bus crash in harwick killed 47 people on monday, officials said.",
        ),
        (
            "The storm left 40,000 homes in harwick without power for a second night on monday.",
            "The storm left 60,000 homes in harwick without power on monday, the utility said.",
        ),
    ],
)
def test_session29_caseless_an_ordinal_ranks_the_word_it_stands_before(a: str, b: str) -> None:
    """Rule `caseless-rank`: an ordinal ranks the word right after it, so it makes a count another slot only
    before the count's noun ("where a third women's body was found"), not before a day, a night, a fire or a
    crash ("on the second day of the protests", "the third such crash": start e9b171a, related
    caseless-rank; session 29 review S4)."""
    assert "conflict" in _kinds(a + _CASELESS_A, b + _CASELESS_B)
    c = "Police found three dead women in harwick on sunday, officials said."
    d = "The bodies of two dead women were found in harwick, close to where a third women's body was found."
    assert ("related", "caseless-rank") in _rules_of(c + _CASELESS_A, d + _CASELESS_B)


def test_session29_and_a_half_dozen_takes_a_number_word_only() -> None:
    """Rule `and-a-half-dozen` reads a number word one to ten before "and a half dozen", never a year or a
    digit (start 1a0bf68: "2019 and a half dozen" was 24,234 times, "9 and a half dozen" 114; session 29
    review S1), so "fined in 2019 and a half dozen times since" is "fined six times since 2019"."""
    from newsbrief.analyze.numbers import counts

    assert [c.value for c in counts("In 2019 and a half dozen times since, Tallis was fined.")] == [6.0]
    nine = counts("Police arrested 9 and a half dozen others were questioned.")
    assert 114.0 not in [c.value for c in nine]
    assert [c.value for c in counts("Two and a half dozen eggs broke.")][-1] == 30.0
    a = "Jon Tallis was fined in 2019 and a half dozen times since, the Harwick court said."
    assert _kinds(a, "Jon Tallis has been fined six times since 2019, the Harwick court said.") == {"fact"}


@pytest.mark.parametrize(
    ("rate", "share"),
    [("One in three", "36"), ("One in four", "28"), ("One in two", "55"), ("Two in three", "70")],
)
def test_session29_a_share_a_rate_in_words_rounds_is_no_conflict(rate: str, share: str) -> None:
    """Rule `rate-words`: a share a reporter would round to the rate ("one in three" / "36 percent") is
    inside the rate's half-denominator band (`Count.rough`) though outside its 2.5-point cap: another
    value, related, never a conflict (start 1a0bf68: numbers-differ; session 29 review M3); outside the
    band still a conflict ("one in two" / "70 percent"), within the cap one fact."""
    a = f"{rate} Harwick voters backed Jon Tallis in the mayoral race on Tuesday, the poll found."
    b = f"{share} percent of Harwick voters backed Jon Tallis in the mayoral race on Tuesday, the poll found."
    assert _rules_of(a, b) == [("related", "other-value")]
    assert _kinds(a.replace(rate, "One in two"), b.replace(share, "70")) == {"conflict"}
    assert _kinds(a.replace(rate, "One in two"), b.replace(share, "51")) == {"fact"}


def test_session29_about_a_dozen_reaches_a_quarter_above_it_too() -> None:
    """Rule `dozen-below` (`pairs._dozen_step`): "about a dozen" is 9 to 15, a quarter of it either way, so
    "Seventeen people were killed" is no fact of it (start 1a0bf68: 9 to 18, fact same-words, a citation of
    seventeen for about a dozen; session 29 review S3); fifteen still agrees, and "more than a dozen", a
    lower bound, still reaches 18."""
    assert "fact" not in _kinds(_KILLED.format("Seventeen"), _KILLED.format("About a dozen"))
    assert _kinds(_KILLED.format("Fifteen"), _KILLED.format("About a dozen")) == {"fact"}
    assert _kinds(_KILLED.format("Seventeen"), _KILLED.format("More than a dozen")) == {"fact"}


def test_session30_a_rate_band_reaches_its_edge_from_the_unrounded_rate() -> None:
    """Rule `rate-words` reads the band from a / b itself: "one in three" reaches one in 2.5, 40 % (start
    30bafd0: 39.996 from the value rounded to 33.33, so "40 percent" was numbers-differ; session 30 review
    N9): another value, related; 41 % is still a conflict."""
    a = "One in three Harwick voters backed Jon Tallis in the mayoral race on Tuesday, the poll found."
    b = "40 percent of Harwick voters backed Jon Tallis in the mayoral race on Tuesday, the poll found."
    assert _rules_of(a, b) == [("related", "other-value")]
    assert _kinds(a, b.replace("40", "41")) == {"conflict"}


@pytest.mark.parametrize("bound", ["Up to a dozen", "Up to 12", "As many as 12", "Fewer than 12"])
def test_session30_an_upper_bound_and_a_smaller_count_are_no_conflict(bound: str) -> None:
    """Rule `upper-bound` (`pairs._below`): "up to a dozen" people hurt and "seven" both hold (start
    30bafd0: conflict numbers-differ, session 30 review N4); a count above the bound still conflicts."""
    a = f"{bound} people were hurt in the Harwick fire on Monday, police said."
    for b, kind in (("Seven", "related"), ("Twenty", "conflict")):
        c = f"{b} people were hurt in the Harwick fire on Monday, police said."
        assert [k.kind for k in _links(a, c)] == [kind]


_JAIL = "Everyone in the car could face {} in jail, whether the gun was fake or real, Harwick police said."
_FLYBY = "{} will bring the spacecraft within {} miles of the Sun during its flyby of Venus in 2024."


def test_session34_two_values_of_one_measure_are_related_not_a_conflict() -> None:
    """Two values of one duration after the same word ("face two years" / "face up to seven years") stay
    `related` (rule `other-measure`): session 34's `measures-differ` read them as one slot's two values,
    and made a false conflict on a held-out set, so it was withdrawn (saying less rather than something
    false). A physical measure read alike around both values is one slot since session 52 (`measure-slot`,
    test_session52_one_physical_measure_read_alike_around_two_values_is_a_conflict)."""
    a, b = _JAIL.format("two years"), _JAIL.format("up to seven years")
    assert _rules_of(a, b) == [("related", "other-measure")]


def test_session34_measures_of_two_slots_are_no_conflict() -> None:
    """Never a conflict: another word before each measure ("served" / "face": a sentence and a maximum), a
    range against a value inside it, temperatures, one reading converted twice or two readings, two
    flybys told apart by a rank word, two people, two clock times, and a level a change reached ("cut to
    two years" / "sentenced to seven years")."""
    jail = "Jon Tallis {} in jail for the robbery of the Harwick bank, police said on Monday."
    for a, b in [
        (jail.format("served two years"), jail.format("could face seven years")),
        (
            "The babies were between 6 months and 24 months old when the symptoms began in Harwick.",
            "The babies were about 18 months old when the symptoms began in Harwick, doctors said.",
        ),
        (
            "The lowest temperature was minus 26 Celsius (minus 15 Fahrenheit) on Sunday in Harwick.",
            "The lowest temperature was minus 26 Celsius (minus 4 Fahrenheit) on Sunday in Harwick.",
        ),
        (
            "Temperatures in the hills above Harwick reached minus 26 Celsius, the weather office said.",
            "Temperatures in the hills above Harwick reached minus 12 Celsius, the weather office said.",
        ),
        (
            _FLYBY.format("On the first pass, the probe", "15 million"),
            _FLYBY.format("On the final pass, the probe", "3.8 million"),
        ),
        (
            "Dana Whitcombe could face two years in jail for the robbery of the Harwick bank, police said.",
            "Jon Tallis could face seven years in jail for the robbery of the Harwick bank, police said.",
        ),
        (
            "At 10 p.m. the storm was within 300 miles of the Harwick coast, forecasters said on Monday.",
            "At 4 p.m. the storm was within 370 miles of the Harwick coast, forecasters said on Monday.",
        ),
        (jail.format("had his sentence cut to two years"), jail.format("was sentenced to seven years")),
    ]:
        assert "conflict" not in _kinds(a, b), (a, b)


_HALL = "The Harwick college has referred to the Founders Hall simply as the North Hall since {}, aides say."


def test_session34_the_start_of_one_state_dated_to_two_years_is_a_conflict() -> None:
    """Rule `start-years-differ` (`pairs.start_years_apart`): "began referring ... in 2005" and "has
    referred ... since 2002" date the start of one state two ways (start 65d1712: `other-year`,
    related); so do two perfects with "since" and "began to" with a perfect."""
    for a in (
        "The Harwick college began referring to the Founders Hall as the North Hall in 2005.",
        "Starting in 2005, the Harwick college began referring to the Founders Hall as the North Hall.",
        _HALL.format("2005"),
        "The Harwick college began to refer to the Founders Hall as the North Hall in 2005.",
    ):
        b = _HALL.format("2002")
        assert _rules_of(a, b) == [("conflict", "start-years-differ")], a
        assert _conflict_values(a, b) == ["values:since 2005 vs since 2002"]


def test_session34_starts_of_two_states_or_two_people_are_no_conflict() -> None:
    """What `start-years-differ` leaves alone: the starts of two states (another verb), one start and an
    event of another year in a sentence that names two years (no year is then the start's for sure),
    the same year, two people (`lead_clash`), and a start one sentence denies."""
    b = _HALL.format("2002")
    for a in (
        "The Harwick college began naming the Founders Hall after its first dean in 2005.",
        "The Harwick college began referring to the Founders Hall as North Hall in 2005 after a 2002 poll.",
        "The Harwick college began referring to the Founders Hall as the North Hall in 2002.",
    ):
        assert "conflict" not in _kinds(a, b), a
    a = "Dana Whitcombe has served on the Harwick school board since 2002, the district said on Monday."
    b = "Jon Tallis began serving on the Harwick school board in 2005, the district said on Monday."
    assert "conflict" not in _kinds(a, b)
    a = "Jon Tallis has served on the Harwick school board since 2002, the district said on Monday."
    assert _kinds(a, b) == {"conflict"}
    b = "Jon Tallis never began serving on the Harwick school board in 2005, the district said on Monday."
    assert "conflict" not in _kinds(a, b)


def test_session34_starts_of_two_roles_are_no_conflict() -> None:
    """Guard `other-role` of `start-years-differ` (review34 S5): "began working ... in 2005 as mayor" and
    "has worked ... since 2002 as a clerk" date the starts of two posts, not one start two ways (start
    e1d1506: a conflict, "dates differ"); the same role stays a conflict."""
    a = "Jon Tallis began working for the Harwick council in 2005 as mayor, the council said on Monday."
    b = "Jon Tallis has worked for the Harwick council since 2002 as a clerk, the council said on Monday."
    assert "conflict" not in _kinds(a, b)
    b = "Jon Tallis has worked for the Harwick council since 2002 as mayor, the council said on Monday."
    assert _kinds(a, b) == {"conflict"}


def test_session35_a_group_larger_than_the_people_it_is_part_of_is_a_conflict() -> None:
    """Rule `subgroup-exceeds` (`pairs.subgroup_clash`): "at least nine of the protesters were arrested" /
    "police arrested eight people": the protesters are among the people, so nine of them contradict eight
    (start dc79b7b: no link kind but related or fact)."""
    for a, b, values in [
        (
            "At least nine of the protesters were arrested by Harwick police after they blocked the gate.",
            "Harwick police arrested eight people who were blocking the gate at the plant.",
            "values:at least nine protesters vs eight people",
        ),
        (
            "Police said 14 students were arrested at the Harwick campus sit-in.",
            "Police arrested 11 people at the Harwick campus sit-in.",
            "values:14 students vs 11 people",
        ),
    ]:
        assert _conflict_values(a, b) == [values], (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another event beside each count: injured / arrested
        (
            "Nine protesters were injured at the Harwick gate rally, police said.",
            "Harwick police arrested eight people at the gate rally.",
        ),
        # a group smaller than the people: both hold
        (
            "Two students were arrested at the Harwick rally, police said.",
            "Police arrested three people at the Harwick rally.",
        ),
        # two weekdays: two days' arrests
        (
            "Police arrested 12 protesters at the Harwick plant on Monday.",
            "Police arrested eight people at the Harwick plant on Tuesday.",
        ),
        # an overall total beside one day's count
        (
            "A total of 20 protesters have been arrested at the Harwick plant since the protests began.",
            "Police arrested 12 people at the Harwick plant on Thursday.",
        ),
        # "at least nine" beside "about eight": the people's count is no exact value
        (
            "At least nine protesters were arrested at the Harwick gate, police said.",
            "Police arrested about eight people at the Harwick gate.",
        ),
        # police officers are counted apart from "people"
        (
            "Nine police officers were injured in the clashes at the Harwick gate.",
            "Eight people were injured in the clashes at the Harwick gate.",
        ),
        (
            "The attack on the Harwick base killed 12 soldiers, officials said.",
            "The attack on the Harwick base killed nine people, officials said.",
        ),
        # two cities
        (
            "Police arrested 12 protesters in Chicago on Saturday during the march.",
            "Police arrested eight people in Detroit on Saturday during the march.",
        ),
        # a range holding the other value
        (
            "Between 10 and 12 students were arrested at the Harwick rally, police said.",
            "Police arrested 11 people at the Harwick rally.",
        ),
        # a round figure beside the exact one
        (
            "About 1,200 protesters were arrested during the march in Harwick, police said.",
            "Police arrested 1,187 people during the march in Harwick.",
        ),
        # a count that rose to its later level
        (
            "The number of protesters arrested in Harwick rose to 30 on Friday, police said.",
            "Police arrested 20 people at the Harwick rally, police said.",
        ),
        # a part besides others
        (
            "Nine other protesters were arrested at the Harwick gate, police said.",
            "Police arrested eight people at the Harwick gate.",
        ),
        # the people of another act (freed), the group of the arrest
        (
            "Police arrested nine protesters at the Harwick gate, and a judge later freed eight people.",
            "Police freed eight people arrested at the Harwick gate.",
        ),
    ],
)
def test_session35_groups_and_people_of_other_slots_are_no_conflict(a: str, b: str) -> None:
    """Rule `subgroup-exceeds`'s guards: invented pairs that share words but not the slot."""
    assert "conflict" not in _kinds(a, b)


def test_session35_one_birth_name_written_two_ways_is_a_conflict() -> None:
    """Rule `born-names-differ` (`pairs.born_apart`): "Born Betty Jane Perske" / "born Betty Joan Perske",
    values kept whole (start dc79b7b: related, rule other-action)."""
    assert _conflict_values(
        "Born Betty Jane Perske in Harwick, Tallis won two awards over her long career.",
        "Bacall, born Betty Joan Perske in Harwick, died this month at the age of 89.",
    ) == ["values:born Betty Jane Perske vs born Betty Joan Perske"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("born Betty Perske", "born Betty Joan Perske"),  # a middle name left out
        ("born Betty J. Perske", "born Betty Joan Perske"),  # its initial
        ("born Betty Jane Perske", "born Betty Jane Whitcombe"),  # another surname: another person
        ("born Betty Jane Perske", "born Betty Jane Perske"),  # the same
        ("born Dana Marie Tallis", "born Jon Michael Tallis"),  # another given name
    ],
)
def test_session35_birth_names_that_may_agree_or_name_two_people_are_no_conflict(a: str, b: str) -> None:
    """Rule `born-names-differ`'s guards on invented pairs."""
    assert "conflict" not in _kinds(
        f"Tallis, {a} in Harwick, won two awards over her long career.",
        f"Tallis, {b} in Harwick, died this month at the age of 89.",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a relative's birth name
        (
            "Her sister was born Mary Ann Tallis in Harwick and won two awards.",
            "Tallis, born Mary Jo Tallis in Harwick, died this month at the age of 89.",
        ),
        # born in a place, born on a day: no name
        (
            "Tallis was born in the Bronx and won two awards over her long career.",
            "Tallis was born in Harwick and died this month at the age of 89.",
        ),
        (
            "The Tallis baby was born Monday at Harwick General Hospital, the family said.",
            "The Tallis baby was born Tuesday morning at Harwick General Hospital.",
        ),
        # a denial
        (
            "Tallis, born Betty Jane Perske in Harwick, won two awards over her long career.",
            "Tallis never used the name Betty Joan Perske, born in Harwick, friends said.",
        ),
    ],
)
def test_session35_no_birth_name_of_one_person_no_conflict(a: str, b: str) -> None:
    assert "conflict" not in _kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The air strike killed eight people in the Harwick camp.",
            "Nine children have been killed in the Harwick camp this month, the agency said.",
        ),
        (
            "Police arrested eight people at the Harwick plant gate.",
            "Twelve protesters were arrested at the Harwick plant gate this week.",
        ),
        (
            "Police arrested eight people at the Harwick plant gate.",
            "Twelve protesters were arrested at the Harwick plant gate in the past two weeks.",
        ),
    ],
)
def test_review35_a_period_s_group_count_is_no_part_of_one_event_s_people(a: str, b: str) -> None:
    """Rule `subgroup-exceeds`: a group counted over a period ("this month", "this week", "the past two
    weeks") is no part of one event's people: no conflict (each was "eight people vs ...")."""
    assert _conflict_values(a, b) == [], (a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The victim, born Jon Mark Tallis in Harwick in 1960, ran the mill.",
            "The suspect, born Jon Paul Tallis in Harwick in 1962, worked at the mill.",
        ),
        (
            "Jon Tallis Jr., born Jon Paul Tallis in Harwick, ran the mill.",
            "Tallis, born Jon Mark Tallis in Harwick, ran the mill for years.",
        ),
        (
            "Tallis, 41, born Jon Paul Tallis in Harwick, ran the mill.",
            "Tallis, 19, born Jon Mark Tallis in Harwick, ran the mill for years.",
        ),
    ],
)
def test_review35_two_people_of_one_name_born_apart_are_no_conflict(a: str, b: str) -> None:
    """Rule `born-names-differ`: two birth years, a "Jr." or two ages say two people of one given name and
    surname, not one birth name written two ways (each was "names differ")."""
    assert _conflict_values(a, b) == [], (a, b)


def test_review35_a_group_counted_over_more_places_is_no_conflict() -> None:
    """Rule `subgroup-exceeds`: the group's sentence names a place the people's does not ("in Harwick and
    Eastbrook" / "in Harwick"): it may count more than the people's event, so no conflict (review35 S5)."""
    a = "Police arrested eight people in Harwick on Friday."
    b = "Nine students were arrested in Harwick and Eastbrook on Friday."
    assert _conflict_values(a, b) == [], (a, b)


def test_review35_two_of_a_kind_born_apart_are_no_conflict() -> None:
    """Rule `born-names-differ`: "the first baby" / "the second baby" are two people of one given name and
    surname, not one birth name written two ways (review35 S3)."""
    a = "The first baby, born Maya Rose Tallis at Harwick General, weighed six pounds."
    b = "The second baby, born Maya Jane Tallis at Harwick General, weighed five pounds."
    assert _conflict_values(a, b) == [], (a, b)


_WOUNDED = (
    "Health officials in Harwick said at least 19 people had been killed in two days of shelling by the army"
)


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            _WOUNDED + ", and dozens had been wounded.",
            "Harwick health officials said 19 people were killed in two days of army shelling, and 200 were"
            " wounded.",
            "values:dozens wounded vs 200 wounded",
        ),
        (
            "Dozens of protesters were arrested in Harwick after the march on the city hall, police said.",
            "Police in Harwick said 450 protesters were arrested after the march on the city hall.",
            "values:dozens arrested vs 450 arrested",
        ),
    ],
)
def test_session36_a_vague_count_and_a_number_far_outside_it_are_a_conflict(
    a: str, b: str, values: str
) -> None:
    """Rule `vague-differs` (`pairs.vague_clash`): one event's count as a plural scale word and as a number
    in digits at least `VAGUE_FAR` times above what the word is read as."""
    assert _conflict_values(a, b) == [values]


_SHELLED = "Health officials in Harwick said dozens had been wounded in two days of shelling by the army."


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            _SHELLED,
            "Harwick health officials said as many as 200 were wounded in two days of army shelling.",
        ),  # hedge
        (
            _SHELLED,
            "Harwick health officials said 200 more were wounded in two days of army shelling.",
        ),  # a part
        (
            _SHELLED,
            "Harwick health officials said 200 to 300 were wounded in two days of army shelling.",
        ),  # range
        (
            _SHELLED,
            "Harwick health officials said a total of 200 were wounded since the shelling began.",
        ),  # running
        (
            _SHELLED,
            "Harwick health officials said 200 were killed in two days of army shelling.",
        ),  # another event
        (
            _SHELLED,
            "Harwick health officials said 60 were wounded in two days of army shelling.",
        ),  # within dozens
        (
            _SHELLED,
            "Health officials in Eastbrook said 200 were wounded in two days of army shelling.",
        ),  # two places
        (
            _SHELLED,
            "Eastbrook health officials said 200 were wounded in two days of army shelling.",
        ),  # unread place
        (
            _SHELLED,
            "Harwick health officials said 200 were not wounded in two days of army shelling.",
        ),  # negation
        (
            "Health officials in Harwick said dozens may have been wounded in two days of shelling by the"
            " army.",
            "Harwick health officials said 200 were wounded in two days of army shelling.",
        ),  # a hedge on the vague side
        (
            "Health officials in Harwick said hundreds had been wounded in two days of shelling by the army.",
            "Harwick health officials said 150 were wounded in two days of army shelling.",
        ),  # near the scale word's reading
        (
            "Health officials in Harwick said dozens had been wounded on Monday in shelling by the army.",
            "Harwick health officials said 200 were wounded on Tuesday in army shelling.",
        ),  # two weekdays
        (
            "Dozens of students were arrested at the sit-in at Harwick University, police said.",
            "Police said 300 students were arrested at Harwick University last year in a similar sit-in.",
        ),  # another year's event
        (
            "Dozens of students were arrested at the sit-in at Harwick University, police said.",
            "Police said 300 students were arrested at Harwick University in 2009 in a similar sit-in.",
        ),  # a year on one side
        (
            "Dozens of protesters were arrested on Friday in Harwick after the march on city hall,"
            " police said.",
            "Police in Harwick said 200 protesters were arrested over the weekend"
            " after the marches on city hall.",
        ),  # a day and a stretch of days
        (
            "Dozens of protesters were arrested in Harwick after the march on city hall, police said.",
            "Police in Harwick said 200 protesters have been arrested during weeks of marches on city hall.",
        ),  # a period's count
        (
            "Dozens of protesters were initially arrested in Harwick after the march on city hall,"
            " police said.",
            "Police in Harwick later said 200 protesters were arrested after the march on city hall.",
        ),  # a first count and a later one
    ],
)
def test_session36_no_vague_count_conflict_past_its_guards(a: str, b: str) -> None:
    """Rule `vague-differs`'s guards on invented pairs: a hedge, bound, part or range, a running total,
    another event, a value the word may mean, two places, a negation, two days or years, a day and a
    stretch of days, a first count and a later one: no conflict."""
    assert "conflict" not in _kinds(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The army said dozens of soldiers were killed in the fighting near Harwick.",
            "The army said 300 militants were killed in the fighting near Harwick.",
        ),  # two counted nouns: two groups
        (
            "Officials in Harwick said dozens of children were wounded in the shelling.",
            "Officials in Harwick said 200 people were wounded in the shelling.",
        ),  # a group and the people it is part of
        (
            "Police in Harwick said dozens of protesters were injured after the march on city hall.",
            "Police in Harwick said 450 protesters were arrested after the march on city hall.",
        ),  # "protesters" is the counted people, not the event: injured / arrested
        (
            "Officials in Harwick said dozens of the wounded were children after the shelling.",
            "Officials in Harwick said 200 were wounded in the shelling.",
        ),  # a part of the wounded
        (
            "Police in Harwick said 9 of the protesters arrested at the march on city hall were charged.",
            "Police in Harwick said dozens of protesters were arrested at the march on city hall.",
        ),  # a part of the arrested
        (
            "Officials in Harwick said dozens were seriously wounded in the shelling.",
            "Officials in Harwick said 200 were wounded in the shelling.",
        ),  # the badly wounded of all the wounded
        (
            "Police in Harwick said dozens of people were injured when the stands collapsed.",
            "Police in Harwick said 2 people were critically injured when the stands collapsed.",
        ),  # the same, the other way
        (
            "Police in Harwick said 3 protesters arrested after the march on city hall were women.",
            "Police in Harwick said dozens of protesters were arrested after the march on city hall.",
        ),  # a number far below the word: a part singled out (review36 S1), never a conflict
        (
            "Hundreds of workers were injured in the factory fire in Harwick on Monday, officials said.",
            "Officials said 40 workers were injured in the factory fire in Harwick on Monday.",
        ),  # below too: it may be a clash, or the badly hurt unnamed as such; the rule says less
    ],
)
def test_review36_no_vague_count_conflict_between_a_group_and_its_part(a: str, b: str) -> None:
    """Rule `vague-differs` (review36): two counted nouns, a noun taken for the event, a part of a group
    ("nine of the protesters") or of the badly hurt ("seriously wounded") is no one count two ways."""
    assert "conflict" not in _kinds(a, b), (a, b)


@pytest.mark.parametrize(
    ("words", "k", "loose"),
    [
        ("officials said 200 300 were wounded", 2, True),  # "200 to 300": `Facts.words` drops "to"
        ("officials said 200 300 were wounded", 3, True),  # the range's other end
        ("officials said 200 were wounded", 2, False),
        ("200 were wounded", 0, False),  # the first word: nothing before it
    ],
)
def test_review37_a_number_beside_a_number_is_a_range(words: str, k: int, loose: bool) -> None:
    """review36 S2: `_loose_at` reads a number with a number beside it as one end of a range, so neither end
    is one count of its event (before, only a second count of the event kept "200 to 300" from a clash)."""
    from newsbrief.align.pairs import _loose_at

    assert _loose_at(words.split(), k) is loose


def test_session40_a_change_from_one_value_to_another_is_no_range() -> None:
    """Rule `change-from` (session 40): "rose from $4 to $6" is a change, its count the new value, no range
    holding $4; the old value beside it is no conflict (`pairs` rule `old-value`). So "is now $4" no longer
    cites it (was `same-fact`), "is now $6" and "rose to $6" still do, and "was 40 percent" is neither a
    citation nor a conflict of "rose from 40 to 52 percent"."""
    from newsbrief.analyze.numbers import counts

    assert [(c.lo, c.hi, c.text) for c in counts("The ferry fare rose from $4 to $6.")] == [(6, 6, "$6")]
    assert [c.value for c in counts("The chain grew from two to five stores.")] == [5]
    assert [(c.lo, c.hi) for c in counts("Prices rose 3 to 5 percent.")] == [(3, 5)]  # no "from": a range
    rose = "The Harlow ferry fare rose from $4 to $6 on Monday."
    assert not {"fact", "quote", "conflict"} & _kinds(rose, "The Harlow ferry fare is now $4.")
    assert "fact" in _kinds(rose, "The Harlow ferry fare is now $6.")
    assert "fact" in _kinds(rose, "The Harlow ferry fare rose to $6 on Monday.")
    turnout = "Turnout in Harlow rose from 40 to 52 percent in the May election, officials said."
    was = "Turnout in Harlow was {} percent in the May election, officials said."
    assert not {"fact", "quote", "conflict"} & _kinds(turnout, was.format(40))
    assert "fact" in _kinds(turnout, was.format(52))


def test_review40_a_change_s_old_value_and_its_size_are_no_conflict() -> None:
    """Review40: rule `old-value` read "from 40 to 52" in `Facts.words`, which drops the "to" between two
    numbers ("from 40 52 percent"): it never fired on its own example. And once "cut its staff from 400 to
    250 workers" read 250 (`change-from`), "cut 150 workers", the size of that cut, was a conflict: a false
    one. The old value and the change's size beside a new value are neither conflict nor citation."""
    from newsbrief.align.features import sentence_facts, story_casing, tokens
    from newsbrief.align.pairs import _was

    texts = ["Turnout in Harlow rose from 40 to 52 percent in May.", "Turnout in Harlow was 40 percent."]
    casing = story_casing(texts, [tokens(t) for t in texts])
    rose, was = (sentence_facts(k, k, t, casing, None) for k, t in enumerate(texts))
    assert _was(rose, was.counts[0])
    cut = "Harwick Mills cut its staff from 400 to 250 workers last year, the union said."
    assert "conflict" not in _kinds(cut, "Harwick Mills cut 150 workers last year, the union said.")
    assert "conflict" in _kinds(
        cut, "Harwick Mills cut its staff from 400 to 300 workers last year, the union said."
    )


@pytest.mark.parametrize(
    ("text", "value", "was"),
    [
        ("The ferry fare rose from $4 to $6 on Monday.", 6, 4),
        ("Unemployment in Harwick fell from 9 to 7 percent.", 7, 9),
        ("The chain grew from two to five stores.", 5, 2),  # in words
        ("Output rose from two to three million barrels.", 3e6, 2e6),  # the scale of the new value
        ("Sales rose from $1.2 million to $1.5 million.", 1.5e6, 1.2e6),
        ("Prices rose 3 to 5 percent.", 3, None),  # no "from": a range, no old value
        ("Between 3 and 6 percent of voters stayed home.", 3, None),
    ],
)
def test_numbers41_a_change_keeps_its_old_value(text: str, value: float, was: float | None) -> None:
    """Issue 14 (numbers41): rule `change-from` keeps the old value it reads as the count's `was`, so
    `pairs` rule `old-value` compares it and never parses the sentence's words again."""
    from newsbrief.analyze.numbers import counts

    assert [(c.value, c.was) for c in counts(text)] == [(value, was)]


def test_numbers41_old_value_reads_a_change_in_words_too() -> None:
    """Rule `old-value` reads `Count.was` of a change written in words too ("grew from two to five stores"):
    its old value (two) and its size (three) are a past value and a difference; four is neither."""
    from newsbrief.align.features import sentence_facts, story_casing, tokens
    from newsbrief.align.pairs import _was
    from newsbrief.analyze.numbers import counts

    texts = ["The Harwick chain grew from two to five stores last year."]
    casing = story_casing(texts, [tokens(t) for t in texts])
    grew = sentence_facts(0, 0, texts[0], casing, None)
    for other, was in [("had two stores", True), ("opened three stores", True), ("had four stores", False)]:
        assert _was(grew, counts(f"The Harwick chain {other} last year.")[0]) is was


@pytest.mark.parametrize("verb", ["plummeted", "slipped", "rallied", "spiked", "tumbled", "dipped", "shrunk"])
def test_numbers41_every_verb_of_a_rise_or_fall_tells_a_change(verb: str) -> None:
    """Rule `change-from` reads the verbs of `lexicon.verbs` (numbers41): "plummeted from 9 to 7 percent" is
    a change to 7 (its list lacked these seven verbs: it read no count, a tally) and "rallied from 40 to 52
    percent" one to 52 (it read the range 40-52)."""
    from newsbrief.analyze.numbers import counts

    for old, new in [(9, 7), (40, 52)]:
        text = f"Turnout in Harwick {verb} from {old} to {new} percent."
        assert [(c.value, c.was) for c in counts(text)] == [(new, old)]


@pytest.mark.parametrize(
    ("other", "conflict"),
    [
        ("fell to 8 percent in March", True),  # one month, two new values: the outlets disagree
        ("fell to 8 percent", True),
        ("fell from 10 to 8 percent in March", True),
        ("fell to 8 percent in February", False),  # another month's figure (rule `other-dated`)
        ("was 9 percent in February", False),  # the old value (rule `old-value`)
        ("fell to 7 percent in March", False),  # the same new value: a citation
    ],
)
def test_numbers41_a_change_s_new_value_against_another_is_a_conflict(other: str, conflict: bool) -> None:
    """Issue 14 (numbers41, review40's S): since `change-from`, "fell from 9 to 7 percent" reads 7, so "fell
    to 8 percent" of the same month is a conflict (no link before: 9-7 read as a tally). Kept: two outlets,
    one new value each, is what the conflict line is for; a value dated to another month, or the change's
    old value, is none. Open dev has no link of the shape, the training file one (not of it) in 40 stories
    writing a change."""
    a = "Unemployment in Harwick fell from 9 to 7 percent in March, the agency said."
    b = f"Unemployment in Harwick {other}, the agency said."
    assert ("conflict" in _kinds(a, b)) is conflict


_STORMED = "{} stormed the Harwick hotel on Tuesday, police said."


@pytest.mark.parametrize(
    ("a", "b", "cites"),
    [
        (_STORMED.format("As many as seven men"), _STORMED.format("As many as 10 assailants"), False),
        (_STORMED.format("Seven men"), _STORMED.format("Ten assailants"), False),
        (_STORMED.format("Seven men"), _STORMED.format("Seven assailants"), True),  # one value
        # a measure ("two weeks" / "14 days" may be one stretch of time): not read by the rule
        (
            "The Harwick strike lasted two weeks, the union said.",
            "The Harwick strike lasted 14 days, the union said.",
            False,
        ),
    ],
)
def test_numbers41_a_number_and_its_noun_put_for_another_is_no_citation(a: str, b: str, cites: bool) -> None:
    """Rule `other-count` (numbers41, issue 14's "as many as seven" / "as many as 10 assailants"): one text
    but for a number and the noun it counts ("seven men" / "10 assailants") states another value, so no
    citation (it was `same-words`); the nouns of no one class, no conflict either. The same number with
    another noun still cites."""
    assert ("fact" in _kinds(a, b)) is cites
    assert "conflict" not in _kinds(a, b)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("A Harwick ferry ticket that cost $15.99 in May now costs $26.33.", [(26.33, 15.99)]),
        ("Unemployment in Harwick, 8 percent last year, is now 7 percent.", [(7, 8)]),
        ("Unemployment in Harwick is 7 percent, down from 8 percent last year.", [(7, 8)]),
        ("The Harwick fare is now $6, up from about $4 in 2019.", [(6, 4)]),
        # another place's value beside it, no past one: both read
        ("Unemployment in Harwick is 7 percent, compared with 9 percent nationally.", [(7, None), (9, None)]),
        ("He paid $5 and now owes $10.", [(5, None), (10, None)]),  # no time word before "now"
        # rule now-other-verb (mend41): another verb after "now", another event: no old value
        (
            "The Harwick mill employed 400 workers two years ago and is now hiring 50 workers.",
            [(400, None), (50, None), (2, None)],
        ),
        ("The Harwick mill employed 400 workers last year and now employs 50 workers.", [(50, 400)]),
        # rule from-now (mend41): times to come, no old value
        (
            "The Harwick bridge may need work five years from now, 10 years from now or 20 years.",
            [(10, None), (20, None), (5, None)],
        ),
    ],
)
def test_numbers41_a_past_value_is_the_old_value_of_the_present_one(text: str, read: list) -> None:
    """Rule `past-value` (issue 14, numbers41): a value a sentence gives as what another of its unit was
    before ("cost $15.99 in May now costs $26.33", "7 percent, down from 8 percent") is that one's `was`,
    no count of its own."""
    from newsbrief.analyze.numbers import counts

    assert [(c.value, c.was) for c in counts(text)] == read


def test_numbers41_a_past_value_is_no_citation_nor_conflict() -> None:
    """Rule `past-value` with `old-value`: "a ticket that cost $15.99 in May now costs $26.33" no longer
    cites "a ticket costs $15.99" (it did, `same-fact`), nor is it a conflict; "costs $26.33" still cites."""
    a = "A Harwick ferry ticket that cost $15.99 in May now costs $26.33, the operator said."
    b = "A Harwick ferry ticket costs {}, the operator said."
    assert not {"fact", "quote", "conflict"} & _kinds(a, b.format("$15.99"))
    assert "fact" in _kinds(a, b.format("$26.33"))
    down = "Unemployment in Harwick is 7 percent, down from 8 percent last year, the agency said."
    assert not {"fact", "quote", "conflict"} & _kinds(
        down, "Unemployment in Harwick is 8 percent, the agency said."
    )
    assert "fact" in _kinds(down, "Unemployment in Harwick is 7 percent, the agency said.")


def test_numbers41_other_count_leaves_a_total_told_in_parts() -> None:
    """Rule `other-count` reads no noun its sentence counts twice: "1 count of arson ... five counts of
    arson" / "six counts of arson" is one total told in parts (an open dev citation it took, then gave
    back)."""
    from newsbrief.align.guards import _other_number

    a = "dale harwick is charged with 1 count of arson , two counts of theft and five counts of arson ."
    b = "dale harwick is charged with 6 counts of arson , two counts of theft and five counts of arson ."
    assert not _other_number(["1", "count"], ["6", "counts"], a.split(), b.split())
    came, stormed = ["7", "men", "came"], ["10", "assailants", "came"]
    assert _other_number(came[:2], stormed[:2], came, stormed)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Harwick expects a drop from 28 percent to 17 percent.", [(17, 28)]),  # was no count (a tally)
        ("Rents in Harwick would rise from 6,000 to 16,000 pounds.", [(16000, 6000)]),  # was a range
        ("The Harwick plan means an increase from $4 to $6 a ticket.", [(6, 4)]),
        ("Harwick has between 6,000 and 16,000 pounds.", [(6000, None)]),  # a range still
    ],
)
def test_numbers41_a_noun_of_change_tells_a_change(text: str, read: list) -> None:
    """Rule `change-noun` (numbers41): "a drop from 28 percent to 17 percent", "would rise from 6,000 to
    16,000" are changes as "dropped from" and "rose from" are: the new value, the old one its `was`."""
    from newsbrief.analyze.numbers import counts

    assert [(c.value, c.was) for c in counts(text)] == read


def test_review41_a_range_after_a_noun_of_change_is_no_change() -> None:
    """Rule `range-cue`: change-noun read "rate increases ranging from 5 to 15 percent" as a change to 15
    (once 5), so "rate increases of 9 percent" was a conflict (15 vs 9) where it had been a citation: a
    word that spans the values ("ranging", "varying") keeps them a range."""
    from newsbrief.analyze.numbers import counts

    a = "Harwick Power asked for rate increases ranging from 5 to 15 percent for its users, the board said."
    b = "Harwick Power asked for rate increases of 9 percent for its users, the board said."
    assert [c.was for c in counts(a)] == [None]
    assert "conflict" not in _kinds(a, b)
    assert [(c.value, c.was) for c in counts("Harwick expects a drop from 28 percent to 17 percent.")] == [
        (17, 28)
    ]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Harwick sales rose from $400,000 to $1.5 million.", [(1.5e6, 1.5e6, 4e5)]),  # once 400 billion
        ("Harwick sales were between $400,000 and $1.5 million.", [(4e5, 1.5e6, None)]),  # 1.5 m to 400 bn
        ("From 836,000 to 2.5 million harwick voters stayed home.", [(836000, 2.5e6, None)]),  # a tally, none
        (
            "Harwick sales rose from 1.2 to 1.5 million dollars.",
            [(1.5e6, 1.5e6, 1.2e6)],
        ),  # one scale for both
    ],
)
def test_review41_a_low_end_written_whole_takes_no_scale_of_the_high_end(text: str, read: list) -> None:
    """Rule `whole-low`: "from 400,000 to 1.5 million" multiplied 400,000 by the million the high end
    carries (an old value of 400 billion, a range up to it, or, the low end then above the high, a tally and
    no count): a low end with thousands commas is written whole."""
    from newsbrief.analyze.numbers import counts

    assert [(c.lo, c.hi, c.was) for c in counts(text)] == read


def test_session42_caseless_two_ages_of_one_surname_are_no_fact() -> None:
    """Rule `caseless-age`: in a story that lost its case, "arrested harlow, 31," gives harlow an age as
    "Dana Harlow, 32," does; two ages are two people or a conflict, never one fact (start e134f026: a
    fact, so each outlet was cited for the other's age)."""
    from newsbrief.align.features import named_ages, person_ages

    a = "Police arrested harlow, 31, on wednesday afternoon at the farm." + _CASELESS_A
    b = "Dana harlow, 32, was arrested wednesday at the farm, police said." + _CASELESS_B
    assert {"fact", "quote"}.isdisjoint(_kinds(a, b))
    assert {"fact", "quote"} & _kinds(a, b.replace("32", "31"))  # one age: the same arrest
    assert named_ages("police arrested harlow, 31, on wednesday", caseless=True) == {("harlow", "", "31")}
    assert person_ages("police arrested harlow, 31, on wednesday", caseless=True) == {"31"}
    assert not person_ages("police arrested harlow, 31, on wednesday")  # a cased story: no name there
    assert not person_ages("the fire started on sunday, 12, said the chief", caseless=True)
    assert not person_ages("the ship was built in the year, 1911, in belfast", caseless=True)


def test_session42_one_quotation_beside_two_ages_is_no_citation() -> None:
    """Rule `quote-other-age`: the same quoted words in two sentences that give their person two ages
    (start e134f026: a quote link, so the 22-year-old's sentence was cited by the outlet that says 23)."""
    a = (
        "The 22-year-old man suspected in five shootings on the Harwick trails threatened in 2014 to "
        '"burn the whole town down," court records show.'
    )
    b = 'The suspect, Dale Okoro, a 23-year-old welder, once threatened to "burn the whole town down."'
    links = _links(a, b)
    assert [(k.kind, k.evidence[0]) for k in links] == [("related", "rule:quote-other-age")]
    assert "quote" in _kinds(a, b.replace("23-year-old", "22-year-old"))  # one age: the same quotation
    assert "quote" in _kinds(a, b.replace(", a 23-year-old welder,", ""))  # one side gives no age


def test_session45_a_change_by_a_sum_far_after_its_plain_verb_is_no_level() -> None:
    """Rule `change-by` (session 45): "to raise government revenues next year by $23.5 billion" is the size of
    a change, so it gives no other value of the "$65 billion budget deficit" (`CHANGE_REACH`; the plain
    "raise" was no verb of change, and its "by" was past the 30 characters read)."""
    a = "Overspending by the states accounts for a big chunk of the government's $65 billion budget deficit."
    b = (
        "The spending cuts were part of a program to raise government revenues next year by $23.5 billion "
        "and shrink its high budget deficit."
    )
    assert "conflict" not in _kinds(a, b)
    level = b.replace("to raise government revenues next year by", "to bring the deficit to")
    assert _conflict_values(a, level)  # a level it is brought to: a value of the deficit


def test_session45_an_age_with_a_slash_fraction_is_one_age() -> None:
    """Rule `slash-fraction-age`: "aged 2 1/2, 3 and 2" lists three ages (it read as one, "2", so the
    list was lost and the pair below was a fact); "2 1/2", "2-1/2", "2.5" and "2½" are one age."""
    from newsbrief.align.features import age_value, ages

    assert ages("The girls, aged 2 1/2, 3 and 2, were found.") == ("2 1/2", "3", "2")
    assert {age_value(x) for x in ("2 1/2", "2-1/2", "2.5", "2½")} == {2.5}
    assert ages("aged 2 1/25") == ("2",)  # no fraction of 25


def test_session45_listed_ages_with_a_slash_fraction_that_differ_are_a_conflict() -> None:
    assert _conflict_values(
        "The girls, aged 2 1/2, 3 and 2, were found unharmed in the car outside Leeds on Sunday.",
        "The girls, aged 2, 3 and 4, were found unharmed in the car outside Leeds on Sunday.",
    ) == ["values:ages 2 1/2, 3 and 2 vs ages 2, 3 and 4"]


def test_session45_one_age_written_as_a_slash_fraction_and_as_a_glyph_is_no_conflict() -> None:
    kinds = _kinds(
        "The girls, aged 2 1/2, 3 and 2, were found unharmed in the car outside Leeds on Sunday.",
        "The girls, aged 2½, 3 and 2, were found unharmed in the car outside Leeds on Sunday, police say.",
    )
    assert "conflict" not in kinds and "fact" in kinds


def test_session45_a_number_with_a_thousands_comma_is_no_year() -> None:
    """Rule `comma-count`: "2,000 people" counts people (it was taken for the year 2000 and read as
    nothing, so "employs 2,000 people" / "employs some 3,500 people" shared every word and was a fact);
    a year is written without a comma."""
    from newsbrief.align.features import death_tolls
    from newsbrief.analyze.numbers import counts

    assert [c.value for c in counts("The Corlen plant employs 2,000 people.")] == [2000]
    assert [c.value for c in counts("In 2000, the Corlen plant had 2,050 workers.")] == [2050]
    assert [c.value for c in death_tolls("The quake left 2,000 people dead in the valley.")] == [2000]
    assert "fact" not in _kinds(
        "The Corlen plant employs 2,000 people, the company said.",
        "The Corlen plant, which employs some 3,500 people, will close in June.",
    )


def test_session45_an_age_in_an_apposition_after_a_full_name_is_that_persons() -> None:
    """Rule `named-year-old`: "Marta Keller, a 52-year-old teacher," gives Keller's age, so "Keller, 51,"
    in another outlet is one person with two ages (it was `other-age`, two people); never after a place
    ("In Dorwick, a 52-year-old man") nor a surname alone."""
    from newsbrief.align.features import named_ages

    assert named_ages("Marta Keller, a 52-year-old teacher from Dorwick, was arrested.") == {
        ("keller", "marta", "52")
    }
    assert not named_ages("In Dorwick, a 52-year-old man was arrested.")
    assert not named_ages("Outside Los Angeles, a 52-year-old man died.")
    assert not named_ages("Keller, a 52-year-old teacher, was arrested.")
    assert _conflict_values(
        "Marta Keller, a 52-year-old teacher from Dorwick, was arrested at the Tamsin station on Friday.",
        "Keller, 51, was arrested at the Tamsin station on Friday, police said.",
    ) == ["values:aged 52 vs aged 51"]


def test_session45_two_vote_tallies_are_never_one_fact() -> None:
    """Rule `vote-tally`: a tally is read as no count (numbers rule `tally`), so "voted 7-2" / "by a vote
    of 6-3" shared every other word and was a fact (stated-within): a citation of an outlet that gives
    another vote. Two tallies, none alike, are a clash no fact passes; the same tally either way is one."""
    from newsbrief.align.features import vote_tallies

    assert vote_tallies("The council voted 7-2 to approve it.") == {"7-2"}
    assert vote_tallies("In a 2-7 vote, the council approved it.") == {"7-2"}
    assert vote_tallies("By a vote of 6-3, the court upheld it.") == {"6-3"}
    assert "fact" not in _kinds(
        "The Dorwick council voted 7-2 to approve the budget on Tuesday.",
        "The Dorwick council approved the budget on Tuesday by a vote of 6-3.",
    )
    assert "fact" in _kinds(
        "The Dorwick council voted 7-2 to approve the budget on Tuesday.",
        "The Dorwick council approved the budget on Tuesday by a vote of 7-2.",
    )


@pytest.mark.parametrize(
    ("lower", "conflict"),
    [
        ("A cold wave that hit Harwick a week ago has killed 32 people, police said Monday.", False),
        ("A cold wave that hit Harwick a week ago has killed 32 people, police said Wednesday.", True),
        ("A cold wave that hit Harwick a week ago has killed 32 people, police said.", True),
        # a lower count told on a later day is no update of a count that grows (review46)
        ("A cold wave that hit Harwick a week ago has killed 32 people, police said Friday.", True),
        ("A cold wave that hit Harwick a week ago has killed 32 people, police said Thursday.", True),
        ("A cold wave that hit Harwick a week ago has killed 32 people, police said Tuesday.", False),
    ],
)
def test_session46_a_count_dated_to_a_later_day_is_an_update(lower: str, conflict: bool) -> None:
    """Rule `dated-update` (session 46, cite46 item 4; DUC 2003 d31010t): "47 deaths as of Wednesday" is a
    moment of a running count, and "32 people, police said Monday" an earlier one (was `numbers-differ`);
    the same day, or no day a reader can see, stays a conflict. Sentences written for this test."""
    higher = "The homeless explain the 47 deaths as of Wednesday in the cold wave that hit Harwick."
    assert ("conflict" in _kinds(lower, higher)) == conflict, _links(lower, higher)


def test_session46_a_toll_range_beyond_an_approximation_is_a_conflict() -> None:
    """Rule `toll-range`: "killed between 200 and 250 people" is one toll of 200-250; "about 400" (a tenth
    either way) cannot reach it, so the pair is a conflict shown with both values; "about 260" can, so no."""
    about_400 = "The quake killed about 400 people in the Varna region, officials said."
    for ranged in (
        "Officials said the quake killed between 200 and 250 people in the Varna region.",
        "Between 200 and 250 people were killed when the quake struck the Varna region, officials said.",
    ):
        assert _conflict_values(ranged, about_400) == [
            "values:between 200 and 250 people vs about 400 people"
        ]
    assert _conflict_values(
        "The quake killed 200 to 250 people in the Varna region, officials said.", about_400
    ) == ["values:200 to 250 people vs about 400 people"]
    assert "conflict" not in _kinds(
        "The quake killed 200 to 250 people in the Varna region, officials said.",
        "The quake killed about 260 people in the Varna region, officials said.",
    )


def test_session46_a_toll_range_is_read_whole_and_and_needs_between() -> None:
    from newsbrief.align.features import death_tolls

    assert [(c.lo, c.hi) for c in death_tolls("killed between two and five people.")] == [(2, 5)]
    assert [(c.lo, c.hi) for c in death_tolls("Between 200 and 250 people were killed")] == [(200, 250)]
    assert [(c.lo, c.hi) for c in death_tolls("The blast killed 12 and wounded 15.")] == [(12, 12)]


def test_session47_a_non_fatal_count_is_not_a_death_toll() -> None:
    """Rule `non-harm-slot` (session 47, cite47 item 1; the shape of DUC 2003 d31022t): "non-fatal" beside
    a count says who did not die, so its slot is the hurt, and a death count in the other sentence (which
    also tells the hurt, further on) is another slot: no conflict. "Fatal injuries" is one slot with the
    dead. Sentences written for this test."""
    died = "About 40 of the guests died and more than 90 were badly hurt Sunday when fire swept the hotel."
    hurt = "Of the 120 guests who suffered non-fatal injuries in the Sunday fire, 30 are in hospital."
    assert "conflict" not in _kinds(hurt, died), _links(hurt, died)
    dead = "Of the 120 guests who suffered fatal injuries in the Sunday fire at the hotel, 30 were children."
    assert _conflict_values(dead, died) == ["values:120 guests vs about 40 guests"]


def test_session47_a_conflict_note_keeps_each_value_s_qualifier() -> None:
    """Rule `note-qualifier` (session 47, conflicts47 item 1): a conflict note writes each value with its
    qualifier as its source wrote it ("about 400 people", "as many as 10 gunmen"), never a bare number for
    an approximate one; the note still merges one number told two ways as one value, in the form true of
    both. "About 400" and "more than 380" may both hold (360-440 and 380-475): no conflict. Sentences
    written for this test."""
    from newsbrief.cite import conflict_note, value_key

    about_400 = "The quake killed about 400 people in the Varna region, officials said."
    assert _conflict_values(
        "The quake killed 250 people in the Varna region, officials said.", about_400
    ) == ["values:250 people vs about 400 people"]
    assert "conflict" not in _kinds(
        "The quake killed more than 380 people in the Varna region, officials said.", about_400
    )
    assert value_key("as many as 10 gunmen") == value_key("10 assailants") == "10"
    pairs = [(("400 people", (0,)), ("250 people", (2,))), (("about 400 people", (1,)), ("250 people", (2,)))]
    assert conflict_note(pairs) == "about 400 people [1,2] vs 250 people [3]"


def test_session47_an_event_named_in_the_count_s_clause_is_the_other_count_s_event() -> None:
    """Rule `clause-event` (session 47, conflicts47 item 3; issue 14's "as many as seven" / "as many as 10
    assailants"): a count whose neighbourhood names no event ("carried out by as many as seven
    assailants") fills the slot of the other's event ("took part in the attack") when its own clause
    names that event word ("The attack ... was carried out by"): a conflict (was two slots,
    counts-differ-loosely). A killing the first clause never names, or another crime, stays two slots.
    Sentences written for this test."""
    carried = (
        "The attack on the hotel in Nairobi was carried out by as many as seven assailants, police said."
    )
    assert _conflict_values(
        carried, "As many as 10 gunmen took part in the attack on the hotel in Nairobi, police said."
    ) == ["values:as many as seven assailants vs as many as 10 gunmen"]
    killed = "As many as 10 gunmen were killed in the attack on the hotel in Nairobi, police said."
    assert "conflict" not in _kinds(carried, killed)
    assert "conflict" not in _kinds(
        "The robbery of the bank in Nairobi was carried out by as many as seven gunmen, police said.",
        "As many as 10 gunmen took part in the attack on the bank in Nairobi, police said.",
    )


def test_session47_a_total_of_several_events_is_no_conflict_with_one_of_them() -> None:
    """Rule `events-total` (session 47, parts47; the shape of DUC 2006 D0626H and DUC 2003 d31011t): the
    higher count is said of events in the plural ("the two blasts killed 64 people"), the lower of one event
    ("the blast at the mill killed 51", "the toll from Mirna"): a total and its part, no conflict. A plural
    count lower than the one event's, two plurals, or two singulars stay a conflict. Sentences written
    for this test."""
    total = "The two blasts at the mill and the depot in Varna on Monday killed 64 people, officials said."
    one = "The blast at the mill in Varna on Monday killed 51 people, officials said."
    assert "conflict" not in _kinds(total, one), _links(total, one)
    assert "conflict" not in _kinds(one, total)
    storms = "The storms in Varna left at least 370 people dead, officials said on Monday."
    named = "Officials in Varna said on Monday that the death toll from Mirna had risen to 151."
    assert "conflict" not in _kinds(storms, named), _links(storms, named)
    fewer = "The two blasts at the mill and the depot in Varna on Monday killed 40 people, officials said."
    assert _conflict_values(fewer, one) == ["values:40 people vs 51 people"]
    assert _conflict_values(
        one, "The blast at the mill in Varna on Monday killed 64 people, officials said."
    ) == ["values:51 people vs 64 people"]
    assert _conflict_values(
        total, "The two blasts at the mill and the depot in Varna on Monday killed 51 people, officials said."
    ) == ["values:64 people vs 51 people"]


def test_session47_one_town_s_count_is_no_conflict_with_a_wider_place_s() -> None:
    """Rule `town-in-wider` (session 47, parts47; the shape of DUC 2003 d31028t): the lower count is bound
    to a town ("the town's death toll"), the higher names no town but a place the first never names
    ("in Romania"): one town's count and a country's, no conflict. The same count with no town written
    stays a conflict. Sentences written for this test."""
    wide = "The floods have left more than 280 people dead in Romania, officials said on Monday."
    town = "Rescuers found nine more bodies, bringing the town's death toll from the floods to 102."
    assert "conflict" not in _kinds(town, wide), _links(town, wide)
    assert _conflict_values(
        "Rescuers found nine more bodies, bringing the death toll from the floods to 102.", wide
    ) == ["values:102 dead vs more than 280 people"]


def test_session49_those_aboard_are_people_however_written() -> None:
    """Rule `aboard-people` and the concept "aboard, on board": "all 40 on board" and "40 aboard" count
    people, as "40 people aboard" does (they were units "board" and "aboard"), so the two tellings of one
    toll are one fact; another value of it is no fact."""
    from newsbrief.analyze.numbers import counts

    for text in (
        "All 40 on board were killed.",
        "All 40 aboard were killed.",
        "It killed all 40 people aboard.",
    ):
        (c,) = counts(text)
        assert (c.value, c.unit) == (40, "people")
    a = "All 40 on board were killed, as were two on the ground."
    assert _kinds(
        a, "The Tuesday crash, the first in its history, killed all 40 people aboard and two on the ground."
    ) == {"fact"}
    assert not _kinds(a, "The Tuesday crash killed all 38 people aboard and two on the ground.") & {
        "fact",
        "quote",
    }


def test_session52_one_measure_in_two_units_is_one_fact_only_once_converted() -> None:
    """Rule `units-apart` (session 52, conflicts52): "12 miles" / "12 kilometres" and "5 feet long" / "2
    metres long" share their words but not their measure (`_measure_clash` compares one unit with
    itself only), so neither states the other, and two measures are no conflict either. A conversion a
    reporter rounds ("30,000 feet" / "9,000 metres", "10 inches" / "25 centimetres") is one measure, and
    two things measured (another word after each unit) are no clash. Sentences written for this test."""
    walk = "The hikers walked {} from the Harwick trailhead before the rangers found them."
    assert _kinds(walk.format("12 miles"), walk.format("12 kilometres")) == {"related"}
    shark = "The shark that bit the swimmer off Harwick beach was {} long, the coast guard said."
    assert _kinds(shark.format("5 feet"), shark.format("2 metres")) == {"related"}
    assert "fact" in _kinds(shark.format("5 feet"), shark.format("1.5 metres"))
    plane = "The plane flew at {} over Harwick before it lost contact with the tower."
    assert "fact" in _kinds(plane.format("30,000 feet"), plane.format("9,000 metres"))
    rain = "The storm dumped {} of rain on Harwick overnight, forecasters said."
    assert "fact" in _kinds(rain.format("10 inches"), rain.format("25 centimetres"))
    # two things measured ("10-foot-long" / "4-inch-thick"): the rule reads nothing, the shared point stays
    probe = (
        "The 10-foot-long (3 meters) Harwick probe will face temperatures of up to 2,500 degrees Fahrenheit."
    )
    shield = "The probe's 4-inch-thick shield must withstand temperatures close to 2,500 degrees Fahrenheit."
    assert [k.evidence[0] for k in _links(probe, shield)] == ["rule:shared-point"]


def test_session52_a_value_that_could_come_to_be_is_no_side_of_a_conflict() -> None:
    """Rule `could-total` (session 52, conflicts52; the shape of DUC 2003 d30048t): "could total as much as
    $60 billion" is what one package may come to, no value anyone reports, so it is no other value of
    "packages totaling over $100 billion"; the same two sums both reported stay a conflict. Sentences
    written for this test."""
    from newsbrief.align.features import count_marks
    from newsbrief.analyze.numbers import counts

    may = "He said nothing of the Harwick package, which officials say could total as much as $60 billion."
    (c,) = counts(may)
    assert "forecast" in count_marks(may, may.index("$60"), c)
    total = (
        "The fund has put together rescue packages totaling over $100 billion this year, its director said."
    )
    assert "conflict" not in _kinds(total, may)
    said = "The fund has put together a rescue package for Harwick totaling {}, its director said."
    assert _conflict_values(said.format("$100 billion"), said.format("$60 billion")) == [
        "values:$100 billion vs $60 billion"
    ]


def test_session52_one_physical_measure_read_alike_around_two_values_is_a_conflict() -> None:
    """Rule `measure-slot` (session 52, conflicts52; the shape of a LongBench dev story's "within 3.7 million
    miles of the Sun" / "within just 3.9 million miles (6.2 million kilometers) of the solar surface"): one
    physical measure each sentence gives once, the word before each value and the two after each unit
    alike (a hedge and a conversion passed over), the values at most `MAX_RATIO` apart: one slot, two
    values. Two limits far apart ("out to 9 miles" / "out to 200 miles offshore"), other words around
    the values, and durations are no conflict. Sentences written for this test."""
    a = _FLYBY.format("The probe", "3.7 million")
    b = "On its last pass the probe will come within just 3.9 million miles (6.3 million km) of the Sun."
    assert _conflict_values(a, b) == ["values:3.7 million miles vs 3.9 million miles"]
    assert _conflict_values(
        _FLYBY.format("The probe", "3.7 million"), _FLYBY.format("The probe", "just 3.9 million")
    ) == ["values:3.7 million miles vs 3.9 million miles"]
    limit = (
        "Boats fishing in Harwick waters, out to {} miles offshore, must report their catch, rangers said."
    )
    assert "conflict" not in _kinds(limit.format("9"), limit.format("200"))
    camp = "The climbers reached a camp {} metres on the north face of Mount Harwick on Tuesday."
    assert "conflict" not in _kinds(camp.format("at 3,700"), camp.format("below 3,900"))


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (
            "Police seized 50 kilograms of cocaine in Harwick on Friday, the agency said.",
            "Police seized 80 kilograms of heroin in Harwick on Friday, the agency said.",
            False,
        ),
        (
            "Police seized 50 kilograms of cocaine at the port of Harwick on Friday.",
            "Police seized 80 kilograms of cocaine at the port of Harwick on Friday.",
            True,
        ),
    ],
    ids=["two-drugs", "one-drug"],
)
def test_counts_of_two_things_are_no_conflict(a: str, b: str, conflict: bool) -> None:
    """Rule `of-apart` (review52's left case): "50 kilograms of cocaine" / "80 kilograms of heroin" count two
    things, each its own value; of one thing, the two values are a conflict."""
    assert ("conflict" in _kinds(a, b)) is conflict


def test_session53_an_age_after_the_age_of_counts_years_not_the_next_noun() -> None:
    """Rule `age-of` (session 53, conflicts52's left case): "died at the age of 68 at her home" / "... 71 ..."
    was a conflict shown as "68 home vs 71 home" (the counted noun read past "at her"). An age after "the age
    of", "at age" or "aged" counts years, and one age each is no conflict (two people as often as one: rule
    `other-age`'s reading); alike, it is still a number the two share. Sentences written for this test."""
    died = "The singer died {} at her home in Harwick on Sunday, her family said."
    for how in ("at the age of", "at age", "aged"):
        a, b = died.format(f"{how} 68"), died.format(f"{how} 71")
        assert "conflict" not in _kinds(a, b), how
        assert not any("home" in v for v in _conflict_values(a, b))
    from newsbrief.analyze.numbers import counts

    read = counts("The singer died at the age of 68 at her home.", ages=True)
    assert [(c.value, c.unit, c.noun) for c in read] == [(68.0, "year", "years old")]
    assert counts("The singer died at the age of 68 at her home.") == []


def test_session53_a_lone_m_after_a_spaced_number_is_metres() -> None:
    """Rule `bare-metres` (session 53, conflicts52's left case): "a camp at 3,700 m" measures metres (the
    lone "m" was no unit, so "3,700 m" / "3,900 m" was no measure and no conflict); "3,700 m" and "3,700
    metres" are one value. Never before a plural noun ("2.3 m people"), glued ("5m"), nor after a currency.
    Sentences written for this test."""
    from newsbrief.analyze.numbers import counts

    camp = "The climbers reached a camp at {} on the north face of Mount Harwick on Tuesday."
    assert _conflict_values(camp.format("3,700 m"), camp.format("3,900 m")) == ["values:3,700 m vs 3,900 m"]
    assert "conflict" not in _kinds(camp.format("3,700 m"), camp.format("3,700 metres") + " A guide said so.")
    assert [(c.unit, c.noun) for c in counts("He won the 500 m race.")] == [("meter", "m")]
    assert all(c.unit != "meter" for c in counts("The city has 2.3 m people and lost 5m pounds."))


def test_session53_two_one_word_names_each_with_a_value_are_two_slots() -> None:
    """Rule `names-apart` (session 53, review52's left case): "Lund lives 20 miles north of Harwick" / "Brook
    lives 30 miles north of Harwick", each name written alone elsewhere in its story: each sentence names a
    participant the other never does, so two people, two values, no conflict (a one-word name opening a
    sentence is no `lead`, so `other-participant` missed it). One person with two values stays a conflict.
    Sentences written for this test."""
    lives = "Police said {} lives {} miles north of Harwick. {} was arrested on Monday."
    a, b = lives.format("Lund", 20, "Lund"), lives.format("Brook", 30, "Brook")
    assert "conflict" not in _kinds(a, b)
    assert _conflict_values(a, lives.format("Lund", 30, "Lund")) == ["values:20 miles vs 30 miles"]


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        (
            "The storm was located about 200 miles east of Harwick, forecasters said.",
            "The storm was located about 150 miles east of Harwick, forecasters said.",
            False,
        ),
        (
            "The fire has burned 10,000 acres of forest near Harwick, officials said.",
            "The fire has burned 25,000 acres of forest near Harwick, officials said.",
            False,
        ),
        (
            "The storm made landfall about 20 miles east of Harwick on Tuesday, forecasters said.",
            "The storm made landfall about 30 miles east of Harwick on Tuesday, forecasters said.",
            True,
        ),
        (
            "The farm covers 10,000 acres of land near Harwick, officials said.",
            "The farm covers 25,000 acres of land near Harwick, officials said.",
            True,
        ),
    ],
    ids=["storm-position", "fire-area", "landfall", "farm-area"],
)
def test_session53_a_moving_storm_or_a_growing_fire_is_no_one_slot(a: str, b: str, conflict: bool) -> None:
    """Rule `running-measure` (session 53, review52's left case): a storm's position and a fire's burned
    area change by the hour, so two values are two moments the documents cannot order, not a conflict;
    where a storm made landfall, or a farm's area, is one slot. Sentences written for this test."""
    assert ("conflict" in _kinds(a, b)) is conflict


def test_session53_a_square_unit_is_one_area_and_converts() -> None:
    """Rule `square-unit` (session 53, found in a training census: "the 1,900sq-mile chunk" / "the 5,000 sq km
    piece", one area converted, was a conflict "1,900 sq vs 5,000 sq"): "sq" or "square" and a length unit
    measure an area in that unit; two values in one square unit, read alike around both, stay a conflict.
    Sentences written for this test."""
    from newsbrief.analyze.numbers import counts

    assert [(c.unit, c.noun) for c in counts("The 5,000 sq km piece broke off.")] == [("sqkm", "sq km")]
    assert [c.unit for c in counts("a 1,900sq-mile chunk and 300 square feet")] == ["sqmile", "sqft"]
    chunk = "The {} chunk is attached to the Harwick ice shelf, scientists said."
    assert "conflict" not in _kinds(chunk.format("1,900sq-mile"), chunk.format("5,000 sq km"))
    assert _conflict_values(chunk.format("1,900 sq-mile"), chunk.format("2,500 sq-mile")) == [
        "values:1,900 sq mile vs 2,500 sq mile"
    ]


def test_session53_a_count_dated_back_from_its_day_is_another_moment() -> None:
    """Rule `ago-alone` (session 53, found in a training census: "two years ago, when 11,600 inmates were
    refusing meals" / "30,000 inmates refused their morning meal Monday" was a conflict): one count dated to
    "... ago" and the other not are two moments, as a year on one side only is (`year_alone`). Sentences
    written for this test."""
    then = "Thornton said the protest is larger than two years ago, when 11,600 inmates refused meals."
    now = "Thornton said 30,000 inmates refused their morning meal on Monday in Harwick prisons."
    assert "conflict" not in _kinds(then, now)
    same = "Thornton said {} inmates refused their morning meal on Monday in Harwick prisons, officials said."
    assert "conflict" in _kinds(same.format("11,600"), same.format("30,000"))


def test_session53_a_toll_of_an_event_that_happened_twice_is_a_total() -> None:
    """Rule `twice-total` (session 53, found in a training census: "twice this month ... leaving at least 35
    dead" / "a sailboat ... capsized ..., killing up to 30 people" was a conflict): the higher count's
    sentence says its event happened twice, the other tells one: a total and a part, no conflict. One event
    told twice with two tolls stays a conflict. Sentences written for this test."""
    said = "{} capsized off Harwick{}, leaving {} dead, officials said."
    one = said.format("A boat carrying migrants", " on Tuesday", "20")
    twice = said.format("Twice this month, boats carrying migrants", "", "at least 35")
    assert "conflict" not in _kinds(twice, one)
    assert "conflict" in _kinds(said.format("A boat carrying migrants", " on Tuesday", "at least 35"), one)


def test_session54_a_lone_m_read_as_money_is_no_metres() -> None:
    """Rule `money-m` (session 54, conflicts53's left case): "took 12 m at the box office" is millions of
    money, not metres (`bare-metres` read it as a length: the measure conflict "12 m vs 15 m"); its currency
    unwritten, it counts nothing a reader could check, so no conflict. A climb's "3,700 m" stays metres.
    Sentences written for this test."""
    from newsbrief.analyze.numbers import counts

    film = "The new film about the Harwick flood took {} at the box office in its first weekend."
    assert "conflict" not in _kinds(film.format("12 m"), film.format("15 m"))
    assert all(c.unit != "meter" for c in counts("The firm lost 4 m in sales and 2 m in damages."))
    assert [(c.unit, c.noun) for c in counts("They reached 3,700 m in good weather.")] == [("meter", "m")]


def test_session54_a_sum_with_a_scale_letter_is_precise_to_its_last_written_digit() -> None:
    """Rule `scale-letter` (session 54, a false conflict of conflicts-tune54): "EUR 1m" is written to the
    million, so "EUR 1.1m" is the same sum told more exactly, as "4 million" / "3.8 million" are (it was
    "1.1 vs 1": the letter is not in the count's text). Two sums to one precision still differ.
    Sentences written for this test."""
    pay = "The city agreed to pay € {} to the family of the Harwick driver, lawyers said."
    assert "conflict" not in _kinds(pay.format("1.1m"), pay.format("1m"))
    assert "conflict" in _kinds(pay.format("2m"), pay.format("1m"))
    assert "conflict" in _kinds(pay.format("1.4m"), pay.format("1.1m"))


def test_session54_a_sum_raised_so_far_is_a_running_total() -> None:
    """Rule `raised-so-far` (session 54, two false conflicts of conflicts-tune54): two sums raised, one told
    in the perfect ("have already raised"), are a fundraising total at two moments, not two outlets
    disagreeing. Both in the simple past, or a company's funding round, stay a conflict.
    Sentences written for this test."""
    simple = "Volunteers in Harwick raised {} for the flood victims, organisers said."
    perfect = "Volunteers in Harwick have already raised more than {} for the flood victims, organisers said."
    assert "conflict" not in _kinds(perfect.format("$ 112,000"), simple.format("nearly $ 100,000"))
    assert "conflict" in _kinds(simple.format("$ 112,000"), simple.format("$ 100,000"))
    round_ = "The start-up {} $ {} million in its first funding round, the founders said."
    assert "conflict" in _kinds(round_.format("has raised", 50), round_.format("raised", 80))


def test_session54_a_count_bound_to_a_state_of_a_country_is_a_part() -> None:
    """Rule `region-in-wider` (session 54, a false conflict of conflicts-tune54): "in the worst-hit state of
    X, 551 people have died" is one state's toll, "more than 1,100 people in India" the country's, as a
    town's toll is a part (`town-in-wider`); in a story that lost its case, a listed place is read from its
    words ("in india"). Two tolls of the country stay a conflict.
    Sentences written for this test."""
    country = "the heat wave has killed {} people in india in less than one week." + _CASELESS_A
    state = "in the worst-hit state of rajasthan, in the west, {} people died this week." + _CASELESS_B
    assert "conflict" not in _kinds(country.format("more than 1,100"), state.format(551))
    assert "conflict" in _kinds(country.format("more than 1,100"), country.format(551) + _CASELESS_B)


def test_session55_a_two_word_unit_is_read_whole_and_would_is_a_forecast() -> None:
    """Rules `two-word-unit` and `would-forecast` (session 55): "9 solar radii" measures a distance (it was a
    count of "solar": "10 solar vs 9 solar"), so two distances of two things are no conflict; "would open
    with about $20 million" is a forecast beside a result (conflicts-tune54's two films). Two results
    stay a conflict. Sentences written for this test."""
    from newsbrief.analyze.numbers import counts

    assert [(c.unit, c.noun) for c in counts("The probe will fly within 9 solar radii of the Sun.")] == [
        ("radius", "radii")
    ]
    wind = "Scientists said that by 10 solar radii the solar wind {} going supersonic near the Sun."
    probe = "Scientists said the Harwick probe {} within 9 solar radii of the Sun."
    assert "conflict" not in _kinds(wind.format("would be"), probe.format("will fly"))
    assert "conflict" not in _kinds(wind.format("is"), probe.format("flew"))
    took = "The Harwick film opened with $31 million in its first weekend, analysts said."
    forecast = "Analysts said the Harwick film would open with about $20 million in its first weekend."
    assert "conflict" not in _kinds(forecast, took)
    assert "conflict" in _kinds(forecast.replace("would open", "opened"), took)


def test_session55_an_outlet_that_writes_both_values_contradicts_neither() -> None:
    """Rule `both-told-beside` (session 55, conflicts-tune54's two carmakers and two tweets): the outlet
    of one sentence gives the other's value too, of one counted thing, in the sentence next to it or in a
    copy of the other sentence: to it the two values are two things or two moments, no conflict between
    outlets. Without that sentence the pair stays a conflict. Sentences written for this test."""
    one = "japan's harwick motors, which had led sales for four years, sold 10.175 million vehicles in 2016."
    rival = "brook auto sold a record 10.3 million vehicles in 2016, outpacing its rival with a gain."
    next_ = " harwick motors' global sales rose 0.2 percent to 10.2 million vehicles in 2016, it said."
    assert "conflict" in _kinds(one + _CASELESS_A, rival + _CASELESS_B)
    assert "conflict" not in _kinds(one + _CASELESS_A, rival + next_ + _CASELESS_B)
    tweet = "liars is what these {} women are, and we all know more, he wrote on twitter about the hearing."
    opening = "lund posted a series of tweets about the harwick hearing on thursday morning. "
    a = opening + tweet.format(2) + _CASELESS_A
    b = "lund's tweets drew anger in harwick on thursday. " + tweet.format(3) + _CASELESS_B
    assert "conflict" in _kinds(a, b)
    later = " later he wrote: liars is what these 3 women are, and we all know more."
    assert "conflict" not in _kinds(a + later, b)


def test_session55_a_toll_that_has_now_risen_is_a_level_so_far() -> None:
    """Rule `now-risen` (session 55, conflicts-tune54's "the death toll ... has now risen to 23" / "more than
    31 people dead"): "now" with the perfect tells the level when the report was written, as "so far" does,
    so a higher toll elsewhere may be later: an update, no conflict. Session 20's "has risen to 140" with
    no "now" stays a conflict (`test_a_rate_a_change_reached_is_a_level_at_one_moment`).
    Sentences written for this test."""
    now = "The Harwick health office said the death toll from the poisoned sweets has now risen to 23."
    more = "The Harwick health office said the poisoned sweets had killed more than 31 people."
    assert "conflict" not in _kinds(now, more)
    assert "conflict" in _kinds(now.replace("has now risen", "has risen"), more)


def test_session55_an_early_stamped_report_is_an_earlier_moment() -> None:
    """Rule `stamped-report` (session 55, conflicts-tune54's "[breaking news alert, posted at 12:37 a.m.] ...
    approximately 12 officers" / "Sixteen police officers were injured overnight"): the lower count in an
    entry stamped with when it was posted is an early report of a count that grows, no conflict. The
    same sentence without its stamp stays a conflict. Sentences written for this test."""
    said = (
        'the harwick police department said " approximately 12 officers " have been injured during protests'
        " following the shooting."
    )
    stamp = "[ breaking news alert, posted at 12: 37 a.m. et wednesday ] "
    overnight = (
        "Sixteen police officers were injured overnight in a series of clashes during protests following the"
        " shooting in harwick."
    )
    assert "conflict" not in _kinds(stamp + said + _CASELESS_A, overnight + _CASELESS_B)
    assert "conflict" in _kinds(said + _CASELESS_A, overnight + _CASELESS_B)


def test_session55_a_count_set_against_another_by_a_ratio_is_one_party_of_two() -> None:
    """Rule `ratio-compared` (session 55, conflicts-tune54's two debtors): a count followed by "less than half
    of what Lund owes" is one party's value told against another's, not another value of the other
    sentence's slot. Without the ratio the pair stays a conflict. Sentences written for this test."""
    top = (
        "Lund topped the Harwick list of parents who owe child support, owing more than $560,000, they said."
    )
    second = "The second parent on the Harwick list owes {}{}, officials said."
    ratio = " -- less than half of what Lund owes"
    assert "conflict" not in _kinds(second.format("$250,000", ratio), top)
    assert "conflict" not in _kinds(second.format("$ 250,000", ratio), top)  # Multi-News+ spaces the sign
    assert "conflict" in _kinds(second.format("$250,000", " in child support"), top)


def test_session55_two_firms_whose_names_end_in_one_word_are_two_parties() -> None:
    """Rule `name-fronts-apart` (session 55, claims54's left item): "Harwick Foods" and "Brook Foods" are read
    as one participant (`E:foods`), so their two recalls were a conflict "2,000 jars vs 3,000 jars". Two
    capitalised words before one key, neither written in the other sentence, are two parties. One firm
    named alike, two given names of one surname and two titles of one person stay a conflict.
    Sentences written for this test."""
    recall = "{} said it would recall {} jars of peanut butter sold in Ohio."
    assert "conflict" not in _kinds(
        recall.format("Harwick Foods", "2,000"), recall.format("Brook Foods", "3,000")
    )
    assert "conflict" in _kinds(
        recall.format("Harwick Foods", "2,000"), recall.format("Harwick Foods", "3,000")
    )
    assert "conflict" in _kinds(
        recall.format("Steve Vogelsang", "2,000"), recall.format("Stephen Vogelsang", "3,000")
    )
    assert "conflict" in _kinds(
        recall.format("President Lund", "2,000"), recall.format("Senator Lund", "3,000")
    )


def test_review55_a_count_posted_on_a_site_is_no_early_report() -> None:
    """Rule `stamped-report` reads a stamp of when an entry was posted (a time, a weekday, a date after
    "posted at/on"); "a statement posted on Facebook" names where, not when, so the lower count it gives
    stays in conflict with the higher (review55: the rule hid it). Sentences written for this test."""
    said = "The Harwick police said 12 officers were injured in the clashes{}."
    higher = "Sixteen police officers were injured in the clashes in Harwick, the city's mayor said."
    assert "conflict" in _kinds(said.format(", in a statement posted on Facebook"), higher)
    video = "A video posted on YouTube showed the bus crash in Harwick that killed 12 people."
    assert "conflict" in _kinds(video, _CRASH)
    assert "conflict" not in _kinds("[ updated on Monday ] " + said.format(""), higher)
    assert "conflict" not in _kinds("[ posted on June 5 ] " + said.format(""), higher)


_CRASH = "The bus crash in Harwick killed 16 people, the police said."


def test_review55_would_in_another_clause_leaves_a_count_a_result() -> None:
    """Rule `would-forecast` reads "would" in the count's own words ("would open with about $20 million",
    "3,000 jobs would be cut"); in reported speech the next clause's "would" ("killed 16 people and said
    they would name them") said nothing of the toll and hid its true conflict (review55). Sentences written
    for this test."""
    fire = "The fire in Harwick killed 12 people, police said."
    named = "Police said the fire in Harwick killed 16 people and said they would name them on Friday."
    assert "conflict" in _kinds(named, fire)
    feared = "The fire in Harwick killed 16 people, more than anyone would have feared."
    assert "conflict" in _kinds(feared, fire)
    cut = "Harwick Steel cut 2,000 jobs at its plant."
    assert "conflict" not in _kinds("Harwick Steel said up to 3,000 jobs would be cut at its plant.", cut)
    assert "conflict" not in _kinds("Harwick Steel said it would cut 3,000 jobs at its plant.", cut)
    assert "conflict" in _kinds("Harwick Steel said 3,000 jobs were cut at its plant.", cut)


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a lower-case surname with its given name on one side, the surname alone on the other
        (
            "A trained designer, harwell, 26, was hanged at dawn on Saturday in Dorwick.",
            "Reyla harwell, 27, was hanged at dawn on Saturday despite an outcry.",
            True,
        ),
        (
            "Estra varrow, 25, was found on Sunday afternoon by police in her home.",
            "Varrow, 26, was pronounced dead at the scene, the examiner said.",
            True,
        ),
        (
            "Buzz60 lakon smeeth, 18, of Harwick, was sentenced to 65 years in prison.",
            "Lakon smeeth, 19, laughed at a judge's comment during his sentencing.",
            True,
        ),
        # two given names: two brothers; an age "at the time"; four years apart: two moments
        (
            "Expert witnesses said stephen caffen, 41, suffered from lack of sleep.",
            "Thomas caffen, 46, insists that his brother never showed signs of illness.",
            False,
        ),
        (
            "Saira mendel, 19, was sentenced to four years probation this week.",
            "Mendel, 18 at the time, decided to hold a bake sale.",
            False,
        ),
        (
            "Valen rosko, 48, reaches speeds up to 125 mph in a wingsuit.",
            "Valen rosko, 52, an acclaimed daredevil, died in a jump.",
            False,
        ),
    ],
)
def test_session57_an_age_after_a_lower_case_surname_is_that_persons(a: str, b: str, conflict: bool) -> None:
    """Rule `lower-surname-age` (session 57, the shapes of the Random(5743) training draw): Multi-News writes
    most names in lower case after the sentence's first word ("Reyla harwell, 27,"), where `_NAMED_AGE`
    read no age, so one person given two ages was no conflict; the word before the surname is its given
    name, and `age_conflict`'s limits hold (two given names are two people; `AGE_GAP`). Sentences written
    for this test."""
    assert ("conflict" in _kinds(a, b)) == conflict, _links(a, b)


def test_session57_a_caseless_sentence_opening_on_a_given_name_gives_its_surname_one() -> None:
    """Rule `lower-surname-age` in a story that lost its case (Multi-News): only the sentence's capitalised
    first word before a lower-case surname is its given name ("Reyla harwell, 27,"), so one person given two
    ages is a conflict beside "designer, harwell, 26," (was `other-age`: no given name either side); a
    lower-case word before a surname elsewhere is an unsure one. Sentences written for this test."""
    from newsbrief.align.features import named_ages

    assert named_ages("Reyla harwell, 27, was hanged at dawn", caseless=True) == {("harwell", "reyla", "27")}
    # any other word before the surname: a given name or not (`UNSURE`), which names no one on its own
    assert named_ages("Police said deputy harwell, 31, was hurt", caseless=True) == {
        ("harwell", "?deputy", "31")
    }
    assert named_ages("Police arrested harwell, 31, on monday", caseless=True) == {("harwell", "", "31")}
    assert named_ages("The harwell, 31, was sold", caseless=True) == {("harwell", "", "31")}
    a = "A trained designer, harwell, 26, was hanged at dawn on saturday in dorwick." + _CASELESS_A
    b = "Reyla harwell, 27, was hanged at dawn on saturday despite an outcry." + _CASELESS_B
    assert "conflict" in _kinds(a, b)
    two = "Mona harwell, 26, was hanged at dawn on saturday in dorwick." + _CASELESS_A
    assert "conflict" not in _kinds(two, b)  # two given names: two people


def test_session57_a_word_before_a_lower_case_surname_names_no_one_on_its_own() -> None:
    """Rule `lower-surname-age`: the word before a lower-case surname may be a given name or any word
    (`features.UNSURE`): it tells two people apart ("james franklin harlen, 32," / "Charli harlen, 30,": a
    husband and his wife, tune54's multinews-train-20771, a false conflict before) but names no one unless
    the other side reads it too ("buzz60 lakon smeeth, 18," / "Lakon smeeth, 19,"). Sentences written
    for this test."""
    a = "The sheriff confirms james jamie franklin harlen, 32, was arrested wednesday." + _CASELESS_A
    b = "Charli harlen, 30, was arrested on monday after a student's complaint." + _CASELESS_B
    assert "conflict" not in _kinds(a, b)
    a = "Buzz60 lakon smeeth, 18, of harwick, was sentenced to 65 years in prison." + _CASELESS_A
    b = "Lakon smeeth, 19, laughed at a judge's comment during his sentencing." + _CASELESS_B
    assert "conflict" in _kinds(a, b)
