"""Numbers in Arabic words, against a table checked by hand (nominative, masculine counting)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electadmin.domain.words import MAXIMUM, arabic_words

TANWEEN = "\u064b"

HAND_CHECKED = {
    0: "صفر",
    1: "واحد",
    2: "اثنان",
    3: "ثلاثة",
    8: "ثمانية",
    10: "عشرة",
    11: "أحد عشر",
    12: "اثنا عشر",
    13: "ثلاثة عشر",
    19: "تسعة عشر",
    20: "عشرون",
    21: "واحد وعشرون",
    22: "اثنان وعشرون",
    35: "خمسة وثلاثون",
    99: "تسعة وتسعون",
    100: "مائة",
    101: "مائة وواحد",
    102: "مائة واثنان",
    110: "مائة وعشرة",
    111: "مائة وأحد عشر",
    112: "مائة واثنا عشر",
    200: "مائتان",
    250: "مائتان وخمسون",
    300: "ثلاثمائة",
    800: "ثمانمائة",
    999: "تسعمائة وتسعة وتسعون",
    1000: "ألف",
    1001: "ألف وواحد",
    1005: "ألف وخمسة",
    1100: "ألف ومائة",
    1999: "ألف وتسعمائة وتسعة وتسعون",
    2000: "ألفان",
    2020: "ألفان وعشرون",
    3000: "ثلاثة آلاف",
    10000: "عشرة آلاف",
    11000: "أحد عشر ألف" + TANWEEN + "ا",
    12000: "اثنا عشر ألف" + TANWEEN + "ا",
    13013: "ثلاثة عشر ألف" + TANWEEN + "ا وثلاثة عشر",
    20000: "عشرون ألف" + TANWEEN + "ا",
    21000: "واحد وعشرون ألف" + TANWEEN + "ا",
    41612: "واحد وأربعون ألف" + TANWEEN + "ا وستمائة واثنا عشر",
    100000: "مائة ألف",
    100001: "مائة ألف وواحد",
    101000: "مائة ألف وألف",
    102000: "مائة ألف وألفان",
    103000: "مائة وثلاثة آلاف",
    111000: "مائة وأحد عشر ألف" + TANWEEN + "ا",
    122500: "مائة واثنان وعشرون ألف" + TANWEEN + "ا وخمسمائة",
    200000: "مائتا ألف",
    200011: "مائتا ألف وأحد عشر",
    201000: "مائتا ألف وألف",
    250000: "مائتان وخمسون ألف" + TANWEEN + "ا",
    300000: "ثلاثمائة ألف",
    496279: "أربعمائة وستة وتسعون ألف" + TANWEEN + "ا ومائتان وتسعة وسبعون",
    753690: "سبعمائة وثلاثة وخمسون ألف" + TANWEEN + "ا وستمائة وتسعون",
    999999: "تسعمائة وتسعة وتسعون ألف" + TANWEEN + "ا وتسعمائة وتسعة وتسعون",
    1000000: "مليون",
    1000001: "مليون وواحد",
    1001000: "مليون وألف",
    1250305: "مليون ومائتان وخمسون ألف" + TANWEEN + "ا وثلاثمائة وخمسة",
    2000000: "مليونان",
    2002000: "مليونان وألفان",
    3000000: "ثلاثة ملايين",
    10000000: "عشرة ملايين",
    11000000: "أحد عشر مليون" + TANWEEN + "ا",
    15000120: "خمسة عشر مليون" + TANWEEN + "ا ومائة وعشرون",
    65000000: "خمسة وستون مليون" + TANWEEN + "ا",
    100100100: "مائة مليون ومائة ألف ومائة",
    200000000: "مائتا مليون",
    1000000000: "مليار",
    2452452000: "ملياران وأربعمائة واثنان وخمسون مليون" + TANWEEN + "ا وأربعمائة واثنان وخمسون ألف" + TANWEEN + "ا",
}


@pytest.mark.parametrize(("number", "words"), HAND_CHECKED.items())
def test_hand_checked_table(number, words):
    assert arabic_words(number) == words


def test_examples_as_the_brief_writes_them():
    # The accusative is written fathatan then alif, the order modern Arabic text uses.
    assert arabic_words(11000) == "أحد عشر ألفًا"


@pytest.mark.parametrize("bad", [-1, MAXIMUM + 1])
def test_out_of_range_is_refused(bad):
    with pytest.raises(ValueError):
        arabic_words(bad)


@pytest.mark.parametrize("bad", [True, 1.0, "5"])
def test_only_whole_numbers(bad):
    with pytest.raises(TypeError):
        arabic_words(bad)


@given(st.integers(min_value=1, max_value=MAXIMUM))
def test_well_formed(number):
    words = arabic_words(number)
    assert words == words.strip() and "  " not in words
    # «و» is always attached to the word it joins, never a word on its own.
    assert "و" not in words.split()
    assert "صفر" not in words
    assert re.fullmatch(r"[\u0621-\u064b ]+", words)


@given(st.integers(min_value=3, max_value=10))
def test_three_to_ten_thousand_take_the_plural(count):
    assert arabic_words(count * 1000) == f"{arabic_words(count)} آلاف"
    assert arabic_words(count * 1_000_000) == f"{arabic_words(count)} ملايين"


@given(st.integers(min_value=11, max_value=99))
def test_eleven_to_ninety_nine_thousand_take_the_accusative(count):
    assert arabic_words(count * 1000) == f"{arabic_words(count)} ألفًا"


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_thousands_and_rest_are_joined_by_wa(thousands, rest):
    words = arabic_words(thousands * 1000 + rest)
    assert words.endswith(" و" + arabic_words(rest))
