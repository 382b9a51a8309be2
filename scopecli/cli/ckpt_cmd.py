"""`scopecli ckpt CHECKPOINT [SCENARIO]`: list a real TF checkpoint without TensorFlow, or compare
it with the variables a scenario makes and print the fix."""

from __future__ import annotations

import sys

import click

from scopecli.cli import cli
from scopecli.cli.common import guarded, language_of, limit_options, limits_from
from scopecli.cli.pipes import quiet_on_broken_pipe

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


@cli.command("ckpt")
@click.argument("checkpoint", type=click.Path())
@click.argument("scenario", required=False, type=click.Path(allow_dash=True))
@click.option("--format", "output_format", type=click.Choice(["tree", "names", "tsv", "json"]),
              default="tree", show_default=True,
              help="tree: scopes like explain; names: one per line; tsv: name, dtype, shape, size, kind; "
              "json: one versioned document (docs/json.md).")
@click.option("--values", is_flag=True, help="Read the values too: min, max and mean of each tensor "
              "(checks each tensor's crc32c).")
@click.option("--max-file-mb", type=click.IntRange(min=1), default=1024, show_default=True,
              help="Refuse checkpoint files (and single tensors) larger than this.")
@click.option("--color/--no-color", default=None,
              help="Force colour on or off (default: colour only on a terminal, never with NO_COLOR).")
@limit_options
def ckpt_command(checkpoint: str, scenario: str | None, output_format: str, values: bool,
                 max_file_mb: int, color: bool | None, lang: str | None, debug: bool, **options: Any) -> None:
    """List a TensorFlow checkpoint's variables, or compare them with what SCENARIO creates.

    CHECKPOINT is a prefix (`model.ckpt-1000`), a directory (its `checkpoint` file names the
    latest), an `.index`/`.data-*` file, a V1 file, a SavedModel directory, or a graph file
    (`.meta`, `.pb`, `.pbtxt`: nodes, ops and inputs). No TensorFlow is imported.

    With SCENARIO: matched, renamed, mismatched (shape/dtype), missing (in the code, not in the
    checkpoint) and unexpected (in the checkpoint only) variables, each with why, then the fix:
    an `assignment_map` for tf.train.init_from_checkpoint, a Saver var_list and a rename list.
    Exit 0 when restoring would work (only training state differs), 1 when it would not, 2 for
    bad input (a damaged or foreign file: which file and what is wrong).

    \b
    Examples:
        scopecli ckpt train_dir/
        scopecli ckpt model.ckpt-1000 --format tsv --values
        scopecli ckpt model.ckpt-1000 model.py --format json | jq .assignment_map
    """
    limits = limits_from(options)
    if limits.checkpoint is None:  # the scenario's own restores read the checkpoint being compared
        limits = limits.replace(checkpoint=checkpoint)
    max_bytes = max_file_mb << 20

    def body() -> int:
        from scopecli.checkpoint import open_checkpoint
        from scopecli.render.console import Terminal

        terminal = Terminal.detect(sys.stdout, color)
        opened = open_checkpoint(checkpoint, max_bytes)
        if scenario is None:
            from scopecli.render.ckpt_view import write_listing

            stats = _stats(opened, max_bytes) if values else None
            write_listing(opened, output_format, sys.stdout, terminal.color, stats)
            return 0
        return _compare(opened, scenario, output_format, terminal.color, lang, limits)

    quiet_on_broken_pipe(lambda: guarded(debug, body))


def _stats(opened: Any, max_bytes: int) -> dict[str, dict | None]:
    from scopecli.checkpoint import CheckpointError, read_values
    from scopecli.checkpoint.wire import Corrupt
    from scopecli.render.ckpt_view import value_stats

    out = {}
    for tensor in opened.tensors:
        try:
            out[tensor.name] = value_stats(read_values(opened, tensor, max_bytes))
        except Corrupt as error:
            raise CheckpointError(opened.prefix, f"{tensor.name}: {error}") from None
    return out


def _compare(opened: Any, scenario_path: str, output_format: str, color: bool, lang: str | None,
             limits: Any) -> int:
    from scopecli.checkpoint import CheckpointError
    from scopecli.checkpoint.compare import CodeVariable, compare
    from scopecli.load import load_scenario
    from scopecli.render.ckpt_compare_view import compare_document, write_compare
    from scopecli.render.model import explain_result
    from scopecli.run import run_scenario

    if not opened.tensors:
        raise CheckpointError(opened.path, f"a {opened.kind} file holds no variable values to compare; "
                              "give the checkpoint prefix beside it")
    scenario = load_scenario(scenario_path, language=language_of(lang), limits=limits)
    # A refused construct (an optimizer scopecli does not model yet) ends the run like a TF error:
    # the variables made before it are still compared, and the report says where it stopped.
    result = run_scenario(scenario, limits, keep_input_errors=True)
    explained = explain_result(result, values=False)
    graph = next((g for g in explained.graphs if g.is_default), explained.graphs[0])
    code = [CodeVariable(v.name, v.dtype, tuple(v.dims) if v.dims is not None else None, v.created_by,
                         v.site.line, tuple(v.notes)) for v in graph.variables]
    tensors = opened.tensors
    if opened.object_based:  # compare by each variable's own name, as name-based restore does
        from scopecli.checkpoint.classify import classify

        tensors = [_by_full_name(t) for t in tensors if t.full_name is not None and t.slot_of is None
                   and classify(t.name)[0] != "tf2_bookkeeping"]  # save_counter: the Checkpoint's own
    comparison = compare(code, tensors)
    stopped = None
    if result.error is not None:
        error = result.error
        stopped = {"where": str(error.pos) if error.pos else scenario_path,
                   "reason": error.one_line().split("\n", 1)[0] if error.pos is None
                   else error.message.split("\n", 1)[0]}
    doc = compare_document(comparison, opened.path, scenario_path, stopped)
    if output_format == "json":
        import json

        sys.stdout.write(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    elif output_format in ("names", "tsv"):
        for key in ("matched", "renamed", "mismatched", "missing", "unexpected"):
            for item in doc[key]:
                sys.stdout.write(f"{key}\t{item['name']}\t{item.get('checkpoint_name', '')}\n"
                                 if output_format == "tsv" else f"{key} {item['name']}\n")
    else:
        write_compare(doc, sys.stdout, color)
    return 0 if comparison.ok else 1


def _by_full_name(tensor: Any) -> Any:
    from dataclasses import replace

    return replace(tensor, name=tensor.full_name)
