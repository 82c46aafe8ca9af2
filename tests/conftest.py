"""Shared fixtures: a store on SQLite and, when ELECTADMIN_TEST_DATABASE_URL is set, on PostgreSQL.

Each PostgreSQL test gets its own schema (dropped afterwards), so runs never see each other's data and
can run side by side on one server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from electadmin.domain.election import ElectionDefinition  # noqa: E402
from electadmin.domain.roles import Actor, Role  # noqa: E402
from electadmin.services.election import create_election  # noqa: E402
from electadmin.services.store import Store  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """The .qm files, as installing the application builds them (subprocess tests need them too)."""
    from electadmin.i18n import compile_translations

    compile_translations()


# Tests of services act as a signed-in administrator, unless they test signing in or roles themselves
# (those go through electadmin.services.users.sign_in, or act_as below).
TESTER = Actor("tester", Role.ADMINISTRATOR)


def act_as(store: Store, role: Role, centre_code: str | None = None) -> Store:
    """*store*, now acting for a user of *role* (as if that user had signed in)."""
    store.actor = Actor(f"a-{role.value}", role, centre_code)
    return store


PG_URL = os.environ.get("ELECTADMIN_TEST_DATABASE_URL", "")
PG_SKIP = "ELECTADMIN_TEST_DATABASE_URL does not name a PostgreSQL database: PostgreSQL runs skipped"


class Backend:
    """Where a test's store lives; ``open()`` may be called several times (e.g. after a reopen)."""

    def __init__(self, name: str, target: str, engine_options: dict | None = None) -> None:
        self.name = name
        self.target = target
        self.engine_options = engine_options or {}

    def open(self, *, create: bool = True, actor: Actor | None = None) -> Store:
        """The store, acting for *actor* (by default :data:`TESTER`, a signed-in administrator)."""
        return Store.open(self.target, create=create, actor=actor or TESTER, engine_options=self.engine_options)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def backend(request, tmp_path) -> Iterator[Backend]:
    if request.param == "sqlite":
        yield Backend("sqlite", str(tmp_path / "election.electadmin"))
        return
    if not PG_URL:
        pytest.skip(PG_SKIP)
    sqlalchemy = pytest.importorskip("sqlalchemy")
    from electadmin.storage.engine import make_engine

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = make_engine(PG_URL)
    with admin.begin() as connection:
        connection.execute(sqlalchemy.text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield Backend("postgresql", PG_URL,
                      {"connect_args": {"options": f"-csearch_path={schema},public"}})
    finally:
        with admin.begin() as connection:
            connection.execute(sqlalchemy.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def sample_definition(**changes) -> ElectionDefinition:
    values = dict(name_ar="انتخابات مجلس الشورى", name_en="Shura elections", polling_date=date(2027, 10, 24))
    values.update(changes)
    return ElectionDefinition(**values)


@pytest.fixture
def store(backend) -> Iterator[Store]:
    """An open store holding a (non-demo) election in the set-up phase."""
    opened = backend.open()
    create_election(opened, sample_definition())
    yield opened
    opened.close()
