"""The official candidate list of one constituency or of all, as data and as a printed PDF.

:func:`official_lists` is what the count and results work, the printed list and the exports agree
on: per wilayat, the accepted candidates in ballot order (or, while the order is not fixed, in
Arabic alphabetical order without numbers).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import Ballotable, CandidateStatus, alphabetical_order
from electadmin.domain.progress import Progress, Work, with_step
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.interchange.tabular import atomic_path
from electadmin.reports.candidate_list import ConstituencyList, ListedCandidate, candidate_list_work, document_header
from electadmin.reports.text import Digits
from electadmin.services import audit
from electadmin.services.candidates import wilayat_row
from electadmin.services.election import election_row
from electadmin.services.store import Store
from electadmin.storage.models import BallotOrder, Candidate, Wilayat

STEP_PRINTING = QT_TRANSLATE_NOOP("Progress", "Printing the candidate list")


def _lists(session: Session, wilayat_code: str | None) -> list[ConstituencyList]:
    if wilayat_code:
        wilayats = [wilayat_row(session, wilayat_code)]
    else:
        wilayats = list(session.scalars(select(Wilayat).order_by(Wilayat.position, Wilayat.code)))
    ids = [w.id for w in wilayats]
    orders = {o.wilayat_id: o for o in session.scalars(select(BallotOrder).where(BallotOrder.wilayat_id.in_(ids)))}
    by_wilayat: dict[int, list[Candidate]] = {}
    for row in session.scalars(select(Candidate).where(
            Candidate.status == CandidateStatus.ACCEPTED.value, Candidate.wilayat_id.in_(ids))):
        by_wilayat.setdefault(row.wilayat_id, []).append(row)
    result = []
    for w in wilayats:
        rows = by_wilayat.get(w.id, [])
        order = orders.get(w.id)
        if order is not None:
            rows.sort(key=lambda r: r.ballot_number or 0)
        else:
            position = {code: i for i, code in enumerate(alphabetical_order(Ballotable(r.code, r.name_ar) for r in rows))}
            rows.sort(key=lambda r: position[r.code])
        result.append(ConstituencyList(
            w.code, w.name_ar, w.seats, order.method if order else None,
            tuple(ListedCandidate(r.ballot_number if order else None, r.name_ar, r.code, r.photo) for r in rows),
            order.seed if order else None))
    return result


def official_lists(store: Store, wilayat_code: str | None = None) -> list[ConstituencyList]:
    """Per wilayat (one, or all in order), its accepted candidates in ballot order."""
    with store.read() as session:
        return _lists(session, wilayat_code)


def write_candidate_list_pdf(store: Store, path: str | Path, wilayat_code: str | None = None,
                             digits: Digits = Digits.WESTERN) -> Work[int]:
    """Print the official list to *path* (written atomically); returns the number of candidates."""
    with store.read() as session:
        election = election_row(session)
        lists = _lists(session, wilayat_code)
        now = datetime.now(ZoneInfo(election.timezone)).replace(second=0, microsecond=0)
        header = document_header(election.name_ar, election.name_en, lists, generated_at=now,
                                 is_demo=election.is_demo, digits=digits)
    count = sum(len(c.candidates) for c in lists)
    yield Progress(0, len(lists), STEP_PRINTING)
    work = candidate_list_work(header, lists)
    pdf = yield from with_step(work, STEP_PRINTING)
    target = Path(path)
    with atomic_path(target) as temporary:
        temporary.write_bytes(pdf)
    with store.write() as session:
        audit.record(session, EventType.CANDIDATES_EXPORTED, "candidates", target.name,
                     after={"format": "pdf", "wilayat": wilayat_code, "candidates": count})
    return count
