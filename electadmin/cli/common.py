"""What every command shares: opening the store, printing, progress, errors in the user's language."""

from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from electadmin.domain.errors import ElectadminError, RowError, describe
from electadmin.domain.progress import Progress, Work, run_to_end
from electadmin.domain.text import Term
from electadmin.i18n import Language, compile_translations, install_language, translate
from electadmin.services import users
from electadmin.services.store import Store, delete_files

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_CHECK_FAILED = 0, 1, 2, 3


def setup_language(choice: str | None) -> None:
    """Translators for messages: ``--lang``, else ``ELECTADMIN_LANG``, else ``LANG`` (ar → Arabic)."""
    code = choice or os.environ.get("ELECTADMIN_LANG") or os.environ.get("LANG", "en")[:2]
    app = QCoreApplication.instance() or QCoreApplication(["electadmin"])
    try:
        compile_translations()  # a source checkout: build .qm files missing or older than their .ts
    except (OSError, subprocess.CalledProcessError):
        pass  # messages then stay in English, the source language
    install_language(app, Language.ARABIC if code == "ar" else Language.ENGLISH)


def tr(text: Term | str) -> str:
    return text.translated(translate) if isinstance(text, Term) else text


def add_db(parser, required: bool = True, *, writes: bool = False) -> None:
    """``--db``; for a command that changes state also ``--user`` (see :func:`open_store`)."""
    parser.add_argument("--db", required=required, metavar="FILE",
                        help="the election file (.electadmin) or a database URL")
    if writes:
        add_user(parser)


def add_user(parser) -> None:
    parser.add_argument("--user", metavar="NAME", default=os.environ.get("ELECTADMIN_USER"),
                        help="sign in as NAME (password from ELECTADMIN_PASSWORD, else asked); "
                             "default: ELECTADMIN_USER")


def password_for(name: str, prompt: str = "Password for {name}: ", env: str = "ELECTADMIN_PASSWORD") -> str:
    """The password from the environment variable *env*, else asked on the terminal (never echoed)."""
    password = os.environ.get(env)
    if password is not None:
        return password
    return getpass.getpass(prompt.format(name=name))


def open_store(args, *, create: bool = False) -> Store:
    """The store of ``--db``; signed in as ``--user`` when the command takes one.

    A command that changes state is refused by the service (``auth.required``) when no user is given.
    """
    store = Store.open(args.db, create=create)
    name = getattr(args, "user", None)
    if name:
        try:
            users.sign_in(store, name, password_for(name))
        except BaseException:
            store.close()
            raise
    return store


@contextmanager
def new_file(path: Path) -> Iterator[Store]:
    """A new election file; if the block fails, the half-made file is removed."""
    store = Store.open(path, create=True)
    try:
        yield store
    except BaseException:
        store.close()
        delete_files(path)
        raise
    store.close()


def run_work(work: Work[Any], quiet: bool = False) -> Any:
    """Drive long work, showing progress on stderr when it is a terminal."""
    show = not quiet and sys.stderr.isatty()

    def report(progress: Progress) -> None:
        if show:
            text = tr(progress.step) if progress.step else ""
            figures = f"{progress.done}/{progress.total}" if progress.total else f"{progress.done}"
            print(f"\r{text} {figures}\033[K", end="", file=sys.stderr, flush=True)

    result = run_to_end(work, report)
    if show:
        print(file=sys.stderr)
    return result


def fail(error: ElectadminError) -> None:
    """Print a refusal; a rejected file lists every problem (row, column, value, reason) first."""
    for problem in getattr(error, "problems", ()):
        cause = problem.error.error if isinstance(problem.error, RowError) else problem.error
        where = f"row {problem.row}" if problem.row is not None else "file"
        column = f", {tr(problem.error.column)}" if isinstance(problem.error, RowError) else ""
        value = f" “{problem.error.value}”" if isinstance(problem.error, RowError) and problem.error.value not in (None, "") else ""
        print(f"  {where}{column}{value}: {describe(cause, translate)} [{cause.code.value}]", file=sys.stderr)
    print(f"error [{error.code.value}]: {describe(error, translate)}", file=sys.stderr)


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


def print_json(value: Any) -> None:
    json.dump(_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    print()
