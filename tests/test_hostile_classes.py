"""Issue 13's hostile classes through the real command line, one test per class, the issue's
examples as cases (the swallowed-limits class has its own file: test_swallowed_limits.py).

Each case asserts the exit code, one located message, no traceback, and for the cases a bound
stops, *which* bound stopped it, read from scopecli's work report (never a time).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_hostile_cli import ENV, TF, ForkServer, assert_clear_failure, run_cli


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForkServer]:
    forked = ForkServer(tmp_path_factory.mktemp("classes"))
    yield forked
    forked.close()


def _write(tmp_path: Path, name: str, source: str) -> str:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return str(path)


SHARED = "x = [0] * 400000\ny = [x] * 400000\n"

# ---- work done in C: charged by size before it is handed to C -------------------------------------

C_WORK = [
    ("list-count", SHARED + "y.count([0] * 399999 + [1])\n", "max-steps"),
    ("list-eq", SHARED + "z = [list(x)] * 400000\ny == z\n", "max-steps"),
    ("sorted", SHARED + "sorted(y)\n", "max-steps"),
    ("list-sort", SHARED + "y.sort()\n", "max-steps"),
    ("in-list", SHARED + "[1] * 400000 in y\n", "max-steps"),
    ("set-of-tuples", "t = (0,) * 400000\nu = [t] * 400000\nset(u)\n", "max-steps"),
    ("tuple-count", "t = (0,) * 400000\nu = (t,) * 400000\nu.count((1,))\nu.count(t)\n", "max-steps"),
    ("sum-of-lists", "x = [[0] * 1000] * 100000\nsum(x, [])\n", "max-sequence-length"),
    ("float-in-range", "0.5 in range(10**18)\n", "max-steps"),
    ("round-huge", "round(1, -10**8)\n", "max-int-bits"),
    ("pow-huge-exponent", "pow(3, 10**6)\n", "max-int-bits"),
    ("pow-mod-huge", "pow(3, 10**1200, 10**1300)\n", "max-int-bits"),
    ("int-base-32", "int('v' * 5000, 32)\n", "max-int-bits"),
    ("matmul-float16", TF + "a = tf.ones([1000, 1000], dtype=tf.float16)\nsess = tf.Session()\n"
                       "sess.run(tf.matmul(a, a))\n", "max-steps"),
    ("sum-where-shared", TF + "sess = tf.Session()\nx = sess.run(tf.ones([10]))\n"
                         "x.sum(where=[[[True] * 500] * 500] * 500)\n", "max-elements"),
    ("tensorshape-range", TF + "tf.TensorShape(range(10**8))\n", "max-sequence-length"),
    ("deep-tuple-hash", "t = ()\nfor i in range(400000):\n    t = (t,)\n{t: 1}\n", "max-value-depth"),
    ("deep-tuple-varargs", "def f(*a):\n    return a\nt = ()\nfor i in range(400000):\n"
                           "    t = f(t)\n{t: 1}\n", "max-value-depth"),
]


@pytest.mark.parametrize(("name", "source", "limit"), C_WORK, ids=[c[0] for c in C_WORK])
def test_work_in_c_is_charged_before_it_runs(name: str, source: str, limit: str, tmp_path: Path,
                                             server: ForkServer) -> None:
    path = _write(tmp_path, f"{name}.py", source)
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (1,), limit=limit)


def test_work_in_c_that_fits_still_runs(tmp_path: Path, server: ForkServer) -> None:
    # The charges are proportionate: ordinary comparisons, sorts and products stay cheap.
    path = _write(tmp_path, "fits.py", TF + "x = list(range(1000))\n"
                  "print(sorted(x, reverse=True)[0], x.count(5), x == list(x), 0.5 in range(100))\n"
                  "a = tf.ones([200, 200])\nsess = tf.Session()\n"
                  "print(sess.run(tf.matmul(a, a))[0][0])\nprint(round(12345, -2), int('z' * 10, 36) > 0)\n")
    outcome = server.run(["run", path])
    assert (outcome.code, outcome.stdout, outcome.stderr) == (0, "999 1 True False\n200.0\n12300 True\n", "")
    assert 0 < outcome.work["charged"] and outcome.work["limit"] is None


# ---- crashes: internal errors and a segfault become TF's own errors or located refusals ---------------

# (name, source, exit code, last stderr line): the messages are what TF 2.21 raised (recorded).
CRASHES = [
    ("eval-session-int", TF + "x = tf.constant(1)\nx.eval(session=5)\n", 1,
     "AttributeError: 'int' object has no attribute 'graph'"),
    ("run-session-str", TF + "x = tf.constant(1)\nx.op.run(session='s')\n", 1,
     "AttributeError: 'str' object has no attribute 'graph'"),
    ("load-session-list", TF + "v = tf.Variable(1)\nv.load(2, session=[1])\n", 1,
     "AttributeError: 'list' object has no attribute 'run'"),
    ("constant-name-list", TF + "tf.constant(1, name=['a'])\n", 1,
     "AttributeError: 'list' object has no attribute 'lower'"),
    ("unique-name-list", TF + "tf.get_default_graph().unique_name(['a'])\n", 1,
     "AttributeError: 'list' object has no attribute 'lower'"),
    ("variables-initializer-none", TF + "tf.variables_initializer([None])\n", 1,
     "AttributeError: 'NoneType' object has no attribute 'initializer'"),
    ("string-placeholder-mixed", TF + "p = tf.placeholder(tf.string)\nsess = tf.Session()\n"
                                 "sess.run(tf.identity(p), {p: ['a', 1, None]})\n", 1,
     "InternalError: Graph execution error:"),
    ("initializer-lambda-with-argument", TF + "tf.get_variable('v', initializer=lambda x: x)\n", 1,
     "ValueError: The initializer passed is not valid. It should be a callable with no arguments and the"
     " shape should not be provided or an instance of `tf.keras.initializers.*' and `shape` should be fully"
     " defined."),
]


@pytest.mark.parametrize(("name", "source", "code", "last"), CRASHES, ids=[c[0] for c in CRASHES])
def test_wrong_arguments_fail_as_tf_does(name: str, source: str, code: int, last: str, tmp_path: Path,
                                         server: ForkServer) -> None:
    path = _write(tmp_path, f"{name}.py", source)
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (code,))
    assert outcome.stderr.splitlines()[-1] == last, outcome.stderr


def test_a_huge_expected_integer_is_refused_with_its_position(tmp_path: Path, server: ForkServer) -> None:
    path = _write(tmp_path, "bigint.yaml", f"steps:\n  - x = 10**5000\nexpect:\n  x: 1{'0' * 5000}\n")
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (2,))
    assert f"{path}:4:6: an expected integer has more than 4300 digits" in outcome.stderr


def test_closed_stdout_is_said_once_without_a_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.py", "print(1)\n")
    process = subprocess.run([sys.executable, "-m", "scopecli", "run", path], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, env=ENV, check=False,
                             preexec_fn=lambda: os.close(1))
    err = process.stderr.decode()
    assert process.returncode == 2 and err == "scopecli: standard output is closed: nothing could be shown\n"


# ---- work outside the run's bounds: one budget covers the whole command -----------------------------

def test_explain_shows_a_bounded_part_of_a_huge_output(tmp_path: Path, server: ForkServer) -> None:
    path = _write(tmp_path, "lines.py", "for i in range(400000):\n    print(i)\n")
    outcome = server.run(["explain", "--no-color", path])
    assert outcome.code == 0, outcome.stderr
    printed = outcome.stdout.split("printed\n", 1)[1].splitlines()
    assert len(printed) == 1001 and "399000 more lines" in printed[-1]
    assert outcome.work["output_chars"] == len("".join(f"{i}\n" for i in range(400000)))


def test_explain_decodes_only_what_it_shows_of_huge_strings(tmp_path: Path, server: ForkServer) -> None:
    path = _write(tmp_path, "strings.py", TF + "x = tf.constant('a' * 400000)\nfor i in range(3000):\n"
                  "    tf.identity(x)\n")
    outcome = server.run(["explain", "--format", "json", path])
    assert outcome.code == 0 and outcome.megabytes < 500, outcome.stderr
    assert len(outcome.stdout) < 20_000_000  # 3001 values of 400k characters would be 1.2 GB


def test_every_expectation_is_paid_for_from_one_budget(tmp_path: Path, server: ForkServer) -> None:
    entries = "".join(f"  x + {i}: {i + 1}\n" for i in range(50000))
    path = _write(tmp_path, "many.yaml", "steps:\n  - x = 1\nexpect:\n" + entries)
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (1,), limit="max-steps")
    assert len(outcome.stderr.splitlines()) == 3, outcome.stderr  # the limit, its line, one summary


@pytest.mark.parametrize(("name", "source", "limit"), [
    ("many-graphs", TF + "for i in range(300000):\n    tf.Graph()\n", "max-steps"),
    ("many-file-writers", TF + "for i in range(600000):\n    tf.summary.FileWriter('/tmp/x')\n", "max-steps"),
])
def test_objects_that_cost_nothing_in_ops_are_counted(name: str, source: str, limit: str, tmp_path: Path,
                                                      server: ForkServer) -> None:
    path = _write(tmp_path, f"{name}.py", source)
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (1,), limit=limit)
    assert len(outcome.stderr) < 2000, "one notice, not one per writer"


# ---- the command line itself ---------------------------------------------------------------------------

@pytest.mark.parametrize("seconds", ["inf", "nan", "1e300", "-1"])
def test_max_seconds_must_be_a_real_duration(seconds: str, tmp_path: Path, server: ForkServer) -> None:
    path = _write(tmp_path, "p.py", "print(1)\n")
    outcome = server.run(["run", "--max-seconds", seconds, path])
    assert outcome.code == 2 and "--max-seconds" in outcome.stderr and "Traceback" not in outcome.stderr


def test_closed_stdin_and_full_stdout_are_reported(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.py", "print(1)\n")
    closed = subprocess.run([sys.executable, "-m", "scopecli", "run", "-"], capture_output=True, env=ENV,
                            check=False, stdin=None, preexec_fn=lambda: os.close(0))
    assert closed.returncode == 2 and b"<stdin>:1:1: standard input is closed" in closed.stderr
    with open("/dev/full", "w") as full:
        refused = subprocess.run([sys.executable, "-m", "scopecli", "run", path], stdout=full,
                                 stderr=subprocess.PIPE, env=ENV, check=False)
    assert refused.returncode == 2
    assert refused.stderr == b"scopecli: cannot write the output: No space left on device\n"


def test_a_fifo_nobody_writes_to_is_not_a_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "scenario.py"
    os.mkfifo(fifo)
    outcome = run_cli(["run", str(fifo)])
    assert outcome.code == 2 and f"{fifo}:1:1: nothing was written to {fifo}" in outcome.stderr


def test_a_device_is_read_not_called_missing() -> None:
    outcome = run_cli(["check", "/dev/zero"])
    assert outcome.code == 1 and "/dev/zero:1:1: input error: input is larger than" in outcome.stderr + \
        outcome.stdout


def test_a_nul_byte_is_named_as_python_names_it(tmp_path: Path, server: ForkServer) -> None:
    path = tmp_path / "nul.py"
    path.write_bytes(b'x = "a\x00b"\n')
    outcome = server.run(["run", str(path)])
    assert_clear_failure(outcome, str(path), (2,))
    assert f"{path}:1:7: source code cannot contain null bytes" in outcome.stderr


# ---- messages and integrity -------------------------------------------------------------------------------

def test_numpy_warnings_name_the_scenario_line(tmp_path: Path, server: ForkServer) -> None:
    path = _write(tmp_path, "warn.py", TF + "sess = tf.Session()\nx = sess.run(tf.constant([1.0, 0.0]))\n"
                  "print(x / 0)\n")
    outcome = server.run(["run", path])
    assert outcome.code == 0 and outcome.stdout == "[inf nan]\n"
    assert outcome.stderr.splitlines() == [
        f"{path}:4: RuntimeWarning: divide by zero encountered in divide", "  print(x / 0)",
        f"{path}:4: RuntimeWarning: invalid value encountered in divide", "  print(x / 0)"]


def test_a_stray_byte_order_mark_gets_its_own_hint(tmp_path: Path, server: ForkServer) -> None:
    path = _write(tmp_path, "bom.py", "x = 1\n\ufeffy = 2\n")
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (2,))
    assert "byte order mark" in outcome.stderr and "indent" not in outcome.stderr


def test_control_characters_are_exact_when_piped_and_escaped_on_a_terminal() -> None:
    import io

    from scopecli.cli.common import TerminalStream, terminal_safe

    piped = io.StringIO()
    assert terminal_safe(piped) is piped  # `run | od -c` sees exactly what Python prints
    screen = io.StringIO()
    TerminalStream(screen).write("a\x1b]52;c;eA==\x07 b\n\tc\n")
    assert screen.getvalue() == "a\\x1b]52;c;eA==\\x07 b\n\tc\n"


def test_get_attr_hands_back_a_copy(tmp_path: Path, server: ForkServer) -> None:
    # A list attr comes back as a fresh list (a Const's `value` is its TensorProto, as in TF).
    path = _write(tmp_path, "attr.py", TF + "c = tf.nn.max_pool(tf.ones([1, 4, 4, 1]), 2, 2, 'VALID')\n"
                  "a = c.op.get_attr('ksize')\na[0] = 99\nprint(c.op.get_attr('ksize'))\n")
    outcome = server.run(["run", path])
    assert (outcome.code, outcome.stdout) == (0, "[1, 2, 2, 1]\n"), outcome.stderr


def test_an_empty_steps_list_says_nothing_ran(tmp_path: Path, server: ForkServer) -> None:
    path = _write(tmp_path, "empty.yaml", "title: nothing\nsteps: []\n")
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (2,))
    assert f"{path}:2:8: `steps` is empty: nothing ran" in outcome.stderr


# ---- input size: a late problem in a big YAML file is not read a second time -----------------------

@pytest.mark.parametrize(("name", "last_step", "message"), [
    ("anchor", "  - &x b = 1\n", "YAML anchors and aliases"),
    ("tab", "\t- c = 1\n", "tab character that violates indentation"),
])
def test_a_late_yaml_problem_in_a_big_file_is_reported_from_the_first_reading(
        name: str, last_step: str, message: str, tmp_path: Path, server: ForkServer) -> None:
    from scopecli.limits import Limits
    from scopecli.load.yaml_compose import PURE_REPARSE_BYTES, _fast_compose

    text = "steps:\n" + "".join(f"  - a{i} = {i} + {i * 3}\n" for i in range(45000)) + last_step
    assert len(text) > PURE_REPARSE_BYTES
    assert _fast_compose(text, "big.yaml", Limits()) is not False  # the error, not "read it again"
    path = _write(tmp_path, f"{name}.yaml", text)
    outcome = server.run(["run", path])
    assert_clear_failure(outcome, path, (2,))
    assert f"{path}:45002:" in outcome.stderr and message in outcome.stderr
