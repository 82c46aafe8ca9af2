"""The trust commands as a user runs them; kill -9 during package writing and during a large write;
two processes importing the same package at once."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.test_cli import ROOT, electadmin

ADMIN = ("root.admin", "correct-horse-staple-9")


def run(*args, user=ADMIN, env=None, **kwargs):
    return electadmin(*args, user=user, env=env, **kwargs)


@pytest.fixture(scope="module")
def signed_election(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("trustcli")
    main = root / "main.electadmin"
    created = run("election", "create", "--db", str(main), "--name-ar", "انتخابات مجلس الشورى",
                  "--admin", ADMIN[0], env={"ELECTADMIN_PASSWORD": ADMIN[1]}, user=None)
    assert created.returncode == 0, created.stderr
    assert run("geography", "load-reference", "--db", str(main)).returncode == 0
    assert run("committee", "create", "MAIN", "--db", str(main), "--name", "اللجنة الرئيسية", "--level", "main",
               "--k", "2").returncode == 0
    for member in ("m1", "m2", "m3"):
        enrolled = run("committee", "enrol", "MAIN", member, "--db", str(main),
                       env={"NEW_SIGNING_PASSWORD": f"signing-pw-{member}-x"})
        assert enrolled.returncode == 0 and "key " in enrolled.stdout, enrolled.stderr
    package = root / "election-package"
    exported = run("package", "export", str(package), "--db", str(main), "--signer", "m1", "--signer", "m2",
                   env={"ELECTADMIN_SIGNING_PASSWORD_1": "signing-pw-m1-x", "ELECTADMIN_SIGNING_PASSWORD_2": "signing-pw-m2-x"})
    assert exported.returncode == 0, exported.stderr
    assert "safe" in exported.stdout or "can be removed" in exported.stdout
    return {"root": root, "main": main, "package": package}


def test_a_change_without_signing_in_is_refused(signed_election):
    result = run("geography", "load-reference", "--db", str(signed_election["main"]), user=None)
    assert result.returncode == 1 and "[auth.required]" in result.stderr
    wrong = run("geography", "load-reference", "--db", str(signed_election["main"]), user=(ADMIN[0], "not-it-at-all"))
    assert wrong.returncode == 1 and "[auth.bad_credentials]" in wrong.stderr


def test_verify_prints_its_checks_and_exits_3_on_a_changed_file(signed_election, tmp_path):
    result = run("package", "verify", str(signed_election["package"]))
    assert result.returncode == 0, result.stderr
    assert "ok: The manifest lists" in result.stdout and "main committee fingerprint" in result.stdout
    import shutil

    copy = Path(shutil.copytree(signed_election["package"], tmp_path / "p"))
    data = bytearray((copy / "wilayat.json").read_bytes())
    data[len(data) // 2] ^= 0x01
    (copy / "wilayat.json").write_bytes(bytes(data))
    bad = run("package", "verify", str(copy))
    assert bad.returncode == 3 and "[package.file_changed]" in bad.stderr and "wilayat.json" in bad.stderr


def test_a_station_file_imports_the_election_package_with_the_fingerprint(signed_election, tmp_path):
    station = tmp_path / "station.electadmin"
    assert run("users", "init", "--db", str(station), "--admin", ADMIN[0],
               env={"ELECTADMIN_PASSWORD": ADMIN[1]}, user=None).returncode == 0
    unconfirmed = run("package", "import", str(signed_election["package"]), "--db", str(station))
    assert unconfirmed.returncode == 1 and "[package.fingerprint_mismatch]" in unconfirmed.stderr
    shown = run("package", "verify", str(signed_election["package"])).stdout
    fingerprint = shown.split("main committee fingerprint: ")[1].split(" (")[0]
    imported = run("package", "import", str(signed_election["package"]), "--db", str(station),
                   "--fingerprint", fingerprint)
    assert imported.returncode == 0, imported.stderr
    shown = run("geography", "show", "--db", str(station), "--json")
    assert '"MA01"' in shown.stdout
    log = tmp_path / "log.json"
    exported = run("audit", "export-log", str(log), "--db", str(station))
    assert exported.returncode == 0 and log.exists()


def test_backup_create_list_and_restore(signed_election, tmp_path):
    import shutil

    copy = tmp_path / "copy.electadmin"
    shutil.copy(signed_election["main"], copy)
    assert run("backup", "create", "--db", str(copy)).returncode == 0
    listed = run("backup", "list", "--db", str(copy), user=None)
    assert listed.returncode == 0 and "intact" in listed.stdout and "manual" in listed.stdout
    copy.write_bytes(b"\0" * 8192)
    damaged = run("election", "show", "--db", str(copy), user=None)
    assert damaged.returncode == 1 and "backup restore" in damaged.stderr
    restored = run("backup", "restore", "--db", str(copy), "latest", user=None)
    assert restored.returncode == 0, restored.stderr
    assert run("election", "show", "--db", str(copy), user=None).returncode == 0


# ---------------------------------------------------------------- kill -9

_WRITER = """
import sys
from pathlib import Path
from electadmin.interchange import package as fmt
from electadmin.integrity import signing
from datetime import datetime, timezone
key = signing.Ed25519PrivateKey.generate()
folder = Path(sys.argv[1])
big = bytes(range(256)) * (4 * 4096)  # 4 MiB per file
for n in range(1, 1000):
    files = {f"part-{i}.bin": big for i in range(6)}
    manifest = fmt.build_manifest("result", election_uid="u", election_name="e", is_test=True, sender="S",
                                  sequence=n, created_at=datetime.now(timezone.utc), files=files)
    sign = lambda m: signing.certify("package.result", "S", m, [("a", key)], datetime.now(timezone.utc))
    fmt.write_package(folder / f"pkg-{n}", manifest, files, sign)
    print(n, flush=True)
"""


def _kill_after(command: list[str], seconds: float, env=None) -> None:
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


@pytest.mark.parametrize("seed", range(4))
def test_kill_9_while_writing_packages_never_leaves_a_half_package(tmp_path, seed):
    from electadmin.domain.errors import ElectadminError
    from electadmin.interchange import package as fmt

    _kill_after([sys.executable, "-c", _WRITER, str(tmp_path)], 1.5 + random.Random(seed).random() * 2.5)
    assert list(tmp_path.iterdir()), "the writer was killed before it wrote anything"
    complete = [p for p in tmp_path.iterdir() if not p.name.startswith(".")]
    for path in complete:
        assert len(fmt.read_package(path).files) == 6  # every package under its name is whole
    for partial in (p for p in tmp_path.iterdir() if p.name.startswith(".")):
        with pytest.raises(ElectadminError):
            fmt.read_package(partial)


_LARGE_WRITE = """
import sys
from electadmin.domain.roles import Actor, Role
from electadmin.services.store import Store
from electadmin.storage.models import Voter, PollingCentre, Wilayat
from electadmin.storage.base import utcnow
from datetime import date
from sqlalchemy import insert, select
store = Store.open(sys.argv[1], actor=Actor("root.admin", Role.ADMINISTRATOR))
with store.write() as session:
    wilayat = session.execute(select(Wilayat.id)).scalars().first()
    centre = session.execute(select(PollingCentre.id)).scalars().first()
    rows = [dict(civil_number=f"{i:08d}", name="ناخب", name_key="ناخب", gender="M", birth_date=date(1990, 1, 1),
                 wilayat_id=wilayat, centre_id=centre, status="active", updated_at=utcnow()) for i in range(400_000)]
    for start in range(0, len(rows), 20_000):
        session.execute(insert(Voter), rows[start:start + 20_000])
        print(start, flush=True)
print("done", flush=True)
"""


@pytest.mark.parametrize("seconds", [1.0, 2.5, 4.0])
def test_kill_9_during_a_large_write_leaves_it_wholly_done_or_absent(signed_election, tmp_path, seconds):
    import shutil

    path = tmp_path / "big.electadmin"
    shutil.copy(signed_election["main"], path)
    assert run("geography", "show", "--db", str(path), user=None).returncode == 0
    connection = sqlite3.connect(path)
    connection.execute("INSERT INTO polling_centre (code, wilayat_id, name_ar, name_en, name_key, kind, address) "
                       "SELECT 'MA01-C01', id, 'مدرسة', '', 'مدرسه', 'joint', '' FROM wilayat LIMIT 1")
    connection.commit()
    connection.close()
    _kill_after([sys.executable, "-c", _LARGE_WRITE, str(path)], seconds)
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM voter").fetchone()[0] in (0, 400_000)
    finally:
        connection.close()


def test_two_processes_importing_the_same_package_at_once_exactly_one_succeeds(signed_election, tmp_path):
    stations = []
    for n in (1, 2):
        station = tmp_path / f"s{n}.electadmin"
        assert run("users", "init", "--db", str(station), "--admin", ADMIN[0],
                   env={"ELECTADMIN_PASSWORD": ADMIN[1]}, user=None).returncode == 0
        stations.append(station)
    shown = run("package", "verify", str(signed_election["package"])).stdout
    fingerprint = shown.split("main committee fingerprint: ")[1].split(" (")[0]
    target = stations[0]
    env = {**os.environ, "ELECTADMIN_USER": ADMIN[0], "ELECTADMIN_PASSWORD": ADMIN[1], "ELECTADMIN_LANG": "en"}
    command = [sys.executable, "-m", "electadmin", "package", "import", str(signed_election["package"]),
               "--db", str(target), "--fingerprint", fingerprint]
    processes = [subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in processes]  # also closes both pipes
    outcomes = [(p.returncode, err) for p, (_, err) in zip(processes, outputs, strict=True)]
    codes = sorted(code for code, _ in outcomes)
    assert codes == [0, 1], outcomes
    refused = next(err for code, err in outcomes if code == 1)
    assert "[package.not_empty]" in refused or "[package.replayed]" in refused
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("SELECT count(*) FROM election").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM package_receipt").fetchone() == (1,)
    finally:
        connection.close()


def test_a_refused_first_administrator_leaves_no_file(tmp_path):
    path = tmp_path / "new.electadmin"
    result = run("users", "init", "--db", str(path), "--admin", "x", env={"ELECTADMIN_PASSWORD": ADMIN[1]}, user=None)
    assert result.returncode == 1 and "[user.bad_name]" in result.stderr
    assert not path.exists() and not Path(f"{path}-wal").exists()
