"""Element-wise math op types and MatMul: their shape functions, and wrappers migrated so far.

The shape functions are registered by op type (registry.SHAPE_FNS); every wrapper that builds
these ops (math_arith_ops, math_unary_ops, reduction_ops, the Python operators) goes through
op_def_library.apply_op, so dtypes, attr defaults and messages come from the generated OpDefs.
"""

from __future__ import annotations

from scopecli.engine.framework.common_shapes import broadcast_shapes, merge_error
from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.op_def import computed, const_value
from scopecli.engine.ops.tensor_util import NOT_CONSTANT, _pending_ints, flat_ints, known_ints

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

# Op types whose output has the shape of their first input (UnchangedShape in TF's C++). Only
# op types with a kernel are listed (tests/test_op_registry.py checks it): Sin, Erf, Selu ... join
# when their kernels (Eigen's approximations) do.
UNARY = ("Identity", "StopGradient", "Snapshot", "Neg", "Square", "Sqrt", "Rsqrt", "Exp", "Log", "Log1p",
         "Tanh", "Sigmoid", "Abs", "Sign", "Reciprocal", "Floor", "Ceil", "Round", "Rint", "IsNan", "IsInf",
         "IsFinite", "LogicalNot", "Relu", "Relu6", "Elu", "Softplus", "Softsign", "LeakyRelu")
# Binary op types whose inputs broadcast (BroadcastBinaryOpShapeFn).
BINARY = ("Add", "AddV2", "Sub", "Mul", "RealDiv", "FloorDiv", "FloorMod", "TruncateMod", "TruncateDiv",
          "DivNoNan",
          "MulNoNan", "Pow", "Maximum", "Minimum", "SquaredDifference", "Less", "LessEqual", "Greater",
          "GreaterEqual", "Equal", "NotEqual", "LogicalAnd", "LogicalOr")


def unchanged(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [inputs[0]._shape]


def _broadcasting(op_type: str) -> Any:
    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        shape = broadcast_shapes(inputs[0]._shape, inputs[1]._shape)
        if isinstance(shape, tuple):
            raise shape_error(f"Dimensions must be equal, but are {shape[0]} and {shape[1]}", name, op_type,
                              attrs, inputs)
        return [shape]

    return infer


for _op_type in UNARY:
    register_shape(_op_type, unchanged)
for _op_type in BINARY:
    register_shape(_op_type, _broadcasting(_op_type))


def _matmul_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    transpose_a, transpose_b = attrs["transpose_a"], attrs["transpose_b"]
    a, b = inputs[0]._shape.dims_, inputs[1]._shape.dims_
    for dims in (a, b):
        if dims is not None and len(dims) != 2:
            raise shape_error(f"Shape must be rank 2 but is rank {len(dims)}", name, "MatMul", attrs, inputs)
    rows = None if a is None else a[1 if transpose_a else 0]
    cols = None if b is None else b[0 if transpose_b else 1]
    if a is not None and b is not None:
        inner_a, inner_b = a[0 if transpose_a else 1], b[1 if transpose_b else 0]
        if inner_a is not None and inner_b is not None and inner_a != inner_b:
            raise shape_error(f"Dimensions must be equal, but are {inner_a} and {inner_b}", name, "MatMul",
                              attrs, inputs)
    return [TensorShape.known((rows, cols))]


def _batch_matmul_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """BatchMatMulV2Shape: both ranks at least 2, the inner dims merged, the batch dims broadcast;
    an unknown rank gives an unknown shape."""
    adj_x, adj_y = attrs["adj_x"], attrs["adj_y"]
    a, b = inputs[0]._shape.dims_, inputs[1]._shape.dims_
    for dims in (a, b):
        if dims is not None and len(dims) < 2:
            raise shape_error(f"Shape must be at least rank 2 but is rank {len(dims)}", name, "BatchMatMulV2",
                              attrs, inputs)
    if a is None or b is None:
        return [TensorShape(None)]
    inner_a, inner_b = a[-2 if adj_x else -1], b[-1 if adj_y else -2]
    if inner_a is not None and inner_b is not None and inner_a != inner_b:
        raise shape_error(f"Dimensions must be equal, but are {inner_a} and {inner_b}", name, "BatchMatMulV2",
                          attrs, inputs)
    batch = broadcast_shapes(TensorShape.known(a[:-2]), TensorShape.known(b[:-2]))
    if isinstance(batch, tuple):
        raise shape_error(f"Dimensions must be equal, but are {batch[0]} and {batch[1]}", name,
                          "BatchMatMulV2", attrs, inputs)
    rows, cols = a[-1 if adj_x else -2], b[-2 if adj_y else -1]
    return [TensorShape.known((*(batch.dims_ or ()), rows, cols))]


register_shape("MatMul", _matmul_shape)
register_shape("Cast", unchanged)
register_shape("BatchMatMulV2", _batch_matmul_shape)


def _reduction_shape(op_type: str) -> Any:
    """ReductionShape: the reduced axes come from the constant value of `reduction_indices`
    (unknown when it is not a constant TF's shape refiner can evaluate)."""

    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        shape, keep_dims = inputs[0]._shape, attrs["keep_dims"]
        # A Const of a Python int list is read without building its array (no numpy import).
        axes = _pending_ints(inputs[1]._op)
        if axes is None:
            axes = flat_ints(inputs[1])
        if shape.dims_ is None or axes is None:
            if keep_dims and shape.dims_ is not None:  # the rank is kept even when the axes are not known
                return [TensorShape.known((None,) * len(shape.dims_))]
            return [TensorShape(None)]
        rank = len(shape.dims_)
        normal: set[int] = set()
        for axis in axes:
            if not -rank <= axis < rank:
                raise shape_error(f"Invalid reduction dimension {axis} for input with {rank} dimensions.",
                                  name, op_type, attrs, inputs, computed({1: const_value(inputs[1])}))
            normal.add(axis % rank)
        if keep_dims:
            return [TensorShape.known(tuple(1 if i in normal else d for i, d in enumerate(shape.dims_)))]
        return [TensorShape.known(tuple(d for i, d in enumerate(shape.dims_) if i not in normal))]

    return infer


for _op_type in ("Sum", "Mean", "Max", "Min", "Prod"):
    register_shape(_op_type, _reduction_shape(_op_type))


def _arg_shape(op_type: str) -> Any:
    """ArgOpShape: the input's shape without the dimension `dimension` (a constant)."""

    def infer(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
        dims = inputs[0]._shape.dims_
        if dims is None:
            return [TensorShape(None)]
        if len(dims) <= 1:
            return [TensorShape.known(())]
        known = known_ints(inputs[1])
        if known.__class__ is int and -len(dims) <= known < len(dims):  # type: ignore[operator]
            at = known + len(dims) if known < 0 else known  # type: ignore[operator] # no numpy needed
            return [TensorShape.known((*dims[:at], *dims[at + 1:]))]
        value = None if known is NOT_CONSTANT else const_value(inputs[1])
        if value is None:
            return [TensorShape.known((None,) * (len(dims) - 1))]
        at, rank = int(value.reshape(-1)[0]), len(dims)
        if at < -rank or at >= rank:
            raise shape_error(f"Dimension ({at}) must be in the range [{-rank}, {rank}), where {rank} is the "
                              "number of dimensions in the input.", name, op_type, attrs, inputs,
                              computed({1: value}))
        at = at + rank if at < 0 else at
        return [TensorShape.known((*dims[:at], *dims[at + 1:]))]

    return infer


@shape_fn("AddN")
def _add_n_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """AddN: every input's shape merged into one."""
    merged = inputs[0]._shape
    for i, t in enumerate(inputs[1:]):
        if not merged.is_compatible_with(t._shape):
            message = merge_error(merged, t._shape) + f"\n\tFrom merging shape {i} with other shapes."
            raise shape_error(message, name, "AddN", attrs, inputs)
        merged = merged.merge_with(t._shape)
    return [merged]


register_shape("ArgMax", _arg_shape("ArgMax"))
register_shape("ArgMin", _arg_shape("ArgMin"))


@shape_fn("Placeholder")
def _placeholder_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    shape = attrs["shape"]
    return [shape if isinstance(shape, TensorShape) else TensorShape(None)]


@shape_fn("Shape")
def _shape_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    return [TensorShape.known((inputs[0]._shape.ndims,))]


register_shape("NoOp", lambda name, inputs, attrs: [])


# -- wrappers declared here -------------------------------------------------------------------------

@tf_export("math.reciprocal", "reciprocal")
def reciprocal(state: TFState, x: Any, name: Any = None) -> Tensor:
    """gen_math_ops.reciprocal."""
    return output(apply_op(state, "Reciprocal", name, x=x))


@tf_export("realdiv")
def realdiv(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    """gen_math_ops.real_div."""
    return output(apply_op(state, "RealDiv", name, x=x, y=y))


@tf_export("stop_gradient")
def stop_gradient(state: TFState, input: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    """array_ops.stop_gradient: gen_array_ops.stop_gradient."""
    return output(apply_op(state, "StopGradient", name, input=input))

