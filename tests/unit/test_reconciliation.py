"""Ballot reconciliation of a count record: each failed check is named, with its figures."""

from dataclasses import fields, replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electadmin.domain.reconciliation import (
    FIGURE_LABELS,
    FIGURES,
    ReconciliationCode,
    CountFigures,
    FailedCheck,
    reconcile,
)
from electadmin.domain.text import Term

GOOD = CountFigures(
    registered_men=600, registered_women=520, registered_total=1120,
    voted_men=410, voted_women=380, voted_total=790,
    ballots_received=1200, ballots_used=790, ballots_spoiled=6, ballots_unused=404, ballots_found=788,
    valid=770, invalid=12, blank=6,
    candidate_votes={"07": 400, "12": 250, "15": 120},
    votes_allowed=1,
)


def codes(figures):
    return [check.code for check in reconcile(figures)]


def only(figures) -> FailedCheck:
    failed = reconcile(figures)
    assert len(failed) == 1, failed
    return failed[0]


def test_a_consistent_record_reconciles():
    assert reconcile(GOOD) == ()


def test_an_empty_record_has_nothing_to_fail():
    assert reconcile(CountFigures()) == ()


def test_ballots_found_must_be_valid_plus_invalid_plus_blank():
    check = only(replace(GOOD, blank=9))
    assert (check.code, check.left, check.right) == (ReconciliationCode.BALLOTS_FOUND_SUM, 788, 791)
    assert check.fields == ("ballots_found", "valid", "invalid", "blank")
    assert check.describe() == "Ballots found (788) differ from valid plus invalid plus blank (791)."
    assert isinstance(check.description, Term)


def test_ballots_must_all_be_accounted_for():
    check = only(replace(GOOD, ballots_unused=400))
    assert (check.code, check.left, check.right) == (ReconciliationCode.BALLOTS_ACCOUNTED, 1200, 1196)


def test_ballots_found_at_most_ballots_used():
    figures = replace(GOOD, ballots_found=795, valid=777, ballots_used=790, voted_total=None, voted_men=None,
                      voted_women=None, candidate_votes={"07": 407, "12": 250, "15": 120})
    check = only(figures)
    assert (check.code, check.left, check.right) == (ReconciliationCode.FOUND_ABOVE_USED, 795, 790)


def test_ballots_found_at_most_voters_who_voted():
    figures = replace(GOOD, voted_men=400, voted_women=380, voted_total=780)
    check = only(figures)
    assert (check.code, check.left, check.right) == (ReconciliationCode.FOUND_ABOVE_VOTED, 788, 780)
    assert check.fields == ("ballots_found", "voted_total")


def test_voters_who_voted_at_most_registered():
    figures = replace(GOOD, registered_men=400, registered_women=380, registered_total=780)
    assert codes(figures) == [ReconciliationCode.VOTED_ABOVE_REGISTERED, ReconciliationCode.VOTED_MEN_ABOVE_REGISTERED]
    check = reconcile(figures)[0]
    assert (check.left, check.right) == (790, 780)


def test_voted_by_gender_at_most_registered_by_gender():
    figures = replace(GOOD, registered_men=700, registered_women=370, registered_total=1070)
    check = only(figures)
    assert (check.code, check.left, check.right) == (ReconciliationCode.VOTED_WOMEN_ABOVE_REGISTERED, 380, 370)


def test_unknown_voted_compares_found_with_registered():
    figures = replace(GOOD, voted_men=None, voted_women=None, voted_total=None,
                      registered_men=None, registered_women=None, registered_total=700)
    check = only(figures)
    assert (check.code, check.left, check.right) == (ReconciliationCode.FOUND_ABOVE_REGISTERED, 788, 700)
    assert check.fields == ("ballots_found", "registered_total")


def test_unknown_registered_skips_the_upper_bound():
    figures = replace(GOOD, registered_men=None, registered_women=None, registered_total=None)
    assert reconcile(figures) == ()


def test_totals_are_derived_from_men_and_women_when_not_written():
    figures = replace(GOOD, voted_total=None, voted_men=390, voted_women=380)
    check = only(figures)
    assert (check.code, check.left, check.right) == (ReconciliationCode.FOUND_ABOVE_VOTED, 788, 770)
    assert check.fields == ("ballots_found", "voted_men", "voted_women")
    assert figures.voted == 770 and GOOD.registered == 1120


def test_gender_sums():
    assert codes(replace(GOOD, voted_total=791)) == [ReconciliationCode.VOTED_GENDER_SUM]
    check = only(replace(GOOD, registered_total=1100))
    assert (check.code, check.left, check.right) == (ReconciliationCode.REGISTERED_GENDER_SUM, 1100, 1120)


def test_gender_sum_skipped_when_a_part_is_unknown():
    assert reconcile(replace(GOOD, voted_men=None, registered_women=None)) == ()


def test_candidate_votes_at_most_valid_times_votes_allowed():
    check = only(replace(GOOD, candidate_votes={"07": 400, "12": 250, "15": 121}))
    assert (check.code, check.left, check.right) == (ReconciliationCode.VOTES_ABOVE_ALLOWED, 771, 770)
    two_votes = replace(GOOD, votes_allowed=2, candidate_votes={"07": 700, "12": 600, "15": 240})
    assert reconcile(two_votes) == ()
    over = only(replace(two_votes, candidate_votes={"07": 700, "12": 600, "15": 241}))
    assert (over.code, over.left, over.right) == (ReconciliationCode.VOTES_ABOVE_ALLOWED, 1541, 1540)


def test_a_voter_cannot_mark_more_candidates_than_the_ballot_lists():
    figures = replace(GOOD, votes_allowed=3, candidate_votes={"07": 770, "12": 770})
    assert reconcile(figures) == ()
    assert codes(replace(figures, candidate_votes={"07": 771, "12": 770})) == [
        ReconciliationCode.VOTES_ABOVE_ALLOWED, ReconciliationCode.CANDIDATE_ABOVE_VALID]


def test_no_candidate_above_valid_ballots():
    figures = replace(GOOD, votes_allowed=2, candidate_votes={"07": 771, "12": 100, "15": 0})
    check = only(figures)
    assert (check.code, check.left, check.right, check.candidate) == (
        ReconciliationCode.CANDIDATE_ABOVE_VALID, 771, 770, "07")
    assert check.describe() == "Candidate 07 has more votes (771) than there are valid ballots (770)."


def test_each_valid_ballot_marks_at_least_one_name():
    check = only(replace(GOOD, candidate_votes={"07": 400, "12": 250, "15": 119}))
    assert (check.code, check.left, check.right) == (ReconciliationCode.VOTES_BELOW_VALID, 769, 770)


def test_negative_figures_are_named():
    figures = replace(GOOD, ballots_spoiled=-6, ballots_unused=416)
    check = only(figures)
    assert (check.code, check.left, check.right, check.fields) == (
        ReconciliationCode.NEGATIVE, -6, 0, ("ballots_spoiled",))
    assert check.describe() == "Ballots spoiled is negative (-6)."


def test_negative_candidate_votes_are_named():
    figures = replace(GOOD, candidate_votes={"07": 403, "12": -3, "15": 370})
    check = only(figures)
    assert (check.code, check.candidate) == (ReconciliationCode.NEGATIVE, "12")
    assert check.describe() == "Votes for candidate 12 is negative (-3)."
    assert check.describe(lambda ctx, text: "أصوات المرشح {key}" if "{key}" in text else text) == (
        "أصوات المرشح 12 is negative (-3).")


def test_a_broken_translation_still_reports_the_figures():
    check = only(replace(GOOD, blank=9))
    assert check.describe(lambda ctx, text: "{nonsense}") == "{nonsense} (788, 791)"


def test_every_failure_is_reported_in_code_order():
    figures = replace(GOOD, blank=9, ballots_unused=400, voted_total=1)
    assert codes(figures) == [ReconciliationCode.VOTED_GENDER_SUM, ReconciliationCode.BALLOTS_FOUND_SUM,
                              ReconciliationCode.BALLOTS_ACCOUNTED, ReconciliationCode.FOUND_ABOVE_VOTED]


def test_record_is_immutable_including_its_votes():
    votes = {"07": 1}
    figures = CountFigures(candidate_votes=votes)
    votes["07"] = 99
    assert figures.candidate_votes["07"] == 1
    with pytest.raises(TypeError):
        figures.candidate_votes["07"] = 2  # type: ignore[index]


def test_turnout():
    assert GOOD.turnout == pytest.approx(790 / 1120)
    assert CountFigures(voted_total=5).turnout is None


def test_votes_allowed_at_least_one():
    with pytest.raises(ValueError):
        CountFigures(votes_allowed=0)


def test_every_figure_is_listed_and_labelled():
    names = {f.name for f in fields(CountFigures)}
    assert set(FIGURES) | {"candidate_votes", "votes_allowed"} == names
    assert set(FIGURE_LABELS) == set(FIGURES) | {"candidate_votes"}
    assert all(isinstance(code.description, Term) for code in ReconciliationCode)


def test_codes_are_stable():
    assert all(code.value.startswith("reconciliation.") for code in ReconciliationCode)
    assert ReconciliationCode.BALLOTS_FOUND_SUM.value == "reconciliation.ballots_found_sum"
    assert ReconciliationCode.BALLOTS_ACCOUNTED.value == "reconciliation.ballots_accounted"
    assert ReconciliationCode.VOTES_ABOVE_ALLOWED.value == "reconciliation.votes_above_allowed"


# --- properties -----------------------------------------------------------------------------------

@st.composite
def consistent_records(draw):
    """A record whose figures all agree, as an honest count produces it."""
    registered_men = draw(st.integers(0, 2000))
    registered_women = draw(st.integers(0, 2000))
    voted_men = draw(st.integers(0, registered_men))
    voted_women = draw(st.integers(0, registered_women))
    found = draw(st.integers(0, voted_men + voted_women))
    valid = draw(st.integers(0, found))
    invalid = draw(st.integers(0, found - valid))
    used = draw(st.integers(found, found + 20))
    spoiled = draw(st.integers(0, 20))
    unused = draw(st.integers(0, 500))
    candidates = draw(st.integers(1, 8))
    allowed = draw(st.integers(1, 4))
    total = draw(st.integers(valid, valid * min(allowed, candidates)))
    votes = {}
    remaining = total
    for i in range(candidates):
        others = candidates - i - 1
        share = draw(st.integers(max(0, remaining - valid * others), min(valid, remaining)))
        votes[f"{i + 1:02d}"] = share
        remaining -= share
    return CountFigures(
        registered_men=registered_men, registered_women=registered_women,
        registered_total=registered_men + registered_women,
        voted_men=voted_men, voted_women=voted_women, voted_total=voted_men + voted_women,
        ballots_received=used + spoiled + unused, ballots_used=used, ballots_spoiled=spoiled,
        ballots_unused=unused, ballots_found=found,
        valid=valid, invalid=invalid, blank=found - valid - invalid,
        candidate_votes=votes, votes_allowed=allowed,
    )


@given(consistent_records())
def test_any_consistent_record_reconciles(figures):
    assert reconcile(figures) == ()


@given(consistent_records(), st.data())
def test_unknown_figures_never_make_a_consistent_record_fail(figures, data):
    unknown = data.draw(st.sets(st.sampled_from(FIGURES)))
    assert reconcile(replace(figures, **{name: None for name in unknown})) == ()


EQUATION_OF = {
    "registered_men": ReconciliationCode.REGISTERED_GENDER_SUM,
    "registered_women": ReconciliationCode.REGISTERED_GENDER_SUM,
    "registered_total": ReconciliationCode.REGISTERED_GENDER_SUM,
    "voted_men": ReconciliationCode.VOTED_GENDER_SUM,
    "voted_women": ReconciliationCode.VOTED_GENDER_SUM,
    "voted_total": ReconciliationCode.VOTED_GENDER_SUM,
    "ballots_found": ReconciliationCode.BALLOTS_FOUND_SUM,
    "valid": ReconciliationCode.BALLOTS_FOUND_SUM,
    "invalid": ReconciliationCode.BALLOTS_FOUND_SUM,
    "blank": ReconciliationCode.BALLOTS_FOUND_SUM,
    "ballots_received": ReconciliationCode.BALLOTS_ACCOUNTED,
    "ballots_used": ReconciliationCode.BALLOTS_ACCOUNTED,
    "ballots_spoiled": ReconciliationCode.BALLOTS_ACCOUNTED,
    "ballots_unused": ReconciliationCode.BALLOTS_ACCOUNTED,
}


@given(consistent_records(), st.sampled_from(sorted(EQUATION_OF)),
       st.integers(-50, 50).filter(lambda d: d != 0))
def test_perturbing_one_figure_names_its_check(figures, name, delta):
    failed = reconcile(replace(figures, **{name: getattr(figures, name) + delta}))
    assert EQUATION_OF[name] in [check.code for check in failed]
    assert all(name in check.fields for check in failed)


@given(consistent_records(), st.integers(1, 50))
def test_ballots_found_above_voted_is_named(figures, extra):
    voted = figures.voted_total + extra
    # Keep every equation true and every other bound loose, so only the ordering fails.
    perturbed = replace(figures, ballots_found=voted, valid=figures.valid + (voted - figures.ballots_found),
                        ballots_used=voted + 1, ballots_received=voted + 1 + figures.ballots_spoiled
                        + figures.ballots_unused, votes_allowed=1, candidate_votes={})
    failed = reconcile(perturbed)
    assert [check.code for check in failed] == [ReconciliationCode.FOUND_ABOVE_VOTED]
    assert (failed[0].left, failed[0].right) == (voted, figures.voted_total)


@given(consistent_records(), st.integers(1, 50))
def test_extra_candidate_votes_are_named(figures, extra):
    bound = figures.valid * min(figures.votes_allowed, len(figures.candidate_votes))
    votes = dict(figures.candidate_votes)
    first = min(votes)
    votes[first] += bound - figures.candidate_total + extra
    failed = reconcile(replace(figures, candidate_votes=votes))
    assert ReconciliationCode.VOTES_ABOVE_ALLOWED in [check.code for check in failed]
    assert all("candidate_votes" in check.fields for check in failed)
