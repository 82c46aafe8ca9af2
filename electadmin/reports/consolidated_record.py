"""The consolidated record of a wilayat (المحضر المجمع), signed by the wilayat's election committee.

It sums the wilayat's station records: the stations reported out of those expected (each with its
state: missing, entered, matched, certified), the turnout by gender, valid, invalid and blank
ballots, then one table per group of candidates with each station's votes and the total, then the
candidates in ballot order with their total in figures and in words, share and rank, the winners of
the wilayat's seats, the draw that settled a tie for the last seat (method, order, who drew it, the
witnesses and the time) or, while none is recorded, that the result waits for it; and the signature
lines of the committee. Printed landscape so that a group of candidates fits across the page. Every
page ends with the check strip of the count record (short hash and QR code of what the committee
signs, initials boxes where the full signatures are not on the page).

A report is a pure function of :class:`ConsolidatedReport` (plain frozen data) to PDF bytes.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from electadmin.domain.progress import Progress, Work
from electadmin.domain.reconciliation import CountFigures
from electadmin.reports.document import DocumentHeader, DocumentStatus, Page, render_work
from electadmin.reports.results_parts import (
    LABELS as PART_LABELS, DrawRecord, PrintedCheck, Signatory, draw_block, fact_grid, figure, keep_check_strip,
    listing, percent, section, signatures, turnout_rows, words,
)
from electadmin.reports.table import Column, TableStyle
from electadmin.reports.text import Digits, ltr, with_digits

__all__ = ["LABELS", "ConsolidatedCandidate", "ConsolidatedReport", "StationLine", "consolidated_work",
           "document_header"]

LABELS = {
    "title": "المحضر المجمع لنتائج الولاية",
    "subtitle": "ولاية {wilayat} ({code}) — {governorate}",
    "governorate": "المحافظة",
    "wilayat": "الولاية",
    "seats": "عدد المقاعد",
    "stations": "المحطات الواردة",
    "stations_value": "{reported} من {expected}",
    "missing_list": "محطات لم ترد محاضرها: {codes}",
    "unreconciled": "محاضر لم تتطابق أرقامها وقُبلت بتفسير مكتوب: {codes}",
    "turnout": "أولًا: الناخبون والمشاركة",
    "item": "البيان",
    "total": "المجموع",
    "voted": "الناخبون المقترعون",
    "valid": "الأوراق الصحيحة",
    "invalid": "الأوراق الباطلة",
    "blank": "الأوراق البيضاء",
    "by_station": "ثانيًا: الأصوات في كل محطة",
    "by_station_part": "ثانيًا: الأصوات في كل محطة (المرشحون {first} إلى {last})",
    "station": "المحطة",
    "centre": "المركز",
    "state": "الحالة",
    "states": {"missing": "لم يرد", "entered": "مُدخل", "matched": "مطابق", "certified": "معتمد"},
    "candidates": "ثالثًا: مجموع أصوات المرشحين",
    "number": "رقم المرشح",
    "name": "اسم المرشح",
    "votes": "الأصوات رقمًا",
    "votes_words": "الأصوات كتابةً",
    "share": "النسبة",
    "rank": "الترتيب",
    "outcome": "النتيجة",
    "outcomes": {"elected": "فائز", "tied": "متعادل: بانتظار القرعة", "not_elected": "—"},
    "by_draw": "فائز بالقرعة",
    "winners": "رابعًا: الفائزون بمقاعد الولاية",
    "winners_line": "{number}. {name} ({votes} صوتًا)",
    "no_winners": "لم تُحسم المقاعد بعد.",
    "vacant": "مقاعد شاغرة لعدم كفاية المرشحين: {count}",
    "signed": "اعتمد هذه النتيجة بالتوقيع الإلكتروني {count} من أعضاء اللجنة (ببصمات مفاتيحهم):",
    "signer": "{name}: {fingerprint}",
}
"""Every fixed word of the document (Arabic: the record is an official document)."""

_CANDIDATES_PER_TABLE = 9


@dataclass(frozen=True, slots=True)
class StationLine:
    """One station of the wilayat: its state and, once its record counts, its figures."""

    station_code: str
    centre_ar: str
    state: str
    """``missing``, ``entered`` (not yet matched by a second entry), ``matched`` or ``certified``."""
    voted: int | None = None
    valid: int | None = None
    votes: Mapping[str, int] = field(default_factory=dict)
    reconciled: bool = True


@dataclass(frozen=True, slots=True)
class ConsolidatedCandidate:
    key: str
    ballot_number: int | None
    name_ar: str
    votes: int
    rank: int
    standing: str
    """``elected``, ``tied`` or ``not_elected``."""
    by_draw: bool = False


@dataclass(frozen=True, slots=True)
class ConsolidatedReport:
    election_name_ar: str
    governorate_ar: str
    wilayat_code: str
    wilayat_ar: str
    seats: int
    totals: CountFigures
    """The sums over the stations that count (matched or certified)."""
    stations: Sequence[StationLine]
    candidates: Sequence[ConsolidatedCandidate]
    """In ballot order."""
    winners: Sequence[str] = ()
    """Keys of the elected candidates, best first."""
    draw: DrawRecord | None = None
    tied: Sequence[str] = ()
    """Keys of the candidates tied for the last seat while no draw is recorded."""
    vacant: int = 0
    signatories: Sequence[Signatory] = field(default_factory=lambda: (
        Signatory("chair"), Signatory("member"), Signatory("member"), Signatory("rapporteur")))
    check: PrintedCheck | None = None
    """The short hash and QR text printed at the foot of every page (none: no check strip)."""
    signed_by: Sequence[tuple[str, str]] = ()
    """The members whose electronic signatures certify the result: (name, short key fingerprint)."""


def document_header(report: ConsolidatedReport, *, election_name_en: str, generated_at: datetime,
                    is_demo: bool, status: DocumentStatus, content_hash: str = "",
                    digits: Digits = Digits.WESTERN) -> DocumentHeader:
    subtitle = LABELS["subtitle"].format(wilayat=report.wilayat_ar, code=report.wilayat_code,
                                         governorate=report.governorate_ar)
    return DocumentHeader(report.election_name_ar, election_name_en, LABELS["title"], generated_at,
                          subtitle=subtitle, is_demo=is_demo, status=status, digits=digits,
                          content_hash=content_hash)


def consolidated_work(header: DocumentHeader, report: ConsolidatedReport) -> Work[bytes]:
    """Draw the consolidated record; yields progress per part and returns the PDF's bytes."""

    def body(page: Page) -> Generator[Progress, None, None]:
        digits = header.digits
        signed = keep_check_strip(page, report.check, report.signatories) if report.check else lambda: None
        parts = (_facts, _turnout, _by_station, _candidates, _winners)
        for index, part in enumerate(parts, 1):
            part(page, report, digits)
            yield Progress(index, len(parts) + 1)
        _signed_by(page, report, digits)
        signatures(page, report.signatories)
        signed()
        yield Progress(len(parts) + 1, len(parts) + 1)

    return render_work(header, body, orientation="landscape")


def _counted(report: ConsolidatedReport) -> list[StationLine]:
    return [s for s in report.stations if s.state in ("matched", "certified")]


def _facts(page: Page, r: ConsolidatedReport, digits: Digits) -> None:
    reported = len(_counted(r))
    fact_grid(page, [
        (LABELS["governorate"], r.governorate_ar),
        (LABELS["wilayat"], f"{r.wilayat_ar} ({ltr(r.wilayat_code)})"),
        (LABELS["seats"], figure(r.seats, digits)),
        (LABELS["stations"], with_digits(LABELS["stations_value"].format(
            reported=reported, expected=len(r.stations)), digits)),
    ])
    missing = [s.station_code for s in r.stations if s.state not in ("matched", "certified")]
    if missing:
        page.paragraph(LABELS["missing_list"].format(codes=listing(missing)), size=10,
                       bold=True)
    unreconciled = [s.station_code for s in r.stations if not s.reconciled]
    if unreconciled:
        page.paragraph(LABELS["unreconciled"].format(codes=listing(unreconciled)), size=10)


_STYLE = TableStyle(size=10, header_size=9.5, padding=2, min_row_height=16)


def _turnout(page: Page, r: ConsolidatedReport, digits: Digits) -> None:
    f = r.totals
    section(page, LABELS["turnout"])
    columns = [Column(LABELS["item"], 2.2), Column(PART_LABELS["men"], 1.0, align="center"),
               Column(PART_LABELS["women"], 1.0, align="center"), Column(LABELS["total"], 1.0, align="center"),
               Column(LABELS["item"], 2.2), Column(LABELS["total"], 1.0, align="center")]
    counts = [[LABELS[key], figure(value, digits)]
              for key, value in (("valid", f.valid), ("invalid", f.invalid), ("blank", f.blank))]
    rows = [turnout + count for turnout, count in zip(turnout_rows(f, digits), counts, strict=True)]
    page.table(columns, rows, style=_STYLE)


def _by_station(page: Page, r: ConsolidatedReport, digits: Digits) -> None:
    candidates = list(r.candidates)
    groups = [candidates[i:i + _CANDIDATES_PER_TABLE]
              for i in range(0, len(candidates), _CANDIDATES_PER_TABLE)] or [[]]
    counted = _counted(r)
    for group in groups:
        if len(groups) == 1:
            title = LABELS["by_station"]
        else:
            title = with_digits(LABELS["by_station_part"].format(
                first=group[0].ballot_number or "", last=group[-1].ballot_number or ""), digits)
        section(page, title, room=90)
        columns = [Column(LABELS["station"], 1.6, ltr=True), Column(LABELS["centre"], 2.0),
                   Column(LABELS["state"], 0.9, align="center"), Column(LABELS["voted"], 1.0, align="center"),
                   Column(LABELS["valid"], 1.0, align="center"),
                   *[Column(f"{figure(c.ballot_number, digits)}\n{c.name_ar}", 1.3, align="center")
                     for c in group]]
        rows = []
        for s in r.stations:
            counts = s.state in ("matched", "certified")
            rows.append([s.station_code, s.centre_ar, LABELS["states"].get(s.state, s.state),
                         figure(s.voted if counts else None, digits), figure(s.valid if counts else None, digits),
                         *[figure(s.votes.get(c.key) if counts else None, digits) for c in group]])
        rows.append(["", LABELS["total"], "", figure(sum(s.voted or 0 for s in counted), digits),
                     figure(sum(s.valid or 0 for s in counted), digits),
                     *[figure(c.votes, digits) for c in group]])
        page.table(columns, rows, style=TableStyle(size=9.5, header_size=8.5, padding=2, min_row_height=15))


def _candidates(page: Page, r: ConsolidatedReport, digits: Digits) -> None:
    section(page, LABELS["candidates"], room=100)
    total = sum(c.votes for c in r.candidates)
    columns = [Column(LABELS["number"], 0.9, align="center"), Column(LABELS["name"], 3.6),
               Column(LABELS["votes"], 1.1, align="center"), Column(LABELS["votes_words"], 3.6),
               Column(LABELS["share"], 0.9, align="center"), Column(LABELS["rank"], 0.8, align="center"),
               Column(LABELS["outcome"], 1.6, align="center")]
    rows = []
    for c in r.candidates:
        outcome = LABELS["by_draw"] if c.by_draw and c.standing == "elected" else LABELS["outcomes"].get(
            c.standing, c.standing)
        rows.append([figure(c.ballot_number, digits), c.name_ar, figure(c.votes, digits), words(c.votes),
                     percent(c.votes, total, digits), figure(c.rank, digits), outcome])
    rows.append(["", LABELS["total"], figure(total, digits), words(total), "", "", ""])
    page.table(columns, rows, style=TableStyle(size=10, header_size=9.5, padding=2, min_row_height=17))


def _winners(page: Page, r: ConsolidatedReport, digits: Digits) -> None:
    section(page, LABELS["winners"], room=60)
    by_key = {c.key: c for c in r.candidates}
    if r.winners:
        for i, key in enumerate(r.winners, 1):
            c = by_key[key]
            page.paragraph(with_digits(LABELS["winners_line"].format(number=i, name=c.name_ar, votes=c.votes),
                                       digits), size=11, bold=True, space_after=1)
    elif not r.tied:
        page.paragraph(LABELS["no_winners"], size=10.5)
    if r.vacant:
        page.paragraph(with_digits(LABELS["vacant"].format(count=r.vacant), digits), size=10.5)
    if r.tied:
        names = listing([by_key[k].name_ar for k in r.tied])
        page.paragraph(f"{PART_LABELS['pending_draw']}: {names}", size=11, bold=True)
    if r.draw is not None:
        draw_block(page, r.draw, digits)


def _signed_by(page: Page, r: ConsolidatedReport, digits: Digits) -> None:
    """Who certified the result with their signing keys, each with the key's fingerprint (read left to
    right), so that the paper names what the check screen verifies."""
    if not r.signed_by:
        return
    section(page, with_digits(LABELS["signed"].format(count=len(r.signed_by)), digits), room=20 + 16 * len(
        r.signed_by))
    for name, fingerprint in r.signed_by:
        page.paragraph(LABELS["signer"].format(name=name, fingerprint=ltr(fingerprint)), size=10, space_after=0)
    page.space(6)
