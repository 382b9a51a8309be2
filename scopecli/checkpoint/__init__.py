"""Read TensorFlow checkpoints and graph files without TensorFlow: V2 bundles (`.index` +
`.data-*` shards), V1 single files, TF2 object-based checkpoints, `.meta`, `.pb`, `.pbtxt`.

A pure reader: it imports nothing from the engine. `open_checkpoint(path)` lists; `read_values`
reads one tensor's values. Every damaged, truncated or foreign file raises one `CheckpointError`.
"""

from scopecli.checkpoint.model import Checkpoint, CheckpointError, GraphNode, Notice, StoredTensor
from scopecli.checkpoint.reader import open_checkpoint, read_values

__all__ = ["Checkpoint", "CheckpointError", "GraphNode", "Notice", "StoredTensor", "open_checkpoint",
           "read_values"]
