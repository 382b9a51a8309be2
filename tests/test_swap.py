"""scopecli.swap: which references a swap rewrites, which it leaves alone, and that positions stay."""

from __future__ import annotations

import ast

import pytest

from scopecli.errors import InputError
from scopecli.load import load_scenario
from scopecli.run import run_scenario
from scopecli.swap import Substitution, parse_substitution, swap_scenario


def swapped_source(text: str, *swaps: str, path: str = "s.py") -> str:
    scenario = load_scenario(path, text=text)
    subs = [parse_substitution(s) for s in swaps] if swaps else None
    return ast.unparse(swap_scenario(scenario, subs).scenario.module)


def body(text: str) -> str:
    """`text` as ast.unparse spells it, to compare with a swapped module."""
    return ast.unparse(ast.parse(text))


@pytest.mark.parametrize(("written", "expected"), [
    ('import tensorflow as tf\nwith tf.name_scope("a"): pass',
     'import tensorflow as tf\nwith tf.variable_scope("a"): pass'),
    ('import tensorflow as tf\nwith tf.variable_scope("a"): pass',
     'import tensorflow as tf\nwith tf.name_scope("a"): pass'),
    ('import tensorflow as tf\nwith tf.op_scope([], "a"): pass',
     'import tensorflow as tf\nwith tf.variable_op_scope([], "a"): pass'),
    ('import tensorflow as tf\nwith tf.variable_op_scope([], "a"): pass',
     'import tensorflow as tf\nwith tf.op_scope([], "a"): pass'),
    # any alias of the module, and tf.compat.v1 spelled out
    ('import tensorflow.compat.v1 as tf1\nwith tf1.name_scope("a"): pass',
     'import tensorflow.compat.v1 as tf1\nwith tf1.variable_scope("a"): pass'),
    ('from tensorflow.compat import v1 as tfc\nwith tfc.name_scope("a"): pass',
     'from tensorflow.compat import v1 as tfc\nwith tfc.variable_scope("a"): pass'),
    ('import tensorflow as tf\nwith tf.compat.v1.name_scope("a"): pass',
     'import tensorflow as tf\nwith tf.compat.v1.variable_scope("a"): pass'),
    # a reference passed on or stored, then called under another name
    ('import tensorflow as tf\nfn = tf.name_scope\nwith fn("a"): pass',
     'import tensorflow as tf\nfn = tf.variable_scope\nwith fn("a"): pass'),
    ('import tensorflow as tf\nf(tf.variable_scope, tf.name_scope)',
     'import tensorflow as tf\nf(tf.name_scope, tf.variable_scope)'),
    # a name imported from TF: the import is rewritten, so every bare use follows
    ('from tensorflow.compat.v1 import name_scope\nwith name_scope("a"): pass',
     'from tensorflow.compat.v1 import variable_scope as name_scope\nwith name_scope("a"): pass'),
])
def test_default_swap_rewrites_tf_references(written: str, expected: str) -> None:
    assert swapped_source(written) == body(expected)


@pytest.mark.parametrize("written", [
    # a Graph's name_scope has no variable_scope counterpart
    'import tensorflow as tf\ng = tf.get_default_graph()\nwith g.name_scope("a"): pass',
    # the user's own names that happen to be spelled so
    'import tensorflow as tf\nname_scope = 1\nprint(name_scope)',
    'import tensorflow as tf\ndef f(variable_scope):\n    return variable_scope',
    'import tensorflow as tf\nx = {"name_scope": 1}\nprint(x["name_scope"])',
])
def test_default_swap_leaves_other_names_alone(written: str) -> None:
    assert swapped_source(written) == body(written)


def test_yaml_tf_is_prebound() -> None:
    text = 'steps:\n  - with tf.name_scope("s"):\n      - c = tf.constant(1)\n'
    assert swapped_source(text, path="s.yaml") == body('with tf.variable_scope("s"):\n    c = tf.constant(1)')


def test_positions_are_kept_and_original_untouched() -> None:
    text = 'import tensorflow as tf\n\nwith tf.name_scope("a"):\n    x = tf.constant(1)\n'
    scenario = load_scenario("s.py", text=text)
    before = ast.dump(scenario.module, include_attributes=True)
    swapped = swap_scenario(scenario)
    assert ast.dump(scenario.module, include_attributes=True) == before

    def positions(tree: ast.AST) -> list[tuple[str, int, int, int, int]]:
        return [(type(n).__name__, n.lineno, n.col_offset, n.end_lineno or 0, n.end_col_offset or 0)
                for n in ast.walk(tree) if hasattr(n, "lineno")]

    assert positions(swapped.scenario.module) == positions(scenario.module)
    assert [(r.pos.line, r.pos.col, r.old, r.new) for r in swapped.replacements] == [
        (3, 6, "name_scope", "variable_scope")]
    assert swapped.labels() == ("name_scope", "variable_scope")


def test_custom_substitutions_apply_at_once() -> None:
    text = "import tensorflow as tf\nx = tf.add(1, 2)\ny = tf.subtract(1, 2)\n"
    assert swapped_source(text, "tf.add=tf.subtract", "tf.subtract=tf.add") == body(
        "import tensorflow as tf\nx = tf.subtract(1, 2)\ny = tf.add(1, 2)\n")


def test_bare_old_matches_any_attribute_or_name() -> None:
    text = "import tensorflow as tf\nrelu = tf.nn.relu\ny = relu(tf.nn.relu(1.0))\n"
    # the assignment target keeps its name; its uses and the attribute are swapped
    assert swapped_source(text, "relu=tanh") == body(
        "import tensorflow as tf\nrelu = tf.nn.tanh\ny = tanh(tf.nn.tanh(1.0))\n")


def test_dotted_new_keeps_the_scenarios_alias() -> None:
    text = "import tensorflow.compat.v1 as tf1\nv = tf1.get_variable('v', [1])\n"
    assert swapped_source(text, "tf.get_variable=tf.Variable") == body(
        "import tensorflow.compat.v1 as tf1\nv = tf1.Variable('v', [1])\n")


def test_labels_follow_first_appearance() -> None:
    text = ('import tensorflow as tf\nwith tf.variable_scope("a"): pass\nwith tf.name_scope("b"): pass\n'
            'with tf.variable_scope("c"): pass\n')
    swapped = swap_scenario(load_scenario("s.py", text=text))
    assert swapped.labels() == ("variable_scope, name_scope", "name_scope, variable_scope")
    assert len(swapped.replacements) == 3


@pytest.mark.parametrize(("text", "old", "new"), [
    ("tf.get_variable=tf.Variable", ("tf", "get_variable"), ("tf", "Variable")),
    (" relu = tanh ", ("relu",), ("tanh",)),
])
def test_parse_substitution(text: str, old: tuple[str, ...], new: tuple[str, ...]) -> None:
    assert parse_substitution(text) == Substitution(old, new)


@pytest.mark.parametrize("text", ["relu", "a=", "=b", "a.=b", "1a=b", "a=b c", "tf.__class__=x", "a=class"])
def test_parse_substitution_refuses(text: str) -> None:
    with pytest.raises(InputError):
        parse_substitution(text)


def test_swapped_scenario_runs_with_tf_names() -> None:
    # real TF 2.21 prints `my_scope/var1:0` for get_variable under variable_scope("my_scope")
    text = ('import tensorflow as tf\nwith tf.name_scope("my_scope"):\n'
            '    v1 = tf.get_variable("var1", [1])\nprint(v1.name)\n')
    scenario = load_scenario("s.py", text=text)
    assert run_scenario(scenario).stdout == "var1:0\n"
    assert run_scenario(swap_scenario(scenario).scenario).stdout == "my_scope/var1:0\n"
