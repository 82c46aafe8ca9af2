"""The refusals every kind of signed package shares, in one place, run over each kind.

Three kinds travel between committees: result packages with stand-in content (the format's own
checks), result packages with their real content (count records, certified results, PDFs), and a
station's check-in package (merged by the wilayat committee). Each case tampers with an untouched
package of its kind (or the receiving file) and asserts the refusal's code, one audit entry
``package.refused`` and that no row of the receiving file changed (:func:`packages_setup.refused`).
What only one kind refuses (a record outside the committee's area, a check-in of another centre's
station) stays with that kind's tests, or is at the end here for the station package.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pytest

from electadmin.domain.errors import ErrorCode
from electadmin.integrity import signing
from electadmin.interchange import package as fmt
from electadmin.interchange import polling_package
from electadmin.services import audit, committees, packages, polling, result_package
from electadmin.services.store import Store
from tests.integration.packages_setup import (
    W_SIGNERS, Accept, copy_file, flip_refused, import_result, keys_of, polling_world, refused, resign,
    result_world, rows_of, signed_in, toy_hooks, toy_world,
)
from tests.polling_setup import CENTRE_COMMITTEE_A, CENTRE_COMMITTEE_B, CENTRE_SIGNERS, STATION_A1, WILAYAT_COMMITTEE


def merge(store: Store, package: Path) -> object:
    return polling.merge_packages(store, [package])


def _extra_toy(package: Path) -> None:
    (package / "records" / "MA01-C02-1.json").write_text("{}")


def _extra_record(package: Path) -> None:
    shutil.copy(package / "records" / "MA01-C1-1.json", package / "records" / "MA01-C1-3.json")


def _extra_events(package: Path) -> None:
    shutil.copy(package / "events.json", package / "events-2.json")


def _export_result(store: Store, target: Path) -> Path:
    return packages.export_result_package(store, target, "W-MA01", W_SIGNERS).path


def _export_checkins(store: Store, target: Path) -> Path:
    return polling.export_events(store, target, CENTRE_SIGNERS).path


@dataclass(frozen=True)
class Kind:
    """A kind of package and how each shared case applies to it."""

    name: str
    world: Callable[[Path], dict]
    hooks: Callable[[], None]
    accept: Accept
    export: Callable[[Store, Path], Path]
    sender: str
    """The world's key of the sender's file (whose keys sign)."""
    receiver: str
    package: str
    kind: str
    committee: str
    signers: list
    revoked: str
    files: list[str]
    where: list[float]
    missing: str
    extra: Callable[[Path], None]
    replayed: bool
    """The same (or an older) package again is refused (result packages carry a sequence number);
    otherwise it is merged again and changes nothing (a station's events are idempotent)."""
    extra_checks: dict = field(default_factory=dict)


KINDS = {
    "toy": Kind("toy", toy_world, toy_hooks, import_result, _export_result, "wilayat", "main", "result", "result",
                "W-MA01", W_SIGNERS, "w2", ["records/MA01-C01-1.json", "summary.json", fmt.MANIFEST, fmt.SIGNATURES],
                [0.1, 0.35, 0.5, 0.8, 0.97], "summary.json", _extra_toy, True),
    "result": Kind("result", result_world, result_package.install, import_result, _export_result, "wilayat", "main",
                   "result", "result", "W-MA01", W_SIGNERS, "w1",
                   ["records/MA01-C1-1.json", "results/MA01.json", "results.cdf.json", "pdf/count-MA01-C1-2.pdf",
                    "pdf/consolidated-MA01.pdf", fmt.MANIFEST, fmt.SIGNATURES],
                   [0.2, 0.6, 0.95], "pdf/count-MA01-C1-2.pdf", _extra_record, True),
    "checkins": Kind("checkins", polling_world, lambda: None, merge, _export_checkins, "sender", "receiver", "package",
                     polling_package.KIND, CENTRE_COMMITTEE_A, CENTRE_SIGNERS, "c1",
                     [polling_package.PAYLOAD, fmt.MANIFEST, fmt.SIGNATURES], [0.05, 0.3, 0.5, 0.75, 0.97],
                     polling_package.PAYLOAD, _extra_events, False),
}


@pytest.fixture(scope="module")
def worlds(tmp_path_factory):
    built: dict[str, dict] = {}

    def world(kind: Kind) -> dict:
        if kind.name not in built:
            built[kind.name] = kind.world(tmp_path_factory.mktemp(kind.name))
            packages.set_result_hooks(None)
        return built[kind.name]

    return world


@dataclass
class Case:
    kind: Kind
    world: dict
    receiver: Path
    package: Path
    tmp_path: Path

    def refused(self, code: ErrorCode, package: Path | None = None) -> None:
        refused(self.receiver, package or self.package, code, self.kind.accept)

    def accept(self, package: Path | None = None) -> object:
        store = signed_in(self.receiver)
        try:
            return self.kind.accept(store, package or self.package)
        finally:
            store.close()

    def sender_copy(self) -> Path:
        return copy_file(self.world[self.kind.sender], self.tmp_path / "sender.electadmin")

    def export_from(self, sender: Path, name: str) -> Path:
        store = signed_in(sender)
        try:
            return self.kind.export(store, self.tmp_path / name)
        finally:
            store.close()

    def keys(self, credentials) -> list:
        return keys_of(self.world[self.kind.sender], credentials, self.kind.committee)

    def resign(self, signers) -> None:
        resign(self.package, signers, self.kind.kind, self.kind.committee)


def _case(request, worlds, tmp_path, name: str) -> Case:
    kind = KINDS[name]
    world = worlds(kind)
    kind.hooks()
    request.addfinalizer(lambda: packages.set_result_hooks(None))
    receiver = copy_file(world[kind.receiver], tmp_path / "receiver.electadmin")
    package = Path(shutil.copytree(world[kind.package], tmp_path / "package"))
    return Case(kind, world, receiver, package, tmp_path)


@pytest.fixture(params=list(KINDS))
def case(request, worlds, tmp_path) -> Case:
    return _case(request, worlds, tmp_path, request.param)


FLIPS = [pytest.param(kind, name, where, id=f"{kind}-{name}-{where}")
         for kind, k in KINDS.items() for name in k.files for where in k.where]


@pytest.mark.parametrize(("kind", "name", "where"), FLIPS)
def test_a_flipped_bit_in_any_file_is_refused(request, worlds, tmp_path, kind, name, where):
    case = _case(request, worlds, tmp_path, kind)
    code = flip_refused(case.receiver, case.package, name, where, case.kind.accept)
    if name not in (fmt.MANIFEST, fmt.SIGNATURES):
        assert code is ErrorCode.PACKAGE_FILE_CHANGED


def test_a_missing_file_is_refused(case):
    (case.package / case.kind.missing).unlink()
    case.refused(ErrorCode.PACKAGE_FILE_MISSING)


def test_an_extra_file_is_refused(case):
    case.kind.extra(case.package)
    case.refused(ErrorCode.PACKAGE_FILE_EXTRA)


def test_a_signature_by_an_unknown_key_is_refused(case):
    first, second = case.kind.signers[:2]
    case.resign(case.keys([first]) + [(second[0], signing.Ed25519PrivateKey.generate())])
    case.refused(ErrorCode.PACKAGE_UNKNOWN_KEY)


def test_a_signature_by_a_revoked_key_is_refused(case):
    store = signed_in(case.receiver)
    committees.revoke_member(store, case.kind.committee, case.kind.revoked, "المفتاح مفقود")
    store.close()
    case.refused(ErrorCode.PACKAGE_REVOKED_KEY)


def test_fewer_than_k_signatures_are_refused(case):
    case.resign(case.keys(case.kind.signers[:1]))
    case.refused(ErrorCode.PACKAGE_TOO_FEW_SIGNATURES)


def test_a_package_of_another_election_is_refused(case):
    connection = sqlite3.connect(case.receiver)
    connection.execute("UPDATE election SET uid = '00000000-0000-4000-8000-000000000000'")
    connection.commit()
    connection.close()
    case.refused(ErrorCode.PACKAGE_OTHER_ELECTION)


def test_a_test_package_is_refused_by_a_real_election(case):
    sender = case.sender_copy()
    connection = sqlite3.connect(sender)
    connection.execute("UPDATE election SET is_demo = 1")
    connection.commit()
    connection.close()
    case.refused(ErrorCode.PACKAGE_TEST_INTO_REAL, case.export_from(sender, "test-package"))


def test_the_same_package_again_is_refused_or_changes_nothing(case):
    first = case.accept()
    if case.kind.name == "toy":
        assert first.ok and first.sender == "W-MA01" and first.sequence == 1 and set(first.signers) == {"w1", "w2"}
        store = signed_in(case.receiver)
        latest = [e for e in audit.recent(store, 3) if e.event != "user.signed_in"][0]
        assert latest.event == "package.imported" and latest.after["records"] == 1
        store.close()
    if case.kind.replayed:
        case.refused(ErrorCode.PACKAGE_REPLAYED)
        return
    before = rows_of(case.receiver)
    again = case.accept()
    assert again.events_read == first.events_read and again.events_new == 0
    after = rows_of(case.receiver)
    after["app_user"], before["app_user"] = [], []
    assert after == before


def test_an_older_package_after_a_newer_one_is_refused_or_changes_nothing(case):
    newer = case.export_from(case.sender_copy(), "newer")
    case.accept(newer)
    if case.kind.replayed:
        case.refused(ErrorCode.PACKAGE_REPLAYED)
        return
    before = rows_of(case.receiver)
    assert case.accept().events_new == 0  # the older export holds no event the newer one lacks
    after = rows_of(case.receiver)
    after["app_user"], before["app_user"] = [], []
    assert after == before


# ---------------------------------------------------------------- what only a station's package refuses


@pytest.fixture
def station(request, worlds, tmp_path) -> Case:
    return _case(request, worlds, tmp_path, "checkins")


def _forge_checkins(case: Case, committee: str, credentials, events=None) -> Path:
    """A station package signed by true keys of *committee* (its own members forging, or a bug)."""
    template = case.world["template"]
    signers = keys_of(template, credentials, committee)
    original = fmt.read_package(case.package)
    content = original.files[polling_package.PAYLOAD] if events is None else events
    files = {polling_package.PAYLOAD: content}
    now = datetime.now(timezone.utc)
    m = original.manifest
    manifest = fmt.build_manifest(polling_package.KIND, election_uid=m["election"]["uid"],
                                  election_name=m["election"]["name"], is_test=m["election"]["is_test"],
                                  sender=committee, sequence=m["sequence"], created_at=now, files=files)
    return fmt.write_package(case.tmp_path / f"forged-{committee}", manifest, files, lambda c: signing.certify(
        fmt.purpose(polling_package.KIND), committee, c, signers, now))


def test_a_station_of_another_wilayat_is_refused(station):
    connection = sqlite3.connect(station.receiver)  # the receiver is now the file of another wilayat's committee
    connection.execute("UPDATE committee SET wilayat_code = 'MUTRAH' WHERE code = ?", (WILAYAT_COMMITTEE,))
    connection.commit()
    connection.close()
    station.refused(ErrorCode.POLLING_PACKAGE_OTHER_WILAYAT)


def test_events_of_another_centres_station_are_refused(station):
    forged = _forge_checkins(station, CENTRE_COMMITTEE_B, [("d1", "centre-b-member-one")])
    assert STATION_A1.encode() in fmt.read_package(forged).files[polling_package.PAYLOAD]
    station.refused(ErrorCode.POLLING_PACKAGE_OUT_OF_SCOPE, forged)


def test_a_package_signed_by_a_committee_that_is_not_a_centres_is_refused(station):
    forged = _forge_checkins(station, WILAYAT_COMMITTEE, [("w1", "wilayat-member-one-pw")])
    station.refused(ErrorCode.POLLING_PACKAGE_WRONG_SENDER, forged)


def test_a_signed_package_with_a_bad_event_is_refused(station):
    content = fmt.read_package(station.package).files[polling_package.PAYLOAD].replace(b'"M"', b'"X"', 1)
    forged = _forge_checkins(station, CENTRE_COMMITTEE_A, CENTRE_SIGNERS, content)
    station.refused(ErrorCode.POLLING_PACKAGE_DAMAGED, forged)
