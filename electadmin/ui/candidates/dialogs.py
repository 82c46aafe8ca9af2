"""The dialogs of the candidates page: an application, a decision, a rejection, a ballot draw.

Like the geography dialogs (:class:`~electadmin.ui.geography.dialogs._EditDialog`), each one validates
by saving: OK calls the service, and whatever the service refuses (a civil number with letters, a
date outside the appeal window, a drawn order that forgets a candidate) is told in the user's
language while the dialog stays open with everything typed. Days are typed in either digit system
(:class:`~electadmin.ui.widgets.DayEdit`) and default to today in the election's time zone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.candidacy import (
    FIELD,
    GENDER_LABELS,
    REASON_FOR_CHECK,
    OrderMethod,
    RejectionReason,
)
from electadmin.domain.eligibility import CandidateRequirements, EducationLevel
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.i18n import Language, translate
from electadmin.reports.candidate_list import ListedCandidate
from electadmin.services.ballot_order import BallotOrderDTO, fix_ballot_order
from electadmin.services.candidates import (
    ApplicationData,
    CandidateDetail,
    CandidateDTO,
    correct_application,
    get_requirements,
    register_application,
    reject,
    set_requirements,
)
from electadmin.services.geography import WilayatDTO
from electadmin.services.store import Store
from electadmin.ui.geography.dialogs import _arabic_edit, _EditDialog, _latin_edit, _select, align_to_layout
from electadmin.ui.formatting import fmt_int
from electadmin.ui.widgets import CodeEdit, DayEdit

__all__ = ["ApplicationDialog", "DecisionDialog", "DrawDialog", "RejectDialog", "RequirementsDialog", "witnesses_from"]

_PHOTO_SIZE = (96, 120)
_DECIDED_ON = QT_TRANSLATE_NOOP("Fields", "Date of the decision")


def witnesses_from(text: str) -> tuple[str, ...]:
    """The witnesses typed one per line (empty lines dropped)."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _note_edit(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(72)
    return edit


def _day(parent: QWidget, name: str, field, value: date | None, required: bool = True) -> DayEdit:
    edit = DayEdit(field, parent, required=required)
    edit.setObjectName(name)
    edit.set_value(value)
    return edit


class ApplicationDialog(_EditDialog):
    """Register an application (مترشح) or correct one still under review (its code and wilayat stay)."""

    def __init__(self, store: Store, language: Language, wilayats: Sequence[WilayatDTO], today: date,
                 candidate: CandidateDetail | None = None, wilayat_code: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.original = candidate.candidate if candidate is not None else None
        current = self.original
        self.photo_bytes: bytes | None = None
        self.remove_photo = False
        self.setWindowTitle(self.tr("New application") if current is None
                            else self.tr("Correct the application %1").replace("%1", current.code))
        self.civil_number = CodeEdit(self)
        self.civil_number.setObjectName("civil_number")
        self.name_ar = _arabic_edit(self, current.name_ar if current else "")
        self.name_ar.setObjectName("name_ar")
        self.name_latin = _latin_edit(self, current.name_latin if current else "")
        self.name_latin.setObjectName("name_latin")
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        for value, label in GENDER_LABELS.items():
            self.gender.addItem(label.translated(translate), value)
        self.birth_date = _day(self, "birth_date", FIELD["birth_date"], current.birth_date if current else None)
        self.wilayat = QComboBox(self)
        self.wilayat.setObjectName("wilayat")
        for wilayat in wilayats:
            self.wilayat.addItem(f"{self._name(wilayat.name_ar, wilayat.name_en)} ({wilayat.code})", wilayat.code)
        self.education = QComboBox(self)
        self.education.setObjectName("education")
        for level in EducationLevel:
            self.education.addItem(level.label.translated(translate), level.value)
        self.phone = CodeEdit(self)
        self.phone.setObjectName("phone")
        self.submitted_on = _day(self, "submitted_on", FIELD["submitted_on"],
                                 current.submitted_on if current else today, required=False)
        self.photo = QLabel(self)
        self.photo.setObjectName("photo")
        self.photo.setFixedSize(*_PHOTO_SIZE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QLabel.Shape.StyledPanel)
        choose = QPushButton(self.tr("C&hoose a photo…"), self)
        choose.setObjectName("choose_photo")
        choose.setAutoDefault(False)
        choose.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("&Remove the photo"), self)
        self.remove_photo_button.setObjectName("remove_photo")
        self.remove_photo_button.setAutoDefault(False)
        self.remove_photo_button.clicked.connect(self.take_photo_off)
        self.photo_note = QLabel(self.tr("JPEG or PNG, at most 1 MB (optional)"), self)
        self.photo_note.setWordWrap(True)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photo)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(choose)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_row.addLayout(photo_buttons)
        photo_row.addWidget(self.photo_note, 1)
        if current is not None:
            self.civil_number.setText(current.civil_number)
            self.phone.setText(current.phone)
            _select(self.gender, current.gender)
            _select(self.education, current.education.value)
            self.wilayat.setEnabled(False)
            self._show_photo(candidate.photo, kept=True)
        else:
            self._show_photo(None)
        _select(self.wilayat, current.wilayat_code if current else wilayat_code)
        if current is None:
            _select(self.education, EducationLevel.SECONDARY.value)
        self.form.addRow(self.tr("&Civil number:"), self.civil_number)
        self.form.addRow(self.tr("Full name in &Arabic:"), self.name_ar)
        self.form.addRow(self.tr("Name in &Latin letters (optional):"), self.name_latin)
        self.form.addRow(self.tr("&Gender:"), self.gender)
        self.form.addRow(self.tr("&Birth date:"), self.birth_date)
        self.form.addRow(self.tr("&Wilayat (constituency):"), self.wilayat)
        self.form.addRow(self.tr("&Education:"), self.education)
        self.form.addRow(self.tr("&Phone (optional):"), self.phone)
        self.form.addRow(self.tr("&Submitted on:"), self.submitted_on)
        self.form.addRow(self.tr("Photo:"), photo_row)
        self.setMinimumWidth(560)

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the applicant's photo"), "",
                                              self.tr("Images (*.jpg *.jpeg *.png)"))
        if path:
            self.set_photo_file(Path(path))

    def set_photo_file(self, path: Path) -> None:
        """Take the photo in *path* (checked by the service when saving: JPEG or PNG, at most 1 MB)."""
        self.photo_bytes = path.read_bytes()
        self.remove_photo = False
        self._show_photo(self.photo_bytes)

    def take_photo_off(self) -> None:
        """No photo on the application once saved (a correction takes the kept one off too)."""
        self.photo_bytes = None
        self.remove_photo = True
        self._show_photo(None)

    def _show_photo(self, data: bytes | None, kept: bool = False) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.photo.setPixmap(pixmap.scaled(*_PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo") if not data else self.tr("Not an image"))
        self.remove_photo_button.setEnabled(bool(data))

    def _data(self) -> ApplicationData:
        return ApplicationData(
            civil_number=self.civil_number.text(), name_ar=self.name_ar.text(), name_latin=self.name_latin.text(),
            gender=self.gender.currentData(), birth_date=self.birth_date.value(),
            wilayat=self.wilayat.currentData() or "", education=EducationLevel(self.education.currentData()),
            phone=self.phone.text(), photo=self.photo_bytes, submitted_on=self.submitted_on.value(),
            remove_photo=self.remove_photo)

    def _save(self) -> CandidateDTO:
        data = self._data()
        if self.original is None:
            return register_application(self.store, data)
        return correct_application(self.store, self.original.code, data)


class DecisionDialog(_EditDialog):
    """A decision that needs a day and the committee's words: accept, withdraw, lodge or decide an appeal.

    *action* is called with the day, the note and (for an appeal's decision, *with_outcome*) whether
    the appeal is upheld; it is the service call, so its refusal keeps the dialog open.
    """

    def __init__(self, store: Store, language: Language, *, title: str, intro: str, day_label: str,
                 note_label: str, today: date, action: Callable[..., object], with_outcome: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.setWindowTitle(title)
        self.action = action
        self.intro = align_to_layout(QLabel(intro, self))
        self.intro.setObjectName("intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.day = _day(self, "day", _DECIDED_ON, today)
        self.note = _note_edit(self, "note")
        self.upheld: QRadioButton | None = None
        self.form.addRow(self.intro)
        if with_outcome:
            self.upheld = QRadioButton(self.tr("&Upheld: the application is accepted"), self)
            self.upheld.setObjectName("upheld")
            dismissed = QRadioButton(self.tr("Dis&missed: the rejection stands"), self)
            dismissed.setObjectName("dismissed")
            group = QButtonGroup(self)
            group.addButton(self.upheld)
            group.addButton(dismissed)
            dismissed.setChecked(True)
            self.form.addRow(self.tr("Decision:"), self.upheld)
            self.form.addRow("", dismissed)
        self.form.addRow(day_label, self.day)
        self.form.addRow(note_label, self.note)

    def _save(self) -> object:
        day = self.day.value()
        note = self.note.toPlainText()
        if self.upheld is not None:
            return self.action(day, note, self.upheld.isChecked())
        return self.action(day, note)


class RejectDialog(_EditDialog):
    """Reject an application: reasons from the list (those answering failed checks ticked) and free text."""

    def __init__(self, store: Store, language: Language, detail: CandidateDetail, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.code = detail.candidate.code
        self.setWindowTitle(self.tr("Reject the application %1").replace("%1", self.code))
        proposed = {REASON_FOR_CHECK[c.code] for c in detail.failed_checks if c.code in REASON_FOR_CHECK}
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("reasons")
        for reason in RejectionReason:
            item = QListWidgetItem(reason.label.translated(translate), self.reasons)
            item.setData(Qt.ItemDataRole.UserRole, reason.value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if reason in proposed else Qt.CheckState.Unchecked)
        self.reasons.setMinimumHeight(self.reasons.sizeHintForRow(0) * len(RejectionReason) + 8)
        self.note = _note_edit(self, "note")
        self.note.setPlaceholderText(self.tr("The committee's words (required for “other reason”)"))
        self.day = _day(self, "day", _DECIDED_ON, today)
        self.form.addRow(self.tr("&Reasons:"), self.reasons)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.form.addRow(self.tr("Date of the &decision:"), self.day)
        self.setMinimumWidth(560)

    def chosen(self) -> list[RejectionReason]:
        return [RejectionReason(self.reasons.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.reasons.count())
                if self.reasons.item(i).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, reasons: Sequence[RejectionReason]) -> None:
        for i in range(self.reasons.count()):
            item = self.reasons.item(i)
            state = RejectionReason(item.data(Qt.ItemDataRole.UserRole)) in reasons
            item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)

    def _save(self) -> CandidateDetail:
        return reject(self.store, self.code, self.chosen(), self.note.toPlainText(), decided_on=self.day.value())


class DrawDialog(_EditDialog):
    """Fix a constituency's ballot order by a recorded draw: a seed, or a physical draw's result typed in.

    The physical draw's result is the list put in the order the names came out of the box (drag a
    name, or move it with the buttons or Ctrl+Up / Ctrl+Down); who drew and the witnesses are recorded
    either way.
    """

    def __init__(self, store: Store, language: Language, wilayat_code: str, wilayat_name: str,
                 candidates: Sequence[ListedCandidate], parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        self.wilayat_code = wilayat_code
        self.setWindowTitle(self.tr("Ballot draw of %1").replace("%1", wilayat_name))
        self.by_seed = QRadioButton(self.tr("Draw computed from a &seed"), self)
        self.by_seed.setObjectName("by_seed")
        self.by_hand = QRadioButton(self.tr("&Physical draw: put the names in the order drawn"), self)
        self.by_hand.setObjectName("by_hand")
        group = QButtonGroup(self)
        group.addButton(self.by_seed)
        group.addButton(self.by_hand)
        self.seed = QLineEdit(self)
        self.seed.setObjectName("seed")
        self.seed.setPlaceholderText(self.tr("Agreed in front of the witnesses, e.g. the date and two banknote "
                                             "numbers"))
        self.drawn = QListWidget(self)
        self.drawn.setObjectName("drawn")
        self.drawn.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        for candidate in candidates:
            item = QListWidgetItem(f"{candidate.name_ar} ({candidate.code})", self.drawn)
            item.setData(Qt.ItemDataRole.UserRole, candidate.code)
        self.drawn.setCurrentRow(0)
        up = QPushButton(self.tr("Move &up"), self)
        up.setObjectName("move_up")
        up.setShortcut("Ctrl+Up")
        down = QPushButton(self.tr("Move do&wn"), self)
        down.setObjectName("move_down")
        down.setShortcut("Ctrl+Down")
        for button, step in ((up, -1), (down, 1)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=step: self.move(s))
        moves = QHBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        self.drawn_by = QLineEdit(self)
        self.drawn_by.setObjectName("drawn_by")
        self.witnesses = _note_edit(self, "witnesses")
        self.witnesses.setPlaceholderText(self.tr("One name a line; at least one"))
        self.form.addRow(self.by_seed)
        self.form.addRow(self.tr("S&eed:"), self.seed)
        self.form.addRow(self.by_hand)
        self.form.addRow(self.tr("Order &drawn:"), self.drawn)
        self.form.addRow("", moves)
        self.form.addRow(self.tr("Drawn &by:"), self.drawn_by)
        self.form.addRow(self.tr("Wi&tnesses:"), self.witnesses)
        for button in (self.by_seed, self.by_hand):
            button.toggled.connect(self._update)
        self._moves = (up, down)
        self.by_seed.setChecked(True)
        self.setMinimumWidth(600)

    def _update(self) -> None:
        seed = self.by_seed.isChecked()
        self.seed.setEnabled(seed)
        self.drawn.setEnabled(not seed)
        for button in self._moves:
            button.setEnabled(not seed)

    def move(self, step: int) -> None:
        row = self.drawn.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.drawn.count():
            return
        item = self.drawn.takeItem(row)
        self.drawn.insertItem(target, item)
        self.drawn.setCurrentRow(target)

    def drawn_order(self) -> list[str]:
        return [self.drawn.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.drawn.count())]

    def _save(self) -> BallotOrderDTO:
        people = {"drawn_by": self.drawn_by.text(), "witnesses": witnesses_from(self.witnesses.toPlainText())}
        if self.by_seed.isChecked():
            return fix_ballot_order(self.store, self.wilayat_code, OrderMethod.SEED, seed=self.seed.text(), **people)
        return fix_ballot_order(self.store, self.wilayat_code, OrderMethod.PHYSICAL, drawn_order=self.drawn_order(),
                                **people)


class RequirementsDialog(_EditDialog):
    """What the automatic checks ask of an applicant besides the age (an election rule, on its own page).

    Laws differ and change: the education required, whether an applicant must be on the roll of the
    wilayat, whether applying in two constituencies is refused. The checks read these at once.
    """

    def __init__(self, store: Store, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(store, language, parent)
        current = get_requirements(store)
        self.setWindowTitle(self.tr("What applicants must meet"))
        self.age = align_to_layout(QLabel(self.tr("Minimum age on polling day: %1 (set with the election's rules)")
                                          .replace("%1", fmt_int(current.min_age)), self))
        self.age.setObjectName("age")
        self.education = QComboBox(self)
        self.education.setObjectName("min_education")
        self.education.addItem(self.tr("No education required"), "")
        for level in EducationLevel:
            self.education.addItem(level.label.translated(translate), level.value)
        _select(self.education, current.min_education.value if current.min_education else "")
        self.registered = QCheckBox(self.tr("Must be on the electoral &roll of the wilayat"), self)
        self.registered.setObjectName("must_be_registered_voter")
        self.registered.setChecked(current.must_be_registered_voter)
        self.one_constituency = QCheckBox(self.tr("May apply in &one constituency only"), self)
        self.one_constituency.setObjectName("one_constituency_only")
        self.one_constituency.setChecked(current.one_constituency_only)
        self.form.addRow(self.age)
        self.form.addRow(self.tr("Minimum &education:"), self.education)
        self.form.addRow(self.registered)
        self.form.addRow(self.one_constituency)

    def _save(self) -> CandidateRequirements:
        level = self.education.currentData()
        return set_requirements(self.store, EducationLevel(level) if level else None, self.registered.isChecked(),
                                self.one_constituency.isChecked())
