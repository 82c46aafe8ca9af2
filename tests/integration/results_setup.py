"""Building a small election ready for its count, through the services (shared by the results tests)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from electadmin.domain.candidacy import OrderMethod
from electadmin.domain.election import Phase, VotesPerVoterMode, Window
from electadmin.domain.eligibility import EducationLevel
from electadmin.domain.roles import Actor, Role
from electadmin.services.ballot_order import fix_ballot_order
from electadmin.services.candidates import ApplicationData, accept, register_application
from electadmin.services.count_record import CountRecordInput
from electadmin.services.election import get_election, set_phase, update_election
from electadmin.services.geography import CentreDTO, GovernorateDTO, WilayatDTO, save_centre, save_governorate, save_wilayat

CANDIDACY = Window(date(2027, 5, 20), date(2027, 6, 10))
NAMES = ("أحمد بن علي بن سالم البلوشي", "محمد بن سعيد بن خلفان الحارثي", "سالم بن ناصر بن حمد الوهيبي",
         "خالد بن سيف بن راشد السيابي", "فاطمة بنت سالم بن علي المعمرية", "علي بن حمد بن سعيد الشحي")


def ready_store(store, wilayats: Sequence[tuple[str, int, int, int]] = (("MA01", 1, 3, 2), ("MA02", 2, 4, 3)),
                mode: VotesPerVoterMode = VotesPerVoterMode.ONE):
    """Geography, accepted candidates in ballot order, and the election in the polling phase.

    Each wilayat is (code, seats, candidates, stations); stations are ``<code>-C1-1`` ...; candidates
    get ballot numbers 1..n in the order of :data:`NAMES` (alphabetical order of the names).
    """
    definition = get_election(store).definition
    update_election(store, definition.with_rules(candidacy_window=CANDIDACY, votes_per_voter_mode=mode))
    save_governorate(store, GovernorateDTO("MA", "مسقط", "Muscat"))
    civil = 10_000_000
    for code, seats, count, stations in wilayats:
        save_wilayat(store, WilayatDTO(code, "MA", f"ولاية {code}", code, seats))
        save_centre(store, CentreDTO(f"{code}-C1", code, f"مدرسة {code}", stations=stations))
        for i in range(count):
            civil += 1
            made = register_application(store, ApplicationData(
                civil_number=str(civil), name_ar=NAMES[i % len(NAMES)], gender="F" if i == 4 else "M",
                birth_date=date(1980, 1, 1), wilayat=code, education=EducationLevel.SECONDARY,
                submitted_on=date(2027, 5, 25)))
            accept(store, made.code, decided_on=date(2027, 6, 1))
        fix_ballot_order(store, code, OrderMethod.ALPHABETICAL)
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(store, phase)
    return store


def record(counts: Sequence[int], *, invalid: int = 2, blank: int = 1, registered: tuple[int, int] = (300, 300),
           voted: tuple[int, int] | None = None, per_voter: int = 1, **more) -> CountRecordInput:
    """A reconciling count record with these votes (ballot numbers 1..n), one mark per valid ballot."""
    valid = more.pop("valid", None)
    if valid is None:
        valid = -(-sum(counts) // per_voter)
    found = valid + invalid + blank
    voted = voted or (found // 2, found - found // 2)
    values = dict(registered_men=registered[0], registered_women=registered[1], registered_total=sum(registered),
                  voted_men=voted[0], voted_women=voted[1], voted_total=sum(voted), ballots_received=found + 50,
                  ballots_used=found, ballots_spoiled=0, ballots_unused=50, ballots_found=found, valid=valid,
                  invalid=invalid, blank=blank, votes=dict(enumerate(counts, start=1)),
                  opened_at="07:00", closed_at="19:00", members=("رئيس اللجنة", "عضو"))
    values.update(more)
    return CountRecordInput(**values)


def as_clerk(store, name: str):
    store.actor = Actor(name, Role.SECRETARY)
    return store


SIGNING_PASSWORD = "wilayat-signing-pw-1"


def wilayat_committee(store, wilayat_code: str, members: Sequence[str] = ("عضو اللجنة الأول",), k: int = 1):
    """The wilayat's committee ``W-<code>``, made (as the system administrator) with *members*
    enrolled under :data:`SIGNING_PASSWORD` when the wilayat has none yet; the store's actor is kept."""
    from electadmin.services import committees

    code = committees.proposed_code("wilayat", wilayat_code)
    if not any(c.code == code for c in committees.list_committees(store)):
        actor = store.actor
        store.actor = Actor("root.admin", Role.ADMINISTRATOR)
        try:
            committees.create_committee(store, code, f"لجنة ولاية {wilayat_code}", "wilayat", k,
                                        wilayat_code=wilayat_code)
            for name in members:
                committees.enrol_member(store, code, name, SIGNING_PASSWORD)
        finally:
            store.actor = actor
    return committees.get_committee(store, code)


def certify_signed(store, wilayat_code: str):
    """Certify as the store's actor with the signatures of the wilayat's committee (set up if missing):
    a certification always needs them."""
    from electadmin.services.certification import certify

    committee = wilayat_committee(store, wilayat_code)
    credentials = [(m.name, SIGNING_PASSWORD) for m in committee.members if m.revoked_at is None]
    return certify(store, wilayat_code, credentials[:committee.quorum])


MEMBERS = [("w1", "wilayat-member-one"), ("w2", "wilayat-member-two"), ("w3", "wilayat-member-three")]
"""The members of MA01's committee in :func:`ready_to_certify` (2 of the 3 must sign)."""


def ready_to_certify(store):
    """:func:`ready_store` with MA01's committee (:data:`MEMBERS`, k = 2) and both its stations'
    records matched: MA01 is complete and waits for its certification, by the returned chair."""
    from electadmin.services import committees
    from electadmin.services.count_record import save_first_entry, save_second_entry

    ready_store(store)
    committees.create_committee(store, "W-MA01", "لجنة ولاية MA01", "wilayat", 2, wilayat_code="MA01")
    for name, password in MEMBERS:
        committees.enrol_member(store, "W-MA01", name, password)
    for station, votes in (("MA01-C1-1", [10, 20, 5]), ("MA01-C1-2", [7, 8, 9])):
        save_first_entry(as_clerk(store, "clerk-1"), station, record(votes))
        save_second_entry(as_clerk(store, "clerk-2"), station, record(votes))
    return as_clerk(store, "chair")
