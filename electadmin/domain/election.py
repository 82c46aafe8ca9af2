"""The election definition: its kind, its phases, and the rules that laws change.

Everything a law or a ministerial decision can change between elections (ages, votes per voter,
windows) is a field of :class:`ElectionRules`, stored with the election, never a constant in code.
The Oman defaults (Shura Council 2023) are only the values a new election starts with.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term

DEFAULT_TIMEZONE = "Asia/Muscat"


class ElectionType(StrEnum):
    SHURA = "shura"
    MUNICIPAL = "municipal"
    OTHER = "other"

    @property
    def label(self) -> Term:
        return _TYPE_LABELS[self]


_TYPE_LABELS = {
    ElectionType.SHURA: QT_TRANSLATE_NOOP("Terms", "Shura Council"),
    ElectionType.MUNICIPAL: QT_TRANSLATE_NOOP("Terms", "Municipal council"),
    ElectionType.OTHER: QT_TRANSLATE_NOOP("Terms", "Other"),
}


class Phase(StrEnum):
    """Phases in the order an election lives them; it moves forward one step at a time.

    Going back one step is allowed (a phase opened by mistake) except out of ``certified``, which only
    the certification issue's reopening procedure may undo.
    """

    SETUP = "setup"
    ROLL = "roll"
    CANDIDACY = "candidacy"
    POLLING = "polling"
    COUNTING = "counting"
    CERTIFIED = "certified"

    @property
    def label(self) -> Term:
        return _PHASE_LABELS[self]

    @property
    def index(self) -> int:
        return list(Phase).index(self)


_PHASE_LABELS = {
    Phase.SETUP: QT_TRANSLATE_NOOP("Terms", "Set-up"),
    Phase.ROLL: QT_TRANSLATE_NOOP("Terms", "Electoral roll"),
    Phase.CANDIDACY: QT_TRANSLATE_NOOP("Terms", "Candidacy"),
    Phase.POLLING: QT_TRANSLATE_NOOP("Terms", "Polling"),
    Phase.COUNTING: QT_TRANSLATE_NOOP("Terms", "Counting"),
    Phase.CERTIFIED: QT_TRANSLATE_NOOP("Terms", "Certified"),
}


def check_phase_move(current: Phase, target: Phase) -> None:
    """Raise unless *target* is the next phase, or the previous one (not out of certified)."""
    step = target.index - current.index
    if step == 1 or (step == -1 and current is not Phase.CERTIFIED):
        return
    raise ElectadminError(ErrorCode.ELECTION_PHASE_ORDER, current=current.label, target=target.label)


class VotesPerVoterMode(StrEnum):
    """How many names a voter may mark: one, a fixed number, or as many as the constituency's seats."""

    ONE = "one"
    FIXED = "fixed"
    SEATS = "seats"

    @property
    def label(self) -> Term:
        return _VPV_LABELS[self]


_VPV_LABELS = {
    VotesPerVoterMode.ONE: QT_TRANSLATE_NOOP("Terms", "One vote"),
    VotesPerVoterMode.FIXED: QT_TRANSLATE_NOOP("Terms", "A fixed number of votes"),
    VotesPerVoterMode.SEATS: QT_TRANSLATE_NOOP("Terms", "As many votes as the constituency's seats"),
}


@dataclass(frozen=True, slots=True)
class Window:
    """A period of days, both ends included (dates in the election's time zone)."""

    start: date | None = None
    end: date | None = None

    def contains(self, day: date) -> bool:
        return self.start is not None and self.end is not None and self.start <= day <= self.end

    @property
    def is_set(self) -> bool:
        return self.start is not None and self.end is not None


FIELD = {
    "name_ar": QT_TRANSLATE_NOOP("Fields", "Name in Arabic"),
    "name_en": QT_TRANSLATE_NOOP("Fields", "Name in English"),
    "polling_date": QT_TRANSLATE_NOOP("Fields", "Polling date"),
    "timezone": QT_TRANSLATE_NOOP("Fields", "Time zone"),
    "min_voter_age": QT_TRANSLATE_NOOP("Fields", "Minimum voter age"),
    "min_candidate_age": QT_TRANSLATE_NOOP("Fields", "Minimum candidate age"),
    "votes_per_voter": QT_TRANSLATE_NOOP("Fields", "Votes per voter"),
    "transfer_window": QT_TRANSLATE_NOOP("Fields", "transfer-of-registration window"),
    "objection_window": QT_TRANSLATE_NOOP("Fields", "objection window"),
    "candidacy_window": QT_TRANSLATE_NOOP("Fields", "candidacy window"),
    "appeal_window": QT_TRANSLATE_NOOP("Fields", "appeal window"),
}


@dataclass(frozen=True, slots=True)
class ElectionRules:
    """The rules a law sets for one election (defaults: Oman, Shura Council 2023)."""

    min_voter_age: int = 21
    min_candidate_age: int = 30
    votes_per_voter_mode: VotesPerVoterMode = VotesPerVoterMode.ONE
    votes_per_voter: int = 1
    transfer_window: Window = Window()
    objection_window: Window = Window()
    candidacy_window: Window = Window()
    appeal_window: Window = Window()

    def votes_allowed(self, seats: int) -> int:
        """How many candidates a voter may mark in a constituency of *seats* seats."""
        if self.votes_per_voter_mode is VotesPerVoterMode.ONE:
            return 1
        if self.votes_per_voter_mode is VotesPerVoterMode.FIXED:
            return self.votes_per_voter
        return seats


@dataclass(frozen=True, slots=True)
class ElectionDefinition:
    """What an election is: names, type, polling day and time zone, rules and phase."""

    name_ar: str
    name_en: str = ""
    type: ElectionType = ElectionType.SHURA
    polling_date: date | None = None
    timezone: str = DEFAULT_TIMEZONE
    rules: ElectionRules = ElectionRules()
    phase: Phase = Phase.SETUP
    is_demo: bool = False

    def with_rules(self, **changes) -> ElectionDefinition:
        return replace(self, rules=replace(self.rules, **changes))


def validate_definition(definition: ElectionDefinition) -> None:
    """Raise the first problem of *definition* as an :class:`ElectadminError`."""
    if not definition.name_ar.strip():
        raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=FIELD["name_ar"])
    for key, value in (("name_ar", definition.name_ar), ("name_en", definition.name_en)):
        if len(value) > 200:
            raise ElectadminError(ErrorCode.VALUE_TOO_LONG, field=FIELD[key], maximum=200)
    try:
        ZoneInfo(definition.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ElectadminError(ErrorCode.ELECTION_BAD_TIMEZONE, value=definition.timezone) from None
    rules = definition.rules
    for key, value, low, high in (
        ("min_voter_age", rules.min_voter_age, 16, 99),
        ("min_candidate_age", rules.min_candidate_age, 16, 99),
        ("votes_per_voter", rules.votes_per_voter, 1, 99),
    ):
        if not low <= value <= high:
            raise ElectadminError(ErrorCode.VALUE_OUT_OF_RANGE, field=FIELD[key], minimum=low,
                                  maximum=high, value=value)
    for key in ("transfer_window", "objection_window", "candidacy_window", "appeal_window"):
        window: Window = getattr(rules, key)
        if (window.start is None) != (window.end is None) or (
                window.is_set and window.start > window.end):
            raise ElectadminError(ErrorCode.ELECTION_WINDOW_ORDER, window=FIELD[key],
                                  start=window.start or "—", end=window.end or "—")
