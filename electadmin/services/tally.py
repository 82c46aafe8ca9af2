"""Consolidated results: constituency (wilayat), governorate and national, from bulk SQL.

What the screens and reports call:

* :func:`constituency_result` — one wilayat's :class:`ConstituencyResult`: stations reported out of
  expected (and which are missing), turnout overall and by gender, valid/invalid/blank, and per
  candidate (ballot order kept in ``ballot_number``) the votes, share, rank, standing and winner
  flag, with the tie for the last seat (``tie``) or the draw that settled it (``draw``), and the
  status provisional → complete → certified.
* :func:`constituency_results` — every wilayat (or those of one governorate) at once.
* :func:`governorate_results` — :class:`AreaResult` per governorate.
* :func:`national_summary` — :class:`NationalSummary`: seats decided and awaiting a draw, turnout,
  women candidates and winners, status counts, the governorates and every constituency.

Only matched count records count (``station_result`` / ``station_vote``, see the models). The whole
country is read with five GROUP BY queries whatever its size, never one object per row; the
winners come from :func:`electadmin.domain.seats.allocate_seats` and, for a tie crossing the last
seat, the recorded draw (:func:`electadmin.domain.seats.apply_draw`) whose group is that tie. A
share is a candidate's votes over all votes for the constituency's candidates (with several votes
per voter it is a share of the marks, not of the voters).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from electadmin.domain.candidacy import CandidateStatus
from electadmin.domain.draw import Draw, DrawMethod
from electadmin.domain.reconciliation import FIGURES
from electadmin.domain.seats import SeatOutcome, Standing, Tie, allocate_seats, apply_draw
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term
from electadmin.services.election import current_definition, election_row
from electadmin.services.candidates import wilayat_row
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import (
    Candidate,
    CountRecord,
    Governorate,
    PollingCentre,
    PollingStation,
    ResultCertification,
    ResultReopening,
    StationResult,
    StationVote,
    TieDraw,
    Wilayat,
)


class ResultStatus(StrEnum):
    PROVISIONAL = "provisional"
    COMPLETE = "complete"
    CERTIFIED = "certified"

    @property
    def label(self) -> Term:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ResultStatus.PROVISIONAL: QT_TRANSLATE_NOOP("Terms", "Provisional"),
    ResultStatus.COMPLETE: QT_TRANSLATE_NOOP("Terms", "Complete"),
    ResultStatus.CERTIFIED: QT_TRANSLATE_NOOP("Terms", "Certified"),
}


@dataclass(frozen=True, slots=True)
class Turnout:
    """Registered voters and voters who voted (``None`` where no reported station wrote the figure)."""

    registered_men: int | None = None
    registered_women: int | None = None
    registered: int | None = None
    voted_men: int | None = None
    voted_women: int | None = None
    voted: int | None = None

    @staticmethod
    def _rate(voted: int | None, registered: int | None) -> float | None:
        return None if not registered or voted is None else voted / registered

    @property
    def rate(self) -> float | None:
        return self._rate(self.voted, self.registered)

    @property
    def men_rate(self) -> float | None:
        return self._rate(self.voted_men, self.registered_men)

    @property
    def women_rate(self) -> float | None:
        return self._rate(self.voted_women, self.registered_women)

    def __add__(self, other: Turnout) -> Turnout:
        def add(a: int | None, b: int | None) -> int | None:
            return None if a is None and b is None else (a or 0) + (b or 0)
        return Turnout(*(add(getattr(self, n), getattr(other, n)) for n in _TURNOUT))


_TURNOUT = ("registered_men", "registered_women", "registered", "voted_men", "voted_women", "voted")


@dataclass(frozen=True, slots=True)
class CandidateResult:
    ballot_number: int
    code: str
    name_ar: str
    name_latin: str
    gender: str
    votes: int
    share: float
    rank: int
    position: int
    standing: Standing
    by_draw: bool

    @property
    def elected(self) -> bool:
        return self.standing is Standing.ELECTED


@dataclass(frozen=True, slots=True)
class DrawDTO:
    method: DrawMethod
    tied: tuple[str, ...]
    order: tuple[str, ...]
    votes: int
    seats: int
    drawn_by: str
    witnesses: tuple[str, ...]
    drawn_at: datetime
    seed: str | None
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class ConstituencyResult:
    """A wilayat's result; ``candidates`` are ranked (``position``), ``elected`` lists the winner codes."""

    wilayat_code: str
    wilayat_ar: str
    wilayat_en: str
    governorate_code: str
    governorate_ar: str
    seats: int
    votes_allowed: int
    status: ResultStatus
    stations_expected: int
    stations_reported: int
    missing_stations: tuple[str, ...]
    not_reconciled: int
    turnout: Turnout
    valid: int
    invalid: int
    blank: int
    candidates: tuple[CandidateResult, ...]
    elected: tuple[str, ...]
    tie: Tie | None
    draw: DrawDTO | None
    vacant: int
    certified_at: datetime | None
    certification_version: int | None

    @property
    def needs_draw(self) -> bool:
        return self.tie is not None

    @property
    def candidate_votes(self) -> int:
        return sum(c.votes for c in self.candidates)

    @property
    def women_candidates(self) -> int:
        return sum(1 for c in self.candidates if c.gender == "F")

    @property
    def women_elected(self) -> int:
        return sum(1 for c in self.candidates if c.elected and c.gender == "F")


@dataclass(frozen=True, slots=True)
class AreaResult:
    """A governorate's (or the country's) figures, summed over its constituencies."""

    code: str
    name_ar: str
    name_en: str
    constituencies: int
    seats: int
    seats_decided: int
    stations_expected: int
    stations_reported: int
    turnout: Turnout
    valid: int
    invalid: int
    blank: int
    candidates: int
    women_candidates: int
    elected: int
    women_elected: int
    by_status: dict[ResultStatus, int]


@dataclass(frozen=True, slots=True)
class NationalSummary:
    election_ar: str
    election_en: str
    is_demo: bool
    generated_at: datetime
    total: AreaResult
    seats_awaiting_draw: int
    governorates: tuple[AreaResult, ...]
    constituencies: tuple[ConstituencyResult, ...]

    @property
    def status(self) -> ResultStatus:
        """The country's status: certified when every constituency is, complete when all are, else provisional."""
        statuses = {c.status for c in self.constituencies}
        if statuses == {ResultStatus.CERTIFIED}:
            return ResultStatus.CERTIFIED
        if statuses <= {ResultStatus.CERTIFIED, ResultStatus.COMPLETE} and statuses:
            return ResultStatus.COMPLETE
        return ResultStatus.PROVISIONAL


# ---------------------------------------------------------------- computing


def draw_dto(row: TieDraw) -> DrawDTO:
    return DrawDTO(DrawMethod(row.method), tuple(row.tied), tuple(row.drawn_order), row.votes, row.seats,
                   row.drawn_by, tuple(row.witnesses), row.drawn_at, row.seed, row.recorded_by, row.recorded_at)


def _as_draw(d: DrawDTO) -> Draw:
    return Draw(d.method, d.tied, d.order, d.drawn_by, d.witnesses, d.drawn_at, d.seed)


def settle(seats: int, votes: dict[str, int], draws: Sequence[DrawDTO]) -> tuple[SeatOutcome, DrawDTO | None]:
    """The seat outcome of *votes*, settled by the latest of *draws* made for exactly its tie."""
    outcome = allocate_seats(seats, votes)
    if outcome.tie is None:
        return outcome, None
    for d in sorted(draws, key=lambda d: d.recorded_at, reverse=True):
        if tuple(sorted(d.tied)) == outcome.tie.candidates and d.votes == outcome.tie.votes:
            return apply_draw(outcome, _as_draw(d)), d
    return outcome, None


def compute_results(session: Session, wilayat_ids: Iterable[int] | None = None) -> list[ConstituencyResult]:
    """The results of the given wilayats (all when ``None``), in their order, from bulk queries."""
    definition = current_definition(session)
    query = (select(Wilayat, Governorate).join(Governorate, Wilayat.governorate_id == Governorate.id)
             .order_by(Governorate.position, Governorate.code, Wilayat.position, Wilayat.code))
    wanted = None if wilayat_ids is None else set(wilayat_ids)
    if wanted is not None:
        query = query.where(Wilayat.id.in_(wanted))
    places = list(session.execute(query))

    def scoped(q, column):
        return q if wanted is None else q.where(column.in_(wanted))

    expected = dict(session.execute(scoped(
        select(PollingCentre.wilayat_id, func.count(PollingStation.id))
        .join(PollingStation, PollingStation.centre_id == PollingCentre.id)
        .group_by(PollingCentre.wilayat_id), PollingCentre.wilayat_id)).all())
    registered = func.coalesce(StationResult.registered_total,
                               StationResult.registered_men + StationResult.registered_women)
    voted = func.coalesce(StationResult.voted_total, StationResult.voted_men + StationResult.voted_women)
    sums = {row[0]: row[1:] for row in session.execute(scoped(
        select(StationResult.wilayat_id, func.count(), func.sum(case((StationResult.reconciles, 0), else_=1)),
               func.sum(StationResult.registered_men), func.sum(StationResult.registered_women), func.sum(registered),
               func.sum(StationResult.voted_men), func.sum(StationResult.voted_women), func.sum(voted),
               func.sum(StationResult.valid), func.sum(StationResult.invalid), func.sum(StationResult.blank))
        .group_by(StationResult.wilayat_id), StationResult.wilayat_id))}
    votes: dict[int, dict[int, int]] = {}
    for wid, cid, total in session.execute(scoped(
            select(StationVote.wilayat_id, StationVote.candidate_id, func.sum(StationVote.votes))
            .group_by(StationVote.wilayat_id, StationVote.candidate_id), StationVote.wilayat_id)):
        votes.setdefault(wid, {})[cid] = int(total)
    candidates: dict[int, list[Any]] = {}
    for c in session.execute(scoped(select(
            Candidate.id, Candidate.code, Candidate.wilayat_id, Candidate.ballot_number, Candidate.name_ar,
            Candidate.name_latin, Candidate.gender).where(Candidate.status == CandidateStatus.ACCEPTED.value)
            .order_by(Candidate.ballot_number), Candidate.wilayat_id)):
        candidates.setdefault(c.wilayat_id, []).append(c)
    missing: dict[int, list[str]] = {}
    for wid, code in session.execute(scoped(
            select(PollingCentre.wilayat_id, PollingStation.code)
            .join(PollingStation, PollingStation.centre_id == PollingCentre.id)
            .outerjoin(StationResult, StationResult.station_id == PollingStation.id)
            .where(StationResult.station_id.is_(None)).order_by(PollingStation.code), PollingCentre.wilayat_id)):
        missing.setdefault(wid, []).append(code)
    draws: dict[int, list[DrawDTO]] = {}
    for row in session.scalars(scoped(select(TieDraw).order_by(TieDraw.id), TieDraw.wilayat_id)):
        draws.setdefault(row.wilayat_id, []).append(draw_dto(row))
    certified: dict[int, ResultCertification] = {}
    for row in session.scalars(scoped(
            select(ResultCertification).outerjoin(ResultReopening,
                                                  ResultReopening.certification_id == ResultCertification.id)
            .where(ResultReopening.id.is_(None)).order_by(ResultCertification.version), ResultCertification.wilayat_id)):
        certified[row.wilayat_id] = row

    results = []
    for wilayat, governorate in places:
        s = sums.get(wilayat.id)
        reported = int(s[0]) if s else 0
        mine = candidates.get(wilayat.id, [])
        totals = votes.get(wilayat.id, {})
        by_code = {c.code: totals.get(c.id, 0) for c in mine}
        n_expected = int(expected.get(wilayat.id, 0))
        cert = certified.get(wilayat.id)
        status = (ResultStatus.CERTIFIED if cert is not None
                  else ResultStatus.COMPLETE if n_expected and reported == n_expected else ResultStatus.PROVISIONAL)
        lines: tuple[CandidateResult, ...] = ()
        elected: tuple[str, ...] = ()
        tie, draw, vacant = None, None, 0
        if mine:
            outcome, draw = settle(wilayat.seats, by_code, draws.get(wilayat.id, ()))
            info = {c.code: c for c in mine}
            cast = sum(by_code.values())
            lines = tuple(CandidateResult(
                info[r.key].ballot_number or 0, r.key, info[r.key].name_ar, info[r.key].name_latin,
                info[r.key].gender, r.votes, (r.votes / cast) if cast else 0.0, r.rank, r.position, r.standing,
                r.by_draw) for r in outcome.ranking)
            elected, tie, vacant = outcome.elected, outcome.tie, outcome.vacant
        else:
            vacant = wilayat.seats

        def figure(i: int) -> int | None:
            return None if not s or s[i] is None else int(s[i])

        results.append(ConstituencyResult(
            wilayat.code, wilayat.name_ar, wilayat.name_en, governorate.code, governorate.name_ar, wilayat.seats,
            definition.rules.votes_allowed(wilayat.seats), status, n_expected, reported,
            tuple(missing.get(wilayat.id, ())), figure(1) or 0,
            Turnout(figure(2), figure(3), figure(4), figure(5), figure(6), figure(7)),
            figure(8) or 0, figure(9) or 0, figure(10) or 0, lines, tuple(elected), tie, draw, vacant,
            cert.certified_at if cert else None, cert.version if cert else None))
    return results


def _area(code: str, name_ar: str, name_en: str, items: Sequence[ConstituencyResult]) -> AreaResult:
    turnout = Turnout()
    for c in items:
        turnout = turnout + c.turnout
    by_status = {s: 0 for s in ResultStatus}
    for c in items:
        by_status[c.status] += 1
    return AreaResult(
        code, name_ar, name_en, len(items), sum(c.seats for c in items),
        sum(len(c.elected) for c in items), sum(c.stations_expected for c in items),
        sum(c.stations_reported for c in items), turnout, sum(c.valid for c in items),
        sum(c.invalid for c in items), sum(c.blank for c in items), sum(len(c.candidates) for c in items),
        sum(c.women_candidates for c in items), sum(len(c.elected) for c in items),
        sum(c.women_elected for c in items), by_status)


def group_by_governorate(session: Session, results: Sequence[ConstituencyResult]) -> list[AreaResult]:
    names = {g.code: g for g in session.scalars(select(Governorate))}
    groups: dict[str, list[ConstituencyResult]] = {}
    for c in results:
        groups.setdefault(c.governorate_code, []).append(c)
    return [_area(code, names[code].name_ar, names[code].name_en, items) for code, items in groups.items()]


# ---------------------------------------------------------------- the service functions


def constituency_result(store: Store, wilayat_code: str) -> ConstituencyResult:
    with store.read() as session:
        return compute_results(session, [wilayat_row(session, wilayat_code).id])[0]


def constituency_results(store: Store, governorate_code: str | None = None) -> list[ConstituencyResult]:
    with store.read() as session:
        ids = None
        if governorate_code:
            ids = list(session.scalars(select(Wilayat.id).join(Governorate, Wilayat.governorate_id == Governorate.id)
                                       .where(Governorate.code == governorate_code.strip().upper())))
        return compute_results(session, ids)


def governorate_results(store: Store) -> list[AreaResult]:
    with store.read() as session:
        return group_by_governorate(session, compute_results(session))


def national_summary(store: Store) -> NationalSummary:
    """The whole country recounted from the stations' matched records."""
    with store.read() as session:
        election = election_row(session)
        results = compute_results(session)
        return NationalSummary(
            election.name_ar, election.name_en, election.is_demo, utcnow(),
            _area("", "", "", results), sum(c.tie.seats for c in results if c.tie is not None),
            tuple(group_by_governorate(session, results)), tuple(results))


def pending_records(session: Session, wilayat_id: int) -> int:
    """Stations of the wilayat whose latest count record version is not matched yet."""
    latest = (select(CountRecord.station_id, func.max(CountRecord.version).label("v"))
              .where(CountRecord.wilayat_id == wilayat_id).group_by(CountRecord.station_id).subquery())
    return int(session.scalar(select(func.count()).select_from(CountRecord).join(
        latest, and_(latest.c.station_id == CountRecord.station_id, latest.c.v == CountRecord.version))
        .where(CountRecord.status.in_(("awaiting_second", "mismatch")))) or 0)


__all__ = ["FIGURES", "AreaResult", "CandidateResult", "ConstituencyResult", "DrawDTO", "NationalSummary",
           "ResultStatus", "Turnout", "constituency_result", "constituency_results", "governorate_results",
           "national_summary"]
