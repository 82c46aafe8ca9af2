"""The dialogs that change one entry of the roll: remove, restore, transfer, object, decide an objection.

Like the geography's dialogs they validate by acting: OK calls the service, a refusal (a day outside
the window, a reference missing, a centre of the wrong wilayat) is shown as a translated sentence and
the dialog stays open with what was typed. Civil numbers and dates are read in either digit system.
Every field has a keyboard mnemonic; Enter is OK and Escape cancels.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from electadmin.domain.arabic import to_ascii_digits
from electadmin.domain.candidacy import FIELD as PERSON_FIELD
from electadmin.domain.candidacy import GENDER_LABELS
from electadmin.domain.election import Window
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import CentreKind
from electadmin.domain.roll_life import DECIDED_REMOVALS, ObjectionKind, RemovalReason
from electadmin.i18n import Language, translate
from electadmin.interchange.columns import DateValue, Invalid
from electadmin.services.geography import CentreDTO, WilayatDTO, list_centres
from electadmin.services.objections import ObjectionData, ObjectionDTO, decide_objection, lodge_objection
from electadmin.services.roll_status import remove_voter, restore_voter, transfer_voter
from electadmin.services.store import Store
from electadmin.ui.formatting import fmt_date
from electadmin.ui.geography.dialogs import _EditDialog, align_to_layout, shown_name
from electadmin.ui.widgets import CodeEdit

__all__ = ["DecideObjectionDialog", "ObjectionDialog", "RemoveDialog", "RestoreDialog", "TransferDialog",
           "VoterSummary", "parse_typed_date", "window_text"]


def parse_typed_date(text: str, field_name: str) -> date:
    """A date typed as day/month/year or ISO, in either digit system."""
    try:
        value = DateValue(required=True)(text)
    except Invalid:
        raise ElectadminError(ErrorCode.VALUE_NOT_DATE, field=PERSON_FIELD[field_name], value=text) from None
    return value


def window_text(window: Window) -> str:
    """``dd/mm/yyyy – dd/mm/yyyy`` in the chosen digits, or a dash when the window is not set."""
    return f"{fmt_date(window.start)} – {fmt_date(window.end)}" if window.is_set else "—"


class VoterSummary(QLabel):
    """Who the dialog is about: name and civil number, read-only."""

    def __init__(self, name: str, civil_number: str, parent: QWidget) -> None:
        super().__init__(f"{name} ({civil_number})", parent)
        self.setObjectName("voter")
        align_to_layout(self)


def _reference(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName("reference")
    edit.setMaxLength(100)
    return edit


def _note(parent: QWidget, name: str = "note") -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)  # Tab leaves the note for the next field, as in every other field
    edit.setFixedHeight(70)
    return edit


class RemoveDialog(_EditDialog):
    """Take an active entry off the roll: the reason and the deciding reference are required."""

    def __init__(self, store: Store, language: Language, name: str, civil_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.civil_number = civil_number
        self.setWindowTitle(self.tr("Remove from the roll"))
        self.reason = QComboBox(self)
        self.reason.setObjectName("reason")
        for reason in DECIDED_REMOVALS:
            self.reason.addItem(reason.label.translated(translate), reason.value)
        self.reference = _reference(self)
        self.note = _note(self)
        self.form.addRow(self.tr("Voter:"), VoterSummary(name, civil_number, self))
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.tr("Deciding &reference:"), self.reference)
        self.form.addRow(self.tr("&Note:"), self.note)

    def _save(self):
        return remove_voter(self.store, self.civil_number, RemovalReason(self.reason.currentData()),
                            self.reference.text(), self.note.toPlainText())


class RestoreDialog(_EditDialog):
    def __init__(self, store: Store, language: Language, name: str, civil_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.civil_number = civil_number
        self.setWindowTitle(self.tr("Restore to the roll"))
        self.reference = _reference(self)
        self.note = _note(self)
        self.form.addRow(self.tr("Voter:"), VoterSummary(name, civil_number, self))
        self.form.addRow(self.tr("Deciding &reference:"), self.reference)
        self.form.addRow(self.tr("&Note:"), self.note)

    def _save(self):
        return restore_voter(self.store, self.civil_number, self.reference.text(), self.note.toPlainText())


class _PlaceFields:
    """A wilayat and one of its centres, the centres following the wilayat chosen."""

    def __init__(self, dialog: _EditDialog, wilayats: list[WilayatDTO], wilayat_code: str | None,
                 gender: str | None = None, exclude: str | None = None) -> None:
        self.dialog = dialog
        self.gender = gender
        self.exclude = exclude
        self.wilayat = QComboBox(dialog)
        self.wilayat.setObjectName("wilayat")
        self.wilayat.setEditable(False)
        for wilayat in wilayats:
            self.wilayat.addItem(f"{dialog._name(wilayat.name_ar, wilayat.name_en)} ({wilayat.code})", wilayat.code)
        self.centre = QComboBox(dialog)
        self.centre.setObjectName("centre")
        self.wilayat.currentIndexChanged.connect(self._fill_centres)
        index = self.wilayat.findData(wilayat_code) if wilayat_code else -1
        self.wilayat.setCurrentIndex(max(index, 0))
        self._fill_centres()

    def set_gender(self, gender: str | None) -> None:
        self.gender = gender
        self._fill_centres()

    def _fill_centres(self, *_args: object) -> None:
        code = self.wilayat.currentData()
        self.centre.clear()
        if not code:
            return
        for centre in list_centres(self.dialog.store, code):
            if self._takes(centre) and centre.code != self.exclude:
                self.centre.addItem(f"{self.dialog._name(centre.name_ar, centre.name_en)} ({centre.code})",
                                    centre.code)

    def _takes(self, centre: CentreDTO) -> bool:
        """Only the centres that take the voter are offered (the service checks it again)."""
        if self.gender == "M":
            return centre.kind is not CentreKind.WOMEN
        if self.gender == "F":
            return centre.kind is not CentreKind.MEN
        return True


class TransferDialog(_EditDialog):
    """Transfer of registration (نقل القيد) to another wilayat and centre, inside the transfer window."""

    def __init__(self, store: Store, language: Language, name: str, civil_number: str, gender: str,
                 current_centre: str, wilayats: list[WilayatDTO], window: Window,
                 wilayat_code: str | None = None, centre_code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.civil_number = civil_number
        self.setWindowTitle(self.tr("Transfer of registration"))
        self.window_label = QLabel(self.tr("Transfer window: %1").replace("%1", window_text(window)), self)
        self.window_label.setObjectName("window")
        align_to_layout(self.window_label)
        # The voter's own wilayat first (most transfers are within it), without the centre they are at.
        self.place = _PlaceFields(self, wilayats, wilayat_code, gender, exclude=centre_code)
        self.reference = _reference(self)
        self.note = _note(self)
        self.form.addRow(self.tr("Voter:"), VoterSummary(name, civil_number, self))
        self.form.addRow(self.tr("Registered at:"), QLabel(current_centre, self))
        self.form.addRow(self.window_label)
        self.form.addRow(self.tr("New &wilayat:"), self.place.wilayat)
        self.form.addRow(self.tr("New &centre:"), self.place.centre)
        self.form.addRow(self.tr("Request &reference:"), self.reference)
        self.form.addRow(self.tr("&Note:"), self.note)

    def _save(self):
        return transfer_voter(self.store, self.civil_number, self.place.wilayat.currentData() or "",
                              self.place.centre.currentData() or "", self.reference.text(),
                              self.note.toPlainText())


class ObjectionDialog(_EditDialog):
    """An objection against an entry (the civil number is enough) or an omission (the missing person's
    particulars, so that an upheld objection adds them as described)."""

    def __init__(self, store: Store, language: Language, wilayats: list[WilayatDTO], window: Window,
                 civil_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.setWindowTitle(self.tr("Objection to the roll"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in ObjectionKind:
            self.kind.addItem(kind.label.translated(translate), kind.value)
        self.civil_number = CodeEdit(self)
        self.civil_number.setObjectName("civil_number")
        self.civil_number.setText(civil_number)
        self.objector = QLineEdit(self)
        self.objector.setObjectName("objector")
        self.grounds = _note(self, "grounds")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        for value, label in GENDER_LABELS.items():
            self.gender.addItem(label.translated(translate), value)
        self.birth_date = CodeEdit(self)
        self.birth_date.setObjectName("birth_date")
        self.birth_date.setPlaceholderText(self.tr("day/month/year"))
        self.place = _PlaceFields(self, wilayats, None, "M")
        self.gender.currentIndexChanged.connect(lambda _i: self.place.set_gender(self.gender.currentData()))
        window_label = QLabel(self.tr("Objection window: %1").replace("%1", window_text(window)), self)
        window_label.setObjectName("window")
        align_to_layout(window_label)
        self.form.addRow(window_label)
        self.form.addRow(self.tr("&Against:"), self.kind)
        self.form.addRow(self.tr("&Civil number:"), self.civil_number)
        self.form.addRow(self.tr("&Objector:"), self.objector)
        self.form.addRow(self.tr("&Grounds:"), self.grounds)
        self._omission_rows = []
        for label, widget in ((self.tr("Full &name:"), self.name), (self.tr("G&ender:"), self.gender),
                              (self.tr("&Birth date:"), self.birth_date), (self.tr("&Wilayat:"), self.place.wilayat),
                              (self.tr("Cen&tre:"), self.place.centre)):
            self.form.addRow(label, widget)
            self._omission_rows.append(widget)
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    @property
    def chosen_kind(self) -> ObjectionKind:
        return ObjectionKind(self.kind.currentData())

    def _show_fields(self, *_args: object) -> None:
        omission = self.chosen_kind is ObjectionKind.OMISSION
        for widget in self._omission_rows:
            self.form.setRowVisible(widget, omission)
        self.adjustSize()

    def _save(self) -> ObjectionDTO:
        omission = self.chosen_kind is ObjectionKind.OMISSION
        birth = None
        if omission and to_ascii_digits(self.birth_date.text()).strip():
            birth = parse_typed_date(self.birth_date.text(), "birth_date")
        data = ObjectionData(
            kind=self.chosen_kind, civil_number=self.civil_number.text(), objector=self.objector.text(),
            grounds=self.grounds.toPlainText(),
            name=self.name.text() if omission else "", gender=self.gender.currentData() if omission else "",
            birth_date=birth, wilayat=(self.place.wilayat.currentData() or "") if omission else "",
            centre_code=(self.place.centre.currentData() or "") if omission else "")
        return lodge_objection(self.store, data)


class DecideObjectionDialog(_EditDialog):
    """Uphold or dismiss one objection, under the decision's reference."""

    def __init__(self, store: Store, language: Language, objection: ObjectionDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.objection = objection
        self.setWindowTitle(self.tr("Decide the objection"))
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        self.outcome.addItem(self.tr("Upheld"), True)
        self.outcome.addItem(self.tr("Dismissed"), False)
        self.reference = _reference(self)
        self.note = _note(self)
        about = QLabel(f"{objection.kind.label.translated(translate)}: {objection.name} ({objection.civil_number})",
                       self)
        about.setWordWrap(True)
        grounds = QLabel(objection.grounds, self)
        grounds.setWordWrap(True)
        self.form.addRow(self.tr("Objection:"), about)
        self.form.addRow(self.tr("Grounds:"), grounds)
        self.form.addRow(self.tr("&Decision:"), self.outcome)
        self.form.addRow(self.tr("Decision &reference:"), self.reference)
        self.form.addRow(self.tr("&Note:"), self.note)

    def _save(self) -> ObjectionDTO:
        return decide_objection(self.store, self.objection.number, bool(self.outcome.currentData()),
                                self.reference.text(), self.note.toPlainText())


def shown_place(code: str, name_ar: str, name_en: str, language: Language) -> str:
    return f"{shown_name(name_ar, name_en, language)} ({code})"

