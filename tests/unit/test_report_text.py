"""Arabic shaping, right-to-left order and line breaking for printed documents."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from electadmin.reports import fonts
from electadmin.reports.text import (
    Digits, _shape_full, has_rtl, ltr, missing_glyphs, shape, text_width, with_digits, wrap, wrap_ltr,
)

NAMES = [
    "أحمد بن عبدالله بن محمد الكمزاري",
    "فاطمة بنت سالم بن علي البلوشي",
    "عبدالرحمن بن إبراهيم بن سعيد الحارثي",
    "مُحَمَّد بن خَالِد المعولي",
]
PARAGRAPH = (
    "تعلن اللجنة الرئيسية للانتخابات أن كشوف الناخبين معروضة في مقار اللجان الفرعية في جميع الولايات "
    "ويحق لكل ناخب أن يطلع على قيده وأن يطلب تصحيح أي خطأ فيه خلال المدة المحددة لذلك في القانون "
    "وتنظر اللجنة في الطلبات وتبلغ أصحابها بقرارها كتابة قبل انتهاء المدة"
)

_ALNUM = "0-9A-Za-z\u0660-\u0669\u06f0-\u06f9"
_RUN = re.compile(f"[{_ALNUM}]+(?:[.,:/\\-][{_ALNUM}]+)*")
_MIRROR = str.maketrans("()[]{}<>", ")(][}{><")


def reading_order(visual: str) -> str:
    """How a reader reads a right-to-left line drawn left to right: from the right, except runs of
    digits and Latin, which read left to right; a bracket reads as its mirror image. NFKC turns the
    presentation forms back into letters. Independent of the code under test, so tests can check it.
    """
    backwards = visual[::-1]
    parts: list[str] = []
    position = 0
    for run in _RUN.finditer(backwards):
        parts.append(backwards[position:run.start()].translate(_MIRROR))
        parts.append(run.group(0)[::-1])
        position = run.end()
    parts.append(backwards[position:].translate(_MIRROR))
    return unicodedata.normalize("NFKC", "".join(parts))


def without_tashkeel(text: str) -> str:
    return "".join(ch for ch in text if not "\u064b" <= ch <= "\u065f")


def test_names_read_back_exactly() -> None:
    for name in NAMES:
        visual = shape(name)
        assert all(not "\u0621" <= ch <= "\u064a" for ch in visual), "letters left unshaped"
        # Tashkeel is dropped: ReportLab cannot place marks over letters.
        assert reading_order(visual) == without_tashkeel(name)


def test_words_are_drawn_right_to_left() -> None:
    visual = shape("أحمد بن علي")
    assert reading_order(visual.split(" ")[0]) == "علي"
    assert reading_order(visual.split(" ")[-1]) == "أحمد"


def test_civil_numbers_and_codes_keep_their_digits_and_hyphen_left_to_right() -> None:
    visual = shape("رقم الناخب 2024-00123 في المركز")
    assert "2024-00123" in visual
    assert reading_order(visual) == "رقم الناخب 2024-00123 في المركز"
    assert shape("2024-00123") == "2024-00123"
    assert "٢٠٢٤-٠٠١٢٣" in shape("الرقم ٢٠٢٤-٠٠١٢٣")


def test_brackets_are_mirrored() -> None:
    visual = shape("الحالة (مرتفعة)")
    assert visual.startswith("(") and visual.index(")") < visual.index(" ")
    assert reading_order(visual) == "الحالة (مرتفعة)"
    assert reading_order(shape("رقم (2024-00123)")) == "رقم (2024-00123)"


def test_dates_numbers_and_latin_in_arabic() -> None:
    assert reading_order(shape("تاريخ الإصدار: 01/05/2024 14:30")) == "تاريخ الإصدار: 01/05/2024 14:30"
    assert reading_order(shape("عدد الأصوات ١٢٤٥٠ صوتا")) == "عدد الأصوات ١٢٤٥٠ صوتا"
    assert reading_order(shape("تجريبي — DEMO")) == "تجريبي — DEMO"


def test_ltr_keeps_a_phone_number_in_one_piece() -> None:
    assert "+968 9123 4567" in shape(f"الهاتف {ltr('+968 9123 4567')} للاستفسار")


def test_text_without_arabic_is_left_alone() -> None:
    assert shape("Shura Council elections, 2027") == "Shura Council elections, 2027"
    assert shape("+968 9123 4567") == "+968 9123 4567"
    assert shape("") == ""
    assert not has_rtl("2024-00123 ١٢٣")
    assert has_rtl("أحمد")


def test_bidi_marks_and_isolates_from_qt_do_not_break_shaping() -> None:
    text = "التاريخ \u2066\u200f01/05/2024\u2069 \u200fم"
    visual = shape(text)
    assert not set(visual) & set("\u2066\u2069\u200e\u200f\u202a\u202c")
    assert "01/05/2024" in visual


def test_line_breaks_become_spaces_in_one_line() -> None:
    assert shape("أحمد\nعلي") == shape("أحمد علي")


arabic_words = st.lists(
    st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى" + "\u064e\u0651\u0640", min_size=0, max_size=8),
    min_size=1, max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(arabic_words)
def test_word_cache_gives_the_same_output_as_the_full_algorithm(words: list[str]) -> None:
    text = " ".join(words)
    assert shape(text) == _shape_full.__wrapped__(text)


def test_word_cache_path_and_full_path_agree_on_names() -> None:
    for name in NAMES + ["عبدالله الله لا إله", "  أحمد  علي  "]:
        assert shape(name) == _shape_full.__wrapped__(name)


def test_a_long_paragraph_wraps_in_reading_order() -> None:
    fonts.register()
    width = 200.0
    lines = wrap(PARAGRAPH, fonts.REGULAR, 12, width)
    assert len(lines) >= 3
    assert all(stringWidth(line, fonts.REGULAR, 12) <= width for line in lines)
    read = [reading_order(line) for line in lines]
    assert read[0].startswith("تعلن اللجنة")
    assert read[-1].endswith("قبل انتهاء المدة")
    assert " ".join(read) == PARAGRAPH


def test_wrapping_mixed_text_keeps_numbers_and_brackets() -> None:
    text = PARAGRAPH + " ورقم القيد 2024-00123 والحالة (مرتفعة) ونسبة المشاركة 45.5%"
    lines = wrap(text, fonts.REGULAR, 12, 180)
    joined = " ".join(reading_order(line) for line in lines)
    assert "2024-00123" in joined and "(مرتفعة)" in joined
    assert joined.replace("%45.5", "45.5%") == text


def test_wrap_keeps_paragraphs_and_cuts_words_longer_than_a_line() -> None:
    lines = wrap("أحمد\n\nعلي", fonts.REGULAR, 12, 300)
    assert [reading_order(line) for line in lines] == ["أحمد", "", "علي"]
    code = "X" * 80
    pieces = wrap_ltr(code, fonts.REGULAR, 10, 100)
    assert len(pieces) > 1 and "".join(pieces) == code
    assert all(stringWidth(piece, fonts.REGULAR, 10) <= 100 for piece in pieces)


def test_text_width_is_the_width_of_the_shaped_line() -> None:
    assert text_width("أحمد", fonts.REGULAR, 10) == stringWidth(shape("أحمد"), fonts.REGULAR, 10)


def test_digits_follow_the_chosen_system() -> None:
    assert with_digits("صفحة 12 من 345", Digits.ARABIC_INDIC) == "صفحة ١٢ من ٣٤٥"
    assert with_digits("صفحة ١٢ من ۳۴۵", Digits.WESTERN) == "صفحة 12 من 345"
    assert with_digits(ltr("2024"), Digits.ARABIC_INDIC) == ltr("٢٠٢٤")


def test_missing_glyphs_finds_what_amiri_lacks() -> None:
    assert missing_glyphs("تم \u2713 التحقق") == {"\u2713"}
    assert missing_glyphs(["中", "أحمد"]) == {"中"}
    assert missing_glyphs(NAMES + ["2024-00123 (مرتفعة) 45.5% ١٢٣ — DEMO"]) == set()
    assert missing_glyphs("-", fonts.BOLD) == set()
