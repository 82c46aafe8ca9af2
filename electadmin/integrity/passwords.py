"""Password hashing (argon2id via ``argon2-cffi``) and the rules a new password must meet.

Only the argon2 hash is stored; it carries its own salt and cost parameters, so a later change of
the parameters still verifies old hashes (and :func:`needs_rehash` says when to store a new one).
A new password must be long enough, must not contain the user name, and must not be one of the
common passwords in ``data/common_passwords.txt`` (compared without regard to case).
"""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.paths import data_dir

MIN_LENGTH = 10

# The library's defaults (argon2id, RFC 9106's low-memory recommendation: 64 MiB, 3 passes).
_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    path = data_dir() / "common_passwords.txt"
    return frozenset(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def check_new_password(password: str, user_name: str = "") -> None:
    """Refuse a password that is too short, contains the user name or is a common one."""
    if len(password) < MIN_LENGTH:
        raise ElectadminError(ErrorCode.PASSWORD_TOO_SHORT, minimum=MIN_LENGTH)
    if user_name and user_name.lower() in password.lower():
        raise ElectadminError(ErrorCode.PASSWORD_LIKE_NAME)
    if password.lower() in common_passwords():
        raise ElectadminError(ErrorCode.PASSWORD_COMMON)
