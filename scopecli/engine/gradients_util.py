"""tf.gradients: gradients_util._GradientsHelper's walk over the graph, with TF's names.

The walk, as TF does it: mark the ops reachable forward from `xs` through trainable tensors,
collect the ops between `ys` and `xs` (backward from `ys`), count for each op how many of its
consumers are in between (the pending count), then start from the `ys` whose count is zero and
pop ops in FIFO order: aggregate each op's incoming gradients (`AddN` in the `gradients/`
scope), call its registered gradient function inside `<op name>_grad`, and queue each input's op
once all its consumers were processed. `grad_ys` default to `ones(shape(y))` named
`gradients/grad_ys_<i>`; with `gate_gradients` the gradients of one op go through
`control_flow_ops.tuple` (`<op>_grad/tuple/group_deps`, `.../tuple/control_dependency[_n]`).
"""

from __future__ import annotations

from collections import deque
from contextlib import nullcontext

from scopecli.engine.backprop_util import (  # noqa: F401 - control_dependencies re-exported
    _TRAINABLE,
    _op_of,
    _set_grad,
    control_dependencies,
    is_trainable,
)
from scopecli.engine.framework.colocation import colocated_with
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import get_gradient
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.engine.grads.indexed_slices import IndexedSlices
from scopecli.engine.ops.reduction_ops import add_n
from scopecli.engine.ops_core import convert_to_tensor, graph_of
from scopecli.errors import tf_type_error, tf_value_error
from scopecli.model import Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

_loaded = False


def load_gradients() -> None:
    """Import every module that declares gradients (tools and tests count them all; tf.gradients
    itself imports only the modules of the op types it meets, through registry.get_gradient)."""
    global _loaded
    if not _loaded:
        from scopecli.engine.framework import discovery

        discovery.import_all(discovery.gradient_modules())
        _loaded = True


def _as_list(x: Any) -> list[Any]:
    return list(x) if isinstance(x, (list, tuple)) else [x]


@tf_export("gradients")
def gradients(state: TFState, ys: Any, xs: Any, grad_ys: Any = None, name: Any = "gradients",
              colocate_gradients_with_ops: Any = False, gate_gradients: Any = False,
              aggregation_method: Any = None, stop_gradients: Any = None,
              unconnected_gradients: Any = "none") -> list[Any]:
    """gradients_util._GradientsHelper (graph mode, no control flow)."""
    ys, xs = _as_list(ys), _as_list(xs)
    if grad_ys is not None:
        grad_ys = _as_list(grad_ys)
    unconnected = str(getattr(unconnected_gradients, "value", unconnected_gradients))
    if unconnected not in ("none", "zero"):
        raise tf_value_error(f"Unknown value for unconnected_gradients: '{unconnected_gradients}'")
    if aggregation_method not in (None, 0, 1, 2):
        raise tf_value_error(f"Invalid `aggregation_method` specified {aggregation_method}. Accepted "
                             "values are [0, 1, 2].")
    stops = [] if stop_gradients is None else _as_list(stop_gradients)
    if grad_ys is None:
        grad_ys = [None] * len(ys)
    graph = graph_of(state, ys + xs + stops + grad_ys)
    with state.graph_scope(graph), graph.name_scope(name or "gradients"):
        graph.unique_name("uid")  # gradient_uid: the name is taken, as in TF
        ys = [convert_to_tensor(state, y, name="y") for y in ys]
        xs = [convert_to_tensor(state, x, name="x", as_ref=True) for x in xs]
        colocate = bool(colocate_gradients_with_ops)
        grad_ys = _default_grad_ys(state, grad_ys, ys, colocate)
        to_ops = [t._op for t in ys]
        from_ops = [t._op for t in xs]
        stop_gradient_ops = [convert_to_tensor(state, t)._op for t in stops]
        reachable_to_ops, pending, loop_state = _pending_count(state, graph, to_ops, from_ops)
        grads: dict[Operation, list[Any]] = {}
        for y, grad_y in zip(ys, grad_ys, strict=True):
            _set_grad(grads, y, grad_y)
        queue: deque[Operation] = deque()
        to_ops_set: set[Operation] = set()
        for op in to_ops:
            if pending.get(op, 0) == 0 and op not in to_ops_set and op in reachable_to_ops:
                to_ops_set.add(op)
                queue.append(op)
        if loop_state is not None:
            for y in loop_state.ProcessUnusedLoopExits(pending, to_ops_set):
                if is_trainable(y):
                    _set_grad(grads, y, loop_state.ZerosLikeForExit(y))
                    queue.append(y._op)
        stop_ops = _stop_ops(from_ops, stop_gradient_ops, pending)
        gate = bool(gate_gradients)
        while queue:
            op = queue.popleft()
            if colocate:
                with colocated_with(graph, op):
                    _backprop_op(state, graph, op, grads, stop_ops, gate, aggregation_method, loop_state)
            else:
                _backprop_op(state, graph, op, grads, stop_ops, gate, aggregation_method, loop_state)
            if loop_state is None:
                for x in op._inputs:
                    x_op = x._op
                    count = pending.get(x_op, 0) - 1
                    pending[x_op] = count
                    if count == 0:
                        queue.append(x_op)
            else:
                from scopecli.engine.ops.loop_gradients import update_pending_and_enqueue_ready

                update_pending_and_enqueue_ready(grads, op, queue, pending, loop_state)
        if loop_state is not None:
            loop_state.PostProcessing()
    return [_get_grad(state, grads, x, unconnected) for x in xs]


def _backprop_op(state: TFState, graph: Any, op: Operation, grads: dict[Operation, list[Any]],
                 stop_ops: set[Operation], gate: bool, aggregation: Any, loop_state: Any = None) -> None:
    """One step of the loop: aggregate, call the gradient function, record the input grads (inside
    the gradient while loop of the op's forward loop, when it has one)."""
    if loop_state is not None:
        loop_state.EnterGradWhileContext(op, before=True)
    out_grads = _aggregated_grads(state, graph, grads, op, aggregation)
    if loop_state is not None:
        loop_state.ExitGradWhileContext(op, before=True)
        loop_state.EnterGradWhileContext(op, before=False)
    try:
        _backprop_in_context(state, graph, op, grads, stop_ops, gate, out_grads, loop_state)
    finally:
        if loop_state is not None:
            loop_state.ExitGradWhileContext(op, before=False)


def _backprop_in_context(state: TFState, graph: Any, op: Operation, grads: dict[Operation, list[Any]],
                         stop_ops: set[Operation], gate: bool, out_grads: list[Any], loop_state: Any) -> None:
    has_out_grads = False
    for g in out_grads:
        if g is not None:
            has_out_grads = True
            break
    grad_fn = None
    if has_out_grads and op not in stop_ops:
        grad_fn = get_gradient(op._name, op._type)
    if grad_fn is not None and has_out_grads:
        for i, out_grad in enumerate(out_grads):
            if out_grad is None and is_trainable(op._outputs[i]):
                if loop_state is not None:
                    out_grads[i] = loop_state.ZerosLikeV1WhileLoop(op, i)
                    continue
                if op._type in ("Switch", "RefSwitch"):  # a cond's Switch: zeros on its untaken side
                    from scopecli.engine.ops.control_flow_state import zeros_like_output

                    out_grads[i] = zeros_like_output(state, op, i)
                    continue
                # control_flow_state.ZerosLike: an unused output of a multi-output op
                from scopecli.engine.ops.array_fill_ops import zeros_like

                out_grads[i] = zeros_like(state, op._outputs[i], optimize=False)
                out_grads[i]._is_zeros_tensor = True  # array_ops._tag_zeros_tensor
        with graph.name_scope(op._name + "_grad"):
            in_grads = _as_list(grad_fn(state, op, *out_grads))
            if len(in_grads) != len(op._inputs):
                raise tf_value_error(f"Num gradients {len(in_grads)} generated for op {op._name} do not "
                                     f"match num inputs {len(op._inputs)}")
            if gate and _count_not_none(in_grads) > 1:
                # TF: ops.device(None) and _colocate_with_for_gradient(None, ignore_existing=True)
                with colocated_with(graph, None, ignore_existing=True):
                    in_grads = control_flow_tuple(state, in_grads)
    else:
        in_grads = [None] * len(op._inputs)
    for i, (t_in, in_grad) in enumerate(zip(op._inputs, in_grads, strict=True)):
        if in_grad is None:
            continue
        if isinstance(in_grad, Tensor) and t_in._dtype._base._name != "resource" \
                and in_grad._shape.dims_ != t_in._shape.dims_:  # equal dims: merging changes nothing
            if not in_grad._shape.is_compatible_with(t_in._shape):
                raise tf_value_error("Incompatible shapes between op input and calculated input gradient. "
                                     f"Forward operation: {op._name}. Input index: {i}. Original input "
                                     f"shape: {t_in._shape}. Calculated input gradient shape: "
                                     f"{in_grad._shape}")
            in_grad._shape = in_grad._shape.merge_with(t_in._shape)
        _set_grad(grads, t_in, in_grad)


def _count_not_none(values: list[Any]) -> int:
    n = 0
    for value in values:
        if value is not None:
            n += 1
    return n


def _maybe_colocate_with(graph: Any, op: Operation, colocate: bool) -> Any:
    """gradients_util._maybe_colocate_with: colocate with `op` if colocate_gradients_with_ops."""
    return colocated_with(graph, op) if colocate else nullcontext()


def _multi_device_add_n(state: TFState, graph: Any, tensors: list[Tensor]) -> Tensor:
    """_MultiDeviceAddN: one AddN per device (sorted, "" first), each colocated with its first
    tensor's op, then one AddN of those sums (none when there is one device)."""
    on_device: dict[str, list[Tensor]] = {}
    for t in tensors:
        on_device.setdefault(t._op._device, []).append(t)
    summands = []
    for device in sorted(on_device):
        with colocated_with(graph, on_device[device][0]._op, ignore_existing=True):
            summands.append(add_n(state, on_device[device]))
    return add_n(state, summands)


def _default_grad_ys(state: TFState, grad_ys: list[Any], ys: list[Tensor],
                     colocate: bool = False) -> list[Tensor]:
    """_DefaultGradYs: ones shaped like each y (`grad_ys_<i>`), or the given gradients checked;
    each colocated with its y's op under colocate_gradients_with_ops."""
    if len(grad_ys) != len(ys):
        raise tf_value_error(f"Length mismatch. Passed {len(grad_ys)} grad_ys for {len(ys)} ys")
    grad_ys = [None if g is None else convert_to_tensor(state, g, name="grad_y") for g in grad_ys]
    result: list[Tensor] = []
    for i, (y, grad_y) in enumerate(zip(ys, grad_ys, strict=True)):
        with _maybe_colocate_with(state.graph, y._op, colocate):
            result.append(_default_grad_y(state, i, y, grad_y))
    return result


def _default_grad_y(state: TFState, i: int, y: Tensor, grad_y: Any) -> Tensor:
    """One y's gradient of _DefaultGradYs."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops

    if grad_y is None:
        if y._dtype.is_complex:
            raise tf_type_error(f"Gradients of complex tensors ({y}) must set grad_ys (y.dtype = "
                                f"{y._dtype.name})")
        shape = shape_ops.shape(state, y)
        return fill_ops.ones(state, shape, dtype=y._dtype, name=f"grad_ys_{i}")
    if y._dtype.is_floating or y._dtype.is_integer:
        if not grad_y._dtype.is_floating and not grad_y._dtype.is_integer:
            raise tf_type_error(f"Gradient type {grad_y._dtype.name} generated for real or "
                                f"integer-valued tensor {y} with type {y._dtype.name} must be real "
                                "or integer")
    elif not y._dtype.is_complex:
        raise tf_type_error(f"Tensor {y} with type {y._dtype.name} must be numeric to obtain a default "
                            "gradient")
    # "Create a grad_y tensor in the name scope of the gradient."
    return shape_ops.identity(state, grad_y, name=f"grad_ys_{i}")


def _consumers(graph: Any) -> dict[Tensor, list[Operation]]:
    """Every tensor's consuming ops, by one pass over the graph (TF keeps them on the tensor)."""
    found: dict[Tensor, list[Operation]] = {}
    get = found.get
    for op in graph.ops:
        for t in op._inputs:
            consumers = get(t)
            if consumers is None:  # (not setdefault: no empty list made per input)
                found[t] = [op]
            else:
                consumers.append(op)
    return found


def _pending_count(state: TFState, graph: Any, to_ops: list[Operation], from_ops: list[Operation],
                   ) -> tuple[set[Operation], dict[Operation, int], Any]:
    """_PendingCount: the `to_ops` reachable from `from_ops`, each op's backprop count, and the
    state of the while loops in between (None when there is none)."""
    consumers = _consumers(graph)
    reached: set[Operation] = set()
    queue: deque[Operation] = deque(from_ops)
    while queue:
        op = queue.popleft()
        if op not in reached:
            reached.add(op)
            for out in op._outputs:
                if out._dtype._base._name in _TRAINABLE:  # backprop_util.is_trainable, inlined
                    queue.extend(consumers.get(out, ()))
    reachable_to_ops = {op for op in to_ops if op in reached}
    between: set[Operation] = set()
    between_list: list[Operation] = []
    queue.extend(to_ops)
    while queue:
        op = queue.popleft()
        if op in reached:
            between.add(op)
            between_list.append(op)
            reached.remove(op)  # so it is visited once
            queue.extend(t._op for t in op._inputs)
    loop_state = None
    if graph._control_flow_used:
        from scopecli.engine.ops.loop_gradients import maybe_create_control_flow_state

        loop_state = maybe_create_control_flow_state(state, between_list, between)
    pending: dict[Operation, int] = {}
    for op in between_list:
        for x in op._inputs:
            if x._op in between:
                pending[x._op] = pending.get(x._op, 0) + 1
    return reachable_to_ops, pending, loop_state


def _stop_ops(from_ops: list[Operation], stop_gradient_ops: list[Operation],
              pending: dict[Operation, int]) -> set[Operation]:
    """_StopOps: the `from_ops` with no predecessor among them, and the stop_gradients' ops."""
    stops = {op for op in from_ops if all(pending.get(t._op, 0) <= 0 for t in op._inputs)}
    stops.update(stop_gradient_ops)
    return stops


def _aggregated_grads(state: TFState, graph: Any, grads: dict[Operation, list[Any]], op: Operation,
                      aggregation: Any) -> list[Any]:
    """_AggregatedGrads: one gradient per output; several are summed by one AddN (ADD_N, the
    default) or, for EXPERIMENTAL_TREE/ACCUMULATE_N (1, 2), pairwise in `<op>_gradient_sum`."""
    out_grads = grads.get(op) or [[] for _ in op._outputs]
    for i, out_grad in enumerate(out_grads):
        if isinstance(out_grad, Tensor):  # a loop Switch's gradient, set once already
            continue
        if not out_grad:
            out_grads[i] = None
        elif len(out_grad) < 2:
            out_grads[i] = out_grad[0]
        elif not all(isinstance(g, Tensor) for g in out_grad if g is not None):
            from scopecli.engine.grads.indexed_slices import aggregate_indexed_slices

            out_grads[i] = aggregate_indexed_slices(state, out_grad)
        elif aggregation in (1, 2):
            with graph.name_scope(op._name + "_gradient_sum"):
                running_sum = out_grad[0]
                for g in out_grad[1:]:
                    running_sum = add_n(state, [running_sum, g])
            out_grads[i] = running_sum
        else:
            out_grads[i] = _multi_device_add_n(state, graph, out_grad)
    return out_grads


def _get_grad(state: TFState, grads: dict[Operation, list[Any]], t: Tensor, unconnected: str) -> Any:
    op_grads = grads.get(t._op)
    if not op_grads or op_grads[t._index] is None:
        if unconnected == "zero":
            from scopecli.engine.ops.array_fill_ops import zeros_like

            return zeros_like(state, t)
        return None
    return op_grads[t._index]


def control_flow_tuple(state: TFState, tensors: list[Any], name: Any = None) -> list[Any]:
    """control_flow_ops.tuple: each tensor behind one NoOp gate (`tuple/group_deps`) that waits
    for all of them, through `tuple/control_dependency[_n]` Identity ops."""
    graph = state.graph
    with name_scope(state, name, "tuple", [t for t in tensors if t is not None]):
        gating = sorted({_op_of(t) for t in tensors if t is not None}, key=lambda o: o.index)
        with graph.name_scope("group_deps") as scope:
            gate = graph.create_op("NoOp", (), [], name=scope)
            gate.control_inputs_ = gating
        result: list[Any] = []
        for t in tensors:
            if t is None:
                result.append(None)
                continue
            sparse = isinstance(t, IndexedSlices)
            # with_dependencies' identity(name="control_dependency"): apply_op enters that scope
            values = t._values if sparse else t
            out = apply_op(state, "Identity", "control_dependency", input=values)._outputs[0]
            out._op.control_inputs_ = [gate]
            result.append(IndexedSlices(state, out, t._indices, t._dense_shape) if sparse else out)
    return result


# gradients_util.AggregationMethod: how tf.gradients sums several gradients of one tensor.
export_value("AggregationMethod", make=lambda state: Namespace("tf.AggregationMethod", {
    "ADD_N": 0, "DEFAULT": 0, "EXPERIMENTAL_TREE": 1, "EXPERIMENTAL_ACCUMULATE_N": 2}))
