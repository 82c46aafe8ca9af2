"""``electadmin polling checkin|undo|station|close|export|merge|turnout|anomalies``."""

from __future__ import annotations

from pathlib import Path

from electadmin.cli.common import add_db, open_store, password_for, print_json
from electadmin.domain.polling import CheckInRefused
from electadmin.services import polling
from electadmin.services.election import get_election


def register(commands) -> None:
    parser = commands.add_parser("polling", help="polling day: check voters in, undo, turnout, stations' packages")
    sub = parser.add_subparsers(dest="polling_command", metavar="ACTION", required=True)

    checkin = sub.add_parser("checkin", help="check a voter in (refused with the reason: voted, other centre, ...)")
    add_db(checkin, writes=True)
    checkin.add_argument("civil_number")
    checkin.add_argument("--station", metavar="CODE", help="the station (default: this computer's)")
    checkin.set_defaults(handler=_checkin)

    undo = sub.add_parser("undo", help="undo a check-in made in error (reason required)")
    add_db(undo, writes=True)
    undo.add_argument("civil_number")
    undo.add_argument("--reason", required=True)
    undo.set_defaults(handler=_undo)

    station = sub.add_parser("station", help="assign this computer to a polling station")
    add_db(station, writes=True)
    station.add_argument("code")
    station.set_defaults(handler=_station)

    close = sub.add_parser("close", help="close the polls of a station and print its closing summary")
    add_db(close, writes=True)
    close.add_argument("--station", metavar="CODE", help="the station (default: this computer's)")
    close.add_argument("--pdf", type=Path, metavar="OUT", help="also print the summary as a PDF")
    close.add_argument("--json", action="store_true")
    close.set_defaults(handler=_close)

    export = sub.add_parser("export", help="write this computer's check-in events as a package signed by k members "
                                           "of the station's centre committee (--signer, repeated; passwords from "
                                           "ELECTADMIN_SIGNING_PASSWORD_1, _2, ..., else asked)")
    add_db(export, writes=True)
    export.add_argument("out", type=Path, help="a folder, or a zip file when it ends in .zip")
    export.add_argument("--signer", action="append", default=[], metavar="MEMBER", required=True)
    export.set_defaults(handler=_export)

    merge = sub.add_parser("merge", help="merge stations' packages (any order, any number of times)")
    add_db(merge, writes=True)
    merge.add_argument("packages", nargs="+", type=Path, metavar="PACKAGE")
    merge.set_defaults(handler=_merge)

    turnout = sub.add_parser("turnout", help="turnout by station, centre, hour and gender")
    add_db(turnout)
    turnout.add_argument("--wilayat", metavar="CODE")
    turnout.add_argument("--json", action="store_true")
    turnout.set_defaults(handler=_turnout)

    anomalies = sub.add_parser("anomalies", help="voters checked in more than once (for the committee)")
    add_db(anomalies)
    anomalies.add_argument("--json", action="store_true")
    anomalies.set_defaults(handler=_anomalies)


def _with_store(args, action):
    store = open_store(args)
    try:
        return action(store)
    finally:
        store.close()


def _checkin(args) -> int:
    try:
        result = _with_store(args, lambda s: polling.check_in(s, args.civil_number, args.station))
    except CheckInRefused:
        raise  # printed by the entry point, in the user's language, with its code; exit 1
    print(f"checked in: {result.civil_number} {result.name} at {result.station_code} "
          f"(event {result.machine_id}/{result.sequence}, {result.at.isoformat()})")
    return 0


def _undo(args) -> int:
    result = _with_store(args, lambda s: polling.undo_check_in(s, args.civil_number, args.reason))
    print(f"undone: check-in {result.undone[0]}/{result.undone[1]} of {result.civil_number} at {result.station_code}")
    return 0


def _station(args) -> int:
    station = _with_store(args, lambda s: polling.assign_station(s, args.code))
    print(f"this computer serves station {station.code} ({station.centre_name})")
    return 0


def _close(args) -> int:
    def action(store):
        summary = polling.close_polls(store, args.station)
        if args.pdf:
            from electadmin.services.polling_reports import write_closing_summary_pdf

            write_closing_summary_pdf(store, args.pdf, summary.station_code)
        return summary

    summary = _with_store(args, action)
    if args.json:
        print_json(summary)
    else:
        print(f"station {summary.station_code} closed: {summary.total} voters checked in "
              f"({summary.men} men, {summary.women} women), {summary.undo_count} undone")
    return 0


def _export(args) -> int:
    credentials = [(name, password_for(name, "Signing password for {name}: ", f"ELECTADMIN_SIGNING_PASSWORD_{index}"))
                   for index, name in enumerate(args.signer, start=1)]
    summary = _with_store(args, lambda s: polling.export_events(s, args.out, credentials))
    print(f"{summary.events} events of machine {summary.machine_id} → {summary.path} (sha256 {summary.payload_sha256}), "
          f"signed by {', '.join(summary.signers)} of {summary.committee}")
    return 0


def _merge(args) -> int:
    summary = _with_store(args, lambda s: polling.merge_packages(s, args.packages))
    print(f"{summary.packages} packages, {summary.events_read} events: {summary.events_new} new "
          f"({summary.check_ins_new} check-ins, {summary.undos_new} undos); {summary.anomalies} anomalies")
    return 0


def _turnout(args) -> int:
    def action(store):
        rows = polling.turnout_rows(store, args.wilayat)
        centres = {}
        for row in rows:
            centres.setdefault(row.centre_code, None)
        return rows, [polling.centre_turnout(store, code) for code in centres if code], get_election(store)

    rows, centres, _election = _with_store(args, action)
    if args.json:
        print_json({"rows": rows, "centres": [
            {"centre": c.centre_code, "name": c.centre_name, "roll": c.roll, "men": c.men, "women": c.women,
             "voters": c.total, "percent": round(c.percent, 2)} for c in centres]})
        return 0
    stations: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        cell = stations.setdefault((row.centre_code, row.station_code), [0, 0])
        cell[0 if row.gender == "M" else 1] += row.voters
    for centre in centres:
        print(f"{centre.centre_code:<14} {centre.centre_name}: {centre.total} of {centre.roll} "
              f"({centre.percent:.1f}%), men {centre.men}, women {centre.women}")
        for (centre_code, station), (men, women) in sorted(stations.items()):
            if centre_code == centre.centre_code:
                print(f"  {station:<16} {men + women:>6}  men {men:>6}  women {women:>6}")
    hours: dict[int, int] = {}
    for row in rows:
        hours[row.hour] = hours.get(row.hour, 0) + row.voters
    for hour, count in sorted(hours.items()):
        print(f"  {hour:02d}:00 {count:>7}")
    print(f"total {sum(r.voters for r in rows)}")
    return 0


def _anomalies(args) -> int:
    found = _with_store(args, polling.anomalies)
    if args.json:
        print_json(found)
        return 0
    for anomaly in found:
        where = ", ".join(f"{c.station_code} {c.at.isoformat()}" for c in anomaly.check_ins)
        print(f"{anomaly.civil_number} {anomaly.name}: {where}")
    print(f"{len(found)} voters checked in more than once")
    return 0
