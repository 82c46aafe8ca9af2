"""The printed voter list of a centre, read back from its PDF: names in order, columns, frame, digits."""

from __future__ import annotations

import io
import random
import unicodedata
from datetime import datetime

from pypdf import PdfReader

from electadmin.domain.progress import run_to_end
from electadmin.reports.text import Digits, missing_glyphs
from electadmin.reports.voter_list import LABELS, CentreList, ListedVoter, document_header, voter_list_work

GIVEN = ["أحمد", "محمد", "سالم", "إبراهيم", "فاطمة", "مريم", "عائشة", "آمنة", "يوسف", "مصطفى"]
FAMILY = ["الحارثي", "البلوشي", "الكندي", "الشحي", "اللواتي"]


def centre(count: int) -> CentreList:
    rng = random.Random(3)
    voters = []
    for i in range(count):
        given = rng.choice(GIVEN)
        woman = given in ("فاطمة", "مريم", "عائشة", "آمنة")
        voters.append(ListedVoter(str(20_000_000 + i * 7), f"{given} {'بنت' if woman else 'بن'} {rng.choice(GIVEN)} "
                                  f"بن {rng.choice(GIVEN)} {rng.choice(FAMILY)}", "F" if woman else "M"))
    men = sum(v.gender == "M" for v in voters)
    return CentreList("مسقط", "MA01-C01", "مدرسة الخليل", count, men, count - men, tuple(voters))


def pdf(listed: CentreList, *, check_in: bool = False, demo: bool = True, digits: Digits = Digits.WESTERN):
    header = document_header("انتخابات مجلس الشورى", "Shura Council elections", listed,
                             generated_at=datetime(2027, 10, 1, 8, 0), is_demo=demo, digits=digits)
    return PdfReader(io.BytesIO(run_to_end(voter_list_work(header, listed, check_in=check_in))))


def text_of(reader: PdfReader) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


def test_every_voter_is_listed_once_in_order_with_sequence_and_civil_number():
    listed = centre(95)
    reader = pdf(listed)
    text = text_of(reader)
    positions = [text.find(v.civil_number) for v in listed.voters]
    assert all(p >= 0 for p in positions) and positions == sorted(positions)
    for voter in listed.voters:
        assert unicodedata.normalize("NFKC", voter.name) in text
    assert len(reader.pages) == 3
    assert "3  من3 صفحة" in unicodedata.normalize("NFKC", reader.pages[-1].extract_text())
    first = unicodedata.normalize("NFKC", reader.pages[0].extract_text())
    for label in ("title", "sequence", "civil_number", "name", "gender", "signature"):
        assert unicodedata.normalize("NFKC", LABELS[label]) in first, label
    assert "MA01-C01" in first and "مسقط" in first and "DEMO" in first
    assert unicodedata.normalize("NFKC", LABELS["check_in"]) not in text
    # the header (election, wilayat, centre) is on every page
    assert all("MA01-C01" in page.extract_text() for page in reader.pages)


def test_the_check_in_column_is_added_by_a_flag_and_digits_follow_the_choice():
    listed = centre(10)
    text = text_of(pdf(listed, check_in=True, digits=Digits.ARABIC_INDIC, demo=False))
    assert unicodedata.normalize("NFKC", LABELS["check_in"]) in text
    # drawn left to right (looked at); pypdf reads a run of Arabic-Indic digits back as right-to-left text
    assert "٢٠٠٠٠٠٠٧"[::-1] in text and "20000007" not in text
    assert "DEMO" not in text


def test_an_empty_centre_says_so_and_every_word_has_a_glyph():
    text = text_of(pdf(CentreList("مسقط", "MA01-C09", "قاعة", 0, 0, 0, ())))
    assert unicodedata.normalize("NFKC", LABELS["none"]) in text
    assert missing_glyphs(list(LABELS.values())) == set()
