"""``electadmin election show|phase``: the election definition of a file."""

from __future__ import annotations

from dataclasses import asdict

from electadmin.cli.common import add_db, open_store, print_json, tr
from electadmin.domain.election import Phase
from electadmin.services.election import get_election, set_phase


def register(commands) -> None:
    parser = commands.add_parser("election", help="the election definition")
    sub = parser.add_subparsers(dest="election_command", metavar="ACTION", required=True)
    show = sub.add_parser("show", help="print the definition")
    add_db(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    phase = sub.add_parser("phase", help="move the election to the next (or previous) phase")
    add_db(phase)
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
