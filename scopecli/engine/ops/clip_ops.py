"""Clipping (TF's ops/clip_ops.py): tf.clip_by_value, tf.global_norm, tf.clip_by_global_norm,
tf.clip_by_norm and tf.clip_by_average_norm, op for op as TF builds them."""

from __future__ import annotations

from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops import math_arith_ops as m
from scopecli.engine.ops_core import constant, convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops_core import Tensor


def _tf_type(value: Any) -> str:
    """type(value) as TF prints it: a graph tensor is a SymbolicTensor, a variable a RefVariable."""
    from scopecli.engine.ops.variables import Variable
    from scopecli.engine.ops_core import Tensor

    if isinstance(value, Tensor):
        return "<class 'tensorflow.python.framework.ops.SymbolicTensor'>"
    if isinstance(value, Variable):
        return "<class 'tensorflow.python.ops.ref_variable.RefVariable'>"
    return f"<class '{type(value).__name__}'>"


def _tensor_list(t_list: Any) -> list[Any]:
    """TF accepts any collections.abc.Sequence except a string."""
    if not isinstance(t_list, (list, tuple)):
        raise tf_type_error(f"`t_list` should be a sequence of tensors. Received {_tf_type(t_list)}.")
    return list(t_list)


@tf_export("global_norm", "linalg.global_norm", label=False)
@public_call("tf.global_norm")
def global_norm(state: TFState, t_list: Any, name: Any = None) -> Tensor:
    """sqrt(sum(l2_loss(t)) * 2), ignoring None entries."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red

    try:  # engine phase 2 moves gen_nn_ops.l2_loss to engine/ops/nn_ops.py
        from scopecli.engine.ops.nn_ops import l2_loss  # type: ignore[attr-defined]
    except ImportError:
        from scopecli.engine.ops.nn_ops import l2_loss

    t_list = _tensor_list(t_list)
    with name_scope(state, name, "global_norm", t_list):
        values = [convert_to_tensor(state, _dense_part(t), name=f"t_{i}") if t is not None else None
                  for i, t in enumerate(t_list)]
        half_squared_norms = [l2_loss(state, v) for v in values if v is not None]
        half_squared_norm = red.reduce_sum(state, join.stack(state, half_squared_norms))
        return mu.sqrt(state, half_squared_norm * constant(state, 2.0, dtype=half_squared_norm._dtype),
                      name="global_norm")


@tf_export("clip_by_global_norm", label=False)
@public_call("tf.clip_by_global_norm")
def clip_by_global_norm(state: TFState, t_list: Any, clip_norm: Any, use_norm: Any = None,
                        name: Any = None) -> tuple[list[Any], Tensor]:
    """Scales every tensor by clip_norm / max(global_norm, clip_norm); NaN when the norm is inf."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.array_shape_ops import identity

    t_list = _tensor_list(t_list)
    if use_norm is None:
        use_norm = global_norm(state, t_list, name)
    with name_scope(state, name, "clip_by_global_norm", [*t_list, clip_norm]) as scope:
        scale_for_finite = clip_norm * m.minimum(
            state, 1.0 / use_norm, constant(state, 1.0, dtype=use_norm.dtype) / clip_norm)
        scale = scale_for_finite + (use_norm - use_norm)
        values = [convert_to_tensor(state, _dense_part(t), name=f"t_{i}") if t is not None else None
                  for i, t in enumerate(t_list)]
        clipped: list[Any] = []
        for i, v in enumerate(values):
            if v is None:
                clipped.append(None)
            else:
                clipped.append(identity(state, v * m.cast(state, scale, v._dtype), name=f"{scope}_{i}"))
    return [_like(c, t) for c, t in zip(clipped, t_list, strict=True)], use_norm


def _dense_part(t: Any) -> Any:
    """An IndexedSlices' values (its norm and its clipping are those of its values)."""
    from scopecli.engine.grads.indexed_slices import IndexedSlices

    return t.values if isinstance(t, IndexedSlices) else t


def _like(clipped: Any, t: Any) -> Any:
    """The clipped values as an IndexedSlices again when `t` was one."""
    from scopecli.engine.grads.indexed_slices import IndexedSlices

    if isinstance(t, IndexedSlices):
        return IndexedSlices(t.state, clipped, t.indices, t.dense_shape)
    return clipped


@tf_export("clip_by_norm", label=False)
@public_call("tf.clip_by_norm")
def clip_by_norm(state: TFState, t: Any, clip_norm: Any, axes: Any = None, name: Any = None) -> Tensor:
    """t * clip_norm / max(l2norm(t, axes), clip_norm), with a safe sqrt for zero sums; an
    IndexedSlices is clipped by its values and stays an IndexedSlices (TF's clip_by_norm)."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red

    with name_scope(state, name, "clip_by_norm", [t, clip_norm]) as scope:
        values = convert_to_tensor(state, _dense_part(t), name="t")
        if isinstance(clip_norm, (int, float)) and not isinstance(clip_norm, bool):
            clip_norm = max(clip_norm, 0)
        else:
            clip_norm = m.cast(state, m.maximum(state, clip_norm, 0), dtype=values._dtype)
        l2sum = red.reduce_sum(state, values * values, axes, keepdims=True)
        pred = l2sum > 0
        l2sum_safe = join.where(state, pred, l2sum, fill_ops.ones_like(state, l2sum))
        l2norm = join.where(state, pred, mu.sqrt(state, l2sum_safe), l2sum)
        intermediate = values * clip_norm
        clipped = shape_ops.identity(state, intermediate / m.maximum(state, l2norm, clip_norm), name=scope)
        return _like(clipped, t)  # an IndexedSlices' values clipped, its indices kept


@tf_export("clip_by_average_norm", label=False)
@public_call("tf.clip_by_average_norm")
def clip_by_average_norm(state: TFState, t: Any, clip_norm: Any, name: Any = None) -> Tensor:
    """t * clip_norm * min(n / l2norm(t), 1 / clip_norm)."""
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import math_unary_ops as mu
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops_core import dtypes

    with name_scope(state, name, "clip_by_average_norm", [t, clip_norm]) as scope:
        t = convert_to_tensor(state, t, name="t")
        n_element = m.cast(state, shape_ops.size(state, t), dtypes.float32)
        l2norm_inv = mu.rsqrt(state, red.reduce_sum(state, t * t,
                                                    fill_ops.range_(state, shape_ops.rank(state, t))))
        return shape_ops.identity(state, t * clip_norm * m.minimum(
            state, l2norm_inv * n_element, constant(state, 1.0) / clip_norm), name=scope)


@tf_export("clip_by_value")
def clip_by_value(
    state: TFState, t: Any, clip_value_min: Any, clip_value_max: Any, name: Any = None
) -> Tensor:
    with name_scope(state, name, "clip_by_value", [t, clip_value_min, clip_value_max]) as scope:
        values = convert_to_tensor(state, _dense_part(t), name="t")
        t_min = m.minimum(state, values, clip_value_max)
        _assert_compatible(values._shape, t_min._shape)
        t_max = m.maximum(state, t_min, clip_value_min, name=scope)
        _assert_compatible(values._shape, t_max._shape)
        return _like(t_max, t)  # an IndexedSlices (embedding gradient) is clipped by its values


def _assert_compatible(a_shape: TensorShape, b_shape: TensorShape) -> None:
    if not a_shape.is_compatible_with(b_shape):
        raise tf_value_error(f"Shapes {a_shape} and {b_shape} are incompatible")
