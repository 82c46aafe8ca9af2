"""The draw by lot (قرعة) that orders candidates tied for the last seat, as the committee records it.

Two methods:

``seed``
    The committee agrees on a seed, any text (say the date and the numbers of two banknotes read
    aloud). Each tied candidate's position comes from SHA-256 over the UTF-8 bytes of
    ``<seed>:<candidate key>`` (the candidate key is the stable candidate number printed on the
    ballot); candidates are ordered by that digest written in lower-case hexadecimal, smallest first.
    Anyone can recompute it by hand with any SHA-256 tool, e.g. for seed ``2023-10-29 A`` and
    candidates ``07`` and ``12``::

        for k in 07 12; do
          printf '%s %s\\n' "$(printf '%s' "2023-10-29 A:$k" | sha256sum | cut -c1-64)" "$k"
        done | sort

    The seed is kept exactly as the committee typed it, except that Unicode is composed (NFC) and
    spaces at both ends are dropped, so the same visible text always gives the same bytes.
    Whoever chose the seed alone could try seeds until one suits them, so the committee fixes it in
    front of the witnesses (a part from each tied candidate's agent, say) before any order is computed.

``physical``
    Names drawn from a box, the order typed in by hand: it must name each tied candidate exactly once.

Either way the record keeps who drew, the witnesses (at least one) and when (UTC).
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from electadmin.domain.errors import ElectadminError, ErrorCode
from electadmin.domain.text import QT_TRANSLATE_NOOP, Term

_LIST_SEPARATOR = "، "
_NOTHING = "—"


class DrawMethod(StrEnum):
    SEED = "seed"
    PHYSICAL = "physical"

    @property
    def label(self) -> Term:
        return _METHOD_LABELS[self]


_METHOD_LABELS = {
    DrawMethod.SEED: QT_TRANSLATE_NOOP("Terms", "Computed from a seed agreed by the committee"),
    DrawMethod.PHYSICAL: QT_TRANSLATE_NOOP("Terms", "Drawn by hand"),
}


def normalise_seed(seed: str) -> str:
    """The seed as it is hashed and kept: NFC, without spaces at either end; never empty."""
    normal = unicodedata.normalize("NFC", seed).strip()
    if not normal:
        raise ElectadminError(ErrorCode.DRAW_EMPTY_SEED)
    return normal


def seed_digest(seed: str, key: str) -> str:
    """The lower-case hexadecimal SHA-256 of ``<seed>:<key>`` (the seed already normalised)."""
    return hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()


def seed_order(seed: str, tied: Iterable[str]) -> tuple[str, ...]:
    """The order of *tied* that *seed* gives: by :func:`seed_digest`, smallest first."""
    normal = normalise_seed(seed)
    keys = _tied_group(tied)
    return tuple(sorted(keys, key=lambda k: (seed_digest(normal, k), k)))


def check_permutation(order: Sequence[str], tied: Iterable[str]) -> tuple[str, ...]:
    """*order* as a tuple if it names each of *tied* exactly once, else raise ``draw.not_permutation``."""
    keys = _tied_group(tied)
    given = tuple(order)
    counts = Counter(given)
    missing = [k for k in keys if k not in counts]
    unexpected = [k for k in counts if k not in keys]
    repeated = [k for k, n in counts.items() if n > 1]
    if missing or unexpected or repeated:
        raise ElectadminError(
            ErrorCode.DRAW_NOT_PERMUTATION,
            candidates=_LIST_SEPARATOR.join(keys),
            missing=_LIST_SEPARATOR.join(missing) or _NOTHING,
            unexpected=_LIST_SEPARATOR.join(unexpected) or _NOTHING,
            repeated=_LIST_SEPARATOR.join(repeated) or _NOTHING,
        )
    return given


@dataclass(frozen=True, slots=True)
class Draw:
    """A draw as recorded: the tied group (sorted by key), the order drawn, and its circumstances."""

    method: DrawMethod
    tied: tuple[str, ...]
    order: tuple[str, ...]
    drawn_by: str
    witnesses: tuple[str, ...]
    drawn_at: datetime
    seed: str | None = None

    def verify(self) -> None:
        """Raise unless the record is whole: a permutation, witnessed, and (by seed) recomputable."""
        _people(self.drawn_by, self.witnesses)
        check_permutation(self.order, self.tied)
        if self.method is DrawMethod.SEED:
            expected = seed_order(self.seed or "", self.tied)
            if expected != self.order:
                raise ElectadminError(ErrorCode.DRAW_SEED_MISMATCH, seed=self.seed or "",
                                      recorded=_LIST_SEPARATOR.join(self.order),
                                      expected=_LIST_SEPARATOR.join(expected))
        elif self.seed is not None:
            raise ValueError("a physical draw has no seed")


def seed_draw(tied: Iterable[str], seed: str, *, drawn_by: str, witnesses: Iterable[str],
              drawn_at: datetime) -> Draw:
    """Record a draw by seed: the order is computed, never typed."""
    keys = _tied_group(tied)
    normal = normalise_seed(seed)
    by, people = _people(drawn_by, witnesses)
    return Draw(DrawMethod.SEED, keys, seed_order(normal, keys), by, people, _utc(drawn_at), normal)


def physical_draw(tied: Iterable[str], order: Sequence[str], *, drawn_by: str,
                  witnesses: Iterable[str], drawn_at: datetime) -> Draw:
    """Record a draw made by hand, checking that *order* is exactly the tied group."""
    keys = _tied_group(tied)
    checked = check_permutation(order, keys)
    by, people = _people(drawn_by, witnesses)
    return Draw(DrawMethod.PHYSICAL, keys, checked, by, people, _utc(drawn_at))


def _tied_group(tied: Iterable[str]) -> tuple[str, ...]:
    keys = tuple(tied)
    if len(keys) < 2 or len(set(keys)) != len(keys) or not all(isinstance(k, str) and k for k in keys):
        raise ValueError(f"a tie is between at least two distinct candidate keys, not {keys!r}")
    return tuple(sorted(keys))


def _people(drawn_by: str, witnesses: Iterable[str]) -> tuple[str, tuple[str, ...]]:
    """Who drew and the witnesses, trimmed; blank witness lines (an empty row of a form) are dropped."""
    by = " ".join(drawn_by.split())
    if not by:
        raise ElectadminError(ErrorCode.DRAW_NO_DRAWER)
    people = tuple(name for name in (" ".join(w.split()) for w in witnesses) if name)
    if not people:
        raise ElectadminError(ErrorCode.DRAW_NO_WITNESS)
    return by, people


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("the time of a draw must be an aware datetime")
    return moment.astimezone(UTC)
