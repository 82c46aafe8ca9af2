"""Polling day at a station and at the wilayat committee: check-in, undo, turnout, closing the polls.

Each public function is one user action: one transaction, its audit entry inside it, frozen DTOs
out. The rules are those of :mod:`electadmin.domain.polling` (refusals, undo semantics, anomalies);
this module keeps the log (``polling_event``) and its derived state (``polling_checkin``, one row per
effective check-in) in step inside the same transaction.

The check-in desk is the hottest path of the application (hundreds of thousands of voters, each
waiting): :func:`check_in` runs Core statements built once at import (no ORM objects except the
audit entry), and "has this voter voted" is one indexed lookup on ``polling_checkin.civil_number``.
Two desks checking the same voter in at the same moment cannot both succeed: on SQLite the writing
transaction takes the database's write lock when it begins (``BEGIN IMMEDIATE``), on PostgreSQL the
voter's roll row is locked (``FOR UPDATE``) before the "already voted" lookup, so the second desk
reads the first one's check-in and is refused.

Where other work plugs in at merge time:

* users and roles: :func:`authorise` is the one place that decides whether the acting user may act
  at a station: a polling clerk checks voters in, serves and closes only the stations of the centre
  its sign-in is bound to (:data:`Permission.CHECK_IN`); undoing a check-in needs a supervisor, a
  committee secretary or the system administrator (:data:`Permission.CHECK_IN_UNDO`); merging
  stations' logs is the wilayat committee's (:data:`Permission.POLLING_MERGE`).
* signed packages (trust): a station's events travel as a signed package of
  ``interchange/package.py`` (kind ``polling``, one content file ``events.json`` from
  :mod:`electadmin.interchange.polling_package`), signed by k of n members of the station's
  **centre committee** (level ``centre``, ``centre_code`` the station's centre).

  Who signs and how the keys reach both ends: the centre committees are enrolled, like every
  committee, in the main committee's file before the election packages go out, each member
  typing his or her signing password at enrolment. The election package then carries every
  committee's public keys to every wilayat (so the wilayat committee verifies its stations with
  keys the main committee's k-of-n signature vouches for), and the package addressed to a centre
  committee (``export_election_package(..., for_committee=...)``) also carries that committee's
  members' private keys, still encrypted under their passwords (scrypt and AES-256-GCM, safe to
  carry like a keystore), so the station laptop signs with k of them and no key travels in clear.
  (A wilayat enrolling its centres' members itself would give them keys that reach the stations by
  no signed path, which is why enrolment stays with the file that signs the election package.)

  :func:`merge_packages` verifies everything before it reads a single event (files, k valid
  signatures by known unrevoked keys, the signer a centre committee, election, test mark, the
  wilayat) and then checks that every event is of a station of the signer's centre. The wilayats a
  file merges for are those of the committees whose private keys it holds (a wilayat committee's
  file: its own wilayat; the main committee's file, holding the main committee's keys: all). A
  refusal is audited (``package.refused``) in a transaction of its own and merges nothing; merging
  a package again is not a refusal (its events are known and skipped).
* the station's count record (results): :func:`closing_summary` is "voters who voted" by gender.
* name search (roll): :func:`find_by_name` is the roll's ``search_voters`` limited to the station's
  centre, its results shown as the desk shows a voter (with the refusal a check-in would meet).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from datetime import timezone as dt_timezone
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from electadmin.domain.arabic import search_key
from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import check_civil_number
from electadmin.domain.election import Phase
from electadmin.domain.eligibility import age_on
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Permission
from electadmin.domain.polling import (
    CheckInRefused,
    EventKind,
    PollingEvent,
    PriorVote,
    Refusal,
    VoterFacts,
    refusal,
)
from electadmin.integrity.signing import Keyring
from electadmin.interchange import package as fmt
from electadmin.interchange import polling_package
from electadmin.services import audit, committees, packages, roll
from electadmin.services.committees import CommitteeDTO
from electadmin.services.authz import require, requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import (
    Committee,
    CommitteeMember,
    Election,
    PollingCentre,
    PollingCheckIn,
    PollingClosure,
    PollingEventRow,
    PollingMachine,
    PollingStation,
    Voter,
    Wilayat,
)

# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class StationInfo:
    code: str
    number: int
    centre_code: str
    centre_name: str
    wilayat_code: str
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class MachineInfo:
    """This installation: its identity in every event it records, and the station it serves."""

    machine_id: str
    station_code: str | None
    events: int


@dataclass(frozen=True, slots=True)
class DeskVoter:
    """What the check-in desk shows of a voter before the clerk confirms.

    *refusal* is why the check-in would be refused (``None``: it may go ahead); *voted_at* and
    *voted_station* the voter's earliest effective check-in, if any.
    """

    civil_number: str
    name: str
    gender: str
    centre_code: str
    centre_name: str
    status: str
    age: int | None
    refusal: Refusal | None
    voted_station: str | None = None
    voted_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class CheckInResult:
    civil_number: str
    name: str
    gender: str
    station_code: str
    machine_id: str
    sequence: int
    at: datetime


@dataclass(frozen=True, slots=True)
class UndoResult:
    civil_number: str
    station_code: str
    undone: tuple[str, int]
    sequence: int
    at: datetime


@dataclass(frozen=True, slots=True)
class HourCount:
    hour: int
    """Hour of the day in the election's time zone (0-23)."""
    men: int
    women: int

    @property
    def total(self) -> int:
        return self.men + self.women


@dataclass(frozen=True, slots=True)
class Turnout:
    """Effective check-ins of a station or a centre, by hour and gender, against the centre's roll."""

    scope: str
    """``station`` or ``centre``."""
    code: str
    centre_code: str
    centre_name: str
    roll_men: int
    roll_women: int
    men: int
    women: int
    by_hour: tuple[HourCount, ...]

    @property
    def total(self) -> int:
        return self.men + self.women

    @property
    def roll(self) -> int:
        return self.roll_men + self.roll_women

    @property
    def percent(self) -> float:
        """Share of the centre's roll (active voters) checked in, in percent (0 for an empty roll)."""
        return 100.0 * self.total / self.roll if self.roll else 0.0


@dataclass(frozen=True, slots=True)
class StationClosingSummary:
    """The station's closing summary: what its count record takes as "voters who voted".

    The results work's count record reads :func:`closing_summary` and reconciles the ballots found in
    the box against ``total`` (and ``men``/``women``); ``undo_count`` is printed with it, since each
    undo is a check-in the station took back during the day.
    """

    station_code: str
    centre_code: str
    centre_name: str
    wilayat_code: str
    men: int
    women: int
    undo_count: int
    first_at: datetime | None
    last_at: datetime | None
    closed_at: datetime | None
    closed_by: str | None

    @property
    def total(self) -> int:
        return self.men + self.women

    def voted_figures(self) -> dict[str, int]:
        """The "voters who voted" of the station's count record
        (:class:`~electadmin.domain.reconciliation.CountFigures`), e.g.
        ``CountFigures(**summary.voted_figures(), ballots_found=...)``."""
        return {"voted_men": self.men, "voted_women": self.women, "voted_total": self.total}


@dataclass(frozen=True, slots=True)
class TurnoutRow:
    """One cell of the wilayat's merged turnout: a station, an hour and a gender."""

    wilayat_code: str
    centre_code: str
    station_code: str
    hour: int
    gender: str
    voters: int


@dataclass(frozen=True, slots=True)
class AnomalyCheckIn:
    machine_id: str
    sequence: int
    station_code: str
    at: datetime


@dataclass(frozen=True, slots=True)
class AnomalyDTO:
    """A voter with several effective check-ins, each of them, for the committee to decide."""

    civil_number: str
    name: str
    check_ins: tuple[AnomalyCheckIn, ...]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    machine_id: str
    events: int
    payload_sha256: str
    committee: str
    """The centre committee whose members signed the package."""
    signers: tuple[str, ...]
    sequence: int


@dataclass(frozen=True, slots=True)
class MergeSummary:
    packages: int
    events_read: int
    events_new: int
    check_ins_new: int
    undos_new: int
    anomalies: int


@dataclass(frozen=True, slots=True)
class CentreListEntry:
    """One voter of the centre's paper list: who, and whether (where, when) they checked in."""

    civil_number: str
    name: str
    gender: str
    checked_in_station: str | None
    checked_in_at: datetime | None


# ---------------------------------------------------------------- permissions (trust plugs in here)


_PERMISSION = {"check_in": Permission.CHECK_IN, "close": Permission.CHECK_IN, "undo": Permission.CHECK_IN_UNDO}


def authorise(store: Store, action: str, station: StationInfo) -> str:
    """The acting user's name, once allowed to do *action* (``check_in``, ``undo``, ``close``) at
    *station* (a clerk only at a station of its own centre). Every polling action at a station calls
    this one function, in its transaction, before it writes."""
    return require(store, _PERMISSION[action], centre=station.centre_code).name


# ---------------------------------------------------------------- hot statements (built once)

_ELECTION = select(Election.phase, Election.polling_date, Election.min_voter_age, Election.timezone,
                   Election.uid, Election.is_demo).where(Election.id == 1)
_STATION_COLUMNS = select(PollingStation.code, PollingStation.number, PollingCentre.code, PollingCentre.name_ar,
                          Wilayat.code, PollingClosure.closed_at) \
    .join(PollingCentre, PollingCentre.id == PollingStation.centre_id) \
    .join(Wilayat, Wilayat.id == PollingCentre.wilayat_id) \
    .outerjoin(PollingClosure, PollingClosure.station_code == PollingStation.code)
_STATION = _STATION_COLUMNS.where(PollingStation.code == bindparam("station"))
# the election's context and the station in one round trip (the desk's first statement)
_ELECTION_AND_STATION = (select(*_ELECTION.selected_columns, *_STATION_COLUMNS.selected_columns)
                         .select_from(_STATION_COLUMNS.get_final_froms()[0])
                         .join(Election, Election.id == 1)
                         .where(PollingStation.code == bindparam("station")))
_VOTER = (select(Voter.id, Voter.civil_number, Voter.name, Voter.gender, Voter.status, Voter.birth_date,
                 PollingCentre.code, PollingCentre.name_ar)
          .join(PollingCentre, PollingCentre.id == Voter.centre_id)
          .where(Voter.civil_number == bindparam("civil")))
_VOTER_LOCKED = _VOTER.with_for_update(of=Voter)
_PRIOR = (
    select(PollingCheckIn.station_code, PollingCheckIn.at, PollingCentre.name_ar)
    .outerjoin(PollingStation, PollingStation.code == PollingCheckIn.station_code)
    .outerjoin(PollingCentre, PollingCentre.id == PollingStation.centre_id)
    .where(PollingCheckIn.civil_number == bindparam("civil"))
    .order_by(PollingCheckIn.at, PollingCheckIn.machine_id, PollingCheckIn.sequence)
    .limit(1)
)
_MACHINE = select(PollingMachine.machine_id, PollingMachine.next_sequence, PollingMachine.station_code).where(
    PollingMachine.id == 1)
_NEXT = (update(PollingMachine).where(PollingMachine.id == 1)
         .values(next_sequence=PollingMachine.next_sequence + 1)
         .returning(PollingMachine.machine_id, PollingMachine.next_sequence))
_INSERT_EVENT = insert(PollingEventRow)
_INSERT_CHECKIN = insert(PollingCheckIn)


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


# ---------------------------------------------------------------- shared helpers


@dataclass(frozen=True, slots=True)
class _Context:
    phase: Phase
    polling_date: date
    min_age: int
    timezone: str
    uid: str
    is_demo: bool


def _context(session: Session) -> _Context:
    row = session.connection().execute(_ELECTION).one_or_none()
    if row is None:
        raise ElectadminError(ErrorCode.ELECTION_MISSING)
    return _context_of(row)


def _context_of(row) -> _Context:
    phase, polling_date, min_age, timezone, uid, is_demo = row[:6]
    if polling_date is None:
        raise ElectadminError(ErrorCode.POLLING_NO_POLLING_DATE)
    return _Context(Phase(phase), polling_date, min_age, timezone, uid, bool(is_demo))


def _require_phase(ctx: _Context, *allowed: Phase) -> None:
    if ctx.phase not in allowed:
        raise ElectadminError(ErrorCode.ELECTION_WRONG_PHASE, current=ctx.phase.label, required=allowed[0].label)


def _station(session: Session, code: str) -> StationInfo:
    text = (code or "").strip().upper()
    row = session.connection().execute(_STATION, {"station": text}).one_or_none()
    if row is None:
        raise ElectadminError(ErrorCode.POLLING_UNKNOWN_STATION, value=code)
    return StationInfo(*row)


def local_time(at: datetime, timezone: str) -> str:
    """*at* as the desk and the printed summary show it: day and time in the election's zone."""
    return at.astimezone(_zone(timezone)).strftime("%Y-%m-%d %H:%M")


def _desk_voter(session: Session, ctx: _Context, civil_number: str, station: StationInfo,
                *, lock: bool = False, connection: Connection | None = None) -> tuple[DeskVoter, int | None]:
    # Core on the connection: the ORM session's overhead is most of a check-in
    connection = connection or session.connection()
    row = connection.execute(_VOTER_LOCKED if lock else _VOTER, {"civil": civil_number}).one_or_none()
    prior = connection.execute(_PRIOR, {"civil": civil_number}).one_or_none()
    facts = None if row is None else VoterFacts(civil_number, row.status, row.birth_date, row[6], row[7])
    prior_vote = None if prior is None else PriorVote(prior.station_code, prior.name_ar or "", prior.at)
    why = refusal(civil_number, facts, station.centre_code, ctx.polling_date, ctx.min_age, prior_vote,
                  when=local_time(prior.at, ctx.timezone) if prior is not None else "")
    if row is None:
        return DeskVoter(civil_number, "", "", "", "", "", None, why), None
    age = age_on(row.birth_date, ctx.polling_date) if row.birth_date and row.birth_date <= ctx.polling_date else None
    return DeskVoter(civil_number, row.name, row.gender, row[6], row[7], row.status, age, why,
                     prior.station_code if prior else None, prior.at if prior else None), row.id


def _next_sequence(session: Session, connection: Connection | None = None) -> tuple[str, int]:
    machine, following = (connection or session.connection()).execute(_NEXT).one()
    return machine, following - 1


def _station_code(session: Session, given: str | None) -> str:
    if given:
        return given
    code = session.connection().execute(_MACHINE).one().station_code
    if not code:
        raise ElectadminError(ErrorCode.POLLING_NO_STATION)
    return code


def _check_open(ctx: _Context, station: StationInfo) -> None:
    if station.closed_at is not None:
        raise ElectadminError(ErrorCode.POLLING_STATION_CLOSED, station=station.code,
                              when=local_time(station.closed_at, ctx.timezone))


def _open_station(store: Store, session: Session, station_code: str | None,
                  action: str) -> tuple[_Context, StationInfo, str]:
    """The election, the station (this computer's by default) and who acts, for an *action* at a
    station whose polls are open, in the polling phase.

    One statement reads both the election and the station; when it finds nothing (no election, an
    unknown station) the separate lookups say which, with their own errors."""
    connection = session.connection()
    code = station_code or connection.execute(_MACHINE).one().station_code
    row = connection.execute(_ELECTION_AND_STATION, {"station": code.strip().upper()}).one_or_none() if code else None
    if row is None:
        ctx = _context(session)
        _require_phase(ctx, Phase.POLLING)
        station = _station(session, _station_code(session, station_code))
    else:
        ctx, station = _context_of(row), StationInfo(*row[6:])
        _require_phase(ctx, Phase.POLLING)
    _check_open(ctx, station)
    return ctx, station, authorise(store, action, station)


_demo_clock: Callable[[], datetime] | None = None


@contextmanager
def demo_clock(clock: Callable[[], datetime]) -> Iterator[None]:
    """Within this block, check-ins in a *demo* election record the time *clock* gives instead of
    the present (the demo's polling day spread over its hours); a real election ignores it."""
    global _demo_clock
    previous, _demo_clock = _demo_clock, clock
    try:
        yield
    finally:
        _demo_clock = previous


# ---------------------------------------------------------------- this machine


def machine_info(store: Store) -> MachineInfo:
    with store.read() as session:
        row = session.execute(_MACHINE).one()
        events = session.scalar(select(func.count()).select_from(PollingEventRow).where(
            PollingEventRow.machine_id == row.machine_id))
        return MachineInfo(row.machine_id, row.station_code, int(events or 0))


@requires(Permission.CHECK_IN)
def assign_station(store: Store, station_code: str) -> StationInfo:
    """Set the station this computer serves (the default of every check-in made on it)."""
    with store.write() as session:
        station = _station(session, station_code)
        require(store, Permission.CHECK_IN, centre=station.centre_code)
        before = session.execute(_MACHINE).one().station_code
        session.execute(update(PollingMachine).where(PollingMachine.id == 1).values(station_code=station.code))
        audit.record(session, EventType.POLLING_STATION_ASSIGNED, "station", station.code,
                     before={"station": before}, after={"station": station.code})
        return station


def list_stations(store: Store, centre_code: str | None = None) -> list[StationInfo]:
    with store.read() as session:
        statement = _STATION_COLUMNS.order_by(Wilayat.position, PollingCentre.code, PollingStation.number)
        if centre_code:
            statement = statement.where(PollingCentre.code == centre_code)
        return [StationInfo(*row) for row in session.execute(statement)]


def station_info(store: Store, station_code: str | None = None) -> StationInfo:
    """The given station, or this computer's (raises when none is assigned)."""
    with store.read() as session:
        return _station(session, _station_code(session, station_code))


# ---------------------------------------------------------------- the desk


def look_up(store: Store, civil_number: str, station_code: str | None = None) -> DeskVoter:
    """What the desk shows for *civil_number* (either digit system) before the clerk confirms."""
    number = check_civil_number(civil_number)
    with store.read() as session:
        ctx = _context(session)
        station = _station(session, _station_code(session, station_code))
        return _desk_voter(session, ctx, number, station)[0]


@requires(Permission.CHECK_IN)
def check_in(store: Store, civil_number: str, station_code: str | None = None) -> CheckInResult:
    """Check a voter in at a station (this computer's when *station_code* is not given).

    Refused with :class:`~electadmin.domain.polling.CheckInRefused` (reason and its figures) when
    the voter is not on the roll, removed, under age on polling day, registered at another centre or
    has already voted; with ``POLLING_STATION_CLOSED`` after the station's polls closed; outside the
    polling phase with ``ELECTION_WRONG_PHASE``. One transaction: the event, the effective check-in
    and the audit entry.
    """
    number = check_civil_number(civil_number)
    with store.write() as session:
        ctx, station, clerk = _open_station(store, session, station_code, "check_in")
        connection = session.connection()
        voter, _ = _desk_voter(session, ctx, number, station, lock=True, connection=connection)
        if voter.refusal is not None:
            raise CheckInRefused(voter.refusal)
        machine, sequence = _next_sequence(session, connection)
        now = _demo_clock() if _demo_clock is not None and ctx.is_demo else utcnow()
        event = PollingEvent(machine, sequence, EventKind.CHECK_IN, number, station.code, clerk[:100], now,
                             voter.gender)
        at = event.at
        connection.execute(_INSERT_EVENT, _event_values(event))
        connection.execute(_INSERT_CHECKIN, {
            "machine_id": machine, "sequence": sequence, "civil_number": number, "station_code": station.code,
            "gender": voter.gender, "hour": at.astimezone(_zone(ctx.timezone)).hour, "at": at})
        audit.record(session, EventType.VOTER_CHECKED_IN, "voter", number,
                     after={"station": station.code, "event": f"{machine}/{sequence}"})
        return CheckInResult(number, voter.name, voter.gender, station.code, machine, sequence, at)


@requires(Permission.CHECK_IN_UNDO)
def undo_check_in(store: Store, civil_number: str, reason: str,
                  event: tuple[str, int] | None = None) -> UndoResult:
    """Undo a check-in made in error; the voter may then be checked in again.

    *reason* is required. Without *event* the voter's latest effective check-in is undone (with an
    anomaly, name the one to undo by its ``(machine, sequence)``). The undo is an event of its own
    naming that check-in (see :mod:`electadmin.domain.polling`), recorded with the audit entry.
    """
    number = check_civil_number(civil_number)
    text = " ".join((reason or "").split())
    if not text:
        raise ElectadminError(ErrorCode.POLLING_REASON_REQUIRED)
    with store.write() as session:
        ctx = _context(session)
        _require_phase(ctx, Phase.POLLING)
        statement = select(PollingCheckIn).where(PollingCheckIn.civil_number == number)
        if event is not None:
            statement = statement.where(PollingCheckIn.machine_id == event[0], PollingCheckIn.sequence == event[1])
        rows = session.execute(statement.order_by(
            PollingCheckIn.at.desc(), PollingCheckIn.machine_id.desc(), PollingCheckIn.sequence.desc())).scalars().all()
        if not rows:
            raise ElectadminError(ErrorCode.POLLING_NOT_CHECKED_IN, civil_number=number)
        target = rows[0]
        station = _station(session, target.station_code)
        _check_open(ctx, station)
        clerk = authorise(store, "undo", station)
        machine, sequence = _next_sequence(session)
        undone = (target.machine_id, target.sequence)
        event = PollingEvent(machine, sequence, EventKind.UNDO, number, target.station_code, clerk[:100], utcnow(),
                             target.gender, text[:500], undone)
        at = event.at
        session.execute(_INSERT_EVENT, _event_values(event))
        session.execute(delete(PollingCheckIn).where(PollingCheckIn.machine_id == undone[0],
                                                     PollingCheckIn.sequence == undone[1]))
        audit.record(session, EventType.CHECK_IN_UNDONE, "voter", number,
                     before={"station": target.station_code, "event": f"{undone[0]}/{undone[1]}"},
                     after={"reason": text[:500], "event": f"{machine}/{sequence}"})
        return UndoResult(number, target.station_code, undone, sequence, at)


def find_by_name(store: Store, text: str, centre_code: str | None = None, limit: int = 50) -> roll.Matches:
    """Voters whose name matches *text* typed any common way (the roll's
    :func:`~electadmin.services.roll.search_voters`, restricted to *centre_code*), as the desk shows
    them: the first *limit* in name order, and ``more`` when others match too.

    Fewer than two letters find nobody: at a desk the list would be the whole centre.
    """
    if len(search_key(text or "")) < 2:
        return roll.Matches()
    found = roll.search_voters(store, text, limit=limit, filter=roll.RollFilter(centre_code=centre_code or None))
    if not found:
        return roll.Matches()
    with store.read() as session:
        ctx = _context(session)
        # The refusal depends on the station's centre only: a desk of the voter's own centre.
        return roll.Matches((_desk_voter(session, ctx, v.civil_number,
                                         StationInfo("", 0, v.centre_code, v.centre_ar, "", None))[0]
                             for v in found), more=found.more)


# ---------------------------------------------------------------- turnout


def _roll_counts(session: Session, centre_code: str) -> tuple[int, int]:
    rows = dict(session.execute(
        select(Voter.gender, func.count()).join(PollingCentre, PollingCentre.id == Voter.centre_id)
        .where(PollingCentre.code == centre_code, Voter.status == "active").group_by(Voter.gender)).all())
    return int(rows.get("M", 0)), int(rows.get("F", 0))


def _hours(rows: Iterable[tuple[int, str, int]]) -> tuple[tuple[HourCount, ...], int, int]:
    table: dict[int, list[int]] = {}
    for hour, gender, count in rows:
        cell = table.setdefault(int(hour), [0, 0])
        cell[0 if gender == "M" else 1] += int(count)
    hours = tuple(HourCount(h, m, w) for h, (m, w) in sorted(table.items()))
    return hours, sum(h.men for h in hours), sum(h.women for h in hours)


def _turnout(session: Session, scope: str, code: str, centre_code: str, centre_name: str,
             station_codes: Sequence[str]) -> Turnout:
    rows = session.execute(
        select(PollingCheckIn.hour, PollingCheckIn.gender, func.count())
        .where(PollingCheckIn.station_code.in_(station_codes))
        .group_by(PollingCheckIn.hour, PollingCheckIn.gender)).all()
    hours, men, women = _hours(rows)
    roll_men, roll_women = _roll_counts(session, centre_code)
    return Turnout(scope, code, centre_code, centre_name, roll_men, roll_women, men, women, hours)


def station_turnout(store: Store, station_code: str | None = None) -> Turnout:
    """Live turnout of a station (this computer's by default), against its centre's roll."""
    with store.read() as session:
        station = _station(session, _station_code(session, station_code))
        return _turnout(session, "station", station.code, station.centre_code, station.centre_name,
                        [station.code])


def centre_turnout(store: Store, centre_code: str) -> Turnout:
    """Live turnout of a whole centre (all its stations), against its roll."""
    with store.read() as session:
        centre = session.execute(select(PollingCentre.id, PollingCentre.name_ar).where(
            PollingCentre.code == centre_code)).one_or_none()
        if centre is None:
            raise ElectadminError(ErrorCode.GEO_UNKNOWN_CENTRE, value=centre_code)
        codes = list(session.scalars(select(PollingStation.code).where(PollingStation.centre_id == centre.id)))
        return _turnout(session, "centre", centre_code, centre_code, centre.name_ar, codes)


def turnout_rows(store: Store, wilayat_code: str | None = None) -> list[TurnoutRow]:
    """Merged turnout by station, centre, hour and gender (of a wilayat, or everywhere).

    Check-ins at a station code the geography does not know are kept under an empty centre and
    wilayat code rather than dropped.
    """
    with store.read() as session:
        statement = (
            select(func.coalesce(Wilayat.code, ""), func.coalesce(PollingCentre.code, ""),
                   PollingCheckIn.station_code, PollingCheckIn.hour, PollingCheckIn.gender, func.count())
            .outerjoin(PollingStation, PollingStation.code == PollingCheckIn.station_code)
            .outerjoin(PollingCentre, PollingCentre.id == PollingStation.centre_id)
            .outerjoin(Wilayat, Wilayat.id == PollingCentre.wilayat_id)
            .group_by(Wilayat.code, PollingCentre.code, PollingCheckIn.station_code, PollingCheckIn.hour,
                      PollingCheckIn.gender)
            .order_by(Wilayat.code, PollingCentre.code, PollingCheckIn.station_code, PollingCheckIn.hour,
                      PollingCheckIn.gender))
        if wilayat_code:
            statement = statement.where(Wilayat.code == wilayat_code)
        return [TurnoutRow(*map(str, r[:3]), int(r[3]), str(r[4]), int(r[5])) for r in session.execute(statement)]


# ---------------------------------------------------------------- closing the polls


def _summary(session: Session, station: StationInfo) -> StationClosingSummary:
    counts = dict(session.execute(
        select(PollingCheckIn.gender, func.count()).where(PollingCheckIn.station_code == station.code)
        .group_by(PollingCheckIn.gender)).all())
    span = session.execute(select(func.min(PollingCheckIn.at), func.max(PollingCheckIn.at)).where(
        PollingCheckIn.station_code == station.code)).one()
    undos = session.scalar(select(func.count()).select_from(PollingEventRow).where(
        PollingEventRow.station_code == station.code, PollingEventRow.kind == EventKind.UNDO.value))
    closure = session.get(PollingClosure, station.code)
    first, last = (_aware(span[0]), _aware(span[1]))
    return StationClosingSummary(
        station.code, station.centre_code, station.centre_name, station.wilayat_code,
        int(counts.get("M", 0)), int(counts.get("F", 0)), int(undos or 0), first, last,
        closure.closed_at if closure else None, closure.closed_by if closure else None)


def _aware(value: datetime | str | None) -> datetime | None:
    """MIN/MAX over a UTC column come back without the column's type on SQLite."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return PollingCheckIn.at.type.process_result_value(value, None) if value.tzinfo is None else value


def closing_summary(store: Store, station_code: str | None = None) -> StationClosingSummary:
    """The station's closing summary: voters checked in (effective check-ins) by gender, undo count.

    This is what the results work's station count record takes as "voters who voted": call it with
    the station's code when the record is created and reconcile the ballots found in the box against
    ``total``. After :func:`close_polls` the figures cannot change any more (no check-in or undo is
    accepted at a closed station); before it they are the figures so far.
    """
    with store.read() as session:
        return _summary(session, _station(session, _station_code(session, station_code)))


@requires(Permission.CHECK_IN)
def close_polls(store: Store, station_code: str | None = None) -> StationClosingSummary:
    """Close the polls of a station: its summary is fixed, and no more check-ins or undos there."""
    with store.write() as session:
        _ctx, station, who = _open_station(store, session, station_code, "close")
        summary = _summary(session, station)
        session.add(PollingClosure(station_code=station.code, closed_at=utcnow(), closed_by=who[:100],
                                   men=summary.men, women=summary.women, undo_count=summary.undo_count))
        session.flush()
        audit.record(session, EventType.POLLS_CLOSED, "station", station.code,
                     after={"men": summary.men, "women": summary.women, "undo_count": summary.undo_count})
        return _summary(session, station)


# ---------------------------------------------------------------- anomalies and the paper list


def anomalies(store: Store) -> list[AnomalyDTO]:
    """Voters with several effective check-ins (after merging stations' logs), by civil number."""
    with store.read() as session:
        numbers = select(PollingCheckIn.civil_number).group_by(PollingCheckIn.civil_number).having(
            func.count() > 1)
        rows = session.execute(
            select(PollingCheckIn.civil_number, func.coalesce(Voter.name, ""), PollingCheckIn.machine_id,
                   PollingCheckIn.sequence, PollingCheckIn.station_code, PollingCheckIn.at)
            .outerjoin(Voter, Voter.civil_number == PollingCheckIn.civil_number)
            .where(PollingCheckIn.civil_number.in_(numbers))
            .order_by(PollingCheckIn.civil_number, PollingCheckIn.at, PollingCheckIn.machine_id,
                      PollingCheckIn.sequence)).all()
    result: list[AnomalyDTO] = []
    for row in rows:
        item = AnomalyCheckIn(row[2], row[3], row[4], row[5])
        if result and result[-1].civil_number == row[0]:
            result[-1] = AnomalyDTO(row[0], row[1], result[-1].check_ins + (item,))
        else:
            result.append(AnomalyDTO(row[0], row[1], (item,)))
    return result


def centre_list(store: Store, centre_code: str) -> list[CentreListEntry]:
    """The centre's voters in the order of the printed roll (normalised name), with check-in marks."""
    with store.read() as session:
        centre_id = session.scalar(select(PollingCentre.id).where(PollingCentre.code == centre_code))
        if centre_id is None:
            raise ElectadminError(ErrorCode.GEO_UNKNOWN_CENTRE, value=centre_code)
        first = (select(PollingCheckIn.civil_number, func.min(PollingCheckIn.at).label("at"))
                 .group_by(PollingCheckIn.civil_number).subquery())
        rows = session.execute(
            select(Voter.civil_number, Voter.name, Voter.gender, first.c.at)
            .outerjoin(first, first.c.civil_number == Voter.civil_number)
            .where(Voter.centre_id == centre_id, Voter.status == "active")
            .order_by(Voter.name_key, Voter.civil_number)).all()
        stations = dict(session.execute(
            select(PollingCheckIn.civil_number, PollingCheckIn.station_code)
            .join(Voter, Voter.civil_number == PollingCheckIn.civil_number)
            .where(Voter.centre_id == centre_id)
            .order_by(PollingCheckIn.at.desc())).all())
    return [CentreListEntry(r[0], r[1], r[2], stations.get(r[0]), _aware(r[3])) for r in rows]


# ---------------------------------------------------------------- packages: export and merge


def _plain_event(row) -> PollingEvent:
    return PollingEvent(
        row.machine_id, row.sequence, EventKind(row.kind), row.civil_number, row.station_code, row.clerk,
        row.at, row.gender, row.reason,
        (row.target_machine, row.target_sequence) if row.target_machine is not None else None)


def _event_columns():
    return (PollingEventRow.machine_id, PollingEventRow.sequence, PollingEventRow.kind,
            PollingEventRow.civil_number, PollingEventRow.station_code, PollingEventRow.clerk,
            PollingEventRow.at, PollingEventRow.gender, PollingEventRow.reason,
            PollingEventRow.target_machine, PollingEventRow.target_sequence)


def _centre_committee(session: Session, centre_code: str) -> Committee:
    row = session.execute(select(Committee).where(Committee.level == "centre", Committee.centre_code == centre_code)
                          .order_by(Committee.id)).scalars().first()
    if row is None:
        raise ElectadminError(ErrorCode.POLLING_NO_CENTRE_COMMITTEE, centre=centre_code)
    return row


def station_committee(store: Store, station_code: str | None = None) -> CommitteeDTO:
    """The committee whose members sign the check-in package of a station (this computer's by
    default): the committee of the station's centre."""
    with store.read() as session:
        station = _station(session, _station_code(session, station_code))
        code = _centre_committee(session, station.centre_code).code
    return committees.get_committee(store, code)


@requires(Permission.CHECK_IN)
def export_events(store: Store, path: str | Path, credentials: Sequence[tuple[str, str]]) -> ExportSummary:
    """Write this machine's events (check-ins and undos) as a package signed by k of its station's
    centre committee's members, named in *credentials* (member, signing password), to *path* (a
    folder, or a zip when it ends in ``.zip``; written atomically).

    Every export holds all of this machine's events so far: a later export supersedes an earlier
    one, and merging both changes nothing more than merging the later.
    """
    target = Path(path)
    with store.read() as session:
        committee = _centre_committee(session, _station(session, _station_code(session, None)).centre_code).code
    signers = committees.unlock_signers(store, committee, credentials)
    with store.write() as session:
        ctx = _context(session)
        machine = session.execute(_MACHINE).one()
        rows = session.execute(select(*_event_columns()).where(PollingEventRow.machine_id == machine.machine_id)
                               .order_by(PollingEventRow.sequence)).all()
        events = [_plain_event(r) for r in rows]
        content = polling_package.payload(ctx.uid, machine.machine_id, events)
        package = packages.write_signed_package(session, target, polling_package.KIND, committee,
                                                {polling_package.PAYLOAD: content}, signers)
        digest = hashlib.sha256(content).hexdigest()
        signers = tuple(s.member for s in package.certificate.signatures)
        audit.record(session, EventType.POLLING_EVENTS_EXPORTED, "machine", machine.machine_id,
                     after={"events": len(events), "sha256": digest, "file": target.name, "committee": committee,
                            "manifest_sha256": package.manifest_sha256, "signers": list(signers)})
    return ExportSummary(target, machine.machine_id, len(events), digest, committee, signers, package.sequence)


@dataclass(frozen=True, slots=True)
class _Scope:
    """What the merging file knows to judge a station's package: the election, every public key,
    the committees, every station's centre and wilayat, and the wilayats it merges (``None``: all)."""

    uid: str
    is_demo: bool
    name: str
    keyring: Keyring
    committees: dict[str, tuple[str, str | None]]
    stations: dict[str, tuple[str, str]]
    centre_wilayat: dict[str, str]
    wilayats: frozenset[str] | None


def _scope(session: Session) -> _Scope:
    election = session.execute(select(Election.uid, Election.is_demo, Election.name_ar).where(
        Election.id == 1)).one_or_none()
    if election is None:
        raise ElectadminError(ErrorCode.ELECTION_MISSING)
    stations = {code: (centre, wilayat) for code, centre, wilayat in session.execute(
        select(PollingStation.code, PollingCentre.code, Wilayat.code)
        .join(PollingCentre, PollingCentre.id == PollingStation.centre_id)
        .join(Wilayat, Wilayat.id == PollingCentre.wilayat_id))}
    centre_wilayat = {centre: wilayat for centre, wilayat in stations.values()}
    rows = session.execute(select(Committee.code, Committee.level, Committee.wilayat_code, Committee.centre_code))
    known = {code: (level, centre) for code, level, _w, centre in rows}
    held = session.execute(select(Committee.level, Committee.wilayat_code, Committee.centre_code).join(
        CommitteeMember, CommitteeMember.committee_id == Committee.id).where(
        CommitteeMember.private_key.is_not(None)).distinct()).all()
    wilayats: frozenset[str] | None
    if any(level == "main" for level, _w, _c in held):
        wilayats = None
    else:
        wilayats = frozenset(filter(None, (w or centre_wilayat.get(c or "") for _level, w, c in held)))
    return _Scope(election.uid, bool(election.is_demo), election.name_ar, committees.keyring(session), known,
                  stations, centre_wilayat, wilayats)


def _verified(path: Path, scope: _Scope) -> polling_package.EventPackage:
    """A station's package checked in this order: its files against the signed manifest, k valid
    signatures by known unrevoked keys, its kind, the signer a centre committee, the election and its test mark,
    the wilayat, then every event (each of a station of the signing committee's centre)."""
    package = fmt.read_package(path)
    fmt.check_signatures(package, scope.keyring)  # over the manifest, its kind included
    if package.kind != polling_package.KIND:
        raise ElectadminError(ErrorCode.PACKAGE_WRONG_KIND, kind=package.kind, expected=polling_package.KIND)
    committee = package.certificate.committee
    level, centre = scope.committees.get(committee, ("", None))
    if committee != package.sender or level != "centre" or not centre:
        raise ElectadminError(ErrorCode.POLLING_PACKAGE_WRONG_SENDER, path=str(path), committee=committee)
    if package.election.get("uid") != scope.uid:
        raise ElectadminError(ErrorCode.PACKAGE_OTHER_ELECTION, theirs=str(package.election.get("name")),
                              ours=scope.name)
    if package.election.get("is_test") and not scope.is_demo:
        raise ElectadminError(ErrorCode.PACKAGE_TEST_INTO_REAL)
    home = scope.centre_wilayat.get(centre, "")
    if scope.wilayats is not None and home not in scope.wilayats:
        raise ElectadminError(ErrorCode.POLLING_PACKAGE_OTHER_WILAYAT, path=str(path), wilayat=home or centre,
                              ours=", ".join(sorted(scope.wilayats)) or "—")
    if polling_package.PAYLOAD not in package.files:
        raise ElectadminError(ErrorCode.POLLING_PACKAGE_DAMAGED, path=str(path),
                              detail=f"{polling_package.PAYLOAD} is missing")
    events = polling_package.read_payload(path, package.files[polling_package.PAYLOAD], scope.uid)
    for station in sorted({r[4] for r in events.records}):
        if scope.stations.get(station, ("",))[0] != centre:
            raise ElectadminError(ErrorCode.POLLING_PACKAGE_OUT_OF_SCOPE, path=str(path), committee=committee,
                                  station=station)
    return replace(events, sender=committee, manifest_sha256=package.manifest_sha256,
                   signers=tuple(s.member for s in package.certificate.signatures))


def _refused(store: Store, path: Path | None, refusal: ElectadminError) -> None:
    """A refused merge changes nothing but this audit entry, in a transaction of its own."""
    with store.write() as session:
        audit.record(session, EventType.PACKAGE_REFUSED, "package", (path.name if path else "")[:100],
                     after={"path": str(path) if path else None, "code": refusal.code.value,
                            "kind": polling_package.KIND})


@requires(Permission.POLLING_MERGE)
def merge_packages(store: Store, paths: Sequence[str | Path]) -> MergeSummary:
    """Merge stations' signed packages into this store's log, in any order, any number of times.

    Every package is verified first (:func:`_verified`: files, signatures, keys, election, test
    mark, wilayat, every field of every event); one bad package refuses the whole merge, changes
    nothing and is audited (``package.refused``). Events already known are skipped (merging a
    package again is not a refusal); an event whose key is known with another digest refuses the
    merge (``POLLING_EVENT_CONFLICT``). New check-ins become effective unless an undo in the log
    names them; new undos cancel theirs. One transaction with one audit entry naming each package.

    Bulk by construction (100,000 events in a few seconds): events stay plain tuples, known keys are
    compared by digest, and rows go in through the driver's ``executemany``.
    """
    current: Path | None = None
    try:
        with store.read() as session:
            scope = _scope(session)
        verified = []
        for p in paths:
            current = Path(p)
            verified.append(_verified(current, scope))
        current = None
        return _merge(store, verified)
    except ElectadminError as refusal:
        _refused(store, current, refusal)
        raise


def _merge(store: Store, packages_: Sequence[polling_package.EventPackage]) -> MergeSummary:
    incoming: dict[tuple[str, int], tuple[polling_package.EventRecord, Path]] = {}
    for package in packages_:
        for record in package.records:
            key = (record[0], record[1])
            known = incoming.get(key)
            if known is not None and known[0][11] != record[11]:
                raise ElectadminError(ErrorCode.POLLING_EVENT_CONFLICT, path=str(package.path), machine=key[0],
                                      sequence=key[1])
            incoming[key] = (record, package.path)
    with store.write() as session:
        ctx = _context(session)
        _require_phase(ctx, Phase.POLLING, Phase.COUNTING)
        existing: dict[tuple[str, int], str] = {}
        for chunk in _chunks(sorted({key[0] for key in incoming}), 200):
            rows = session.execute(select(PollingEventRow.machine_id, PollingEventRow.sequence,
                                          PollingEventRow.digest).where(PollingEventRow.machine_id.in_(chunk)))
            existing.update(((m, q), d) for m, q, d in rows)
        new: list[polling_package.EventRecord] = []
        for key, (record, path) in incoming.items():
            known = existing.get(key)
            if known is None:
                new.append(record)
            elif known != record[11]:
                raise ElectadminError(ErrorCode.POLLING_EVENT_CONFLICT, path=str(path), machine=key[0],
                                      sequence=key[1])
        new.sort(key=lambda r: (r[0], r[1]))
        connection = session.connection()
        if connection.dialect.name == "sqlite":  # index pages of a 100,000-row insert stay in memory
            connection.exec_driver_sql(f"PRAGMA cache_size = -{_MERGE_CACHE_KIB}")
        stamp = _driver_time(connection.dialect.name)
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        if new:
            connection.exec_driver_sql(
                "INSERT INTO polling_event (machine_id, sequence, kind, civil_number, station_code, clerk, at, gender, "
                f"reason, target_machine, target_sequence, digest) VALUES ({', '.join([mark] * 12)})",
                [(*r[:6], stamp(r[6]), *r[7:]) for r in new])
        undone = {(m, q) for m, q in session.execute(
            select(PollingEventRow.target_machine, PollingEventRow.target_sequence).where(
                PollingEventRow.target_machine.is_not(None)))}
        zone = _zone(ctx.timezone)
        effective = [r for r in new if r[2] == EventKind.CHECK_IN.value and (r[0], r[1]) not in undone]
        if effective:
            connection.exec_driver_sql(
                "INSERT INTO polling_checkin (machine_id, sequence, civil_number, station_code, gender, hour, at) "
                f"VALUES ({', '.join([mark] * 7)})",
                [(r[0], r[1], r[3], r[4], r[7], r[6].astimezone(zone).hour, stamp(r[6])) for r in effective])
        new_undos = [(r[9], r[10]) for r in new if r[2] == EventKind.UNDO.value]
        for chunk in _chunks(new_undos, 400):
            session.execute(delete(PollingCheckIn).where(_keys_in(chunk)))
        _advance_own_sequence(session, incoming)
        anomaly_count = int(session.scalar(select(func.count()).select_from(
            select(PollingCheckIn.civil_number).group_by(PollingCheckIn.civil_number)
            .having(func.count() > 1).subquery())) or 0)
        audit.record(session, EventType.POLLING_EVENTS_MERGED, "packages", str(len(packages_)), after={
            "packages": [{"file": p.path.name, "machine": p.machine, "sha256": p.payload_sha256,
                          "committee": p.sender, "manifest_sha256": p.manifest_sha256, "signers": list(p.signers),
                          "events": len(p.records)} for p in packages_],
            "events_new": len(new), "anomalies": anomaly_count})
        if connection.dialect.name == "sqlite":
            connection.exec_driver_sql("PRAGMA cache_size = -2000")  # SQLite's default again
        return MergeSummary(len(packages_), len(incoming), len(new), len(effective), len(new_undos), anomaly_count)


_MERGE_CACHE_KIB = 131_072


def _driver_time(dialect: str):
    """How a UTC instant goes to the driver directly: SQLite keeps naive UTC text (as
    :class:`~electadmin.storage.base.UTCDateTime` writes it), PostgreSQL takes the aware datetime."""
    if dialect == "sqlite":
        return lambda at: at.astimezone(dt_timezone.utc).isoformat(" ", "microseconds")[:26]
    return lambda at: at


def _event_values(e: PollingEvent) -> dict:
    return {"machine_id": e.machine, "sequence": e.sequence, "kind": e.kind.value, "civil_number": e.civil_number,
            "station_code": e.station, "clerk": e.clerk, "at": e.at, "gender": e.gender, "reason": e.reason,
            "target_machine": e.target[0] if e.target else None,
            "target_sequence": e.target[1] if e.target else None, "digest": polling_package.event_digest(e)}


def _keys_in(keys: Sequence[tuple[str, int]]):
    return or_(*(and_(PollingCheckIn.machine_id == m, PollingCheckIn.sequence == s) for m, s in keys))


def _advance_own_sequence(session: Session, incoming: dict) -> None:
    """A package carrying this machine's own identity (its own earlier export) must never make the
    next local sequence number collide with one already in the log."""
    machine = session.execute(_MACHINE).one()
    highest = max((key[1] for key in incoming if key[0] == machine.machine_id), default=0)
    if highest >= machine.next_sequence:
        session.execute(update(PollingMachine).where(PollingMachine.id == 1).values(next_sequence=highest + 1))


def _chunks(items: Sequence, size: int):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def events(store: Store) -> list[PollingEvent]:
    """Every event of the log (for checks and tests; the state is derived from these)."""
    with store.read() as session:
        return [_plain_event(r) for r in session.execute(select(*_event_columns()).order_by(
            PollingEventRow.machine_id, PollingEventRow.sequence))]
