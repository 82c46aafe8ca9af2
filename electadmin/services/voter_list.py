"""The printed voter list of a polling centre, as data and as a PDF.

The list holds the voters who may vote there: active, and of voting age on polling day (ineligible
voters stay on the roll, flagged, but are not printed for polling), in normalised-name order, read
with one query over the ``(centre_id, name_key)`` index.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from electadmin.domain.audit import EventType
from electadmin.domain.eligibility import latest_birth_for_age
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.domain.roles import Permission
from electadmin.reports.text import Digits
from electadmin.reports.voter_list import CentreList, ListedVoter, document_header, voter_list_work
from electadmin.services import audit
from electadmin.services.election import election_row
from electadmin.services.roll import STATUS_ACTIVE, polling_rules
from electadmin.services.authz import requires
from electadmin.services.printing import print_pdf
from electadmin.services.store import Store
from electadmin.storage.models import PollingCentre, Voter, Wilayat

STEP_PRINTING = QT_TRANSLATE_NOOP("Progress", "Printing the voter list")


def centre_list(store: Store, centre_code: str) -> CentreList:
    """The voters of *centre_code* who may vote there, in print order."""
    with store.read() as session:
        centre = session.execute(
            select(PollingCentre.id, PollingCentre.code, PollingCentre.name_ar, Wilayat.name_ar)
            .join(Wilayat, Wilayat.id == PollingCentre.wilayat_id)
            .where(PollingCentre.code == centre_code.strip().upper())).first()
        if centre is None:
            raise ElectadminError(ErrorCode.GEO_UNKNOWN_CENTRE, value=centre_code)
        day, min_age = polling_rules(session)
        rows = session.execute(
            select(Voter.civil_number, Voter.name, Voter.gender)
            .where(Voter.centre_id == centre[0], Voter.status == STATUS_ACTIVE,
                   Voter.birth_date <= latest_birth_for_age(day, min_age))
            .order_by(Voter.name_key, Voter.id)).all()
    voters = tuple(ListedVoter(*row) for row in rows)
    men = sum(v.gender == "M" for v in voters)
    return CentreList(centre[3], centre[1], centre[2], len(voters), men, len(voters) - men, voters)


@requires(Permission.DATA_EXPORT)
def write_voter_list_pdf(store: Store, path: str | Path, centre_code: str, *, check_in: bool = False,
                         digits: Digits = Digits.WESTERN) -> Work[int]:
    """Print the centre's list to *path* (written atomically); returns the number of voters listed."""
    listed = centre_list(store, centre_code)
    with store.read() as session:
        election = election_row(session)
        now = datetime.now(ZoneInfo(election.timezone)).replace(second=0, microsecond=0)
        header = document_header(election.name_ar, election.name_en, listed, generated_at=now,
                                 is_demo=election.is_demo, digits=digits)
    yield Progress(0, listed.count, STEP_PRINTING)
    work = voter_list_work(header, listed, check_in=check_in)
    target = yield from print_pdf(work, path, STEP_PRINTING)
    with store.write() as session:
        audit.record(session, EventType.ROLL_EXPORTED, "roll", target.name,
                     after={"format": "pdf", "centre": listed.centre_code, "voters": listed.count,
                            "check_in": check_in})
    return listed.count
