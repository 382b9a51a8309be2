"""The frame ops of TF1 while loops, as control_flow_ops.py wraps them (_Enter, exit, merge,
switch, _NextIteration) and their shape functions (control_flow_ops.cc): Enter makes a value
available in a loop's frame, Merge joins the first iteration's value with the next ones',
Switch(LoopCond) ends the loop, NextIteration carries a value to the next iteration, Exit
hands the last value back to the parent frame."""

from __future__ import annotations

from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import apply_op, shape_error
from scopecli.engine.framework.registry import register_shape, shape_fn
from scopecli.engine.framework.shapes import TensorShape

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

# -- the primitive ops (control_flow_ops.py: _Enter, exit, merge, switch, _NextIteration) ---------

def enter(state: TFState, tensor: Tensor, frame_name: str, is_constant: bool = False,
          parallel_iterations: int = 10, use_input_shape: bool = True, name: Any = None) -> Tensor:
    op_type = "RefEnter" if tensor._dtype.is_ref else "Enter"
    result = apply_op(state, op_type, name, data=tensor, frame_name=frame_name, is_constant=is_constant,
                      parallel_iterations=parallel_iterations)._outputs[0]
    if use_input_shape:
        result._shape = result._shape.merge_with(tensor._shape)
    return result


def exit_(state: TFState, tensor: Tensor, name: Any = None) -> Tensor:
    return apply_op(state, "RefExit" if tensor._dtype.is_ref else "Exit", name, data=tensor)._outputs[0]


def next_iteration(state: TFState, tensor: Tensor, name: Any = None) -> Tensor:
    op_type = "RefNextIteration" if tensor._dtype.is_ref else "NextIteration"
    return apply_op(state, op_type, name, data=tensor)._outputs[0]


def merge(state: TFState, inputs: list[Tensor], name: Any = None) -> list[Tensor]:
    with name_scope(state, name, "Merge", inputs) as scope:
        op_type = "RefMerge" if all(t._dtype.is_ref for t in inputs) else "Merge"
        return apply_op(state, op_type, scope, inputs=inputs)._outputs


def switch(state: TFState, data: Tensor, pred: Tensor, name: Any = "Switch") -> list[Tensor]:
    with name_scope(state, name, "Switch", [data, pred]) as scope:
        op_type = "RefSwitch" if data._dtype.is_ref else "Switch"
        return apply_op(state, op_type, scope, data=data, pred=pred)._outputs


def identity(state: TFState, tensor: Tensor) -> Tensor:
    from scopecli.engine.ops.array_shape_ops import identity

    return identity(state, tensor)




# -- shape functions (control_flow_ops.cc) ----------------------------------------------------------

@shape_fn("Enter")
def _enter_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    # Unknown unless the value is a loop constant; _Enter then sets the input's shape itself.
    return [inputs[0]._shape if attrs.get("is_constant") else TensorShape(None)]


register_shape("RefEnter", _enter_shape)
for _same in ("Exit", "RefExit", "NextIteration", "RefNextIteration"):
    register_shape(_same, lambda name, inputs, attrs: [inputs[0]._shape])


@shape_fn("LoopCond")
def _loop_cond_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    dims = inputs[0]._shape.dims_
    if dims is not None and len(dims) != 0:
        raise shape_error(f"Shape must be rank 0 but is rank {len(dims)}", name, "LoopCond", attrs, inputs)
    return [TensorShape.known(())]

