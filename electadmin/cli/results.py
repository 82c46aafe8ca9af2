"""``electadmin results import|show|export``."""

from __future__ import annotations

from pathlib import Path

from electadmin.cli.common import add_db, open_store, print_json, run_work, tr
from electadmin.i18n import translate

FORMATS = ("cdf", "xlsx", "csv", "pdf")


def register(commands) -> None:
    parser = commands.add_parser("results", help="station count records, consolidated results and exports")
    sub = parser.add_subparsers(dest="results_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import station results (XLSX or CSV); a file with any bad row imports nothing")
    add_db(imp, writes=True)
    imp.add_argument("path", type=Path)
    imp.set_defaults(handler=_import)
    show = sub.add_parser("show", help="per constituency: seats, candidates with votes, winners, status")
    add_db(show)
    show.add_argument("--wilayat", metavar="CODE", help="one wilayat (code or name)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    exp = sub.add_parser("export", help="export the results: NIST SP 1500-100 v2 JSON (cdf), XLSX or CSV")
    add_db(exp, writes=True)
    exp.add_argument("--format", choices=FORMATS, required=True)
    exp.add_argument("--table", choices=("candidates", "constituencies", "stations"), default="candidates",
                     help="XLSX/CSV: which table (default: candidates' votes)")
    exp.add_argument("--document", choices=("national", "consolidated", "record"), default="national",
                     help="PDF: the national summary (default), a wilayat's consolidated record (--wilayat) or "
                          "a station's count record (--station)")
    exp.add_argument("--wilayat", metavar="CODE", help="PDF: the wilayat of the consolidated record")
    exp.add_argument("--station", metavar="CODE", help="PDF: the station of the count record")
    exp.add_argument("out", type=Path)
    exp.set_defaults(handler=_export)


def _import(args) -> int:
    from electadmin.services.results_file import import_results

    store = open_store(args)
    try:
        summary = run_work(import_results(store, args.path, translate))
    finally:
        store.close()
    print(f"{summary.rows} rows, {summary.stations} stations: {summary.written} written, "
          f"{summary.unchanged} unchanged")
    for code, count in sorted(summary.per_wilayat.items()):
        print(f"  {code}: {count}")
    return 0


def _show(args) -> int:
    from electadmin.services.tally import constituency_result, constituency_results

    store = open_store(args)
    try:
        results = [constituency_result(store, args.wilayat)] if args.wilayat else constituency_results(store)
    finally:
        store.close()
    if args.json:
        print_json([{"wilayat": r.wilayat_code, "name": r.wilayat_ar, "seats": r.seats, "status": r.status,
                     "stations_reported": r.stations_reported, "stations_expected": r.stations_expected,
                     "missing_stations": list(r.missing_stations),
                     "candidates": [{"ballot_number": c.ballot_number, "code": c.code, "name": c.name_ar,
                                     "votes": c.votes, "rank": c.rank, "standing": c.standing, "elected": c.elected}
                                    for c in r.candidates],
                     "winners": list(r.elected), "tie": list(r.tie.candidates) if r.tie else None}
                    for r in results])
        return 0
    for r in results:
        print(f"{r.wilayat_code} {r.wilayat_ar}: {r.seats} seats, {tr(r.status.label)}, "
              f"stations {r.stations_reported}/{r.stations_expected}")
        for c in r.candidates:
            mark = "*" if c.elected else " "
            print(f"  {mark} {c.ballot_number:>3} {c.code:<10} {c.name_ar:<40} {c.votes:>9}  {tr(c.standing.label)}")
        if r.tie:
            print(f"  tie for the last seat: {', '.join(r.tie.candidates)} ({r.tie.votes} votes)")
    return 0


def _export_pdf(args, store) -> int:
    from electadmin.services.results_reports import (
        write_consolidated_pdf, write_count_record_pdf, write_national_summary_pdf,
    )

    if args.document == "record":
        if not args.station:
            print("results export --document record needs --station CODE")
            return 2
        run_work(write_count_record_pdf(store, args.station, args.out))
    elif args.document == "consolidated":
        if not args.wilayat:
            print("results export --document consolidated needs --wilayat CODE")
            return 2
        run_work(write_consolidated_pdf(store, args.wilayat, args.out))
    else:
        run_work(write_national_summary_pdf(store, args.out))
    print(f"{args.document} → {args.out}")
    return 0


def _export(args) -> int:
    store = open_store(args)
    try:
        if args.format == "pdf":
            return _export_pdf(args, store)
        if args.format == "cdf":
            from electadmin.services.results_export import export_cdf

            count = run_work(export_cdf(store, args.out))
            print(f"{count} contests → {args.out}")
            return 0
        from electadmin.services.results_export import export_table

        out = args.out if args.out.suffix.lower() == f".{args.format}" else args.out.with_name(
            f"{args.out.name}.{args.format}")
        count = run_work(export_table(store, out, args.table, translate=translate))
    finally:
        store.close()
    print(f"{count} rows → {out}")
    return 0
