"""Gradient entries of the TensorArray ops (TF's tensor_array_grad.py): the array itself, its
gradient array, its size and close are not differentiable."""

from __future__ import annotations

from scopecli.engine.framework.registry import not_differentiable

not_differentiable("TensorArrayV3", "TensorArrayGradV3", "TensorArraySizeV3", "TensorArrayCloseV3")
