"""Signed packages: the election package from the main committee to a wilayat, result packages back
(the refusals shared by every kind of package: test_package_refusals.py)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.interchange import package as fmt
from electadmin.services import audit, committees, packages
from electadmin.services.election import get_election
from electadmin.services.store import Store
from tests.integration.packages_setup import main_copy, result_copy  # noqa: F401 - fixtures
from tests.integration.packages_setup import (
    MAIN_SIGNERS, W_SIGNERS, copy_file, new_file, refused, signed_in, toy_hooks, toy_world,
)

@pytest.fixture(autouse=True)
def _result_hooks():
    toy_hooks()
    yield
    packages.set_result_hooks(None)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return toy_world(tmp_path_factory.mktemp("packages"))


# ---------------------------------------------------------------- the election package


def test_the_election_package_carries_the_election_and_the_public_keys(world, tmp_path):
    wilayat = Store.open(world["wilayat"])
    main = Store.open(world["main"])
    try:
        assert get_election(wilayat).uid == get_election(main).uid
        here = {c.code: c for c in committees.list_committees(wilayat)}
        assert here["MAIN"].quorum == 2 and len(here["MAIN"].members) == 3
        assert not any(m.can_sign_here for m in here["MAIN"].members)  # the main committee's keys stay home
        assert all(m.can_sign_here for m in here["W-MA01"].members)  # the addressee's, encrypted
        events = [e.event for e in audit.recent(wilayat)]
        assert "package.imported" in events
    finally:
        wilayat.close()
        main.close()


def test_an_election_package_needs_the_confirmed_fingerprint(world, tmp_path):
    target = new_file(tmp_path / "other.electadmin")
    target.close()
    refused(tmp_path / "other.electadmin", world["election_package"], ErrorCode.PACKAGE_FINGERPRINT_MISMATCH,
             confirmed_fingerprint="0000 1111 2222 3333")


def test_an_election_package_goes_only_into_an_empty_file(world, main_copy):
    refused(main_copy, world["election_package"], ErrorCode.PACKAGE_NOT_EMPTY,
             confirmed_fingerprint=world["fingerprint"])


def test_a_changed_election_package_is_refused(world, tmp_path):
    package = Path(shutil.copytree(world["election_package"], tmp_path / "pkg"))
    data = bytearray((package / "candidate.json").read_bytes() or b"x")
    data[len(data) // 2] ^= 0x04
    (package / "candidate.json").write_bytes(bytes(data))
    target = new_file(tmp_path / "other.electadmin")
    target.close()
    refused(tmp_path / "other.electadmin", package, ErrorCode.PACKAGE_FILE_CHANGED,
             confirmed_fingerprint=world["fingerprint"])


# ---------------------------------------------------------------- result packages
# The refusals every kind of package shares (flipped bits, missing and extra files, unknown and
# revoked keys, too few signatures, another election, a test package into a real one, replays)
# are in test_package_refusals.py, run over every kind.


def test_a_zip_package_verifies_and_an_interrupted_one_is_never_read(world, tmp_path):
    wilayat = signed_in(copy_file(world["wilayat"], tmp_path / "wilayat.electadmin"))
    zipped = packages.export_result_package(wilayat, tmp_path / "result.zip", "W-MA01", W_SIGNERS)
    report = packages.verify_package(wilayat, zipped.path)
    wilayat.close()
    assert report.ok and report.files == 2
    partial = tmp_path / ".result-9.partial-1234abcd"
    shutil.copytree(world["result"], partial)
    with pytest.raises(ElectadminError) as caught:
        fmt.read_package(partial)
    assert caught.value.code is ErrorCode.PACKAGE_UNREADABLE


def test_verify_reports_each_check(world, main_copy, result_copy):
    store = Store.open(main_copy)
    try:
        report = packages.verify_package(store, result_copy)
    finally:
        store.close()
    assert report.ok
    text = " | ".join(c.text() for c in report.checks)
    for expected in ("SHA-256", "valid signatures", "this election", "test or demo", "sequence number 1"):
        assert expected in text


def test_the_election_package_can_carry_one_wilayats_roll(world, tmp_path):
    main = copy_file(world["main"], tmp_path / "main.electadmin")
    connection = sqlite3.connect(main)
    connection.executemany(
        "INSERT INTO voter (civil_number, name, name_key, gender, birth_date, wilayat_id, centre_id, status, updated_at) "
        "SELECT ?, 'ناخب', 'ناخب', 'F', '1990-01-01', w.id, c.id, 'active', '2026-01-01 00:00:00' "
        "FROM wilayat w JOIN polling_centre c ON c.wilayat_id = w.id WHERE w.code = 'MA01'",
        [(f"{n:08d}",) for n in range(1, 26)])
    connection.commit()
    connection.close()
    store = signed_in(main)
    package = packages.export_election_package(store, tmp_path / "with-roll", MAIN_SIGNERS, roll_wilayat="MA01")
    store.close()
    assert "voter.json" in package.files
    station = new_file(tmp_path / "station.electadmin")
    try:
        report = packages.import_election_package(station, package.path, world["fingerprint"][:16])
        assert report.ok
    finally:
        station.close()
    connection = sqlite3.connect(tmp_path / "station.electadmin")
    assert connection.execute("SELECT count(*) FROM voter").fetchone() == (25,)
    connection.close()
