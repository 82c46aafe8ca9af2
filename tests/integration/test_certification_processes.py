"""Certification against other processes: two committees' laptops certifying the same wilayat at
once (exactly one succeeds, the other is told it is certified), and kill -9 at random points of a
certification (afterwards the file is sound and the certification wholly done or wholly absent)."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from electadmin.services import audit
from electadmin.services.certification import certification_history, check_certification
from electadmin.services.tally import ResultStatus, constituency_result
from tests.integration.results_setup import MEMBERS, ready_to_certify
from tests.integration.test_cli import ROOT

CERTIFIER = textwrap.dedent("""
    import json, sys, time
    from electadmin.domain.errors import ElectadminError
    from electadmin.domain.roles import Actor, Role
    from electadmin.services.certification import certify
    from electadmin.services.store import Store

    target, options, members, start = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3]), float(sys.argv[4])
    store = Store.open(target, actor=Actor("chair", Role.SECRETARY), engine_options=options)
    with store.read():
        pass
    print("ready", flush=True)
    while time.time() < start:
        pass
    try:
        result = certify(store, "MA01", [tuple(m) for m in members])
        print(json.dumps({"ok": True, "status": result.status.value}), flush=True)
    except ElectadminError as error:
        print(json.dumps({"ok": False, "code": error.code.value}), flush=True)
    store.close()
""")


def certifier(backend, members, start: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CERTIFIER, backend.target, json.dumps(backend.engine_options),
                             json.dumps(members), str(start)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(2))
def test_exactly_one_of_two_simultaneous_certifications_succeeds(store, backend, round_):
    ready_to_certify(store)
    start = time.time() + 5.0
    laptops = [certifier(backend, members, start) for members in (MEMBERS[:2], MEMBERS[1:])]
    outcomes = []
    for laptop in laptops:
        out, err = laptop.communicate(timeout=120)
        assert laptop.returncode == 0, err
        outcomes.append(json.loads(out.strip().splitlines()[-1]))
    assert sorted(o["ok"] for o in outcomes) == [False, True], outcomes
    assert [o["code"] for o in outcomes if not o["ok"]] == ["result.certified"]
    assert len(certification_history(store, "MA01")) == 1
    assert check_certification(store, "MA01").ok
    assert audit.verify(store).intact


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(5))
def test_kill_9_during_certification_leaves_it_wholly_done_or_absent(store, backend, seed):
    if backend.name != "sqlite":
        pytest.skip("a killed client cannot leave a PostgreSQL server's transaction half done")
    ready_to_certify(store)
    laptop = certifier(backend, MEMBERS[:2], 0.0)
    assert laptop.stdout.readline().strip() == "ready"
    time.sleep(random.Random(seed).random() * 0.6)  # unlocking two keys (scrypt) and the backup take about this
    laptop.send_signal(signal.SIGKILL)
    laptop.communicate(timeout=30)

    connection = sqlite3.connect(backend.target)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        certified = connection.execute("SELECT count(*) FROM result_certification").fetchone()[0]
        frozen = connection.execute("SELECT count(*) FROM count_record WHERE status = 'certified'").fetchone()[0]
        audited = connection.execute("SELECT count(*) FROM audit_entry WHERE event = 'results.certified'").fetchone()[0]
    finally:
        connection.close()
    assert (certified, frozen, audited) in ((0, 0, 0), (1, 2, 1))
    reopened = backend.open()
    try:
        assert audit.verify(reopened).intact
        status = constituency_result(reopened, "MA01").status
        assert status is (ResultStatus.CERTIFIED if certified else ResultStatus.COMPLETE)
        if certified:
            assert check_certification(reopened, "MA01").ok
    finally:
        reopened.close()
