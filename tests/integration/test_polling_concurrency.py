"""Two desks (two processes) checking the same voter in at the same moment: exactly one succeeds."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time

import pytest

from electadmin.services import polling as svc
from tests.polling_setup import STATION_A1, STATION_A2, prepare_polling

DESK = textwrap.dedent("""
    import json, sys, time
    from electadmin.domain.errors import ElectadminError
    from electadmin.domain.roles import Actor, Role
    from electadmin.services.polling import check_in
    from electadmin.services.store import Store

    target, options, station, start = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    store = Store.open(target, actor=Actor(station, Role.ADMINISTRATOR), engine_options=options)
    with store.read():
        pass
    while time.time() < start:
        pass
    try:
        result = check_in(store, "10000001", station)
        print(json.dumps({"ok": True, "station": result.station_code}))
    except ElectadminError as error:
        print(json.dumps({"ok": False, "code": error.code.value}))
    store.close()
""")


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(3))
def test_exactly_one_of_two_simultaneous_check_ins_of_one_voter_succeeds(backend, round_):
    store = backend.open()
    from electadmin.services.election import create_election
    from tests.conftest import sample_definition

    create_election(store, sample_definition())
    prepare_polling(store)
    start = time.time() + 4.0
    desks = [subprocess.Popen([sys.executable, "-c", DESK, backend.target, json.dumps(backend.engine_options),
                               station, str(start)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for station in (STATION_A1, STATION_A2)]
    outcomes = []
    for desk in desks:
        out, err = desk.communicate(timeout=60)
        assert desk.returncode == 0, err
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted(o["ok"] for o in outcomes) == [False, True], outcomes
    assert [o["code"] for o in outcomes if not o["ok"]] == ["polling.already_voted"]
    assert len(svc.events(store)) == 1
    assert len({c.civil_number for c in svc.centre_list(store, "SEEB-01") if c.checked_in_station}) == 1
    store.close()
