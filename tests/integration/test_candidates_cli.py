"""``electadmin candidates``, run as a user runs it, on the demo election."""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.integration.test_cli import CHAIR, electadmin, new_store


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("candidates") / "demo.electadmin"
    result = electadmin("demo", "--db", str(path), "--voters", "3000")
    assert result.returncode == 0, result.stderr
    return path


def test_the_demo_has_candidates_women_and_rejections_everywhere(demo):
    result = electadmin("candidates", "list", "--db", str(demo), "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    wilayats = {r["wilayat_code"] for r in rows}
    assert len(wilayats) == 63
    accepted = [r for r in rows if r["status"] == "accepted"]
    assert any(r["gender"] == "F" for r in accepted)
    assert any(r["status"] == "rejected" for r in rows) and any(r["appeal"] == "upheld" for r in rows)
    per_wilayat = {}
    for r in rows:
        per_wilayat[r["wilayat_code"]] = per_wilayat.get(r["wilayat_code"], 0) + 1
    assert min(per_wilayat.values()) >= 3
    assert electadmin("audit", "verify", "--db", str(demo)).returncode == 0


def test_list_one_wilayat_by_name(demo):
    result = electadmin("candidates", "list", "--db", str(demo), "--wilayat", "مطرح", "--json")
    rows = json.loads(result.stdout)
    assert rows and {r["wilayat_code"] for r in rows} == {"MA02"}
    numbers = [r["ballot_number"] for r in rows if r["status"] == "accepted"]
    assert numbers == list(range(1, len(numbers) + 1))


def test_export_pdf_xlsx_csv_and_reimport_refusal(demo, tmp_path):
    pdf = tmp_path / "list.pdf"
    result = electadmin("candidates", "export", "--db", str(demo), "--format", "pdf", "--wilayat", "MA02", str(pdf))
    assert result.returncode == 0, result.stderr
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in PdfReader(pdf).pages))
    listed = json.loads(electadmin("candidates", "list", "--db", str(demo), "--wilayat", "MA02", "--json").stdout)
    names = [r["name_ar"] for r in sorted(listed, key=lambda r: r["ballot_number"] or 0) if r["status"] == "accepted"]
    positions = [text.find(n) for n in names]
    assert -1 not in positions and positions == sorted(positions)
    assert "DEMO" in text and "ولاية مطرح" in text  # the demo mark and the constituency in the header
    out = tmp_path / "list.csv"
    assert electadmin("candidates", "export", "--db", str(demo), "--format", "csv", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0][-1] == "DEMO" and all(r[-1] == "تجريبي — DEMO" for r in rows[1:])
    xlsx = tmp_path / "list"
    result = electadmin("candidates", "export", "--db", str(demo), "--format", "xlsx", str(xlsx))
    assert result.returncode == 0 and (tmp_path / "list.xlsx").exists()
    # the demo has reached its count, so the candidates are frozen: importing them again is refused
    # (row-by-row refusal of duplicates is covered by test_candidates_files)
    refused = electadmin("candidates", "import", "--db", str(demo), str(out))
    assert refused.returncode == 1
    assert "election.frozen" in refused.stderr


def test_a_bad_file_is_reported_in_arabic(tmp_path):
    from electadmin.services.election import create_election
    from electadmin.services.reference import load_reference_geography
    from tests.conftest import sample_definition

    # an election still taking applications (the demo has reached its count, its candidates are frozen)
    election = tmp_path / "open.electadmin"
    store = new_store(election)
    create_election(store, sample_definition())
    load_reference_geography(store)
    store.close()
    path = tmp_path / "bad.csv"
    path.write_text("الرقم المدني,الاسم,الجنس,تاريخ الميلاد,الولاية,المؤهل\n12,Ahmed,ذكر,1/1/1980,MA01,ثانوي\n",
                    encoding="utf-8")
    result = electadmin("candidates", "import", "--db", str(election), str(path), lang="ar", user=CHAIR)
    assert result.returncode == 1
    assert "row 2" in result.stderr and "بحروف عربية" in result.stderr
