"""Candidacy: from an application (مترشح) to a candidate (مرشح) with a place on the ballot.

The life of an application, and what may follow what:

* ``applied`` → ``accepted`` (it is a candidate) or ``rejected`` (with reasons from
  :class:`RejectionReason` and the committee's own words), or ``withdrawn`` by the applicant;
* ``rejected`` → ``accepted`` only by an appeal (تظلم) upheld; an appeal is lodged and decided
  inside the election's appeal window, and a rejection has at most one appeal;
* ``accepted`` → ``withdrawn``.

Direct acceptance is refused while an automatic check has *failed*; a check that could not be run
(no roll loaded) does not block it, since a person has then looked. An appeal upheld overrides the
checks: the grievances committee has decided.

Ballot order (:class:`OrderMethod`): by a recorded draw (a seed or a physical draw typed in, see
:mod:`electadmin.domain.draw`) or alphabetically by the Arabic name compared by its search key, so
that «أحمد», «إبراهيم» and «احمد» sort as their letters, not their alef forms, and «ة» sorts with
«ه». Ties of the key (the same name twice) fall back to the exact name, then the application code,
so the order never depends on the database.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from electadmin.domain.arabic import clean, has_arabic_letters, search_key, to_ascii_digits
from electadmin.domain.eligibility import EligibilityCode
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term


class TermList(Term):
    """Several terms shown as one parameter (``a، b، c``), each translated when shown."""

    terms: tuple[Term, ...]

    def __new__(cls, terms: Iterable[Term]) -> TermList:
        items = tuple(terms)
        joined = super().__new__(cls, "، ".join(items), "Terms")
        joined.terms = items
        return joined

    def __reduce__(self):
        return (TermList, (self.terms,))

    def translated(self, translate) -> str:
        return "، ".join(t.translated(translate) for t in self.terms)


class CandidateStatus(StrEnum):
    """Where an application stands (the value is the ``candidate.status`` column)."""

    APPLIED = "applied"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def label(self) -> Term:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    CandidateStatus.APPLIED: QT_TRANSLATE_NOOP("Terms", "Application under review"),
    CandidateStatus.ACCEPTED: QT_TRANSLATE_NOOP("Terms", "Accepted candidate"),
    CandidateStatus.REJECTED: QT_TRANSLATE_NOOP("Terms", "Rejected"),
    CandidateStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Terms", "Withdrawn"),
}


class DecisionKind(StrEnum):
    """What a recorded decision did (the value is stored in ``candidate_decision.kind``)."""

    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    APPEAL_LODGED = "appeal_lodged"
    APPEAL_UPHELD = "appeal_upheld"
    APPEAL_DISMISSED = "appeal_dismissed"

    @property
    def label(self) -> Term:
        return _DECISION_LABELS[self]


_DECISION_LABELS = {
    DecisionKind.ACCEPTED: QT_TRANSLATE_NOOP("Terms", "Accepted"),
    DecisionKind.REJECTED: QT_TRANSLATE_NOOP("Terms", "Rejected"),
    DecisionKind.WITHDRAWN: QT_TRANSLATE_NOOP("Terms", "Withdrawal recorded"),
    DecisionKind.APPEAL_LODGED: QT_TRANSLATE_NOOP("Terms", "Appeal lodged"),
    DecisionKind.APPEAL_UPHELD: QT_TRANSLATE_NOOP("Terms", "Appeal upheld: accepted"),
    DecisionKind.APPEAL_DISMISSED: QT_TRANSLATE_NOOP("Terms", "Appeal dismissed"),
}


class AppealState(StrEnum):
    NONE = "none"
    PENDING = "pending"
    UPHELD = "upheld"
    DISMISSED = "dismissed"

    @property
    def label(self) -> Term:
        return _APPEAL_LABELS[self]


_APPEAL_LABELS = {
    AppealState.NONE: QT_TRANSLATE_NOOP("Terms", "No appeal"),
    AppealState.PENDING: QT_TRANSLATE_NOOP("Terms", "Appeal pending"),
    AppealState.UPHELD: QT_TRANSLATE_NOOP("Terms", "Appeal upheld"),
    AppealState.DISMISSED: QT_TRANSLATE_NOOP("Terms", "Appeal dismissed"),
}


class RejectionReason(StrEnum):
    """The reasons a committee gives for a rejection (stable codes, stored with the decision).

    The first five answer the automatic checks; the others are facts the committee establishes
    itself (a criminal record, an office held). ``other`` needs the committee's own words.
    """

    AGE = "age"
    EDUCATION = "education"
    NOT_REGISTERED = "not_registered"
    OTHER_CONSTITUENCY = "other_constituency"
    ALREADY_CANDIDATE = "already_candidate"
    NOT_RESIDENT = "not_resident"
    CONVICTION = "conviction"
    PUBLIC_OFFICE = "public_office"
    MILITARY_SERVICE = "military_service"
    INCOMPLETE_FILE = "incomplete_file"
    LATE = "late"
    OTHER = "other"

    @property
    def label(self) -> Term:
        return _REASON_LABELS[self]


_REASON_LABELS = {
    RejectionReason.AGE: QT_TRANSLATE_NOOP("Terms", "Below the minimum age on polling day"),
    RejectionReason.EDUCATION: QT_TRANSLATE_NOOP("Terms", "Education below the requirement"),
    RejectionReason.NOT_REGISTERED: QT_TRANSLATE_NOOP("Terms", "Not on the electoral roll of the wilayat"),
    RejectionReason.OTHER_CONSTITUENCY: QT_TRANSLATE_NOOP("Terms", "Applying in another constituency"),
    RejectionReason.ALREADY_CANDIDATE: QT_TRANSLATE_NOOP("Terms", "Already a candidate"),
    RejectionReason.NOT_RESIDENT: QT_TRANSLATE_NOOP("Terms", "Not resident in the wilayat"),
    RejectionReason.CONVICTION: QT_TRANSLATE_NOOP("Terms", "Disqualifying criminal conviction"),
    RejectionReason.PUBLIC_OFFICE: QT_TRANSLATE_NOOP("Terms", "Holds a public office"),
    RejectionReason.MILITARY_SERVICE: QT_TRANSLATE_NOOP("Terms", "Serving in the military or security services"),
    RejectionReason.INCOMPLETE_FILE: QT_TRANSLATE_NOOP("Terms", "Incomplete application file"),
    RejectionReason.LATE: QT_TRANSLATE_NOOP("Terms", "Submitted outside the candidacy period"),
    RejectionReason.OTHER: QT_TRANSLATE_NOOP("Terms", "Other reason (see the note)"),
}

REASON_FOR_CHECK: dict[EligibilityCode, RejectionReason] = {
    EligibilityCode.CANDIDATE_AGE: RejectionReason.AGE,
    EligibilityCode.EDUCATION: RejectionReason.EDUCATION,
    EligibilityCode.REGISTERED_VOTER: RejectionReason.NOT_REGISTERED,
    EligibilityCode.ONE_CONSTITUENCY: RejectionReason.OTHER_CONSTITUENCY,
    EligibilityCode.NOT_ALREADY_CANDIDATE: RejectionReason.ALREADY_CANDIDATE,
}
"""The rejection reason that answers each failed automatic check (what the reject dialog proposes)."""


def check_rejection(reasons: Iterable[RejectionReason], note: str) -> tuple[tuple[RejectionReason, ...], str]:
    """The reasons (each once, in the table's order) and the note of a rejection, or raise.

    A rejection needs at least one reason; ``other`` needs the note that says what it is.
    """
    given = set(reasons)
    ordered = tuple(r for r in RejectionReason if r in given)
    text = " ".join(note.split())
    if not ordered:
        raise ElectadminError(ErrorCode.CANDIDATE_NO_REASON)
    if RejectionReason.OTHER in given and not text:
        raise ElectadminError(ErrorCode.CANDIDATE_NOTE_REQUIRED)
    return ordered, text


class OrderMethod(StrEnum):
    """How a constituency's ballot order was fixed."""

    ALPHABETICAL = "alphabetical"
    SEED = "seed"
    PHYSICAL = "physical"

    @property
    def label(self) -> Term:
        return _ORDER_LABELS[self]


_ORDER_LABELS = {
    OrderMethod.ALPHABETICAL: QT_TRANSLATE_NOOP("Terms", "Arabic alphabetical order"),
    OrderMethod.SEED: QT_TRANSLATE_NOOP("Terms", "Draw computed from a seed"),
    OrderMethod.PHYSICAL: QT_TRANSLATE_NOOP("Terms", "Physical draw typed in"),
}


@dataclass(frozen=True, slots=True)
class Ballotable:
    """What ordering needs of a candidate: the stable code, and the Arabic name as written."""

    code: str
    name_ar: str


def alphabetical_order(candidates: Iterable[Ballotable]) -> tuple[str, ...]:
    """The codes of *candidates* in Arabic alphabetical order of their names (see the module doc)."""
    return tuple(c.code for c in sorted(candidates, key=lambda c: (search_key(c.name_ar), c.name_ar, c.code)))


def ballot_numbers(order: Sequence[str]) -> dict[str, int]:
    """Ballot numbers 1, 2, 3... in the order given."""
    return {code: number for number, code in enumerate(order, start=1)}


FIELD = {
    "code": QT_TRANSLATE_NOOP("Fields", "Application code"),
    "civil_number": QT_TRANSLATE_NOOP("Fields", "Civil number"),
    "name_ar": QT_TRANSLATE_NOOP("Fields", "Full name in Arabic"),
    "name_latin": QT_TRANSLATE_NOOP("Fields", "Name in Latin letters"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("Fields", "Birth date"),
    "wilayat": QT_TRANSLATE_NOOP("Fields", "Wilayat"),
    "education": QT_TRANSLATE_NOOP("Fields", "Education"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "photo": QT_TRANSLATE_NOOP("Fields", "Photo"),
    "submitted_on": QT_TRANSLATE_NOOP("Fields", "Submitted on"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "ballot_number": QT_TRANSLATE_NOOP("Fields", "Ballot number"),
    "candidacy_window": QT_TRANSLATE_NOOP("Fields", "candidacy window"),
    "appeal_window": QT_TRANSLATE_NOOP("Fields", "appeal window"),
}

GENDER_LABELS = {
    "M": QT_TRANSLATE_NOOP("Terms", "Male"),
    "F": QT_TRANSLATE_NOOP("Terms", "Female"),
}

CIVIL_NUMBER_DIGITS = (1, 12)
NAME_MAX = 300
PHOTO_MAX_KB = 1024
_JPEG, _PNG = b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n"


def check_civil_number(value: str) -> str:
    """Digits only (either digit system, spaces dropped), 1 to 12 of them."""
    text = "".join(to_ascii_digits(value).split())
    low, high = CIVIL_NUMBER_DIGITS
    if not text.isascii() or not text.isdigit() or not low <= len(text) <= high:
        raise ElectadminError(ErrorCode.VALUE_BAD_CIVIL_NUMBER, field=FIELD["civil_number"], value=value,
                              minimum=low, maximum=high)
    return text


def check_arabic_name(value: str) -> str:
    """The full name as written (cleaned), required, in Arabic letters, at most 300 characters."""
    name = clean(value)
    if not name:
        raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=FIELD["name_ar"])
    if len(name) > NAME_MAX:
        raise ElectadminError(ErrorCode.VALUE_TOO_LONG, field=FIELD["name_ar"], maximum=NAME_MAX)
    if not has_arabic_letters(name):
        raise ElectadminError(ErrorCode.VALUE_NOT_ARABIC, field=FIELD["name_ar"])
    return name


def check_photo(photo: bytes | None) -> bytes | None:
    """A JPEG or PNG image of at most :data:`PHOTO_MAX_KB` KB (told by its bytes, not its name)."""
    if photo is None or len(photo) == 0:
        return None
    if len(photo) > PHOTO_MAX_KB * 1024 or not (photo.startswith(_JPEG) or photo.startswith(_PNG)):
        raise ElectadminError(ErrorCode.CANDIDATE_PHOTO, maximum=PHOTO_MAX_KB)
    return photo
