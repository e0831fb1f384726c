"""The one way tests build an agreement: from YAML text, through the real loader.

``loaded`` takes a whole file; ``agreement`` takes only what a test varies
and adds a minimal valid head (id, title, parties), so rule, check and report
tests state just the fields they are about.
"""

from __future__ import annotations

import datetime as dt
import textwrap

from iopctl.document import LoadedAgreement
from iopctl.indices import SeriesStore
from iopctl.loader import load_text
from iopctl.rules.deadlines import Deadline
from iopctl.rules.evaluate import evaluate
from iopctl.rules.reasons import Reason
from iopctl.words import words

BASE = """\
id: test
title: Test
status: active
source: {document: test.txt}
parties:
  - {role: public, name: Kommunen}
  - {role: civil, name: Föreningen}
"""


def loaded(text: str, path: str = "t.yaml") -> LoadedAgreement:
    """The agreement in ``text`` as if read from ``path``; it must load without a problem."""
    result, problems = load_text(text, path)
    assert problems == [], problems
    assert result is not None
    return result


def agreement(body: str) -> LoadedAgreement:
    """:data:`BASE` plus ``body`` (dedented), stored as ``agreements/test.yaml``."""
    result, problems = load_text(BASE + textwrap.dedent(body), "agreements/test.yaml")
    assert result is not None, problems
    return result


def deadline_rows(
    loaded: LoadedAgreement, series: SeriesStore, as_of: dt.date, until: dt.date | None = None
) -> list[Deadline]:
    """Every deadline row of one agreement on ``as_of``, as ``iopctl deadlines`` sees them."""
    return list(evaluate(loaded, series, as_of, until=until).deadlines)


def said(what: Reason | tuple[Reason, ...], lang: str = "sv") -> str:
    """What a person reads for ``what`` (a list of reasons is joined with ``; ``)."""
    return words(lang).arg(what)
