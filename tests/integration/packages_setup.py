"""Helpers of the package tests: election files, copies, signed-in stores, and the refusal check
(refused with its code, nothing changed but one audit entry)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.integrity import signing
from electadmin.interchange import package as fmt
from electadmin.services import audit, committees, packages, users
from electadmin.services.store import Store

ADMIN = ("root.admin", "correct-horse-staple-9")


def new_file(path: Path) -> Store:
    store = Store.open(path, create=True)
    users.create_first_administrator(store, *ADMIN)
    return store


def copy_file(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def signed_in(path: Path) -> Store:
    store = Store.open(path)
    users.sign_in(store, *ADMIN)
    return store


def rows_of(path: Path) -> dict[str, list]:
    """Every row of every table except the audit log's."""
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"')))
                for t in tables if t not in ("audit_entry", "audit_head")}
    finally:
        connection.close()


Accept = Callable[[Store, Path], object]
"""How a receiver takes a package in (an import, a merge)."""


def import_result(store: Store, package: Path) -> object:
    return packages.import_result_package(store, package)


def refused(receiver: Path, package: Path, code: ErrorCode, accept: Accept | None = None, **kwargs) -> None:
    """Taking *package* into *receiver* (*accept*: a result package's import by default; with
    *kwargs*, the election package's) is refused with *code*, changing nothing but one audit entry."""
    before = rows_of(receiver)
    store = signed_in(receiver)
    try:
        entries = audit.verify(store).entries
        with pytest.raises(ElectadminError) as caught:
            if kwargs:
                packages.import_election_package(store, package, **kwargs)
            else:
                (accept or import_result)(store, package)
        assert caught.value.code is code, caught.value
        check = audit.verify(store)
        assert check.intact and check.entries == entries + 1
        last = audit.recent(store, 1)[0]
        assert last.event == "package.refused" and last.after["code"] == code.value
    finally:
        store.close()
    after = rows_of(receiver)
    after["app_user"], before["app_user"] = [], []  # signing in above updates the last sign-in time
    assert after == before


def resign(package: Path, signers, kind: str = "result", committee: str = "W-MA01") -> None:
    """Replace the package's signatures by *signers*' (name, private key) over its manifest."""
    manifest = json.loads((package / fmt.MANIFEST).read_bytes())
    certificate = signing.certify(fmt.purpose(kind), committee, manifest, signers,
                                  signing.datetime.now(signing.datetime.now().astimezone().tzinfo))
    (package / fmt.SIGNATURES).write_text(json.dumps(certificate.as_json(), default=str))


def keys_of(path: Path, credentials, committee: str = "W-MA01") -> list:
    store = Store.open(path)
    try:
        return committees.unlock_signers(store, committee, credentials)
    finally:
        store.close()


FLIP_CODES = {ErrorCode.PACKAGE_FILE_CHANGED, ErrorCode.PACKAGE_UNREADABLE, ErrorCode.PACKAGE_BAD_SIGNATURE,
              ErrorCode.PACKAGE_UNKNOWN_KEY, ErrorCode.PACKAGE_TOO_FEW_SIGNATURES,
              # a bit flipped in a file's name in the manifest: that file is then missing
              ErrorCode.PACKAGE_FILE_MISSING}


def flip_refused(receiver: Path, package: Path, name: str, where: float, accept: Accept | None = None) -> ErrorCode:
    """Flip one bit of the package's file *name* at the fraction *where*; importing it is refused
    with a code of :data:`FLIP_CODES` and changes no row. Returns the code."""
    path = package / name
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    path.write_bytes(bytes(data))
    before = rows_of(receiver)
    store = signed_in(receiver)
    try:
        with pytest.raises(ElectadminError) as caught:
            (accept or import_result)(store, package)
    finally:
        store.close()
    assert caught.value.code in FLIP_CODES, caught.value
    after = rows_of(receiver)
    after["app_user"], before["app_user"] = [], []
    assert after == before
    return caught.value.code


# ---------------------------------------------------------------- the worlds the package tests start from

MAIN_SIGNERS = [("m1", "main-member-one-pw"), ("m2", "main-member-two-pw")]
W_SIGNERS = [("w1", "wilayat-member-one"), ("w2", "wilayat-member-two")]


def toy_content(store: Store, committee_code: str) -> dict[str, bytes]:
    """What the results area puts in a result package; here a small stand-in record."""
    from electadmin.integrity.canonical import canonical_bytes

    return {"records/MA01-C01-1.json": canonical_bytes({"station": "MA01-C01-1", "votes": {"C1": 120, "C2": 98}}),
            "summary.json": canonical_bytes({"committee": committee_code, "stations": 1})}


def toy_apply(session, package) -> dict:
    return {"records": sum(1 for name in package.files if name.startswith("records/"))}


def toy_hooks() -> None:
    packages.set_result_hooks(packages.ResultHooks(toy_content, toy_apply))


def toy_world(root: Path) -> dict:
    """The main committee's file, an election package for W-MA01, the wilayat's file made from it,
    and a result package of stand-in content from the wilayat (sequence 1)."""
    from electadmin.services.election import create_election
    from electadmin.services.geography import CentreDTO, save_centre
    from electadmin.services.reference import load_reference_geography
    from tests.conftest import sample_definition

    toy_hooks()
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


RESULT_COUNTS = {"MA01-C1-1": [120, 98, 40], "MA01-C1-2": [75, 80, 12]}


def result_world(root: Path) -> dict:
    """The main committee's file (MA01 and MA02, nothing counted), the W-MA01 file made from its
    election package with both MA01 stations counted and MA01 certified, and its result package."""
    from electadmin.services import result_package
    from electadmin.services.certification import certify
    from electadmin.services.count_record import save_first_entry, save_second_entry
    from electadmin.services.election import create_election
    from electadmin.services.tally import constituency_result
    from tests.conftest import sample_definition
    from tests.integration.results_setup import as_clerk, ready_store, record

    result_package.install()
    main = new_file(root / "main.electadmin")
    create_election(main, sample_definition())
    admin = main.actor
    ready_store(main)
    main.actor = admin
    committees.create_committee(main, "MAIN", "اللجنة الرئيسية", "main", 2)
    for name, password in MAIN_SIGNERS:
        committees.enrol_member(main, "MAIN", name, password)
    committees.create_committee(main, "W-MA01", "لجنة ولاية MA01", "wilayat", 2, wilayat_code="MA01")
    for name, password in W_SIGNERS + [("w3", "wilayat-member-three")]:
        committees.enrol_member(main, "W-MA01", name, password)
    election_package = packages.export_election_package(main, root / "election", MAIN_SIGNERS, for_committee="W-MA01")
    main.close()

    wilayat = new_file(root / "wilayat.electadmin")
    admin = wilayat.actor
    fingerprint = packages.verify_package(None, election_package.path).committee_fingerprint
    packages.import_election_package(wilayat, election_package.path, fingerprint)
    for station, counts in RESULT_COUNTS.items():
        save_first_entry(as_clerk(wilayat, "clerk-1"), station, record(counts))
        save_second_entry(as_clerk(wilayat, "clerk-2"), station, record(counts))
    certify(as_clerk(wilayat, "chair"), "MA01", W_SIGNERS)
    wilayat.actor = admin
    sent = packages.export_result_package(wilayat, root / "result-1", "W-MA01", W_SIGNERS)
    certified = constituency_result(wilayat, "MA01")
    wilayat.close()
    packages.set_result_hooks(None)
    return {"main": root / "main.electadmin", "wilayat": root / "wilayat.electadmin", "result": sent.path,
            "certified": certified}


def polling_world(root: Path) -> dict:
    """The wilayat committee's file (every committee's public keys, its own members' private keys),
    a station laptop of the first centre (its centre committee's private keys), three check-ins and
    an undo there, and the station's signed package (a folder)."""
    from electadmin.services import polling
    from electadmin.services.election import create_election, get_election
    from electadmin.storage.models import Election
    from tests.conftest import sample_definition
    from tests.polling_setup import (
        CENTRE_COMMITTEE_A, CENTRE_SIGNERS, STATION_A1, WILAYAT_COMMITTEE, committee_template, copy_committees,
        prepare_polling,
    )

    template = committee_template(root / "committees.electadmin")
    wilayat = new_file(root / "wilayat.electadmin")
    create_election(wilayat, sample_definition())
    prepare_polling(wilayat)
    copy_committees(template, wilayat, WILAYAT_COMMITTEE)
    uid = get_election(wilayat).uid
    wilayat.close()
    station = new_file(root / "station.electadmin")
    create_election(station, sample_definition())
    with station.write() as session:
        session.get(Election, 1).uid = uid
    prepare_polling(station)
    copy_committees(template, station, CENTRE_COMMITTEE_A)
    template.close()
    polling.assign_station(station, STATION_A1)
    for civil in ("10000001", "10000002", "10000003"):
        polling.check_in(station, civil)
    polling.undo_check_in(station, "10000003", "wrong voter")
    sent = polling.export_events(station, root / "checkins-1", CENTRE_SIGNERS)
    station.close()
    return {"receiver": root / "wilayat.electadmin", "sender": root / "station.electadmin", "package": sent.path,
            "template": root / "committees.electadmin"}


@pytest.fixture
def main_copy(world, tmp_path) -> Path:
    """A copy of the receiving (main committee's) file of the module's *world*, for one test."""
    return copy_file(world["main"], tmp_path / "main.electadmin")


@pytest.fixture
def result_copy(world, tmp_path) -> Path:
    """A copy of the *world*'s result package, for one test to tamper with."""
    return Path(shutil.copytree(world["result"], tmp_path / "result-1"))
