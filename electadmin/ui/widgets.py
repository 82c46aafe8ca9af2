"""Input widgets that accept both digit systems and show the chosen one.

Qt's own spin boxes parse digits by the locale: an Arabic locale refuses Western digits and a Latin
one refuses Arabic-Indic (ARABIC.md). These widgets fold whatever is typed to ASCII before parsing and
display digits as the user chose (:mod:`electadmin.ui.formatting`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QSpinBox, QWidget

from electadmin.domain.arabic import to_ascii_digits
from electadmin.domain.errors import ElectadminError
from electadmin.domain.text import Term
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


# ---------------------------------------------------------------- candidates: a day typed in either digit system


class DayEdit(QLineEdit):
    """A calendar day typed as day/month/year (or ISO ``yyyy-mm-dd``), in either digit system.

    Not a QDateEdit: it parses section by section with the locale's digits, so in an Arabic locale
    it drops Western digits as they are typed (and the other way round). This field reads what was
    typed with the rules of the import files (:class:`~electadmin.interchange.columns.DateValue`), so
    a form and a spreadsheet accept the same dates, and a date it cannot read is explained, naming
    the field, instead of being silently put back.
    """

    def __init__(self, field: Term, parent: QWidget | None = None, *, required: bool = True) -> None:
        super().__init__(parent)
        self.field = field
        self.required = required
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("day/month/year"))

    def value(self) -> date | None:
        """The day typed, ``None`` when empty and optional; raises :class:`ElectadminError` otherwise."""
        from electadmin.interchange.columns import DateValue, Invalid

        text = self.text().strip()
        try:
            return DateValue(required=self.required)(text)
        except Invalid as problem:
            raise ElectadminError(problem.code, field=self.field, value=text, **problem.params) from None

    def set_value(self, value: date | None) -> None:
        self.setText("" if value is None else shown(value.strftime("%d/%m/%Y")))
