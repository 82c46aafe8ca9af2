"""Signing keys and k-of-n certificates: encrypted at rest, verified with public keys only."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from electadmin.integrity import signing

AT = datetime(2027, 10, 24, 20, 0, tzinfo=timezone.utc)
RECORD = {"station": "MA01-C01-1", "votes": {"C1": 120, "C2": 98}, "valid": 218}


@pytest.fixture(scope="module")
def members():
    """Three members of W1 (k = 2) and one of W2, with their unlocked keys."""
    made = {}
    for committee, name in (("W1", "a"), ("W1", "b"), ("W1", "c"), ("W2", "z")):
        pair = signing.generate_key(f"signing-{name}-password")
        made[name] = (committee, pair, signing.unlock(pair.encrypted_private_key, pair.public_key,
                                                      f"signing-{name}-password"))
    return made


def _ring(members, revoked=()):
    keys = [signing.MemberKey(c, n, p.public_key, n in revoked) for n, (c, p, _) in members.items()]
    return signing.Keyring.of(keys, {"W1": 2, "W2": 1})


def _cert(members, *names, committee="W1", record=RECORD):
    return signing.certify("count_record", committee, record, [(n, members[n][2]) for n in names], AT)


def _problems(check):
    return [(p.what, p.member) for p in check.problems]


def test_the_private_key_is_encrypted_and_opens_only_with_its_password(members):
    _, pair, _ = members["a"]
    assert len(pair.public_key) == 32 and pair.fingerprint == signing.fingerprint(pair.public_key)
    with pytest.raises(signing.WrongPassword):
        signing.unlock(pair.encrypted_private_key, pair.public_key, "not-the-password")
    tampered = bytearray(pair.encrypted_private_key)
    tampered[-1] ^= 1
    with pytest.raises(signing.WrongPassword):
        signing.unlock(bytes(tampered), pair.public_key, "signing-a-password")
    other = members["b"][1].public_key
    with pytest.raises(signing.WrongPassword):  # the ciphertext is bound to its own public key
        signing.unlock(pair.encrypted_private_key, other, "signing-a-password")


def test_sign_and_verify_with_the_public_key_only(members):
    _, pair, private = members["a"]
    signature = signing.sign(private, b"record")
    assert signing.verify(pair.public_key, signature, b"record")
    assert not signing.verify(pair.public_key, signature, b"recorD")


def test_k_of_n_certifies_and_survives_a_round_trip_as_json(members):
    certificate = signing.Certificate.from_json(_cert(members, "a", "c").as_json())
    check = signing.check_certificate(certificate, RECORD, _ring(members), purpose="count_record")
    assert check.ok and len(check.valid) == 2 and check.problems == ()


@pytest.mark.parametrize(("case", "expected"), [
    ("too_few", [("too_few", "")]),
    ("changed_figure", [("record_changed", ""), ("bad_signature", "a"), ("bad_signature", "b"), ("too_few", "")]),
    ("revoked", [("revoked_key", "b"), ("too_few", "")]),
    ("unknown", [("unknown_key", "x")]),
    ("other_committee", [("other_committee", "z")]),
    ("duplicate", [("duplicate", "a"), ("too_few", "")]),
    ("other_purpose", [("wrong_purpose", ""), ("bad_signature", "a"), ("bad_signature", "b"), ("too_few", "")]),
])
def test_each_failure_is_named(members, case, expected):
    ring, record, purpose = _ring(members), RECORD, "count_record"
    if case == "too_few":
        certificate = _cert(members, "a")
    elif case == "changed_figure":
        certificate = _cert(members, "a", "b")
        record = {**RECORD, "votes": {"C1": 121, "C2": 98}}
    elif case == "revoked":
        certificate, ring = _cert(members, "a", "b"), _ring(members, revoked={"b"})
    elif case == "unknown":
        stranger = signing.Ed25519PrivateKey.generate()
        certificate = signing.certify("count_record", "W1", RECORD, [("a", members["a"][2]), ("b", members["b"][2]),
                                                                       ("x", stranger)], AT)
    elif case == "other_committee":
        certificate = signing.certify("count_record", "W1", RECORD, [("a", members["a"][2]), ("b", members["b"][2]),
                                                                       ("z", members["z"][2])], AT)
    elif case == "duplicate":
        certificate = _cert(members, "a", "a")
    else:  # signatures made for another kind of record, presented as a count record's
        certificate = signing.certify("constituency_result", "W1", RECORD,
                                      [(n, members[n][2]) for n in ("a", "b")], AT)
    check = signing.check_certificate(certificate, record, ring, purpose=purpose)
    assert not check.ok
    assert _problems(check) == expected


def test_a_forged_signature_is_never_outvoted(members):
    """Two valid signatures and one forged: the certificate fails, naming the forged one."""
    certificate = _cert(members, "a", "b", "c")
    forged = certificate.signatures[2]
    forged = signing.Signature(forged.member, forged.fingerprint, certificate.signatures[0].signature, AT)
    bad = signing.Certificate(certificate.purpose, certificate.committee, certificate.record_sha256,
                              certificate.signatures[:2] + (forged,))
    check = signing.check_certificate(bad, RECORD, _ring(members), purpose="count_record")
    assert not check.ok and _problems(check) == [("bad_signature", "c")]
