"""The dialogs of the geography page: a governorate, a wilayat, a polling centre, a rejected file.

An editing dialog validates by saving: OK calls the service, and whatever the service refuses is told
with :func:`~electadmin.ui.messages.show_error` while the dialog stays open with everything typed, so
the rules live in one place (the domain and the services) and the user loses nothing. Numbers are
read from the text as typed, in either digit system, so a value the rules refuse (0 seats, 51
stations) reaches the service and is explained instead of being silently put back by the spin box.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.arabic import parse_int
from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected, RowError
from electadmin.domain.geography import FIELD, CentreKind
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term
from electadmin.i18n import Language, translate
from electadmin.services.geography import (
    CentreDTO,
    GovernorateDTO,
    WilayatDTO,
    save_centre,
    save_governorate,
    save_wilayat,
)
from electadmin.services.store import Store
from electadmin.ui.formatting import fmt_int
from electadmin.ui.messages import error_text, show_error
from electadmin.ui.table_model import ColumnKind, DtoTableModel, TableColumn
from electadmin.ui.widgets import CodeEdit, NumberSpinBox

__all__ = [
    "CentreDialog",
    "GovernorateDialog",
    "RejectedFileDialog",
    "RejectedRow",
    "WilayatDialog",
    "align_to_layout",
    "rejected_rows",
    "shown_name",
    "split_aliases",
]

ALIAS_SEPARATORS = "،,;؛"
_ALIAS_SPLIT = re.compile(f"[{ALIAS_SEPARATORS}]")
_WIDE_RANGE = 9999  # the spin boxes take any plausible number; the rules are the service's


def shown_name(name_ar: str, name_en: str, language: Language) -> str:
    """The name in the interface's language: the English one in English when it exists."""
    return name_en if language is Language.ENGLISH and name_en else name_ar


def align_to_layout(label: QLabel) -> QLabel:
    """Align *label* where the interface's lines start, whatever the direction of its own text.

    QLabel aligns by the text's first strong letter, so an English sentence (no translation yet) or
    one that opens with a Latin name would sit on the left of a right-to-left page.
    """
    edge = Qt.AlignmentFlag.AlignRight if label.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(edge | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    return label


def split_aliases(text: str) -> tuple[str, ...]:
    """Other spellings typed in one field, separated by «،», «,», «;» or «؛»."""
    return tuple(part.strip() for part in _ALIAS_SPLIT.split(text) if part.strip())


def _read_number(spin: NumberSpinBox, field: str) -> int:
    """The whole number typed in *spin* (either digit system), as the user sees it."""
    text = spin.cleanText().strip()
    if not text:
        raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=FIELD[field])
    try:
        return parse_int(text)
    except ValueError:
        raise ElectadminError(ErrorCode.VALUE_NOT_INTEGER, field=FIELD[field], value=text) from None


def _arabic_edit(parent: QWidget, text: str) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    return edit


def _latin_edit(parent: QWidget, text: str) -> QLineEdit:
    edit = QLineEdit(text, parent)
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


def _select(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value) if value is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)


class _EditDialog(QDialog):
    """OK saves through the service; a refusal is shown and the dialog stays open as typed."""

    def __init__(self, store: Store, language: Language, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.store = store
        self.language = language
        self.saved: Any = None
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _save(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.saved = self._save()
        except Exception as error:  # the dialog keeps what was typed
            show_error(self, error)
            return
        super().accept()

    def _name(self, name_ar: str, name_en: str) -> str:
        return shown_name(name_ar, name_en, self.language)


class GovernorateDialog(_EditDialog):
    def __init__(self, store: Store, language: Language, governorate: GovernorateDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.original = governorate
        current = governorate or GovernorateDTO("", "")
        self.setWindowTitle(self.tr("New governorate") if governorate is None else self.tr("Edit governorate"))
        self.code = CodeEdit(self)
        self.code.setText(current.code)
        self.code.setObjectName("code")
        self.name_ar = _arabic_edit(self, current.name_ar)
        self.name_ar.setObjectName("name_ar")
        self.name_en = _latin_edit(self, current.name_en)
        self.name_en.setObjectName("name_en")
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("Name in &Arabic:"), self.name_ar)
        self.form.addRow(self.tr("Name in &English:"), self.name_en)

    def _save(self) -> GovernorateDTO:
        dto = GovernorateDTO(self.code.text(), self.name_ar.text(), self.name_en.text())
        return save_governorate(self.store, dto, self.original.code if self.original else None)


class WilayatDialog(_EditDialog):
    def __init__(self, store: Store, language: Language, governorates: Sequence[GovernorateDTO],
                 wilayat: WilayatDTO | None = None, governorate_code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.original = wilayat
        current = wilayat or WilayatDTO("", governorate_code or "", "")
        self.setWindowTitle(self.tr("New wilayat") if wilayat is None else self.tr("Edit wilayat"))
        self.code = CodeEdit(self)
        self.code.setText(current.code)
        self.code.setObjectName("code")
        self.governorate = QComboBox(self)
        self.governorate.setObjectName("governorate")
        for governorate in governorates:
            self.governorate.addItem(self._name(governorate.name_ar, governorate.name_en), governorate.code)
        _select(self.governorate, current.governorate_code)
        self.name_ar = _arabic_edit(self, current.name_ar)
        self.name_ar.setObjectName("name_ar")
        self.name_en = _latin_edit(self, current.name_en)
        self.name_en.setObjectName("name_en")
        self.seats = NumberSpinBox(self)
        self.seats.setObjectName("seats")
        self.seats.setRange(0, _WIDE_RANGE)
        self.seats.setValue(current.seats)
        self.aliases = QLineEdit("، ".join(current.aliases), self)
        self.aliases.setObjectName("aliases")
        self.aliases.setPlaceholderText(self.tr("Separate spellings with «،», «,» or «;»"))
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Governorate:"), self.governorate)
        self.form.addRow(self.tr("Name in &Arabic:"), self.name_ar)
        self.form.addRow(self.tr("Name in &English:"), self.name_en)
        self.form.addRow(self.tr("&Seats:"), self.seats)
        self.form.addRow(self.tr("&Other spellings:"), self.aliases)

    def _save(self) -> WilayatDTO:
        dto = WilayatDTO(
            code=self.code.text(), governorate_code=self.governorate.currentData() or "",
            name_ar=self.name_ar.text(), name_en=self.name_en.text(),
            seats=_read_number(self.seats, "seats"), aliases=split_aliases(self.aliases.text()),
        )
        return save_wilayat(self.store, dto, self.original.code if self.original else None)


class CentreDialog(_EditDialog):
    def __init__(self, store: Store, language: Language, wilayats: Sequence[WilayatDTO],
                 centre: CentreDTO | None = None, wilayat_code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.original = centre
        current = centre or CentreDTO("", wilayat_code or "", "")
        self.setWindowTitle(self.tr("New polling centre") if centre is None else self.tr("Edit polling centre"))
        self.code = CodeEdit(self)
        self.code.setText(current.code)
        self.code.setObjectName("code")
        self.wilayat = QComboBox(self)
        self.wilayat.setObjectName("wilayat")
        for wilayat in wilayats:
            self.wilayat.addItem(f"{self._name(wilayat.name_ar, wilayat.name_en)} ({wilayat.code})", wilayat.code)
        _select(self.wilayat, current.wilayat_code)
        self.name_ar = _arabic_edit(self, current.name_ar)
        self.name_ar.setObjectName("name_ar")
        self.name_en = _latin_edit(self, current.name_en)
        self.name_en.setObjectName("name_en")
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in CentreKind:
            self.kind.addItem(kind.label.translated(translate), kind.value)
        _select(self.kind, current.kind.value)
        self.address = QLineEdit(current.address, self)
        self.address.setObjectName("address")
        self.stations = NumberSpinBox(self)
        self.stations.setObjectName("stations")
        self.stations.setRange(0, _WIDE_RANGE)
        self.stations.setValue(current.stations)
        self.form.addRow(self.tr("&Code:"), self.code)
        self.form.addRow(self.tr("&Wilayat:"), self.wilayat)
        self.form.addRow(self.tr("Name in &Arabic:"), self.name_ar)
        self.form.addRow(self.tr("Name in &English:"), self.name_en)
        self.form.addRow(self.tr("Centre &for:"), self.kind)
        self.form.addRow(self.tr("A&ddress:"), self.address)
        self.form.addRow(self.tr("S&tations:"), self.stations)

    def _save(self) -> CentreDTO:
        dto = CentreDTO(
            code=self.code.text(), wilayat_code=self.wilayat.currentData() or "",
            name_ar=self.name_ar.text(), name_en=self.name_en.text(),
            kind=CentreKind(self.kind.currentData()), address=self.address.text(),
            stations=_read_number(self.stations, "stations"),
        )
        return save_centre(self.store, dto, self.original.code if self.original else None)


# ---------------------------------------------------------------- a rejected file


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """One problem of a rejected file as the user reads it."""

    row: int | None
    column: str
    value: str
    reason: str


def rejected_rows(errors: Iterable[Any], describe_error: Callable[[BaseException], str] = error_text
                  ) -> list[RejectedRow]:
    """The problems of a rejected file, each as row, column, value and reason.

    Takes the problems of a :class:`~electadmin.domain.errors.FileRejected`: each has a ``row`` (none
    for the whole file, e.g. a missing column) and an ``error`` that is a
    :class:`~electadmin.domain.errors.RowError` (a cell: its column and value) or an
    :class:`~electadmin.domain.errors.ElectadminError`; a bare ``RowError`` is taken too.
    """
    found = []
    for item in errors:
        row = getattr(item, "row", None)
        column = getattr(item, "column", None)
        value = getattr(item, "value", None)
        error = getattr(item, "error", item)
        if isinstance(error, RowError):
            column = error.column if column is None else column
            value = error.value if value is None else value
            error = error.error
        reason = describe_error(error) if isinstance(error, BaseException) else str(error)
        if isinstance(column, Term):
            column = column.translated(translate)
        found.append(RejectedRow(row, "" if column is None else str(column),
                                 "" if value is None else str(value), reason))
    return found


_REJECTED_COLUMNS: tuple[TableColumn[RejectedRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("RejectedFileDialog", "Row"), lambda r: r.row, ColumnKind.NUMBER),
    TableColumn(QT_TRANSLATE_NOOP("RejectedFileDialog", "Column"), lambda r: r.column),
    TableColumn(QT_TRANSLATE_NOOP("RejectedFileDialog", "Value"), lambda r: r.value, tooltip=True),
    TableColumn(QT_TRANSLATE_NOOP("RejectedFileDialog", "Problem"), lambda r: r.reason, tooltip=True),
)


class RejectedFileDialog(QDialog):
    """Every bad row of a file that was not imported, to correct the file and try again."""

    def __init__(self, error: FileRejected, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("File not imported"))
        self.resize(860, 460)
        self.problems = rejected_rows(error.problems)
        self.message = QLabel(error_text(error) + "\n" + self.tr("Correct these rows in the file and import it "
                                                                 "again."), self)
        self.message.setObjectName("message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        align_to_layout(self.message)
        self.model: DtoTableModel[RejectedRow] = DtoTableModel(_REJECTED_COLUMNS, self)
        self.model.set_rows(self.problems)
        self.table = QTableView(self)
        self.table.setObjectName("problems")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(_REJECTED_COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        copy = QPushButton(self.tr("&Copy the list"), self)
        copy.setObjectName("copy")
        copy.clicked.connect(self.copy_list)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def as_text(self) -> str:
        """The problems as tab-separated lines, to paste into a spreadsheet or an e-mail."""
        headers = [column.header.translated(translate) for column in _REJECTED_COLUMNS]
        lines = ["\t".join(headers)]
        for problem in self.problems:
            row = "" if problem.row is None else fmt_int(problem.row)
            lines.append("\t".join((row, problem.column, problem.value, problem.reason)))
        return "\n".join(lines)

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

