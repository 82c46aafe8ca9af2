"""Signed packages carried on USB sticks: the format, its atomic writing and its complete checking.

A package is a folder (or the same files in a ``.zip``) holding content files, ``manifest.json`` and
``signatures.json``. The manifest names the package's kind, the election (uid, name, test flag), the
sender, a sequence number, the creation time and every content file with its size and SHA-256. The
manifest may also carry ``audit_head``, the sender's audit-log head when it signed (its entry number and
hash), so the receiver can later check the sender's file against it. The
signatures are a k-of-n :class:`~electadmin.integrity.signing.Certificate` of the sender's committee
over the manifest's canonical encoding (purpose ``package.<kind>``), so changing any byte of any
file, adding or removing one, or editing the manifest is detected.

Writing is atomic: everything goes to a temporary name beside the target (``.<name>.partial-…``, or
:func:`~electadmin.interchange.tabular.atomic_path`'s for a zip),
each file is flushed to the device (fsync), then the whole is renamed to its name and the folder
fsynced; a stick pulled out or a machine killed midway leaves at most a ``.partial`` that no reader
takes for a package (it has no complete, signed manifest). Reading checks the files against the
manifest first (:func:`read_package`); checking the signatures needs the verifier's keyring
(:func:`check_signatures`), and checks that depend on the receiving election (identity, replay, test
into real) are the importer's (``services.packages``). Each refusal is an
:class:`~electadmin.domain.errors.ElectadminError` with its own stable code.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.integrity.canonical import canonical_bytes
from electadmin.integrity.signing import Certificate, CertificateCheck, Keyring, check_certificate
from electadmin.interchange.tabular import _fsync_folder, atomic_path

FORMAT = "electadmin-package"
VERSION = 1
MANIFEST = "manifest.json"
SIGNATURES = "signatures.json"
_RESERVED = {MANIFEST, SIGNATURES}


def purpose(kind: str) -> str:
    return f"package.{kind}"


@dataclass(frozen=True, slots=True)
class Package:
    """A package whose files all match its manifest (signatures not yet checked)."""

    path: Path
    manifest: Mapping[str, Any]
    certificate: Certificate
    files: Mapping[str, bytes]

    @property
    def kind(self) -> str:
        return str(self.manifest["kind"])

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    @property
    def sender(self) -> str:
        return str(self.manifest["sender"])

    @property
    def election(self) -> Mapping[str, Any]:
        return self.manifest["election"]

    @property
    def audit_head(self) -> Mapping[str, Any] | None:
        """The sender's audit head as signed in the manifest (``None``: an older sender)."""
        head = self.manifest.get("audit_head")
        return head if isinstance(head, Mapping) else None

    @property
    def manifest_sha256(self) -> str:
        return hashlib.sha256(canonical_bytes(self.manifest)).hexdigest()

    def json(self, name: str) -> Any:
        return json.loads(self.files[name])


def build_manifest(kind: str, *, election_uid: str, election_name: str, is_test: bool, sender: str,
                   sequence: int, created_at: datetime, files: Mapping[str, bytes],
                   audit_head: Mapping[str, Any] | None = None) -> dict[str, Any]:
    for name in files:
        _check_name(name)
    anchored = {} if audit_head is None else {"audit_head": {"sequence": int(audit_head["sequence"]),
                                                             "hash": str(audit_head["hash"])}}
    return {**anchored,
        "format": FORMAT, "version": VERSION, "kind": kind, "sender": sender, "sequence": sequence,
        "created_at": created_at,
        "election": {"uid": election_uid, "name": election_name, "is_test": is_test},
        "files": {name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
                  for name, data in sorted(files.items())},
    }


def _check_name(name: str) -> None:
    parts = Path(name).parts
    if (not parts or name in _RESERVED or Path(name).is_absolute() or ".." in parts or "\\" in name):
        raise ValueError(f"bad package file name {name!r}")


Sign = Callable[[Mapping[str, Any]], Certificate]


def write_package(target: Path, manifest: Mapping[str, Any], files: Mapping[str, bytes], sign: Sign) -> Path:
    """Write the package atomically at *target* (a folder, or a zip when it ends in ``.zip``)."""
    target = Path(target)
    manifest_json = json.loads(canonical_bytes(manifest))  # as it will be read back
    certificate = sign(manifest_json)
    content = {**files, MANIFEST: _pretty(manifest_json), SIGNATURES: _pretty(certificate.as_json())}
    if target.exists():
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix.lower() == ".zip":
        with atomic_path(target) as partial, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for name in sorted(content):
                archive.writestr(name, content[name])
        return target
    partial = target.with_name(f".{target.name}.partial-{uuid.uuid4().hex[:8]}")
    try:
        partial.mkdir()
        for name in sorted(content):
            path = partial / name
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(path, "wb") as out:
                out.write(content[name])
                out.flush()
                os.fsync(out.fileno())
        _fsync_folder(partial)
        os.rename(partial, target)
        _fsync_folder(target.parent)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return target


def _pretty(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str).encode("utf-8")


def _read_all(path: Path) -> dict[str, bytes]:
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist() if not info.is_dir()}


def read_package(path: Path) -> Package:
    """Read *path* and check every file against the manifest (changed, missing, extra)."""
    path = Path(path)
    try:
        if path.name.startswith(".") and (".partial-" in path.name or path.name.endswith(".part")):
            raise ValueError("an unfinished package (its writing was interrupted)")
        files = _read_all(path)
        manifest = json.loads(files.pop(MANIFEST))
        certificate = Certificate.from_json(json.loads(files.pop(SIGNATURES)))
        if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
            raise ValueError("not an electadmin package of this version")
        listed = manifest["files"]
        for key in ("kind", "sender", "sequence", "election"):
            manifest[key]  # noqa: B018 - a KeyError names what is missing
    except (OSError, KeyError, TypeError, ValueError, zipfile.BadZipFile) as exc:
        raise ElectadminError(ErrorCode.PACKAGE_UNREADABLE, path=str(path), detail=_reason(exc)) from exc
    for name in sorted(set(listed) - set(files)):
        raise ElectadminError(ErrorCode.PACKAGE_FILE_MISSING, file=name)
    for name in sorted(set(files) - set(listed)):
        raise ElectadminError(ErrorCode.PACKAGE_FILE_EXTRA, file=name)
    for name, entry in sorted(listed.items()):
        data = files[name]
        if len(data) != entry.get("size") or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise ElectadminError(ErrorCode.PACKAGE_FILE_CHANGED, file=name)
    return Package(path, manifest, certificate, files)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"{exc.args[0]} is missing"
    return str(exc) or type(exc).__name__


def check_signatures(package: Package, keyring: Keyring) -> CertificateCheck:
    """The package's certificate over its manifest, against *keyring*; raises on the first failure."""
    result = check_certificate(package.certificate, package.manifest, keyring, purpose=purpose(package.kind),
                               committee=package.certificate.committee)
    for problem in result.problems:
        fp = problem.fingerprint[:16]
        if problem.what == "unknown_key" or problem.what == "other_committee":
            raise ElectadminError(ErrorCode.PACKAGE_UNKNOWN_KEY, fingerprint=fp)
        if problem.what == "revoked_key":
            raise ElectadminError(ErrorCode.PACKAGE_REVOKED_KEY, member=problem.member, fingerprint=fp)
        if problem.what in ("bad_signature", "record_changed", "wrong_purpose"):
            raise ElectadminError(ErrorCode.PACKAGE_BAD_SIGNATURE, member=problem.member or "?", fingerprint=fp or "?")
        if problem.what == "too_few":
            raise ElectadminError(ErrorCode.PACKAGE_TOO_FEW_SIGNATURES, valid=len(result.valid),
                                  committee=package.certificate.committee, k=result.required)
    return result
