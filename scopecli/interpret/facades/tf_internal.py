"""`from tensorflow.python.framework import ops`: the TF-internal module older tutorials import
for `ops.reset_default_graph()` (and a few more graph functions), as the same members scopecli's
`tf` has; a name TF keeps there that scopecli's `tf` lacks is refused by name."""

from __future__ import annotations

from scopecli.model import Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

# The public functions and classes framework/ops.py defines that real files reach through it.
_OPS_NAMES = ("reset_default_graph", "get_default_graph", "Graph", "Tensor", "Operation",
              "convert_to_tensor", "name_scope", "control_dependencies", "device", "colocate_with",
              "GraphKeys", "add_to_collection", "add_to_collections", "get_collection",
              "get_collection_ref", "RegisterGradient", "NotDifferentiable", "no_gradient")


def build_framework_ops(interpreter: Any) -> Namespace:
    tf = interpreter.modules["tensorflow"]
    members = {name: tf.members[name] for name in _OPS_NAMES if name in tf.members}
    return Namespace("tensorflow.python.framework.ops", members)
