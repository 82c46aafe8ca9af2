"""Geography: validation, aliases, stations, reference load (63 wilayats, 90 seats), freezing."""

from __future__ import annotations

import pytest

from electadmin.domain.election import Phase
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import CentreKind
from electadmin.services import geography
from electadmin.services.election import set_phase
from electadmin.services.geography import CentreDTO, GovernorateDTO, WilayatDTO
from electadmin.services.reference import load_reference_geography


@pytest.fixture
def muscat(store):
    geography.save_governorate(store, GovernorateDTO("MA", "مسقط", "Muscat"))
    geography.save_wilayat(store, WilayatDTO("MA01", "MA", "بهلا", "Bahla", 2, ("بهلاء",)))
    return store


def _code(call) -> ErrorCode:
    with pytest.raises(ElectadminError) as caught:
        call()
    return caught.value.code


def test_codes_are_unique_per_kind_and_normalised(muscat):
    assert _code(lambda: geography.save_wilayat(muscat, WilayatDTO("ma01", "MA", "نزوى", "", 1))) \
        is ErrorCode.GEO_DUPLICATE_CODE
    assert _code(lambda: geography.save_governorate(muscat, GovernorateDTO("M A", "x"))) is ErrorCode.VALUE_BAD_CODE
    saved = geography.save_wilayat(muscat, WilayatDTO("ma٠٢", "MA", "نزوى", "Nizwa", 1))
    assert saved.code == "MA02"


def test_seats_and_stations_are_bounded(muscat):
    assert _code(lambda: geography.save_wilayat(muscat, WilayatDTO("MA02", "MA", "نزوى", "", 0))) is ErrorCode.GEO_SEATS
    assert _code(lambda: geography.save_centre(muscat, CentreDTO("C1", "MA01", "مدرسة", stations=0))) \
        is ErrorCode.GEO_STATIONS
    assert _code(lambda: geography.save_centre(muscat, CentreDTO("C1", "MA01", "مدرسة", stations=51))) \
        is ErrorCode.GEO_STATIONS


def test_a_centre_belongs_to_exactly_one_existing_wilayat(muscat):
    assert _code(lambda: geography.save_centre(muscat, CentreDTO("C1", "ZZ99", "مدرسة"))) \
        is ErrorCode.GEO_UNKNOWN_WILAYAT
    geography.save_centre(muscat, CentreDTO("C1", "MA01", "مدرسة", kind=CentreKind.WOMEN, stations=3))
    geography.save_wilayat(muscat, WilayatDTO("MA02", "MA", "نزوى", "", 1))
    geography.save_centre(muscat, CentreDTO("C1", "MA02", "مدرسة", kind=CentreKind.WOMEN, stations=3), "C1")
    assert [(c.code, c.wilayat_code) for c in geography.list_centres(muscat)] == [("C1", "MA02")]


def test_stations_follow_the_centre(muscat):
    geography.save_centre(muscat, CentreDTO("C1", "MA01", "مدرسة", stations=3))
    geography.save_centre(muscat, CentreDTO("C2", "MA01", "مدرسة", stations=2), "C1")
    assert geography.summary(muscat).stations == 2
    assert geography.list_centres(muscat)[0].code == "C2"


def test_aliases_find_wilayats_and_cannot_collide(muscat):
    assert geography.find_wilayat(muscat, "بهلاء").code == "MA01"
    assert geography.find_wilayat(muscat, "بَهْلا").code == "MA01"
    assert geography.find_wilayat(muscat, "bahla").code == "MA01"
    assert geography.find_wilayat(muscat, "نزوى") is None
    assert _code(lambda: geography.save_wilayat(muscat, WilayatDTO("MA02", "MA", "نزوى", "", 1, ("بهلاء",)))) \
        is ErrorCode.GEO_DUPLICATE_ALIAS
    assert _code(lambda: geography.save_wilayat(muscat, WilayatDTO("MA02", "MA", "نزوى", "", 1, ("بهلا",)))) \
        is ErrorCode.GEO_DUPLICATE_ALIAS


def test_in_use_things_cannot_be_deleted(muscat):
    geography.save_centre(muscat, CentreDTO("C1", "MA01", "مدرسة"))
    assert _code(lambda: geography.delete_governorate(muscat, "MA")) is ErrorCode.GEO_IN_USE
    assert _code(lambda: geography.delete_wilayat(muscat, "MA01")) is ErrorCode.GEO_IN_USE
    geography.delete_centre(muscat, "C1")
    geography.delete_wilayat(muscat, "MA01")
    geography.delete_governorate(muscat, "MA")
    assert geography.summary(muscat) == geography.GeographySummary(0, 0, 0, 0, 0)


def test_reference_geography_is_oman_2023(store):
    load_reference_geography(store)
    totals = geography.summary(store)
    assert (totals.governorates, totals.wilayats, totals.seats) == (11, 63, 90)
    wilayats = geography.list_wilayats(store)
    assert sum(1 for w in wilayats if w.seats == 2) == 27
    assert len({w.code for w in wilayats}) == 63
    assert geography.find_wilayat(store, "بهلاء").name_en == "Bahla"
    assert geography.find_wilayat(store, "Seeb").name_ar == "السيب"
    assert _code(lambda: load_reference_geography(store)) is ErrorCode.GEO_NOT_EMPTY


def test_geography_freezes_once_polling_opens(muscat):
    for phase in (Phase.ROLL, Phase.CANDIDACY, Phase.POLLING):
        set_phase(muscat, phase)
    assert _code(lambda: geography.save_wilayat(muscat, WilayatDTO("MA01", "MA", "بهلا", "", 3), "MA01")) \
        is ErrorCode.ELECTION_FROZEN
    assert geography.list_wilayats(muscat)[0].seats == 2
