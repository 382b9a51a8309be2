"""Learning-rate schedules of tf.compat.v1.train (TF's legacy_learning_rate_decay.py): in graph
mode each builds its keras LearningRateSchedule's ops at once (learning_rate_schedule.py), under
the schedule's name scope: `ExponentialDecay/...`, `PolynomialDecay/...`, `CosineDecay/...`."""

from __future__ import annotations

import math

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import constant, convert_to_tensor

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Tensor


def _unchanged(name: str, inputs: list[Any], attrs: dict[str, Any]) -> list[Any]:
    return [inputs[0]._shape]


register_shape("Cos", _unchanged)


def cos(state: TFState, x: Any, name: Any = None) -> Tensor:
    """gen_math_ops.cos."""
    return apply_op(state, "Cos", name, x=x)._outputs[0]


def _schedule_scope(state: TFState, name: Any, default: str) -> Any:
    """ops.name_scope_v2(self.name or default): in a graph, the graph's (uniquified) name scope."""
    return name_scope(state, name or default, default, [])


def _exponential(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any, decay_rate: Any,
                 staircase: bool, name: Any) -> Tensor:
    """ExponentialDecay.__call__: lr * decay_rate ** (step / decay_steps)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu

    with _schedule_scope(state, name, "ExponentialDecay") as scope:
        initial_learning_rate = convert_to_tensor(state, learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate._dtype
        decay_steps = m.cast(state, decay_steps, dtype)
        decay_rate = m.cast(state, decay_rate, dtype)
        global_step_recomp = m.cast(state, global_step, dtype)
        p = global_step_recomp / decay_steps
        if staircase:
            p = mu.floor(state, p)
        return m.multiply(state, initial_learning_rate, m.pow_(state, decay_rate, p), name=scope)


@tf_export("train.exponential_decay", label=False)
@public_call("tf.train.exponential_decay")
def exponential_decay(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any,
                      decay_rate: Any, staircase: bool = False, name: Any = None) -> Tensor:
    return _exponential(state, learning_rate, global_step, decay_steps, decay_rate, staircase, name)


@tf_export("train.natural_exp_decay", label=False)
@public_call("tf.train.natural_exp_decay")
def natural_exp_decay(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any,
                      decay_rate: Any, staircase: bool = False, name: Any = None) -> Tensor:
    """ExponentialDecay with decay_rate exp(-decay_rate), whose ops come first, outside its scope."""
    from scopecli.engine.ops import math_unary_ops as mu

    natural_exp_rate = mu.exp(state, mu.negative(state, decay_rate))
    return _exponential(state, learning_rate, global_step, decay_steps, natural_exp_rate, staircase, name)


@tf_export("train.inverse_time_decay", label=False)
@public_call("tf.train.inverse_time_decay")
def inverse_time_decay(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any,
                       decay_rate: Any, staircase: bool = False, name: Any = None) -> Tensor:
    """InverseTimeDecay.__call__: lr / (1 + decay_rate * step / decay_steps)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu

    with _schedule_scope(state, name, "InverseTimeDecay") as scope:
        initial_learning_rate = convert_to_tensor(state, learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate._dtype
        decay_steps = m.cast(state, decay_steps, dtype)
        decay_rate = m.cast(state, decay_rate, dtype)
        global_step_recomp = m.cast(state, global_step, dtype)
        p = global_step_recomp / decay_steps
        if staircase:
            p = mu.floor(state, p)
        const = m.cast(state, constant(state, 1), dtype)
        denom = m.add(state, const, m.multiply(state, decay_rate, p))
        return m.divide(state, initial_learning_rate, denom, name=scope)


@tf_export("train.polynomial_decay", label=False)
@public_call("tf.train.polynomial_decay")
def polynomial_decay(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any,
                     end_learning_rate: Any = 0.0001, power: Any = 1.0, cycle: bool = False,
                     name: Any = None) -> Tensor:
    """PolynomialDecay.__call__: (lr - end) * (1 - min(step, steps) / steps) ** power + end."""
    from scopecli.engine.ops import math_arith_ops as m

    with _schedule_scope(state, name, "PolynomialDecay") as scope:
        initial_learning_rate = convert_to_tensor(state, learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate._dtype
        end_learning_rate = m.cast(state, end_learning_rate, dtype)
        power = m.cast(state, power, dtype)
        global_step_recomp = m.cast(state, global_step, dtype)
        decay_steps_recomp = m.cast(state, decay_steps, dtype)
        if cycle:
            # the first multiple of decay_steps above the step (1 at step 0): where_v2(...)
            from scopecli.engine.ops import math_unary_ops as mu

            at_zero = m.equal(state, global_step_recomp, 0)
            ceiling = mu.ceil(state, m.truediv(state, global_step_recomp, decay_steps))
            multiplier = apply_op(state, "SelectV2", None, condition=at_zero, t=1.0, e=ceiling)._outputs[0]
            decay_steps_recomp = m.multiply(state, decay_steps_recomp, multiplier)
        else:
            global_step_recomp = m.minimum(state, global_step_recomp, decay_steps_recomp)
        p = m.divide(state, global_step_recomp, decay_steps_recomp)
        return m.add(state, m.multiply(state, initial_learning_rate - end_learning_rate,
                                       m.pow_(state, 1 - p, power)), end_learning_rate, name=scope)


@tf_export("train.cosine_decay", label=False)
@public_call("tf.train.cosine_decay")
def cosine_decay(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any, alpha: Any = 0.0,
                 name: Any = None) -> Tensor:
    """CosineDecay.__call__: lr * ((1 - alpha) * 0.5 * (1 + cos(pi * min(step, steps) / steps)) + alpha);
    its final Mul is not named after the scope (TF passes no name)."""
    from scopecli.engine.ops import math_arith_ops as m

    with _schedule_scope(state, name, "CosineDecay"):
        initial_learning_rate = convert_to_tensor(state, learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate._dtype
        decay_steps = m.cast(state, decay_steps, dtype)
        global_step_recomp = m.cast(state, global_step, dtype)
        global_step_recomp = m.minimum(state, global_step_recomp, decay_steps)
        completed_fraction = global_step_recomp / decay_steps
        cosine_decayed = 0.5 * (1.0 + cos(state, constant(state, math.pi) * completed_fraction))
        decayed = (1 - alpha) * cosine_decayed + alpha
        return m.multiply(state, initial_learning_rate, decayed)
