"""DynamicPartition and ParallelDynamicStitch kernels (what a partitioned embedding_lookup
runs): split data by partition index, in order; stitch the pieces back by position."""

from __future__ import annotations

import numpy as np

from scopecli.evaluate.grad_kernels import _dynamic_stitch
from scopecli.evaluate.kernel_registry import kernel
from scopecli.evaluate.kernels import KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

kernel("ParallelDynamicStitch")(_dynamic_stitch)  # DynamicStitch's merge (parallel only in TF's scheduling)


@kernel("DynamicPartition")
def _dynamic_partition(op: Any, inputs: list[Any], ctx: Any) -> list[Any]:
    """outputs[i] = data[partitions == i] (dynamic_partition_op.cc), in order."""
    data, partitions = np.asarray(inputs[0]), np.asarray(inputs[1])
    n = op.attrs["num_partitions"]
    bad = partitions[(partitions < 0) | (partitions >= n)]
    if bad.size:
        raise KernelError(f"partitions[0] = {int(bad.reshape(-1)[0])} is not in [0, {n})")
    return [data[partitions == i] for i in range(n)]
