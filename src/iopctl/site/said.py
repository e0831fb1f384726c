"""The one place the site and the feeds read a rule's words from a deadline row.

Rules are moving from sentences to :class:`~iopctl.rules.reasons.Reason`
data said by the words layer; everything here asks this adapter for a row's
title and explanation, so that change touches only :func:`row_text`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.deadlines import Deadline
from ..words import words


@dataclass(frozen=True, slots=True)
class RowText:
    title: str
    explanation: str


def row_text(row: Deadline, lang: str) -> RowText:
    """A row's title and explanation (reasons the rules return) said in ``lang``."""
    w = words(lang)
    return RowText(w.say(row.title), w.arg(row.explanation))
