"""How the interface tells the user something: an error, a question, a piece of information.

Services raise :class:`ElectadminError` with a code and never build text; this module is the one place
that turns any exception into a sentence in the user's language. An unexpected exception (a bug, a
full disk) gets a generic sentence naming its type, and its traceback goes behind "Show details" so a
support request can carry it without frightening the user.

Every box follows the layout direction the user sees (right to left in Arabic) and shows text as plain
text: messages carry users' values (names, paths) that must never be read as markup.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from electadmin.domain.errors import ElectadminError, ErrorCode, describe
from electadmin.ui.formatting import fmt_int

__all__ = ["confirm", "error_box", "error_text", "inform", "show_error", "technical_details"]


def error_text(exc: BaseException) -> str:
    """The sentence that tells the user what went wrong, in the current language."""
    if isinstance(exc, ElectadminError):
        return describe(exc, QCoreApplication.translate, fmt_int)
    text = QCoreApplication.translate(
        "Messages",
        "An unexpected error occurred ({kind}). The technical details can help whoever supports "
        "this program.")
    kind = _type_name(exc)
    try:
        return text.format(kind=kind)
    except (KeyError, IndexError, ValueError):
        # A translation that mangles the placeholder must not hide the error.
        return f"{text} ({kind})"


def technical_details(exc: BaseException) -> str:
    """The traceback of *exc* as text (what "Show details" offers and a support request needs)."""
    return "".join(traceback.format_exception(exc)).rstrip()


def error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """A message box describing *exc*, ready to be shown (split from :func:`show_error` for tests)."""
    box = _box(parent)
    box.setText(error_text(exc))
    if isinstance(exc, ElectadminError):
        if exc.code == ErrorCode.TASK_CANCELLED:
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(QCoreApplication.translate("Messages", "Cancelled"))
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("Messages", "Cannot continue"))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Messages", "Unexpected error"))
        box.setDetailedText(technical_details(exc))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the user about *exc* in a modal box and wait until they close it."""
    _exec(error_box(parent, exc))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True only for an explicit Yes (Enter and Escape answer No)."""
    box = _box(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    # Elections are not undone lightly: a stray Enter must not confirm.
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    clicked = _exec(box)
    return clicked == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something that needs no decision."""
    box = _box(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    _exec(box)


def _box(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    direction = parent.layoutDirection() if parent is not None else QGuiApplication.layoutDirection()
    box.setLayoutDirection(direction)
    return box


def _exec(box: QMessageBox) -> QMessageBox.StandardButton:
    """Run *box* modally, then free it (a box parented to a window would otherwise live as long)."""
    box.exec()
    clicked = box.clickedButton()
    answer = box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.NoButton
    box.deleteLater()
    return answer


def _type_name(exc: BaseException) -> str:
    kind = type(exc)
    if kind.__module__ == "builtins":
        return kind.__qualname__
    return f"{kind.__module__}.{kind.__qualname__}"
