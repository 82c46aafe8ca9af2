"""The election area: the definition form, saving it, and moving the election through its phases."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from electadmin.domain.election import Phase
from electadmin.i18n import translate
from electadmin.services.election import set_phase, update_election
from electadmin.ui.context import UiContext
from electadmin.ui.election.form import DefinitionForm
from electadmin.ui.messages import confirm, show_error


class ElectionPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = DefinitionForm(self)
        self.demo_note = QLabel(self)
        self.demo_note.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("phase_label")
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("previous_phase")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("next_phase")
        self.save_button = QPushButton(self.tr("&Save the definition"), self)
        self.save_button.setObjectName("save_definition")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))

        phases = QHBoxLayout()
        phases.addWidget(self.phase_label, 1)
        phases.addWidget(self.previous_button)
        phases.addWidget(self.next_button)
        inner = QWidget(self)
        inner_layout = QVBoxLayout(inner)
        inner_layout.addWidget(self.demo_note)
        inner_layout.addLayout(phases)
        inner_layout.addWidget(self.form)
        inner_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Election definition") + "</h2>", self))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        ctx.election_changed.connect(self.refresh)

    def refresh(self) -> None:
        election = self.ctx.election
        if election is None:
            return
        definition = election.definition
        self.form.set_definition(definition)
        self.demo_note.setVisible(definition.is_demo)
        self.demo_note.setText(self.tr("This is a DEMO election: its data is generated and names no real person."))
        phase = definition.phase
        self.phase_label.setText(self.tr("Phase: <b>%1</b>").replace("%1", phase.label.translated(translate)))
        phases = list(Phase)
        previous = phases[phase.index - 1] if phase.index > 0 and phase is not Phase.CERTIFIED else None
        following = phases[phase.index + 1] if phase.index + 1 < len(phases) else None
        self.previous_button.setVisible(previous is not None)
        self.next_button.setVisible(following is not None)
        if previous is not None:
            self.previous_button.setText(self.tr("Back to “%1”").replace("%1", previous.label.translated(translate)))
        if following is not None:
            self.next_button.setText(self.tr("Open “%1”").replace("%1", following.label.translated(translate)))
        self.form.set_rules_editable(phase.index < Phase.POLLING.index)

    def save(self) -> None:
        try:
            update_election(self.ctx.store, self.form.definition())
        except Exception as error:  # the form keeps what was typed
            show_error(self, error)
            return
        self.ctx.reload_election()

    def _move(self, step: int) -> None:
        current = self.ctx.election.definition.phase
        target = list(Phase)[current.index + step]
        question = self.tr("Move the election from “%1” to “%2”?")
        question = question.replace("%1", current.label.translated(translate)).replace(
            "%2", target.label.translated(translate))
        if not confirm(self, self.tr("Change phase"), question):
            return
        try:
            set_phase(self.ctx.store, target)
        except Exception as error:
            show_error(self, error)
            return
        self.ctx.reload_election()
