"""The command line: a thin click layer. Each command lives in its own module and only parses
arguments, calls the library (`scopecli.run`, `scopecli.render`) and maps results to exit codes."""

from __future__ import annotations

import gc
import os

# The evaluator multiplies tiny matrices: OpenBLAS's worker threads buy nothing and cost ~40 ms of
# start-up when numpy loads (set before anything imports numpy; the user's own setting wins).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import click  # noqa: E402 - after the environment setting above, like everything below

from scopecli import __version__
from scopecli.cli.common import CONTEXT_SETTINGS


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="scopecli")
def cli() -> None:
    """Explain how TensorFlow 1.x names things, without installing TensorFlow.

    \b
    Example:
        scopecli explain scenarios/01-get-variable-ignores-name-scope.yaml
    """


# Each module adds its command to `cli` (they import `cli` from here, so they come after it).
from scopecli.cli import (  # noqa: E402, F401, I001
    check_cmd,
    diff_cmd,
    explain_cmd,
    graph_cmd,
    names_cmd,
    run_cmd,
)


def main() -> None:
    # One short-lived process builds one graph it keeps to the end: a full (oldest-generation)
    # collection walks every op ever made and frees nothing, and CPython runs several as the
    # graph grows (40% of a 100k-op run). Young collections still free short-lived cycles.
    gc.freeze()  # what importing made lives as long as the process
    gc.set_threshold(700, 10, 1000)
    cli(prog_name="scopecli")
