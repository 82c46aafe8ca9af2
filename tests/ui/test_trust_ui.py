"""Signing in, the lock, the users page, the package import confirmation and backups, driven as a user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget

from electadmin.domain.roles import Role
from electadmin.services import audit, backup, committees, packages, users
from electadmin.services.store import Store
from electadmin.ui.login.dialogs import FirstAdministratorDialog, SignInDialog
from tests.conftest import sample_definition
from tests.ui.conftest import type_text

PASSWORD = "correct-horse-staple-9"


@pytest.fixture
def accounts(tmp_path):
    """An election file with an administrator, nobody signed in."""
    from electadmin.services.election import create_election

    store = Store.open(tmp_path / "a.electadmin", create=True)
    users.create_first_administrator(store, "root.admin", PASSWORD)
    create_election(store, sample_definition())
    users.sign_out(store)
    yield store
    store.close()


def test_sign_in_shows_a_refusal_in_the_dialog_then_signs_in(qtbot, accounts):
    dialog = SignInDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.user, "root.admin")
    type_text(dialog.password, "wrong-password-x")
    dialog.findChild(QPushButton, "sign_in").click()
    assert dialog.isVisible() and dialog.password.text() == ""
    assert "Wrong user name or password" in dialog.findChild(QLabel, "sign_in_error").text()
    assert accounts.actor is None
    type_text(dialog.password, PASSWORD)
    dialog.findChild(QPushButton, "sign_in").click()
    assert not dialog.isVisible() and accounts.actor.name == "root.admin"
    assert [e.event for e in audit.recent(accounts, 2)] == ["user.signed_in", "user.sign_in_failed"]


def test_the_first_administrator_dialog_makes_the_account(qtbot, tmp_path):
    store = Store.open(tmp_path / "n.electadmin", create=True)
    try:
        dialog = FirstAdministratorDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        fields = dialog.form_widgets
        type_text(fields.name, "root.admin")
        type_text(fields.password, "short")
        type_text(fields.again, "short")
        dialog.accept()
        assert "The password must have at least" in dialog.error.text() and not users.has_users(store)
        fields.password.setText(PASSWORD)
        fields.again.setText(PASSWORD)
        dialog.accept()
        assert store.actor.role is Role.ADMINISTRATOR and users.has_users(store)
    finally:
        store.close()


def test_the_demo_shows_its_accounts_and_one_click_signs_in(qtbot, tmp_path):
    from electadmin.domain.progress import run_to_end
    from electadmin.services.demo import DemoOptions, create_demo

    path = tmp_path / "demo.electadmin"
    run_to_end(create_demo(path, DemoOptions(voters=0)))
    store = Store.open(path)
    try:
        dialog = SignInDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        from electadmin.services.committees_demo import DEMO_SIGNING_PASSWORD

        assert dialog.findChild(QLabel, "demo_signing_password").text() == DEMO_SIGNING_PASSWORD
        dialog.findChild(QPushButton, "demo_observer").click()
        assert store.actor.role is Role.OBSERVER
    finally:
        store.close()


def test_the_window_locks_after_idle_and_unlocks_with_the_password(qtbot, ctx, ui_store):
    from electadmin.services.users import create_first_administrator
    from electadmin.ui.main_window import MainWindow

    ui_store.actor = None
    create_first_administrator(ui_store, "root.admin", PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def unlock():
        dialog = window.lock_dialog
        seen["hidden"] = not window.centralWidget().isVisible()
        seen["user"] = dialog.user.text()
        dialog.password.setText("wrong-password-x")
        dialog.accept()
        seen["error"] = dialog.error.text()
        dialog.password.setText(PASSWORD)
        dialog.accept()

    QTimer.singleShot(100, unlock)
    window.idle.idle.emit()
    assert seen == {"hidden": True, "user": "root.admin", "error": seen["error"]} and seen["error"]
    assert window.centralWidget().isVisible()
    assert "root.admin" in window.status.text()


def test_the_users_page_adds_a_user_and_lists_roles(qtbot, ctx, ui_store):
    from electadmin.ui.users.page import TrustPage

    page = TrustPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.setCurrentWidget(page.users)
    users.add_user(ui_store, "sec1", Role.SECRETARY, PASSWORD, full_name="Aisha Al-Balushi")
    page.users.refresh()
    table = page.findChild(QTableWidget, "users_table")
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == ["sec1"]
    assert table.item(0, 2).text() == "Committee secretary"
    assert page.users.manage_buttons[0].isEnabled()
    from electadmin.domain.roles import Actor

    ui_store.actor = Actor("obs", Role.OBSERVER)
    page.users.refresh()
    assert not page.users.manage_buttons[0].isEnabled()


@pytest.fixture
def election_package(ui_store, tmp_path) -> Path:
    committees.create_committee(ui_store, "MAIN", "اللجنة الرئيسية", "main", 1)
    committees.enrol_member(ui_store, "MAIN", "m1", "main-member-one-pw")
    return packages.export_election_package(ui_store, tmp_path / "pkg", [("m1", "main-member-one-pw")]).path


def test_the_package_dialog_shows_the_fingerprint_and_imports_only_when_it_is_typed(qtbot, ctx, ui_store,
                                                                                     election_package, tmp_path):
    from electadmin.integrity.signing import short_fingerprint
    from electadmin.ui.package_dialog import PackageDialog

    station = Store.open(tmp_path / "station.electadmin", create=True)
    users.create_first_administrator(station, "root.admin", PASSWORD)
    ctx.set_store(station)
    report = packages.verify_package(station, election_package)
    dialog = PackageDialog(ctx, report)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.findChild(QLabel, "package_fingerprint").text()
    assert short_fingerprint(report.committee_fingerprint) in shown
    field = dialog.findChild(QLineEdit, "confirmed_fingerprint")
    type_text(field, "0000 0000 0000 0000")
    from unittest import mock  # a wrong fingerprint is refused (in a message box) and nothing is imported

    with mock.patch("electadmin.ui.package_dialog.show_error") as shown_error:
        dialog.accept()
    assert shown_error.called and dialog.isVisible()
    assert ctx.election is None
    field.setText(short_fingerprint(report.committee_fingerprint))
    dialog.accept()
    assert not dialog.isVisible() and ctx.election is not None
    assert ctx.election.definition.name_ar == sample_definition().name_ar


def test_the_backups_tab_lists_and_makes_backups(qtbot, ctx, ui_store):
    from electadmin.ui.users.page import TrustPage

    backup.backup_now(ui_store, "timer")
    page = TrustPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.setCurrentWidget(page.backups)
    page.backups.refresh()
    assert "passes its integrity check" in page.findChild(QLabel, "file_health").text()
    page.findChild(QPushButton, "backup_now").click()
    table = page.findChild(QTableWidget, "backups_table")
    assert table.rowCount() == 2
    assert {table.item(r, 1).text() for r in range(2)} == {"automatic", "asked for"}


def test_the_packages_tab_writes_the_election_package_off_the_ui_thread(qtbot, ctx, ui_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from electadmin.integrity.signing import short_fingerprint
    from electadmin.interchange import package as fmt
    from electadmin.ui.users import page as page_module
    from electadmin.ui.users.page import TrustPage

    committees.create_committee(ui_store, "MAIN", "اللجنة الرئيسية", "main", 1)
    committees.enrol_member(ui_store, "MAIN", "m1", "main-member-one-pw")
    stick = tmp_path / "stick"
    stick.mkdir()
    informed = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kw: str(stick)))
    monkeypatch.setattr("electadmin.ui.signers.QInputDialog.getText", lambda *args: ("main-member-one-pw", True))
    monkeypatch.setattr(page_module, "inform", lambda _p, _t, text: informed.append(text))
    page = TrustPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.setCurrentWidget(page.packages)
    qtbot.mouseClick(page.findChild(QPushButton, "export_election_package"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(informed), timeout=30_000)
    [written] = list(stick.iterdir())
    assert fmt.read_package(written).kind == packages.ELECTION
    assert "removed safely" in informed[0] and written.name in informed[0]
    fingerprint = packages.verify_package(None, written).committee_fingerprint
    assert short_fingerprint(fingerprint) in informed[0]  # to send the receivers by another way
