"""The JSON documents validate against the shipped schemas, for every scenario and corpus case."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.load import load_scenario
from scopecli.render.json_doc import dumps, explain_document, load_schema
from scopecli.render.model import explain_result
from scopecli.render.names import name_records, names_document
from scopecli.run import run_scenario
from tests.paths import SHARED_CASES
from tests.scratch import scratch_dir

ROOT = Path(__file__).resolve().parent.parent
CASES = SHARED_CASES


def scenario_files() -> list[Path]:
    files = sorted((ROOT / "scenarios").glob("*.y*ml")) + sorted((ROOT / "scenarios").glob("*.py"))
    snapshots = ROOT / "tests" / "snapshots"
    files += sorted(snapshots.glob("*.y*ml")) + sorted(snapshots.glob("*.py"))
    if CASES.is_dir():
        files += sorted(CASES.glob("*.py")) + sorted(CASES.glob("*.yaml"))
    return files


@pytest.fixture(scope="module")
def explain_validator() -> jsonschema.protocols.Validator:
    schema = load_schema("explain-v1")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def names_validator() -> jsonschema.protocols.Validator:
    schema = load_schema("names-v1")
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def strict_loads(text: str) -> object:
    """json.loads that refuses NaN/Infinity, which are not JSON."""
    def refuse(token: str) -> float:
        raise AssertionError(f"non-JSON number {token} in the document")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("path", scenario_files(), ids=lambda p: p.name)
def test_documents_validate(path: Path, explain_validator: jsonschema.protocols.Validator,
                            names_validator: jsonschema.protocols.Validator) -> None:
    result = run_scenario(load_scenario(str(path)))
    explained = explain_result(result)
    document = strict_loads(dumps(explain_document(explained)))
    explain_validator.validate(document)
    assert document["exit_code"] == result.exit_code
    assert document["stdout"] == result.stdout
    ops = sum(len(g["ops"]) for g in document["graphs"])
    assert ops == sum(len(g.ops) for g in result.state.graphs)
    names_validator.validate(strict_loads(names_document(name_records(explained, all_ops=True))))


def test_cli_json_has_every_op_variable_and_the_error() -> None:
    source = ("steps:\n  - with tf.name_scope('n'):\n      - v = tf.get_variable('v', [2])\n"
              "      - x = tf.constant([1.0, float('nan'), float('-inf')], name='x')\n"
              "      - y = x + 1.0\n  - with tf.variable_scope('s'):\n      - tf.get_variable('v', [2])\n"
              "      - w = tf.get_variable('v', [2])\nexpect:\n  x.name: n/x:0\n")
    runner = CliRunner()
    with scratch_dir():
        Path("case.yaml").write_text(source, encoding="utf-8")
        result = runner.invoke(cli, ["explain", "--format", "json", "case.yaml"])
    assert result.exit_code == 1
    document = strict_loads(result.stdout)
    jsonschema.validate(document, load_schema("explain-v1"))
    graph = document["graphs"][0]
    ops = {op["name"]: op for op in graph["ops"]}
    assert ops["n/x"]["value"] == {"text": "[ 1. nan -inf]", "data": [1.0, None, None], "random": False}
    assert ops["n/add"]["inputs"] == ["n/x", "n/add/y"] and ops["n/add"]["name_scope"] == "n"
    assert ops["n/add/y"]["internal"] is True and ops["n/add"]["api"] == "+"
    variables = {v["name"]: v for v in graph["variables"]}
    assert variables["v"]["created_by"] == "get_variable" and variables["v"]["line"] == 3
    assert any("ignored name scope `n/`" in note for note in variables["v"]["notes"])
    assert variables["v"]["value"]["random"] is True
    assert variables["v"]["initializer"] == "default glorot_uniform"
    assert document["error"]["type"] == "ValueError" and document["error"]["line"] == 8
    assert document["error"]["source_line"] == "      - w = tf.get_variable('v', [2])"
    assert document["expectations"][0]["checked"] is False


def test_non_finite_expected_values_are_null_with_text() -> None:
    scenario = load_scenario("case.yaml", text="steps:\n  - x = 1.0\nexpect:\n  x: 1.0\n")
    explained = explain_result(run_scenario(scenario))
    # YAML has no portable NaN literal in `expect:`; a float NaN can still reach the document.
    explained.expectations[0].expected = [float("nan"), float("inf"), 2.5]
    document = strict_loads(dumps(explain_document(explained)))
    jsonschema.validate(document, load_schema("explain-v1"))
    check = document["expectations"][0]
    assert check["expected"] == [None, None, 2.5] and check["expected_text"] == "[nan, inf, 2.5]"


def test_diff_documents_validate_and_name_objects_by_op_name() -> None:
    schema = load_schema("diff-v1")
    for path in sorted(Path(__file__).resolve().parent.parent.glob("scenarios/*.yaml"))[:8]:
        result = CliRunner().invoke(cli, ["diff", str(path), "--format", "json", "--all"])
        assert result.exit_code == 0, result.stderr
        document = json.loads(result.stdout)
        jsonschema.validate(document, schema)
        for row in document["rows"]:
            for side in (row["left"], row["right"]):
                if side is not None and side["tensor"] is not None:
                    assert side["tensor"].startswith(side["name"] + ":")  # one rule: op name, tensor beside


def test_a_run_that_stopped_says_where_in_both_documents(tmp_path: Path) -> None:
    # Partial results (SPEC 5.1): what was built before the refusal, and `stopped`.
    source = ("import tensorflow as tf\na = tf.constant(1, name='a')\nclass Net(object):\n"
              "    def __init__(self):\n        self.w = tf.get_variable('w', [1])\nNet()\ntf.no_such_op()\n")
    path = tmp_path / "stop.py"
    path.write_text(source)
    runner = CliRunner()
    explained = runner.invoke(cli, ["explain", "--format", "json", str(path)])
    assert explained.exit_code == 2
    document = strict_loads(explained.stdout)
    jsonschema.validate(document, load_schema("explain-v1"))
    assert document["stopped"]["line"] == 7 and document["stopped"]["kind"] == "refused"
    assert document["stopped"]["text"] == f"stopped at {path}:7: `tf.no_such_op` is not supported by scopecli"
    assert document["error"]["kind"] == "refused" and document["exit_code"] == 2
    assert [v["name"] for g in document["graphs"] for v in g["variables"]] == ["w"]
    names = runner.invoke(cli, ["names", "--format", "json", str(path)])
    assert names.exit_code == 2
    listed = strict_loads(names.stdout)
    jsonschema.validate(listed, load_schema("names-v1"))
    assert [r["name"] for r in listed["names"]] == ["a", "w"]
    assert listed["stopped"] == [{"file": str(path), "line": 7, "text": document["stopped"]["text"]}]
