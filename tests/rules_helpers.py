"""Build a LoadedAgreement from a YAML snippet, so rule tests state only what they vary."""

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


def agreement(body: str) -> LoadedAgreement:
    loaded, problems = load_text(BASE + textwrap.dedent(body), "agreements/test.yaml")
    assert loaded is not None, problems
    return loaded
