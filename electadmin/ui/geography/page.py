"""The geography area: governorates, wilayats with their seats, polling centres with their stations.

The committee secretary sees the national totals, filters the wilayats by governorate or by a name
typed any way (بهلاء finds بهلا, "bahla" too), and adds, edits or deletes each level; a whole
geography comes from Oman's shipped reference or from a spreadsheet. Every change goes through
:mod:`electadmin.services.geography` and is announced with ``data_changed("geography")``, so every
screen showing places (and this one) refreshes. Once polling has opened the services refuse changes;
the page says so and offers none.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.arabic import search_key
from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import FIELD
from electadmin.domain.progress import Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.i18n import Language, translate
from electadmin.services.geography import (
    CentreDTO,
    GeographyChanges,
    GeographySummary,
    GovernorateDTO,
    WilayatDTO,
    delete_centre,
    delete_governorate,
    delete_wilayat,
    list_centres,
    list_governorates,
    list_wilayats,
    summary,
)
from electadmin.services.reference import load_reference_geography, reference_records
from electadmin.services.store import Store
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_int
from electadmin.ui.geography.dialogs import (
    CentreDialog,
    GovernorateDialog,
    WilayatDialog,
    align_to_layout,
    show_import_failure,
    shown_name,
)
from electadmin.ui.messages import confirm, error_text, inform, show_error
from electadmin.ui.table_model import ColumnKind, DtoTableModel, TableColumn
from electadmin.ui.widgets import select_row

__all__ = ["DATA_KEY", "GeographyPage", "export_path"]

DATA_KEY = "geography"
_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the geography")
_CENTRES = QT_TRANSLATE_NOOP("GeographyPage", "Centres")
_NAME = QT_TRANSLATE_NOOP("GeographyPage", "Name")
_CENTRE_FOR = FIELD["kind"]
_XLSX, _CSV = ".xlsx", ".csv"


class GeographyPage(QWidget):
    """The geography area's page; the main window calls :meth:`refresh` each time it is shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._governorates: list[GovernorateDTO] = []
        self._wilayats: list[WilayatDTO] = []
        self._totals: GeographySummary | None = None
        self._editable = False
        self._filling = False

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("summary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.frozen_label = QLabel(self)
        self.frozen_label.setObjectName("frozen")
        self.frozen_label.setWordWrap(True)
        self.frozen_label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.frozen_label.hide()
        self.centres_title = QLabel(self)
        self.centres_title.setObjectName("centres_title")
        for label in (self.summary_label, self.frozen_label, self.centres_title):
            align_to_layout(label)

        self.load_reference_button = self._button(self.tr("&Load Oman 2023 reference geography…"),
                                                  "load_reference", self.load_reference)
        self.import_button = self._button(self.tr("&Import from file…"), "import", self.import_file)
        self.export_button = self._button(self.tr("E&xport…"), "export", self.export_file)

        self.governorate_filter = QComboBox(self)
        self.governorate_filter.setObjectName("governorate_filter")
        self.governorate_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.governorate_filter.currentIndexChanged.connect(self._show_wilayats)
        governorate_label = QLabel(self.tr("&Governorate:"), self)
        governorate_label.setBuddy(self.governorate_filter)
        self.add_governorate_button = self._button(self.tr("&New governorate…"), "add_governorate",
                                                   self.add_governorate)
        self.edit_governorate_button = self._button(self.tr("C&hange governorate…"), "edit_governorate",
                                                    self.edit_governorate)
        self.delete_governorate_button = self._button(self.tr("Delete g&overnorate"), "delete_governorate",
                                                      self.delete_governorate)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, other spelling or code"))
        self.search_edit.textChanged.connect(self._show_wilayats)
        search_label = QLabel(self.tr("&Search wilayats:"), self)
        search_label.setBuddy(self.search_edit)
        self.shown_label = QLabel(self)
        self.shown_label.setObjectName("shown")

        self.wilayats_model: DtoTableModel[WilayatDTO] = DtoTableModel(self._wilayat_columns(), self)
        self.wilayats_view = self._table("wilayats", self.wilayats_model, stretch=5)
        self.wilayats_view.selectionModel().currentRowChanged.connect(self._on_current_wilayat)
        self.add_wilayat_button = self._button(self.tr("&Add wilayat…"), "add_wilayat", self.add_wilayat)
        self.edit_wilayat_button = self._button(self.tr("&Edit wilayat…"), "edit_wilayat", self.edit_wilayat)
        self.delete_wilayat_button = self._button(self.tr("&Delete wilayat"), "delete_wilayat",
                                                  self.delete_wilayat)
        self._table_actions(self.wilayats_view, self.add_wilayat, self.edit_wilayat, self.delete_wilayat)

        self.centres_model: DtoTableModel[CentreDTO] = DtoTableModel(self._centre_columns(), self)
        self.centres_view = self._table("centres", self.centres_model, stretch=3)
        self.centres_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.add_centre_button = self._button(self.tr("Add &polling centre…"), "add_centre", self.add_centre)
        self.edit_centre_button = self._button(self.tr("Edi&t centre…"), "edit_centre", self.edit_centre)
        self.delete_centre_button = self._button(self.tr("Delete cent&re"), "delete_centre", self.delete_centre)
        self._table_actions(self.centres_view, self.add_centre, self.edit_centre, self.delete_centre)

        self._lay_out(governorate_label, search_label)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.election_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ building

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _table(self, name: str, model: DtoTableModel, stretch: int) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # The given order (governorate, then the wilayat's place in it) until the user clicks a header;
        # a third click clears the sort and brings it back.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.activated.connect(lambda _index: self._edit_in(view))
        return view

    def _table_actions(self, view: QTableView, add: Callable[[], None], edit: Callable[[], None],
                       remove: Callable[[], None]) -> None:
        """Insert adds, Enter or a double-click edits, Delete deletes; the same in the context menu."""
        for text, shortcut, slot in ((self.tr("Add…"), QKeySequence(Qt.Key.Key_Insert), add),
                                     (self.tr("Edit…"), None, edit),
                                     (self.tr("Delete"), QKeySequence(QKeySequence.StandardKey.Delete), remove)):
            action = QAction(text, view)
            if shortcut is not None:
                action.setShortcut(shortcut)
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, s=slot: s())
            view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _lay_out(self, governorate_label: QLabel, search_label: QLabel) -> None:
        files = QHBoxLayout()
        for button in (self.load_reference_button, self.import_button, self.export_button):
            files.addWidget(button)
        files.addStretch(1)

        filters = QHBoxLayout()
        for widget in (governorate_label, self.governorate_filter, self.add_governorate_button,
                       self.edit_governorate_button, self.delete_governorate_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(search_label)
        filters.addWidget(self.search_edit, 1)

        wilayats = QWidget(self)
        wilayats_layout = QVBoxLayout(wilayats)
        wilayats_layout.setContentsMargins(0, 0, 0, 0)
        wilayats_title = QHBoxLayout()
        wilayats_title.addWidget(QLabel("<b>" + self.tr("Wilayats") + "</b>", wilayats))
        wilayats_title.addStretch(1)
        wilayats_title.addWidget(self.shown_label)
        wilayats_layout.addLayout(wilayats_title)
        wilayats_layout.addWidget(self.wilayats_view, 1)
        wilayats_layout.addLayout(self._row(self.add_wilayat_button, self.edit_wilayat_button,
                                            self.delete_wilayat_button))

        centres = QWidget(self)
        centres_layout = QVBoxLayout(centres)
        centres_layout.setContentsMargins(0, 0, 0, 0)
        centres_layout.addWidget(self.centres_title)
        centres_layout.addWidget(self.centres_view, 1)
        centres_layout.addLayout(self._row(self.add_centre_button, self.edit_centre_button,
                                           self.delete_centre_button))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(wilayats)
        splitter.addWidget(centres)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(align_to_layout(QLabel("<h2>" + self.tr("Geography") + "</h2>", self)))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.frozen_label)
        layout.addLayout(files)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _wilayat_columns(self) -> list[TableColumn[WilayatDTO]]:
        return [
            TableColumn(FIELD["code"], lambda w: w.code, ColumnKind.CODE),
            TableColumn(FIELD["name_ar"], lambda w: w.name_ar),
            TableColumn(FIELD["name_en"], lambda w: w.name_en),
            TableColumn(FIELD["governorate"], lambda w: self._governorate_name(w.governorate_code)),
            TableColumn(FIELD["seats"], lambda w: w.seats, ColumnKind.NUMBER),
            TableColumn(FIELD["aliases"], lambda w: w.aliases, tooltip=True),
            TableColumn(_CENTRES, lambda w: w.centres, ColumnKind.NUMBER),
        ]

    def _centre_columns(self) -> list[TableColumn[CentreDTO]]:
        return [
            TableColumn(FIELD["code"], lambda c: c.code, ColumnKind.CODE),
            TableColumn(_NAME, lambda c: self._name(c.name_ar, c.name_en), tooltip=True),
            TableColumn(_CENTRE_FOR, lambda c: c.kind.label),
            TableColumn(FIELD["address"], lambda c: c.address, tooltip=True),
            TableColumn(FIELD["stations"], lambda c: c.stations, ColumnKind.NUMBER),
        ]

    # ------------------------------------------------------------ showing

    @property
    def language(self) -> Language:
        return self.ctx.preferences.language

    def _name(self, name_ar: str, name_en: str) -> str:
        return shown_name(name_ar, name_en, self.language)

    def _governorate_name(self, code: str) -> str:
        found = next((g for g in self._governorates if g.code == code), None)
        return self._name(found.name_ar, found.name_en) if found else code

    def refresh(self) -> None:
        """Read everything again from the store, keeping the filter and the selection."""
        store = self.ctx.store
        if store is None:
            return
        wilayat = self.selected_wilayat()
        centre = self.selected_centre()
        chosen = self.governorate_filter.currentData()
        self._totals = summary(store)
        self._governorates = list_governorates(store)
        self._wilayats = list_wilayats(store)
        self.summary_label.setText(self._summary_text(self._totals))
        self.governorate_filter.blockSignals(True)
        self.governorate_filter.clear()
        self.governorate_filter.addItem(self.tr("All governorates"), "")
        for governorate in self._governorates:
            self.governorate_filter.addItem(self._name(governorate.name_ar, governorate.name_en), governorate.code)
        index = self.governorate_filter.findData(chosen) if chosen else 0
        self.governorate_filter.setCurrentIndex(max(index, 0))
        self.governorate_filter.blockSignals(False)
        self._update_editable()
        self._show_wilayats(select=wilayat.code if wilayat else None,
                            centre=centre.code if centre else None)

    def _summary_text(self, totals: GeographySummary) -> str:
        text = self.tr("Governorates: %1 · Wilayats: %2 · Seats: %3 · Polling centres: %4 · Stations: %5")
        for number, value in enumerate((totals.governorates, totals.wilayats, totals.seats, totals.centres,
                                        totals.stations), start=1):
            text = text.replace(f"%{number}", f"<b>{fmt_int(value)}</b>")
        return text

    def _update_editable(self) -> None:
        election = self.ctx.election
        phase = election.definition.phase if election is not None else Phase.SETUP
        self._editable = self.ctx.store is not None and phase.index < Phase.POLLING.index
        if self._editable:
            self.frozen_label.hide()
        else:
            self.frozen_label.setText(error_text(
                ElectadminError(ErrorCode.ELECTION_FROZEN, current=phase.label, what=_FROZEN_WHAT)))
            self.frozen_label.show()

    def _show_wilayats(self, *_args: object, select: str | None = None, centre: str | None = None) -> None:
        if select is None:
            current = self.selected_wilayat()
            select = current.code if current else None
        governorate = self.governorate_filter.currentData() or ""
        query = search_key(self.search_edit.text())
        shown = [w for w in self._wilayats
                 if (not governorate or w.governorate_code == governorate) and self._matches(w, query)]
        self.wilayats_model.set_rows(shown)
        # Numbers stand apart from nouns here and below: no plural forms to agree with (Arabic has six).
        self.shown_label.setText(self.tr("Wilayats shown: %1 of %2").replace("%1", fmt_int(len(shown)))
                                 .replace("%2", fmt_int(len(self._wilayats))))
        row = self.wilayats_model.find(lambda w: w.code == select) if select else -1
        if row < 0 and self.wilayats_model.rowCount():
            row = 0
        self._filling = True  # one reading of the centres below, not one more per selection signal
        try:
            if row >= 0:
                select_row(self.wilayats_view, row)
        finally:
            self._filling = False
        self._show_centres(centre=centre)

    def _on_current_wilayat(self, *_args: object) -> None:
        if not self._filling:
            self._show_centres()

    @staticmethod
    def _matches(wilayat: WilayatDTO, query: str) -> bool:
        if not query:
            return True
        keys = (wilayat.code.casefold(), search_key(wilayat.name_ar), search_key(wilayat.name_en),
                *(search_key(alias) for alias in wilayat.aliases))
        return any(query in key for key in keys)

    def _show_centres(self, centre: str | None = None) -> None:
        wilayat = self.selected_wilayat()
        if centre is None:
            current = self.selected_centre()
            centre = current.code if current else None
        if wilayat is None or self.ctx.store is None:
            self.centres_model.set_rows(())
            self.centres_title.setText("<b>" + self.tr("Polling centres") + "</b>")
        else:
            self.centres_model.set_rows(list_centres(self.ctx.store, wilayat.code))
            title = self.tr("Polling centres of the wilayat %1").replace(
                "%1", self._name(wilayat.name_ar, wilayat.name_en))
            self.centres_title.setText(f"<b>{html.escape(title)}</b>")
        row = self.centres_model.find(lambda c: c.code == centre) if centre else -1
        if row >= 0:
            select_row(self.centres_view, row)
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self._editable
        has_governorate = bool(self.governorate_filter.currentData())
        wilayat = self.selected_wilayat() is not None
        centre = self.selected_centre() is not None
        self.load_reference_button.setEnabled(editable and self._totals is not None and not self._wilayats)
        self.import_button.setEnabled(editable)
        self.export_button.setEnabled(self.ctx.store is not None and bool(self._wilayats))
        self.add_governorate_button.setEnabled(editable)
        self.edit_governorate_button.setEnabled(editable and has_governorate)
        self.delete_governorate_button.setEnabled(editable and has_governorate)
        self.add_wilayat_button.setEnabled(editable and bool(self._governorates))
        self.edit_wilayat_button.setEnabled(editable and wilayat)
        self.delete_wilayat_button.setEnabled(editable and wilayat)
        self.add_centre_button.setEnabled(editable and bool(self._wilayats))
        self.edit_centre_button.setEnabled(editable and centre)
        self.delete_centre_button.setEnabled(editable and centre)
        for view, flags in ((self.wilayats_view, (editable and bool(self._governorates), editable and wilayat,
                                                  editable and wilayat)),
                            (self.centres_view, (editable and bool(self._wilayats), editable and centre,
                                                 editable and centre))):
            for action, enabled in zip(view.actions(), flags, strict=True):
                action.setEnabled(enabled)

    def selected_wilayat(self) -> WilayatDTO | None:
        return self.wilayats_model.row(self.wilayats_view.currentIndex())

    def selected_centre(self) -> CentreDTO | None:
        return self.centres_model.row(self.centres_view.currentIndex())

    def selected_governorate(self) -> GovernorateDTO | None:
        code = self.governorate_filter.currentData()
        return next((g for g in self._governorates if g.code == code), None) if code else None

    def _on_data_changed(self, key: str) -> None:
        if key == DATA_KEY:
            self.refresh()

    def _changed(self, *_args: object) -> None:
        self.ctx.data_changed.emit(DATA_KEY)

    # ------------------------------------------------------------ editing

    def _edit_in(self, view: QTableView) -> None:
        (self.edit_wilayat if view is self.wilayats_view else self.edit_centre)()

    def _open(self, dialog: QDialog, on_saved: Callable[[], None] | None = None) -> QDialog:
        """Show *dialog* window-modal without blocking; a saved change refreshes every screen."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_saved or self._changed)
        dialog.open()
        return dialog

    def add_governorate(self) -> None:
        if self._editable:
            dialog = GovernorateDialog(self.ctx.store, self.language, parent=self)
            self._open(dialog, lambda: self._saved_governorate(dialog))

    def _saved_governorate(self, dialog: GovernorateDialog) -> None:
        """Show the governorate just saved, so its wilayats can be added next."""
        self._changed()
        saved = dialog.saved
        index = self.governorate_filter.findData(saved.code) if saved is not None else -1
        if index >= 0:
            self.governorate_filter.setCurrentIndex(index)

    def edit_governorate(self) -> None:
        governorate = self.selected_governorate()
        if self._editable and governorate is not None:
            dialog = GovernorateDialog(self.ctx.store, self.language, governorate, parent=self)
            self._open(dialog, lambda: self._saved_governorate(dialog))

    def delete_governorate(self) -> None:
        governorate = self.selected_governorate()
        if not self._editable or governorate is None:
            return
        question = self.tr("Delete the governorate “%1” (%2)?").replace(
            "%1", self._name(governorate.name_ar, governorate.name_en)).replace("%2", governorate.code)
        self._delete(self.tr("Delete governorate"), question, lambda: delete_governorate(self.ctx.store,
                                                                                           governorate.code))

    def add_wilayat(self) -> None:
        if self._editable and self._governorates:
            default = self.governorate_filter.currentData() or None
            self._open(WilayatDialog(self.ctx.store, self.language, self._governorates,
                                     governorate_code=default, parent=self))

    def edit_wilayat(self) -> None:
        wilayat = self.selected_wilayat()
        if self._editable and wilayat is not None:
            self._open(WilayatDialog(self.ctx.store, self.language, self._governorates, wilayat, parent=self))

    def delete_wilayat(self) -> None:
        wilayat = self.selected_wilayat()
        if not self._editable or wilayat is None:
            return
        question = self.tr("Delete the wilayat “%1” (%2)?").replace(
            "%1", self._name(wilayat.name_ar, wilayat.name_en)).replace("%2", wilayat.code)
        self._delete(self.tr("Delete wilayat"), question, lambda: delete_wilayat(self.ctx.store, wilayat.code))

    def add_centre(self) -> None:
        if self._editable and self._wilayats:
            wilayat = self.selected_wilayat()
            self._open(CentreDialog(self.ctx.store, self.language, self._wilayats,
                                    wilayat_code=wilayat.code if wilayat else None, parent=self))

    def edit_centre(self) -> None:
        centre = self.selected_centre()
        if self._editable and centre is not None:
            self._open(CentreDialog(self.ctx.store, self.language, self._wilayats, centre, parent=self))

    def delete_centre(self) -> None:
        centre = self.selected_centre()
        if not self._editable or centre is None:
            return
        question = self.tr("Delete the polling centre “%1” (%2) with its stations (%3)?").replace(
            "%1", self._name(centre.name_ar, centre.name_en)).replace("%2", centre.code).replace(
            "%3", fmt_int(centre.stations))
        self._delete(self.tr("Delete polling centre"), question,
                     lambda: delete_centre(self.ctx.store, centre.code))

    def _delete(self, title: str, question: str, action: Callable[[], None]) -> None:
        if not confirm(self, title, question):
            return
        try:
            action()
        except Exception as error:
            show_error(self, error)
            return
        self._changed()

    # ------------------------------------------------------------ whole geographies

    def load_reference(self) -> None:
        if not self._editable or self._wilayats:
            return
        records = reference_records()
        counts = (len({r.governorate.code for r in records}), len(records), sum(r.wilayat.seats for r in records))
        question = self.tr("Load Oman's reference geography of 2023 (governorates: %1, wilayats: %2, "
                           "Shura Council seats: %3)? Polling centres are added afterwards.")
        for number, count in enumerate(counts, start=1):
            question = question.replace(f"%{number}", fmt_int(count))
        if not confirm(self, self.tr("Load the reference geography"), question):
            return
        try:
            load_reference_geography(self.ctx.store)
        except Exception as error:
            show_error(self, error)
            return
        self._changed()

    def import_file(self) -> None:
        if not self._editable:
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the geography"), "",
            ";;".join((self.tr("Spreadsheets (*.xlsx *.csv)"), self.tr("Excel workbooks (*.xlsx)"),
                       self.tr("CSV files (*.csv)"))))
        if path:
            self.start_import(Path(path))

    def start_import(self, path: Path) -> None:
        """Import *path* in the background; the result or every bad row is shown when it ends."""
        store = self.ctx.store
        self.ctx.tasks.run(lambda: _import_work(store, path), title=self.tr("Importing the geography"),
                           on_done=self._imported, on_error=self._import_failed, writes=True,
                           parent_widget=self)

    def _imported(self, changes: GeographyChanges) -> None:
        self._changed()
        if not changes.changed:
            text = self.tr("The file matches the geography already: nothing was changed.")
        else:
            lines = [self.tr("The geography was imported.")]
            for key, label in (("governorates", self.tr("Governorates: %1 created, %2 updated, %3 unchanged")),
                               ("wilayats", self.tr("Wilayats: %1 created, %2 updated, %3 unchanged")),
                               ("centres", self.tr("Polling centres: %1 created, %2 updated, %3 unchanged"))):
                counts = (changes.created.get(key, 0), changes.updated.get(key, 0), changes.unchanged.get(key, 0))
                for number, count in enumerate(counts, start=1):
                    label = label.replace(f"%{number}", fmt_int(count))
                lines.append(label)
            text = "\n".join(lines)
        inform(self, self.tr("Import the geography"), text)

    def _import_failed(self, error: BaseException) -> None:
        show_import_failure(self, error)

    def export_file(self) -> None:
        if self.ctx.store is None:
            return
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV file (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the geography"), "geography.xlsx",
                                                   f"{xlsx};;{csv}")
        if path:
            self.start_export(export_path(path, _CSV if chosen == csv else _XLSX))

    def start_export(self, path: Path) -> None:
        store = self.ctx.store
        # An export records itself in the audit log: a write, queued behind any other.
        self.ctx.tasks.run(lambda: _export_work(store, path), title=self.tr("Exporting the geography"),
                           on_done=lambda count: self._exported(path, count), writes=True, parent_widget=self)

    def _exported(self, path: Path, count: int) -> None:
        inform(self, self.tr("Export the geography"),
               self.tr("The geography was written to %1 (rows: %2).").replace("%2", fmt_int(count))
               .replace("%1", str(path)))


def export_path(path: str, suffix: str) -> Path:
    """*path* with the suffix of the format the user chose (the filter decides, not the name typed)."""
    chosen = Path(path)
    if chosen.suffix.lower() in (_XLSX, _CSV):
        return chosen.with_suffix(suffix)
    return chosen.with_name(chosen.name + suffix)


def _import_work(store: Store, path: Path) -> Work[GeographyChanges]:
    """The import, headers matched in the interface's language too.

    The file service brings the spreadsheet readers and writers (about 0.2 s to import): it is
    loaded on first use, on the worker thread, so opening the window does not pay for it.
    """
    from electadmin.services.geography_file import import_geography

    return import_geography(store, path, translate)


def _export_work(store: Store, path: Path) -> Work[int]:
    """The export, headers written in the interface's language."""
    from electadmin.services.geography_file import export_geography

    return export_geography(store, path, translate)
