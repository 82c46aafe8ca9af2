"""Results exports: tables with election, status and time; the NIST SP 1500-100 v2 report validated."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest

from electadmin.domain.progress import run_to_end
from electadmin.interchange.tabular import read_meta
from electadmin.services.results_export import build_cdf, export_cdf, export_table
from electadmin.services.tally import national_summary
from tests.integration.results_setup import as_clerk, certify_signed, ready_store, record
from electadmin.services.count_record import save_first_entry, save_second_entry

SCHEMA = Path(__file__).parents[1] / "fixtures" / "NIST_V2_election_results_reporting.json"


@pytest.fixture
def rstore(store):
    s = ready_store(store)
    for station, votes in (("MA01-C1-1", [10, 20, 5]), ("MA01-C1-2", [7, 8, 9]), ("MA02-C1-1", [4, 3, 2, 1])):
        save_first_entry(as_clerk(s, "clerk-1"), station, record(votes))
        save_second_entry(as_clerk(s, "clerk-2"), station, record(votes))
    return s


def schema():
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def validate(report):
    jsonschema.Draft4Validator(schema(), format_checker=jsonschema.FormatChecker()).validate(report)


def check_references_and_sums(report):
    ids = {u["@id"] for u in report["GpUnit"]}
    election = report["Election"][0]
    candidates = {c["@id"] for c in election["Candidate"]}
    assert election["ElectionScopeId"] in ids
    for unit in report["GpUnit"]:
        assert set(unit.get("ComposingGpUnitIds", ())) <= ids
    units = {u["@id"]: u for u in report["GpUnit"]}
    for contest in election["Contest"]:
        assert contest["ElectionDistrictId"] in ids
        district = units[contest["ElectionDistrictId"]]
        for selection in contest["ContestSelection"]:
            assert set(selection["CandidateIds"]) <= candidates
            counts = {vc["GpUnitId"]: vc["Count"] for vc in selection["VoteCounts"]}
            assert set(counts) <= ids
            parts = sum(v for k, v in counts.items() if k in district["ComposingGpUnitIds"])
            assert counts[contest["ElectionDistrictId"]] == parts
    for bc in election["BallotCounts"]:
        assert bc["GpUnitId"] in ids


def test_the_cdf_report_validates_references_exist_and_totals_add_up(rstore, tmp_path):
    path = tmp_path / "results.json"
    assert run_to_end(export_cdf(rstore, path)) == 2
    report = json.loads(path.read_text(encoding="utf-8"))
    validate(report)
    check_references_and_sums(report)
    assert report["Status"] == "unofficial-partial" and report["IsTest"] is False
    contest = report["Election"][0]["Contest"][0]
    assert contest["NumberElected"] == 1 and contest["VotesAllowed"] == 1
    assert [s["VoteCounts"][-1]["Count"] for s in contest["ContestSelection"]] == [17, 28, 14]


def test_the_cdf_status_follows_the_results(rstore):
    save_first_entry(as_clerk(rstore, "clerk-1"), "MA02-C1-2", record([1, 1, 1, 5]))
    save_second_entry(as_clerk(rstore, "clerk-2"), "MA02-C1-2", record([1, 1, 1, 5]))
    save_first_entry(as_clerk(rstore, "clerk-1"), "MA02-C1-3", record([0, 0, 0, 9]))
    save_second_entry(as_clerk(rstore, "clerk-2"), "MA02-C1-3", record([0, 0, 0, 9]))
    assert build_cdf(rstore)["Status"] == "unofficial-complete"
    certify_signed(rstore, "MA01")
    assert build_cdf(rstore)["Status"] == "unofficial-complete"
    certify_signed(rstore, "MA02")
    report = build_cdf(rstore)
    validate(report)
    assert report["Status"] == "certified"
    winners = [c["@id"] for c in report["Election"][0]["Candidate"] if c.get("PostElectionStatus") == "winner"]
    assert len(winners) == 3


def test_a_wrong_status_fails_the_schema(rstore):
    report = build_cdf(rstore)
    report["Status"] = "final"
    with pytest.raises(jsonschema.ValidationError):
        validate(report)


@pytest.mark.parametrize("table", ["candidates", "constituencies", "stations"])
def test_tables_carry_election_status_and_time(rstore, tmp_path, table):
    out = tmp_path / f"{table}.csv"
    count = run_to_end(export_table(rstore, out, table))
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == count + 1
    assert rows[1][-3] == national_summary(rstore).election_ar and rows[1][-2] == "Provisional"
    xlsx = tmp_path / f"{table}.xlsx"
    assert run_to_end(export_table(rstore, xlsx, table)) == count
    meta = read_meta(xlsx)
    assert meta["election"] == national_summary(rstore).election_ar and "generated_at" in meta


def test_the_candidates_table_has_the_votes(rstore, tmp_path):
    out = tmp_path / "c.csv"
    run_to_end(export_table(rstore, out))
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    ma01 = {r[7]: int(r[11]) for r in rows if r[1] == "MA01"}
    assert ma01 == {"1": 17, "2": 28, "3": 14}
