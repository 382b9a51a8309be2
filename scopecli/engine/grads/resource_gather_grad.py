"""The gradient of ResourceGather (resource_variable_ops.py _GatherGrad): an IndexedSlices of the
incoming gradient reshaped to [len(indices), variable shape[1:]] at the flattened indices, whose
dense shape is the variable's (a constant when the handle's shape is fully known, else a
VariableShape op), as a Keras Embedding or a resource embedding_lookup is differentiated."""

from __future__ import annotations

from scopecli.engine.framework.registry import gradient

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


def variable_shape(state: TFState, handle: Tensor) -> Tensor:
    """resource_variable_ops.variable_shape: the handle data's shape as a Const when fully known."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.ops.resource_zeros import handle_variable
    from scopecli.engine.ops_core import constant

    variable = handle_variable(handle)
    shape = None if variable is None else variable.attrs.get("shape")
    dims = getattr(shape, "dims_", None)
    if dims is None or any(d is None for d in dims):
        return apply_op(state, "VariableShape", None, input=handle, out_type=dtypes.int32)._outputs[0]
    return constant(state, list(dims), dtype=dtypes.int32)


@gradient("ResourceGather")
def _resource_gather_grad(state: TFState, op: Operation, grad: Any) -> Any:
    from scopecli.engine.grads.indexed_slices import IndexedSlices
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.tensor_getitem_override import getitem

    handle, indices = op._inputs[0], op._inputs[1]
    params_shape = variable_shape(state, handle)
    size = shape_ops.expand_dims(state, shape_ops.size(state, indices), 0)
    values_shape = join.concat(state, [size, getitem(params_shape, slice(1, None))], 0)
    values = shape_ops.reshape(state, grad, values_shape)
    indices = shape_ops.reshape(state, indices, size)
    return [IndexedSlices(state, values, indices, params_shape), None]
