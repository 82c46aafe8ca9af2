"""The count at national scale: importing 200,000 result rows, then recounting the country from scratch.

An election of 100 wilayats × 100 stations (10,000 stations) × 20 candidates is set up with bulk
inserts (the set-up is not timed); then:

* ``import``: :func:`electadmin.services.results_file.import_results` of a CSV of 200,000 rows
  (station, ballot number, votes, with the station's ballot accounting), checked and written
  (target ≤ 5 s);
* ``recount``: :func:`electadmin.services.tally.national_summary`, every constituency's totals,
  turnout, ranking and winners recomputed from the station rows (target ≤ 0.5 s), printed next to
  the floor: the plain SQL GROUP BY of the votes alone over the same rows.

Run with ``./dev bench results`` (``python benchmarks/bench_results.py [stations_per_wilayat]``).
"""

from __future__ import annotations

import csv
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, text, update  # noqa: E402

from electadmin.domain.roles import Actor, Role  # noqa: E402
from electadmin.domain.election import ElectionDefinition, Phase  # noqa: E402
from electadmin.domain.progress import run_to_end  # noqa: E402
from electadmin.interchange.tabular import read_table  # noqa: E402
from electadmin.services.election import create_election  # noqa: E402
from electadmin.services.results_file import import_results  # noqa: E402
from electadmin.services.store import Store  # noqa: E402
from electadmin.services.tally import national_summary  # noqa: E402
from electadmin.storage.base import utcnow  # noqa: E402
from electadmin.storage.models import Candidate, Election, Governorate, PollingCentre, PollingStation, Wilayat  # noqa: E402

WILAYATS, CANDIDATES = 100, 20


def setup(store: Store, stations_per_wilayat: int) -> list[tuple[str, int]]:
    """The geography and accepted, numbered candidates, in bulk; the station codes and their wilayat."""
    now = utcnow()
    stations = []
    with store.write() as session:
        session.execute(insert(Governorate), [{"id": 1, "code": "BG", "name_ar": "محافظة", "name_en": "",
                                               "name_key": "محافظة", "position": 1}])
        session.execute(insert(Wilayat), [{"id": w, "code": f"W{w:03d}", "governorate_id": 1, "name_ar": f"ولاية {w}",
                                           "name_en": "", "name_key": f"ولاية {w}", "seats": 2, "position": w}
                                          for w in range(1, WILAYATS + 1)])
        centres, rows = [], []
        for w in range(1, WILAYATS + 1):
            for c in range(0, stations_per_wilayat, 50):
                cid = len(centres) + 1
                code = f"W{w:03d}-C{c // 50 + 1}"
                centres.append({"id": cid, "code": code, "wilayat_id": w, "name_ar": "مدرسة", "name_en": "",
                                "name_key": "مدرسة", "kind": "joint", "address": ""})
                for n in range(1, min(50, stations_per_wilayat - c) + 1):
                    rows.append({"centre_id": cid, "number": n, "code": f"{code}-{n}"})
                    stations.append((f"{code}-{n}", w))
        session.execute(insert(PollingCentre), centres)
        session.execute(insert(PollingStation), rows)
        session.execute(insert(Candidate), [{
            "code": f"W{w:03d}-{n:03d}", "civil_number": f"{w:04d}{n:04d}", "name_ar": f"مرشح {n}",
            "name_key": f"مرشح {n}", "name_latin": "", "gender": "F" if n % 7 == 0 else "M",
            "birth_date": date(1970, 1, 1), "wilayat_id": w, "education": "secondary", "phone": "",
            "status": "accepted", "appeal_state": "none", "ballot_number": n, "applied_at": now, "updated_at": now}
            for w in range(1, WILAYATS + 1) for n in range(1, CANDIDATES + 1)])
        session.execute(update(Election).values(phase=Phase.COUNTING.value))
    return stations


def write_file(path: Path, stations: list[tuple[str, int]], rng: random.Random) -> int:
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["station", "ballot_number", "votes", "valid", "invalid", "blank", "ballots_found"])
        for code, _w in stations:
            votes = [rng.randint(0, 40) for _ in range(CANDIDATES)]
            valid, invalid, blank = sum(votes), rng.randint(0, 5), rng.randint(0, 3)
            for n, v in enumerate(votes, start=1):
                out.writerow([code, n, v, valid, invalid, blank, valid + invalid + blank])
                count += 1
    return count


def bench_store(folder: Path) -> Store:
    """A new election file in *folder*, opened by a signed-in administrator."""
    store = Store.open(folder / "bench.electadmin", create=True, actor=Actor("benchmark", Role.ADMINISTRATOR))
    create_election(store, ElectionDefinition(name_ar="انتخابات", polling_date=date(2027, 10, 24)))
    return store


def main() -> None:
    per_wilayat = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        store = bench_store(Path(folder))
        stations = setup(store, per_wilayat)
        path = Path(folder) / "results.csv"
        rows = write_file(path, stations, rng)

        start = time.perf_counter()
        with read_table(path) as table:
            read_rows = sum(1 for _ in table)
        reading = time.perf_counter() - start
        assert read_rows == rows

        start = time.perf_counter()
        summary = run_to_end(import_results(store, path))
        imported = time.perf_counter() - start
        assert summary.written == len(stations)

        recounts, floors = [], []
        for _ in range(5):
            start = time.perf_counter()
            national = national_summary(store)
            recounts.append(time.perf_counter() - start)
            with store.engine.connect() as connection:
                start = time.perf_counter()
                connection.execute(text("SELECT wilayat_id, candidate_id, SUM(votes) FROM station_vote "
                                        "GROUP BY wilayat_id, candidate_id")).all()
                floors.append(time.perf_counter() - start)
        assert national.total.stations_reported == len(stations)
        assert national.total.seats_decided + national.seats_awaiting_draw == 2 * WILAYATS
        store.close()

    load = os.getloadavg()[0]
    print(f"{len(stations):,} stations × {CANDIDATES} candidates ({rows:,} result rows), SQLite; "
          f"load average {load:.1f} on {os.cpu_count()} cores")
    print(f"import {rows:,} rows (read, check, write): {imported:6.2f} s   target ≤ 5 s")
    print(f"  of which reading the CSV alone (floor):   {reading:6.2f} s")
    print(f"national recount from scratch (best of 5):  {min(recounts):6.3f} s   target ≤ 0.5 s")
    print(f"plain SQL GROUP BY of the votes (floor):    {min(floors):6.3f} s")


if __name__ == "__main__":
    main()
