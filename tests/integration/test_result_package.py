"""Result packages with their real content: a wilayat committee counts and certifies its stations,
sends them to the main committee, which verifies everything and counts them in its consolidation.
The tamper suite: each refusal changes no row; an untouched package is accepted and counted.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import pytest

from electadmin.domain.errors import ErrorCode
from electadmin.integrity import signing
from electadmin.integrity.canonical import canonical_bytes
from electadmin.interchange import package as fmt
from electadmin.services import committees, packages, result_package
from electadmin.services.certification import CERTIFICATION_PURPOSE, certified_content, certify
from electadmin.services.count_record import get_count_record, save_first_entry, save_second_entry
from electadmin.services.election import create_election
from electadmin.services.store import Store
from electadmin.services.tally import constituency_result
from tests.conftest import sample_definition
from tests.integration.packages_setup import (
    ADMIN, copy_file, flip_refused, keys_of, new_file, refused, resign, signed_in,
)
from tests.integration.test_cli import electadmin
from tests.integration.test_results_export import validate
from tests.integration.results_setup import as_clerk, ready_store, record

MAIN_SIGNERS = [("m1", "main-member-one-pw"), ("m2", "main-member-two-pw")]
W_SIGNERS = [("w1", "wilayat-member-one"), ("w2", "wilayat-member-two")]
COUNTS = {"MA01-C1-1": [120, 98, 40], "MA01-C1-2": [75, 80, 12]}


@pytest.fixture(autouse=True)
def _hooks():
    result_package.install()
    yield
    packages.set_result_hooks(None)


def _enter(store: Store, station: str, counts) -> None:
    save_first_entry(as_clerk(store, "clerk-1"), station, record(counts))
    save_second_entry(as_clerk(store, "clerk-2"), station, record(counts))


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The main committee's file (MA01 and MA02, nothing counted), the W-MA01 file made from its
    election package with both MA01 stations counted and MA01 certified, and its result package."""
    result_package.install()
    root = tmp_path_factory.mktemp("result-packages")
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
    for station, counts in COUNTS.items():
        _enter(wilayat, station, counts)
    certify(as_clerk(wilayat, "chair"), "MA01", W_SIGNERS)
    wilayat.actor = admin
    sent = packages.export_result_package(wilayat, root / "result-1", "W-MA01", W_SIGNERS)
    certified = constituency_result(wilayat, "MA01")
    wilayat.close()
    packages.set_result_hooks(None)
    return {"main": root / "main.electadmin", "wilayat": root / "wilayat.electadmin", "result": sent.path,
            "certified": certified}


@pytest.fixture
def main_copy(world, tmp_path) -> Path:
    return copy_file(world["main"], tmp_path / "main.electadmin")


@pytest.fixture
def result_copy(world, tmp_path) -> Path:
    return Path(shutil.copytree(world["result"], tmp_path / "result-1"))


def test_the_package_carries_records_result_cdf_and_pdfs(world):
    names = set(fmt.read_package(world["result"]).files)
    assert names == {"records/MA01-C1-1.json", "records/MA01-C1-2.json", "results/MA01.json", "results.cdf.json",
                     "pdf/count-MA01-C1-1.pdf", "pdf/count-MA01-C1-2.pdf", "pdf/consolidated-MA01.pdf"}
    package = fmt.read_package(world["result"])
    one = package.json("records/MA01-C1-1.json")
    assert one["status"] == "certified" and sorted(one["votes"].values()) == sorted(COUNTS["MA01-C1-1"])
    result = package.json("results/MA01.json")
    assert result["snapshot"]["votes"] == {c.code: c.votes for c in world["certified"].candidates}
    validate(package.json("results.cdf.json"))  # NIST SP 1500-100 v2
    assert package.files["pdf/consolidated-MA01.pdf"].startswith(b"%PDF")


def test_an_untouched_package_is_accepted_and_counted_by_consolidation(world, main_copy, result_copy):
    store = signed_in(main_copy)
    try:
        assert constituency_result(store, "MA01").stations_reported == 0
        report = packages.import_result_package(store, result_copy)
        assert report.ok and set(report.signers) == {"w1", "w2"}
        here = constituency_result(store, "MA01")
        there = world["certified"]
        assert here.stations_reported == 2 and here.valid == there.valid
        assert {c.code: c.votes for c in here.candidates} == {c.code: c.votes for c in there.candidates}
        assert here.elected == there.elected
        counted = get_count_record(store, "MA01-C1-1")
        assert counted.version == 1 and "W-MA01" in counted.reason
        assert constituency_result(store, "MA02").stations_reported == 0
    finally:
        store.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_REPLAYED)


def test_a_newer_package_with_the_same_records_changes_no_record(world, main_copy, result_copy, tmp_path):
    store = signed_in(main_copy)
    packages.import_result_package(store, result_copy)
    store.close()
    wilayat = signed_in(copy_file(world["wilayat"], tmp_path / "wilayat.electadmin"))
    newer = packages.export_result_package(wilayat, tmp_path / "result-2", "W-MA01", W_SIGNERS)
    wilayat.close()
    store = signed_in(main_copy)
    try:
        report = packages.import_result_package(store, newer.path)
        assert report.ok and newer.sequence == 2
        assert get_count_record(store, "MA01-C1-1").version == 1
    finally:
        store.close()


FILES = ["records/MA01-C1-1.json", "results/MA01.json", "results.cdf.json", "pdf/count-MA01-C1-2.pdf",
         "pdf/consolidated-MA01.pdf", fmt.MANIFEST, fmt.SIGNATURES]


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("where", [0.2, 0.6, 0.95])
def test_a_flipped_bit_in_any_file_is_refused(main_copy, result_copy, name, where):
    code = flip_refused(main_copy, result_copy, name, where)
    if name not in (fmt.MANIFEST, fmt.SIGNATURES):
        assert code is ErrorCode.PACKAGE_FILE_CHANGED


def test_a_missing_pdf_is_refused(main_copy, result_copy):
    (result_copy / "pdf" / "count-MA01-C1-2.pdf").unlink()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_FILE_MISSING)


def test_an_extra_record_is_refused(main_copy, result_copy):
    shutil.copy(result_copy / "records" / "MA01-C1-1.json", result_copy / "records" / "MA01-C1-3.json")
    refused(main_copy, result_copy, ErrorCode.PACKAGE_FILE_EXTRA)


def test_an_unknown_key_is_refused(world, main_copy, result_copy):
    resign(result_copy, keys_of(world["wilayat"], W_SIGNERS[:1]) + [("w2", signing.Ed25519PrivateKey.generate())])
    refused(main_copy, result_copy, ErrorCode.PACKAGE_UNKNOWN_KEY)


def test_a_revoked_key_is_refused(main_copy, result_copy):
    store = signed_in(main_copy)
    committees.revoke_member(store, "W-MA01", "w1", "left the committee")
    store.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_REVOKED_KEY)


def test_fewer_than_k_signatures_are_refused(world, main_copy, result_copy):
    resign(result_copy, keys_of(world["wilayat"], W_SIGNERS[:1]))
    refused(main_copy, result_copy, ErrorCode.PACKAGE_TOO_FEW_SIGNATURES)


def test_another_elections_package_is_refused(main_copy, result_copy):
    connection = sqlite3.connect(main_copy)
    connection.execute("UPDATE election SET uid = '00000000-0000-4000-8000-000000000000'")
    connection.commit()
    connection.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_OTHER_ELECTION)


def test_an_older_sequence_is_refused_after_a_newer_one(world, main_copy, result_copy, tmp_path):
    wilayat = signed_in(copy_file(world["wilayat"], tmp_path / "wilayat.electadmin"))
    newer = packages.export_result_package(wilayat, tmp_path / "result-2", "W-MA01", W_SIGNERS)
    wilayat.close()
    store = signed_in(main_copy)
    packages.import_result_package(store, newer.path)
    store.close()
    refused(main_copy, result_copy, ErrorCode.PACKAGE_REPLAYED)


def test_a_demo_package_is_refused_by_a_real_election(world, main_copy, tmp_path):
    copy = copy_file(world["wilayat"], tmp_path / "wilayat.electadmin")
    connection = sqlite3.connect(copy)
    connection.execute("UPDATE election SET is_demo = 1")
    connection.commit()
    connection.close()
    wilayat = signed_in(copy)
    demo = packages.export_result_package(wilayat, tmp_path / "result-demo", "W-MA01", W_SIGNERS)
    wilayat.close()
    refused(main_copy, demo.path, ErrorCode.PACKAGE_TEST_INTO_REAL)


# ---------------------------------------------------------------- signed by the committee, yet wrong


def _forge(world, package_path: Path, target: Path, change, sequence: int | None = None) -> Path:
    """A package signed by two true W-MA01 keys, whose files *change* rewrote (a committee's own
    members forging, or a bug at the sender): the content checks must catch it."""
    package = fmt.read_package(package_path)
    files = dict(package.files)
    change(files)
    m = package.manifest
    now = datetime.now(timezone.utc)
    manifest = fmt.build_manifest("result", election_uid=m["election"]["uid"], election_name=m["election"]["name"],
                                  is_test=m["election"]["is_test"], sender="W-MA01",
                                  sequence=sequence or m["sequence"],
                                  created_at=now, files=files)
    signers = keys_of(world["wilayat"], W_SIGNERS)
    return fmt.write_package(target, manifest, files, lambda content: signing.certify(
        fmt.purpose("result"), "W-MA01", content, signers, now))


def _edit(files, name, edit) -> None:
    data = json.loads(files[name])
    edit(data)
    files[name] = canonical_bytes(data)


def test_a_record_of_a_station_outside_the_committees_area_is_refused(world, main_copy, tmp_path):
    def move(files):
        data = json.loads(files.pop("records/MA01-C1-2.json"))
        data.update(station="MA02-C1-1", wilayat="MA02")
        files["records/MA02-C1-1.json"] = canonical_bytes(data)
    forged = _forge(world, world["result"], tmp_path / "forged", move)
    refused(main_copy, forged, ErrorCode.RESULT_PACKAGE_OUT_OF_SCOPE)


def test_a_record_with_an_unknown_candidate_is_refused(world, main_copy, tmp_path):
    def stranger(files):
        _edit(files, "records/MA01-C1-1.json", lambda d: d["votes"].update({"X-999": 5}))
    refused(main_copy, _forge(world, world["result"], tmp_path / "forged", stranger),
            ErrorCode.RESULT_PACKAGE_BAD_RECORD)


def test_a_negative_figure_is_refused(world, main_copy, tmp_path):
    def negative(files):
        _edit(files, "records/MA01-C1-1.json", lambda d: d["figures"].update(invalid=-3))
    refused(main_copy, _forge(world, world["result"], tmp_path / "forged", negative),
            ErrorCode.RESULT_PACKAGE_BAD_RECORD)


def test_a_certified_result_that_does_not_add_up_to_its_records_is_refused(world, main_copy, tmp_path):
    def inflate(files):
        def more(d):
            first = sorted(d["snapshot"]["votes"])[0]
            d["snapshot"]["votes"][first] += 100
            d["content_hash"] = hashlib.sha256(canonical_bytes(d["snapshot"])).hexdigest()
            # the committee's own members sign the inflated figures: the sum of the records still refuses them
            signed = certified_content(uid, "MA01", d["version"], d["snapshot"])
            d["certificate"] = json.loads(canonical_bytes(signing.certify(
                CERTIFICATION_PURPOSE, "W-MA01", signed, keys_of(world["wilayat"], W_SIGNERS),
                datetime.now(timezone.utc)).as_json()))
        uid = fmt.read_package(world["result"]).election["uid"]
        _edit(files, "results/MA01.json", more)
    refused(main_copy, _forge(world, world["result"], tmp_path / "forged", inflate),
            ErrorCode.RESULT_PACKAGE_INCONSISTENT)


def test_a_certified_result_whose_hash_is_not_its_content_is_refused(world, main_copy, tmp_path):
    def change(files):
        _edit(files, "results/MA01.json", lambda d: d["snapshot"].update(valid=d["snapshot"]["valid"] + 1))
    refused(main_copy, _forge(world, world["result"], tmp_path / "forged", change),
            ErrorCode.RESULT_PACKAGE_BAD_RECORD)


def test_a_package_into_a_wilayat_certified_here_is_refused(world, main_copy, result_copy, tmp_path):
    store = signed_in(main_copy)
    packages.import_result_package(store, result_copy)
    certify(store, "MA01", W_SIGNERS)
    store.close()

    def corrected(files):
        _edit(files, "records/MA01-C1-1.json", lambda d: d["figures"].update(blank=d["figures"]["blank"] + 1))
        files.pop("results/MA01.json")
    later = _forge(world, world["result"], tmp_path / "forged", corrected, sequence=2)
    refused(main_copy, later, ErrorCode.RESULT_CERTIFIED)


def test_a_certified_result_needs_its_committees_signatures(world, main_copy, tmp_path):
    def unsigned(files):
        _edit(files, "results/MA01.json", lambda d: d.update(certificate=None))
    refused(main_copy, _forge(world, world["result"], tmp_path / "forged", unsigned),
            ErrorCode.RESULT_PACKAGE_BAD_RECORD)


def test_signatures_over_another_version_are_refused(world, main_copy, tmp_path):
    def renumbered(files):
        _edit(files, "results/MA01.json", lambda d: d.update(version=d["version"] + 1))
    refused(main_copy, _forge(world, world["result"], tmp_path / "forged", renumbered),
            ErrorCode.RESULT_PACKAGE_BAD_RECORD)


def test_the_command_line_exports_verifies_and_imports_a_result_package(world, main_copy, tmp_path):
    wilayat = copy_file(world["wilayat"], tmp_path / "wilayat.electadmin")
    out = tmp_path / "result-cli"
    exported = electadmin("package", "export", str(out), "--db", str(wilayat), "--kind", "result",
                          "--committee", "W-MA01", "--signer", "w1", "--signer", "w2", user=ADMIN,
                          env={"ELECTADMIN_SIGNING_PASSWORD_1": W_SIGNERS[0][1],
                               "ELECTADMIN_SIGNING_PASSWORD_2": W_SIGNERS[1][1]})
    assert exported.returncode == 0, exported.stderr
    assert "result package W-MA01 #2" in exported.stdout and "can be removed" in exported.stdout
    verified = electadmin("package", "verify", str(out), "--db", str(main_copy), user=None)
    assert verified.returncode == 0 and "sequence number 2" in verified.stdout, verified.stderr
    imported = electadmin("package", "import", str(out), "--db", str(main_copy), user=ADMIN)
    assert imported.returncode == 0, imported.stderr
    store = signed_in(main_copy)
    try:
        assert constituency_result(store, "MA01").stations_reported == 2
    finally:
        store.close()
