"""A second hostile battery (round 6): recursion through classes and structures, generators,
context managers, endless Python and tf.while_loop loops, dunder and module escapes, file and
network reach, numpy memory bombs, pathological names, and malformed YAML and binary files.

Every case must end with exit 1 (a TF error or a limit) or 2 (refused input) and one located
message (file:line), no traceback, no file written, within memory; a bound that stops a case
is a count, never the CPU deadline (the work report says which one), so nothing here depends
on how busy the machine is. A few inputs are valid programs: they must run (exit 0) and write
nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile_cli import TF, ForkServer, assert_clear_failure

NP = "import numpy as np\n"
SESS = TF + "sess = tf.Session()\n"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    forked = ForkServer(tmp_path_factory.mktemp("battery2"))
    yield forked
    forked.close()


# (id, source, the bound that must stop it or None when any located failure will do)
PYTHON = [
    # recursion through the scenario's own classes and values
    ("init-recursion", "class A:\n    def __init__(self):\n        A()\nA()\n", "max-call-depth"),
    ("repr-recursion", "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n",
     "max-call-depth"),
    ("str-format-recursion", "class A:\n    def __str__(self):\n        return '%s' % self\nprint(A())\n",
     "max-call-depth"),
    ("property-recursion", "class A:\n    @property\n    def x(self):\n        return self.x\nA().x\n",
     "max-call-depth"),
    ("iter-recursion", "class A:\n    def __iter__(self):\n        return iter(self)\nlist(A())\n",
     "max-call-depth"),
    ("decorator-recursion", "def d(f):\n    return d(f)\n@d\ndef g():\n    pass\n", "max-call-depth"),
    ("lambda-default-recursion", "f = lambda x=None: f()\nf()\n", "max-call-depth"),
    ("nested-scopes-deep", TF + "def f(n):\n    if n:\n        with tf.name_scope('s'):\n"
                           "            f(n - 1)\nf(10**5)\n", "max-call-depth"),
    ("while-body-recursion", TF + "def body(i):\n    return tf.while_loop(lambda j: j < 1, body, [i])\n"
                             "tf.while_loop(lambda i: i < 1, body, [tf.constant(0)])\n", "max-call-depth"),
    ("class-body-loop", "class A:\n    for i in range(10**9):\n        pass\n", "max-loop-iterations"),
    # self-referencing and exponentially shared structures
    ("self-list-eq", "a = []\na.append(a)\nb = []\nb.append(b)\nprint(a == b)\n", "max-steps"),
    ("self-list-constant", TF + "a = []\na.append(a)\ntf.constant(a)\n", None),
    ("self-list-feed", SESS + "p = tf.placeholder(tf.float32)\na = []\na.append(a)\nsess.run(p, {p: a})\n",
     None),
    ("self-list-loop-vars", TF + "a = [tf.constant(1)]\na.append(a)\n"
                            "tf.while_loop(lambda *x: True, lambda *x: x, a)\n", None),
    ("self-list-cond", TF + "a = [tf.constant(1)]\na.append(a)\n"
                       "tf.cond(tf.constant(True), lambda: a, lambda: a)\n", None),
    ("self-list-group", TF + "x = [tf.no_op()]\nx.append(x)\ntf.group(x)\n", None),
    ("self-list-fetch", TF + "x = [tf.constant(1.0)]\nx.append(x)\ntf.Session().run(x)\n", None),
    ("deepcopy-self", "import copy\na = []\na.append(a)\ncopy.deepcopy(a)\n", None),
    ("json-self", "import json\na = []\na.append(a)\njson.dumps(a)\n", None),
    ("sorted-self", "a = [1]\na.append(a)\nsorted(a)\n", None),
    ("str-shared-tree", "a = [[[]]]\nfor i in range(10**5):\n    a = [a, a]\nstr(a)\n", None),
    ("while-shared-tree", TF + "x = [tf.constant(1.0)]\nfor i in range(40):\n    x = [x, x]\n"
                          "tf.while_loop(lambda *v: True, lambda *v: v, x)\n", None),
    ("cond-shared-tree", TF + "x = [tf.constant(1.0)]\nfor i in range(40):\n    x = [x, x]\n"
                         "tf.cond(tf.constant(True), lambda: x, lambda: x)\n", None),
    ("group-shared-tree", TF + "x = [tf.no_op()]\nfor i in range(40):\n    x = [x, x]\ntf.group(x)\n", None),
    ("constant-empty-shared-tree", TF + "x = [[]]\nfor i in range(40):\n    x = [x, x]\ntf.constant(x)\n",
     "max-elements"),
    ("fetch-shared-tree", TF + "x = [tf.constant(1.0)]\nfor i in range(40):\n    x = [x, x]\n"
                          "tf.Session().run(x)\n", None),
    ("gradients-shared-tree", TF + "c = tf.constant(1.0)\nx = [c]\nfor i in range(40):\n    x = [x, x]\n"
                              "tf.gradients(c * 2.0, x)\n", "max-elements"),
    # generators and context managers
    ("infinite-generator", "def g():\n    while True:\n        yield 1\nlist(g())\n", None),
    ("yield-from-self", "def g():\n    yield from g()\nlist(g())\n", None),
    ("endless-count", "import itertools\nlist(itertools.count())\n", None),
    ("endless-cycle-sum", "import itertools\nsum(itertools.cycle([1, 2]))\n", None),
    ("endless-takewhile", "import itertools\nlist(itertools.takewhile(lambda x: True, itertools.count()))\n",
     None),
    ("enter-raises", "class C:\n    def __enter__(self):\n        raise ValueError('x')\n"
                     "    def __exit__(self, *a):\n        return False\nwith C():\n    pass\n", None),
    ("exit-swallows-limit", "class C:\n    def __enter__(self):\n        return self\n"
                            "    def __exit__(self, *a):\n        return True\n"
                            "with C():\n    9**9**9\n", None),
    # endless loops, in Python and in the graph
    ("while-true", "while True:\n    pass\n", "max-steps"),
    ("while-true-ops", TF + "while True:\n    tf.constant(1)\n", "max-ops"),
    ("while-true-name-scopes", TF + "while True:\n    with tf.name_scope('s'):\n        pass\n", "max-ops"),
    ("finally-continue", "while True:\n    try:\n        raise ValueError\n    finally:\n        continue\n",
     "max-steps"),
    ("tf-while-python-true", SESS + "r = tf.while_loop(lambda i: True, lambda i: i + 1, [tf.constant(0)])\n"
                             "sess.run(r)\n", "max-steps"),
    ("tf-while-constant-true", SESS + "r = tf.while_loop(lambda i: tf.constant(True), lambda i: i + 1, "
                               "[tf.constant(0)])\nsess.run(r)\n", "max-steps"),
    ("tf-while-doubling", SESS + "r = tf.while_loop(lambda x: tf.constant(True), "
                          "lambda x: tf.concat([x, x], 0), [tf.ones([1])], "
                          "shape_invariants=[tf.TensorShape([None])])\nsess.run(r)\n",
     "max-elements"),
    # dunders, modules, files and the network
    ("mro-subclasses", TF + "tf.constant(1).__class__.__mro__[-1].__subclasses__()\n", None),
    ("object-subclasses", "object.__subclasses__()\n", None),
    ("tf-spec", TF + "tf.__spec__.origin\n", None),
    ("getattr-built-name", TF + "getattr(tf.constant(1), '__cl' + 'ass__')\n", None),
    ("setattr-module", TF + "setattr(tf, 'constant', print)\n", None),
    ("importlib", "import importlib\nimportlib.import_module('os')\n", None),
    ("import-socket", "import socket\nsocket.socket()\n", None),
    ("urlopen", "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:9')\n", None),
    ("tf-python-import", "from tensorflow.python import pywrap_tensorflow\n", None),
    ("gfile-read", TF + "tf.gfile.GFile('/etc/passwd').read()\n", None),
    ("read-file-op", SESS + "sess.run(tf.read_file('/etc/passwd'))\n", None),
    ("write-file-op", SESS + "sess.run(tf.io.write_file('/tmp/pwn', 'x'))\n", None),
    ("keras-get-file", TF + "tf.keras.utils.get_file('x', 'http://127.0.0.1:9/x')\n", None),
    ("np-save", NP + "np.save('/tmp/pwn', np.zeros(2))\n", None),
    ("np-memmap", NP + "np.memmap('/tmp/pwn', mode='w+', shape=(2,))\n", None),
    ("np-loadtxt", NP + "np.loadtxt('/etc/passwd')\n", None),
    # memory bombs through the numpy facade
    ("np-zeros", NP + "np.zeros((10**5, 10**5))\n", "max-elements"),
    ("np-arange", NP + "np.arange(10**10)\n", "max-elements"),
    ("np-empty", NP + "np.empty([10**9])\n", "max-elements"),
    ("np-tile", NP + "np.tile(np.ones(10), 10**9)\n", "max-elements"),
    ("np-repeat", NP + "np.repeat(np.ones(10), 10**9)\n", "max-elements"),
    ("np-random", NP + "np.random.rand(10**5, 10**5)\n", "max-elements"),
    ("np-eye", NP + "np.eye(10**6)\n", "max-elements"),
    ("np-outer", NP + "np.outer(np.ones(10**5), np.ones(10**5))\n", "max-elements"),
    ("np-broadcast", NP + "np.ones(10**5) * np.ones((10**5, 1))\n", "max-elements"),
    ("np-linspace", NP + "np.linspace(0, 1, 10**10)\n", "max-elements"),
    ("np-doubling", NP + "a = np.ones(2)\nfor i in range(60):\n    a = np.concatenate([a, a])\n",
     "max-elements"),
    # huge numbers and pathological names
    ("constant-huge-int", TF + "tf.constant(10**100)\n", None),
    ("zeros-huge-int", TF + "tf.zeros([10**100])\n", None),
    ("ones-2-63", TF + "tf.ones([2**63])\n", None),
    ("reshape-huge", TF + "tf.reshape(tf.ones([2]), [10**20])\n", None),
    ("range-tiny-step", SESS + "sess.run(tf.range(0.0, 1.0, 1e-12))\n", "max-elements"),
    ("int-of-inf", "int(float('inf'))\n", None),
    ("float-of-huge-text", "float('1' * 10**6)\n", "max-sequence-length"),
    ("feed-huge", SESS + "p = tf.placeholder(tf.float32)\nsess.run(p, {p: [[0.0] * 10**4] * 10**4})\n",
     "max-elements"),
    ("string-tensor-huge", SESS + "sess.run(tf.constant('a' * 10**6) + tf.constant('b' * 10**6))\n",
     "max-sequence-length"),
    ("unicode-op-name", TF + "tf.Variable(1.0, name='\u015d')\n", None),
    ("rtl-op-name", TF + "tf.constant(1, name='a\u202eb')\n", None),
    ("nul-op-name", TF + "tf.constant(1, name='a\\x00b')\n", None),
    ("huge-scope-name", TF + "with tf.variable_scope('a' * 10**6):\n    tf.get_variable('v', [1])\n",
     "max-sequence-length"),
    # this round's new APIs, pushed to their limits
    ("dimension-squaring", TF + "d = tf.Dimension(10**100)\nfor i in range(100):\n    d = d * d\n", None),
    ("hessians-huge", SESS + "x = tf.ones([2000])\nsess.run(tf.hessians(tf.reduce_sum(x * x * x), x))\n",
     "max-elements"),
    ("accumulate-n-many", TF + "x = tf.constant(1.0)\ntf.accumulate_n([x] * 10**6)\n", "max-sequence-length"),
    ("scatter-nd-huge", SESS + "sess.run(tf.scatter_nd([[0]], [1.0], [10**12]))\n", None),
    ("scatter-nd-out-of-range", SESS + "sess.run(tf.scatter_nd([[5]], [1.0], [3]))\n", None),
    ("truncatediv-by-zero", SESS + "sess.run(tf.truncatediv(tf.constant(1), tf.constant(0)))\n", None),
    ("central-crop-nan", TF + "tf.image.central_crop(tf.ones([4, 4, 1]), float('nan'))\n", None),
    ("separable-conv1d-huge", TF + "tf.layers.separable_conv1d(tf.ones([1, 10**4, 10**3]), 10**4, 3)\n",
     "max-elements"),
    ("with-rank-huge", TF + "print(tf.TensorShape(None).with_rank(10**7))\n", "max-sequence-length"),
    ("bytes-constant-huge", TF + "tf.constant(b'x' * 10**7)\n", "max-sequence-length"),
]


@pytest.mark.parametrize(("name", "source", "limit"), PYTHON, ids=[case[0] for case in PYTHON])
def test_hostile_python_round6(name: str, source: str, limit: str | None, tmp_path: Path,
                               server: ForkServer) -> None:
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    before = {p.name for p in Path("/tmp").iterdir()}
    outcome = server.run(["run", str(path)])
    assert_clear_failure(outcome, str(path), limit=limit)
    assert not [n for n in {p.name for p in Path("/tmp").iterdir()} - before if n.startswith("pwn")]


# Valid programs that reach for files or the terminal: they run, and write nothing.
RUNS = [
    ("saver-save", SESS + "v = tf.Variable(1.0)\nsess.run(tf.global_variables_initializer())\n"
                   "print(tf.train.Saver().save(sess, '/tmp/pwn_ckpt'))\n", "/tmp/pwn_ckpt\n"),
    ("file-writer", TF + "w = tf.summary.FileWriter('/tmp/pwn_logs')\nw.add_graph(tf.get_default_graph())\n"
                    "w.close()\nprint('done')\n", "done\n"),
    ("self-list-print", "a = []\na.append(a)\nd = {}\nd['d'] = d\nprint(a, d)\n", "[[...]] {'d': {...}}\n"),
    ("escape-sequences", "print('\\x1b[2J')\n", "\x1b[2J\n"),  # run mode: stdout is the program's
]


@pytest.mark.parametrize(("name", "source", "stdout"), RUNS, ids=[case[0] for case in RUNS])
def test_valid_programs_reaching_out_write_nothing(name: str, source: str, stdout: str, tmp_path: Path,
                                                   server: ForkServer) -> None:
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    outcome = server.run(["run", str(path)])
    assert outcome.code == 0, outcome.stderr
    assert outcome.stdout == stdout
    assert not [p for p in Path("/tmp").iterdir() if p.name.startswith("pwn")]


YAML = [
    ("anchor-in-steps", "steps:\n  - &a x = 1\n  - *a\n"),
    ("anchor-at-root", "&r steps:\n  - x = 1\n"),
    ("merge-key", "base: &b\n  title: t\n<<: *b\nsteps:\n  - x = 1\n"),
    ("nested-flow-mappings", "steps: " + "{a: " * 5000 + "1" + "}" * 5000 + "\n"),
    ("deep-flow-sequences", "steps: " + "[" * 900 + "]" * 900 + "\n"),
    ("binary-tag", "steps: !!binary aGVsbG8=\n"),
    ("set-tag", "steps: !!set {a, b}\n"),
    ("custom-tag", "steps:\n  - !foo x = 1\n"),
    ("python-name-tag", "steps:\n  - !!python/name:os.system\n"),
    ("two-documents", "steps:\n  - x = 1\n---\nsteps:\n  - x = 2\n"),
    ("unclosed-quote", "steps:\n  - \"x = 1\n"),
    ("control-character", "steps:\n  - print(1)\x07\n"),
    ("steps-mapping", "steps:\n  a: 1\n"),
    ("empty-steps", "steps:\n"),
    ("expect-bomb", "steps:\n  - x = 1\nexpect:\n" + "".join(f"  k{i}: {i}\n" for i in range(50000))),
    ("block-bomb", "steps: |\n  s = 'ab'\n  for i in range(64):\n      s = s + s\n"),
    ("block-syntax-error", "steps: |\n  x = (\n  y = 2\n"),
]


@pytest.mark.parametrize(("name", "source"), YAML, ids=[case[0] for case in YAML])
def test_hostile_yaml_round6(name: str, source: str, tmp_path: Path, server: ForkServer) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(source, encoding="utf-8")
    assert_clear_failure(server.run(["run", str(path)]), str(path))


BYTES = [
    ("png.py", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    ("elf.py", b"\x7fELF\x02\x01\x01" + b"\x00" * 500),
    ("gzip.yaml", b"\x1f\x8b\x08\x00" + bytes(range(200))),
    ("utf16-without-bom.py", "print(1)\n".encode("utf-16-le")),
    ("latin1-cookie.py", b"# -*- coding: latin-1 -*-\nprint('\xe9')\n"),
    ("encoded-surrogate.py", b"print('\xed\xa0\x80')\n"),
    ("overlong-utf8.py", b"print('\xc0\xaf')\n"),
    ("nul-in-yaml.yaml", b"steps:\n  - x = 1\x00\n"),
    ("unterminated-string.py", b"x = '''abc\n"),
    ("tabs-and-spaces.py", b"if 1:\n\tx = 1\n        y = 2\n"),
]


@pytest.mark.parametrize(("name", "data"), BYTES, ids=[case[0] for case in BYTES])
def test_malformed_and_binary_files(name: str, data: bytes, tmp_path: Path, server: ForkServer) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    outcome = server.run(["run", str(path)])
    assert_clear_failure(outcome, str(path), (2,))


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_after_the_size_cap(device: str, tmp_path: Path,
                                                         server: ForkServer) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} is missing")
    path = tmp_path / "endless.py"
    path.symlink_to(device)
    outcome = server.run(["run", str(path)])
    assert_clear_failure(outcome, str(path), (2,))
    assert "larger than" in outcome.stderr
