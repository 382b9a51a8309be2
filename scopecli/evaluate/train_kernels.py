"""Kernels of the op types the training helpers build beyond the core math set (Cos for
cosine_decay)."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.kernel_registry import register_kernel
from scopecli.evaluate.kernels import _unary

# float32 cos in float64 then rounded: Eigen's pcos is within an ulp; recorded cases agree.
register_kernel("Cos", _unary(np.cos, lambda x: np.cos(x.astype(np.float64)).astype(np.float32)))
# Sin, which Cos's gradient builds, the same way
register_kernel("Sin", _unary(np.sin, lambda x: np.sin(x.astype(np.float64)).astype(np.float32)))
