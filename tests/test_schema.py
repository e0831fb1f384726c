"""`iopctl schema` is a real JSON Schema that accepts the seeds and refuses broken files.

Editors and CI validate agreements with it and no line numbers, so it must
agree with the pydantic models that `iopctl validate` uses.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from conftest import AGREEMENTS, run_cli
from iopctl.yamlread import parse

SEED_FILES = sorted(AGREEMENTS.glob("*.yaml"))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    run = run_cli("schema")
    assert run.code == 0
    schema = json.loads(run.stdout)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def as_json(value: Any) -> Any:
    """YAML data as a JSON document would carry it: dates as ISO text, numbers as numbers."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def json_data(path: Path) -> Any:
    data, _, problems = parse(path.read_text(encoding="utf-8"), str(path))
    assert problems == []
    return as_json(data)


def messages(validator: Draft202012Validator, data: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(data)]


def test_schema_declares_its_dialect(validator: Draft202012Validator) -> None:
    assert validator.schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_all_four_seeds_and_the_examples_are_checked() -> None:
    assert (len(SEED_FILES), len(EXAMPLE_FILES)) == (4, 3)


EXAMPLE_FILES = sorted((AGREEMENTS.parent / "examples" / "agreements").glob("*.yaml"))


@pytest.mark.parametrize("path", SEED_FILES + EXAMPLE_FILES, ids=lambda p: p.stem)
def test_seed_is_valid_against_the_schema(validator: Draft202012Validator, path: Path) -> None:
    assert messages(validator, json_data(path)) == []


def without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    """A copy of ``data`` with the key at the dotted path ``keys`` removed."""
    copy: dict[str, Any] = json.loads(json.dumps(data))
    node = copy
    for key in keys[:-1]:
        node = node[key]
    del node[keys[-1]]
    return copy


def test_broken_agreements_fail(validator: Draft202012Validator) -> None:
    data = json_data(AGREEMENTS / "linkoping-boj-2023.yaml")
    assert any(
        "'end' is a required property" in m
        for m in messages(validator, without(data, "term", "end"))
    )
    assert any("colour" in m for m in messages(validator, {**data, "colour": "red"}))
    assert messages(validator, {**data, "status": "activ"}) != []
    assert messages(validator, {**data, "parties": data["parties"][:1]}) != []


def test_negative_money_fails(validator: Draft202012Validator) -> None:
    data = json_data(AGREEMENTS / "linkoping-boj-2023.yaml")
    data["funding"]["contributions"][0]["amount"] = -1
    assert messages(validator, data) != []


def test_dates_and_org_numbers_have_patterns_editors_can_check() -> None:
    import re

    from iopctl.schema import DATE_PATTERN, ORG_NUMBER_PATTERN, agreement_schema

    text = agreement_schema()
    assert text.count(DATE_PATTERN.replace("\\", "\\\\")) >= 5
    assert ORG_NUMBER_PATTERN in text
    assert re.fullmatch(DATE_PATTERN, "2026-01-01") and not re.fullmatch(DATE_PATTERN, "2026-1-1")
    assert not re.fullmatch(ORG_NUMBER_PATTERN, "212000–0449")
