"""tf.while_loop in TF1 graph mode (TF's while_loop.py): the name scope, maximum_iterations as
an extra loop variable, then a WhileContext (while_context.py) builds the loop."""

from __future__ import annotations

from scopecli.engine.framework import nest
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.while_context import WhileContext
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

WHILE_CONTEXT = "while_context"  # ops.GraphKeys.WHILE_CONTEXT


# -- tf.while_loop --------------------------------------------------------------------------------

@tf_export("while_loop", label=False, accepts_callable=True)
def while_loop(state: TFState, cond: Any, body: Any, loop_vars: Any, shape_invariants: Any = None,
               parallel_iterations: Any = 10, back_prop: bool = True, swap_memory: bool = False,
               name: Any = None, maximum_iterations: Any = None, return_same_structure: bool = False) -> Any:
    """while_loop.while_loop (v1, graph mode)."""
    from scopecli.engine.framework.constant_op import constant
    from scopecli.engine.ops.logical_ops import logical_and

    if not callable(cond):
        raise tf_type_error("'cond' must be callable.")
    if not callable(body):
        raise tf_type_error("'body' must be callable.")
    if parallel_iterations < 1:
        raise tf_type_error("'parallel_iterations' must be a positive integer.")
    values = nest.flatten(loop_vars) if nest.is_nested(loop_vars) else [loop_vars]
    with name_scope(state, name, "while", values):
        if isinstance(loop_vars, Tensor):
            loop_vars.__bool__()  # TF's `if not loop_vars` on a tensor: its OperatorNotAllowedInGraphError
        if not loop_vars:
            raise tf_value_error("'loop_vars' must be provided.")
        try_to_pack = len(loop_vars) == 1 and not return_same_structure
        if maximum_iterations is not None:
            maximum_iterations = convert_to_tensor(state, maximum_iterations, name="maximum_iterations")
            if maximum_iterations._shape.dims_ is None or len(maximum_iterations._shape.dims_) != 0:
                raise tf_value_error("'maximum_iterations' must be a scalar. Received shape: "
                                     f"{maximum_iterations._shape}")
            counter = constant(state, 0, dtype=maximum_iterations._dtype, name="iteration_counter")
            orig_cond, orig_body, limit = cond, body, maximum_iterations
            if try_to_pack:
                loop_vars = (counter, loop_vars[0])
                cond = lambda i, lv: logical_and(state, i < limit, orig_cond(lv))  # noqa: E731
                body = lambda i, lv: (i + 1, orig_body(lv))  # noqa: E731
            else:
                loop_vars = (counter, loop_vars)
                cond = lambda i, lv: logical_and(state, i < limit, orig_cond(*lv))  # noqa: E731
                body = lambda i, lv: (i + 1, orig_body(*lv))  # noqa: E731
        if shape_invariants is not None and maximum_iterations is not None:
            shape_invariants = (TensorShape.known(()), shape_invariants)
        context = WhileContext(state, maximum_iterations, parallel_iterations, back_prop, swap_memory)
        if context.outer_context is None:
            state.graph.collections.setdefault(WHILE_CONTEXT, []).append(context)
        result = context.BuildLoop(cond, body, loop_vars, shape_invariants, return_same_structure)
        return result[1] if maximum_iterations is not None else result
