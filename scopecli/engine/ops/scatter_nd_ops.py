"""tf.scatter_nd (gen_array_ops.scatter_nd): a ScatterNd op of indices, updates and the output
shape, and the checks of its shape function (shape_inference ScatterNdShapeHelper): the outer
dimensions of indices and updates must match, and so must the updates' inner dimensions and the
output's dimensions past the index depth. tf.setdiff1d (ListDiff) and tf.identity_n (IdentityN) too."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("scatter_nd", "manip.scatter_nd")
def scatter_nd(state: TFState, indices: Any, updates: Any, shape: Any, name: Any = None) -> Tensor:
    return apply_op(state, "ScatterNd", name, indices=indices, updates=updates, shape=shape)._outputs[0]


@shape_fn("ScatterNd")
def _scatter_nd_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The shape the `shape` input holds, after ScatterNdShapeHelper's checks."""
    from scopecli.engine.ops.nn_conv_shapes import shape_from_tensor

    output = shape_from_tensor(inputs[2])
    check_scatter_nd(node, inputs, attrs, output)
    return [output]


def _text(shape: TensorShape) -> str:
    return "[" + ",".join("?" if d is None else str(d) for d in shape.dims_ or ()) + "]"


def check_scatter_nd(node: str, inputs: list[Tensor], attrs: dict[str, Any], output: TensorShape,
                     op_type: str = "ScatterNd", shapes: tuple[int, int] = (0, 1)) -> None:
    """ScatterNdShapeHelper's two merges, with its InvalidArgument messages (a ValueError here)."""
    from scopecli.engine.framework.common_shapes import merge_error

    indices, updates = inputs[shapes[0]]._shape, inputs[shapes[1]]._shape
    if indices.dims_ is None or updates.dims_ is None or not indices.dims_ or indices.dims_[-1] is None:
        return
    outer, depth = len(indices.dims_) - 1, indices.dims_[-1]
    prefix_indices = TensorShape.known(indices.dims_[:outer])
    prefix_updates = TensorShape.known(updates.dims_[:outer])
    if not prefix_indices.is_compatible_with(prefix_updates):
        raise shape_error(f"Dimensions [0,{outer}) of indices[shape={_text(indices)}] = "
                          f"{_text(prefix_indices)} must match dimensions [0,{outer}) of "
                          f"updates[shape={_text(updates)}] = "
                          f"{_text(prefix_updates)}: {merge_error(prefix_indices, prefix_updates)}",
                          node, op_type, attrs, inputs)
    if output.dims_ is None:
        return
    suffix_output = TensorShape.known(output.dims_[depth:])
    suffix_updates = TensorShape.known(updates.dims_[outer:])
    if not suffix_output.is_compatible_with(suffix_updates):
        raise shape_error(f"Dimensions [{depth},{len(output.dims_)}) of input[shape={_text(output)}] = "
                          f"{_text(suffix_output)} must match dimensions [{outer},{len(updates.dims_)}) of "
                          f"updates[shape={_text(updates)}] = {_text(suffix_updates)}: "
                          f"{merge_error(suffix_output, suffix_updates)}", node, op_type, attrs, inputs)


@tf_export("setdiff1d")
def setdiff1d(state: TFState, x: Any, y: Any, index_dtype: Any = None, name: Any = None) -> Any:
    """array_ops.setdiff1d (v1, gen_array_ops.list_diff): the values of x not in y, and their indices."""
    from scopecli.engine.framework import dtypes

    out_idx = dtypes.int32 if index_dtype is None else dtypes.as_dtype(index_dtype)
    op = apply_op(state, "ListDiff", name, x=x, y=y, out_idx=out_idx)
    return op._outputs[0], op._outputs[1]


@tf_export("identity_n")
def identity_n(state: TFState, input: Any, name: Any = None) -> list[Any]:  # noqa: A002 - TF's name
    """gen_array_ops.identity_n: one IdentityN op passing every input through."""
    return list(apply_op(state, "IdentityN", name, input=list(input))._outputs)
