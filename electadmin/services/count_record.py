"""A polling station's count record (محضر الفرز): double entry, reconciliation, versions.

What the screens call (each function one transaction with its audit event inside it):

* :func:`station_ballot` — what the entry form shows for a station: its constituency, seats,
  votes a voter may mark and the candidates in ballot order.
* :func:`check_record` — pure: the reconciliation checks *data* fails, each named (call it as
  the clerk types; the same checks run again on save).
* :func:`save_first_entry` / :func:`save_second_entry` — one clerk's typing of the paper record.
  Two clerks type the same record independently; when both entries are there they are compared
  field by field (:func:`compare_entries`, an :class:`EntryComparison` of :class:`FieldMismatch`)
  and only a matched record counts toward the results. Typing an entry again (after a mismatch)
  adds a new attempt; nothing is overwritten.
* :func:`get_count_record`, :func:`record_history` (every version of a station),
  :func:`figure_history` (one figure through those versions) and :func:`list_stations` (the
  stations of a wilayat with their record state).

Rules:

* A record that does not reconcile saves only with a written ``explanation``; it is kept with
  the codes of its failed checks and ``reconciles`` is false (shown everywhere as such).
  A negative figure is refused outright.
* The compared fields are the fourteen figures, every candidate's votes and the opening and
  closing times; the members present, the objections and the explanation are words, not compared:
  the first entry's are kept (the second's when the first has none).
* A correction of a matched record is a new version carrying its ``reason`` (required); both
  versions are kept and the new one counts once it is matched in its turn.
* Typing an entry needs :data:`Permission.COUNT_ENTER`; a polling clerk may type only the records
  of the stations of their own centre. The second entry must come from another user than the first.
* Nothing changes in a constituency whose result is certified (:data:`ErrorCode.RESULT_CERTIFIED`);
  count records are entered from the polling phase until the election is certified. A certified
  version stays certified for ever (it is history); once the result is reopened, a correction is a
  new version like any other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import CandidateStatus
from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Permission
from electadmin.domain.reconciliation import FIGURE_LABELS, FIGURES, CountFigures, FailedCheck, reconcile
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term
from electadmin.integrity.record_hash import content_sha256, count_record_content
from electadmin.services import audit
from electadmin.services.authz import require, requires
from electadmin.services.election import current_definition, election_row
from electadmin.services.candidates import wilayat_row
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import (
    Candidate,
    CountEntry,
    CountRecord,
    PollingCentre,
    PollingStation,
    ResultCertification,
    ResultReopening,
    StationResult,
    StationVote,
    Wilayat,
)

FIELD_LABELS: Mapping[str, Term] = MappingProxyType({
    **FIGURE_LABELS,
    "opened_at": QT_TRANSLATE_NOOP("CountRecord", "Opening time"),
    "closed_at": QT_TRANSLATE_NOOP("CountRecord", "Closing time"),
    "members": QT_TRANSLATE_NOOP("CountRecord", "Committee members present"),
    "objections": QT_TRANSLATE_NOOP("CountRecord", "Objections by candidates' agents"),
    "explanation": QT_TRANSLATE_NOOP("CountRecord", "Explanation of the differences"),
    "reason": QT_TRANSLATE_NOOP("CountRecord", "Reason for the correction"),
})
"""Labels of every field of the form (the figures', then the record's own)."""

_CANDIDATE_VOTES = QT_TRANSLATE_NOOP("CountRecord", "Votes for candidate {number}")
_CORRECTION = QT_TRANSLATE_NOOP("Terms", "why the certified or matched count record is corrected")
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


class RecordStatus(StrEnum):
    """Where a station's count record stands."""

    MISSING = "missing"
    AWAITING_SECOND = "awaiting_second"
    MISMATCH = "mismatch"
    MATCHED = "matched"
    CERTIFIED = "certified"

    @property
    def label(self) -> Term:
        return _STATUS_LABELS[self]

    @property
    def counts(self) -> bool:
        """Whether a record in this state counts toward the results."""
        return self in (RecordStatus.MATCHED, RecordStatus.CERTIFIED)


_STATUS_LABELS = {
    RecordStatus.MISSING: QT_TRANSLATE_NOOP("Terms", "No count record"),
    RecordStatus.AWAITING_SECOND: QT_TRANSLATE_NOOP("Terms", "Awaiting the second entry"),
    RecordStatus.MISMATCH: QT_TRANSLATE_NOOP("Terms", "Entries differ"),
    RecordStatus.MATCHED: QT_TRANSLATE_NOOP("Terms", "Matched"),
    RecordStatus.CERTIFIED: QT_TRANSLATE_NOOP("Terms", "Certified"),
}


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class Objection:
    """An objection by a candidate's agent and the committee's decision on it."""

    agent: str
    candidate: str
    text: str
    decision: str


@dataclass(frozen=True, slots=True)
class CountRecordInput:
    """A count record as a clerk types it; ``votes`` maps each ballot number to the votes counted."""

    registered_men: int | None = None
    registered_women: int | None = None
    registered_total: int | None = None
    voted_men: int | None = None
    voted_women: int | None = None
    voted_total: int | None = None
    ballots_received: int | None = None
    ballots_used: int | None = None
    ballots_spoiled: int | None = None
    ballots_unused: int | None = None
    ballots_found: int | None = None
    valid: int | None = None
    invalid: int | None = None
    blank: int | None = None
    votes: Mapping[int, int] = field(default_factory=dict, hash=False)
    opened_at: str = ""
    closed_at: str = ""
    members: tuple[str, ...] = ()
    objections: tuple[Objection, ...] = ()
    explanation: str = ""
    reason: str = ""

    def figures(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in FIGURES}


@dataclass(frozen=True, slots=True)
class BallotLine:
    """A candidate as the ballot lists them."""

    ballot_number: int
    code: str
    name_ar: str
    name_latin: str
    gender: str


@dataclass(frozen=True, slots=True)
class StationBallot:
    station_code: str
    centre_code: str
    centre_ar: str
    wilayat_code: str
    wilayat_ar: str
    wilayat_en: str
    seats: int
    votes_allowed: int
    candidates: tuple[BallotLine, ...]
    status: RecordStatus
    version: int | None


@dataclass(frozen=True, slots=True)
class CandidateVotes:
    ballot_number: int
    code: str
    name_ar: str
    gender: str
    votes: int | None


@dataclass(frozen=True, slots=True)
class CountRecordDTO:
    """One version of a station's count record, with its reconciliation and state.

    Before it is matched, the figures are those of the latest first entry (``entries`` says how
    many of the two entries are there); ``figures.candidate_votes`` is keyed by ballot number.
    """

    station_code: str
    centre_code: str
    centre_ar: str
    wilayat_code: str
    wilayat_ar: str
    version: int
    status: RecordStatus
    source: str
    figures: CountFigures
    votes: tuple[CandidateVotes, ...]
    opened_at: str
    closed_at: str
    members: tuple[str, ...]
    objections: tuple[Objection, ...]
    explanation: str
    reconciles: bool
    failed: tuple[FailedCheck, ...]
    reason: str
    created_by: str
    created_at: datetime
    matched_at: datetime | None
    entries: int
    entered_by: tuple[str, ...]

    @property
    def counts(self) -> bool:
        return self.status.counts


@dataclass(frozen=True, slots=True)
class FieldMismatch:
    """A field the two entries disagree on; ``key`` is a figure name, ``votes:<ballot number>`` or a time."""

    key: str
    label: Term
    first: Any
    second: Any
    number: int | None = None
    """The ballot number, for a candidate's votes (the label's ``{number}``)."""


@dataclass(frozen=True, slots=True)
class EntryComparison:
    station_code: str
    version: int
    compared: bool
    """Both entries are there (otherwise nothing was compared)."""
    mismatches: tuple[FieldMismatch, ...]
    first_by: str = ""
    second_by: str = ""

    @property
    def matched(self) -> bool:
        return self.compared and not self.mismatches


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    record: CountRecordDTO
    comparison: EntryComparison


@dataclass(frozen=True, slots=True)
class StationState:
    station_code: str
    centre_code: str
    centre_ar: str
    number: int
    status: RecordStatus
    version: int | None
    reconciles: bool | None
    source: str | None


# ---------------------------------------------------------------- pure checks


def figures_of(data: CountRecordInput, votes_allowed: int) -> CountFigures:
    """The domain figures of *data* (candidate votes keyed by ballot number as text)."""
    return CountFigures(**data.figures(), candidate_votes={str(k): v for k, v in data.votes.items()},
                        votes_allowed=votes_allowed)


def check_record(data: CountRecordInput, votes_allowed: int) -> tuple[FailedCheck, ...]:
    """Every reconciliation check *data* fails (empty when it reconciles); pure, for the form as it is typed."""
    return reconcile(figures_of(data, votes_allowed))


def compare_inputs(first: CountRecordInput, second: CountRecordInput) -> tuple[FieldMismatch, ...]:
    """The compared fields on which two entries of the same paper record differ (pure)."""
    out = [FieldMismatch(name, FIELD_LABELS[name], getattr(first, name), getattr(second, name))
           for name in (*FIGURES, "opened_at", "closed_at") if getattr(first, name) != getattr(second, name)]
    for number in sorted(set(first.votes) | set(second.votes)):
        a, b = first.votes.get(number), second.votes.get(number)
        if a != b:
            out.append(FieldMismatch(f"votes:{number}", _CANDIDATE_VOTES, a, b, number))
    return tuple(out)


# ---------------------------------------------------------------- shared with the other results services


def check_entry_phase(session: Session) -> None:
    """Count records are written from polling until the election is certified."""
    phase = current_definition(session).phase
    if phase not in (Phase.POLLING, Phase.COUNTING):
        raise ElectadminError(ErrorCode.RESULT_WRONG_PHASE, current=phase.label)


def certification_in_force(session: Session, wilayat_id: int) -> ResultCertification | None:
    """The constituency's latest certification, unless it was reopened."""
    latest = session.scalar(select(ResultCertification).where(ResultCertification.wilayat_id == wilayat_id)
                            .order_by(ResultCertification.version.desc()).limit(1))
    if latest is None:
        return None
    reopened = session.scalar(select(ResultReopening.id).where(ResultReopening.certification_id == latest.id))
    return None if reopened is not None else latest


def refuse_if_certified(session: Session, wilayat: Wilayat) -> None:
    if certification_in_force(session, wilayat.id) is not None:
        raise ElectadminError(ErrorCode.RESULT_CERTIFIED, wilayat=wilayat.name_ar)


def ballot_candidates(session: Session, wilayat: Wilayat) -> list[Candidate]:
    """The accepted candidates of *wilayat* in ballot order; refused while the order is not fixed."""
    rows = list(session.scalars(select(Candidate).where(
        Candidate.wilayat_id == wilayat.id, Candidate.status == CandidateStatus.ACCEPTED.value)
        .order_by(Candidate.ballot_number)))
    if not rows:
        raise ElectadminError(ErrorCode.CANDIDATE_NONE_ACCEPTED, wilayat=wilayat.name_ar)
    if any(r.ballot_number is None for r in rows):
        raise ElectadminError(ErrorCode.RESULT_NO_BALLOT, wilayat=wilayat.name_ar)
    return rows


def votes_allowed_in(session: Session, wilayat: Wilayat) -> int:
    return current_definition(session).rules.votes_allowed(wilayat.seats)


def station_row(session: Session, code: str) -> tuple[PollingStation, PollingCentre, Wilayat]:
    text = (code or "").strip().upper()
    found = session.execute(
        select(PollingStation, PollingCentre, Wilayat)
        .join(PollingCentre, PollingStation.centre_id == PollingCentre.id)
        .join(Wilayat, PollingCentre.wilayat_id == Wilayat.id)
        .where(PollingStation.code == text)).first()
    if found is None:
        raise ElectadminError(ErrorCode.RESULT_UNKNOWN_STATION, value=code)
    return found[0], found[1], found[2]


def latest_version(session: Session, station_id: int) -> CountRecord | None:
    return session.scalar(select(CountRecord).where(CountRecord.station_id == station_id)
                          .order_by(CountRecord.version.desc()).limit(1))


def record_content_sha256(election_uid: str, station_code: str, row: CountRecord | Mapping[str, Any]) -> str:
    """The SHA-256 of a settled version's canonical content (what its printed short hash stands for)."""
    get = row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
    return content_sha256(count_record_content(
        election_uid, station_code, get("version"), {name: get(name) for name in FIGURES}, get("votes") or {},
        get("opened_at"), get("closed_at"), get("members") or [], get("objections") or [], get("explanation")))


def count_matched(session: Session, record: CountRecord, votes_by_id: Mapping[int, int]) -> None:
    """Make *record* the station's counting version: its figures and votes replace the station's
    (and its settled content gets the hash its printed copies carry)."""
    station_code = session.scalar(select(PollingStation.code).where(PollingStation.id == record.station_id))
    record.content_sha256 = record_content_sha256(election_row(session).uid, station_code, record)
    session.execute(delete(StationVote).where(StationVote.station_id == record.station_id))
    session.execute(delete(StationResult).where(StationResult.station_id == record.station_id))
    session.execute(insert(StationResult).values(
        station_id=record.station_id, wilayat_id=record.wilayat_id, record_id=record.id,
        reconciles=bool(record.reconciles), **{name: getattr(record, name) for name in FIGURES}))
    if votes_by_id:
        session.execute(insert(StationVote), [
            {"station_id": record.station_id, "candidate_id": cid, "wilayat_id": record.wilayat_id, "votes": v}
            for cid, v in votes_by_id.items()])


def clean_input(data: CountRecordInput, candidates: Sequence[Candidate], station_code: str,
                wilayat: Wilayat) -> CountRecordInput:
    """*data* with its words trimmed, refused when a figure is negative, a time is not one,
    or the votes do not name exactly the ballot's candidates."""
    for name in FIGURES:
        value = getattr(data, name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ElectadminError(ErrorCode.VALUE_NOT_INTEGER, field=FIELD_LABELS[name], value=str(value))
        if value is not None and value < 0:
            raise ElectadminError(ErrorCode.VALUE_TOO_SMALL, field=FIELD_LABELS[name], minimum=0, value=value)
    numbers = {c.ballot_number: c for c in candidates}
    for number, votes in data.votes.items():
        if number not in numbers:
            raise ElectadminError(ErrorCode.RESULT_UNKNOWN_CANDIDATE, value=str(number), wilayat=wilayat.name_ar)
        if isinstance(votes, bool) or not isinstance(votes, int):
            raise ElectadminError(ErrorCode.VALUE_NOT_INTEGER, field=_votes_label(number), value=f"{number}: {votes}")
        if votes < 0:
            raise ElectadminError(ErrorCode.VALUE_TOO_SMALL, field=_votes_label(number), minimum=0,
                                  value=f"{number}: {votes}")
    for number, candidate in numbers.items():
        if number not in data.votes:
            raise ElectadminError(ErrorCode.RESULT_MISSING_VOTES, candidate=f"{number} {candidate.name_ar}",
                                  station=station_code)
    times = {}
    for name in ("opened_at", "closed_at"):
        text = (getattr(data, name) or "").strip().translate(_DIGITS)
        if text and not _TIME.match(text):
            raise ElectadminError(ErrorCode.RESULT_BAD_TIME, field=FIELD_LABELS[name], value=getattr(data, name))
        times[name] = f"{int(text.split(':')[0]):02d}:{text.split(':')[1]}" if text else ""
    members = tuple(m for m in (" ".join(x.split()) for x in data.members) if m)
    objections = tuple(Objection(*(" ".join((v or "").split()) for v in (o.agent, o.candidate, o.text, o.decision)))
                       for o in data.objections if (o.text or "").strip())
    return CountRecordInput(**data.figures(), votes=dict(sorted(data.votes.items())), members=members,
                            objections=objections, explanation=" ".join(data.explanation.split()),
                            reason=" ".join(data.reason.split()), **times)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


_VOTES_FIELD = QT_TRANSLATE_NOOP("CountRecord", "Votes of the candidate with ballot number")


def _votes_label(number: int) -> Term:
    """The field named in an error about one candidate's votes (the number is in the value shown)."""
    return _VOTES_FIELD


class FailedChecks(Term):
    """Failed checks as one error parameter, each sentence with its figures in the reader's language."""

    checks: tuple[FailedCheck, ...]

    def __new__(cls, checks: Sequence[FailedCheck]) -> FailedChecks:
        items = tuple(checks)
        joined = super().__new__(cls, " ".join(c.describe() for c in items), "Reconciliation")
        joined.checks = items
        return joined

    def __reduce__(self):
        return (FailedChecks, (self.checks,))

    def translated(self, translate) -> str:
        return " ".join(c.describe(translate) for c in self.checks)


def require_explanation(failed: Sequence[FailedCheck], explanation: str) -> None:
    if failed and not explanation:
        raise ElectadminError(ErrorCode.RESULT_EXPLANATION_REQUIRED, checks=FailedChecks(failed))


# ---------------------------------------------------------------- reading


def _input_of(row: CountEntry | CountRecord, by_code: Mapping[str, int]) -> CountRecordInput:
    votes = {by_code[code]: v for code, v in (row.votes or {}).items() if code in by_code}
    return CountRecordInput(
        **{name: getattr(row, name) for name in FIGURES}, votes=votes, opened_at=row.opened_at,
        closed_at=row.closed_at, members=tuple(row.members or ()),
        objections=tuple(Objection(**o) for o in row.objections or ()), explanation=row.explanation)


def _latest_entries(session: Session, record_id: int) -> dict[int, CountEntry]:
    latest: dict[int, CountEntry] = {}
    for row in session.scalars(select(CountEntry).where(CountEntry.record_id == record_id)
                               .order_by(CountEntry.entry, CountEntry.attempt)):
        latest[row.entry] = row
    return latest


def _record_dto(session: Session, record: CountRecord, station: PollingStation, centre: PollingCentre,
                wilayat: Wilayat, candidates: Sequence[Candidate] | None = None) -> CountRecordDTO:
    candidates = candidates if candidates is not None else ballot_candidates(session, wilayat)
    by_code = {c.code: c.ballot_number for c in candidates}
    entries = _latest_entries(session, record.id)
    source_row: CountEntry | CountRecord = record if record.votes is not None else entries[1]
    data = _input_of(source_row, by_code)
    allowed = votes_allowed_in(session, wilayat)
    failed = check_record(data, allowed)
    status = RecordStatus(record.status)
    return CountRecordDTO(
        station_code=station.code, centre_code=centre.code, centre_ar=centre.name_ar, wilayat_code=wilayat.code,
        wilayat_ar=wilayat.name_ar, version=record.version, status=status, source=record.source,
        figures=figures_of(data, allowed),
        votes=tuple(CandidateVotes(c.ballot_number, c.code, c.name_ar, c.gender, data.votes.get(c.ballot_number))
                    for c in candidates),
        opened_at=data.opened_at, closed_at=data.closed_at, members=data.members, objections=data.objections,
        explanation=data.explanation, reconciles=not failed, failed=failed, reason=record.reason,
        created_by=record.created_by, created_at=record.created_at, matched_at=record.matched_at,
        entries=len(entries), entered_by=tuple(entries[k].entered_by for k in sorted(entries)))


def version_dto(session: Session, record: CountRecord) -> CountRecordDTO:
    """The DTO of one stored version, inside the caller's transaction (e.g. a printed record's check)."""
    station, centre, wilayat = session.execute(
        select(PollingStation, PollingCentre, Wilayat).join(PollingCentre, PollingStation.centre_id == PollingCentre.id)
        .join(Wilayat, PollingCentre.wilayat_id == Wilayat.id).where(PollingStation.id == record.station_id)).one()
    return _record_dto(session, record, station, centre, wilayat)


def station_ballot(store: Store, station_code: str) -> StationBallot:
    """What the entry form of *station_code* needs: constituency, seats, votes allowed, ballot, state."""
    with store.read() as session:
        station, centre, wilayat = station_row(session, station_code)
        candidates = ballot_candidates(session, wilayat)
        latest = latest_version(session, station.id)
        return StationBallot(
            station.code, centre.code, centre.name_ar, wilayat.code, wilayat.name_ar, wilayat.name_en,
            wilayat.seats, votes_allowed_in(session, wilayat),
            tuple(BallotLine(c.ballot_number, c.code, c.name_ar, c.name_latin, c.gender) for c in candidates),
            RecordStatus(latest.status) if latest else RecordStatus.MISSING, latest.version if latest else None)


def _version(session: Session, station: PollingStation, version: int | None) -> CountRecord:
    """The station's record *version*, or its latest; raises when there is none."""
    query = select(CountRecord).where(CountRecord.station_id == station.id)
    query = (query.where(CountRecord.version == version) if version is not None
             else query.order_by(CountRecord.version.desc()).limit(1))
    record = session.scalar(query)
    if record is None:
        raise ElectadminError(ErrorCode.RESULT_NO_RECORD, station=station.code)
    return record


def get_count_record(store: Store, station_code: str, version: int | None = None) -> CountRecordDTO:
    """The latest version of the station's count record (or *version*); raises when there is none."""
    with store.read() as session:
        station, centre, wilayat = station_row(session, station_code)
        record = _version(session, station, version)
        return _record_dto(session, record, station, centre, wilayat)


def record_history(store: Store, station_code: str) -> list[CountRecordDTO]:
    """Every version of the station's count record, oldest first: the history of each of its figures."""
    with store.read() as session:
        station, centre, wilayat = station_row(session, station_code)
        candidates = ballot_candidates(session, wilayat)
        return [_record_dto(session, r, station, centre, wilayat, candidates) for r in session.scalars(
            select(CountRecord).where(CountRecord.station_id == station.id).order_by(CountRecord.version))]


@dataclass(frozen=True, slots=True)
class FigureVersion:
    """One figure as a version of the count record gave it."""

    version: int
    status: RecordStatus
    value: int | None
    reason: str
    source: str
    created_by: str
    created_at: datetime


def figure_history(store: Store, station_code: str, key: str) -> list[FigureVersion]:
    """How one figure of a station (a name of :data:`FIGURES`, or ``votes:<ballot number>``) went
    through the versions of its count record, oldest first."""
    number = int(key.split(":", 1)[1]) if key.startswith("votes:") else None
    if number is None and key not in FIGURES:
        raise ValueError(f"not a figure of a count record: {key!r}")
    out = []
    for record in record_history(store, station_code):
        value = (next((v.votes for v in record.votes if v.ballot_number == number), None) if number is not None
                 else getattr(record.figures, key))
        out.append(FigureVersion(record.version, record.status, value, record.reason, record.source,
                                 record.created_by, record.created_at))
    return out


def list_stations(store: Store, wilayat_code: str) -> list[StationState]:
    """The stations of a wilayat, by centre and number, each with the state of its latest record."""
    with store.read() as session:
        wilayat = wilayat_row(session, wilayat_code)
        latest = (select(CountRecord.station_id, func.max(CountRecord.version).label("v"))
                  .where(CountRecord.wilayat_id == wilayat.id).group_by(CountRecord.station_id).subquery())
        records = {sid: (version, status, reconciles, source) for sid, version, status, reconciles, source in
                   session.execute(select(CountRecord.station_id, CountRecord.version, CountRecord.status,
                                          CountRecord.reconciles, CountRecord.source)
                                   .join(latest, (latest.c.station_id == CountRecord.station_id)
                                         & (latest.c.v == CountRecord.version)))}
        out = []
        for station, centre in session.execute(
                select(PollingStation, PollingCentre).join(PollingCentre, PollingStation.centre_id == PollingCentre.id)
                .where(PollingCentre.wilayat_id == wilayat.id).order_by(PollingCentre.code, PollingStation.number)):
            version, status, reconciles, source = records.get(station.id, (None, None, None, None))
            out.append(StationState(station.code, centre.code, centre.name_ar, station.number,
                                    RecordStatus(status) if status else RecordStatus.MISSING, version,
                                    reconciles, source))
        return out


# ---------------------------------------------------------------- writing


@requires(Permission.COUNT_ENTER)
def save_first_entry(store: Store, station_code: str, data: CountRecordInput) -> SaveOutcome:
    """The first clerk's entry. On a matched record it starts a correction (a new version; ``reason`` required)."""
    return _save_entry(store, station_code, 1, data)


@requires(Permission.COUNT_ENTER)
def save_second_entry(store: Store, station_code: str, data: CountRecordInput) -> SaveOutcome:
    """The second clerk's entry of the same paper record, compared field by field with the first."""
    return _save_entry(store, station_code, 2, data)


def compare_entries(store: Store, station_code: str, version: int | None = None) -> EntryComparison:
    """The two entries of the station's latest version (or *version*) compared field by field."""
    with store.read() as session:
        station, _centre, wilayat = station_row(session, station_code)
        record = _version(session, station, version)
        by_code = {c.code: c.ballot_number for c in ballot_candidates(session, wilayat)}
        return _comparison(station.code, record, _latest_entries(session, record.id), by_code)


def _comparison(code: str, record: CountRecord, entries: Mapping[int, CountEntry],
                by_code: Mapping[str, int]) -> EntryComparison:
    if 1 not in entries or 2 not in entries:
        return EntryComparison(code, record.version, False, (), entries[1].entered_by if 1 in entries else "")
    mismatches = compare_inputs(_input_of(entries[1], by_code), _input_of(entries[2], by_code))
    return EntryComparison(code, record.version, True, mismatches, entries[1].entered_by, entries[2].entered_by)


def _save_entry(store: Store, station_code: str, entry: int, data: CountRecordInput) -> SaveOutcome:
    with store.write() as session:
        check_entry_phase(session)
        station, centre, wilayat = station_row(session, station_code)
        require(store, Permission.COUNT_ENTER, centre=centre.code)
        refuse_if_certified(session, wilayat)
        candidates = ballot_candidates(session, wilayat)
        clean = clean_input(data, candidates, station.code, wilayat)
        failed = check_record(clean, votes_allowed_in(session, wilayat))
        require_explanation(failed, clean.explanation)
        actor = str(session.info.get("actor", "system"))
        now = utcnow()
        record = latest_version(session, station.id)
        if entry == 1 and (record is None or RecordStatus(record.status).counts):
            if record is not None and not clean.reason:
                raise ElectadminError(ErrorCode.RESULT_REASON_REQUIRED, action=_CORRECTION)
            record = CountRecord(station_id=station.id, wilayat_id=wilayat.id,
                                 version=1 if record is None else record.version + 1,
                                 status=RecordStatus.AWAITING_SECOND.value, source="entry",
                                 reason=clean.reason if record is not None else "", votes=None,
                                 members=[], objections=[], failed_checks=[], created_by=actor, created_at=now)
            session.add(record)
            session.flush()
        elif entry == 2 and (record is None or RecordStatus(record.status).counts):
            raise ElectadminError(ErrorCode.RESULT_NO_FIRST_ENTRY, station=station.code)
        entries = _latest_entries(session, record.id)
        other = entries.get(2 if entry == 1 else 1)
        if other is not None and other.entered_by == actor and actor != "system":
            raise ElectadminError(ErrorCode.RESULT_SAME_CLERK, clerk=actor)
        by_number = {c.ballot_number: c for c in candidates}
        row = CountEntry(
            record_id=record.id, entry=entry, attempt=(entries[entry].attempt + 1) if entry in entries else 1,
            votes={by_number[n].code: v for n, v in clean.votes.items()}, opened_at=clean.opened_at,
            closed_at=clean.closed_at, members=list(clean.members),
            objections=[_objection_dict(o) for o in clean.objections], explanation=clean.explanation,
            failed_checks=[f.code.value for f in failed], entered_by=actor, entered_at=now,
            **clean.figures())
        session.add(row)
        session.flush()
        entries[entry] = row
        by_code = {c.code: c.ballot_number for c in candidates}
        comparison = _comparison(station.code, record, entries, by_code)
        audit.record(session, EventType.COUNT_ENTRY_SAVED, "station", station.code, after={
            "version": record.version, "entry": entry, "attempt": row.attempt, **clean.figures(),
            "votes": dict(row.votes), "reconciles": not failed, "failed": row.failed_checks,
            "explanation": clean.explanation, "reason": record.reason})
        if comparison.matched:
            _match(session, record, entries, candidates)
            audit.record(session, EventType.COUNT_RECORD_MATCHED, "station", station.code,
                         after={"version": record.version, "first_by": comparison.first_by,
                                "second_by": comparison.second_by, "reconciles": bool(record.reconciles)})
        elif comparison.compared:
            record.status = RecordStatus.MISMATCH.value
            audit.record(session, EventType.COUNT_RECORD_MISMATCHED, "station", station.code,
                         after={"version": record.version,
                                "fields": [m.key for m in comparison.mismatches]})
        session.flush()
        return SaveOutcome(_record_dto(session, record, station, centre, wilayat, candidates), comparison)


def _objection_dict(o: Objection) -> dict[str, str]:
    return {f.name: getattr(o, f.name) for f in fields(o)}


def _match(session: Session, record: CountRecord, entries: Mapping[int, CountEntry],
           candidates: Sequence[Candidate]) -> None:
    first, second = entries[1], entries[2]
    for name in FIGURES:
        setattr(record, name, getattr(first, name))
    record.votes = dict(first.votes)
    record.opened_at, record.closed_at = first.opened_at, first.closed_at
    record.members = list(first.members or second.members)
    record.objections = list(first.objections or second.objections)
    record.explanation = first.explanation or second.explanation
    record.failed_checks = list(first.failed_checks)
    record.reconciles = not first.failed_checks
    record.status = RecordStatus.MATCHED.value
    record.matched_at = utcnow()
    session.flush()
    by_code = {c.code: c.id for c in candidates}
    count_matched(session, record, {by_code[code]: v for code, v in record.votes.items()})
