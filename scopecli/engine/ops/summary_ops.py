"""tf.summary's v1 graph ops (TF's summary/summary.py and ops/summary_op_util.py): scalar,
histogram, image, audio, text, tensor_summary, merge, merge_all, and their op types' shapes.

Each summary enters `summary_scope` (the cleaned name, under `family/` when given), whose scope
is also the tag, and adds its output to GraphKeys.SUMMARIES (or `collections`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from scopecli.engine.framework import dtypes
from scopecli.engine.framework.name_scope import name_scope, output
from scopecli.engine.framework.op_def_library import apply_op
from scopecli.engine.framework.registry import register_shape
from scopecli.engine.framework.shapes import TensorShape
from scopecli.engine.framework.tf_export import tf_export
from scopecli.engine.ops_core import convert_to_tensor

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

    from scopecli.engine.framework.graph import Tensor
    from scopecli.engine.framework.state import TFState

SUMMARIES = "summaries"  # GraphKeys.SUMMARIES
_INVALID_TAG_CHARACTERS = re.compile(r"[^-/\w\.]")
# SummaryMetadata(plugin_data=PluginData(plugin_name='text')).SerializeToString(), and the
# empty SummaryMetadata tensor_summary uses: what TF stores in serialized_summary_metadata.
_TEXT_METADATA = "\n\x06\n\x04text"


def clean_tag(name: Any) -> Any:
    """summary_op_util.clean_tag: characters outside [-/\\w.] become "_", leading "/" go."""
    if name is not None:
        name = _INVALID_TAG_CHARACTERS.sub("_", name).lstrip("/")
    return name


@contextmanager
def summary_scope(state: TFState, name: Any, family: Any = None, default_name: Any = None,
                  values: Any = None) -> Iterator[tuple[str, str]]:
    """summary_op_util.summary_scope: yields (tag, scope); the tag is the scope without its "/",
    prefixed with the family again when one is given."""
    name, family = clean_tag(name), clean_tag(family)
    base = name if family is None else f"{family}/{name}"
    with name_scope(state, base, default_name, values or []) as scope:
        tag = scope.rstrip("/") if family is None else f"{family}/{scope.rstrip('/')}"
        yield tag, scope


def collect(state: TFState, value: Any, collections: Any, default: list[str]) -> None:
    """summary_op_util.collect."""
    for key in default if collections is None else collections:
        state.graph.add_to_collection(key, value)


@tf_export("summary.scalar")
def scalar(state: TFState, name: Any, tensor: Any, collections: Any = None, family: Any = None) -> Tensor:
    with summary_scope(state, name, family, values=[tensor]) as (tag, scope):
        val = output(apply_op(state, "ScalarSummary", scope, tags=tag, values=tensor))
        collect(state, val, collections, [SUMMARIES])
    return val


@tf_export("summary.histogram")
def histogram(state: TFState, name: Any, values: Any, collections: Any = None, family: Any = None) -> Tensor:
    with summary_scope(state, name, family, values=[values], default_name="HistogramSummary") as (tag, scope):
        val = output(apply_op(state, "HistogramSummary", scope, tag=tag, values=values))
        collect(state, val, collections, [SUMMARIES])
    return val


@tf_export("summary.image")
def image(state: TFState, name: Any, tensor: Any, max_outputs: Any = 3, collections: Any = None,
          family: Any = None) -> Tensor:
    with summary_scope(state, name, family, values=[tensor]) as (tag, scope):
        val = output(apply_op(state, "ImageSummary", scope, tag=tag, tensor=tensor, max_images=max_outputs))
        collect(state, val, collections, [SUMMARIES])
    return val


@tf_export("summary.audio")
def audio(state: TFState, name: Any, tensor: Any, sample_rate: Any, max_outputs: Any = 3,
          collections: Any = None, family: Any = None) -> Tensor:
    with summary_scope(state, name, family, values=[tensor]) as (tag, scope):
        rate = convert_to_tensor(state, sample_rate, dtypes.float32, name="sample_rate")
        val = output(apply_op(state, "AudioSummaryV2", scope, tag=tag, tensor=tensor, sample_rate=rate,
                              max_outputs=max_outputs))
        collect(state, val, collections, [SUMMARIES])
    return val


@tf_export("summary.text")
def text(state: TFState, name: Any, tensor: Any, collections: Any = None) -> Tensor:
    """summary.text: a tensor_summary with the text plugin's metadata."""
    return _tensor_summary(state, name, tensor, collections, None, _TEXT_METADATA)


@tf_export("summary.tensor_summary")
def tensor_summary(state: TFState, name: Any, tensor: Any, summary_description: Any = None,
                   collections: Any = None, summary_metadata: Any = None, family: Any = None,
                   display_name: Any = None) -> Tensor:
    """summary.tensor_summary: the metadata holds only the description and display name given
    (scopecli accepts none: their serialized form is a proto)."""
    if summary_description is not None or summary_metadata is not None or display_name is not None:
        from scopecli.errors import InputError

        raise InputError("tf.summary.tensor_summary with summary_description, summary_metadata or "
                         "display_name is not supported by scopecli")
    return _tensor_summary(state, name, tensor, collections, family, "")


def _tensor_summary(state: TFState, name: Any, tensor: Any, collections: Any, family: Any,
                    metadata: str) -> Tensor:
    with summary_scope(state, name, family, values=[tensor]) as (tag, scope):
        val = output(apply_op(state, "TensorSummaryV2", scope, tensor=tensor, tag=tag,
                              serialized_summary_metadata=metadata))
        collect(state, val, collections, [SUMMARIES])
    return val


@tf_export("summary.merge")
def merge(state: TFState, inputs: Any, collections: Any = None, name: Any = None) -> Tensor:
    """summary.merge: MergeSummary named `name` inside the scope `name` (default "Merge")."""
    name = clean_tag(name)
    with name_scope(state, name, "Merge", list(inputs)):
        val = output(apply_op(state, "MergeSummary", name, inputs=list(inputs)))
        collect(state, val, collections, [])
    return val


@tf_export("summary.merge_all")
def merge_all(state: TFState, key: Any = SUMMARIES, scope: Any = None, name: Any = None) -> Tensor | None:
    """summary.merge_all: None when the collection is empty."""
    summary_ops = state.graph.get_collection(key, scope)
    if not summary_ops:
        return None
    return merge(state, summary_ops, name=name)


def _scalar_shape(name: str, inputs: list[Tensor], attrs: dict[str, Any]) -> list[TensorShape]:
    """ScalarShape: every summary op outputs one serialized Summary."""
    return [TensorShape.known(())]


for _op_type in ("ScalarSummary", "HistogramSummary", "ImageSummary", "AudioSummaryV2", "TensorSummaryV2",
                 "MergeSummary"):
    register_shape(_op_type, _scalar_shape)
