"""Draws by lot: the seed method is reproducible by hand, a physical order must be the tied group."""

import hashlib
import pickle
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from electadmin.domain.draw import (
    Draw,
    DrawMethod,
    check_permutation,
    normalise_seed,
    physical_draw,
    seed_digest,
    seed_order,
    seed_draw,
)
from electadmin.domain.errors import ElectadminError, ErrorCode, describe

MUSCAT = timezone(timedelta(hours=4))
AT = datetime(2023, 10, 30, 1, 15, tzinfo=MUSCAT)
WITNESSES = ("سالم بن سعيد الحارثي", "مريم بنت خلفان البلوشي")

keys = st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-", min_size=1, max_size=6)
groups = st.lists(keys, min_size=2, max_size=8, unique=True)
seeds = st.text(min_size=1).filter(lambda s: s.strip())


def test_known_vector_recomputed_with_sha256sum():
    # for k in 07 12 15; do printf '%s' "2023-10-29 A:$k" | sha256sum; done  → sorted by digest
    assert seed_order("2023-10-29 A", ["07", "12", "15"]) == ("15", "12", "07")
    assert seed_digest("2023-10-29 A", "15") == (
        "0a938ef99f81ce4a2f74194eb041659c69fd2466efafd6f8dc7a67d51cd82af3")
    assert seed_digest("قرعة بهلا", "3") == "4d77f02782e53bc7adf2d8482244dd84a2d982ca8afa8e1a93242819907b38f0"


@given(seeds, groups)
def test_seed_order_is_a_deterministic_permutation(seed, tied):
    order = seed_order(seed, tied)
    assert sorted(order) == sorted(tied)
    assert seed_order(seed, tied) == order
    assert seed_order(seed, list(reversed(tied))) == order


@given(seeds, groups)
def test_seed_order_follows_the_documented_recipe(seed, tied):
    normal = normalise_seed(seed)
    by_hand = sorted(tied, key=lambda k: hashlib.sha256(f"{normal}:{k}".encode()).hexdigest())
    assert list(seed_order(seed, tied)) == by_hand


def test_seed_is_composed_and_trimmed():
    decomposed = "ا\u0653"  # alef + combining madda, composes to آ
    assert normalise_seed(f"  {decomposed}  ") == "آ"
    assert seed_order(f" {decomposed}", ["1", "2", "3"]) == seed_order("آ", ["1", "2", "3"])


def test_different_seeds_give_different_orders_somewhere():
    tied = [f"{i:02d}" for i in range(1, 9)]
    assert len({seed_order(f"seed {n}", tied) for n in range(20)}) > 1


@pytest.mark.parametrize("seed", ["", "   ", "\n\t"])
def test_empty_seed_is_refused(seed):
    with pytest.raises(ElectadminError) as raised:
        seed_order(seed, ["1", "2"])
    assert raised.value.code is ErrorCode.DRAW_EMPTY_SEED


@pytest.mark.parametrize("tied", [[], ["1"], ["1", "1"], ["1", ""]])
def test_a_tie_is_between_distinct_candidates(tied):
    with pytest.raises(ValueError):
        seed_order("x", tied)


def test_seed_draw_records_everything_in_utc():
    draw = seed_draw(["12", "07", "15"], " 2023-10-29 A ", drawn_by="  رئيس   اللجنة ",
                     witnesses=[*WITNESSES, "  "], drawn_at=AT)
    assert draw.method is DrawMethod.SEED
    assert draw.tied == ("07", "12", "15")
    assert draw.order == ("15", "12", "07")
    assert draw.seed == "2023-10-29 A"
    assert draw.drawn_by == "رئيس اللجنة"
    assert draw.witnesses == WITNESSES
    assert draw.drawn_at == datetime(2023, 10, 29, 21, 15, tzinfo=UTC)
    assert draw.drawn_at.tzinfo is UTC
    draw.verify()


def test_physical_draw_keeps_the_order_typed():
    draw = physical_draw(["07", "12", "15"], ["12", "15", "07"], drawn_by="الوالي", witnesses=WITNESSES,
                         drawn_at=AT)
    assert draw.method is DrawMethod.PHYSICAL
    assert draw.order == ("12", "15", "07")
    assert draw.seed is None
    draw.verify()


@pytest.mark.parametrize(("order", "missing", "unexpected", "repeated"), [
    (["07", "12"], "15", "—", "—"),
    (["07", "12", "15", "99"], "—", "99", "—"),
    (["07", "12", "12", "15"], "—", "—", "12"),
    (["07", "12", "12"], "15", "—", "12"),
])
def test_physical_order_must_be_a_permutation(order, missing, unexpected, repeated):
    with pytest.raises(ElectadminError) as raised:
        physical_draw(["07", "12", "15"], order, drawn_by="الوالي", witnesses=WITNESSES, drawn_at=AT)
    error = raised.value
    assert error.code is ErrorCode.DRAW_NOT_PERMUTATION
    assert (error.params["missing"], error.params["unexpected"], error.params["repeated"]) == (
        missing, unexpected, repeated)
    assert "07، 12، 15" in describe(error)


@given(groups, st.randoms(use_true_random=False))
def test_any_shuffle_is_a_valid_physical_order(tied, rnd):
    order = list(tied)
    rnd.shuffle(order)
    assert check_permutation(order, tied) == tuple(order)


@pytest.mark.parametrize("witnesses", [[], ["", "  "]])
def test_a_draw_needs_a_witness(witnesses):
    with pytest.raises(ElectadminError) as raised:
        seed_draw(["1", "2"], "s", drawn_by="الوالي", witnesses=witnesses, drawn_at=AT)
    assert raised.value.code is ErrorCode.DRAW_NO_WITNESS


def test_a_draw_needs_who_drew():
    with pytest.raises(ElectadminError) as raised:
        physical_draw(["1", "2"], ["2", "1"], drawn_by=" ", witnesses=WITNESSES, drawn_at=AT)
    assert raised.value.code is ErrorCode.DRAW_NO_DRAWER


def test_a_naive_time_is_refused():
    with pytest.raises(ValueError):
        seed_draw(["1", "2"], "s", drawn_by="الوالي", witnesses=WITNESSES, drawn_at=datetime(2023, 10, 30))


def test_verify_catches_an_order_the_seed_does_not_give():
    honest = seed_draw(["07", "12", "15"], "2023-10-29 A", drawn_by="الوالي", witnesses=WITNESSES,
                       drawn_at=AT)
    forged = Draw(honest.method, honest.tied, ("07", "12", "15"), honest.drawn_by, honest.witnesses,
                  honest.drawn_at, honest.seed)
    with pytest.raises(ElectadminError) as raised:
        forged.verify()
    assert raised.value.code is ErrorCode.DRAW_SEED_MISMATCH


def test_verify_catches_a_stored_record_without_witnesses():
    draw = Draw(DrawMethod.PHYSICAL, ("1", "2"), ("2", "1"), "الوالي", (), AT)
    with pytest.raises(ElectadminError) as raised:
        draw.verify()
    assert raised.value.code is ErrorCode.DRAW_NO_WITNESS


def test_draw_errors_survive_pickling():
    error = ElectadminError(ErrorCode.DRAW_NO_WITNESS)
    assert pickle.loads(pickle.dumps(error)).code is ErrorCode.DRAW_NO_WITNESS


def test_draw_error_codes_are_stable():
    assert {ErrorCode.DRAW_NOT_PERMUTATION.value, ErrorCode.DRAW_NO_WITNESS.value,
            ErrorCode.DRAW_NO_DRAWER.value, ErrorCode.DRAW_EMPTY_SEED.value,
            ErrorCode.DRAW_SEED_MISMATCH.value, ErrorCode.DRAW_WRONG_GROUP.value} == {
        "draw.not_permutation", "draw.no_witness", "draw.no_drawer", "draw.empty_seed",
        "draw.seed_mismatch", "draw.wrong_group"}
