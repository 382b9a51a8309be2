"""tf.nn.static_rnn and tf.nn.static_bidirectional_rnn (tensorflow/python/ops/rnn.py): the cell
called once per time step under `variable_scope(scope or "rnn")`, reusing its variables after
the first step; the backward pass of the bidirectional form sees the inputs reversed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine import variable_scope as vs
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.nest import flatten, is_nested, pack_sequence_as
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.rnn_cell_impl import assert_like_rnncell
from scopecli.errors import InputError, tf_type_error, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


def _check_inputs(inputs: Any) -> None:
    if not is_nested(inputs):
        raise tf_type_error(f"Argument `inputs` must be a sequence. Received: {inputs}")
    if not inputs:
        raise tf_value_error("Argument `inputs` must not be empty.")


def _fixed_batch_size(state: TFState, inputs: Any) -> tuple[Any, Any]:
    """static_rnn's batch size: the first input's static batch dimension, else
    `tf.shape(first_input)[0]`; every input's depth must be known."""
    from scopecli.engine import math_ops as m
    from scopecli.engine.array_ops import getitem
    from scopecli.engine.ops_core import convert_to_tensor

    flat_inputs = [convert_to_tensor(state, t) for t in flatten(inputs)]
    first = flat_inputs[0]
    if first._shape.ndims != 1:
        fixed = _rank_at_least_2(first)[0]
        for flat_input in flat_inputs:
            dims = _rank_at_least_2(flat_input)
            if fixed is not None and dims[0] is not None and dims[0] != fixed:
                raise tf_value_error(f"Dimensions {fixed} and {dims[0]} are not compatible")
            for i, size in enumerate(dims[1:]):
                if size is None:
                    raise tf_value_error(f"Input size (dimension {i} of input {flat_input}) must be "
                                         "accessible via shape inference, but saw value None.")
    else:
        fixed = first._shape.dims_[0]  # type: ignore[index]
    batch_size = fixed if fixed else getitem(m.shape(state, first), 0)
    return fixed, batch_size


def _rank_at_least_2(tensor: Any) -> list[Any]:
    dims = tensor._shape.dims_
    if dims is None:
        raise InputError("tf.nn.static_rnn with inputs of unknown rank is not supported by scopecli yet")
    if len(dims) < 2:
        raise tf_value_error(f"Shape {tensor._shape} must have rank at least 2")
    return list(dims)


@tf_export("nn.static_rnn", label=False)
@public_call("tf.nn.static_rnn")
def static_rnn(state: TFState, cell: Any, inputs: Any, initial_state: Any = None, dtype: Any = None,
               sequence_length: Any = None, scope: Any = None) -> tuple[list[Any], Any]:
    """state = cell.zero_state(batch, dtype); for each input: output, state = cell(input, state)."""
    assert_like_rnncell("cell", cell)
    _check_inputs(inputs)
    if sequence_length is not None:
        raise InputError("tf.nn.static_rnn with sequence_length (it builds a tf.cond per step) is not "
                         "supported by scopecli yet")
    outputs: list[Any] = []
    with vs.variable_scope(state, state.graph, scope or "rnn", None, None, True, "variable_scope",
                           {}) as varscope:
        _fixed, batch_size = _fixed_batch_size(state, inputs)
        if initial_state is not None:
            rnn_state = initial_state
        else:
            if not dtype:
                raise tf_value_error("If no initial_state is provided, argument `dtype` must be specified")
            rnn_state = cell.get_initial_state(inputs=None, batch_size=batch_size,
                                               dtype=dtypes.as_dtype(dtype))
        for time, input_ in enumerate(inputs):
            if time > 0:
                varscope.reuse_variables()
            output, rnn_state = cell(input_, rnn_state)
            outputs.append(output)
        return outputs, rnn_state


@tf_export("nn.static_bidirectional_rnn", label=False)
@public_call("tf.nn.static_bidirectional_rnn")
def static_bidirectional_rnn(state: TFState, cell_fw: Any, cell_bw: Any, inputs: Any,
                             initial_state_fw: Any = None, initial_state_bw: Any = None, dtype: Any = None,
                             sequence_length: Any = None, scope: Any = None) -> tuple[Any, Any, Any]:
    """A forward static_rnn under `fw`, a backward one over the reversed inputs under `bw`, and
    each step's outputs concatenated (fw, bw) on axis 1."""
    from scopecli.engine import math_ops as m

    assert_like_rnncell("cell_fw", cell_fw)
    assert_like_rnncell("cell_bw", cell_bw)
    _check_inputs(inputs)
    if sequence_length is not None:
        raise InputError("tf.nn.static_bidirectional_rnn with sequence_length (ReverseSequence and a "
                         "tf.cond per step) is not supported by scopecli yet")
    graph = state.graph
    with vs.variable_scope(state, graph, scope or "bidirectional_rnn", None, None, True, "variable_scope",
                           {}):
        with vs.variable_scope(state, graph, "fw", None, None, True, "variable_scope", {}) as fw_scope:
            output_fw, output_state_fw = static_rnn(state, cell_fw, inputs, initial_state_fw, dtype,
                                                    sequence_length, scope=fw_scope)
        with vs.variable_scope(state, graph, "bw", None, None, True, "variable_scope", {}) as bw_scope:
            reversed_inputs = list(reversed(list(inputs)))
            tmp, output_state_bw = static_rnn(state, cell_bw, reversed_inputs, initial_state_bw, dtype,
                                              sequence_length, scope=bw_scope)
    output_bw = list(reversed(tmp))
    pairs = zip(flatten(output_fw), flatten(output_bw), strict=True)
    flat_outputs = tuple(m.concat(state, [fw, bw], 1) for fw, bw in pairs)
    outputs = pack_sequence_as(output_fw, list(flat_outputs))
    return outputs, output_state_fw, output_state_bw
