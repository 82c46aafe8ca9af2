"""Numbers and dates as the user chose to see them: Arabic-Indic (٠١٢٣) or Western (0123) digits.

Input always accepts both systems (see :mod:`electadmin.ui.widgets`); only display follows the choice.
Codes, civil numbers and phone numbers are identifiers read left to right and keep Western digits.
With Arabic-Indic digits, decimals and percentages take the Arabic separators and sign
(``٤٠٫٠٪``: U+066B, U+066A; thousands U+066C), as Arabic typesetting does, rather than a Latin
point and ``%`` among Arabic digits (:func:`fmt_decimal`, :func:`fmt_percent`; the rule itself is
:func:`electadmin.domain.arabic.decimal_text`, shared with the printed reports).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from electadmin.domain.arabic import decimal_text, percent_text, to_arabic_digits


class Digits(StrEnum):
    ARABIC_INDIC = "arabic"
    WESTERN = "western"


_current = Digits.ARABIC_INDIC


def set_digits(digits: Digits) -> None:
    global _current
    _current = digits


def digits() -> Digits:
    return _current


def printed_digits():
    """The digits of printed documents: those the user reads on screen (:class:`electadmin.reports.text.Digits`)."""
    from electadmin.reports.text import Digits as Printed

    return Printed.ARABIC_INDIC if _current is Digits.ARABIC_INDIC else Printed.WESTERN


def shown(text: str) -> str:
    """*text* with its digits in the chosen system."""
    return to_arabic_digits(text) if _current is Digits.ARABIC_INDIC else text


def fmt_int(value: int | None) -> str:
    if value is None:
        return "—"
    return shown(f"{value:,}".replace(",", "\u066c" if _current is Digits.ARABIC_INDIC else ","))


def fmt_decimal(value: float | None, places: int = 1) -> str:
    """A decimal as chosen: ``12.5`` or ``١٢٫٥`` (the Arabic decimal separator, not a Latin point)."""
    return "—" if value is None else decimal_text(value, places, arabic=_current is Digits.ARABIC_INDIC)


def fmt_percent(value: float | None, places: int = 1) -> str:
    """A percentage (*value* in percent, 40.0 for forty per cent): ``40.0%`` or ``٤٠٫٠٪``.

    With Arabic-Indic digits an Arabic letter mark (U+061C) follows the sign, as CLDR's Arabic
    percent sign has it: the figure then reads right to left wherever it stands (a centred label or
    a table cell alike), the sign left of the number, instead of flipping with its surroundings."""
    if value is None:
        return "—"
    arabic = _current is Digits.ARABIC_INDIC
    return percent_text(value, places, arabic=arabic) + ("\u061c" if arabic else "")


def fmt_date(value: date | None) -> str:
    """Day/month/year, the order used in Oman's documents.

    Not ``strftime``: it imports the ``time`` module on every call, which goes through PySide6's
    import hook and cost ~100 µs a date, the largest part of showing a page of the roll.
    """
    return "—" if value is None else shown(f"{value.day:02d}/{value.month:02d}/{value.year:04d}")


def fmt_datetime(value: datetime | None, timezone: str = "Asia/Muscat") -> str:
    """An instant (stored in UTC) shown in the election's time zone."""
    if value is None:
        return "—"
    return shown(value.astimezone(ZoneInfo(timezone)).strftime("%d/%m/%Y %H:%M:%S"))


def ltr(text: str) -> str:
    """*text* (a path, a code, a civil number) isolated left to right inside right-to-left text."""
    return f"\u2066{text}\u2069"


def joined(widget: QWidget, items: Iterable[str]) -> str:
    """*items* as a list in running text: with the Arabic comma in a right-to-left interface."""
    separator = "، " if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft else ", "
    return separator.join(items)
