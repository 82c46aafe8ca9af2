"""The demo election's committees: the main committee and the committee of each wilayat the demo
certifies, with signing keys, so the demo's certifications and packages carry real signatures.

Every demo member's signing password is :data:`DEMO_SIGNING_PASSWORD`, shown on the sign-in
screen beside the demo accounts (a demo holds no secret). Each committee has three members of whom
two must sign, as a real committee might. Keys are made with the same scrypt cost as real ones
(about 0.1 s each), so the demo makes committees only where it certifies or where a newcomer will
certify next (the wilayat whose tie awaits its draw); any other wilayat's committee is set up in
the Committees screen, as in a real election.
"""

from __future__ import annotations

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services import committees
from electadmin.services.election import get_election
from electadmin.services.geography import list_wilayats
from electadmin.services.store import Store

STEP_COMMITTEES = QT_TRANSLATE_NOOP("Progress", "Enrolling the demo committees")
DEMO_SIGNING_PASSWORD = "demo-signing-2027"
DEMO_QUORUM = 2
_MEMBERS = ("سعيد بن حمد الكندي", "مريم بنت خلفان الراشدية", "ناصر بن علي المقبالي", "عائشة بنت سالم الحضرمية",
            "يوسف بن راشد العبري", "زينب بنت محمد البوسعيدية", "هلال بن سيف الغافري")


def _members(offset: int) -> list[str]:
    return [_MEMBERS[(offset + i) % len(_MEMBERS)] for i in range(3)]


def demo_credentials(committee: committees.CommitteeDTO) -> list[tuple[str, str]]:
    """The first k members of a demo committee with the demo signing password."""
    active = [m.name for m in committee.members if m.revoked_at is None and m.can_sign_here]
    return [(name, DEMO_SIGNING_PASSWORD) for name in active[:committee.quorum]]


def enrol_wilayat_committee(store: Store, wilayat_code: str) -> committees.CommitteeDTO:
    """The demo committee of *wilayat_code* (made with its three members' keys if it has none yet)."""
    if not store_is_demo(store):
        raise ElectadminError(ErrorCode.DEMO_ONLY)
    code = committees.proposed_code("wilayat", wilayat_code)
    try:
        return committees.get_committee(store, code)
    except ElectadminError as error:
        if error.code is not ErrorCode.COMMITTEE_UNKNOWN:
            raise
    names = {w.code: w.name_ar for w in list_wilayats(store)}
    committees.create_committee(store, code, f"لجنة الانتخابات بولاية {names.get(wilayat_code, wilayat_code)}",
                                "wilayat", DEMO_QUORUM, wilayat_code=wilayat_code)
    for name in _members(sum(map(ord, wilayat_code))):
        committees.enrol_member(store, code, name, DEMO_SIGNING_PASSWORD)
    return committees.get_committee(store, code)


def enrol_main_committee(store: Store) -> committees.CommitteeDTO:
    """The demo's main committee, which signs the election package."""
    if not store_is_demo(store):
        raise ElectadminError(ErrorCode.DEMO_ONLY)
    committees.create_committee(store, committees.MAIN_COMMITTEE, "اللجنة الرئيسية للانتخابات", "main", DEMO_QUORUM)
    for name in _members(0):
        committees.enrol_member(store, committees.MAIN_COMMITTEE, name, DEMO_SIGNING_PASSWORD)
    return committees.get_committee(store, committees.MAIN_COMMITTEE)


def store_is_demo(store: Store) -> bool:
    return get_election(store).definition.is_demo


def committees_step(store: Store, options, rng) -> Work[None]:
    """The demo step making the main committee (the wilayats' come with their certification)."""
    yield Progress(0, 1, STEP_COMMITTEES)
    enrol_main_committee(store)
    yield Progress(1, 1, STEP_COMMITTEES)
