"""The `tf.*` op functions (math_ops, array_ops, nn_ops, random_ops) with TF's naming.

Each function reproduces the *Python* wrapper TF runs before its generated op, because the
wrapper decides the names: `tf.add` converts `x`/`y` inside an `Add` scope, `tf.divide` converts
a Python `x` at the *current* scope ("Const"), `tf.reduce_sum` makes its axes Const before opening
`Sum`, `tf.zeros` is one Const up to 1000 elements and a Fill above. Each was checked against
TF 2.21 (`tf.compat.v1`, v2 behaviour disabled); the recorded cases in tests/ pin them.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from scopecli.engine import shape_fns as sf
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.dtypes import DType
from scopecli.engine.framework.graph import Operation, Tensor, TensorConvertible
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op as new_apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape, as_shape
from scopecli.engine.ops.tensor_util import _pending_ints, constant_ints, constant_value_as_shape
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import InputError, ScenarioError, tf_type_error, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


def _t(op: Operation) -> Tensor:
    return op._outputs[0]


# -- generated ops called directly ----------------------------------------------------------------

def unary(state: TFState, op_type: str, arg: str, x: Any, name: Any) -> Tensor:
    """A one-input op type through the OpDef-driven apply_op (`arg`: its input's name)."""
    return _t(new_apply_op(state, op_type, name, **{arg: x}))


def binary(state: TFState, op_type: str, x: Any, y: Any, name: Any) -> Tensor:
    """A broadcasting two-input op type (inputs x, y) through the OpDef-driven apply_op."""
    return _t(new_apply_op(state, op_type, name, x=x, y=y))


def add(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    with _scope(state, name, "Add", [x]) as scope:
        x = convert_to_tensor(state, x, name="x")
        y = convert_to_tensor(state, y, dtype_hint=x._dtype.base_dtype, name="y")
        return binary(state, _add_type(x), x, y, scope)


def subtract(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Sub", x, y, name)


def multiply(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Mul", x, y, name)


def maximum(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Maximum", x, y, name)


def minimum(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Minimum", x, y, name)


def pow_(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    with _scope(state, name, "Pow", [x]) as scope:
        return binary(state, "Pow", x, y, scope)


_TRUEDIV = {"int8": dtypes.float32, "int16": dtypes.float32, "uint8": dtypes.float32,
            "uint16": dtypes.float32, "int32": dtypes.float64, "int64": dtypes.float64,
            "uint32": dtypes.float64, "uint64": dtypes.float64}
# _TRUEDIV_TABLE's keys, in its order (floats map to None: no cast)
_TRUEDIV_KEYS = ("uint8", "int8", "uint16", "int16", "uint32", "int32", "uint64", "int64", "bfloat16",
                 "float16", "float32", "float64", "complex64", "complex128")


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


def floordiv(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    with _scope(state, name, "floordiv", [x, y]) as scope:
        return binary(state, "FloorDiv", x, y, scope)


def floormod(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "FloorMod", x, y, name)


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
            return _t(new_apply_op(state, "BatchMatMulV2", scope, x=a, y=b, adj_x=transpose_a,
                                   adj_y=transpose_b, grad_x=bool(grad_a), grad_y=bool(grad_b)))
        return _t(new_apply_op(state, "MatMul", scope, a=a, b=b, transpose_a=transpose_a,
                               transpose_b=transpose_b, grad_a=bool(grad_a), grad_b=bool(grad_b)))


def negative(state: TFState, x: Any, name: Any = None) -> Tensor:
    return unary(state, "Neg", "x", x, name)


def _math_unary(op_type: str) -> Any:
    def fn(state: TFState, x: Any, name: Any = None) -> Tensor:
        return unary(state, op_type, "x", x, name)

    fn.__name__ = op_type.lower()
    return fn


square = _math_unary("Square")
sqrt = _math_unary("Sqrt")
exp = _math_unary("Exp")
log = _math_unary("Log")


def _scoped_unary(op_type: str) -> Any:
    """tanh / sigmoid / abs: a wrapper scope, then x converted inside it."""

    def fn(state: TFState, x: Any, name: Any = None) -> Tensor:
        with _scope(state, name, op_type, [x]) as scope:
            x = convert_to_tensor(state, x, name="x")
            return unary(state, op_type, "x", x, scope)

    fn.__name__ = op_type.lower()
    return fn


def round_(state: TFState, x: Any, name: Any = None) -> Tensor:
    """math_ops.round: integers come back unchanged (no op); floats round half to even."""
    x = convert_to_tensor(state, x, name="x")
    if x._dtype.base_dtype.is_integer:
        return x
    return unary(state, "Round", "x", x, name)


tanh = _math_unary("Tanh")  # gen_math_ops.tanh itself: no wrapper scope (name="" stays in the scope)
sigmoid = _scoped_unary("Sigmoid")
abs_ = _scoped_unary("Abs")


from scopecli.engine.ops.nn_ops import relu as relu  # noqa: E402 - migrated to the new path


def softmax(state: TFState, logits: Any, axis: Any = None, name: Any = None, dim: Any = None) -> Tensor:
    axis = dim if axis is None else axis
    logits = convert_to_tensor(state, logits)
    rank = logits._shape.ndims
    if axis is None or axis == -1 or (rank is not None and axis == rank - 1):
        return _t(new_apply_op(state, "Softmax", name, logits=logits))
    raise InputError("tf.nn.softmax over an axis other than the last is not supported by scopecli yet")


def identity(state: TFState, input: Any, name: Any = None) -> Tensor:  # noqa: A002 - TF's name
    return unary(state, "Identity", "input", input, name)


def cast(state: TFState, x: Any, dtype: Any, name: Any = None) -> Any:
    base = dtypes.as_dtype(dtype).base_dtype
    if isinstance(x, Tensor) and x._dtype is base:
        # math_ops.cast returns a tensor already of that dtype before opening its "Cast" scope.
        return x
    if isinstance(x, TensorConvertible) and x.__class__.__name__ != "Variable":
        from scopecli.engine.ops.resource_variable_ops import ResourceVariable

        if isinstance(x, ResourceVariable) and x.dtype is base:
            return x  # a resource variable too: returned unread (its users read it)
    with _scope(state, name, "Cast", [x]) as scope:
        x = convert_to_tensor(state, x, name="x")
        if x._dtype.base_dtype is base:
            return x
        return _t(new_apply_op(state, "Cast", scope, x=x, DstT=base))


def to_float(state: TFState, x: Any, name: str = "ToFloat") -> Any:
    return cast(state, x, dtypes.float32, name)


def to_int32(state: TFState, x: Any, name: str = "ToInt32") -> Any:
    return cast(state, x, dtypes.int32, name)


# -- reductions ----------------------------------------------------------------------------------

def _reduction(state: TFState, op_type: str, input_tensor: Any, axis: Any, keepdims: Any, name: Any,
               reduction_indices: Any, keep_dims: Any) -> Tensor:
    if axis is None:
        axis = reduction_indices
    keep = bool(keepdims if keepdims is not None else (keep_dims or False))
    if axis is None:
        import numpy as np  # the axes are a numpy array, as TF makes them

        # TF's _ReductionDims tests `if x_rank:`, so a scalar (rank 0) takes the same
        # range(0, rank(x)) path as an unknown rank or a Python value.
        if isinstance(input_tensor, Tensor) and input_tensor._shape.dims_:
            rank = len(input_tensor._shape.dims_)
            axes_tensor: Any = constant(state, np.arange(rank, dtype=np.int32))
        elif isinstance(input_tensor, Tensor) or _is_variable(input_tensor):
            input_tensor = convert_to_tensor(state, input_tensor)
            rank = input_tensor._shape.ndims
            if rank:
                axes_tensor = constant(state, np.arange(rank, dtype=np.int32))
            else:
                axes_tensor = _rank_range(state, input_tensor)
        else:
            axes_tensor = _rank_range(state, input_tensor)
        result = _t(new_apply_op(state, op_type, name, input=input_tensor, reduction_indices=axes_tensor,
                                 keep_dims=keep))
        if not keep and not result._shape.is_fully_defined():
            result._shape = TensorShape.known(())  # math_ops._may_reduce_to_scalar: all axes, no keepdims
        return result
    if isinstance(axis, (list, tuple)):
        axis = list(axis)
    return _t(new_apply_op(state, op_type, name, input=input_tensor, reduction_indices=axis, keep_dims=keep))


def _rank_range(state: TFState, value: Any) -> Tensor:
    """range(0, rank(x)): ops [Rank/Const for a Python value], Rank, range/start, range/delta,
    range. Rank is a Const when the rank is known (rank_internal's optimize=True), else a Rank op."""
    import numpy as np

    with _scope(state, None, "Rank", [value]) as scope:
        tensor = convert_to_tensor(state, value, name="Const")
        rank = tensor._shape.ndims
        if rank is None:
            rank_t = _t(new_apply_op(state, "Rank", scope, input=tensor))
        else:
            rank_t = constant(state, np.int32(rank), name=scope)
    with _scope(state, None, "range", []) as scope:
        start = convert_to_tensor(state, 0, name="start")
        delta = convert_to_tensor(state, 1, name="delta")
        return _t(new_apply_op(state, "Range", scope, start=start, limit=rank_t, delta=delta))


def reduce_sum(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Sum", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


def reduce_mean(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
                reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Mean", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


def reduce_max(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Max", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


def reduce_min(state: TFState, input_tensor: Any, axis: Any = None, keepdims: Any = None, name: Any = None,
               reduction_indices: Any = None, keep_dims: Any = None) -> Tensor:
    return _reduction(state, "Min", input_tensor, axis, keepdims, name, reduction_indices, keep_dims)


# -- array ops ----------------------------------------------------------------------------------

def _static_ints(value: Any) -> list[int] | None:
    """The integer list a shape argument holds, when it is known without running the graph."""
    if isinstance(value, (list, tuple)) and all(isinstance(v, int) and not isinstance(v, bool)
                                                 for v in value):
        return [int(v) for v in value]
    if isinstance(value, TensorShape) and value.is_fully_defined():
        return [int(d) for d in value.dims_ or ()]
    if isinstance(value, Tensor) and value._op._type == "Const":
        listed = _pending_ints(value._op) if value._dtype.base_dtype.is_integer else None
        if listed is not None:  # a flat int list not yet made an array: read without numpy
            return listed
        array = value._op.attrs["value"]
        if array.ndim == 1 and array.dtype.kind in "iu":
            return [int(v) for v in array]
    return None


def reshape(state: TFState, tensor: Any, shape: Any, name: Any = None) -> Tensor:
    target = _static_ints(shape)
    if isinstance(shape, TensorShape):
        shape = target
    return _t(new_apply_op(state, "Reshape", name, tensor=tensor, shape=shape))


def _reshape_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """ReshapeShapeFn: the target's value when it is a constant, else what is known of it."""
    return [shape for _, shape in sf.reshape(constant_ints(inputs[1]))(node, inputs)]


def concat(state: TFState, values: Any, axis: Any, name: str = "concat") -> Tensor:
    if not isinstance(values, (list, tuple)):
        values = [values]
    if len(values) == 1:
        with _scope(state, name, "concat", []) as scope:
            convert_to_tensor(state, axis, dtypes.int32, name="concat_dim")
            return identity(state, values[0], name=scope)
    return _t(new_apply_op(state, "ConcatV2", name, values=list(values), axis=axis))


def _concat_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    axis = constant_ints(inputs[-1])
    return [shape for _, shape in sf.concat(axis[0] if axis else None)(node, inputs)]


def stack(state: TFState, values: Any, axis: int = 0, name: str = "stack") -> Tensor:
    if not isinstance(values, (list, tuple)):
        values = [values]
    if axis == 0:
        # array_ops_stack.stack: first try converting the list (a Const, or an autopacked Pack
        # named `name`); on failure that name is used up and Pack below becomes "stack_1".
        try:
            return convert_to_tensor(state, list(values), name=name)
        except ScenarioError as error:
            if error.type_name not in ("TypeError", "ValueError"):
                raise
    # value_shape = convert_to_tensor(values[0], name=name): a Python first value becomes a Const
    # named `name` (uniquified) before the Pack, as in TF.
    first = convert_to_tensor(state, values[0], name=name)._shape.dims_
    if first is not None and not -(len(first) + 1) <= int(axis) < len(first) + 1:
        raise tf_value_error(f"Argument `axis` = {axis} not in range [{-len(first) - 1}, {len(first) + 1})")
    return _t(new_apply_op(state, "Pack", name, values=list(values), axis=int(axis)))


def _flat(values: Any) -> list[Any]:
    out: list[Any] = []
    stack_ = [values]
    while stack_:
        item = stack_.pop()
        if isinstance(item, (list, tuple)):
            stack_.extend(reversed(item))  # popped in the given order (tf.group keeps it)
        else:
            out.append(item)
    return out


def _filled(state: TFState, kind: str, shape: Any, dtype: Any, name: Any) -> Tensor:
    """array_ops.zeros / ones: a Const while small (< 1000 elements), else Fill."""
    dt = dtypes.as_dtype(dtype).base_dtype
    value: Any = (False if kind == "zeros" else True) if dt.kind == "bool" else (
        "" if dt.kind == "string" else (0 if kind == "zeros" else 1))
    with _scope(state, name, kind, [shape]) as scope:
        if not isinstance(shape, Tensor):
            dims = _static_ints(shape) if not isinstance(shape, int) else [shape]
            if dims is None:
                raise InputError(f"tf.{kind} with a shape that is not a list of ints is not supported yet")
            for d in dims:
                if d < 0:
                    raise tf_value_error(f"Dimension {d} must be >= 0")
            if math.prod(dims) < 1000:
                try:
                    return constant(state, value, dtype=dt, shape=dims, name=scope)
                except ScenarioError as error:
                    # name="" opened the root scope, where a Const named "" is invalid: zeros
                    # catches that ValueError and goes on with a Fill (array_ops.zeros).
                    if error.type_name not in ("TypeError", "ValueError"):
                        raise
                    shape = convert_to_tensor(state, shape, dtypes.int32)
            elif all(d < 2**31 for d in dims):
                # The same int32 Const as TF's np.array(dims, int32), kept lazy (no numpy import).
                shape = constant(state, dims, dtype=dtypes.int32, name="shape_as_tensor")
            else:
                import numpy as np

                shape = constant(state, np.array(dims, dtype=np.int32), name="shape_as_tensor")
        zero = constant(state, value, dtype=dt)
        return fill(state, shape, zero, name=scope)


def zeros(state: TFState, shape: Any, dtype: Any = dtypes.float32, name: Any = None) -> Tensor:
    return _filled(state, "zeros", shape, dtype, name)


def ones(state: TFState, shape: Any, dtype: Any = dtypes.float32, name: Any = None) -> Tensor:
    return _filled(state, "ones", shape, dtype, name)


def fill(state: TFState, dims: Any, value: Any, name: Any = None) -> Tensor:
    static = _static_ints(dims)
    if static is not None and math.prod(static) > state.runtime.limits.elements:
        from scopecli.errors import LimitError

        raise LimitError(f"a tensor of {math.prod(static)} elements (more than "
                         f"{state.runtime.limits.elements})", hint="raise --max-elements")

    return _t(new_apply_op(state, "Fill", name, dims=dims, value=value))


def _fill_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """FillShapeFn: MakeShapeFromShapeTensor of `dims` (a Shape op gives its input's shape)."""
    return [constant_value_as_shape(inputs[0])]


register_shape("Reshape", _reshape_shape)
register_shape("ConcatV2", _concat_shape)
register_shape("Pack", lambda node, inputs, attrs: [s for _, s in sf.pack(attrs["axis"])(node, inputs)])
register_shape("Fill", _fill_shape)


def _partial_shape(dims: Tensor) -> TensorShape:
    """What TF's shape inference knows of a shape given as a tensor: the input's shape for
    `tf.shape(x)` (it folds Shape ops into partial shapes), else only the rank."""
    if dims._op._type == "Shape":
        return dims._op._inputs[0]._shape
    length = dims._shape.dims_
    if length is not None and len(length) == 1 and length[0] is not None:
        return TensorShape.known((None,) * length[0])
    return TensorShape(None)


def placeholder(state: TFState, dtype: Any, shape: Any = None, name: Any = None) -> Tensor:
    dt = dtypes.as_dtype(dtype)
    static = as_shape(shape) if shape is not None else TensorShape(None)
    return _t(new_apply_op(state, "Placeholder", name, dtype=dt.base_dtype, shape=static))


def shape(state: TFState, input: Any, name: Any = None, out_type: Any = dtypes.int32) -> Tensor:  # noqa: A002
    out = dtypes.as_dtype(out_type)
    with _scope(state, name, "Shape", [input]) as scope:
        tensor = convert_to_tensor(state, input)
        if tensor._shape.is_fully_defined():
            # the same Const as TF's np.array(dims, out_type), kept lazy (no numpy import)
            return constant(state, list(tensor._shape.dims_ or ()), dtype=out, name=scope)
        return _t(new_apply_op(state, "Shape", scope, input=tensor, out_type=out))


def no_op(state: TFState, name: Any = None) -> Operation:
    return new_apply_op(state, "NoOp", name)


def group(state: TFState, *inputs: Any, name: Any = None) -> Operation:
    with _scope(state, name, "group_deps", list(inputs)) as scope:
        op = new_apply_op(state, "NoOp", scope)
        # an _UnreadVariable (what a resource variable's assign returns) stands for its assignment
        op.control_inputs_ = [i if isinstance(i, Operation) else getattr(i, "parent_op", None)
                              or convert_to_tensor(state, i)._op for i in _flat(list(inputs))]
        return op


# -- the Python operators on tensors (override_binary_operator.py) ----------------------------------

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
    return _t(new_apply_op(state, "Cast", None, x=x, DstT=base))


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


def less(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Less", x, y, name)


def less_equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "LessEqual", x, y, name)


def greater(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Greater", x, y, name)


def greater_equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "GreaterEqual", x, y, name)


def equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "Equal", x, y, name)


def not_equal(state: TFState, x: Any, y: Any, name: Any = None) -> Tensor:
    return binary(state, "NotEqual", x, y, name)
