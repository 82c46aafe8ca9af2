"""Writing the audit log (in the caller's transaction) and verifying its hash chain."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.roles import Permission
from electadmin.domain.text import untranslated
from electadmin.integrity.canonical import canonical_bytes
from electadmin.integrity.audit_chain import GENESIS_HASH, ChainBreak, ChainEntry, entry_hash, verify_chain
from electadmin.interchange.event_log import event_log
from electadmin.interchange.tabular import atomic_path
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import AuditEntry, AuditHead, Election


_HEAD = select(AuditHead.sequence, AuditHead.hash).where(AuditHead.id == 1).with_for_update()
_INSERT = insert(AuditEntry)
_ADVANCE = update(AuditHead).where(AuditHead.id == 1)


def record(session: Session, event: EventType, object_type: str, object_key: str, *,
           before: Mapping[str, Any] | None = None, after: Mapping[str, Any] | None = None) -> int:
    """Append one entry to the chain inside *session*'s transaction; returns its sequence number.

    The head row is locked first (``FOR UPDATE`` on PostgreSQL; on SQLite the writing transaction
    already holds the database's write lock), so concurrent writers chain one after the other.
    Core statements built once, no ORM objects: every user action writes one of these, and the
    check-in desk writes one per voter.
    """
    connection = session.connection()
    head = connection.execute(_HEAD).one_or_none()
    if head is None:
        session.add(AuditHead(id=1, sequence=0, hash=GENESIS_HASH))
        session.flush()
        head = (0, GENESIS_HASH)
    entry = ChainEntry(
        sequence=head[0] + 1, at=utcnow(), actor=str(session.info.get("actor", "system")),
        event=event.value, object_type=object_type, object_key=str(object_key),
        before=_plain(before), after=_plain(after), prev_hash=head[1],
    )
    digest = entry_hash(entry)
    connection.execute(_INSERT, {
        "sequence": entry.sequence, "at": entry.at, "actor": entry.actor, "event": entry.event,
        "object_type": entry.object_type, "object_key": entry.object_key, "before": entry.before,
        "after": entry.after, "prev_hash": entry.prev_hash, "hash": digest})
    connection.execute(_ADVANCE, {"sequence": entry.sequence, "hash": digest})
    return entry.sequence


def _plain(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The JSON value the canonical encoding gives (dates and enums as text), so that what is
    stored is exactly what was hashed."""
    return None if values is None else json.loads(canonical_bytes(dict(values)))


@dataclass(frozen=True, slots=True)
class AuditEntryView:
    sequence: int
    at: datetime
    actor: str
    event: str
    object_type: str
    object_key: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    hash: str


@dataclass(frozen=True, slots=True)
class AuditVerification:
    entries: int
    head_hash: str
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def verify(store: Store) -> AuditVerification:
    """Recompute the whole chain; report the first broken entry, if any."""
    with store.read() as session:
        head = session.get(AuditHead, 1)
        head_seq, head_hash = (head.sequence, head.hash) if head else (0, GENESIS_HASH)
        count = 0
        result = session.execute(
            select(AuditEntry).order_by(AuditEntry.sequence).execution_options(yield_per=2000))
        try:
            def entries() -> Iterator[ChainEntry]:
                nonlocal count
                for row in result.scalars():
                    count += 1
                    yield ChainEntry(row.sequence, row.at, row.actor, row.event, row.object_type,
                                     row.object_key, row.before, row.after, row.prev_hash, row.hash)

            problem = verify_chain(entries(), head_seq, head_hash)
        finally:
            result.close()  # a server-side cursor (PostgreSQL) must not outlive an early stop
        return AuditVerification(count, head_hash, problem)


def recent(store: Store, limit: int = 200) -> list[AuditEntryView]:
    """The latest entries, newest first."""
    with store.read() as session:
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.sequence.desc()).limit(limit)).scalars()
        return [AuditEntryView(r.sequence, r.at, r.actor, r.event, r.object_type, r.object_key,
                               r.before, r.after, r.hash) for r in rows]


@requires(Permission.AUDIT_EXPORT)
def export_event_log(store: Store, path: str | Path, *, version: str = "") -> int:
    """Write the whole audit log as a NIST SP 1500-101 event log (atomically); returns the events.

    The export itself is audited, after the entries it exports.
    """
    checked = verify(store)
    with store.write() as session:
        election = session.get(Election, 1)
        rows = session.execute(select(AuditEntry).order_by(AuditEntry.sequence)).scalars()
        entries = [ChainEntry(r.sequence, r.at, r.actor, r.event, r.object_type, r.object_key, r.before, r.after,
                              r.prev_hash, r.hash) for r in rows]
        document = event_log(
            entries, election_id=election.uid if election else "", device_id=store.location[-200:],
            version=version, generated=utcnow(), describe=_describe_event,
            details={"entries": len(entries), "head_hash": checked.head_hash, "chain_intact": checked.intact,
                     "election": election.name_ar if election else ""})
        with atomic_path(Path(path)) as temporary:
            temporary.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        record(session, EventType.AUDIT_LOG_EXPORTED, "audit", "event_log",
               after={"path": str(path), "entries": len(entries), "head_hash": checked.head_hash})
        return len(entries)


def _describe_event(value: str) -> str:
    try:
        return EventType(value).label.translated(untranslated)
    except ValueError:
        return value
