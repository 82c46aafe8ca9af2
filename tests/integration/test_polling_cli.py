"""``electadmin polling``, run as a user runs it: check-in, refusals, undo, export, merge, turnout."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from electadmin.services.election import create_election, get_election
from electadmin.services.store import Store
from electadmin.storage.models import Election
from tests.conftest import sample_definition
from tests.integration.test_cli import CHAIR, new_store
from tests.integration.test_cli import electadmin as run_cli
from tests.polling_setup import (
    CENTRE_COMMITTEE_A, CENTRE_SIGNERS, STATION_A1, STATION_A2, committee_template, copy_committees, prepare_polling,
)


def electadmin(*args: str, **options):
    return run_cli(*args, user=CHAIR, **options)


def election_file(path: Path, keys, keys_for: str, uid: str | None = None) -> Path:
    store = new_store(path)
    create_election(store, sample_definition())
    if uid:
        with store.write() as session:
            session.get(Election, 1).uid = uid
    prepare_polling(store)
    copy_committees(keys, store, keys_for)
    store.close()
    return path


@pytest.fixture(scope="module")
def keys(tmp_path_factory):
    template = committee_template(tmp_path_factory.mktemp("committees") / "committees.electadmin")
    yield template
    template.close()


@pytest.fixture
def desks(tmp_path, keys) -> tuple[Path, Path, Path]:
    committee = election_file(tmp_path / "committee.electadmin", keys, "*")
    store = Store.open(committee)
    uid = get_election(store).uid
    store.close()
    return (committee, election_file(tmp_path / "desk1.electadmin", keys, CENTRE_COMMITTEE_A, uid),
            election_file(tmp_path / "desk2.electadmin", keys, CENTRE_COMMITTEE_A, uid))


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

    assert electadmin("polling", "station", "--db", str(desk2), STATION_A2).returncode == 0
    p1, p2 = tmp_path / "desk1.zip", tmp_path / "desk2"
    signers = ("--signer", CENTRE_SIGNERS[0][0], "--signer", CENTRE_SIGNERS[1][0])
    passwords = {"ELECTADMIN_SIGNING_PASSWORD_1": CENTRE_SIGNERS[0][1],
                 "ELECTADMIN_SIGNING_PASSWORD_2": CENTRE_SIGNERS[1][1]}
    one = electadmin("polling", "export", "--db", str(desk1), str(tmp_path / "one.zip"), *signers[:2],
                     env={"ELECTADMIN_SIGNING_PASSWORD_1": CENTRE_SIGNERS[0][1]})
    assert one.returncode == 1 and "package.too_few_signatures" in one.stderr
    for desk, package in ((desk1, p1), (desk2, p2)):
        exported = electadmin("polling", "export", "--db", str(desk), str(package), *signers, env=passwords)
        assert exported.returncode == 0, exported.stderr
        assert f"signed by c1, c2 of {CENTRE_COMMITTEE_A}" in exported.stdout
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
    assert result.returncode == 1 and "package.unreadable" in result.stderr
    assert electadmin("polling", "checkin", "--db", str(desk1), "10000001").returncode == 1  # no station yet
