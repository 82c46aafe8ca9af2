"""The audit log anchored outside its own chain: a forger who edits entries in SQL and then
recomputes every hash and the head makes a well-formed chain, which the signed checkpoints
(certifications, packages) and a receiver's copy of the sender's head still contradict."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from electadmin.domain.errors import ErrorCode
from electadmin.domain.roles import Role
from electadmin.integrity.audit_chain import GENESIS_HASH, ChainEntry, entry_hash
from electadmin.services import audit, committees, packages
from electadmin.services.certification import certify
from electadmin.storage.models import AuditCheckpoint, AuditEntry, AuditHead, ResultCertification
from tests.conftest import act_as
from tests.integration.packages_setup import copy_file, signed_in
from tests.integration.results_setup import MEMBERS, ready_to_certify
from tests.integration.test_cli import electadmin
from tests.integration.packages_setup import W_SIGNERS, toy_apply, toy_content
from tests.integration.test_packages import world  # noqa: F401 - a fixture

def rewrite(engine, statement: str | None = None) -> None:
    """Do *statement* (statements separated by ``;``) to the log, then recompute every entry's links and hashes and the head, as a
    forger with the file and this program's source would."""
    with Session(engine) as session, session.begin():
        for part in (statement or "").split(";"):
            if part.strip():
                session.execute(text(part))
        previous = GENESIS_HASH
        last = 0
        for row in session.execute(select(AuditEntry).order_by(AuditEntry.sequence)).scalars().all():
            last += 1
            entry = ChainEntry(last, row.at, row.actor, row.event, row.object_type, row.object_key,
                               row.before, row.after, previous)
            digest = entry_hash(entry)
            session.execute(update(AuditEntry).where(AuditEntry.id == row.id)
                            .values(sequence=last, prev_hash=previous, hash=digest))
            previous = digest
        session.execute(update(AuditHead).where(AuditHead.id == 1).values(sequence=last, hash=previous))


@pytest.fixture
def certified(store):
    return certified_store(store)


def certified_store(store):
    """*store* with a wilayat certified by two of its three members, then more work written to the log."""
    certify(ready_to_certify(store), "MA01", MEMBERS[:2])
    committees.enrol_member(act_as(store, Role.ADMINISTRATOR), "W-MA01", "w4", "wilayat-member-four")
    return store


def _checkpoint(store):
    with store.read() as session:
        return session.execute(select(AuditCheckpoint.sequence, AuditCheckpoint.purpose,
                                      AuditCheckpoint.subject)).one()


def test_an_untouched_log_agrees_with_its_signed_checkpoint(certified):
    point = _checkpoint(certified)
    result = audit.verify(certified)
    assert result.intact and result.checkpoints == 1 and result.error() is None
    assert point.purpose == "result.certification" and point.subject == "MA01 v1"
    assert 0 < point.sequence < result.head_sequence
    # the checkpoint is the head just before the certification's own entry
    with certified.read() as session:
        event = session.execute(select(AuditEntry.event).where(AuditEntry.sequence == point.sequence + 1)).scalar()
    assert event == "results.certified"


def test_a_recomputed_chain_contradicts_the_checkpoint_after_the_edit(certified):
    point = _checkpoint(certified)
    rewrite(certified.engine, "UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 3")
    result = audit.verify(certified)
    assert not result.intact
    found = result.first_break
    assert (found.sequence, found.problem, found.agreed) == (point.sequence, "anchor_hash", 0)
    assert "result.certification MA01 v1" in found.anchor
    error = result.error()
    assert error.code is ErrorCode.AUDIT_REWRITTEN and "MA01 v1" in str(error.params["checkpoint"])


def test_the_command_line_names_the_contradicted_checkpoint_and_exits_3(certified):
    if certified.path is None:
        pytest.skip("the tests' PostgreSQL store lives in a schema of their own, which --db URL cannot name")
    location = str(certified.path)
    ok = electadmin("audit", "verify", "--db", location, user=None)
    assert ok.returncode == 0 and "1 signed checkpoints" in ok.stdout, ok.stderr
    rewrite(certified.engine, "UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 3")
    broken = electadmin("audit", "verify", "--db", location, user=None)
    assert broken.returncode == 3
    assert "[audit.rewritten]" in broken.stderr and "result.certification MA01 v1" in broken.stderr


@pytest.mark.parametrize("statement", [
    "DELETE FROM audit_entry WHERE sequence = 2",
    "UPDATE audit_entry SET sequence = -2 WHERE sequence = 2; UPDATE audit_entry SET sequence = 2 WHERE sequence = 3;"
    "UPDATE audit_entry SET sequence = 3 WHERE sequence = -2",
])
def test_deleting_or_reordering_then_recomputing_is_detected(certified, statement):
    point = _checkpoint(certified)
    rewrite(certified.engine, statement)
    found = audit.verify(certified).first_break
    assert found is not None and found.problem == "anchor_hash" and found.sequence == point.sequence


def test_a_log_cut_short_below_the_checkpoint_is_detected(certified):
    point = _checkpoint(certified)
    rewrite(certified.engine, f"DELETE FROM audit_entry WHERE sequence >= {point.sequence}")
    found = audit.verify(certified).first_break
    assert (found.sequence, found.problem) == (point.sequence, "anchor_missing")


def test_a_checkpoint_moved_to_the_rewritten_chain_fails_its_signatures(certified):
    point = _checkpoint(certified)
    rewrite(certified.engine, "UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 3")
    with certified.read() as session:
        forged = session.execute(select(AuditEntry.hash).where(AuditEntry.sequence == point.sequence)).scalar()
    with certified.engine.begin() as connection:
        connection.execute(update(AuditCheckpoint).values(hash=forged))
    found = audit.verify(certified).first_break
    assert (found.sequence, found.problem) == (point.sequence, "anchor_signature")


def test_deleting_the_checkpoint_is_caught_by_the_certification_it_belongs_to(certified):
    point = _checkpoint(certified)
    rewrite(certified.engine, "UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 3")
    with certified.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_checkpoint"))
    found = audit.verify(certified).first_break
    assert (found.sequence, found.problem) == (point.sequence, "anchor_deleted")


def test_stripping_the_head_from_the_certification_as_well_is_caught(certified):
    """Removing the checkpoint and the head from the certification's certificate leaves signatures
    that no longer verify over the certified content: the signed head was part of it."""
    rewrite(certified.engine, "UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 3")
    with Session(certified.engine) as session, session.begin():
        session.execute(text("DELETE FROM audit_checkpoint"))
        on = "" if certified.engine.dialect.name == "sqlite" else " ON result_certification"
        session.execute(text(f"DROP TRIGGER result_certification_frozen{on}"))  # the forger has the file
        row = session.execute(select(ResultCertification)).scalar_one()
        row.certificate = {k: v for k, v in row.certificate.items() if k != "audit_head"}
    found = audit.verify(certified).first_break
    assert found.problem == "anchor_deleted" and "MA01 v1" in found.anchor


def test_an_edit_after_the_last_checkpoint_is_caught_only_by_an_outside_head(certified):
    """What the checkpoints cannot see (the entries after the last one) a head held elsewhere can."""
    result = audit.verify(certified)
    held = (result.head_sequence, result.head_hash)
    rewrite(certified.engine, f"UPDATE audit_entry SET actor = 'mallory' WHERE sequence = {result.head_sequence}")
    assert audit.verify(certified).intact
    found = audit.verify(certified, [held]).first_break
    assert (found.sequence, found.problem) == (held[0], "anchor_hash")
    assert found.agreed == _checkpoint(certified).sequence


# ---------------------------------------------------------------- packages: the receiver keeps the head


def test_the_receiver_keeps_the_senders_head_and_checks_the_senders_file(world, tmp_path):
    """The wilayat's file signs its head into the result package; the main committee records it; the
    wilayat's file, rewritten afterwards, fails ``audit verify --against-head`` (exit 3)."""
    main = copy_file(world["main"], tmp_path / "main.electadmin")
    wilayat = copy_file(world["wilayat"], tmp_path / "wilayat.electadmin")
    packages.set_result_hooks(packages.ResultHooks(toy_content, toy_apply))
    try:
        sender = signed_in(wilayat)
        package = packages.export_result_package(sender, tmp_path / "result-2", "W-MA01", W_SIGNERS)
        sent = package.audit_head
        assert sent is not None and audit.verify(sender).checkpoints == 2  # result-1 and result-2
        sender.close()
        receiver = signed_in(main)
        report = packages.import_result_package(receiver, package.path)
        assert any(str(sent["hash"]) in check.text() for check in report.checks)
        heads = audit.received_heads(receiver)
        receiver.close()
    finally:
        packages.set_result_hooks(None)
    assert (heads[-1].sender, heads[-1].package_sequence) == ("W-MA01", package.sequence)
    assert (heads[-1].sequence, heads[-1].hash) == (sent["sequence"], sent["hash"])

    held = f"{heads[-1].sequence}:{heads[-1].hash}"
    ok = electadmin("audit", "verify", "--db", str(wilayat), "--against-head", held, user=None)
    assert ok.returncode == 0, ok.stderr
    listed = electadmin("audit", "heads", "--db", str(main), user=None)
    assert held in listed.stdout

    # a forger rewrites the wilayat's log below the signed head, recomputing everything, and drops
    # every checkpoint kept in the file: the receiver's copy still contradicts it
    store = signed_in(wilayat)
    engine = store.engine
    rewrite(engine, "UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 2")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_checkpoint"))
    store.close()
    assert electadmin("audit", "verify", "--db", str(wilayat), user=None).returncode == 0
    broken = electadmin("audit", "verify", "--db", str(wilayat), "--against-head", held, user=None)
    assert broken.returncode == 3
    assert "[audit.rewritten]" in broken.stderr and f"{heads[-1].sequence}:{heads[-1].hash[:16]}" in broken.stderr
    bad = electadmin("audit", "verify", "--db", str(wilayat), "--against-head", "12:nothex", user=None)
    assert bad.returncode == 2 and "[audit.bad_head]" in bad.stderr
