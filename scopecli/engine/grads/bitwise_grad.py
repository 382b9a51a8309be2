"""The bitwise ops TF marks not differentiable (bitwise_ops.py)."""

from __future__ import annotations

from scopecli.engine.framework.registry import not_differentiable

not_differentiable("BitwiseAnd", "BitwiseOr", "BitwiseXor", "Invert", "LeftShift", "RightShift")
