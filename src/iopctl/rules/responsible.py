"""Who answers for a deadline: the names a duty, a meeting or the agreement gives.

A handläggare wants "my deadlines", a unit its own, and a civil party's
coordinator only the rows that name them.  The agreement says who in several
places: a duty's ``responsible``, a meeting's ``convenor``, the
``reference.case_officer`` and ``reference.unit``, and the contacts.  A duty's
own names answer for its rows; the agreement's names answer for all of its
rows (the case officer follows the whole agreement, payments and notice days
included).

Names are compared folded (:func:`fold`): Unicode NFKD with the accents
dropped, then case-folded, so ``--responsible "linkoping"`` finds
``Linköping`` and ``JOHN fristedt`` finds ``John Fristedt``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

from ..models import Agreement, Duty, Meeting
from .amendments import duty_versions
from .deadlines import Deadline
from .duties import DUTY_KINDS, duty_key


def fold(name: str) -> str:
    """``name`` without case or accents, its whitespace collapsed: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def duty_people(agreement: Agreement, duty: Duty) -> tuple[str, ...]:
    """The person or unit a duty names: its ``responsible``, and a meeting's ``convenor``.

    A party named by id is said by its name ("Kvinnojouren Sjöbygden", not
    ``jouren``): that is what a person searches for, and the site's calendar
    feed of that party is named after it.
    """
    names = [duty.responsible, duty.convenor if isinstance(duty, Meeting) else None]
    return _unique(agreement.party_name(n) or n for n in names if n)


def agreement_names(agreement: Agreement) -> tuple[str, ...]:
    """The people and units the agreement itself names: case officer, unit, contacts."""
    ref = agreement.reference
    found = [ref.case_officer, ref.unit] if ref is not None else []
    found += [contact.name for contact in agreement.contacts]
    return _unique(n for n in found if n)


def own_names(agreement: Agreement, row: Deadline) -> tuple[str, ...]:
    """The names ``row``'s own duty or meeting gives; none for term and payment rows."""
    for index, version in enumerate(duty_versions(agreement)):
        duty = version.duty
        key = duty_key(duty, index)
        if DUTY_KINDS[duty.kind].deadline_kind == row.kind and (
            row.occurrence == key or row.occurrence.startswith(f"{key}.")
        ):
            return duty_people(agreement, duty)
    return ()


def row_names(agreement: Agreement, row: Deadline) -> tuple[str, ...]:
    """Everyone who answers for ``row``: its duty's names first, then the agreement's."""
    return _unique([*own_names(agreement, row), *agreement_names(agreement)])


def names_match(names: Iterable[str], wanted: Iterable[str]) -> bool:
    """Whether any wanted name occurs, folded, within one of ``names`` (``fristedt``
    finds ``John Fristedt``)."""
    folded = [fold(n) for n in names]
    return any(fold(w) in name for w in wanted for name in folded if fold(w))


def responsibilities(agreement: Agreement) -> Iterator[tuple[str, str]]:
    """``(name, what)`` for each duty that names someone: what ``show`` lists."""
    for duty in agreement.duties:
        for name in duty_people(agreement, duty):
            yield name, duty.title


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(fold(name), name)
    return tuple(seen.values())
