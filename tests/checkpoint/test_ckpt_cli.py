"""`scopecli ckpt` end to end from the CLI: listings in every format, JSON against the shipped
schema, comparisons with scenarios (exit 0/1), the fix it writes, and bad input (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from scopecli.cli import cli
from scopecli.render.json_doc import load_schema

FIXTURES = Path(__file__).parent / "fixtures"


def ckpt(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["ckpt", *args, "--no-color"])
    return result.exit_code, result.stdout, result.stderr


def validate(doc: dict) -> None:
    schema = load_schema("ckpt-v1")
    jsonschema.validators.validator_for(schema)(schema).validate(doc)


@pytest.mark.parametrize("target", ["adam", "dtypes", "sharded/model.ckpt", "snappy/model.ckpt", "tf2",
                                    "v1/model.ckpt", "graphs/graph.pbtxt", "dtypes/model.ckpt.meta"])
def test_json_listing_validates_and_lists_tfs_names(target: str) -> None:
    code, out, _ = ckpt(str(FIXTURES / target), "--format", "json", "--values")
    assert code == 0
    doc = json.loads(out)
    validate(doc)
    assert doc["schema"] == 1
    if doc["variables"]:
        directory = FIXTURES / target.split("/")[0]
        expected = directory / ("ckpt-1" if directory.name == "tf2" else "model.ckpt")
        want = json.loads(expected.with_name(expected.name + ".expected.json").read_text())["variables"]
        assert [(v["name"], v["dtype"], v["shape"]) for v in doc["variables"]] == \
            [(v["name"], v["dtype"], v["shape"]) for v in want]


def test_tree_names_and_tsv() -> None:
    code, out, _ = ckpt(str(FIXTURES / "adam"), "--values")
    assert code == 0
    assert "└── model/\n    ├── hidden/\n    │   ├── bias    float32 (3,)    3 · min 0 " in out
    assert "optimizer slot" in out and "another machine" in out and "min " in out
    code, out, _ = ckpt(str(FIXTURES / "dtypes"), "--format", "tree")
    assert "├── one      string ()    1\n" in out  # s/one, s/strings: columns line up among siblings
    code, out, _ = ckpt(str(FIXTURES / "adam"), "--format", "names")
    assert out.splitlines()[:3] == ["beta1_power", "beta2_power", "global_step"]
    code, out, _ = ckpt(str(FIXTURES / "dtypes"), "--format", "tsv")
    assert "enc/embedding\tfloat32\t5,4\t20\tweight" in out.splitlines()


def test_the_code_that_made_the_checkpoint_matches(tmp_path: Path) -> None:
    code, out, _ = ckpt(str(FIXTURES / "adam"), str(FIXTURES / "model.py"), "--format", "json")
    doc = json.loads(out)
    validate(doc)
    assert code == 0 and not doc["missing"] and not doc["mismatched"] and not doc["renamed"]
    # global_step matches since tf.train.get_or_create_global_step builds it (trainutil)
    assert {m["name"] for m in doc["matched"]} == {"model/hidden/kernel", "model/hidden/bias",
                                                   "model/out/kernel", "model/out/bias", "global_step"}
    assert doc["summary"] == "only_training_state_differs"
    kinds = {u["name"]: u["kind"] for u in doc["unexpected"]}
    assert kinds["model/out/kernel/Adam_1"] == "optimizer_slot" and kinds["beta1_power"] == \
        "optimizer_accumulator" and "global_step" not in kinds


def test_renamed_scope_exits_1_with_a_scope_assignment_map() -> None:
    code, out, _ = ckpt(str(FIXTURES / "adam"), str(FIXTURES / "model_renamed.py"), "--format", "json")
    doc = json.loads(out)
    validate(doc)
    assert code == 1
    assert doc["assignment_map"] == {"model/": "net/"}
    assert sorted(doc["renames"]) == [["model/hidden/bias", "net/hidden/bias"],
                                      ["model/hidden/kernel", "net/hidden/kernel"],
                                      ["model/out/bias", "net/out/bias"],
                                      ["model/out/kernel", "net/out/kernel"]]
    assert doc["var_list"]["model/out/kernel"] == "net/out/kernel"
    # recorded by tests/checkpoint/tf_assignment_map_check.py with real TF
    recorded = json.loads((FIXTURES / "adam" / "assignment_map.outcome.json").read_text())
    assert recorded["all_accepted_and_restored"]
    outcome = next(o for o in recorded["variants"] if o["variant"] == "renamed")
    assert outcome["assignment_map"] == doc["assignment_map"] and len(outcome["restored"]) == 12
    code, out, _ = ckpt(str(FIXTURES / "adam"), str(FIXTURES / "model_renamed.py"))
    assert "scope renamed: `model/` in the checkpoint is `net/` in the code" in out
    assert 'init_from_checkpoint(CHECKPOINT, {"model/": "net/"})' in out


def test_uniquified_tf_variable_shape_change_and_prefix_added(tmp_path: Path) -> None:
    scenario = tmp_path / "model.py"
    scenario.write_text(
        "import tensorflow as tf\n"
        "a = tf.Variable(tf.zeros([2, 3]), name='a')\n"   # the checkpoint's sharded/a is (2, 3): matched
        "a2 = tf.Variable(tf.zeros([5]), name='a')\n"     # a_1: uniquified; pairs with nothing
        "b = tf.Variable(tf.zeros([4], tf.float64), name='b')\n"  # shape differs from (5,)
        "with tf.variable_scope('outer'):\n"
        "    step = tf.get_variable('step', [], tf.int64)\n")  # `step` in the checkpoint: prefix added
    code, out, _ = ckpt(str(FIXTURES / "sharded" / "model.ckpt"), str(scenario), "--format", "json")
    doc = json.loads(out)
    validate(doc)
    assert code == 1
    assert [m["name"] for m in doc["matched"]] == ["a"]
    assert [(m["name"], m["checkpoint_shape"]) for m in doc["mismatched"]] == [("b", [5])]
    assert [r["name"] for r in doc["renamed"]] == ["outer/step"]
    assert doc["assignment_map"] == {"/": "outer/"}  # TF: every store variable under outer/, from the root
    missing = {m["name"]: m for m in doc["missing"]}
    assert "a_1" in missing
    assert any("`a` was already taken" in n["text"] for n in missing["a_1"]["notes"])
    assert [u["name"] for u in doc["unexpected"]] == ["part"]


def test_tf_variable_renamed_is_not_mappable_by_string(tmp_path: Path) -> None:
    scenario = tmp_path / "model.py"
    scenario.write_text("import tensorflow as tf\n"
                        "with tf.name_scope('net'):\n"
                        "    a = tf.Variable(tf.zeros([2, 3]), name='a')\n")
    code, out, _ = ckpt(str(FIXTURES / "sharded" / "model.ckpt"), str(scenario), "--format", "json")
    doc = json.loads(out)
    assert code == 1 and doc["assignment_map"] == {}
    assert [(u["name"], u["code"]) for u in doc["unmappable"]] == [("net/a", "not_in_variable_store")]
    assert doc["var_list"] == {"a": "net/a"}


@pytest.mark.parametrize(("make", "message"), [
    (lambda d: (d / "x.index").write_bytes(b"\x00" * 10), "too short"),
    (lambda d: (d / "x.index").write_bytes((FIXTURES / "adam" / "model.ckpt.index").read_bytes()[:-1]),
     "not an SSTable"),
    (lambda d: (d / "x.index").write_bytes(bytes([b ^ (i == 40) for i, b in enumerate(
        (FIXTURES / "adam" / "model.ckpt.index").read_bytes())])), "checksum mismatch"),
])
def test_bad_files_exit_2_with_one_line(tmp_path: Path, make, message: str) -> None:
    make(tmp_path)
    code, out, err = ckpt(str(tmp_path / "x"))
    assert code == 2 and out == ""
    assert message in err and "x.index" in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_values_of_a_damaged_data_file_exit_2(tmp_path: Path) -> None:
    for item in (FIXTURES / "adam").glob("model.ckpt.*"):
        data = item.read_bytes()
        if ".data-" in item.name:
            data = data[:100] + bytes([data[100] ^ 1]) + data[101:]
        (tmp_path / item.name).write_bytes(data)
    assert ckpt(str(tmp_path / "model.ckpt"))[0] == 0  # listing reads only the index
    code, _, err = ckpt(str(tmp_path / "model.ckpt"), "--values")
    assert code == 2 and "checksum" in err


def test_object_based_checkpoint_is_compared_by_full_name(tmp_path: Path) -> None:
    scenario = tmp_path / "model.py"
    scenario.write_text("import tensorflow as tf\n"
                        "k = tf.Variable(tf.ones([3, 2]), name='dense/kernel')\n"
                        "b = tf.Variable(tf.zeros([2]), name='dense/bias')\n"
                        "s = tf.Variable(tf.constant(1, tf.int64), name='step')\n")
    code, out, _ = ckpt(str(FIXTURES / "tf2"), str(scenario), "--format", "json")
    doc = json.loads(out)
    assert code == 0 and sorted(m["name"] for m in doc["matched"]) == ["dense/bias", "dense/kernel", "step"]
    code, out, _ = ckpt(str(FIXTURES / "tf2"))
    assert "object-based" in out and "full_name dense/kernel" in out


def test_saved_model_directory_and_stale_state_file(tmp_path: Path) -> None:
    variables = tmp_path / "saved" / "variables"
    variables.mkdir(parents=True)
    for item in (FIXTURES / "adam").glob("model.ckpt.*"):
        (variables / item.name.replace("model.ckpt", "variables")).write_bytes(item.read_bytes())
    code, out, _ = ckpt(str(tmp_path / "saved"), "--format", "json")
    assert code == 0 and json.loads(out)["notices"][0]["code"] == "saved_model"
    (tmp_path / "stale").mkdir()
    (tmp_path / "stale" / "checkpoint").write_text('model_checkpoint_path: "/elsewhere/model.ckpt-9"\n')
    code, out, err = ckpt(str(tmp_path / "stale"))
    assert code == 2 and "/elsewhere/model.ckpt-9" in err and "does not exist" in err


def test_graph_file_tree_and_a_graph_file_cannot_be_compared(tmp_path: Path) -> None:
    code, out, _ = ckpt(str(FIXTURES / "graphs" / "graph.pb"))
    assert code == 0 and "y  Relu  ← MatMul\n" in out and "after_y  Identity  ← x, ^y\n" in out
    scenario = tmp_path / "m.py"
    scenario.write_text("import tensorflow as tf\nv = tf.Variable(1.0)\n")
    code, _, err = ckpt(str(FIXTURES / "dtypes" / "model.ckpt.meta"), str(scenario))
    assert code == 2 and "holds no variable values" in err


def test_every_kind_of_training_state_tf_writes_is_classified(tmp_path: Path) -> None:
    code, out, _ = ckpt(str(FIXTURES / "training" / "model.ckpt"), "--format", "json")
    kinds = {v["name"]: v["kind"] for v in json.loads(out)["variables"]}
    assert kinds == {
        "beta1_power": "optimizer_accumulator", "beta1_power_1": "optimizer_accumulator",
        "beta2_power": "optimizer_accumulator", "beta2_power_1": "optimizer_accumulator",
        "global_step": "global_step", "outer/w": "weight", "outer/w/Adam": "optimizer_slot",
        "outer/w/Adam_1": "optimizer_slot", "outer/w/Adam_2": "optimizer_slot",
        "outer/w/Adam_3": "optimizer_slot", "outer/w/ExponentialMovingAverage": "ema_shadow",
        "vs/outer/w/Momentum": "optimizer_slot"}
    scenario = tmp_path / "model.py"
    scenario.write_text("import tensorflow as tf\nwith tf.variable_scope('outer'):\n"
                        "    w = tf.get_variable('w', [2])\n")
    code, out, _ = ckpt(str(FIXTURES / "training" / "model.ckpt"), str(scenario))
    assert code == 0 and "the model's weights match; only optimizer state differs" in out
    assert "optimizer slot `Momentum` of `vs/outer/w`: saved by a training run (a slot of `outer/w`: " \
        "the variable_scope `vs/` open when the optimizer was made prefixes its slot names)" in out
