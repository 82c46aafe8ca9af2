"""``electadmin polling``, run as a user runs it: check-in, refusals, undo, export, merge, turnout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electadmin.services.election import create_election, get_election
from electadmin.services.store import Store
from electadmin.services.users import create_demo_accounts
from electadmin.storage.models import Election
from tests.conftest import sample_definition
from tests.integration.test_cli import electadmin
from tests.polling_setup import STATION_A1, STATION_A2, prepare_polling


def election_file(path: Path, uid: str | None = None) -> Path:
    store = Store.open(path, create=True)
    create_demo_accounts(store)  # the accounts the commands sign in with (DEMO_ADMIN)
    create_election(store, sample_definition())
    if uid:
        with store.write() as session:
            session.get(Election, 1).uid = uid
    prepare_polling(store)
    store.close()
    return path


@pytest.fixture
def desks(tmp_path) -> tuple[Path, Path, Path]:
    committee = election_file(tmp_path / "committee.electadmin")
    store = Store.open(committee)
    uid = get_election(store).uid
    store.close()
    return committee, election_file(tmp_path / "desk1.electadmin", uid), election_file(tmp_path / "desk2.electadmin", uid)


def test_a_day_at_two_desks_and_the_committee_merging_them(desks, tmp_path):
    committee, desk1, desk2 = desks
    assert electadmin("polling", "station", "--db", str(desk1), STATION_A1).returncode == 0
    ok = electadmin("polling", "checkin", "--db", str(desk1), "١٠٠٠٠٠٠١")
    assert ok.returncode == 0, ok.stderr
    assert "10000001" in ok.stdout and STATION_A1 in ok.stdout
    again = electadmin("polling", "checkin", "--db", str(desk1), "10000001", lang="ar")
    assert again.returncode == 1 and "polling.already_voted" in again.stderr and "سبق" in again.stderr
    other = electadmin("polling", "checkin", "--db", str(desk1), "10000006")
    assert other.returncode == 1 and "SEEB-02" in other.stderr and "polling.other_centre" in other.stderr
    assert electadmin("polling", "checkin", "--db", str(desk1), "10000002").returncode == 0
    no_reason = electadmin("polling", "undo", "--db", str(desk1), "10000002", "--reason", " ")
    assert no_reason.returncode == 1 and "polling.reason_required" in no_reason.stderr
    undo = electadmin("polling", "undo", "--db", str(desk1), "10000002", "--reason", "wrong voter")
    assert undo.returncode == 0 and "undone" in undo.stdout
    assert electadmin("polling", "checkin", "--db", str(desk2), "10000001", "--station", STATION_A2).returncode == 0

    p1, p2 = tmp_path / "desk1.zip", tmp_path / "desk2.zip"
    for desk, package in ((desk1, p1), (desk2, p2)):
        exported = electadmin("polling", "export", "--db", str(desk), str(package))
        assert exported.returncode == 0, exported.stderr
    merged = electadmin("polling", "merge", "--db", str(committee), str(p2), str(p1), str(p2))
    assert merged.returncode == 0, merged.stderr
    assert "4 new" in merged.stdout and "1 anomalies" in merged.stdout
    assert "0 new" in electadmin("polling", "merge", "--db", str(committee), str(p1)).stdout

    turnout = electadmin("polling", "turnout", "--db", str(committee), "--json")
    data = json.loads(turnout.stdout)
    assert sum(r["voters"] for r in data["rows"]) == 2
    assert {r["station_code"] for r in data["rows"]} == {STATION_A1, STATION_A2}
    (centre,) = data["centres"]
    assert centre["voters"] == 2 and centre["roll"] == 5 and centre["percent"] == 40.0
    assert "SEEB-01" in electadmin("polling", "turnout", "--db", str(committee)).stdout
    anomalies = json.loads(electadmin("polling", "anomalies", "--db", str(committee), "--json").stdout)
    assert [a["civil_number"] for a in anomalies] == ["10000001"]

    pdf = tmp_path / "summary.pdf"
    closed = electadmin("polling", "close", "--db", str(desk1), "--pdf", str(pdf), "--json")
    assert closed.returncode == 0, closed.stderr
    summary = json.loads(closed.stdout)
    assert (summary["men"], summary["women"], summary["undo_count"]) == (1, 0, 1)
    assert pdf.read_bytes().startswith(b"%PDF")
    late = electadmin("polling", "checkin", "--db", str(desk1), "10000003")
    assert late.returncode == 1 and "polling.station_closed" in late.stderr
    assert electadmin("audit", "verify", "--db", str(committee)).returncode == 0


def test_a_damaged_package_is_refused_with_its_reason(desks, tmp_path):
    committee, desk1, _ = desks
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    result = electadmin("polling", "merge", "--db", str(committee), str(bad))
    assert result.returncode == 1 and "polling.package_damaged" in result.stderr
    assert electadmin("polling", "checkin", "--db", str(desk1), "10000001").returncode == 1  # no station yet
