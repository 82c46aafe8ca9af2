"""Pieces the printed results documents share: figures with their words, fact grids, signatures, draws.

The station count record, the wilayat's consolidated record and the national summary print the same
kinds of things: a number in figures beside the same number in words (كتابةً, so that a figure
cannot be altered by adding a digit), a grid of labelled facts under the title, the signature lines
of a committee, and the record of a draw by lot. They are drawn here once, on the shared frame of
:mod:`electadmin.reports.document`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from electadmin.domain.arabic import percent_text
from electadmin.domain.reconciliation import CountFigures
from electadmin.domain.words import arabic_words
from electadmin.reports.document import Page
from electadmin.reports import fonts
from electadmin.reports.table import Column, TableLayout, TableStyle
from electadmin.reports.text import Digits, ltr, with_digits

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
