"""Writing to a pipe that closes early (`scopecli names x | head -1`): exit quietly, no traceback."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import NoReturn

BROKEN_PIPE_EXIT = 141  # what a shell reports for a writer killed by SIGPIPE (128 + 13)


def quiet_on_broken_pipe(action: Callable[[], NoReturn]) -> NoReturn:
    """Run `action`; when the reader went away, stop writing and exit as a SIGPIPE'd tool does."""
    try:
        action()
    except BrokenPipeError:
        # Python flushes stdout again at exit; point it at /dev/null so that flush cannot fail too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(BROKEN_PIPE_EXIT)
