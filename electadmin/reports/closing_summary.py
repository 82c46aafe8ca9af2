"""The station's closing summary (ملخص إغلاق الاقتراع): voters checked in by gender, undos, times.

Printed when the polls of a station close and signed by its committee; the same figures go into the
station's count record as "voters who voted". The total is printed in figures and in words
(كتابةً), as count records are. The frame (election, «صفحة x من y», DEMO mark) is
:mod:`electadmin.reports.document`; the figures are a right-to-left table of :mod:`reports.table`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from electadmin.domain.words import arabic_words
from electadmin.reports.document import DocumentHeader, Paragraph, Spacer, Table, render
from electadmin.reports.table import Column, TableStyle
from electadmin.reports.text import Digits, with_digits

LABELS = {
    "title": "ملخص إغلاق الاقتراع",
    "subtitle": "مركز الاقتراع: {centre} ({centre_code}) — المحطة: {station} — الولاية: {wilayat}",
    "item": "البيان",
    "figure": "العدد",
    "men": "الناخبون الذكور الذين أدلوا بأصواتهم",
    "women": "الناخبات الإناث اللاتي أدلين بأصواتهن",
    "total": "مجموع الناخبين الذين أدلوا بأصواتهم",
    "undos": "عمليات التسجيل الملغاة",
    "in_words": "المجموع كتابةً: {words}",
    "first": "أول تسجيل حضور: {when}",
    "last": "آخر تسجيل حضور: {when}",
    "closed": "أُغلق الاقتراع في: {when} — بواسطة: {who}",
    "open": "لم يُغلق الاقتراع بعد: الأرقام حتى ساعة الإصدار",
    "none": "—",
    "signatures": "رئيس اللجنة: ....................    العضو: ....................    المقرر: ....................",
    "note": "تُنقل هذه الأرقام إلى محضر الفرز بوصفها عدد الناخبين الذين أدلوا بأصواتهم.",
}
"""Every fixed word of the document (Arabic: the summary is an official record)."""


@dataclass(frozen=True, slots=True)
class ClosingSummaryDoc:
    """What the summary prints; times already written in the election's time zone."""

    station_code: str
    centre_code: str
    centre_name: str
    wilayat_name: str
    men: int
    women: int
    undo_count: int
    first_at: str
    last_at: str
    closed_at: str
    closed_by: str

    @property
    def total(self) -> int:
        return self.men + self.women


def document_header(election_ar: str, election_en: str, summary: ClosingSummaryDoc, *, generated_at: datetime,
                    is_demo: bool, digits: Digits = Digits.WESTERN) -> DocumentHeader:
    subtitle = LABELS["subtitle"].format(centre=summary.centre_name, centre_code=summary.centre_code,
                                         station=summary.station_code, wilayat=summary.wilayat_name)
    return DocumentHeader(election_ar, election_en, LABELS["title"], generated_at=generated_at,
                          subtitle=subtitle, is_demo=is_demo, digits=digits)


def closing_summary_pdf(header: DocumentHeader, summary: ClosingSummaryDoc) -> bytes:
    """The closing summary of one station as PDF bytes."""
    d = header.digits

    def n(value: int) -> str:
        return with_digits(str(value), d)

    rows = [
        (LABELS["men"], n(summary.men)),
        (LABELS["women"], n(summary.women)),
        (LABELS["total"], n(summary.total)),
        (LABELS["undos"], n(summary.undo_count)),
    ]
    style = TableStyle(size=13, header_size=12, min_row_height=30)
    times = [LABELS["first"].format(when=summary.first_at or LABELS["none"]),
             LABELS["last"].format(when=summary.last_at or LABELS["none"])]
    closed = (LABELS["closed"].format(when=summary.closed_at, who=summary.closed_by) if summary.closed_at
              else LABELS["open"])
    blocks = [
        Spacer(10),
        Table([Column(LABELS["item"], 4.0), Column(LABELS["figure"], 1.4, align="center")], rows, style),
        Paragraph(LABELS["in_words"].format(words=arabic_words(summary.total)), size=13, bold=True, space_after=10),
        *(Paragraph(with_digits(t, d), size=11) for t in times),
        Paragraph(with_digits(closed, d), size=11, bold=summary.closed_at != "", space_after=12),
        Paragraph(LABELS["note"], size=10, space_after=40),
        Paragraph(LABELS["signatures"], size=11),
    ]
    return render(header, blocks)
