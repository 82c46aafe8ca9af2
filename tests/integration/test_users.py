"""Accounts and signing in: no default account, the first administrator, lockout, roles, audit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Role
from electadmin.services import audit, users
from electadmin.services.election import create_election
from tests.conftest import act_as, sample_definition

GOOD = "correct-horse-staple-9"


def _code(call) -> ErrorCode:
    with pytest.raises(ElectadminError) as caught:
        call()
    return caught.value.code


@pytest.fixture
def fresh(backend):
    """A new, empty election file nobody is signed in to."""
    store = backend.open()
    store.actor = None
    yield store
    store.close()


@pytest.fixture
def admin(fresh):
    users.create_first_administrator(fresh, "root.admin", GOOD, "Salim Al-Harthy")
    create_election(fresh, sample_definition())
    return fresh


def _events(store) -> list[str]:
    return [e.event for e in reversed(audit.recent(store))]


def test_a_new_file_has_no_account_and_refuses_changes_until_the_first_administrator(fresh):
    assert not users.has_users(fresh)
    assert _code(lambda: create_election(fresh, sample_definition())) is ErrorCode.AUTH_REQUIRED
    actor = users.create_first_administrator(fresh, "root.admin", GOOD)
    assert actor.role is Role.ADMINISTRATOR and fresh.actor == actor
    create_election(fresh, sample_definition())
    assert _events(fresh) == ["user.created", "election.created"]
    assert audit.recent(fresh)[0].actor == "root.admin"
    # a second "first administrator" is refused, even to someone signed in
    assert _code(lambda: users.create_first_administrator(fresh, "other", GOOD)) is ErrorCode.AUTH_HAS_USERS


@pytest.mark.parametrize(("password", "code"), [
    ("short-1", ErrorCode.PASSWORD_TOO_SHORT),
    ("1234567890", ErrorCode.PASSWORD_COMMON),
    ("QwertyUiop", ErrorCode.PASSWORD_COMMON),  # the list is compared without regard to case
    ("xroot.admin-2027", ErrorCode.PASSWORD_LIKE_NAME),
])
def test_weak_passwords_are_refused(fresh, password, code):
    assert _code(lambda: users.create_first_administrator(fresh, "root.admin", password)) is code
    assert not users.has_users(fresh)


def test_no_password_is_stored_in_clear(admin):
    with admin.read() as session:
        stored = session.execute(text("SELECT password_hash FROM app_user")).scalar_one()
    assert stored.startswith("$argon2id$") and GOOD not in stored


def test_sign_in_succeeds_fails_locks_after_five_and_is_audited(admin):
    users.sign_out(admin)
    assert users.sign_in(admin, "root.admin", GOOD).name == "root.admin"
    users.sign_out(admin)
    for _ in range(4):
        assert _code(lambda: users.sign_in(admin, "root.admin", "wrong-password-x")) is ErrorCode.AUTH_BAD_CREDENTIALS
    assert _code(lambda: users.sign_in(admin, "root.admin", "wrong-password-x")) is ErrorCode.AUTH_LOCKED
    # locked: even the right password is refused now
    assert _code(lambda: users.sign_in(admin, "root.admin", GOOD)) is ErrorCode.AUTH_LOCKED
    assert admin.actor is None
    events = _events(admin)
    assert events.count("user.sign_in_failed") == 6 and events.count("user.locked") == 1
    assert events.count("user.signed_in") == 1
    # the lock lasts the election's configured time: move it into the past and the right password works
    with admin.engine.begin() as connection:
        until = connection.execute(text("SELECT locked_until FROM app_user")).scalar_one()
        assert until is not None
    lock = next(e for e in audit.recent(admin) if e.event == "user.locked")
    assert lock.after["minutes"] == users.SecuritySettings().lockout_minutes
    with admin.engine.begin() as connection:
        connection.execute(text("UPDATE app_user SET locked_until = :t"), {"t": "2000-01-01 00:00:00"})
    assert users.sign_in(admin, "root.admin", GOOD).role is Role.ADMINISTRATOR


def test_lockout_settings_are_election_data(admin):
    users.set_security_settings(admin, users.SecuritySettings(max_failures=3, lockout_minutes=60))
    assert users.security_settings(admin).lockout_minutes == 60
    users.sign_out(admin)
    for _ in range(2):
        _code(lambda: users.sign_in(admin, "root.admin", "wrong-password-x"))
    assert _code(lambda: users.sign_in(admin, "root.admin", "wrong-password-x")) is ErrorCode.AUTH_LOCKED
    lock = next(e for e in audit.recent(admin) if e.event == "user.locked")
    assert lock.after["minutes"] == 60
    assert "security.settings_changed" in _events(admin)


def test_an_unknown_name_is_refused_like_a_wrong_password_and_audited(admin):
    assert _code(lambda: users.sign_in(admin, "nobody", GOOD)) is ErrorCode.AUTH_BAD_CREDENTIALS
    entry = audit.recent(admin)[0]
    assert (entry.event, entry.object_key, entry.after["reason"]) == ("user.sign_in_failed", "nobody", "unknown")


def test_roles_are_changed_by_the_administrator_and_audited(admin):
    from electadmin.services.reference import load_reference_geography
    from electadmin.services.geography import CentreDTO, save_centre

    load_reference_geography(admin)
    save_centre(admin, CentreDTO("MA01-C01", "MA01", "مدرسة"))
    users.add_user(admin, "sec", Role.SECRETARY, GOOD)
    assert _code(lambda: users.add_user(admin, "clerk1", Role.CLERK, GOOD)) is ErrorCode.GEO_UNKNOWN_CENTRE
    users.add_user(admin, "clerk1", Role.CLERK, GOOD, centre_code="MA01-C01")
    changed = users.change_role(admin, "sec", Role.OBSERVER)
    assert changed.role is Role.OBSERVER
    entry = audit.recent(admin)[0]
    assert entry.event == "user.role_changed" and entry.before["role"] == "secretary"
    users.sign_out(admin)
    clerk = users.sign_in(admin, "clerk1", GOOD)
    assert clerk.centre_code == "MA01-C01"
    # a secretary (or anyone but an administrator) may not manage accounts
    act_as(admin, Role.SECRETARY)
    assert _code(lambda: users.change_role(admin, "clerk1", Role.ADMINISTRATOR)) is ErrorCode.AUTH_FORBIDDEN


def test_the_last_administrator_cannot_be_demoted_or_disabled(admin):
    assert _code(lambda: users.change_role(admin, "root.admin", Role.OBSERVER)) is ErrorCode.USER_LAST_ADMINISTRATOR
    assert _code(lambda: users.set_active(admin, "root.admin", False)) is ErrorCode.USER_LAST_ADMINISTRATOR


def test_changing_ones_own_password_needs_the_current_one_and_is_audited(admin):
    assert _code(lambda: users.change_own_password(admin, "not-the-one-1", "another-good-one-7")) \
        is ErrorCode.AUTH_BAD_CREDENTIALS
    users.change_own_password(admin, GOOD, "another-good-one-7")
    assert audit.recent(admin)[0].event == "user.password_changed"
    users.sign_out(admin)
    assert _code(lambda: users.sign_in(admin, "root.admin", GOOD)) is ErrorCode.AUTH_BAD_CREDENTIALS
    users.sign_in(admin, "root.admin", "another-good-one-7")


def test_demo_accounts_exist_only_in_a_demo_and_are_shown_only_there(admin, tmp_path):
    assert users.demo_accounts(admin) == ()
    assert _code(lambda: users.create_demo_accounts(admin)) is ErrorCode.AUTH_HAS_USERS
    from electadmin.domain.progress import run_to_end
    from electadmin.services.demo import DemoOptions, create_demo
    from electadmin.services.store import Store

    path = tmp_path / "demo.electadmin"
    run_to_end(create_demo(path, DemoOptions(voters=0)))
    demo = Store.open(path)
    try:
        shown = users.demo_accounts(demo)
        assert {a.role for a in shown} == set(Role)
        clerk = next(a for a in shown if a.role is Role.CLERK)
        assert users.sign_in(demo, clerk.name, clerk.password).centre_code  # bound to a centre
    finally:
        demo.close()


def test_the_lock_time_is_in_the_future_by_the_setting(admin):
    users.sign_out(admin)
    for _ in range(5):
        _code(lambda: users.sign_in(admin, "root.admin", "wrong-password-x"))
    row = next(u for u in users.list_users(admin) if u.name == "root.admin")
    lock = next(e for e in audit.recent(admin) if e.event == "user.locked")
    assert row.locked_until is not None
    at = next(e.at for e in audit.recent(admin) if e.event == "user.locked")
    assert timedelta(minutes=14) < row.locked_until - at <= timedelta(minutes=15, seconds=5)
    assert lock.after["minutes"] == 15
