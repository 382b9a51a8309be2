"""tf.nn.dynamic_rnn and tf.nn.bidirectional_dynamic_rnn (tensorflow/python/ops/rnn.py): the
inputs made time-major, one TensorArray per input and output, and the cell called in a
tf.while_loop over the time steps, so its ops are named `rnn/while/<cell>/...` while its
variables stay `rnn/<cell>/kernel` (a variable made in a loop body is made outside it)."""

from __future__ import annotations

from scopecli.engine import variable_scope as vs
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.nest import flatten, map_structure, pack_sequence_as
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.rnn_cell_impl import assert_like_rnncell, concat_shape
from scopecli.errors import InputError, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def transpose_batch_time(state: TFState, x: Tensor) -> Tensor:
    """rnn._transpose_batch_time: swap the first two dimensions (Rank, range, concat,
    transpose), keeping what is known of the static shape."""
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops.array_fill_ops import range_
    from scopecli.engine.ops.array_shape_ops import rank, transpose

    dims = x._shape.dims_
    if dims is not None and len(dims) < 2:
        return x
    x_rank = rank(state, x)
    x_t = transpose(state, x, join.concat(state, ([1, 0], range_(state, 2, x_rank)), 0))
    if dims is None:
        raise InputError("tf.nn.dynamic_rnn with inputs of unknown rank is not supported by scopecli yet")
    x_t.set_shape(TensorShape.known((dims[1], dims[0], *dims[2:])))
    return x_t


def best_effort_batch_size(state: TFState, flat_input: list[Tensor]) -> Any:
    """rnn._best_effort_input_batch_size: the static batch (dimension 1 of time-major inputs),
    else `tf.shape(flat_input[0])[1]`."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.tensor_getitem_override import getitem

    for input_ in flat_input:
        dims = input_._shape.dims_
        if dims is None:
            continue
        if len(dims) < 2:
            raise tf_value_error(f"Input tensor should have rank >= 2. Received input={input_} of rank "
                                 f"{len(dims)}")
        if dims[1] is not None:
            return dims[1]
    return getitem(shape_ops.shape(state, flat_input[0]), 1)


@tf_export("nn.dynamic_rnn", label=False)
@public_call("tf.nn.dynamic_rnn")
def dynamic_rnn(state: TFState, cell: Any, inputs: Any, sequence_length: Any = None,
                initial_state: Any = None, dtype: Any = None, parallel_iterations: Any = None,
                swap_memory: Any = False, time_major: Any = False, scope: Any = None) -> tuple[Any, Any]:
    """rnn.dynamic_rnn: outputs [batch, time, ...] (time-major when asked) and the final state."""
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops_core import convert_to_tensor

    assert_like_rnncell("cell", cell)
    with vs.variable_scope(state, state.graph, scope or "rnn", None, None, True, "variable_scope", {}):
        flat_input = [convert_to_tensor(state, t) for t in flatten(inputs)]
        if not time_major:
            flat_input = [transpose_batch_time(state, t) for t in flat_input]
        parallel_iterations = parallel_iterations or 32
        if sequence_length is not None:
            sequence_length = m.cast(state, sequence_length, dtypes.int32)
            if sequence_length._shape.ndims not in (None, 1):
                raise tf_value_error("Argument sequence_length must be a vector of length batch_size. "
                                     f"Received sequence_length={sequence_length} of shape: "
                                     f"{sequence_length._shape}")
            sequence_length = shape_ops.identity(state, sequence_length, name="sequence_length")  # to find it
        batch_size = best_effort_batch_size(state, flat_input)
        if initial_state is not None:
            rnn_state = initial_state
        else:
            if not dtype:
                raise tf_value_error("If no initial_state is provided, argument `dtype` must be specified")
            rnn_state = cell.get_initial_state(inputs=None, batch_size=batch_size,
                                               dtype=dtypes.as_dtype(dtype))
        if sequence_length is not None:
            sequence_length = _checked_lengths(state, sequence_length, batch_size)
        time_inputs = pack_sequence_as(inputs, flat_input)
        outputs, final_state = _dynamic_rnn_loop(state, cell, time_inputs, rnn_state, parallel_iterations,
                                                 swap_memory, sequence_length, dtype)
        if not time_major:
            outputs = map_structure(lambda t: transpose_batch_time(state, t), outputs)
        return outputs, final_state


def _checked_lengths(state: TFState, sequence_length: Tensor, batch_size: Any) -> Tensor:
    """dynamic_rnn's _assert_has_shape(sequence_length, [batch_size]) and the `CheckSeqLen`
    identity that depends on it."""
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops.control_flow_assert import Assert
    from scopecli.engine.ops.control_flow_ops import controlled_in
    from scopecli.engine.ops.reduction_ops import reduce_all

    x_shape = shape_ops.shape(state, sequence_length)
    packed_shape = join.stack(state, [batch_size])
    check = Assert(state, reduce_all(state, m.equal(state, x_shape, packed_shape)),
                    [f"Expected shape for Tensor {sequence_length.name} is ", packed_shape,
                     " but saw shape: ", x_shape])
    with controlled_in(state.graph, [check]):
        return shape_ops.identity(state, sequence_length, name="CheckSeqLen")


def _infer_state_dtype(explicit: Any, rnn_state: Any) -> Any:
    """rnn._infer_state_dtype."""
    if explicit is not None:
        return dtypes.as_dtype(explicit)
    found = [t._dtype for t in flatten(rnn_state)]
    if not found:
        raise tf_value_error(f"Unable to infer dtype from argument state={rnn_state}.")
    if any(d != found[0] for d in found):
        raise tf_value_error(f"Argument state={rnn_state} has tensors of different inferred dtypes. Unable "
                             f"to infer a single representative dtype. Dtypes received: {found}")
    return found[0]


def _dynamic_rnn_loop(state: TFState, cell: Any, inputs: Any, initial_state: Any, parallel_iterations: int,
                      swap_memory: Any, sequence_length: Any, dtype: Any) -> tuple[Any, Any]:
    """rnn._dynamic_rnn_loop in graph mode."""
    from scopecli.engine.framework.name_scope import name_scope
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops import math_arith_ops as m
    from scopecli.engine.ops import reduction_ops as red
    from scopecli.engine.ops.tensor_array_ops import TensorArray
    from scopecli.engine.ops.tensor_getitem_override import getitem
    from scopecli.engine.ops.while_loop import while_loop
    from scopecli.engine.ops_core import constant

    flat_input = flatten(inputs)
    flat_output_size = flatten(cell.output_size_())
    input_shape = shape_ops.shape(state, flat_input[0])
    time_steps = getitem(input_shape, 0)
    batch_size = best_effort_batch_size(state, flat_input)
    got_shapes = []
    for input_ in flat_input:
        dims = input_._shape.dims_
        if dims is None or len(dims) < 3:
            raise tf_value_error(f"Shape {input_._shape} must have rank at least 3")
        got_shapes.append(list(dims))
    const_time_steps, const_batch_size = got_shapes[0][:2]
    for input_, dims in zip(flat_input, got_shapes, strict=True):
        if any(d is None for d in dims[2:]):
            raise tf_value_error("Input size (depth of inputs) must be accessible via shape inference, but "
                                 f"saw value None for input={input_}.")
        if dims[0] != const_time_steps:
            raise tf_value_error("Time steps is not the same for all the elements in the input in a batch. "
                                 f"Received time steps={dims[0]} for input={input_}.")
        if dims[1] != const_batch_size:
            raise tf_value_error("Batch_size is not the same for all the elements in the input. Received "
                                 f"batch size={dims[1]} for input={input_}.")
    state_dtype = _infer_state_dtype(dtype, initial_state)
    # Built in every case (TF does), used only with sequence_length.
    flat_zero_output = [fill_ops.zeros(state, concat_shape(state, batch_size, size), state_dtype)
                        for size in flat_output_size]
    if sequence_length is not None:
        min_sequence_length = red.reduce_min(state, sequence_length)
        max_sequence_length = red.reduce_max(state, sequence_length)
    else:
        max_sequence_length = time_steps
    time = constant(state, 0, dtype=dtypes.int32, name="time")
    with name_scope(state, "dynamic_rnn", "", []) as scope:
        base_name = scope

    def create_ta(name: str, element_shape: Any, ta_dtype: Any) -> TensorArray:
        return TensorArray(state, ta_dtype, size=time_steps, element_shape=element_shape,
                           tensor_array_name=base_name + name)

    output_ta = tuple(create_ta(f"output_{i}", TensorShape.known((const_batch_size, *_dims(size))),
                                state_dtype) for i, size in enumerate(flat_output_size))
    input_ta = tuple(create_ta(f"input_{i}", TensorShape.known(tuple(dims[1:])), t._dtype)
                     for i, (t, dims) in enumerate(zip(flat_input, got_shapes, strict=True)))
    input_ta = tuple(ta.unstack(t) for ta, t in zip(input_ta, flat_input, strict=True))

    def time_step(time: Any, output_ta_t: Any, rnn_state: Any) -> Any:
        input_t = tuple(ta.read(time) for ta in input_ta)
        for input_, dims in zip(input_t, got_shapes, strict=True):
            input_.set_shape(TensorShape.known(tuple(dims[1:])))
        input_t = pack_sequence_as(inputs, list(input_t))
        if sequence_length is not None:
            output, new_state = _rnn_step(state, time, sequence_length, min_sequence_length, flat_zero_output,
                                          rnn_state, lambda: cell(input_t, rnn_state))
        else:
            output, new_state = cell(input_t, rnn_state)
        pairs = zip(output_ta_t, flatten(output), strict=True)
        output_ta_t = tuple(ta.write(time, out) for ta, out in pairs)
        return time + 1, output_ta_t, new_state

    loop_bound = m.minimum(state, time_steps, m.maximum(state, 1, max_sequence_length))
    _, output_final_ta, final_state = while_loop(
        state, lambda time, *_: time < loop_bound, time_step, (time, output_ta, initial_state),
        parallel_iterations=parallel_iterations, maximum_iterations=time_steps, swap_memory=swap_memory)
    final_outputs = tuple(ta.stack() for ta in output_final_ta)
    for output, size in zip(final_outputs, flat_output_size, strict=True):
        prefix = TensorShape.known((const_time_steps, const_batch_size))
        static = concat_shape(state, prefix, size, static=True)
        output.set_shape(TensorShape.known(tuple(static)))
    return pack_sequence_as(cell.output_size_(), list(final_outputs)), final_state


def _rnn_step(state: TFState, time: Any, sequence_length: Tensor, min_sequence_length: Tensor,
              flat_zero_output: list[Tensor], rnn_state: Any, call_cell: Any) -> tuple[Any, Any]:
    """rnn._rnn_step with skip_conditionals=True (dynamic_rnn's): where a row's sequence has
    ended, the zero output and the old state are selected instead of the cell's."""
    from scopecli.engine.ops.array_join_ops import where

    del min_sequence_length  # only the conditional form (static_rnn's) reads it
    flat_state = flatten(rnn_state)
    copy_cond = time >= sequence_length
    new_output, new_state = call_cell()
    flat_new_output, flat_new_state = flatten(new_output), flatten(new_state)
    if len(flat_new_output) != len(flat_zero_output) or len(flat_new_state) != len(flat_state):
        raise tf_value_error("The two structures don't have the same nested structure.")

    def copy_one_through(output: Tensor, new: Tensor) -> Tensor:
        if output._shape.ndims == 0:
            return new
        return where(state, copy_cond, output, new)

    final_output = [copy_one_through(z, n) for z, n in zip(flat_zero_output, flat_new_output, strict=True)]
    final_state = [copy_one_through(s, n) for s, n in zip(flat_state, flat_new_state, strict=True)]
    for output, zero in zip(final_output, flat_zero_output, strict=True):
        output.set_shape(zero._shape)
    for substate, old in zip(final_state, flat_state, strict=True):
        substate.set_shape(old._shape)
    return pack_sequence_as(new_output, final_output), pack_sequence_as(rnn_state, final_state)


def _dims(size: Any) -> tuple[Any, ...]:
    """An output size (int or TensorShape) as dimensions."""
    if hasattr(size, "dims_"):
        return tuple(size.dims_ or ())
    return (size,)


@tf_export("nn.bidirectional_dynamic_rnn", label=False)
@public_call("tf.nn.bidirectional_dynamic_rnn")
def bidirectional_dynamic_rnn(state: TFState, cell_fw: Any, cell_bw: Any, inputs: Any,
                              sequence_length: Any = None, initial_state_fw: Any = None,
                              initial_state_bw: Any = None, dtype: Any = None,
                              parallel_iterations: Any = None, swap_memory: Any = False,
                              time_major: Any = False, scope: Any = None) -> tuple[Any, Any]:
    """A forward dynamic_rnn under `fw`, a backward one under `bw` over the inputs reversed along
    time (ReverseSequence up to each length, or ReverseV2), its outputs reversed back."""
    from scopecli.engine.ops.manip_ops import reverse
    from scopecli.engine.ops.reverse_sequence_ops import reverse_sequence

    assert_like_rnncell("cell_fw", cell_fw)
    assert_like_rnncell("cell_bw", cell_bw)
    graph = state.graph
    with vs.variable_scope(state, graph, scope or "bidirectional_rnn", None, None, True, "variable_scope",
                           {}):
        with vs.variable_scope(state, graph, "fw", None, None, True, "variable_scope", {}) as fw_scope:
            output_fw, output_state_fw = dynamic_rnn(
                state, cell_fw, inputs, sequence_length, initial_state_fw, dtype, parallel_iterations,
                swap_memory, time_major, scope=fw_scope)
        time_axis, batch_axis = (0, 1) if time_major else (1, 0)

        def reverse_time(input_: Any) -> Any:
            if sequence_length is not None:
                return reverse_sequence(state, input_, sequence_length, seq_axis=time_axis,
                                        batch_axis=batch_axis)
            return reverse(state, input_, axis=[time_axis])

        with vs.variable_scope(state, graph, "bw", None, None, True, "variable_scope", {}) as bw_scope:
            inputs_reverse = map_structure(reverse_time, inputs)
            tmp, output_state_bw = dynamic_rnn(
                state, cell_bw, inputs_reverse, sequence_length, initial_state_bw, dtype, parallel_iterations,
                swap_memory, time_major, scope=bw_scope)
    output_bw = reverse_time(tmp)
    return (output_fw, output_bw), (output_state_fw, output_state_bw)
