"""math_ops' arithmetic: the binary element-wise wrappers (add ... pow, truediv/divide,
floordiv, comparisons), matmul, cast, and the Python operators on tensors (TF's
override_binary_operator / tensor_math_operator_overrides), with the raw `unary`/`binary` helpers
the other math wrappers build on.

Each reproduces the *Python* wrapper TF runs before its generated op, because the wrapper decides
the names: `tf.add` converts `x`/`y` inside an `Add` scope, `tf.divide` converts a Python `x` at
the *current* scope ("Const"), `x + y` opens an `add` scope around the op. Checked against TF
2.21 (`tf.compat.v1`, v2 behaviour disabled); the recorded cases in tests/ pin them.
"""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.graph import Operation, Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import ScenarioError, tf_type_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _t(op: Operation) -> Tensor:
    return op._outputs[0]


def unary(state: TFState, op_type: str, arg: str, x: Any, name: Any) -> Tensor:
    """A one-input op type through the OpDef-driven apply_op (`arg`: its input's name)."""
    return _t(apply_op(state, op_type, name, **{arg: x}))


def binary(state: TFState, op_type: str, x: Any, y: Any, name: Any) -> Tensor:
    """A broadcasting two-input op type (inputs x, y) through the OpDef-driven apply_op."""
    return _t(apply_op(state, op_type, name, x=x, y=y))


@tf_export("add", "math.add")
def add(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    with _scope(state, name, "Add", [x]) as scope:
        x = convert_to_tensor(state, x, name="x")
        y = convert_to_tensor(state, y, dtype_hint=x._dtype.base_dtype, name="y")
        return binary(state, _add_type(x), x, y, scope)


@tf_export("subtract", "math.subtract")
def subtract(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Sub", x, y, name)


@tf_export("multiply", "math.multiply")
def multiply(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Mul", x, y, name)


@tf_export("maximum", "math.maximum")
def maximum(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Maximum", x, y, name)


@tf_export("minimum", "math.minimum")
def minimum(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Minimum", x, y, name)


@tf_export("pow", "math.pow")
def pow_(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    with _scope(state, name, "Pow", [x]) as scope:
        return binary(state, "Pow", x, y, scope)


_TRUEDIV = {"int8": dtypes.float32, "int16": dtypes.float32, "uint8": dtypes.float32,
            "uint16": dtypes.float32, "int32": dtypes.float64, "int64": dtypes.float64,
            "uint32": dtypes.float64, "uint64": dtypes.float64}


# _TRUEDIV_TABLE's keys, in its order (floats map to None: no cast)
_TRUEDIV_KEYS = ("uint8", "int8", "uint16", "int16", "uint32", "int32", "uint64", "int64", "bfloat16",
                 "float16", "float32", "float64", "complex64", "complex128")


@tf_export("truediv", "math.truediv")
def truediv(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    """math_ops._truediv_python3: ints are cast to float ("truediv/Cast") before RealDiv."""
    with _scope(state, name, "truediv", [x, y]) as scope:
        x = convert_to_tensor(state, x, name="x")
        y = convert_to_tensor(state, y, dtype_hint=x._dtype.base_dtype, name="y")
        x_dtype, y_dtype = x._dtype.base_dtype, y._dtype.base_dtype
        if x_dtype is not y_dtype:
            raise tf_type_error(f"`x` and `y` must have the same dtype, got {x_dtype!r} != {y_dtype!r}.")
        if x_dtype.name not in _TRUEDIV_KEYS:
            raise tf_type_error(f"Invalid dtype {x_dtype!r} in __truediv__. Expected one of "
                                f"{{{', '.join('tf.' + k for k in _TRUEDIV_KEYS)}}}.")
        target = _TRUEDIV.get(x_dtype.name)
        if target is not None:
            x = cast(state, x, target)
            y = cast(state, y, target)
        return binary(state, "RealDiv", x, y, scope)


@tf_export("divide", "math.divide")
def divide(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    if name is not None:
        return truediv(state, x, y, name)
    if not isinstance(x, Tensor) and not _is_variable(x):
        # tensor_util.is_tf_type: a variable is one too, so its dtype is taken as well
        dtype = (y._dtype.base_dtype if isinstance(y, Tensor)
                 else y.dtype.base_dtype if _is_variable(y) else None)
        x = convert_to_tensor(state, x, dtype=dtype)
    return operator_binary(state, "truediv", truediv, x, y)


def _is_variable(value: Any) -> bool:
    from scopecli.engine.framework.graph import TensorConvertible

    return isinstance(value, TensorConvertible)


@tf_export("floordiv", "math.floordiv")
def floordiv(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    with _scope(state, name, "floordiv", [x, y]) as scope:
        return binary(state, "FloorDiv", x, y, scope)


@tf_export("mod", "floormod", "math.floormod", "math.mod")
def floormod(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "FloorMod", x, y, name)


@tf_export("truncatediv", "math.truncatediv")
def truncatediv(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "TruncateDiv", x, y, name)


@tf_export("truncatemod", "math.truncatemod")
def truncatemod(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "TruncateMod", x, y, name)


@tf_export("matmul")
def matmul(state: TFState, a: Any, b: Any, transpose_a: bool = False, transpose_b: bool = False,
           adjoint_a: bool = False, adjoint_b: bool = False, a_is_sparse: bool = False,
           b_is_sparse: bool = False, output_type: Any = None, grad_a: bool = False, grad_b: bool = False,
           name: Any = None) -> Tensor:
    with _scope(state, name, "MatMul", [a, b]) as scope:
        a = convert_to_tensor(state, a, name="a")
        b = convert_to_tensor(state, b, dtype_hint=a._dtype.base_dtype, name="b")
        transpose_a = bool(transpose_a or adjoint_a)
        transpose_b = bool(transpose_b or adjoint_b)
        if any(t._shape.dims_ is None or len(t._shape.dims_) > 2 for t in (a, b)):
            # output_may_have_non_empty_batch_shape: BatchMatMulV2, transposes become adjoints
            return _t(apply_op(state, "BatchMatMulV2", scope, x=a, y=b, adj_x=transpose_a,
                                   adj_y=transpose_b, grad_x=bool(grad_a), grad_y=bool(grad_b)))
        return _t(apply_op(state, "MatMul", scope, a=a, b=b, transpose_a=transpose_a,
                               transpose_b=transpose_b, grad_a=bool(grad_a), grad_b=bool(grad_b)))


@tf_export("cast")
def cast(state: TFState, x: Any, dtype: Any, name: Any = None) -> Any:
    base = dtypes.as_dtype(dtype).base_dtype
    if isinstance(x, Tensor) and x._dtype is base:
        # math_ops.cast returns a tensor already of that dtype before opening its "Cast" scope.
        return x
    if isinstance(x, TensorConvertible) and x.__class__.__name__ != "Variable" and \
            getattr(getattr(x, "variable_op", None), "_type", None) == "VarHandleOp" and x.dtype is base:
        return x  # a resource variable too: returned unread (its users read it)
    with _scope(state, name, "Cast", [x]) as scope:
        if x.__class__.__name__ == "SparseTensor":  # its values cast, its indices and shape kept
            return type(x)(state, x._indices, cast(state, x._values, base, name=scope), x._dense_shape)
        x = convert_to_tensor(state, x, name="x")
        if x._dtype.base_dtype is base:
            return x
        return _t(apply_op(state, "Cast", scope, x=x, DstT=base))


@tf_export("to_float")
def to_float(state: TFState, x: Any, name: str = "ToFloat") -> Any:
    return cast(state, x, dtypes.float32, name)


@tf_export("to_int32")
def to_int32(state: TFState, x: Any, name: str = "ToInt32") -> Any:
    return cast(state, x, dtypes.int32, name)


def operator_binary(state: TFState, op_name: str, func: Any, x: Any, y: Any) -> Tensor:
    """Tensor.__add__ and friends: a scope named after the operator, then the op function.

    override_binary_operator's binary_op_wrapper: when that fails with a TypeError/ValueError and
    `y` is a tensor or variable, y.__r<op>__(x) is tried inside the scope (its ops stay, as
    "truediv/truediv/Cast"), and the first error is raised if that fails too.
    """
    with _scope(state, None, op_name, [x, y]) as scope:
        try:
            return func(state, x, y, name=scope)
        except ScenarioError as error:
            if error.type_name not in ("TypeError", "ValueError") or not (
                    isinstance(y, Tensor) or _is_variable(y)):
                raise
            try:
                return operator_reflected(state, op_name, func, y, x)
            except ScenarioError as retry:
                if retry.type_name not in ("TypeError", "ValueError"):
                    raise
            raise


def operator_reflected(state: TFState, op_name: str, func: Any, y: Any, x: Any) -> Tensor:
    """Tensor.__radd__ and friends: the Python operand is converted to the tensor's dtype as "x"."""
    with _scope(state, None, op_name, [x, y]) as scope:
        y_t = convert_to_tensor(state, y)
        x = convert_to_tensor(state, x, dtype=y_t._dtype.base_dtype, name="x")
        return func(state, x, y_t, name=scope)


def add_dispatch(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    """math_ops._add_dispatch, the `+` operator's function."""
    x = convert_to_tensor(state, x)
    if not isinstance(y, Tensor):
        y = convert_to_tensor(state, y, dtype_hint=x._dtype.base_dtype, name="y")
    return binary(state, _add_type(x), x, y, name)


def _add_type(x: Tensor) -> str:
    """Strings are added by the older Add op (math_ops.add / _add_dispatch), all else by AddV2."""
    return "Add" if x._dtype.base_dtype.name == "string" else "AddV2"


def _gen_cast(state: TFState, x: Any, base: DType) -> Tensor:
    """gen_math_ops.cast: always a Cast op (even to the same dtype), in a "Cast" scope."""
    return _t(apply_op(state, "Cast", None, x=x, DstT=base))


def mul_dispatch(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    """The `*` operator (tensor_math_operator_overrides._mul_dispatch_factory): with a bool tensor
    operand both sides are cast to int32, multiplied, and the product cast back to bool."""
    x_bool = (isinstance(x, Tensor) or _is_variable(x)) and x.dtype.base_dtype is dtypes.bool_
    if x_bool or (isinstance(y, Tensor) and y._dtype.base_dtype is dtypes.bool_):
        product = multiply(state, _gen_cast(state, x, dtypes.int32), _gen_cast(state, y, dtypes.int32), name)
        return _gen_cast(state, product, dtypes.bool_)
    return multiply(state, x, y, name)


def matmul_operator(state: TFState, a: Any, b: Any, name: Any = None) -> Tensor:
    return matmul(state, a, b, name=name)


@tf_export("less", "math.less")
def less(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Less", x, y, name)


@tf_export("less_equal", "math.less_equal")
def less_equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "LessEqual", x, y, name)


@tf_export("greater", "math.greater")
def greater(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Greater", x, y, name)


@tf_export("greater_equal", "math.greater_equal")
def greater_equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "GreaterEqual", x, y, name)


@tf_export("equal", "math.equal")
def equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Equal", x, y, name)


@tf_export("not_equal", "math.not_equal")
def not_equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "NotEqual", x, y, name)
