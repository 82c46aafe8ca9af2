"""The demo election's roll: generated voters with realistic Omani names, no real person.

Names are given name + بن/بنت + father + بن + grandfather + family name, from lists of common
names; one name in ten is typed the way people often type it (no hamza on the alef, ه for ة, ي for
ى), as real rolls are, so that searching can be tried on the variants. About 52% men (DOMAIN.md:
51.86% in 2023), ages from the voting age up, most between 31 and 40; men are registered in men's
and joint centres, women in women's and joint centres; about seven in ten have a phone number.

Bulk by construction: generated in chunks, written as tuples through
:class:`~electadmin.services.roll_file.VoterWriter` (into an empty roll on SQLite without indexes,
built once at the end), in one transaction with one audit entry.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from electadmin.domain.arabic import search_key
from electadmin.domain.audit import EventType
from electadmin.domain.eligibility import latest_birth_for_age
from electadmin.domain.geography import CentreKind
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.domain.roles import Permission
from electadmin.services import audit
from electadmin.services.candidates_demo import FAMILIES, FATHERS, MEN, WOMEN
from electadmin.services.election import current_definition
from electadmin.services.roll_file import VoterWriter
from electadmin.services.authz import requires
from electadmin.services.store import Store
from electadmin.storage.models import PollingCentre, Voter, Wilayat

STEP_ROLL = QT_TRANSLATE_NOOP("Progress", "Generating the roll")

MORE_MEN = ("حمدان", "خلفان", "مبارك", "سلطان", "جمعة", "خميس", "عامر", "مصطفى", "موسى", "عيسى",
            "يحيى", "زكريا", "فهد", "ماجد", "وليد", "طارق", "أسعد", "أنور", "إسحاق", "عبدالرحمن",
            "عبدالعزيز", "حمزة", "أسامة", "منصور", "صالح", "سعود", "نبهان", "مرهون", "شنون", "بخيت")
MORE_WOMEN = ("شيخة", "موزة", "خديجة", "سلمى", "زينب", "أمل", "حليمة", "نورة", "آمنة", "لطيفة",
              "سلامة", "عزة", "رقية", "بشرى", "أروى", "إلهام", "صفية", "هاجر", "ريا", "ثريا",
              "منيرة", "وضحى", "سمية", "حنان")
MORE_FAMILIES = ("الكلباني", "السعدي", "النعماني", "المسكري", "الخروصي", "الراشدي", "الشامسي", "الحوسني",
                 "المعولي", "البطاشي", "الحضرمي", "الشنفري", "المشيخي", "الكثيري", "العجمي", "البريكي",
                 "اليحيائي", "الإسماعيلي", "الندابي", "الفليتي", "التوبي", "الصبحي", "المحروقي", "الأغبري")
GIVEN_MEN = MEN + MORE_MEN
GIVEN_WOMEN = WOMEN + MORE_WOMEN
ANCESTORS = tuple(dict.fromkeys(FATHERS + MEN + MORE_MEN))
FAMILY_NAMES = FAMILIES + MORE_FAMILIES

# Age bands (from, to) and their weights: most voters 31-40, then 21-30 and 41-50 (DOMAIN.md).
AGE_WEIGHTS = (((0, 9), 22), ((10, 19), 28), ((20, 29), 20), ((30, 39), 14), ((40, 49), 9), ((50, 59), 5),
               ((60, 79), 2))
MEN_SHARE = 0.52
_CHUNK = 10_000
_CASUAL = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def voter_name(rng: random.Random, woman: bool) -> str:
    given = rng.choice(GIVEN_WOMEN if woman else GIVEN_MEN)
    father, grandfather = rng.choice(ANCESTORS), rng.choice(ANCESTORS)
    name = f"{given} {'بنت' if woman else 'بن'} {father} بن {grandfather} {rng.choice(FAMILY_NAMES)}"
    return name.translate(_CASUAL) if rng.random() < 0.1 else name


@requires(Permission.DEMO_CREATE)
def roll_step(store: Store, options, rng: random.Random) -> Work[None]:
    """Generate ``options.voters`` voters over the demo's centres (one transaction, audited)."""
    total = options.voters
    if total <= 0:
        return
    with store.write() as session:
        definition = current_definition(session)
        polling = definition.polling_date or date.today()
        youngest = latest_birth_for_age(polling, definition.rules.min_voter_age)
        centres = session.execute(
            select(PollingCentre.id, PollingCentre.wilayat_id, PollingCentre.kind, Wilayat.seats)
            .join(Wilayat, Wilayat.id == PollingCentre.wilayat_id).order_by(PollingCentre.code)).all()
        if not centres:
            return
        weight = {c.id: (c.seats or 1) * rng.uniform(0.6, 1.4) for c in centres}
        for_men = [c for c in centres if c.kind != CentreKind.WOMEN.value] or centres
        for_women = [c for c in centres if c.kind != CentreKind.MEN.value] or centres
        men_weights = [weight[c.id] for c in for_men]
        women_weights = [weight[c.id] for c in for_women]
        bands = [band for band, _ in AGE_WEIGHTS]
        band_weights = [w for _, w in AGE_WEIGHTS]
        civil_numbers = rng.sample(range(10_000_000, 100_000_000), total)
        writer = VoterWriter(session)
        bulk = writer.sqlite and session.scalar(select(Voter.id).limit(1)) is None
        if bulk:
            writer.begin_bulk()
        men = 0
        for start in range(0, total, _CHUNK):
            count = min(_CHUNK, total - start)
            women_flags = [rng.random() >= MEN_SHARE for _ in range(count)]
            men_centres = rng.choices(for_men, men_weights, k=count)
            women_centres = rng.choices(for_women, women_weights, k=count)
            ages = rng.choices(bands, band_weights, k=count)
            rows = []
            for i in range(count):
                woman = women_flags[i]
                centre = women_centres[i] if woman else men_centres[i]
                low, high = ages[i]
                birth = youngest - timedelta(days=rng.randint(low * 365, high * 365 + 364))
                name = voter_name(rng, woman)
                phone = f"+9689{rng.randint(1_000_000, 9_999_999)}" if rng.random() < 0.7 else None
                rows.append((str(civil_numbers[start + i]), name, search_key(name), "F" if woman else "M",
                             writer.day(birth), centre.wilayat_id, centre.id, phone))
                men += not woman
            writer.insert(rows)
            yield Progress(start + count, total, STEP_ROLL)
        if bulk:
            writer.end_bulk()
        audit.record(session, EventType.ROLL_GENERATED, "roll", "demo",
                     after={"voters": total, "men": men, "women": total - men, "seed": options.seed})
