"""The headless command line: the same services as the window, for scripts and servers.

``electadmin --help`` lists the commands; each area adds its own in a module of this package
(listed in :data:`AREAS`). Errors are printed as translated sentences with their stable code, and the
exit status says what happened: 0 done, 1 refused (a typed error), 2 bad usage, 3 a check failed
(e.g. ``audit verify`` found a broken chain).
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module

from electadmin import __version__
from electadmin.cli.common import EXIT_REFUSED, fail, setup_language
from electadmin.domain.errors import ElectadminError, ErrorCode

AREAS = ("gui", "demo", "election", "geography", "audit")
AREAS += ("candidates",)
AREAS += ("trust",)
AREAS += ("results",)
AREAS += ("roll",)
AREAS += ("polling",)
AREAS += ("record",)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="electadmin",
        description="Run an election offline: election set-up, geography, audit log (and more areas as they land).",
    )
    parser.add_argument("--version", action="version", version=f"electadmin {__version__}")
    parser.add_argument("--lang", choices=("ar", "en"), help="language of messages (default: from LANG)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for area in AREAS:
        import_module(f"electadmin.cli.{area}").register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run a command; with no arguments at all, open the window (a double-clicked executable)."""
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv or ["gui"])
    if args.command != "gui":  # the window builds its own QApplication and language
        setup_language(args.lang)
    try:
        return int(args.handler(args) or 0)
    except ElectadminError as error:
        fail(error)
        if error.code is ErrorCode.STORE_CORRUPT and getattr(args, "db", None):
            print(f"the file may be restored from its latest good backup: electadmin backup list --db {args.db}; "
                  f"electadmin backup restore --db {args.db} latest", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
