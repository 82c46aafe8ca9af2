"""Fixtures for the interface tests (pytest-qt, run with QT_QPA_PLATFORM=offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWidget

from electadmin.ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot) -> QWidget:
    """A shown top-level window to parent dialogs to (the main window's stand-in)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def runner(window: QWidget) -> Iterator[TaskRunner]:
    """A task runner owned by *window*, shut down (every task stopped) after the test."""
    task_runner = TaskRunner(window)
    yield task_runner
    assert task_runner.shutdown(10_000), "a task did not stop within 10 s of shutdown"


@pytest.fixture(scope="session", autouse=True)
def _application_setup(qapp):
    """The shipped fonts, as the application itself loads them."""
    from electadmin.app import load_fonts

    load_fonts()


@pytest.fixture(autouse=True)
def _digits_restored():
    """The display digits are process-wide: a test that changes them must not change the next test."""
    from electadmin.ui.formatting import digits, set_digits

    before = digits()
    yield
    set_digits(before)


@pytest.fixture
def preferences(tmp_path):
    from PySide6.QtCore import QSettings

    from electadmin.ui.preferences import Preferences

    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def arabic(qapp):
    """The interface in Arabic, right to left (restored to English afterwards)."""
    from electadmin.i18n import Language, install_language

    install_language(qapp, Language.ARABIC)
    yield
    install_language(qapp, Language.ENGLISH)


@pytest.fixture
def ui_store(tmp_path):
    """A non-demo election with Oman's reference geography, on SQLite."""
    from electadmin.services.election import create_election
    from electadmin.services.reference import load_reference_geography
    from electadmin.services.store import Store
    from tests.conftest import TESTER, sample_definition

    store = Store.open(tmp_path / "ui.electadmin", create=True, actor=TESTER)
    create_election(store, sample_definition())
    load_reference_geography(store)
    yield store
    store.close()


@pytest.fixture
def ctx(qtbot, preferences, window, ui_store):
    from electadmin.ui.context import UiContext

    context = UiContext(preferences, TaskRunner(window))
    context.set_store(ui_store)
    yield context
    assert context.tasks.shutdown(10_000)


def type_text(widget, text: str) -> None:
    """Type *text* into *widget* as key events (QTest.keyClicks only knows ASCII, not ٤ or ع)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


@dataclass
class Boxes:
    """What a page and its dialogs would have shown in message boxes (they are modal: a test replaces them)."""

    answer: bool = True
    questions: list[str] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)

    def codes(self) -> list:
        return [getattr(error, "code", None) for error in self.errors]


def record_boxes(monkeypatch, page_module, *dialog_modules) -> Boxes:
    """Replace the boxes *page_module* (confirm, show_error, inform) and *dialog_modules* (show_error) show."""
    recorded = Boxes()

    def confirm(_parent, _title, text):
        recorded.questions.append(text)
        return recorded.answer

    monkeypatch.setattr(page_module, "confirm", confirm)
    monkeypatch.setattr(page_module, "inform", lambda _parent, _title, text: recorded.informed.append(text))
    for module in (page_module, *dialog_modules):
        monkeypatch.setattr(module, "show_error", lambda _parent, error: recorded.errors.append(error))
    return recorded


def button(page, name: str):
    """The push button named *name* on *page* (its object name)."""
    from PySide6.QtWidgets import QPushButton

    found = page.findChild(QPushButton, name)
    assert found is not None, name
    return found


def open_dialog(page, kind):
    """The one dialog of *kind* that *page* shows now."""
    shown = [d for d in page.findChildren(kind) if d.isVisible()]
    assert len(shown) == 1, f"{len(shown)} {kind.__name__} open"
    return shown[0]


def ok(dialog) -> None:
    """Click the dialog's OK, as the user would."""
    from PySide6.QtWidgets import QDialogButtonBox

    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
