"""Make the checkpoint fixtures with real TensorFlow and record TF's own reading beside them.

Run with the TF install (never imported by scopecli or its tests):

    ~/tfenv/bin/python tests/checkpoint/make_fixtures.py

Writes under tests/checkpoint/fixtures/: V2 checkpoints (many dtypes, strings, a partitioned
variable, two shards, a copy with snappy-compressed index blocks), a V1 single-file checkpoint, a
TF2 object-based checkpoint, `.meta`, a small graph as `.pb` and `.pbtxt`, a model trained one
step with Adam (saved
to an absolute path, so its `checkpoint` file names a directory that no longer exists), and for
each `*.expected.json`: TF's `list_variables`, dtypes and values (and node lists for graphs).
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import sys
import tempfile

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

# Two logical CPUs, so a sharded Saver writes two `.data` files (before the runtime starts).
_cpu = tf.config.list_physical_devices("CPU")[0]
tf.config.set_logical_device_configuration(_cpu, [tf.config.LogicalDeviceConfiguration()] * 2)

from tensorflow.core.protobuf import saver_pb2, trackable_object_graph_pb2  # noqa: E402

v1 = tf.compat.v1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "fixtures")


def values_json(array: np.ndarray) -> list:
    """A tensor's values, flat, as JSON: floats as floats, complex as [re, im], bytes as latin-1."""
    flat = np.asarray(array).reshape(-1)
    if flat.dtype.kind == "c":
        return [[float(z.real), float(z.imag)] for z in flat]
    if flat.dtype.kind in "SO":
        return [bytes(b).decode("latin-1") for b in flat]
    if flat.dtype.kind == "b":
        return [bool(b) for b in flat]
    if flat.dtype.kind == "f" or flat.dtype.name == "bfloat16":
        return [float(f) for f in flat.astype(np.float64)]
    return [int(i) for i in flat]


def record(prefix: str, out: str, extra: dict | None = None) -> None:
    """TF's own listing of a checkpoint: names, shapes, dtypes, values."""
    reader = tf.train.load_checkpoint(prefix)
    dtypes = reader.get_variable_to_dtype_map()
    listing = []
    for name, shape in tf.train.list_variables(prefix):
        entry = {"name": name, "shape": list(shape), "dtype": dtypes[name].name}
        try:
            entry["values"] = values_json(reader.get_tensor(name))
        except tf.errors.UnimplementedError as error:  # V1 partitioned: "Sliced checkpoints are not.."
            entry["values"] = None
            entry["tf_error"] = error.message
        listing.append(entry)
    document = {"made_by": f"TensorFlow {tf.__version__}", "variables": listing, **(extra or {})}
    with open(out, "w") as f:
        json.dump(document, f, indent=1, sort_keys=True)
        f.write("\n")


def make_dtypes() -> None:
    """One V2 checkpoint, one variable per dtype, strings, an empty tensor and a partitioned one."""
    directory = os.path.join(OUT, "dtypes")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    with tf.Graph().as_default(), v1.Session() as sess:
        rng = np.random.RandomState(0)
        with v1.variable_scope("dt"):
            for name, dtype in [("f16", tf.float16), ("bf16", tf.bfloat16), ("f32", tf.float32),
                                ("f64", tf.float64), ("i8", tf.int8), ("i16", tf.int16),
                                ("i32", tf.int32), ("i64", tf.int64), ("u8", tf.uint8),
                                ("u16", tf.uint16), ("c64", tf.complex64), ("c128", tf.complex128)]:
                raw = rng.uniform(-100, 100, size=(2, 3))
                if dtype.is_complex:
                    raw = raw + 1j * rng.uniform(-5, 5, size=(2, 3))
                if dtype.is_unsigned:
                    raw = np.abs(raw)
                v1.Variable(tf.cast(tf.constant(raw), dtype), name=name)
            v1.Variable([True, False, True, True], name="b")
            v1.Variable(np.zeros((0, 4), np.float32), name="empty")
            v1.Variable(3.5, name="scalar")
        with v1.name_scope("ns"):
            v1.Variable(np.arange(27, dtype=np.float32).reshape(3, 3, 3), name="cube")
        with v1.variable_scope("s"):
            v1.Variable(["hello", "", "wörld", "x" * 200], name="strings")
            v1.Variable(b"scalar string", name="one")
        with v1.variable_scope("enc"):
            v1.get_variable("embedding", [5, 4], initializer=v1.random_normal_initializer(seed=1),
                            partitioner=v1.fixed_size_partitioner(2))
            v1.get_variable("wide", [300, 2], initializer=v1.random_normal_initializer(seed=2),
                            partitioner=v1.fixed_size_partitioner(3))
        sess.run(v1.global_variables_initializer())
        saver = v1.train.Saver()
        cwd = os.getcwd()
        os.chdir(directory)  # a relative prefix: the state file records just `model.ckpt`
        try:
            saver.save(sess, "model.ckpt")
        finally:
            os.chdir(cwd)
    prefix = os.path.join(directory, "model.ckpt")
    record(prefix, os.path.join(directory, "model.ckpt.expected.json"))
    from tensorflow.core.protobuf import meta_graph_pb2
    meta_graph = meta_graph_pb2.MetaGraphDef()
    with open(prefix + ".meta", "rb") as f:
        meta_graph.ParseFromString(f.read())
    meta_nodes = [{"name": n.name, "op": n.op, "inputs": list(n.input)} for n in meta_graph.graph_def.node]
    with open(os.path.join(directory, "model.ckpt.meta.expected.json"), "w") as f:
        json.dump({"made_by": f"TensorFlow {tf.__version__}", "nodes": meta_nodes}, f, indent=1)
        f.write("\n")


def make_graphs() -> None:
    """A small GraphDef as `.pb` and `.pbtxt` (string attrs with quotes, newlines, non-ASCII bytes)."""
    directory = os.path.join(OUT, "graphs")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    with tf.Graph().as_default() as graph:
        x = v1.placeholder(tf.float32, [None, 3], name="x")
        with v1.variable_scope("dense"):
            w = v1.get_variable("kernel", [3, 2])
        y = tf.nn.relu(tf.matmul(x, w), name="y")
        tf.constant(np.array([b'say "hi"\n', "wörld\\".encode(), b"\x00\xff"], dtype=object),
                    name="strings")
        with tf.control_dependencies([y]):
            tf.identity(x, name="after_y")
        graph_def = graph.as_graph_def()
    tf.io.write_graph(graph_def, directory, "graph.pb", as_text=False)
    tf.io.write_graph(graph_def, directory, "graph.pbtxt", as_text=True)
    nodes = [{"name": n.name, "op": n.op, "inputs": list(n.input)} for n in graph_def.node]
    with open(os.path.join(directory, "graph.expected.json"), "w") as f:
        json.dump({"made_by": f"TensorFlow {tf.__version__}", "nodes": nodes}, f, indent=1)
        f.write("\n")


def make_sharded() -> None:
    """Saver(sharded=True) over variables on two devices: two `.data` shards, one index."""
    directory = os.path.join(OUT, "sharded")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    with tf.Graph().as_default(), v1.Session() as sess:
        with tf.device("/cpu:0"):
            v1.Variable(np.arange(6, dtype=np.float32).reshape(2, 3), name="a")
            v1.Variable(np.int64(7), name="step")
        with tf.device("/cpu:1"):
            v1.Variable(np.linspace(0, 1, 5), name="b")
            v1.get_variable("part", [6, 2], initializer=v1.random_uniform_initializer(seed=3),
                            partitioner=v1.fixed_size_partitioner(2))
        sess.run(v1.global_variables_initializer())
        saver = v1.train.Saver(sharded=True, write_version=saver_pb2.SaverDef.V2)
        prefix = saver.save(sess, os.path.join(directory, "model.ckpt"), write_meta_graph=False)
    record(prefix, os.path.join(directory, "model.ckpt.expected.json"))
    os.remove(os.path.join(directory, "checkpoint"))  # covered by other fixtures


def make_v1() -> None:
    directory = os.path.join(OUT, "v1")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    with tf.Graph().as_default(), v1.Session() as sess:
        with v1.variable_scope("m"):
            v1.Variable(np.arange(6, dtype=np.float32).reshape(2, 3), name="w")
            v1.Variable(np.array([1.5, -2.25]), name="d")
            v1.Variable(np.array([1, 2, 3], np.int32), name="i")
            v1.Variable(np.array([5], np.int64), name="l")
            v1.Variable([True, False], name="flag")
            emb = v1.get_variable("emb", [4, 2], initializer=v1.random_normal_initializer(seed=4),
                                  partitioner=v1.fixed_size_partitioner(2))
        sess.run(v1.global_variables_initializer())
        # TF's reader refuses a sliced V1 tensor's values; the session's are what was saved.
        session_values = {"m/emb": values_json(sess.run(emb.as_tensor()))}
        saver = v1.train.Saver(write_version=saver_pb2.SaverDef.V1)
        path = saver.save(sess, os.path.join(directory, "model.ckpt"), write_meta_graph=False)
    record(path, os.path.join(directory, "model.ckpt.expected.json"), {"session_values": session_values})
    os.remove(os.path.join(directory, "checkpoint"))


def make_object_based() -> None:
    """A TF2 `tf.train.Checkpoint`: object keys plus `_CHECKPOINTABLE_OBJECT_GRAPH`."""
    directory = os.path.join(OUT, "tf2")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    module = tf.Module()
    module.dense_kernel = tf.Variable(np.ones((3, 2), np.float32), name="dense/kernel")
    module.bias = tf.Variable(np.zeros(2, np.float32), name="dense/bias")
    module.step = tf.Variable(np.int64(1), name="step")
    checkpoint = tf.train.Checkpoint(model=module)
    prefix = checkpoint.save(os.path.join(directory, "ckpt"))
    reader = tf.train.load_checkpoint(prefix)
    graph = trackable_object_graph_pb2.TrackableObjectGraph()
    graph.ParseFromString(reader.get_tensor("_CHECKPOINTABLE_OBJECT_GRAPH"))
    attributes = [{"checkpoint_key": a.checkpoint_key, "full_name": a.full_name, "name": a.name}
                  for node in graph.nodes for a in node.attributes]
    record(prefix, os.path.join(directory, "ckpt-1.expected.json"), {"object_graph": attributes})


def make_adam() -> None:
    """fixtures/model.py trained one step with Adam, saved to an absolute path in a temporary
    directory; the copy's `checkpoint` file names that vanished directory, as a checkpoint
    copied from another machine does."""
    directory = os.path.join(OUT, "adam")
    shutil.rmtree(directory, ignore_errors=True)
    with open(os.path.join(OUT, "model.py")) as f:
        source = f.read()
    with tempfile.TemporaryDirectory() as scratch:
        with tf.Graph().as_default(), v1.Session() as sess:
            v1.set_random_seed(5)
            namespace = {"tf": v1}
            exec(compile(source.replace("import tensorflow as tf", ""), "model.py", "exec"), namespace)
            sess.run(v1.global_variables_initializer())
            rng = np.random.RandomState(1)
            sess.run(namespace["train_op"], {namespace["x"]: rng.rand(8, 4), namespace["y"]: rng.rand(8, 2)})
            v1.train.Saver().save(sess, os.path.join(scratch, "run", "model.ckpt"), write_meta_graph=False)
        shutil.copytree(os.path.join(scratch, "run"), directory)
    record(os.path.join(directory, "model.ckpt"), os.path.join(directory, "model.ckpt.expected.json"))


def make_training_state() -> None:
    """Every kind of training state by its real name: Momentum inside a variable_scope, two Adam
    optimizers (`_1` accumulators, `Adam_2` slots), an EMA shadow, the global step."""
    directory = os.path.join(OUT, "training")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    with tf.Graph().as_default(), v1.Session() as sess:
        with v1.variable_scope("outer"):
            w = v1.get_variable("w", [2], initializer=v1.ones_initializer())
        loss = tf.reduce_sum(tf.square(w))
        step = v1.train.get_or_create_global_step()
        with v1.variable_scope("vs"):
            momentum = v1.train.MomentumOptimizer(0.1, 0.9).minimize(loss)
        adam = v1.train.AdamOptimizer().minimize(loss, global_step=step)
        adam2 = v1.train.AdamOptimizer().minimize(loss)
        ema = v1.train.ExponentialMovingAverage(0.9)
        with tf.control_dependencies([adam]):
            shadow = ema.apply([w])
        sess.run(v1.global_variables_initializer())
        sess.run([momentum, shadow, adam2])
        v1.train.Saver().save(sess, os.path.join(directory, "model.ckpt"), write_meta_graph=False)
    record(os.path.join(directory, "model.ckpt"), os.path.join(directory, "model.ckpt.expected.json"))
    os.remove(os.path.join(directory, "checkpoint"))


# -- a snappy-compressed copy of an index (TF reads them; it has written none since 1.2) ----------

def _crc_masked(data: bytes) -> int:
    crc = _crc32c(data)
    return (((crc >> 15) | (crc << 17)) + 0xA282EAD8) & 0xFFFFFFFF


def _crc32c(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 & -(crc & 1))
    return crc ^ 0xFFFFFFFF


def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def snappy_compress(data: bytes) -> bytes:
    """A greedy snappy block compressor: literals and 2-byte-offset copies of 4..64 bytes."""
    out = bytearray(_varint(len(data)))
    table: dict[bytes, int] = {}
    i = literal_start = 0

    def literal(end: int) -> None:
        n = end - literal_start
        if n == 0:
            return
        if n <= 60:
            out.append((n - 1) << 2)
        else:
            out.extend([61 << 2, (n - 1) & 0xFF, (n - 1) >> 8])
        out.extend(data[literal_start:end])

    while i + 4 <= len(data):
        key = data[i:i + 4]
        j = table.get(key)
        table[key] = i
        if j is not None and i - j < 65536:
            length = 4
            while i + length < len(data) and length < 64 and data[j + length] == data[i + length]:
                length += 1
            literal(i)
            out.append(((length - 1) << 2) | 2)
            out.extend(struct.pack("<H", i - j))
            i += length
            literal_start = i
            continue
        i += 1
    literal(len(data))
    return bytes(out)


def make_snappy_copy() -> None:
    """Copy fixtures/dtypes with every `.index` block snappy-compressed, and check TF agrees."""
    source, target = os.path.join(OUT, "dtypes"), os.path.join(OUT, "snappy")
    shutil.rmtree(target, ignore_errors=True)
    os.makedirs(target)
    for name in os.listdir(source):
        if name.startswith("model.ckpt.data") or name == "model.ckpt.expected.json":
            shutil.copy(os.path.join(source, name), os.path.join(target, name))
    with open(os.path.join(source, "model.ckpt.index"), "rb") as f:
        index = f.read()
    footer = index[-48:]
    pos = 0
    numbers = []
    for _ in range(4):
        value = shift = 0
        while True:
            byte = footer[pos]
            pos += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                break
        numbers.append(value)
    meta_off, meta_size, index_off, index_size = numbers
    # The data blocks are the [0, meta_off) range; the index block's handles point into it.
    blocks_out = bytearray()
    moved: dict[int, tuple[int, int]] = {}
    index_block = index[index_off:index_off + index_size]
    entries = _block_entries(index_block)
    for _key, handle in entries:
        off, size = _two_varints(handle)
        compressed = snappy_compress(index[off:off + size])
        moved[off] = (len(blocks_out), len(compressed))
        blocks_out += compressed + b"\x01" + struct.pack("<I", _crc_masked(compressed + b"\x01"))
    new_entries = [(key, _varint(moved[_two_varints(h)[0]][0]) + _varint(moved[_two_varints(h)[0]][1]))
                   for key, h in entries]
    meta = snappy_compress(index[meta_off:meta_off + meta_size])
    meta_at = len(blocks_out)
    blocks_out += meta + b"\x01" + struct.pack("<I", _crc_masked(meta + b"\x01"))
    index_contents = snappy_compress(_build_block(new_entries))
    index_at = len(blocks_out)
    blocks_out += index_contents + b"\x01" + struct.pack("<I", _crc_masked(index_contents + b"\x01"))
    handles = _varint(meta_at) + _varint(len(meta)) + _varint(index_at) + _varint(len(index_contents))
    blocks_out += handles + b"\x00" * (40 - len(handles)) + footer[-8:]
    with open(os.path.join(target, "model.ckpt.index"), "wb") as f:
        f.write(bytes(blocks_out))
    original = json.load(open(os.path.join(source, "model.ckpt.expected.json")))
    record(os.path.join(target, "model.ckpt"), os.path.join(target, "model.ckpt.expected.json"))
    again = json.load(open(os.path.join(target, "model.ckpt.expected.json")))
    assert again["variables"] == original["variables"], "TF reads the snappy copy differently"


def _two_varints(data: bytes) -> tuple[int, int]:
    numbers, value, shift = [], 0, 0
    for byte in data:
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            numbers.append(value)
            value = shift = 0
    return numbers[0], numbers[1]


def _block_entries(block: bytes) -> list[tuple[bytes, bytes]]:
    restarts = struct.unpack("<I", block[-4:])[0]
    end = len(block) - 4 - 4 * restarts
    pos, key, entries = 0, b"", []
    while pos < end:
        head = []
        for _ in range(3):
            value = shift = 0
            while True:
                byte = block[pos]
                pos += 1
                value |= (byte & 0x7F) << shift
                shift += 7
                if byte < 0x80:
                    break
            head.append(value)
        shared, non_shared, size = head
        key = key[:shared] + block[pos:pos + non_shared]
        pos += non_shared
        entries.append((key, block[pos:pos + size]))
        pos += size
    return entries


def _build_block(entries: list[tuple[bytes, bytes]]) -> bytes:
    out = bytearray()
    restarts = []
    for key, value in entries:
        restarts.append(len(out))  # a restart at every entry: no prefix sharing
        out += _varint(0) + _varint(len(key)) + _varint(len(value)) + key + value
    for r in restarts:
        out += struct.pack("<I", r)
    out += struct.pack("<I", len(restarts))
    return bytes(out)


def main() -> int:
    os.makedirs(OUT, exist_ok=True)
    make_object_based()  # eager, before any graph-mode work
    make_dtypes()
    make_graphs()
    make_sharded()
    make_v1()
    make_adam()
    make_training_state()
    make_snappy_copy()
    print("fixtures written to", OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
