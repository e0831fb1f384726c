"""The check that a placeholder written by ``iopctl new`` has been replaced.

The skeleton fills every value a person must supply with a placeholder that
fails validation: dates ``YYYY-MM-DD`` and numbers ``N`` fail the schema, org
numbers ``NNNNNN-NNNN`` the org-number check.  A text placeholder would pass
as text (a title is any string), so texts start with ``TODO`` and this check
makes that an error: a skeleton cannot be committed half filled in.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from pydantic import BaseModel

from .document import PathKey, dotted
from .problems import Problem, problem

if TYPE_CHECKING:
    from .checks import CheckContext
    from .document import LoadedAgreement

TEXT_PLACEHOLDER = "TODO"
"""How every text placeholder of the skeleton starts."""


def _texts(value: object, path: PathKey) -> Iterator[tuple[PathKey, str]]:
    """Every text in a model, with its YAML path (aliases such as ``from`` as written)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, BaseModel):
        for name, info in type(value).model_fields.items():
            yield from _texts(getattr(value, name), (*path, info.alias or name))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _texts(item, (*path, i))


def check_placeholders(la: LoadedAgreement, ctx: CheckContext) -> Iterator[Problem]:
    """A text that still starts with ``TODO`` is an error at its line."""
    if f'"{TEXT_PLACEHOLDER}' not in la.agreement.model_dump_json():
        return  # the common case, decided in pydantic's serialiser without a walk
    for path, text in _texts(la.agreement, ()):
        if text.startswith(TEXT_PLACEHOLDER):
            line, col = la.marks.at(path)
            where = dotted(path)
            yield problem(la.path, line, col, "placeholder", field=where, where=where)
