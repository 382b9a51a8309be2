"""Graph-level dependencies and placement: tf.control_dependencies, tf.device, tf.group,
tf.tuple (TF's ops.py Graph.control_dependencies / Graph.device and control_flow_ops.py).

A control-dependencies controller remembers the ops made while it is entered; an op gets the
controllers' control inputs unless one of its inputs was made inside that controller (it already
depends on them) or the control input is one of its inputs (ops.py:
_control_dependencies_for_inputs). tf.device merges DeviceSpec strings (inner fields win) and
stores the canonical string on each op made inside.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.state import ContextManager
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState

_DEVICE_TYPES = ("CPU", "GPU", "TPU", "TPU_SYSTEM", "XLA_CPU", "XLA_GPU")
LOCAL_DEVICE = "/job:localhost/replica:0/task:0/device:CPU:0"


class _Controller:
    """_ControlDependenciesController: its control inputs and the ops made while entered."""

    __slots__ = ("control_inputs", "seen")

    def __init__(self, control_inputs: list[Operation]):
        self.control_inputs = control_inputs
        self.seen: set[Operation] = set()


def apply_control_dependencies(stack: list[_Controller], op: Operation, inputs: tuple[Tensor, ...]) -> None:
    """Graph._create_op_internal: the control inputs of a new op, then the op marked as seen."""
    input_ops = [t._op for t in inputs]
    found: list[Operation] = []
    for controller in stack:
        if any(o in controller.seen for o in input_ops):
            continue  # dominated: an input already runs after these control inputs
        found.extend(c for c in controller.control_inputs if c not in input_ops)
    for controller in stack:
        controller.seen.add(op)
    if found:
        op.control_inputs_ = found


def _as_operation(value: Any) -> Operation:
    if isinstance(value, Tensor):
        return value._op
    if isinstance(value, Operation):
        return value
    from scopecli.engine.variables import Variable

    if isinstance(value, Variable):
        return value.variable_op._outputs[0]._op if value.snapshot is None else value.snapshot._op
    raise tf_type_error(f"Can not convert a {type(value).__name__} into a Tensor or Operation.")


def _controlled(state: TFState, control_inputs: Any) -> Any:
    return controlled_in(state.graph, control_inputs)


@contextmanager
def controlled_in(graph: Any, control_inputs: Any) -> Iterator[None]:
    """Graph.control_dependencies of `graph` as a Python context manager."""
    if control_inputs is None:  # a new, empty stack, and no control-flow context, while inside
        old, graph.control_stack = graph.control_stack, []
        old_context, graph._control_flow_context = graph._control_flow_context, None
        try:
            yield
        finally:
            graph.control_stack = old
            graph._control_flow_context = old_context
        return
    current = {c for controller in graph.control_stack for c in controller.control_inputs}
    ops: list[Operation] = []
    for value in control_inputs:
        op = _as_operation(value)
        if op not in current:
            ops.append(op)
            current.add(op)
    controller = _Controller(ops)
    graph.control_stack.append(controller)
    try:
        yield
    finally:
        graph.control_stack.remove(controller)


@tf_export("control_dependencies", label=False)
def control_dependencies(state: TFState, control_inputs: Any) -> ContextManager:
    """ops.control_dependencies: a context in which new ops run after `control_inputs`."""
    return ContextManager(lambda: _controlled(state, control_inputs), "_ControlDependenciesController")


def parse_device(spec: str) -> dict[str, Any]:
    """DeviceSpec._string_to_components."""
    parts: dict[str, Any] = {}
    for piece in spec.split("/"):
        y = piece.split(":")
        if not piece:
            continue
        if len(y) == 2 and y[0] in ("job", "replica", "task"):
            parts[y[0]] = y[1] if y[0] == "job" else int(y[1])
        elif len(y) in (1, 2) and y[0].upper() in _DEVICE_TYPES:
            if "type" in parts:
                raise tf_value_error("Multiple device types are not allowed while parsing the device spec: "
                                     f"{spec}.")
            parts["type"] = y[0].upper()
            if len(y) == 2 and y[1] != "*":
                parts["index"] = int(y[1])
        elif len(y) == 3 and y[0] == "device":
            if "type" in parts:
                raise tf_value_error("Multiple device types are not allowed while parsing the device spec: "
                                     f"{spec}.")
            parts["type"] = y[1]
            if y[2] != "*":
                parts["index"] = int(y[2])
        else:
            raise tf_value_error(f"Unknown attribute '{y[0]}' is encountered while parsing the device spec: "
                                 f"'{spec}'.")
    return parts


def device_string(parts: dict[str, Any]) -> str:
    """DeviceSpec.to_string."""
    out = ""
    for key in ("job", "replica", "task"):
        if key in parts:
            out += f"/{key}:{parts[key]}"
    if "type" in parts:
        out += f"/device:{parts['type']}:{parts.get('index', '*')}"
    return out


def is_local(device: str) -> bool:
    """Whether the session's only device (the local CPU:0) satisfies `device`."""
    parts = parse_device(device)
    return (parts.get("job", "localhost") == "localhost" and parts.get("replica", 0) == 0
            and parts.get("task", 0) == 0 and parts.get("type", "CPU") == "CPU"
            and parts.get("index", 0) == 0)


def _placed(state: TFState, device_name: Any) -> Any:
    return placed_in(state.graph, device_name)


@contextmanager
def placed_in(graph: Any, device_name: Any) -> Iterator[None]:
    """Graph.device of `graph` (a device string or None) as a Python context manager."""
    old = graph.device_scope
    if device_name is None:
        graph.device_scope = ""
    else:
        if not isinstance(device_name, str):
            from scopecli.errors import InputError

            raise InputError("tf.device with a device function is not supported by scopecli")
        merged = parse_device(old)
        merged.update(parse_device(device_name))
        graph.device_scope = device_string(merged)
    try:
        yield
    finally:
        graph.device_scope = old


@tf_export("device", label=False)
def device(state: TFState, device_name: Any) -> ContextManager:
    """ops.device (v1): ops made inside are placed on the merged device spec; names unchanged."""
    if device_name is not None and isinstance(device_name, str):
        parse_device(device_name)  # a malformed spec fails at the call, as in TF
    return ContextManager(lambda: _placed(state, device_name), "_GeneratorContextManager")


def _flatten(values: Any) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if isinstance(value, (list, tuple)):
            out.extend(_flatten(value))
        else:
            out.append(value)
    return out


def _no_op(state: TFState, name: Any) -> Operation:
    from scopecli.engine.framework.op_def_library import apply_op

    return apply_op(state, "NoOp", name)


def _group_control_deps(state: TFState, dev: str, deps: list[Any], name: Any = None) -> Operation:
    with _controlled(state, deps), _placed(state, dev):
        return _no_op(state, name)


@tf_export("group")
def group(state: TFState, *inputs: Any, name: Any = None) -> Operation:
    """control_flow_ops.group: one NoOp after every input; inputs on several devices get one
    NoOp per device first (sorted by device)."""
    with name_scope(state, name, "group_deps", list(inputs)) as scope:
        if not inputs:
            return _no_op(state, scope)
        on_device: dict[str, list[Any]] = {}
        for value in _flatten(inputs):
            if not isinstance(value, (Tensor, Operation)):
                raise tf_type_error("'inputs' should be zero or more (nested) Tensors. Received "
                                    f"'{value}' with type '{_type_text(value)}'.")
            dev = value.device if isinstance(value, Operation) else value._op._device
            on_device.setdefault(dev, []).append(value)
        if len(on_device) == 1:
            (dev, deps), = on_device.items()
            return _group_control_deps(state, dev, deps, scope)
        deps = [_group_control_deps(state, dev, on_device[dev]) for dev in sorted(on_device)]
        with _controlled(state, deps):
            return _no_op(state, scope)


def _type_text(value: Any) -> str:
    kind = type(value)
    return f"<class '{kind.__name__}'>" if kind.__module__ == "builtins" else f"<class '{kind.__qualname__}'>"


@tf_export("tuple")
def tuple_(state: TFState, tensors: Any, name: Any = None, control_inputs: Any = None) -> list[Any]:
    """control_flow_ops.tuple (v1): each tensor through an Identity that waits for all of them
    (with_dependencies); an Operation through a group; None stays None."""
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.ops_core import convert_to_tensor

    with name_scope(state, name, "tuple", list(tensors)):
        tensors = [t if t is None or isinstance(t, (Tensor, Operation)) else convert_to_tensor(state, t)
                   for t in tensors]
        gating = [t if isinstance(t, Operation) else t._op for t in tensors if t is not None]
        for c in control_inputs or []:
            if not isinstance(c, (Tensor, Operation)):
                raise tf_type_error("'control_inputs' must only contain Operation or Tensor. Received: "
                                    f"{_type_text(c)}")
            gating.append(c._op if isinstance(c, Tensor) else c)
        gating = sorted(set(gating), key=lambda op: op.index)
        if not gating:
            raise tf_value_error(f"'tensors' must have at least one Tensor. Received: {tensors}.")
        gate = group(state, *gating)
        out: list[Any] = []
        for t in tensors:
            if isinstance(t, Tensor):
                with name_scope(state, None, "control_dependency", [gate, t]) as scope, \
                        _controlled(state, [gate]):
                    out.append(apply_op(state, "Identity", scope, input=t)._outputs[0])
            elif isinstance(t, Operation):
                with _controlled(state, [gate]):
                    out.append(group(state, t))
            else:
                out.append(None)
        return out
