"""TF1's CondContext and the raw control-flow ops it builds (control_flow_ops.py: CondContext,
switch, _SwitchRefOrTensor, merge, with_dependencies).

Inside a branch every op is handed to the branch's context (framework/control_flow_context.py):
an input made outside the branch is routed through a `Switch` on the predicate (named
`<op>/Switch`, made outside every context, then counted as the branch's), and an op without
inputs gets the branch's pivot (`switch_t`/`switch_f`) as a control input, so exactly one
branch runs. Ops inside a branch cannot be fetched.
"""

from __future__ import annotations

from scopecli.engine.framework.control_flow_context import ControlFlowContext, IsLoopExit, OpInContext
from scopecli.engine.framework.graph import Operation, Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.notes import Note
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@shape_fn("Switch")
def _switch_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """SwitchShape (control_flow_ops.cc): a scalar pred; both outputs take the data's shape."""
    dims = inputs[1]._shape.dims_
    if dims is not None and len(dims) != 0:
        from scopecli.engine.framework.op_def_library import shape_error

        raise shape_error(f"Shape must be rank 0 but is rank {len(dims)}", name, "Switch", attrs, inputs)
    return [inputs[0]._shape] * 2


@shape_fn("RefSwitch")
def _ref_switch_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[1]._shape.dims_
    if dims is not None and len(dims) != 0:
        from scopecli.engine.framework.op_def_library import shape_error

        raise shape_error(f"Shape must be rank 0 but is rank {len(dims)}", name, "RefSwitch", attrs, inputs)
    return [inputs[0]._shape] * 2


@shape_fn("Merge")
def _merge_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """MergeShape: the inputs' shape when they all agree (ranks agreeing: unknown dims where
    they differ), else an unknown shape; then the scalar value_index."""
    merged = inputs[0]._shape
    for tensor in inputs[1:]:
        shape = tensor._shape
        if merged.dims_ is None or shape.dims_ is None or len(merged.dims_) != len(shape.dims_):
            merged = TensorShape(None)
            break
        merged = TensorShape.known(tuple(a if a == b else None for a, b in zip(merged.dims_, shape.dims_,
                                                                               strict=True)))
    return [merged, TensorShape.known(())]


def switch(state: TFState, data: Any, pred: Any, name: Any = None) -> tuple[Tensor, Tensor]:
    """control_flow_ops.switch: (output_false, output_true)."""
    from scopecli.engine.framework.op_def_library import apply_op

    with name_scope(state, name, "Switch", [data, pred]) as scope:
        op = apply_op(state, "Switch", scope, data=_as_tensor(state, data, "data", as_ref=True),
                      pred=_as_tensor(state, pred, "pred"))
    return op._outputs[0], op._outputs[1]


def _as_tensor(state: TFState, value: Any, name: str, as_ref: bool = False) -> Tensor:
    from scopecli.engine.ops_core import convert_to_tensor

    return value if isinstance(value, Tensor) else convert_to_tensor(state, value, name=name, as_ref=as_ref)


def switch_ref_or_tensor(state: TFState, data: Tensor, pred: Tensor,
                         name: str = "Switch") -> tuple[Tensor, Tensor]:
    """control_flow_ops._SwitchRefOrTensor: a RefSwitch for a variable's ref, else a Switch,
    colocated with `data` alone (ignore_existing): it sits on data's device, not the scope's."""
    from scopecli.engine.framework.colocation import colocated_with

    with colocated_with(state.graph, data, ignore_existing=True):
        if data._dtype.is_ref:
            from scopecli.engine.framework.op_def_library import apply_op

            op = apply_op(state, "RefSwitch", name, data=data, pred=pred)
            return op._outputs[0], op._outputs[1]
        return switch(state, data, pred, name=name)


def merge(state: TFState, inputs: list[Any], name: Any = None) -> tuple[Tensor, Tensor]:
    """control_flow_ops.merge: (the available input, its index). TF makes a RefMerge when every
    input is a ref; no scopecli caller merges refs (cond merges its branches' tensors)."""
    from scopecli.engine.framework.op_def_library import apply_op

    if any(inp is None for inp in inputs):
        raise tf_value_error(f"At least one of the merge inputs is None: {inputs}")
    with name_scope(state, name, "Merge", list(inputs)) as scope:
        tensors = [_as_tensor(state, inp, "", as_ref=True) for inp in inputs]
        op = apply_op(state, "Merge", scope, inputs=tensors)
    return op._outputs[0], op._outputs[1]


def with_dependencies(state: TFState, dependencies: list[Any], output_tensor: Tensor,
                      name: Any = None) -> Tensor:
    """control_flow_ops.with_dependencies: `output_tensor` through an Identity run after them."""
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.ops.control_flow_ops import controlled_in

    with name_scope(state, name, "control_dependency", [*dependencies, output_tensor]) as scope:
        with controlled_in(state.graph, dependencies):
            return apply_op(state, "Identity", scope, input=output_tensor)._outputs[0]


_BRANCH = ("false", "true")


class CondContext(ControlFlowContext):
    """control_flow_ops.CondContext: one branch of a cond (branch 1: true, 0: false)."""

    __slots__ = ("_state", "_pred", "_pivot", "_branch")

    def __init__(self, state: TFState, pred: Tensor, pivot: Tensor, branch: int, name: str = "cond_text"):
        graph = state.graph
        name = graph.unique_name(name)  # TF takes the name first: "cond/cond_text" is now in use
        super().__init__(graph)
        self._name = name
        self._state = state
        self._pred = pred  # the boolean tensor for the cond predicate
        self._pivot = pivot  # the predicate tensor in this branch
        self._branch = branch
        # Values considered to have been already seen in this context; pred is not part of it.
        self._values.add(pred.name)
        self._external_values[pred.name] = pred
        self._values.add(pivot.name)
        pivot._op._set_control_flow_context(self)

    @property
    def pred(self) -> Tensor:
        return self._pred

    @property
    def pivot(self) -> Tensor:
        return self._pivot

    @property
    def branch(self) -> int:
        return self._branch

    @property
    def grad_state(self) -> Any:
        while_ctxt = self.GetWhileContext()
        return while_ctxt.grad_state if while_ctxt is not None else None

    @property
    def back_prop(self) -> bool:
        while_ctxt = self.GetWhileContext()
        return bool(while_ctxt.back_prop) if while_ctxt is not None else False

    def GetControlPivot(self) -> Tensor:  # noqa: N802 - TF's method names
        return self._pivot

    def IsCondContext(self) -> bool:  # noqa: N802
        return True

    def AddValue(self, val: Tensor) -> Tensor:  # noqa: N802
        """Route `val` into this branch (and its outer contexts, recursively) through a Switch."""
        if val.name in self._values:
            # The real value if it comes from the outer context (nested conds).
            found = self._external_values.get(val.name)
            return val if found is None else found
        result = val
        self._values.add(val.name)
        outer = self._outer_context
        if outer is not None:
            result = outer.AddValue(val)
            self._values.add(result.name)
            self._external_values[result.name] = result
        from scopecli.engine.ops.control_flow_ops import controlled_in

        graph = self._graph
        with controlled_in(graph, None):
            result = switch_ref_or_tensor(self._state, result, self._pred)[self._branch]
            if outer is not None:
                outer.AddInnerOp(result._op)
        graph.prevent_fetching(result._op)
        result._op._set_control_flow_context(self)
        result._op.add_note(Note("cond_switch", {"tensor": val.name, "branch": _BRANCH[self._branch],
                                                 "pred": self._pred.name}))
        # The Switch output is seen by this context and every outer one, as an op's outputs are.
        ctxt: ControlFlowContext | None = self
        while ctxt is not None:
            ctxt._values.add(result.name)
            ctxt = ctxt._outer_context
        self._external_values[val.name] = result
        return result

    def AddOp(self, op: Operation) -> None:  # noqa: N802
        self._AddOpInternal(op)

    def _AddOpInternal(self, op: Operation) -> None:  # noqa: N802
        if not op._inputs:
            # In a while loop, control inputs from outside it are removed.
            self._RemoveExternalControlEdges(op)
            if not any(OpInContext(c, self) for c in op.control_inputs_):
                op._add_control_input(self._pivot._op)
                op.add_note(Note("cond_pivot", {"branch": _BRANCH[self._branch],
                                                "pivot": self._pivot._op._name}))
        else:
            for index, x in enumerate(op._inputs):
                if op._type == "Merge" and x._op._type == "NextIteration":
                    real_x = x  # a while loop imported here: its NextIteration joins later
                else:
                    real_x = self.AddValue(x)
                if real_x is not x:
                    op._update_input(index, real_x)
            self._RemoveExternalControlEdges(op)
        # The op's outputs are seen by this context and every outer one.
        names = [t.name for t in op._outputs]
        ctxt: ControlFlowContext | None = self
        while ctxt is not None:
            ctxt._values.update(names)
            ctxt = ctxt._outer_context
        if self._outer_context is not None or not IsLoopExit(op):
            op._graph.prevent_fetching(op)
        if self._outer_context is not None:
            self._outer_context.AddInnerOp(op)

    def _ProcessOutputTensor(self, val: Tensor) -> Tensor:  # noqa: N802
        """A branch's result: a value from outside the branch (`lambda: x`) gets its Switch."""
        real_val = val
        if val.name not in self._values:
            self._values.add(val.name)
            outer = self._outer_context
            if outer is not None:
                real_val = outer.AddValue(val)
                self._values.add(real_val.name)
                self._external_values[real_val.name] = real_val
            real_val = switch_ref_or_tensor(self._state, real_val, self._pred)[self._branch]
            self._external_values[val.name] = real_val
        else:
            external = self._external_values.get(val.name)
            if external is not None:
                real_val = external
        return real_val

    def _BuildCondTensor(self, v: Any) -> Tensor:  # noqa: N802
        if isinstance(v, Operation):
            return with_dependencies(self._state, [v], self._pivot)  # the pivot stands in for the op
        from scopecli.engine.ops_core import convert_to_tensor

        return self._ProcessOutputTensor(convert_to_tensor(self._state, v))

    def BuildCondBranch(self, fn: Any) -> tuple[Any, Any]:  # noqa: N802
        """Add the sub-graph made by fn() to the graph: (fn's result, its flat tensors)."""
        from scopecli.engine.framework import nest

        original_result = call_branch(self._state, fn)
        if original_result is None:
            return None, None
        result = nest.map_structure(self._BuildCondTensor, original_result)
        if not isinstance(result, (list, tuple)):
            result = [result]
        return original_result, result


def call_branch(state: TFState, fn: Any) -> Any:
    """fn() with no public call running, so the ops the scenario makes in a branch are explained
    by the calls that made them (tf.layers.dense ...), not by the enclosing tf.cond."""
    frame, state.frame = state.frame, ""
    try:
        return fn()
    finally:
        state.frame = frame
