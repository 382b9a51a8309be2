"""tf.cond as TF1 graph mode builds it (ops/cond.py, control flow v1), and smart_cond
(framework/smart_cond.py) for the layers that take a tensor `training`.

    cond/Switch (pred, pred) -> cond/switch_t, cond/switch_f (the pivots), cond/pred_id
    true branch in a CondContext(pivot switch_t), false branch in one with switch_f,
    one cond/Merge per result (false value first).
"""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

COND_CONTEXT = "cond_context"  # ops.GraphKeys.COND_CONTEXT


@tf_export("cond", accepts_callable=True)
def cond(state: TFState, pred: Any, true_fn: Any = None, false_fn: Any = None, strict: Any = False,
         name: Any = None, fn1: Any = None, fn2: Any = None) -> Any:
    """cond.cond (v1): true_fn() if pred else false_fn(), both built, one run."""
    if fn1 is not None:
        if true_fn is not None:
            raise tf_type_error("cond(): 'true_fn' and 'fn1' may not be set simultaneously.")
        true_fn = fn1
    elif true_fn is None:
        raise tf_type_error("cond(): 'true_fn' argument required")
    if fn2 is not None:
        if false_fn is not None:
            raise tf_type_error("cond(): 'false_fn' and 'fn2' may not be set simultaneously.")
        false_fn = fn2
    elif false_fn is None:
        raise tf_type_error("cond(): 'false_fn' argument required")
    if not callable(true_fn):
        raise tf_type_error("'true_fn' must be callable.")
    if not callable(false_fn):
        raise tf_type_error("'false_fn' must be callable.")
    return build_cond(state, pred, true_fn, false_fn, bool(strict), name)


def build_cond(state: TFState, pred: Any, true_fn: Any, false_fn: Any, strict: bool, name: Any) -> Any:
    """The graph-mode body of cond.cond, once its arguments are checked."""
    from scopecli.engine.framework import nest
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.cond_context import CondContext, merge, switch

    with name_scope(state, name, "cond", [pred]):
        if isinstance(pred, bool):
            raise tf_type_error("'pred' must not be a Python bool.")
        p_2, p_1 = switch(state, pred, pred)
        pivot_1 = shape_ops.identity(state, p_1, name="switch_t")
        pivot_2 = shape_ops.identity(state, p_2, name="switch_f")
        pred = shape_ops.identity(state, pred, name="pred_id")
        graph = state.graph
        for tensor in (p_1, p_2, pivot_1, pivot_2, pred):
            graph.prevent_fetching(tensor._op)
        # Build the graph for the true branch in a new context.
        context_t = CondContext(state, pred, pivot_1, branch=1)
        try:
            context_t.Enter()
            orig_res_t, res_t = context_t.BuildCondBranch(true_fn)
            if orig_res_t is None:
                raise tf_value_error("'true_fn' must have a return value.")
            context_t.ExitResult(nest.flatten(res_t))
        finally:
            context_t.Exit()
        # Build the graph for the false branch in a new context.
        context_f = CondContext(state, pred, pivot_2, branch=0)
        try:
            context_f.Enter()
            orig_res_f, res_f = context_f.BuildCondBranch(false_fn)
            if orig_res_f is None:
                raise tf_value_error("'false_fn' must have a return value.")
            context_f.ExitResult(nest.flatten(res_f))
        finally:
            context_f.Exit()
        if not strict:
            orig_res_t = _unpack_if_singleton(orig_res_t)
            orig_res_f = _unpack_if_singleton(orig_res_f)
        # Check that the return values of the two branches have the same structure (TF's
        # IndexedSlices retry never applies: the structure error is nest's own).
        nest.assert_same_structure(orig_res_t, orig_res_f)
        if not res_t:
            raise tf_value_error("'true_fn' and 'false_fn' must return at least one result.")
        res_t_flat = nest.flatten(res_t)
        res_f_flat = nest.flatten(res_f)
        for x, y in zip(res_t_flat, res_f_flat, strict=True):
            x_type, y_type = x._dtype.base_dtype, y._dtype.base_dtype
            if x_type is not y_type:
                raise tf_value_error(
                    "Outputs of 'true_fn' and 'false_fn' must have the same type(s). Received "
                    f"{x_type.name} from 'true_fn' and {y_type.name} from 'false_fn'.")
        merges = [merge(state, [f, t])[0] for f, t in zip(res_f_flat, res_t_flat, strict=True)]
        if context_t.outer_context is None:
            collection = graph.collections.setdefault(COND_CONTEXT, [])
            collection.extend((context_t, context_f))
        merges = nest.pack_sequence_as(orig_res_t, merges)
        if not strict:
            merges = _unpack_if_singleton(merges)
        return merges


def _unpack_if_singleton(res: Any) -> Any:
    if isinstance(res, (list, tuple)) and len(res) == 1:
        return res[0]
    return res


def smart_constant_value(pred: Any) -> bool | None:
    """smart_cond.smart_constant_value: a Python bool, or a tensor's constant value, else None."""
    if isinstance(pred, Tensor):
        return static_bool(pred, fold=True)
    if not isinstance(pred, (list, dict, set)) and pred in {0, 1}:  # True, False, 0 and 1
        return bool(pred)
    if isinstance(pred, bool):
        return pred
    raise tf_type_error("Argument `pred` must be a Tensor, or a Python bool, or 1 or 0. Received: "
                        f"pred={pred} of type {type(pred).__name__}")


def static_bool(tensor: Tensor, fold: bool = False) -> bool | None:
    """tensor_util.constant_value of a predicate (a Const, through Identity/StopGradient), and with
    `fold` try_evaluate_constant's LogicalNot of one; None for anything fed or computed."""
    op = tensor._op
    negate = False
    while True:
        kind = op._type
        if kind in ("Identity", "StopGradient"):
            op = op._inputs[0]._op
        elif kind == "LogicalNot" and fold:
            negate = not negate
            op = op._inputs[0]._op
        else:
            break
    if op._type != "Const":
        return None
    value = op.attrs["value"]
    if getattr(value, "size", 1) != 1:
        return None
    return bool(value.reshape(()) if hasattr(value, "reshape") else value) != negate


def smart_cond(state: TFState, pred: Any, true_fn: Any = None, false_fn: Any = None, name: Any = None) -> Any:
    """smart_cond.smart_cond: call a branch directly when `pred` is known now, else cond.cond."""
    if not callable(true_fn):
        raise tf_type_error(f"Argument `true_fn` must be callable. Received {true_fn}")
    if not callable(false_fn):
        raise tf_type_error(f"Argument `false_fn` must be callable. Received {false_fn}")
    value = smart_constant_value(pred)
    if value is not None:
        return true_fn() if value else false_fn()
    return build_cond(state, pred, true_fn, false_fn, False, name)


def layer_smart_cond(state: TFState, pred: Any, true_fn: Any, false_fn: Any, name: Any = None) -> Any:
    """tf_keras control_flow_util.smart_cond (what tf.layers use): a Variable `pred` goes to
    tf.cond (TF2's export: strict), anything else to smart_cond."""
    from scopecli.engine.ops.variables import Variable

    if isinstance(pred, Variable):
        return build_cond(state, pred, true_fn, false_fn, True, name)
    return smart_cond(state, pred, true_fn, false_fn, name)
