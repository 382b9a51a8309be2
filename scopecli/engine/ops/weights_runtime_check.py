"""weights_broadcast_ops' runtime check (assert_broadcastable when a rank is only known when
run): an Assert that the weights are a scalar, or of the values' rank with each dimension 1 or
the values' own (a cond named is_valid_shape, a set difference of the allowed dimensions)."""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState

PREFIX = "weights can not be broadcast to values."


def _has_valid_dims(state: TFState, weights_shape: Tensor, values_shape: Tensor) -> Tensor:
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.sets_ops import set_difference

    with name_scope(state, None, "has_invalid_dims", [weights_shape, values_shape]) as scope:
        values_shape_2d = shape_ops.expand_dims(state, values_shape, -1)
        valid_dims = join.concat(state, [values_shape_2d, fill_ops.ones_like(state, values_shape_2d)], axis=1)
        weights_shape_2d = shape_ops.expand_dims(state, weights_shape, -1)
        invalid_dims = set_difference(state, weights_shape_2d, valid_dims)
        num_invalid_dims = shape_ops.size(state, invalid_dims.values, name="num_invalid_dims")
        return m.equal(state, 0, num_invalid_dims, name=scope)


def _has_valid_nonscalar_shape(state: TFState, weights_rank: Tensor, weights_shape: Tensor,
                               values_rank: Tensor, values_shape: Tensor) -> Tensor:
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.cond import cond

    with name_scope(state, None, "has_valid_nonscalar_shape",
                    [weights_rank, weights_shape, values_rank, values_shape]) as scope:
        is_same_rank = m.equal(state, values_rank, weights_rank, name="is_same_rank")
        return cond(state, is_same_rank, lambda: _has_valid_dims(state, weights_shape, values_shape),
                    lambda: is_same_rank, name=scope)


def runtime_check(state: TFState, scope: str, weights: Tensor, weights_rank: Tensor, weights_shape: Tensor,
                  values: Tensor, values_rank: Tensor, values_shape: Tensor) -> Operation:
    """assert_broadcastable's dynamic checks, named inside its scope."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.cond import cond
    from scopecli.engine.ops.control_flow_assert import Assert

    is_scalar = m.equal(state, 0, weights_rank, name="is_scalar")
    data = (PREFIX, "weights.shape=", weights.name, weights_shape, "values.shape=", values.name, values_shape,
            "is_scalar=", is_scalar)
    is_valid_shape = cond(state, is_scalar, lambda: is_scalar,
                          lambda: _has_valid_nonscalar_shape(state, weights_rank, weights_shape, values_rank,
                                                             values_shape),
                          name="is_valid_shape")
    return Assert(state, is_valid_shape, data, name=scope)
