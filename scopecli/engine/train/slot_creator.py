"""slot_creator.py: an optimizer's slot variable for a primary variable, named
`<primary op name>/<optimizer name>` (then `_1`, `_2` ... by variable_scope's default-name
uniquification), created by `get_variable("")` in that scope, not trainable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.variables import Variable


def create_slot_with_initializer(state: TFState, primary: Variable, initializer: Any, name: str) -> Variable:
    """create_slot_with_initializer for a primary of fully defined shape (its shape and dtype)."""
    from scopecli.engine.var_store import get_variable
    from scopecli.engine.variable_scope import variable_scope
    from scopecli.errors import InputError

    shape = primary.shape
    if not shape.is_fully_defined():
        raise InputError(f"optimizer slots of a variable of partly unknown shape ({primary.name}) are not "
                         "supported by scopecli yet")
    from scopecli.engine.framework.colocation import colocated_with

    scope_name = primary.op.name + "/" + name
    # colocate_vars_with(primary): the slot joins its variable's group and device
    with variable_scope(state, state.graph, None, scope_name, None, True, "variable_scope", {}), \
            colocated_with(state.graph, primary):
        # _create_slot_var: a resource primary gets a resource slot
        resource = primary.variable_op._type == "VarHandleOp"
        return get_variable(state, "", shape=list(shape.dims_ or ()), dtype=primary.dtype.base_dtype,
                            initializer=initializer, trainable=False, use_resource=resource)


def create_slot(state: TFState, primary: Variable, val: Any, name: str) -> Variable:
    """create_slot: `get_variable("", initializer=val)` in the `<primary>/<name>` scope."""
    from scopecli.engine.framework.colocation import colocated_with
    from scopecli.engine.var_store import get_variable
    from scopecli.engine.variable_scope import variable_scope

    scope_name = primary.op.name + "/" + name
    with variable_scope(state, state.graph, None, scope_name, None, True, "variable_scope", {}), \
            colocated_with(state.graph, primary):
        return get_variable(state, "", initializer=val, trainable=False)


def create_zeros_slot(state: TFState, primary: Variable, name: str) -> Variable:
    from scopecli.engine.initializers import Zeros

    return create_slot_with_initializer(state, primary, Zeros(state), name)
