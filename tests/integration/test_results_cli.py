"""``electadmin results``, run as a user runs it, on the demo election."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import jsonschema
import pytest

from tests.integration.test_cli import electadmin
from tests.integration.test_results_export import check_references_and_sums, schema


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("results") / "demo.electadmin"
    result = electadmin("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    return path


def show(demo, *more):
    result = electadmin("results", "show", "--db", str(demo), "--json", *more)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_demo_shows_every_state(demo):
    rows = show(demo)
    assert len(rows) == 63
    statuses = {r["status"] for r in rows}
    assert statuses == {"provisional", "complete", "certified"}
    assert any(r["missing_stations"] and r["stations_reported"] for r in rows)
    tied = [r for r in rows if r["tie"] and r["stations_reported"] == r["stations_expected"]]
    assert len(tied) == 1 and tied[0]["seats"] == 1
    decided = [r for r in rows if r["status"] == "certified"]
    assert all(len(r["winners"]) == r["seats"] for r in decided)
    for r in decided:
        votes = sorted((c["votes"] for c in r["candidates"]), reverse=True)
        winners = [c["votes"] for c in r["candidates"] if c["elected"]]
        assert min(winners) == votes[r["seats"] - 1]


def test_show_one_wilayat_in_words(demo):
    code = show(demo)[5]["wilayat"]
    result = electadmin("results", "show", "--db", str(demo), "--wilayat", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(code) and "seats" in result.stdout


def test_export_cdf_validates(demo, tmp_path):
    out = tmp_path / "results.json"
    result = electadmin("results", "export", "--db", str(demo), "--format", "cdf", str(out))
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema()).validate(report)
    check_references_and_sums(report)
    assert report["IsTest"] is True and report["Status"] == "unofficial-partial"


def test_export_csv_table(demo, tmp_path):
    result = electadmin("results", "export", "--db", str(demo), "--format", "csv", "--table", "constituencies",
                        str(tmp_path / "c"))
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "c.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == 64 and "DEMO" in rows[1][-2]


def test_import_a_missing_station_then_a_bad_file(demo, tmp_path):
    target = next(r for r in show(demo) if r["missing_stations"] and r["candidates"] and r["status"] == "provisional"
                  and all(c["ballot_number"] for c in r["candidates"]))
    station = target["missing_stations"][0]
    good = tmp_path / "good.csv"
    with open(good, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["رمز اللجنة", "رقم المرشح", "الأصوات"])
        for c in target["candidates"]:
            w.writerow([station, c["ballot_number"], 7])
    result = electadmin("results", "import", "--db", str(demo), str(good))
    assert result.returncode == 0, result.stderr
    assert "1 written" in result.stdout
    after = show(demo, "--wilayat", target["wilayat"])[0]
    assert station not in after["missing_stations"]
    assert {c["code"]: c["votes"] for c in after["candidates"]} == {
        c["code"]: c["votes"] + 7 for c in target["candidates"]}
    again = electadmin("results", "import", "--db", str(demo), str(good))
    assert "0 written, 1 unchanged" in again.stdout

    bad = tmp_path / "bad.csv"
    bad.write_text("station,ballot_number,votes\nNOWHERE-9,1,5\n", encoding="utf-8")
    refused = electadmin("results", "import", "--db", str(demo), str(bad))
    assert refused.returncode == 1
    assert "row 2" in refused.stderr and "result.unknown_station" in refused.stderr
