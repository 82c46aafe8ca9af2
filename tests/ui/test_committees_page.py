"""The Committees screen, driven as the administrator would: create a wilayat's committee, enrol
members (the password typed twice, the fingerprint shown large), set k, revoke a key with a reason."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLabel

from electadmin.domain.audit import EventType
from electadmin.domain.errors import ErrorCode
from electadmin.domain.roles import Actor, Role
from electadmin.integrity.signing import short_fingerprint
from electadmin.services import audit, committees
from electadmin.ui.committees import page as page_module
from electadmin.ui.committees.page import CommitteesPage, EnrolDialog, NewCommitteeDialog
from tests.ui.conftest import button, ok, open_dialog, record_boxes, type_text

SIGNING = "committee-member-signing-1"


@pytest.fixture
def page(qtbot, ctx):
    widget = CommitteesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def _codes(page) -> list[str]:
    return [page.table.item(r, 0).text().strip("\u200e\u2066\u2069") for r in range(page.table.rowCount())]


def _create_wilayat_committee(qtbot, page, wilayat: str) -> None:
    qtbot.mouseClick(button(page, "new_committee"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, NewCommitteeDialog)
    assert dialog.level.currentData() == "wilayat"
    index = dialog.area.findData(wilayat)
    dialog.area.setFocus()
    while dialog.area.currentIndex() < index:  # the area chosen from the keyboard
        QTest.keyClick(dialog.area, Qt.Key.Key_Down)
    assert dialog.code.text() == f"W-{wilayat}" and dialog.name.text().startswith("لجنة الانتخابات بولاية")
    dialog.quorum.selectAll()
    QTest.keyClicks(dialog.quorum, "2")
    ok(dialog)
    assert not dialog.isVisible()


def _enrol(qtbot, page, name: str, password: str = SIGNING, again: str | None = None) -> EnrolDialog:
    qtbot.mouseClick(button(page, "enrol_member"), Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, EnrolDialog)
    type_text(dialog.member, name)
    type_text(dialog.password, password)
    type_text(dialog.again, password if again is None else again)
    QTest.keyClick(dialog.again, Qt.Key.Key_Return)
    return dialog


def test_the_administrator_sets_up_a_wilayat_committee_and_enrols_its_members(qtbot, page, ui_store):
    missing_before = page.findChild(QLabel, "wilayats_without_committee").text()
    assert "63" in missing_before or "٦٣" in missing_before
    _create_wilayat_committee(qtbot, page, "MA02")
    assert _codes(page) == ["W-MA02"]
    made = committees.get_committee(ui_store, "W-MA02")
    assert (made.level, made.wilayat_code, made.quorum) == ("wilayat", "MA02", 2)
    assert "62" in page.missing.text() or "٦٢" in page.missing.text()

    differ = _enrol(qtbot, page, "سعيد بن حمد الكندي", again="something-else-entirely")
    assert "differ" in differ.error.text() and differ.pages.currentIndex() == 0
    assert committees.get_committee(ui_store, "W-MA02").members == ()
    differ.reject()

    weak = _enrol(qtbot, page, "سعيد بن حمد الكندي", password="short")
    assert "at least" in weak.error.text() and weak.password.text() == ""  # the password policy
    assert committees.get_committee(ui_store, "W-MA02").members == ()
    weak.reject()

    dialog = _enrol(qtbot, page, "سعيد بن حمد الكندي")
    member = committees.get_committee(ui_store, "W-MA02").members[0]
    assert dialog.pages.currentIndex() == 1  # the fingerprint, large, to write down
    assert dialog.findChild(QLabel, "member_fingerprint").text() == short_fingerprint(member.fingerprint)
    assert dialog.findChild(QLabel, "member_fingerprint").font().pointSize() >= 20
    full = dialog.findChild(QLabel, "member_full_fingerprint").text().replace(" ", "").replace("\n", "")
    assert full.lower() == member.fingerprint
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert page.members.rowCount() == 1
    assert page.members.item(0, 0).text() == "سعيد بن حمد الكندي"
    assert short_fingerprint(member.fingerprint) in page.members.item(0, 1).text()
    assert page.members.item(0, 4).text() == "Yes"
    assert [e.event for e in audit.recent(ui_store, 1)] == [EventType.MEMBER_ENROLLED.value]


def test_k_is_set_and_a_key_is_revoked_with_a_reason(qtbot, page, ui_store, monkeypatch):
    committees.create_committee(ui_store, "W-MA01", "لجنة الانتخابات بولاية مسقط", "wilayat", 1, wilayat_code="MA01")
    for name in ("w1", "w2"):
        committees.enrol_member(ui_store, "W-MA01", name, SIGNING)
    page.refresh()
    boxes = record_boxes(monkeypatch, page_module)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *args, **kw: (2, True)))
    qtbot.mouseClick(button(page, "set_quorum"), Qt.MouseButton.LeftButton)
    assert committees.get_committee(ui_store, "W-MA01").quorum == 2
    assert page.table.item(0, 4).text() in ("2 of 2", "٢ of ٢")

    assert not button(page, "revoke_member").isEnabled()  # no member chosen yet
    page.members.setFocus()
    page.members.setCurrentCell(1, 0)
    assert button(page, "revoke_member").isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kw: ("   ", True)))
    qtbot.mouseClick(button(page, "revoke_member"), Qt.MouseButton.LeftButton)
    assert boxes.codes() == [ErrorCode.COMMITTEE_REASON_REQUIRED]
    assert all(m.revoked_at is None for m in committees.get_committee(ui_store, "W-MA01").members)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kw: ("مفتاح مفقود", True)))
    page.members.setCurrentCell(1, 0)
    qtbot.mouseClick(button(page, "revoke_member"), Qt.MouseButton.LeftButton)
    w2 = committees.get_committee(ui_store, "W-MA01").members[1]
    assert w2.name == "w2" and w2.revoked_at is not None
    entry = audit.recent(ui_store, 1)[0]
    assert entry.event == EventType.MEMBER_REVOKED.value and entry.after["reason"] == "مفتاح مفقود"
    assert page.members.item(1, 3).text().endswith("مفتاح مفقود")  # the revocation's date and reason
    assert page.members.item(1, 4).text() == ""  # a revoked key signs nowhere
    assert boxes.informed and "fewer members" in boxes.informed[-1]  # 1 key counts, 2 signatures needed


def test_an_observer_sees_the_committees_but_cannot_change_them(qtbot, page, ui_store):
    committees.create_committee(ui_store, "MAIN", "اللجنة الرئيسية للانتخابات", "main", 1)
    ui_store.actor = Actor("obs", Role.OBSERVER)
    page.refresh()
    assert _codes(page) == ["MAIN"]
    for name in ("new_committee", "set_quorum", "enrol_member", "revoke_member"):
        assert not button(page, name).isEnabled(), name
    assert page.new_committee() is None and page.enrol() is None


def test_a_second_committee_for_the_same_area_is_refused_in_the_dialog(qtbot, page, ui_store):
    committees.create_committee(ui_store, "MAIN", "اللجنة الرئيسية للانتخابات", "main", 1)
    page.refresh()
    dialog = page.new_committee()
    dialog.level.setCurrentIndex(dialog.level.findData("main"))
    ok(dialog)
    assert dialog.isVisible() and "MAIN" in dialog.error.text()
    assert [c.code for c in committees.list_committees(ui_store)] == ["MAIN"]
    dialog.reject()
