"""The "check a printed record" screen, driven from the keyboard as a committee member would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from electadmin.domain.arabic import to_arabic_digits
from electadmin.domain.progress import run_to_end
from electadmin.services.certification import certify
from electadmin.services.record_check import CheckOutcome
from electadmin.services.results_reports import consolidated_pdf
from tests.integration.record_check_setup import MEMBERS, committee_store, double
from tests.integration.results_setup import record
from tests.integration.test_record_check import the_hash
from tests.ui.conftest import type_text


@pytest.fixture
def cstore(tmp_path):
    from electadmin.services.election import create_election
    from electadmin.services.store import Store
    from tests.conftest import TESTER, sample_definition

    store = Store.open(tmp_path / "check.electadmin", create=True, actor=TESTER)
    create_election(store, sample_definition())
    committee_store(store)
    certify(store, "MA01", MEMBERS[:2])
    store.actor = TESTER
    yield store
    store.close()


@pytest.fixture
def page(qtbot, preferences, window, cstore):
    from electadmin.ui.context import UiContext
    from electadmin.ui.formatting import Digits, set_digits
    from electadmin.ui.record_check.page import RecordCheckPage
    from electadmin.ui.tasks import TaskRunner

    set_digits(Digits.WESTERN)
    ctx = UiContext(preferences, TaskRunner(window))
    ctx.set_store(cstore)
    widget = RecordCheckPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    yield widget
    assert ctx.tasks.shutdown(10_000)


def test_typing_the_printed_hash_in_arabic_indic_digits_shows_a_match_and_the_signers(qtbot, page, cstore):
    printed = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    assert page.field.hasFocus() or page.focusProxy() is page.field
    type_text(page.field, to_arabic_digits(printed.replace("-", " ").lower()))
    assert page.verdict.isVisible()
    assert page.last.outcome is CheckOutcome.MATCH
    assert page.verdict.text() == "Matches the record held in this file"
    details = page.details.text()
    for signer in page.last.signers:
        assert signer.member in details and signer.short_fingerprint in details
    assert "The signatures verify with the public keys in this file." in details


def test_a_western_digit_hash_without_hyphens_checks_as_it_is_typed(qtbot, page, cstore):
    printed = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    qtbot.keyClicks(page.field, printed.replace("-", ""))
    assert page.last is not None and page.last.outcome is CheckOutcome.MATCH


def test_an_older_version_and_a_wrong_hash_say_so_and_escape_clears(qtbot, page, cstore):
    from electadmin.services.certification import reopen
    from electadmin.services.results_reports import count_record_pdf

    old = the_hash(run_to_end(count_record_pdf(cstore, "MA01-C1-1")))
    reopen(cstore, "MA01", "طعن مقبول")
    double(cstore, "MA01-C1-1", record([11, 20, 5], reason="تصحيح أصوات المرشح الأول"))
    qtbot.keyClicks(page.field, old)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.last.outcome is CheckOutcome.SUPERSEDED
    assert "older version" in page.verdict.text()
    assert "version 2" in page.details.text()
    qtbot.keyClick(page.field, Qt.Key.Key_Escape)
    assert page.field.text() == "" and not page.verdict.isVisible()
    wrong = old[:-1] + ("2" if old[-1] != "2" else "3")
    qtbot.keyClicks(page.field, wrong)
    assert page.last.outcome is CheckOutcome.NO_MATCH
    assert page.verdict.text().startswith("No record in this file has this hash")
    qtbot.keyClick(page.field, Qt.Key.Key_Escape)
    qtbot.keyClicks(page.field, "ABC")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    assert page.last.outcome is CheckOutcome.INVALID


def test_the_screen_is_an_area_of_the_main_window():
    from electadmin.ui.areas import area

    assert area("record_check").page is not None


def test_in_arabic_the_answer_is_in_arabic_and_reads_right_to_left(qtbot, arabic, preferences, window, cstore):
    from PySide6.QtCore import QCoreApplication

    from electadmin.ui.context import UiContext
    from electadmin.ui.record_check.page import RecordCheckPage
    from electadmin.ui.tasks import TaskRunner

    ctx = UiContext(preferences, TaskRunner(window))
    ctx.set_store(cstore)
    page = RecordCheckPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    printed = the_hash(run_to_end(consolidated_pdf(cstore, "MA01")))
    type_text(page.field, to_arabic_digits(printed))
    assert page.last.outcome is CheckOutcome.MATCH
    expected = QCoreApplication.translate("RecordCheckPage", "Matches the record held in this file")
    assert expected != "Matches the record held in this file" and page.verdict.text() == expected
    assert ctx.tasks.shutdown(10_000)
