"""tf.get_default_session (ops.get_default_session): the innermost session entered with `with`,
`as_default()` or made interactive, else None."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.tf_export import tf_export

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


@tf_export("get_default_session", label=False)
def get_default_session(state: TFState) -> Any:
    return state.session_stack[-1] if state.session_stack else None
