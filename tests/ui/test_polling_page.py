"""The check-in desk, driven only by key presses (a scan is a burst of digits and Enter).

Modal dialogs are driven the same way: a zero-delay timer sends the keys to the dialog once its
event loop runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from electadmin.services import polling
from electadmin.services.election import create_election
from electadmin.services.store import Store
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_int, shown
from electadmin.ui.polling.page import PollingPage
from electadmin.ui.tasks import TaskRunner
from tests.conftest import TESTER, sample_definition
from tests.polling_setup import CENTRE_SIGNERS, STATION_A1, committee_template, copy_committees, prepare_polling
from tests.ui.conftest import type_text

SHOTS = Path("/tmp/polling")


@pytest.fixture
def page(qtbot, preferences, window, tmp_path):
    store = Store.open(tmp_path / "desk.electadmin", create=True, actor=TESTER)
    create_election(store, sample_definition(is_demo=True))
    prepare_polling(store)
    ctx = UiContext(preferences, TaskRunner(window))
    ctx.set_store(store)
    widget = PollingPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 820)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    assert ctx.tasks.shutdown(10_000)
    store.close()


def scan(qtbot, page, digits: str) -> None:
    """What a barcode scanner does: a burst of digit key presses, then Enter."""
    type_text(page.civil, digits)
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)


def choose_first_station(qtbot, page) -> None:
    qtbot.keyClick(page.civil, Qt.Key.Key_F2)
    assert page.stations.hasFocus()
    qtbot.keyClick(page.stations, Qt.Key.Key_Down)
    qtbot.keyClick(page.stations, Qt.Key.Key_Tab)


def later(keys) -> None:
    """Send *keys* (a function of the active modal dialog) once the dialog's own loop runs."""
    def drive():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        keys(dialog)
    QTimer.singleShot(0, drive)


def test_a_day_at_the_desk_from_the_keyboard(qtbot, page):
    store = page.ctx.store
    assert "station" in page.verdict.text().lower()
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # the "&Station" mnemonic
    assert page.stations.hasFocus()
    page.civil.setFocus()
    choose_first_station(qtbot, page)
    assert polling.machine_info(store).station_code == STATION_A1
    page.civil.setFocus()

    scan(qtbot, page, "10000001")
    assert page.name.text() == "أحمد بن عبدالله بن محمد الكمزاري"
    assert "SEEB-01" in page.details.text() and "Enter" in page.verdict.text()
    assert polling.events(store) == []  # shown, not yet checked in
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)  # one key confirms
    assert [e.civil_number for e in polling.events(store)] == ["10000001"]
    assert "Checked in" in page.verdict.text() and page.civil.text() == ""
    assert page.figures["station_total"].text() == fmt_int(1)
    assert page.figures["centre_men"].text() == fmt_int(1)
    assert sum(s.sum() for s in page.chart_sets) == 1

    scan(qtbot, page, "10000001")  # the same card again
    assert "Already voted" in page.verdict.text() and STATION_A1 in page.verdict.text()
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    assert len(polling.events(store)) == 1

    scan(qtbot, page, "١٠٠٠٠٠٠٦")  # Arabic-Indic digits from the keyboard
    assert "another polling centre" in page.verdict.text() and "مدرسة الخوض" in page.verdict.text()
    scan(qtbot, page, "10000005")
    assert "Not eligible" in page.verdict.text()
    scan(qtbot, page, "12x")
    assert "civil number" in page.verdict.text()
    qtbot.keyClick(page.civil, Qt.Key.Key_Escape)
    assert page.civil.text() == "" and page.name.text() == ""

    # find by name: Ctrl+F, type a spelling variant, Enter takes the voter to the desk, Enter checks in
    def find(dialog):
        type_text(dialog.query, "ابراهيم")
        assert dialog.results.count() == 1
        dialog.grab().save(str(SHOTS / "find_en.png"))
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    later(find)
    qtbot.keyClick(page.civil, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.name.text().startswith("إبراهيم")
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    assert {e.civil_number for e in polling.events(store)} == {"10000001", "10000007"}

    # undo: Ctrl+Z, the civil number, Enter, the reason, Enter
    def undo_without_reason(dialog):
        type_text(dialog.civil, "10000007")
        qtbot.keyClick(dialog.civil, Qt.Key.Key_Return)
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        assert "reason" in dialog.message.text()
        dialog.grab().save(str(SHOTS / "undo_en.png"))
        type_text(dialog.reason, "wrong voter")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    later(undo_without_reason)
    qtbot.keyClick(page.civil, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "undone" in page.verdict.text()
    assert polling.closing_summary(store).undo_count == 1
    assert page.figures["station_total"].text() == fmt_int(1)

    for civil in ("10000002", "10000003"):
        scan(qtbot, page, civil)
        qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    qtbot.wait(200)  # the chart lays its axes out on the next turns of the event loop
    page.grab().save(str(SHOTS / "desk_en.png"))

    # close the polls: Ctrl+Shift+E, then Y(es) in the question
    later(lambda box: qtbot.keyClick(box, Qt.Key.Key_Y))
    qtbot.keyClick(page.civil, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    summary = polling.closing_summary(store, STATION_A1)
    assert summary.closed_at is not None and (summary.men, summary.women, summary.undo_count) == (1, 2, 1)
    assert page.closed_summary.exists() and page.closed_summary.read_bytes().startswith(b"%PDF")
    assert "Polls closed" in page.verdict.text()
    scan(qtbot, page, "10000007")
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    assert "closed" in page.verdict.text()


def test_printing_the_list_with_marks_from_the_keyboard(qtbot, page):
    choose_first_station(qtbot, page)
    page.civil.setFocus()
    scan(qtbot, page, "10000002")
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    qtbot.keyClick(page.civil, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    target = page.documents_folder() / "checkin-list-SEEB-01.pdf"
    qtbot.waitUntil(target.exists, timeout=20_000)
    qtbot.waitUntil(lambda: "ready" in page.verdict.text(), timeout=20_000)
    from pypdf import PdfReader

    text = "\n".join(p.extract_text() for p in PdfReader(target).pages)
    assert text.count("√") == 1  # the one voter checked in carries the mark


def test_the_desk_in_arabic(qtbot, arabic, page):
    choose_first_station(qtbot, page)
    page.civil.setFocus()
    for civil in ("10000001", "10000002"):
        scan(qtbot, page, civil)
        qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    scan(qtbot, page, "10000001")
    assert "سبق" in page.verdict.text()

    def leave(dialog):
        type_text(dialog.query, "مريم")
        qtbot.keyClick(dialog.query, Qt.Key.Key_Escape)  # leaves without choosing
    later(leave)
    qtbot.keyClick(page.civil, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.voter.civil_number == "10000001"

    def find(dialog):
        type_text(dialog.query, "الحارثيه")  # ة typed as ه
        assert dialog.results.count() == 1
        dialog.grab().save(str(SHOTS / "find_ar.png"))
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    later(find)
    qtbot.keyClick(page.civil, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.voter.civil_number == "10000002" and "سبق" in page.verdict.text()
    qtbot.wait(200)  # the chart lays its axes out on the next turns of the event loop
    page.grab().save(str(SHOTS / "desk_ar_refused.png"))
    scan(qtbot, page, "10000003")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Arabic-Indic digits (the default): the Arabic decimal separator and percent sign, and the
    # chart's value axis in the same digits
    percent = page.figures["station_percent"].text()
    assert "٫" in percent and "٪" in percent and not any(c in percent for c in ".%0123456789"), percent
    (axis,) = page.chart.axes(Qt.Orientation.Vertical)
    assert axis.labels()[0] == "٠" and all(label.strip("٠١٢٣٤٥٦٧٨٩٬") == "" for label in axis.labels())
    qtbot.wait(200)  # the chart lays its axes out on the next turns of the event loop
    page.grab().save(str(SHOTS / "desk_ar.png"))


@pytest.fixture(scope="module")
def committee_keys(tmp_path_factory):
    template = committee_template(tmp_path_factory.mktemp("committees") / "committees.electadmin")
    yield template
    template.close()


def test_exporting_signed_check_ins_and_merging_them_from_the_keyboard(qtbot, page, committee_keys, tmp_path,
                                                                      monkeypatch):
    store = page.ctx.store
    copy_committees(committee_keys, store, "*")
    choose_first_station(qtbot, page)
    page.civil.setFocus()
    scan(qtbot, page, "10000002")
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    target = tmp_path / "checkins.zip"
    monkeypatch.setattr(page, "choose_export_path", lambda suggested: target)
    passwords = [CENTRE_SIGNERS[0][1], CENTRE_SIGNERS[1][1], ""]  # c1 and c2 sign, c3 does not

    def sign(dialog):
        type_text(dialog.findChild(QLineEdit), passwords.pop(0))
        qtbot.keyClick(dialog.findChild(QLineEdit), Qt.Key.Key_Return)
        if passwords:
            later(sign)
    later(sign)
    qtbot.keyClick(page.civil, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert target.exists() and "signed by c1, c2" in page.verdict.text(), page.verdict.text()
    qtbot.wait(100)
    page.grab().save(str(SHOTS / "exported_en.png"))

    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"not a package")
    monkeypatch.setattr(page, "choose_packages", lambda: [target, damaged])
    qtbot.keyClick(page.civil, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "not a readable" in page.verdict.text(), timeout=20_000)
    assert "Nothing" in page.verdict.text() or "damaged.zip" in page.verdict.text()
    monkeypatch.setattr(page, "choose_packages", lambda: [target])
    qtbot.keyClick(page.civil, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "Packages merged" in page.verdict.text(), timeout=20_000)
    assert f"new events: {fmt_int(0)}" in page.verdict.text()
    assert len(polling.events(store)) == 1


def test_exporting_in_arabic_asks_each_member_and_says_who_signed(qtbot, arabic, page, committee_keys, tmp_path,
                                                                  monkeypatch):
    copy_committees(committee_keys, page.ctx.store, "*")
    choose_first_station(qtbot, page)
    page.civil.setFocus()
    scan(qtbot, page, "10000001")
    qtbot.keyClick(page.civil, Qt.Key.Key_Return)
    monkeypatch.setattr(page, "choose_export_path", lambda suggested: tmp_path / suggested.name)
    passwords = ["", CENTRE_SIGNERS[1][1], "centre-member-three-pw"]  # c2 and c3 sign this time
    asked = []

    def sign(dialog):
        field = dialog.findChild(QLineEdit)
        asked.append(dialog.findChild(QLabel).text())
        type_text(field, passwords.pop(0))
        qtbot.keyClick(field, Qt.Key.Key_Return)
        if passwords:
            later(sign)
    later(sign)
    qtbot.keyClick(page.civil, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 3 and "c1" in asked[0]
    assert "موقعة من c2، c3" in page.verdict.text(), page.verdict.text()
    assert (tmp_path / f"checkins-{STATION_A1}.zip").exists()
    qtbot.wait(100)
    page.grab().save(str(SHOTS / "exported_ar.png"))


def test_the_committee_sees_the_merged_turnout_by_station_and_hour_from_the_keyboard(qtbot, arabic, page):
    from electadmin.ui.polling.committee import WilayatTurnoutDialog

    for civil, station in (("10000001", STATION_A1), ("10000002", STATION_A1), ("10000003", "SEEB-01-2"),
                           ("10000006", "SEEB-02-1")):
        polling.check_in(page.ctx.store, civil, station)
    seen = {}

    def look(dialog):
        assert isinstance(dialog, WilayatTurnoutDialog)
        table = dialog.stations
        cells = [[table.item(r, c).text().strip("\u2066\u2069") for c in range(table.columnCount())]
                 for r in range(table.rowCount())]
        seen["cells"] = cells
        seen["summary"] = dialog.summary.text()
        seen["anomalies"] = dialog.anomalies.rowCount()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    later(look)
    qtbot.keyClick(page.civil, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # centre, station, men, women, total, then one column per hour with check-ins (all this hour here)
    assert [row[:5] for row in seen["cells"]] == [
        ["SEEB-01", "SEEB-01-1", fmt_int(1), fmt_int(1), fmt_int(2)],
        ["SEEB-01", "SEEB-01-2", fmt_int(0), fmt_int(1), fmt_int(1)],
        ["SEEB-02", "SEEB-02-1", fmt_int(1), fmt_int(0), fmt_int(1)],
        ["المجموع", fmt_int(3), fmt_int(2), fmt_int(2), fmt_int(4)],
    ]
    assert [row[5:] for row in seen["cells"]] == [[fmt_int(2)], [fmt_int(1)], [fmt_int(1)], [fmt_int(4)]]
    assert fmt_int(4) in seen["summary"] and seen["anomalies"] == 0


def test_voters_checked_in_twice_are_listed_with_where_and_when(qtbot, page):
    from datetime import datetime, timezone

    from electadmin.ui.polling.committee import WilayatTurnoutDialog

    dialog = WilayatTurnoutDialog(page.ctx.store, "Asia/Muscat", page)
    qtbot.addWidget(dialog)
    twice = polling.AnomalyDTO("10000001", "أحمد بن عبدالله بن محمد الكمزاري", (
        polling.AnomalyCheckIn("a" * 32, 4, "SEEB-01-1", datetime(2027, 10, 24, 4, 5, tzinfo=timezone.utc)),
        polling.AnomalyCheckIn("b" * 32, 9, "SEEB-01-2", datetime(2027, 10, 24, 9, 30, tzinfo=timezone.utc))))
    dialog.show_figures([], [twice])
    table = dialog.anomalies
    assert table.rowCount() == 1 and table.item(0, 2).text() == fmt_int(2)
    where = table.item(0, 3).text()
    assert "SEEB-01-1" in where and "SEEB-01-2" in where and shown("08:05") in where and shown("13:30") in where  # Muscat time
    assert f"{fmt_int(1)} checked in more than once" in dialog.summary.text()
