"""`scopecli names`: formats, filters, several files like grep, exit codes, and a reader that quits."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from scopecli.cli import cli
from tests.scratch import scratch_dir

SCENARIO = """steps:
  - with tf.name_scope("my_scope"):
      - v1 = tf.get_variable("var1", [1], dtype=tf.float32)
      - v2 = tf.Variable(1, name="var2", dtype=tf.float32)
      - a = tf.add(v1, v2)
"""
ERROR = """import tensorflow as tf
c = tf.constant(1, name="before")
with tf.variable_scope("s"):
    tf.get_variable("v", [1])
with tf.variable_scope("s"):
    tf.get_variable("v", [1])
"""


def names(args: list[str], files: dict[str, str]) -> tuple[int, str, str]:
    runner = CliRunner()
    with scratch_dir():
        for name, text in files.items():
            Path(name).write_text(text, encoding="utf-8")
        result = runner.invoke(cli, ["names", *args])
    return result.exit_code, result.stdout, result.stderr


def test_one_name_per_line_in_creation_order() -> None:
    code, out, err = names(["a.yaml"], {"a.yaml": SCENARIO})
    assert (code, err) == (0, "")
    assert out.splitlines() == ["var1", "my_scope/var2", "my_scope/Add"]


def test_variables_only_and_all_ops() -> None:
    _, out, _ = names(["--variables-only", "a.yaml"], {"a.yaml": SCENARIO})
    assert out.splitlines() == ["var1", "my_scope/var2"]
    _, out, _ = names(["--all-ops", "a.yaml"], {"a.yaml": SCENARIO})
    lines = out.splitlines()
    assert {"var1/Assign", "var1/read", "my_scope/var2/initial_value", "my_scope/Add"} <= set(lines)
    assert lines.count("var1") == 1  # a variable is listed once, not also as its VariableV2 op


def test_tsv_columns() -> None:
    _, out, _ = names(["--format", "tsv", "a.yaml"], {"a.yaml": SCENARIO})
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == ["kind", "name", "type", "dtype", "shape", "line"]  # a header, as diff's TSV has
    assert rows[1] == ["variable", "var1", "VariableV2", "float32", "(1,)", "3"]
    assert rows[3] == ["op", "my_scope/Add", "AddV2", "float32", "(1,)", "5"]


def test_jsonl_one_object_per_line() -> None:
    _, out, _ = names(["--format", "jsonl", "--all-ops", "a.yaml"], {"a.yaml": SCENARIO})
    records = [json.loads(line) for line in out.splitlines()]
    variables = [r["name"] for r in records if r["kind"] == "variable"]
    assert variables == ["var1", "my_scope/var2"]
    assert {r["kind"] for r in records} == {"variable", "op", "internal"}
    var1 = next(r for r in records if r["name"] == "var1")
    assert var1["created_by"] == "get_variable" and var1["shape"] == [1] and var1["internal"] is False


def test_several_files_are_prefixed_like_grep() -> None:
    files = {"a.yaml": SCENARIO, "b.yaml": "steps:\n  - c = tf.constant(1)\n"}
    code, out, _ = names(["a.yaml", "b.yaml"], files)
    assert code == 0
    assert out.splitlines() == ["a.yaml:var1", "a.yaml:my_scope/var2", "a.yaml:my_scope/Add", "b.yaml:Const"]
    files["b.yaml"] = "steps:\n  - c = 1\n"
    _, out, _ = names(["--format", "tsv", "a.yaml", "b.yaml"], files)
    header, *rows = out.splitlines()
    assert header.startswith("file\tkind\tname") and all(line.startswith("a.yaml\t") for line in rows)


def test_scenario_error_lists_names_made_before_it_and_exits_1() -> None:
    code, out, err = names(["e.py"], {"e.py": ERROR})
    assert code == 1
    assert out.splitlines() == ["before", "s/v"]
    assert "scopecli: stopped at e.py:6: ValueError: Variable s/v already exists" in err


def test_refusal_lists_names_made_before_it_and_exits_2() -> None:
    source = ("import tensorflow as tf\na = tf.constant(1, name='a')\nclass Net(object):\n"
              "    def __init__(self):\n        self.w = tf.get_variable('w', [1])\nnet = Net()\n"
              "tf.no_such_op()\nb = tf.constant(2, name='b')\n")
    code, out, err = names(["p.py"], {"p.py": source})
    assert code == 2
    assert out.splitlines() == ["a", "w"]
    assert "stopped at p.py:7: `tf.no_such_op` is not supported by scopecli" in err


def test_unreadable_file_is_reported_and_the_others_still_listed() -> None:
    code, out, err = names(["missing.yaml", "a.yaml"], {"a.yaml": SCENARIO})
    assert code == 2
    assert "a.yaml:var1" in out
    assert "missing.yaml" in err and "Traceback" not in err


def test_json_document_collects_every_file() -> None:
    _, out, _ = names(["--format", "json", "a.yaml", "b.yaml"], {"a.yaml": SCENARIO, "b.yaml": SCENARIO})
    document = json.loads(out)
    assert document["schema"] == 1
    assert [r["file"] for r in document["names"]].count("b.yaml") == 3


def test_reader_that_quits_early_gets_no_traceback(tmp_path: Path) -> None:
    scenario = tmp_path / "many.py"
    scenario.write_text("import tensorflow as tf\nfor i in range(3000):\n"
                        "    tf.constant(i, name='a_fairly_long_constant_name_to_fill_the_pipe')\n")
    process = subprocess.Popen([sys.executable, "-m", "scopecli", "names", str(scenario)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # what `| head -1` does after its line
    err = process.stderr.read().decode()
    process.wait(timeout=60)
    assert first == b"a_fairly_long_constant_name_to_fill_the_pipe\n"
    assert "Traceback" not in err and "BrokenPipe" not in err and err == ""
    assert process.returncode == 141
