"""Input widgets that accept both digit systems and show the chosen one.

Qt's own spin boxes parse digits by the locale: an Arabic locale refuses Western digits and a Latin
one refuses Arabic-Indic (ARABIC.md). These widgets fold whatever is typed to ASCII before parsing and
display digits as the user chose (:mod:`electadmin.ui.formatting`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from electadmin.domain.arabic import to_ascii_digits
from electadmin.ui.formatting import shown


class NumberSpinBox(QSpinBox):
    """A whole-number spin box that takes ٠-٩ and 0-9 alike."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt override
        return shown(str(value))

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt override
        folded = to_ascii_digits(text).strip()
        try:
            return int(folded)
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int):
        folded = to_ascii_digits(text).strip()
        if folded == "" or (folded == "-" and self.minimum() < 0):
            return QValidator.State.Intermediate, text, pos
        try:
            value = int(folded)
        except ValueError:
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class CodeEdit(QLineEdit):
    """A code or identifier: read left to right even in a right-to-left form; digits folded to ASCII."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.textEdited.connect(self._fold)

    def _fold(self, text: str) -> None:
        folded = to_ascii_digits(text).upper()
        if folded != text:
            position = self.cursorPosition()
            self.setText(folded)
            self.setCursorPosition(position)


class OptionalDate(QWidget):
    """A date that may be unset: a check box enables the date editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.editor = QDateEdit(self)
        self.editor.setCalendarPopup(True)
        self.editor.setDisplayFormat("dd/MM/yyyy")
        self.editor.setDate(QDate.currentDate())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.editor, 1)
        self.enabled.toggled.connect(self.editor.setEnabled)
        self.editor.setEnabled(False)

    def value(self) -> date | None:
        return self.editor.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.editor.setDate(QDate(value.year, value.month, value.day))


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make *row* current and selected.

    Not ``QTableView.selectRow``: it looks for the column at the viewport's far edge, which in a
    right-to-left view (Qt 6.11) is just past the last column, so it selects nothing.
    """
    index = view.model().index(row, 0)
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    view.selectionModel().setCurrentIndex(index, flags)
    view.scrollTo(index)
