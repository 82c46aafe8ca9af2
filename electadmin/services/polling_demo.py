"""The demo election's polling day: some voters checked in, so the Polling area shows turnout.

Runs between the candidates' step and the count (which then moves the election on to counting):
the election enters the polling phase, this computer serves the first station of the first centre
that has voters, and part of the roll of a few centres is checked in through the same service as at
a desk (each check-in with its event and audit entry). A voter the service refuses (under age on
polling day) is simply left out, as at a real desk.
"""

from __future__ import annotations

import random

from electadmin.domain.election import Phase
from electadmin.domain.polling import CheckInRefused
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services import polling
from electadmin.services.election import advance_to
from electadmin.services.store import Store

STEP_POLLING = QT_TRANSLATE_NOOP("Progress", "Checking demo voters in")
CENTRES = 3
"""How many centres have voters checked in."""
SHARE = 0.4
"""The share of each of those centres' voters checked in."""
MAXIMUM = 400
"""At most this many check-ins per centre (the demo stays quick to make)."""


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
    polling.assign_station(store, chosen[0][0][0])
    for index, (stations, voters) in enumerate(chosen):
        picked = rng.sample(voters, min(MAXIMUM, int(len(voters) * SHARE)))
        for n, voter in enumerate(picked):
            try:
                polling.check_in(store, voter.civil_number, stations[n % len(stations)])
            except CheckInRefused:
                continue
        yield Progress(index + 1, len(chosen), STEP_POLLING)
