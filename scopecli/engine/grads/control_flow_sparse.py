"""IndexedSlices gradients through v1 control flow, as TF builds them: control_flow_ops.merge of
a cond's branch gradients when one is an IndexedSlices (every input made an IndexedSlices by
math_ops._as_indexed_slices_list, then one Merge per component), and
WhileContext.AddBackpropIndexedSlicesAccumulator, a loop constant's sparse gradient gathered
over the iterations by concatenating indices and values (the dense shape their maximum)."""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.grads.indexed_slices import IndexedSlices

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.while_context import WhileContext


def _raw_shape(state: TFState, x: Tensor, out_type: Any = None) -> Tensor:
    """array_ops.shape_internal(x, optimize=False): a Shape op even when the shape is known."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.framework.op_def_library import apply_op

    with name_scope(state, None, "Shape", [x]) as scope:
        return apply_op(state, "Shape", scope, input=x, out_type=out_type or dtypes.int32)._outputs[0]


def _as_indexed_slices(state: TFState, x: Any) -> IndexedSlices:
    """math_ops._as_indexed_slices(x, optimize=False): a dense tensor as all of its rows."""
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.tensor_getitem_override import getitem

    if isinstance(x, IndexedSlices):
        return x
    x_shape = _raw_shape(state, x)
    return IndexedSlices(state, x, range_(state, 0, getitem(x_shape, 0)), x_shape)


def merge_any(state: TFState, inputs: list[Any], name: Any = None) -> list[Any]:
    """control_flow_ops.merge: Merge of tensors, or of each component of IndexedSlices (dense
    inputs converted, int32 indices cast to int64 when the others are int64)."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.loop_ops import merge

    if all(isinstance(v, Tensor) for v in inputs):
        return merge(state, inputs, name=name)
    with name_scope(state, name, "Merge", inputs):
        slices = [_as_indexed_slices(state, v) for v in inputs]
        int32 = [s for s in slices if s._indices._dtype.base_dtype is dtypes.int32]
        if int32 and len(int32) != len(slices):
            slices = [IndexedSlices(state, s._values, m.cast(state, s._indices, dtypes.int64), s._dense_shape)
                      if s._indices._dtype.base_dtype is dtypes.int32 else s for s in slices]
        parts = [[s._values, s._indices] + ([s._dense_shape] if s._dense_shape is not None else [])
                 for s in slices]
        merged = [merge(state, list(component)) for component in zip(*parts, strict=True)]
    shape = merged[2][0] if len(merged) > 2 else None
    return [IndexedSlices(state, merged[0][0], merged[1][0], shape), merged[0][1]]


def add_backprop_indexed_slices_accumulator(ctxt: WhileContext, op: Operation, grad: IndexedSlices) -> Any:
    """WhileContext.AddBackpropIndexedSlicesAccumulator: the indices and values of each
    iteration concatenated onto accumulators that start with one zero row."""
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_fill_ops import zeros, zeros_like
    from scopecli.engine.ops.array_join_ops import concat
    from scopecli.engine.ops.loop_accumulators import constant
    from scopecli.engine.ops.loop_ops import enter, exit_, merge, next_iteration, switch
    from scopecli.engine.ops.tensor_getitem_override import getitem

    state = ctxt.state
    values, indices, dense_shape = grad._values, grad._indices, grad._dense_shape
    ctxt.Exit()
    outer = ctxt.outer_context
    if outer is not None:
        outer.Enter()
    if values._shape.is_fully_defined():
        values_shape = (1, *values._shape.dims_[1:])
        if outer is not None:
            outer.Enter()
        values_acc = constant(state, 0, values._dtype, values_shape, name="b_acc")
        if outer is not None:
            outer.Exit()
    else:
        rest = getitem(_raw_shape(state, op._inputs[0]), slice(1, None))
        values_acc = zeros(state, concat(state, [[1], rest], 0), values._dtype)
    indices_acc = constant(state, [0], indices._dtype)
    shape_acc = None
    if dense_shape is not None:
        if dense_shape._shape.is_fully_defined():
            if outer is not None:
                outer.Enter()
            shape_acc = constant(state, 0, dense_shape._dtype, dense_shape._shape.dims_)
            if outer is not None:
                outer.Exit()
        else:
            acc_shape = _raw_shape(state, op._inputs[0], dense_shape._dtype)
            shape_acc = zeros_like(state, acc_shape, optimize=False)
    if outer is not None:
        outer.Exit()
    ctxt.Enter()
    ctxt.AddName(values_acc.name)
    ctxt.AddName(indices_acc.name)
    init_acc = [indices_acc, values_acc]
    if shape_acc is not None:
        ctxt.AddName(shape_acc.name)
        init_acc.append(shape_acc)
    enter_acc = [enter(state, x, ctxt.name, is_constant=False,
                       parallel_iterations=ctxt.parallel_iterations, use_input_shape=False, name="b_acc")
                 for x in init_acc]
    enter_acc[0].set_shape(TensorShape([None]))
    if values_acc._shape.dims_ is not None:
        enter_acc[1].set_shape(TensorShape([None, *values_acc._shape.dims_[1:]]))
    ctxt.loop_enters.extend(enter_acc)
    merge_acc = [merge(state, [x, x], name="b_acc")[0] for x in enter_acc]
    switch_acc = [switch(state, x, ctxt.pivot) for x in merge_acc]
    acc_slices = [concat(state, [xa[1], xv], 0)
                  for xa, xv in zip(switch_acc[:2], [indices, values], strict=True)]
    if shape_acc is not None:
        acc_slices.append(m.maximum(state, dense_shape, switch_acc[2][1]))
    next_acc = [next_iteration(state, x) for x in acc_slices]
    for xm, xn in zip(merge_acc, next_acc, strict=True):
        xm._op._update_input(1, xn)
    exit_acc = [exit_(state, x[0], name="b_acc") for x in switch_acc]
    ctxt.loop_exits.extend(exit_acc)
    ctxt.ExitResult(exit_acc)
    return IndexedSlices(state, exit_acc[1], exit_acc[0], exit_acc[2] if shape_acc is not None else None)
