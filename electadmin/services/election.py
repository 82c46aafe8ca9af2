"""The election definition of the open store: create it, read it, change it, move its phase."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from electadmin.domain.roles import Permission
from electadmin.domain.audit import EventType
from electadmin.domain.election import (
    ElectionDefinition,
    ElectionRules,
    ElectionType,
    Phase,
    VotesPerVoterMode,
    Window,
    check_phase_move,
    validate_definition,
)
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import Election


@dataclass(frozen=True, slots=True)
class ElectionInfo:
    """The election as the UI and the CLI see it."""

    uid: str
    definition: ElectionDefinition
    created_at: datetime
    updated_at: datetime

    @property
    def is_demo(self) -> bool:
        return self.definition.is_demo


_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the polling date and the rules")

_WINDOWS = {"transfer_window": "transfer", "objection_window": "objection",
            "candidacy_window": "candidacy", "appeal_window": "appeal"}


def _to_definition(row: Election) -> ElectionDefinition:
    windows = {key: Window(getattr(row, f"{col}_start"), getattr(row, f"{col}_end"))
               for key, col in _WINDOWS.items()}
    rules = ElectionRules(
        min_voter_age=row.min_voter_age, min_candidate_age=row.min_candidate_age,
        votes_per_voter_mode=VotesPerVoterMode(row.votes_per_voter_mode),
        votes_per_voter=row.votes_per_voter, **windows,
    )
    return ElectionDefinition(
        name_ar=row.name_ar, name_en=row.name_en, type=ElectionType(row.type),
        polling_date=row.polling_date, timezone=row.timezone, rules=rules,
        phase=Phase(row.phase), is_demo=row.is_demo,
    )


def _apply(row: Election, definition: ElectionDefinition) -> None:
    rules = definition.rules
    row.name_ar = definition.name_ar.strip()
    row.name_en = definition.name_en.strip()
    row.type = definition.type.value
    row.polling_date = definition.polling_date
    row.timezone = definition.timezone
    row.min_voter_age = rules.min_voter_age
    row.min_candidate_age = rules.min_candidate_age
    row.votes_per_voter_mode = rules.votes_per_voter_mode.value
    row.votes_per_voter = rules.votes_per_voter
    for key, col in _WINDOWS.items():
        window: Window = getattr(rules, key)
        setattr(row, f"{col}_start", window.start)
        setattr(row, f"{col}_end", window.end)


def _summary(definition: ElectionDefinition) -> dict:
    data = asdict(definition)
    rules = data.pop("rules")
    for key in _WINDOWS:
        window = rules.pop(key)
        rules[key] = [window["start"], window["end"]]
    return {**data, **rules}


def _info(row: Election) -> ElectionInfo:
    return ElectionInfo(row.uid, _to_definition(row), row.created_at, row.updated_at)


def election_row(session: Session) -> Election:
    """The election row inside a service's transaction (raises when the file holds none)."""
    row = session.get(Election, 1)
    if row is None:
        raise ElectadminError(ErrorCode.ELECTION_MISSING)
    return row


def current_definition(session: Session) -> ElectionDefinition:
    """The definition inside a service's transaction, for rules other services check."""
    return _to_definition(election_row(session))


@requires(Permission.ELECTION_CREATE)
def create_election(store: Store, definition: ElectionDefinition) -> ElectionInfo:
    validate_definition(definition)
    with store.write() as session:
        if session.get(Election, 1) is not None:
            raise ElectadminError(ErrorCode.ELECTION_EXISTS)
        now = utcnow()
        row = Election(id=1, uid=str(uuid.uuid4()), phase=definition.phase.value,
                       is_demo=definition.is_demo, created_at=now, updated_at=now)
        _apply(row, definition)
        session.add(row)
        session.flush()
        audit.record(session, EventType.ELECTION_CREATED, "election", row.uid, after=_summary(definition))
        return _info(row)


def get_election(store: Store) -> ElectionInfo:
    with store.read() as session:
        return _info(election_row(session))


def has_election(store: Store) -> bool:
    with store.read() as session:
        return session.get(Election, 1) is not None


@requires(Permission.ELECTION_EDIT)
def update_election(store: Store, definition: ElectionDefinition) -> ElectionInfo:
    """Change names, type, date, time zone and rules (not the phase, nor the demo mark).

    Rules can change only before polling: once polling opens they decide who may vote and how
    ballots count, so they are frozen.
    """
    validate_definition(definition)
    with store.write() as session:
        row = election_row(session)
        before = _to_definition(row)
        wanted = ElectionDefinition(**{**{f: getattr(definition, f) for f in (
            "name_ar", "name_en", "type", "polling_date", "timezone", "rules")},
            "phase": before.phase, "is_demo": before.is_demo})
        if wanted == before:
            return _info(row)
        if before.phase.index >= Phase.POLLING.index and (
                wanted.rules != before.rules or wanted.polling_date != before.polling_date):
            raise ElectadminError(ErrorCode.ELECTION_FROZEN, current=before.phase.label,
                                  what=_FROZEN_WHAT)
        _apply(row, wanted)
        row.updated_at = utcnow()
        old, new = _summary(before), _summary(wanted)
        changed = [k for k in new if old.get(k) != new.get(k)]
        audit.record(session, EventType.ELECTION_UPDATED, "election", row.uid,
                     before={k: old[k] for k in changed}, after={k: new[k] for k in changed})
        return _info(row)


@requires(Permission.ELECTION_PHASE)
def set_phase(store: Store, target: Phase) -> ElectionInfo:
    with store.write() as session:
        row = election_row(session)
        current = Phase(row.phase)
        if current is target:
            return _info(row)
        check_phase_move(current, target)
        row.phase = target.value
        row.updated_at = utcnow()
        audit.record(session, EventType.ELECTION_PHASE_CHANGED, "election", row.uid,
                     before={"phase": current.value}, after={"phase": target.value})
        return _info(row)



def advance_to(store: Store, target: Phase) -> None:
    """Move the election forward one phase at a time until *target* (each move checked and audited
    by :func:`set_phase`); nothing happens when it is there or past it already."""
    phases = list(Phase)
    current = get_election(store).definition.phase
    for phase in phases[phases.index(current) + 1:phases.index(target) + 1]:
        set_phase(store, phase)
