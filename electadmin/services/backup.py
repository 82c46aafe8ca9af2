"""Backups of an election file (SQLite online backup) and restoring one; checking a file at start.

Backups go to ``<name>.backups/`` beside the election file (the same folder the schema upgrade
writes its copy to before migrating, :func:`electadmin.storage.migrate.backup_target`), named with
their reason and time: ``close``, ``timer``, ``manual``, ``before-certification``,
``before-restore``, ``before-<revision>``. Each is made under a temporary name and renamed when
complete. Only the newest ``backups_kept`` (a security setting of the election) are kept.

Restoring checks the backup (``PRAGMA integrity_check``) before touching anything, keeps the current
file as a ``before-restore`` backup when it still opens, and replaces the file in one rename; the
restored file then records who restored what. Restoring over a healthy file takes the permission
``backup.restore``; over a damaged one, which nobody can sign in to, it is offered to whoever is at
the machine (they hold the file anyway).

Building the demo election makes no before-certification backup (:func:`building_demo`): it
certifies several wilayats of a file nobody has used yet, which the same seed rebuilds in one
action, so eight full copies of it would protect nothing and cost the first start eight copies of
the file. The exception holds only inside the demo builder and only for a demo election; every
certification of a real election, and every later one of the demo, is backed up first.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress, Work
from electadmin.domain.roles import Permission
from electadmin.domain.text import QT_TRANSLATE_NOOP, Translate, untranslated
from electadmin.services import audit
from electadmin.services.authz import require, requires
from electadmin.services.store import Store
from electadmin.services.users import security_settings
from electadmin.storage.migrate import backup_sqlite, backup_target, backups_folder
from electadmin.storage.models import Election

STEP_BACKUP = QT_TRANSLATE_NOOP("Progress", "Backing up the election")
REASONS = {"close": QT_TRANSLATE_NOOP("Backups", "on closing"), "timer": QT_TRANSLATE_NOOP("Backups", "automatic"),
           "manual": QT_TRANSLATE_NOOP("Backups", "asked for"),
           "before-certification": QT_TRANSLATE_NOOP("Backups", "before certification"),
           "before-restore": QT_TRANSLATE_NOOP("Backups", "before a restore")}
_BEFORE_UPGRADE = QT_TRANSLATE_NOOP("Backups", "before upgrading the file ({revision})")


def reason_label(reason: str, translate: Translate = untranslated) -> str:
    """Why a backup was made, in the user's language."""
    if reason in REASONS:
        return REASONS[reason].translated(translate)
    if reason.startswith("before-"):
        return _BEFORE_UPGRADE.translated(translate).format(revision=reason.removeprefix("before-"))
    return reason
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<reason>[a-z0-9-]+?)-(?P<stamp>\d{8}T\d{6}(?:\.\d+)?Z)(?P<suffix>\.[^.]+)?$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    reason: str
    created_at: datetime
    size: int

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class FileHealth:
    """What ``PRAGMA integrity_check`` says of a file (``ok``), or why it does not open."""

    path: Path
    ok: bool
    detail: str


def check_file(path: str | Path) -> FileHealth:
    """Open *path* read-only and run ``PRAGMA integrity_check`` (never raises for a bad file)."""
    path = Path(path)
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            connection.execute("SELECT count(*) FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        return FileHealth(path, False, str(exc))
    return FileHealth(path, rows == ["ok"], "ok" if rows == ["ok"] else "; ".join(rows[:5]))


def _sqlite_path(store: Store) -> Path:
    if store.path is None:
        raise ElectadminError(ErrorCode.BACKUP_NOT_SQLITE)
    return store.path


def list_backups(path: str | Path) -> list[BackupInfo]:
    """The backups of the election file *path*, newest first."""
    path = Path(path)
    folder = backups_folder(path)
    found = []
    if folder.is_dir():
        for item in folder.iterdir():
            match = _NAME.match(item.name)
            if not item.is_file() or item.name.startswith(".") or not match or match["stem"] != path.stem:
                continue
            stamp = match["stamp"]
            fmt = "%Y%m%dT%H%M%S.%fZ" if "." in stamp else "%Y%m%dT%H%M%SZ"
            at = datetime.strptime(stamp, fmt).replace(tzinfo=timezone.utc)
            found.append(BackupInfo(item, match["reason"], at, item.stat().st_size))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def backup_now(store: Store, reason: str) -> BackupInfo | None:
    """An automatic backup (on close, on the timer, before certification), rotated; ``None`` for a
    server database, whose backups are its administrator's."""
    if store.path is None:
        return None
    kept = security_settings(store).backups_kept
    target = backup_sqlite(store.path, backup_target(store.path, reason))
    for old in list_backups(store.path)[kept:]:
        old.path.unlink(missing_ok=True)
    return BackupInfo(target, reason, datetime.now(timezone.utc), target.stat().st_size)


def backup_work(store: Store, reason: str) -> Work[BackupInfo | None]:
    """:func:`backup_now` as long work, for the window's task runner (the timed backups)."""
    yield Progress(0, 0, STEP_BACKUP)
    return backup_now(store, reason)


_BUILDING_DEMO: ContextVar[bool] = ContextVar("building_demo", default=False)


@contextmanager
def building_demo() -> Iterator[None]:
    """While the demo builder runs: its certifications of the new demo file make no backup."""
    token = _BUILDING_DEMO.set(True)
    try:
        yield
    finally:
        _BUILDING_DEMO.reset(token)


def _is_demo(store: Store) -> bool:
    with store.read() as session:
        election = session.get(Election, 1)
        return election is not None and election.is_demo


def backup_before_certification(store: Store) -> BackupInfo | None:
    """Called by the results area just before it certifies (freezes) a record."""
    if _BUILDING_DEMO.get() and _is_demo(store):
        return None
    return backup_now(store, "before-certification")


@requires(Permission.BACKUP_CREATE)
def create_backup(store: Store) -> BackupInfo:
    """A backup asked for by a user (audited)."""
    _sqlite_path(store)
    with store.write() as session:
        audit.record(session, EventType.BACKUP_CREATED, "backup", "manual")
    info = backup_now(store, "manual")
    assert info is not None
    return info


def find_backup(path: str | Path, name: str) -> BackupInfo:
    for info in list_backups(path):
        if info.name == name or str(info.path) == name:
            return info
    raise ElectadminError(ErrorCode.BACKUP_UNKNOWN, name=name)


def restore_backup(path: str | Path, name: str, *, store: Store | None = None) -> Path:
    """Replace the election file *path* by its backup *name*.

    *store* is the open, signed-in store of a healthy file (closed here before the file is
    replaced); a damaged file needs none. Returns the file's path.
    """
    path = Path(path)
    chosen = find_backup(path, name)
    health = check_file(chosen.path)
    if not health.ok:
        raise ElectadminError(ErrorCode.BACKUP_DAMAGED, name=chosen.name, detail=health.detail)
    current = check_file(path) if path.exists() else FileHealth(path, False, "missing")
    restorer = None
    if current.ok:
        if store is None:
            raise ElectadminError(ErrorCode.AUTH_REQUIRED)
        restorer = require(store, Permission.BACKUP_RESTORE)
        store.close()
        backup_sqlite(path, backup_target(path, "before-restore"))
    restoring = path.with_name(f".{path.name}.restoring")
    restoring.unlink(missing_ok=True)
    backup_sqlite(chosen.path, restoring)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    os.replace(restoring, path)
    restored = Store.open(path, actor=restorer)
    try:
        with restored.write() as session:
            audit.record(session, EventType.BACKUP_RESTORED, "backup", chosen.name,
                         after={"backup": chosen.name, "made": chosen.created_at, "previous_file": current.detail})
    finally:
        restored.close()
    return path
