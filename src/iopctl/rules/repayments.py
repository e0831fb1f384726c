"""Repayment clauses, each with its own trigger (DESIGN rule 10).

A file states them under ``repayments`` in the document's words; the older
short form ``termination.consequences`` still counts, each code with the
trigger it always meant: unused funds are repaid when the agreement ends
early, misused ones when an evaluation finds the misuse.  Every output reads
the clauses from here, so the two forms cannot be stated differently.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import LoadedAgreement
from ..models import Agreement, Consequence, RepaymentTrigger
from .reasons import Label, Reason, reason

CODE_TRIGGER: dict[Consequence, RepaymentTrigger] = {
    "repay_unused_funds": "early_end",
    "repay_misused_funds": "evaluation_finding",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class RepaymentClause:
    trigger: RepaymentTrigger
    text: str | None
    """The document's words; None for a code of ``termination.consequences``."""
    code: Consequence | None
    field: tuple[str | int, ...]
    """Where the clause is in the file."""

    def reason(self, loaded: LoadedAgreement) -> Reason:
        """The clause as said wherever its trigger arises: trigger, words, line."""
        trigger = Label("repayment.trigger", self.trigger)
        source = loaded.where(*self.field)
        if self.text is not None:
            return reason("repayment.quoted", trigger=trigger, text=self.text, source=source)
        assert self.code is not None
        what = Label("report.consequence", self.code)
        return reason("repayment.coded", trigger=trigger, what=what, source=source)


def repayment_clauses(
    agreement: Agreement, trigger: RepaymentTrigger | None = None
) -> tuple[RepaymentClause, ...]:
    """The agreement's repayment clauses (those set off by ``trigger`` when given)."""
    termination = agreement.termination
    clauses = [
        RepaymentClause(trigger=r.trigger, text=r.text, code=None, field=("repayments", i, "text"))
        for i, r in enumerate(agreement.repayments)
    ]
    clauses += [
        RepaymentClause(
            trigger=CODE_TRIGGER[code],
            text=None,
            code=code,
            field=("termination", "consequences", i),
        )
        for i, code in enumerate(termination.consequences if termination else ())
    ]
    return tuple(c for c in clauses if trigger is None or c.trigger == trigger)
