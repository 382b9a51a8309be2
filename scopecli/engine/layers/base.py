"""One call of a legacy tf.layers layer (legacy_tf_layers/base.py Layer.__init__, _set_scope,
__call__ and add_weight), which is what every `tf.layers.<fn>(...)` does once.

Names come out as TF's: with `name=` the layer's scope is `variable_scope(name)` (a second
layer of that name re-opens the variable scope, so its weights clash unless `reuse`); without,
`variable_scope(None, default_name="dense")` uniquifies among variable scopes (`dense_1`).
The call then re-enters that variable scope without a new name scope and the name scope first
opened for it (`original_name_scope`), where the weights (`kernel`, `bias`) and ops are made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from scopecli.engine import dtypes
from scopecli.engine import variable_scope as vs
from scopecli.errors import InputError, tf_value_error

if TYPE_CHECKING:
    from scopecli.engine.graph import Tensor
    from scopecli.engine.state import TFState


class LayerCall:
    """A legacy layer between __init__ and its first __call__: its scope and reuse."""

    def __init__(self, state: TFState, base_name: str, name: Any, scope_from_name: bool, reuse: Any):
        self.state = state
        self.graph = state.graph
        self.reuse = reuse if reuse else None
        self.base_name = name if name else base_name
        self.scope: Any = None
        self.dtype: Any = None
        if scope_from_name and name:
            with vs.variable_scope(state, self.graph, name, None, None, True, "variable_scope",
                                   {}) as captured:
                self.scope = captured

    def _set_scope(self) -> None:
        if self.scope is not None:
            return
        if self.reuse:
            args: tuple[Any, Any] = (self.base_name, None)
        else:
            args = (None, self.base_name)
        with vs.variable_scope(self.state, self.graph, args[0], args[1], None, True, "variable_scope",
                               {}) as captured:
            self.scope = captured

    @contextmanager
    def calling(self, inputs: Any) -> Iterator[Any]:
        """Layer.__call__: the layer's variable scope (reuse as given), its original name scope."""
        self._set_scope()
        with vs.variable_scope(self.state, self.graph, self.scope, None, self.reuse, False,
                               "variable_scope", {}), \
                self.graph.name_scope(self.scope.name_scope_ or None, "op", "tf.layers"):
            yield self.scope

    def add_weight(self, name: str, shape: list[Any], initializer: Any, trainable: bool = True,
                   dtype: Any = None) -> Any:
        """base.Layer.add_weight -> vs.get_variable in the layer's scope (glorot_uniform when no
        initializer is given, as Keras does for float weights)."""
        from scopecli.engine import initializers as inits

        dtype = dtype or self.dtype or dtypes.float32
        if initializer is None:
            initializer = inits.GlorotUniform(self.state)
        return vs.get_variable(self.state, name, shape=shape, dtype=dtype, initializer=initializer,
                               trainable=trainable)


def input_dtype(inputs: Tensor) -> Any:
    """The '_infer' dtype policy: the first input's dtype (float32 when not floating)."""
    base = inputs._dtype.base_dtype
    return base if base.is_floating else dtypes.float32


def activate(state: TFState, activation: Any, outputs: Tensor) -> Tensor:
    """`self.activation(outputs)`: a tf.nn function (a scopecli Builtin) or None."""
    if activation is None:
        return outputs
    if not callable(activation):
        raise tf_value_error(f"Could not interpret activation function identifier: {activation}")
    return activation(outputs)


def normalize_padding(value: Any) -> str:
    """conv_utils.normalize_padding."""
    padding = value.lower() if isinstance(value, str) else value
    if padding not in {"valid", "same", "causal"}:
        raise tf_value_error("The `padding` argument must be a list/tuple or one of \"valid\", \"same\" (or "
                             f"\"causal\", only for `Conv1D). Received: {padding}")
    return padding


def normalize_tuple(value: Any, n: int, name: str) -> tuple[int, ...]:
    """conv_utils.normalize_tuple (allow_zero=False)."""
    if isinstance(value, int) and not isinstance(value, bool):
        result: tuple[int, ...] = (value,) * n
    else:
        try:
            result = tuple(value)
        except TypeError:
            raise tf_value_error(f"The `{name}` argument must be a tuple of {n} integers. Received: "
                                 f"{value}") from None
        if len(result) != n:
            raise tf_value_error(f"The `{name}` argument must be a tuple of {n} integers. Received: "
                                 f"{value}")
    bad = sorted({v for v in result if not isinstance(v, int) or v <= 0})
    if bad:
        raise tf_value_error(f"The `{name}` argument must be a tuple of {n} integers. Received: {value} "
                             f"including {{{', '.join(str(v) for v in bad)}}} that does not satisfy the "
                             "requirement `> 0`.")
    return result


def channels_last(data_format: Any) -> None:
    """Only channels_last layers are built today: say so by name for channels_first."""
    if data_format not in (None, "channels_last"):
        raise InputError(f"tf.layers with data_format={data_format!r} is not supported by scopecli yet")


Fn = Callable[..., Any]
