"""Certifying a constituency's result with the signatures of k of the n members of its committee:
refused below k, verified with public keys alone, invalid as soon as any figure differs."""

from __future__ import annotations

import copy

import pytest

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Actor, Role
from electadmin.integrity import signing
from electadmin.services import backup, committees
from electadmin.services.certification import (
    CERTIFICATION_PURPOSE,
    certification_history,
    certified_content,
    check_certification,
    certify,
)
from electadmin.services.count_record import save_first_entry, save_second_entry
from electadmin.services.election import get_election
from electadmin.services.tally import ResultStatus, constituency_result
from electadmin.storage.models import ResultCertification
from tests.integration.results_setup import MEMBERS, as_clerk, ready_to_certify, record

@pytest.fixture
def signed_store(store):
    return ready_to_certify(store)


def test_k_members_sign_and_the_signatures_verify_with_public_keys(signed_store):
    certified = certify(signed_store, "MA01", MEMBERS[:2])
    assert certified.status is ResultStatus.CERTIFIED
    check = check_certification(signed_store, "MA01")
    assert check.ok and len(check.valid) == 2 and check.required == 2


def test_fewer_than_k_signatures_certify_nothing(signed_store):
    for credentials in ([], MEMBERS[:1]):
        with pytest.raises(ElectadminError) as refused:
            certify(signed_store, "MA01", credentials)
        assert refused.value.code is ErrorCode.CERTIFICATE_INVALID
    assert certification_history(signed_store, "MA01") == []
    assert constituency_result(signed_store, "MA01").status is ResultStatus.COMPLETE


def test_a_wrong_password_or_a_revoked_member_certifies_nothing(signed_store):
    with pytest.raises(ElectadminError) as refused:
        certify(signed_store, "MA01", [MEMBERS[0], ("w2", "not-the-password")])
    assert refused.value.code is ErrorCode.MEMBER_BAD_PASSWORD
    signed_store.actor = Actor("admin", Role.ADMINISTRATOR)
    committees.revoke_member(signed_store, "W-MA01", "w2", "مفتاح مفقود")
    with pytest.raises(ElectadminError) as revoked:
        certify(signed_store, "MA01", MEMBERS[:2])
    assert revoked.value.code is ErrorCode.MEMBER_REVOKED
    assert certification_history(signed_store, "MA01") == []


def test_a_change_to_any_figure_invalidates_the_signatures(signed_store):
    certify(signed_store, "MA01", MEMBERS[1:])
    cert = certification_history(signed_store, "MA01")[0]
    with signed_store.read() as session:
        stored = session.query(ResultCertification).one().certificate
    certificate = signing.Certificate.from_json(stored)
    keyring = committees.store_keyring(signed_store)
    uid = get_election(signed_store).uid
    head = stored["audit_head"]
    content = certified_content(uid, "MA01", cert.version, cert.snapshot, head)
    assert signing.check_certificate(certificate, content, keyring, purpose=CERTIFICATION_PURPOSE).ok
    for other in (None, {**head, "sequence": head["sequence"] - 1}, {**head, "hash": "f" * 64}):
        assert not signing.check_certificate(certificate, certified_content(uid, "MA01", cert.version,
                                                                            cert.snapshot, other),
                                             keyring, purpose=CERTIFICATION_PURPOSE).ok
    for change in (lambda s: s.update(valid=s["valid"] + 1),
                   lambda s: s["votes"].update({next(iter(s["votes"])): s["votes"][next(iter(s["votes"]))] + 1}),
                   lambda s: s.update(elected=[])):
        changed = copy.deepcopy(cert.snapshot)
        change(changed)
        assert not signing.check_certificate(certificate, certified_content(uid, "MA01", cert.version, changed, head),
                                             keyring, purpose=CERTIFICATION_PURPOSE).ok
    assert not signing.check_certificate(certificate, certified_content("other-election", "MA01", cert.version,
                                                                        cert.snapshot, head),
                                         keyring, purpose=CERTIFICATION_PURPOSE).ok


def test_a_wilayat_without_a_committee_is_not_certified_and_the_refusal_names_the_committee(signed_store):
    for station, votes in (("MA02-C1-1", [1, 2, 3, 4]), ("MA02-C1-2", [4, 3, 2, 1]), ("MA02-C1-3", [5, 5, 1, 0])):
        save_first_entry(as_clerk(signed_store, "clerk-1"), station, record(votes))
        save_second_entry(as_clerk(signed_store, "clerk-2"), station, record(votes))
    before = backup.list_backups(signed_store.path) if signed_store.path else []
    with pytest.raises(ElectadminError) as refused:
        certify(as_clerk(signed_store, "chair"), "MA02", MEMBERS[:2])
    assert refused.value.code is ErrorCode.RESULT_NO_COMMITTEE
    assert refused.value.params["committee"] == "W-MA02" and "W-MA02" in str(refused.value)
    assert certification_history(signed_store, "MA02") == []
    assert constituency_result(signed_store, "MA02").status is ResultStatus.COMPLETE
    assert (backup.list_backups(signed_store.path) if signed_store.path else []) == before
    # another wilayat's committee does not sign for it
    with pytest.raises(ElectadminError):
        certify(signed_store, "MA02", MEMBERS[:2])
    assert certification_history(signed_store, "MA02") == []


def test_a_real_certification_is_backed_up_first_even_inside_the_demo_builder(signed_store):
    """The demo builder's exception (no backups while it builds) never reaches a real election."""
    if signed_store.path is None:
        pytest.skip("backups are made of election files")
    with backup.building_demo():
        certify(signed_store, "MA01", MEMBERS[:2])
    assert [b.reason for b in backup.list_backups(signed_store.path)] == ["before-certification"]
