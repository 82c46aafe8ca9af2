"""Reading and writing tables: XLSX (also XLS, XLSB and ODS) and CSV, as committees exchange them.

Reading (:func:`read_table`) trusts nothing. The format is told by the content, not the name (a ZIP
holding ``xl/`` is a workbook, an OLE2 file is an old ``.xls``, anything else must be text); a file
that is damaged, renamed, binary, password-protected or in an unknown encoding gives an
:class:`~electadmin.domain.errors.ElectadminError` with the path and a translatable reason, never a
traceback. Rows come one at a time with their spreadsheet row numbers (the header row is usually
row 1, so the first data row is 2; blank rows are skipped but still counted, as Excel numbers them).

Memory: CSV is streamed (a few rows at a time, whatever its size). Workbooks are read with
python-calamine, which is ten times faster than openpyxl but holds the whole sheet: about 1 GB for a
million rows of seven columns (MEASURED.md). A roll larger than that should travel as CSV.

Writing (:class:`XlsxOut`, :class:`CsvOut`, :func:`write_xlsx`, :func:`write_csv`,
:func:`write_error_report`) is atomic: everything goes to a temporary file in the target's folder,
which is flushed to disk and then renamed over the target, so a crash, a full disk or a cancelled
export never leaves half a file where a committee expects a whole one. XLSX is written with
XlsxWriter in ``constant_memory`` mode (rows stream to disk), right to left, with a bold header; CSV
as UTF-8 with a byte-order mark, which Excel needs to show Arabic.
"""

from __future__ import annotations

import codecs
import csv
import errno
import math
import os
import re
import secrets
import sys
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum, StrEnum
from itertools import chain, islice
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import python_calamine
import xlsxwriter
import xlsxwriter.exceptions

from electadmin.domain.errors import ElectadminError, ErrorCode, RowError, describe
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term, Translate, untranslated
from electadmin.interchange.columns import (
    Cell,
    Column,
    Problem,
    Row,
    as_text,
    header_key,
    header_score,
    is_blank,
    shown,
)

PathLike = str | os.PathLike[str]


class TableFormat(StrEnum):
    """The kind of table file, as told by its content."""

    XLSX = "xlsx"  # Office Open XML workbook (also .xlsm and .xlsb)
    XLS = "xls"  # Excel 97-2003
    ODS = "ods"  # OpenDocument spreadsheet
    CSV = "csv"  # delimited text


# Reasons shown inside FILE_UNREADABLE / FILE_UNWRITABLE / FILE_BROKEN_ROW ({detail}).
DETAIL_NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "the file does not exist")
DETAIL_FOLDER_MISSING = QT_TRANSLATE_NOOP("Errors", "its folder does not exist")
DETAIL_IS_FOLDER = QT_TRANSLATE_NOOP("Errors", "it is a folder, not a file")
DETAIL_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "access was refused (the file may be open in another program)")
DETAIL_DISK_FULL = QT_TRANSLATE_NOOP("Errors", "the disk is full")
DETAIL_SYSTEM = QT_TRANSLATE_NOOP("Errors", "the system reported an error")
DETAIL_DAMAGED = QT_TRANSLATE_NOOP("Errors", "it is damaged or incomplete")
DETAIL_PASSWORD = QT_TRANSLATE_NOOP("Errors", "it is protected by a password; save it without one")
DETAIL_ENCODING = QT_TRANSLATE_NOOP("Errors", "its text is in an encoding this program does not know")
DETAIL_QUOTES = QT_TRANSLATE_NOOP("Errors", "its quotation marks do not pair up")
DETAIL_CELL_TOO_LONG = QT_TRANSLATE_NOOP("Errors", "a cell is too long")

# Labels of what this module writes.
SHEET_DATA = QT_TRANSLATE_NOOP("Interchange", "Data")
SHEET_ABOUT = QT_TRANSLATE_NOOP("Interchange", "About this file")
SHEET_ERRORS = QT_TRANSLATE_NOOP("Interchange", "Errors")
REPORT_ROW = QT_TRANSLATE_NOOP("Interchange", "Row")
REPORT_COLUMN = QT_TRANSLATE_NOOP("Interchange", "Column")
REPORT_VALUE = QT_TRANSLATE_NOOP("Interchange", "Value")
REPORT_PROBLEM = QT_TRANSLATE_NOOP("Interchange", "Problem")
REPORT_CODE = QT_TRANSLATE_NOOP("Interchange", "Error code")
META_SOURCE = QT_TRANSLATE_NOOP("Interchange", "File checked")

XLSX_MAX_ROWS = 1_048_576
XLSX_MAX_CELL = 32_767
HEADER_SEARCH_ROWS = 10
_CHUNK = 1 << 20
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_OLE2_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")
_DELIMITERS = (",", ";", "\t")
_MARKUP_STARTS = ("<!doctype", "<html", "<?xml", "<table")
_SEP_HINT = re.compile(r"sep=([,;\t|])\r?\n")
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0x1A}
_SPREADSHEET_SUFFIXES = {
    TableFormat.XLSX: {".xlsx", ".xlsm", ".xlsb", ".xla", ".xlam"},
    TableFormat.XLS: {".xls"},
    TableFormat.ODS: {".ods"},
}


# ---------------------------------------------------------------------------------------------
# errors

def _os_detail(exc: OSError) -> Term:
    """The translatable reason of an operating-system error."""
    if isinstance(exc, IsADirectoryError):
        return DETAIL_IS_FOLDER
    if isinstance(exc, PermissionError):
        return DETAIL_NO_PERMISSION
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DETAIL_DISK_FULL
    return DETAIL_SYSTEM


def _unreadable(path: Path, exc: OSError) -> ElectadminError:
    detail = DETAIL_NOT_FOUND if isinstance(exc, FileNotFoundError) else _os_detail(exc)
    return ElectadminError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=detail, technical=str(exc))


def _unwritable(path: Path, exc: OSError) -> ElectadminError:
    detail = DETAIL_FOLDER_MISSING if isinstance(exc, FileNotFoundError) else _os_detail(exc)
    return ElectadminError(ErrorCode.FILE_UNWRITABLE, path=str(path), detail=detail, technical=str(exc))


def _damaged(path: Path, technical: str, detail: Term = DETAIL_DAMAGED) -> ElectadminError:
    return ElectadminError(ErrorCode.FILE_UNREADABLE, path=str(path), detail=detail, technical=technical)


# ---------------------------------------------------------------------------------------------
# reading

class Table:
    """An open table file: its header row, and its non-blank data rows in order (one pass).

    Iterate it for :class:`~electadmin.interchange.columns.Row` objects; close it (or use it as a
    context manager) to release the file early. :attr:`total_rows` bounds the number of data rows
    for progress bars: exact for workbooks (blank rows included), estimated from line breaks for CSV.
    """

    def __init__(
        self,
        path: Path,
        format: TableFormat,
        header: Row,
        rows: Iterator[Row],
        *,
        last_row: int | None,
        sheet: str | None = None,
        encoding: str | None = None,
        delimiter: str | None = None,
        on_close: Callable[[], None] = lambda: None,
    ) -> None:
        self.path = path
        self.format = format
        self.header = header
        self.sheet = sheet
        self.encoding = encoding
        self.delimiter = delimiter
        self.last_row = last_row
        self._rows = rows
        self._on_close = on_close

    @property
    def total_rows(self) -> int | None:
        """At most this many data rows follow the header (``None`` when it cannot be told)."""
        return None if self.last_row is None else max(0, self.last_row - self.header.number)

    def __iter__(self) -> Iterator[Row]:
        return self._rows

    def close(self) -> None:
        """Release the file, and for a workbook the sheet calamine holds in memory."""
        self._on_close()
        self._rows = iter(())

    def __enter__(self) -> Table:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


def read_table(
    path: PathLike,
    *,
    sheet: str | int | None = None,
    columns: Sequence[Column] | None = None,
) -> Table:
    """Open a table file and find its header row.

    *sheet* names a sheet of a workbook (by name, compared like headers, or 0-based index); by
    default the first visible one. The header is the first non-blank row, or, given *columns*, the
    row among the first ten non-blank ones that names most of them: a title block above the header
    («كشف الناخبين - ولاية مسقط») is then skipped.

    Raises ``FILE_EMPTY`` when there is no non-blank row, ``FILE_FORMAT`` for a file that is not a
    table, ``FILE_UNREADABLE`` when it cannot be read, ``FILE_NO_SHEET`` for an unknown sheet;
    while iterating, ``FILE_BROKEN_ROW`` for CSV whose quotes do not pair up.
    """
    path = Path(path)
    format_ = _sniff_format(path)
    if format_ is not TableFormat.CSV:
        sheet_name, rows, last_row = _workbook_rows(path, format_, sheet)
        found = _find_header(path, rows, columns)
        return Table(path, format_, found[0], found[1], last_row=last_row, sheet=sheet_name)

    encoding, last_row = _sniff_text(path)
    delimiter, hinted = _sniff_delimiter(path, encoding)
    rows = _csv_rows(path, encoding, delimiter, skip_hint=hinted)
    try:
        header, data = _find_header(path, rows, columns)
    except BaseException:
        rows.close()
        raise
    return Table(path, TableFormat.CSV, header, data, last_row=last_row, encoding=encoding,
                 delimiter=delimiter, on_close=rows.close)


def _find_header(
    path: Path, rows: Iterator[Row], columns: Sequence[Column] | None
) -> tuple[Row, Iterator[Row]]:
    """The header row and an iterator over the non-blank rows below it."""
    filled = (row for row in rows if not _blank_row(row.cells))
    first = list(islice(filled, HEADER_SEARCH_ROWS if columns else 1))
    if not first:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(path))
    at = 0
    if columns:
        scores = [header_score(row.cells, columns) for row in first]
        at = max(range(len(first)), key=lambda i: (scores[i], -i))
    return first[at], chain(first[at + 1:], filled)


def _blank_row(cells: Sequence[Cell]) -> bool:
    for cell in cells:
        if cell is None or cell == "":
            continue
        if not isinstance(cell, str) or not is_blank(cell):
            return False
    return True


def _sniff_format(path: Path) -> TableFormat:
    """The format of *path* from its first bytes (``FILE_EMPTY`` if it has none)."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if not head:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(path))
    if head.startswith(_ZIP_MAGIC) or head.startswith(_OLE2_MAGIC):
        return _workbook_format(path, head)
    return TableFormat.CSV


def _workbook_format(path: Path, head: bytes) -> TableFormat:
    """XLSX, ODS or XLS from the container's content; ``FILE_FORMAT`` for other ZIP/OLE2 files."""
    if head.startswith(_OLE2_MAGIC):
        try:
            with path.open("rb") as file:
                directory = file.read(1 << 16)
        except OSError as exc:
            raise _unreadable(path, exc) from exc
        if _OLE2_ENCRYPTED in directory:  # an encrypted OOXML workbook lives in an OLE2 container
            raise _damaged(path, "encrypted workbook", DETAIL_PASSWORD)
        return TableFormat.XLS
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                if b"opendocument.spreadsheet" in archive.read("mimetype")[:200]:
                    return TableFormat.ODS
                raise ElectadminError(ErrorCode.FILE_FORMAT, path=str(path))
    except ElectadminError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, RuntimeError,
            EOFError, KeyError) as exc:
        raise _damaged(path, f"zip: {exc}") from exc
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    if any(name.startswith("xl/") for name in names):
        return TableFormat.XLSX
    raise ElectadminError(ErrorCode.FILE_FORMAT, path=str(path))


def _is_panic(exc: BaseException) -> bool:
    """Whether *exc* is a Rust panic surfaced by pyo3 (a BaseException, not an Exception)."""
    return type(exc).__name__ == "PanicException"


def _workbook_rows(
    path: Path, format_: TableFormat, sheet: str | int | None
) -> tuple[str, Iterator[Row], int]:
    """The chosen sheet's name, its rows numbered from 1, and its last row number.

    calamine's ``iter_rows`` starts at row 1 even when the data starts lower (it yields blank rows
    above), so the position in the iteration is the spreadsheet row number.
    """
    def load(workbook: python_calamine.CalamineWorkbook) -> tuple[str, Any]:
        name = _choose_sheet(path, workbook, sheet)
        return name, workbook.get_sheet_by_name(name)

    name, data = _with_workbook(path, format_, load)
    end = data.end
    if data.start is None or end is None:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(path))
    rows = (Row(number, cells) for number, cells in enumerate(data.iter_rows(), 1))
    return name, rows, end[0] + 1


_PASSWORD_ERRORS = tuple(e for e in [getattr(python_calamine, "PasswordError", None)] if e is not None)


def _with_workbook(path: Path, format_: TableFormat, use: Callable[[Any], Any]) -> Any:
    """``use(workbook)`` on the workbook at *path*, closed afterwards; calamine's failures (and Rust
    panics on hostile files) become ``FILE_UNREADABLE``."""
    try:
        if path.suffix.lower() in _SPREADSHEET_SUFFIXES[format_]:
            workbook = python_calamine.CalamineWorkbook.from_path(str(path))
        else:  # renamed: calamine picks its reader by the name, so give it the bytes instead
            with path.open("rb") as file:
                workbook = python_calamine.CalamineWorkbook.from_filelike(file)
        try:
            return use(workbook)
        finally:
            workbook.close()
    except ElectadminError:
        raise
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    except _PASSWORD_ERRORS as exc:
        raise _damaged(path, str(exc), DETAIL_PASSWORD) from exc
    except Exception as exc:  # CalamineError and its kin: a file calamine cannot make sense of
        raise _damaged(path, f"{type(exc).__name__}: {exc}") from exc
    except BaseException as exc:
        if _is_panic(exc):
            raise _damaged(path, f"panic: {exc}") from None
        raise


def _choose_sheet(path: Path, workbook: python_calamine.CalamineWorkbook, sheet: str | int | None) -> str:
    names = list(workbook.sheet_names)
    if not names:
        raise ElectadminError(ErrorCode.FILE_EMPTY, path=str(path))
    if sheet is None:
        visible = [m.name for m in workbook.sheets_metadata
                   if m.visible == python_calamine.SheetVisibleEnum.Visible
                   and m.typ == python_calamine.SheetTypeEnum.WorkSheet]
        return visible[0] if visible else names[0]
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return names[sheet]
        raise ElectadminError(ErrorCode.FILE_NO_SHEET, path=str(path), sheet=str(sheet + 1))
    if sheet in names:
        return sheet
    wanted = header_key(sheet)
    for name in names:
        if header_key(name) == wanted:
            return name
    raise ElectadminError(ErrorCode.FILE_NO_SHEET, path=str(path), sheet=sheet)


def _sniff_text(path: Path) -> tuple[str, int | None]:
    """The encoding of a text table and an estimate of its last row number (from line breaks).

    UTF-8 (with or without BOM) is checked over the whole file before the first row is read, so a
    stray byte at row 900,000 cannot switch encodings mid-import; otherwise Windows-1256, which
    Arabic Excel exports use. A BOM says UTF-16 (Excel's "Unicode text"). Binary content (NUL bytes,
    many control codes) or markup is ``FILE_FORMAT``.
    """
    try:
        with path.open("rb") as file:
            chunk = file.read(_CHUNK)
            if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                return "utf-16", None
            sample = chunk[:4096]
            controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
            if controls > 4 and controls * 20 > len(sample):
                raise ElectadminError(ErrorCode.FILE_FORMAT, path=str(path))
            decoder = codecs.getincrementaldecoder("utf-8")()
            utf8 = True
            lines = carriage_returns = 0
            last = b""
            while chunk:
                if b"\x00" in chunk:
                    raise ElectadminError(ErrorCode.FILE_FORMAT, path=str(path))
                lines += chunk.count(b"\n")
                carriage_returns += chunk.count(b"\r")
                if utf8:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        utf8 = False
                last = chunk[-1:]
                chunk = file.read(_CHUNK)
            if utf8:
                try:
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    utf8 = False
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    breaks = lines or carriage_returns
    return ("utf-8-sig" if utf8 else "cp1256"), breaks + (0 if last in (b"\n", b"\r") else 1)


def _sniff_delimiter(path: Path, encoding: str) -> tuple[str, bool]:
    """``,``, ``;`` or tab: whichever the first non-blank line (the header) uses most, outside quotes;
    and whether the file starts with Excel's ``sep=;`` hint line, which names it (and is no row)."""
    try:
        with path.open(encoding=encoding, newline="", errors="replace") as file:
            sample = file.read(1 << 16)
    except OSError as exc:
        raise _unreadable(path, exc) from exc
    hint = _SEP_HINT.match(sample.lstrip("\ufeff"))
    if hint:
        return hint.group(1), True
    text = sample.lstrip("\ufeff \t\r\n")
    if text[:20].lower().startswith(_MARKUP_STARTS):
        raise ElectadminError(ErrorCode.FILE_FORMAT, path=str(path))
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char in "\r\n":
            break
        elif char in counts:
            counts[char] += 1
    best = max(_DELIMITERS, key=lambda d: (counts[d], -_DELIMITERS.index(d)))
    return (best if counts[best] else ","), False


def _csv_rows(path: Path, encoding: str, delimiter: str, *, skip_hint: bool = False) -> Iterator[Row]:
    """Every record of a CSV file, numbered from 1 (a quoted line break does not start a row;
    a ``sep=`` hint line is not a row, as in Excel)."""
    number = 0
    try:
        with path.open(encoding=encoding, newline="") as file:
            if skip_hint:
                file.readline()
            for number, cells in enumerate(csv.reader(file, delimiter=delimiter, strict=True), 1):
                yield Row(number, cells)
    except csv.Error as exc:
        detail = DETAIL_CELL_TOO_LONG if "field limit" in str(exc) else DETAIL_QUOTES
        raise ElectadminError(ErrorCode.FILE_BROKEN_ROW, path=str(path), row=number + 1, detail=detail,
                              technical=str(exc)) from None
    except UnicodeError as exc:
        raise _damaged(path, str(exc), DETAIL_ENCODING) from None
    except OSError as exc:
        raise _unreadable(path, exc) from exc


def read_meta(path: PathLike) -> dict[str, Cell]:
    """The metadata block :func:`write_xlsx` wrote (key → value), or ``{}`` if there is none."""
    path = Path(path)
    format_ = _sniff_format(path)
    if format_ is TableFormat.CSV:
        return {}

    def load(workbook: python_calamine.CalamineWorkbook) -> list[list[Any]]:
        return workbook.get_sheet_by_index(1).to_python() if len(workbook.sheet_names) > 1 else []

    rows = _with_workbook(path, format_, load)
    return {str(row[2]): row[1] for row in rows if len(row) >= 3 and isinstance(row[2], str) and row[2]}


# ---------------------------------------------------------------------------------------------
# writing

@contextmanager
def atomic_path(path: PathLike) -> Iterator[Path]:
    """A temporary path beside *path*; when the block ends normally, its file replaces *path*.

    The file is flushed to disk before the rename and the folder after it, so after a crash the
    target is either the old file or the complete new one. If the block raises (or a generator
    holding it is closed), the temporary file is removed and *path* is untouched. Operating-system
    failures become ``FILE_UNWRITABLE`` naming *path*.
    """
    target = Path(path)
    try:
        temporary = _create_beside(target)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    try:
        yield temporary
        with temporary.open("rb+") as file:
            os.fsync(file.fileno())
        os.replace(temporary, target)
    except BaseException as exc:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _unwritable(target, exc) from exc
        raise
    _fsync_folder(target.parent)


def _create_beside(target: Path) -> Path:
    """A new empty file in *target*'s folder, created with the usual permissions (not mkstemp's 0600)."""
    for _ in range(100):
        candidate = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            with candidate.open("xb"):
                return candidate
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target))


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to flush it; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@dataclass(frozen=True, slots=True)
class MetaItem:
    """One line of an export's metadata: a stable *key*, a *label* shown to people, a *value*."""

    key: str
    label: Term | str
    value: Cell


Header = Column | Term | str


def _header_text(header: Header, translate: Translate) -> str:
    if isinstance(header, Column):
        return header.label.translated(translate)
    if isinstance(header, Term):
        return header.translated(translate)
    return header


_PLAIN_TYPES = frozenset({str, int, float, bool, date, datetime, time, timedelta, type(None)})


def _plain(value: Any, translate: Translate) -> Cell:
    """A value as a cell: terms translated, enums by value, anything else unusual as text."""
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, Term):
        return value.translated(translate)
    if isinstance(value, Enum):
        return value.value if isinstance(value.value, (str, int, float)) else str(value.value)
    if value is None or isinstance(value, (str, int, float, date, time, timedelta)):
        return value
    return str(value)


def _sheet_title(title: str) -> str:
    """*title* made acceptable to Excel: no ``[]:*?/\\``, at most 31 characters, not blank."""
    cleaned = " ".join("".join(" " if ch in "[]:*?/\\" else ch for ch in title).split()).strip("'")
    return cleaned[:31].strip() or "Sheet1"


class XlsxOut:
    """An XLSX file being written row by row (constant memory), replaced atomically when closed.

    Use it as a context manager so a service can yield progress between rows::

        with XlsxOut(path, ROLL_COLUMNS, meta=meta, translate=tr) as out:
            for n, voter in enumerate(voters, 1):
                out.write_row((voter.civil_number, voter.name, voter.birth_date))
                if n % 5000 == 0:
                    yield Progress(n, total)

    Strings are always written as text, so a cell reading ``=HYPERLINK(...)`` stays text and is
    never a formula. Dates are formatted ``yyyy-mm-dd``, which :class:`~electadmin.interchange.
    columns.DateValue` reads back. Time-zone-aware datetimes are written as ISO text with their
    offset, since Excel has no time zones. More rows than Excel holds raise ``FILE_TOO_MANY_ROWS``.
    """

    def __init__(
        self,
        path: PathLike,
        headers: Sequence[Header],
        *,
        sheet_title: Term | str = SHEET_DATA,
        right_to_left: bool = True,
        meta: Sequence[MetaItem] = (),
        translate: Translate = untranslated,
        widths: Sequence[float] | None = None,
    ) -> None:
        self.path = Path(path)
        self._headers = [_header_text(h, translate) for h in headers]
        self._sheet_title = _sheet_title(_header_text(sheet_title, translate))
        self._right_to_left = right_to_left
        self._meta = meta
        self._translate = translate
        self._widths = widths
        self._atomic: Any = None
        self._workbook: Any = None
        self.rows_written = 0

    def __enter__(self) -> XlsxOut:
        self._atomic = atomic_path(self.path)
        temporary = self._atomic.__enter__()
        try:
            self._open(temporary)
        except BaseException:
            self._atomic.__exit__(*sys.exc_info())
            raise
        return self

    def _open(self, temporary: Path) -> None:
        workbook = xlsxwriter.Workbook(
            str(temporary),
            {"constant_memory": True, "strings_to_formulas": False,
             "strings_to_numbers": False, "strings_to_urls": False, "nan_inf_to_errors": True},
        )
        self._workbook = workbook
        self._bold = workbook.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        self._date = workbook.add_format({"num_format": "yyyy-mm-dd"})
        self._datetime = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self._time = workbook.add_format({"num_format": "hh:mm:ss"})
        self._sheet = workbook.add_worksheet(self._sheet_title)
        if self._right_to_left:
            self._sheet.right_to_left()
        for index, header in enumerate(self._headers):
            width = self._widths[index] if self._widths and index < len(self._widths) else \
                min(50, max(12, len(header) + 4))
            self._sheet.set_column(index, index, width)
        self._sheet.freeze_panes(1, 0)
        for index, header in enumerate(self._headers):
            self._sheet.write_string(0, index, header, self._bold)

    def write_row(self, cells: Sequence[Any]) -> None:
        """Append one row below the previous one."""
        row = self.rows_written + 1
        if row >= XLSX_MAX_ROWS:
            raise ElectadminError(ErrorCode.FILE_TOO_MANY_ROWS, path=str(self.path), maximum=XLSX_MAX_ROWS - 1)
        for index, value in enumerate(cells):
            self._write_cell(self._sheet, row, index, _plain(value, self._translate))
        self.rows_written = row

    def _write_cell(self, sheet: Any, row: int, index: int, value: Cell) -> None:
        if value is None:
            return
        kind = type(value)
        if kind is str and len(value) <= XLSX_MAX_CELL:
            sheet.write_string(row, index, value)
        elif kind is int and -10**15 < value < 10**15 or kind is float and math.isfinite(value):
            sheet.write_number(row, index, value)
        elif isinstance(value, str):
            if len(value) > XLSX_MAX_CELL:
                field = self._headers[index] if index < len(self._headers) else str(index + 1)
                raise ElectadminError(ErrorCode.VALUE_TOO_LONG, field=field, maximum=XLSX_MAX_CELL)
            sheet.write_string(row, index, value)
        elif isinstance(value, bool):
            sheet.write_boolean(row, index, value)
        elif isinstance(value, int):
            if abs(value) < 10**15:
                sheet.write_number(row, index, value)
            else:  # beyond a double's exact integers: keep every digit
                sheet.write_string(row, index, str(value))
        elif isinstance(value, float):
            if math.isfinite(value):
                sheet.write_number(row, index, value)
            else:
                sheet.write_string(row, index, repr(value))
        elif isinstance(value, datetime):
            if value.tzinfo is not None or value.year < 1900:
                sheet.write_string(row, index, value.isoformat())
            else:
                sheet.write_datetime(row, index, value, self._datetime)
        elif isinstance(value, date):
            if value.year < 1900:  # before Excel's calendar: as text, so it is not lost
                sheet.write_string(row, index, value.isoformat())
            else:
                sheet.write_datetime(row, index, value, self._date)
        elif isinstance(value, time):
            if value.tzinfo is not None:
                sheet.write_string(row, index, value.isoformat())
            else:
                sheet.write_datetime(row, index, value, self._time)
        else:
            sheet.write_string(row, index, str(value))

    def _finish(self) -> None:
        sheet = self._sheet
        if self._headers:
            last = max(0, len(self._headers) - 1)
            sheet.autofilter(0, 0, self.rows_written, last)
            sheet.ignore_errors({"number_stored_as_text": f"A1:XFD{max(1, self.rows_written + 1)}"})
        if self._meta:
            about = self._workbook.add_worksheet(_sheet_title(SHEET_ABOUT.translated(self._translate)))
            if self._right_to_left:
                about.right_to_left()
            about.set_column(0, 0, 30)
            about.set_column(1, 1, 40)
            about.set_column(2, 2, 16, None, {"hidden": True})
            for row, item in enumerate(self._meta):
                about.write_string(row, 0, _header_text(item.label, self._translate), self._bold)
                self._write_cell(about, row, 1, _plain(item.value, self._translate))
                about.write_string(row, 2, item.key)
        try:
            self._workbook.close()
        except xlsxwriter.exceptions.FileCreateError as exc:
            cause = exc.__cause__ if isinstance(exc.__cause__, OSError) else OSError(str(exc))
            raise cause from exc

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        atomic, self._atomic = self._atomic, None
        if exc is None:
            try:
                self._finish()
            except BaseException:
                atomic.__exit__(*sys.exc_info())
                raise
            atomic.__exit__(None, None, None)
        else:
            _abandon(self._workbook)
            atomic.__exit__(exc_type, exc, tb)


def _abandon(workbook: Any) -> None:
    """Drop a workbook that will not be finished: close its constant-memory temporary files."""
    if workbook is None:
        return
    workbook.fileclosed = True
    for sheet in workbook.worksheets():
        handle = getattr(sheet, "row_data_fh", None)
        if handle is not None:
            try:
                handle.close()
            except OSError:
                pass
        name = getattr(sheet, "row_data_filename", None)
        if name:
            try:
                os.unlink(name)
            except OSError:
                pass


def write_xlsx(
    path: PathLike,
    headers: Sequence[Header],
    rows: Iterable[Sequence[Any]],
    *,
    sheet_title: Term | str = SHEET_DATA,
    right_to_left: bool = True,
    meta: Sequence[MetaItem] = (),
    translate: Translate = untranslated,
    widths: Sequence[float] | None = None,
) -> int:
    """Write *rows* under *headers* to an XLSX file atomically; the number of rows written.

    *headers* may be :class:`~electadmin.interchange.columns.Column` (their translated labels are
    written, which :func:`~electadmin.interchange.columns.match_headers` accepts back given the same
    ``translate``), terms or plain text. *meta* (election, status, generation time…) goes to a
    second sheet, label and value, so the data sheet stays a plain table that reads back as is.
    """
    with XlsxOut(path, headers, sheet_title=sheet_title, right_to_left=right_to_left, meta=meta,
                 translate=translate, widths=widths) as out:
        for cells in rows:
            out.write_row(cells)
    return out.rows_written


_FORMULA_STARTS = frozenset("=+-@\t\r")


def _csv_text(value: Cell) -> str:
    """A cell as CSV text. Text that a spreadsheet would run as a formula gets a leading ``'``
    (OWASP's advice against CSV injection); signed numbers such as ``+96899123456`` are left alone."""
    if type(value) is str:
        if value and value[0] in _FORMULA_STARTS and not _is_signed_number(value):
            return "'" + value
        return value
    if value is None:
        return ""
    if type(value) is int:
        return str(value)
    if isinstance(value, str):
        return _csv_text(str(value))
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    return as_text(value)


def _is_signed_number(text: str) -> bool:
    body = text[1:]
    return bool(body) and text[0] in "+-" and body.replace(".", "", 1).isascii() \
        and body.replace(".", "", 1).isdigit()


class CsvOut:
    """A CSV file being written row by row, replaced atomically when closed.

    UTF-8 with a byte-order mark (without it Excel shows Arabic as mojibake), CRLF line ends,
    quoting only where needed. Dates are ISO ``yyyy-mm-dd``.
    """

    def __init__(self, path: PathLike, headers: Sequence[Header], *, delimiter: str = ",",
                 translate: Translate = untranslated) -> None:
        self.path = Path(path)
        self._headers = [_header_text(h, translate) for h in headers]
        self._delimiter = delimiter
        self._translate = translate
        self._atomic: Any = None
        self._file: IO[str] | None = None
        self.rows_written = 0

    def __enter__(self) -> CsvOut:
        self._atomic = atomic_path(self.path)
        temporary = self._atomic.__enter__()
        try:
            self._file = temporary.open("w", encoding="utf-8-sig", newline="")
            self._writer = csv.writer(self._file, delimiter=self._delimiter, lineterminator="\r\n")
            self._writer.writerow([_csv_text(h) for h in self._headers])
        except BaseException:
            if self._file is not None:
                self._file.close()
            self._atomic.__exit__(*sys.exc_info())
            raise
        return self

    def write_row(self, cells: Sequence[Any]) -> None:
        """Append one row."""
        plain, translate = _PLAIN_TYPES, self._translate
        self._writer.writerow([_csv_text(v if type(v) in plain else _plain(v, translate)) for v in cells])
        self.rows_written += 1

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        atomic, self._atomic = self._atomic, None
        file, self._file = self._file, None
        try:
            if file is not None:
                file.close()
        except BaseException:
            atomic.__exit__(*sys.exc_info())
            raise
        atomic.__exit__(exc_type, exc, tb)


def write_csv(
    path: PathLike,
    headers: Sequence[Header],
    rows: Iterable[Sequence[Any]],
    *,
    delimiter: str = ",",
    translate: Translate = untranslated,
) -> int:
    """Write *rows* under *headers* to a CSV file atomically (see :class:`CsvOut`); rows written."""
    with CsvOut(path, headers, delimiter=delimiter, translate=translate) as out:
        for cells in rows:
            out.write_row(cells)
    return out.rows_written


def write_error_report(
    path: PathLike,
    problems: Iterable[Problem],
    *,
    translate: Translate = untranslated,
    source: PathLike | None = None,
    meta: Sequence[MetaItem] = (),
    right_to_left: bool = True,
) -> int:
    """Write every problem of a file to an XLSX report: row, column, value, reason, error code.

    The column label and the reason are translated with *translate* (pass Qt's
    ``QCoreApplication.translate`` from the UI). *source* names the file that was checked.
    """
    items = list(meta)
    if source is not None:
        items.insert(0, MetaItem("source", META_SOURCE, Path(source).name))
    headers = (REPORT_ROW, REPORT_COLUMN, REPORT_VALUE, REPORT_PROBLEM, REPORT_CODE)
    with XlsxOut(path, headers, sheet_title=SHEET_ERRORS, right_to_left=right_to_left, meta=items,
                 translate=translate, widths=(8, 24, 30, 70, 22)) as out:
        for problem in problems:
            error = problem.error
            if isinstance(error, RowError):
                column = _header_text(error.column, translate) if isinstance(error.column, str) else ""
                value = shown(error.value)
            else:
                column = value = ""
            cause = problem.cause
            out.write_row((problem.row, column, value, describe(cause, translate), cause.code.value))
    return out.rows_written
