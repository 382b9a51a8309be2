"""Shape-function helpers shared by op types (TF's common_shape_fns.cc): broadcasting, reshape,
concat and pack inference, and the merge message, with TF's shape-error messages.

Each inference function takes the op's final node name and its converted inputs and returns the output
(dtype, shape) list, or raises the ValueError TF's C++ shape functions raise, which quotes the
node as `'{{node NAME}} = TYPE[ATTRS](INPUTS)' with input shapes: [...]`.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from scopecli.engine.framework.dtypes import dt_attr
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.ops_core import Outputs, node_text, shapes_text
from scopecli.errors import tf_value_error

AttrText = Callable[[list[Tensor]], str]


def _shape_error(message: str, name: str, op_type: str, attrs: str, inputs: list[Tensor],
                 extra: str = "") -> Exception:
    return tf_value_error(f"{message} for {node_text(name, op_type, attrs, inputs)} with input shapes: "
                          f"{shapes_text(inputs)}{extra}.")


def broadcast_shapes(a: TensorShape, b: TensorShape) -> TensorShape | tuple[int, int]:
    """The broadcast shape, or the first pair of clashing dimensions (x's, y's)."""
    if a.dims_ is None or b.dims_ is None:
        return TensorShape(None)
    if a.dims_ == b.dims_:  # each pair (d, d) broadcasts to d, unknown or not
        return a  # shapes are immutable (set_shape replaces a tensor's), so it can be shared
    if not b.dims_:  # a scalar broadcasts to the other shape (an initializer's `* scale`, `+ min`)
        return a
    if not a.dims_:
        return b
    x, y = list(a.dims_), list(b.dims_)
    rank = max(len(x), len(y))
    x = [1] * (rank - len(x)) + x
    y = [1] * (rank - len(y)) + y
    out: list[int | None] = []
    for dx, dy in zip(x, y, strict=True):
        if dx == 1:
            out.append(dy)
        elif dy == 1:
            out.append(dx)
        elif dx is None or dy is None:
            out.append(dx if dy is None else dy)
        elif dx == dy:
            out.append(dx)
        else:
            return (dx, dy)
    return TensorShape.known(tuple(out))


def reshape(target: list[int] | None) -> Callable[..., Outputs]:
    def infer(name: str, inputs: list[Tensor]) -> Outputs:
        dtype = inputs[0]._dtype.base_dtype
        if target is None:
            return [(dtype, _partial_reshape(inputs[0]._shape, inputs[1]))]
        shape = inputs[0]._shape
        known = shape.num_elements() if shape.dims_ is not None else None
        unknown = [i for i, d in enumerate(target) if d == -1]
        product = 1
        for d in target:
            if d != -1:
                product *= d
        dims: list[int | None] = [None if d == -1 else d for d in target]
        attrs = f"T={dt_attr(dtype)}, Tshape=DT_INT32"
        # ReshapeShapeFn (array_ops.cc) sees -1 as an unknown entry of a partial shape: "[4,?]".
        partial = ",".join("?" if d == -1 else str(d) for d in target)
        extra = f" and with input tensors computed as partial shapes: input[1] = [{partial}]"
        for d in target:
            if d < -1:
                raise tf_value_error(f"Invalid value in tensor used for shape: {d}")
        if len(unknown) > 1:
            return [(dtype, TensorShape.known(tuple(dims)))]
        if unknown and known is not None and product == 0:
            if known != 0:
                raise _shape_error(f"Cannot reshape a tensor with {known} elements to shape [{partial}] "
                                   f"(0 elements)", name, "Reshape", attrs, inputs, extra)
        elif unknown and known is not None:
            if known % product:
                raise _shape_error(f"Dimension size must be evenly divisible by {product} but is {known}",
                                   name, "Reshape", attrs, inputs, extra)
            dims[unknown[0]] = known // product
        elif not unknown and known is not None and known != product:
            raise _shape_error(f"Cannot reshape a tensor with {known} elements to shape [{partial}] "
                               f"({product} elements)", name, "Reshape", attrs, inputs, extra)
        return [(dtype, TensorShape.known(tuple(dims)))]

    return infer


def _partial_reshape(shape: TensorShape, target: Tensor) -> TensorShape:
    """Reshape's shape fn when the target is not a constant: the rank comes from the target's
    length, and the entries of an autopacked target (`[n, -1]`) that are Consts are known."""
    if target._shape.dims_ is None or len(target._shape.dims_) != 1 or target._shape.dims_[0] is None:
        return TensorShape(None)
    length = target._shape.dims_[0]
    dims: list[int | None] = [None] * length
    if target._op._type == "Pack":
        for i, item in enumerate(target._op._inputs):
            value = item._op.attrs.get("value") if item._op._type == "Const" else None
            if value is not None and value.ndim == 0:
                dims[i] = int(value)
    known = [d for d in dims if d is not None and d != -1]
    if -1 in dims:
        total = shape.num_elements() if shape.dims_ is not None else None
        product = math.prod(known)
        at = dims.index(-1)
        dims[at] = total // product if total is not None and len(known) == length - 1 and product else None
    return TensorShape.known(tuple(dims))


def reshape_partial(shape: TensorShape, out: TensorShape) -> TensorShape:
    """ReshapeShapeFn with a target known only in part (MakeShapeFromShapeTensor): the one
    unknown target dimension is inferred when the input is fully known."""
    if out.dims_ is None or shape.dims_ is None:
        return out
    dims = list(out.dims_)
    unknown = [i for i, d in enumerate(dims) if d is None]
    if len(unknown) != 1 or not shape.is_fully_defined():
        return out
    known = math.prod(d for d in dims if d is not None)
    total = shape.num_elements()
    if known > 0 and total is not None and total % known == 0:
        dims[unknown[0]] = total // known
    return TensorShape.known(tuple(dims))


def concat(axis: int | None) -> Callable[..., Outputs]:
    """ConcatShapeHelper (common_shape_fns.cc): the rank of the first input of known rank (0:
    "Can't concatenate scalars"), every known rank equal to it, and then, with a constant axis,
    the parts before/after the axis merged from the last input back to the first."""

    def infer(name: str, inputs: list[Tensor]) -> Outputs:
        values = inputs[:-1]
        dtype = values[0]._dtype.base_dtype
        for value in values[1:]:
            if value._dtype.base_dtype is not dtype:
                raise tf_value_error(
                    f"Tensor conversion requested dtype {dtype.name} for Tensor with dtype "
                    f"{value._dtype.base_dtype.name}: {value!r}")
        attrs = f"N={len(values)}, T={dt_attr(dtype)}, Tidx=DT_INT32"
        known = [v._shape.dims_ for v in values if v._shape.dims_ is not None]
        rank = len(known[0]) if known else None
        if rank == 0:
            raise _shape_error("Can't concatenate scalars (use tf.stack instead)", name, "ConcatV2", attrs,
                               inputs)
        for dims in known:
            if len(dims) != rank:
                raise _shape_error(f"Shape must be rank {rank} but is rank {len(dims)}", name, "ConcatV2",
                                   attrs, inputs)
        if axis is None or rank is None:
            return [(dtype, TensorShape(None) if rank is None else TensorShape.known((None,) * rank))]
        extra = f" and with computed input tensors: input[{len(values)}] = <{axis}>"
        if not -rank <= axis < rank:
            raise _shape_error(f"Shape must be at least rank {axis + 1 if axis >= 0 else -axis} but is rank "
                               f"{rank}", name, "ConcatV2", attrs, inputs, extra)
        a = axis % rank
        parts = (slice(0, a), slice(a + 1, rank))
        last = values[-1]._shape.dims_
        out: list[int | None] = list(last) if last is not None else [None] * rank
        merged = [last is not None] * 2  # whether each part is known yet
        for value in reversed(values[:-1]):
            dims = value._shape.dims_
            if dims is None:
                out[a] = None
                continue
            # ConcatV2's shape fn merges the dims before the axis and those after it separately,
            # the earlier input's part first, so a mismatch names that part ("Shapes are [2] and [3].").
            for k, part in enumerate(parts):
                new = TensorShape.known(tuple(dims[part]))
                if merged[k]:
                    have = TensorShape.known(tuple(out[part]))
                    if not new.is_compatible_with(have):
                        raise _shape_error(merge_error(new, have), name, "ConcatV2", attrs, inputs, extra)
                    out[part] = list(new.merge_with(have).dims_ or ())
                else:
                    out[part] = list(dims[part])
                    merged[k] = True
            out[a] = None if out[a] is None or dims[a] is None else out[a] + dims[a]
        return [(dtype, TensorShape.known(tuple(out)))]

    return infer


def merge_error(a: TensorShape, b: TensorShape) -> str:
    """The message of TF's InferenceContext::Merge for two incompatible known-rank shapes."""
    da, db = a.dims_ or (), b.dims_ or ()
    if len(da) != len(db):
        return f"Shapes must be equal rank, but are {len(da)} and {len(db)}"
    for i, (x, y) in enumerate(zip(da, db, strict=True)):
        if x is not None and y is not None and x != y:
            return (f"Dimension {i} in both shapes must be equal, but are {x} and {y}. Shapes are "
                    f"[{','.join(_d(d) for d in da)}] and [{','.join(_d(d) for d in db)}].")
    return "Shapes are not compatible"


def _d(d: int | None) -> str:
    return "?" if d is None else str(d)


def pack(axis: int) -> Callable[..., Outputs]:
    def infer(name: str, inputs: list[Tensor]) -> Outputs:
        dtype = inputs[0]._dtype.base_dtype
        first = inputs[0]._shape
        merged = first
        attrs = f"N={len(inputs)}, T={dt_attr(dtype)}, axis={axis}"
        for i, t in enumerate(inputs[1:]):
            if not merged.is_compatible_with(t._shape):
                # Pack's shape fn merges input i+1 into the running shape; TF's context line
                # names the index i ("From merging shape 0 with other shapes.").
                raise _shape_error(merge_error(merged, t._shape) + f"\n\tFrom merging shape {i} with other "
                                   "shapes.", name, "Pack", attrs, inputs)
            merged = merged.merge_with(t._shape)
        if merged.dims_ is None:
            return [(dtype, TensorShape(None))]
        dims = list(merged.dims_)
        a = axis if axis >= 0 else axis + len(dims) + 1
        dims.insert(a, len(inputs))
        return [(dtype, TensorShape.known(tuple(dims)))]

    return infer


