"""tf.IndexedSlices as scenario code sees it: `isinstance(g, tf.IndexedSlices)` for a gather's
gradient, and `tf.IndexedSlices(values, indices, dense_shape)` (stored as given, as TF does)."""

from __future__ import annotations

from scopecli.engine.framework.tf_export import export_value
from scopecli.engine.grads.indexed_slices import IndexedSlices
from scopecli.model import ClassRef

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.state import TFState


def _indexed_slices_class(state: TFState) -> ClassRef:
    def make(values: Any, indices: Any, dense_shape: Any = None) -> IndexedSlices:
        return IndexedSlices(state, values, indices, dense_shape)

    return ClassRef("IndexedSlices", IndexedSlices, make)


export_value("IndexedSlices", make=_indexed_slices_class)
