"""Committee members' signing keys (Ed25519) and k-of-n certificates over canonically encoded records.

A member's key pair is made at enrolment. The private half is kept only encrypted under the member's
signing password, with scrypt (N=2^15, r=8, p=1) deriving an AES-256-GCM key: scrypt is memory-hard,
so guessing passwords on a stolen laptop's file is slow even with graphics cards, and GCM is
authenticated, so a wrong password or a changed byte is a clear refusal rather than a wrong key.
(``BestAvailableEncryption`` PKCS#8 would use PBKDF2 and CBC, neither memory-hard nor authenticated.)
The public key's SHA-256 is its fingerprint, printed on everything it signs.

A :class:`Certificate` is the signatures of some members of one committee over a record: each signs
``canonical_bytes({"purpose", "committee", "record_sha256", "member", "signed_at"})``, so a changed figure, another committee
or another purpose invalidates every signature. :func:`check_certificate` needs only public keys (a
:class:`Keyring`) and names each thing that failed. The count records' certification (results) and
the packages' manifests both go through :func:`certify` and :func:`check_certificate`.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from electadmin.integrity.canonical import canonical_bytes, sha256_hex

_MAGIC = b"EAK1"
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1


class WrongPassword(Exception):
    """The signing password does not open this private key (or the stored key was changed)."""


@dataclass(frozen=True, slots=True)
class KeyPair:
    public_key: bytes  # 32 raw bytes
    encrypted_private_key: bytes
    fingerprint: str


def fingerprint(public_key: bytes) -> str:
    """The SHA-256 (hex) of the raw public key."""
    return hashlib.sha256(public_key).hexdigest()


def short_fingerprint(value: str) -> str:
    """The first 16 hex digits in groups of four, for reading aloud and comparing on screen."""
    return " ".join(value[i:i + 4].upper() for i in range(0, 16, 4))


def _kdf(password: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P).derive(password.encode("utf-8"))


def generate_key(password: str) -> KeyPair:
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return KeyPair(public, encrypt_private_key(private, public, password), fingerprint(public))


def encrypt_private_key(private: Ed25519PrivateKey, public: bytes, password: str) -> bytes:
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    salt, nonce = os.urandom(16), os.urandom(12)
    return _MAGIC + salt + nonce + AESGCM(_kdf(password, salt)).encrypt(nonce, raw, public)


def unlock(encrypted: bytes, public_key: bytes, password: str) -> Ed25519PrivateKey:
    """The private key, if *password* opens it and it belongs to *public_key*."""
    if not encrypted.startswith(_MAGIC) or len(encrypted) < len(_MAGIC) + 28:
        raise WrongPassword
    salt, nonce, sealed = encrypted[4:20], encrypted[20:32], encrypted[32:]
    try:
        raw = AESGCM(_kdf(password, salt)).decrypt(nonce, sealed, public_key)
    except InvalidTag as exc:
        raise WrongPassword from exc
    private = Ed25519PrivateKey.from_private_bytes(raw)
    if private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw) != public_key:
        raise WrongPassword
    return private


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    return private.sign(data)


def verify(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# ---------------------------------------------------------------- certificates


@dataclass(frozen=True, slots=True)
class MemberKey:
    """What a verifier knows of one member: public only."""

    committee: str
    member: str
    public_key: bytes
    revoked: bool = False

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True, slots=True)
class Keyring:
    """The public keys a verifier trusts, and each committee's number of signatures required."""

    keys: Mapping[str, MemberKey]  # by fingerprint
    quorum: Mapping[str, int]  # committee code → k

    @classmethod
    def of(cls, keys: Iterable[MemberKey], quorum: Mapping[str, int]) -> Keyring:
        return cls({k.fingerprint: k for k in keys}, dict(quorum))


@dataclass(frozen=True, slots=True)
class Signature:
    member: str
    fingerprint: str
    signature: str  # base64
    signed_at: datetime

    def as_json(self) -> dict[str, Any]:
        return {"member": self.member, "fingerprint": self.fingerprint, "signature": self.signature,
                "signed_at": self.signed_at}


@dataclass(frozen=True, slots=True)
class Certificate:
    purpose: str
    committee: str
    record_sha256: str
    signatures: tuple[Signature, ...]

    def as_json(self) -> dict[str, Any]:
        return {"purpose": self.purpose, "committee": self.committee, "record_sha256": self.record_sha256,
                "signatures": [s.as_json() for s in self.signatures]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Certificate:
        return cls(str(data["purpose"]), str(data["committee"]), str(data["record_sha256"]), tuple(
            Signature(str(s["member"]), str(s["fingerprint"]), str(s["signature"]),
                      datetime.fromisoformat(str(s["signed_at"]).replace("Z", "+00:00")))
            for s in data["signatures"]))


def signed_message(purpose: str, committee: str, record_sha256: str, member: str, signed_at: datetime) -> bytes:
    """What one member signs: the record's hash with its purpose and committee, and who signed when."""
    return canonical_bytes({"purpose": purpose, "committee": committee, "record_sha256": record_sha256,
                            "member": member, "signed_at": signed_at})


def certify(purpose: str, committee: str, record: Any, signers: Iterable[tuple[str, Ed25519PrivateKey]],
            at: datetime) -> Certificate:
    """The signatures of *signers* (member name, unlocked key) over *record* for *committee*."""
    digest = sha256_hex(record)
    signatures = []
    for member, private in signers:
        public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        message = signed_message(purpose, committee, digest, member, at)
        signatures.append(Signature(member, fingerprint(public),
                                    base64.b64encode(sign(private, message)).decode("ascii"), at))
    return Certificate(purpose, committee, digest, tuple(signatures))


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a certificate: what (a stable word) and whose signature."""

    what: str  # record_changed, wrong_purpose, unknown_key, revoked_key, other_committee, bad_signature, duplicate, too_few
    member: str = ""
    fingerprint: str = ""
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CertificateCheck:
    valid: tuple[str, ...]  # fingerprints of the valid signatures of distinct members
    required: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not any(p.what in _FATAL for p in self.problems) and len(self.valid) >= self.required


_FATAL = {"record_changed", "wrong_purpose", "unknown_key", "revoked_key", "other_committee", "bad_signature",
          "too_few"}


def check_certificate(certificate: Certificate, record: Any, keyring: Keyring, *, purpose: str,
                      committee: str | None = None) -> CertificateCheck:
    """Check *certificate* over *record* with public keys only, naming every failure found.

    Any signature by an unknown, revoked or other committee's key, or one that does not verify, fails
    the certificate even when k others are valid: a forged signature is never outvoted.
    """
    committee = committee or certificate.committee
    problems: list[Problem] = []
    if certificate.purpose != purpose:
        problems.append(Problem("wrong_purpose", detail={"purpose": certificate.purpose, "expected": purpose}))
    digest = sha256_hex(record)
    if digest != certificate.record_sha256:
        problems.append(Problem("record_changed"))
    valid: list[str] = []
    members: set[str] = set()
    for s in certificate.signatures:
        key = keyring.keys.get(s.fingerprint)
        if key is None:
            problems.append(Problem("unknown_key", s.member, s.fingerprint))
            continue
        if key.committee != committee:
            problems.append(Problem("other_committee", key.member, s.fingerprint, {"committee": key.committee}))
            continue
        if key.revoked:
            problems.append(Problem("revoked_key", key.member, s.fingerprint))
            continue
        try:
            raw = base64.b64decode(s.signature, validate=True)
        except ValueError:
            raw = b""
        message = signed_message(purpose, committee, digest, s.member, s.signed_at)
        if s.member != key.member or not verify(key.public_key, raw, message):
            problems.append(Problem("bad_signature", key.member, s.fingerprint))
            continue
        if key.member in members:
            problems.append(Problem("duplicate", key.member, s.fingerprint))
            continue
        members.add(key.member)
        valid.append(s.fingerprint)
    required = keyring.quorum.get(committee, 0) or 1
    if len(valid) < required:
        problems.append(Problem("too_few", detail={"valid": len(valid), "k": required}))
    return CertificateCheck(tuple(valid), required, tuple(problems))


def committee_fingerprint(keys: Iterable[MemberKey], quorum: int) -> str:
    """One fingerprint for a committee's keys and k, for the operator to compare on screen."""
    return sha256_hex({"k": quorum, "keys": sorted(k.fingerprint for k in keys if not k.revoked)})
