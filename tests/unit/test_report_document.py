"""The common document frame and the right-to-left table, read back from the PDF they produce.

pypdf's layout mode gives each page's text as drawn, left to right and top to bottom (cells of a
row separated by runs of spaces); :func:`reading_order` reads it back the way a reader of Arabic
does, independently of the code under test.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Generator
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from electadmin.domain.progress import Progress
from electadmin.reports import fonts
from electadmin.reports.document import (
    LABELS, DocumentHeader, DocumentStatus, Page, PageBreak, Paragraph, Spacer, Table, render, render_work,
)
from electadmin.reports.table import Column
from electadmin.reports.text import Digits, missing_glyphs
from tests.unit.test_report_text import NAMES, PARAGRAPH, reading_order, without_tashkeel

HEADER = DocumentHeader(
    election_name_ar="انتخابات أعضاء مجلس الشورى للفترة العاشرة",
    election_name_en="Shura Council Elections, 10th term",
    title="كشف الناخبين",
    generated_at=datetime(2027, 3, 1, 9, 5),
    subtitle="ولاية السيب — مركز الاقتراع 101",
)
COLUMNS = [Column("م", 0.6, ltr=True), Column("الرقم المدني", 1.4, ltr=True), Column("الاسم", 4.0),
           Column("الحالة", 1.0), Column("التوقيع", 1.6)]


def rows(count: int) -> list[tuple[str, str, str, str, str]]:
    return [(str(i + 1), f"2024-{i:05d}", NAMES[i % len(NAMES)], "(مرتفعة)" if i % 2 else "عادية", "")
            for i in range(count)]


def pages_of(pdf: bytes) -> list[list[str]]:
    """Each page's lines as drawn (visual order), empty lines dropped."""
    reader = PdfReader(io.BytesIO(pdf))
    return [[line for line in page.extract_text(extraction_mode="layout").splitlines() if line.strip()]
            for page in reader.pages]


def cells(line: str) -> list[str]:
    return [cell for cell in re.split(r" {2,}", line.strip()) if cell]


def read_cells(page: list[str]) -> list[str]:
    return [reading_order(cell) for line in page for cell in cells(line)]


def plain_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def test_names_numbers_and_brackets_come_back_exactly() -> None:
    pdf = render(HEADER, [Table(COLUMNS, rows(8))])
    read = read_cells(pages_of(pdf)[0])
    for name in NAMES:
        assert without_tashkeel(name) in read
    assert "2024-00000" in read and "2024-00007" in read
    assert "(مرتفعة)" in read and "عادية" in read


def test_columns_run_right_to_left_and_cells_align() -> None:
    pdf = render(HEADER, [Table(COLUMNS, rows(3))])
    page = pages_of(pdf)[0]
    header_line = next(line for line in page if "ﻡ" in cells(line)[-1])
    assert [reading_order(cell) for cell in cells(header_line)] == [c.title for c in reversed(COLUMNS)]
    first_row = next(line for line in page if cells(line)[-1] == "1")
    assert [reading_order(cell) for cell in cells(first_row)] == ["عادية", without_tashkeel(NAMES[0]),
                                                                  "2024-00000", "1"]


def test_a_wrapped_paragraph_reads_first_line_first() -> None:
    text = f"{PARAGRAPH} {PARAGRAPH}"
    pdf = render(HEADER, [Paragraph(text)])
    lines = [read for read in (reading_order(line.strip()) for line in pages_of(pdf)[0]) if read in text]
    assert len(lines) >= 3
    assert " ".join(lines) == text


def test_mixed_paragraph_keeps_digits_hyphens_and_brackets() -> None:
    text = "قيد الناخب رقم 2024-00123 حالته (مرتفعة) في المركز " * 6
    pdf = render(HEADER, [Paragraph(text.strip())])
    read = " ".join(reading_order(line.strip()) for line in pages_of(pdf)[0] if "2024-00123" in line)
    assert read.count("2024-00123") == 6
    assert read.count("(مرتفعة)") == 6
    assert "00123-2024" not in plain_text(pdf)


def test_every_page_has_the_frame_and_page_x_of_y() -> None:
    header = replace(HEADER, content_hash="9f86d081884c7d65")
    pdf = render(header, [Table(COLUMNS, rows(90))])
    pages = pages_of(pdf)
    assert len(pages) == 3
    for number, page in enumerate(pages, start=1):
        read = read_cells(page)
        assert f"صفحة {number} من 3" in read
        assert "تاريخ الإصدار: 01/03/2027 09:05" in read
        assert "البصمة: 9f86d081884c7d65" in read
        assert HEADER.election_name_ar in read
        assert HEADER.election_name_en in [cell for line in page for cell in cells(line)]
        assert HEADER.title in read and HEADER.subtitle in read
        assert [c.title for c in reversed(COLUMNS)] == [reading_order(c) for c in cells(
            next(line for line in page if cells(line)[-1] == "ﻡ"))]
    all_read = [cell for page in pages for cell in read_cells(page)]
    for i in range(90):
        assert f"2024-{i:05d}" in all_read


def test_page_numbers_and_dates_in_arabic_indic_digits() -> None:
    header = replace(HEADER, digits=Digits.ARABIC_INDIC)
    pdf = render(header, [Paragraph("أحمد"), PageBreak(), Paragraph("علي")])
    pages = pages_of(pdf)
    assert "صفحة ٢ من ٢" in read_cells(pages[1])
    assert "تاريخ الإصدار: ٠١/٠٣/٢٠٢٧ ٠٩:٠٥" in read_cells(pages[0])


def test_demo_watermark_only_on_demo_elections() -> None:
    demo = render(replace(HEADER, is_demo=True), [Paragraph("أحمد"), PageBreak()])
    text = plain_text(demo)
    assert text.count("DEMO") == 2 and text.count("تجريبي") == 2
    plain = plain_text(render(HEADER, [Paragraph("أحمد")]))
    assert "DEMO" not in plain and "تجريبي" not in plain


@pytest.mark.parametrize(("status", "label"), [(DocumentStatus.PROVISIONAL, "نتائج أولية"),
                                               (DocumentStatus.CERTIFIED, "نتائج معتمدة")])
def test_results_status_is_marked_in_the_title(status: DocumentStatus, label: str) -> None:
    pdf = render(replace(HEADER, status=status), [Paragraph("أحمد")])
    assert label in read_cells(pages_of(pdf)[0])
    assert PdfReader(io.BytesIO(pdf)).metadata.title == f"{HEADER.title} — {label}"
    assert "نتائج" not in plain_text(render(HEADER, [Paragraph("أحمد")]))


def test_every_fixed_label_prints_in_full() -> None:
    samples = [label.format(page="12", pages="٣٤", when="01/03/2027 09:05", hash="9f86d081")
               for label in LABELS.values()]
    assert missing_glyphs(samples, fonts.REGULAR) == set()
    assert missing_glyphs(samples, fonts.BOLD) == set()


def test_the_same_input_gives_the_same_bytes() -> None:
    body = [Paragraph(PARAGRAPH), Spacer(10), Table(COLUMNS, rows(5))]
    assert render(HEADER, body) == render(HEADER, body)


def test_landscape_pages() -> None:
    pdf = render(HEADER, [Paragraph("أحمد")], orientation="landscape")
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert float(box.width) > float(box.height)


def test_long_cells_wrap_in_order_and_rows_stay_whole() -> None:
    long_name = " ".join(["عبدالرحمن بن عبدالعزيز بن عبدالمحسن"] * 4)
    table = [(str(i), f"2024-{i:05d}", long_name, "عادية", "") for i in range(1, 31)]
    pages = pages_of(render(HEADER, [Table(COLUMNS, table)]))
    assert len(pages) >= 2
    seen = []
    for page in pages:
        for i, line in enumerate(page):
            row = [reading_order(cell) for cell in cells(line)]
            if len(row) == 4 and row[-1].isdigit():
                seen.append(int(row[-1]))
                # Three lines, the middle one level with the row's other cells, all on this page.
                assert " ".join([reading_order(page[i - 1].strip()), row[1],
                                 reading_order(page[i + 1].strip())]) == long_name
    assert seen == list(range(1, 31))


def test_render_work_reports_progress_and_can_stop() -> None:
    work = render_work(HEADER, [Table(COLUMNS, rows(200), total=200)])
    progress = [next(work) for _ in range(2)]
    assert progress[0] == Progress(progress[0].done, 200) and 0 < progress[0].done < progress[1].done < 200
    work.close()


def test_a_body_can_draw_on_the_page_itself() -> None:
    def body(page: Page) -> Generator[Progress, None, None]:
        page.paragraph("بيان", size=14, bold=True)
        page.canvas.rect(page.left, page.y - 20, 40, 20)
        page.space(24)
        yield from page.table_work(COLUMNS, rows(3), total=3)
        page.paragraph("انتهى الكشف")

    pdf = render(HEADER, body)
    read = read_cells(pages_of(pdf)[0])
    assert "بيان" in read and "انتهى الكشف" in read and "2024-00002" in read
