"""Roll files in and out, on SQLite and PostgreSQL: values in the wild, bad rows, versions, exports."""

from __future__ import annotations

import csv
import hashlib
from datetime import date

import pytest
import xlsxwriter
from python_calamine import CalamineWorkbook
from sqlalchemy import func, select

from electadmin.domain.audit import EventType
from electadmin.domain.errors import ElectadminError, ErrorCode, FileRejected
from electadmin.domain.progress import run_to_end
from electadmin.domain.roll_life import HistoryKind, RemovalReason
from electadmin.services.roll import IMPORT_REMOVAL_REASON, RollFilter, count_voters, find_voter
from electadmin.services.roll_status import voter_detail
from electadmin.services.roll_file import (
    RollMapping,
    export_roll,
    import_roll,
    preview_roll_import,
    read_roll_file,
    write_problems_xlsx,
)
from electadmin.storage.models import AuditEntry, RollImport, RollState, Voter
from tests.integration.test_roll_service import HEADERS, PEOPLE, add_centres, write_roll

ENGLISH = ["Civil number", "Full name", "Gender", "Birth date", "Wilayat", "Polling centre", "Phone"]


@pytest.fixture
def geo(store):
    add_centres(store)
    return store


def voters(store) -> dict[str, tuple]:
    with store.read() as session:
        return {v.civil_number: (v.name, v.gender, v.birth_date, v.centre_id, v.phone, v.status, v.removal_reason,
                                 v.updated_at) for v in session.scalars(select(Voter))}


def revision(store) -> int:
    with store.read() as session:
        return session.scalar(select(RollState.revision))


def write_xlsx(path, headers, rows) -> None:
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, headers)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if isinstance(value, (int, float)):
                sheet.write_number(r, c, value)
            elif isinstance(value, date):
                sheet.write_datetime(r, c, value, workbook.add_format({"num_format": "dd/mm/yyyy"}))
            elif value is not None:
                sheet.write_string(r, c, value)
    workbook.close()


def test_values_in_the_wild_from_an_xlsx_with_english_headers(geo, tmp_path):
    path = tmp_path / "wild.xlsx"
    write_xlsx(path, ENGLISH, [
        [12345678, "  أحمــد   بن سالم  الحارثي ", "Male", date(1985, 3, 15), "Muscat", "MA01-M", 96899123456],
        ["١٢٣٤٥٦٧٩", "فَاطِمَة بنت علي البلوشي", "انثى", 25000, "مسقط", "مدرسة الخنساء للنساء", "+968 9912-3456"],
        ["0012345", "سالم بن حمد العامري", "m", "1990-07-01", "MA02", "قاعة مطرح", None],
        [" 22 33 44 ", "مريم بنت سعيد الكندي", "F", "٠٥/٠٦/١٩٧٥", "مطرح", "ma02-j", ""],
    ])
    summary = run_to_end(import_roll(geo, path))
    assert (summary.rows, summary.added, summary.changed, summary.removed, summary.skipped) == (4, 4, 0, 0, 0)
    first = find_voter(geo, "12345678")
    assert first.name == "أحمــد بن سالم الحارثي" and first.gender == "M" and first.phone == "96899123456"
    second = find_voter(geo, "12345679")
    assert second.birth_date == date(1968, 6, 11) and second.centre_code == "MA01-F" and second.phone == "+96899123456"
    assert find_voter(geo, "0012345").birth_date == date(1990, 7, 1)  # leading zeros are kept
    assert find_voter(geo, "223344").birth_date == date(1975, 6, 5)  # day first, Arabic-Indic digits
    assert find_voter(geo, "12345") is None


def test_every_bad_row_is_reported_and_nothing_imported(geo, tmp_path):
    path = tmp_path / "bad.csv"
    write_roll(path, [
        PEOPLE[0],
        ("12ab", "اسم", "ذكر", "01/01/1980", "MA01-M"),  # bad civil number
        ("2002", "سالم بن علي", "X", "31/02/1980", "MA01-M"),  # bad gender and impossible date
        ("2003", "سالم بن علي", "ذكر", "01/01/2030", "MA01-M"),  # born after polling day
        ("2004", "مريم بنت علي", "أنثى", "01/01/1980", "MA01-M"),  # a woman in a men's centre
        ("2005", "سالم بن علي", "ذكر", "01/01/1980", "NOWHERE"),  # unknown centre
        ("1001", "أحمد بن سالم", "ذكر", "01/01/1980", "MA01-M"),  # the civil number of row 2 again
        ("2007", "", "ذكر", "01/01/1980", "MA01-M"),  # no name
    ])
    with pytest.raises(FileRejected) as caught:
        run_to_end(import_roll(geo, path))
    problems = caught.value.problems
    assert caught.value.params["count"] == 7
    assert {p.row for p in problems} == {3, 4, 5, 6, 7, 8, 9}
    codes = {(p.row, p.code) for p in problems}
    assert (3, ErrorCode.VALUE_BAD_CIVIL_NUMBER) in codes
    assert (4, ErrorCode.VALUE_NOT_CHOICE) in codes and (4, ErrorCode.VALUE_NOT_DATE) in codes
    assert (5, ErrorCode.VALUE_OUT_OF_RANGE) in codes
    assert (6, ErrorCode.ROLL_CENTRE_GENDER) in codes
    assert (7, ErrorCode.GEO_UNKNOWN_CENTRE) in codes
    assert (8, ErrorCode.VALUE_DUPLICATE) in codes and (9, ErrorCode.VALUE_REQUIRED) in codes
    assert count_voters(geo) == 0 and revision(geo) == 0
    with geo.read() as session:
        assert session.scalar(select(func.count()).select_from(RollImport)) == 0
    # the preview says the same without raising; the report lists every problem
    preview = run_to_end(preview_roll_import(geo, path))
    assert not preview.accepted and preview.bad_rows == 7 and preview.valid_rows == 1 and preview.added == 1
    report = tmp_path / "problems.xlsx"
    assert write_problems_xlsx(preview.problems, report, source=path) == len(problems)
    rows = list(CalamineWorkbook.from_path(str(report)).get_sheet_by_index(0).iter_rows())
    assert [int(r[0]) for r in rows[1:]] == sorted(p.row for p in problems)
    assert {r[4] for r in rows[1:]} >= {"value.bad_civil_number", "roll.centre_gender", "value.duplicate"}
    # only the valid rows, when asked for
    summary = run_to_end(import_roll(geo, path, valid_only=True))
    assert (summary.added, summary.skipped) == (1, 7)
    assert set(voters(geo)) == {"1001"}


def test_reimporting_the_same_file_changes_nothing(geo, tmp_path):
    path = tmp_path / "roll.csv"
    write_roll(path, PEOPLE)
    first = run_to_end(import_roll(geo, path))
    assert first.added == len(PEOPLE)
    before, rev = voters(geo), revision(geo)
    again = run_to_end(import_roll(geo, path))
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, len(PEOPLE))
    assert voters(geo) == before and revision(geo) == rev
    with geo.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.event == EventType.ROLL_IMPORTED.value)
                                  .order_by(AuditEntry.sequence)).all()
        assert [e.after["added"] for e in entries] == [len(PEOPLE), 0]
        assert entries[0].after["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert entries[0].after["file"] == "roll.csv"


def test_a_newer_version_shows_then_applies_what_is_added_changed_and_removed(geo, tmp_path):
    path = tmp_path / "v1.csv"
    write_roll(path, PEOPLE)
    run_to_end(import_roll(geo, path))
    newer = [p for p in PEOPLE if p[0] != "1003"]  # 1003 (MA01) is gone
    newer[0] = ("1001", "أحمد بن سالم بن علي الحارثي", "ذكر", "15/03/1985", "MA01-M", "+96891234567")  # phone
    newer.append(("1100", "سعيد بن هلال بن ناصر المعمري", "ذكر", "01/01/1991", "MA02-J"))
    v2 = tmp_path / "v2.csv"
    write_roll(v2, newer)
    preview = run_to_end(preview_roll_import(geo, v2))
    assert (preview.added, preview.changed, preview.removed) == (1, 1, 1)
    assert preview.added_examples == ("1100",) and preview.changed_examples == ("1001",)
    assert preview.removed_examples == ("1003",)
    assert count_voters(geo) == len(PEOPLE)  # the preview wrote nothing
    summary = run_to_end(import_roll(geo, v2))
    assert (summary.added, summary.changed, summary.removed) == (1, 1, 1)
    gone = find_voter(geo, "1003")
    assert gone.status == "removed" and gone.removal_reason == IMPORT_REMOVAL_REASON and not gone.eligible
    assert "v2.csv" in gone.decision_reference
    assert find_voter(geo, "1001").phone == "+96891234567"
    assert count_voters(geo, RollFilter(status="active")) == len(PEOPLE)
    # the first version again: 1003 restored, 1100 removed, 1001's phone back to none
    back = run_to_end(import_roll(geo, path))
    assert (back.added, back.changed, back.removed) == (0, 2, 1)
    assert find_voter(geo, "1003").status == "active" and find_voter(geo, "1003").removal_reason is None
    assert find_voter(geo, "1100").status == "removed"
    # both are in the voter's history, like a decision taken by hand, with the file as the reference
    history = voter_detail(geo, "1003").history
    assert [(h.kind, h.reason) for h in history] == [(HistoryKind.REMOVED, RemovalReason.ABSENT_FROM_FILE),
                                                     (HistoryKind.RESTORED, None)]
    assert "v2.csv" in history[0].reference and "v1.csv" in history[1].reference
    assert history[0].recorded_by == geo.actor_name
    assert [h.kind for h in voter_detail(geo, "1100").history] == [HistoryKind.REMOVED]
    assert voter_detail(geo, "1001").history == ()  # a changed phone is no change of status


def test_a_voter_of_another_wilayat_is_not_moved_by_an_import(geo, tmp_path):
    path = tmp_path / "v1.csv"
    write_roll(path, PEOPLE[:2])
    run_to_end(import_roll(geo, path))
    moved = tmp_path / "moved.csv"
    write_roll(moved, [("1001", PEOPLE[0][1], "ذكر", "15/03/1985", "MA02-J")])
    with pytest.raises(FileRejected) as caught:
        run_to_end(import_roll(geo, moved))
    assert [p.code for p in caught.value.problems] == [ErrorCode.ROLL_REGISTERED_ELSEWHERE]
    assert find_voter(geo, "1001").centre_code == "MA01-M"


def test_headers_are_proposed_and_a_chosen_mapping_is_used(geo, tmp_path):
    path = tmp_path / "odd.csv"
    write_roll(path, PEOPLE[:3], headers=["رقم", "الاسم", "الجنس", "تاريخ الميلاد", "الولاية", "المركز", "الهاتف"])
    headers = read_roll_file(path)
    assert not headers.complete and "civil_number" not in headers.proposed.columns
    assert headers.headers[0] == "رقم" and headers.proposed.columns["name"] == 1
    with pytest.raises(FileRejected) as caught:
        run_to_end(import_roll(geo, path))
    assert caught.value.problems[0].code is ErrorCode.FILE_MISSING_COLUMN
    assert count_voters(geo) == 0
    mapping = RollMapping({**headers.proposed.columns, "civil_number": "رقم"})
    assert run_to_end(import_roll(geo, path, mapping=mapping)).added == 3


def test_an_empty_or_unreadable_file_is_refused(geo, tmp_path):
    empty = tmp_path / "empty.csv"
    write_roll(empty, [])
    with pytest.raises(ElectadminError) as caught:
        run_to_end(import_roll(geo, empty))
    assert caught.value.code is ErrorCode.FILE_EMPTY
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(ElectadminError) as caught:
        run_to_end(import_roll(geo, junk))
    assert caught.value.code is ErrorCode.FILE_UNREADABLE


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_an_export_imports_back_unchanged(geo, tmp_path, suffix):
    path = tmp_path / "roll.csv"
    write_roll(path, [(*p, "+96899000000") if i % 2 else p for i, p in enumerate(PEOPLE)])
    run_to_end(import_roll(geo, path))
    before = voters(geo)
    out = tmp_path / f"export.{suffix}"
    assert run_to_end(export_roll(geo, out)) == len(PEOPLE)
    again = run_to_end(import_roll(geo, out))
    assert (again.unchanged, again.added, again.changed, again.removed) == (len(PEOPLE), 0, 0, 0)
    assert voters(geo) == before
    part = tmp_path / f"centre.{suffix}"
    assert run_to_end(export_roll(geo, part, RollFilter(centre_code="MA02-J"))) == 5


def test_a_demo_election_export_carries_the_demo_mark(geo, tmp_path):
    from sqlalchemy import update

    from electadmin.storage.models import Election

    with geo.write() as session:  # a demo election is only ever made by the demo generator
        session.execute(update(Election).values(is_demo=True))
    path = tmp_path / "roll.csv"
    write_roll(path, PEOPLE[:2])
    run_to_end(import_roll(geo, path))
    out = tmp_path / "export.csv"
    run_to_end(export_roll(geo, out))
    with out.open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    assert rows[0][-1] == "DEMO" and all("DEMO" in r[-1] for r in rows[1:])
    xlsx = tmp_path / "export.xlsx"
    run_to_end(export_roll(geo, xlsx))
    about = list(CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(1).iter_rows())
    assert any("DEMO" in str(cell) for row in about for cell in row)


def test_the_roll_is_frozen_once_polling_opens(geo, tmp_path):
    from electadmin.domain.election import Phase
    from electadmin.services.election import set_phase

    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(geo, phase)
    path = tmp_path / "roll.csv"
    write_roll(path, PEOPLE[:1])
    with pytest.raises(ElectadminError) as caught:
        run_to_end(import_roll(geo, path))
    assert caught.value.code is ErrorCode.ELECTION_FROZEN
    assert count_voters(geo) == 0


def test_cancelling_an_import_leaves_the_roll_as_it_was(geo, tmp_path):
    path = tmp_path / "big.csv"
    write_roll(path, [(str(500000 + i), f"سالم بن علي {i}", "ذكر", "01/01/1980", "MA01-M") for i in range(12_000)])
    work = import_roll(geo, path)
    next(work)  # the first chunk is written inside the transaction...
    work.close()  # ...and cancelling rolls it back
    assert count_voters(geo) == 0 and revision(geo) == 0
    assert run_to_end(import_roll(geo, path)).added == 12_000
    assert count_voters(geo, RollFilter(query="سالم")) == 12_000
