"""Polling-day services on SQLite and PostgreSQL: check-in, refusals, undo, turnout, closing, merging."""

from __future__ import annotations

import zipfile

import pytest
from sqlalchemy import func, select

from electadmin.domain.roles import Actor, Role
from electadmin.domain.arabic import search_key
from electadmin.domain.audit import EventType
from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.polling import CheckInRefused, RefusalReason, derive
from electadmin.domain.roles import Actor, Role
from electadmin.services import audit
from electadmin.services import polling as svc
from electadmin.services.election import create_election, get_election
from electadmin.storage.models import AuditEntry, PollingCheckIn, PollingEventRow
from tests.conftest import sample_definition
from tests.polling_setup import (
    CENTRE_A, CENTRE_B, CENTRE_COMMITTEE_A, CENTRE_SIGNERS, STATION_A1, STATION_A2, VOTERS, committee_template,
    copy_committees, prepare_polling,
)


@pytest.fixture
def pstore(store):
    prepare_polling(store)
    return store


def audit_events(store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(AuditEntry.event).order_by(AuditEntry.sequence)))


def refused(store, civil, station=STATION_A1) -> CheckInRefused:
    with pytest.raises(CheckInRefused) as caught:
        svc.check_in(store, civil, station)
    return caught.value


def test_a_check_in_is_stored_with_time_station_clerk_and_audited(pstore):
    result = svc.check_in(pstore, "١٠٠٠٠٠٠١", STATION_A1)  # Arabic-Indic digits, as a keyboard may type
    assert (result.civil_number, result.station_code, result.gender) == ("10000001", STATION_A1, "M")
    (event,) = svc.events(pstore)
    assert event.key == (result.machine_id, 1) and event.clerk == "tester" and event.at == result.at
    assert event.station == STATION_A1 and event.at.tzinfo is not None
    assert audit_events(pstore)[-1] == EventType.VOTER_CHECKED_IN.value
    assert audit.verify(pstore).intact
    assert svc.look_up(pstore, "10000001", STATION_A2).refusal.reason is RefusalReason.ALREADY_VOTED


def test_each_refusal_is_given_with_its_reason_and_nothing_is_written(pstore):
    svc.check_in(pstore, "10000001", STATION_A1)
    before = len(audit_events(pstore))
    voted = refused(pstore, "10000001", STATION_A2)
    assert voted.code is ErrorCode.POLLING_ALREADY_VOTED and voted.params["station"] == STATION_A1
    assert voted.params["centre"] == "مدرسة السيب للتعليم الأساسي" and voted.params["when"].startswith("20")
    assert refused(pstore, "99999999").code is ErrorCode.POLLING_NOT_ON_ROLL
    assert refused(pstore, "10000004").code is ErrorCode.POLLING_REMOVED
    young = refused(pstore, "10000005")
    assert young.code is ErrorCode.POLLING_NOT_ELIGIBLE and young.params == {"age": 17, "minimum": 21}
    other = refused(pstore, "10000006")
    assert other.code is ErrorCode.POLLING_OTHER_CENTRE and other.params["code"] == CENTRE_B
    assert len(audit_events(pstore)) == before and len(svc.events(pstore)) == 1
    with pytest.raises(ElectadminError) as bad:
        svc.check_in(pstore, "12ab", STATION_A1)
    assert bad.value.code is ErrorCode.VALUE_BAD_CIVIL_NUMBER
    with pytest.raises(ElectadminError) as unknown:
        svc.check_in(pstore, "10000002", "NOPE-1")
    assert unknown.value.code is ErrorCode.POLLING_UNKNOWN_STATION


def test_check_ins_happen_only_in_the_polling_phase(store):
    prepare_polling(store, phase=Phase.CANDIDACY)
    with pytest.raises(ElectadminError) as caught:
        svc.check_in(store, "10000001", STATION_A1)
    assert caught.value.code is ErrorCode.ELECTION_WRONG_PHASE


def test_the_machines_station_is_the_default(pstore):
    with pytest.raises(ElectadminError) as caught:
        svc.check_in(pstore, "10000001")
    assert caught.value.code is ErrorCode.POLLING_NO_STATION
    svc.assign_station(pstore, STATION_A2.lower())
    assert svc.machine_info(pstore).station_code == STATION_A2
    assert svc.check_in(pstore, "10000001").station_code == STATION_A2
    assert EventType.POLLING_STATION_ASSIGNED.value in audit_events(pstore)


def test_undo_needs_a_reason_is_audited_and_the_voter_can_check_in_again(pstore):
    first = svc.check_in(pstore, "10000002", STATION_A1)
    with pytest.raises(ElectadminError) as caught:
        svc.undo_check_in(pstore, "10000002", "   ")
    assert caught.value.code is ErrorCode.POLLING_REASON_REQUIRED
    undone = svc.undo_check_in(pstore, "10000002", "wrong card scanned")
    assert undone.undone == (first.machine_id, first.sequence) and undone.station_code == STATION_A1
    assert svc.look_up(pstore, "10000002", STATION_A1).refusal is None
    again = svc.check_in(pstore, "10000002", STATION_A2)
    assert again.sequence == 3
    summary = svc.closing_summary(pstore, STATION_A1)
    assert (summary.total, summary.undo_count) == (0, 1)
    assert svc.closing_summary(pstore, STATION_A2).women == 1
    assert EventType.CHECK_IN_UNDONE.value in audit_events(pstore)
    with pytest.raises(ElectadminError) as nobody:
        svc.undo_check_in(pstore, "10000001", "error")
    assert nobody.value.code is ErrorCode.POLLING_NOT_CHECKED_IN
    assert derive(svc.events(pstore)).voted.keys() == {"10000002"}


def test_turnout_of_station_and_centre_by_hour_and_gender_against_the_centres_roll(pstore):
    for civil, station in (("10000001", STATION_A1), ("10000002", STATION_A1), ("10000003", STATION_A2)):
        svc.check_in(pstore, civil, station)
    station = svc.station_turnout(pstore, STATION_A1)
    assert (station.men, station.women, station.total) == (1, 1, 2)
    centre = svc.centre_turnout(pstore, CENTRE_A)
    active_in_a = sum(1 for v in VOTERS if v[4] == CENTRE_A and v[5] == "active")
    assert centre.roll == active_in_a == 5 and (centre.men, centre.women) == (1, 2)
    assert centre.percent == pytest.approx(60.0)
    assert sum(h.total for h in centre.by_hour) == 3 and all(0 <= h.hour < 24 for h in centre.by_hour)
    rows = svc.turnout_rows(pstore, "SEEB")
    assert sum(r.voters for r in rows) == 3 and {r.station_code for r in rows} == {STATION_A1, STATION_A2}
    assert all(r.centre_code == CENTRE_A and r.wilayat_code == "SEEB" for r in rows)


def test_closing_the_polls_fixes_the_summary_and_refuses_more_check_ins(pstore):
    svc.check_in(pstore, "10000001", STATION_A1)
    svc.check_in(pstore, "10000002", STATION_A1)
    svc.check_in(pstore, "10000003", STATION_A1)
    svc.undo_check_in(pstore, "10000003", "voter left before voting")
    summary = svc.close_polls(pstore, STATION_A1)
    assert (summary.men, summary.women, summary.total, summary.undo_count) == (1, 1, 2, 1)
    assert summary.closed_at is not None and summary.closed_by == "tester"
    assert summary.first_at <= summary.last_at
    with pytest.raises(ElectadminError) as closed:
        svc.check_in(pstore, "10000007", STATION_A1)
    assert closed.value.code is ErrorCode.POLLING_STATION_CLOSED
    with pytest.raises(ElectadminError):
        svc.undo_check_in(pstore, "10000001", "late")
    assert svc.check_in(pstore, "10000007", STATION_A2).station_code == STATION_A2
    assert svc.closing_summary(pstore, STATION_A1) == summary
    assert EventType.POLLS_CLOSED.value in audit_events(pstore)


def test_the_closing_summary_is_the_count_records_voters_who_voted(pstore):
    from electadmin.domain.reconciliation import CountFigures, ReconciliationCode, reconcile

    for civil in ("10000001", "10000002", "10000003"):
        svc.check_in(pstore, civil, STATION_A1)
    summary = svc.close_polls(pstore, STATION_A1)
    assert summary.voted_figures() == {"voted_men": 1, "voted_women": 2, "voted_total": 3}
    box = dict(ballots_received=10, ballots_used=3, ballots_spoiled=0, ballots_unused=7, valid=3, invalid=0, blank=0)
    assert reconcile(CountFigures(**summary.voted_figures(), ballots_found=3, **box)) == ()
    stuffed = reconcile(CountFigures(**summary.voted_figures(), ballots_found=4,
                                     **{**box, "ballots_used": 4, "ballots_unused": 6, "valid": 4}))
    assert [f.code for f in stuffed] == [ReconciliationCode.FOUND_ABOVE_VOTED]


def test_centre_list_marks_who_checked_in(pstore):
    svc.check_in(pstore, "10000003", STATION_A2)
    entries = svc.centre_list(pstore, CENTRE_A)
    assert [e.civil_number for e in entries if e.checked_in_station] == ["10000003"]
    assert len(entries) == 5 and "10000004" not in {e.civil_number for e in entries}
    assert [e.name for e in entries] == sorted((e.name for e in entries), key=search_key)


def test_find_by_name_is_normalised(pstore):
    found = svc.find_by_name(pstore, "ابراهيم", CENTRE_A)
    assert [v.civil_number for v in found] == ["10000007"]
    assert [v.civil_number for v in svc.find_by_name(pstore, "فاطمه")] == ["10000002"]
    assert [v.civil_number for v in svc.find_by_name(pstore, "الحارثيه")] == ["10000002"]
    assert svc.find_by_name(pstore, "ا") == []


def test_find_by_name_stays_in_the_centre_and_shows_the_refusal(pstore):
    assert svc.find_by_name(pstore, "ابراهيم", CENTRE_B) == []
    svc.check_in(pstore, "10000007", STATION_A1)
    (found,) = svc.find_by_name(pstore, "إبراهيم", CENTRE_A)
    assert found.refusal is not None and found.voted_station == STATION_A1


# ---------------------------------------------------------------- packages between stations


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    template = committee_template(tmp_path_factory.mktemp("committees") / "committees.electadmin")
    yield template
    template.close()


@pytest.fixture
def stations(tmp_path, pstore, keys):
    """The wilayat committee's file (*pstore*, holding every committee's keys) and two station laptops
    of the first centre holding the same election (same uid), geography and committees, with the
    centre committee's private keys only (as the election package addressed to it carries them)."""
    from electadmin.services.store import Store
    from electadmin.storage.models import Election

    copy_committees(keys, pstore, "*")
    uid = get_election(pstore).uid
    laptops = []
    for name, station in (("desk1", STATION_A1), ("desk2", STATION_A2)):
        laptop = Store.open(tmp_path / f"{name}.electadmin", create=True, actor=Actor(name, Role.ADMINISTRATOR))
        create_election(laptop, sample_definition())
        with laptop.write() as session:
            session.get(Election, 1).uid = uid
        prepare_polling(laptop)
        copy_committees(keys, laptop, CENTRE_COMMITTEE_A)
        svc.assign_station(laptop, station)
        laptops.append(laptop)
    yield laptops
    for laptop in laptops:
        laptop.close()


def export(store, path):
    return svc.export_events(store, path, CENTRE_SIGNERS)


def test_packages_merge_in_any_order_any_number_of_times_with_the_same_result(pstore, stations, tmp_path):
    desk1, desk2 = stations
    svc.check_in(desk1, "10000001", STATION_A1)
    svc.check_in(desk1, "10000002", STATION_A1)
    svc.check_in(desk2, "10000001", STATION_A2)  # out of contact: the same voter at another desk
    svc.check_in(desk2, "10000003", STATION_A2)
    svc.undo_check_in(desk2, "10000003", "wrong voter")
    early = export(desk1, tmp_path / "desk1-early.zip")
    svc.check_in(desk1, "10000007", STATION_A1)
    p1 = export(desk1, tmp_path / "desk1.zip").path
    p2 = export(desk2, tmp_path / "desk2").path  # a folder this time
    assert early.events == 2 and early.committee == CENTRE_COMMITTEE_A and set(early.signers) == {"c1", "c2"}
    summary = svc.merge_packages(pstore, [p2, early.path])
    assert (summary.events_new, summary.check_ins_new, summary.undos_new, summary.anomalies) == (5, 3, 1, 1)
    svc.merge_packages(pstore, [p1, p2, p1])
    again = svc.merge_packages(pstore, [early.path, p1])
    assert again.events_new == 0
    state = derive(svc.events(pstore))
    assert set(state.voted) == {"10000001", "10000002", "10000007"}
    (anomaly,) = svc.anomalies(pstore)
    assert anomaly.civil_number == "10000001" and {c.station_code for c in anomaly.check_ins} == {STATION_A1, STATION_A2}
    assert anomaly.name.startswith("أحمد")
    with pstore.read() as session:
        assert session.scalar(select(func.count()).select_from(PollingEventRow)) == 6
        assert session.scalar(select(func.count()).select_from(PollingCheckIn)) == 4
    assert sum(r.voters for r in svc.turnout_rows(pstore)) == 4
    assert audit_events(pstore).count(EventType.POLLING_EVENTS_MERGED.value) == 3
    merged = [e for e in audit.recent(pstore, 20) if e.event == EventType.POLLING_EVENTS_MERGED.value][0]
    assert {p["committee"] for p in merged.after["packages"]} == {CENTRE_COMMITTEE_A}
    # the other order, into a fresh committee store, gives the same state and anomalies
    desk1_state = svc.merge_packages(desk1, [p2])
    assert desk1_state.anomalies == 1
    assert derive(svc.events(desk1)) == state
    # the desk's own export merged back changes nothing, and its numbering goes on after it
    assert svc.merge_packages(desk1, [p1]).events_new == 0
    assert svc.check_in(desk1, "10000003", STATION_A1).sequence == 4


def test_an_undo_merged_before_its_check_in_cancels_it(pstore, stations, tmp_path):
    desk1, _ = stations
    svc.check_in(desk1, "10000001", STATION_A1)
    svc.undo_check_in(desk1, "10000001", "mistake")
    full = export(desk1, tmp_path / "full.zip").path
    svc.merge_packages(pstore, [full])
    assert svc.closing_summary(pstore, STATION_A1).total == 0
    assert svc.closing_summary(pstore, STATION_A1).undo_count == 1


def test_exporting_needs_k_of_the_centre_committees_signatures(stations, tmp_path):
    desk1, _ = stations
    svc.check_in(desk1, "10000001", STATION_A1)
    assert svc.station_committee(desk1).code == CENTRE_COMMITTEE_A
    with pytest.raises(ElectadminError) as too_few:
        svc.export_events(desk1, tmp_path / "one.zip", CENTRE_SIGNERS[:1])
    assert too_few.value.code is ErrorCode.PACKAGE_TOO_FEW_SIGNATURES
    with pytest.raises(ElectadminError) as wrong:
        svc.export_events(desk1, tmp_path / "bad.zip", [CENTRE_SIGNERS[0], ("c2", "not-the-password")])
    assert wrong.value.code is ErrorCode.MEMBER_BAD_PASSWORD
    assert not (tmp_path / "one.zip").exists() and not (tmp_path / "bad.zip").exists()


def _rewrite(path, change):
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    change(files)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


def test_damaged_or_conflicting_packages_merge_nothing(pstore, stations, tmp_path):
    desk1, desk2 = stations
    svc.check_in(desk1, "10000001", STATION_A1)
    good = export(desk1, tmp_path / "good.zip").path
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(good.read_bytes())
    _rewrite(flipped, lambda f: f.__setitem__("events.json", f["events.json"].replace(b"10000001", b"10000002")))
    not_zip = tmp_path / "text.zip"
    not_zip.write_text("hello")
    extra = tmp_path / "extra.zip"
    extra.write_bytes(good.read_bytes())
    _rewrite(extra, lambda f: f.__setitem__("more.txt", b"x"))
    for path, code in ((flipped, ErrorCode.PACKAGE_FILE_CHANGED), (not_zip, ErrorCode.PACKAGE_UNREADABLE),
                       (extra, ErrorCode.PACKAGE_FILE_EXTRA), (tmp_path / "missing.zip", ErrorCode.PACKAGE_UNREADABLE)):
        with pytest.raises(ElectadminError) as caught:
            svc.merge_packages(pstore, [good, path])
        assert caught.value.code is code, path
        last = audit.recent(pstore, 1)[0]
        assert last.event == "package.refused" and last.after["code"] == code.value
    assert svc.events(pstore) == []

    # a copy of desk1's file on another laptop records different events under the same numbers
    from electadmin.storage.models import PollingMachine

    with desk2.write() as session:
        session.get(PollingMachine, 1).machine_id = svc.machine_info(desk1).machine_id
    svc.check_in(desk2, "10000002", STATION_A2)
    copy = export(desk2, tmp_path / "copy.zip").path
    svc.merge_packages(pstore, [good])
    with pytest.raises(ElectadminError) as conflict:
        svc.merge_packages(pstore, [copy])
    assert conflict.value.code is ErrorCode.POLLING_EVENT_CONFLICT
    with pytest.raises(ElectadminError):
        svc.merge_packages(pstore, [good, copy])
    assert len(svc.events(pstore)) == 1
