"""Committees: who signs certifications and packages, with k of n, and each member's key.

The screen lists the committees (the main committee, each wilayat's, each centre's) with the
signatures a certificate needs (k) of the members whose keys still count (n); for the chosen
committee its members with their short key fingerprints, when they were enrolled and revoked, and
whether the member's key can sign on this computer (the encrypted private key is in this file).
It also names the wilayats still without a committee, whose results cannot be certified.

Setting up (the system administrator, :data:`Permission.COMMITTEE_MANAGE`; everyone else sees the
lists): a committee for a level and area, its k, enrolling a member (the member types their own
signing password twice, checked by the password policy, and is then shown the key's fingerprint in
large type to write down), revoking a key with a written reason. Every action goes through
:mod:`electadmin.services.committees`, which checks the permission and audits.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Permission
from electadmin.integrity.signing import short_fingerprint
from electadmin.services import committees
from electadmin.services.geography import list_centres, list_wilayats
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_datetime, fmt_int, joined, ltr
from electadmin.ui.messages import confirm, error_text, inform, show_error
from electadmin.ui.pages import fill_table, item_table, page_button
from electadmin.ui.widgets import NumberSpinBox


def _monospace(points: int, *, bold: bool = False) -> QFont:
    """A fingerprint's font: fixed width, so its groups line up as the member copies them."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _select(table: QTableWidget, row: int) -> None:
    """Select *row* whole (``selectRow`` misses in a right-to-left table, see :func:`ui.pages.select_row`)."""
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    table.setCurrentCell(row, 0, flags)


def grouped_fingerprint(fingerprint: str) -> str:
    """The whole fingerprint in groups of four, four groups a line (to copy by hand)."""
    groups = [fingerprint[i:i + 4].upper() for i in range(0, len(fingerprint), 4)]
    return "\n".join(" ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


class CommitteesPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[committees.CommitteeDTO] = []
        intro = QLabel(self.tr("A committee's members sign its certifications and packages with their own "
                               "signing keys; a certificate needs k of them. A wilayat's result is certified "
                               "only with k signatures of the wilayat's committee."), self)
        intro.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("wilayats_without_committee")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #8a5300;")
        self.table = item_table(self, "committees_table", [self.tr("Code"), self.tr("Committee"), self.tr("Level"),
                                                       self.tr("Area"), self.tr("Signatures needed")], 1)
        self.table.itemSelectionChanged.connect(self._show_members)
        self.members = item_table(self, "members_table", [self.tr("Member"), self.tr("Key fingerprint"),
                                                      self.tr("Enrolled"), self.tr("Revoked"),
                                                      self.tr("Signs on this computer")], 0)
        self.members.itemSelectionChanged.connect(self._update_buttons)
        self.create_button = page_button(self, self.tr("&New committee…"), "new_committee", self.new_committee)
        self.quorum_button = page_button(self, self.tr("Signatures &needed…"), "set_quorum", self.set_quorum)
        self.enrol_button = page_button(self, self.tr("&Enrol a member…"), "enrol_member", self.enrol)
        self.revoke_button = page_button(self, self.tr("Re&voke the member's key…"), "revoke_member", self.revoke)
        buttons = QHBoxLayout()
        for b in (self.create_button, self.quorum_button, self.enrol_button, self.revoke_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        upper = QWidget(self)
        uv = QVBoxLayout(upper)
        uv.setContentsMargins(0, 0, 0, 0)
        uv.addWidget(self.table)
        lower = QWidget(self)
        lv = QVBoxLayout(lower)
        lv.setContentsMargins(0, 0, 0, 0)
        self.members_title = QLabel(self)
        self.members_title.setStyleSheet("font-weight: bold;")
        lv.addWidget(self.members_title)
        lv.addWidget(self.members)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Committees") + "</h2>", self))
        layout.addWidget(intro)
        layout.addWidget(self.missing)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        ctx.store_changed.connect(self.refresh)
        ctx.data_changed.connect(lambda key: key in ("committees", "geography", "packages") and self.refresh())
        self.refresh()

    # ------------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def _timezone(self) -> str:
        return self.ctx.election.definition.timezone if self.ctx.election else "Asia/Muscat"

    def refresh(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        chosen = self.selected()
        chosen_code = chosen.code if chosen else None
        try:
            order = {level: i for i, level in enumerate(committees.LEVELS)}
            self.rows = sorted(committees.list_committees(store), key=lambda c: (order.get(c.level, 9), c.code))
            wilayats = list_wilayats(store)
        except Exception as exc:  # noqa: BLE001 - the page stays, saying why
            self.missing.setText(error_text(exc))
            return
        names = {w.code: w.name_ar for w in wilayats}
        levels = {"main": self.tr("Main committee"), "wilayat": self.tr("Wilayat"), "centre": self.tr("Polling centre")}
        rows = []
        for c in self.rows:
            area = "" if c.level == "main" else (
                f"{names.get(c.wilayat_code or '', '')} ({c.wilayat_code})" if c.level == "wilayat"
                else ltr(c.centre_code or ""))
            rows.append([ltr(c.code), c.name, levels.get(c.level, c.level), area,
                         self.tr("%1 of %2").replace("%1", fmt_int(c.quorum)).replace("%2", fmt_int(c.active_members))])
        self.table.blockSignals(True)
        fill_table(self.table, rows)
        self.table.blockSignals(False)
        index = next((i for i, c in enumerate(self.rows) if c.code == chosen_code), 0 if self.rows else -1)
        if index >= 0:
            _select(self.table, index)
        covered = {c.wilayat_code for c in self.rows if c.level == "wilayat"}
        without = [w for w in wilayats if w.code not in covered]
        if not without:
            self.missing.setText(self.tr("Every wilayat has its committee."))
        else:
            shown = joined(self, [w.name_ar for w in without[:8]]) + ("…" if len(without) > 8 else "")
            self.missing.setText(self.tr("Wilayats without a committee (their results cannot be certified): "
                                         "%1 — %2").replace("%1", fmt_int(len(without))).replace("%2", shown))
        self._show_members()

    def selected(self) -> committees.CommitteeDTO | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() else None

    def selected_member(self) -> committees.MemberDTO | None:
        committee = self.selected()
        row = self.members.currentRow()
        if committee is None or not self.members.selectedItems() or not 0 <= row < len(committee.members):
            return None
        return committee.members[row]

    def _show_members(self) -> None:
        committee = self.selected()
        timezone = self._timezone()
        if committee is None:
            self.members_title.setText(self.tr("Members"))
            fill_table(self.members, [])
        else:
            self.members_title.setText(self.tr("Members of %1").replace("%1", committee.name))
            fill_table(self.members, [[m.name, ltr(m.short_fingerprint), fmt_datetime(m.enrolled_at, timezone),
                                  (fmt_datetime(m.revoked_at, timezone) + (f" — {m.revoke_reason}" if m.revoke_reason
                                                                            else "")) if m.revoked_at else "",
                                  "" if m.revoked_at else (self.tr("Yes") if m.can_sign_here else
                                                           self.tr("No: the key is on another computer"))]
                                 for m in committee.members])
            for r, m in enumerate(committee.members):
                if m.revoked_at is not None:
                    for c in range(self.members.columnCount()):
                        self.members.item(r, c).setForeground(Qt.GlobalColor.gray)
        self._update_buttons()

    def _may(self) -> bool:
        actor = self.ctx.store.actor if self.ctx.store else None
        return actor is not None and actor.may(Permission.COMMITTEE_MANAGE)

    def _update_buttons(self) -> None:
        may, committee, member = self._may(), self.selected(), self.selected_member()
        self.create_button.setEnabled(may)
        self.quorum_button.setEnabled(may and committee is not None)
        self.enrol_button.setEnabled(may and committee is not None)
        self.revoke_button.setEnabled(may and member is not None and member.revoked_at is None)

    def _changed(self) -> None:
        self.ctx.data_changed.emit("committees")
        self.refresh()

    # actions -----------------------------------------------------------------------------------
    def new_committee(self) -> NewCommitteeDialog | None:
        if self.ctx.store is None or not self.create_button.isEnabled():
            return None
        dialog = NewCommitteeDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._created(dialog.created))
        dialog.open()
        return dialog

    def _created(self, committee: committees.CommitteeDTO | None) -> None:
        self._changed()
        if committee is not None:
            index = next((i for i, c in enumerate(self.rows) if c.code == committee.code), -1)
            if index >= 0:
                _select(self.table, index)

    def set_quorum(self) -> None:
        committee = self.selected()
        if committee is None or not self.quorum_button.isEnabled():
            return
        k, ok = QInputDialog.getInt(
            self, self.tr("Signatures needed"),
            self.tr("How many members of %1 must sign a certificate (of %2 whose keys count)?")
            .replace("%1", committee.name).replace("%2", fmt_int(committee.active_members)),
            committee.quorum, 1, max(1, committee.active_members))
        if not ok:
            return
        try:
            committees.set_quorum(self.ctx.store, committee.code, k)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self._changed()

    def enrol(self) -> EnrolDialog | None:
        committee = self.selected()
        if committee is None or not self.enrol_button.isEnabled():
            return None
        dialog = EnrolDialog(self.ctx, committee, self)
        dialog.finished.connect(lambda _result: self._changed())
        dialog.open()
        return dialog

    def revoke(self) -> None:
        committee, member = self.selected(), self.selected_member()
        if committee is None or member is None or not self.revoke_button.isEnabled():
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Revoke a signing key"),
            self.tr("Why is the key of %1 (%2) revoked? For example: lost, disclosed, left the committee.")
            .replace("%1", member.name).replace("%2", ltr(member.short_fingerprint)))
        if not ok:
            return
        if not reason.strip():
            show_error(self, ElectadminError(ErrorCode.COMMITTEE_REASON_REQUIRED, member=member.name))
            return
        if not confirm(self, self.tr("Revoke a signing key"),
                       self.tr("Revoke the key of %1? Its signatures stop counting from now on; this cannot be "
                               "undone (the member is enrolled again with a new key).").replace("%1", member.name)):
            return
        try:
            committees.revoke_member(self.ctx.store, committee.code, member.name, reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
        self._changed()
        if committee.active_members - 1 < committee.quorum:
            inform(self, self.tr("Revoke a signing key"),
                   self.tr("%1 now has fewer members whose keys count than the signatures it needs: enrol a "
                           "member or lower the number of signatures needed.").replace("%1", committee.name))


class NewCommitteeDialog(QDialog):
    """A committee for the election (main), a wilayat or a polling centre, with its k."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: committees.CommitteeDTO | None = None
        self.setObjectName("new_committee_dialog")
        self.setWindowTitle(self.tr("New committee"))
        self.setMinimumWidth(520)
        self.level = QComboBox(self)
        self.level.setObjectName("committee_level")
        for key, text in (("wilayat", self.tr("A wilayat's committee")), ("centre", self.tr("A polling centre's committee")),
                          ("main", self.tr("The main committee"))):
            self.level.addItem(text, key)
        self.area = QComboBox(self)
        self.area.setObjectName("committee_area")
        self.area.setEditable(False)
        self.code = QLineEdit(self)
        self.code.setObjectName("committee_code")
        self.code.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.name = QLineEdit(self)
        self.name.setObjectName("committee_name")
        self.quorum = NumberSpinBox(self)
        self.quorum.setObjectName("committee_quorum")
        self.quorum.setRange(1, 50)
        self.quorum.setValue(2)
        self.error = QLabel(self)
        self.error.setObjectName("committee_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        for text, field in ((self.tr("&Level:"), self.level), (self.tr("&Area:"), self.area),
                            (self.tr("C&ode:"), self.code), (self.tr("&Name:"), self.name),
                            (self.tr("&Signatures needed (k):"), self.quorum)):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._wilayats = list_wilayats(ctx.store)
        self._centres = list_centres(ctx.store)
        taken = {(c.level, c.wilayat_code if c.level == "wilayat" else c.centre_code)
                 for c in committees.list_committees(ctx.store)}
        self._taken = taken
        self.level.currentIndexChanged.connect(self._level_changed)
        self.area.currentIndexChanged.connect(self._propose)
        self._level_changed()
        self.level.setFocus()

    def _level_changed(self) -> None:
        level = self.level.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        if level == "wilayat":
            for w in self._wilayats:
                if ("wilayat", w.code) not in self._taken:
                    self.area.addItem(f"{w.name_ar} ({w.code})", w.code)
        elif level == "centre":
            for c in self._centres:
                if ("centre", c.code) not in self._taken:
                    self.area.addItem(f"{c.name_ar} ({c.code})", c.code)
        self.area.blockSignals(False)
        self.area.setEnabled(level != "main")
        self._propose()

    def _propose(self) -> None:
        level, area = self.level.currentData(), self.area.currentData()
        self.code.setText(committees.proposed_code(level, area if level == "wilayat" else None,
                                                   area if level == "centre" else None))
        self.code.setReadOnly(level == "main")
        # The name is the committee's own, printed on its records: proposed in Arabic whatever the
        # interface's language.
        if level == "main":
            self.name.setText("اللجنة الرئيسية للانتخابات")
        elif level == "wilayat":
            self.name.setText("لجنة الانتخابات بولاية " + next((w.name_ar for w in self._wilayats if w.code == area),
                                                               area or ""))
        else:
            self.name.setText("لجنة " + next((c.name_ar for c in self._centres if c.code == area), area or ""))

    def accept(self) -> None:
        level, area = self.level.currentData(), self.area.currentData()
        try:
            self.created = committees.create_committee(
                self.ctx.store, self.code.text(), self.name.text(), level, self.quorum.value(),
                wilayat_code=area if level == "wilayat" else None, centre_code=area if level == "centre" else None)
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which stays open
            self.error.setText(error_text(exc))
            return
        super().accept()


class EnrolDialog(QDialog):
    """Enrolling a member: name and signing password typed twice by the member, then the fingerprint."""

    def __init__(self, ctx: UiContext, committee: committees.CommitteeDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee = committee
        self.enrolled: committees.MemberDTO | None = None
        self.setObjectName("enrol_dialog")
        self.setWindowTitle(self.tr("Enrol a member of %1").replace("%1", committee.name))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)
        # 1. the member's name and password ----------------------------------------------------
        ask = QWidget(self.pages)
        note = QLabel(self.tr("The member types the signing password, twice, without anyone watching. It "
                              "unlocks the member's signing key each time they sign and cannot be recovered: "
                              "a forgotten password means a revoked key and a new enrolment."), ask)
        note.setWordWrap(True)
        self.member = QLineEdit(ask)
        self.member.setObjectName("member_name")
        self.password = QLineEdit(ask)
        self.password.setObjectName("signing_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit(ask)
        self.again.setObjectName("signing_password_again")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(ask)
        self.error.setObjectName("enrol_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        for text, field in ((self.tr("Member's &full name:"), self.member),
                            (self.tr("&Signing password:"), self.password),
                            (self.tr("Signing password &again:"), self.again)):
            label = QLabel(text, ask)
            label.setBuddy(field)
            form.addRow(label, field)
        av = QVBoxLayout(ask)
        av.addWidget(note)
        av.addLayout(form)
        av.addWidget(self.error)
        self.enrol_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                              | QDialogButtonBox.StandardButton.Cancel, ask)
        self.enrol_buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Make the key"))
        self.enrol_buttons.accepted.connect(self.make_key)
        self.enrol_buttons.rejected.connect(self.reject)
        av.addWidget(self.enrol_buttons)
        # 2. the fingerprint to write down ----------------------------------------------------
        done = QWidget(self.pages)
        self.done_title = QLabel(done)
        self.done_title.setWordWrap(True)
        self.fingerprint = QLabel(done)
        self.fingerprint.setObjectName("member_fingerprint")
        self.fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint.setFont(_monospace(26, bold=True))
        self.fingerprint.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.full_fingerprint = QLabel(done)
        self.full_fingerprint.setObjectName("member_full_fingerprint")
        self.full_fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.full_fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.full_fingerprint.setFont(_monospace(11))
        hint = QLabel(self.tr("Write this fingerprint down and keep it with you. It is printed beside the "
                              "member's signature on every record and package the key signs, and the main "
                              "committee uses it to recognise the key."), done)
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, done)
        close.setObjectName("enrol_close")
        close.rejected.connect(self.accept)
        dv = QVBoxLayout(done)
        dv.addWidget(self.done_title)
        dv.addWidget(self.fingerprint)
        dv.addWidget(self.full_fingerprint)
        dv.addWidget(hint)
        dv.addStretch(1)
        dv.addWidget(close)
        self.pages.addWidget(ask)
        self.pages.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.member.setFocus()

    def make_key(self) -> None:
        name = self.member.text().strip()
        if not name:
            self.error.setText(self.tr("Type the member's name."))
            self.member.setFocus()
            return
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ: type them again."))
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return
        try:
            self.enrolled = committees.enrol_member(self.ctx.store, self.committee.code, name, self.password.text())
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which stays open
            self.error.setText(error_text(exc))
            self.password.clear()
            self.again.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.again.clear()
        self.done_title.setText("<h3>" + self.tr("%1 is enrolled in %2. The key's fingerprint:")
                                .replace("%1", name).replace("%2", self.committee.name) + "</h3>")
        self.fingerprint.setText(short_fingerprint(self.enrolled.fingerprint))
        self.full_fingerprint.setText(grouped_fingerprint(self.enrolled.fingerprint))
        self.pages.setCurrentIndex(1)
        self.adjustSize()
        self.findChild(QDialogButtonBox, "enrol_close").setFocus()
