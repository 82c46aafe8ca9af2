"""The sign-in dialog (also the lock screen) and the first administrator's account.

The dialogs call :mod:`electadmin.services.users`, which checks, counts failures, locks and audits;
they only show what it says. A refused sign-in is shown inside the dialog (not in a separate box),
and the password field is emptied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from electadmin.i18n import translate
from electadmin.integrity.passwords import MIN_LENGTH
from electadmin.services import users
from electadmin.services.committees_demo import DEMO_SIGNING_PASSWORD
from electadmin.services.election import get_election, has_election
from electadmin.services.store import Store
from electadmin.ui.messages import error_text


def _password_field(parent: QWidget, name: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("sign_in_error")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("color: #b71c1c; font-weight: bold;")
    return label


class SignInDialog(QDialog):
    """User name and password; with *locked_user*, the lock screen of that user's session."""

    def __init__(self, store: Store, parent: QWidget | None = None, *, locked_user: str | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("sign_in_dialog")
        self.setWindowTitle(self.tr("Locked") if locked_user else self.tr("Sign in"))
        self.setMinimumWidth(460)
        title = QLabel(self)
        title.setObjectName("sign_in_title")
        title.setWordWrap(True)
        if has_election(store):
            election = get_election(store).definition
            title.setText(f"<h3>{election.name_ar}</h3>" + (f"<p>{election.name_en}</p>" if election.name_en else ""))
        note = QLabel(self.tr("The application was locked after a period without use. Sign in again to continue.")
                      if locked_user else self.tr("Sign in to work on this election."), self)
        note.setWordWrap(True)
        self.user = QLineEdit(self)
        self.user.setObjectName("user_name")
        self.password = _password_field(self, "password")
        if locked_user:
            self.user.setText(locked_user)
            self.user.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        self.error = _error_label(self)
        buttons = QDialogButtonBox(self)
        sign_in = buttons.addButton(self.tr("Sign &in"), QDialogButtonBox.ButtonRole.AcceptRole)
        sign_in.setObjectName("sign_in")
        sign_in.setDefault(True)
        if locked_user:
            other = buttons.addButton(self.tr("Another &user"), QDialogButtonBox.ButtonRole.ActionRole)
            other.clicked.connect(self._another_user)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        demo = users.demo_accounts(store)
        if demo:
            layout.addWidget(self._demo_box(demo))
        layout.addWidget(buttons)
        (self.password if locked_user else self.user).setFocus()

    def _demo_box(self, accounts) -> QGroupBox:
        box = QGroupBox(self.tr("Demo election: its accounts (they exist only in demo elections)"), self)
        box.setObjectName("demo_accounts")
        form = QFormLayout(box)
        for account in accounts:
            button = QPushButton(f"{account.name}  /  {account.password}", box)
            button.setObjectName(f"demo_{account.role.value}")
            button.clicked.connect(lambda _=False, a=account: self._use(a))
            form.addRow(account.role.label.translated(translate), button)
        signing = QLabel(DEMO_SIGNING_PASSWORD, box)
        signing.setObjectName("demo_signing_password")
        signing.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Committee members' signing password (every demo member):"), signing)
        return box

    def _use(self, account) -> None:
        self.user.setText(account.name)
        self.password.setText(account.password)
        self.accept()

    def _another_user(self) -> None:
        self.user.setReadOnly(False)
        self.user.clear()
        self.password.clear()
        self.user.setFocus()

    def accept(self) -> None:
        try:
            users.sign_in(self.store, self.user.text(), self.password.text())
        except Exception as error:  # shown in the dialog, which stays open
            self.error.setText(error_text(error))
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()


class FirstAdministratorDialog(QDialog):
    """The first account of an election file: there is no default password."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("first_administrator_dialog")
        self.setWindowTitle(self.tr("The system administrator's account"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("This election file has no account yet. Create the account of its system "
                               "administrator: there is no default password, and every later change is "
                               "recorded under the name of whoever signed in."), self)
        intro.setWordWrap(True)
        self.form_widgets = AccountFields(self)
        self.error = _error_label(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form_widgets)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            name, full_name, password = self.form_widgets.values()
            users.create_first_administrator(self.store, name, password, full_name)
        except ValueError as error:  # the two passwords differ
            self.error.setText(str(error))
            return
        except Exception as error:
            self.error.setText(error_text(error))
            return
        super().accept()


class AccountFields(QWidget):
    """User name, full name, password twice: shared by the first administrator and the new election."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.name.setObjectName("admin_name")
        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("admin_full_name")
        self.password = _password_field(self, "admin_password")
        self.again = _password_field(self, "admin_password_again")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Administrator's &user name:"), self.name)
        form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("Password &again:"), self.again)
        hint = QLabel(self.tr("At least %1 characters; not a common password; not containing the user name.")
                      .replace("%1", str(MIN_LENGTH)), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        form.addRow(hint)

    def values(self) -> tuple[str, str, str]:
        if self.password.text() != self.again.text():
            raise ValueError(self.tr("The two passwords differ."))
        return self.name.text().strip(), self.full_name.text().strip(), self.password.text()


def authenticate(parent: QWidget | None, store: Store) -> bool:
    """Sign someone in to *store*: the first administrator when it has no account yet."""
    if store.actor is not None:
        return True
    dialog = SignInDialog(store, parent) if users.has_users(store) else FirstAdministratorDialog(store, parent)
    return bool(dialog.exec())
