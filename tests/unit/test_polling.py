"""Polling-day rules: refusals, undo semantics, and that merging stations' logs is order-free."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from electadmin.domain.errors import ErrorCode
from electadmin.domain.polling import (
    CheckInRefused,
    ConflictingEvents,
    EventKind,
    PollingEvent,
    PriorVote,
    RefusalReason,
    VoterFacts,
    derive,
    merge,
    refusal,
)

T0 = datetime(2027, 10, 24, 4, 0, tzinfo=timezone.utc)
POLLING_DAY = date(2027, 10, 24)


def check_in(machine: str, sequence: int, civil: str, station: str = "S1", minutes: int = 0,
             gender: str = "M") -> PollingEvent:
    return PollingEvent(machine, sequence, EventKind.CHECK_IN, civil, station, "clerk",
                        T0 + timedelta(minutes=minutes), gender)


def undo(machine: str, sequence: int, target: PollingEvent, minutes: int = 1) -> PollingEvent:
    return PollingEvent(machine, sequence, EventKind.UNDO, target.civil_number, target.station, "supervisor",
                        T0 + timedelta(minutes=minutes), target.gender, "wrong voter", target.key)


def facts(**changes) -> VoterFacts:
    values = dict(civil_number="1", status="active", birth_date=date(1980, 1, 1), centre_code="C1",
                  centre_name="مدرسة السيب")
    values.update(changes)
    return VoterFacts(**values)


# ---------------------------------------------------------------- refusals


def test_a_voter_of_this_centre_who_has_not_voted_may_check_in():
    assert refusal("1", facts(), "C1", POLLING_DAY, 21, None) is None


@pytest.mark.parametrize(("voter", "centre", "prior", "reason"), [
    (None, "C1", None, RefusalReason.NOT_ON_ROLL),
    (facts(status="removed"), "C1", None, RefusalReason.REMOVED),
    (facts(birth_date=date(2006, 10, 25)), "C1", None, RefusalReason.NOT_ELIGIBLE),
    (facts(), "C2", None, RefusalReason.OTHER_CENTRE),
    (facts(), "C1", PriorVote("C1-2", "مدرسة السيب", T0), RefusalReason.ALREADY_VOTED),
])
def test_each_refusal_reason(voter, centre, prior, reason):
    found = refusal("1", voter, centre, POLLING_DAY, 21, prior, when="2027-10-24 08:00")
    assert found is not None and found.reason is reason
    error = CheckInRefused(found)
    assert error.code is ErrorCode(reason.value)


def test_the_age_is_counted_on_polling_day_with_the_elections_minimum():
    born = date(2006, 10, 24)  # 21 exactly on polling day
    assert refusal("1", facts(birth_date=born), "C1", POLLING_DAY, 21, None) is None
    too_young = refusal("1", facts(birth_date=born + timedelta(days=1)), "C1", POLLING_DAY, 21, None)
    assert too_young.params == {"age": 20, "minimum": 21}
    assert refusal("1", facts(birth_date=born), "C1", POLLING_DAY, 18, None) is None


def test_refusals_name_where_and_when_and_which_centre():
    voted = refusal("1", facts(), "C1", POLLING_DAY, 21, PriorVote("C1-2", "مدرسة السيب", T0),
                    when="2027-10-24 08:00")
    assert "C1-2" in str(voted.error()) and "08:00" in str(voted.error())
    elsewhere = refusal("1", facts(centre_code="C9", centre_name="مدرسة الخوض"), "C1", POLLING_DAY, 21, None)
    assert "مدرسة الخوض" in str(elsewhere.error()) and "C9" in str(elsewhere.error())


def test_removed_is_shown_before_other_reasons():
    voter = facts(status="removed", centre_code="C9", birth_date=date(2015, 1, 1))
    assert refusal("1", voter, "C1", POLLING_DAY, 21, None).reason is RefusalReason.REMOVED


# ---------------------------------------------------------------- undo and anomalies


def test_an_undone_check_in_does_not_count_and_the_voter_can_check_in_again():
    first = check_in("m1", 1, "7")
    cancel = undo("m1", 2, first)
    again = check_in("m1", 3, "7", minutes=5)
    state = derive([first, cancel])
    assert not state.has_voted("7") and state.undo_count == {"S1": 1}
    state = derive([first, cancel, again])
    assert state.voted["7"] == (again,) and state.anomalies == ()


def test_an_undo_that_arrives_before_its_check_in_still_cancels_it():
    first = check_in("m1", 1, "7")
    assert derive([undo("m1", 2, first)]).voted == {}
    assert derive([undo("m1", 2, first), first]).voted == {}


def test_two_undos_of_one_check_in_cancel_it_once_and_cannot_cancel_another():
    first = check_in("m1", 1, "7")
    second = check_in("m2", 1, "7", station="S2", minutes=3)
    state = derive([first, second, undo("m1", 2, first), undo("m3", 1, first)])
    assert state.voted["7"] == (second,)


def test_a_voter_checked_in_at_two_stations_keeps_both_events_and_is_an_anomaly():
    here = check_in("m1", 1, "7", station="S1", minutes=2)
    there = check_in("m2", 1, "7", station="S2", minutes=1)
    state = derive(merge([here], [there]))
    (anomaly,) = state.anomalies
    assert anomaly.civil_number == "7" and anomaly.check_ins == (there, here)
    assert state.turnout() == {("S1", "M"): 1, ("S2", "M"): 1}
    resolved = derive(merge([here, undo("m1", 2, here)], [there]))
    assert resolved.anomalies == () and resolved.voted["7"] == (there,)


def test_one_key_with_two_contents_is_refused():
    with pytest.raises(ConflictingEvents):
        merge([check_in("m1", 1, "7")], [check_in("m1", 1, "8")])


def test_events_need_aware_times_and_only_undos_have_targets():
    with pytest.raises(ValueError):
        PollingEvent("m", 1, EventKind.CHECK_IN, "1", "S", "c", datetime(2027, 1, 1), "M")
    with pytest.raises(ValueError):
        PollingEvent("m", 1, EventKind.UNDO, "1", "S", "c", T0, "M")


# ---------------------------------------------------------------- merge properties


@st.composite
def station_logs(draw):
    """Logs of up to four machines over a small roll: check-ins (with repeats across machines,
    so that anomalies happen) and undos of any check-in seen so far, possibly another machine's."""
    machines = [f"m{i}" for i in range(draw(st.integers(1, 4)))]
    logs: dict[str, list[PollingEvent]] = {m: [] for m in machines}
    seen: list[PollingEvent] = []
    for step in range(draw(st.integers(0, 30))):
        machine = draw(st.sampled_from(machines))
        sequence = len(logs[machine]) + 1
        if seen and draw(st.booleans()) and draw(st.booleans()):
            event = undo(machine, sequence, draw(st.sampled_from(seen)), minutes=step)
        else:
            event = check_in(machine, sequence, draw(st.sampled_from("123456")), station=f"S-{machine}",
                             minutes=step, gender=draw(st.sampled_from("MF")))
            seen.append(event)
        logs[machine].append(event)
    return logs


def _packages(draw, logs):
    """Packages as stations export them: a prefix of a machine's log (an earlier export) or all of it."""
    packages = []
    for events in logs.values():
        packages.append(events)
        if events:
            packages.append(events[:draw(st.integers(0, len(events)))])
    return packages


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_merging_packages_in_any_order_with_repeats_gives_the_same_state_and_anomalies(data):
    logs = data.draw(station_logs())
    packages = _packages(data.draw, logs)
    everything = [e for events in logs.values() for e in events]
    reference = derive(merge(everything))
    shuffled = data.draw(st.permutations(packages))
    repeated = shuffled + data.draw(st.lists(st.sampled_from(packages), max_size=4)) if packages else []
    union = merge(*repeated)
    assert union == merge(everything)
    state = derive(union.values())
    assert state == reference
    assert state.anomalies == reference.anomalies
    # merging step by step (a committee merging packages one at a time) gives the same
    stepwise: dict = {}
    for package in reversed(repeated):
        stepwise = merge(stepwise.values(), package)
    assert derive(stepwise.values()) == reference


def test_an_events_time_is_rendered_as_the_canonical_encoding_renders_it():
    from datetime import datetime, timedelta, timezone

    from electadmin.integrity.canonical import canonical_bytes
    from electadmin.interchange.polling_package import _AT

    for at in (datetime(2027, 10, 24, 3, 0, tzinfo=timezone.utc),
               datetime(2027, 10, 24, 9, 5, 7, 123456, tzinfo=timezone(timedelta(hours=4)))):
        assert _AT(at) == canonical_bytes(at).decode("ascii")[1:-1]
