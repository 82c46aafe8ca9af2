"""The printed voter list of a polling centre, as data and as a PDF: one document, two callers.

The list holds the voters who may vote there: active, and of voting age on polling day (ineligible
voters stay on the roll, flagged, but are not printed for polling), in normalised-name order, read
with one query over the ``(centre_id, name_key)`` index.

Its polling-day form (``check_in``, :mod:`electadmin.reports.voter_list`) has the attendance
columns. :func:`write_voter_list_pdf` prints it from the roll (data export): the columns carry the
check-ins made so far when there are any, and are empty otherwise. :func:`write_checkin_list_pdf`
prints it from the polling desk (check-in permission, the clerk's own centre) and always carries the
marks, with their count at the time of issue, even when nobody has come yet. Both are audited as an
export of the roll. A voter's mark is their first effective check-in (station and time in the
election's zone), as the desk shows it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.eligibility import latest_birth_for_age
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress, Work
from electadmin.domain.roles import Permission
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.reports.text import Digits
from electadmin.reports.voter_list import CentreList, ListedVoter, document_header, voter_list_work
from electadmin.services import audit
from electadmin.services.authz import require, requires
from electadmin.services.election import election_row
from electadmin.services.printing import print_pdf
from electadmin.services.roll import STATUS_ACTIVE, polling_rules
from electadmin.services.store import Store
from electadmin.storage.models import PollingCentre, PollingCheckIn, Voter, Wilayat

STEP_PRINTING = QT_TRANSLATE_NOOP("Progress", "Printing the voter list")
STEP_PRINTING_MARKS = QT_TRANSLATE_NOOP("Progress", "Printing the centre's list with check-in marks")


def _marks(session: Session, centre_id: int, timezone: str) -> dict[str, tuple[str, str]]:
    """Each checked-in voter of the centre: the station and local time of their first check-in."""
    zone = ZoneInfo(timezone)
    rows = session.execute(
        select(PollingCheckIn.civil_number, PollingCheckIn.station_code, PollingCheckIn.at)
        .join(Voter, Voter.civil_number == PollingCheckIn.civil_number)
        .where(Voter.centre_id == centre_id).order_by(PollingCheckIn.at.desc()))
    return {civil: (station, at.astimezone(zone).strftime("%H:%M")) for civil, station, at in rows}


def centre_list(store: Store, centre_code: str, *, marks: bool = False) -> CentreList:
    """The voters of *centre_code* who may vote there, in print order (with their check-ins if *marks*)."""
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
        checked = _marks(session, centre[0], election_row(session).timezone) if marks else {}
    voters = tuple(ListedVoter(civil, name, gender, *checked.get(civil, ("", ""))) for civil, name, gender in rows)
    men = sum(v.gender == "M" for v in voters)
    return CentreList(centre[3], centre[1], centre[2], len(voters), men, len(voters) - men, voters,
                      sum(1 for v in voters if v.station) if marks else None)


def _print(store: Store, path: str | Path, centre_code: str, *, check_in: bool, marks: bool | None,
           digits: Digits) -> Work[int]:
    listed = centre_list(store, centre_code, marks=check_in and marks is not False)
    if marks is None and not listed.checked_in:
        listed = replace(listed, checked_in=None)  # nobody yet: the roll's list, columns empty
    step = STEP_PRINTING_MARKS if listed.checked_in is not None else STEP_PRINTING
    with store.read() as session:
        election = election_row(session)
        now = datetime.now(ZoneInfo(election.timezone)).replace(second=0, microsecond=0)
        header = document_header(election.name_ar, election.name_en, listed, generated_at=now,
                                 is_demo=election.is_demo, digits=digits, check_in=check_in)
    yield Progress(0, listed.count, step)
    target = yield from print_pdf(voter_list_work(header, listed, check_in=check_in), path, step)
    with store.write() as session:
        audit.record(session, EventType.ROLL_EXPORTED, "roll", target.name,
                     after={"format": "pdf", "centre": listed.centre_code, "voters": listed.count,
                            "check_in": check_in, "checked_in": listed.checked_in})
    return listed.count


@requires(Permission.DATA_EXPORT)
def write_voter_list_pdf(store: Store, path: str | Path, centre_code: str, *, check_in: bool = False,
                         digits: Digits = Digits.WESTERN) -> Work[int]:
    """Print the centre's list to *path* (written atomically); returns the number of voters listed.

    With *check_in*, the attendance columns: marked with the check-ins made so far if there are
    any, empty otherwise."""
    return _print(store, path, centre_code, check_in=check_in, marks=None, digits=digits)


@requires(Permission.CHECK_IN)
def write_checkin_list_pdf(store: Store, path: str | Path, centre_code: str,
                           digits: Digits = Digits.WESTERN) -> Work[int]:
    """The polling desk's paper fallback: the centre's list with every check-in mark so far and their
    count (a clerk prints only their own centre's); returns the number of voters listed."""
    require(store, Permission.CHECK_IN, centre=centre_code)
    return _print(store, path, centre_code, check_in=True, marks=True, digits=digits)
