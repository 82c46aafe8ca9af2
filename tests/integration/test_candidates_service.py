"""Candidacy services on SQLite and PostgreSQL: registering, checks, decisions, appeals, ballot order."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from electadmin.domain.audit import EventType
from electadmin.domain.candidacy import AppealState, CandidateStatus, DecisionKind, OrderMethod, RejectionReason
from electadmin.domain.draw import seed_order
from electadmin.domain.election import Phase, Window
from electadmin.domain.eligibility import CheckState, EducationLevel, EligibilityCode
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.services import audit
from electadmin.services.ballot_order import fix_ballot_order, get_ballot_order
from electadmin.services.candidates import (
    ApplicationData,
    accept,
    constituency_statistics,
    correct_application,
    decide_appeal,
    get_candidate,
    get_requirements,
    list_candidates,
    lodge_appeal,
    register_application,
    reject,
    set_requirements,
    withdraw,
)
from electadmin.services.election import get_election, set_phase, update_election
from electadmin.services.geography import CentreDTO, save_centre
from electadmin.services.reference import load_reference_geography
from electadmin.storage.base import utcnow
from electadmin.storage.models import AuditEntry, Candidate, Voter, Wilayat

CANDIDACY = Window(date(2027, 5, 20), date(2027, 6, 10))
APPEALS = Window(date(2027, 6, 11), date(2027, 6, 25))
POLLING = date(2027, 10, 24)


@pytest.fixture
def cstore(store):
    """An election with Oman's geography, a polling date and candidacy and appeal windows."""
    load_reference_geography(store)
    definition = get_election(store).definition
    update_election(store, definition.with_rules(candidacy_window=CANDIDACY, appeal_window=APPEALS))
    return store


def application(civil="12345678", name="أحمد بن عبدالله بن محمد الكمزاري", wilayat="MA01", gender="M",
                birth=date(1980, 1, 1), education=EducationLevel.SECONDARY, **more) -> ApplicationData:
    return ApplicationData(civil_number=civil, name_ar=name, gender=gender, birth_date=birth, wilayat=wilayat,
                           education=education, submitted_on=more.pop("submitted_on", date(2027, 5, 25)), **more)


def add_voter(store, civil: str, wilayat_code: str) -> None:
    with store.write() as session:
        wilayat = session.scalar(select(Wilayat).where(Wilayat.code == wilayat_code))
    centre_code = f"{wilayat_code}-T1"
    try:
        save_centre(store, CentreDTO(centre_code, wilayat_code, "مدرسة الاختبار"))
    except ElectadminError:
        pass  # already there
    with store.write() as session:
        from electadmin.storage.models import PollingCentre

        centre = session.scalar(select(PollingCentre).where(PollingCentre.code == centre_code))
        session.add(Voter(civil_number=civil, name="ناخب", name_key="ناخب", gender="M", birth_date=date(1980, 1, 1),
                          wilayat_id=wilayat.id, centre_id=centre.id, status="active", updated_at=utcnow()))


def checks_by_code(detail):
    return {c.code: c for c in detail.checks}


def test_registering_gives_a_code_per_wilayat_and_audits(cstore):
    first = register_application(cstore, application())
    second = register_application(cstore, application(civil="22222222", name="سالم بن علي الحارثي"))
    other = register_application(cstore, application(civil="33333333", wilayat="مطرح"))
    assert (first.code, second.code) == ("MA01-001", "MA01-002")
    assert other.wilayat_code == "MA02" and other.code == "MA02-001"
    assert first.status is CandidateStatus.APPLIED and first.age == 47
    with cstore.read() as session:
        events = session.scalars(select(AuditEntry.event).where(AuditEntry.object_type == "candidate")).all()
    assert events == [EventType.CANDIDATE_APPLIED.value] * 3
    assert audit.verify(cstore).intact


def test_a_second_open_application_in_the_same_wilayat_is_refused_but_another_wilayat_is_checked(cstore):
    register_application(cstore, application())
    with pytest.raises(ElectadminError) as refused:
        register_application(cstore, application(name="أحمد الكمزاري"))
    assert refused.value.code is ErrorCode.CANDIDATE_DUPLICATE
    elsewhere = register_application(cstore, application(wilayat="MA02"))
    detail = get_candidate(cstore, elsewhere.code)
    one = checks_by_code(detail)[EligibilityCode.ONE_CONSTITUENCY]
    assert one.state is CheckState.FAILED and "مسقط" in one.describe()
    with pytest.raises(ElectadminError) as blocked:
        accept(cstore, elsewhere.code)
    assert blocked.value.code is ErrorCode.CANDIDATE_CHECKS_FAILED


@pytest.mark.parametrize("field, value, code", [
    ("civil", "12ab", ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    ("name", "Ahmed", ErrorCode.VALUE_NOT_ARABIC),
    ("name", "  ", ErrorCode.VALUE_REQUIRED),
    ("wilayat", "Atlantis", ErrorCode.GEO_UNKNOWN_WILAYAT),
    ("submitted_on", date(2027, 6, 11), ErrorCode.CANDIDATE_OUTSIDE_WINDOW),
    ("photo", b"GIF89a....", ErrorCode.CANDIDATE_PHOTO),
])
def test_bad_applications_are_refused_with_the_reason_and_store_nothing(cstore, field, value, code):
    kwargs = {field: value}
    with pytest.raises(ElectadminError) as refused:
        register_application(cstore, application(**kwargs))
    assert refused.value.code is code
    assert list_candidates(cstore) == []


def test_arabic_indic_digits_and_a_wilayat_alias_are_accepted(cstore):
    dto = register_application(cstore, application(civil="١٢٣٤٥٦٧٨", wilayat="بهلاء"))
    assert dto.civil_number == "12345678" and dto.wilayat_ar == "بهلا"


def test_checks_age_education_and_roll_with_reasons(cstore):
    young = register_application(cstore, application(birth=date(1997, 10, 25), education=EducationLevel.PREPARATORY))
    detail = get_candidate(cstore, young.code)
    checks = checks_by_code(detail)
    assert checks[EligibilityCode.CANDIDATE_AGE].state is CheckState.FAILED
    assert "29" in checks[EligibilityCode.CANDIDATE_AGE].describe()
    assert checks[EligibilityCode.EDUCATION].state is CheckState.FAILED
    # no voter at all in the file: the roll is not loaded, so the check is not run
    assert checks[EligibilityCode.REGISTERED_VOTER].state is CheckState.NOT_CHECKED
    add_voter(cstore, "99999999", "MA01")
    add_voter(cstore, "12345678", "MA02")
    checks = checks_by_code(get_candidate(cstore, young.code))
    assert checks[EligibilityCode.REGISTERED_VOTER].state is CheckState.FAILED  # a voter, but elsewhere
    exact = register_application(cstore, application(civil="99999999", birth=date(1997, 10, 24)))
    checks = checks_by_code(get_candidate(cstore, exact.code))
    assert checks[EligibilityCode.CANDIDATE_AGE].state is CheckState.PASSED  # thirty on polling day itself
    assert checks[EligibilityCode.REGISTERED_VOTER].state is CheckState.PASSED


def test_requirements_come_from_the_election_not_the_code(cstore):
    assert get_requirements(cstore).min_age == 30
    update_election(cstore, get_election(cstore).definition.with_rules(min_candidate_age=25))
    set_requirements(cstore, None, must_be_registered_voter=False, one_constituency_only=True)
    req = get_requirements(cstore)
    assert (req.min_age, req.min_education, req.must_be_registered_voter) == (25, None, False)
    dto = register_application(cstore, application(birth=date(2000, 1, 1), education=EducationLevel.NONE))
    codes = {c.code for c in get_candidate(cstore, dto.code).checks}
    assert EligibilityCode.EDUCATION not in codes and EligibilityCode.REGISTERED_VOTER not in codes
    assert get_candidate(cstore, dto.code).candidate.checks is CheckState.PASSED


def test_reject_appeal_upheld_accepts_and_every_step_is_recorded(cstore):
    dto = register_application(cstore, application(birth=date(1999, 1, 1)))
    with pytest.raises(ElectadminError) as no_reason:
        reject(cstore, dto.code, [])
    assert no_reason.value.code is ErrorCode.CANDIDATE_NO_REASON
    with pytest.raises(ElectadminError) as other:
        reject(cstore, dto.code, [RejectionReason.OTHER], "  ")
    assert other.value.code is ErrorCode.CANDIDATE_NOTE_REQUIRED
    rejected = reject(cstore, dto.code, [RejectionReason.AGE, RejectionReason.CONVICTION], "قرار اللجنة رقم 4",
                      decided_on=date(2027, 6, 5))
    assert rejected.candidate.status is CandidateStatus.REJECTED
    assert rejected.decisions[-1].reasons == (RejectionReason.AGE, RejectionReason.CONVICTION)
    with pytest.raises(ElectadminError) as late:
        lodge_appeal(cstore, dto.code, date(2027, 6, 26), "")
    assert late.value.code is ErrorCode.CANDIDATE_OUTSIDE_WINDOW
    lodge_appeal(cstore, dto.code, date(2027, 6, 12), "شهادة الميلاد خاطئة")
    with pytest.raises(ElectadminError) as twice:
        lodge_appeal(cstore, dto.code, date(2027, 6, 13), "")
    assert twice.value.code is ErrorCode.CANDIDATE_APPEAL_EXISTS
    upheld = decide_appeal(cstore, dto.code, True, date(2027, 6, 20), "قبلت لجنة التظلمات")
    assert upheld.candidate.status is CandidateStatus.ACCEPTED and upheld.candidate.appeal is AppealState.UPHELD
    assert [d.kind for d in upheld.decisions] == [DecisionKind.REJECTED, DecisionKind.APPEAL_LODGED,
                                                   DecisionKind.APPEAL_UPHELD]
    assert all(d.recorded_by == "tester" for d in upheld.decisions)
    with cstore.read() as session:
        events = session.scalars(select(AuditEntry.event).order_by(AuditEntry.sequence)).all()
    assert events[-3:] == [EventType.CANDIDATE_REJECTED, EventType.CANDIDATE_APPEAL_LODGED,
                           EventType.CANDIDATE_APPEAL_DECIDED]


def test_an_appeal_dismissed_keeps_the_rejection_and_appeals_need_a_window(cstore):
    dto = register_application(cstore, application())
    with pytest.raises(ElectadminError) as not_rejected:
        lodge_appeal(cstore, dto.code, date(2027, 6, 12))
    assert not_rejected.value.code is ErrorCode.CANDIDATE_WRONG_STATUS
    reject(cstore, dto.code, [RejectionReason.PUBLIC_OFFICE])
    lodge_appeal(cstore, dto.code, date(2027, 6, 12))
    dismissed = decide_appeal(cstore, dto.code, False, date(2027, 6, 14))
    assert dismissed.candidate.status is CandidateStatus.REJECTED
    assert dismissed.candidate.appeal is AppealState.DISMISSED
    update_election(cstore, get_election(cstore).definition.with_rules(appeal_window=Window()))
    other = register_application(cstore, application(civil="5"))
    reject(cstore, other.code, [RejectionReason.LATE])
    with pytest.raises(ElectadminError) as unset:
        lodge_appeal(cstore, other.code, date(2027, 6, 12))
    assert unset.value.code is ErrorCode.CANDIDATE_NO_WINDOW


def test_withdrawal_and_corrections(cstore):
    dto = register_application(cstore, application())
    fixed = correct_application(cstore, dto.code, application(name="أحمد بن عبدالله الكمزاري", phone="+968 9912 3456"))
    assert fixed.name_ar == "أحمد بن عبدالله الكمزاري" and fixed.phone == "+96899123456"
    accept(cstore, dto.code)
    with pytest.raises(ElectadminError) as wrong:
        correct_application(cstore, dto.code, application())
    assert wrong.value.code is ErrorCode.CANDIDATE_WRONG_STATUS
    gone = withdraw(cstore, dto.code, "بطلب المرشح")
    assert gone.candidate.status is CandidateStatus.WITHDRAWN
    with pytest.raises(ElectadminError):
        withdraw(cstore, dto.code)
    # withdrawn, the same person may apply again in the same wilayat
    assert register_application(cstore, application()).code == "MA01-002"


def test_a_correction_keeps_replaces_or_takes_off_the_photo(cstore):
    from tests.integration.test_candidates_files import png

    dto = register_application(cstore, application(photo=png()))
    kept = correct_application(cstore, dto.code, application(phone="1"))  # no photo given: kept
    assert kept.has_photo and get_candidate(cstore, dto.code).photo == png()
    gone = correct_application(cstore, dto.code, application(phone="1", remove_photo=True))
    assert not gone.has_photo and get_candidate(cstore, dto.code).photo is None
    with cstore.read() as session:
        last = session.scalars(select(AuditEntry).where(AuditEntry.event == EventType.CANDIDATE_UPDATED.value)
                               .order_by(AuditEntry.sequence.desc())).first()
        assert (last.before, last.after) == ({"photo": True}, {"photo": False})
    again = correct_application(cstore, dto.code, application(phone="1", photo=png(), remove_photo=True))
    assert again.has_photo  # a new photo replaces, whatever the flag says


def _three(cstore):
    names = ["إبراهيم بن سالم البلوشي", "أحمد بن علي الوهيبي", "اسماء بنت خالد السيابي"]
    codes = []
    for number, name in enumerate(names, start=1):
        dto = register_application(cstore, application(civil=str(number), name=name,
                                                       gender="F" if "بنت" in name else "M"))
        accept(cstore, dto.code)
        codes.append(dto.code)
    return codes


def test_alphabetical_order_uses_normalised_arabic(cstore):
    codes = _three(cstore)
    order = fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL)
    # ابراهيم < احمد < اسماء once the alef forms are folded
    assert order.order == tuple(codes)
    numbers = {c.code: c.ballot_number for c in list_candidates(cstore, "MA01")}
    assert numbers == {codes[0]: 1, codes[1]: 2, codes[2]: 3}


def test_a_seed_draw_is_recomputable_and_a_physical_draw_must_name_everyone(cstore):
    codes = _three(cstore)
    drawn = fix_ballot_order(cstore, "MA01", OrderMethod.SEED, seed=" 2027-06-30 A ", drawn_by="رئيس اللجنة",
                             witnesses=["شاهد أول", ""])
    assert drawn.order == seed_order("2027-06-30 A", codes) and drawn.seed == "2027-06-30 A"
    assert drawn.witnesses == ("شاهد أول",)
    with pytest.raises(ElectadminError) as nobody:
        fix_ballot_order(cstore, "MA01", OrderMethod.SEED, seed="x", drawn_by="رئيس", witnesses=[])
    assert nobody.value.code is ErrorCode.DRAW_NO_WITNESS
    with pytest.raises(ElectadminError) as missing:
        fix_ballot_order(cstore, "MA01", OrderMethod.PHYSICAL, drawn_order=codes[:2], drawn_by="رئيس",
                         witnesses=["شاهد"])
    assert missing.value.code is ErrorCode.DRAW_NOT_PERMUTATION
    assert get_ballot_order(cstore, "MA01").method is OrderMethod.SEED  # the refused draw changed nothing
    physical = fix_ballot_order(cstore, "MA01", OrderMethod.PHYSICAL, drawn_order=[codes[2], codes[0], codes[1]],
                                drawn_by="رئيس", witnesses=["شاهد"])
    assert physical.order == (codes[2], codes[0], codes[1])
    assert [c.code for c in list_candidates(cstore, "MA01")] == list(physical.order)


def test_order_waits_for_decisions_is_cancelled_by_changes_and_frozen_at_polling(cstore):
    codes = _three(cstore)
    pending = register_application(cstore, application(civil="77", name="خالد بن سعيد الشحي"))
    with pytest.raises(ElectadminError) as undecided:
        fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL)
    assert undecided.value.code is ErrorCode.CANDIDATE_UNDECIDED
    reject(cstore, pending.code, [RejectionReason.INCOMPLETE_FILE])
    fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL)
    withdraw(cstore, codes[1])
    assert get_ballot_order(cstore, "MA01") is None
    assert all(c.ballot_number is None for c in list_candidates(cstore, "MA01"))
    fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL)
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(cstore, phase)
    for action in (lambda: fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL),
                   lambda: withdraw(cstore, codes[0]),
                   lambda: register_application(cstore, application(civil="88"))):
        with pytest.raises(ElectadminError) as frozen:
            action()
        assert frozen.value.code is ErrorCode.ELECTION_FROZEN
    assert [c.ballot_number for c in list_candidates(cstore, "MA01", CandidateStatus.ACCEPTED)] == [1, 2]


def test_statistics_count_per_constituency_and_warn_when_short(cstore):
    _three(cstore)
    rejected = register_application(cstore, application(civil="9", wilayat="MA02"))
    reject(cstore, rejected.code, [RejectionReason.CONVICTION])
    lodge_appeal(cstore, rejected.code, date(2027, 6, 12))
    stats = {s.wilayat_code: s for s in constituency_statistics(cstore)}
    assert len(stats) == 63
    muscat = stats["MA01"]
    assert (muscat.applications, muscat.accepted, muscat.women_candidates, muscat.seats) == (3, 3, 1, muscat.seats)
    assert not muscat.fewer_candidates_than_seats
    matrah = stats["MA02"]
    assert (matrah.applications, matrah.rejected, matrah.appeals_pending, matrah.accepted) == (1, 1, 1, 0)
    assert matrah.fewer_candidates_than_seats
    assert sum(s.fewer_candidates_than_seats for s in stats.values()) == 62


def test_no_polling_date_no_applications(store):
    load_reference_geography(store)
    update_election(store, get_election(store).definition.__class__(
        name_ar="انتخابات", polling_date=None))
    with pytest.raises(ElectadminError) as refused:
        register_application(store, application(submitted_on=None))
    assert refused.value.code is ErrorCode.CANDIDATE_NO_POLLING_DATE
    with store.read() as session:
        assert session.scalar(select(func.count()).select_from(Candidate)) == 0
