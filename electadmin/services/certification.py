"""Draws for tied seats, certification of a constituency's result, and reopening.

What the screens call:

* :func:`record_draw` — a draw by lot for the tie crossing the last seat of a wilayat: by a seed
  agreed by the committee (the order is computed, :mod:`electadmin.domain.draw`) or by a physical
  draw whose order is typed; who drew, witnesses, time. It settles the result; a draw recorded for
  a tie that later changes no longer applies (the result needs a new one).
* :func:`certify` — freeze a complete, decided result: every station reported with a matched record,
  no tie awaiting its draw. The station records that count become ``certified`` (the database then
  refuses to update them) and a snapshot of the result with its content hash is kept.
* :func:`reopen` — undo a certification, with a written reason, by the system administrator only:
  the certification and its records stay as they were; corrections are new versions and the next
  certification is a new version (:func:`certification_history` lists them all).

Recording a draw and certifying need :data:`Permission.RESULTS_CERTIFY` (committee secretary or
system administrator), reopening :data:`Permission.RESULTS_REOPEN` (the system administrator alone),
both declared with :func:`~electadmin.services.authz.requires`. A backup of the election file is made
just before each certification (:func:`~electadmin.services.backup.backup_before_certification`).

**No certification without the committee's signatures.** A constituency result is certified only
with k valid signatures of the wilayat's committee (its members' Ed25519 keys, k set per
committee); a wilayat without a committee is refused with a message naming the committee to set
up (:data:`ErrorCode.RESULT_NO_COMMITTEE`), never certified on the secretary's word. The rule is the
same for demo and test elections: the demo enrols a committee for each wilayat it certifies (its
members' signing password is shown with the demo accounts), so the demo shows what a real
certification looks like, and the tests set committees up through their shared fixtures. Results
certified unsigned by an older version stay readable (:func:`check_certification` returns ``None``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from electadmin.domain.audit import EventType
from electadmin.domain.draw import DrawMethod, physical_draw, seed_draw
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.roles import Permission
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.integrity.canonical import canonical_bytes, sha256_hex
from electadmin.integrity import signing
from electadmin.integrity.record_hash import result_content
from electadmin.services import audit, committees
from electadmin.services.authz import require, requires
from electadmin.services.election import election_row
from electadmin.services.backup import backup_before_certification
from electadmin.services.count_record import certification_in_force, check_entry_phase, refuse_if_certified
from electadmin.services.candidates import wilayat_row
from electadmin.services.store import Store
from electadmin.services.tally import ConstituencyResult, ResultStatus, compute_results, pending_records
from electadmin.storage.base import utcnow
from electadmin.storage.models import (
    Committee,
    CountRecord,
    ResultCertification,
    ResultReopening,
    StationResult,
    TieDraw,
    Wilayat,
)

_REOPEN_REASON = QT_TRANSLATE_NOOP("Terms", "why the certified result is reopened")


@dataclass(frozen=True, slots=True)
class CertificationDTO:
    wilayat_code: str
    version: int
    certified_by: str
    certified_at: datetime
    content_hash: str
    snapshot: dict
    reopened_by: str | None
    reopened_at: datetime | None
    reopen_reason: str | None

    @property
    def in_force(self) -> bool:
        return self.reopened_at is None


def _wilayat(session: Session, code: str) -> Wilayat:
    return wilayat_row(session, code)


def _open_wilayat(session: Session, code: str) -> Wilayat:
    """The wilayat, if its result may still change: counting under way and not certified.

    Its row is locked for the transaction (PostgreSQL; SQLite's writer already holds the file), so
    two committees certifying, reopening or drawing for one wilayat at once take turns, and the
    second sees what the first did ("already certified") rather than a half-changed count.
    """
    check_entry_phase(session)
    wilayat = _wilayat(session, code)
    session.execute(select(Wilayat.id).where(Wilayat.id == wilayat.id).with_for_update())
    refuse_if_certified(session, wilayat)
    return wilayat


def _result(session: Session, wilayat: Wilayat) -> ConstituencyResult:
    return compute_results(session, [wilayat.id])[0]


@requires(Permission.RESULTS_CERTIFY)
def record_draw(store: Store, wilayat_code: str, method: DrawMethod, *, drawn_by: str, witnesses: Iterable[str],
                drawn_at: datetime, seed: str | None = None, order: Sequence[str] = ()) -> ConstituencyResult:
    """Record the draw for the wilayat's tie crossing the last seat (candidate codes in *order*)."""
    with store.write() as session:
        wilayat = _open_wilayat(session, wilayat_code)
        result = _result(session, wilayat)
        if result.tie is None:
            raise ElectadminError(ErrorCode.RESULT_NO_TIE, wilayat=wilayat.name_ar)
        tied = result.tie.candidates
        if method is DrawMethod.SEED:
            draw = seed_draw(tied, seed or "", drawn_by=drawn_by, witnesses=witnesses, drawn_at=drawn_at)
        else:
            draw = physical_draw(tied, tuple(o.strip().upper() for o in order), drawn_by=drawn_by,
                                 witnesses=witnesses, drawn_at=drawn_at)
        draw.verify()
        session.add(TieDraw(wilayat_id=wilayat.id, method=draw.method.value, seed=draw.seed, tied=list(draw.tied),
                            drawn_order=list(draw.order), votes=result.tie.votes, seats=result.tie.seats,
                            drawn_by=draw.drawn_by, witnesses=list(draw.witnesses), drawn_at=draw.drawn_at,
                            recorded_by=str(session.info.get("actor", "system")), recorded_at=utcnow()))
        session.flush()
        settled = _result(session, wilayat)
        audit.record(session, EventType.TIE_DRAW_RECORDED, "wilayat", wilayat.code, after={
            "method": draw.method.value, "seed": draw.seed, "tied": list(draw.tied), "order": list(draw.order),
            "votes": result.tie.votes, "seats": result.tie.seats, "drawn_by": draw.drawn_by,
            "witnesses": list(draw.witnesses), "drawn_at": draw.drawn_at, "elected": list(settled.elected)})
        return settled


def result_snapshot(result: ConstituencyResult) -> dict:
    """What a certification freezes: figures, votes, winners and draw (integers and text only)."""
    t = result.turnout
    return {
        "wilayat": result.wilayat_code, "seats": result.seats, "stations": result.stations_reported,
        "registered": t.registered, "registered_men": t.registered_men, "registered_women": t.registered_women,
        "voted": t.voted, "voted_men": t.voted_men, "voted_women": t.voted_women,
        "valid": result.valid, "invalid": result.invalid, "blank": result.blank,
        "votes": {c.code: c.votes for c in result.candidates}, "elected": list(result.elected),
        "draw": None if result.draw is None else {
            "method": result.draw.method.value, "seed": result.draw.seed, "tied": list(result.draw.tied),
            "order": list(result.draw.order), "drawn_by": result.draw.drawn_by,
            "witnesses": list(result.draw.witnesses), "drawn_at": result.draw.drawn_at.isoformat()},
    }


CERTIFICATION_PURPOSE = "result.certification"


def certified_content(election_uid: str, wilayat_code: str, version: int, snapshot: dict,
                      audit_head: dict | None = None) -> dict:
    """What the committee's members sign when they certify (:func:`~electadmin.integrity.record_hash.result_content`):
    the election, the wilayat, the version and the whole snapshot (so a change to any figure
    invalidates every signature), and the audit chain's head at that moment (a signed checkpoint of
    the log, :mod:`electadmin.services.audit`; absent from certifications made before checkpoints
    existed). The stored certificate carries the same head under ``audit_head``, so the content
    can be rebuilt to check it (:func:`stored_content`)."""
    return result_content(election_uid, wilayat_code, version, snapshot, audit_head)


def stored_content(election_uid: str, wilayat_code: str, cert: ResultCertification) -> dict:
    """The content a stored certification's members signed, rebuilt from its row."""
    return certified_content(election_uid, wilayat_code, cert.version, dict(cert.snapshot), _signed_head(cert.certificate))


def _signed_head(certificate: dict | None) -> dict | None:
    head = (certificate or {}).get("audit_head")
    return head if isinstance(head, dict) else None


def signed_sha256(election_uid: str, wilayat_code: str, version: int, snapshot: dict,
                  certificate: dict | None = None) -> str:
    """The SHA-256 of :func:`certified_content` with the audit head the stored *certificate*
    carries (the certificate's ``record_sha256``, also for an unsigned certification): what a
    printed consolidated record's short hash stands for."""
    return sha256_hex(certified_content(election_uid, wilayat_code, version, snapshot, _signed_head(certificate)))


def responsible_committee(session: Session, wilayat_code: str) -> Committee | None:
    """The wilayat's committee, whose k of n members certify its result (none set up: ``None``)."""
    return session.scalar(select(Committee).where(Committee.level == "wilayat",
                                                  Committee.wilayat_code == wilayat_code))


def signing_committee(store: Store, wilayat_code: str) -> committees.CommitteeDTO | None:
    """The committee whose members sign the wilayat's certification (``None``: none set up)."""
    with store.read() as session:
        committee = responsible_committee(session, wilayat_row(session, wilayat_code).code)
        code = None if committee is None else committee.code
    return None if code is None else committees.get_committee(store, code)


@requires(Permission.RESULTS_CERTIFY)
def certify(store: Store, wilayat_code: str, credentials: Sequence[tuple[str, str]] = ()) -> ConstituencyResult:
    """Certify the wilayat's complete and decided result; its counting records are frozen.

    k of the n members of the wilayat's committee sign the certified content (*credentials*:
    member name, signing password); the certification is refused without k valid signatures, and
    refused outright, naming the committee to set up, when the wilayat has no committee.
    """
    with store.read() as session:
        wilayat = wilayat_row(session, wilayat_code)
        committee = responsible_committee(session, wilayat.code)
        committee_code = None if committee is None else committee.code
        if committee_code is None:
            raise ElectadminError(ErrorCode.RESULT_NO_COMMITTEE, wilayat=wilayat.name_ar, code=wilayat.code,
                                  committee=committees.proposed_code("wilayat", wilayat.code))
    backup_before_certification(store)
    signers = []
    if committee_code is not None:
        require(store, Permission.SIGN)
        signers = committees.unlock_signers(store, committee_code, list(credentials))
    with store.write() as session:
        wilayat = _open_wilayat(session, wilayat_code)
        result = _result(session, wilayat)
        pending = pending_records(session, wilayat.id)
        if result.status is not ResultStatus.COMPLETE or pending:
            raise ElectadminError(ErrorCode.RESULT_NOT_COMPLETE, wilayat=wilayat.name_ar,
                                  missing=len(result.missing_stations) + pending)
        if result.tie is not None:
            raise ElectadminError(ErrorCode.RESULT_NEEDS_DRAW, wilayat=wilayat.name_ar,
                                  candidates="، ".join(result.tie.candidates))
        snapshot = result_snapshot(result)
        digest = hashlib.sha256(canonical_bytes(snapshot)).hexdigest()
        previous = session.scalar(select(ResultCertification.version).where(
            ResultCertification.wilayat_id == wilayat.id).order_by(ResultCertification.version.desc()).limit(1))
        version = (previous or 0) + 1
        uid = election_row(session).uid
        certificate = None
        if committee_code is not None:
            content = certified_content(uid, wilayat.code, version, snapshot, audit.head(session))
            signed = signing.certify(CERTIFICATION_PURPOSE, committee_code, content, signers, utcnow())
            check = signing.check_certificate(signed, content, committees.keyring(session),
                                              purpose=CERTIFICATION_PURPOSE, committee=committee_code)
            if not check.ok:
                raise ElectadminError(ErrorCode.CERTIFICATE_INVALID, detail=committees.describe_problems(check))
            certificate = json.loads(canonical_bytes({**signed.as_json(), "audit_head": content["audit_head"]}))
            audit.checkpoint(session, CERTIFICATION_PURPOSE, f"{wilayat.code} v{version}", committee_code,
                             content, signed)
        row = ResultCertification(wilayat_id=wilayat.id, version=version, snapshot=snapshot,
                                  content_hash=digest, certified_by=str(session.info.get("actor", "system")),
                                  certified_at=utcnow(), certificate=certificate,
                                  signed_sha256=signed_sha256(uid, wilayat.code, version, snapshot, certificate))
        session.add(row)
        session.flush()
        counted = select(StationResult.record_id).where(StationResult.wilayat_id == wilayat.id)
        session.execute(update(CountRecord).where(CountRecord.id.in_(counted), CountRecord.status == "matched")
                        .values(status="certified", certification_id=row.id))
        audit.record(session, EventType.RESULT_CERTIFIED, "wilayat", wilayat.code,
                     after={"version": row.version, "hash": digest, **snapshot,
                            "signers": [] if certificate is None else [x["member"] for x in certificate["signatures"]]})
        return _result(session, wilayat)


@requires(Permission.RESULTS_REOPEN)
def reopen(store: Store, wilayat_code: str, reason: str) -> ConstituencyResult:
    """Reopen the wilayat's certified result (system administrator, with a reason); both versions stay."""
    text = " ".join((reason or "").split())
    with store.write() as session:
        wilayat = _wilayat(session, wilayat_code)
        cert = certification_in_force(session, wilayat.id)
        if cert is None:
            raise ElectadminError(ErrorCode.RESULT_NOT_CERTIFIED, wilayat=wilayat.name_ar)
        if not text:
            raise ElectadminError(ErrorCode.RESULT_REASON_REQUIRED, action=_REOPEN_REASON)
        actor = str(session.info.get("actor", "system"))
        session.add(ResultReopening(certification_id=cert.id, reason=text, reopened_by=actor, reopened_at=utcnow()))
        session.flush()
        audit.record(session, EventType.RESULT_REOPENED, "wilayat", wilayat.code,
                     before={"version": cert.version, "hash": cert.content_hash}, after={"reason": text})
        return _result(session, wilayat)


def certification_history(store: Store, wilayat_code: str) -> list[CertificationDTO]:
    """Every certification of the wilayat, oldest first, with its reopening if any."""
    with store.read() as session:
        wilayat = _wilayat(session, wilayat_code)
        rows = session.execute(select(ResultCertification, ResultReopening).outerjoin(
            ResultReopening, ResultReopening.certification_id == ResultCertification.id)
            .where(ResultCertification.wilayat_id == wilayat.id).order_by(ResultCertification.version))
        return [CertificationDTO(wilayat.code, c.version, c.certified_by, c.certified_at, c.content_hash,
                                 dict(c.snapshot), r.reopened_by if r else None, r.reopened_at if r else None,
                                 r.reason if r else None) for c, r in rows]


def check_certification(store: Store, wilayat_code: str) -> signing.CertificateCheck | None:
    """Verify the signatures of the wilayat's certification in force with the public keys alone
    (``None`` when it carries none: no committee was set up for the wilayat)."""
    with store.read() as session:
        wilayat = _wilayat(session, wilayat_code)
        cert = certification_in_force(session, wilayat.id)
        if cert is None:
            raise ElectadminError(ErrorCode.RESULT_NOT_CERTIFIED, wilayat=wilayat.name_ar)
        if cert.certificate is None:
            return None
        certificate = signing.Certificate.from_json(cert.certificate)
        content = stored_content(election_row(session).uid, wilayat.code, cert)
        return signing.check_certificate(certificate, content, committees.keyring(session),
                                         purpose=CERTIFICATION_PURPOSE, committee=certificate.committee)
