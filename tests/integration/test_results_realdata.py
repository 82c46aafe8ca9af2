"""Real returns: West Virginia's 2020 House of Delegates (100 seats in 67 block-vote districts).

The fixture (``tests/fixtures/wv2020``, see its README for the credit) is converted here into the
application's own documented formats, then loaded through them as a committee would: the geography
file (districts as constituencies with their seats, one governorate, each district's part of a county
as polling centres of at most 50 stations, precincts as stations), the candidates file (accepted,
ballot order alphabetical), and the station results file (station, civil number, votes). Votes per
voter = seats. Every district total of the official county file and the published outcome (76 REP,
24 DEM) must come out, and so must the margins of the close multi-seat races.
"""

from __future__ import annotations

import csv
import gzip
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from electadmin.domain.candidacy import CandidateStatus, OrderMethod
from electadmin.domain.election import Phase, VotesPerVoterMode
from electadmin.domain.progress import run_to_end
from electadmin.services.ballot_order import fix_ballot_order
from electadmin.services.candidates import accept, list_candidates
from electadmin.services.candidates_file import import_candidates
from electadmin.services.election import get_election, set_phase, update_election
from electadmin.services.geography_file import import_geography
from electadmin.services.results_file import import_results
from electadmin.services.tally import constituency_results, national_summary
from tests.integration.results_setup import CANDIDACY

FIXTURES = Path(__file__).parents[1] / "fixtures" / "wv2020"
PRECINCTS = FIXTURES / "20201103__wv__general__precinct.house_of_delegates.csv.gz"
COUNTIES = FIXTURES / "20201103__wv__general__county.house_of_delegates.csv.gz"


def read(path):
    with gzip.open(path, "rt", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def district_number(text: str) -> int:
    return int(re.match(r"(\d+)", text).group(1))


def name_key(name: str) -> str:
    """The county and precinct files punctuate names differently (``W.`` / ``W``)."""
    return " ".join(re.sub(r"[^A-Z ]", "", name.upper()).split())


@pytest.fixture(scope="module")
def returns():
    rows = read(PRECINCTS)
    for r in rows:
        r["n"] = district_number(r["district"])
        # One candidate is spelt two ways across counties (PHILLIP W. WILEY / PHILLIP W WILEY).
        r["candidate"] = name_key(r["candidate"])
    return rows


def convert(returns, folder: Path):
    """The three files in the application's formats, and the party of each candidate's civil number."""
    counties = sorted({r["county"] for r in returns})
    precincts: dict[tuple[int, str], list[str]] = defaultdict(list)
    fielded: dict[tuple[int, str], set[str]] = defaultdict(set)
    for r in returns:
        if r["precinct"] not in precincts[(r["n"], r["county"])]:
            precincts[(r["n"], r["county"])].append(r["precinct"])
        fielded[(r["n"], r["party"])].add(r["candidate"])
    seats = {n: max(len(v) for (d, _p), v in fielded.items() if d == n) for n in {r["n"] for r in returns}}

    station_of: dict[tuple[str, str], str] = {}
    with open(folder / "geography.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["governorate_code", "governorate_ar", "governorate_en", "wilayat_code", "wilayat_ar",
                    "wilayat_en", "seats", "centre_code", "centre_ar", "centre_en", "stations"])
        for (n, county), names in sorted(precincts.items()):
            for part in range(0, len(names), 50):
                chunk = names[part:part + 50]
                centre = f"HD{n:02d}-K{counties.index(county):02d}{chr(65 + part // 50)}"
                w.writerow(["WV", "فرجينيا الغربية", "West Virginia", f"HD{n:02d}", f"الدائرة {n}",
                            f"District {n}", seats[n], centre, f"مقاطعة {county}", county, len(chunk)])
                for i, precinct in enumerate(chunk, start=1):
                    station_of[(county, precinct)] = f"{centre}-{i}"

    civil_of: dict[tuple[int, str], str] = {}
    party_of: dict[str, str] = {}
    with open(folder / "candidates.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["civil_number", "name_ar", "name_latin", "gender", "birth_date", "wilayat", "education",
                    "submitted_on"])
        for r in returns:
            key = (r["n"], r["candidate"])
            if key in civil_of:
                continue
            civil_of[key] = str(20_000_000 + len(civil_of))
            party_of[civil_of[key]] = r["party"]
            w.writerow([civil_of[key], f"المرشح {len(civil_of)}", r["candidate"], "M", "1970-01-01",
                        f"HD{r['n']:02d}", "secondary", "2027-05-25"])

    # The format wants every candidate of the ballot on each station; the returns leave out a candidate
    # with no row in a precinct (23 such rows): written here as 0, which the official totals confirm.
    given = {(r["county"], r["precinct"], r["candidate"]): r["votes"] for r in returns}
    with open(folder / "results.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["station", "civil_number", "votes"])
        for (n, county), names in sorted(precincts.items()):
            for precinct in names:
                for (d, candidate), civil in civil_of.items():
                    if d == n:
                        w.writerow([station_of[(county, precinct)], civil, given.get((county, precinct, candidate), 0)])
    return seats, civil_of, party_of


@pytest.fixture
def loaded(store, returns, tmp_path):
    definition = get_election(store).definition
    update_election(store, definition.with_rules(candidacy_window=CANDIDACY,
                                                 votes_per_voter_mode=VotesPerVoterMode.SEATS))
    seats, civil_of, party_of = convert(returns, tmp_path)
    run_to_end(import_geography(store, tmp_path / "geography.csv"))
    assert run_to_end(import_candidates(store, tmp_path / "candidates.csv")).rows == len(civil_of)
    for c in list_candidates(store):
        accept(store, c.code, decided_on=date(2027, 6, 1))
    for n in sorted(seats):
        fix_ballot_order(store, f"HD{n:02d}", OrderMethod.ALPHABETICAL)
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING, Phase.COUNTING):
        set_phase(store, phase)
    summary = run_to_end(import_results(store, tmp_path / "results.csv"))
    assert summary.rows >= len(returns) and summary.stations == 1706
    return store, seats, party_of


def test_every_district_total_and_the_published_outcome(loaded):
    store, seats, party_of = loaded
    civil = {c.code: c.civil_number for c in list_candidates(store, status=CandidateStatus.ACCEPTED)}
    latin = {c.code: c.name_latin for c in list_candidates(store)}
    official: dict[int, dict[str, int]] = defaultdict(dict)
    for r in read(COUNTIES):
        if not r["county"]:
            official[district_number(r["district"])][name_key(r["candidate"])] = int(r["votes"])
    results = constituency_results(store)
    assert len(results) == 67 and sum(r.seats for r in results) == 100
    won = defaultdict(int)
    for result in results:
        n = int(result.wilayat_code[2:])
        assert result.seats == seats[n] and result.votes_allowed == seats[n]
        assert result.stations_reported == result.stations_expected
        assert {name_key(latin[c.code]): c.votes for c in result.candidates} == official[n], n
        assert result.tie is None and len(result.elected) == result.seats
        for code in result.elected:
            won[party_of[civil[code]]] += 1
    assert dict(won) == {"REP": 76, "DEM": 24}
    assert national_summary(store).total.seats_decided == 100


CLOSE_RACES = {51: 33, 50: 65, 26: 69}
"""The published closest finishes (last winner minus first loser), from the fixture's README."""


def test_the_close_races_and_a_second_import(loaded, tmp_path):
    store, seats, _ = loaded
    results = {r.wilayat_code: r for r in constituency_results(store)}
    for district, margin in CLOSE_RACES.items():
        result = results[f"HD{district:02d}"]
        ranked = [c.votes for c in result.candidates]
        assert ranked[result.seats - 1] - ranked[result.seats] == margin, district
    assert results["HD51"].seats == 5 and results["HD50"].seats == 3
    again = run_to_end(import_results(store, tmp_path / "results.csv"))
    assert again.written == 0 and again.unchanged == 1706
    assert {c: r.candidate_votes for c, r in results.items()} == {
        r.wilayat_code: r.candidate_votes for r in constituency_results(store)}
