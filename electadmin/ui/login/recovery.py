"""At start: an election file that fails ``PRAGMA integrity_check`` (or does not open) is named, and
restoring its latest good backup is offered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from electadmin.i18n import translate
from electadmin.services import backup
from electadmin.ui.formatting import fmt_datetime, ltr
from electadmin.ui.messages import show_error


class RecoveryDialog(QDialog):
    def __init__(self, path: Path, health: backup.FileHealth, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("The election file is damaged"))
        self.setMinimumWidth(560)
        text = QLabel(self.tr("The election file %1 failed its integrity check (%2). It can be replaced by one "
                              "of its backups; the damaged file is kept aside.")
                      .replace("%1", ltr(str(path))).replace("%2", health.detail[:200]), self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        self.list.setObjectName("good_backups")
        self.good = [b for b in backup.list_backups(path) if backup.check_file(b.path).ok]
        for info in self.good:
            item = QListWidgetItem(f"{fmt_datetime(info.created_at)}  —  {backup.reason_label(info.reason, translate)}  —  {ltr(info.name)}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, info.name)
        if self.good:
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        restore = buttons.addButton(self.tr("&Restore the chosen backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setObjectName("restore_backup")
        restore.setEnabled(bool(self.good))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Backups that pass the integrity check, newest first:") if self.good
                                else self.tr("No good backup of this file was found."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            damaged = self.path.with_name(f"{self.path.name}.damaged")
            damaged.write_bytes(self.path.read_bytes())
            backup.restore_backup(self.path, item.data(Qt.ItemDataRole.UserRole))
        except Exception as error:
            show_error(self, error)
            return
        super().accept()


def offer_recovery(parent: QWidget | None, path: Path) -> bool:
    """Show the damaged file's good backups; true once one was restored."""
    dialog = RecoveryDialog(path, backup.check_file(path), parent)
    return bool(dialog.exec())
