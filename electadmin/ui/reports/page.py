"""Reports: the one place where the committee's secretary finds every official document and export.

Each document is a service that already exists (the same ones the other areas call); this page only
lists them, grouped as the election runs (candidates, roll, polling, count and results, records),
asks for what each needs (a wilayat, a centre or a station, chosen from the election; the attendance
columns of a voter list) and saves the file through the task runner, with progress and cancel.

Choices made here: a spreadsheet's format is chosen by the save dialog's filter (XLSX or CSV, as in
every other area, through :func:`~electadmin.ui.pages.choose_export`); PDFs carry the digits the user
reads on screen; a document the signed-in role may not save is listed but its Save button is
disabled with a line saying why (the service refuses it anyway); a failure (a count record not yet
entered, a wilayat no station has reported) is shown with :func:`~electadmin.ui.messages.show_error`
and nothing is written, since every service writes its file atomically.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
    QSplitter, QVBoxLayout, QWidget,
)

from electadmin import __version__
from electadmin.domain.progress import Progress
from electadmin.domain.roles import Permission
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term
from electadmin.i18n import translate
from electadmin.services.geography import list_centres, list_wilayats
from electadmin.services.polling import list_stations
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import ltr, printed_digits
from electadmin.ui.messages import inform, show_error
from electadmin.ui.pages import choose_export, page_button

__all__ = ["DOCUMENTS", "Document", "ReportsPage"]

PDF, SHEET, JSON = "pdf", "sheet", "json"  # what the save dialog offers

# What a document needs chosen: no wilayat, an optional one ("all wilayats" first), or a required one.
NONE, OPTIONAL, REQUIRED = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Document:
    key: str
    group: Term
    title: Term
    description: Term
    kind: str
    name: str  # the file name suggested, with {code} for the thing chosen
    wilayat: int = NONE
    centre: bool = False
    station: bool = False
    check_in: bool = False  # offers the voter list's attendance columns
    permission: Permission = Permission.DATA_EXPORT


_CANDIDATES, _ROLL, _POLLING = QT_TRANSLATE_NOOP("Reports", "Candidates"), QT_TRANSLATE_NOOP("Reports", "Electoral roll"), QT_TRANSLATE_NOOP("Reports", "Polling")
_RESULTS, _RECORDS = QT_TRANSLATE_NOOP("Reports", "Count and results"), QT_TRANSLATE_NOOP("Reports", "Geography and audit")

DOCUMENTS: tuple[Document, ...] = (
    Document("candidate_list", _CANDIDATES, QT_TRANSLATE_NOOP("Reports", "Official candidate list (PDF)"),
             QT_TRANSLATE_NOOP("Reports", "The accepted candidates of each constituency in ballot order, as published; one wilayat or "
                "all."), PDF, "candidate-list-{code}.pdf", wilayat=OPTIONAL),
    Document("candidates_file", _CANDIDATES, QT_TRANSLATE_NOOP("Reports", "Candidates (XLSX or CSV)"),
             QT_TRANSLATE_NOOP("Reports", "The official list as a spreadsheet, one row a candidate; one wilayat or all."), SHEET,
             "candidates-{code}.xlsx", wilayat=OPTIONAL),
    Document("voter_list", _ROLL, QT_TRANSLATE_NOOP("Reports", "A centre's voter list (PDF)"),
             QT_TRANSLATE_NOOP("Reports", "The printed list of the voters registered at a polling centre, in name order, optionally with "
                "the attendance columns of polling day."), PDF, "voter-list-{code}.pdf", wilayat=REQUIRED,
             centre=True, check_in=True),
    Document("roll_file", _ROLL, QT_TRANSLATE_NOOP("Reports", "Electoral roll (XLSX or CSV)"),
             QT_TRANSLATE_NOOP("Reports", "The whole electoral roll as a spreadsheet, in name order."), SHEET, "roll.xlsx"),
    Document("closing_summary", _POLLING, QT_TRANSLATE_NOOP("Reports", "A station's closing summary (PDF)"),
             QT_TRANSLATE_NOOP("Reports", "The voters checked in at a station, by gender, with its opening and closing times."), PDF,
             "closing-summary-{code}.pdf", wilayat=REQUIRED, station=True),
    Document("count_record", _RESULTS, QT_TRANSLATE_NOOP("Reports", "A station's count record (PDF)"),
             QT_TRANSLATE_NOOP("Reports", "The station's count record (its latest version) in figures and words, with its checks and "
                "signature lines, in three copies."), PDF, "count-record-{code}.pdf", wilayat=REQUIRED,
             station=True),
    Document("consolidated", _RESULTS, QT_TRANSLATE_NOOP("Reports", "A wilayat's consolidated record (PDF)"),
             QT_TRANSLATE_NOOP("Reports", "The wilayat's stations added up, its candidates' votes and winners, provisional until "
                "certified."), PDF, "consolidated-{code}.pdf", wilayat=REQUIRED),
    Document("national_summary", _RESULTS, QT_TRANSLATE_NOOP("Reports", "National summary (PDF)"),
             QT_TRANSLATE_NOOP("Reports", "Every constituency's result, turnout and winners, with bar charts."), PDF,
             "national-summary.pdf"),
    Document("results_candidates", _RESULTS, QT_TRANSLATE_NOOP("Reports", "Results: candidates' votes (XLSX or CSV)"),
             QT_TRANSLATE_NOOP("Reports", "One row per candidate and constituency: votes, rank and whether elected."), SHEET,
             "results-candidates.xlsx"),
    Document("results_constituencies", _RESULTS, QT_TRANSLATE_NOOP("Reports", "Results: constituencies (XLSX or CSV)"),
             QT_TRANSLATE_NOOP("Reports", "One row per constituency: stations reported, turnout, valid, invalid and blank ballots."),
             SHEET, "results-constituencies.xlsx"),
    Document("results_stations", _RESULTS, QT_TRANSLATE_NOOP("Reports", "Results: polling stations (XLSX or CSV)"),
             QT_TRANSLATE_NOOP("Reports", "One row per polling station and its count record's figures."), SHEET, "results-stations.xlsx"),
    Document("results_cdf", _RESULTS, QT_TRANSLATE_NOOP("Reports", "Results report (NIST SP 1500-100 JSON)"),
             QT_TRANSLATE_NOOP("Reports", "The election results in the common data format of NIST SP 1500-100, for other systems."), JSON,
             "results-cdf.json"),
    Document("geography_file", _RECORDS, QT_TRANSLATE_NOOP("Reports", "Geography (XLSX or CSV)"),
             QT_TRANSLATE_NOOP("Reports", "Governorates, wilayats with their seats, polling centres and stations."), SHEET,
             "geography.xlsx"),
    Document("event_log", _RECORDS, QT_TRANSLATE_NOOP("Reports", "Audit log (NIST SP 1500-101 JSON)"),
             QT_TRANSLATE_NOOP("Reports", "Every change ever made, as a NIST SP 1500-101 event log; its chain is checked first."), JSON,
             "audit-log.json", permission=Permission.AUDIT_EXPORT),
)

_KEY = Qt.ItemDataRole.UserRole


def _at_once(step: Term, call: Callable[[], object]):
    """A service that is not a generator, as a task's work (one indeterminate step)."""
    yield Progress(0, 0, step)
    return call()


def work(store, document: Document, path: Path, *, wilayat: str | None = None, centre: str | None = None,
         station: str | None = None, check_in: bool = False, digits=None):
    """The service call that writes *document* to *path* (a generator for the task runner); PDFs in
    *digits* (:class:`electadmin.reports.text.Digits`, those of the screen when not given)."""
    digits = digits if digits is not None else printed_digits()
    key = document.key
    if key == "candidate_list":
        from electadmin.services.candidate_list import write_candidate_list_pdf
        return write_candidate_list_pdf(store, path, wilayat, digits)
    if key == "candidates_file":
        from electadmin.services.candidates_file import export_candidates
        return export_candidates(store, path, wilayat_code=wilayat, translate=translate)
    if key == "voter_list":
        from electadmin.services.voter_list import write_voter_list_pdf
        return write_voter_list_pdf(store, path, centre, check_in=check_in, digits=digits)
    if key == "roll_file":
        from electadmin.services.roll_file import export_roll
        return export_roll(store, path, None, translate)
    if key == "closing_summary":
        from electadmin.services.polling_reports import write_closing_summary_pdf
        return _at_once(QT_TRANSLATE_NOOP("ReportsPage", "Printing the closing summary"),
                        lambda: write_closing_summary_pdf(store, path, station, digits))
    if key == "count_record":
        from electadmin.services.results_reports import write_count_record_pdf
        return write_count_record_pdf(store, station, path, digits=digits)
    if key == "consolidated":
        from electadmin.services.results_reports import write_consolidated_pdf
        return write_consolidated_pdf(store, wilayat, path, digits=digits)
    if key == "national_summary":
        from electadmin.services.results_reports import write_national_summary_pdf
        return write_national_summary_pdf(store, path, digits=digits)
    if key.startswith("results_") and key != "results_cdf":
        from electadmin.services.results_export import export_table
        return export_table(store, path, key.removeprefix("results_"), translate=translate)
    if key == "results_cdf":
        from electadmin.services.results_export import export_cdf
        return export_cdf(store, path)
    if key == "geography_file":
        from electadmin.services.geography_file import export_geography
        return export_geography(store, path, translate)
    if key == "event_log":
        from electadmin.services.audit import export_event_log
        return _at_once(QT_TRANSLATE_NOOP("ReportsPage", "Writing the audit log"),
                        lambda: export_event_log(store, path, version=__version__))
    raise ValueError(f"unknown document {key!r}")


def _with_suffix(path: str, suffix: str) -> Path:
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


class ReportsPage(QWidget):
    """The documents on one side, what the chosen one needs and its Save button on the other."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.documents = QListWidget(self)
        self.documents.setObjectName("documents")
        self.documents.setWordWrap(True)
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setMinimumWidth(300)
        group = None
        for document in DOCUMENTS:
            if document.group != group:
                group = document.group
                heading = QListWidgetItem(group.translated(translate), self.documents)
                heading.setFlags(Qt.ItemFlag.NoItemFlags)  # arrows and clicks pass over it
                heading.setForeground(self.palette().windowText())  # a heading, not a greyed-out item
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
            item = QListWidgetItem(document.title.translated(translate), self.documents)
            item.setData(_KEY, document.key)
            item.setToolTip(document.description.translated(translate))

        self.title = QLabel(self)
        self.title.setObjectName("document_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.description = QLabel(self)
        self.description.setObjectName("document_description")
        self.description.setWordWrap(True)
        self.wilayat = QComboBox(self)
        self.wilayat.setObjectName("wilayat")
        self.centre = QComboBox(self)
        self.centre.setObjectName("centre")
        self.station = QComboBox(self)
        self.station.setObjectName("station")
        self.check_in = QCheckBox(self.tr("With the attendance columns (check-in marks)"), self)
        self.check_in.setObjectName("check_in")
        self.save_button = page_button(self, self.tr("Save…"), "save", self.save)
        self.save_button.setDefault(True)
        self.note = QLabel(self)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.tr("&Wilayat:"), self.wilayat)
        self.form.addRow(self.tr("&Centre:"), self.centre)
        self.form.addRow(self.tr("S&tation:"), self.station)
        self.form.addRow("", self.check_in)
        for field in (self.wilayat, self.centre, self.station):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        details = QWidget(self)
        column = QVBoxLayout(details)
        column.addWidget(self.title)
        column.addWidget(self.description)
        column.addSpacing(8)
        column.addLayout(self.form)
        column.addLayout(buttons)
        column.addWidget(self.note)
        column.addStretch(1)

        split = QSplitter(self)
        split.addWidget(self.documents)
        split.addWidget(details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.documents.currentItemChanged.connect(lambda _item, _previous: self._show_document())
        self.documents.itemActivated.connect(lambda _item: self.save())
        self.wilayat.currentIndexChanged.connect(lambda _i: self._fill_places())
        ctx.store_changed.connect(self.refresh)
        ctx.data_changed.connect(lambda _key: self.refresh())
        self.documents.setCurrentRow(1)  # the first document (row 0 is its group's heading)
        self.refresh()

    # ------------------------------------------------------------ state

    def document(self) -> Document | None:
        item = self.documents.currentItem()
        key = item.data(_KEY) if item is not None else None
        return next((d for d in DOCUMENTS if d.key == key), None)

    def choose(self, key: str) -> None:
        """Make the document *key* the current one (as a click on it would)."""
        for row in range(self.documents.count()):
            if self.documents.item(row).data(_KEY) == key:
                self.documents.setCurrentRow(row)
                return
        raise KeyError(key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """The wilayats of the election, keeping the one chosen."""
        store = self.ctx.store
        kept = self.wilayat.currentData()
        self.wilayat.blockSignals(True)
        self.wilayat.clear()
        document = self.document()
        if document is not None and document.wilayat == OPTIONAL:
            self.wilayat.addItem(self.tr("All wilayats"), None)
        for w in list_wilayats(store) if store is not None else []:
            self.wilayat.addItem(f"{w.name_ar} ({w.code})", w.code)
        index = self.wilayat.findData(kept)
        self.wilayat.setCurrentIndex(max(index, 0))
        self.wilayat.blockSignals(False)
        self._fill_places()
        self._update_save()

    def _fill_places(self) -> None:
        store, code = self.ctx.store, self.wilayat.currentData()
        for combo in (self.centre, self.station):
            combo.clear()
        if store is None or code is None:
            self._update_save()
            return
        document = self.document()
        if document is not None and document.centre:
            for c in list_centres(store, code):
                self.centre.addItem(f"{c.name_ar} ({c.code})", c.code)
        if document is not None and document.station:
            for s in list_stations(store):
                if s.wilayat_code == code:
                    self.station.addItem(f"{s.code} — {s.centre_name}", s.code)
        self._update_save()

    def _show_document(self) -> None:
        document = self.document()
        if document is None:
            return
        self.title.setText(document.title.translated(translate))
        self.description.setText(document.description.translated(translate))
        for field, shown in ((self.wilayat, document.wilayat != NONE), (self.centre, document.centre),
                             (self.station, document.station), (self.check_in, document.check_in)):
            self.form.setRowVisible(field, shown)
        self.refresh()

    def _missing(self, document: Document) -> str:
        """Why *document* cannot be saved yet ("" when it can)."""
        actor = self.ctx.store.actor if self.ctx.store else None
        if self.ctx.store is None:
            return self.tr("Open an election first.")
        if actor is None or not actor.may(document.permission):
            return self.tr("Your role may not save this document.")
        if document.wilayat == REQUIRED and self.wilayat.currentData() is None:
            return self.tr("The election has no wilayat yet.")
        if document.centre and self.centre.currentData() is None:
            return self.tr("This wilayat has no polling centre yet.")
        if document.station and self.station.currentData() is None:
            return self.tr("This wilayat has no polling station yet.")
        return ""

    def _update_save(self) -> None:
        document = self.document()
        missing = self._missing(document) if document is not None else ""
        self.save_button.setEnabled(document is not None and not missing)
        self.note.setText(missing)

    # ------------------------------------------------------------ saving

    def save(self) -> None:
        document = self.document()
        if document is None or self._missing(document):
            return
        wilayat = self.wilayat.currentData() if document.wilayat != NONE else None
        centre = self.centre.currentData() if document.centre else None
        station = self.station.currentData() if document.station else None
        code = station or centre or wilayat or "all"
        path = self.choose_path(document, document.name.format(code=code))
        if path is None:
            return
        store, check_in = self.ctx.store, document.check_in and self.check_in.isChecked()
        digits = printed_digits()  # taken now, on the interface thread: the digits the user reads
        title = document.title.translated(translate)
        self.ctx.tasks.run(lambda: work(store, document, path, wilayat=wilayat, centre=centre, station=station,
                                        check_in=check_in, digits=digits),
                           title=title, writes=True, parent_widget=self,  # every export is audited
                           on_done=lambda result: self._saved(title, path, result),
                           on_error=lambda exc: show_error(self, exc))

    def choose_path(self, document: Document, name: str) -> Path | None:
        title = document.title.translated(translate)
        if document.kind == SHEET:
            return choose_export(self, title, name)
        if document.kind == PDF:
            path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("PDF documents (*.pdf)"))
            return _with_suffix(path, ".pdf") if path else None
        path, _ = QFileDialog.getSaveFileName(self, title, name, self.tr("JSON files (*.json)"))
        return _with_suffix(path, ".json") if path else None

    def _saved(self, title: str, path: Path, result: object) -> None:
        self.last_saved = path
        inform(self, title, self.tr("Saved to %1.").replace("%1", ltr(str(path))))
