"""The queues a person works through: probable duplicates, and objections waiting for a decision.

Nothing here decides by itself: the duplicate scan only fills the queue, and each lead is judged by
the person at the screen (the same person, keeping one entry; or different people), under the
deciding reference, through :mod:`electadmin.services.duplicates`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.candidacy import FIELD as PERSON_FIELD
from electadmin.domain.candidacy import GENDER_LABELS
from electadmin.domain.roll_life import FIELD, ObjectionState
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.i18n import Language, translate
from electadmin.services.duplicates import LeadDTO, ScanResult, count_leads, decide_lead, list_leads, scan_duplicates
from electadmin.services.geography import WilayatDTO
from electadmin.services.objections import ObjectionDTO, list_objections
from electadmin.services.roll import VoterDTO
from electadmin.services.store import Store
from electadmin.ui.formatting import fmt_date, fmt_int
from electadmin.ui.geography.dialogs import align_to_layout, shown_name
from electadmin.ui.pages import data_table, page_button, select_row
from electadmin.ui.messages import inform, show_error
from electadmin.ui.roll.dialogs import DecideObjectionDialog, ObjectionDialog
from electadmin.ui.table_model import ColumnKind, DtoTableModel, TableColumn
from electadmin.ui.tasks import TaskRunner

__all__ = ["DuplicatesDialog", "ObjectionsDialog"]

_LEAD_COLUMNS: tuple[TableColumn[LeadDTO], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("DuplicatesDialog", "No."), lambda d: d.number, ColumnKind.NUMBER),
    TableColumn(QT_TRANSLATE_NOOP("DuplicatesDialog", "Why"), lambda d: d.reason.label),
    TableColumn(QT_TRANSLATE_NOOP("DuplicatesDialog", "Similarity %"), lambda d: round(d.score * 100),
                ColumnKind.NUMBER),
    TableColumn(PERSON_FIELD["civil_number"], lambda d: d.first.civil_number, ColumnKind.CODE),
    TableColumn(QT_TRANSLATE_NOOP("DuplicatesDialog", "First entry"), lambda d: d.first.name, tooltip=True),
    TableColumn(PERSON_FIELD["civil_number"], lambda d: d.second.civil_number, ColumnKind.CODE),
    TableColumn(QT_TRANSLATE_NOOP("DuplicatesDialog", "Second entry"), lambda d: d.second.name, tooltip=True),
)

_OBJECTION_COLUMNS: tuple[TableColumn[ObjectionDTO], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("ObjectionsDialog", "No."), lambda o: o.number, ColumnKind.NUMBER),
    TableColumn(QT_TRANSLATE_NOOP("ObjectionsDialog", "Against"), lambda o: o.kind.label),
    TableColumn(PERSON_FIELD["civil_number"], lambda o: o.civil_number, ColumnKind.CODE),
    TableColumn(QT_TRANSLATE_NOOP("ObjectionsDialog", "Name"), lambda o: o.name, tooltip=True),
    TableColumn(FIELD["objector"], lambda o: o.objector),
    TableColumn(QT_TRANSLATE_NOOP("ObjectionsDialog", "Lodged"), lambda o: fmt_date(o.lodged_on)),
    TableColumn(QT_TRANSLATE_NOOP("ObjectionsDialog", "State"), lambda o: o.state.label),
    TableColumn(QT_TRANSLATE_NOOP("ObjectionsDialog", "Decision"), lambda o: o.decision_reference, tooltip=True),
)


class _EntryBox(QGroupBox):
    """One of the two entries of a lead, field by field, so they can be compared at a glance."""

    def __init__(self, title: str, language: Language, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.language = language
        self.form = QFormLayout(self)
        self.labels: dict[str, QLabel] = {}
        for key, label in (("civil_number", PERSON_FIELD["civil_number"]), ("name", PERSON_FIELD["name_ar"]),
                           ("gender", PERSON_FIELD["gender"]), ("birth_date", PERSON_FIELD["birth_date"]),
                           ("place", QT_TRANSLATE_NOOP("DuplicatesDialog", "Registered at")),
                           ("status", QT_TRANSLATE_NOOP("DuplicatesDialog", "Status"))):
            value = QLabel(self)
            value.setObjectName(key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = value
            self.form.addRow(label.translated(translate) + ":", value)

    def show_entry(self, voter: VoterDTO | None) -> None:
        if voter is None:
            for label in self.labels.values():
                label.setText("")
            return
        gender = GENDER_LABELS[voter.gender].translated(translate)
        place = (f"{shown_name(voter.wilayat_ar, voter.wilayat_en, self.language)} — "
                 f"{voter.centre_ar} ({voter.centre_code})")
        values = {"civil_number": voter.civil_number, "name": voter.name, "gender": gender,
                  "birth_date": fmt_date(voter.birth_date), "place": place,
                  "status": voter.status.label.translated(translate)}
        for key, text in values.items():
            self.labels[key].setText(text)


class DuplicatesDialog(QDialog):
    """The review queue of probable duplicates; ``changed`` is emitted after each decision or scan."""

    changed = Signal()

    def __init__(self, store: Store, tasks: TaskRunner, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.setWindowTitle(self.tr("Probable duplicates"))
        self.resize(980, 700)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        align_to_layout(self.count_label)
        self.scan_button = page_button(self, self.tr("&Search the roll for duplicates"), "scan", self.scan)
        self.model: DtoTableModel[LeadDTO] = DtoTableModel(_LEAD_COLUMNS, self)
        self.view = data_table(self, "leads", self.model, stretch=6, sortable=False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.first = _EntryBox(self.tr("First entry"), language, self)
        self.second = _EntryBox(self.tr("Second entry"), language, self)
        self.reference = QLineEdit(self)
        self.reference.setObjectName("reference")
        self.reference.setMaxLength(100)
        reference_label = QLabel(self.tr("Deciding &reference:"), self)
        reference_label.setBuddy(self.reference)
        self.keep_first = self._button(self.tr("Same person: keep the &first"), "keep_first",
                                       lambda: self.decide(True, keep_first=True))
        self.keep_second = self._button(self.tr("Same person: keep the s&econd"), "keep_second",
                                        lambda: self.decide(True, keep_first=False))
        self.distinct = self._button(self.tr("&Different people"), "distinct", lambda: self.decide(False))
        note = QLabel(self.tr("Nothing is removed automatically: the entry not kept is removed by your "
                              "decision, under its reference."), self)
        note.setWordWrap(True)
        align_to_layout(note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(self.scan_button)
        entries = QHBoxLayout()
        entries.addWidget(self.first)
        entries.addWidget(self.second)
        decision = QHBoxLayout()
        decision.addWidget(reference_label)
        decision.addWidget(self.reference, 1)
        decision.addWidget(self.keep_first)
        decision.addWidget(self.keep_second)
        decision.addWidget(self.distinct)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 3)
        layout.addLayout(entries)
        layout.addWidget(note)
        layout.addLayout(decision)
        layout.addWidget(close)
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        return page_button(self, text, name, slot)

    def refresh(self) -> None:
        current = self.current()
        leads = list_leads(self.store)
        total = count_leads(self.store)
        self.model.set_rows(leads)
        text = self.tr("Probable duplicates to review: %1").replace("%1", fmt_int(total))
        if total > len(leads):
            text += " " + self.tr("(the first %1 are listed)").replace("%1", fmt_int(len(leads)))
        self.count_label.setText(text)
        row = self.model.find(lambda lead: lead.number == current.number) if current else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            select_row(self.view, row)
        self._show_current()

    def current(self) -> LeadDTO | None:
        return self.model.row(self.view.currentIndex())

    def _show_current(self) -> None:
        lead = self.current()
        self.first.show_entry(lead.first if lead else None)
        self.second.show_entry(lead.second if lead else None)
        for button in (self.keep_first, self.keep_second, self.distinct):
            button.setEnabled(lead is not None)

    def decide(self, same_person: bool, keep_first: bool = True) -> None:
        lead = self.current()
        if lead is None:
            return
        keep = (lead.first if keep_first else lead.second).civil_number if same_person else None
        try:
            decide_lead(self.store, lead.number, same_person, self.reference.text(), keep=keep)
        except Exception as error:
            show_error(self, error)
            return
        self.changed.emit()
        self.refresh()
        self.view.setFocus()

    def scan(self) -> None:
        store = self.store
        self.scan_button.setEnabled(False)
        self.tasks.run(lambda: scan_duplicates(store), title=self.tr("Searching for probable duplicates"),
                       on_done=self._scanned, on_error=self._scan_failed, writes=True, parent_widget=self)

    def _scanned(self, result: ScanResult) -> None:
        self.scan_button.setEnabled(True)
        self.refresh()
        self.changed.emit()
        inform(self, self.tr("Probable duplicates"),
               self.tr("Voters compared: %1. Probable duplicates found: %2, new in the queue: %3.")
               .replace("%1", fmt_int(result.voters)).replace("%2", fmt_int(result.found))
               .replace("%3", fmt_int(result.added)))

    def _scan_failed(self, error: BaseException) -> None:
        self.scan_button.setEnabled(True)
        show_error(self, error)


class ObjectionsDialog(QDialog):
    """Every objection to the roll, lodging new ones and deciding those pending."""

    changed = Signal()

    def __init__(self, store: Store, language: Language, wilayats: list[WilayatDTO], objection_window,
                 parent: QWidget | None = None, civil_number: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.language = language
        self.wilayats = wilayats
        self.window = objection_window
        self.civil_number = civil_number
        self.setWindowTitle(self.tr("Objections to the roll"))
        self.resize(960, 520)
        self.state = QComboBox(self)
        self.state.setObjectName("state")
        self.state.addItem(self.tr("All objections"), None)
        for state in ObjectionState:
            self.state.addItem(state.label.translated(translate), state.value)
        self.state.currentIndexChanged.connect(lambda _i: self.refresh())
        state_label = QLabel(self.tr("S&how:"), self)
        state_label.setBuddy(self.state)
        self.model: DtoTableModel[ObjectionDTO] = DtoTableModel(_OBJECTION_COLUMNS, self)
        self.view = data_table(self, "objections", self.model, stretch=3, sortable=False)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.view.activated.connect(lambda _index: self.decide())
        self.new_button = page_button(self, self.tr("&New objection…"), "new", self.new_objection)
        self.decide_button = page_button(self, self.tr("&Decide…"), "decide", self.decide)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(state_label)
        top.addWidget(self.state)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        state = self.state.currentData()
        self.model.set_rows(list_objections(self.store, ObjectionState(state) if state else None))
        if self.model.rowCount():
            select_row(self.view, 0)
        self._update_actions()

    def current(self) -> ObjectionDTO | None:
        return self.model.row(self.view.currentIndex())

    def _update_actions(self) -> None:
        current = self.current()
        self.decide_button.setEnabled(current is not None and current.state is ObjectionState.PENDING)

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def new_objection(self) -> ObjectionDialog:
        return self._open(ObjectionDialog(self.store, self.language, self.wilayats, self.window,
                                          self.civil_number, parent=self))

    def decide(self) -> DecideObjectionDialog | None:
        current = self.current()
        if current is None or current.state is not ObjectionState.PENDING:
            return None
        return self._open(DecideObjectionDialog(self.store, self.language, current, parent=self))
