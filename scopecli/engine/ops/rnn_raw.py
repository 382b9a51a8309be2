"""tf.nn.raw_rnn (tensorflow/python/ops/rnn.py): a while loop whose inputs, stopping and emitted
values come from the user's `loop_fn(time, cell_output, cell_state, loop_state)`; the emitted
values go to dynamically sized TensorArrays (`rnn/rnn_output_<i>`)."""

from __future__ import annotations

from scopecli.engine import variable_scope as vs
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.nest import assert_same_structure, flatten, map_structure, pack_sequence_as
from scopecli.engine.framework.public_call import public_call
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.layers.rnn_cell_impl import assert_like_rnncell, concat_shape
from scopecli.errors import tf_type_error, tf_value_error

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _emit_size(state: TFState, emit: Any) -> Any:
    """The emitted element's static shape when fully known, else its dynamic shape."""
    from scopecli.engine.ops import array_shape_ops as shape_ops

    dims = emit._shape.dims_
    if dims is not None and all(d is not None for d in dims):
        return emit._shape
    return shape_ops.shape(state, emit)


@tf_export("nn.raw_rnn", label=False, accepts_callable=True)
@public_call("tf.nn.raw_rnn")
def raw_rnn(state: TFState, cell: Any, loop_fn: Any, parallel_iterations: Any = None,
            swap_memory: Any = False, scope: Any = None) -> tuple[Any, Any, Any]:
    """rnn.raw_rnn in graph mode: (emit_ta, final_state, final_loop_state)."""
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.ops import array_fill_ops as fill_ops
    from scopecli.engine.ops import array_shape_ops as shape_ops
    from scopecli.engine.ops.array_join_ops import where
    from scopecli.engine.ops.logical_ops import logical_not, logical_or
    from scopecli.engine.ops.reduction_ops import reduce_all
    from scopecli.engine.ops.tensor_array_ops import TensorArray
    from scopecli.engine.ops.tensor_getitem_override import getitem
    from scopecli.engine.ops.while_loop import while_loop
    from scopecli.engine.ops_core import constant, convert_to_tensor

    assert_like_rnncell("cell", cell)
    if not callable(loop_fn):
        raise tf_type_error(f"Argument `loop_fn` must be a callable. Received: {loop_fn}.")
    parallel_iterations = parallel_iterations or 32
    with vs.variable_scope(state, state.graph, scope or "rnn", None, None, True, "variable_scope", {}):
        time = constant(state, 0, dtype=dtypes.int32)
        elements_finished, next_input, initial_state, emit_structure, init_loop_state = loop_fn(
            time, None, None, None)
        flat_input = flatten(next_input)
        loop_state = init_loop_state if init_loop_state is not None else \
            constant(state, 0, dtype=dtypes.int32)
        batch_dims = [(t._shape.dims_ or [None])[0] for t in flat_input]
        static_batch = batch_dims[0]
        for other in batch_dims[1:]:
            if static_batch is not None and other is not None and other != static_batch:
                raise tf_value_error(f"Dimensions {static_batch} and {other} are not compatible")
        const_batch_size = static_batch
        batch_size: Any = static_batch if static_batch is not None else \
            getitem(shape_ops.shape(state, flat_input[0]), 0)
        assert_same_structure(initial_state, cell.state_size_())
        flat_state = [convert_to_tensor(state, s) for s in flatten(initial_state)]
        rnn_state = pack_sequence_as(initial_state, flat_state)
        if emit_structure is not None:
            flat_emit_structure = flatten(emit_structure)
            flat_emit_size = [_emit_size(state, e) for e in flat_emit_structure]
            flat_emit_dtypes = [e._dtype for e in flat_emit_structure]
        else:
            emit_structure = cell.output_size_()
            flat_emit_size = flatten(emit_structure)
            flat_emit_dtypes = [flat_state[0]._dtype] * len(flat_emit_size)

        def element_shape(size: Any) -> TensorShape:
            if isinstance(size, Tensor):
                from scopecli.engine.ops.tensor_util import constant_value_as_shape

                rest = constant_value_as_shape(size)
            elif isinstance(size, TensorShape):
                rest = size
            else:
                rest = TensorShape.known((size,))
            if rest.dims_ is None:
                return TensorShape(None)
            return TensorShape.known((const_batch_size, *rest.dims_))

        flat_emit_ta = [TensorArray(state, dtype_i, dynamic_size=True, element_shape=element_shape(size_i),
                                    size=0, name=f"rnn_output_{i}")
                        for i, (dtype_i, size_i) in enumerate(zip(flat_emit_dtypes, flat_emit_size,
                                                                  strict=True))]
        emit_ta = pack_sequence_as(emit_structure, flat_emit_ta)
        flat_zero_emit = [fill_ops.zeros(state, concat_shape(state, batch_size, size_i), dtype_i)
                          for size_i, dtype_i in zip(flat_emit_size, flat_emit_dtypes, strict=True)]
        zero_emit = pack_sequence_as(emit_structure, flat_zero_emit)

        def condition(unused_time: Any, elements_finished: Any, *_: Any) -> Any:
            return logical_not(state, reduce_all(state, elements_finished))

        def body(time: Any, elements_finished: Any, current_input: Any, emit_ta: Any, rnn_state: Any,
                 loop_state: Any) -> Any:
            next_output, cell_state = cell(current_input, rnn_state)
            assert_same_structure(rnn_state, cell_state)
            assert_same_structure(cell.output_size_(), next_output)
            next_time = time + 1
            next_finished, next_input, next_state, emit_output, next_loop_state = loop_fn(
                next_time, next_output, cell_state, loop_state)
            assert_same_structure(rnn_state, next_state)
            assert_same_structure(current_input, next_input)
            assert_same_structure(emit_ta, emit_output)
            loop_state = loop_state if next_loop_state is None else next_loop_state

            def copy_fn(cur: Any, cand: Any) -> Any:
                if isinstance(cur, TensorArray) or cur._shape.ndims == 0:
                    return cand
                return where(state, elements_finished, cur, cand)

            emit_output = map_structure(copy_fn, zero_emit, emit_output)
            next_state = map_structure(copy_fn, rnn_state, next_state)
            emit_ta = map_structure(lambda ta, emit: ta.write(time, emit), emit_ta, emit_output)
            elements_finished = logical_or(state, elements_finished, next_finished)
            return next_time, elements_finished, next_input, emit_ta, next_state, loop_state

        returned = while_loop(state, condition, body,
                              [time, elements_finished, next_input, emit_ta, rnn_state, loop_state],
                              parallel_iterations=parallel_iterations, swap_memory=swap_memory)
        emit_ta, final_state, final_loop_state = returned[-3:]
        if init_loop_state is None:
            final_loop_state = None
        return emit_ta, final_state, final_loop_state
