"""The polling area: the check-in desk of a station, its live turnout, and closing the polls.

Built for the clerk at the desk, from the keyboard alone. The civil-number field always has the
focus: a card reader or barcode scanner "types" the digits and Enter (either digit system); Enter
shows the voter (name, gender, centre, status, eligibility) in large type, and Enter again checks
them in. A refusal is shown large, in the interface's language, with its reason (where and when
the voter already voted, which centre they are registered at). Escape clears the desk.

Keys: Enter look up / confirm · Esc clear · Ctrl+F find by name · Ctrl+Z undo a check-in ·
Ctrl+P print the centre's list with check-in marks · Ctrl+Shift+E close the polls · Ctrl+Shift+S
export this computer's check-ins as a package signed by k members of the centre committee (each
asked for the signing password, :func:`electadmin.ui.signers.ask_signers`) · Ctrl+Shift+M merge
stations' packages (the wilayat committee; verifying needs no password, only the public keys this
file holds) · Ctrl+Shift+T the merged turnout by station and hour and the voters checked in more
than once · F2 (or Alt and the underlined letter) choose the station.

Every change goes through :mod:`electadmin.services.polling` (one transaction, audited). A check-in
takes a few milliseconds, so it runs on the UI thread; printing a centre's list is long work and
goes through the task runner. The turnout numbers and chart are refreshed after each check-in and
every few seconds (other desks of the centre may write to the same database server).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.candidacy import check_civil_number
from electadmin.domain.errors import ElectadminError
from electadmin.domain.polling import CheckInRefused, Refusal
from electadmin.services import polling
from electadmin.services.polling import DeskVoter, HourCount, StationInfo, Turnout
from electadmin.services.polling_reports import write_closing_summary_pdf
from electadmin.services.voter_list import write_checkin_list_pdf
from electadmin.ui.charts import CountAxis
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_int, fmt_percent, ltr, printed_digits, shown
from electadmin.ui.messages import error_text, show_error
from electadmin.ui.signers import ask_signers

__all__ = ["DATA_KEY", "PollingPage"]

DATA_KEY = "polling"
REFRESH_MS = 10_000
_OK, _REFUSED, _DONE = "#1b5e20", "#b00020", "#0d47a1"


def _font(widget: QWidget, points: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


class PollingPage(QWidget):
    """The check-in desk (right in Arabic, left in English) beside the station's live turnout."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.voter: DeskVoter | None = None
        self.station: StationInfo | None = None
        self._build()
        self._load_stations()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh_turnout)
        self.timer.start()
        ctx.data_changed.connect(self._on_data_changed)

    # ------------------------------------------------------------ layout

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        station_label = QLabel(self.tr("&Station"), self)
        top.addWidget(station_label)
        self.stations = QComboBox(self)
        station_label.setBuddy(self.stations)
        self.stations.setObjectName("station")
        self.stations.setMinimumWidth(380)
        top.addWidget(self.stations)
        self.machine = QLabel(self)
        self.machine.setObjectName("machine")
        top.addWidget(self.machine, 1)
        outer.addLayout(top)

        body = QHBoxLayout()
        desk = QFrame(self)
        desk.setFrameShape(QFrame.Shape.StyledPanel)
        d = QVBoxLayout(desk)
        title = QLabel(self.tr("Check-in desk"), desk)
        _font(title, 15, bold=True)
        d.addWidget(title)
        self.civil = QLineEdit(desk)
        self.civil.setObjectName("civil_number")
        self.civil.setPlaceholderText(self.tr("Scan or type the civil number, then Enter"))
        self.civil.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.civil.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.civil.setMaxLength(24)
        _font(self.civil, 26, bold=True)
        d.addWidget(self.civil)
        self.name = QLabel(desk)
        self.name.setObjectName("voter_name")
        self.name.setWordWrap(True)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _font(self.name, 24, bold=True)
        self.name.setMinimumHeight(self.name.fontMetrics().lineSpacing() + 12)
        d.addWidget(self.name)
        self.details = QLabel(desk)
        self.details.setObjectName("voter_details")
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _font(self.details, 15)
        self.details.setMinimumHeight(3 * self.details.fontMetrics().lineSpacing() + 12)  # three lines, always
        d.addWidget(self.details)
        self.verdict = QLabel(desk)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verdict.setMinimumHeight(120)
        _font(self.verdict, 22, bold=True)
        d.addWidget(self.verdict)
        d.addStretch(1)
        keys = QLabel(self.tr("Enter: look up, then confirm · Esc: clear · Ctrl+F: find by name · "
                              "Ctrl+Z: undo a check-in · Ctrl+P: print the list with marks · "
                              "Ctrl+Shift+E: close the polls · F2: choose the station"), desk)
        keys.setWordWrap(True)
        d.addWidget(keys)
        buttons = QHBoxLayout()
        self.find_button = QPushButton(self.tr("Find by name"), desk)
        self.undo_button = QPushButton(self.tr("Undo a check-in"), desk)
        self.print_button = QPushButton(self.tr("Print the list with marks"), desk)
        self.close_button = QPushButton(self.tr("Close the polls"), desk)
        for button in (self.find_button, self.undo_button, self.print_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the civil-number field keeps the focus
            buttons.addWidget(button)
        d.addLayout(buttons)
        packages_row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export the check-ins (Ctrl+Shift+S)"), desk)
        self.merge_button = QPushButton(self.tr("Merge stations' packages (Ctrl+Shift+M)"), desk)
        self.merged_button = QPushButton(self.tr("Merged turnout (Ctrl+Shift+T)"), desk)
        self.merged_button.setObjectName("merged_turnout")
        for button in (self.export_button, self.merge_button, self.merged_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            packages_row.addWidget(button)
        d.addLayout(packages_row)
        body.addWidget(desk, 3)

        panel = QFrame(self)
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        p = QVBoxLayout(panel)
        heading = QLabel(self.tr("Live turnout"), panel)
        _font(heading, 15, bold=True)
        p.addWidget(heading)
        grid = QGridLayout()
        self.figures: dict[str, QLabel] = {}
        rows = [("station", self.tr("This station")), ("centre", self.tr("Whole centre"))]
        columns = [("men", self.tr("Men")), ("women", self.tr("Women")), ("total", self.tr("Total")),
                   ("percent", self.tr("Of the centre's roll"))]
        for c, (_key, text) in enumerate(columns, start=1):
            caption = QLabel(text, panel)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(caption, 0, c)
        for r, (scope, text) in enumerate(rows, start=1):
            grid.addWidget(QLabel(text, panel), r, 0)
            for c, (key, _text) in enumerate(columns, start=1):
                label = QLabel("—", panel)
                label.setObjectName(f"{scope}_{key}")
                _font(label, 18, bold=True)
                label.setAlignment(Qt.AlignmentFlag.AlignCenter)  # figures under their captions, either direction
                grid.addWidget(label, r, c)
                self.figures[f"{scope}_{key}"] = label
        p.addLayout(grid)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Voters checked in by hour"))
        self.chart.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart, panel)
        # hours run left to right in both languages, as on any printed time axis
        self.chart_view.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.chart_view.setObjectName("turnout_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        p.addWidget(self.chart_view, 1)
        body.addWidget(panel, 2)
        outer.addLayout(body, 1)

        self.civil.returnPressed.connect(self.enter)
        self.stations.activated.connect(self._station_chosen)
        self.find_button.clicked.connect(self.find_by_name)
        self.undo_button.clicked.connect(self.undo)
        self.print_button.clicked.connect(self.print_list)
        self.close_button.clicked.connect(self.close_polls)
        self.export_button.clicked.connect(self.export_checkins)
        self.merge_button.clicked.connect(self.merge_packages)
        self.merged_button.clicked.connect(self.show_merged_turnout)
        self.keys = ((QKeySequence.StandardKey.Find, self.find_by_name),
                     (QKeySequence.StandardKey.Undo, self.undo),
                     (QKeySequence.StandardKey.Print, self.print_list),
                     (QKeySequence("Ctrl+Shift+E"), self.close_polls),
                     (QKeySequence("Ctrl+Shift+S"), self.export_checkins),
                     (QKeySequence("Ctrl+Shift+M"), self.merge_packages),
                     (QKeySequence("Ctrl+Shift+T"), self.show_merged_turnout),
                     (QKeySequence(Qt.Key.Key_Escape), self.clear),
                     (QKeySequence(Qt.Key.Key_F2), self.stations.setFocus))
        for keys_, slot in self.keys:
            if keys_ == QKeySequence(Qt.Key.Key_Escape):
                continue  # Escape clears the desk from the civil-number field only (see eventFilter)
            shortcut = QShortcut(keys_, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.setFocusProxy(self.civil)
        self.civil.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """The desk's keys win over the line edit's own (Ctrl+Z undoes a check-in, not the typing;
        Ctrl+Shift+E closes the polls, not "select to the end" of the emacs-style bindings)."""
        if watched is self.civil and event.type() == event.Type.KeyPress:
            for keys, slot in self.keys:
                if (event.matches(keys) if isinstance(keys, QKeySequence.StandardKey)
                        else QKeySequence(event.keyCombination()) == keys):
                    slot()
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ station

    def _load_stations(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        info = polling.machine_info(store)
        self.machine.setText(self.tr("This computer: {machine}").format(machine=ltr(info.machine_id[:12])))
        self.stations.clear()
        for station in polling.list_stations(store):
            self.stations.addItem(f"{ltr(station.code)} — {station.centre_name}", station.code)
        if info.station_code:
            self.stations.setCurrentIndex(self.stations.findData(info.station_code))
            self.station = polling.station_info(store, info.station_code)
        elif self.stations.count():
            self.stations.setCurrentIndex(-1)
        self._show_idle()
        self.refresh_turnout()

    def _station_chosen(self, index: int) -> None:
        code = self.stations.itemData(index)
        if not code or (self.station and self.station.code == code):
            return
        try:
            self.station = polling.assign_station(self.ctx.store, code)
        except ElectadminError as error:
            show_error(self, error)
            return
        self.clear()
        self.refresh_turnout()
        self.civil.setFocus()

    def choose_station(self, code: str) -> None:
        """Serve *code* (as picking it in the list does)."""
        self._station_chosen(self.stations.findData(code))

    # ------------------------------------------------------------ the desk

    def enter(self) -> None:
        """Enter in the civil-number field: show the voter, or check in the voter already shown."""
        text = self.civil.text()
        try:
            number = check_civil_number(text)
        except ElectadminError as error:
            self._show_verdict(error_text(error), _REFUSED)
            self.civil.selectAll()
            return
        if self.voter is not None and self.voter.civil_number == number and self.voter.refusal is None:
            self._confirm()
        else:
            self.look_up(number)

    def look_up(self, number: str) -> None:
        if self.station is None:
            self._show_verdict(self.tr("Choose this computer's station first."), _REFUSED)
            return
        try:
            voter = polling.look_up(self.ctx.store, number, self.station.code)
        except ElectadminError as error:
            self.voter = None
            self._show_verdict(error_text(error), _REFUSED)
            return
        self.voter = voter
        self._show_voter(voter)
        if voter.refusal is not None:
            refusal = voter.refusal
            if "when" in refusal.params:  # the time in the digits the user reads
                refusal = Refusal(refusal.reason, {**refusal.params, "when": shown(refusal.params["when"])})
            self._show_verdict(error_text(CheckInRefused(refusal)), _REFUSED)
        else:
            self._show_verdict(self.tr("Press Enter to check this voter in"), _OK)
        self.civil.setText(number)
        self.civil.selectAll()  # the next scan replaces the number

    def _confirm(self) -> None:
        voter = self.voter
        try:
            result = polling.check_in(self.ctx.store, voter.civil_number, self.station.code)
        except ElectadminError as error:
            self._show_verdict(error_text(error), _REFUSED)
            self.voter = None
            self.civil.selectAll()
            return
        self.voter = None
        self.civil.clear()
        self._show_verdict(self.tr("Checked in: {name}").format(name=result.name), _DONE)
        self.ctx.data_changed.emit(DATA_KEY)

    def clear(self) -> None:
        self.voter = None
        self.civil.clear()
        self._show_idle()
        self.civil.setFocus()

    def _show_idle(self) -> None:
        self.name.setText("")
        self.details.setText("")
        if self.station is None:
            self._show_verdict(self.tr("Choose this computer's station first."), _REFUSED)
        else:
            self._show_verdict(self.tr("Ready: scan the next voter's card"), _OK)

    def _show_voter(self, voter: DeskVoter) -> None:
        if not voter.name:
            self.name.setText(ltr(voter.civil_number))
            self.details.setText("")
            return
        gender = self.tr("Man") if voter.gender == "M" else self.tr("Woman")
        status = self.tr("Active") if voter.status == "active" else self.tr("Removed from the roll")
        age = self.tr("{age} years old on polling day").format(age=fmt_int(voter.age)) if voter.age is not None \
            else self.tr("Age unknown")
        self.name.setText(voter.name)
        self.details.setText("\n".join([
            f"{ltr(voter.civil_number)} · {gender} · {age}",
            self.tr("Centre: {centre}").format(centre=f"{voter.centre_name} ({ltr(voter.centre_code)})"),
            self.tr("Status: {status}").format(status=status),
        ]))

    def _show_verdict(self, text: str, colour: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour};")

    # ------------------------------------------------------------ dialogs and actions

    def find_by_name(self) -> None:
        from electadmin.ui.polling.dialogs import FindVoterDialog

        dialog = FindVoterDialog(self.ctx.store, self.station.centre_code if self.station else None, self)
        self.find_dialog = dialog
        if dialog.exec() and dialog.chosen is not None:
            self.look_up(dialog.chosen.civil_number)
        self.civil.setFocus()

    def undo(self) -> None:
        from electadmin.ui.polling.dialogs import UndoDialog

        shown_number = self.voter.civil_number if self.voter else ""
        dialog = UndoDialog(self.ctx.store, shown_number, self)
        self.undo_dialog = dialog
        if dialog.exec() and dialog.result_ is not None:
            self.clear()
            self._show_verdict(self.tr("Check-in undone: {civil}").format(civil=ltr(dialog.result_.civil_number)),
                               _DONE)
            self.ctx.data_changed.emit(DATA_KEY)
        self.civil.setFocus()

    def documents_folder(self) -> Path:
        """Where printed documents go: beside the election file (or the working folder for a server)."""
        path = self.ctx.store.path
        return path.parent if path else Path.cwd()

    def print_list(self) -> None:
        if self.station is None:
            return
        store, centre = self.ctx.store, self.station.centre_code
        path = self.documents_folder() / f"checkin-list-{centre}.pdf"
        chosen = printed_digits()
        self.ctx.tasks.run(lambda: write_checkin_list_pdf(store, path, centre, chosen),
                           title=self.tr("Printing the centre's list with check-in marks"),
                           on_done=lambda count: self._show_verdict(
                               self.tr("The list of {count} voters is ready: {path}").format(
                                   count=fmt_int(count), path=ltr(str(path))), _DONE),
                           writes=True, parent_widget=self)  # printing is audited

    def close_polls(self) -> None:
        if self.station is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Close the polls"),
                          self.tr("Close the polls of station {station}? No voter can be checked in there "
                                  "afterwards.").format(station=ltr(self.station.code)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.close_box = box
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            summary = polling.close_polls(self.ctx.store, self.station.code)
            path = write_closing_summary_pdf(self.ctx.store, self.documents_folder()
                                             / f"closing-summary-{summary.station_code}.pdf", summary.station_code)
        except ElectadminError as error:
            self._show_verdict(error_text(error), _REFUSED)
            return
        self.station = polling.station_info(self.ctx.store, summary.station_code)
        self.closed_summary = path
        self._show_verdict(self.tr("Polls closed: {total} voters ({men} men, {women} women), {undos} undone. "
                                   "Summary: {path}").format(
            total=fmt_int(summary.total), men=fmt_int(summary.men), women=fmt_int(summary.women),
            undos=fmt_int(summary.undo_count), path=ltr(str(path))), _DONE)
        self.ctx.data_changed.emit(DATA_KEY)

    # ------------------------------------------------------------ stations' packages

    def choose_export_path(self, suggested: Path) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the check-ins"), str(suggested),
                                              self.tr("Packages (*.zip)"))
        if not path:
            return None
        chosen = Path(path)
        return chosen if chosen.suffix.lower() == ".zip" else chosen.with_name(chosen.name + ".zip")

    def choose_packages(self) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Merge stations' packages"), str(self.documents_folder()),
            self.tr("Packages (*.zip manifest.json)"))
        # a package written as a folder is chosen by its manifest
        return [Path(p).parent if Path(p).name == "manifest.json" else Path(p) for p in paths]

    def export_checkins(self) -> None:
        """Sign this computer's events by k members of the station's centre committee and write them."""
        if self.ctx.store is None or self.station is None:
            return
        store = self.ctx.store
        try:
            committee = polling.station_committee(store, self.station.code)
        except ElectadminError as error:
            self._show_verdict(error_text(error), _REFUSED)
            return
        credentials = ask_signers(self, committee)
        if credentials is None:
            self.civil.setFocus()
            return
        path = self.choose_export_path(self.documents_folder() / f"checkins-{self.station.code}.zip")
        if path is None:
            self.civil.setFocus()
            return
        try:
            summary = polling.export_events(store, path, credentials)
        except ElectadminError as error:
            self._show_verdict(error_text(error), _REFUSED)
        else:
            self.exported = summary.path
            self._show_verdict(self.tr("Events: {events}, signed by {signers} of {committee}. Package: {path}").format(
                events=fmt_int(summary.events), signers="، ".join(summary.signers)
                if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", ".join(summary.signers),
                committee=ltr(summary.committee), path=ltr(str(summary.path))), _DONE)
        self.civil.setFocus()

    def show_merged_turnout(self) -> None:
        """The wilayat committee's view of the merged logs: turnout by station and hour, and the
        voters checked in more than once (:mod:`electadmin.ui.polling.committee`)."""
        if self.ctx.store is None:
            return
        from electadmin.ui.polling.committee import WilayatTurnoutDialog

        timezone = self.ctx.election.definition.timezone if self.ctx.election else "Asia/Muscat"
        self.merged_dialog = WilayatTurnoutDialog(self.ctx.store, timezone, self)
        self.merged_dialog.exec()
        self.civil.setFocus()

    def merge_packages(self, paths: list[Path] | None = None) -> None:
        """Verify and merge stations' packages (long work, off the UI thread); a refusal is shown
        large with its reason, and nothing is merged."""
        if self.ctx.store is None:
            return
        chosen = paths if paths else self.choose_packages()
        if not chosen:
            self.civil.setFocus()
            return
        store = self.ctx.store

        def work():
            return polling.merge_packages(store, chosen)
            yield  # a generator for the task runner (no progress to show)

        def done(summary: polling.MergeSummary) -> None:
            self._show_verdict(self.tr("Packages merged: {packages}; new events: {new} (check-ins: {checkins}, "
                                       "undone: {undos}); voters checked in more than once: {anomalies}.").format(
                packages=fmt_int(summary.packages), new=fmt_int(summary.events_new),
                checkins=fmt_int(summary.check_ins_new), undos=fmt_int(summary.undos_new),
                anomalies=fmt_int(summary.anomalies)), _DONE)
            self.ctx.data_changed.emit(DATA_KEY)

        def failed(error: BaseException) -> None:
            self._show_verdict(error_text(error), _REFUSED)

        self.ctx.tasks.run(work, title=self.tr("Merging stations' packages"), on_done=done, on_error=failed,
                           parent_widget=self)
        self.civil.setFocus()

    # ------------------------------------------------------------ turnout

    def _on_data_changed(self, key: str) -> None:
        if key == DATA_KEY:
            self.refresh_turnout()

    def refresh_turnout(self) -> None:
        if self.ctx.store is None or self.station is None:
            return
        station = polling.station_turnout(self.ctx.store, self.station.code)
        centre = polling.centre_turnout(self.ctx.store, self.station.centre_code)
        for scope, turnout in (("station", station), ("centre", centre)):
            self._figures(scope, turnout)
        self._chart(station)

    def _figures(self, scope: str, turnout: Turnout) -> None:
        self.figures[f"{scope}_men"].setText(fmt_int(turnout.men))
        self.figures[f"{scope}_women"].setText(fmt_int(turnout.women))
        self.figures[f"{scope}_total"].setText(fmt_int(turnout.total))
        self.figures[f"{scope}_percent"].setText(fmt_percent(turnout.percent))

    def _chart(self, turnout: Turnout) -> None:
        chart = self.chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        men, women = QBarSet(self.tr("Men")), QBarSet(self.tr("Women"))
        men.setColor(QColor("#1565c0"))
        women.setColor(QColor("#c2185b"))
        hours = list(turnout.by_hour)
        if hours:  # every hour from the first check-in's to the last, a quiet hour as an empty bar
            counted = {h.hour: h for h in hours}
            hours = [counted.get(hour, HourCount(hour, 0, 0)) for hour in range(hours[0].hour, hours[-1].hour + 1)]
        for h in hours:
            men.append(h.men)
            women.append(h.women)
        series = QStackedBarSeries()
        series.append(men)
        series.append(women)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        label = "{:02d}" if len(hours) > 8 else "{:02d}:00"  # a whole day's hours fit without eliding
        axis_x.append([shown(label.format(h.hour)) for h in hours] or [""])
        axis_y = CountAxis()  # labels in the chosen digits (QValueAxis prints Western ones)
        axis_y.show_up_to(max([h.total for h in hours] + [1]))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        self.chart_sets = (men, women)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.civil.setFocus()

