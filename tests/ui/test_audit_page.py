"""The audit page's check: an intact log names its signed checkpoints; a log rewritten and
recomputed in SQL is reported as rewritten, naming the checkpoint it contradicts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from electadmin.domain.errors import ErrorCode
from electadmin.services.election import create_election
from electadmin.services.store import Store
from electadmin.ui import formatting
from electadmin.ui.audit import page as audit_page
from tests.conftest import TESTER, sample_definition
from tests.integration.test_audit_anchors import certified_store, rewrite
from tests.ui.conftest import button, record_boxes


@pytest.fixture
def certified_ctx(ctx, tmp_path):
    store = Store.open(tmp_path / "certified.electadmin", create=True, actor=TESTER)
    create_election(store, sample_definition())
    certified_store(store)
    ctx.set_store(store)
    yield ctx
    store.close()


def test_verify_names_the_checkpoints_and_then_the_rewrite(qtbot, monkeypatch, certified_ctx):
    monkeypatch.setattr(audit_page, "confirm", None, raising=False)  # the page asks nothing
    boxes = record_boxes(monkeypatch, audit_page)
    page = audit_page.AuditPage(certified_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(button(page, "verify_audit"), Qt.MouseButton.LeftButton)
    assert boxes.informed and formatting.fmt_int(1) in boxes.informed[-1] and not boxes.errors
    assert "checkpoints" in page.result.text()

    rewrite(certified_ctx.store.engine, "UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 3")
    qtbot.mouseClick(button(page, "verify_audit"), Qt.MouseButton.LeftButton)
    assert boxes.codes() == [ErrorCode.AUDIT_REWRITTEN]
    assert "result.certification MA01 v1" in page.result.text()


def test_each_change_reads_left_to_right_inside_the_arabic_table(qtbot, arabic, certified_ctx):
    page = audit_page.AuditPage(certified_ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    changes = [page.table.item(row, 4).text() for row in range(page.table.rowCount())]
    assert changes and all(c.startswith("\u2066") and c.endswith("\u2069") for c in changes)
    assert any("W-MA01" in c for c in changes)  # the object and its JSON, isolated from the Arabic around them
