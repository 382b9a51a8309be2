"""Gradients of TF1 cond's ops (control_flow_grad.py: _SwitchGrad, _MergeGrad) and the zeros a
cond's Switch gets for the branch no gradient came from (control_flow_state._ZerosLikeV1).

    Merge (a cond's result)  -> Switch `cond_grad` on the cond's predicate: each branch its grad
    Switch (into a branch)   -> Merge `cond_grad` of both outputs' grads (zeros for the other)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.registry import gradient

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


def _cond_context(ctxt: Any) -> bool:
    return ctxt is not None and ctxt.IsCondContext()


def _while_context(ctxt: Any) -> bool:
    return ctxt is not None and ctxt.IsWhileContext()


def _switch_grad(state: TFState, op: Operation, *grad: Any) -> list[Any]:
    """_SwitchGrad: a cond's Switch gets the Merge of its two outputs' gradients."""
    from scopecli.engine.ops.cond_context import merge, switch

    op_ctxt = op._control_flow_context
    if _while_context(op_ctxt):
        from scopecli.errors import InputError

        raise InputError("gradients through a tf.while_loop's Switch are not supported by scopecli yet")
    if _cond_context(op_ctxt):
        zero_grad = grad[1 - op_ctxt.branch]
        # The zeros guarded by the right Switch were made (cond_zeros_like); None for the other
        # branch only for outputs that are not trainable.
        if zero_grad is None:
            if op._inputs[0]._dtype.base_dtype.name == "resource":
                return [merge(state, [grad[op_ctxt.branch]] * 2, name="cond_resource_grad")[0], None]
            return [None, None]
        return [merge(state, list(grad), name="cond_grad")[0], None]
    false_grad = switch(state, grad[0], op._inputs[1])[0]
    true_grad = switch(state, grad[1], op._inputs[1])[1]
    return [merge(state, [false_grad, true_grad])[0], None]


gradient("Switch")(_switch_grad)
gradient("RefSwitch")(_switch_grad)


@gradient("Merge")
def _merge_grad(state: TFState, op: Operation, grad: Any, _: Any) -> list[Any]:
    """_MergeGrad: a cond's Merge routes its gradient back into each branch by a Switch on the
    cond's predicate (`cond_grad`); a plain Merge by a Switch per input on value_index == i."""
    from scopecli.engine import math_ops as m
    from scopecli.engine.framework.control_flow_context import GetOutputContext
    from scopecli.engine.ops.cond_context import switch_ref_or_tensor

    op_ctxt = GetOutputContext(op._inputs[0]._op)
    if _while_context(op_ctxt):
        from scopecli.errors import InputError

        raise InputError("gradients through a tf.while_loop's Merge are not supported by scopecli yet")
    if _cond_context(op_ctxt):
        return list(switch_ref_or_tensor(state, grad, op_ctxt.pred, name="cond_grad"))
    conds = [m.equal(state, op._outputs[1], i) for i in range(len(op._inputs))]
    return [switch_ref_or_tensor(state, grad, c)[1] for c in conds]


def cond_zeros_like(state: TFState, op: Operation, out_grads: list[Any]) -> None:
    """control_flow_state.ZerosLike for a Switch in a cond branch (_ZerosLikeV1): the zeros for
    an output no gradient reached are made only when that branch runs, behind a Switch on the
    cond's predicate and an Identity pivot (made in the `gradients/` scope, not the op's)."""
    from scopecli.engine import math_ops as m
    from scopecli.engine.framework import dtypes
    from scopecli.engine.framework.op_def_library import apply_op
    from scopecli.engine.gradients_util import is_trainable
    from scopecli.engine.ops.cond_context import switch
    from scopecli.engine.ops.control_flow_ops import controlled_in

    op_ctxt = op._control_flow_context
    for index, out_grad in enumerate(out_grads):
        val: Tensor = op._outputs[index]
        if out_grad is not None or not is_trainable(val):
            continue
        switch_val = switch(state, op._inputs[0], op_ctxt.pred)[1 - op_ctxt.branch]
        pivot = m.identity(state, switch_val)
        zeros_shape = apply_op(state, "Shape", None, input=switch_val, out_type=dtypes.int32)._outputs[0]
        with controlled_in(state.graph, [pivot]):
            out_grads[index] = m.zeros(state, zeros_shape, dtype=val._dtype.base_dtype)
