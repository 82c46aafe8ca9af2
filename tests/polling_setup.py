"""A small election ready for polling day, shared by the polling tests (service, CLI, interface).

Two centres of one wilayat (two stations at the first, one at the second) and a handful of voters,
among them one removed, one too young on polling day and one registered at the second centre;
the election is moved to the polling phase.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from electadmin.domain.arabic import search_key
from electadmin.domain.election import Phase
from electadmin.domain.geography import CentreKind
from electadmin.services.election import set_phase
from electadmin.services.geography import CentreDTO, GovernorateDTO, WilayatDTO, save_centre, save_governorate, save_wilayat
from electadmin.storage.base import utcnow
from electadmin.storage.models import PollingCentre, Voter, Wilayat

CENTRE_A, CENTRE_B = "SEEB-01", "SEEB-02"
STATION_A1, STATION_A2, STATION_B1 = "SEEB-01-1", "SEEB-01-2", "SEEB-02-1"

VOTERS = (
    # civil number, name, gender, birth date, centre, status
    ("10000001", "أحمد بن عبدالله بن محمد الكمزاري", "M", date(1980, 3, 1), CENTRE_A, "active"),
    ("10000002", "فاطمة بنت سالم بن علي الحارثية", "F", date(1990, 7, 12), CENTRE_A, "active"),
    ("10000003", "مريم بنت خالد بن سعيد البلوشية", "F", date(1975, 1, 30), CENTRE_A, "active"),
    ("10000004", "سالم بن حمد بن ناصر الوهيبي", "M", date(1960, 11, 5), CENTRE_A, "removed"),
    ("10000005", "خالد بن سعيد بن راشد المعمري", "M", date(2010, 1, 1), CENTRE_A, "active"),
    ("10000006", "علي بن محمد بن سيف الشحي", "M", date(1985, 5, 5), CENTRE_B, "active"),
    ("10000007", "إبراهيم بن مصطفى بن يوسف السيابي", "M", date(1970, 9, 9), CENTRE_A, "active"),
)


def prepare_polling(store, *, phase: Phase = Phase.POLLING) -> None:
    """Geography, voters and the phase of a polling-day election in *store*."""
    add_geography(store)
    add_voters(store, VOTERS)
    for step in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        if step.index <= phase.index:
            set_phase(store, step)


def add_geography(store) -> None:
    """The wilayat and its two centres."""
    save_governorate(store, GovernorateDTO("OM-MA", "مسقط", "Muscat"))
    save_wilayat(store, WilayatDTO("SEEB", "OM-MA", "السيب", "Seeb", seats=2))
    save_centre(store, CentreDTO(CENTRE_A, "SEEB", "مدرسة السيب للتعليم الأساسي", "Seeb School",
                                 CentreKind.JOINT, stations=2))
    save_centre(store, CentreDTO(CENTRE_B, "SEEB", "مدرسة الخوض", "Al Khoud School", CentreKind.JOINT))


def add_voters(store, voters) -> None:
    with store.write() as session:
        wilayat = session.scalar(select(Wilayat.id).where(Wilayat.code == "SEEB"))
        centres = dict(session.execute(select(PollingCentre.code, PollingCentre.id)).all())
        for civil, name, gender, birth, centre, status in voters:
            session.add(Voter(civil_number=civil, name=name, name_key=search_key(name), gender=gender,
                              birth_date=birth, wilayat_id=wilayat, centre_id=centres[centre], status=status,
                              updated_at=utcnow()))


WILAYAT_COMMITTEE, CENTRE_COMMITTEE_A, CENTRE_COMMITTEE_B = "W-SEEB", "C-SEEB-01", "C-SEEB-02"
CENTRE_SIGNERS = [("c1", "centre-member-one-pw"), ("c2", "centre-member-two-pw")]
"""k = 2 of the three members of the first centre's committee (the third: ``c3``)."""


def committee_template(path):
    """A file holding only :func:`enrol_committees`' committees, made once and copied from
    (:func:`copy_committees`), since each enrolment is a deliberately slow scrypt."""
    from electadmin.domain.roles import Actor, Role
    from electadmin.services.store import Store

    from electadmin.services.election import create_election
    from tests.conftest import sample_definition

    template = Store.open(path, create=True, actor=Actor("template", Role.ADMINISTRATOR))
    create_election(template, sample_definition())
    add_geography(template)  # a committee's area must be in the geography
    enrol_committees(template)
    return template


def enrol_committees(store) -> None:
    """The wilayat's committee and both centres' committees (k = 2 of 3 at the first centre), enrolled
    in *store* as the main committee's file would: *store* then holds every member's private key."""
    from electadmin.services import committees

    committees.create_committee(store, WILAYAT_COMMITTEE, "لجنة ولاية السيب", "wilayat", 1, wilayat_code="SEEB")
    committees.enrol_member(store, WILAYAT_COMMITTEE, "w1", "wilayat-member-one-pw")
    committees.create_committee(store, CENTRE_COMMITTEE_A, "لجنة مركز مدرسة السيب", "centre", 2,
                                wilayat_code="SEEB", centre_code=CENTRE_A)
    for name, password in CENTRE_SIGNERS + [("c3", "centre-member-three-pw")]:
        committees.enrol_member(store, CENTRE_COMMITTEE_A, name, password)
    committees.create_committee(store, CENTRE_COMMITTEE_B, "لجنة مركز مدرسة الخوض", "centre", 1,
                                wilayat_code="SEEB", centre_code=CENTRE_B)
    committees.enrol_member(store, CENTRE_COMMITTEE_B, "d1", "centre-b-member-one")


def copy_committees(source, target, keys_for: str | None) -> None:
    """The committees of *source* into *target* as an election package carries them: every public key,
    and the private keys (still encrypted) of the committee *keys_for* only (``"*"``: of every one)."""
    from electadmin.storage.models import Committee, CommitteeMember

    with source.read() as session:
        rows = [(c.code, c.name, c.level, c.wilayat_code, c.centre_code, c.quorum,
                 [(m.name, m.public_key, m.fingerprint, m.private_key if keys_for in (c.code, "*") else None,
                   m.enrolled_at, m.revoked_at)
                  for m in session.scalars(select(CommitteeMember).where(CommitteeMember.committee_id == c.id))])
                for c in session.scalars(select(Committee).order_by(Committee.id))]
    with target.write() as session:
        for code, name, level, wilayat, centre, quorum, members in rows:
            committee = Committee(code=code, name=name, level=level, wilayat_code=wilayat, centre_code=centre,
                                  quorum=quorum)
            session.add(committee)
            session.flush()
            for member, public, fingerprint, private, enrolled, revoked in members:
                session.add(CommitteeMember(committee_id=committee.id, name=member, public_key=public,
                                            fingerprint=fingerprint, private_key=private, enrolled_at=enrolled,
                                            revoked_at=revoked))
