"""Right-to-left tables drawn straight on a ReportLab canvas, fast enough for a whole roll.

Columns are given in logical (reading) order and laid out from the right edge of the page leftwards,
so the first column is the rightmost. Arabic cells are aligned right; civil numbers, codes and phone
numbers (``Column(ltr=True)``) read left to right even in an Arabic table and are drawn as they are.
Cells wrap onto several lines, the header row is repeated on every page, and the grid of a page is
stroked in one go.

Drawn on the canvas rather than as a platypus ``Table``: MEASURED.md gives 165 pages/s this way
against 55-110 for platypus, and a centre's roll is hundreds of pages.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from electadmin.reports import fonts
from electadmin.reports.text import has_rtl, shape, wrap, wrap_ltr

__all__ = ["Align", "Column", "TableLayout", "TableStyle", "draw_table"]

Align = Literal["right", "center", "left"]


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its title, its share of the table's width, and how its cells read."""

    title: str
    width: float = 1.0
    ltr: bool = False
    align: Align | None = None

    @property
    def alignment(self) -> Align:
        return self.align or ("center" if self.ltr else "right")


@dataclass(frozen=True, slots=True)
class TableStyle:
    """Fonts and spacing of a table (sizes in points; ``leading`` is a multiple of the size)."""

    font: str = fonts.REGULAR
    size: float = 10.0
    header_font: str = fonts.BOLD
    header_size: float = 10.0
    padding: float = 3.0
    leading: float = 1.3
    min_row_height: float = 0.0
    header_fill: float = 0.88
    line_width: float = 0.5


class TableLayout:
    """Where each column of one table sits on the page, and how a row is broken into lines."""

    def __init__(self, columns: Sequence[Column], left: float, right: float, style: TableStyle) -> None:
        if not columns:
            raise ValueError("a table needs at least one column")
        fonts.register()
        self.columns = tuple(columns)
        self.style = style
        self.left, self.right = left, right
        scale = (right - left) / sum(c.width for c in columns)
        self.edges: list[tuple[float, float]] = []  # (x left, x right) per logical column
        x = right
        for column in columns:
            self.edges.append((x - column.width * scale, x))
            x -= column.width * scale
        self.edges[-1] = (left, self.edges[-1][1])
        self._inner = [r - l - 2 * style.padding for l, r in self.edges]
        self._aligns: list[Align] = [c.alignment for c in columns]

    def cell_lines(self, index: int, text: str, font: str, size: float) -> list[tuple[str, float]]:
        """The visual lines of one cell, each with its width."""
        if not text:
            return []
        column = self.columns[index]
        inner = self._inner[index]
        drawn = shape(text) if (not column.ltr or has_rtl(text)) else text
        width = stringWidth(drawn, font, size)
        if width <= inner and "\n" not in text:
            return [(drawn, width)]
        lines = wrap_ltr(text, font, size, inner) if column.ltr else wrap(text, font, size, inner)
        return [(line, stringWidth(line, font, size)) for line in lines]

    def row_lines(self, cells: Sequence[str], font: str, size: float) -> list[list[tuple[str, float]]]:
        if len(cells) != len(self.columns):
            raise ValueError(f"a row has {len(cells)} cells for {len(self.columns)} columns")
        return [self.cell_lines(i, cell, font, size) for i, cell in enumerate(cells)]

    def row_height(self, lines: Sequence[Sequence[object]], size: float) -> float:
        count = max(1, max(len(cell) for cell in lines))
        return max(self.style.min_row_height, count * size * self.style.leading + 2 * self.style.padding)

    def draw_row(self, canvas: Canvas, top: float, lines: Sequence[Sequence[tuple[str, float]]],
                 height: float, font: str, size: float, aligns: Sequence[Align] | None = None) -> None:
        """Draw the text of one row whose top edge is at *top* (the grid is drawn per page)."""
        style = self.style
        aligns = aligns or self._aligns
        line_height = size * style.leading
        text = canvas.beginText()
        text.setFont(font, size)
        # Centre the tallest cell vertically; the baseline sits ~0.3 of a line above the line's bottom.
        for (x0, x1), align, cell in zip(self.edges, aligns, lines, strict=True):
            if not cell:
                continue
            block = len(cell) * line_height
            y = top - (height - block) / 2 - line_height * 0.72
            for line, width in cell:
                if align == "right":
                    x = x1 - style.padding - width
                elif align == "left":
                    x = x0 + style.padding
                else:
                    x = (x0 + x1 - width) / 2
                text.setTextOrigin(x, y)
                text.textOut(line)
                y -= line_height
        canvas.drawText(text)

    def draw_header(self, canvas: Canvas, top: float) -> float:
        """Draw the header row with its shaded background; returns its bottom edge."""
        style = self.style
        lines = [self.cell_lines(i, c.title, style.header_font, style.header_size)
                 for i, c in enumerate(self.columns)]
        height = self.row_height(lines, style.header_size)
        canvas.saveState()
        canvas.setFillGray(style.header_fill)
        canvas.rect(self.left, top - height, self.right - self.left, height, stroke=0, fill=1)
        canvas.restoreState()
        self.draw_row(canvas, top, lines, height, style.header_font, style.header_size,
                      ["center"] * len(self.columns))
        return top - height

    def draw_grid(self, canvas: Canvas, top: float, row_bottoms: Sequence[float]) -> None:
        """Stroke the lines of one page's part of the table, from *top* down to its last row."""
        if not row_bottoms:
            return
        bottom = row_bottoms[-1]
        segments = [(self.left, top, self.right, top)]
        segments += [(self.left, y, self.right, y) for y in row_bottoms]
        segments += [(x1, top, x1, bottom) for _x0, x1 in self.edges]
        segments.append((self.left, top, self.left, bottom))
        canvas.saveState()
        canvas.setLineWidth(self.style.line_width)
        canvas.lines(segments)
        canvas.restoreState()


def draw_table(
    canvas: Canvas,
    columns: Sequence[Column],
    rows: Iterable[Sequence[str]],
    *,
    left: float,
    right: float,
    top: float,
    bottom: float,
    new_page: Callable[[], float],
    style: TableStyle = TableStyle(),
) -> Generator[int, None, float]:
    """Draw a table between *left* and *right* from *top* down, going on to new pages as needed.

    *new_page* ends the page and returns the top of the free space on the next one. Yields the
    number of rows drawn so far at each page break (so a caller can report progress or stop);
    returns the y just below the table.
    """
    layout = TableLayout(columns, left, right, style)
    font, size = style.font, style.size
    page_top = top
    y = layout.draw_header(canvas, top)
    bottoms: list[float] = [y]
    done = 0
    for cells in rows:
        lines = layout.row_lines(cells, font, size)
        height = layout.row_height(lines, size)
        if y - height < bottom and len(bottoms) > 1:
            layout.draw_grid(canvas, page_top, bottoms)
            yield done
            page_top = new_page()
            y = layout.draw_header(canvas, page_top)
            bottoms = [y]
        layout.draw_row(canvas, y, lines, height, font, size)
        y -= height
        bottoms.append(y)
        done += 1
    layout.draw_grid(canvas, page_top, bottoms)
    return y
