"""Block-vote plurality: every shape of tie, draws that settle them, vacancies, votes per voter."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electadmin.domain.draw import physical_draw, seed_draw
from electadmin.domain.election import ElectionRules, VotesPerVoterMode
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.seats import (
    OutcomeState,
    Standing,
    Successor,
    Tie,
    VotesPerVoter,
    allocate_seats,
    apply_draw,
    next_in_line,
    votes_allowed,
)

AT = datetime(2023, 10, 30, 1, 0, tzinfo=UTC)


def standings(outcome):
    return {line.key: line.standing for line in outcome.ranking}


# --- no tie ---------------------------------------------------------------------------------------

def test_top_n_win():
    outcome = allocate_seats(2, {"A": 500, "B": 300, "C": 800, "D": 100})
    assert outcome.state is OutcomeState.DECIDED and not outcome.needs_draw
    assert outcome.elected == ("C", "A")
    assert [line.key for line in outcome.ranking] == ["C", "A", "B", "D"]
    assert [line.rank for line in outcome.ranking] == [1, 2, 3, 4]
    assert standings(outcome) == {"C": Standing.ELECTED, "A": Standing.ELECTED,
                                  "B": Standing.NOT_ELECTED, "D": Standing.NOT_ELECTED}
    assert outcome.tie is None and outcome.vacant == 0


def test_one_seat():
    outcome = allocate_seats(1, {"A": 10, "B": 11})
    assert outcome.elected == ("B",)


def test_tie_inside_the_winners_does_not_matter():
    outcome = allocate_seats(2, {"A": 400, "B": 400, "C": 100})
    assert outcome.state is OutcomeState.DECIDED
    assert set(outcome.elected) == {"A", "B"}
    assert [line.rank for line in outcome.ranking] == [1, 1, 3]


def test_tie_below_the_winners_does_not_matter():
    outcome = allocate_seats(1, {"A": 400, "B": 100, "C": 100, "D": 100})
    assert outcome.state is OutcomeState.DECIDED
    assert outcome.elected == ("A",)
    assert [line.rank for line in outcome.ranking] == [1, 2, 2, 2]


# --- ties for the last seat -----------------------------------------------------------------------

def test_two_way_tie_for_the_last_seat():
    outcome = allocate_seats(2, {"A": 500, "B": 300, "C": 300, "D": 10})
    assert outcome.state is OutcomeState.NEEDS_DRAW
    assert outcome.tie == Tie(("B", "C"), 300, 1)
    assert outcome.elected == ("A",)
    assert standings(outcome) == {"A": Standing.ELECTED, "B": Standing.TIED, "C": Standing.TIED,
                                  "D": Standing.NOT_ELECTED}


def test_three_way_tie_for_the_last_seat():
    outcome = allocate_seats(2, {"A": 500, "B": 300, "C": 300, "D": 300})
    assert outcome.tie == Tie(("B", "C", "D"), 300, 1)
    assert outcome.elected == ("A",)


def test_three_way_tie_for_the_last_two_seats():
    outcome = allocate_seats(3, {"A": 500, "B": 300, "C": 300, "D": 300, "E": 1})
    assert outcome.tie == Tie(("B", "C", "D"), 300, 2)


def test_tie_for_the_only_seat():
    outcome = allocate_seats(1, {"A": 7, "B": 7})
    assert outcome.tie == Tie(("A", "B"), 7, 1)
    assert outcome.elected == ()


def test_all_zero_is_a_tie_for_every_seat_among_everyone():
    outcome = allocate_seats(2, {"A": 0, "B": 0, "C": 0})
    assert outcome.tie == Tie(("A", "B", "C"), 0, 2)
    assert outcome.elected == ()
    assert all(line.standing is Standing.TIED for line in outcome.ranking)


# --- fewer candidates than seats ------------------------------------------------------------------

def test_fewer_candidates_than_seats_all_elected_and_vacancies_reported():
    outcome = allocate_seats(3, {"A": 0, "B": 12})
    assert outcome.state is OutcomeState.DECIDED
    assert outcome.elected == ("B", "A")
    assert outcome.vacant == 1


def test_as_many_candidates_as_seats_all_elected_even_if_tied():
    outcome = allocate_seats(2, {"A": 0, "B": 0})
    assert outcome.state is OutcomeState.DECIDED
    assert set(outcome.elected) == {"A", "B"} and outcome.vacant == 0


def test_no_candidates():
    outcome = allocate_seats(2, {})
    assert outcome.elected == () and outcome.vacant == 2


@pytest.mark.parametrize(("seats", "votes"), [(0, {"A": 1}), (1, {"A": -1})])
def test_bad_input_is_a_programming_error(seats, votes):
    with pytest.raises(ValueError):
        allocate_seats(seats, votes)


# --- draws ----------------------------------------------------------------------------------------

def test_a_recorded_draw_settles_the_tie():
    outcome = allocate_seats(2, {"A": 500, "B": 300, "C": 300, "D": 300, "E": 5})
    draw = physical_draw(outcome.tie.candidates, ["D", "B", "C"], drawn_by="الوالي",
                         witnesses=["شاهد"], drawn_at=AT)
    final = apply_draw(outcome, draw)
    assert final.state is OutcomeState.DECIDED
    assert final.elected == ("A", "D")
    assert [line.key for line in final.ranking] == ["A", "D", "B", "C", "E"]
    assert [line.position for line in final.ranking] == [1, 2, 3, 4, 5]
    assert [line.by_draw for line in final.ranking] == [False, True, True, True, False]
    assert standings(final)["B"] is Standing.NOT_ELECTED
    assert final.drawn == outcome.tie and final.draw_order == ("D", "B", "C")


def test_a_seed_draw_settles_the_tie_reproducibly():
    outcome = allocate_seats(1, {"07": 9, "12": 9, "15": 9})
    draw = seed_draw(outcome.tie.candidates, "2023-10-29 A", drawn_by="الوالي", witnesses=["شاهد"],
                     drawn_at=AT)
    assert apply_draw(outcome, draw).elected == ("15",)


def test_a_plain_order_settles_a_tie_for_two_seats():
    outcome = allocate_seats(2, {"A": 0, "B": 0, "C": 0})
    final = apply_draw(outcome, ["C", "A", "B"])
    assert final.elected == ("C", "A")


def test_a_draw_for_another_group_is_refused():
    outcome = allocate_seats(1, {"A": 9, "B": 9, "C": 9})
    stale = physical_draw(["A", "B"], ["B", "A"], drawn_by="الوالي", witnesses=["شاهد"], drawn_at=AT)
    with pytest.raises(ElectadminError) as raised:
        apply_draw(outcome, stale)
    assert raised.value.code is ErrorCode.DRAW_WRONG_GROUP


def test_an_order_that_is_not_the_group_is_refused():
    outcome = allocate_seats(1, {"A": 9, "B": 9, "C": 1})
    with pytest.raises(ElectadminError) as raised:
        apply_draw(outcome, ["A", "C"])
    assert raised.value.code is ErrorCode.DRAW_NOT_PERMUTATION


def test_no_draw_without_a_tie():
    with pytest.raises(ValueError):
        apply_draw(allocate_seats(1, {"A": 2, "B": 1}), ["A", "B"])


# --- vacancies ------------------------------------------------------------------------------------

def test_vacancy_goes_to_the_next_highest():
    outcome = allocate_seats(2, {"A": 500, "B": 300, "C": 200, "D": 100})
    assert next_in_line(outcome) == Successor("C")
    assert next_in_line(outcome, unavailable={"C"}) == Successor("D")
    assert next_in_line(outcome, unavailable={"C", "D"}) == Successor(None)


def test_vacancy_among_equal_runners_up_needs_a_draw():
    outcome = allocate_seats(1, {"A": 500, "B": 300, "C": 300, "D": 1})
    assert outcome.state is OutcomeState.DECIDED
    assert next_in_line(outcome) == Successor(None, Tie(("B", "C"), 300, 1))


def test_vacancy_after_a_draw_follows_the_drawn_order():
    outcome = allocate_seats(1, {"A": 9, "B": 9, "C": 9, "D": 1})
    final = apply_draw(outcome, ["C", "A", "B"])
    assert final.elected == ("C",)
    assert next_in_line(final) == Successor("A")
    assert next_in_line(final, unavailable={"A"}) == Successor("B")
    assert next_in_line(final, unavailable={"A", "B"}) == Successor("D")


def test_vacancy_needs_a_settled_outcome():
    with pytest.raises(ValueError):
        next_in_line(allocate_seats(1, {"A": 1, "B": 1}))


# --- votes per voter ------------------------------------------------------------------------------

@pytest.mark.parametrize(("rule", "seats", "allowed"), [
    (VotesPerVoter(VotesPerVoterMode.ONE), 3, 1),
    (VotesPerVoter(VotesPerVoterMode.FIXED, 2), 3, 2),
    (VotesPerVoter(VotesPerVoterMode.SEATS), 1, 1),
    (VotesPerVoter(VotesPerVoterMode.SEATS), 6, 6),
])
def test_votes_allowed(rule, seats, allowed):
    assert votes_allowed(rule, seats) == allowed


@given(st.sampled_from(list(VotesPerVoterMode)), st.integers(1, 9), st.integers(1, 9))
def test_votes_allowed_agrees_with_the_election_rules(kind, value, seats):
    rules = ElectionRules(votes_per_voter_mode=kind, votes_per_voter=value)
    assert votes_allowed(VotesPerVoter(kind, value), seats) == rules.votes_allowed(seats)


def test_votes_per_voter_rejects_nonsense():
    with pytest.raises(ValueError):
        VotesPerVoter(VotesPerVoterMode.FIXED, 0)
    with pytest.raises(ValueError):
        votes_allowed(VotesPerVoter(), 0)


# --- properties -----------------------------------------------------------------------------------

keys = st.text(alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", min_size=1, max_size=4)
tallies = st.dictionaries(keys, st.integers(min_value=0, max_value=30), max_size=12)


@given(st.integers(1, 6), tallies, st.randoms(use_true_random=False))
def test_outcome_does_not_depend_on_input_order(seats, votes, rnd):
    items = list(votes.items())
    rnd.shuffle(items)
    assert allocate_seats(seats, dict(items)) == allocate_seats(seats, votes)


@given(st.integers(1, 6), tallies)
def test_without_a_crossing_tie_winners_are_the_n_largest(seats, votes):
    outcome = allocate_seats(seats, votes)
    if outcome.needs_draw:
        return
    winners = set(outcome.elected)
    assert len(winners) == min(seats, len(votes))
    losers = set(votes) - winners
    assert all(votes[w] > votes[loser] for w in winners for loser in losers)


@given(st.integers(1, 6), tallies)
def test_a_crossing_tie_straddles_the_last_seat(seats, votes):
    outcome = allocate_seats(seats, votes)
    tie = outcome.tie
    if tie is None:
        return
    assert len(votes) > seats
    assert all(votes[k] == tie.votes for k in tie.candidates)
    assert set(tie.candidates) == {k for k, v in votes.items() if v == tie.votes}
    assert 1 <= tie.seats < len(tie.candidates)
    assert len(outcome.elected) + tie.seats == seats
    assert all(votes[k] > tie.votes for k in outcome.elected)


@given(st.integers(1, 6), tallies, st.randoms(use_true_random=False))
def test_any_draw_gives_exactly_n_winners_from_the_top(seats, votes, rnd):
    outcome = allocate_seats(seats, votes)
    if outcome.tie is None:
        return
    order = list(outcome.tie.candidates)
    rnd.shuffle(order)
    final = apply_draw(outcome, order)
    assert len(final.elected) == seats
    assert set(final.elected) == set(outcome.elected) | set(order[:outcome.tie.seats])
    assert sorted(line.position for line in final.ranking) == list(range(1, len(votes) + 1))
    assert [line.votes for line in final.ranking] == sorted(votes.values(), reverse=True)
