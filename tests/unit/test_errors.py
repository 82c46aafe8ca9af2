"""Typed errors: every code has a template; terms are translated late; errors cross processes."""

from __future__ import annotations

import pickle
import string

from electadmin.domain.errors import ElectadminError, ErrorCode, describe, template
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term


def test_every_code_has_a_template_in_the_errors_context():
    for code in ErrorCode:
        text = template(code)
        assert isinstance(text, Term) and text.context == "Errors" and text.strip(), code


def test_codes_are_unique_and_dotted():
    values = [code.value for code in ErrorCode]
    assert len(values) == len(set(values))
    assert all("." in value for value in values)


def test_describe_translates_the_template_and_term_parameters_but_not_values():
    field = QT_TRANSLATE_NOOP("Fields", "Seats")
    error = ElectadminError(ErrorCode.VALUE_NOT_INTEGER, field=field, value="Seats")

    def fake(context: str, text: str) -> str:
        return {("Errors", template(ErrorCode.VALUE_NOT_INTEGER)): "{field} يجب أن يكون عددًا صحيحًا، لا «{value}».",
                ("Fields", "Seats"): "المقاعد"}.get((context, text), text)

    assert describe(error, fake) == "المقاعد يجب أن يكون عددًا صحيحًا، لا «Seats»."
    assert str(error) == "Seats must be a whole number, not “Seats”."


def test_a_translation_naming_an_unknown_parameter_still_shows_the_error():
    error = ElectadminError(ErrorCode.FILE_EMPTY, path="x.csv")
    assert "x.csv" in describe(error, lambda c, t: "{nonexistent}")


def test_templates_only_use_parameters_in_braces():
    for code in ErrorCode:
        names = [f for _, f, _, _ in string.Formatter().parse(template(code)) if f]
        assert all(name.isidentifier() for name in names), code


def test_errors_and_terms_survive_pickling():
    error = ElectadminError(ErrorCode.VALUE_REQUIRED, field=QT_TRANSLATE_NOOP("Fields", "Name in Arabic"))
    copy = pickle.loads(pickle.dumps(error))
    assert copy.code is ErrorCode.VALUE_REQUIRED
    assert isinstance(copy.params["field"], Term) and copy.params["field"].context == "Fields"
