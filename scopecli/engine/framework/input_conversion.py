"""One typed op input converted as _ExtractInputsAndAttrs converts it (op_def_library.py)."""

from __future__ import annotations

from scopecli.engine import ops_core as core
from scopecli.engine.framework import dtypes
from scopecli.errors import ScenarioError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def convert_typed_input(state: TFState, attr: Any, value: Any, arg_name: str, op_type: str, known: Any,
                        inferred_from: str, is_ref: bool) -> Tensor:
    """The input of type attr `attr` (`known`: its dtype if already inferred). When a plain
    conversion raises TypeError (a list holding Dimensions needs a dtype) and the attr has a
    default, TF ignores it and converts again with the default as preferred dtype."""
    try:
        return core._convert_typed(state, value, arg_name, op_type, known, inferred_from, is_ref)
    except ScenarioError as error:
        if known is not None or error.type_name != "TypeError" or not attr.has_default:
            raise
    return core.convert_to_tensor(state, value, name=arg_name, dtype_hint=dtypes.as_dtype(attr.default))
