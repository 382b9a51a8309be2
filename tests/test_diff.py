"""`scopecli diff`: both variants' names equal real TensorFlow's, objects line up by creation site.

The TF_* constants below were recorded with real TensorFlow 2.21 (tf.compat.v1, v2 behaviour
disabled) by running each program and its hand-swapped twin with `tfpy` and printing, after the
program, `[op.name for op in tf.get_default_graph().get_operations()]` and
`[v.name for v in tf.global_variables()]`. The hand-swapped twins are the programs below with
`tf.name_scope` and `tf.variable_scope` exchanged in the source text; errors are the last line of
TF's traceback.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.load import load_scenario
from scopecli.render.diff import Row, diff_sides, side_of
from scopecli.render.diff_output import name_spans
from scopecli.run import run_scenario
from scopecli.swap import swap_scenario
from tests.paths import SHARED_CASES

# Verbatim copies of the shared corpus' two seed scenarios (checked against it below when it is
# present), so these tests run wherever the repository is.
SEED_FUNCTION_TEXT = r'''title: The same body under variable_scope and under name_scope
about: |
  A function creates a Variable, a get_variable and a constant, and combines them in a
  nested scope. Called with tf.variable_scope every name carries the scope; called with
  tf.name_scope the get_variable result "b" stays at the root.
steps:
  - def scoping(fn, scope1, scope2, vals):
      - with fn(scope1):
          - a = tf.Variable(vals[0], name='a')
          - b = tf.get_variable('b', initializer=vals[1])
          - c = tf.constant(vals[2], name='c')
          - with fn(scope2):
              - d = tf.add(a * b, c, name='res')
          - print('\n '.join([scope1, a.name, b.name, c.name, d.name]), '\n')
      - return d
  - d1 = scoping(tf.variable_scope, 'scope_vars', 'res', [1, 2, 3])
  - d2 = scoping(tf.name_scope, 'scope_name', 'res', [1, 2, 3])
  - with tf.Session() as sess:
      - sess.run(tf.global_variables_initializer())
      - print(sess.run([d1, d2]))
expect:
  d1.name: scope_vars/res/res:0
  d2.name: scope_name/res/res:0
'''
SEED_GET_VARIABLE_TEXT = r'''import tensorflow as tf

with tf.name_scope("my_scope"):
    v1 = tf.get_variable("var1", [1], dtype=tf.float32)
    v2 = tf.Variable(1, name="var2", dtype=tf.float32)
    a = tf.add(v1, v2)

print(v1.name)  # var1:0
print(v2.name)  # my_scope/var2:0
print(a.name)   # my_scope/Add:0
'''
SEEDS = {"seed-scoping-function.yaml": SEED_FUNCTION_TEXT,
         "seed-get-variable-ignores-name-scope.py": SEED_GET_VARIABLE_TEXT}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The seed scenarios as files: {"function": path, "get_variable": path}."""
    folder = tmp_path_factory.mktemp("seeds")
    for name, text in SEEDS.items():
        (folder / name).write_text(text)
    return {"function": str(folder / "seed-scoping-function.yaml"),
            "get_variable": str(folder / "seed-get-variable-ignores-name-scope.py")}


@pytest.mark.skipif(not SHARED_CASES.is_dir(), reason="shared corpus not present")
@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_copies_match_the_shared_corpus(name: str) -> None:
    assert (SHARED_CASES / name).read_text() == SEEDS[name]

# -- what real TF named (see the module docstring for how these were obtained) -----------------------

def _variable_ops(prefix: str) -> list[str]:
    return [f"{prefix}/initial_value", prefix, f"{prefix}/Assign", f"{prefix}/read"]


def _glorot(prefix: str) -> list[str]:
    init = f"{prefix}/Initializer/random_uniform"
    return [f"{init}/shape", f"{init}/min", f"{init}/max", f"{init}/RandomUniform", f"{init}/sub",
            f"{init}/mul", init, prefix, f"{prefix}/Assign", f"{prefix}/read"]


TF_SEED_GET_VARIABLE = {
    "written": [*_glorot("var1"), *_variable_ops("my_scope/var2"), "my_scope/Add"],
    "swapped": [*_glorot("my_scope/var1"), *_variable_ops("my_scope/var2"), "my_scope/Add"],
}
TF_SEED_GET_VARIABLE_VARS = {"written": ["var1:0", "my_scope/var2:0"],
                             "swapped": ["my_scope/var1:0", "my_scope/var2:0"]}


def _seed_function_ops(b1: str, b2: str) -> list[str]:
    return [*_variable_ops("scope_vars/a"), *_variable_ops(b1), "scope_vars/c", "scope_vars/res/mul",
            "scope_vars/res/res", *_variable_ops("scope_name/a"), *_variable_ops(b2), "scope_name/c",
            "scope_name/res/mul", "scope_name/res/res", "init"]


TF_SEED_FUNCTION = {"written": _seed_function_ops("scope_vars/b", "b"),
                    "swapped": _seed_function_ops("b", "scope_name/b")}
TF_SEED_FUNCTION_VARS = {"written": ["scope_vars/a:0", "scope_vars/b:0", "scope_name/a:0", "b:0"],
                         "swapped": ["scope_vars/a:0", "b:0", "scope_name/a:0", "scope_name/b:0"]}

# A function called twice: its ops must line up call by call.
FUNCTION_TWICE = '''import tensorflow as tf

def dense(x, wname):
    with tf.name_scope("dense"):
        w = tf.get_variable(wname, [1], initializer=tf.ones_initializer())
        b = tf.Variable([0.0], name="b")
        return tf.add(x * w, b, name="out")


x = tf.constant([1.0], name="x")
h = dense(x, "w1")
y = dense(h, "w2")
'''
TF_FUNCTION_TWICE = {
    "written": ["x", "w1/Initializer/ones", "w1", "w1/Assign", "w1/read", *_variable_ops("dense/b"),
                "dense/mul", "dense/out", "w2/Initializer/ones", "w2", "w2/Assign", "w2/read",
                *_variable_ops("dense_1/b"), "dense_1/mul", "dense_1/out"],
    "swapped": ["x", "dense/w1/Initializer/ones", "dense/w1", "dense/w1/Assign", "dense/w1/read",
                *_variable_ops("dense/b"), "dense/mul", "dense/out", "dense/w2/Initializer/ones", "dense/w2",
                "dense/w2/Assign", "dense/w2/read", *_variable_ops("dense_1/b"), "dense_1/mul",
                "dense_1/out"],
}

# A for loop building layers: one call site, three iterations.
LOOP = '''import tensorflow as tf
x = tf.placeholder(tf.float32, [None, 4], name="x")
h = x
for i in range(3):
    with tf.variable_scope("layer"):
        w = tf.get_variable("w%d" % i, [4, 4])
        h = tf.nn.relu(tf.matmul(h, w))
'''


TF_LOOP = {
    "written": ["x", *_glorot("layer/w0"), "layer/MatMul", "layer/Relu", *_glorot("layer/w1"),
                "layer_1/MatMul", "layer_1/Relu", *_glorot("layer/w2"), "layer_2/MatMul", "layer_2/Relu"],
    "swapped": ["x", *_glorot("w0"), "layer/MatMul", "layer/Relu", *_glorot("w1"), "layer_1/MatMul",
                "layer_1/Relu", *_glorot("w2"), "layer_2/MatMul", "layer_2/Relu"],
}

# variable_scope(..., reuse=...) swapped to name_scope: TF raises at the `with`, after `x` exists.
INVALID_SWAP = '''import tensorflow as tf
x = tf.constant(1.0, name="x")
with tf.variable_scope("enc", reuse=tf.AUTO_REUSE):
    w = tf.get_variable("w", [2])
'''
TF_INVALID_SWAP_ERROR = "TypeError: name_scope_v1.__init__() got an unexpected keyword argument 'reuse'"
TF_INVALID_SWAP_WRITTEN = ["x", *_glorot("enc/w")]

# Two files: B adds a line at the top (every line moves) and renames the scope.
FILE_A = '''import tensorflow as tf
with tf.name_scope("enc"):
    w = tf.get_variable("w", [2])
    b = tf.Variable(0.0, name="b")
    y = w * b
'''
FILE_B = '''import tensorflow as tf
c0 = tf.constant(1.0, name="extra")
with tf.variable_scope("encoder"):
    w = tf.get_variable("w", [2])
    b = tf.Variable(0.0, name="b")
    y = w * b
'''
TF_FILE_A = [*_glorot("w"), *_variable_ops("enc/b"), "enc/mul"]
TF_FILE_B = ["extra", *_glorot("encoder/w"), *_variable_ops("encoder/b"), "encoder/mul"]


# -- helpers -------------------------------------------------------------------------------------------

def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, ["diff", *args], input=input, env={"COLUMNS": "100", **(env or {})},
                              catch_exceptions=False)


def diff_json(*args: str, input: str | None = None) -> dict[str, Any]:
    result = invoke(*args, "--format", "json", input=input)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def op_name(shown: str) -> str:
    """A diff row's name (`v:0` for a variable or an op's first output) as the op name TF lists."""
    return re.sub(r":\d+$", "", shown)


def column_ops(document: dict[str, Any], side: str) -> list[str]:
    return [op_name(row[side]["name"]) for row in document["rows"] if row[side] is not None]


def column_variables(document: dict[str, Any], side: str) -> list[str]:
    return [row[side]["tensor"] for row in document["rows"]
            if row[side] is not None and row[side]["kind"] in ("get_variable", "Variable")]


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


# -- both variants name everything exactly as TF does ----------------------------------------------------

@pytest.mark.parametrize(("seed", "ops", "variables"), [
    ("get_variable", TF_SEED_GET_VARIABLE, TF_SEED_GET_VARIABLE_VARS),
    ("function", TF_SEED_FUNCTION, TF_SEED_FUNCTION_VARS),
])
def test_seed_columns_equal_real_tf(seeds: dict[str, str], seed: str, ops: dict[str, list[str]],
                                    variables: dict[str, list[str]]) -> None:
    document = diff_json(seeds[seed], "--all", "--all-ops")
    assert column_ops(document, "left") == ops["written"]
    assert column_ops(document, "right") == ops["swapped"]
    assert column_variables(document, "left") == variables["written"]
    assert column_variables(document, "right") == variables["swapped"]
    assert document["left"]["error"] is None and document["right"]["error"] is None


@pytest.mark.parametrize(("text", "ops"), [(FUNCTION_TWICE, TF_FUNCTION_TWICE), (LOOP, TF_LOOP)],
                         ids=["function-twice", "loop"])
def test_function_and_loop_columns_equal_real_tf(tmp_path: Path, text: str,
                                                 ops: dict[str, list[str]]) -> None:
    document = diff_json(write(tmp_path, "s.py", text), "--all", "--all-ops")
    assert column_ops(document, "left") == ops["written"]
    assert column_ops(document, "right") == ops["swapped"]
    # Same site on both sides of every row: nothing was paired across calls or iterations.
    assert all(row["left"]["site"] == row["right"]["site"] and row["left"]["count"] == row["right"]["count"]
               for row in document["rows"])


def test_seed_get_variable_default_view(seeds: dict[str, str]) -> None:
    document = diff_json(seeds["get_variable"])
    assert document["left"]["label"] == "as written: name_scope"
    assert document["right"]["label"] == "swapped: variable_scope"
    assert [(r["kind"], r["line"], r["left"]["name"], r["right"]["name"]) for r in document["rows"]] == [
        ("get_variable", 4, "var1", "my_scope/var1")]
    assert document["rows"][0]["why"] == ["get_variable ignores name_scope; variable_scope prefixes it"]
    assert (document["changed"], document["unchanged"]) == (1, 2)


def test_seed_function_rows_line_up_per_call(seeds: dict[str, str]) -> None:
    document = diff_json(seeds["function"])
    rows = [(r["left"]["name"], r["right"]["name"], [s["line"] for s in r["left"]["site"]])
            for r in document["rows"]]
    # line 10 is the get_variable; 16 and 17 the two calls of scoping().
    assert rows == [("scope_vars/b", "b", [16, 10]), ("b", "scope_name/b", [17, 10])]
    assert (document["changed"], document["unchanged"]) == (2, 9)


def test_loop_iterations_pair_by_count(tmp_path: Path) -> None:
    document = diff_json(write(tmp_path, "loop.py", LOOP))
    assert [(r["left"]["name"], r["right"]["name"], r["left"]["count"]) for r in document["rows"]] == [
        ("layer/w0", "w0", 0), ("layer/w1", "w1", 1), ("layer/w2", "w2", 2)]


def test_function_called_twice_pairs_by_call_site(tmp_path: Path) -> None:
    document = diff_json(write(tmp_path, "fn.py", FUNCTION_TWICE))
    rows = [(r["left"]["name"], r["right"]["name"], r["left"]["site"][0]["line"]) for r in document["rows"]]
    assert rows == [("w1", "dense/w1", 11), ("w2", "dense/w2", 12)]


# -- a swap that breaks the scenario -----------------------------------------------------------------------

def test_invalid_swap_shows_tf_error_in_its_column(tmp_path: Path) -> None:
    path = write(tmp_path, "reuse.py", INVALID_SWAP)
    document = diff_json(path, "--all", "--all-ops")
    error = document["right"]["error"]
    assert f"{error['type']}: {error['message']}" == TF_INVALID_SWAP_ERROR
    assert (error["line"], error["col"]) == (3, 6)
    assert document["left"]["error"] is None
    assert column_ops(document, "left") == TF_INVALID_SWAP_WRITTEN
    assert column_ops(document, "right") == ["x"]  # built before the failing `with`, as in TF
    statuses = {row["left"]["name"]: row["status"] for row in document["rows"]}
    assert statuses["x"] == "unchanged" and statuses["enc/w"] == "removed"

    table = invoke(path)
    assert table.exit_code == 0
    assert re.search(r"^3 +error +TypeError$", table.stdout, re.M)
    assert TF_INVALID_SWAP_ERROR.partition(": ")[2] in table.stdout
    assert "not created when swapped: that run stopped at line 3 with TypeError" in table.stdout


def test_scenario_error_in_one_column(tmp_path: Path) -> None:
    # name_scope yields a string: `scope.reuse_variables()` is an AttributeError after the swap.
    path = write(tmp_path, "s.py", 'import tensorflow as tf\nwith tf.variable_scope("a") as scope:\n'
                                    '    scope.reuse_variables()\n')
    document = diff_json(path)
    assert document["right"]["error"]["type"] == "AttributeError"
    assert document["right"]["error"]["message"] == "'str' object has no attribute 'reuse_variables'"
    assert document["differs"] is True


# -- exit codes and bad input ----------------------------------------------------------------------------

def test_exit_code_flag(seeds: dict[str, str], tmp_path: Path) -> None:
    assert invoke(seeds["get_variable"]).exit_code == 0
    assert invoke(seeds["get_variable"], "--exit-code").exit_code == 1
    same = write(tmp_path, "same.py", 'import tensorflow as tf\nwith tf.name_scope("s"):\n'
                                      '    c = tf.constant(1.0)\n')
    result = invoke(same, "--exit-code")
    assert result.exit_code == 0
    assert result.stdout == "0 changed · 1 unchanged (--all to list)\n"
    assert invoke(seeds["get_variable"], seeds["get_variable"], "--exit-code").exit_code == 0


@pytest.mark.parametrize("args", [
    ["missing.py"],
    ["a.py", "b.py", "c.py"],
    ["a.py", "b.py", "--swap", "x=y"],
    ["a.py", "--swap", "nonsense"],
    ["a.py", "--swap", "tf.x=1y"],
    ["a.py", "--swap", "tf.__class__=tf.x"],
    ["noscope.py"],
    ["-", "-"],
])
def test_bad_input_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "a.py", FILE_A)
    write(tmp_path, "b.py", FILE_B)
    write(tmp_path, "noscope.py", "import tensorflow as tf\nc = tf.constant(1)\n")
    result = invoke(*args, input="")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.stderr.strip()


def test_nothing_to_swap_message(tmp_path: Path) -> None:
    result = invoke(write(tmp_path, "n.py", "import tensorflow as tf\nc = tf.constant(1)\n"))
    assert "nothing to swap" in result.stderr and "n.py:1:1" in result.stderr


# -- machine formats -------------------------------------------------------------------------------------

def test_tsv(seeds: dict[str, str]) -> None:
    result = invoke(seeds["get_variable"], "--format", "tsv")
    assert result.stdout.splitlines() == [
        "status\tline\tkind\tleft\tright\twhy",
        "changed\t4\tget_variable\tvar1\tmy_scope/var1\t"
        "get_variable ignores name_scope; variable_scope prefixes it",
    ]
    everything = invoke(seeds["get_variable"], "--format", "tsv", "--all").stdout.splitlines()
    assert everything[2:] == ["unchanged\t5\tVariable\tmy_scope/var2\tmy_scope/var2\t",
                              "unchanged\t6\tAddV2\tmy_scope/Add\tmy_scope/Add\t"]


def test_tsv_error_row(tmp_path: Path) -> None:
    lines = invoke(write(tmp_path, "r.py", INVALID_SWAP), "--format", "tsv").stdout.splitlines()
    assert lines[-1] == f"error\t3\tTypeError\t\t{TF_INVALID_SWAP_ERROR}\t"


def test_json_is_plain_even_with_color(seeds: dict[str, str]) -> None:
    result = invoke(seeds["get_variable"], "--format", "json", "--color")
    assert "\x1b" not in result.stdout
    assert json.loads(result.stdout)["schema"] == 1


# -- two files -------------------------------------------------------------------------------------------

def test_two_files(tmp_path: Path) -> None:
    a, b = write(tmp_path, "a.py", FILE_A), write(tmp_path, "b.py", FILE_B)
    document = diff_json(a, b, "--all", "--all-ops")
    assert column_ops(document, "left") == TF_FILE_A
    assert column_ops(document, "right") == TF_FILE_B
    assert (document["left"]["label"], document["right"]["label"]) == (a, b)
    default = diff_json(a, b)
    assert [(r["status"], r["kind"], r["left"] and r["left"]["name"], r["right"]["name"])
            for r in default["rows"]] == [
        ("added", "Const", None, "extra"),
        ("changed", "get_variable", "w", "encoder/w"),
        ("changed", "Variable", "enc/b", "encoder/b"),
        ("changed", "Mul", "enc/mul", "encoder/mul"),
    ]
    assert default["rows"][1]["why"] == ["get_variable ignores name_scope; variable_scope prefixes it"]


def test_stdin(tmp_path: Path) -> None:
    a = write(tmp_path, "a.py", FILE_A)
    document = diff_json(a, "-", input=FILE_B)
    assert document["right"]["label"] == "<stdin>"
    assert invoke("-", "--format", "tsv", input=SEED_GET_VARIABLE_TEXT).stdout.splitlines()[1].startswith(
        "changed\t4\tget_variable\tvar1\tmy_scope/var1")


# -- the table -------------------------------------------------------------------------------------------

def test_table_plain_when_piped(seeds: dict[str, str]) -> None:
    result = invoke(seeds["get_variable"])
    assert result.stdout == (
        "line  kind          as written: name_scope  swapped: variable_scope\n"
        "4     get_variable  var1                    my_scope/var1\n"
        "                    why: get_variable ignores name_scope; variable_scope prefixes it\n"
        "1 changed · 2 unchanged (--all to list)\n")
    assert invoke(seeds["get_variable"], "--color", env={"NO_COLOR": "1"}).stdout != result.stdout
    assert invoke(seeds["get_variable"], env={"NO_COLOR": "1"}).stdout == result.stdout
    assert invoke(seeds["get_variable"], "--no-color").stdout == result.stdout


def test_table_highlights_the_differing_part(seeds: dict[str, str]) -> None:
    out = invoke(seeds["get_variable"], "--color").stdout
    green = re.search(r"\x1b\[[0-9;]*32m([^\x1b]*)\x1b\[0m", out)
    assert green is not None and green.group(1) == "my_scope/"
    assert "var1" in re.sub(r"\x1b\[[0-9;]*m", "", out)


def test_table_all_lists_unchanged_rows(seeds: dict[str, str]) -> None:
    out = invoke(seeds["function"], "--all").stdout
    assert re.search(r"^9 \(called at 16\) +Variable +scope_vars/a +scope_vars/a$", out, re.M)
    assert out.rstrip().endswith("2 changed · 9 unchanged")


@pytest.mark.parametrize(("left", "right", "spans_left", "spans_right"), [
    ("var1:0", "my_scope/var1:0", [("var1:0", False)], [("my_scope/", True), ("var1:0", False)]),
    ("Add:0", "Add_1:0", [("Add", False), (":0", False)], [("Add", False), ("_1", True), (":0", False)]),
    ("scope_vars/b:0", "scope_name/b:0", [("scope_", False), ("vars", True), ("/b:0", False)],
     [("scope_", False), ("name", True), ("/b:0", False)]),
])
def test_name_spans(left: str, right: str, spans_left: list[Any], spans_right: list[Any]) -> None:
    assert name_spans(left, right) == (spans_left, spans_right)


def test_library_diff_without_cli(seeds: dict[str, str]) -> None:
    scenario = load_scenario(seeds["get_variable"])
    swapped = swap_scenario(scenario)
    diff = diff_sides(side_of("as written", run_scenario(scenario)),
                      side_of("swapped", run_scenario(swapped.scenario)))
    assert diff.differs
    changed: list[Row] = diff.changed_rows
    pairs = [(r.left and r.left.name, r.right and r.right.name) for r in changed]
    assert pairs == [("var1", "my_scope/var1")]


def test_why_names_the_legacy_scope_apis(tmp_path: Path) -> None:
    # real TF 2.21: fc/w under variable_op_scope([x], "fc"), w under op_scope([x], "fc")
    path = write(tmp_path, "legacy.py", 'import tensorflow as tf\nx = tf.constant(1.0)\n'
                                        'with tf.variable_op_scope([x], "fc"):\n'
                                        '    w = tf.get_variable("w", [1])\n')
    row, = diff_json(path)["rows"]
    assert (row["left"]["name"], row["right"]["name"]) == ("fc/w", "w")
    assert row["why"] == ["get_variable ignores op_scope; variable_op_scope prefixes it"]


def test_why_when_the_variable_scope_and_its_name_scope_differ(tmp_path: Path) -> None:
    # The variable scope is `layer` while the name scope it opens is `layer_1` (the shared case
    # 16-var-scope-default-name-vs-name-scope); swapped, get_variable ignores `layer_1/`.
    path = write(tmp_path, "s.py", 'import tensorflow as tf\nwith tf.name_scope("layer"):\n'
                                   '    x = tf.constant(1)\n'
                                   'with tf.variable_scope(None, default_name="layer"):\n'
                                   '    w = tf.get_variable("w", [1])\n')
    rows = diff_json(path)["rows"]
    assert [(r["left"]["name"], r["right"]["name"], r["why"]) for r in rows] == [
        ("layer/w", "w", ["get_variable ignores name_scope; variable_scope prefixes it"])]


def test_printed_output_is_compared_too(tmp_path: Path) -> None:
    # Nothing but what `as s` binds changes: a scope string vs a VariableScope object.
    path = write(tmp_path, "s.py", 'import tensorflow as tf\nwith tf.name_scope("a") as s:\n'
                                   '    pass\nprint(s)\n')
    document = diff_json(path)
    assert (document["changed"], document["differs"], document["printed_output_differs"]) == (0, False, True)
    assert invoke(path).stdout == "0 changed · 0 unchanged · printed output differs\n"
