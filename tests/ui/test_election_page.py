"""The election area: editing the definition (both digit systems typed), phases, errors keep input."""

from __future__ import annotations

from PySide6.QtCore import Qt

from electadmin.domain.election import Phase
from electadmin.services.election import get_election
from electadmin.ui.election.page import ElectionPage
from tests.ui.conftest import type_text


def _page(qtbot, ctx) -> ElectionPage:
    page = ElectionPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_typed_arabic_indic_digits_are_saved_as_numbers(qtbot, ctx):
    page = _page(qtbot, ctx)
    age = page.form.min_voter_age
    age.lineEdit().selectAll()
    type_text(age.lineEdit(), "١٨")
    age.interpretText()
    page.form.name_en.setText("Shura Council elections")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    definition = get_election(ctx.store).definition
    assert definition.rules.min_voter_age == 18
    assert definition.name_en == "Shura Council elections"


def test_an_invalid_definition_is_refused_and_the_form_keeps_it(qtbot, ctx, monkeypatch):
    shown = []
    monkeypatch.setattr("electadmin.ui.election.page.show_error", lambda parent, error: shown.append(error))
    page = _page(qtbot, ctx)
    page.form.name_ar.setText("   ")
    page.save()
    assert shown and shown[0].code.value == "value.required"
    assert page.form.name_ar.text() == "   "
    assert get_election(ctx.store).definition.name_ar == "انتخابات مجلس الشورى"


def test_moving_the_phase_asks_first_then_updates_the_window(qtbot, ctx, monkeypatch):
    answers = iter([False, True])
    monkeypatch.setattr("electadmin.ui.election.page.confirm", lambda *args: next(answers))
    page = _page(qtbot, ctx)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert get_election(ctx.store).definition.phase is Phase.SETUP
    with qtbot.waitSignal(ctx.election_changed):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert get_election(ctx.store).definition.phase is Phase.ROLL
    assert "Set-up" in page.previous_button.text()


def test_rules_are_read_only_once_polling_opened(qtbot, ctx):
    from electadmin.services.election import set_phase

    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(ctx.store, phase)
    ctx.reload_election()
    page = _page(qtbot, ctx)
    assert not page.form.min_voter_age.isEnabled() and not page.form.polling_date.isEnabled()
    assert page.form.name_ar.isEnabled()
