"""Who may vote and who may stand: ages on polling day and the checks an application passes.

Every threshold (ages, the education required, which checks apply) comes in as a parameter from the
election's definition; :data:`OMAN_DEFAULTS` is the one place holding the values Oman's law set for
the 2023 Shura election, from which a new election starts.

Each candidate check returns a :class:`CheckResult` with a stable :class:`EligibilityCode` and a state:
``passed``, ``failed``, or ``not_checked`` when the fact it needs is unknown (no roll loaded, no birth
date typed). An unknown is never turned into a pass or a failure: a person decides it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term, Translate, untranslated

# ----------------------------------------------------------------------------------------------------
# Age


def _birthday_in(birth: date, year: int) -> date:
    """The day in *year* on which someone born on *birth* has their birthday.

    Someone born on 29 February has it on 1 March in a common year: before 1 March they have not
    completed the year, so they are never counted a day older than they are, and so never vote or
    stand a day early. (Some laws count 28 February; a law that says so would be a parameter here.)
    """
    if birth.month == 2 and birth.day == 29 and not _is_leap(year):
        return date(year, 3, 1)
    return birth.replace(year=year)


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def age_on(birth: date, day: date) -> int:
    """Completed years of someone born on *birth*, on *day* (which may not be before *birth*)."""
    if day < birth:
        raise ValueError(f"{day} is before the birth date {birth}")
    years = day.year - birth.year
    return years - 1 if day < _birthday_in(birth, day.year) else years


def attains_age_by(birth: date, day: date, years: int) -> bool:
    """Whether someone born on *birth* is at least *years* old on *day*."""
    if years < 0:
        raise ValueError("an age is not negative")
    target = birth.year + years
    return target <= date.max.year and _birthday_in(birth, target) <= day


def latest_birth_for_age(day: date, years: int) -> date:
    """The last birth date of anyone at least *years* old on *day*.

    ``attains_age_by(b, day, years)`` is exactly ``b <= latest_birth_for_age(day, years)``, so a roll
    of millions is filtered with one indexed comparison in SQL instead of an age computed per row.
    """
    if years < 0:
        raise ValueError("an age is not negative")
    year = day.year - years
    if day.month == 2 and day.day == 29 and not _is_leap(year):
        return date(year, 2, 28)
    return day.replace(year=year)


# ----------------------------------------------------------------------------------------------------
# Education


class EducationLevel(StrEnum):
    """Highest completed education, in increasing order (the value is what storage keeps)."""

    NONE = "none"
    PRIMARY = "primary"
    PREPARATORY = "preparatory"
    SECONDARY = "secondary"
    DIPLOMA = "diploma"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        return _EDUCATION_ORDER.index(self)

    def meets(self, required: EducationLevel) -> bool:
        """Whether this level is *required* or higher."""
        return self.rank >= required.rank

    @property
    def label(self) -> Term:
        return _EDUCATION_LABELS[self]


_EDUCATION_ORDER = tuple(EducationLevel)

_EDUCATION_LABELS = {
    EducationLevel.NONE: QT_TRANSLATE_NOOP("Terms", "No formal education"),
    EducationLevel.PRIMARY: QT_TRANSLATE_NOOP("Terms", "Primary school"),
    EducationLevel.PREPARATORY: QT_TRANSLATE_NOOP("Terms", "Preparatory school"),
    EducationLevel.SECONDARY: QT_TRANSLATE_NOOP("Terms", "General Education Diploma (secondary)"),
    EducationLevel.DIPLOMA: QT_TRANSLATE_NOOP("Terms", "Post-secondary diploma"),
    EducationLevel.BACHELOR: QT_TRANSLATE_NOOP("Terms", "Bachelor's degree"),
    EducationLevel.MASTER: QT_TRANSLATE_NOOP("Terms", "Master's degree"),
    EducationLevel.DOCTORATE: QT_TRANSLATE_NOOP("Terms", "Doctorate"),
}


# ----------------------------------------------------------------------------------------------------
# Rules (thresholds are data)


@dataclass(frozen=True, slots=True)
class CandidateRequirements:
    """What a law asks of a candidate; ``min_education=None`` means no education is required."""

    min_age: int
    min_education: EducationLevel | None = None
    must_be_registered_voter: bool = True
    one_constituency_only: bool = True


@dataclass(frozen=True, slots=True)
class EligibilityRules:
    """The eligibility part of an election's rules."""

    voter_min_age: int
    candidate: CandidateRequirements


OMAN_DEFAULTS = EligibilityRules(
    voter_min_age=21,
    candidate=CandidateRequirements(min_age=30, min_education=EducationLevel.SECONDARY),
)
"""Oman, Shura Council 2023: vote at 21, stand at 30 with the General Education Diploma."""


# ----------------------------------------------------------------------------------------------------
# Results


class CheckState(StrEnum):
    PASSED = "passed"
    FAILED = "failed"
    NOT_CHECKED = "not_checked"

    @property
    def label(self) -> Term:
        return _STATE_LABELS[self]


_STATE_LABELS = {
    CheckState.PASSED: QT_TRANSLATE_NOOP("Terms", "Passed"),
    CheckState.FAILED: QT_TRANSLATE_NOOP("Terms", "Failed"),
    CheckState.NOT_CHECKED: QT_TRANSLATE_NOOP("Terms", "Not checked"),
}


class EligibilityCode(StrEnum):
    """Stable codes of eligibility checks (stored with a decision, never renamed or reused)."""

    VOTER_AGE = "eligibility.voter_age"
    CANDIDATE_AGE = "eligibility.candidate_age"
    EDUCATION = "eligibility.education"
    REGISTERED_VOTER = "eligibility.registered_voter"
    ONE_CONSTITUENCY = "eligibility.one_constituency"
    NOT_ALREADY_CANDIDATE = "eligibility.not_already_candidate"

    @property
    def label(self) -> Term:
        return _CHECK_LABELS[self]


_CHECK_LABELS = {
    EligibilityCode.VOTER_AGE: QT_TRANSLATE_NOOP("Eligibility", "Voting age"),
    EligibilityCode.CANDIDATE_AGE: QT_TRANSLATE_NOOP("Eligibility", "Candidate age"),
    EligibilityCode.EDUCATION: QT_TRANSLATE_NOOP("Eligibility", "Education"),
    EligibilityCode.REGISTERED_VOTER: QT_TRANSLATE_NOOP("Eligibility", "Registered voter in the wilayat"),
    EligibilityCode.ONE_CONSTITUENCY: QT_TRANSLATE_NOOP("Eligibility", "Applies in one constituency only"),
    EligibilityCode.NOT_ALREADY_CANDIDATE: QT_TRANSLATE_NOOP("Eligibility", "Not already a candidate"),
}

# One sentence per (check, state); the parameters are those of the result.
_DESCRIPTIONS: Mapping[tuple[EligibilityCode, CheckState], Term] = {
    (EligibilityCode.VOTER_AGE, CheckState.PASSED): QT_TRANSLATE_NOOP(
        "Eligibility", "{age} years old on polling day; voters must be at least {minimum}."),
    (EligibilityCode.VOTER_AGE, CheckState.FAILED): QT_TRANSLATE_NOOP(
        "Eligibility", "Only {age} years old on polling day; voters must be at least {minimum}."),
    (EligibilityCode.VOTER_AGE, CheckState.NOT_CHECKED): QT_TRANSLATE_NOOP(
        "Eligibility", "No birth date: the voting age could not be checked."),
    (EligibilityCode.CANDIDATE_AGE, CheckState.PASSED): QT_TRANSLATE_NOOP(
        "Eligibility", "{age} years old on polling day; candidates must be at least {minimum}."),
    (EligibilityCode.CANDIDATE_AGE, CheckState.FAILED): QT_TRANSLATE_NOOP(
        "Eligibility", "Only {age} years old on polling day; candidates must be at least {minimum}."),
    (EligibilityCode.CANDIDATE_AGE, CheckState.NOT_CHECKED): QT_TRANSLATE_NOOP(
        "Eligibility", "No birth date: the candidate's age could not be checked."),
    (EligibilityCode.EDUCATION, CheckState.PASSED): QT_TRANSLATE_NOOP(
        "Eligibility", "Education “{level}” meets the required “{required}”."),
    (EligibilityCode.EDUCATION, CheckState.FAILED): QT_TRANSLATE_NOOP(
        "Eligibility", "Education “{level}” is below the required “{required}”."),
    (EligibilityCode.EDUCATION, CheckState.NOT_CHECKED): QT_TRANSLATE_NOOP(
        "Eligibility", "Education not given: “{required}” is required."),
    (EligibilityCode.REGISTERED_VOTER, CheckState.PASSED): QT_TRANSLATE_NOOP(
        "Eligibility", "On the electoral roll of the wilayat."),
    (EligibilityCode.REGISTERED_VOTER, CheckState.FAILED): QT_TRANSLATE_NOOP(
        "Eligibility", "Not on the electoral roll of the wilayat."),
    (EligibilityCode.REGISTERED_VOTER, CheckState.NOT_CHECKED): QT_TRANSLATE_NOOP(
        "Eligibility", "No electoral roll is loaded for the wilayat: registration could not be checked."),
    (EligibilityCode.ONE_CONSTITUENCY, CheckState.PASSED): QT_TRANSLATE_NOOP(
        "Eligibility", "No application in another constituency."),
    (EligibilityCode.ONE_CONSTITUENCY, CheckState.FAILED): QT_TRANSLATE_NOOP(
        "Eligibility", "Also applying in: {constituencies}."),
    (EligibilityCode.NOT_ALREADY_CANDIDATE, CheckState.PASSED): QT_TRANSLATE_NOOP(
        "Eligibility", "Not a candidate in this election yet."),
    (EligibilityCode.NOT_ALREADY_CANDIDATE, CheckState.FAILED): QT_TRANSLATE_NOOP(
        "Eligibility", "Already a candidate in {constituency}."),
}

_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of one check, with the figures its sentence names (``age``, ``minimum``, ...)."""

    code: EligibilityCode
    state: CheckState
    params: Mapping[str, Any] = field(default_factory=lambda: _NO_PARAMS, hash=False)

    @property
    def passed(self) -> bool:
        return self.state is CheckState.PASSED

    @property
    def failed(self) -> bool:
        return self.state is CheckState.FAILED

    @property
    def description(self) -> Term:
        """The English source sentence for this result (format it with :meth:`describe`)."""
        return _DESCRIPTIONS[(self.code, self.state)]

    def describe(self, translate: Translate = untranslated) -> str:
        """The sentence in the language *translate* gives; :class:`Term` parameters are translated too."""
        params = {k: (v.translated(translate) if isinstance(v, Term) else v) for k, v in self.params.items()}
        text = self.description.translated(translate)
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return f"{text} {dict(self.params)!r}"


def _result(code: EligibilityCode, state: CheckState, **params: Any) -> CheckResult:
    return CheckResult(code, state, MappingProxyType(params))


def overall(results: tuple[CheckResult, ...]) -> CheckState:
    """Failed if any check failed, else not checked if any was not checked, else passed."""
    states = {r.state for r in results}
    if CheckState.FAILED in states:
        return CheckState.FAILED
    if CheckState.NOT_CHECKED in states:
        return CheckState.NOT_CHECKED
    return CheckState.PASSED


# ----------------------------------------------------------------------------------------------------
# Voters


def check_voter_age(birth: date | None, polling_day: date, min_age: int) -> CheckResult:
    """Whether a voter born on *birth* is at least *min_age* on *polling_day*."""
    return _age_check(EligibilityCode.VOTER_AGE, birth, polling_day, min_age)


def is_old_enough_to_vote(birth: date, polling_day: date, min_age: int) -> bool:
    return attains_age_by(birth, polling_day, min_age)


def _age_check(code: EligibilityCode, birth: date | None, polling_day: date, minimum: int) -> CheckResult:
    if birth is None:
        return _result(code, CheckState.NOT_CHECKED, minimum=minimum)
    age = age_on(birth, polling_day) if birth <= polling_day else 0
    state = CheckState.PASSED if attains_age_by(birth, polling_day, minimum) else CheckState.FAILED
    return _result(code, state, age=age, minimum=minimum)


# ----------------------------------------------------------------------------------------------------
# Candidates


@dataclass(frozen=True, slots=True)
class Applicant:
    """The facts the candidate checks look at; ``None`` is "not known".

    ``registered_in_wilayat`` is ``None`` when no roll is loaded for the wilayat.
    ``applications_elsewhere`` names the other constituencies where the person has an application
    still open; ``candidate_in`` names the constituency where they are already an accepted candidate.
    """

    birth_date: date | None = None
    education: EducationLevel | None = None
    registered_in_wilayat: bool | None = None
    applications_elsewhere: tuple[str, ...] = ()
    candidate_in: str | None = None


CandidateCheck = Callable[[Applicant, CandidateRequirements, date], CheckResult | None]


def _check_candidate_age(a: Applicant, req: CandidateRequirements, polling_day: date) -> CheckResult:
    return _age_check(EligibilityCode.CANDIDATE_AGE, a.birth_date, polling_day, req.min_age)


def _check_education(a: Applicant, req: CandidateRequirements, polling_day: date) -> CheckResult | None:
    if req.min_education is None:
        return None
    if a.education is None:
        return _result(EligibilityCode.EDUCATION, CheckState.NOT_CHECKED, required=req.min_education.label)
    state = CheckState.PASSED if a.education.meets(req.min_education) else CheckState.FAILED
    return _result(EligibilityCode.EDUCATION, state, level=a.education.label, required=req.min_education.label)


def _check_registered(a: Applicant, req: CandidateRequirements, polling_day: date) -> CheckResult | None:
    if not req.must_be_registered_voter:
        return None
    if a.registered_in_wilayat is None:
        return _result(EligibilityCode.REGISTERED_VOTER, CheckState.NOT_CHECKED)
    state = CheckState.PASSED if a.registered_in_wilayat else CheckState.FAILED
    return _result(EligibilityCode.REGISTERED_VOTER, state)


def _check_one_constituency(a: Applicant, req: CandidateRequirements,
                            polling_day: date) -> CheckResult | None:
    if not req.one_constituency_only:
        return None
    if a.applications_elsewhere:
        return _result(EligibilityCode.ONE_CONSTITUENCY, CheckState.FAILED,
                       constituencies="، ".join(a.applications_elsewhere))
    return _result(EligibilityCode.ONE_CONSTITUENCY, CheckState.PASSED)


def _check_not_candidate(a: Applicant, req: CandidateRequirements, polling_day: date) -> CheckResult:
    if a.candidate_in is not None:
        return _result(EligibilityCode.NOT_ALREADY_CANDIDATE, CheckState.FAILED, constituency=a.candidate_in)
    return _result(EligibilityCode.NOT_ALREADY_CANDIDATE, CheckState.PASSED)


CANDIDATE_CHECKS: tuple[CandidateCheck, ...] = (
    _check_candidate_age,
    _check_education,
    _check_registered,
    _check_one_constituency,
    _check_not_candidate,
)
"""The candidate checks in the order they are shown; one the requirements switch off yields nothing."""


def check_candidate(applicant: Applicant, requirements: CandidateRequirements,
                    polling_day: date) -> tuple[CheckResult, ...]:
    """Every candidate check that *requirements* ask for, in the order of :data:`CANDIDATE_CHECKS`."""
    results = (check(applicant, requirements, polling_day) for check in CANDIDATE_CHECKS)
    return tuple(r for r in results if r is not None)
