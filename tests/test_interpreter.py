"""The interpreter runs the plain-Python subset exactly as CPython does, and drives `tf` objects.

Differential tests run project-written snippets both with real `exec` (here, in the test only)
and with the interpreter, comparing printed output and the uncaught exception's type and text.
"""

# ruff: noqa: E501  (the snippet table reads best with one snippet per line)
from __future__ import annotations

import ast
import contextlib
import io
import textwrap
from typing import Any

import pytest

from scopecli.errors import InputError, ScenarioError, SourcePos
from scopecli.interpret import Interpreter
from scopecli.load.scenario import Scenario
from scopecli.model import Builtin, ExceptionType, Exposed, Namespace, attribute, method
from scopecli.runtime import Runtime

# ---- a tiny fake tf ---------------------------------------------------------------------------


class FakeTensor(Exposed):
    TYPE_NAME = "Tensor"

    def __init__(self, name: str):
        self._name = name

    @attribute
    def name(self) -> str:
        return self._name

    @method
    def get_shape(self) -> tuple:
        return ()

    def __add__(self, other: Any) -> FakeTensor:
        return FakeTensor(f"add({self._name})")

    __radd__ = __add__

    def __bool__(self) -> bool:
        raise ScenarioError("TypeError", "Using a `tf.Tensor` as a Python `bool` is not allowed.")

    def __repr__(self) -> str:
        return f'Tensor("{self._name}")'


class FakeScope(Exposed):
    """Records enter/exit so tests can check LIFO unwinding."""

    TYPE_NAME = "name_scope"

    def __init__(self, world: FakeWorld, name: str, suppress: bool = False):
        self.world = world
        self.scope_name = name
        self.suppress = suppress

    def __enter__(self) -> str:
        self.world.stack.append(self.scope_name)
        self.world.log.append(f"enter {self.scope_name}")
        return "/".join(self.world.stack) + "/"

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        popped = self.world.stack.pop()
        assert popped == self.scope_name
        self.world.log.append(f"exit {self.scope_name} {getattr(exc, 'type_name', None)}")
        return self.suppress


class FakeWorld:
    def __init__(self) -> None:
        self.stack: list[str] = []
        self.log: list[str] = []
        self.created: list[tuple[str, SourcePos, tuple]] = []
        self.variables: set[str] = set()
        self.runtime: Runtime | None = None

    def constant(self, value: Any, name: str = "Const") -> FakeTensor:
        full = "/".join([*self.stack, name])
        assert self.runtime is not None
        self.created.append((full, self.runtime.pos, tuple(self.runtime.frames)))
        return FakeTensor(full + ":0")

    def get_variable(self, name: str, shape: Any = None) -> FakeTensor:
        full = "/".join([*self.stack, name])
        if full in self.variables:
            raise ScenarioError("ValueError", f"Variable {full} already exists, disallowed.")
        self.variables.add(full)
        return FakeTensor(full + ":0")

    def call_with(self, function: Any) -> Any:
        return function(10)

    def namespace(self) -> Namespace:
        return Namespace(
            "tf",
            {
                "constant": Builtin("tf.constant", self.constant),
                "get_variable": Builtin("tf.get_variable", self.get_variable),
                "name_scope": Builtin("tf.name_scope", lambda name: FakeScope(self, name)),
                "suppressing_scope": Builtin(
                    "tf.suppressing_scope", lambda name: FakeScope(self, name, suppress=True)
                ),
                "call_with": Builtin("tf.call_with", self.call_with, accepts_callable=True),
                "float32": "float32",
                "errors": Namespace("tf.errors", {"OpError": ExceptionType("OpError")}),
            },
        )


def make(source: str, world: FakeWorld | None = None, **runtime_kw: Any) -> tuple[Interpreter, Runtime]:
    source = textwrap.dedent(source)
    scenario = Scenario("f.py", source, "python", ast.parse(source))
    runtime = Runtime("f.py", **runtime_kw)
    world = world or FakeWorld()
    world.runtime = runtime
    tf = world.namespace()
    modules = {"tensorflow": tf, "tensorflow.compat.v1": tf}
    return Interpreter(scenario, runtime, modules), runtime


def run(source: str, world: FakeWorld | None = None) -> str:
    interpreter, runtime = make(source, world)
    interpreter.run()
    return runtime.stdout


def run_python(source: str) -> tuple[str, str | None]:
    """Real CPython: (stdout, 'Type: message' of the uncaught exception)."""
    out = io.StringIO()
    error = None
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(textwrap.dedent(source), "f.py", "exec"), {})  # test-only reference run
        except Exception as e:  # noqa: BLE001 - the reference outcome, whatever it is
            error = f"{type(e).__name__}: {e}" if str(e) else type(e).__name__
    return out.getvalue(), error


def run_scopecli(source: str) -> tuple[str, str | None]:
    interpreter, runtime = make(source)
    try:
        interpreter.run()
    except ScenarioError as e:
        return runtime.stdout, e.one_line()
    return runtime.stdout, None


# ---- differential: plain Python ---------------------------------------------------------------

SNIPPETS = [
    "print(1, 'a', None, True, 2.5, [1, (2, 3)], {'k': {1, 2}})",
    "print(1, 2, sep='-', end='!\\n'); print()",
    "x = 3\nx += 4\nx *= 2\nx -= 1\nx //= 3\nx **= 2\nx %= 7\nprint(x)",
    "a, (b, c) = 1, [2, 3]\nfirst, *rest = 'hello'\nprint(a, b, c, first, rest)",
    "a, b = [1, 2, 3]",
    "a, b, c = (1,)",
    "*a, b, c = [1]",
    "l = [1, 2]\nm = l\nl += [3]\nl[0] = 9\nl[1:2] = [7, 7]\nprint(l, m, l[::-1], l[-1], l[1:])",
    "d = {'a': 1}\nd['b'] = 2\nd['a'] += 10\nprint(d, d.get('z', 0), sorted(d.items()), list(d.keys()))",
    "def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\n"
    "print(f(1, c=3))\nprint(f(1, 2, 3, 4, c=5, e=6))\nprint(f(*[1, 2], **{'c': 0}))",
    "def f(a, b):\n    return a\nf(1)",
    "def f(a, b):\n    return a\nf(1, 2, 3)",
    "def f(a, b=1):\n    return a\nf(1, 2, 3)",
    "def f(a):\n    return a\nf(1, z=2)",
    "def f(a):\n    return a\nf(1, a=2)",
    "def f(*, k):\n    return k\nf()",
    "def f():\n    x = x + 1\n    return x\nf()",
    "def outer():\n    items = []\n    def add(v):\n        items.append(v)\n        return len(items)\n"
    "    add(1); add(2)\n    return items\nprint(outer())",
    "fs = [lambda x, i=i: x + i for i in range(3)]\nprint([f(10) for f in fs])",
    "def counter():\n    n = 0\n    def get():\n        return n\n    n = 5\n    return get\nprint(counter()())",
    "for i in range(10):\n    if i == 2:\n        continue\n    if i == 5:\n        break\n    print(i)\nelse:\n    print('no')",
    "for i in []:\n    pass\nelse:\n    print('else runs')",
    "for k, v in {'a': 1, 'b': 2}.items():\n    print(k, v)\nfor c in 'xy':\n    print(c)",
    "print([x * y for x in range(3) for y in range(3) if x != y])\nprint({x % 3 for x in range(10)})",
    "print({k: v for k, v in zip('abc', range(3))})\nprint(sum(x for x in range(5)), list(x for x in 'ab'))",
    "x = 10\nprint([x for x in range(3)], x)",
    "print(list(enumerate('ab', 1)), list(zip([1, 2], 'xyz')), list(reversed([1, 2, 3])))",
    "print(sorted([3, 1, 2]), sorted(['b', 'A', 'c'], key=None, reverse=True))",
    "print(sorted(['bb', 'a', 'ccc'], key=len), min(3, 1, 2), max([1, 5, 2]), max([], default=7))",
    "print(min([]))",
    "print(abs(-3), round(2.675, 2), round(7.5), int('42'), int(3.9), float('1.5'), bool([]), len('abc'))",
    "print(int('x'))",
    "print(str(12) + 'a', repr('q'), str([1, 'a']), tuple([1]), set(), dict(a=1), dict([(1, 2)]))",
    "print(isinstance(1, int), isinstance('a', (int, str)), isinstance(True, int), isinstance(1.0, int))",
    "print(1 / 0)",
    "print([1][5])",
    "print({'a': 1}['b'])",
    "print('a' + 1)",
    "print(undefined_name)",
    "try:\n    {}['k']\nexcept LookupError as e:\n    print('caught', repr(e), e.args)",
    "try:\n    raise ValueError('bad', 2)\nexcept (TypeError, ValueError) as e:\n    print(e, e.args)",
    "try:\n    1 / 0\nexcept:\n    print('bare')\nelse:\n    print('no')\nfinally:\n    print('fin')",
    "try:\n    pass\nexcept ValueError:\n    pass\nelse:\n    print('else')\nfinally:\n    print('fin')",
    "def f():\n    try:\n        return 1\n    finally:\n        print('cleanup')\nprint(f())",
    "try:\n    try:\n        raise KeyError('k')\n    except KeyError:\n        raise\nexcept Exception as e:\n"
    "    print('outer', repr(e))",
    "try:\n    raise RuntimeError\nexcept RuntimeError as e:\n    print(repr(e), str(e) == '')",
    "raise NotImplementedError('todo')",
    "try:\n    int('z')\nexcept TypeError:\n    print('wrong')",
    "assert 1 + 1 == 2\nassert len([]) == 1, 'list is empty'",
    "assert False",
    "print(1 if [] else 2, [] or 'x', 0 and 1, not 3, 1 < 2 < 3, 3 > 2 > 5, 1 in [1], 2 not in [1])",
    "print(None is None, [] is not [], 7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 10, 1024 >> 3, -7 // 2, -7 % 3)",
    "print(2 ** 10, 2 ** -1, 10 / 4, 3 * 'ab', [0] * 3, (1,) * 2, 'a' 'b', 0.1 + 0.2)",
    "print('%s|%d|%05.2f|%-4s|%r|%x|%%' % ('a', 3, 2.5, 'b', 'c', 255))",
    "print('%(a)s and %(b)d' % {'a': 'x', 'b': 2})",
    "print('{} {:>5} {:<3}| {:^7.3f} {!r}'.format(1, 'ab', 'c', 3.14159, 'r'))",
    "print('{a}-{b[0]}-{c[k]}'.format(a=1, b=[2], c={'k': 3}), '{0}{1}{0}'.format('x', 'y'))",
    "print('{} {}'.format(1))",
    "print('{.real}|{[1]}|{0}'.format(2, [0, 1]))",
    "print('{}{0}'.format(1))",
    "print('{0:{1}}|{:>{}}'.format(1, 3))",
    "w = 7\nprint(f'{w}|{w:>4}|{w!r}|{\"s\"!s:>{w}}|{3.5:.{w}f}|{w * 2 = }')",
    "print('-'.join(['a', 'b']), ','.join(str(i) for i in range(3)), ' x '.strip(), 'a,b'.split(','))",
    "print('a\\nb'.splitlines(), 'Hello'.upper(), 'Hello'.lower(), 'abc'.startswith('a'), 'abc'.endswith('bc'))",
    "print('aaa'.replace('a', 'bb'), 'abc'.find('c'), 'abcabc'.count('b'), 'ab'.center(6, '*'), '7'.zfill(3))",
    "print('-'.join([1, 2]))",
    "l = [3, 1, 2]\nl.append(4)\nl.extend(range(2))\nl.insert(0, 9)\nprint(l.pop(), l.pop(0), l, l.index(2), l.count(1))\n"
    "l.sort()\nprint(l)\nl.reverse()\nprint(l, l.copy())",
    "d = {}\nd.setdefault('a', []).append(1)\nd.update({'b': 2}, c=3)\nprint(d, d.pop('b'), list(d.values()))",
    "print([].pop())",
    "print([1, 2].index(5))",
    "s = {1, 2}\ns.add(3)\ns.update([4])\ns.discard(1)\nprint(sorted(s), sorted(s.union({9})), sorted(s | {0}))",
    "t = (1, 2, 2)\nprint(t.count(2), t.index(2), t[1:], len(t), t + (3,))",
    "print('abc'.foo)",
    "print([].nope)",
    "print(range(5), list(range(2, 10, 3)), range(10)[2], len(range(0, 100, 7)), 5 in range(10))",
    "x = 5\ndef g():\n    return x\nx = 6\nprint(g())",
    "def fact(n):\n    return 1 if n <= 1 else n * fact(n - 1)\nprint(fact(20))",
    "def kw(**options):\n    return sorted(options)\nprint(kw(b=1, a=2))",
    "print((lambda *a, **k: (a, k))(1, x=2))",
    "print(sum([[1], [2, 3]], []), sum([0.5, 0.25]), sum([1, 2], 10))",
    "print(any([0, 1]), all([]), all(x > 0 for x in [1, 2]))",
    "print(pow(2, 10), pow(3, 4, 5), pow(2, -1))",
    "x: int = 5\nprint(x)",
    "print({**{'a': 1}, 'b': 2}, [*range(3), *'ab'], (*[1],), {*[1, 1]})",
    "n = None\nprint(n is None and 'none' or 'some')",
    "print(str(), list(), tuple(), dict(), set(), int(), float(), bool())",
    "print(1 == 1.0, 'a' < 'b', [1, 2] < [1, 3], (1, 'a') == (1, 'a'))",
    "print([] < 1)",
    "print(len(5))",
    "print(repr(1.0), repr(-0.0), 1e100, 1/3, 2.0 ** 0.5, 10 ** 20)",
    "e = ValueError('m')\nprint(isinstance(e, Exception), isinstance(e, KeyError), repr(e))",
    "def f(x):\n    if x:\n        return 'yes'\nprint(f(1), f(0))",
    "from __future__ import print_function\nprint('future ok')",
]


@pytest.mark.parametrize("source", SNIPPETS)
def test_matches_cpython(source: str) -> None:
    assert run_scopecli(source) == run_python(source)


# ---- tf objects: calls, attributes, positions, frames -----------------------------------------


def test_imports_and_tf_calls() -> None:
    world = FakeWorld()
    out = run(
        """
        import tensorflow.compat.v1 as tf
        from tensorflow.compat import v1 as tf1
        import tensorflow as tf2
        a = tf.constant(1)
        b = tf1.constant(2, name="b")
        print(a.name, b.name, (a + b).name, tf2 is tf)
        """,
        world,
    )
    assert out == "Const:0 b:0 add(Const:0) True\n"
    assert world.created[0][1] == SourcePos("f.py", 5, 5)


def test_user_function_frames_and_engine_callbacks() -> None:
    world = FakeWorld()
    out = run(
        """
        import tensorflow as tf
        def build(n):
            return tf.constant(n, name="c%d" % n)
        build(1)
        print(tf.call_with(lambda x: x + 1))
        """,
        world,
    )
    assert out == "11\n"
    name, pos, frames = world.created[0]
    assert name == "c1" and pos.line == 4 and frames == (SourcePos("f.py", 5, 1),)


def test_unknown_tf_attribute_is_input_error() -> None:
    with pytest.raises(InputError, match=r"`tf.nope` is not supported by scopecli") as info:
        run("import tensorflow as tf\ntf.nope(1)\n")
    assert info.value.pos == SourcePos("f.py", 2, 1)
    with pytest.raises(InputError, match=r"'Tensor' object has no attribute 'foo' \(not supported"):
        run("import tensorflow as tf\ntf.constant(1).foo\n")


def test_wrong_arguments_to_engine_function() -> None:
    with pytest.raises(InputError, match=r"wrong arguments to tf.constant\(\): ") as info:
        run("import tensorflow as tf\nx = 1\ntf.constant(1, bogus=2)\n")
    assert info.value.pos == SourcePos("f.py", 3, 1)


def test_other_imports_refused() -> None:
    for source in ("import subprocess", "from os import system", "import sys", "from tensorflow import *"):
        with pytest.raises(InputError, match="import|system"):
            run(source)


def test_tensor_truthiness_error_is_catchable() -> None:
    out = run(
        """
        import tensorflow as tf
        try:
            if tf.constant(1):
                pass
        except TypeError as e:
            print("caught:", e)
        """
    )
    assert out == "caught: Using a `tf.Tensor` as a Python `bool` is not allowed.\n"


def test_tf_error_types_match_by_hierarchy() -> None:
    out = run(
        """
        import tensorflow as tf
        try:
            raise tf.errors.OpError("boom")
        except Exception as e:
            print("caught", e)
        """
    )
    assert out == "caught boom\n"


# ---- with / except unwinding ------------------------------------------------------------------


def test_with_exits_lifo_and_binds_as() -> None:
    world = FakeWorld()
    out = run(
        """
        import tensorflow as tf
        with tf.name_scope("a") as s1, tf.name_scope("b") as s2:
            print(s1, s2)
        """,
        world,
    )
    assert out == "a/ a/b/\n"
    assert world.log == ["enter a", "enter b", "exit b None", "exit a None"]


def test_with_unwinds_on_caught_error_and_scope_is_right_after() -> None:
    world = FakeWorld()
    out = run(
        """
        import tensorflow as tf
        with tf.name_scope("a"):
            try:
                with tf.name_scope("inner"):
                    tf.get_variable("v", [1])
                    tf.get_variable("v", [1])
            except ValueError as e:
                print(e)
            x = tf.constant(1)
        print(x.name)
        """,
        world,
    )
    assert out == "Variable a/inner/v already exists, disallowed.\na/Const:0\n"
    assert world.log == ["enter a", "enter inner", "exit inner ValueError", "exit a None"]
    assert world.stack == []


def test_with_exit_on_break_continue_return() -> None:
    world = FakeWorld()
    run(
        """
        import tensorflow as tf
        def f():
            with tf.name_scope("r"):
                return 1
        for i in range(3):
            with tf.name_scope("l"):
                if i == 0:
                    continue
                break
        f()
        """,
        world,
    )
    assert world.stack == []
    assert world.log.count("enter l") == 2 and world.log[-1] == "exit r None"


def test_with_suppressing_exit() -> None:
    world = FakeWorld()
    out = run(
        """
        import tensorflow as tf
        with tf.suppressing_scope("s"):
            raise ValueError("swallowed")
        print("after")
        """,
        world,
    )
    assert out == "after\n"


def test_with_on_plain_value_is_type_error() -> None:
    assert run_scopecli("with 1:\n    pass") == run_python("with 1:\n    pass")


def test_uncaught_error_position_is_innermost_statement() -> None:
    with pytest.raises(ScenarioError) as info:
        run("def f():\n    return 1 / 0\n\nf()\n")
    assert info.value.type_name == "ZeroDivisionError" and info.value.pos == SourcePos("f.py", 2, 5)


def test_raise_sets_position_and_bare_raise_outside_handler() -> None:
    with pytest.raises(ScenarioError) as info:
        run("x = 1\nraise KeyError('k')\n")
    assert info.value.pos.line == 2 and str(info.value) == "'k'"
    with pytest.raises(ScenarioError, match="No active exception to reraise"):
        run("raise\n")


def test_evaluate_for_expectations() -> None:
    interpreter, _ = make("import tensorflow as tf\nv = tf.constant(1, name='v')\n")
    interpreter.run()
    expression = ast.parse("v.name + '!'", mode="eval")
    assert interpreter.evaluate(expression) == "v:0!"
    with pytest.raises(InputError):
        interpreter.evaluate(ast.parse("v.__class__", mode="eval"))


def test_predefined_globals() -> None:
    source = "print(tf.constant(1).name)\n"
    scenario = Scenario("f.yaml", source, "yaml", ast.parse(source))
    runtime = Runtime("f.yaml")
    world = FakeWorld()
    world.runtime = runtime
    Interpreter(scenario, runtime, {}, {"tf": world.namespace()}).run()
    assert runtime.stdout == "Const:0\n"


def test_user_functions_are_python_callables() -> None:
    interpreter, _ = make("def f(a, b=2):\n    return a * b\n")
    interpreter.run()
    assert interpreter.globals["f"](3) == 6
    assert interpreter.globals["f"](3, b=5) == 15
