"""The cosine schedules of tf.compat.v1.train beyond cosine_decay (legacy_learning_rate_decay.py
over learning_rate_schedule.py): `linear_cosine_decay` (LinearCosineDecay, its final Mul named
after the scope) and `cosine_decay_restarts` (SGDRDecay: a cond on t_mul == 1 picks the
restart arithmetic, geometric or not)."""

from __future__ import annotations

import math

from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.engine.train.learning_rate import _schedule_scope, cos

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Tensor


@tf_export("train.linear_cosine_decay", label=False)
@public_call("tf.train.linear_cosine_decay")
def linear_cosine_decay(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any,
                        num_periods: Any = 0.5, alpha: Any = 0.0, beta: Any = 0.001,
                        name: Any = None) -> Tensor:
    """LinearCosineDecay.__call__."""
    from scopecli.engine.ops import math_arith_ops as m

    with _schedule_scope(state, name, "LinearCosineDecay") as scope:
        initial_learning_rate = convert_to_tensor(state, learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate._dtype
        decay_steps = m.cast(state, decay_steps, dtype)
        num_periods = m.cast(state, num_periods, dtype)
        alpha = m.cast(state, alpha, dtype)
        beta = m.cast(state, beta, dtype)
        global_step_recomp = m.cast(state, global_step, dtype)
        global_step_recomp = m.minimum(state, global_step_recomp, decay_steps)
        linear_decayed = (decay_steps - global_step_recomp) / decay_steps
        completed_fraction = global_step_recomp / decay_steps
        fraction = 2.0 * num_periods * completed_fraction
        cosine_decayed = 0.5 * (1.0 + cos(state, constant(state, math.pi) * fraction))
        linear_cosine_decayed = (alpha + linear_decayed) * cosine_decayed + beta
        return m.multiply(state, initial_learning_rate, linear_cosine_decayed, name=scope)


@tf_export("train.cosine_decay_restarts", label=False)
@public_call("tf.train.cosine_decay_restarts")
def cosine_decay_restarts(state: TFState, learning_rate: Any, global_step: Any, first_decay_steps: Any,
                          t_mul: Any = 2.0, m_mul: Any = 1.0, alpha: Any = 0.0, name: Any = None) -> Tensor:
    """CosineDecayRestarts.__call__ (scope SGDRDecay)."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops.cond import cond

    with _schedule_scope(state, name, "SGDRDecay") as scope:
        initial_learning_rate = convert_to_tensor(state, learning_rate, name="initial_learning_rate")
        dtype = initial_learning_rate._dtype
        first_decay_steps = m.cast(state, first_decay_steps, dtype)
        alpha = m.cast(state, alpha, dtype)
        t_mul = m.cast(state, t_mul, dtype)
        m_mul = m.cast(state, m_mul, dtype)
        global_step_recomp = m.cast(state, global_step, dtype)
        completed_fraction = global_step_recomp / first_decay_steps

        def compute_step(fraction: Any, geometric: bool) -> Any:
            if geometric:
                restarts = mu.log(state, 1.0 - fraction * (1.0 - t_mul)) / mu.log(state, t_mul)
                i_restart = mu.floor(state, restarts)
                sum_r = (1.0 - t_mul ** i_restart) / (1.0 - t_mul)
                fraction = (fraction - sum_r) / t_mul ** i_restart
            else:
                i_restart = mu.floor(state, fraction)
                fraction = fraction - i_restart
            return i_restart, fraction

        i_restart, completed_fraction = cond(state, m.equal(state, t_mul, 1.0),
                                             lambda: compute_step(completed_fraction, False),
                                             lambda: compute_step(completed_fraction, True))
        m_fac = m_mul ** i_restart
        cosine_decayed = 0.5 * m_fac * (1.0 + cos(state, constant(state, math.pi) * completed_fraction))
        decayed = (1 - alpha) * cosine_decayed + alpha
        return m.multiply(state, initial_learning_rate, decayed, name=scope)
