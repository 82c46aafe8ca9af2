"""The national summary of results (الملخص الوطني للنتائج): seats, turnout, women, with charts.

The whole country on a few pages: stations and constituencies reported, turnout by gender, the
seats decided; per governorate the seats won and pending, the turnout of men and women, and the
women who stood and who won, each also as a bar chart; then one row per wilayat with its seats,
stations reported, turnout, status and winners.

Charts are ReportLab's own (``reportlab.graphics.charts``), drawn on the same canvas as the text so
the document stays one searchable PDF. Their Arabic labels are shaped with the shared helpers, and
categories run from right to left like the tables (the first governorate is the rightmost bar).

A report is a pure function of :class:`NationalSummaryReport` (plain frozen data) to PDF bytes.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from electadmin.domain.progress import Progress, Work
from electadmin.reports import fonts
from electadmin.reports.document import DocumentHeader, DocumentStatus, Page, render_work
from electadmin.reports.results_parts import fact_grid, figure, percent, section
from electadmin.reports.table import Column, TableStyle
from electadmin.reports.text import Digits, ltr, shape, with_digits

__all__ = ["LABELS", "NationalSummaryReport", "WilayatSummary", "Winner", "document_header",
           "national_summary_work"]

LABELS = {
    "title": "الملخص الوطني للنتائج",
    "subtitle": "جميع الولايات",
    "constituencies": "الدوائر المحسومة",
    "constituencies_value": "{decided} من {total}",
    "stations": "المحطات الواردة",
    "stations_value": "{reported} من {expected}",
    "seats": "المقاعد المحسومة",
    "seats_value": "{decided} من {total}",
    "registered": "الناخبون المقيدون",
    "voted": "الناخبون المقترعون",
    "turnout": "نسبة المشاركة",
    "turnout_men": "مشاركة الذكور",
    "turnout_women": "مشاركة الإناث",
    "women_candidates": "المرشحات",
    "women_winners": "الفائزات",
    "by_governorate": "أولًا: النتائج حسب المحافظة",
    "governorate": "المحافظة",
    "seats_total": "المقاعد",
    "seats_won": "المحسومة",
    "seats_pending": "غير المحسومة",
    "candidates": "المرشحون",
    "chart_seats": "المقاعد المحسومة وغير المحسومة حسب المحافظة",
    "chart_turnout": "نسبة المشاركة حسب المحافظة والجنس (٪)",
    "chart_women": "المرشحات والفائزات حسب المحافظة",
    "by_wilayat": "ثانيًا: النتائج حسب الولاية",
    "wilayat": "الولاية",
    "stations_short": "المحطات",
    "status": "الحالة",
    "statuses": {"provisional": "أولية", "complete": "مكتملة", "certified": "معتمدة",
                 "needs_draw": "بانتظار القرعة"},
    "winners": "الفائزون",
    "woman": " (مرشحة)",
    "total": "المجموع",
}
"""Every fixed word of the document (Arabic: the summary is an official document)."""


@dataclass(frozen=True, slots=True)
class Winner:
    name_ar: str
    votes: int
    woman: bool = False


@dataclass(frozen=True, slots=True)
class WilayatSummary:
    governorate_code: str
    governorate_ar: str
    wilayat_code: str
    wilayat_ar: str
    seats: int
    status: str
    """``provisional`` (stations missing), ``complete``, ``certified`` or ``needs_draw``."""
    stations_reported: int
    stations_expected: int
    registered_men: int
    registered_women: int
    voted_men: int
    voted_women: int
    candidates: int
    women_candidates: int
    winners: Sequence[Winner] = ()

    @property
    def decided(self) -> bool:
        return self.status in ("complete", "certified")


@dataclass(frozen=True, slots=True)
class NationalSummaryReport:
    election_name_ar: str
    wilayats: Sequence[WilayatSummary]
    """In the order of the geography (governorate by governorate)."""


def document_header(report: NationalSummaryReport, *, election_name_en: str, generated_at: datetime,
                    is_demo: bool, status: DocumentStatus, content_hash: str = "",
                    digits: Digits = Digits.WESTERN) -> DocumentHeader:
    return DocumentHeader(report.election_name_ar, election_name_en, LABELS["title"], generated_at,
                          subtitle=LABELS["subtitle"], is_demo=is_demo, status=status, digits=digits,
                          content_hash=content_hash)


@dataclass(frozen=True, slots=True)
class _Governorate:
    name: str
    seats: int
    won: int
    registered_men: int
    registered_women: int
    voted_men: int
    voted_women: int
    candidates: int
    women_candidates: int
    women_winners: int


def _governorates(wilayats: Sequence[WilayatSummary]) -> list[_Governorate]:
    order: list[str] = []
    groups: dict[str, list[WilayatSummary]] = {}
    for w in wilayats:
        if w.governorate_code not in groups:
            order.append(w.governorate_code)
        groups.setdefault(w.governorate_code, []).append(w)
    return [_Governorate(
        ws[0].governorate_ar, sum(w.seats for w in ws), sum(w.seats for w in ws if w.decided),
        sum(w.registered_men for w in ws), sum(w.registered_women for w in ws), sum(w.voted_men for w in ws),
        sum(w.voted_women for w in ws), sum(w.candidates for w in ws), sum(w.women_candidates for w in ws),
        sum(1 for w in ws if w.decided for x in w.winners if x.woman)) for ws in (groups[c] for c in order)]


def national_summary_work(header: DocumentHeader, report: NationalSummaryReport) -> Work[bytes]:
    """Draw the summary; yields progress per part and returns the PDF's bytes."""

    def body(page: Page) -> Generator[Progress, None, None]:
        digits = header.digits
        governorates = _governorates(report.wilayats)
        _totals(page, report.wilayats, digits)
        yield Progress(1, 4)
        _governorate_table(page, governorates, digits)
        yield Progress(2, 4)
        _charts(page, governorates, digits)
        yield Progress(3, 4)
        _wilayat_table(page, report.wilayats, digits)
        yield Progress(4, 4)

    return render_work(header, body)


def _totals(page: Page, wilayats: Sequence[WilayatSummary], digits: Digits) -> None:
    registered_men = sum(w.registered_men for w in wilayats)
    registered_women = sum(w.registered_women for w in wilayats)
    voted_men = sum(w.voted_men for w in wilayats)
    voted_women = sum(w.voted_women for w in wilayats)
    decided = [w for w in wilayats if w.decided]
    fmt = lambda key, **values: with_digits(LABELS[key].format(**values), digits)  # noqa: E731
    fact_grid(page, [
        (LABELS["constituencies"], fmt("constituencies_value", decided=len(decided), total=len(wilayats))),
        (LABELS["seats"], fmt("seats_value", decided=sum(w.seats for w in decided),
                              total=sum(w.seats for w in wilayats))),
        (LABELS["stations"], fmt("stations_value", reported=sum(w.stations_reported for w in wilayats),
                                 expected=sum(w.stations_expected for w in wilayats))),
        (LABELS["registered"], figure(registered_men + registered_women, digits)),
        (LABELS["voted"], figure(voted_men + voted_women, digits)),
        (LABELS["turnout"], percent(voted_men + voted_women, registered_men + registered_women, digits)),
        (LABELS["turnout_men"], percent(voted_men, registered_men, digits)),
        (LABELS["turnout_women"], percent(voted_women, registered_women, digits)),
        (LABELS["women_candidates"], figure(sum(w.women_candidates for w in wilayats), digits)),
        (LABELS["women_winners"], figure(sum(1 for w in decided for x in w.winners if x.woman), digits)),
    ])


def _governorate_table(page: Page, governorates: Sequence[_Governorate], digits: Digits) -> None:
    section(page, LABELS["by_governorate"], room=120)
    columns = [Column(LABELS["governorate"], 2.2), Column(LABELS["seats_total"], 0.9, align="center"),
               Column(LABELS["seats_won"], 0.9, align="center"), Column(LABELS["turnout_men"], 1.0, align="center"),
               Column(LABELS["turnout_women"], 1.0, align="center"), Column(LABELS["turnout"], 1.0, align="center"),
               Column(LABELS["candidates"], 0.9, align="center"),
               Column(LABELS["women_candidates"], 0.9, align="center"),
               Column(LABELS["women_winners"], 0.9, align="center")]
    rows = [[g.name, figure(g.seats, digits), figure(g.won, digits),
             percent(g.voted_men, g.registered_men, digits), percent(g.voted_women, g.registered_women, digits),
             percent(g.voted_men + g.voted_women, g.registered_men + g.registered_women, digits),
             figure(g.candidates, digits), figure(g.women_candidates, digits), figure(g.women_winners, digits)]
            for g in governorates]
    page.table(columns, rows, style=TableStyle(size=9.5, header_size=9, padding=2, min_row_height=15))


_GREY = colors.Color(0.35, 0.35, 0.35)
_LIGHT = colors.Color(0.72, 0.72, 0.72)
_CHART_HEIGHT = 170.0


def _bar_chart(page: Page, title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
               digits: Digits, *, stacked: bool = False, value_max: float | None = None) -> None:
    """One bar chart across the body: categories right to left, a legend, shaped Arabic labels."""
    width = page.right - page.left
    section(page, title, room=_CHART_HEIGHT + 30)
    drawing = Drawing(width, _CHART_HEIGHT)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 24
    chart.width, chart.height = width - 40, _CHART_HEIGHT - 44
    chart.data = [list(reversed(values)) for _, values in series]
    chart.categoryAxis.categoryNames = [shape(name) for name in reversed(categories)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7.5 if len(categories) <= 12 else 6
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    if value_max is not None:
        chart.valueAxis.valueMax = value_max
    chart.valueAxis.labelTextFormat = lambda value: with_digits(f"{value:g}", digits)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.88, 0.88, 0.88)
    if stacked:
        chart.categoryAxis.style = "stacked"
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for i, fill in enumerate((_GREY, _LIGHT)[:len(series)]):
        chart.bars[i].fillColor = fill
        chart.bars[i].strokeWidth = 0.3
    drawing.add(chart)
    legend = Legend()
    legend.fontName = fonts.REGULAR
    legend.fontSize = 9
    legend.alignment = "left"
    legend.x, legend.y = width - 20, _CHART_HEIGHT - 6
    legend.columnMaximum = 1
    legend.deltax = 110
    legend.dxTextSpace = 6
    legend.colorNamePairs = [(fill, shape(name)) for fill, (name, _) in zip((_GREY, _LIGHT), series)]
    legend.boxAnchor = "ne"
    drawing.add(legend)
    if not categories:
        drawing.add(String(width / 2, _CHART_HEIGHT / 2, "—", fontName=fonts.REGULAR, fontSize=12))
    page.ensure(_CHART_HEIGHT)
    renderPDF.draw(drawing, page.canvas, page.left, page.y - _CHART_HEIGHT)
    page.y -= _CHART_HEIGHT + 6


def _charts(page: Page, governorates: Sequence[_Governorate], digits: Digits) -> None:
    names = [g.name for g in governorates]
    _bar_chart(page, LABELS["chart_seats"], names,
               [(LABELS["seats_won"], [g.won for g in governorates]),
                (LABELS["seats_pending"], [g.seats - g.won for g in governorates])], digits, stacked=True)
    rate = lambda voted, registered: round(100 * voted / registered, 1) if registered else 0  # noqa: E731
    _bar_chart(page, LABELS["chart_turnout"], names,
               [(LABELS["turnout_men"], [rate(g.voted_men, g.registered_men) for g in governorates]),
                (LABELS["turnout_women"], [rate(g.voted_women, g.registered_women) for g in governorates])],
               digits, value_max=100)
    _bar_chart(page, LABELS["chart_women"], names,
               [(LABELS["women_candidates"], [g.women_candidates for g in governorates]),
                (LABELS["women_winners"], [g.women_winners for g in governorates])], digits)


def _wilayat_table(page: Page, wilayats: Sequence[WilayatSummary], digits: Digits) -> None:
    section(page, LABELS["by_wilayat"], room=100)
    columns = [Column(LABELS["governorate"], 1.4), Column(LABELS["wilayat"], 1.4),
               Column(LABELS["seats_total"], 0.7, align="center"),
               Column(LABELS["stations_short"], 0.9, align="center"),
               Column(LABELS["turnout"], 0.9, align="center"), Column(LABELS["status"], 1.1, align="center"),
               Column(LABELS["winners"], 4.0)]
    rows = []
    for w in wilayats:
        winners = "\n".join(f"{x.name_ar}{LABELS['woman'] if x.woman else ''}" for x in w.winners) \
            if w.decided else ""
        rows.append([w.governorate_ar, f"{w.wilayat_ar} {ltr(w.wilayat_code)}", figure(w.seats, digits),
                     with_digits(f"{w.stations_reported}/{w.stations_expected}", digits),
                     percent(w.voted_men + w.voted_women, w.registered_men + w.registered_women, digits),
                     LABELS["statuses"].get(w.status, w.status), winners])
    page.table(columns, rows, style=TableStyle(size=9, header_size=9, padding=2, min_row_height=14))
