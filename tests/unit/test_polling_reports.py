"""The closing summary and the centre's list with check-in marks (the voter list's polling-day form),
read back from their PDFs."""

from __future__ import annotations

import io
from datetime import datetime

from pypdf import PdfReader

from electadmin.domain.progress import run_to_end
from electadmin.reports import closing_summary, voter_list
from electadmin.reports import fonts
from electadmin.reports.text import Digits, missing_glyphs
from tests.unit.test_report_text import reading_order, without_tashkeel

NOW = datetime(2027, 10, 24, 19, 0)


def text_of(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    lines = (line for p in pages for line in p.extract_text(extraction_mode="layout").splitlines())
    return "\n".join(reading_order(line.strip()) for line in lines)


def summary_doc(**changes) -> closing_summary.ClosingSummaryDoc:
    values = dict(station_code="SEEB-01-2", centre_code="SEEB-01", centre_name="مدرسة السيب", wilayat_name="السيب",
                  men=412, women=389, undo_count=3, first_at="2027-10-24 07:01", last_at="2027-10-24 18:57",
                  closed_at="2027-10-24 19:00", closed_by="clerk1")
    values.update(changes)
    return closing_summary.ClosingSummaryDoc(**values)


def test_every_fixed_word_is_in_the_font():
    for labels in (closing_summary.LABELS, voter_list.LABELS):
        assert missing_glyphs(list(labels.values())) == set()
        assert missing_glyphs(list(labels.values()), fonts.BOLD) == set()


def test_the_closing_summary_prints_the_figures_by_gender_the_total_in_words_and_the_undos():
    doc = summary_doc()
    header = closing_summary.document_header("انتخابات مجلس الشورى", "Shura", doc, generated_at=NOW, is_demo=True)
    text = text_of(closing_summary.closing_summary_pdf(header, doc))
    assert "ملخص إغلاق الاقتراع" in text and "مدرسة السيب" in text and "SEEB-01-2" in text
    for figure in ("412", "389", "801", "3"):
        assert figure in text
    assert "ثمانمائة وواحد" in text
    assert "DEMO" in text and "clerk1" in text and "19:00" in text


def test_a_summary_before_closing_says_so_and_arabic_digits_are_used_when_asked():
    doc = summary_doc(closed_at="", closed_by="")
    header = closing_summary.document_header("انتخابات", "", doc, generated_at=NOW, is_demo=False,
                                             digits=Digits.ARABIC_INDIC)
    text = text_of(closing_summary.closing_summary_pdf(header, doc))
    assert without_tashkeel(closing_summary.LABELS["open"]) in text
    assert "٨٠١" in text and "801" not in text and "DEMO" not in text


def test_the_centre_list_marks_checked_in_voters_in_order():
    voters = tuple(voter_list.ListedVoter(f"1000{i:04d}", name, "M" if i % 2 else "F", "S-1" if i % 3 == 0 else "",
                                          "08:1%d" % (i % 10) if i % 3 == 0 else "")
                   for i, name in enumerate(["إبراهيم بن مصطفى السيابي", "أحمد بن عبدالله الكمزاري",
                                             "خالد بن سعيد المعمري", "فاطمة بنت سالم الحارثية"] * 30))
    men = sum(v.gender == "M" for v in voters)
    listed = voter_list.CentreList("السيب", "SEEB-01", "مدرسة السيب", len(voters), men, len(voters) - men, voters,
                                   sum(1 for v in voters if v.station))
    header = voter_list.document_header("انتخابات", "", listed, generated_at=NOW, is_demo=False, check_in=True)
    pdf = run_to_end(voter_list.voter_list_work(header, listed, check_in=True))
    text = text_of(pdf)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 2
    positions = [text.find(v.civil_number) for v in voters]
    assert -1 not in positions and positions == sorted(positions)
    assert text.count("حضر") == sum(1 for v in voters if v.station) + 1  # each mark, and the header's count line
    assert "حضروا حتى ساعة الإصدار" in text and "120" in text and "40" in text
    assert "وتأشير الحضور" in text and "08:13" in text and "S-1" in text
