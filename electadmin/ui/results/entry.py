"""Typing a station's count record (محضر الفرز): keyboard first, in the order of the paper form.

Every figure is a line edit in the order the paper lists them (turnout by gender, ballots, valid,
invalid and blank, then each candidate in ballot order, then the times and the members), so Tab walks
the paper top to bottom; digits are accepted in either system. Reconciliation runs as the clerk
types (the same pure check the service runs on save): each failed check is named under the figures
and the figures it involves are marked. Saving a record that does not reconcile asks for the
committee's written explanation and refuses without it; the service refuses too.

The second entry of the same paper opens the same form empty (the clerk does not see the first
entry); when the two differ, :class:`MismatchDialog` shows them side by side and the record does not
count until a matching entry is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.arabic import to_ascii_digits
from electadmin.domain.reconciliation import FIGURE_LABELS, FailedCheck
from electadmin.i18n import translate
from electadmin.services.count_record import (
    CountRecordInput,
    EntryComparison,
    SaveOutcome,
    StationBallot,
    check_record,
    save_first_entry,
    save_second_entry,
)
from electadmin.services.store import Store
from electadmin.ui.formatting import shown
from electadmin.ui.messages import show_error

GROUPS = (
    ("Voters", ("registered_men", "registered_women", "registered_total", "voted_men", "voted_women",
                "voted_total")),
    ("Ballots", ("ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found")),
    ("Count", ("valid", "invalid", "blank")),
)
_BAD = "background-color: #f6d5d5;"


class _CountValidator(QValidator):
    """A whole number of up to nine digits, in either digit system, or nothing."""

    def validate(self, text: str, pos: int):
        folded = to_ascii_digits(text).strip()
        if folded == "" or (folded.isdigit() and len(folded) <= 9):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


class FigureEdit(QLineEdit):
    """One figure of the record: empty (not written) or a whole number, ٠-٩ or 0-9."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setValidator(_CountValidator(self))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMaximumWidth(140)
        self.setMinimumWidth(90)

    def value(self) -> int | None:
        folded = to_ascii_digits(self.text()).strip()
        return int(folded) if folded else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else shown(str(value)))


class CountEntryDialog(QDialog):
    """The form of one station's count record: first entry, second entry, or a correction."""

    saved = Signal(object)  # SaveOutcome

    def __init__(self, store: Store, ballot: StationBallot, *, second: bool = False,
                 correction: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.ballot, self.second = store, ballot, second
        self.setObjectName("count_entry")
        what = self.tr("Second entry") if second else self.tr("First entry")
        self.setWindowTitle(self.tr("Count record of station %1: %2").replace("%1", ballot.station_code)
                            .replace("%2", what))
        self.fields: dict[str, FigureEdit] = {}
        self.labels: dict[str, QLabel] = {}
        body = QWidget(self)
        column = QVBoxLayout(body)
        heading = QLabel(self.tr("Wilayat %1 — %2 — station %3 (%4)").replace("%1", ballot.wilayat_ar)
                         .replace("%2", ballot.centre_ar).replace("%3", ballot.station_code).replace("%4", what), self)
        heading.setObjectName("entry_heading")
        heading.setStyleSheet("font-weight: bold; font-size: 14px;")
        column.addWidget(heading)
        if second:
            note = QLabel(self.tr("Type the paper record again without looking at the first entry: "
                                  "the two are compared field by field."), self)
            note.setWordWrap(True)
            column.addWidget(note)
        voters = QGroupBox(self.tr("Voters"), body)
        grid = QGridLayout(voters)
        for col, title in enumerate((self.tr("Men"), self.tr("Women"), self.tr("Total")), 1):
            header = QLabel(title, voters)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, col)
        for row, (prefix, title) in enumerate((("registered", self.tr("Registered voters")),
                                               ("voted", self.tr("Voters who voted"))), 1):
            label = QLabel(title, voters)
            grid.addWidget(label, row, 0)
            for col, part in enumerate(("men", "women", "total"), 1):
                name = f"{prefix}_{part}"
                edit = FigureEdit(name, voters)
                edit.setToolTip(FIGURE_LABELS[name].translated(translate))
                grid.addWidget(edit, row, col)
                self.fields[name], self.labels[name] = edit, label
            label.setBuddy(self.fields[f"{prefix}_men"])
        column.addWidget(voters)
        titles = {"Ballots": self.tr("Ballots"), "Count": self.tr("Count")}
        for group, names in GROUPS[1:]:
            box = QGroupBox(titles[group], body)
            form = QFormLayout(box)
            for name in names:
                label = QLabel(FIGURE_LABELS[name].translated(translate), box)
                edit = FigureEdit(name, box)
                label.setBuddy(edit)
                form.addRow(label, edit)
                self.fields[name], self.labels[name] = edit, label
            column.addWidget(box)
        votes_box = QGroupBox(self.tr("Votes for each candidate (ballot order)"), body)
        votes = QFormLayout(votes_box)
        for line in ballot.candidates:
            key = f"votes:{line.ballot_number}"
            edit = FigureEdit(key, votes_box)
            label = QLabel(f"{shown(str(line.ballot_number))}. {line.name_ar}", votes_box)
            label.setBuddy(edit)
            votes.addRow(label, edit)
            self.fields[key], self.labels[key] = edit, label
        column.addWidget(votes_box)
        other = QGroupBox(self.tr("Times and committee"), body)
        form = QFormLayout(other)
        self.opened = QLineEdit(other)
        self.opened.setObjectName("opened_at")
        self.opened.setPlaceholderText("07:00")
        self.closed = QLineEdit(other)
        self.closed.setObjectName("closed_at")
        self.closed.setPlaceholderText("19:00")
        self.members = QLineEdit(other)
        self.members.setObjectName("members")
        self.members.setPlaceholderText(self.tr("Names separated by commas"))
        form.addRow(self.tr("Opening time"), self.opened)
        form.addRow(self.tr("Closing time"), self.closed)
        form.addRow(self.tr("Committee members present"), self.members)
        column.addWidget(other)
        # The checks stay in view below the scrolled form: the clerk sees them while typing.
        self.checks = QLabel(self)
        self.checks.setObjectName("failed_checks")
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label = QLabel(self.tr("Explanation of the differences (required when the record "
                                                "does not reconcile)"), self)
        self.explanation = QPlainTextEdit(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setTabChangesFocus(True)
        self.explanation.setMaximumHeight(70)
        self.explanation_label.setBuddy(self.explanation)
        column.addWidget(self.explanation_label)
        column.addWidget(self.explanation)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        if correction:
            column.addWidget(QLabel(self.tr("Reason for the correction"), self))
            column.addWidget(self.reason)
        else:
            self.reason.hide()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.setObjectName("entry_buttons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("save_entry")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.setToolTip(self.tr("Save the record (Ctrl+S)"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.checks)
        self.status = QLabel(self)
        self.status.setObjectName("entry_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        for edit in self.fields.values():
            edit.textChanged.connect(self.check)
        self.outcome: SaveOutcome | None = None
        self.resize(720, 860)
        self.check()
        next(iter(self.fields.values())).setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        # Enter moves on to the next field, as Tab does: a clerk copying a paper form presses it after
        # each figure, and it must never save a half-typed record (Ctrl+S or the button saves).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(self.focusWidget(), QPushButton):
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------------------------------
    def data(self) -> CountRecordInput:
        figures = {name: edit.value() for name, edit in self.fields.items() if not name.startswith("votes:")}
        votes = {line.ballot_number: self.fields[f"votes:{line.ballot_number}"].value()
                 for line in self.ballot.candidates}
        members = tuple(m.strip() for m in self.members.text().replace("،", ",").split(",") if m.strip())
        return CountRecordInput(**figures, votes={k: v for k, v in votes.items() if v is not None},
                                opened_at=to_ascii_digits(self.opened.text()).strip(),
                                closed_at=to_ascii_digits(self.closed.text()).strip(), members=members,
                                explanation=self.explanation.toPlainText().strip(), reason=self.reason.text().strip())

    def failed(self) -> tuple[FailedCheck, ...]:
        return check_record(self.data(), self.ballot.votes_allowed)

    def check(self) -> tuple[FailedCheck, ...]:
        """Run the reconciliation on what is typed; name each failed check and mark its figures."""
        failed = self.failed()
        marked: set[str] = set()
        for check in failed:
            for name in check.fields:
                if name == "candidate_votes":
                    marked |= {k for k in self.fields if k.startswith("votes:")}
                else:
                    marked.add(name)
        for name, edit in self.fields.items():
            edit.setStyleSheet(_BAD if name in marked else "")
        if failed:
            lines = [self.tr("The record does not reconcile:")]
            lines += [f"• {shown(check.describe(translate))}" for check in failed]
            self.checks.setText("\n".join(lines))
            self.checks.setStyleSheet("color: #9b1c1c;")
        else:
            self.checks.setText(self.tr("The figures reconcile."))
            self.checks.setStyleSheet("color: #1d6b2f;")
        return failed

    def save(self) -> None:
        failed = self.check()
        if failed and not self.explanation.toPlainText().strip():
            self.status.setText(self.tr("This record does not reconcile: write the committee's explanation "
                                        "before saving it."))
            self.status.setStyleSheet("color: #9b1c1c; font-weight: bold;")
            self.explanation.setFocus()
            return
        save = save_second_entry if self.second else save_first_entry
        try:
            self.outcome = save(self.store, self.ballot.station_code, self.data())
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing was saved
            show_error(self, exc)
            return
        self.saved.emit(self.outcome)
        self.accept()


class MismatchDialog(QDialog):
    """The two entries of one paper record side by side, on the fields where they differ."""

    def __init__(self, comparison: EntryComparison, ballot: StationBallot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mismatch")
        self.setWindowTitle(self.tr("The two entries differ"))
        names = {line.ballot_number: line.name_ar for line in ballot.candidates}
        text = QLabel(self.tr("The entries of station %1 differ on the fields below (%2). The record does not "
                              "count toward the results until a matching entry is saved: check the paper and "
                              "type the record again.").replace("%1", comparison.station_code)
                      .replace("%2", shown(str(len(comparison.mismatches)))), self)
        text.setWordWrap(True)
        self.table = QTableWidget(len(comparison.mismatches), 3, self)
        self.table.setObjectName("mismatch_table")
        first = self.tr("First entry") + (f" ({comparison.first_by})" if comparison.first_by else "")
        second = self.tr("Second entry") + (f" ({comparison.second_by})" if comparison.second_by else "")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), first, second])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, m in enumerate(comparison.mismatches):
            label = m.label.translated(translate)
            try:
                label = label.format(number=shown(str(m.number)), key=m.number)
            except (KeyError, IndexError, ValueError):
                pass
            if m.number is not None and m.number in names:
                label = f"{label}: {names[m.number]}"
            cells = (label, _show(m.first), _show(m.second))
            for column, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 360)


def _show(value: object) -> str:
    return "—" if value is None or value == "" else shown(str(value))

