#!/usr/bin/env python3
"""Write the benchmark scenarios, each in both forms (Python snippet and YAML), from one program tree.

    python benchmarks/generate.py [--out DIR] [--only NAME ...]

A program is a list of steps; a step is a line of Python (str) or a compound statement
(header, body). The same tree is laid out as a TF1 Python file and as a YAML scenario (SPEC 1.2),
so both forms describe exactly the same program and real TensorFlow can run the `.py` form.

Scenarios (sizes grow so that scaling can be read off):
  seed-*        the two seed snippets of the conformance suite (one computes values)
  names-only    name scopes and no value at all (what start-up must do without numpy)
  mlp-L         unrolled MLP: per layer a variable_scope, get_variable w and b, matmul + add + relu
  tower-T       a tower function called T times under AUTO_REUSE (variables shared, ops uniquified)
  loop-N        N ops in one name scope, built by a `for` loop
  unrolled-N    the same N ops written out as N lines
  resnet50      ResNet-50's forward graph with tf.layers (conv2d, batch_normalization, pooling, dense)
  lstm-lm-*     a 2-layer LSTM language model with Adam, unrolled by static_rnn (or dynamic_rnn)
  bert-L        a BERT-base-sized encoder of L layers (hidden 768, 12 heads) trained by Adam
  nest-D        name/variable scopes nested D deep by a recursive function (an op and a variable
                at every level); CPython refuses more than 20 statically nested blocks, so the
                nesting is built by recursion, bounded by scopecli's call depth (200)
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeAlias

Step: TypeAlias = "str | tuple[str, list[Step]]"

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "scenarios"
WIDTH = 8  # MLP / tower feature width: small, so real TF's cost is graph building, not kernels


def seed_ignores_name_scope() -> list[Step]:
    return [
        ("with tf.name_scope(\"my_scope\")", [
            "v1 = tf.get_variable(\"var1\", [1], dtype=tf.float32)",
            "v2 = tf.Variable(1, name=\"var2\", dtype=tf.float32)",
            "a = tf.add(v1, v2)",
        ]),
        "print(v1.name)",
        "print(v2.name)",
        "print(a.name)",
    ]


def seed_scoping_function() -> list[Step]:
    return [
        ("def scoping(fn, scope1, scope2, vals)", [
            ("with fn(scope1)", [
                "a = tf.Variable(vals[0], name='a')",
                "b = tf.get_variable('b', initializer=vals[1])",
                "c = tf.constant(vals[2], name='c')",
                ("with fn(scope2)", ["d = tf.add(a * b, c, name='res')"]),
                "print('\\n '.join([scope1, a.name, b.name, c.name, d.name]), '\\n')",
            ]),
            "return d",
        ]),
        "d1 = scoping(tf.variable_scope, 'scope_vars', 'res', [1, 2, 3])",
        "d2 = scoping(tf.name_scope, 'scope_name', 'res', [1, 2, 3])",
        ("with tf.Session() as sess", [
            "sess.run(tf.global_variables_initializer())",
            "print(sess.run([d1, d2]))",
        ]),
    ]


def names_only() -> list[Step]:
    """Scopes and names but no value: needs no numpy."""
    return [("with tf.name_scope(\"a\") as scope", ["print(scope)"]),
            "print(tf.get_default_graph().get_name_scope())"]


def _summary() -> list[Step]:
    return ["print(len(tf.get_default_graph().get_operations()), len(tf.global_variables()))"]


def mlp(layers: int) -> list[Step]:
    steps: list[Step] = [f"h = tf.placeholder(tf.float32, [None, {WIDTH}], name=\"x\")"]
    for i in range(layers):
        steps.append((f"with tf.variable_scope(\"layer{i}\")", [
            f"w = tf.get_variable(\"w\", [{WIDTH}, {WIDTH}])",
            f"b = tf.get_variable(\"b\", [{WIDTH}], initializer=tf.zeros_initializer())",
            "h = tf.nn.relu(tf.add(tf.matmul(h, w), b))",
        ]))
    return steps + ["print(h.name)"] + _summary()


def tower(calls: int) -> list[Step]:
    return [
        ("def tower(x)", [
            ("with tf.variable_scope(\"tower\", reuse=tf.AUTO_REUSE)", [
                f"w = tf.get_variable(\"w\", [{WIDTH}, {WIDTH}])",
                f"b = tf.get_variable(\"b\", [{WIDTH}], initializer=tf.zeros_initializer())",
                "return tf.nn.relu(tf.matmul(x, w) + b)",
            ]),
        ]),
        f"x = tf.placeholder(tf.float32, [None, {WIDTH}], name=\"x\")",
        "outs = []",
        (f"for i in range({calls})", ["outs.append(tower(x))"]),
        "print(outs[-1].name)",
    ] + _summary()


def loop(ops: int) -> list[Step]:
    return [
        "x = tf.constant(1.0, name=\"x\")",
        ("with tf.name_scope(\"many\")", [
            (f"for i in range({ops - 1})", ["y = tf.add(x, x)"]),
        ]),
        "print(y.name)",
    ] + _summary()


def unrolled(ops: int) -> list[Step]:
    return [
        "x = tf.constant(1.0, name=\"x\")",
        ("with tf.name_scope(\"many\")", ["y = tf.add(x, x)"] * (ops - 1)),
        "print(y.name)",
    ] + _summary()


def nest(depth: int) -> list[Step]:
    return [
        "x = tf.constant(1.0, name=\"x\")",
        ("def level(d, t)", [
            ("if d == 0", ["return t"]),
            ("with tf.variable_scope(\"v\")", [
                ("with tf.name_scope(\"n\")", [
                    "v = tf.get_variable(\"w\", [1], initializer=tf.zeros_initializer())",
                    "return level(d - 1, tf.add(t, v))",
                ]),
            ]),
        ]),
        f"y = level({depth}, x)",
        "print(y.name)",
        "print(tf.global_variables()[-1].name)",
    ] + _summary()


def resnet50() -> list[Step]:
    """ResNet-50's forward graph built with tf.layers (issue 16): 53 conv2d + batch_normalization
    (training, so 106 moving-average updates), bottleneck blocks, max pool, mean, dense."""
    return [
        ("def conv_bn(x, filters, kernel, strides, name)", [
            "x = tf.layers.conv2d(x, filters, kernel, strides=strides, padding=\"same\", use_bias=False, "
            "name=name)",
            "return tf.layers.batch_normalization(x, training=True, name=name + \"_bn\")",
        ]),
        ("def bottleneck(x, filters, strides, name, project)", [
            "shortcut = x",
            ("if project", ["shortcut = conv_bn(x, 4 * filters, 1, strides, name + \"_proj\")"]),
            "h = tf.nn.relu(conv_bn(x, filters, 1, strides, name + \"_a\"))",
            "h = tf.nn.relu(conv_bn(h, filters, 3, 1, name + \"_b\"))",
            "h = conv_bn(h, 4 * filters, 1, 1, name + \"_c\")",
            "return tf.nn.relu(h + shortcut)",
        ]),
        "x = tf.placeholder(tf.float32, [None, 224, 224, 3], name=\"x\")",
        "h = tf.nn.relu(conv_bn(x, 64, 7, 2, \"conv1\"))",
        "h = tf.layers.max_pooling2d(h, 3, 2, padding=\"same\")",
        ("for stage, (blocks, filters) in enumerate([(3, 64), (4, 128), (6, 256), (3, 512)])", [
            ("for b in range(blocks)", [
                "strides = 2 if b == 0 and stage > 0 else 1",
                "h = bottleneck(h, filters, strides, \"s%db%d\" % (stage, b), b == 0)",
            ]),
        ]),
        "h = tf.reduce_mean(h, [1, 2])",
        "logits = tf.layers.dense(h, 1000, name=\"fc\")",
        "print(logits.name, logits.shape)",
        "print(len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)))",
    ] + _summary()


def lstm_lm(variant: str) -> list[Step]:
    """A 2-layer LSTM language model trained with Adam (issue 18): one-hot inputs of 35 steps over
    a 50-word vocabulary, MultiRNNCell of two BasicLSTMCell(64), a softmax layer per step, and
    `static_rnn` (unrolled: ~7,800 ops) or `dynamic_rnn` (a while loop)."""
    rnn = ("outputs, state = tf.nn.static_rnn(cell, tf.unstack(x, 35, 1), dtype=tf.float32)"
           if variant == "static" else
           "outputs, state = tf.nn.dynamic_rnn(cell, x, dtype=tf.float32)")
    stacked = "tf.stack(outputs, axis=1)" if variant == "static" else "outputs"
    return [
        "x = tf.placeholder(tf.float32, [20, 35, 50], name=\"x\")",
        "y = tf.placeholder(tf.float32, [20, 35, 50], name=\"y\")",
        "cell = tf.nn.rnn_cell.MultiRNNCell([tf.nn.rnn_cell.BasicLSTMCell(64) for _ in range(2)])",
        rnn,
        "h = tf.reshape(" + stacked + ", [-1, 64])",
        "logits = tf.layers.dense(h, 50, name=\"softmax\")",
        "loss = tf.reduce_mean(tf.square(tf.nn.sigmoid(logits) - tf.reshape(y, [-1, 50])))",
        "train = tf.train.AdamOptimizer(0.01).minimize(loss)",
        "print(train.name, loss.name, len(tf.global_variables()))",
    ] + _summary()


def bert(layers: int) -> list[Step]:
    """A BERT-base-sized encoder (issue 17): `layers` blocks of hidden 768, 12 heads of 64,
    sequence 128, FFN 3072, tf.layers.dense projections, a layer norm from tf.nn.moments,
    softmax attention, gelu through tanh, then AdamOptimizer.minimize on the mean square."""
    return [
        ("def layer_norm(x, name)", [
            ("with tf.variable_scope(name)", [
                "mean, variance = tf.nn.moments(x, [-1], keep_dims=True)",
                "gamma = tf.get_variable(\"gamma\", [768], initializer=tf.ones_initializer())",
                "beta = tf.get_variable(\"beta\", [768], initializer=tf.zeros_initializer())",
                "return (x - mean) * tf.rsqrt(variance + 1e-12) * gamma + beta",
            ]),
        ]),
        ("def gelu(x)", ["return 0.5 * x * (1.0 + tf.tanh(0.7978845608 * (x + 0.044715 * x * x * x)))"]),
        ("def heads(t)", ["return tf.transpose(tf.reshape(t, [-1, 128, 12, 64]), [0, 2, 1, 3])"]),
        ("def attention(x)", [
            ("with tf.variable_scope(\"attention\")", [
                "q = tf.layers.dense(x, 768, name=\"query\")",
                "k = tf.layers.dense(x, 768, name=\"key\")",
                "v = tf.layers.dense(x, 768, name=\"value\")",
                "scores = tf.matmul(heads(q), heads(k), transpose_b=True) * 0.125",
                "probs = tf.nn.softmax(scores)",
                "context = tf.transpose(tf.matmul(probs, heads(v)), [0, 2, 1, 3])",
                "return tf.layers.dense(tf.reshape(context, [-1, 128, 768]), 768, name=\"output\")",
            ]),
        ]),
        "x = tf.placeholder(tf.float32, [None, 128, 768], name=\"x\")",
        "h = x",
        (f"for i in range({layers})", [
            ("with tf.variable_scope(\"layer_%d\" % i)", [
                "h = layer_norm(h + attention(h), \"ln1\")",
                "f = tf.layers.dense(gelu(tf.layers.dense(h, 3072, name=\"intermediate\")), 768, "
                "name=\"ffn_out\")",
                "h = layer_norm(h + f, \"ln2\")",
            ]),
        ]),
        "loss = tf.reduce_mean(tf.square(h))",
        "train = tf.train.AdamOptimizer(1e-4).minimize(loss)",
        "print(train.name, loss.name, len(tf.global_variables()))",
    ] + _summary()


SCENARIOS: dict[str, Callable[[], list[Step]]] = {
    "seed-ignores-name-scope": seed_ignores_name_scope,
    "seed-scoping-function": seed_scoping_function,
    "names-only": names_only,
    **{f"mlp-{n}": (lambda n=n: mlp(n)) for n in (250, 500, 1000)},
    **{f"tower-{n}": (lambda n=n: tower(n)) for n in (1000, 2000, 4000)},
    **{f"loop-{n // 1000}k": (lambda n=n: loop(n)) for n in (25_000, 50_000, 100_000)},
    **{f"unrolled-{n // 1000}k": (lambda n=n: unrolled(n)) for n in (25_000, 50_000, 100_000)},
    **{f"nest-{n}": (lambda n=n: nest(n)) for n in (45, 90, 180)},
    "resnet50": resnet50,
    "lstm-lm-static": lambda: lstm_lm("static"),
    "lstm-lm-dynamic": lambda: lstm_lm("dynamic"),
    **{f"bert-{n}": (lambda n=n: bert(n)) for n in (6, 12, 24)},
}


def python_lines(steps: list[Step], depth: int = 0) -> Iterator[str]:
    for step in steps:
        if isinstance(step, str):
            yield "    " * depth + step
        else:
            header, body = step
            yield "    " * depth + header + ":"
            yield from python_lines(body, depth + 1)


def to_python(steps: list[Step]) -> str:
    return "import tensorflow as tf\n\n" + "\n".join(python_lines(steps)) + "\n"


# A plain YAML scalar may not start with an indicator, nor contain ": " or " #" (SPEC 1.2 traps).
_PLAIN_UNSAFE = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`]|: | #|:$")


def _yaml_scalar(text: str) -> str:
    if _PLAIN_UNSAFE.search(text):
        return "'" + text.replace("'", "''") + "'"
    return text


def yaml_lines(steps: list[Step], depth: int = 0) -> Iterator[str]:
    pad = "  " + "    " * depth
    for step in steps:
        if isinstance(step, str):
            yield f"{pad}- {_yaml_scalar(step)}"
        else:
            header, body = step
            yield f"{pad}- {header}:"
            yield from yaml_lines(body, depth + 1)


def to_yaml(name: str, steps: list[Step]) -> str:
    return f"title: benchmark {name}\nsteps:\n" + "\n".join(yaml_lines(steps)) + "\n"


def write(names: list[str], out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names:
        steps = SCENARIOS[name]()
        forms = ((out / f"{name}.py", to_python(steps)), (out / f"{name}.yaml", to_yaml(name, steps)))
        for path, text in forms:
            if not path.exists() or path.read_text() != text:
                path.write_text(text)
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help=f"folder (default {DEFAULT_OUT})")
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), help="write only these scenarios")
    args = parser.parse_args()
    for path in write(args.only or list(SCENARIOS), args.out):
        print(path)


if __name__ == "__main__":
    main()
