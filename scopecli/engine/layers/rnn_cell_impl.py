"""The RNN cell base of tf.nn.rnn_cell (tf_keras/src/layers/rnn/legacy_cells.py RNNCell and
LayerRNNCell), LSTMStateTuple and `zero_state`.

A cell is a legacy tf.layers Layer: its variables sit in `<scope>/<cell_name>/kernel` and its
ops in the name scope its variable scope first opened. A LayerRNNCell (the basic, GRU and LSTM
cells) calls straight into Layer.__call__; a plain RNNCell (MultiRNNCell, the wrappers) first
re-enters the variable scope that was current at its first call (`rnncell_scope`), which opens
one more name scope named after that scope's last component (why ops land in `rnn/rnn/...`).
"""

from __future__ import annotations

from scopecli.engine import variable_scope as vs
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.nest import flatten, is_nested, map_structure
from scopecli.engine.framework.tf_export import export_value
from scopecli.engine.layers.base import Layer
from scopecli.errors import tf_type_error, tf_value_error
from scopecli.model import ClassRef, Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


# -- LSTMStateTuple ----------------------------------------------------------------------------------

class LSTMStateTuple(tuple, Exposed):  # type: ignore[type-arg]
    """The namedtuple (c, h) of an LSTM's state: a tuple everywhere, `.c`/`.h` by name."""

    TYPE_NAME = "LSTMStateTuple"
    _fields = ("c", "h")  # what nest and sess.run recognise a namedtuple by

    def __new__(cls, c: Any, h: Any) -> LSTMStateTuple:
        return tuple.__new__(cls, (c, h))

    @attribute
    def c(self) -> Any:
        return self[0]

    @attribute
    def h(self) -> Any:
        return self[1]

    @attribute
    def dtype(self) -> Any:
        c, h = self
        if c._dtype != h._dtype:
            raise tf_type_error(f"Inconsistent dtypes for internal state: {c._dtype} vs {h._dtype}")
        return c._dtype

    @method
    def _replace(self, **changes: Any) -> LSTMStateTuple:
        return LSTMStateTuple(changes.get("c", self[0]), changes.get("h", self[1]))

    def __repr__(self) -> str:
        return f"LSTMStateTuple(c={self[0]!r}, h={self[1]!r})"


# -- zero state --------------------------------------------------------------------------------------

def concat_shape(state: TFState, prefix: Any, suffix: Any, static: bool = False) -> Any:
    """legacy_cells._concat: an int / TensorShape / Tensor prefix and suffix joined, as a 1-D
    tensor (static=False) or a list with None for unknown dimensions."""
    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.ops import array_join_ops as join
    from scopecli.engine.ops.array_shape_ops import expand_dims
    from scopecli.engine.ops.tensor_util import constant_ints, constant_scalar
    from scopecli.engine.ops_core import constant

    def part(value: Any, label: str) -> tuple[Any, Any]:
        if isinstance(value, Tensor):
            ndims = value._shape.ndims
            if ndims == 0:
                return expand_dims(state, value, 0), [constant_scalar(value)]
            if ndims != 1:
                raise tf_value_error(f"{label} tensor must be either a scalar or vector, but received "
                                     f"tensor: {value}")
            return value, constant_ints(value)
        dims = list(value.dims_ or []) if hasattr(value, "dims_") else (
            [value] if not is_nested(value) else list(value))
        dims = [getattr(d, "value", d) for d in dims]
        full = all(d is not None for d in dims)
        return (constant(state, dims, dtype=dtypes.int32) if full else None), dims

    p, p_static = part(prefix, "Prefix")
    s, s_static = part(suffix, "suffix")
    if static:
        return [*(p_static or []), *(s_static or [])]
    if p is None or s is None:
        raise tf_value_error(f"Prefix or suffix can't be None. Received prefix = {prefix} and "
                             f"suffix = {suffix}")
    return join.concat(state, (p, s), 0)


def zero_state_tensors(state: TFState, state_size: Any, batch_size: Any, dtype: Any) -> Any:
    from scopecli.engine.framework.shapes import TensorShape
    from scopecli.engine.ops import array_fill_ops as fill_ops

    def get_state_shape(size: Any) -> Any:
        zeros = fill_ops.zeros(state, concat_shape(state, batch_size, size), dtype=dtype)
        zeros.set_shape(TensorShape.known(tuple(concat_shape(state, batch_size, size, static=True))))
        return zeros

    return map_structure(get_state_shape, state_size)


# -- the cell base -----------------------------------------------------------------------------------

def check_supported_dtype(dtype: Any) -> None:
    if dtype is None:
        return
    dtype = dtypes.as_dtype(dtype)
    if not (dtype.is_floating or dtype.is_complex):
        raise tf_value_error(f"RNN cell only supports floating point inputs, but received dtype: {dtype}")


class RNNCell(Layer):
    """legacy_cells.RNNCell; subclasses give `state_size_`, `output_size_` and `cell_call`."""

    TYPE_NAME = "RNNCell"
    BASE_NAME = "rnn_cell"
    LAYER_CELL = False  # LayerRNNCell: Layer.__call__ directly, no rnncell_scope
    INPUT_NDIM: int | None = None

    def __init__(self, state: TFState, trainable: Any = True, name: Any = None, dtype: Any = None,
                 _reuse: Any = None, **kwargs: Any):
        super().__init__(state, name, trainable, _reuse=_reuse,
                         _api=f"tf.nn.rnn_cell.{type(self).__name__}", **kwargs)
        self.dtype_ = dtypes.as_dtype(dtype) if dtype is not None else None
        check_supported_dtype(self.dtype_)
        self.rnncell_scope: Any = None

    # -- what each cell declares
    def state_size_(self) -> Any:
        raise NotImplementedError

    def output_size_(self) -> Any:
        raise NotImplementedError

    def cell_call(self, inputs: Tensor, state: Any) -> tuple[Any, Any]:
        raise NotImplementedError

    def build(self, input_depth: int) -> None:
        """LayerRNNCell.build: make the weights (input depth known)."""

    @attribute
    def state_size(self) -> Any:
        return self.state_size_()

    @attribute
    def output_size(self) -> Any:
        return self.output_size_()

    @attribute
    def dtype(self) -> Any:
        return self.dtype_

    # -- calling
    def _set_scope(self, scope: Any = None) -> None:
        if self.scope is not None:
            return
        if self.reuse:
            args: tuple[Any, Any] = (scope if scope is not None else self.base_name, None)
        else:
            args = (scope, self.base_name)
        with vs.variable_scope(self.state, self.graph, args[0], args[1], None, True, "variable_scope",
                               {}) as captured:
            self.scope = captured
        self._label_scope()

    @method
    def __call__(self, inputs: Any, state: Any, scope: Any = None) -> Any:
        if self.LAYER_CELL:
            return self._layer_call(inputs, state, scope)
        st, graph = self.state, self.graph
        if scope is not None:
            with vs.variable_scope(st, graph, scope, None, None, True, "variable_scope", {}) as captured:
                return self._layer_call(inputs, state, captured)
        if self.rnncell_scope is None:
            self.rnncell_scope = vs.get_variable_scope(st)
        with vs.variable_scope(st, graph, self.rnncell_scope, None, None, True, "variable_scope", {}):
            return self._layer_call(inputs, state, None)

    def _layer_call(self, inputs: Any, state: Any, scope: Any) -> Any:
        """legacy base.Layer.__call__ then keras's: scope, input spec, dtype, build, call."""
        from scopecli.engine.layers.core import spec_shape_text
        from scopecli.engine.ops_core import convert_to_tensor

        self._set_scope(scope)
        inputs = convert_to_tensor(self.state, inputs)
        ndims = inputs._shape.ndims
        if self.INPUT_NDIM is not None and ndims is not None and ndims != self.INPUT_NDIM:
            raise tf_value_error(f'Input 0 of layer "{self.name_}" is incompatible with the layer: expected '
                                 f"ndim={self.INPUT_NDIM}, found ndim={ndims}. Full shape received: "
                                 f"{spec_shape_text(inputs)}")
        if self.dtype_ is None:
            self.dtype_ = inputs._dtype.base_dtype
        with self.calling():
            if not self.built_ and self.LAYER_CELL:
                check_supported_dtype(self.dtype_)
                dims = inputs._shape.dims_
                depth = dims[-1] if dims else None
                if depth is None:
                    raise tf_value_error(f"Expected inputs.shape[-1] to be known, received shape: "
                                         f"{_shape_tuple(inputs)}")
                self.build(depth)
            if self.LAYER_CELL:
                for tensor in [inputs, *flatten(state)]:
                    check_supported_dtype(getattr(tensor, "_dtype", None))
            result = self.cell_call(inputs, state)
        self.built_ = True
        return result

    @method
    def zero_state(self, batch_size: Any, dtype: Any) -> Any:
        from scopecli.engine.framework.name_scope import name_scope

        with name_scope(self.state, type(self).__name__ + "ZeroState", "", []):
            return zero_state_tensors(self.state, self.state_size_(), batch_size, dtypes.as_dtype(dtype))

    @method
    def get_initial_state(self, inputs: Any = None, batch_size: Any = None, dtype: Any = None) -> Any:
        from scopecli.engine.ops import array_shape_ops as shape_ops
        from scopecli.engine.ops.tensor_getitem_override import getitem
        from scopecli.engine.ops_core import convert_to_tensor

        if inputs is not None:
            inputs = convert_to_tensor(self.state, inputs, name="inputs")
            dims = inputs._shape.dims_ or [None]
            batch_size = dims[0] if dims[0] is not None else getitem(shape_ops.shape(self.state, inputs), 0)
            dtype = inputs._dtype
        if batch_size is None or dtype is None:
            raise tf_value_error("batch_size and dtype cannot be None while constructing initial state: "
                                 f"batch_size={batch_size}, dtype={dtype}")
        return self.zero_state(batch_size, dtype)

    def __repr__(self) -> str:
        return f"<tf_keras.src.layers.rnn.legacy_cells.{type(self).__name__} object>"


def assert_like_rnncell(cell_name: str, cell: Any) -> None:
    """rnn_cell_impl.assert_like_rnncell, TF's message listing what is missing."""
    if isinstance(cell, RNNCell):
        return
    errors = ["'output_size' property is missing", "'state_size' property is missing",
              "either 'zero_state' or 'get_initial_state' method is required"]
    if not callable(cell):
        errors.append("is not callable")
    raise tf_type_error(f"The argument {cell_name!r} ({cell!r}) is not an RNNCell: {', '.join(errors)}.")


def _shape_tuple(tensor: Any) -> str:
    dims = tensor._shape.dims_ or ()
    return "(" + ", ".join(str(d) for d in dims) + ("," if len(dims) == 1 else "") + ")"


def activation_of(state: TFState, activation: Any) -> Any:
    """`activations.get(activation)` or tf.tanh, as a function of one tensor."""
    from scopecli.engine.layers.base import activate
    from scopecli.engine.ops import math_unary_ops as mu

    if activation:
        return lambda x: activate(state, activation, x)
    return lambda x: mu.tanh(state, x)


def export_cell(cls: type, *names: str) -> None:
    """tf.nn.rnn_cell.<Name> (and its compat.v1 twin, the v1 API itself): a class scenario code
    constructs and checks with isinstance()."""
    import functools

    for name in names:
        export_value(name, make=lambda state, cls=cls, name=name: ClassRef(
            name.rsplit(".", 1)[-1], cls, functools.partial(cls, state)))


export_value("nn.rnn_cell.LSTMStateTuple",
             make=lambda state: ClassRef("LSTMStateTuple", LSTMStateTuple, LSTMStateTuple))
# nn.rnn_cell.RNNCell is exported by engine/keras/subclassed.py: a base for scenario cells.
