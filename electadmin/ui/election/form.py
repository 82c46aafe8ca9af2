"""The form of an election definition: names, type, date, time zone, the rules laws set."""

from __future__ import annotations

from datetime import date
from zoneinfo import available_timezones

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.election import (
    DEFAULT_TIMEZONE,
    ElectionDefinition,
    ElectionRules,
    ElectionType,
    VotesPerVoterMode,
    Window,
)
from electadmin.i18n import translate
from electadmin.ui.widgets import NumberSpinBox, OptionalDate

_WINDOWS = ("transfer_window", "objection_window", "candidacy_window", "appeal_window")


class DefinitionForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phase = None
        self._is_demo = False
        self.name_ar = QLineEdit(self)
        self.name_ar.setObjectName("name_ar")
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("name_en")
        self.type = QComboBox(self)
        for kind in ElectionType:
            self.type.addItem(kind.label.translated(translate), kind.value)
        self.polling_date = QDateEdit(self)
        self.polling_date.setObjectName("polling_date")
        self.polling_date.setCalendarPopup(True)
        self.polling_date.setDisplayFormat("dd/MM/yyyy")
        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        zones = sorted(available_timezones())
        self.timezone.addItems(zones)
        self.timezone.setCompleter(QCompleter(zones, self))
        self.min_voter_age = NumberSpinBox(self)
        self.min_voter_age.setObjectName("min_voter_age")
        self.min_voter_age.setRange(16, 99)
        self.min_candidate_age = NumberSpinBox(self)
        self.min_candidate_age.setObjectName("min_candidate_age")
        self.min_candidate_age.setRange(16, 99)
        self.vpv_mode = QComboBox(self)
        for mode in VotesPerVoterMode:
            self.vpv_mode.addItem(mode.label.translated(translate), mode.value)
        self.vpv_value = NumberSpinBox(self)
        self.vpv_value.setRange(1, 99)
        self.vpv_mode.currentIndexChanged.connect(self._update_vpv)
        self.windows: dict[str, tuple[OptionalDate, OptionalDate]] = {}

        general = QGroupBox(self.tr("The election"), self)
        g = QFormLayout(general)
        g.addRow(self.tr("Name in &Arabic:"), self.name_ar)
        g.addRow(self.tr("Name in &English:"), self.name_en)
        g.addRow(self.tr("&Type:"), self.type)
        g.addRow(self.tr("&Polling date:"), self.polling_date)
        g.addRow(self.tr("Time &zone:"), self.timezone)

        rules = QGroupBox(self.tr("Rules set by law"), self)
        r = QFormLayout(rules)
        r.addRow(self.tr("Minimum &voter age on polling day:"), self.min_voter_age)
        r.addRow(self.tr("Minimum &candidate age on polling day:"), self.min_candidate_age)
        vpv = QHBoxLayout()
        vpv.addWidget(self.vpv_mode, 1)
        vpv.addWidget(self.vpv_value)
        r.addRow(self.tr("Votes per voter:"), vpv)
        labels = {
            "transfer_window": self.tr("Transfer of registration"),
            "objection_window": self.tr("Objections to the roll"),
            "candidacy_window": self.tr("Candidacy applications"),
            "appeal_window": self.tr("Candidates' appeals"),
        }
        for key in _WINDOWS:
            start, end = OptionalDate(self), OptionalDate(self)
            start.setObjectName(f"{key}_start")
            end.setObjectName(f"{key}_end")
            row = QHBoxLayout()
            row.addWidget(start)
            row.addWidget(end)
            r.addRow(self.tr("%1 (from – to):").replace("%1", labels[key]), row)
            self.windows[key] = (start, end)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(general)
        layout.addWidget(rules)
        self.set_definition(ElectionDefinition(name_ar=""))

    def _update_vpv(self) -> None:
        self.vpv_value.setEnabled(self.vpv_mode.currentData() == VotesPerVoterMode.FIXED.value)

    def set_definition(self, definition: ElectionDefinition) -> None:
        self._phase = definition.phase
        self._is_demo = definition.is_demo
        self.name_ar.setText(definition.name_ar)
        self.name_en.setText(definition.name_en)
        self.type.setCurrentIndex(self.type.findData(definition.type.value))
        day = definition.polling_date or date.today()
        self.polling_date.setDate(QDate(day.year, day.month, day.day))
        self.timezone.setCurrentText(definition.timezone or DEFAULT_TIMEZONE)
        rules = definition.rules
        self.min_voter_age.setValue(rules.min_voter_age)
        self.min_candidate_age.setValue(rules.min_candidate_age)
        self.vpv_mode.setCurrentIndex(self.vpv_mode.findData(rules.votes_per_voter_mode.value))
        self.vpv_value.setValue(rules.votes_per_voter)
        self._update_vpv()
        for key, (start, end) in self.windows.items():
            window: Window = getattr(rules, key)
            start.set_value(window.start)
            end.set_value(window.end)

    def definition(self) -> ElectionDefinition:
        rules = ElectionRules(
            min_voter_age=self.min_voter_age.value(),
            min_candidate_age=self.min_candidate_age.value(),
            votes_per_voter_mode=VotesPerVoterMode(self.vpv_mode.currentData()),
            votes_per_voter=self.vpv_value.value(),
            **{key: Window(start.value(), end.value()) for key, (start, end) in self.windows.items()},
        )
        kwargs = {}
        if self._phase is not None:
            kwargs["phase"] = self._phase
        return ElectionDefinition(
            name_ar=self.name_ar.text(), name_en=self.name_en.text(),
            type=ElectionType(self.type.currentData()),
            polling_date=self.polling_date.date().toPython(),
            timezone=self.timezone.currentText().strip(), rules=rules, is_demo=self._is_demo, **kwargs,
        )

    def set_rules_editable(self, editable: bool) -> None:
        for widget in (self.polling_date, self.min_voter_age, self.min_candidate_age, self.vpv_mode,
                       self.vpv_value, *(w for pair in self.windows.values() for w in pair)):
            widget.setEnabled(editable)
        if editable:
            self._update_vpv()
