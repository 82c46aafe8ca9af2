"""The audit log: written with every change, chained, and any SQL edit of it detected."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from electadmin.services import audit, geography
from electadmin.services.geography import GovernorateDTO, WilayatDTO


@pytest.fixture
def logged(store):
    geography.save_governorate(store, GovernorateDTO("MA", "مسقط", "Muscat"))
    geography.save_wilayat(store, WilayatDTO("MA01", "MA", "مسقط", "Muscat", 1))
    geography.save_wilayat(store, WilayatDTO("MA02", "MA", "مطرح", "Muttrah", 2))
    geography.save_wilayat(store, WilayatDTO("MA02", "MA", "مطرح", "Muttrah", 3), "MA02")
    return store


def _sql(store, statement: str) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(statement))


def test_every_change_is_recorded_with_actor_before_and_after(logged):
    entries = audit.recent(logged)
    assert [e.event for e in reversed(entries)] == [
        "election.created", "governorate.created", "wilayat.created", "wilayat.created", "wilayat.updated"]
    update = entries[0]
    assert update.actor == "tester"
    assert update.before["seats"] == 2 and update.after["seats"] == 3
    assert update.at.tzinfo is not None
    assert audit.verify(logged).intact and audit.verify(logged).entries == 5


def test_an_unchanged_save_records_nothing(logged):
    geography.save_wilayat(logged, WilayatDTO("MA02", "MA", "مطرح", "Muttrah", 3), "MA02")
    assert audit.verify(logged).entries == 5


def test_a_failed_change_leaves_no_entry(logged):
    with pytest.raises(Exception):
        geography.save_wilayat(logged, WilayatDTO("MA03", "XX", "قريات", "", 1))
    assert audit.verify(logged).entries == 5


@pytest.mark.parametrize(("tamper", "sequence", "problem"), [
    ("UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 3", 3, "hash"),
    ("UPDATE audit_entry SET after = NULL WHERE sequence = 2", 2, "hash"),
    ("DELETE FROM audit_entry WHERE sequence = 2", 3, "sequence"),
    ("DELETE FROM audit_entry WHERE sequence = 5", 5, "head"),
    ("UPDATE audit_entry SET sequence = 100 + sequence WHERE sequence IN (3, 4)", 5, "sequence"),
    ("INSERT INTO audit_entry (sequence, at, actor, event, object_type, object_key, prev_hash, hash) "
     "SELECT 6, at, actor, event, object_type, object_key, hash, hash FROM audit_entry WHERE sequence = 5", 6, "hash"),
])
def test_sql_edits_of_the_log_are_detected(logged, tamper, sequence, problem):
    _sql(logged, tamper)
    result = audit.verify(logged)
    assert not result.intact
    assert (result.first_break.sequence, result.first_break.problem) == (sequence, problem)


def test_swapping_the_content_of_two_entries_is_detected(logged):
    """Reordering: entries 2 and 3 exchange everything but their sequence numbers."""
    from sqlalchemy.orm import Session

    from electadmin.storage.models import AuditEntry

    fields = ("at", "actor", "event", "object_type", "object_key", "before", "after", "prev_hash", "hash")
    with Session(logged.engine) as session, session.begin():
        second, third = (session.query(AuditEntry).filter_by(sequence=n).one() for n in (2, 3))
        values = {n: {f: getattr(e, f) for f in fields} for n, e in ((2, second), (3, third))}
        for entry, source in ((second, 3), (third, 2)):
            for name, value in values[source].items():
                setattr(entry, name, value)
    result = audit.verify(logged)
    assert result.first_break is not None and result.first_break.sequence == 2


def test_an_entry_inserted_in_the_middle_is_detected(logged):
    """Insert: the later entries are moved up one place and a copy of entry 2 is put at 3."""
    _sql(logged, "UPDATE audit_entry SET sequence = sequence + 1000 WHERE sequence >= 3")
    _sql(logged, "UPDATE audit_entry SET sequence = sequence - 999 WHERE sequence >= 1003")
    _sql(logged, "INSERT INTO audit_entry (sequence, at, actor, event, object_type, object_key, before, after, "
                 "prev_hash, hash) SELECT 3, at, actor, event, object_type, object_key, before, after, hash, hash "
                 "FROM audit_entry WHERE sequence = 2")
    result = audit.verify(logged)
    assert (result.first_break.sequence, result.first_break.problem) == (3, "hash")


def test_an_edit_with_its_own_hash_recomputed_breaks_the_next_link(logged):
    """A forger who recomputes the edited entry's hash still breaks the entry after it."""
    from electadmin.integrity.audit_chain import ChainEntry, entry_hash
    from sqlalchemy.orm import Session

    from electadmin.storage.models import AuditEntry

    with Session(logged.engine) as session, session.begin():
        row = session.query(AuditEntry).filter_by(sequence=3).one()
        row.actor = "mallory"
        row.hash = entry_hash(ChainEntry(row.sequence, row.at, row.actor, row.event, row.object_type,
                                         row.object_key, row.before, row.after, row.prev_hash))
    result = audit.verify(logged)
    assert (result.first_break.sequence, result.first_break.problem) == (4, "prev_hash")
