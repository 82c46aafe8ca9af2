"""The demo election's count: every state a newcomer should see, through the same services.

After the candidates' step the election moves to the counting phase. Most stations' results come
from a generated file through the results import (as from another counting system); a few are
typed by two clerks (one awaiting its second entry, one whose entries differ, one that does not
reconcile and was saved with an explanation); some stations are still missing; one one-seat
wilayat has a tie for its seat awaiting a draw; several complete wilayats are certified, each by
two of its committee's three members (:mod:`electadmin.services.committees_demo`; the tied
wilayat gets its committee too, for the newcomer who records the draw and certifies). These
certifications make no backup of the file being built (:func:`electadmin.services.backup.building_demo`).
"""

from __future__ import annotations

import csv
import random
import tempfile
from pathlib import Path

from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError
from electadmin.domain.progress import Progress, Work
from electadmin.domain.roles import Actor, Role
from electadmin.domain.reconciliation import FIGURES as _FIGURES
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services.backup import building_demo
from electadmin.services.certification import certify
from electadmin.services.committees_demo import demo_credentials, enrol_wilayat_committee
from electadmin.services.count_record import (
    CountRecordInput,
    RecordStatus,
    list_stations,
    save_first_entry,
    save_second_entry,
    station_ballot,
)
from electadmin.services.election import advance_to
from electadmin.services.geography import list_wilayats
from electadmin.services.results_file import import_results
from electadmin.services.store import Store
from electadmin.services.tally import ResultStatus, constituency_results

STEP_COUNT = QT_TRANSLATE_NOOP("Progress", "Counting the demo votes")
# Two committee secretaries type the count records, one after the other (double entry).
_CLERKS = (Actor("كاتب الفرز الأول", Role.SECRETARY), Actor("كاتب الفرز الثاني", Role.SECRETARY))


def _station_figures(rng: random.Random, candidates: int, tie: bool) -> tuple[dict, list[int]]:
    men, women = rng.randint(300, 700), rng.randint(300, 700)
    voted_men, voted_women = int(men * rng.uniform(0.55, 0.75)), int(women * rng.uniform(0.55, 0.75))
    voted = voted_men + voted_women
    invalid, blank = rng.randint(0, 8), rng.randint(0, 5)
    valid = voted - invalid - blank
    weights = [rng.uniform(0.5, 3.0) for _ in range(candidates)]
    if tie:
        weights[0] = weights[1] = max(weights) + 1
    votes = [int(valid * w / sum(weights)) for w in weights]
    if tie and candidates >= 3:
        votes[1] = votes[0]
        votes[2] += valid - sum(votes)
    else:
        votes[0] += valid - sum(votes)
    received = voted + rng.randint(20, 80)
    figures = dict(registered_men=men, registered_women=women, registered_total=men + women, voted_men=voted_men,
                   voted_women=voted_women, voted_total=voted, ballots_received=received, ballots_used=voted,
                   ballots_spoiled=0, ballots_unused=received - voted, ballots_found=voted, valid=valid,
                   invalid=invalid, blank=blank)
    return figures, votes


def results_step(store: Store, options, rng: random.Random) -> Work[None]:
    advance_to(store, Phase.COUNTING)
    builder = store.actor  # the demo's administrator, who certifies once the clerks have typed
    wilayats = list_wilayats(store)
    tie_wilayat: str | None = None
    typed: list[tuple[str, dict, list[int], str]] = []
    header = ["station", "ballot_number", "votes", *_FIGURES]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo-results.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(header)
            for index, w in enumerate(wilayats):
                stations = list_stations(store, w.code)
                try:
                    ballot = station_ballot(store, stations[0].station_code)
                except ElectadminError:
                    continue  # a wilayat whose ballot order the demo leaves unfixed: no count there
                count = len(ballot.candidates)
                if tie_wilayat is None and w.seats == 1 and count >= 3 and index >= len(wilayats) // 3:
                    tie_wilayat = w.code
                skip = 0 if w.code == tie_wilayat or index % 3 else min(2, len(stations) - 1)
                for n, station in enumerate(stations[:len(stations) - skip]):
                    figures, votes = _station_figures(rng, count, w.code == tie_wilayat)
                    if index % 9 == 4 and n == 0:
                        typed.append((station.station_code, figures, votes, ("awaiting", "mismatch", "explained",
                                                                               "matched")[index // 9 % 4]))
                        continue
                    for line, v in zip(ballot.candidates, votes, strict=True):
                        out.writerow([station.station_code, line.ballot_number, v, *(figures[k] for k in _FIGURES)])
                yield Progress(index + 1, len(wilayats), STEP_COUNT)
        yield from import_results(store, path)
    for station_code, figures, votes, state in typed:
        data = CountRecordInput(**figures, votes=dict(enumerate(votes, start=1)), opened_at="07:00",
                                closed_at="19:00", members=("رئيس لجنة الفرز", "عضو اللجنة", "المقرر"))
        if state == "explained":
            figures = dict(figures, ballots_found=figures["ballots_found"] + 1)
            data = CountRecordInput(**figures, votes=data.votes, opened_at="07:00", closed_at="19:00",
                                    members=data.members,
                                    explanation="وُجدت ورقة زائدة في الصندوق، وأثبتت اللجنة ذلك في محضرها")
        store.actor = _CLERKS[0]
        save_first_entry(store, station_code, data)
        if state == "awaiting":
            continue
        store.actor = _CLERKS[1]
        if state == "mismatch":
            wrong = dict(data.votes)
            wrong[1], wrong[2] = wrong[2], wrong[1]  # a keying error: two candidates' figures swapped
            save_second_entry(store, station_code, CountRecordInput(
                **{k: getattr(data, k) for k in _FIGURES}, votes=wrong, opened_at="07:00", closed_at="19:00"))
        else:
            save_second_entry(store, station_code, data)
    store.actor = builder
    certified = 0
    with building_demo():
        for result in constituency_results(store):
            if certified >= 8:
                break
            if result.status is ResultStatus.COMPLETE and result.tie is None and not any(
                    s.status in (RecordStatus.AWAITING_SECOND, RecordStatus.MISMATCH)
                    for s in list_stations(store, result.wilayat_code)):
                committee = enrol_wilayat_committee(store, result.wilayat_code)
                certify(store, result.wilayat_code, demo_credentials(committee))
                certified += 1
    if tie_wilayat is not None:
        enrol_wilayat_committee(store, tie_wilayat)
    store.actor = builder

