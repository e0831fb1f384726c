"""``iopctl new``: start an agreement from the format, not from a copy of another one.

Copying a neighbour's file carries its facts along (an org number, a notice
period) where nobody looks twice.  The skeleton instead holds every block of
the format, the required ones filled with placeholders that fail validation
until replaced (see :mod:`iopctl.placeholders`), the optional ones commented
out.  It is a packaged template, ``templates/new-agreement.yaml.j2``, so the
format's documentation by example is a file a reviewer can read as it is.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .models import AGREEMENT_ID_MAX_LENGTH, AGREEMENT_ID_PATTERN

SKELETON_TEMPLATE = "new-agreement.yaml.j2"
SCHEMA_FILE = "iop.schema.json"
"""Where ``iopctl schema -o iop.schema.json`` puts the schema: the repository root."""


class NewAgreementError(Exception):
    """The skeleton cannot be written: a bad id, or a file already there."""


def check_id(agreement_id: str) -> None:
    """Refuse an id the model would refuse: the id is also the file name."""
    if len(agreement_id) > AGREEMENT_ID_MAX_LENGTH or not re.fullmatch(
        AGREEMENT_ID_PATTERN, agreement_id
    ):
        raise NewAgreementError(
            f"{agreement_id[:60]!r} is not a valid agreement id: lower-case letters a-z, "
            f"digits and hyphens, starting with a letter or digit, at most "
            f"{AGREEMENT_ID_MAX_LENGTH} characters (e.g. linkoping-boj-2026)"
        )


def render_skeleton(agreement_id: str, schema: str) -> str:
    """The skeleton for ``agreement_id``, its first line pointing editors at ``schema``."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(
        loader=PackageLoader("iopctl", "templates"),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    return env.get_template(SKELETON_TEMPLATE).render(id=agreement_id, schema=schema)


def write_skeleton(agreement_id: str, folder: Path, root: Path) -> Path:
    """Write ``folder/ID.yaml``, never over an existing file; return its path.

    ``root`` is the repository root, where the schema file is expected; the
    ``$schema`` line is relative to the new file, as yaml-language-server reads it.
    """
    check_id(agreement_id)
    target = folder / f"{agreement_id}.yaml"
    other = target.with_suffix(".yml")
    if other.exists():  # a second file with the same id would be a duplicate-id error
        raise NewAgreementError(f"{other} exists; iopctl new never overwrites an agreement")
    schema = Path(os.path.relpath(root.absolute() / SCHEMA_FILE, folder.absolute())).as_posix()
    text = render_skeleton(agreement_id, schema)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # "x": the check for an existing file and the creation are one step.
        with target.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        raise NewAgreementError(
            f"{target} exists; iopctl new never overwrites an agreement"
        ) from None
    except OSError as exc:
        raise NewAgreementError(f"cannot write {target}: {exc.strerror}") from None
    return target
