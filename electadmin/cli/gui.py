"""``electadmin gui``: open the window (the same as the ``electadmin-gui`` launcher)."""

from __future__ import annotations


def register(commands) -> None:
    parser = commands.add_parser("gui", help="open the application window")
    parser.add_argument("--db", metavar="FILE", help="election file to open (default: the last one, or the demo)")
    parser.set_defaults(handler=_run)


def _run(args) -> int:
    from electadmin.app import main  # the window is loaded only when asked for

    return main(["--db", args.db] if args.db else [])
