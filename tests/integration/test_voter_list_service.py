"""The centre's printed list, one document on two paths: from the roll (empty attendance columns
until someone checks in) and from the polling desk (the marks of every check-in so far), read
back with ``pdftotext`` as an inspector would read the paper."""

from __future__ import annotations

import shutil
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.progress import run_to_end
from electadmin.domain.roles import Role
from electadmin.reports.text import Digits
from electadmin.reports.voter_list import LABELS
from electadmin.services import polling
from electadmin.services.voter_list import write_checkin_list_pdf, write_voter_list_pdf
from electadmin.storage.models import AuditEntry
from tests.conftest import TESTER, act_as
from tests.polling_setup import CENTRE_A, CENTRE_B, STATION_A1, STATION_A2, VOTERS, prepare_polling

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")

MARK = LABELS["mark"]
LISTED = [v for v in VOTERS if v[4] == CENTRE_A and v[5] == "active" and v[3].year < 2000]  # eligible at A


@pytest.fixture
def pstore(store):
    prepare_polling(store)
    return store


def pdftotext(path: Path) -> list[str]:
    """The PDF's lines as pdftotext lays them out (one table row a line), letters in their plain
    forms (NFKC) and without the direction marks pdftotext puts around each run."""
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    plain = unicodedata.normalize("NFKC", done.stdout)
    return ["".join(c for c in line if c not in _MARKS) for line in plain.splitlines()]


_MARKS = set("\u202a\u202b\u202c\u202d\u202e\u200e\u200f")


def checked_count(lines: list[str]) -> str:
    """The count of check-ins printed on the list's summary line, as printed (digits of either system)."""
    (found,) = [m.group(1) for line in lines for m in [re.search(r"ساعة الإصدار\s*:?\s*([0-9٠-٩]+)", line)] if m]
    return found


def row_of(lines: list[str], civil: str) -> str:
    (line,) = [line for line in lines if civil in line]
    return line


def test_the_roll_prints_empty_attendance_columns_before_anyone_checks_in(pstore, tmp_path):
    out = tmp_path / "roll.pdf"
    assert run_to_end(write_voter_list_pdf(pstore, out, CENTRE_A, check_in=True)) == len(LISTED)
    lines = pdftotext(out)
    text = "\n".join(lines)
    assert LABELS["check_in"] in text and LABELS["where"] in text
    assert MARK not in text and "حضروا" not in text
    assert all(row_of(lines, civil) for civil, *_ in LISTED)


def test_the_polling_desk_prints_the_marks_of_each_check_in(pstore, tmp_path):
    polling.check_in(pstore, "10000003", STATION_A2)
    polling.check_in(pstore, "10000001", STATION_A1)
    out = tmp_path / "desk.pdf"
    assert run_to_end(write_checkin_list_pdf(pstore, out, CENTRE_A)) == len(LISTED)
    lines = pdftotext(out)
    text = "\n".join(lines)
    assert LABELS["title_check_in"] in text and checked_count(lines) == "2"
    checked = {"10000003": STATION_A2, "10000001": STATION_A1}
    for civil, *_ in LISTED:
        row = row_of(lines, civil)
        if civil in checked:
            assert MARK.split()[1] in row and checked[civil] in row, row
        else:
            assert MARK.split()[1] not in row and "SEEB-01-" not in row, row
    # the roll's path prints the same marks now that there are check-ins
    roll = tmp_path / "roll.pdf"
    run_to_end(write_voter_list_pdf(pstore, roll, CENTRE_A, check_in=True))
    assert [line for line in pdftotext(roll) if STATION_A2 in line] == [line for line in lines if STATION_A2 in line]
    with pstore.read() as session:
        after = session.scalars(select(AuditEntry.after).where(AuditEntry.event == "roll.exported")
                                .order_by(AuditEntry.sequence)).all()
    assert [(a["check_in"], a["checked_in"]) for a in after] == [(True, 2), (True, 2)]


def test_an_undone_check_in_loses_its_mark_and_arabic_digits_follow_the_choice(pstore, tmp_path):
    polling.check_in(pstore, "10000002", STATION_A1)
    polling.check_in(pstore, "10000003", STATION_A2)
    polling.undo_check_in(pstore, "10000002", "scanned the wrong card")
    out = tmp_path / "desk.pdf"
    run_to_end(write_checkin_list_pdf(pstore, out, CENTRE_A, Digits.ARABIC_INDIC))
    lines = pdftotext(out)
    marked = [line for line in lines if MARK.split()[1] in line and "حضروا" not in line]
    assert len(marked) == 1 and STATION_A2 in marked[0] and STATION_A1 not in "\n".join(lines)
    assert checked_count(lines) == "١"
    assert not any("10000003" in line for line in lines)  # civil numbers too are printed in Arabic-Indic digits


def test_a_clerk_prints_only_their_own_centres_list(pstore, tmp_path):
    act_as(pstore, Role.CLERK, CENTRE_B)
    with pytest.raises(ElectadminError) as caught:
        run_to_end(write_checkin_list_pdf(pstore, tmp_path / "a.pdf", CENTRE_A))
    assert caught.value.code is ErrorCode.AUTH_OTHER_CENTRE
    assert not (tmp_path / "a.pdf").exists()
    act_as(pstore, Role.CLERK, CENTRE_A)
    run_to_end(write_checkin_list_pdf(pstore, tmp_path / "a.pdf", CENTRE_A))
    assert (tmp_path / "a.pdf").exists()
    pstore.actor = TESTER
