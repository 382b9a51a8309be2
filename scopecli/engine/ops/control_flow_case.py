"""tf.case (v1, control_flow_case.py): nested tf.conds, one per (predicate, fn) pair, the last
pair's fn as the default when none is given (guarded by Asserts), and with `exclusive` an Assert
that at most one predicate holds."""

from __future__ import annotations

import functools

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _stack(state: TFState, values: list[Tensor], name: str) -> Tensor:
    from scopecli.engine.ops import array_join_ops as join

    return join.stack(state, list(values), name=name)


def _assert_at_most_n_true(state: TFState, predicates: list[Tensor], n: int, msg: str) -> Any:
    """control_flow_case._assert_at_most_n_true."""
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.control_flow_assert import Assert
    from scopecli.engine.ops_core import constant

    preds_c = _stack(state, predicates, "preds_c")
    num_true_conditions = red.reduce_sum(state, m.cast(state, preds_c, dtypes.int32), name="num_true_conds")
    condition = m.less_equal(state, num_true_conditions, constant(state, n, name="n_true_conds"))
    preds_names = ", ".join(p.name for p in predicates)
    error_msg = [f"{msg}: more than {n} conditions ({preds_names}) evaluated as True:", preds_c]
    return Assert(state, condition, data=error_msg, summarize=len(predicates))


def _case_create_default_action(state: TFState, predicates: list[Tensor],
                                actions: list[Any]) -> tuple[Any, list[Tensor], list[Any]]:
    """The last pair becomes the default, run after Asserts that it alone holds."""
    from scopecli.engine.ops.control_flow_assert import Assert
    from scopecli.engine.ops.control_flow_ops import controlled_in

    k = len(predicates) - 1
    predicate, action = predicates[k], actions[k]
    other_predicates, other_actions = predicates[:k], actions[:k]

    def default_action() -> Any:
        others_msg = (f"Implementation error: selected default action #{k} was called, but some of other "
                      "predicates are True: ")
        default_msg = ("Input error: None of conditions evaluated as True:",
                       _stack(state, predicates, "preds_c"))
        with controlled_in(state.graph, [_assert_at_most_n_true(state, other_predicates, 0, others_msg),
                                         Assert(state, predicate, data=default_msg)]):
            return action()

    return default_action, other_predicates, other_actions


def _verify_and_canonicalize(pred_fn_pairs: Any) -> tuple[list[Tensor], list[Any]]:
    """_case_verify_and_canonicalize_args (graph mode, no Python predicates)."""
    if not isinstance(pred_fn_pairs, (list, tuple, dict)):
        raise tf_type_error("'pred_fn_pairs' must be a list, tuple, or dict. Received: "
                            f"<class '{type(pred_fn_pairs).__name__}'>")
    if isinstance(pred_fn_pairs, dict):
        # An unordered dict is sorted by the predicates' names (TF warns when not exclusive).
        for key in pred_fn_pairs:
            if not isinstance(key, Tensor):
                raise tf_type_error(f"pred must be a Tensor, got: {key}")
        pred_fn_pairs = sorted(pred_fn_pairs.items(), key=lambda item: item[0].name)
    for pair in pred_fn_pairs:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise tf_type_error(f"Each entry in 'pred_fn_pairs' must be a 2-tuple. Received {pair}.")
        pred, fn = pair
        if isinstance(pred, Tensor):
            if pred._dtype is not dtypes.bool_:
                raise tf_type_error(f"pred must be Tensor of type bool: {pred.name}")
        else:
            raise tf_type_error(f"pred must be a Tensor, got: {pred}")
        if not callable(fn):
            raise tf_type_error(f"fn for pred {pred.name} must be callable.")
    if not pred_fn_pairs:
        raise _not_enough()
    predicates = [pair[0] for pair in pred_fn_pairs]
    actions = [pair[1] for pair in pred_fn_pairs]
    return predicates, actions


def _not_enough() -> Exception:
    """zip(*[]) unpacked into two names: Python's own ValueError."""
    from scopecli.errors import tf_value_error

    return tf_value_error("not enough values to unpack (expected 2, got 0)")


@tf_export("case", accepts_callable=True)
def case(state: TFState, pred_fn_pairs: Any, default: Any = None, exclusive: Any = False,
         strict: Any = False, name: Any = "case") -> Any:
    """control_flow_case.case (v1): _case_helper over cond.cond."""
    from scopecli.engine.ops.cond import cond
    from scopecli.engine.ops.control_flow_ops import controlled_in

    predicates, actions = _verify_and_canonicalize(pred_fn_pairs)
    with name_scope(state, name, "case", [predicates]):
        if default is None:
            default, predicates, actions = _case_create_default_action(state, predicates, actions)
        fn = default
        for predicate, action in reversed(list(zip(predicates, actions, strict=True))):
            fn = functools.partial(cond, state, predicate, true_fn=action, false_fn=fn, strict=strict)
        if exclusive:
            with controlled_in(state.graph, [_assert_at_most_n_true(state, predicates, 1,
                                                                    "Input error: exclusive=True")]):
                return fn()
        return fn()
