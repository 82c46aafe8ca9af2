"""An open election store: where the data lives, who is acting, and one transaction per user action.

The UI and the command line hold a :class:`Store`, never a session: they call service functions with
it (the store carries the signed-in :class:`~electadmin.domain.roles.Actor`, set by
:func:`electadmin.services.users.sign_in`, which :mod:`electadmin.services.authz` checks), and each service function opens exactly one transaction (:meth:`Store.write` or
:meth:`Store.read`), does its work, writes its audit entries in that same transaction and returns
frozen DTOs. A SQLite file is the embedded default (one file per election); any SQLAlchemy URL
(PostgreSQL for a central committee) works the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Actor
from electadmin.storage.engine import make_engine, sqlite_url, writer
from electadmin.storage.migrate import MigrationResult, upgrade_to_head

FILE_SUFFIX = ".electadmin"
SYSTEM_ACTOR = "system"


class Store:
    """An election database, migrated to the current schema, with the signed-in user (if any).

    ``actor`` is ``None`` until someone signs in; services that change state then refuse
    (:func:`electadmin.services.authz.require`).
    """

    def __init__(self, engine: Engine, *, actor: Actor | None = None,
                 migration: MigrationResult | None = None) -> None:
        self.engine = engine
        self._writer = writer(engine)
        self.actor = actor
        self.migration = migration

    @property
    def actor_name(self) -> str:
        """The name written into audit entries: the signed-in user, else ``system``."""
        return self.actor.name if self.actor is not None else SYSTEM_ACTOR

    @classmethod
    def open(cls, target: str | Path, *, create: bool = False, actor: Actor | None = None,
             engine_options: dict | None = None) -> Store:
        """Open the election at *target* (a file path or an SQLAlchemy URL), migrating it to head.

        A path that does not exist is created only when *create* is true.
        """
        url = to_url(target)
        if url.startswith("sqlite:///") and not create:
            path = Path(url.removeprefix("sqlite:///"))
            if not path.exists():
                raise ElectadminError(ErrorCode.STORE_NOT_FOUND, path=str(path))
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(url, **(engine_options or {}))
        try:
            migration = upgrade_to_head(engine)
        except ElectadminError:
            engine.dispose()
            raise
        except DatabaseError as exc:
            engine.dispose()
            raise _translate_operational(exc, url) from exc
        return cls(engine, actor=actor, migration=migration)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def path(self) -> Path | None:
        """The SQLite file, or ``None`` for a server database."""
        if self.dialect != "sqlite" or self.engine.url.database in (None, "", ":memory:"):
            return None
        return Path(self.engine.url.database)

    @property
    def location(self) -> str:
        """Where the data lives, for a window title or a log (no password)."""
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: committed at the end of the block, rolled back on any error."""
        with Session(self._writer, expire_on_commit=False) as session:
            session.info["actor"] = self.actor_name
            try:
                with session.begin():
                    yield session
            except OperationalError as exc:
                raise _translate_operational(exc, self.location) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One reading transaction (a consistent snapshot); never commits."""
        with Session(self.engine) as session:
            session.info["actor"] = self.actor_name
            try:
                with session.begin():
                    yield session
                    session.rollback()
            except OperationalError as exc:
                raise _translate_operational(exc, self.location) from exc

    def close(self) -> None:
        self.engine.dispose()


def delete_files(path: str | Path) -> None:
    """Remove an SQLite election file with its WAL and shared-memory files (a half-made new file)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def to_url(target: str | Path) -> str:
    text = str(target)
    return text if "://" in text else sqlite_url(text)


def _translate_operational(exc: DatabaseError, where: str) -> ElectadminError:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in message or "busy" in message:
        return ElectadminError(ErrorCode.STORE_BUSY)
    if "not a database" in message or "malformed" in message:
        return ElectadminError(ErrorCode.STORE_CORRUPT, detail=message)
    return ElectadminError(ErrorCode.STORE_CORRUPT, detail=f"{where}: {message}")
