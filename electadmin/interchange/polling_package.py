"""A station's check-in events: the content of its signed package, read back as hostile input.

A station's package is a signed package of :mod:`electadmin.interchange.package` (kind
:data:`KIND`, signed by k of its centre committee's members; see :mod:`electadmin.services.polling`)
whose one content file, ``events.json``, is ``{"format": "electadmin.polling-events", "version": 1,
"election": UID, "machine": ID, "events": [...]}`` in the canonical encoding of
:mod:`electadmin.integrity.canonical`, each event as :meth:`PollingEvent.to_plain` gives it.

The signed manifest pins the payload's SHA-256, and the signatures are checked before
:func:`read_payload` is called; even so every field of every event is checked as if it were forged
(a committee's members could sign a bad file): a failure is ``POLLING_PACKAGE_DAMAGED`` saying what
is wrong, and nothing is merged.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.polling import EventKind, PollingEvent
from electadmin.integrity.canonical import canonical_bytes

FORMAT = "electadmin.polling-events"
VERSION = 1
PAYLOAD = "events.json"
KIND = "polling"
MAX_EVENTS = 5_000_000


EventRecord = tuple[str, int, str, str, str, str, datetime, str, str, str | None, int | None, str]
"""An event as the merge handles it in bulk: machine, sequence, kind, civil number, station, clerk,
time (aware, UTC), gender, reason, target machine, target sequence, and the event's digest."""

_KEYS = frozenset(("machine", "sequence", "kind", "civil_number", "station", "clerk", "at", "gender", "reason",
                   "target"))
_KINDS = frozenset(k.value for k in EventKind)


@dataclass(frozen=True, slots=True)
class EventPackage:
    path: Path
    election: str
    machine: str
    records: tuple[EventRecord, ...]
    payload_sha256: str
    sender: str = ""
    """The centre committee that signed the package (set once its signatures are verified)."""
    manifest_sha256: str = ""
    signers: tuple[str, ...] = ()

    @property
    def events(self) -> tuple[PollingEvent, ...]:
        """The records as domain events (for checks; the merge itself works on the records)."""
        return tuple(record_event(r) for r in self.records)


def event_digest(event: PollingEvent) -> str:
    """SHA-256 of the event's fields: equal digests, equal events. A merge compares digests to spot
    two different events under one key without comparing every field of every stored event."""
    target = event.target or (None, None)
    return _digest(event.machine, event.sequence, event.kind.value, event.civil_number, event.station,
                   event.clerk, _AT(event.at), event.gender, event.reason, target[0], target[1])


def _digest(*fields: object) -> str:
    """The fields as a JSON array (unambiguous, and the C encoder's fast path)."""
    return hashlib.sha256(json.dumps(fields).encode("ascii")).hexdigest()


def _AT(at: datetime) -> str:  # noqa: N802 - the canonical rendering of an instant (integrity.canonical)
    if at.tzinfo is None:
        raise TypeError("naive datetime in canonical encoding")
    return at.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def record_event(r: EventRecord) -> PollingEvent:
    return PollingEvent(r[0], r[1], EventKind(r[2]), r[3], r[4], r[5], r[6], r[7], r[8],
                        (r[9], r[10]) if r[9] is not None else None)


def payload(election: str, machine: str, events: list[PollingEvent]) -> bytes:
    """The package's one content file (:data:`PAYLOAD`): the machine's events, canonically encoded."""
    return canonical_bytes({"format": FORMAT, "version": VERSION, "election": election, "machine": machine,
                            "events": [e.to_plain() for e in events]})


def _damaged(path: Path, detail: str) -> ElectadminError:
    return ElectadminError(ErrorCode.POLLING_PACKAGE_DAMAGED, path=str(path), detail=detail)


def read_payload(path: Path, payload_bytes: bytes, election: str) -> EventPackage:
    """Check the payload of the signed package at *path* for the election *election* (its uid).

    Called only once the package's files and signatures have been verified; the payload is still
    checked field by field, since a committee's own members could sign a forged one."""
    payload = _json(path, payload_bytes, PAYLOAD)
    if payload.get("format") != FORMAT or payload.get("version") != VERSION:
        raise _damaged(path, "unknown format or version")
    if payload.get("election") != election:
        raise ElectadminError(ErrorCode.POLLING_PACKAGE_OTHER_ELECTION, path=str(path))
    machine = payload.get("machine")
    raw = payload.get("events")
    if not _text(machine, 32) or not isinstance(raw, list):
        raise _damaged(path, "machine or events missing")
    if len(raw) > MAX_EVENTS:
        raise _damaged(path, "too many events")
    records = tuple(_record(path, index, item, machine) for index, item in enumerate(raw, start=1))
    if len({(r[0], r[1]) for r in records}) != len(records):
        raise _damaged(path, "an event number appears twice")
    return EventPackage(path, election, machine, records, hashlib.sha256(payload_bytes).hexdigest())


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


_CANONICAL_AT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z")
_CIVIL = re.compile(r"[0-9]{1,12}")


def _record(path: Path, index: int, item: Any, machine: str) -> EventRecord:
    """One event of a package, checked field by field (the time in its canonical UTC form, so that
    the event's digest is the one its recording machine computed). Written for speed: a wilayat
    merges hundreds of thousands of these."""
    try:
        if type(item) is not dict or item.keys() != _KEYS or item["kind"] not in _KINDS:
            raise ValueError
        sequence, at_text, target, reason = item["sequence"], item["at"], item["target"], item["reason"]
        civil, station, clerk, gender = item["civil_number"], item["station"], item["clerk"], item["gender"]
        if not (item["machine"] == machine and type(sequence) is int and 1 <= sequence < 2**31
                and type(at_text) is str and _CANONICAL_AT.fullmatch(at_text)
                and type(civil) is str and _CIVIL.fullmatch(civil)
                and type(station) is str and 0 < len(station) <= 24 and type(clerk) is str and 0 < len(clerk) <= 100
                and gender in ("M", "F") and type(reason) is str and len(reason) <= 500):
            raise ValueError
        at = datetime.fromisoformat(at_text)  # the canonical form: UTC, "Z"
        if item["kind"] == "undo":
            if not (type(target) is list and len(target) == 2 and type(target[0]) is str
                    and 0 < len(target[0]) <= 32 and type(target[1]) is int and 1 <= target[1] < 2**31 and reason):
                raise ValueError
            target_machine, target_sequence = target
        elif target is None:
            target_machine = target_sequence = None
        else:
            raise ValueError
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _damaged(path, f"event {index}") from exc
    digest = _digest(machine, sequence, item["kind"], civil, station, clerk, at_text, gender, reason,
                     target_machine, target_sequence)
    return (machine, sequence, item["kind"], civil, station, clerk, at, gender, reason, target_machine,
            target_sequence, digest)
