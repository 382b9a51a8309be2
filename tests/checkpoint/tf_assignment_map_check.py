"""End to end with real TF: the `assignment_map` scopecli writes for the renamed model is accepted
by `tf.compat.v1.train.init_from_checkpoint` and restores every renamed variable's value.

    ~/tfenv/bin/python tests/checkpoint/tf_assignment_map_check.py [SCOPECLI_PYTHON]

For model_renamed.py and three more variants of model.py (outer scope dropped, a scope added
above it, a new variable beside renamed ones) it runs `scopecli ckpt fixtures/adam VARIANT --format
json` (with the worktree's `.venv` Python unless given), builds the variant with real TF (Adam
included, so its slots are in the variable store too), applies the map, initializes, and compares
every variable with the checkpoint value of the name it was renamed from. Writes the outcomes to
fixtures/adam/assignment_map.outcome.json and exits 1 if TF refuses a map or any value differs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")

import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(HERE, "fixtures")


VARIANTS = {  # name -> (the file it changes, what it replaces, by what); model.py made the checkpoint
    "renamed": ("model_renamed.py", "", ""),  # the outer scope renamed "model" -> "net"
    "dropped": ("model.py", 'with tf.variable_scope("model"):', "if True:"),
    "added": ("model.py", 'with tf.variable_scope("model"):', 'with tf.variable_scope("outer/model"):'),
    "uniquified": ("model.py", 'with tf.variable_scope("model"):',  # model, then a second model_1
                   'with tf.variable_scope(None, default_name="model"):\n    pass\n'
                   'with tf.variable_scope(None, default_name="model"):'),
    "partial": ("model_renamed.py", "    logits = tf.matmul(h, w2) + b2",  # renamed, plus a new variable
                '    logits = tf.matmul(h, w2) + b2\n    extra = tf.get_variable("extra", [2])'),
}


def check(name: str, source_path: str, python: str, prefix: str) -> dict:
    run = subprocess.run([python, "-m", "scopecli", "ckpt", os.path.join(FIXTURES, "adam"), source_path,
                          "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    doc = json.loads(run.stdout)
    assignment_map = doc["assignment_map"]
    reader = tf.train.load_checkpoint(prefix)
    v1 = tf.compat.v1
    with open(source_path) as f:
        source = f.read().replace("import tensorflow as tf", "")
    outcome: dict = {"variant": name, "scopecli_exit": run.returncode, "assignment_map": assignment_map,
                     "restored": [], "wrong": []}
    with tf.Graph().as_default(), v1.Session() as sess:
        exec(compile(source, source_path, "exec"), {"tf": v1})
        v1.train.init_from_checkpoint(prefix, assignment_map)
        sess.run(v1.global_variables_initializer())
        renamed = {new: old for old, new in doc["renames"]}
        for variable in v1.global_variables():
            name_now = variable.op.name
            old = renamed.get(name_now)
            if old is None:  # a slot of a renamed variable: a scope entry covers it too
                for key, value in assignment_map.items():
                    if not key.endswith("/"):
                        continue
                    scope = "" if value == "/" else value
                    was = ("" if key == "/" else key) + name_now[len(scope):]
                    if name_now.startswith(scope) and reader.has_tensor(was):
                        old = was
            if old is None:
                continue
            same = bool(np.array_equal(sess.run(variable), reader.get_tensor(old)))
            outcome["restored" if same else "wrong"].append([old, name_now])
    outcome["every_renamed_variable_restored"] = (
        not outcome["wrong"] and {n for _, n in outcome["restored"]} >= {n for _, n in doc["renames"]})
    return outcome


def main() -> int:
    import tempfile

    python = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".venv", "bin", "python")
    prefix = os.path.join(FIXTURES, "adam", "model.ckpt")
    outcomes = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, (base, before, after) in VARIANTS.items():
            with open(os.path.join(FIXTURES, base)) as f:
                original = f.read()
            assert before in original, before
            path = os.path.join(scratch, f"model_{name}.py")
            with open(path, "w") as f:
                f.write(original.replace(before, after) if before else original)
            outcomes.append(check(name, path, python, prefix))
    accepted = all(o["every_renamed_variable_restored"] and o["scopecli_exit"] == 1 for o in outcomes)
    document = {"made_by": f"TensorFlow {tf.__version__}", "variants": outcomes,
                "all_accepted_and_restored": accepted}
    with open(os.path.join(FIXTURES, "adam", "assignment_map.outcome.json"), "w") as f:
        json.dump(document, f, indent=1, sort_keys=True)
        f.write("\n")
    for o in outcomes:
        print(o["variant"], o["scopecli_exit"], o["assignment_map"], len(o["restored"]), "restored",
              len(o["wrong"]), "wrong")
    return 0 if document["all_accepted_and_restored"] else 1


if __name__ == "__main__":
    sys.exit(main())
