"""The printed results documents, from the stored results: a thin mapping onto the reports' inputs.

The reports (:mod:`electadmin.reports.count_record`, ``consolidated_record``, ``national_summary``)
are pure functions of their own plain data; this module reads the count records and results through
the results services, maps them onto that data, prints, writes the file atomically and audits the
export. The command line's ``results export --format pdf`` and the window call these functions (the
window through its task runner: each is a generator yielding progress).

A document says CERTIFIED only when what it shows is certified (the station's record, the wilayat's
result, every constituency), PROVISIONAL otherwise. A count record and a consolidated record print
on every page the short hash and QR code of their canonical content (for a certified result: what
the committee signed), which :func:`electadmin.services.record_check.check_printed_record` finds
again; the national summary prints the first 16 hex digits of the SHA-256 of its figures.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import replace
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from electadmin.domain.audit import EventType
from electadmin.domain.progress import Progress, Work
from electadmin.domain.reconciliation import CountFigures
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.domain.roles import Permission
from electadmin.integrity.canonical import sha256_hex
from electadmin.reports import consolidated_record as consolidated
from electadmin.reports import count_record
from electadmin.reports import national_summary as national
from electadmin.reports.document import DocumentStatus
from electadmin.integrity.record_hash import COUNT_RECORD, RESULT
from electadmin.reports.results_parts import DrawRecord, PrintedCheck
from electadmin.reports.text import Digits
from electadmin.services import audit
from electadmin.services.count_record import CountRecordDTO, RecordStatus, get_count_record, list_stations
from electadmin.services.election import election_row
from electadmin.services.printing import print_pdf
from electadmin.integrity.signing import short_fingerprint
from electadmin.services.record_check import (
    certification_signers, consolidated_sha256, count_record_sha256, printed_check_of,
)
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.services.tally import ConstituencyResult, ResultStatus, constituency_result, national_summary

__all__ = ["Digits", "consolidated_report", "count_record_report", "national_report", "write_consolidated_pdf",
           "write_count_record_pdf", "write_national_summary_pdf"]

STEP_PRINTING = QT_TRANSLATE_NOOP("Progress", "Printing the results")

_STATES = {
    RecordStatus.MISSING: "missing", RecordStatus.AWAITING_SECOND: "entered", RecordStatus.MISMATCH: "entered",
    RecordStatus.MATCHED: "matched", RecordStatus.CERTIFIED: "certified",
}
_ENTRY_STATES = {
    RecordStatus.AWAITING_SECOND: "أُدخل مرة واحدة: بانتظار الإدخال الثاني",
    RecordStatus.MISMATCH: "يختلف الإدخالان: لا يُحتسب حتى يتطابقا",
    RecordStatus.MATCHED: "تطابق الإدخالان",
    RecordStatus.CERTIFIED: "معتمد",
}


def short_hash(value: object) -> str:
    return sha256_hex(value)[:16]


def _time(text: str) -> time | None:
    try:
        return time.fromisoformat(text) if text else None
    except ValueError:
        return None


def count_record_report(record: CountRecordDTO, governorate_ar: str, election_name_ar: str,
                        polling_date) -> count_record.CountRecordReport:
    """The printed count record of one stored version."""
    votes = {v.code: v.votes or 0 for v in record.votes}
    figures = CountFigures(**{name: getattr(record.figures, name) for name in (
        "registered_men", "registered_women", "registered_total", "voted_men", "voted_women", "voted_total",
        "ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found", "valid",
        "invalid", "blank")}, candidate_votes=votes, votes_allowed=record.figures.votes_allowed)
    return count_record.CountRecordReport(
        election_name_ar, governorate_ar, record.wilayat_code, record.wilayat_ar, record.centre_code,
        record.centre_ar, record.station_code, polling_date, figures,
        tuple(count_record.RecordCandidate(v.code, v.ballot_number, v.name_ar, v.votes or 0) for v in record.votes),
        _time(record.opened_at), _time(record.closed_at),
        objections=tuple(count_record.RecordObjection(
            " — ".join(x for x in (o.agent, o.candidate) if x), o.text, o.decision) for o in record.objections),
        members=record.members, explanation=record.explanation, version=record.version,
        entry_state=_ENTRY_STATES.get(record.status, ""))


def _now(store: Store) -> tuple[str, str, bool, object, datetime]:
    with store.read() as session:
        e = election_row(session)
        now = datetime.now(ZoneInfo(e.timezone)).replace(second=0, microsecond=0, tzinfo=None)
        return e.name_ar, e.name_en, e.is_demo, e.polling_date, now


def _uid(store: Store) -> str:
    with store.read() as session:
        return election_row(session).uid


def _zone(store: Store) -> ZoneInfo:
    with store.read() as session:
        return ZoneInfo(election_row(session).timezone)


def _print(work: Work[bytes], path: str | Path, store: Store, what: str, key: str) -> Generator[Progress, None, int]:
    target = yield from print_pdf(work, path, STEP_PRINTING)
    with store.write() as session:
        audit.record(session, EventType.RESULTS_EXPORTED, "results", target.name,
                     after={"format": "pdf", "document": what, "of": key})
    return target.stat().st_size


@requires(Permission.DATA_EXPORT)
def write_count_record_pdf(store: Store, station_code: str, path: str | Path, version: int | None = None,
                           digits: Digits = Digits.WESTERN) -> Work[int]:
    """Print a station's count record (its latest version, or *version*) to *path*; returns the size."""
    yield Progress(0, 1, STEP_PRINTING)
    return (yield from _print(count_record_pdf(store, station_code, version, digits), path, store, "count_record",
                              station_code))


def count_record_pdf(store: Store, station_code: str, version: int | None = None,
                     digits: Digits = Digits.WESTERN) -> Work[bytes]:
    """The PDF of a station's count record (latest version, or *version*), not written anywhere
    (a result package carries it as one of its files)."""
    record = get_count_record(store, station_code, version)
    result = constituency_result(store, record.wilayat_code)
    name_ar, name_en, is_demo, polling_date, now = _now(store)
    uid = _uid(store)
    short, qr_text = printed_check_of(uid, COUNT_RECORD, record.station_code, record.version,
                                      count_record_sha256(uid, record))
    report = replace(count_record_report(record, result.governorate_ar, name_ar, polling_date),
                     check=PrintedCheck(short, qr_text))
    status = DocumentStatus.CERTIFIED if record.status is RecordStatus.CERTIFIED else DocumentStatus.PROVISIONAL
    header = count_record.document_header(report, election_name_en=name_en, generated_at=now, is_demo=is_demo,
                                          status=status, content_hash=short, digits=digits)
    return (yield from count_record.count_record_work(header, report))


def _draw(result: ConstituencyResult, zone: ZoneInfo) -> DrawRecord | None:
    d = result.draw
    if d is None:
        return None
    names = {c.code: c.name_ar for c in result.candidates}
    return DrawRecord(d.method.value, tuple(names.get(k, k) for k in d.tied), d.votes, d.seats,
                      tuple(names.get(k, k) for k in d.order), d.drawn_by, d.witnesses,
                      d.drawn_at.astimezone(zone).replace(tzinfo=None), d.seed)


def consolidated_report(store: Store, result: ConstituencyResult,
                        election_name_ar: str) -> consolidated.ConsolidatedReport:
    """The consolidated record of a wilayat: its result and each station's counted record."""
    lines = []
    for state in list_stations(store, result.wilayat_code):
        if state.status.counts:
            record = get_count_record(store, state.station_code, state.version)
            lines.append(consolidated.StationLine(
                state.station_code, state.centre_ar, _STATES[state.status], record.figures.voted,
                record.figures.valid, {v.code: v.votes or 0 for v in record.votes}, record.reconciles))
        else:
            lines.append(consolidated.StationLine(state.station_code, state.centre_ar, _STATES[state.status],
                                                  reconciled=state.reconciles is not False))
    t = result.turnout
    totals = CountFigures(registered_men=t.registered_men, registered_women=t.registered_women,
                          registered_total=t.registered, voted_men=t.voted_men, voted_women=t.voted_women,
                          voted_total=t.voted, valid=result.valid, invalid=result.invalid, blank=result.blank)
    candidates = sorted(result.candidates, key=lambda c: c.ballot_number)
    return consolidated.ConsolidatedReport(
        election_name_ar, result.governorate_ar, result.wilayat_code, result.wilayat_ar, result.seats, totals,
        tuple(lines), tuple(consolidated.ConsolidatedCandidate(c.code, c.ballot_number, c.name_ar, c.votes, c.rank,
                                                               c.standing.value, c.by_draw) for c in candidates),
        winners=result.elected, draw=_draw(result, _zone(store)),
        tied=result.tie.candidates if result.tie is not None else (), vacant=result.vacant)


@requires(Permission.DATA_EXPORT)
def write_consolidated_pdf(store: Store, wilayat_code: str, path: str | Path,
                           digits: Digits = Digits.WESTERN) -> Work[int]:
    """Print a wilayat's consolidated record to *path*; returns the size."""
    yield Progress(0, 1, STEP_PRINTING)
    return (yield from _print(consolidated_pdf(store, wilayat_code, digits), path, store, "consolidated",
                              wilayat_code))


def consolidated_pdf(store: Store, wilayat_code: str, digits: Digits = Digits.WESTERN) -> Work[bytes]:
    """The PDF of a wilayat's consolidated record, not written anywhere (see :func:`count_record_pdf`)."""
    result = constituency_result(store, wilayat_code)
    name_ar, name_en, is_demo, _, now = _now(store)
    with store.read() as session:
        uid = election_row(session).uid
        digest, version = consolidated_sha256(session, result)
        signers = certification_signers(session, result)
    short, qr_text = printed_check_of(uid, RESULT, result.wilayat_code, version, digest)
    report = replace(consolidated_report(store, result, name_ar), check=PrintedCheck(short, qr_text),
                     signed_by=tuple((name, short_fingerprint(fp)) for name, fp in signers))
    status = DocumentStatus.CERTIFIED if result.status is ResultStatus.CERTIFIED else DocumentStatus.PROVISIONAL
    header = consolidated.document_header(report, election_name_en=name_en, generated_at=now, is_demo=is_demo,
                                          status=status, content_hash=short, digits=digits)
    return (yield from consolidated.consolidated_work(header, report))


def national_report(results, election_name_ar: str) -> national.NationalSummaryReport:
    """The national summary's data from every constituency's result."""
    wilayats = []
    for r in results:
        status = "needs_draw" if r.needs_draw else r.status.value
        t = r.turnout
        winners = {c.code: c for c in r.candidates}
        wilayats.append(national.WilayatSummary(
            r.governorate_code, r.governorate_ar, r.wilayat_code, r.wilayat_ar, r.seats, status,
            r.stations_reported, r.stations_expected, t.registered_men or 0, t.registered_women or 0,
            t.voted_men or 0, t.voted_women or 0, len(r.candidates), r.women_candidates,
            tuple(national.Winner(winners[k].name_ar, winners[k].votes, winners[k].gender == "F")
                  for k in r.elected if k in winners)))
    return national.NationalSummaryReport(election_name_ar, tuple(wilayats))


@requires(Permission.DATA_EXPORT)
def write_national_summary_pdf(store: Store, path: str | Path, digits: Digits = Digits.WESTERN) -> Work[int]:
    """Print the national summary to *path*; returns the size."""
    yield Progress(0, 1, STEP_PRINTING)
    summary = national_summary(store)
    name_ar, name_en, is_demo, _, now = _now(store)
    report = national_report(summary.constituencies, name_ar)
    status = DocumentStatus.CERTIFIED if summary.status is ResultStatus.CERTIFIED else DocumentStatus.PROVISIONAL
    content = short_hash({c.wilayat_code: {x.code: x.votes for x in c.candidates} for c in summary.constituencies})
    header = national.document_header(report, election_name_en=name_en, generated_at=now, is_demo=is_demo,
                                      status=status, content_hash=content, digits=digits)
    return (yield from _print(national.national_summary_work(header, report), path, store, "national", "all"))
