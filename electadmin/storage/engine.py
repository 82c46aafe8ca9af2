"""Engines for the embedded SQLite store and for a PostgreSQL server given by URL.

SQLite: WAL (readers never block the writer), foreign keys on, a busy timeout so a second process
waits instead of failing, ``synchronous=NORMAL`` (durable at checkpoints under WAL; results tables get
their own ``FULL`` commits from the services that certify). Python's sqlite3 module is put in
autocommit mode and ``BEGIN`` is emitted by SQLAlchemy's ``begin`` event (the documented recipe), so
that a writing transaction can ask for ``BEGIN IMMEDIATE`` and take the write lock up front: two
writers then queue on the busy timeout instead of deadlocking on a lock upgrade.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 15_000
IMMEDIATE = "electadmin_immediate"


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def make_engine(url: str, **kwargs) -> Engine:
    """An engine for *url* with the application's connection settings."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = str(parsed.set(drivername="postgresql+psycopg"))
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # SQLAlchemy's begin event below emits BEGIN
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def writer(engine: Engine) -> Engine:
    """*engine* for a writing transaction: on SQLite it takes the write lock when it begins."""
    return engine.execution_options(**{IMMEDIATE: True})
