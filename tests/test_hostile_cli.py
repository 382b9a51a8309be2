"""The hostile-input battery (shared/notes/anchors.md C4) run through the real command line.

Every case must end with exit 1 (a TF error or a limit) or 2 (refused input), a first stderr
line naming the file and line, no Python traceback, within 500 MB, and write no file.

No case asserts time: what the input costs is read from scopecli's work report (the counters
of the run, written to $SCOPECLI_WORK_REPORT at exit, see scopecli/budget.py). A case passes
when a *count* (steps, loop iterations, ops, elements, characters) stopped it, never the CPU
deadline, which is only the last resort: so the battery means the same on a busy machine.

Each case runs in a fresh process. To keep the battery fast, most cases are forked from one
server process that has already imported scopecli and then runs `scopecli.cli.main()` exactly
as `python -m scopecli run FILE` does. Inputs that need a real process of their own (stdin,
pipes that close, YAML, bytes that are not text) use `python -m scopecli` directly.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

MEGABYTES = 500
TF = "import tensorflow.compat.v1 as tf\n"
V = TF + "v = tf.Variable(1.0)\n"
ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "NO_COLOR": "1", "COLUMNS": "100"}


@dataclass(frozen=True)
class Outcome:
    code: int
    stdout: str
    stderr: str
    megabytes: float  # peak resident memory of the process
    work: dict  # the run's work report: which limit stopped it, steps, fuel, ops, charged ...


def _wait(pid: int, timeout: float) -> tuple[int, float]:
    """Wait for child `pid` (killing it after `timeout`, a hang): exit code, peak MB."""
    start = time.monotonic()
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - start > timeout:
            os.kill(pid, signal.SIGKILL)
            done, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.002)
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss / 1024


def _report(path: Path) -> dict:
    """The work report a process left at `path` ({} when it wrote none: it did not exit normally)."""
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def run_cli(args: list[str], stdin: bytes | None = None, timeout: float = 60.0) -> Outcome:
    """`python -m scopecli ARGS` in a fresh process, with its peak memory and work report."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as inp, \
            tempfile.TemporaryDirectory() as folder:
        inp.write(stdin or b"")
        inp.seek(0)
        report = Path(folder) / "work.json"
        process = subprocess.Popen([sys.executable, "-m", "scopecli", *args], stdin=inp, stdout=out,
                                   stderr=err, env={**ENV, "SCOPECLI_WORK_REPORT": str(report)})
        code, megabytes = _wait(process.pid, timeout)
        process.returncode = code  # reaped by os.wait4 already
        out.seek(0)
        err.seek(0)
        return Outcome(code, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                       megabytes, _report(report))


# The fork server: imports the CLI once, then per request forks a child that runs it on FILE.
SERVER = r"""
import json, os, sys, time
sys.argv = ["scopecli"]
import scopecli.cli
sys.path.insert(0, os.environ["HOSTILE_TESTS"])
from test_hostile_cli import _wait
for line in sys.stdin:
    request = json.loads(line)
    pid = os.fork()
    if pid == 0:
        out = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        err = os.open(request["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.argv = ["scopecli", *request["args"]]
        os.environ["SCOPECLI_WORK_REPORT"] = request["report"]
        code = 99  # main() always exits; returning normally is a failure of its own
        try:
            scopecli.cli.main()
        except SystemExit as end:  # what the interpreter would turn into the exit status
            code = end.code if isinstance(end.code, int) else (0 if end.code is None else 1)
        finally:
            for stream in (sys.stdout, sys.stderr):
                try:
                    stream.flush()
                except Exception:
                    pass
            os._exit(code)
    print(json.dumps(_wait(pid, request["timeout"])), flush=True)
"""


class ForkServer:
    def __init__(self, folder: Path):
        self.folder = folder
        env = {**ENV, "HOSTILE_TESTS": str(Path(__file__).parent)}
        self.process = subprocess.Popen([sys.executable, "-c", SERVER], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, env=env, text=True)
        self.count = 0

    def run(self, args: list[str], timeout: float = 60.0) -> Outcome:
        self.count += 1
        out, err = self.folder / f"{self.count}.out", self.folder / f"{self.count}.err"
        report = self.folder / f"{self.count}.json"
        request = {"args": args, "out": str(out), "err": str(err), "report": str(report), "timeout": timeout}
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        reply = self.process.stdout.readline()
        assert reply, "the fork server died"
        code, megabytes = json.loads(reply)
        return Outcome(code, out.read_text("utf-8", "replace"), err.read_text("utf-8", "replace"),
                       megabytes, _report(report))

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    forked = ForkServer(tmp_path_factory.mktemp("forked"))
    yield forked
    forked.close()


def assert_clear_failure(outcome: Outcome, path: str, codes: tuple[int, ...] = (1, 2),
                         limit: str | None = None) -> None:
    """Exit 1 or 2, a reason with file:line on stderr, no traceback, within memory, and stopped
    by a count (the work report names the bound; `limit`, when given, must be that bound), never
    by the CPU deadline: that the work is bounded does not depend on how busy the machine is."""
    shown = f"exit {outcome.code}\nstderr: {outcome.stderr[-2000:]}\nstdout: {outcome.stdout[-300:]}" \
            f"\nwork: {outcome.work}"
    assert outcome.code in codes, shown
    assert "Traceback" not in outcome.stderr and "internal error" not in outcome.stderr, shown
    first = outcome.stderr.splitlines()[0] if outcome.stderr else ""
    assert re.search(re.escape(path) + r":\d+", outcome.stderr), shown
    assert first.strip(), shown
    assert outcome.work, f"no work report: the process did not exit through scopecli\n{shown}"
    assert outcome.work["exit"] == outcome.code, shown
    assert not outcome.work["deadline"] and outcome.work["limit"] != "max-seconds", \
        f"stopped by the CPU deadline, not by a count\n{shown}"
    if limit is not None:
        assert outcome.work["limit"] == limit, shown
    assert outcome.megabytes < MEGABYTES, f"peak {outcome.megabytes:.0f} MB\n{shown}"


# ---- the battery: (id, scenario source); Python unless the id starts with "yaml" ------------------

ATTRIBUTES = [
    ("tf-class", TF + "tf.__class__\n"),
    ("tuple-subclasses", "().__class__.__bases__[0].__subclasses__()\n"),
    ("lambda-globals", "(lambda: 0).__globals__\n"),
    ("get-variable-globals", TF + "tf.get_variable.__globals__['__builtins__']\n"),
    ("print-self", "print.__self__\n"),
    ("graph-dict", V + "v.op.graph.__dict__\n"),
    ("graph-private", V + "v.op.graph._nodes_by_name\n"),
    ("str-mro", "str.mro()\n"),
    ("traceback-frame", "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_frame.f_globals\n"),
    ("generator-frame", "g = (i for i in [1])\ng.gi_frame.f_globals\n"),
    ("getattr", TF + "getattr(tf, '__class__')\n"),
    ("vars", TF + "vars(tf)\n"),
    ("dir", "dir()\n"),
    ("type-dict", V + "type(v).__dict__\n"),
    ("globals", "globals()\n"),
    ("locals", "locals()\n"),
    ("import-builtin", "__import__('os')\n"),
    ("eval", "eval('1')\n"),
    ("exec", "exec('')\n"),
    ("compile", "compile('1', '', 'eval')\n"),
    ("open", "open('/etc/passwd')\n"),
    ("breakpoint", "breakpoint()\n"),
    ("help", "help()\n"),
    ("input", "input()\n"),
    ("exit", "exit()\n"),
    ("builtins-name", "__builtins__\n"),
    ("dunder-name-assign", "__name__ = 'x'\n"),
    ("dunder-file", "__file__\n"),
    ("os-system", "import os\nos.system('true')\n"),
    ("from-os", "from os import system\n"),
    ("numpy-load", "import numpy as np\nnp.load('/etc/passwd')\n"),
    ("numpy-error-args", "import numpy as np\ntry:\n    np.add(np.zeros(2), 'x')\nexcept TypeError as e:\n"
                         "    sorted([np.zeros(2)], key=e.args[0])\n"),
    ("class-dict", "class A:\n    pass\nA.__dict__\n"),
    ("super-getattribute", "class A:\n    def f(self):\n        return super().__getattribute__\nA().f()\n"),
    ("tf-as-os-dict", "import tensorflow.compat.v1 as os\nos.__dict__\n"),
    ("assign-tf-attr", TF + "tf.add = print\n"),
    ("assign-collection-key", TF + "tf.GraphKeys.GLOBAL_VARIABLES = 'x'\n"),
    ("assign-defaults", TF + "tf.nn.relu.__defaults__ = ()\n"),
    ("tensor-by-dunder-name", TF + "g = tf.get_default_graph()\ng.get_tensor_by_name('__class__:0')\n"),
    ("method-self", TF + "tf.constant.__self__\n"),
    ("exception-obj", "try:\n    [].nope\nexcept AttributeError as e:\n    e.obj\n"),
    ("exception-class", "try:\n    1/0\nexcept ZeroDivisionError as e:\n    e.__class__\n"),
    ("isinstance-escape", "isinstance(1, int).__class__\n"),
    ("positional-only-guard", "def f(__getattr__, /):\n    return 1\nf(1)\n"),
    ("shadowed-range", "range = 1\nrange.__class__\n"),
    ("dict-keys-mapping", "{}.keys().mapping\n"),
    ("ndarray-ctypes-chain", TF + "sess = tf.Session()\nsess.run(tf.constant([1])).ctypes.data\n"),
]

FORMAT_STRINGS = [
    ("format-class", V + "'{0.__class__}'.format(v)\n"),
    ("format-init-globals", TF + "'{0.__init__.__globals__}'.format(tf.Variable)\n"),
    ("format-private", V + "'{.op.graph._nodes_by_name}'.format(v)\n"),
    ("format-map", "'{a.__class__}'.format_map({'a': 1})\n"),
    ("format-stored", V + "f = '{0.__class__}'.format\nf(v)\n"),
    ("fstring-dunder", V + "f'{v.__class__}'\n"),
    ("fstring-spec-injection", V + "f'{v:{\"}{0.__class__\"}}'\n"),
    ("fstring-conv-spec-injection", V + "f'{v!r:>{\"}{0.__class__\"}}'\n"),
    ("format-width", "'{:>1000000000}'.format(1)\n"),
    ("fstring-width", "f'{1:>{10**9}}'\n"),
    ("percent-star-width", "'%*d' % (10**9, 1)\n"),
    ("percent-star-precision", "'%.*f' % (10**9, 1.0)\n"),
    ("center", "'x'.center(10**9)\n"),
    ("ljust", "'x'.ljust(10**9)\n"),
    ("zfill", "'1'.zfill(10**9)\n"),
    ("expandtabs", "'\\t'.expandtabs(10**9)\n"),
    ("format-index-dunder", "'{0[__class__]}'.format({'__class__': 1}).x\n"),
    ("format-precision", "'{:.1000000000f}'.format(1.0)\n"),
]

NUMBERS = [
    ("power-tower", "9**9**9\n"),
    ("power-10", "10**10**10\n"),
    ("power-2-64", "2**2**64\n"),
    ("pow-builtin", "pow(10, 10**8)\n"),
    ("shift", "1 << 10**9\n"),
    ("str-big-int", "str(10**5000)\n"),
    ("int-digits", "int('9' * 5000)\n"),
    ("str-repeat", "'a' * 10**10\n"),
    ("list-repeat", "[0] * 10**9\n"),
    ("tuple-repeat", "(1,) * 10**9\n"),
    ("doubling", "s = 'ab'\nfor i in range(64):\n    s = s + s\n"),
    ("doubling-inplace", "s = 'ab'\nfor i in range(64):\n    s += s\n"),
    ("list-doubling", "s = [1]\nfor i in range(64):\n    s += s\n"),
    ("join", "x = '-'.join(['x'] * 10**6)\n"),
    ("replace", "x = ('a' * 1000).replace('a', 'a' * 1000)\n"),
    ("print-shared", "print([[0] * 1000] * 1000)\n"),
    ("assert-message", "assert False, 'x' * 10**9\n"),
    ("output-cap", "for i in range(1000):\n    print('x' * 100000)\n"),
    ("float-power", "10.0 ** 10**6\n"),
    ("repr-nested", "x = []\nfor i in range(100000):\n    x = [x]\nprint(x)\n"),
    ("mult-big-ints", "x = 10**1000\nfor i in range(20):\n    x = x * x\n"),
]

ITERATION = [
    ("listcomp-1e9", "[x for x in range(10**9)]\n"),
    ("listcomp-nested", "[1 for a in range(10**4) for b in range(10**4)]\n"),
    ("dictcomp", "{i: i for i in range(10**8)}\n"),
    ("for-1e9", "for i in range(10**9):\n    pass\n"),
    ("for-nested", "for i in range(10**4):\n    for j in range(10**4):\n        pass\n"),
    ("sum-range", "sum(range(10**12))\n"),
    ("list-range", "list(range(10**10))\n"),
    ("sorted-range", "sorted(range(10**8))\n"),
    ("max-range", "max(range(10**12))\n"),
    ("print-star-range", "print(*range(10**9))\n"),
    ("dict-zip", "dict(zip(range(10**9), range(10**9)))\n"),
    ("constant-loop", TF + "for i in range(10**6):\n    tf.constant(i)\n"),
    ("variable-loop", TF + "for i in range(10**5):\n    tf.get_variable('v%d' % i, [1])\n"),
    ("set-range", "set(range(10**9))\n"),
    ("in-range-list", "5 in list(range(10**9))\n"),
    ("sorted-key-calls", "def k(x):\n    return -x\nsorted(range(10**6), key=k)\n"),
    ("calls-in-loop", "def f(x):\n    return x\nfor i in range(10**7):\n    f(i)\n"),
    ("lambda-calls", "f = lambda x: x + 1\n[f(i) for i in range(10**7)]\n"),
    ("nested-calls", "def f(x):\n    return g(g(g(x)))\ndef g(x):\n    return x\nfor i in range(10**6):\n"
                     "    f(i)\n"),
    ("tf-calls-in-loop", TF + "x = tf.constant(1)\nfor i in range(10**6):\n    x.name\n"),
    ("many-statements", "for i in range(10**6):\n" + "    x = 1\n" * 50),
    ("binop-loop", "x = 0\nfor i in range(10**7):\n    x = (x + i * 3 - 1) % 1000\n"),
    ("op-graph-loop", TF + "x = tf.constant(1)\nfor i in range(10**6):\n    x = x + 1\n"),
    ("name-scope-loop", TF + "for i in range(10**6):\n    with tf.name_scope('s'):\n        pass\n"),
    ("string-in-loop", "s = ''\nfor i in range(10**7):\n    s = 'x' + str(i)\n"),
    ("range-in-constant", TF + "tf.constant(range(10**12))\n"),
    ("list-in-list-in-range", "[[0] * 10**4 for i in range(10**4)]\n"),
]

RECURSION = [
    ("parens-201", "x = " + "(" * 201 + "1" + ")" * 201 + "\n"),
    ("minus-100000", "-" * 100000 + "1\n"),
    ("plus-5000", "1" + "+1" * 5000 + "\n"),
    ("dots-5000", "a" + ".b" * 5000 + "\n"),
    ("not-5000", "not " * 5000 + "True\n"),
    ("if-101", "".join("    " * i + "if 1:\n" for i in range(101)) + "    " * 101 + "pass\n"),
    ("minus-900", "-" * 900 + "1\n"),
    ("ifexp-2000", "1 if 1 else " * 2000 + "0\n"),
    ("self-recursion", "def f():\n    return f()\nf()\n"),
    ("mutual-recursion", "def a():\n    return b()\ndef b():\n    return a()\na()\n"),
    ("lambda-recursion", "f = lambda: f()\nf()\n"),
    ("deep-counting", "def f(n):\n    return f(n - 1) if n else 0\nf(10**6)\n"),
    ("nested-list-literal", "x = " + "[" * 250 + "]" * 250 + "\n"),
    ("nested-data-eq", "x = []\ny = []\nfor i in range(100000):\n    x = [x]\n    y = [y]\nx == y\n"),
    ("recursion-in-initializer", TF + "def init(*a, **k):\n    return init(*a, **k)\n"
                                 "tf.get_variable('v', [1], initializer=init)\n"),
    ("recursion-via-sorted", "def k(x):\n    return sorted([1, 2], key=k)\nk(1)\n"),
    ("recursion-in-except", "def f():\n    try:\n        return f()\n    except RecursionError:\n"
                            "        return f()\nf()\n"),
    ("exponential-calls", "def f(n):\n    return 1 if n == 0 else f(n - 1) + f(n - 1)\nf(60)\n"),
]

EXCEPTIONS = [
    ("except-exception", "try:\n    9**9**9\nexcept Exception:\n    pass\n"),
    ("bare-except", "try:\n    [0 for _ in range(10**9)]\nexcept:\n    pass\n"),
    ("except-recursion", "def f():\n    return f()\ntry:\n    f()\nexcept RecursionError:\n    pass\n"),
    ("finally-bomb", "try:\n    pass\nfinally:\n    [0 for _ in range(10**9)]\n"),
    ("except-base", "try:\n    'a' * 10**10\nexcept BaseException:\n    pass\n"),
    ("retry-loop", "for i in range(10**9):\n    try:\n        1/0\n    except ZeroDivisionError:\n"
                   "        pass\n"),
    ("refusal-in-try", "try:\n    open('/etc/passwd')\nexcept:\n    pass\n"),
    ("except-star", "try:\n    pass\nexcept* ValueError:\n    pass\n"),
    ("raise-system-exit", "raise SystemExit(0)\n"),
    ("keyboard-interrupt", "raise KeyboardInterrupt\n"),
    ("with-bomb", TF + "with tf.name_scope('a'):\n    try:\n        9**9**9\n    except:\n        pass\n"),
]

VALUES = [
    ("zeros-huge", TF + "tf.zeros([10**5, 10**5])\n"),
    ("zeros-overflow", TF + "tf.zeros([2**32, 2**32])\n"),
    ("fill-huge", TF + "tf.fill([10**9], 1.0)\n"),
    ("get-variable-huge", TF + "v = tf.get_variable('v', [10**5, 10**5])\n"
                          "sess = tf.Session()\nsess.run(tf.global_variables_initializer())\n"),
    ("ones-negative", TF + "tf.ones([-1])\n"),
    ("constant-nested-lists", TF + "tf.constant([[1] * 10**4] * 10**4)\n"),
    ("constant-range", TF + "tf.constant(range(10**12))\n"),
    ("tofile", TF + "sess = tf.Session()\nsess.run(tf.constant([1])).tofile('/tmp/pwn')\n"),
    ("dump", TF + "sess = tf.Session()\nsess.run(tf.constant([1])).dump('/tmp/p')\n"),
    ("ctypes", TF + "sess = tf.Session()\nsess.run(tf.constant([1])).ctypes\n"),
    ("array-interface", TF + "sess = tf.Session()\nsess.run(tf.constant([1])).__array_interface__\n"),
    ("random-huge", TF + "x = tf.random_normal([10**5, 10**5])\nsess = tf.Session()\nsess.run(x)\n"),
    ("matmul-huge", TF + "a = tf.ones([10**4, 1])\nb = tf.ones([1, 10**4])\n"
                    "sess = tf.Session()\nsess.run(tf.matmul(a, b))\n"),
    ("reshape-huge", TF + "x = tf.reshape(tf.ones([4]), [2, 2])\nsess = tf.Session()\n"
                     "sess.run(x).reshape(2, 2).__class__\n"),
    ("ndarray-repeat", TF + "sess = tf.Session()\nx = sess.run(tf.ones([1000]))\nx * range(10**9)\n"),
    ("zeros-many-dims", TF + "tf.zeros([10] * 40)\n"),
    ("broadcast-huge", TF + "a = tf.ones([10**5, 1])\nb = tf.ones([1, 10**5])\nsess = tf.Session()\n"
                       "sess.run(a + b)\n"),
    ("tile-huge", TF + "x = tf.tile(tf.ones([10]), [10**9])\nsess = tf.Session()\nsess.run(x)\n"),
]


def _cases() -> list[tuple[str, str]]:
    groups = (ATTRIBUTES, FORMAT_STRINGS, NUMBERS, ITERATION, RECURSION, EXCEPTIONS, VALUES)
    return [case for group in groups for case in group]


@pytest.mark.parametrize(("name", "source"), _cases(), ids=[name for name, _ in _cases()])
def test_hostile_python(name: str, source: str, tmp_path: Path, server: ForkServer) -> None:
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    before = set(Path("/tmp").iterdir())
    outcome = server.run(["run", str(path)])
    assert_clear_failure(outcome, str(path))
    assert not Path("/tmp/pwn").exists() and not Path("/tmp/p").exists()
    assert {p.name for p in set(Path("/tmp").iterdir()) - before if p.name in ("pwn", "p")} == set()


# ---- YAML inputs ------------------------------------------------------------------------------------

LAUGHS = "lol0: &a0 [lol]\n" + "".join(
    f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)) + "steps:\n  - print(1)\n"

YAML_CASES = [
    ("billion-laughs", LAUGHS),
    ("open-brackets", "steps: " + "[" * 10000 + "\n"),
    ("python-tag", "steps:\n  - !!python/object/apply:os.system ['id']\n"),
    ("python-tag-root", "!!python/object/apply:os.system ['id']\n"),
    ("duplicate-steps", "steps:\n  - x = 1\nsteps:\n  - x = 2\n"),
    ("step-read-as-mapping", 'steps:\n  - d = {"a": 1}\n'),
    ("step-cut-at-comment", 'steps:\n  - print("a #b")\n'),
    ("tab-indent", "steps:\n\t- x = 1\n"),
    ("deep-block-sequences", "steps:\n" + "".join("  " * i + "- \n" for i in range(1, 3000))),
    ("hostile-step", "steps:\n  - \"().__class__.__bases__[0].__subclasses__()\"\n"),
    ("bomb-step", "steps:\n  - x = 9**9**9\n"),
    ("while-header", "steps:\n  - while True:\n    - pass\n"),
]


@pytest.mark.parametrize(("name", "source"), YAML_CASES, ids=[name for name, _ in YAML_CASES])
def test_hostile_yaml(name: str, source: str, tmp_path: Path, server: ForkServer) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(source, encoding="utf-8")
    assert_clear_failure(server.run(["run", str(path)]), str(path))


def test_yaml_expect_with_octal_looking_value_compares_the_text(tmp_path: Path, server: ForkServer) -> None:
    path = tmp_path / "octal.yaml"
    path.write_text("steps:\n  - x = 10\nexpect:\n  x: 012\n", encoding="utf-8")
    outcome = server.run(["run", str(path)])
    # YAML 1.1 would read 012 as 10 and pass; scopecli compares what was written and fails.
    assert outcome.code == 1 and "expectation failed: x" in outcome.stderr, outcome.stderr


def test_control_characters_in_title_are_escaped_in_explain(tmp_path: Path, server: ForkServer) -> None:
    path = tmp_path / "title.yaml"
    path.write_text('title: "\\e]52;c;eA==\\a [/] [bold]x"\nsteps:\n  - x = 1\n', encoding="utf-8")
    outcome = server.run(["explain", "--no-color", str(path)])
    assert outcome.code == 0, outcome.stderr
    assert "\x1b" not in outcome.stdout and "\x07" not in outcome.stdout
    assert "[/] [bold]x" in outcome.stdout  # markup-looking text shown as written


# ---- bytes that are not a scenario, and stdin ---------------------------------------------------------

BYTE_CASES = [
    ("invalid-utf8", b"x = '\xff\xfe'\n", (2,)),
    ("binary", bytes(range(256)) * 64, (2,)),
    ("utf16-bom", "print(1)\n".encode("utf-16"), (2,)),
    ("nul-byte", b"x = 1\x00\n", (2,)),
    ("lone-surrogate-escape", b"print('\\ud800')\n", (0, 1, 2)),
]


@pytest.mark.parametrize(("name", "data", "codes"), BYTE_CASES, ids=[c[0] for c in BYTE_CASES])
def test_bytes_that_are_not_text(name: str, data: bytes, codes: tuple[int, ...], tmp_path: Path,
                                 server: ForkServer) -> None:
    path = tmp_path / f"{name}.py"
    path.write_bytes(data)
    outcome = server.run(["run", str(path)])
    if outcome.code == 0:
        assert outcome.stderr == ""
        return
    assert_clear_failure(outcome, str(path), codes)


def test_empty_python_file_runs_and_empty_yaml_is_refused(tmp_path: Path, server: ForkServer) -> None:
    empty_py, empty_yaml = tmp_path / "empty.py", tmp_path / "empty.yaml"
    empty_py.write_bytes(b"")
    empty_yaml.write_bytes(b"")
    assert server.run(["run", str(empty_py)]) .code == 0  # an empty program prints nothing
    outcome = server.run(["run", str(empty_yaml)])
    assert outcome.code == 2 and f"{empty_yaml}:1:1" in outcome.stderr and "steps" in outcome.stderr


def test_ten_megabytes_on_stdin_are_refused_quickly() -> None:
    outcome = run_cli(["run", "-"], stdin=b"x = 1\n" * (10 * 1024 * 1024 // 6))
    assert outcome.code == 2 and "<stdin>:1:1" in outcome.stderr and "larger than" in outcome.stderr
    assert "Traceback" not in outcome.stderr
    assert outcome.work["steps"] == 0 and outcome.megabytes < MEGABYTES  # refused before running


def test_hostile_stdin_is_bounded_like_a_file() -> None:
    outcome = run_cli(["run", "--lang", "py", "-"], stdin=b"[x for x in range(10**9)]\n")
    assert outcome.code == 1 and "<stdin>:1:" in outcome.stderr and "Traceback" not in outcome.stderr


# ---- what must still work after a caught error, and what must keep working ---------------------------

def test_a_caught_tf_error_leaves_the_scopes_as_tf_does(tmp_path: Path, server: ForkServer) -> None:
    # Recorded with real TensorFlow 2.21 (tf.compat.v1): a/Const:0, Const:0, s/Const:0 s/q:0, Const_1:0.
    source = (TF + "with tf.name_scope('a'):\n    try:\n        tf.get_variable('v', [1])\n"
              "        tf.get_variable('v', [1])\n    except ValueError:\n        pass\n"
              "    x = tf.constant(1)\nprint(x.name)\nprint(tf.constant(1).name)\n"
              "with tf.variable_scope('s'):\n    try:\n        tf.get_variable('w', [1])\n"
              "        tf.get_variable('w', [1])\n    except ValueError:\n        pass\n"
              "    z = tf.constant(1)\n    q = tf.get_variable('q', [1])\nprint(z.name, q.name)\n"
              "try:\n    with tf.name_scope('b'):\n        tf.constant(1)\n        raise ValueError('x')\n"
              "except ValueError:\n    pass\nprint(tf.constant(1).name)\n")
    path = tmp_path / "caught.py"
    path.write_text(source, encoding="utf-8")
    outcome = server.run(["run", str(path)])
    assert (outcome.code, outcome.stdout, outcome.stderr) == (
        0, "a/Const:0\nConst:0\ns/Const:0 s/q:0\nConst_1:0\n", "")


def test_registries_are_scopeclis_own(tmp_path: Path, server: ForkServer) -> None:
    # Real TF prints [] and raises KeyError: names are looked up in the graph, never in Python.
    path = tmp_path / "registries.py"
    path.write_text(TF + "print(tf.get_collection('__builtins__'))\n"
                    "tf.get_default_graph().get_tensor_by_name('__class__:0')\n", encoding="utf-8")
    outcome = server.run(["run", str(path)])
    assert outcome.code == 1 and outcome.stdout == "[]\n"
    assert outcome.stderr.splitlines()[-1].startswith("KeyError: \"The name '__class__:0' refers to a Tensor")


# ---- output sinks -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["run", "names"])
def test_a_reader_that_stops_early_gets_no_traceback(command: str, tmp_path: Path) -> None:
    path = tmp_path / "many.py"  # far more output than a pipe buffers
    path.write_text(TF + "for i in range(4000):\n    print(tf.constant(i, name='a_long_name_%d' % i).name)\n",
                    encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "scopecli", command, str(path)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=ENV)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()  # `| head -1`
    process.stdout.close()
    err = process.stderr.read().decode("utf-8", "replace")
    code = process.wait(timeout=30)
    assert first.strip()
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err, err
    assert code in (0, 141), (code, err)
