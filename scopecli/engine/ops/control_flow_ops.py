"""Graph-level dependencies and placement: tf.control_dependencies, tf.device, tf.group,
tf.tuple (TF's ops.py Graph.control_dependencies / Graph.device and control_flow_ops.py).

A control-dependencies controller remembers the ops made while it is entered; an op gets the
controllers' control inputs unless one of its inputs was made inside that controller (it already
depends on them) or the control input is one of its inputs (ops.py:
_control_dependencies_for_inputs). tf.device merges DeviceSpec strings (inner fields win) and
stores the canonical string on each op made inside.
"""

from __future__ import annotations

from scopecli.engine.framework.context_manager import ContextManager
from scopecli.engine.framework.control_dependencies import controlled_in
from scopecli.engine.framework.device_spec import parse_device, placed_in
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _controlled(state: TFState, control_inputs: Any) -> Any:
    return controlled_in(state.graph, control_inputs)


@tf_export("control_dependencies", label=False)
def control_dependencies(state: TFState, control_inputs: Any) -> ContextManager:
    """ops.control_dependencies: a context in which new ops run after `control_inputs`."""
    return ContextManager(lambda: _controlled(state, control_inputs), "_ControlDependenciesController")


def _placed(state: TFState, device_name: Any) -> Any:
    return placed_in(state.graph, device_name)


@tf_export("device", label=False, accepts_callable=True)
def device(state: TFState, device_name: Any) -> ContextManager:
    """ops.device (v1): ops made inside are placed on the merged device spec; names unchanged."""
    if device_name is not None and isinstance(device_name, str):
        parse_device(device_name)  # a malformed spec fails at the call, as in TF
    return ContextManager(lambda: _placed(state, device_name), "_GeneratorContextManager")


def _flatten(values: Any) -> list[Any]:
    """The items of nested lists and tuples, depth first; bounded like tf.nest's walk (a list
    holding itself is a RecursionError, a doubling one stops at nest.MAX_ITEMS)."""
    from scopecli.engine.framework.nest import _deeper

    out: list[Any] = []
    stack = [(value, 1) for value in reversed(list(values))]
    visited = 0
    while stack:
        value, depth = stack.pop()
        visited += 1
        _deeper(depth, visited, "group")
        if isinstance(value, (list, tuple)):
            stack.extend((item, depth + 1) for item in reversed(value))
        else:
            out.append(value)
    return out


def _no_op(state: TFState, name: Any) -> Operation:
    from scopecli.engine.framework.op_def_library import apply_op

    return apply_op(state, "NoOp", name)


@tf_export("no_op")
def no_op(state: TFState, name: Any = None) -> Operation:
    return _no_op(state, name)


def _group_control_deps(state: TFState, dev: str, deps: list[Any], name: Any = None) -> Operation:
    with _controlled(state, deps), _placed(state, dev):
        return _no_op(state, name)


@tf_export("group")
def group(state: TFState, *inputs: Any, **kwargs: Any) -> Operation:
    """control_flow_ops.group: one NoOp after every input; inputs on several devices get one
    NoOp per device first (sorted by device)."""
    name = kwargs.pop("name", None)
    if kwargs:
        raise tf_value_error("Unknown keyword arguments: " + ", ".join(kwargs.keys()))
    with name_scope(state, name, "group_deps", list(inputs)) as scope:
        if not inputs:
            return _no_op(state, scope)
        on_device: dict[str, list[Any]] = {}
        for value in _flatten(inputs):
            # an _UnreadVariable (what a resource variable's assign returns) stands for its assignment
            value = getattr(value, "parent_op", None) or value
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
