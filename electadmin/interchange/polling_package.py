"""A station's check-in events as a package: the payload and its manifest, read back as hostile input.

The package is a ZIP file of two members, both in the canonical encoding of
:mod:`electadmin.integrity.canonical`:

* ``events.json``: ``{"format": "electadmin.polling-events", "version": 1, "election": UID,
  "machine": ID, "events": [...]}``, each event as :meth:`PollingEvent.to_plain` gives it;
* ``manifest.json``: the election, the machine, the number of events and, under ``files``, the
  SHA-256 of every other member's bytes.

Signing is kept apart on purpose: the trust work's signed package (``interchange/package.py``) signs
the manifest (which pins the payload's hash) and adds its signature as a third member, and verifies
it before :func:`read_package` is called. Everything here is checked as if the file were forged:
the manifest's hashes, the member list, the election, and every field of every event; a failure is
``POLLING_PACKAGE_DAMAGED`` saying what is wrong, and nothing is merged.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.polling import EventKind, PollingEvent
from electadmin.integrity.canonical import canonical_bytes
from electadmin.interchange.tabular import atomic_path

FORMAT = "electadmin.polling-events"
VERSION = 1
PAYLOAD = "events.json"
MANIFEST = "manifest.json"
MAX_EVENTS = 5_000_000


@dataclass(frozen=True, slots=True)
class EventPackage:
    path: Path
    election: str
    machine: str
    events: tuple[PollingEvent, ...]
    payload_sha256: str


def package_files(election: str, machine: str, events: list[PollingEvent]) -> dict[str, bytes]:
    """The members of a package (name → bytes): the payload and the manifest pinning its hash."""
    payload = canonical_bytes({"format": FORMAT, "version": VERSION, "election": election, "machine": machine,
                               "events": [e.to_plain() for e in events]})
    manifest = canonical_bytes({"format": FORMAT, "version": VERSION, "election": election, "machine": machine,
                                "events": len(events), "files": {PAYLOAD: hashlib.sha256(payload).hexdigest()}})
    return {PAYLOAD: payload, MANIFEST: manifest}


def write_package(path: Path, election: str, machine: str, events: list[PollingEvent]) -> str:
    """Write the package atomically; returns the payload's SHA-256."""
    files = package_files(election, machine, events)
    with atomic_path(path) as temporary:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, data)
    return hashlib.sha256(files[PAYLOAD]).hexdigest()


def _damaged(path: Path, detail: str) -> ElectadminError:
    return ElectadminError(ErrorCode.POLLING_PACKAGE_DAMAGED, path=str(path), detail=detail)


def read_package(path: Path, election: str) -> EventPackage:
    """Read and verify the package at *path* for the election *election* (its uid)."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if names != {PAYLOAD, MANIFEST}:
                raise _damaged(path, f"members {sorted(names)}")
            manifest_bytes = archive.read(MANIFEST)
            payload_bytes = archive.read(PAYLOAD)
    except (OSError, zipfile.BadZipFile, zipfile.LargeZipFile, KeyError) as exc:
        raise _damaged(path, str(exc) or type(exc).__name__) from exc
    manifest = _json(path, manifest_bytes, MANIFEST)
    digest = hashlib.sha256(payload_bytes).hexdigest()
    if not isinstance(manifest.get("files"), dict) or manifest["files"].get(PAYLOAD) != digest:
        raise _damaged(path, f"{PAYLOAD} does not match the manifest's SHA-256")
    payload = _json(path, payload_bytes, PAYLOAD)
    for doc in (manifest, payload):
        if doc.get("format") != FORMAT or doc.get("version") != VERSION:
            raise _damaged(path, "unknown format or version")
    if payload.get("election") != election or manifest.get("election") != election:
        raise ElectadminError(ErrorCode.POLLING_PACKAGE_OTHER_ELECTION, path=str(path))
    machine = payload.get("machine")
    raw = payload.get("events")
    if not _text(machine, 32) or machine != manifest.get("machine") or not isinstance(raw, list):
        raise _damaged(path, "machine or events missing")
    if len(raw) != manifest.get("events") or len(raw) > MAX_EVENTS:
        raise _damaged(path, "the number of events differs from the manifest")
    events = tuple(_event(path, index, item, machine) for index, item in enumerate(raw, start=1))
    if len({e.key for e in events}) != len(events):
        raise _damaged(path, "an event number appears twice")
    return EventPackage(path, election, machine, events, digest)


def _json(path: Path, data: bytes, name: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _damaged(path, f"{name}: {exc}") from exc
    if not isinstance(value, dict):
        raise _damaged(path, f"{name} is not an object")
    return value


def _text(value: Any, maximum: int, *, empty: bool = False) -> bool:
    return isinstance(value, str) and (empty or value != "") and len(value) <= maximum


def _event(path: Path, index: int, item: Any, machine: str) -> PollingEvent:
    problem = f"event {index}"
    if not isinstance(item, dict):
        raise _damaged(path, problem)
    try:
        kind = EventKind(item.get("kind"))
        sequence = item.get("sequence")
        at = datetime.fromisoformat(str(item.get("at", "")).replace("Z", "+00:00"))
        target = item.get("target")
        ok = (item.get("machine") == machine and isinstance(sequence, int) and not isinstance(sequence, bool)
              and 1 <= sequence < 2**31 and at.tzinfo is not None
              and _text(item.get("civil_number"), 12) and str(item["civil_number"]).isascii()
              and str(item["civil_number"]).isdigit() and _text(item.get("station"), 24)
              and _text(item.get("clerk"), 100) and item.get("gender") in ("M", "F")
              and _text(item.get("reason", ""), 500, empty=True))
        if kind is EventKind.UNDO:
            ok = ok and isinstance(target, list) and len(target) == 2 and _text(target[0], 32) \
                and isinstance(target[1], int) and not isinstance(target[1], bool) and 1 <= target[1] < 2**31 \
                and bool(item.get("reason"))
        else:
            ok = ok and target is None
        if not ok:
            raise ValueError(problem)
        return PollingEvent(machine, sequence, kind, item["civil_number"], item["station"], item["clerk"], at,
                            item["gender"], item.get("reason", ""), (target[0], target[1]) if target else None)
    except (ValueError, TypeError, KeyError) as exc:
        raise _damaged(path, problem) from exc
