"""The printed voter list (كشف الناخبين) of one polling centre.

One row per voter in the order of the normalised name (so أحمد and احمد sit together): the
sequence number, the civil number, the full name as written, the gender, and an empty column for
the voter's signature on polling day. The frame (the election in Arabic and English, the title,
«ولاية … — مركز …» as the subtitle on every page, «صفحة x من y», the DEMO mark) is
:mod:`electadmin.reports.document`; the rows are the shared canvas table of
:mod:`electadmin.reports.table` (MEASURED.md: ~165 pages/s, against 55-110 with platypus).

``check_in=True`` adds a column where polling staff tick the voter off: the paper fall-back of the
polling day's check-in, printed from the same data and in the same order as the list.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime

from electadmin.domain.progress import Progress, Work
from electadmin.reports.document import DocumentHeader, Page, render_work
from electadmin.reports.table import Column, TableStyle
from electadmin.reports.text import Digits, with_digits

LABELS = {
    "title": "كشف الناخبين",
    "subtitle": "ولاية {wilayat} — {centre} ({code})",
    "summary": "عدد الناخبين المقيدين في المركز: {count} (ذكور: {men}، إناث: {women})",
    "none": "لا يوجد ناخبون مقيدون في هذا المركز.",
    "sequence": "م",
    "civil_number": "الرقم المدني",
    "name": "الاسم",
    "gender": "الجنس",
    "signature": "التوقيع",
    "check_in": "تأشير الحضور",
    "M": "ذكر",
    "F": "أنثى",
}
"""Every fixed word of the list (Arabic: it is an official record)."""

STYLE = TableStyle(size=10, padding=2, leading=1.25, min_row_height=16)
"""40 rows on an A4 page, as the report_table benchmark measures."""


@dataclass(frozen=True, slots=True)
class ListedVoter:
    civil_number: str
    name: str
    gender: str
    """``M`` or ``F``."""


@dataclass(frozen=True, slots=True)
class CentreList:
    wilayat_ar: str
    centre_code: str
    centre_ar: str
    count: int
    men: int
    women: int
    voters: Iterable[ListedVoter]
    """In print order; may be a lazy iterable (a centre of 20,000 is not held in memory twice)."""


def columns(check_in: bool = False) -> list[Column]:
    cols = [Column(LABELS["sequence"], 0.7, ltr=True), Column(LABELS["civil_number"], 1.4, ltr=True),
            Column(LABELS["name"], 4.2), Column(LABELS["gender"], 0.8, align="center")]
    if check_in:
        cols.append(Column(LABELS["check_in"], 1.0, align="center"))
    cols.append(Column(LABELS["signature"], 1.8 if not check_in else 1.5))
    return cols


def _rows(voters: Iterable[ListedVoter], digits: Digits, check_in: bool) -> Iterator[list[str]]:
    gender = {"M": LABELS["M"], "F": LABELS["F"]}
    extra = [""] if check_in else []
    for number, voter in enumerate(voters, start=1):
        yield [with_digits(str(number), digits), with_digits(voter.civil_number, digits), voter.name,
               gender.get(voter.gender, voter.gender), *extra, ""]


def voter_list_work(header: DocumentHeader, centre: CentreList, *, check_in: bool = False) -> Work[bytes]:
    """Draw the list; yields progress (voters drawn of the centre's count) and returns the PDF's bytes."""

    def body(page: Page) -> Generator[Progress, None, None]:
        page.paragraph(with_digits(LABELS["summary"].format(count=centre.count, men=centre.men,
                                                            women=centre.women), header.digits),
                       size=11, bold=True, space_after=6)
        if centre.count == 0:
            page.paragraph(LABELS["none"], size=11)
            return
        yield from page.table_work(columns(check_in), _rows(centre.voters, header.digits, check_in),
                                   style=STYLE, total=centre.count)
        yield Progress(centre.count, centre.count)

    return render_work(header, body)


def document_header(election_name_ar: str, election_name_en: str, centre: CentreList, *, generated_at: datetime,
                    is_demo: bool, digits: Digits = Digits.WESTERN) -> DocumentHeader:
    subtitle = LABELS["subtitle"].format(wilayat=centre.wilayat_ar, centre=centre.centre_ar, code=centre.centre_code)
    return DocumentHeader(election_name_ar, election_name_en, LABELS["title"], generated_at, subtitle=subtitle,
                          is_demo=is_demo, digits=digits)
