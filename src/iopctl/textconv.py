"""One agreement file as git should diff it: its deadlines, not its YAML.

With ``agreements/*.yaml diff=iopctl`` in ``.gitattributes`` and
``git config diff.iopctl.textconv "iopctl textconv"``, git runs ``iopctl
textconv FILE`` on both sides of every change to an agreement and diffs the
output; ``git log -p`` then reads "notice 2023-09-30 → 2023-10-30" as one
changed line.  So the output is one line per deadline over the agreement's
whole life, in a stable order, plain text without colour or status (a status
changes with the day, not with the file), and never a failure: git stops the
whole diff when a textconv fails, so an invalid file prints its problems.

git hands the file under a temporary name, so the check that the id equals
the file name is left out here; every other check that can find an error runs.
"""

from __future__ import annotations

import datetime as dt

from .calendar import add_months
from .changes import HORIZON_YEARS, by_date, obligations
from .checks import ERROR_CHECKS, CheckContext, check_agreement, check_id_matches_file
from .indices import SeriesStore
from .loader import load_text, read_text
from .words import words
from .words.problems import sayer

CHECKS = tuple(check for check in ERROR_CHECKS if check is not check_id_matches_file)
"""The checks whose errors make dates untrustworthy, less the one a temporary name fails."""


def render_textconv(path: str, series: SeriesStore, as_of: dt.date, lang: str) -> str:
    """The deadlines and payment amounts of the agreement in ``path``, or its problems."""
    w = words(lang)
    text, problems = read_text(path)
    loaded = None
    if text is not None:
        loaded, problems = load_text(text, path)
    if loaded is not None:
        problems = check_agreement(loaded, CheckContext(as_of=as_of, series=series), checks=CHECKS)
    errors = [p for p in problems if p.is_error]
    if loaded is None or errors:
        lines = [w.text("textconv.invalid", path=path)]
        say = sayer(w.lang)
        lines += [f"{p.line}:{p.col}: {p.severity.value} {p.code} {say(p)}" for p in errors]
        return "\n".join(lines) + "\n"
    horizon = add_months(as_of, 12 * HORIZON_YEARS)
    found = obligations(loaded, series, as_of, horizon)
    agreement = loaded.agreement
    renewal = agreement.term.renewal
    start = agreement.term.start
    if renewal is not None and renewal.automatic and renewal.latest_end is None:
        head = w.text("textconv.open_ended", id=agreement.id, start=start, horizon=horizon)
    else:
        head = w.text("textconv.heading", id=agreement.id, start=start, end=found.end)
    lines = [head, ""]
    for row in by_date(found.rows.values()):
        kind = f"{w.label('kind', row.kind)} {row.occurrence}"
        lines.append(f"{row.date}  {row.act_by}  {kind}: {w.say(row.title)}")
    if found.payments:
        lines.append("")
    for payment in found.payments.values():
        amount = w.money(payment.amount) if payment.amount is not None else w.text("diff.unknown")
        lines.append(f"{w.label('kind', 'payment')} {payment.label}: {amount}")
    return "\n".join(lines) + "\n"
