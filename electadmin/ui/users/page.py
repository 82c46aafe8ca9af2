"""Users and audit: the audit log, the accounts and security settings, packages, backups.

Every action calls a service, which checks the signed-in role and audits; the buttons a role may
not use are disabled here only as a courtesy.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.progress import Progress
from electadmin.domain.roles import Permission, Role
from electadmin.i18n import translate
from electadmin.integrity.signing import short_fingerprint
from electadmin.services import backup, committees, packages, result_package, users
from electadmin.ui.audit.page import AuditPage
from electadmin.ui.context import UiContext
from electadmin.ui.package_dialog import PackageDialog
from electadmin.ui.signers import ask_signers
from electadmin.ui.formatting import fmt_datetime, fmt_int, ltr
from electadmin.ui.messages import confirm, inform, show_error
from electadmin.ui.pages import fill_table, item_table
from electadmin.ui.widgets import NumberSpinBox


class TrustPage(QTabWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.audit = AuditPage(ctx, self)
        self.users = UsersTab(ctx, self)
        self.packages = PackagesTab(ctx, self)
        self.backups = BackupsTab(ctx, self)
        self.addTab(self.audit, self.tr("Audit log"))
        self.addTab(self.users, self.tr("Users"))
        self.addTab(self.packages, self.tr("Packages"))
        self.addTab(self.backups, self.tr("Backups"))
        self.currentChanged.connect(lambda _i: self.refresh())

    def refresh(self) -> None:
        page = self.currentWidget()
        if hasattr(page, "refresh"):
            page.refresh()


def _may(ctx: UiContext, permission: Permission) -> bool:
    actor = ctx.store.actor if ctx.store else None
    return actor is not None and actor.may(permission)


class UsersTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = item_table(self, "users_table", [self.tr("User"), self.tr("Full name"), self.tr("Role"),
                                                  self.tr("Polling centre"), self.tr("State"), self.tr("Last sign-in")])
        buttons = QHBoxLayout()
        self.manage_buttons = []
        for text, slot, name in ((self.tr("&Add a user…"), self.add_user, "add_user"),
                                 (self.tr("Change the &role…"), self.change_role, "change_role"),
                                 (self.tr("&Reset the password…"), self.reset_password, "reset_password"),
                                 (self.tr("&Unlock"), self.unlock, "unlock_user"),
                                 (self.tr("&Disable or enable"), self.toggle_active, "toggle_user")):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.manage_buttons.append(button)
        own = QPushButton(self.tr("Change &my password…"), self)
        own.clicked.connect(self.change_own_password)
        buttons.addStretch(1)
        buttons.addWidget(own)
        self.settings_box = QGroupBox(self.tr("Security settings of this election"), self)
        form = QFormLayout(self.settings_box)
        self.settings_fields: dict[str, NumberSpinBox] = {}
        labels = {"max_failures": self.tr("Failed sign-ins before the account locks:"),
                  "lockout_minutes": self.tr("Minutes an account stays locked:"),
                  "idle_lock_minutes": self.tr("Minutes without use before the application locks:"),
                  "backups_kept": self.tr("Backups kept:"),
                  "backup_interval_minutes": self.tr("Minutes between automatic backups:")}
        for name, label in labels.items():
            field = NumberSpinBox(self.settings_box)
            field.setObjectName(f"setting_{name}")
            field.setRange(1, 1440)
            form.addRow(label, field)
            self.settings_fields[name] = field
        self.save_settings = QPushButton(self.tr("&Save the settings"), self.settings_box)
        self.save_settings.clicked.connect(self.store_settings)
        form.addRow(self.save_settings)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Users") + "</h2>", self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.settings_box)

    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        timezone = self.ctx.election.definition.timezone if self.ctx.election else "Asia/Muscat"
        self.rows = users.list_users(self.ctx.store)
        fill_table(self.table, [[u.name, u.full_name, u.role.label.translated(translate), u.centre_code or "",
                            self._state(u), fmt_datetime(u.last_sign_in, timezone) if u.last_sign_in else ""]
                           for u in self.rows])
        settings = users.security_settings(self.ctx.store)
        for name, field in self.settings_fields.items():
            field.setValue(getattr(settings, name))
        manage = _may(self.ctx, Permission.USERS_MANAGE)
        for button in self.manage_buttons:
            button.setEnabled(manage)
        self.save_settings.setEnabled(_may(self.ctx, Permission.SECURITY_SETTINGS))

    def _state(self, user) -> str:
        if not user.active:
            return self.tr("disabled")
        if user.locked_until is not None:
            return self.tr("locked until %1").replace("%1", fmt_datetime(user.locked_until))
        return self.tr("demo account") if user.is_demo else self.tr("active")

    def _selected(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row].name if 0 <= row < len(self.rows) else None

    def _run(self, action) -> None:
        try:
            action()
        except Exception as error:
            show_error(self, error)
            return
        self.refresh()

    def add_user(self) -> None:
        dialog = UserDialog(self)
        if dialog.exec():
            name, full_name, role, centre, password = dialog.values()
            self._run(lambda: users.add_user(self.ctx.store, name, role, password, full_name=full_name,
                                             centre_code=centre or None))

    def change_role(self) -> None:
        name = self._selected()
        if not name:
            return
        dialog = UserDialog(self, name=name)
        if dialog.exec():
            _, _, role, centre, _ = dialog.values()
            self._run(lambda: users.change_role(self.ctx.store, name, role, centre or None))

    def reset_password(self) -> None:
        name = self._selected()
        if not name:
            return
        password, ok = QInputDialog.getText(self, self.tr("Reset the password"),
                                            self.tr("New password for %1:").replace("%1", name), QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: users.reset_password(self.ctx.store, name, password))

    def unlock(self) -> None:
        name = self._selected()
        if name:
            self._run(lambda: users.unlock(self.ctx.store, name))

    def toggle_active(self) -> None:
        name = self._selected()
        if name:
            active = next(u.active for u in self.rows if u.name == name)
            self._run(lambda: users.set_active(self.ctx.store, name, not active))

    def change_own_password(self) -> None:
        current, ok = QInputDialog.getText(self, self.tr("Change my password"), self.tr("Current password:"),
                                           QLineEdit.EchoMode.Password)
        if not ok:
            return
        new, ok = QInputDialog.getText(self, self.tr("Change my password"), self.tr("New password:"),
                                       QLineEdit.EchoMode.Password)
        if ok:
            self._run(lambda: users.change_own_password(self.ctx.store, current, new))

    def store_settings(self) -> None:
        values = {name: field.value() for name, field in self.settings_fields.items()}
        self._run(lambda: users.set_security_settings(self.ctx.store, users.SecuritySettings(**values)))


class UserDialog(QDialog):
    """A new account (name, full name, role, centre, password) or, with *name*, a change of role."""

    def __init__(self, parent: QWidget | None = None, *, name: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the role of %1").replace("%1", name) if name else self.tr("Add a user"))
        self.name = QLineEdit(name or "", self)
        self.name.setReadOnly(bool(name))
        self.full_name = QLineEdit(self)
        self.role = QComboBox(self)
        for role in Role:
            self.role.addItem(role.label.translated(translate), role.value)
        self.centre = QLineEdit(self)
        self.centre.setPlaceholderText(self.tr("only for a polling clerk, e.g. MA01-C01"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.addRow(self.tr("&User name:"), self.name)
        if not name:
            form.addRow(self.tr("&Full name:"), self.full_name)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("Polling &centre:"), self.centre)
        if not name:
            form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, Role, str, str]:
        return (self.name.text().strip(), self.full_name.text().strip(), Role(self.role.currentData()),
                self.centre.text().strip(), self.password.text())


class PackagesTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        result_package.install()  # result packages are read and counted by the results area
        intro = QLabel(self.tr("Packages carry the election from the main committee to the wilayats and "
                               "stations, and results back, on USB sticks. Each is signed by its committee and "
                               "checked completely before anything is imported."), self)
        intro.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("&Check or import a package folder…"), self)
        self.open_folder.setObjectName("open_package")
        self.open_folder.clicked.connect(self.choose_package)
        self.open_zip = QPushButton(self.tr("Check or import a package &zip…"), self)
        self.open_zip.clicked.connect(lambda: self.choose_package(zipped=True))
        self.export = QPushButton(self.tr("&Write the election package…"), self)
        self.export.setObjectName("export_election_package")
        self.export.clicked.connect(self.export_election)
        self.keys = item_table(self, "committee_keys", [self.tr("Committee"), self.tr("Signatures needed"),
                                                    self.tr("Member"), self.tr("Key fingerprint")])
        row = QHBoxLayout()
        for button in (self.open_folder, self.open_zip, self.export):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Packages") + "</h2>", self))
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Committees and their members' keys:"), self))
        layout.addWidget(self.keys, 1)

    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        rows = []
        for c in committees.list_committees(self.ctx.store):
            for m in c.members:
                state = f"  ({self.tr('revoked')})" if m.revoked_at else ""
                rows.append([f"{c.code} — {c.name}", f"{fmt_int(c.quorum)} / {fmt_int(c.active_members)}", m.name,
                             ltr(short_fingerprint(m.fingerprint)) + state])
        fill_table(self.keys, rows)
        self.export.setEnabled(_may(self.ctx, Permission.PACKAGE_EXPORT))

    def choose_package(self, zipped: bool = False) -> None:
        if zipped:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Package"), "", self.tr("Packages (*.zip)"))
        else:
            path = QFileDialog.getExistingDirectory(self, self.tr("Package folder"))
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> QDialog:
        report = packages.verify_package(self.ctx.store, path)
        dialog = PackageDialog(self.ctx, report, self)
        dialog.open()
        return dialog

    def export_election(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to write the election package"))
        if not folder:
            return
        try:
            main = committees.get_committee(self.ctx.store, committees.MAIN_COMMITTEE)
        except Exception as error:
            show_error(self, error)
            return
        credentials = ask_signers(self, main)
        if credentials is None:
            return
        store = self.ctx.store
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = Path(folder) / f"election-package-{stamp}"
        self.ctx.tasks.run(lambda: _election_package_work(store, target, credentials),
                           title=self.tr("Writing the election package"),
                           writes=True, parent_widget=self, on_error=lambda error: show_error(self, error),
                           on_done=self._election_package_written)

    def _election_package_written(self, written) -> None:
        package, fingerprint = written
        inform(self, self.tr("Packages"),
               self.tr("The package was written completely to %1; the stick can be removed safely.")
               .replace("%1", ltr(str(package.path))) + "\n\n"
               + self.tr("The main committee's fingerprint, to give the receiving committees by another way "
                         "(printed or by telephone): %1").replace("%1", ltr(short_fingerprint(fingerprint or ""))))


def _election_package_work(store, target: Path, credentials):
    """The election package written off the UI thread (it carries the whole geography and roll)."""
    yield Progress(0, 0, "")
    package = packages.export_election_package(store, target, credentials)
    return package, packages.verify_package(None, package.path).committee_fingerprint


class BackupsTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.health = QLabel(self)
        self.health.setObjectName("file_health")
        self.health.setWordWrap(True)
        self.table = item_table(self, "backups_table", [self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("File")])
        self.create = QPushButton(self.tr("&Back up now"), self)
        self.create.setObjectName("backup_now")
        self.create.clicked.connect(self.back_up)
        self.restore = QPushButton(self.tr("&Restore the chosen backup…"), self)
        self.restore.setObjectName("restore_chosen")
        self.restore.clicked.connect(self.restore_chosen)
        row = QHBoxLayout()
        row.addWidget(self.create)
        row.addWidget(self.restore)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Backups") + "</h2>", self))
        layout.addWidget(self.health)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None or store.path is None:
            self.health.setText(self.tr("Backups are made of election files; a server database is backed up by "
                                        "its administrator."))
            return
        health = backup.check_file(store.path)
        self.health.setText((self.tr("The election file passes its integrity check.") if health.ok else
                             self.tr("The election file FAILS its integrity check: %1").replace("%1", health.detail))
                            + "  " + ltr(str(store.path)))
        self.rows = backup.list_backups(store.path)
        timezone = self.ctx.election.definition.timezone if self.ctx.election else "Asia/Muscat"
        fill_table(self.table, [[fmt_datetime(b.created_at, timezone), backup.reason_label(b.reason, translate),
                            self.tr("%1 KB").replace("%1", fmt_int(b.size // 1024)), ltr(b.name)] for b in self.rows])
        self.create.setEnabled(_may(self.ctx, Permission.BACKUP_CREATE))
        self.restore.setEnabled(_may(self.ctx, Permission.BACKUP_RESTORE) and bool(self.rows))

    def back_up(self) -> None:
        try:
            backup.create_backup(self.ctx.store)
        except Exception as error:
            show_error(self, error)
        self.refresh()

    def restore_chosen(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        chosen = self.rows[row]
        path = self.ctx.store.path
        if not confirm(self, self.tr("Restore a backup"),
                       self.tr("Replace the election by its backup of %1? The current file is kept as a backup "
                               "first, and you sign in again afterwards.").replace("%1", fmt_datetime(chosen.created_at))):
            return
        try:
            backup.restore_backup(path, chosen.name, store=self.ctx.store)
        except Exception as error:
            show_error(self, error)
            return
        window = self.window()
        self.ctx.set_store(None)
        if hasattr(window, "open_location"):
            window.open_location(str(path))
