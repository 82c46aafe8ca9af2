"""The demo election's candidates: several per wilayat, some women, some rejected, one appeal or two.

Names are put together from lists of common given and family names (no real person is meant). When
the roll already holds voters, applicants are taken from the wilayat's active voters of candidate
age, so that the "registered voter" check passes as it would in life; otherwise their civil numbers
are generated. Every step goes through the same services as the window (one audited transaction
each), so the demo's audit log reads like a real candidacy period.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from electadmin.domain.roles import Permission
from electadmin.domain.candidacy import OrderMethod, RejectionReason
from electadmin.domain.eligibility import EducationLevel, latest_birth_for_age
from electadmin.domain.progress import Progress, Work
from electadmin.domain.text import QT_TRANSLATE_NOOP
from electadmin.services.authz import requires
from electadmin.services.ballot_order import fix_ballot_order
from electadmin.services.candidates import (
    ApplicationData,
    accept,
    decide_appeal,
    lodge_appeal,
    register_application,
    reject,
    withdraw,
)
from electadmin.services.election import get_election
from electadmin.services.geography import list_wilayats
from electadmin.services.store import Store
from electadmin.storage.models import Voter, Wilayat

STEP_CANDIDATES = QT_TRANSLATE_NOOP("Progress", "Generating candidates")

MEN = ("محمد", "أحمد", "سالم", "سعيد", "خالد", "ناصر", "حمد", "سيف", "علي", "عبدالله", "يوسف", "هلال",
       "مسلم", "سليمان", "حمود", "راشد", "إبراهيم", "طلال", "مالك", "زاهر", "عادل", "أيمن", "بدر", "هيثم")
WOMEN = ("فاطمة", "مريم", "عائشة", "زوينة", "شريفة", "نعيمة", "ليلى", "منى", "رحمة", "أسماء", "بثينة",
         "خولة", "سعاد", "هدى", "إيمان", "جميلة")
FATHERS = ("عبدالله", "محمد", "سالم", "سعيد", "حمد", "علي", "ناصر", "سيف", "خلفان", "راشد", "مبارك",
           "سلطان", "جمعة", "حمدان", "خميس", "عامر")
FAMILIES = ("البلوشي", "الحارثي", "الوهيبي", "اللواتي", "الزدجالي", "السيابي", "الشحي", "البوسعيدي",
            "المعمري", "الكمزاري", "الهنائي", "الرواحي", "العبري", "الكندي", "الغافري", "المقبالي",
            "البادي", "الحبسي", "الريامي", "الشكيلي", "العامري", "الجابري", "المحرزي", "الفارسي")
REJECTIONS = (
    ([RejectionReason.AGE], "لم يبلغ السن القانونية يوم الاقتراع"),
    ([RejectionReason.EDUCATION], "لم يقدم ما يثبت حصوله على دبلوم التعليم العام"),
    ([RejectionReason.CONVICTION], "صدر بحقه حكم نهائي في جناية"),
    ([RejectionReason.INCOMPLETE_FILE], "لم تستكمل المستندات المطلوبة في الموعد المحدد"),
    ([RejectionReason.PUBLIC_OFFICE], "يشغل وظيفة عامة ولم يقدم ما يثبت استقالته"),
)


def _name(rng: random.Random, woman: bool) -> str:
    given = rng.choice(WOMEN if woman else MEN)
    link = "بنت" if woman else "بن"
    father, grandfather = rng.sample(FATHERS, 2)
    return f"{given} {link} {father} بن {grandfather} {rng.choice(FAMILIES)}"


def _voters(store: Store, wilayat_code: str, latest_birth: date, count: int, rng: random.Random) -> list:
    """Active voters of candidate age (rows, not ORM objects: they outlive the read transaction)."""
    with store.read() as session:
        wid = session.scalar(select(Wilayat.id).where(Wilayat.code == wilayat_code))
        rows = list(session.execute(select(Voter.civil_number, Voter.name, Voter.gender, Voter.birth_date).where(
            Voter.wilayat_id == wid, Voter.status == "active", Voter.birth_date <= latest_birth).limit(count * 20)))
    return rng.sample(rows, min(count, len(rows)))


@requires(Permission.DEMO_CREATE)
def candidates_step(store: Store, options, rng: random.Random) -> Work[None]:
    """Applications in every wilayat, decided: most accepted, some rejected (one appeal upheld per ten
    wilayats), a withdrawal here and there; the ballot order fixed in most wilayats."""
    definition = get_election(store).definition
    rules = definition.rules
    polling = definition.polling_date
    window = rules.candidacy_window
    oldest_allowed = latest_birth_for_age(polling, rules.min_candidate_age)
    wilayats = list_wilayats(store)
    civil = 90_000_000
    with store.read() as session:
        roll_loaded = session.scalar(select(Voter.id).limit(1)) is not None
    for index, wilayat in enumerate(wilayats):
        count = wilayat.seats * 2 + rng.randint(1, 3)
        voters = _voters(store, wilayat.code, oldest_allowed, count, rng) if roll_loaded else []
        if roll_loaded:
            count = len(voters)  # with a roll, every applicant is one of its voters
        accepted, rejected = [], []
        for number in range(count):
            woman = rng.random() < 0.14
            submitted = window.start + timedelta(days=rng.randint(0, (window.end - window.start).days)) \
                if window.is_set else None
            choices = REJECTIONS[1:] if roll_loaded else REJECTIONS  # a voter of the roll is old enough
            reasons, note = choices[rng.randrange(len(choices))] if rng.random() < 0.18 else ((), "")
            birth = oldest_allowed - timedelta(days=rng.randint(0, 365 * 30))
            education = rng.choice((EducationLevel.SECONDARY, EducationLevel.DIPLOMA, EducationLevel.BACHELOR,
                                    EducationLevel.BACHELOR, EducationLevel.MASTER, EducationLevel.DOCTORATE))
            if RejectionReason.AGE in reasons:
                birth = oldest_allowed + timedelta(days=rng.randint(30, 900))
            if RejectionReason.EDUCATION in reasons:
                education = EducationLevel.PREPARATORY
            phone = f"+9689{rng.randint(1000000, 9999999)}"
            if roll_loaded:
                voter = voters[number]
                data = ApplicationData(voter.civil_number, voter.name, voter.gender, voter.birth_date,
                                       wilayat.code, education, phone=phone, submitted_on=submitted)
            else:
                civil += rng.randint(1, 997)
                data = ApplicationData(str(civil), _name(rng, woman), "F" if woman else "M", birth, wilayat.code,
                                       education, phone=phone, submitted_on=submitted)
            dto = register_application(store, data)
            if not reasons:
                accept(store, dto.code, decided_on=submitted)
                accepted.append(dto.code)
            else:
                reject(store, dto.code, reasons, note, decided_on=submitted)
                rejected.append(dto.code)
        if rejected and index % 10 == 3 and rules.appeal_window.is_set:
            appeal = rules.appeal_window
            code = rejected[0]
            lodge_appeal(store, code, appeal.start, "يطلب المترشح إعادة النظر ويرفق المستندات الناقصة")
            decide_appeal(store, code, True, appeal.start + timedelta(days=3), "قبلت لجنة التظلمات التظلم")
            accepted.append(code)
        if len(accepted) > wilayat.seats + 1 and index % 9 == 4:
            withdraw(store, accepted.pop(), "انسحاب بطلب كتابي من المرشح")
        if accepted and index % 7 != 6:
            if index % 2 == 0:
                fix_ballot_order(store, wilayat.code, OrderMethod.ALPHABETICAL)
            else:
                fix_ballot_order(store, wilayat.code, OrderMethod.SEED, seed=f"{polling.isoformat()} {wilayat.code}",
                                 drawn_by="رئيس لجنة الانتخاب بالولاية", witnesses=["مقرر اللجنة", "ممثل المرشحين"])
        yield Progress(index + 1, len(wilayats), STEP_CANDIDATES)
