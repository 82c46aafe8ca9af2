"""The demo election: complete, marked DEMO, reproducible, its audit chain intact."""

from __future__ import annotations

import pytest

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import CentreKind
from electadmin.domain.progress import run_to_end
from electadmin.services import audit, geography, packages, polling
from electadmin.services.polling_demo import DEMO_SIGNERS
from electadmin.services.demo import DemoOptions, create_demo, populate_demo
from electadmin.services.election import get_election


def store_polling_date(store):
    from electadmin.services.election import get_election

    return get_election(store).definition.polling_date


def test_the_demo_is_a_whole_marked_election(backend, tmp_path):
    progress = []
    store = backend.open()
    try:
        info = run_to_end(populate_demo(store, DemoOptions(voters=1500, seed=7)), progress.append)
        assert info.is_demo and get_election(store).definition.is_demo
        totals = geography.summary(store)
        assert (totals.governorates, totals.wilayats, totals.seats) == (11, 63, 90)
        centres = geography.list_centres(store)
        assert {w.code for w in geography.list_wilayats(store)} == {c.wilayat_code for c in centres}
        assert {c.kind for c in centres} == set(CentreKind)
        assert totals.stations >= totals.centres
        machine = polling.machine_info(store)  # polling day: this computer's station shows turnout
        turnout = polling.station_turnout(store)
        assert machine.station_code and turnout.total > 0 and turnout.by_hour
        # the check-ins are spread over the polling day's hours (07:00 to 19:00 local), not made "now"
        by_hour: dict[int, int] = {}
        for row in polling.turnout_rows(store):
            by_hour[row.hour] = by_hour.get(row.hour, 0) + row.voters
        assert min(by_hour) >= 7 and max(by_hour) <= 18 and len(by_hour) >= min(3, machine.events), by_hour
        committee = polling.station_committee(store)  # the demo station can sign its check-ins
        assert committee.quorum == 2 and all(m.can_sign_here for m in committee.members)
        exported = polling.export_events(store, tmp_path / "demo-checkins.zip", DEMO_SIGNERS[:2])
        assert exported.events == machine.events and packages.verify_package(store, exported.path).ok
        times = [e.at for e in polling.events(store) if e.station == machine.station_code]
        assert times == sorted(times) and {t.date() for t in times} == {store_polling_date(store)}
        assert sum(r.voters for r in polling.turnout_rows(store)) == machine.events > turnout.total
        assert audit.verify(store).intact
    finally:
        store.close()
    assert progress and progress[-1].total > 0


def test_the_same_seed_gives_the_same_demo(tmp_path):
    run_to_end(create_demo(tmp_path / "a.electadmin", DemoOptions(voters=1000, seed=3)))
    run_to_end(create_demo(tmp_path / "b.electadmin", DemoOptions(voters=1000, seed=3)))
    from electadmin.services.store import Store

    a, b = Store.open(tmp_path / "a.electadmin"), Store.open(tmp_path / "b.electadmin")
    try:
        assert geography.list_centres(a) == geography.list_centres(b)
        from electadmin.services.roll import voter_page

        assert voter_page(a, None, 0, 1000) == voter_page(b, None, 0, 1000)  # the same generated roll
    finally:
        a.close()
        b.close()


def test_a_demo_never_overwrites_an_election(tmp_path):
    path = tmp_path / "existing.electadmin"
    run_to_end(create_demo(path, DemoOptions(voters=200)))
    with pytest.raises(ElectadminError) as caught:
        run_to_end(create_demo(path))
    assert caught.value.code is ErrorCode.ELECTION_EXISTS


def test_the_demo_certifies_with_its_committees_signatures_and_makes_no_backup_while_built(tmp_path):
    """Its certified wilayats carry k valid signatures of their committees; building it made no
    before-certification backup; a certification afterwards (a user's) is backed up as always."""
    from electadmin.domain.roles import Actor, Role
    from electadmin.services import backup, committees
    from electadmin.services.certification import check_certification, certify
    from electadmin.services.committees_demo import DEMO_SIGNING_PASSWORD, demo_credentials, enrol_wilayat_committee
    from electadmin.services.store import Store
    from electadmin.services.tally import ResultStatus, constituency_results

    path = tmp_path / "demo.electadmin"
    run_to_end(create_demo(path, DemoOptions(voters=0)))
    assert backup.list_backups(path) == []
    store = Store.open(path, actor=Actor("admin", Role.ADMINISTRATOR))
    try:
        results = constituency_results(store)
        certified = [r.wilayat_code for r in results if r.status is ResultStatus.CERTIFIED]
        assert certified
        for code in certified:
            check = check_certification(store, code)
            assert check is not None and check.ok and len(check.valid) >= check.required >= 2
        main = committees.get_committee(store, committees.MAIN_COMMITTEE)
        assert main.quorum >= 2 and all(m.can_sign_here for m in main.members)
        assert committees.unlock_signers(store, "MAIN", [(m.name, DEMO_SIGNING_PASSWORD) for m in main.members])

        complete = next(r.wilayat_code for r in results if r.status is ResultStatus.COMPLETE and r.tie is None
                        and all(s.status.value == "matched" for s in _stations(store, r.wilayat_code)))
        committee = enrol_wilayat_committee(store, complete)
        certify(store, complete, demo_credentials(committee))
        assert [b.reason for b in backup.list_backups(path)] == ["before-certification"]
    finally:
        store.close()


def _stations(store, code):
    from electadmin.services.count_record import list_stations

    return list_stations(store, code)


def test_the_demo_committees_cannot_be_made_in_a_real_election(store):
    from electadmin.services.committees_demo import enrol_wilayat_committee

    with pytest.raises(ElectadminError) as refused:
        enrol_wilayat_committee(store, "MA01")
    assert refused.value.code is ErrorCode.DEMO_ONLY
