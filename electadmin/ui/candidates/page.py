"""The candidates area: applications and their checks, decisions and appeals, ballot order, statistics.

Three tabs over the same election:

* **Applications**: every application (مترشح) filtered by wilayat, status or a name typed any way;
  the selected one's details, each automatic check with its reason (passed, failed, not checked),
  the decisions recorded so far, and the actions its status allows (correct, accept, reject,
  withdraw, lodge an appeal, decide it);
* **Ballot order**: per constituency, how the order was fixed (a recorded draw by seed or by hand,
  with who drew and the witnesses, or Arabic alphabetical order) and the ballot numbers;
* **Statistics**: per constituency, applications by status, women among candidates, and a warning
  where fewer candidates than seats remain.

Files: import applications (in the background, every bad row of a rejected file listed), export the
official list or every application as XLSX or CSV, print the official list (one constituency or
all) as PDF. Every action goes through :mod:`electadmin.services.candidates`,
:mod:`~electadmin.services.ballot_order` and :mod:`~electadmin.services.candidate_list`, and is
announced with ``data_changed("candidates")``. Once polling opens the services refuse changes; the
page says so and offers none.
"""

from __future__ import annotations

import html
from dataclasses import replace
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.arabic import search_key
from electadmin.domain.candidacy import FIELD, GENDER_LABELS, AppealState, CandidateStatus, OrderMethod, TermList
from electadmin.domain.election import Phase
from electadmin.domain.geography import FIELD as GEO_FIELD
from electadmin.domain.eligibility import CheckResult, CheckState
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.i18n import Language, translate
from electadmin.reports.candidate_list import ConstituencyList
from electadmin.reports.text import Digits as PrintedDigits
from electadmin.services.ballot_order import BallotOrderDTO, fix_ballot_order, get_ballot_order
from electadmin.services.candidate_list import official_lists, write_candidate_list_pdf
from electadmin.services.candidates import (
    CandidateDetail,
    CandidateDTO,
    ConstituencyStats,
    DecisionDTO,
    accept,
    constituency_statistics,
    decide_appeal,
    get_candidate,
    list_candidates,
    lodge_appeal,
    withdraw,
)
from electadmin.services.geography import WilayatDTO, list_wilayats
from electadmin.services.store import Store
from electadmin.ui.candidates.dialogs import (
    ApplicationDialog,
    DecisionDialog,
    DrawDialog,
    RejectDialog,
    RequirementsDialog,
)
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import Digits, digits, fmt_date, fmt_datetime, fmt_int, ltr
from electadmin.ui.geography.dialogs import align_to_layout, shown_name
from electadmin.ui.messages import confirm, error_text, inform, show_error
from electadmin.ui.pages import (
    choose_export,
    choose_spreadsheet,
    data_table,
    open_dialog,
    page_button,
    select_row,
    show_import_failure,
)
from electadmin.ui.table_model import ColumnKind, DtoTableModel, TableColumn

__all__ = ["DATA_KEY", "CandidatesPage"]

DATA_KEY = "candidates"
_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the candidates")
_RED, _GREEN, _GREY = QColor("#8a1c1c"), QColor("#1d6b2f"), QColor("#6b6b6b")
_STATE_COLOUR = {CheckState.PASSED: _GREEN, CheckState.FAILED: _RED, CheckState.NOT_CHECKED: _GREY}
_PHOTO_SIZE = (80, 100)


_COL = {
    "name": QT_TRANSLATE_NOOP("CandidatesPage", "Name"),
    "age": QT_TRANSLATE_NOOP("CandidatesPage", "Age on polling day"),
    "checks": QT_TRANSLATE_NOOP("CandidatesPage", "Checks"),
    "appeal": QT_TRANSLATE_NOOP("CandidatesPage", "Appeal"),
    "check": QT_TRANSLATE_NOOP("CandidatesPage", "Check"),
    "result": QT_TRANSLATE_NOOP("CandidatesPage", "Result"),
    "reason": QT_TRANSLATE_NOOP("CandidatesPage", "Reason"),
    "decision": QT_TRANSLATE_NOOP("CandidatesPage", "Decision"),
    "date": QT_TRANSLATE_NOOP("CandidatesPage", "Date"),
    "reasons": QT_TRANSLATE_NOOP("CandidatesPage", "Reasons"),
    "note": QT_TRANSLATE_NOOP("CandidatesPage", "Note"),
    "by": QT_TRANSLATE_NOOP("CandidatesPage", "Recorded by"),
    "at": QT_TRANSLATE_NOOP("CandidatesPage", "Recorded at"),
    "seats": QT_TRANSLATE_NOOP("CandidatesPage", "Seats"),
    "applications": QT_TRANSLATE_NOOP("CandidatesPage", "Applications"),
    "review": QT_TRANSLATE_NOOP("CandidatesPage", "Under review"),
    "accepted": QT_TRANSLATE_NOOP("CandidatesPage", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("CandidatesPage", "Rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("CandidatesPage", "Withdrawn"),
    "women": QT_TRANSLATE_NOOP("CandidatesPage", "Women among candidates"),
    "appeals": QT_TRANSLATE_NOOP("CandidatesPage", "Appeals pending"),
    "order": QT_TRANSLATE_NOOP("CandidatesPage", "Ballot order"),
    "warning": QT_TRANSLATE_NOOP("CandidatesPage", "Warning"),
}
_FACTS = {  # code, wilayat and ballot number are in the table's row and the title
    "civil_number": FIELD["civil_number"], "gender": FIELD["gender"], "birth_date": FIELD["birth_date"],
    "age": _COL["age"], "education": FIELD["education"], "name_latin": FIELD["name_latin"],
    "phone": FIELD["phone"], "submitted_on": FIELD["submitted_on"], "status": FIELD["status"],
}
_ORDER_NOT_FIXED = QT_TRANSLATE_NOOP("CandidatesPage", "Not fixed yet")
_FEWER_THAN_SEATS = QT_TRANSLATE_NOOP("CandidatesPage", "Fewer candidates than seats")


class CandidatesPage(QWidget):
    """The candidates area's page; the main window calls :meth:`refresh` each time it is shown."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._candidates: list[CandidateDTO] = []
        self._wilayats: list[WilayatDTO] = []
        self._stats: list[ConstituencyStats] = []
        self.detail: CandidateDetail | None = None
        self.order_list: ConstituencyList | None = None
        self.order: BallotOrderDTO | None = None
        self._editable = False
        self._filling = False

        self.demo_label = self._note("demo", wrap=False)
        self.frozen_label = self._note("frozen")
        self.summary_label = align_to_layout(QLabel())
        self.summary_label.setObjectName("summary")
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)

        self.new_button = self._button(self.tr("&New application…"), "new_application", self.new_application)
        self.import_button = self._button(self.tr("&Import from file…"), "import", self.import_file)
        self.export_button = self._button(self.tr("E&xport"), "export", None)
        self.print_button = self._button(self.tr("&Print the official list"), "print", None)
        self.requirements_button = self._button(self.tr("Re&quirements…"), "requirements", self.edit_requirements)
        self.export_menu = QMenu(self.export_button)
        self.export_button.setMenu(self.export_menu)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.print_menu = QMenu(self.print_button)
        self.print_button.setMenu(self.print_menu)
        self.print_menu.aboutToShow.connect(self._fill_print_menu)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.addTab(self._applications_tab(), self.tr("&Applications"))
        self.tabs.addTab(self._order_tab(), self.tr("&Ballot order"))
        self.tabs.addTab(self._statistics_tab(), self.tr("S&tatistics"))
        self.tabs.currentChanged.connect(lambda index: self._show_order() if index == 1 else None)

        files = QWidget(self)
        files_layout = QHBoxLayout(files)
        files_layout.setContentsMargins(0, 0, 0, 2)
        for button in (self.new_button, self.import_button, self.export_button, self.print_button,
                       self.requirements_button):
            files_layout.addWidget(button)
        self.tabs.setCornerWidget(files, Qt.Corner.TopRightCorner)
        title = QHBoxLayout()
        title.addWidget(align_to_layout(QLabel("<h2>" + self.tr("Candidates") + "</h2>", self)))
        title.addStretch(1)
        title.addWidget(self.demo_label)
        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addWidget(self.frozen_label)
        layout.addWidget(self.tabs, 1)
        ctx.data_changed.connect(self._on_data_changed)
        ctx.election_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ building

    def _note(self, name: str, wrap: bool = True) -> QLabel:
        label = align_to_layout(QLabel(self))
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        label.hide()
        return label

    def _button(self, text: str, name: str, slot: Callable[[], None] | None) -> QPushButton:
        return page_button(self, text, name, slot)

    def _table(self, name: str, model: DtoTableModel, stretch: int, sortable: bool = True) -> QTableView:
        view = data_table(self, name, model, stretch, sortable=sortable)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)  # compact rows
        return view

    def _applications_tab(self) -> QWidget:
        tab = QWidget(self)
        self.wilayat_filter = QComboBox(tab)
        self.wilayat_filter.setObjectName("wilayat_filter")
        self.wilayat_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.wilayat_filter.currentIndexChanged.connect(self._show_candidates)
        self.status_filter = QComboBox(tab)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All"), "")
        for status in CandidateStatus:
            self.status_filter.addItem(status.label.translated(translate), status.value)
        self.status_filter.addItem(self.tr("Appeal pending"), "appeal")
        self.status_filter.currentIndexChanged.connect(self._show_candidates)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setObjectName("search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Name, civil number or code"))
        self.search_edit.textChanged.connect(self._show_candidates)
        filters = QHBoxLayout()
        for text, widget in ((self.tr("&Wilayat:"), self.wilayat_filter),
                             (self.tr("Stat&us:"), self.status_filter),
                             (self.tr("&Search:"), self.search_edit)):
            label = QLabel(text, tab)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1 if widget is self.search_edit else 0)
        self.shown_label = QLabel(tab)
        self.shown_label.setObjectName("shown")
        filters.addWidget(self.shown_label)

        self.candidates_model: DtoTableModel[CandidateDTO] = DtoTableModel(self._candidate_columns(), self)
        self.candidates_view = self._table("candidates", self.candidates_model,
                                           stretch=len(self.candidates_model.columns) - 1)
        self.candidates_view.selectionModel().currentRowChanged.connect(self._on_current_candidate)
        self.candidates_view.activated.connect(lambda _index: self.correct_application())

        details = QWidget(tab)
        self.detail_title = align_to_layout(QLabel(details))
        self.detail_title.setObjectName("detail_title")
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_title.setWordWrap(True)
        self.detail_message = align_to_layout(QLabel(details))
        self.detail_message.setObjectName("detail_message")
        self.detail_message.setWordWrap(True)
        self.detail_message.hide()
        self.facts: dict[str, QLabel] = {}
        facts_grid = QGridLayout()
        facts_grid.setHorizontalSpacing(10)
        facts_grid.setVerticalSpacing(2)
        for number, (key, label) in enumerate(_FACTS.items()):
            row, column = number, 0
            title = align_to_layout(QLabel(label.translated(translate) + ":", details))
            value = align_to_layout(QLabel(details))
            value.setObjectName(f"fact_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-weight: bold;")
            value.setWordWrap(True)
            facts_grid.addWidget(title, row, column)
            facts_grid.addWidget(value, row, column + 1)
            self.facts[key] = value
        facts_grid.setColumnStretch(1, 1)
        self.detail_photo = QLabel(tab)
        self.detail_photo.setObjectName("detail_photo")
        self.detail_photo.setFixedSize(*_PHOTO_SIZE)
        self.detail_photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.checks_model: DtoTableModel[CheckResult] = DtoTableModel(self._check_columns(), self)
        self.checks_view = self._table("checks", self.checks_model, stretch=2, sortable=False)
        # Every check in sight at once (five at most), without scrolling.
        self.checks_view.setMinimumHeight(self.checks_view.verticalHeader().defaultSectionSize() * 5
                                          + self.checks_view.horizontalHeader().sizeHint().height() + 6)
        self.decisions_model: DtoTableModel[DecisionDTO] = DtoTableModel(self._decision_columns(), self)
        self.decisions_view = self._table("decisions", self.decisions_model, stretch=3, sortable=False)
        self.correct_button = self._button(self.tr("C&orrect…"), "correct", self.correct_application)
        self.accept_button = self._button(self.tr("A&ccept…"), "accept", self.accept_application)
        self.reject_button = self._button(self.tr("&Reject…"), "reject", self.reject_application)
        self.withdraw_button = self._button(self.tr("Wit&hdrawal…"), "withdraw", self.withdraw_application)
        self.appeal_button = self._button(self.tr("&Lodge an appeal…"), "lodge_appeal", self.lodge_appeal)
        self.decide_button = self._button(self.tr("&Decide the appeal…"), "decide_appeal", self.decide_appeal)
        person = QWidget(tab)
        person.setObjectName("person")
        person_layout = QVBoxLayout(person)
        person_layout.setContentsMargins(4, 0, 4, 0)
        person_layout.addWidget(self.detail_photo, 0, Qt.AlignmentFlag.AlignHCenter)
        person_layout.addLayout(facts_grid)
        person_layout.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.detail_title, 1)
        for button in (self.correct_button, self.accept_button, self.reject_button, self.withdraw_button,
                       self.appeal_button, self.decide_button):
            actions.addWidget(button)
        self.record_tabs = QTabWidget(details)
        self.record_tabs.setObjectName("record_tabs")
        self.record_tabs.addTab(self.checks_view, self.tr("Automatic checks"))
        self.record_tabs.addTab(self.decisions_view, self.tr("Decisions"))
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addLayout(actions)
        details_layout.addWidget(self.detail_message)
        details_layout.addWidget(self.record_tabs, 1)

        top = QSplitter(Qt.Orientation.Horizontal, tab)
        top.setChildrenCollapsible(False)
        top.addWidget(self.candidates_view)
        person_scroll = QScrollArea(tab)
        person_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        person_scroll.setWidgetResizable(True)
        person_scroll.setWidget(person)
        person_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top.addWidget(person_scroll)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        return tab

    def _order_tab(self) -> QWidget:
        tab = QWidget(self)
        self.order_wilayat = QComboBox(tab)
        self.order_wilayat.setObjectName("order_wilayat")
        self.order_wilayat.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.order_wilayat.currentIndexChanged.connect(lambda _index: self._show_order())
        label = QLabel(self.tr("&Constituency:"), tab)
        label.setBuddy(self.order_wilayat)
        self.draw_button = self._button(self.tr("Record a &draw…"), "draw", self.record_draw)
        self.alphabetical_button = self._button(self.tr("Arabic alphabetical &order"), "alphabetical",
                                                self.alphabetical_order)
        top = QHBoxLayout()
        for widget in (label, self.order_wilayat, self.draw_button, self.alphabetical_button):
            top.addWidget(widget)
        top.addStretch(1)
        self.order_label = align_to_layout(QLabel(tab))
        self.order_label.setObjectName("order_state")
        self.order_label.setWordWrap(True)
        self.order_label.setTextFormat(Qt.TextFormat.RichText)
        self.order_model: DtoTableModel = DtoTableModel((
            TableColumn(FIELD["ballot_number"], lambda c: c.ballot_number, ColumnKind.NUMBER),
            TableColumn(_COL["name"], lambda c: c.name_ar),
            TableColumn(FIELD["code"], lambda c: c.code, ColumnKind.CODE),
        ), self)
        self.order_view = self._table("order", self.order_model, stretch=1, sortable=False)
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.order_label)
        layout.addWidget(self.order_view, 1)
        return tab

    def _statistics_tab(self) -> QWidget:
        tab = QWidget(self)
        self.stats_label = align_to_layout(QLabel(tab))
        self.stats_label.setObjectName("stats_summary")
        self.stats_label.setWordWrap(True)
        self.stats_model: DtoTableModel[ConstituencyStats] = DtoTableModel(self._stats_columns(), self)
        self.stats_view = self._table("statistics", self.stats_model, stretch=len(self.stats_model.columns) - 1)
        self.stats_view.activated.connect(self._show_wilayat_applications)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.stats_label)
        layout.addWidget(self.stats_view, 1)
        return tab

    def _candidate_columns(self) -> list[TableColumn[CandidateDTO]]:
        return [
            TableColumn(FIELD["code"], lambda c: c.code, ColumnKind.CODE),
            TableColumn(_COL["name"], lambda c: c.name_ar, tooltip=True),
            TableColumn(FIELD["civil_number"], lambda c: c.civil_number, ColumnKind.CODE),
            TableColumn(FIELD["gender"], lambda c: GENDER_LABELS[c.gender]),
            TableColumn(_COL["age"], lambda c: c.age, ColumnKind.NUMBER),
            TableColumn(FIELD["wilayat"], lambda c: self._name(c.wilayat_ar, c.wilayat_en)),
            TableColumn(FIELD["status"], lambda c: c.status.label),
            TableColumn(_COL["checks"], lambda c: c.checks.label if c.checks else None),
            TableColumn(_COL["appeal"], lambda c: c.appeal.label if c.appeal is not AppealState.NONE else None),
            TableColumn(FIELD["ballot_number"], lambda c: c.ballot_number, ColumnKind.NUMBER),
        ]

    @staticmethod
    def _check_columns() -> list[TableColumn[CheckResult]]:
        return [
            TableColumn(_COL["check"], lambda c: c.code.label),
            TableColumn(_COL["result"], lambda c: c.state.label),
            TableColumn(_COL["reason"], _reason, tooltip=True),
        ]

    def _decision_columns(self) -> list[TableColumn[DecisionDTO]]:
        return [
            TableColumn(_COL["decision"], lambda d: d.kind.label),
            TableColumn(_COL["date"], lambda d: fmt_date(d.decided_on)),
            TableColumn(_COL["reasons"], lambda d: tuple(r.label for r in d.reasons), tooltip=True),
            TableColumn(_COL["note"], lambda d: d.note, tooltip=True),
            TableColumn(_COL["by"], lambda d: d.recorded_by),
            TableColumn(_COL["at"], lambda d: fmt_datetime(d.recorded_at, self._timezone)),
        ]

    def _stats_columns(self) -> list[TableColumn[ConstituencyStats]]:
        return [
            TableColumn(GEO_FIELD["code"], lambda s: s.wilayat_code, ColumnKind.CODE),
            TableColumn(FIELD["wilayat"], lambda s: self._name(s.wilayat_ar, s.wilayat_en)),
            TableColumn(_COL["seats"], lambda s: s.seats, ColumnKind.NUMBER),
            TableColumn(_COL["applications"], lambda s: s.applications, ColumnKind.NUMBER),
            TableColumn(_COL["review"], lambda s: s.under_review, ColumnKind.NUMBER),
            TableColumn(_COL["accepted"], lambda s: s.accepted, ColumnKind.NUMBER),
            TableColumn(_COL["warning"], lambda s: _FEWER_THAN_SEATS if s.fewer_candidates_than_seats else None),
            TableColumn(_COL["rejected"], lambda s: s.rejected, ColumnKind.NUMBER),
            TableColumn(_COL["withdrawn"], lambda s: s.withdrawn, ColumnKind.NUMBER),
            TableColumn(_COL["women"], lambda s: s.women_candidates, ColumnKind.NUMBER),
            TableColumn(_COL["appeals"], lambda s: s.appeals_pending, ColumnKind.NUMBER),
            TableColumn(_COL["order"], lambda s: OrderMethod(s.order_method).label if s.order_method
                        else _ORDER_NOT_FIXED),
        ]

    # ------------------------------------------------------------ showing

    @property
    def language(self) -> Language:
        return self.ctx.preferences.language

    @property
    def _timezone(self) -> str:
        election = self.ctx.election
        return election.definition.timezone if election is not None else "Asia/Muscat"

    def _name(self, name_ar: str, name_en: str) -> str:
        return shown_name(name_ar, name_en, self.language)

    def _today(self) -> date:
        return datetime.now(ZoneInfo(self._timezone)).date()

    def refresh(self) -> None:
        """Read everything again from the store, keeping the filters, the selection and the tab."""
        store = self.ctx.store
        if store is None:
            return
        current = self.selected_candidate()
        self._wilayats = list_wilayats(store)
        self._candidates = list_candidates(store)
        self._stats = constituency_statistics(store)
        self._update_editable()
        for combo, first in ((self.wilayat_filter, self.tr("All wilayats")), (self.order_wilayat, None)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            if first is not None:
                combo.addItem(first, "")
            for wilayat in self._wilayats:
                combo.addItem(f"{self._name(wilayat.name_ar, wilayat.name_en)} ({wilayat.code})", wilayat.code)
            index = combo.findData(chosen) if chosen is not None else -1
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._show_summary()
        self._show_statistics()
        self._show_candidates(select=current.code if current else None)
        self._show_order()

    def _update_editable(self) -> None:
        election = self.ctx.election
        definition = election.definition if election is not None else None
        phase = definition.phase if definition is not None else Phase.SETUP
        self._editable = self.ctx.store is not None and phase.index < Phase.POLLING.index
        self.frozen_label.setVisible(not self._editable)
        if not self._editable:
            self.frozen_label.setText(error_text(
                ElectadminError(ErrorCode.ELECTION_FROZEN, current=phase.label, what=_FROZEN_WHAT)))
        demo = definition is not None and definition.is_demo
        self.demo_label.setVisible(demo)
        self.demo_label.setText(self.tr("DEMO election: the applicants are generated from name lists and are "
                                        "no real persons."))

    def _show_summary(self) -> None:
        total = {key: sum(getattr(s, key) for s in self._stats)
                 for key in ("applications", "under_review", "accepted", "rejected", "withdrawn", "women_candidates")}
        text = self.tr("Applications: %1 · Under review: %2 · Accepted candidates: %3 (women: %4) · "
                       "Rejected: %5 · Withdrawn: %6")
        for number, key in enumerate(("applications", "under_review", "accepted", "women_candidates", "rejected",
                                      "withdrawn"), start=1):
            text = text.replace(f"%{number}", f"<b>{fmt_int(total[key])}</b>")
        self.summary_label.setText(text)

    def _show_statistics(self) -> None:
        self.stats_model.set_rows(self._stats)
        short = [s for s in self._stats if s.fewer_candidates_than_seats]
        red = QBrush(_RED)
        for row in range(self.stats_model.rowCount()):
            if self.stats_model.row(row).fewer_candidates_than_seats:
                for column in range(self.stats_model.columnCount()):
                    self.stats_model.item(row, column).setForeground(red)
        text = self.tr("Constituencies: %1 · Seats: %2 · Constituencies with fewer candidates than seats: %3")
        for number, value in enumerate((len(self._stats), sum(s.seats for s in self._stats), len(short)), start=1):
            text = text.replace(f"%{number}", fmt_int(value))
        self.stats_label.setText(text)
        self.stats_label.setStyleSheet("color: #8a1c1c; font-weight: bold;" if short else "")

    def shown_candidates(self) -> list[CandidateDTO]:
        """The applications the filters let through, in the table's order."""
        return [self.candidates_model.row(r) for r in range(self.candidates_model.rowCount())]

    def _show_candidates(self, *_args: object, select: str | None = None) -> None:
        if select is None:
            current = self.selected_candidate()
            select = current.code if current else None
        wilayat = self.wilayat_filter.currentData() or ""
        status = self.status_filter.currentData() or ""
        query = search_key(self.search_edit.text())
        shown = [c for c in self._candidates
                 if (not wilayat or c.wilayat_code == wilayat) and self._has_status(c, status)
                 and (not query or query in search_key(c.name_ar) or query in c.civil_number
                      or query in c.code.casefold() or query in search_key(c.name_latin))]
        self.candidates_model.set_rows(shown)
        self.shown_label.setText(self.tr("Shown: %1 of %2").replace("%1", fmt_int(len(shown)))
                                 .replace("%2", fmt_int(len(self._candidates))))
        row = self.candidates_model.find(lambda c: c.code == select) if select else -1
        if row < 0 and self.candidates_model.rowCount():
            row = 0
        self._filling = True
        try:
            if row >= 0:
                select_row(self.candidates_view, row)
        finally:
            self._filling = False
        self._show_detail()

    @staticmethod
    def _has_status(candidate: CandidateDTO, status: str) -> bool:
        if not status:
            return True
        if status == "appeal":
            return candidate.appeal is AppealState.PENDING
        return candidate.status.value == status

    def _on_current_candidate(self, *_args: object) -> None:
        if not self._filling:
            self._show_detail()

    def selected_candidate(self) -> CandidateDTO | None:
        return self.candidates_model.row(self.candidates_view.currentIndex())

    def _show_detail(self) -> None:
        chosen = self.selected_candidate()
        self.detail = None
        self.detail_message.hide()
        if chosen is not None and self.ctx.store is not None:
            try:
                self.detail = get_candidate(self.ctx.store, chosen.code)
            except ElectadminError as error:  # e.g. the polling date was removed meanwhile
                self.detail_message.setText(error_text(error))
                self.detail_message.show()
        detail = self.detail
        if detail is None:
            self.detail_title.setText("<b>" + html.escape(self.tr("No application selected")) + "</b>")
            for value in self.facts.values():
                value.setText("")
            self.detail_photo.clear()
            self.checks_model.set_rows(())
            self.decisions_model.set_rows(())
            self.record_tabs.setTabText(1, self.tr("Decisions"))
        else:
            c = detail.candidate
            where = f"{self._name(c.wilayat_ar, c.wilayat_en)} · {ltr(c.code)}"
            # The name isolated: the line takes its direction from the interface's words, not the name.
            mark = "\u200f" if self.isRightToLeft() else "\u200e"
            self.detail_title.setText(f"{mark}<b>\u2068{html.escape(c.name_ar)}\u2069</b> ({html.escape(where)})")
            self.detail_title.setToolTip(c.name_ar)
            values = {"civil_number": ltr(c.civil_number), "gender": GENDER_LABELS[c.gender].translated(translate),
                      "birth_date": fmt_date(c.birth_date), "age": fmt_int(c.age),
                      "education": c.education.label.translated(translate), "name_latin": c.name_latin or "—",
                      "phone": ltr(c.phone) if c.phone else "—", "submitted_on": fmt_date(c.submitted_on),
                      "status": c.status.label.translated(translate)}
            for key, value in values.items():
                self.facts[key].setText(value)
            pixmap = QPixmap()
            shown_photo = bool(detail.photo) and pixmap.loadFromData(detail.photo)
            self.detail_photo.setVisible(shown_photo)  # no empty frame taking the facts' room
            if shown_photo:
                self.detail_photo.setPixmap(pixmap.scaled(*_PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                                          Qt.TransformationMode.SmoothTransformation))
            else:
                self.detail_photo.clear()
            self.checks_model.set_rows(detail.checks)
            for row in range(self.checks_model.rowCount()):
                self.checks_model.item(row, 1).setForeground(QBrush(_STATE_COLOUR[self.checks_model.row(row).state]))
            self.decisions_model.set_rows(detail.decisions)
            self.record_tabs.setTabText(1, self.tr("Decisions (%1)").replace("%1", fmt_int(len(detail.decisions))))
        self._update_actions()

    def _update_actions(self) -> None:
        editable = self._editable
        c = self.detail.candidate if self.detail is not None else None
        status = c.status if c is not None else None
        self.new_button.setEnabled(editable and bool(self._wilayats))
        self.requirements_button.setEnabled(editable)
        self.import_button.setEnabled(editable and bool(self._wilayats))
        self.export_button.setEnabled(self.ctx.store is not None and bool(self._candidates))
        self.print_button.setEnabled(self.ctx.store is not None and bool(self._wilayats))
        self.correct_button.setEnabled(editable and status is CandidateStatus.APPLIED)
        self.accept_button.setEnabled(editable and status is CandidateStatus.APPLIED)
        self.reject_button.setEnabled(editable and status is CandidateStatus.APPLIED)
        self.withdraw_button.setEnabled(editable and status in (CandidateStatus.APPLIED, CandidateStatus.ACCEPTED))
        self.appeal_button.setEnabled(editable and status is CandidateStatus.REJECTED
                                      and c is not None and c.appeal is AppealState.NONE)
        self.decide_button.setEnabled(editable and c is not None and c.appeal is AppealState.PENDING)
        has_order_wilayat = bool(self.order_wilayat.currentData())
        self.draw_button.setEnabled(editable and has_order_wilayat)
        self.alphabetical_button.setEnabled(editable and has_order_wilayat)

    def _show_order(self) -> None:
        code = self.order_wilayat.currentData()
        store = self.ctx.store
        self.order_list, self.order = None, None
        if not code or store is None:
            self.order_model.set_rows(())
            self.order_label.setText("")
            self._update_actions()
            return
        self.order_list = official_lists(store, code)[0]
        self.order = get_ballot_order(store, code)
        self.order_model.set_rows(self.order_list.candidates)
        self.order_label.setText(self._order_text(code))
        self._update_actions()

    def _order_text(self, code: str) -> str:
        stats = next((s for s in self._stats if s.wilayat_code == code), None)
        lines = []
        order = self.order
        if order is None:
            lines.append("<b>" + html.escape(self.tr("The ballot order is not fixed yet: the accepted candidates "
                                                     "are listed in Arabic alphabetical order, without numbers."))
                         + "</b>")
        else:
            lines.append("<b>" + html.escape(self.tr("Ballot order: %1").replace(
                "%1", order.method.label.translated(translate))) + "</b>")
            if order.seed is not None:
                lines.append(html.escape(self.tr("Seed: %1").replace("%1", ltr(order.seed))))
            if order.drawn_by:
                lines.append(html.escape(self.tr("Drawn by: %1").replace("%1", order.drawn_by)))
            if order.witnesses:
                lines.append(html.escape(self.tr("Witnesses: %1").replace("%1", "، ".join(order.witnesses))))
            lines.append(html.escape(self.tr("Fixed by %1 on %2").replace("%1", order.fixed_by).replace(
                "%2", fmt_datetime(order.fixed_at, self._timezone))))
        if stats is not None:
            counts = self.tr("Seats: %1 · Accepted candidates: %2 · Applications under review: %3")
            for number, value in enumerate((stats.seats, stats.accepted, stats.under_review), start=1):
                counts = counts.replace(f"%{number}", fmt_int(value))
            lines.append(html.escape(counts))
            if stats.under_review:
                lines.append('<span style="color:#8a1c1c">' + html.escape(self.tr(
                    "Decide every application of the constituency before fixing its order.")) + "</span>")
            if stats.fewer_candidates_than_seats:
                lines.append('<span style="color:#8a1c1c"><b>' + html.escape(
                    _FEWER_THAN_SEATS.translated(translate)) + "</b></span>")
        return "<br>".join(lines)

    def _show_wilayat_applications(self, index) -> None:
        stats = self.stats_model.row(index)
        if stats is None:
            return
        self.wilayat_filter.setCurrentIndex(max(self.wilayat_filter.findData(stats.wilayat_code), 0))
        self.tabs.setCurrentIndex(0)

    def _on_data_changed(self, key: str) -> None:
        if key in (DATA_KEY, "geography"):
            self.refresh()

    def _changed(self, *_args: object) -> None:
        self.ctx.data_changed.emit(DATA_KEY)

    # ------------------------------------------------------------ applications

    def _open(self, dialog: QDialog, on_saved: Callable[[], None] | None = None) -> QDialog:
        """Show *dialog* window-modal without blocking; a saved change refreshes every screen."""
        return open_dialog(dialog, on_saved or self._changed)

    def new_application(self) -> None:
        if not self._editable or not self._wilayats:
            return
        dialog = ApplicationDialog(self.ctx.store, self.language, self._wilayats, self._today(),
                                   wilayat_code=self.wilayat_filter.currentData() or None, parent=self)
        self._open(dialog, lambda: self._saved_application(dialog))

    def _saved_application(self, dialog: ApplicationDialog) -> None:
        """Show the application just saved, with its checks."""
        saved = dialog.saved
        self._changed()
        if saved is not None:
            if self.candidates_model.find(lambda c: c.code == saved.code) < 0:
                self.search_edit.clear()
                self.status_filter.setCurrentIndex(0)
                self.wilayat_filter.setCurrentIndex(max(self.wilayat_filter.findData(saved.wilayat_code), 0))
            self._show_candidates(select=saved.code)

    def correct_application(self) -> None:
        detail = self.detail
        if self._editable and detail is not None and detail.candidate.status is CandidateStatus.APPLIED:
            dialog = ApplicationDialog(self.ctx.store, self.language, self._wilayats, self._today(), detail,
                                       parent=self)
            self._open(dialog, lambda: self._saved_application(dialog))

    def edit_requirements(self) -> None:
        if self._editable:
            self._open(RequirementsDialog(self.ctx.store, self.language, parent=self))

    def _decision(self, title: str, intro: str, day_label: str, note_label: str, action: Callable[..., object],
                  with_outcome: bool = False) -> None:
        self._open(DecisionDialog(self.ctx.store, self.language, title=title, intro=intro, day_label=day_label,
                                  note_label=note_label, today=self._today(), action=action,
                                  with_outcome=with_outcome, parent=self))

    def _who(self) -> tuple[str, str]:
        c = self.detail.candidate
        return c.code, f"{c.name_ar} ({c.code})"

    def accept_application(self) -> None:
        if not self.accept_button.isEnabled():
            return
        code, who = self._who()
        failed = self.detail.failed_checks
        if failed:  # the service refuses; say why at once, naming the checks
            show_error(self, ElectadminError(ErrorCode.CANDIDATE_CHECKS_FAILED, code=code,
                                             checks=TermList(c.code.label for c in failed)))
            return
        self._decision(self.tr("Accept the application"),
                       self.tr("Accept %1 as a candidate of the constituency?").replace("%1", who),
                       self.tr("Date of the &decision:"), self.tr("&Note:"),
                       lambda day, note: accept(self.ctx.store, code, decided_on=day, note=note))

    def reject_application(self) -> None:
        if self.reject_button.isEnabled():
            self._open(RejectDialog(self.ctx.store, self.language, self.detail, self._today(), parent=self))

    def withdraw_application(self) -> None:
        if not self.withdraw_button.isEnabled():
            return
        code, who = self._who()
        intro = self.tr("Record that %1 withdrew.").replace("%1", who)
        if self.detail.candidate.ballot_number is not None:
            intro += " " + self.tr("The constituency's ballot order will have to be fixed again.")
        self._decision(self.tr("Record a withdrawal"), intro, self.tr("Date of the &withdrawal:"), self.tr("&Note:"),
                       lambda day, note: withdraw(self.ctx.store, code, note, decided_on=day))

    def lodge_appeal(self) -> None:
        if not self.appeal_button.isEnabled():
            return
        code, who = self._who()
        self._decision(self.tr("Lodge an appeal"),
                       self.tr("Record the appeal of %1 against the rejection (inside the appeal window).")
                       .replace("%1", who),
                       self.tr("&Lodged on:"), self.tr("&Grounds:"),
                       lambda day, note: lodge_appeal(self.ctx.store, code, day, note))

    def decide_appeal(self) -> None:
        if not self.decide_button.isEnabled():
            return
        code, who = self._who()
        self._decision(self.tr("Decide the appeal"),
                       self.tr("The grievances committee's decision on the appeal of %1.").replace("%1", who),
                       self.tr("Date of the &decision:"), self.tr("&Note:"),
                       lambda day, note, upheld: decide_appeal(self.ctx.store, code, upheld, day, note),
                       with_outcome=True)

    # ------------------------------------------------------------ ballot order

    def _order_name(self) -> str:
        code = self.order_wilayat.currentData()
        wilayat = next((w for w in self._wilayats if w.code == code), None)
        return self._name(wilayat.name_ar, wilayat.name_en) if wilayat else code

    def record_draw(self) -> None:
        if not self.draw_button.isEnabled() or self.order_list is None:
            return
        self._open(DrawDialog(self.ctx.store, self.language, self.order_list.wilayat_code, self._order_name(),
                              self.order_list.candidates, parent=self))

    def alphabetical_order(self) -> None:
        if not self.alphabetical_button.isEnabled():
            return
        code = self.order_wilayat.currentData()
        question = self.tr("Fix the ballot order of %1 in Arabic alphabetical order of the candidates' names?")
        if self.order is not None:
            question += " " + self.tr("The order fixed before is replaced (both are kept in the audit log).")
        if not confirm(self, self.tr("Arabic alphabetical order"), question.replace("%1", self._order_name())):
            return
        try:
            fix_ballot_order(self.ctx.store, code, OrderMethod.ALPHABETICAL)
        except Exception as error:
            show_error(self, error)
            return
        self._changed()

    # ------------------------------------------------------------ files

    def import_file(self) -> None:
        if self.import_button.isEnabled() and (path := choose_spreadsheet(self, self.tr("Import applications"))):
            self.start_import(path)

    def start_import(self, path: Path) -> None:
        """Import *path* in the background; the result or every bad row is shown when it ends."""
        store = self.ctx.store
        self.ctx.tasks.run(lambda: _import_work(store, path), title=self.tr("Importing applications"),
                           on_done=self._imported, on_error=self._import_failed, writes=True, parent_widget=self)

    def _imported(self, summary) -> None:
        self._changed()
        lines = [self.tr("Applications imported: %1").replace("%1", fmt_int(summary.rows))]
        names = {w.code: self._name(w.name_ar, w.name_en) for w in self._wilayats}
        for code, count in sorted(summary.per_wilayat.items()):
            lines.append(f"{names.get(code, code)}: {fmt_int(count)}")
        inform(self, self.tr("Import applications"), "\n".join(lines))

    def _import_failed(self, error: BaseException) -> None:
        show_import_failure(self, error, show_error)

    def _scope(self) -> tuple[str | None, str]:
        """The constituency the applications tab shows (``None``: all) and its name."""
        code = self.wilayat_filter.currentData() or None
        if code is None:
            return None, self.tr("all constituencies")
        wilayat = next((w for w in self._wilayats if w.code == code), None)
        return code, self._name(wilayat.name_ar, wilayat.name_en) if wilayat else code

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        code, name = self._scope()
        for text, everything in ((self.tr("Official list of %1 (XLSX or CSV)…"), False),
                                 (self.tr("Every application of %1 (XLSX or CSV)…"), True)):
            action = self.export_menu.addAction(text.replace("%1", name))
            action.triggered.connect(lambda _checked=False, e=everything: self.export_file(code, e))

    def _fill_print_menu(self) -> None:
        self.print_menu.clear()
        code, name = self._scope()
        choices = [(None, self.tr("All constituencies…"))]
        if code is not None:
            choices.insert(0, (code, self.tr("%1 only…").replace("%1", name)))
        for scope, text in choices:
            action = self.print_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, s=scope: self.print_list(s))

    def export_file(self, wilayat_code: str | None, everything: bool) -> None:
        path = choose_export(self, self.tr("Export the candidates"), f"candidates-{wilayat_code or 'all'}.xlsx")
        if path is not None:
            self.start_export(path, wilayat_code, everything)

    def start_export(self, path: Path, wilayat_code: str | None = None, everything: bool = False) -> None:
        store = self.ctx.store
        # An export records itself in the audit log: a write, queued behind any other.
        self.ctx.tasks.run(lambda: _export_work(store, path, wilayat_code, everything),
                           title=self.tr("Exporting the candidates"),
                           on_done=lambda count: self._written(path, count), writes=True, parent_widget=self)

    def print_list(self, wilayat_code: str | None) -> None:
        name = f"candidate-list-{wilayat_code or 'all'}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the official candidate list"), name,
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            target = Path(path)
            self.start_print(target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf"),
                             wilayat_code)

    def start_print(self, path: Path, wilayat_code: str | None = None) -> None:
        store = self.ctx.store
        printed = PrintedDigits.ARABIC_INDIC if digits() is Digits.ARABIC_INDIC else PrintedDigits.WESTERN
        self.ctx.tasks.run(lambda: write_candidate_list_pdf(store, path, wilayat_code, printed),
                           title=self.tr("Printing the candidate list"),
                           on_done=lambda count: self._written(path, count), writes=True, parent_widget=self)

    def _written(self, path: Path, count: int) -> None:
        inform(self, self.tr("The candidate list"),
               self.tr("Written to %1 (candidates: %2).").replace("%2", fmt_int(count)).replace("%1", ltr(str(path))))


def _reason(check: CheckResult) -> str:
    """The check's sentence, its figures (ages) in the digits the user chose."""
    params = {k: fmt_int(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in check.params.items()}
    return replace(check, params=params).describe(translate)


def _import_work(store: Store, path: Path) -> Work:
    """The import, headers matched in the interface's language too (the file service loads on first use)."""
    from electadmin.services.candidates_file import import_candidates

    return import_candidates(store, path, translate)


def _export_work(store: Store, path: Path, wilayat_code: str | None, everything: bool) -> Work[int]:
    from electadmin.services.candidates_file import export_candidates

    return export_candidates(store, path, wilayat_code=wilayat_code, everything=everything, translate=translate)
