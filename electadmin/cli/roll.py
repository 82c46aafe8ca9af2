"""``electadmin roll import|search|export|stats``."""

from __future__ import annotations

import sys
from pathlib import Path

from electadmin.cli.common import EXIT_USAGE, add_db, open_store, print_json, run_work
from electadmin.domain.errors import FileRejected
from electadmin.i18n import translate
from electadmin.services.roll import RollFilter, roll_statistics, search_voters

FORMATS = ("pdf", "xlsx", "csv")


def register(commands) -> None:
    parser = commands.add_parser("roll", help="the electoral roll: import, search, export and print, statistics")
    sub = parser.add_subparsers(dest="roll_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import a roll file (XLSX or CSV); a file with any bad row imports nothing")
    add_db(imp, writes=True)
    imp.add_argument("path", type=Path)
    imp.add_argument("--valid-only", action="store_true", help="import the valid rows and leave the bad ones out")
    imp.add_argument("--report", type=Path, metavar="OUT.xlsx", help="save the bad rows to this XLSX report")
    imp.add_argument("--preview", action="store_true",
                     help="only say what the import would add, change and remove (nothing is written)")
    imp.set_defaults(handler=_import)
    find = sub.add_parser("search", help="find voters by civil number or by name typed any common way")
    add_db(find)
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=50)
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=_search)
    exp = sub.add_parser("export", help="print a centre's voter list (PDF) or export the roll (XLSX, CSV)")
    add_db(exp, writes=True)
    exp.add_argument("--format", choices=FORMATS, required=True)
    exp.add_argument("--centre", metavar="CODE", help="one polling centre (required for pdf)")
    exp.add_argument("--wilayat", metavar="CODE", help="one wilayat (xlsx, csv)")
    exp.add_argument("--check-in", action="store_true", help="pdf: add a column to tick voters off on polling day")
    exp.add_argument("out", type=Path)
    exp.set_defaults(handler=_export)
    stats = sub.add_parser("stats", help="voters per wilayat and centre, by gender and age band")
    add_db(stats)
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=_stats)


def _import(args) -> int:
    from electadmin.services.roll_file import import_roll, preview_roll_import, write_problems_xlsx

    store = open_store(args)
    try:
        if args.preview:
            preview = run_work(preview_roll_import(store, args.path, translate=translate))
            if args.report and preview.problems:
                write_problems_xlsx(preview.problems, args.report, translate=translate, source=args.path)
            print(f"{preview.rows} rows: {preview.valid_rows} valid, {preview.bad_rows} with errors")
            print(f"would add {preview.added}, change {preview.changed}, remove {preview.removed}, "
                  f"leave {preview.unchanged} unchanged")
            return 0 if preview.accepted else 1
        try:
            summary = run_work(import_roll(store, args.path, valid_only=args.valid_only, translate=translate))
        except FileRejected as rejected:
            if args.report:
                write_problems_xlsx(rejected.problems, args.report, translate=translate, source=args.path)
                print(f"bad rows written to {args.report}", file=sys.stderr)
            raise
    finally:
        store.close()
    print(f"{summary.rows} rows: {summary.added} added, {summary.changed} changed, {summary.removed} removed, "
          f"{summary.unchanged} unchanged, {summary.skipped} left out")
    print(f"sha256 {summary.sha256}")
    return 0


def _search(args) -> int:
    store = open_store(args)
    try:
        voters = search_voters(store, args.query, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print_json(voters)
        return 0
    for v in voters:
        mark = "" if v.eligible else "  (not eligible)" if v.status == "active" else f"  ({v.status})"
        print(f"{v.civil_number:<12} {v.name:<45} {v.gender} {v.birth_date.isoformat()} {v.age:>3} "
              f"{v.wilayat_code:<6} {v.centre_code}{mark}")
    if voters.more:
        print(f"more voters match than the {len(voters)} shown: type more of the name", file=sys.stderr)
    return 0


def _export(args) -> int:
    store = open_store(args)
    try:
        if args.format == "pdf":
            if not args.centre:
                print("error: --centre CODE is needed to print a voter list", file=sys.stderr)
                return EXIT_USAGE
            from electadmin.services.voter_list import write_voter_list_pdf

            count = run_work(write_voter_list_pdf(store, args.out, args.centre, check_in=args.check_in))
        else:
            from electadmin.services.roll_file import export_roll

            out = args.out if args.out.suffix.lower() == f".{args.format}" else args.out.with_name(
                f"{args.out.name}.{args.format}")
            flt = RollFilter(wilayat_code=args.wilayat, centre_code=args.centre) \
                if (args.wilayat or args.centre) else None
            count = run_work(export_roll(store, out, flt, translate=translate))
            args.out = out
    finally:
        store.close()
    print(f"{count} voters → {args.out}")
    return 0


def _stats(args) -> int:
    store = open_store(args)
    try:
        stats = roll_statistics(store)
    finally:
        store.close()
    if args.json:
        print_json({"bands": [b.label for b in stats.bands], "removed": stats.removed,
                    "total": _group(stats.total),
                    "wilayats": [{**_group(w.wilayat), "centres": [_group(c) for c in w.centres]}
                                 for w in stats.wilayats]})
        return 0
    bands = "  ".join(f"{b.label:>7}" for b in stats.bands)
    print(f"{'':<28} {'men':>8} {'women':>8} {'total':>8}  {bands}")
    for w in stats.wilayats:
        _line(w.wilayat.code, w.wilayat.name_ar, w.wilayat)
        for c in w.centres:
            _line("  " + c.code, "", c)
    _line("", "total", stats.total)
    print(f"removed from the roll: {stats.removed}; below voting age: {stats.total.under_age}")
    return 0


def _group(g) -> dict:
    return {"code": g.code, "name_ar": g.name_ar, "men": g.men, "women": g.women, "total": g.total,
            "men_by_band": list(g.men_by_band), "women_by_band": list(g.women_by_band), "under_age": g.under_age}


def _line(code: str, name: str, g) -> None:
    bands = "  ".join(f"{m + w:>7}" for m, w in zip(g.men_by_band, g.women_by_band, strict=True))
    print(f"{code:<12} {name:<15} {g.men:>8} {g.women:>8} {g.total:>8}  {bands}")
