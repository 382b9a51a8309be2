"""The element count of a nested Python list, refused over the --max-elements budget before numpy
materialises it (constant_op's values and a session's feeds)."""

from __future__ import annotations

from scopecli.errors import LimitError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def count_elements(value: Any, budget: int) -> int:
    """Elements in a nested list, refusing before numpy materialises something huge.

    Each list is counted once (by identity), so `[[1] * 10**4] * 10**4`, cheap to build from
    shared rows, is refused after 2 * 10**4 steps instead of being walked item by item."""
    counted: dict[int, int] = {}
    # (list, index of the next item, elements counted so far in it)
    stack: list[list[Any]] = []
    total = 0 if isinstance(value, (list, tuple)) else 1
    if total == 0:
        stack.append([value, 0, 0])
    while stack:
        frame = stack[-1]
        items, index = frame[0], frame[1]
        if index == len(items):
            stack.pop()
            counted[id(items)] = frame[2]
            if stack:
                stack[-1][2] += frame[2]
            else:
                total = frame[2]
            continue
        frame[1] = index + 1
        item = items[index]
        if isinstance(item, (list, tuple)):
            known = counted.get(id(item))
            if known is None:
                if len(stack) > 10_000:
                    raise LimitError("a constant nested more than 10000 levels deep")
                stack.append([item, 0, 0])
                continue
            frame[2] += known
        else:
            frame[2] += 1
        if frame[2] > budget:
            raise LimitError(f"a constant with more than {budget} elements", hint="raise --max-elements")
    if total > budget:
        raise LimitError(f"a constant with more than {budget} elements", hint="raise --max-elements")
    return total
