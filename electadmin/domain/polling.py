"""Polling day as pure rules: check-in events, why a check-in is refused, and merging stations' logs.

Every check-in and every undo is an immutable :class:`PollingEvent` in an append-only log, keyed by
the recording machine's identity and that machine's own sequence number. Stations work out of
contact; the wilayat committee later puts their logs together. That union has to be the same
whatever order the packages arrive in and however often one is merged again, so the log is a
grow-only set (a CRDT: the merge is a set union, commutative, associative and idempotent) and every
fact shown (who voted, where, turnout, anomalies) is *derived* from the set, never kept beside it in a
way that depends on the order of arrival.

Undo semantics (precisely):

* An undo is an event of its own; it names the one check-in it cancels by that check-in's key
  ``(machine, sequence)`` (:attr:`PollingEvent.target`). Nothing is ever deleted from the log.
* A check-in is *effective* when no undo in the set names it. The state is computed from effective
  check-ins only. An undo that arrives before its check-in (packages merged out of order) is kept and
  cancels the check-in as soon as it arrives, so the order of arrival does not matter.
* Undoing is not toggling: two undos of the same check-in cancel it once; an undo cannot be undone.
  A voter whose check-in was undone in error is simply checked in again (a new event).
* An undo cancels a check-in, not a voter: when a voter has two effective check-ins (an anomaly),
  undoing one leaves the other, and the anomaly disappears.

Anomalies: a voter with two or more effective check-ins (at two stations that were out of contact,
or twice at one station from two copies of one file). Every event is kept and the voter is listed
with all of them for the committee to decide; none is dropped or preferred silently.

Two events with the same key but different content cannot come from one honest machine: the merge
refuses them (:class:`ConflictingEvents`) rather than choose one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from electadmin.domain.eligibility import age_on, attains_age_by
from electadmin.domain.errors import ElectadminError, ErrorCode

EventKey = tuple[str, int]
"""``(machine_id, sequence)``: the identity of an event everywhere it travels."""


class EventKind(StrEnum):
    CHECK_IN = "check_in"
    UNDO = "undo"


@dataclass(frozen=True, slots=True)
class PollingEvent:
    """One check-in or undo as recorded at a station.

    *at* is the machine's clock in UTC (aware). *gender* is the voter's gender on the roll at the
    time, so that turnout by gender is derived from the events alone. An undo carries the key of
    the check-in it cancels in *target* and the clerk's *reason*; its *station* is the station of that
    check-in (the undo count of a station's closing summary counts these).
    """

    machine: str
    sequence: int
    kind: EventKind
    civil_number: str
    station: str
    clerk: str
    at: datetime
    gender: str
    reason: str = ""
    target: EventKey | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is None:
            raise ValueError("a polling event's time must be aware (UTC)")
        if (self.kind is EventKind.UNDO) != (self.target is not None):
            raise ValueError("an undo, and only an undo, names the check-in it cancels")

    @property
    def key(self) -> EventKey:
        return (self.machine, self.sequence)

    def to_plain(self) -> dict[str, Any]:
        """The event as plain JSON data (its canonical form in a package)."""
        return {
            "machine": self.machine, "sequence": self.sequence, "kind": self.kind.value,
            "civil_number": self.civil_number, "station": self.station, "clerk": self.clerk,
            "at": self.at.astimezone(timezone.utc), "gender": self.gender, "reason": self.reason,
            "target": list(self.target) if self.target else None,
        }


@dataclass(frozen=True, slots=True)
class Anomaly:
    """A voter with several effective check-ins: all of them, earliest first."""

    civil_number: str
    check_ins: tuple[PollingEvent, ...]

    @property
    def stations(self) -> tuple[str, ...]:
        return tuple(e.station for e in self.check_ins)


@dataclass(frozen=True, slots=True)
class PollingState:
    """What a set of events says: the effective check-ins per voter and the anomalies."""

    voted: Mapping[str, tuple[PollingEvent, ...]]
    """civil number → its effective check-ins, earliest first (more than one: an anomaly)."""
    undone: frozenset[EventKey]
    undo_count: Mapping[str, int] = field(default_factory=dict)
    """station → number of undo events recorded for check-ins at it."""

    @property
    def anomalies(self) -> tuple[Anomaly, ...]:
        return tuple(Anomaly(c, events) for c, events in sorted(self.voted.items()) if len(events) > 1)

    def has_voted(self, civil_number: str) -> bool:
        return civil_number in self.voted

    def turnout(self) -> dict[tuple[str, str], int]:
        """(station, gender) → number of effective check-ins (an anomalous voter counts at each)."""
        counts: dict[tuple[str, str], int] = {}
        for events in self.voted.values():
            for e in events:
                counts[(e.station, e.gender)] = counts.get((e.station, e.gender), 0) + 1
        return counts


class ConflictingEvents(ValueError):
    """Two different events under one key: a copied file or a forged package, never merged."""

    def __init__(self, first: PollingEvent, second: PollingEvent) -> None:
        super().__init__(f"two different events share the key {first.key}")
        self.first = first
        self.second = second


def merge(*event_sets: Iterable[PollingEvent]) -> dict[EventKey, PollingEvent]:
    """The union of *event_sets*, keyed by ``(machine, sequence)``; equal repeats collapse.

    Commutative, associative and idempotent: the same events in any order, any number of times,
    give the same result. Raises :class:`ConflictingEvents` for one key with two contents.
    """
    union: dict[EventKey, PollingEvent] = {}
    for events in event_sets:
        for event in events:
            known = union.get(event.key)
            if known is None:
                union[event.key] = event
            elif known != event:
                raise ConflictingEvents(known, event)
    return union


def _order(event: PollingEvent) -> tuple[datetime, str, int]:
    return (event.at, event.machine, event.sequence)


def derive(events: Iterable[PollingEvent] | Mapping[EventKey, PollingEvent]) -> PollingState:
    """The state of a set of events (or of :func:`merge`'s result); see the module's undo semantics."""
    events = list(events.values() if isinstance(events, Mapping) else events)
    undone = frozenset(e.target for e in events if e.kind is EventKind.UNDO and e.target is not None)
    voted: dict[str, list[PollingEvent]] = {}
    undo_count: dict[str, int] = {}
    seen: set[EventKey] = set()
    for e in sorted(events, key=_order):
        if e.key in seen:
            continue
        seen.add(e.key)
        if e.kind is EventKind.UNDO:
            undo_count[e.station] = undo_count.get(e.station, 0) + 1
        elif e.key not in undone:
            voted.setdefault(e.civil_number, []).append(e)
    return PollingState(MappingProxyType({c: tuple(v) for c, v in voted.items()}), undone,
                        MappingProxyType(undo_count))


# ----------------------------------------------------------------------------------------------------
# Refusals at the desk


class RefusalReason(StrEnum):
    """Why a check-in is refused (values are the stable error codes the desk and the CLI show)."""

    NOT_ON_ROLL = ErrorCode.POLLING_NOT_ON_ROLL.value
    REMOVED = ErrorCode.POLLING_REMOVED.value
    NOT_ELIGIBLE = ErrorCode.POLLING_NOT_ELIGIBLE.value
    OTHER_CENTRE = ErrorCode.POLLING_OTHER_CENTRE.value
    ALREADY_VOTED = ErrorCode.POLLING_ALREADY_VOTED.value


@dataclass(frozen=True, slots=True)
class VoterFacts:
    """What the desk knows of the voter from the roll (centre by code and name)."""

    civil_number: str
    status: str
    birth_date: date | None
    centre_code: str
    centre_name: str


@dataclass(frozen=True, slots=True)
class PriorVote:
    """An effective check-in of the voter already in this machine's log: where and when."""

    station: str
    centre_name: str
    at: datetime


@dataclass(frozen=True, slots=True)
class Refusal:
    reason: RefusalReason
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def error(self) -> ElectadminError:
        return CheckInRefused(self)


class CheckInRefused(ElectadminError):
    """A refused check-in: the typed error carrying its :class:`Refusal`."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(ErrorCode(refusal.reason.value), **dict(refusal.params))
        self.refusal = refusal

    def __reduce__(self):
        return (CheckInRefused, (self.refusal,))


def refusal(civil_number: str, voter: VoterFacts | None, station_centre: str, polling_day: date,
            min_age: int, prior: PriorVote | None, *, when: str = "") -> Refusal | None:
    """Why *voter* may not check in at a station of the centre *station_centre*, or ``None``.

    Checked in this order, the first that applies being the one shown: not on the roll, removed,
    too young on polling day (the election's minimum age), registered at another centre, already
    voted (where and when; *when* is the time as the desk shows it, in the election's zone).
    """
    if voter is None:
        return Refusal(RefusalReason.NOT_ON_ROLL, {"civil_number": civil_number})
    if voter.status != "active":
        return Refusal(RefusalReason.REMOVED, {"civil_number": civil_number})
    if voter.birth_date is not None and not attains_age_by(voter.birth_date, polling_day, min_age):
        age = age_on(voter.birth_date, polling_day) if voter.birth_date <= polling_day else 0
        return Refusal(RefusalReason.NOT_ELIGIBLE, {"age": age, "minimum": min_age})
    if voter.centre_code != station_centre:
        return Refusal(RefusalReason.OTHER_CENTRE, {"centre": voter.centre_name, "code": voter.centre_code})
    if prior is not None:
        return Refusal(RefusalReason.ALREADY_VOTED,
                       {"station": prior.station, "centre": prior.centre_name, "when": when or prior.at.isoformat()})
    return None
