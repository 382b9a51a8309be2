"""One test per escape class of the hostile battery (shared/notes/anchors.md, C4).

Every input must end in InputError (refused, exit 2) or LimitError (bounded, exit 1) quickly,
with a position; never a Python traceback, a hang, or a real Python object in scenario hands.
"""

from __future__ import annotations

import ast
from typing import Any

import numpy as np
import pytest

from scopecli.errors import InputError, InternalError, LimitError, ScenarioError, ScopecliError
from scopecli.interpret import Interpreter
from scopecli.limits import Limits
from scopecli.load.scenario import Scenario
from scopecli.model import Builtin, Exposed, Namespace, attribute, method
from scopecli.runtime import Runtime


class FakeVariable(Exposed):
    TYPE_NAME = "RefVariable"

    @attribute
    def name(self) -> str:
        return "v:0"

    @attribute
    def op(self) -> FakeOp:
        return FakeOp()


class FakeOp(Exposed):
    TYPE_NAME = "Operation"

    @attribute
    def graph(self) -> FakeGraph:
        return FakeGraph()


class FakeGraph(Exposed):
    TYPE_NAME = "Graph"

    def __init__(self) -> None:
        self._nodes_by_name: dict[str, Any] = {}

    @method
    def get_tensor_by_name(self, name: str) -> Any:
        raise ScenarioError("KeyError", f"The name '{name}' refers to a Tensor which does not exist.")


def fake_tf() -> Namespace:
    return Namespace(
        "tf",
        {
            "Variable": Builtin("tf.Variable", lambda *a, **k: FakeVariable()),
            "add": Builtin("tf.add", lambda a, b: a),
            "get_default_graph": Builtin("tf.get_default_graph", FakeGraph),
            "run_array": Builtin("tf.run_array", lambda: np.zeros((2, 3), dtype=np.float32)),
            # Engine bugs the interpreter must catch: Python objects inside returned containers.
            "big_array": Builtin("tf.big_array", lambda: np.zeros((64, 64), dtype=np.float32)),
            "leak_nested": Builtin("tf.leak_nested", lambda: [{"a": (1, len)}]),
            "leak_array": Builtin("tf.leak_array", lambda: np.array([1, print], dtype=object)),
            "nn": Namespace("tf.nn", {"relu": Builtin("tf.nn.relu", lambda x: x)}),
            "GraphKeys": Namespace("tf.GraphKeys", {"GLOBAL_VARIABLES": "variables"}),
        },
    )


def run(source: str, limits: Limits | None = None, out: list[str] | None = None) -> str:
    scenario = Scenario("f.py", source, "python", ast.parse(source))
    runtime = Runtime("f.py", limits or Limits())
    if out is not None:
        runtime._out = out  # the test reads what was printed even when the run ends in a refusal
    tf = fake_tf()
    prelude = {"tf": tf, "v": FakeVariable()}
    interpreter = Interpreter(scenario, runtime, {"tensorflow": tf, "tensorflow.compat.v1": tf}, prelude)
    interpreter.run()
    return runtime.stdout


def refused(
    source: str, kind: type[ScopecliError] = ScopecliError, limits: Limits | None = None
) -> ScopecliError:
    """Run `source`; it must fail with `kind` (InputError or LimitError) with a position, stopped
    by a count and never by the CPU deadline (the last resort), whatever the machine's load."""
    with pytest.raises((InputError, LimitError)) as info:
        run(source, limits)
    assert isinstance(info.value, kind), info.value
    if isinstance(info.value, LimitError) and (limits is None or limits.seconds == Limits().seconds):
        assert info.value.limit != "max-seconds", f"stopped by the deadline: {source!r}"
    assert info.value.pos is not None, source
    return info.value


# ---- attributes and names -----------------------------------------------------------------------

ATTRIBUTE_ESCAPES = [
    "tf.__class__",
    "().__class__.__bases__[0].__subclasses__()",
    "(lambda: 0).__globals__",
    "tf.get_variable.__globals__['__builtins__']",
    "print.__self__",
    "v.op.graph.__dict__",
    "v.op.graph._nodes_by_name",
    "str.mro()",
    "try:\n    1/0\nexcept Exception as e:\n    e.__traceback__.tb_frame.f_globals",
    "g = (i for i in [1]); g.gi_frame.f_globals",
    "getattr(tf, '__class__')",
    "vars(tf)",
    "dir()",
    "globals()",
    "locals()",
    "__import__('os')",
    "eval('1')",
    "exec('')",
    "compile('1','','eval')",
    "open('/etc/passwd')",
    "breakpoint()",
    "help()",
    "input()",
    "exit()",
    "__builtins__",
    "__file__",
    "from os import system",
    "import tensorflow.compat.v1 as os; os.__dict__",
    "tf.add = print",
    "tf.GraphKeys.GLOBAL_VARIABLES = 'x'",
    "tf.nn.relu.__defaults__ = ()",
    "def f():\n    (y := 1)",
    "(x := 1)",
    "from tensorflow import *",
    "print.function",
    "tf.nn.relu.function",
    "'abc'.encode()",
    "v.name.__len__()",
    "tf.run_array().tofile('/tmp/pwn')",
    "tf.run_array().dump('/tmp/p')",
    "tf.run_array().ctypes",
    "tf.run_array().__array_interface__",
    "f = lambda: 0\nf.__name__.__class__",
    # SPEC 5.1's Python: classes, type(), super() and the facades open nothing more.
    "type(v).__dict__",
    "type(v).mro",
    "class A:\n    pass\nA.__dict__",
    "class A:\n    pass\nA.__bases__",
    "class A:\n    pass\nA().__dict__.__class__",
    "class A:\n    pass\nvars(A)",
    "vars()",
    "class A:\n    pass\nA.__class__.__subclasses__",
    "class A:\n    def __getattribute__(self, n):\n        return 1",
    "class A(metaclass=print):\n    pass",
    "class A(tf.Variable):\n    pass",
    "class A:\n    def f(self):\n        return super().__getattribute__('x')\nA().f()",
    "def f():\n    pass\nf.__globals__",
    "def f():\n    pass\nf.__code__",
    "class A:\n    def m(self):\n        pass\nA().m.__self__",
    "class A:\n    def m(self):\n        pass\nA().m.__func__",
    "getattr(v, '__class__')",
    "setattr(v, 'name', 1)",
    "type('X', (), {})",
    "import os\nos.system('true')",
    "import os\nos.environ",
    "from os import system",
    "import subprocess",
    "import sys",
    "import numpy as np\nnp.load('/etc/passwd')",
    "import numpy as np\nnp.save('/tmp/x', np.zeros(1))",
    "import numpy as np\nnp.frombuffer(b'1234')",
    "import numpy as np\nnp.fromfile('/etc/passwd')",
    "import numpy as np\nnp.lib",
    "import numpy as np\nnp.ctypeslib",
    "import numpy as np\nnp.core",
    "import numpy as np\nnp.__dict__",
    "import numpy as np\nnp.add.reduce",
    "import numpy as np\nnp.float32.__mro__",
    "import numpy as np\nnp.random.mtrand",
    "import numpy as np\nnp.random.__self__",
    "import numpy as np\nnp.zeros(2).ctypes",
    "import numpy as np\nnp.zeros(2).tofile('/tmp/x')",
    "import numpy as np\nnp.zeros(2).dump('/tmp/x')",
    "import numpy as np\nnp.zeros(2).view",
    "import numpy as np\nnp.zeros(2).base",
    "import numpy as np\nnp.zeros(2).__array_interface__",
    "import numpy as np\nnp.array([print])",
    "import numpy as np\nnp.array([1], dtype='O')",
    "import numpy as np\nnp.zeros(2).astype('object')",
    "import functools\nfunctools.partial(print).func",
    "import functools\nfunctools.partial(print).__call__.__self__",
    "import collections\nP = collections.namedtuple('P', 'a')\nP.__new__",
    "import collections\nP = collections.namedtuple('P', 'a')\nP(1).__class__",
    "import math\nmath.__loader__",
    "import operator\noperator.attrgetter('__class__')(1)",
    "import six\nsix.moves.builtins",
    "import tensorflow as tf\ntf.app.flags.FLAGS.__dict__",
    "import copy\ncopy.deepcopy(tf).__class__",
    "import copy\ncopy.__loader__",
    "import json\njson.decoder",
    "import json\njson.load(open('/etc/passwd'))",
    "import random\nrandom.Random",
    "import random\nrandom.seed.__self__",
    "import itertools\nitertools.chain.__call__.__self__",
    "import argparse\nargparse.ArgumentParser().parse_args(['--x'])",
    "import argparse\nargparse.ArgumentParser()._actions",
    "import re\nre.match('a', 'a')._match",
    "import re\nre.match('a', 'a').re",
    "import re\nre.compile('a').compiled",
    "import re\nre._parser",
    "import re\nre.sre_compile",
    "import abc\nabc.ABC.__subclasses__",
    "import logging\nlogging.root",
    "import logging\nlogging.getLogger().handlers",
    "import logging\nlogging.FileHandler('/tmp/x')",
    "import argparse\nargparse.ArgumentParser().__class__",
    "import argparse\np = argparse.ArgumentParser()\np.add_argument('--a', type=print)\n"
    "p.parse_args().a.__self__",
]


@pytest.mark.parametrize("source", ATTRIBUTE_ESCAPES)
def test_attribute_and_name_escapes_refused(source: str) -> None:
    error = refused(source)
    assert isinstance(error, InputError) or "not" in error.message


def test_function_attributes_are_only_the_scenario_own() -> None:
    # A def or lambda takes attributes as Python functions do (`model.default_image_size = 224`);
    # reading any other name is Python's AttributeError, never a Python-level member.
    for source in ("f = lambda: 0\nf.name", "def f():\n    pass\nf.x = 1\nf.func_globals"):
        with pytest.raises(ScenarioError) as info:
            run(source)
        assert info.value.type_name == "AttributeError"
        assert "'function' object has no attribute" in info.value.message


def test_refusal_stops_the_run_where_it_stands() -> None:
    # Everything before the refused statement runs (partial results); nothing from it on.
    runtime_out: list[str] = []
    with pytest.raises(InputError, match="assignment expression") as info:
        run("print('before')\nx = 1\ndef f():\n    (y := 1)\nprint('after')\n", out=runtime_out)
    assert str(info.value.pos) == "f.py:4:6"
    assert runtime_out == ["before\n", "after\n"]  # f is never called: the refusal ends the run after


def test_reached_refusal_ends_the_run_there() -> None:
    runtime_out: list[str] = []
    with pytest.raises(InputError, match="__class__") as info:
        run("print('before')\n().__class__\nprint('after')\n", out=runtime_out)
    assert str(info.value.pos) == "f.py:2:1"
    assert runtime_out == ["before\n"]


def test_exception_args_are_plain_data() -> None:
    # A numpy error's args hold the ufunc and dtypes: scenario code sees their text only.
    out = run("import numpy as np\ntry:\n    np.add(np.zeros(2), 'x')\nexcept TypeError as e:\n"
              "    print([type(a).__name__ for a in e.args])\n    print(e.args[1])")
    assert out.splitlines()[0] == "['str', 'tuple']"


def test_registries_are_only_scopecli_lookups() -> None:
    with pytest.raises(ScenarioError, match="does not exist"):
        run("tf.get_default_graph().get_tensor_by_name('__class__:0')")


def test_numpy_values_expose_only_allowlisted_members() -> None:
    out = run("a = tf.run_array()\nprint(a.shape, a.dtype, a.ndim, a.size, a.T.shape, a.sum(), a.tolist())")
    assert out == "(2, 3) float32 2 6 (3, 2) 0.0 [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]\n"


# ---- format strings --------------------------------------------------------------------------------

FORMAT_ESCAPES = [
    "'{0.__class__}'.format(v)",
    "'{0.__init__.__globals__}'.format(tf.Variable)",
    "'{.op.graph._nodes_by_name}'.format(v)",
    "'{a.__class__}'.format_map({'a': 1})",
    "f = '{0.__class__}'.format; f(v)",
    "f'{v.__class__}'",
    "'{0.name.__class__}'.format(v)",
    "'{0[0].__class__}'.format([1])",
    "'{:>1000000000}'.format(1)",
    "f'{1:>{10**9}}'",
    "'%*d' % (10**9, 1)",
    "'%.*f' % (10**9, 1.0)",
    "'%1000000000d' % 1",
    "'x'.center(10**9)",
    "'x'.ljust(10**9)",
    "'1'.zfill(10**9)",
    "'\\t'.expandtabs(10**9)",
    "'{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}{0}'.format('x' * 1000000)",
    "'%s%s%s%s%s%s%s%s%s%s%s%s' % (('x' * 1000000,) * 12)",
]


@pytest.mark.parametrize("source", FORMAT_ESCAPES)
def test_format_string_escapes_refused(source: str) -> None:
    refused(source)


def test_format_spec_injection_is_only_a_spec() -> None:
    # The spec text is never parsed as a format string, so no attribute lookup can happen.
    for source in ("f'{v:{\"}{0.__class__\"}}'", "f'{v!r:>{\"}{0.__class__\"}}'"):
        with pytest.raises((ScenarioError, InputError)) as info:
            run(source)
        assert "__class__" not in getattr(info.value, "type_name", "")


def test_format_through_scopecli_attributes() -> None:
    assert run("print('{0.name} {0.op.graph!r}'.format(v)[:3])") == "v:0\n"


# ---- numbers, sizes and growth -------------------------------------------------------------------

SIZE_BOMBS = [
    "9**9**9",
    "10**10**10",
    "2**2**64",
    "pow(10, 10**8)",
    "1 << 10**9",
    "x = 3\nfor i in range(40):\n    x = x * x",
    "'a'*10**10",
    "[0]*10**9",
    "(1,)*10**9",
    "s = 'ab'\nfor i in range(64):\n    s = s + s",
    "s = 'ab'\nfor i in range(64):\n    s += s",
    "l = [0]\nfor i in range(64):\n    l += l",
    "l = [0]\nfor i in range(64):\n    l.extend(l)",
    "l = [0]\nfor i in range(64):\n    l = l * 2",
    "'-'.join(['x'*1000]*10**5)",
    "('a'*10000).replace('a', 'a'*10000)",
    "print([[0]*1000]*1000*100)",
    "print([[[0]*1000]*1000]*1000)",
    "str([[[0]*1000]*1000]*1000)",
    "repr({1: [[0]*1000]*1000, 2: [[[0]*100]*100]*1000})",
    "assert False, [[[0]*1000]*1000]*1000",
    "raise ValueError([[[0]*1000]*1000]*1000)",
    "for i in range(1000):\n    print('x'*100000)",
    "sum([[0]*1000]*100000, [])",
    "l = []\nl[:] = range(10**12)",
    "tf.run_array() + range(10**12)",
]


@pytest.mark.parametrize("source", SIZE_BOMBS)
def test_size_bombs_bounded(source: str) -> None:
    refused(source, LimitError)


def test_int_string_conversion_limit_is_a_python_error() -> None:
    with pytest.raises(ScenarioError, match="4300"):
        run("int('9'*5000)")


def test_cyclic_list_prints_like_python() -> None:
    assert run("a = [1]\na.append(a)\nprint(a)") == "[1, [...]]\n"


def test_shared_references_are_cheap_to_measure() -> None:
    # Measuring must be linear in distinct objects, not in the 3M characters they print as: with
    # a step budget that the 1000 distinct lists would exceed at one step per character, it runs.
    out = run("x = [[0]*1000]*1000\ns = str(x)\nprint(len(s))",
              Limits(sequence_length=10_000_000, steps=1000))
    assert out == "3002000\n"
    refused("x = [[0]*1000]*1000\ns = str(x)", LimitError)  # the default bound is 500k characters


# ---- iteration budgets --------------------------------------------------------------------------

FUEL_BOMBS = [
    "[x for x in range(10**9)]",
    "[1 for a in range(10**4) for b in range(10**4)]",
    "{i: i for i in range(10**8)}",
    "while True:\n    pass",
    "x = 0\nwhile True:\n    x += 1\nelse:\n    pass",
    "for i in range(10**9):\n    pass",
    "for i in range(10**4):\n    for j in range(10**4):\n        pass",
    "sum(range(10**12))",
    "list(range(10**10))",
    "sorted(range(10**8))",
    "max(range(10**12))",
    "print(*range(10**9))",
    "dict(zip(range(10**9), range(10**9)))",
    "set(range(10**9))",
    "tuple(range(10**9))",
    "'-'.join(str(i) for i in range(10**9))",
    "l = [1]\nfor x in l:\n    l.append(x)",
    "a, *b = range(10**9)",
    "list(enumerate(range(10**9)))",
    "any(x > 10**10 for x in range(10**9))",
    "def f(n):\n    return f(n - 1) + f(n - 1) if n else 0\nf(60)",
    "sorted(range(1500000), key=lambda x: -x)",
]


@pytest.mark.parametrize("source", FUEL_BOMBS)
def test_iteration_bombs_bounded(source: str) -> None:
    # A sixth of the default fuel keeps the suite fast; the default-scale run is below.
    refused(source, LimitError, Limits(loop_iterations=300_000))


@pytest.mark.parametrize(
    "source", ["for i in range(10**9):\n    pass", "[x for x in range(10**9)]", "sum(range(10**12))"]
)
def test_iteration_bombs_bounded_at_default_limits(source: str) -> None:
    refused(source, LimitError)


def test_statement_budget_bounds_long_loop_bodies() -> None:
    body = "".join(f"    x{i} = i\n" for i in range(50))
    refused("for i in range(10**6):\n" + body, LimitError, Limits(loop_iterations=100_000))


def test_small_fuel_limit_is_honoured() -> None:
    small = Limits(loop_iterations=100)
    run("for i in range(50):\n    pass", small)
    refused("for i in range(50):\n    pass\nfor i in range(51):\n    pass", LimitError, small)


# ---- recursion and parser depth ------------------------------------------------------------------

DEPTH_BOMBS = [
    "def f():\n    return f()\nf()",
    "def a():\n    return b()\ndef b():\n    return a()\na()",
    "f = lambda: f()\nf()",
    "def f(n):\n    return f(n-1) if n else 0\nf(10**6)",
    "x = " + "-" * 900 + "1",
    "x = " + "1 if 1 else " * 2000 + "0",
    "x = " + "not " * 300 + "1",
]


@pytest.mark.parametrize("source", DEPTH_BOMBS)
def test_depth_bombs_bounded(source: str) -> None:
    refused(source, LimitError)


def test_deep_but_allowed_recursion_works() -> None:
    assert run("def f(n):\n    return f(n-1) + 1 if n else 0\nprint(f(150))") == "150\n"


def test_deep_values_do_not_crash() -> None:
    # 100k nested lists: measuring is iterative, Python's repr then hits its own recursion
    # guard, which must surface as a LimitError rather than a crash.
    source = "a = []\nfor i in range(100000):\n    a = [a]\nprint(a)"
    refused(source, LimitError)
    refused("a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)", LimitError)


# ---- exceptions must not swallow limits -----------------------------------------------------------

SWALLOW_ATTEMPTS = [
    "try:\n    9**9**9\nexcept Exception:\n    pass",
    "try:\n    [0 for _ in range(10**9)]\nexcept:\n    pass",
    "def f():\n    return f()\ntry:\n    f()\nexcept RecursionError:\n    pass",
    "try:\n    pass\nfinally:\n    [0 for _ in range(10**9)]",
    "try:\n    9**9**9\nexcept BaseException:\n    pass",
    "try:\n    9**9**9\nfinally:\n    print('must not run')",
    "try:\n    open('x')\nexcept Exception:\n    pass",
]


@pytest.mark.parametrize("source", SWALLOW_ATTEMPTS)
def test_limits_and_refusals_are_uncatchable(source: str) -> None:
    refused(source)


def test_finally_does_not_run_after_a_limit() -> None:
    scenario_source = "try:\n    9**9**9\nfinally:\n    print('must not run')\n"
    scenario = Scenario("f.py", scenario_source, "python", ast.parse(scenario_source))
    runtime = Runtime("f.py")
    with pytest.raises(LimitError):
        Interpreter(scenario, runtime, {}).run()
    assert runtime.stdout == ""


def test_limit_error_names_the_limit() -> None:
    error = refused("9**9**9", LimitError)
    assert "--max-int-bits" in (error.hint or "") and str(error.pos) == "f.py:1:1"


# ---- the last resorts: deadline, memory ceiling, and what the engine hands back --------------------


def test_cpu_deadline_ends_work_the_counters_allow() -> None:
    generous = Limits(seconds=0.3, loop_iterations=10**12, steps=10**12)
    error = refused("for i in range(10**12):\n    pass", LimitError, generous)
    assert "CPU time" in error.message and error.limit == "max-seconds"


def test_memory_ceiling_turns_memory_error_into_a_limit() -> None:
    generous = Limits(memory_mb=100, sequence_length=10**12, loop_iterations=10**12, steps=10**12)
    error = refused("x = [0] * 10**9", LimitError, generous)
    assert "memory" in error.message and "--max-memory-mb" in (error.hint or "")
    assert len(bytearray(300 * 1024 * 1024)) > 0  # and the ceiling is lifted once the run ends


@pytest.mark.parametrize("source", ["tf.leak_nested()", "x = tf.leak_array()"])
def test_python_objects_inside_engine_results_are_caught(source: str) -> None:
    with pytest.raises(InternalError):
        run(source)


def test_engine_results_pay_for_their_size() -> None:
    small = Limits(loop_iterations=500)
    run("for i in range(3):\n    tf.run_array()", small)  # 6 elements: next to nothing
    refused("for i in range(3):\n    tf.big_array()", LimitError, small)  # 4096 elements: 256 each


def test_every_refused_statement_waits_for_the_run() -> None:
    # One checking pass finds them all: each refused statement is swapped out, the rest runs.
    from scopecli.interpret.checker import check_for_run
    from scopecli.interpret.refusals import RefusedStatement

    source = ("print(1)\ndef f(__x__):\n    pass\nprint(2)\ntry:\n    pass\nexcept Exception as __e__:\n"
              "    pass\nprint(3)\n@__dec__\ndef g():\n    pass\nprint(4)\n")
    tree = ast.parse(source)
    errors = check_for_run(tree, "f.py", Limits())
    assert [e.pos.line for e in errors if e.pos] == [2, 7, 10]
    assert [type(s).__name__ for s in tree.body] == ["Expr", "RefusedStatement", "Expr", "RefusedStatement",
                                                    "Expr", "RefusedStatement", "Expr"]
    assert all(isinstance(tree.body[i], RefusedStatement) for i in (1, 3, 5))


def test_a_second_run_of_the_same_tree_still_ends_in_the_refusal() -> None:
    scenario = Scenario("f.py", "def f():\n    (y := 1)\nprint('ran')\n", "python",
                        ast.parse("def f():\n    (y := 1)\nprint('ran')\n"))
    for _ in range(2):
        runtime = Runtime("f.py", Limits())
        with pytest.raises(InputError, match="assignment expression"):
            Interpreter(scenario, runtime, {}, {}).run()
        assert runtime.stdout == "ran\n"
