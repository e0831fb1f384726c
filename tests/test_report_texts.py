"""The report's word tables: every language says the same things, with the same blanks."""

from __future__ import annotations

import string
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, get_args

import pytest

from iopctl import models
from iopctl.indices import SeriesValue
from iopctl.report import texts
from iopctl.rules.deadlines import DeadlineStatus
from iopctl.words import LANGUAGES

LANGS = sorted(LANGUAGES)
TEXTS = {lang: texts(lang) for lang in LANGS}


def _literal(model: type[models.Model], field: str) -> set[str]:
    return {
        code for code in get_args(model.model_fields[field].annotation) if isinstance(code, str)
    }


CODES: dict[str, set[str]] = {
    "status": set(get_args(models.Status)),
    "role": set(get_args(models.Who)),
    "by": set(get_args(models.Who)) | _literal(models.Termination, "by"),
    "whose": _literal(models.Indexation, "applies_to"),
    "duty_status": set(get_args(DeadlineStatus)),
    "kind": _literal(models.Contribution, "kind"),
    "per": _literal(models.Funding, "per"),
    "schedule": _literal(models.Payments, "schedule"),
    "index_year": _literal(models.Indexation, "index_year"),
    "index_status": _literal(SeriesValue, "status"),
    "consequence": set(get_args(models.Consequence)),
    "source_kind": _literal(models.Source, "kind"),
    "meeting": {"strategic", "operational"},
    "language": _literal(models.Agreement, "language"),
}
"""Each word table and the codes of the agreement format it words."""


def _blanks(phrase: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(phrase) if name is not None}


def _shape(table: Mapping[str, Any]) -> dict[str, Any]:
    """Keys, and for each phrase its ``{placeholders}``: what a translation must keep."""
    return {
        key: _blanks(value) if isinstance(value, str) else _shape(value)
        for key, value in table.items()
    }


@pytest.mark.parametrize("lang", LANGS[1:])
def test_every_language_has_the_same_keys_and_placeholders(lang: str) -> None:
    assert _shape(TEXTS[lang]) == _shape(TEXTS[LANGS[0]])


@pytest.mark.parametrize("lang", LANGS)
def test_every_code_of_the_format_has_a_word(lang: str) -> None:
    tables = {key: set(value) for key, value in TEXTS[lang].items() if not isinstance(value, str)}
    assert all(CODES.values()) and set(CODES) <= set(tables)
    assert {key: codes - tables[key] for key, codes in CODES.items()} == {k: set() for k in CODES}


def test_no_key_is_hidden_by_a_mapping_method() -> None:
    """Jinja tries ``t.items`` as an attribute before a key, and would find the method."""
    methods = set(dir(MappingProxyType({})))
    keys = {k for table in TEXTS.values() for k in table} | {
        k for table in TEXTS.values() for v in table.values() if not isinstance(v, str) for k in v
    }
    assert keys & methods == set()
    assert {"items", "keys"} <= methods  # the check looks at the right names


def test_texts_given_to_templates_are_read_only() -> None:
    words = texts("sv")
    status = words["status"]
    assert not isinstance(status, str)
    with pytest.raises(TypeError):
        status["draft"] = "changed"  # type: ignore[index]
    with pytest.raises(TypeError):
        words["today"] = "changed"  # type: ignore[index]
