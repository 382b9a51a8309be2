"""tf.train.exponential_decay (learning_rate_decay.py through learning_rate_schedule's
ExponentialDecay, called at once in graph mode): in a fresh `ExponentialDecay` scope,
initial_learning_rate * pow(decay_rate, floor?(step / decay_steps)), the Mul named by the scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import extra_math_ops as xm
from scopecli.engine import math_ops as m
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


@tf_export("train.exponential_decay")
def exponential_decay(state: TFState, learning_rate: Any, global_step: Any, decay_steps: Any, decay_rate: Any,
                      staircase: Any = False, name: Any = None) -> Tensor:
    if global_step is None:
        raise tf_value_error("global_step is required for exponential_decay.")
    graph = state.graph
    with graph.name_scope(name or "ExponentialDecay") as scope:
        initial = convert_to_tensor(state, learning_rate, name="initial_learning_rate")
        dtype = initial._dtype.base_dtype
        steps = m.cast(state, decay_steps, dtype)
        rate = m.cast(state, decay_rate, dtype)
        p = m.cast(state, global_step, dtype) / steps
        if staircase:
            p = xm.floor(state, p)
        return m.multiply(state, initial, m.pow_(state, rate, p), name=scope)
