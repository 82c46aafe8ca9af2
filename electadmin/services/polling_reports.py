"""Polling day's printed documents: the station's closing summary and the centre's list with marks.

Each function gathers the DTOs in one reading transaction, draws the PDF with :mod:`electadmin.reports`
(a pure function of the DTOs) and writes it atomically; printing is audited like the other exports.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from electadmin.domain.progress import Progress, Work, run_to_end
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.interchange.tabular import atomic_path
from electadmin.reports import checkin_list, closing_summary as summary_report
from electadmin.reports.text import Digits
from electadmin.services.election import election_row
from electadmin.services.polling import _station, _station_code, _summary, centre_list, local_time
from electadmin.services.printing import print_pdf
from electadmin.services.store import Store
from electadmin.storage.models import PollingCentre, Wilayat

STEP_PRINTING_LIST = QT_TRANSLATE_NOOP("Progress", "Printing the centre's list with check-in marks")


def _now(timezone: str) -> datetime:
    return datetime.now(ZoneInfo(timezone)).replace(second=0, microsecond=0)


def closing_summary_pdf(store: Store, station_code: str | None = None, digits: Digits = Digits.WESTERN) -> bytes:
    """The closing summary of a station (this computer's by default) as PDF bytes."""
    with store.read() as session:
        election = election_row(session)
        station = _station(session, _station_code(session, station_code))
        summary = _summary(session, station)
        wilayat = session.scalar(select(Wilayat.name_ar).where(Wilayat.code == station.wilayat_code)) or ""
        zone = election.timezone
        doc = summary_report.ClosingSummaryDoc(
            summary.station_code, summary.centre_code, summary.centre_name, wilayat, summary.men, summary.women,
            summary.undo_count, local_time(summary.first_at, zone) if summary.first_at else "",
            local_time(summary.last_at, zone) if summary.last_at else "",
            local_time(summary.closed_at, zone) if summary.closed_at else "", summary.closed_by or "")
        header = summary_report.document_header(election.name_ar, election.name_en, doc, generated_at=_now(zone),
                                                is_demo=election.is_demo, digits=digits)
    return summary_report.closing_summary_pdf(header, doc)


def write_closing_summary_pdf(store: Store, path: str | Path, station_code: str | None = None,
                              digits: Digits = Digits.WESTERN) -> Path:
    data = closing_summary_pdf(store, station_code, digits)
    with atomic_path(path) as temporary:
        temporary.write_bytes(data)
    return Path(path)


def write_checkin_list_pdf(store: Store, path: str | Path, centre_code: str,
                           digits: Digits = Digits.WESTERN) -> Work[int]:
    """Print a centre's voters with their check-in marks to *path*; returns the number of voters."""
    entries = centre_list(store, centre_code)
    with store.read() as session:
        election = election_row(session)
        centre = session.execute(select(PollingCentre.name_ar, Wilayat.name_ar)
                                 .join(Wilayat, Wilayat.id == PollingCentre.wilayat_id)
                                 .where(PollingCentre.code == centre_code)).one()
        zone = election.timezone
        header = checkin_list.document_header(election.name_ar, election.name_en, centre[0], centre_code, centre[1],
                                              generated_at=_now(zone), is_demo=election.is_demo, digits=digits)
    voters = [checkin_list.ListedVoter(e.civil_number, e.name, e.gender, e.checked_in_station or "",
                                       local_time(e.checked_in_at, zone)[11:] if e.checked_in_at else "")
              for e in entries]
    yield Progress(0, len(voters), STEP_PRINTING_LIST)
    yield from print_pdf(checkin_list.checkin_list_work(header, voters), path, STEP_PRINTING_LIST)
    return len(voters)


def print_checkin_list(store: Store, path: str | Path, centre_code: str) -> int:
    return run_to_end(write_checkin_list_pdf(store, path, centre_code))
