"""``electadmin roll`` and the demo's roll, run as a user runs them (separate processes)."""

from __future__ import annotations

import csv
import json
import sqlite3
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from electadmin.domain.arabic import search_key
from electadmin.services.election import create_election
from tests.conftest import sample_definition
from tests.integration.test_cli import CHAIR, electadmin, new_store

VOTERS = 3000


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("roll") / "demo.electadmin"
    result = electadmin("demo", "--db", str(path), "--voters", str(VOTERS))
    assert result.returncode == 0, result.stderr
    return path


def rows(path: Path, sql: str, *params) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def test_the_demo_roll_is_realistic(demo):
    voters = rows(demo, "SELECT v.name, v.gender, v.birth_date, c.kind FROM voter v "
                        "JOIN polling_centre c ON c.id = v.centre_id")
    assert len(voters) == VOTERS
    men = sum(g == "M" for _, g, _, _ in voters)
    assert 0.49 < men / VOTERS < 0.55
    assert all(kind != ("women" if g == "M" else "men") for _, g, _, kind in voters)  # men's centres get men
    for name, gender, _, _ in voters:
        words = name.split()
        assert len(words) == 6 and words[1] == ("بن" if gender == "M" else "بنت") and words[3] == "بن", name
    polling = date(2027, 10, 24)
    ages = [polling.year - date.fromisoformat(b).year for _, _, b, _ in voters]
    assert min(ages) >= 21
    bands = {band: sum(1 for a in ages if band <= a < band + 10) for band in (21, 31, 41, 51, 61)}
    assert max(bands, key=bands.get) == 31  # the largest age group is 31-40 (DOMAIN.md)
    assert len({n for n, *_ in voters}) > VOTERS * 0.95  # generated, varied
    assert rows(demo, "SELECT count(DISTINCT centre_id) FROM voter")[0][0] > 150
    assert rows(demo, "PRAGMA integrity_check") == [("ok",)]
    assert electadmin("audit", "verify", "--db", str(demo)).returncode == 0


def test_search_by_any_spelling_and_by_civil_number(demo):
    result = electadmin("roll", "search", "--db", str(demo), "احمد", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found and all("احمد" in search_key(v["name"]) for v in found)
    civil = found[0]["civil_number"]
    one = json.loads(electadmin("roll", "search", "--db", str(demo), civil, "--json").stdout)
    assert [v["civil_number"] for v in one] == [civil]
    text = electadmin("roll", "search", "--db", str(demo), "أحمد", "--limit", "3")
    assert text.returncode == 0 and len(text.stdout.splitlines()) == 3


def test_the_printed_list_holds_the_centres_voters_in_name_order(demo, tmp_path):
    centre = rows(demo, "SELECT c.code, c.id FROM polling_centre c JOIN voter v ON v.centre_id = c.id "
                        "GROUP BY c.id ORDER BY count(*) DESC LIMIT 1")[0]
    out = tmp_path / "list.pdf"
    result = electadmin("roll", "export", "--db", str(demo), "--centre", centre[0], "--format", "pdf", str(out))
    assert result.returncode == 0, result.stderr
    names = [n for (n,) in rows(demo, "SELECT name FROM voter WHERE centre_id = ? ORDER BY name_key, id", centre[1])]
    reader = PdfReader(out)
    text = unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))
    positions = [text.find(unicodedata.normalize("NFKC", name)) for name in names]
    assert all(p >= 0 for p in positions), [n for n, p in zip(names, positions, strict=True) if p < 0][:3]
    assert positions == sorted(positions)
    pages = len(reader.pages)
    assert pages == -(-len(names) // 40) or pages == -(-len(names) // 39)
    assert f"{pages}  من{pages} صفحة" in unicodedata.normalize("NFKC", reader.pages[-1].extract_text())
    assert "DEMO" in text and "كشف الناخبين" in text
    no_centre = electadmin("roll", "export", "--db", str(demo), "--format", "pdf", str(out))
    assert no_centre.returncode == 2
    marked = tmp_path / "check-in.pdf"
    result = electadmin("roll", "export", "--db", str(demo), "--centre", centre[0], "--format", "pdf", "--check-in",
                        str(marked))
    assert result.returncode == 0, result.stderr
    first = unicodedata.normalize("NFKC", PdfReader(marked).pages[0].extract_text())
    assert "وتأشير الحضور" in first and "المحطة والوقت" in first


def test_export_then_import_a_changed_file_reports_the_bad_rows(demo, tmp_path):
    out = tmp_path / "ma01.csv"
    result = electadmin("roll", "export", "--db", str(demo), "--wilayat", "MA01", "--format", "csv", str(out))
    assert result.returncode == 0, result.stderr
    # the demo has reached its count (its roll is frozen): the file goes to a new election with its geography
    geography = tmp_path / "geography.csv"
    assert electadmin("geography", "export", "--db", str(demo), str(geography)).returncode == 0
    election = tmp_path / "new.electadmin"
    store = new_store(election)
    create_election(store, sample_definition())
    store.close()
    assert electadmin("geography", "import", "--db", str(election), str(geography), user=CHAIR).returncode == 0
    first = electadmin("roll", "import", "--db", str(election), str(out), user=CHAIR)
    assert first.returncode == 0, first.stderr
    with out.open(encoding="utf-8-sig") as file:
        table = list(csv.reader(file))
    table[1][0] = "12x45"  # a civil number with a letter
    table[2][3] = "31/02/1990"  # a day that does not exist
    with out.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file).writerows(table)
    report = tmp_path / "bad.xlsx"
    before = rows(election, "SELECT count(*), max(updated_at) FROM voter")
    rejected = electadmin("roll", "import", "--db", str(election), str(out), "--report", str(report), user=CHAIR)
    assert rejected.returncode == 1
    assert "row 2" in rejected.stderr and "row 3" in rejected.stderr and "file.rejected" in rejected.stderr
    assert report.exists()
    assert rows(election, "SELECT count(*), max(updated_at) FROM voter") == before
    preview = electadmin("roll", "import", "--db", str(election), str(out), "--preview", user=CHAIR)
    assert preview.returncode == 1 and "2 with errors" in preview.stdout
    kept = electadmin("roll", "import", "--db", str(election), str(out), "--valid-only", user=CHAIR)
    assert kept.returncode == 0, kept.stderr
    assert "2 left out" in kept.stdout and "0 changed" in kept.stdout and "0 removed" in kept.stdout


def test_statistics_add_up_to_the_roll(demo):
    result = electadmin("roll", "stats", "--db", str(demo), "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["total"]["total"] == VOTERS - stats["removed"]
    assert sum(w["total"] for w in stats["wilayats"]) == stats["total"]["total"]
    assert all(sum(c["total"] for c in w["centres"]) == w["total"] for w in stats["wilayats"])
    assert stats["bands"][0] == "21–30"
    assert electadmin("roll", "stats", "--db", str(demo)).returncode == 0
