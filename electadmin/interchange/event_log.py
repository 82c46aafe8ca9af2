"""The audit log as a NIST SP 1500-101 (Election Event Logging, v1) JSON document.

One ``Device`` (this election file, type ``ems``) holds every audit entry as an ``Event`` in chain
order: ``Id`` is the stable event type, ``Sequence`` the chain position, ``UserId`` the actor,
``Details`` the canonical JSON of the object and its before/after summary with the previous hash,
and ``Hash`` the entry's chained SHA-256 (``HashType`` ``sha-256``), so a reader can recompute the
chain from the export alone (:mod:`electadmin.integrity.audit_chain` says how).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import Any

from electadmin.integrity.audit_chain import ChainEntry
from electadmin.integrity.canonical import canonical_bytes

_FAILURES = {"user.sign_in_failed", "package.refused"}
_WARNINGS = _FAILURES | {"user.locked", "committee.member_revoked", "backup.restored"}


def _time(value: datetime) -> str:
    return value.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")


def event(entry: ChainEntry, description: str) -> dict[str, Any]:
    details = {"object_type": entry.object_type, "object_key": entry.object_key, "before": entry.before,
               "after": entry.after, "prev_hash": entry.prev_hash}
    return {
        "@type": "EventLogging.Event",
        "Id": entry.event,
        "Sequence": str(entry.sequence),
        "TimeStamp": _time(entry.at),
        "Type": "system" if entry.actor == "system" else "user-action",
        "Disposition": "failure" if entry.event in _FAILURES else "success",
        "Severity": "warning" if entry.event in _WARNINGS else "info",
        "UserId": entry.actor,
        "Description": description,
        "Details": canonical_bytes(details).decode("utf-8"),
        "Hash": entry.hash,
    }


def event_log(entries: Iterable[ChainEntry], *, election_id: str, device_id: str, version: str,
              generated: datetime, describe: Callable[[str], str], details: dict[str, Any]) -> dict[str, Any]:
    """The ``EventLogging.ElectionEventLog`` document of *entries* (in chain order)."""
    return {
        "@type": "EventLogging.ElectionEventLog",
        "GeneratedTime": _time(generated),
        "ElectionId": election_id,
        "Details": canonical_bytes(details).decode("utf-8"),
        "Device": [{
            "@type": "EventLogging.Device",
            "Id": device_id,
            "Type": "ems",
            "Manufacturer": "electadmin project",
            "Model": "electadmin",
            "Version": version,
            "HashType": "sha-256",
            "Event": [event(e, describe(e.event)) for e in entries],
        }],
    }
