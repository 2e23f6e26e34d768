"""The `newsbrief` script and `python -m newsbrief`: `cli.main`, and a Ctrl-C while it loads.

Only the standard library and `errors` are imported here, so the script reaches `main()` at once.
"""

from __future__ import annotations

import sys

from .errors import ABORTED, ABORTED_EXIT


def main() -> int:
    """`cli.main()`. A Ctrl-C while typer and the command modules load (the first ~0.3 s of every
    command, before `cli.main` installs its own handler) was a KeyboardInterrupt traceback: it is the
    same one line and exit code as a Ctrl-C inside a command."""
    try:
        from .cli import main as run

        return run()
    except KeyboardInterrupt:
        if sys.stderr is not None:  # closed at start (`2>&-`): nothing to say it on
            print(ABORTED, file=sys.stderr)
        return ABORTED_EXIT


if __name__ == "__main__":
    raise SystemExit(main())
