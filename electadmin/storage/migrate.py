"""Bring a store's schema to the head revision shipped in the package, after a backup copy.

A new (empty) database is created at head; an existing SQLite file at an older revision is first
copied with SQLite's online backup API next to itself, then upgraded in one transaction. A file at a
revision this version does not know (written by a newer electadmin) is refused, never touched.
"""

from __future__ import annotations

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


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of the SQLite database *source* at *target* (online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
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
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(source, source.with_name(f"{source.stem}.before-{head}-{stamp}{source.suffix}"))
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
