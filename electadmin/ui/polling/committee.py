"""The wilayat committee's view of polling day from the merged stations' logs: turnout by centre,
station, hour and gender, and the voters checked in more than once, for the committee to decide.

Everything shown is read from :func:`electadmin.services.polling.turnout_rows` and
:func:`~electadmin.services.polling.anomalies` (the effective check-ins after every merge); the
window changes nothing. One row per station, its centre beside it, with men, women, the total and
one column per hour of the day (in the election's time zone), and a last row for the whole choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from electadmin.services import polling
from electadmin.services.geography import list_wilayats
from electadmin.services.store import Store
from electadmin.ui.formatting import fmt_datetime, fmt_int, ltr, shown
from electadmin.ui.pages import fill_table, item_table


@dataclass
class StationTurnout:
    """One station's merged check-ins: by gender and by hour."""

    centre_code: str
    station_code: str
    men: int = 0
    women: int = 0
    by_hour: dict[int, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.men + self.women


def by_station(rows: Sequence[polling.TurnoutRow]) -> tuple[list[int], list[StationTurnout]]:
    """The hours that have check-ins, and each station's figures, in centre and station order."""
    stations: dict[str, StationTurnout] = {}
    for row in rows:
        station = stations.setdefault(row.station_code, StationTurnout(row.centre_code, row.station_code))
        if row.gender == "F":
            station.women += row.voters
        else:
            station.men += row.voters
        station.by_hour[row.hour] = station.by_hour.get(row.hour, 0) + row.voters
    hours = sorted({hour for s in stations.values() for hour in s.by_hour})
    return hours, sorted(stations.values(), key=lambda s: (s.centre_code, s.station_code))


class WilayatTurnoutDialog(QDialog):
    """Merged turnout and the anomalies list of one wilayat (or of every wilayat in this file)."""

    def __init__(self, store: Store, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Turnout of the merged stations"))
        self.store = store
        self.timezone = timezone
        layout = QVBoxLayout(self)
        choose = QHBoxLayout()
        self.wilayat = QComboBox(self)
        self.wilayat.setObjectName("turnout_wilayat")
        self.wilayat.addItem(self.tr("All wilayats"), "")
        for w in list_wilayats(store):
            self.wilayat.addItem(f"{w.name_ar} ({w.code})", w.code)
        caption = QLabel(self.tr("&Wilayat:"), self)
        caption.setBuddy(self.wilayat)
        choose.addWidget(caption)
        choose.addWidget(self.wilayat, 1)
        layout.addLayout(choose)
        self.summary = QLabel(self)
        self.summary.setObjectName("turnout_summary")
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget(self)
        self.stations: QTableWidget | None = None  # rebuilt with one column per hour on each refresh
        self.stations_tab = QWidget(self)
        self.stations_layout = QVBoxLayout(self.stations_tab)
        self.tabs.addTab(self.stations_tab, self.tr("By station and hour"))
        self.anomalies = item_table(self, "turnout_anomalies",
                                    [self.tr("Civil number"), self.tr("Name"), self.tr("Check-ins"),
                                     self.tr("Where and when")])
        self.tabs.addTab(self.anomalies, self.tr("Checked in more than once"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.wilayat.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1000, 560)
        self.refresh()

    def refresh(self) -> None:
        code = self.wilayat.currentData() or None
        rows = polling.turnout_rows(self.store, code)
        found = polling.anomalies(self.store)
        if code:
            stations = {r.station_code for r in rows}
            found = [a for a in found if any(c.station_code in stations for c in a.check_ins)]
        self.show_figures(rows, found)

    def show_figures(self, rows: Sequence[polling.TurnoutRow], found: Sequence[polling.AnomalyDTO]) -> None:
        hours, stations = by_station(rows)
        headers = [self.tr("Centre"), self.tr("Station"), self.tr("Men"), self.tr("Women"), self.tr("Total"),
                   *(shown(f"{hour:02d}:00") for hour in hours)]
        if self.stations is not None:
            self.stations_layout.removeWidget(self.stations)
            self.stations.deleteLater()
        self.stations = item_table(self.stations_tab, "turnout_stations", headers, stretch=0)
        self.stations_layout.addWidget(self.stations)
        table = [[ltr(s.centre_code), ltr(s.station_code), fmt_int(s.men), fmt_int(s.women), fmt_int(s.total),
                  *(fmt_int(s.by_hour.get(hour, 0)) for hour in hours)] for s in stations]
        men, women = sum(s.men for s in stations), sum(s.women for s in stations)
        table.append([self.tr("Total"), fmt_int(len(stations)), fmt_int(men), fmt_int(women), fmt_int(men + women),
                      *(fmt_int(sum(s.by_hour.get(hour, 0) for s in stations)) for hour in hours)])
        fill_table(self.stations, table)
        for column in range(2, len(headers)):
            for row in range(len(table)):
                self.stations.item(row, column).setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        separator = "؛ " if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "; "
        fill_table(self.anomalies, [
            [ltr(a.civil_number), a.name, fmt_int(len(a.check_ins)),
             separator.join(f"{ltr(c.station_code)} {fmt_datetime(c.at, self.timezone)}" for c in a.check_ins)]
            for a in found])
        self.summary.setText(self.tr("{voters} voters checked in at {stations} stations; {anomalies} checked in "
                                     "more than once, for the committee to decide.").format(
            voters=fmt_int(men + women), stations=fmt_int(len(stations)), anomalies=fmt_int(len(found))))
