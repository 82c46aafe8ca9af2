"""A read-only table over a list of frozen DTOs, its columns declared once.

A screen declares its columns (:class:`TableColumn`: a translatable header, how to get the value from
a DTO, what kind of value it is) and hands the model its DTOs; the model shows each value as the user
reads it: terms translated, whole numbers with the chosen digits (:func:`~electadmin.ui.formatting.fmt_int`),
codes left to right even in a right-to-left table.

Why the cells live in a :class:`QStandardItemModel` instead of a Python ``data()``: a view asks its
model for a dozen roles per cell on every repaint (font, colours, check state, size hint, …). A Python
``data()`` has to answer each one, and the only "no value" it can give Qt is ``None``, which PySide6
6.12 on Python 3.11 mishandles (MEASURED.md: a few repaints abort the process). Here every cell's
values are set once, in C++ items; Qt answers every role itself, and a role the model does not
handle is an invalid ``QVariant`` (``None`` when read back from Python), the same for every cell,
without Python code being run. Repaints cost no Python at all.

This suits the lists a screen holds in memory (geography, candidates, count records: up to tens of
thousands of rows). The electoral roll's million rows need a windowed model over the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from electadmin.domain.arabic import search_key
from electadmin.domain.text import Term
from electadmin.i18n import translate
from electadmin.ui.formatting import fmt_int

__all__ = ["ColumnKind", "DtoTableModel", "LRI", "PDI", "ROW_ROLE", "SORT_ROLE", "TableColumn", "display_text"]

T = TypeVar("T")

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""Every cell holds the position of its DTO in the list given to :meth:`DtoTableModel.set_rows`."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What a column sorts by: the number itself, or the normalised search key of the text."""

LRI = "\u2066"
PDI = "\u2069"
"""Left-to-right isolate marks: a code such as ``A-`` keeps its hyphen on the right in an RTL table."""

_EMPTY = "—"
_LIST_SEPARATOR = "، "


class ColumnKind(Enum):
    """What a column holds; it decides the display, the alignment and the sort."""

    TEXT = "text"
    """Text read in the interface's direction (names, addresses, translated terms)."""
    NUMBER = "number"
    """A whole number, shown with the chosen digits and thousands separator."""
    CODE = "code"
    """An identifier (codes, civil numbers): read left to right, never translated or re-digited."""


_DEFAULT_ALIGN = {
    ColumnKind.TEXT: Qt.AlignmentFlag.AlignLeading,
    # Digits are written left to right in both scripts, so the units sit on the right in either
    # direction: aligning to the absolute right keeps them in one column.
    ColumnKind.NUMBER: Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    # A code reads left to right inside its cell (see display_text) but sits where the row's text
    # starts, so it stays next to the name it identifies in either direction.
    ColumnKind.CODE: Qt.AlignmentFlag.AlignLeading,
}


@dataclass(frozen=True, slots=True)
class TableColumn(Generic[T]):
    """One column: its header, how to read its value from a row, and what kind of value that is.

    *value* returns a ``str``, a :class:`Term` (translated when shown), an ``int``, a sequence of
    those (joined with «، ») or ``None`` (shown as a dash). *align* overrides the kind's alignment;
    *tooltip* shows the whole text on hover, for columns that may be cut.
    """

    header: Term
    value: Callable[[T], Any]
    kind: ColumnKind = ColumnKind.TEXT
    align: Qt.AlignmentFlag | None = None
    tooltip: bool = False

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        base = self.align if self.align is not None else _DEFAULT_ALIGN[self.kind]
        if not base & Qt.AlignmentFlag.AlignVertical_Mask:
            base |= Qt.AlignmentFlag.AlignVCenter
        return base


def display_text(value: Any, kind: ColumnKind = ColumnKind.TEXT) -> str:
    """*value* as a cell of *kind* shows it, in the current language and digits."""
    if value is None or value == "" or (isinstance(value, (tuple, list)) and not value):
        return _EMPTY
    if isinstance(value, (tuple, list)):
        return _LIST_SEPARATOR.join(display_text(v, kind) for v in value)
    if kind is ColumnKind.CODE:
        return f"{LRI}{value}{PDI}"
    if isinstance(value, Term):
        return value.translated(translate)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return fmt_int(value)
    return str(value)


def _sort_key(value: Any, kind: ColumnKind, shown: str) -> int | str:
    if kind is ColumnKind.NUMBER and isinstance(value, int) and not isinstance(value, bool):
        return value
    if kind is ColumnKind.CODE:
        return "" if value is None else str(value)
    return search_key(shown if shown != _EMPTY else "")


class DtoTableModel(QStandardItemModel, Generic[T]):
    """Rows of frozen DTOs under declared columns; read-only.

    :meth:`set_rows` replaces the rows, :meth:`row` gives the DTO behind a view row (also after the
    view sorted it), :meth:`find` the view row of a DTO, :meth:`redisplay` shows the same rows again
    after the language or the digits changed.
    """

    def __init__(self, columns: Sequence[TableColumn[T]], parent: QObject | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self._columns: tuple[TableColumn[T], ...] = tuple(columns)
        self._rows: tuple[T, ...] = ()
        self._sorted: tuple[int, Qt.SortOrder] | None = None
        self.setSortRole(SORT_ROLE)
        self._set_headers()

    @property
    def columns(self) -> tuple[TableColumn[T], ...]:
        return self._columns

    @property
    def rows(self) -> tuple[T, ...]:
        """The DTOs in the order they were given (the view may show them sorted)."""
        return self._rows

    def set_rows(self, rows: Iterable[T]) -> None:
        """Show *rows* instead of the current ones (the view's sort order is kept)."""
        self._rows = tuple(rows)
        self._fill()

    def redisplay(self) -> None:
        """Show the same rows and headers again in the current language and digits."""
        self._set_headers()
        self._fill()

    def row(self, index: QModelIndex | QPersistentModelIndex | int) -> T | None:
        """The DTO shown on view row *index* (a row number or any index of that row)."""
        number = index if isinstance(index, int) else (index.row() if index.isValid() else -1)
        if not 0 <= number < self.rowCount():
            return None
        position = self.item(number, 0).data(ROW_ROLE)
        return self._rows[position]

    def find(self, predicate: Callable[[T], bool]) -> int:
        """The view row of the first DTO for which *predicate* holds, or -1."""
        for number in range(self.rowCount()):
            if predicate(self._rows[self.item(number, 0).data(ROW_ROLE)]):
                return number
        return -1

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by *column*; a column of -1 (a cleared sort indicator) restores the given order."""
        if column < 0 or column >= len(self._columns):
            self._sorted = None
            self._fill()
            return
        self._sorted = (column, order)
        super().sort(column, order)

    # ------------------------------------------------------------------ building the items

    def _set_headers(self) -> None:
        for number, column in enumerate(self._columns):
            header = QStandardItem(column.header.translated(translate))
            self.setHorizontalHeaderItem(number, header)

    def _fill(self) -> None:
        items = [[self._item(position, row, column) for column in self._columns]
                 for position, row in enumerate(self._rows)]
        # One reset instead of a signal per cell: the view re-reads everything once at the end.
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            self.setRowCount(len(items))
            for number, cells in enumerate(items):
                for column, item in enumerate(cells):
                    self.setItem(number, column, item)
            if self._sorted is not None:
                super().sort(*self._sorted)
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    @staticmethod
    def _item(position: int, row: T, column: TableColumn[T]) -> QStandardItem:
        value = column.value(row)
        text = display_text(value, column.kind)
        item = QStandardItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren)
        item.setTextAlignment(column.alignment)
        item.setData(position, ROW_ROLE)
        item.setData(_sort_key(value, column.kind, text), SORT_ROLE)
        if column.tooltip and text != _EMPTY:
            item.setToolTip(text)
        return item
