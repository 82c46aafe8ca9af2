"""``electadmin election create|show|phase``: the election definition of a file.

``create`` makes a new election file and its first system administrator (``--admin NAME``, the
password from ``ELECTADMIN_PASSWORD`` or asked twice): no account exists before it, and every later
command that changes the election signs in with ``--user``.
"""

from __future__ import annotations

import os
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from electadmin.cli.common import EXIT_USAGE, add_db, new_file, open_store, password_for, print_json, tr
from electadmin.domain.election import ElectionDefinition, ElectionType, Phase, validate_definition
from electadmin.integrity.passwords import check_new_password
from electadmin.services.election import create_election, get_election, set_phase
from electadmin.services.users import create_first_administrator


def register(commands) -> None:
    parser = commands.add_parser("election", help="the election definition")
    sub = parser.add_subparsers(dest="election_command", metavar="ACTION", required=True)
    create = sub.add_parser("create", help="a new election file with its first system administrator")
    create.add_argument("--db", required=True, metavar="FILE", help="the new election file")
    create.add_argument("--name-ar", required=True, help="the election's name in Arabic")
    create.add_argument("--name-en", default="", help="the election's name in English")
    create.add_argument("--type", choices=[t.value for t in ElectionType], default=ElectionType.SHURA.value)
    create.add_argument("--polling-date", type=date.fromisoformat, metavar="YYYY-MM-DD")
    create.add_argument("--admin", required=True, metavar="NAME",
                        help="user name of the first system administrator (password from ELECTADMIN_PASSWORD, else asked)")
    create.set_defaults(handler=_create)
    show = sub.add_parser("show", help="print the definition")
    add_db(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    phase = sub.add_parser("phase", help="move the election to the next (or previous) phase")
    add_db(phase, writes=True)
    phase.add_argument("target", choices=[p.value for p in Phase])
    phase.set_defaults(handler=_phase)


def _show(args) -> int:
    store = open_store(args)
    try:
        info = get_election(store)
    finally:
        store.close()
    if args.json:
        print_json({"uid": info.uid, **asdict(info.definition)})
        return 0
    d = info.definition
    print(f"{d.name_ar} / {d.name_en}{'  [DEMO]' if d.is_demo else ''}")
    print(f"type: {tr(d.type.label)}; polling date: {d.polling_date or '—'} ({d.timezone}); phase: {tr(d.phase.label)}")
    r = d.rules
    print(f"minimum age: voters {r.min_voter_age}, candidates {r.min_candidate_age}; "
          f"votes per voter: {tr(r.votes_per_voter_mode.label)} ({r.votes_per_voter})")
    for name in ("transfer_window", "objection_window", "candidacy_window", "appeal_window"):
        w = getattr(r, name)
        print(f"{name.replace('_', ' ')}: {w.start or '—'} – {w.end or '—'}")
    return 0


def _phase(args) -> int:
    store = open_store(args)
    try:
        info = set_phase(store, Phase(args.target))
    finally:
        store.close()
    print(tr(info.definition.phase.label))
    return 0


def _create(args) -> int:
    path = Path(args.db)
    if path.exists():
        print(f"{path} exists already; nothing was created", file=sys.stderr)
        return EXIT_USAGE
    definition = ElectionDefinition(name_ar=args.name_ar, name_en=args.name_en, type=ElectionType(args.type),
                                    polling_date=args.polling_date)
    validate_definition(definition)
    password = password_for(args.admin, "New password for {name}: ")
    check_new_password(password, args.admin)
    if "ELECTADMIN_PASSWORD" not in os.environ and password_for(args.admin, "Again: ") != password:
        print("the two passwords differ; nothing was created", file=sys.stderr)
        return EXIT_USAGE
    with new_file(path) as store:
        create_first_administrator(store, args.admin, password)
        info = create_election(store, definition)
    print(f"{info.definition.name_ar} → {path}; system administrator: {args.admin}")
    return 0
