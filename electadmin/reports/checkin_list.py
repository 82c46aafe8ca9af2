"""The paper fallback: a centre's voter list with check-in marks (كشف الناخبين مع علامات الحضور).

Printed at any time of polling day, so that a centre whose laptop fails goes on from paper: every
active voter of the centre in the order of the printed roll (normalised name), with sequence
number, civil number, name, gender, a mark and the station and time of their check-in, and an
empty column for the voter's signature on paper.

It has the columns of the roll's printed centre list plus the check-in mark; when the roll work's
``reports/voter_list.py`` lands, the two share one row layout and this becomes its variant with
marks (the frame and table are already the shared :mod:`reports.document` and :mod:`reports.table`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from electadmin.domain.progress import Work
from electadmin.reports.document import DocumentHeader, Paragraph, Table, render_work
from electadmin.reports.table import Column, TableStyle
from electadmin.reports.text import Digits, with_digits

LABELS = {
    "title": "كشف الناخبين مع علامات الحضور",
    "subtitle": "مركز الاقتراع: {centre} ({code}) — الولاية: {wilayat}",
    "counts": "عدد الناخبين: {voters} — حضروا حتى ساعة الإصدار: {checked}",
    "number": "م",
    "civil": "الرقم المدني",
    "name": "الاسم",
    "gender": "الجنس",
    "mark": "الحضور",
    "where": "المحطة والوقت",
    "signature": "التوقيع",
    "M": "ذكر",
    "F": "أنثى",
    "checked": "√ حضر",
}
"""Every fixed word of the document."""


@dataclass(frozen=True, slots=True)
class ListedVoter:
    civil_number: str
    name: str
    gender: str
    station: str
    """Station of the check-in, or empty when the voter has not checked in."""
    at: str
    """Time of the check-in as printed (election's zone), or empty."""


def document_header(election_ar: str, election_en: str, centre: str, code: str, wilayat: str, *,
                    generated_at: datetime, is_demo: bool, digits: Digits = Digits.WESTERN) -> DocumentHeader:
    return DocumentHeader(election_ar, election_en, LABELS["title"], generated_at=generated_at,
                          subtitle=LABELS["subtitle"].format(centre=centre, code=code, wilayat=wilayat),
                          is_demo=is_demo, digits=digits)


def checkin_list_work(header: DocumentHeader, voters: Sequence[ListedVoter]) -> Work[bytes]:
    """The list as PDF bytes, yielding progress (rows drawn) at each page."""
    d = header.digits
    checked = sum(1 for v in voters if v.station)
    columns = [Column(LABELS["number"], 0.7, align="center"), Column(LABELS["civil"], 1.5, ltr=True),
               Column(LABELS["name"], 4.6), Column(LABELS["gender"], 0.8, align="center"),
               Column(LABELS["mark"], 0.9, align="center"), Column(LABELS["where"], 1.9, ltr=True),
               Column(LABELS["signature"], 1.4)]
    rows = ((with_digits(str(i), d), v.civil_number, v.name, LABELS.get(v.gender, v.gender),
             LABELS["checked"] if v.station else "", f"{v.station} {v.at}".strip(), "")
            for i, v in enumerate(voters, start=1))
    counts = with_digits(LABELS["counts"].format(voters=len(voters), checked=checked), d)
    return render_work(header, [Paragraph(counts, size=11, bold=True),
                                Table(columns, rows, TableStyle(size=9.5, min_row_height=20), total=len(voters))],
                       orientation="landscape")
