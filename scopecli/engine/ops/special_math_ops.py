"""tf.tensordot (math_ops.tensordot), tf.einsum (special_math_ops._einsum_v2, one or two operands)
and tf.clip_by_norm (clip_ops), built op for op as TF's Python builds them, with Einsum's shape fn.

tensordot reduces to one MatMul: with fully known shapes the operands are transposed/reshaped only
when needed and the product is reshaped to the free dims (named by the scope) unless it already
has them; otherwise the dims come from Shape/GatherV2/Prod ops and the result gets the static shape.
"""

from __future__ import annotations

import re

from scopecli.engine import gen
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import shape_error
from scopecli.engine.framework.registry import shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _tensordot_axes(a: Tensor, axes: Any) -> tuple[list[int], list[int]]:
    """_tensordot_axes: the contraction axes of a and b."""
    ndims = a._shape.ndims
    if isinstance(axes, int) and not isinstance(axes, bool):
        if axes < 0:
            raise tf_value_error(f"`axes` must be at least 0. Received: {axes}.")
        if ndims is None:
            raise InputError("tf.tensordot of a tensor of unknown rank is not supported by scopecli yet")
        if axes > ndims:
            raise tf_value_error(
                f"`axes` must not be larger than the number of dimensions of tensor {a}.  "
                f"Received {axes}, vs tensor dimensions {ndims}."
            )
        return list(range(ndims - axes, ndims)), list(range(axes))
    if isinstance(axes, (list, tuple)):
        if len(axes) != 2:
            raise tf_value_error(f"`axes` must be an integer or have length 2. Received {axes}.")
        a_axes, b_axes = axes
        if isinstance(a_axes, int) and isinstance(b_axes, int):
            a_axes, b_axes = [a_axes], [b_axes]
        if len(a_axes) != len(b_axes):
            raise tf_value_error(
                f"Different number of contraction axes `a` and `b`, {len(a_axes)} != {len(b_axes)}."
            )
        return list(a_axes), list(b_axes)
    raise InputError("tf.tensordot with `axes` given as a tensor is not supported by scopecli yet")


def _tensordot_reshape(
    state: TFState, a: Tensor, axes: list[int], flipped: bool = False
) -> tuple[Any, Any, Any]:
    """_tensordot_reshape: (a as a matrix for the MatMul, its free dims, their static values)."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import reduction_ops as red

    dims = a._shape.dims_
    if dims is None:
        raise InputError("tf.tensordot of a tensor of unknown rank is not supported by scopecli yet")
    rank = len(dims)
    axes = [i if i >= 0 else i + rank for i in axes]
    free = [i for i in range(rank) if i not in axes]
    free_dims = [dims[i] for i in free]
    if a._shape.is_fully_defined():
        prod_free = _prod(dims[i] for i in free)
        prod_axes = _prod(dims[i] for i in axes)
        perm = axes + free if flipped else free + axes
        new_shape = [prod_axes, prod_free] if flipped else [prod_free, prod_axes]
        moved = shape_ops.transpose(state, a, perm) if perm != list(range(rank)) else a
        if list(moved._shape.dims_ or ()) != new_shape:
            moved = shape_ops.reshape(state, moved, new_shape)
        return moved, free_dims, free_dims
    axes_t = convert_to_tensor(state, axes, dtypes.int32, name="axes")
    free_t = convert_to_tensor(state, free, dtypes.int32, name="free")
    shape_a = shape_ops.shape(state, a)
    free_g = join.gather(state, shape_a, free_t)
    axes_g = join.gather(state, shape_a, axes_t)
    prod_free_t = red.reduce_prod(state, free_g)
    prod_axes_t = red.reduce_prod(state, axes_g)
    if flipped:
        perm_t = join.concat(state, [axes_t, free_t], 0)
        new_shape_t = join.stack(state, [prod_axes_t, prod_free_t])
    else:
        perm_t = join.concat(state, [free_t, axes_t], 0)
        new_shape_t = join.stack(state, [prod_free_t, prod_axes_t])
    return shape_ops.reshape(state, shape_ops.transpose(state, a, perm_t), new_shape_t), free_g, free_dims


def _prod(values: Any) -> int:
    out = 1
    for v in values:
        out *= int(v)
    return out


@tf_export("tensordot", "linalg.tensordot")
def tensordot(state: TFState, a: Any, b: Any, axes: Any, name: Any = None) -> Tensor:
    """math_ops.tensordot."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m

    with name_scope(state, name, "Tensordot", [a, b, axes]) as scope:
        a = convert_to_tensor(state, a, name="a")
        b = convert_to_tensor(state, b, name="b")
        a_axes, b_axes = _tensordot_axes(a, axes)
        a_mat, a_free, a_static = _tensordot_reshape(state, a, a_axes)
        b_mat, b_free, b_static = _tensordot_reshape(state, b, b_axes, True)
        product = m.matmul(state, a_mat, b_mat)
        if isinstance(a_free, list) and isinstance(b_free, list):
            if product._shape.is_fully_defined() and list(product._shape.dims_ or ()) == a_free + b_free:
                return product
            return shape_ops.reshape(state, product, a_free + b_free, name=scope)
        a_free = convert_to_tensor(state, a_free, dtypes.int32)
        b_free = convert_to_tensor(state, b_free, dtypes.int32)
        result = shape_ops.reshape(state, product, join.concat(state, [a_free, b_free], 0), name=scope)
        result._shape = result._shape.merge_with(TensorShape.known((*a_static, *b_static)))
        return result


# -- einsum ---------------------------------------------------------------------------------------


def _resolve(equation: str, count: int) -> str:
    """_einsum_v2_parse_and_resolve_equation without ellipses: the explicit equation."""
    equation = equation.replace(" ", "")
    match = re.match(r"^([a-zA-Z,.]+)(->[a-zA-Z.]*)?$", equation)
    if not match:
        raise tf_value_error(f"Indices have incorrect format. Received: {equation}.")
    inputs = match.group(1).split(",")
    if count != len(inputs):
        raise tf_value_error(f'Got {count} inputs for equation "{equation}", expecting {len(inputs)}.')
    if "." in equation:
        raise InputError("tf.einsum with an ellipsis is not supported by scopecli yet")
    out = match.group(2)[2:] if match.group(2) else None
    for label in out or "":
        if label not in match.group(1):
            raise tf_value_error(
                f"Output subscripts contain the label {label} not present in the input subscripts."
            )
    if out is None:
        joined = "".join(inputs)
        out = "".join(sorted(label for label in set(joined) if joined.count(label) == 1))
    return ",".join(inputs) + "->" + out


@shape_fn("Einsum")
def _einsum_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """EinsumShape (without ellipses): each output label's dimension, merged over the inputs."""
    equation = attrs["equation"]
    left, out = equation.split("->")
    sizes: dict[str, int | None] = {}
    for index, (labels, tensor) in enumerate(zip(left.split(","), inputs, strict=True)):
        dims = tensor._shape.dims_
        if dims is None:
            continue
        if len(dims) != len(labels):
            message = f"Shape must be rank {len(labels)} but is rank {len(dims)}"
            context = f"\n\t for {index}th input and equation: {equation}"
            raise shape_error(message + context, node, "Einsum", attrs, inputs)
        for label, dim in zip(labels, dims, strict=True):
            have = sizes.get(label)
            if have is not None and dim is not None and have != dim:
                message = f"Dimensions must be equal, but are {have} and {dim}"
                raise shape_error(message, node, "Einsum", attrs, inputs)
            if have is None:
                sizes[label] = dim
    if any(t._shape.dims_ is None for t in inputs) and any(label not in sizes for label in out):
        return [TensorShape(None)]
    return [TensorShape.known(tuple(sizes.get(label) for label in out))]


@tf_export("einsum", "linalg.einsum")
def einsum(state: TFState, equation: str, *inputs: Any, name: Any = None, optimize: str = "greedy") -> Tensor:
    """special_math_ops._einsum_v2 for one or two operands: one Einsum op in an `einsum` scope."""
    with name_scope(state, name, "einsum", [equation, list(inputs)]):
        for operand in inputs:
            if not isinstance(operand, Tensor) and not hasattr(operand, "to_tensor"):
                raise tf_type_error(f"'{type(operand).__name__}' object has no attribute 'shape'")
        resolved = _resolve(equation, len(inputs))
        if len(inputs) > 2:
            raise InputError("tf.einsum of more than two operands is not supported by scopecli yet")
        return gen.op("Einsum")(state, list(inputs), equation=resolved)
