"""The fast one-pass walks (statement costs, ...) give exactly what their plain definitions give."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scopecli.errors import InputError, LimitError
from scopecli.interpret.checker import check
from scopecli.interpret.node_costs import COST, annotate_costs
from scopecli.limits import DEFAULT_LIMITS

_BODIES = frozenset({"body", "orelse", "finalbody", "handlers"})
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _own_nodes(node: ast.AST, skip: frozenset[str]) -> int:
    """The definition: expression nodes `node` evaluates itself (nested statement bodies excluded)."""
    count = 1
    stack = [getattr(node, f) for f in node._fields if f not in skip]
    while stack:
        value = stack.pop()
        if type(value) is list:
            stack.extend(value)
        elif isinstance(value, ast.expr):
            count += 1
            stack.extend(getattr(value, f) for f in value._fields)
        elif isinstance(value, (ast.keyword, ast.comprehension, ast.arguments, ast.withitem)):
            stack.extend(getattr(value, f) for f in value._fields)
    return count


def reference_costs(tree: ast.AST) -> dict[int, int]:
    """Statement, comprehension and lambda costs by the definition, one walk per node."""
    costs = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt):
            costs[id(node)] = _own_nodes(node, _BODIES | {"decorator_list"})
        elif isinstance(node, _COMPREHENSIONS):
            parts = [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            parts += [c for g in node.generators for c in g.ifs]
            costs[id(node)] = sum(_own_nodes(p, frozenset()) for p in parts)
        elif isinstance(node, ast.Lambda):
            costs[id(node)] = _own_nodes(node.body, frozenset())
    return costs


SNIPPETS = [
    "x = 1",
    "y = f(a, b=c + 1, *d, **e)[0].g",
    "def f(a, b=1 + 2, *c, d=[1, 2], **e) -> g(h):\n    return a if b else lambda q=3: q * c\n",
    "z = [i * j for i in range(3) if i for j in [k for k in range(i) if k > 1] if j]",
    "w = {k: (lambda v: v + k)(k) for k in range(4) if k % 2}",
    "s = {a for a in b}; g = (a + 1 for a in b if a if not a)",
    "with tf.name_scope('a') as s, tf.variable_scope(x + y):\n    v = tf.get_variable('v', [1])\n",
    "for i, (a, b) in enumerate(zip(p, q)):\n    if i:\n        break\n    else:\n        continue\n"
    "else:\n    pass\n",
    "try:\n    a = b[1:2:c]\nexcept (ValueError, TypeError) as e:\n    print(e)\n"
    "else:\n    x = f'{a!r:>{w}}'\n"
    "finally:\n    assert a, 'msg %s' % a\n",
    "x += -y ** 2 @ z; del_ = not a and b or c < d <= e is not None",
    "f = lambda a, *b, c=lambda: [d for d in e], **g: (a, b, c, g)",
]


def _programs() -> list[tuple[str, str]]:
    found = [(f"snippet{i}", text) for i, text in enumerate(SNIPPETS)]
    for folder in (Path(__file__).parent, Path(__file__).parent.parent / "benchmarks"):
        for path in sorted(folder.rglob("*.py")):
            if path.stat().st_size < 200_000:
                found.append((str(path.name), path.read_text(encoding="utf-8", errors="replace")))
    return found


@pytest.mark.parametrize("name,text", _programs(), ids=[n for n, _ in _programs()])
def test_annotate_costs_matches_the_definition(name: str, text: str) -> None:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        pytest.skip("not Python")
    expected = reference_costs(tree)
    annotate_costs(tree)
    got = {id(node): getattr(node, COST) for node in ast.walk(tree) if hasattr(node, COST)}
    assert got == expected
    assert expected  # every program has at least one statement


@pytest.mark.parametrize("name,text", _programs(), ids=[n for n, _ in _programs()])
def test_the_checker_counts_the_same_costs_in_its_own_walk(name: str, text: str) -> None:
    try:
        tree = ast.parse(text)
    except SyntaxError:
        pytest.skip("not Python")
    expected = reference_costs(tree)
    try:
        check(tree, "t.py", DEFAULT_LIMITS)
    except (InputError, LimitError):
        pytest.skip("refused by the checker")
    annotate_costs(tree)  # must leave the checker's counts alone
    got = {id(node): getattr(node, COST) for node in ast.walk(tree) if hasattr(node, COST)}
    assert got == expected


# -- the loader's depth check skips one-line nodes that are provably shallow -----------------------

def _depth(tree: ast.AST) -> int:
    """Levels as fix_positions counts them: the module is 1, contexts and operators do not count."""
    from scopecli.load.python_loader import _POSITIONLESS

    deepest = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((c, depth + 1) for c in ast.iter_child_nodes(node) if not isinstance(c, _POSITIONLESS))
    return deepest


CHAINS = {
    "unary": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "a",
    "attribute": lambda n: "a" + ".b" * n,
    "call": lambda n: "f" + "()" * n,
    "subscript": lambda n: "a" + "[0]" * n,
    "list": lambda n: "[" * n + "]" * n,
    "tuple": lambda n: "(a," * n + ")" * n,
    "keyword": lambda n: "f(a=" * n + "1" + ")" * n,
    "lambda": lambda n: "lambda: " * n + "1",
    "lambda-default": lambda n: "(lambda a=" * n + "1" + ": a)" * n,
    "binop": lambda n: "1" + "+1" * n,
    "power": lambda n: "2**" * n + "2",
    "fstring": lambda n: "f'{f\"{" + "-" * n + "a}\"}'",
    "starred": lambda n: "f(*" * n + "a" + ")" * n,
    "ifexp": lambda n: "a if b else " * n + "c",
    "listcomp": lambda n: "[" * n + "a for a in b" + "]" * n,
    "dict": lambda n: "{1: " * n + "1" + "}" * n,
}


@pytest.mark.parametrize("chain", sorted(CHAINS))
def test_depth_check_still_catches_every_deep_one_line_statement(chain: str) -> None:
    from scopecli.errors import InputError
    from scopecli.limits import DEFAULT_LIMITS
    from scopecli.load.python_loader import parse_source

    limits = DEFAULT_LIMITS.replace(ast_depth=30)
    for n in range(1, 40):
        expression = CHAINS[chain](n)
        for text in (f"x = {expression}\n", f"{expression}\n", f"with a:\n    y = {expression}\n"):
            too_deep = _depth(ast.parse(text)) > limits.ast_depth
            try:
                parse_source(text, "t.py", limits)
                refused = False
            except InputError as error:
                assert "nesting too deep" in error.message
                refused = True
            assert refused == too_deep, (text, _depth(ast.parse(text)))


# -- libyaml composes exactly the node tree the pure-Python loader composes ------------------------

YAML_TEXTS = [
    "steps:\n  - x = 1\n  - with tf.name_scope('a'):\n      - y = 2\n",
    "title: 'quoted: title'\nsteps:\n  - \"print('a: b')\"\n  - 'x = \"it''s\"'\n",
    "steps: |\n  import tensorflow as tf\n  x = tf.constant(1)\n",
    "steps:\n  - x = 'é' + \"ü\"  # comment\n  - y = '😀 ok'\n  - z = \"\\u00e9\"\n",
    "steps:\n  - >\n    x = 1 +\n    2\n  - |\n    y = [1,\n         2]\n",
    "steps:\n- a = 1\n- if a:\n  - b = 2\n- else:\n  - b = 3\nexpect:\n  b: 2\n  a: [1, 2.5, '3']\n",
    "steps:\n  - x = 1\r\n  - y = 2\r\n",
    "steps:\n  - x = ('a'\n      'b')\n  - y = 1\n",
    "steps: []\n",
    "",
    "# only a comment\n",
    "steps:\n  - x = 1\n  - for i in range(3):\n    - pass\n",
]


def _yaml_texts() -> list[str]:
    texts = list(YAML_TEXTS)
    for folder in (Path(__file__).parent, Path(__file__).parent.parent / "benchmarks"):
        for path in sorted(folder.rglob("*.yaml")):
            if path.stat().st_size < 200_000:
                texts.append(path.read_text(encoding="utf-8"))
    return texts


def _same_tree(fast: object, pure: object) -> None:
    assert type(fast) is type(pure)
    if fast is None:
        return
    for attribute in ("tag", "style"):  # flow_style differs for indentless lists; nothing reads it
        assert getattr(fast, attribute, None) == getattr(pure, attribute, None), attribute
    for mark in ("start_mark", "end_mark"):
        a, b = getattr(fast, mark), getattr(pure, mark)
        assert (a.line, a.column) == (b.line, b.column), mark
    if isinstance(pure.value, list):  # type: ignore[attr-defined]
        assert len(fast.value) == len(pure.value)  # type: ignore[attr-defined]
        for x, y in zip(fast.value, pure.value, strict=True):  # type: ignore[attr-defined]
            if isinstance(y, tuple):
                _same_tree(x[0], y[0])
                _same_tree(x[1], y[1])
            else:
                _same_tree(x, y)
    else:
        assert fast.value == pure.value  # type: ignore[attr-defined]


@pytest.mark.parametrize("index", range(len(_yaml_texts())))
def test_libyaml_and_pure_python_compose_the_same_tree(index: int) -> None:
    from scopecli.load import yaml_compose

    text = _yaml_texts()[index]
    fast = yaml_compose._fast_compose(text, "t.yaml", DEFAULT_LIMITS)
    if yaml_compose._CParser is None:
        pytest.skip("PyYAML without libyaml")
    assert fast is not False, "libyaml refused a text the tests load"
    loader = yaml_compose._StrictLoader(text, "t.yaml", DEFAULT_LIMITS.yaml_depth)
    try:
        pure = loader.get_single_node()
    finally:
        loader.dispose()
    _same_tree(fast, pure)


@pytest.mark.parametrize("text", [
    "steps:\n  - &a x = 1\n  - *a\n", "steps: !!python/object:os.system x\n",
    "steps:\n  - a\nsteps:\n  - b\n",
    "steps:\n  - [unclosed\n", "steps:\n\t- x = 1\n", "steps:\n  - x = '\x07'\n",
])
def test_yaml_problems_are_reported_by_the_pure_python_loader(text: str) -> None:
    from scopecli.load import yaml_compose

    assert yaml_compose._fast_compose(text, "t.yaml", DEFAULT_LIMITS) is False


# -- the engine's fast paths (constant_op.FAST_PATHS) build exactly what the general paths build -------

CONSTANT_VALUES = [0, 1, -7, 2**31 - 1, -(2**31), 2**31, 2**40, -(2**31) - 1, 1.5, -0.0, 1e30, 3.1e38, 1e300,
                   float("inf"), float("nan"), True, False, "", "a", "é😀", [1, 2, 3], [1.0, 2], [1.5, -2.5],
                   (4, 5), [True, False], [1, True], [], [[1, 2]], ["a"], [2**31], [1, None], None, 10**30,
                   [1e300, 1.0], [0] * 1001, ["a", "bc", ""], ("x", 1), ["a", b"b"]]
CONSTANT_DTYPES = [None, "float32", "float64", "int32", "int64", "int8", "uint8", "bool", "string", "float16",
                   "complex64", "float32_ref"]
CONSTANT_SHAPES = [None, [], [3], [2, 2], 4, [0], [2, -1], (2, 3), [True], [1000, 1000, 1000]]


def _constant_outcome(value: object, dtype: object, shape: object, fast: bool) -> tuple[object, ...]:
    import numpy as np

    from scopecli.engine import ops_core
    from scopecli.engine.framework import constant_op
    from scopecli.engine.framework.state import TFState
    from scopecli.errors import ScopecliError
    from scopecli.runtime import Runtime

    state = TFState(Runtime("t.py"))
    previous = constant_op.FAST_PATHS
    constant_op.FAST_PATHS = fast
    try:
        tensor = ops_core.constant(state, value, dtype, shape)
    except (ScopecliError, ArithmeticError, TypeError, ValueError) as error:
        return ("error", type(error).__name__, str(error))
    finally:
        constant_op.FAST_PATHS = previous
    array = tensor.op.attrs["value"]
    return (tensor.name, tensor.dtype.name, tensor.shape.dims_, array.dtype.str, array.shape,
            np.asarray(array).tobytes() if array.dtype != object else array.tolist())


@pytest.mark.parametrize("dtype", CONSTANT_DTYPES)
def test_constants_kept_as_python_values_become_the_same_arrays(dtype: str | None) -> None:
    import warnings

    for value in CONSTANT_VALUES:
        for shape in CONSTANT_SHAPES:
            with warnings.catch_warnings(record=True) as general_warnings:
                warnings.simplefilter("always")
                expected = _constant_outcome(value, dtype, shape, fast=False)
            with warnings.catch_warnings(record=True) as fast_warnings:
                warnings.simplefilter("always")
                got = _constant_outcome(value, dtype, shape, fast=True)
            assert got == expected, (value, dtype, shape)
            # A value kept for later must not warn later what the general path warned at once.
            assert [str(w.message) for w in fast_warnings] == [str(w.message) for w in general_warnings]


def test_a_constant_kept_as_a_python_list_does_not_follow_later_changes_to_the_list() -> None:
    from scopecli.engine import ops_core
    from scopecli.engine.framework.state import TFState
    from scopecli.runtime import Runtime

    state = TFState(Runtime("t.py"))
    values = [1, 2]
    tensor = ops_core.constant(state, values)
    assert isinstance(tensor.op.attrs, ops_core.PendingConstAttrs)  # kept, not yet an array
    values.append(3)
    assert tensor.op.attrs["value"].tolist() == [1, 2]
    assert dict(tensor.op.attrs)["value"].tolist() == [1, 2]
    assert 'tensor_content: "\\001\\000\\000\\000\\002\\000\\000\\000"' in str(tensor.op.get_attr("value"))


def _graph_facts(result: object) -> list[object]:
    """Everything explain and the renderers read off a run, in creation order."""
    facts: list[object] = [result.stdout, None if result.error is None else result.error.one_line()]  # type: ignore[attr-defined]
    for graph in result.state.graphs:  # type: ignore[attr-defined]
        for op in graph.ops:
            facts.append((op.name, op.type, [t.name for t in op.inputs], op.api, list(op.notes),
                          [(p.line, p.col) for p in op.site],
                          [(t.dtype.name, t.shape.dims_) for t in op.outputs],
                          op.variable.name if op.variable is not None else None,
                          sorted((key, repr(value)) for key, value in op.attrs.items())))
        for name, record in graph.scopes.items():
            facts.append((name, record.kind, record.call, list(record.notes),
                          [(p.line, p.col) for p in record.site]))
        facts.append(sorted(graph.names_in_use.items()))
        facts.append([(v.name, list(v.notes), v.random_init) for v in graph.variables])
    return facts


def _scenario_files() -> list[Path]:
    root = Path(__file__).parent.parent
    files = sorted((root / "tests" / "conformance" / "cases").glob("*.py"))
    files += sorted((root / "scenarios").glob("*.yaml"))
    return files


@pytest.mark.parametrize("path", _scenario_files(), ids=[p.name for p in _scenario_files()])
def test_fast_paths_build_the_same_graphs_as_the_general_paths(path: Path) -> None:
    from scopecli.engine.framework import constant_op
    from scopecli.errors import InputError
    from scopecli.load import load_scenario
    from scopecli.run import run_scenario

    try:
        scenario = load_scenario(str(path), limits=DEFAULT_LIMITS)
    except InputError:
        pytest.skip("refused by the loader")
    outcomes = []
    for fast in (False, True):
        constant_op.FAST_PATHS = fast
        try:
            outcomes.append(_graph_facts(run_scenario(scenario, DEFAULT_LIMITS)))
        except InputError as error:
            outcomes.append([error.message])
        finally:
            constant_op.FAST_PATHS = True
    assert outcomes[1] == outcomes[0]


def test_a_tf_function_called_directly_or_through_the_generic_dispatch_behaves_the_same() -> None:
    """The interpreter inlines Builtin.__call__; a Builtin subclass still takes the generic path."""
    from scopecli.engine.namespace import build_tf
    from scopecli.errors import InputError, ScenarioError
    from scopecli.interpret import Interpreter
    from scopecli.load.python_loader import load_python
    from scopecli.model import Builtin
    from scopecli.run import run_scenario

    class Generic(Builtin):
        __slots__ = ()

    text = "import tensorflow as tf\nx = tf.constant(1.0)\n"
    calls = [((), {}), ((1.0,), {}), ((1.0, 2.0), {}), ((), {"x": 1, "y": 2}), ((1, 2.5), {}),
             ((1, 2), {"name": "s"}), ((1, 2), {"nme": "s"}), ((1, 2, 3, 4, 5), {})]
    for args, kwargs in calls:
        outcomes = []
        for wrap in (False, True):
            result = run_scenario(load_python(text, "t.py"), DEFAULT_LIMITS)
            tf = build_tf(result.state)
            interpreter = Interpreter(result.scenario, result.state.runtime, {"tensorflow": tf})
            function = tf.members["add"]
            if wrap:
                function = Generic(function.qualname, function.function, on_result=function.on_result)
            node = ast.parse("f()", mode="eval").body
            try:
                value = interpreter.call(function, list(args), dict(kwargs), node)
                outcomes.append(("ok", value.name, value.op.api))
            except (InputError, ScenarioError) as error:
                outcomes.append((type(error).__name__, error.message))
        assert outcomes[0] == outcomes[1], (args, kwargs)


def test_a_scenario_that_computes_no_value_never_imports_numpy() -> None:
    import subprocess
    import sys

    code = ("import sys\n"
            "from scopecli.load.python_loader import load_python\n"
            "from scopecli.run import run_scenario\n"
            "text = 'import tensorflow as tf\\n'\n"
            "text += 'with tf.variable_scope(\"a\"):\\n    v = tf.get_variable(\"v\", [2, 3])\\n'\n"
            "text += 'x = tf.placeholder(tf.float32, [None, 2])\\n'\n"
            "text += 'y = tf.nn.relu(tf.add(tf.matmul(x, v), [1.0, 2, 3]) * 2)\\nprint(y.name)\\n'\n"
            "result = run_scenario(load_python(text, 't.py'))\n"
            "assert result.error is None, result.error\n"
            "print(result.stdout.strip(), 'numpy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["Relu:0", "False"]
