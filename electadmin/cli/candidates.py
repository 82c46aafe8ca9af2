"""``electadmin candidates import|list|export``."""

from __future__ import annotations

from pathlib import Path

from electadmin.cli.common import add_db, open_store, print_json, run_work, tr
from electadmin.i18n import translate
from electadmin.services.candidates import list_candidates

FORMATS = ("pdf", "xlsx", "csv")


def register(commands) -> None:
    parser = commands.add_parser("candidates", help="candidacy applications and the official candidate lists")
    sub = parser.add_subparsers(dest="candidates_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import applications (XLSX or CSV); a file with any bad row imports nothing")
    add_db(imp, writes=True)
    imp.add_argument("path", type=Path)
    imp.set_defaults(handler=_import)
    show = sub.add_parser("list", help="list the applications with their status and ballot number")
    add_db(show)
    show.add_argument("--wilayat", metavar="CODE", help="one wilayat (code or name)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_list)
    exp = sub.add_parser("export", help="print or export the official candidate list")
    add_db(exp, writes=True)
    exp.add_argument("--format", choices=FORMATS, required=True)
    exp.add_argument("--wilayat", metavar="CODE", help="one wilayat (default: all constituencies)")
    exp.add_argument("--all", action="store_true", dest="everything",
                     help="XLSX/CSV: every application with its status, not only the official list")
    exp.add_argument("out", type=Path)
    exp.set_defaults(handler=_export)


def _import(args) -> int:
    from electadmin.services.candidates_file import import_candidates

    store = open_store(args)
    try:
        summary = run_work(import_candidates(store, args.path, translate))
    finally:
        store.close()
    print(f"{summary.rows} applications imported")
    for code, count in sorted(summary.per_wilayat.items()):
        print(f"  {code}: {count}")
    return 0


def _list(args) -> int:
    store = open_store(args)
    try:
        candidates = list_candidates(store, args.wilayat)
    finally:
        store.close()
    if args.json:
        print_json(candidates)
        return 0
    for c in candidates:
        number = "" if c.ballot_number is None else str(c.ballot_number)
        print(f"{c.code:<10} {number:>3}  {c.civil_number:<12} {c.name_ar:<40} {c.wilayat_ar:<14} "
              f"{tr(c.status.label)}")
    return 0


def _export(args) -> int:
    store = open_store(args)
    try:
        if args.format == "pdf":
            from electadmin.services.candidate_list import write_candidate_list_pdf

            count = run_work(write_candidate_list_pdf(store, args.out, args.wilayat))
        else:
            from electadmin.services.candidates_file import export_candidates

            out = args.out if args.out.suffix.lower() == f".{args.format}" else args.out.with_name(
                f"{args.out.name}.{args.format}")
            count = run_work(export_candidates(store, out, wilayat_code=args.wilayat, everything=args.everything,
                                               translate=translate))
            args.out = out
    finally:
        store.close()
    print(f"{count} candidates → {args.out}")
    return 0
