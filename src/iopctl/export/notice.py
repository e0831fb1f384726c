"""The answer of ``iopctl notice``: a two-column text, or JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from ..formats import TableFormat
from ..rules.notice import NoticeAnswer
from ..words import Words, words
from .common import iso


def notice_record(answer: NoticeAnswer, lang: str = "sv") -> dict[str, Any]:
    """The answer as plain data; the explanation in ``lang``, everything else codes."""
    w = words(lang)
    return {
        "agreement": answer.agreement,
        "given": answer.given.isoformat(),
        "by": answer.by,
        "allowed": answer.allowed,
        "notice_months": answer.notice_months,
        "effective_end": iso(answer.effective_end),
        "limited_by": answer.limited_by,
        "current_end": iso(answer.current_end),
        "stops_renewal": answer.stops_renewal,
        "next_renewal_deadline": iso(answer.next_renewal_deadline),
        "latest_notice_date": iso(answer.latest_notice_date),
        "explanation": [w.say(line) for line in answer.explanation],
        "source": answer.source,
        "grounds": answer.grounds,
        "renewal_conditions": answer.renewal_conditions,
        "extension": answer.extension,
        "on_early_end": [w.say(line) for line in answer.on_early_end],
    }


def render_notice_json(answer: NoticeAnswer, lang: str = "sv") -> str:
    return json.dumps(notice_record(answer, lang), ensure_ascii=False, indent=2) + "\n"


def render_notice_text(answer: NoticeAnswer, lang: str = "sv") -> str:
    """A two-column answer; the labels name the dates they speak of (the end, the renewal)."""
    w = words(lang)
    end = answer.current_end
    renewal = end + dt.timedelta(days=1) if end is not None else None
    stops_label = (
        w.text("notice.label.stops_renewal_from", start=renewal)
        if renewal is not None
        else w.text("notice.label.stops_next_renewal")
    )
    latest_label = (
        w.text("notice.label.latest_for_end", end=end)
        if end is not None
        else w.text("notice.label.latest")
    )
    rows = [
        (w.text("notice.label.agreement"), answer.agreement),
        (w.text("notice.label.given"), answer.given.isoformat()),
        (w.text("notice.label.allowed"), _allowed(answer, w)),
        (w.text("notice.label.ends"), iso(answer.effective_end) or "–"),
        (w.text("notice.label.limited_by"), w.label("notice.limited_by", answer.limited_by)),
    ]
    if answer.stops_renewal is not None:  # no renewal to stop: no line
        rows.append((stops_label, w.arg(answer.stops_renewal)))
    rows += [
        (latest_label, iso(answer.latest_notice_date) or "–"),
        (w.text("notice.label.source"), answer.source),
    ]
    if answer.renewal_conditions is not None:
        rows.append((w.text("notice.label.renewal_conditions"), answer.renewal_conditions))
    if answer.extension is not None:
        rows.append((w.text("notice.label.extension"), answer.extension))
    width = max(len(label) for label, _ in rows)
    lines = [f"{label:<{width}}  {value}" for label, value in rows]
    said = [w.say(line) for line in (*answer.explanation, *answer.on_early_end)]
    return "\n".join([*lines, "", *said]) + "\n"


def _allowed(answer: NoticeAnswer, w: Words) -> str:
    """``ja`` never stands alone for a conditional right (DESIGN rule 10)."""
    if answer.allowed and answer.grounds is not None:
        return w.text("notice.allowed_on_grounds", grounds=answer.grounds)
    return w.arg(answer.allowed)


NOTICE_RENDERERS: dict[TableFormat, Callable[[NoticeAnswer, str], str]] = {
    TableFormat.table: render_notice_text,
    TableFormat.json: render_notice_json,
}
"""Each ``--format`` of ``iopctl notice``; a test checks every member is here."""
