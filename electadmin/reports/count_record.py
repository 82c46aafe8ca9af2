"""The count record of one polling station (محضر الفرز), in the official layout.

Header: the election, the governorate and wilayat, the centre and station codes, the polling date,
the opening and closing times. Then, in the order of the paper form: the turnout by gender; the
reconciliation of ballots with its two differences (received against used + spoiled + unused, found
against valid + invalid + blank), which must be zero or explained; valid, invalid and blank ballots;
each candidate's votes in figures and in words (كتابةً) with their rank at the station; the
reconciliation checks that failed and the committee's written explanation; the agents' objections
and the decision on each; the signature lines of the chair, the members and the rapporteur, and the
seal. The record is printed in numbered copies (one posted at the station, one kept with the box,
one sent to the wilayat's committee), each copy starting on a new page. Every page ends with a check
strip (:func:`~electadmin.reports.results_parts.keep_check_strip`): the record's short hash and QR
code, so that any page can be matched to the stored record, and boxes for the members' initials on
each page that does not hold the full signatures (a record with many candidates runs over pages).

A report is a pure function of :class:`CountRecordReport` (plain frozen data) to PDF bytes.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from electadmin.domain.progress import Progress, Work
from electadmin.domain.reconciliation import CountFigures, ReconciliationCode, reconcile
from electadmin.domain.seats import allocate_seats
from electadmin.reports.document import DocumentHeader, DocumentStatus, Page, render_work
from electadmin.reports.results_parts import (
    LABELS as PART_LABELS, PrintedCheck, Signatory, fact_grid, figure, keep_check_strip, listing, section,
    signatures, turnout_rows, words,
)
from electadmin.reports.table import Column, TableStyle
from electadmin.reports.text import Digits, ltr, with_digits

__all__ = ["LABELS", "CHECK_LABELS", "CountRecordReport", "RecordCandidate", "RecordObjection",
           "count_record_work", "document_header"]

LABELS = {
    "title": "محضر الفرز",
    "subtitle": "ولاية {wilayat} — {centre} — المحطة {station}",
    "election": "الانتخاب",
    "governorate": "المحافظة",
    "wilayat": "الولاية",
    "centre": "مركز الاقتراع",
    "station": "رمز المحطة",
    "date": "تاريخ الاقتراع",
    "opened": "وقت بدء الاقتراع",
    "closed": "وقت انتهاء الاقتراع",
    "version": "إصدار المحضر",
    "entry": "حالة الإدخال",
    "turnout": "أولًا: الناخبون والمشاركة",
    "item": "البيان",
    "total": "المجموع",
    "ballots": "ثانيًا: مطابقة أوراق الاقتراع ونتيجة الفرز",
    "figure": "رقمًا",
    "in_words": "كتابةً",
    "received": "الأوراق المستلمة",
    "used": "الأوراق المستعملة",
    "spoiled": "الأوراق التالفة",
    "unused": "الأوراق غير المستعملة",
    "found": "الأوراق الموجودة في الصندوق",
    "difference_accounted": "الفرق: المستلمة − (المستعملة + التالفة + غير المستعملة)",
    "difference_found": "الفرق: الموجودة − (الصحيحة + الباطلة + البيضاء)",
    "valid": "الأوراق الصحيحة",
    "invalid": "الأوراق الباطلة",
    "blank": "الأوراق البيضاء",
    "candidates": "ثالثًا: أصوات المرشحين",
    "number": "رقم المرشح",
    "name": "اسم المرشح",
    "votes": "الأصوات رقمًا",
    "votes_words": "الأصوات كتابةً",
    "rank": "الترتيب",
    "checks": "ملاحظات المطابقة",
    "checks_intro": "لم تتطابق أرقام هذا المحضر في البنود الآتية:",
    "explanation": "تفسير اللجنة: {text}",
    "no_explanation": "لم تُدوَّن اللجنة تفسيرًا.",
    "reconciled": "تطابقت أرقام المحضر في جميع بنود المطابقة.",
    "objections": "رابعًا: اعتراضات وكلاء المرشحين وقرارات اللجنة",
    "no_objections": "لم يُقدَّم أي اعتراض.",
    "seq": "م",
    "objector": "مقدم الاعتراض",
    "objection": "موضوع الاعتراض",
    "decision": "قرار اللجنة",
    "copy": "النسخة {number} من {copies}: {purpose}",
    "copy_purposes": ("تُعلَّق في مقر المحطة", "تُحفظ مع صندوق الاقتراع", "تُرسل إلى لجنة الانتخاب بالولاية"),
    "copy_other": "نسخة إضافية",
    "members": "أعضاء اللجنة الحاضرون",
}
"""Every fixed word of the document (Arabic: the record is an official document)."""

CHECK_LABELS = {
    ReconciliationCode.NEGATIVE: "رقم سالب ({left})",
    ReconciliationCode.REGISTERED_GENDER_SUM:
        "مجموع المقيدين ({left}) لا يساوي الذكور والإناث ({right})",
    ReconciliationCode.VOTED_GENDER_SUM: "مجموع المقترعين ({left}) لا يساوي الذكور والإناث ({right})",
    ReconciliationCode.BALLOTS_FOUND_SUM:
        "الأوراق الموجودة في الصندوق ({left}) لا تساوي الصحيحة والباطلة والبيضاء ({right})",
    ReconciliationCode.BALLOTS_ACCOUNTED:
        "الأوراق المستلمة ({left}) لا تساوي المستعملة والتالفة وغير المستعملة ({right})",
    ReconciliationCode.FOUND_ABOVE_USED: "الأوراق الموجودة في الصندوق ({left}) أكثر من المستعملة ({right})",
    ReconciliationCode.FOUND_ABOVE_VOTED: "الأوراق الموجودة في الصندوق ({left}) أكثر من المقترعين ({right})",
    ReconciliationCode.FOUND_ABOVE_REGISTERED:
        "الأوراق الموجودة في الصندوق ({left}) أكثر من المقيدين ({right})",
    ReconciliationCode.VOTED_ABOVE_REGISTERED: "المقترعون ({left}) أكثر من المقيدين ({right})",
    ReconciliationCode.VOTED_MEN_ABOVE_REGISTERED: "المقترعون الذكور ({left}) أكثر من المقيدين ({right})",
    ReconciliationCode.VOTED_WOMEN_ABOVE_REGISTERED: "المقترعات ({left}) أكثر من المقيدات ({right})",
    ReconciliationCode.VOTES_ABOVE_ALLOWED:
        "أصوات المرشحين ({left}) أكثر مما تسمح به الأوراق الصحيحة ({right})",
    ReconciliationCode.VOTES_BELOW_VALID: "أصوات المرشحين ({left}) أقل من الأوراق الصحيحة ({right})",
    ReconciliationCode.CANDIDATE_ABOVE_VALID:
        "أصوات المرشح {candidate} ({left}) أكثر من الأوراق الصحيحة ({right})",
}
"""The printed wording of each reconciliation check (one per :class:`ReconciliationCode`)."""


@dataclass(frozen=True, slots=True)
class RecordCandidate:
    """A candidate on the station's ballot, in ballot order, and their votes at this station."""

    key: str
    """The stable key the record's ``candidate_votes`` use (the candidate code)."""
    ballot_number: int | None
    name_ar: str
    votes: int


@dataclass(frozen=True, slots=True)
class RecordObjection:
    objector: str
    text: str
    decision: str = ""


@dataclass(frozen=True, slots=True)
class CountRecordReport:
    """Everything one station's count record prints."""

    election_name_ar: str
    governorate_ar: str
    wilayat_code: str
    wilayat_ar: str
    centre_code: str
    centre_ar: str
    station_code: str
    polling_date: date | None
    figures: CountFigures
    candidates: Sequence[RecordCandidate]
    opened_at: time | None = None
    closed_at: time | None = None
    objections: Sequence[RecordObjection] = ()
    signatories: Sequence[Signatory] = field(default_factory=lambda: (
        Signatory("chair"), Signatory("member"), Signatory("member"), Signatory("rapporteur")))
    members: Sequence[str] = ()
    """The committee members present, as written on the record."""
    explanation: str = ""
    version: int = 1
    entry_state: str = ""
    """How far the record is confirmed, already worded (e.g. «مطابق للإدخال الثاني»); empty to omit."""
    copies: int = 3
    check: PrintedCheck | None = None
    """The short hash and QR text printed at the foot of every page (none: no check strip)."""


def document_header(record: CountRecordReport, *, election_name_en: str, generated_at: datetime,
                    is_demo: bool, status: DocumentStatus, content_hash: str,
                    digits: Digits = Digits.WESTERN) -> DocumentHeader:
    subtitle = LABELS["subtitle"].format(wilayat=record.wilayat_ar, centre=record.centre_ar,
                                         station=record.station_code)
    return DocumentHeader(record.election_name_ar, election_name_en, LABELS["title"], generated_at,
                          subtitle=subtitle, is_demo=is_demo, status=status, digits=digits,
                          content_hash=content_hash)


def count_record_work(header: DocumentHeader, record: CountRecordReport) -> Work[bytes]:
    """Draw the record's copies; yields progress per copy and returns the PDF's bytes."""
    copies = max(1, record.copies)

    def body(page: Page) -> Generator[Progress, None, None]:
        signed = keep_check_strip(page, record.check, record.signatories) if record.check else lambda: None
        for number in range(1, copies + 1):
            if number > 1:
                page.new_page()
            _copy(page, record, header.digits, number, copies)
            signed()
            yield Progress(number, copies)

    return render_work(header, body)


def _copy(page: Page, r: CountRecordReport, digits: Digits, number: int, copies: int) -> None:
    purposes = LABELS["copy_purposes"]
    purpose = purposes[number - 1] if number <= len(purposes) else LABELS["copy_other"]
    page.paragraph(with_digits(LABELS["copy"].format(number=number, copies=copies, purpose=purpose), digits),
                   size=10, bold=True, align="left", space_after=2)
    _header_facts(page, r, digits)
    _turnout(page, r.figures, digits)
    _ballots(page, r.figures, digits)
    _candidates(page, r, digits)
    _checks(page, r, digits)
    _objections(page, r.objections, digits)
    signatures(page, r.signatories)


def _time(value: time | None, digits: Digits) -> str:
    return figure(None, digits) if value is None else with_digits(value.strftime("%H:%M"), digits)


def _header_facts(page: Page, r: CountRecordReport, digits: Digits) -> None:
    code = ltr  # codes read left to right, in the digits they were issued with
    facts = [
        (LABELS["governorate"], r.governorate_ar),
        (LABELS["wilayat"], f"{r.wilayat_ar} ({code(r.wilayat_code)})"),
        (LABELS["centre"], f"{r.centre_ar} ({code(r.centre_code)})"),
        (LABELS["station"], code(r.station_code)),
        (LABELS["date"], figure(None, digits) if r.polling_date is None
         else with_digits(r.polling_date.strftime("%d/%m/%Y"), digits)),
        (LABELS["version"], with_digits(str(r.version), digits)),
        (LABELS["opened"], _time(r.opened_at, digits)),
        (LABELS["closed"], _time(r.closed_at, digits)),
    ]
    if r.entry_state:
        facts.append((LABELS["entry"], r.entry_state))
    fact_grid(page, facts)
    if r.members:
        page.paragraph(f"{LABELS['members']}: {listing(r.members)}", size=10, space_after=2)


_FIGURE_STYLE = TableStyle(size=10, header_size=9.5, padding=2, min_row_height=15)


def _turnout(page: Page, f: CountFigures, digits: Digits) -> None:
    section(page, LABELS["turnout"])
    columns = [Column(LABELS["item"], 2.2), Column(PART_LABELS["men"], 1.0, align="center"),
               Column(PART_LABELS["women"], 1.0, align="center"), Column(LABELS["total"], 1.0, align="center")]
    rows = turnout_rows(f, digits)
    page.table(columns, rows, style=_FIGURE_STYLE)


def _difference(total: int | None, parts: Sequence[int | None]) -> int | None:
    if total is None or any(p is None for p in parts):
        return None
    return total - sum(p for p in parts if p is not None)


def _signed(value: int | None, digits: Digits) -> str:
    if value is None or value >= 0:
        return figure(value, digits)
    return ltr(with_digits(f"-{-value}", digits))


def _ballots(page: Page, f: CountFigures, digits: Digits) -> None:
    section(page, LABELS["ballots"])
    columns = [Column(LABELS["item"], 3.4), Column(LABELS["figure"], 1.0, align="center"),
               Column(LABELS["in_words"], 3.6)]
    rows = [[LABELS[key], figure(value, digits), words(value)] for key, value in (
        ("received", f.ballots_received), ("used", f.ballots_used), ("spoiled", f.ballots_spoiled),
        ("unused", f.ballots_unused), ("found", f.ballots_found))]
    accounted = _difference(f.ballots_received, (f.ballots_used, f.ballots_spoiled, f.ballots_unused))
    found = _difference(f.ballots_found, (f.valid, f.invalid, f.blank))
    for key, value in (("difference_accounted", accounted), ("difference_found", found)):
        rows.append([LABELS[key], _signed(value, digits), words(None if value is None else abs(value))])
    rows += [[LABELS[key], figure(value, digits), words(value)]
             for key, value in (("valid", f.valid), ("invalid", f.invalid), ("blank", f.blank))]
    page.table(columns, rows, style=_FIGURE_STYLE)


def _candidates(page: Page, r: CountRecordReport, digits: Digits) -> None:
    section(page, LABELS["candidates"], room=100)
    ranks = {}
    if r.candidates:
        ranking = allocate_seats(1, {c.key: c.votes for c in r.candidates}).ranking
        ranks = {line.key: line.rank for line in ranking}
    columns = [Column(LABELS["number"], 0.9, align="center"), Column(LABELS["name"], 3.6),
               Column(LABELS["votes"], 1.1, align="center"), Column(LABELS["votes_words"], 3.4),
               Column(LABELS["rank"], 0.8, align="center")]
    rows = [[figure(c.ballot_number, digits), c.name_ar, figure(c.votes, digits), words(c.votes),
             figure(ranks.get(c.key), digits)] for c in r.candidates]
    total = sum(c.votes for c in r.candidates)
    rows.append(["", LABELS["total"], figure(total, digits), words(total), ""])
    page.table(columns, rows, style=TableStyle(size=10, header_size=9.5, padding=2, min_row_height=17))


def check_text(check, names: dict[str, str], digits: Digits) -> str:
    """One failed check in the document's Arabic, figures filled in; a candidate named by name."""
    template = CHECK_LABELS[check.code]
    candidate = names.get(check.candidate or "", check.candidate or "")
    return with_digits(template.format(left=check.left, right=check.right, candidate=candidate), digits)


def _checks(page: Page, r: CountRecordReport, digits: Digits) -> None:
    failed = reconcile(r.figures)
    if not failed:
        page.paragraph(LABELS["reconciled"], size=10.5, space_after=6)
        return
    section(page, LABELS["checks"])
    page.paragraph(LABELS["checks_intro"], size=10.5, space_after=1)
    names = {c.key: c.name_ar for c in r.candidates}
    for check in failed:
        page.paragraph("• " + check_text(check, names, digits), size=10.5, space_after=1)
    page.paragraph(LABELS["explanation"].format(text=r.explanation) if r.explanation.strip()
                   else LABELS["no_explanation"], size=10.5, bold=True, space_after=6)


def _objections(page: Page, objections: Sequence[RecordObjection], digits: Digits) -> None:
    section(page, LABELS["objections"], room=60)
    if not objections:
        page.paragraph(LABELS["no_objections"], size=10.5, space_after=6)
        return
    columns = [Column(LABELS["seq"], 0.5, align="center"), Column(LABELS["objector"], 2.0),
               Column(LABELS["objection"], 3.5), Column(LABELS["decision"], 3.0)]
    rows = [[with_digits(str(i), digits), o.objector, o.text, o.decision] for i, o in enumerate(objections, 1)]
    page.table(columns, rows, style=TableStyle(size=10, header_size=10))
