"""Rows per second and peak memory of table import and export: 100,000 rows of 7 columns.

Each path runs in its own process, so the peak resident memory reported (``getrusage``) is that
path's alone. Synthetic roll: civil number, four-part Arabic name, gender, birth date, wilayat
code, centre number, telephone. Run with ``python benchmarks/bench_tabular.py [rows]``.
MEASURED.md has the library figures these paths rest on (calamine 0.7 s per 100,000 XLSX rows,
holding the whole sheet; CSV streamed).
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from electadmin.domain.text import QT_TRANSLATE_NOOP  # noqa: E402
from electadmin.interchange.columns import (  # noqa: E402
    GENDER,
    CivilNumber,
    Code,
    Column,
    DateValue,
    Integer,
    Phone,
    Problems,
    Text,
    match_headers,
    parse_rows,
)
from electadmin.interchange.tabular import MetaItem, XlsxOut, read_table, write_csv  # noqa: E402

GIVEN = ["أحمد", "محمد", "سالم", "علي", "عبدالله", "خالد", "سعيد", "ناصر", "حمد", "سليمان", "يوسف", "إبراهيم",
         "فاطمة", "مريم", "عائشة", "زينب", "شيخة", "موزة", "خديجة", "سلمى", "راشد", "هلال", "مبارك", "بدر"]
FAMILY = ["الكمزاري", "البلوشي", "الحارثي", "المعولي", "الهنائي", "الشحي", "العامري", "البوسعيدي",
          "الرواحي", "السيابي", "الغافري", "الكندي", "المقبالي", "الريامي", "الحوسني", "الجابري"]
WILAYATS = ["OM-MA-01", "OM-MA-02", "OM-BS-03", "OM-DA-04", "OM-ZA-05", "OM-SH-06"]

ROLL = (
    Column("civil_number", QT_TRANSLATE_NOOP("Columns", "Civil number"), CivilNumber(max_length=9),
           ("الرقم المدني",)),
    Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), Text(required=True), ("الاسم",)),
    Column("gender", QT_TRANSLATE_NOOP("Columns", "Gender"), GENDER, ("الجنس",)),
    Column("birth_date", QT_TRANSLATE_NOOP("Columns", "Birth date"), DateValue(), ("تاريخ الميلاد",)),
    Column("wilayat", QT_TRANSLATE_NOOP("Columns", "Wilayat code"), Code(), ("رمز الولاية",)),
    Column("centre", QT_TRANSLATE_NOOP("Columns", "Centre number"), Integer(minimum=1), ("رقم المركز",)),
    Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), Phone(), ("الهاتف",), required=False),
)
HEADERS = ["الرقم المدني", "الاسم", "الجنس", "تاريخ الميلاد", "رمز الولاية", "رقم المركز", "الهاتف"]


def voters(count: int, seed: int = 7):
    """*count* rows with unique civil numbers, drawn from a pool of 4,096 random rows so that
    generating them costs little next to the path being measured."""
    rng = random.Random(seed)
    first_day = date(1930, 1, 1)
    pool = [
        (f"{rng.choice(GIVEN)} بن {rng.choice(GIVEN)} بن {rng.choice(GIVEN)} {rng.choice(FAMILY)}",
         rng.choice(["ذكر", "أنثى"]), first_day + timedelta(days=rng.randrange(27_000)), rng.choice(WILAYATS),
         rng.randrange(1, 300), f"+968{rng.randrange(9_000_0000, 9_999_9999)}")
        for _ in range(4096)
    ]
    for i in range(count):
        yield (str(10_000_000 + i), *pool[i & 4095])


def write(kind: str, path: Path, count: int) -> int:
    if kind == "xlsx":
        meta = [MetaItem("election", "Election", "انتخابات مجلس الشورى"), MetaItem("status", "Status", "final")]
        with XlsxOut(path, HEADERS, meta=meta) as out:
            for row in voters(count):
                out.write_row(row)
        return out.rows_written
    return write_csv(path, HEADERS, voters(count))


def read(path: Path, parse: bool) -> int:
    rows = 0
    with read_table(path, columns=ROLL) as table:
        if not parse:
            for _ in table:
                rows += 1
            return rows
        match = match_headers(table.header, ROLL)
        problems = Problems()
        for parsed in parse_rows(table, ROLL, match):
            problems.add_parsed(parsed)
            rows += 1
    if problems:
        raise SystemExit(f"unexpected problems: {next(iter(problems)).error}")
    return rows


def run_one(step: str, path: Path, count: int) -> None:
    """One measured path in this process: prints rows, seconds and peak memory as one line."""
    start = time.perf_counter()
    if step.startswith("write"):
        rows = write(step.split("-")[1], path, count)
    else:
        rows = read(path, parse=step.endswith("parse"))
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"{step:<18}{rows:>9,} rows {elapsed:7.2f} s {rows / elapsed:>10,.0f} rows/s  "
          f"peak {peak:6.0f} MiB")


STEPS = [("write-xlsx", "xlsx"), ("write-csv", "csv"), ("read-xlsx", "xlsx"), ("read-xlsx-parse", "xlsx"),
         ("read-csv", "csv"), ("read-csv-parse", "csv")]


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--step":
        run_one(sys.argv[2], Path(sys.argv[3]), int(sys.argv[4]))
        return
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    print(f"{count:,} rows of {len(HEADERS)} columns; each path in its own process")
    with tempfile.TemporaryDirectory() as folder:
        for step, suffix in STEPS:
            path = Path(folder) / f"roll.{suffix}"
            subprocess.run([sys.executable, __file__, "--step", step, str(path), str(count)], check=True)
            if step.startswith("write"):
                print(f"{'':<18}{path.stat().st_size / 1e6:>9.1f} MB on disk")


if __name__ == "__main__":
    main()
