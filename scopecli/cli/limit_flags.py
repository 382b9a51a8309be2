"""The `--max-*` limit flags every command shares, and turning the parsed flags into `Limits`
(no click here: the console entry's fast path for `scopecli run FILE` reads them too)."""

from __future__ import annotations

from scopecli.limits import DEFAULT_LIMITS, Limits

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# flag -> (Limits field, what it bounds); every LimitError's hint names its flag.
LIMIT_FLAGS: dict[str, tuple[str, str]] = {
    "max_ops": ("ops", "ops created in all graphs"),
    "max_loop_iterations": ("loop_iterations",
                            "loop iterations, comprehension elements, items consumed and calls"),
    "max_steps": ("steps", "evaluation work, about one step per expression evaluated"),
    "max_call_depth": ("call_depth", "nesting of scenario function calls"),
    "max_value_depth": ("value_depth", "nesting of tuples inside tuples"),
    "max_elements": ("elements", "elements of one tensor or array"),
    "max_sequence_length": ("sequence_length", "length of one string, list or tuple"),
    "max_int_bits": ("int_bits", "bits of one integer built by ** or <<"),
    "max_output": ("output_chars", "characters the scenario prints"),
    "max_input_bytes": ("input_bytes", "size of the scenario file or stdin"),
    "max_ast_depth": ("ast_depth", "nesting of Python code"),
    "max_yaml_depth": ("yaml_depth", "nesting of YAML"),
    "max_seconds": ("seconds", "CPU seconds of one command, rendering included"),
    "max_memory_mb": ("memory_mb", "megabytes of memory one run may add"),
}


def limits_from(options: dict[str, Any]) -> Limits:
    changes = {field_name: options.pop(flag) for flag, (field_name, _) in LIMIT_FLAGS.items()
               if options.get(flag) is not None}
    for flag in LIMIT_FLAGS:
        options.pop(flag, None)
    checkpoint = options.pop("restore_checkpoint", None)
    if checkpoint is not None:
        changes["checkpoint"] = checkpoint
    return DEFAULT_LIMITS.replace(**changes)


def language_of(lang: str | None) -> str | None:
    return {"py": "python", "yaml": "yaml", None: None}[lang]
