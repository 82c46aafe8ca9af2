"""Backups (made, rotated, restored, damaged files detected) and the NIST SP 1500-101 event log export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import jsonschema
import pytest

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Role
from electadmin.services import audit, backup, geography, users
from electadmin.services.geography import GovernorateDTO
from electadmin.services.store import Store
from tests.conftest import act_as

SCHEMA = Path(__file__).resolve().parents[1] / "standards" / "NIST_V1_election_event_logging.json"


@pytest.fixture
def file_store(tmp_path):
    """A signed-in administrator's election file (backups are of files)."""
    from electadmin.services.election import create_election
    from tests.conftest import sample_definition

    store = Store.open(tmp_path / "e.electadmin", create=True)
    users.create_first_administrator(store, "root.admin", "correct-horse-staple-9")
    create_election(store, sample_definition())
    yield store
    store.close()


def test_a_backup_is_a_whole_copy_and_the_oldest_are_rotated_away(file_store):
    users.set_security_settings(file_store, users.SecuritySettings(backups_kept=3))
    made = [backup.backup_now(file_store, "timer") for _ in range(5)]
    kept = backup.list_backups(file_store.path)
    assert [b.path for b in kept] == [m.path for m in reversed(made[-3:])]
    assert all(backup.check_file(b.path).ok for b in kept)
    copy = sqlite3.connect(kept[0].path)
    assert copy.execute("SELECT count(*) FROM election").fetchone() == (1,)
    copy.close()


def test_a_manual_backup_is_audited_and_needs_its_permission(file_store):
    info = backup.create_backup(file_store)
    assert info.reason == "manual" and audit.recent(file_store, 1)[0].event == "backup.created"
    act_as(file_store, Role.OBSERVER)
    with pytest.raises(ElectadminError) as caught:
        backup.create_backup(file_store)
    assert caught.value.code is ErrorCode.AUTH_FORBIDDEN


def test_restore_brings_back_the_backup_keeps_the_current_file_and_is_audited(file_store):
    path = file_store.path
    saved = backup.backup_now(file_store, "manual")
    geography.save_governorate(file_store, GovernorateDTO("MA", "مسقط", "Muscat"))
    assert geography.summary(file_store).governorates == 1
    act_as(file_store, Role.SECRETARY)
    with pytest.raises(ElectadminError) as caught:
        backup.restore_backup(path, saved.name, store=file_store)
    assert caught.value.code is ErrorCode.AUTH_FORBIDDEN
    users.sign_in(file_store, "root.admin", "correct-horse-staple-9")
    backup.restore_backup(path, saved.name, store=file_store)
    restored = Store.open(path)
    try:
        assert geography.summary(restored).governorates == 0
        last = audit.recent(restored, 1)[0]
        assert (last.event, last.actor) == ("backup.restored", "root.admin")
        assert audit.verify(restored).intact
    finally:
        restored.close()
    assert any(b.reason == "before-restore" for b in backup.list_backups(path))


def test_a_damaged_file_is_detected_and_restored_without_signing_in(file_store):
    path = file_store.path
    saved = backup.backup_now(file_store, "close")
    file_store.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header's tail and the schema page
    path.write_bytes(bytes(data))
    health = backup.check_file(path)
    assert not health.ok
    with pytest.raises(ElectadminError) as caught:
        Store.open(path)
    assert caught.value.code is ErrorCode.STORE_CORRUPT
    backup.restore_backup(path, saved.name)
    assert backup.check_file(path).ok
    reopened = Store.open(path)
    try:
        assert audit.recent(reopened, 1)[0].actor == "system"
    finally:
        reopened.close()


def test_a_damaged_backup_is_refused(file_store):
    saved = backup.backup_now(file_store, "timer")
    saved.path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(ElectadminError) as caught:
        backup.restore_backup(file_store.path, saved.name, store=file_store)
    assert caught.value.code is ErrorCode.BACKUP_DAMAGED


def test_the_schema_upgrade_backup_goes_to_the_same_folder(file_store):
    from electadmin.storage.migrate import backups_folder

    assert backups_folder(file_store.path) == file_store.path.with_name("e.backups")


def test_the_event_log_validates_against_nist_1500_101_with_the_chained_hashes(file_store, tmp_path):
    geography.save_governorate(file_store, GovernorateDTO("MA", "مسقط", "Muscat"))
    users.sign_out(file_store)
    with pytest.raises(ElectadminError):
        users.sign_in(file_store, "root.admin", "wrong-password-x")
    users.sign_in(file_store, "root.admin", "correct-horse-staple-9")
    out = tmp_path / "log.json"
    count = audit.export_event_log(file_store, out, version="test")
    document = json.loads(out.read_text(encoding="utf-8"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(document)
    events = document["Device"][0]["Event"]
    assert len(events) == count == audit.verify(file_store).entries - 1  # the export is audited after
    stored = {e.sequence: e.hash for e in audit.recent(file_store, 1000)}
    assert all(e["Hash"] == stored[int(e["Sequence"])] for e in events)
    failed = next(e for e in events if e["Id"] == "user.sign_in_failed")
    assert failed["Disposition"] == "failure" and failed["UserId"] == "root.admin"
    # each event's Details carries the previous hash: the chain can be followed in the export alone
    for earlier, later in zip(events, events[1:]):
        assert json.loads(later["Details"])["prev_hash"] == earlier["Hash"]
    assert audit.recent(file_store, 1)[0].event == "audit.log_exported"


def test_an_invalid_event_log_is_caught_by_the_schema(file_store, tmp_path):
    """The schema check can fail: a log missing an event's Disposition does not validate."""
    out = tmp_path / "log.json"
    audit.export_event_log(file_store, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    del document["Device"][0]["Event"][0]["Disposition"]
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(schema).validate(document)
