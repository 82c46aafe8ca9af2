"""The short hash printed on records: read back however a person types it, refused when it is not one."""

from __future__ import annotations

import hashlib

import pytest

from electadmin.domain.arabic import to_arabic_digits
from electadmin.integrity.record_hash import (
    ALPHABET,
    PREFIX_HEX,
    parse_qr_payload,
    parse_short_hash,
    qr_payload,
    result_content,
    short_hash,
)

DIGESTS = [hashlib.sha256(str(i).encode()).hexdigest() for i in range(200)]


@pytest.mark.parametrize("digest", DIGESTS[:50])
def test_a_short_hash_reads_back_to_the_first_80_bits(digest):
    printed = short_hash(digest)
    assert len(printed) == 19 and printed.count("-") == 3
    assert set(printed.replace("-", "")) <= set(ALPHABET)
    assert parse_short_hash(printed) == digest[:PREFIX_HEX]


def test_it_is_read_as_a_person_types_it():
    digest = next(d for d in DIGESTS if any(c in short_hash(d) for c in "10") and any(c.isalpha() for c in
                                                                                       short_hash(d)))
    printed = short_hash(digest)
    expected = digest[:PREFIX_HEX]
    typed = [printed.lower(), printed.replace("-", ""), printed.replace("-", " "), f"  {printed}\n",
             to_arabic_digits(printed), printed.replace("1", "I").replace("0", "O"),
             printed.replace("1", "l").replace("0", "o"), "\u2066" + printed.replace("-", "\u2013") + "\u2069",
             printed.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))]
    for text in typed:
        assert parse_short_hash(text) == expected, text


@pytest.mark.parametrize("text", ["", "ABCD-EFGH-JKMN-PQR", "ABCD-EFGH-JKMN-PQRST", "ABCD-EFGH-JKMN-PQRU",
                                  "ABCD-EFGH-JKMN-PQR*", "محضر"])
def test_anything_else_is_not_a_short_hash(text):
    assert parse_short_hash(text) is None


def test_distinct_records_print_distinct_short_hashes():
    assert len({short_hash(d) for d in DIGESTS}) == len(DIGESTS)


def test_the_qr_text_carries_the_election_the_record_and_the_full_hash():
    digest = DIGESTS[7]
    text = qr_payload("c4250e0b-d940-4b55-bb71-4be59bb7b286", "count_record", "MA01-C1-1", 2, digest)
    for read in (text, text.lower(), f" {text}\n"):
        payload = parse_qr_payload(read)
        assert payload is not None
        assert (payload.election_uid, payload.kind, payload.key, payload.version, payload.sha256) == (
            "c4250e0b-d940-4b55-bb71-4be59bb7b286", "count_record", "MA01-C1-1", 2, digest)
    assert parse_qr_payload(text.replace(digest.upper(), digest[:-1].upper())) is None
    assert parse_qr_payload("https://example.org/?h=" + digest) is None
    assert parse_qr_payload(qr_payload("u", "result", "MA01", None, digest)).version is None


def test_the_qr_code_stays_small_enough_to_scan_from_paper():
    from reportlab.graphics.barcode.qr import QrCodeWidget

    text = qr_payload("c4250e0b-d940-4b55-bb71-4be59bb7b286", "count_record", "MA01-C1-1", 12, DIGESTS[0])
    widget = QrCodeWidget(text, barLevel="M")
    widget.qr.make()
    assert widget.qr.getModuleCount() <= 41  # alphanumeric mode, version 6 (bytes would take version 9: 53)


def test_the_result_content_is_what_the_committee_signs():
    from electadmin.services.certification import certified_content

    snapshot = {"wilayat": "MA01", "votes": {"MA01-001": 3}, "elected": ["MA01-001"]}
    assert result_content("uid", "MA01", 2, snapshot) == certified_content("uid", "MA01", 2, snapshot)
