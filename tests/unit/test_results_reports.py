"""The station count record, the wilayat's consolidated record and the national summary, read back.

Each document is rendered from plain input data and its text extracted with pypdf; every line is
read back in reading order (:func:`reading_order`, independent of the code under test) and compared
after NFKC, so a figure, a name or a number in words that went missing or out of order fails.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path

import pytest

from electadmin.domain.progress import run_to_end
from electadmin.domain.reconciliation import CountFigures, ReconciliationCode
from electadmin.domain.words import arabic_words
from electadmin.reports import consolidated_record as cons
from electadmin.reports import count_record as cr
from electadmin.reports import national_summary as ns
from electadmin.reports import results_parts as parts
from electadmin.reports.document import LABELS as FRAME, DocumentStatus
from electadmin.reports.text import Digits, missing_glyphs
from tests.unit.test_report_document import pages_of, plain_text
from tests.unit.test_report_text import NAMES, reading_order, without_tashkeel

REPO = Path(__file__).resolve().parents[2]
ELECTION = "انتخابات أعضاء مجلس الشورى للفترة العاشرة"
NOW = datetime(2027, 10, 24, 21, 5)
CANDIDATE_NAMES = [*NAMES[:3], "سالم بن خلفان بن ناصر المعمري", "مريم بنت سعيد بن راشد الوهيبي"]
VOTES = [312, 287, 1045, 0, 256]


def lines_of(pdf: bytes) -> list[str]:
    """Every line of every page in reading order, runs of spaces (cell gaps) made one."""
    return [re.sub(r"\s+", " ", without_tashkeel(reading_order(line))).strip()
            for page in pages_of(pdf) for line in page]


def station_record(**changes) -> cr.CountRecordReport:
    candidates = tuple(cr.RecordCandidate(f"C{i}", i + 1, name, votes)
                       for i, (name, votes) in enumerate(zip(CANDIDATE_NAMES, VOTES, strict=True)))
    figures = CountFigures(
        registered_men=1200, registered_women=1150, registered_total=2350, voted_men=980, voted_women=920,
        voted_total=1900, ballots_received=2000, ballots_used=1900, ballots_spoiled=12, ballots_unused=88,
        ballots_found=1900, valid=1900, invalid=0, blank=0,
        candidate_votes={c.key: c.votes for c in candidates}, votes_allowed=1)
    record = cr.CountRecordReport(
        ELECTION, "مسقط", "OM-MA-03", "السيب", "MA03-C01", "مدرسة الموالح", "MA03-C01-S2", date(2027, 10, 24),
        figures, candidates, time(7, 0), time(19, 0),
        objections=(cr.RecordObjection("وكيل المرشح الأول", "طلب إعادة العد", "رُفض بعد إعادة العد"),))
    return replace(record, **changes)


def render_record(record: cr.CountRecordReport, digits: Digits = Digits.WESTERN,
                  status: DocumentStatus = DocumentStatus.PROVISIONAL) -> bytes:
    header = cr.document_header(record, election_name_en="Shura Council Elections", generated_at=NOW,
                                is_demo=True, status=status, content_hash="3fa9c0d2e1b4a7f6", digits=digits)
    return run_to_end(cr.count_record_work(header, record))


def test_count_record_prints_each_candidate_in_figures_and_words_in_ballot_order() -> None:
    lines = lines_of(render_record(station_record()))
    ranks = {312: 2, 287: 3, 1045: 1, 0: 5, 256: 4}
    found = []
    for number, (name, votes) in enumerate(zip(CANDIDATE_NAMES, VOTES, strict=True), 1):
        row = f"{number} {without_tashkeel(name)} {votes} {without_tashkeel(arabic_words(votes))} {ranks[votes]}"
        found.append(lines.index(row))
    copy_length = len(lines) // 3
    assert found == sorted(found) and found[-1] < copy_length, "candidates out of ballot order"
    assert "المجموع 1900 ألف وتسعمائة" in lines


def test_count_record_prints_ballots_turnout_header_copies_and_hash() -> None:
    pdf = render_record(station_record())
    lines = lines_of(pdf)
    text = "\n".join(lines)
    assert "الأوراق المستلمة 2000 ألفان" in lines
    assert "الأوراق التالفة 12 اثنا عشر" in lines
    assert "الناخبون المقيدون 1200 1150 2350" in lines
    # The reading helper leaves a percent sign before its number (see test_report_text).
    assert "نسبة المشاركة %81.7 %80.0 %80.9" in lines
    assert "MA03-C01-S2" in text and "(MA03-C01)" in text and "24/10/2027" in text and "07:00" in text
    for number, purpose in enumerate(cr.LABELS["copy_purposes"], 1):
        assert f"النسخة {number} من 3: {without_tashkeel(purpose)}" in text
    assert "طلب إعادة العد" in text and "رفض بعد إعادة العد" in text
    assert "رئيس اللجنة" in text and "المقرر" in text and "التوقيع" in text
    assert "3fa9c0d2e1b4a7f6" in text and "تجريبي — DEMO" in text
    assert without_tashkeel(FRAME["provisional"]) in text
    assert f"صفحة 1 من {len(pages_of(pdf))}" in text
    assert "تطابقت أرقام المحضر في جميع بنود المطابقة." in lines


def test_a_record_that_does_not_reconcile_prints_the_failed_check_its_difference_and_explanation() -> None:
    record = station_record(explanation="سلمت ثماني أوراق إلى المحطة المجاورة")
    record = replace(record, figures=replace(record.figures, ballots_unused=80))
    lines = lines_of(render_record(record))
    assert "الفرق: المستلمة − (المستعملة + التالفة + غير المستعملة) 8 ثمانية" in lines
    assert "• الأوراق المستلمة (2000) لا تساوي المستعملة والتالفة وغير المستعملة (1992)" in lines
    assert "تفسير اللجنة: سلمت ثماني أوراق إلى المحطة المجاورة" in lines


def test_arabic_indic_digits_on_request_and_codes_kept() -> None:
    text = "\n".join(lines_of(render_record(station_record(), Digits.ARABIC_INDIC, DocumentStatus.CERTIFIED)))
    assert "١٠٤٥ ألف وخمسة وأربعون" in text
    assert "MA03-C01-S2" in text
    assert without_tashkeel(FRAME["certified"]) in text


def test_every_check_has_printed_wording_and_no_document_word_is_missing_from_the_font() -> None:
    assert set(cr.CHECK_LABELS) == set(ReconciliationCode)
    words = [*cr.CHECK_LABELS.values(), *(v for v in cr.LABELS.values() if isinstance(v, str)),
             *cr.LABELS["copy_purposes"], *(v for v in cons.LABELS.values() if isinstance(v, str)),
             *cons.LABELS["states"].values(), *cons.LABELS["outcomes"].values(),
             *(v for v in ns.LABELS.values() if isinstance(v, str)), *ns.LABELS["statuses"].values(),
             *parts.LABELS.values(), "• ١٢٣ 12.5% −"]
    assert missing_glyphs(words) == set()


def consolidated(**changes) -> cons.ConsolidatedReport:
    keys = [f"C{i}" for i in range(12)]
    names = [f"{NAMES[i % 4].split()[0]} بن {['سالم', 'علي', 'حمد'][i % 3]} المرشح {arabic_words(i + 1)}"
             for i in range(12)]
    stations = []
    for s in range(4):
        votes = {k: 10 * (s + 1) + i for i, k in enumerate(keys)}
        stations.append(cons.StationLine(f"MA03-C01-S{s + 1}", "مدرسة الموالح",
                                         ["matched", "certified", "entered", "missing"][s],
                                         sum(votes.values()) + 5, sum(votes.values()), votes))
    totals = {k: sum(st.votes[k] for st in stations[:2]) for k in keys}
    candidates = tuple(cons.ConsolidatedCandidate(k, i + 1, n, totals[k], 12 - i,
                                                  "elected" if i >= 10 else "not_elected")
                       for i, (k, n) in enumerate(zip(keys, names, strict=True)))
    report = cons.ConsolidatedReport(
        ELECTION, "مسقط", "OM-MA-03", "السيب", 2,
        CountFigures(registered_men=4000, registered_women=3900, voted_men=2600, voted_women=2500, valid=5000,
                     invalid=70, blank=30), stations, candidates, winners=("C11", "C10"))
    return replace(report, **changes)


def render_consolidated(report: cons.ConsolidatedReport) -> bytes:
    header = cons.document_header(report, election_name_en="Shura", generated_at=NOW, is_demo=False,
                                  status=DocumentStatus.PROVISIONAL)
    return run_to_end(cons.consolidated_work(header, report))


def test_consolidated_record_per_station_totals_states_and_winners() -> None:
    report = consolidated()
    pdf = render_consolidated(report)
    lines = lines_of(pdf)
    text = "\n".join(lines)
    assert "DEMO" not in plain_text(pdf)
    assert "المحطات الواردة 2 من 4" in text
    assert "محطات لم ترد محاضرها: MA03-C01-S3، MA03-C01-S4" in text
    # 12 candidates: two tables of stations (9 + 3 candidates), each with its total row.
    first = [line for line in lines if line.startswith("MA03-C01-S1 ")]
    assert len(first) == 2 and first[0].endswith(" ".join(str(10 + i) for i in range(9)))
    assert any(line.startswith("MA03-C01-S3 مدرسة الموالح مدخل — — —") for line in lines)
    for c in report.candidates:
        assert f"{c.ballot_number} {without_tashkeel(c.name_ar)} {c.votes} {arabic_words(c.votes)}" in text
    assert f"1. {without_tashkeel(report.candidates[11].name_ar)}" in text
    assert f"2. {without_tashkeel(report.candidates[10].name_ar)}" in text


def test_a_pending_tie_and_a_recorded_draw_are_printed() -> None:
    report = consolidated(winners=("C11",), tied=("C10", "C9"))
    text = "\n".join(lines_of(render_consolidated(report)))
    assert "تعادل على المقعد الأخير: لا تعلن النتيجة حتى تجرى القرعة" in text
    draw = parts.DrawRecord("seed", (report.candidates[9].name_ar, report.candidates[10].name_ar), 50, 1,
                            (report.candidates[10].name_ar, report.candidates[9].name_ar), "والي السيب",
                            ("سعيد بن علي الهنائي", "مريم بنت خالد الرواحي"), datetime(2027, 10, 25, 10, 30),
                            seed="2027-7731")
    text = "\n".join(lines_of(render_consolidated(consolidated(draw=draw))))
    assert "2027-7731" in text and "سعيد بن علي الهنائي، مريم بنت خالد الرواحي" in text
    assert "أجرى القرعة والي السيب" in text and "25/10/2027" in text and "10:30" in text
    first, second = (without_tashkeel(report.candidates[i].name_ar) for i in (10, 9))
    assert f"1. {first}، 2. {second}" in text


def oman_summary() -> ns.NationalSummaryReport:
    with (REPO / "data" / "oman_wilayats_2023.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    wilayats = []
    for i, row in enumerate(rows):
        seats = int(row["shura_seats_2023"])
        status = ("certified", "complete", "provisional", "needs_draw")[i % 4]
        wilayats.append(ns.WilayatSummary(
            row["governorate_code"], row["governorate_ar"], f"W{i:02d}", row["wilayat_ar"], seats, status,
            9 if status == "provisional" else 10, 10, 5000 + i, 4800, 3000, 2900, 12, 1,
            tuple(ns.Winner(f"فائز {arabic_words(i + 1)} رقم {k}", 900, woman=(i == 4 and k == 1))
                  for k in range(1, seats + 1))))
    return ns.NationalSummaryReport(ELECTION, tuple(wilayats))


def test_national_summary_covers_every_wilayat_with_totals_and_charts() -> None:
    report = oman_summary()
    header = ns.document_header(report, election_name_en="Shura", generated_at=NOW, is_demo=True,
                                status=DocumentStatus.PROVISIONAL)
    pdf = run_to_end(ns.national_summary_work(header, report))
    text = "\n".join(lines_of(pdf))
    assert len(report.wilayats) == 63
    decided = [w for w in report.wilayats if w.decided]
    assert f"الدوائر المحسومة {len(decided)} من 63" in text
    assert f"من {sum(w.seats for w in report.wilayats)}" in text
    for w in report.wilayats:
        assert w.wilayat_ar in text and w.wilayat_code in text
    assert "فائز خمسة رقم 1 (مرشحة)" in text
    assert "فائز ثلاثة رقم" not in text, "a wilayat still provisional shows no winners"
    assert "الفائزات 1" in text and "المرشحات 63" in text
    # Each chart's governorate labels are drawn as text, shaped, one per governorate.
    governorates = {w.governorate_ar for w in report.wilayats}
    assert sum(text.count(name) for name in governorates) >= 4 * len(governorates)


@pytest.mark.parametrize("value, whole, expected", [(1, 3, "33.3%"), (0, 0, "—"), (None, 5, "—")])
def test_percent(value, whole, expected) -> None:
    assert parts.percent(value, whole, Digits.WESTERN) == expected
