"""The election definition's rules: validation, votes allowed, phase moves."""

from __future__ import annotations

from datetime import date

import pytest

from electadmin.domain.election import (
    ElectionDefinition,
    ElectionRules,
    Phase,
    VotesPerVoterMode,
    Window,
    check_phase_move,
    validate_definition,
)
from electadmin.domain.errors import ElectadminError, ErrorCode


@pytest.mark.parametrize(("mode", "value", "seats", "allowed"), [
    (VotesPerVoterMode.ONE, 5, 2, 1),
    (VotesPerVoterMode.FIXED, 3, 2, 3),
    (VotesPerVoterMode.SEATS, 1, 6, 6),
])
def test_votes_allowed_follow_the_rule(mode, value, seats, allowed):
    assert ElectionRules(votes_per_voter_mode=mode, votes_per_voter=value).votes_allowed(seats) == allowed


def test_windows_include_both_ends():
    window = Window(date(2027, 3, 1), date(2027, 4, 30))
    assert window.contains(date(2027, 3, 1)) and window.contains(date(2027, 4, 30))
    assert not window.contains(date(2027, 2, 28)) and not window.contains(date(2027, 5, 1))
    assert not Window().contains(date(2027, 3, 1))


@pytest.mark.parametrize(("current", "target", "allowed"), [
    (Phase.SETUP, Phase.ROLL, True),
    (Phase.ROLL, Phase.SETUP, True),
    (Phase.SETUP, Phase.CANDIDACY, False),
    (Phase.COUNTING, Phase.CERTIFIED, True),
    (Phase.CERTIFIED, Phase.COUNTING, False),
    (Phase.POLLING, Phase.POLLING, False),
])
def test_phase_moves(current, target, allowed):
    if allowed:
        check_phase_move(current, target)
    else:
        with pytest.raises(ElectadminError) as caught:
            check_phase_move(current, target)
        assert caught.value.code is ErrorCode.ELECTION_PHASE_ORDER


def test_defaults_are_omans_and_valid():
    definition = ElectionDefinition(name_ar="انتخابات")
    validate_definition(definition)
    assert (definition.rules.min_voter_age, definition.rules.min_candidate_age) == (21, 30)
    assert definition.timezone == "Asia/Muscat"


def test_name_length_is_bounded():
    with pytest.raises(ElectadminError) as caught:
        validate_definition(ElectionDefinition(name_ar="ا" * 201))
    assert caught.value.code is ErrorCode.VALUE_TOO_LONG
