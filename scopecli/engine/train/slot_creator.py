"""slot_creator.py: an optimizer's slot variable for a primary variable, named
`<primary op name>/<optimizer name>` (then `_1`, `_2` ... by variable_scope's default-name
uniquification), created by `get_variable("")` in that scope, not trainable."""

from __future__ import annotations

from scopecli.engine.framework.colocation import colocated_with
from scopecli.engine.initializers import Zeros
from scopecli.engine.var_store import get_variable
from scopecli.engine.variable_scope import variable_scope
from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState
    from scopecli.engine.ops.variables import Variable


def create_slot_with_initializer(state: TFState, primary: Variable, initializer: Any, name: str) -> Variable:
    """create_slot_with_initializer for a primary of fully defined shape (its shape and dtype)."""
    shape = primary.shape
    if not shape.is_fully_defined():
        raise InputError(f"optimizer slots of a variable of partly unknown shape ({primary.name}) are not "
                         "supported by scopecli yet")
    scope_name = primary.op.name + "/" + name
    # colocate_vars_with(primary): the slot joins its variable's group and device
    with variable_scope(state, state.graph, None, scope_name, None, True, "variable_scope", {}), \
            colocated_with(state.graph, primary):
        # _create_slot_var: a resource primary gets a resource slot
        resource = primary.variable_op._type == "VarHandleOp"
        slot = get_variable(state, "", shape=list(shape.dims_ or ()), dtype=primary.dtype.base_dtype,
                            initializer=initializer, trainable=False, use_resource=resource)
    return _sliced_like(primary, slot)


def create_slot(state: TFState, primary: Variable, val: Any, name: str) -> Variable:
    """create_slot: `get_variable("", initializer=val)` in the `<primary>/<name>` scope."""
    scope_name = primary.op.name + "/" + name
    with variable_scope(state, state.graph, None, scope_name, None, True, "variable_scope", {}), \
            colocated_with(state.graph, primary):
        slot = get_variable(state, "", initializer=val, trainable=False)
    return _sliced_like(primary, slot)


def _sliced_like(primary: Variable, slot: Variable) -> Variable:
    """_create_slot_var: a shard's slot is a slice of `<full name>/<slot name>` ("s/w/Adam"), cut
    as its primary is (to the slot's rank; a scalar slot is not sliced)."""
    info = getattr(primary, "save_slice_info", None)
    n = slot.shape.ndims
    if info is not None and (n is None or n > 0):
        from scopecli.engine.ops.partitioned_variables import SaveSliceInfo

        real_slot_name = slot.name[len(primary.op.name + "/"):-2]
        slot.save_slice_info = SaveSliceInfo(info.full_name + "/" + real_slot_name, info.full_shape[:n],
                                             info.var_offset[:n], info.var_shape[:n])
    return slot


def create_zeros_slot(state: TFState, primary: Variable, name: str) -> Variable:
    return create_slot_with_initializer(state, primary, Zeros(state), name)
