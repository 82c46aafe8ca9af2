"""The roll's life-cycle rules: windows, references, statuses, and which pairs are probable duplicates."""

from __future__ import annotations

from datetime import date

import pytest

from electadmin.domain.arabic import search_key
from electadmin.domain.election import FIELD, Window
from electadmin.domain.errors import ElectadminError, ErrorCode, describe
from electadmin.domain.roll_life import (
    REFERENCE_MAX,
    DuplicateReason,
    Entry,
    VoterStatus,
    check_in_window,
    check_reference,
    check_removal,
    check_restore,
    check_text,
    leads,
    leads_in_group,
)

WINDOW = Window(date(2027, 3, 1), date(2027, 3, 31))
NAME = FIELD["transfer_window"]


@pytest.mark.parametrize("day", [date(2027, 3, 1), date(2027, 3, 15), date(2027, 3, 31)])
def test_a_day_inside_the_window_or_on_either_end_is_accepted(day):
    check_in_window(day, WINDOW, NAME)


@pytest.mark.parametrize("day", [date(2027, 2, 28), date(2027, 4, 1)])
def test_a_day_outside_the_window_is_refused_with_the_dates(day):
    with pytest.raises(ElectadminError) as caught:
        check_in_window(day, WINDOW, NAME)
    assert caught.value.code is ErrorCode.ROLL_OUTSIDE_WINDOW
    text = describe(caught.value)
    assert "2027-03-01" in text and "2027-03-31" in text and day.isoformat() in text
    assert "transfer-of-registration window" in text


def test_a_window_not_set_refuses_and_says_so():
    with pytest.raises(ElectadminError) as caught:
        check_in_window(date(2027, 3, 1), Window(), NAME)
    assert caught.value.code is ErrorCode.ROLL_NO_WINDOW


def test_a_reference_is_required_cleaned_and_bounded():
    assert check_reference("  قرار   ١٢/٢٠٢٧ ") == "قرار ١٢/٢٠٢٧"
    for bad in ("", "   ", "\u200f"):
        with pytest.raises(ElectadminError) as caught:
            check_reference(bad)
        assert caught.value.code is ErrorCode.VALUE_REQUIRED
    with pytest.raises(ElectadminError) as caught:
        check_reference("x" * (REFERENCE_MAX + 1))
    assert caught.value.code is ErrorCode.VALUE_TOO_LONG


def test_free_text_is_optional_unless_required():
    assert check_text("", "note") == ""
    with pytest.raises(ElectadminError):
        check_text(" ", "grounds", required=True)


def test_only_an_active_entry_is_removed_and_only_a_removed_one_restored():
    check_removal(VoterStatus.ACTIVE)
    check_restore(VoterStatus.REMOVED)
    for check, status in ((check_removal, VoterStatus.REMOVED), (check_restore, VoterStatus.ACTIVE)):
        with pytest.raises(ElectadminError) as caught:
            check(status)
        assert caught.value.code is ErrorCode.ROLL_WRONG_STATUS


def _entry(number: int, name: str, gender: str = "M") -> Entry:
    return Entry(number, search_key(name), gender)


def test_spelling_variants_of_one_name_are_the_same_name():
    group = [_entry(2, "أحمد بن عبدالله الكمزاري"), _entry(1, "احمد بن عبداللّه الكمـزاري")]
    found = list(leads_in_group(group))
    assert [(lead.first, lead.second, lead.reason, lead.score) for lead in found] == [
        (1, 2, DuplicateReason.SAME_NAME, 1.0)]


def test_the_same_name_with_another_gender_is_still_a_lead():
    found = list(leads_in_group([_entry(1, "مريم بنت سالم البلوشي", "F"), _entry(2, "مريم بنت سالم البلوشي", "M")]))
    assert [lead.reason for lead in found] == [DuplicateReason.SAME_NAME]


def test_a_slip_of_one_letter_is_a_similar_name_of_the_same_gender_only():
    similar = [_entry(1, "محمد بن سالم بن علي الحارثي"), _entry(2, "محمد بن سالم بن على الحارتي")]
    found = list(leads_in_group(similar))
    assert len(found) == 1 and found[0].reason is DuplicateReason.SIMILAR_NAME and 0.9 <= found[0].score < 1
    other_gender = [similar[0], Entry(2, similar[1].name_key, "F")]
    assert list(leads_in_group(other_gender)) == []


def test_different_family_or_given_names_are_not_leads():
    group = [_entry(1, "محمد بن سالم بن علي الحارثي"), _entry(2, "محمد بن سالم بن علي البلوشي"),
             _entry(3, "خالد بن سالم بن علي الحارثي")]
    assert list(leads_in_group(group)) == []


def test_each_pair_is_reported_once_over_several_groups():
    groups = [[_entry(1, "علي بن ناصر"), _entry(2, "علي بن ناصر"), _entry(3, "علي بن ناصر")], [_entry(4, "سعيد")]]
    pairs = [(lead.first, lead.second) for lead in leads(groups)]
    assert sorted(pairs) == [(1, 2), (1, 3), (2, 3)]
