"""The command line: the console entry point `main`, and a thin click layer (cli/group.py). Each
command lives in its own module and only parses arguments, calls the library (`scopecli.run`,
`scopecli.render`) and maps results to exit codes; `scopecli run FILE` takes a click-free path."""

from __future__ import annotations

import gc
import os
import sys

# The evaluator multiplies tiny matrices: OpenBLAS's worker threads buy nothing and cost ~40 ms of
# start-up when numpy loads (set before anything imports numpy; the user's own setting wins).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import scopecli  # noqa: E402 - after the environment setting above

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    import click


def __getattr__(name: str) -> Any:
    """`scopecli.cli.cli`, the click group, is built on first use (cli/group.py): the common
    `scopecli run FILE` runs without importing click (cli/run_fast.py)."""
    if name == "cli":
        from scopecli.cli.group import cli

        globals()["cli"] = cli
        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


cli: click.Group  # the command group; made by __getattr__ above


def main() -> None:
    # One short-lived process builds one graph it keeps to the end: every collection that walks
    # the graph's objects again frees nothing. So: no full (oldest-generation) collection (40% of
    # a 100k-op run once), and survivors of a young collection are not walked a second time in
    # the middle generation (another 5-10%). Young collections still free short-lived cycles,
    # every 10k allocations, so a loop of exceptions or closures cannot pile up garbage.
    gc.freeze()  # what importing made lives as long as the process
    gc.set_threshold(10_000, 1000, 1000)
    scopecli.SINGLE_RUN_PROCESS = True  # and so does the scenario it loads (load/python_loader.py)
    _standard_streams()
    if sys.argv[1:2] == ["run"]:
        from scopecli.cli import run_fast

        run_fast.run_simple(sys.argv[1:])  # never returns when it ran the command
    from scopecli.cli.group import cli

    cli(prog_name="scopecli")


def _standard_streams() -> None:
    """A closed standard stream (`scopecli run x >&-`, `<&-`) becomes /dev/null, so no file the
    command opens later takes its number and nothing fails on it; a closed stdin is remembered
    (reading `-` says so) and a closed stdout ends the command with a message (exit 2)."""
    closed = []
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)
            setattr(sys, name, open(fd, "r" if fd == 0 else "w", encoding="utf-8", closefd=False))
            closed.append(name)
    scopecli.STDIN_CLOSED = "stdin" in closed
    if "stdout" in closed:
        sys.stderr.write("scopecli: standard output is closed: nothing could be shown\n")
        sys.stderr.flush()
        os._exit(2)
