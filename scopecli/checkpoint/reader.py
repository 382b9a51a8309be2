"""Open whatever the user named as a checkpoint: a prefix, a directory (its `checkpoint` state
file, or a SavedModel), an `.index`/`.data-*` file, a V1 file, a `.meta`, `.pb` or `.pbtxt`.

Every failure becomes one `CheckpointError` naming the file and what is wrong (exit 2). Work is
bounded: a file larger than `max_bytes` is refused before it is read.
"""

from __future__ import annotations

import os
import re

# graphs, objects and v1 are imported where used: listing a V2 checkpoint needs none of them.
from scopecli.checkpoint import bundle
from scopecli.checkpoint.model import Checkpoint, CheckpointError, Notice, StoredTensor
from scopecli.checkpoint.sstable import is_sstable
from scopecli.checkpoint.wire import Corrupt

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

MAX_FILE_BYTES = 1 << 30
_DATA_SUFFIX = re.compile(r"\.data-\d{5}-of-\d{5}$")
_HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
_STATE_LINE = re.compile(r'^\s*model_checkpoint_path\s*:\s*("(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\')\s*$',
                         re.MULTILINE)


def _read(path: str, max_bytes: int) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise CheckpointError(path, f"{size} bytes is more than the limit of {max_bytes}",
                                  hint="raise it with --max-file-mb")
        with open(path, "rb") as f:
            return f.read(max_bytes + 1)
    except IsADirectoryError:
        raise CheckpointError(path, "is a directory") from None
    except OSError as error:
        raise CheckpointError(path, error.strerror or str(error)) from None


def _state_prefix(directory: str, notices: list[Notice]) -> str:
    """The latest prefix a directory's `checkpoint` file names; a path that does not exist here
    (written on another machine) falls back to its basename beside the state file."""
    state = os.path.join(directory, "checkpoint")
    text = _read(state, 1 << 20).decode("utf-8", "replace")
    match = _STATE_LINE.search(text)
    if match is None:
        raise CheckpointError(state, "no `model_checkpoint_path: \"...\"` line in the checkpoint state file")
    from scopecli.checkpoint.graphs import _unquote

    recorded = _unquote(match.group(1).encode("utf-8"))
    prefix = recorded if os.path.isabs(recorded) else os.path.join(directory, recorded)
    if os.path.exists(prefix + ".index") or os.path.isfile(prefix):
        return prefix
    local = os.path.join(directory, os.path.basename(recorded.replace("\\", "/")))
    if os.path.exists(local + ".index") or os.path.isfile(local):
        notices.append(Notice("state_file_fallback", (("recorded", recorded), ("used", local))))
        return local
    raise CheckpointError(state, f"names {recorded!r}, which does not exist (nor {local!r} beside it)")


def _resolve_directory(directory: str, notices: list[Notice]) -> str:
    saved_model = os.path.join(directory, "variables", "variables")
    if os.path.exists(saved_model + ".index"):
        notices.append(Notice("saved_model", (("prefix", saved_model),)))
        return saved_model
    if os.path.exists(os.path.join(directory, "checkpoint")):
        return _state_prefix(directory, notices)
    indexes = sorted(name for name in os.listdir(directory) if name.endswith(".index"))
    if len(indexes) == 1:
        return os.path.join(directory, indexes[0][:-len(".index")])
    if indexes:
        shown = ", ".join(indexes[:5]) + (" ..." if len(indexes) > 5 else "")
        raise CheckpointError(directory, f"holds {len(indexes)} checkpoints and no `checkpoint` file "
                              f"to say which is the latest: {shown}", hint="name one prefix")
    raise CheckpointError(directory, "no checkpoint in this directory (no `checkpoint` file, no `.index`)")


def open_checkpoint(path: str, max_bytes: int = MAX_FILE_BYTES) -> Checkpoint:
    """Read the listing of the checkpoint or graph at `path` (values are read on request)."""
    notices: list[Notice] = []
    target = path
    if os.path.isdir(path):
        target = _resolve_directory(path, notices)
    elif path.endswith(".index") and os.path.isfile(path):
        target = path[:-len(".index")]
    elif _DATA_SUFFIX.search(path) and os.path.isfile(path):
        target = _DATA_SUFFIX.sub("", path)
    try:
        return _open_resolved(path, target, notices, max_bytes)
    except Corrupt as error:
        raise CheckpointError(_file_of(target), str(error)) from None
    except RecursionError:
        raise CheckpointError(_file_of(target), "nested too deeply") from None


def _file_of(target: str) -> str:
    return target + ".index" if os.path.exists(target + ".index") else target


def _open_resolved(path: str, target: str, notices: list[Notice], max_bytes: int) -> Checkpoint:
    index = target + ".index"
    if os.path.isfile(index):
        num_shards, tensors = bundle.read_index(_read(index, max_bytes))
        checkpoint = Checkpoint(path, target, "v2", tensors, notices=notices, num_shards=num_shards)
        _object_graph(checkpoint, max_bytes)
        return checkpoint
    if not os.path.exists(target):
        raise CheckpointError(path, "no such checkpoint (neither this file nor "
                              f"{os.path.basename(target)}.index exists)")
    if os.path.isdir(target):
        raise CheckpointError(path, "is a directory")
    data = _read(target, max_bytes)
    lower = target.lower()
    if lower.endswith((".meta", ".pb", ".pbtxt")):
        try:
            return _open_graph(path, target, lower, data, notices)
        except Corrupt as error:
            kind = "MetaGraphDef" if lower.endswith(".meta") else "GraphDef"
            raise Corrupt(f"not a readable {kind} (truncated, or another format): {error}") from None
    if data.startswith(_HDF5_MAGIC):
        raise Corrupt("an HDF5 file (Keras `.h5` weights), not a TensorFlow checkpoint")
    if not is_sstable(data):
        raise Corrupt("not a checkpoint: no SSTable magic number at its end (truncated, or another format)")
    if _looks_like_v2_index(data):
        num_shards, tensors = bundle.read_index(data)
        notices.append(Notice("index_without_suffix"))
        return Checkpoint(path, target, "v2", tensors, notices=notices, num_shards=num_shards)
    from scopecli.checkpoint import v1

    notices.append(Notice("v1_format"))
    return Checkpoint(path, target, "v1", v1.read_v1(data), notices=notices)


def _open_graph(path: str, target: str, lower: str, data: bytes, notices: list[Notice]) -> Checkpoint:
    from scopecli.checkpoint import graphs

    if lower.endswith(".meta"):
        return Checkpoint(path, target, "metagraph", [], graphs.meta_graph_nodes(data), notices)
    if lower.endswith(".pbtxt"):
        return Checkpoint(path, target, "graphdef", [], graphs.text_graph_nodes(data), notices)
    if os.path.basename(lower) == "saved_model.pb":
        return Checkpoint(path, target, "graphdef", [], graphs.saved_model_nodes(data), notices)
    try:
        nodes = graphs.graph_nodes(data)
    except Corrupt:
        nodes = graphs.meta_graph_nodes(data)
    return Checkpoint(path, target, "graphdef", [], nodes, notices)


def _looks_like_v2_index(data: bytes) -> bool:
    """A V2 header's first field is a varint (num_shards); V1's is a message (meta)."""
    from scopecli.checkpoint.sstable import Table

    first = next(Table(data).items(), None)
    return first is not None and first[0] == b"" and first[1][:1] == b"\x08"


def _object_graph(checkpoint: Checkpoint, max_bytes: int) -> None:
    stored = checkpoint.tensor(bundle.OBJECT_GRAPH_KEY)
    if stored is None:
        return
    checkpoint.object_based = True
    checkpoint.notices.append(Notice("object_based"))
    raw = read_values(checkpoint, stored, max_bytes)
    if raw.shape != () or not isinstance(raw.item(), bytes):
        raise Corrupt(f"{bundle.OBJECT_GRAPH_KEY} is not a scalar string")
    from scopecli.checkpoint import objects

    by_key = {key.checkpoint_key: key for key in objects.object_keys(raw.item())}
    for tensor in checkpoint.tensors:
        key = by_key.get(tensor.name)
        if key is not None:
            tensor.full_name = key.full_name
            if key.slot_of is not None:
                tensor.slot_of = (key.slot_of, key.slot_name or "")


def read_values(checkpoint: Checkpoint, tensor: StoredTensor, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """The tensor's values as a numpy array; `Corrupt` when its bytes are missing or damaged."""
    if checkpoint.kind == "v1":
        from scopecli.checkpoint import v1

        return v1.v1_values(tensor, max_bytes)
    if checkpoint.kind != "v2":
        raise Corrupt("a graph file holds no variable values")
    return bundle.ShardReader(checkpoint.prefix, checkpoint.num_shards, max_bytes).values(tensor)
