"""Tensor manipulation wrappers of TF's array_ops / math_ops / gen_array_ops: tf.reverse (ReverseV2),
tf.gather_nd, tf.cumsum / tf.cumprod, tf.shape_n, tf.broadcast_to, tf.matrix_transpose, with the
shape functions of the op types they build, errors as TF words them.
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
from scopecli.engine.ops.array_ops import _known
from scopecli.engine.ops.tensor_util import constant_value_as_shape
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@shape_fn("ReverseV2")
def _reverse_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    axes_rank = inputs[1]._shape.ndims
    if axes_rank is not None and axes_rank != 1:
        raise shape_error(f"Shape must be rank 1 but is rank {axes_rank}", node, "ReverseV2", attrs, inputs)
    dims, value = inputs[0]._shape.dims_, const_value(inputs[1])
    if dims is not None and value is not None:
        rank, seen = len(dims), set()
        for i, a in enumerate(int(v) for v in value.reshape(-1)):
            if not -rank <= a < rank:
                raise shape_error(
                    f"'axis'[{i}] = {a} is out of valid range [0, {rank - 1}",
                    node,
                    "ReverseV2",
                    attrs,
                    inputs,
                    computed({1: value}),
                )
            if a % rank in seen:
                raise shape_error(
                    f"axis {a % rank} specified more than once.",
                    node,
                    "ReverseV2",
                    attrs,
                    inputs,
                    computed({1: value}),
                )
            seen.add(a % rank)
    return [inputs[0]._shape]


@shape_fn("GatherNd")
def _gather_nd_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    params, indices = inputs[0]._shape.dims_, inputs[1]._shape.dims_
    if indices is not None and not indices:
        raise shape_error("Shape must be at least rank 1 but is rank 0", node, "GatherNd", attrs, inputs)
    if params is not None and not params:
        raise shape_error("Shape must be at least rank 1 but is rank 0", node, "GatherNd", attrs, inputs)
    if indices is None or indices[-1] is None or params is None:
        return [TensorShape(None)]
    depth = indices[-1]
    if depth > len(params):
        raise shape_error(
            f"indices.shape[-1] must be <= params.rank, but saw indices shape: "
            f"[{','.join('?' if d is None else str(d) for d in indices)}] and params shape: "
            f"[{','.join('?' if d is None else str(d) for d in params)}]",
            node,
            "GatherNd",
            attrs,
            inputs,
        )
    return [_known([*indices[:-1], *params[depth:]])]


def _cumulative_shape(op_type: str) -> Any:
    """Cumsum/Cumprod: UnchangedShape (TF checks the axis only when the kernel runs)."""
    return lambda node, inputs, attrs: [inputs[0]._shape]


register_shape("Cumsum", _cumulative_shape("Cumsum"))
register_shape("Cumprod", _cumulative_shape("Cumprod"))
register_shape("ShapeN", lambda node, inputs, attrs: [_known([t._shape.ndims]) for t in inputs])


@shape_fn("BroadcastTo")
def _broadcast_to_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    target = constant_value_as_shape(inputs[1])
    dims = inputs[0]._shape.dims_
    if target.dims_ is None or dims is None:
        return [target]
    if len(dims) > len(target.dims_):
        raise shape_error(
            f"Shape must be at most rank {len(target.dims_)} but is rank {len(dims)}",
            node,
            "BroadcastTo",
            attrs,
            inputs,
        )
    for d, t in zip(reversed(dims), reversed(target.dims_), strict=False):
        if d is not None and t is not None and d != 1 and d != t:
            partial = ",".join("?" if v is None else str(v) for v in target.dims_)
            raise shape_error(
                f"Dimensions must be equal, but are {d} and {t}",
                node,
                "BroadcastTo",
                attrs,
                inputs,
                f" and with input tensors computed as partial shapes: input[1] = [{partial}]",
            )
    return [target]


@tf_export("reverse", "reverse_v2", "manip.reverse")
def reverse(state: TFState, tensor: Any, axis: Any, name: Any = None) -> Tensor:
    """gen_array_ops.reverse_v2."""
    return output(apply_op(state, "ReverseV2", name, tensor=tensor, axis=axis))


@tf_export("gather_nd", "manip.gather_nd")
def gather_nd(state: TFState, params: Any, indices: Any, name: Any = None, batch_dims: int = 0) -> Tensor:
    """array_ops.gather_nd without batch dims: gen_array_ops.gather_nd."""
    if batch_dims:
        from scopecli.errors import InputError

        raise InputError("tf.gather_nd with batch_dims is not supported by scopecli yet")
    return output(apply_op(state, "GatherNd", name, params=params, indices=indices))


def _cumulative(op_type: str, default: str) -> Any:
    def fn(
        state: TFState,
        x: Any,
        axis: Any = 0,
        exclusive: bool = False,
        reverse: bool = False,
        name: Any = None,
    ) -> Tensor:
        with name_scope(state, name, default, [x]) as scope:
            x = convert_to_tensor(state, x, name="x")
            return output(
                apply_op(state, op_type, scope, x=x, axis=axis, exclusive=exclusive, reverse=reverse)
            )

    fn.__name__ = default.lower()
    fn.__doc__ = f"math_ops.{default.lower()}: gen_math_ops.{default.lower()} in a `{default}` scope."
    return fn


cumsum = tf_export("cumsum", "math.cumsum")(_cumulative("Cumsum", "Cumsum"))
cumprod = tf_export("cumprod", "math.cumprod")(_cumulative("Cumprod", "Cumprod"))


@tf_export("shape_n")
def shape_n(state: TFState, input: Any, out_type: Any = dtypes.int32, name: Any = None) -> list[Tensor]:  # noqa: A002
    """gen_array_ops.shape_n: one ShapeN op, a shape per input."""
    return list(gen.op("ShapeN")(state, list(input), out_type=out_type, name=name))


@tf_export("broadcast_to")
def broadcast_to(state: TFState, input: Any, shape: Any, name: Any = None) -> Tensor:  # noqa: A002
    """gen_array_ops.broadcast_to."""
    return output(apply_op(state, "BroadcastTo", name, input=input, shape=shape))


@tf_export("matrix_transpose", "linalg.matrix_transpose", "linalg.transpose")
def matrix_transpose(
    state: TFState, a: Any, name: Any = "matrix_transpose", conjugate: bool = False
) -> Tensor:
    """array_ops.matrix_transpose: the last two dimensions swapped."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    with name_scope(state, name, "matrix_transpose", [a]):
        a = convert_to_tensor(state, a, name="a")
        ndims = a._shape.ndims
        if ndims is None:
            from scopecli.errors import InputError

            raise InputError(
                "tf.matrix_transpose of a tensor of unknown rank is not supported by scopecli yet"
            )
        if ndims < 2:
            raise tf_value_error(
                f"Argument `a` should be a (batch) matrix with rank >= 2.  Received `a` = {a} with "
                f"shape: {a._shape}"
            )
        return shape_ops.transpose(state, a, perm=[*range(ndims - 2), ndims - 1, ndims - 2])
