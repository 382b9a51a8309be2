"""tf.get_default_session (ops.get_default_session): the innermost session entered with `with`,
`as_default()` or made interactive, else None."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("get_default_session", label=False)
def get_default_session(state: TFState) -> Any:
    return state.session_stack[-1] if state.session_stack else None
