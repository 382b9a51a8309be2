"""The initializers beyond init_ops' basic ones: tf.orthogonal_initializer, the he/lecun functions of
tf.initializers, and tf.keras.initializers as tf-keras' v1 module defines them (its RandomNormal,
TruncatedNormal and RandomUniform default to 0.05 instead of 1; its He/Lecun are VarianceScaling).

Each builds its ops under the variable's `Initializer/` scope, as init_ops' __call__ does:
orthogonal is random_normal, Qr, DiagPart, Sign, `mul`, Reshape and the gain's `mul_1`.
"""

from __future__ import annotations

import functools

from scopecli.engine import initializers as inits
from scopecli.engine.framework import dtypes
from scopecli.engine.framework.tf_export import export_value, tf_export
from scopecli.errors import tf_value_error
from scopecli.model import Namespace

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState


class Orthogonal(inits.Initializer):
    """init_ops.Orthogonal: the Q of a QR decomposition of a normal matrix, signs fixed by R's diagonal."""

    kind = "orthogonal"
    random = True

    def __init__(self, state: TFState, gain: Any = 1.0, seed: Any = None, dtype: Any = dtypes.float32):
        super().__init__(state, inits._float_dtype(dtype))
        self.gain, self.seed = gain, seed

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        from scopecli.engine.framework.name_scope import name_scope
        from scopecli.engine.ops import array_shape_ops as shape_ops
        from scopecli.engine.ops import linalg_ops, random_ops
        from scopecli.engine.ops import math_arith_ops as m
        from scopecli.engine.ops import math_unary_ops as mu

        if len(shape) < 2:
            raise tf_value_error("The tensor to initialize, specified by argument `shape` must be at least "
                                 f"two-dimensional. Received shape={shape}")
        rows = 1
        for dim in shape[:-1]:
            rows *= dim
        cols = int(shape[-1])
        flat = (cols, rows) if rows < cols else (rows, cols)
        state = self.state
        a = random_ops.random_normal(state, flat, dtype=dtype, seed=self.seed)
        q, r = linalg_ops.qr(state, a, full_matrices=False)
        d = linalg_ops.tensor_diag_part(state, r)
        q = m.operator_binary(state, "mul", m.mul_dispatch, q, mu.sign(state, d))
        if rows < cols:
            with name_scope(state, None, "matrix_transpose", [q]):  # array_ops.matrix_transpose
                q = shape_ops.transpose(state, q, [1, 0])
        return m.operator_reflected(state, "mul", m.mul_dispatch, shape_ops.reshape(state, q, shape),
                                    self.gain)

    def describe(self) -> str:
        return f"orthogonal_initializer(gain={self.gain!r})"


class Identity(inits.Initializer):
    """init_ops.Identity: `gain * eye(rows, cols)` for a 2-D shape."""

    kind = "identity"

    def __init__(self, state: TFState, gain: Any = 1.0, dtype: Any = dtypes.float32):
        super().__init__(state, inits._float_dtype(dtype))
        self.gain = gain

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        from scopecli.engine.ops import linalg_ops
        from scopecli.engine.ops import math_arith_ops as m

        if len(shape) != 2:
            raise tf_value_error("The tensor to initialize, specified by argument `shape` must be at least "
                                 f"two-dimensional. Received shape={shape}")
        initializer = linalg_ops.eye(self.state, *shape, dtype=dtype)
        return m.operator_reflected(self.state, "mul", m.mul_dispatch, initializer, self.gain)

    def describe(self) -> str:
        return f"identity_initializer(gain={self.gain!r})"


def _variance_scaling(scale: float, mode: str, distribution: str, kind: str) -> Any:
    """init_ops.he_normal and friends: a VarianceScaling with fixed arguments."""

    def make(state: TFState, seed: Any = None) -> inits.VarianceScaling:
        found = inits.VarianceScaling(state, scale, mode, distribution, seed)
        found.kind = kind
        return found

    return make


FUNCTIONS: dict[str, Any] = {
    "he_normal": _variance_scaling(2.0, "fan_in", "truncated_normal", "he_normal"),
    "he_uniform": _variance_scaling(2.0, "fan_in", "uniform", "he_uniform"),
    "lecun_normal": _variance_scaling(1.0, "fan_in", "truncated_normal", "lecun_normal"),
    "lecun_uniform": _variance_scaling(1.0, "fan_in", "uniform", "lecun_uniform"),
}


def _keras_default(cls: type[inits.Initializer], **defaults: Any) -> Any:
    """A tf-keras v1 initializer: TF's class with Keras's own defaults."""

    def make(state: TFState, *args: Any, **kwargs: Any) -> inits.Initializer:
        return cls(state, *args, **{**defaults, **kwargs}) if not args else cls(state, *args, **kwargs)

    return make


# tf.keras.initializers (tf_keras.src.initializers, v1): name -> (class for isinstance, factory)
_KERAS_NORMAL = _keras_default(inits.RandomNormal, mean=0.0, stddev=0.05)
_KERAS_TRUNCATED = _keras_default(inits.TruncatedNormal, mean=0.0, stddev=0.05)
_KERAS_UNIFORM = _keras_default(inits.RandomUniform, minval=-0.05, maxval=0.05)
KERAS: dict[str, tuple[type[inits.Initializer], Any]] = {
    "Constant": (inits.Constant, inits.Constant), "constant": (inits.Constant, inits.Constant),
    "Ones": (inits.Ones, inits.Ones), "ones": (inits.Ones, inits.Ones),
    "Zeros": (inits.Zeros, inits.Zeros), "zeros": (inits.Zeros, inits.Zeros),
    "Orthogonal": (Orthogonal, Orthogonal), "orthogonal": (Orthogonal, Orthogonal),
    "Identity": (Identity, Identity), "identity": (Identity, Identity),
    "VarianceScaling": (inits.VarianceScaling, inits.VarianceScaling),
    "glorot_uniform": (inits.GlorotUniform, inits.GlorotUniform),
    "glorot_normal": (inits.GlorotNormal, inits.GlorotNormal),
    "RandomNormal": (inits.RandomNormal, _KERAS_NORMAL), "random_normal": (inits.RandomNormal, _KERAS_NORMAL),
    "normal": (inits.RandomNormal, _KERAS_NORMAL),
    "TruncatedNormal": (inits.TruncatedNormal, _KERAS_TRUNCATED),
    "truncated_normal": (inits.TruncatedNormal, _KERAS_TRUNCATED),
    "RandomUniform": (inits.RandomUniform, _KERAS_UNIFORM),
    "random_uniform": (inits.RandomUniform, _KERAS_UNIFORM),
    "uniform": (inits.RandomUniform, _KERAS_UNIFORM),
    **{name: (inits.VarianceScaling, make) for name, make in FUNCTIONS.items()},
}


def removed_contrib(name: str, *args: Any, **kwargs: Any) -> Any:
    """tf.contrib.layers.xavier_initializer: gone with tf.contrib (TF 2.x has no `tf.contrib`)."""
    from scopecli.errors import InputError

    raise InputError(f"`tf.contrib.layers.{name}` does not exist in TensorFlow 2.x (tf.contrib was removed); "
                     "tf.glorot_uniform_initializer() builds the same uniform variance-scaling ops")


def namespaces(state: TFState) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """(extra `tf.*_initializer` classes, extra `tf.initializers.*` names, `tf.keras.initializers`)."""
    from scopecli.model import ClassRef

    top = {"orthogonal_initializer": ClassRef("orthogonal_initializer", Orthogonal,
                                              functools.partial(Orthogonal, state))}
    extra = {"orthogonal": top["orthogonal_initializer"],
             "identity": ClassRef("identity", Identity, functools.partial(Identity, state)),
             **{name: ClassRef(name, inits.VarianceScaling, functools.partial(make, state))
                for name, make in FUNCTIONS.items()}}
    keras = {name: ClassRef(name, cls, functools.partial(make, state)) for name, (cls, make) in KERAS.items()}
    return top, extra, keras


# Public names. tf.initializers.* (orthogonal, identity, the variance-scaling functions) joins the
# classes' namespace in ops/legacy_exports.py.
export_value("orthogonal_initializer", make=lambda state: namespaces(state)[0]["orthogonal_initializer"])
export_value("keras.initializers",
             make=lambda state: Namespace("tf.keras.initializers", namespaces(state)[2]))


def _removed(name: str) -> Any:
    def removed(state: TFState, *args: Any, **kwargs: Any) -> Any:
        return removed_contrib(name, *args, **kwargs)

    removed.__name__ = removed.__qualname__ = name
    return removed


for _name in ("xavier_initializer", "xavier_initializer_conv2d"):
    tf_export(f"contrib.layers.{_name}", label=False)(_removed(_name))
