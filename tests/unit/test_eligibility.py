"""Ages on polling day, education levels, and the candidate checks with their three states."""

from datetime import date, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from electadmin.domain.election import ElectionRules
from electadmin.domain.eligibility import (
    CANDIDATE_CHECKS,
    OMAN_DEFAULTS,
    Applicant,
    CandidateRequirements,
    EligibilityCode,
    CheckState,
    EducationLevel,
    age_on,
    attains_age_by,
    check_candidate,
    check_voter_age,
    is_old_enough_to_vote,
    latest_birth_for_age,
    overall,
)
from electadmin.domain.text import Term

POLLING_DAY = date(2023, 10, 29)
dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


# --- age ------------------------------------------------------------------------------------------

def test_birthday_on_polling_day_completes_the_year():
    assert age_on(date(2002, 10, 29), POLLING_DAY) == 21
    assert attains_age_by(date(2002, 10, 29), POLLING_DAY, 21)


def test_day_before_the_birthday_is_still_a_year_short():
    assert age_on(date(2002, 10, 30), POLLING_DAY) == 20
    assert not attains_age_by(date(2002, 10, 30), POLLING_DAY, 21)


def test_a_day_after_the_birthday():
    assert age_on(date(2002, 10, 28), POLLING_DAY) == 21


def test_birth_day_itself_is_age_zero_and_a_later_day_is_refused():
    assert age_on(POLLING_DAY, POLLING_DAY) == 0
    with pytest.raises(ValueError):
        age_on(POLLING_DAY, POLLING_DAY - timedelta(days=1))
    assert not attains_age_by(POLLING_DAY + timedelta(days=1), POLLING_DAY, 0)


@pytest.mark.parametrize(("day", "age"), [
    (date(2025, 2, 28), 20),  # common year: 28 February is not yet the birthday
    (date(2025, 3, 1), 21),   # ... 1 March is
    (date(2024, 2, 28), 19),  # leap year: the day before the birthday
    (date(2024, 2, 29), 20),  # leap year: the birthday itself
    (date(2024, 3, 1), 20),
])
def test_born_on_29_february(day, age):
    assert age_on(date(2004, 2, 29), day) == age


def test_29_february_born_reaches_21_on_1_march_of_a_common_year():
    born = date(2004, 2, 29)
    assert not attains_age_by(born, date(2025, 2, 28), 21)
    assert attains_age_by(born, date(2025, 3, 1), 21)


def test_polling_on_29_february_of_a_leap_year():
    day = date(2024, 2, 29)
    assert attains_age_by(date(2003, 2, 28), day, 21)
    assert not attains_age_by(date(2003, 3, 1), day, 21)
    assert attains_age_by(date(2004, 2, 29), day, 20)
    assert latest_birth_for_age(day, 21) == date(2003, 2, 28)
    assert latest_birth_for_age(day, 20) == date(2004, 2, 29)


def test_latest_birth_for_age_excludes_29_february_before_1_march():
    assert latest_birth_for_age(date(2025, 2, 28), 21) == date(2004, 2, 28)
    assert latest_birth_for_age(date(2025, 3, 1), 21) == date(2004, 3, 1)


@given(dates, dates, st.integers(min_value=0, max_value=120))
def test_latest_birth_for_age_agrees_with_attains_age_by(birth, day, years):
    assume(day.year - years >= 1)
    assert attains_age_by(birth, day, years) == (birth <= latest_birth_for_age(day, years))


@given(dates, dates)
def test_age_on_agrees_with_attains_age_by(birth, day):
    assume(birth <= day)
    age = age_on(birth, day)
    assert attains_age_by(birth, day, age)
    assert not attains_age_by(birth, day, age + 1)


@given(dates, st.integers(min_value=1, max_value=3000))
def test_age_never_decreases_and_grows_at_most_one_a_day(birth, days):
    day = birth + timedelta(days=days)
    assume(day < date(2200, 1, 1))
    before, after = age_on(birth, day - timedelta(days=1)), age_on(birth, day)
    assert after - before in (0, 1)


def test_negative_age_is_refused():
    with pytest.raises(ValueError):
        attains_age_by(date(2000, 1, 1), POLLING_DAY, -1)
    with pytest.raises(ValueError):
        latest_birth_for_age(POLLING_DAY, -1)


# --- voters ---------------------------------------------------------------------------------------

def test_voter_age_uses_the_minimum_given():
    born = date(2004, 10, 29)  # 19 on polling day
    assert check_voter_age(born, POLLING_DAY, 21).state is CheckState.FAILED
    assert check_voter_age(born, POLLING_DAY, 18).state is CheckState.PASSED
    assert is_old_enough_to_vote(born, POLLING_DAY, 18)
    assert not is_old_enough_to_vote(born, POLLING_DAY, 21)


def test_voter_age_result_carries_its_figures_and_sentence():
    result = check_voter_age(date(2004, 10, 29), POLLING_DAY, 21)
    assert result.code is EligibilityCode.VOTER_AGE
    assert dict(result.params) == {"age": 19, "minimum": 21}
    assert result.describe() == "Only 19 years old on polling day; voters must be at least 21."
    assert isinstance(result.description, Term)


def test_unknown_birth_date_is_not_checked():
    result = check_voter_age(None, POLLING_DAY, 21)
    assert result.state is CheckState.NOT_CHECKED
    assert not result.passed and not result.failed


def test_born_after_polling_day_fails():
    assert check_voter_age(POLLING_DAY + timedelta(days=3), POLLING_DAY, 21).failed


# --- education ------------------------------------------------------------------------------------

def test_education_levels_are_ordered():
    levels = list(EducationLevel)
    assert levels == [EducationLevel.NONE, EducationLevel.PRIMARY, EducationLevel.PREPARATORY,
                      EducationLevel.SECONDARY, EducationLevel.DIPLOMA, EducationLevel.BACHELOR,
                      EducationLevel.MASTER, EducationLevel.DOCTORATE]
    for i, lower in enumerate(levels):
        for higher in levels[i:]:
            assert higher.meets(lower)
        for higher in levels[i + 1:]:
            assert not lower.meets(higher)


def test_education_labels_are_translatable():
    assert all(isinstance(level.label, Term) and level.label.context == "Terms" for level in EducationLevel)


# --- defaults -------------------------------------------------------------------------------------

def test_oman_defaults():
    assert OMAN_DEFAULTS.voter_min_age == 21
    assert OMAN_DEFAULTS.candidate.min_age == 30
    assert OMAN_DEFAULTS.candidate.min_education is EducationLevel.SECONDARY


def test_oman_defaults_agree_with_a_new_election():
    rules = ElectionRules()
    assert (rules.min_voter_age, rules.min_candidate_age) == (
        OMAN_DEFAULTS.voter_min_age, OMAN_DEFAULTS.candidate.min_age)


# --- candidates -----------------------------------------------------------------------------------

GOOD = Applicant(
    birth_date=date(1980, 5, 1),
    education=EducationLevel.BACHELOR,
    registered_in_wilayat=True,
)


def states(results):
    return {r.code: r.state for r in results}


def test_a_good_applicant_passes_every_check():
    results = check_candidate(GOOD, OMAN_DEFAULTS.candidate, POLLING_DAY)
    assert [r.code for r in results] == [
        EligibilityCode.CANDIDATE_AGE, EligibilityCode.EDUCATION, EligibilityCode.REGISTERED_VOTER,
        EligibilityCode.ONE_CONSTITUENCY, EligibilityCode.NOT_ALREADY_CANDIDATE]
    assert all(r.passed for r in results)
    assert overall(results) is CheckState.PASSED


def test_candidate_age_boundary_on_polling_day():
    req = OMAN_DEFAULTS.candidate
    on_the_day = Applicant(birth_date=date(1993, 10, 29))
    day_late = Applicant(birth_date=date(1993, 10, 30))
    assert states(check_candidate(on_the_day, req, POLLING_DAY))[EligibilityCode.CANDIDATE_AGE] is CheckState.PASSED
    assert states(check_candidate(day_late, req, POLLING_DAY))[EligibilityCode.CANDIDATE_AGE] is CheckState.FAILED


def test_thresholds_are_parameters():
    young = Applicant(birth_date=date(1998, 1, 1), education=EducationLevel.PREPARATORY,
                      registered_in_wilayat=True)
    strict = check_candidate(young, OMAN_DEFAULTS.candidate, POLLING_DAY)
    lenient = check_candidate(young, CandidateRequirements(min_age=25, min_education=EducationLevel.PRIMARY),
                              POLLING_DAY)
    assert states(strict)[EligibilityCode.CANDIDATE_AGE] is CheckState.FAILED
    assert states(strict)[EligibilityCode.EDUCATION] is CheckState.FAILED
    assert overall(strict) is CheckState.FAILED
    assert all(r.passed for r in lenient)


def test_education_exactly_the_required_level_passes():
    applicant = Applicant(education=EducationLevel.SECONDARY)
    assert states(check_candidate(applicant, OMAN_DEFAULTS.candidate, POLLING_DAY))[
        EligibilityCode.EDUCATION] is CheckState.PASSED
    below = Applicant(education=EducationLevel.PREPARATORY)
    result = next(r for r in check_candidate(below, OMAN_DEFAULTS.candidate, POLLING_DAY)
                  if r.code is EligibilityCode.EDUCATION)
    assert result.failed
    assert result.describe() == ("Education “Preparatory school” is below the required "
                                 "“General Education Diploma (secondary)”.")


def test_description_parameters_are_translated():
    below = Applicant(education=EducationLevel.PRIMARY)
    result = next(r for r in check_candidate(below, OMAN_DEFAULTS.candidate, POLLING_DAY)
                  if r.code is EligibilityCode.EDUCATION)
    arabic = {"Primary school": "الابتدائية", "General Education Diploma (secondary)": "دبلوم التعليم العام"}
    text = result.describe(lambda context, source: arabic.get(source, source))
    assert text == "Education “الابتدائية” is below the required “دبلوم التعليم العام”."


def test_unknown_facts_are_not_checked_never_passed():
    results = check_candidate(Applicant(), OMAN_DEFAULTS.candidate, POLLING_DAY)
    s = states(results)
    assert s[EligibilityCode.CANDIDATE_AGE] is CheckState.NOT_CHECKED
    assert s[EligibilityCode.EDUCATION] is CheckState.NOT_CHECKED
    assert s[EligibilityCode.REGISTERED_VOTER] is CheckState.NOT_CHECKED
    assert overall(results) is CheckState.NOT_CHECKED


def test_no_roll_loaded_shows_registration_not_checked():
    no_roll = Applicant(birth_date=GOOD.birth_date, education=GOOD.education, registered_in_wilayat=None)
    result = next(r for r in check_candidate(no_roll, OMAN_DEFAULTS.candidate, POLLING_DAY)
                  if r.code is EligibilityCode.REGISTERED_VOTER)
    assert result.state is CheckState.NOT_CHECKED
    assert "could not be checked" in result.describe()


def test_not_on_the_roll_fails():
    applicant = Applicant(birth_date=GOOD.birth_date, education=GOOD.education, registered_in_wilayat=False)
    assert states(check_candidate(applicant, OMAN_DEFAULTS.candidate, POLLING_DAY))[
        EligibilityCode.REGISTERED_VOTER] is CheckState.FAILED


def test_applying_in_two_constituencies_fails_and_names_them():
    applicant = Applicant(birth_date=GOOD.birth_date, education=GOOD.education,
                          registered_in_wilayat=True, applications_elsewhere=("بوشر", "السيب"))
    results = check_candidate(applicant, OMAN_DEFAULTS.candidate, POLLING_DAY)
    failed = [r for r in results if r.failed]
    assert [r.code for r in failed] == [EligibilityCode.ONE_CONSTITUENCY]
    assert failed[0].describe() == "Also applying in: بوشر، السيب."


def test_already_a_candidate_fails():
    applicant = Applicant(birth_date=GOOD.birth_date, education=GOOD.education,
                          registered_in_wilayat=True, candidate_in="مطرح")
    results = check_candidate(applicant, OMAN_DEFAULTS.candidate, POLLING_DAY)
    assert [r.code for r in results if r.failed] == [EligibilityCode.NOT_ALREADY_CANDIDATE]
    assert overall(results) is CheckState.FAILED


def test_failed_outranks_not_checked():
    applicant = Applicant(birth_date=date(2000, 1, 1))
    assert overall(check_candidate(applicant, OMAN_DEFAULTS.candidate, POLLING_DAY)) is CheckState.FAILED


def test_checks_switched_off_by_the_law_are_left_out():
    req = CandidateRequirements(min_age=30, min_education=None, must_be_registered_voter=False,
                                one_constituency_only=False)
    codes = [r.code for r in check_candidate(Applicant(), req, POLLING_DAY)]
    assert codes == [EligibilityCode.CANDIDATE_AGE, EligibilityCode.NOT_ALREADY_CANDIDATE]
    assert len(CANDIDATE_CHECKS) == 5


def test_every_code_and_state_has_a_sentence():
    for code in EligibilityCode:
        assert isinstance(code.label, Term)
    for state in CheckState:
        assert isinstance(state.label, Term)


def test_codes_are_stable():
    assert {c.value for c in EligibilityCode} == {
        "eligibility.voter_age", "eligibility.candidate_age", "eligibility.education",
        "eligibility.registered_voter", "eligibility.one_constituency", "eligibility.not_already_candidate"}
