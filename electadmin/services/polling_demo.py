"""The demo election's polling day: some voters checked in, so the Polling area shows turnout.

Runs between the candidates' step and the count (which then moves the election on to counting):
the election enters the polling phase, this computer serves the first station of the first centre
that has voters, and part of the roll of a few centres is checked in through the same service as at
a desk (each check-in with its event and audit entry). A voter the service refuses (under age on
polling day) is simply left out, as at a real desk.

The check-ins are spread over the polling day (opening at 07:00, closing at 19:00 in the election's
time zone, as Oman's polls do) along a realistic curve: a morning rush, a lull in the midday heat
and a second rush before closing, each station's voters in time order. The service records these
times through :func:`electadmin.services.polling.demo_clock`, which a real election ignores.

The station's centre gets its committee (k = 2 of :data:`DEMO_SIGNERS`, the demo signing password), so
the demo station can export its check-ins as a signed package as a real one does.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from electadmin.domain.election import Phase
from electadmin.domain.polling import CheckInRefused
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services import committees, polling
from electadmin.services.committees_demo import DEMO_SIGNING_PASSWORD
from electadmin.services.election import advance_to, get_election
from electadmin.services.store import Store

STEP_POLLING = QT_TRANSLATE_NOOP("Progress", "Checking demo voters in")
CENTRES = 3
"""How many centres have voters checked in."""
SHARE = 0.4
"""The share of each of those centres' voters checked in."""
MAXIMUM = 400
"""At most this many check-ins per centre (the demo stays quick to make)."""
OPENING, CLOSING = 7, 19
"""The polls' hours, in the election's time zone."""
HOURLY = (6, 10, 12, 11, 9, 6, 4, 4, 6, 9, 12, 11)
"""The relative number of voters in each hour from opening to closing."""


DEMO_SIGNERS = tuple((name, DEMO_SIGNING_PASSWORD) for name in ("سالم بن علي الحارثي", "مريم بنت خالد البلوشية",
                                                                 "ناصر بن حمد الوهيبي"))
"""The demo station's centre committee: member name and the demo's one signing password (two of them sign)."""


def _centre_committee(store: Store, station: polling.StationInfo) -> None:
    code = f"C-{station.centre_code}"[:20]
    committees.create_committee(store, code, f"لجنة {station.centre_name}"[:200], "centre", 2,
                                wilayat_code=station.wilayat_code, centre_code=station.centre_code)
    for name, password in DEMO_SIGNERS:
        committees.enrol_member(store, code, name, password)


def day_times(rng: random.Random, polling_date: date, zone: str, count: int) -> list[datetime]:
    """*count* check-in times over the polling day (UTC, in order) along :data:`HOURLY`."""
    hours = rng.choices(range(OPENING, CLOSING), weights=HOURLY, k=count)
    tz = ZoneInfo(zone)
    local = [datetime.combine(polling_date, time(hour), tz) + timedelta(seconds=rng.randrange(3600))
             for hour in hours]
    return sorted(t.astimezone(timezone.utc) for t in local)


def polling_step(store: Store, options, rng: random.Random) -> Work[None]:
    advance_to(store, Phase.POLLING)
    by_centre: dict[str, list[str]] = {}
    for station in polling.list_stations(store):
        by_centre.setdefault(station.centre_code, []).append(station.code)
    chosen: list[tuple[list[str], list[polling.CentreListEntry]]] = []
    for centre_code, stations in by_centre.items():
        voters = polling.centre_list(store, centre_code)
        if voters:
            chosen.append((stations, voters))
        if len(chosen) == CENTRES:
            break
    if not chosen:
        return
    _centre_committee(store, polling.assign_station(store, chosen[0][0][0]))
    election = get_election(store).definition
    for index, (stations, voters) in enumerate(chosen):
        picked = rng.sample(voters, min(MAXIMUM, int(len(voters) * SHARE)))
        times = iter(day_times(rng, election.polling_date, election.timezone, len(picked)))
        with polling.demo_clock(lambda: next(times)):
            for n, voter in enumerate(picked):
                try:
                    polling.check_in(store, voter.civil_number, stations[n % len(stations)])
                except CheckInRefused:
                    continue
        yield Progress(index + 1, len(chosen), STEP_POLLING)
