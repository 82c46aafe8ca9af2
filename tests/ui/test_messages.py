"""How errors, questions and information reach the user."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from electadmin.domain.errors import ElectadminError, ErrorCode, describe, template
from electadmin.ui.messages import (
    confirm,
    error_box,
    error_text,
    inform,
    show_error,
    technical_details,
)

WAIT = 10_000


class _Arabic(QTranslator):
    """Translates the one template these tests use, and nothing else."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if (context, source) == ("Errors", str(template(ErrorCode.FILE_EMPTY))):
            return "الملف {path} لا يحوي صفوفًا."
        return None


@pytest.fixture
def file_empty_in_arabic() -> Iterator[None]:
    translator = _Arabic()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def right_to_left(qapp) -> Iterator[None]:
    before = QGuiApplication.layoutDirection()
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QGuiApplication.setLayoutDirection(before)


def _raised(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:
        return caught


# --- the sentence -------------------------------------------------------------------------------

def test_an_electadmin_error_reads_as_its_template(qapp):
    error = ElectadminError(ErrorCode.FILE_EMPTY, path="roll.csv")
    assert error_text(error) == describe(error) == "The file roll.csv has no rows."


def test_an_electadmin_error_is_translated(qapp, file_empty_in_arabic):
    assert error_text(ElectadminError(ErrorCode.FILE_EMPTY, path="roll.csv")) == \
        "الملف roll.csv لا يحوي صفوفًا."


def test_an_unexpected_error_gets_a_generic_sentence_naming_its_type(qapp):
    text = error_text(ValueError("a detail for developers"))
    assert "ValueError" in text and "a detail for developers" not in text

    class LocalFailure(Exception):
        pass

    assert f"{__name__}." in error_text(LocalFailure())


# --- the boxes ----------------------------------------------------------------------------------

def test_the_box_of_an_electadmin_error_has_no_technical_details(qtbot):
    box = error_box(None, ElectadminError(ErrorCode.STORE_BUSY))
    qtbot.addWidget(box)
    assert box.text() == describe(ElectadminError(ErrorCode.STORE_BUSY))
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.detailedText() == ""
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_the_box_of_a_cancel_is_information(qtbot):
    box = error_box(None, ElectadminError(ErrorCode.TASK_CANCELLED))
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == "Cancelled; nothing was changed."


def test_the_box_of_an_unexpected_error_offers_its_traceback(qtbot):
    error = _raised(KeyError("voter"))
    box = error_box(None, error)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "KeyError" in box.text()
    assert box.detailedText() == technical_details(error)
    assert "Traceback" in box.detailedText() and "_raised" in box.detailedText()


def test_boxes_follow_the_layout_direction(qtbot, right_to_left):
    box = error_box(None, ValueError())
    qtbot.addWidget(box)
    assert box.layoutDirection() == Qt.LayoutDirection.RightToLeft

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    child_box = error_box(parent, ValueError())
    assert child_box.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_user_values_are_never_read_as_markup(qtbot):
    box = error_box(None, ElectadminError(ErrorCode.FILE_EMPTY, path="<b>roll</b>.csv"))
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>roll</b>.csv" in box.text()


# --- the modal calls ----------------------------------------------------------------------------

# The offscreen platform warns whenever a message box fixes its size; a real platform does not.
offscreen_box = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

def answer_next_box(action: Callable[[QMessageBox], None]) -> list[QMessageBox]:
    """Act on the next modal message box as soon as it is open (it runs its own event loop)."""
    seen: list[QMessageBox] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box)
            action(box)
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    return seen


def details_of(box: QMessageBox) -> dict[str, object]:
    return {"text": box.text(), "title": box.windowTitle(), "icon": box.icon(),
            "direction": box.layoutDirection()}


def press(button: QMessageBox.StandardButton) -> Callable[[QMessageBox], None]:
    return lambda box: box.button(button).click()


@offscreen_box
@pytest.mark.parametrize(("answer", "expected"), [
    (press(QMessageBox.StandardButton.Yes), True),
    (press(QMessageBox.StandardButton.No), False),
    (lambda box: QTest.keyClick(box, Qt.Key.Key_Escape), False),
    (lambda box: QTest.keyClick(box, Qt.Key.Key_Return), False),  # the default is No
])
def test_confirm_is_true_only_for_yes(qtbot, window, right_to_left, answer, expected):
    seen: list[dict[str, object]] = []
    answer_next_box(lambda box: (seen.append(details_of(box)), answer(box)))
    assert confirm(window, "Delete centre", "Delete the centre 0101?") is expected
    assert seen == [{"text": "Delete the centre 0101?", "title": "Delete centre",
                     "icon": QMessageBox.Icon.Question, "direction": Qt.LayoutDirection.RightToLeft}]


@offscreen_box
def test_inform_shows_its_text_and_returns_when_closed(qtbot, window):
    seen: list[dict[str, object]] = []
    answer_next_box(lambda box: (seen.append(details_of(box)),
                                        press(QMessageBox.StandardButton.Ok)(box)))
    inform(window, "Import", "12 voters were imported.")
    assert [(s["title"], s["text"], s["icon"]) for s in seen] == \
        [("Import", "12 voters were imported.", QMessageBox.Icon.Information)]


@offscreen_box
def test_show_error_shows_the_error_and_returns_when_closed(qtbot, window):
    seen: list[dict[str, object]] = []
    answer_next_box(lambda box: (seen.append(details_of(box)),
                                        press(QMessageBox.StandardButton.Ok)(box)))
    show_error(window, ElectadminError(ErrorCode.STORE_BUSY))
    assert [s["text"] for s in seen] == [describe(ElectadminError(ErrorCode.STORE_BUSY))]
