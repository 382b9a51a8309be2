"""tf.nn.static_rnn and tf.nn.static_bidirectional_rnn (tensorflow/python/ops/rnn.py): the cell
called once per time step under `variable_scope(scope or "rnn")`, reusing its variables after
the first step; the backward pass of the bidirectional form sees the inputs reversed."""

from __future__ import annotations

import functools

from scopecli.engine import variable_scope as vs
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.nest import flatten, is_nested, pack_sequence_as
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.rnn_cell_impl import assert_like_rnncell
from scopecli.errors import InputError, tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _check_inputs(inputs: Any) -> None:
    if not is_nested(inputs):
        raise tf_type_error(f"Argument `inputs` must be a sequence. Received: {inputs}")
    if not inputs:
        raise tf_value_error("Argument `inputs` must not be empty.")


def _fixed_batch_size(state: TFState, inputs: Any) -> tuple[Any, Any]:
    """static_rnn's batch size: the first input's static batch dimension, else
    `tf.shape(first_input)[0]`; every input's depth must be known."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.tensor_getitem_override import getitem
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
    batch_size = fixed if fixed else getitem(shape_ops.shape(state, first), 0)
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
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops_core import convert_to_tensor

    assert_like_rnncell("cell", cell)
    _check_inputs(inputs)
    outputs: list[Any] = []
    with vs.variable_scope(state, state.graph, scope or "rnn", None, None, True, "variable_scope",
                           {}) as varscope:
        fixed, batch_size = _fixed_batch_size(state, inputs)
        if initial_state is not None:
            rnn_state = initial_state
        else:
            if not dtype:
                raise tf_value_error("If no initial_state is provided, argument `dtype` must be specified")
            rnn_state = cell.get_initial_state(inputs=None, batch_size=batch_size,
                                               dtype=dtypes.as_dtype(dtype))
        if sequence_length is not None:
            sequence_length = convert_to_tensor(state, sequence_length, name="sequence_length")
            if sequence_length._shape.ndims not in (None, 1):
                raise tf_value_error(f"Argument `sequence_length` must be a vector of length {batch_size}. "
                                     f"Received sequence_length={sequence_length}.")
            state_dtype = _state_dtype(dtype, rnn_state)
            flat_zero_output = [_zero_output(state, batch_size, fixed, size, state_dtype)
                                for size in flatten(cell.output_size_())]
            zero_output = pack_sequence_as(cell.output_size_(), flat_zero_output)
            sequence_length = m.cast(state, sequence_length, dtypes.int32)
            min_sequence_length = red.reduce_min(state, sequence_length)
            max_sequence_length = red.reduce_max(state, sequence_length)
        for time, input_ in enumerate(inputs):
            if time > 0:
                varscope.reuse_variables()
            if sequence_length is not None:
                output, rnn_state = rnn_step(state, time, sequence_length, min_sequence_length,
                                             max_sequence_length, zero_output, rnn_state,
                                             functools.partial(cell, input_, rnn_state))
            else:
                output, rnn_state = cell(input_, rnn_state)
            outputs.append(output)
        return outputs, rnn_state


def _state_dtype(explicit: Any, rnn_state: Any) -> Any:
    """rnn._infer_state_dtype."""
    if explicit is not None:
        return dtypes.as_dtype(explicit)
    found = [t._dtype for t in flatten(rnn_state)]
    if any(d != found[0] for d in found):
        raise tf_value_error(f"Argument state={rnn_state} has tensors of different inferred dtypes. Unable "
                             f"to infer a single representative dtype. Dtypes received: {found}")
    return found[0]


def _zero_output(state: TFState, batch_size: Any, fixed: Any, size: Any, dtype: Any) -> Any:
    """static_rnn's _create_zero_output: zeros of [batch, size] with the static batch if known."""
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.layers.rnn_cell_impl import concat_shape
    from scopecli.engine.ops import array_fill_ops as fill_ops

    output = fill_ops.zeros(state, concat_shape(state, batch_size, size), dtype)
    static = concat_shape(state, fixed, size, static=True)
    if fixed is not None:
        output.set_shape(TensorShape.known(tuple(static)))
    return output


def rnn_step(state: TFState, time: int, sequence_length: Any, min_sequence_length: Any,
             max_sequence_length: Any, zero_output: Any, rnn_state: Any, call_cell: Any) -> tuple[Any, Any]:
    """rnn._rnn_step with its conditionals (static_rnn's): past every row's end the zero output
    and the old state (a cond on max length); before every row's end the cell's (a cond on min
    length); in between a Select per row."""
    from scopecli.engine.framework.nest import assert_same_structure
    from scopecli.engine.ops.array_join_ops import where
    from scopecli.engine.ops.cond import build_cond

    flat_state, flat_zero_output = flatten(rnn_state), flatten(zero_output)
    copy_cond = time >= sequence_length

    def copy_one_through(output: Any, new_output: Any) -> Any:
        if output._shape.ndims == 0:
            return new_output
        return where(state, copy_cond, output, new_output)

    def copy_some_through(flat_new_output: list[Any], flat_new_state: list[Any]) -> list[Any]:
        outs = [copy_one_through(z, n) for z, n in zip(flat_zero_output, flat_new_output, strict=True)]
        states = [copy_one_through(s, n) for s, n in zip(flat_state, flat_new_state, strict=True)]
        return outs + states

    def maybe_copy_some_through() -> list[Any]:
        new_output, new_state = call_cell()
        assert_same_structure(zero_output, new_output)
        assert_same_structure(rnn_state, new_state)
        flat_new_state, flat_new_output = flatten(new_state), flatten(new_output)
        return build_cond(state, time < min_sequence_length, lambda: flat_new_output + flat_new_state,
                          lambda: copy_some_through(flat_new_output, flat_new_state), False, None)

    final = build_cond(state, time >= max_sequence_length, lambda: flat_zero_output + flat_state,
                       maybe_copy_some_through, False, None)
    final_output, final_state = final[:len(flat_zero_output)], final[len(flat_zero_output):]
    for output, zero in zip(final_output, flat_zero_output, strict=True):
        output.set_shape(zero._shape)
    for substate, old in zip(final_state, flat_state, strict=True):
        substate.set_shape(old._shape)
    return pack_sequence_as(zero_output, final_output), pack_sequence_as(rnn_state, final_state)


@tf_export("nn.static_bidirectional_rnn", label=False)
@public_call("tf.nn.static_bidirectional_rnn")
def static_bidirectional_rnn(state: TFState, cell_fw: Any, cell_bw: Any, inputs: Any,
                             initial_state_fw: Any = None, initial_state_bw: Any = None, dtype: Any = None,
                             sequence_length: Any = None, scope: Any = None) -> tuple[Any, Any, Any]:
    """A forward static_rnn under `fw`, a backward one over the reversed inputs under `bw`, and
    each step's outputs concatenated (fw, bw) on axis 1."""
    from scopecli.engine.ops import array_join_ops as join

    assert_like_rnncell("cell_fw", cell_fw)
    assert_like_rnncell("cell_bw", cell_bw)
    _check_inputs(inputs)
    graph = state.graph
    with vs.variable_scope(state, graph, scope or "bidirectional_rnn", None, None, True, "variable_scope",
                           {}):
        with vs.variable_scope(state, graph, "fw", None, None, True, "variable_scope", {}) as fw_scope:
            output_fw, output_state_fw = static_rnn(state, cell_fw, inputs, initial_state_fw, dtype,
                                                    sequence_length, scope=fw_scope)
        with vs.variable_scope(state, graph, "bw", None, None, True, "variable_scope", {}) as bw_scope:
            reversed_inputs = reverse_seq(state, list(inputs), sequence_length)
            tmp, output_state_bw = static_rnn(state, cell_bw, reversed_inputs, initial_state_bw, dtype,
                                              sequence_length, scope=bw_scope)
    output_bw = reverse_seq(state, tmp, sequence_length)
    pairs = zip(flatten(output_fw), flatten(output_bw), strict=True)
    flat_outputs = tuple(join.concat(state, [fw, bw], 1) for fw, bw in pairs)
    outputs = pack_sequence_as(output_fw, list(flat_outputs))
    return outputs, output_state_fw, output_state_bw


def reverse_seq(state: TFState, input_seq: list[Any], lengths: Any) -> list[Any]:
    """rnn._reverse_seq: the list reversed, or (with lengths) each flat input stacked along time,
    ReverseSequence'd up to each row's length, and unstacked again."""
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops.array_ops import unstack
    from scopecli.engine.ops.reverse_sequence_ops import reverse_sequence

    if lengths is None:
        return list(reversed(input_seq))
    flat_input_seq = [flatten(input_) for input_ in input_seq]
    flat_results: list[list[Any]] = [[] for _ in input_seq]
    for sequence in zip(*flat_input_seq, strict=True):
        rank = sequence[0]._shape.ndims
        input_shape = TensorShape(None) if rank is None else TensorShape.known((None,) * rank)
        for input_ in sequence:
            if not input_shape.is_compatible_with(input_._shape):
                raise tf_value_error(f"Shapes {input_shape} and {input_._shape} are incompatible")
            input_.set_shape(input_shape)
        s_joined = join.stack(state, list(sequence))
        s_reversed = reverse_sequence(state, s_joined, lengths, 0, 1)
        for r, flat_result in zip(unstack(state, s_reversed), flat_results, strict=True):
            r.set_shape(input_shape)
            flat_result.append(r)
    return [pack_sequence_as(input_, flat) for input_, flat in zip(input_seq, flat_results, strict=True)]
