"""Who may do what: the roles, the permissions and the one table joining them.

Permissions are checked by the services (:mod:`electadmin.services.authz`), never only by the
interface, which merely hides what the signed-in role cannot do. :data:`ROLE_PERMISSIONS` is the only
place that says which role holds which permission; a service declares the one permission it needs
and the role tests are generated from this table, so adding a role or a permission changes what is
tested without touching the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    SECRETARY = "secretary"
    CLERK = "clerk"
    OBSERVER = "observer"

    @property
    def label(self) -> Term:
        return _ROLE_LABELS[self]

    @property
    def needs_centre(self) -> bool:
        """A polling clerk's sign-in is bound to one polling centre."""
        return self is Role.CLERK


_ROLE_LABELS = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "System administrator"),
    Role.SECRETARY: QT_TRANSLATE_NOOP("Roles", "Committee secretary"),
    Role.CLERK: QT_TRANSLATE_NOOP("Roles", "Polling clerk"),
    Role.OBSERVER: QT_TRANSLATE_NOOP("Roles", "Observer (read only)"),
}


class Permission(StrEnum):
    # election and its set-up
    ELECTION_CREATE = "election.create"
    ELECTION_EDIT = "election.edit"
    ELECTION_PHASE = "election.phase"
    GEOGRAPHY_EDIT = "geography.edit"
    CANDIDATES_REGISTER = "candidates.register"
    CANDIDATES_DECIDE = "candidates.decide"
    BALLOT_ORDER_FIX = "ballot_order.fix"
    DATA_EXPORT = "data.export"
    DEMO_CREATE = "demo.create"
    # trust: users, committees, packages, backups
    USERS_MANAGE = "users.manage"
    SECURITY_SETTINGS = "security.settings"
    COMMITTEE_MANAGE = "committee.manage"
    SIGN = "sign"
    PACKAGE_EXPORT = "package.export"
    PACKAGE_IMPORT = "package.import"
    BACKUP_CREATE = "backup.create"
    BACKUP_RESTORE = "backup.restore"
    AUDIT_EXPORT = "audit.export"
    # the electoral roll
    ROLL_IMPORT = "roll.import"
    ROLL_EDIT = "roll.edit"
    # polling day
    CHECK_IN = "polling.check_in"
    CHECK_IN_UNDO = "polling.undo"
    POLLING_MERGE = "polling.merge"
    # count and results
    COUNT_ENTER = "count.enter"
    RESULTS_IMPORT = "results.import"
    RESULTS_CERTIFY = "results.certify"
    RESULTS_REOPEN = "results.reopen"


_ALL = frozenset(Permission)
_READERS = frozenset({Permission.DATA_EXPORT, Permission.AUDIT_EXPORT})

# The one table of which role may do what.
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: _ALL,
    Role.SECRETARY: frozenset({
        Permission.GEOGRAPHY_EDIT, Permission.CANDIDATES_REGISTER, Permission.CANDIDATES_DECIDE,
        Permission.BALLOT_ORDER_FIX, Permission.DATA_EXPORT, Permission.SIGN,
        Permission.PACKAGE_EXPORT, Permission.PACKAGE_IMPORT, Permission.BACKUP_CREATE,
        Permission.AUDIT_EXPORT, Permission.ROLL_IMPORT, Permission.ROLL_EDIT, Permission.CHECK_IN,
        Permission.CHECK_IN_UNDO, Permission.POLLING_MERGE, Permission.COUNT_ENTER, Permission.RESULTS_IMPORT, Permission.RESULTS_CERTIFY,
    }),
    # a clerk checks voters in and types the count record at the stations of their own centre
    Role.CLERK: frozenset({Permission.CHECK_IN, Permission.COUNT_ENTER}),
    Role.OBSERVER: _READERS,
}


def allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


@dataclass(frozen=True, slots=True)
class Actor:
    """The signed-in person a store acts for: user name, role and, for a clerk, the centre."""

    name: str
    role: Role
    centre_code: str | None = None

    def may(self, permission: Permission) -> bool:
        return allows(self.role, permission)
