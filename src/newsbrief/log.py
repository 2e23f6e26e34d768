"""Warnings from the library go through the `newsbrief` logger.

A run that goes on despite a problem (a file skipped, a URL that failed, a document left out) says so
through `warn`. By default each warning is one line on stderr, `newsbrief: warning: <what>`, which is
what the command line shows; a Python caller can change that like any logging: remove the handler
(`logging.getLogger("newsbrief").handlers.clear()`), raise the level, or add its own handlers
(records also propagate to the root logger).
"""

from __future__ import annotations

import logging
import sys

logger = logging.getLogger("newsbrief")


class StderrLine(logging.Handler):
    """One line per warning on the *current* sys.stderr (so redirection and capture see it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(f"newsbrief: warning: {record.getMessage()}", file=sys.stderr)
        except Exception:  # a closed stderr must not break the run
            self.handleError(record)


if not any(isinstance(h, StderrLine) for h in logger.handlers):
    logger.addHandler(StderrLine(logging.WARNING))


def warn(message: str) -> None:
    """Report a problem the run got past."""
    logger.warning(message)
