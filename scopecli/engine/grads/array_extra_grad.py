"""The gradients of the array ops the first gradient batch left out (Slice, Split/SplitV,
Pad/PadV2, ReverseV2, BroadcastTo, PlaceholderWithDefault), as array_grad.py builds them.
IdentityN stays without one: TF builds it only under custom_gradient (swish), whose gradient
is overridden per op."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import gradient, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import reduction_ops as red

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


@gradient("PlaceholderWithDefault")
def _placeholder_with_default_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return grad


@gradient("Slice")
def _slice_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_SliceGrad: pad the gradient back with begin zeros before and the rest after."""
    from scopecli.engine.ops.array_ops import pad
    from scopecli.engine.ops.array_shape_ops import rank

    input_vec, begin_vec = op._inputs[0], op._inputs[1]
    input_rank = rank(state, input_vec)
    index_dtype = begin_vec._dtype
    slice_size = shape_ops.shape(state, op._outputs[0], out_type=index_dtype)
    shape = join.stack(state, [input_rank, 1])
    before_pad = shape_ops.reshape(state, begin_vec, shape)
    input_shape = shape_ops.shape(state, input_vec, out_type=index_dtype)
    after_pad = shape_ops.reshape(state, input_shape - slice_size - begin_vec, shape)
    paddings = join.concat(state, [before_pad, after_pad], 1)
    return pad(state, grad, paddings), None, None


@gradient("Split")
def _split_grad(state: TFState, op: Operation, *grads: Any) -> Any:
    return None, join.concat(state, list(grads), op._inputs[0])


@gradient("SplitV")
def _split_v_grad(state: TFState, op: Operation, *grads: Any) -> Any:
    return [join.concat(state, list(grads), op._inputs[2])] + [None] * (len(op._inputs) - 1)


def _pad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_PadGrad: slice the input's shape out of the gradient at the leading paddings."""
    from scopecli.engine.ops.array_ops import slice_
    from scopecli.engine.ops.array_shape_ops import rank

    x, a = op._inputs[0], op._inputs[1]
    pad_before = slice_(state, a, [0, 0], join.stack(state, [rank(state, x), 1]))
    begin = shape_ops.reshape(state, pad_before, [-1])
    sizes = shape_ops.shape(state, x, out_type=begin._dtype)
    x_grad = slice_(state, grad, begin, sizes)
    return (x_grad, None, None) if len(op._inputs) == 3 else (x_grad, None)


gradient("Pad")(_pad_grad)
gradient("PadV2")(_pad_grad)


@gradient("ReverseV2")
def _reverse_v2_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.manip_ops import reverse

    return reverse(state, grad, op._inputs[1]), None


@gradient("BroadcastTo")
def _broadcast_to_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_BroadcastToGrad: a known target shape as a Const, BroadcastGradientArgs against the
    input's shape, the sum over the reduced axes reshaped back."""
    from scopecli.engine.grads.math_grad import constant_value
    from scopecli.engine.ops_core import constant

    input_value, broadcast_shape = op._inputs
    shape_dtype = broadcast_shape._dtype
    input_value_shape = shape_ops.shape(state, input_value, out_type=shape_dtype)
    static = constant_value(broadcast_shape)
    if static is not None:
        broadcast_shape = constant(state, static.astype(shape_dtype.as_numpy_dtype))
    _, reduction_axes = gen.op("BroadcastGradientArgs")(state, broadcast_shape, input_value_shape)
    updates_grad_reshaped = red.reduce_sum(state, grad, reduction_axes, keepdims=True)
    return [shape_ops.reshape(state, updates_grad_reshaped, input_value_shape), None]


@gradient("StridedSliceGrad")
def _strided_slice_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_StridedSliceGradGrad: the same strided slice of the incoming gradient."""
    from scopecli.engine.ops.tensor_getitem_override import strided_slice

    masks = {k: op.attrs[k] for k in ("begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask",
                                      "shrink_axis_mask")}
    return None, None, None, None, strided_slice(state, grad, *op._inputs[1:4], **masks)


@gradient("DynamicStitch")
def _dynamic_stitch_grad(state: TFState, op: Operation, grad: Any) -> Any:
    """_DynamicStitchGrads: each data input's gradient gathered at its indices (int32)."""
    from scopecli.engine.framework import dtypes
    from scopecli.engine.grads.indexed_slices import IndexedSlices
    from scopecli.engine.ops.array_join_ops import gather

    num_values = len(op._inputs) // 2
    int32 = op._inputs[0]._dtype.base_dtype.name == "int32"
    inputs = [t if int32 else m.cast(state, t, dtypes.int32) for t in op._inputs[:num_values]]
    if isinstance(grad, IndexedSlices):
        from scopecli.engine.ops.tensor_getitem_override import getitem

        output_rows = getitem(shape_ops.shape(state, op._outputs[0]), 0)
        grad = gen.op("UnsortedSegmentSum")(state, grad.values, grad.indices, output_rows)
    return [None] * num_values + [gather(state, grad, inp) for inp in inputs]


@gradient("MirrorPad")
def _mirror_pad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return [gen.op("MirrorPadGrad")(state, grad, op._inputs[1], mode=op.attrs["mode"]), None]


@gradient("MirrorPadGrad")
def _mirror_pad_grad_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return [gen.op("MirrorPad")(state, grad, op._inputs[1], mode=op.attrs["mode"]), None]


@shape_fn("MirrorPadGrad")
def _mirror_pad_grad_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The padded gradient's shape less the paddings (known when they are a Const)."""
    from scopecli.engine.grads.math_grad import constant_value

    dims, paddings = inputs[0]._shape.dims_, constant_value(inputs[1])
    if dims is None:
        return [TensorShape(None)]
    if paddings is None:
        return [TensorShape.known((None,) * len(dims))]
    return [TensorShape.known(tuple(None if d is None else d - int(p.sum()) for d, p in zip(dims, paddings,
                                                                                        strict=True)))]


@gradient("DiagPart")
def _diag_part_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """array_ops.diag(grad): the gradient on the diagonal of a tensor of the input's shape."""
    return gen.op("Diag")(state, grad)


@gradient("Diag")
def _diag_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("DiagPart")(state, grad)


@shape_fn("Diag")
def _diag_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """The diagonal's shape twice."""
    dims = inputs[0]._shape.dims_
    return [TensorShape(None) if dims is None else TensorShape.known((*dims, *dims))]
