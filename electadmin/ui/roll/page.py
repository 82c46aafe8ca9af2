"""The electoral roll's page: browse and search a roll of millions, and act on one entry.

The table is a :class:`~electadmin.ui.roll.model.RollTableModel`: it holds the row count and the few
pages of voters being looked at, never the roll. The filters (wilayat, centre, gender, status, age
band on polling day) and the search box (a civil number, or a name typed any common way) all become
one :class:`RollFilter` that the roll service answers with its indexes; the search is the same
condition :func:`~electadmin.services.roll.search_voters` uses, here paged over every match.

The panel beside the table shows the current voter with their whole history and the actions their
status allows (remove, restore, transfer, object); the page's buttons open the import, the export of
the filtered view, the printed centre list, the statistics, the duplicate review queue and the
objections. Every change goes through a service and is announced with ``data_changed("roll")``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.candidacy import FIELD as PERSON_FIELD
from electadmin.domain.candidacy import GENDER_LABELS
from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress
from electadmin.domain.roll_life import FIELD as LIFE_FIELD
from electadmin.domain.roll_life import ObjectionState, VoterStatus
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.i18n import Language, translate
from electadmin.services.duplicates import count_leads
from electadmin.services.geography import list_centres, list_wilayats
from electadmin.services.objections import list_objections
from electadmin.services.roll import RollFilter, VoterDTO, age_bands, count_voters
from electadmin.services.roll_status import HistoryEntry, VoterDetail, underage_count, voter_detail
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_date, fmt_int, printed_digits
from electadmin.ui.geography.dialogs import align_to_layout, shown_name
from electadmin.ui.geography.page import export_path
from electadmin.ui.messages import error_text, inform, show_error
from electadmin.ui.roll.dialogs import RemoveDialog, RestoreDialog, TransferDialog
from electadmin.ui.roll.model import RollTableModel
from electadmin.ui.pages import data_table, page_button, select_row
from electadmin.ui.roll.review import DuplicatesDialog, ObjectionsDialog
from electadmin.ui.table_model import ColumnKind, DtoTableModel, TableColumn

__all__ = ["DATA_KEY", "RollPage", "voter_columns"]

DATA_KEY = "roll"
SEARCH_DELAY_MS = 250
"""Typing pauses this long before the roll is searched: one query per word, not per key."""
_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the electoral roll")
_UNDER_AGE = QT_TRANSLATE_NOOP("RollPage", "Under age")
_XLSX, _CSV = ".xlsx", ".csv"
_MOVED = QT_TRANSLATE_NOOP("RollPage", "%1 → %2")
"""A transfer from one centre to another; the arrow points the way the language reads."""
_STEP_HEADERS = QT_TRANSLATE_NOOP("Progress", "Reading the columns of the file")


def _gender(value: str):
    return GENDER_LABELS.get(value, value)


def _status(voter: VoterDTO):
    if voter.status == VoterStatus.ACTIVE.value and not voter.eligible:
        return _UNDER_AGE
    return VoterStatus(voter.status).label if voter.status in VoterStatus._value2member_map_ else voter.status


def voter_columns(language: Callable[[], Language]) -> list[TableColumn[VoterDTO]]:
    """The roll table's columns; place names follow the interface's *language* when shown."""
    return [
        TableColumn(PERSON_FIELD["civil_number"], lambda v: v.civil_number, ColumnKind.CODE),
        TableColumn(QT_TRANSLATE_NOOP("RollPage", "Name"), lambda v: v.name, tooltip=True),
        TableColumn(PERSON_FIELD["gender"], lambda v: _gender(v.gender)),
        TableColumn(PERSON_FIELD["birth_date"], lambda v: fmt_date(v.birth_date)),
        TableColumn(QT_TRANSLATE_NOOP("RollPage", "Age"), lambda v: v.age, ColumnKind.NUMBER),
        TableColumn(QT_TRANSLATE_NOOP("RollPage", "Wilayat"),
                    lambda v: shown_name(v.wilayat_ar, v.wilayat_en, language())),
        TableColumn(QT_TRANSLATE_NOOP("RollPage", "Polling centre"), lambda v: v.centre_code, ColumnKind.CODE),
        TableColumn(QT_TRANSLATE_NOOP("RollPage", "Status"), _status),
    ]


def _moved(entry: HistoryEntry) -> str | None:
    """``from → to`` of a transfer (or the centre an objection added the voter to)."""
    if entry.to_centre is None:
        return None
    if not entry.from_centre:
        return entry.to_centre
    return _MOVED.translated(translate).replace("%1", entry.from_centre).replace("%2", entry.to_centre)


_HISTORY_COLUMNS: tuple[TableColumn[HistoryEntry], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("RollPage", "Date"), lambda h: fmt_date(h.day)),
    TableColumn(QT_TRANSLATE_NOOP("RollPage", "What"), lambda h: h.kind.label),
    TableColumn(LIFE_FIELD["reason"], lambda h: h.reason.label if h.reason else None),
    TableColumn(LIFE_FIELD["reference"], lambda h: h.reference, tooltip=True),
    TableColumn(QT_TRANSLATE_NOOP("RollPage", "Transfer"), lambda h: _moved(h), tooltip=True),
    TableColumn(LIFE_FIELD["note"], lambda h: h.note, tooltip=True),
    TableColumn(QT_TRANSLATE_NOOP("RollPage", "Recorded by"), lambda h: h.recorded_by),
)


class RollPage(QWidget):
    """The roll area's page; the main window calls :meth:`refresh` each time it is shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._editable = False
        self._detail: VoterDetail | None = None
        self._wilayats = []

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary")
        self.summary_label.setWordWrap(True)
        self.frozen_label = QLabel(self)
        self.frozen_label.setObjectName("frozen")
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.frozen_label.hide()
        for label in (self.summary_label, self.frozen_label):
            align_to_layout(label)

        self.import_button = self._button(self.tr("&Import a roll file…"), "import", self.import_file)
        self.export_button = self._button(self.tr("E&xport the list shown…"), "export", self.export_file)
        self.print_button = self._button(self.tr("&Print the centre's list…"), "print", self.print_centre)
        self.statistics_button = self._button(self.tr("S&tatistics…"), "statistics", self.show_statistics)
        self.duplicates_button = self._button(self.tr("Probable &duplicates…"), "duplicates", self.show_duplicates)
        self.objections_button = self._button(self.tr("O&bjections…"), "objections", self.show_objections)

        self.wilayat_filter = self._combo("wilayat_filter")
        self.wilayat_filter.currentIndexChanged.connect(self._wilayat_chosen)
        self.centre_filter = self._combo("centre_filter")
        self.gender_filter = self._combo("gender_filter")
        self.status_filter = self._combo("status_filter")
        self.age_filter = self._combo("age_filter")
        for combo in (self.centre_filter, self.gender_filter, self.status_filter, self.age_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Civil number, or any part of the name"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.apply_filter)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("shown")

        self.model = RollTableModel(voter_columns(lambda: self.language), self)
        self.view = data_table(self, "voters", self.model, sortable=False)
        # Measuring every row's contents would read the whole roll: fixed widths, interactive.
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(header.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)  # the style's minimum (~130 px with the shipped fonts) is too wide
        header.setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self._widths = [95, 270, 55, 90, 45, 110, 95]
        # A reset of the model resets the header's sections: keep the widths (also those the user set).
        self.model.modelAboutToBeReset.connect(self._keep_widths)
        self.model.modelReset.connect(self._restore_widths)
        self._restore_widths()
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        self.detail_box = QGroupBox(self.tr("Voter"), self)
        self.detail_labels: dict[str, QLabel] = {}
        detail_form = QFormLayout()
        for key, label in (("civil_number", PERSON_FIELD["civil_number"]), ("name", PERSON_FIELD["name_ar"]),
                           ("gender", PERSON_FIELD["gender"]), ("birth_date", PERSON_FIELD["birth_date"]),
                           ("age", QT_TRANSLATE_NOOP("RollPage", "Age on polling day")),
                           ("place", QT_TRANSLATE_NOOP("RollPage", "Registered at")),
                           ("status", QT_TRANSLATE_NOOP("RollPage", "Status"))):
            value = QLabel(self.detail_box)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = value
            detail_form.addRow(label.translated(translate) + ":", value)
        self.history_model: DtoTableModel[HistoryEntry] = DtoTableModel(_HISTORY_COLUMNS, self)
        self.history_view = data_table(self.detail_box, "history", self.history_model, stretch=5, sortable=False)
        self.remove_button = self._button(self.tr("&Remove…"), "remove", self.remove_current)
        self.restore_button = self._button(self.tr("Re&store…"), "restore", self.restore_current)
        self.transfer_button = self._button(self.tr("Trans&fer…"), "transfer", self.transfer_current)
        self.object_button = self._button(self.tr("&Object…"), "object", self.object_to_current)
        actions = QHBoxLayout()
        for button in (self.remove_button, self.restore_button, self.transfer_button, self.object_button):
            actions.addWidget(button)
        actions.addStretch(1)
        detail_layout = QVBoxLayout(self.detail_box)
        detail_layout.addLayout(detail_form)
        detail_layout.addWidget(QLabel("<b>" + self.tr("History") + "</b>", self.detail_box))
        detail_layout.addWidget(self.history_view, 1)
        detail_layout.addLayout(actions)

        self._table_actions()
        self._lay_out()
        self._fill_filters()
        ctx.data_changed.connect(self._on_data_changed)
        ctx.election_changed.connect(self.refresh)
        ctx.store_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ building

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        return page_button(self, text, name, slot)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _table_actions(self) -> None:
        """Ctrl+F goes to the search box; Delete removes, Ctrl+T transfers, Enter shows the history."""
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda _c=False: (self.search_edit.setFocus(), self.search_edit.selectAll()))
        self.addAction(find)
        for text, shortcut, slot in ((self.tr("Remove…"), QKeySequence(QKeySequence.StandardKey.Delete),
                                      self.remove_current),
                                     (self.tr("Transfer…"), QKeySequence("Ctrl+T"), self.transfer_current),
                                     (self.tr("Object…"), None, self.object_to_current)):
            action = QAction(text, self.view)
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.print_button, self.statistics_button,
                       self.duplicates_button, self.objections_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Wilayat:"), self.wilayat_filter), (self.tr("&Centre:"), self.centre_filter),
                            (self.tr("&Gender:"), self.gender_filter), (self.tr("St&atus:"), self.status_filter),
                            (self.tr("A&ge:"), self.age_filter)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        search_label = QLabel(self.tr("&Search:"), self)
        search_label.setBuddy(self.search_edit)
        search = QHBoxLayout()
        search.addWidget(search_label)
        search.addWidget(self.search_edit, 1)
        search.addWidget(self.shown_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(align_to_layout(QLabel("<h2>" + self.tr("Electoral roll") + "</h2>", self)))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.frozen_label)
        layout.addLayout(buttons)
        layout.addLayout(filters)
        layout.addLayout(search)
        layout.addWidget(splitter, 1)

    def _keep_widths(self) -> None:
        self._widths = [self.view.columnWidth(c) for c in range(len(self._widths))]

    def _restore_widths(self) -> None:
        for column, width in enumerate(self._widths):
            self.view.setColumnWidth(column, width)

    # ------------------------------------------------------------ filters

    @property
    def language(self) -> Language:
        return self.ctx.preferences.language

    def _fill_filters(self) -> None:
        store = self.ctx.store
        chosen = self.wilayat_filter.currentData()
        for combo in (self.wilayat_filter, self.gender_filter, self.status_filter, self.age_filter):
            combo.blockSignals(True)
        try:
            self.wilayat_filter.clear()
            self.wilayat_filter.addItem(self.tr("All wilayats"), None)
            self._wilayats = list_wilayats(store) if store is not None else []
            for wilayat in self._wilayats:
                self.wilayat_filter.addItem(shown_name(wilayat.name_ar, wilayat.name_en, self.language), wilayat.code)
            index = self.wilayat_filter.findData(chosen) if chosen else 0
            self.wilayat_filter.setCurrentIndex(max(index, 0))
            gender = self.gender_filter.currentData()
            self.gender_filter.clear()
            self.gender_filter.addItem(self.tr("Men and women"), None)
            self.gender_filter.addItem(GENDER_LABELS["M"].translated(translate), "M")
            self.gender_filter.addItem(GENDER_LABELS["F"].translated(translate), "F")
            self.gender_filter.setCurrentIndex(max(self.gender_filter.findData(gender), 0) if gender else 0)
            status = self.status_filter.currentData()
            self.status_filter.clear()
            self.status_filter.addItem(self.tr("Every status"), None)
            for value in VoterStatus:
                self.status_filter.addItem(value.label.translated(translate), value.value)
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0) if status else 0)
            band = self.age_filter.currentData()
            self.age_filter.clear()
            self.age_filter.addItem(self.tr("Every age"), None)
            election = self.ctx.election
            min_age = election.definition.rules.min_voter_age if election else 21
            for age_band in age_bands(min_age):
                value = (age_band.minimum, age_band.maximum if age_band.maximum is not None else 200)
                self.age_filter.addItem(fmt_int(age_band.minimum) + (
                    f"–{fmt_int(age_band.maximum)}" if age_band.maximum is not None else "+"), value)
            self.age_filter.setCurrentIndex(max(self.age_filter.findData(band), 0) if band else 0)
        finally:
            for combo in (self.wilayat_filter, self.gender_filter, self.status_filter, self.age_filter):
                combo.blockSignals(False)
        self._fill_centres()

    def _fill_centres(self) -> None:
        chosen = self.centre_filter.currentData()
        wilayat = self.wilayat_filter.currentData()
        self.centre_filter.blockSignals(True)
        try:
            self.centre_filter.clear()
            self.centre_filter.addItem(self.tr("All centres"), None)
            if wilayat and self.ctx.store is not None:
                for centre in list_centres(self.ctx.store, wilayat):
                    self.centre_filter.addItem(
                        f"{shown_name(centre.name_ar, centre.name_en, self.language)} ({centre.code})", centre.code)
            index = self.centre_filter.findData(chosen) if chosen else 0
            self.centre_filter.setCurrentIndex(max(index, 0))
        finally:
            self.centre_filter.blockSignals(False)
        self.centre_filter.setEnabled(bool(wilayat))

    def _wilayat_chosen(self, *_args: object) -> None:
        self._fill_centres()
        self.apply_filter()

    def current_filter(self) -> RollFilter:
        query = self.search_edit.text().strip() or None
        return RollFilter(wilayat_code=self.wilayat_filter.currentData(), centre_code=self.centre_filter.currentData(),
                          gender=self.gender_filter.currentData(), status=self.status_filter.currentData(),
                          age_band=self.age_filter.currentData(), query=query)

    def apply_filter(self) -> None:
        """Show the voters the filters and the search select (the first one current)."""
        self._search_timer.stop()
        store = self.ctx.store
        try:
            self.model.show(store, self.current_filter() if store is not None else None)
        except Exception as error:  # a search the index refuses must not leave a stale list
            show_error(self, error)
            self.model.show(None)
        self.shown_label.setText(self.tr("Shown: %1").replace("%1", fmt_int(self.model.rowCount())))
        if self.model.rowCount():
            select_row(self.view, 0)
        self._show_current()

    # ------------------------------------------------------------ the summary and the current voter

    def refresh(self) -> None:
        """Read the roll again, keeping the filters and the current voter if it is still shown."""
        store = self.ctx.store
        self._update_editable()
        self._fill_filters()
        current = self.current_voter()
        self.apply_filter()
        if current is not None:
            row = self.model.find(lambda v: v.civil_number == current.civil_number)
            if row >= 0:
                select_row(self.view, row)
        self._show_summary(store)

    def _show_summary(self, store) -> None:
        if store is None:
            self.summary_label.setText("")
            return
        total = count_voters(store)
        removed = count_voters(store, RollFilter(status=VoterStatus.REMOVED.value))
        under = underage_count(store)
        parts = [self.tr("Voters on the roll: %1").replace("%1", fmt_int(total - removed)),
                 self.tr("removed: %1").replace("%1", fmt_int(removed))]
        if under is not None:
            parts.append(self.tr("under the voting age on polling day: %1").replace("%1", fmt_int(under)))
        parts.append(self.tr("probable duplicates to review: %1").replace("%1", fmt_int(count_leads(store))))
        parts.append(self.tr("objections pending: %1").replace(
            "%1", fmt_int(len(list_objections(store, ObjectionState.PENDING)))))
        # Not a middle dot in Arabic: beside Arabic-Indic digits it reads as a zero (٠).
        self.summary_label.setText(self.tr(" · ").join(parts))

    def _update_editable(self) -> None:
        election = self.ctx.election
        phase = election.definition.phase if election is not None else Phase.SETUP
        self._editable = self.ctx.store is not None and phase.index < Phase.POLLING.index
        if self._editable:
            self.frozen_label.hide()
        else:
            self.frozen_label.setText(error_text(
                ElectadminError(ErrorCode.ELECTION_FROZEN, current=phase.label, what=_FROZEN_WHAT)))
            self.frozen_label.setVisible(self.ctx.store is not None)
        for button in (self.import_button, self.objections_button, self.duplicates_button):
            button.setEnabled(self._editable)

    def current_voter(self) -> VoterDTO | None:
        return self.model.voter(self.view.currentIndex())

    def _show_current(self) -> None:
        voter = self.current_voter()
        store = self.ctx.store
        self._detail = voter_detail(store, voter.civil_number) if voter is not None and store is not None else None
        detail = self._detail
        if detail is None:
            for label in self.detail_labels.values():
                label.setText("")
            self.history_model.set_rows(())
        else:
            record = detail.voter
            status = record.status.label.translated(translate)
            if record.removal_reason is not None:
                status += f" — {record.removal_reason.label.translated(translate)} ({record.decision_reference})"
            age = fmt_int(record.age)
            if record.status == VoterStatus.ACTIVE and not record.eligible:
                age += " — " + _UNDER_AGE.translated(translate)
            values = {"civil_number": record.civil_number, "name": record.name,
                      "gender": _gender(record.gender).translated(translate), "birth_date": fmt_date(record.birth_date),
                      "age": age,
                      "place": f"{shown_name(record.wilayat_ar, record.wilayat_en, self.language)} — "
                               f"{record.centre_ar} ({record.centre_code})",
                      "status": status}
            for key, text in values.items():
                self.detail_labels[key].setText(text)
            self.history_model.set_rows(detail.history)
        active = detail is not None and detail.voter.status is VoterStatus.ACTIVE
        removed = detail is not None and detail.voter.status is VoterStatus.REMOVED
        self.remove_button.setEnabled(self._editable and active)
        self.restore_button.setEnabled(self._editable and removed)
        self.transfer_button.setEnabled(self._editable and active)
        self.object_button.setEnabled(self._editable and active)
        self.print_button.setEnabled(store is not None and self.centre_code() is not None)
        self.export_button.setEnabled(store is not None and self.model.rowCount() > 0)
        for action, enabled in zip(self.view.actions(), (self._editable and active, self._editable and active,
                                                          self._editable and active), strict=True):
            action.setEnabled(enabled)

    def centre_code(self) -> str | None:
        """The centre whose list would be printed: the one filtered, else the current voter's."""
        chosen = self.centre_filter.currentData()
        if chosen:
            return chosen
        voter = self.current_voter()
        return voter.centre_code if voter is not None else None

    def _on_data_changed(self, key: str) -> None:
        if key in (DATA_KEY, "geography"):
            self.refresh()

    def _changed(self, *_args: object) -> None:
        self.ctx.data_changed.emit(DATA_KEY)

    # ------------------------------------------------------------ acting on the current voter

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._changed)
        dialog.open()
        return dialog

    def remove_current(self) -> RemoveDialog | None:
        detail = self._detail
        if not self._editable or detail is None or detail.voter.status is not VoterStatus.ACTIVE:
            return None
        return self._open(RemoveDialog(self.ctx.store, self.language, detail.voter.name,
                                       detail.voter.civil_number, parent=self))

    def restore_current(self) -> RestoreDialog | None:
        detail = self._detail
        if not self._editable or detail is None or detail.voter.status is not VoterStatus.REMOVED:
            return None
        return self._open(RestoreDialog(self.ctx.store, self.language, detail.voter.name,
                                        detail.voter.civil_number, parent=self))

    def transfer_current(self) -> TransferDialog | None:
        detail = self._detail
        if not self._editable or detail is None or detail.voter.status is not VoterStatus.ACTIVE:
            return None
        record = detail.voter
        current = (f"{shown_name(record.wilayat_ar, record.wilayat_en, self.language)} — "
                   f"{record.centre_ar} ({record.centre_code})")
        window = self.ctx.election.definition.rules.transfer_window
        return self._open(TransferDialog(self.ctx.store, self.language, record.name, record.civil_number,
                                         record.gender, current, self._wilayats, window,
                                         wilayat_code=record.wilayat_code, centre_code=record.centre_code,
                                         parent=self))

    def object_to_current(self):
        detail = self._detail
        if not self._editable or detail is None:
            return None
        dialog = self._objections_dialog(detail.voter.civil_number)
        return dialog.new_objection()

    # ------------------------------------------------------------ the page's tools

    def _objections_dialog(self, civil_number: str = "") -> ObjectionsDialog:
        window = self.ctx.election.definition.rules.objection_window
        dialog = ObjectionsDialog(self.ctx.store, self.language, self._wilayats, window, parent=self,
                                  civil_number=civil_number)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._changed)
        dialog.open()
        return dialog

    def show_objections(self) -> ObjectionsDialog | None:
        if self.ctx.store is None:
            return None
        return self._objections_dialog()

    def show_duplicates(self) -> DuplicatesDialog | None:
        if self.ctx.store is None:
            return None
        dialog = DuplicatesDialog(self.ctx.store, self.ctx.tasks, self.language, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self._changed)
        dialog.open()
        return dialog

    def show_statistics(self):
        if self.ctx.store is None:
            return None
        from electadmin.ui.roll.statistics import StatisticsDialog

        dialog = StatisticsDialog(self.ctx.store, self.language, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def import_file(self) -> None:
        if not self._editable:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the electoral roll"), "",
            ";;".join((self.tr("Spreadsheets (*.xlsx *.csv)"), self.tr("Excel workbooks (*.xlsx)"),
                       self.tr("CSV files (*.csv)"))))
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        """Read the file's headers off the UI thread, then show the mapping and preview dialog."""
        def work():
            yield Progress(0, 0, _STEP_HEADERS)
            from electadmin.services.roll_file import read_roll_file

            return read_roll_file(path, translate)

        self.ctx.tasks.run(work, title=self.tr("Reading the roll file"), on_done=self._headers_read,
                           writes=False, parent_widget=self)

    def _headers_read(self, headers) -> None:
        from electadmin.ui.roll.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx.store, self.ctx.tasks, headers, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._changed)
        dialog.open()

    def export_file(self) -> None:
        if self.ctx.store is None:
            return
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV file (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the list shown"), "roll.xlsx",
                                                   f"{xlsx};;{csv}")
        if path:
            self.start_export(export_path(path, _CSV if chosen == csv else _XLSX))

    def start_export(self, path: Path) -> None:
        store, flt = self.ctx.store, self.current_filter()

        def work():
            from electadmin.services.roll_file import export_roll

            return (yield from export_roll(store, path, flt, translate))

        self.ctx.tasks.run(work, title=self.tr("Exporting the roll"), writes=True, parent_widget=self,
                           on_done=lambda count: inform(self, self.tr("Export the list shown"),
                                                        self.tr("%1 voters were written to %2.")
                                                        .replace("%1", fmt_int(count)).replace("%2", str(path))))

    def print_centre(self) -> None:
        centre = self.centre_code()
        if self.ctx.store is None or centre is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the centre's list"), f"{centre}.pdf",
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self.start_print(centre, Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf"))

    def start_print(self, centre: str, path: Path) -> None:
        store = self.ctx.store
        chosen = printed_digits()  # the printed list shows the digits the user reads on screen

        def work():
            from electadmin.services.voter_list import write_voter_list_pdf

            return (yield from write_voter_list_pdf(store, path, centre, digits=chosen))

        self.ctx.tasks.run(work, title=self.tr("Printing the centre's list"), writes=True, parent_widget=self,
                           on_done=lambda count: inform(self, self.tr("Print the centre's list"),
                                                        self.tr("The list of %1 voters was written to %2.")
                                                        .replace("%1", fmt_int(count)).replace("%2", str(path))))

