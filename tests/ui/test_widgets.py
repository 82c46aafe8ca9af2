"""Input widgets take both digit systems and show the chosen one."""

from __future__ import annotations

from PySide6.QtCore import Qt

from electadmin.ui.formatting import Digits, set_digits
from electadmin.ui.widgets import CodeEdit, NumberSpinBox
from tests.ui.conftest import type_text


def test_number_spin_box_accepts_both_digit_systems(qtbot):
    box = NumberSpinBox()
    qtbot.addWidget(box)
    box.setRange(0, 1000)
    for typed, value in (("٤٢", 42), ("42", 42), ("۷", 7), ("٩٩٩", 999)):
        box.lineEdit().selectAll()
        type_text(box.lineEdit(), typed)
        box.interpretText()
        assert box.value() == value, typed


def test_number_spin_box_refuses_letters_and_out_of_range(qtbot):
    box = NumberSpinBox()
    qtbot.addWidget(box)
    box.setRange(1, 50)
    box.setValue(3)
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "x")
    box.interpretText()
    assert box.value() == 3


def test_display_follows_the_digits_choice(qtbot):
    box = NumberSpinBox()
    qtbot.addWidget(box)
    box.setRange(0, 100)
    try:
        set_digits(Digits.ARABIC_INDIC)
        box.setValue(25)
        assert box.text() == "٢٥"
        set_digits(Digits.WESTERN)
        box.setValue(26)
        assert box.text() == "26"
    finally:
        set_digits(Digits.ARABIC_INDIC)


def test_codes_read_left_to_right_with_ascii_digits(qtbot):
    edit = CodeEdit()
    qtbot.addWidget(edit)
    type_text(edit, "ma٠٣")
    assert edit.text() == "MA03"
    assert edit.layoutDirection() == Qt.LayoutDirection.LeftToRight


# ---------------------------------------------------------------- candidates: DayEdit


def test_day_edit_reads_either_digit_system_and_names_the_field_it_refuses(qtbot):
    from datetime import date

    import pytest

    from electadmin.domain.candidacy import FIELD
    from electadmin.domain.errors import ElectadminError, ErrorCode
    from electadmin.ui.widgets import DayEdit

    edit = DayEdit(FIELD["birth_date"])
    qtbot.addWidget(edit)
    for typed, day in (("٢٩/٠٢/١٩٨٨", date(1988, 2, 29)), ("29/2/1988", date(1988, 2, 29)),
                       ("1988-02-29", date(1988, 2, 29)), (" ٠١-٠٣-٢٠٠٠ ", date(2000, 3, 1))):
        edit.clear()
        type_text(edit, typed)
        assert edit.value() == day, typed
    for typed, code in (("29/02/1987", ErrorCode.VALUE_NOT_DATE), ("1/3/87", ErrorCode.VALUE_SHORT_YEAR),
                        ("", ErrorCode.VALUE_REQUIRED)):
        edit.setText(typed)
        with pytest.raises(ElectadminError) as refused:
            edit.value()
        assert refused.value.code is code and refused.value.params["field"] == FIELD["birth_date"], typed
    optional = DayEdit(FIELD["submitted_on"], required=False)
    qtbot.addWidget(optional)
    assert optional.value() is None
    set_digits(Digits.ARABIC_INDIC)
    optional.set_value(date(2027, 5, 25))
    assert optional.text() == "٢٥/٠٥/٢٠٢٧" and optional.value() == date(2027, 5, 25)
    assert optional.layoutDirection() == Qt.LayoutDirection.LeftToRight
