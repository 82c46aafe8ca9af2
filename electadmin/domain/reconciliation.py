"""Ballot reconciliation of a polling station's count record (محضر الفرز).

The figures a committee writes must agree with one another; keying errors and stuffed boxes show up
as figures that do not. :func:`reconcile` returns every check that fails, each with a stable code,
the two sides it compared and the names of the figures involved (so a form can mark them); an empty
tuple means the record reconciles. A figure left unknown (``None``) skips the checks that need it:
a station that does not know how many voted is still checked on everything else.

The checks:

* no figure is negative;
* registered men + women = registered in total, and the same for those who voted (when all given);
* ballots found in the box = valid + invalid + blank;
* ballots used + spoiled + unused = ballots received;
* ballots found ≤ ballots used (a box cannot hold more ballots than were handed out);
* ballots found ≤ voters who voted ≤ registered voters, and by gender voted ≤ registered; when the
  number who voted is unknown, ballots found ≤ registered;
* votes for candidates ≤ valid ballots × the votes a voter may cast, where a voter cannot mark more
  candidates than the ballot lists; and votes for candidates ≥ valid ballots, since a valid ballot
  marks at least one name (a ballot with none is blank); and no candidate has more votes than there
  are valid ballots, since a ballot marks a name once.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from electadmin.domain.text import QT_TRANSLATE_NOOP, Term, Translate, untranslated

FIGURES = (
    "registered_men", "registered_women", "registered_total",
    "voted_men", "voted_women", "voted_total",
    "ballots_received", "ballots_used", "ballots_spoiled", "ballots_unused", "ballots_found",
    "valid", "invalid", "blank",
)
"""The whole-number figures of a record, in the order a form shows them."""

FIGURE_LABELS: Mapping[str, Term] = {
    "registered_men": QT_TRANSLATE_NOOP("CountRecord", "Registered voters, men"),
    "registered_women": QT_TRANSLATE_NOOP("CountRecord", "Registered voters, women"),
    "registered_total": QT_TRANSLATE_NOOP("CountRecord", "Registered voters, total"),
    "voted_men": QT_TRANSLATE_NOOP("CountRecord", "Voters who voted, men"),
    "voted_women": QT_TRANSLATE_NOOP("CountRecord", "Voters who voted, women"),
    "voted_total": QT_TRANSLATE_NOOP("CountRecord", "Voters who voted, total"),
    "ballots_received": QT_TRANSLATE_NOOP("CountRecord", "Ballots received"),
    "ballots_used": QT_TRANSLATE_NOOP("CountRecord", "Ballots used"),
    "ballots_spoiled": QT_TRANSLATE_NOOP("CountRecord", "Ballots spoiled"),
    "ballots_unused": QT_TRANSLATE_NOOP("CountRecord", "Ballots unused"),
    "ballots_found": QT_TRANSLATE_NOOP("CountRecord", "Ballots found in the box"),
    "valid": QT_TRANSLATE_NOOP("CountRecord", "Valid ballots"),
    "invalid": QT_TRANSLATE_NOOP("CountRecord", "Invalid ballots"),
    "blank": QT_TRANSLATE_NOOP("CountRecord", "Blank ballots"),
    "candidate_votes": QT_TRANSLATE_NOOP("CountRecord", "Votes for the candidates"),
}

_CANDIDATE_FIGURE = QT_TRANSLATE_NOOP("CountRecord", "Votes for candidate {key}")


@dataclass(frozen=True, slots=True)
class CountFigures:
    """The figures of one station's count record; ``None`` is a figure not known or not written.

    ``candidate_votes`` maps each candidate on the ballot (by stable key) to their votes here;
    ``votes_allowed`` is how many names a voter may mark (see ``seats.votes_allowed``).
    """

    registered_men: int | None = None
    registered_women: int | None = None
    registered_total: int | None = None
    voted_men: int | None = None
    voted_women: int | None = None
    voted_total: int | None = None
    ballots_received: int | None = None
    ballots_used: int | None = None
    ballots_spoiled: int | None = None
    ballots_unused: int | None = None
    ballots_found: int | None = None
    valid: int | None = None
    invalid: int | None = None
    blank: int | None = None
    candidate_votes: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    votes_allowed: int = 1

    def __post_init__(self) -> None:
        if self.votes_allowed < 1:
            raise ValueError("a voter may mark at least one name")
        object.__setattr__(self, "candidate_votes", MappingProxyType(dict(self.candidate_votes)))

    @property
    def registered(self) -> int | None:
        """Registered voters: the total written, else men + women when both are."""
        return _total(self.registered_total, self.registered_men, self.registered_women)

    @property
    def voted(self) -> int | None:
        """Voters who voted: the total written, else men + women when both are."""
        return _total(self.voted_total, self.voted_men, self.voted_women)

    @property
    def turnout(self) -> float | None:
        """Voters who voted as a fraction of those registered (``None`` when either is unknown)."""
        registered, voted = self.registered, self.voted
        if registered is None or voted is None or registered <= 0:
            return None
        return voted / registered

    @property
    def candidate_total(self) -> int:
        return sum(self.candidate_votes.values())


def _total(total: int | None, men: int | None, women: int | None) -> int | None:
    if total is not None:
        return total
    if men is not None and women is not None:
        return men + women
    return None


class ReconciliationCode(StrEnum):
    """Stable codes of the reconciliation checks (kept with a record's warnings, never renamed)."""

    NEGATIVE = "reconciliation.negative"
    REGISTERED_GENDER_SUM = "reconciliation.registered_gender_sum"
    VOTED_GENDER_SUM = "reconciliation.voted_gender_sum"
    BALLOTS_FOUND_SUM = "reconciliation.ballots_found_sum"
    BALLOTS_ACCOUNTED = "reconciliation.ballots_accounted"
    FOUND_ABOVE_USED = "reconciliation.found_above_used"
    FOUND_ABOVE_VOTED = "reconciliation.found_above_voted"
    FOUND_ABOVE_REGISTERED = "reconciliation.found_above_registered"
    VOTED_ABOVE_REGISTERED = "reconciliation.voted_above_registered"
    VOTED_MEN_ABOVE_REGISTERED = "reconciliation.voted_men_above_registered"
    VOTED_WOMEN_ABOVE_REGISTERED = "reconciliation.voted_women_above_registered"
    VOTES_ABOVE_ALLOWED = "reconciliation.votes_above_allowed"
    VOTES_BELOW_VALID = "reconciliation.votes_below_valid"
    CANDIDATE_ABOVE_VALID = "reconciliation.candidate_above_valid"

    @property
    def description(self) -> Term:
        return _DESCRIPTIONS[self]


_DESCRIPTIONS: Mapping[ReconciliationCode, Term] = {
    ReconciliationCode.NEGATIVE: QT_TRANSLATE_NOOP("Reconciliation", "{subject} is negative ({left})."),
    ReconciliationCode.REGISTERED_GENDER_SUM: QT_TRANSLATE_NOOP(
        "Reconciliation", "Registered voters in total ({left}) differ from men plus women ({right})."),
    ReconciliationCode.VOTED_GENDER_SUM: QT_TRANSLATE_NOOP(
        "Reconciliation", "Voters who voted in total ({left}) differ from men plus women ({right})."),
    ReconciliationCode.BALLOTS_FOUND_SUM: QT_TRANSLATE_NOOP(
        "Reconciliation", "Ballots found ({left}) differ from valid plus invalid plus blank ({right})."),
    ReconciliationCode.BALLOTS_ACCOUNTED: QT_TRANSLATE_NOOP(
        "Reconciliation", "Ballots received ({left}) differ from used plus spoiled plus unused ({right})."),
    ReconciliationCode.FOUND_ABOVE_USED: QT_TRANSLATE_NOOP(
        "Reconciliation", "More ballots were found in the box ({left}) than were used ({right})."),
    ReconciliationCode.FOUND_ABOVE_VOTED: QT_TRANSLATE_NOOP(
        "Reconciliation", "More ballots were found in the box ({left}) than voters voted ({right})."),
    ReconciliationCode.FOUND_ABOVE_REGISTERED: QT_TRANSLATE_NOOP(
        "Reconciliation", "More ballots were found in the box ({left}) than voters are registered ({right})."),
    ReconciliationCode.VOTED_ABOVE_REGISTERED: QT_TRANSLATE_NOOP(
        "Reconciliation", "More voters voted ({left}) than are registered ({right})."),
    ReconciliationCode.VOTED_MEN_ABOVE_REGISTERED: QT_TRANSLATE_NOOP(
        "Reconciliation", "More men voted ({left}) than are registered ({right})."),
    ReconciliationCode.VOTED_WOMEN_ABOVE_REGISTERED: QT_TRANSLATE_NOOP(
        "Reconciliation", "More women voted ({left}) than are registered ({right})."),
    ReconciliationCode.VOTES_ABOVE_ALLOWED: QT_TRANSLATE_NOOP(
        "Reconciliation",
        "The candidates' votes ({left}) exceed what the valid ballots allow ({right})."),
    ReconciliationCode.VOTES_BELOW_VALID: QT_TRANSLATE_NOOP(
        "Reconciliation",
        "The candidates' votes ({left}) are fewer than the valid ballots ({right}), each of which marks a name."),
    ReconciliationCode.CANDIDATE_ABOVE_VALID: QT_TRANSLATE_NOOP(
        "Reconciliation", "Candidate {candidate} has more votes ({left}) than there are valid ballots ({right})."),
}


@dataclass(frozen=True, slots=True)
class FailedCheck:
    """A check that failed: the two sides compared, and the figures that enter it.

    ``subject`` names the figure of a ``negative`` check; for a candidate's votes it is a template
    filled with ``candidate``, that candidate's key.
    """

    code: ReconciliationCode
    left: int
    right: int
    fields: tuple[str, ...]
    subject: Term | None = None
    candidate: str | None = None

    @property
    def description(self) -> Term:
        return self.code.description

    def describe(self, translate: Translate = untranslated) -> str:
        """The sentence in the language *translate* gives, with the figures filled in."""
        text = self.description.translated(translate)
        try:
            subject = "" if self.subject is None else self.subject.translated(translate).format(
                key=self.candidate)
            return text.format(left=self.left, right=self.right, subject=subject,
                               candidate=self.candidate or "")
        except (KeyError, IndexError, ValueError):
            # A translation naming a parameter that is not given must not hide the failure.
            return f"{text} ({self.left}, {self.right})"


def reconcile(figures: CountFigures) -> tuple[FailedCheck, ...]:
    """Every check *figures* fail, in the order of :class:`ReconciliationCode`; empty when they reconcile."""
    return tuple(_failures(figures))


def _failures(f: CountFigures) -> Iterator[FailedCheck]:
    code = ReconciliationCode
    for name in FIGURES:
        value = getattr(f, name)
        if value is not None and value < 0:
            yield FailedCheck(code.NEGATIVE, value, 0, (name,), FIGURE_LABELS[name])
    for key, value in sorted(f.candidate_votes.items()):
        if value < 0:
            yield FailedCheck(code.NEGATIVE, value, 0, ("candidate_votes",), _CANDIDATE_FIGURE, key)

    yield from _sum(code.REGISTERED_GENDER_SUM, f, "registered_total", "registered_men", "registered_women")
    yield from _sum(code.VOTED_GENDER_SUM, f, "voted_total", "voted_men", "voted_women")
    yield from _sum(code.BALLOTS_FOUND_SUM, f, "ballots_found", "valid", "invalid", "blank")
    yield from _sum(code.BALLOTS_ACCOUNTED, f, "ballots_received", "ballots_used", "ballots_spoiled",
                    "ballots_unused")

    registered, registered_from = f.registered, _source(f, "registered")
    voted, voted_from = f.voted, _source(f, "voted")
    found = f.ballots_found
    yield from _at_most(code.FOUND_ABOVE_USED, found, f.ballots_used, ("ballots_found",), ("ballots_used",))
    if voted is not None:
        yield from _at_most(code.FOUND_ABOVE_VOTED, found, voted, ("ballots_found",), voted_from)
    else:
        yield from _at_most(code.FOUND_ABOVE_REGISTERED, found, registered, ("ballots_found",),
                            registered_from)
    yield from _at_most(code.VOTED_ABOVE_REGISTERED, voted, registered, voted_from, registered_from)
    yield from _at_most(code.VOTED_MEN_ABOVE_REGISTERED, f.voted_men, f.registered_men,
                        ("voted_men",), ("registered_men",))
    yield from _at_most(code.VOTED_WOMEN_ABOVE_REGISTERED, f.voted_women, f.registered_women,
                        ("voted_women",), ("registered_women",))

    if f.valid is not None and f.candidate_votes:
        total = f.candidate_total
        marks = min(f.votes_allowed, len(f.candidate_votes))
        yield from _at_most(code.VOTES_ABOVE_ALLOWED, total, f.valid * marks, ("candidate_votes",),
                            ("valid",))
        if total < f.valid:
            yield FailedCheck(code.VOTES_BELOW_VALID, total, f.valid, ("candidate_votes", "valid"))
        for key, votes in sorted(f.candidate_votes.items()):
            if votes > f.valid:
                yield FailedCheck(code.CANDIDATE_ABOVE_VALID, votes, f.valid, ("candidate_votes", "valid"),
                                  candidate=key)


def _source(f: CountFigures, prefix: str) -> tuple[str, ...]:
    """The field(s) a derived total (``registered``, ``voted``) was read from."""
    if getattr(f, f"{prefix}_total") is not None:
        return (f"{prefix}_total",)
    return (f"{prefix}_men", f"{prefix}_women")


def _sum(code: ReconciliationCode, f: CountFigures, total_name: str,
         *part_names: str) -> Iterator[FailedCheck]:
    total = getattr(f, total_name)
    parts = [getattr(f, name) for name in part_names]
    if total is None or any(p is None for p in parts):
        return
    right = sum(parts)
    if total != right:
        yield FailedCheck(code, total, right, (total_name, *part_names))


def _at_most(code: ReconciliationCode, left: int | None, right: int | None, left_fields: tuple[str, ...],
             right_fields: tuple[str, ...]) -> Iterator[FailedCheck]:
    if left is not None and right is not None and left > right:
        yield FailedCheck(code, left, right, (*left_fields, *right_fields))
