"""Regularizers: `regularizer=` on get_variable (variable_scope._get_single_variable) and the
Keras regularizer objects (tf_keras regularizers.L1 / L2 / L1L2) that scripts pass to it.

TF 2.21 calls a new variable's regularizer once in the current name scope (only to see whether
it returns None), then adds a _LazyEvalTensor to REGULARIZATION_LOSSES: it builds the loss under
`<variable>/Regularizer/` when made, and again each time it is converted to a tensor (so
`tf.losses.get_regularization_loss()` adds `.../mul_1`); a session fetch takes the first build.
"""

from __future__ import annotations

import functools
import math

from scopecli.engine.framework.graph import Tensor, TensorConvertible
from scopecli.engine.framework.tf_export import tf_export
from scopecli.model import Builtin, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

REGULARIZATION_LOSSES = "regularization_losses"


class LazyEvalTensor(TensorConvertible):
    """variable_scope._LazyEvalTensor: the master tensor's properties; converting it rebuilds."""

    TYPE_NAME = "_LazyEvalTensor"

    def __init__(self, thunk: Any):
        self._thunk = thunk
        self._master = thunk()

    def to_tensor(self, as_ref: bool = False) -> Tensor:
        # as_ref is asked only by a session fetch, which TF serves with the master tensor.
        return self._master if as_ref else self._thunk()

    @attribute
    def name(self) -> str:
        return self._master.name

    @attribute
    def op(self) -> Any:
        return self._master._op

    @attribute
    def dtype(self) -> Any:
        return self._master._dtype

    @attribute
    def shape(self) -> Any:
        return self._master._shape

    @attribute
    def graph(self) -> Any:
        return self._master._op._graph

    @attribute
    def device(self) -> str:
        return self._master._op._device

    @attribute
    def value_index(self) -> int:
        return self._master._index

    @method
    def get_shape(self) -> Any:
        return self._master._shape

    def __str__(self) -> str:
        return str(self._master)

    def __repr__(self) -> str:
        return "<tensorflow.python.ops.variable_scope._LazyEvalTensor object>"


def apply_regularizer(state: TFState, name: str, variable: Any, regularizer: Any) -> None:
    """_get_single_variable's tail, for a variable it just created."""
    graph = state.graph

    def make_regularizer_op() -> Any:
        with graph.name_scope(name + "/Regularizer/"):
            return regularizer(variable)

    if regularizer(variable) is not None:
        graph.add_to_collection(REGULARIZATION_LOSSES, LazyEvalTensor(make_regularizer_op))


def _check_penalty_number(x: Any) -> None:
    from scopecli.errors import tf_value_error

    if not isinstance(x, (float, int)):
        raise tf_value_error(f"Value {x} is not a valid regularization penalty number, expected an int or "
                             "float value.")
    if math.isinf(x) or math.isnan(x):
        raise tf_value_error(f"Value {x} is not a valid regularization penalty number, an infinite number "
                             "or NaN are not valid values.")


def _float32(x: float) -> float:
    """backend.cast_to_floatx: the factor as a float32 value."""
    import struct

    return struct.unpack("<f", struct.pack("<f", x))[0]


def _penalty(state: TFState, l1: float, l2: float, x: Any) -> Tensor:
    """L1L2.__call__ (and L1 / L2, which compute one term without the zero start)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.nn_ops import l2_loss
    from scopecli.engine.ops.resource_variable_ops import ResourceVariable
    from scopecli.engine.ops_core import constant, convert_to_tensor

    # x.dtype without converting: a resource variable (a Keras weight) is read by each term's op
    dtype = x.dtype.base_dtype if isinstance(x, ResourceVariable) else None
    if dtype is None:
        x = convert_to_tensor(state, x)
        dtype = x._dtype.base_dtype
    regularization = constant(state, 0.0, dtype=dtype)
    if l1:
        term = red.reduce_sum(state, mu.abs_(state, x))
        regularization = m.operator_binary(state, "add", m.add_dispatch, regularization,
                                           m.operator_reflected(state, "mul", m.multiply, term, l1))
    if l2:
        term = l2_loss(state, x)
        factor = _float32(2.0 * l2)
        regularization = m.operator_binary(state, "add", m.add_dispatch, regularization,
                                           m.operator_reflected(state, "mul", m.multiply, term, factor))
    return regularization


def _l1(state: TFState, l1: float, x: Any) -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red

    term = red.reduce_sum(state, mu.abs_(state, x))
    return m.operator_reflected(state, "mul", m.multiply, term, l1)


def _l2(state: TFState, l2: float, x: Any) -> Tensor:
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.nn_ops import l2_loss

    return m.operator_reflected(state, "mul", m.multiply, l2_loss(state, x), _float32(2.0 * l2))


@tf_export("no_regularizer", label=False)
def no_regularizer(state: TFState, _: Any) -> None:
    """variable_scope.no_regularizer: a regularizer that adds no loss (switches a scope's off)."""
    return None


@tf_export("keras.regularizers.l2", "keras.regularizers.L2", label=False)
def l2(state: TFState, l2: Any = 0.01, **kwargs: Any) -> Builtin:  # noqa: A002 - Keras's name
    """tf_keras regularizers.L2: 2 * l2 * l2_loss(x)."""
    l2 = _options(kwargs, l2)
    return Builtin("L2", functools.partial(_l2, state, _float32(l2)))


@tf_export("keras.regularizers.l1", "keras.regularizers.L1", label=False)
def l1(state: TFState, l1: Any = 0.01, **kwargs: Any) -> Builtin:
    """tf_keras regularizers.L1: l1 * sum(|x|)."""
    l1 = _options(kwargs, l1)
    return Builtin("L1", functools.partial(_l1, state, _float32(l1)))


def _options(kwargs: dict[str, Any], value: Any) -> float:
    value = kwargs.pop("l", value)  # Keras's backwards-compatible spelling
    if kwargs:
        from scopecli.errors import tf_type_error

        raise tf_type_error(f"Argument(s) not recognized: {kwargs}")
    value = 0.01 if value is None else value
    _check_penalty_number(value)
    return float(value)


@tf_export("keras.regularizers.L1L2", label=False)
def l1l2_class(state: TFState, l1: Any = 0.0, l2: Any = 0.0) -> Builtin:
    l1 = 0.0 if l1 is None else l1
    l2 = 0.0 if l2 is None else l2
    _check_penalty_number(l1)
    _check_penalty_number(l2)
    return Builtin("L1L2", functools.partial(_penalty, state, _float32(l1), _float32(l2)))


@tf_export("keras.regularizers.l1_l2", label=False)
def l1_l2(state: TFState, l1: Any = 0.01, l2: Any = 0.01) -> Builtin:
    return l1l2_class(state, l1=l1, l2=l2)
