"""English figures for plain text: CI messages, ``iopctl show`` and the CLI's tallies.

Ordinary spaces, unlike the reports (``iopctl.formatting``) and the
texts of the words layer (``iopctl.words``): these lines are read in a terminal
or a log and searched with ``grep``, where a no-break space only gets in
the way.  No imports beyond the standard library, so the CLI may use it
without slowing its start-up.
"""

from __future__ import annotations

from decimal import Decimal


def kr(amount: Decimal) -> str:
    """``1 500 000 kr``: thousands grouped with a space, decimals as stated."""
    return f"{amount:,}".replace(",", " ") + " kr"


def count(n: int, word: str, words: str | None = None) -> str:
    """``1 file``, ``2 files``; ``words`` for an irregular plural (``log entries``)."""
    return f"{n} {word if n == 1 else words or word + 's'}"
