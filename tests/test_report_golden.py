"""Golden reports of the four seed agreements at 2024-09-01, in Swedish and English.

Regenerate after a deliberate change (or once the seeds are final) with
``IOPCTL_UPDATE_GOLDEN=1 python -m pytest tests/test_report_golden.py`` and
read the diff before committing it.
"""

from __future__ import annotations

import pytest

from conftest import TESTS, Golden
from report_helpers import (
    LANGS,
    SEED_IDS,
    agreement_report,
    gantt_blocks,
    gantt_errors,
    hygiene_errors,
    portfolio,
)

GOLDEN = TESTS / "golden" / "report"


CASES = [(agreement_id, lang, None) for agreement_id in SEED_IDS for lang in LANGS]
CASES += [("linkoping-boj-2023", lang, "strategic") for lang in LANGS]
CASES += [("linkoping-boj-2023", "sv", "operational")]


def _name(agreement_id: str, lang: str, meeting: str | None) -> str:
    return f"{agreement_id}.{meeting}.{lang}.md" if meeting else f"{agreement_id}.{lang}.md"


@pytest.mark.parametrize(("agreement_id", "lang", "meeting"), CASES)
def test_agreement_report_matches_golden(
    golden: Golden, agreement_id: str, lang: str, meeting: str | None
) -> None:
    text = agreement_report(agreement_id, lang, meeting)
    assert hygiene_errors(text) == []
    blocks = gantt_blocks(text)
    assert len(blocks) == 1
    assert gantt_errors(blocks[0]) == []
    golden(GOLDEN / _name(agreement_id, lang, meeting), text)


@pytest.mark.parametrize("lang", LANGS)
def test_portfolio_matches_golden(golden: Golden, lang: str) -> None:
    text = portfolio(lang)
    assert hygiene_errors(text) == []
    golden(GOLDEN / f"portfolio.{lang}.md", text)
