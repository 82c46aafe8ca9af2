"""A canonical byte encoding of plain data, so that equal content always hashes and signs equally.

JSON with sorted keys, no insignificant whitespace, UTF-8 (not ASCII-escaped), and a fixed rendering
of the few non-JSON types the application hashes: dates and datetimes as ISO 8601 (datetimes must be
aware and are rendered in UTC), ``Decimal`` as a string, enums by value. Floats are refused: figures
that decide elections are integers, and float renderings are not stable across platforms.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from typing import Any


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise TypeError("naive datetime in canonical encoding")
        return value.astimezone(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    raise TypeError(f"cannot encode {type(value).__name__} canonically")


def _check(value: Any) -> Any:
    if isinstance(value, float):
        raise TypeError("floats are not encoded canonically; use integers or Decimal")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): _check(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_check(v) for v in value]
    return value


def canonical_bytes(value: Any) -> bytes:
    """The canonical UTF-8 JSON encoding of *value*."""
    return json.dumps(_check(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_default, allow_nan=False).encode("utf-8")


def sha256_hex(value: Any) -> str:
    """SHA-256 (hex) of the canonical encoding of *value*."""
    return hashlib.sha256(canonical_bytes(value)).hexdigest()
