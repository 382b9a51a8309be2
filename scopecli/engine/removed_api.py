"""Names TensorFlow 1.0 removed (renamed: tf.pack -> tf.stack, tf.mul -> tf.multiply,
tf.scalar_summary -> tf.summary.scalar ...): reading one is an AttributeError in every TF since,
which pre-1.0 code catches to fall back to the new name (`try: tf.pack(...) except: tf.stack(...)`).
Each name was checked absent from TF 2.21's tf.compat.v1 (the conformance oracle); the module
texts are the ones its AttributeError prints."""

from __future__ import annotations

from scopecli.errors import ScenarioError

# namespace as scenario code sees it -> (module text of TF's message, removed names)
REMOVED: dict[str, tuple[str, frozenset[str]]] = {
    "tf": ("tensorflow.compat.v1", frozenset((
        "pack", "unpack", "mul", "sub", "neg", "select", "batch_matmul", "concat_v2", "split_v",
        "listdiff", "inv", "complex_abs", "histogram_summary", "scalar_summary", "image_summary",
        "audio_summary", "merge_summary", "merge_all_summaries"))),
    "tf.train": ("tensorflow._api.v2.compat.v1.train", frozenset(("SummaryWriter",))),
}


def removed_error(qualname: str, name: str) -> ScenarioError | None:
    """The AttributeError TF raises for `qualname.name`, when TF 1.0 removed that name."""
    module, names = REMOVED.get(qualname, ("", frozenset()))
    if name not in names:
        return None
    return ScenarioError("AttributeError", f"module '{module}' has no attribute '{name}'")
