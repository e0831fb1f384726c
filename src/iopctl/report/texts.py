"""``t``: the words a report template prints, taken from the words catalog of its language.

The bundled templates hold each layout once and take every word from ``t``
(``docs/report.md`` describes it for template authors).  The words live in
the catalogs' ``report.*`` entries (``iopctl/words/sv.py``, ``en.py``); this
module only gives them the shape templates use: ``t.today`` for a phrase,
``t.role["public"]`` for the word of a code.  A deadline's status is the
catalog's one word per status (``status.*``), the same the deadlines table,
calendar and site say, offered as ``t.duty_status``.

A phrase with a ``{name}`` placeholder sits inside the sentence around its
value, whose word order differs between languages; the template fills it
with ``.format(name=...)``.  Everything is read-only, so a template cannot
change the words for later reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from ..words import words

Texts = Mapping[str, "str | Mapping[str, str]"]

PREFIX = "report."
STATUS_PREFIX = "status."


@cache
def texts(lang: str) -> Texts:
    """The report words of ``lang``: phrases by name, and per code group a table of words."""
    catalog = words(lang).language.catalog
    phrases: dict[str, str] = {}
    tables: dict[str, dict[str, str]] = {"duty_status": {}}
    for message_id, entry in catalog.items():
        if not isinstance(entry, str):
            continue
        if message_id.startswith(STATUS_PREFIX):
            tables["duty_status"][message_id.removeprefix(STATUS_PREFIX)] = entry
        elif message_id.startswith(PREFIX):
            name, _, code = message_id.removeprefix(PREFIX).partition(".")
            if code:
                tables.setdefault(name, {})[code] = entry
            else:
                phrases[name] = entry
    shaped: dict[str, str | Mapping[str, str]] = dict(phrases)
    shaped.update({name: MappingProxyType(table) for name, table in tables.items()})
    return MappingProxyType(shaped)
