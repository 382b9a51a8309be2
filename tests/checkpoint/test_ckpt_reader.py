"""The TF-free reader against TF's own reading of the fixtures (made by make_fixtures.py with TF
2.21): every name, dtype, shape and value; graph nodes; the state file; object graphs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from scopecli.checkpoint import CheckpointError, open_checkpoint, read_values
from scopecli.checkpoint.wire import crc32c, snappy_decompress

FIXTURES = Path(__file__).parent / "fixtures"
CHECKPOINTS = [("dtypes", "model.ckpt"), ("sharded", "model.ckpt"), ("snappy", "model.ckpt"),
               ("adam", "model.ckpt"), ("tf2", "ckpt-1"), ("v1", "model.ckpt"), ("training", "model.ckpt")]


def as_json_values(array: np.ndarray, dtype: str) -> list:
    flat = np.asarray(array).reshape(-1)
    if dtype.startswith("complex"):
        return [[float(z.real), float(z.imag)] for z in flat]
    if dtype == "string":
        return [bytes(b).decode("latin-1") for b in flat]
    if dtype == "bool":
        return [bool(b) for b in flat]
    if flat.dtype.kind == "f":
        return [float(x) for x in flat.astype(np.float64)]
    return [int(x) for x in flat]


@pytest.mark.parametrize(("directory", "prefix"), CHECKPOINTS)
def test_listing_and_values_equal_tf(directory: str, prefix: str) -> None:
    path = FIXTURES / directory / prefix
    expected = json.loads((FIXTURES / directory / f"{prefix}.expected.json").read_text())
    checkpoint = open_checkpoint(str(path))
    got = [(t.name, t.dtype, list(t.shape)) for t in checkpoint.tensors]
    assert got == [(v["name"], v["dtype"], v["shape"]) for v in expected["variables"]]
    session_values = expected.get("session_values", {})
    for tensor, want in zip(checkpoint.tensors, expected["variables"], strict=True):
        values = as_json_values(read_values(checkpoint, tensor), tensor.dtype)
        assert values == (want["values"] if want["values"] is not None else session_values[tensor.name])


def test_every_dtype_and_kind_is_covered() -> None:
    checkpoint = open_checkpoint(str(FIXTURES / "dtypes" / "model.ckpt"))
    dtypes = {t.dtype for t in checkpoint.tensors}
    assert dtypes >= {"float16", "bfloat16", "float32", "float64", "int8", "int16", "int32", "int64",
                      "uint8", "uint16", "complex64", "complex128", "bool", "string"}
    parts = {t.name: len(t.slices) for t in checkpoint.tensors if t.partitioned}
    assert parts == {"enc/embedding": 2, "enc/wide": 3}
    assert open_checkpoint(str(FIXTURES / "sharded" / "model.ckpt")).num_shards == 2


def test_snappy_blocks_really_are_compressed() -> None:
    from scopecli.checkpoint.sstable import block_entries
    from scopecli.checkpoint.wire import varint

    data = (FIXTURES / "snappy" / "model.ckpt.index").read_bytes()
    index_off, pos = varint(data, varint(data, varint(data, len(data) - 48)[1])[1])
    index_size, _ = varint(data, pos)
    assert data[index_off + index_size] == 1  # the index block's type byte: snappy
    index = snappy_decompress(data[index_off:index_off + index_size])
    for _key, handle in block_entries(index):
        offset, pos = varint(handle, 0)
        size, _ = varint(handle, pos)
        assert data[offset + size] == 1  # every data block too


def test_snappy_and_crc_primitives() -> None:
    assert crc32c(b"123456789") == 0xE3069283  # the standard check value
    literal_then_copy = bytes([10, 3 << 2]) + b"abcd" + bytes([((6 - 1) << 2) | 2, 4, 0])
    assert snappy_decompress(literal_then_copy) == b"abcdabcdab"


def test_state_file_with_another_machines_path_falls_back_to_the_basename() -> None:
    checkpoint = open_checkpoint(str(FIXTURES / "adam"))
    assert checkpoint.prefix == str(FIXTURES / "adam" / "model.ckpt")
    assert [n.code for n in checkpoint.notices] == ["state_file_fallback"]
    assert checkpoint.notices[0].arg("recorded").startswith("/tmp/")


def test_relative_state_file_and_index_and_data_paths() -> None:
    by_dir = open_checkpoint(str(FIXTURES / "dtypes"))
    assert by_dir.prefix == str(FIXTURES / "dtypes" / "model.ckpt") and not by_dir.notices
    for name in ("model.ckpt.index", "model.ckpt.data-00000-of-00001"):
        assert open_checkpoint(str(FIXTURES / "dtypes" / name)).prefix == by_dir.prefix


def test_object_based_checkpoint_lists_full_names() -> None:
    expected = json.loads((FIXTURES / "tf2" / "ckpt-1.expected.json").read_text())
    checkpoint = open_checkpoint(str(FIXTURES / "tf2"))
    assert checkpoint.object_based
    full = {t.name: t.full_name for t in checkpoint.tensors if t.full_name is not None}
    assert full == {a["checkpoint_key"]: a["full_name"] for a in expected["object_graph"]}


@pytest.mark.parametrize(("name", "expected"), [
    ("graphs/graph.pb", "graphs/graph.expected.json"), ("graphs/graph.pbtxt", "graphs/graph.expected.json"),
    ("dtypes/model.ckpt.meta", "dtypes/model.ckpt.meta.expected.json")])
def test_graph_files_list_tf_nodes(name: str, expected: str) -> None:
    want = json.loads((FIXTURES / expected).read_text())["nodes"]
    checkpoint = open_checkpoint(str(FIXTURES / name))
    assert [(n.name, n.op, list(n.inputs)) for n in checkpoint.nodes] == \
        [(n["name"], n["op"], n["inputs"]) for n in want]
    assert any(i.startswith("^") for n in checkpoint.nodes for i in n.inputs)  # control inputs kept


def test_missing_data_shard_and_foreign_files_are_clean_errors(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "adam" / "model.ckpt.index", tmp_path / "m.index")
    checkpoint = open_checkpoint(str(tmp_path / "m"))  # listing needs only the index
    with pytest.raises(Exception, match="data file .* is missing"):
        read_values(checkpoint, checkpoint.tensors[0])
    (tmp_path / "weights.h5").write_bytes(b"\x89HDF\r\n\x1a\n" + bytes(100))
    with pytest.raises(CheckpointError, match="HDF5"):
        open_checkpoint(str(tmp_path / "weights.h5"))
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(CheckpointError, match="not a checkpoint"):
        open_checkpoint(str(tmp_path / "notes.txt"))
    with pytest.raises(CheckpointError, match="no such checkpoint"):
        open_checkpoint(str(tmp_path / "nothing"))
    with pytest.raises(CheckpointError, match="no checkpoint in this directory"):
        open_checkpoint(str(tmp_path / "empty") if (tmp_path / "empty").mkdir() is None else "")


def test_the_reader_imports_nothing_from_the_engine() -> None:
    import ast

    for path in (Path(__file__).parents[2] / "scopecli" / "checkpoint").glob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                refused = ("scopecli.engine", "scopecli.interpret", "tensorflow")
                assert not node.module.startswith(refused), path


def test_snappy_every_element_kind() -> None:
    # literal of 3; copy kind 1 (length 4 + 3 bits, 11-bit offset); kind 3 (4-byte offset)
    data = bytes([14, 2 << 2]) + b"xyz" + bytes([((7 - 4) << 2) | 1, 3]) + \
        bytes([((4 - 1) << 2) | 3, 3, 0, 0, 0])
    assert snappy_decompress(data) == b"xyz" + b"xyzxyzx" + b"yzxy"
    long_literal = bytes(range(200))
    assert snappy_decompress(bytes([200, 1]) + bytes([60 << 2, 199]) + long_literal) == long_literal


def test_snappy_random_bytes_never_escape_as_another_error() -> None:
    import random

    from scopecli.checkpoint.wire import Corrupt

    rng = random.Random(7)
    for _ in range(3000):
        blob = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
        try:
            out = snappy_decompress(blob, limit=1 << 16)
        except Corrupt:
            continue
        assert len(out) <= 1 << 16
