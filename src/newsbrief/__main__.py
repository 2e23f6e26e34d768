"""The `newsbrief` script and `python -m newsbrief`: `cli.main`, and a Ctrl-C or SIGTERM while it loads
or ends.

Only the standard library and `errors` are imported here, so the script reaches `main()` at once.
"""

from __future__ import annotations

import contextlib
import gc
import signal

from .errors import ABORTED, ABORTED_EXIT, Terminated, raise_interrupted, say

# the signals that raise `Terminated` (or `HungUp`) from the start, each while its handler is the default
STOPS = (signal.SIGTERM, signal.SIGHUP)


def main() -> int:
    """`cli.main()`. A Ctrl-C while typer and the command modules load (the first ~0.3 s of every
    command, before `cli.main` installs its own handler) was a KeyboardInterrupt traceback: it is the
    same one line and exit code as a Ctrl-C inside a command.

    The script's last act: once the exit code is known, Ctrl-C is ignored. In the interpreter's
    teardown after `cli.main` (up to ~0.5 s after `eval`), it ended the process by the signal (exit
    -2, no line) with the output already written, or printed an "Exception ignored" traceback; a
    finished run now exits with its own code.

    SIGTERM while the command line loads ended the process by the signal with no line (status -15,
    cli54): its handler is set here, before the import, so it is the same line and exit code as a
    SIGTERM inside a command (cli55)."""
    _terminate_by_raising()
    try:
        from .cli import main as run

        code = run()
        _finished()
    except Terminated as e:  # while `cli` loaded: `cli.main` says its own
        _finished()
        say(e.line)
        code = e.exit_code
    except KeyboardInterrupt:
        _finished()
        say(ABORTED)
        code = ABORTED_EXIT
    return code


def _terminate_by_raising() -> None:
    """SIGTERM raises `Terminated` (SIGHUP `HungUp`) from here on, unless it is ignored (`nohup`) or
    handled already by the program that runs this one."""
    with contextlib.suppress(ValueError):  # not the main thread: only a caller embedding this
        for sig in STOPS:
            if signal.getsignal(sig) is signal.SIG_DFL:
                signal.signal(sig, raise_interrupted)


def _finished() -> None:
    """Ctrl-C ignored from here to the exit: SIG_IGN is the one handler the interpreter keeps through
    its teardown (it puts back the default, which ends the process, for any Python one). And the
    objects alive now frozen (`gc.freeze`): the teardown's collections no longer walk them all, which
    took most of it (measured under load: `brief --example` 1.0 -> 0.2-0.3 s, `eval --limit 10`
    1.8 -> 0.2 s from `main`'s return to the exit). What must be written is written before: outputs
    (`io.atomic_write`) and stores commit and close themselves; atexit handlers still run."""
    with contextlib.suppress(ValueError):  # not the main thread: only a caller embedding this
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        for sig in STOPS:
            if signal.getsignal(sig) is raise_interrupted:  # set at start, `cli` never ran
                signal.signal(sig, signal.SIG_DFL)
    gc.freeze()


if __name__ == "__main__":
    raise SystemExit(main())
