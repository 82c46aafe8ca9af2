"""The audit log: the latest audit entries and the integrity check of the whole chain (the first tab
of the "Users and audit" area, :mod:`electadmin.ui.users.page`)."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.audit import EventType
from electadmin.i18n import translate
from electadmin.services import audit
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_datetime, fmt_int, ltr
from electadmin.ui.messages import error_text, inform, show_error

SHOWN = 500


class AuditPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.verify_button = QPushButton(self.tr("&Verify the audit log"), self)
        self.verify_button.setObjectName("verify_audit")
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel(self)
        self.result.setObjectName("verify_result")
        self.result.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("audit_table")
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("By"), self.tr("Event"),
                                              self.tr("Object and change")])
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(self.verify_button)
        top.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Audit log") + "</h2>", self))
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        ctx.data_changed.connect(lambda _key: self.isVisible() and self.refresh())

    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        timezone = self.ctx.election.definition.timezone if self.ctx.election else "Asia/Muscat"
        entries = audit.recent(self.ctx.store, SHOWN)
        self.table.setRowCount(len(entries))
        labels = {e.value: e.label for e in EventType}
        for row, entry in enumerate(entries):
            event = labels[entry.event].translated(translate) if entry.event in labels else entry.event
            change = f"{entry.object_type} {entry.object_key}"
            if entry.after or entry.before:
                change += "  " + json.dumps(entry.after or entry.before, ensure_ascii=False)[:300]
            cells = (fmt_int(entry.sequence), fmt_datetime(entry.at, timezone), entry.actor, event, ltr(change))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def verify(self) -> None:
        try:
            result = audit.verify(self.ctx.store)
        except Exception as error:
            show_error(self, error)
            return
        if result.intact:
            text = self.tr("The audit log is intact: %1 entries, each chained to the one before it; "
                           "checkpoints signed by committee members that agree with it: %2.").replace(
                "%1", fmt_int(result.entries)).replace("%2", fmt_int(result.checkpoints))
            self.result.setStyleSheet("color: #1b5e20; font-weight: bold;")
            self.result.setText(text)
            inform(self, self.tr("Audit log"), text)
            return
        error = result.error()
        self.result.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.result.setText(error_text(error))
        show_error(self, error)
