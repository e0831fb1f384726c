"""The JSON Schema of the agreement format, generated from the models.

Editors with yaml-language-server complete and check agreements with it
(``# yaml-language-server: $schema=iop.schema.json``), and CI can run any
standard validator against it, without line numbers (that is what
``iopctl validate`` adds).
"""

from __future__ import annotations

import json
from typing import Any

from .models import Agreement

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
"""What an editor flags before ``iopctl validate`` does: ``2026-1-1`` is not a date."""
ORG_NUMBER_PATTERN = "^[0-9]{6}-[0-9]{4}$"
"""A Swedish organisation number; the check digit is for ``iopctl validate``."""


def agreement_schema_dict() -> dict[str, Any]:
    schema = Agreement.model_json_schema(by_alias=True, mode="validation")
    _add_patterns(schema)
    return {"$schema": SCHEMA_DIALECT, **schema, "title": "IOP agreement (iopctl)"}


def _add_patterns(node: Any, name: str | None = None) -> None:
    """Patterns pydantic does not write: on every date, and on every ``org_number``."""
    if isinstance(node, list):
        for item in node:
            _add_patterns(item, name)
        return
    if not isinstance(node, dict):
        return
    if node.get("format") == "date":
        node["pattern"] = DATE_PATTERN
    elif name == "org_number" and node.get("type") == "string":
        node["pattern"] = ORG_NUMBER_PATTERN
    for key, value in node.items():
        if key == "properties" and isinstance(value, dict):
            for prop, sub in value.items():
                _add_patterns(sub, prop)
        else:  # a branch of a union is still the property it was
            _add_patterns(value, name if key in {"anyOf", "oneOf", "allOf"} else None)


def agreement_schema() -> str:
    return json.dumps(agreement_schema_dict(), ensure_ascii=False, indent=2) + "\n"
