"""Candidacy applications: registering, checking, deciding, appealing, withdrawing.

Each function is one user action: one transaction, its audit event inside it, frozen DTOs out.
The rules come from the election: the minimum age from its rules, the other requirements from
``candidacy_requirement`` (:func:`get_requirements`), the windows from its definition. Dates the
committee gives (submission, decisions, appeals) are days in the election's time zone.

Choices where the issue is silent:

* the election must have a polling date before applications are taken (ages are counted on it);
* an application's submission day must fall in the candidacy window when the window is set; an
  appeal is lodged and decided inside the appeal window, which must be set;
* a second open application with the same civil number in the same wilayat is refused; one in
  another wilayat is registered and its check fails, so that the committee sees and decides it;
* "registered as a voter in the same wilayat" reads the roll (``voter``: an active row with the
  same civil number and wilayat); with no voter at all in the file it is "not checked";
* any change to the accepted candidates of a wilayat (a withdrawal, an appeal upheld) cancels the
  ballot order already fixed there (audited), so that the official list is always exactly the
  accepted candidates numbered 1..n; the order is fixed again by the same means;
* once polling opens nothing here changes any more (:data:`ErrorCode.ELECTION_FROZEN`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from electadmin.domain.roles import Permission
from electadmin.domain.arabic import clean, search_key
from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import (
    FIELD,
    AppealState,
    CandidateStatus,
    DecisionKind,
    RejectionReason,
    TermList,
    check_arabic_name,
    check_civil_number,
    check_photo,
    check_rejection,
)
from electadmin.domain.election import ElectionDefinition, Phase, Window
from electadmin.domain.eligibility import (
    OMAN_DEFAULTS,
    Applicant,
    CandidateRequirements,
    CheckResult,
    CheckState,
    EducationLevel,
    age_on,
    check_candidate,
    overall,
)
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.election import current_definition, election_row
from electadmin.services.store import Store
from electadmin.storage.base import utcnow
from electadmin.storage.models import (
    BallotOrder,
    CandidacyRequirement,
    Candidate,
    CandidateDecision,
    Voter,
    Wilayat,
    WilayatAlias,
)

_FROZEN_WHAT = QT_TRANSLATE_NOOP("Terms", "the candidates")
_ACTIONS = {
    "accept": QT_TRANSLATE_NOOP("Terms", "accepted"),
    "reject": QT_TRANSLATE_NOOP("Terms", "rejected"),
    "withdraw": QT_TRANSLATE_NOOP("Terms", "withdrawn"),
    "appeal": QT_TRANSLATE_NOOP("Terms", "appealed"),
    "correct": QT_TRANSLATE_NOOP("Terms", "corrected"),
}
_IN_CHUNKS = 500  # civil numbers per IN (...) list


# ---------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class ApplicationData:
    """An application as typed or imported; ``wilayat`` is a code, a name or any known spelling."""

    civil_number: str
    name_ar: str
    gender: str
    birth_date: date | None
    wilayat: str
    education: EducationLevel | str
    name_latin: str = ""
    phone: str = ""
    photo: bytes | None = None
    submitted_on: date | None = None
    remove_photo: bool = False
    """On a correction: take the photo off the application (a new *photo* replaces it instead)."""


@dataclass(frozen=True, slots=True)
class CandidateDTO:
    code: str
    civil_number: str
    name_ar: str
    name_latin: str
    gender: str
    birth_date: date
    wilayat_code: str
    wilayat_ar: str
    wilayat_en: str
    education: EducationLevel
    phone: str
    status: CandidateStatus
    appeal: AppealState
    ballot_number: int | None
    submitted_on: date | None
    age: int | None
    """Completed years on polling day."""
    checks: CheckState | None = None
    """The overall state of the automatic checks (filled by :func:`list_candidates`)."""
    has_photo: bool = False


@dataclass(frozen=True, slots=True)
class DecisionDTO:
    kind: DecisionKind
    decided_on: date
    reasons: tuple[RejectionReason, ...]
    note: str
    recorded_by: str
    recorded_at: datetime


@dataclass(frozen=True, slots=True)
class CandidateDetail:
    """One application with everything the committee looks at before deciding."""

    candidate: CandidateDTO
    checks: tuple[CheckResult, ...]
    decisions: tuple[DecisionDTO, ...]
    photo: bytes | None = None

    @property
    def failed_checks(self) -> tuple[CheckResult, ...]:
        return tuple(c for c in self.checks if c.failed)


@dataclass(frozen=True, slots=True)
class ConstituencyStats:
    wilayat_code: str
    wilayat_ar: str
    wilayat_en: str
    seats: int
    applications: int = 0
    under_review: int = 0
    accepted: int = 0
    rejected: int = 0
    withdrawn: int = 0
    women_candidates: int = 0
    appeals_pending: int = 0
    order_method: str | None = None

    @property
    def fewer_candidates_than_seats(self) -> bool:
        """The warning of the statistics: fewer accepted candidates than seats to fill."""
        return self.accepted < self.seats


# ---------------------------------------------------------------- shared helpers


def _definition(session: Session) -> ElectionDefinition:
    definition = current_definition(session)
    if definition.polling_date is None:
        raise ElectadminError(ErrorCode.CANDIDATE_NO_POLLING_DATE)
    return definition


def check_open(session: Session) -> ElectionDefinition:
    """The definition, if candidates may still change (polling has not opened), else raise."""
    definition = _definition(session)
    if definition.phase.index >= Phase.POLLING.index:
        raise ElectadminError(ErrorCode.ELECTION_FROZEN, current=definition.phase.label, what=_FROZEN_WHAT)
    return definition


def today(definition: ElectionDefinition) -> date:
    """Today in the election's time zone."""
    return datetime.now(ZoneInfo(definition.timezone)).date()


def _in_window(day: date, window: Window, name: str) -> None:
    if not window.is_set:
        raise ElectadminError(ErrorCode.CANDIDATE_NO_WINDOW, window=FIELD[name])
    if not window.contains(day):
        raise ElectadminError(ErrorCode.CANDIDATE_OUTSIDE_WINDOW, day=day.isoformat(), window=FIELD[name],
                              start=window.start.isoformat(), end=window.end.isoformat())


def requirements_in(session: Session, definition: ElectionDefinition | None = None) -> CandidateRequirements:
    """What a candidate must meet: the age from the election's rules, the rest from the stored row."""
    definition = definition or current_definition(session)
    row = session.get(CandidacyRequirement, 1)
    defaults = OMAN_DEFAULTS.candidate
    if row is None:
        return CandidateRequirements(definition.rules.min_candidate_age, defaults.min_education,
                                     defaults.must_be_registered_voter, defaults.one_constituency_only)
    return CandidateRequirements(
        definition.rules.min_candidate_age,
        EducationLevel(row.min_education) if row.min_education else None,
        row.must_be_registered_voter, row.one_constituency_only)


def get_requirements(store: Store) -> CandidateRequirements:
    with store.read() as session:
        return requirements_in(session)


@requires(Permission.CANDIDATES_DECIDE)
def set_requirements(store: Store, min_education: EducationLevel | None, must_be_registered_voter: bool,
                     one_constituency_only: bool) -> CandidateRequirements:
    """Change what candidates must meet besides the age (which is an election rule); frozen at polling."""
    with store.write() as session:
        definition = check_open(session)
        before = requirements_in(session, definition)
        row = session.get(CandidacyRequirement, 1)
        if row is None:
            row = CandidacyRequirement(id=1)
            session.add(row)
        row.min_education = min_education.value if min_education else None
        row.must_be_registered_voter = must_be_registered_voter
        row.one_constituency_only = one_constituency_only
        row.updated_at = utcnow()
        session.flush()
        after = requirements_in(session, definition)
        if after != before:
            audit.record(session, EventType.CANDIDACY_REQUIREMENTS_CHANGED, "election",
                         election_row(session).uid, before=_requirements_summary(before),
                         after=_requirements_summary(after))
        return after


def _requirements_summary(req: CandidateRequirements) -> dict:
    return {"min_age": req.min_age, "min_education": req.min_education.value if req.min_education else None,
            "must_be_registered_voter": req.must_be_registered_voter,
            "one_constituency_only": req.one_constituency_only}


def resolve_wilayat(session: Session, text: str) -> Wilayat | None:
    """The wilayat named *text* by code, Arabic or English name, or any other spelling."""
    key = search_key(text)
    if not key:
        return None
    found = session.scalar(select(Wilayat).where(Wilayat.code == text.strip().upper()))
    found = found or session.scalar(select(Wilayat).where(Wilayat.name_key == key))
    alias = session.scalar(select(WilayatAlias.wilayat_id).where(WilayatAlias.alias_key == key))
    found = found or (session.get(Wilayat, alias) if alias is not None else None)
    return found or session.scalar(select(Wilayat).where(func.lower(Wilayat.name_en) == key))


def wilayat_row(session: Session, code: str) -> Wilayat:
    row = resolve_wilayat(session, code)
    if row is None:
        raise ElectadminError(ErrorCode.GEO_UNKNOWN_WILAYAT, value=code)
    return row


def _candidate(session: Session, code: str) -> Candidate:
    row = session.scalar(select(Candidate).where(Candidate.code == code.strip().upper()))
    if row is None:
        raise ElectadminError(ErrorCode.CANDIDATE_UNKNOWN, value=code)
    return row


def next_codes(session: Session, wilayat: Wilayat) -> Iterable[str]:
    """Fresh application codes of *wilayat*: ``<wilayat code>-001``, ``-002``... after the highest used."""
    prefix = f"{wilayat.code}-"
    used = [c.removeprefix(prefix) for c in session.scalars(
        select(Candidate.code).where(Candidate.wilayat_id == wilayat.id))]
    number = max((int(u) for u in used if u.isdigit()), default=0)
    while True:
        number += 1
        yield f"{prefix}{number:03d}"


def _dto(row: Candidate, wilayat: Wilayat, polling_day: date | None,
         checks: CheckState | None = None) -> CandidateDTO:
    age = age_on(row.birth_date, polling_day) if polling_day and row.birth_date <= polling_day else None
    return CandidateDTO(
        code=row.code, civil_number=row.civil_number, name_ar=row.name_ar, name_latin=row.name_latin,
        gender=row.gender, birth_date=row.birth_date, wilayat_code=wilayat.code, wilayat_ar=wilayat.name_ar,
        wilayat_en=wilayat.name_en, education=EducationLevel(row.education), phone=row.phone,
        status=CandidateStatus(row.status), appeal=AppealState(row.appeal_state),
        ballot_number=row.ballot_number, submitted_on=row.submitted_on, age=age, checks=checks,
        has_photo=row.photo is not None)


def _snapshot(row: Candidate, wilayat_code: str) -> dict:
    return {"code": row.code, "civil_number": row.civil_number, "name_ar": row.name_ar,
            "name_latin": row.name_latin, "gender": row.gender, "birth_date": row.birth_date,
            "wilayat": wilayat_code, "education": row.education, "phone": row.phone,
            "photo": row.photo is not None, "submitted_on": row.submitted_on, "status": row.status}


# ---------------------------------------------------------------- registering


@dataclass(frozen=True, slots=True)
class CleanApplication:
    civil_number: str
    name_ar: str
    name_latin: str
    gender: str
    birth_date: date
    education: EducationLevel
    phone: str
    photo: bytes | None
    submitted_on: date | None
    remove_photo: bool = False


def clean_application(data: ApplicationData) -> CleanApplication:
    """Validate what does not need the store; raises the first problem."""
    civil = check_civil_number(data.civil_number)
    name = check_arabic_name(data.name_ar)
    latin = clean(data.name_latin or "")
    if len(latin) > 300:
        raise ElectadminError(ErrorCode.VALUE_TOO_LONG, field=FIELD["name_latin"], maximum=300)
    if data.gender not in ("M", "F"):
        raise ElectadminError(ErrorCode.VALUE_NOT_CHOICE, field=FIELD["gender"], choices="M / F",
                              value=data.gender)
    if data.birth_date is None:
        raise ElectadminError(ErrorCode.VALUE_REQUIRED, field=FIELD["birth_date"])
    try:
        education = EducationLevel(data.education)
    except ValueError:
        raise ElectadminError(ErrorCode.VALUE_NOT_CHOICE, field=FIELD["education"],
                              choices=" / ".join(EducationLevel), value=str(data.education)) from None
    phone = "".join(clean(data.phone or "").split())
    if len(phone) > 20:
        raise ElectadminError(ErrorCode.VALUE_BAD_PHONE, field=FIELD["phone"], value=data.phone)
    return CleanApplication(civil, name, latin, data.gender, data.birth_date, education, phone,
                            check_photo(data.photo), data.submitted_on, data.remove_photo and data.photo is None)


def add_application(session: Session, definition: ElectionDefinition, wilayat: Wilayat,
                    data: CleanApplication, code: str) -> Candidate:
    """Insert one validated application in the caller's transaction (no audit: the caller records it)."""
    if data.birth_date > definition.polling_date:
        raise ElectadminError(ErrorCode.VALUE_NOT_DATE, field=FIELD["birth_date"], value=data.birth_date.isoformat())
    submitted = data.submitted_on or today(definition)
    if definition.rules.candidacy_window.is_set:
        _in_window(submitted, definition.rules.candidacy_window, "candidacy_window")
    open_here = session.scalar(select(Candidate.code).where(
        Candidate.civil_number == data.civil_number, Candidate.wilayat_id == wilayat.id,
        Candidate.status.in_((CandidateStatus.APPLIED.value, CandidateStatus.ACCEPTED.value))))
    if open_here is not None:
        raise ElectadminError(ErrorCode.CANDIDATE_DUPLICATE, civil_number=data.civil_number, code=open_here)
    now = utcnow()
    row = Candidate(code=code, civil_number=data.civil_number, name_ar=data.name_ar,
                    name_key=search_key(data.name_ar), name_latin=data.name_latin, gender=data.gender,
                    birth_date=data.birth_date, wilayat_id=wilayat.id, education=data.education.value,
                    phone=data.phone, photo=data.photo, status=CandidateStatus.APPLIED.value,
                    appeal_state=AppealState.NONE.value, submitted_on=submitted, applied_at=now,
                    updated_at=now)
    session.add(row)
    session.flush()
    return row


@requires(Permission.CANDIDATES_REGISTER)
def register_application(store: Store, data: ApplicationData) -> CandidateDTO:
    """Register one application (مترشح); its code is given here, ``<wilayat>-<nnn>``."""
    clean_data = clean_application(data)
    with store.write() as session:
        definition = check_open(session)
        wilayat = wilayat_row(session, data.wilayat)
        row = add_application(session, definition, wilayat, clean_data, next(next_codes(session, wilayat)))
        audit.record(session, EventType.CANDIDATE_APPLIED, "candidate", row.code, after=_snapshot(row, wilayat.code))
        return _dto(row, wilayat, definition.polling_date)


@requires(Permission.CANDIDATES_REGISTER)
def correct_application(store: Store, code: str, data: ApplicationData) -> CandidateDTO:
    """Correct an application still under review (a typing mistake); its code and wilayat stay."""
    clean_data = clean_application(data)
    with store.write() as session:
        definition = check_open(session)
        row = _candidate(session, code)
        wilayat = session.get(Wilayat, row.wilayat_id)
        if row.status != CandidateStatus.APPLIED.value:
            raise ElectadminError(ErrorCode.CANDIDATE_WRONG_STATUS, code=row.code,
                                  status=CandidateStatus(row.status).label, action=_ACTIONS["correct"])
        before = _snapshot(row, wilayat.code)
        row.civil_number, row.name_ar, row.name_key = clean_data.civil_number, clean_data.name_ar, search_key(
            clean_data.name_ar)
        row.name_latin, row.gender, row.birth_date = clean_data.name_latin, clean_data.gender, clean_data.birth_date
        row.education, row.phone = clean_data.education.value, clean_data.phone
        if clean_data.photo is not None or clean_data.remove_photo:
            row.photo = clean_data.photo
        if clean_data.submitted_on is not None:
            if definition.rules.candidacy_window.is_set:
                _in_window(clean_data.submitted_on, definition.rules.candidacy_window, "candidacy_window")
            row.submitted_on = clean_data.submitted_on
        after = _snapshot(row, wilayat.code)
        if after != before:
            row.updated_at = utcnow()
            changed = [k for k in after if after[k] != before[k]]
            audit.record(session, EventType.CANDIDATE_UPDATED, "candidate", row.code,
                         before={k: before[k] for k in changed}, after={k: after[k] for k in changed})
        return _dto(row, wilayat, definition.polling_date)


# ---------------------------------------------------------------- checks


def _voters_loaded(session: Session) -> bool:
    return session.scalar(select(Voter.id).limit(1)) is not None


def _registered(session: Session, civil_numbers: Sequence[str]) -> dict[str, set[int]]:
    """The wilayats where each civil number is an active voter (read in chunks, one query each)."""
    found: dict[str, set[int]] = {}
    unique = sorted(set(civil_numbers))
    for start in range(0, len(unique), _IN_CHUNKS):
        chunk = unique[start:start + _IN_CHUNKS]
        for civil, wid in session.execute(select(Voter.civil_number, Voter.wilayat_id).where(
                Voter.civil_number.in_(chunk), Voter.status == "active")):
            found.setdefault(civil, set()).add(wid)
    return found


def _checks_for(session: Session, rows: Sequence[Candidate], definition: ElectionDefinition,
                requirements: CandidateRequirements) -> dict[int, tuple[CheckResult, ...]]:
    """The automatic checks of *rows*, with a fixed number of queries whatever their number."""
    names = dict(session.execute(select(Wilayat.id, Wilayat.name_ar)).all())
    civil_numbers = [r.civil_number for r in rows]
    others: dict[str, list[tuple[int, int, str]]] = {}
    unique = sorted(set(civil_numbers))
    for start in range(0, len(unique), _IN_CHUNKS):
        chunk = unique[start:start + _IN_CHUNKS]
        for cid, civil, wid, status in session.execute(select(
                Candidate.id, Candidate.civil_number, Candidate.wilayat_id, Candidate.status).where(
                Candidate.civil_number.in_(chunk))):
            others.setdefault(civil, []).append((cid, wid, status))
    loaded = requirements.must_be_registered_voter and _voters_loaded(session)
    registered = _registered(session, civil_numbers) if loaded else {}
    results: dict[int, tuple[CheckResult, ...]] = {}
    for row in rows:
        mine = [o for o in others.get(row.civil_number, []) if o[0] != row.id]
        elsewhere = sorted({names[w] for _, w, s in mine
                            if w != row.wilayat_id and s == CandidateStatus.APPLIED.value})
        accepted_in = next((names[w] for _, w, s in mine if s == CandidateStatus.ACCEPTED.value), None)
        applicant = Applicant(
            birth_date=row.birth_date, education=EducationLevel(row.education),
            registered_in_wilayat=(row.wilayat_id in registered.get(row.civil_number, ())) if loaded else None,
            applications_elsewhere=tuple(elsewhere), candidate_in=accepted_in)
        results[row.id] = check_candidate(applicant, requirements, definition.polling_date)
    return results


def _check_snapshot(checks: Iterable[CheckResult]) -> list[dict]:
    return [{"code": c.code.value, "state": c.state.value,
             "params": {k: str(v) for k, v in c.params.items()}} for c in checks]


# ---------------------------------------------------------------- reading


def list_candidates(store: Store, wilayat_code: str | None = None,
                    status: CandidateStatus | None = None) -> list[CandidateDTO]:
    """Applications of one wilayat or all, by wilayat then ballot number then Arabic name."""
    with store.read() as session:
        definition = current_definition(session)
        query = (select(Candidate, Wilayat).join(Wilayat, Candidate.wilayat_id == Wilayat.id)
                 .order_by(Wilayat.position, Wilayat.code, Candidate.ballot_number.is_(None),
                           Candidate.ballot_number, Candidate.name_key, Candidate.code))
        if wilayat_code:
            query = query.where(Wilayat.id == wilayat_row(session, wilayat_code).id)
        if status is not None:
            query = query.where(Candidate.status == status.value)
        pairs = [(c, w) for c, w in session.execute(query)]
        checks = {}
        if definition.polling_date is not None and pairs:
            checks = _checks_for(session, [c for c, _ in pairs], definition, requirements_in(session, definition))
        return [_dto(c, w, definition.polling_date, overall(checks[c.id]) if c.id in checks else None)
                for c, w in pairs]


def get_candidate(store: Store, code: str) -> CandidateDetail:
    with store.read() as session:
        definition = _definition(session)
        row = _candidate(session, code)
        wilayat = session.get(Wilayat, row.wilayat_id)
        checks = _checks_for(session, [row], definition, requirements_in(session, definition))[row.id]
        decisions = tuple(
            DecisionDTO(DecisionKind(d.kind), d.decided_on, tuple(RejectionReason(r) for r in d.reasons),
                        d.note, d.recorded_by, d.recorded_at)
            for d in session.scalars(select(CandidateDecision).where(CandidateDecision.candidate_id == row.id)
                                     .order_by(CandidateDecision.id)))
        return CandidateDetail(_dto(row, wilayat, definition.polling_date, overall(checks)), checks,
                               decisions, row.photo)


# ---------------------------------------------------------------- deciding


def _decide(session: Session, row: Candidate, kind: DecisionKind, decided_on: date, *,
            reasons: Sequence[RejectionReason] = (), note: str = "",
            checks: Sequence[CheckResult] = ()) -> CandidateDecision:
    decision = CandidateDecision(candidate_id=row.id, kind=kind.value, reasons=[r.value for r in reasons],
                                 note=note, decided_on=decided_on, checks=_check_snapshot(checks),
                                 recorded_by=str(session.info.get("actor", "system")), recorded_at=utcnow())
    session.add(decision)
    row.updated_at = decision.recorded_at
    return decision


def _require_status(row: Candidate, action: str, *allowed: CandidateStatus) -> None:
    if CandidateStatus(row.status) not in allowed:
        raise ElectadminError(ErrorCode.CANDIDATE_WRONG_STATUS, code=row.code,
                              status=CandidateStatus(row.status).label, action=_ACTIONS[action])


def _decision_audit(session: Session, event: EventType, row: Candidate, before: str,
                    decision: CandidateDecision, **extra) -> None:
    audit.record(session, event, "candidate", row.code,
                 before={"status": before},
                 after={"status": row.status, "appeal": row.appeal_state, "decided_on": decision.decided_on,
                        "reasons": list(decision.reasons), "note": decision.note,
                        "checks": decision.checks, **extra})


@requires(Permission.CANDIDATES_DECIDE)
def accept(store: Store, code: str, *, decided_on: date | None = None, note: str = "") -> CandidateDetail:
    """Accept an application: it becomes a candidate (مرشح). Refused while a check has failed."""
    with store.write() as session:
        definition = check_open(session)
        row = _candidate(session, code)
        _require_status(row, "accept", CandidateStatus.APPLIED)
        checks = _checks_for(session, [row], definition, requirements_in(session, definition))[row.id]
        failed = [c for c in checks if c.failed]
        if failed:
            raise ElectadminError(ErrorCode.CANDIDATE_CHECKS_FAILED, code=row.code,
                                  checks=TermList(c.code.label for c in failed))
        before = row.status
        row.status = CandidateStatus.ACCEPTED.value
        decision = _decide(session, row, DecisionKind.ACCEPTED, decided_on or today(definition),
                           note=" ".join(note.split()), checks=checks)
        _cancel_order(session, row.wilayat_id, row.code)
        _decision_audit(session, EventType.CANDIDATE_ACCEPTED, row, before, decision)
    return get_candidate(store, code)


@requires(Permission.CANDIDATES_DECIDE)
def reject(store: Store, code: str, reasons: Iterable[RejectionReason], note: str = "", *,
           decided_on: date | None = None) -> CandidateDetail:
    """Reject an application with at least one reason from the list, and the committee's words."""
    ordered, text = check_rejection(reasons, note)
    with store.write() as session:
        definition = check_open(session)
        row = _candidate(session, code)
        _require_status(row, "reject", CandidateStatus.APPLIED)
        checks = _checks_for(session, [row], definition, requirements_in(session, definition))[row.id]
        before = row.status
        row.status = CandidateStatus.REJECTED.value
        decision = _decide(session, row, DecisionKind.REJECTED, decided_on or today(definition),
                           reasons=ordered, note=text, checks=checks)
        _decision_audit(session, EventType.CANDIDATE_REJECTED, row, before, decision)
    return get_candidate(store, code)


@requires(Permission.CANDIDATES_DECIDE)
def withdraw(store: Store, code: str, note: str = "", *, decided_on: date | None = None) -> CandidateDetail:
    """Record that the applicant or candidate withdrew (cancels the wilayat's ballot order if fixed)."""
    with store.write() as session:
        definition = check_open(session)
        row = _candidate(session, code)
        _require_status(row, "withdraw", CandidateStatus.APPLIED, CandidateStatus.ACCEPTED)
        before = row.status
        row.status = CandidateStatus.WITHDRAWN.value
        decision = _decide(session, row, DecisionKind.WITHDRAWN, decided_on or today(definition),
                           note=" ".join(note.split()))
        if before == CandidateStatus.ACCEPTED.value:
            _cancel_order(session, row.wilayat_id, row.code)
        _decision_audit(session, EventType.CANDIDATE_WITHDRAWN, row, before, decision)
    return get_candidate(store, code)


@requires(Permission.CANDIDATES_DECIDE)
def lodge_appeal(store: Store, code: str, lodged_on: date, grounds: str = "") -> CandidateDetail:
    """Record an appeal (تظلم) against a rejection, lodged inside the appeal window."""
    with store.write() as session:
        definition = check_open(session)
        row = _candidate(session, code)
        _require_status(row, "appeal", CandidateStatus.REJECTED)
        if row.appeal_state != AppealState.NONE.value:
            raise ElectadminError(ErrorCode.CANDIDATE_APPEAL_EXISTS, code=row.code,
                                  state=AppealState(row.appeal_state).label)
        _in_window(lodged_on, definition.rules.appeal_window, "appeal_window")
        row.appeal_state = AppealState.PENDING.value
        decision = _decide(session, row, DecisionKind.APPEAL_LODGED, lodged_on, note=" ".join(grounds.split()))
        _decision_audit(session, EventType.CANDIDATE_APPEAL_LODGED, row, row.status, decision)
    return get_candidate(store, code)


@requires(Permission.CANDIDATES_DECIDE)
def decide_appeal(store: Store, code: str, upheld: bool, decided_on: date, note: str = "") -> CandidateDetail:
    """Record the decision on a pending appeal, inside the appeal window; upheld, it is accepted."""
    with store.write() as session:
        definition = check_open(session)
        row = _candidate(session, code)
        if row.appeal_state != AppealState.PENDING.value:
            raise ElectadminError(ErrorCode.CANDIDATE_NO_APPEAL, code=row.code)
        _in_window(decided_on, definition.rules.appeal_window, "appeal_window")
        before = row.status
        checks = _checks_for(session, [row], definition, requirements_in(session, definition))[row.id]
        if upheld:
            row.status = CandidateStatus.ACCEPTED.value
            row.appeal_state = AppealState.UPHELD.value
            kind = DecisionKind.APPEAL_UPHELD
            _cancel_order(session, row.wilayat_id, row.code)
        else:
            row.appeal_state = AppealState.DISMISSED.value
            kind = DecisionKind.APPEAL_DISMISSED
        decision = _decide(session, row, kind, decided_on, note=" ".join(note.split()), checks=checks)
        _decision_audit(session, EventType.CANDIDATE_APPEAL_DECIDED, row, before, decision, upheld=upheld)
    return get_candidate(store, code)


def _cancel_order(session: Session, wilayat_id: int, because_of: str) -> None:
    """Cancel a fixed ballot order of the wilayat: its accepted candidates changed."""
    order = session.scalar(select(BallotOrder).where(BallotOrder.wilayat_id == wilayat_id))
    if order is None:
        return
    code = session.get(Wilayat, wilayat_id).code
    audit.record(session, EventType.BALLOT_ORDER_CANCELLED, "wilayat", code,
                 before={"method": order.method, "order": list(order.ordered_codes)},
                 after={"because_of": because_of})
    session.delete(order)
    session.execute(update(Candidate).where(Candidate.wilayat_id == wilayat_id).values(ballot_number=None))


# ---------------------------------------------------------------- statistics


def constituency_statistics(store: Store) -> list[ConstituencyStats]:
    """Per wilayat: applications by status, women among candidates, pending appeals, the order."""
    with store.read() as session:
        counts: dict[int, dict[str, int]] = {}
        for wid, status, gender, appeal, n in session.execute(
                select(Candidate.wilayat_id, Candidate.status, Candidate.gender, Candidate.appeal_state,
                       func.count()).group_by(Candidate.wilayat_id, Candidate.status, Candidate.gender,
                                              Candidate.appeal_state)):
            c = counts.setdefault(wid, {})
            c[status] = c.get(status, 0) + n
            c["all"] = c.get("all", 0) + n
            if status == CandidateStatus.ACCEPTED.value and gender == "F":
                c["women"] = c.get("women", 0) + n
            if appeal == AppealState.PENDING.value:
                c["appeals"] = c.get("appeals", 0) + n
        methods = dict(session.execute(select(BallotOrder.wilayat_id, BallotOrder.method)).all())
        result = []
        for w in session.scalars(select(Wilayat).order_by(Wilayat.position, Wilayat.code)):
            c = counts.get(w.id, {})
            result.append(ConstituencyStats(
                w.code, w.name_ar, w.name_en, w.seats, applications=c.get("all", 0),
                under_review=c.get(CandidateStatus.APPLIED.value, 0),
                accepted=c.get(CandidateStatus.ACCEPTED.value, 0),
                rejected=c.get(CandidateStatus.REJECTED.value, 0),
                withdrawn=c.get(CandidateStatus.WITHDRAWN.value, 0), women_candidates=c.get("women", 0),
                appeals_pending=c.get("appeals", 0), order_method=methods.get(w.id)))
        return result
