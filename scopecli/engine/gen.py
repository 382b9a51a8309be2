"""Raw op wrappers made from the OpDefs (TF's generated gen_*_ops functions), for code that builds
op types directly, as TF's gradient functions and wrappers do:

    relu_grad = gen.op("ReluGrad")
    g = relu_grad(state, gradients, features, name=None)        # gen_nn_ops.relu_grad

Positional arguments fill the OpDef's inputs in order, keywords give inputs or attrs; the result
is restructured as op_def_library.apply_op's caller in TF does (_Restructure): the single output,
a list for a list output, a tuple for several outputs, the Operation when there is none.
"""

from __future__ import annotations

from collections.abc import Callable

from scopecli.engine.framework.op_def_library import apply_op, op_def

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState

_WRAPPERS: dict[str, Callable[..., Any]] = {}


def op(op_type: str) -> Callable[..., Any]:
    """The raw wrapper of `op_type` (made once)."""
    found = _WRAPPERS.get(op_type)
    if found is None:
        found = _WRAPPERS[op_type] = _make(op_type)
    return found


def _make(op_type: str) -> Callable[..., Any]:
    definition = op_def(op_type)
    names = [arg.name for arg in definition.inputs]

    def wrapper(state: TFState, *args: Any, name: Any = None, **keywords: Any) -> Any:
        if len(args) > len(names):
            raise TypeError(f"{op_type} takes {len(names)} inputs, got {len(args)}")  # a caller's bug
        keywords.update(zip(names, args, strict=False))
        operation = apply_op(state, op_type, name, **keywords)
        outputs = operation._outputs
        if not definition.outputs:
            return operation
        structure: list[Any] = []
        index = 0
        for arg in definition.outputs:
            if arg.number_attr or arg.type_list_attr:
                count = (operation.attrs[arg.number_attr] if arg.number_attr
                         else len(operation.attrs[arg.type_list_attr]))
                structure.append(outputs[index:index + count])
                index += count
            else:
                structure.append(outputs[index])
                index += 1
        return structure[0] if len(structure) == 1 else tuple(structure)

    wrapper.__name__ = op_type
    return wrapper
