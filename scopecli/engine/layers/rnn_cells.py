"""The concrete tf.nn.rnn_cell cells (legacy_cells.py): BasicRNNCell, GRUCell, BasicLSTMCell and
LSTMCell (peepholes, projection, clipping), each `build` and `call` op for op as TF's, so the
ops come out as `basic_lstm_cell/MatMul`, `lstm_cell/mul_1`, `gru_cell/gates/kernel`."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.layers.rnn_cell_impl import LSTMStateTuple, RNNCell, activation_of, export_cell

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


def _zeros(state: TFState) -> Any:
    from scopecli.engine import initializers as inits

    return inits.Zeros(state)


def _num_units(value: Any) -> int:
    return int(value)


class LayerRNNCell(RNNCell):
    LAYER_CELL = True
    INPUT_NDIM = 2


class BasicRNNCell(LayerRNNCell):
    """output = new_state = act(W [input, state] + b)."""

    TYPE_NAME = "BasicRNNCell"
    BASE_NAME = "basic_rnn_cell"

    def __init__(self, state: TFState, num_units: Any, activation: Any = None, reuse: Any = None,
                 name: Any = None, dtype: Any = None, **kwargs: Any):
        super().__init__(state, name=name, dtype=dtype, _reuse=reuse, **kwargs)
        self.num_units = _num_units(num_units)
        self.activation = activation_of(state, activation)

    def state_size_(self) -> Any:
        return self.num_units

    def output_size_(self) -> Any:
        return self.num_units

    def build(self, input_depth: int) -> None:
        self.kernel = self.add_weight("kernel", [input_depth + self.num_units, self.num_units], None)
        self.bias = self.add_weight("bias", [self.num_units], _zeros(self.state))

    def cell_call(self, inputs: Tensor, state: Any) -> tuple[Any, Any]:
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops.nn_ops import bias_add

        st = self.state
        gate_inputs = m.matmul(st, join.concat(st, [inputs, state], 1), self.kernel)
        gate_inputs = bias_add(st, gate_inputs, self.bias)
        output = self.activation(gate_inputs)
        return output, output


class GRUCell(LayerRNNCell):
    """Gates r, u from sigmoid(W [x, h] + b); candidate act(W [x, r*h] + b); u*h + (1-u)*c."""

    TYPE_NAME = "GRUCell"
    BASE_NAME = "gru_cell"

    def __init__(self, state: TFState, num_units: Any, activation: Any = None, reuse: Any = None,
                 kernel_initializer: Any = None, bias_initializer: Any = None, name: Any = None,
                 dtype: Any = None, **kwargs: Any):
        super().__init__(state, name=name, dtype=dtype, _reuse=reuse, **kwargs)
        self.num_units = _num_units(num_units)
        self.activation = activation_of(state, activation)
        self.kernel_initializer, self.bias_initializer = kernel_initializer, bias_initializer

    def state_size_(self) -> Any:
        return self.num_units

    def output_size_(self) -> Any:
        return self.num_units

    def build(self, input_depth: int) -> None:
        from scopecli.engine import initializers as inits

        n, st = self.num_units, self.state
        self.gate_kernel = self.add_weight("gates/kernel", [input_depth + n, 2 * n], self.kernel_initializer)
        self.gate_bias = self.add_weight("gates/bias", [2 * n], self.bias_initializer if self.bias_initializer
                                         is not None else inits.Constant(st, 1.0, dtype=self.dtype_))
        self.candidate_kernel = self.add_weight("candidate/kernel", [input_depth + n, n],
                                                self.kernel_initializer)
        self.candidate_bias = self.add_weight("candidate/bias", [n], self.bias_initializer
                                              if self.bias_initializer is not None else _zeros(st))

    def cell_call(self, inputs: Tensor, state: Any) -> tuple[Any, Any]:
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops import math_unary_ops as mu
        from scopecli.engine.ops.array_ops import split
        from scopecli.engine.ops.nn_ops import bias_add

        st = self.state
        gate_inputs = m.matmul(st, join.concat(st, [inputs, state], 1), self.gate_kernel)
        gate_inputs = bias_add(st, gate_inputs, self.gate_bias)
        value = mu.sigmoid(st, gate_inputs)
        r, u = split(st, value=value, num_or_size_splits=2, axis=1)
        r_state = r * state
        candidate = m.matmul(st, join.concat(st, [inputs, r_state], 1), self.candidate_kernel)
        candidate = bias_add(st, candidate, self.candidate_bias)
        c = self.activation(candidate)
        new_h = u * state + (1 - u) * c
        return new_h, new_h


class BasicLSTMCell(LayerRNNCell):
    """new_c = c*sigmoid(f + forget_bias) + sigmoid(i)*act(j); new_h = act(new_c)*sigmoid(o),
    with tf.add / tf.multiply (ops `Add`, `Mul`) and the split axis a Const `1`."""

    TYPE_NAME = "BasicLSTMCell"
    BASE_NAME = "basic_lstm_cell"

    def __init__(self, state: TFState, num_units: Any, forget_bias: Any = 1.0, state_is_tuple: Any = True,
                 activation: Any = None, reuse: Any = None, name: Any = None, dtype: Any = None,
                 **kwargs: Any):
        super().__init__(state, name=name, dtype=dtype, _reuse=reuse, **kwargs)
        self.num_units = _num_units(num_units)
        self.forget_bias, self.state_is_tuple = forget_bias, state_is_tuple
        self.activation = activation_of(state, activation)

    def state_size_(self) -> Any:
        n = self.num_units
        return LSTMStateTuple(n, n) if self.state_is_tuple else 2 * n

    def output_size_(self) -> Any:
        return self.num_units

    def build(self, input_depth: int) -> None:
        n = self.num_units
        self.kernel = self.add_weight("kernel", [input_depth + n, 4 * n], None)
        self.bias = self.add_weight("bias", [4 * n], _zeros(self.state))

    def cell_call(self, inputs: Tensor, state: Any) -> tuple[Any, Any]:
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops import math_unary_ops as mu
        from scopecli.engine.ops.array_ops import split
        from scopecli.engine.ops.nn_ops import bias_add
        from scopecli.engine.ops_core import constant

        st = self.state
        one = constant(st, 1, dtype=dtypes.int32)
        if self.state_is_tuple:
            c, h = state
        else:
            c, h = split(st, value=state, num_or_size_splits=2, axis=one)
        gate_inputs = m.matmul(st, join.concat(st, [inputs, h], 1), self.kernel)
        gate_inputs = bias_add(st, gate_inputs, self.bias)
        i, j, f, o = split(st, value=gate_inputs, num_or_size_splits=4, axis=one)
        forget_bias_tensor = constant(st, self.forget_bias, dtype=f._dtype)
        new_c = m.add(st, m.multiply(st, c, mu.sigmoid(st, m.add(st, f, forget_bias_tensor))),
                      m.multiply(st, mu.sigmoid(st, i), self.activation(j)))
        new_h = m.multiply(st, self.activation(new_c), mu.sigmoid(st, o))
        new_state = (LSTMStateTuple(new_c, new_h) if self.state_is_tuple
                     else join.concat(st, [new_c, new_h], 1))
        return new_h, new_state


class LSTMCell(LayerRNNCell):
    """The full LSTM: optional peepholes (w_f_diag, w_i_diag, w_o_diag), cell clipping, and a
    projection (projection/kernel) with its own clipping."""

    TYPE_NAME = "LSTMCell"
    BASE_NAME = "lstm_cell"

    def __init__(self, state: TFState, num_units: Any, use_peepholes: Any = False, cell_clip: Any = None,
                 initializer: Any = None, num_proj: Any = None, proj_clip: Any = None,
                 num_unit_shards: Any = None, num_proj_shards: Any = None, forget_bias: Any = 1.0,
                 state_is_tuple: Any = True, activation: Any = None, reuse: Any = None, name: Any = None,
                 dtype: Any = None, **kwargs: Any):
        from scopecli.errors import InputError

        if num_unit_shards is not None or num_proj_shards is not None:
            raise InputError("tf.nn.rnn_cell.LSTMCell with num_unit_shards / num_proj_shards (partitioned "
                             "variables) is not supported by scopecli yet")
        super().__init__(state, name=name, dtype=dtype, _reuse=reuse, **kwargs)
        self.num_units = _num_units(num_units)
        self.use_peepholes, self.cell_clip, self.initializer = use_peepholes, cell_clip, initializer
        self.num_proj, self.proj_clip = num_proj, proj_clip
        self.forget_bias, self.state_is_tuple = forget_bias, state_is_tuple
        self.activation = activation_of(state, activation)
        n = self.num_units
        if num_proj:
            self.state_size_value: Any = LSTMStateTuple(n, num_proj) if state_is_tuple else n + num_proj
            self.output_size_value = num_proj
        else:
            self.state_size_value = LSTMStateTuple(n, n) if state_is_tuple else 2 * n
            self.output_size_value = n

    def state_size_(self) -> Any:
        return self.state_size_value

    def output_size_(self) -> Any:
        return self.output_size_value

    def build(self, input_depth: int) -> None:
        n = self.num_units
        h_depth = n if self.num_proj is None else self.num_proj
        self.kernel = self.add_weight("kernel", [input_depth + h_depth, 4 * n], self.initializer)
        self.bias = self.add_weight("bias", [4 * n], _zeros(self.state))
        if self.use_peepholes:
            self.w_f_diag = self.add_weight("w_f_diag", [n], self.initializer)
            self.w_i_diag = self.add_weight("w_i_diag", [n], self.initializer)
            self.w_o_diag = self.add_weight("w_o_diag", [n], self.initializer)
        if self.num_proj is not None:
            self.proj_kernel = self.add_weight("projection/kernel", [n, self.num_proj], self.initializer)

    def cell_call(self, inputs: Tensor, state: Any) -> tuple[Any, Any]:
        from scopecli.engine.ops import array_join_ops as join
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops import math_unary_ops as mu
        from scopecli.engine.ops.array_ops import slice_, split
        from scopecli.engine.ops.clip_ops import clip_by_value
        from scopecli.engine.ops.nn_ops import bias_add

        st, n = self.state, self.num_units
        num_proj = n if self.num_proj is None else self.num_proj
        sigmoid, act = (lambda x: mu.sigmoid(st, x)), self.activation
        if self.state_is_tuple:
            c_prev, m_prev = state
        else:
            c_prev = slice_(st, state, [0, 0], [-1, n])
            m_prev = slice_(st, state, [0, n], [-1, num_proj])
        lstm_matrix = m.matmul(st, join.concat(st, [inputs, m_prev], 1), self.kernel)
        lstm_matrix = bias_add(st, lstm_matrix, self.bias)
        i, j, f, o = split(st, value=lstm_matrix, num_or_size_splits=4, axis=1)
        if self.use_peepholes:
            c = (sigmoid(f + self.forget_bias + self.w_f_diag * c_prev) * c_prev
                 + sigmoid(i + self.w_i_diag * c_prev) * act(j))
        else:
            c = sigmoid(f + self.forget_bias) * c_prev + sigmoid(i) * act(j)
        if self.cell_clip is not None:
            c = clip_by_value(st, c, -self.cell_clip, self.cell_clip)
        if self.use_peepholes:
            h = sigmoid(o + self.w_o_diag * c) * act(c)
        else:
            h = sigmoid(o) * act(c)
        if self.num_proj is not None:
            h = m.matmul(st, h, self.proj_kernel)
            if self.proj_clip is not None:
                h = clip_by_value(st, h, -self.proj_clip, self.proj_clip)
        new_state = LSTMStateTuple(c, h) if self.state_is_tuple else join.concat(st, [c, h], 1)
        return h, new_state


export_cell(BasicRNNCell, "nn.rnn_cell.BasicRNNCell")
export_cell(GRUCell, "nn.rnn_cell.GRUCell")
export_cell(BasicLSTMCell, "nn.rnn_cell.BasicLSTMCell")
export_cell(LSTMCell, "nn.rnn_cell.LSTMCell")
