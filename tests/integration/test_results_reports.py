"""The printed results documents from stored count records, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select

from electadmin.domain.audit import EventType
from electadmin.domain.draw import DrawMethod
from electadmin.domain.progress import run_to_end
from electadmin.domain.words import arabic_words
from electadmin.services.certification import record_draw
from electadmin.services.count_record import save_first_entry, save_second_entry, station_ballot
from electadmin.services.results_reports import (
    write_consolidated_pdf, write_count_record_pdf, write_national_summary_pdf,
)
from electadmin.storage.models import AuditEntry
from tests.integration.results_setup import as_clerk, certify_signed, ready_store, record
from tests.unit.test_report_text import without_tashkeel
from tests.unit.test_results_reports import lines_of


@pytest.fixture
def rstore(store):
    return ready_store(store)


def double(store, station, data):
    save_first_entry(as_clerk(store, "clerk-1"), station, data)
    save_second_entry(as_clerk(store, "clerk-2"), station, data)


def text_of(path) -> str:
    return "\n".join(lines_of(path.read_bytes()))


def test_count_record_pdf_from_a_stored_record(rstore, tmp_path):
    double(rstore, "MA01-C1-1", record([10, 20, 6]))
    out = tmp_path / "record.pdf"
    assert run_to_end(write_count_record_pdf(rstore, "MA01-C1-1", out)) == out.stat().st_size
    text = text_of(out)
    for line, votes in zip(station_ballot(rstore, "MA01-C1-1").candidates, (10, 20, 6), strict=True):
        assert f"{line.ballot_number} {without_tashkeel(line.name_ar)} {votes} {arabic_words(votes)}" in text
    assert "MA01-C1-1" in text and "نتائج أولية" in text and "تطابق الإدخالان" in text
    assert "البصمة" in text
    with rstore.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.event == EventType.RESULTS_EXPORTED.value)) == 1


def test_consolidated_and_national_pdfs_show_the_tie_then_the_draw_and_certification(rstore, tmp_path):
    double(rstore, "MA01-C1-1", record([10, 12, 5]))
    double(rstore, "MA01-C1-2", record([7, 5, 9]))  # 17, 17, 14: a tie for the one seat
    out = tmp_path / "ma01.pdf"
    run_to_end(write_consolidated_pdf(rstore, "MA01", out))
    text = text_of(out)
    assert "تعادل على المقعد الأخير" in text
    assert "المحطات الواردة 2 من 2" in text
    record_draw(rstore, "MA01", DrawMethod.SEED, seed="2027-A", drawn_by="رئيس اللجنة",
                witnesses=["وكيل المرشح الأول"], drawn_at=datetime(2027, 10, 25, 6, 0, tzinfo=UTC))
    certify_signed(as_clerk(rstore, "chair"), "MA01")
    run_to_end(write_consolidated_pdf(rstore, "MA01", out))
    text = text_of(out)
    assert "نتائج معتمدة" in text and "فائز بالقرعة" in text and "وكيل المرشح الأول" in text
    assert "25/10/2027" in text
    summary = tmp_path / "national.pdf"
    run_to_end(write_national_summary_pdf(rstore, summary))
    text = text_of(summary)
    assert "الدوائر المحسومة 1 من 2" in text and "نتائج أولية" in text


def test_the_command_line_prints_the_three_documents(tmp_path):
    from electadmin.services.election import create_election
    from tests.conftest import sample_definition
    from tests.integration.test_cli import CHAIR, electadmin, new_store

    path = tmp_path / "count.electadmin"
    store = new_store(path)
    try:
        create_election(store, sample_definition())
        ready_store(store)
        double(store, "MA01-C1-1", record([10, 20, 6]))
    finally:
        store.close()
    runs = {"national.pdf": ("--document", "national"),
            "ma01.pdf": ("--document", "consolidated", "--wilayat", "MA01"),
            "station.pdf": ("--document", "record", "--station", "MA01-C1-1")}
    for name, options in runs.items():
        result = electadmin("results", "export", "--db", str(path), "--format", "pdf", *options,
                            str(tmp_path / name), user=CHAIR)
        assert result.returncode == 0, result.stderr
    assert "الملخص الوطني للنتائج" in text_of(tmp_path / "national.pdf")
    assert "المحضر المجمع لنتائج الولاية" in text_of(tmp_path / "ma01.pdf")
    assert "MA01-C1-1" in text_of(tmp_path / "station.pdf")
    missing = electadmin("results", "export", "--db", str(path), "--format", "pdf", "--document", "record",
                         str(tmp_path / "x.pdf"), user=CHAIR)
    assert missing.returncode == 2 and "--station" in missing.stdout
