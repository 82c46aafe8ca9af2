"""Statuses, transfers, objections and the duplicate queue, on SQLite and PostgreSQL.

Each test asserts what the store then holds: the entry, its history and the audit log.
"""

from __future__ import annotations

from datetime import date

import pytest

from electadmin.domain.audit import EventType
from electadmin.domain.election import Phase, Window
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import run_to_end
from electadmin.domain.roll_life import (
    DuplicateReason,
    DuplicateState,
    HistoryKind,
    ObjectionKind,
    ObjectionState,
    RemovalReason,
    VoterStatus,
)
from electadmin.services import audit
from electadmin.services.duplicates import count_leads, decide_lead, list_leads, scan_duplicates
from electadmin.services.election import get_election, set_phase, update_election
from electadmin.services.objections import ObjectionData, decide_objection, list_objections, lodge_objection
from electadmin.services.roll_status import (
    remove_voter,
    restore_voter,
    transfer_voter,
    underage_count,
    voter_detail,
)
from tests.roll_data import SAMPLE, Person, add_voters, geography

TRANSFER = Window(date(2027, 3, 1), date(2027, 3, 31))
OBJECTION = Window(date(2027, 2, 1), date(2027, 2, 14))


@pytest.fixture
def roll(store):
    geography(store)
    definition = get_election(store).definition.with_rules(transfer_window=TRANSFER, objection_window=OBJECTION)
    update_election(store, definition)
    add_voters(store, SAMPLE)
    return store


def _events(store, event: EventType) -> list:
    return [e for e in audit.recent(store, 500) if e.event == event.value]


def _code(call) -> ErrorCode:
    with pytest.raises(ElectadminError) as caught:
        call()
    return caught.value.code


# ---------------------------------------------------------------- statuses


def test_removal_keeps_the_entry_with_reason_reference_history_and_audit(roll):
    record = remove_voter(roll, "١٠٠٠٠٠٠١", RemovalReason.DECEASED, "شهادة وفاة 55/2027", "من السجل المدني",
                          on=date(2027, 2, 3))
    assert record.status is VoterStatus.REMOVED and record.removal_reason is RemovalReason.DECEASED
    detail = voter_detail(roll, "10000001")
    assert detail.voter.decision_reference == "شهادة وفاة 55/2027"
    [entry] = detail.history
    assert (entry.kind, entry.reason, entry.reference, entry.day) == (
        HistoryKind.REMOVED, RemovalReason.DECEASED, "شهادة وفاة 55/2027", date(2027, 2, 3))
    [event] = _events(roll, EventType.VOTER_REMOVED)
    assert event.object_key == "10000001" and event.before["status"] == "active"
    assert event.after["status"] == "removed" and event.after["removal_reason"] == "deceased"
    assert audit.verify(roll).intact


def test_restoring_brings_the_entry_back_and_both_steps_stay_in_the_history(roll):
    remove_voter(roll, "10000001", RemovalReason.LOST_ELIGIBILITY, "قرار 3")
    record = restore_voter(roll, "10000001", "تظلم 9")
    assert record.status is VoterStatus.ACTIVE and record.removal_reason is None
    kinds = [h.kind for h in voter_detail(roll, "10000001").history]
    assert kinds == [HistoryKind.REMOVED, HistoryKind.RESTORED]
    assert len(_events(roll, EventType.VOTER_RESTORED)) == 1


def test_wrong_status_missing_reference_and_unknown_voter_are_refused_and_change_nothing(roll):
    assert _code(lambda: restore_voter(roll, "10000001", "x")) is ErrorCode.ROLL_WRONG_STATUS
    assert _code(lambda: remove_voter(roll, "10000001", RemovalReason.DECISION, "  ")) is ErrorCode.VALUE_REQUIRED
    assert _code(lambda: remove_voter(roll, "999", RemovalReason.DECISION, "r")) is ErrorCode.ROLL_UNKNOWN_VOTER
    remove_voter(roll, "10000001", RemovalReason.DECISION, "r")
    assert _code(lambda: remove_voter(roll, "10000001", RemovalReason.DECISION, "r")) is ErrorCode.ROLL_WRONG_STATUS
    assert len(voter_detail(roll, "10000001").history) == 1


def test_once_polling_opens_the_roll_is_frozen(roll):
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(roll, phase)
    assert _code(lambda: remove_voter(roll, "10000001", RemovalReason.DECISION, "r")) is ErrorCode.ELECTION_FROZEN


def test_eligibility_is_a_flag_on_polling_day_never_a_removal(roll):
    # Born 30 June 2007: 20 on polling day (24 October 2027), the rule is 21.
    young = voter_detail(roll, "10000003").voter
    assert (young.age, young.eligible, young.status) == (20, False, VoterStatus.ACTIVE)
    assert voter_detail(roll, "10000001").voter.eligible is True
    assert underage_count(roll) == 1
    definition = get_election(roll).definition
    update_election(roll, definition.with_rules(min_voter_age=18))
    assert underage_count(roll) == 0 and voter_detail(roll, "10000003").voter.eligible is True


# ---------------------------------------------------------------- transfers


@pytest.mark.parametrize("day", [TRANSFER.start, TRANSFER.end])
def test_a_transfer_on_either_end_of_the_window_moves_the_voter(roll, day):
    record = transfer_voter(roll, "10000001", "مطرح", "MA02-C02", "طلب 4", on=day)
    assert (record.wilayat_code, record.centre_code) == ("MA02", "MA02-C02")
    [entry] = voter_detail(roll, "10000001").history
    assert entry.kind is HistoryKind.TRANSFERRED and entry.day == day
    assert entry.from_centre.startswith("MA01-C01") and entry.to_centre.startswith("MA02-C02")
    [event] = _events(roll, EventType.VOTER_TRANSFERRED)
    assert event.before["centre"] == "MA01-C01" and event.after["centre"] == "MA02-C02"
    assert event.after["wilayat"] == "MA02"


@pytest.mark.parametrize("day", [date(2027, 2, 28), date(2027, 4, 1)])
def test_a_transfer_outside_the_window_is_refused_with_its_dates(roll, day):
    with pytest.raises(ElectadminError) as caught:
        transfer_voter(roll, "10000001", "MA02", "MA02-C01", on=day)
    assert caught.value.code is ErrorCode.ROLL_OUTSIDE_WINDOW
    assert (caught.value.params["start"], caught.value.params["end"]) == ("2027-03-01", "2027-03-31")
    assert voter_detail(roll, "10000001").voter.centre_code == "MA01-C01"
    assert _events(roll, EventType.VOTER_TRANSFERRED) == []


def test_a_transfer_must_name_a_centre_of_the_wilayat_that_takes_the_voter(roll):
    on = date(2027, 3, 10)
    assert _code(lambda: transfer_voter(roll, "10000001", "MA01", "MA02-C01", on=on)) is ErrorCode.ROLL_CENTRE_NOT_IN_WILAYAT
    assert _code(lambda: transfer_voter(roll, "10000001", "MA01", "MA01-C02", on=on)) is ErrorCode.ROLL_CENTRE_GENDER
    assert _code(lambda: transfer_voter(roll, "10000002", "MA02", "MA02-C02", on=on)) is ErrorCode.ROLL_CENTRE_GENDER
    assert _code(lambda: transfer_voter(roll, "10000001", "MA01", "MA01-C01", on=on)) is ErrorCode.ROLL_SAME_CENTRE
    assert _code(lambda: transfer_voter(roll, "10000001", "MA01", "NOPE", on=on)) is ErrorCode.GEO_UNKNOWN_CENTRE
    remove_voter(roll, "10000001", RemovalReason.DECISION, "r")
    assert _code(lambda: transfer_voter(roll, "10000001", "MA02", "MA02-C01", on=on)) is ErrorCode.ROLL_WRONG_STATUS


# ---------------------------------------------------------------- objections


def test_an_objection_upheld_against_an_entry_removes_it_by_decision(roll):
    lodged = lodge_objection(roll, ObjectionData(ObjectionKind.AGAINST_ENTRY, "10000001", "خالد الشحي",
                                                 "مقيم خارج الولاية"), on=OBJECTION.start)
    assert lodged.state is ObjectionState.PENDING and lodged.name.startswith("أحمد")
    decided = decide_objection(roll, lodged.number, True, "قرار اللجنة 7", on=date(2027, 2, 20))
    assert decided.state is ObjectionState.UPHELD and decided.decided_on == date(2027, 2, 20)
    detail = voter_detail(roll, "10000001")
    assert (detail.voter.status, detail.voter.removal_reason, detail.voter.decision_reference) == (
        VoterStatus.REMOVED, RemovalReason.DECISION, "قرار اللجنة 7")
    assert [h.kind for h in detail.history] == [HistoryKind.OBJECTION_LODGED, HistoryKind.REMOVED,
                                                HistoryKind.OBJECTION_DECIDED]
    assert len(_events(roll, EventType.OBJECTION_LODGED)) == 1
    assert len(_events(roll, EventType.OBJECTION_DECIDED)) == 1


def test_an_objection_upheld_against_an_omission_adds_the_person(roll):
    data = ObjectionData(ObjectionKind.OMISSION, "20000009", "المعترض نفسه", "لم يدرج اسمي",
                         name="مريم بنت حمد بن سعيد الوهيبية", gender="F", birth_date=date(1995, 4, 4),
                         wilayat="MA01", centre_code="MA01-C02")
    lodged = lodge_objection(roll, data, on=OBJECTION.end)
    assert _code(lambda: voter_detail(roll, "20000009")) is ErrorCode.ROLL_UNKNOWN_VOTER
    decide_objection(roll, lodged.number, True, "قرار 8", on=OBJECTION.end)
    detail = voter_detail(roll, "20000009")
    assert (detail.voter.centre_code, detail.voter.status, detail.voter.gender) == ("MA01-C02", VoterStatus.ACTIVE, "F")
    assert [h.kind for h in detail.history] == [HistoryKind.ADDED_BY_OBJECTION, HistoryKind.OBJECTION_DECIDED]
    assert len(_events(roll, EventType.VOTER_ADDED_BY_OBJECTION)) == 1


def test_a_dismissed_objection_changes_nothing_but_its_state(roll):
    lodged = lodge_objection(roll, ObjectionData(ObjectionKind.AGAINST_ENTRY, "10000002", "س", "ع"),
                             on=date(2027, 2, 5))
    decide_objection(roll, lodged.number, False, "قرار 9", on=date(2027, 2, 5))
    assert voter_detail(roll, "10000002").voter.status is VoterStatus.ACTIVE
    assert [o.state for o in list_objections(roll)] == [ObjectionState.DISMISSED]
    assert _code(lambda: decide_objection(roll, lodged.number, True, "x")) is ErrorCode.ROLL_OBJECTION_DECIDED


@pytest.mark.parametrize("day", [date(2027, 1, 31), date(2027, 2, 15)])
def test_an_objection_outside_its_window_is_refused(roll, day):
    with pytest.raises(ElectadminError) as caught:
        lodge_objection(roll, ObjectionData(ObjectionKind.AGAINST_ENTRY, "10000001", "س", "ع"), on=day)
    assert caught.value.code is ErrorCode.ROLL_OUTSIDE_WINDOW
    assert caught.value.params["start"] == "2027-02-01" and caught.value.params["end"] == "2027-02-14"
    assert list_objections(roll) == []


def test_objection_rules_omission_already_on_roll_and_decision_before_lodging(roll):
    on = date(2027, 2, 10)
    omission = ObjectionData(ObjectionKind.OMISSION, "10000001", "س", "ع", name="أحمد", gender="M",
                             birth_date=date(1980, 1, 1), wilayat="MA01", centre_code="MA01-C01")
    assert _code(lambda: lodge_objection(roll, omission, on=on)) is ErrorCode.ROLL_ALREADY_ON_ROLL
    lodged = lodge_objection(roll, ObjectionData(ObjectionKind.AGAINST_ENTRY, "10000001", "س", "ع"), on=on)
    assert _code(lambda: decide_objection(roll, lodged.number, True, "r", on=date(2027, 2, 9))) is \
        ErrorCode.ROLL_DECIDED_TOO_EARLY
    assert _code(lambda: decide_objection(roll, 999, True, "r", on=on)) is ErrorCode.ROLL_OBJECTION_UNKNOWN
    assert _code(lambda: lodge_objection(roll, ObjectionData(ObjectionKind.AGAINST_ENTRY, "10000001", "", "ع"),
                                         on=on)) is ErrorCode.VALUE_REQUIRED


# ---------------------------------------------------------------- duplicates


def _duplicates(store):
    add_voters(store, [
        Person("30000001", "محمد بن سالم بن علي الحارثي", birth_date=date(1970, 1, 1)),
        Person("30000002", "محمّد بن سالم بن علي الحارثي", birth_date=date(1970, 1, 1), centre="MA02-C01"),
        Person("30000003", "محمد بن سالم بن على الحارتي", birth_date=date(1970, 1, 1)),
        Person("30000004", "محمد بن سالم بن علي الحارثي", birth_date=date(1971, 1, 1)),
        Person("30000005", "محمد بن سالم بن علي البلوشي", birth_date=date(1970, 1, 1)),
    ])


def test_the_scan_queues_probable_duplicates_once_and_removes_nobody(roll):
    _duplicates(roll)
    result = run_to_end(scan_duplicates(roll))
    assert (result.voters, result.found, result.added) == (8, 3, 3)
    leads = list_leads(roll)
    pairs = {(lead.first.civil_number, lead.second.civil_number): lead.reason for lead in leads}
    assert pairs == {("30000001", "30000002"): DuplicateReason.SAME_NAME,
                     ("30000001", "30000003"): DuplicateReason.SIMILAR_NAME,
                     ("30000002", "30000003"): DuplicateReason.SIMILAR_NAME}
    assert all(lead.first.status is VoterStatus.ACTIVE and lead.second.status is VoterStatus.ACTIVE
               for lead in leads)
    again = run_to_end(scan_duplicates(roll))
    assert (again.found, again.added) == (3, 0) and count_leads(roll) == 3
    assert len(_events(roll, EventType.DUPLICATES_SCANNED)) == 2


def test_deciding_the_same_person_removes_the_other_entry_by_decision(roll):
    _duplicates(roll)
    run_to_end(scan_duplicates(roll))
    lead = next(lead for lead in list_leads(roll) if lead.reason is DuplicateReason.SAME_NAME)
    assert _code(lambda: decide_lead(roll, lead.number, True, "قرار 11", keep="10000001")) is \
        ErrorCode.ROLL_KEEP_NOT_IN_LEAD
    decided = decide_lead(roll, lead.number, True, "قرار 11", keep="30000002")
    assert decided.state is DuplicateState.SAME_PERSON and decided.kept == "30000002"
    removed = voter_detail(roll, "30000001").voter
    assert (removed.status, removed.removal_reason, removed.decision_reference) == (
        VoterStatus.REMOVED, RemovalReason.DECISION, "قرار 11")
    assert voter_detail(roll, "30000002").voter.status is VoterStatus.ACTIVE
    [event] = _events(roll, EventType.DUPLICATE_DECIDED)
    assert event.after["kept"] == "30000002" and event.after["state"] == "same_person"
    assert _code(lambda: decide_lead(roll, lead.number, False, "r")) is ErrorCode.ROLL_LEAD_DECIDED


def test_different_people_stay_out_of_later_scans(roll):
    _duplicates(roll)
    run_to_end(scan_duplicates(roll))
    for lead in list_leads(roll):
        decide_lead(roll, lead.number, False, "تحقق ميداني")
    assert count_leads(roll) == 0 and count_leads(roll, DuplicateState.DISTINCT) == 3
    assert run_to_end(scan_duplicates(roll)).added == 0 and count_leads(roll) == 0
    assert all(voter_detail(roll, c).voter.status is VoterStatus.ACTIVE for c in ("30000001", "30000002"))
    assert len(_events(roll, EventType.DUPLICATE_DECIDED)) == 3
