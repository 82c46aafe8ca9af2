"""The probable-duplicate scan over a roll of 1,000,000 voters.

The roll is the demo's generated one (``/tmp/electadmin-bench/roll-N.electadmin``, shared with
``bench_roll_ui``), copied, then seeded with known duplicates: 1,000 entries repeated with another
spelling of the same name (أ→ا, ة→ه, tatweel, diacritics) and 1,000 with one letter changed, each
under a new civil number and the same birth date and gender. The scan must find every one of them
(recall is printed) and queue nothing twice; its time, the leads found and the peak memory are
printed. ``./dev bench roll_duplicates [voters]``.
"""

from __future__ import annotations

import random
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_roll_ui import roll_file  # noqa: E402

SEEDED = 1_000


def _variant(name: str, rng: random.Random) -> str:
    return name.replace("أ", "ا").replace("ة", "ه").replace("م", "مـ", 1) + ("" if rng.random() < 0.5 else "\u064e")


def _slip(name: str, rng: random.Random) -> str:
    position = rng.randrange(len(name))
    while name[position] == " ":
        position = rng.randrange(len(name))
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    return name[:position] + rng.choice(letters.replace(name[position], "")) + name[position + 1:]


def main() -> None:
    voters = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    source = roll_file(voters)
    path = source.with_name(f"duplicates-{voters}.electadmin")
    shutil.copyfile(source, path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)

    from sqlalchemy import insert, select

    from electadmin.domain.roles import Actor, Role
    from electadmin.domain.arabic import search_key
    from electadmin.domain.progress import run_to_end
    from electadmin.services.duplicates import count_leads, list_leads, scan_duplicates
    from electadmin.services.store import Store
    from electadmin.storage.base import utcnow
    from electadmin.storage.models import Voter

    store = Store.open(path, actor=Actor("benchmark", Role.ADMINISTRATOR))
    rng = random.Random(11)
    with store.write() as session:
        sample = session.execute(select(Voter.civil_number, Voter.name, Voter.gender, Voter.birth_date,
                                        Voter.wilayat_id, Voter.centre_id)
                                 .where(Voter.id.in_(rng.sample(range(1, voters + 1), 2 * SEEDED)))).all()
        now = utcnow()
        rows, expected = [], set()
        for number, (civil, name, gender, birth, wilayat, centre) in enumerate(sample):
            copy = _variant(name, rng) if number < SEEDED else _slip(name, rng)
            new_civil = f"9{number:08d}"
            expected.add(frozenset((civil, new_civil)))
            rows.append({"civil_number": new_civil, "name": copy, "name_key": search_key(copy), "gender": gender,
                         "birth_date": birth, "wilayat_id": wilayat, "centre_id": centre, "status": "active",
                         "updated_at": now})
        session.execute(insert(Voter), rows)

    start = time.perf_counter()
    cpu = time.process_time()
    result = run_to_end(scan_duplicates(store))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    found = set()
    offset = 0
    while page := list_leads(store, None, limit=5_000, offset=offset):
        found |= {frozenset((lead.first.civil_number, lead.second.civil_number)) for lead in page}
        offset += len(page)
    recall = len(expected & found) / len(expected)
    print(f"{result.voters:,} active voters scanned in {elapsed:.1f} s ({cpu:.1f} s CPU): "
          f"{result.found:,} probable duplicates, {result.added:,} queued; "
          f"seeded {len(expected):,} found {len(expected & found):,} (recall {recall:.1%}); "
          f"other leads {len(found - expected):,} ({(len(found - expected)) / result.voters * 1e4:.1f} per 10,000 voters)")
    again = time.perf_counter()
    second = run_to_end(scan_duplicates(store))
    print(f"second scan {time.perf_counter() - again:.1f} s: {second.added} new (queue holds {count_leads(store):,}); "
          f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    store.close()


if __name__ == "__main__":
    main()
