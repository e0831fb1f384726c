"""The one way tests build an agreement: from YAML text, through the real loader.

``loaded`` takes a whole file; ``agreement`` takes only what a test varies
and adds a minimal valid head (id, title, parties), so rule, check and report
tests state just the fields they are about.
"""

from __future__ import annotations

import textwrap

from iopctl.document import LoadedAgreement
from iopctl.loader import load_text

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
