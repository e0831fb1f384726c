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


def agreement_schema_dict() -> dict[str, Any]:
    schema = Agreement.model_json_schema(by_alias=True, mode="validation")
    return {"$schema": SCHEMA_DIALECT, **schema, "title": "IOP agreement (iopctl)"}


def agreement_schema() -> str:
    return json.dumps(agreement_schema_dict(), ensure_ascii=False, indent=2) + "\n"
