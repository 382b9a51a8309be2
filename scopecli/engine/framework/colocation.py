"""Graph.colocate_with and the device it gives the ops made inside (TF's ops.py).

`colocate_with(op)` clears the device scopes entered so far (a `tf.device` opened inside still
applies) and pushes `op` on the graph's colocation stack; an op created while the stack is not
empty takes the device of the newest colocation op that has one (TF's `_create_op_internal`:
"make this device match the device of the colocated op"). op_def_library wraps an op with ref
inputs (Assign, ScatterAdd, ApplyAdam, ...) in colocations with those inputs
(`_MaybeColocateWith`), which is why an optimizer update or a Saver's restore Assign lands on its
variable's device, and why `tf.group` over them makes one NoOp per device.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


def op_to_colocate_with(value: Any) -> Any:
    """ops._op_to_colocate_with: the op of a tensor, a variable's variable op, an op itself."""
    if value is None:
        return None
    variable_op = getattr(value, "variable_op", None)  # RefVariable / ResourceVariable
    if variable_op is not None:
        return variable_op
    op = getattr(value, "_op", None)  # a Tensor
    if op is not None:
        return op
    return value


@contextmanager
def colocated_with(graph: Any, value: Any, ignore_existing: bool = False) -> Iterator[None]:
    """Graph.colocate_with(op, ignore_existing) as a Python context manager."""
    op = op_to_colocate_with(value)
    if op is None and not ignore_existing:
        from scopecli.errors import tf_value_error

        raise tf_value_error("Trying to reset colocation (op is None) but ignore_existing is not True")
    old_device, old_stack = graph.device_scope, graph.colocation_stack
    old_devices = graph.device_stack, graph.device_function_active
    graph.device_scope, graph.device_stack, graph.device_function_active = "", (), False
    stack = [] if ignore_existing else list(old_stack)
    if op is not None:
        stack.append(op)
    graph.colocation_stack = stack
    try:
        yield
    finally:
        graph.device_scope, graph.colocation_stack = old_device, old_stack
        graph.device_stack, graph.device_function_active = old_devices


def colocated_device(stack: list[Any], device: str) -> str:
    """The device of an op made under colocation `stack` (newest last) inside device scope
    `device`: the newest colocation op's device that is set, else `device`."""
    for op in reversed(stack):
        if op._device:
            return op._device
    return device


def colocate_with_ref_inputs(graph: Any, op: Any, ref_ops: list[Any]) -> None:
    """op_def_library's _MaybeColocateWith(ref inputs) for an op just made: the device scopes
    were cleared (so only the colocations count), the last ref input being the newest."""
    op._device = colocated_device([*graph.colocation_stack, *ref_ops], "")
