"""The candidates page: an application from the form to the ballot, filters, statistics, files, the frozen phase.

Message boxes are replaced by recorders (they are modal and would wait for a click); everything else
runs as the committee secretary would use it: buttons, the dialogs' own fields, typed text in either
digit system. Each step is checked twice: in what the services then hold and in what the screen shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from electadmin.domain.candidacy import AppealState, CandidateStatus, DecisionKind, OrderMethod, RejectionReason
from electadmin.domain.draw import seed_order
from electadmin.domain.election import Phase, Window
from electadmin.domain.eligibility import CheckState, EducationLevel, EligibilityCode
from electadmin.domain.errors import ErrorCode
from electadmin.domain.progress import run_to_end
from electadmin.i18n import translate
from electadmin.services.ballot_order import get_ballot_order
from electadmin.services.candidate_list import official_lists
from electadmin.services.candidates import (
    ApplicationData,
    accept,
    constituency_statistics,
    correct_application,
    get_candidate,
    get_requirements,
    list_candidates,
    register_application,
)
from electadmin.services.candidates_file import export_candidates
from electadmin.services.election import get_election, set_phase, update_election
from electadmin.ui.candidates import page as page_module
from electadmin.ui.candidates.dialogs import (
    ApplicationDialog,
    DecisionDialog,
    DrawDialog,
    RejectDialog,
    RequirementsDialog,
)
from electadmin.ui.candidates.page import CandidatesPage
from electadmin.ui.formatting import Digits, fmt_int, set_digits
from electadmin.ui.geography import dialogs as dialogs_module
from electadmin.ui.geography.dialogs import RejectedFileDialog
from electadmin.ui.messages import error_text
from tests.conftest import TESTER
from tests.integration.test_candidates_files import png, write_csv
from tests.ui.conftest import Boxes, button, ok, open_dialog, record_boxes, type_text

WAIT = 10_000
CANDIDACY = Window(date(2027, 5, 20), date(2027, 6, 10))
APPEALS = Window(date(2027, 6, 11), date(2027, 6, 25))
NAME = "أحمد بن عبدالله بن محمد الكمزاري"


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    return record_boxes(monkeypatch, page_module, dialogs_module)


@pytest.fixture(autouse=True)
def arabic_digits() -> Iterator[None]:
    set_digits(Digits.ARABIC_INDIC)
    yield


@pytest.fixture
def store(ui_store):
    """The UI tests' election (Oman's geography) with candidacy and appeal windows."""
    definition = get_election(ui_store).definition
    update_election(ui_store, definition.with_rules(candidacy_window=CANDIDACY, appeal_window=APPEALS))
    return ui_store


@pytest.fixture
def page(qtbot, ctx, store) -> CandidatesPage:
    ctx.reload_election()
    shown = CandidatesPage(ctx)
    qtbot.addWidget(shown)
    shown.resize(1200, 780)
    shown.show()
    return shown


def retype(edit, text: str) -> None:
    edit.clear()
    type_text(edit, text)


def application(civil: str, name: str = NAME, wilayat: str = "MA01", birth: date = date(1980, 1, 1),
                gender: str = "M", education: EducationLevel = EducationLevel.SECONDARY) -> ApplicationData:
    return ApplicationData(civil, name, gender, birth, wilayat, education, submitted_on=date(2027, 5, 25))


def checks_shown(page: CandidatesPage) -> dict[EligibilityCode, tuple[str, str]]:
    """Each check on the screen: its result and its reason, as shown."""
    model = page.checks_model
    return {model.row(r).code: (model.item(r, 1).text(), model.item(r, 2).text()) for r in range(model.rowCount())}


def select(page: CandidatesPage, code: str) -> None:
    page.search_edit.setText(code)
    assert [c.code for c in page.shown_candidates()] == [code]


# ---------------------------------------------------------------- the whole way, in Arabic


def test_an_application_goes_through_checks_rejection_appeal_acceptance_and_the_draw(
        qtbot, arabic, page, store, boxes, tmp_path):
    page.wilayat_filter.setCurrentIndex(page.wilayat_filter.findData("MA01"))
    button(page, "new_application").click()
    form = open_dialog(page, ApplicationDialog)
    assert form.wilayat.currentData() == "MA01"  # the wilayat being looked at
    type_text(form.civil_number, "١٢٣٤٥٦٧٨")  # Arabic-Indic digits, folded as typed
    assert form.civil_number.text() == "12345678"
    type_text(form.name_ar, NAME)
    type_text(form.name_latin, "Ahmed Al Kamzari")
    retype(form.birth_date, "٠١/٠٣/٢٠٠٠")  # 27 on polling day: too young to stand
    retype(form.submitted_on, "25/05/2027")  # Western digits in the same form
    type_text(form.phone, "+968 ٩٩١٢ 3456")
    (tmp_path / "photo.png").write_bytes(png())
    form.set_photo_file(tmp_path / "photo.png")
    assert not form.photo.pixmap().isNull()
    ok(form)

    assert boxes.errors == [] and not form.isVisible()
    [saved] = list_candidates(store)
    code = saved.code
    assert code == "MA01-001" and saved.civil_number == "12345678" and saved.birth_date == date(2000, 3, 1)
    assert saved.submitted_on == date(2027, 5, 25) and saved.phone == "+96899123456" and saved.has_photo
    assert saved.status is CandidateStatus.APPLIED and saved.checks is CheckState.FAILED

    # the checks of the selected application, each with its reason, in Arabic
    assert page.selected_candidate().code == code
    shown = checks_shown(page)
    failed, passed = CheckState.FAILED.label.translated(translate), CheckState.PASSED.label.translated(translate)
    not_checked = CheckState.NOT_CHECKED.label.translated(translate)
    assert failed != "Failed"  # the interface is in Arabic
    assert shown[EligibilityCode.CANDIDATE_AGE][0] == failed
    assert fmt_int(27) in shown[EligibilityCode.CANDIDATE_AGE][1] and fmt_int(30) in shown[EligibilityCode.CANDIDATE_AGE][1]
    assert shown[EligibilityCode.EDUCATION][0] == passed
    assert shown[EligibilityCode.REGISTERED_VOTER][0] == not_checked  # no roll loaded
    assert not page.detail_photo.isHidden()

    # acceptance is refused while a check fails, and the reason names it
    button(page, "accept").click()
    assert boxes.codes() == [ErrorCode.CANDIDATE_CHECKS_FAILED]
    assert EligibilityCode.CANDIDATE_AGE.label.translated(translate) in error_text(boxes.errors[0])
    assert not [d for d in page.findChildren(DecisionDialog) if d.isVisible()]
    assert get_candidate(store, code).candidate.status is CandidateStatus.APPLIED

    # rejected, the reason answering the failed check proposed, the committee's words added
    button(page, "reject").click()
    rejecting = open_dialog(page, RejectDialog)
    assert rejecting.chosen() == [RejectionReason.AGE]
    rejecting.set_chosen([RejectionReason.AGE, RejectionReason.OTHER])
    ok(rejecting)  # "other" without the committee's words is refused and the dialog stays
    assert boxes.codes()[-1] == ErrorCode.CANDIDATE_NOTE_REQUIRED and rejecting.isVisible()
    type_text(rejecting.note, "لم يبلغ الثلاثين يوم الاقتراع")
    retype(rejecting.day, "٠١/٠٦/٢٠٢٧")
    ok(rejecting)
    detail = get_candidate(store, code)
    assert detail.candidate.status is CandidateStatus.REJECTED
    last = detail.decisions[-1]
    assert last.kind is DecisionKind.REJECTED and last.reasons == (RejectionReason.AGE, RejectionReason.OTHER)
    assert last.note == "لم يبلغ الثلاثين يوم الاقتراع" and last.decided_on == date(2027, 6, 1)
    assert page.facts["status"].text() == CandidateStatus.REJECTED.label.translated(translate)
    assert page.decisions_model.rowCount() == 1
    assert not button(page, "accept").isEnabled() and button(page, "lodge_appeal").isEnabled()

    # an appeal outside the appeal window is refused, in Arabic, and nothing changes
    button(page, "lodge_appeal").click()
    appeal = open_dialog(page, DecisionDialog)
    retype(appeal.day, "01/07/2027")
    type_text(appeal.note, "أرفق شهادة ميلاد مصححة")
    ok(appeal)
    assert boxes.codes()[-1] == ErrorCode.CANDIDATE_OUTSIDE_WINDOW and appeal.isVisible()
    message = error_text(boxes.errors[-1])
    assert "2027-07-01" in message and any("\u0621" <= ch <= "\u064a" for ch in message)
    assert get_candidate(store, code).candidate.appeal is AppealState.NONE
    retype(appeal.day, "١٢/٠٦/٢٠٢٧")
    ok(appeal)
    assert not appeal.isVisible()
    assert get_candidate(store, code).candidate.appeal is AppealState.PENDING
    assert button(page, "decide_appeal").isEnabled() and not button(page, "lodge_appeal").isEnabled()

    # the grievances committee upholds it: the application is accepted
    button(page, "decide_appeal").click()
    deciding = open_dialog(page, DecisionDialog)
    deciding.upheld.setChecked(True)
    retype(deciding.day, "15/06/2027")
    ok(deciding)
    detail = get_candidate(store, code)
    assert detail.candidate.status is CandidateStatus.ACCEPTED and detail.candidate.appeal is AppealState.UPHELD
    assert [d.kind for d in detail.decisions] == [DecisionKind.REJECTED, DecisionKind.APPEAL_LODGED,
                                                  DecisionKind.APPEAL_UPHELD]
    assert page.facts["status"].text() == CandidateStatus.ACCEPTED.label.translated(translate)

    # a second application that passes every check, accepted from the screen
    other = register_application(store, application("87654321", "إبراهيم بن سالم بن خميس البلوشي")).code
    page.refresh()
    select(page, other)
    button(page, "accept").click()
    accepting = open_dialog(page, DecisionDialog)
    ok(accepting)
    assert get_candidate(store, other).candidate.status is CandidateStatus.ACCEPTED

    # the ballot order by a draw from a seed, with who drew and the witnesses
    page.tabs.setCurrentIndex(1)
    page.order_wilayat.setCurrentIndex(page.order_wilayat.findData("MA01"))
    assert page.order is None and [c.ballot_number for c in page.order_list.candidates] == [None, None]
    button(page, "draw").click()
    draw = open_dialog(page, DrawDialog)
    assert sorted(draw.drawn_order()) == sorted([code, other])
    type_text(draw.seed, "2027-06-30 ٤٧")
    type_text(draw.drawn_by, "رئيس اللجنة")
    draw.witnesses.setPlainText("مقرر اللجنة\n\n  ممثل المرشحين ")  # one a line; blank lines dropped
    errors_before = len(boxes.errors)
    ok(draw)
    assert len(boxes.errors) == errors_before and not draw.isVisible()
    order = get_ballot_order(store, "MA01")
    assert order.method is OrderMethod.SEED and order.order == seed_order("2027-06-30 ٤٧", [code, other])
    assert order.drawn_by == "رئيس اللجنة" and order.witnesses == ("مقرر اللجنة", "ممثل المرشحين")
    numbers = [(page.order_model.item(r, 0).text(), page.order_model.row(r).code)
               for r in range(page.order_model.rowCount())]
    assert numbers == [(fmt_int(1), order.order[0]), (fmt_int(2), order.order[1])]
    assert "2027-06-30" in page.order_label.text() and "مقرر اللجنة" in page.order_label.text()
    assert {c.code: c.ballot_number for c in list_candidates(store)} == {order.order[0]: 1, order.order[1]: 2}


def test_a_physical_draw_typed_in_and_the_alphabetical_order(qtbot, page, store, boxes):
    names = ["يوسف بن علي بن سالم المعمري", "إبراهيم بن سالم بن خميس البلوشي", "أحمد بن حمد بن سيف الشحي"]
    codes = []
    for n, name in enumerate(names, start=1):
        codes.append(register_application(store, application(str(n), name, wilayat="MA02")).code)
        accept(store, codes[-1])
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.order_wilayat.setCurrentIndex(page.order_wilayat.findData("MA02"))
    button(page, "draw").click()
    draw = open_dialog(page, DrawDialog)
    draw.by_hand.setChecked(True)
    assert draw.drawn.isEnabled() and not draw.seed.isEnabled()
    start = draw.drawn_order()
    draw.drawn.setCurrentRow(2)
    draw.move(-1)
    draw.move(-1)  # the third name came out of the box first
    assert draw.drawn_order() == [start[2], start[0], start[1]]
    type_text(draw.drawn_by, "الرئيس")
    ok(draw)  # no witness: refused, the dialog stays
    assert boxes.codes() == [ErrorCode.DRAW_NO_WITNESS] and draw.isVisible()
    type_text(draw.witnesses, "شاهد")
    ok(draw)
    assert get_ballot_order(store, "MA02").order == (start[2], start[0], start[1])
    assert [page.order_model.row(r).code for r in range(3)] == [start[2], start[0], start[1]]

    button(page, "alphabetical").click()
    assert len(boxes.questions) == 1 and "audit" in boxes.questions[0]  # replacing a fixed order is said
    alphabetical = get_ballot_order(store, "MA02")
    assert alphabetical.method is OrderMethod.ALPHABETICAL
    assert alphabetical.order == (codes[1], codes[2], codes[0])  # إبراهيم, أحمد, يوسف: alef forms fold


def test_a_draw_waits_until_every_application_is_decided(qtbot, page, store, boxes):
    accept(store, register_application(store, application("1", wilayat="MA03")).code)
    register_application(store, application("2", "سالم بن علي بن حمد الحارثي", wilayat="MA03"))
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.order_wilayat.setCurrentIndex(page.order_wilayat.findData("MA03"))
    assert "Decide every application" in page.order_label.text()
    button(page, "alphabetical").click()
    assert boxes.codes() == [ErrorCode.CANDIDATE_UNDECIDED]
    assert get_ballot_order(store, "MA03") is None


# ---------------------------------------------------------------- filters, correction, withdrawal


def test_filters_by_wilayat_status_and_name(qtbot, page, store):
    register_application(store, application("1", "أحمد بن سالم بن علي البلوشي"))
    accept(store, register_application(store, application("2", "مريم بنت خالد بن سعيد السيابي", gender="F")).code)
    register_application(store, application("3", "سعيد بن حمد بن خلفان الوهيبي", wilayat="MA02"))
    page.refresh()
    assert len(page.shown_candidates()) == 3
    assert page.shown_label.text() == f"Shown: {fmt_int(3)} of {fmt_int(3)}"
    page.wilayat_filter.setCurrentIndex(page.wilayat_filter.findData("MA01"))
    assert {c.civil_number for c in page.shown_candidates()} == {"1", "2"}
    page.status_filter.setCurrentIndex(page.status_filter.findData(CandidateStatus.ACCEPTED.value))
    assert [c.civil_number for c in page.shown_candidates()] == ["2"]
    page.status_filter.setCurrentIndex(0)
    page.search_edit.setText("احمد")  # أحمد typed without its hamza
    assert [c.civil_number for c in page.shown_candidates()] == ["1"]
    page.wilayat_filter.setCurrentIndex(0)
    page.search_edit.setText("MA02-")
    assert [c.civil_number for c in page.shown_candidates()] == ["3"]
    assert page.selected_candidate().civil_number == "3" and page.checks_model.rowCount() == 5


def test_correcting_and_withdrawing_an_application(qtbot, page, store, boxes):
    code = register_application(store, application("1", "سالم بن علي بن حمد الحارثي")).code
    page.refresh()
    select(page, code)
    button(page, "correct").click()
    form = open_dialog(page, ApplicationDialog)
    assert form.civil_number.text() == "1" and form.name_ar.text() == "سالم بن علي بن حمد الحارثي"
    assert not form.wilayat.isEnabled()  # the code and the wilayat stay
    retype(form.civil_number, "abc")
    ok(form)
    assert boxes.codes() == [ErrorCode.VALUE_BAD_CIVIL_NUMBER] and form.isVisible()
    retype(form.civil_number, "٩٩٨٨٧٧")
    form.education.setCurrentIndex(form.education.findData(EducationLevel.BACHELOR.value))
    retype(form.birth_date, "31/2/1980")  # no such day
    ok(form)
    assert boxes.codes()[-1] == ErrorCode.VALUE_NOT_DATE and form.isVisible()
    retype(form.birth_date, "1980-02-29")
    assert not form.remove_photo_button.isEnabled()  # nothing to take off yet
    ok(form)
    corrected = get_candidate(store, code).candidate
    assert corrected.civil_number == "998877" and corrected.education is EducationLevel.BACHELOR
    assert corrected.birth_date == date(1980, 2, 29)
    assert page.facts["civil_number"].text().strip("\u2066\u2069") == "998877"

    # a photo put on by mistake is taken off by a correction
    correct_application(store, code, ApplicationData("998877", "سالم بن علي بن حمد الحارثي", "M", date(1980, 2, 29),
                                                     "MA01", EducationLevel.BACHELOR, photo=png()))
    page.refresh()
    select(page, code)
    button(page, "correct").click()
    form = open_dialog(page, ApplicationDialog)
    assert not form.photo.pixmap().isNull() and form.remove_photo_button.isEnabled()
    form.remove_photo_button.click()
    assert form.photo.pixmap().isNull() and not form.remove_photo_button.isEnabled()
    ok(form)
    assert get_candidate(store, code).photo is None and page.detail_photo.isHidden()

    button(page, "withdraw").click()
    withdrawal = open_dialog(page, DecisionDialog)
    type_text(withdrawal.note, "انسحاب بطلب كتابي")
    ok(withdrawal)
    assert get_candidate(store, code).candidate.status is CandidateStatus.WITHDRAWN
    assert not any(button(page, name).isEnabled() for name in ("correct", "accept", "reject", "withdraw"))


# ---------------------------------------------------------------- statistics


def test_statistics_per_constituency_warn_where_fewer_candidates_than_seats(qtbot, page, store):
    # Matrah (MA02) has two seats: one accepted woman is not enough; Muscat (MA01) has one seat, filled.
    accept(store, register_application(store, application("1", "مريم بنت خالد بن سعيد السيابي", wilayat="MA02",
                                                          gender="F")).code)
    register_application(store, application("2", "سالم بن علي بن حمد الحارثي", wilayat="MA02"))
    accept(store, register_application(store, application("3")).code)
    page.refresh()
    page.tabs.setCurrentIndex(2)
    model = page.stats_model
    rows = {model.row(r).wilayat_code: r for r in range(model.rowCount())}
    assert len(rows) == 63
    headers = [model.headerData(c, page.stats_view.horizontalHeader().orientation()) for c in
               range(model.columnCount())]
    warning = headers.index("Warning")

    def cell(code: str, header: str) -> str:
        return model.item(rows[code], headers.index(header)).text()

    assert cell("MA02", "Applications") == fmt_int(2) and cell("MA02", "Accepted") == fmt_int(1)
    assert cell("MA02", "Under review") == fmt_int(1) and cell("MA02", "Women among candidates") == fmt_int(1)
    assert model.item(rows["MA02"], warning).text() == "Fewer candidates than seats"
    assert model.item(rows["MA01"], warning).text() == "—"
    assert model.item(rows["MA02"], 1).foreground().color().name() == "#8a1c1c"
    short = sum(s.fewer_candidates_than_seats for s in constituency_statistics(store))
    assert short == 62 and f"fewer candidates than seats: {fmt_int(62)}" in page.stats_label.text()


# ---------------------------------------------------------------- files


def test_a_rejected_import_lists_every_bad_row_and_imports_nothing(qtbot, page, store, boxes, tmp_path):
    header = ["Civil number", "Full name in Arabic", "Gender", "Birth date", "Wilayat", "Education", "Submitted on"]
    path = write_csv(tmp_path / "applications.csv", header, [
        ["12345678", NAME, "M", "24/10/1985", "MA01", "secondary", "25/05/2027"],
        ["12A45", "سالم بن علي الحارثي", "M", "24/10/1985", "MA01", "secondary", "25/05/2027"],
        ["22334455", "مريم بنت خالد السيابي", "F", "24/10/1985", "Atlantis", "bachelor", "25/05/2027"],
    ])
    page.start_import(path)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(RejectedFileDialog)), timeout=WAIT)
    rejected = open_dialog(page, RejectedFileDialog)
    problems = {(p.row, p.column): p for p in rejected.problems}
    assert set(problems) == {(3, "Civil number"), (4, "Wilayat")}
    assert problems[(3, "Civil number")].value == "12A45" and "12A45" in problems[(3, "Civil number")].reason
    assert "Atlantis" in problems[(4, "Wilayat")].reason
    assert rejected.model.rowCount() == 2
    assert list_candidates(store) == [] and page.candidates_model.rowCount() == 0
    rejected.close()

    good = write_csv(tmp_path / "good.csv", header, [
        ["12345678", NAME, "M", "24/10/1985", "مسقط", "ثانوي", "25/05/2027"],
        ["22334455", "مريم بنت خالد السيابي", "أنثى", "٢٤/١٠/١٩٨٥", "مطرح", "bachelor", "26/05/2027"]])
    page.start_import(good)
    qtbot.waitUntil(lambda: bool(boxes.informed), timeout=WAIT)
    assert f"Applications imported: {fmt_int(2)}" in boxes.informed[0]
    assert page.candidates_model.rowCount() == 2
    assert {c.code for c in list_candidates(store)} == {"MA01-001", "MA02-001"}


def test_export_and_print_run_in_the_background(qtbot, page, store, boxes, tmp_path):
    accept(store, register_application(store, application("1")).code)
    register_application(store, application("2", "سالم بن علي بن حمد الحارثي"))
    page.refresh()
    page.start_export(tmp_path / "list.csv", "MA01", everything=True)
    qtbot.waitUntil(lambda: len(boxes.informed) == 1, timeout=WAIT)
    lines = (tmp_path / "list.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and f"candidates: {fmt_int(2)}" in boxes.informed[0]
    page.start_print(tmp_path / "list.pdf")
    qtbot.waitUntil(lambda: len(boxes.informed) == 2, timeout=WAIT)
    assert (tmp_path / "list.pdf").read_bytes().startswith(b"%PDF")
    assert f"candidates: {fmt_int(1)}" in boxes.informed[1]  # the official list: accepted candidates only
    assert run_to_end(export_candidates(store, tmp_path / "again.csv")) == 1
    assert len(official_lists(store)) == 63


# ---------------------------------------------------------------- the phase and the DEMO mark


def test_once_polling_opens_nothing_can_change(qtbot, page, ctx, store):
    register_application(store, application("1"))
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(store, phase)
    ctx.reload_election()
    assert not page.frozen_label.isHidden()
    assert page.frozen_label.text() == error_text(page_module.ElectadminError(
        ErrorCode.ELECTION_FROZEN, current=Phase.POLLING.label, what=page_module._FROZEN_WHAT))
    assert page.selected_candidate() is not None
    for name in ("new_application", "import", "correct", "accept", "reject", "withdraw", "lodge_appeal",
                 "decide_appeal", "draw", "alphabetical", "requirements"):
        assert not button(page, name).isEnabled(), name
    assert button(page, "export").isEnabled() and button(page, "print").isEnabled()  # reading stays
    assert page.demo_label.isHidden()


def test_the_demo_election_is_marked(qtbot, preferences, window, tmp_path):
    from electadmin.services.election import create_election
    from electadmin.services.reference import load_reference_geography
    from electadmin.services.store import Store
    from electadmin.ui.context import UiContext
    from electadmin.ui.tasks import TaskRunner
    from tests.conftest import sample_definition

    demo = Store.open(tmp_path / "demo.electadmin", create=True, actor=TESTER)
    create_election(demo, sample_definition(is_demo=True))
    load_reference_geography(demo)
    context = UiContext(preferences, TaskRunner(window))
    context.set_store(demo)
    shown = CandidatesPage(context)
    qtbot.addWidget(shown)
    shown.show()
    assert not shown.demo_label.isHidden() and "DEMO" in shown.demo_label.text()
    assert context.tasks.shutdown(WAIT)
    demo.close()


def test_the_requirements_come_from_the_election_and_the_checks_follow(qtbot, page, store, boxes):
    code = register_application(store, application("1")).code  # secondary education
    page.refresh()
    select(page, code)
    assert checks_shown(page)[EligibilityCode.EDUCATION][0] == "Passed"
    button(page, "requirements").click()
    dialog = open_dialog(page, RequirementsDialog)
    assert fmt_int(30) in dialog.age.text()  # the age is the election's rule, shown, not edited here
    assert dialog.education.currentData() == EducationLevel.SECONDARY.value
    dialog.education.setCurrentIndex(dialog.education.findData(EducationLevel.BACHELOR.value))
    dialog.registered.setChecked(False)
    ok(dialog)
    assert boxes.errors == []
    requirements = get_requirements(store)
    assert requirements.min_education is EducationLevel.BACHELOR and not requirements.must_be_registered_voter
    shown = checks_shown(page)
    assert shown[EligibilityCode.EDUCATION][0] == "Failed" and "Bachelor" in shown[EligibilityCode.EDUCATION][1]
    assert EligibilityCode.REGISTERED_VOTER not in shown  # switched off: no longer checked at all
    assert page.candidates_model.row(0).checks is CheckState.FAILED
