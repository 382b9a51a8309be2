"""The gradients of array ops, as TF's array_grad.py builds them, and the array op types TF
declares not differentiable."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework.registry import gradient, not_differentiable
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import reduction_ops as red

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

not_differentiable("ConcatOffset", "Const", "EditDistance", "ZerosLike", "OnesLike", "StopGradient",
                   "InvertPermutation", "Shape", "ShapeN", "Rank", "Size", "BroadcastGradientArgs", "OneHot",
                   # state_grad.py, and random_ops.py's RandomShuffle (ops/random_ops.py declares the rest)
                   "Assign", "AssignAdd", "AssignSub", "ScatterAdd", "ScatterSub", "ScatterMul", "ScatterDiv",
                   "ScatterNdUpdate", "ScatterNdAdd", "RandomShuffle")


@gradient("Identity")
def _id_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return grad


def _dense(grad: Any) -> Any:
    """_IndexedSlicesToTensorNoWarning: an IndexedSlices gradient (of a gather) made dense by an
    UnsortedSegmentSum in the gradient's own scope, before the ops that use it."""
    from scopecli.engine.grads.indexed_slices import IndexedSlices

    return grad.to_tensor() if isinstance(grad, IndexedSlices) else grad


def _reshape_to_input(state: TFState, op: Operation, grad: Tensor) -> Tensor:
    """_ReshapeToInput."""
    return shape_ops.reshape(state, _dense(grad), shape_ops.shape(state, op._inputs[0]))


@gradient("Reshape")
def _reshape_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    dims = op._inputs[0]._shape.dims_
    if dims is not None and None in dims:
        undefined = [i for i, d in enumerate(dims) if d is None]
        if len(undefined) == 1 and 0 not in dims:
            shape = [-1 if d is None else d for d in dims]
            return [shape_ops.reshape(state, _dense(grad), shape), None]
    return [_reshape_to_input(state, op, grad), None]


@gradient("ExpandDims")
def _expand_dims_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return [_reshape_to_input(state, op, grad), None]


@gradient("Squeeze")
def _squeeze_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return _reshape_to_input(state, op, grad)


@gradient("Transpose")
def _transpose_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_shape_ops import transpose

    inverse = gen.op("InvertPermutation")(state, op._inputs[1])
    return [transpose(state, grad, inverse), None]


@gradient("Pack")
def _pack_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return unstack(state, grad, num=op.attrs["N"], axis=op.attrs["axis"])


@gradient("Unpack")
def _unpack_grad(state: TFState, op: Operation, *grads: Tensor) -> Any:
    return join.stack(state, list(grads), axis=op.attrs["axis"])


def unstack(state: TFState, value: Tensor, num: int, axis: int = 0, name: str = "unstack") -> list[Tensor]:
    """array_ops_stack.unstack with a known `num`: one Unpack op."""
    return list(gen.op("Unpack")(state, value, num=num, axis=axis, name=name))


@gradient("Fill")
def _fill_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return None, red.reduce_sum(state, grad)


@gradient("StridedSlice")
def _strided_slice_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """array_ops.strided_slice_grad with the shape, begin, end and strides folded to values
    when they are constant (TF converts them again inside StridedSliceGrad)."""
    from scopecli.engine.grads.math_grad import constant_ints, constant_value

    begin, end, strides = op._inputs[1:4]
    x: Any = shape_ops.shape(state, op._inputs[0], out_type=begin._dtype)
    int32 = begin._dtype.base_dtype.name == "int32"
    values: list[Any] = []
    for t in (x, begin, end, strides):
        # a known int32 vector as a Python list: the same int32 Const as its array, without numpy
        ints = constant_ints(t)
        kept = ints is None or (int32 and ints.__class__ is list and ints)
        values.append(ints if kept else constant_value(t))
    x, begin, end, strides = (t if v is None else v for t, v in zip((x, begin, end, strides), values,
                                                                     strict=True))
    masks = {k: op.attrs[k] for k in ("begin_mask", "end_mask", "ellipsis_mask", "new_axis_mask",
                                      "shrink_axis_mask")}
    result = gen.op("StridedSliceGrad")(state, x, begin, end, strides, grad, **masks)
    return result, None, None, None


@gradient("Tile")
def _tile_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_TileGrad: reshape grad to (multiple, dim) pairs, then sum over the multiples."""
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.array_shape_ops import size, transpose

    input_shape = shape_ops.shape(state, op._inputs[0], out_type=op._inputs[1]._dtype)
    split_shape = shape_ops.reshape(state, transpose(state, join.stack(state, [op._inputs[1], input_shape])),
                                    [-1])
    axes = range_(state, 0, size(state, split_shape), 2)
    input_grad = red.reduce_sum(state, shape_ops.reshape(state, grad, split_shape), axes)
    input_grad._shape = input_grad._shape.merge_with(op._inputs[0]._shape)
    return [input_grad, None]


@gradient("ConcatV2")
def _concat_v2_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    """_ConcatGradHelper for a dense gradient: ConcatOffset of the input shapes (Consts when
    known, else ShapeN), then one Slice per input."""
    from scopecli.engine.ops.array_shape_ops import rank

    if len(op._inputs) == 2:
        return [grad, None]
    concat_dim = op._inputs[-1]
    input_values = list(op._inputs[:-1])
    if concat_dim._op._type == "Const":
        # A constant axis from another control-flow context (a while loop's body, seen from its
        # gradient loop) is duplicated here rather than entering the loop.
        from scopecli.engine.framework.control_flow_context import GetOutputContext

        if GetOutputContext(concat_dim._op) is not GetOutputContext(grad._op):
            from scopecli.engine.framework.constant_op import constant, kept_number
            from scopecli.engine.op_def import const_value

            kept = kept_number(concat_dim._op)  # a Python int axis: no numpy needed
            value = kept if kept is not None else const_value(concat_dim)
            concat_dim = constant(state, value, concat_dim._dtype)
    non_neg_concat_dim = concat_dim % rank(state, input_values[0])
    sizes = []
    for x in input_values:  # _ExtractInputShapes: stops at the first shape that is not a Const
        input_shape = shape_ops.shape(state, x)
        if input_shape._op._type != "Const":
            sizes = list(gen.op("ShapeN")(state, input_values))
            break
        sizes.append(input_shape)
    offsets = gen.op("ConcatOffset")(state, non_neg_concat_dim, sizes)
    slice_op = gen.op("Slice")
    out_grads = [slice_op(state, grad, begin, size) for begin, size in zip(offsets, sizes, strict=True)]
    return [*out_grads, None]
