"""Kernels of tf.nn's element-wise activations (relu_op_functor.h, softplus_op.h).

float32 uses Eigen's packet exp/log as TF's CPU kernels do (eigen_math); other float dtypes
libm's. Each is registered with `@kernel`, the pattern new op types follow.
"""

from __future__ import annotations

import numpy as np

from scopecli.evaluate import eigen_math
from scopecli.evaluate.array_kernels import _log1p_f32
from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError, _dims, _unary

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any


def _relu6(x: Any) -> Any:
    zero = np.zeros((), dtype=np.asarray(x).dtype)
    return np.minimum(np.maximum(x, zero), zero + 6)


def _elu(exp: Any) -> Any:
    """Elu: (x < 0).select(exp(x) - 1, x)."""

    def fn(x: Any) -> Any:
        x = np.asarray(x)
        return np.where(x < 0, exp(x) - x.dtype.type(1), x)

    return fn


def _softplus(exp: Any, log1p: Any) -> Any:
    """Softplus: x above -threshold, exp(x) below threshold, else log1p(exp(x)), where threshold
    is log(epsilon) + 2 of the dtype."""

    def fn(x: Any) -> Any:
        x = np.asarray(x)
        threshold = x.dtype.type(np.log(np.finfo(x.dtype).eps) + 2)
        features_exp = exp(x)
        return np.where(x > -threshold, x, np.where(x < threshold, features_exp, log1p(features_exp)))

    return fn


kernel("Relu6")(_unary(_relu6))
kernel("Elu")(_unary(_elu(np.exp), _elu(eigen_math.exp)))
kernel("Softplus")(_unary(_softplus(np.exp, np.log1p), _softplus(eigen_math.exp, _log1p_f32)))




def _softsign(x: Any) -> Any:
    """Softsign: features / (|features| + 1)."""
    x = np.asarray(x)
    return x / (np.abs(x) + x.dtype.type(1))


@kernel("LeakyRelu")
def _leaky_relu(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """LeakyRelu: max(x, x * alpha) (TF's functor for alpha <= 1), in the input's dtype."""
    x = np.asarray(inputs[0])
    alpha = x.dtype.type(op.attrs["alpha"])
    with np.errstate(all="ignore"):
        return [np.where(x > 0, x, x * alpha).astype(x.dtype)]


kernel("Softsign")(_unary(_softsign))


def _masked_gradient(keep: Any) -> Any:
    """ReluGrad / Relu6Grad: gradients * keep(features) cast to the dtype (relu_op_functor.h)."""

    def grad(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
        gradients, features = (np.asarray(v) for v in inputs)
        if gradients.shape != features.shape:
            raise KernelError(f"Inputs to operation {op.name} of type {op.type} must have the same size and "
                              f"shape.  Input 0: {_dims(gradients.shape)} != input 1: "
                              f"{_dims(features.shape)}")
        with np.errstate(all="ignore"):
            return [(gradients * keep(features).astype(gradients.dtype)).astype(gradients.dtype)]

    return grad


kernel("ReluGrad")(_masked_gradient(lambda f: f > 0))
kernel("Relu6Grad")(_masked_gradient(lambda f: (f > 0) & (f < 6)))
