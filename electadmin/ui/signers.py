"""Asking a committee's members for their signing passwords (a package, a certification)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from electadmin.services.committees import CommitteeDTO


def ask_signers(parent: QWidget, committee: CommitteeDTO) -> list[tuple[str, str]] | None:
    """(member, signing password) of the members who sign here; ``None`` when the user cancels.

    Every member whose key this file holds is asked in turn; an empty password means that member
    does not sign (the service refuses fewer than the committee's k).
    """
    credentials = []
    for member in (m for m in committee.members if m.revoked_at is None and m.can_sign_here):
        password, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("Signers", "Signature"),
            QCoreApplication.translate("Signers", "Signing password of %1 (leave empty if not signing):")
            .replace("%1", member.name), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if password:
            credentials.append((member.name, password))
    return credentials
