"""Session 51 (issue 15, outlet51): rule relayed-report, an outlet passing a quote on is not its speaker."""

from __future__ import annotations

from helpers import speakers

# a case-less opening (Multi-News+ style: only a sentence's first letter capitalised), my own writing
_HARBOUR = (
    "The harbour board of dunmore met on monday to settle the future of the north quay and its sheds. "
    "The quay has been closed for two years, and the fishing fleet has moored at the south wall since then. "
    "Harbour master ada brook spoke to the board for an hour about the cost of the repairs. "
)


def test_outlet_after_caseless_sayer_is_no_speaker() -> None:
    """'"…," varek said, the paper reported.': the paper only passes the words on, so it is never their
    speaker (nor of the quote that goes on); case-less text cannot read an unknown name: unattributed."""
    q = speakers(
        _HARBOUR + '" we will not give up the old quay without a fight, " varek said, the paper reported. '
        '" the sheds can be saved for far less. " The board will vote in may.'
    )
    assert q["we will not give up the old quay without a fight"] is None
    assert q["the sheds can be saved for far less"] is None


def test_relayed_report_is_no_second_sayer() -> None:
    """Rule one-sayer: ", the gazette reported" after "brook said," is no second sayer: the quote after
    the attribution goes on in the same speaker's words (caseless-adjacent)."""
    q = speakers(
        _HARBOUR
        + '" we will not give up the old quay without a fight, " brook said, the gazette reported in '
        'its friday edition. " the sheds can be saved for far less. " The board will vote in may.'
    )
    assert q["we will not give up the old quay without a fight"] == "Ada Brook"
    assert q["the sheds can be saved for far less"] == "Ada Brook"


def test_relayed_clause_before_that_keeps_the_sayer() -> None:
    """ "Ada Brook said, Le Monde reported, that "…"": the one who said it speaks, not the outlet."""
    q = speakers(
        "The minister spoke on Friday. Ada Brook said, Le Monde reported, that the plan "
        '"is finished and we will all go home." She left.'
    )
    assert q["is finished and we will all go home"] == "Ada Brook"


def test_relayed_clause_pronoun_keeps_its_antecedent() -> None:
    """ "She said, the paper reported, that …": "she" is the one named before, not the paper."""
    q = speakers(
        'Ada Brook spoke on Friday. She said, the paper reported, that the plan "is finished and we will '
        'all go home." She left.'
    )
    assert q["is finished and we will all go home"] == "Ada Brook"


def test_relayer_after_a_conjunction_is_a_second_sayer() -> None:
    """ "brook said, and the mayor told reporters": two sayers, no relay; the quote after is not Brook's."""
    q = speakers(
        _HARBOUR + '" we will not give up the old quay without a fight, " brook said, and the mayor told '
        'reporters. " the sheds can be saved for far less. " The board will vote in may.'
    )
    assert q["we will not give up the old quay without a fight"] == "Ada Brook"
    assert q["the sheds can be saved for far less"] != "Ada Brook"


def test_relay_verb_with_its_own_clause_reports_its_subject() -> None:
    """ "At one point, she said, a guard told her to "…"": the guard's words in her account, not hers."""
    q = speakers(
        "Ada Brook waited at the gate for an hour. At one point, she said, a guard told her to "
        '"go back to the start of the line and wait there." She missed her train.'
    )
    assert q["go back to the start of the line and wait there"] != "Ada Brook"
