"""Permission checks in the services: the one mechanism every state-changing service goes through.

The store carries the signed-in :class:`~electadmin.domain.roles.Actor` (set only by
:mod:`electadmin.services.users` after a password was checked). A service that changes state
declares the one permission it needs with the :func:`requires` decorator::

    from electadmin.domain.roles import Permission
    from electadmin.services.authz import requires

    @requires(Permission.GEOGRAPHY_EDIT)
    def save_centre(store: Store, data: CentreDTO) -> CentreDTO:
        with store.write() as session:
            ...

The check runs when the function is called, before its body (for a generator of progress too, so
long work is refused before it starts). A service that must also check something only known inside,
such as the polling centre a clerk is bound to, calls ``require(store, Permission.X, centre=code)``.
Which role holds which permission is said once, in :data:`electadmin.domain.roles.ROLE_PERMISSIONS`.

Every decorated service is listed in :data:`GUARDED` (and the few that write without a permission,
such as signing in, in :data:`OPEN` through :func:`open_service`, each with its reason); the role tests call each one as each role that
lacks its permission and expect a refusal, and a test fails for any public service function that
opens a writing transaction (``store.write()``) without being listed. A new area adds its
permission to :class:`~electadmin.domain.roles.Permission` and the table, and decorates its services.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Actor, Permission
from electadmin.services.store import Store

F = TypeVar("F", bound=Callable[..., Any])

# Every guarded service: "module.function" → (the function, the permission it needs).
GUARDED: dict[str, tuple[Callable[..., Any], Permission]] = {}
# The few services that write without a permission, each with the reason (signing in, first account).
OPEN: dict[str, str] = {}


def require(store: Store, permission: Permission, *, centre: str | None = None) -> Actor:
    """The signed-in actor, if it holds *permission* (and, for a clerk, works at *centre*)."""
    actor = store.actor
    if actor is None:
        raise ElectadminError(ErrorCode.AUTH_REQUIRED)
    if not actor.may(permission):
        raise ElectadminError(ErrorCode.AUTH_FORBIDDEN, user=actor.name, role=actor.role.label,
                              permission=permission.value)
    if centre is not None and actor.role.needs_centre and actor.centre_code != centre:
        raise ElectadminError(ErrorCode.AUTH_OTHER_CENTRE, user=actor.name, centre=centre,
                              own=actor.centre_code or "—")
    return actor


def requires(permission: Permission) -> Callable[[F], F]:
    """Declare that a service (whose first argument is the store) needs *permission*."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def guarded(store: Store, *args: Any, **kwargs: Any) -> Any:
            require(store, permission)
            return function(store, *args, **kwargs)

        guarded.permission = permission  # type: ignore[attr-defined]
        GUARDED[f"{function.__module__}.{function.__qualname__}"] = (guarded, permission)
        return guarded  # type: ignore[return-value]

    return decorate


def open_service(reason: str) -> Callable[[F], F]:
    """Declare a service that writes without a permission (it is how one gets an actor), saying why."""

    def decorate(function: F) -> F:
        OPEN[f"{function.__module__}.{function.__qualname__}"] = reason
        return function

    return decorate
