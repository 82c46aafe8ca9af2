"""The dialogs of the results screen: recording a draw for a tie, and a record's version history."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.arabic import to_ascii_digits
from electadmin.domain.draw import DrawMethod
from electadmin.domain.reconciliation import FIGURES
from electadmin.i18n import translate
from electadmin.services.certification import record_draw
from electadmin.services.count_record import CountRecordDTO
from electadmin.services.store import Store
from electadmin.services.tally import ConstituencyResult
from electadmin.ui.formatting import fmt_datetime, joined, shown
from electadmin.ui.messages import show_error


class DrawDialog(QDialog):
    """Record the draw that settles a tie for the last seat: by an agreed seed or as drawn by hand."""

    def __init__(self, store: Store, result: ConstituencyResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.result = store, result
        self.setObjectName("draw_dialog")
        self.setWindowTitle(self.tr("Record the draw"))
        tie = result.tie
        assert tie is not None
        by_code = {c.code: c for c in result.candidates}
        in_order = sorted(tie.candidates, key=lambda k: by_code[k].ballot_number)
        tied = "\n".join(f"{shown(str(by_code[k].ballot_number))}. {by_code[k].name_ar}" for k in in_order)
        intro = QLabel(self.tr("%1 candidates are tied with %2 votes each for %3 seat(s):")
                       .replace("%1", shown(str(len(tie.candidates)))).replace("%2", shown(str(tie.votes)))
                       .replace("%3", shown(str(tie.seats))) + "\n" + tied, self)
        intro.setWordWrap(True)
        self.by_seed = QRadioButton(self.tr("By a seed the committee agreed on"), self)
        self.by_seed.setObjectName("by_seed")
        self.by_hand = QRadioButton(self.tr("Physical draw: type the order drawn"), self)
        self.by_hand.setObjectName("by_hand")
        group = QButtonGroup(self)
        group.addButton(self.by_seed)
        group.addButton(self.by_hand)
        self.by_seed.setChecked(True)
        self.seed = QLineEdit(self)
        self.seed.setObjectName("seed")
        self.order = QLineEdit(self)
        self.order.setObjectName("order")
        self.order.setPlaceholderText(self.tr("Ballot numbers in the order drawn, e.g. 3, 1"))
        self.drawn_by = QLineEdit(self)
        self.drawn_by.setObjectName("drawn_by")
        self.witnesses = QPlainTextEdit(self)
        self.witnesses.setObjectName("witnesses")
        self.witnesses.setTabChangesFocus(True)
        self.witnesses.setPlaceholderText(self.tr("One witness a line"))
        self.witnesses.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.by_seed)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow(self.by_hand)
        form.addRow(self.tr("Order drawn"), self.order)
        form.addRow(self.tr("Drawn by"), self.drawn_by)
        form.addRow(self.tr("Witnesses"), self.witnesses)
        self.by_seed.toggled.connect(self._method_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("save_draw")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._method_changed()
        self.saved: ConstituencyResult | None = None

    def _method_changed(self) -> None:
        seed = self.by_seed.isChecked()
        self.seed.setEnabled(seed)
        self.order.setEnabled(not seed)

    def save(self) -> None:
        witnesses = [line.strip() for line in self.witnesses.toPlainText().splitlines() if line.strip()]
        by_number = {str(c.ballot_number): c.code for c in self.result.candidates}
        try:
            if self.by_seed.isChecked():
                self.saved = record_draw(self.store, self.result.wilayat_code, DrawMethod.SEED,
                                         seed=self.seed.text(), drawn_by=self.drawn_by.text(), witnesses=witnesses,
                                         drawn_at=datetime.now(UTC))
            else:
                numbers = [n.strip() for n in to_ascii_digits(self.order.text()).replace("،", ",").split(",")
                           if n.strip()]
                order = [by_number.get(n, n) for n in numbers]
                self.saved = record_draw(self.store, self.result.wilayat_code, DrawMethod.PHYSICAL, order=order,
                                         drawn_by=self.drawn_by.text(), witnesses=witnesses,
                                         drawn_at=datetime.now(UTC))
        except Exception as exc:  # noqa: BLE001 - shown; nothing was recorded
            show_error(self, exc)
            return
        self.accept()


class HistoryDialog(QDialog):
    """Every version of a station's record, oldest first: the history of each of its figures."""

    def __init__(self, versions: list[CountRecordDTO], timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_dialog")
        code = versions[0].station_code if versions else ""
        self.setWindowTitle(self.tr("Versions of the count record of station %1").replace("%1", code))
        from electadmin.services.count_record import FIELD_LABELS

        rows = [FIELD_LABELS[name].translated(translate) for name in FIGURES]
        candidates = versions[-1].votes if versions else ()
        rows += [f"{shown(str(c.ballot_number))}. {c.name_ar}" for c in candidates]
        rows += [self.tr("State"), self.tr("Entered by"), self.tr("Saved at"), self.tr("Reason")]
        self.table = QTableWidget(len(rows), len(versions), self)
        self.table.setObjectName("history_table")
        self.table.setVerticalHeaderLabels(rows)
        self.table.setHorizontalHeaderLabels([self.tr("Version %1").replace("%1", shown(str(v.version)))
                                              for v in versions])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        previous: list[object] = []
        for column, v in enumerate(versions):
            votes = {c.code: c.votes for c in v.votes}
            values = [getattr(v.figures, name) for name in FIGURES] + [votes.get(c.code) for c in candidates]
            figures = len(values)
            # Clerks' names are codes such as clerk-1: each kept left to right inside an Arabic list.
            clerks = joined(self, (f"\u2066{name}\u2069" for name in v.entered_by))
            values += [v.status.label.translated(translate), clerks,
                       fmt_datetime(v.created_at, timezone), v.reason]
            for row, value in enumerate(values):
                text = "—" if value is None or value == "" else str(value)
                item = QTableWidgetItem(shown(text) if row < figures else text)  # names keep their digits
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column and row < figures and previous[row] != value:
                    item.setBackground(QColor("#ffe08a"))  # changed since the version before
                self.table.setItem(row, column, item)
            previous = values
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 620)
