"""What the pages of the areas share: their buttons and tables, non-blocking dialogs, spreadsheet files.

One place for the conventions every page follows, so that they stay the same from screen to screen:
a button never becomes the default of the page; a table selects whole rows, is read-only and keeps
the given order until a header is clicked (a third click restores it); a dialog opens window-modal
without blocking and refreshes the screens when it saves; an import that a file's rows refused lists
every bad row; an export's format is the one the user chose in the file dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from electadmin.domain.errors import FileRejected
from electadmin.ui.geography.dialogs import RejectedFileDialog
from electadmin.ui.messages import show_error

__all__ = ["XLSX", "CSV", "choose_export", "choose_spreadsheet", "data_table", "export_path", "open_dialog",
           "page_button", "select_row", "show_import_failure"]

XLSX, CSV = ".xlsx", ".csv"


def page_button(parent: QWidget, text: str, name: str, slot: Callable[[], None] | None = None) -> QPushButton:
    """A push button named *name* (tests and style sheets find it) that is never the page's default."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def data_table(parent: QWidget, name: str, model: QAbstractItemModel, stretch: int | None = None, *,
               sortable: bool = True) -> QTableView:
    """A read-only table of whole rows over *model*, column *stretch* (if any) taking the room left;
    *sortable* by a click on a header (not for a windowed model, which the database orders)."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    # Qt derives the smallest section from the style (about 130 px with the shipped fonts): a column of
    # small numbers would take the room the names need.
    header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("0000") + 16)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if sortable:
        # The given order until the user clicks a header; a third click clears the sort and brings it back.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
    return view


def item_table(parent: QWidget, name: str, headers: list[str], stretch: int | None = None) -> QTableWidget:
    """A small read-only table of whole rows (users, committees, backups): columns sized to their
    contents, column *stretch* (the last by default) taking the rest; one row chosen at a time."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(len(headers) - 1 if stretch is None else stretch, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    """Replace *table*'s rows with these texts."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def select_row(view: QTableView, row: int) -> None:
    """Make *row* current and selected.

    Not ``QTableView.selectRow``: it looks for the column at the viewport's far edge, which in a
    right-to-left view (Qt 6.11) is just past the last column, so it selects nothing.
    """
    index = view.model().index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)


def open_dialog(dialog: QDialog, on_saved: Callable[[], None]) -> QDialog:
    """Show *dialog* window-modal without blocking; *on_saved* runs when it is accepted."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(on_saved)
    dialog.open()
    return dialog


def choose_spreadsheet(parent: QWidget, title: str) -> Path | None:
    """The XLSX or CSV file the user picks to import, or ``None``."""
    filters = (QCoreApplication.translate("Files", "Spreadsheets (*.xlsx *.csv)"),
               QCoreApplication.translate("Files", "Excel workbooks (*.xlsx)"),
               QCoreApplication.translate("Files", "CSV files (*.csv)"))
    path, _ = QFileDialog.getOpenFileName(parent, title, "", ";;".join(filters))
    return Path(path) if path else None


def choose_export(parent: QWidget, title: str, name: str) -> Path | None:
    """Where to write an export, with the suffix of the format chosen in the dialog, or ``None``."""
    xlsx = QCoreApplication.translate("Files", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("Files", "CSV file (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(parent, title, name, f"{xlsx};;{csv}")
    return export_path(path, CSV if chosen == csv else XLSX) if path else None


def export_path(path: str, suffix: str) -> Path:
    """*path* with the suffix of the format the user chose (the filter decides, not the name typed)."""
    chosen = Path(path)
    if chosen.suffix.lower() in (XLSX, CSV):
        return chosen.with_suffix(suffix)
    return chosen.with_name(chosen.name + suffix)


def show_import_failure(parent: QWidget, error: BaseException,
                        tell: Callable[[QWidget, BaseException], None] = show_error) -> None:
    """A refused file lists every bad row (row, column, value, reason); any other error is *tell*-ed."""
    if isinstance(error, FileRejected):
        dialog = RejectedFileDialog(error, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return
    tell(parent, error)
