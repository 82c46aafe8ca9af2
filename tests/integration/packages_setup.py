"""Helpers of the package tests: election files, copies, signed-in stores, and the refusal check
(refused with its code, nothing changed but one audit entry)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.integrity import signing
from electadmin.interchange import package as fmt
from electadmin.services import audit, committees, packages, users
from electadmin.services.store import Store

ADMIN = ("root.admin", "correct-horse-staple-9")


def new_file(path: Path) -> Store:
    store = Store.open(path, create=True)
    users.create_first_administrator(store, *ADMIN)
    return store


def copy_file(source: Path, target: Path) -> Path:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()
    return target


def signed_in(path: Path) -> Store:
    store = Store.open(path)
    users.sign_in(store, *ADMIN)
    return store


def rows_of(path: Path) -> dict[str, list]:
    """Every row of every table except the audit log's."""
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: sorted(map(repr, connection.execute(f'SELECT * FROM "{t}"')))
                for t in tables if t not in ("audit_entry", "audit_head")}
    finally:
        connection.close()


def refused(receiver: Path, package: Path, code: ErrorCode, **kwargs) -> None:
    """Importing *package* into *receiver* is refused with *code*, changing nothing but one audit entry."""
    before = rows_of(receiver)
    store = signed_in(receiver)
    try:
        entries = audit.verify(store).entries
        with pytest.raises(ElectadminError) as caught:
            if kwargs:
                packages.import_election_package(store, package, **kwargs)
            else:
                packages.import_result_package(store, package)
        assert caught.value.code is code, caught.value
        check = audit.verify(store)
        assert check.intact and check.entries == entries + 1
        last = audit.recent(store, 1)[0]
        assert last.event == "package.refused" and last.after["code"] == code.value
    finally:
        store.close()
    after = rows_of(receiver)
    after["app_user"], before["app_user"] = [], []  # signing in above updates the last sign-in time
    assert after == before


def resign(package: Path, signers) -> None:
    """Replace the package's signatures by *signers*' (name, private key) over its manifest."""
    manifest = json.loads((package / fmt.MANIFEST).read_bytes())
    certificate = signing.certify(fmt.purpose("result"), "W-MA01", manifest, signers,
                                  signing.datetime.now(signing.datetime.now().astimezone().tzinfo))
    (package / fmt.SIGNATURES).write_text(json.dumps(certificate.as_json(), default=str))


def keys_of(path: Path, credentials) -> list:
    store = Store.open(path)
    try:
        return committees.unlock_signers(store, "W-MA01", credentials)
    finally:
        store.close()


FLIP_CODES = {ErrorCode.PACKAGE_FILE_CHANGED, ErrorCode.PACKAGE_UNREADABLE, ErrorCode.PACKAGE_BAD_SIGNATURE,
              ErrorCode.PACKAGE_UNKNOWN_KEY, ErrorCode.PACKAGE_TOO_FEW_SIGNATURES,
              # a bit flipped in a file's name in the manifest: that file is then missing
              ErrorCode.PACKAGE_FILE_MISSING}


def flip_refused(receiver: Path, package: Path, name: str, where: float) -> ErrorCode:
    """Flip one bit of the package's file *name* at the fraction *where*; importing it is refused
    with a code of :data:`FLIP_CODES` and changes no row. Returns the code."""
    path = package / name
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    path.write_bytes(bytes(data))
    before = rows_of(receiver)
    store = signed_in(receiver)
    try:
        with pytest.raises(ElectadminError) as caught:
            packages.import_result_package(store, package)
    finally:
        store.close()
    assert caught.value.code in FLIP_CODES, caught.value
    after = rows_of(receiver)
    after["app_user"], before["app_user"] = [], []
    assert after == before
    return caught.value.code
