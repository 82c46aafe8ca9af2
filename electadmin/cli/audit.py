"""``electadmin audit verify|show``: check the hash chain of the audit log; list recent entries."""

from __future__ import annotations

import sys

from electadmin.cli.common import EXIT_CHECK_FAILED, add_db, open_store, print_json
from electadmin.domain.audit import CHAIN_PROBLEMS
from electadmin.domain.errors import ElectadminError, ErrorCode, describe
from electadmin.i18n import translate
from electadmin.services import audit


def register(commands) -> None:
    parser = commands.add_parser("audit", help="the audit log")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="check the hash chain; exit 3 naming the first broken entry")
    add_db(verify)
    verify.set_defaults(handler=_verify)
    show = sub.add_parser("show", help="list the latest entries")
    add_db(show)
    show.add_argument("--limit", type=int, default=50)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    from electadmin.cli.trust import register_audit_export

    register_audit_export(sub)


def _verify(args) -> int:
    store = open_store(args)
    try:
        result = audit.verify(store)
    finally:
        store.close()
    if result.intact:
        print(f"audit log intact: {result.entries} entries, head {result.head_hash[:16]}")
        return 0
    error = ElectadminError(ErrorCode.AUDIT_BROKEN, sequence=result.first_break.sequence,
                            problem=CHAIN_PROBLEMS[result.first_break.problem])
    print(f"error [{error.code.value}]: {describe(error, translate)}", file=sys.stderr)
    return EXIT_CHECK_FAILED


def _show(args) -> int:
    store = open_store(args)
    try:
        entries = audit.recent(store, args.limit)
    finally:
        store.close()
    if args.json:
        print_json(entries)
        return 0
    for e in entries:
        print(f"{e.sequence:>7}  {e.at:%Y-%m-%d %H:%M:%S}Z  {e.actor:<12} {e.event:<24} {e.object_type}:{e.object_key}")
    return 0
