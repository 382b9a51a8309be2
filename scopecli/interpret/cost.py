"""What work done in C on scenario values costs, charged through `Guard.charge` before it runs.

Comparisons, hashes, sorts and numpy's conversions run in C, where no deadline can interrupt
them; their cost is the number of elements they will visit, which for nested lists and tuples
is the expanded size (a shared sublist counts each time it is reached). Each function here
measures that size and charges it first; the size-to-steps rate is `WORK_SHIFT`.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from scopecli.errors import LimitError
from scopecli.interpret.guard import WORK_SHIFT

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.interpret.guard import Guard



def nested_size(g: Guard, value: Any) -> int:
    """Leaves of nested lists/tuples, shared sublists counted each time they are reached: what a
    comparison or a tuple hash walks in C. Stops just past what the steps budget can pay."""
    from scopecli.interpret.operators import leaf_count

    if type(value) is not list and type(value) is not tuple:
        return 1
    return leaf_count(value, (max(g.max_steps - g.steps, 0) + 1) << WORK_SHIFT)


def charge_sort(g: Guard, items: list) -> None:
    """n log n comparisons, each as big as the items compared (nested lists compare deeply)."""
    n = len(items)
    if n > 1:
        per_item = nested_size(g, items[0]) if type(items[0]) in (list, tuple) else 1
        g.charge(n * n.bit_length() * per_item)


def charge_hash(g: Guard, items: Any) -> None:
    """Hashing walks a tuple entirely every time (tuples do not cache their hash)."""
    # One walk of the whole list: the same tuple listed n times counts n times, measured once.
    g.charge(nested_size(g, items) if any(type(i) is tuple for i in items) else len(items))


def count(g: Guard, seq: Any, value: Any) -> int:
    g.charge(len(seq) * nested_size(g, value))
    return seq.count(value)


def index(g: Guard, seq: Any, value: Any, *bounds: Any) -> int:
    g.charge(len(seq) * nested_size(g, value))
    return seq.index(value, *bounds)


def array_method(method: Callable[..., Any]) -> Callable[..., Any]:
    """An ndarray method: list arguments (`where=`, `initial=`...) are converted by numpy in C,
    so their elements are counted (shared sublists by multiplicity) and paid for first."""

    def call(g: Guard, array: Any, *args: Any, **kwargs: Any) -> Any:
        from scopecli.interpret.operators import leaf_count

        cap = g.limits.elements
        for value in (*args, *kwargs.values()):
            if type(value) is list or type(value) is tuple:
                size = leaf_count(value, cap)
                if size > cap:
                    raise LimitError(f"an array method would convert {size} elements",
                                     hint=f"raise it with --max-elements (now {cap})")
                g.charge(size)
        g.charge(array.size)
        return method(array, *args, **kwargs)

    return call


_NESTABLE = (list, tuple)


def charge_compare(g: Guard, op: type, a: Any, b: Any) -> None:
    """Charge a comparison or membership test by the elements C will visit, before it runs:
    `==`/`<` of nested lists walk both (shared sublists count each time they are reached),
    `x in seq` compares x with every item, `x in range(...)` with a non-int walks the range."""
    from scopecli.interpret.operators import leaf_count

    cap = (max(g.max_steps - g.steps, 0) + 1) << WORK_SHIFT
    if op is ast.In or op is ast.NotIn:
        if type(b) is range:
            if type(a) is not int and type(a) is not bool:
                g.charge(abs(b.stop - b.start) // abs(b.step))
        elif type(b) in _NESTABLE:
            g.charge(len(b) * (leaf_count(a, cap) if type(a) in _NESTABLE else 1))
    elif type(a) in _NESTABLE and type(b) in _NESTABLE:
        g.charge(min(leaf_count(a, cap), leaf_count(b, cap)))
