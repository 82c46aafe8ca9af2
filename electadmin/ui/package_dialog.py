"""What a package check found, shown before anything is imported (the Packages tab, the results screen).

Each check passed is named on its own line; then the sender's committee and the members who signed,
each with their key's fingerprint; then either the refusal, in the user's language, with the words
"nothing was changed", or the Import button. For an election package the operator first types the
main committee's fingerprint shown in large type, compared with the one received by another way.
A refusal that only the import finds (a result package whose content does not agree with this
file) is shown in the dialog the same way, and the import button is then disabled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from electadmin.domain.errors import ElectadminError
from electadmin.i18n import translate
from electadmin.integrity.signing import short_fingerprint
from electadmin.services import committees, packages
from electadmin.ui.context import UiContext
from electadmin.ui.formatting import fmt_int, ltr
from electadmin.ui.messages import error_text, show_error


class PackageDialog(QDialog):
    """What the checks found, and, for an election package, the fingerprint the operator confirms."""

    imported = Signal(object)  # the import's PackageReport

    def __init__(self, ctx: UiContext, report: packages.PackageReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.setObjectName("package_dialog")
        self.setWindowTitle(self.tr("Package check"))
        self.setMinimumWidth(640)
        kinds = {packages.ELECTION: self.tr("Election package"), packages.RESULT: self.tr("Result package")}
        sender = "" if report.sender is None else self.tr("from %1, number %2").replace(
            "%1", self._sender()).replace("%2", fmt_int(report.sequence or 0))
        kind = kinds.get(report.kind or "") or self.tr("Package")
        head = QLabel(f"<h3>{kind}</h3>" + sender, self)
        head.setObjectName("package_sender")
        head.setWordWrap(True)
        checks = QLabel("\n".join(f"✓ {c.text(translate, fmt_int)}" for c in report.checks), self)
        checks.setObjectName("package_checks")
        checks.setTextFormat(Qt.TextFormat.PlainText)
        checks.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        checked = QLabel("<b>" + self.tr("What was checked:") + "</b>", self)
        layout.addWidget(checked)
        layout.addWidget(checks)
        checked.setVisible(bool(report.checks))  # a package that cannot be read passed no check
        checks.setVisible(bool(report.checks))
        if report.signers:
            fingerprints = report.signer_fingerprints or ("",) * len(report.signers)
            lines = [f"{name}  —  {ltr(short_fingerprint(fp))}" if fp else name
                     for name, fp in zip(report.signers, fingerprints, strict=False)]
            signed = QLabel(self.tr("Signed by:") + "\n" + "\n".join(lines), self)
            signed.setObjectName("package_signers")
            signed.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(signed)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("package_refusal")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.refusal.setVisible(False)
        layout.addWidget(self.refusal)
        self.confirmed: QLineEdit | None = None
        if report.refusal is not None:
            self._refuse(report.refusal)
        elif report.kind == packages.ELECTION and report.committee_fingerprint:
            box = QGroupBox(self.tr("Confirm the main committee's fingerprint"), self)
            inner = QVBoxLayout(box)
            shown = QLabel(ltr(short_fingerprint(report.committee_fingerprint)), box)
            shown.setObjectName("package_fingerprint")
            shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
            shown.setStyleSheet("font-size: 22pt; font-weight: bold; font-family: monospace; letter-spacing: 2px;")
            inner.addWidget(shown)
            text = QLabel(self.tr("Compare it with the fingerprint the main committee gave you by another way "
                                  "(printed or by telephone). Type it below to import; if it differs, do not "
                                  "import the package and tell the main committee."), box)
            text.setWordWrap(True)
            inner.addWidget(text)
            self.confirmed = QLineEdit(box)
            self.confirmed.setObjectName("confirmed_fingerprint")
            self.confirmed.setPlaceholderText("XXXX XXXX XXXX XXXX")
            self.confirmed.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            inner.addWidget(self.confirmed)
            layout.addWidget(box)
        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_package")
        self.import_button.setEnabled(report.ok)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.confirmed is not None:
            self.confirmed.setFocus()

    def _sender(self) -> str:
        code = self.report.sender or "?"
        if self.ctx.store is None or not self.report.sender:
            return code
        try:
            return f"{committees.get_committee(self.ctx.store, code).name} ({ltr(code)})"
        except ElectadminError:
            return ltr(code)

    def _refuse(self, refusal: BaseException) -> None:
        self.refusal.setText("✗ " + error_text(refusal) + "\n" + self.tr("The package was refused: nothing was changed."))
        self.refusal.setVisible(True)
        if hasattr(self, "import_button"):
            self.import_button.setEnabled(False)

    def accept(self) -> None:
        store = self.ctx.store
        try:
            if self.report.kind == packages.ELECTION:
                report = packages.import_election_package(store, self.report.path,
                                                          self.confirmed.text() if self.confirmed else "")
            else:
                report = packages.import_result_package(store, self.report.path)
        except ElectadminError as error:
            if self.report.kind == packages.ELECTION:
                show_error(self, error)  # a mistyped fingerprint: type it again
            else:
                self._refuse(error)
            return
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        self.ctx.reload_election() if store is not None else None
        self.ctx.data_changed.emit("packages")
        self.ctx.data_changed.emit("results")
        self.imported.emit(report)
        super().accept()
