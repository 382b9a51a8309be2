"""Initializer objects (init_ops v1): called with (shape, dtype), they build the ops that
produce a variable's first value, under the variable's `Initializer/` name scope."""

from __future__ import annotations

import math

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.graph import Tensor
from scopecli.engine.ops import array_fill_ops as fill_ops
from scopecli.engine.ops import random_ops as r
from scopecli.engine.ops_core import constant
from scopecli.errors import tf_value_error
from scopecli.model import Exposed, attribute, method

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


class Initializer(Exposed):
    """Base: `kind` names it for explain ("zeros", "glorot_uniform" ...)."""

    TYPE_NAME = "Initializer"
    kind = "initializer"
    random = False

    def __init__(self, state: TFState, dtype: Any = dtypes.float32):
        self.state = state
        self.dtype_ = dtypes.as_dtype(dtype) if dtype is not None else dtypes.float32

    @attribute
    def dtype(self) -> Any:
        return self.dtype_

    @method  # scenario code may call an initializer itself: `init([3, 4])` builds its ops
    def __call__(self, shape: Any, dtype: Any = None, partition_info: Any = None) -> Tensor:
        return self.build(list(shape), dtypes.as_dtype(dtype) if dtype is not None else self.dtype_)

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        raise NotImplementedError

    def describe(self) -> str:
        return f"{self.kind}_initializer()"

    def __repr__(self) -> str:
        return f"<tensorflow.python.ops.init_ops.{type(self).__name__} object>"


class Zeros(Initializer):
    kind = "zeros"

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        return fill_ops.zeros(self.state, shape, dtype)


class Ones(Initializer):
    kind = "ones"

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        return fill_ops.ones(self.state, shape, dtype)


class Constant(Initializer):
    kind = "constant"

    def __init__(self, state: TFState, value: Any = 0, dtype: Any = dtypes.float32,
                 verify_shape: bool = False):
        super().__init__(state, dtype)
        self.value = value

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        return constant(self.state, self.value, dtype=dtype, shape=shape)

    def describe(self) -> str:
        return f"constant_initializer({self.value!r})"


class RandomNormal(Initializer):
    kind = "random_normal"
    random = True

    def __init__(self, state: TFState, mean: Any = 0.0, stddev: Any = 1.0, seed: Any = None,
                 dtype: Any = dtypes.float32):
        super().__init__(state, _float_dtype(dtype))  # init_ops: _assert_float_dtype
        self.mean, self.stddev, self.seed = mean, stddev, seed

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        return r.random_normal(self.state, shape, self.mean, self.stddev, dtype, self.seed)


class TruncatedNormal(RandomNormal):
    kind = "truncated_normal"

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        return r.truncated_normal(self.state, shape, self.mean, self.stddev, dtype, self.seed)


class RandomUniform(Initializer):
    kind = "random_uniform"
    random = True

    def __init__(self, state: TFState, minval: Any = 0.0, maxval: Any = None, seed: Any = None,
                 dtype: Any = dtypes.float32):
        super().__init__(state, dtype)
        self.minval, self.maxval, self.seed = minval, maxval, seed

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        return r.random_uniform(self.state, shape, self.minval, self.maxval, dtype, self.seed)


class VarianceScaling(Initializer):
    """init_ops.VarianceScaling: scale / fan (fan_in, fan_out or their mean), then a truncated normal
    (stddev corrected for the truncation), an untruncated normal or a uniform of that variance."""

    kind = "variance_scaling"
    random = True

    def __init__(self, state: TFState, scale: Any = 1.0, mode: Any = "fan_in",
                 distribution: Any = "truncated_normal", seed: Any = None, dtype: Any = dtypes.float32):
        if scale <= 0.0:
            raise tf_value_error(f"Argument `scale` must be a positive float. Received: {scale}")
        if mode not in ("fan_in", "fan_out", "fan_avg"):
            raise tf_value_error("Argument `mode` should be one of ('fan_in', 'fan_out', 'fan_avg'). "
                                 f"Received: {mode}")
        distribution = distribution.lower()
        if distribution not in ("normal", "uniform", "truncated_normal", "untruncated_normal"):
            raise tf_value_error("Argument `distribution` should be one of ('normal', uniform', "
                                 f"'truncated_normal', 'untruncated_normal'). Received: {distribution}")
        super().__init__(state, _float_dtype(dtype))
        self.scale, self.mode, self.distribution, self.seed = scale, mode, distribution, seed

    @method
    def __call__(self, shape: Any, dtype: Any = None, partition_info: Any = None) -> Tensor:
        """A shard of a partitioned variable scales by the full variable's fans (its partition_info)."""
        dtype = dtypes.as_dtype(dtype) if dtype is not None else self.dtype_
        full = list(partition_info.full_shape) if partition_info is not None else None
        return self.build(list(shape), dtype, full)

    def build(self, shape: list[int], dtype: dtypes.DType, scale_shape: list[int] | None = None) -> Tensor:
        fan_in, fan_out = _fans(shape if scale_shape is None else scale_shape)
        scale = self.scale
        if self.mode == "fan_in":
            scale /= max(1.0, fan_in)
        elif self.mode == "fan_out":
            scale /= max(1.0, fan_out)
        else:
            scale /= max(1.0, (fan_in + fan_out) / 2.0)
        if self.distribution in ("normal", "truncated_normal"):
            # scipy.stats.truncnorm.std(a=-2, b=2, loc=0., scale=1.), as TF's constant
            stddev = math.sqrt(scale) / 0.87962566103423978
            return r.truncated_normal(self.state, shape, 0.0, stddev, dtype, self.seed)
        if self.distribution == "untruncated_normal":
            return r.random_normal(self.state, shape, 0.0, math.sqrt(scale), dtype, self.seed)
        limit = math.sqrt(3.0 * scale)
        return r.random_uniform(self.state, shape, -limit, limit, dtype, self.seed)


def _float_dtype(dtype: Any) -> dtypes.DType:
    """init_ops._assert_float_dtype."""
    dt = dtypes.as_dtype(dtype)
    if not dt.is_floating:
        raise tf_value_error(f"Argument `dtype` is expected to be floating point. Received: {dt}.")
    return dt


class GlorotUniform(VarianceScaling):
    """VarianceScaling(scale=1, mode="fan_avg", distribution="uniform")."""

    kind = "glorot_uniform"

    def __init__(self, state: TFState, seed: Any = None, dtype: Any = dtypes.float32):
        super().__init__(state, 1.0, "fan_avg", "uniform", seed)  # TF drops `dtype` here


class GlorotNormal(VarianceScaling):
    """VarianceScaling(scale=1, mode="fan_avg", distribution="truncated_normal")."""

    kind = "glorot_normal"

    def __init__(self, state: TFState, seed: Any = None, dtype: Any = dtypes.float32):
        super().__init__(state, 1.0, "fan_avg", "truncated_normal", seed)  # TF drops `dtype` here


class UniformUnitScaling(Initializer):
    """init_ops.UniformUnitScaling (deprecated in TF1, still built): a uniform in +-sqrt(3 / input
    size) * factor, the input size being the product of all but the last dimension (at least 1)."""

    kind = "uniform_unit_scaling"
    random = True

    def __init__(self, state: TFState, factor: Any = 1.0, seed: Any = None, dtype: Any = dtypes.float32):
        super().__init__(state, dtype)
        self.factor, self.seed = factor, seed

    def build(self, shape: list[int], dtype: dtypes.DType) -> Tensor:
        input_size = 1.0
        for dim in shape[:-1]:
            input_size *= float(dim)
        input_size = max(input_size, 1.0)
        max_val = math.sqrt(3 / input_size) * self.factor
        return r.random_uniform(self.state, shape, -max_val, max_val, dtype, self.seed)


def _fans(shape: list[int]) -> tuple[float, float]:
    if len(shape) < 1:
        return 1.0, 1.0
    if len(shape) == 1:
        return float(shape[0]), float(shape[0])
    if len(shape) == 2:
        return float(shape[0]), float(shape[1])
    receptive = 1
    for d in shape[:-2]:
        receptive *= d
    return float(shape[-2] * receptive), float(shape[-1] * receptive)  # int products, as TF's


CLASSES: dict[str, type[Initializer]] = {
    "zeros_initializer": Zeros,
    "ones_initializer": Ones,
    "constant_initializer": Constant,
    "random_normal_initializer": RandomNormal,
    "truncated_normal_initializer": TruncatedNormal,
    "random_uniform_initializer": RandomUniform,
    "glorot_uniform_initializer": GlorotUniform,
    "glorot_normal_initializer": GlorotNormal,
    "variance_scaling_initializer": VarianceScaling,
    "uniform_unit_scaling_initializer": UniformUnitScaling,
}
