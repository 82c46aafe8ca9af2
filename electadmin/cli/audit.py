"""``electadmin audit verify|show|heads``: check the hash chain of the audit log (against its signed
checkpoints and, given ``--against-head``, a head a receiving committee recorded); list recent entries;
list the senders' heads this file recorded when it imported their packages."""

from __future__ import annotations

from electadmin.cli.common import EXIT_CHECK_FAILED, EXIT_USAGE, add_db, fail, open_store, print_json
from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.services import audit


def register(commands) -> None:
    parser = commands.add_parser("audit", help="the audit log")
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="check the hash chain and its signed checkpoints; exit 3 naming the "
                                           "first broken entry")
    add_db(verify)
    verify.add_argument("--against-head", action="append", default=[], metavar="SEQ:HASH",
                        help="a head of this file recorded elsewhere (by a receiver: `audit heads` there); "
                             "may be repeated")
    verify.set_defaults(handler=_verify)
    show = sub.add_parser("show", help="list the latest entries")
    add_db(show)
    show.add_argument("--limit", type=int, default=50)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    heads = sub.add_parser("heads", help="the senders' audit heads recorded by this file's package imports")
    add_db(heads)
    heads.add_argument("--json", action="store_true")
    heads.set_defaults(handler=_heads)
    from electadmin.cli.trust import register_audit_export

    register_audit_export(sub)


def _verify(args) -> int:
    against = []
    for text in args.against_head:
        try:
            against.append(audit.parse_head(text))
        except ValueError:
            fail(ElectadminError(ErrorCode.AUDIT_BAD_HEAD, value=text))
            return EXIT_USAGE
    store = open_store(args)
    try:
        result = audit.verify(store, against)
    finally:
        store.close()
    error = result.error()
    if error is None:
        print(f"audit log intact: {result.entries} entries, head {result.head_sequence}:{result.head_hash}; "
              f"{result.checkpoints} signed checkpoints and {result.against} outside heads agree")
        return 0
    fail(error)
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


def _heads(args) -> int:
    store = open_store(args)
    try:
        heads = audit.received_heads(store)
    finally:
        store.close()
    if args.json:
        print_json(heads)
        return 0
    for h in heads:
        print(f"{h.at:%Y-%m-%d %H:%M:%S}Z  {h.kind} package {h.sender} no. {h.package_sequence}  "
              f"{h.sequence}:{h.hash}")
    return 0
