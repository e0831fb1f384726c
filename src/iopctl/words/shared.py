"""Catalog entries that are the same function in every language, fed by its own words.

Each is a catalog :data:`~iopctl.words.Entry` ``(words, args) -> str``: the
shape of the text is shared, the words in it come from the language's catalog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..rules.reasons import Arg

if TYPE_CHECKING:
    from . import Words


def period_label(words: Words, args: Mapping[str, Arg]) -> str:
    """``2024`` for a yearly period; ``jan–jun 2024`` for a part of a year (key ``2024-H1``).

    The months come from the period itself, so a first half-year cut by a term
    that starts in March reads ``mar–jun``.
    """
    label, start, end = args["label"], args["start"], args["end"]
    assert isinstance(label, str) and isinstance(start, dt.date) and isinstance(end, dt.date)
    if "-" not in label:
        return label
    first = words.text(f"month.short.{start.month}")
    last = words.text(f"month.short.{end.month}")
    return f"{first} {start.year}" if first == last else f"{first}–{last} {start.year}"
