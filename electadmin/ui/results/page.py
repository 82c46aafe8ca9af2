"""Count and results: a wilayat's stations and their records, its result, and the national dashboard.

The "Stations and result" tab lists the chosen wilayat's stations with the state of each record
(missing, awaiting the second entry, entries differ, matched, certified); from there a clerk types
the first or second entry (:mod:`electadmin.ui.results.entry`), sees a record's versions, prints it.
Beside it the wilayat's result: candidates with votes, share, rank and outcome, the status, a tie
that blocks the result with its "Record the draw" button, certify and reopen (with a reason). A
certified wilayat offers no way to edit: the entry buttons are disabled, and the service refuses
anyway.

The "Dashboard" tab shows the national progress (stations reported), turnout by gender and a table
and bar chart (QtCharts) of the chosen wilayat's candidates. Both refresh after every save, draw,
certification or import (``ctx.data_changed("results")``) and on a timer, so records arriving from
another clerk's laptop on the same PostgreSQL store appear.

Printing the three documents, importing station results from a file and exporting the results
tables (XLSX or CSV) run off the UI thread through the task runner, as writes (each is audited). The
dashboard's national recount runs only while the dashboard is shown.

Result packages (:mod:`electadmin.services.result_package`): a certified wilayat's "Export the
result package…" asks for a folder (the USB stick) and the committee members' signing passwords,
writes the package off the UI thread, then says when the stick may be removed (the package is
written under a temporary name, synced and renamed). "Import a result package…" checks the chosen
package off the UI thread and shows each check passed, the sender's committee and its signers'
fingerprints, and the refusal in the user's language when it is refused (nothing changed)
(:class:`electadmin.ui.package_dialog.PackageDialog`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress
from electadmin.domain.roles import Permission
from electadmin.domain.seats import Standing
from electadmin.i18n import translate
from electadmin.services import packages, result_package
from electadmin.services.certification import certify, reopen, signing_committee
from electadmin.services.count_record import RecordStatus, list_stations, record_history, station_ballot
from electadmin.services.geography import list_wilayats
from electadmin.services.results_reports import (
    write_consolidated_pdf, write_count_record_pdf, write_national_summary_pdf,
)
from electadmin.services.tally import ConstituencyResult, ResultStatus, constituency_result, national_summary
from electadmin.ui.charts import CountAxis
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_int, fmt_percent, joined, printed_digits
from electadmin.ui.geography.page import export_path
from electadmin.ui.messages import confirm, error_text, inform, show_error
from electadmin.ui.signers import ask_signers
from electadmin.ui.results.dialogs import DrawDialog, HistoryDialog
from electadmin.ui.results.entry import CountEntryDialog, MismatchDialog
from electadmin.ui.package_dialog import PackageDialog
from electadmin.ui.pages import select_row, show_import_failure

REFRESH_MS = 15_000
_STATE_COLOURS = {RecordStatus.MISSING: "#f3f3f3", RecordStatus.AWAITING_SECOND: "#fff4d6",
                  RecordStatus.MISMATCH: "#f6d5d5", RecordStatus.MATCHED: "#dcefdc",
                  RecordStatus.CERTIFIED: "#cfe0f5"}


def _percent(value: float | None) -> str:
    """A share or rate (a fraction) as a percentage in the chosen digits."""
    return fmt_percent(None if value is None else 100 * value)


def _fit_columns(table: QTableWidget, stretch: int) -> None:
    """Columns as wide as their contents, *stretch* taking the rest (the style's minimum section
    width, ~130 px, would otherwise push a table of short figures off the side)."""
    header = table.horizontalHeader()
    header.setMinimumSectionSize(36)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _item(text: str, centre: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if centre:
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return item


class ResultsPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: ConstituencyResult | None = None
        self.wilayat = QComboBox(self)
        self.wilayat.setObjectName("results_wilayat")
        self.wilayat.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Wilayat:"), self)
        label.setBuddy(self.wilayat)
        top.addWidget(label)
        top.addWidget(self.wilayat, 1)
        self.print_national = QPushButton(self.tr("Print the &national summary…"), self)
        self.print_national.setObjectName("print_national")
        self.print_national.clicked.connect(lambda: self.print_national_summary())
        top.addWidget(self.print_national)
        self.import_button = QPushButton(self.tr("&Import station results…"), self)
        self.import_button.setObjectName("import_results")
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("E&xport a table…"), self)
        self.export_button.setObjectName("export_results")
        self.export_button.clicked.connect(self.export_file)
        self.import_package_button = QPushButton(self.tr("Import a result &package…"), self)
        self.import_package_button.setObjectName("import_result_package")
        self.import_package_button.clicked.connect(lambda: self.import_package())
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.import_package_button)

        # stations ------------------------------------------------------------------------------
        self.stations = QTableWidget(0, 4, self)
        self.stations.setObjectName("stations_table")
        self.stations.setHorizontalHeaderLabels([self.tr("Station"), self.tr("Centre"), self.tr("State"),
                                                 self.tr("Reconciles")])
        _fit_columns(self.stations, 1)
        self.stations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stations.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.stations.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.stations.verticalHeader().hide()
        self.stations.itemSelectionChanged.connect(self._update_buttons)
        self.stations.doubleClicked.connect(lambda _index: self.enter_record())
        self.first_button = QPushButton(self.tr("&First entry…"), self)
        self.first_button.setObjectName("first_entry")
        self.first_button.clicked.connect(lambda: self.enter_record(second=False))
        self.second_button = QPushButton(self.tr("&Second entry…"), self)
        self.second_button.setObjectName("second_entry")
        self.second_button.clicked.connect(lambda: self.enter_record(second=True))
        self.history_button = QPushButton(self.tr("&Versions…"), self)
        self.history_button.setObjectName("record_history")
        self.history_button.clicked.connect(self.show_history)
        self.print_record_button = QPushButton(self.tr("&Print record…"), self)
        self.print_record_button.setObjectName("print_record")
        self.print_record_button.clicked.connect(lambda: self.print_record())
        station_buttons = QHBoxLayout()
        for b in (self.first_button, self.second_button, self.history_button, self.print_record_button):
            station_buttons.addWidget(b)
        station_buttons.addStretch(1)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("wilayat_progress")
        lv.addWidget(self.progress_label)
        lv.addWidget(self.stations, 1)
        lv.addLayout(station_buttons)

        # result --------------------------------------------------------------------------------
        self.status_label = QLabel(self)
        self.status_label.setObjectName("result_status")
        self.status_label.setWordWrap(True)
        self.status_label.setStyleSheet("font-weight: bold;")
        self.tie_label = QLabel(self)
        self.tie_label.setObjectName("tie_banner")
        self.tie_label.setWordWrap(True)
        self.tie_label.setStyleSheet("background: #fff0c2; padding: 6px; border: 1px solid #d9a400;")
        self.draw_button = QPushButton(self.tr("&Record the draw…"), self)
        self.draw_button.setObjectName("record_draw")
        self.draw_button.clicked.connect(self.record_draw)
        self.candidates = QTableWidget(0, 6, self)
        self.candidates.setObjectName("result_table")
        self.candidates.setHorizontalHeaderLabels([self.tr("No."), self.tr("Candidate"), self.tr("Votes"),
                                                   self.tr("Share"), self.tr("Rank"), self.tr("Outcome")])
        _fit_columns(self.candidates, 1)
        self.candidates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.candidates.verticalHeader().hide()
        self.certify_button = QPushButton(self.tr("&Certify the result"), self)
        self.certify_button.setObjectName("certify")
        self.certify_button.clicked.connect(self.certify)
        self.reopen_button = QPushButton(self.tr("Re&open…"), self)
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.clicked.connect(self.reopen)
        self.print_consolidated_button = QPushButton(self.tr("Print the &consolidated record…"), self)
        self.print_consolidated_button.setObjectName("print_consolidated")
        self.print_consolidated_button.clicked.connect(lambda: self.print_consolidated())
        self.export_package_button = QPushButton(self.tr("Export the result packa&ge…"), self)
        self.export_package_button.setObjectName("export_result_package")
        self.export_package_button.clicked.connect(lambda: self.export_package())
        result_buttons = QHBoxLayout()
        for b in (self.certify_button, self.reopen_button, self.print_consolidated_button, self.export_package_button):
            result_buttons.addWidget(b)
        result_buttons.addStretch(1)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.status_label)
        tie_row = QHBoxLayout()
        tie_row.addWidget(self.tie_label, 1)
        tie_row.addWidget(self.draw_button)
        rv.addLayout(tie_row)
        rv.addWidget(self.candidates, 1)
        rv.addLayout(result_buttons)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 560])

        # dashboard -----------------------------------------------------------------------------
        self.dashboard = Dashboard(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("results_tabs")
        self.tabs.addTab(splitter, self.tr("Stations and result"))
        self.tabs.addTab(self.dashboard, self.tr("Dashboard"))
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Count and results") + "</h2>", self))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        ctx.data_changed.connect(self._data_changed)
        ctx.store_changed.connect(self.reload)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.isVisible() and self.refresh())
        self.timer.start()
        self.reload()

    # ------------------------------------------------------------------------------------------
    def _data_changed(self, key: str) -> None:
        if key in ("results", "candidates", "geography"):
            if key == "geography":
                self.reload()
            else:
                self.refresh()

    def reload(self) -> None:
        current = self.wilayat.currentData()
        self.wilayat.blockSignals(True)
        self.wilayat.clear()
        if self.ctx.store is not None:
            for w in list_wilayats(self.ctx.store):
                self.wilayat.addItem(f"{w.name_ar} ({w.code})", w.code)
        index = self.wilayat.findData(current)
        self.wilayat.setCurrentIndex(index if index >= 0 else 0)
        self.wilayat.blockSignals(False)
        self.refresh()

    @property
    def wilayat_code(self) -> str | None:
        return self.wilayat.currentData()

    def refresh(self) -> None:
        store, code = self.ctx.store, self.wilayat_code
        if store is None or code is None:
            return
        selected = self.selected_station()
        try:
            states = list_stations(store, code)
            self.result = constituency_result(store, code)
            # The national recount (0.1-0.5 s for the whole country) only while the dashboard is shown.
            summary = national_summary(store) if self.tabs.currentWidget() is self.dashboard else None
        except Exception as exc:  # noqa: BLE001 - the page stays, saying why
            self.status_label.setText(error_text(exc))
            return
        self.stations.setRowCount(len(states))
        for row, s in enumerate(states):
            reconciles = "—" if s.reconciles is None else (self.tr("Yes") if s.reconciles else self.tr("No, explained"))
            cells = (_item(s.station_code), _item(s.centre_ar), _item(s.status.label.translated(translate), True),
                     _item(reconciles, True))
            cells[2].setBackground(QColor(_STATE_COLOURS[s.status]))
            for column, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, s.station_code)
                self.stations.setItem(row, column, item)
            if s.station_code == selected:
                select_row(self.stations, row)
        self._show_result(self.result)
        if summary is not None:
            self.dashboard.show_summary(summary, self.result)
        self._update_buttons()

    def _show_result(self, r: ConstituencyResult) -> None:
        self.progress_label.setText(self.tr("Stations reported: %1 of %2").replace(
            "%1", fmt_int(r.stations_reported)).replace("%2", fmt_int(r.stations_expected)))
        status = r.status.label.translated(translate)
        drawable = r.needs_draw and not r.missing_stations
        if drawable:
            status = self.tr("%1, awaiting the draw").replace("%1", status)
        text = self.tr("Result: %1 — seats: %2").replace("%1", status).replace("%2", fmt_int(r.seats))
        if r.missing_stations:
            text += "\n" + self.tr("Missing stations: %1").replace("%1", joined(self, r.missing_stations))
        if r.not_reconciled:
            text += "\n" + self.tr("Records counted with a written explanation (they did not reconcile): %1"
                                   ).replace("%1", fmt_int(r.not_reconciled))
        self.status_label.setText(text)
        by_code = {c.code: c for c in r.candidates}
        if r.tie is not None:
            names = joined(self, [by_code[k].name_ar for k in r.tie.candidates if k in by_code])
            if drawable:
                text = self.tr("Tie for the last seat: %1 (%2 votes each). The result is blocked until the draw "
                               "is recorded.")
            else:  # a draw on figures that can still change would settle nothing
                text = self.tr("Tied for the last seat so far: %1 (%2 votes each). The draw is held once every "
                               "station has reported.")
            self.tie_label.setText(text.replace("%1", names).replace("%2", fmt_int(r.tie.votes)))
        elif r.draw is not None:
            witnesses = joined(self, r.draw.witnesses)
            self.tie_label.setText(self.tr("The tie was settled by a draw drawn by %1, witnessed by %2.")
                                   .replace("%1", r.draw.drawn_by).replace("%2", witnesses))
        self.tie_label.setVisible(r.tie is not None or r.draw is not None)
        self.draw_button.setVisible(drawable)
        self.candidates.setRowCount(len(r.candidates))
        outcomes = {Standing.ELECTED: self.tr("Elected"), Standing.TIED: self.tr("Tied: awaiting a draw"),
                    Standing.NOT_ELECTED: ""}
        for row, c in enumerate(r.candidates):
            outcome = outcomes[c.standing] + (" " + self.tr("(by draw)") if c.by_draw and c.elected else "")
            if c.elected and r.status is ResultStatus.PROVISIONAL:
                outcome = self.tr("Leading")  # stations are missing: nobody is elected yet
            cells = (_item(fmt_int(c.ballot_number), True), _item(c.name_ar), _item(fmt_int(c.votes), True),
                     _item(_percent(c.share), True), _item(fmt_int(c.rank), True), _item(outcome, True))
            for column, item in enumerate(cells):
                if c.elected:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.candidates.setItem(row, column, item)

    def selected_station(self) -> str | None:
        items = self.stations.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        r = self.result
        certified = r is not None and r.status is ResultStatus.CERTIFIED
        has_station = self.selected_station() is not None
        # A certified result has no edit path: corrections start with reopening it.
        self.first_button.setEnabled(has_station and not certified)
        self.second_button.setEnabled(has_station and not certified)
        self.history_button.setEnabled(has_station)
        self.print_record_button.setEnabled(has_station)
        self.certify_button.setEnabled(r is not None and r.status is ResultStatus.COMPLETE and not r.needs_draw)
        self.reopen_button.setEnabled(certified)
        actor = self.ctx.store.actor if self.ctx.store else None
        self.export_package_button.setEnabled(certified and actor is not None and actor.may(Permission.PACKAGE_EXPORT))
        self.import_package_button.setEnabled(actor is not None and actor.may(Permission.PACKAGE_IMPORT))

    # actions -----------------------------------------------------------------------------------
    def enter_record(self, second: bool | None = None) -> CountEntryDialog | None:
        code = self.selected_station()
        if code is None or self.ctx.store is None or not self.first_button.isEnabled():
            return None
        ballot = station_ballot(self.ctx.store, code)
        if second is None:
            second = ballot.status is RecordStatus.AWAITING_SECOND
        correction = ballot.status in (RecordStatus.MATCHED, RecordStatus.CERTIFIED) and not second
        dialog = CountEntryDialog(self.ctx.store, ballot, second=second, correction=correction, parent=self)
        dialog.saved.connect(lambda outcome: self._saved(outcome, ballot))
        dialog.open()
        return dialog

    def _saved(self, outcome, ballot) -> None:
        self.ctx.data_changed.emit("results")
        comparison = outcome.comparison
        if comparison.compared and comparison.mismatches:
            self.mismatch = MismatchDialog(comparison, ballot, self)
            self.mismatch.open()

    def show_history(self) -> None:
        code = self.selected_station()
        if code is None or self.ctx.store is None:
            return
        versions = record_history(self.ctx.store, code)
        if not versions:
            inform(self, self.tr("Versions"), self.tr("This station has no count record yet."))
            return
        timezone = self.ctx.election.definition.timezone if self.ctx.election else "Asia/Muscat"
        self.history = HistoryDialog(versions, timezone, self)
        self.history.open()

    def record_draw(self) -> None:
        if self.result is None or not self.draw_button.isVisibleTo(self) or self.ctx.store is None:
            return
        self.draw_dialog = DrawDialog(self.ctx.store, self.result, self)
        self.draw_dialog.accepted.connect(lambda: self.ctx.data_changed.emit("results"))
        self.draw_dialog.open()

    def certify(self) -> None:
        r = self.result
        if r is None or self.ctx.store is None:
            return
        if not confirm(self, self.tr("Certify the result"),
                       self.tr("Certify the result of %1? Its records are then frozen: a correction needs "
                               "the result reopened, with a reason.").replace("%1", r.wilayat_ar)):
            return
        try:
            committee = signing_committee(self.ctx.store, r.wilayat_code)
            credentials = [] if committee is None else ask_signers(self, committee)
            if credentials is not None:
                certify(self.ctx.store, r.wilayat_code, credentials)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self.ctx.data_changed.emit("results")

    def reopen(self) -> None:
        r = self.result
        if r is None or self.ctx.store is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reopen the result"),
                                          self.tr("Why is the certified result of %1 reopened?")
                                          .replace("%1", r.wilayat_ar))
        if not ok:
            return
        try:
            reopen(self.ctx.store, r.wilayat_code, reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self.ctx.data_changed.emit("results")

    def export_package(self, folder: str | None = None) -> None:
        """Write the certified wilayat's result package, signed by its committee, into *folder*."""
        r, store = self.result, self.ctx.store
        if r is None or store is None or not self.export_package_button.isEnabled():
            return
        title = self.tr("Export the result package")
        try:
            committee = signing_committee(store, r.wilayat_code)
            if committee is None:
                raise ElectadminError(ErrorCode.RESULT_NO_COMMITTEE, wilayat=r.wilayat_ar, code=r.wilayat_code,
                                      committee=f"W-{r.wilayat_code}")
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the result package (the USB stick)"))
        if not folder:
            return
        credentials = ask_signers(self, committee)
        if credentials is None:
            return
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = Path(folder) / f"result-{committee.code}-{stamp}"
        self.ctx.tasks.run(lambda: _package_export_work(store, target, committee.code, credentials), title=title,
                           writes=True, parent_widget=self, on_done=self._package_written,
                           on_error=lambda exc: show_error(self, exc))

    def _package_written(self, package) -> None:
        signers = joined(self, [s.member for s in package.certificate.signatures])
        inform(self, self.tr("Export the result package"),
               self.tr("The result package was written completely to %1 (%2 files, signed by %3). "
                       "It is now safe to remove the USB stick.")
               .replace("%1", str(package.path)).replace("%2", fmt_int(len(package.files))).replace("%3", signers))

    def import_package(self, path: str | None = None) -> None:
        """Check a result package (off the UI thread), then show what was checked and offer to import."""
        store = self.ctx.store
        if store is None or not self.import_package_button.isEnabled():
            return
        if path is None:
            path = QFileDialog.getExistingDirectory(self, self.tr("The result package's folder"))
        if not path:
            return
        self.ctx.tasks.run(lambda: _package_verify_work(store, path), title=self.tr("Checking the result package"),
                           parent_widget=self, on_done=self._package_checked,
                           on_error=lambda exc: show_error(self, exc))

    def _package_checked(self, report: packages.PackageReport) -> None:
        self.package_dialog = PackageDialog(self.ctx, report, self)
        self.package_dialog.imported.connect(lambda _report: self.ctx.data_changed.emit("results"))
        self.package_dialog.open()

    def import_file(self) -> None:
        if self.ctx.store is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import station results"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.start_import(path)

    def start_import(self, path: str) -> None:
        """Import *path* in the background; the counts, or every bad row, are shown when it ends."""
        store = self.ctx.store
        self.ctx.tasks.run(lambda: _import_work(store, path), title=self.tr("Importing station results"),
                           on_done=self._imported, on_error=self._import_failed, writes=True, parent_widget=self)

    def _imported(self, summary) -> None:
        self.ctx.data_changed.emit("results")
        inform(self, self.tr("Import station results"),
               self.tr("Rows read: %1. Stations: %2, of which %3 got a new version and %4 were unchanged.")
               .replace("%1", fmt_int(summary.rows)).replace("%2", fmt_int(summary.stations))
               .replace("%3", fmt_int(summary.written)).replace("%4", fmt_int(summary.unchanged)))

    def _import_failed(self, error: BaseException) -> None:
        show_import_failure(self, error)

    def export_file(self) -> None:
        if self.ctx.store is None:
            return
        tables = {self.tr("Candidates' votes per constituency"): "candidates",
                  self.tr("Constituencies"): "constituencies", self.tr("Polling stations"): "stations"}
        choice, ok = QInputDialog.getItem(self, self.tr("Export a results table"), self.tr("Table:"),
                                          list(tables), 0, False)
        if not ok:
            return
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV file (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export a results table"),
                                                   f"results-{tables[choice]}.xlsx", f"{xlsx};;{csv}")
        if path:
            self.start_export(str(export_path(path, ".csv" if chosen == csv else ".xlsx")), tables[choice])

    def start_export(self, path: str, table: str) -> None:
        store = self.ctx.store
        title = self.tr("Export a results table")
        self.ctx.tasks.run(lambda: _export_work(store, path, table), title=title, writes=True, parent_widget=self,
                           on_done=lambda count: inform(self, title, self.tr("Written to %1 (rows: %2).")
                                                        .replace("%1", path).replace("%2", fmt_int(count))),
                           on_error=lambda exc: show_error(self, exc))

    def _print(self, title: str, default: str, factory, path: str | None) -> None:
        """Print to *path* (asked for when not given) in the background, then say where it went."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, title, default, self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        self.ctx.tasks.run(lambda: factory(path), title=title, parent_widget=self, writes=True,
                           on_done=lambda _size: inform(self, title, self.tr("Saved to %1.").replace("%1", path)),
                           on_error=lambda exc: show_error(self, exc))

    def print_record(self, path: str | None = None) -> None:
        code, store = self.selected_station(), self.ctx.store
        if code and store:
            self._print(self.tr("Print the count record"), f"{code}.pdf",
                        lambda target: write_count_record_pdf(store, code, target, digits=printed_digits()), path)

    def print_consolidated(self, path: str | None = None) -> None:
        code, store = self.wilayat_code, self.ctx.store
        if code and store:
            self._print(self.tr("Print the consolidated record"), f"{code}-consolidated.pdf",
                        lambda target: write_consolidated_pdf(store, code, target, digits=printed_digits()), path)

    def print_national_summary(self, path: str | None = None) -> None:
        store = self.ctx.store
        if store:
            self._print(self.tr("Print the national summary"), "national-summary.pdf",
                        lambda target: write_national_summary_pdf(store, target, digits=printed_digits()), path)


def _import_work(store, path: str):
    """The import, headers matched in the interface's language too (spreadsheet readers load here,
    on the worker thread)."""
    from electadmin.services.results_file import import_results

    return import_results(store, path, translate)


def _package_export_work(store, target: Path, committee: str, credentials):
    result_package.install()  # the results area gives result packages their content
    yield Progress(0, 0, QCoreApplication.translate("ResultsPage", "Writing the result package"))
    return packages.export_result_package(store, target, committee, credentials)


def _package_verify_work(store, path: str):
    result_package.install()
    yield Progress(0, 0, QCoreApplication.translate("ResultsPage", "Checking the result package"))
    return packages.verify_package(store, path)


def _export_work(store, path: str, table: str):
    from electadmin.services.results_export import export_table

    return export_table(store, path, table, translate=translate)


class Dashboard(QWidget):
    """Reporting progress, turnout by gender, and the chosen wilayat's candidates as table and chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("national_progress")
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        labels = {"constituencies": self.tr("Constituencies decided"), "seats": self.tr("Seats decided"),
                  "turnout": self.tr("Turnout"), "men": self.tr("Turnout of men"),
                  "women": self.tr("Turnout of women"), "women_elected": self.tr("Women elected, of women candidates")}
        for i, (key, text) in enumerate(labels.items()):
            value = QLabel("—", self)
            value.setObjectName(f"dash_{key}")
            value.setStyleSheet("font-size: 18px; font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(text, self)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 0, i)
            grid.addWidget(value, 1, i)
            self.figures[key] = value
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("dash_table")
        self.table.setHorizontalHeaderLabels([self.tr("Candidate"), self.tr("Votes"), self.tr("Share")])
        _fit_columns(self.table, 0)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.chart = QChart()
        self.chart.setObjectName("dash_chart")
        self.chart.legend().hide()
        self.chart.setMargins(QMargins(4, 10, 4, 4))
        # One series and two axes, updated in place: axes replaced on every refresh leave their
        # labels behind on the chart.
        self.bars = QBarSet(self.tr("Votes"))
        series = QBarSeries()
        series.append(self.bars)
        self.chart.addSeries(series)
        self.categories = QBarCategoryAxis()
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(self.categories)
        self.values = CountAxis()  # labels in the chosen digits (QValueAxis prints Western ones)
        self.chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self.values)
        self.chart_view = QChartView(self.chart, self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        # Qt Charts does not mirror: the view stays left to right and the bars are reversed in a
        # right-to-left interface, so ballot number 1 is the rightmost bar, as in the printed charts.
        self.chart_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        lower = QHBoxLayout()
        lower.addWidget(self.table, 2)
        lower.addWidget(self.chart_view, 3)
        self.constituencies = QTableWidget(0, 6, self)
        self.constituencies.setObjectName("dash_constituencies")
        self.constituencies.setHorizontalHeaderLabels([
            self.tr("Wilayat"), self.tr("Seats"), self.tr("Stations reported"), self.tr("Turnout"),
            self.tr("Status"), self.tr("Elected, or leading while provisional")])
        _fit_columns(self.constituencies, 5)
        self.constituencies.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.constituencies.verticalHeader().hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addLayout(grid)
        self.wilayat_title = QLabel(self)
        self.wilayat_title.setStyleSheet("font-weight: bold;")
        wilayat = QWidget(self)
        wv = QVBoxLayout(wilayat)
        wv.setContentsMargins(0, 0, 0, 0)
        wv.addWidget(self.wilayat_title)
        wv.addLayout(lower, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.constituencies)
        split.addWidget(wilayat)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        self.votes_shown: list[int] = []

    def show_summary(self, summary, result: ConstituencyResult | None) -> None:
        t = summary.total
        self.progress.setMaximum(max(1, t.stations_expected))
        self.progress.setValue(t.stations_reported)
        self.progress.setFormat(self.tr("%1 of %2 stations reported").replace("%1", fmt_int(t.stations_reported))
                                .replace("%2", fmt_int(t.stations_expected)))
        decided = sum(1 for c in summary.constituencies
                      if c.status in (ResultStatus.COMPLETE, ResultStatus.CERTIFIED) and not c.needs_draw)
        self.figures["constituencies"].setText(f"{fmt_int(decided)} / {fmt_int(t.constituencies)}")
        self.figures["seats"].setText(f"{fmt_int(t.seats_decided)} / {fmt_int(t.seats)}")
        self.figures["turnout"].setText(_percent(t.turnout.rate))
        self.figures["men"].setText(_percent(t.turnout.men_rate))
        self.figures["women"].setText(_percent(t.turnout.women_rate))
        self.figures["women_elected"].setText(f"{fmt_int(t.women_elected)} / {fmt_int(t.women_candidates)}")
        self.constituencies.setRowCount(len(summary.constituencies))
        for row, c in enumerate(summary.constituencies):
            names = {x.code: x.name_ar for x in c.candidates}
            status = c.status.label.translated(translate)
            if c.needs_draw and not c.missing_stations:
                status = self.tr("%1, awaiting the draw").replace("%1", status)
            cells = (_item(c.wilayat_ar), _item(fmt_int(c.seats), True),
                     _item(f"{fmt_int(c.stations_reported)} / {fmt_int(c.stations_expected)}", True),
                     _item(_percent(c.turnout.rate), True), _item(status, True),
                     _item(joined(self, [names.get(k, k) for k in c.elected])))
            for column, item in enumerate(cells):
                self.constituencies.setItem(row, column, item)
        if result is None:
            return
        self.wilayat_title.setText(self.tr("Votes in %1").replace("%1", result.wilayat_ar))
        ordered = sorted(result.candidates, key=lambda c: c.ballot_number)
        self.table.setRowCount(len(ordered))
        for row, c in enumerate(ordered):
            self.table.setItem(row, 0, _item(f"{fmt_int(c.ballot_number)}. {c.name_ar}"))
            self.table.setItem(row, 1, _item(fmt_int(c.votes), True))
            self.table.setItem(row, 2, _item(_percent(c.share), True))
        self.votes_shown = [c.votes for c in ordered]
        drawn = list(reversed(ordered)) if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ordered
        self.bars.remove(0, self.bars.count())
        self.bars.append([float(c.votes) for c in drawn])
        self.categories.clear()
        numbers = [c.ballot_number for c in ordered]
        if len(set(numbers)) != len(numbers) or not all(numbers):
            # Before the ballot order is fixed the numbers are not set: the bars are labelled by position.
            numbers = list(range(1, len(ordered) + 1))
        labels = [fmt_int(n) for n in numbers]
        self.categories.append(list(reversed(labels)) if drawn is not ordered else labels)
        self.values.show_up_to(max([1, *self.votes_shown]))
