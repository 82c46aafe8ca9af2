"""Results out of the application: XLSX/CSV tables and the NIST SP 1500-100 v2 JSON report.

Tables (:func:`export_table`, XLSX or CSV by the file's extension), each carrying the election,
its status and the generation time (an XLSX on its "About this file" sheet; a CSV in three columns
repeated on every row, so that any row cut out of it still says where it came from):

``candidates``
    One row per constituency and candidate: governorate, wilayat, seats, status, stations reported
    and expected, ballot number, candidate code and name, gender, votes, share, rank, standing, elected.
``constituencies``
    One row per wilayat: seats, status, stations, turnout by gender, valid/invalid/blank, winners,
    the tie awaiting a draw.
``stations``
    One row per polling station: its record's state and version and the figures that count now.

NIST (:func:`build_cdf`, :func:`export_cdf`): an ``ElectionReport`` of ``Format`` precinct-level:
the country, governorates, wilayats and stations as ``GpUnit`` (stations as ``precinct``, with
registered and participating voters where known, wilayats with ``TotalSubUnits`` and
``SubUnitsReported``), one ``CandidateContest`` per wilayat (``VotesAllowed``, ``NumberElected`` =
seats, plurality) with each candidate's ``VoteCounts`` per reporting station and for the wilayat
(the sum of its stations), ``BallotCounts`` per station, the winners' ``PostElectionStatus`` once
decided. ``Status`` is ``certified`` when every constituency is, ``unofficial-complete`` when all
stations are in, else ``unofficial-partial``; ``IsTest`` is true for a demo election. Identifiers
are XML NCNames (a prefix, then the stable code).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from electadmin import __version__
from electadmin.domain.audit import EventType
from electadmin.domain.progress import Progress, Work
from electadmin.domain.reconciliation import CountFigures
from electadmin.domain.seats import Standing
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term, Translate, untranslated
from electadmin.domain.roles import Permission
from electadmin.interchange.tabular import MetaItem, atomic_path, write_csv, write_xlsx
from electadmin.services import audit
from electadmin.services.election import election_row
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.services.tally import ConstituencyResult, NationalSummary, ResultStatus, national_summary
from electadmin.storage.models import (
    Candidate,
    CountRecord,
    Governorate,
    PollingCentre,
    PollingStation,
    StationResult,
    StationVote,
    Wilayat,
)

TABLES = ("candidates", "constituencies", "stations")
STEP_WRITING = QT_TRANSLATE_NOOP("Progress", "Writing the results")

H = {
    "governorate": QT_TRANSLATE_NOOP("Fields", "Governorate"),
    "wilayat_code": QT_TRANSLATE_NOOP("Fields", "Wilayat code"),
    "wilayat": QT_TRANSLATE_NOOP("Fields", "Wilayat"),
    "seats": QT_TRANSLATE_NOOP("Fields", "Seats"),
    "status": QT_TRANSLATE_NOOP("Fields", "Status"),
    "reported": QT_TRANSLATE_NOOP("Fields", "Stations reported"),
    "expected": QT_TRANSLATE_NOOP("Fields", "Stations expected"),
    "ballot_number": QT_TRANSLATE_NOOP("Fields", "Ballot number"),
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "votes": QT_TRANSLATE_NOOP("Fields", "Votes"),
    "share": QT_TRANSLATE_NOOP("Fields", "Share (%)"),
    "rank": QT_TRANSLATE_NOOP("Fields", "Rank"),
    "standing": QT_TRANSLATE_NOOP("Fields", "Standing"),
    "elected": QT_TRANSLATE_NOOP("Fields", "Elected"),
    "registered_men": QT_TRANSLATE_NOOP("CountRecord", "Registered voters, men"),
    "registered_women": QT_TRANSLATE_NOOP("CountRecord", "Registered voters, women"),
    "registered": QT_TRANSLATE_NOOP("CountRecord", "Registered voters, total"),
    "voted_men": QT_TRANSLATE_NOOP("CountRecord", "Voters who voted, men"),
    "voted_women": QT_TRANSLATE_NOOP("CountRecord", "Voters who voted, women"),
    "voted": QT_TRANSLATE_NOOP("CountRecord", "Voters who voted, total"),
    "turnout": QT_TRANSLATE_NOOP("Fields", "Turnout (%)"),
    "valid": QT_TRANSLATE_NOOP("CountRecord", "Valid ballots"),
    "invalid": QT_TRANSLATE_NOOP("CountRecord", "Invalid ballots"),
    "blank": QT_TRANSLATE_NOOP("CountRecord", "Blank ballots"),
    "winners": QT_TRANSLATE_NOOP("Fields", "Winners"),
    "tie": QT_TRANSLATE_NOOP("Fields", "Tied for the last seat"),
    "station": QT_TRANSLATE_NOOP("Fields", "Station code"),
    "centre": QT_TRANSLATE_NOOP("Fields", "Polling centre"),
    "record": QT_TRANSLATE_NOOP("Fields", "Count record"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version"),
    "reconciles": QT_TRANSLATE_NOOP("Fields", "Reconciles"),
    "candidate_votes": QT_TRANSLATE_NOOP("CountRecord", "Votes for the candidates"),
    "election": QT_TRANSLATE_NOOP("Fields", "Election"),
    "generated": QT_TRANSLATE_NOOP("Fields", "Generated at (UTC)"),
}
_YES, _NO = QT_TRANSLATE_NOOP("Terms", "Yes"), QT_TRANSLATE_NOOP("Terms", "No")
_DEMO = "تجريبي — DEMO"
_SHEETS = {"candidates": QT_TRANSLATE_NOOP("Fields", "Candidates' votes"),
           "constituencies": QT_TRANSLATE_NOOP("Fields", "Constituencies"),
           "stations": QT_TRANSLATE_NOOP("Fields", "Stations")}


def _percent(value: float | None) -> float | None:
    return None if value is None else round(100 * value, 2)


def _candidate_rows(summary: NationalSummary, tr: Translate) -> tuple[list[Term], list[list[Any]]]:
    headers = [H[k] for k in ("governorate", "wilayat_code", "wilayat", "seats", "status", "reported", "expected",
                              "ballot_number", "code", "name", "gender", "votes", "share", "rank", "standing",
                              "elected")]
    rows = []
    for c in summary.constituencies:
        for line in sorted(c.candidates, key=lambda x: x.ballot_number):
            rows.append([c.governorate_ar, c.wilayat_code, c.wilayat_ar, c.seats, c.status.label.translated(tr),
                         c.stations_reported, c.stations_expected, line.ballot_number, line.code, line.name_ar,
                         line.gender, line.votes, _percent(line.share), line.rank, line.standing.label.translated(tr),
                         (_YES if line.elected else _NO).translated(tr)])
    return headers, rows


def _constituency_rows(summary: NationalSummary, tr: Translate) -> tuple[list[Term], list[list[Any]]]:
    headers = [H[k] for k in ("governorate", "wilayat_code", "wilayat", "seats", "status", "reported", "expected",
                              "registered_men", "registered_women", "registered", "voted_men", "voted_women",
                              "voted", "turnout", "valid", "invalid", "blank", "candidate_votes", "winners", "tie")]
    rows = []
    for c in summary.constituencies:
        t = c.turnout
        rows.append([c.governorate_ar, c.wilayat_code, c.wilayat_ar, c.seats, c.status.label.translated(tr),
                     c.stations_reported, c.stations_expected, t.registered_men, t.registered_women, t.registered,
                     t.voted_men, t.voted_women, t.voted, _percent(t.rate), c.valid, c.invalid, c.blank,
                     c.candidate_votes, "، ".join(c.elected), "، ".join(c.tie.candidates) if c.tie else ""])
    return headers, rows


def _turnout_of(res: StationResult) -> tuple[int | None, int | None]:
    """Registered and voted at a station, read as the count record's own totals are."""
    figures = CountFigures(registered_men=res.registered_men, registered_women=res.registered_women,
                           registered_total=res.registered_total, voted_men=res.voted_men,
                           voted_women=res.voted_women, voted_total=res.voted_total)
    return figures.registered, figures.voted


def _station_rows(store: Store, tr: Translate) -> tuple[list[Term], list[list[Any]]]:
    from electadmin.services.count_record import RecordStatus

    headers = [H[k] for k in ("wilayat_code", "centre", "station", "record", "version", "reconciles", "registered",
                              "voted", "valid", "invalid", "blank", "candidate_votes")]
    with store.read() as session:
        latest = (select(CountRecord.station_id, func.max(CountRecord.version).label("v"))
                  .group_by(CountRecord.station_id).subquery())
        states = {sid: (v, status) for sid, v, status in session.execute(
            select(CountRecord.station_id, CountRecord.version, CountRecord.status).join(
                latest, (latest.c.station_id == CountRecord.station_id) & (latest.c.v == CountRecord.version)))}
        totals = dict(session.execute(select(StationVote.station_id, func.sum(StationVote.votes))
                                      .group_by(StationVote.station_id)).all())
        rows = []
        for wcode, ccode, scode, sid, res in session.execute(
                select(Wilayat.code, PollingCentre.code, PollingStation.code, PollingStation.id, StationResult)
                .join(PollingCentre, PollingStation.centre_id == PollingCentre.id)
                .join(Wilayat, PollingCentre.wilayat_id == Wilayat.id)
                .outerjoin(StationResult, StationResult.station_id == PollingStation.id)
                .order_by(Wilayat.position, Wilayat.code, PollingCentre.code, PollingStation.number)):
            version, status = states.get(sid, (None, RecordStatus.MISSING.value))
            registered, voted = _turnout_of(res) if res is not None else (None, None)
            rows.append([wcode, ccode, scode, RecordStatus(status).label.translated(tr), version,
                         None if res is None else (_YES if res.reconciles else _NO).translated(tr), registered, voted,
                         None if res is None else res.valid, None if res is None else res.invalid,
                         None if res is None else res.blank, totals.get(sid)])
    return headers, rows


@requires(Permission.DATA_EXPORT)
def export_table(store: Store, path: str | Path, table: str = "candidates", *,
                 translate: Translate = untranslated) -> Work[int]:
    """Write one results table (:data:`TABLES`) to *path*, XLSX or CSV by its extension."""
    if table not in TABLES:
        raise ValueError(f"unknown results table {table!r}")
    summary = national_summary(store)
    yield Progress(0, 0, STEP_WRITING)
    if table == "candidates":
        headers, rows = _candidate_rows(summary, translate)
    elif table == "constituencies":
        headers, rows = _constituency_rows(summary, translate)
    else:
        headers, rows = _station_rows(store, translate)
    status = summary.status.label.translated(translate) + (f" — {_DEMO}" if summary.is_demo else "")
    generated = summary.generated_at.replace(microsecond=0, tzinfo=None).isoformat(sep=" ")
    target = Path(path)
    if target.suffix.lower() == ".csv":
        count = write_csv(target, [*headers, H["election"], H["status"], H["generated"]],
                          [[*row, summary.election_ar, status, generated] for row in rows], translate=translate)
    else:
        meta = [MetaItem("election", H["election"], summary.election_ar), MetaItem("status", H["status"], status),
                MetaItem("generated_at", H["generated"], generated)]
        count = write_xlsx(target, headers, rows, meta=meta, translate=translate, sheet_title=_SHEETS[table])
    with store.write() as session:
        audit.record(session, EventType.RESULTS_EXPORTED, "results", target.name,
                     after={"table": table, "rows": count, "status": summary.status.value})
    yield Progress(count, count, STEP_WRITING)
    return count


# ---------------------------------------------------------------- NIST SP 1500-100 v2


def _text(*pairs: tuple[str, str]) -> dict:
    return {"@type": "ElectionResults.InternationalizedText",
            "Text": [{"@type": "ElectionResults.LanguageString", "Language": lang, "Content": content}
                     for lang, content in pairs if content]}


def cdf_status(summary: NationalSummary) -> str:
    return {ResultStatus.CERTIFIED: "certified", ResultStatus.COMPLETE: "unofficial-complete"}.get(
        summary.status, "unofficial-partial")


def build_cdf(store: Store) -> dict[str, Any]:
    """The election's results as a NIST SP 1500-100 v2 ``ElectionReport`` (a JSON-ready dict)."""
    summary = national_summary(store)
    with store.read() as session:
        election = election_row(session)
        governorates = list(session.execute(select(Governorate.code, Governorate.name_ar, Governorate.name_en)
                                            .order_by(Governorate.position, Governorate.code)))
        gov_of = dict(session.execute(select(Wilayat.code, Governorate.code)
                                      .join(Governorate, Wilayat.governorate_id == Governorate.id)).all())
        stations: dict[str, list[tuple[int, str]]] = {}
        for wcode, sid, scode in session.execute(
                select(Wilayat.code, PollingStation.id, PollingStation.code)
                .join(PollingCentre, PollingStation.centre_id == PollingCentre.id)
                .join(Wilayat, PollingCentre.wilayat_id == Wilayat.id).order_by(PollingStation.code)):
            stations.setdefault(wcode, []).append((sid, scode))
        results = {r.station_id: r for r in session.scalars(select(StationResult))}
        votes: dict[int, dict[int, int]] = {}
        for sid, cid, v in session.execute(select(StationVote.station_id, StationVote.candidate_id, StationVote.votes)):
            votes.setdefault(sid, {})[cid] = v
        candidate_ids = dict(session.execute(select(Candidate.code, Candidate.id)).all())
        polling = election.polling_date.isoformat() if election.polling_date else election.created_at.date().isoformat()

        gp_units: list[dict] = []
        by_wilayat = {c.wilayat_code: c for c in summary.constituencies}
        gp_units.append({"@type": "ElectionResults.ReportingUnit", "@id": "ru-national", "Type": "country",
                         "Name": _text(("ar", "سلطنة عمان"), ("en", "Oman")),
                         "ComposingGpUnitIds": [f"ru-gov-{g.code}" for g in governorates]})
        for g in governorates:
            gp_units.append({"@type": "ElectionResults.ReportingUnit", "@id": f"ru-gov-{g.code}", "Type": "other",
                             "OtherType": "governorate", "Name": _text(("ar", g.name_ar), ("en", g.name_en)),
                             "ComposingGpUnitIds": [f"ru-wil-{w}" for w, gc in gov_of.items()
                                                    if gc == g.code and w in by_wilayat]})
        contests, candidates = [], []
        for c in summary.constituencies:
            mine = stations.get(c.wilayat_code, [])
            unit = {"@type": "ElectionResults.ReportingUnit", "@id": f"ru-wil-{c.wilayat_code}", "Type": "other",
                    "OtherType": "wilayat", "Name": _text(("ar", c.wilayat_ar), ("en", c.wilayat_en)),
                    "ComposingGpUnitIds": [f"ru-st-{code}" for _sid, code in mine],
                    "TotalSubUnits": c.stations_expected, "SubUnitsReported": c.stations_reported}
            if c.turnout.registered is not None:
                unit["VotersRegistered"] = c.turnout.registered
            if c.turnout.voted is not None:
                unit["VotersParticipated"] = c.turnout.voted
            gp_units.append(unit)
            ballot_counts = []
            for sid, code in mine:
                station = {"@type": "ElectionResults.ReportingUnit", "@id": f"ru-st-{code}", "Type": "precinct",
                           "Name": _text(("ar", code))}
                res = results.get(sid)
                if res is not None:
                    registered, voted = _turnout_of(res)
                    if registered is not None:
                        station["VotersRegistered"] = registered
                    if voted is not None:
                        station["VotersParticipated"] = voted
                    counts = {"@type": "ElectionResults.BallotCounts", "GpUnitId": f"ru-st-{code}", "Type": "total"}
                    if res.ballots_found is not None:
                        counts["BallotsCast"] = res.ballots_found
                    if res.invalid is not None:
                        counts["BallotsRejected"] = res.invalid
                    ballot_counts.append(counts)
                gp_units.append(station)
            selections = []
            for line in sorted(c.candidates, key=lambda x: x.ballot_number):
                cand = {"@type": "ElectionResults.Candidate", "@id": f"cand-{line.code}",
                        "BallotName": _text(("ar", line.name_ar), ("en", line.name_latin))}
                if c.tie is None and c.candidates:
                    cand["PostElectionStatus"] = "winner" if line.standing is Standing.ELECTED else "defeated"
                candidates.append(cand)
                cid = candidate_ids[line.code]
                counts = [{"@type": "ElectionResults.VoteCounts", "GpUnitId": f"ru-st-{code}", "Type": "total",
                           "Count": votes[sid][cid]} for sid, code in mine if sid in votes and cid in votes[sid]]
                counts.append({"@type": "ElectionResults.VoteCounts", "GpUnitId": f"ru-wil-{c.wilayat_code}",
                               "Type": "total", "Count": line.votes})
                selections.append({"@type": "ElectionResults.CandidateSelection", "@id": f"sel-{line.code}",
                                   "CandidateIds": [f"cand-{line.code}"], "SequenceOrder": line.ballot_number,
                                   "VoteCounts": counts})
            contests.append({"@type": "ElectionResults.CandidateContest", "@id": f"contest-{c.wilayat_code}",
                             "Name": c.wilayat_ar, "ElectionDistrictId": f"ru-wil-{c.wilayat_code}",
                             "VotesAllowed": c.votes_allowed, "NumberElected": c.seats, "VoteVariation": "plurality",
                             "TotalSubUnits": c.stations_expected, "SubUnitsReported": c.stations_reported,
                             "ContestSelection": selections,
                             "CountStatus": [{"@type": "ElectionResults.CountStatus", "Type": "total",
                                              "Status": "completed" if c.status is not ResultStatus.PROVISIONAL
                                              else "in-process"}]})
            contests[-1]["_ballot_counts"] = ballot_counts
        ballot_counts = [bc for contest in contests for bc in contest.pop("_ballot_counts")]
        report: dict[str, Any] = {
            "@type": "ElectionResults.ElectionReport", "Format": "precinct-level",
            "GeneratedDate": summary.generated_at.replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            "Issuer": "اللجنة الرئيسية للانتخاب", "IssuerAbbreviation": "MEC",
            "VendorApplicationId": f"electadmin {__version__}", "SequenceStart": 1, "SequenceEnd": 1,
            "Status": cdf_status(summary), "IsTest": summary.is_demo, "GpUnit": gp_units,
            "Election": [{"@type": "ElectionResults.Election", "Type": "general",
                          "Name": _text(("ar", summary.election_ar), ("en", summary.election_en)),
                          "StartDate": polling, "EndDate": polling, "ElectionScopeId": "ru-national",
                          "Candidate": candidates, "Contest": contests, "BallotCounts": ballot_counts}],
        }
        if summary.is_demo:
            report["TestType"] = "demonstration"
        return report


@requires(Permission.DATA_EXPORT)
def export_cdf(store: Store, path: str | Path) -> Work[int]:
    """Write :func:`build_cdf` to *path* (UTF-8 JSON, atomically); returns the number of contests."""
    yield Progress(0, 0, STEP_WRITING)
    report = build_cdf(store)
    target = Path(path)
    with atomic_path(target) as temporary:
        temporary.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    contests = len(report["Election"][0]["Contest"])
    with store.write() as session:
        audit.record(session, EventType.RESULTS_EXPORTED, "results", target.name,
                     after={"format": "cdf", "contests": contests, "status": report["Status"]})
    yield Progress(contests, contests, STEP_WRITING)
    return contests
