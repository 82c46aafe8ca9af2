"""Check a printed record (تحقق من محضر مطبوع): the short hash from the paper, the answer in large type.

One field takes the short hash as it is printed at the foot of every page (typed in any case, with
or without separators, in either digit system) or the text of the QR code (a hand-held scanner types
it and presses Enter). The check runs on Enter, and as soon as sixteen characters are typed. The
answer is a large coloured line (matches / older version / changed / no match), then the record's
summary and its signers with their fingerprints and whether each signature verifies. Escape clears
the field for the next paper.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from electadmin.domain.errors import ElectadminError
from electadmin.i18n import translate
from electadmin.integrity.record_hash import parse_qr_payload, parse_short_hash
from electadmin.services.record_check import STATE_LABELS, CheckOutcome, PrintedRecordCheck, check_printed_record
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_datetime, fmt_int, ltr, shown
from electadmin.ui.messages import error_text
from electadmin.ui.widgets import CodeEdit

_COLOURS = {
    CheckOutcome.MATCH: ("#e3f4e1", "#1b5e20"),
    CheckOutcome.SUPERSEDED: ("#fff3cd", "#7a4f00"),
    CheckOutcome.ALTERED: ("#fde2e1", "#8e1b12"),
    CheckOutcome.NO_MATCH: ("#fde2e1", "#8e1b12"),
    CheckOutcome.INVALID: ("#eeeeee", "#333333"),
}


class RecordCheckPage(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last: PrintedRecordCheck | None = None
        title = QLabel("<h2>" + self.tr("Check a printed record") + "</h2>", self)
        intro = QLabel(self.tr("Type the short hash printed at the foot of every page of a count record or a "
                               "consolidated record (16 characters, with or without the hyphens), or scan its "
                               "QR code. Both digit systems are accepted."), self)
        intro.setWordWrap(True)
        self.field = CodeEdit(self)
        self.field.setObjectName("record_hash")
        self.field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.field.setAccessibleName(self.tr("Short hash"))
        big = QFont(self.field.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setFamilies(["DejaVu Sans Mono", "monospace"])
        self.field.setFont(big)
        self.field.returnPressed.connect(self.check)
        self.field.textChanged.connect(self._typed)
        self.button = QPushButton(self.tr("&Check"), self)
        self.button.setObjectName("record_check")
        self.button.clicked.connect(self.check)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("record_verdict")
        self.verdict.setWordWrap(True)
        verdict_font = QFont(self.font())
        verdict_font.setPointSizeF(verdict_font.pointSizeF() * 1.9)
        verdict_font.setBold(True)
        self.verdict.setFont(verdict_font)
        self.verdict.setVisible(False)
        self.identity = QLabel(self)
        self.identity.setObjectName("record_identity")
        self.identity.setWordWrap(True)
        identity_font = QFont(self.font())
        identity_font.setPointSizeF(identity_font.pointSizeF() * 1.35)
        self.identity.setFont(identity_font)
        self.details = QLabel(self)
        self.details.setObjectName("record_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.identity)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        scroll = QScrollArea(self)
        scroll.setObjectName("record_details_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.details)
        layout.addWidget(scroll, 1)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear)
        self.setFocusProxy(self.field)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.field.setFocus()

    def clear(self) -> None:
        self.field.clear()
        self.verdict.setVisible(False)
        self.identity.clear()
        self.details.clear()
        self.last = None
        self.field.setFocus()

    def _typed(self, text: str) -> None:
        if parse_short_hash(text) is not None and parse_qr_payload(text) is None:
            self.check()

    def check(self) -> None:
        if self.ctx.store is None:
            return
        text = self.field.text()
        try:
            result = check_printed_record(self.ctx.store, text)
        except ElectadminError as error:
            self._show_verdict(CheckOutcome.INVALID, error_text(error))
            return
        self.last = result
        self._show_verdict(result.outcome, self._verdict_text(result))
        self.identity.setText(self._identity(result))
        self.details.setText(self._details(result))

    # ------------------------------------------------------------------ text

    def _show_verdict(self, outcome: CheckOutcome, text: str) -> None:
        background, colour = _COLOURS[outcome]
        self.verdict.setStyleSheet(f"QLabel {{ background: {background}; color: {colour}; padding: 10px; "
                                   f"border: 2px solid {colour}; border-radius: 4px; }}")
        self.verdict.setText(text)
        self.verdict.setVisible(True)
        self.identity.clear()
        self.details.clear()

    def _verdict_text(self, r: PrintedRecordCheck) -> str:
        if r.outcome is CheckOutcome.MATCH:
            if r.signatures_ok is False:
                return self.tr("Matches the record held in this file, but its signatures do not verify")
            return self.tr("Matches the record held in this file")
        if r.outcome is CheckOutcome.SUPERSEDED:
            return self.tr("An older version: the paper no longer shows what is in force")
        if r.outcome is CheckOutcome.ALTERED:
            return self.tr("The stored record was changed after it was printed: report it to the committee")
        if r.outcome is CheckOutcome.NO_MATCH:
            return self.tr("No record in this file has this hash. Check that it was typed exactly as printed; "
                           "if it was, the paper does not come from this election's file.")
        return self.tr("This is not a short hash: 16 letters and digits, as printed at the foot of the page.")

    def _state(self, value: str) -> str:
        label = STATE_LABELS.get(value)
        return label.translated(translate) if label is not None else value

    def _identity(self, r: PrintedRecordCheck) -> str:
        """One line naming the record printed: what, which version, its state now."""
        if not r.found:
            return ""
        what = (self.tr("Count record of station %1").replace("%1", ltr(r.key)) if r.kind == "count_record"
                else self.tr("Consolidated result of wilayat %1").replace("%1", r.wilayat_ar))
        version = (self.tr("Provisional (not certified)") if r.version is None
                   else self.tr("version %1 (%2)").replace("%1", shown(str(r.version)))
                   .replace("%2", self._state(r.state)))
        return f"{what} — {version}"

    def _details(self, r: PrintedRecordCheck) -> str:
        if not r.found:
            return ""
        rows: list[tuple[str, str]] = []
        if r.kind == "count_record":
            rows.append((self.tr("Record"), self.tr("Count record of station %1").replace("%1", ltr(r.key))))
            rows.append((self.tr("Polling centre"), escape(r.centre_ar)))
        else:
            rows.append((self.tr("Record"), self.tr("Consolidated result of the wilayat")))
        rows.append((self.tr("Wilayat"), f"{escape(r.wilayat_ar)} ({ltr(r.wilayat_code)})"))
        rows.append((self.tr("Version printed"), self.tr("Provisional (not certified)") if r.version is None
                     else shown(str(r.version))))
        rows.append((self.tr("Its state now"), escape(self._state(r.state))))
        if r.outcome is CheckOutcome.SUPERSEDED:
            current = (self.tr("none in force: the result was reopened") if r.current_version is None
                       else self.tr("version %1 (%2)").replace("%1", shown(str(r.current_version)))
                       .replace("%2", escape(self._state(r.current_state))))
            rows.append((self.tr("Version in force"), f"<b>{current}</b>"))
        rows.append((self.tr("Short hash"), ltr(r.short_hash)))
        if r.certified_at is not None:
            rows.append((self.tr("Certified at"), fmt_datetime(r.certified_at, self._zone())))
            if r.certification_reopened:
                rows.append((self.tr("Certification"), "<b>" + escape(self.tr(
                    "reopened since: the result may change")) + "</b>"))
        html = [self._table()]
        html += [self._row(f"<b>{escape(k)}</b>", v) for k, v in rows]
        html.append("</table>")
        html.append("<h3>" + escape(self.tr("Signatures")) + "</h3>")
        html.append(self._signatures(r))
        names = {"registered_total": self.tr("Registered voters"), "voted_total": self.tr("Voters who voted"),
                 "valid": self.tr("Valid ballots"), "invalid": self.tr("Invalid ballots"),
                 "blank": self.tr("Blank ballots")}
        html.append("<h3>" + escape(self.tr("Figures and votes")) + "</h3>" + self._table())
        html += [self._row(f"<b>{escape(names.get(name, name))}</b>", fmt_int(value)) for name, value in r.figures]
        for code, name, votes in r.votes:
            mark = " ★" if code in r.elected else ""
            html.append(self._row(f"{escape(name)}{mark}", fmt_int(votes)))
        html.append("</table>")
        return "".join(html)

    def _signatures(self, r: PrintedRecordCheck) -> str:
        if not r.signers:
            if r.certified_at is not None:
                return escape(self.tr("Certified without committee signatures (no committee was set up for "
                                      "this wilayat)."))
            return escape(self.tr("Not signed: only a certified result carries the committee's signatures."))
        parts = []
        if r.signed_scope == "wilayat_result":
            parts.append("<p>" + escape(self.tr("This record counts in its wilayat's certified result; these are "
                                                "the signatures over that result.")) + "</p>")
        summary = (self.tr("%1 valid signatures; %2 of the %3 members of committee %4 must sign")
                   .replace("%1", shown(str(r.valid_signatures))).replace("%2", shown(str(r.required)))
                   .replace("%3", shown(str(r.members))).replace("%4", ltr(escape(r.committee))))
        verdict = self.tr("The signatures verify with the public keys in this file.") if r.signatures_ok else \
            self.tr("The signatures do NOT verify.")
        colour = "#1b5e20" if r.signatures_ok else "#8e1b12"
        parts.append(f"<p>{summary}<br><b style='color:{colour}'>{escape(verdict)}</b></p>")
        parts.append(self._table(3))
        valid, invalid = escape(self.tr("valid")), escape(self.tr("does not verify"))
        for s in r.signers:
            state = (f"<span style='color:#1b5e20'>✔ {valid}</span>" if s.valid else
                     f"<span style='color:#8e1b12'>✘ {invalid}</span>")
            parts.append(self._row(f"<b>{escape(s.member)}</b>", ltr(s.short_fingerprint),
                                   fmt_datetime(s.signed_at, self._zone()), state))
        parts.append("</table>")
        return "".join(parts)

    # Qt's rich text lays tables out left to right whatever the direction: in Arabic the cells of a
    # row are given in reverse and the table is put on the right, so that a row reads label first.
    def _rtl(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def _row(self, *cells: str) -> str:
        side = "right" if self._rtl() else "left"
        ordered = reversed(cells) if self._rtl() else cells
        return "<tr>" + "".join(f"<td align='{side}'>{c}</td>" for c in ordered) + "</tr>"

    def _table(self, padding: int = 2) -> str:
        return f"<table align='{'right' if self._rtl() else 'left'}' cellspacing='0' cellpadding='{padding}'>"

    def _zone(self) -> str:
        election = self.ctx.election
        return getattr(getattr(election, "definition", None), "timezone", None) or "Asia/Muscat"
