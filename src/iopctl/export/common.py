"""What every export shares: its options, plain JSON values, and the rich table printer."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..words.format import NBSP

JSON_FORMAT_VERSION = 1
GLUE = "\ue000"
"""Stands in for the no-break space while rich lays a table out.

rich wraps at any Unicode whitespace, U+00A0 included, so "20 286 kr" could
break after "20"; a private-use character is not whitespace and is one cell
wide, so the figure stays on one line.  :func:`print_table` puts U+00A0 back.
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class ExportOptions:
    as_of: dt.date
    lang: str = "sv"
    explain: bool = False
    color: bool = False
    width: int = 160
    """Table width; fixed when not writing to a terminal, so output is stable."""
    csv_sep: str = ","
    csv_bom: bool = False
    reminders: Callable[[str], tuple[int, ...]] | None = None
    """Lead days of a kind's calendar reminders (``iopctl.toml``); None: the defaults."""


def json_number(amount: Decimal | None) -> int | str | None:
    """Whole kronor as a JSON integer; anything else as its exact decimal text."""
    if amount is None:
        return None
    return int(amount) if amount == amount.to_integral_value() else str(amount)


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def glued(text: str) -> str:
    return text.replace(NBSP, GLUE)


def print_table(renderable: Any, options: ExportOptions) -> str:
    """``renderable`` as rich lays it out at ``options.width``, no trailing spaces."""
    from rich.console import Console

    out = io.StringIO()
    console = Console(
        file=out,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        soft_wrap=False,
    )
    console.print(renderable)
    lines = out.getvalue().replace(GLUE, NBSP).splitlines()
    return "\n".join(line.rstrip() for line in lines) + "\n"
