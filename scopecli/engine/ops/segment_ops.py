"""tf.unique and tf.unsorted_segment_sum (gen_array_ops.unique, gen_math_ops.unsorted_segment_sum):
the raw ops the sparse optimizer updates build, as public calls (deduplicating IndexedSlices by
hand, as multi-tower training code does)."""

from __future__ import annotations

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.tf_export import tf_export
from scopecli.model import named_tuple

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

_Unique = named_tuple("Unique", ("y", "idx"))


@tf_export("unique")
def unique(state: TFState, x: Any, out_idx: Any = dtypes.int32, name: Any = None) -> Any:
    """The distinct values of a vector in first-seen order, and each element's position among them."""
    op = apply_op(state, "Unique", name, x=x, out_idx=dtypes.as_dtype(out_idx))
    return _Unique(op._outputs[0], op._outputs[1])


@tf_export("math.unsorted_segment_sum", "unsorted_segment_sum")
def unsorted_segment_sum(state: TFState, data: Any, segment_ids: Any, num_segments: Any,
                         name: Any = None) -> Tensor:
    """Sums of the rows of `data` per segment id, num_segments rows."""
    return output(apply_op(state, "UnsortedSegmentSum", name, data=data, segment_ids=segment_ids,
                           num_segments=num_segments))
