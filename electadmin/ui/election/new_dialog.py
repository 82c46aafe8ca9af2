"""Creating a new election: where its file goes, its definition and its system administrator's account
(no account and no default password exists before it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.election import validate_definition
from electadmin.services.election import create_election
from electadmin.services.store import FILE_SUFFIX, Store, delete_files
from electadmin.ui.context import UiContext
from electadmin.services.users import create_first_administrator
from electadmin.ui.election.form import DefinitionForm
from electadmin.ui.login.dialogs import AccountFields
from electadmin.ui.messages import inform, show_error


class NewElectionDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store: Store | None = None
        self.setWindowTitle(self.tr("New election"))
        self.form = DefinitionForm(self)
        self.path = QLineEdit(self)
        self.path.setObjectName("path")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Election &file:"), self))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.form)
        self.account = AccountFields(self)
        layout.addWidget(self.account)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New election file"), f"election{FILE_SUFFIX}",
                                              self.tr("Election files (*%1)").replace("%1", FILE_SUFFIX))
        if path:
            self.path.setText(path if path.endswith(FILE_SUFFIX) else path + FILE_SUFFIX)

    def accept(self) -> None:
        text = self.path.text().strip()
        try:
            definition = self.form.definition()
            validate_definition(definition)
            name, full_name, password = self.account.values()
            if not text:
                raise FileNotFoundError(self.tr("Choose where to save the election file."))
            path = Path(text if text.endswith(FILE_SUFFIX) else text + FILE_SUFFIX)
            if path.exists():
                raise FileExistsError(str(path))
            store = Store.open(path, create=True)
            try:
                create_first_administrator(store, name, password, full_name)
                create_election(store, definition)
            except Exception:
                store.close()
                delete_files(path)  # leave no half-made election file behind
                raise
        except ValueError as error:  # the two passwords differ
            inform(self, self.windowTitle(), str(error))
            return
        except Exception as error:  # the dialog stays open with what was typed
            show_error(self, error)
            return
        self.store = store
        super().accept()
