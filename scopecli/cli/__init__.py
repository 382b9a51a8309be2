"""The command line: a thin click layer. Each command lives in its own module and only parses
arguments, calls the library (`scopecli.run`, `scopecli.render`) and maps results to exit codes."""

from __future__ import annotations

import gc
import importlib
import os

# The evaluator multiplies tiny matrices: OpenBLAS's worker threads buy nothing and cost ~40 ms of
# start-up when numpy loads (set before anything imports numpy; the user's own setting wins).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import click  # noqa: E402 - after the environment setting above, like everything below

import scopecli
from scopecli import __version__
from scopecli.cli.common import CONTEXT_SETTINGS, GroupedHelpCommand

# Each command lives in its own module, which adds the command to `cli` when imported.
_COMMAND_MODULES = {name: f"scopecli.cli.{name}_cmd" for name in
                    ("check", "ckpt", "diff", "explain", "graph", "names", "run")}


class _LazyGroup(click.Group):
    """A group that imports a command's module only when the command is looked up (click's
    "lazily loading subcommands" pattern): `scopecli run` does not pay for the other commands'
    imports (subprocess for graph, pathlib for check); `--help` still lists them all."""

    command_class = GroupedHelpCommand  # every command's help puts the --max-* bounds in one section

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *_COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = _COMMAND_MODULES.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            importlib.import_module(module)
        return super().get_command(ctx, cmd_name)


@click.group(cls=_LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="scopecli")
def cli() -> None:
    """Explain how TensorFlow 1.x names things, without installing TensorFlow.

    \b
    Example:
        scopecli explain scenarios/01-get-variable-ignores-name-scope.yaml
    """


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
    cli(prog_name="scopecli")


def _standard_streams() -> None:
    """A closed standard stream (`scopecli run x >&-`, `<&-`) becomes /dev/null, so no file the
    command opens later takes its number and nothing fails on it; a closed stdin is remembered
    (reading `-` says so) and a closed stdout ends the command with a message (exit 2)."""
    import sys

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
