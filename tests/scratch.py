"""A throw-away working directory for CLI tests (click's isolated_filesystem is deprecated)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def scratch_dir() -> Iterator[str]:
    """chdir into a fresh temporary directory for the block, then back and remove it."""
    previous = os.getcwd()
    with tempfile.TemporaryDirectory(prefix="scopecli-test-") as path:
        os.chdir(path)
        try:
            yield path
        finally:
            os.chdir(previous)
