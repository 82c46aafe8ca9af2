"""Result packages with their real content: a wilayat committee counts and certifies its stations,
sends them to the main committee, which verifies everything and counts them in its consolidation.
The content's refusals change no row; an untouched package is accepted and counted (the refusals
shared by every kind of package: test_package_refusals.py).
"""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from electadmin.domain.errors import ErrorCode
from electadmin.integrity import signing
from electadmin.integrity.canonical import canonical_bytes
from electadmin.interchange import package as fmt
from electadmin.services import packages, result_package
from electadmin.services.certification import CERTIFICATION_PURPOSE, certified_content, certify
from electadmin.services.count_record import get_count_record
from electadmin.services.tally import constituency_result
from tests.integration.packages_setup import main_copy, result_copy  # noqa: F401 - fixtures
from tests.integration.packages_setup import (
    ADMIN, RESULT_COUNTS, W_SIGNERS, copy_file, keys_of, refused, result_world, signed_in,
)
from tests.integration.test_cli import electadmin
from tests.integration.test_results_export import validate

COUNTS = RESULT_COUNTS


@pytest.fixture(autouse=True)
def _hooks():
    result_package.install()
    yield
    packages.set_result_hooks(None)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return result_world(tmp_path_factory.mktemp("result-packages"))


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


# The refusals every kind of package shares (flipped bits in any file, a missing PDF, an extra
# record, unknown and revoked keys, too few signatures, another election, an older sequence, a demo
# package into a real election) are in test_package_refusals.py, run over every kind.


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
