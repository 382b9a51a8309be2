"""Kernels of the checkpoint ops (io_ops.py): saving writes nothing; RestoreV2 reads only the
checkpoint given with --checkpoint (never the path the graph carries), through scopecli.checkpoint."""

from __future__ import annotations

import re

import numpy as np

from scopecli.evaluate.kernel_registry import PY_ITEM, kernel
from scopecli.evaluate.kernels import Context, KernelError

TYPE_CHECKING = False  # typing.TYPE_CHECKING: the run imports no typing
if TYPE_CHECKING:
    from typing import Any

_TF_DTYPE_NAMES = {"float32": "float", "float64": "double"}


def _text(value: Any) -> str:
    value = value.item() if isinstance(value, np.ndarray) else value
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _texts(value: Any) -> list[str]:
    return [_text(v) for v in np.asarray(value, dtype=object).reshape(-1)]


@kernel("PlaceholderWithDefault")
def _placeholder_with_default(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return [inputs[0]]


@kernel("SaveV2")
def _save_v2(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return []  # its inputs were read (uninitialised variables fail as in TF); no file is written


@kernel("MergeV2Checkpoints")
def _merge_v2(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    return []


@kernel("ShardedFilename")
def _sharded_filename(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    base, shard, shards = inputs
    return [np.array(f"{_text(base)}-{int(shard):05d}-of-{int(shards):05d}", dtype=object)]


@kernel("StringJoin")
def _string_join(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    """Element by element; scalars repeat against the inputs that are not (string_join_op.cc)."""
    separator = op.attrs.get("separator", "")
    arrays = [np.asarray(v, dtype=object) for v in inputs]
    shapes = {a.shape for a in arrays if a.ndim}
    if len(shapes) > 1:
        raise KernelError(f"Input shapes do not match: {list(shapes.pop())} vs. {list(shapes.pop())}")
    if not shapes:
        return [np.array(separator.join(_text(a.item()) for a in arrays), dtype=object)]
    shape = shapes.pop()
    ctx.allocate(op, shape)
    ctx.charge(int(np.prod(shape)) * len(arrays) * PY_ITEM)  # joined element by element in Python
    flat = [a.reshape(-1) if a.ndim else None for a in arrays]
    out = [separator.join(_text(a.item() if f is None else f[i]) for a, f in zip(arrays, flat, strict=True))
           for i in range(int(np.prod(shape)))]
    return [np.array(out, dtype=object).reshape(shape)]


@kernel("StaticRegexFullMatch")
def _static_regex_full_match(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    # The pattern is a Saver's own constant ("^s3://.*"): no scenario-made pattern reaches `re`.
    pattern = re.compile(op.attrs["pattern"])
    values = np.asarray(inputs[0], dtype=object)
    return [np.vectorize(lambda s: pattern.fullmatch(_text(s)) is not None, otypes=[bool])(values)
            if values.ndim else np.bool_(pattern.fullmatch(_text(values.item())) is not None)]


@kernel("RestoreV2")
def _restore_v2(op: Any, inputs: list[Any], ctx: Context) -> list[Any]:
    from scopecli.checkpoint import read_values
    from scopecli.engine.train import checkpoint_source as source

    state = op._graph.state
    checkpoint = source.opened(state)
    if checkpoint is None:  # no note here: explain evaluates small ops too; restore() says how
        raise KernelError("Unsuccessful TensorSliceReader constructor: Failed to find any matching files for "
                          f"{_text(inputs[0])}", "NotFoundError")
    by_name = {t.name: t for t in checkpoint.tensors}
    outputs = []
    for name, spec, dtype in zip(_texts(inputs[1]), _texts(inputs[2]), op.attrs["dtypes"], strict=True):
        stored = by_name.get(name)
        if stored is None:
            raise KernelError(f"Key {name} not found in checkpoint", "NotFoundError")
        if spec:
            raise KernelError(f"scopecli cannot restore a slice ({spec}) of {name} yet", "UnimplementedError")
        if stored.dtype != dtype.name:
            want, have = (_TF_DTYPE_NAMES.get(d, d) for d in (dtype.name, stored.dtype))
            raise KernelError(f"tensor_name = {name}; expected dtype {want} does not equal original "
                              f"dtype {have}")
        ctx.allocate(op, stored.shape or ())
        outputs.append(np.asarray(read_values(checkpoint, stored, source.max_bytes(state))))
    return outputs
