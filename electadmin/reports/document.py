"""The common frame of every official document: page, header, footer, watermark and status.

A report is a pure function from frozen DTOs to PDF bytes. It describes its document with a
:class:`DocumentHeader` and fills the body either with a list of blocks (:class:`Paragraph`,
:class:`Table`, :class:`Spacer`, :class:`PageBreak`) or with a function that draws on a :class:`Page`
(which may be a generator yielding :class:`~electadmin.domain.progress.Progress`, so long reports
can be followed and cancelled through :func:`render_work`)::

    header = DocumentHeader("انتخابات مجلس الشورى", "Shura Council elections", "كشف الناخبين",
                            generated_at=now, subtitle="مركز السيب", is_demo=True)
    pdf = render(header, [Paragraph("…"), Table(columns, rows)])

Every page carries the election's name in Arabic and English, the title (with the results' status
as a framed mark), the subtitle, «صفحة x من y» and the time of issue in the footer, the optional
content hash, and on a demo election a large diagonal «تجريبي — DEMO» under the content. Everything
is drawn on the canvas (no platypus) for speed; a page's footer is drawn when the document is
saved, once the number of pages is known. Output is byte-for-byte reproducible for the same input
(ReportLab's ``invariant`` mode), so the same data always gives the same file.

The fixed words printed on documents are Arabic (documents are Arabic official records) and all
live in :data:`LABELS`.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

from reportlab.lib.pagesizes import A4, landscape as landscape_of
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from electadmin import __version__
from electadmin.domain.progress import Progress, Work, run_to_end
from electadmin.reports import fonts
from electadmin.reports.table import Align, Column, TableLayout, TableStyle, draw_table
from electadmin.reports.text import Digits, ltr, shape, with_digits, wrap

__all__ = [
    "LABELS", "DocumentHeader", "DocumentStatus", "Page", "PageBreak", "Paragraph", "Spacer", "Table",
    "render", "render_work",
]

LABELS: Mapping[str, str] = MappingProxyType({
    "page": "صفحة {page} من {pages}",
    "issued": "تاريخ الإصدار: {when}",
    "hash": "البصمة: {hash}",
    "demo": "تجريبي — DEMO",
    "provisional": "نتائج أولية",
    "certified": "نتائج معتمدة",
})
"""Every fixed word the frame prints (placeholders in braces)."""

MARGIN = 30.0
_HEADER_GAP = 8.0
_FOOTER_HEIGHT = 26.0
_DATE_FORMAT = "%d/%m/%Y %H:%M"


class DocumentStatus(StrEnum):
    """The standing of results shown in a document's title."""

    PROVISIONAL = "provisional"
    CERTIFIED = "certified"


@dataclass(frozen=True, slots=True)
class DocumentHeader:
    """What the frame prints on every page of one document.

    *generated_at* is printed as given (already in the election's time zone): a report never reads
    the clock, so the same input gives the same document. *content_hash* is printed as given too
    (pass a short form, e.g. 16 hex digits of the hash of the data the document shows).
    """

    election_name_ar: str
    election_name_en: str
    title: str
    generated_at: datetime
    subtitle: str = ""
    is_demo: bool = False
    status: DocumentStatus | None = None
    digits: Digits = Digits.WESTERN
    content_hash: str = ""


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    size: float = 11.0
    bold: bool = False
    align: Align = "right"
    space_after: float = 4.0


@dataclass(frozen=True, slots=True)
class Spacer:
    height: float


@dataclass(frozen=True, slots=True)
class PageBreak:
    pass


@dataclass(frozen=True, slots=True)
class Table:
    columns: Sequence[Column]
    rows: Iterable[Sequence[str]]
    style: TableStyle = field(default_factory=TableStyle)
    total: int = 0
    """Number of rows if known, for progress (0 = unknown)."""


Block = Paragraph | Spacer | PageBreak | Table
Body = Iterable[Block] | Callable[["Page"], Generator[Progress, None, object] | None]


class _FramedCanvas(Canvas):
    """A canvas that holds its pages back until saving, so each footer can say "page x of y"."""

    def __init__(self, buffer: io.BytesIO, **kwargs: object) -> None:
        super().__init__(buffer, **kwargs)
        self._held: list[dict[str, object]] = []
        self.footer: Callable[[int, int], None] = lambda number, total: None

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)


class Page:
    """The drawing surface a report's body writes on: a cursor moving down the body of the page.

    ``canvas`` is ReportLab's canvas for anything the helpers do not cover; ``left``, ``right``,
    ``top`` and ``bottom`` bound the body, ``y`` is the top of the free space.
    """

    def __init__(self, canvas: Canvas, header: DocumentHeader, pagesize: tuple[float, float]) -> None:
        self.canvas = canvas
        self.header = header
        self.width, self.height = pagesize
        self.left = MARGIN
        self.right = self.width - MARGIN
        self.bottom = MARGIN + _FOOTER_HEIGHT
        self._title_lines = wrap(header.title, fonts.BOLD, 15, self.right - self.left - 2 * _badge_room())
        self._subtitle_lines = wrap(header.subtitle, fonts.REGULAR, 11, self.right - self.left) \
            if header.subtitle else []
        self.top = self.height - MARGIN - self._header_height()
        self.y = self.top
        self.page_number = 0
        self._open = False
        self.page_end: Callable[[Page], None] | None = None
        """Drawn on each page just before it ends (a report's strip above the footer, below ``bottom``)."""

    # pages ------------------------------------------------------------------------------------
    def _begin(self) -> None:
        self.page_number += 1
        self._open = True
        if self.header.is_demo:
            self._watermark()
        self._draw_header()
        self.y = self.top

    def new_page(self) -> float:
        """End the current page (if any) and start the next; returns the top of its body."""
        if self._open:
            self._end()
        self._begin()
        return self.y

    def ensure(self, height: float) -> None:
        """Go on to a new page unless *height* points are free on this one."""
        if not self._open:
            self._begin()
        elif self.y - height < self.bottom and self.y < self.top:
            self.new_page()

    def space(self, height: float) -> None:
        self.ensure(0)
        self.y = max(self.bottom, self.y - height)

    def finish(self) -> None:
        if not self._open:
            self._begin()
        self._end()
        self._open = False

    def _end(self) -> None:
        if self.page_end is not None:
            self.canvas.saveState()
            self.page_end(self)
            self.canvas.restoreState()
        self.canvas.showPage()

    # body -------------------------------------------------------------------------------------
    def paragraph(self, text: str, *, size: float = 11.0, bold: bool = False, align: Align = "right",
                  leading: float = 1.5, space_after: float = 4.0) -> None:
        """Wrapped Arabic text; breaks onto the next page between lines if needed."""
        font = fonts.BOLD if bold else fonts.REGULAR
        line_height = size * leading
        for line in wrap(text, font, size, self.right - self.left):
            self.ensure(line_height)
            self.y -= line_height
            self._draw_line(line, font, size, self.y + line_height * 0.3, align)
        self.y -= space_after

    def table(self, columns: Sequence[Column], rows: Iterable[Sequence[str]], *,
              style: TableStyle = TableStyle()) -> None:
        """A right-to-left table across the body, its header repeated on every page."""
        for _ in self.table_work(columns, rows, style=style):
            pass

    def table_work(self, columns: Sequence[Column], rows: Iterable[Sequence[str]], *,
                   style: TableStyle = TableStyle(), total: int = 0) -> Generator[Progress, None, None]:
        """:meth:`table` that yields progress (rows drawn of *total*) at each page break."""
        layout = TableLayout(columns, self.left, self.right, style)
        first_row = max(style.min_row_height, style.size * style.leading + 2 * style.padding)
        self.ensure(layout.row_height([[c.title] for c in columns], style.header_size) + first_row)
        drawing = draw_table(self.canvas, columns, rows, left=self.left, right=self.right, top=self.y,
                             bottom=self.bottom, new_page=self.new_page, style=style)
        while True:
            try:
                done = next(drawing)
            except StopIteration as stop:
                self.y = stop.value - 6.0
                return
            yield Progress(done, total)

    def _draw_line(self, visual: str, font: str, size: float, y: float, align: Align) -> None:
        """Draw one shaped line across the body's width, aligned as asked."""
        width = stringWidth(visual, font, size)
        if align == "right":
            x = self.right - width
        elif align == "left":
            x = self.left
        else:
            x = (self.left + self.right - width) / 2
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, y, visual)

    # frame ------------------------------------------------------------------------------------
    def _header_height(self) -> float:
        return 20 + 20 * len(self._title_lines) + 15 * len(self._subtitle_lines) + _HEADER_GAP

    def _draw_header(self) -> None:
        h, c = self.header, self.canvas
        y = self.height - MARGIN - 12
        self._draw_line(shape(h.election_name_ar), fonts.BOLD, 12, y, "right")
        self._draw_line(shape(h.election_name_en), fonts.REGULAR, 10, y, "left")
        y -= 8
        for line in self._title_lines:
            y -= 20
            self._draw_line(line, fonts.BOLD, 15, y + 4, "center")
        if h.status is not None:
            self._badge(LABELS[h.status.value], y + 4 + 20 * (len(self._title_lines) - 1))
        for line in self._subtitle_lines:
            y -= 15
            self._draw_line(line, fonts.REGULAR, 11, y + 3, "center")
        c.saveState()
        c.setLineWidth(0.8)
        c.line(self.left, self.top + _HEADER_GAP / 2, self.right, self.top + _HEADER_GAP / 2)
        c.restoreState()

    def _badge(self, label: str, baseline: float) -> None:
        """The results' status, framed at the left end of the title's first line."""
        c = self.canvas
        visual = shape(label)
        width = stringWidth(visual, fonts.BOLD, 12)
        c.saveState()
        c.setLineWidth(1.2)
        c.rect(self.left, baseline - 5, width + 12, 20, stroke=1, fill=0)
        c.setFont(fonts.BOLD, 12)
        c.drawString(self.left + 6, baseline, visual)
        c.restoreState()

    def _watermark(self) -> None:
        """«تجريبي — DEMO» across the page's diagonal, as large as fits, under everything else."""
        c = self.canvas
        visual = shape(LABELS["demo"])
        angle = math.atan2(self.height, self.width)
        sin, cos = math.sin(angle), math.cos(angle)
        per_point = stringWidth(visual, fonts.BOLD, 1)
        tall = 1.3  # Amiri's Arabic rises and falls well beyond the em
        size = min(120.0, 0.85 * self.height / (per_point * sin + tall * cos),
                   0.85 * self.width / (per_point * cos + tall * sin))
        c.saveState()
        c.translate(self.width / 2, self.height / 2)
        c.rotate(math.degrees(angle))
        c.setFillGray(0.5)
        c.setFillAlpha(0.22)
        c.setFont(fonts.BOLD, size)
        c.drawCentredString(0, -size * 0.3, visual)
        c.restoreState()

    def _draw_footer(self, number: int, total: int) -> None:
        h, canvas = self.header, self.canvas
        canvas.saveState()
        y = MARGIN
        canvas.setLineWidth(0.5)
        canvas.line(self.left, y + 14, self.right, y + 14)
        size = 9.0
        page = with_digits(LABELS["page"].format(page=number, pages=total), h.digits)
        self._draw_line(shape(page), fonts.REGULAR, size, y, "center")
        issued = with_digits(LABELS["issued"].format(when=h.generated_at.strftime(_DATE_FORMAT)), h.digits)
        self._draw_line(shape(issued), fonts.REGULAR, size, y, "right")
        if h.content_hash:
            self._draw_line(shape(LABELS["hash"].format(hash=ltr(h.content_hash))), fonts.REGULAR, size, y,
                            "left")
        canvas.restoreState()


def _badge_room() -> float:
    fonts.register()
    return max(stringWidth(shape(LABELS[s.value]), fonts.BOLD, 12) for s in DocumentStatus) + 20


def _draw_blocks(page: Page, blocks: Iterable[Block]) -> Generator[Progress, None, None]:
    for block in blocks:
        if isinstance(block, Paragraph):
            page.paragraph(block.text, size=block.size, bold=block.bold, align=block.align,
                           space_after=block.space_after)
        elif isinstance(block, Spacer):
            page.space(block.height)
        elif isinstance(block, PageBreak):
            page.new_page()
        elif isinstance(block, Table):
            yield from page.table_work(block.columns, block.rows, style=block.style, total=block.total)
        else:
            raise TypeError(f"not a document block: {block!r}")


def render_work(header: DocumentHeader, body: Body, *,
                orientation: Literal["portrait", "landscape"] = "portrait") -> Work[bytes]:
    """Draw a document, yielding progress as its body does; returns the PDF's bytes.

    Stopping the generator (``close()``) abandons the document: nothing is written anywhere.
    """
    fonts.register()
    pagesize = landscape_of(A4) if orientation == "landscape" else A4
    buffer = io.BytesIO()
    canvas = _FramedCanvas(buffer, pagesize=pagesize, invariant=1, pageCompression=1)
    title = header.title if header.status is None else f"{header.title} — {LABELS[header.status.value]}"
    canvas.setTitle(title)
    canvas.setSubject(header.subtitle or header.election_name_ar)
    canvas.setAuthor(header.election_name_ar)
    canvas.setCreator(f"electadmin {__version__}")
    page = Page(canvas, header, pagesize)
    canvas.footer = page._draw_footer
    page.new_page()
    drawing = body(page) if callable(body) else _draw_blocks(page, body)
    if isinstance(drawing, Generator):
        yield from drawing
    page.finish()
    canvas.save()
    return buffer.getvalue()


def render(header: DocumentHeader, body: Body, *,
           orientation: Literal["portrait", "landscape"] = "portrait") -> bytes:
    """Draw a document and return its PDF bytes (see :func:`render_work` to follow progress)."""
    return run_to_end(render_work(header, body, orientation=orientation))
