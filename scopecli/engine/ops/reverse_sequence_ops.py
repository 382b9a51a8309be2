"""tf.reverse_sequence (array_ops.reverse_sequence): each example reversed along the sequence
axis up to its own length; bidirectional_dynamic_rnn's backward pass with sequence_length."""

from __future__ import annotations

from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.errors import tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


register_shape("ReverseSequence", lambda node, inputs, attrs: [inputs[0]._shape])


@tf_export("reverse_sequence", label=False)
def reverse_sequence(state: TFState, input: Any, seq_lengths: Any, seq_axis: Any = None,  # noqa: A002
                     batch_axis: Any = None, name: Any = None, seq_dim: Any = None,
                     batch_dim: Any = None) -> Tensor:
    """array_ops.reverse_sequence (v1): seq_dim / batch_dim are the deprecated spellings."""
    if seq_axis is not None and seq_dim is not None:
        raise tf_value_error("Cannot specify both 'seq_axis' and 'seq_dim'")
    if batch_axis is not None and batch_dim is not None:
        raise tf_value_error("Cannot specify both 'batch_axis' and 'batch_dim'")
    seq_axis = seq_axis if seq_axis is not None else seq_dim
    batch_axis = batch_axis if batch_axis is not None else (batch_dim if batch_dim is not None else 0)
    return apply_op(state, "ReverseSequence", name, input=input, seq_lengths=seq_lengths, seq_dim=seq_axis,
                    batch_dim=batch_axis)._outputs[0]
