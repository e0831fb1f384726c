"""Deadline rows, notice answers and payment schedules as text, one module per subject.

The ``--format`` choices live in :mod:`iopctl.formats`, outside this package, so that
the CLI names them at start-up without importing any renderer.

common     options, JSON numbers and dates, the rich table printer
deadlines  table, JSON and CSV of deadline rows, and the renderer per format
ics        deadline rows as an iCalendar file
notice     the answer of ``iopctl notice``
payments   the payment schedule of ``iopctl payments``

Every renderer returns a string and never prints; the CLI decides where it
goes.  Every word a person reads comes from :mod:`iopctl.words` in the
language asked; JSON keys and machine columns (codes) stay English.
"""
