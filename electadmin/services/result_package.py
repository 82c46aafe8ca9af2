"""What a result package carries and how an accepted one is counted: the results area's hooks
for :mod:`electadmin.services.packages` (:func:`install`).

A station's or wilayat's committee sends the committee above, for every station of its area that
has a counted record (the latest matched or certified version):

``records/<station>.json``
    the count record in canonical JSON: every figure, the votes by candidate code, times,
    members, objections, explanation, its version, status and source;
``results/<wilayat>.json``
    for each wilayat of the area whose result is certified: the certification's snapshot (figures,
    votes, winners, draw), its version and content hash (SHA-256 of the snapshot's canonical encoding);
``results.cdf.json``
    the NIST SP 1500-100 v2 results report of the sender's file (:func:`results_export.build_cdf`);
``pdf/count-<station>.pdf`` and ``pdf/consolidated-<wilayat>.pdf``
    the printed records, as the sender printed them.

Every file is listed in the signed manifest with its SHA-256 (:mod:`electadmin.interchange.package`),
so all checks of files, keys, election and sequence are made before :func:`apply` runs. :func:`apply`
then checks the content against this file's own election, inside the import's one transaction: each
station exists, lies in the sender committee's area and in the record's wilayat, its votes name
exactly the ballot's candidates with whole non-negative numbers; no record touches a wilayat already
certified here; counting is under way; and each certified result of the package adds up to its
station records as this file counts them and carries k valid signatures of the members of the
wilayat's committee, which this file must know (:func:`electadmin.services.certification.certify`). Any refusal rolls the whole import back.

A record whose figures and votes are those already counted here changes nothing (a package sent
again with a newer sequence is harmless); any other becomes a new version of the station's count
record (``source = import``, reason naming the package) that counts at once, as a file from another
counting system does: consolidation (:mod:`electadmin.services.tally`) then includes it. The rows are
few (one per station of one wilayat, at most a few hundred), so they go through the ORM.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import run_to_end
from electadmin.domain.reconciliation import FIGURES
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.integrity.canonical import canonical_bytes
from electadmin.interchange import package as fmt
from electadmin.integrity import signing
from electadmin.services import committees, packages
from electadmin.services.certification import (
    CERTIFICATION_PURPOSE,
    certified_content,
    responsible_committee,
    result_snapshot,
)
from electadmin.services.count_record import (
    ballot_candidates,
    certification_in_force,
    check_entry_phase,
    count_matched,
    latest_version,
    refuse_if_certified,
)
from electadmin.services.results_export import build_cdf
from electadmin.services.results_reports import consolidated_pdf, count_record_pdf
from electadmin.services.store import Store
from electadmin.services.tally import compute_results
from electadmin.storage.base import utcnow
from electadmin.storage.models import (
    Committee,
    CountRecord,
    PollingCentre,
    PollingStation,
    StationResult,
    StationVote,
    Wilayat,
)

RECORDS, RESULTS, CDF, PDF = "records/", "results/", "results.cdf.json", "pdf/"

_FROM_PACKAGE = QT_TRANSLATE_NOOP("CountRecord", "Result package {sender} no. {sequence}")

# The figures of a certified snapshot that must equal what the station records add up to here.
_TOTALS = ("stations", "registered", "voted", "valid", "invalid", "blank", "votes")


def _in_scope(committee: Committee, wilayat_code: str, centre_code: str) -> bool:
    if committee.level == "centre":
        return centre_code == committee.centre_code
    if committee.level == "wilayat":
        return wilayat_code == committee.wilayat_code
    return True


def _record_json(record: CountRecord, station: str, wilayat: str) -> dict[str, Any]:
    return {
        "station": station, "wilayat": wilayat, "version": record.version, "status": record.status,
        "source": record.source, "reason": record.reason, "figures": {name: getattr(record, name) for name in FIGURES},
        "votes": dict(sorted((record.votes or {}).items())), "opened_at": record.opened_at,
        "closed_at": record.closed_at, "members": list(record.members or []),
        "objections": list(record.objections or []), "explanation": record.explanation,
        "reconciles": record.reconciles, "failed_checks": list(record.failed_checks or []),
    }


def content(store: Store, committee_code: str) -> dict[str, bytes]:
    """The files of *committee_code*'s result package (see the module's docstring)."""
    files: dict[str, bytes] = {}
    stations: list[tuple[str, int]] = []
    certified: list[str] = []
    with store.read() as session:
        committee = session.scalar(select(Committee).where(Committee.code == committee_code))
        if committee is None:
            raise ElectadminError(ErrorCode.COMMITTEE_UNKNOWN, committee=committee_code)
        rows = session.execute(
            select(CountRecord, PollingStation.code, PollingCentre.code, Wilayat.code)
            .join(StationResult, StationResult.record_id == CountRecord.id)
            .join(PollingStation, PollingStation.id == CountRecord.station_id)
            .join(PollingCentre, PollingCentre.id == PollingStation.centre_id)
            .join(Wilayat, Wilayat.id == CountRecord.wilayat_id)
            .order_by(PollingStation.code))
        wilayats: dict[str, int] = {}
        for record, station, centre, wilayat in rows:
            if _in_scope(committee, wilayat, centre):
                files[f"{RECORDS}{station}.json"] = canonical_bytes(_record_json(record, station, wilayat))
                stations.append((station, record.version))
                wilayats[wilayat] = record.wilayat_id
        if not stations:
            raise ElectadminError(ErrorCode.RESULT_PACKAGE_NOTHING, committee=committee_code)
        for code, wilayat_id in sorted(wilayats.items()):
            cert = certification_in_force(session, wilayat_id)
            if cert is not None and committee.level != "centre":
                files[f"{RESULTS}{code}.json"] = canonical_bytes({
                    "wilayat": code, "version": cert.version, "snapshot": cert.snapshot,
                    "content_hash": cert.content_hash, "certified_by": cert.certified_by,
                    "certified_at": cert.certified_at.isoformat(), "certificate": cert.certificate})
                certified.append(code)
    files[CDF] = json.dumps(build_cdf(store), ensure_ascii=False, indent=1, default=str).encode("utf-8")
    for station, version in stations:
        files[f"{PDF}count-{station}.pdf"] = run_to_end(count_record_pdf(store, station, version))
    for code in certified:
        files[f"{PDF}consolidated-{code}.pdf"] = run_to_end(consolidated_pdf(store, code))
    return files


def _bad(name: str, detail: str) -> ElectadminError:
    return ElectadminError(ErrorCode.RESULT_PACKAGE_BAD_RECORD, file=name, detail=detail)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _read(package: fmt.Package, name: str) -> dict[str, Any]:
    try:
        data = package.json(name)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _bad(name, "not JSON") from exc
    if not isinstance(data, dict):
        raise _bad(name, "not a JSON object")
    return data


def _check_record(name: str, data: Mapping[str, Any]) -> None:
    figures, votes = data.get("figures"), data.get("votes")
    if not isinstance(data.get("station"), str) or not isinstance(data.get("wilayat"), str):
        raise _bad(name, "station or wilayat missing")
    if not isinstance(figures, dict) or set(figures) != set(FIGURES):
        raise _bad(name, "the figures are not those of a count record")
    for key, value in figures.items():
        if value is not None and not _whole(value):
            raise _bad(name, f"{key} = {value!r}")
    if not isinstance(votes, dict) or not all(_whole(v) for v in votes.values()):
        raise _bad(name, "the votes are not whole numbers")
    if name != f"{RECORDS}{data['station']}.json":
        raise _bad(name, f"the file names another station ({data['station']})")


def apply(session: Session, package: fmt.Package) -> dict[str, Any]:
    """Count an accepted result package in this file (inside the import's transaction)."""
    check_entry_phase(session)
    sender = session.scalar(select(Committee).where(Committee.code == package.sender))
    if sender is None:
        raise ElectadminError(ErrorCode.COMMITTEE_UNKNOWN, committee=package.sender)
    reason = _FROM_PACKAGE.format(sender=package.sender, sequence=package.sequence)
    actor = str(session.info.get("actor", "system"))
    written: list[tuple[str, int]] = []
    unchanged = 0
    wilayats: dict[str, Wilayat] = {}
    for name in sorted(n for n in package.files if n.startswith(RECORDS)):
        data = _read(package, name)
        _check_record(name, data)
        found = session.execute(
            select(PollingStation, PollingCentre.code, Wilayat)
            .join(PollingCentre, PollingCentre.id == PollingStation.centre_id)
            .join(Wilayat, Wilayat.id == PollingCentre.wilayat_id)
            .where(PollingStation.code == data["station"])).first()
        if found is None:
            raise _bad(name, f"no station {data['station']} in this election")
        station, centre_code, wilayat = found
        if wilayat.code != data["wilayat"]:
            raise _bad(name, f"station {station.code} is in {wilayat.code}, not {data['wilayat']}")
        if not _in_scope(sender, wilayat.code, centre_code):
            raise ElectadminError(ErrorCode.RESULT_PACKAGE_OUT_OF_SCOPE, committee=sender.code, station=station.code)
        refuse_if_certified(session, wilayat)
        candidates = {c.code: c.id for c in ballot_candidates(session, wilayat)}
        votes = data["votes"]
        if set(votes) != set(candidates):
            raise _bad(name, "the votes do not name exactly the candidates of the ballot")
        wilayats[wilayat.code] = wilayat
        by_id = {candidates[code]: v for code, v in votes.items()}
        current = session.get(StationResult, station.id)
        if current is not None and {n: getattr(current, n) for n in FIGURES} == data["figures"] and dict(
                session.execute(select(StationVote.candidate_id, StationVote.votes)
                                .where(StationVote.station_id == station.id)).all()) == by_id:
            unchanged += 1
            continue
        latest = latest_version(session, station.id)
        now = utcnow()
        record = CountRecord(
            station_id=station.id, wilayat_id=wilayat.id, version=(latest.version if latest else 0) + 1,
            status="matched", source="import", reason=reason, votes=dict(sorted(votes.items())),
            opened_at=str(data.get("opened_at") or "")[:5], closed_at=str(data.get("closed_at") or "")[:5],
            members=[str(m) for m in data.get("members") or []], objections=list(data.get("objections") or []),
            explanation=str(data.get("explanation") or ""), reconciles=bool(data.get("reconciles")),
            failed_checks=[str(f) for f in data.get("failed_checks") or []], created_by=actor, created_at=now,
            matched_at=now, **data["figures"])
        session.add(record)
        session.flush()
        count_matched(session, record, by_id)
        written.append((station.code, record.version))
    if not wilayats:
        raise ElectadminError(ErrorCode.RESULT_PACKAGE_NOTHING, committee=package.sender)
    _check_certified(session, package, wilayats)
    return {"records": len(written), "unchanged": unchanged, "written": [list(w) for w in written],
            "wilayats": sorted(wilayats)}


def _check_certified(session: Session, package: fmt.Package, wilayats: Mapping[str, Wilayat]) -> None:
    """Each certified result sent must be what its records add up to in this file."""
    for name in sorted(n for n in package.files if n.startswith(RESULTS)):
        data = _read(package, name)
        code, snapshot = data.get("wilayat"), data.get("snapshot")
        if not isinstance(snapshot, dict) or name != f"{RESULTS}{code}.json" or code not in wilayats:
            raise _bad(name, "not the result of a wilayat whose records the package carries")
        if hashlib.sha256(canonical_bytes(snapshot)).hexdigest() != data.get("content_hash"):
            raise _bad(name, "its content hash does not match its figures")
        _check_signatures(session, package, name, data)
        here = compute_results(session, [wilayats[code].id])[0]
        ours = result_snapshot(here)
        differ = [key for key in _TOTALS if ours.get(key) != snapshot.get(key)]
        if differ:
            raise ElectadminError(ErrorCode.RESULT_PACKAGE_INCONSISTENT, wilayat=wilayats[code].name_ar,
                                  detail=", ".join(differ))


def _check_signatures(session: Session, package: fmt.Package, name: str, data: Mapping[str, Any]) -> None:
    """A certified result carries k valid signatures of its wilayat's committee over its content
    (checked with this file's public keys); a result certified without a committee is refused, as
    certifying one is (:mod:`electadmin.services.certification`)."""
    committee = responsible_committee(session, data["wilayat"])
    if committee is None:
        raise _bad(name, f"no committee of the wilayat {data['wilayat']} is known here to check its signatures")
    if not isinstance(data.get("certificate"), dict) or not isinstance(data.get("version"), int):
        raise _bad(name, f"the signatures of the committee {committee.code} are missing")
    try:
        certificate = signing.Certificate.from_json(data["certificate"])
    except (KeyError, TypeError, ValueError) as exc:
        raise _bad(name, "its signatures are unreadable") from exc
    head = data["certificate"].get("audit_head")
    signed = certified_content(package.election.get("uid"), data["wilayat"], data["version"], data["snapshot"],
                               head if isinstance(head, dict) else None)
    check = signing.check_certificate(certificate, signed, committees.keyring(session),
                                      purpose=CERTIFICATION_PURPOSE, committee=committee.code)
    if not check.ok:
        raise _bad(name, committees.describe_problems(check))


HOOKS = packages.ResultHooks(content, apply)


def install() -> None:
    """Give :mod:`electadmin.services.packages` its result packages (the CLI and the UI call it)."""
    packages.set_result_hooks(HOOKS)


__all__ = ["HOOKS", "apply", "content", "install"]
