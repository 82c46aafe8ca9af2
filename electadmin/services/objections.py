"""Objections to the roll (اعتراض): lodged inside the objection window, then decided.

An objection against an **entry** says a person on the roll should not be there; upheld, the entry is
removed "by decision" with the decision's reference. An objection against an **omission** says a
person is missing; it carries their particulars (civil number, name, gender, birth date, centre) so
that, upheld, they are added to the roll as they were described. Dismissed, nothing else changes.
Each step is one transaction with its audit event; the voter's history records both the objection
and its outcome. Decisions may be dated after the window closed, never before the objection.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from electadmin.domain.arabic import search_key
from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import check_arabic_name, check_civil_number
from electadmin.domain.candidacy import FIELD as PERSON_FIELD
from electadmin.domain.election import FIELD as ELECTION_FIELD
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roll_life import (
    HistoryKind,
    ObjectionKind,
    ObjectionState,
    RemovalReason,
    VoterStatus,
    check_in_window,
    check_reference,
    check_text,
)
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.domain.roles import Permission
from electadmin.services import audit
from electadmin.services.roll_status import (
    add_history,
    centre_in,
    check_centre_takes,
    check_roll_open,
    remove_row,
    request_day,
    voter_row,
)
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import PollingCentre, Voter, VoterObjection


@dataclass(frozen=True, slots=True)
class ObjectionData:
    """An objection as typed. For an omission, the missing person's particulars are required."""

    kind: ObjectionKind
    civil_number: str
    objector: str
    grounds: str
    name: str = ""
    gender: str = ""
    birth_date: date | None = None
    wilayat: str = ""
    centre_code: str = ""


@dataclass(frozen=True, slots=True)
class ObjectionDTO:
    number: int
    kind: ObjectionKind
    civil_number: str
    name: str
    centre_code: str | None
    objector: str
    grounds: str
    lodged_on: date
    state: ObjectionState
    decision_reference: str | None
    decision_note: str
    decided_on: date | None


def _dto(row: VoterObjection, centre_code: str | None) -> ObjectionDTO:
    return ObjectionDTO(number=row.id, kind=ObjectionKind(row.kind), civil_number=row.civil_number,
                        name=row.name, centre_code=centre_code, objector=row.objector, grounds=row.grounds,
                        lodged_on=row.lodged_on, state=ObjectionState(row.state),
                        decision_reference=row.decision_reference, decision_note=row.decision_note,
                        decided_on=row.decided_on)


def _centre_code(session: Session, centre_id: int | None) -> str | None:
    return session.scalar(select(PollingCentre.code).where(PollingCentre.id == centre_id)) if centre_id else None


def _summary(row: VoterObjection) -> dict:
    return {"number": row.id, "kind": row.kind, "civil_number": row.civil_number, "state": row.state,
            "lodged_on": row.lodged_on, "decision_reference": row.decision_reference,
            "decided_on": row.decided_on}


@requires(Permission.ROLL_EDIT)
def lodge_objection(store: Store, data: ObjectionData, on: date | None = None) -> ObjectionDTO:
    """Record an objection made on *on* (today by default), which must lie in the objection window."""
    kind = ObjectionKind(data.kind)
    civil = check_civil_number(data.civil_number)
    objector = check_text(data.objector, "objector", required=True, maximum=300)
    grounds = check_text(data.grounds, "grounds", required=True)
    with store.write() as session:
        definition = check_roll_open(session)
        day = request_day(definition, on)
        check_in_window(day, definition.rules.objection_window, ELECTION_FIELD["objection_window"])
        row = VoterObjection(kind=kind.value, civil_number=civil, objector=objector, grounds=grounds,
                             lodged_on=day, state=ObjectionState.PENDING.value, decision_note="",
                             recorded_by=str(session.info.get("actor", "system")), recorded_at=utcnow())
        voter = None
        if kind is ObjectionKind.AGAINST_ENTRY:
            voter = voter_row(session, civil)
            status = VoterStatus(voter.status)
            if status is not VoterStatus.ACTIVE:
                raise ElectadminError(ErrorCode.ROLL_WRONG_STATUS, status=status.label,
                                      action=QT_TRANSLATE_NOOP("Terms", "objected to"))
            row.voter_id, row.name = voter.id, voter.name
        else:
            if session.scalar(select(Voter.id).where(Voter.civil_number == civil)) is not None:
                raise ElectadminError(ErrorCode.ROLL_ALREADY_ON_ROLL, civil_number=civil)
            row.name = check_arabic_name(data.name)
            if data.gender not in ("M", "F"):
                raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=PERSON_FIELD["gender"])
            if data.birth_date is None:
                raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=PERSON_FIELD["birth_date"])
            centre = centre_in(session, data.wilayat, data.centre_code)
            check_centre_takes(centre, data.gender)
            row.gender, row.birth_date, row.centre_id = data.gender, data.birth_date, centre.id
        session.add(row)
        session.flush()
        if voter is not None:
            add_history(session, voter, HistoryKind.OBJECTION_LODGED, day, note=grounds, objection=row.id)
        audit.record(session, EventType.OBJECTION_LODGED, "objection", str(row.id),
                     after={**_summary(row), "objector": objector, "grounds": grounds})
        return _dto(row, _centre_code(session, row.centre_id))


@requires(Permission.ROLL_EDIT)
def decide_objection(store: Store, number: int, upheld: bool, reference: str, note: str = "",
                     on: date | None = None) -> ObjectionDTO:
    """Uphold or dismiss objection *number* under the decision *reference*, decided on *on*."""
    reference = check_reference(reference)
    note = check_text(note, "note")
    with store.write() as session:
        definition = check_roll_open(session)
        day = request_day(definition, on)
        row = session.get(VoterObjection, number)
        if row is None:
            raise ElectadminError(ErrorCode.ROLL_OBJECTION_UNKNOWN, value=number)
        state = ObjectionState(row.state)
        if state is not ObjectionState.PENDING:
            raise ElectadminError(ErrorCode.ROLL_OBJECTION_DECIDED, value=number, state=state.label)
        if day < row.lodged_on:
            raise ElectadminError(ErrorCode.ROLL_DECIDED_TOO_EARLY, day=day.isoformat(),
                                  lodged=row.lodged_on.isoformat())
        before = _summary(row)
        row.state = (ObjectionState.UPHELD if upheld else ObjectionState.DISMISSED).value
        row.decision_reference, row.decision_note, row.decided_on = reference, note, day
        voter = session.get(Voter, row.voter_id) if row.voter_id else None
        if upheld and row.kind == ObjectionKind.AGAINST_ENTRY.value:
            remove_row(session, voter, RemovalReason.DECISION, reference, note, day, objection=row.id)
        elif upheld:
            voter = _add_omitted(session, row, reference, day)
        if voter is not None:
            add_history(session, voter, HistoryKind.OBJECTION_DECIDED, day, reference=reference, note=note,
                        objection=row.id)
        audit.record(session, EventType.OBJECTION_DECIDED, "objection", str(row.id), before=before,
                     after={**_summary(row), "note": note})
        return _dto(row, _centre_code(session, row.centre_id))


def _add_omitted(session: Session, row: VoterObjection, reference: str, day: date) -> Voter:
    if session.scalar(select(Voter.id).where(Voter.civil_number == row.civil_number)) is not None:
        raise ElectadminError(ErrorCode.ROLL_ALREADY_ON_ROLL, civil_number=row.civil_number)
    centre = session.get(PollingCentre, row.centre_id)
    voter = Voter(civil_number=row.civil_number, name=row.name, name_key=search_key(row.name), gender=row.gender,
                  birth_date=row.birth_date, wilayat_id=centre.wilayat_id, centre_id=centre.id,
                  status=VoterStatus.ACTIVE.value, decision_reference=reference, updated_at=utcnow())
    session.add(voter)
    session.flush()
    row.voter_id = voter.id
    add_history(session, voter, HistoryKind.ADDED_BY_OBJECTION, day, reference=reference, objection=row.id,
                to_centre=centre.id)
    audit.record(session, EventType.VOTER_ADDED_BY_OBJECTION, "voter", voter.civil_number,
                 after={"civil_number": voter.civil_number, "name": voter.name, "gender": voter.gender,
                        "birth_date": voter.birth_date, "centre": centre.code, "objection": row.id,
                        "reference": reference})
    return voter


def list_objections(store: Store, state: ObjectionState | None = None) -> list[ObjectionDTO]:
    """Objections, newest first (all, or those in *state*)."""
    with store.read() as session:
        query = select(VoterObjection, PollingCentre.code).outerjoin(
            PollingCentre, PollingCentre.id == VoterObjection.centre_id).order_by(VoterObjection.id.desc())
        if state is not None:
            query = query.where(VoterObjection.state == ObjectionState(state).value)
        return [_dto(row, code) for row, code in session.execute(query)]
