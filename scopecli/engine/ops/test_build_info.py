"""tf.test's build queries (test_util / platform.test): what the oracle's TensorFlow wheel
answers. The reference TF 2.21 wheel is built with CUDA (so is_built_with_cuda is True, the
test model files use it to pick channels_first), without ROCm, and scopecli has no GPU."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import tf_export

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


@tf_export("test.is_built_with_cuda", label=False)
def is_built_with_cuda(state: TFState) -> bool:
    return True


@tf_export("test.is_built_with_rocm", label=False)
def is_built_with_rocm(state: TFState) -> bool:
    return False


@tf_export("test.is_built_with_gpu_support", label=False)
def is_built_with_gpu_support(state: TFState) -> bool:
    return True


@tf_export("test.is_gpu_available", label=False)
def is_gpu_available(state: TFState, cuda_only: Any = False, min_cuda_compute_capability: Any = None) -> bool:
    return False  # the only device is the local CPU


@tf_export("test.gpu_device_name", label=False)
def gpu_device_name(state: TFState) -> str:
    return ""
