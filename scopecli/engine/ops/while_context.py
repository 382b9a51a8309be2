"""control_flow_ops.WhileContext: the context a v1 while loop's cond and body are built in.

`BuildLoop` calls `cond` and `body` once each, inside the context, and stitches what they built
into TF's loop: for each flat loop variable Enter -> Merge -> Switch(LoopCond) -> Identity ->
body -> NextIteration -> back into the Merge, and Switch's false side -> Exit. Every op made
while the context is entered is handed to `AddOp`, which makes each tensor from outside the
loop enter it once (an `is_constant` Enter named `<op>/Enter`), gives an op without inputs a
control input from the loop's pivot, and marks the op unfetchable.
"""

from __future__ import annotations

from scopecli.engine.framework import nest
from scopecli.engine.framework.control_flow_context import (
    ControlFlowContext,
    GetOutputContext,
    IsLoopEnter,
    IsLoopExit,
)
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops.control_flow_ops import controlled_in
from scopecli.engine.ops.loop_ops import enter, exit_, identity, merge, next_iteration, switch
from scopecli.engine.ops.tensor_array_ops import TensorArray
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Graph
    from scopecli.engine.framework.state import TFState

# -- the context --------------------------------------------------------------------------------

class WhileContext(ControlFlowContext):
    """control_flow_ops.WhileContext: the loop's frame, its pivots, enters and exits."""

    __slots__ = ("state", "_maximum_iterations", "_parallel_iterations", "_back_prop", "_swap_memory",
                 "_pivot_for_pred", "_pivot_for_body", "_pivot", "_loop_exits", "_loop_enters",
                 "_grad_state")

    def __init__(self, state: TFState, maximum_iterations: Any = None, parallel_iterations: Any = 10,
                 back_prop: bool = True, swap_memory: bool = False, name: str = "while_context",
                 grad_state: Any = None):
        graph = state.graph
        super().__init__(graph)
        if not isinstance(parallel_iterations, int) or isinstance(parallel_iterations, bool) \
                or parallel_iterations <= 0:
            raise tf_value_error(f"'parallel_iterations' must be a positive integer: {parallel_iterations}")
        self.state = state
        self._name = graph.unique_name(name)
        self._maximum_iterations = maximum_iterations
        self._parallel_iterations = parallel_iterations
        self._back_prop = back_prop
        self._swap_memory = swap_memory
        self._pivot_for_pred: Tensor | None = None
        self._pivot_for_body: Tensor | None = None
        self._pivot: Tensor | None = None
        self._loop_exits: list[Tensor] = []
        self._loop_enters: list[Tensor] = []
        self._grad_state = grad_state

    @property
    def maximum_iterations(self) -> Any:
        return self._maximum_iterations

    @property
    def parallel_iterations(self) -> int:
        return self._parallel_iterations

    @property
    def back_prop(self) -> bool:
        return self._back_prop

    @property
    def swap_memory(self) -> bool:
        return self._swap_memory

    @property
    def pivot(self) -> Tensor | None:
        return self._pivot

    @property
    def loop_enters(self) -> list[Tensor]:
        return self._loop_enters

    @property
    def loop_exits(self) -> list[Tensor]:
        return self._loop_exits

    @property
    def grad_state(self) -> Any:
        return self._grad_state

    def GetWhileContext(self) -> WhileContext:  # noqa: N802 - TF's method names
        return self

    def GetControlPivot(self) -> Tensor | None:  # noqa: N802
        return self._pivot_for_body if self._pivot_for_body is not None else self._pivot_for_pred

    def IsWhileContext(self) -> bool:  # noqa: N802
        return True

    def __repr__(self) -> str:
        return "<tensorflow.python.ops.control_flow_ops.WhileContext object>"

    # -- values from outside ----------------------------------------------------------------------

    def AddValue(self, val: Tensor) -> Tensor:  # noqa: N802
        """`val` as this loop sees it: an external tensor enters the frame once, as a constant."""
        result = val
        new_value = val.name not in self._values and val._op._control_flow_context is not self
        if new_value:
            self._values.add(val.name)
            grad_ctxt = self._graph._control_flow_context
            grad_ctxt = grad_ctxt.GetWhileContext() if grad_ctxt is not None else None
            if grad_ctxt is not None and grad_ctxt.grad_state is not None:
                from scopecli.engine.framework.control_flow_context import GetContainingWhileContext

                forward_ctxt = GetContainingWhileContext(val._op._control_flow_context)
                if IsLoopExit(val._op) and forward_ctxt is not None:
                    forward_ctxt = forward_ctxt.outer_context
                    if forward_ctxt is not None:
                        forward_ctxt = forward_ctxt.GetWhileContext()
                if forward_ctxt is grad_ctxt.grad_state.forward_context:
                    real_val = grad_ctxt.grad_state.GetRealValue(val)
                    self._external_values[val.name] = real_val
                    return real_val
            if self._outer_context is not None:
                result = self._outer_context.AddValue(val)
            with controlled_in(self._graph, None):
                entered = enter(self.state, result, self._name, is_constant=True,
                                parallel_iterations=self._parallel_iterations)
                if self._outer_context is not None:
                    self._outer_context.AddInnerOp(entered._op)
            self._FixControlInputsAndContext([entered])
            self._values.add(entered.name)
            self._external_values[val.name] = entered
            result = entered
        else:
            actual = self._external_values.get(val.name)
            if actual is not None:
                result = actual
        return result

    def AddOp(self, op: Operation) -> None:  # noqa: N802
        if op._type in ("Shape", "Size", "Rank"):
            grad_ctxt = self._graph._control_flow_context
            grad_ctxt = grad_ctxt.GetWhileContext() if grad_ctxt is not None else None
            if grad_ctxt is not None and grad_ctxt.grad_state is not None:
                from scopecli.engine.framework.control_flow_context import GetContainingWhileContext

                input_op = op._inputs[0]._op
                if GetContainingWhileContext(input_op._control_flow_context) is \
                        grad_ctxt.grad_state.forward_context:
                    input_ctxt = input_op._control_flow_context
                    op._set_control_flow_context(input_ctxt)
                    input_ctxt._AddOpInternal(op)
                    return
        self._AddOpInternal(op)

    def _AddOpInternal(self, op: Operation) -> None:  # noqa: N802
        """Enter the op's external inputs; a pivot control input for an op with none; unfetchable."""
        if not op._inputs:
            control_inputs, external_inputs = self._RemoveExternalControlEdges(op)
            if not control_inputs:
                op._add_control_input(self.GetControlPivot()._op)  # type: ignore[union-attr]
        else:
            for index, x in enumerate(op._inputs):
                real_x = self.AddValue(x)
                if real_x is not x:
                    op._update_input(index, real_x)
            _, external_inputs = self._RemoveExternalControlEdges(op)
            self._MaybeAddControlDependency(op)
        for x in op._outputs:
            self._values.add(x.name)
        if external_inputs:
            # Pull the control inputs from outside in as data: an Identity of each, in the loop.
            with controlled_in(self._graph, None):
                self.Enter()
                pulled = [identity(self.state, x._outputs[0])._op for x in external_inputs if x._outputs]
                self.Exit()
            op._add_control_inputs(pulled)
        if self._outer_context is not None or not IsLoopExit(op):
            self._graph.prevent_fetching(op)
        if self._outer_context is not None:
            self._outer_context.AddInnerOp(op)

    def _MaybeAddControlDependency(self, op: Operation) -> None:  # noqa: N802
        """An op fed only by loop constants would run once, not per iteration: pin it to the pivot."""
        if op.control_inputs_:
            return
        if all(_is_loop_constant_enter(x._op) for x in op._inputs):
            op._add_control_input(self.GetControlPivot()._op)  # type: ignore[union-attr]

    def _FixControlInputsAndContext(self, enters: list[Tensor]) -> None:  # noqa: N802
        """An Enter keeps the control dependencies of the outer context it was made in."""
        graph = self._graph
        for x in enters:
            input_op = x._op._inputs[0]._op
            outer_control_inputs = []
            for op in _control_dependencies_for_inputs(graph, [input_op]):
                keep = True
                op_ctxt = GetOutputContext(op)
                outer_ctxt = self.outer_context
                outer_while = outer_ctxt.GetWhileContext() if outer_ctxt is not None else None
                while outer_ctxt is not op_ctxt:
                    if outer_ctxt is None or outer_ctxt is outer_while:
                        keep = False
                        break
                    outer_ctxt = outer_ctxt.outer_context
                if keep:
                    outer_control_inputs.append(op)
            x._op._set_control_flow_context(self)
            x._op._add_control_inputs(outer_control_inputs)
            for controller in graph.control_stack:
                controller.seen.add(x._op)

    # -- building the loop ------------------------------------------------------------------------

    def BuildLoop(self, pred: Any, body: Any, loop_vars: Any, shape_invariants: Any,  # noqa: N802
                  return_same_structure: bool) -> Any:
        state = self.state
        flat_orig_loop_vars = nest.flatten(loop_vars)
        loop_vars = nest.map_structure(
            lambda v: v if isinstance(v, TensorArray) else convert_to_tensor(state, v), loop_vars)
        flat_loop_vars = [_to_flow(v) for v in nest.flatten(loop_vars)]
        if shape_invariants is not None:
            signature = nest.map_structure(_shape_invariant, loop_vars, shape_invariants)
        else:
            signature = nest.map_structure(lambda v: _to_flow(v)._shape, loop_vars)
        self.Enter()
        try:
            original_body_result, exit_vars = self._BuildLoop(pred, body, flat_orig_loop_vars, flat_loop_vars,
                                                              signature)
        finally:
            self.Exit()
        flat_result = nest.flatten(original_body_result)
        exits = [_from_flow(ta, t) for ta, t in zip(flat_result, exit_vars, strict=True)]
        packed = nest.pack_sequence_as(original_body_result, exits)
        if return_same_structure:
            return packed
        return packed[0] if len(exit_vars) == 1 else packed

    def _BuildLoop(self, pred: Any, body: Any, flat_orig_loop_vars: list[Any],  # noqa: N802
                   flat_loop_vars: list[Tensor], signature: Any) -> tuple[Any, list[Tensor]]:
        state, graph = self.state, self._graph
        flat_shape_invariants = nest.flatten(signature)
        self._values = {x.name for x in flat_loop_vars}
        real_vars = flat_loop_vars if self._outer_context is None else \
            [self._outer_context.AddValue(x) for x in flat_loop_vars]
        enter_vars = []
        with controlled_in(graph, None):
            for real_var, invariant in zip(real_vars, flat_shape_invariants, strict=True):
                enter_var = enter(state, real_var, self._name, is_constant=False,
                                  parallel_iterations=self._parallel_iterations, use_input_shape=False)
                if not _shape_less_than_or_equal(real_var._shape, invariant):
                    raise tf_value_error(
                        f"The shape invariant specified for {real_var.name} is not compatible with the "
                        "initial shape of the loop variable. It enters the loop with shape "
                        f"{_tuple(real_var._shape)}, but the specified shape invariant is "
                        f"{_tuple(invariant)}.")
                enter_var._shape = invariant
                if self._outer_context is not None:
                    self._outer_context.AddInnerOp(enter_var._op)
                enter_vars.append(enter_var)
        outer, control_pivot = self._outer_context, None
        while outer is not None and control_pivot is None:
            control_pivot = outer.GetControlPivot()
            outer = outer.outer_context
        if control_pivot is not None:
            for var in enter_vars:
                if _is_loop_constant_enter(var._op._inputs[0]._op):
                    var._op._add_control_input(control_pivot._op)
        self._FixControlInputsAndContext(enter_vars)
        self._values = {x.name for x in enter_vars}
        self._loop_enters = enter_vars

        merge_vars = [merge(state, [x, x])[0] for x in enter_vars]
        self._pivot_for_pred = merge_vars[0]
        packed_vars = nest.pack_sequence_as(
            signature, [_from_flow(orig, m) for orig, m in zip(flat_orig_loop_vars, merge_vars, strict=True)])
        c = convert_to_tensor(state, pred(*packed_vars))
        self._pivot = apply_op(state, "LoopCond", "LoopCond", input=c)._outputs[0]
        switch_vars = [switch(state, x, self._pivot) for x in merge_vars]
        vars_for_body = [identity(state, x[1]) for x in switch_vars]
        self._pivot_for_body = vars_for_body[0]
        packed_for_body = nest.pack_sequence_as(
            signature,
            [_from_flow(orig, v) for orig, v in zip(flat_orig_loop_vars, vars_for_body, strict=True)])
        body_result = body(*packed_for_body)
        if not nest.is_nested(body_result):
            body_result = [body_result]
        nest.assert_same_structure(list(packed_for_body), list(body_result))
        original_body_result = body_result
        result = [_convert_result(state, _to_flow(v)) for v in nest.flatten(body_result)]
        if len(merge_vars) != len(result):
            raise tf_value_error("Number of inputs and outputs of 'body' must match 'loop_vars'. Got "
                                 f"{len(merge_vars)} for the number of inputs/outputs, and {len(result)} for "
                                 "'loop_vars'.")
        for m, v in zip(merge_vars, result, strict=True):
            _add_next_and_back_edge(state, m, v)
        exit_vars = [exit_(state, x[0]) for x in switch_vars]
        self._loop_exits = exit_vars
        self.ExitResult(exit_vars)
        return original_body_result, exit_vars


def _is_loop_constant_enter(op: Operation) -> bool:
    return IsLoopEnter(op) and bool(op.attrs.get("is_constant"))


def _control_dependencies_for_inputs(graph: Graph, input_ops: list[Operation]) -> list[Operation]:
    """Graph._control_dependencies_for_inputs: the active control inputs an op of these inputs gets."""
    found: list[Operation] = []
    for controller in graph.control_stack:
        if any(o in controller.seen for o in input_ops):
            continue
        found.extend(c for c in controller.control_inputs if c not in input_ops)
    return found


def _to_flow(value: Any) -> Any:
    return value._flow if isinstance(value, TensorArray) else value


def _from_flow(original: Any, tensor: Tensor) -> Any:
    return original._with_flow(tensor) if isinstance(original, TensorArray) else tensor


def _convert_result(state: TFState, value: Any) -> Tensor:
    if value is None:
        raise tf_value_error("None values not supported.")
    return convert_to_tensor(state, value)


def _tuple(shape: TensorShape) -> str:
    """A TensorShape as TF's str() prints it in these messages: (1,), (None, 2), <unknown>."""
    return str(shape)


def _shape_less_than_or_equal(shape1: TensorShape, shape2: TensorShape) -> bool:
    if shape2.dims_ is None:
        return True
    if shape1.dims_ is None or len(shape1.dims_) != len(shape2.dims_):
        return False
    return all(d2 is None or d1 == d2 for d1, d2 in zip(shape1.dims_, shape2.dims_, strict=True))


def _shape_invariant(var: Any, shape: Any) -> TensorShape:
    """_shape_invariant_to_type_spec, keeping only the shape (a TensorArray is its flow)."""
    var = _to_flow(var)
    if shape is None:
        return var._shape
    if not isinstance(shape, TensorShape):
        raise tf_type_error("'shape' must be one of TypeSpec, TensorShape or None. Received: "
                            f"{_class(shape)}")
    return shape


def _class(value: Any) -> str:
    return f"<class '{type(value).__name__}'>"


def _add_next_and_back_edge(state: TFState, m: Tensor, v: Tensor,
                            enforce_shape_invariant: bool = True) -> Tensor:
    """NextIteration of `v`, checked against the Merge's shape invariant, wired back into it."""
    v = next_iteration(state, convert_to_tensor(state, v))
    if enforce_shape_invariant and not _shape_less_than_or_equal(v._shape, m._shape):
        input_t = m._op._inputs[0]._op._inputs[0]
        raise tf_value_error(
            f"Input tensor '{input_t.name}' enters the loop with shape {_tuple(input_t._shape)}, but "
            f"has shape {_tuple(v._shape)} after one iteration. To allow the shape to vary across "
            "iterations, use the `shape_invariants` argument of tf.while_loop to specify a "
            "less-specific shape.")
    m._op._update_input(1, v)
    return v


