"""Bring a store's schema to the head revision shipped in the package, after a backup copy.

A new (empty) database is created at head; an existing SQLite file at an older revision is first
copied with SQLite's online backup API into its backups folder (:func:`backup_target`, the folder
``services.backup`` lists, rotates and restores from), then upgraded in one transaction. A file at a
revision this version does not know (written by a newer electadmin) is refused, never touched.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from electadmin.domain.errors import ElectadminError, ErrorCode

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True, slots=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backups_folder(source: Path) -> Path:
    """Where the backups of the election file *source* go: ``<name>.backups`` beside it."""
    return source.with_name(f"{source.stem}.backups")


def backup_target(source: Path, reason: str) -> Path:
    """The path of a new backup of *source*: ``<stem>.<reason>-<UTC time><suffix>`` in its folder."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    return backups_folder(source) / f"{source.stem}.{reason}-{stamp}{source.suffix}"


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of the SQLite database *source* at *target* (online backup API).

    The copy is made under a temporary name, flushed to the device and then renamed, so a backup
    interrupted midway never appears under a backup's name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a self-contained single file
        finally:
            dst.close()
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    with open(partial, "rb+") as copy:
        os.fsync(copy.fileno())
    os.replace(partial, target)
    return target


def upgrade_to_head(engine: Engine) -> MigrationResult:
    """Upgrade *engine*'s database to head (backing up an existing SQLite file first)."""
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return MigrationResult(current, head, None)
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise ElectadminError(ErrorCode.STORE_NEWER_SCHEMA, revision=current)
    if current is None and _has_foreign_tables(engine):
        raise ElectadminError(ErrorCode.STORE_NOT_ELECTION, path=_describe(engine))
    backup = None
    database = engine.url.database
    if current is not None and engine.dialect.name == "sqlite" and database not in (None, "", ":memory:"):
        source = Path(database)
        backup = backup_sqlite(source, backup_target(source, f"before-{head}"))
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return MigrationResult(current, head, backup)


def _has_foreign_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return bool(set(inspect(connection).get_table_names()) - {"alembic_version"})


def _describe(engine: Engine) -> str:
    return engine.url.database or engine.url.render_as_string(hide_password=True)
