"""``iopctl site``: a static website for the people who never open a terminal.

:mod:`.build` writes the pages, feeds and downloads; :mod:`.timeline` draws an
agreement's life as inline SVG; :mod:`.said` is the one place that reads a
rule's words from a deadline row.  Nothing here is imported by ``--help``.
"""
