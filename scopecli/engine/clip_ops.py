"""tf.global_norm and tf.clip_by_global_norm (clip_ops.py): an L2Loss per tensor stacked and
summed in `global_norm/`, then in `clip_by_global_norm/` the scale
`clip_norm * minimum(1 / norm, 1 / clip_norm) + (norm - norm)` and one Identity per tensor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import math_ops as m
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import nn_ops
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import tf_type_error

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _as_sequence(t_list: Any) -> list[Any]:
    if not isinstance(t_list, (list, tuple)):
        raise tf_type_error(f"`t_list` should be a sequence of tensors. Received {type(t_list)}.")
    return list(t_list)


@tf_export("global_norm", "linalg.global_norm")
def global_norm(state: TFState, t_list: Any, name: Any = None) -> Tensor:
    t_list = _as_sequence(t_list)
    with name_scope(state, name, "global_norm", [t for t in t_list if t is not None]):
        values = [None if t is None else convert_to_tensor(state, t, name=f"t_{i}")
                  for i, t in enumerate(t_list)]
        half_squared_norms = [nn_ops.l2_loss(state, v) for v in values if v is not None]
        half_squared_norm = m.reduce_sum(state, m.stack(state, half_squared_norms))
        two = constant(state, 2.0, dtype=half_squared_norm._dtype)
        return m.sqrt(state, half_squared_norm * two, name="global_norm")


@tf_export("clip_by_global_norm")
def clip_by_global_norm(state: TFState, t_list: Any, clip_norm: Any, use_norm: Any = None,
                        name: Any = None) -> tuple[list[Any], Tensor]:
    t_list = _as_sequence(t_list)
    if use_norm is None:
        use_norm = global_norm(state, t_list, name)
    with name_scope(state, name, "clip_by_global_norm", [t for t in t_list if t is not None]) as scope:
        inverse = 1.0 / use_norm  # Python's order: this operand first, then the Const
        scale_for_finite = clip_norm * m.minimum(state, inverse,
                                                 constant(state, 1.0, dtype=use_norm._dtype) / clip_norm)
        scale = scale_for_finite + (use_norm - use_norm)
        values = [None if t is None else convert_to_tensor(state, t, name=f"t_{i}")
                  for i, t in enumerate(t_list)]
        clipped: list[Any] = []
        for i, v in enumerate(values):
            if v is None:
                clipped.append(None)
                continue
            clipped.append(m.identity(state, v * m.cast(state, scale, v._dtype), name=f"{scope}_{i}"))
    return clipped, use_norm
