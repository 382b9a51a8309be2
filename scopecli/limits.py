"""Bounds on the work one scenario may cause; every one is checked before the work is done."""

from __future__ import annotations

from scopecli.records import ValueRecord

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# (field, default): the order of `Limits`' parameters. Limits is a plain slotted class, not a
# dataclass, on purpose: every `scopecli run` builds it, and `@dataclass` costs ~0.5 ms per class
# (it exec()s the generated methods) plus ~5 ms importing `dataclasses` (which pulls in
# `inspect`, `tokenize`, `dis`). Keep it a plain class; it behaves as the frozen dataclass did
# (keyword or positional construction; value equality, hash, repr and `replace` from ValueRecord).
_FIELDS: tuple[tuple[str, Any], ...] = (
    ("input_bytes", 4 * 1024 * 1024),  # source file or stdin (the 100k-line benchmark is 2.5 MB)
    ("ast_depth", 200),  # nesting of expressions/statements, checked before running
    ("yaml_depth", 100),  # nesting of YAML steps
    ("call_depth", 200),  # user function recursion
    ("value_depth", 10_000),  # tuples inside tuples (hashing one recurses in C, unguarded)
    ("loop_iterations", 1_000_000),  # loop iterations, comprehension elements, items consumed, calls
    ("steps", 2_000_000),  # evaluation work: roughly one per expression node evaluated
    ("ops", 100_000),  # ops in all graphs together (each costs ~1.5 KB and ~25 us)
    ("elements", 1_000_000),  # elements of one tensor or array (a constant from lists: ~0.3 s)
    ("sequence_length", 500_000),  # str/list/tuple built by *, +, join, range, formatting
    ("int_bits", 4_096),  # size of an int produced by ** or << (bits)
    ("output_chars", 4 * 1024 * 1024),  # everything the scenario prints
    # The last resorts when a count misjudges a cost (see budget.py). The deadline covers the whole
    # command (load, run, expectations, rendering): explaining the 100k-op benchmark, what the
    # counts admit, takes ~7 s of CPU, most of it drawing the tree.
    ("seconds", 10.0),  # CPU time of one command
    ("memory_mb", 350),  # memory the run may add (RLIMIT_DATA); rendering gets budget.RENDER_MB more
    # Not a bound: the checkpoint given with --checkpoint, the only file a scenario's restore reads.
    ("checkpoint", None),
)


class Limits(ValueRecord):
    """Defaults keep any hostile input near 1 s and 500 MB, yet fit the benchmarks (100k ops in a
    loop or unrolled, a 1000-layer MLP); each has a `--max-...` flag (cli/common.py LIMIT_FLAGS).
    Immutable: derive another with `replace(field=value)`."""

    __slots__ = tuple(name for name, _ in _FIELDS)

    input_bytes: int
    ast_depth: int
    yaml_depth: int
    call_depth: int
    value_depth: int
    loop_iterations: int
    steps: int
    ops: int
    elements: int
    sequence_length: int
    int_bits: int
    output_chars: int
    seconds: float
    memory_mb: int
    checkpoint: str | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if len(args) > len(_FIELDS):
            raise TypeError(f"Limits() takes at most {len(_FIELDS)} positional arguments ({len(args)} given)")
        setter = object.__setattr__
        for (name, _), value in zip(_FIELDS, args, strict=False):
            if name in kwargs:
                raise TypeError(f"Limits() got multiple values for argument '{name}'")
            setter(self, name, value)
        for name, default in _FIELDS[len(args):]:
            setter(self, name, kwargs.pop(name, default))
        if kwargs:
            raise TypeError(f"Limits() got an unexpected keyword argument '{next(iter(kwargs))}'")

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"cannot assign to field '{name}': Limits is immutable (use replace)")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field '{name}': Limits is immutable")


DEFAULT_LIMITS = Limits()
