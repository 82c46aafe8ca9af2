"""Signed packages: the election package from the main committee to a wilayat, result packages back,
and the tamper suite: every refusal, with no row changed on refusal, and the untouched package accepted.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.integrity import signing
from electadmin.integrity.canonical import canonical_bytes
from electadmin.interchange import package as fmt
from electadmin.services import audit, committees, packages
from electadmin.services.election import create_election, get_election
from electadmin.services.geography import CentreDTO, save_centre
from electadmin.services.reference import load_reference_geography
from electadmin.services.store import Store
from tests.conftest import sample_definition
from tests.integration.packages_setup import (
    copy_file, flip_refused, keys_of, new_file, refused, resign, signed_in,
)

MAIN_SIGNERS = [("m1", "main-member-one-pw"), ("m2", "main-member-two-pw")]
W_SIGNERS = [("w1", "wilayat-member-one"), ("w2", "wilayat-member-two")]


def toy_content(store: Store, committee_code: str) -> dict[str, bytes]:
    """What the results area will put in a result package; here a small stand-in record."""
    return {"records/MA01-C01-1.json": canonical_bytes({"station": "MA01-C01-1", "votes": {"C1": 120, "C2": 98}}),
            "summary.json": canonical_bytes({"committee": committee_code, "stations": 1})}


def toy_apply(session, package) -> dict:
    return {"records": sum(1 for name in package.files if name.startswith("records/"))}


@pytest.fixture(autouse=True)
def _result_hooks():
    packages.set_result_hooks(packages.ResultHooks(toy_content, toy_apply))
    yield
    packages.set_result_hooks(None)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The main committee's file, an election package for W-MA01, the wilayat's file made from it,
    and a result package from the wilayat (sequence 1)."""
    packages.set_result_hooks(packages.ResultHooks(toy_content, toy_apply))
    root = tmp_path_factory.mktemp("packages")
    main = new_file(root / "main.electadmin")
    create_election(main, sample_definition())
    load_reference_geography(main)
    save_centre(main, CentreDTO("MA01-C01", "MA01", "مدرسة الخوض"))
    committees.create_committee(main, "MAIN", "اللجنة الرئيسية", "main", 2)
    for name, password in MAIN_SIGNERS + [("m3", "main-member-three")]:
        committees.enrol_member(main, "MAIN", name, password)
    committees.create_committee(main, "W-MA01", "لجنة ولاية مسقط", "wilayat", 2, wilayat_code="MA01")
    for name, password in W_SIGNERS + [("w3", "wilayat-member-three")]:
        committees.enrol_member(main, "W-MA01", name, password)
    election_package = packages.export_election_package(main, root / "election-W-MA01", MAIN_SIGNERS,
                                                        for_committee="W-MA01")
    main.close()

    report = packages.verify_package(None, election_package.path)
    assert report.ok, report.refusal
    fingerprint = report.committee_fingerprint
    wilayat = new_file(root / "wilayat.electadmin")
    packages.import_election_package(wilayat, election_package.path, signing.short_fingerprint(fingerprint))
    result = packages.export_result_package(wilayat, root / "result-1", "W-MA01", W_SIGNERS)
    wilayat.close()
    packages.set_result_hooks(None)
    return {"root": root, "main": root / "main.electadmin", "wilayat": root / "wilayat.electadmin",
            "election_package": election_package.path, "fingerprint": fingerprint, "result": result.path}


@pytest.fixture
def main_copy(world, tmp_path) -> Path:
    return copy_file(world["main"], tmp_path / "main.electadmin")


@pytest.fixture
def result_copy(world, tmp_path) -> Path:
    return Path(shutil.copytree(world["result"], tmp_path / "result-1"))


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


# ---------------------------------------------------------------- result packages: the tamper suite


def test_an_untouched_result_package_is_accepted_once(main_copy, result_copy):
    store = signed_in(main_copy)
    try:
        report = packages.import_result_package(store, result_copy)
        assert report.ok and report.sender == "W-MA01" and report.sequence == 1
        assert set(report.signers) == {"w1", "w2"}
        assert audit.recent(store, 1)[0].event == "package.imported"
        assert audit.recent(store, 1)[0].after["records"] == 1
    finally:
        store.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_REPLAYED)  # the same package again


FILES = ["records/MA01-C01-1.json", "summary.json", fmt.MANIFEST, fmt.SIGNATURES]


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("where", [0.1, 0.35, 0.5, 0.8, 0.97])
def test_a_flipped_bit_in_any_file_is_refused(main_copy, result_copy, name, where):
    code = flip_refused(main_copy, result_copy, name, where)
    if name not in (fmt.MANIFEST, fmt.SIGNATURES):
        assert code is ErrorCode.PACKAGE_FILE_CHANGED


def test_a_missing_file_is_refused(main_copy, result_copy):
    (result_copy / "summary.json").unlink()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_FILE_MISSING)


def test_an_extra_file_is_refused(main_copy, result_copy):
    (result_copy / "records" / "MA01-C02-1.json").write_text("{}")
    refused(main_copy, result_copy, ErrorCode.PACKAGE_FILE_EXTRA)


def test_a_signature_by_an_unknown_key_is_refused(world, main_copy, result_copy):
    stranger = signing.Ed25519PrivateKey.generate()
    resign(result_copy, keys_of(world["wilayat"], W_SIGNERS[:1]) + [("w2", stranger)])
    refused(main_copy, result_copy, ErrorCode.PACKAGE_UNKNOWN_KEY)


def test_a_signature_by_a_revoked_key_is_refused(main_copy, result_copy):
    store = signed_in(main_copy)
    committees.revoke_member(store, "W-MA01", "w2", "key lost")
    store.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_REVOKED_KEY)


def test_fewer_than_k_signatures_are_refused(world, main_copy, result_copy):
    resign(result_copy, keys_of(world["wilayat"], W_SIGNERS[:1]))
    refused(main_copy, result_copy, ErrorCode.PACKAGE_TOO_FEW_SIGNATURES)


def test_a_package_of_another_election_is_refused(main_copy, result_copy):
    connection = sqlite3.connect(main_copy)
    connection.execute("UPDATE election SET uid = '00000000-0000-4000-8000-000000000000'")
    connection.commit()
    connection.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_OTHER_ELECTION)


def test_an_older_sequence_is_refused_after_a_newer_one(world, main_copy, result_copy, tmp_path):
    wilayat = signed_in(copy_file(world["wilayat"], tmp_path / "wilayat.electadmin"))
    newer = packages.export_result_package(wilayat, tmp_path / "result-2", "W-MA01", W_SIGNERS)
    wilayat.close()
    assert newer.sequence == 2
    store = signed_in(main_copy)
    packages.import_result_package(store, newer.path)
    store.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_REPLAYED)


def test_a_test_package_is_refused_by_a_real_election(world, main_copy, tmp_path):
    copy = copy_file(world["wilayat"], tmp_path / "wilayat.electadmin")
    connection = sqlite3.connect(copy)
    connection.execute("UPDATE election SET is_demo = 1")
    connection.commit()
    connection.close()
    wilayat = signed_in(copy)
    test_package = packages.export_result_package(wilayat, tmp_path / "result-test", "W-MA01", W_SIGNERS)
    wilayat.close()
    refused(main_copy, test_package.path, ErrorCode.PACKAGE_TEST_INTO_REAL)


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
