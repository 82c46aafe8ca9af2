"""Guards the PySide6 pin: a table model's data() returning None must not eat None's references.

PySide6 6.12.0 on Python 3.11 drops one reference to None each time a Python ``data()`` hands None
back to Qt, and a few repaints later the process aborts ("none_dealloc"); see MEASURED.md. The
project pins PySide6 < 6.12 on Python < 3.12. This test drives thousands of such calls through C++
and checks that None's count holds (on Python 3.12+ None is immortal and the check is moot).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

ROWS, COLUMNS = 40, 6
CALLS = 5_000
Index = QModelIndex | QPersistentModelIndex


class _MostlyNone(QAbstractTableModel):
    """Text for DisplayRole, None for every other role and for headers, as real models do."""

    def __init__(self) -> None:
        super().__init__()
        self.data_calls = 0
        self.none_returned = 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        self.data_calls += 1
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row()}:{index.column()}"
        self.none_returned += 1
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        return None


def test_data_returning_none_through_qt_keeps_nones_refcount(qtbot):
    model = _MostlyNone()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(640, 480)
    view.show()
    view.grab()  # the first paint builds caches; count from a steady state

    before = sys.getrefcount(None)
    model.data_calls = model.none_returned = 0
    while model.none_returned < CALLS:
        view.grab()  # a full repaint: data() for every visible cell and many roles, from C++
    index = model.index(3, 2)
    for _ in range(CALLS):
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None  # Python -> C++ -> data() -> back
    after = sys.getrefcount(None)

    assert model.none_returned >= 2 * CALLS
    # A leak of one reference per call would show as a drop of thousands; normal churn is tiny.
    assert before - after < CALLS // 10, f"None lost {before - after} references"
