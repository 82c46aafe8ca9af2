"""Translatable terms without Qt.

``QT_TRANSLATE_NOOP(context, text)`` is the marker ``pyside6-lupdate`` extracts into
``translations/*.ts``. Here it returns a :class:`Term`: a ``str`` that remembers its context, so code
that shows it (the UI, the CLI, :func:`electadmin.domain.errors.describe`) can translate it late, in
the language chosen at that moment, while plain strings (a user's value, a path) are never translated.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


class Term(str):
    """An English source string that is shown translated; ``context`` is its lupdate context."""

    context: str

    def __new__(cls, text: str, context: str) -> Term:
        term = super().__new__(cls, text)
        term.context = context
        return term

    def __reduce__(self):
        return (Term, (str(self), self.context))

    def translated(self, translate: Translate) -> str:
        return translate(self.context, str(self))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Term:  # noqa: N802 - the name lupdate looks for
    """Mark *text* for extraction by lupdate and keep its context for later translation."""
    return Term(text, context)


def untranslated(context: str, text: str) -> str:
    """The identity translation (English, the source language)."""
    return text
