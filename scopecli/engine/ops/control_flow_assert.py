"""tf.Assert (control_flow_assert.Assert) and tf.reverse_sequence (array_ops.reverse_sequence):
the two ops dynamic_rnn and bidirectional_dynamic_rnn add when given `sequence_length` (its
shape check, and the per-example time reversal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor
from scopecli.errors import InputError, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.graph import Operation, Tensor
    from scopecli.engine.framework.state import TFState


register_shape("Assert", lambda node, inputs, attrs: [])
register_shape("ReverseSequence", lambda node, inputs, attrs: [inputs[0]._shape])


@tf_export("Assert", "debugging.Assert", label=False)
def assert_(state: TFState, condition: Any, data: Any, summarize: Any = None, name: Any = None) -> Operation:
    """control_flow_assert.Assert in graph mode: the data converted (`Const`s for Python values,
    kept only to decide the path), then one Assert op whose own inputs convert the data again.
    Data of other types than string and int32 is guarded by a tf.cond (AssertGuard)."""
    data = list(data)
    with name_scope(state, name, "Assert", [condition, *data]):
        xs = [convert_to_tensor(state, x) for x in data]
        if not all(x._dtype.base_dtype in (dtypes.string, dtypes.int32) for x in xs):
            raise InputError("tf.Assert with data other than strings and int32 (TF guards it with a tf.cond "
                             "named AssertGuard) is not supported by scopecli yet")
        return apply_op(state, "Assert", "Assert", condition=condition, data=data,
                        summarize=3 if summarize is None else summarize)


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
