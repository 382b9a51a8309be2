"""Fuzz the reader with mutations and truncations of the TF-made fixtures: every damaged file
gives one clean `CheckpointError` or a listing (and values) equal to the original, never a wrong
one. Deterministic (seeded) and bounded by counts."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from scopecli.checkpoint import CheckpointError, open_checkpoint, read_values
from scopecli.checkpoint.wire import Corrupt

FIXTURES = Path(__file__).parent / "fixtures"
ROUNDS = 150


def listing(path: str) -> list[tuple]:
    checkpoint = open_checkpoint(path)
    return [(t.name, t.dtype, t.shape, t.full_name, tuple(s.extents for s in t.slices),
             t.shard, t.offset, t.size, t.crc) for t in checkpoint.tensors] + \
        [(n.name, n.op, n.inputs) for n in checkpoint.nodes]


def mutations(data: bytes, rng: random.Random) -> list[bytes]:
    out = []
    for _ in range(ROUNDS):
        choice = rng.randrange(5)
        at = rng.randrange(len(data))
        if choice == 0:
            out.append(data[:at])  # truncated
        elif choice == 1:
            out.append(data[:at] + bytes([data[at] ^ (1 << rng.randrange(8))]) + data[at + 1:])
        elif choice == 2:
            out.append(data[:at] + bytes([rng.randrange(256)]) + data[at + 1:])
        elif choice == 3:
            out.append(data[:at] + data[at + 1:])  # a byte lost
        else:
            out.append(data[:at] + bytes([rng.randrange(256)]) + data[at:])  # a byte added
    return out


@pytest.mark.parametrize(("directory", "name", "prefix"), [
    ("dtypes", "model.ckpt.index", "model.ckpt"), ("sharded", "model.ckpt.index", "model.ckpt"),
    ("snappy", "model.ckpt.index", "model.ckpt"), ("tf2", "ckpt-1.index", "ckpt-1"),
    ("v1", "model.ckpt", "model.ckpt")])
def test_damaged_checkpoint_is_an_error_or_the_same_listing(tmp_path: Path, directory: str, name: str,
                                                            prefix: str) -> None:
    source = FIXTURES / directory
    for item in source.iterdir():
        if item.name.startswith(prefix + ".data"):
            shutil.copy(item, tmp_path / item.name)
    original = listing(str(source / prefix))
    data = (source / name).read_bytes()
    errors = same = 0
    for damaged in mutations(data, random.Random(f"{directory}/{name}")):
        (tmp_path / name).write_bytes(damaged)
        try:
            got = listing(str(tmp_path / prefix))
        except CheckpointError:
            errors += 1
            continue
        assert got == original, f"a damaged {name} listed differently"
        same += 1
    assert errors > ROUNDS // 2  # nearly every damage is noticed; the rest touched unread bytes


@pytest.mark.parametrize("directory", ["dtypes", "sharded", "adam"])
def test_damaged_data_shard_gives_an_error_or_the_same_values(tmp_path: Path, directory: str) -> None:
    import numpy as np

    source = FIXTURES / directory
    checkpoint = open_checkpoint(str(source / "model.ckpt"))
    originals = {t.name: read_values(checkpoint, t) for t in checkpoint.tensors}
    shard = sorted(source.glob("model.ckpt.data-*"))[-1]
    for item in source.iterdir():
        if item.name.startswith("model.ckpt."):
            shutil.copy(item, tmp_path / item.name)
    for damaged in mutations(shard.read_bytes(), random.Random(directory))[:60]:
        (tmp_path / shard.name).write_bytes(damaged)
        copy = open_checkpoint(str(tmp_path / "model.ckpt"))
        for tensor in copy.tensors:
            try:
                values = read_values(copy, tensor)
            except Corrupt:
                continue
            assert np.array_equal(values, originals[tensor.name]) or \
                values.dtype.kind == "f" and np.array_equal(values, originals[tensor.name], equal_nan=True)


@pytest.mark.parametrize("name", ["graphs/graph.pb", "graphs/graph.pbtxt", "dtypes/model.ckpt.meta"])
def test_damaged_graph_file_is_an_error_or_a_listing(tmp_path: Path, name: str) -> None:
    """Graph files carry no checksum: a damaged one may list other names, but never crashes."""
    data = (FIXTURES / name).read_bytes()
    target = tmp_path / name.split("/")[1]
    for damaged in mutations(data, random.Random(name))[:50]:
        target.write_bytes(damaged)
        try:
            listing(str(target))
        except CheckpointError:
            continue


def test_hostile_sizes_are_refused_before_allocating(tmp_path: Path) -> None:
    from scopecli.checkpoint.wire import snappy_decompress

    with pytest.raises(Corrupt, match="claims"):
        snappy_decompress(b"\xff\xff\xff\xff\x0f")  # 4 GiB claimed
    (tmp_path / "big.index").write_bytes(bytes(4096))
    with pytest.raises(CheckpointError, match="limit"):
        open_checkpoint(str(tmp_path / "big"), max_bytes=1024)
