"""``electadmin demo``: create the demo election in a new file, with one demo account per role.

The demo accounts and their passwords are printed (and shown on the window's sign-in screen); they
exist only in demo elections.
"""

from __future__ import annotations

from pathlib import Path

from electadmin.cli.common import run_work, tr
from electadmin.services.demo import DemoOptions, create_demo
from electadmin.services.geography import summary
from electadmin.services.committees_demo import DEMO_SIGNING_PASSWORD
from electadmin.services.polling_demo import DEMO_SIGNERS
from electadmin.services.store import Store, delete_files
from electadmin.services.users import DEMO_ACCOUNTS


def register(commands) -> None:
    parser = commands.add_parser("demo", help="create the demo election (generated data, marked DEMO)")
    parser.add_argument("--db", required=True, metavar="FILE", help="the new election file")
    parser.add_argument("--voters", type=int, default=DemoOptions().voters, metavar="N",
                        help="voters on the generated roll (default %(default)s)")
    parser.add_argument("--seed", type=int, default=DemoOptions().seed, help="random seed (same seed, same election)")
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.set_defaults(handler=_run)


def _run(args) -> int:
    path = Path(args.db)
    if args.force and path.exists():
        delete_files(path)
    info = run_work(create_demo(path, DemoOptions(voters=args.voters, seed=args.seed)))
    store = Store.open(path)
    try:
        geo = summary(store)
    finally:
        store.close()
    print(f"{info.definition.name_ar} — {tr(info.definition.type.label)} (DEMO)")
    print(f"{geo.governorates} governorates, {geo.wilayats} wilayats, {geo.seats} seats, "
          f"{geo.centres} polling centres, {geo.stations} stations → {path}")
    print("demo accounts: " + ", ".join(f"{a.name} / {a.password} ({tr(a.role.label)})" for a in DEMO_ACCOUNTS))
    print(f"demo signing password of every demo committee member: {DEMO_SIGNING_PASSWORD} (2 of 3 members sign; "
          f"the demo station's centre committee: {', '.join(name for name, _ in DEMO_SIGNERS)})")
    return 0
