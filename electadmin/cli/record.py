"""``electadmin record check``: check a printed record's short hash (or its scanned QR text) against a file.

Exit status: 0 when the paper matches the record in force and every signature on it verifies; 3 when
it does not (no record has that hash, an older version, a stored record changed, a signature that
does not verify); 2 when what was given is not a short hash at all.
"""

from __future__ import annotations

from electadmin.cli.common import EXIT_CHECK_FAILED, EXIT_OK, EXIT_USAGE, add_db, open_store, print_json, tr
from electadmin.services.record_check import STATE_LABELS, CheckOutcome, check_printed_record


def register(commands) -> None:
    parser = commands.add_parser("record", help="check a printed count record or consolidated record")
    sub = parser.add_subparsers(dest="record_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="whether a printed record's short hash matches what the file holds, "
                                         "and who signed it (exit 3 when it does not match)")
    add_db(check)
    check.add_argument("hash", metavar="HASH", help="the short hash printed on the record (e.g. 7K3M-QX9T-2B4H-W8NC), "
                                                    "or the text of its QR code")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_check)


def _state(value: str) -> str:
    label = STATE_LABELS.get(value)
    return tr(label) if label is not None else value


def _check(args) -> int:
    store = open_store(args)
    try:
        result = check_printed_record(store, args.hash)
    finally:
        store.close()
    ok = result.outcome is CheckOutcome.MATCH and result.signatures_ok is not False
    if args.json:
        print_json({**_plain(result), "ok": ok})
    else:
        _print(result)
    if result.outcome is CheckOutcome.INVALID:
        return EXIT_USAGE
    return EXIT_OK if ok else EXIT_CHECK_FAILED


def _plain(result) -> dict:
    return {
        "typed": result.typed, "outcome": result.outcome.value, "kind": result.kind, "key": result.key,
        "wilayat": result.wilayat_code, "version": result.version, "state": result.state,
        "current_version": result.current_version, "current_state": result.current_state,
        "sha256": result.sha256, "short_hash": result.short_hash, "figures": dict(result.figures),
        "votes": [{"code": c, "name": n, "votes": v} for c, n, v in result.votes], "elected": list(result.elected),
        "committee": result.committee, "k": result.required, "n": result.members,
        "signed_scope": result.signed_scope, "signatures_ok": result.signatures_ok,
        "certified_at": result.certified_at, "certification_reopened": result.certification_reopened,
        "signers": [{"member": s.member, "fingerprint": s.fingerprint, "signed_at": s.signed_at, "valid": s.valid,
                     "problem": s.problem} for s in result.signers],
    }


def _print(result) -> None:
    print(tr(result.outcome.label))
    if not result.found:
        return
    what = "count record of station" if result.kind == "count_record" else "result of wilayat"
    version = "provisional" if result.version is None else f"version {result.version}"
    print(f"  {what} {result.key} ({result.wilayat_ar}), {version}: {_state(result.state)}")
    if result.outcome is CheckOutcome.SUPERSEDED:
        current = "none in force" if result.current_version is None else f"version {result.current_version}"
        print(f"  current: {current}, {_state(result.current_state)}")
    print(f"  hash: {result.short_hash} ({result.sha256})")
    for name, value in result.figures:
        print(f"  {name}: {'—' if value is None else value}")
    for code, name, votes in result.votes:
        mark = "*" if code in result.elected else " "
        print(f"  {mark} {code:<10} {name:<40} {'—' if votes is None else votes:>9}")
    if result.certification_reopened:
        print("  the certification was reopened since: the result may change")
    if result.signers:
        scope = " (the wilayat's certified result)" if result.signed_scope == "wilayat_result" else ""
        verdict = "valid" if result.signatures_ok else "NOT VALID"
        print(f"  signed by {result.valid_signatures} of {result.members} members of {result.committee}, "
              f"{result.required} required{scope}: {verdict}")
        for s in result.signers:
            print(f"    {s.member:<20} {s.short_fingerprint}  {'valid' if s.valid else 'INVALID: ' + s.problem}")
    elif result.certified_at is not None:
        print("  certified without committee signatures")
