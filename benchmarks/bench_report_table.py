"""Pages per second of a printed voter list: 10,000 voters, 40 rows a page, 5 columns.

The roll's printed list must reach 60 pages/s on the project's 2-core machine (MEASURED.md: ~165
with the canvas and a per-word shaping cache). Synthetic four-part Arabic names; run with
``python benchmarks/bench_report_table.py [voters]``.
"""

from __future__ import annotations

import random
import re
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from electadmin.reports.document import DocumentHeader, Table, render  # noqa: E402
from electadmin.reports.table import Column, TableStyle  # noqa: E402

GIVEN = ["أحمد", "محمد", "سالم", "علي", "عبدالله", "خالد", "سعيد", "ناصر", "حمد", "سليمان", "يوسف", "إبراهيم",
         "فاطمة", "مريم", "عائشة", "زينب", "شيخة", "موزة", "خديجة", "سلمى", "راشد", "هلال", "مبارك", "بدر"]
FAMILY = ["الكمزاري", "البلوشي", "الحارثي", "المعولي", "الهنائي", "الشحي", "العامري", "البوسعيدي",
          "الرواحي", "السيابي", "الغافري", "الكندي", "المقبالي", "الريامي", "الحوسني", "الجابري"]


def voters(count: int, seed: int = 7) -> list[tuple[str, str, str, str, str]]:
    rng = random.Random(seed)
    rows = []
    for i in range(1, count + 1):
        name = f"{rng.choice(GIVEN)} بن {rng.choice(GIVEN)} بن {rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        rows.append((str(i), f"{rng.randrange(10**7, 10**8)}", name, rng.choice(["ذكر", "أنثى"]), ""))
    return rows


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rows = voters(count)
    header = DocumentHeader("انتخابات أعضاء مجلس الشورى", "Shura Council elections", "كشف الناخبين",
                            datetime(2027, 3, 1, 9, 0), subtitle="ولاية السيب — مركز الاقتراع 101",
                            is_demo=True)
    columns = [Column("م", 0.6, ltr=True), Column("الرقم المدني", 1.3, ltr=True), Column("الاسم", 4.0),
               Column("الجنس", 0.8), Column("التوقيع", 1.8)]
    style = TableStyle(size=10, padding=2, leading=1.25, min_row_height=16)
    render(header, [Table(columns, rows[:50], style)])  # fonts registered, caches warm for one page
    start, cpu_start = time.perf_counter(), time.process_time()
    pdf = render(header, [Table(columns, rows, style)])
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    pages = len(re.findall(rb"/Type /Page\b(?!s)", pdf))
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    print(f"{count} voters, {pages} pages, {len(pdf) / 1e6:.1f} MB in {elapsed:.2f} s: "
          f"{pages / elapsed:.0f} pages/s ({pages / cpu:.0f} pages per CPU second)")


if __name__ == "__main__":
    main()
