"""Importing station results from files: the documented format, rejections, idempotence."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected
from electadmin.domain.progress import run_to_end
from electadmin.services.count_record import RecordStatus, get_count_record, list_stations, record_history
from electadmin.services.results_file import import_results
from electadmin.services.tally import constituency_result
from electadmin.storage.models import AuditEntry, CountRecord, StationVote
from tests.integration.results_setup import ready_store

HEADER = ["station", "ballot_number", "votes", "valid", "invalid", "blank", "ballots_found"]


@pytest.fixture
def rstore(store):
    return ready_store(store)


def write(path, rows, header=HEADER):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return path


def station_rows(code, votes, invalid=1, blank=0):
    valid = sum(votes)
    return [[code, n, v, valid, invalid, blank, valid + invalid + blank] for n, v in enumerate(votes, start=1)]


def good_file(tmp_path):
    return write(tmp_path / "results.csv", station_rows("MA01-C1-1", [10, 20, 5]) + station_rows("MA01-C1-2", [3, 2, 1]))


def counts(store):
    with store.read() as session:
        return (session.scalar(select(func.count()).select_from(CountRecord)),
                session.scalar(select(func.count()).select_from(StationVote)),
                session.scalar(select(func.count()).select_from(AuditEntry)))


def test_a_good_file_counts_at_once_and_twice_changes_nothing(rstore, tmp_path):
    path = good_file(tmp_path)
    summary = run_to_end(import_results(rstore, path))
    assert (summary.rows, summary.stations, summary.written) == (6, 2, 2)
    result = constituency_result(rstore, "MA01")
    assert {c.ballot_number: c.votes for c in result.candidates} == {1: 13, 2: 22, 3: 6}
    assert result.valid == 41 and result.invalid == 2
    assert get_count_record(rstore, "MA01-C1-1").status is RecordStatus.MATCHED
    assert get_count_record(rstore, "MA01-C1-1").source == "import"
    before = counts(rstore)
    again = run_to_end(import_results(rstore, path))
    assert (again.written, again.unchanged) == (0, 2)
    assert counts(rstore)[:2] == before[:2]


def test_a_changed_file_adds_a_version(rstore, tmp_path):
    run_to_end(import_results(rstore, good_file(tmp_path)))
    changed = write(tmp_path / "second.csv", station_rows("MA01-C1-1", [10, 20, 7]))
    assert run_to_end(import_results(rstore, changed)).written == 1
    history = record_history(rstore, "MA01-C1-1")
    assert [h.version for h in history] == [1, 2] and "second.csv" in history[1].reason
    assert constituency_result(rstore, "MA01").candidates[0].votes == 22


def test_arabic_headers_and_civil_numbers(rstore, tmp_path):
    from electadmin.services.candidates import list_candidates

    civil = {c.ballot_number: c.civil_number for c in list_candidates(rstore, "MA01")}
    rows = [["MA01-C1-1", civil[n], v] for n, v in ((1, 4), (2, 5), (3, 6))]
    path = write(tmp_path / "ar.csv", rows, ["رمز اللجنة", "الرقم المدني", "الأصوات"])
    assert run_to_end(import_results(rstore, path)).written == 1
    assert {c.ballot_number: c.votes for c in constituency_result(rstore, "MA01").candidates} == {1: 4, 2: 5, 3: 6}


def test_every_bad_row_is_reported_and_nothing_is_imported(rstore, tmp_path):
    rows = station_rows("MA01-C1-1", [10, 20, 5])
    rows += [["NOPE-1", 1, 3, "", "", "", ""]]                       # unknown station
    rows += [["MA01-C1-2", 9, 3, "", "", "", ""]]                    # unknown ballot number
    rows += [["MA01-C1-2", 1, "-4", "", "", "", ""]]                 # negative votes
    rows += [["MA01-C1-2", 2, "١٢", "", "", "", ""]]                 # Arabic-Indic digits are fine
    rows += [["MA02-C1-1", 1, 1, 5, 0, 0, 5], ["MA02-C1-1", 1, 1, 5, 0, 0, 5]]  # repeated, and missing 2..4
    rows += [["MA02-C1-2", n, 1, 4 if n == 1 else 9, 0, 0, 4] for n in (1, 2, 3, 4)]  # rows disagree
    before = counts(rstore)
    with pytest.raises(FileRejected) as rejected:
        run_to_end(import_results(rstore, write(tmp_path / "bad.csv", rows)))
    found = {(p.row, p.code) for p in rejected.value.problems}
    assert (5, ErrorCode.RESULT_UNKNOWN_STATION) in found
    assert (6, ErrorCode.RESULT_UNKNOWN_CANDIDATE) in found
    assert (7, ErrorCode.VALUE_OUT_OF_RANGE) in found
    assert (10, ErrorCode.VALUE_DUPLICATE) in found
    assert (9, ErrorCode.RESULT_MISSING_VOTES) in found
    assert (12, ErrorCode.GEO_ROWS_DISAGREE) in found
    assert {code for row, code in found if row == 8} == {ErrorCode.RESULT_MISSING_VOTES}  # ١٢ itself is fine
    assert counts(rstore) == before
    assert all(s.status is RecordStatus.MISSING for s in list_stations(rstore, "MA01"))


def test_a_station_that_does_not_reconcile_needs_an_explanation(rstore, tmp_path):
    rows = [r[:-1] + [99] for r in station_rows("MA01-C1-1", [10, 20, 5])]
    with pytest.raises(FileRejected) as rejected:
        run_to_end(import_results(rstore, write(tmp_path / "r.csv", rows)))
    assert {p.code for p in rejected.value.problems} == {ErrorCode.RESULT_EXPLANATION_REQUIRED}
    explained = [r + ["ورقتان خارج الصندوق"] for r in rows]
    run_to_end(import_results(rstore, write(tmp_path / "e.csv", explained, HEADER + ["explanation"])))
    record = get_count_record(rstore, "MA01-C1-1")
    assert not record.reconciles and record.explanation == "ورقتان خارج الصندوق"


def test_a_certified_constituency_refuses_the_import(rstore, tmp_path):
    from tests.integration.results_setup import certify_signed

    run_to_end(import_results(rstore, good_file(tmp_path)))
    certify_signed(rstore, "MA01")
    changed = write(tmp_path / "late.csv", station_rows("MA01-C1-1", [1, 1, 1]))
    with pytest.raises(FileRejected) as rejected:
        run_to_end(import_results(rstore, changed))
    assert [p.code for p in rejected.value.problems][0] is ErrorCode.RESULT_CERTIFIED


def test_a_file_without_the_votes_column_is_refused(rstore, tmp_path):
    with pytest.raises(ElectadminError) as refused:
        run_to_end(import_results(rstore, write(tmp_path / "x.csv", [["MA01-C1-1", 1]], ["station", "ballot_number"])))
    assert refused.value.code is ErrorCode.FILE_REJECTED


def test_an_xlsx_file_with_arabic_headers_and_numeric_cells(rstore, tmp_path):
    from electadmin.interchange.tabular import write_xlsx

    path = tmp_path / "results.xlsx"
    rows = [["MA01-C1-1", n, v, 35, 1, 0, 36] for n, v in ((1, 10), (2, 20), (3, 5))]
    write_xlsx(path, ["رمز اللجنة", "رقم المرشح", "الأصوات", "الأوراق الصحيحة", "الأوراق الباطلة", "الأوراق البيضاء",
                      "الأوراق في الصندوق"], rows)
    summary = run_to_end(import_results(rstore, path))
    assert summary.written == 1
    result = constituency_result(rstore, "MA01")
    assert {c.ballot_number: c.votes for c in result.candidates} == {1: 10, 2: 20, 3: 5}
    assert result.valid == 35 and result.invalid == 1
