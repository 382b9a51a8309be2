"""The v1 rank and type asserts of check_ops.py (graph mode): assert_rank, assert_rank_at_least,
assert_type, assert_integer. A rank both sides know statically is checked while building (a
ValueError, or a `static_checks_determined_all_ok` NoOp); otherwise Rank compared in an Assert."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Operation
    from scopecli.engine.framework.state import TFState


def _prefix(message: Any) -> str:
    return f"{message}.  " if message else ""


@tf_export("debugging.assert_type", "assert_type")
def assert_type(state: TFState, tensor: Any, tf_type: Any, message: Any = None,
                name: Any = None) -> Operation:
    from scopecli.engine.ops.control_flow_ops import _no_op
    from scopecli.engine.ops_core import convert_to_tensor

    tf_type = dtypes.as_dtype(tf_type)
    with name_scope(state, name, "assert_type", [tensor]):
        tensor = convert_to_tensor(state, tensor, name="tensor")
        if tensor._dtype is not tf_type:
            raise tf_type_error(f"{_prefix(message)}{tensor.name} must be of type tf.{tf_type.name}; got "
                                f"tf.{tensor._dtype.name}")
        return _no_op(state, "statically_determined_correct_type")


@tf_export("debugging.assert_integer", "assert_integer")
def assert_integer(state: TFState, x: Any, message: Any = None, name: Any = None) -> Operation:
    from scopecli.engine.ops.control_flow_ops import _no_op
    from scopecli.engine.ops_core import convert_to_tensor

    with name_scope(state, name, "assert_integer", [x]):
        x = convert_to_tensor(state, x, name="x")
        if not x._dtype.is_integer:
            raise tf_type_error(f'{_prefix(message)}Expected "x" to be integer type.  Found: {x.name} of '
                                f"dtype {x._dtype}")
        return _no_op(state, "statically_determined_is_integer")


def _assert_rank(state: TFState, x: Any, rank: Any, data: Any, summarize: Any, message: Any, name: Any,
                 default: str, at_least: bool) -> Operation:
    """check_ops.assert_rank(_at_least) and _assert_rank_condition."""
    from scopecli.engine.op_def import const_value
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.control_flow_assert import Assert
    from scopecli.engine.ops.control_flow_ops import _no_op
    from scopecli.engine.ops_core import convert_to_tensor

    with name_scope(state, name, default, [x, rank, *(data or [])]):
        x = convert_to_tensor(state, x, name="x")
        rank = convert_to_tensor(state, rank, name="rank")
        what = "must have rank at least" if at_least else "must have rank"
        if data is None:
            data = [_prefix(message), f"Tensor {x.name} {what}", rank, "Received shape: ",
                    shape_ops.shape(state, x)]
        assert_type(state, rank, dtypes.int32)
        rank_static = const_value(rank)
        if rank_static is not None:
            if rank_static.ndim != 0:
                raise tf_value_error("Rank must be a scalar.")
            actual = x._shape.ndims
            if actual is not None:
                given = int(rank_static)
                if not (actual >= given if at_least else actual == given):
                    raise tf_value_error(f"{_prefix(message)}Tensor {x.name} {what} {given}.  Received rank "
                                         f"{actual}, shape {x._shape}")
                return _no_op(state, "static_checks_determined_all_ok")
        compare = m.greater_equal if at_least else m.equal
        condition = compare(state, shape_ops.rank(state, x), rank)
        if rank_static is None:
            from scopecli.engine.ops.cond_context import with_dependencies

            rank_check = assert_rank(state, rank, 0, data=["Rank must be a scalar. Received rank: ", rank])
            condition = with_dependencies(state, [rank_check], condition)
        return Assert(state, condition, data, summarize=summarize)


@tf_export("debugging.assert_rank", "assert_rank")
def assert_rank(state: TFState, x: Any, rank: Any, data: Any = None, summarize: Any = None,
                message: Any = None, name: Any = None) -> Operation:
    return _assert_rank(state, x, rank, data, summarize, message, name, "assert_rank", False)


@tf_export("debugging.assert_rank_at_least", "assert_rank_at_least")
def assert_rank_at_least(state: TFState, x: Any, rank: Any, data: Any = None, summarize: Any = None,
                         message: Any = None, name: Any = None) -> Operation:
    return _assert_rank(state, x, rank, data, summarize, message, name, "assert_rank_at_least", True)
