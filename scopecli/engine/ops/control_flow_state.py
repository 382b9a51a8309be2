"""Gradients through TF1 while loops: the state tf.gradients keeps per forward loop (TF's
control_flow_state.py; the counters and accumulators it adds are in loop_accumulators.py).

For each forward loop between ys and xs, a `_GradLoopState` adds a forward iteration counter
(`f_count`), builds the gradient loop (a WhileContext counting `b_count` down to zero), and
makes forward values the gradient needs available per iteration: a stack (`f_acc`, StackV2) the
forward loop pushes each iteration's value onto and the gradient loop pops from (StackPopV2).
A loop constant's gradient is summed over the iterations by `b_acc`.
"""

from __future__ import annotations

from scopecli.engine.framework.control_flow_context import (
    GetContainingWhileContext,
    GetOutputContext,
    IsLoopEnter,
    IsLoopExit,
)
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.ops.control_flow_ops import controlled_in
from scopecli.engine.ops.loop_accumulators import (
    add_backprop_loop_counter,
    add_forward_loop_counter,
    constant,
)
from scopecli.engine.ops.loop_ops import next_iteration, switch

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.while_context import WhileContext


def _while_context(op: Operation) -> Any:
    return GetContainingWhileContext(op._control_flow_context)


# -- one forward loop's gradient state ---------------------------------------------------------------

class GradLoopState:
    """control_flow_state._GradLoopState."""

    def __init__(self, state: TFState, forward_ctxt: WhileContext, outer_grad_state: GradLoopState | None):
        from scopecli.engine.ops.while_context import WhileContext

        self.state = state
        self.outer_grad_state = outer_grad_state
        self.forward_context = forward_ctxt
        self.history_map: dict[str, Tensor] = {}
        self.switch_map: dict[Operation, Tensor] = {}
        self.unused_exits: list[Tensor] = []
        self.deferred_exits: list[Tensor] = []
        self.forward_loop_exits = list(forward_ctxt.loop_exits)
        self.pending_exits_count = len(forward_ctxt.loop_exits)
        self._forward_sync: Operation | None = None
        self._grad_sync: Operation | None = None
        outer_forward_ctxt = outer_grad_state.forward_context if outer_grad_state is not None \
            else forward_ctxt.outer_context
        if outer_forward_ctxt is not None:
            outer_forward_ctxt.Enter()
        cnt, self.forward_index = add_forward_loop_counter(forward_ctxt, outer_grad_state)
        if outer_forward_ctxt is not None:
            outer_forward_ctxt.Exit()
        options = dict(maximum_iterations=forward_ctxt.maximum_iterations,
                       parallel_iterations=forward_ctxt.parallel_iterations, back_prop=forward_ctxt.back_prop,
                       swap_memory=forward_ctxt.swap_memory, name=forward_ctxt.name, grad_state=self)
        if outer_grad_state is not None:
            outer_forward_ctxt.AddName(cnt.name)  # type: ignore[union-attr]
            history_cnt = outer_grad_state.AddForwardAccumulator(cnt)
            outer_grad_ctxt = outer_grad_state.grad_context
            outer_grad_ctxt.Enter()
            self.grad_context = WhileContext(state, **options)
            real_cnt = outer_grad_state.AddBackpropAccumulatedValue(history_cnt, cnt)
            self.grad_index = add_backprop_loop_counter(self.grad_context, real_cnt, outer_grad_state)
            outer_grad_ctxt.Exit()
        else:
            if outer_forward_ctxt is not None:
                outer_forward_ctxt.Enter()
            self.grad_context = WhileContext(state, **options)
            self.grad_index = add_backprop_loop_counter(self.grad_context, cnt, outer_grad_state)
            if outer_forward_ctxt is not None:
                outer_forward_ctxt.Exit()

    @property
    def forward_sync(self) -> Operation:
        if self._forward_sync is None:
            with controlled_in(self.state.graph, None):
                self._forward_sync = apply_op(self.state, "ControlTrigger", "f_sync")
            self._forward_sync._set_control_flow_context(self.forward_context)
            self.forward_index._op._add_control_input(self._forward_sync)
        return self._forward_sync

    @property
    def grad_sync(self) -> Operation:
        if self._grad_sync is None:
            with controlled_in(self.state.graph, None):
                self._grad_sync = apply_op(self.state, "ControlTrigger", "b_sync")
            self._grad_sync._set_control_flow_context(self.grad_context)
            self.grad_index._op._add_control_input(self._grad_sync)
            if self.grad_context.outer_context is not None:
                self.grad_context.outer_context.AddInnerOp(self._grad_sync)
        return self._grad_sync

    def AddForwardAccumulator(self, value: Tensor, dead_branch: bool = False) -> Tensor:  # noqa: N802
        """A stack made outside the forward loop; the loop pushes `value` each iteration."""
        state, graph = self.state, self.state.graph
        curr_ctxt = graph._control_flow_context
        with controlled_in(graph, None):
            if curr_ctxt is not None:
                curr_ctxt.Enter()
            max_size = constant(state, -1, "int32")
            acc = apply_op(state, "StackV2", "f_acc", max_size=max_size, elem_type=value._dtype.base_dtype)
            acc_handle = acc._outputs[0]
            if curr_ctxt is not None:
                curr_ctxt.Exit()
            enter_acc = self.forward_context.AddValue(acc_handle)
            swap = bool(self.forward_context.swap_memory)
            value_ctxt = GetOutputContext(value._op)
            if value_ctxt is self.forward_context:
                self.forward_context.Enter()
                push = apply_op(state, "StackPushV2", None, handle=enter_acc, elem=value, swap_memory=swap)
                self.forward_context.Exit()
                self.forward_index._op._add_control_input(push)
            else:
                if value_ctxt is None or not value_ctxt.IsCondContext():
                    raise TypeError(f"value_ctxt is not a CondContext: {value_ctxt}")
                target = value_ctxt.outer_context if dead_branch else value_ctxt
                target.Enter()
                push = apply_op(state, "StackPushV2", None, handle=enter_acc, elem=value, swap_memory=swap)
                target.Exit()
                if dead_branch:
                    push._set_control_flow_context(value_ctxt)
                self.forward_sync._add_control_input(push)
            add_op = self.forward_index._op._inputs[0]._op
            push._add_control_input(add_op)
            return acc_handle

    def AddBackpropAccumulatedValue(self, history_value: Tensor, value: Tensor,  # noqa: N802
                                    dead_branch: bool = False) -> Tensor:
        """A pop from `history_value`'s stack in the gradient loop: `value` of the mirrored iteration."""
        state, graph = self.state, self.state.graph
        history_ctxt = history_value._op._control_flow_context
        cond_ctxt = None
        value_ctxt = value._op._control_flow_context
        while value_ctxt is not None and value_ctxt is not history_ctxt:
            if value_ctxt.IsCondContext():
                cond_ctxt = value_ctxt
                break
            value_ctxt = value_ctxt.outer_context
        with controlled_in(graph, None):
            self.grad_context.Enter()
            if cond_ctxt is not None:
                grad_state: GradLoopState | None = self
                pred = None
                while pred is None and grad_state is not None:
                    pred = grad_state.history_map.get(cond_ctxt.pred.name)
                    grad_state = grad_state.outer_grad_state
                if pred is None:
                    pred = cond_ctxt.pred
                branch = (1 - cond_ctxt.branch) if dead_branch else cond_ctxt.branch
                history_value = switch(state, history_value, pred)[branch]
            pop = apply_op(state, "StackPopV2", None, handle=history_value,
                           elem_type=value._dtype.base_dtype)._outputs[0]
            pop._shape = pop._shape.merge_with(value._shape)
            self.grad_context.Exit()
        if self.grad_context.parallel_iterations > 1:
            self.grad_sync._add_control_input(pop._op)
        return pop

    def GetRealValue(self, value: Tensor) -> Tensor:  # noqa: N802
        """The forward `value` as the gradient loop sees it (accumulated per iteration if needed)."""
        from scopecli.engine.framework.constant_op import kept_number
        from scopecli.engine.op_def import const_value

        real_value = self.history_map.get(value.name)
        if real_value is None:
            cur_value = value
            cur_grad_state: GradLoopState | None = self
            history_value = None
            while True:
                enter_op = _loop_constant_enter(cur_value)
                if enter_op is not None:
                    cur_value = enter_op._inputs[0]
                    cur_grad_state = cur_grad_state.outer_grad_state  # type: ignore[union-attr]
                    if cur_grad_state is None:
                        real_value = self.grad_context.AddValue(cur_value)
                        break
                elif cur_value._op._type == "Const":
                    kept = kept_number(cur_value._op)  # a Python number: no numpy needed
                    real_value = constant(self.state, kept if kept is not None else const_value(cur_value),
                                          cur_value._dtype)
                    break
                else:
                    self.grad_context.Exit()
                    history_value = cur_grad_state.AddForwardAccumulator(cur_value)  # type: ignore[union-attr]
                    self.grad_context.Enter()
                    break
            if real_value is None:
                real_value = cur_grad_state.AddBackpropAccumulatedValue(history_value, cur_value)  # type: ignore
                if cur_grad_state is not self:
                    real_value = self.grad_context.AddValue(real_value)
            self.history_map[value.name] = real_value
        return real_value


def _tagged(zeros: Tensor) -> Tensor:
    """array_ops._tag_zeros_tensor: zeros made by zeros/zeros_like are known to be zeros (a
    gradient function may then skip work, as the sparse cross entropy's does)."""
    zeros._is_zeros_tensor = True  # type: ignore[attr-defined]
    return zeros


def _loop_constant_enter(value: Tensor) -> Operation | None:
    """control_flow_util.GetLoopConstantEnter: the constant Enter `value` comes through, if any."""
    identity_types = ("Identity", "RefIdentity", "Switch", "RefSwitch")
    op = value._op
    while op._type in identity_types:
        op = op._inputs[0]._op
    return op if IsLoopEnter(op) and op.attrs.get("is_constant") else None


# -- the state of every loop of one tf.gradients call -----------------------------------------------

class ControlFlowState:
    """control_flow_state._ControlFlowState: a GradLoopState per forward while context."""

    def __init__(self, state: TFState):
        self.state = state
        self.map: dict[Any, GradLoopState] = {}

    def GetGradState(self, op: Operation, before: bool) -> GradLoopState | None:  # noqa: N802
        if before and IsLoopExit(op):
            forward_ctxt = op._control_flow_context.outer_context  # type: ignore[union-attr]
            if forward_ctxt is not None:
                forward_ctxt = forward_ctxt.GetWhileContext()
        else:
            forward_ctxt = _while_context(op)
        return self.map.get(forward_ctxt) if forward_ctxt is not None else None

    def ProcessUnusedLoopExits(self, pending_count: dict[Operation, int],  # noqa: N802
                               to_ops_set: set[Operation]) -> list[Tensor]:
        loop_exits: list[Tensor] = []
        for grad_state in self.map.values():
            for y in grad_state.forward_loop_exits:
                if pending_count.get(y._op, 0) == 0:
                    grad_state.pending_exits_count -= 1
                    if y._op not in to_ops_set:
                        grad_state.unused_exits.append(y)
                    if grad_state.pending_exits_count == 0:
                        loop_exits.extend(grad_state.unused_exits)
            for y in grad_state.forward_context.loop_enters:
                if pending_count.get(y._op, 0) == 0:
                    pending_count[y._op] = 1
        return loop_exits

    def EnterGradWhileContext(self, op: Operation, before: bool) -> None:  # noqa: N802
        grad_state = self.GetGradState(op, before)
        if grad_state is not None:
            grad_state.grad_context.Enter()

    def ExitGradWhileContext(self, op: Operation, before: bool) -> None:  # noqa: N802
        grad_state = self.GetGradState(op, before)
        if grad_state is not None:
            grad_state.grad_context.Exit()

    def AddWhileContext(self, op: Operation, between_op_list: list[Operation],  # noqa: N802
                        between_ops: set[Operation]) -> None:
        forward_ctxt = _while_context(op)
        grad_state = self.map.get(forward_ctxt)
        if grad_state is None:
            outer_forward_ctxt = forward_ctxt.outer_context
            if outer_forward_ctxt is not None:
                outer_forward_ctxt = outer_forward_ctxt.GetWhileContext()
            outer_grad_state = self.map.get(outer_forward_ctxt) if outer_forward_ctxt is not None else None
            grad_state = GradLoopState(self.state, forward_ctxt, outer_grad_state)
            self.map[forward_ctxt] = grad_state
            for loop_exit in grad_state.forward_loop_exits:
                if loop_exit._op not in between_ops:
                    between_ops.add(loop_exit._op)
                    between_op_list.append(loop_exit._op)

    def ZerosLikeForExit(self, val: Tensor) -> Tensor:  # noqa: N802
        from scopecli.engine.ops.array_fill_ops import zeros, zeros_like

        state = self.state
        forward_ctxt = val._op._control_flow_context
        outer_forward_ctxt = forward_ctxt.outer_context  # type: ignore[union-attr]
        if outer_forward_ctxt is not None:
            outer_forward_ctxt = outer_forward_ctxt.GetWhileContext()
        outer_grad_state = self.map.get(outer_forward_ctxt) if outer_forward_ctxt is not None else None
        if outer_grad_state is not None and val._shape.is_fully_defined():
            outer_grad_state.grad_context.Enter()
            result = zeros(state, list(val._shape.dims_ or ()), val._dtype)
            outer_grad_state.grad_context.Exit()
            return _tagged(result)
        if val._shape.is_fully_defined():
            return _tagged(zeros(state, list(val._shape.dims_ or ()), val._dtype))
        return _tagged(zeros_like(state, val, optimize=False))

    def ZerosLikeV1WhileLoop(self, op: Operation, index: int) -> Tensor | None:  # noqa: N802
        """The zeros standing in for an output without a gradient, inside a gradient loop (for a
        cond's Switch, on the untaken side of the accumulated predicate)."""
        from scopecli.engine.ops.array_fill_ops import zeros
        from scopecli.engine.ops.array_shape_ops import shape

        is_switch = op._type in ("Switch", "RefSwitch")
        op_ctxt = op._control_flow_context
        if is_switch and op_ctxt is not None and op_ctxt.IsWhileContext():
            return None
        dead_branch = is_switch
        grad_state = self.map.get(_while_context(op))
        state = self.state
        val = op._outputs[index]
        if grad_state is None:
            return zeros_like_output(state, op, index)
        if val._shape.is_fully_defined():
            result = constant(state, 0, val._dtype, val._shape.dims_)
            if dead_branch:
                pred = grad_state.history_map.get(op_ctxt.pred.name)  # type: ignore[union-attr]
                result = switch(state, result, pred)[1 - op_ctxt.branch]  # type: ignore[union-attr]
            return result
        if dead_branch:
            outer = op_ctxt.outer_context  # type: ignore[union-attr]
            outer.Enter()
            val = switch(state, op._inputs[0], op_ctxt.pred)[1 - op_ctxt.branch]  # type: ignore[union-attr]
            zeros_shape = shape(state, val)
            outer.Exit()
            val._op._set_control_flow_context(op_ctxt)
            zeros_shape._op._set_control_flow_context(op_ctxt)
        else:
            op_ctxt.Enter()  # type: ignore[union-attr]
            zeros_shape = shape(state, val)
            op_ctxt.Exit()  # type: ignore[union-attr]
        grad_state.grad_context.Exit()
        history_zeros_shape = grad_state.AddForwardAccumulator(zeros_shape, dead_branch=dead_branch)
        grad_state.grad_context.Enter()
        real_shape = grad_state.AddBackpropAccumulatedValue(history_zeros_shape, zeros_shape, dead_branch)
        return _tagged(zeros(state, real_shape, val._dtype))

    def PostProcessing(self) -> None:  # noqa: N802
        """A Switch gradient's Merge that never got its back edge gets zeros."""
        from scopecli.engine.ops.array_fill_ops import zeros
        from scopecli.engine.ops.array_shape_ops import shape

        state = self.state
        for grad_state in self.map.values():
            for b_merge in grad_state.switch_map.values():
                inputs = b_merge._op._inputs
                if inputs[0] is not inputs[1]:
                    continue
                dtype, merge_shape = inputs[0]._dtype, inputs[0]._shape
                if merge_shape.is_fully_defined():
                    grad_state.grad_context.Enter()
                    grad_val = constant(state, 0, dtype, merge_shape.dims_)
                    next_grad_val = next_iteration(state, grad_val)
                    grad_state.grad_context.Exit()
                else:
                    outer = grad_state.grad_context.outer_context
                    if outer is not None:
                        outer.Enter()
                    enter_grad = inputs[0]._op._inputs[0]
                    grad_val = zeros(state, shape(state, enter_grad))
                    if outer is not None:
                        outer.Exit()
                    grad_state.grad_context.Enter()
                    next_grad_val = next_iteration(state, grad_val)
                    grad_state.grad_context.Exit()
                b_merge._op._update_input(1, next_grad_val)


def zeros_like_output(state: TFState, op: Operation, index: int) -> Tensor:
    """control_flow_state.ZerosLike: zeros for an output without a gradient. For a cond's Switch
    (_ZerosLikeV1) they are made on the untaken side of the predicate, after an Identity pivot;
    otherwise zeros_like."""
    from scopecli.engine.backprop_util import control_dependencies
    from scopecli.engine.framework import dtypes
    from scopecli.engine.ops.array_fill_ops import zeros, zeros_like
    from scopecli.engine.ops.array_shape_ops import identity
    from scopecli.engine.ops.resource_zeros import resource_zeros

    val = op._outputs[index]
    op_ctxt = op._control_flow_context
    resource = val._dtype.base_dtype == dtypes.resource  # zeros of the variable, not of its handle
    if op._type not in ("Switch", "RefSwitch") or op_ctxt is None or not op_ctxt.IsCondContext():
        return resource_zeros(state, val) if resource else _tagged(zeros_like(state, val, optimize=False))
    switch_val = switch(state, op._inputs[0], op_ctxt.pred)[1 - op_ctxt.branch]
    pivot = identity(state, switch_val)
    if resource:
        with control_dependencies(state, [pivot]):
            return resource_zeros(state, switch_val)
    zeros_shape = apply_op(state, "Shape", None, input=switch_val, out_type=dtypes.int32)._outputs[0]
    with control_dependencies(state, [pivot]):
        return _tagged(zeros(state, zeros_shape, val._dtype))
