"""Candidacy applications in and out of files: XLSX or CSV, headers in Arabic or English.

Import format (column order free; ``*`` = required; any other column is ignored):

==============  ==============================================  ==================================================
column          headers accepted (English / Arabic)             value
==============  ==============================================  ==================================================
civil_number*   Civil number / الرقم المدني                      digits (either digit system), 1 to 12
name_ar*        Full name in Arabic / الاسم / الاسم الكامل        the name as written, in Arabic letters
name_latin      Name in Latin letters / الاسم بالإنجليزية         optional transliteration
gender*         Gender / الجنس                                   ذكر / أنثى, M / F, Male / Female
birth_date*     Birth date / تاريخ الميلاد                        day/month/year (``24/10/1985``), ISO
                                                                ``1985-10-24`` or a spreadsheet date
wilayat*        Wilayat / الولاية / الدائرة الانتخابية            code (``MA01``), Arabic or English name or any
                                                                known other spelling (بهلاء = بهلا)
education*      Education / المؤهل العلمي                         none, primary, preparatory, secondary, diploma,
                                                                bachelor, master, doctorate, or in Arabic:
                                                                بدون، ابتدائي، إعدادي، ثانوي (دبلوم التعليم العام)،
                                                                دبلوم، بكالوريوس، ماجستير، دكتوراه
phone           Phone / الهاتف                                   digits, optional leading ``+``
submitted_on    Submitted on / تاريخ تقديم الطلب                  date; today when empty; inside the candidacy
                                                                window when the election sets one
photo           Photo / الصورة                                   file name of a JPEG or PNG (≤ 1 MB), relative to
                                                                the spreadsheet's folder
==============  ==============================================  ==================================================

Each row is one application; its code (``<wilayat>-<nnn>``) is given on import. A file with any bad
row is rejected whole: every problem is reported with its row, column, value and reason
(:class:`FileRejected`) and nothing is imported. Rows are checked against each other (the same
civil number twice in one wilayat) and against the store (an open application already there, an
unknown wilayat, a date outside the window); the accepted rows are written with one bulk insert
and one audit entry naming every new code.

Export (:func:`export_candidates`): the official list (accepted candidates in ballot order, the
default) or every application, with the import's columns plus code, wilayat name, status, appeal
and ballot number; an XLSX carries the election and the DEMO mark on its "About this file" sheet, a
CSV of a demo election carries a DEMO column.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from electadmin.domain.roles import Permission
from electadmin.domain.arabic import has_arabic_letters, search_key
from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import FIELD, GENDER_LABELS, PHOTO_MAX_KB, AppealState, CandidateStatus, check_photo
from electadmin.domain.eligibility import EducationLevel
from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected, RowError
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from electadmin.interchange.columns import (
    GENDER,
    Choice,
    CivilNumber,
    Column,
    DateValue,
    Duplicates,
    Phone,
    Problems,
    Text,
    match_headers,
    parse_rows,
)
from electadmin.interchange.tabular import MetaItem, read_table, write_csv, write_xlsx
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.candidates import (
    CandidateDTO,
    check_open,
    list_candidates,
    next_codes,
    resolve_wilayat,
    today,
)
from electadmin.services.election import election_row
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import Candidate, Wilayat

STEP_READING = QT_TRANSLATE_NOOP("Progress", "Reading the applications")
STEP_CHECKING = QT_TRANSLATE_NOOP("Progress", "Checking the applications")
STEP_WRITING = QT_TRANSLATE_NOOP("Progress", "Writing the candidate list")

EDUCATION = Choice(
    {
        EducationLevel.NONE.value: ("بدون", "لا يوجد", "أمي", "no education"),
        EducationLevel.PRIMARY.value: ("ابتدائي", "الابتدائية", "primary school"),
        EducationLevel.PREPARATORY.value: ("إعدادي", "الإعدادية", "متوسط", "preparatory school"),
        EducationLevel.SECONDARY.value: ("ثانوي", "الثانوية", "ثانوية عامة", "دبلوم التعليم العام",
                                         "الدبلوم العام", "secondary school", "high school"),
        EducationLevel.DIPLOMA.value: ("دبلوم", "دبلوم جامعي", "post-secondary diploma"),
        EducationLevel.BACHELOR.value: ("بكالوريوس", "بكالوريس", "ليسانس", "bachelor's degree", "ba", "bsc"),
        EducationLevel.MASTER.value: ("ماجستير", "ماجيستير", "master's degree", "ma", "msc"),
        EducationLevel.DOCTORATE.value: ("دكتوراه", "دكتوراة", "phd"),
    },
    shown=QT_TRANSLATE_NOOP("Fields", "none / primary / preparatory / secondary / diploma / bachelor / master / "
                                      "doctorate"),
)

COLUMNS: tuple[Column, ...] = (
    Column("civil_number", FIELD["civil_number"], CivilNumber(), ("الرقم المدني", "civil no", "id number")),
    Column("name_ar", FIELD["name_ar"], Text(required=True, max_length=300),
           ("الاسم", "الاسم الكامل", "الاسم بالعربية", "اسم المترشح", "full name", "name")),
    Column("name_latin", FIELD["name_latin"], Text(max_length=300),
           ("الاسم بالإنجليزية", "الاسم باللاتينية", "name (latin)", "name in english", "latin name"),
           required=False),
    Column("gender", FIELD["gender"], GENDER, ("الجنس", "النوع", "sex")),
    Column("birth_date", FIELD["birth_date"], DateValue(), ("تاريخ الميلاد", "date of birth", "dob")),
    Column("wilayat", FIELD["wilayat"], Text(required=True),
           ("الولاية", "الدائرة", "الدائرة الانتخابية", "رمز الولاية", "constituency", "wilayat code")),
    Column("education", FIELD["education"], EDUCATION,
           ("المؤهل", "المؤهل العلمي", "المستوى التعليمي", "education level", "qualification")),
    Column("phone", FIELD["phone"], Phone(), ("الهاتف", "رقم الهاتف", "النقال", "mobile", "telephone"),
           required=False),
    Column("submitted_on", FIELD["submitted_on"], DateValue(required=False),
           ("تاريخ تقديم الطلب", "تاريخ التقديم", "application date", "date submitted"), required=False),
    Column("photo", FIELD["photo"], Text(max_length=400), ("الصورة", "ملف الصورة", "photo file"),
           required=False),
)
_BY_KEY = {c.key: c for c in COLUMNS}

_EXPORT_EXTRA = {
    "code": FIELD["code"],
    "wilayat_name": QT_TRANSLATE_NOOP("Fields", "Wilayat name"),
    "status": FIELD["status"],
    "appeal": QT_TRANSLATE_NOOP("Fields", "Appeal"),
    "ballot_number": FIELD["ballot_number"],
}
_DEMO_HEADER = "DEMO"
_DEMO_VALUE = "تجريبي — DEMO"


@dataclass(frozen=True, slots=True)
class ImportSummary:
    rows: int
    codes: tuple[str, ...]
    per_wilayat: dict[str, int]


def _problem(problems: Problems, row: int, key: str, value: Any, error: ElectadminError) -> None:
    problems.add(row, RowError(_BY_KEY[key].label, value, error))


@requires(Permission.CANDIDATES_REGISTER)
def import_candidates(store: Store, path: str | Path, translate: Translate = untranslated) -> Work[ImportSummary]:
    """Import applications; every bad row is reported and a rejected file imports nothing."""
    source = Path(path)
    problems = Problems()
    parsed: list[tuple[int, dict[str, Any]]] = []
    with read_table(source, columns=COLUMNS) as table:
        match = match_headers(table.header, COLUMNS, translate=translate)
        if not problems.add_header(match):
            raise FileRejected(problems, max(problems.bad_rows, 1))
        total = table.total_rows or 0
        for index, row in enumerate(parse_rows(table, COLUMNS, match), start=1):
            good = problems.add_parsed(row)
            values = dict(row.values)
            if good:
                photo = _read_photo(source.parent, values.get("photo"))
                if isinstance(photo, ElectadminError):
                    _problem(problems, row.number, "photo", values["photo"], photo)
                    good = False
                values["photo"] = photo if isinstance(photo, bytes) else None
            name = values.get("name_ar")
            if name and not has_arabic_letters(name):
                _problem(problems, row.number, "name_ar", name,
                         ElectadminError(ErrorCode.VALUE_NOT_ARABIC, field=FIELD["name_ar"]))
                good = False
            if good:
                parsed.append((row.number, values))
            if index % 200 == 0:
                yield Progress(index, total, STEP_READING)
    if not parsed and not problems:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(source))
    with store.write() as session:
        definition = check_open(session)
        records = _check_against_store(session, definition, parsed, problems)
        yield Progress(len(parsed), len(parsed), STEP_CHECKING)
        if problems:
            raise FileRejected(problems, problems.bad_rows)
        now = utcnow()
        codes_by_wilayat: dict[int, Iterator[str]] = {}
        rows, codes, per_wilayat = [], [], {}
        for wilayat, values in records:
            codes_of = codes_by_wilayat.setdefault(wilayat.id, iter(next_codes(session, wilayat)))
            code = next(codes_of)
            codes.append(code)
            per_wilayat[wilayat.code] = per_wilayat.get(wilayat.code, 0) + 1
            rows.append({
                "code": code, "civil_number": values["civil_number"], "name_ar": values["name_ar"],
                "name_key": search_key(values["name_ar"]), "name_latin": values.get("name_latin") or "",
                "gender": values["gender"], "birth_date": values["birth_date"], "wilayat_id": wilayat.id,
                "education": values["education"], "phone": values.get("phone") or "", "photo": values["photo"],
                "status": CandidateStatus.APPLIED.value, "appeal_state": AppealState.NONE.value,
                "submitted_on": values.get("submitted_on") or today(definition), "applied_at": now,
                "updated_at": now,
            })
        session.execute(insert(Candidate), rows)
        audit.record(session, EventType.CANDIDATES_IMPORTED, "candidates", source.name,
                     after={"source": source.name, "rows": len(rows), "codes": codes})
        return ImportSummary(len(rows), tuple(codes), per_wilayat)


def _read_photo(folder: Path, name: str | None) -> bytes | ElectadminError | None:
    """The photo file a row names (relative to the spreadsheet's folder), checked, or the error."""
    if not name:
        return None
    target = Path(name) if Path(name).is_absolute() else folder / name
    try:
        data = target.read_bytes()
    except OSError as exc:
        return ElectadminError(ErrorCode.FILE_UNREADABLE, path=name, detail=exc.strerror or str(exc))
    try:
        return check_photo(data)
    except ElectadminError as error:
        return error


def _check_against_store(session: Session, definition, parsed: list[tuple[int, dict[str, Any]]],
                         problems: Problems) -> list[tuple[Wilayat, dict[str, Any]]]:
    """Rows resolved to wilayats, with every conflict with the store reported on its row."""
    open_here = {(civil, wid): code for civil, wid, code in session.execute(
        select(Candidate.civil_number, Candidate.wilayat_id, Candidate.code).where(
            Candidate.status.in_((CandidateStatus.APPLIED.value, CandidateStatus.ACCEPTED.value))))}
    wilayats: dict[str, Wilayat | None] = {}
    same_person = Duplicates(_BY_KEY["civil_number"])
    window = definition.rules.candidacy_window
    records = []
    for number, values in parsed:
        text = values["wilayat"]
        key = search_key(text)
        if key not in wilayats:
            wilayats[key] = resolve_wilayat(session, text)
        wilayat = wilayats[key]
        bad = False
        if wilayat is None:
            _problem(problems, number, "wilayat", text, ElectadminError(ErrorCode.GEO_UNKNOWN_WILAYAT, value=text))
            bad = True
        elif (repeat := same_person.check(number, (values["civil_number"], wilayat.id),
                                          values["civil_number"])) is not None:
            problems.add(number, repeat)
            bad = True
        elif (values["civil_number"], wilayat.id) in open_here:
            _problem(problems, number, "civil_number", values["civil_number"], ElectadminError(
                ErrorCode.CANDIDATE_DUPLICATE, civil_number=values["civil_number"],
                code=open_here[(values["civil_number"], wilayat.id)]))
            bad = True
        birth: date = values["birth_date"]
        if birth > definition.polling_date:
            _problem(problems, number, "birth_date", birth.isoformat(), ElectadminError(
                ErrorCode.VALUE_NOT_DATE, field=FIELD["birth_date"], value=birth.isoformat()))
            bad = True
        submitted = values.get("submitted_on") or today(definition)
        if window.is_set and not window.contains(submitted):
            _problem(problems, number, "submitted_on", submitted.isoformat(), ElectadminError(
                ErrorCode.CANDIDATE_OUTSIDE_WINDOW, day=submitted.isoformat(), window=FIELD["candidacy_window"],
                start=window.start.isoformat(), end=window.end.isoformat()))
            bad = True
        if not bad:
            records.append((wilayat, values))
    return records


# ---------------------------------------------------------------- export


def export_columns() -> tuple[Any, ...]:
    """The export's headers: the import's columns (photo excepted), then the list's own."""
    return (_EXPORT_EXTRA["code"], _EXPORT_EXTRA["ballot_number"], *COLUMNS[:8], _EXPORT_EXTRA["wilayat_name"],
            COLUMNS[8], _EXPORT_EXTRA["status"], _EXPORT_EXTRA["appeal"])


def _export_row(c: CandidateDTO, translate: Translate) -> list[Any]:
    return [c.code, c.ballot_number, c.civil_number, c.name_ar, c.name_latin,
            GENDER_LABELS[c.gender].translated(translate), c.birth_date,
            c.wilayat_code, c.education.value, c.phone, c.wilayat_ar, c.submitted_on,
            c.status.label.translated(translate), c.appeal.label.translated(translate)]


@requires(Permission.DATA_EXPORT)
def export_candidates(store: Store, path: str | Path, *, wilayat_code: str | None = None,
                      everything: bool = False, translate: Translate = untranslated) -> Work[int]:
    """Write the official list (or every application) to *path*, XLSX or CSV by its extension."""
    status = None if everything else CandidateStatus.ACCEPTED
    candidates = list_candidates(store, wilayat_code, status)
    with store.read() as session:
        election = election_row(session)
        name, demo = election.name_ar, election.is_demo
    yield Progress(0, len(candidates), STEP_WRITING)
    headers: list[Any] = list(export_columns())
    rows = [_export_row(c, translate) for c in candidates]
    target = Path(path)
    if target.suffix.lower() == ".csv":
        if demo:
            headers.append(_DEMO_HEADER)
            rows = [[*row, _DEMO_VALUE] for row in rows]
        count = write_csv(target, headers, rows, translate=translate)
    else:
        meta = [MetaItem("election", QT_TRANSLATE_NOOP("Fields", "Election"), name),
                MetaItem("status", QT_TRANSLATE_NOOP("Fields", "Status"), _DEMO_VALUE if demo else ""),
                MetaItem("scope", QT_TRANSLATE_NOOP("Fields", "Contents"),
                         wilayat_code or QT_TRANSLATE_NOOP("Fields", "All constituencies"))]
        count = write_xlsx(target, headers, rows, meta=meta, translate=translate,
                           sheet_title=QT_TRANSLATE_NOOP("Fields", "Candidates"))
    with store.write() as session:
        audit.record(session, EventType.CANDIDATES_EXPORTED, "candidates", target.name,
                     after={"rows": count, "wilayat": wilayat_code, "everything": everything})
    yield Progress(count, len(candidates), STEP_WRITING)
    return count


__all__ = ["COLUMNS", "EDUCATION", "ImportSummary", "PHOTO_MAX_KB", "export_candidates", "import_candidates"]
