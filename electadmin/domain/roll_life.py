"""The life of an entry on the electoral roll after it is imported: statuses, objections, transfers,
probable duplicates. Pure rules on plain values; the services apply them inside one transaction.

* **Status**: a voter is ``active`` or ``removed``. A removal has a :class:`RemovalReason` (deceased,
  lost eligibility, by decision) and always the deciding reference (a death notice, a committee
  decision number): nobody leaves the roll without a paper trail. A removed voter may be restored,
  again with a reference. Every change is a :class:`HistoryKind` entry of the voter's history; the row
  itself is never deleted.
* **Eligibility** (age on polling day) is a flag computed from the rules, never a removal: the rules
  may change until polling opens (:mod:`electadmin.domain.eligibility`).
* **Objections** (اعتراض) are lodged inside the election's objection window, against an entry (this
  person should not be on the roll) or an omission (this person is missing). Deciding one records
  the committee's reference; an objection upheld against an entry removes the voter "by decision",
  one upheld against an omission adds the person to the roll. Decisions may come after the window has
  closed (committees decide what was lodged in time), but never before the objection was lodged.
* **Transfers** of registration (نقل القيد) move an active voter to another wilayat and centre, only
  on a day inside the transfer window.
* **Probable duplicates**: the same search key of the name and the same birth date, or names whose
  similarity reaches :data:`SIMILAR_NAME_THRESHOLD` with the same birth date and gender. They are leads
  for a person (DOMAIN.md: purges by name and birth date remove legitimate voters), never removals.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from rapidfuzz.distance import Indel
from rapidfuzz.process import extract

from electadmin.domain.arabic import clean
from electadmin.domain.election import Window
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term

REFERENCE_MAX = 100
NOTE_MAX = 2000

FIELD = {
    "reference": QT_TRANSLATE_NOOP("Fields", "Deciding reference"),
    "reason": QT_TRANSLATE_NOOP("Fields", "Reason"),
    "note": QT_TRANSLATE_NOOP("Fields", "Note"),
    "objector": QT_TRANSLATE_NOOP("Fields", "Objector"),
    "grounds": QT_TRANSLATE_NOOP("Fields", "Grounds"),
}


class VoterStatus(StrEnum):
    ACTIVE = "active"
    REMOVED = "removed"

    @property
    def label(self) -> Term:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    VoterStatus.ACTIVE: QT_TRANSLATE_NOOP("Terms", "Active"),
    VoterStatus.REMOVED: QT_TRANSLATE_NOOP("Terms", "Removed"),
}


class RemovalReason(StrEnum):
    DECEASED = "deceased"
    LOST_ELIGIBILITY = "lost_eligibility"
    DECISION = "decision"
    ABSENT_FROM_FILE = "absent_from_roll_file"
    """Set by the roll import (``services.roll_file``) for an entry a newer file no longer lists."""

    @property
    def label(self) -> Term:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    RemovalReason.DECEASED: QT_TRANSLATE_NOOP("Terms", "Deceased"),
    RemovalReason.LOST_ELIGIBILITY: QT_TRANSLATE_NOOP("Terms", "Lost eligibility"),
    RemovalReason.DECISION: QT_TRANSLATE_NOOP("Terms", "By decision"),
    RemovalReason.ABSENT_FROM_FILE: QT_TRANSLATE_NOOP("Terms", "Not in the newer roll file"),
}

DECIDED_REMOVALS = (RemovalReason.DECEASED, RemovalReason.LOST_ELIGIBILITY, RemovalReason.DECISION)
"""The reasons a person chooses when removing an entry (the import sets the other one itself)."""


class HistoryKind(StrEnum):
    """What happened to an entry (the value is stored in the voter's history; never renamed)."""

    REMOVED = "removed"
    RESTORED = "restored"
    TRANSFERRED = "transferred"
    ADDED_BY_OBJECTION = "added_by_objection"
    OBJECTION_LODGED = "objection_lodged"
    OBJECTION_DECIDED = "objection_decided"

    @property
    def label(self) -> Term:
        return _HISTORY_LABELS[self]


_HISTORY_LABELS = {
    HistoryKind.REMOVED: QT_TRANSLATE_NOOP("Terms", "Removed from the roll"),
    HistoryKind.RESTORED: QT_TRANSLATE_NOOP("Terms", "Restored to the roll"),
    HistoryKind.TRANSFERRED: QT_TRANSLATE_NOOP("Terms", "Registration transferred"),
    HistoryKind.ADDED_BY_OBJECTION: QT_TRANSLATE_NOOP("Terms", "Added on an objection"),
    HistoryKind.OBJECTION_LODGED: QT_TRANSLATE_NOOP("Terms", "Objection lodged"),
    HistoryKind.OBJECTION_DECIDED: QT_TRANSLATE_NOOP("Terms", "Objection decided"),
}


class ObjectionKind(StrEnum):
    AGAINST_ENTRY = "entry"
    OMISSION = "omission"

    @property
    def label(self) -> Term:
        return _OBJECTION_LABELS[self]


_OBJECTION_LABELS = {
    ObjectionKind.AGAINST_ENTRY: QT_TRANSLATE_NOOP("Terms", "Against an entry"),
    ObjectionKind.OMISSION: QT_TRANSLATE_NOOP("Terms", "Against an omission"),
}


class ObjectionState(StrEnum):
    PENDING = "pending"
    UPHELD = "upheld"
    DISMISSED = "dismissed"

    @property
    def label(self) -> Term:
        return _OBJECTION_STATE_LABELS[self]


_OBJECTION_STATE_LABELS = {
    ObjectionState.PENDING: QT_TRANSLATE_NOOP("Terms", "Pending"),
    ObjectionState.UPHELD: QT_TRANSLATE_NOOP("Terms", "Upheld"),
    ObjectionState.DISMISSED: QT_TRANSLATE_NOOP("Terms", "Dismissed"),
}


class DuplicateReason(StrEnum):
    SAME_NAME = "same_name"
    SIMILAR_NAME = "similar_name"

    @property
    def label(self) -> Term:
        return _DUPLICATE_REASON_LABELS[self]


_DUPLICATE_REASON_LABELS = {
    DuplicateReason.SAME_NAME: QT_TRANSLATE_NOOP("Terms", "Same name and birth date"),
    DuplicateReason.SIMILAR_NAME: QT_TRANSLATE_NOOP("Terms", "Similar name, same birth date and gender"),
}


class DuplicateState(StrEnum):
    PENDING = "pending"
    SAME_PERSON = "same_person"
    DISTINCT = "distinct"

    @property
    def label(self) -> Term:
        return _DUPLICATE_STATE_LABELS[self]


_DUPLICATE_STATE_LABELS = {
    DuplicateState.PENDING: QT_TRANSLATE_NOOP("Terms", "To review"),
    DuplicateState.SAME_PERSON: QT_TRANSLATE_NOOP("Terms", "Same person"),
    DuplicateState.DISTINCT: QT_TRANSLATE_NOOP("Terms", "Different people"),
}


# ---------------------------------------------------------------- checks of what a person types


def check_reference(value: str) -> str:
    """The deciding reference: required, cleaned, at most :data:`REFERENCE_MAX` characters."""
    text = clean(value or "")
    if not text:
        raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=FIELD["reference"])
    if len(text) > REFERENCE_MAX:
        raise ElectadminError(ErrorCode.VALUE_TOO_LONG, field=FIELD["reference"], maximum=REFERENCE_MAX)
    return text


def check_text(value: str, field: str, *, required: bool = False, maximum: int = NOTE_MAX) -> str:
    """A free text (a note, the grounds of an objection), cleaned; *field* is a key of :data:`FIELD`."""
    text = clean(value or "")
    if required and not text:
        raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=FIELD[field])
    if len(text) > maximum:
        raise ElectadminError(ErrorCode.VALUE_TOO_LONG, field=FIELD[field], maximum=maximum)
    return text


def check_in_window(day: date, window: Window, name: Term) -> None:
    """Raise unless *day* is inside *window* (both ends included); *name* names the window.

    The message carries the day and both dates, so the person at the counter can tell the voter
    when to come back (or that it is too late).
    """
    if not window.is_set:
        raise ElectadminError(ErrorCode.ROLL_NO_WINDOW, window=name)
    if not window.contains(day):
        raise ElectadminError(ErrorCode.ROLL_OUTSIDE_WINDOW, day=day.isoformat(), window=name,
                              start=window.start.isoformat(), end=window.end.isoformat())


def check_removal(status: VoterStatus) -> None:
    if status is not VoterStatus.ACTIVE:
        raise ElectadminError(ErrorCode.ROLL_WRONG_STATUS, status=status.label,
                              action=QT_TRANSLATE_NOOP("Terms", "removed"))


def check_restore(status: VoterStatus) -> None:
    if status is not VoterStatus.REMOVED:
        raise ElectadminError(ErrorCode.ROLL_WRONG_STATUS, status=status.label,
                              action=QT_TRANSLATE_NOOP("Terms", "restored"))


# ---------------------------------------------------------------- probable duplicates

SIMILAR_NAME_THRESHOLD = 0.9
"""Normalised Indel similarity (1 - edits / total length) of two name keys from which two voters of
the same birth date and gender are a lead. One letter changed in a five-part name of ~30 letters
scores ~0.97; a different family name (البلوشي → الحارثي) ~0.80: a lead must be a likely slip of
the pen, not two brothers' sons who share a grandfather."""


@dataclass(frozen=True, slots=True)
class Entry:
    """What the duplicate rules look at of one voter."""

    id: int
    name_key: str
    gender: str


@dataclass(frozen=True, slots=True)
class Lead:
    """Two entries that may be one person; ``first < second`` (ids), ``score`` in [0, 1]."""

    first: int
    second: int
    reason: DuplicateReason
    score: float


def leads_in_group(entries: Sequence[Entry], threshold: float = SIMILAR_NAME_THRESHOLD) -> Iterator[Lead]:
    """Every pair of *entries* (the voters born on one day) that may be one person.

    The same name key is a lead whatever the genders (a gender typed wrong is one way a person gets
    entered twice); a close name is a lead only with the same gender. Each name is compared with
    those after it in one call to rapidfuzz's C ``extract`` (a group is small: a million voters over
    ~30,000 birth dates gives ~35 a day), which skips pairs whose lengths alone rule them out.
    """
    if len(entries) < 2:
        return
    seen: set[tuple[int, int]] = set()
    by_key: dict[str, list[Entry]] = {}
    for entry in entries:
        by_key.setdefault(entry.name_key, []).append(entry)
    for same in by_key.values():
        for i, a in enumerate(same):
            for b in same[i + 1:]:
                pair = (min(a.id, b.id), max(a.id, b.id))
                seen.add(pair)
                yield Lead(*pair, DuplicateReason.SAME_NAME, 1.0)
    for gender in {e.gender for e in entries}:
        group = [e for e in entries if e.gender == gender]
        keys = [e.name_key for e in group]
        for i in range(len(group) - 1):
            found = extract(keys[i], keys[i + 1:], scorer=Indel.normalized_similarity, processor=None,
                            score_cutoff=threshold, limit=None)
            for _key, score, offset in found:
                a, b = group[i], group[i + 1 + offset]
                pair = (min(a.id, b.id), max(a.id, b.id))
                if pair not in seen:
                    seen.add(pair)
                    yield Lead(*pair, DuplicateReason.SIMILAR_NAME, round(float(score), 4))


def leads(groups: Iterable[Sequence[Entry]], threshold: float = SIMILAR_NAME_THRESHOLD) -> Iterator[Lead]:
    for group in groups:
        yield from leads_in_group(group, threshold)
