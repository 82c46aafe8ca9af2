"""The windowed roll model over a large roll: bounded memory, every row reachable, filters honoured."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import text

from electadmin.i18n import Language
from electadmin.services.roll import RollFilter, count_voters, voter_page
from electadmin.ui.roll.model import RollTableModel
from electadmin.ui.roll.page import voter_columns
from tests.roll_data import CENTRES

LARGE = 200_000


@pytest.fixture(scope="module")
def large_store(tmp_path_factory):
    """200,000 voters written by one INSERT … SELECT over a recursive sequence (no Python per row)."""
    from electadmin.services.election import create_election
    from electadmin.services.geography import save_centre
    from electadmin.services.reference import load_reference_geography
    from electadmin.services.store import Store
    from tests.conftest import TESTER, sample_definition

    store = Store.open(tmp_path_factory.mktemp("large") / "large.electadmin", create=True, actor=TESTER)
    create_election(store, sample_definition())
    load_reference_geography(store)
    for centre in CENTRES:
        save_centre(store, centre)
    with store.write() as session:
        session.execute(text("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count)
            INSERT INTO voter (civil_number, name, name_key, gender, birth_date, wilayat_id, centre_id, status,
                               updated_at)
            SELECT printf('%08d', 10000000 + i), 'ناخب رقم ' || printf('%07d', i), 'ناخب رقم ' || printf('%07d', i),
                   CASE WHEN i % 2 = 0 THEN 'M' ELSE 'F' END, date('1960-01-01', '+' || (i % 15000) || ' days'),
                   c.wilayat_id, c.id, 'active', '2027-01-01 00:00:00'
            FROM n JOIN polling_centre c ON c.code = 'MA01-C01'"""), {"count": LARGE})
    yield store
    store.close()


def test_the_model_holds_a_few_pages_however_far_it_is_scrolled(qtbot, large_store):
    model = RollTableModel(voter_columns(lambda: Language.ENGLISH), page_rows=200, cached_pages=6)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    model.show(large_store)
    assert model.rowCount() == LARGE == count_voters(large_store)
    # Names sort as their numbers here: the last row is the 200,000th voter.
    assert model.data(model.index(LARGE - 1, 0)) == "\u206610200000\u2069"
    assert model.data(model.index(LARGE - 1, 1)) == "ناخب رقم 0200000"
    assert model.rows_in_memory() <= 200
    peak = 0
    steps = range(0, LARGE, 1999)  # jumping all the way down, as a dragged scroll bar does
    for row in steps:
        view.scrollTo(model.index(row, 0))
        QApplication.processEvents()
        view.viewport().repaint()
        peak = max(peak, model.rows_in_memory())
    view.scrollToBottom()
    QApplication.processEvents()
    view.viewport().repaint()
    assert peak <= 200 * 6 and model.rows_in_memory() <= 200 * 6
    assert model.pages_read >= len(steps)  # it really read its way down: each jump lands on a new page
    names = [model.voter(r).name for r in range(LARGE - 3, LARGE)]
    assert names == [v.name for v in voter_page(large_store, None, LARGE - 3, 3)]


def test_a_filter_counts_and_pages_only_what_it_selects(qtbot, large_store):
    model = RollTableModel(voter_columns(lambda: Language.ENGLISH))
    model.show(large_store, RollFilter(gender="F"))
    assert model.rowCount() == LARGE // 2
    assert {model.voter(r).gender for r in (0, 1, LARGE // 2 - 1)} == {"F"}
    assert model.voter(LARGE // 2) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None


def test_data_returning_none_many_times_keeps_the_process_alive(qtbot, large_store):
    """MEASURED.md: PySide6 6.12 on Python 3.11 lost a reference to None per call; pinned below it."""
    model = RollTableModel(voter_columns(lambda: Language.ENGLISH))
    model.show(large_store)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    for _ in range(30):
        view.viewport().repaint()
    assert model.rowCount() == LARGE
