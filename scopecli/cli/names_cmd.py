"""`scopecli names FILE...`: one full name per line (or TSV / JSON / JSON lines) for shell pipelines."""

from __future__ import annotations

import sys

import click

from scopecli.cli import cli
from scopecli.cli.common import guarded, language_of, limit_options, limits_from
from scopecli.cli.pipes import quiet_on_broken_pipe
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@cli.command("names")
@click.argument("files", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option("--format", "output_format", type=click.Choice(["names", "tsv", "json", "jsonl"]),
              default="names", show_default=True,
              help="names: one per line; tsv: a header, then kind, name, type, dtype, shape, line; "
              "json: one document; jsonl: one JSON object per line.")
@click.option("--all-ops", is_flag=True, help="Include the internal ops TF builds behind each call.")
@click.option("--variables-only", is_flag=True, help="Only variables (the names a checkpoint stores).")
@limit_options
def names_command(files: tuple[str, ...], output_format: str, all_ops: bool, variables_only: bool,
                  lang: str | None, debug: bool, **options: Any) -> None:
    """List the names a scenario creates, for grep, sort, diff and jq.

    With several files each line starts with its file, as grep does. Exit 1 when a scenario
    raised an error (the names made before it are still listed), 2 when a file cannot be read.

    \b
    Examples:
        scopecli names model.py --variables-only | grep kernel | sort
        scopecli names model.py --format jsonl | jq -r 'select(.kind=="variable") | .name'
    """
    limits = limits_from(options)

    def body() -> int:
        from scopecli.load import load_scenario
        from scopecli.render.model import explain_result
        from scopecli.render.names import name_records, names_document, tsv_header, write_records
        from scopecli.run import run_scenario

        code = 0
        collected = []
        stopped: list[dict[str, object]] = []
        if output_format == "tsv":
            sys.stdout.write(tsv_header(len(files) > 1))
        for file in files:
            try:
                scenario = load_scenario(file, language=language_of(lang), limits=limits)
                result = run_scenario(scenario, limits)
            except InputError as error:
                # Like grep: report this file, carry on with the others, exit 2 at the end.
                click.echo(f"scopecli: {error.one_line()}", err=True)
                code = 2
                continue
            if result.error is not None:
                # Partial results: the names below are those made before the run stopped.
                click.echo(f"scopecli: {result.stopped}", err=True)
                line = result.error.pos.line if result.error.pos else None
                stopped.append({"file": scenario.path, "line": line, "text": result.stopped})
            code = max(code, result.exit_code)
            records = name_records(explain_result(result, values=False), all_ops, variables_only)
            if output_format == "json":
                collected.extend(records)
            else:
                write_records(records, output_format, sys.stdout, with_file=len(files) > 1)
        if output_format == "json":
            click.echo(names_document(collected, stopped))
        sys.stdout.flush()
        return code

    quiet_on_broken_pipe(lambda: guarded(debug, body, limits))
