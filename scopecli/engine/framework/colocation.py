"""Colocation as TF1 graphs keep it (ops.py: Graph.colocate_with, _create_op_helper, and
Operation.colocation_groups): ops made under `colocate_with(x)` get a `_class` attr listing
`loc:@x`'s groups and x's device (device functions are suspended meanwhile); an attr scope puts
`_class` on a variable's initializer ops; op_def_library colocates an op with its ref inputs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from scopecli.engine.framework.operation import Operation, Tensor, TensorConvertible
from scopecli.errors import tf_value_error


def _op_to_colocate_with(value: Any) -> Operation | None:
    """ops._op_to_colocate_with: an op as is, a variable's (ref or handle) op, a tensor's op."""
    if value is None or isinstance(value, Operation):
        return value
    variable_op = getattr(value, "variable_op", None)
    if variable_op is not None:
        return variable_op
    if isinstance(value, TensorConvertible):
        value = value.to_tensor(as_ref=True)
    if isinstance(value, Tensor):
        return value._op
    from scopecli.errors import tf_type_error

    raise tf_type_error(f"Can not convert a {type(value).__name__} into a Tensor or Operation.")


@contextmanager
def colocated_with(graph: Any, value: Any, ignore_existing: bool = False) -> Iterator[None]:
    """Graph._colocate_with_for_gradient: push the op; the device function stack is emptied
    (colocation is the stronger constraint) and, with ignore_existing, the colocation stack too."""
    if value is None and not ignore_existing:
        raise tf_value_error("Trying to reset colocation (op is None) but ignore_existing is not True")
    op = _op_to_colocate_with(value)
    saved_devices = graph.device_scope, graph.device_stack, graph.device_functions
    saved_stack, saved_base = graph.colocation_stack, graph.base_devices
    if saved_base is None:  # the graph's own device stack, which init_scope falls back on
        graph.base_devices = saved_devices
    graph.device_scope, graph.device_stack, graph.device_functions = "", [], 0
    if ignore_existing:
        graph.colocation_stack = []
    if op is not None:
        graph.colocation_stack = [*graph.colocation_stack, op]
    try:
        yield
    finally:
        graph.device_scope, graph.device_stack, graph.device_functions = saved_devices
        graph.colocation_stack, graph.base_devices = saved_stack, saved_base


@contextmanager
def init_scope_devices(graph: Any) -> Iterator[None]:
    """ops.init_scope's device stack: the current one, or when colocate_with emptied it, the
    graph's own (the stack TF's context switch recorded), so a slot of an unplaced variable made
    under tf.device("/gpu:0") is still placed there."""
    if graph.device_stack or graph.base_devices is None:
        yield
        return
    saved = graph.device_scope, graph.device_stack, graph.device_functions
    graph.device_scope, graph.device_stack, graph.device_functions = graph.base_devices
    try:
        yield
    finally:
        graph.device_scope, graph.device_stack, graph.device_functions = saved


@contextmanager
def attr_scope(graph: Any, attrs: dict[str, Any]) -> Iterator[None]:
    """Graph._attr_scope: attrs every new op gets unless it has them already."""
    saved = graph.attr_scope
    graph.attr_scope = {**saved, **attrs}
    try:
        yield
    finally:
        graph.attr_scope = saved


def apply_colocation(graph: Any, op: Operation) -> None:
    """_create_op_helper's attr-scope and colocation steps for a new op."""
    attrs = op.attrs
    extra = {key: value for key, value in graph.attr_scope.items() if key not in attrs}
    stack = graph.colocation_stack
    if stack:
        cache = graph.colocation_cache
        if cache is None or cache[0] is not stack:  # colocated_with makes a new list per push
            groups: list[bytes] = []
            device = None
            for other in reversed(stack):  # innermost first
                groups.extend(other.colocation_groups())
                if other._device and device is None:
                    device = other._device
            cache = graph.colocation_cache = (stack, sorted(set(groups)), device)
        if cache[2] is not None:
            op._device = cache[2]
        extra["_class"] = list(cache[1])
    if not extra:
        return
    if hasattr(attrs, "_pending"):  # a Const's own PendingConstAttrs: add in place, value unbuilt
        dict.update(attrs, extra)
    else:  # possibly a mapping shared by ops of one type: a new one
        op.attrs = {**attrs, **extra}


def colocate_with_refs(graph: Any, ref_inputs: list[Tensor]) -> ExitStack:
    """op_def_library._MaybeColocateWith: one colocate_with per ref input, nested in order."""
    stack = ExitStack()
    for tensor in ref_inputs:
        stack.enter_context(colocated_with(graph, tensor))
    return stack
