"""The official candidate list (القائمة الرسمية للمرشحين) of one constituency or of all.

For each constituency: its name, code and seats, how the ballot order was fixed, then one row per
accepted candidate in ballot order: the ballot number, the photo when there is one, the full name in
Arabic and the application code. The frame (election in the header, «صفحة x من y», DEMO mark) is
:mod:`electadmin.reports.document`. Rows are drawn with the shared right-to-left table layout;
the photo is drawn into its cell, scaled to fit and centred, keeping its proportions.

A constituency whose order is not fixed yet is printed in Arabic alphabetical order without
numbers, and says so: a list without ballot numbers is never mistaken for the official one.
"""

from __future__ import annotations

import io
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.utils import ImageReader

from electadmin.domain.progress import Progress, Work
from electadmin.reports import fonts
from electadmin.reports.document import DocumentHeader, Page, render_work
from electadmin.reports.table import Column, TableLayout, TableStyle
from electadmin.reports.text import Digits, ltr, with_digits

LABELS = {
    "title": "القائمة الرسمية للمرشحين",
    "all": "جميع الدوائر الانتخابية",
    "constituency": "ولاية {name} ({code}) — عدد المقاعد: {seats} — عدد المرشحين: {count}",
    "order": "ترتيب ورقة الاقتراع: {method}",
    "not_fixed": "لم يُثبَّت ترتيب ورقة الاقتراع بعد: الأسماء مرتبة أبجديًا دون أرقام",
    "none": "لا يوجد مرشحون مقبولون في هذه الدائرة.",
    "continued": "ولاية {name} ({code}) — تابع",
    "number": "رقم المرشح",
    "photo": "الصورة",
    "name": "الاسم",
    "code": "رمز الطلب",
    "methods": {
        "alphabetical": "الترتيب الأبجدي للأسماء",
        "seed": "قرعة محسوبة من بذرة ({seed})",
        "physical": "قرعة يدوية",
    },
}
"""Every fixed word of the document (Arabic: the list is an official record)."""

_PHOTO_ROW = 64.0
_TEXT_ROW = 24.0
_NAME_SIZE = 12.0


@dataclass(frozen=True, slots=True)
class ListedCandidate:
    ballot_number: int | None
    name_ar: str
    code: str
    photo: bytes | None = None


@dataclass(frozen=True, slots=True)
class ConstituencyList:
    wilayat_code: str
    wilayat_ar: str
    seats: int
    order_method: str | None
    """``alphabetical``, ``seed`` or ``physical``; ``None`` while the order is not fixed."""
    candidates: Sequence[ListedCandidate]
    seed: str | None = None


def subtitle(lists: Sequence[ConstituencyList]) -> str:
    """What the document covers: one constituency's name, or all of them."""
    if len(lists) == 1:
        return f"ولاية {lists[0].wilayat_ar}"
    return LABELS["all"]


def candidate_list_work(header: DocumentHeader, lists: Sequence[ConstituencyList]) -> Work[bytes]:
    """Draw the list; yields progress per constituency and returns the PDF's bytes."""

    def body(page: Page) -> Generator[Progress, None, None]:
        for index, constituency in enumerate(lists, start=1):
            _constituency(page, constituency, header.digits)
            yield Progress(index, len(lists))

    return render_work(header, body)


def _constituency(page: Page, c: ConstituencyList, digits: Digits) -> None:
    with_photos = any(x.photo for x in c.candidates)
    style = TableStyle(size=_NAME_SIZE, header_size=11, min_row_height=_PHOTO_ROW if with_photos else _TEXT_ROW)
    columns = [Column(LABELS["number"], 1.1, align="center"),
               *([Column(LABELS["photo"], 1.1, align="center")] if with_photos else []),
               Column(LABELS["name"], 5.0), Column(LABELS["code"], 1.6, ltr=True)]
    layout = TableLayout(columns, page.left, page.right, style)
    header_height = layout.row_height([[col.title] for col in columns], style.header_size)
    page.ensure(60 + header_height + style.min_row_height)
    # Counts take the chosen digits; the wilayat's code, an identifier, keeps its own (MA02, never MA٠٢).
    page.paragraph(LABELS["constituency"].format(
        name=c.wilayat_ar, code=c.wilayat_code, seats=with_digits(str(c.seats), digits),
        count=with_digits(str(len(c.candidates)), digits)), size=13, bold=True, space_after=0)
    if c.order_method is None:
        method_line = LABELS["not_fixed"]
    else:
        method_line = LABELS["order"].format(method=LABELS["methods"][c.order_method].format(seed=ltr(c.seed or "")))
    page.paragraph(method_line, size=10, space_after=6)
    if not c.candidates:
        page.paragraph(LABELS["none"], size=11, space_after=14)
        return
    canvas = page.canvas
    top = page.y
    y = layout.draw_header(canvas, top)
    bottoms = [y]
    for candidate in c.candidates:
        number = "" if candidate.ballot_number is None else with_digits(str(candidate.ballot_number), digits)
        cells = [number, *([""] if with_photos else []), candidate.name_ar, candidate.code]
        lines = layout.row_lines(cells, fonts.REGULAR, style.size)
        number_lines = layout.cell_lines(0, number, fonts.BOLD, 14) if number else []
        lines[0] = []  # drawn below, in bold and larger
        height = layout.row_height(lines, style.size)
        if y - height < page.bottom:
            layout.draw_grid(canvas, top, bottoms)
            page.new_page()
            page.paragraph(LABELS["continued"].format(name=c.wilayat_ar, code=c.wilayat_code), size=11, bold=True)
            top = page.y
            y = layout.draw_header(canvas, top)
            bottoms = [y]
        layout.draw_row(canvas, y, lines, height, style.font, style.size)
        if number_lines:  # the number in bold, larger: it is what the voter looks for on the ballot
            x0, x1 = layout.edges[0]
            text, width = number_lines[0]
            canvas.setFont(fonts.BOLD, 14)
            canvas.drawString((x0 + x1 - width) / 2, y - height / 2 - 5, text)
        if with_photos and candidate.photo:
            _photo(canvas, candidate.photo, layout.edges[1], y, height)
        y -= height
        bottoms.append(y)
    layout.draw_grid(canvas, top, bottoms)
    page.y = y - 14


def _photo(canvas, data: bytes, edges: tuple[float, float], top: float, height: float) -> None:
    x0, x1 = edges
    pad = 3.0
    try:
        image = ImageReader(io.BytesIO(data))
    except Exception:  # a photo the image library cannot read leaves its cell empty, not the list unprinted
        return
    canvas.drawImage(image, x0 + pad, top - height + pad, x1 - x0 - 2 * pad, height - 2 * pad,
                     preserveAspectRatio=True, anchor="c", mask="auto")


def document_header(election_name_ar: str, election_name_en: str, lists: Sequence[ConstituencyList], *,
                    generated_at: datetime, is_demo: bool, digits: Digits = Digits.WESTERN) -> DocumentHeader:
    return DocumentHeader(election_name_ar, election_name_en, LABELS["title"], generated_at,
                          subtitle=subtitle(lists), is_demo=is_demo, digits=digits)
