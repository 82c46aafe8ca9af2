"""Arabic text laid out for ReportLab: shaping, right-to-left order, line breaking, missing glyphs.

ReportLab draws the characters of a string left to right as they come, one glyph per character. So
every string an Arabic document prints goes through :func:`shape` (one line) or :func:`wrap` (a
paragraph), which follow ARABIC.md:

1. ``arabic_reshaper`` replaces letters by their joined presentation forms (and lam-alef ligatures);
2. a paragraph is broken into lines in *logical* (reading) order, measuring the reshaped width;
   reordering a whole paragraph first would put its last line on top;
3. each line is reordered for display by the bidi algorithm of ``bidi.algorithm.get_display`` (the
   pure-Python API of python-bidi 0.6): unlike the newer ``bidi.get_display`` it mirrors brackets, so
   «(مرتفعة)» is not printed as «)مرتفعة(».

Civil numbers and codes such as ``2024-00123`` read left to right even inside Arabic, but the bidi
algorithm turns digits after Arabic letters into Arabic numbers, which a hyphen does not join, and
would print ``00123-2024``. :func:`shape` therefore keeps any such hyphenated token left to right;
:func:`ltr` does the same for anything else (a phone number with spaces).

Shaping costs ~0.14 ms a name, about half the time of a printed roll. Names are pure Arabic words
separated by spaces, for which shaping word by word gives exactly the same result (a space breaks
joining and reverses nothing inside a word), so those words are cached; strings with digits, Latin or
punctuation take the full algorithm.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from enum import StrEnum
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase.pdfmetrics import stringWidth

from electadmin.domain.arabic import ARABIC_INDIC_DIGITS, PERSIAN_DIGITS, WESTERN_DIGITS
from electadmin.reports import fonts

__all__ = [
    "Digits", "has_rtl", "ltr", "missing_glyphs", "shape", "text_width", "with_digits", "wrap", "wrap_ltr",
]

_LRE, _LRO, _PDF = "\u202a", "\u202d", "\u202c"

# Letters, tashkeel and tatweel of the Arabic block (digits and punctuation excluded): text made only
# of these and ASCII spaces can be shaped word by word.
_ARABIC_WORD_CHARS = "\u0621-\u063a\u0640-\u065f\u0670-\u06d3\u06d5"
_PURE_ARABIC = re.compile(f"[{_ARABIC_WORD_CHARS} ]*")
_RTL = re.compile("[\u0590-\u065f\u066a-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
# A civil number, code or date written with hyphens: kept left to right.
_HYPHENATED = re.compile(f"[{_DIGIT}A-Za-z]+(?:-[{_DIGIT}A-Za-z]+)+")
_HAS_DIGIT = re.compile(f"[{_DIGIT}]")
# Isolates (Unicode 6.3) are unknown to the pure-Python bidi and come from QLocale and copy-paste;
# embeddings give the same order for the short runs they wrap. Marks left over after reordering
# are dropped: a font draws nothing useful for them.
_ISOLATES = str.maketrans({"\u2066": _LRE, "\u2067": "\u202b", "\u2068": "", "\u2069": _PDF})
_DROP_AFTER = str.maketrans(
    "", "", "\u200e\u200f\u061c\u200b\u200c\u200d\ufeff\u202a\u202b\u202c\u202d\u202e")
_LINE_BREAKS = re.compile(r"[\t\r\n\v\f]")


class Digits(StrEnum):
    """The digits numbers are printed with (the user's choice; input accepts both)."""

    WESTERN = "western"
    ARABIC_INDIC = "arabic-indic"


_TO_WESTERN = str.maketrans(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, WESTERN_DIGITS * 2)
_TO_ARABIC_INDIC = str.maketrans(WESTERN_DIGITS + PERSIAN_DIGITS, ARABIC_INDIC_DIGITS * 2)


def with_digits(text: str, digits: Digits) -> str:
    """*text* with every digit in the chosen system (nothing else changes)."""
    return text.translate(_TO_ARABIC_INDIC if digits is Digits.ARABIC_INDIC else _TO_WESTERN)


def has_rtl(text: str) -> bool:
    """Whether *text* holds a right-to-left letter (and so needs shaping)."""
    return _RTL.search(text) is not None


def ltr(text: str) -> str:
    """Mark *text* to read left to right as one unit inside Arabic (e.g. ``+968 9123 4567``).

    Without Arabic letters its characters are simply kept in order (an override: Arabic-Indic digits
    would otherwise still run right to left); with them, it is embedded left to right.
    """
    return f"{_LRE if has_rtl(text) else _LRO}{text}{_PDF}"


@lru_cache(maxsize=1 << 16)
def _shape_word(word: str) -> str:
    return get_display(arabic_reshaper.reshape(word), base_dir="R") if word else word


def _protect(match: re.Match[str]) -> str:
    token = match.group(0)
    return ltr(token) if _HAS_DIGIT.search(token) else token


@lru_cache(maxsize=4096)
def _shape_full(text: str) -> str:
    text = _HYPHENATED.sub(_protect, text.translate(_ISOLATES))
    return get_display(arabic_reshaper.reshape(text), base_dir="R").translate(_DROP_AFTER)


def shape(text: str) -> str:
    """One line of *text* in logical order → the string to draw left to right (visual order).

    Text without right-to-left letters comes back as it is (less bidi marks); line breaks and tabs
    become spaces (use :func:`wrap` for paragraphs).
    """
    if _PURE_ARABIC.fullmatch(text):
        if " " not in text:
            return _shape_word(text)
        return " ".join([_shape_word(word) for word in reversed(text.split(" "))])
    text = _LINE_BREAKS.sub(" ", text)
    if not has_rtl(text):
        return text.translate(_ISOLATES).translate(_DROP_AFTER)
    return _shape_full(text)


def text_width(text: str, font: str, size: float) -> float:
    """The printed width in points of one line of *text*."""
    fonts.register()
    return stringWidth(shape(text), font, size)


def _width_of(font: str, size: float) -> Callable[[str], float]:
    """Width of a logical word once shaped (reordering never changes a width, shaping does)."""
    def width(word: str) -> float:
        if _PURE_ARABIC.fullmatch(word):
            drawn = _shape_word(word)
        else:
            drawn = arabic_reshaper.reshape(word.translate(_ISOLATES).translate(_DROP_AFTER))
        return stringWidth(drawn, font, size)
    return width


def _split_long(word: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Cut a word wider than a line into pieces that fit (a long code or an unbroken string)."""
    pieces: list[str] = []
    start = 0
    while start < len(word):
        end = start + 1
        while end < len(word) and measure(word[start:end + 1]) <= width:
            end += 1
        pieces.append(word[start:end])
        start = end
    return pieces


def _break_lines(text: str, width: float, measure: Callable[[str], float], space: float) -> list[str]:
    """Greedy line breaking in logical order; each line is returned in logical order."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        current_width = 0.0
        for word in words:
            word_width = measure(word)
            pieces = [word] if word_width <= width else _split_long(word, width, measure)
            for piece in pieces:
                piece_width = word_width if len(pieces) == 1 else measure(piece)
                if current and current_width + space + piece_width > width:
                    lines.append(" ".join(current))
                    current, current_width = [], 0.0
                current_width += piece_width + (space if current else 0.0)
                current.append(piece)
        lines.append(" ".join(current))
    return lines


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """*text* broken into lines no wider than *width* points: visual lines, first line first.

    Line breaks in *text* start new lines; an empty paragraph gives an empty line.
    """
    fonts.register()
    space = stringWidth(" ", font, size)
    return [shape(line) for line in _break_lines(text, width, _width_of(font, size), space)]


def wrap_ltr(text: str, font: str, size: float, width: float) -> list[str]:
    """Like :func:`wrap` for text that reads left to right (codes, phone numbers, Latin)."""
    if has_rtl(text):
        return wrap(text, font, size, width)
    fonts.register()
    space = stringWidth(" ", font, size)
    return _break_lines(text, width, lambda word: stringWidth(word, font, size), space)


def missing_glyphs(text: str | Iterable[str], font_name: str = fonts.REGULAR) -> set[str]:
    """The characters that would be drawn for *text* but that the font lacks.

    ReportLab silently drops them (``2024-00123`` printed as ``202400123`` in a font without ``-``),
    so tests run every fixed string of a document through this. Shaped presentation forms are
    checked, since those are what is drawn. *text* may be one string or several.
    """
    strings = [text] if isinstance(text, str) else list(text)
    drawn = {ch for s in strings for ch in shape(s) if not ch.isspace()}
    return {ch for ch in drawn if not fonts.has_glyph(font_name, ch)}
