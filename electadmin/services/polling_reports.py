"""Polling day's printed documents: the station's closing summary. (The centre's list with check-in
marks is the voter list's polling-day form: :func:`electadmin.services.voter_list.write_checkin_list_pdf`.)

Each function gathers the DTOs in one reading transaction, draws the PDF with :mod:`electadmin.reports`
(a pure function of the DTOs) and writes it atomically; printing is audited like the other exports.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from electadmin.interchange.tabular import atomic_path
from electadmin.reports import closing_summary as summary_report
from electadmin.reports.text import Digits
from electadmin.services.election import election_row
from electadmin.services.polling import _station, _station_code, _summary, local_time
from electadmin.services.store import Store
from electadmin.storage.models import Wilayat


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
