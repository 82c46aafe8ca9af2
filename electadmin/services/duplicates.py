"""Probable duplicates on the roll: found in bulk, reviewed by a person, never removed automatically.

The civil number is unique by the schema. Beyond it, :func:`scan_duplicates` reads the active roll
once in birth-date order (one SQL statement streamed in chunks, no ORM object per row), hands each
day's voters to :func:`electadmin.domain.roll_life.leads_in_group` and stores the pairs not seen before
in the review queue (``duplicate_lead``) in one bulk insert. Reading happens in a read transaction, so
the writer is held only for the insert; cancelling during the read changes nothing.

A person then decides each lead (:func:`decide_lead`): the same person, keeping one entry and removing
the other "by decision" with the deciding reference; or different people, which keeps the pair out
of later scans. Each decision is one transaction with its audit event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import groupby

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress, Work
from electadmin.domain.roll_life import (
    DuplicateReason,
    DuplicateState,
    Entry,
    Lead,
    RemovalReason,
    VoterStatus,
    check_reference,
    leads_in_group,
)
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.domain.roles import Permission
from electadmin.services import audit
from electadmin.services.election import election_row
from electadmin.services.roll import VoterDTO
from electadmin.services.roll_status import check_roll_open, record_of, remove_row, request_day
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import DuplicateLead, Voter

STEP_READING = QT_TRANSLATE_NOOP("Progress", "Comparing the names of voters born on the same day")
STEP_SAVING = QT_TRANSLATE_NOOP("Progress", "Adding the probable duplicates to the review queue")
_CHUNK = 20_000


@dataclass(frozen=True, slots=True)
class ScanResult:
    voters: int
    found: int
    """Pairs the rules point at (new or already in the queue)."""
    added: int
    """Pairs new to the queue."""


@dataclass(frozen=True, slots=True)
class LeadDTO:
    number: int
    reason: DuplicateReason
    score: float
    state: DuplicateState
    first: VoterDTO
    second: VoterDTO
    kept: str | None
    """The civil number kept, when decided to be the same person."""
    reference: str | None


@requires(Permission.ROLL_EDIT)
def scan_duplicates(store: Store) -> Work[ScanResult]:
    """Look for probable duplicates over the whole active roll and queue the new ones."""
    found: list[Lead] = []
    voters = 0
    with store.read() as session:
        total = session.scalar(select(func.count()).select_from(Voter).where(
            Voter.status == VoterStatus.ACTIVE.value)) or 0
        yield Progress(0, total, STEP_READING)
        result = session.execute(
            select(Voter.birth_date, Voter.id, Voter.name_key, Voter.gender)
            .where(Voter.status == VoterStatus.ACTIVE.value)
            .order_by(Voter.birth_date, Voter.id)
            .execution_options(yield_per=_CHUNK))
        try:
            reported = 0
            for _day, rows in groupby(result, key=lambda r: r[0]):
                group = [Entry(r[1], r[2], r[3]) for r in rows]
                voters += len(group)
                found.extend(leads_in_group(group))
                if voters - reported >= _CHUNK:
                    reported = voters
                    yield Progress(voters, total, STEP_READING)
        finally:
            result.close()
    yield Progress(voters, voters, STEP_SAVING)
    with store.write() as session:
        known = {(a, b) for a, b in session.execute(select(DuplicateLead.first_id, DuplicateLead.second_id))}
        new = [lead for lead in found if (lead.first, lead.second) not in known]
        now = utcnow()
        if new:
            session.execute(insert(DuplicateLead), [
                {"first_id": lead.first, "second_id": lead.second, "reason": lead.reason.value,
                 "score": lead.score, "found_at": now, "state": DuplicateState.PENDING.value}
                for lead in new])
        audit.record(session, EventType.DUPLICATES_SCANNED, "election", election_row(session).uid,
                     after={"voters": voters, "found": len(found), "added": len(new)})
    return ScanResult(voters, len(found), len(new))


def count_leads(store: Store, state: DuplicateState | None = DuplicateState.PENDING) -> int:
    with store.read() as session:
        query = select(func.count()).select_from(DuplicateLead)
        if state is not None:
            query = query.where(DuplicateLead.state == DuplicateState(state).value)
        return session.scalar(query) or 0


def list_leads(store: Store, state: DuplicateState | None = DuplicateState.PENDING, limit: int = 500,
               offset: int = 0) -> list[LeadDTO]:
    """Leads in the order they were found (all, or those in *state*), a page at a time."""
    with store.read() as session:
        query = select(DuplicateLead).order_by(DuplicateLead.id).limit(limit).offset(offset)
        if state is not None:
            query = query.where(DuplicateLead.state == DuplicateState(state).value)
        return [_dto(session, row) for row in session.scalars(query)]


def _dto(session: Session, row: DuplicateLead) -> LeadDTO:
    first, second = session.get(Voter, row.first_id), session.get(Voter, row.second_id)
    kept = session.get(Voter, row.kept_id).civil_number if row.kept_id else None
    return LeadDTO(number=row.id, reason=DuplicateReason(row.reason), score=row.score,
                   state=DuplicateState(row.state), first=record_of(session, first),
                   second=record_of(session, second), kept=kept, reference=row.reference)


@requires(Permission.ROLL_EDIT)
def decide_lead(store: Store, number: int, same_person: bool, reference: str, keep: str | None = None,
                on: date | None = None) -> LeadDTO:
    """Decide lead *number*: the same person (keep the entry with civil number *keep*, remove the other
    by decision under *reference*), or different people."""
    reference = check_reference(reference)
    with store.write() as session:
        definition = check_roll_open(session)
        row = session.get(DuplicateLead, number)
        if row is None:
            raise ElectadminError(ErrorCode.ROLL_LEAD_UNKNOWN, value=number)
        state = DuplicateState(row.state)
        if state is not DuplicateState.PENDING:
            raise ElectadminError(ErrorCode.ROLL_LEAD_DECIDED, value=number, state=state.label)
        first, second = session.get(Voter, row.first_id), session.get(Voter, row.second_id)
        after: dict = {"number": row.id, "first": first.civil_number, "second": second.civil_number,
                       "reference": reference}
        if same_person:
            kept = {first.civil_number: first, second.civil_number: second}.get((keep or "").strip())
            if kept is None:
                raise ElectadminError(ErrorCode.ROLL_KEEP_NOT_IN_LEAD, civil_number=keep or "—")
            other = second if kept is first else first
            remove_row(session, other, RemovalReason.DECISION, reference, "", request_day(definition, on))
            row.kept_id = kept.id
            after["kept"] = kept.civil_number
        row.state = (DuplicateState.SAME_PERSON if same_person else DuplicateState.DISTINCT).value
        row.reference, row.decided_by, row.decided_at = reference, str(session.info.get("actor")), utcnow()
        after["state"] = row.state
        audit.record(session, EventType.DUPLICATE_DECIDED, "duplicate", str(row.id),
                     before={"state": state.value}, after=after)
        session.flush()
        return _dto(session, row)
