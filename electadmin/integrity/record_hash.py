"""What a printed record carries so that a paper copy can be checked against the database.

Every printed count record and consolidated record shows a **short hash** of its canonical content
(and a QR code of the same, :func:`qr_payload`). The content hashed is:

* a station's count record: :func:`count_record_content` (the election, the station, the version,
  the fourteen figures, each candidate's votes, the times, the members present, the objections and
  the explanation: everything the committee wrote on the paper form; not its state, which changes
  from matched to certified without any figure changing);
* a wilayat's certified result: :func:`result_content`, exactly what the committee's members sign
  (:func:`electadmin.services.certification.certified_content`), so the short hash is the first
  characters of the certificate's ``record_sha256``; a provisional consolidated record hashes the
  same shape with ``version`` ``None``.

The short hash is the first 80 bits of the SHA-256 written as 16 characters of Crockford's base 32
in four groups (``7K3M-QX9T-2B4H-W8NC``):

* 80 bits: forging another record with the same short hash takes about 2^80 hashes, far beyond
  anyone's means, and among a million records an accidental collision has odds of ~10^-12;
* 16 characters is as short as that allows in an alphabet one can read aloud and type on any
  keyboard; the groups of four are how people copy codes without losing their place;
* Crockford's alphabet has digits and capital letters without I, L, O and U, so nothing printed
  looks like anything else; reading is forgiving anyway: lower case, I and L for 1, O for 0, any
  spaces, hyphens or dashes, and Arabic-Indic or Persian digits (typed on an Arabic keyboard) are all
  accepted (:func:`parse_short_hash`).

The 80 bits are exactly the first 20 hex digits of the SHA-256, so a lookup is a range scan of an
index on the stored full hash, and the full hash in the QR code is an exact match.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from electadmin.domain.arabic import ARABIC_INDIC_DIGITS, PERSIAN_DIGITS, WESTERN_DIGITS
from electadmin.integrity.canonical import sha256_hex

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
"""Crockford's base 32: no I, L, O or U."""
LENGTH = 16
PREFIX_HEX = LENGTH * 5 // 4
"""The hex digits of the SHA-256 a short hash stands for (20: 80 bits)."""

COUNT_RECORD = "count_record"
RESULT = "result"
KINDS = (COUNT_RECORD, RESULT)

FIGURE_NAMES = (
    "registered_men", "registered_women", "registered_total", "voted_men", "voted_women", "voted_total",
    "ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found", "valid",
    "invalid", "blank",
)

QR_PREFIX = "EA1"
"""First field of the QR text: this application's printed record, format 1."""
_QR_KINDS = {COUNT_RECORD: "COUNT", RESULT: "RESULT"}
_QR_KINDS_READ = {v: k for k, v in _QR_KINDS.items()}

_READ = {**{c: c for c in ALPHABET}, "I": "1", "L": "1", "O": "0"}
_DIGITS = str.maketrans(ARABIC_INDIC_DIGITS + PERSIAN_DIGITS, WESTERN_DIGITS * 2)
_SEPARATORS = re.compile("[\\s\u00a0\u200e\u200f\u061c\u2066-\u2069\u202a-\u202e_.\u2010-\u2015\u2212-]+")


def count_record_content(election_uid: str, station_code: str, version: int, figures: Mapping[str, int | None],
                         votes: Mapping[str, int | None], opened_at: str, closed_at: str, members: Sequence[str],
                         objections: Sequence[Mapping[str, str]], explanation: str) -> dict[str, Any]:
    """The canonical content of one version of a station's count record (votes by candidate code)."""
    return {"kind": COUNT_RECORD, "election": election_uid, "station": station_code, "version": version,
            "figures": {name: figures.get(name) for name in FIGURE_NAMES},
            "votes": {str(code): v for code, v in sorted(votes.items())},
            "opened_at": opened_at or "", "closed_at": closed_at or "", "members": [str(m) for m in members],
            "objections": [{k: str(o.get(k) or "") for k in ("agent", "candidate", "text", "decision")}
                           for o in objections],
            "explanation": explanation or ""}


def result_content(election_uid: str, wilayat_code: str, version: int | None, snapshot: Mapping[str, Any],
                   audit_head: Mapping[str, Any] | None = None) -> dict:
    """A wilayat's result as its committee signs it (``version`` ``None``: provisional, not signed),
    with the audit chain's head at the moment of signing when it has one (a signed checkpoint)."""
    content = {"election": election_uid, "wilayat": wilayat_code, "version": version, "snapshot": dict(snapshot)}
    if audit_head is not None:
        content["audit_head"] = dict(audit_head)
    return content


def content_sha256(content: Any) -> str:
    return sha256_hex(content)


def short_hash(sha256: str) -> str:
    """The printed short hash of a full SHA-256 (hex): 16 characters in groups of four."""
    number = int(sha256[:PREFIX_HEX], 16)
    chars = "".join(ALPHABET[(number >> (5 * (LENGTH - 1 - i))) & 31] for i in range(LENGTH))
    return "-".join(chars[i:i + 4] for i in range(0, LENGTH, 4))


def parse_short_hash(text: str) -> str | None:
    """The 20 hex digits a typed short hash stands for, or ``None`` when it is not one.

    Accepts what a person copies from paper: any case, with or without separators, I/L for 1, O for 0,
    Arabic-Indic and Persian digits.
    """
    cleaned = _SEPARATORS.sub("", (text or "").translate(_DIGITS)).upper()
    if len(cleaned) != LENGTH or any(c not in _READ for c in cleaned):
        return None
    number = 0
    for c in cleaned:
        number = number * 32 + ALPHABET.index(_READ[c])
    return f"{number:0{PREFIX_HEX}x}"


@dataclass(frozen=True, slots=True)
class QrPayload:
    """What the QR code of a printed record says: election, kind, record, version and the full hash.

    Written ``EA1/COUNT/MA01-C1-1/2/<election uid>/<SHA-256>`` (``RESULT`` and a wilayat code for a
    consolidated record, ``P`` for the version of a provisional one), all capitals, digits, ``/``
    and ``-``: QR's alphanumeric mode then packs it half again as densely as bytes, so the code has
    37 to 41 modules a side instead of 53 (a URI in byte mode) and each module prints about 30%
    larger in the same square, which phone cameras and hand-held scanners read more surely from a
    folded, photocopied page.
    """

    election_uid: str
    kind: str
    key: str
    """The station code (count record) or the wilayat code (result)."""
    version: int | None
    sha256: str

    def text(self) -> str:
        version = "P" if self.version is None else str(self.version)
        return "/".join((QR_PREFIX, _QR_KINDS[self.kind], self.key, version, self.election_uid, self.sha256)).upper()


def qr_payload(election_uid: str, kind: str, key: str, version: int | None, sha256: str) -> str:
    """The text encoded in a printed record's QR code (what a phone shows and the check screen reads)."""
    return QrPayload(election_uid, kind, key, version, sha256).text()


def parse_qr_payload(text: str) -> QrPayload | None:
    """The payload of a scanned QR code (e.g. typed by a hand-held scanner), or ``None``."""
    parts = (text or "").strip().split("/")
    if len(parts) != 6 or parts[0].upper() != QR_PREFIX:
        return None
    _prefix, kind, key, version, uid, sha = parts
    kind = _QR_KINDS_READ.get(kind.upper(), "")
    sha = sha.lower()
    if not kind or not re.fullmatch("[0-9a-f]{64}", sha) or not (version.isdigit() or version.upper() == "P"):
        return None
    return QrPayload(uid.lower(), kind, key.upper(), int(version) if version.isdigit() else None, sha)
