"""A third hostile battery (round 7): malformed Python, deep nesting, huge literals, resource
exhaustion through sessions (a session charges steps per kernel it runs, so `while True:
sess.run(x)` over a large graph meets the steps bound, not the CPU deadline), and reaches for
real modules, files and the network through the facades (dunders, getattr/format tricks,
numpy and tf.io file functions, gfile, sockets).

Every case must end with exit 1 (a TF error or a limit) or 2 (refused input) and one located
message (file:line), no traceback, no file written, within memory; a bound that stops a case
is a count, never the CPU deadline.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile_cli import TF, ForkServer, assert_clear_failure

NP = "import numpy as np\n"
SESS = TF + "sess = tf.Session()\n"
RUN = SESS + "sess.run(%s)\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    forked = ForkServer(tmp_path_factory.mktemp("battery3"))
    yield forked
    forked.close()


# (id, source, the bound that must stop it or None when any located failure will do)
PYTHON = [
    # malformed Python
    ("unbalanced-brackets", "x = [(1, 2]\n", None),
    ("stray-dedent", "if True:\n        x = 1\n    y = 2\n", None),
    ("bad-walrus", "(a.b := 1)\n", None),
    ("return-outside", "return 1\n", None),
    ("yield-outside", "yield 1\n", None),
    ("nonlocal-at-module", "nonlocal x\n", None),
    ("bad-fstring", "f'{'\n", None),
    ("invalid-escape-bytes", "b'\\xff\u00e9'\n", None),
    ("only-decorator", "@tf\n", None),
    ("star-expr-alone", "*a\n", None),
    # deep nesting and huge literals
    ("deep-parens", "x = " + "(" * 5000 + "1" + ")" * 5000 + "\n", None),
    ("deep-lambdas", "f = " + "lambda: " * 3000 + "1\n", None),
    ("deep-ifs", "".join(" " * i + "if 1:\n" for i in range(300)) + " " * 300 + "x = 1\n", None),
    ("deep-unary", "x = " + "-" * 100000 + "1\n", None),
    ("long-chain-add", "x = " + " + ".join(["1"] * 200000) + "\n", None),
    ("huge-int-literal", "x = " + "9" * 100000 + "\n", None),
    ("huge-list-literal", "x = [" + "0, " * 1500000 + "]\n", None),
    ("huge-dict-comp", "d = {i: i for i in range(10**8)}\n", None),
    ("deep-subscript", "x = [1]\ny = x" + "[0]" * 100000 + "\n", None),
    # resource exhaustion through TF
    ("session-loop-many-ops", SESS + "x = tf.constant(1.0)\nfor i in range(300):\n    x = x + 1.0\n"
                              "while True:\n    sess.run(x)\n", "max-steps"),
    ("session-loop-constant", SESS + "x = tf.constant(1.0)\nwhile True:\n    sess.run(x)\n", "max-steps"),
    ("fill-huge", SESS + "sess.run(tf.fill([10**5, 10**5], 1.0))\n", None),
    ("tile-huge", SESS + "sess.run(tf.tile(tf.ones([1000, 1000]), [1000, 1000]))\n", None),
    ("one-hot-huge", SESS + "sess.run(tf.one_hot([1, 2], 10**9))\n", None),
    ("range-huge", SESS + "sess.run(tf.range(10**12))\n", None),
    ("while-loop-endless", SESS + "sess.run(tf.while_loop(lambda i: True, lambda i: i + 1, [0]))\n", None),
    ("variables-many", TF + "while True:\n    tf.Variable(1.0)\n", None),
    ("string-join-huge", SESS + "sess.run(tf.strings.join([tf.fill([10**6], 'abcdefgh')] * 100))\n", None),
    # kernels that loop in Python pay per item (evaluate/kernels.PY_ITEM) before they start
    ("as-string-width", RUN % "tf.as_string(tf.ones([1000]), width=10**8)", "max-steps"),
    ("string-join-wide", RUN % "tf.strings.join([tf.fill([10**6], 'abcdefghij')] * 50)", "max-steps"),
    ("tensor-scatter-many", RUN % "tf.tensor_scatter_nd_update(tf.ones([10**6]), tf.zeros([10**6, 1], "
                                  "tf.int32), tf.ones([10**6]))", "max-steps"),
    ("sparse-add-many", RUN % "tf.sparse.add(tf.SparseTensor(tf.zeros([10**6, 1], tf.int64), "
                              "tf.ones([10**6]), [10]), tf.SparseTensor([[0]], [1.0], [10]))", "max-steps"),
    ("nms-many", RUN % "tf.image.non_max_suppression(tf.ones([10**5, 4]), tf.ones([10**5]), 10**5)",
     "max-steps"),
    ("dilation-big-filter", RUN % "tf.nn.dilation2d(tf.ones([1, 500, 500, 1]), tf.ones([100, 100, 1]), "
                                  "[1, 1, 1, 1], [1, 1, 1, 1], 'SAME')", "max-steps"),
    ("resize-bicubic-huge", RUN % "tf.image.resize_bicubic(tf.ones([1, 2, 2, 1]), [10**5, 10**5])",
     "max-elements"),
    ("crop-and-resize-huge", RUN % "tf.image.crop_and_resize(tf.ones([1, 4, 4, 1]), [[0, 0, 1, 1]], [0], "
                                   "[10**5, 10**5])", "max-elements"),
    # reaching real modules, files and the network through the facades
    ("subclasses-walk", "for c in object.__subclasses__():\n    print(c)\n", None),
    ("type-three-args", "T = type('T', (object,), {'__getattr__': lambda s, n: 1})\nT().__class__.__mro__\n",
     None),
    ("getattr-dunder-string", TF + "getattr(tf.constant, '__glo' + 'bals__')\n", None),
    ("format-globals-via-tensor", TF + "'{0.op.__class__.__init__.__globals__}'.format(tf.constant(1))\n",
     None),
    ("format-attr-chain-np", NP + "'{0.__class__.__module__}'.format(np.zeros(2))\n", None),
    ("np-save", NP + "np.save('/tmp/pwn_np', np.zeros(2))\n", None),
    ("np-fromfile", NP + "np.fromfile('/etc/passwd')\n", None),
    ("np-loadtxt", NP + "np.loadtxt('/etc/passwd')\n", None),
    ("np-memmap", NP + "np.memmap('/tmp/pwn_mm', mode='w+', shape=(4,))\n", None),
    ("np-tofile", NP + "np.zeros(2).tofile('/tmp/pwn_tofile')\n", None),
    ("tf-read-file", SESS + "sess.run(tf.io.read_file('/etc/passwd'))\n", None),
    ("tf-write-file", SESS + "sess.run(tf.io.write_file('/tmp/pwn_tfw', 'x'))\n", None),
    ("gfile-open", TF + "tf.io.gfile.GFile('/etc/passwd').read()\n", None),
    ("gfile-listdir", TF + "tf.gfile.ListDirectory('/')\n", None),
    ("gfile-exists", TF + "tf.io.gfile.exists('/etc/passwd')\n", None),
    ("open-via-builtins-dict", "__builtins__['open']('/etc/passwd')\n", None),
    ("import-socket", "import socket\nsocket.socket()\n", None),
    ("import-urllib", "import urllib.request\nurllib.request.urlopen('http://example.com')\n", None),
    ("importlib", "import importlib\nimportlib.import_module('os')\n", None),
    ("sys-modules", "import sys\nsys.modules['os']\n", None),
    ("tf-sysconfig", TF + "tf.sysconfig.get_lib()\n", None),
    ("ndarray-base-reach", NP + "np.zeros(2).__array_interface__\n", None),
    ("dtype-type-reach", NP + "np.zeros(2).dtype.type.__subclasses__()\n", None),
    ("func-code", "def f():\n    pass\nf.__code__.co_consts\n", None),
    ("frame-via-generator-throw", "def g():\n    yield 1\nx = g()\nnext(x)\nx.gi_code\n", None),
]


@pytest.mark.parametrize(("name", "source", "limit"), PYTHON, ids=[case[0] for case in PYTHON])
def test_hostile_python_round7(name: str, source: str, limit: str | None, tmp_path: Path,
                               server: ForkServer) -> None:
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    before = {p.name for p in Path("/tmp").iterdir()}
    outcome = server.run(["run", str(path)])
    assert_clear_failure(outcome, str(path), limit=limit)
    assert not [n for n in {p.name for p in Path("/tmp").iterdir()} - before if n.startswith("pwn")]


@pytest.mark.parametrize("command", ["run", "explain", "names", "graph"])
def test_a_directory_given_as_the_scenario_gets_the_one_line_file_error(command: str, tmp_path: Path,
                                                                         server: ForkServer) -> None:
    """Like a missing or unreadable file: `scopecli: DIR:1:1: cannot read DIR: Is a directory`,
    exit 2, not click's usage text."""
    outcome = server.run([command, str(tmp_path)])
    assert outcome.code == 2, outcome.stderr
    first = outcome.stderr.splitlines()[0]
    assert first == f"scopecli: {tmp_path}:1:1: cannot read {tmp_path}: Is a directory"
    assert "Usage:" not in outcome.stderr
