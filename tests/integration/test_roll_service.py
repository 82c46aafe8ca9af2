"""Reading the roll on SQLite and PostgreSQL: lookup, search by any spelling, filters, pages, statistics."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from electadmin.domain.geography import CentreKind
from electadmin.domain.progress import run_to_end
from electadmin.services.election import get_election, update_election
from electadmin.services.geography import CentreDTO, save_centre
from electadmin.services.reference import load_reference_geography
from electadmin.services.roll import (
    RollFilter,
    count_voters,
    find_voter,
    roll_statistics,
    search_voters,
    voter_page,
)
from electadmin.services.roll_file import import_roll

HEADERS = ["الرقم المدني", "الاسم", "الجنس", "تاريخ الميلاد", "الولاية", "المركز", "الهاتف"]

# (civil number, name as written, gender, birth date, centre)
PEOPLE = [
    ("1001", "أحمد بن سالم بن علي الحارثي", "ذكر", "15/03/1985", "MA01-M"),
    ("1002", "احمد بن خالد بن سعيد البلوشي", "M", "1990-07-01", "MA01-M"),
    ("1003", "فاطمة بنت ناصر بن حمد الكندي", "أنثى", "01/01/1970", "MA01-F"),
    ("1004", "فاطمه بنت محمد بن سيف الرواحي", "F", "02/02/2000", "MA01-F"),
    ("1005", "مصطفى بن يوسف بن علي اللواتي", "ذكر", "10/10/1960", "MA02-J"),
    ("1006", "مصطفي بن حمد بن سالم العامري", "ذكر", "11/11/1975", "MA02-J"),
    ("1007", "مُحَمَّد بن إبراهيم بن سالم الكمزاري", "ذكر", "12/12/1988", "MA02-J"),
    ("1008", "عائشـــة بنت سالم بن خلفان الهنائي", "أنثى", "05/05/2008", "MA02-J"),  # 19 on polling day
    ("1009", "إبراهيم بن أحمد بن مصطفى الشحي", "ذكر", "01/06/1950", "MA02-J"),
]
POLLING = date(2027, 10, 24)


def add_centres(store) -> None:
    load_reference_geography(store)
    save_centre(store, CentreDTO("MA01-M", "MA01", "مدرسة الخليل للرجال", kind=CentreKind.MEN))
    save_centre(store, CentreDTO("MA01-F", "MA01", "مدرسة الخنساء للنساء", kind=CentreKind.WOMEN))
    save_centre(store, CentreDTO("MA02-J", "MA02", "قاعة مطرح", kind=CentreKind.JOINT))


def write_roll(path, rows, headers=HEADERS) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        out = csv.writer(file)
        out.writerow(headers)
        for civil, name, gender, birth, centre, *rest in rows:
            wilayat = centre.split("-")[0]
            out.writerow([civil, name, gender, birth, wilayat, centre, *(rest or [""])])


@pytest.fixture
def roll(store, tmp_path):
    add_centres(store)
    path = tmp_path / "roll.csv"
    write_roll(path, PEOPLE)
    run_to_end(import_roll(store, path))
    return store


def names(voters) -> set[str]:
    return {v.civil_number for v in voters}


def test_find_by_civil_number_in_either_digit_system(roll):
    voter = find_voter(roll, "١٠٠٣")
    assert voter is not None and voter.name == "فاطمة بنت ناصر بن حمد الكندي"
    assert (voter.gender, voter.birth_date, voter.wilayat_code, voter.centre_code) == ("F", date(1970, 1, 1), "MA01",
                                                                                      "MA01-F")
    assert voter.age == 57 and voter.eligible and voter.status == "active"
    assert find_voter(roll, "999999") is None


def test_age_is_counted_on_polling_day_and_the_young_are_flagged_not_left_out(roll):
    young = find_voter(roll, "1008")
    assert young.age == 19 and not young.eligible
    assert young.name == "عائشـــة بنت سالم بن خلفان الهنائي"  # shown as written, tatweel and all


@pytest.mark.parametrize(("typed", "expected"), [
    ("أحمد", {"1001", "1002", "1009"}),
    ("احمد", {"1001", "1002", "1009"}),
    ("فاطمة", {"1003", "1004"}),
    ("فاطمه", {"1003", "1004"}),
    ("مصطفى", {"1005", "1006", "1009"}),
    ("مصطفي", {"1005", "1006", "1009"}),
    ("مُصْطَفَى", {"1005", "1006", "1009"}),
    ("محمد", {"1004", "1007"}),
    ("عائشة", {"1008"}),
    ("عائـشـة", {"1008"}),
    ("براه", {"1007", "1009"}),  # a fragment inside إبراهيم
    ("الحارث", {"1001"}),
    ("احمد الشحي", {"1009"}),  # two words, both must occur
    ("فا", {"1003", "1004"}),  # shorter than a trigram: the start of the name
    ("100", {f"100{i}" for i in range(1, 10)}),  # the start of a civil number
    ("١٠٠٥", {"1005"}),
])
def test_search_finds_every_common_spelling(roll, typed, expected):
    assert names(search_voters(roll, typed)) == expected


def test_search_results_are_in_name_order_limited_and_filtered(roll):
    found = search_voters(roll, "بن")  # a prefix no name starts with
    assert found == []
    found = search_voters(roll, "سالم", limit=50)
    keys = [v.name for v in found]
    assert names(found) == {"1001", "1006", "1007", "1008"}
    from electadmin.domain.arabic import search_key
    assert [search_key(k) for k in keys] == sorted(search_key(k) for k in keys)
    first_two = search_voters(roll, "سالم", limit=2)
    assert [v.civil_number for v in first_two] == ["1001", "1008"]  # احمد, عائشه: not the index's first two
    assert first_two.more and not found.more
    assert names(search_voters(roll, "سالم", filter=RollFilter(gender="F"))) == {"1008"}
    assert search_voters(roll, "   ") == []


def test_a_centre_search_matches_short_words_anywhere_in_name_order(roll):
    men = RollFilter(centre_code="MA01-M")
    assert search_voters(roll, "حم") == []  # over the roll, two letters are the start of a name
    found = search_voters(roll, "حم", filter=men)  # inside أحمد, in a centre's walk
    assert [v.civil_number for v in found] == ["1002", "1001"]  # احمد بن خالد before احمد بن سالم
    assert not found.more
    joint = RollFilter(centre_code="MA02-J")
    assert [v.civil_number for v in search_voters(roll, "بن سالم", filter=joint)] == ["1008", "1007", "1006"]
    capped = search_voters(roll, "بن", filter=joint, limit=2)
    assert [v.civil_number for v in capped] == ["1009", "1008"] and capped.more
    assert search_voters(roll, "الشحي", filter=men) == []


def test_counts_and_filters(roll):
    assert count_voters(roll) == 9
    assert count_voters(roll, RollFilter(wilayat_code="MA01")) == 4
    assert count_voters(roll, RollFilter(centre_code="MA02-J")) == 5
    assert count_voters(roll, RollFilter(gender="F")) == 3
    assert count_voters(roll, RollFilter(age_band=(21, 40))) == 3  # born 1988, 1990, 2000
    assert count_voters(roll, RollFilter(age_band=(19, 19))) == 1
    assert count_voters(roll, RollFilter(query="احمد")) == 3
    assert count_voters(roll, RollFilter(wilayat_code="NOPE")) == 0
    assert count_voters(roll, RollFilter(status="removed")) == 0


def test_pages_follow_the_normalised_name_order_and_see_changes(roll, tmp_path):
    everyone = voter_page(roll, None, 0, 100)
    from electadmin.domain.arabic import search_key
    assert [search_key(v.name) for v in everyone] == sorted(search_key(v.name) for v in everyone)
    assert len(everyone) == 9
    assert voter_page(roll, None, 3, 2) == everyone[3:5]
    assert voter_page(roll, None, 50, 10) == []
    women = voter_page(roll, RollFilter(gender="F"), 0, 10)
    assert [v.civil_number for v in women] == [v.civil_number for v in everyone if v.gender == "F"]
    # a new voter appears in the next page asked for (the cached order knows the roll changed)
    path = tmp_path / "more.csv"
    write_roll(path, [*PEOPLE, ("1010", "آمنة بنت علي بن سالم الحارثي", "أنثى", "03/03/1993", "MA01-F")])
    run_to_end(import_roll(roll, path))
    after = voter_page(roll, None, 0, 100)
    assert [v.civil_number for v in after[:4]] == ["1009", "1002", "1001", "1010"]  # ابراهيم, احمد…, امنه
    assert count_voters(roll, RollFilter(gender="F")) == 4


def test_statistics_by_wilayat_centre_gender_and_age_band(roll):
    stats = roll_statistics(roll)
    assert stats.bands[0].minimum == 21 and stats.bands[1].label == "31–40" and stats.bands[-1].maximum is None
    assert (stats.total.men, stats.total.women, stats.total.under_age) == (6, 2, 1)
    muscat = next(w for w in stats.wilayats if w.wilayat.code == "MA01")
    assert (muscat.wilayat.men, muscat.wilayat.women) == (2, 2)
    women_centre = next(c for c in muscat.centres if c.code == "MA01-F")
    assert women_centre.women_by_band == (1, 0, 0, 1, 0, 0, 0)  # 27 and 57 years old
    matrah = next(w for w in stats.wilayats if w.wilayat.code == "MA02")
    assert matrah.wilayat.total == 4 and matrah.wilayat.under_age == 1
    assert sum(w.wilayat.total for w in stats.wilayats) == 8
    assert stats.removed == 0


def test_without_a_polling_date_ages_are_counted_today(roll):
    definition = get_election(roll).definition
    from dataclasses import replace
    update_election(roll, replace(definition, polling_date=None))
    voter = find_voter(roll, "1001")
    today = date.today()
    assert voter.age == today.year - 1985 - ((today.month, today.day) < (3, 15))
    update_election(roll, definition)
    assert find_voter(roll, "1001").age == 42
