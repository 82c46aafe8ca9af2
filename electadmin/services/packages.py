"""Election and result packages between committees: write, verify, import (``interchange.package``).

**Election package** (main committee → wilayat committees and stations): the election definition,
geography, candidacy requirements, candidates with their decisions and ballot orders, every
committee with its members' public keys (and, for the committee it is addressed to only, its
members' private keys, still encrypted under each member's signing password), and optionally the
roll of one wilayat or polling centre, signed by k of the main committee's members. It is imported into an
election file that has no election yet (a station's new file, after its first administrator), as an
exact copy of those tables, so the station holds the same election (same uid) as the main committee.
Before anything is written the operator confirms the main committee's fingerprint
(:func:`electadmin.integrity.signing.committee_fingerprint`), compared with the one the main
committee printed and sent by another channel.

**Result package** (station or wilayat committee → the committee above): the files given by the
results area's hook (:func:`set_result_hooks`: the count records, their certificates, the NIST
SP 1500-100 JSON, PDF records), signed by k of the sender committee's members, whose public keys the
receiver holds from the election package. :func:`import_result_package` checks everything (files,
signatures, keys, revocation, election, sequence, test into real) before one transaction applies it
through the hook and records the sender's sequence. Every import, accepted or refused, is audited
(a refusal in its own transaction, so nothing else changes).

Both kinds anchor the audit log (:mod:`electadmin.services.audit`): the signed manifest names the
sender's audit head, the sender keeps the signed manifest as a checkpoint, and the receiver writes the
sender's head into its audit entry of the import.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Date, LargeBinary, Table, insert, select, text
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Permission
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term, Translate, untranslated
from electadmin.integrity import signing
from electadmin.integrity.canonical import canonical_bytes
from electadmin.interchange import package as fmt
from electadmin.services import audit, committees
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.base import UTCDateTime, utcnow
from electadmin.storage.models import (
    BallotOrder,
    CandidacyRequirement,
    Candidate,
    CandidateDecision,
    Committee,
    CommitteeMember,
    Election,
    Governorate,
    PackageCounter,
    PackageReceipt,
    PollingCentre,
    PollingStation,
    Voter,
    Wilayat,
    WilayatAlias,
)

ELECTION, RESULT = "election", "result"

# The tables an election package carries, in an order that satisfies their foreign keys.
_ELECTION_TABLES = (Election, Governorate, Wilayat, WilayatAlias, PollingCentre, PollingStation,
                    CandidacyRequirement, Candidate, CandidateDecision, BallotOrder, Committee, CommitteeMember)


# ---------------------------------------------------------------- the results area's hook

ResultContent = Callable[[Store, str], Mapping[str, bytes]]
ResultApply = Callable[[Session, fmt.Package], Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class ResultHooks:
    """What the results area plugs in: *content* gives a sender committee's files for its package
    (certified count records and their certificates, NIST JSON, PDFs); *apply* writes an accepted
    package into the receiving store inside the import's transaction and returns a summary for the
    audit entry."""

    content: ResultContent
    apply: ResultApply


_result_hooks: ResultHooks | None = None


def set_result_hooks(hooks: ResultHooks | None) -> None:
    """Called once by the results area (and by tests) to give result packages their content."""
    global _result_hooks
    _result_hooks = hooks


def result_hooks() -> ResultHooks:
    if _result_hooks is None:
        raise ElectadminError(ErrorCode.PACKAGE_WRONG_KIND, kind="result", expected="supported")
    return _result_hooks


# ---------------------------------------------------------------- reports of what was checked


@dataclass(frozen=True, slots=True)
class PackageReport:
    """What a verification checked, in order, and the refusal that stopped it (if any)."""

    path: Path
    kind: str | None = None
    sender: str | None = None
    sequence: int | None = None
    files: int = 0
    signers: tuple[str, ...] = ()
    signer_fingerprints: tuple[str, ...] = ()  # the signers' key fingerprints, in the order of *signers*
    committee_fingerprint: str | None = None
    checks: tuple[Check, ...] = ()
    refusal: ElectadminError | None = None

    @property
    def ok(self) -> bool:
        return self.refusal is None


CHECK_FILES = QT_TRANSLATE_NOOP(
    "Packages", "The manifest lists {files} files; each file's size and SHA-256 match; no file is missing, none is extra.")
CHECK_SIGNATURES = QT_TRANSLATE_NOOP(
    "Packages", "{valid} valid signatures of the committee {committee} over the manifest ({k} needed).")
CHECK_FINGERPRINT = QT_TRANSLATE_NOOP(
    "Packages", "The main committee's fingerprint {fingerprint} matches the one confirmed.")
CHECK_KNOWN_KEYS = QT_TRANSLATE_NOOP(
    "Packages", "{valid} valid signatures of the committee {committee} ({k} needed), by keys this election "
                "knows, none revoked.")
CHECK_ELECTION = QT_TRANSLATE_NOOP("Packages", "The package belongs to this election.")
CHECK_TEST_MARK = QT_TRANSLATE_NOOP("Packages", "Its test or demo mark agrees with this election.")
CHECK_SEQUENCE = QT_TRANSLATE_NOOP(
    "Packages", "Its sequence number {sequence} is newer than the last one accepted ({last}).")
CHECK_IMPORTED_ROWS = QT_TRANSLATE_NOOP("Packages", "Imported: {rows} rows.")
CHECK_IMPORTED = QT_TRANSLATE_NOOP("Packages", "Imported.")
CHECK_SENDER_HEAD = QT_TRANSLATE_NOOP(
    "Packages", "The sender's audit log stood at entry {sequence} ({head}) when it signed; the import keeps it.")


@dataclass(frozen=True, slots=True)
class Check:
    """One check a verification passed: its sentence (translated where shown) and figures."""

    term: Term
    params: Mapping[str, Any]

    def text(self, translate: Translate = untranslated, number: Callable[[int], str] = str) -> str:
        params = {k: number(v) if isinstance(v, int) and not isinstance(v, bool) else v for k, v in self.params.items()}
        return self.term.translated(translate).format(**params)


@dataclass
class _Progress:
    path: Path
    checks: list[Check] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)

    def add(self, term: Term, **params: Any) -> None:
        self.checks.append(Check(term, params))

    def report(self, refusal: ElectadminError | None = None) -> PackageReport:
        return PackageReport(self.path, checks=tuple(self.checks), refusal=refusal, **self.values)


# ---------------------------------------------------------------- table rows as JSON


def _plain_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _dump(session: Session, table: Table, where=None, *, keys_for: int | None = None) -> bytes:
    columns = [c.name for c in table.columns]
    query = select(table).order_by(*table.primary_key.columns)
    if where is not None:
        query = query.where(where)
    rows = [[_plain_value(v) for v in row] for row in session.execute(query)]
    if table.name == CommitteeMember.__tablename__:
        # Public keys travel; a private key only to its own committee, still encrypted under its
        # member's signing password (a lost stick then exposes no more than a stolen laptop).
        index, committee = columns.index("private_key"), columns.index("committee_id")
        for row in rows:
            if row[committee] != keys_for:
                row[index] = None
    return canonical_bytes({"table": table.name, "columns": columns, "rows": rows})


def _parse(column, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column.type, LargeBinary):
        return base64.b64decode(value)
    if isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def _load(session: Session, table: Table, payload: Mapping[str, Any]) -> int:
    if payload.get("table") != table.name:
        raise ElectadminError(ErrorCode.PACKAGE_UNREADABLE, path=table.name, detail="unexpected table")
    columns = [table.columns[name] for name in payload["columns"]]
    rows = [{c.name: _parse(c, v) for c, v in zip(columns, row, strict=True)} for row in payload["rows"]]
    for start in range(0, len(rows), 5000):
        session.execute(insert(table), rows[start:start + 5000])
    return len(rows)


def _advance_sequences(session: Session, models) -> None:
    """PostgreSQL: rows loaded with their ids leave the id sequences behind; move them past the ids."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for model in models:
        table = model.__tablename__
        session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))


# ---------------------------------------------------------------- writing


def _next_sequence(session: Session, kind: str) -> int:
    row = session.get(PackageCounter, kind)
    if row is None:
        row = PackageCounter(kind=kind, sequence=0)
        session.add(row)
    row.sequence += 1
    session.flush()
    return row.sequence


def _write(session: Session, target: Path, kind: str, sender: str, files: Mapping[str, bytes],
           signers: Sequence[tuple[str, Any]]) -> fmt.Package:
    """Write and sign the package inside the caller's transaction, so its sequence number, checkpoint
    and audit entry exist exactly when the package does. The callers unlock the members' keys
    before the transaction (:func:`~electadmin.services.committees.unlock_signers`): scrypt takes a
    tenth of a second a key, and a station's check-ins wait on the write lock meanwhile."""
    election = session.get(Election, 1)
    if election is None:
        raise ElectadminError(ErrorCode.ELECTION_MISSING)
    sequence = _next_sequence(session, kind)
    manifest = fmt.build_manifest(kind, election_uid=election.uid, election_name=election.name_ar,
                                  is_test=election.is_demo, sender=sender, sequence=sequence,
                                  created_at=utcnow(), files=files, audit_head=audit.head(session))
    quorum = session.execute(select(Committee.quorum).where(Committee.code == sender)).scalar_one()
    if len(signers) < quorum:
        raise ElectadminError(ErrorCode.PACKAGE_TOO_FEW_SIGNATURES, valid=len(signers), committee=sender, k=quorum)

    def sign(content: Mapping[str, Any]) -> signing.Certificate:
        return signing.certify(fmt.purpose(kind), sender, content, signers, utcnow())

    path = fmt.write_package(Path(target), manifest, files, sign)
    package = fmt.read_package(path)
    audit.checkpoint(session, fmt.purpose(kind), f"{sender} no. {sequence}", sender, package.manifest,
                     package.certificate)
    audit.record(session, EventType.PACKAGE_EXPORTED, "package", f"{kind}:{sender}:{sequence}",
                 after={"path": str(path), "files": sorted(files), "manifest_sha256": package.manifest_sha256,
                        "signers": [s.member for s in package.certificate.signatures]})
    return package


def write_signed_package(session: Session, target: Path, kind: str, sender: str,
                         files: Mapping[str, bytes], signers: Sequence[tuple[str, Any]]) -> fmt.Package:
    """Write *files* as a package of *kind* signed by k of *sender*'s members, inside the caller's
    transaction (its sequence number and audit entry with it): for other areas' packages, such as a
    station's check-in events (:func:`electadmin.services.polling.export_events`)."""
    return _write(session, Path(target), kind, sender, files, signers)


@requires(Permission.PACKAGE_EXPORT)
def export_election_package(store: Store, target: str | Path, credentials: Sequence[tuple[str, str]], *,
                            for_committee: str | None = None, roll_wilayat: str | None = None,
                            roll_centre: str | None = None) -> fmt.Package:
    """Write the election package, signed by the main committee's members in *credentials*
    (member name, signing password); addressed to *for_committee* (whose members' encrypted keys
    it then carries, so they can sign there), with the roll of one wilayat or centre when asked."""
    signers = committees.unlock_signers(store, committees.MAIN_COMMITTEE, credentials)
    with store.write() as session:
        keys_for = None
        if for_committee:
            keys_for = session.execute(select(Committee.id).where(Committee.code == for_committee)).scalar()
            if keys_for is None:
                raise ElectadminError(ErrorCode.COMMITTEE_UNKNOWN, committee=for_committee)
        files = {f"{t.__tablename__}.json": _dump(session, t.__table__, keys_for=keys_for) for t in _ELECTION_TABLES}
        where = None
        if roll_centre:
            centre = session.execute(select(PollingCentre.id).where(PollingCentre.code == roll_centre)).scalar()
            if centre is None:
                raise ElectadminError(ErrorCode.GEO_UNKNOWN_CENTRE, code=roll_centre)
            where = Voter.centre_id == centre
        elif roll_wilayat:
            wilayat = session.execute(select(Wilayat.id).where(Wilayat.code == roll_wilayat)).scalar()
            if wilayat is None:
                raise ElectadminError(ErrorCode.GEO_UNKNOWN_WILAYAT, code=roll_wilayat)
            where = Voter.wilayat_id == wilayat
        if where is not None:
            files["voter.json"] = _dump(session, Voter.__table__, where)
        return _write(session, Path(target), ELECTION, committees.MAIN_COMMITTEE, files, signers)


@requires(Permission.PACKAGE_EXPORT)
def export_result_package(store: Store, target: str | Path, committee_code: str,
                          credentials: Sequence[tuple[str, str]]) -> fmt.Package:
    """Write *committee_code*'s result package (content from the results area's hook)."""
    files = dict(result_hooks().content(store, committee_code))
    signers = committees.unlock_signers(store, committee_code, credentials)
    with store.write() as session:
        return _write(session, Path(target), RESULT, committee_code, files, signers)


# ---------------------------------------------------------------- checking


def _package_keyring(package: fmt.Package) -> tuple[signing.Keyring, str]:
    """The main committee's keys as the election package itself carries them, and their fingerprint."""
    try:
        committees_rows = package.json("committee.json")
        members_rows = package.json("committee_member.json")
        c_cols, m_cols = committees_rows["columns"], members_rows["columns"]
        by_id = {row[c_cols.index("id")]: dict(zip(c_cols, row, strict=True)) for row in committees_rows["rows"]}
        keys = []
        for row in members_rows["rows"]:
            member = dict(zip(m_cols, row, strict=True))
            committee = by_id[member["committee_id"]]
            keys.append(signing.MemberKey(committee["code"], member["name"], base64.b64decode(member["public_key"]),
                                          member["revoked_at"] is not None))
        quorum = {c["code"]: c["quorum"] for c in by_id.values()}
    except (KeyError, ValueError, TypeError, json.JSONDecodeError) as exc:
        raise ElectadminError(ErrorCode.PACKAGE_UNREADABLE, path=str(package.path), detail=str(exc)) from exc
    main = [k for k in keys if k.committee == committees.MAIN_COMMITTEE]
    if not main:
        raise ElectadminError(ErrorCode.PACKAGE_UNKNOWN_KEY, fingerprint="—")
    return (signing.Keyring.of(keys, quorum),
            signing.committee_fingerprint(main, quorum.get(committees.MAIN_COMMITTEE, 1)))


def _check(store: Store | None, path: Path, expected_kind: str | None,
           confirmed_fingerprint: str | None, progress: _Progress) -> fmt.Package:
    package = fmt.read_package(path)
    progress.values.update(kind=package.kind, sender=package.sender, sequence=package.sequence,
                           files=len(package.files))
    progress.add(CHECK_FILES, files=len(package.files))
    if expected_kind and package.kind != expected_kind:
        raise ElectadminError(ErrorCode.PACKAGE_WRONG_KIND, kind=package.kind, expected=expected_kind)
    if package.kind == ELECTION:
        keyring, fingerprint = _package_keyring(package)
        progress.values["committee_fingerprint"] = fingerprint
        result = fmt.check_signatures(package, keyring)
        progress.add(CHECK_SIGNATURES, valid=len(result.valid), committee=package.certificate.committee,
                     k=result.required)
        if confirmed_fingerprint is not None:
            if not fingerprint.startswith(confirmed_fingerprint.replace(" ", "").lower()) or \
                    len(confirmed_fingerprint.replace(" ", "")) < 16:
                raise ElectadminError(ErrorCode.PACKAGE_FINGERPRINT_MISMATCH,
                                      fingerprint=signing.short_fingerprint(fingerprint),
                                      expected=confirmed_fingerprint)
            progress.add(CHECK_FINGERPRINT, fingerprint=signing.short_fingerprint(fingerprint))
    else:
        if store is None:
            raise ElectadminError(ErrorCode.ELECTION_MISSING)
        result = fmt.check_signatures(package, committees.store_keyring(store))
        progress.add(CHECK_KNOWN_KEYS, valid=len(result.valid), committee=package.certificate.committee,
                     k=result.required)
    progress.values["signers"] = tuple(s.member for s in package.certificate.signatures)
    progress.values["signer_fingerprints"] = tuple(s.fingerprint for s in package.certificate.signatures)
    if package.audit_head is not None:
        progress.add(CHECK_SENDER_HEAD, sequence=int(package.audit_head["sequence"]),
                     head=f"{int(package.audit_head['sequence'])}:{package.audit_head['hash']}")
    if store is not None and package.kind == RESULT:
        with store.read() as session:
            election = session.get(Election, 1)
            if election is None:
                raise ElectadminError(ErrorCode.ELECTION_MISSING)
            if package.election.get("uid") != election.uid:
                raise ElectadminError(ErrorCode.PACKAGE_OTHER_ELECTION, theirs=str(package.election.get("name")),
                                      ours=election.name_ar)
            progress.add(CHECK_ELECTION)
            if package.election.get("is_test") and not election.is_demo:
                raise ElectadminError(ErrorCode.PACKAGE_TEST_INTO_REAL)
            progress.add(CHECK_TEST_MARK)
            last = session.execute(select(PackageReceipt.sequence).where(
                PackageReceipt.kind == package.kind, PackageReceipt.sender == package.sender)).scalar()
            if last is not None and package.sequence <= last:
                raise ElectadminError(ErrorCode.PACKAGE_REPLAYED, sequence=package.sequence, sender=package.sender,
                                      last=last)
            progress.add(CHECK_SEQUENCE, sequence=package.sequence, last=last or 0)
    return package


def verify_package(store: Store | None, path: str | Path, *, confirmed_fingerprint: str | None = None) -> PackageReport:
    """Check a package without changing anything; the report lists each check passed and the refusal."""
    progress = _Progress(Path(path))
    try:
        _check(store, Path(path), None, confirmed_fingerprint, progress)
    except ElectadminError as refusal:
        return progress.report(refusal)
    return progress.report()


def _refused(store: Store, path: Path, refusal: ElectadminError, progress: _Progress) -> None:
    with store.write() as session:
        audit.record(session, EventType.PACKAGE_REFUSED, "package", path.name[:100],
                     after={"path": str(path), "code": refusal.code.value, "kind": progress.values.get("kind"),
                            "sender": progress.values.get("sender"), "sequence": progress.values.get("sequence")})


def _receipt(session: Session, package: fmt.Package) -> None:
    """Record the sender's sequence, checking it again under the write lock: of two processes
    importing the same package at once, the second finds the first's receipt and is refused."""
    row = session.execute(select(PackageReceipt).where(
        PackageReceipt.kind == package.kind, PackageReceipt.sender == package.sender).with_for_update()
    ).scalar_one_or_none()
    if row is not None and package.sequence <= row.sequence:
        raise ElectadminError(ErrorCode.PACKAGE_REPLAYED, sequence=package.sequence, sender=package.sender,
                              last=row.sequence)
    if row is None:
        row = PackageReceipt(kind=package.kind, sender=package.sender)
        session.add(row)
    row.sequence, row.manifest_sha256, row.accepted_at = package.sequence, package.manifest_sha256, utcnow()


def _accepted(session: Session, package: fmt.Package, summary: Mapping[str, Any]) -> None:
    _receipt(session, package)
    audit.record(session, EventType.PACKAGE_IMPORTED, "package", f"{package.kind}:{package.sender}:{package.sequence}",
                 after={"path": str(package.path), "manifest_sha256": package.manifest_sha256,
                        "signers": [s.member for s in package.certificate.signatures],
                        "sender_audit_head": package.audit_head, **summary})


@requires(Permission.PACKAGE_IMPORT)
def import_election_package(store: Store, path: str | Path, confirmed_fingerprint: str) -> PackageReport:
    """Import the election package into this (empty) election file, after every check."""
    path = Path(path)
    progress = _Progress(path)
    try:
        package = _check(store, path, ELECTION, confirmed_fingerprint, progress)
        with store.write() as session:
            if session.get(Election, 1) is not None:
                raise ElectadminError(ErrorCode.PACKAGE_NOT_EMPTY)
            if session.execute(select(Committee.id)).first() is not None:
                raise ElectadminError(ErrorCode.PACKAGE_NOT_EMPTY)
            counts = {t.__tablename__: _load(session, t.__table__, package.json(f"{t.__tablename__}.json"))
                      for t in _ELECTION_TABLES}
            if "voter.json" in package.files:
                counts["voter"] = _load(session, Voter.__table__, package.json("voter.json"))
            _advance_sequences(session, [*_ELECTION_TABLES, Voter])
            _accepted(session, package, {"rows": counts})
    except ElectadminError as refusal:
        _refused(store, path, refusal, progress)
        raise
    progress.add(CHECK_IMPORTED_ROWS, rows=sum(counts.values()))
    return progress.report()


@requires(Permission.PACKAGE_IMPORT)
def import_result_package(store: Store, path: str | Path) -> PackageReport:
    """Import a result package after every check; a refusal changes nothing but the audit log."""
    path = Path(path)
    progress = _Progress(path)
    try:
        hooks = result_hooks()
        package = _check(store, path, RESULT, None, progress)
        with store.write() as session:
            summary = hooks.apply(session, package)
            _accepted(session, package, dict(summary))
    except ElectadminError as refusal:
        _refused(store, path, refusal, progress)
        raise
    progress.add(CHECK_IMPORTED)
    return progress.report()
