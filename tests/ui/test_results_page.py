"""The count and results screens driven as a clerk would: keys into the entry form, buttons, dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Actor, Role
from electadmin.services.count_record import RecordStatus, get_count_record, save_first_entry
from electadmin.services.tally import ResultStatus, constituency_result
from tests.integration.results_setup import SIGNING_PASSWORD, as_clerk, ready_store, record, wilayat_committee
from electadmin.ui.pages import select_row
from tests.ui.conftest import type_text

# The paper order of the figures, as Tab walks them.
ORDER = ("registered_men", "registered_women", "registered_total", "voted_men", "voted_women", "voted_total",
         "ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found", "valid",
         "invalid", "blank", "votes:1", "votes:2", "votes:3")
GOOD = ("300", "300", "600", "20", "20", "40", "90", "40", "0", "50", "40", "37", "2", "1", "10", "20", "7")


@pytest.fixture
def rstore(tmp_path):
    from electadmin.services.election import create_election
    from electadmin.services.store import Store
    from tests.conftest import sample_definition

    store = Store.open(tmp_path / "results.electadmin", create=True, actor=Actor("clerk-1", Role.ADMINISTRATOR))
    create_election(store, sample_definition())
    ready_store(store)
    yield store
    store.close()


@pytest.fixture
def page(qtbot, preferences, window, rstore):
    from electadmin.ui.context import UiContext
    from electadmin.ui.results.page import ResultsPage
    from electadmin.ui.formatting import Digits, set_digits
    from electadmin.ui.tasks import TaskRunner

    set_digits(Digits.WESTERN)
    ctx = UiContext(preferences, TaskRunner(window))
    ctx.set_store(rstore)
    widget = ResultsPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    yield widget
    assert ctx.tasks.shutdown(10_000)


def select_station(page, code: str) -> None:
    for row in range(page.stations.rowCount()):
        if page.stations.item(row, 0).text() == code:
            select_row(page.stations, row)
            return
    raise AssertionError(f"{code} not listed")


def type_record(dialog, values) -> None:
    """Type each figure then press Tab, from the first field, as a clerk copies the paper."""
    focused = dialog.fields[ORDER[0]]
    focused.setFocus()
    for name, value in zip(ORDER, values, strict=True):
        widget = dialog.focusWidget()
        assert widget is dialog.fields[name], f"Tab reached {widget.objectName()}, not {name}"
        type_text(widget, value)
        dialog.focusNextChild()


def open_entry(page, qtbot, station="MA01-C1-1", second=False):
    select_station(page, station)
    dialog = page.enter_record(second=second)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_a_record_that_does_not_reconcile_names_the_check_and_needs_an_explanation(page, qtbot, rstore):
    dialog = open_entry(page, qtbot)
    values = list(GOOD)
    values[ORDER.index("ballots_unused")] = "٤٥"  # Arabic-Indic digits are typed too
    type_record(dialog, values)
    assert dialog.fields["ballots_unused"].value() == 45
    checks = dialog.checks.text()
    assert "Ballots received (90) differ from used plus spoiled plus unused (85)." in checks
    assert dialog.fields["ballots_received"].styleSheet() and not dialog.fields["valid"].styleSheet()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "explanation" in dialog.status.text()
    assert dialog.focusWidget() is dialog.explanation
    with pytest.raises(ElectadminError) as none:
        get_count_record(rstore, "MA01-C1-1")
    assert none.value.code is ErrorCode.RESULT_NO_RECORD
    type_text(dialog.explanation, "five ballots returned to the centre")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = get_count_record(rstore, "MA01-C1-1")
    assert not saved.reconciles and saved.explanation == "five ballots returned to the centre"
    assert saved.status is RecordStatus.AWAITING_SECOND


def test_enter_moves_to_the_next_figure_and_never_saves(page, qtbot, rstore):
    dialog = open_entry(page, qtbot)
    dialog.fields["registered_men"].setFocus()
    type_text(dialog.fields["registered_men"], "300")
    qtbot.keyClick(dialog.fields["registered_men"], Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.fields["registered_women"]
    dialog.opened.setFocus()
    qtbot.keyClick(dialog.opened, Qt.Key.Key_Enter)
    assert dialog.focusWidget() is dialog.closed and dialog.isVisible()
    with pytest.raises(ElectadminError):
        get_count_record(rstore, "MA01-C1-1")


def test_fixing_the_figure_clears_the_check_as_the_clerk_types(page, qtbot):
    dialog = open_entry(page, qtbot)
    type_record(dialog, GOOD)
    assert dialog.checks.text() == "The figures reconcile."
    dialog.fields["blank"].selectAll()
    type_text(dialog.fields["blank"], "5")
    assert "Ballots found (40) differ from valid plus invalid plus blank (44)." in dialog.checks.text()


def test_double_entry_mismatch_is_shown_side_by_side_and_does_not_count(page, qtbot, rstore):
    save_first_entry(as_clerk(rstore, "clerk-1"), "MA01-C1-1", record([10, 20, 7]))
    page.refresh()
    as_clerk(rstore, "clerk-2")
    dialog = open_entry(page, qtbot, second=True)
    assert all(edit.text() == "" for edit in dialog.fields.values()), "the second clerk sees a blank form"
    values = list(GOOD)
    values[ORDER.index("votes:2")], values[ORDER.index("votes:3")] = "7", "20"  # two candidates swapped
    type_record(dialog, values)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "mismatch", None) is not None and page.mismatch.isVisible())
    table = page.mismatch.table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    votes = {label: pair for label, pair in rows.items() if label.startswith("Votes for candidate")}
    assert sorted(votes.values()) == [("20", "7"), ("7", "20")]
    assert rows["Opening time"] == ("07:00", "—"), "the times left blank on the second entry differ too"
    assert get_count_record(rstore, "MA01-C1-1").status is RecordStatus.MISMATCH
    result = constituency_result(rstore, "MA01")
    assert result.stations_reported == 0 and all(c.votes == 0 for c in result.candidates)
    state = page.stations.item(0, 2).text()
    assert state == RecordStatus.MISMATCH.label


def complete(page, qtbot, rstore, station, first, second):
    for clerk, values, is_second in (("clerk-1", first, False), ("clerk-2", second, True)):
        as_clerk(rstore, clerk)
        dialog = open_entry(page, qtbot, station, second=is_second)
        type_record(dialog, values)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()


def test_the_dashboard_updates_after_a_new_record_and_certifying_freezes(page, qtbot, rstore, monkeypatch):
    dash = page.dashboard
    page.tabs.setCurrentWidget(dash)
    assert dash.progress.value() == 0 and dash.votes_shown == [0, 0, 0]
    complete(page, qtbot, rstore, "MA01-C1-1", GOOD, GOOD)
    assert dash.progress.value() == 1 and dash.votes_shown == [10, 20, 7]
    assert page.progress_label.text() == "Stations reported: 1 of 2"
    assert not page.certify_button.isEnabled()
    complete(page, qtbot, rstore, "MA01-C1-2", GOOD, GOOD)
    assert dash.votes_shown == [20, 40, 14] and dash.progress.value() == 2
    assert page.certify_button.isEnabled()
    monkeypatch.setattr("electadmin.ui.results.page.confirm", lambda *args: True)
    errors = []
    monkeypatch.setattr("electadmin.ui.results.page.show_error", lambda _parent, error: errors.append(error))
    as_clerk(rstore, "chair")
    qtbot.mouseClick(page.certify_button, Qt.MouseButton.LeftButton)  # no committee yet: refused
    assert [e.code for e in errors] == [ErrorCode.RESULT_NO_COMMITTEE] and "W-MA01" in str(errors[0])
    assert constituency_result(rstore, "MA01").status is ResultStatus.COMPLETE
    wilayat_committee(rstore, "MA01")
    monkeypatch.setattr("electadmin.ui.signers.QInputDialog.getText", lambda *args: (SIGNING_PASSWORD, True))
    qtbot.mouseClick(page.certify_button, Qt.MouseButton.LeftButton)
    assert constituency_result(rstore, "MA01").status is ResultStatus.CERTIFIED and len(errors) == 1
    select_station(page, "MA01-C1-1")
    assert not page.first_button.isEnabled() and not page.second_button.isEnabled()
    assert page.enter_record() is None, "no edit path once certified"
    assert page.reopen_button.isEnabled()
    with pytest.raises(ElectadminError) as frozen:
        save_first_entry(rstore, "MA01-C1-1", record([1, 2, 3], reason="typo"))
    assert frozen.value.code is ErrorCode.RESULT_CERTIFIED


def test_certifying_a_wilayat_with_a_committee_asks_its_members_to_sign(page, qtbot, rstore, monkeypatch):
    from electadmin.services import committees
    from electadmin.services.certification import check_certification

    rstore.actor = Actor("admin", Role.ADMINISTRATOR)
    committees.create_committee(rstore, "W-MA01", "لجنة ولاية MA01", "wilayat", 2, wilayat_code="MA01")
    passwords = {"w1": "wilayat-member-one", "w2": "wilayat-member-two", "w3": "wilayat-member-three"}
    for name, password in passwords.items():
        committees.enrol_member(rstore, "W-MA01", name, password)
    complete(page, qtbot, rstore, "MA01-C1-1", GOOD, GOOD)
    complete(page, qtbot, rstore, "MA01-C1-2", GOOD, GOOD)
    monkeypatch.setattr("electadmin.ui.results.page.confirm", lambda *args: True)
    asked = []

    def answer(parent, title, label, echo):
        name = next(n for n in passwords if n in label)
        asked.append(name)
        return (passwords[name] if name != "w3" else "", True)  # w3 does not sign
    monkeypatch.setattr("electadmin.ui.signers.QInputDialog.getText", answer)
    as_clerk(rstore, "chair")
    qtbot.mouseClick(page.certify_button, Qt.MouseButton.LeftButton)
    assert sorted(asked) == ["w1", "w2", "w3"]
    assert constituency_result(rstore, "MA01").status is ResultStatus.CERTIFIED
    check = check_certification(rstore, "MA01")
    assert check.ok and len(check.valid) == 2


def test_a_tie_blocks_the_result_until_the_draw_is_recorded(page, qtbot, rstore):
    tie = list(GOOD)
    tie[ORDER.index("votes:1")], tie[ORDER.index("votes:2")] = "15", "15"
    complete(page, qtbot, rstore, "MA01-C1-1", tie, tie)
    complete(page, qtbot, rstore, "MA01-C1-2", GOOD, GOOD)  # totals 25, 35, 14: no tie
    assert not page.draw_button.isVisible()
    # a fresh wilayat with a tie: MA02 has 2 seats and 4 candidates
    index = page.wilayat.findData("MA02")
    page.wilayat.setCurrentIndex(index)
    values = ("300", "300", "600", "20", "20", "40", "90", "40", "0", "50", "40", "37", "2", "1",
              "10", "10", "10", "7")
    order = (*ORDER[:-3], "votes:1", "votes:2", "votes:3", "votes:4")
    for station in ("MA02-C1-1", "MA02-C1-2", "MA02-C1-3"):
        for clerk, second in (("clerk-1", False), ("clerk-2", True)):
            as_clerk(rstore, clerk)
            dialog = open_entry(page, qtbot, station, second=second)
            dialog.fields[order[0]].setFocus()
            for name, value in zip(order, values, strict=True):
                type_text(dialog.focusWidget(), value)
                dialog.focusNextChild()
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        if station == "MA02-C1-2":  # a station still missing: tied so far, no draw yet, nobody elected
            assert not page.draw_button.isVisible() and "so far" in page.tie_label.text()
            outcomes = {page.candidates.item(r, 5).text() for r in range(page.candidates.rowCount())}
            assert "Elected" not in outcomes
    assert page.draw_button.isVisible() and "blocked" in page.tie_label.text()
    assert not page.certify_button.isEnabled()
    page.record_draw()
    draw = page.draw_dialog
    type_text(draw.seed, "2027-10-25")
    type_text(draw.drawn_by, "Wali")
    type_text(draw.witnesses, "Agent one")
    draw.save()
    assert not draw.isVisible()
    result = constituency_result(rstore, "MA02")
    assert result.draw is not None and len(result.elected) == 2 and not result.needs_draw
    assert not page.draw_button.isVisible() and page.certify_button.isEnabled()


def test_the_three_documents_print_and_tables_export_through_the_task_runner(page, qtbot, rstore, tmp_path,
                                                                             monkeypatch):
    from pypdf import PdfReader

    told = []
    monkeypatch.setattr("electadmin.ui.results.page.inform", lambda parent, title, text: told.append(text))
    complete(page, qtbot, rstore, "MA01-C1-1", GOOD, GOOD)
    select_station(page, "MA01-C1-1")
    outputs = [tmp_path / "record.pdf", tmp_path / "ma01.pdf", tmp_path / "national.pdf"]
    page.print_record(str(outputs[0]))
    page.print_consolidated(str(outputs[1]))
    page.print_national_summary(str(outputs[2]))
    page.start_export(str(tmp_path / "stations.csv"), "stations")
    qtbot.waitUntil(lambda: len(told) == 4, timeout=20_000)
    for path in outputs:
        assert len(PdfReader(path).pages) >= 1
    assert "MA01-C1-1" in (tmp_path / "stations.csv").read_text(encoding="utf-8")
    assert any("rows: 5" in text for text in told)


def test_importing_a_results_file_refreshes_the_stations_and_the_dashboard(page, qtbot, rstore, tmp_path,
                                                                           monkeypatch):
    told = []
    monkeypatch.setattr("electadmin.ui.results.page.inform", lambda parent, title, text: told.append(text))
    page.tabs.setCurrentWidget(page.dashboard)
    assert page.dashboard.progress.value() == 0
    source = tmp_path / "results.csv"
    source.write_text("station,ballot_number,votes\nMA01-C1-1,1,10\nMA01-C1-1,2,20\nMA01-C1-1,3,7\n",
                      encoding="utf-8")
    page.start_import(str(source))
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert page.dashboard.progress.value() == 1, told
    assert page.dashboard.votes_shown == [10, 20, 7]


def test_in_arabic_right_to_left_a_station_is_selected_and_its_record_typed(arabic, page, qtbot, rstore):
    from PySide6.QtWidgets import QApplication

    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert page.tabs.tabText(0) == "المحطات والنتيجة"
    dialog = open_entry(page, qtbot, "MA01-C1-2")
    assert page.selected_station() == "MA01-C1-2"
    type_record(dialog, [str(v).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")) for v in GOOD])
    assert dialog.checks.text() == "الأرقام متطابقة."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert get_count_record(rstore, "MA01-C1-2").figures.valid == 37


def test_the_dashboard_shows_arabic_indic_digits_in_its_shares_and_its_chart(page, qtbot, rstore):
    """With Arabic-Indic digits chosen, a share reads ٥٤٫١٪ (not ٥٤.١%) and the chart's value axis
    is labelled ٠ ١٠ ٢٠ (QValueAxis alone would print Western digits)."""
    from electadmin.ui.formatting import Digits, set_digits

    set_digits(Digits.ARABIC_INDIC)
    dash = page.dashboard
    page.tabs.setCurrentWidget(dash)
    complete(page, qtbot, rstore, "MA01-C1-1", GOOD, GOOD)
    page.refresh()
    assert dash.votes_shown == [10, 20, 7]
    shares = [dash.table.item(row, 2).text() for row in range(dash.table.rowCount())]
    assert shares[1] == "٥٤٫١٪\u061c", shares  # 20 of 37 valid votes, the sign kept right to left
    assert all("." not in s and "%" not in s for s in shares)
    labels = dash.values.labels()
    assert labels == ["٠", "٥", "١٠", "١٥", "٢٠"]
    assert dash.values.max() == 20
