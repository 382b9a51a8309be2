"""Bounds on the work one scenario may cause; every one is checked before the work is done."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Defaults fit any sensible teaching scenario and a 100k-op benchmark; flags can raise them."""

    input_bytes: int = 16 * 1024 * 1024  # source file or stdin
    ast_depth: int = 200  # nesting of expressions/statements, checked before running
    yaml_depth: int = 100  # nesting of YAML steps
    call_depth: int = 200  # user function recursion
    loop_iterations: int = 2_000_000  # all for-loop and comprehension steps together ("fuel")
    ops: int = 500_000  # ops in all graphs together
    elements: int = 10_000_000  # elements of one tensor the evaluator materialises
    sequence_length: int = 10_000_000  # str/list/tuple built by *, +, join, range
    int_bits: int = 4_096  # size of an int produced by ** or << (bits)
    output_chars: int = 16 * 1024 * 1024  # everything the scenario prints


DEFAULT_LIMITS = Limits()
