"""The electoral roll in and out of files: XLSX or CSV, headers in Arabic or English.

Import format (column order free; ``*`` = required; any other column is ignored):

==============  ==============================================  ==================================================
column          headers accepted (English / Arabic)             value
==============  ==============================================  ==================================================
civil_number*   Civil number / الرقم المدني                      digits (either digit system), 1 to 12
name*           Full name / الاسم / الاسم الكامل / اسم الناخب     the name as written (diacritics and tatweel kept)
gender*         Gender / الجنس                                   ذكر / أنثى, M / F, Male / Female
birth_date*     Birth date / تاريخ الميلاد                        day/month/year (``24/10/1985``), ISO
                                                                ``1985-10-24`` or a spreadsheet date / serial
wilayat         Wilayat / الولاية                                code, Arabic or English name or another spelling;
                                                                when given it must be the centre's wilayat
centre*         Polling centre / المركز / مركز الاقتراع           centre code (``MA01-C01``) or its Arabic name
phone           Phone / الهاتف                                   digits, optional leading ``+``
==============  ==============================================  ==================================================

A row is invalid when a cell does not parse, the wilayat or centre is unknown, the centre is not in
the row's wilayat or does not receive the voter's gender (a men's centre, a women's centre), the
birth date is in the future or before 1880, the civil number repeats one of an earlier row, or the
civil number is already registered in another wilayat (moving a voter is a transfer of
registration, never an import). A file with any invalid row imports nothing unless the caller asks
for the valid rows only (``valid_only``). Every problem is reported with its row, column, value
and reason (:func:`write_problems_xlsx` saves them as XLSX).

Against the current roll, each valid row is *added* (a new civil number), *changed* (its name,
gender, birth date, centre or phone differ) or *unchanged*; active voters of the wilayats the file
covers that it no longer lists are *removed*: their status becomes removed with the reason
:data:`~electadmin.services.roll.IMPORT_REMOVAL_REASON` and the file as the reference (nobody is
deleted; a later file listing them again restores them); each removal and restoration is a row of
the voter's history, like one decided by hand, with the file as its reference. A file with bad rows imported with
``valid_only`` removes nobody: a bad row may be the voter who seems to be missing. :func:`preview_roll_import` reports all of
this without writing; :func:`import_roll` applies it in one transaction with one audit entry (the
counts, the file's name and its SHA-256). Re-importing the same file changes nothing.

Bulk by construction: rows are parsed and checked in a stream (python-calamine holds an XLSX
sheet in memory, about 1 GB for a million rows, MEASURED.md; CSV streams) and written in chunks of
tuples through the database connection. Into an empty roll on SQLite the secondary indexes, the
search triggers and the FTS index are dropped first and built once at the end, inside the same
transaction, which is what keeps a million-row import near the raw speed of SQLite.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.schema import CreateIndex

from electadmin.domain.arabic import search_key
from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import FIELD, GENDER_LABELS
from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected, RowError
from electadmin.domain.geography import CentreKind
from electadmin.domain.progress import Progress, Work
from electadmin.domain.roll_life import HistoryKind
from electadmin.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from electadmin.domain.roles import Permission
from electadmin.interchange.columns import (
    GENDER,
    CivilNumber,
    Column,
    DateValue,
    Duplicates,
    HeaderMatch,
    Phone,
    Problem,
    Text,
    match_headers,
    parse_rows,
)
from electadmin.interchange.tabular import CsvOut, MetaItem, XlsxOut, read_table, write_error_report
from electadmin.services import audit
from electadmin.services.candidates import resolve_wilayat
from electadmin.services.election import current_definition, election_row
from electadmin.services.roll import (
    IMPORT_REMOVAL_REASON,
    STATUS_ACTIVE,
    STATUS_REMOVED,
    RollFilter,
    ordered_ids,
    voters_by_id,
)
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage import search
from electadmin.storage.base import utcnow
from electadmin.storage.models import PollingCentre, RollImport, Voter, Wilayat

STEP_READING = QT_TRANSLATE_NOOP("Progress", "Reading the roll")
STEP_INDEXING = QT_TRANSLATE_NOOP("Progress", "Building the roll's indexes")
STEP_REMOVING = QT_TRANSLATE_NOOP("Progress", "Comparing with the current roll")
_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the roll")

F_NAME = QT_TRANSLATE_NOOP("Fields", "Full name")
F_CENTRE = QT_TRANSLATE_NOOP("Fields", "Polling centre")

COLUMNS: tuple[Column, ...] = (
    Column("civil_number", FIELD["civil_number"], CivilNumber(),
           ("الرقم المدني", "رقم البطاقة", "رقم الهوية", "civil no", "id number")),
    Column("name", F_NAME, Text(required=True, max_length=300),
           ("الاسم", "الاسم الكامل", "اسم الناخب", "الاسم الرباعي", "name", "voter name")),
    Column("gender", FIELD["gender"], GENDER, ("الجنس", "النوع", "sex")),
    Column("birth_date", FIELD["birth_date"], DateValue(), ("تاريخ الميلاد", "date of birth", "dob")),
    Column("wilayat", FIELD["wilayat"], Text(), ("الولاية", "الدائرة", "الدائرة الانتخابية", "رمز الولاية",
                                                  "constituency", "wilayat code"), required=False),
    Column("centre", F_CENTRE, Text(required=True),
           ("المركز", "مركز الاقتراع", "المركز الانتخابي", "مقر الاقتراع", "رمز المركز", "centre", "center",
            "polling center", "centre code", "center code")),
    Column("phone", FIELD["phone"], Phone(), ("الهاتف", "رقم الهاتف", "النقال", "mobile", "telephone"),
           required=False),
)
_BY_KEY = {c.key: c for c in COLUMNS}
EARLIEST_BIRTH = date(1880, 1, 1)
CHUNK = 5_000
KEPT_PROBLEMS = 100_000
"""Problems kept in memory (about 1 KB each); beyond them bad rows are still counted."""
EXAMPLES = 200
"""Civil numbers kept as examples of each kind of change in a preview."""
_GENDERS_OF = {CentreKind.MEN.value: ("M",), CentreKind.WOMEN.value: ("F",), CentreKind.JOINT.value: ("M", "F")}
_GENDER_NAMES = {"M": "ذكر", "F": "أنثى"}


@dataclass(frozen=True, slots=True)
class RollMapping:
    """The user's choice of columns: column key → 0-based index, or header text as in the file."""

    columns: Mapping[str, int | str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RollFileHeaders:
    """What a roll file's header row says: its headers and the proposed mapping."""

    path: Path
    headers: tuple[str, ...]
    match: HeaderMatch
    total_rows: int | None

    @property
    def proposed(self) -> RollMapping:
        return RollMapping(dict(self.match.mapping))

    @property
    def complete(self) -> bool:
        """Whether the mapping is obvious (every required column found once); else ask the user."""
        return self.match.complete


@dataclass(frozen=True, slots=True)
class RollImportPreview:
    file_name: str
    sha256: str
    rows: int
    valid_rows: int
    bad_rows: int
    problems: tuple[Problem, ...]
    added: int
    changed: int
    unchanged: int
    removed: int
    added_examples: tuple[str, ...] = ()
    changed_examples: tuple[str, ...] = ()
    removed_examples: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        """Whether the whole file can be imported (no bad row)."""
        return self.bad_rows == 0


@dataclass(frozen=True, slots=True)
class RollImportSummary:
    file_name: str
    sha256: str
    rows: int
    added: int
    changed: int
    unchanged: int
    removed: int
    skipped: int
    """Bad rows left out (only with ``valid_only``)."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as file:
            while block := file.read(1 << 20):
                digest.update(block)
    except OSError as exc:
        raise ElectadminError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=exc.strerror or str(exc)) from exc
    return digest.hexdigest()


def read_roll_file(path: str | Path, translate: Translate | None = None) -> RollFileHeaders:
    """The header row of a roll file and the columns found in it (nothing is imported)."""
    source = Path(path)
    with read_table(source, columns=COLUMNS) as table:
        match = match_headers(table.header, COLUMNS, translate=translate)
        return RollFileHeaders(source, match.headers, match, table.total_rows)


# ---------------------------------------------------------------------------------------------
# the engine shared by the preview and the import

class _Centres:
    """Polling centres and wilayats as a row names them, resolved once per distinct spelling."""

    def __init__(self, session: Session) -> None:
        self._session = session
        rows = session.execute(select(PollingCentre.id, PollingCentre.code, PollingCentre.name_key,
                                      PollingCentre.wilayat_id, PollingCentre.kind)).all()
        self.wilayat_codes = dict(session.execute(select(Wilayat.id, Wilayat.code)).all())
        self._by_code = {r.code: r for r in rows}
        self._by_name: dict[tuple[int | None, str], list[Any]] = {}
        for r in rows:
            self._by_name.setdefault((r.wilayat_id, r.name_key), []).append(r)
            self._by_name.setdefault((None, r.name_key), []).append(r)
        self._wilayats: dict[str, tuple[int, str] | None] = {}
        self._centres: dict[tuple[str, int | None], Any] = {}

    def wilayat(self, text: str) -> tuple[int, str] | None:
        """The (id, code) of the wilayat *text* names, or ``None``."""
        if text not in self._wilayats:
            found = resolve_wilayat(self._session, text)
            self._wilayats[text] = None if found is None else (found.id, found.code)
        return self._wilayats[text]

    def centre(self, text: str, wilayat_id: int | None) -> Any:
        key = (text, wilayat_id)
        if key not in self._centres:
            found = self._by_code.get(text.strip().upper())
            if found is None:
                named = self._by_name.get((wilayat_id, search_key(text)), [])
                found = named[0] if len(named) == 1 else None
            self._centres[key] = found
        return self._centres[key]


class VoterWriter:
    """Rows of ``voter`` written as tuples through the session's own DBAPI connection (its transaction).

    The one place that knows the bulk SQL of the roll: the import and the demo write through it.
    A bulk load into an empty SQLite roll goes between :meth:`begin_bulk` (no secondary index, no
    search trigger) and :meth:`end_bulk` (indexes built once, the FTS index rebuilt, triggers back).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.dialect = session.get_bind().dialect
        self.sqlite = self.dialect.name == "sqlite"
        self.cursor = session.connection().connection.dbapi_connection.cursor()
        self.now = utcnow()
        # SQLite stores what SQLAlchemy's Date and UTCDateTime would (ISO text, naive UTC).
        self.now_value = self.now.replace(tzinfo=None).isoformat(sep=" ") if self.sqlite else self.now
        m = self.mark = "?" if self.sqlite else "%s"
        self._insert = ("INSERT INTO voter (civil_number, name, name_key, gender, birth_date, wilayat_id, centre_id, "
                        f"phone, status, updated_at) VALUES ({m}, {m}, {m}, {m}, {m}, {m}, {m}, {m}, "
                        f"'{STATUS_ACTIVE}', {m})")

    def day(self, value: date) -> date | str:
        return value.isoformat() if self.sqlite else value

    def insert(self, rows: Sequence[tuple]) -> None:
        """Insert active voters: (civil_number, name, name_key, gender, birth_date, wilayat_id,
        centre_id, phone), the birth date as :meth:`day` gives it."""
        now = self.now_value
        self.cursor.executemany(self._insert, [(*row, now) for row in rows])

    def begin_bulk(self) -> None:
        self.cursor.execute("PRAGMA cache_size = -262144")  # 256 MB for the index builds
        search.drop_sqlite_triggers(self.cursor)
        for index in Voter.__table__.indexes:
            self.cursor.execute(f"DROP INDEX IF EXISTS {index.name}")

    def end_bulk(self) -> None:
        for index in sorted(Voter.__table__.indexes, key=lambda i: i.name or ""):
            self.cursor.execute(str(CreateIndex(index).compile(dialect=self.dialect)))
        search.rebuild_sqlite(self.cursor)
        self.cursor.execute("PRAGMA cache_size = -2000")


class _Run:
    """One pass over a roll file against the roll: counts, problems and (when writing) the writes."""

    def __init__(self, session: Session, source: Path, sha256: str, *, write: bool, valid_only: bool,
                 polling_day: date) -> None:
        self.session = session
        self.source = source
        self.sha256 = sha256
        self.write = write
        self.valid_only = valid_only
        self.polling_day = polling_day
        self.writer = VoterWriter(session)
        self.cursor = self.writer.cursor
        self.mark = self.writer.mark
        self.now = self.writer.now
        self.now_value = self.writer.now_value
        self.centres = _Centres(session)
        self.seen = Duplicates(_BY_KEY["civil_number"])
        self.problems: list[Problem] = []
        self.bad: set[int] = set()
        self.rows = 0
        self.added = self.changed = self.unchanged = self.removed = 0
        self.examples: dict[str, list[str]] = {"added": [], "changed": [], "removed": []}
        self.covered: set[int] = set()
        self.restored: set[int] = set()
        self.roll_was_empty = session.scalar(select(Voter.id).limit(1)) is None
        self.bulk = self.write and self.roll_was_empty and self.writer.sqlite
        self.reference = f"{source.name[:80]} ({sha256[:12]})"
        self.actor = str(session.info.get("actor", "system"))[:100]

    # problems ------------------------------------------------------------------------------
    def problem(self, row: int, error: RowError) -> None:
        self.bad.add(row)
        if len(self.problems) < KEPT_PROBLEMS:
            self.problems.append(Problem(row, error))

    def cell_problem(self, row: int, key: str, value: Any, error: ElectadminError) -> None:
        self.problem(row, RowError(_BY_KEY[key].label, value, error))

    @property
    def writing(self) -> bool:
        """Whether rows still go to the store (a rejected file stops writing, but is read to its end)."""
        return self.write and (self.valid_only or not self.bad)

    # rows ----------------------------------------------------------------------------------
    def check(self, number: int, values: Mapping[str, Any], parsed_ok: bool) -> tuple | None:
        """The row as a tuple to write, or ``None`` with its problems recorded."""
        civil = values.get("civil_number")
        good = parsed_ok
        repeat = self.seen.check(number, civil)
        if repeat is not None:
            self.problem(number, repeat)
            good = False
        wilayat_text = values.get("wilayat")
        wilayat = None
        if wilayat_text:
            wilayat = self.centres.wilayat(wilayat_text)
            if wilayat is None:
                self.cell_problem(number, "wilayat", wilayat_text,
                                  ElectadminError(ErrorCode.GEO_UNKNOWN_WILAYAT, value=wilayat_text))
                good = False
        centre_text = values.get("centre")
        centre = None
        if centre_text:
            centre = self.centres.centre(centre_text, wilayat[0] if wilayat is not None else None)
            if centre is None:
                self.cell_problem(number, "centre", centre_text,
                                  ElectadminError(ErrorCode.GEO_UNKNOWN_CENTRE, value=centre_text))
                good = False
            elif wilayat is not None and centre.wilayat_id != wilayat[0]:
                self.cell_problem(number, "centre", centre_text, ElectadminError(
                    ErrorCode.ROLL_CENTRE_NOT_IN_WILAYAT, centre=centre.code, wilayat=wilayat[1]))
                good = False
        gender = values.get("gender")
        if centre is not None and gender and gender not in _GENDERS_OF.get(centre.kind, ("M", "F")):
            self.cell_problem(number, "centre", centre_text, ElectadminError(
                ErrorCode.ROLL_CENTRE_GENDER, centre=centre.code, gender=_GENDER_NAMES[gender]))
            good = False
        birth = values.get("birth_date")
        if birth is not None and not EARLIEST_BIRTH <= birth <= self.polling_day:
            self.cell_problem(number, "birth_date", birth.isoformat(), ElectadminError(
                ErrorCode.VALUE_OUT_OF_RANGE, field=FIELD["birth_date"], minimum=EARLIEST_BIRTH.isoformat(),
                maximum=self.polling_day.isoformat(), value=birth.isoformat()))
            good = False
        if not good:
            return None
        name = values["name"]
        return (number, civil, name, search_key(name), gender, self.writer.day(birth), centre.wilayat_id, centre.id,
                values.get("phone"))

    def flush(self, chunk: list[tuple]) -> None:
        """Classify a chunk of valid rows against the roll and (when writing) apply it."""
        if not chunk:
            return
        if self.roll_was_empty:
            inserts, updates = chunk, []
        else:
            inserts, updates = self._compare(chunk)
        for row in inserts:
            self.covered.add(row[6])
        self.added += len(inserts)
        self.changed += len(updates)
        self._example("added", (row[1] for row in inserts))
        self._example("changed", (update[0][1] for update in updates))
        if not self.writing:
            return
        m = self.mark
        if inserts:
            self.writer.insert([row[1:] for row in inserts])
        if updates:
            self.cursor.executemany(
                f"UPDATE voter SET name = {m}, name_key = {m}, gender = {m}, birth_date = {m}, centre_id = {m}, "
                f"phone = {m}, status = {m}, removal_reason = {m}, decision_reference = {m}, updated_at = {m} "
                f"WHERE id = {m}",
                [(row[2], row[3], row[4], row[5], row[7], row[8], status, reason, reference, self.now_value, vid)
                 for row, vid, status, reason, reference in updates])
            self._history(HistoryKind.RESTORED, None, [vid for _row, vid, *_ in updates if vid in self.restored])

    def _compare(self, chunk: list[tuple]) -> tuple[list[tuple], list[tuple]]:
        """Rows that are new and rows that change a voter (with the voter's id and status to keep)."""
        existing: dict[str, Any] = {}
        civil_numbers = [row[1] for row in chunk]
        for start in range(0, len(civil_numbers), 500):
            for v in self.session.execute(
                    select(Voter.civil_number, Voter.id, Voter.name, Voter.gender, Voter.birth_date,
                           Voter.wilayat_id, Voter.centre_id, Voter.phone, Voter.status, Voter.removal_reason,
                           Voter.decision_reference)
                    .where(Voter.civil_number.in_(civil_numbers[start:start + 500]))):
                existing[v.civil_number] = v
        inserts, updates = [], []
        for row in chunk:
            number, civil, name, _key, gender, birth, wilayat_id, centre_id, phone = row
            voter = existing.get(civil)
            if voter is None:
                inserts.append(row)
                continue
            self.covered.add(wilayat_id)
            if voter.wilayat_id != wilayat_id:
                self.cell_problem(number, "civil_number", civil, ElectadminError(
                    ErrorCode.ROLL_REGISTERED_ELSEWHERE, civil_number=civil,
                    wilayat=self.centres.wilayat_codes.get(voter.wilayat_id, "?")))
                continue
            restore = voter.status == STATUS_REMOVED and voter.removal_reason == IMPORT_REMOVAL_REASON
            birth_date = date.fromisoformat(birth) if isinstance(birth, str) else birth
            same = (voter.name == name and voter.gender == gender and voter.birth_date == birth_date
                    and voter.centre_id == centre_id and voter.phone == phone)
            if same and not restore:
                self.unchanged += 1
                continue
            if restore:
                self.restored.add(voter.id)
                updates.append((row, voter.id, STATUS_ACTIVE, None, None))
            else:
                updates.append((row, voter.id, voter.status, voter.removal_reason, voter.decision_reference))
        return inserts, updates

    def _example(self, kind: str, civil_numbers: Iterator[str]) -> None:
        kept = self.examples[kind]
        for civil in civil_numbers:
            if len(kept) >= EXAMPLES:
                return
            kept.append(civil)

    def remove_absent(self) -> None:
        """Active voters of the covered wilayats that the file no longer lists: removed (not deleted).

        Not when the file has bad rows: a row whose civil number did not read may be one of them.
        """
        if self.roll_was_empty or not self.covered or self.bad:
            return
        gone: list[int] = []
        statement = (select(Voter.id, Voter.civil_number)
                     .where(Voter.status == STATUS_ACTIVE, Voter.wilayat_id.in_(sorted(self.covered)))
                     .execution_options(yield_per=20_000))
        for vid, civil in self.session.execute(statement):
            if civil not in self.seen:
                gone.append(vid)
                if len(self.examples["removed"]) < EXAMPLES:
                    self.examples["removed"].append(civil)
        self.removed = len(gone)
        if gone and self.writing:
            m = self.mark
            self.cursor.executemany(
                f"UPDATE voter SET status = '{STATUS_REMOVED}', removal_reason = {m}, decision_reference = {m}, "
                f"updated_at = {m} WHERE id = {m}",
                [(IMPORT_REMOVAL_REASON, self.reference, self.now_value, vid) for vid in gone])
            self._history(HistoryKind.REMOVED, IMPORT_REMOVAL_REASON, gone)

    def _history(self, kind: HistoryKind, reason: str | None, voter_ids: list[int]) -> None:
        """The voters' history rows of what this import did to them (in bulk, in its transaction)."""
        if not voter_ids:
            return
        m = self.mark
        day = self.writer.day(self.now.date())
        self.cursor.executemany(
            "INSERT INTO voter_history (voter_id, kind, reason, reference, note, day, recorded_by, recorded_at) "
            f"VALUES ({m}, {m}, {m}, {m}, '', {m}, {m}, {m})",
            [(vid, kind.value, reason, self.reference, day, self.actor, self.now_value) for vid in voter_ids])


def _analyse(session: Session, source: Path, sha256: str, mapping: RollMapping | None, translate: Translate,
             *, write: bool, valid_only: bool) -> Work[_Run]:
    definition = current_definition(session)
    polling_day = definition.polling_date or date.today()
    run = _Run(session, source, sha256, write=write, valid_only=valid_only, polling_day=polling_day)
    with read_table(source, columns=COLUMNS) as table:
        match = match_headers(table.header, COLUMNS, mapping.columns if mapping else None, translate=translate)
        if not match.complete:
            problems = [Problem(None, error) for error in match.errors]
            raise FileRejected(problems, 1)
        total = table.total_rows or 0
        if run.bulk:
            run.writer.begin_bulk()
        chunk: list[tuple] = []
        for parsed in parse_rows(table, COLUMNS, match):
            run.rows += 1
            for error in parsed.errors:
                run.problem(parsed.number, error)
            row = run.check(parsed.number, parsed.values, parsed.ok)
            if row is not None:
                chunk.append(row)
            if len(chunk) >= CHUNK:
                run.flush(chunk)
                chunk = []
                yield Progress(run.rows, total, STEP_READING)
        run.flush(chunk)
    if run.rows == 0:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(source))
    yield Progress(run.rows, total, STEP_REMOVING)
    run.remove_absent()
    if run.bulk and run.writing:
        yield Progress(run.rows, total, STEP_INDEXING)
        run.writer.end_bulk()
    return run


def preview_roll_import(store: Store, path: str | Path, mapping: RollMapping | None = None,
                        translate: Translate = untranslated) -> Work[RollImportPreview]:
    """What importing *path* would do: its bad rows, and what it would add, change and remove."""
    source = Path(path)
    sha256 = file_sha256(source)
    with store.read() as session:
        run = yield from _analyse(session, source, sha256, mapping, translate, write=False, valid_only=True)
    valid = run.rows - len(run.bad)
    return RollImportPreview(
        source.name, sha256, run.rows, valid, len(run.bad), tuple(sorted(run.problems, key=_problem_order)),
        run.added, run.changed, run.unchanged, run.removed, tuple(run.examples["added"]),
        tuple(run.examples["changed"]), tuple(run.examples["removed"]))


def _problem_order(problem: Problem) -> tuple[int, int]:
    return (problem.row or 0, 0)


@requires(Permission.ROLL_IMPORT)
def import_roll(store: Store, path: str | Path, *, mapping: RollMapping | None = None, valid_only: bool = False,
                translate: Translate = untranslated) -> Work[RollImportSummary]:
    """Apply a roll file in one transaction (see the module's notes); a file with a bad row raises
    :class:`~electadmin.domain.errors.FileRejected` and imports nothing unless *valid_only*."""
    source = Path(path)
    sha256 = file_sha256(source)
    with store.write() as session:
        definition = current_definition(session)
        if definition.phase.index >= Phase.POLLING.index:
            raise ElectadminError(ErrorCode.ELECTION_FROZEN, current=definition.phase.label, what=_FROZEN_WHAT)
        run = yield from _analyse(session, source, sha256, mapping, translate, write=True, valid_only=valid_only)
        if run.bad and not valid_only:
            raise FileRejected(sorted(run.problems, key=_problem_order), len(run.bad))
        if run.rows == len(run.bad):
            raise FileRejected(sorted(run.problems, key=_problem_order), len(run.bad))
        summary = RollImportSummary(source.name, sha256, run.rows, run.added, run.changed, run.unchanged,
                                    run.removed, len(run.bad))
        session.add(RollImport(file_name=source.name[:400], sha256=sha256, rows=run.rows, added=run.added,
                               changed=run.changed, removed=run.removed, skipped=len(run.bad),
                               imported_by=store.actor_name[:100], imported_at=run.now))
        audit.record(session, EventType.ROLL_IMPORTED, "roll", source.name, after={
            "file": source.name, "sha256": sha256, "rows": run.rows, "added": run.added, "changed": run.changed,
            "unchanged": run.unchanged, "removed": run.removed, "skipped": len(run.bad),
            "valid_only": valid_only, "removed_examples": run.examples["removed"],
        })
    return summary


def write_problems_xlsx(problems: Sequence[Problem], path: str | Path, *, translate: Translate = untranslated,
                        source: str | Path | None = None) -> int:
    """The XLSX report of a roll file's problems: row, column, value, reason, error code."""
    return write_error_report(path, problems, translate=translate, source=source)


# ---------------------------------------------------------------------------------------------
# export

_EXPORT_EXTRA = {
    "wilayat_name": QT_TRANSLATE_NOOP("Fields", "Wilayat name"),
    "centre_name": QT_TRANSLATE_NOOP("Fields", "Centre name"),
    "status": FIELD["status"],
    "removal_reason": QT_TRANSLATE_NOOP("Fields", "Reason for removal"),
    "decision_reference": QT_TRANSLATE_NOOP("Fields", "Decision reference"),
    "age": QT_TRANSLATE_NOOP("Fields", "Age on polling day"),
    "eligible": QT_TRANSLATE_NOOP("Fields", "Eligible"),
}
STEP_EXPORTING = QT_TRANSLATE_NOOP("Progress", "Writing the roll")
_DEMO_HEADER = "DEMO"
_DEMO_VALUE = "تجريبي — DEMO"
_PAGE = 5_000


def export_headers() -> tuple[Any, ...]:
    """The import's columns (so an export imports back unchanged), then the roll's own."""
    return (*COLUMNS, *(_EXPORT_EXTRA.values()))


@requires(Permission.DATA_EXPORT)
def export_roll(store: Store, path: str | Path, filter: RollFilter | None = None, translate: Translate = untranslated) -> Work[int]:
    """Write the filtered roll to *path* (XLSX or CSV by its extension), in name order; rows written.

    Stable keys: the civil number, the wilayat's and the centre's codes (names follow for people).
    An XLSX carries the election and the DEMO mark on its "About this file" sheet; a CSV of a demo
    election carries a DEMO column.
    """
    with store.read() as session:
        election = election_row(session)
        name, demo = election.name_ar, election.is_demo
    ids = ordered_ids(store, filter)
    target = Path(path)
    headers: list[Any] = list(export_headers())
    csv = target.suffix.lower() == ".csv"
    if csv and demo:
        headers.append(_DEMO_HEADER)
    yes, no = QT_TRANSLATE_NOOP("Fields", "yes"), QT_TRANSLATE_NOOP("Fields", "no")
    if csv:
        out = CsvOut(target, headers, translate=translate)
    else:
        scope = getattr(filter, "centre_code", None) or getattr(filter, "wilayat_code", None) \
            or QT_TRANSLATE_NOOP("Fields", "The whole roll")
        meta = [MetaItem("election", QT_TRANSLATE_NOOP("Fields", "Election"), name),
                MetaItem("status", QT_TRANSLATE_NOOP("Fields", "Status"), _DEMO_VALUE if demo else ""),
                MetaItem("scope", QT_TRANSLATE_NOOP("Fields", "Contents"), scope)]
        out = XlsxOut(target, headers, meta=meta, translate=translate, sheet_title=QT_TRANSLATE_NOOP("Fields", "Roll"))
    yield Progress(0, len(ids), STEP_EXPORTING)
    with out:
        for start in range(0, len(ids), _PAGE):
            for v in voters_by_id(store, ids[start:start + _PAGE]):
                row = [v.civil_number, v.name, GENDER_LABELS[v.gender].translated(translate), v.birth_date,
                       v.wilayat_code, v.centre_code, v.phone, v.wilayat_ar, v.centre_ar, v.status,
                       v.removal_reason, v.decision_reference, v.age, yes if v.eligible else no]
                if csv and demo:
                    row.append(_DEMO_VALUE)
                out.write_row(row)
            yield Progress(min(start + _PAGE, len(ids)), len(ids), STEP_EXPORTING)
    with store.write() as session:
        audit.record(session, EventType.ROLL_EXPORTED, "roll", target.name,
                     after={"rows": out.rows_written, "filter": _filter_summary(filter)})
    return out.rows_written


def _filter_summary(flt: RollFilter | None) -> dict | None:
    return None if flt is None else {k: v for k, v in asdict(flt).items() if v is not None}


__all__ = [
    "COLUMNS", "RollFileHeaders", "RollImportPreview", "RollImportSummary", "RollMapping", "export_roll",
    "import_roll", "preview_roll_import", "read_roll_file", "write_problems_xlsx",
]
