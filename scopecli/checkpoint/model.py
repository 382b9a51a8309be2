"""What a checkpoint holds, as plain data: its tensors (name, dtype, shape, where the bytes are),
the graph nodes of a `.meta`/`.pb`, and notices. Notices are codes with arguments; the words
are the renderer's (`scopecli/render/ckpt_view.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from scopecli.errors import InputError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

Extent = tuple[int, int]


class CheckpointError(InputError):
    """A checkpoint file cannot be read: which file, what is wrong (exit 2)."""

    def __init__(self, path: str, what: str, hint: str | None = None):
        super().__init__(f"{path}: {what}", hint=hint)
        self.path = path
        self.what = what


@dataclass(slots=True)
class Slice:
    """One stored slice of a partitioned variable: its extents and where its bytes are."""

    extents: tuple[Extent, ...]
    shard: int
    offset: int
    size: int
    crc: int | None


@dataclass(slots=True)
class StoredTensor:
    name: str  # the checkpoint key (for object-based checkpoints, an object path)
    dtype: str  # TF's name: float32, int64, string, bfloat16 ...
    dtype_code: int
    shape: tuple[int, ...] | None  # None: unknown rank
    shard: int = 0
    offset: int = 0
    size: int = 0  # bytes in the shard (for a partitioned tensor: the sum over its slices)
    crc: int | None = None
    slices: list[Slice] = field(default_factory=list)  # non-empty only for a partitioned variable
    full_name: str | None = None  # object-based: the variable's own name from the object graph
    slot_of: tuple[str, str] | None = None  # object-based optimizer slot: (variable, slot name)
    values_inline: Any = None  # V1: values decoded from the file itself

    @property
    def partitioned(self) -> bool:
        return bool(self.slices)

    @property
    def elements(self) -> int:
        count = 1
        for dim in self.shape or ():
            count *= dim
        return count


@dataclass(frozen=True)
class GraphNode:
    name: str
    op: str
    inputs: tuple[str, ...]


@dataclass(frozen=True)
class Notice:
    """Something worth telling about how the checkpoint was found or what it is (a code + args)."""

    code: str  # state_file_fallback, object_based, v1_format, graph_only, meta_beside
    args: tuple[tuple[str, str], ...] = ()

    def arg(self, key: str) -> str:
        return dict(self.args).get(key, "")


@dataclass
class Checkpoint:
    path: str  # what the user named
    prefix: str  # the resolved prefix (V2), file (V1, graph)
    kind: str  # "v2", "v1", "metagraph", "graphdef"
    tensors: list[StoredTensor]
    nodes: list[GraphNode] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    num_shards: int = 1
    object_based: bool = False

    def tensor(self, name: str) -> StoredTensor | None:
        for tensor in self.tensors:
            if tensor.name == name:
                return tensor
        return None
