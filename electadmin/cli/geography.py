"""``electadmin geography import|export|load-reference|show``."""

from __future__ import annotations

from pathlib import Path

from electadmin.cli.common import add_db, open_store, print_json, run_work
from electadmin.i18n import translate
from electadmin.services import geography
from electadmin.services.reference import load_reference_geography


def register(commands) -> None:
    parser = commands.add_parser("geography", help="governorates, wilayats and polling centres")
    sub = parser.add_subparsers(dest="geography_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import a geography file (XLSX or CSV); a file with any bad row imports nothing")
    add_db(imp, writes=True)
    imp.add_argument("path", type=Path)
    imp.set_defaults(handler=_import)
    exp = sub.add_parser("export", help="export the geography (format from the extension: .xlsx or .csv)")
    add_db(exp, writes=True)
    exp.add_argument("path", type=Path)
    exp.set_defaults(handler=_export)
    ref = sub.add_parser("load-reference", help="load Oman's 2023 geography (63 wilayats, 90 seats)")
    add_db(ref, writes=True)
    ref.set_defaults(handler=_reference)
    show = sub.add_parser("show", help="list the wilayats with seats and centres")
    add_db(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)


def _import(args) -> int:
    from electadmin.services.geography_file import import_geography

    store = open_store(args)
    try:
        changes = run_work(import_geography(store, args.path, translate))
    finally:
        store.close()
    _print_changes(changes)
    return 0


def _export(args) -> int:
    from electadmin.services.geography_file import export_geography

    store = open_store(args)
    try:
        count = run_work(export_geography(store, args.path, translate))
    finally:
        store.close()
    print(f"{count} rows → {args.path}")
    return 0


def _reference(args) -> int:
    store = open_store(args)
    try:
        changes = load_reference_geography(store)
    finally:
        store.close()
    _print_changes(changes)
    return 0


def _print_changes(changes: geography.GeographyChanges) -> None:
    for kind in changes.created:
        print(f"{kind}: {changes.created[kind]} created, {changes.updated[kind]} updated, "
              f"{changes.unchanged[kind]} unchanged")


def _show(args) -> int:
    store = open_store(args)
    try:
        wilayats = geography.list_wilayats(store)
    finally:
        store.close()
    if args.json:
        print_json(wilayats)
        return 0
    for w in wilayats:
        print(f"{w.code:<6} {w.name_ar:<24} {w.name_en:<34} seats {w.seats}  centres {w.centres}")
    return 0
