"""The Reports area driven as a secretary would: choose a document, pick its wilayat, Save, wait."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt

from electadmin.domain.errors import ErrorCode
from electadmin.domain.roles import Actor, Role
from electadmin.services.count_record import save_first_entry, save_second_entry
from tests.integration.results_setup import as_clerk, ready_store, record


@pytest.fixture
def rstore(tmp_path):
    from electadmin.services.election import create_election
    from electadmin.services.store import Store
    from tests.conftest import sample_definition

    store = Store.open(tmp_path / "reports.electadmin", create=True, actor=Actor("sec-1", Role.ADMINISTRATOR))
    create_election(store, sample_definition())
    ready_store(store)
    yield store
    store.close()


@pytest.fixture
def told(monkeypatch):
    """What the page told the user: ("done", text) after a save, ("error", code) after a refusal."""
    said = []
    monkeypatch.setattr("electadmin.ui.reports.page.inform", lambda _p, _title, text: said.append(("done", text)))
    monkeypatch.setattr("electadmin.ui.reports.page.show_error",
                        lambda _p, error: said.append(("error", getattr(error, "code", error))))
    return said


@pytest.fixture
def page(qtbot, preferences, window, rstore):
    from electadmin.ui.context import UiContext
    from electadmin.ui.formatting import Digits, set_digits
    from electadmin.ui.reports.page import ReportsPage
    from electadmin.ui.tasks import TaskRunner

    set_digits(Digits.WESTERN)
    ctx = UiContext(preferences, TaskRunner(window))
    ctx.set_store(rstore)
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    yield widget
    assert ctx.tasks.shutdown(10_000)


def choose(qtbot, page, key: str) -> None:
    """Click the document in the list, as the user would."""
    from electadmin.ui.reports.page import DOCUMENTS

    row = next(r for r in range(page.documents.count()) if page.documents.item(r).data(Qt.ItemDataRole.UserRole) == key)
    item = page.documents.item(row)
    page.documents.scrollToItem(item)
    qtbot.mouseClick(page.documents.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.documents.visualItemRect(item).center())
    assert page.document() is next(d for d in DOCUMENTS if d.key == key)
    assert page.title.text() == page.documents.item(row).text()


def pick(combo, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered"
    combo.setCurrentIndex(index)


def save_as(qtbot, page, monkeypatch, path, told, chosen_filter: str = "") -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(path), chosen_filter))
    assert page.save_button.isEnabled(), page.note.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)


def pdf_text(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def report(store, station: str, votes) -> None:
    actor = store.actor
    save_first_entry(as_clerk(store, "clerk-1"), station, record(votes))
    save_second_entry(as_clerk(store, "clerk-2"), station, record(votes))
    store.actor = actor


def test_a_wilayats_consolidated_record_is_saved_for_the_wilayat_picked(page, qtbot, rstore, tmp_path,
                                                                        monkeypatch, told):
    report(rstore, "MA02-C1-1", [10, 20, 5, 4])
    choose(qtbot, page, "consolidated")
    assert page.wilayat.isVisible() and not page.station.isVisible()
    pick(page.wilayat, "MA02")
    target = tmp_path / "ma02"
    save_as(qtbot, page, monkeypatch, target, told)
    assert told[0][0] == "done"
    written = tmp_path / "ma02.pdf"  # the suffix of the format is added
    text = pdf_text(written)
    assert "MA02" in text and "MA01" not in text


def test_a_stations_count_record_without_a_record_is_refused(page, qtbot, tmp_path, monkeypatch, told):
    choose(qtbot, page, "count_record")
    pick(page.wilayat, "MA01")
    assert [page.station.itemData(i) for i in range(page.station.count())] == ["MA01-C1-1", "MA01-C1-2"]
    pick(page.station, "MA01-C1-2")
    save_as(qtbot, page, monkeypatch, tmp_path / "record.pdf", told)
    assert told == [("error", ErrorCode.RESULT_NO_RECORD)]
    assert not (tmp_path / "record.pdf").exists()


def test_a_stations_count_record_is_printed_for_the_station_chosen(page, qtbot, rstore, tmp_path, monkeypatch,
                                                                   told):
    report(rstore, "MA01-C1-2", [7, 8, 9])
    choose(qtbot, page, "count_record")
    pick(page.wilayat, "MA01")
    pick(page.station, "MA01-C1-2")
    save_as(qtbot, page, monkeypatch, tmp_path / "record.pdf", told)
    assert told[0][0] == "done"
    assert "MA01-C1-2" in pdf_text(tmp_path / "record.pdf")


def test_the_candidates_of_one_wilayat_export_as_a_workbook(page, qtbot, tmp_path, monkeypatch, told):
    from openpyxl import load_workbook

    from electadmin.services.candidates import list_candidates

    choose(qtbot, page, "candidates_file")
    assert page.wilayat.itemData(0) is None  # "all wilayats" first
    pick(page.wilayat, "MA02")
    save_as(qtbot, page, monkeypatch, tmp_path / "c.xlsx", told, "Excel workbook (*.xlsx)")
    assert told[0][0] == "done"
    sheet = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    rows = [[cell for cell in row] for row in sheet.iter_rows(values_only=True)]
    header, body = rows[0], [r for r in rows[1:] if any(r)]
    assert any(str(h).lower().startswith("ballot") for h in header if h), header
    assert len(body) == len(list_candidates(page.ctx.store, "MA02"))


def test_a_centres_voter_list_offers_its_attendance_columns(page, qtbot, tmp_path, monkeypatch, told):
    choose(qtbot, page, "voter_list")
    assert page.centre.isVisible() and page.check_in.isVisible() and not page.station.isVisible()
    pick(page.wilayat, "MA01")
    pick(page.centre, "MA01-C1")
    qtbot.keyClick(page.check_in, Qt.Key.Key_Space)
    assert page.check_in.isChecked()
    save_as(qtbot, page, monkeypatch, tmp_path / "list.pdf", told)
    assert told[0][0] == "done" and (tmp_path / "list.pdf").stat().st_size > 0


def test_the_audit_log_exports_as_a_nist_event_log(page, qtbot, tmp_path, monkeypatch, told):
    import json

    choose(qtbot, page, "event_log")
    assert not page.wilayat.isVisible()
    save_as(qtbot, page, monkeypatch, tmp_path / "log", told)
    log = json.loads((tmp_path / "log.json").read_text(encoding="utf-8"))
    assert log["@type"] == "EventLogging.ElectionEventLog"
    assert json.loads(log["Details"])["chain_intact"] is True
    assert sum(len(device.get("Event", [])) for device in log["Device"]) > 0


def test_a_role_without_the_permission_cannot_save(page, qtbot, rstore):
    from electadmin.domain.roles import Permission

    role = next((r for r in Role if not Actor("x", r).may(Permission.AUDIT_EXPORT)), None)
    if role is None:
        pytest.skip("every role may export the audit log")
    rstore.actor = Actor("someone", role)
    choose(qtbot, page, "event_log")
    assert not page.save_button.isEnabled() and page.note.text()


def test_in_arabic_the_page_is_right_to_left_and_translated(arabic, page, qtbot):
    from PySide6.QtWidgets import QApplication

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    choose(qtbot, page, "national_summary")
    assert page.save_button.isEnabled()
    assert page.title.text() == "الملخص الوطني (PDF)" and page.save_button.text() == "حفظ…"


def test_arrows_walk_the_documents_past_the_headings_and_enter_saves(page, qtbot, tmp_path, monkeypatch, told):
    page.documents.setFocus()
    assert page.document().key == "candidate_list"
    qtbot.keyClick(page.documents, Qt.Key.Key_Down)
    qtbot.keyClick(page.documents, Qt.Key.Key_Down)  # over the "Electoral roll" heading
    assert page.document().key == "voter_list"
    assert page.title.text() == "A centre's voter list (PDF)"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "by-keys.pdf"), ""))
    qtbot.keyClick(page.documents, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told[0][0] == "done" and (tmp_path / "by-keys.pdf").stat().st_size > 0


def test_a_pdf_carries_the_digits_chosen_for_the_screen(page, qtbot, rstore, tmp_path, monkeypatch, told):
    from electadmin.ui.formatting import Digits, set_digits

    report(rstore, "MA01-C1-1", [10, 20, 5])
    choose(qtbot, page, "national_summary")
    save_as(qtbot, page, monkeypatch, tmp_path / "western.pdf", told)
    set_digits(Digits.ARABIC_INDIC)
    told.clear()
    save_as(qtbot, page, monkeypatch, tmp_path / "arabic.pdf", told)
    western, arabic = pdf_text(tmp_path / "western.pdf"), pdf_text(tmp_path / "arabic.pdf")
    indic = set("٠١٢٣٤٥٦٧٨٩")
    assert not indic & set(western) and indic & set(arabic)


def test_the_csv_filter_writes_csv_for_the_results_and_the_geography(page, qtbot, rstore, tmp_path, monkeypatch,
                                                                      told):
    import csv

    from electadmin.services.polling import list_stations

    report(rstore, "MA01-C1-1", [10, 20, 5])
    choose(qtbot, page, "results_stations")
    save_as(qtbot, page, monkeypatch, tmp_path / "stations.xlsx", told, "CSV file (*.csv)")
    assert not (tmp_path / "stations.xlsx").exists()
    rows = list(csv.reader((tmp_path / "stations.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert {s.code for s in list_stations(rstore)} <= {cell for row in rows[1:] for cell in row}
    told.clear()
    choose(qtbot, page, "geography_file")
    save_as(qtbot, page, monkeypatch, tmp_path / "geography", told, "CSV file (*.csv)")
    text = (tmp_path / "geography.csv").read_text(encoding="utf-8-sig")
    assert "MA01-C1" in text and "MA02" in text
