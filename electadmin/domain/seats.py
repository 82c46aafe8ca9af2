"""Who wins a constituency's seats: block-vote plurality, ties for the last seat, and vacancies.

A constituency of N seats elects its N candidates with the most votes. Candidates are named by their
stable key (the candidate number), the same key a :class:`~electadmin.domain.draw.Draw` orders.

Only a tie that crosses the last seat matters: if the candidates with the N-th highest total include
some inside the top N and some outside, the outcome is ``needs_draw`` and :func:`apply_draw` settles
it with the order a recorded draw gave. Equal totals all inside the winners, or all outside them,
change nothing. When no candidate got a vote, everyone is tied for every seat.

Every function is pure and its answer does not depend on the order of its input: equal totals are
listed by candidate key until a draw orders them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from electadmin.domain.draw import Draw, check_permutation
from electadmin.domain.election import VotesPerVoterMode
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term

CandidateKey = str


# ----------------------------------------------------------------------------------------------------
# Votes per voter


@dataclass(frozen=True, slots=True)
class VotesPerVoter:
    """How many names a voter may mark: one, a fixed *value*, or as many as the seats."""

    kind: VotesPerVoterMode = VotesPerVoterMode.ONE
    value: int = 1

    def __post_init__(self) -> None:
        if self.kind is VotesPerVoterMode.FIXED and self.value < 1:
            raise ValueError("a fixed number of votes per voter is at least 1")


def votes_allowed(rule: VotesPerVoter, seats: int) -> int:
    """The most candidates one voter may mark in a constituency of *seats* seats."""
    if seats < 1:
        raise ValueError("a constituency has at least one seat")
    if rule.kind is VotesPerVoterMode.ONE:
        return 1
    if rule.kind is VotesPerVoterMode.FIXED:
        return rule.value
    return seats


# ----------------------------------------------------------------------------------------------------
# Outcome


class Standing(StrEnum):
    ELECTED = "elected"
    TIED = "tied"
    NOT_ELECTED = "not_elected"

    @property
    def label(self) -> Term:
        return _STANDING_LABELS[self]


_STANDING_LABELS = {
    Standing.ELECTED: QT_TRANSLATE_NOOP("Terms", "Elected"),
    Standing.TIED: QT_TRANSLATE_NOOP("Terms", "Tied: awaiting a draw"),
    Standing.NOT_ELECTED: QT_TRANSLATE_NOOP("Terms", "Not elected"),
}


class OutcomeState(StrEnum):
    DECIDED = "decided"
    NEEDS_DRAW = "needs_draw"


@dataclass(frozen=True, slots=True)
class RankedCandidate:
    """One line of the result: *rank* is shared by equal totals (1, 2, 2, 4); *position* is not."""

    key: CandidateKey
    votes: int
    rank: int
    position: int
    standing: Standing
    by_draw: bool = False


@dataclass(frozen=True, slots=True)
class Tie:
    """Candidates with equal *votes* (sorted by key) competing for *seats* seats among them."""

    candidates: tuple[CandidateKey, ...]
    votes: int
    seats: int


@dataclass(frozen=True, slots=True)
class SeatOutcome:
    """The result of a constituency.

    ``elected`` lists the winners known so far, best first: all of them when the outcome is
    decided; when it needs a draw, those above the tie, and ``tie`` says how many of its candidates
    still get a seat. ``drawn`` is the tie a draw settled, ``draw_order`` the order it gave.
    ``vacant`` counts seats left empty for want of candidates.
    """

    seats: int
    ranking: tuple[RankedCandidate, ...]
    elected: tuple[CandidateKey, ...]
    tie: Tie | None = None
    vacant: int = 0
    drawn: Tie | None = None
    draw_order: tuple[CandidateKey, ...] = ()

    @property
    def state(self) -> OutcomeState:
        return OutcomeState.NEEDS_DRAW if self.tie is not None else OutcomeState.DECIDED

    @property
    def needs_draw(self) -> bool:
        return self.tie is not None

    def standing_of(self, key: CandidateKey) -> RankedCandidate:
        for line in self.ranking:
            if line.key == key:
                return line
        raise KeyError(key)


def allocate_seats(seats: int, votes: Mapping[CandidateKey, int]) -> SeatOutcome:
    """Rank the candidates of a constituency of *seats* seats and elect the top ones.

    *votes* maps every candidate on the ballot (with 0 for none) to their total; totals are
    non-negative (reconcile the count records first).
    """
    if seats < 1:
        raise ValueError("a constituency has at least one seat")
    if any(v < 0 for v in votes.values()):
        raise ValueError("a vote total is never negative")
    order = sorted(votes, key=lambda k: (-votes[k], k))
    ranks = _competition_ranks(order, votes)

    if len(order) <= seats:
        ranking = tuple(RankedCandidate(k, votes[k], ranks[k], i, Standing.ELECTED)
                        for i, k in enumerate(order, 1))
        return SeatOutcome(seats, ranking, tuple(order), vacant=seats - len(order))

    cut = votes[order[seats - 1]]
    above = [k for k in order if votes[k] > cut]
    at_cut = [k for k in order if votes[k] == cut]
    if votes[order[seats]] != cut:
        elected = set(order[:seats])
        ranking = tuple(RankedCandidate(k, votes[k], ranks[k], i,
                                        Standing.ELECTED if k in elected else Standing.NOT_ELECTED)
                        for i, k in enumerate(order, 1))
        return SeatOutcome(seats, ranking, tuple(order[:seats]))

    tie = Tie(tuple(at_cut), cut, seats - len(above))
    tied = set(at_cut)
    winners = set(above)
    ranking = tuple(RankedCandidate(k, votes[k], ranks[k], i,
                                    Standing.ELECTED if k in winners
                                    else Standing.TIED if k in tied else Standing.NOT_ELECTED)
                    for i, k in enumerate(order, 1))
    return SeatOutcome(seats, ranking, tuple(above), tie=tie)


def apply_draw(outcome: SeatOutcome, draw: Draw | Sequence[CandidateKey]) -> SeatOutcome:
    """Settle *outcome*'s tie with the order a draw gave: the first ``tie.seats`` of it are elected.

    A :class:`Draw` made for another group (the counts changed after it) raises ``draw.wrong_group``;
    an order that is not exactly the tied group raises ``draw.not_permutation``.
    """
    tie = outcome.tie
    if tie is None:
        raise ValueError("this outcome has no tie to draw for")
    if isinstance(draw, Draw):
        if tuple(sorted(draw.tied)) != tie.candidates:
            raise ElectadminError(ErrorCode.DRAW_WRONG_GROUP, drawn="، ".join(sorted(draw.tied)),
                                  tied="، ".join(tie.candidates))
        order = draw.order
    else:
        order = tuple(draw)
    order = check_permutation(order, tie.candidates)
    chosen = set(order[:tie.seats])
    by_key = {line.key: line for line in outcome.ranking}
    drawn = [replace(by_key[k], by_draw=True,
                     standing=Standing.ELECTED if k in chosen else Standing.NOT_ELECTED) for k in order]
    before = [line for line in outcome.ranking if line.votes > tie.votes]
    after = [line for line in outcome.ranking if line.votes < tie.votes]
    ranking = tuple(replace(line, position=i) for i, line in enumerate([*before, *drawn, *after], 1))
    elected = tuple(line.key for line in ranking if line.standing is Standing.ELECTED)
    return SeatOutcome(outcome.seats, ranking, elected, None, outcome.vacant, drawn=tie, draw_order=order)


# ----------------------------------------------------------------------------------------------------
# Vacancy


@dataclass(frozen=True, slots=True)
class Successor:
    """Who takes a vacated seat: *key*, or a *tie* (one seat) that needs a draw, or neither (nobody left)."""

    key: CandidateKey | None
    tie: Tie | None = None


def next_in_line(outcome: SeatOutcome, unavailable: Collection[CandidateKey] = ()) -> Successor:
    """The next-highest candidate not elected and not *unavailable*.

    *unavailable* holds those who cannot take the seat: withdrawn, deceased, declined, or already
    seated by an earlier vacancy.

    Among equal totals, the order of a draw already held for that total decides; otherwise the equal
    candidates form a tie for the one seat.
    """
    if outcome.needs_draw:
        raise ValueError("settle the tie for the last seat before filling a vacancy")
    remaining = [line for line in outcome.ranking
                 if line.standing is not Standing.ELECTED and line.key not in unavailable]
    if not remaining:
        return Successor(None)
    top = remaining[0].votes
    group = [line for line in remaining if line.votes == top]
    if len(group) == 1 or all(line.by_draw for line in group):
        return Successor(group[0].key)
    return Successor(None, Tie(tuple(sorted(line.key for line in group)), top, 1))


def _competition_ranks(order: Sequence[CandidateKey], votes: Mapping[CandidateKey, int]) -> dict[str, int]:
    ranks: dict[str, int] = {}
    for i, key in enumerate(order):
        previous = order[i - 1] if i else None
        ranks[key] = ranks[previous] if previous is not None and votes[previous] == votes[key] else i + 1
    return ranks
