"""The hash chain of the audit log, as pure functions over plain entries.

Each entry's hash is SHA-256 over the canonical encoding of its sequence number, time, actor, event,
object and before/after summary, and the previous entry's hash. Changing, deleting, inserting or
reordering any entry therefore breaks the chain at that point; the head (the last sequence and hash,
kept apart from the entries) catches a deleted tail. Storage of the entries lives in ``storage``;
this module only computes and checks.

A chain inside the file cannot, alone, catch someone who edits an entry and then recomputes every
later hash and the head: the result is a well-formed chain. :class:`Anchor` is a statement of the
chain kept out of the forger's reach (signed by committee members, or held by another machine):
entry ``sequence`` had ``hash``. :func:`check_anchors` compares the walked chain with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from electadmin.integrity.canonical import sha256_hex

GENESIS_HASH = "0" * 64


@dataclass(frozen=True, slots=True)
class ChainEntry:
    sequence: int
    at: datetime
    actor: str
    event: str
    object_type: str
    object_key: str
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    prev_hash: str
    hash: str = ""

    def content(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "at": self.at,
            "actor": self.actor,
            "event": self.event,
            "object_type": self.object_type,
            "object_key": self.object_key,
            "before": self.before,
            "after": self.after,
            "prev_hash": self.prev_hash,
        }


def entry_hash(entry: ChainEntry) -> str:
    return sha256_hex(entry.content())


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where the chain first fails: the entry's sequence number and what is wrong there."""

    sequence: int
    problem: str  # "sequence", "prev_hash", "hash", "head"; against an anchor: "anchor_hash", "anchor_missing",
    # "anchor_signature" (the anchor's own signatures no longer verify)
    anchor: str = ""  # the anchor contradicted, as its source names it
    agreed: int = 0  # the last sequence an anchor still vouches for (the rewrite lies after it)


def verify_chain(entries: Iterable[ChainEntry], head_sequence: int, head_hash: str) -> ChainBreak | None:
    """The first break of the chain made by *entries* (in stored order), or ``None`` if intact."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    last_seq, last_hash = 0, GENESIS_HASH
    for entry in entries:
        if entry.sequence != expected_seq:
            return ChainBreak(entry.sequence, "sequence")
        if entry.prev_hash != expected_prev:
            return ChainBreak(entry.sequence, "prev_hash")
        if entry_hash(entry) != entry.hash:
            return ChainBreak(entry.sequence, "hash")
        expected_prev = entry.hash
        expected_seq += 1
        last_seq, last_hash = entry.sequence, entry.hash
    if (last_seq, last_hash) != (head_sequence, head_hash):
        return ChainBreak(last_seq + 1 if head_sequence > last_seq else head_sequence, "head")
    return None


@dataclass(frozen=True, slots=True)
class Anchor:
    """Entry *sequence* had *hash* (sequence 0: the empty chain, :data:`GENESIS_HASH`), as *source* says."""

    sequence: int
    hash: str
    source: str


def check_anchors(hashes: Mapping[int, str], anchors: Iterable[Anchor]) -> ChainBreak | None:
    """The first anchor (by sequence) that the walked chain contradicts, or ``None``.

    *hashes* maps each anchored sequence to the hash the chain has there (absent: no such entry).
    The break names the contradicted anchor and the latest sequence an earlier anchor still agrees
    with, so the rewrite is known to lie between the two.
    """
    agreed = 0
    for anchor in sorted(anchors, key=lambda a: a.sequence):
        found = GENESIS_HASH if anchor.sequence == 0 else hashes.get(anchor.sequence)
        if found is None:
            return ChainBreak(anchor.sequence, "anchor_missing", anchor.source, agreed)
        if found != anchor.hash:
            return ChainBreak(anchor.sequence, "anchor_hash", anchor.source, agreed)
        agreed = anchor.sequence
    return None
