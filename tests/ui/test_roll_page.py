"""The roll page as staff use it: searching, transferring, objecting, reviewing duplicates, importing.

Message boxes are replaced by recorders (they are modal); everything else is driven with keys and
clicks on the page's own widgets, and each test asserts what the services then hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from electadmin.domain.election import Window
from electadmin.domain.errors import ErrorCode
from electadmin.domain.progress import run_to_end
from electadmin.domain.roll_life import DuplicateState, HistoryKind, ObjectionState, RemovalReason, VoterStatus
from electadmin.services.duplicates import count_leads, scan_duplicates
from electadmin.services.election import get_election, update_election
from electadmin.services.objections import list_objections
from electadmin.services.roll_status import voter_detail
from electadmin.ui.context import UiContext
from electadmin.ui.roll import dialogs as dialogs_module
from electadmin.ui.roll import import_dialog as import_module
from electadmin.ui.roll import page as page_module
from electadmin.ui.roll import review as review_module
from electadmin.ui.roll.dialogs import ObjectionDialog, RemoveDialog, TransferDialog
from electadmin.ui.roll.import_dialog import ImportDialog
from electadmin.ui.roll.page import RollPage
from electadmin.ui.roll.review import DuplicatesDialog, ObjectionsDialog
from electadmin.ui.tasks import TaskRunner
from tests.roll_data import CENTRES, SAMPLE, Person, add_voters
from tests.ui.conftest import type_text

WAIT = 10_000


def _today() -> date:
    return datetime.now(ZoneInfo("Asia/Muscat")).date()


@dataclass
class Boxes:
    errors: list[BaseException] = field(default_factory=list)
    informed: list[str] = field(default_factory=list)

    def codes(self) -> list[ErrorCode | None]:
        return [getattr(error, "code", None) for error in self.errors]


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    recorded = Boxes()
    for module in (page_module, review_module, import_module):
        monkeypatch.setattr(module, "show_error", lambda _p, error: recorded.errors.append(error))
        monkeypatch.setattr(module, "inform", lambda _p, _t, text: recorded.informed.append(text))
    monkeypatch.setattr("electadmin.ui.geography.dialogs.show_error",
                        lambda _p, error: recorded.errors.append(error))
    return recorded


@pytest.fixture(autouse=True)
def western_digits():
    """Figures are asserted in Western digits (the Arabic-Indic display has tests of its own)."""
    from electadmin.ui.formatting import Digits, set_digits

    set_digits(Digits.WESTERN)


@pytest.fixture
def roll_store(ui_store):
    from electadmin.services.geography import save_centre

    for centre in CENTRES:
        save_centre(ui_store, centre)
    today = _today()
    definition = get_election(ui_store).definition.with_rules(
        transfer_window=Window(today, today), objection_window=Window(today, today))
    update_election(ui_store, definition)
    add_voters(ui_store, SAMPLE)
    return ui_store


@pytest.fixture
def page(qtbot, preferences, window, roll_store) -> Iterator[RollPage]:
    context = UiContext(preferences, TaskRunner(window))
    context.set_store(roll_store)
    roll_page = RollPage(context)
    qtbot.addWidget(roll_page)
    roll_page.resize(1300, 800)
    roll_page.show()
    yield roll_page
    assert context.tasks.shutdown(WAIT)


def button(widget: QWidget, name: str) -> QPushButton:
    found = widget.findChild(QPushButton, name)
    assert found is not None, name
    return found


def open_dialog(parent: QWidget, kind: type[QDialog]) -> QDialog:
    shown = [d for d in parent.findChildren(kind) if d.isVisible()]
    assert len(shown) == 1, f"{len(shown)} {kind.__name__} open"
    return shown[0]


def closed(dialog: QDialog) -> bool:
    """Closed, and maybe already deleted (the page's dialogs delete themselves on close)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def ok(dialog: QDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def shown_civil_numbers(page: RollPage) -> list[str]:
    return [page.model.voter(r).civil_number for r in range(page.model.rowCount())]


def search(qtbot, page: RollPage, text: str) -> None:
    page.search_edit.setFocus()
    page.search_edit.selectAll()
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Backspace)
    type_text(page.search_edit, text)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)


def test_the_page_shows_the_roll_in_name_order_with_the_summary(page):
    assert page.model.rowCount() == 3
    names = [page.model.voter(r).name for r in range(3)]
    assert names[0].startswith("أحمد") and names[1].startswith("سالم") and names[2].startswith("فاطمة")
    assert "Voters on the roll: 3" in page.summary_label.text()
    assert "under the voting age on polling day: 1" in page.summary_label.text()


def test_searching_by_name_variant_or_civil_number_in_either_digit_system(qtbot, page):
    search(qtbot, page, "احمد")  # أحمد typed without its hamza
    assert shown_civil_numbers(page) == ["10000001"]
    search(qtbot, page, "فاطمه")  # ة typed as ه
    assert shown_civil_numbers(page) == ["10000002"]
    search(qtbot, page, "١٠٠٠٠٠٠٣")
    assert shown_civil_numbers(page) == ["10000003"]
    assert page.detail_labels["civil_number"].text() == "10000003"
    assert "Under age" in page.detail_labels["age"].text()
    search(qtbot, page, "")
    assert page.model.rowCount() == 3


def test_filters_narrow_the_table(qtbot, page):
    page.gender_filter.setCurrentIndex(page.gender_filter.findData("F"))
    assert shown_civil_numbers(page) == ["10000002"]
    page.gender_filter.setCurrentIndex(0)
    page.wilayat_filter.setCurrentIndex(page.wilayat_filter.findData("MA02"))
    assert shown_civil_numbers(page) == ["10000003"]
    assert page.centre_filter.isEnabled() and page.centre_filter.findData("MA02-C02") > 0


def test_transfer_by_keyboard_moves_the_voter_and_shows_it_in_the_history(qtbot, page, roll_store, boxes):
    search(qtbot, page, "10000001")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(page, TransferDialog)
    assert dialog.place.wilayat.currentData() == "MA01"  # the voter's own wilayat, without their centre
    assert [dialog.place.centre.itemData(i) for i in range(dialog.place.centre.count())] == []
    dialog.place.wilayat.setCurrentIndex(dialog.place.wilayat.findData("MA02"))
    # The joint and the men's centre of Muttrah are offered to a man; nothing else.
    assert [dialog.place.centre.itemData(i) for i in range(dialog.place.centre.count())] == ["MA02-C01", "MA02-C02"]
    dialog.place.centre.setCurrentIndex(1)
    type_text(dialog.reference, "طلب ١٢")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    assert boxes.errors == [] and not dialog.isVisible()
    detail = voter_detail(roll_store, "10000001")
    assert detail.voter.centre_code == "MA02-C02"
    assert [h.kind for h in detail.history] == [HistoryKind.TRANSFERRED]
    assert page.history_model.rowCount() == 1  # the page refreshed its panel


def test_a_transfer_outside_its_window_is_refused_with_the_dates_and_the_dialog_stays(qtbot, page, roll_store,
                                                                                      boxes):
    definition = get_election(roll_store).definition
    update_election(roll_store, definition.with_rules(transfer_window=Window(date(2020, 1, 1), date(2020, 1, 2))))
    page.ctx.reload_election()
    search(qtbot, page, "10000001")
    button(page, "transfer").click()
    dialog = open_dialog(page, TransferDialog)
    assert "01/01/2020" in dialog.window_label.text()
    dialog.place.wilayat.setCurrentIndex(dialog.place.wilayat.findData("MA02"))
    ok(dialog)
    assert boxes.codes() == [ErrorCode.ROLL_OUTSIDE_WINDOW]
    assert "2020-01-02" in str(boxes.errors[0])
    assert dialog.isVisible()
    assert voter_detail(roll_store, "10000001").voter.centre_code == "MA01-C01"


def test_removing_needs_a_reference_then_keeps_the_entry_as_removed(qtbot, page, roll_store, boxes):
    search(qtbot, page, "10000002")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    dialog = open_dialog(page, RemoveDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(RemovalReason.DECEASED.value))
    ok(dialog)
    assert boxes.codes() == [ErrorCode.VALUE_REQUIRED] and dialog.isVisible()
    type_text(dialog.reference, "شهادة وفاة ٧")
    ok(dialog)
    record = voter_detail(roll_store, "10000002").voter
    assert (record.status, record.removal_reason, record.decision_reference) == (
        VoterStatus.REMOVED, RemovalReason.DECEASED, "شهادة وفاة ٧")
    assert button(page, "restore").isEnabled() and not button(page, "remove").isEnabled()


def test_an_objection_against_an_entry_is_lodged_then_upheld(qtbot, page, roll_store, boxes):
    search(qtbot, page, "10000001")
    button(page, "object").click()
    dialog = open_dialog(page, ObjectionDialog)
    assert dialog.civil_number.text() == "10000001"
    type_text(dialog.objector, "خالد بن سعيد الشحي")
    type_text(dialog.grounds, "مقيم في ولاية أخرى")
    ok(dialog)
    assert boxes.errors == []
    [objection] = list_objections(roll_store)
    assert objection.state is ObjectionState.PENDING and objection.objector == "خالد بن سعيد الشحي"
    queue = open_dialog(page, ObjectionsDialog)
    assert queue.model.rowCount() == 1 and queue.decide_button.isEnabled()
    queue.decide_button.click()
    decide = open_dialog(queue, dialogs_module.DecideObjectionDialog)
    type_text(decide.reference, "قرار ٣")
    ok(decide)
    assert boxes.errors == []
    assert list_objections(roll_store)[0].state is ObjectionState.UPHELD
    assert voter_detail(roll_store, "10000001").voter.status is VoterStatus.REMOVED


def test_an_omission_objection_carries_the_missing_persons_particulars(qtbot, page, roll_store, boxes):
    button(page, "objections").click()
    queue = open_dialog(page, ObjectionsDialog)
    queue.new_button.click()
    dialog = open_dialog(queue, ObjectionDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("omission"))
    assert dialog.name.isVisible() and dialog.birth_date.isVisible()
    type_text(dialog.civil_number, "٢٠٠٠٠٠٠٥")
    type_text(dialog.objector, "المعني نفسه")
    type_text(dialog.grounds, "لم يدرج اسمي")
    type_text(dialog.name, "مريم بنت حمد الوهيبية")
    dialog.gender.setCurrentIndex(dialog.gender.findData("F"))
    type_text(dialog.birth_date, "٠٤/٠٤/١٩٩٥")
    dialog.place.wilayat.setCurrentIndex(dialog.place.wilayat.findData("MA01"))
    # a woman is offered the joint and the women's centre
    assert dialog.place.centre.findData("MA01-C02") >= 0
    dialog.place.centre.setCurrentIndex(dialog.place.centre.findData("MA01-C02"))
    ok(dialog)
    assert boxes.errors == []
    [objection] = list_objections(roll_store)
    assert (objection.civil_number, objection.centre_code, objection.name) == (
        "20000005", "MA01-C02", "مريم بنت حمد الوهيبية")


def test_the_review_queue_scans_and_a_person_decides(qtbot, page, roll_store, boxes):
    add_voters(roll_store, [Person("40000001", "علي بن ناصر بن سالم المعمري", birth_date=date(1966, 3, 3)),
                            Person("40000002", "على بن ناصر بن سالم المعمرى", birth_date=date(1966, 3, 3))])
    button(page, "duplicates").click()
    queue = open_dialog(page, DuplicatesDialog)
    assert queue.model.rowCount() == 0
    queue.scan_button.click()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1, timeout=WAIT)
    assert "new in the queue: 1" in boxes.informed[-1]
    assert queue.first.labels["civil_number"].text() == "40000001"
    queue.keep_second.click()  # no reference yet: refused, nothing removed
    assert boxes.codes() == [ErrorCode.VALUE_REQUIRED]
    assert voter_detail(roll_store, "40000001").voter.status is VoterStatus.ACTIVE
    type_text(queue.reference, "قرار ٤")
    queue.keep_second.click()
    assert count_leads(roll_store) == 0 and count_leads(roll_store, DuplicateState.SAME_PERSON) == 1
    assert voter_detail(roll_store, "40000001").voter.status is VoterStatus.REMOVED
    assert voter_detail(roll_store, "40000002").voter.status is VoterStatus.ACTIVE


def test_different_people_leave_both_entries(qtbot, page, roll_store, boxes):
    add_voters(roll_store, [Person("40000001", "علي بن ناصر المعمري", birth_date=date(1966, 3, 3)),
                            Person("40000002", "علي بن ناصر المعمري", birth_date=date(1966, 3, 3))])
    run_to_end(scan_duplicates(roll_store))
    button(page, "duplicates").click()
    queue = open_dialog(page, DuplicatesDialog)
    type_text(queue.reference, "تحقق")
    queue.distinct.setFocus()
    qtbot.keyClick(queue.distinct, Qt.Key.Key_Space)
    assert boxes.errors == [] and queue.model.rowCount() == 0
    assert count_leads(roll_store, DuplicateState.DISTINCT) == 1
    assert all(voter_detail(roll_store, c).voter.status is VoterStatus.ACTIVE for c in ("40000001", "40000002"))


def _roll_csv(path: Path, rows: list[str], header: str = "الرقم المدني,الاسم,الجنس,تاريخ الميلاد,المركز") -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def _open_import(qtbot, page: RollPage, path: Path) -> ImportDialog:
    page.start_import(path)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(ImportDialog)), timeout=WAIT)
    return open_dialog(page, ImportDialog)


def test_import_with_a_column_the_user_maps_then_previews_and_imports(qtbot, page, roll_store, boxes, tmp_path):
    # "رقم" alone is not a header the roll knows: the user maps it to the civil number.
    path = _roll_csv(tmp_path / "roll.csv", ["50000001,حمد بن سالم البلوشي,ذكر,01/02/1980,MA01-C01",
                                             "50000002,شيخة بنت علي الحارثي,أنثى,1990-05-06,MA01-C02"],
                     header="رقم,الاسم,الجنس,تاريخ الميلاد,المركز")
    dialog = _open_import(qtbot, page, path)
    combo = dialog.columns["civil_number"]
    assert combo.currentData() == -1 and "could not be recognised" in dialog.mapping_note.text()
    assert not dialog.import_button.isEnabled() and not dialog.preview_button.isEnabled()
    combo.setCurrentIndex(combo.findData(0))
    assert dialog.preview_button.isEnabled() and "Every required column is chosen" in dialog.mapping_note.text()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.preview.added == 2 and dialog.preview.bad_rows == 0
    assert "add 2 voters" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT)
    assert boxes.errors == []
    assert voter_detail(roll_store, "50000002").voter.centre_code == "MA01-C02"
    assert page.model.rowCount() == 5


def test_a_file_with_bad_rows_imports_nothing_unless_only_valid_rows_are_chosen(qtbot, page, roll_store, boxes,
                                                                                 tmp_path):
    path = _roll_csv(tmp_path / "bad.csv", ["50000001,حمد بن سالم البلوشي,ذكر,01/02/1980,MA01-C01",
                                            "12ab,سعيد,ذكر,31/02/1980,NOPE"])
    dialog = _open_import(qtbot, page, path)
    assert "Every column was recognised" in dialog.mapping_note.text()
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT)
    assert dialog.preview.bad_rows == 1 and dialog.problems_model.rowCount() >= 2
    rows = {dialog.problems_model.row(r).row for r in range(dialog.problems_model.rowCount())}
    assert rows == {3}  # the data row under the header, counted as the spreadsheet shows it
    assert not dialog.import_button.isEnabled()  # a rejected file needs an explicit choice
    report = tmp_path / "problems.xlsx"
    assert dialog.save_problems(report) >= 2 and report.stat().st_size > 0
    dialog.valid_only.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT)
    assert voter_detail(roll_store, "50000001").voter.status is VoterStatus.ACTIVE
    assert "1 rows left out" in boxes.informed[-1]


def test_the_centre_list_is_printed_for_the_centre_filtered(qtbot, page, tmp_path, boxes):
    page.wilayat_filter.setCurrentIndex(page.wilayat_filter.findData("MA01"))
    page.centre_filter.setCurrentIndex(page.centre_filter.findData("MA01-C01"))
    assert page.centre_code() == "MA01-C01" and page.print_button.isEnabled()
    target = tmp_path / "centre.pdf"
    page.start_print("MA01-C01", target)
    qtbot.waitUntil(lambda: bool(boxes.informed), timeout=WAIT)
    assert boxes.errors == [] and target.read_bytes().startswith(b"%PDF")
    assert "The list of 1 voters" in boxes.informed[-1]


def test_the_export_writes_only_the_filtered_view(qtbot, page, tmp_path, boxes):
    page.gender_filter.setCurrentIndex(page.gender_filter.findData("M"))
    assert sorted(shown_civil_numbers(page)) == ["10000001", "10000003"]
    target = tmp_path / "men.csv"
    page.start_export(target)
    qtbot.waitUntil(lambda: bool(boxes.informed), timeout=WAIT)
    text = target.read_text(encoding="utf-8-sig")
    assert "10000001" in text and "10000003" in text and "10000002" not in text
    assert "2 voters were written" in boxes.informed[-1]
