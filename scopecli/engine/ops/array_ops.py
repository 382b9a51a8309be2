"""TF's array_ops.py (and array_ops_stack.unstack): split, unstack, slice and pad, with the shape
functions of the op types they build (Split, SplitV, Unpack, Slice, Pad, PadV2, MirrorPad), errors
as TF words them. More manipulation ops are in ops.manip_ops.
"""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import computed, const_value
from scopecli.engine.ops.tensor_util import constant_value_as_shape, flat_ints, pending_int_scalar
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _known(dims: Any) -> TensorShape:
    return TensorShape.known(tuple(dims))


def _scalar_dim(
    node: str, op_type: str, attrs: dict[str, Any], inputs: list[Tensor], index: int, rank: int | None
) -> int | None:
    """InferenceContext::MakeDimForScalarInputWithNegativeIndexing: the axis input's value."""
    at = pending_int_scalar(inputs[index])  # a Python int axis: no numpy needed
    if at is None:
        value = const_value(inputs[index])
        if value is None:
            return None
        at = int(value.reshape(-1)[0])
    if rank is None:
        return at if at >= 0 else None
    if not -rank <= at < rank:
        raise shape_error(
            f"Dimension size, given by scalar input {at} must be in range [-{rank}, {rank})",
            node,
            op_type,
            attrs,
            inputs,
            computed({index: const_value(inputs[index])}),
        )
    return at + rank if at < 0 else at


# -- shape functions ------------------------------------------------------------------------------


@shape_fn("Split")
def _split_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims, count = inputs[1]._shape.dims_, attrs["num_split"]
    at = _scalar_dim(node, "Split", attrs, inputs, 0, None if dims is None else len(dims))
    if at is None or dims is None:
        return [TensorShape(None) if dims is None else _known([None] * len(dims))] * count
    size = dims[at]
    if size is not None and size % count:
        raise shape_error(
            f"Dimension size must be evenly divisible by {count} but is {size}\n\tNumber of ways to "
            "split should evenly divide the split dimension",
            node,
            "Split",
            attrs,
            inputs,
            computed({0: const_value(inputs[0])}),
        )  # type: ignore[dict-item]
    return [_known([*dims[:at], None if size is None else size // count, *dims[at + 1 :]])] * count


@shape_fn("SplitV")
def _split_v_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """SplitV. TF 2.21 quirk, recorded: a split_dim of unknown value is taken as -1, the last axis."""
    dims, count = inputs[0]._shape.dims_, attrs["num_split"]
    if dims is None:
        return [TensorShape(None)] * count
    at = _scalar_dim(node, "SplitV", attrs, inputs, 2, len(dims))
    sizes = const_value(inputs[1])
    if sizes is None:
        if at is None:
            return [_known([None] * len(dims))] * count
        return [_known([*dims[:at], None, *dims[at + 1 :]])] * count
    if at is None:
        at = len(dims) - 1
    data = [int(s) for s in sizes.reshape(-1)]
    axis_value = const_value(inputs[2])
    known = computed({1: sizes} if axis_value is None else {1: sizes, 2: axis_value})
    if data.count(-1) > 1:
        raise shape_error("size_splits can only have one -1", node, "SplitV", attrs, inputs, known)
    total, fixed = dims[at], sum(s for s in data if s != -1)
    if total is not None:
        if -1 not in data and fixed != total:
            raise shape_error(
                f"can't split axis of size {total} into pieces of size [{','.join(map(str, data))}]",
                node,
                "SplitV",
                attrs,
                inputs,
                known,
            )
        if -1 in data:
            index = data.index(-1)
            data[index] = total - fixed
            if data[index] < 0:
                raise shape_error(
                    f"Split size at index {index} must be >= 0. Got: {data[index]}",
                    node,
                    "SplitV",
                    attrs,
                    inputs,
                    known,
                )
    return [_known([*dims[:at], None if s == -1 else s, *dims[at + 1 :]]) for s in data]


@shape_fn("Unpack")
def _unpack_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims, count, axis = inputs[0]._shape.dims_, attrs["num"], attrs["axis"]
    if dims is None:
        return [TensorShape(None)] * count
    rank = len(dims)
    if not -rank <= axis < rank:
        raise shape_error(f"Invalid axis: {axis}; must be in [{-rank},{rank})", node, "Unpack", attrs, inputs)
    at = axis + rank if axis < 0 else axis
    if dims[at] is not None and dims[at] != count:
        raise shape_error(f"Dimension must be {count} but is {dims[at]}", node, "Unpack", attrs, inputs)
    return [_known([*dims[:at], *dims[at + 1 :]])] * count


@shape_fn("Slice")
def _slice_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    for index in (1, 2):
        rank = inputs[index]._shape.ndims
        if rank is not None and rank != 1:
            raise shape_error(f"Shape must be rank 1 but is rank {rank}", node, "Slice", attrs, inputs)
    lengths = [inputs[i]._shape.dims_[0] if inputs[i]._shape.dims_ else None for i in (1, 2)]
    if None not in lengths and lengths[0] != lengths[1]:
        raise shape_error(
            f"Dimensions must be equal, but are {lengths[0]} and {lengths[1]}", node, "Slice", attrs, inputs
        )
    count = lengths[0] if lengths[0] is not None else lengths[1]
    if dims is not None and count is not None and len(dims) != count:
        raise shape_error(f"Shape must be rank {count} but is rank {len(dims)}", node, "Slice", attrs, inputs)
    begin = constant_value_as_shape(inputs[1])
    sizes = flat_ints(inputs[2])
    if sizes is None:
        partial = constant_value_as_shape(inputs[2])
        if partial.dims_ is None:
            return [TensorShape(None) if count is None else _known([None] * count)]
        return [_known([None if d is None or d == -1 else d for d in partial.dims_])]
    out: list[int | None] = []
    for i, size in enumerate(sizes):
        if size == -1:
            dim = None if dims is None else dims[i]
            start = None if begin.dims_ is None else begin.dims_[i]
            out.append(None if dim is None or start is None else dim - start)
        elif size < 0:  # raised without the node: TF's message has none here
            raise tf_value_error(f"Invalid value in tensor used for shape: {size}")
        else:
            out.append(size)
    return [_known(out)]


def _pad_shape(op_type: str) -> Any:
    """PadShapeFn: paddings [rank, 2]; each known dimension grows by its two paddings."""

    def infer(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        dims, paddings = inputs[0]._shape.dims_, inputs[1]._shape.dims_
        if paddings is not None:
            if len(paddings) != 2:
                raise shape_error(
                    f"Shape must be rank 2 but is rank {len(paddings)}", node, op_type, attrs, inputs
                )
            if paddings[1] is not None and paddings[1] != 2:
                raise shape_error(f"Dimension must be 2 but is {paddings[1]}", node, op_type, attrs, inputs)
            if dims is not None and paddings[0] is not None and paddings[0] != len(dims):
                raise shape_error(
                    f"Shape must be rank {paddings[0]} but is rank {len(dims)}", node, op_type, attrs, inputs
                )
        rank = len(dims) if dims is not None else (paddings[0] if paddings is not None else None)
        value = const_value(inputs[1])
        if rank is None:
            return [TensorShape(None)]
        if value is None:
            return [_known([None] * rank)]
        pairs = [[int(v) for v in row] for row in value.reshape(rank, 2)]
        for before, after in pairs:
            if before < 0 or after < 0:
                raise shape_error(
                    "Paddings must be non-negative", node, op_type, attrs, inputs, computed({1: value})
                )
        source = dims if dims is not None else [None] * rank
        return [_known([None if d is None else d + b + a for d, (b, a) in zip(source, pairs, strict=True)])]

    return infer


for _op_type in ("Pad", "PadV2", "MirrorPad"):
    register_shape(_op_type, _pad_shape(_op_type))


# -- the public functions ---------------------------------------------------------------------------


@tf_export("split")
def split(
    state: TFState, value: Any, num_or_size_splits: Any, axis: Any = 0, num: Any = None, name: Any = "split"
) -> list[Tensor]:
    """array_ops.split: Split for a number of pieces, SplitV for their sizes."""
    count = (
        getattr(num_or_size_splits, "value", num_or_size_splits)
        if num_or_size_splits.__class__.__name__ == "Dimension"
        else num_or_size_splits
    )
    if isinstance(count, int) and not isinstance(count, bool):
        return list(gen.op("Split")(state, axis, value, num_split=count, name=name))
    size_splits = convert_to_tensor(state, num_or_size_splits)
    if size_splits._shape.ndims == 0:
        raise tf_value_error(
            "Rank-0 tensors are not supported as the num_or_size_splits argument to split. "
            f"Argument provided: {num_or_size_splits}"
        )
    if num is None:
        dims = size_splits._shape.dims_
        num = dims[0] if dims else None
        if num is None:
            raise tf_value_error(f"Cannot infer argument `num` from shape {num_or_size_splits}")
    return list(gen.op("SplitV")(state, value, size_splits, axis, num_split=num, name=name))


@tf_export("unstack")
def unstack(
    state: TFState, value: Any, num: Any = None, axis: int = 0, name: Any = "unstack"
) -> list[Tensor]:
    """array_ops_stack.unstack: Unpack into `num` pieces (read from the static shape)."""
    if num is None:
        value = convert_to_tensor(state, value)
        shape = value._shape
        if shape.ndims is not None:
            if axis < -shape.ndims or axis >= shape.ndims:
                raise tf_value_error(f"Argument `axis` = {axis} not in range [{-shape.ndims}, {shape.ndims})")
            num = shape.dims_[axis]  # type: ignore[index]
        if num is None:
            raise tf_value_error(f"Cannot infer argument `num` from shape {shape}")
    return list(gen.op("Unpack")(state, value, num=num, axis=axis, name=name))


@tf_export("slice")
def slice_(state: TFState, input_: Any, begin: Any, size: Any, name: Any = None) -> Tensor:
    """array_ops.slice: gen_array_ops._slice."""
    return output(apply_op(state, "Slice", name, input=input_, begin=begin, size=size))


@tf_export("pad")
def pad(
    state: TFState,
    tensor: Any,
    paddings: Any,
    mode: str = "CONSTANT",
    name: Any = None,
    constant_values: Any = 0,
) -> Tensor:
    """array_ops.pad (v1): Pad for zero padding, PadV2 for another value, MirrorPad to reflect."""
    mode = mode.upper()
    if mode == "CONSTANT":
        plain = constant_values.__class__ in (int, float, bool) and constant_values == 0
        if plain:
            return output(apply_op(state, "Pad", name, input=tensor, paddings=paddings))
        return output(
            apply_op(state, "PadV2", name, input=tensor, paddings=paddings, constant_values=constant_values)
        )
    if mode in ("REFLECT", "SYMMETRIC"):
        return output(apply_op(state, "MirrorPad", name, input=tensor, paddings=paddings, mode=mode))
    raise tf_value_error(
        'Value of argument `mode` expected to be one of "CONSTANT", "REFLECT", or "SYMMETRIC". '
        f"Received `mode` = {mode}"
    )


@tf_export("boolean_mask")
def boolean_mask(
    state: TFState, tensor: Any, mask: Any, name: Any = "boolean_mask", axis: Any = None
) -> Tensor:
    """array_ops.boolean_mask (v1): the masked dims flattened into one (Prod of their sizes), then
    the true positions of the flattened mask (Where, Squeeze) gathered along `axis`."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.reduction_ops import where_v2

    with name_scope(state, name, "boolean_mask", [tensor, mask]):
        tensor = convert_to_tensor(state, tensor, name="tensor")
        mask = convert_to_tensor(state, mask, name="mask")
        shape_mask, shape_tensor = mask._shape, tensor._shape
        ndims = shape_mask.ndims
        if ndims == 0:
            raise tf_value_error("mask cannot be scalar.")
        if ndims is None:
            raise tf_value_error(
                "Number of mask dimensions must be specified, even if some dimensions are None.  "
                "E.g. shape=[None] is ok, but shape=None is not."
            )
        axis = 0 if axis is None else axis
        if not isinstance(axis, int):
            from scopecli.errors import InputError

            raise InputError("tf.boolean_mask with a tensor axis is not supported by scopecli yet")
        masked = (
            TensorShape(None)
            if shape_tensor.dims_ is None
            else _known(shape_tensor.dims_[axis : axis + ndims])
        )
        if not masked.is_compatible_with(shape_mask):
            raise tf_value_error(f"Shapes {masked} and {shape_mask} are incompatible")
        leading = output(
            apply_op(
                state,
                "Prod",
                None,
                input=shape_ops.shape(state, tensor)[axis : axis + ndims],
                reduction_indices=[0],
                keep_dims=False,
            )
        )
        parts = [shape_ops.shape(state, tensor)[:axis], [leading],
                 shape_ops.shape(state, tensor)[axis + ndims :]]
        tensor = shape_ops.reshape(state, tensor, join.concat(state, parts, 0))
        if shape_tensor.dims_ is not None:
            dims = shape_tensor.dims_
            first = masked.num_elements()
            tensor._shape = tensor._shape.merge_with(_known([*dims[:axis], first, *dims[axis + ndims :]]))
        mask = shape_ops.reshape(state, mask, [-1])
        indices = shape_ops.squeeze(state, where_v2(state, mask), axis=[1])
        return join.gather(state, tensor, indices, axis=axis)


@tf_export("sequence_mask")
def sequence_mask(
    state: TFState, lengths: Any, maxlen: Any = None, dtype: Any = dtypes.bool_, name: Any = None
) -> Tensor:
    """array_ops.sequence_mask: range(maxlen) < expand_dims(lengths, -1), maxlen defaulting to
    max(0, max(lengths))."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops_core import constant

    with name_scope(state, name, "SequenceMask", [lengths, maxlen]):
        lengths = convert_to_tensor(state, lengths)
        if maxlen is None:
            rank = lengths._shape.ndims
            if rank is None:
                from scopecli.errors import InputError

                raise InputError(
                    "tf.sequence_mask of lengths of unknown rank is not supported by scopecli yet"
                )
            axes = constant(state, list(range(rank)), dtype=dtypes.int32)
            maxlen = output(
                apply_op(state, "Max", None, input=lengths, reduction_indices=axes, keep_dims=False)
            )
            zero = constant(state, 0, dtype=maxlen._dtype.base_dtype)
            maxlen = output(apply_op(state, "Maximum", None, x=zero, y=maxlen))
        else:
            maxlen = convert_to_tensor(state, maxlen)
        if maxlen._shape.ndims is not None and maxlen._shape.ndims != 0:
            raise tf_value_error(
                f"Argument `maxlen` must be scalar for sequence_mask, received `maxlen` = {maxlen} "
                f"with shape '{maxlen._shape}' instead"
            )
        kind = maxlen._dtype.base_dtype
        row = output(
            apply_op(
                state,
                "Range",
                None,
                start=constant(state, 0, dtype=kind),
                limit=maxlen,
                delta=constant(state, 1, dtype=kind),
            )
        )
        matrix = output(apply_op(state, "Cast", None, x=shape_ops.expand_dims(state, lengths, -1), DstT=kind))
        result = output(apply_op(state, "Less", None, x=row, y=matrix))
        target = dtypes.as_dtype(dtype) if dtype is not None else None
        if target is None or target.base_dtype is dtypes.bool_:
            return result
        return output(apply_op(state, "Cast", None, x=result, DstT=target.base_dtype))
