"""Colocation as TF1 graphs keep it (ops.py: Graph.colocate_with, _create_op_helper, and
Operation.colocation_groups): ops made under `colocate_with(x)` get a `_class` attr listing
`loc:@x`'s groups and x's device (device functions are suspended meanwhile); an attr scope puts
`_class` on a variable's initializer ops; op_def_library colocates an op with its ref inputs."""

from __future__ import annotations

import contextlib
from contextlib import ExitStack
from types import MappingProxyType

from scopecli.engine.framework.operation import Operation, Tensor, TensorConvertible
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.opdefs import OpDef


def _op_to_colocate_with(value: Any) -> Operation | None:
    """ops._op_to_colocate_with: an op as is, a variable's (ref or handle) op, a tensor's op."""
    if value.__class__ is Tensor:  # the common case (an Assign's ref input), before any getattr
        return value._op
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


class colocated_with:  # noqa: N801 - a context manager, used as ops.colocate_with is
    """Graph._colocate_with_for_gradient: push the op; the device function stack is emptied
    (colocation is the stronger constraint) and, with ignore_existing, the colocation stack too.
    A class, not a @contextmanager: every variable enters several of these (~3 us saved each)."""

    __slots__ = ("graph", "value", "ignore_existing", "saved")

    def __init__(self, graph: Any, value: Any, ignore_existing: bool = False):
        self.graph, self.value, self.ignore_existing = graph, value, ignore_existing

    def __enter__(self) -> None:
        graph, value = self.graph, self.value
        if value is None and not self.ignore_existing:
            raise tf_value_error("Trying to reset colocation (op is None) but ignore_existing is not True")
        op = _op_to_colocate_with(value)
        saved_devices = graph.device_scope, graph.device_stack, graph.device_functions
        saved_base = graph.base_devices
        self.saved = saved_devices, graph.colocation_stack, saved_base
        if saved_base is None:  # the graph's own device stack, which init_scope falls back on
            graph.base_devices = saved_devices
        graph.device_scope, graph.device_stack, graph.device_functions = "", [], 0
        if self.ignore_existing:
            graph.colocation_stack = []
        if op is not None:
            graph.colocation_stack = [*graph.colocation_stack, op]

    def __exit__(self, *exc_info: object) -> None:
        graph = self.graph
        saved_devices, graph.colocation_stack, graph.base_devices = self.saved
        graph.device_scope, graph.device_stack, graph.device_functions = saved_devices


class init_scope_devices:  # noqa: N801 - a context manager
    """ops.init_scope's device stack: the current one, or when colocate_with emptied it, the
    graph's own (the stack TF's context switch recorded), so a slot of an unplaced variable made
    under tf.device("/gpu:0") is still placed there."""

    __slots__ = ("graph", "saved")

    def __init__(self, graph: Any):
        self.graph = graph
        self.saved: Any = None

    def __enter__(self) -> None:
        graph = self.graph
        if graph.device_stack or graph.base_devices is None:
            return
        self.saved = graph.device_scope, graph.device_stack, graph.device_functions
        graph.device_scope, graph.device_stack, graph.device_functions = graph.base_devices

    def __exit__(self, *exc_info: object) -> None:
        if self.saved is not None:
            graph = self.graph
            graph.device_scope, graph.device_stack, graph.device_functions = self.saved


class attr_scope:  # noqa: N801 - a context manager
    """Graph._attr_scope: attrs every new op gets unless it has them already."""

    __slots__ = ("graph", "attrs", "saved")

    def __init__(self, graph: Any, attrs: dict[str, Any]):
        self.graph, self.attrs = graph, attrs

    def __enter__(self) -> None:
        graph = self.graph
        self.saved = graph.attr_scope
        graph.attr_scope = {**self.saved, **self.attrs}

    def __exit__(self, *exc_info: object) -> None:
        self.graph.attr_scope = self.saved


def apply_colocation(graph: Any, op: Operation) -> None:
    """_create_op_helper's attr-scope and colocation steps for a new op."""
    attrs = op.attrs
    extra: dict[str, Any] | None = None
    scope_attrs = graph.attr_scope
    if scope_attrs:
        for key, value in scope_attrs.items():  # usually one key (a variable's `_class`)
            if key not in attrs:
                if extra is None:
                    extra = {}
                extra[key] = value
    stack = graph.colocation_stack
    if stack:
        cache = graph.colocation_cache
        if cache is None or cache[0] is not stack:  # colocated_with makes a new list per push
            if len(stack) == 1:  # colocated with one op (a variable's read and Assign)
                other = stack[0]
                groups = other.colocation_groups()
                cache = (stack, groups if len(groups) == 1 else sorted(set(groups)), other._device or None)
            else:
                groups = []
                device = None
                for other in reversed(stack):  # innermost first
                    groups.extend(other.colocation_groups())
                    if other._device and device is None:
                        device = other._device
                cache = (stack, sorted(set(groups)), device)
            graph.colocation_cache = cache
        if cache[2] is not None:
            op._device = cache[2]
        if extra is None:
            extra = {}
        extra["_class"] = list(cache[1])
    if extra is None:
        return
    kind = attrs.__class__
    if kind is dict or kind is MappingProxyType:  # possibly shared by ops of one type: a new one
        merged = attrs.copy()  # (a proxy's copy is a copy of the dict it wraps: no mapping protocol)
        merged.update(extra)
        op.attrs = merged
    elif hasattr(attrs, "_pending"):  # a Const's own PendingConstAttrs: add in place, value unbuilt
        dict.update(attrs, extra)
    else:
        op.attrs = {**attrs, **extra}


def colocate_with_refs(graph: Any, ref_inputs: list[Tensor]) -> Any:
    """op_def_library._MaybeColocateWith: one colocate_with per ref input, nested in order."""
    if len(ref_inputs) == 1:  # nearly always (Assign, Apply*): no ExitStack around it
        return colocated_with(graph, ref_inputs[0])
    stack = ExitStack()
    for tensor in ref_inputs:
        stack.enter_context(colocated_with(graph, tensor))
    return stack


HAS_REF_INPUT: dict[str, bool] = {}
_REF_POSITIONS: dict[str, tuple[int, ...]] = {}  # op types without list inputs: where their refs are


def colocate_with_ref_inputs(graph: Any, definition: OpDef, inputs: list[Tensor],
                             attrs: dict[str, Any]) -> Any:
    """_apply_op_helper's `_MaybeColocateWith(must_colocate_inputs)`: an op is colocated with the
    inputs of its ref-typed args (Assign with its variable, an Apply* op with its slots)."""
    has_ref = HAS_REF_INPUT.get(definition.name)
    if has_ref is None:
        has_ref = HAS_REF_INPUT[definition.name] = any(arg.is_ref for arg in definition.inputs)
    if not has_ref:
        return contextlib.nullcontext()
    positions = _REF_POSITIONS.get(definition.name)
    if positions is None and not any(arg.is_list for arg in definition.inputs):
        # no list input: the ref inputs sit at fixed positions (Assign's ref, Apply*'s var and slots)
        positions = _REF_POSITIONS[definition.name] = tuple(
            i for i, arg in enumerate(definition.inputs) if arg.is_ref)
    if positions is not None:
        return colocate_with_refs(graph, [inputs[i] for i in positions])
    refs, i = [], 0
    for arg in definition.inputs:
        n = 1
        if arg.is_list:
            n = attrs[arg.number_attr] if arg.number_attr else len(attrs[arg.type_list_attr])
        if arg.is_ref:
            refs.extend(inputs[i:i + n])
        i += n
    return colocate_with_refs(graph, refs)
