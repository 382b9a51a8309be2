"""The gradients of math ops, as TF's math_grad.py builds them (the same wrappers, so the same
names: `Shape`, `Sum/reduction_indices`, `Reshape`, `mul`, `MatMul_1` ...).

Each function is `fn(state, op, grad) -> [grad per input | None]`; reductions and broadcasting
take TF's static paths when shapes are known (Const shapes and axes computed in Python)."""

from __future__ import annotations

from scopecli.engine import gen
from scopecli.engine.backprop_util import control_dependencies
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.registry import gradient, not_differentiable
from scopecli.engine.ops import array_fill_ops as fill_ops
from scopecli.engine.ops import array_join_ops as join
from scopecli.engine.ops import array_shape_ops as shape_ops
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops import math_ops as om
from scopecli.engine.ops import math_unary_ops as mu
from scopecli.engine.ops import reduction_ops as red
from scopecli.engine.ops.tensor_util import NOT_CONSTANT, known_ints
from scopecli.engine.ops_core import constant
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    import numpy as np

    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

# TF declares these; IsFinite/IsInf/IsNan/TruncateMod have no entry at all (LookupError).
not_differentiable("Less", "LessEqual", "Greater", "GreaterEqual", "Equal", "ApproximateEqual", "NotEqual",
                   "LogicalAnd", "LogicalOr", "LogicalNot", "Range", "LinSpace")


def shape_tuple(t: Tensor) -> tuple[int | None, ...] | None:
    """Tensor._shape_tuple: None for an unknown rank."""
    dims = t._shape.dims_
    return None if dims is None else tuple(dims)


def constant_value(t: Tensor) -> np.ndarray | None:
    """tensor_util.constant_value for the cases gradients meet: a Const, a known Shape, Size or
    Rank, a Range of known bounds, an Identity/StopGradient/Cast of a known value."""
    import numpy as np  # numpy only when a value is read as an array (`constant_ints` reads without)

    op_type = t._op._type
    if op_type == "Const":
        return np.asarray(t._op.attrs["value"])
    source = t._op._inputs[0] if t._op._inputs else None
    if op_type == "Shape" and source is not None and source._shape.is_fully_defined():
        return np.array(source._shape.dims_, dtype=t._dtype.as_numpy_dtype)
    if op_type == "Size" and source is not None and source._shape.is_fully_defined():
        return np.array(int(np.prod(source._shape.dims_, dtype=np.int64)), dtype=t._dtype.as_numpy_dtype)
    if op_type == "Rank" and source is not None and source._shape.dims_ is not None:
        return np.array(len(source._shape.dims_), dtype=np.int32)
    if op_type == "Range":
        bounds = [constant_value(i) for i in t._op._inputs]
        if any(b is None for b in bounds):
            return None
        start, limit, delta = (b.item() for b in bounds if b is not None)
        return np.arange(start, limit, delta, dtype=t._dtype.as_numpy_dtype)
    if op_type in ("Identity", "StopGradient") and source is not None:
        return constant_value(source)
    if op_type == "Cast" and source is not None:
        value = constant_value(source)
        return None if value is None else value.astype(t._dtype.as_numpy_dtype)
    return None


def constant_ints(t: Tensor) -> int | list[int] | None:
    """`constant_value(t)` of an integer tensor as Python ints (an int for a scalar, a flat list
    otherwise), read without numpy when tensor_util.known_ints knows it."""
    known = known_ints(t, shapes=True)
    if known is NOT_CONSTANT:
        return None
    if known is not None:
        return known  # type: ignore[no-any-return]
    value = constant_value(t)
    if value is None:
        return None
    return int(value) if value.ndim == 0 else [int(v) for v in value.reshape(-1)]


def reduced_shape(input_shape: tuple[int, ...], axes: int | list[int]) -> list[int]:
    """math_ops.reduced_shape with both known: the input shape with the axes set to 1."""
    shape = list(input_shape)
    for axis in [axes] if axes.__class__ is int else axes:  # type: ignore[union-attr]
        shape[axis] = 1
    return shape


def _unsupported(op: Operation, why: str) -> InputError:
    return InputError(f"the gradient of {op._type} '{op._name}' {why} is not supported by scopecli yet")


# -- broadcasting (SmartBroadcastGradientArgs) --------------------------------------------------


def _inferred_axes(x: Tensor, y: Tensor) -> tuple[list[int] | None, list[int] | None]:
    """_InferGradientReductionAxes."""
    xs, ys = shape_tuple(x), shape_tuple(y)
    if xs is None or ys is None:
        return None, None
    rank = max(len(xs), len(ys))
    x_axes: list[int] = []
    y_axes: list[int] = []
    for axis in range(rank):
        x_dim = 1 if axis < rank - len(xs) else xs[axis - (rank - len(xs))]
        y_dim = 1 if axis < rank - len(ys) else ys[axis - (rank - len(ys))]
        if x_dim == 1 and y_dim != 1:
            x_axes.append(axis)
        elif y_dim == 1 and x_dim != 1:
            y_axes.append(axis)
        elif x_dim is None or y_dim is None:
            return None, None
    return x_axes, y_axes


def smart_broadcast_gradient_args(state: TFState, x: Tensor, y: Tensor) -> tuple[Any, Any]:
    x_shape = shape_ops.shape(state, x)
    y_shape = shape_ops.shape(state, y)
    x_axes, y_axes = _inferred_axes(x, y)
    if x_axes is None or y_axes is None:
        x_axes, y_axes = gen.op("BroadcastGradientArgs")(state, x_shape, y_shape)
        return (x_shape, x_axes, True), (y_shape, y_axes, True)
    x_must = bool(x_axes) or len(shape_tuple(x) or ()) < len(shape_tuple(y) or ())
    y_must = bool(y_axes) or len(shape_tuple(y) or ()) < len(shape_tuple(x) or ())
    return (x_shape, x_axes, x_must), (y_shape, y_axes, y_must)


def _reduce_arg(state: TFState, grad: Any, shape_axes_must: Any) -> Any:
    shape, axes, must = shape_axes_must
    if grad is not None and must:
        grad = red.reduce_sum(state, grad, axes, keepdims=True)
        grad = shape_ops.reshape(state, grad, shape)
    return grad


def reduce_gradient_args(state: TFState, x: Tensor, y: Tensor, gx: Any, gy: Any) -> tuple[Any, Any]:
    """_ReduceGradientArgs."""
    if gx is not None or gy is not None:
        bx, by = smart_broadcast_gradient_args(state, x, y)
        gx = _reduce_arg(state, gx, bx)
        gy = _reduce_arg(state, gy, by)
    return gx, gy


def _same_full_shapes(x: Tensor, y: Tensor, grad: Tensor) -> bool:
    """_ShapesFullySpecifiedAndEqual."""
    xs = shape_tuple(x)
    return xs == shape_tuple(y) and xs == shape_tuple(grad) and xs is not None and None not in xs


# -- element-wise binary ops -----------------------------------------------------------------------


@gradient("AddV2")
@gradient("Add")
def _add_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x, y = op._inputs
    if _same_full_shapes(x, y, grad):
        return grad, grad
    return reduce_gradient_args(state, x, y, grad, grad)


@gradient("Sub")
def _sub_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x, y = op._inputs
    if _same_full_shapes(x, y, grad):
        return grad, -grad
    return reduce_gradient_args(state, x, y, grad, -grad)


@gradient("Mul")
def _mul_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x, y = op._inputs
    mul = gen.op("Mul")
    if _same_full_shapes(x, y, grad) and grad._dtype.base_dtype in (dtypes.int32, dtypes.float32):
        return mul(state, grad, y), mul(state, grad, x)
    return reduce_gradient_args(state, x, y, mul(state, grad, y), mul(state, x, grad))


@gradient("RealDiv")
def _real_div_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x, y = op._inputs
    gx = om.realdiv(state, grad, y)
    gy = grad * om.realdiv(state, om.realdiv(state, -x, y), y)
    return reduce_gradient_args(state, x, y, gx, gy)


@gradient("Div")
def _div_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x, y = op._inputs
    gx = m.divide(state, grad, y)
    gy = grad * m.divide(state, m.divide(state, -x, y), y)
    return reduce_gradient_args(state, x, y, gx, gy)


@gradient("Pow")
def _pow_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_fill_ops import ones_like, zeros_like

    x, y = op._inputs
    gx = grad * y * m.pow_(state, x, y - 1)
    mask = x > 0
    safe_x = join.where(state, mask, x, ones_like(state, x))
    log_x = join.where(state, mask, mu.log(state, safe_x), zeros_like(state, x))
    gy = grad * op._outputs[0] * log_x
    return reduce_gradient_args(state, x, y, gx, gy)


def _maximum_minimum_grad(selector: Any) -> Any:
    def grad_fn(state: TFState, op: Operation, grad: Tensor) -> Any:
        from scopecli.engine.ops.array_fill_ops import zeros_like

        x, y = op._inputs
        zeros = zeros_like(state, grad)
        xmask = selector(state, x, y)
        gx = where_v2(state, xmask, grad, zeros)
        gy = where_v2(state, xmask, zeros, grad)
        return reduce_gradient_args(state, x, y, gx, gy)

    return grad_fn


def where_v2(state: TFState, condition: Any, x: Any, y: Any, name: Any = None) -> Tensor:
    """array_ops.where_v2: gen_math_ops.select_v2."""
    return gen.op("SelectV2")(state, condition, x, y, name=name)


gradient("Maximum")(_maximum_minimum_grad(m.greater_equal))
gradient("Minimum")(_maximum_minimum_grad(m.less_equal))


@gradient("SquaredDifference")
def _squared_difference_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x, y = op._inputs
    with control_dependencies(state, [grad]):
        x_grad = _scalar_mul(state, 2.0, grad) * (x - y)
    if _same_full_shapes(x, y, grad):
        return x_grad, -x_grad
    return reduce_gradient_args(state, x, y, x_grad, -x_grad)


def _scalar_mul(state: TFState, scalar: float, x: Tensor) -> Tensor:
    """math_ops.scalar_mul: `scalar` converted to x's dtype (a Const), then Mul in `Mul`."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops_core import convert_to_tensor

    c = convert_to_tensor(state, scalar, dtype=x._dtype.base_dtype, name="scalar")
    with name_scope(state, None, "Mul", [x]) as scope:
        return m.multiply(state, c, x, name=scope)


# -- element-wise unary ops -------------------------------------------------------------------------


@gradient("Neg")
def _neg_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return -grad


@gradient("Reciprocal")
def _reciprocal_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("ReciprocalGrad")(state, op._outputs[0], grad)


@gradient("Square")
def _square_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x = op._inputs[0]
    with control_dependencies(state, [grad]):
        y = constant(state, 2.0, dtype=x._dtype)
        return m.multiply(state, grad, m.multiply(state, x, y))


@gradient("Sqrt")
def _sqrt_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("SqrtGrad")(state, op._outputs[0], grad)


@gradient("Rsqrt")
def _rsqrt_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return gen.op("RsqrtGrad")(state, op._outputs[0], grad)


@gradient("Exp")
def _exp_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        return grad * op._outputs[0]


@gradient("Log")
def _log_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        return grad * om.reciprocal(state, op._inputs[0])


@gradient("Log1p")
def _log1p_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        return grad * om.reciprocal(state, 1 + op._inputs[0])


@gradient("Tanh")
def _tanh_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        return gen.op("TanhGrad")(state, op._outputs[0], grad)


@gradient("Sigmoid")
def _sigmoid_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    with control_dependencies(state, [grad]):
        return gen.op("SigmoidGrad")(state, op._outputs[0], grad)


@gradient("Sign")
def _sign_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_fill_ops import zeros_like

    return zeros_like(state, op._inputs[0])


@gradient("Abs")
def _abs_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return grad * mu.sign(state, op._inputs[0])


@gradient("AddN")
def _add_n_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    return [grad] * len(op._inputs)


@gradient("Floor")
@gradient("Round")
@gradient("Ceil")
@gradient("Rint")
@gradient("ArgMax")
@gradient("ArgMin")
@gradient("FloorDiv")
@gradient("TruncateDiv")
def _no_grad(state: TFState, op: Operation, *grads: Any) -> Any:
    """Registered functions that return None for every input (unlike not_differentiable, which
    TF's ops would also accept, these are functions in math_grad.py)."""
    return [None] * len(op._inputs)


@gradient("FloorMod")
def _floor_mod_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    x, y = op._inputs
    floor_xy = gen.op("FloorDiv")(state, x, y)
    return reduce_gradient_args(state, x, y, grad, grad * mu.negative(state, floor_xy))


@gradient("Select")
def _select_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    from scopecli.engine.ops.array_fill_ops import zeros_like

    c, x = op._inputs[0], op._inputs[1]
    zeros = zeros_like(state, x)
    return None, join.where(state, c, grad, zeros), join.where(state, c, zeros, grad)


@gradient("SelectV2")
def _select_v2_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    c, x, y = op._inputs
    z = op._outputs[0]
    zeros = fill_ops.zeros(state, [], dtype=grad._dtype.base_dtype)
    gx = where_v2(state, c, grad, zeros)
    gy = where_v2(state, c, zeros, grad)
    gx, _ = reduce_gradient_args(state, x, z, gx, None)
    gy, _ = reduce_gradient_args(state, y, z, gy, None)
    return None, gx, gy


@gradient("Cast")
def _cast_grad(state: TFState, op: Operation, grad: Tensor) -> Any:
    floats = ("float16", "float32", "float64", "bfloat16", "complex64", "complex128")
    src = op._inputs[0]._dtype.base_dtype
    if src.name in floats and grad._dtype.base_dtype.name in floats:
        return m.cast(state, grad, src)
    return None
