"""Reading and writing XLSX and CSV files (interchange.tabular), hostile files included."""

from __future__ import annotations

import codecs
import os
import zipfile
from datetime import date, datetime, time, timezone
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from electadmin.domain.arabic import to_ascii_digits
from electadmin.domain.errors import ElectadminError, ErrorCode, RowError, describe
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.interchange import tabular
from electadmin.interchange.columns import (
    CivilNumber,
    Column,
    DateValue,
    Integer,
    Problem,
    Problems,
    Text,
    match_headers,
    parse_rows,
)
from electadmin.interchange.tabular import (
    DETAIL_NOT_FOUND,
    DETAIL_PASSWORD,
    MetaItem,
    TableFormat,
    XlsxOut,
    read_meta,
    read_table,
    write_csv,
    write_error_report,
    write_xlsx,
)

CIVIL = Column("civil_number", QT_TRANSLATE_NOOP("Columns", "Civil number"), CivilNumber(),
               ("الرقم المدني", "Civil No"))
NAME = Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), Text(required=True), ("الاسم",))
VOTES = Column("votes", QT_TRANSLATE_NOOP("Columns", "Votes"), Integer(minimum=0), ("الأصوات", "عدد الأصوات"))
BIRTH = Column("birth_date", QT_TRANSLATE_NOOP("Columns", "Birth date"), DateValue(required=False),
               ("تاريخ الميلاد",), required=False)
COLUMNS = (CIVIL, NAME, VOTES, BIRTH)
HEADER = ["الرقم المدني", "الاسم", "الأصوات", "تاريخ الميلاد"]
HOSTILE = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def rows_of(path, **options):
    with read_table(path, **options) as table:
        return table.header, list(table)


def code_of(call) -> ErrorCode:
    """The code of the error *call* raises, after checking its sentence has every parameter."""
    with pytest.raises(ElectadminError) as caught:
        call()
    assert "{" not in describe(caught.value), describe(caught.value)  # describe's fallback shows a dict
    return caught.value.code


def consume(path) -> None:
    with read_table(path) as table:
        for _ in table:
            pass


# ---------------------------------------------------------------------------------------------
# reading workbooks

def test_xlsx_rows_carry_spreadsheet_row_numbers_and_blank_rows_are_skipped(tmp_path):
    path = tmp_path / "roll.xlsx"
    write_xlsx(path, HEADER, [("1", "سالم", 3, None), (None, None, None, None), ("2", "علي", 4, None)])
    with read_table(path) as table:
        assert table.format is TableFormat.XLSX
        assert table.header.number == 1 and list(table.header.cells) == HEADER
        assert table.total_rows == 3
        rows = list(table)
    assert [row.number for row in rows] == [2, 4]
    assert list(rows[1].cells) == ["2", "علي", 4.0, ""]  # calamine gives numbers as floats


def test_xlsx_with_a_title_block_finds_the_header_and_keeps_true_row_numbers(tmp_path):
    path = tmp_path / "titled.xlsx"
    with xlsxwriter.Workbook(str(path)) as workbook:
        sheet = workbook.add_worksheet()
        sheet.write_string(1, 2, "كشف الناخبين - ولاية مسقط")
        for column, text in enumerate(HEADER):
            sheet.write_string(3, 2 + column, text)
        sheet.write_row(4, 2, ["12345678", "سالم", 7])
        sheet.write_row(6, 2, ["87654321", "علي", 9])
    header, rows = rows_of(path, columns=COLUMNS)
    assert header.number == 4
    assert [row.number for row in rows] == [5, 7]
    # without columns, the first non-blank row is the header
    header, rows = rows_of(path)
    assert header.number == 2 and [row.number for row in rows] == [4, 5, 7]


def test_named_numbered_and_hidden_sheets(tmp_path):
    path = tmp_path / "book.xlsx"
    with xlsxwriter.Workbook(str(path)) as workbook:
        hidden = workbook.add_worksheet("مخفية")
        hidden.write_string(0, 0, "hidden")
        hidden.hide()
        first = workbook.add_worksheet("الناخبون")
        first.write_string(0, 0, "visible")
        first.activate()
        other = workbook.add_worksheet("Results")
        other.write_string(0, 0, "results")
    assert rows_of(path)[0].cells == ["visible"]
    assert rows_of(path, sheet="results")[0].cells == ["results"]
    assert rows_of(path, sheet="الناخبون")[0].cells == ["visible"]
    assert rows_of(path, sheet=0)[0].cells == ["hidden"]
    assert code_of(lambda: read_table(path, sheet="nothing")) is ErrorCode.FILE_NO_SHEET
    assert code_of(lambda: read_table(path, sheet=7)) is ErrorCode.FILE_NO_SHEET


def test_ods_is_read_too(tmp_path):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="ورقة1">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>الاسم</text:p>'
        '</table:table-cell></table:table-row><table:table-row><table:table-cell office:value-type="string">'
        '<text:p>سالم</text:p></table:table-cell></table:table-row>'
        '</table:table></office:spreadsheet></office:body></office:document-content>'
    )
    path = tmp_path / "sheet.ods"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    renamed = tmp_path / "sheet.csv"
    renamed.write_bytes(path.read_bytes())
    for candidate in (path, renamed):
        with read_table(candidate) as table:
            assert table.format is TableFormat.ODS
            assert [list(row.cells) for row in table] == [["سالم"]]


def test_format_is_told_by_content_not_name(tmp_path):
    xlsx = tmp_path / "really.xlsx"
    write_xlsx(xlsx, ["الاسم"], [("سالم",)])
    disguised = tmp_path / "export.csv"
    disguised.write_bytes(xlsx.read_bytes())
    with read_table(disguised) as table:
        assert table.format is TableFormat.XLSX
        assert [list(r.cells) for r in table] == [["سالم"]]
    text = tmp_path / "export.xlsx"
    text.write_text("الاسم\nسالم\n", encoding="utf-8")
    with read_table(text) as table:
        assert table.format is TableFormat.CSV
        assert [list(r.cells) for r in table] == [["سالم"]]


def test_damaged_and_foreign_files_give_clear_errors(tmp_path):
    good = tmp_path / "good.xlsx"
    write_xlsx(good, HEADER, [("1", "سالم", 3, None)] * 50)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(ElectadminError) as caught:
        read_table(cut)
    assert caught.value.code is ErrorCode.FILE_UNREADABLE
    assert caught.value.params["path"] == str(cut) and "technical" in caught.value.params

    document = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(document, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert code_of(lambda: read_table(document)) is ErrorCode.FILE_FORMAT

    broken_book = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken_book, "w") as archive:
        archive.writestr("xl/workbook.xml", "<not a workbook")
    assert code_of(lambda: read_table(broken_book)) is ErrorCode.FILE_UNREADABLE

    encrypted = tmp_path / "secret.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptionInfo".encode("utf-16-le"))
    with pytest.raises(ElectadminError) as caught:
        read_table(encrypted)
    assert caught.value.params["detail"] is DETAIL_PASSWORD

    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    assert code_of(lambda: read_table(old)) is ErrorCode.FILE_UNREADABLE

    html = tmp_path / "report.xls"
    html.write_text("<html><body><table><tr><td>x</td></tr></table></body></html>", encoding="utf-8")
    assert code_of(lambda: read_table(html)) is ErrorCode.FILE_FORMAT

    picture = tmp_path / "photo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    assert code_of(lambda: read_table(picture)) is ErrorCode.FILE_FORMAT


def test_missing_files_and_folders_are_unreadable(tmp_path):
    with pytest.raises(ElectadminError) as caught:
        read_table(tmp_path / "absent.xlsx")
    assert caught.value.code is ErrorCode.FILE_UNREADABLE and caught.value.params["detail"] is DETAIL_NOT_FOUND
    assert "does not exist" in str(caught.value)
    assert code_of(lambda: read_table(tmp_path)) is ErrorCode.FILE_UNREADABLE


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \n", b",,,\n,,\n", "\u200f\n".encode()])
def test_empty_text_files(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    assert code_of(lambda: read_table(path)) is ErrorCode.FILE_EMPTY


def test_empty_workbook(tmp_path):
    path = tmp_path / "empty.xlsx"
    with xlsxwriter.Workbook(str(path)) as workbook:
        workbook.add_worksheet()
    assert code_of(lambda: read_table(path)) is ErrorCode.FILE_EMPTY


# ---------------------------------------------------------------------------------------------
# reading CSV

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1256"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encodings_and_delimiters(tmp_path, encoding, delimiter):
    path = tmp_path / "roll.csv"
    lines = [delimiter.join(HEADER), delimiter.join(["123", "مُحَمَّد", "5", "01/01/1990"]),
             "", delimiter.join(["456", '"بن, علي"', "6", ""])]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    with read_table(path) as table:
        assert table.delimiter == delimiter
        assert table.encoding == ("cp1256" if encoding == "cp1256" else "utf-8-sig")
        assert list(table.header.cells) == HEADER
        rows = list(table)
    assert [row.number for row in rows] == [2, 4]
    assert rows[0].cells[1] == "مُحَمَّد"
    assert rows[1].cells[1] == "بن, علي"


def test_utf16_tab_separated_text_from_excel(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "الاسم\tالأصوات\r\nسالم\t5\r\n".encode("utf-16-le"))
    header, rows = rows_of(path)
    assert list(header.cells) == ["الاسم", "الأصوات"] and [list(r.cells) for r in rows] == [["سالم", "5"]]


def test_one_bad_byte_late_in_a_file_decides_the_encoding_for_all_rows(tmp_path):
    body = "الاسم\n" + "سالم\n" * 5000
    path = tmp_path / "mixed.csv"
    path.write_bytes(body.encode("cp1256") + "علي\n".encode("cp1256"))
    with read_table(path) as table:
        assert table.encoding == "cp1256"
        assert {row.cells[0] for row in table} == {"سالم", "علي"}


def test_quoted_line_breaks_are_one_row(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text('الاسم,ملاحظة\r\nسالم,"سطر\r\nثان"\r\nعلي,x\r\n', encoding="utf-8")
    header, rows = rows_of(path)
    assert [(r.number, r.cells[1]) for r in rows] == [(2, "سطر\r\nثان"), (3, "x")]


def test_an_unclosed_quote_is_reported_at_its_row(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_text('الاسم,العدد\nسالم,1\nعلي,"2\nحمد,3\n', encoding="utf-8")
    with read_table(path) as table:
        with pytest.raises(ElectadminError) as caught:
            list(table)
    assert caught.value.code is ErrorCode.FILE_BROKEN_ROW and caught.value.params["row"] == 3
    assert describe(caught.value) == f"The file {path} is damaged at row 3: its quotation marks do not pair up"


def test_a_cell_too_long_for_csv_is_reported(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("الاسم\nسالم\n\"" + "x" * 200_000 + "\"\n", encoding="utf-8")
    with read_table(path) as table:
        with pytest.raises(ElectadminError) as caught:
            list(table)
    assert caught.value.code is ErrorCode.FILE_BROKEN_ROW and caught.value.params["row"] == 3


def test_excels_sep_hint_line_names_the_delimiter_and_is_no_row(tmp_path):
    path = tmp_path / "hinted.csv"
    path.write_bytes(codecs.BOM_UTF8 + "sep=;\r\nالاسم;العدد\r\nسالم, علي;3\r\n".encode())
    with read_table(path) as table:
        assert table.delimiter == ";" and table.header.number == 1
        assert [(r.number, list(r.cells)) for r in table] == [(2, ["سالم, علي", "3"])]


def test_formulas_in_a_workbook_read_as_their_values(tmp_path):
    path = tmp_path / "sums.xlsx"
    with xlsxwriter.Workbook(str(path)) as workbook:
        sheet = workbook.add_worksheet()
        sheet.write_row(0, 0, ["الاسم", "الأصوات"])
        sheet.write_string(1, 0, "سالم")
        sheet.write_formula(1, 1, "=2+3", None, 5)
        sheet.write_string(2, 0, "علي")
        sheet.write_formula(2, 1, "=1/0", None, "#DIV/0!")
    columns = (NAME, VOTES)
    with read_table(path) as table:
        parsed = list(parse_rows(table, columns, match_headers(table.header, columns)))
    assert parsed[0].values == {"name": "سالم", "votes": 5}
    assert [e.error.code for e in parsed[1].errors] == [ErrorCode.VALUE_REQUIRED]  # an error cell is empty


def test_very_long_cells_are_reported_by_the_parser(tmp_path):
    path = tmp_path / "long.csv"
    write_csv(path, ["الاسم", "الأصوات"], [("س" * 100_000, 1), ("علي", 2)])
    columns = (NAME, VOTES)
    with read_table(path) as table:
        parsed = list(parse_rows(table, columns, match_headers(table.header, columns)))
    assert [e.error.code for e in parsed[0].errors] == [ErrorCode.VALUE_TOO_LONG]
    assert len(parsed[0].errors[0].error.params["value"]) == 200
    assert parsed[1].ok


def test_total_rows_estimates_progress(tmp_path):
    path = tmp_path / "big.csv"
    write_csv(path, ["الاسم"], [(f"سالم {n}",) for n in range(1000)])
    with read_table(path) as table:
        assert table.total_rows == 1000
        assert sum(1 for _ in table) == 1000


def test_closing_a_table_early_releases_the_file(tmp_path):
    path = tmp_path / "roll.csv"
    write_csv(path, ["الاسم"], [("سالم",)] * 10)
    table = read_table(path)
    next(iter(table))
    table.close()
    assert list(table) == []


# ---------------------------------------------------------------------------------------------
# hostile input: the reader raises nothing but ElectadminError, and reports every bad row once

@HOSTILE
@given(content=st.binary(max_size=3000), name=st.sampled_from(["f.csv", "f.xlsx", "f.xls", "f.ods", "f"]))
def test_random_bytes_give_only_electadmin_errors(tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    try:
        consume(path)
    except ElectadminError:
        pass


@HOSTILE
@given(content=st.binary(max_size=2000), keep=st.integers(0, 4000))
def test_mangled_workbooks_give_only_electadmin_errors(tmp_path, content, keep):
    path = tmp_path / "mangled.xlsx"
    write_xlsx(path, HEADER, [("1", "سالم", 3, date(1990, 1, 1))] * 20)
    good = path.read_bytes()
    path.write_bytes(good[:keep] + content + good[keep + len(content):])
    try:
        consume(path)
    except ElectadminError:
        pass


@HOSTILE
@given(
    table=st.lists(st.lists(st.text(max_size=30), max_size=6), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t"]),
    bom=st.booleans(),
)
def test_random_unicode_cells_give_only_electadmin_errors(tmp_path, table, delimiter, bom):
    path = tmp_path / "cells.csv"
    text = "\n".join(delimiter.join(cells) for cells in table)
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + text.encode("utf-8", "surrogatepass"))
    try:
        with read_table(path, columns=COLUMNS) as opened:
            match = match_headers(opened.header, COLUMNS)
            if match.complete:
                for _ in parse_rows(opened, COLUMNS, match):
                    pass
    except ElectadminError:
        pass


GOOD_CIVIL = st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩", min_size=1, max_size=12)
GOOD_NAME = st.text(alphabet="ابتثجحخدذرسشصضطظعغفقكلمنهوي ًٌٍَُِّْـ", min_size=1, max_size=40).filter(
    lambda s: s.strip(" ـًٌٍَُِّْ"))
GOOD_VOTES = st.one_of(st.integers(0, 10**6), st.integers(0, 10**6).map(str),
                       st.integers(0, 999).map(lambda n: "".join("٠١٢٣٤٥٦٧٨٩"[int(d)] for d in str(n))))
GOOD_DATE = st.one_of(st.just(""), st.dates(date(1900, 1, 1), date(2030, 1, 1)),
                      st.dates(date(1900, 1, 1), date(2030, 1, 1)).map(lambda d: d.strftime("%d/%m/%Y")))
NOTES = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=8)
BAD = {
    0: st.sampled_from(["12a", "1.23457E+11", "-5", "1234567890123", "#"]),
    1: st.just(""),
    2: st.sampled_from(["1,5", "12.5", "-1", "ten", "١٢ب"]),
    3: st.sampled_from(["31/02/1990", "01/01/90", "1990-13-01", "غدا"]),
}


@st.composite
def roll_files(draw):
    """A header (shuffled, with extra columns) and rows, some blank, some with known bad cells."""
    order = draw(st.permutations(range(4)))
    extras = draw(st.integers(0, 2))
    rows, expected_bad = [], set()
    for number in range(2, 2 + draw(st.integers(0, 25))):
        kind = draw(st.sampled_from(["good", "good", "bad", "blank"]))
        if kind == "blank":
            rows.append([""] * (4 + extras))
            continue
        cells = [draw(GOOD_CIVIL), draw(GOOD_NAME), draw(GOOD_VOTES), draw(GOOD_DATE)]
        if kind == "bad":
            for column in draw(st.sets(st.integers(0, 3), min_size=1)):
                cells[column] = draw(BAD[column])
            if not any(str(c).strip() for c in cells):
                cells[2] = "ten"
            expected_bad.add(number)
        rows.append([cells[i] for i in order] + [draw(NOTES) for _ in range(extras)])
    header = [HEADER[i] for i in order] + [f"ملاحظة {n}" for n in range(extras)]
    return header, rows, expected_bad


@HOSTILE
@given(data=roll_files(), kind=st.sampled_from(["xlsx", "csv", "csv-1256", "csv-semicolon"]))
def test_every_bad_row_is_reported_once_with_its_row_number(tmp_path, data, kind):
    header, rows, expected_bad = data
    path = tmp_path / f"roll.{kind[:4].rstrip('-')}"
    if kind == "xlsx":
        write_xlsx(path, header, rows)
    elif kind == "csv":
        write_csv(path, header, rows)
    else:
        delimiter = ";" if kind == "csv-semicolon" else ","
        write_csv(path, header, rows, delimiter=delimiter)
        if kind == "csv-1256":
            # Windows-1256 has no Arabic-Indic digits: Arabic Windows shows Western ones in their place
            text = to_ascii_digits(path.read_text(encoding="utf-8-sig"))
            path.write_bytes(text.encode("cp1256", "replace"))
    problems = Problems()
    seen_rows = []
    with read_table(path, columns=COLUMNS) as table:
        match = match_headers(table.header, COLUMNS)
        assert match.complete and len(match.unknown) == len(header) - 4
        for parsed in parse_rows(table, COLUMNS, match):
            seen_rows.append(parsed.number)
            problems.add_parsed(parsed)
    expected_rows = [n for n, cells in enumerate(rows, 2) if any(str(c).strip() for c in cells)]
    assert seen_rows == expected_rows
    bad_rows = [p.row for p in problems]
    assert set(bad_rows) == expected_bad
    assert problems.bad_rows == len(expected_bad)
    assert all(isinstance(p.error, RowError) for p in problems)


# ---------------------------------------------------------------------------------------------
# round trips

ROUND_TRIP = [
    ("12345678", "مُحَمَّد بن عبدالله بن سالم الكمزاري", 1200, date(1990, 1, 1)),
    ("00123", "شمّا بنت علي البلوشي", 0, None),
    ("٨٧٦٥٤٣٢١", "O'Neil, \"Jr\"\n  سطر\u200f", 7, date(2000, 2, 29)),
]


@pytest.mark.parametrize("writer", [write_xlsx, write_csv])
def test_round_trip_keeps_arabic_and_values(tmp_path, writer):
    path = tmp_path / ("out.xlsx" if writer is write_xlsx else "out.csv")
    assert writer(path, COLUMNS, ROUND_TRIP) == 3
    with read_table(path) as table:
        match = match_headers(table.header, COLUMNS)
        parsed = list(parse_rows(table, COLUMNS, match))
    assert all(p.ok for p in parsed)
    assert [tuple(p.values.values()) for p in parsed] == [
        ("12345678", ROUND_TRIP[0][1], 1200, date(1990, 1, 1)),
        ("00123", ROUND_TRIP[1][1], 0, None),
        ("87654321", "O'Neil, \"Jr\" سطر", 7, date(2000, 2, 29)),  # names are stored cleaned
    ]


def test_round_trip_of_raw_cells(tmp_path):
    cells = ["نص", 42, 2.5, True, date(2024, 3, 1), datetime(2024, 3, 1, 8, 30), time(7, 0), None,
             "=1+2", "@SUM(A1)", "-x", "+968", "1" * 20, 10**16]
    xlsx = tmp_path / "raw.xlsx"
    write_xlsx(xlsx, [f"h{i}" for i in range(len(cells))], [cells])
    (row,) = rows_of(xlsx)[1]
    assert list(row.cells) == ["نص", 42.0, 2.5, True, date(2024, 3, 1), datetime(2024, 3, 1, 8, 30),
                               time(7, 0), "", "=1+2", "@SUM(A1)", "-x", "+968", "1" * 20, str(10**16)]
    csv_path = tmp_path / "raw.csv"
    write_csv(csv_path, [f"h{i}" for i in range(len(cells))], [cells])
    assert csv_path.read_bytes().startswith(codecs.BOM_UTF8)
    (row,) = rows_of(csv_path)[1]
    assert list(row.cells) == ["نص", "42", "2.5", "TRUE", "2024-03-01", "2024-03-01 08:30:00", "07:00:00", "",
                               "'=1+2", "'@SUM(A1)", "'-x", "+968", "1" * 20, str(10**16)]


def test_translated_headers_of_our_exports_read_back(tmp_path):
    arabic = {"Civil number": "الرقم المدني للناخب", "Name": "اسم الناخب", "Votes": "مجموع الأصوات"}

    def translate(context, text):
        return arabic.get(text, text)

    path = tmp_path / "export.xlsx"
    write_xlsx(path, COLUMNS, ROUND_TRIP, translate=translate)
    with read_table(path, columns=COLUMNS) as table:
        assert table.header.cells[0] == "الرقم المدني للناخب"
        assert match_headers(table.header, COLUMNS, translate=translate).complete


def test_xlsx_meta_goes_to_a_second_sheet(tmp_path):
    path = tmp_path / "export.xlsx"
    generated = datetime(2027, 10, 24, 20, 0)
    meta = [MetaItem("election", QT_TRANSLATE_NOOP("Interchange", "Election"), "انتخابات مجلس الشورى"),
            MetaItem("status", "Status", "provisional"), MetaItem("generated", "Generated", generated)]
    write_xlsx(path, COLUMNS, ROUND_TRIP, meta=meta)
    assert read_meta(path) == {"election": "انتخابات مجلس الشورى", "status": "provisional", "generated": generated}
    header, rows = rows_of(path)
    assert len(rows) == 3  # the data sheet holds only the table
    other = tmp_path / "plain.xlsx"
    write_xlsx(other, ["a"], [])
    assert read_meta(other) == {}
    text = tmp_path / "plain.csv"
    write_csv(text, ["a"], [])
    assert read_meta(text) == {}


def test_xlsx_is_right_to_left_with_a_bold_frozen_header(tmp_path):
    path = tmp_path / "rtl.xlsx"
    write_xlsx(path, ["الاسم"], [("سالم",)], sheet_title="الناخبون: [مسقط]")
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
        book = archive.read("xl/workbook.xml").decode()
        styles = archive.read("xl/styles.xml").decode()
    assert 'rightToLeft="1"' in sheet and 'state="frozen"' in sheet
    assert "<b/>" in styles
    assert 'name="الناخبون مسقط"' in book


def test_aware_datetimes_and_dates_before_excels_calendar_are_kept_as_text(tmp_path):
    path = tmp_path / "tz.xlsx"
    stamp = datetime(2027, 10, 24, 16, 0, tzinfo=timezone.utc)
    write_xlsx(path, ["t", "d"], [(stamp, date(1899, 12, 31))])
    assert rows_of(path)[1][0].cells == ["2027-10-24T16:00:00+00:00", "1899-12-31"]


# ---------------------------------------------------------------------------------------------
# atomic writes

def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def failing_rows(count: int):
    for n in range(count):
        yield (str(n), "سالم", n, None)
    raise RuntimeError("the database went away")


@pytest.mark.parametrize("writer", [write_xlsx, write_csv])
def test_a_writer_failing_midway_leaves_no_file(tmp_path, writer):
    path = tmp_path / "out.bin"
    with pytest.raises(RuntimeError):
        writer(path, COLUMNS, failing_rows(1000))
    assert not path.exists() and leftovers(tmp_path) == []


@pytest.mark.parametrize("writer", [write_xlsx, write_csv])
def test_a_writer_failing_midway_keeps_the_old_file(tmp_path, writer):
    path = tmp_path / "out.bin"
    writer(path, COLUMNS, ROUND_TRIP)
    before = path.read_bytes()
    with pytest.raises(RuntimeError):
        writer(path, COLUMNS, failing_rows(10))
    assert path.read_bytes() == before and leftovers(tmp_path) == []


def test_a_cancelled_export_leaves_no_file(tmp_path):
    path = tmp_path / "cancelled.xlsx"

    def export():
        with XlsxOut(path, COLUMNS) as out:
            for n in range(100):
                out.write_row((str(n), "سالم", n, None))
                yield n

    work = export()
    next(work)
    next(work)
    work.close()
    assert not path.exists() and leftovers(tmp_path) == []


def test_unwritable_targets(tmp_path):
    with pytest.raises(ElectadminError) as caught:
        write_xlsx(tmp_path / "no" / "such" / "folder.xlsx", ["a"], [])
    assert caught.value.code is ErrorCode.FILE_UNWRITABLE
    assert "folder does not exist" in str(caught.value)
    (tmp_path / "taken.csv").mkdir()
    assert code_of(lambda: write_csv(tmp_path / "taken.csv", ["a"], [("b",)])) is ErrorCode.FILE_UNWRITABLE
    assert leftovers(tmp_path) == []


def test_more_rows_than_excel_holds(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "XLSX_MAX_ROWS", 5)
    path = tmp_path / "huge.xlsx"
    assert code_of(lambda: write_xlsx(path, ["a"], [("x",)] * 5)) is ErrorCode.FILE_TOO_MANY_ROWS
    assert not path.exists() and leftovers(tmp_path) == []
    assert write_xlsx(path, ["a"], [("x",)] * 4) == 4


def test_a_cell_longer_than_excel_holds(tmp_path):
    path = tmp_path / "long.xlsx"
    assert code_of(lambda: write_xlsx(path, ["a"], [("x" * 40_000,)])) is ErrorCode.VALUE_TOO_LONG
    assert not path.exists()


def test_written_files_get_ordinary_permissions(tmp_path):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = tmp_path / "shared.csv"
    write_csv(path, ["a"], [("b",)])
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


# ---------------------------------------------------------------------------------------------
# error reports

def test_error_report_lists_every_problem_translated(tmp_path):
    source = tmp_path / "roll.csv"
    write_csv(source, ["الاسم", "الأصوات", "Civil No"], [("", "1,5", "x"), ("علي", "3", "1"), ("", "2", "1")])
    problems = Problems()
    with read_table(source, columns=COLUMNS) as table:
        match = match_headers(table.header, COLUMNS)
        problems.add_header(match_headers(table.header, (*COLUMNS, Column(
            "seat", QT_TRANSLATE_NOOP("Columns", "Seat"), Integer()))))
        for parsed in parse_rows(table, COLUMNS, match):
            problems.add_parsed(parsed)
    arabic = {"Name": "الاسم", "{field} is required.": "{field} مطلوب.", "Row": "الصف", "Problem": "المشكلة",
              "Seat": "المقعد"}

    def translate(context, text):
        return arabic.get(text, text)

    report = tmp_path / "errors.xlsx"
    assert write_error_report(report, problems, translate=translate, source=source) == len(problems) == 5
    header, rows = rows_of(report)
    assert list(header.cells) == ["الصف", "Column", "Value", "المشكلة", "Error code"]
    cells = [list(row.cells) for row in rows]
    assert cells[0] == ["", "", "", "The file has no column for “المقعد”.", "file.missing_column"]
    assert cells[1] == [2.0, "Civil number", "x", "Civil number “x” is not a civil number (1 to 12 digits).",
                        "value.bad_civil_number"]
    assert cells[2] == [2.0, "الاسم", "", "الاسم مطلوب.", "value.required"]
    assert cells[3][:3] == [2.0, "Votes", "1,5"]
    assert cells[4][:2] == [4.0, "الاسم"]
    assert read_meta(report) == {"source": "roll.csv"}


def test_error_report_shows_long_values_cut(tmp_path):
    error = RowError(NAME.label, "x" * 50_000,
                     ElectadminError(ErrorCode.VALUE_TOO_LONG, field=NAME.label, maximum=200))
    report = tmp_path / "errors.xlsx"
    write_error_report(report, [Problem(2, error)])
    (row,) = rows_of(report)[1]
    assert len(row.cells[2]) == 200 and describe(error.error) == row.cells[3]
