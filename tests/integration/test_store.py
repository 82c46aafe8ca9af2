"""The store: connection settings, migrations to head (matching the models), backups, refusals."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.services.store import Store
from electadmin.storage.base import is_unmanaged
from electadmin.storage.migrate import head_revision
from electadmin.storage.models import Base


def test_upgrading_an_empty_database_to_head_matches_the_models(backend):
    store = backend.open()
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={
                "compare_type": True,
                "include_object": lambda obj, name, kind, reflected, compare_to: not (
                    kind in ("table", "index") and is_unmanaged(name)),
            })
            differences = compare_metadata(context, Base.metadata)
            revision = context.get_current_revision()
        assert differences == []
        assert revision == head_revision()
    finally:
        store.close()


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    store = Store.open(tmp_path / "e.electadmin", create=True)
    try:
        with store.read() as session:
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    finally:
        store.close()


def test_a_missing_file_is_not_created_unless_asked(tmp_path):
    with pytest.raises(ElectadminError) as caught:
        Store.open(tmp_path / "nowhere.electadmin")
    assert caught.value.code is ErrorCode.STORE_NOT_FOUND
    assert not (tmp_path / "nowhere.electadmin").exists()


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.electadmin"
    path.write_text("not a database at all\n" * 100)
    with pytest.raises(ElectadminError) as caught:
        Store.open(path)
    assert caught.value.code is ErrorCode.STORE_CORRUPT
    assert path.read_text().startswith("not a database")


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    with pytest.raises(ElectadminError) as caught:
        Store.open(path)
    assert caught.value.code is ErrorCode.STORE_NOT_ELECTION
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables == {"customers"}


def test_a_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "newer.electadmin"
    Store.open(path, create=True).close()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(ElectadminError) as caught:
        Store.open(path)
    assert caught.value.code is ErrorCode.STORE_NEWER_SCHEMA


def test_an_older_file_is_backed_up_then_upgraded_keeping_its_data(tmp_path):
    """A file at the first revision (as an older electadmin left it) is copied, then migrated to head."""
    from alembic import command

    from electadmin.storage.engine import make_engine
    from electadmin.storage.migrate import alembic_config

    path = tmp_path / "old.electadmin"
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO governorate (code, name_ar, name_en, name_key, position) "
                                "VALUES ('MA', 'مسقط', 'Muscat', 'مسقط', 1)"))
    engine.dispose()
    store = Store.open(path)
    try:
        assert store.migration.from_revision == "0001" and store.migration.to_revision == head_revision()
        with store.read() as session:
            assert session.execute(text("SELECT name_ar FROM governorate")).scalar() == "مسقط"
    finally:
        store.close()
    backup = store.migration.backup
    assert backup is not None and backup.exists() and backup.name.startswith(f"old.before-{head_revision()}-")
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT code FROM governorate").fetchone() == ("MA",)
    copy.close()


def test_two_writers_on_sqlite_queue_instead_of_failing(tmp_path):
    """BEGIN IMMEDIATE: the second writer waits for the first (no 'database is locked' upgrade failure)."""
    path = tmp_path / "w.electadmin"
    first, second = Store.open(path, create=True), Store.open(path)
    with first.write() as session:
        session.execute(text("CREATE TABLE IF NOT EXISTS t (v INTEGER)"))
    order: list[str] = []

    def slow_writer() -> None:
        with first.write() as session:
            session.execute(text("INSERT INTO t VALUES (1)"))
            order.append("first-in")
            time.sleep(0.5)
            order.append("first-out")

    thread = threading.Thread(target=slow_writer)
    thread.start()
    while not order:
        time.sleep(0.01)
    with second.write() as session:
        session.execute(text("INSERT INTO t VALUES (2)"))  # BEGIN IMMEDIATE waits here for the first
        order.append("second-in")
    thread.join()
    with second.read() as session:
        assert session.execute(text("SELECT count(*) FROM t")).scalar() == 2
    assert order == ["first-in", "first-out", "second-in"]
    first.close()
    second.close()
