"""Count records through the services on SQLite and PostgreSQL: double entry, reconciliation, versions,
certification freeze, draws, reopening."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DatabaseError

from electadmin.domain.audit import EventType
from electadmin.domain.draw import DrawMethod, seed_order
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.reconciliation import ReconciliationCode
from electadmin.domain.seats import Standing
from electadmin.domain.roles import Role
from electadmin.services.certification import certification_history, record_draw, reopen
from electadmin.services.count_record import (
    RecordStatus,
    compare_entries,
    figure_history,
    get_count_record,
    list_stations,
    record_history,
    save_first_entry,
    save_second_entry,
)
from electadmin.services.tally import ResultStatus, constituency_result, national_summary
from electadmin.storage.models import AuditEntry, CountRecord, ResultCertification
from tests.conftest import act_as
from tests.integration.results_setup import as_clerk, certify_signed, ready_store, record


@pytest.fixture
def rstore(store):
    return ready_store(store)


def double(store, station, data, second=None):
    save_first_entry(as_clerk(store, "clerk-1"), station, data)
    return save_second_entry(as_clerk(store, "clerk-2"), station, second or data)


def events(store, event):
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.event == event.value))


def test_only_a_matched_double_entry_counts(rstore):
    first = save_first_entry(as_clerk(rstore, "clerk-1"), "MA01-C1-1", record([10, 20, 5]))
    assert first.record.status is RecordStatus.AWAITING_SECOND and not first.comparison.compared
    assert constituency_result(rstore, "MA01").stations_reported == 0

    differ = save_second_entry(as_clerk(rstore, "clerk-2"), "MA01-C1-1", record([10, 21, 5]))
    assert differ.record.status is RecordStatus.MISMATCH
    keys = {m.key for m in differ.comparison.mismatches}
    assert "votes:2" in keys and "valid" in keys
    vote = next(m for m in differ.comparison.mismatches if m.key == "votes:2")
    assert (vote.first, vote.second, vote.number) == (20, 21, 2)
    assert constituency_result(rstore, "MA01").candidate_votes == 0

    fixed = save_second_entry(rstore, "MA01-C1-1", record([10, 20, 5]))
    assert fixed.comparison.matched and fixed.record.status is RecordStatus.MATCHED
    result = constituency_result(rstore, "MA01")
    assert result.stations_reported == 1 and result.missing_stations == ("MA01-C1-2",)
    assert {c.ballot_number: c.votes for c in result.candidates} == {1: 10, 2: 20, 3: 5}
    assert result.status is ResultStatus.PROVISIONAL
    assert compare_entries(rstore, "MA01-C1-1").matched
    assert events(rstore, EventType.COUNT_ENTRY_SAVED) == 3
    assert events(rstore, EventType.COUNT_RECORD_MISMATCHED) == 1
    assert events(rstore, EventType.COUNT_RECORD_MATCHED) == 1


def test_the_second_entry_needs_another_clerk_and_a_first_entry(rstore):
    with pytest.raises(ElectadminError) as no_first:
        save_second_entry(as_clerk(rstore, "clerk-2"), "MA01-C1-1", record([1, 2, 3]))
    assert no_first.value.code is ErrorCode.RESULT_NO_FIRST_ENTRY
    save_first_entry(as_clerk(rstore, "clerk-1"), "MA01-C1-1", record([1, 2, 3]))
    with pytest.raises(ElectadminError) as same:
        save_second_entry(rstore, "MA01-C1-1", record([1, 2, 3]))
    assert same.value.code is ErrorCode.RESULT_SAME_CLERK


def test_a_record_that_does_not_reconcile_needs_an_explanation_and_is_marked(rstore):
    bad = record([10, 20, 5], ballots_found=40)
    with pytest.raises(ElectadminError) as refused:
        save_first_entry(as_clerk(rstore, "clerk-1"), "MA01-C1-1", bad)
    assert refused.value.code is ErrorCode.RESULT_EXPLANATION_REQUIRED
    assert "Ballots found" in str(refused.value)
    explained = record([10, 20, 5], ballots_found=40, explanation="صندوق فيه ورقتان زائدتان")
    outcome = double(rstore, "MA01-C1-1", explained)
    assert outcome.record.status is RecordStatus.MATCHED and not outcome.record.reconciles
    assert ReconciliationCode.BALLOTS_FOUND_SUM in {f.code for f in outcome.record.failed}
    assert constituency_result(rstore, "MA01").not_reconciled == 1
    assert list_stations(rstore, "MA01")[0].reconciles is False


@pytest.mark.parametrize("change, code", [
    ({"valid": -1}, ErrorCode.VALUE_TOO_SMALL),
    ({"votes": {1: 1, 2: 2}}, ErrorCode.RESULT_MISSING_VOTES),
    ({"votes": {1: 1, 2: 2, 3: 3, 9: 1}}, ErrorCode.RESULT_UNKNOWN_CANDIDATE),
    ({"opened_at": "25:00"}, ErrorCode.RESULT_BAD_TIME),
])
def test_impossible_figures_are_refused_and_nothing_is_saved(rstore, change, code):
    with pytest.raises(ElectadminError) as refused:
        save_first_entry(rstore, "MA01-C1-1", record([1, 2, 3], **change))
    assert refused.value.code is code
    assert list_stations(rstore, "MA01")[0].status is RecordStatus.MISSING


def test_times_accept_arabic_digits(rstore):
    saved = save_first_entry(rstore, "MA01-C1-1", record([1, 2, 3], opened_at="٠٧:٠٥"))
    assert saved.record.opened_at == "07:05"


def complete_ma01(store, first=(10, 20, 5), second=(7, 8, 9)):
    double(store, "MA01-C1-1", record(list(first)))
    double(store, "MA01-C1-2", record(list(second)))


def test_certification_freezes_and_reopening_keeps_both_versions(rstore):
    complete_ma01(rstore)
    assert constituency_result(rstore, "MA01").status is ResultStatus.COMPLETE
    certified = certify_signed(as_clerk(rstore, "chair"), "MA01")
    assert certified.status is ResultStatus.CERTIFIED and certified.elected == ("MA01-003",)
    assert get_count_record(rstore, "MA01-C1-1").status is RecordStatus.CERTIFIED

    with pytest.raises(ElectadminError) as frozen:
        save_first_entry(as_clerk(rstore, "clerk-1"), "MA01-C1-1", record([10, 20, 6], reason="خطأ نسخ"))
    assert frozen.value.code is ErrorCode.RESULT_CERTIFIED
    with rstore.write() as session, pytest.raises(DatabaseError):
        session.execute(update(CountRecord).values(valid=0))
        session.flush()
    with rstore.write() as session, pytest.raises(DatabaseError):
        session.execute(update(ResultCertification).values(content_hash="x"))
        session.flush()

    with pytest.raises(ElectadminError) as secretary:
        reopen(rstore, "MA01", "طعن مقبول")
    assert secretary.value.code is ErrorCode.AUTH_FORBIDDEN  # only the system administrator reopens
    admin = act_as(rstore, Role.ADMINISTRATOR)
    with pytest.raises(ElectadminError) as no_reason:
        reopen(admin, "MA01", "  ")
    assert no_reason.value.code is ErrorCode.RESULT_REASON_REQUIRED
    reopened = reopen(admin, "MA01", "طعن مقبول في اللجنة الأولى")
    assert reopened.status is ResultStatus.COMPLETE

    with pytest.raises(ElectadminError) as needs_reason:
        save_first_entry(as_clerk(rstore, "clerk-1"), "MA01-C1-1", record([10, 20, 30]))
    assert needs_reason.value.code is ErrorCode.RESULT_REASON_REQUIRED
    double(rstore, "MA01-C1-1", record([10, 20, 30], reason="إعادة العد بقرار اللجنة"))
    history = record_history(rstore, "MA01-C1-1")
    assert [(h.version, h.status) for h in history] == [(1, RecordStatus.CERTIFIED), (2, RecordStatus.MATCHED)]
    assert history[1].reason == "إعادة العد بقرار اللجنة"
    assert [v.votes for v in history[0].votes] == [10, 20, 5]
    third = figure_history(rstore, "MA01-C1-1", "votes:3")
    assert [(f.version, f.value) for f in third] == [(1, 5), (2, 30)]
    assert figure_history(rstore, "MA01-C1-1", "invalid")[1].reason == "إعادة العد بقرار اللجنة"
    result = constituency_result(rstore, "MA01")
    assert {c.ballot_number: c.votes for c in result.candidates} == {1: 17, 2: 28, 3: 39}
    assert result.elected == ("MA01-002",)
    again = certify_signed(rstore, "MA01")
    assert again.certification_version == 2
    history = certification_history(rstore, "MA01")
    assert [(h.version, h.in_force) for h in history] == [(1, False), (2, True)]
    assert history[0].reopen_reason == "طعن مقبول في اللجنة الأولى"
    assert history[0].snapshot["votes"] != history[1].snapshot["votes"]
    assert events(rstore, EventType.RESULT_CERTIFIED) == 2 and events(rstore, EventType.RESULT_REOPENED) == 1


def test_an_incomplete_result_is_not_certified(rstore):
    double(rstore, "MA01-C1-1", record([10, 20, 5]))
    with pytest.raises(ElectadminError) as refused:
        certify_signed(rstore, "MA01")
    assert refused.value.code is ErrorCode.RESULT_NOT_COMPLETE
    save_first_entry(as_clerk(rstore, "clerk-1"), "MA01-C1-2", record([1, 1, 1]))
    with pytest.raises(ElectadminError) as pending:
        certify_signed(rstore, "MA01")
    assert pending.value.code is ErrorCode.RESULT_NOT_COMPLETE


def test_a_tie_for_the_last_seat_blocks_until_a_draw(rstore):
    complete_ma01(rstore, (10, 12, 5), (7, 5, 9))  # 17, 17, 14: candidates 1 and 2 tied for the one seat
    result = constituency_result(rstore, "MA01")
    assert result.needs_draw and result.tie.seats == 1 and result.elected == ()
    assert {c.standing for c in result.candidates[:2]} == {Standing.TIED}
    with pytest.raises(ElectadminError) as blocked:
        certify_signed(rstore, "MA01")
    assert blocked.value.code is ErrorCode.RESULT_NEEDS_DRAW
    moment = datetime(2027, 10, 25, 9, 30, tzinfo=UTC)
    settled = record_draw(rstore, "MA01", DrawMethod.SEED, seed="2027-10-25 A", drawn_by="رئيس اللجنة",
                          witnesses=["وكيل المرشح الأول", "وكيل المرشح الثاني"], drawn_at=moment)
    tied = result.tie.candidates
    assert settled.elected == (seed_order("2027-10-25 A", tied)[0],)
    assert settled.draw.witnesses == ("وكيل المرشح الأول", "وكيل المرشح الثاني")
    assert any(c.by_draw for c in settled.candidates)
    assert certify_signed(rstore, "MA01").status is ResultStatus.CERTIFIED
    assert certification_history(rstore, "MA01")[0].snapshot["draw"]["seed"] == "2027-10-25 A"


def test_a_physical_draw_must_name_the_tied_group(rstore):
    complete_ma01(rstore, (10, 12, 5), (7, 5, 9))
    tied = constituency_result(rstore, "MA01").tie.candidates
    moment = datetime(2027, 10, 25, 9, 30, tzinfo=UTC)
    with pytest.raises(ElectadminError) as wrong:
        record_draw(rstore, "MA01", DrawMethod.PHYSICAL, order=[tied[0]], drawn_by="x", witnesses=["y"],
                    drawn_at=moment)
    assert wrong.value.code is ErrorCode.DRAW_NOT_PERMUTATION
    settled = record_draw(rstore, "MA01", DrawMethod.PHYSICAL, order=[tied[1], tied[0]], drawn_by="x",
                          witnesses=["y"], drawn_at=moment)
    assert settled.elected == (tied[1],)


def test_national_summary_counts_seats_women_and_turnout(rstore):
    complete_ma01(rstore)
    summary = national_summary(rstore)
    assert summary.total.seats == 3 and summary.total.constituencies == 2
    assert summary.total.stations_expected == 5 and summary.total.stations_reported == 2
    assert summary.total.turnout.registered == 1200
    assert summary.total.candidates == 7
    assert summary.status is ResultStatus.PROVISIONAL
