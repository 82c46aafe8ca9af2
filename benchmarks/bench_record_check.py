"""Checking a printed record at national scale: 10,000 stations, each with a settled count record.

The election of :mod:`bench_results` (100 wilayats × 100 stations × 20 candidates) is set up and its
200,000 result rows imported (not timed); then :func:`electadmin.services.record_check.check_printed_record`
is timed for:

* ``found``: the short hash of a station's record, as typed from the paper (an index range scan,
  then the record and its station read back and its content hashed again);
* ``no match``: a hash nothing has, which after the two index scans compares it with every
  uncertified wilayat's provisional result (one national tally): the slowest answer there is.

Run with ``./dev bench record_check`` (``python benchmarks/bench_record_check.py [stations_per_wilayat]``).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import select  # noqa: E402

from bench_results import bench_store, setup, write_file  # noqa: E402
from electadmin.domain.progress import run_to_end  # noqa: E402
from electadmin.integrity.record_hash import short_hash  # noqa: E402
from electadmin.services.record_check import CheckOutcome, check_printed_record  # noqa: E402
from electadmin.services.results_file import import_results  # noqa: E402
from electadmin.services.store import Store  # noqa: E402
from electadmin.storage.models import CountRecord  # noqa: E402


def best(store: Store, text: str, runs: int = 20) -> tuple[float, CheckOutcome]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        outcome = check_printed_record(store, text).outcome
        times.append(time.perf_counter() - start)
    return min(times), outcome


def main() -> None:
    per_wilayat = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        store = bench_store(Path(folder))
        stations = setup(store, per_wilayat)
        path = Path(folder) / "results.csv"
        write_file(path, stations, rng)
        run_to_end(import_results(store, path))
        with store.read() as session:
            hashes = list(session.scalars(select(CountRecord.content_sha256)))
        assert len(hashes) == len(stations) and all(hashes)
        found, found_outcome = best(store, short_hash(rng.choice(hashes)).lower().replace("-", ""))
        missing, missing_outcome = best(store, "ZZZZ-ZZZZ-ZZZZ-ZZZZ", runs=5)
        assert (found_outcome, missing_outcome) == (CheckOutcome.MATCH, CheckOutcome.NO_MATCH)
        store.close()
    load = os.getloadavg()[0]
    print(f"{len(stations):,} stations with a settled count record, SQLite; load average {load:.1f} on "
          f"{os.cpu_count()} cores")
    print(f"check a station's printed hash (best of 20):   {found * 1000:7.1f} ms")
    print(f"check a hash nothing has (best of 5):           {missing * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
