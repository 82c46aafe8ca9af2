"""Column specs, header matching, cell parsers and row parsing (interchange.columns)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electadmin.domain.errors import ElectadminError, ErrorCode, RowError, describe
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.interchange.columns import (
    GENDER,
    Choice,
    CivilNumber,
    Code,
    Column,
    DateValue,
    Duplicates,
    HeaderMatch,
    Integer,
    Invalid,
    Phone,
    Problems,
    Row,
    Text,
    cell_error,
    excel_serial_date,
    header_key,
    match_headers,
    parse_rows,
    shown,
)

CIVIL = Column("civil_number", QT_TRANSLATE_NOOP("Columns", "Civil number"), CivilNumber(max_length=9),
               ("الرقم المدني", "Civil No", "ID"))
NAME = Column("name", QT_TRANSLATE_NOOP("Columns", "Name"), Text(required=True), ("الاسم", "الاسم الكامل"))
GENDER_COLUMN = Column("gender", QT_TRANSLATE_NOOP("Columns", "Gender"), GENDER, ("الجنس", "النوع", "Sex"))
BIRTH = Column("birth_date", QT_TRANSLATE_NOOP("Columns", "Birth date"), DateValue(), ("تاريخ الميلاد", "DOB"))
PHONE = Column("phone", QT_TRANSLATE_NOOP("Columns", "Phone"), Phone(), ("الهاتف", "رقم الهاتف"),
               required=False)
ROLL = (CIVIL, NAME, GENDER_COLUMN, BIRTH, PHONE)

cells = st.one_of(
    st.none(), st.text(max_size=40), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.dates(), st.datetimes(), st.times(), st.timedeltas(),
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩/-.:+ ,٫٬", max_size=14),
)
PARSERS = [Text(), Text(required=True), Integer(), Integer(minimum=0, maximum=99), Code(), GENDER,
           DateValue(), DateValue(minimum=date(1900, 1, 1)), Phone(), CivilNumber(), CivilNumber(min_length=8)]


def outcome(parser, cell):
    try:
        return parser(cell)
    except Invalid as invalid:
        return invalid.code


# ---------------------------------------------------------------------------------------------
# parsers, table-driven: (cell, expected value or expected error code)

TEXT_CASES = [
    ("  مُحَمَّد   بن  علي ", "مُحَمَّد بن علي"),
    ("\u200fسالم\u200e", "سالم"),
    ("محمـــد", "محمـــد"),  # tatweel kept for display; search keys fold it
    ("سالم\x00\x1b علي\x85", "سالم علي"),  # control codes from legacy systems
    (12.0, "12"),
    (12, "12"),
    ("", None),
    ("   ", None),
    (None, None),
    ("x" * 201, ErrorCode.VALUE_TOO_LONG),
]


@pytest.mark.parametrize(("cell", "expected"), TEXT_CASES)
def test_text(cell, expected):
    assert outcome(Text(), cell) == expected


@pytest.mark.parametrize("cell", ["", " ", "\u200f", None])
def test_required_text_refuses_blanks(cell):
    assert outcome(Text(required=True), cell) == ErrorCode.VALUE_REQUIRED


INTEGER_CASES = [
    ("12", 12),
    ("١٢", 12),
    ("۱۲", 12),
    (" 12 ", 12),
    ("+12", 12),
    ("-12", -12),
    ("\u221212", -12),
    ("1,500", 1500),
    ("١٬٥٠٠", 1500),
    ("1 500 000", 1500000),
    ("12.0", 12),
    ("١٢٫٠٠", 12),
    (12, 12),
    (12.0, 12),
    (-3.0, -3),
    ("12.5", ErrorCode.VALUE_NOT_INTEGER),
    (12.5, ErrorCode.VALUE_NOT_INTEGER),
    ("1,5", ErrorCode.VALUE_NOT_INTEGER),
    ("1,50", ErrorCode.VALUE_NOT_INTEGER),
    ("12a", ErrorCode.VALUE_NOT_INTEGER),
    ("1e3", ErrorCode.VALUE_NOT_INTEGER),
    ("٣-", ErrorCode.VALUE_NOT_INTEGER),
    ("--3", ErrorCode.VALUE_NOT_INTEGER),
    (float("nan"), ErrorCode.VALUE_NOT_INTEGER),
    (float("inf"), ErrorCode.VALUE_NOT_INTEGER),
    (True, ErrorCode.VALUE_NOT_INTEGER),
    (date(2020, 1, 1), ErrorCode.VALUE_NOT_INTEGER),
    ("", ErrorCode.VALUE_REQUIRED),
    (None, ErrorCode.VALUE_REQUIRED),
]


@pytest.mark.parametrize(("cell", "expected"), INTEGER_CASES)
def test_integer(cell, expected):
    assert outcome(Integer(), cell) == expected


def test_integer_bounds():
    assert outcome(Integer(minimum=0, maximum=10), "11") == ErrorCode.VALUE_OUT_OF_RANGE
    assert outcome(Integer(minimum=0), "-1") == ErrorCode.VALUE_TOO_SMALL
    assert outcome(Integer(maximum=10), "١١") == ErrorCode.VALUE_TOO_LARGE
    assert outcome(Integer(minimum=0, maximum=10), "10") == 10
    assert outcome(Integer(required=False), " ") is None


CODE_CASES = [
    ("om-bs-01", "OM-BS-01"),
    (" OM-MA ", "OM-MA"),
    ("٠١٢", "012"),
    ("ＡＢ１", "AB1"),  # full-width forms
    (101.0, "101"),
    (101, "101"),
    ("A" * 20, "A" * 20),
    ("A" * 21, ErrorCode.VALUE_BAD_CODE),
    ("OM BS", ErrorCode.VALUE_BAD_CODE),
    ("-OM", ErrorCode.VALUE_BAD_CODE),
    ("مسقط", ErrorCode.VALUE_BAD_CODE),
    (1.5, ErrorCode.VALUE_BAD_CODE),
    (-1, ErrorCode.VALUE_BAD_CODE),
    (date(2020, 1, 1), ErrorCode.VALUE_BAD_CODE),
    ("", ErrorCode.VALUE_REQUIRED),
]


@pytest.mark.parametrize(("cell", "expected"), CODE_CASES)
def test_code(cell, expected):
    assert outcome(Code(), cell) == expected


GENDER_CASES = [
    ("ذكر", "M"), ("أنثى", "F"), ("انثي", "F"), ("أنثـــى", "F"), ("M", "M"), ("f", "F"),
    ("Male", "M"), (" FEMALE ", "F"), ("م", "M"), ("ذ", "M"), ("أ", "F"), ("ا", "F"), ("M.", "M"),
    ("\u200fذكر", "M"), ("ذَكَر", "M"),
    ("X", ErrorCode.VALUE_NOT_CHOICE), ("ذكرى", ErrorCode.VALUE_NOT_CHOICE), (1, ErrorCode.VALUE_NOT_CHOICE),
    ("", ErrorCode.VALUE_REQUIRED),
]


@pytest.mark.parametrize(("cell", "expected"), GENDER_CASES)
def test_gender(cell, expected):
    assert outcome(GENDER, cell) == expected


def test_choice_spelling_naming_two_values_is_a_spec_error():
    with pytest.raises(ValueError):
        Choice({"A": ("yes",), "B": ("Yes",)})


def test_choice_lists_its_choices_in_the_error():
    choice = Choice({"men": ("رجال", "Men"), "women": ("نساء", "Women")})
    with pytest.raises(Invalid) as caught:
        choice("other")
    assert caught.value.params["choices"] == "رجال / نساء"


DATE_CASES = [
    ("01/01/1990", date(1990, 1, 1)),
    ("1/2/1990", date(1990, 2, 1)),  # day first
    ("13-12-1990", date(1990, 12, 13)),
    ("13.12.1990", date(1990, 12, 13)),
    ("13 / 12 / 1990", date(1990, 12, 13)),
    ("١٣/١٢/١٩٩٠", date(1990, 12, 13)),
    ("١٣؍١٢؍١٩٩٠", date(1990, 12, 13)),
    ("\u200f13/12/1990\u200f", date(1990, 12, 13)),
    ("1990-12-13", date(1990, 12, 13)),
    ("1990/12/13", date(1990, 12, 13)),
    ("1990-12-13 00:00:00", date(1990, 12, 13)),
    ("1990-12-13T00:00", date(1990, 12, 13)),
    ("29/02/2000", date(2000, 2, 29)),
    (date(1990, 1, 1), date(1990, 1, 1)),
    (datetime(1990, 1, 1), date(1990, 1, 1)),
    (32874, date(1990, 1, 1)),
    (32874.0, date(1990, 1, 1)),
    (1, date(1900, 1, 1)),
    (59, date(1900, 2, 28)),
    (61, date(1900, 3, 1)),
    (60, ErrorCode.VALUE_NOT_DATE),  # Excel's 29 February 1900, which never was
    (0, ErrorCode.VALUE_NOT_DATE),
    (-1, ErrorCode.VALUE_NOT_DATE),
    (32874.5, ErrorCode.VALUE_NOT_DATE),
    (3_000_000, ErrorCode.VALUE_NOT_DATE),
    (float("nan"), ErrorCode.VALUE_NOT_DATE),
    ("31/02/1990", ErrorCode.VALUE_NOT_DATE),
    ("29/02/1900", ErrorCode.VALUE_NOT_DATE),
    ("29/02/2001", ErrorCode.VALUE_NOT_DATE),
    ("00/01/1990", ErrorCode.VALUE_NOT_DATE),
    ("01/13/1990", ErrorCode.VALUE_NOT_DATE),
    ("1990-02-30", ErrorCode.VALUE_NOT_DATE),
    ("01/01/90", ErrorCode.VALUE_SHORT_YEAR),
    ("1/1/5", ErrorCode.VALUE_SHORT_YEAR),
    ("01/01/19900", ErrorCode.VALUE_NOT_DATE),
    ("01/01-1990", ErrorCode.VALUE_NOT_DATE),
    ("1990-12-13 10:30", ErrorCode.VALUE_NOT_DATE),
    ("32874", ErrorCode.VALUE_NOT_DATE),
    ("January 1, 1990", ErrorCode.VALUE_NOT_DATE),
    (datetime(1990, 1, 1, 10, 30), ErrorCode.VALUE_NOT_DATE),
    (time(10, 30), ErrorCode.VALUE_NOT_DATE),
    (timedelta(days=1), ErrorCode.VALUE_NOT_DATE),
    (True, ErrorCode.VALUE_NOT_DATE),
    ("", ErrorCode.VALUE_REQUIRED),
]


@pytest.mark.parametrize(("cell", "expected"), DATE_CASES)
def test_date(cell, expected):
    assert outcome(DateValue(), cell) == expected


def test_date_bounds():
    parser = DateValue(minimum=date(1900, 1, 1), maximum=date(2006, 10, 24))
    assert outcome(parser, "25/10/2006") == ErrorCode.VALUE_OUT_OF_RANGE
    with pytest.raises(Invalid) as caught:
        parser("25/10/2006")
    assert caught.value.params == {"minimum": "1900-01-01", "maximum": "2006-10-24", "value": "2006-10-25"}
    assert outcome(DateValue(minimum=date(1900, 1, 1)), "31/12/1899") == ErrorCode.VALUE_TOO_SMALL


@pytest.mark.parametrize(("serial", "expected"), [
    (1, date(1900, 1, 1)), (59, date(1900, 2, 28)), (61, date(1900, 3, 1)), (32874, date(1990, 1, 1)),
    (45658, date(2025, 1, 1)), (2958465, date(9999, 12, 31)),
])
def test_excel_serial_dates(serial, expected):
    assert excel_serial_date(serial) == expected


@pytest.mark.parametrize("serial", [0, 60, -5, 2958466, 1.5, float("inf"), True])
def test_excel_serials_without_a_date(serial):
    with pytest.raises(ValueError):
        excel_serial_date(serial)


PHONE_CASES = [
    ("+968 9912 3456", "+96899123456"),
    ("٩٩١٢٣٤٥٦", "99123456"),
    ("(968) 9912-3456", "96899123456"),
    ("00968.9912.3456", "0096899123456"),
    (96899123456.0, "96899123456"),
    (99123456, "99123456"),
    ("", None),
    ("12345", ErrorCode.VALUE_BAD_PHONE),
    ("9912345x", ErrorCode.VALUE_BAD_PHONE),
    ("++96899123456", ErrorCode.VALUE_BAD_PHONE),
    ("9912+3456", ErrorCode.VALUE_BAD_PHONE),
    ("1" * 16, ErrorCode.VALUE_BAD_PHONE),
    (-99123456, ErrorCode.VALUE_BAD_PHONE),
    (9.9e7 + 0.5, ErrorCode.VALUE_BAD_PHONE),
]


@pytest.mark.parametrize(("cell", "expected"), PHONE_CASES)
def test_phone(cell, expected):
    assert outcome(Phone(), cell) == expected


CIVIL_CASES = [
    ("12345678", "12345678"),
    ("١٢٣٤٥٦٧٨", "12345678"),
    (" 12345678 ", "12345678"),
    ("1234 5678", "12345678"),
    ("\u200f12345678", "12345678"),
    ("00123", "00123"),
    (12345678.0, "12345678"),
    (12345678, "12345678"),
    ("1.23457E+11", ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    ("12345678-", ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    ("A12345678", ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    ("1234567890123", ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    (12345678.5, ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    (-5, ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    ("12345678.", ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    ("½", ErrorCode.VALUE_BAD_CIVIL_NUMBER),
    ("１２３", "123"),  # full-width digits (NFKC)
    ("", ErrorCode.VALUE_REQUIRED),
]


@pytest.mark.parametrize(("cell", "expected"), CIVIL_CASES)
def test_civil_number(cell, expected):
    assert outcome(CivilNumber(), cell) == expected


def test_civil_number_length_is_configurable():
    parser = CivilNumber(min_length=8, max_length=9)
    assert outcome(parser, "1234567") == ErrorCode.VALUE_BAD_CIVIL_NUMBER
    assert outcome(parser, "123456789") == "123456789"
    with pytest.raises(Invalid) as caught:
        parser("1")
    assert caught.value.params == {"minimum": 8, "maximum": 9}


@given(cells)
def test_parsers_fail_only_with_invalid(cell):
    for parser in PARSERS:
        outcome(parser, cell)  # anything but Invalid escapes and fails the test


FAILURES = [
    (Text(max_length=3), "abcd"), (Text(required=True), ""), (Integer(), "x"), (Integer(minimum=0, maximum=9), 10),
    (Integer(minimum=0), -1), (Integer(maximum=9), 10), (Code(), "?"), (GENDER, "?"), (DateValue(), "x"),
    (DateValue(), "1/1/90"), (DateValue(minimum=date(2000, 1, 1)), "1/1/1990"),
    (DateValue(maximum=date(2000, 1, 1)), "1/1/2001"), (Phone(), "1"), (CivilNumber(), "x"),
]


@pytest.mark.parametrize(("parser", "cell"), FAILURES)
def test_every_failure_makes_a_whole_sentence(parser, cell):
    column = Column("c", QT_TRANSLATE_NOOP("Columns", "Count"), parser)
    with pytest.raises(Invalid) as caught:
        parser(cell)
    sentence = describe(cell_error(column, cell, caught.value).error)
    assert "{" not in sentence and sentence.startswith(("Count", "The")), sentence


def test_shown_cuts_long_values():
    assert shown("x" * 5000).endswith("…") and len(shown("x" * 5000)) == 200
    assert shown(12.0) == "12" and shown(date(1990, 1, 1)) == "1990-01-01" and shown(None) == ""


# ---------------------------------------------------------------------------------------------
# headers

@pytest.mark.parametrize("header", [
    "الرقم المدني", "الرقم  المدنى", "رقم مدني", "الرقم المدنـــي", "الرَّقْم المدني", "\u200fالرقم المدني",
    "Civil No", "civil no.", "CIVIL_NUMBER", "civil-number", "Civil number", "id",
])
def test_header_spellings_match(header):
    match = match_headers(["الاسم", header, "الجنس", "تاريخ الميلاد"], ROLL)
    assert match.complete
    assert match.mapping["civil_number"] == 1


def test_header_key_folds_spelling_habits():
    assert header_key("الرقم  المدنى") == header_key("رقم مدني") == "رقم مدني"
    assert header_key("Civil_No.") == "civil no"


def test_missing_required_columns_are_all_listed_and_optional_ones_are_not():
    match = match_headers(["الاسم", "Notes"], ROLL)
    assert not match.complete
    assert [c.key for c in match.missing] == ["civil_number", "gender", "birth_date"]
    assert match.unknown == (1,)
    assert [e.code for e in match.errors] == [ErrorCode.FILE_MISSING_COLUMN] * 3
    assert match.errors[0].params["column"] == "Civil number"
    with pytest.raises(ElectadminError):
        match.raise_if_incomplete()


def test_a_column_named_twice_is_ambiguous():
    match = match_headers(["الرقم المدني", "الاسم", "Civil No", "الجنس", "DOB"], ROLL)
    assert not match.complete
    assert [(c.key, indexes) for c, indexes in match.ambiguous] == [("civil_number", (0, 2))]
    (error,) = match.errors
    assert error.code is ErrorCode.FILE_AMBIGUOUS_COLUMN
    assert "“الرقم المدني” / “Civil No”" in describe(error)


def test_the_users_mapping_settles_ambiguity_and_unknown_headers():
    headers = ["الرقم المدني", "الاسم", "Civil No", "الجنس", "DOB", "رقم الجوال"]
    match = match_headers(headers, ROLL, {"civil_number": 2, "phone": "رقم الجوال"})
    assert match.complete
    assert match.mapping == {"civil_number": 2, "phone": 5, "name": 1, "gender": 3, "birth_date": 4}
    assert match.unknown == (0,)


def test_a_chosen_header_not_in_the_file_leaves_the_column_missing():
    match = match_headers(["الاسم", "الجنس", "DOB"], ROLL, {"civil_number": "هوية"})
    assert [c.key for c in match.missing] == ["civil_number"]
    with pytest.raises(ValueError):
        match_headers(["الاسم"], ROLL, {"nonsense": 0})


def test_a_column_without_a_header_text_can_be_chosen():
    match = match_headers(["", "الاسم", "الجنس", "DOB"], ROLL, {"civil_number": 0})
    assert match.complete and match.mapping["civil_number"] == 0


def test_translated_labels_are_headers_too():
    arabic = {"Civil number": "رقم البطاقة", "Name": "اسم الناخب"}

    def translate(context: str, text: str) -> str:
        return arabic.get(text, text)

    headers = ["رقم البطاقة", "اسم الناخب", "الجنس", "DOB"]
    assert not match_headers(headers, ROLL).complete
    assert match_headers(headers, ROLL, translate=translate).complete


def test_a_header_claimed_by_two_columns_is_ambiguous():
    first = Column("a", QT_TRANSLATE_NOOP("Columns", "A"), aliases=("رقم",))
    second = Column("b", QT_TRANSLATE_NOOP("Columns", "B"), aliases=("رقم",))
    match = match_headers(["رقم"], (first, second))
    assert {c.key for c, _ in match.ambiguous} == {"a", "b"}


# ---------------------------------------------------------------------------------------------
# rows

GOOD = ["12345678", "سالم بن علي", "ذكر", "01/01/1990"]


def test_every_bad_cell_of_a_row_is_reported_not_only_the_first():
    match = match_headers(["الرقم المدني", "الاسم", "الجنس", "تاريخ الميلاد"], ROLL)
    rows = [Row(2, GOOD), Row(3, ["x", "", "?", "31/02/1990"]), Row(5, ["87654321", "علي"])]
    parsed = list(parse_rows(rows, ROLL, match))
    assert [p.number for p in parsed] == [2, 3, 5]
    assert parsed[0].ok and parsed[0].values == {
        "civil_number": "12345678", "name": "سالم بن علي", "gender": "M", "birth_date": date(1990, 1, 1),
        "phone": None}
    assert [e.error.code for e in parsed[1].errors] == [
        ErrorCode.VALUE_BAD_CIVIL_NUMBER, ErrorCode.VALUE_REQUIRED, ErrorCode.VALUE_NOT_CHOICE,
        ErrorCode.VALUE_NOT_DATE]
    assert [e.error.code for e in parsed[2].errors] == [ErrorCode.VALUE_REQUIRED] * 2  # short row
    error = parsed[1].errors[3]
    assert isinstance(error, RowError)
    assert error.column == "Birth date" and error.column.context == "Columns"
    assert error.value == "31/02/1990"
    assert error.error.params["field"] is BIRTH.label
    assert describe(error.error) == "Birth date is not a valid date: “31/02/1990”."


def test_error_text_is_translated_late():
    match = match_headers(["الرقم المدني", "الاسم", "الجنس", "تاريخ الميلاد"], ROLL)
    (parsed,) = parse_rows([Row(2, ["1", "", "ذكر", "1/1/1990"])], ROLL, match)
    arabic = {"{field} is required.": "{field} مطلوب.", "Name": "الاسم"}
    assert describe(parsed.errors[0].error, lambda context, text: arabic.get(text, text)) == "الاسم مطلوب."


def test_parse_rows_refuses_an_incomplete_match():
    with pytest.raises(ElectadminError) as caught:
        list(parse_rows([Row(2, GOOD)], ROLL, match_headers(["الاسم"], ROLL)))
    assert caught.value.code is ErrorCode.FILE_MISSING_COLUMN


def test_parse_rows_accepts_a_plain_mapping():
    (parsed,) = parse_rows([Row(7, ["", *GOOD])], ROLL, {"civil_number": 1, "name": 2, "gender": 3,
                                                         "birth_date": 4})
    assert parsed.ok and parsed.number == 7


def test_duplicates_name_the_row_first_seen():
    seen = Duplicates(CIVIL)
    assert seen.check(2, "1") is None
    assert seen.check(3, "2") is None
    repeat = seen.check(9, "1")
    assert repeat is not None
    assert repeat.error.code is ErrorCode.VALUE_DUPLICATE
    assert repeat.error.params["first_row"] == 2 and repeat.error.params["value"] == "1"
    assert describe(repeat.error) == "Civil number “1” appears twice: it is already on row 2."
    assert seen.check(12, "1").error.params["first_row"] == 2
    assert seen.check(4, None) is None and len(seen) == 2


def test_problems_count_bad_rows_and_reject():
    problems = Problems()
    assert not problems
    problems.add_header(match_headers(["الاسم"], ROLL))
    match = match_headers(["الرقم المدني", "الاسم", "الجنس", "تاريخ الميلاد"], ROLL)
    for parsed in parse_rows([Row(2, GOOD), Row(3, ["x", "", "?", "x"]), Row(4, ["", "a", "M", 1])],
                             ROLL, match):
        problems.add_parsed(parsed)
    assert len(problems) == 3 + 4 + 1 and problems.bad_rows == 2
    assert [p.row for p in problems][:4] == [None, None, None, 3]
    rejection = problems.rejection()
    assert rejection.code is ErrorCode.FILE_REJECTED and rejection.params["count"] == 2


def test_header_match_is_a_value():
    match = match_headers(["الرقم المدني", "الاسم", "الجنس", "تاريخ الميلاد"], ROLL)
    assert isinstance(match, HeaderMatch) and match.headers[0] == "الرقم المدني"
