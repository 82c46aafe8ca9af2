"""The printed voter list (كشف الناخبين) of one polling centre, and its polling-day form.

One row per voter in the order of the normalised name (so أحمد and احمد sit together): the
sequence number, the civil number, the full name as written, the gender, and an empty column for
the voter's signature on polling day. The frame (the election in Arabic and English, the title,
«ولاية … — مركز …» as the subtitle on every page, «صفحة x من y», the DEMO mark) is
:mod:`electadmin.reports.document`; the rows are the shared canvas table of
:mod:`electadmin.reports.table` (MEASURED.md: ~165 pages/s, against 55-110 with platypus).

``check_in=True`` is the one paper document of polling day (كشف الناخبين وتأشير الحضور): two
more columns, the attendance mark and the station and time of the check-in, where polling staff tick
the voter off by hand if the laptop fails. It is the same document whether printed from the roll
before polling (the columns empty) or from the polling desk during the day: then the list carries
the marks of the check-ins made so far (:attr:`CentreList.checked_in` is their number, printed
with the time of issue), and staff go on from paper where the machine stopped. One layout for
both, portrait, 40 rows a page, so a sheet printed at noon lies on top of one printed at dawn.
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
    "title_check_in": "كشف الناخبين وتأشير الحضور",
    "checked_in": "حضروا حتى ساعة الإصدار: {checked}",
    "mark": "√ حضر",
    "where": "المحطة والوقت",
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
    station: str = ""
    """The station of the voter's check-in, or empty (not checked in, or marks not gathered)."""
    at: str = ""
    """The time of the check-in as printed (``HH:MM`` in the election's zone), or empty."""


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
    checked_in: int | None = None
    """How many of them had checked in when the list was gathered; ``None``: no marks gathered."""


def columns(check_in: bool = False) -> list[Column]:
    if not check_in:
        return [Column(LABELS["sequence"], 0.7, ltr=True), Column(LABELS["civil_number"], 1.4, ltr=True),
                Column(LABELS["name"], 4.2), Column(LABELS["gender"], 0.8, align="center"),
                Column(LABELS["signature"], 1.8)]
    return [Column(LABELS["sequence"], 0.6, ltr=True), Column(LABELS["civil_number"], 1.3, ltr=True),
            Column(LABELS["name"], 3.9), Column(LABELS["gender"], 0.6, align="center"),
            Column(LABELS["check_in"], 1.1, align="center"), Column(LABELS["where"], 1.9, ltr=True),
            Column(LABELS["signature"], 1.2)]


def _rows(voters: Iterable[ListedVoter], digits: Digits, check_in: bool) -> Iterator[list[str]]:
    gender = {"M": LABELS["M"], "F": LABELS["F"]}
    for number, voter in enumerate(voters, start=1):
        marks = []
        if check_in:
            where = f"{voter.station} {with_digits(voter.at, digits)}".strip()
            marks = [LABELS["mark"] if voter.station else "", where]
        yield [with_digits(str(number), digits), with_digits(voter.civil_number, digits), voter.name,
               gender.get(voter.gender, voter.gender), *marks, ""]


def voter_list_work(header: DocumentHeader, centre: CentreList, *, check_in: bool = False) -> Work[bytes]:
    """Draw the list; yields progress (voters drawn of the centre's count) and returns the PDF's bytes."""

    def body(page: Page) -> Generator[Progress, None, None]:
        summary = LABELS["summary"].format(count=centre.count, men=centre.men, women=centre.women)
        if check_in and centre.checked_in is not None:
            summary += " — " + LABELS["checked_in"].format(checked=centre.checked_in)
        page.paragraph(with_digits(summary, header.digits),
                       size=11, bold=True, space_after=6)
        if centre.count == 0:
            page.paragraph(LABELS["none"], size=11)
            return
        yield from page.table_work(columns(check_in), _rows(centre.voters, header.digits, check_in),
                                   style=STYLE, total=centre.count)
        yield Progress(centre.count, centre.count)

    return render_work(header, body)


def document_header(election_name_ar: str, election_name_en: str, centre: CentreList, *, generated_at: datetime,
                    is_demo: bool, digits: Digits = Digits.WESTERN, check_in: bool = False) -> DocumentHeader:
    subtitle = LABELS["subtitle"].format(wilayat=centre.wilayat_ar, centre=centre.centre_ar, code=centre.centre_code)
    title = LABELS["title_check_in"] if check_in else LABELS["title"]
    return DocumentHeader(election_name_ar, election_name_en, title, generated_at, subtitle=subtitle,
                          is_demo=is_demo, digits=digits)
