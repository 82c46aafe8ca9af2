"""The election definition service: validation, audit, phases, freezing rules once polling opens."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from electadmin.domain.election import ElectionRules, Phase, VotesPerVoterMode, Window
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.services import audit
from electadmin.services.election import create_election, get_election, set_phase, update_election
from tests.conftest import sample_definition


def test_the_definition_round_trips_with_all_its_rules(store):
    rules = ElectionRules(min_voter_age=18, min_candidate_age=25, votes_per_voter_mode=VotesPerVoterMode.FIXED,
                          votes_per_voter=3, transfer_window=Window(date(2027, 3, 1), date(2027, 4, 30)),
                          objection_window=Window(date(2027, 5, 1), date(2027, 5, 15)))
    wanted = sample_definition(name_en="Municipal", rules=rules, timezone="Asia/Riyadh")
    info = update_election(store, wanted)
    assert get_election(store).definition == info.definition == wanted
    assert info.definition.rules.votes_allowed(seats=2) == 3
    last = audit.recent(store, 1)[0]
    assert last.event == "election.updated"
    assert last.before["min_voter_age"] == 21 and last.after["min_voter_age"] == 18
    assert set(last.after) == {"name_en", "timezone", "min_voter_age", "min_candidate_age",
                               "votes_per_voter_mode", "votes_per_voter", "transfer_window", "objection_window"}


def test_a_second_election_in_one_file_is_refused(store):
    with pytest.raises(ElectadminError) as caught:
        create_election(store, sample_definition())
    assert caught.value.code is ErrorCode.ELECTION_EXISTS


@pytest.mark.parametrize(("change", "code"), [
    ({"name_ar": "  "}, ErrorCode.VALUE_REQUIRED),
    ({"timezone": "Mars/Olympus"}, ErrorCode.ELECTION_BAD_TIMEZONE),
    ({"rules": ElectionRules(min_voter_age=12)}, ErrorCode.VALUE_OUT_OF_RANGE),
    ({"rules": ElectionRules(objection_window=Window(date(2027, 5, 2), date(2027, 5, 1)))},
     ErrorCode.ELECTION_WINDOW_ORDER),
    ({"rules": ElectionRules(appeal_window=Window(date(2027, 5, 2), None))}, ErrorCode.ELECTION_WINDOW_ORDER),
])
def test_invalid_definitions_are_refused_and_nothing_changes(store, change, code):
    before = get_election(store)
    with pytest.raises(ElectadminError) as caught:
        update_election(store, replace(sample_definition(), **change))
    assert caught.value.code is code
    assert get_election(store) == before


def test_phases_move_one_step_at_a_time_and_are_audited(store):
    with pytest.raises(ElectadminError) as caught:
        set_phase(store, Phase.POLLING)
    assert caught.value.code is ErrorCode.ELECTION_PHASE_ORDER
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.ROLL, Phase.CANDIDACY):
        assert set_phase(store, phase).definition.phase is phase
    events = [e for e in audit.recent(store) if e.event == "election.phase_changed"]
    assert [e.after["phase"] for e in reversed(events)] == ["roll", "candidacy", "roll", "candidacy"]


def test_rules_freeze_once_polling_opens(store):
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(store, phase)
    with pytest.raises(ElectadminError) as caught:
        update_election(store, sample_definition().with_rules(min_voter_age=18))
    assert caught.value.code is ErrorCode.ELECTION_FROZEN
    renamed = update_election(store, sample_definition(name_en="Renamed"))
    assert renamed.definition.name_en == "Renamed" and renamed.definition.phase is Phase.POLLING


def test_certified_cannot_go_back(store):
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING, Phase.COUNTING, Phase.CERTIFIED):
        set_phase(store, phase)
    with pytest.raises(ElectadminError):
        set_phase(store, Phase.COUNTING)
