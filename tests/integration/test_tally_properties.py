"""Properties of the consolidation, through the import and the tally (SQLite, a fresh copy per example):
the winners never depend on the order in which stations arrive, and every total is the sum of its stations."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from electadmin.domain.election import VotesPerVoterMode
from electadmin.domain.progress import run_to_end
from electadmin.domain.seats import allocate_seats
from electadmin.services.election import create_election
from electadmin.services.results_file import import_results
from electadmin.services.store import Store
from electadmin.services.tally import constituency_results, national_summary
from tests.conftest import TESTER, sample_definition
from tests.integration.results_setup import ready_store

WILAYATS = (("MA01", 1, 3, 4), ("MA02", 2, 4, 4))


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tally") / "template.electadmin"
    store = Store.open(path, create=True, actor=TESTER)
    create_election(store, sample_definition())
    ready_store(store, WILAYATS, VotesPerVoterMode.SEATS)
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    return path


stations = [(f"{code}-C1-{n}", code, count) for code, _seats, count, n_stations in WILAYATS
            for n in range(1, n_stations + 1)]
votes_strategy = st.lists(st.lists(st.integers(0, 30), min_size=4, max_size=4), min_size=len(stations),
                          max_size=len(stations))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(votes=votes_strategy, order=st.permutations(range(len(stations))), batches=st.integers(1, 4))
def test_winners_and_totals_do_not_depend_on_the_order_of_arrival(template, tmp_path_factory, votes, order, batches):
    folder = tmp_path_factory.mktemp("example")
    path = folder / "e.electadmin"
    shutil.copy(template, path)
    store = Store.open(path, actor=TESTER)
    try:
        ordered = [order[i::batches] for i in range(batches)]
        for number, part in enumerate(ordered):
            file = folder / f"part{number}.csv"
            with open(file, "w", newline="", encoding="utf-8") as f:
                w = csv.writer(f)
                w.writerow(["station", "ballot_number", "votes"])
                for i in part:
                    code, _w, count = stations[i]
                    for ballot in range(1, count + 1):
                        w.writerow([code, ballot, votes[i][ballot - 1]])
            if part:
                run_to_end(import_results(store, file))
        results = {r.wilayat_code: r for r in constituency_results(store)}
        for code, seats, count, _n in WILAYATS:
            mine = [i for i, s in enumerate(stations) if s[1] == code]
            expected = {b: sum(votes[i][b - 1] for i in mine) for b in range(1, count + 1)}
            result = results[code]
            assert {c.ballot_number: c.votes for c in result.candidates} == expected
            assert result.stations_reported == len(mine)
            by_code = {c.code: c.votes for c in result.candidates}
            assert set(result.elected) == set(allocate_seats(seats, by_code).elected)
            assert (result.tie is None) == (allocate_seats(seats, by_code).tie is None)
        total = national_summary(store).total
        assert total.stations_reported == len(stations)
        assert sum(r.candidate_votes for r in results.values()) == sum(map(sum, (v[:s[2]] for v, s in zip(votes, stations))))
    finally:
        store.close()
