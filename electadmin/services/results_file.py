"""Station results from a file (another counting system, an e-voting export): XLSX or CSV.

Format (headers in English or Arabic; column order free; ``*`` = required; other columns ignored):

=================  ==================================================  =======================================
column             headers accepted (English / Arabic)                 value
=================  ==================================================  =======================================
station*           Station code / رمز اللجنة / رمز المحطة                a polling station's code, e.g. ``MA01-C01-1``
ballot_number      Ballot number / رقم المرشح / الرقم في ورقة الاقتراع    the candidate's number on that ballot
civil_number       Civil number / الرقم المدني                          the candidate's civil number (instead of
                                                                       the ballot number: one of the two is required)
votes*             Votes / الأصوات / عدد الأصوات                         whole number 0 to 10,000,000 (either digits)
registered_men     Registered voters, men / الناخبون المسجلون ذكور      optional ballot accounting of the station:
registered_women   … (every figure of the count record, by its          the same figure on every row of the station
registered_total   English label or its key)                           (rows of one station must agree), blank when
voted_men …                                                            not known
valid, invalid,
blank
explanation        Explanation / تفسير الفروق                            required when the figures do not reconcile
=================  ==================================================  =======================================

The figure columns are ``registered_men``, ``registered_women``, ``registered_total``, ``voted_men``,
``voted_women``, ``voted_total``, ``ballots_received``, ``ballots_used``, ``ballots_spoiled``,
``ballots_unused``, ``ballots_found``, ``valid``, ``invalid``, ``blank``.

One row per station and candidate; a station in the file lists every candidate of its ballot
exactly once. Each station's figures are reconciled (:mod:`electadmin.domain.reconciliation`): a
station that does not reconcile needs an ``explanation``. Bad rows are reported with their row,
column and reason (:class:`FileRejected`, every problem, not the first) and a rejected file imports
nothing. A file is one source: a station imported from it counts at once (double entry is for
paper records typed by hand). Each station whose figures differ from what counts now gets a new
version of its count record (``source = import``, reason naming the file); a station whose figures
are already those changes nothing, so importing the same file twice changes nothing. Stations of a
certified constituency are refused.

The write is bulk SQL: a few statements whatever the number of rows, one audit entry listing the
stations and versions written.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from operator import itemgetter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, func, select
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import CandidateStatus
from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected, RowError
from electadmin.domain.progress import Progress, Work
from electadmin.domain.reconciliation import FIGURE_LABELS, FIGURES, CountFigures, reconcile
from electadmin.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from electadmin.domain.roles import Permission
from electadmin.interchange.columns import (
    CivilNumber,
    Column,
    Integer,
    Invalid,
    Problems,
    Row,
    Text,
    cell_error,
    match_headers,
)
from electadmin.interchange.tabular import read_table
from electadmin.services import audit
from electadmin.services.count_record import FIELD_LABELS, FailedChecks, check_entry_phase, record_content_sha256
from electadmin.services.election import current_definition, election_row
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import (
    Candidate,
    CountRecord,
    PollingCentre,
    PollingStation,
    ResultCertification,
    ResultReopening,
    StationResult,
    StationVote,
    Wilayat,
)

STEP_READING = QT_TRANSLATE_NOOP("Progress", "Reading the station results")
STEP_CHECKING = QT_TRANSLATE_NOOP("Progress", "Checking the station results")
STEP_WRITING = QT_TRANSLATE_NOOP("Progress", "Writing the station results")

_STATION = QT_TRANSLATE_NOOP("Fields", "Station code")
_BALLOT = QT_TRANSLATE_NOOP("Fields", "Ballot number")
_CIVIL = QT_TRANSLATE_NOOP("Fields", "Civil number")
_VOTES = QT_TRANSLATE_NOOP("Fields", "Votes")
_CANDIDATE = QT_TRANSLATE_NOOP("Fields", "Candidate")
_IMPORTED = "imported from {file}"

_FIGURE_ALIASES = {
    "registered_men": ("الناخبون المسجلون ذكور", "المسجلون ذكور"),
    "registered_women": ("الناخبون المسجلون إناث", "المسجلون إناث"),
    "registered_total": ("الناخبون المسجلون", "المسجلون", "registered"),
    "voted_men": ("المقترعون ذكور", "صوت ذكور"),
    "voted_women": ("المقترعون إناث", "صوت إناث"),
    "voted_total": ("المقترعون", "عدد المقترعين", "voted"),
    "ballots_received": ("الأوراق المستلمة",),
    "ballots_used": ("الأوراق المستخدمة",),
    "ballots_spoiled": ("الأوراق التالفة",),
    "ballots_unused": ("الأوراق غير المستخدمة",),
    "ballots_found": ("الأوراق في الصندوق", "الأوراق الموجودة في الصندوق"),
    "valid": ("الأوراق الصحيحة", "صحيحة"),
    "invalid": ("الأوراق الباطلة", "باطلة"),
    "blank": ("الأوراق البيضاء", "بيضاء"),
}

MAX_FIGURE = 10_000_000
"""The largest figure a station's record may hold (no station counts ten million; beyond it is a keying error)."""

COLUMNS: tuple[Column, ...] = (
    Column("station", _STATION, Text(required=True, max_length=24),
           ("رمز اللجنة", "رمز المحطة", "اللجنة", "station", "station code", "polling station")),
    Column("ballot_number", _BALLOT, Integer(required=False, minimum=1, maximum=999),
           ("رقم المرشح", "الرقم في ورقة الاقتراع", "ballot no", "number"), required=False),
    Column("civil_number", _CIVIL, CivilNumber(required=False), ("الرقم المدني", "civil no"), required=False),
    Column("votes", _VOTES, Integer(minimum=0, maximum=MAX_FIGURE), ("الأصوات", "عدد الأصوات", "votes")),
    *(Column(name, FIGURE_LABELS[name], Integer(required=False, minimum=0, maximum=MAX_FIGURE), _FIGURE_ALIASES[name],
             required=False)
      for name in FIGURES),
    Column("explanation", FIELD_LABELS["explanation"], Text(max_length=4000), ("تفسير الفروق", "تفسير", "note"),
           required=False),
)
_BY_KEY = {c.key: c for c in COLUMNS}
_STATION_FIELDS = (*FIGURES, "explanation")


@dataclass(frozen=True, slots=True)
class ResultsImportSummary:
    rows: int
    stations: int
    """Stations in the file."""
    written: int
    """Stations given a new version (the others already had exactly these figures)."""
    unchanged: int
    per_wilayat: dict[str, int]


@dataclass
class _Station:
    row: int
    figures: dict[str, Any]
    votes: dict[int, int]  # candidate id -> votes
    rows: dict[int, int]  # candidate id -> row number
    given: tuple[Any, ...] = ()  # the station's figures as the first row gave them


def _parse_rows(rows: Iterable[Row], mapping: dict[str, int]) -> Iterator[tuple[int, dict[str, Any], list]]:
    """Like :func:`~electadmin.interchange.columns.parse_rows`, with a fast path for the rows nearly
    every file holds: whole numbers written in ASCII digits and a plain code. Any other row goes through
    each column's own parser, so what is accepted and every error are exactly the parsers'.
    Yields (row number, values, errors)."""
    absent = {c.key: None for c in COLUMNS if c.key not in mapping}
    numbers = [c for c in COLUMNS if c.key in mapping and isinstance(c.parser, Integer)]
    others = [(c, mapping[c.key]) for c in COLUMNS if c.key in mapping and c not in numbers and c.key != "station"]
    number_keys = [c.key for c in numbers]
    number_cells = itemgetter(*(mapping[c.key] for c in numbers)) if len(numbers) > 1 else (
        lambda cells, i=mapping[numbers[0].key]: (cells[i],))
    ballot = number_keys.index("ballot_number") if "ballot_number" in number_keys else None
    station_at = mapping["station"]
    width_needed = max(mapping.values()) + 1
    code = _CODE.fullmatch
    plan = [(c, mapping[c.key]) for c in COLUMNS if c.key in mapping]
    for number, cells in rows:
        if len(cells) >= width_needed:
            given = number_cells(cells)
            station = cells[station_at]
            try:
                digits = "".join(given)
            except TypeError:  # a workbook's numeric cells
                digits = ""
            if (digits.isdigit() and digits.isascii() and "" not in given and type(station) is str
                    and station.isascii() and code(station)):
                parsed = list(map(int, given))
                if max(parsed) <= MAX_FIGURE and (ballot is None or 1 <= parsed[ballot] <= 999):
                    values = dict(zip(number_keys, parsed, strict=True))
                    values["station"] = station  # columns absent from the file are read with .get()
                    errors: list[RowError] = []
                    for column, index in others:
                        try:
                            values[column.key] = column.parser(cells[index])
                        except Invalid as invalid:
                            errors.append(cell_error(column, cells[index], invalid))
                    yield number, values, errors
                    continue
        yield _parse_slowly(number, cells, plan, absent)


def _parse_slowly(number: int, cells: Sequence[Any], plan: Sequence[tuple[Column, int]],
                  absent: dict[str, None]) -> tuple[int, dict[str, Any], list]:
    width = len(cells)
    values: dict[str, Any] = dict(absent)
    errors: list[RowError] = []
    for column, index in plan:
        cell = cells[index] if index < width else ""
        try:
            values[column.key] = column.parser(cell)
        except Invalid as invalid:
            errors.append(cell_error(column, cell, invalid))
    return number, values, errors


_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,23}")


def _problem(problems: Problems, row: int, key: str, value: Any, error: ElectadminError) -> None:
    problems.add(row, RowError(_BY_KEY[key].label, value, error))


@requires(Permission.RESULTS_IMPORT)
def import_results(store: Store, path: str | Path, translate: Translate = untranslated) -> Work[ResultsImportSummary]:
    """Import station results; every bad row is reported, a rejected file imports nothing."""
    with _without_cycle_collection():
        return (yield from _import(store, Path(path), translate))


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while hundreds of thousands of rows are held: it would rescan
    them again and again (half the parsing time on 200,000 rows); nothing here makes cycles, and
    memory is still freed by reference counting. Restored however the work ends."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(store: Store, source: Path, translate: Translate) -> Work[ResultsImportSummary]:
    problems = Problems()
    parsed: list[tuple[int, dict[str, Any]]] = []
    with read_table(source, columns=COLUMNS) as table:
        match = match_headers(table.header, COLUMNS, translate=translate)
        if not problems.add_header(match):
            raise FileRejected(problems, max(problems.bad_rows, 1))
        total = table.total_rows or 0
        for index, (number, values, errors) in enumerate(_parse_rows(table, match.mapping), start=1):
            if errors:
                for error in errors:
                    problems.add(number, error)
            else:
                parsed.append((number, values))
            if index % 20_000 == 0:
                yield Progress(index, total, STEP_READING)
    if not parsed and not problems:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(source))
    with store.write() as session:
        check_entry_phase(session)
        stations, places = _check(session, parsed, problems)
        yield Progress(len(parsed), len(parsed), STEP_CHECKING)
        if problems:
            raise FileRejected(problems, problems.bad_rows)
        written, per_wilayat = _write(session, stations, places, source.name)
        audit.record(session, EventType.RESULTS_IMPORTED, "results", source.name, after={
            "source": source.name, "rows": len(parsed), "stations": len(stations),
            "written": {code: version for code, version in written}})
        yield Progress(len(parsed), len(parsed), STEP_WRITING)
        return ResultsImportSummary(len(parsed), len(stations), len(written), len(stations) - len(written),
                                    per_wilayat)


def _check(session: Session, parsed: list[tuple[int, dict[str, Any]]],
           problems: Problems) -> tuple[dict[int, _Station], dict[int, tuple[str, int, str]]]:
    """Rows grouped by station and resolved to candidates, every conflict reported on its row."""
    places = {sid: (code, wid, wname) for sid, code, wid, wname in session.execute(
        select(PollingStation.id, PollingStation.code, Wilayat.id, Wilayat.name_ar)
        .join(PollingCentre, PollingStation.centre_id == PollingCentre.id)
        .join(Wilayat, PollingCentre.wilayat_id == Wilayat.id))}
    by_code = {code: sid for sid, (code, _w, _n) in places.items()}
    ballots: dict[int, dict[int, int]] = {}
    by_civil: dict[tuple[int, str], int] = {}
    unnumbered: set[int] = set()
    for cid, wid, number, civil in session.execute(select(
            Candidate.id, Candidate.wilayat_id, Candidate.ballot_number, Candidate.civil_number)
            .where(Candidate.status == CandidateStatus.ACCEPTED.value)):
        if number is None:
            unnumbered.add(wid)
            continue
        ballots.setdefault(wid, {})[number] = cid
        by_civil[(wid, civil)] = cid
    certified = set(session.scalars(select(ResultCertification.wilayat_id).outerjoin(
        ResultReopening, ResultReopening.certification_id == ResultCertification.id)
        .where(ResultReopening.id.is_(None))))
    rules = current_definition(session).rules
    seats = dict(session.execute(select(Wilayat.id, Wilayat.seats)).all())

    stations: dict[int, _Station] = {}
    refused: set[int] = set()
    def station_fields(values: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(map(values.get, _STATION_FIELDS))
    for number, values in parsed:
        code = values["station"].strip().upper()
        sid = by_code.get(code)
        if sid is None:
            _problem(problems, number, "station", values["station"],
                     ElectadminError(ErrorCode.RESULT_UNKNOWN_STATION, value=values["station"]))
            continue
        _code, wid, wname = places[sid]
        if wid in certified or wid in unnumbered or wid not in ballots:
            error = (ElectadminError(ErrorCode.RESULT_CERTIFIED, wilayat=wname) if wid in certified
                     else ElectadminError(ErrorCode.RESULT_NO_BALLOT, wilayat=wname) if wid in unnumbered
                     else ElectadminError(ErrorCode.CANDIDATE_NONE_ACCEPTED, wilayat=wname))
            _problem(problems, number, "station", values["station"], error)
            continue
        if values.get("ballot_number") is not None:
            cid = ballots[wid].get(values["ballot_number"])
            key, shown = "ballot_number", values["ballot_number"]
        elif values.get("civil_number") is not None:
            cid = by_civil.get((wid, values["civil_number"]))
            key, shown = "civil_number", values["civil_number"]
        else:
            problems.add(number, RowError(_CANDIDATE, "", ElectadminError(ErrorCode.VALUE_REQUIRED, field=_BALLOT)))
            continue
        if cid is None:
            _problem(problems, number, key, shown,
                     ElectadminError(ErrorCode.RESULT_UNKNOWN_CANDIDATE, value=str(shown), wilayat=wname))
            continue
        station = stations.get(sid)
        figures = station_fields(values)
        if station is None:
            station = stations[sid] = _Station(number, dict(zip(_STATION_FIELDS, figures, strict=True)), {}, {},
                                               figures)
        elif figures != station.given:
            for name, value, first in zip(_STATION_FIELDS, figures, station.given, strict=True):
                if value != first:
                    _problem(problems, number, name, value,
                             ElectadminError(ErrorCode.GEO_ROWS_DISAGREE, code=code, first_row=station.row))
                    refused.add(sid)
        if cid in station.votes:
            _problem(problems, number, key, shown, ElectadminError(
                ErrorCode.VALUE_DUPLICATE, field=_BY_KEY[key].label, value=str(shown), first_row=station.rows[cid]))
            continue
        station.votes[cid] = values["votes"]
        station.rows[cid] = number

    numbers_of = {wid: {cid: n for n, cid in ballot.items()} for wid, ballot in ballots.items()}
    for sid, station in stations.items():
        code, wid, wname = places[sid]
        missing = [n for cid, n in sorted(numbers_of[wid].items(), key=lambda x: x[1]) if cid not in station.votes]
        if missing:
            _problem(problems, station.row, "ballot_number", ", ".join(map(str, missing)), ElectadminError(
                ErrorCode.RESULT_MISSING_VOTES, candidate=", ".join(map(str, missing)), station=code))
            continue
        if sid in refused:
            continue
        figures = CountFigures(**{name: station.figures[name] for name in FIGURES},
                               candidate_votes={str(numbers_of[wid][c]): v for c, v in station.votes.items()},
                               votes_allowed=rules.votes_allowed(seats[wid]))
        failed = reconcile(figures)
        station.figures["failed"] = [f.code.value for f in failed]
        if failed and not station.figures["explanation"]:
            first = failed[0]
            _problem(problems, station.row, first.fields[0] if first.fields[0] in _BY_KEY else "votes",
                     getattr(figures, first.fields[0], ""), ElectadminError(
                         ErrorCode.RESULT_EXPLANATION_REQUIRED, checks=FailedChecks(failed)))
    return stations, places


def _chunks(items: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _write(session: Session, stations: dict[int, _Station], places: dict[int, tuple[str, int, str]],
           file_name: str) -> tuple[list[tuple[str, int]], dict[str, int]]:
    ids = sorted(stations)
    current: dict[int, dict[str, Any]] = {}
    current_votes: dict[int, dict[int, int]] = {}
    latest: dict[int, int] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(StationResult).where(StationResult.station_id.in_(chunk))).scalars():
            current[row.station_id] = {name: getattr(row, name) for name in FIGURES}
        for sid, cid, votes in session.execute(select(StationVote.station_id, StationVote.candidate_id,
                                                      StationVote.votes).where(StationVote.station_id.in_(chunk))):
            current_votes.setdefault(sid, {})[cid] = votes
        latest.update(session.execute(select(CountRecord.station_id, func.max(CountRecord.version))
                                      .where(CountRecord.station_id.in_(chunk)).group_by(CountRecord.station_id)).all())
    changed = [sid for sid in ids if sid not in current
               or current[sid] != {name: stations[sid].figures[name] for name in FIGURES}
               or current_votes.get(sid) != stations[sid].votes]
    if not changed:
        return [], {}
    now = utcnow()
    actor = str(session.info.get("actor", "system"))
    codes = {cid: code for cid, code in session.execute(select(Candidate.id, Candidate.code))}
    reason = _IMPORTED.format(file=file_name)
    records = []
    for sid in changed:
        s = stations[sid]
        failed = s.figures["failed"]
        records.append({
            "station_id": sid, "wilayat_id": places[sid][1], "version": latest.get(sid, 0) + 1, "status": "matched",
            "source": "import", "reason": reason, "votes": {codes[c]: v for c, v in s.votes.items()},
            "opened_at": "", "closed_at": "", "members": [], "objections": [],
            "explanation": s.figures["explanation"] or "", "reconciles": not failed, "failed_checks": failed,
            "created_by": actor, "created_at": now, "matched_at": now,
            **{name: s.figures[name] for name in FIGURES}})
    uid = election_row(session).uid
    for r in records:
        r["content_sha256"] = record_content_sha256(uid, places[r["station_id"]][0], r)
    bulk_insert(session, CountRecord.__table__, records)
    record_ids: dict[int, int] = {}
    wanted = {(r["station_id"], r["version"]) for r in records}
    for chunk in _chunks(changed):
        for rid, sid, version in session.execute(select(CountRecord.id, CountRecord.station_id, CountRecord.version)
                                                 .where(CountRecord.station_id.in_(chunk))):
            if (sid, version) in wanted:
                record_ids[sid] = rid
    for chunk in _chunks(changed):
        session.execute(delete(StationVote).where(StationVote.station_id.in_(chunk)))
        session.execute(delete(StationResult).where(StationResult.station_id.in_(chunk)))
    bulk_insert(session, StationResult.__table__, [{
        "station_id": r["station_id"], "wilayat_id": r["wilayat_id"], "record_id": record_ids[r["station_id"]],
        "reconciles": r["reconciles"], **{name: r[name] for name in FIGURES}} for r in records])
    insert_tuples(session, StationVote.__table__, ("station_id", "candidate_id", "wilayat_id", "votes"),
                  [(sid, cid, places[sid][1], v) for sid in changed for cid, v in stations[sid].votes.items()])
    per_wilayat: dict[str, int] = {}
    wilayat_codes = dict(session.execute(select(Wilayat.id, Wilayat.code)).all())
    for sid in changed:
        code = wilayat_codes[places[sid][1]]
        per_wilayat[code] = per_wilayat.get(code, 0) + 1
    return [(places[r["station_id"]][0], r["version"]) for r in records], per_wilayat


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert *rows* (dicts with the same keys) with the driver's executemany on plain tuples.

    Each column's bind processing (JSON, UTC datetimes) is applied once per value by the column
    type's own processor, as SQLAlchemy would; what is skipped is SQLAlchemy's per-row statement
    machinery, which costs 4 to 5 times the driver itself at this size (MEASURED.md).
    """
    if not rows:
        return
    dialect = session.get_bind().dialect
    names = list(rows[0])
    processors = [(i, p) for i, name in enumerate(names)
                  if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None]
    values = [list(row.values()) for row in rows]
    for i, process in processors:
        for row in values:
            row[i] = process(row[i])
    insert_tuples(session, table, names, [tuple(row) for row in values])


def insert_tuples(session: Session, table: Table, names: Sequence[str], values: list[tuple[Any, ...]]) -> None:
    """Insert plain tuples of *names* (already in the driver's terms) with the driver's executemany."""
    if not values:
        return
    dialect = session.get_bind().dialect
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    connection = session.connection()
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})"
    if dialect.name != "sqlite" or len(values) < 10_000:
        connection.exec_driver_sql(sql, values)
        return
    # A large cache while the rows go in keeps the live indexes' pages in memory (MEASURED.md: twice
    # as fast); the connection's own setting is put back afterwards.
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = {_LOAD_CACHE_KIB}")
    try:
        connection.exec_driver_sql(sql, values)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


_LOAD_CACHE_KIB = -262_144  # 256 MB (negative: KiB)


__all__ = ["COLUMNS", "ResultsImportSummary", "import_results"]
