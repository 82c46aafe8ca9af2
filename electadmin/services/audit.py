"""Writing the audit log (in the caller's transaction) and verifying its hash chain, anchored outside it.

The chain in the file catches an edit, a deletion, an insertion or a reordering, but not a forger
with write access to the file who edits an entry and then recomputes every later hash and the
head. What the forger cannot redo is held outside the chain:

* **Signed checkpoints.** Whenever committee members sign (a result's certification, an election
  or result package's manifest), what they sign names the chain's head at that moment (the last
  sequence and its hash, read under the head's lock in the signing transaction). The signed record
  and its certificate are kept in ``audit_checkpoint`` (:func:`checkpoint`); the certification's
  certificate carries the same head. :func:`verify` re-walks the chain, checks that each
  checkpoint's signatures still verify with the committee's public keys over a record naming its
  sequence and hash, that every signed certification still has its checkpoint (a certificate
  stripped of its head no longer verifies over the certified content), and that the entry
  at each checkpoint still has the signed hash. A rewritten chain then contradicts the first
  checkpoint after the edit (the break names it, and the last checkpoint that still agrees), and
  cannot be re-signed without k members' private keys. A key revoked after it signed still vouches
  for what it signed (revocation stops new signatures); k is the committee's current k.
* **The receiver keeps the sender's head.** A package's manifest carries the sender's head (signed
  with the manifest); the importing file records it in its own audit entry of the import
  (:func:`received_heads`), so the sender's file can later be checked against it
  (``electadmin audit verify --db FILE --against-head SEQ:HASH``, *against* below). Checkpoints
  are checked with the public keys the file itself holds, so a forger who also replaced the
  members' keys in the file and re-signed passes them; the receiver's copy, kept on another machine,
  still catches that.

Entries written after the last checkpoint are covered by the chain alone until the next signature
or package. Nothing here touches the per-entry path (:func:`record`): the check-in desk still writes
exactly one entry per voter. (A sidecar file beside the database was not added: it lives on the
same disk as the file it would protect, so it adds less than a package held by another committee.)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from electadmin.domain.audit import CHAIN_PROBLEMS, EventType
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Permission
from electadmin.domain.text import untranslated
from electadmin.integrity.canonical import canonical_bytes
from electadmin.integrity import signing
from electadmin.integrity.audit_chain import (
    GENESIS_HASH,
    Anchor,
    ChainBreak,
    ChainEntry,
    check_anchors,
    entry_hash,
    verify_chain,
)
from electadmin.interchange.event_log import event_log
from electadmin.interchange.tabular import atomic_path
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import AuditCheckpoint, AuditEntry, AuditHead, Election, ResultCertification, Wilayat


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


def head(session: Session) -> dict[str, Any]:
    """The chain's head now, as signed records carry it: ``{"sequence", "hash"}``.

    Read under the head's lock (PostgreSQL ``FOR UPDATE``; SQLite's writing transaction holds the
    write lock), so no other writer appends between this read and the caller's commit.
    """
    row = session.connection().execute(_HEAD).one_or_none()
    sequence, digest = (row[0], row[1]) if row is not None else (0, GENESIS_HASH)
    return {"sequence": sequence, "hash": digest}


def checkpoint(session: Session, purpose: str, subject: str, committee: str, record: Mapping[str, Any],
               certificate: signing.Certificate) -> None:
    """Keep a signed *record* that names the chain's head (``record["audit_head"]``) as a checkpoint."""
    anchored = record["audit_head"]
    session.add(AuditCheckpoint(sequence=int(anchored["sequence"]), hash=str(anchored["hash"]), purpose=purpose,
                                subject=subject[:200], committee=committee, record=_plain(record),
                                certificate=_plain(certificate.as_json()), created_at=utcnow()))


def parse_head(text: str) -> tuple[int, str]:
    """``SEQ:HASH`` (as printed by ``audit verify`` and ``package verify``) as a pair; ValueError if not."""
    sequence, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not sequence.strip().isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(text)
    return int(sequence), digest


@dataclass(frozen=True, slots=True)
class ReceivedHead:
    """A sender's audit head as a package this file accepted carried it."""

    kind: str
    sender: str
    package_sequence: int
    sequence: int
    hash: str
    at: datetime


def received_heads(store: Store) -> list[ReceivedHead]:
    """The senders' heads recorded by this file's imports, oldest first (to check their files with)."""
    with store.read() as session:
        rows = session.execute(select(AuditEntry.object_key, AuditEntry.after, AuditEntry.at)
                               .where(AuditEntry.event == EventType.PACKAGE_IMPORTED.value)
                               .order_by(AuditEntry.sequence))
        heads = []
        for key, after, at in rows:
            theirs = (after or {}).get("sender_audit_head")
            if not isinstance(theirs, dict):
                continue
            kind, _, rest = key.partition(":")
            sender, _, number = rest.rpartition(":")
            heads.append(ReceivedHead(kind, sender, int(number) if number.isdigit() else 0,
                                      int(theirs["sequence"]), str(theirs["hash"]), at))
        return heads


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
    head_sequence: int = 0
    checkpoints: int = 0  # signed checkpoints checked
    against: int = 0  # outside heads checked (``against``)

    @property
    def intact(self) -> bool:
        return self.first_break is None

    def error(self) -> ElectadminError | None:
        """The refusal to show (``None`` when intact): a broken chain, or a contradicted anchor."""
        found = self.first_break
        if found is None:
            return None
        if found.anchor:
            return ElectadminError(ErrorCode.AUDIT_REWRITTEN, sequence=found.sequence,
                                   problem=CHAIN_PROBLEMS[found.problem], checkpoint=found.anchor,
                                   agreed=found.agreed)
        return ElectadminError(ErrorCode.AUDIT_BROKEN, sequence=found.sequence, problem=CHAIN_PROBLEMS[found.problem])


def _checkpoint_name(row: AuditCheckpoint) -> str:
    return f"{row.purpose} {row.subject} ({row.committee}, {row.sequence}:{row.hash[:16]})"


def _checkpoints(session: Session) -> tuple[list[Anchor], ChainBreak | None]:
    """The signed checkpoints as anchors, or the first whose signatures or head no longer hold."""
    from electadmin.services.committees import keyring  # committees writes the audit log itself

    rows = list(session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.sequence, AuditCheckpoint.id))
                .scalars())
    trusted = keyring(session)
    trusted = signing.Keyring({fp: signing.MemberKey(k.committee, k.member, k.public_key)
                               for fp, k in trusted.keys.items()}, trusted.quorum)
    anchors, by_digest = [], {}
    for row in rows:
        name = _checkpoint_name(row)
        record = row.record if isinstance(row.record, dict) else {}
        try:
            certificate = signing.Certificate.from_json(row.certificate)
            signed = signing.check_certificate(certificate, record, trusted, purpose=row.purpose,
                                               committee=row.committee).ok
        except (KeyError, TypeError, ValueError):
            signed = False
        if not signed or record.get("audit_head") != {"sequence": row.sequence, "hash": row.hash}:
            return anchors, ChainBreak(row.sequence, "anchor_signature", name)
        anchors.append(Anchor(row.sequence, row.hash, name))
        by_digest[certificate.record_sha256] = row
    from electadmin.services.certification import CERTIFICATION_PURPOSE, certified_content

    election = session.get(Election, 1)
    certified = session.execute(select(ResultCertification, Wilayat.code)
                                .join(Wilayat, Wilayat.id == ResultCertification.wilayat_id))
    for cert, wilayat in certified:
        certificate = cert.certificate
        if not isinstance(certificate, dict):
            continue  # certified on the secretary's word: no committee signed (JSON null, not SQL NULL)
        anchored = certificate.get("audit_head")
        if not isinstance(anchored, dict):
            # Certified before checkpoints existed, or its head stripped to hide a removed checkpoint:
            # only the first still verifies without one.
            try:
                unanchored = signing.check_certificate(
                    signing.Certificate.from_json(certificate),
                    certified_content(election.uid if election else "", wilayat, cert.version, dict(cert.snapshot)),
                    trusted, purpose=CERTIFICATION_PURPOSE, committee=str(certificate.get("committee"))).ok
            except (KeyError, TypeError, ValueError):
                unanchored = False
            if not unanchored:
                return anchors, ChainBreak(0, "anchor_deleted", f"{CERTIFICATION_PURPOSE} {wilayat} v{cert.version}")
            continue
        row = by_digest.get(certificate.get("record_sha256"))
        if row is None or (row.sequence, row.hash) != (anchored.get("sequence"), anchored.get("hash")):
            return anchors, ChainBreak(int(anchored.get("sequence") or 0), "anchor_deleted",
                                       f"{certificate.get('purpose')} ({certificate.get('committee')}, "
                                       f"{anchored.get('sequence')}:{str(anchored.get('hash'))[:16]})")
    return anchors, None


def verify(store: Store, against: Iterable[tuple[int, str]] = ()) -> AuditVerification:
    """Recompute the whole chain and check it against every signed checkpoint and each head in
    *against* (sequence, hash: a receiver's copy of this file's head); report the first break.

    The chain's own breaks come first (an edit without recomputation); then the checkpoints'
    signatures; then the first anchor, by sequence, that the chain contradicts.
    """
    outside = [Anchor(int(seq), str(digest).lower(), f"{seq}:{str(digest)[:16]}") for seq, digest in against]
    with store.read() as session:
        head = session.get(AuditHead, 1)
        head_seq, head_hash = (head.sequence, head.hash) if head else (0, GENESIS_HASH)
        anchors, bad_checkpoint = _checkpoints(session)
        wanted = {a.sequence for a in (*anchors, *outside)}
        hashes: dict[int, str] = {}
        count = 0
        result = session.execute(
            select(AuditEntry).order_by(AuditEntry.sequence).execution_options(yield_per=2000))
        try:
            def entries() -> Iterator[ChainEntry]:
                nonlocal count
                for row in result.scalars():
                    count += 1
                    if row.sequence in wanted:
                        hashes[row.sequence] = row.hash
                    yield ChainEntry(row.sequence, row.at, row.actor, row.event, row.object_type,
                                     row.object_key, row.before, row.after, row.prev_hash, row.hash)

            problem = verify_chain(entries(), head_seq, head_hash)
        finally:
            result.close()  # a server-side cursor (PostgreSQL) must not outlive an early stop
        if problem is None:
            problem = bad_checkpoint or check_anchors(hashes, [*anchors, *outside])
        return AuditVerification(count, head_hash, problem, head_seq, len(anchors), len(outside))


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
