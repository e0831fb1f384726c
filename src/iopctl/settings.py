"""``iopctl.toml``: a repository's own defaults, optional, read with the standard library.

A repository that keeps its agreements in another folder, writes in English,
or wants its reminders a fortnight ahead says so once here instead of on
every command line.  Every command reads it (the CLI, in one place); a flag
given on the command line still wins.  Example::

    lang = "sv"                      # sv | en
    paths = ["agreements"]           # default PATHS
    due_soon_days = 30               # a deadline this close is 'due soon'

    [site]
    title = "IOP-avtal i Linköpings kommun"

    [reminders]                      # days before the act-by day; 0 is the day itself
    default = [30, 7, 0]
    payment = [7, 0]                 # per deadline kind

A mistake is a :class:`~iopctl.problems.Problem` at the line of the offending
key (``tomllib`` reports syntax errors with their position, but not where a
value sits, so the key's line is found in the text), never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .problems import (
    Problem,
    ProblemArg,
    did_you_mean,
    make_problem,
    problem,
    shorten,
)
from .rules.kinds import KINDS
from .rules.reasons import os_reason

SETTINGS_FILE = "iopctl.toml"
LANGS = ("sv", "en")
DEFAULT_REMINDERS: tuple[int, ...] = (30, 7, 0)
"""Days before the act-by day: a month ahead, a week ahead, and on the day (at 09:00)."""
MAX_LEAD_DAYS = 366


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """What ``iopctl.toml`` may set; the defaults are what a repository without one gets."""

    lang: str = "sv"
    paths: tuple[str, ...] = ("agreements",)
    due_soon_days: int = 30
    expiry_lead_months: int = 6
    """How long before its last possible end an agreement's ``expiry`` row falls."""
    site_title: str | None = None
    reminders: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    """Lead days per deadline kind; ``default`` for every kind not named."""

    def reminder_days(self, kind: str) -> tuple[int, ...]:
        """Lead days of ``kind``'s reminders, largest first (the order a calendar lists them)."""
        days = self.reminders.get(kind, self.reminders.get("default", DEFAULT_REMINDERS))
        return tuple(sorted(set(days), reverse=True))


_TOP = frozenset({"lang", "paths", "due_soon_days", "expiry_lead_months", "site", "reminders"})
_SITE = frozenset({"title"})
_REMINDER_KEYS = frozenset({"default", *KINDS})


def load_settings(root: Path = Path()) -> tuple[Settings, list[Problem]]:
    """The settings of the repository at ``root``: defaults when there is no file.

    With problems, the defaults are returned too, so a caller that only warns
    can go on; the CLI stops with exit 2.
    """
    path = root / SETTINGS_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings(), []
    except OSError as exc:
        return Settings(), [problem(str(path), 0, 0, "settings-unreadable", reason=os_reason(exc))]
    return parse_settings(raw, str(path))


def parse_settings(raw: bytes, path: str = SETTINGS_FILE) -> tuple[Settings, list[Problem]]:
    """Parse and validate the bytes of a settings file named ``path``."""
    import tomllib

    try:
        text = raw.decode("utf-8-sig")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        line, col = _position_of_byte(raw, exc.start)
        return Settings(), [problem(path, line, col, "settings-syntax", variant="encoding")]
    except tomllib.TOMLDecodeError as exc:
        line, col = _position(str(exc))
        what = str(exc).split(" (at")[0]
        variant = next((v for start, v in _TOML_VARIANTS if what.startswith(start)), None)
        args = {} if variant else {"detail": shorten(what, 120)}
        return Settings(), [problem(path, line, col, "settings-syntax", variant=variant, **args)]
    found = _Validator(path, text)
    settings = found.settings(data)
    return (Settings(), found.problems) if found.problems else (settings, [])


_TOML_VARIANTS = (
    ("Expected '=' after a key", "equals"),
    ("Invalid value", "value"),
    ("Unclosed array", "array"),
    ("Unterminated string", "string"),
    ("Cannot declare", "twice"),
    ("Cannot overwrite a value", "twice"),
    ("Invalid statement", "statement"),
    ("Illegal character", "character"),
    ("Expected newline or end of document after a statement", "after-value"),
)
"""The mistakes of a hand-edited ``iopctl.toml``, by the start of ``tomllib``'s (English)
description; each is a message of its own in the reader's language, with the fix."""


def _position_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based (line, column) of the byte at ``offset`` (the column counts bytes)."""
    before = raw[:offset]
    return before.count(b"\n") + 1, offset - (before.rfind(b"\n") + 1) + 1


def _position(message: str) -> tuple[int, int]:
    match = re.search(r"at line (\d+), column (\d+)", message)
    return (int(match.group(1)), int(match.group(2))) if match else (0, 0)


@dataclass(slots=True)
class _Validator:
    """Checks one parsed file, collecting every problem with the line of its key."""

    path: str
    text: str
    problems: list[Problem] = field(default_factory=list)

    def settings(self, data: dict[str, Any]) -> Settings:
        self._unknown(data, _TOP, None)
        site = self._table(data, "site")
        reminders = self._table(data, "reminders")
        self._unknown(site, _SITE, "site")
        self._unknown(reminders, _REMINDER_KEYS, "reminders")
        lang = data.get("lang", "sv")
        if lang not in LANGS:
            self._bad(None, "lang", "lang", choices=", ".join(LANGS), value=shorten(lang))
        paths = data.get("paths", ["agreements"])
        if not _is_list_of(paths, str) or not paths or not all(paths):
            self._bad(None, "paths", "paths")
        title = site.get("title")
        if title is not None and (not isinstance(title, str) or not title.strip()):
            self._bad("site", "title", "text")
        return Settings(
            lang=lang if lang in LANGS else "sv",
            paths=tuple(paths) if _is_list_of(paths, str) else ("agreements",),
            due_soon_days=self._whole(data, "due_soon_days", 30, 0, 365),
            expiry_lead_months=self._whole(data, "expiry_lead_months", 6, 0, 60),
            site_title=title if isinstance(title, str) and title.strip() else None,
            reminders={key: self._leads(key, value) for key, value in reminders.items()},
        )

    def _table(self, data: dict[str, Any], key: str) -> dict[str, Any]:
        value = data.get(key, {})
        if not isinstance(value, dict):
            self._bad(None, key, "table")
            return {}
        return value

    def _whole(self, data: dict[str, Any], key: str, default: int, low: int, high: int) -> int:
        value = data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            self._bad(None, key, "whole", low=low, high=high, value=shorten(value))
            return default
        return value

    def _leads(self, key: str, value: Any) -> tuple[int, ...]:
        if not _is_list_of(value, int) or not all(0 <= v <= MAX_LEAD_DAYS for v in value):
            self._bad("reminders", key, "reminders", high=MAX_LEAD_DAYS, value=shorten(value))
            return DEFAULT_REMINDERS
        return tuple(value)

    def _unknown(self, data: dict[str, Any], known: frozenset[str], table: str | None) -> None:
        for key in data:
            if key not in known:
                self._unknown_key(table, key, did_you_mean(key, known))

    def _bad(self, table: str | None, key: str, variant: str, **args: ProblemArg) -> None:
        """A setting that is wrong: ``variant`` says how (``problem.settings-invalid.*``)."""
        line, col = self._where(table, key)
        name = f"{table}.{key}" if table else key
        args = {"name": name, **args}
        self.problems.append(
            make_problem(self.path, line, col, "settings-invalid", variant, None, args)
        )

    def _unknown_key(self, table: str | None, key: str, suggestion: str | None) -> None:
        line, col = self._where(table, key)
        name = f"{table}.{key}" if table else key
        self.problems.append(
            problem(self.path, line, col, "settings-unknown-key", name=name, suggestion=suggestion)
        )

    def _where(self, table: str | None, key: str) -> tuple[int, int]:
        line = _line_of(self.text, table, key)
        return line, 1 if line else 0


def _is_list_of(value: object, kind: type) -> bool:
    return isinstance(value, list) and all(
        isinstance(v, kind) and not isinstance(v, bool) for v in value
    )


_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")


def _line_of(text: str, table: str | None, key: str) -> int:
    """The 1-based line where ``key`` is set in ``[table]`` (top level for None); 0 if unseen."""
    current: str | None = None
    assignment = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            current = header.group(1)
            if table is None and current == key:
                return number
            continue
        if current == table and assignment.match(line):
            return number
    return 0
