"""Pieces the printed results documents share: figures with their words, fact grids, signatures, draws.

The station count record, the wilayat's consolidated record and the national summary print the same
kinds of things: a number in figures beside the same number in words (كتابةً, so that a figure
cannot be altered by adding a digit), a grid of labelled facts under the title, the signature lines
of a committee, and the record of a draw by lot. They are drawn here once, on the shared frame of
:mod:`electadmin.reports.document`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfbase.pdfmetrics import stringWidth

from electadmin.domain.arabic import percent_text
from electadmin.domain.reconciliation import CountFigures
from electadmin.domain.words import arabic_words
from electadmin.reports.document import Page
from electadmin.reports import fonts
from electadmin.reports.table import Column, TableLayout, TableStyle
from electadmin.reports.text import Digits, ltr, shape, with_digits

LABELS = {
    "signatures": "التوقيعات",
    "role": "الصفة",
    "name": "الاسم",
    "signature": "التوقيع",
    "chair": "رئيس اللجنة",
    "member": "عضو اللجنة",
    "rapporteur": "المقرر",
    "seal": "الختم",
    "draw": "القرعة",
    "draw_method": "طريقة القرعة",
    "draw_seed": "قرعة محسوبة من بذرة اتفقت عليها اللجنة: {seed}",
    "draw_physical": "قرعة يدوية أُدخلت نتيجتها",
    "draw_by": "أجرى القرعة",
    "draw_at": "وقت القرعة",
    "draw_witnesses": "الشهود",
    "draw_tied": "المتعادلون بعدد {votes} صوتًا لكل منهم، والمقاعد المتنافس عليها: {seats}",
    "draw_order": "الترتيب الذي أسفرت عنه القرعة",
    "pending_draw": "تعادل على المقعد الأخير: لا تُعلن النتيجة حتى تُجرى القرعة",
    "men": "ذكور",
    "women": "إناث",
    "total": "المجموع",
    "registered": "الناخبون المقيدون",
    "voted": "الناخبون المقترعون",
    "rate": "نسبة المشاركة",
    "none": "—",
    "check_code": "رمز التحقق من هذا المحضر",
    "check_how": "يُدخل في شاشة «تحقق من محضر مطبوع» أو يُمسح رمز QR",
    "initials": "توقيع أعضاء اللجنة بالأحرف الأولى على هذه الصفحة",
}
"""Every fixed word these pieces print (Arabic: the documents are official records)."""

_TIME_FORMAT = "%d/%m/%Y %H:%M"

LIST_SEPARATOR = "،\u200f "
"""Between the items of a list in Arabic text. The right-to-left mark keeps a list of codes (which
read left to right) in right-to-left order: without it the bidi algorithm joins «A، B» into one
left-to-right run and prints B before A."""


def listing(items: Sequence[str]) -> str:
    """Items joined as an Arabic list (codes and numbers included, each kept left to right)."""
    return LIST_SEPARATOR.join(items)


@dataclass(frozen=True, slots=True)
class Signatory:
    """One signature line: the member's role on the committee (``chair``, ``member``, ``rapporteur``
    or any other wording) and their name (empty: the line is left blank to be filled in by hand)."""

    role: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class DrawRecord:
    """A draw by lot as printed: the tied candidates' names with their shared votes, the order drawn
    (names, first drawn first), who drew, the witnesses, the time (in the election's zone)."""

    method: str
    """``seed`` or ``physical``."""
    tied: Sequence[str]
    votes: int
    seats: int
    order: Sequence[str]
    drawn_by: str
    witnesses: Sequence[str]
    drawn_at: datetime
    seed: str | None = None


def figure(number: int | None, digits: Digits) -> str:
    """A count in the chosen digits, or a dash when it was not written."""
    return LABELS["none"] if number is None else with_digits(str(number), digits)


def words(number: int | None) -> str:
    """A count in Arabic words, or a dash when it was not written."""
    return LABELS["none"] if number is None or number < 0 else arabic_words(number)


def percent(part: int | None, whole: int | None, digits: Digits) -> str:
    """*part* of *whole* as a percentage with one decimal, or a dash."""
    if part is None or not whole:
        return LABELS["none"]
    return percent_text(100 * part / whole, arabic=digits is Digits.ARABIC_INDIC)  # ٤٠٫٠٪ or 40.0%


def turnout_rows(f: CountFigures, digits: Digits) -> list[list[str]]:
    """Registered voters, voters who voted and the turnout: men, women and total (a record's or a sum's)."""
    return [
        [LABELS["registered"], figure(f.registered_men, digits), figure(f.registered_women, digits),
         figure(f.registered, digits)],
        [LABELS["voted"], figure(f.voted_men, digits), figure(f.voted_women, digits), figure(f.voted, digits)],
        [LABELS["rate"], percent(f.voted_men, f.registered_men, digits),
         percent(f.voted_women, f.registered_women, digits), percent(f.voted, f.registered, digits)],
    ]


def section(page: Page, title: str, *, room: float = 80.0) -> None:
    """A section heading, kept on the same page as the first *room* points of what follows."""
    page.ensure(room)
    page.paragraph(title, size=11.5, bold=True, leading=1.35, space_after=1)


def fact_grid(page: Page, facts: Sequence[tuple[str, str]], *, size: float = 10.0) -> None:
    """Labelled facts two to a row (label, value, label, value from the right), with no header row;
    labels are shaded and bold."""
    columns = [Column("", 1.3), Column("", 2.0), Column("", 1.3), Column("", 2.0)]
    style = TableStyle(size=size, padding=2, min_row_height=15, line_width=0.4)
    layout = TableLayout(columns, page.left, page.right, style)
    rows = []
    for i in range(0, len(facts), 2):
        pair = list(facts[i:i + 2]) + [("", "")] * (2 - len(facts[i:i + 2]))
        rows.append([pair[0][0], pair[0][1], pair[1][0], pair[1][1]])
    canvas = page.canvas
    page.ensure(style.min_row_height * min(len(rows), 3))
    top = y = page.y
    bottoms = [y]
    for cells in rows:
        labels = [layout.cell_lines(i, text, fonts.BOLD, size) if i % 2 == 0 else [] for i, text in enumerate(cells)]
        values = [layout.cell_lines(i, text, fonts.REGULAR, size) if i % 2 else [] for i, text in enumerate(cells)]
        height = max(layout.row_height(labels, size), layout.row_height(values, size))
        if y - height < page.bottom:
            layout.draw_grid(canvas, top, bottoms)
            top = y = page.new_page()
            bottoms = [y]
        canvas.saveState()
        canvas.setFillGray(style.header_fill)
        for i in (0, 2):
            x0, x1 = layout.edges[i]
            canvas.rect(x0, y - height, x1 - x0, height, stroke=0, fill=1)
        canvas.restoreState()
        layout.draw_row(canvas, y, labels, height, fonts.BOLD, size)
        layout.draw_row(canvas, y, values, height, fonts.REGULAR, size)
        y -= height
        bottoms.append(y)
    layout.draw_grid(canvas, top, bottoms)
    page.y = y - 6


def signatures(page: Page, signatories: Sequence[Signatory]) -> None:
    """The committee's signature lines, two to a row (role and name, then room to sign), and the seal."""
    people = [*signatories, Signatory("seal")]
    rows = []
    for i in range(0, len(people), 2):
        pair = people[i:i + 2]
        cells: list[str] = []
        for person in pair:
            role = LABELS.get(person.role, person.role)
            cells += [f"{role}\n{person.name}" if person.name else role, ""]
        rows.append(cells + [""] * (4 - len(cells)))
    section(page, LABELS["signatures"], room=20 + 30 * len(rows))
    columns = [Column(LABELS["role"], 1.6), Column(LABELS["signature"], 1.9),
               Column(LABELS["role"], 1.6), Column(LABELS["signature"], 1.9)]
    page.table(columns, rows, style=TableStyle(size=10, header_size=9.5, padding=2, min_row_height=28))


def draw_block(page: Page, draw: DrawRecord, digits: Digits) -> None:
    """The record of a draw: the tie, the method, the order it gave, who drew it and who witnessed it."""
    section(page, LABELS["draw"], room=160)
    method = (LABELS["draw_seed"].format(seed=ltr(draw.seed or "")) if draw.method == "seed"
              else LABELS["draw_physical"])
    facts = [
        (LABELS["draw_method"], method),
        (LABELS["draw_at"], with_digits(draw.drawn_at.strftime(_TIME_FORMAT), digits)),
        (LABELS["draw_by"], draw.drawn_by),
        (LABELS["draw_witnesses"], listing(draw.witnesses)),
    ]
    page.paragraph(with_digits(LABELS["draw_tied"].format(votes=draw.votes, seats=draw.seats), digits)
                   + ": " + listing(draw.tied), size=10.5)
    fact_grid(page, facts)
    page.paragraph(LABELS["draw_order"] + ": " + listing(
        [f"{with_digits(str(i), digits)}. {name}" for i, name in enumerate(draw.order, 1)]), size=10.5)


# ---------------------------------------------------------------- the check strip of every page

STRIP_HEIGHT = 66.0
"""Room kept above the footer of every page of a record for its check strip."""
QR_SIZE = 56.0
"""0.48 mm a module at 41 modules: well above the 0.33 mm phone cameras need."""
QR_LEVEL = "M"
"""QR error correction: M (15%) survives a fold or a stain and keeps the code small."""


@dataclass(frozen=True, slots=True)
class PrintedCheck:
    """What lets a paper copy be checked: the short hash (Latin, read left to right) and the QR text."""

    short_hash: str
    qr_text: str


def qr_widget(text: str, size: float = QR_SIZE) -> QrCodeWidget:
    """ReportLab's own QR code of *text*, *size* points square (no quiet zone of its own: the strip
    leaves white room around it)."""
    return QrCodeWidget(text, barLevel=QR_LEVEL, barBorder=0, barWidth=size, barHeight=size)


def keep_check_strip(page: Page, check: PrintedCheck, signatories: Sequence[Signatory] = ()) -> Callable[[], None]:
    """Keep a check strip at the foot of every page of *page*'s document from now on.

    The strip carries the short hash and the QR code and, for a committee's record, boxes for the
    members' initials. Convention (that of multi-page minutes in the region's administrations):
    the members initial every page (التأشير على كل صفحة) and sign in full at the end of each copy, so
    no page can be swapped unseen; the page that holds the full signature block needs no initials.
    Returns the function to call once that block is drawn (it marks the current page).
    """
    page.bottom += STRIP_HEIGHT
    signed: set[int] = set()

    def strip(p: Page) -> None:
        _draw_strip(p, check, () if p.page_number in signed else signatories)

    page.page_end = strip
    return lambda: signed.add(page.page_number)


def _draw_qr(page: Page, check: PrintedCheck, x: float, y: float) -> None:
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.add(qr_widget(check.qr_text))
    renderPDF.draw(drawing, page.canvas, x, y)


def _draw_strip(page: Page, check: PrintedCheck, signatories: Sequence[Signatory]) -> None:
    c = page.canvas
    top = page.bottom - 4
    bottom = top - STRIP_HEIGHT + 6
    c.setLineWidth(0.4)
    c.line(page.left, top, page.right, top)
    _draw_qr(page, check, page.left, top - 6 - QR_SIZE)  # white room of 4 modules and more on every side
    x = page.left + QR_SIZE + 10
    c.setFont(fonts.REGULAR, 8.5)
    c.drawString(x, top - 14, shape(LABELS["check_code"]))
    c.setFont(fonts.BOLD, 14)
    c.drawString(x, top - 33, check.short_hash)  # Latin letters and digits: drawn as they are, left to right
    c.setFont(fonts.REGULAR, 7.5)
    c.drawString(x, top - 47, shape(LABELS["check_how"]))
    if not signatories:
        return
    box_h, gap = 30.0, 5.0
    room = page.right - (x + stringWidth(check.short_hash, fonts.BOLD, 14) + 20)  # what the hash leaves free
    box_w = min(64.0, (room - gap * (len(signatories) - 1)) / len(signatories))
    label = shape(LABELS["initials"])
    c.setFont(fonts.REGULAR, 8)
    c.drawString(page.right - stringWidth(label, fonts.REGULAR, 8), top - 12, label)
    right = page.right
    for person in signatories:
        left = right - box_w
        c.rect(left, bottom + 2, box_w, box_h, stroke=1, fill=0)
        role = shape(LABELS.get(person.role, person.role))
        c.setFont(fonts.REGULAR, 7)
        c.drawString(right - 3 - stringWidth(role, fonts.REGULAR, 7), bottom + box_h - 7, role)
        right = left - gap
