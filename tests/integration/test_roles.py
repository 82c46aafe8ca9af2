"""Each role tries every service it must not use, and is refused: generated from the permission table.

The list of services comes from :data:`electadmin.services.authz.GUARDED` (filled by the
``@requires`` declarations), the roles' rights from :data:`electadmin.domain.roles.ROLE_PERMISSIONS`;
a public service that opens a writing transaction without declaring a permission fails here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import electadmin.services
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import ROLE_PERMISSIONS, Permission, Role, allows
from electadmin.services import audit
from electadmin.services.authz import GUARDED, OPEN
from tests.conftest import act_as

MODULES = [importlib.import_module(f"electadmin.services.{m.name}")
           for m in pkgutil.iter_modules(electadmin.services.__path__)]

REFUSALS = [(name, role) for name, (_, permission) in sorted(GUARDED.items())
            for role in Role if not allows(role, permission)]


def _writing_services():
    for module in MODULES:
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            if "store.write()" in inspect.getsource(inspect.unwrap(function)):
                yield f"{module.__name__}.{function.__qualname__}"


def test_every_service_that_writes_declares_its_permission():
    undeclared = sorted(set(_writing_services()) - set(GUARDED) - set(OPEN))
    assert undeclared == [], f"services that write without @requires(Permission.X): {undeclared}"
    assert len(GUARDED) >= 30  # election, geography, candidates, imports, demo, users, committees, packages, ...


def test_every_permission_is_held_by_the_administrator_and_the_observer_only_reads():
    assert ROLE_PERMISSIONS[Role.ADMINISTRATOR] == frozenset(Permission)
    writes = {p for _, p in GUARDED.values()} - {Permission.DATA_EXPORT, Permission.AUDIT_EXPORT}
    assert not ROLE_PERMISSIONS[Role.OBSERVER] & writes


def _call(function, store):
    parameters = list(inspect.signature(function).parameters.values())[1:]
    required = [None for p in parameters if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    keywords = {p.name: None for p in parameters if p.default is p.empty and p.kind is p.KEYWORD_ONLY}
    return function(store, *required, **keywords)


@pytest.mark.parametrize(("service", "role"), REFUSALS, ids=[f"{r.value}-{n.rsplit('.', 1)[1]}" for n, r in REFUSALS])
def test_a_role_is_refused_every_service_it_may_not_use(store, service, role):
    function, permission = GUARDED[service]
    before = audit.verify(store).entries
    act_as(store, role, "MA01-C01" if role.needs_centre else None)
    with pytest.raises(ElectadminError) as caught:
        _call(function, store)
    assert caught.value.code is ErrorCode.AUTH_FORBIDDEN
    assert caught.value.params["permission"] == permission.value
    assert audit.verify(store).entries == before


@pytest.mark.parametrize("service", sorted(GUARDED))
def test_nobody_signed_in_is_refused_every_guarded_service(store, service):
    store.actor = None
    with pytest.raises(ElectadminError) as caught:
        _call(GUARDED[service][0], store)
    assert caught.value.code is ErrorCode.AUTH_REQUIRED


def test_a_clerk_is_bound_to_their_centre(store, monkeypatch):
    """The polling-day services check the centre too (``require(..., centre=code)``)."""
    from electadmin.services.authz import require

    monkeypatch.setitem(ROLE_PERMISSIONS, Role.CLERK, frozenset({Permission.SIGN}))
    act_as(store, Role.CLERK, "MA01-C01")
    assert require(store, Permission.SIGN, centre="MA01-C01").centre_code == "MA01-C01"
    with pytest.raises(ElectadminError) as caught:
        require(store, Permission.SIGN, centre="MA02-C01")
    assert caught.value.code is ErrorCode.AUTH_OTHER_CENTRE
    act_as(store, Role.SECRETARY)  # not bound to a centre
    assert require(store, Permission.SIGN, centre="MA02-C01").role is Role.SECRETARY
