"""Cells made of cells: MultiRNNCell (legacy_cells.py; each layer under `cell_<i>`) and the
wrappers of legacy_cell_wrappers.py (DropoutWrapper, ResidualWrapper, DeviceWrapper), which
call the wrapped cell directly and so add no scope of their own."""

from __future__ import annotations

from scopecli.engine import variable_scope as vs
from scopecli.engine.framework.nest import flatten, is_nested, pack_sequence_as
from scopecli.engine.layers.rnn_cell_impl import LSTMStateTuple, RNNCell, assert_like_rnncell, export_cell
from scopecli.errors import InputError, tf_type_error, tf_value_error
from scopecli.model import attribute

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


class MultiRNNCell(RNNCell):
    """Stacked cells: layer i runs under variable_scope("cell_i") on the previous one's output."""

    TYPE_NAME = "MultiRNNCell"
    BASE_NAME = "multi_rnn_cell"

    def __init__(self, state: TFState, cells: Any, state_is_tuple: Any = True):
        if not cells:
            raise tf_value_error("Must specify at least one cell for MultiRNNCell.")
        if not is_nested(cells):
            raise tf_type_error(f"cells must be a list or tuple, but received: {cells!r}.")
        super().__init__(state)
        self.cells, self.state_is_tuple = list(cells), state_is_tuple
        if not state_is_tuple and any(is_nested(c.state_size_()) for c in self.cells):
            raise tf_value_error("Some cells return tuples of states, but the flag state_is_tuple is not "
                                 f"set. State sizes are: {[c.state_size_() for c in self.cells]}")

    def state_size_(self) -> Any:
        if self.state_is_tuple:
            return tuple(cell.state_size_() for cell in self.cells)
        return sum(cell.state_size_() for cell in self.cells)

    def output_size_(self) -> Any:
        return self.cells[-1].output_size_()

    def zero_state(self, batch_size: Any, dtype: Any) -> Any:
        from scopecli.engine.framework.name_scope import name_scope

        with name_scope(self.state, "MultiRNNCellZeroState", "", []):
            if self.state_is_tuple:
                return tuple(cell.zero_state(batch_size, dtype) for cell in self.cells)
            return RNNCell.zero_state(self, batch_size, dtype)

    zero_state.__scopecli_member__ = "method"  # type: ignore[attr-defined]

    @attribute
    def trainable_weights(self) -> list[Any]:
        if not self.trainable_:
            return []
        return [w for cell in self.cells for w in cell.trainable_weights]

    @attribute
    def non_trainable_weights(self) -> list[Any]:
        weights = [w for cell in self.cells for w in cell.non_trainable_weights]
        if not self.trainable_:
            return [w for cell in self.cells for w in cell.trainable_weights] + weights
        return weights

    @attribute
    def weights(self) -> list[Any]:
        return self.trainable_weights + self.non_trainable_weights

    @attribute
    def variables(self) -> list[Any]:
        return self.weights

    def cell_call(self, inputs: Tensor, state: Any) -> tuple[Any, Any]:
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops.array_ops import slice_

        st = self.state
        cur_state_pos, cur_inp, new_states = 0, inputs, []
        for i, cell in enumerate(self.cells):
            with vs.variable_scope(st, st.graph, f"cell_{i}", None, None, True, "variable_scope", {}):
                if self.state_is_tuple:
                    if not is_nested(state):
                        raise tf_value_error("Expected state to be a tuple of length "
                                             f"{len(self.state_size_())}, but received: {state}")
                    cur_state = state[i]
                else:
                    size = cell.state_size_()
                    cur_state = slice_(st, state, [0, cur_state_pos], [-1, size])
                    cur_state_pos += size
                cur_inp, new_state = cell(cur_inp, cur_state)
                new_states.append(new_state)
        return cur_inp, (tuple(new_states) if self.state_is_tuple else join.concat(st, new_states, 1))


class RNNCellWrapper(RNNCell):
    """_RNNCellWrapperV1: the wrapped cell's sizes and zero state; `__call__` goes to
    `wrapped_call` with the cell's own __call__ (no scope of the wrapper's)."""

    def __init__(self, state: TFState, cell: Any, name: Any = None, dtype: Any = None, **kwargs: Any):
        super().__init__(state, name=name, dtype=dtype, **kwargs)
        assert_like_rnncell("cell", cell)
        self.cell = cell

    def state_size_(self) -> Any:
        return self.cell.state_size_()

    def output_size_(self) -> Any:
        return self.cell.output_size_()

    @attribute
    def wrapped_cell(self) -> Any:
        return self.cell

    def __call__(self, inputs: Any, state: Any, scope: Any = None) -> Any:
        return self.wrapped_call(inputs, state, scope)

    __call__.__scopecli_member__ = "method"  # type: ignore[attr-defined]

    def wrapped_call(self, inputs: Any, state: Any, scope: Any) -> Any:
        raise NotImplementedError

    def zero_state(self, batch_size: Any, dtype: Any) -> Any:
        from scopecli.engine.framework.name_scope import name_scope

        with name_scope(self.state, type(self).__name__ + "ZeroState", "", []):
            return self.cell.zero_state(batch_size, dtype)

    zero_state.__scopecli_member__ = "method"  # type: ignore[attr-defined]

    @attribute
    def trainable_weights(self) -> list[Any]:
        return self.cell.trainable_weights

    @attribute
    def weights(self) -> list[Any]:
        return self.cell.weights

    @attribute
    def variables(self) -> list[Any]:
        return self.cell.variables


def _dropout_filter(substate: Any) -> Any:
    """_default_dropout_state_filter_visitor: of an LSTM state only `h` is dropped."""
    if isinstance(substate, LSTMStateTuple):
        return LSTMStateTuple(False, True)
    return True


def _shallow(values: Any) -> Any:
    """get_traverse_shallow_structure(_dropout_filter, values)."""
    verdict = _dropout_filter(values)
    if verdict is True and is_nested(values):
        return pack_sequence_as(values, [_shallow(v) for v in values]) if isinstance(values, LSTMStateTuple) \
            else type(values)(_shallow(v) for v in values)
    return verdict


def _up_to(shallow: Any, values: Any) -> list[tuple[Any, Any]]:
    """(do_dropout, value) pairs in the order of the shallow structure's leaves."""
    if is_nested(shallow):
        return [pair for s, v in zip(shallow, values, strict=True) for pair in _up_to(s, v)]
    return [(shallow, values)]


class DropoutWrapper(RNNCellWrapper):
    """tf.nn.dropout(rate=1 - keep_prob) on the inputs, the new state (only an LSTM's h) and the
    output, each when its keep probability is a tensor or below 1."""

    TYPE_NAME = "DropoutWrapper"
    BASE_NAME = "dropout_wrapper"

    def __init__(self, state: TFState, cell: Any, input_keep_prob: Any = 1.0, output_keep_prob: Any = 1.0,
                 state_keep_prob: Any = 1.0, variational_recurrent: Any = False, input_size: Any = None,
                 dtype: Any = None, seed: Any = None, dropout_state_filter_visitor: Any = None,
                 **kwargs: Any):
        from scopecli.engine.framework.name_scope import name_scope
        from scopecli.engine.op_def import const_value
        from scopecli.engine.ops_core import convert_to_tensor

        super().__init__(state, cell, dtype=dtype, **kwargs)
        if dropout_state_filter_visitor is not None:
            raise InputError("tf.nn.rnn_cell.DropoutWrapper with a dropout_state_filter_visitor is not "
                             "supported by scopecli yet")
        self.seed = seed
        self.probs: dict[str, Any] = {}
        with name_scope(state, "DropoutWrapperInit", "", []):
            for prob, attr in ((input_keep_prob, "input_keep_prob"), (state_keep_prob, "state_keep_prob"),
                               (output_keep_prob, "output_keep_prob")):
                tensor = convert_to_tensor(state, prob)
                found = const_value(tensor)  # tf.get_static_value
                value = float(found) if found is not None and found.size == 1 else None
                if value is not None:
                    if value < 0 or value > 1:
                        raise tf_value_error(f"Parameter {attr} must be between 0 and 1. Received {value}")
                    self.probs[attr] = float(value)
                else:
                    self.probs[attr] = tensor
        self.variational = bool(variational_recurrent)
        self.noise: dict[str, Any] = {"input": None, "state": None, "output": None}
        if self.variational:
            self._make_noise(dtype, input_size)

    def _make_noise(self, dtype: Any, input_size: Any) -> None:
        """One [1, size] uniform noise per input, state and output element, made once: the same
        dropout mask at every time step (variational_recurrent)."""
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops.random_ops import random_uniform

        if dtype is None:
            raise tf_value_error("When variational_recurrent=True, dtype must be provided")
        st = self.state

        def batch_noise(size: Any, inner_seed: Any) -> Any:
            dims = list(size.dims_ or []) if hasattr(size, "dims_") else [size]
            return random_uniform(st, join.concat(st, ([1], dims), 0), seed=inner_seed, dtype=dtype)

        def noise_for(structure: Any, salt: str) -> Any:
            sizes = flatten(structure)
            return pack_sequence_as(structure, [batch_noise(size, self._gen_seed(salt, i))
                                                for i, size in enumerate(sizes)])

        keep = self.probs["input_keep_prob"]
        if not isinstance(keep, float) or keep < 1.0:
            if input_size is None:
                raise tf_value_error("When variational_recurrent=True and input_keep_prob < 1.0 or is "
                                     "unknown, input_size must be provided")
            self.noise["input"] = noise_for(input_size, "input")
        self.noise["state"] = noise_for(self.cell.state_size_(), "state")
        self.noise["output"] = noise_for(self.cell.output_size_(), "output")

    def _gen_seed(self, salt_prefix: str, index: int) -> Any:
        if self.seed is None:
            return None
        import hashlib  # only a seeded DropoutWrapper needs it: ~3 ms of start-up otherwise

        string = (str(self.seed) + f"{salt_prefix}_{index}").encode("utf-8")
        return int(hashlib.md5(string).hexdigest()[:8], 16) & 0x7FFFFFFF

    def _dropout(self, values: Any, salt_prefix: str, keep_prob: Any, shallow: Any = None) -> Any:
        from scopecli.engine.ops.nn_dropout import dropout_v2

        shallow = values if shallow is None else shallow
        pairs = _up_to(shallow, values)
        if self.variational:
            noises = [n for _, n in _up_to(shallow, self.noise[salt_prefix])]
            results = [self._variational(v, n, keep_prob) if not isinstance(do, bool) or do else v
                       for (do, v), n in zip(pairs, noises, strict=True)]
        else:
            rate = 1.0 - keep_prob  # a float, or a `sub` op of the keep_prob tensor
            results = [dropout_v2(self.state, v, rate, seed=self._gen_seed(salt_prefix, i))
                       if not isinstance(do, bool) or do else v for i, (do, v) in enumerate(pairs)]
        return pack_sequence_as(values if shallow is values else shallow, results) if is_nested(shallow) \
            else results[0]

    def _variational(self, value: Any, noise: Any, keep_prob: Any) -> Any:
        """_variational_recurrent_dropout_value: value / keep_prob * floor(keep_prob + noise)."""
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops.math_unary_ops import floor

        binary_tensor = floor(self.state, keep_prob + noise)
        ret = m.divide(self.state, value, keep_prob) * binary_tensor
        ret.set_shape(value._shape)
        return ret

    def wrapped_call(self, inputs: Any, state: Any, scope: Any) -> Any:
        def should_dropout(p: Any) -> bool:
            return (not isinstance(p, float)) or p < 1

        probs = self.probs
        if should_dropout(probs["input_keep_prob"]):
            inputs = self._dropout(inputs, "input", probs["input_keep_prob"])
        output, new_state = self.cell(inputs, state, scope=scope)
        if should_dropout(probs["state_keep_prob"]):
            shallow = _shallow(new_state)
            dropped = self._dropout(new_state, "state", probs["state_keep_prob"], shallow)
            new_state = pack_sequence_as(new_state, flatten(dropped)) if is_nested(new_state) else dropped
        if should_dropout(probs["output_keep_prob"]):
            output = self._dropout(output, "output", probs["output_keep_prob"])
        return output, new_state


class ResidualWrapper(RNNCellWrapper):
    """outputs + inputs (or residual_fn(inputs, outputs)) after the wrapped cell."""

    TYPE_NAME = "ResidualWrapper"
    BASE_NAME = "residual_wrapper"

    def __init__(self, state: TFState, cell: Any, residual_fn: Any = None, **kwargs: Any):
        super().__init__(state, cell, **kwargs)
        self.residual_fn = residual_fn

    def wrapped_call(self, inputs: Any, state: Any, scope: Any) -> Any:
        outputs, new_state = self.cell(inputs, state, scope=scope)
        if self.residual_fn is not None:
            return self.residual_fn(inputs, outputs), new_state
        flat_in, flat_out = flatten(inputs), flatten(outputs)
        if len(flat_in) != len(flat_out):
            raise tf_value_error("The two structures don't have the same nested structure.")
        for inp, out in zip(flat_in, flat_out, strict=True):
            if not inp._shape.is_compatible_with(out._shape):
                raise tf_value_error(f"Shapes {inp._shape} and {out._shape} are incompatible")
        summed = [inp + out for inp, out in zip(flat_in, flat_out, strict=True)]
        return pack_sequence_as(outputs, summed) if is_nested(outputs) else summed[0], new_state


class DeviceWrapper(RNNCellWrapper):
    """The wrapped cell's zero state and call under tf.device(device)."""

    TYPE_NAME = "DeviceWrapper"
    BASE_NAME = "device_wrapper"

    def __init__(self, state: TFState, cell: Any, device: Any, **kwargs: Any):
        from scopecli.engine.ops.control_flow_ops import parse_device

        super().__init__(state, cell, **kwargs)
        if isinstance(device, str):
            parse_device(device)
        self.device = device

    def zero_state(self, batch_size: Any, dtype: Any) -> Any:
        from scopecli.engine.framework.name_scope import name_scope
        from scopecli.engine.ops.control_flow_ops import _placed

        with name_scope(self.state, "DeviceWrapperZeroState", "", []), _placed(self.state, self.device):
            return self.cell.zero_state(batch_size, dtype)

    zero_state.__scopecli_member__ = "method"  # type: ignore[attr-defined]

    def wrapped_call(self, inputs: Any, state: Any, scope: Any) -> Any:
        from scopecli.engine.ops.control_flow_ops import _placed

        with _placed(self.state, self.device):
            return self.cell(inputs, state, scope=scope)


export_cell(MultiRNNCell, "nn.rnn_cell.MultiRNNCell")
export_cell(DropoutWrapper, "nn.rnn_cell.DropoutWrapper")
export_cell(ResidualWrapper, "nn.rnn_cell.ResidualWrapper")
export_cell(DeviceWrapper, "nn.rnn_cell.DeviceWrapper")
