"""Geography files: the documented format in and out, every bad row reported, nothing half-imported."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from electadmin.domain.errors import ErrorCode, FileRejected, RowError
from electadmin.domain.progress import run_to_end
from electadmin.services import audit, geography
from electadmin.services.geography_file import export_geography, import_geography
from electadmin.services.reference import load_reference_geography
from electadmin.paths import data_dir

HEADER = ["رمز المحافظة", "المحافظة", "الولاية", "Wilayat code", "المقاعد", "تهجئات أخرى",
          "رمز المركز", "اسم المركز", "نوع المركز", "اللجان"]


def _csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_the_reference_file_imports_as_a_geography_file(store):
    changes = run_to_end(import_geography(store, data_dir() / "oman_wilayats_2023.csv"))
    assert changes.created["wilayats"] == 63
    totals = geography.summary(store)
    assert (totals.governorates, totals.wilayats, totals.seats) == (11, 63, 90)
    again = run_to_end(import_geography(store, data_dir() / "oman_wilayats_2023.csv"))
    assert not again.changed and again.unchanged["wilayats"] == 63


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_the_same_geography(backend, tmp_path, suffix):
    source = backend.open()
    from tests.conftest import TESTER, sample_definition
    from electadmin.services.election import create_election

    create_election(source, sample_definition())
    load_reference_geography(source)
    geography.save_centre(source, geography.CentreDTO("DA02-C01", "DA02", "مدرسة بهلا", "Bahla school",
                                                      stations=3, address="بهلا"))
    path = tmp_path / f"geo{suffix}"
    assert run_to_end(export_geography(source, path)) == 63
    source_wilayats, source_centres = geography.list_wilayats(source), geography.list_centres(source)
    source.close()
    from electadmin.services.store import Store

    target = Store.open(tmp_path / "target.electadmin", create=True, actor=TESTER)
    create_election(target, sample_definition())
    run_to_end(import_geography(target, path))
    assert geography.list_wilayats(target) == source_wilayats
    assert geography.list_centres(target) == source_centres
    target.close()


def test_a_file_with_bad_rows_reports_every_one_and_imports_nothing(store, tmp_path):
    path = _csv(tmp_path / "bad.csv", [
        ["MA", "مسقط", "مسقط", "MA01", "١", "", "MA01-C01", "مدرسة", "رجال", "2"],   # good
        ["MA", "مسقط", "مطرح", "MA02", "0", "", "", "", "", ""],                   # seats 0
        ["MA", "مسقط", "بوشر", "MA 03", "2", "", "", "", "", ""],                   # bad code
        ["MA", "مسقط", "السيب", "MA04", "two", "", "MA04-C1", "", "رجال", "99"],     # seats, name, stations
        ["MA", "مسقط", "مسقط", "MA01", "2", "", "", "", "", ""],                    # disagrees with row 2
        ["MA", "مسقط", "قريات", "MA06", "1", "", "MA01-C01", "مدرسة", "نساء", "1"],  # centre code repeated
        ["ZU", "ظفار", "صلالة", "ZU01", "2", "", "", "", "", "x"],                  # stations
    ])
    with pytest.raises(FileRejected) as caught:
        run_to_end(import_geography(store, path))
    rows = sorted({p.row for p in caught.value.problems})
    assert rows == [3, 4, 5, 6, 7, 8]
    assert caught.value.code is ErrorCode.FILE_REJECTED and caught.value.params["count"] == 6
    on_row_5 = [p.error for p in caught.value.problems if p.row == 5]
    assert all(isinstance(e, RowError) for e in on_row_5) and len(on_row_5) == 3
    assert geography.summary(store) == geography.GeographySummary(0, 0, 0, 0, 0)
    assert [e.event for e in audit.recent(store)] == ["election.created"]


def test_a_row_refused_by_the_store_rejects_the_whole_file(store, tmp_path):
    """An alias already naming another wilayat is found only against the data: still all-or-nothing."""
    path = _csv(tmp_path / "alias.csv", [
        ["MA", "مسقط", "مسقط", "MA01", "1", "", "", "", "", ""],
        ["MA", "مسقط", "مطرح", "MA02", "2", "مسقط", "", "", "", ""],
    ])
    with pytest.raises(FileRejected) as caught:
        run_to_end(import_geography(store, path))
    assert [(p.row, p.cause.code) for p in caught.value.problems] == [(3, ErrorCode.GEO_DUPLICATE_ALIAS)]
    assert geography.summary(store).wilayats == 0


def test_a_missing_required_column_is_named(store, tmp_path):
    path = _csv(tmp_path / "cols.csv", [["MA", "مسقط", "مسقط"]], header=["governorate_code", "governorate_ar", "wilayat_ar"])
    with pytest.raises(FileRejected) as caught:
        run_to_end(import_geography(store, path))
    assert [p.cause.code for p in caught.value.problems] == [ErrorCode.FILE_MISSING_COLUMN]


def test_wilayat_codes_are_generated_and_kept_by_name(store, tmp_path):
    first = _csv(tmp_path / "a.csv", [["DA", "الداخلية", "نزوى", "", "2", "", "", "", "", ""]])
    run_to_end(import_geography(store, first))
    second = _csv(tmp_path / "b.csv", [["DA", "الداخلية", "نزوى", "", "3", "", "", "", "", ""],
                                       ["DA", "الداخلية", "بهلا", "", "2", "بهلاء", "", "", "", ""]])
    changes = run_to_end(import_geography(store, second))
    assert [(w.code, w.name_ar, w.seats) for w in geography.list_wilayats(store)] == [
        ("DA01", "نزوى", 3), ("DA02", "بهلا", 2)]
    assert changes.updated["wilayats"] == 1 and changes.created["wilayats"] == 1
