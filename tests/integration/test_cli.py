"""The headless command line, run as a user runs it (a separate process)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


DEMO_ADMIN = ("admin", "demo-admin-2027")  # the demo election's administrator account
CHAIR = ("chair", "wadi-bani-khalid-27")  # the administrator of the elections the tests make (see new_store)


def new_store(path: Path):
    """A new election file at *path* whose first administrator is :data:`CHAIR`, signed in."""
    from electadmin.services.store import Store
    from electadmin.services.users import create_first_administrator

    store = Store.open(path, create=True)
    create_first_administrator(store, *CHAIR)
    return store


def electadmin(*args: str, lang: str = "en", user: tuple[str, str] | None = DEMO_ADMIN,
               env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run a command as a user runs it, signed in as *user* (name, password) for those that take --user,
    with *env* added to the environment."""
    extra = env
    env = {**os.environ, "ELECTADMIN_LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("ELECTADMIN_USER", None)
    env.pop("ELECTADMIN_PASSWORD", None)
    if user is not None:
        env.update(ELECTADMIN_USER=user[0], ELECTADMIN_PASSWORD=user[1])
    env.update(extra or {})
    return subprocess.run([sys.executable, "-m", "electadmin", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.electadmin"
    result = electadmin("demo", "--db", str(path), "--voters", "3000")
    assert result.returncode == 0, result.stderr
    assert "63 wilayats, 90 seats" in result.stdout
    return path


def test_help_lists_the_commands():
    result = electadmin("--help")
    assert result.returncode == 0
    for command in ("gui", "demo", "election", "geography", "audit"):
        assert command in result.stdout


def test_demo_then_audit_verify_succeeds(demo_file):
    result = electadmin("audit", "verify", "--db", str(demo_file))
    assert result.returncode == 0, result.stderr
    assert "intact" in result.stdout


def test_the_demo_is_marked_and_shows_its_definition(demo_file):
    result = electadmin("election", "show", "--db", str(demo_file), "--json")
    data = json.loads(result.stdout)
    assert data["is_demo"] is True and data["rules"]["min_voter_age"] == 21
    shown = json.loads(electadmin("geography", "show", "--db", str(demo_file), "--json").stdout)
    assert len(shown) == 63 and sum(w["seats"] for w in shown) == 90


def test_a_hand_edited_audit_row_fails_verify_naming_it(demo_file, tmp_path):
    copy = tmp_path / "tampered.electadmin"
    source = sqlite3.connect(demo_file)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.execute("UPDATE audit_entry SET actor = 'mallory' WHERE sequence = 7")
    target.commit()
    target.close()
    result = electadmin("audit", "verify", "--db", str(copy))
    assert result.returncode == 3
    assert "audit.broken" in result.stderr and "entry 7" in result.stderr
    arabic = electadmin("audit", "verify", "--db", str(copy), lang="ar")
    assert arabic.returncode == 3 and "سجل التدقيق" in arabic.stderr


def test_refusals_are_translated_with_their_code_and_exit_1(tmp_path):
    result = electadmin("election", "show", "--db", str(tmp_path / "missing.electadmin"))
    assert result.returncode == 1
    assert "[store.not_found]" in result.stderr and "does not exist" in result.stderr
    arabic = electadmin("election", "show", "--db", str(tmp_path / "missing.electadmin"), lang="ar")
    assert "[store.not_found]" in arabic.stderr and "غير موجود" in arabic.stderr
