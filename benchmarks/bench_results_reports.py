"""Time to print the results documents: the national summary of 63 wilayats (target ≤ 2 s), a
wilayat's consolidated record of 40 stations × 12 candidates, and a station's count record.

First the documents are drawn from their plain input data (the 63 wilayats and seats of Oman's
2023 reference file, 12 candidates each, synthetic figures): the printing alone. Then the whole path
a committee runs, on the demo election (63 wilayats, 509 stations, its count records): the national
recount from the stored records, the printing, the atomic write and the audit entry
(``write_national_summary_pdf``). The demo is created first in a temporary folder (about 40 s), or
read from ``--demo FILE``. Each is run five times; the best and the median are shown. Run with
``./dev bench results_reports [--demo FILE]``.
"""

from __future__ import annotations

import csv
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, time as clock
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from electadmin.domain.roles import Actor, Role  # noqa: E402
from electadmin.domain.progress import run_to_end  # noqa: E402
from electadmin.domain.reconciliation import CountFigures  # noqa: E402
from electadmin.reports import consolidated_record as cons  # noqa: E402
from electadmin.reports import count_record as cr  # noqa: E402
from electadmin.reports import national_summary as ns  # noqa: E402
from electadmin.reports.document import DocumentStatus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ELECTION = "انتخابات أعضاء مجلس الشورى للفترة العاشرة"
NOW = datetime(2027, 10, 25, 9, 0)
GIVEN = ["أحمد", "محمد", "سالم", "علي", "عبدالله", "خالد", "سعيد", "ناصر", "فاطمة", "مريم", "راشد", "هلال"]
FAMILY = ["البلوشي", "الحارثي", "الوهيبي", "اللواتي", "الزدجالي", "السيابي", "الشحي", "البوسعيدي", "المعمري"]


def name(rnd: random.Random) -> str:
    return f"{rnd.choice(GIVEN)} بن {rnd.choice(GIVEN[:8])} بن {rnd.choice(GIVEN[:8])} {rnd.choice(FAMILY)}"


def national() -> ns.NationalSummaryReport:
    rnd = random.Random(7)
    with (ROOT / "data" / "oman_wilayats_2023.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    wilayats = []
    for i, row in enumerate(rows):
        seats = int(row["shura_seats_2023"])
        status = rnd.choice(("certified", "complete", "complete", "provisional", "needs_draw"))
        wilayats.append(ns.WilayatSummary(
            row["governorate_code"], row["governorate_ar"], f"W{i:02d}", row["wilayat_ar"], seats, status,
            rnd.randint(20, 40), 40, rnd.randint(3000, 40000), rnd.randint(3000, 40000), rnd.randint(1000, 3000),
            rnd.randint(1000, 3000), 12, rnd.randint(0, 2),
            tuple(ns.Winner(name(rnd), rnd.randint(500, 9000), rnd.random() < 0.05) for _ in range(seats))))
    return ns.NationalSummaryReport(ELECTION, tuple(wilayats))


def consolidated() -> cons.ConsolidatedReport:
    rnd = random.Random(8)
    keys = [f"C{i:02d}" for i in range(12)]
    stations = []
    for s in range(40):
        votes = {k: rnd.randint(0, 400) for k in keys}
        stations.append(cons.StationLine(f"MA03-C{s // 4 + 1:02d}-S{s % 4 + 1}", "مدرسة الموالح", "matched",
                                         sum(votes.values()) + 30, sum(votes.values()), votes))
    totals = {k: sum(s.votes[k] for s in stations) for k in keys}
    order = sorted(keys, key=lambda k: -totals[k])
    return cons.ConsolidatedReport(
        ELECTION, "مسقط", "OM-MA-03", "السيب", 2,
        CountFigures(registered_men=40000, registered_women=39000, voted_men=26000, voted_women=25000),
        tuple(stations), tuple(cons.ConsolidatedCandidate(k, i + 1, name(rnd), totals[k], order.index(k) + 1,
                                                          "elected" if order.index(k) < 2 else "not_elected")
                               for i, k in enumerate(keys)), winners=tuple(order[:2]))


def station() -> cr.CountRecordReport:
    rnd = random.Random(9)
    candidates = tuple(cr.RecordCandidate(f"C{i}", i + 1, name(rnd), rnd.randint(0, 400)) for i in range(12))
    figures = CountFigures(registered_total=2400, voted_total=1900, ballots_received=2000, ballots_used=1900,
                           ballots_spoiled=10, ballots_unused=90, ballots_found=1900,
                           valid=sum(c.votes for c in candidates), invalid=0, blank=0,
                           candidate_votes={c.key: c.votes for c in candidates})
    return cr.CountRecordReport(ELECTION, "مسقط", "OM-MA-03", "السيب", "MA03-C01", "مدرسة الموالح", "MA03-C01-S1",
                                date(2027, 10, 24), figures, candidates, clock(7), clock(19))


def timed(label: str, render) -> None:
    times, size = [], 0
    for _ in range(5):
        start = time.perf_counter()
        pdf = render()
        times.append(time.perf_counter() - start)
        size = len(pdf)
    pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page")
    print(f"{label:<48} best {min(times):.3f} s   median {statistics.median(times):.3f} s   "
          f"{pages} pages, {size / 1024:.0f} KiB")


def whole_path(demo: Path | None) -> None:
    from electadmin.services.demo import create_demo
    from electadmin.services.results_reports import write_national_summary_pdf
    from electadmin.services.store import Store

    with tempfile.TemporaryDirectory() as folder:
        if demo is None:
            demo = Path(folder) / "demo.electadmin"
            start = time.perf_counter()
            run_to_end(create_demo(demo))
            print(f"(demo election created in {time.perf_counter() - start:.1f} s)")
        store = Store.open(demo, actor=Actor("benchmark", Role.ADMINISTRATOR))
        try:
            out = Path(folder) / "national.pdf"
            timed("national summary from the demo store, whole path (≤ 2 s)",
                  lambda: (run_to_end(write_national_summary_pdf(store, out)), out.read_bytes())[1])
        finally:
            store.close()


def main() -> None:
    report = national()
    header = ns.document_header(report, election_name_en="Shura", generated_at=NOW, is_demo=True,
                                status=DocumentStatus.PROVISIONAL)
    timed(f"national summary, {len(report.wilayats)} wilayats (target ≤ 2 s)",
          lambda: run_to_end(ns.national_summary_work(header, report)))
    c = consolidated()
    ch = cons.document_header(c, election_name_en="Shura", generated_at=NOW, is_demo=True,
                              status=DocumentStatus.PROVISIONAL)
    timed("consolidated record, 40 stations × 12 candidates", lambda: run_to_end(cons.consolidated_work(ch, c)))
    r = station()
    rh = cr.document_header(r, election_name_en="Shura", generated_at=NOW, is_demo=True,
                            status=DocumentStatus.PROVISIONAL, content_hash="0123456789abcdef")
    timed("station count record, 12 candidates, 3 copies", lambda: run_to_end(cr.count_record_work(rh, r)))
    demo = Path(sys.argv[sys.argv.index("--demo") + 1]) if "--demo" in sys.argv else None
    whole_path(demo)


if __name__ == "__main__":
    main()
