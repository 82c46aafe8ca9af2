"""The main window: one navigation list of areas, one page per area, the election in the title.

Switching the language rebuilds the window's widgets (menus, navigation and pages) under the new
translators: simpler and more reliable than retranslating every label in place, and the state that
matters (the open store, the current area) lives outside the widgets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from electadmin.i18n import Language, install_language, translate

log = logging.getLogger(__name__)
from electadmin.services import backup
from electadmin.services.demo import create_demo
from electadmin.services.store import FILE_SUFFIX, Store
from electadmin.services.users import security_settings
from electadmin.ui.areas import AREAS
from electadmin.ui.context import UiContext
from electadmin.ui.election.new_dialog import NewElectionDialog
from electadmin.ui.formatting import Digits, ltr, set_digits
from electadmin.ui.login.dialogs import SignInDialog, authenticate
from electadmin.ui.login.idle import IdleLock
from electadmin.ui.login.recovery import offer_recovery
from electadmin.ui.messages import show_error
from electadmin.ui.placeholder import NotBuiltPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main_window")
        self.resize(1200, 780)
        self.pages: dict[str, QWidget] = {}
        self.current_area = AREAS[0].key
        self.status = QLabel(self)
        self.status.setObjectName("election_status")
        self.statusBar().addPermanentWidget(self.status, 1)
        ctx.store_changed.connect(self._on_store_changed)
        ctx.election_changed.connect(self._update_title)
        ctx.language_requested.connect(lambda value: self.set_language(Language(value)))
        ctx.digits_requested.connect(lambda value: self.set_digits(Digits(value)))
        # trust: the idle lock and the timed backups of the open election
        self.idle = IdleLock(self)
        self.idle.idle.connect(self.lock)
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self._timed_backup)
        self._build()
        if ctx.store is not None:
            self._start_session()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        self.menuBar().clear()
        self._build_menus()
        central = QWidget(self)
        layout = QHBoxLayout(central)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(210)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self.pages.clear()
        for area in AREAS:
            item = QListWidgetItem(area.title.translated(translate), self.navigation)
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            page = area.page(self.ctx) if area.page and self.ctx.store else NotBuiltPage(area)
            if area.page is None:
                item.setForeground(Qt.GlobalColor.gray)
            page.setObjectName(f"page_{area.key}")
            self.pages[area.key] = page
            self.stack.addWidget(page)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.show_area(self.current_area)
        self._update_title()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New election…"), self.new_election, QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("&Open election…"), self.open_election, QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self._action(file_menu, self.tr("Create a &demo election…"), self.new_demo)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        view = self.menuBar().addMenu(self.tr("&View"))
        language_menu = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for language, label in ((Language.ARABIC, "العربية"), (Language.ENGLISH, "English")):
            action = self._action(language_menu, label, lambda _=False, l=language: self.set_language(l))
            action.setCheckable(True)
            action.setChecked(self.ctx.preferences.language is language)
            action.setObjectName(f"language_{language.value}")
            group.addAction(action)
        digits_menu = view.addMenu(self.tr("&Digits"))
        digit_group = QActionGroup(self)
        for digits, label in ((Digits.ARABIC_INDIC, self.tr("Arabic-Indic digits (١٢٣)")),
                              (Digits.WESTERN, self.tr("Western digits (123)"))):
            action = self._action(digits_menu, label, lambda _=False, d=digits: self.set_digits(d))
            action.setCheckable(True)
            action.setChecked(self.ctx.preferences.digits is digits)
            action.setObjectName(f"digits_{digits.value}")
            digit_group.addAction(action)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for location in self.ctx.preferences.recent_files:
            self._action(self.recent_menu, location, lambda _=False, loc=location: self.open_location(loc))
        self.recent_menu.setEnabled(bool(self.ctx.preferences.recent_files))

    # ------------------------------------------------------------ navigation

    def show_area(self, key: str) -> None:
        row = next(i for i, a in enumerate(AREAS) if a.key == key)
        self.navigation.setCurrentRow(row)
        self._show_row(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.current_area = AREAS[row].key
        page = self.pages[self.current_area]
        self.stack.setCurrentWidget(page)
        if hasattr(page, "refresh"):
            page.refresh()

    def _update_title(self) -> None:
        election = self.ctx.election
        app_name = self.tr("electadmin")
        if election is None:
            self.setWindowTitle(app_name)
            self.status.setText(self.tr("No election is open."))
            return
        d = election.definition
        name = d.name_ar if self.ctx.preferences.language is Language.ARABIC or not d.name_en else d.name_en
        demo = self.tr("DEMO") if d.is_demo else ""
        self.setWindowTitle(" — ".join(p for p in (name, demo, app_name) if p))
        parts = [name, self.tr("Phase: %1").replace("%1", d.phase.label.translated(translate)),
                 ltr(self.ctx.store.location)]
        actor = self.ctx.store.actor
        if actor is not None:
            parts.append(self.tr("Signed in: %1 (%2)").replace("%1", actor.name).replace(
                "%2", actor.role.label.translated(translate)))
        if d.is_demo:
            parts.insert(0, self.tr("DEMO election: generated data, no real persons"))
        self.status.setText("   |   ".join(parts))
        self.status.setStyleSheet("color: #8a1c1c; font-weight: bold;" if d.is_demo else "")

    # ------------------------------------------------------------ elections

    def _on_store_changed(self) -> None:
        if self.ctx.store is not None:
            self.ctx.preferences.add_recent(self.ctx.store.location)
        self._build()

    def open_location(self, location: str) -> None:
        """Open an election: a damaged file is offered its latest good backup; then someone signs in."""
        path = Path(location) if "://" not in location else None
        if path is not None and path.exists() and not backup.check_file(path).ok and not offer_recovery(self, path):
            return
        try:
            store = Store.open(location)
        except Exception as error:  # shown to the user, never swallowed
            show_error(self, error)
            return
        log.info("election opened: %s", store.location)
        try:
            signed_in = authenticate(self, store)
        except Exception as error:
            show_error(self, error)
            signed_in = False
        if not signed_in:
            store.close()
            return
        self.ctx.set_store(store)
        self._start_session()

    # ------------------------------------------------------------ sessions: idle lock, timed backups

    def _start_session(self) -> None:
        settings = security_settings(self.ctx.store)
        self.idle.start(settings.idle_lock_minutes)
        self.backup_timer.start(settings.backup_interval_minutes * 60_000)

    def lock(self) -> None:
        """Hide the election and ask the signed-in user's password (or another user's) again."""
        store = self.ctx.store
        if store is None or store.actor is None:
            return
        before = store.actor
        self.centralWidget().hide()
        dialog = SignInDialog(store, self, locked_user=before.name)
        self.lock_dialog = dialog
        while not dialog.exec():
            pass  # the lock has no way out but signing in
        self.lock_dialog = None
        self.centralWidget().show()
        if store.actor != before:
            self._build()
        self._update_title()
        self._start_session()

    def _timed_backup(self) -> None:
        store = self.ctx.store
        if store is not None and store.path is not None:
            self.ctx.tasks.run(lambda: backup.backup_work(store, "timer"), title=self.tr("Backing up the election"),
                               on_done=lambda _info: None, writes=False, parent_widget=self)

    def open_election(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open election"), "", self.tr("Election files (*%1)").replace("%1", FILE_SUFFIX))
        if path:
            self.open_location(path)

    def new_election(self) -> None:
        dialog = NewElectionDialog(self.ctx, self)
        if dialog.exec() and dialog.store is not None:
            self.ctx.set_store(dialog.store)

    def open_or_create_demo(self, path: Path) -> None:
        """Open the demo election at *path*, generating it first (with progress) when it is missing."""
        if path.exists():
            self.open_location(str(path))
            return
        self.ctx.tasks.run(lambda: create_demo(path), title=self.tr("Creating the demo election"),
                           on_done=lambda _info: self.open_location(str(path)), parent_widget=self)

    def new_demo(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Create a demo election"), f"demo{FILE_SUFFIX}",
            self.tr("Election files (*%1)").replace("%1", FILE_SUFFIX))
        if not path:
            return
        if not path.endswith(FILE_SUFFIX):
            path += FILE_SUFFIX
        if Path(path).exists():
            show_error(self, FileExistsError(path))
            return
        self.open_or_create_demo(Path(path))

    # ------------------------------------------------------------ preferences

    def set_language(self, language: Language) -> None:
        if language is self.ctx.preferences.language:
            return
        self.ctx.preferences.language = language
        install_language(QApplication.instance(), language)
        set_digits(self.ctx.preferences.digits)  # the new language's digits, unless the user chose
        self._build()

    def set_digits(self, digits: Digits) -> None:
        self.ctx.preferences.digits = digits
        set_digits(digits)
        self._build()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.ctx.tasks.shutdown(10_000)
        self.ctx.preferences.sync()
        if self.ctx.store is not None:
            try:
                backup.backup_now(self.ctx.store, "close")
            except Exception:  # a failed backup must not keep the window open; it is logged
                log.exception("backup on close failed")
            self.ctx.store.close()
        super().closeEvent(event)


