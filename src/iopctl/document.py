"""What a loaded file is: the agreement, its path, and where each of its nodes stands.

This is the bottom of the stack that every rule, check and output builds on:
a rule needs an agreement *and* the ``path:line`` of the clause a date comes
from, but never the YAML reader that found those lines.  Keeping the record
here (below :mod:`iopctl.loader` and :mod:`iopctl.yamlread`) lets
:mod:`iopctl.rules` stay pure: it imports this module and the models, not the
file I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the type only: reading YAML (yamlread) must not build pydantic models
    from .models import Agreement

PathKey = tuple[str | int, ...]
"""A path into the YAML document: ``("duties", 2, "due")``."""


@dataclass(slots=True)
class Marks:
    """1-based (line, col) of every node, by YAML path.

    ``values`` holds where each value starts; ``keys`` where the key of a
    mapping entry starts (an unknown key is reported at its key, a wrong value
    at its value).
    """

    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)

    def at(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """Position of ``path``, or of its nearest ancestor that exists in the file."""
        table = self.keys if key else self.values
        for end in range(len(path), -1, -1):
            prefix = path[:end]
            if prefix in table:
                return table[prefix]
            if key and prefix in self.values:
                return self.values[prefix]
        return (1, 1)

    def existing(self, loc: tuple[Any, ...]) -> PathKey:
        """The longest path along ``loc`` that exists in the file.

        Elements that are not in the file (a discriminated union's tag in a
        pydantic error location, or a missing key) are skipped.
        """
        path: PathKey = ()
        for element in loc:
            candidate = (*path, element)
            if candidate in self.values:
                path = candidate
        return path


def dotted(path: tuple[Any, ...]) -> str:
    """``('duties', 2, 'due')`` -> ``duties[2].due``."""
    out = ""
    for element in path:
        if isinstance(element, int):
            out += f"[{element}]"
        else:
            out += f".{element}" if out else str(element)
    return out


@dataclass(frozen=True, slots=True)
class LoadedAgreement:
    """An agreement with the file it came from and the position of every node in it."""

    path: str
    agreement: Agreement
    marks: Marks

    def line_of(self, *field: str | int) -> int:
        return self.marks.at(tuple(field))[0]

    def where(self, *field: str | int) -> str:
        """``path:line`` of a field, for the ``source`` of a computed date."""
        return f"{self.path}:{self.line_of(*field)}"
