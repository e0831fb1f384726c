"""iopctl: Swedish IOP agreements as YAML, checked and turned into deadlines and reports.

The package is a library first (``loader``, ``checks``, ``rules``, ``export``,
``report``); ``cli`` is a thin shell over it and the only module that prints.
"""

__version__ = "0.1.0"
