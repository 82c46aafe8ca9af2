"""The roll importer against hostile files and a killed process: no crash, every bad row, nothing half-written."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import date, datetime
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from electadmin.domain.errors import ElectadminError, FileRejected
from electadmin.domain.progress import run_to_end
from electadmin.interchange.columns import CivilNumber, Invalid
from electadmin.services.roll import find_voter
from electadmin.services.roll_file import import_roll, preview_roll_import
from electadmin.services.store import Store
from electadmin.storage.models import Voter
from tests.conftest import TESTER, sample_definition
from tests.integration.test_roll_service import HEADERS, PEOPLE, add_centres, write_roll

ROOT = Path(__file__).resolve().parents[2]

HOSTILE = st.lists(st.sampled_from(
    list("0123456789٠١٢٣٤٥٦٧٩۴ احمدفاطةىيئؤإأآـًٌٍَُِّْ ,;\"'\t\n\r=+-@/.\\")
    + ["\u200f", "\u202e", "\x00", "\ufeff", "ذكر", "أنثى", "MA01-M", "MA02-J"]), max_size=12).map("".join)
GOOD_CIVIL = st.integers(10_000, 99_999_999).map(str)
GOOD_NAME = st.sampled_from([p[1] for p in PEOPLE])
GOOD_DATE = st.dates(date(1900, 1, 1), date(2009, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y"))
CELL = {
    "civil": st.one_of(GOOD_CIVIL, HOSTILE, st.just("")),
    "name": st.one_of(GOOD_NAME, HOSTILE),
    "gender": st.one_of(st.sampled_from(["ذكر", "أنثى", "M", "F", "انثي"]), HOSTILE),
    "birth": st.one_of(GOOD_DATE, HOSTILE, st.sampled_from(["31/02/1990", "1990-13-01", "01/01/90", "0"])),
    "wilayat": st.one_of(st.sampled_from(["MA01", "MA02", "مسقط", "مطرح", "", "XX"]), HOSTILE),
    "centre": st.one_of(st.sampled_from(["MA01-M", "MA01-F", "MA02-J", "قاعة مطرح"]), HOSTILE),
    "phone": st.one_of(st.just(""), st.integers(1_000_000, 999_999_999_999).map(str), HOSTILE),
}
ROW = st.tuples(*CELL.values())
TYPED = st.one_of(st.none(), st.integers(-10**18, 10**18), st.floats(allow_nan=True, allow_infinity=True),
                  st.booleans(), st.dates(date(1800, 1, 1), date(2100, 1, 1)), HOSTILE)


def snapshot(store) -> list[tuple]:
    from sqlalchemy import select

    with store.read() as session:
        return sorted(session.execute(select(Voter.civil_number, Voter.name, Voter.centre_id, Voter.status,
                                             Voter.updated_at)).all())


def check_file(store, path: Path) -> None:
    """The invariants on one file: a preview that accounts for every row, an import that is all or nothing."""
    before = snapshot(store)
    try:
        preview = run_to_end(preview_roll_import(store, path))
    except FileRejected:  # the header row itself is unusable
        with pytest.raises(FileRejected):
            run_to_end(import_roll(store, path))
        assert snapshot(store) == before
        return
    except ElectadminError as error:  # an empty file: said, not a crash
        assert error.code.value.startswith("file.")
        return
    problem_rows = {p.row for p in preview.problems}
    assert len(problem_rows) == preview.bad_rows and preview.valid_rows + preview.bad_rows == preview.rows
    assert all(p.row is not None and p.row >= 2 for p in preview.problems)
    if preview.bad_rows:
        with pytest.raises(FileRejected) as caught:
            run_to_end(import_roll(store, path))
        assert {p.row for p in caught.value.problems} == problem_rows
        assert snapshot(store) == before
        summary = run_to_end(import_roll(store, path, valid_only=True)) if preview.valid_rows else None
    else:
        summary = run_to_end(import_roll(store, path))
    if summary is not None:
        assert summary.added + summary.changed + summary.unchanged == preview.valid_rows
        assert summary.skipped == preview.bad_rows


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory):
    store = Store.open(tmp_path_factory.mktemp("hostile") / "e.electadmin", create=True, actor=TESTER)
    from electadmin.services.election import create_election

    create_election(store, sample_definition())
    add_centres(store)
    yield store
    store.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(ROW, max_size=12), headers=st.sampled_from([HEADERS, HEADERS[::-1], HEADERS[:3]]))
def test_hostile_csv_files_never_crash_and_are_all_or_nothing(hostile_store, tmp_path_factory, rows, headers):
    path = tmp_path_factory.mktemp("csv") / "roll.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        out = csv.writer(file)
        out.writerow(headers)
        for row in rows:
            out.writerow(row[: len(headers)] if headers is not HEADERS[::-1] else row[::-1])
    check_file(hostile_store, path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(*[TYPED] * 7), max_size=8))
def test_hostile_typed_xlsx_cells_never_crash(hostile_store, tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("xlsx") / "roll.xlsx"
    workbook = xlsxwriter.Workbook(str(path), {"nan_inf_to_errors": True, "strings_to_numbers": False,
                                               "strings_to_formulas": False, "strings_to_urls": False})
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, HEADERS)
    dates = workbook.add_format({"num_format": "dd/mm/yyyy"})
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, date) and value.year >= 1900:
                sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), dates)
            elif isinstance(value, bool):
                sheet.write_boolean(r, c, value)
            elif isinstance(value, (int, float)):
                sheet.write_number(r, c, value)
            elif value is not None:
                sheet.write_string(r, c, str(value).replace("\x00", ""))
    workbook.close()
    check_file(hostile_store, path)


def test_valid_rows_of_a_hostile_file_are_the_ones_on_the_roll(store, tmp_path):
    add_centres(store)
    path = tmp_path / "mixed.csv"
    rows = [("3001", "سالم بن علي", "ذكر", "01/01/1980", "MA01-M"), ("3x02", "سالم", "ذكر", "01/01/1980", "MA01-M"),
            ("3003", "مريم بنت علي", "أنثى", "1/1/1980", "MA02-J"), ("3004", "", "M", "01/01/1980", "MA02-J"),
            ("٣٠٠٥", "علي بن سالم", "M", "01/01/1980", "MA02-J", "+968 ٩٩١٢ ٣٤٥٦")]
    write_roll(path, rows)
    preview = run_to_end(preview_roll_import(store, path))
    bad = {p.row for p in preview.problems}
    assert bad == {3, 5}
    run_to_end(import_roll(store, path, valid_only=True))
    for number, row in enumerate(rows, start=2):
        try:
            civil = CivilNumber()(row[0])
        except Invalid:
            civil = None
        on_roll = civil is not None and find_voter(store, civil) is not None
        assert on_roll == (number not in bad), row
    assert find_voter(store, "3005").phone == "+96899123456"


# ---------------------------------------------------------------------------------------------
# killed mid-way

CHILD = textwrap.dedent("""
    import sys
    from electadmin.domain.progress import Progress
    from electadmin.services.roll_file import import_roll
    from electadmin.domain.roles import Actor, Role
    from electadmin.services.store import Store
    store = Store.open(sys.argv[1], actor=Actor("tester", Role.ADMINISTRATOR))
    for step in import_roll(store, sys.argv[2]):
        print(step.done, flush=True)
    print("finished", flush=True)
""")


@pytest.mark.parametrize("roll_before", ["empty", "with voters"])
def test_an_import_killed_mid_way_leaves_the_roll_unchanged_and_the_file_intact(tmp_path, roll_before):
    db = tmp_path / "e.electadmin"
    store = Store.open(db, create=True, actor=TESTER)
    from electadmin.services.election import create_election

    create_election(store, sample_definition())
    add_centres(store)
    if roll_before == "with voters":
        first = tmp_path / "first.csv"
        write_roll(first, PEOPLE)
        run_to_end(import_roll(store, first))
    before = snapshot(store)
    store.close()
    big = tmp_path / "big.csv"
    write_roll(big, [*PEOPLE, *[(str(400_000 + i), f"سالم بن علي بن حمد {i}", "ذكر", "01/01/1980", "MA01-M")
                               for i in range(80_000)]])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(big)], stdout=subprocess.PIPE, text=True,
                             env=env, cwd=ROOT)
    seen = []
    deadline = time.monotonic() + 240
    while len(seen) < 3 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        seen.append(line.strip())
    assert len(seen) == 3 and "finished" not in seen, seen  # killed while writing, not after
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    connection = sqlite3.connect(db)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        connection.execute("INSERT INTO search_voter(search_voter) VALUES ('integrity-check')")
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")}
        assert {"ix_voter_civil_number", "ix_voter_name_key", "search_voter_ai", "search_voter_au"} <= names
    finally:
        connection.close()
    store = Store.open(db, actor=TESTER)
    try:
        assert snapshot(store) == before
        assert run_to_end(import_roll(store, big)).added == 80_000 + (len(PEOPLE) if roll_before == "empty" else 0)
    finally:
        store.close()
