"""The geography page: the reference load, the dialogs, searching, deleting, importing, the frozen phase.

Message boxes are replaced by recorders (they are modal and would wait for a click); everything else
runs as the secretary would use it: buttons, keys, the dialogs' own fields.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected, RowError
from electadmin.domain.geography import FIELD, CentreKind
from electadmin.domain.progress import Progress
from electadmin.interchange.columns import Problem
from electadmin.services.election import create_election, set_phase
from electadmin.services.geography import (
    CentreDTO,
    GeographyChanges,
    list_centres,
    list_wilayats,
    save_centre,
    summary,
)
from electadmin.services.store import Store
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import Digits, digits, fmt_int, set_digits
from electadmin.ui.geography import dialogs as dialogs_module
from electadmin.ui.geography import page as page_module
from electadmin.ui.geography.dialogs import (
    CentreDialog,
    GovernorateDialog,
    RejectedFileDialog,
    WilayatDialog,
    rejected_rows,
    split_aliases,
)
from electadmin.ui.geography.page import GeographyPage, export_path
from electadmin.ui.table_model import LRI, PDI
from electadmin.ui.tasks import TaskRunner
from tests.conftest import TESTER, sample_definition
from tests.ui.conftest import Boxes, button, ok, open_dialog, record_boxes, type_text

WAIT = 10_000


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    return record_boxes(monkeypatch, page_module, dialogs_module)


@pytest.fixture(autouse=True)
def arabic_digits() -> Iterator[None]:
    before = digits()
    set_digits(Digits.ARABIC_INDIC)
    yield
    set_digits(before)


@pytest.fixture
def empty_store(tmp_path) -> Iterator[Store]:
    """An election in set-up with no geography at all."""
    store = Store.open(tmp_path / "t.electadmin", create=True, actor=TESTER)
    create_election(store, sample_definition())
    yield store
    store.close()


def make_page(qtbot, context: UiContext) -> GeographyPage:
    page = GeographyPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 780)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, ctx) -> GeographyPage:
    """The page over an election holding Oman's reference geography (the shared ``ctx``)."""
    return make_page(qtbot, ctx)


def type_number(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    type_text(spin, text)


def shown_codes(page: GeographyPage) -> list[str]:
    model = page.wilayats_model
    return [model.row(r).code for r in range(model.rowCount())]


def select_wilayat(page: GeographyPage, code: str) -> None:
    page.search_edit.setText(code)
    assert shown_codes(page) == [code]


# ---------------------------------------------------------------- the reference geography


def test_loads_the_reference_geography_and_shows_the_national_totals(qtbot, preferences, window,
                                                                     empty_store, boxes):
    context = UiContext(preferences, TaskRunner(window))
    context.set_store(empty_store)
    page = make_page(qtbot, context)
    load = button(page, "load_reference")
    assert load.isEnabled()
    assert page.wilayats_model.rowCount() == 0
    assert not button(page, "add_wilayat").isEnabled()  # no governorate to put it in yet

    events: list[str] = []
    context.data_changed.connect(events.append)
    boxes.answer = False
    load.click()
    assert summary(empty_store).wilayats == 0  # asked first; No changes nothing
    boxes.answer = True
    load.click()

    assert len(boxes.questions) == 2 and boxes.errors == []
    assert f"Shura Council seats: {fmt_int(90)}" in boxes.questions[0]
    assert events == ["geography"]
    assert page.wilayats_model.rowCount() == 63
    assert page.governorate_filter.count() == 12  # "all" and the 11 governorates
    text = page.summary_label.text()
    assert f"<b>{fmt_int(90)}</b>" in text and "٩٠" in text  # the national seat total
    assert f"<b>{fmt_int(63)}</b>" in text and f"<b>{fmt_int(11)}</b>" in text
    assert not load.isEnabled()  # only into an election without wilayats
    assert button(page, "add_wilayat").isEnabled()
    assert context.tasks.shutdown(WAIT)


# ---------------------------------------------------------------- wilayats


def test_adds_a_wilayat_with_seats_typed_in_arabic_indic_digits(qtbot, page, ui_store, boxes):
    page.governorate_filter.setCurrentIndex(page.governorate_filter.findData("DA"))
    button(page, "add_wilayat").click()
    dialog = open_dialog(page, WilayatDialog)
    assert dialog.governorate.currentData() == "DA"  # the governorate being looked at
    type_text(dialog.code, "da٩٩")  # folded to ASCII capitals as typed
    assert dialog.code.text() == "DA99"
    type_text(dialog.name_ar, "ولاية التجربة")
    type_text(dialog.name_en, "Trial")
    type_text(dialog.aliases, "ولايه التجربه؛ Tajriba , التجربة")
    type_number(qtbot, dialog.seats, "٢")
    qtbot.keyClick(dialog.seats, Qt.Key.Key_Return)  # Enter accepts

    assert boxes.errors == []
    assert not dialog.isVisible()
    saved = next(w for w in list_wilayats(ui_store) if w.code == "DA99")
    assert saved.seats == 2
    assert saved.governorate_code == "DA" and saved.name_ar == "ولاية التجربة" and saved.name_en == "Trial"
    # every separator splits; a spelling that normalises to the name itself (ة/ه) is not kept twice
    assert set(saved.aliases) == {"Tajriba", "التجربة"}
    assert "DA99" in shown_codes(page)
    assert f"<b>{fmt_int(92)}</b>" in page.summary_label.text()


def test_a_refused_wilayat_keeps_the_dialog_open_with_what_was_typed(qtbot, page, ui_store, boxes):
    button(page, "add_wilayat").click()
    dialog = open_dialog(page, WilayatDialog)
    type_text(dialog.code, "MA01")  # Muscat's code
    type_text(dialog.name_ar, "ولاية مكررة")
    ok(dialog)
    assert boxes.codes() == [ErrorCode.GEO_DUPLICATE_CODE]
    assert dialog.isVisible()
    assert (dialog.code.text(), dialog.name_ar.text()) == ("MA01", "ولاية مكررة")

    dialog.code.setText("MA99")
    type_number(qtbot, dialog.seats, "٠")
    ok(dialog)
    assert boxes.codes() == [ErrorCode.GEO_DUPLICATE_CODE, ErrorCode.GEO_SEATS]
    assert dialog.isVisible()
    assert dialog.seats.cleanText() == "٠"  # not silently put back to 1

    dialog.seats.lineEdit().clear()
    ok(dialog)
    assert boxes.codes()[-1] == ErrorCode.VALUE_REQUIRED
    assert dialog.isVisible()
    assert len(list_wilayats(ui_store)) == 63 and summary(ui_store).seats == 90  # nothing stored

    dialog.reject()


def test_edits_a_wilayat_from_the_keyboard(qtbot, page, ui_store, boxes):
    select_wilayat(page, "DA02")
    page.wilayats_view.setFocus()
    qtbot.keyClick(page.wilayats_view, Qt.Key.Key_Return)  # Enter on a row edits it
    dialog = open_dialog(page, WilayatDialog)
    assert dialog.code.text() == "DA02" and dialog.name_ar.text() == "بهلا"
    assert dialog.aliases.text() == "بهلاء"
    type_number(qtbot, dialog.seats, "3")
    ok(dialog)
    assert boxes.errors == []
    assert next(w for w in list_wilayats(ui_store) if w.code == "DA02").seats == 3
    assert page.selected_wilayat().code == "DA02"  # the selection survives the refresh
    assert f"<b>{fmt_int(91)}</b>" in page.summary_label.text()


# ---------------------------------------------------------------- searching and filtering


@pytest.mark.parametrize("typed", ["بهلاء", "بهلا", "bahla", "BAHLA", "بَهلا", "DA02"])
def test_search_finds_a_wilayat_typed_any_way(page, typed):
    page.search_edit.setText(typed)
    assert shown_codes(page) == ["DA02"]
    assert page.selected_wilayat().code == "DA02"


def test_search_and_governorate_filter_combine(page, ui_store):
    dakhiliyah = [w.code for w in list_wilayats(ui_store, "DA")]
    page.search_edit.setText("ز")  # a letter of several wilayats' names, in several governorates
    everywhere = set(shown_codes(page))
    assert any(not c.startswith("DA") for c in everywhere)
    page.governorate_filter.setCurrentIndex(page.governorate_filter.findData("DA"))
    assert set(shown_codes(page)) == {c for c in everywhere if c.startswith("DA")} != set()
    page.search_edit.clear()
    assert shown_codes(page) == dakhiliyah
    assert page.shown_label.text() == f"Wilayats shown: {fmt_int(len(dakhiliyah))} of {fmt_int(63)}"
    page.governorate_filter.setCurrentIndex(0)
    assert len(shown_codes(page)) == 63


# ---------------------------------------------------------------- centres


def test_edits_a_centres_stations(qtbot, page, ui_store, boxes):
    save_centre(ui_store, CentreDTO("DA02-C01", "DA02", "مدرسة بهلا", kind=CentreKind.MEN, stations=2))
    page.refresh()
    select_wilayat(page, "DA02")
    assert page.centres_model.rowCount() == 1
    assert page.centres_model.index(0, 0).data() == f"{LRI}DA02-C01{PDI}"
    assert page.centres_model.index(0, 4).data() == "٢"
    page.centres_view.setCurrentIndex(page.centres_model.index(0, 1))
    page.centres_view.doubleClicked.emit(page.centres_model.index(0, 1))
    page.centres_view.activated.emit(page.centres_model.index(0, 1))  # what Enter and a double-click send
    dialog = open_dialog(page, CentreDialog)
    assert dialog.wilayat.currentData() == "DA02" and dialog.kind.currentData() == "men"
    type_number(qtbot, dialog.stations, "٥١")
    ok(dialog)
    assert boxes.codes() == [ErrorCode.GEO_STATIONS]  # 1 to 50, explained, dialog still open
    assert dialog.isVisible()
    type_number(qtbot, dialog.stations, "٥")
    ok(dialog)
    assert not dialog.isVisible()
    assert list_centres(ui_store, "DA02")[0].stations == 5
    assert summary(ui_store).stations == 5
    assert page.centres_model.index(0, 4).data() == "٥"
    assert page.selected_centre().code == "DA02-C01"


def test_adds_a_centre_to_the_selected_wilayat(qtbot, page, ui_store, boxes):
    select_wilayat(page, "MA02")
    button(page, "add_centre").click()
    dialog = open_dialog(page, CentreDialog)
    assert dialog.wilayat.currentData() == "MA02"
    type_text(dialog.code, "MA02-C01")
    type_text(dialog.name_ar, "مدرسة مطرح")
    dialog.kind.setCurrentIndex(dialog.kind.findData("women"))
    type_text(dialog.address, "مطرح، الكورنيش")
    type_number(qtbot, dialog.stations, "٣")
    ok(dialog)
    assert boxes.errors == []
    assert list_centres(ui_store, "MA02") == [CentreDTO("MA02-C01", "MA02", "مدرسة مطرح", "", CentreKind.WOMEN,
                                                        "مطرح، الكورنيش", 3)]
    assert page.centres_model.rowCount() == 1
    assert page.wilayats_model.index(page.wilayats_model.find(lambda w: w.code == "MA02"), 6).data() == "١"


# ---------------------------------------------------------------- deleting


def test_delete_key_asks_first_and_deletes_only_on_yes(qtbot, page, ui_store, boxes):
    select_wilayat(page, "DA03")
    page.activateWindow()
    page.wilayats_view.setFocus()
    qtbot.waitUntil(page.wilayats_view.hasFocus, timeout=WAIT)
    boxes.answer = False
    qtbot.keyClick(page.wilayats_view, Qt.Key.Key_Delete)
    assert len(boxes.questions) == 1 and "DA03" in boxes.questions[0]
    assert any(w.code == "DA03" for w in list_wilayats(ui_store))
    boxes.answer = True
    qtbot.keyClick(page.wilayats_view, Qt.Key.Key_Delete)
    assert not any(w.code == "DA03" for w in list_wilayats(ui_store))
    assert "DA03" not in shown_codes(page) and boxes.errors == []


def test_deleting_a_wilayat_with_centres_is_refused_and_said(page, ui_store, boxes):
    save_centre(ui_store, CentreDTO("DA02-C01", "DA02", "مدرسة بهلا"))
    page.refresh()
    select_wilayat(page, "DA02")
    button(page, "delete_wilayat").click()
    assert boxes.codes() == [ErrorCode.GEO_IN_USE]
    assert any(w.code == "DA02" for w in list_wilayats(ui_store))

    page.centres_view.setCurrentIndex(page.centres_model.index(0, 0))
    button(page, "delete_centre").click()
    assert list_centres(ui_store, "DA02") == []
    button(page, "delete_wilayat").click()
    assert not any(w.code == "DA02" for w in list_wilayats(ui_store))


def test_governorates_are_added_edited_and_deleted(qtbot, page, ui_store, boxes):
    assert not button(page, "edit_governorate").isEnabled()  # "all governorates" is not one
    button(page, "add_governorate").click()
    dialog = open_dialog(page, GovernorateDialog)
    type_text(dialog.code, "XX")
    type_text(dialog.name_ar, "محافظة تجريبية")
    ok(dialog)
    assert boxes.errors == []
    assert page.governorate_filter.currentData() == "XX"  # shown, ready for its wilayats
    assert page.wilayats_model.rowCount() == 0

    button(page, "edit_governorate").click()
    dialog = open_dialog(page, GovernorateDialog)
    assert dialog.name_ar.text() == "محافظة تجريبية"
    type_text(dialog.name_en, "Trial")
    ok(dialog)
    assert page.governorate_filter.currentText() == "محافظة تجريبية"

    button(page, "delete_governorate").click()
    assert page.governorate_filter.findData("XX") == -1
    page.governorate_filter.setCurrentIndex(page.governorate_filter.findData("DA"))
    button(page, "delete_governorate").click()
    assert boxes.codes() == [ErrorCode.GEO_IN_USE]  # it has wilayats


# ---------------------------------------------------------------- the phase rule


def test_editing_stops_once_polling_opens(qtbot, page, ctx, ui_store, boxes):
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(ui_store, phase)
    ctx.reload_election()
    assert page.frozen_label.isVisible()
    assert "Polling" in page.frozen_label.text()
    for name in ("load_reference", "import", "add_governorate", "add_wilayat", "edit_wilayat",
                 "delete_wilayat", "add_centre"):
        assert not button(page, name).isEnabled(), name
    assert button(page, "export").isEnabled()  # reading is still allowed
    assert not any(action.isEnabled() for action in page.wilayats_view.actions())
    select_wilayat(page, "DA02")
    page.wilayats_view.activated.emit(page.wilayats_model.index(0, 0))
    assert not [d for d in page.findChildren(WilayatDialog) if d.isVisible()]

    set_phase(ui_store, Phase.CANDIDACY)
    ctx.reload_election()
    assert not page.frozen_label.isVisible()
    assert button(page, "edit_wilayat").isEnabled()


# ---------------------------------------------------------------- files


def test_a_rejected_file_lists_every_bad_row_and_imports_nothing(qtbot, page, ui_store, boxes, monkeypatch):
    problems = [
        Problem(4, RowError(FIELD["seats"], "0", ElectadminError(ErrorCode.GEO_SEATS, value=0))),
        Problem(9, RowError(FIELD["wilayat_code"], "MA 01", ElectadminError(
            ErrorCode.VALUE_BAD_CODE, field=FIELD["wilayat_code"], value="MA 01"))),
        Problem(None, ElectadminError(ErrorCode.FILE_MISSING_COLUMN, column=FIELD["stations"])),
    ]
    seen: list[Path] = []

    def fake_import(store, path):
        seen.append(path)
        yield Progress(1, 2)
        raise FileRejected(problems, 2)

    monkeypatch.setattr(page_module, "_import_work", fake_import)
    page.start_import(Path("/data/geography.xlsx"))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(RejectedFileDialog)), timeout=WAIT)
    dialog = open_dialog(page, RejectedFileDialog)

    assert seen == [Path("/data/geography.xlsx")]
    assert "Nothing was imported" in dialog.message.text()
    assert dialog.model.rowCount() == 3
    rows = [[dialog.model.index(r, c).data() for c in range(4)] for r in range(3)]
    assert rows[0] == ["٤", "Seats", "0", "A wilayat has at least one seat, not ٠."]
    assert rows[1][:3] == ["٩", "Wilayat code", "MA 01"] and "not a valid code" in rows[1][3]
    assert rows[2][:3] == ["—", "—", "—"] and "Stations" in rows[2][3]
    assert dialog.as_text().splitlines()[1].startswith("٤\tSeats\t0\t")
    assert boxes.errors == [] and boxes.informed == []
    assert len(list_wilayats(ui_store)) == 63
    dialog.reject()


def test_a_real_file_with_bad_rows_is_rejected_whole(qtbot, page, ui_store, boxes, tmp_path):
    path = tmp_path / "geography.csv"
    path.write_text("governorate_code,governorate_ar,wilayat_ar,seats\n"
                    "MA,مسقط,ولاية جديدة,2\n"
                    "MA,مسقط,ولاية أخرى,0\n"
                    "M A,مسقط,مطرح,٢\n", encoding="utf-8")
    page.start_import(path)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(RejectedFileDialog)), timeout=WAIT)
    dialog = open_dialog(page, RejectedFileDialog)
    bad = {problem.row for problem in dialog.problems}
    assert bad == {3, 4}  # every bad row, with the header as row 1
    assert dialog.model.rowCount() == len(dialog.problems) >= 2
    assert len(list_wilayats(ui_store)) == 63  # the good row was not imported either
    dialog.reject()


def test_an_exported_file_imports_back_unchanged(qtbot, page, ui_store, boxes, tmp_path):
    save_centre(ui_store, CentreDTO("DA02-C01", "DA02", "مدرسة بهلا", kind=CentreKind.WOMEN, stations=3))
    path = tmp_path / "geography.csv"
    page.start_export(path)
    qtbot.waitUntil(lambda: len(boxes.informed) == 1, timeout=WAIT)
    assert path.exists() and fmt_int(63) in boxes.informed[0]
    page.start_import(path)
    qtbot.waitUntil(lambda: len(boxes.informed) == 2, timeout=WAIT)
    assert boxes.errors == []
    assert "nothing was changed" in boxes.informed[1]


def test_a_successful_import_tells_what_changed(qtbot, page, boxes, monkeypatch):
    changes = GeographyChanges({"governorates": 0, "wilayats": 1, "centres": 4},
                               {"governorates": 0, "wilayats": 2, "centres": 0},
                               {"governorates": 11, "wilayats": 60, "centres": 0})

    def fake_import(store, path):
        yield Progress(1, 1)
        return changes

    events: list[str] = []
    page.ctx.data_changed.connect(events.append)
    monkeypatch.setattr(page_module, "_import_work", fake_import)
    page.start_import(Path("geography.csv"))
    qtbot.waitUntil(lambda: bool(boxes.informed), timeout=WAIT)
    assert events == ["geography"]
    text = boxes.informed[0]
    assert f"Wilayats: {fmt_int(1)} created, {fmt_int(2)} updated, {fmt_int(60)} unchanged" in text
    assert f"Polling centres: {fmt_int(4)} created" in text


def test_a_failed_import_is_told_as_an_error(qtbot, page, boxes, monkeypatch):
    def fake_import(store, path):
        yield Progress(0)
        raise ElectadminError(ErrorCode.FILE_FORMAT, path=str(path))

    monkeypatch.setattr(page_module, "_import_work", fake_import)
    page.start_import(Path("notes.txt"))
    qtbot.waitUntil(lambda: bool(boxes.errors), timeout=WAIT)
    assert boxes.codes() == [ErrorCode.FILE_FORMAT]


def test_export_writes_the_format_of_the_chosen_filter(qtbot, page, boxes, monkeypatch, tmp_path):
    written: list[Path] = []

    def fake_export(store, path):
        written.append(path)
        yield Progress(63, 63)
        return 63

    monkeypatch.setattr(page_module, "_export_work", fake_export)
    answers = iter([(str(tmp_path / "places.xlsx"), "CSV file (*.csv)"),
                    (str(tmp_path / "places"), "Excel workbook (*.xlsx)")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: next(answers))
    button(page, "export").click()
    qtbot.waitUntil(lambda: len(boxes.informed) == 1, timeout=WAIT)
    button(page, "export").click()
    qtbot.waitUntil(lambda: len(boxes.informed) == 2, timeout=WAIT)
    assert written == [tmp_path / "places.csv", tmp_path / "places.xlsx"]
    assert fmt_int(63) in boxes.informed[0]


@pytest.mark.parametrize(("typed", "suffix", "expected"), [
    ("a/geo.xlsx", ".csv", "a/geo.csv"), ("a/geo", ".xlsx", "a/geo.xlsx"),
    ("a/geo.v2", ".csv", "a/geo.v2.csv"), ("a/GEO.CSV", ".csv", "a/GEO.csv"),
])
def test_export_path_takes_the_filters_suffix(typed, suffix, expected):
    assert export_path(typed, suffix) == Path(expected)


def test_rejected_rows_read_each_shape_an_importer_reports():
    cell = RowError(FIELD["seats"], 0, ElectadminError(ErrorCode.GEO_SEATS, value=0))
    problem = Problem(3, cell)
    found = rejected_rows([problem, cell, ElectadminError(ErrorCode.FILE_EMPTY, path="x.csv")],
                          describe_error=lambda e: e.code.value)
    assert [(r.row, r.column, r.value, r.reason) for r in found] == [
        (3, "Seats", "0", "geography.seats"), (None, "Seats", "0", "geography.seats"),
        (None, "", "", "file.empty")]


def test_aliases_split_on_every_separator():
    assert split_aliases("بهلاء، Bahla ,Bahlaa;  بهله؛") == ("بهلاء", "Bahla", "Bahlaa", "بهله")
    assert split_aliases("  ") == ()


# ---------------------------------------------------------------- right to left


def test_right_to_left_mirrors_the_tables_and_buttons(qtbot, preferences, window, ui_store):
    before = QApplication.layoutDirection()
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        context = UiContext(preferences, TaskRunner(window))
        context.set_store(ui_store)
        page = make_page(qtbot, context)
        qtbot.waitExposed(page)
        header = page.wilayats_view.horizontalHeader()
        assert header.sectionViewportPosition(0) > header.sectionViewportPosition(6)  # code on the right
        load, export = button(page, "load_reference"), button(page, "export")
        assert load.mapTo(page, load.rect().topLeft()).x() > export.mapTo(page, export.rect().topLeft()).x()
        assert page.selected_wilayat() is not None  # a row is selected in RTL too (not selectRow)
        assert context.tasks.shutdown(WAIT)
    finally:
        QApplication.setLayoutDirection(before)
