"""array_ops' joining and gathering functions: concat, stack, tile and gather, with the
shape functions of ConcatV2, Pack, Tile and GatherV2 (TF's C++ ones, errors included).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import shape_fns as sf
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.framework.name_scope import _scope
from scopecli.engine.framework.op_def_library import apply_op as new_apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops.array_shape_ops import identity
from scopecli.engine.ops.math_arith_ops import _t
from scopecli.engine.ops.tensor_util import constant_ints
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import ScenarioError, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


@tf_export("concat")
def concat(state: TFState, values: Any, axis: Any, name: str = "concat") -> Tensor:
    if not isinstance(values, (list, tuple)):
        values = [values]
    if len(values) == 1:
        with _scope(state, name, "concat", []) as scope:
            convert_to_tensor(state, axis, dtypes.int32, name="concat_dim")
            return identity(state, values[0], name=scope)
    return _t(new_apply_op(state, "ConcatV2", name, values=list(values), axis=axis))


def _concat_shape(node: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    axis = constant_ints(inputs[-1])
    return [shape for _, shape in sf.concat(axis[0] if axis else None)(node, inputs)]


@tf_export("stack")
def stack(state: TFState, values: Any, axis: int = 0, name: str = "stack") -> Tensor:
    if not isinstance(values, (list, tuple)):
        values = [values]
    if axis == 0:
        # array_ops_stack.stack: first try converting the list (a Const, or an autopacked Pack
        # named `name`); on failure that name is used up and Pack below becomes "stack_1".
        try:
            return convert_to_tensor(state, list(values), name=name)
        except ScenarioError as error:
            if error.type_name not in ("TypeError", "ValueError"):
                raise
    # value_shape = convert_to_tensor(values[0], name=name): a Python first value becomes a Const
    # named `name` (uniquified) before the Pack, as in TF.
    first = convert_to_tensor(state, values[0], name=name)._shape.dims_
    if first is not None and not -(len(first) + 1) <= int(axis) < len(first) + 1:
        raise tf_value_error(f"Argument `axis` = {axis} not in range [{-len(first) - 1}, {len(first) + 1})")
    return _t(new_apply_op(state, "Pack", name, values=list(values), axis=int(axis)))


register_shape("ConcatV2", _concat_shape)


register_shape("Pack", lambda node, inputs, attrs: [s for _, s in sf.pack(attrs["axis"])(node, inputs)])
