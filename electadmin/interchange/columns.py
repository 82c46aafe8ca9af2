"""What the columns of an imported table mean: specs, header matching, cell parsers, row parsing.

An import declares its columns once (:class:`Column`: a stable key, a translatable label, the header
spellings people use in Arabic and English, and a parser). :func:`match_headers` finds them in the
header row of a file, :func:`parse_rows` turns every data row into parsed values or into the list of
*all* its bad cells, and :class:`Problems` collects those with their row numbers, so that the user is
told every bad row at once and the service can reject the whole file.

Nothing here builds text: a bad cell becomes an :class:`~electadmin.domain.errors.ElectadminError`
with a stable code, the column's label (a :class:`~electadmin.domain.text.Term`, translated when
shown) and the value as the user typed it.

Parsers accept what spreadsheets and people actually produce: both digit systems, stray spaces,
tatweel, diacritics and bidi marks, numbers that python-calamine hands back as floats (``12.0``), dates
as ``date``/``datetime`` objects (calamine, openpyxl) or Excel serial numbers, and dates written
day first (the convention wherever this application is used).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from electadmin.domain.arabic import clean, search_key, to_ascii_digits
from electadmin.domain.errors import ElectadminError, ErrorCode, RowError
from electadmin.domain.text import Term, Translate

Cell = str | int | float | bool | date | datetime | time | timedelta | None
"""A cell as a reader returns it: CSV gives ``str``; XLSX may also give numbers, booleans and dates."""

Parser = Callable[[Cell], Any]
"""Turns one cell into a value, or raises :class:`Invalid`. A blank optional cell gives ``None``."""

SHOWN_LIMIT = 200
"""Longest value quoted back to the user in an error; longer cells are cut with an ellipsis."""


class Row(NamedTuple):
    """One row of a table: its 1-based spreadsheet row number and its cells, left to right."""

    number: int
    cells: Sequence[Cell]


class Invalid(Exception):
    """Raised by a parser: what is wrong with a cell, as a code and parameters, without the column.

    :func:`parse_rows` adds the column's label and the cell's value, so a parser stays reusable.
    """

    def __init__(self, code: ErrorCode, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code.value)


# ---------------------------------------------------------------------------------------------
# cells as text

def is_blank(cell: Cell) -> bool:
    """Whether *cell* holds nothing (empty, only spaces or invisible marks)."""
    if cell is None:
        return True
    if isinstance(cell, str):
        return not _folded(cell)
    return False


def as_text(cell: Cell) -> str:
    """*cell* as the text a person would read in it (``12.0`` from calamine reads ``12``)."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return cell
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        if math.isfinite(cell) and cell.is_integer() and abs(cell) < 1e16:
            return str(int(cell))
        return repr(cell)
    if isinstance(cell, (date, time)):
        return cell.isoformat()
    return str(cell)


def shown(cell: Cell) -> str:
    """*cell* as quoted back in an error message: its text, cut at :data:`SHOWN_LIMIT` characters."""
    text = as_text(cell)
    return text if len(text) <= SHOWN_LIMIT else text[: SHOWN_LIMIT - 1] + "…"


_HEADER_PUNCTUATION = str.maketrans({ch: " " for ch in "_-.:/\\()[]{}#*'\"`،,;؛?؟!"})


def header_key(text: str) -> str:
    """How header texts are compared: :func:`~electadmin.domain.arabic.search_key`, punctuation as
    spaces, and the Arabic article dropped (so «الرقم المدنى», «رقم مدني» and ``civil_number`` →
    ``civil number`` compare by their letters, not their spelling habits)."""
    words = search_key(text).translate(_HEADER_PUNCTUATION).split()
    return " ".join(w[2:] if len(w) > 3 and w.startswith("ال") else w for w in words)


# ---------------------------------------------------------------------------------------------
# parsers

_CONTROLS = dict.fromkeys([*range(0x20), *range(0x7F, 0xA0)], " ")
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_INTEGER = re.compile(r"[+-]?(?:[0-9]+|[0-9]{1,3}(?:[,\u066c ][0-9]{3})+)(?:[.\u066b]0+)?")
_GROUPING = re.compile(r"[,\u066c ]")
_FRACTION = re.compile(r"[.\u066b]0+$")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")
_DIGITS = re.compile(r"[0-9]+")
_PHONE_JUNK = re.compile(r"[\s\u00a0\-.()/]+")


def _folded(cell: str) -> str:
    """Text with ASCII digits, no bidi marks, NFKC (full-width forms) and no surrounding spaces."""
    if cell.isascii():
        return cell.strip()
    return to_ascii_digits(unicodedata.normalize("NFKC", cell)).strip()


def _whole_number(cell: Cell) -> int | None:
    """The integer in a numeric cell (``12`` or an integral ``12.0``), else ``None``."""
    if type(cell) is int:
        return cell
    if type(cell) is float and math.isfinite(cell) and cell.is_integer():
        return int(cell)
    return None


def _blank_or_required(required: bool) -> None:
    if required:
        raise Invalid(ErrorCode.VALUE_REQUIRED)


def _is_clean(text: str) -> bool:
    """Whether :func:`~electadmin.domain.arabic.clean` would leave *text* as it is, told quickly:
    invisible marks and control codes are all non-printable, so most names skip the full clean."""
    return (text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "
            and unicodedata.is_normalized("NFC", text))


@dataclass(frozen=True, slots=True)
class Text:
    """Free text such as a name: cleaned for storage (NFC, no invisible marks or control codes,
    single spaces).

    Diacritics and tatweel are kept (they are how a person writes their name); matching uses
    :func:`~electadmin.domain.arabic.search_key` on the stored value instead.
    """

    required: bool = False
    max_length: int = 200

    def __call__(self, cell: Cell) -> str | None:
        text = as_text(cell)
        if not _is_clean(text):
            text = clean(text if text.isprintable() else text.translate(_CONTROLS))
        if not text:
            _blank_or_required(self.required)
            return None
        if len(text) > self.max_length:
            raise Invalid(ErrorCode.VALUE_TOO_LONG, maximum=self.max_length)
        return text


def _check_range(number: Any, minimum: Any, maximum: Any, show: Callable[[Any], Any] = lambda v: v) -> None:
    if minimum is not None and maximum is not None and not minimum <= number <= maximum:
        raise Invalid(ErrorCode.VALUE_OUT_OF_RANGE, minimum=show(minimum), maximum=show(maximum),
                      value=show(number))
    if minimum is not None and number < minimum:
        raise Invalid(ErrorCode.VALUE_TOO_SMALL, minimum=show(minimum), value=show(number))
    if maximum is not None and number > maximum:
        raise Invalid(ErrorCode.VALUE_TOO_LARGE, maximum=show(maximum), value=show(number))


@dataclass(frozen=True, slots=True)
class Integer:
    """A whole number in either digit system; thousands separators only in groups of three.

    ``1,500`` is fifteen hundred, but ``1,5`` (a decimal comma) is refused rather than read as 15;
    ``12.0`` and ``١٢٫٠`` are accepted because spreadsheets write whole numbers that way.
    """

    required: bool = True
    minimum: int | None = None
    maximum: int | None = None

    def __call__(self, cell: Cell) -> int | None:
        number = _whole_number(cell)
        if number is None:
            text = _folded(cell) if isinstance(cell, str) else ("" if cell is None else None)
            if text == "":
                _blank_or_required(self.required)
                return None
            text = text.replace("\u2212", "-") if text is not None else None
            if text is None or not _INTEGER.fullmatch(text):
                raise Invalid(ErrorCode.VALUE_NOT_INTEGER)
            number = int(_GROUPING.sub("", _FRACTION.sub("", text)))
        _check_range(number, self.minimum, self.maximum)
        return number


@dataclass(frozen=True, slots=True)
class Code:
    """A stable external code (wilayat, centre, candidate): ASCII letters, digits, hyphens, up to 20.

    Upper-cased, so ``om-bs-01`` and ``OM-BS-01`` are the same code; digits in either system.
    """

    required: bool = True

    def __call__(self, cell: Cell) -> str | None:
        number = _whole_number(cell)
        if number is not None:
            text = str(number)
        elif isinstance(cell, str):
            text = _folded(cell).upper()
        elif is_blank(cell):
            text = ""
        else:
            raise Invalid(ErrorCode.VALUE_BAD_CODE)
        if not text:
            _blank_or_required(self.required)
            return None
        if not _CODE.fullmatch(text):
            raise Invalid(ErrorCode.VALUE_BAD_CODE)
        return text


_UNSEEN: Any = object()
_CHOICE_MEMORY = 4096


@dataclass(frozen=True, eq=False)
class Choice:
    """One of a fixed set of values, each with the spellings people use for it.

    *options* maps each stored value to its spellings (Arabic and English, abbreviations);
    the stored value is a spelling too. Spellings are compared after :func:`header_key`, so
    «أنثى», «انثي» and ``female`` are the same; a spelling that names two values is a spec error.
    *shown* is how the valid choices are listed in the error message.
    """

    options: Mapping[str, Sequence[str]]
    required: bool = True
    shown: str = ""
    _lookup: Mapping[str, str] = field(init=False, repr=False, compare=False)
    _seen: dict[str, str | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        lookup: dict[str, str] = {}
        for value, spellings in self.options.items():
            for spelling in (value, *spellings):
                key = header_key(spelling)
                if lookup.setdefault(key, value) != value:
                    raise ValueError(f"the spelling {spelling!r} names both {lookup[key]!r} and {value!r}")
        object.__setattr__(self, "_lookup", lookup)
        object.__setattr__(self, "_seen", {})
        if not self.shown:
            listed = (spellings[0] if spellings else value for value, spellings in self.options.items())
            object.__setattr__(self, "shown", " / ".join(listed))

    def __call__(self, cell: Cell) -> str | None:
        # A column of choices repeats a handful of spellings: remember each one's verdict.
        value = self._seen.get(cell, _UNSEEN) if type(cell) is str else _UNSEEN
        if value is _UNSEEN:
            value = None if is_blank(cell) else self._lookup.get(header_key(as_text(cell)), _UNSEEN)
            if type(cell) is str and len(self._seen) < _CHOICE_MEMORY:
                self._seen[cell] = value
        if value is None:
            _blank_or_required(self.required)
            return None
        if value is _UNSEEN:
            raise Invalid(ErrorCode.VALUE_NOT_CHOICE, choices=self.shown)
        return value


GENDER = Choice(
    {
        "M": ("ذكر", "Male", "م", "ذ", "رجل", "Man", "ذكور", "Males"),
        "F": ("أنثى", "Female", "أ", "ث", "امرأة", "Woman", "إناث", "Females"),
    },
    shown="ذكر / أنثى / M / F",
)
"""Gender as stored: ``M`` or ``F``, from ذكر/أنثى, M/F, Male/Female, م/ذ and أ/ث."""


# Excel's 1900 date system counts 1900-01-01 as day 1 and believes 1900 was a leap year (Lotus 1-2-3
# compatibility): day 60 is the 29 February 1900 that never was, and every day after is one too high.
EXCEL_LAST_SERIAL = 2958465  # 9999-12-31
_EXCEL_EPOCH_BEFORE_BUG = date(1899, 12, 31)
_EXCEL_EPOCH_AFTER_BUG = date(1899, 12, 30)


def excel_serial_date(serial: int | float) -> date:
    """The date of an Excel serial day number (1900 date system). ``ValueError`` if there is none.

    Serial 60 (the fake 1900-02-29), 0 and negative numbers, fractions (a time of day) and serials
    past 9999-12-31 have no date.
    """
    if isinstance(serial, bool) or not math.isfinite(serial) or not float(serial).is_integer():
        raise ValueError(serial)
    day = int(serial)
    if day < 1 or day == 60 or day > EXCEL_LAST_SERIAL:
        raise ValueError(serial)
    epoch = _EXCEL_EPOCH_BEFORE_BUG if day < 60 else _EXCEL_EPOCH_AFTER_BUG
    return epoch + timedelta(days=day)


_DATE_SEPARATORS = "/\\-.\u060d"  # the last is the Arabic date separator
_YMD = re.compile(r"([0-9]{4})\s*([/\-.])\s*([0-9]{1,2})\s*\2\s*([0-9]{1,2})")
_DMY = re.compile(r"([0-9]{1,2})\s*([/\\\-.\u060d])\s*([0-9]{1,2})\s*\2\s*([0-9]+)")
_MIDNIGHT = re.compile(r"(?:[ T]+00:00(?::00(?:\.0+)?)?)$")


@dataclass(frozen=True, slots=True)
class DateValue:
    """A calendar date: day/month/year (``/ - .`` or the Arabic ``؍``), ISO ``yyyy-mm-dd``, an Excel
    serial number, or a ``date``/``datetime`` from the spreadsheet reader.

    Day first, always: ``03/04/1990`` is the 3rd of April. A two-digit year is refused as ambiguous
    (1920 or 2020?), as is a date with a time of day other than midnight, and any impossible date.
    """

    required: bool = True
    minimum: date | None = None
    maximum: date | None = None

    def __call__(self, cell: Cell) -> date | None:
        if isinstance(cell, str) and (text := _folded(cell)):
            day = self._from_text(text)
        elif isinstance(cell, datetime):
            if cell.time() != time(0) or cell.tzinfo is not None:
                raise Invalid(ErrorCode.VALUE_NOT_DATE)
            day = cell.date()
        elif isinstance(cell, date):
            day = cell
        elif type(cell) in (int, float):
            try:
                day = excel_serial_date(cell)  # type: ignore[arg-type]
            except ValueError:
                raise Invalid(ErrorCode.VALUE_NOT_DATE) from None
        elif is_blank(cell):
            _blank_or_required(self.required)
            return None
        else:
            raise Invalid(ErrorCode.VALUE_NOT_DATE)
        _check_range(day, self.minimum, self.maximum, date.isoformat)
        return day

    @staticmethod
    def _from_text(text: str) -> date:
        if " " in text or "T" in text:
            text = _MIDNIGHT.sub("", text)
        if match := _YMD.fullmatch(text):
            year, month, day = match.group(1), match.group(3), match.group(4)
        elif match := _DMY.fullmatch(text):
            day, month, year = match.group(1), match.group(3), match.group(4)
            if len(year) <= 2:
                raise Invalid(ErrorCode.VALUE_SHORT_YEAR)
            if len(year) != 4:
                raise Invalid(ErrorCode.VALUE_NOT_DATE)
        else:
            raise Invalid(ErrorCode.VALUE_NOT_DATE)
        try:
            return date(int(year), int(month), int(day))
        except ValueError:
            raise Invalid(ErrorCode.VALUE_NOT_DATE) from None


@dataclass(frozen=True, slots=True)
class Phone:
    """A telephone number: digits with an optional leading ``+``; spaces, hyphens, dots and
    brackets between the digits are dropped (``+968 9912-3456`` → ``+96899123456``)."""

    required: bool = False
    min_digits: int = 7
    max_digits: int = 15  # E.164

    def __call__(self, cell: Cell) -> str | None:
        number = _whole_number(cell)
        if number is not None and number >= 0:
            text = str(number)
        elif isinstance(cell, str):
            text = _PHONE_JUNK.sub("", _folded(cell))
        elif is_blank(cell):
            text = ""
        else:
            raise Invalid(ErrorCode.VALUE_BAD_PHONE)
        if not text:
            _blank_or_required(self.required)
            return None
        digits = text[1:] if text.startswith("+") else text
        if not _DIGITS.fullmatch(digits) or not self.min_digits <= len(digits) <= self.max_digits:
            raise Invalid(ErrorCode.VALUE_BAD_PHONE)
        return text


@dataclass(frozen=True, slots=True)
class CivilNumber:
    """A civil (national identity) number: only digits, in either system, of a configured length.

    Spaces are dropped; anything else (letters, signs, ``1.23E+11`` from an Excel export that
    turned the number into scientific notation) is refused rather than guessed at. Leading zeros
    typed as text are kept, since the number is an identifier, not a quantity.
    """

    required: bool = True
    min_length: int = 1
    max_length: int = 12

    def __call__(self, cell: Cell) -> str | None:
        number = _whole_number(cell)
        if number is not None and number >= 0:
            text = str(number)
        elif isinstance(cell, str):
            text = _SPACES.sub("", _folded(cell))
        elif is_blank(cell):
            text = ""
        else:
            raise self._invalid()
        if not text:
            _blank_or_required(self.required)
            return None
        if not _DIGITS.fullmatch(text) or not self.min_length <= len(text) <= self.max_length:
            raise self._invalid()
        return text

    def _invalid(self) -> Invalid:
        return Invalid(ErrorCode.VALUE_BAD_CIVIL_NUMBER, minimum=self.min_length, maximum=self.max_length)


# ---------------------------------------------------------------------------------------------
# columns and headers

@dataclass(frozen=True, slots=True)
class Column:
    """One column an import understands.

    *key* is stable (it names the value in parsed rows and in saved mappings); *label* is what the
    user sees (and is itself accepted as a header, in English and, given ``translate``, translated);
    *aliases* are the other header spellings (Arabic and English); *required* says whether the file
    must have the column at all (whether a cell may be blank is the parser's ``required``).
    """

    key: str
    label: Term
    parser: Parser = Text()
    aliases: tuple[str, ...] = ()
    required: bool = True

    def spellings(self, translate: Translate | None = None) -> tuple[str, ...]:
        """Every header text that names this column."""
        names = (self.key, str(self.label), *self.aliases)
        return (*names, self.label.translated(translate)) if translate is not None else names


@dataclass(frozen=True, slots=True)
class HeaderMatch:
    """Where each column is in a file, or why that is not clear.

    *mapping* gives the cell index of each found column; *missing* the required columns not found;
    *ambiguous* the columns that several headers could be (with those headers' indexes); *unknown*
    the indexes of headers no column claims (ignored on import, shown so the user can map them).
    """

    headers: tuple[str, ...]
    mapping: Mapping[str, int]
    missing: tuple[Column, ...] = ()
    ambiguous: tuple[tuple[Column, tuple[int, ...]], ...] = ()
    unknown: tuple[int, ...] = ()

    @property
    def complete(self) -> bool:
        """Whether every required column was found exactly once (rows can be parsed)."""
        return not self.missing and not self.ambiguous

    @property
    def errors(self) -> tuple[ElectadminError, ...]:
        """Every reason the match is not complete, as errors to show or report."""
        found: list[ElectadminError] = [
            ElectadminError(ErrorCode.FILE_MISSING_COLUMN, column=column.label) for column in self.missing
        ]
        found += [
            ElectadminError(ErrorCode.FILE_AMBIGUOUS_COLUMN, column=column.label,
                            headers=" / ".join(f"“{self.headers[i]}”" for i in indexes), indexes=indexes)
            for column, indexes in self.ambiguous
        ]
        return tuple(found)

    def raise_if_incomplete(self) -> None:
        """Raise the first error when rows cannot be parsed with this match (see :attr:`errors`)."""
        if errors := self.errors:
            raise errors[0]


def match_headers(
    headers: Row | Sequence[Cell],
    columns: Sequence[Column],
    chosen: Mapping[str, int | str] | None = None,
    *,
    translate: Translate | None = None,
) -> HeaderMatch:
    """Find *columns* in a header row.

    *chosen* is the user's own mapping (column key → 0-based column index, or header text as it
    appears), which wins over spellings; a chosen header text that is not in this file leaves its
    column missing.
    Give *translate* to accept the labels in the user's language too (the headers of our own
    exports, which :func:`~electadmin.interchange.tabular.write_xlsx` writes translated).
    """
    cells = headers.cells if isinstance(headers, Row) else headers
    texts = tuple(clean(as_text(cell)) for cell in cells)
    keys = [header_key(text) for text in texts]
    by_key = {column.key: column for column in columns}
    if len(by_key) != len(columns):
        raise ValueError("two columns share a key")

    owners: dict[str, set[str]] = {}
    for column in columns:
        for spelling in column.spellings(translate):
            if key := header_key(spelling):
                owners.setdefault(key, set()).add(column.key)

    mapping: dict[str, int] = {}
    taken: set[int] = set()
    for column_key, where in (chosen or {}).items():
        if column_key not in by_key:
            raise ValueError(f"no column {column_key!r}")
        if isinstance(where, int):
            index = where if where >= 0 else None  # a column without a header text may be chosen too
        else:
            wanted = header_key(where)
            index = next((i for i, key in enumerate(keys) if key and key == wanted), None)
        if index is not None:
            mapping[column_key] = index
            taken.add(index)

    candidates: dict[str, list[int]] = {}
    claimed: set[int] = set(taken)
    for index, key in enumerate(keys):
        if not key or index in taken:
            continue
        for column_key in owners.get(key, ()):
            if column_key not in mapping and column_key not in (chosen or {}):
                candidates.setdefault(column_key, []).append(index)
                claimed.add(index)

    missing: list[Column] = []
    ambiguous: list[tuple[Column, tuple[int, ...]]] = []
    for column in columns:
        if column.key in mapping:
            continue
        found = candidates.get(column.key, [])
        if len(found) == 1 and not _shared(found[0], column.key, candidates):
            mapping[column.key] = found[0]
        elif found:
            ambiguous.append((column, tuple(found)))
        elif column.required:
            missing.append(column)
    unknown = tuple(i for i, key in enumerate(keys) if key and i not in claimed)
    return HeaderMatch(texts, mapping, tuple(missing), tuple(ambiguous), unknown)


def _shared(index: int, column_key: str, candidates: Mapping[str, list[int]]) -> bool:
    """Whether the header at *index* could also be another column (then the user must choose)."""
    return any(index in found for key, found in candidates.items() if key != column_key)


def header_score(headers: Sequence[Cell], columns: Sequence[Column]) -> int:
    """How many of *columns* a row names: used to find the header row below a title block."""
    spellings = {header_key(s): column.key for column in columns for s in column.spellings()}
    return len({spellings[k] for cell in headers if (k := header_key(as_text(cell))) in spellings})


# ---------------------------------------------------------------------------------------------
# rows

@dataclass(frozen=True, slots=True)
class ParsedRow:
    """One data row after parsing: its row number, its values by column key, and its errors.

    A row is importable only if it has no errors (:attr:`ok`). When it has, *values* still holds
    the cells that did parse (so a repeated civil number is still caught on a row that is bad for
    another reason); they must not be imported.
    """

    number: int
    values: Mapping[str, Any]
    errors: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


def cell_error(column: Column, cell: Cell, invalid: Invalid) -> RowError:
    """The :class:`RowError` of *cell* in *column* failing with *invalid*."""
    params = {"field": column.label, "value": shown(cell), **invalid.params}
    return RowError(column.label, cell, ElectadminError(invalid.code, **params))


def parse_rows(
    rows: Iterable[Row], columns: Sequence[Column], match: HeaderMatch | Mapping[str, int]
) -> Iterator[ParsedRow]:
    """Parse every row with every column, collecting all the bad cells of a row, not the first.

    Columns absent from the file (optional ones) give ``None``. Raises the first header error if
    *match* is an incomplete :class:`HeaderMatch`.
    """
    if isinstance(match, HeaderMatch):
        match.raise_if_incomplete()
        mapping = match.mapping
    else:
        mapping = match
    absent = {column.key: None for column in columns if mapping.get(column.key) is None}
    plan = [(column.key, column.parser, mapping[column.key], column) for column in columns
            if column.key not in absent]
    for number, cells in rows:  # the hot loop of every import: a million rows for a roll
        width = len(cells)
        values: dict[str, Any] = dict(absent)
        errors: list[RowError] | None = None
        for key, parser, index, column in plan:
            cell = cells[index] if index < width else ""
            try:
                values[key] = parser(cell)
            except Invalid as invalid:
                if errors is None:
                    errors = []
                errors.append(cell_error(column, cell, invalid))
        yield ParsedRow(number, values, tuple(errors) if errors else ())


class Duplicates:
    """First-seen tracking of a key across the rows of one file: the second and later rows with
    the same key are errors that name the row it first appeared on."""

    def __init__(self, column: Column) -> None:
        self.column = column
        self._first: dict[Hashable, int] = {}

    def check(self, row: int, key: Hashable, value: Cell = None) -> RowError | None:
        """The error if *key* was already seen on an earlier row (``None`` keys are never repeats).

        *value* is what to show (defaults to the key): give it for composite keys.
        """
        if key is None:
            return None
        first = self._first.setdefault(key, row)
        if first == row:
            return None
        value = key if value is None else value
        error = ElectadminError(ErrorCode.VALUE_DUPLICATE, field=self.column.label, value=shown(value),
                                first_row=first)
        return RowError(self.column.label, value, error)

    def check_row(self, parsed: ParsedRow) -> RowError | None:
        """:meth:`check` of this column's value in *parsed*."""
        return self.check(parsed.number, parsed.values.get(self.column.key))

    def __len__(self) -> int:
        return len(self._first)

    def __contains__(self, key: Hashable) -> bool:
        """Whether *key* was seen on some row."""
        return key in self._first


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file: a bad cell (with its row) or the whole file (row ``None``)."""

    row: int | None
    error: RowError | ElectadminError

    @property
    def cause(self) -> ElectadminError:
        return self.error.error if isinstance(self.error, RowError) else self.error

    @property
    def code(self) -> ErrorCode:
        return self.cause.code


class Problems:
    """Every problem found in one file, in the order found.

    A service adds to it while reading and rejects the file if it is not empty: nothing of a file
    with a problem is imported. Memory grows with the number of problems (about 1 KB each).
    """

    def __init__(self) -> None:
        self._items: list[Problem] = []
        self._rows: set[int] = set()

    def add(self, row: int | None, error: RowError | ElectadminError) -> None:
        self._items.append(Problem(row, error))
        if row is not None:
            self._rows.add(row)

    def add_parsed(self, parsed: ParsedRow) -> bool:
        """Record the errors of *parsed*; whether it had none."""
        for error in parsed.errors:
            self.add(parsed.number, error)
        return parsed.ok

    def add_header(self, match: HeaderMatch) -> bool:
        """Record the header errors of *match*; whether it is complete."""
        for error in match.errors:
            self.add(None, error)
        return match.complete

    @property
    def bad_rows(self) -> int:
        """How many distinct rows have at least one problem."""
        return len(self._rows)

    def rejection(self) -> ElectadminError:
        """The error that rejects the file (``FILE_REJECTED`` with the count of bad rows)."""
        return ElectadminError(ErrorCode.FILE_REJECTED, count=self.bad_rows, problems=len(self._items))

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __bool__(self) -> bool:
        return bool(self._items)
