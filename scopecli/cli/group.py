"""The click command group `scopecli`: its help, `--version`, and each command's module imported
only when that command is looked up."""

from __future__ import annotations

import importlib

import click

from scopecli import __version__
from scopecli.cli.options import CONTEXT_SETTINGS, GroupedHelpCommand

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
