"""The demo election: a complete, realistic, generated election to learn and test the application on.

It is marked ``is_demo`` (the window title, the status bar, every report and export say DEMO) and holds
no real person. Each area adds its own step to :data:`DEMO_STEPS`; a step is long work (a generator of
progress) that receives the store, the options and a seeded random generator, so the same options
always give the same election.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from electadmin.domain.roles import Permission
from electadmin.domain.audit import EventType
from electadmin.domain.election import ElectionDefinition, ElectionRules, ElectionType, Window
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.geography import CentreKind
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services.authz import requires
from electadmin.services import audit
from electadmin.services.election import ElectionInfo, create_election, get_election, has_election
from electadmin.services.geography import (
    CentreDTO,
    GeographyRecord,
    apply_records,
    list_governorates,
    list_wilayats,
)
from electadmin.services.reference import load_reference_geography
from electadmin.services.store import Store
from electadmin.services.users import bind_demo_clerk, create_demo_accounts

STEP_ELECTION = QT_TRANSLATE_NOOP("Progress", "Creating the election")
STEP_GEOGRAPHY = QT_TRANSLATE_NOOP("Progress", "Loading Oman's geography")
STEP_CENTRES = QT_TRANSLATE_NOOP("Progress", "Creating polling centres")


@dataclass(frozen=True, slots=True)
class DemoOptions:
    voters: int = 50_000
    seed: int = 2027


DemoStep = Callable[[Store, DemoOptions, random.Random], Work[None]]


def demo_definition() -> ElectionDefinition:
    return ElectionDefinition(
        name_ar="انتخابات أعضاء مجلس الشورى للفترة الحادية عشرة",
        name_en="Shura Council elections, 11th term",
        type=ElectionType.SHURA,
        polling_date=date(2027, 10, 24),
        rules=ElectionRules(
            transfer_window=Window(date(2027, 3, 1), date(2027, 4, 30)),
            objection_window=Window(date(2027, 5, 1), date(2027, 5, 15)),
            candidacy_window=Window(date(2027, 5, 20), date(2027, 6, 10)),
            appeal_window=Window(date(2027, 6, 11), date(2027, 6, 25)),
        ),
        is_demo=True,
    )


_SCHOOL_NAMES = (
    "مدرسة الإمام جابر بن زيد", "مدرسة الخليل بن أحمد الفراهيدي", "مدرسة أبي عبيدة", "مدرسة الرميثي",
    "مدرسة عزان بن قيس", "مدرسة ابن رشد", "مدرسة الفاروق", "مدرسة المعرفة", "مدرسة النهضة",
    "مدرسة الخنساء", "مدرسة أسماء بنت أبي بكر", "مدرسة حفصة بنت سيرين", "مدرسة سعيد بن سلطان",
    "مدرسة الإمام ناصر بن مرشد", "مدرسة أحمد بن ماجد", "مدرسة مازن بن غضوبة", "قاعة المركز الثقافي",
    "مجمع الولاية الرياضي", "مدرسة الرستاقي", "مدرسة السلطان قابوس",
)


def _centres_step(store: Store, options: DemoOptions, rng: random.Random) -> Work[None]:
    """Centres for every wilayat: more and larger centres where there are more seats."""
    governorates = {g.code: g for g in list_governorates(store)}
    wilayats = list_wilayats(store)
    records = []
    for index, wilayat in enumerate(wilayats):
        count = rng.randint(2, 3) if wilayat.seats == 1 else rng.randint(3, 5)
        names = rng.sample(_SCHOOL_NAMES, count)
        kinds = [CentreKind.MEN, CentreKind.WOMEN] + [CentreKind.JOINT] * (count - 2)
        for number, (name, kind) in enumerate(zip(names, kinds, strict=True), start=1):
            stations = rng.randint(1, 3) + (1 if wilayat.seats > 1 else 0)
            records.append(GeographyRecord(
                governorate=governorates[wilayat.governorate_code],
                wilayat=wilayat,
                centre=CentreDTO(code=f"{wilayat.code}-C{number:02d}", wilayat_code=wilayat.code,
                                 name_ar=f"{name} - {wilayat.name_ar}", name_en="", kind=kind,
                                 address=f"{wilayat.name_ar}، سلطنة عمان", stations=stations),
            ))
        yield Progress(index + 1, len(wilayats), STEP_CENTRES)
    with store.write() as session:
        apply_records(session, records)


DEMO_STEPS: list[DemoStep] = [_centres_step]

# roll: generated voters over the centres (before the candidates, who are taken from the roll)
from electadmin.services.roll_demo import roll_step  # noqa: E402

DEMO_STEPS.append(roll_step)

# candidates: applications in every wilayat, decided, ballot orders fixed (after the roll's step, if any)
from electadmin.services.candidates_demo import candidates_step  # noqa: E402

DEMO_STEPS.append(candidates_step)

# polling: part of a few centres' voters checked in, so turnout shows (before the count)
from electadmin.services.polling_demo import polling_step  # noqa: E402

DEMO_STEPS.append(polling_step)

# results: count records for most stations, a tie awaiting its draw, some constituencies certified
from electadmin.services.results_demo import results_step  # noqa: E402

DEMO_STEPS.append(results_step)

# committees: the main committee with its members' signing keys (the wilayats' come with the results)
from electadmin.services.committees_demo import committees_step  # noqa: E402

DEMO_STEPS.append(committees_step)


@requires(Permission.DEMO_CREATE)
def populate_demo(store: Store, options: DemoOptions = DemoOptions()) -> Work[ElectionInfo]:
    """Fill an empty store with the demo election."""
    if has_election(store):
        raise ElectadminError(ErrorCode.ELECTION_EXISTS)
    yield Progress(0, 0, STEP_ELECTION)
    create_election(store, demo_definition())
    yield Progress(0, 0, STEP_GEOGRAPHY)
    load_reference_geography(store)
    rng = random.Random(options.seed)
    for step in DEMO_STEPS:
        yield from step(store, options, rng)
    with store.write() as session:
        audit.record(session, EventType.DEMO_CREATED, "election", "demo",
                     after={"voters": options.voters, "seed": options.seed})
    return get_election(store)


def create_demo(target: str | Path, options: DemoOptions = DemoOptions()) -> Work[ElectionInfo]:
    """Create the demo election at *target* (a new file or an empty database), with its demo
    accounts (one per role, :data:`electadmin.services.users.DEMO_ACCOUNTS`), built as the demo's
    administrator."""
    store = Store.open(target, create=True)
    try:
        if has_election(store):
            raise ElectadminError(ErrorCode.ELECTION_EXISTS)
        create_demo_accounts(store)
        info = yield from populate_demo(store, options)
        bind_demo_clerk(store)
        return info
    finally:
        store.close()
