"""tf.IndexedSlices as scenario code sees it: `isinstance(g, tf.IndexedSlices)` for a gather's
gradient, and `tf.IndexedSlices(values, indices, dense_shape)` (stored as given, as TF does)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scopecli.engine.framework.tf_export import export_value
from scopecli.engine.grads.indexed_slices import IndexedSlices
from scopecli.model import ClassRef

if TYPE_CHECKING:
    from scopecli.engine.framework.state import TFState


def _indexed_slices_class(state: TFState) -> ClassRef:
    def make(values: Any, indices: Any, dense_shape: Any = None) -> IndexedSlices:
        return IndexedSlices(state, values, indices, dense_shape)

    return ClassRef("IndexedSlices", IndexedSlices, make)


export_value("IndexedSlices", make=_indexed_slices_class)
