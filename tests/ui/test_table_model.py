"""The read-only table over DTOs: headers, display, alignment, unhandled roles, digits, sorting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTableView

from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.ui import table_model
from electadmin.ui.formatting import Digits, digits, set_digits
from electadmin.ui.table_model import LRI, PDI, ROW_ROLE, ColumnKind, DtoTableModel, TableColumn

ALIGN = Qt.AlignmentFlag
VCENTER = ALIGN.AlignVCenter


@dataclass(frozen=True, slots=True)
class Place:
    code: str
    name: str
    voters: int
    kind: object = None
    aliases: tuple[str, ...] = ()


COLUMNS = (
    TableColumn(QT_TRANSLATE_NOOP("Test", "Code"), lambda p: p.code, ColumnKind.CODE),
    TableColumn(QT_TRANSLATE_NOOP("Test", "Name"), lambda p: p.name, tooltip=True),
    TableColumn(QT_TRANSLATE_NOOP("Test", "Voters"), lambda p: p.voters, ColumnKind.NUMBER),
    TableColumn(QT_TRANSLATE_NOOP("Test", "Kind"), lambda p: p.kind),
    TableColumn(QT_TRANSLATE_NOOP("Test", "Also"), lambda p: p.aliases, align=ALIGN.AlignCenter),
)
PLACES = (
    Place("MA01", "مسقط", 12_450, QT_TRANSLATE_NOOP("Terms", "Joint"), ("Muscat",)),
    Place("DA02", "بهلا", 987, None, ("بهلاء", "Bahla")),
    Place("A-", "", 3),
)


@pytest.fixture(autouse=True)
def western_digits() -> Iterator[None]:
    before = digits()
    set_digits(Digits.WESTERN)
    yield
    set_digits(before)


@pytest.fixture
def model(qtbot) -> DtoTableModel[Place]:
    built: DtoTableModel[Place] = DtoTableModel(COLUMNS)
    built.set_rows(PLACES)
    return built


def cell(model: QStandardItemModel, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column).data(role)


def test_passes_qts_model_checks(qtmodeltester, model):
    qtmodeltester.check(model, force_py=True)


def test_headers_are_the_columns_terms_translated(model, monkeypatch):
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Code", "Name", "Voters", "Kind", "Also"]
    monkeypatch.setattr(table_model, "translate", lambda context, text: f"{context}:{text}")
    model.redisplay()
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Test:Voters"
    assert cell(model, 0, 3) == "Terms:Joint"  # terms in cells too
    assert cell(model, 0, 1) == "مسقط"  # a plain string (a user's value) is never translated


def test_cells_show_values_as_the_user_reads_them(model):
    assert model.rowCount() == 3
    assert model.columnCount() == 5
    assert cell(model, 0, 0) == f"{LRI}MA01{PDI}"  # a code reads left to right in an RTL table
    assert cell(model, 2, 0) == f"{LRI}A-{PDI}"
    assert cell(model, 0, 2) == "12,450"
    assert cell(model, 1, 4) == "بهلاء، Bahla"
    assert cell(model, 2, 1) == "—"  # empty text, None and empty lists show a dash
    assert cell(model, 1, 3) == "—"
    assert cell(model, 2, 4) == "—"
    assert cell(model, 1, 1, Qt.ItemDataRole.ToolTipRole) == "بهلا"
    assert cell(model, 2, 1, Qt.ItemDataRole.ToolTipRole) is None  # nothing to show on hover


def test_alignment_follows_the_kind_unless_declared(model):
    def alignment(column: int) -> ALIGN:
        return ALIGN(cell(model, 0, column, Qt.ItemDataRole.TextAlignmentRole))

    assert alignment(0) == ALIGN.AlignLeading | VCENTER
    assert alignment(1) == ALIGN.AlignLeading | VCENTER
    # units under units in both directions: digits are written left to right in both scripts
    assert alignment(2) == ALIGN.AlignRight | ALIGN.AlignAbsolute | VCENTER
    assert alignment(4) == ALIGN.AlignCenter


@pytest.mark.parametrize("role", [
    Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.SizeHintRole,
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.UserRole + 77,
])
def test_unhandled_roles_are_invalid_for_every_cell_and_header(model, role):
    assert all(cell(model, r, c, role) is None for r in range(3) for c in range(5))
    assert model.headerData(0, Qt.Orientation.Horizontal, role) is None
    assert model.headerData(0, Qt.Orientation.Vertical, role) is None
    assert model.data(QModelIndex(), role) is None


def test_no_python_data_method_answers_qt(model):
    """Qt's C++ items answer every role: no Python ``data()`` hands ``None`` back (MEASURED.md)."""
    assert type(model).data is QStandardItemModel.data
    assert type(model).headerData is QStandardItemModel.headerData


def test_a_view_draws_no_check_box_icon_or_odd_size_for_unhandled_roles(qtbot, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    option = QStyleOptionViewItem()
    QStyledItemDelegate().initStyleOption(option, model.index(0, 1))
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    assert not option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration
    assert option.text == "مسقط"
    assert QStyledItemDelegate().sizeHint(option, model.index(0, 1)).height() > 0


def test_is_read_only(model):
    flags = model.flags(model.index(0, 0))
    assert flags & Qt.ItemFlag.ItemIsSelectable and flags & Qt.ItemFlag.ItemIsEnabled
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not flags & Qt.ItemFlag.ItemIsDragEnabled


def test_digits_are_shown_both_ways_codes_keep_theirs(model):
    assert cell(model, 0, 2) == "12,450"
    set_digits(Digits.ARABIC_INDIC)
    model.redisplay()
    assert cell(model, 0, 2) == "١٢٬٤٥٠"
    assert cell(model, 1, 2) == "٩٨٧"
    assert cell(model, 0, 0) == f"{LRI}MA01{PDI}"  # an identifier is never re-digited
    set_digits(Digits.WESTERN)
    model.set_rows(PLACES)
    assert cell(model, 0, 2) == "12,450"


def test_rows_are_found_by_view_row_also_after_sorting(model):
    assert model.row(0) is PLACES[0]
    assert model.row(model.index(1, 3)) is PLACES[1]
    assert model.row(3) is None and model.row(QModelIndex()) is None
    model.sort(2, Qt.SortOrder.AscendingOrder)  # by number, not by text ("3" < "987" < "12,450")
    assert [model.row(r).voters for r in range(3)] == [3, 987, 12_450]
    assert model.find(lambda p: p.code == "MA01") == 2
    assert model.find(lambda p: p.code == "nowhere") == -1
    model.set_rows(reversed(PLACES))  # new rows keep the user's sort
    assert [model.row(r).voters for r in range(3)] == [3, 987, 12_450]
    model.sort(-1)  # a cleared sort indicator: the order given
    assert [model.row(r).code for r in range(3)] == ["A-", "DA02", "MA01"]
    assert model.rows == tuple(reversed(PLACES))


def test_text_sorts_by_search_key(qtbot):
    names: DtoTableModel[Place] = DtoTableModel(COLUMNS)
    names.set_rows([Place("1", "إبراهيم", 1), Place("2", "احمد", 2), Place("3", "أحمد", 3)])
    names.sort(1, Qt.SortOrder.AscendingOrder)
    # أحمد and احمد share a key and keep their given order; إبراهيم (ابراهيم) comes first
    assert [names.row(r).code for r in range(3)] == ["1", "2", "3"]


def test_the_view_rereads_rows_on_reset(qtbot, model):
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_rows(PLACES[:1])
    assert view.model().rowCount() == 1
    assert model.row(0) is PLACES[0] and model.item(0, 0).data(ROW_ROLE) == 0
