"""A table model over the whole roll that holds only the pages the view is looking at.

The geography's :class:`~electadmin.ui.table_model.DtoTableModel` builds an item per cell: right for
thousands of rows, not for a million (MEASURED.md: a model that accumulates rows reaches 550 MB by
the last of 1,000,000). This one knows only the row count (:func:`count_voters`) and asks
:func:`voter_page` for the page of :data:`PAGE_ROWS` rows that holds a row when the view first paints
it, keeping the :data:`CACHED_PAGES` most recently used pages: scrolled from the first row to the
last, it never holds more than ``PAGE_ROWS × CACHED_PAGES`` voters.

The service orders the roll by the normalised name and keeps the ordered ids per filter, so a page
anywhere costs the same (no growing OFFSET). Pages are read on the UI thread: one costs a few
milliseconds, less than a repaint.

``data()`` answers the display, alignment and tool-tip roles and ``None`` for the rest; PySide6 is
pinned below 6.12 on Python 3.11, where returning ``None`` is safe (MEASURED.md, and
``tests/ui/test_none_refcount.py`` keeps it so).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from electadmin.i18n import translate
from electadmin.services.roll import RollFilter, VoterDTO, count_voters, voter_page
from electadmin.services.store import Store
from electadmin.ui.table_model import TableColumn, display_text

__all__ = ["CACHED_PAGES", "PAGE_ROWS", "RollTableModel"]

PAGE_ROWS = 200
"""Rows read at once: several screens of a table, one short query."""
CACHED_PAGES = 6
"""Pages kept: the one shown, its neighbours while scrolling back and forth, a few jumps back."""

_Index = QModelIndex | QPersistentModelIndex
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class RollTableModel(QAbstractTableModel):
    """The voters a :class:`RollFilter` selects, in name order, a page at a time."""

    def __init__(self, columns: Sequence[TableColumn[VoterDTO]], parent: QObject | None = None,
                 *, page_rows: int = PAGE_ROWS, cached_pages: int = CACHED_PAGES) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._store: Store | None = None
        self._filter: RollFilter | None = None
        self._count = 0
        self._pages: OrderedDict[int, tuple[VoterDTO, ...]] = OrderedDict()
        # The text of every cell of a cached page, made once when the page is read: a view asks for
        # each cell several times a repaint, and formatting a date or a place name each time cost
        # ~90 µs a call where a tuple lookup costs ~1 µs.
        self._cells: dict[int, tuple[tuple[str, ...], ...]] = {}
        self._alignments = tuple(int(column.alignment) for column in self._columns)
        self._page_rows = page_rows
        self._cached_pages = cached_pages
        self.pages_read = 0
        """Pages read from the store since the model was made (tests and the benchmark watch it)."""

    # ------------------------------------------------------------ what is shown

    @property
    def filter(self) -> RollFilter | None:
        return self._filter

    @property
    def columns(self) -> tuple[TableColumn[VoterDTO], ...]:
        return self._columns

    def show(self, store: Store | None, filter: RollFilter | None = None) -> None:
        """Show the voters *filter* selects in *store* (nothing without a store)."""
        self.beginResetModel()
        self._store, self._filter = store, filter
        self._pages.clear()
        self._cells.clear()
        self._count = count_voters(store, filter) if store is not None else 0
        self.endResetModel()

    def reload(self) -> None:
        """Read the same selection again (the roll changed)."""
        self.show(self._store, self._filter)

    def redisplay(self) -> None:
        """The language or the digits changed: every cell and header is shown again."""
        self._cells = {number: self._texts(page) for number, page in self._pages.items()}
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(self._columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def voter(self, row: int | _Index) -> VoterDTO | None:
        """The voter on *row* (a row number or any index of it), read if need be."""
        number = row if isinstance(row, int) else (row.row() if row.isValid() else -1)
        if not 0 <= number < self._count:
            return None
        page = self._page(number // self._page_rows)
        offset = number % self._page_rows
        return page[offset] if offset < len(page) else None

    def find(self, predicate: Callable[[VoterDTO], bool]) -> int:
        """The row of the first *cached* voter for which *predicate* holds, or -1 (no reading)."""
        for number, page in self._pages.items():
            for offset, voter in enumerate(page):
                if predicate(voter):
                    return number * self._page_rows + offset
        return -1

    def rows_in_memory(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _page(self, number: int) -> tuple[VoterDTO, ...]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = tuple(voter_page(self._store, self._filter, number * self._page_rows, self._page_rows))
        self.pages_read += 1
        self._pages[number] = page
        self._cells[number] = self._texts(page)
        while len(self._pages) > self._cached_pages:
            dropped, _ = self._pages.popitem(last=False)
            del self._cells[dropped]
        return page

    def _texts(self, page: tuple[VoterDTO, ...]) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(display_text(column.value(voter), column.kind) for column in self._columns)
                     for voter in page)

    def _text(self, row: int, column: int) -> str | None:
        number, offset = divmod(row, self._page_rows)
        if number not in self._pages:
            if not 0 <= row < self._count:
                return None
            self._page(number)
        cells = self._cells[number]
        return cells[offset][column] if offset < len(cells) else None

    # ------------------------------------------------------------ Qt's model interface

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignments[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[index.column()].tooltip:
            return self._text(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._columns):
            return self._columns[section].header.translated(translate)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
