"""tf.train.piecewise_constant (legacy_learning_rate_decay.piecewise_constant and Keras's
PiecewiseConstantDecay): the value whose interval holds the step, as a tf.case over the
intervals' predicates, under `PiecewiseConstant/`."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.nest import flatten
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("train.piecewise_constant", "train.piecewise_constant_decay", label=False, accepts_callable=True)
@public_call("tf.train.piecewise_constant")
def piecewise_constant(state: TFState, x: Any, boundaries: Any, values: Any, name: Any = None) -> Any:
    from scopecli.engine.ops.math_arith_ops import cast

    boundaries = [convert_to_tensor(state, b) for b in flatten(boundaries)]
    values = [convert_to_tensor(state, v) for v in flatten(values)]
    x_recomp = convert_to_tensor(state, x)
    step_dtype = x_recomp._dtype.base_dtype
    for i, b in enumerate(boundaries):
        if b._dtype.base_dtype is not step_dtype:
            if b._dtype.base_dtype is dtypes.int32 and step_dtype is dtypes.int64:
                boundaries[i] = cast(state, b, step_dtype)
            else:
                raise tf_value_error(f"Boundaries ({b._dtype.base_dtype}) must have the same dtype as x "
                                     f"({step_dtype}).")
    for v in values[1:]:
        if v._dtype.base_dtype is not values[0]._dtype.base_dtype:
            raise tf_value_error("Values must have elements all with the same dtype "
                                 f"({values[0]._dtype.base_dtype} vs {v._dtype.base_dtype}).")
    if len(boundaries) != len(values) - 1:
        raise tf_value_error("The length of boundaries should be 1 less than the length of values")
    return _decay(state, x, boundaries, values, name)


def _decay(state: TFState, step: Any, boundaries: list[Any], values: list[Any], name: Any) -> Any:
    """PiecewiseConstantDecay.__call__."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops.control_flow_case import case
    from scopecli.engine.ops.math_arith_ops import cast
    from scopecli.model import Builtin

    with name_scope(state, name or "PiecewiseConstant", "PiecewiseConstant", []):
        boundaries = [convert_to_tensor(state, b) for b in boundaries]
        values = [convert_to_tensor(state, v) for v in values]
        x_recomp = convert_to_tensor(state, step)
        for i, b in enumerate(boundaries):
            if b._dtype.base_dtype is not x_recomp._dtype.base_dtype:
                boundaries[i] = cast(state, b, x_recomp._dtype.base_dtype)

        def value(v: Any) -> Builtin:
            return Builtin("lambda", lambda: v)

        pred_fn_pairs = [(x_recomp <= boundaries[0], value(values[0])),
                         (x_recomp > boundaries[-1], value(values[-1]))]
        for low, high, v in zip(boundaries[:-1], boundaries[1:], values[1:-1], strict=False):
            pred_fn_pairs.append(((x_recomp > low) & (x_recomp <= high), value(v)))
        return case(state, pred_fn_pairs, value(values[0]), exclusive=True)
