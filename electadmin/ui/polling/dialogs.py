"""The check-in desk's two dialogs: finding a voter by name, and undoing a check-in.

Both work from the keyboard alone: typing, the arrow keys, Enter to act and Escape to leave. Errors
are shown inside the dialog, large, instead of in a message box that would need a click.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.errors import ElectadminError
from electadmin.services.polling import DeskVoter, UndoResult, find_by_name, undo_check_in
from electadmin.services.store import Store
from electadmin.ui.formatting import ltr
from electadmin.ui.messages import error_text

__all__ = ["FindVoterDialog", "UndoDialog"]


def _large(widget: QWidget, points: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


class FindVoterDialog(QDialog):
    """Type part of a name (any common spelling); Down/Up choose, Enter takes the voter to the desk.

    The search is :func:`electadmin.services.polling.find_by_name`: the roll's search over the
    station's centre.
    """

    def __init__(self, store: Store, centre_code: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find a voter by name"))
        self.store = store
        self.centre_code = centre_code
        self.chosen: DeskVoter | None = None
        layout = QVBoxLayout(self)
        self.query = QLineEdit(self)
        self.query.setObjectName("name_query")
        self.query.setPlaceholderText(self.tr("Part of the name, e.g. احمد الكمزاري"))
        _large(self.query, 16)
        self.results = QListWidget(self)
        self.results.setObjectName("name_results")
        _large(self.results, 14)
        self.status = QLabel(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.query.textChanged.connect(self._search)
        self.query.returnPressed.connect(self._take)
        self.results.itemActivated.connect(lambda _item: self._take())
        self.query.installEventFilter(self)
        self.resize(640, 420)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        """Down and Up in the query field move through the results without leaving it."""
        if watched is self.query and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.count():
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def _search(self, text: str) -> None:
        self.results.clear()
        found = find_by_name(self.store, text, self.centre_code)
        for voter in found:
            item = QListWidgetItem(f"{voter.name}    {ltr(voter.civil_number)}")
            item.setData(Qt.ItemDataRole.UserRole, voter)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        if found.more:
            self.status.setText(self.tr("More voters match than are shown: type more of the name."))
        else:
            self.status.setText(self.tr("No voter found.") if len(text.strip()) >= 2 and not found else "")

    def _take(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()


class UndoDialog(QDialog):
    """Undo a voter's check-in: the civil number and the reason (required); Enter undoes it.

    Who may undo is decided by the service (:func:`electadmin.services.polling.authorise`, where the
    trust work's supervisor role plugs in); a refusal is shown here, large.
    """

    def __init__(self, store: Store, civil_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Undo a check-in"))
        self.store = store
        self.result_: UndoResult | None = None
        form = QFormLayout()
        self.civil = QLineEdit(civil_number, self)
        self.civil.setObjectName("undo_civil")
        self.civil.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("undo_reason")
        self.reason.setPlaceholderText(self.tr("Why the check-in was made in error"))
        for field in (self.civil, self.reason):
            _large(field, 14)
        form.addRow(self.tr("Civil number"), self.civil)
        form.addRow(self.tr("Reason"), self.reason)
        self.message = QLabel(self)
        self.message.setObjectName("undo_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        _large(self.message, 14, bold=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Undo the check-in"))
        buttons.accepted.connect(self._undo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.civil.returnPressed.connect(self.reason.setFocus)
        self.reason.returnPressed.connect(self._undo)
        (self.reason if civil_number else self.civil).setFocus()
        self.resize(560, 220)

    def _undo(self) -> None:
        try:
            self.result_ = undo_check_in(self.store, self.civil.text(), self.reason.text())
        except ElectadminError as error:
            self.message.setText(error_text(error))
            return
        self.accept()
