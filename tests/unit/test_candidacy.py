"""Candidacy rules: ages on polling day at the boundaries, leap-day births, order, rejections."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from electadmin.domain.candidacy import (
    Ballotable,
    RejectionReason,
    TermList,
    alphabetical_order,
    ballot_numbers,
    check_arabic_name,
    check_civil_number,
    check_photo,
    check_rejection,
)
from electadmin.domain.eligibility import (
    Applicant,
    CandidateRequirements,
    CheckState,
    EducationLevel,
    EligibilityCode,
    check_candidate,
)
from electadmin.domain.errors import ElectadminError, ErrorCode, describe

OMAN = CandidateRequirements(min_age=30, min_education=EducationLevel.SECONDARY)


def age_state(birth: date, polling: date, minimum: int = 30) -> CheckState:
    results = check_candidate(Applicant(birth_date=birth), CandidateRequirements(minimum, None), polling)
    return next(r for r in results if r.code is EligibilityCode.CANDIDATE_AGE).state


@pytest.mark.parametrize("birth, polling, state", [
    (date(1997, 10, 24), date(2027, 10, 24), CheckState.PASSED),   # thirty on polling day itself
    (date(1997, 10, 25), date(2027, 10, 24), CheckState.FAILED),   # one day short
    (date(1997, 10, 23), date(2027, 10, 24), CheckState.PASSED),
    (date(1967, 1, 1), date(2027, 10, 24), CheckState.PASSED),
    # born on 29 February: in a common year the birthday is 1 March, never a day early
    (date(1996, 2, 29), date(2026, 2, 28), CheckState.FAILED),
    (date(1996, 2, 29), date(2026, 3, 1), CheckState.PASSED),
    # a leap-day polling day after a leap-day birth: exactly thirty-two... years in a leap year
    (date(1996, 2, 29), date(2024, 2, 29), CheckState.FAILED),      # 28
    (date(1992, 2, 29), date(2024, 2, 29), CheckState.PASSED),      # 32
    # polling on 29 February, born on 1 March thirty years before: not yet
    (date(1994, 3, 1), date(2024, 2, 29), CheckState.FAILED),
    (date(1994, 2, 28), date(2024, 2, 29), CheckState.PASSED),
])
def test_candidate_age_on_polling_day(birth, polling, state):
    assert age_state(birth, polling) is state


def test_the_minimum_age_is_a_parameter():
    assert age_state(date(2002, 10, 24), date(2027, 10, 24), minimum=25) is CheckState.PASSED
    assert age_state(date(2002, 10, 25), date(2027, 10, 24), minimum=25) is CheckState.FAILED


def test_the_age_reason_names_the_age_and_the_minimum():
    result = check_candidate(Applicant(birth_date=date(1997, 10, 25)), OMAN, date(2027, 10, 24))[0]
    assert result.describe() == "Only 29 years old on polling day; candidates must be at least 30."


def test_every_check_with_its_reason_and_unknown_roll_is_not_checked():
    applicant = Applicant(birth_date=date(1980, 1, 1), education=EducationLevel.PREPARATORY,
                          registered_in_wilayat=None, applications_elsewhere=("مطرح",), candidate_in="بوشر")
    results = {r.code: r for r in check_candidate(applicant, OMAN, date(2027, 10, 24))}
    assert results[EligibilityCode.CANDIDATE_AGE].state is CheckState.PASSED
    assert results[EligibilityCode.EDUCATION].state is CheckState.FAILED
    assert results[EligibilityCode.REGISTERED_VOTER].state is CheckState.NOT_CHECKED
    assert results[EligibilityCode.ONE_CONSTITUENCY].describe() == "Also applying in: مطرح."
    assert results[EligibilityCode.NOT_ALREADY_CANDIDATE].describe() == "Already a candidate in بوشر."


def test_alphabetical_order_folds_alef_forms_and_taa_marbuta():
    people = [Ballotable("C1", "أحمد بن علي"), Ballotable("C2", "احمد بن سالم"), Ballotable("C3", "إبراهيم"),
              Ballotable("C4", "آمنة"), Ballotable("C5", "حمزه"), Ballotable("C6", "حمزة")]
    # keys: احمد بن علي, احمد بن سالم, ابراهيم, امنه, حمزه, حمزه → ابراهيم < احمد بن سالم < احمد بن علي < امنه < حمزه
    order = alphabetical_order(people)
    assert order[:4] == ("C3", "C2", "C1", "C4")
    assert set(order[4:]) == {"C5", "C6"}  # the same key: the written name then the code decide, stably
    assert alphabetical_order(reversed(people)) == order
    assert ballot_numbers(order) == {code: n for n, code in enumerate(order, start=1)}


def test_a_rejection_needs_a_reason_and_other_needs_words():
    with pytest.raises(ElectadminError) as none:
        check_rejection([], "note")
    assert none.value.code is ErrorCode.CANDIDATE_NO_REASON
    with pytest.raises(ElectadminError) as silent:
        check_rejection([RejectionReason.OTHER], "   ")
    assert silent.value.code is ErrorCode.CANDIDATE_NOTE_REQUIRED
    reasons, note = check_rejection([RejectionReason.OTHER, RejectionReason.AGE, RejectionReason.AGE], "  قرار  اللجنة ")
    assert reasons == (RejectionReason.AGE, RejectionReason.OTHER) and note == "قرار اللجنة"


def test_field_checks():
    assert check_civil_number(" ١٢٣ ٤٥٦ ") == "123456"
    for bad in ("", "12a", "1234567890123", "-5"):
        with pytest.raises(ElectadminError):
            check_civil_number(bad)
    assert check_arabic_name("  أحمد   بن  علي ") == "أحمد بن علي"
    with pytest.raises(ElectadminError) as latin:
        check_arabic_name("Ahmed")
    assert latin.value.code is ErrorCode.VALUE_NOT_ARABIC
    assert check_photo(None) is None and check_photo(b"") is None
    assert check_photo(b"\x89PNG\r\n\x1a\nrest") is not None
    with pytest.raises(ElectadminError):
        check_photo(b"<svg/>")
    with pytest.raises(ElectadminError):
        check_photo(b"\xff\xd8\xff" + b"0" * (1024 * 1024))


def test_a_list_of_terms_is_translated_item_by_item_and_survives_pickling():
    terms = TermList([EligibilityCode.CANDIDATE_AGE.label, EligibilityCode.EDUCATION.label])
    error = ElectadminError(ErrorCode.CANDIDATE_CHECKS_FAILED, code="MA01-001", checks=terms)
    arabic = {"Candidate age": "سن المترشح", "Education": "المؤهل"}
    assert "سن المترشح، المؤهل" in describe(error, lambda context, text: arabic.get(text, text))
    assert pickle.loads(pickle.dumps(error)).params["checks"].terms == terms.terms
