"""Checking a printed record: the hash on the paper is the one the service finds, an older version is
named as such, a wrong hash finds nothing, signatures verify until a row is tampered with in SQL."""

from __future__ import annotations

import re
import unicodedata

import pytest
from sqlalchemy import select, text, update

from electadmin.domain.progress import run_to_end
from electadmin.integrity.record_hash import qr_payload, short_hash
from electadmin.reports import results_parts
from electadmin.services.certification import certify, reopen
from electadmin.services.count_record import get_count_record
from electadmin.services.election import get_election
from electadmin.services.record_check import CheckOutcome, check_printed_record
from electadmin.services.results_reports import consolidated_pdf, count_record_pdf
from electadmin.storage.models import CountRecord, PollingStation, ResultCertification
from tests.conftest import TESTER
from tests.integration.record_check_setup import MEMBERS, committee_store, double
from tests.integration.results_setup import record
from tests.unit.test_report_document import pages_of
from tests.unit.test_report_text import reading_order, without_tashkeel

SHORT = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


@pytest.fixture
def cstore(store):
    return committee_store(store)


def printed_hashes(pdf: bytes) -> list[set[str]]:
    """The short hashes printed on each page (Latin, drawn left to right)."""
    return [set(SHORT.findall("\n".join(page))) for page in pages_of(pdf)]


def page_texts(pdf: bytes) -> list[str]:
    return [unicodedata.normalize("NFKC", " ".join(without_tashkeel(reading_order(line)) for line in page))
            for page in pages_of(pdf)]


def the_hash(pdf: bytes) -> str:
    per_page = printed_hashes(pdf)
    assert all(len(found) == 1 for found in per_page), per_page
    (value,) = set.union(*per_page)
    return value


def unfreeze(store) -> None:
    """What a forger with the file does first: drop the triggers that refuse updates of certified rows."""
    with store.write() as session:
        on = lambda table: f" ON {table}" if session.get_bind().dialect.name == "postgresql" else ""  # noqa: E731
        session.execute(text(f"DROP TRIGGER IF EXISTS result_certification_frozen{on('result_certification')}"))
        session.execute(text(f"DROP TRIGGER IF EXISTS count_record_certified_frozen{on('count_record')}"))


def test_the_hash_on_the_count_record_is_the_one_the_check_finds(cstore):
    pdf = run_to_end(count_record_pdf(cstore, "MA01-C1-1"))
    printed = the_hash(pdf)
    with cstore.read() as session:
        stored = session.scalar(select(CountRecord.content_sha256).join(
            PollingStation, PollingStation.id == CountRecord.station_id).where(PollingStation.code == "MA01-C1-1"))
    assert printed == short_hash(stored)
    found = check_printed_record(cstore, printed)
    assert found.outcome is CheckOutcome.MATCH
    assert (found.kind, found.key, found.version, found.state) == ("count_record", "MA01-C1-1", 1, "matched")
    expected = get_count_record(cstore, "MA01-C1-1")
    assert dict(found.figures)["valid"] == expected.figures.valid
    assert [v for _, _, v in found.votes] == [v.votes for v in expected.votes]
    assert found.signers == () and found.signatures_ok is None


def test_a_certified_result_prints_the_hash_its_members_signed_and_the_check_names_them(cstore):
    certify(cstore, "MA01", MEMBERS[:2])
    pdf = run_to_end(consolidated_pdf(cstore, "MA01"))
    printed = the_hash(pdf)
    with cstore.read() as session:
        cert = session.scalars(select(ResultCertification)).one()
        signed = cert.signed_sha256
        assert signed == cert.certificate["record_sha256"]
    assert printed == short_hash(signed)
    found = check_printed_record(cstore, printed)
    assert (found.outcome, found.kind, found.key, found.version, found.state) == (
        CheckOutcome.MATCH, "result", "MA01", 1, "certified")
    assert found.signatures_ok is True and (found.required, found.members) == (2, 3)
    assert [(s.member, s.valid) for s in found.signers] == [("w1", True), ("w2", True)]
    assert all(len(s.fingerprint) == 64 for s in found.signers)
    paper = " ".join(" ".join(page) for page in pages_of(pdf))  # the paper names the same keys
    assert all(s.short_fingerprint in paper for s in found.signers)
    # the station's record, now certified, is covered by those same signatures
    record_check = check_printed_record(cstore, the_hash(run_to_end(count_record_pdf(cstore, "MA01-C1-2"))))
    assert record_check.state == "certified" and record_check.signed_scope == "wilayat_result"
    assert [s.member for s in record_check.signers] == ["w1", "w2"] and record_check.signatures_ok


def test_a_one_figure_correction_makes_the_old_paper_superseded(cstore):
    old = the_hash(run_to_end(count_record_pdf(cstore, "MA01-C1-1")))
    changed = record([10, 21, 5], reason="خطأ في نقل أصوات المرشح الثاني")
    double(cstore, "MA01-C1-1", changed)
    new = the_hash(run_to_end(count_record_pdf(cstore, "MA01-C1-1")))
    assert new != old
    stale = check_printed_record(cstore, old)
    assert (stale.outcome, stale.version, stale.current_version, stale.current_state) == (
        CheckOutcome.SUPERSEDED, 1, 2, "matched")
    assert check_printed_record(cstore, new).outcome is CheckOutcome.MATCH


def test_a_reopened_certification_is_superseded(cstore):
    certify(cstore, "MA01", MEMBERS[:2])
    printed = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    station_paper = the_hash(run_to_end(count_record_pdf(cstore, "MA01-C1-2")))
    assert not check_printed_record(cstore, station_paper).certification_reopened
    reopen(_as_admin(cstore), "MA01", "طعن مقبول في محضر المحطة الأولى")
    found = check_printed_record(cstore, printed)
    assert (found.outcome, found.state, found.current_version) == (CheckOutcome.SUPERSEDED, "reopened", None)
    assert found.certification_reopened
    station = check_printed_record(cstore, station_paper)  # the record itself is unchanged and still counts
    assert (station.outcome, station.state, station.certification_reopened) == (CheckOutcome.MATCH, "certified", True)
    provisional = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    now = check_printed_record(cstore, provisional)
    assert (now.outcome, now.version, now.state) == (CheckOutcome.MATCH, None, "provisional")


def _as_admin(store):
    store.actor = TESTER
    return store


def test_a_wrong_hash_matches_nothing(cstore):
    printed = the_hash(run_to_end(count_record_pdf(cstore, "MA01-C1-1")))
    last = printed[-1]
    wrong = printed[:-1] + ("2" if last != "2" else "3")
    assert check_printed_record(cstore, wrong).outcome is CheckOutcome.NO_MATCH
    assert check_printed_record(cstore, "not a hash").outcome is CheckOutcome.INVALID


def test_a_signature_tampered_in_sql_is_reported_invalid(cstore):
    certify(cstore, "MA01", MEMBERS[:2])
    printed = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    unfreeze(cstore)
    with cstore.write() as session:
        cert = session.scalars(select(ResultCertification)).one()
        certificate = dict(cert.certificate)
        signatures = [dict(s) for s in certificate["signatures"]]
        raw = signatures[1]["signature"]
        signatures[1]["signature"] = ("B" if raw[0] != "B" else "C") + raw[1:]
        certificate["signatures"] = signatures
        session.execute(update(ResultCertification).where(ResultCertification.id == cert.id)
                        .values(certificate=certificate))
    found = check_printed_record(cstore, printed)
    assert found.outcome is CheckOutcome.MATCH  # the figures are as printed ...
    assert found.signatures_ok is False  # ... but one signature no longer verifies
    assert [(s.member, s.valid) for s in found.signers] == [("w1", True), ("w2", False)]
    assert found.signers[1].problem == "bad_signature"


def test_a_figure_changed_in_sql_behind_the_application_is_reported(cstore):
    printed = the_hash(run_to_end(count_record_pdf(cstore, "MA01-C1-1")))
    with cstore.write() as session:
        session.execute(update(CountRecord).where(CountRecord.version == 1, CountRecord.valid.is_not(None))
                        .values(valid=CountRecord.valid + 1))
    assert check_printed_record(cstore, printed).outcome is CheckOutcome.ALTERED


def test_the_qr_code_carries_the_election_the_record_and_the_full_hash(cstore, monkeypatch):
    given: list[str] = []
    real = results_parts.qr_widget
    monkeypatch.setattr(results_parts, "qr_widget", lambda value, *a, **k: given.append(value) or real(value, *a, **k))
    pdf = run_to_end(count_record_pdf(cstore, "MA01-C1-1"))
    with cstore.read() as session:
        stored = session.scalars(select(CountRecord.content_sha256).order_by(CountRecord.id)).first()
    expected = qr_payload(get_election(cstore).uid, "count_record", "MA01-C1-1", 1, stored)
    assert given and set(given) == {expected} and len(given) == len(pages_of(pdf))
    scanned = check_printed_record(cstore, expected)
    assert (scanned.outcome, scanned.key, scanned.version) == (CheckOutcome.MATCH, "MA01-C1-1", 1)


def test_the_qr_code_decodes_to_its_text(cstore, tmp_path):
    cv2 = pytest.importorskip("cv2", reason="no QR decoder installed (opencv-python-headless)")
    import subprocess

    pdf = tmp_path / "record.pdf"
    pdf.write_bytes(run_to_end(count_record_pdf(cstore, "MA01-C1-1")))
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True)
    image = cv2.imread(str(next(tmp_path.glob("page*.png"))))
    decoded, _points, _ = cv2.QRCodeDetector().detectAndDecode(image)
    assert check_printed_record(cstore, decoded).outcome is CheckOutcome.MATCH


def test_every_page_of_a_long_record_carries_the_hash_and_the_members_initials_or_signatures(store):
    long_store = committee_store(store, candidates=30)
    pdf = run_to_end(count_record_pdf(long_store, "MA01-C1-1"))
    texts = page_texts(pdf)
    assert len(texts) >= 6  # three copies, each over two pages at least
    printed = the_hash(pdf)  # one and the same hash on every page
    assert check_printed_record(long_store, printed).outcome is CheckOutcome.MATCH
    initials = results_parts.LABELS["initials"]
    signatures = "التوقيعات"
    for page in texts:
        assert (initials in page) != (signatures in page), page[:200]
    assert sum(signatures in page for page in texts) == 3  # once per copy


def test_a_file_from_before_the_hashes_gets_them_when_upgraded(cstore):
    from alembic import command
    from alembic.script import ScriptDirectory

    from electadmin.storage.migrate import alembic_config, upgrade_to_head

    certify(cstore, "MA01", MEMBERS[:2])

    def hashes():
        with cstore.read() as session:
            return (sorted(session.scalars(select(CountRecord.content_sha256))),
                    sorted(session.scalars(select(ResultCertification.signed_sha256))))

    before = hashes()
    assert all(before[0]) and all(before[1]) and len(before[0]) == 2
    config = alembic_config()
    previous = ScriptDirectory.from_config(config).get_revision("0013").down_revision
    with cstore.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, previous)
    upgrade_to_head(cstore.engine)
    assert hashes() == before
    printed = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    assert check_printed_record(cstore, printed).signatures_ok is True
    with pytest.raises(Exception, match="frozen"):  # the freeze triggers are back
        with cstore.write() as session:
            session.execute(update(ResultCertification).values(certified_by="someone else"))


def test_the_command_line_checks_a_hash_and_fails_when_it_matches_nothing(cstore, backend, tmp_path):
    import json

    from tests.integration.test_cli import electadmin

    if backend.name != "sqlite":
        pytest.skip("the command line test runs on the file")
    certify(cstore, "MA01", MEMBERS[:2])
    printed = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    cstore.close()
    db = backend.target
    found = electadmin("record", "check", "--db", db, printed.lower().replace("-", ""), "--json", user=None)
    assert found.returncode == 0, found.stderr
    answer = json.loads(found.stdout)
    assert (answer["outcome"], answer["kind"], answer["key"], answer["signatures_ok"]) == (
        "match", "result", "MA01", True)
    assert [s["member"] for s in answer["signers"]] == ["w1", "w2"]
    text_answer = electadmin("record", "check", "--db", db, printed, user=None)
    assert text_answer.returncode == 0 and "w1" in text_answer.stdout and "valid" in text_answer.stdout
    wrong = printed[:-1] + ("2" if printed[-1] != "2" else "3")
    missing = electadmin("record", "check", "--db", db, wrong, user=None)
    assert missing.returncode == 3 and "No record in this file has this hash" in missing.stdout
    assert electadmin("record", "check", "--db", db, "nonsense", user=None).returncode == 2


def test_records_imported_from_a_results_file_are_found_too(cstore, tmp_path):
    from electadmin.services.results_file import import_results
    from tests.integration.test_results_file import station_rows, write

    path = write(tmp_path / "results.csv", station_rows("MA02-C1-1", [4, 3, 2, 1]))
    assert run_to_end(import_results(cstore, path)).written == 1
    printed = the_hash(run_to_end(count_record_pdf(cstore, "MA02-C1-1")))
    found = check_printed_record(cstore, printed)
    assert (found.outcome, found.key, found.version, found.state) == (CheckOutcome.MATCH, "MA02-C1-1", 1, "matched")
