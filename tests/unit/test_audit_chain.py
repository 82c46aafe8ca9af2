"""The pure hash chain and its canonical encoding."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest

from electadmin.integrity.audit_chain import GENESIS_HASH, Anchor, ChainEntry, check_anchors, entry_hash, verify_chain
from electadmin.integrity.canonical import canonical_bytes, sha256_hex


def _chain(n: int) -> list[ChainEntry]:
    entries, prev = [], GENESIS_HASH
    start = datetime(2027, 10, 24, 4, 0, tzinfo=timezone.utc)
    for i in range(1, n + 1):
        entry = ChainEntry(i, start + timedelta(seconds=i), "clerk", "x.changed", "thing", str(i),
                           {"v": i - 1}, {"v": i}, prev)
        entry = replace(entry, hash=entry_hash(entry))
        entries.append(entry)
        prev = entry.hash
    return entries


def test_an_intact_chain_verifies():
    entries = _chain(5)
    assert verify_chain(entries, 5, entries[-1].hash) is None
    assert verify_chain([], 0, GENESIS_HASH) is None


def test_each_kind_of_damage_is_found_where_it_is():
    entries = _chain(5)
    head = entries[-1].hash
    edited = entries[:2] + [replace(entries[2], after={"v": 99})] + entries[3:]
    assert verify_chain(edited, 5, head).sequence == 3
    dropped = entries[:1] + entries[2:]
    assert verify_chain(dropped, 5, head).problem == "sequence"
    swapped = [entries[0], entries[2], entries[1], *entries[3:]]
    assert verify_chain(swapped, 5, head).sequence == 3
    assert verify_chain(entries[:4], 5, head).problem == "head"


def test_canonical_encoding_is_stable_and_refuses_ambiguity():
    assert canonical_bytes({"b": 1, "a": [date(2027, 1, 2), "ع"]}) == '{"a":["2027-01-02","ع"],"b":1}'.encode()
    aware = datetime(2027, 1, 1, 12, tzinfo=timezone(timedelta(hours=4)))
    assert canonical_bytes(aware) == b'"2027-01-01T08:00:00.000000Z"'
    assert sha256_hex({"a": 1}) == sha256_hex({"a": 1})
    with pytest.raises(TypeError):
        canonical_bytes({"x": 1.5})
    with pytest.raises(TypeError):
        canonical_bytes(datetime(2027, 1, 1))


def test_anchors_name_the_first_contradiction_and_the_last_agreement():
    entries = _chain(6)
    hashes = {e.sequence: e.hash for e in entries}
    anchors = [Anchor(4, hashes[4], "four"), Anchor(2, hashes[2], "two"), Anchor(0, GENESIS_HASH, "empty")]
    assert check_anchors(hashes, anchors) is None
    rewritten = {**hashes, 4: "f" * 64}
    found = check_anchors(rewritten, anchors)
    assert (found.sequence, found.problem, found.anchor, found.agreed) == (4, "anchor_hash", "four", 2)
    found = check_anchors({1: hashes[1]}, anchors)
    assert (found.sequence, found.problem, found.agreed) == (2, "anchor_missing", 0)
