"""Warnings from the library go to the `newsbrief` logger; the CLI shows them as one line each.

A run that goes on despite a problem (a file skipped, a document left out) says so through
`warn`; the command line installs `show_warnings` so each becomes `newsbrief: warning: <what>` on
stderr. A Python caller sees them through its own logging setup (or Python's last-resort handler).
"""

from __future__ import annotations

import logging
import sys

logger = logging.getLogger("newsbrief")


def warn(message: str) -> None:
    """Report a problem the run got past."""
    logger.warning(message)


class _Stderr(logging.Handler):
    """One line per warning on the *current* sys.stderr (so redirection and capture see it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            print(f"newsbrief: warning: {record.getMessage()}", file=sys.stderr)
        except Exception:  # a closed stderr must not break the run
            self.handleError(record)


def show_warnings() -> None:
    """Print the library's warnings on stderr as `newsbrief: warning: ...` (idempotent)."""
    if not any(isinstance(h, _Stderr) for h in logger.handlers):
        logger.addHandler(_Stderr(logging.WARNING))
    logger.propagate = False
