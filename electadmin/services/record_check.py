"""Checking a printed record: which record a short hash names, whether the paper still says what the
database holds, its state, and who signed it.

:func:`check_printed_record` takes what a person types from the paper (the short hash of
:mod:`electadmin.integrity.record_hash`, in any case, with or without separators, in either digit
system) or what a hand-held scanner types from the QR code, and answers with a
:class:`PrintedRecordCheck`:

* ``match``: the paper is the current version and the stored row still hashes to what it printed;
* ``superseded``: the paper is an older version (a corrected count record, or a certification that
  was reopened or followed by a newer one); the current version and its state are named;
* ``altered``: the stored row no longer hashes to its own recorded hash: it was changed in the
  database behind the application's back (the freeze triggers refuse this through SQL updates of
  certified rows, but not a file edited by other means);
* ``no_match``: nothing in this file has that hash (a typing mistake, another election's paper, or a
  forgery); ``invalid``: what was typed is not a short hash at all.

Lookups are indexed by construction: each settled count record version and each certification
stores the full SHA-256 of its content (``count_record.content_sha256``,
``result_certification.signed_sha256``, migration 0013), and a short hash is its first 80 bits, so
the lookup is a range scan of that index (a few rows read for tens of thousands of stations). Only a
provisional consolidated record, whose content changes as stations report, is not stored: it is
compared with each uncertified wilayat's current result (one tally, the national summary's cost).
A version still awaiting its second entry is a working copy; its printed hash is found by nothing.

Signatures: a certification's k-of-n certificate is verified with the public keys in this file
(:func:`~electadmin.integrity.signing.check_certificate`), each signature named valid or not. A
station's count record is not signed on its own: once certified, it is covered by its wilayat's
certification, whose signers are reported (``signed_scope`` says so).

The check only reads: no permission is needed (an observer may check papers) and, as other reads,
it writes no audit entry (a check at a public display would otherwise flood the log).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term
from electadmin.integrity import signing
from electadmin.integrity.record_hash import (
    COUNT_RECORD,
    RESULT,
    PREFIX_HEX,
    content_sha256,
    count_record_content,
    parse_qr_payload,
    parse_short_hash,
    qr_payload,
    result_content,
    short_hash,
)
from electadmin.services import committees
from electadmin.services.certification import CERTIFICATION_PURPOSE, result_snapshot, signed_sha256, stored_content
from electadmin.services.count_record import CountRecordDTO, RecordStatus, record_content_sha256, version_dto
from electadmin.services.election import election_row
from electadmin.services.store import Store
from electadmin.services.tally import ConstituencyResult, ResultStatus, compute_results
from electadmin.storage.models import (
    Candidate,
    Committee,
    CommitteeMember,
    CountRecord,
    ResultCertification,
    ResultReopening,
    Wilayat,
)

__all__ = ["CheckOutcome", "PrintedRecordCheck", "SignerCheck", "certification_signers", "check_printed_record",
           "consolidated_sha256", "count_record_sha256", "printed_check_of"]


class CheckOutcome(StrEnum):
    MATCH = "match"
    SUPERSEDED = "superseded"
    ALTERED = "altered"
    NO_MATCH = "no_match"
    INVALID = "invalid"

    @property
    def label(self) -> Term:
        return _OUTCOME_LABELS[self]


_OUTCOME_LABELS = {
    CheckOutcome.MATCH: QT_TRANSLATE_NOOP("RecordCheck", "Matches the record held in this file"),
    CheckOutcome.SUPERSEDED: QT_TRANSLATE_NOOP("RecordCheck", "An older version: a newer one is in force"),
    CheckOutcome.ALTERED: QT_TRANSLATE_NOOP("RecordCheck", "The stored record was changed after it was printed"),
    CheckOutcome.NO_MATCH: QT_TRANSLATE_NOOP("RecordCheck", "No record in this file has this hash"),
    CheckOutcome.INVALID: QT_TRANSLATE_NOOP("RecordCheck", "Not a short hash"),
}

STATE_LABELS: dict[str, Term] = {
    **{s.value: s.label for s in RecordStatus},
    "provisional": QT_TRANSLATE_NOOP("RecordCheck", "Provisional result"),
    "certified": QT_TRANSLATE_NOOP("Terms", "Certified"),
    "reopened": QT_TRANSLATE_NOOP("RecordCheck", "Certified, then reopened"),
}
"""The words for a record's ``state`` (a count record's :class:`RecordStatus` or a result's)."""


@dataclass(frozen=True, slots=True)
class SignerCheck:
    member: str
    fingerprint: str
    signed_at: datetime
    valid: bool
    problem: str = ""
    """Why it is not valid (a word of :class:`~electadmin.integrity.signing.Problem`), empty if valid."""

    @property
    def short_fingerprint(self) -> str:
        return signing.short_fingerprint(self.fingerprint)


@dataclass(frozen=True, slots=True)
class PrintedRecordCheck:
    """What a short hash names and how the paper stands against the database."""

    typed: str
    outcome: CheckOutcome
    kind: str = ""
    """``count_record`` or ``result`` (empty when nothing was found)."""
    key: str = ""
    """The station code, or the wilayat code."""
    wilayat_code: str = ""
    wilayat_ar: str = ""
    centre_ar: str = ""
    version: int | None = None
    """The version printed (``None``: a provisional result)."""
    state: str = ""
    """The printed version's state now (see :data:`STATE_LABELS`)."""
    current_version: int | None = None
    current_state: str = ""
    sha256: str = ""
    short_hash: str = ""
    figures: tuple[tuple[str, int | None], ...] = ()
    """The main figures (registered, voted, valid, invalid, blank) as stored."""
    votes: tuple[tuple[str, str, int | None], ...] = ()
    """(candidate code, Arabic name, votes), in ballot order."""
    elected: tuple[str, ...] = ()
    committee: str = ""
    required: int = 0
    members: int = 0
    """n: the committee's active members."""
    signers: tuple[SignerCheck, ...] = ()
    signatures_ok: bool | None = None
    """All signatures valid and at least k of them (``None``: nothing signed)."""
    signed_scope: str = ""
    """``result`` (the signatures are over this result) or ``wilayat_result`` (a count record counted in
    its wilayat's certified result, whose signatures are reported)."""
    certified_at: datetime | None = None
    certification_reopened: bool = False
    """The certification reported (this result's, or the one a count record was certified in) was reopened."""

    @property
    def found(self) -> bool:
        return self.outcome not in (CheckOutcome.NO_MATCH, CheckOutcome.INVALID)

    @property
    def valid_signatures(self) -> int:
        return sum(1 for s in self.signers if s.valid)


# ---------------------------------------------------------------- the hashes printed


def count_record_sha256(election_uid: str, record: CountRecordDTO) -> str:
    """The SHA-256 a printed count record stands for (the same as the stored ``content_sha256`` of a
    settled version)."""
    return content_sha256(count_record_content(
        election_uid, record.station_code, record.version,
        {name: getattr(record.figures, name) for name in _FIGURES}, {v.code: v.votes for v in record.votes},
        record.opened_at, record.closed_at, record.members,
        [{"agent": o.agent, "candidate": o.candidate, "text": o.text, "decision": o.decision}
         for o in record.objections], record.explanation))


def consolidated_sha256(session: Session, result: ConstituencyResult) -> tuple[str, int | None]:
    """The SHA-256 a printed consolidated record stands for, and the certification version (``None``:
    provisional): what the committee signed when certified, the current result otherwise."""
    uid = election_row(session).uid
    if result.status is ResultStatus.CERTIFIED and result.certification_version is not None:
        row = session.scalar(select(ResultCertification).join(Wilayat, Wilayat.id == ResultCertification.wilayat_id)
                             .where(Wilayat.code == result.wilayat_code,
                                    ResultCertification.version == result.certification_version))
        if row is not None:
            return (row.signed_sha256 or signed_sha256(uid, result.wilayat_code, row.version, dict(row.snapshot), row.certificate),
                    row.version)
    return content_sha256(result_content(uid, result.wilayat_code, None, result_snapshot(result))), None


def certification_signers(session: Session, result: ConstituencyResult) -> list[tuple[str, str]]:
    """The members (name, key fingerprint) whose signatures certify *result* (none when it is not
    certified or was certified unsigned)."""
    if result.status is not ResultStatus.CERTIFIED or result.certification_version is None:
        return []
    certificate = session.scalar(select(ResultCertification.certificate).join(
        Wilayat, Wilayat.id == ResultCertification.wilayat_id).where(
        Wilayat.code == result.wilayat_code, ResultCertification.version == result.certification_version))
    return [(str(s["member"]), str(s["fingerprint"])) for s in (certificate or {}).get("signatures", [])]


def printed_check_of(election_uid: str, kind: str, key: str, version: int | None, sha256: str) -> tuple[str, str]:
    """The short hash and the QR text a printed record carries."""
    return short_hash(sha256), qr_payload(election_uid, kind, key, version, sha256)


_FIGURES = ("registered_men", "registered_women", "registered_total", "voted_men", "voted_women", "voted_total",
            "ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found", "valid",
            "invalid", "blank")
_SUMMARY = ("registered_total", "voted_total", "valid", "invalid", "blank")


# ---------------------------------------------------------------- the check


def check_printed_record(store: Store, typed: str) -> PrintedRecordCheck:
    """Check a short hash (or a scanned QR text) against this file: see the module's docstring."""
    text = (typed or "").strip()
    payload = parse_qr_payload(text)
    if payload is not None:
        full, prefix = payload.sha256, payload.sha256[:PREFIX_HEX]
    else:
        full, prefix = None, parse_short_hash(text)
    if prefix is None:
        return PrintedRecordCheck(text, CheckOutcome.INVALID)
    with store.read() as session:
        uid = election_row(session).uid
        if payload is not None and payload.election_uid and payload.election_uid != uid.lower():
            return PrintedRecordCheck(text, CheckOutcome.NO_MATCH)
        record = _first(session, CountRecord, CountRecord.content_sha256, prefix, full)
        if record is not None:
            return _record_check(session, uid, text, record)
        cert = _first(session, ResultCertification, ResultCertification.signed_sha256, prefix, full)
        if cert is not None:
            return _certification_check(session, uid, text, cert)
        return _provisional_check(session, uid, text, prefix, full)


def _first(session: Session, model, column, prefix: str, full: str | None):
    """The row whose hash starts with *prefix* (or equals *full*): a range scan of the column's index."""
    query = select(model).where(column == full) if full else select(model).where(
        column >= prefix, column < prefix + "g")  # "g" sorts after every hex digit
    return session.scalars(query.order_by(model.id).limit(1)).first()


def _record_check(session: Session, uid: str, typed: str, record: CountRecord) -> PrintedRecordCheck:
    dto = version_dto(session, record)
    latest = session.scalar(select(CountRecord).where(CountRecord.station_id == record.station_id)
                            .order_by(CountRecord.version.desc()).limit(1))
    stored = record.content_sha256 or ""
    if record_content_sha256(uid, dto.station_code, record) != stored:
        outcome = CheckOutcome.ALTERED
    elif latest.version != record.version:
        outcome = CheckOutcome.SUPERSEDED
    else:
        outcome = CheckOutcome.MATCH
    out = PrintedRecordCheck(
        typed, outcome, COUNT_RECORD, dto.station_code, dto.wilayat_code, dto.wilayat_ar, dto.centre_ar, record.version,
        record.status, latest.version, latest.status, stored, short_hash(stored),
        tuple((name, getattr(dto.figures, name)) for name in _SUMMARY),
        tuple((v.code, v.name_ar, v.votes) for v in dto.votes))
    if record.certification_id is not None:
        cert = session.get(ResultCertification, record.certification_id)
        if cert is not None:
            return _with_signatures(session, uid, out, cert, dto.wilayat_code, "wilayat_result")
    return out


def _certification_check(session: Session, uid: str, typed: str, cert: ResultCertification) -> PrintedRecordCheck:
    wilayat = session.get(Wilayat, cert.wilayat_id)
    latest = session.scalar(select(ResultCertification).where(ResultCertification.wilayat_id == cert.wilayat_id)
                            .order_by(ResultCertification.version.desc()).limit(1))
    reopened = set(session.scalars(select(ResultReopening.certification_id).where(
        ResultReopening.certification_id.in_({cert.id, latest.id}))))
    state = "reopened" if cert.id in reopened else "certified"
    current_state = "reopened" if latest.id in reopened else "certified"
    snapshot = dict(cert.snapshot)
    stored = cert.signed_sha256 or ""
    if signed_sha256(uid, wilayat.code, cert.version, snapshot, cert.certificate) != stored:
        outcome = CheckOutcome.ALTERED
    elif cert.id in reopened or latest.id != cert.id:
        outcome = CheckOutcome.SUPERSEDED
    else:
        outcome = CheckOutcome.MATCH
    out = PrintedRecordCheck(
        typed, outcome, RESULT, wilayat.code, wilayat.code, wilayat.name_ar, "", cert.version, state,
        latest.version if latest.id not in reopened else None, current_state if latest.id not in reopened
        else "provisional", stored, short_hash(stored), _snapshot_figures(snapshot),
        _snapshot_votes(session, wilayat, snapshot), tuple(snapshot.get("elected") or ()))
    return _with_signatures(session, uid, out, cert, wilayat.code, "result")


def _provisional_check(session: Session, uid: str, typed: str, prefix: str, full: str | None) -> PrintedRecordCheck:
    for result in compute_results(session):
        if result.status is ResultStatus.CERTIFIED:
            continue
        digest = content_sha256(result_content(uid, result.wilayat_code, None, result_snapshot(result)))
        if digest == full or (full is None and digest.startswith(prefix)):
            snapshot = result_snapshot(result)
            return PrintedRecordCheck(
                typed, CheckOutcome.MATCH, RESULT, result.wilayat_code, result.wilayat_code, result.wilayat_ar, "",
                None, "provisional", None, "provisional", digest, short_hash(digest), _snapshot_figures(snapshot),
                tuple((c.code, c.name_ar, c.votes) for c in sorted(result.candidates, key=lambda c: c.ballot_number)),
                tuple(result.elected))
    return PrintedRecordCheck(typed, CheckOutcome.NO_MATCH)


def _snapshot_figures(snapshot: dict) -> tuple[tuple[str, int | None], ...]:
    names = {"registered_total": "registered", "voted_total": "voted", "valid": "valid", "invalid": "invalid",
             "blank": "blank"}
    return tuple((name, snapshot.get(key)) for name, key in names.items())


def _snapshot_votes(session: Session, wilayat: Wilayat, snapshot: dict) -> tuple[tuple[str, str, int | None], ...]:
    names = {c.code: (c.ballot_number or 0, c.name_ar) for c in session.scalars(
        select(Candidate).where(Candidate.wilayat_id == wilayat.id))}
    votes = snapshot.get("votes") or {}
    return tuple((code, names.get(code, (0, code))[1], votes[code])
                 for code in sorted(votes, key=lambda k: (names.get(k, (0, k))[0], k)))


def _with_signatures(session: Session, uid: str, out: PrintedRecordCheck, cert: ResultCertification,
                     wilayat_code: str, scope: str) -> PrintedRecordCheck:
    reopened = session.scalar(select(ResultReopening.id).where(ResultReopening.certification_id == cert.id))
    base = replace(out, certified_at=cert.certified_at, signed_scope=scope, certification_reopened=reopened is not None)
    if cert.certificate is None:
        return base
    certificate = signing.Certificate.from_json(cert.certificate)
    content = stored_content(uid, wilayat_code, cert)
    checked = signing.check_certificate(certificate, content, committees.keyring(session),
                                        purpose=CERTIFICATION_PURPOSE, committee=certificate.committee)
    problems = {p.fingerprint: p.what for p in checked.problems if p.fingerprint}
    changed = any(p.what == "record_changed" for p in checked.problems)
    signers = tuple(SignerCheck(s.member, s.fingerprint, s.signed_at,
                                s.fingerprint in checked.valid and not changed,
                                problems.get(s.fingerprint, "record_changed" if changed else ""))
                    for s in certificate.signatures)
    committee = session.scalar(select(Committee).where(Committee.code == certificate.committee))
    members = 0 if committee is None else _active_members(session, committee.id)
    return replace(base, committee=certificate.committee, required=checked.required, members=members,
                   signers=signers, signatures_ok=checked.ok)


def _active_members(session: Session, committee_id: int) -> int:
    return session.scalar(select(func.count()).select_from(CommitteeMember).where(
        CommitteeMember.committee_id == committee_id, CommitteeMember.revoked_at.is_(None))) or 0

