"""Statistics of the roll: active voters per wilayat and centre, by gender and by age band.

One call to :func:`roll_statistics` (one GROUP BY in the service) gives every figure; the dialog
shows the wilayats with the whole roll's total first, and the centres of the wilayat chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term
from electadmin.i18n import Language, translate
from electadmin.services.roll import AgeBand, GroupStats, RollStatistics, roll_statistics
from electadmin.services.store import Store
from electadmin.ui.formatting import fmt_int
from electadmin.ui.geography.dialogs import align_to_layout
from electadmin.ui.pages import data_table, select_row
from electadmin.ui.table_model import ColumnKind, DtoTableModel, TableColumn

__all__ = ["StatisticsDialog", "band_header"]

_TOTAL = QT_TRANSLATE_NOOP("StatisticsDialog", "The whole roll")


@dataclass(frozen=True, slots=True)
class _Line:
    group: GroupStats
    title: str


def band_header(band: AgeBand) -> Term:
    """A column header for an age band, kept as a term so the table can translate its headers."""
    text = fmt_int(band.minimum) + (f"–{fmt_int(band.maximum)}" if band.maximum is not None else "+")
    return Term(text, "StatisticsDialog")


def _columns(bands: tuple[AgeBand, ...], place: Term) -> list[TableColumn[_Line]]:
    columns: list[TableColumn[_Line]] = [
        TableColumn(QT_TRANSLATE_NOOP("StatisticsDialog", "Code"), lambda line: line.group.code, ColumnKind.CODE),
        TableColumn(place, lambda line: line.title),
        TableColumn(QT_TRANSLATE_NOOP("StatisticsDialog", "Men"), lambda line: line.group.men, ColumnKind.NUMBER),
        TableColumn(QT_TRANSLATE_NOOP("StatisticsDialog", "Women"), lambda line: line.group.women, ColumnKind.NUMBER),
        TableColumn(QT_TRANSLATE_NOOP("StatisticsDialog", "Total"), lambda line: line.group.total, ColumnKind.NUMBER),
    ]
    for number, band in enumerate(bands):
        columns.append(TableColumn(band_header(band), lambda line, n=number: line.group.men_by_band[n]
                                   + line.group.women_by_band[n], ColumnKind.NUMBER))
    columns.append(TableColumn(QT_TRANSLATE_NOOP("StatisticsDialog", "Under age"),
                               lambda line: line.group.under_age, ColumnKind.NUMBER))
    return columns


class StatisticsDialog(QDialog):
    def __init__(self, store: Store, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Statistics of the roll"))
        self.resize(1000, 640)
        self.statistics: RollStatistics = roll_statistics(store)
        stats = self.statistics
        intro = QLabel(self.tr("Active voters by gender and by age on polling day; removed entries: %1. "
                               "Age bands are in years.").replace("%1", fmt_int(stats.removed)), self)
        intro.setWordWrap(True)
        align_to_layout(intro)
        self.wilayats: DtoTableModel[_Line] = DtoTableModel(
            _columns(stats.bands, QT_TRANSLATE_NOOP("StatisticsDialog", "Wilayat")), self)
        lines = [_Line(stats.total, _TOTAL.translated(translate))]
        lines += [_Line(w.wilayat, w.wilayat.name_ar) for w in stats.wilayats]
        self.wilayats.set_rows(lines)
        self.wilayats_view = data_table(self, "wilayats", self.wilayats, stretch=1, sortable=False)
        self.centres: DtoTableModel[_Line] = DtoTableModel(
            _columns(stats.bands, QT_TRANSLATE_NOOP("StatisticsDialog", "Polling centre")), self)
        self.centres_view = data_table(self, "centres", self.centres, stretch=1, sortable=False)
        self.wilayats_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_centres())
        self.centres_title = QLabel(self)
        align_to_layout(self.centres_title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.wilayats_view, 3)
        layout.addWidget(self.centres_title)
        layout.addWidget(self.centres_view, 2)
        layout.addWidget(buttons)
        if self.wilayats.rowCount():
            select_row(self.wilayats_view, 1 if self.wilayats.rowCount() > 1 else 0)
        self._show_centres()

    def _show_centres(self) -> None:
        line = self.wilayats.row(self.wilayats_view.currentIndex())
        found = next((w for w in self.statistics.wilayats if line is not None and w.wilayat.code == line.group.code),
                     None)
        self.centres.set_rows([_Line(c, c.name_ar) for c in found.centres] if found else [])
        self.centres_title.setText("<b>" + (self.tr("Polling centres of %1").replace("%1", found.wilayat.name_ar)
                                            if found else self.tr("Choose a wilayat to see its centres")) + "</b>")
