"""Kernels of the stack ops a while loop's gradient uses (TF's stack_ops.cc): StackV2 makes a stack
for one session run, the forward loop pushes each iteration's value (StackPushV2), the gradient
loop pops them back in reverse order (StackPopV2); ControlTrigger only orders ops."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


class Stack:
    """One StackV2 resource in one run: its name (as TF's messages give it) and its values."""

    __slots__ = ("name", "values", "max_size")

    def __init__(self, name: str, max_size: int):
        self.name, self.values, self.max_size = name, [], max_size
        self.values: list[Any]

    def __repr__(self) -> str:
        # No address: explain's JSON shows a handle's value, and must not change run to run.
        return f"<Stack {self.name!r}>"


def _stack(value: Any) -> Stack:
    if not isinstance(value, Stack):
        raise KernelError("Tried to use a stack that was not created in this session run")
    return value


@kernel("StackV2")
def _stack_v2(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    made = ctx.counters.get("Stack", 0)
    ctx.counters["Stack"] = made + 1
    return [Stack(f"{op._name}_{made}", int(inputs[0]))]


@kernel("StackPushV2")
def _push(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    stack, elem = _stack(inputs[0]), inputs[1]
    if 0 <= stack.max_size <= len(stack.values):
        raise KernelError(f"Stack[{stack.name}] overflowed its max_size ({stack.max_size})")
    stack.values.append(elem)
    return [elem]


@kernel("StackPopV2")
def _pop(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    stack = _stack(inputs[0])
    if not stack.values:
        raise KernelError(f"Stack[{stack.name}] is empty.", "InvalidArgumentError")
    return [np.asarray(stack.values.pop())]


@kernel("ControlTrigger")
def _control_trigger(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return []
