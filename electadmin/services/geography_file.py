"""Geography in and out of files: one flat table, XLSX or CSV.

Format (headers in English or Arabic; column order free; ``*`` = required):

=================  ====================================  ==============================================
column             header (English / Arabic)             value
=================  ====================================  ==============================================
governorate_code*  Governorate code / رمز المحافظة        ISO 3166-2 suffix or any code, e.g. ``MA``
governorate_ar*    Governorate (Arabic) / المحافظة        Arabic name
governorate_en     Governorate (English)                  English name
wilayat_code       Wilayat code / رمز الولاية             e.g. ``MA01``; when empty, an existing wilayat of
                                                          the same name keeps its code, a new one gets the
                                                          next free ``<governorate><nn>``
wilayat_ar*        Wilayat / الولاية                      Arabic name
wilayat_en         Name in English / الاسم بالإنجليزية    English name
seats*             Seats / المقاعد                        1 or more (``shura_seats_2023`` is accepted)
aliases            Other spellings / تهجئات أخرى          separated by ``،`` ``,`` ``;`` or ``|``
centre_code        Centre code / رمز المركز               a polling centre on this row (optional)
centre_ar          Centre (Arabic) / اسم المركز           required with a centre code
centre_en          Centre (English)
centre_kind        Centre for / المركز مخصص لـ           men / women / joint (رجال / نساء / مشترك)
centre_address     Address / العنوان
stations           Stations / اللجان                      1 to 50 (default 1)
=================  ====================================  ==============================================

One row per polling centre, or per wilayat without centres; rows of the same wilayat repeat its
columns, which must then agree. Oman's reference file (``data/oman_wilayats_2023.csv``) is such a
file. An import creates and updates, never deletes; importing the same file twice changes nothing.
A file with any bad row is rejected whole (:class:`FileRejected` lists every problem) and nothing
is imported. An export writes the same format, so it imports back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from electadmin.domain.roles import Permission
from electadmin.domain.arabic import search_key
from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected, RowError
from electadmin.domain.geography import FIELD, CentreKind
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from electadmin.interchange.columns import (
    Choice,
    Code,
    Column,
    Integer,
    Problems,
    Text,
    match_headers,
    parse_rows,
)
from electadmin.interchange.tabular import MetaItem, read_table, write_csv, write_xlsx
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.election import election_row
from electadmin.services.geography import (
    CentreDTO,
    GeographyChanges,
    GeographyRecord,
    GovernorateDTO,
    WilayatDTO,
    all_records,
    apply_records,
)
from electadmin.services.store import Store
from electadmin.storage.models import Governorate, Wilayat

STEP_READING = QT_TRANSLATE_NOOP("Progress", "Reading the geography file")
STEP_APPLYING = QT_TRANSLATE_NOOP("Progress", "Checking and applying the geography")
STEP_WRITING = QT_TRANSLATE_NOOP("Progress", "Writing the geography file")

_CENTRE_AR = QT_TRANSLATE_NOOP("Fields", "Centre (Arabic)")
_CENTRE_EN = QT_TRANSLATE_NOOP("Fields", "Centre (English)")

COLUMNS: tuple[Column, ...] = (
    Column("governorate_code", FIELD["governorate_code"], Code(), ("رمز المحافظة", "gov code")),
    Column("governorate_ar", FIELD["governorate_ar"], Text(required=True),
           ("المحافظة", "المحافظة بالعربية", "governorate")),
    Column("governorate_en", FIELD["governorate_en"], Text(), ("المحافظة بالإنجليزية",), required=False),
    Column("wilayat_code", FIELD["wilayat_code"], Code(required=False), ("رمز الولاية",), required=False),
    Column("wilayat_ar", FIELD["wilayat"], Text(required=True), ("الولاية", "اسم الولاية", "wilayat name")),
    Column("wilayat_en", FIELD["name_en"], Text(), ("wilayat (english)", "الولاية بالإنجليزية"), required=False),
    Column("seats", FIELD["seats"], Integer(minimum=1, maximum=99), ("المقاعد", "عدد المقاعد", "shura_seats_2023")),
    Column("aliases", FIELD["aliases"], Text(max_length=600), ("تهجئات أخرى", "alias"), required=False),
    Column("centre_code", FIELD["centre_code"], Code(required=False), ("رمز المركز",), required=False),
    Column("centre_ar", _CENTRE_AR, Text(), ("اسم المركز", "المركز", "centre", "center"), required=False),
    Column("centre_en", _CENTRE_EN, Text(), (), required=False),
    Column("centre_kind", FIELD["kind"],
           Choice({"men": ("رجال", "ذكور", "m", "male"), "women": ("نساء", "إناث", "f", "female"),
                   "joint": ("مشترك", "مختلط", "mixed")}, required=False, shown="men / women / joint"),
           ("المركز مخصص ل", "نوع المركز", "kind"), required=False),
    Column("centre_address", FIELD["address"], Text(max_length=400), ("العنوان",), required=False),
    Column("stations", FIELD["stations"], Integer(required=False, minimum=1, maximum=50),
           ("اللجان", "عدد اللجان"), required=False),
)
_BY_KEY = {column.key: column for column in COLUMNS}
_ALIAS_SPLIT = re.compile(r"\s*[،,;|]\s*")


@requires(Permission.GEOGRAPHY_EDIT)
def import_geography(store: Store, path: str | Path, translate: Translate = untranslated) -> Work[GeographyChanges]:
    """Import a geography file; every bad row is reported and a rejected file imports nothing."""
    problems = Problems()
    parsed: list[tuple[int, dict[str, Any]]] = []
    with read_table(path, columns=COLUMNS) as table:
        match = match_headers(table.header, COLUMNS, translate=translate)
        if not problems.add_header(match):
            raise FileRejected(problems, max(problems.bad_rows, 1))
        total = table.total_rows or 0
        for index, row in enumerate(parse_rows(table, COLUMNS, match), start=1):
            rule_errors = _row_rules(row.values)
            for error in rule_errors:
                problems.add(row.number, error)
            if problems.add_parsed(row) and not rule_errors:
                parsed.append((row.number, dict(row.values)))
            if index % 200 == 0:
                yield Progress(index, total, STEP_READING)
    if not parsed and not problems:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(path))
    with store.write() as session:
        records = _records(session, parsed, problems)
        changes = GeographyChanges()
        if not problems:
            changes = yield from _apply_each(session, records, problems)
        if problems:
            session.rollback()
            raise FileRejected(problems, problems.bad_rows)
        audit.record(session, EventType.GEOGRAPHY_IMPORTED, "geography", Path(path).name,
                     after={"source": Path(path).name, "rows": len(parsed), "created": changes.created,
                            "updated": changes.updated})
        return changes


def _apply_each(session, records: Sequence[tuple[int, GeographyRecord]], problems: Problems) -> Work[GeographyChanges]:
    """Apply record by record in savepoints, so that every refused row is reported, not the first."""
    totals = GeographyChanges({}, {}, {})
    seen: set[tuple[str, str]] = set()
    for index, (number, record) in enumerate(records, start=1):
        try:
            with session.begin_nested():
                changes = apply_records(session, [record], first_position=index, seen=seen)
        except ElectadminError as error:
            problems.add(number, RowError(_column_of(error), "", error))
            continue
        for mine, theirs in ((totals.created, changes.created), (totals.updated, changes.updated),
                             (totals.unchanged, changes.unchanged)):
            for kind, count in theirs.items():
                mine[kind] = mine.get(kind, 0) + count
        if index % 50 == 0:
            yield Progress(index, len(records), STEP_APPLYING)
    return totals


def _column_of(error: ElectadminError):
    return {
        ErrorCode.GEO_DUPLICATE_ALIAS: FIELD["aliases"], ErrorCode.GEO_SEATS: FIELD["seats"],
        ErrorCode.GEO_STATIONS: FIELD["stations"],
    }.get(error.code, FIELD["code"])


def _records(session, parsed: list[tuple[int, dict[str, Any]]], problems: Problems) -> list[tuple[int, GeographyRecord]]:
    """Rows to records: codes filled in, and rows of the same thing checked to agree."""
    existing = {(g, k): code for code, g, k in session.execute(
        select(Wilayat.code, Governorate.code, Wilayat.name_key).join(Governorate))}
    taken = set(existing.values())
    governorates: dict[str, tuple[int, GovernorateDTO]] = {}
    wilayats: dict[str, tuple[int, WilayatDTO]] = {}
    by_name: dict[tuple[str, str], str] = {}
    centres: dict[str, int] = {}
    records: list[tuple[int, GeographyRecord]] = []
    for number, v in parsed:
        before = problems.bad_rows
        gcode = v["governorate_code"]
        governorate = GovernorateDTO(gcode, v["governorate_ar"], v.get("governorate_en") or "")
        _agree(governorates, gcode, number, governorate, "governorate_ar", problems)
        key = (gcode, search_key(v["wilayat_ar"]))
        wcode = v.get("wilayat_code") or by_name.get(key) or existing.get(key) or _next_code(gcode, taken)
        taken.add(wcode)
        by_name[key] = wcode
        aliases = tuple(a for a in _ALIAS_SPLIT.split(v.get("aliases") or "") if a)
        wilayat = WilayatDTO(wcode, gcode, v["wilayat_ar"], v.get("wilayat_en") or "", v["seats"], aliases)
        _agree(wilayats, wcode, number, wilayat, "wilayat_code", problems)
        centre = None
        if v.get("centre_code"):
            ccode = v["centre_code"]
            if ccode in centres:
                problems.add(number, RowError(FIELD["centre_code"], ccode, ElectadminError(
                    ErrorCode.VALUE_DUPLICATE, field=FIELD["centre_code"], value=ccode, first_row=centres[ccode])))
            centres.setdefault(ccode, number)
            centre = CentreDTO(ccode, wcode, v.get("centre_ar") or "", v.get("centre_en") or "",
                               CentreKind(v.get("centre_kind") or "joint"), v.get("centre_address") or "",
                               v.get("stations") or 1)
        if problems.bad_rows == before:
            records.append((number, GeographyRecord(governorate, wilayat, centre)))
    return records


def _row_rules(values) -> list[RowError]:
    """Rules between the cells of one row: a centre code needs the centre's name."""
    if values.get("centre_code") and not values.get("centre_ar"):
        return [RowError(_CENTRE_AR, "", ElectadminError(ErrorCode.VALUE_REQUIRED, field=_CENTRE_AR))]
    return []


def _agree(seen: dict, code: str, number: int, value, column: str, problems: Problems) -> None:
    """Rows describing the same governorate or wilayat must say the same thing about it."""
    if code not in seen:
        seen[code] = (number, value)
        return
    first_row, first = seen[code]
    if first != value:
        label = _BY_KEY[column].label
        problems.add(number, RowError(label, code, ElectadminError(
            ErrorCode.GEO_ROWS_DISAGREE, code=code, first_row=first_row)))


def _next_code(governorate_code: str, taken: set[str]) -> str:
    number = 1
    while f"{governorate_code}{number:02d}" in taken:
        number += 1
    return f"{governorate_code}{number:02d}"


@requires(Permission.DATA_EXPORT)
def export_geography(store: Store, path: str | Path, translate: Translate = untranslated) -> Work[int]:
    """Write the whole geography to *path* (XLSX or CSV by its extension); the number of rows."""
    with store.read() as session:
        election = election_row(session)
        rows = [_row(record) for record in all_records(session)]
        meta = [MetaItem("election", QT_TRANSLATE_NOOP("Fields", "Election"), election.name_ar),
                MetaItem("status", QT_TRANSLATE_NOOP("Fields", "Status"), "DEMO" if election.is_demo else "")]
    yield Progress(0, len(rows), STEP_WRITING)
    target = Path(path)
    if target.suffix.lower() == ".csv":
        count = write_csv(target, COLUMNS, rows, translate=translate)
    else:
        count = write_xlsx(target, COLUMNS, rows, meta=meta, translate=translate,
                           sheet_title=QT_TRANSLATE_NOOP("Fields", "Geography"))
    with store.write() as session:
        audit.record(session, EventType.GEOGRAPHY_EXPORTED, "geography", target.name, after={"rows": count})
    yield Progress(count, len(rows), STEP_WRITING)
    return count


def _row(record: GeographyRecord) -> list[Any]:
    g, w, c = record.governorate, record.wilayat, record.centre
    return [g.code, g.name_ar, g.name_en, w.code, w.name_ar, w.name_en, w.seats, "، ".join(w.aliases),
            c.code if c else "", c.name_ar if c else "", c.name_en if c else "", c.kind.value if c else "",
            c.address if c else "", c.stations if c else ""]
