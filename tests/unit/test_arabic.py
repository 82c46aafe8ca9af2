"""Arabic search keys, digits and cleaning (ARABIC.md, "Searching names")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electadmin.domain.arabic import clean, has_arabic_letters, parse_int, search_key, to_arabic_digits, to_ascii_digits


@pytest.mark.parametrize(("typed", "stored"), [
    ("احمد", "أحمد"),           # hamza on alef
    ("اسماء", "إسماء"),         # hamza under alef
    ("امنه", "آمنة"),           # madda, and taa marbuta ~ haa
    ("فاطمه", "فاطمة"),
    ("مصطفي", "مصطفى"),         # alef maqsura ~ yaa
    ("محمد", "مُحَمَّد"),         # diacritics
    ("عبدالله", "عبـــدالله"),    # tatweel
    ("مومن", "مؤمن"),           # waw with hamza
    ("هاني", "هانئ"),           # yaa with hamza
    ("ابراهيم", "إبراهيم"),
    ("سعيد  البلوشي", " سعيد البلوشي "),
    ("2024", "٢٠٢٤"),
    ("2024", "۲۰۲۴"),
    ("bahla", "BAHLA"),
])
def test_spelling_variants_share_a_key(typed, stored):
    assert search_key(typed) == search_key(stored)


@pytest.mark.parametrize(("a", "b"), [("محمد", "حمد"), ("سالم", "سلم"), ("علي", "على بن")])
def test_different_names_keep_different_keys(a, b):
    assert search_key(a) != search_key(b)


def test_display_keeps_the_original_but_drops_invisible_marks():
    assert clean("  مُحَمَّد\u200f  بن   علي ") == "مُحَمَّد بن علي"
    assert clean("عبـــدالله") == "عبـــدالله"


def test_digits_both_ways():
    assert to_ascii_digits("\u200f١٢/٠٣/٢٠٢٤") == "12/03/2024"
    assert to_arabic_digits("2027-10-24") == "٢٠٢٧-١٠-٢٤"


@pytest.mark.parametrize(("text", "value"), [("١٢٬٤٥٠", 12450), (" 42 ", 42), ("-٣", -3), ("1,000", 1000)])
def test_integers_typed_either_way(text, value):
    assert parse_int(text) == value


@pytest.mark.parametrize("text", ["", "١٢a", "1.5", "--1", "١ ٢ x"])
def test_non_integers_are_refused(text):
    with pytest.raises(ValueError):
        parse_int(text)


def test_has_arabic_letters():
    assert has_arabic_letters("Bahla بهلا") and not has_arabic_letters("Bahla 123")


@given(st.text())
def test_the_key_is_idempotent_and_never_fails(text):
    key = search_key(text)
    assert search_key(key) == key
    assert "\u0640" not in key and not any("\u064b" <= ch <= "\u065f" for ch in key)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_arabic_digits_round_trip(number):
    assert parse_int(to_arabic_digits(str(number))) == number


def _reference_key(text: str) -> str:
    """The search key exactly as ARABIC.md states it, on the whole text at once."""
    import re
    import unicodedata

    from electadmin.domain.arabic import _KEY_TABLE

    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text).translate(_KEY_TABLE).casefold()).strip()


_KEY_ALPHABET = st.sampled_from(list("أإآٱاىيئؤةهـًٌٍَُِّْٰ ٠١٩۴09AaÅﬁ\u00a0\u2007\u3000\t\n\u00a8\u200f\ufeff\u0301")
                                + ["ﻻ", "ﷲ", "\ufdfa", "ẞ", "ǅ"])


@given(st.lists(st.one_of(_KEY_ALPHABET, st.characters()), max_size=30).map("".join))
def test_the_word_by_word_key_equals_the_key_of_the_whole_text(text):
    assert search_key(text) == _reference_key(text)


def test_decimals_and_percentages_take_the_arabic_separators_with_arabic_indic_digits():
    from electadmin.domain.arabic import decimal_text, percent_text

    assert decimal_text(1234.56, 1) == "1,234.6" and percent_text(40, 1) == "40.0%"
    assert decimal_text(1234.56, 1, arabic=True) == "١٬٢٣٤٫٦"
    assert percent_text(40, 1, arabic=True) == "٤٠٫٠٪"
    assert percent_text(7.25, 2, arabic=True) == "٧٫٢٥٪"
    assert not any(c in percent_text(99.9, arabic=True) for c in ".,%0123456789")
