"""``electadmin users|committee|package|backup`` and ``audit export-log``: accounts, signing keys,
signed packages, backups.

Commands that change state sign in with ``--user NAME`` (password from ``ELECTADMIN_PASSWORD``, else
asked). Members who sign a package are named with ``--signer NAME`` (repeated, k of them); the
signing password of the i-th comes from ``ELECTADMIN_SIGNING_PASSWORD_<i>`` (1, 2, ...), else it is
asked. ``package verify`` prints each check it made and exits 3 on any failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from electadmin import __version__
from electadmin.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_USAGE,
    add_db,
    add_user,
    new_file,
    open_store,
    password_for,
    print_json,
    tr,
)
from electadmin.domain.errors import ElectadminError, ErrorCode, describe
from electadmin.domain.roles import Role
from electadmin.i18n import translate
from electadmin.integrity.signing import short_fingerprint
from electadmin.services import audit, backup, committees, packages, result_package, users
from electadmin.services.store import Store


def register(commands) -> None:
    _register_users(commands)
    _register_committee(commands)
    _register_package(commands)
    _register_backup(commands)


def _sub(commands, name: str, help_: str):
    parser = commands.add_parser(name, help=help_)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def _register_users(commands) -> None:
    sub = _sub(commands, "users", "user accounts and roles")
    init = sub.add_parser("init", help="a new, empty election file with its first system administrator "
                                       "(to receive an election package); password from ELECTADMIN_PASSWORD, else asked")
    init.add_argument("--db", required=True, metavar="FILE", help="the new election file")
    init.add_argument("--admin", required=True, metavar="NAME")
    init.set_defaults(handler=_users_init)
    show = sub.add_parser("list", help="list the accounts")
    add_db(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_users_list)
    add = sub.add_parser("add", help="add an account (its password from NEW_PASSWORD, else asked)")
    add_db(add, writes=True)
    add.add_argument("name")
    add.add_argument("--role", choices=[r.value for r in Role], required=True)
    add.add_argument("--centre", metavar="CODE", help="the polling centre of a clerk")
    add.add_argument("--full-name", default="")
    add.set_defaults(handler=_users_add)
    role = sub.add_parser("role", help="change an account's role")
    add_db(role, writes=True)
    role.add_argument("name")
    role.add_argument("--role", choices=[r.value for r in Role], required=True)
    role.add_argument("--centre", metavar="CODE")
    role.set_defaults(handler=_users_role)


def _register_committee(commands) -> None:
    sub = _sub(commands, "committee", "committees and their members' signing keys")
    show = sub.add_parser("list", help="committees, k of n, members and key fingerprints")
    add_db(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_committee_list)
    create = sub.add_parser("create", help="a committee (the main committee's code is MAIN)")
    add_db(create, writes=True)
    create.add_argument("code")
    create.add_argument("--name", required=True)
    create.add_argument("--level", choices=committees.LEVELS, required=True)
    create.add_argument("--k", type=int, required=True, help="signatures a certificate needs")
    create.add_argument("--wilayat", metavar="CODE")
    create.add_argument("--centre", metavar="CODE")
    create.set_defaults(handler=_committee_create)
    enrol = sub.add_parser("enrol", help="enrol a member: make the signing key (password from NEW_SIGNING_PASSWORD, else asked)")
    add_db(enrol, writes=True)
    enrol.add_argument("code")
    enrol.add_argument("member")
    enrol.set_defaults(handler=_committee_enrol)
    revoke = sub.add_parser("revoke", help="revoke a member's signing key")
    add_db(revoke, writes=True)
    revoke.add_argument("code")
    revoke.add_argument("member")
    revoke.add_argument("--reason", required=True, help="why the key is revoked (kept in the audit log)")
    revoke.set_defaults(handler=_committee_revoke)


def _register_package(commands) -> None:
    sub = _sub(commands, "package", "signed election and result packages (USB)")
    export = sub.add_parser("export", help="write a package (folder, or .zip): the election package, signed by the "
                                           "main committee, or a committee's result package, signed by its members")
    add_db(export, writes=True)
    export.add_argument("out", type=Path)
    export.add_argument("--kind", choices=(packages.ELECTION, packages.RESULT), default=packages.ELECTION)
    export.add_argument("--committee", metavar="CODE", help="result package: the sending committee")
    export.add_argument("--signer", action="append", default=[], metavar="MEMBER", required=True)
    export.add_argument("--to", metavar="COMMITTEE", help="the committee it is for (its members' keys travel, encrypted)")
    export.add_argument("--roll-wilayat", metavar="CODE", help="include the roll of this wilayat")
    export.add_argument("--roll-centre", metavar="CODE", help="include the roll of this polling centre")
    export.set_defaults(handler=_package_export)
    verify = sub.add_parser("verify", help="check a package without changing anything; exit 3 on any failure")
    add_db(verify, required=False)
    verify.add_argument("path", type=Path)
    verify.add_argument("--fingerprint", help="the main committee's fingerprint, as printed by it")
    verify.set_defaults(handler=_package_verify)
    imp = sub.add_parser("import", help="import a package: an election package into a new file, or a result package")
    add_db(imp, writes=True)
    imp.add_argument("path", type=Path)
    imp.add_argument("--fingerprint", help="election package: the main committee's fingerprint, confirmed")
    imp.set_defaults(handler=_package_import)


def _register_backup(commands) -> None:
    sub = _sub(commands, "backup", "backups of an election file")
    show = sub.add_parser("list", help="the backups, newest first, with the file's health")
    add_db(show)
    show.set_defaults(handler=_backup_list)
    create = sub.add_parser("create", help="make a backup now")
    add_db(create, writes=True)
    create.set_defaults(handler=_backup_create)
    restore = sub.add_parser("restore", help="replace the file by a backup (a damaged file needs no --user)")
    add_db(restore)
    add_user(restore)
    restore.add_argument("name", help="the backup's file name (from backup list), or 'latest'")
    restore.set_defaults(handler=_backup_restore)


def register_audit_export(audit_sub) -> None:
    export = audit_sub.add_parser("export-log", help="the audit log as a NIST SP 1500-101 event log (JSON)")
    add_db(export, writes=True)
    export.add_argument("out", type=Path)
    export.set_defaults(handler=_audit_export)


def _closing(args, action):
    store = open_store(args)
    try:
        return action(store)
    finally:
        store.close()


# ---------------------------------------------------------------- users and committees


def _users_init(args) -> int:
    path = Path(args.db)
    if path.exists():
        print(f"{path} exists already; nothing was created", file=sys.stderr)
        return EXIT_USAGE
    password = password_for(args.admin, "New password for {name}: ")
    with new_file(path) as store:
        users.create_first_administrator(store, args.admin, password)
    print(f"{path}: system administrator {args.admin}; import the election package next")
    return 0


def _users_list(args) -> int:
    rows = _closing(args, users.list_users)
    if args.json:
        print_json(rows)
        return 0
    for u in rows:
        state = "disabled" if not u.active else ("locked" if u.locked_until else "")
        print(f"{u.name:<16} {tr(u.role.label):<28} {u.centre_code or '':<10} {state}")
    return 0


def _users_add(args) -> int:
    password = password_for(args.name, "New password for {name}: ", "NEW_PASSWORD")
    user = _closing(args, lambda s: users.add_user(s, args.name, Role(args.role), password,
                                                    full_name=args.full_name, centre_code=args.centre))
    print(f"{user.name}: {tr(user.role.label)}")
    return 0


def _users_role(args) -> int:
    user = _closing(args, lambda s: users.change_role(s, args.name, Role(args.role), args.centre))
    print(f"{user.name}: {tr(user.role.label)} {user.centre_code or ''}")
    return 0


def _committee_list(args) -> int:
    rows = _closing(args, committees.list_committees)
    if args.json:
        print_json(rows)
        return 0
    for c in rows:
        print(f"{c.code} {c.name} ({c.level}): {c.quorum} of {c.active_members}")
        for m in c.members:
            print(f"  {m.name:<24} {short_fingerprint(m.fingerprint)}{'  REVOKED' if m.revoked_at else ''}")
    return 0


def _committee_create(args) -> int:
    c = _closing(args, lambda s: committees.create_committee(s, args.code, args.name, args.level, args.k,
                                                              wilayat_code=args.wilayat, centre_code=args.centre))
    print(f"{c.code}: {c.quorum} signatures needed")
    return 0


def _committee_enrol(args) -> int:
    password = password_for(args.member, "New signing password for {name}: ", "NEW_SIGNING_PASSWORD")
    m = _closing(args, lambda s: committees.enrol_member(s, args.code, args.member, password))
    print(f"{m.name}: key {short_fingerprint(m.fingerprint)} ({m.fingerprint})")
    return 0


def _committee_revoke(args) -> int:
    m = _closing(args, lambda s: committees.revoke_member(s, args.code, args.member, args.reason))
    print(f"{m.name}: revoked {m.revoked_at:%Y-%m-%d %H:%M}Z")
    return 0


# ---------------------------------------------------------------- packages


def _credentials(names: list[str]) -> list[tuple[str, str]]:
    result = []
    for index, name in enumerate(names, start=1):
        result.append((name, password_for(name, "Signing password for {name}: ", f"ELECTADMIN_SIGNING_PASSWORD_{index}")))
    return result


def _package_export(args) -> int:
    credentials = _credentials(args.signer)
    if args.kind == packages.RESULT:
        if not args.committee:
            print("a result package needs --committee CODE (the sending committee)", file=sys.stderr)
            return 2
        result_package.install()
        package = _closing(args, lambda s: packages.export_result_package(s, args.out, args.committee, credentials))
    else:
        package = _closing(args, lambda s: packages.export_election_package(
            s, args.out, credentials, for_committee=args.to, roll_wilayat=args.roll_wilayat,
            roll_centre=args.roll_centre))
    print(f"{package.kind} package {package.sender} #{package.sequence}: {len(package.files)} files → {package.path}")
    print(f"manifest SHA-256 {package.manifest_sha256}")
    print("written completely: the stick can be removed")
    return 0


def _print_report(report: packages.PackageReport) -> None:
    print(f"package {report.path}: {report.kind or '?'} from {report.sender or '?'} #{report.sequence or '?'}")
    if report.committee_fingerprint:
        print(f"main committee fingerprint: {short_fingerprint(report.committee_fingerprint)} ({report.committee_fingerprint})")
    for check in report.checks:
        print(f"  ok: {check.text(translate)}")
    if report.signers:
        print(f"  signed by: {', '.join(report.signers)}")


def _package_verify(args) -> int:
    store = open_store(args) if args.db else None
    try:
        report = packages.verify_package(store, args.path, confirmed_fingerprint=args.fingerprint)
    finally:
        if store is not None:
            store.close()
    _print_report(report)
    if report.refusal is not None:
        print(f"  FAILED [{report.refusal.code.value}]: {describe(report.refusal, translate)}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    print("package verified")
    return 0


def _package_import(args) -> int:
    result_package.install()

    def run(store: Store) -> packages.PackageReport:
        report = packages.verify_package(store, args.path)
        if report.kind == packages.ELECTION:
            if not args.fingerprint:
                raise ElectadminError(ErrorCode.PACKAGE_FINGERPRINT_MISMATCH,
                                      fingerprint=short_fingerprint(report.committee_fingerprint or ""),
                                      expected="—")
            return packages.import_election_package(store, args.path, args.fingerprint)
        return packages.import_result_package(store, args.path)

    report = _closing(args, run)
    _print_report(report)
    print("package imported")
    return 0


# ---------------------------------------------------------------- backups and the event log


def _backup_list(args) -> int:
    path = Path(args.db)
    health = backup.check_file(path)
    print(f"{path}: {'intact' if health.ok else 'DAMAGED: ' + health.detail}")
    for b in backup.list_backups(path):
        print(f"  {b.name}  {b.reason:<22} {b.created_at:%Y-%m-%d %H:%M:%S}Z  {b.size // 1024} KB")
    return 0


def _backup_create(args) -> int:
    info = _closing(args, backup.create_backup)
    print(f"backup → {info.path}")
    return 0


def _backup_restore(args) -> int:
    path = Path(args.db)
    name = args.name
    if name == "latest":
        good = [b for b in backup.list_backups(path) if backup.check_file(b.path).ok]
        if not good:
            raise ElectadminError(ErrorCode.BACKUP_UNKNOWN, name="latest")
        name = good[0].name
    store = None
    if backup.check_file(path).ok:  # a healthy file is restored only by someone who may (signed in)
        if not args.user:
            raise ElectadminError(ErrorCode.AUTH_REQUIRED)
        store = open_store(args)
    backup.restore_backup(path, name, store=store)
    print(f"{path} restored from {name}")
    return 0


def _audit_export(args) -> int:
    count = _closing(args, lambda s: audit.export_event_log(s, args.out, version=__version__))
    print(f"{count} events → {args.out}")
    return 0
