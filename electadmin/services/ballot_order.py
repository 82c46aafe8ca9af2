"""The ballot order of a constituency: fixed by a recorded draw or by Arabic alphabetical order.

Fixing the order numbers the wilayat's accepted candidates 1..n (``candidate.ballot_number``) and
records how (``ballot_order``): the method, the seed or the order drawn by hand, who drew and the
witnesses. The draw itself is :mod:`electadmin.domain.draw`, so a seed's order can be recomputed by
anyone from the seed and the application codes. The order may be fixed again (a new draw replaces
the old one, both audited) until polling opens; then it is frozen.

A constituency with undecided applications cannot be ordered yet (a later acceptance would change
it). One with a single candidate needs no draw: its order is recorded as alphabetical.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from electadmin.domain.roles import Permission
from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import Ballotable, CandidateStatus, OrderMethod, alphabetical_order, ballot_numbers
from electadmin.domain.draw import physical_draw, seed_draw
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.candidates import check_open, wilayat_row
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import BallotOrder, Candidate, Wilayat


@dataclass(frozen=True, slots=True)
class BallotOrderDTO:
    wilayat_code: str
    method: OrderMethod
    order: tuple[str, ...]
    """Application codes, ballot number 1 first."""
    seed: str | None
    drawn_by: str
    witnesses: tuple[str, ...]
    fixed_by: str
    fixed_at: datetime


def _accepted(session: Session, wilayat: Wilayat) -> list[Candidate]:
    return list(session.scalars(select(Candidate).where(
        Candidate.wilayat_id == wilayat.id, Candidate.status == CandidateStatus.ACCEPTED.value)))


@requires(Permission.BALLOT_ORDER_FIX)
def fix_ballot_order(store: Store, wilayat_code: str, method: OrderMethod, *, seed: str | None = None,
                     drawn_order: Sequence[str] = (), drawn_by: str = "",
                     witnesses: Sequence[str] = ()) -> BallotOrderDTO:
    """Fix the order of the wilayat's accepted candidates and give them ballot numbers."""
    with store.write() as session:
        check_open(session)
        wilayat = wilayat_row(session, wilayat_code)
        undecided = session.scalar(select(func.count()).select_from(Candidate).where(
            Candidate.wilayat_id == wilayat.id, Candidate.status == CandidateStatus.APPLIED.value)) or 0
        if undecided:
            raise ElectadminError(ErrorCode.CANDIDATE_UNDECIDED, wilayat=wilayat.name_ar, count=undecided)
        rows = _accepted(session, wilayat)
        if not rows:
            raise ElectadminError(ErrorCode.CANDIDATE_NONE_ACCEPTED, wilayat=wilayat.name_ar)
        codes = [r.code for r in rows]
        now = utcnow()
        people: tuple[str, tuple[str, ...]] = ("", ())
        kept_seed = None
        if len(rows) == 1 or method is OrderMethod.ALPHABETICAL:
            method = OrderMethod.ALPHABETICAL
            order = alphabetical_order(Ballotable(r.code, r.name_ar) for r in rows)
        elif method is OrderMethod.SEED:
            draw = seed_draw(codes, seed or "", drawn_by=drawn_by, witnesses=witnesses, drawn_at=now)
            order, people, kept_seed = draw.order, (draw.drawn_by, draw.witnesses), draw.seed
        else:
            draw = physical_draw(codes, [c.strip().upper() for c in drawn_order], drawn_by=drawn_by,
                                 witnesses=witnesses, drawn_at=now)
            order, people = draw.order, (draw.drawn_by, draw.witnesses)
        previous = session.scalar(select(BallotOrder).where(BallotOrder.wilayat_id == wilayat.id))
        before = None
        if previous is not None:
            before = {"method": previous.method, "order": list(previous.ordered_codes)}
            session.delete(previous)
            session.flush()
        session.execute(update(Candidate).where(Candidate.wilayat_id == wilayat.id).values(ballot_number=None))
        numbers = ballot_numbers(order)
        for row in rows:
            row.ballot_number = numbers[row.code]
        record = BallotOrder(wilayat_id=wilayat.id, method=method.value, seed=kept_seed, drawn_by=people[0],
                             witnesses=list(people[1]), ordered_codes=list(order),
                             fixed_by=str(session.info.get("actor", "system")), fixed_at=now)
        session.add(record)
        session.flush()
        names = {r.code: r.name_ar for r in rows}
        audit.record(session, EventType.BALLOT_ORDER_FIXED, "wilayat", wilayat.code, before=before,
                     after={"method": method.value, "seed": kept_seed, "drawn_by": people[0],
                            "witnesses": list(people[1]),
                            "order": [{"number": numbers[c], "code": c, "name": names[c]} for c in order]})
        return _dto(record, wilayat.code)


def get_ballot_order(store: Store, wilayat_code: str) -> BallotOrderDTO | None:
    """How the wilayat's order was fixed, or ``None`` while it is not."""
    with store.read() as session:
        wilayat = wilayat_row(session, wilayat_code)
        row = session.scalar(select(BallotOrder).where(BallotOrder.wilayat_id == wilayat.id))
        return None if row is None else _dto(row, wilayat.code)


def _dto(row: BallotOrder, wilayat_code: str) -> BallotOrderDTO:
    return BallotOrderDTO(wilayat_code, OrderMethod(row.method), tuple(row.ordered_codes), row.seed, row.drawn_by,
                          tuple(row.witnesses), row.fixed_by, row.fixed_at)
