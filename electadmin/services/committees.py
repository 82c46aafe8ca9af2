"""Committees and their members' signing keys; certifying a record by k of n members.

The entry point for certification (the results' count records and constituency results) is
:func:`certify` (unlock the members' keys with their signing passwords, sign the record's canonical
encoding) and :func:`check` (verify with the public keys of this file alone). Both take the record
as plain data (what :func:`electadmin.integrity.canonical.canonical_bytes` encodes), a *purpose*
word that keeps one kind of signed record from being passed off as another, and the committee code.

Set-up (the Committees screen and ``electadmin committee``): one committee per area. The main
committee's code is ``MAIN``; a wilayat's is proposed as ``W-<wilayat>`` and a centre's as
``C-<centre>`` (:func:`proposed_code`), its area must exist in the geography, and a second committee
for the same area is refused (certification looks the wilayat's committee up by its area). A key is
revoked with a written reason, kept in the audit log; a revoked member stays listed, because the
signatures it made before stay verifiable.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import normalise_code
from electadmin.domain.roles import Permission
from electadmin.integrity import signing
from electadmin.integrity.passwords import check_new_password
from electadmin.services import audit
from electadmin.services.authz import require, requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import AuditEntry, Committee, CommitteeMember, PollingCentre, Wilayat

MAIN_COMMITTEE = "MAIN"
LEVELS = ("main", "wilayat", "centre")


@dataclass(frozen=True, slots=True)
class MemberDTO:
    name: str
    fingerprint: str
    enrolled_at: datetime
    revoked_at: datetime | None
    can_sign_here: bool  # the encrypted private key is in this file
    revoke_reason: str | None = None  # from the revocation's audit entry, where this file made it

    @property
    def short_fingerprint(self) -> str:
        return signing.short_fingerprint(self.fingerprint)


@dataclass(frozen=True, slots=True)
class CommitteeDTO:
    code: str
    name: str
    level: str
    quorum: int
    wilayat_code: str | None
    centre_code: str | None
    members: tuple[MemberDTO, ...]

    @property
    def active_members(self) -> int:
        return sum(1 for m in self.members if m.revoked_at is None)


def _committee(session: Session, code: str) -> Committee:
    row = session.execute(select(Committee).where(Committee.code == code)).scalar_one_or_none()
    if row is None:
        raise ElectadminError(ErrorCode.COMMITTEE_UNKNOWN, committee=code)
    return row


def _member(session: Session, committee: Committee, name: str) -> CommitteeMember:
    row = session.execute(select(CommitteeMember).where(
        CommitteeMember.committee_id == committee.id, CommitteeMember.name == name)).scalar_one_or_none()
    if row is None:
        raise ElectadminError(ErrorCode.MEMBER_UNKNOWN, member=name, committee=committee.code)
    return row


def _revoke_reasons(session: Session, code: str) -> dict[str, str]:
    """The written reasons of the committee's revocations, by key fingerprint (kept in the audit log)."""
    entries = session.scalars(select(AuditEntry.after).where(
        AuditEntry.event == EventType.MEMBER_REVOKED.value, AuditEntry.object_type == "committee",
        AuditEntry.object_key == code))
    return {str(a.get("fingerprint")): str(a["reason"]) for a in entries if a and a.get("reason")}


def _dto(session: Session, row: Committee) -> CommitteeDTO:
    members = list(session.execute(select(CommitteeMember).where(CommitteeMember.committee_id == row.id)
                                   .order_by(CommitteeMember.id)).scalars())
    reasons = _revoke_reasons(session, row.code) if any(m.revoked_at for m in members) else {}
    return CommitteeDTO(row.code, row.name, row.level, row.quorum, row.wilayat_code, row.centre_code, tuple(
        MemberDTO(m.name, m.fingerprint, m.enrolled_at, m.revoked_at, m.private_key is not None,
                  reasons.get(m.fingerprint)) for m in members))


def list_committees(store: Store) -> list[CommitteeDTO]:
    with store.read() as session:
        return [_dto(session, r) for r in session.execute(select(Committee).order_by(Committee.id)).scalars()]


def get_committee(store: Store, code: str) -> CommitteeDTO:
    with store.read() as session:
        return _dto(session, _committee(session, code))


def proposed_code(level: str, wilayat_code: str | None = None, centre_code: str | None = None) -> str:
    """The code a new committee of *level* gets unless told otherwise (``MAIN``, ``W-MA01``, ``C-MA01-C01``)."""
    if level == "wilayat" and wilayat_code:
        return f"W-{normalise_code(wilayat_code)}"
    if level == "centre" and centre_code:
        return f"C-{normalise_code(centre_code)}"
    return MAIN_COMMITTEE


def _check_area(session: Session, code: str, level: str, wilayat_code: str | None,
                centre_code: str | None) -> tuple[str | None, str | None]:
    """The committee's area as stored (a wilayat's or a centre's code), checked against the geography."""
    if level == "main":
        if code != MAIN_COMMITTEE:
            raise ElectadminError(ErrorCode.COMMITTEE_MAIN_CODE, code=code, main=MAIN_COMMITTEE)
        return None, None
    if level == "wilayat":
        wilayat = session.scalar(select(Wilayat).where(Wilayat.code == (wilayat_code or "").strip().upper()))
        if wilayat is None:
            raise ElectadminError(ErrorCode.COMMITTEE_AREA_REQUIRED, committee=code, value=wilayat_code or "—")
        area = Committee.wilayat_code == wilayat.code
        wilayat_code, centre_code = wilayat.code, None
    else:
        centre = session.scalar(select(PollingCentre).where(PollingCentre.code == (centre_code or "").strip().upper()))
        if centre is None:
            raise ElectadminError(ErrorCode.COMMITTEE_AREA_REQUIRED, committee=code, value=centre_code or "—")
        area = Committee.centre_code == centre.code
        wilayat_code = session.scalar(select(Wilayat.code).where(Wilayat.id == centre.wilayat_id))
        centre_code = centre.code
    other = session.scalar(select(Committee.code).where(Committee.level == level, area))
    if other is not None:
        raise ElectadminError(ErrorCode.COMMITTEE_AREA_TAKEN, committee=other)
    return wilayat_code, centre_code


@requires(Permission.COMMITTEE_MANAGE)
def create_committee(store: Store, code: str, name: str, level: str, quorum: int, *,
                     wilayat_code: str | None = None, centre_code: str | None = None) -> CommitteeDTO:
    """A committee for the election (``main``), a wilayat or a polling centre, needing *quorum* signatures."""
    code = normalise_code(code)
    if level not in LEVELS:
        raise ElectadminError(ErrorCode.VALUE_NOT_CHOICE, field="level", choices=", ".join(LEVELS), value=level)
    if quorum < 1:
        raise ElectadminError(ErrorCode.COMMITTEE_BAD_QUORUM, committee=code, k=quorum, n=0)
    with store.write() as session:
        if session.execute(select(Committee.id).where(Committee.code == code)).first() is not None:
            raise ElectadminError(ErrorCode.COMMITTEE_EXISTS, committee=code)
        wilayat_code, centre_code = _check_area(session, code, level, wilayat_code, centre_code)
        row = Committee(code=code, name=name.strip(), level=level, quorum=quorum,
                        wilayat_code=wilayat_code, centre_code=centre_code)
        session.add(row)
        session.flush()
        audit.record(session, EventType.COMMITTEE_CREATED, "committee", code,
                     after={"name": row.name, "level": level, "quorum": quorum, "wilayat": wilayat_code,
                            "centre": centre_code})
        return _dto(session, row)


@requires(Permission.COMMITTEE_MANAGE)
def set_quorum(store: Store, code: str, quorum: int) -> CommitteeDTO:
    """Set k, the number of members' signatures a certificate of this committee needs."""
    with store.write() as session:
        row = _committee(session, code)
        active = sum(1 for m in _dto(session, row).members if m.revoked_at is None)
        if not 1 <= quorum <= max(active, 1):
            raise ElectadminError(ErrorCode.COMMITTEE_BAD_QUORUM, committee=code, k=quorum, n=active)
        if row.quorum != quorum:
            audit.record(session, EventType.COMMITTEE_QUORUM_CHANGED, "committee", code,
                         before={"quorum": row.quorum}, after={"quorum": quorum})
            row.quorum = quorum
        return _dto(session, row)


@requires(Permission.COMMITTEE_MANAGE)
def enrol_member(store: Store, committee_code: str, name: str, signing_password: str) -> MemberDTO:
    """Make the member's key pair; the private key is kept encrypted under *signing_password*."""
    name = name.strip()
    check_new_password(signing_password)
    pair = signing.generate_key(signing_password)  # scrypt: outside the transaction
    with store.write() as session:
        committee = _committee(session, committee_code)
        if session.execute(select(CommitteeMember.id).where(
                CommitteeMember.committee_id == committee.id, CommitteeMember.name == name)).first() is not None:
            raise ElectadminError(ErrorCode.USER_EXISTS, user=name)
        row = CommitteeMember(committee_id=committee.id, name=name, public_key=pair.public_key,
                              fingerprint=pair.fingerprint, private_key=pair.encrypted_private_key,
                              enrolled_at=utcnow())
        session.add(row)
        session.flush()
        audit.record(session, EventType.MEMBER_ENROLLED, "committee", committee.code,
                     after={"member": name, "fingerprint": pair.fingerprint})
        return MemberDTO(name, pair.fingerprint, row.enrolled_at, None, True)


@requires(Permission.COMMITTEE_MANAGE)
def revoke_member(store: Store, committee_code: str, name: str, reason: str) -> MemberDTO:
    """Revoke a member's key (lost, compromised, left the committee), with a written *reason*
    (kept in the audit entry): its signatures stop counting."""
    text = " ".join((reason or "").split())
    if not text:
        raise ElectadminError(ErrorCode.COMMITTEE_REASON_REQUIRED, member=name)
    with store.write() as session:
        committee = _committee(session, committee_code)
        row = _member(session, committee, name)
        if row.revoked_at is None:
            row.revoked_at = utcnow()
            audit.record(session, EventType.MEMBER_REVOKED, "committee", committee.code,
                         after={"member": name, "fingerprint": row.fingerprint, "reason": text})
        return MemberDTO(row.name, row.fingerprint, row.enrolled_at, row.revoked_at, row.private_key is not None, text)


def keyring(session: Session) -> signing.Keyring:
    """Every public key this file knows, with each committee's k (inside a service's transaction)."""
    committees = {c.id: c for c in session.execute(select(Committee)).scalars()}
    keys = [signing.MemberKey(committees[m.committee_id].code, m.name, m.public_key, m.revoked_at is not None)
            for m in session.execute(select(CommitteeMember)).scalars()]
    return signing.Keyring.of(keys, {c.code: c.quorum for c in committees.values()})


def store_keyring(store: Store) -> signing.Keyring:
    with store.read() as session:
        return keyring(session)


def unlock_signers(store: Store, committee_code: str,
                   credentials: Sequence[tuple[str, str]]) -> list[tuple[str, Any]]:
    """The unlocked keys of the members named in *credentials* (member name, signing password)."""
    with store.read() as session:
        committee = _committee(session, committee_code)
        rows = [(name, password, m.revoked_at, m.private_key, m.public_key)
                for name, password in credentials for m in (_member(session, committee, name),)]
    signers = []
    for name, password, revoked_at, private_key, public_key in rows:
        if revoked_at is not None:
            raise ElectadminError(ErrorCode.MEMBER_REVOKED, member=name)
        if private_key is None:
            raise ElectadminError(ErrorCode.MEMBER_BAD_PASSWORD, member=name)
        try:
            signers.append((name, signing.unlock(private_key, public_key, password)))
        except signing.WrongPassword as exc:
            raise ElectadminError(ErrorCode.MEMBER_BAD_PASSWORD, member=name) from exc
    return signers


def certify(store: Store, committee_code: str, purpose: str, record: Any,
            credentials: Iterable[tuple[str, str]]) -> signing.Certificate:
    """Sign *record* by the members in *credentials*; refused unless k of them sign validly.

    The results' certification calls this with the count record's plain content, then stores the
    certificate (:meth:`~electadmin.integrity.signing.Certificate.as_json`) beside the frozen record.
    """
    require(store, Permission.SIGN)
    signers = unlock_signers(store, committee_code, list(credentials))
    certificate = signing.certify(purpose, committee_code, record, signers, utcnow())
    result = check(store, certificate, record, purpose=purpose)
    if not result.ok:
        raise ElectadminError(ErrorCode.CERTIFICATE_INVALID, detail=describe_problems(result))
    return certificate


def check(store: Store, certificate: signing.Certificate, record: Any, *, purpose: str) -> signing.CertificateCheck:
    """Verify *certificate* over *record* with the public keys of this file."""
    return signing.check_certificate(certificate, record, store_keyring(store), purpose=purpose)


def describe_problems(result: signing.CertificateCheck) -> str:
    """The problems as one line (member names and short fingerprints), for an error's detail."""
    parts = []
    for p in result.problems:
        who = f" {p.member}" if p.member else ""
        key = f" [{signing.short_fingerprint(p.fingerprint)}]" if p.fingerprint else ""
        extra = f" {dict(p.detail)}" if p.detail else ""
        parts.append(f"{p.what}{who}{key}{extra}")
    return "; ".join(parts)
