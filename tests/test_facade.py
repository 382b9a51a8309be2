"""The `tf` facade built from @tf_export declarations: lazy members, listable names, frames that
say which public call made an op or scope, and the declaration rules (stand-ins give way)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from scopecli.engine.framework import tf_export
from scopecli.engine.framework.state import TFState
from scopecli.engine.namespace import build_tf, export_tree, names
from scopecli.limits import DEFAULT_LIMITS
from scopecli.load.python_loader import load_python
from scopecli.model import Builtin, Namespace
from scopecli.run import run_scenario
from scopecli.runtime import Runtime


def _tf() -> Namespace:
    return build_tf(TFState(Runtime("t.py", DEFAULT_LIMITS)))


def test_members_are_made_on_first_read_and_kept() -> None:
    tf = _tf()
    assert tf.members.made() == []  # type: ignore[attr-defined]
    relu = tf.members["nn"].members["relu"]
    assert isinstance(relu, Builtin) and relu.qualname == "tf.nn.relu"
    assert tf.members["nn"].members["relu"] is relu
    assert tf.members.made() == ["nn"]  # type: ignore[attr-defined]
    assert tf.members["compat"].members["v1"] is tf
    assert tf.members.get("no_such_name") is None and "no_such_name" not in tf.members


def test_every_namespace_lists_its_valid_names() -> None:
    tf = _tf()
    listed = names(tf)
    assert {"add", "constant", "nn", "math", "variable_scope", "float32", "Session", "GraphKeys"} \
        <= set(listed)
    assert listed == sorted(listed)
    assert {"relu", "l2_loss", "softmax"} <= set(names(tf.members["nn"]))
    assert names(tf.members["float32"]) == []  # not a namespace


def test_every_export_tree_leaf_builds() -> None:
    """Each declared member can be made for a run (no name points at nothing)."""
    tf = _tf()

    def walk(namespace: Namespace, depth: int) -> int:
        made = 0
        for name in names(namespace):
            member = namespace.members[name]
            made += 1
            if isinstance(member, Namespace) and member is not tf and depth < 3:
                made += walk(member, depth + 1)
        return made

    assert walk(tf, 0) > 150
    assert len(export_tree()) > 100


def test_a_stand_in_gives_way_to_a_plain_declaration_in_either_order() -> None:
    def stand_in(state: object) -> None: ...

    def plain(state: object) -> None: ...

    try:
        tf_export.tf_export("scopecli_test.a", replaceable=True)(stand_in)
        tf_export.tf_export("scopecli_test.a")(plain)
        assert tf_export.EXPORTS["scopecli_test.a"][0] is plain
        tf_export.tf_export("scopecli_test.b")(plain)
        tf_export.tf_export("scopecli_test.b", replaceable=True)(stand_in)
        assert tf_export.EXPORTS["scopecli_test.b"][0] is plain
        with pytest.raises(KeyError, match="exported twice"):
            tf_export.tf_export("scopecli_test.b")(stand_in)
    finally:
        for name in ("scopecli_test.a", "scopecli_test.b"):
            tf_export.EXPORTS.pop(name, None)
            tf_export._REPLACEABLE.discard(name)


def test_ops_and_scopes_record_the_public_call_that_made_them() -> None:
    text = ("import tensorflow as tf\n"
            "with tf.variable_scope('a'):\n"
            "    v = tf.get_variable('v', [2])\n"
            "y = tf.add(v, 1.0)\n"
            "z = v * 2.0\n")
    result = run_scenario(load_python(text, "t.py"))
    assert result.error is None
    ops = {op.name: op for op in result.state.graph.ops}
    assert ops["a/v"].frame == ops["a/v/Assign"].frame == "tf.get_variable"
    assert ops["Add/y"].frame == "tf.add" and ops["Add"].api == "tf.add"
    assert ops["mul"].frame == ""  # an operator is not a public call
    assert result.state.frame == ""  # closed after each call


def test_a_scope_opened_inside_a_public_call_is_explained_by_it() -> None:
    from scopecli.engine.framework.tf_export import EXPORTS
    from scopecli.engine.ops.framework_ops import name_scope
    from scopecli.render.model import explain_result

    def block(state: TFState, name: str) -> object:  # opens a scope, as tf.layers.dense does
        with name_scope(state, name, None, None):
            from scopecli.engine.ops.math_arith_ops import add

            return add(state, 1.0, 2.0)

    tf_export.tf_export("scopecli_test.block")(block)
    try:
        text = "import tensorflow as tf\n\nx = tf.scopecli_test.block('dense')\n"
        result = run_scenario(load_python(text, "t.py"))
    finally:
        EXPORTS.pop("scopecli_test.block")
    assert result.error is None, result.error
    scope = next(s for g in explain_result(result).graphs for s in g.scopes if s.name == "dense")
    assert scope.frame is not None and (scope.frame.call, scope.frame.line) == ("tf.scopecli_test.block", 3)
    assert [(n.code, n.facts) for n in scope.notes if n.code == "frame"] == [
        ("frame", {"call": "tf.scopecli_test.block", "line": 3})]
    assert "made by tf.scopecli_test.block (line 3)" in scope.notes


def test_help_imports_no_numpy_rich_or_yaml() -> None:
    code = ("import sys, runpy\nsys.argv = ['scopecli', '--help']\n"
            "try:\n    runpy.run_module('scopecli', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('numpy', 'rich', 'yaml') if m in sys.modules), file=sys.stderr)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == "[]"
