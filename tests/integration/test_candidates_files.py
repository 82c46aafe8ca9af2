"""Applications from XLSX/CSV (every bad row reported, nothing imported), exports, the printed list."""

from __future__ import annotations

import csv
import io
import unicodedata
from datetime import date

import pytest
import xlsxwriter
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import func, select

from electadmin.domain.candidacy import CandidateStatus, OrderMethod
from electadmin.domain.errors import ErrorCode, FileRejected
from electadmin.domain.progress import run_to_end
from electadmin.reports import fonts
from electadmin.reports.candidate_list import LABELS
from electadmin.reports.text import missing_glyphs
from electadmin.services.ballot_order import fix_ballot_order
from electadmin.services.candidate_list import official_lists, write_candidate_list_pdf
from electadmin.services.candidates import accept, list_candidates, register_application
from electadmin.services.candidates_file import export_candidates, import_candidates
from electadmin.services.geography import list_wilayats
from electadmin.storage.models import AuditEntry, Candidate
from tests.integration.test_candidates_service import application, cstore  # noqa: F401 - fixture

ARABIC_HEADERS = ["الرقم المدني", "الاسم الكامل", "الجنس", "تاريخ الميلاد", "الولاية", "المؤهل العلمي", "الهاتف",
                  "تاريخ تقديم الطلب", "الصورة"]


def png(colour=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 80), colour).save(out, format="PNG")
    return out.getvalue()


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def count(store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Candidate))


def test_an_arabic_xlsx_with_photos_imports_every_row(cstore, tmp_path):
    (tmp_path / "p1.png").write_bytes(png())
    path = tmp_path / "applications.xlsx"
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet()
    rows = [ARABIC_HEADERS,
            ["١٢٣٤٥٦٧٨", "أحمد بن عبدالله بن محمد الكمزاري", "ذكر", "24/10/1985", "مسقط", "بكالوريوس", "+968 9912 3456",
             "25/05/2027", "p1.png"],
            ["87654321", "مريم بنت سالم بن علي الحارثية", "أنثى", date(1979, 2, 28), "بهلاء", "ثانوي", "", "30/5/2027", ""],
            ["11112222", "سعيد بن حمد بن خلفان الوهيبي", "M", "1990-01-31", "MA02", "master", "", "2027-06-01", ""]]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, date):
                sheet.write_datetime(r, c, __import__("datetime").datetime(value.year, value.month, value.day),
                                     book.add_format({"num_format": "dd/mm/yyyy"}))
            else:
                sheet.write_string(r, c, value)
    book.close()
    summary = run_to_end(import_candidates(cstore, path))
    assert summary.rows == 3 and summary.codes[0] == "MA01-001" and summary.codes[2] == "MA02-001"
    assert summary.per_wilayat["MA01"] == summary.per_wilayat["MA02"] == 1
    listed = {c.civil_number: c for c in list_candidates(cstore)}
    assert listed["12345678"].has_photo and listed["12345678"].phone == "+96899123456"
    assert listed["87654321"].gender == "F" and listed["87654321"].wilayat_ar == "بهلا"
    assert listed["87654321"].birth_date == date(1979, 2, 28)
    with cstore.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.sequence.desc())).first()
        assert entry.event == "candidates.imported" and len(entry.after["codes"]) == 3


def test_a_file_with_bad_rows_is_rejected_whole_with_every_problem(cstore, tmp_path):
    register_application(cstore, application(civil="55555555"))
    path = write_csv(tmp_path / "bad.csv", ["Civil number", "Full name in Arabic", "Gender", "Birth date",
                                            "Wilayat", "Education", "Submitted on"], [
        ["12345678", "أحمد بن علي الكمزاري", "M", "01/01/1980", "MA01", "secondary", "1/6/2027"],  # 2: good
        ["12x", "Ahmed", "X", "31/02/1980", "MA01", "secondary", "1/6/2027"],                   # 3: four problems
        ["22222222", "سالم بن علي", "M", "01/01/1980", "Atlantis", "phd", "1/6/2027"],           # 4: wilayat
        ["12345678", "أحمد بن علي الكمزاري", "M", "01/01/1980", "مسقط", "secondary", "1/6/2027"], # 5: row 2 again
        ["55555555", "خالد بن سعيد", "M", "01/01/1980", "MA01", "bachelor", "1/6/2027"],         # 6: applied already
        ["66666666", "خالد بن سعيد", "M", "01/01/80", "MA01", "كلية", "1/6/2027"],               # 7: year, education
        ["77777777", "خالد بن سعيد", "M", "01/01/1980", "MA01", "bachelor", "1/7/2027"],         # 8: too late
    ])
    with pytest.raises(FileRejected) as rejected:
        run_to_end(import_candidates(cstore, path))
    problems = {(p.row, p.code) for p in rejected.value.problems}
    assert {(3, ErrorCode.VALUE_BAD_CIVIL_NUMBER), (3, ErrorCode.VALUE_NOT_ARABIC), (3, ErrorCode.VALUE_NOT_CHOICE),
            (3, ErrorCode.VALUE_NOT_DATE), (4, ErrorCode.GEO_UNKNOWN_WILAYAT), (5, ErrorCode.VALUE_DUPLICATE),
            (6, ErrorCode.CANDIDATE_DUPLICATE), (7, ErrorCode.VALUE_SHORT_YEAR),
            (8, ErrorCode.CANDIDATE_OUTSIDE_WINDOW)} <= problems
    assert (7, ErrorCode.VALUE_NOT_CHOICE) in problems
    assert not any(p.row == 2 for p in rejected.value.problems)
    assert rejected.value.params["count"] == 6
    assert count(cstore) == 1  # nothing of the file


def test_a_file_missing_a_column_is_refused_before_any_row(cstore, tmp_path):
    path = write_csv(tmp_path / "short.csv", ["الرقم المدني", "الاسم"], [["1", "أحمد"]])
    with pytest.raises(FileRejected) as rejected:
        run_to_end(import_candidates(cstore, path))
    assert {p.code for p in rejected.value.problems} == {ErrorCode.FILE_MISSING_COLUMN}
    assert count(cstore) == 0


def test_export_then_import_into_another_election(cstore, tmp_path, backend):
    for n, name in enumerate(["إبراهيم بن سالم البلوشي", "أحمد بن علي الوهيبي"], start=1):
        accept(cstore, register_application(cstore, application(civil=str(n), name=name)).code)
    fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL)
    for suffix in ("csv", "xlsx"):
        out = tmp_path / f"list.{suffix}"
        assert run_to_end(export_candidates(cstore, out)) == 2
    with (tmp_path / "list.csv").open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == ["Application code", "Ballot number"]
    assert [r[:4] for r in rows[1:]] == [["MA01-001", "1", "1", "إبراهيم بن سالم البلوشي"],
                                         ["MA01-002", "2", "2", "أحمد بن علي الوهيبي"]]
    from electadmin.services.candidates import withdraw

    for c in list_candidates(cstore):
        withdraw(cstore, c.code)
    summary = run_to_end(import_candidates(cstore, tmp_path / "list.xlsx"))
    assert summary.rows == 2
    assert len(list_candidates(cstore, status=CandidateStatus.APPLIED)) == 2


def _nfkc_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def test_the_printed_list_holds_every_name_in_ballot_order_with_every_glyph(cstore, tmp_path):
    names = ["إبراهيم بن سالم بن خميس البلوشي", "أسماء بنت خالد بن سعيد السيابي", "آمنة بنت علي بن ناصر الشحي",
             "زاهر بن محمد بن سيف الكندي", "عائشة بنت حمد بن راشد الهنائي", "يوسف بن عبدالله بن جمعة المعمري"]
    codes = []
    for n, name in enumerate(names, start=1):
        dto = register_application(cstore, application(civil=str(n), name=name, photo=png() if n % 2 else None,
                                                       gender="F" if "بنت" in name else "M"))
        accept(cstore, dto.code)
        codes.append(dto.code)
    drawn = fix_ballot_order(cstore, "MA01", OrderMethod.SEED, seed="2027-06-30", drawn_by="الرئيس",
                             witnesses=["شاهد"])
    by_code = dict(zip(codes, names, strict=True))
    in_order = [by_code[c] for c in drawn.order]
    out = tmp_path / "list.pdf"
    assert run_to_end(write_candidate_list_pdf(cstore, out, "MA01")) == 6
    text = _nfkc_text(out.read_bytes())
    positions = [text.find(unicodedata.normalize("NFKC", name)) for name in in_order]
    assert all(p >= 0 for p in positions), list(zip(in_order, positions, strict=True))
    assert positions == sorted(positions)
    assert "ولاية مسقط" in text and len(PdfReader(out).pages) == 1
    assert missing_glyphs(names + [LABELS[k] for k in ("title", "all", "not_fixed", "none", "number", "photo",
                                                       "name", "code", "continued")], fonts.REGULAR) == set()
    assert missing_glyphs(LABELS["methods"].values(), fonts.REGULAR) == set()
    assert "2027-06-30" in text  # the seed, left to right inside the Arabic line, so it can be recomputed
    # every constituency's heading, with every wilayat's name of the reference geography
    headings = [LABELS["constituency"].format(name=w.name_ar, code=w.code, seats=w.seats, count=99)
                for w in list_wilayats(cstore)]
    assert len(headings) == 63 and missing_glyphs(headings, fonts.REGULAR) == set()
    assert missing_glyphs(headings, fonts.BOLD) == set()


def test_the_list_of_all_constituencies_runs_over_pages(cstore, tmp_path):
    for n in range(1, 41):
        accept(cstore, register_application(cstore, application(
            civil=str(n), name=f"محمد بن سالم الحارثي {'ا' * (n % 5 + 1)}", wilayat="MA01" if n <= 30 else "MA02")).code)
    fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL)
    lists = official_lists(cstore)
    assert len(lists) == 63 and [len(x.candidates) for x in lists[:2]] == [30, 10]
    assert lists[1].order_method is None and all(c.ballot_number is None for c in lists[1].candidates)
    out = tmp_path / "all.pdf"
    run_to_end(write_candidate_list_pdf(cstore, out))
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert pages >= 2
    last = unicodedata.normalize("NFKC", reader.pages[-1].extract_text())
    assert f"{pages}  من{pages} صفحة" in last  # «صفحة x من y», as pypdf extracts mixed-direction text
    text = _nfkc_text(out.read_bytes())
    assert text.count("تابع") == 1  # the constituency is named again where its table goes on


def test_arabic_indic_digits_for_numbers_never_for_codes(cstore, tmp_path):
    from electadmin.reports.text import Digits

    for n in (1, 2):
        accept(cstore, register_application(cstore, application(civil=str(n), name=f"سالم بن علي {'ا' * n}")).code)
    fix_ballot_order(cstore, "MA01", OrderMethod.ALPHABETICAL)
    out = tmp_path / "list.pdf"
    run_to_end(write_candidate_list_pdf(cstore, out, "MA01", digits=Digits.ARABIC_INDIC))
    text = _nfkc_text(out.read_bytes())
    assert "MA01)" in text and "MA01-001" in text and "MA٠" not in text  # identifiers keep their digits
    assert "عدد المرشحين: ٢" in text or "٢ : — عدد المرشحين" in text  # the count in the chosen digits
    assert "١" in text and "٢" in text  # the ballot numbers too
