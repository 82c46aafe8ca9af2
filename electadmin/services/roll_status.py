"""Changing one entry of the roll: removing, restoring, transferring; reading its history.

Each function is one user action: one transaction, the voter's history row and the audit event inside
it, frozen DTOs out. Rules are those of :mod:`electadmin.domain.roll_life`; the windows come from the
election's definition and days are counted in the election's time zone. The functions that take *on*
(the day the request is made) default it to today there; the command line and tests pass the day of
a paper record.

Choices where the issue is silent:

* once polling opens the roll no longer changes (:data:`ErrorCode.ELECTION_FROZEN`);
* only an active entry can be removed or transferred, only a removed one restored;
* a transfer may also move a voter between centres of one wilayat; the new centre must be of the
  given wilayat and take the voter's gender (a men's centre takes men, a women's centre women);
* eligibility (the age on polling day) is shown with each entry, never turned into a removal here:
  "lost eligibility" is a removal a person decides, with its reference.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from electadmin.domain.arabic import to_ascii_digits
from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import GENDER_LABELS
from electadmin.domain.election import FIELD as ELECTION_FIELD
from electadmin.domain.election import ElectionDefinition, Phase
from electadmin.domain.eligibility import age_on, latest_birth_for_age
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import CentreKind
from electadmin.domain.roll_life import (
    HistoryKind,
    RemovalReason,
    VoterStatus,
    check_in_window,
    check_reference,
    check_removal,
    check_restore,
    check_text,
)
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.domain.roles import Permission
from electadmin.services import audit
from electadmin.services.candidates import today, wilayat_row
from electadmin.services.election import current_definition
from electadmin.services.roll import VoterDTO, polling_rules
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import PollingCentre, Voter, VoterHistory, Wilayat

_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the electoral roll")


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    kind: HistoryKind
    day: date
    reason: RemovalReason | None
    reference: str
    note: str
    from_centre: str | None
    """``code — Arabic name`` of the centre left (transfers only)."""
    to_centre: str | None
    objection: int | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class VoterDetail:
    voter: VoterDTO
    """The entry as the roll's lists show it; ``status`` and ``removal_reason`` are the enums of
    :mod:`electadmin.domain.roll_life` (both ``str``)."""
    history: tuple[HistoryEntry, ...]


# ---------------------------------------------------------------- shared helpers (other roll services use them)


def check_roll_open(session: Session) -> ElectionDefinition:
    """The definition, if the roll may still change (polling has not opened), else raise."""
    definition = current_definition(session)
    if definition.phase.index >= Phase.POLLING.index:
        raise ElectadminError(ErrorCode.ELECTION_FROZEN, current=definition.phase.label, what=_FROZEN_WHAT)
    return definition


def voter_row(session: Session, civil_number: str) -> Voter:
    """The entry with *civil_number* (either digit system, spaces ignored), or raise."""
    key = "".join(to_ascii_digits(civil_number or "").split())
    row = session.scalar(select(Voter).where(Voter.civil_number == key)) if key else None
    if row is None:
        raise ElectadminError(ErrorCode.ROLL_UNKNOWN_VOTER, value=civil_number)
    return row


def centre_in(session: Session, wilayat_text: str, centre_code: str) -> PollingCentre:
    """The centre *centre_code*, checked to lie in the wilayat named *wilayat_text*."""
    wilayat = wilayat_row(session, wilayat_text)
    centre = session.scalar(select(PollingCentre).where(PollingCentre.code == centre_code.strip().upper()))
    if centre is None:
        raise ElectadminError(ErrorCode.GEO_UNKNOWN_CENTRE, value=centre_code)
    if centre.wilayat_id != wilayat.id:
        raise ElectadminError(ErrorCode.ROLL_CENTRE_NOT_IN_WILAYAT, centre=centre.code, wilayat=wilayat.code)
    return centre


def check_centre_takes(centre: PollingCentre, gender: str) -> None:
    kind = CentreKind(centre.kind)
    if (kind is CentreKind.MEN and gender != "M") or (kind is CentreKind.WOMEN and gender != "F"):
        raise ElectadminError(ErrorCode.ROLL_CENTRE_GENDER, centre=centre.code, gender=GENDER_LABELS[gender])


def request_day(definition: ElectionDefinition, on: date | None) -> date:
    return on if on is not None else today(definition)


def snapshot(row: Voter, centre_code: str | None = None) -> dict:
    """What the audit log keeps of an entry before and after a change."""
    return {"civil_number": row.civil_number, "status": row.status, "removal_reason": row.removal_reason,
            "decision_reference": row.decision_reference,
            "centre": centre_code if centre_code is not None else _centre_code(row)}


def _centre_code(row: Voter) -> str:
    session = Session.object_session(row)
    return session.scalar(select(PollingCentre.code).where(PollingCentre.id == row.centre_id))


def add_history(session: Session, row: Voter, kind: HistoryKind, day: date, *, reason: str | None = None,
                reference: str = "", note: str = "", from_centre: int | None = None,
                to_centre: int | None = None, objection: int | None = None) -> None:
    session.add(VoterHistory(voter_id=row.id, kind=kind.value, reason=reason, reference=reference, note=note,
                             day=day, from_centre_id=from_centre, to_centre_id=to_centre,
                             objection_id=objection, recorded_by=str(session.info.get("actor", "system")),
                             recorded_at=utcnow()))


def remove_row(session: Session, row: Voter, reason: RemovalReason, reference: str, note: str, day: date,
               *, objection: int | None = None) -> None:
    """Mark *row* removed, with its history row and audit event, inside the caller's transaction."""
    check_removal(VoterStatus(row.status))
    before = snapshot(row)
    row.status = VoterStatus.REMOVED.value
    row.removal_reason = reason.value
    row.decision_reference = reference
    row.updated_at = utcnow()
    add_history(session, row, HistoryKind.REMOVED, day, reason=reason.value, reference=reference, note=note,
                objection=objection)
    audit.record(session, EventType.VOTER_REMOVED, "voter", row.civil_number, before=before,
                 after={**snapshot(row, before["centre"]), "note": note, "day": day})


def record_of(session: Session, row: Voter) -> VoterDTO:
    """*row* as the roll's :class:`VoterDTO`, its status and reason as enums, its age counted as the
    roll service counts it (:func:`polling_rules`)."""
    wilayat = session.get(Wilayat, row.wilayat_id)
    centre = session.get(PollingCentre, row.centre_id)
    day, min_age = polling_rules(session.connection())
    age = age_on(row.birth_date, day) if row.birth_date <= day else 0
    status = VoterStatus(row.status)
    return VoterDTO(
        civil_number=row.civil_number, name=row.name, gender=row.gender, birth_date=row.birth_date,
        wilayat_code=wilayat.code, wilayat_ar=wilayat.name_ar, wilayat_en=wilayat.name_en,
        centre_code=centre.code, centre_ar=centre.name_ar, phone=row.phone, status=status,
        removal_reason=RemovalReason(row.removal_reason) if row.removal_reason else None,
        decision_reference=row.decision_reference, age=age,
        eligible=status is VoterStatus.ACTIVE and age >= min_age)


# ---------------------------------------------------------------- reading


def voter_detail(store: Store, civil_number: str) -> VoterDetail:
    """One entry with its whole history, oldest first."""
    with store.read() as session:
        row = voter_row(session, civil_number)
        return VoterDetail(record_of(session, row), _history(session, row.id))


def _history(session: Session, voter_id: int) -> tuple[HistoryEntry, ...]:
    left, entered = aliased(PollingCentre), aliased(PollingCentre)
    rows = session.execute(
        select(VoterHistory, left.code, left.name_ar, entered.code, entered.name_ar)
        .outerjoin(left, left.id == VoterHistory.from_centre_id)
        .outerjoin(entered, entered.id == VoterHistory.to_centre_id)
        .where(VoterHistory.voter_id == voter_id).order_by(VoterHistory.id))
    return tuple(
        HistoryEntry(kind=HistoryKind(h.kind), day=h.day, reason=RemovalReason(h.reason) if h.reason else None,
                     reference=h.reference, note=h.note,
                     from_centre=f"{from_code} — {from_name}" if from_code else None,
                     to_centre=f"{to_code} — {to_name}" if to_code else None,
                     objection=h.objection_id, recorded_by=h.recorded_by, recorded_at=h.recorded_at)
        for h, from_code, from_name, to_code, to_name in rows)


def underage_count(store: Store) -> int | None:
    """Active voters younger than the voting age on polling day (flagged, never removed); ``None``
    while the election has no polling date. One indexed comparison, not an age per row."""
    with store.read() as session:
        definition = current_definition(session)
        if definition.polling_date is None:
            return None
        latest = latest_birth_for_age(definition.polling_date, definition.rules.min_voter_age)
        return session.scalar(select(func.count()).select_from(Voter).where(
            Voter.status == VoterStatus.ACTIVE.value, Voter.birth_date > latest))


# ---------------------------------------------------------------- changing the status


@requires(Permission.ROLL_EDIT)
def remove_voter(store: Store, civil_number: str, reason: RemovalReason, reference: str, note: str = "",
                 on: date | None = None) -> VoterDTO:
    """Take an active entry off the roll for *reason*, with the deciding *reference*."""
    reference = check_reference(reference)
    note = check_text(note, "note")
    reason = RemovalReason(reason)
    with store.write() as session:
        definition = check_roll_open(session)
        row = voter_row(session, civil_number)
        remove_row(session, row, reason, reference, note, request_day(definition, on))
        return record_of(session, row)


@requires(Permission.ROLL_EDIT)
def restore_voter(store: Store, civil_number: str, reference: str, note: str = "",
                  on: date | None = None) -> VoterDTO:
    """Put a removed entry back on the roll, with the deciding *reference*."""
    reference = check_reference(reference)
    note = check_text(note, "note")
    with store.write() as session:
        definition = check_roll_open(session)
        row = voter_row(session, civil_number)
        check_restore(VoterStatus(row.status))
        before = snapshot(row)
        day = request_day(definition, on)
        row.status = VoterStatus.ACTIVE.value
        row.removal_reason = None
        row.decision_reference = reference
        row.updated_at = utcnow()
        add_history(session, row, HistoryKind.RESTORED, day, reference=reference, note=note)
        audit.record(session, EventType.VOTER_RESTORED, "voter", row.civil_number, before=before,
                     after={**snapshot(row, before["centre"]), "note": note, "day": day})
        return record_of(session, row)


# ---------------------------------------------------------------- transfer of registration


@requires(Permission.ROLL_EDIT)
def transfer_voter(store: Store, civil_number: str, wilayat: str, centre_code: str, reference: str = "",
                   note: str = "", on: date | None = None) -> VoterDTO:
    """Move an active entry to *centre_code* of *wilayat*, only on a day inside the transfer window."""
    reference = check_text(reference, "reference", maximum=100)
    note = check_text(note, "note")
    with store.write() as session:
        definition = check_roll_open(session)
        day = request_day(definition, on)
        check_in_window(day, definition.rules.transfer_window, ELECTION_FIELD["transfer_window"])
        row = voter_row(session, civil_number)
        status = VoterStatus(row.status)
        if status is not VoterStatus.ACTIVE:
            raise ElectadminError(ErrorCode.ROLL_WRONG_STATUS, status=status.label,
                                  action=QT_TRANSLATE_NOOP("Terms", "transferred"))
        centre = centre_in(session, wilayat, centre_code)
        if centre.id == row.centre_id:
            raise ElectadminError(ErrorCode.ROLL_SAME_CENTRE, centre=centre.code)
        check_centre_takes(centre, row.gender)
        before = snapshot(row)
        old_centre = row.centre_id
        row.wilayat_id = centre.wilayat_id
        row.centre_id = centre.id
        row.updated_at = utcnow()
        add_history(session, row, HistoryKind.TRANSFERRED, day, reference=reference, note=note,
                    from_centre=old_centre, to_centre=centre.id)
        session.flush()
        after = {**snapshot(row, centre.code), "wilayat": session.get(Wilayat, centre.wilayat_id).code,
                 "reference": reference, "note": note, "day": day}
        audit.record(session, EventType.VOTER_TRANSFERRED, "voter", row.civil_number, before=before, after=after)
        return record_of(session, row)
