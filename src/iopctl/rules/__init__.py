"""Pure date and money rules: explicit ``as_of``, no I/O, no clock, no printing.

terms      periods of the term, including every automatic renewal
notice     latest notice dates and "if notice is given on D, when does it end?"
payments   the payment schedule with indexation and per-capita workings
duties     evaluations, reports, meetings and one-off tasks with due dates
deadlines  all of the above as one row type, with status and explanation
evaluate   one agreement on one day: every rule above, applied once
reasons    why a date or amount is what it is, as data (the words layer says it)
"""
