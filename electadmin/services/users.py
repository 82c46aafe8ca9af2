"""User accounts and signing in: the first administrator, roles, passwords, lockout, demo accounts.

No account and no password exists until the person who sets up a new election creates the first
system administrator (:func:`create_first_administrator`); from then on only a signed-in user
holding ``users.manage`` adds accounts. The demo election alone has fixed accounts, one per role,
which the sign-in screen shows (:func:`demo_accounts`). Every sign-in, failure, lock, role change and
password change is audited. A failed sign-in is written (and audited) in its own transaction before
the refusal is raised, so the count of failures survives the refusal; after ``max_failures`` in a row
the account is locked for ``lockout_minutes`` (both settings of the election, :func:`security_settings`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Actor, Permission, Role
from electadmin.integrity.passwords import check_new_password, hash_password, verify_password
from electadmin.services import audit
from electadmin.services.authz import open_service, requires
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import Election, PollingCentre, SecuritySetting, User

_NAME = re.compile(r"^[A-Za-z0-9._-]{2,40}$")


@dataclass(frozen=True, slots=True)
class SecuritySettings:
    """The election's security settings (stored as data; these are the defaults)."""

    max_failures: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 10
    backups_kept: int = 10
    backup_interval_minutes: int = 30


_SETTING_RANGES = {"max_failures": (3, 20), "lockout_minutes": (1, 24 * 60), "idle_lock_minutes": (1, 240),
                   "backups_kept": (1, 500), "backup_interval_minutes": (1, 24 * 60)}


@dataclass(frozen=True, slots=True)
class UserDTO:
    name: str
    full_name: str
    role: Role
    centre_code: str | None
    active: bool
    locked_until: datetime | None
    failures: int
    last_sign_in: datetime | None
    is_demo: bool


@dataclass(frozen=True, slots=True)
class DemoAccount:
    name: str
    role: Role
    password: str
    centre_code: str | None = None


# The demo election's accounts (shown on its sign-in screen; never created in a real election).
DEMO_ACCOUNTS = (
    DemoAccount("admin", Role.ADMINISTRATOR, "demo-admin-2027"),
    DemoAccount("secretary", Role.SECRETARY, "demo-secretary-2027"),
    DemoAccount("clerk", Role.CLERK, "demo-clerk-2027"),
    DemoAccount("observer", Role.OBSERVER, "demo-observer-2027"),
)


def _dto(row: User) -> UserDTO:
    return UserDTO(row.name, row.full_name, Role(row.role), row.centre_code, row.active, row.locked_until,
                   row.failures, row.last_sign_in, row.is_demo)


def _actor(row: User) -> Actor:
    return Actor(row.name, Role(row.role), row.centre_code)


def _clean_name(name: str) -> str:
    name = name.strip()
    if not _NAME.match(name):
        raise ElectadminError(ErrorCode.USER_BAD_NAME, user=name)
    return name


def _user(session: Session, name: str) -> User:
    row = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
    if row is None:
        raise ElectadminError(ErrorCode.USER_UNKNOWN, user=name)
    return row


def _check_centre(session: Session, role: Role, centre_code: str | None) -> str | None:
    if not role.needs_centre:
        return None
    code = (centre_code or "").strip().upper()
    if not code or session.execute(select(PollingCentre.id).where(PollingCentre.code == code)).first() is None:
        raise ElectadminError(ErrorCode.GEO_UNKNOWN_CENTRE, code=code or "—")
    return code


def _add(session: Session, name: str, role: Role, password: str, full_name: str, centre_code: str | None,
         *, is_demo: bool = False, password_hash: str | None = None) -> User:
    if session.execute(select(User.id).where(User.name == name)).first() is not None:
        raise ElectadminError(ErrorCode.USER_EXISTS, user=name)
    row = User(name=name, full_name=full_name.strip(), role=role.value, centre_code=centre_code,
               password_hash=password_hash or hash_password(password), failures=0, active=True,
               is_demo=is_demo, created_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, EventType.USER_CREATED, "user", name,
                 after={"role": role.value, "centre": centre_code, "full_name": row.full_name})
    return row


def has_users(store: Store) -> bool:
    with store.read() as session:
        return session.execute(select(func.count(User.id))).scalar_one() > 0


@open_service("the first account of a new election: refused as soon as any account exists")
def create_first_administrator(store: Store, name: str, password: str, full_name: str = "") -> Actor:
    """Create the first system administrator of a store that has no account, and sign it in."""
    name = _clean_name(name)
    check_new_password(password, name)
    hashed = hash_password(password)  # outside the transaction: argon2 takes a third of a second
    with store.write() as session:
        if session.execute(select(func.count(User.id))).scalar_one() > 0:
            raise ElectadminError(ErrorCode.AUTH_HAS_USERS)
        store.actor = Actor(name, Role.ADMINISTRATOR)
        session.info["actor"] = name
        row = _add(session, name, Role.ADMINISTRATOR, password, full_name, None, password_hash=hashed)
        return _actor(row)


@open_service("the demo's fixed accounts: only into a store that has no account and no real election")
def create_demo_accounts(store: Store) -> Actor:
    """The demo accounts (one per role), into a store with no account; signs the administrator in."""
    hashes = {a.name: hash_password(a.password) for a in DEMO_ACCOUNTS}
    with store.write() as session:
        if session.execute(select(func.count(User.id))).scalar_one() > 0:
            raise ElectadminError(ErrorCode.AUTH_HAS_USERS)
        election = session.get(Election, 1)
        if election is not None and not election.is_demo:
            raise ElectadminError(ErrorCode.AUTH_HAS_USERS)
        admin = DEMO_ACCOUNTS[0]
        store.actor = Actor(admin.name, admin.role)
        session.info["actor"] = admin.name
        centre = session.execute(select(PollingCentre.code).order_by(PollingCentre.code)).scalars().first()
        for account in DEMO_ACCOUNTS:
            code = (centre or account.centre_code) if account.role.needs_centre else None
            _add(session, account.name, account.role, account.password, "", code, is_demo=True,
                 password_hash=hashes[account.name])
    return store.actor


@requires(Permission.USERS_MANAGE)
def bind_demo_clerk(store: Store) -> None:
    """Bind the demo clerk to the demo's first polling centre (the centres exist only after the demo's
    geography step)."""
    with store.write() as session:
        row = session.execute(select(User).where(User.is_demo, User.role == Role.CLERK.value)).scalar_one_or_none()
        centre = session.execute(select(PollingCentre.code).order_by(PollingCentre.code)).scalars().first()
        if row is not None and centre and row.centre_code != centre:
            before = row.centre_code
            row.centre_code = centre
            audit.record(session, EventType.USER_ROLE_CHANGED, "user", row.name,
                         before={"role": row.role, "centre": before}, after={"role": row.role, "centre": centre})


def demo_accounts(store: Store) -> tuple[DemoAccount, ...]:
    """The accounts to show on the sign-in screen: the demo's only, in a demo election only."""
    with store.read() as session:
        election = session.get(Election, 1)
        if election is None or not election.is_demo:
            return ()
        names = set(session.execute(select(User.name).where(User.is_demo, User.active)).scalars())
    return tuple(a for a in DEMO_ACCOUNTS if a.name in names)


@open_service("signing in is what gives a store its actor")
def sign_in(store: Store, name: str, password: str) -> Actor:
    """Check *name* and *password*; on success the store acts for that user from now on.

    Refused (and audited) for an unknown name, a wrong password, a locked or disabled account.
    """
    name = name.strip()
    with store.read() as session:
        row = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
        stored = row.password_hash if row is not None else None
    matches = stored is not None and verify_password(stored, password)
    settings = security_settings(store)
    now = utcnow()
    refusal: ElectadminError | None = None
    with store.write() as session:
        session.info["actor"] = name[:100] or "?"
        row = session.execute(select(User).where(User.name == name)).scalar_one_or_none()
        if row is None:
            audit.record(session, EventType.USER_SIGN_IN_FAILED, "user", name[:100], after={"reason": "unknown"})
            refusal = ElectadminError(ErrorCode.AUTH_BAD_CREDENTIALS)
        elif row.locked_until is not None and row.locked_until > now:
            audit.record(session, EventType.USER_SIGN_IN_FAILED, "user", name, after={"reason": "locked"})
            refusal = ElectadminError(ErrorCode.AUTH_LOCKED, user=name, until=f"{row.locked_until:%Y-%m-%d %H:%M}")
        elif not row.active:
            audit.record(session, EventType.USER_SIGN_IN_FAILED, "user", name, after={"reason": "disabled"})
            refusal = ElectadminError(ErrorCode.AUTH_DISABLED, user=name)
        elif not matches:
            row.failures += 1
            audit.record(session, EventType.USER_SIGN_IN_FAILED, "user", name,
                         after={"reason": "password", "failures": row.failures})
            refusal = ElectadminError(ErrorCode.AUTH_BAD_CREDENTIALS)
            if row.failures >= settings.max_failures:
                row.locked_until = now + timedelta(minutes=settings.lockout_minutes)
                row.failures = 0
                audit.record(session, EventType.USER_LOCKED, "user", name,
                             after={"until": row.locked_until, "minutes": settings.lockout_minutes})
                refusal = ElectadminError(ErrorCode.AUTH_LOCKED, user=name,
                                          until=f"{row.locked_until:%Y-%m-%d %H:%M}")
        else:
            row.failures = 0
            row.locked_until = None
            row.last_sign_in = now
            audit.record(session, EventType.USER_SIGNED_IN, "user", name, after={"role": row.role})
            actor = _actor(row)
    if refusal is not None:
        raise refusal
    store.actor = actor
    return actor


def sign_out(store: Store) -> None:
    store.actor = None


def list_users(store: Store) -> list[UserDTO]:
    with store.read() as session:
        return [_dto(r) for r in session.execute(select(User).order_by(User.name)).scalars()]


@requires(Permission.USERS_MANAGE)
def add_user(store: Store, name: str, role: Role, password: str, *, full_name: str = "",
             centre_code: str | None = None) -> UserDTO:
    name = _clean_name(name)
    check_new_password(password, name)
    hashed = hash_password(password)
    with store.write() as session:
        centre = _check_centre(session, role, centre_code)
        return _dto(_add(session, name, role, password, full_name, centre, password_hash=hashed))


def _other_admins(session: Session, name: str) -> int:
    return session.execute(select(func.count(User.id)).where(
        User.role == Role.ADMINISTRATOR.value, User.active, User.name != name)).scalar_one()


@requires(Permission.USERS_MANAGE)
def change_role(store: Store, name: str, role: Role, centre_code: str | None = None) -> UserDTO:
    with store.write() as session:
        row = _user(session, name)
        centre = _check_centre(session, role, centre_code)
        before = {"role": row.role, "centre": row.centre_code}
        if row.role == Role.ADMINISTRATOR.value and role is not Role.ADMINISTRATOR and not _other_admins(session, name):
            raise ElectadminError(ErrorCode.USER_LAST_ADMINISTRATOR, user=name)
        after = {"role": role.value, "centre": centre}
        if before != after:
            row.role, row.centre_code = role.value, centre
            audit.record(session, EventType.USER_ROLE_CHANGED, "user", name, before=before, after=after)
        return _dto(row)


@requires(Permission.USERS_MANAGE)
def set_active(store: Store, name: str, active: bool) -> UserDTO:
    with store.write() as session:
        row = _user(session, name)
        if row.active != active:
            if not active and row.role == Role.ADMINISTRATOR.value and not _other_admins(session, name):
                raise ElectadminError(ErrorCode.USER_LAST_ADMINISTRATOR, user=name)
            row.active = active
            audit.record(session, EventType.USER_ENABLED if active else EventType.USER_DISABLED, "user", name)
        return _dto(row)


@requires(Permission.USERS_MANAGE)
def unlock(store: Store, name: str) -> UserDTO:
    with store.write() as session:
        row = _user(session, name)
        if row.locked_until is not None or row.failures:
            row.locked_until, row.failures = None, 0
            audit.record(session, EventType.USER_UNLOCKED, "user", name)
        return _dto(row)


@requires(Permission.USERS_MANAGE)
def reset_password(store: Store, name: str, new_password: str) -> UserDTO:
    """An administrator sets another user's password (the user is told it in person)."""
    check_new_password(new_password, name)
    hashed = hash_password(new_password)
    with store.write() as session:
        row = _user(session, name)
        row.password_hash, row.failures, row.locked_until = hashed, 0, None
        audit.record(session, EventType.USER_PASSWORD_CHANGED, "user", name, after={"by": store.actor_name})
        return _dto(row)


@open_service("every signed-in user may change their own password, knowing the current one")
def change_own_password(store: Store, current: str, new_password: str) -> None:
    actor = store.actor
    if actor is None:
        raise ElectadminError(ErrorCode.AUTH_REQUIRED)
    with store.read() as session:
        stored = _user(session, actor.name).password_hash
    if not verify_password(stored, current):
        raise ElectadminError(ErrorCode.AUTH_BAD_CREDENTIALS)
    check_new_password(new_password, actor.name)
    hashed = hash_password(new_password)
    with store.write() as session:
        row = _user(session, actor.name)
        row.password_hash = hashed
        audit.record(session, EventType.USER_PASSWORD_CHANGED, "user", actor.name, after={"by": actor.name})


def security_settings(store: Store) -> SecuritySettings:
    with store.read() as session:
        stored = {name: value for name, value in session.execute(select(SecuritySetting.name, SecuritySetting.value))}
    defaults = SecuritySettings()
    return replace(defaults, **{f.name: stored[f.name] for f in fields(defaults) if f.name in stored})


@requires(Permission.SECURITY_SETTINGS)
def set_security_settings(store: Store, settings: SecuritySettings) -> SecuritySettings:
    for name, (low, high) in _SETTING_RANGES.items():
        value = getattr(settings, name)
        if not low <= value <= high:
            raise ElectadminError(ErrorCode.VALUE_OUT_OF_RANGE, field=name, minimum=low, maximum=high, value=value)
    before = security_settings(store)
    with store.write() as session:
        for name, value in asdict(settings).items():
            row = session.get(SecuritySetting, name)
            if row is None:
                session.add(SecuritySetting(name=name, value=value))
            else:
                row.value = value
        old, new = asdict(before), asdict(settings)
        changed = [k for k in new if old[k] != new[k]]
        if changed:
            audit.record(session, EventType.SECURITY_SETTINGS_CHANGED, "security", "settings",
                         before={k: old[k] for k in changed}, after={k: new[k] for k in changed})
    return settings

