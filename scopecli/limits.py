"""Bounds on the work one scenario may cause; every one is checked before the work is done."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Defaults keep any hostile input near 1 s and 500 MB, yet fit the benchmarks (100k ops in a
    loop or unrolled, a 1000-layer MLP); each has a `--max-...` flag (cli/common.py LIMIT_FLAGS)."""

    input_bytes: int = 4 * 1024 * 1024  # source file or stdin (the 100k-line benchmark is 2.5 MB)
    ast_depth: int = 200  # nesting of expressions/statements, checked before running
    yaml_depth: int = 100  # nesting of YAML steps
    call_depth: int = 200  # user function recursion
    value_depth: int = 10_000  # tuples inside tuples (hashing one recurses in C, unguarded)
    loop_iterations: int = 1_000_000  # loop iterations, comprehension elements, items consumed, calls
    steps: int = 2_000_000  # evaluation work: roughly one per expression node evaluated
    ops: int = 100_000  # ops in all graphs together (each costs ~1.5 KB and ~25 us)
    elements: int = 1_000_000  # elements of one tensor or array (a constant from lists: ~0.3 s)
    sequence_length: int = 500_000  # str/list/tuple built by *, +, join, range, formatting
    int_bits: int = 4_096  # size of an int produced by ** or << (bits)
    output_chars: int = 4 * 1024 * 1024  # everything the scenario prints
    # The last resorts when a count misjudges a cost (see budget.py). The deadline covers the whole
    # command (load, run, expectations, rendering): explaining the 100k-op benchmark, what the
    # counts admit, takes ~7 s of CPU, most of it drawing the tree.
    seconds: float = 10.0  # CPU time of one command
    memory_mb: int = 350  # memory the run may add (RLIMIT_DATA); rendering gets budget.RENDER_MB more
    # Not a bound: the checkpoint given with --checkpoint, the only file a scenario's restore reads.
    checkpoint: str | None = None


DEFAULT_LIMITS = Limits()
