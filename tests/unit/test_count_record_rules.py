"""The pure parts of the count record service: live reconciliation, field-by-field comparison, settling a tie."""

from __future__ import annotations

from datetime import UTC, datetime

from electadmin.domain.draw import DrawMethod, seed_order
from electadmin.domain.reconciliation import ReconciliationCode
from electadmin.domain.seats import Standing
from electadmin.services.count_record import CountRecordInput, FailedChecks, check_record, compare_inputs
from electadmin.services.tally import DrawDTO, Turnout, settle

MOMENT = datetime(2027, 10, 25, 9, tzinfo=UTC)


def test_check_record_names_each_failed_check():
    data = CountRecordInput(ballots_found=10, valid=7, invalid=1, blank=1, votes={1: 4, 2: 4})
    codes = {f.code for f in check_record(data, votes_allowed=1)}
    assert codes == {ReconciliationCode.BALLOTS_FOUND_SUM, ReconciliationCode.VOTES_ABOVE_ALLOWED}
    assert check_record(CountRecordInput(ballots_found=9, valid=7, invalid=1, blank=1, votes={1: 4, 2: 4}),
                        votes_allowed=2) == ()


def test_failed_checks_read_in_the_readers_language():
    failed = check_record(CountRecordInput(ballots_found=10, valid=7, invalid=1, blank=1), votes_allowed=1)
    text = FailedChecks(failed)
    assert "10" in text and "9" in text
    assert FailedChecks(failed).translated(lambda context, source: "«" + source + "»").startswith("«")


def test_compare_inputs_lists_every_differing_field():
    first = CountRecordInput(valid=10, invalid=1, votes={1: 6, 2: 4}, opened_at="07:00")
    second = CountRecordInput(valid=10, invalid=2, votes={1: 4, 2: 6}, opened_at="07:30")
    keys = [m.key for m in compare_inputs(first, second)]
    assert keys == ["invalid", "opened_at", "votes:1", "votes:2"]
    assert compare_inputs(first, first) == ()
    words = CountRecordInput(valid=10, invalid=1, votes={1: 6, 2: 4}, opened_at="07:00", explanation="x",
                             members=("a",))
    assert compare_inputs(first, words) == ()


def draw_for(tied, seed="s", votes=5, seats=1):
    return DrawDTO(DrawMethod.SEED, tuple(sorted(tied)), seed_order(seed, tied), votes, seats, "chair", ("w",),
                   MOMENT, seed, "clerk", MOMENT)


def test_settle_applies_only_a_draw_for_the_current_tie():
    votes = {"A": 5, "B": 5, "C": 2}
    outcome, used = settle(1, votes, [])
    assert outcome.tie is not None and used is None
    stale = draw_for(("A", "C"))
    assert settle(1, votes, [stale])[1] is None
    right = draw_for(("A", "B"))
    outcome, used = settle(1, votes, [stale, right])
    assert used is right and outcome.elected == (right.order[0],)
    assert {r.key for r in outcome.ranking if r.standing is Standing.ELECTED} == {right.order[0]}
    changed = {"A": 6, "B": 5, "C": 2}
    outcome, used = settle(1, changed, [right])
    assert used is None and outcome.elected == ("A",)


def test_settle_a_three_way_tie_for_two_seats_and_all_zero():
    votes = {"A": 9, "B": 4, "C": 4, "D": 4}
    outcome, _ = settle(2, votes, [])
    assert outcome.elected == ("A",) and outcome.tie.candidates == ("B", "C", "D") and outcome.tie.seats == 1
    zero, _ = settle(2, {"A": 0, "B": 0, "C": 0}, [])
    assert zero.elected == () and zero.tie.seats == 2
    settled, _ = settle(2, {"A": 0, "B": 0, "C": 0}, [draw_for(("A", "B", "C"), votes=0, seats=2)])
    assert len(settled.elected) == 2


def test_turnout_adds_and_rates():
    a = Turnout(100, 100, 200, 50, 60, 110)
    b = Turnout(None, None, 100, None, None, 40)
    total = a + b
    assert total.registered == 300 and total.voted == 150 and total.registered_men == 100
    assert round(total.rate, 3) == 0.5 and a.women_rate == 0.6 and Turnout().rate is None
